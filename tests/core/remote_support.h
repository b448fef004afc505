#pragma once

// What the remote-job tests share: a host record for the loopback sshd, this build's bertlab-cli as the
// remote's, a tiny pretraining's settings, and closing the multiplexed connection at the end.
#include "cli_support.h"
#include "sshd_support.h"

#include "core/remote/host_registry.h"
#include "core/remote/remote_host.h"
#include "core/remote/ssh_command.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace bertlab::tests {

inline core::RemoteHost loopbackHost(const LoopbackSshd& sshd, const QString& work,
                                     const QString& name = QStringLiteral("loop")) {
    core::RemoteHost host;
    host.name = name;
    host.destination = QLatin1String(LoopbackSshd::alias);
    host.sshConfig = sshd.clientConfig();
    host.workFolder = work;
    return host;
}

inline void closeConnection(const core::RemoteHost& host) {
    const core::SshInvocation call = core::sshCloseInvocation(host);
    QProcess p;
    p.start(call.program, call.arguments);
    p.waitForFinished(5000);
}

// The remote's bertlab-cli: this build's, in the work folder's bin/ (the remote is this machine).
inline void installCli(const QString& work) {
    QVERIFY(QDir().mkpath(work + QStringLiteral("/bin")));
    QVERIFY(QFile::link(QStringLiteral(BERTLAB_CLI), work + QStringLiteral("/bin/bertlab-cli")));
}

// A tiny pretraining's settings, written by the CLI as the Train page saves them.
inline QString writeRunSettings(const QTemporaryDir& dir, const QString& corpus, int steps) {
    const QString settings = dir.filePath(QStringLiteral("run.json"));
    const CliRun run = runCli({QStringLiteral("train"),
                               QStringLiteral("pretrain"),
                               QStringLiteral("--data"),
                               corpus,
                               QStringLiteral("--output"),
                               dir.filePath(QStringLiteral("local-run")),
                               QStringLiteral("--layers"),
                               QStringLiteral("1"),
                               QStringLiteral("--hidden"),
                               QStringLiteral("32"),
                               QStringLiteral("--heads"),
                               QStringLiteral("2"),
                               QStringLiteral("--vocab-size"),
                               QStringLiteral("200"),
                               QStringLiteral("--seq-len"),
                               QStringLiteral("32"),
                               QStringLiteral("--batch-size"),
                               QStringLiteral("4"),
                               QStringLiteral("--steps"),
                               QString::number(steps),
                               QStringLiteral("--seed"),
                               QStringLiteral("7"),
                               QStringLiteral("--checkpoint-every"),
                               QStringLiteral("0"),
                               QStringLiteral("--write-config"),
                               settings});
    if (!run.ok())
        qWarning("%s", run.err.constData());
    return settings;
}

// Ends every job still running under a work folder when it goes out of scope (by its process group, as
// state.json records it), so a test that fails halfway leaves no training running behind it.
class JobReaper final {
public:
    explicit JobReaper(QString work)
        : m_work(std::move(work)) {}
    ~JobReaper() {
        QDirIterator it(m_work + QStringLiteral("/jobs"), {QStringLiteral("state.json")}, QDir::Files,
                        QDirIterator::Subdirectories);
        static const QRegularExpression pid(QStringLiteral("\"pid\": (\\d+)"));
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly))
                if (const auto m = pid.match(QString::fromUtf8(f.readAll())); m.hasMatch())
                    ::kill(-pid_t(m.captured(1).toLongLong()), SIGKILL);
        }
    }
    JobReaper(const JobReaper&) = delete;
    JobReaper& operator=(const JobReaper&) = delete;

private:
    QString m_work;
};

// A loopback host ready for jobs: its sshd, a fresh folder holding the work folder (this build's bertlab-cli
// in it) and the job records (BERTLAB_REMOTE_HOME), the host registered. When it goes, it ends the jobs
// left running, closes the shared connection and unsets BERTLAB_REMOTE_HOME.
class LoopbackJobHost final {
public:
    LoopbackJobHost() = default;
    ~LoopbackJobHost() {
        if (m_started) {
            JobReaper reaper(work);
            closeConnection(host);
            qunsetenv("BERTLAB_REMOTE_HOME");
        }
    }
    LoopbackJobHost(const LoopbackJobHost&) = delete;
    LoopbackJobHost& operator=(const LoopbackJobHost&) = delete;

    bool start(const QString& name = QStringLiteral("loop")) {
        if (!sshd.start())
            return fail(sshd.why());
        work = dir.filePath(QStringLiteral("work"));
        if (!QDir().mkpath(work + QStringLiteral("/bin")) ||
            !QFile::link(QStringLiteral(BERTLAB_CLI), work + QStringLiteral("/bin/bertlab-cli")))
            return fail(QStringLiteral("cannot put bertlab-cli into %1").arg(work));
        qputenv("BERTLAB_REMOTE_HOME", dir.filePath(QStringLiteral("home")).toLocal8Bit());
        host = loopbackHost(sshd, work, name);
        if (const core::Status added = core::HostRegistry().add(host, true); !added)
            return fail(added.errorString());
        m_started = true;
        return true;
    }
    const QString& why() const { return m_why; }

    LoopbackSshd sshd;
    QTemporaryDir dir;
    QString work;
    core::RemoteHost host;

private:
    bool fail(const QString& why) {
        m_why = why;
        return false;
    }
    QString m_why;
    bool m_started = false;
};

inline QByteArray contents(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace bertlab::tests
