#pragma once

#include "core/remote/job_bundle.h"
#include "core/remote/remote_host.h"
#include "core/result.h"

#include <QJsonObject>
#include <QString>

#include <functional>

namespace bertlab::core {

// What a job is doing, read from its folder on the remote.
struct JobStatus {
    enum class State { Queued, Running, Stalled, Succeeded, Failed, Cancelled, Lost };
    State state = State::Queued;
    int exitCode = -1;        // when finished
    qint64 heartbeatAge = -1; // seconds since the runtime last wrote its heartbeat
    qint64 eventBytes = 0;    // size of run/events.jsonl
    QString lastLog;          // the last lines of job.log (for a failed job)
    QString slurmJobId;       // when Slurm runs it

    static QString stateName(State state);
    QJsonObject toJson() const;
};

// A job as this computer remembers it: <remote home>/jobs/<id>/ with job.json (and the host's name), the
// event stream mirrored byte for byte into events.jsonl (what the Train page follows), and outputs/ once
// fetched.
struct LocalJob {
    QString id;
    QString host;
    QString folder;
    QString eventsFile() const { return folder + QStringLiteral("/events.jsonl"); }
    QString outputsFolder() const { return folder + QStringLiteral("/outputs"); }
    QString latestFolder() const { return folder + QStringLiteral("/latest"); } // fetchLatest()
    // The trained model in outputsFolder() or latestFolder(): safetensors/ (BertLab's engine) or checkpoint/
    // (the TensorFlow runner, Google's layout); empty when neither is there.
    static QString modelIn(const QString& fetchedFolder);

    Status forget() const;       // removes the record here (not the job on its host)
    static QString jobsFolder(); // HostRegistry::defaultFolder() + "/jobs"
    static Result<LocalJob> find(const QString& id);
    static Result<QList<LocalJob>> list();
};

// The operations on jobs of one host, each a few ssh/sftp calls (blocking: the CLI calls them directly, the
// GUI from a worker thread). Every remote command is fixed; the only values in the scripts are validated
// paths and ids, quoted.
class RemoteJobs final {
public:
    explicit RemoteJobs(RemoteHost host);

    // Sends the inputs (each once per host: content-addressed, resumed when a partial copy is there, checked
    // by SHA-256 on arrival), writes the job folder and starts run.sh detached. Remembers the job locally.
    // keepGoing() false while sending stops the transfer (what arrived is resumed next time).
    Result<LocalJob> submit(const JobBundle& bundle, const std::function<bool()>& keepGoing = {});
    Result<JobStatus> status(const QString& id) const;
    // Appends the remote event stream to the local mirror from where the mirror ends (so a reconnect fills
    // the gap exactly: complete lines only, none twice) until the job has finished and everything arrived,
    // or keepGoing() says stop. onLines sees each batch of new complete lines.
    Status follow(const LocalJob& job, const std::function<bool()>& keepGoing,
                  const std::function<void(const QByteArray&)>& onLines) const;
    // TERM to the job's process group (bertlab-cli saves a checkpoint and stops), KILL after graceSeconds.
    Status cancel(const QString& id, int graceSeconds = 30) const;
    // Copies the outputs listed in the job's outputs.sha256 into job.outputsFolder(), each checked, the
    // folder renamed into place only when all arrived.
    Status fetch(const LocalJob& job) const;
    // While it trains: the model it saved last (run/safetensors, or run/checkpoint from the TensorFlow
    // runner), into job.latestFolder(), checked.
    Status fetchLatest(const LocalJob& job) const;

    // Forgets a job that is not queued or running: its folder on the remote (the shared input cache stays)
    // and its record here.
    Status remove(const LocalJob& job) const;

private:
    Status fetchListed(const LocalJob& job, const QByteArray& listing, const QString& remoteBase,
                       const QString& target, bool resume) const;
    Result<QByteArray> runScript(const QByteArray& script, int timeoutMs) const;
    QByteArray header(const QString& id = {}) const;

    RemoteHost m_host;
};

} // namespace bertlab::core
