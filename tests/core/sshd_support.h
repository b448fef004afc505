#pragma once

// A real OpenSSH server (Debian's openssh-server) on 127.0.0.1 for one test: its own host key, user key,
// authorized_keys and a free port; plus the client config that reaches it with strict host-key checking
// (`Host bertlab-loopback`). Nothing listens beyond loopback and the server stops with the object.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <unistd.h>

namespace bertlab::tests {

class LoopbackSshd final {
public:
    static constexpr auto sshdProgram = "/usr/sbin/sshd";
    static constexpr auto alias = "bertlab-loopback";

    LoopbackSshd() = default;
    ~LoopbackSshd() { stop(); }

    // Host and user keys, configs, then sshd in the foreground; false (with why()) when any step fails.
    // extraConfig: more sshd_config lines (e.g. "SetEnv SLURM_CONF=…" for a test's Slurm).
    bool start(const QString& extraConfig = {}) {
        if (!m_dir.isValid() || !QFile::exists(QLatin1String(sshdProgram)))
            return fail(QStringLiteral("%1 is missing (apt-get install openssh-server)")
                            .arg(QLatin1String(sshdProgram)));
        QDir().mkpath(QStringLiteral("/run/sshd")); // the privilege-separation folder sshd insists on
        if (!keygen(path("host_key")) || !keygen(path("user_key")) || !keygen(path("other_host_key")))
            return false;
        QFile::copy(path("user_key.pub"), path("authorized_keys"));
        m_port = freePort();
        writeFile("sshd_config",
                  QStringLiteral("ListenAddress 127.0.0.1\nPort %1\nHostKey %2\n"
                                 "AuthorizedKeysFile %3\nPidFile %4\nUsePAM no\n"
                                 "PasswordAuthentication no\nKbdInteractiveAuthentication no\n"
                                 "PermitRootLogin prohibit-password\nStrictModes no\n"
                                 "Subsystem sftp internal-sftp\nLogLevel ERROR\n%5")
                      .arg(m_port)
                      .arg(path("host_key"), path("authorized_keys"), path("sshd.pid"), extraConfig)
                      .toUtf8());
        acceptHostKey(path("host_key.pub"));
        writeFile("ssh_config", QStringLiteral("Host %1\n  HostName 127.0.0.1\n  Port %2\n  User %3\n"
                                               "  IdentityFile %4\n  IdentitiesOnly yes\n"
                                               "  UserKnownHostsFile %5\n  GlobalKnownHostsFile /dev/null\n"
                                               "  StrictHostKeyChecking yes\n  UpdateHostKeys no\n")
                                    .arg(QLatin1String(alias))
                                    .arg(m_port)
                                    .arg(userName(), path("user_key"), path("known_hosts"))
                                    .toUtf8());
        m_server.setProgram(QLatin1String(sshdProgram));
        m_server.setArguments(
            {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"), path("sshd_config")});
        m_server.setProcessChannelMode(QProcess::MergedChannels);
        m_server.start();
        if (!m_server.waitForStarted(5000))
            return fail(QStringLiteral("sshd did not start: %1").arg(m_server.errorString()));
        for (int i = 0; i < 100; ++i) { // until it accepts connections
            QTcpSocket probe;
            probe.connectToHost(QStringLiteral("127.0.0.1"), quint16(m_port));
            if (probe.waitForConnected(100))
                return true;
            if (m_server.state() == QProcess::NotRunning)
                break;
            QThread::msleep(50);
        }
        return fail(QStringLiteral("sshd is not listening: %1").arg(QString::fromUtf8(m_server.readAll())));
    }

    void stop() {
        if (m_server.state() != QProcess::NotRunning) {
            m_server.terminate();
            if (!m_server.waitForFinished(3000))
                m_server.kill();
            m_server.waitForFinished(2000);
        }
    }

    // known_hosts holds the server's key (acceptHostKey), another key (a changed host key), or nothing.
    void acceptHostKey(const QString& publicKeyFile) {
        QFile key(publicKeyFile);
        key.open(QIODevice::ReadOnly);
        const QList<QByteArray> parts = key.readAll().trimmed().split(' ');
        writeFile("known_hosts", QStringLiteral("[127.0.0.1]:%1 ").arg(m_port).toUtf8() + parts.value(0) +
                                     ' ' + parts.value(1) + '\n');
    }
    void forgetHostKey() { writeFile("known_hosts", {}); }
    // The user key gets a passphrase (ssh then has to ask for it).
    bool protectUserKey(const QString& passphrase) {
        QProcess p;
        p.start(QStringLiteral("ssh-keygen"),
                {QStringLiteral("-q"), QStringLiteral("-p"), QStringLiteral("-P"), QString(),
                 QStringLiteral("-N"), passphrase, QStringLiteral("-f"), path("user_key")});
        return p.waitForFinished(10000) && p.exitCode() == 0;
    }
    // A client config like clientConfig() whose ssh asks about an unknown host key instead of refusing it.
    QString askingClientConfig() {
        QFile f(clientConfig());
        f.open(QIODevice::ReadOnly);
        writeFile("ssh_config_ask",
                  f.readAll().replace("StrictHostKeyChecking yes", "StrictHostKeyChecking ask"));
        return path("ssh_config_ask");
    }

    QString path(const char* name) const { return m_dir.filePath(QLatin1String(name)); }
    QString clientConfig() const { return path("ssh_config"); }
    int port() const { return m_port; }
    const QString& why() const { return m_why; }

    static QString userName() {
        const QByteArray user = qgetenv("USER");
        return user.isEmpty() ? QStringLiteral("root") : QString::fromLocal8Bit(user);
    }

private:
    bool fail(const QString& why) {
        m_why = why;
        return false;
    }
    bool keygen(const QString& file) {
        QProcess p;
        p.start(QStringLiteral("ssh-keygen"),
                {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                 QString(), QStringLiteral("-f"), file});
        if (!p.waitForFinished(10000) || p.exitCode() != 0)
            return fail(
                QStringLiteral("ssh-keygen failed: %1").arg(QString::fromUtf8(p.readAllStandardError())));
        return true;
    }
    void writeFile(const char* name, const QByteArray& bytes) {
        QFile f(path(name));
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(bytes);
        f.close();
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    static int freePort() {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost, 0);
        return server.serverPort();
    }

    QTemporaryDir m_dir;
    QProcess m_server;
    int m_port = 0;
    QString m_why;
};

} // namespace bertlab::tests
