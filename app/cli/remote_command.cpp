// `bertlab-cli remote …`: the hosts jobs run on (add, list, check, remove), shared with the GUI's Remote
// page.
#include "cli_common.h"

#include "core/remote/cli_installer.h"
#include "core/remote/host_check.h"
#include "core/remote/host_registry.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

namespace bertlab::cli {

namespace {

const char* const remoteUsage =
    "Usage: bertlab-cli remote SUBCOMMAND [OPTIONS]\n\n"
    "Subcommands:\n"
    "  add NAME DESTINATION          add a host: a Host alias of ~/.ssh/config or [user@]host[:port]\n"
    "      [--work DIR] [--ssh-config FILE] [--scheduler direct|slurm]\n"
    "      [--partition P] [--account A] [--time T] [--gres G] [--replace]\n"
    "      [--runtime bertlab|tensorflow] [--python PATH] [--strategy auto|tpu|gpu|cpu]\n"
    "      [--after-fetch COMMAND]   tensorflow: BertLab's TensorFlow runner trains there (TPU VM, GPUs)\n"
    "  list [--json]                 the hosts added\n"
    "  check NAME [--json]           connect and report system, cores, memory, disk, GPUs/TPUs,\n"
    "      [--accept-prompts]        bertlab-cli, Slurm (and Python/TensorFlow), ok or how to fix it\n"
    "  install-cli NAME              put this build's bertlab-cli into the host's work folder (no root\n"
    "                                needed; the remote must run the same OS release and architecture)\n"
    "  remove NAME                   forget a host (nothing on the remote is touched)\n\n"
    "Hosts are kept in $BERTLAB_REMOTE_HOME/hosts.json (default: the app's data folder + /remote).\n"
    "BertLab runs the system ssh: your SSH config, agent, ProxyJump and known_hosts apply; it signs in with\n"
    "keys or an agent only and never accepts a changed host key.\n";

QCommandLineOption option(const char* name, const char* description, const char* value = nullptr) {
    return value ? QCommandLineOption(QLatin1String(name), QLatin1String(description), QLatin1String(value))
                 : QCommandLineOption(QLatin1String(name), QLatin1String(description));
}

void expectPositionals(CommandParser& cmd, const QString& sub, int count, const QString& what) {
    if (cmd.parser().positionalArguments().size() != count)
        fail(
            count == 0
                ? QStringLiteral("'remote %1' takes no arguments").arg(sub)
                : QStringLiteral("'remote %1' needs %2 (see 'bertlab-cli remote %1 --help')").arg(sub, what));
}

template <typename T>
T orFail(core::Result<T> result) {
    if (!result)
        fail(result.errorString());
    return std::move(result).value();
}

int addHost(CommandParser& cmd, const QStringList& args) {
    cmd.addPositional(QStringLiteral("name"), QStringLiteral("A short name for the host, e.g. tpu-vm."));
    cmd.addPositional(QStringLiteral("destination"),
                      QStringLiteral("A Host alias of your SSH config, or [user@]host[:port]."));
    cmd.addOption(option("work", "Work folder on the remote (default ~/bertlab).", "DIR"));
    cmd.addOption(option("ssh-config", "An SSH config file to use instead of ~/.ssh/config.", "FILE"));
    cmd.addOption(option("scheduler", "direct (a detached process; default) or slurm (sbatch).", "KIND"));
    cmd.addOption(option("partition", "Slurm partition.", "P"));
    cmd.addOption(option("account", "Slurm account.", "A"));
    cmd.addOption(option("time", "Slurm time limit, e.g. 4:00:00.", "T"));
    cmd.addOption(option("gres", "Slurm generic resources, e.g. gpu:1.", "G"));
    cmd.addOption(option("runtime",
                         "What trains there: bertlab (bertlab-cli; default) or tensorflow (BertLab's "
                         "TensorFlow runner, for TPU VMs and GPU hosts).",
                         "NAME"));
    cmd.addOption(option("python",
                         "runtime tensorflow: the Python with TensorFlow there (default python3; "
                         "e.g. ~/tf/bin/python3).",
                         "PATH"));
    cmd.addOption(option("strategy",
                         "runtime tensorflow: auto (the TPU, else GPUs, else the CPU; default), tpu, gpu "
                         "or cpu.",
                         "NAME"));
    cmd.addOption(option("after-fetch",
                         "A command run here once a job's results came back and passed their checks (e.g. "
                         "one that stops the TPU VM); never through a shell; BERTLAB_JOB_ID and "
                         "BERTLAB_HOST are set.",
                         "COMMAND"));
    cmd.addOption(option("replace", "Replace a host of the same name."));
    cmd.process(args);
    expectPositionals(cmd, QStringLiteral("add"), 2, QStringLiteral("NAME DESTINATION"));
    const QStringList pos = cmd.parser().positionalArguments();
    core::RemoteHost host = orFail(core::RemoteHost::withDestination(pos.at(0), pos.at(1)));
    const QCommandLineParser& p = cmd.parser();
    if (p.isSet(QStringLiteral("work")))
        host.workFolder = p.value(QStringLiteral("work"));
    host.sshConfig = p.value(QStringLiteral("ssh-config"));
    const QString scheduler = p.value(QStringLiteral("scheduler"));
    if (scheduler == u"slurm")
        host.scheduler.kind = core::SchedulerSettings::Kind::Slurm;
    else if (!scheduler.isEmpty() && scheduler != u"direct")
        fail(QStringLiteral("--scheduler: '%1' is not direct or slurm").arg(scheduler));
    host.scheduler.partition = p.value(QStringLiteral("partition"));
    host.scheduler.account = p.value(QStringLiteral("account"));
    host.scheduler.timeLimit = p.value(QStringLiteral("time"));
    host.scheduler.gres = p.value(QStringLiteral("gres"));
    if (p.isSet(QStringLiteral("runtime")))
        host.runtime.kind = p.value(QStringLiteral("runtime"));
    if (p.isSet(QStringLiteral("python")))
        host.runtime.python = p.value(QStringLiteral("python"));
    if (p.isSet(QStringLiteral("strategy")))
        host.runtime.strategy = p.value(QStringLiteral("strategy"));
    host.runtime.afterFetch = p.value(QStringLiteral("after-fetch"));
    core::HostRegistry registry;
    orFail(registry.add(host, p.isSet(QStringLiteral("replace"))));
    std::printf("Added %s (%s); check it with: bertlab-cli remote check %s\n", qPrintable(host.name),
                qPrintable(host.destination), qPrintable(host.name));
    return 0;
}

int listHosts(CommandParser& cmd, const QStringList& args) {
    cmd.addOption(option("json", "Write JSON instead of a table."));
    cmd.process(args);
    expectPositionals(cmd, QStringLiteral("list"), 0, {});
    core::HostRegistry registry;
    const QList<core::RemoteHost> hosts = orFail(registry.list());
    if (cmd.parser().isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const auto& h : hosts)
            array.append(h.toJson());
        writeStdout(QJsonDocument(QJsonObject{{QStringLiteral("hosts_file"), registry.hostsFile()},
                                              {QStringLiteral("hosts"), array}})
                        .toJson(QJsonDocument::Indented));
        return 0;
    }
    if (hosts.isEmpty()) {
        std::printf("No remote hosts yet; add one with: bertlab-cli remote add NAME DESTINATION\n");
        return 0;
    }
    std::printf("%-16s %-32s %-10s %-10s %s\n", "NAME", "DESTINATION", "SCHEDULER", "RUNTIME", "WORK FOLDER");
    for (const auto& h : hosts) {
        const QString dest = h.port ? QStringLiteral("%1:%2").arg(h.destination).arg(h.port) : h.destination;
        std::printf("%-16s %-32s %-10s %-10s %s\n", qPrintable(h.name), qPrintable(dest),
                    qPrintable(core::SchedulerSettings::kindName(h.scheduler.kind)),
                    qPrintable(h.runtime.kind), qPrintable(h.workFolder));
    }
    return 0;
}

int checkHost(CommandParser& cmd, const QStringList& args) {
    cmd.addPositional(QStringLiteral("name"), QStringLiteral("The host to check."));
    cmd.addOption(option("json", "Write JSON instead of text."));
    cmd.addOption(option("accept-prompts",
                         "Let ssh ask in this terminal (a key's passphrase, a first-contact host key)."));
    cmd.process(args);
    expectPositionals(cmd, QStringLiteral("check"), 1, QStringLiteral("NAME"));
    const core::RemoteHost host = orFail(core::HostRegistry().find(cmd.parser().positionalArguments().at(0)));
    const core::HostCheckReport report =
        core::checkHost(host, QStringLiteral(BERTLAB_VERSION),
                        cmd.parser().isSet(QStringLiteral("accept-prompts")) ? core::SshPrompts::Allow
                                                                             : core::SshPrompts::Never);
    if (cmd.parser().isSet(QStringLiteral("json"))) {
        writeStdout(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented));
    } else if (!report.connected) {
        std::printf("%s: cannot connect\n  %s\n", qPrintable(host.name), qPrintable(report.error));
    } else {
        for (const auto& i : report.items) {
            std::printf("%-8s %-12s %s\n", qPrintable(core::HostCheckItem::levelName(i.level)),
                        qPrintable(i.name), qPrintable(i.value));
            if (!i.fix.isEmpty())
                std::printf("%-21s fix: %s\n", "", qPrintable(i.fix));
        }
    }
    return report.usable() ? 0 : 1;
}

