#include "core/remote/ssh_command.h"

#include "core/translation.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace bertlab::core {

namespace {

QString tr(const char* text) {
    return translateCore(text, {"bertlab::core::SshCommand", "bertlab::core"});
}

// Options for every call: shared connection, keep-alives, nothing forwarded, no local commands.
QStringList commonOptions(const RemoteHost& host, SshPrompts prompts) {
    QStringList args;
    if (!host.sshConfig.isEmpty())
        args << QStringLiteral("-F") << host.sshConfig;
    const QString interval = qEnvironmentVariable("BERTLAB_SSH_ALIVE_INTERVAL", QStringLiteral("15"));
    for (const QString& option :
         {QStringLiteral("BatchMode=%1").arg(prompts == SshPrompts::Never ? u"yes" : u"no"),
          QStringLiteral("ServerAliveInterval=%1").arg(interval), QStringLiteral("ServerAliveCountMax=3"),
          QStringLiteral("ConnectTimeout=20"), QStringLiteral("ControlMaster=auto"),
          QStringLiteral("ControlPersist=60"), QStringLiteral("ControlPath=%1/%C").arg(sshControlFolder()),
          QStringLiteral("ForwardAgent=no"), QStringLiteral("ForwardX11=no"),
          QStringLiteral("ClearAllForwardings=yes"), QStringLiteral("PermitLocalCommand=no")})
        args << QStringLiteral("-o") << option;
    return args;
}

QString lastLine(const QByteArray& text) {
    const QStringList lines = QString::fromUtf8(text).split(u'\n', Qt::SkipEmptyParts);
    for (auto it = lines.rbegin(); it != lines.rend(); ++it) {
        const QString line = it->trimmed();
        if (!line.isEmpty() && !line.startsWith(QLatin1String("debug")))
            return line;
    }
    return {};
}

} // namespace

QString sshControlFolder() {
    QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (runtime.isEmpty() || !QFileInfo(runtime).isDir())
        runtime = QDir::tempPath() + QStringLiteral("/bertlab-runtime-") + qEnvironmentVariable("USER");
    const QString folder = runtime + QStringLiteral("/bertlab-ssh");
    QDir().mkpath(folder);
    // Only the user may reach the sockets: anyone who can would use the user's open connections.
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return folder;
}

SshInvocation sshInvocation(const RemoteHost& host, SshPrompts prompts, const QString& remoteCommand) {
    QStringList args = commonOptions(host, prompts);
    args << QStringLiteral("-T"); // no terminal: the remote command's stdin is our script
    if (host.port)
        args << QStringLiteral("-p") << QString::number(host.port);
    args << QStringLiteral("--") << host.destination << remoteCommand;
    return {QStringLiteral("ssh"), args};
}

SshInvocation sshCloseInvocation(const RemoteHost& host) {
    QStringList args = commonOptions(host, SshPrompts::Never);
    if (host.port)
        args << QStringLiteral("-p") << QString::number(host.port);
    args << QStringLiteral("-O") << QStringLiteral("exit") << QStringLiteral("--") << host.destination;
    return {QStringLiteral("ssh"), args};
}

SshInvocation sftpInvocation(const RemoteHost& host) {
    QStringList args = commonOptions(host, SshPrompts::Never);
    if (host.port)
        args << QStringLiteral("-P") << QString::number(host.port);
    // A bandwidth cap in Kbit/s, for slow or shared links.
    bool capped = false;
    const int limit = qEnvironmentVariableIntValue("BERTLAB_UPLOAD_LIMIT_KBIT", &capped);
    if (capped && limit > 0)
        args << QStringLiteral("-l") << QString::number(limit);
    args << QStringLiteral("-q") << QStringLiteral("-b") << QStringLiteral("-") << QStringLiteral("--")
         << host.destination;
    return {QStringLiteral("sftp"), args};
}

QString sftpWord(const QString& remotePath) {
    // sftp expands a leading ~ only as "~/"; its paths are relative to the login's home anyway.
    const QString path = remotePath.startsWith(QLatin1String("~/")) ? remotePath.mid(2) : remotePath;
    return u'"' + path + u'"';
}

QString explainSshFailure(const RemoteHost& host, const QByteArray& standardError) {
    const QString err = QString::fromUtf8(standardError);
    const QString where =
        host.port ? QStringLiteral("%1 (port %2)").arg(host.destination).arg(host.port) : host.destination;
    if (err.contains(QLatin1String("REMOTE HOST IDENTIFICATION HAS CHANGED")) ||
        err.contains(QLatin1String("Host key for")) || err.contains(QLatin1String("has changed")))
        return tr("%1: its host key has CHANGED since you last connected, so BertLab refused to connect "
                  "(someone "
                  "may be intercepting the connection). If the server was really reinstalled, remove the old "
                  "key with `ssh-keygen -R HOST` and connect once with ssh to check and accept the new one.")
            .arg(where);
    if (err.contains(QLatin1String("host key is known")) ||
        err.contains(QLatin1String("Host key verification failed")))
        return tr("%1: its host key is not known yet. Connect once (Check on the Remote page, `bertlab-cli "
                  "remote check --accept-prompts`, or plain ssh) to compare the key's fingerprint and accept "
                  "it.")
            .arg(where);
    if (err.contains(QLatin1String("Permission denied")))
        return tr("%1 refused the sign-in: BertLab signs in with keys or an SSH agent only. Add your public "
                  "key to the remote (`ssh-copy-id`), or load it into the agent (`ssh-add`). (%2)")
            .arg(where, lastLine(standardError));
    if (err.contains(QLatin1String("Could not resolve hostname")))
        return tr("%1: no such host name (check the destination, or the Host alias in your SSH config)")
            .arg(where);
    if (err.contains(QLatin1String("Connection refused")))
        return tr("%1 refused the connection: no SSH server listens there (check the host and port)")
            .arg(where);
    if (err.contains(QLatin1String("timed out")) || err.contains(QLatin1String("Timeout")))
        return tr("%1 did not answer in time: the network or the host is down").arg(where);
    const QString line = lastLine(standardError);
    return line.isEmpty() ? tr("%1: the SSH connection failed").arg(where)
                          : tr("%1: the SSH connection failed: %2").arg(where, line);
}

} // namespace bertlab::core
