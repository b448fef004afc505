// `bertlab-cli job …`: runs sent to a remote host (submit, list, status, attach, cancel, fetch, remove).
#include "cli_common.h"

#include "core/hub/model_store.h"
#include "core/remote/fetch_and_verify.h"
#include "core/remote/host_registry.h"
#include "core/remote/remote_job.h"
#include "core/tasks/extraction_settings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <atomic>
#include <csignal>
#include <cstdio>

namespace bertlab::cli {

namespace {

const char* const jobUsage =
    "Usage: bertlab-cli job SUBCOMMAND [OPTIONS]\n\n"
    "Subcommands:\n"
    "  submit --host NAME --config FILE.json  send a training run (saved from the Train page or written by\n"
    "                                         `bertlab-cli train --write-config`) or an extraction\n"
    "                                         (`bertlab-cli extract --write-config`) to a host, start it\n"
    "         [--attach]                      then follow it as attach does\n"
    "  list [--json]                          the jobs this computer submitted\n"
    "  status ID [--json]                     queued, running, stalled, succeeded, failed, cancelled or "
    "lost\n"
    "  attach ID                              follow its events into the local job folder until it ends\n"
    "                                         (again after a dropped connection: it continues exactly)\n"
    "  cancel ID [--grace SECONDS]            stop it: a checkpoint first, forced after the grace period\n"
    "  fetch ID [--to DIR] [--install [NAME]] copy its outputs here, each SHA-256 checked; --to DIR also\n"
    "                                         puts an extraction's file there (never over a file), and\n"
    "                                         --install adds a trained model to the model store\n"
    "        [--latest]                       --latest: while it trains, the model it saved last\n"

