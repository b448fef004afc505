#include "core/remote/remote_job.h"

#include "core/remote/host_registry.h"
#include "core/remote/ssh_channel.h"
#include "core/translation.h"

#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QProcess>
#include <QSaveFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>

namespace bertlab::core {

namespace {

QString tr(const char* text) {
    return translateCore(text, {"bertlab::core::RemoteJobs", "bertlab::core::LocalJob", "bertlab::core"});
}

QHash<QString, QString> facts(const QByteArray& output) {
    QHash<QString, QString> out;
    for (const QByteArray& line : output.split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            out.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    return out;
}

Status writeFile(const QString& path, const QByteArray& bytes) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{tr("%1: cannot write it: %2").arg(path, file.errorString())};
    return Ok{};
}

// The shell helpers and the status probe: what a job folder on the remote says about the job.
constexpr auto kAlive = R"SH(
# A live process (a zombie is not: where nothing reaps orphans, kill -0 would still say yes).
alive() { [ -r "/proc/$1/stat" ] && [ "$(sed 's/.*) //' "/proc/$1/stat" | cut -c1)" != Z ]; }
# Is the job (in the current folder) still there: Slurm's word for a batch job (queued or running, on any
# node), else its process here; a direct job that has not written its state yet is starting.
job_alive() {
    if [ -f slurm_id ]; then [ -n "$(squeue -h -j "$(cat slurm_id)" -o %T 2>/dev/null)" ]; return; fi
    pid=$(sed -n 's/.*"pid": \([0-9]*\).*/\1/p' state.json 2>/dev/null)
    [ -z "$pid" ] || alive "$pid"
}
)SH";

constexpr auto kStatusProbe = R"SH(
cd "$job" 2>/dev/null || { echo missing=yes; exit 0; }
[ -f state.json ] && echo started=yes
pid=$(sed -n 's/.*"pid": \([0-9]*\).*/\1/p' state.json 2>/dev/null)
boot=$(sed -n 's/.*"boot_id": "\([^"]*\)".*/\1/p' state.json 2>/dev/null)
if [ -n "$pid" ] && alive "$pid" && [ "$boot" = "$(cat /proc/sys/kernel/random/boot_id 2>/dev/null)" ]; then echo alive=yes; fi
[ -f heartbeat ] && echo heartbeat_age=$(( $(date +%s) - $(cat heartbeat) ))
[ -f exit_code ] && echo exit_code=$(cat exit_code)
[ -f cancel_requested ] && echo cancelled=yes
[ -f slurm_id ] && echo slurm_id=$(cat slurm_id) && echo slurm_state=$(squeue -h -j "$(cat slurm_id)" -o %T 2>/dev/null | head -n 1)
echo event_bytes=$(wc -c 2>/dev/null < run/events.jsonl || echo 0)
echo log_begin=yes
tail -n 8 job.log 2>/dev/null
exit 0
)SH";

} // namespace

QString JobStatus::stateName(State state) {
    switch (state) {
    case State::Queued:
        return QStringLiteral("queued");
    case State::Running:
        return QStringLiteral("running");
    case State::Stalled:
        return QStringLiteral("stalled");
    case State::Succeeded:
        return QStringLiteral("succeeded");
    case State::Failed:
        return QStringLiteral("failed");
    case State::Cancelled:
        return QStringLiteral("cancelled");
    case State::Lost:
        return QStringLiteral("lost");
    }
    return {};
}

QJsonObject JobStatus::toJson() const {
    QJsonObject json{{QStringLiteral("state"), stateName(state)},
                     {QStringLiteral("event_bytes"), eventBytes}};
    if (exitCode >= 0)
        json.insert(QStringLiteral("exit_code"), exitCode);
    if (heartbeatAge >= 0)
        json.insert(QStringLiteral("heartbeat_age_seconds"), heartbeatAge);
    if (!slurmJobId.isEmpty())
        json.insert(QStringLiteral("slurm_job_id"), slurmJobId);
    if (!lastLog.isEmpty())
        json.insert(QStringLiteral("last_log"), lastLog);
    return json;
}

QString LocalJob::jobsFolder() {
    return HostRegistry::defaultFolder() + QStringLiteral("/jobs");
}

