#pragma once

#include "core/remote/remote_host.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace bertlab::core {

// The system OpenSSH client's command lines for a host, as argument lists (never a local shell). Every call
// shares one multiplexed connection per host (ControlMaster in a private 0700 folder), keeps it alive with
// ServerAlive probes, forwards nothing, and checks host keys as the user's config says — BertLab never turns
// that off, so a changed host key is always refused.
struct SshInvocation {
    QString program;
    QStringList arguments;
};

enum class SshPrompts {
    Never, // BatchMode: background calls fail instead of asking
    Allow, // a passphrase or a first-contact host key may be asked (terminal, or SSH_ASKPASS in the GUI)
};

// The private folder for the control sockets ($XDG_RUNTIME_DIR/bertlab-ssh, created 0700).
QString sshControlFolder();

// `ssh [options] -- DESTINATION REMOTE_COMMAND`. remoteCommand is one of BertLab's fixed commands (it is read
// by the remote login shell), never built from user input.
SshInvocation sshInvocation(const RemoteHost& host, SshPrompts prompts,
                            const QString& remoteCommand = QStringLiteral("sh -s"));
// `ssh -O exit …`: closes the host's shared connection, if one is open.
SshInvocation sshCloseInvocation(const RemoteHost& host);
// `sftp -b - [options] -- DESTINATION`: a batch of sftp commands on stdin, over the shared connection.
SshInvocation sftpInvocation(const RemoteHost& host);
// A remote path quoted for an sftp batch line (valid remote paths need only the double quotes).
QString sftpWord(const QString& remotePath);

// A user's sentence for an ssh that exited with 255 (a connection failure), naming the host: a changed or
// unknown host key, a refused key, an unknown name, a refused or timed-out connection — each with what to do.
QString explainSshFailure(const RemoteHost& host, const QByteArray& standardError);

} // namespace bertlab::core