    "  remove ID [--keep-remote]              forget a job that has ended: its folder on the host (the\n"
    "                                         shared input cache stays) and its record here\n\n"
    "Jobs are remembered in $BERTLAB_REMOTE_HOME/jobs/ID (default: the app's data folder + /remote).\n";

QCommandLineOption option(const char* name, const char* description, const char* value = nullptr) {
    return value ? QCommandLineOption(QLatin1String(name), QLatin1String(description), QLatin1String(value))
                 : QCommandLineOption(QLatin1String(name), QLatin1String(description));
}

template <typename T>
T orFail(core::Result<T> result) {
    if (!result)
        fail(result.errorString());
    return std::move(result).value();
}

std::atomic<bool> g_interrupted{false};
void onInterrupt(int) {
    g_interrupted = true;
}

QString onlyArgument(CommandParser& cmd, const QString& sub) {
    const QStringList pos = cmd.parser().positionalArguments();
    if (pos.size() != 1)
        fail(QStringLiteral("'job %1' needs a job id (see 'bertlab-cli job list')").arg(sub));
    return pos.at(0);
}

struct Opened {
    core::LocalJob job;
    core::RemoteHost host;
    core::RemoteJobs jobs;
};

Opened open(const QString& id) {
    core::LocalJob job = orFail(core::LocalJob::find(id));
    core::RemoteHost host = orFail(core::HostRegistry().find(job.host));
    return {job, host, core::RemoteJobs(host)};
}

// Follows until the job ends; prints a line per step as `train` does; returns the remote's exit code.
int attach(const core::LocalJob& job, const core::RemoteJobs& jobs) {
    std::signal(SIGINT, onInterrupt);
    const core::Status followed = jobs.follow(
        job, [] { return !g_interrupted.load(); },
        [](const QByteArray& lines) {
            for (const QByteArray& line : lines.split('\n')) {
                const QJsonObject e = QJsonDocument::fromJson(line).object();
                const QString kind = e.value(QStringLiteral("event")).toString();
                if (kind == u"step")
                    std::fprintf(stderr, "step %lld  loss %.4f\n",
                                 qint64(e.value(QStringLiteral("step")).toDouble()),
                                 e.value(QStringLiteral("loss")).toDouble());
                else if (kind == u"validation")
                    std::fprintf(stderr, "validation  loss %.4f\n",
                                 e.value(QStringLiteral("loss")).toDouble());
                else if (kind == u"progress") // an extraction's
                    std::fprintf(stderr, "%lld texts  %.0f texts/s  %s left\n",
                                 qint64(e.value(QStringLiteral("texts")).toDouble()),
                                 e.value(QStringLiteral("texts_per_second")).toDouble(),
                                 e.value(QStringLiteral("eta_seconds")).toDouble() < 0
                                     ? "?"
                                     : qPrintable(QStringLiteral("%1 s").arg(
                                           qRound(e.value(QStringLiteral("eta_seconds")).toDouble()))));
            }
        });
    std::signal(SIGINT, SIG_DFL);
    if (!followed) {
        if (g_interrupted)
            fail(QStringLiteral(
                     "detached from job %1; it goes on (attach again with: bertlab-cli job attach %1)")
                     .arg(job.id));
        fail(followed.errorString() +
             QStringLiteral(" (the job goes on; attach again with: bertlab-cli job attach %1)").arg(job.id));
    }
    const core::JobStatus status = orFail(jobs.status(job.id));
    std::printf("%s\n", QJsonDocument(status.toJson()).toJson(QJsonDocument::Compact).constData());
    return status.exitCode == 0 ? 0 : 1;
}

int submitJob(CommandParser& cmd, const QStringList& args) {
    cmd.addOption(option("host", "The host to run on (see 'bertlab-cli remote list').", "NAME"));
    cmd.addOption(option("config", "The training run's settings (bertlab-training-run JSON).", "FILE"));
    cmd.addOption(option("attach", "Follow the job until it ends."));
    cmd.process(args);
    const core::RemoteHost host =
        orFail(core::HostRegistry().find(cmd.requiredValue(QStringLiteral("host"))));
    const QString path = cmd.requiredValue(QStringLiteral("config"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        fail(QStringLiteral("%1: cannot read it: %2").arg(path, file.errorString()));
    const core::JobBundle bundle =
        core::ExtractionSettings::isExtractionSettings(file.read(1 << 20))
            ? orFail(core::JobBundle::forExtraction(orFail(core::ExtractionSettings::load(path)), host))
            : orFail(core::JobBundle::forTraining(orFail(core::TrainingConfig::load(path)), host));
    if (bundle.exported)
        std::fprintf(
            stderr,
            "prepared for TensorFlow: %lld steps of %d, %.1f MB; %lld empty sequences fill the short last "
            "batches of the epochs (no loss counts them; nothing is dropped)\n",
            qint64(bundle.exported->trainSteps), bundle.run.batchSize, double(bundle.exported->bytes) / 1e6,
            qint64(bundle.exported->paddedExamples));
    core::RemoteJobs jobs(host);
    const core::LocalJob job = orFail(jobs.submit(bundle));
    std::printf("%s\n", qPrintable(job.id));
    std::fflush(stdout);
    if (cmd.parser().isSet(QStringLiteral("attach")))
        return attach(job, jobs);
    return 0;
}

int listJobs(CommandParser& cmd, const QStringList& args) {
    cmd.addOption(option("json", "Write JSON instead of a table."));
    cmd.process(args);
    const QList<core::LocalJob> jobs = orFail(core::LocalJob::list());
    if (cmd.parser().isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const auto& j : jobs)
            array.append(QJsonObject{{QStringLiteral("id"), j.id},
                                     {QStringLiteral("host"), j.host},
                                     {QStringLiteral("folder"), j.folder}});
        writeStdout(
            QJsonDocument(QJsonObject{{QStringLiteral("jobs"), array}}).toJson(QJsonDocument::Indented));
        return 0;
    }
    if (jobs.isEmpty())
        std::printf("No jobs yet; send one with: bertlab-cli job submit --host NAME --config RUN.json\n");
    for (const auto& j : jobs)
        std::printf("%-40s %s\n", qPrintable(j.id), qPrintable(j.host));
    return 0;
}

int statusOfJob(CommandParser& cmd, const QStringList& args) {
    cmd.addOption(option("json", "Write JSON."));
    cmd.process(args);
    Opened o = open(onlyArgument(cmd, QStringLiteral("status")));
    const core::JobStatus status = orFail(o.jobs.status(o.job.id));
    if (cmd.parser().isSet(QStringLiteral("json")))
        writeStdout(QJsonDocument(status.toJson()).toJson(QJsonDocument::Indented));
    else
        std::printf("%s %s%s\n", qPrintable(o.job.id), qPrintable(core::JobStatus::stateName(status.state)),
                    status.state == core::JobStatus::State::Failed
                        ? qPrintable(QStringLiteral("\n") + status.lastLog)
                        : "");
    return 0;
}

int removeJob(CommandParser& cmd, const QStringList& args) {
    cmd.addOption(option("keep-remote",
                         "Forget the job here only (e.g. when its host is gone); its remote folder stays."));
    cmd.process(args);
    const QString id = onlyArgument(cmd, QStringLiteral("remove"));
    const core::LocalJob job = orFail(core::LocalJob::find(id));
    const bool keepRemote = cmd.parser().isSet(QStringLiteral("keep-remote"));
    if (keepRemote) {
        if (const core::Status forgotten = job.forget(); !forgotten)
            fail(forgotten.errorString());
    } else {
        Opened o = open(id);
        orFail(o.jobs.remove(o.job));
    }
    std::printf("Removed %s\n", qPrintable(id));
    return 0;
}

int attachJob(CommandParser& cmd, const QStringList& args) {
    cmd.process(args);
    Opened o = open(onlyArgument(cmd, QStringLiteral("attach")));
    return attach(o.job, o.jobs);
}

int cancelJob(CommandParser& cmd, const QStringList& args) {
    cmd.addOption(
        option("grace", "Seconds to wait for the checkpoint before forcing (default 30).", "SECONDS"));
    cmd.process(args);
    Opened o = open(onlyArgument(cmd, QStringLiteral("cancel")));
    orFail(o.jobs.cancel(o.job.id, cmd.intValue(QStringLiteral("grace"), 30, 0)));
    std::printf("Cancelled %s\n", qPrintable(o.job.id));
    return 0;
}

// An extraction's output (and a .npy's row index) into the user's folder, named as its settings named it;
// an existing file there is never replaced.
void placeExtraction(const core::LocalJob& job, const QString& folder) {
    QFile recordFile(job.folder + QStringLiteral("/job.json"));
    recordFile.open(QIODevice::ReadOnly);
    const QJsonObject record = QJsonDocument::fromJson(recordFile.readAll()).object();
    if (record.value(QStringLiteral("kind")).toString() != u"extract")
        fail(QStringLiteral("job %1 is not an extraction: --to is for extraction outputs (use --install for "
                            "a trained model)")
                 .arg(job.id));
    QString name = QFileInfo(record.value(QStringLiteral("local_output")).toString()).fileName();
    if (name == u"-")
        name.clear();
    const QStringList made =
        QDir(job.outputsFolder()).entryList({QStringLiteral("embeddings.*")}, QDir::Files, QDir::Name);
    if (made.isEmpty())
        fail(QStringLiteral("job %1 fetched no embeddings file").arg(job.id));
    for (const QString& file : made) {
        const QString suffix = file.mid(QStringLiteral("embeddings").size()); // ".csv", ".index.csv"
        const QString stem =
            name.isEmpty() ? QStringLiteral("embeddings") : QFileInfo(name).completeBaseName();
        const QString target = QDir(folder).filePath(
            file.endsWith(QLatin1String(".index.csv")) || name.isEmpty() ? stem + suffix : name);
        if (QFileInfo::exists(target))
            fail(QStringLiteral("%1 exists; not overwritten (remove it or choose another folder)")
                     .arg(target));
        if (!QFile::copy(job.outputsFolder() + u'/' + file, target))
            fail(QStringLiteral("%1: cannot write it").arg(target));
        std::printf("%s\n", qPrintable(target));
    }
}

int fetchJob(CommandParser& cmd, const QStringList& args) {
    cmd.addOption(
        option("to", "Put an extraction's output file in DIR (never over an existing file).", "DIR"));
    cmd.addOption(option("install",
                         "Add the trained model to the model store (as NAME; default: the job id), ready to "
                         "open.",
                         "NAME"));
    // --install without a name: the job id.
    QStringList expanded = args;
    for (qsizetype i = 0; i < expanded.size(); ++i)
        if (expanded[i] == u"--install" && (i + 1 >= expanded.size() || expanded[i + 1].startsWith(u'-')))
            expanded[i] = QStringLiteral("--install=");
    cmd.addOption(option("latest", "While it trains: the model it saved last (then --install takes that)."));
    cmd.process(expanded);
    Opened o = open(onlyArgument(cmd, QStringLiteral("fetch")));
    const bool latest = cmd.parser().isSet(QStringLiteral("latest"));
    if (latest) {
        orFail(o.jobs.fetchLatest(o.job));
        std::printf("%s\n", qPrintable(core::LocalJob::modelIn(o.job.latestFolder())));
    } else {
        const core::FetchReport report = orFail(core::fetchAndVerify(o.host, o.job));
        std::printf("%s\n", qPrintable(o.job.outputsFolder()));
        for (const QString& line : report.lines())
            std::fprintf(stderr, "%s\n", qPrintable(line));
        if (report.engineCheck && !report.engineCheck->agrees())
            fail(QStringLiteral("job %1: the fetched model does not predict what the runner predicted")
                     .arg(o.job.id));
    }
    if (cmd.parser().isSet(QStringLiteral("to")))
        placeExtraction(o.job, cmd.parser().value(QStringLiteral("to")));
    if (cmd.parser().isSet(QStringLiteral("install"))) {
        QString id = cmd.parser().value(QStringLiteral("install"));
        core::ImportOptions options;
        options.id = id.isEmpty() ? o.job.id : id;
        options.replace = latest; // a newer snapshot of the same run replaces the one installed before
        const auto installed = orFail(core::ModelStore().importFolder(
            core::LocalJob::modelIn(latest ? o.job.latestFolder() : o.job.outputsFolder()), options));
        std::printf("%s\n", qPrintable(installed.path));
    }
    return 0;
}

} // namespace

int runJob(const QStringList& args) {
    const QString sub = args.value(1);
    if (sub.isEmpty() || sub == u"--help" || sub == u"-h" || sub == u"help") {
        std::fputs(jobUsage, sub.isEmpty() ? stderr : stdout);
        return sub.isEmpty() ? 2 : 0;
    }
    QStringList rest = args;
    rest.removeAt(1);
    using Handler = int (*)(CommandParser&, const QStringList&);
    const struct {
        const char* name;
        Handler run;
        const char* description;
    } subcommands[] = {
        {"submit", submitJob, "Send a training run or an extraction to a remote host and start it there."},
        {"list", listJobs, "The jobs this computer submitted."},
        {"status", statusOfJob, "What a job is doing."},
        {"attach", attachJob, "Follow a job's events until it ends."},
        {"cancel", cancelJob, "Stop a job: a checkpoint first, forced after a grace period."},
        {"fetch", fetchJob, "Copy a finished job's outputs here, checked."},
        {"remove", removeJob, "Forget a finished job, here and on its host."},
    };
    for (const auto& s : subcommands) {
        if (sub == QLatin1String(s.name)) {
            CommandParser cmd(QStringLiteral("job ") + sub, QString::fromLatin1(s.description), false, false);
            return s.run(cmd, rest);
        }
    }
    fail(QStringLiteral("unknown 'job' subcommand '%1' (see 'bertlab-cli job --help')").arg(sub));
}

} // namespace bertlab::cli