Result<LocalJob> LocalJob::find(const QString& id) {
    if (!isValidJobId(id))
        return Error{tr("“%1” is not a job id").arg(id)};
    const QString folder = jobsFolder() + u'/' + id;
    QFile file(folder + QStringLiteral("/job.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("no job “%1” on this computer (see `bertlab-cli job list`)").arg(id)};
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    const QString host = json.value(QStringLiteral("host")).toString();
    if (json.value(QStringLiteral("id")).toString() != id || !isValidHostName(host))
        return Error{tr("%1: not a BertLab job record").arg(file.fileName())};
    return LocalJob{id, host, folder};
}

QString LocalJob::modelIn(const QString& fetchedFolder) {
    for (const char* name : {"/safetensors", "/checkpoint"}) {
        const QString folder = fetchedFolder + QLatin1String(name);
        if (QFileInfo(folder).isDir())
            return folder;
    }
    return {};
}

Status LocalJob::forget() const {
    if (!QDir(folder).removeRecursively())
        return Error{tr("%1: cannot remove it").arg(folder)};
    return Ok{};
}

Result<QList<LocalJob>> LocalJob::list() {
    QList<LocalJob> jobs;
    for (const QString& id : QDir(jobsFolder()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (Result<LocalJob> job = find(id))
            jobs.append(*job);
    }
    return jobs;
}

RemoteJobs::RemoteJobs(RemoteHost host)
    : m_host(std::move(host)) {}

QByteArray RemoteJobs::header(const QString& id) const {
    QByteArray out = "set -u\nwork=" + shellWord(m_host.workFolder).toUtf8() + "\n";
    if (!id.isEmpty())
        out += "job=\"$work\"/jobs/'" + id.toUtf8() + "'\n";
    return out;
}

Result<QByteArray> RemoteJobs::runScript(const QByteArray& script, int timeoutMs) const {
    const SshOutput out = SshChannel::run(m_host, script, timeoutMs);
    if (!out.error.isEmpty())
        return Error{out.error};
    if (out.exitCode != 0)
        return Error{tr("%1: %2 (exit code %3)")
                         .arg(m_host.name, QString::fromUtf8(out.standardError).trimmed())
                         .arg(out.exitCode)};
    return out.standardOutput;
}

Result<LocalJob> RemoteJobs::submit(const JobBundle& bundle, const std::function<bool()>& keepGoing) {
    if (!isValidJobId(bundle.id))
        return Error{tr("“%1” is not a job id").arg(bundle.id)};
    // 1. Which inputs the remote's cache has whole or in part.
    QByteArray probe =
        header() + "mkdir -p \"$work/cache/sha256\" \"$work/jobs\" || exit 3\ncd \"$work/cache/sha256\"\n";
    QSet<QByteArray> hashes;
    for (const JobInput& input : bundle.inputs)
        hashes.insert(input.sha256);
    for (const QByteArray& hash : hashes)
        probe += "if [ -f " + hash + " ]; then echo have=" + hash + "; elif [ -f " + hash +
                 ".part ]; then echo part=" + hash + "; fi\n";
    probe += "echo free_kb=$(df -Pk \"$work\" 2>/dev/null | awk 'NR == 2 { print $4 }')\n";
    const bool tensorflow = bundle.runtime == u"tensorflow";
    if (tensorflow) // the devices TensorFlow sees there, before anything is sent
        probe += "py=" + pythonShellWord(bundle.python).toUtf8() +
                 "\necho tf_devices=$(TF_CPP_MIN_LOG_LEVEL=3 \"$py\" -c 'import tensorflow as tf; c = "
                 "tf.config.list_physical_devices; print(len(c(\"TPU\")), len(c(\"GPU\")))' 2>/dev/null)\n";
    probe += "exit 0\n";
    Result<QByteArray> have = runScript(probe, 60000);
    if (!have)
        return Error{have.errorString()};
    QSet<QString> cached, partial;
    for (const QByteArray& line : have->split('\n')) {
        if (line.startsWith("have="))
            cached.insert(QString::fromUtf8(line.mid(5)));
        else if (line.startsWith("part="))
            partial.insert(QString::fromUtf8(line.mid(5)));
    }
    if (tensorflow) {
        const QStringList devices =
            facts(*have).value(QStringLiteral("tf_devices")).split(u' ', Qt::SkipEmptyParts);
        if (devices.size() != 2)
            return Error{
                tr("%1: %2 there cannot import tensorflow, so the job cannot run; Check the host on the "
                   "Remote page (or `bertlab-cli remote check %1`) for how to fix it")
                    .arg(m_host.name, bundle.python)};
        const int tpus = devices[0].toInt(), gpus = devices[1].toInt();
        const QString& s = bundle.strategy;
        const int replicas = (s == u"tpu" || (s == u"auto" && tpus > 0))   ? tpus
                             : (s == u"gpu" || (s == u"auto" && gpus > 0)) ? gpus
                                                                           : 1;
        // (An extraction's last batch is filled up by the runner: any batch size works.)
        if (!bundle.extraction && replicas > 1 && bundle.run.batchSize % replicas != 0)
            return Error{
                tr("%1: the batch size %2 does not divide by the %3 %4 devices TensorFlow sees there "
                   "(each takes an equal share of every batch): choose a multiple of %3")
                    .arg(m_host.name)
                    .arg(bundle.run.batchSize)
                    .arg(replicas)
                    .arg(replicas == tpus ? QStringLiteral("TPU") : QStringLiteral("GPU"))};
    }
    // A full disk is said before sending, not found out halfway.
    qint64 needed = 1 << 20; // the job's own files and a margin
    QSet<QString> counted;
    for (const JobInput& input : bundle.inputs) {
        const QString hash = QString::fromLatin1(input.sha256);
        if (!cached.contains(hash) && !counted.contains(hash)) {
            counted.insert(hash);
            needed += input.size;
        }
    }
    const QHash<QString, QString> probed = facts(*have);
    bool known = false;
    const qint64 freeBytes = probed.value(QStringLiteral("free_kb")).trimmed().toLongLong(&known) * 1024;
    if (known && freeBytes < needed)
        return Error{tr("%1: the work folder %2 has %3 MB free, but this job's inputs need %4 MB. Free some "
                        "space there (finished jobs are in %2/jobs) or choose another work folder.")
                         .arg(m_host.name, m_host.workFolder)
                         .arg(freeBytes / 1e6, 0, 'f', 1)
                         .arg(needed / 1e6, 0, 'f', 1)};
    // 2. The job folder's own files and the missing inputs, through sftp; a local folder of links named by
    // hash, so no local file name ever appears in the batch.
    QTemporaryDir staging;
    if (!staging.isValid())
        return Error{tr("cannot create a temporary folder: %1").arg(staging.errorString())};
    if (Status s = writeFile(staging.filePath(bundle.settingsFile()), bundle.settingsJson()); !s)
        return Error{s.errorString()};
    if (Status s = writeFile(staging.filePath(QStringLiteral("job.json")), bundle.jobJson()); !s)
        return Error{s.errorString()};
    if (Status s = writeFile(staging.filePath(QStringLiteral("MANIFEST.sha256")), bundle.manifest()); !s)
        return Error{s.errorString()};
    if (Status s = writeFile(staging.filePath(QStringLiteral("run.sh")), JobBundle::runScript()); !s)
        return Error{s.errorString()};
    const QString jobDir = m_host.workFolder + QStringLiteral("/jobs/") + bundle.id;
    QByteArray batch = "mkdir " + sftpWord(jobDir).toUtf8() + "\n";
    const QByteArray settingsFile = bundle.settingsFile().toUtf8();
    QList<const char*> files{settingsFile.constData(), "job.json", "MANIFEST.sha256", "run.sh"};
    if (bundle.scheduler.kind == SchedulerSettings::Kind::Slurm) {
        if (Status s = writeFile(staging.filePath(QStringLiteral("slurm.sbatch")), bundle.slurmScript()); !s)
            return Error{s.errorString()};
        files.append("slurm.sbatch");
    }
    for (const char* name : files)
        batch += "put \"" + staging.filePath(QLatin1String(name)).toUtf8() + "\" " +
                 sftpWord(jobDir + u'/' + QLatin1String(name)).toUtf8() + "\n";
    QSet<QString> sending;
    for (const JobInput& input : bundle.inputs) {
        const QString hash = QString::fromLatin1(input.sha256);
        if (cached.contains(hash) || sending.contains(hash))
            continue;
        sending.insert(hash);
        const QString link = staging.filePath(hash);
        if (!QFile::link(QFileInfo(input.localPath).absoluteFilePath(), link))
            return Error{tr("cannot stage %1 for sending").arg(input.localPath)};
        // put -a resumes the partial copy an interrupted upload left.
        batch +=
            QByteArray(partial.contains(hash) ? "put -a \"" : "put \"") + link.toUtf8() + "\" " +
            sftpWord(m_host.workFolder + QStringLiteral("/cache/sha256/") + hash + QStringLiteral(".part"))
                .toUtf8() +
            "\n";
    }
    if (!QStringView(staging.path()).contains(u'"')) {
        if (Status sent = runSftpBatch(m_host, batch, keepGoing); !sent)
            return Error{sent.errorString()};
    } else {
        return Error{tr("the temporary folder's path holds a quote: set TMPDIR to a plain folder")};
    }
    // 3. Check what arrived, link the inputs into the job folder, verify the manifest, start detached.
    QByteArray start = header(bundle.id) + "cd \"$work/cache/sha256\" || exit 3\n";
    for (const QString& hash : sending)
        start += "if [ \"$(sha256sum < " + hash.toUtf8() + ".part | cut -d' ' -f1)\" = " + hash.toUtf8() +
                 " ]; then mv " + hash.toUtf8() + ".part " + hash.toUtf8() + "; else rm -f " + hash.toUtf8() +
                 ".part; echo 'an input arrived damaged; submit again' >&2; exit 4; fi\n";
    start +=
        "cd \"$job\" || exit 3\n[ -e state.json ] && { echo 'this job has started already' >&2; exit 5; }\n";
    for (const JobInput& input : bundle.inputs) {
        const QString dir = QFileInfo(input.jobPath).path();
        start += "mkdir -p '" + dir.toUtf8() + "' && ln -sfn \"$work/cache/sha256/" + input.sha256 + "\" '" +
                 input.jobPath.toUtf8() + "'\n";
    }
    start += "sha256sum -c --quiet MANIFEST.sha256 >&2 || exit 4\n";
    if (bundle.scheduler.kind == SchedulerSettings::Kind::Slurm)
        // --parsable prints "id" or "id;cluster".
        start += "sid=$(sbatch --parsable slurm.sbatch) || exit 7\n"
                 "echo \"${sid%%;*}\" > slurm_id.tmp && mv slurm_id.tmp slurm_id\necho started=yes\n";
    else
        start += "setsid nohup sh ./run.sh </dev/null >runner.log 2>&1 &\necho started=yes\n";
    Result<QByteArray> started = runScript(start, 120000);
    if (!started)
        return Error{started.errorString()};
    // 4. Remember it here. An exported TensorFlow run has gone up: its arrays and weights are not kept twice.
    LocalJob job{bundle.id, m_host.name, LocalJob::jobsFolder() + u'/' + bundle.id};
    if (!bundle.preparedFolder.isEmpty()) {
        QDir prepared(bundle.preparedFolder);
        for (const QString& file : prepared.entryList({QStringLiteral("*.npy")}, QDir::Files))
            prepared.remove(file);
        QDir(prepared.filePath(QStringLiteral("start"))).removeRecursively();
    }
    if (!QDir().mkpath(job.folder))
        return Error{tr("%1: cannot create the folder").arg(job.folder)};
    QJsonObject record = QJsonDocument::fromJson(bundle.jobJson()).object();
    record.insert(QStringLiteral("host"), m_host.name);
    if (!bundle.localOutput.isEmpty())
        record.insert(QStringLiteral("local_output"), bundle.localOutput);
    if (Status s = writeFile(job.folder + QStringLiteral("/job.json"), QJsonDocument(record).toJson()); !s)
        return Error{s.errorString()};
    QFile(job.eventsFile()).open(QIODevice::WriteOnly | QIODevice::Append);
    return job;
}

Result<JobStatus> RemoteJobs::status(const QString& id) const {
    Result<QByteArray> out = runScript(header(id) + kAlive + kStatusProbe, 60000);
    if (!out)
        return Error{out.errorString()};
    const QHash<QString, QString> f = facts(*out);
    JobStatus status;
    if (f.contains(QStringLiteral("missing"))) {
        status.state = JobStatus::State::Lost;
        return status;
    }
    status.eventBytes = f.value(QStringLiteral("event_bytes")).trimmed().toLongLong();
    status.heartbeatAge = f.value(QStringLiteral("heartbeat_age"), QStringLiteral("-1")).toLongLong();
    const qsizetype log = out->indexOf("log_begin=yes\n");
    if (log >= 0)
        status.lastLog = QString::fromUtf8(out->mid(log + 14)).trimmed();
    if (f.contains(QStringLiteral("exit_code"))) {
        status.exitCode = f.value(QStringLiteral("exit_code")).toInt();
        // A cancelled run that saved its checkpoint exits 0 too: the request says what happened.
        status.state = f.contains(QStringLiteral("cancelled")) ? JobStatus::State::Cancelled
                       : status.exitCode == 0                  ? JobStatus::State::Succeeded
                                                               : JobStatus::State::Failed;
    } else if (f.contains(QStringLiteral("slurm_state"))) {
        // Slurm says where the job is; its pid may be on another node.
        const QString slurm = f.value(QStringLiteral("slurm_state")).trimmed();
        status.slurmJobId = f.value(QStringLiteral("slurm_id")).trimmed();
        if (slurm.isEmpty()) // gone from the queue without an exit code: killed, preempted, node lost
            status.state = JobStatus::State::Lost;
        else if (slurm == u"PENDING" || slurm == u"CONFIGURING" || !f.contains(QStringLiteral("started")))
            status.state = JobStatus::State::Queued;
        else
            status.state = status.heartbeatAge > 30 ? JobStatus::State::Stalled : JobStatus::State::Running;
    } else if (f.contains(QStringLiteral("alive"))) {
        status.state = status.heartbeatAge > 30 ? JobStatus::State::Stalled : JobStatus::State::Running;
    } else if (f.contains(QStringLiteral("started"))) {
        status.state = JobStatus::State::Lost; // started, gone, and no exit code: killed or a reboot
    }
    return status;
}

Status RemoteJobs::follow(const LocalJob& job, const std::function<bool()>& keepGoing,
                          const std::function<void(const QByteArray&)>& onLines) const {
    QFile mirror(job.eventsFile());
    if (!mirror.open(QIODevice::ReadWrite | QIODevice::Append))
        return Error{tr("%1: cannot write it: %2").arg(job.eventsFile(), mirror.errorString())};
    // Resume after the last complete line of the mirror (a partial last line is dropped and read again).
    QByteArray tail;
    if (mirror.size() > 0) {
        mirror.seek(qMax<qint64>(0, mirror.size() - 65536));
        tail = mirror.readAll();
        const qsizetype cut = tail.lastIndexOf('\n');
        const qint64 keep = mirror.size() - (tail.size() - (cut + 1));
        if (keep != mirror.size())
            mirror.resize(keep);
    }
    mirror.seek(mirror.size());
    // The remote prints what it has beyond the offset every half second, and exits with status 10 once the
    // job has finished and all of it was printed (an exit status, not a marker in the stream, which could
    // not be told apart from the events at a read's boundary).
    // It ends by itself when the connection is gone (its parent, the SSH session, has exited).
    const QByteArray script = header(job.id) + kAlive + "off=" + QByteArray::number(mirror.size()) + R"SH(
cd "$job" || exit 3
parent=$PPID
n=0
while :; do
    [ "$(sed 's/.*) //' /proc/$$/stat | cut -d' ' -f2)" = "$parent" ] || exit 0
    size=$(wc -c 2>/dev/null < run/events.jsonl || echo 0)
    if [ "$size" -gt "$off" ]; then tail -c +$((off + 1)) run/events.jsonl | head -c $((size - off)); off=$size; fi
    if [ -f exit_code ] && [ "$(wc -c 2>/dev/null < run/events.jsonl || echo 0)" = "$off" ]; then break; fi
    # Slurm's controller is asked every 15 s only (clusters ask users not to poll it hard).
    if [ ! -f exit_code ] && { [ ! -f slurm_id ] || [ $((n % 30)) = 0 ]; } && ! job_alive; then
        sleep 1
        [ -f exit_code ] || { echo "the job's process is gone without an exit code" >&2; exit 6; }
    fi
    n=$((n + 1))
    sleep 0.5
done
exit 10
)SH";
    SshChannel channel(m_host);
    QByteArray pending;
    bool done = false;
    QString error;
    QObject::connect(&channel, &SshChannel::outputReady, [&](const QByteArray& bytes) {
        pending += bytes;
        const qsizetype cut = pending.lastIndexOf('\n');
        if (cut < 0)
            return;
        const QByteArray lines = pending.left(cut + 1);
        pending.remove(0, cut + 1);
        mirror.write(lines);
        mirror.flush();
        onLines(lines);
    });
    bool finished = false;
    QObject::connect(&channel, &SshChannel::finished, [&](const SshOutput& out) {
        finished = true;
        done = out.exitCode == 10 && out.error.isEmpty();
        if (done && !pending.isEmpty()) { // the job's last line, unfinished: copied as it is
            mirror.write(pending);
            mirror.flush();
            onLines(pending);
        }
        if (!done)
            error = !out.error.isEmpty()                   ? out.error
                    : out.exitCode == 6 /* the job died */ ? tr("%1: job %2: %3")
                                                                 .arg(m_host.name, job.id,
                                                                      QString::fromUtf8(out.standardError)
                                                                          .trimmed())
                                                           : tr("%1: following job %2 stopped (exit code %3)")
                                                                 .arg(m_host.name, job.id)
                                                                 .arg(out.exitCode);
    });
    QEventLoop loop;
    QObject::connect(&channel, &SshChannel::finished, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    bool stopped = false;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, [&] {
        if (!stopped && !keepGoing()) {
            stopped = true;
            channel.stop();
        }
    });
    tick.start(200);
    channel.start(script);
    if (!finished)
        loop.exec();
    if (stopped)
        return Error{tr("stopped")};
    if (!done)
        return Error{error};
    return Ok{};
}

Status RemoteJobs::cancel(const QString& id, int graceSeconds) const {
    const QByteArray script = header(id) + "grace=" + QByteArray::number(graceSeconds) + R"SH(
cd "$job" || { echo 'no such job on the remote' >&2; exit 3; }
[ -f exit_code ] && exit 0
: > cancel_requested
if [ -f slurm_id ]; then
    sid=$(cat slurm_id)
    case "$(squeue -h -j "$sid" -o %T 2>/dev/null)" in
    PENDING | CONFIGURING | "") # not started (or gone): nothing to save
        scancel "$sid" 2>/dev/null
        [ -f exit_code ] || echo 130 > exit_code
        exit 0 ;;
    esac
    scancel --signal=TERM --full "$sid" || exit 7
    i=0
    while [ ! -f exit_code ] && [ "$i" -lt "$((grace * 2))" ]; do sleep 0.5; i=$((i + 1)); done
    if [ ! -f exit_code ]; then scancel "$sid" 2>/dev/null; echo 137 > exit_code; fi
    exit 0
fi
pid=$(sed -n 's/.*"pid": \([0-9]*\).*/\1/p' state.json 2>/dev/null)
[ -n "$pid" ] || { echo 130 > exit_code; exit 0; }
kill -TERM "-$pid" 2>/dev/null # dash: no "--" before a process group
i=0
while [ ! -f exit_code ] && [ "$i" -lt "$((grace * 2))" ]; do sleep 0.5; i=$((i + 1)); done
if [ ! -f exit_code ]; then kill -KILL "-$pid" 2>/dev/null; echo 137 > exit_code; fi
)SH";
    Result<QByteArray> out = runScript(script, (graceSeconds + 60) * 1000);
    if (!out)
        return Error{out.errorString()};
    return Ok{};
}

