// `bertlab-cli job …`: training runs sent to a remote host (submit, list, status, attach, cancel, fetch).
#include "cli_common.h"

#include "core/remote/host_registry.h"
#include "core/remote/remote_job.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <atomic>
#include <csignal>
#include <cstdio>

namespace bertlab::cli {

namespace {

const char* const jobUsage =
    "Usage: bertlab-cli job SUBCOMMAND [OPTIONS]\n\n"
    "Subcommands:\n"
    "  submit --host NAME --config RUN.json   send a training run (saved from the Train page or written by\n"
    "                                         `bertlab-cli train --write-config`) to a host and start it\n"
    "         [--attach]                      then follow it as attach does\n"
    "  list [--json]                          the jobs this computer submitted\n"
    "  status ID [--json]                     queued, running, stalled, succeeded, failed, cancelled or "
    "lost\n"
    "  attach ID                              follow its events into the local job folder until it ends\n"
    "                                         (again after a dropped connection: it continues exactly)\n"
    "  cancel ID [--grace SECONDS]            stop it: a checkpoint first, forced after the grace period\n"
    "  fetch ID                               copy its outputs here, each SHA-256 checked\n\n"
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
    core::RemoteJobs jobs;
};

Opened open(const QString& id) {
    core::LocalJob job = orFail(core::LocalJob::find(id));
    core::RemoteHost host = orFail(core::HostRegistry().find(job.host));
    return {job, core::RemoteJobs(host)};
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
    const core::TrainingConfig config =
        orFail(core::TrainingConfig::load(cmd.requiredValue(QStringLiteral("config"))));
    const core::JobBundle bundle = orFail(core::JobBundle::forTraining(config, host));
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

int fetchJob(CommandParser& cmd, const QStringList& args) {
    cmd.process(args);
    Opened o = open(onlyArgument(cmd, QStringLiteral("fetch")));
    orFail(o.jobs.fetch(o.job));
    std::printf("%s\n", qPrintable(o.job.outputsFolder()));
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
        {"submit", submitJob, "Send a training run to a remote host and start it there."},
        {"list", listJobs, "The jobs this computer submitted."},
        {"status", statusOfJob, "What a job is doing."},
        {"attach", attachJob, "Follow a job's events until it ends."},
        {"cancel", cancelJob, "Stop a job: a checkpoint first, forced after a grace period."},
        {"fetch", fetchJob, "Copy a finished job's outputs here, checked."},
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
