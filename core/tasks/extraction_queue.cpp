#include "core/tasks/extraction_queue.h"

#include <QDir>
#include <QtConcurrent>

#include <set>

namespace bertlab::core {

ExtractionQueue::ExtractionQueue(QObject* parent)
    : ExtractionRunner(parent) {
    m_pool.setMaxThreadCount(1);
}

ExtractionQueue::~ExtractionQueue() {
    if (m_job)
        m_job->cancel();
    m_pool.waitForDone();
}

Status ExtractionQueue::check(const std::vector<ExtractionJobSpec>& specs) {
    if (specs.empty())
        return Error{tr("Add the files to extract first.")};
    std::set<QString> outputs;
    for (const ExtractionJobSpec& spec : specs)
        if (!outputs.insert(QDir::cleanPath(spec.outputPath)).second)
            return Error{tr("Two input files would both write %1. Remove one of them, or rename it.")
                             .arg(QDir::toNativeSeparators(spec.outputPath))};
    return Ok{};
}

Status ExtractionQueue::start(std::shared_ptr<const ModelBundle> model,
                              std::vector<ExtractionJobSpec> specs) {
    if (isRunning())
        return Error{tr("An extraction is running already.")};
    if (Status s = check(specs); !s)
        return s;
    m_model = std::move(model);
    m_specs = std::move(specs);
    m_outcomes.clear();
    m_cancelled = false;
    m_current = -1;
    startNext();
    return Ok{};
}

void ExtractionQueue::cancel() {
    if (!m_job || m_cancelled)
        return;
    m_cancelled = true;
    m_job->cancel();
}

void ExtractionQueue::startNext() {
    m_current = int(m_outcomes.size());
    if (m_current >= total()) {
        m_current = -1;
        m_model.reset();
        Q_EMIT finished(m_cancelled);
        return;
    }
    m_job = std::make_unique<ExtractionJob>(m_model, m_specs[std::size_t(m_current)]);
    ExtractionJob* job = m_job.get();
    const int index = m_current;
    // Progress comes from the worker thread, queued to here; a late report of a finished job is dropped.
    connect(job, &ExtractionJob::progress, this, [this, job, index](const ExtractionProgress& p) {
        if (m_job.get() == job)
            Q_EMIT progress(index, p);
    });
    Q_EMIT fileStarted(index);
    auto* watcher = new QFutureWatcher<Result<ExtractionSummary>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        jobFinished(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [job] { return job->run(); }));
}

void ExtractionQueue::jobFinished(Result<ExtractionSummary> result) {
    const int index = m_current;
    m_job.reset();
    ExtractionOutcome outcome{m_specs[std::size_t(index)].inputPath, std::nullopt, QString(), false};
    if (result)
        outcome.summary = std::move(result).value();
    else
        outcome.error = result.errorString();
    if (outcome.summary && outcome.summary->cancelled)
        m_cancelled = true;
    m_outcomes.push_back(outcome);
    Q_EMIT fileFinished(index, outcome);
    if (m_cancelled) {
        for (std::size_t i = m_outcomes.size(); i < m_specs.size(); ++i) {
            m_outcomes.push_back({m_specs[i].inputPath, std::nullopt, QString(), true});
            Q_EMIT fileFinished(int(i), m_outcomes.back());
        }
    }
    startNext();
}

} // namespace bertlab::core