Status RemoteJobs::remove(const LocalJob& job) const {
    Result<JobStatus> now = status(job.id);
    if (!now)
        return Error{now.errorString()};
    using State = JobStatus::State;
    if (now->state == State::Queued || now->state == State::Running || now->state == State::Stalled)
        return Error{tr("%1: job %2 is %3: cancel it first")
                         .arg(m_host.name, job.id, JobStatus::stateName(now->state))};
    if (Result<QByteArray> removed = runScript(header(job.id) + "rm -rf \"$job\"\n", 120000); !removed)
        return Error{removed.errorString()};
    return job.forget();
}

Status RemoteJobs::fetch(const LocalJob& job) const {
    Result<QByteArray> list = runScript(header(job.id) + "cat \"$job/outputs.sha256\"\n", 60000);
    if (!list)
        return Error{tr("%1: job %2 has no outputs yet (it has not succeeded): %3")
                         .arg(m_host.name, job.id, list.errorString())};
    return fetchListed(job, *list, QStringLiteral("run/"), job.outputsFolder(), true);
}

Status RemoteJobs::fetchLatest(const LocalJob& job) const {
    // A snapshot of hard links: the trainer swaps in whole new folders and never rewrites a file, so the
    // snapshot stays one complete model while training goes on.
    Result<QByteArray> list = runScript(header(job.id) + R"SH(
cd "$job/run" 2>/dev/null || { echo 'it has not started yet' >&2; exit 8; }
# BertLab's engine saves safetensors/, the TensorFlow runner checkpoint/ (Google's layout).
if [ -f safetensors/config.json ]; then model=safetensors
elif [ -f checkpoint/bert_config.json ]; then model=checkpoint
else echo 'it has not saved a model yet' >&2; exit 8; fi
rm -rf .fetch-snapshot && mkdir .fetch-snapshot && cp -rl "$model" .fetch-snapshot/ || exit 3
cd .fetch-snapshot && find "$model" -type f | sort | xargs sha256sum
)SH",
                                        60000);
    if (!list)
        return Error{tr("%1: job %2: %3").arg(m_host.name, job.id, list.errorString())};
    const Status got =
        fetchListed(job, *list, QStringLiteral("run/.fetch-snapshot/"), job.latestFolder(), false);
    (void)runScript(header(job.id) + "rm -rf \"$job/run/.fetch-snapshot\"\n", 60000);
    return got;
}

