#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QString>

namespace bertlab::core {

// How jobs start on a host: directly (a detached process) or through Slurm's sbatch.
struct SchedulerSettings {
    enum class Kind { Direct, Slurm };
    Kind kind = Kind::Direct;
    QString partition, account, timeLimit, gres; // Slurm only; empty: the cluster's default

    static QString kindName(Kind kind) {
        return kind == Kind::Slurm ? QStringLiteral("slurm") : QStringLiteral("direct");
    }
};

// What runs training jobs on a host: "bertlab" (bertlab-cli, BertLab's own engine) or "tensorflow" (BertLab's
// TensorFlow runner under `python`, on the host's TPU, GPUs or CPU as `strategy` says: auto|tpu|gpu|cpu).
// Extraction jobs always run bertlab-cli.
struct RuntimeSettings {
    QString kind = QStringLiteral("bertlab");
    QString python =
        QStringLiteral("python3"); // a command on the remote's PATH, or a path (~/tf/bin/python3)
    QString strategy = QStringLiteral("auto");
    // A command run here, never through a shell, after a job's results came back and passed their checks:
    // e.g. `gcloud compute tpus tpu-vm stop NAME --zone Z`, as an idle TPU VM costs money. BERTLAB_JOB_ID and
    // BERTLAB_HOST are set for it. Empty: nothing.
    QString afterFetch;

    bool isTensorFlow() const { return kind == u"tensorflow"; }
};

// `python` as a POSIX-sh word that runs it from any folder: a relative path with a '/' is under the login's
// home (as every remote path), a bare name is looked up on PATH.
QString pythonShellWord(const QString& python);

// A machine BertLab runs jobs on, reached with the system `ssh`: the user's ~/.ssh/config, agent, ProxyJump
// and known_hosts all apply. Nothing here is ever put into a shell command line unquoted: every field is
// validated to a conservative character set first (validate()).
struct RemoteHost {
    QString name;        // the registry's key, e.g. "tpu-vm"
    QString destination; // a Host alias of ~/.ssh/config or [user@]host (no port: see port)
    int port = 0;        // 0: ssh's own default or the config's Port
    QString workFolder = QStringLiteral("~/bertlab"); // on the remote: absolute, or ~/… (the login's home)
    QString sshConfig; // empty: ~/.ssh/config as ssh reads it; else a config file passed with -F
    SchedulerSettings scheduler;
    RuntimeSettings runtime;

    // One message per problem, naming the field; empty when valid.
    QStringList problems() const;
    Status validate() const;

    QJsonObject toJson() const;
    static Result<RemoteHost> fromJson(const QJsonObject& json);

    // "[user@]host[:port]" as typed by a user (an IPv6 address in brackets when it has a port).
    static Result<RemoteHost> withDestination(const QString& name, const QString& typed);
};

// 1–64 ASCII letters, digits, '.', '_' or '-', starting with a letter or digit.
bool isValidHostName(const QString& name);
// A destination ssh cannot read as an option: [user@]host with letters, digits and ._- (or an IPv6 address
// in brackets), not starting with '-'.
bool isValidDestination(const QString& destination);
// A remote path of the conservative set: letters, digits and ._+-/, optionally starting with "~/", with no
// "..", no empty or '-'-leading part and at most 200 characters. Relative paths are under the login's home.
bool isValidRemotePath(const QString& path);
// The path as a POSIX-sh word: '~/x' becomes "$HOME"/'x', anything else is single-quoted (valid paths hold no
// quote, so this is exact).
QString shellWord(const QString& remotePath);

} // namespace bertlab::core
