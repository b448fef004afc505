#include "core/remote/remote_extraction.h"

#include "core/remote/fetch_and_verify.h"
#include "core/remote/remote_job.h"
#include "core/tasks/extraction_queue.h"
#include "core/tasks/extraction_settings.h"
#include "core/translation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QtConcurrent>

namespace bertlab::core {

namespace {

QString tr(const char* text) {
    return translateCore(text, {"bertlab::core::RemoteExtractionQueue", "bertlab::core"});
}

// The fetched file into the place the user chose: copied next to it under a partial name, then renamed,
// so a failure never leaves a half file there.
Status place(const QString& fetched, const QString& target) {
    const QString partial = ExtractionJob::partialPath(target);
    QFile::remove(partial);
    if (!QFile::copy(fetched, partial))
        return Error{tr("%1: cannot write it").arg(partial)};
    QFile::remove(target);
    if (!QFile::rename(partial, target))
        return Error{tr("%1: cannot move the result into place").arg(target)};
    return Ok{};
}

} // namespace

RemoteExtractionQueue::RemoteExtractionQueue(QObject* parent)
    : ExtractionRunner(parent) {}

RemoteExtractionQueue::~RemoteExtractionQueue() {
    m_stop->store(true);
    m_work.waitForFinished();
}

void RemoteExtractionQueue::post(std::function<void()> what) {
    QMetaObject::invokeMethod(this, std::move(what), Qt::QueuedConnection);
}

Status RemoteExtractionQueue::start(const RemoteHost& host, const QString& modelFolder,
                                    std::vector<ExtractionJobSpec> specs) {
    if (m_running)
        return Error{tr("An extraction is running already.")};
    if (Status s = ExtractionQueue::check(specs); !s)
        return s;
    m_specs = std::move(specs);
    m_outcomes.clear();
    m_cancelled = false;
    m_current = -1;
    m_running = true;
    m_stop->store(false);
    m_work = QtConcurrent::run([this, host, modelFolder, specs = m_specs, stop = m_stop] {
        for (int i = 0; i < int(specs.size()); ++i) {
            ExtractionOutcome outcome;
            outcome.inputPath = specs[std::size_t(i)].inputPath;
            if (stop->load()) {
                outcome.notRun = true;
            } else {
                post([this, i] {
                    m_current = i;
                    Q_EMIT fileStarted(i);
                });
                outcome = runOne(host, modelFolder, i, specs[std::size_t(i)]);
            }
            post([this, i, outcome] {
                m_outcomes.push_back(outcome);
                Q_EMIT fileFinished(i, outcome);
            });
        }
        post([this] {
            m_running = false;
            m_current = -1;
            Q_EMIT finished(m_cancelled);
        });
    });
    return Ok{};
}

void RemoteExtractionQueue::cancel() {
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    m_stop->store(true);
}

ExtractionOutcome RemoteExtractionQueue::runOne(const RemoteHost& host, const QString& modelFolder, int index,
                                                const ExtractionJobSpec& spec) {
    ExtractionOutcome outcome;
    outcome.inputPath = spec.inputPath;
    const auto keepGoing = [stop = m_stop] { return !stop->load(); };
    const auto bundle = JobBundle::forExtraction(ExtractionSettings::fromSpec(spec, modelFolder), host);
    if (!bundle) {
        outcome.error = bundle.errorString();
        return outcome;
    }
    RemoteJobs jobs(host);
    const auto job = jobs.submit(*bundle, keepGoing);
    if (!job) {
        if (m_stop->load())
            outcome.notRun = true;
        else
            outcome.error = job.errorString();
        return outcome;
    }
    ExtractionSummary summary;
    QString failure;
    const auto onLines = [&](const QByteArray& lines) {
        for (const QByteArray& line : lines.split('\n')) {
            const QJsonObject e = QJsonDocument::fromJson(line).object();
            const QString kind = e.value(QStringLiteral("event")).toString();
            if (kind == u"progress") {
                ExtractionProgress p;
                p.texts = e.value(QStringLiteral("texts")).toInteger();
                p.bytesRead = e.value(QStringLiteral("bytes_read")).toInteger();
                p.bytesTotal = e.value(QStringLiteral("bytes_total")).toInteger();
                p.textsPerSecond = e.value(QStringLiteral("texts_per_second")).toDouble();
                p.etaSeconds = e.value(QStringLiteral("eta_seconds")).toDouble(-1);
                post([this, index, p] { Q_EMIT progress(index, p); });
            } else if (kind == u"finished" || kind == u"cancelled") {
                summary.texts = e.value(QStringLiteral("texts")).toInteger();
                summary.rows = e.value(QStringLiteral("rows")).toInteger();
                summary.columns = e.value(QStringLiteral("columns")).toInt();
                summary.seconds = e.value(QStringLiteral("seconds")).toDouble();
            } else if (kind == u"failed") {
                failure = e.value(QStringLiteral("message")).toString();
            }
        }
    };
    // Followed until it ends; a dropped connection is retried with backoff, the gap filled exactly.
    bool ended = false;
    for (int wait = 1; !ended && !m_stop->load(); wait = qMin(wait * 2, 30)) {
        ended = bool(jobs.follow(*job, keepGoing, onLines));
        for (int s = 0; !ended && s < wait * 10 && !m_stop->load(); ++s)
            QThread::msleep(100);
    }
    if (!ended) { // cancelled here: cancel there
        (void)jobs.cancel(job->id, 10);
        summary.cancelled = true;
        outcome.summary = summary;
        return outcome;
    }
    const auto status = jobs.status(job->id);
    if (!status || status->state != JobStatus::State::Succeeded) {
        outcome.error = !failure.isEmpty() ? QStringLiteral("%1: %2").arg(spec.inputPath, failure)
                        : status           ? tr("%1: the job on %2 ended %3: %4")
                                       .arg(spec.inputPath, host.name, JobStatus::stateName(status->state),
                                            status->lastLog)
                                 : status.errorString();
        return outcome;
    }
    // Fetched and checked (an extraction TensorFlow ran is put together here and compared with BertLab's
    // engine), then the host's after-fetch command.
    const auto fetched = fetchAndVerify(host, *job);
    if (!fetched) {
        outcome.error = fetched.errorString();
        return outcome;
    }
    if (fetched->engineCheck && !fetched->engineCheck->agrees()) {
        outcome.error = QStringLiteral("%1: %2").arg(spec.inputPath, fetched->engineCheck->summary());
        return outcome;
    }
    if (fetched->extraction) {
        summary.rows = fetched->extraction->rows;
        summary.columns = fetched->extraction->columns;
        summary.texts = fetched->extraction->texts;
    }
    summary.notes = fetched->lines();
    const QString suffix = embeddingFormatSuffix(spec.format);
    const QString made = job->outputsFolder() + QStringLiteral("/embeddings.") + suffix;
    if (Status placed = place(made, spec.outputPath); !placed) {
        outcome.error = placed.errorString();
        return outcome;
    }
    summary.outputPath = spec.outputPath;
    if (spec.format == EmbeddingFormat::Npy) {
        QString index = spec.outputPath;
        index.replace(QRegularExpression(QStringLiteral("\\.npy$")), QStringLiteral(".index.csv"));
        if (Status placed = place(job->outputsFolder() + QStringLiteral("/embeddings.index.csv"), index);
            !placed) {
            outcome.error = placed.errorString();
            return outcome;
        }
        summary.indexPath = index;
    }
    outcome.summary = summary;
    return outcome;
}

} // namespace bertlab::core