int installCli(CommandParser& cmd, const QStringList& args) {
    cmd.addPositional(QStringLiteral("name"), QStringLiteral("The host to put bertlab-cli on."));
    cmd.process(args);
    expectPositionals(cmd, QStringLiteral("install-cli"), 1, QStringLiteral("NAME"));
    const core::RemoteHost host = orFail(core::HostRegistry().find(cmd.parser().positionalArguments().at(0)));
    const QString version = orFail(core::installCliOnHost(host, QCoreApplication::applicationFilePath()));
    std::printf("%s: bertlab-cli %s in %s/bin\n", qPrintable(host.name), qPrintable(version),
                qPrintable(host.workFolder));
    return 0;
}

int removeHost(CommandParser& cmd, const QStringList& args) {
    cmd.addPositional(QStringLiteral("name"), QStringLiteral("The host to forget."));
    cmd.process(args);
    expectPositionals(cmd, QStringLiteral("remove"), 1, QStringLiteral("NAME"));
    const QString name = cmd.parser().positionalArguments().at(0);
    orFail(core::HostRegistry().remove(name));
    std::printf("Removed %s\n", qPrintable(name));
    return 0;
}

} // namespace

int runRemote(const QStringList& args) {
    const QString sub = args.value(1);
    if (sub.isEmpty() || sub == u"--help" || sub == u"-h" || sub == u"help") {
        std::fputs(remoteUsage, sub.isEmpty() ? stderr : stdout);
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
        {"add", addHost, "Add a host that jobs can run on, reached with the system ssh."},
        {"list", listHosts, "The hosts added."},
        {"check", checkHost, "Connect to a host and report what it has, each item ok or missing with a fix."},
        {"install-cli", installCli, "Put this build's bertlab-cli on a host of the same OS, without root."},
        {"remove", removeHost, "Forget a host."},
    };
    for (const auto& s : subcommands) {
        if (sub == QLatin1String(s.name)) {
            CommandParser cmd(QStringLiteral("remote ") + sub, QString::fromLatin1(s.description), false,
                              false);
            return s.run(cmd, rest);
        }
    }
    fail(QStringLiteral("unknown 'remote' subcommand '%1' (see 'bertlab-cli remote --help')").arg(sub));
}

} // namespace bertlab::cli
