#include "core/remote/fetch_and_verify.h"

#include "core/remote/tensorflow_extraction.h"
#include "core/translation.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QSaveFile>

namespace bertlab::core {

namespace {
QString tr(const char* text) {
    return translateCore(text, {"bertlab::core::FetchReport", "bertlab::core"});
}
} // namespace

QStringList splitCommandLine(const QString& line) {
    QStringList words;
    QString word;
    bool inWord = false;
    QChar quote; // '\'' or '"' while inside quotes
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quote == u'\'') {
            if (c == u'\'')
                quote = QChar();
            else
                word += c;
        } else if (quote == u'"') {
            if (c == u'"')
                quote = QChar();
            else if (c == u'\\' && i + 1 < line.size() && QStringView(u"\"\\$`").contains(line[i + 1]))
                word += line[++i];
            else
                word += c;
        } else if (c == u'\'' || c == u'"') {
            quote = c;
            inWord = true;
        } else if (c == u'\\' && i + 1 < line.size()) {
            word += line[++i];
            inWord = true;
        } else if (c.isSpace()) {
            if (inWord)
                words << word;
            word.clear();
            inWord = false;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (inWord)
        words << word;
    return words;
}

QStringList FetchReport::lines() const {
    QStringList out;
    if (engineCheck)
        out << engineCheck->summary();
    else if (!engineCheckError.isEmpty())
        out << tr("Cross-engine check not done: %1").arg(engineCheckError);
    if (!afterFetchMessage.isEmpty())
        out << afterFetchMessage;
    return out;
}

Status runAfterFetch(const RemoteHost& host, const LocalJob& job, int timeoutMs) {
    const QStringList words = splitCommandLine(host.runtime.afterFetch);
    if (words.isEmpty())
        return Ok{};
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("BERTLAB_JOB_ID"), job.id);
    env.insert(QStringLiteral("BERTLAB_HOST"), host.name);
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(words.first(), words.mid(1));
    if (!process.waitForStarted())
        return Error{
            tr("the after-fetch command %1 did not start: %2").arg(words.first(), process.errorString())};
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return Error{tr("the after-fetch command %1 did not finish in %2 s; stopped it")
                         .arg(words.first())
                         .arg(timeoutMs / 1000)};
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return Error{tr("the after-fetch command %1 failed (exit code %2): %3")
                         .arg(words.first())
                         .arg(process.exitCode())
                         .arg(QString::fromLocal8Bit(process.readAll().right(500)).trimmed())};
    return Ok{};
}

Result<FetchReport> fetchAndVerify(const RemoteHost& host, const LocalJob& job) {
    if (Status fetched = RemoteJobs(host).fetch(job); !fetched)
        return Error{fetched.errorString()};
    FetchReport report;
    const QString outputs = job.outputsFolder();
    bool passed = true;
    const auto record = [&](const EngineCheck& check) {
        QSaveFile file(outputs + QStringLiteral("/engine_check.json"));
        if (file.open(QIODevice::WriteOnly))
            file.write(QJsonDocument(check.toJson()).toJson()), file.commit();
    };
    const QString prepared = job.folder + QStringLiteral("/tensorflow");
    if (QFileInfo::exists(outputs + QStringLiteral("/features.npy")) &&
        QFileInfo::exists(prepared + QStringLiteral("/tf_extract.json"))) {
        auto assembled =
            assembleTensorFlowExtraction(prepared, outputs + QStringLiteral("/features.npy"), outputs);
        if (!assembled)
            return Error{
                tr("%1: cannot put the extraction together: %2").arg(job.id, assembled.errorString())};
        report.extraction = assembled->summary;
        report.engineCheck = assembled->check;
        passed = assembled->check.agrees();
        record(assembled->check);
    } else if (QFileInfo::exists(outputs + QStringLiteral("/tf_probe_outputs.json"))) {
        auto check = checkAgainstEngine(outputs);
        if (check) {
            report.engineCheck = *check;
            passed = check->agrees();
            record(*check);
        } else {
            report.engineCheckError = check.errorString();
        }
    }
    if (!host.runtime.afterFetch.isEmpty()) {
        if (!passed) {
            report.afterFetchMessage = tr("The after-fetch command did not run: the results did not pass "
                                          "their check.");
        } else if (Status ran = runAfterFetch(host, job); !ran) {
            report.afterFetchMessage = ran.errorString();
        } else {
            report.afterFetchRan = true;
            report.afterFetchMessage = tr("Ran the after-fetch command: %1").arg(host.runtime.afterFetch);
        }
    }
    return report;
}

} // namespace bertlab::core