Status RemoteJobs::fetchListed(const LocalJob& job, const QByteArray& listing, const QString& remoteBase,
                               const QString& target, bool resume) const {
    const QString partial = target + QStringLiteral(".partial");
    if (!resume)
        QDir(partial).removeRecursively();
    QByteArray batch;
    QList<QPair<QString, QByteArray>> expected;
    for (const QByteArray& line : listing.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QByteArray hash = line.left(64);
        const QString path = QString::fromUtf8(line.mid(66));
        // The remote's list is not trusted: only plain relative paths of the safe set.
        if (line.size() < 67 || line.mid(64, 2) != "  " || !isValidRemotePath(path) ||
            path.startsWith(u'/') || path.startsWith(u'~'))
            return Error{tr("%1: job %2's output list has an entry BertLab will not fetch: %3")
                             .arg(m_host.name, job.id, QString::fromUtf8(line))};
        expected.append({path, hash});
        QDir().mkpath(QFileInfo(partial + u'/' + path).path());
        batch += QByteArray(resume ? "get -a " : "get ") +
                 sftpWord(m_host.workFolder + QStringLiteral("/jobs/") + job.id + u'/' + remoteBase + path)
                     .toUtf8() +
                 " \"" + (partial + u'/' + path).toUtf8() + "\"\n";
    }
    if (partial.contains(u'"'))
        return Error{tr("%1: the job folder's path holds a quote").arg(partial)};
    if (Status got = runSftpBatch(m_host, batch); !got)
        return Error{got.errorString()};
    for (const auto& [path, hash] : expected) {
        QFile file(partial + u'/' + path);
        QCryptographicHash sha(QCryptographicHash::Sha256);
        if (!file.open(QIODevice::ReadOnly) || !sha.addData(&file) || sha.result().toHex() != hash) {
            file.remove(); // fetched again, whole, next time
            return Error{tr("%1: %2 arrived damaged (SHA-256 differs); fetch again").arg(job.id, path)};
        }
    }
    if (QFileInfo::exists(target))
        QDir(target).removeRecursively();
    if (!QDir().rename(partial, target))
        return Error{tr("%1: cannot move the outputs into place").arg(target)};
    return Ok{};
}

} // namespace bertlab::core
