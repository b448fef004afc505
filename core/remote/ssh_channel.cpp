#include "core/remote/ssh_channel.h"

#include "core/remote/askpass_server.h"
#include "core/translation.h"

namespace bertlab::core {

namespace {

QString tr(const char* text) {
    return translateCore(text, {"bertlab::core::SshChannel", "bertlab::core"});
}

void prepare(QProcess& process, const SshInvocation& call, SshPrompts prompts) {
    process.setProgram(call.program);
    process.setArguments(call.arguments);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    // In the window, ssh's questions go to a dialog (there is no terminal to ask in).
    if (prompts == SshPrompts::Allow) {
        if (const AskpassServer* askpass = AskpassServer::active()) {
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            askpass->addTo(environment);
            process.setProcessEnvironment(environment);
        }
    }
}

} // namespace

QString sshOutputError(const RemoteHost& host, int exitCode, QProcess::ExitStatus status,
                       QProcess::ProcessError processError, const QByteArray& standardError) {
    if (processError == QProcess::FailedToStart)
        return tr("cannot run ssh: the OpenSSH client is not installed (apt-get install openssh-client)");
    if (status == QProcess::CrashExit)
        return tr("%1: ssh stopped before the remote command finished").arg(host.destination);
    if (exitCode == 255)
        return explainSshFailure(host, standardError);
    return {};
}

SshChannel::SshChannel(RemoteHost host, QObject* parent)
    : QObject(parent)
    , m_host(std::move(host)) {}

SshChannel::~SshChannel() {
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(2000);
    }
}

void SshChannel::start(const QByteArray& script) {
    m_process = std::make_unique<QProcess>();
    m_err.clear();
    m_stopped = false;
    prepare(*m_process, sshInvocation(m_host, m_prompts), m_prompts);
    connect(m_process.get(), &QProcess::readyReadStandardOutput, this,
            [this] { Q_EMIT outputReady(m_process->readAllStandardOutput()); });
    connect(m_process.get(), &QProcess::readyReadStandardError, this,
            [this] { m_err += m_process->readAllStandardError(); });
    connect(m_process.get(), &QProcess::finished, this, &SshChannel::onFinished);
    connect(m_process.get(), &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            onFinished(-1, QProcess::CrashExit);
    });
    m_process->start();
    m_process->write(script);
    m_process->closeWriteChannel();
}

void SshChannel::stop() {
    if (!isRunning())
        return;
    m_stopped = true;
    m_process->terminate();
}

bool SshChannel::isRunning() const {
    return m_process && m_process->state() != QProcess::NotRunning;
}

void SshChannel::onFinished(int exitCode, QProcess::ExitStatus status) {
    SshOutput out;
    const QProcess::ProcessError processError = m_process->error();
    Q_EMIT outputReady(m_process->readAllStandardOutput());
    m_err += m_process->readAllStandardError();
    out.standardError = m_err;
    out.exitCode = status == QProcess::NormalExit ? exitCode : -1;
    out.error = m_stopped ? tr("stopped") : sshOutputError(m_host, exitCode, status, processError, m_err);
    Q_EMIT finished(out);
}

SshOutput SshChannel::run(const RemoteHost& host, const QByteArray& script, int timeoutMs,
                          SshPrompts prompts) {
    QProcess process;
    prepare(process, sshInvocation(host, prompts), prompts);
    if (prompts == SshPrompts::Allow)
        process.setInputChannelMode(QProcess::ManagedInputChannel);
    process.start();
    SshOutput out;
    if (!process.waitForStarted(10000)) {
        out.error = sshOutputError(host, -1, QProcess::CrashExit, process.error(), {});
        return out;
    }
    process.write(script);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(2000);
        out.error = tr("%1: no answer within %2 s").arg(host.destination).arg(timeoutMs / 1000);
        return out;
    }
    out.standardOutput = process.readAllStandardOutput();
    out.standardError = process.readAllStandardError();
    out.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    out.error =
        sshOutputError(host, process.exitCode(), process.exitStatus(), process.error(), out.standardError);
    return out;
}

Status runSftpBatch(const RemoteHost& host, const QByteArray& commands,
                    const std::function<bool()>& keepGoing) {
    const SshInvocation call = sftpInvocation(host);
    QProcess sftp;
    sftp.start(call.program, call.arguments);
    if (!sftp.waitForStarted(10000))
        return Error{
            tr("cannot run sftp: the OpenSSH client is not installed (apt-get install openssh-client)")};
    sftp.write(commands);
    sftp.closeWriteChannel();
    // Long uploads: no overall limit, but the connection's keep-alives end a dead one.
    while (!sftp.waitForFinished(200)) {
        if (keepGoing && !keepGoing()) {
            sftp.kill(); // what arrived stays as a partial copy, resumed by the next submission
            sftp.waitForFinished(5000);
            return Error{tr("%1: the transfer was cancelled; submitting again resumes it").arg(host.name)};
        }
    }
    if (sftp.exitStatus() != QProcess::NormalExit || sftp.exitCode() != 0) {
        const QByteArray err = sftp.readAllStandardError();
        if (sftp.exitCode() == 255 && !err.contains("sftp>"))
            return Error{explainSshFailure(host, err)};
        return Error{tr("%1: a file transfer failed: %2").arg(host.name, QString::fromUtf8(err).trimmed())};
    }
    return Ok{};
}

} // namespace bertlab::core
