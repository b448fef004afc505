#pragma once

#include "core/remote/ssh_command.h"
#include "core/result.h"

#include <QByteArray>
#include <QObject>
#include <QProcess>

#include <functional>
#include <memory>

namespace bertlab::core {

// What one ssh call gave back. exitCode is the remote command's, or 255 when ssh itself failed (then
// error says why, in a user's words); -1 when ssh could not start or was stopped.
struct SshOutput {
    int exitCode = -1;
    QByteArray standardOutput;
    QByteArray standardError;
    QString error; // empty when the remote command ran (whatever its exit code)
};

// One call of the system ssh: a fixed remote command (`sh -s`) fed a script on stdin. Used blocking by the
// CLI (run()) or asynchronously by the GUI and followers (start(), outputReady, finished).
class SshChannel final : public QObject {
    Q_OBJECT
public:
    explicit SshChannel(RemoteHost host, QObject* parent = nullptr);
    ~SshChannel() override;

    void setPrompts(SshPrompts prompts) { m_prompts = prompts; }
    void start(const QByteArray& script);
    // Ends the local ssh; the remote command sees its input close (detached jobs keep running).
    void stop();
    bool isRunning() const;

    // Runs script and waits at most timeoutMs for it to finish.
    static SshOutput run(const RemoteHost& host, const QByteArray& script, int timeoutMs,
                         SshPrompts prompts = SshPrompts::Never);

Q_SIGNALS:
    void outputReady(const QByteArray& bytes); // stdout, as it arrives
    void finished(const bertlab::core::SshOutput& output);

private:
    void onFinished(int exitCode, QProcess::ExitStatus status);

    RemoteHost m_host;
    SshPrompts m_prompts = SshPrompts::Never;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_err;
    bool m_stopped = false;
};

// The result's error for a finished process (shared by run() and the channel).
QString sshOutputError(const RemoteHost& host, int exitCode, QProcess::ExitStatus status,
                       QProcess::ProcessError processError, const QByteArray& standardError);

// Runs an sftp batch (`-b -`: each command fails the batch unless prefixed with '-'); no overall time limit
// (keep-alives end a dead connection). keepGoing() false stops it: what arrived stays.
Status runSftpBatch(const RemoteHost& host, const QByteArray& commands,
                    const std::function<bool()>& keepGoing = {});

} // namespace bertlab::core
