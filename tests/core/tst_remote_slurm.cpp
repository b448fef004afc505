// Jobs through Slurm: a real slurmctld + slurmd + munged on loopback, reached over the loopback sshd.
// A job waits in the queue while the node is busy (queued), a queued job cancels without running, a running
// one cancels gracefully through scancel (it saves its checkpoint), and a finished one is fetched and has the
// weights the same settings give when run here.
#include "remote_support.h"
#include "slurm_support.h"
#include "sshd_support.h"

#include "core/remote/host_check.h"
#include "core/remote/host_registry.h"
#include "core/remote/remote_job.h"
#include "fixture_support.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace bertlab;
using namespace bertlab::tests;
using State = core::JobStatus::State;

class RemoteSlurmTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_runtime;
    LoopbackSlurm m_slurm;
    LoopbackSshd m_sshd;
    QTemporaryDir m_dir;
    core::RemoteHost m_host;

    // Polls the job's state until it is `wanted` (or 60 s pass); the last state seen.
    State waitFor(const core::RemoteJobs& jobs, const QString& id, State wanted) {
        QElapsedTimer clock;
        clock.start();
        State seen = State::Lost;
        while (clock.elapsed() < 60000) {
            const auto status = jobs.status(id);
            if (status && (seen = status->state) == wanted)
                break;
            if (!status)
                qWarning("%s", qPrintable(status.errorString()));
            else if (clock.elapsed() > 5000)
                qWarning("%s", QJsonDocument(status->toJson()).toJson().constData());
            QTest::qWait(300);
        }
        return seen;
    }
    // Fills the node's two CPUs with a job of the test's own; its Slurm id.
    QString occupyNode() {
        return QString::fromUtf8(
            m_slurm
                .client(QStringLiteral("sbatch"), {QStringLiteral("--parsable"), QStringLiteral("-c"),
                                                   QStringLiteral("2"), QStringLiteral("--output=/dev/null"),
                                                   QStringLiteral("--wrap"), QStringLiteral("sleep 300")})
                .trimmed());
    }
    core::Result<core::LocalJob> submit(int steps) {
        const QString settings =
            writeRunSettings(m_dir, fixturePath(QStringLiteral("train/corpus.txt")), steps);
        auto config = core::TrainingConfig::load(settings);
        if (!config)
            return core::Error{config.errorString()};
        auto bundle = core::JobBundle::forTraining(*config, m_host);
        if (!bundle)
            return core::Error{bundle.errorString()};
        return core::RemoteJobs(m_host).submit(*bundle);
    }

private Q_SLOTS:
    void initTestCase() {
        qputenv("XDG_RUNTIME_DIR", m_runtime.path().toLocal8Bit());
        qputenv("BERTLAB_REMOTE_HOME", m_dir.filePath(QStringLiteral("home")).toLocal8Bit());
        QVERIFY2(m_slurm.start(), qPrintable(m_slurm.why()));
        // The remote's logins find the test's cluster as a real cluster's users find theirs.
        QVERIFY2(m_sshd.start(QStringLiteral("SetEnv SLURM_CONF=%1\n").arg(m_slurm.configFile())),
                 qPrintable(m_sshd.why()));
        const QString work = m_dir.filePath(QStringLiteral("work"));
        installCli(work);
        m_host = loopbackHost(m_sshd, work, QStringLiteral("cluster"));
        m_host.scheduler.kind = core::SchedulerSettings::Kind::Slurm;
        m_host.scheduler.partition = QStringLiteral("debug");
        m_host.scheduler.timeLimit = QStringLiteral("30:00");
        QVERIFY(core::HostRegistry().add(m_host, false).ok());
    }
    void cleanupTestCase() {
        m_slurm.client(QStringLiteral("scancel"), {QStringLiteral("--user=") + LoopbackSshd::userName()});
        closeConnection(m_host);
        m_sshd.stop();
        m_slurm.stop();
    }

    void checkFindsSlurm() {
        const auto report =
            core::checkHost(m_host, QStringLiteral(BERTLAB_VERSION), core::SshPrompts::Never, 30000);
        QVERIFY2(report.connected, qPrintable(report.error));
        bool slurmOk = false;
        for (const auto& item : report.items)
            slurmOk |= item.name == u"Slurm" && item.level == core::HostCheckItem::Level::Ok;
        QVERIFY(slurmOk);
    }

    void queuedJobCancelsWithoutRunning() {
        const QString blocker = occupyNode();
        QVERIFY(!blocker.isEmpty());
        auto job = submit(40);
        QVERIFY2(job.ok(), qPrintable(job.errorString()));
        core::RemoteJobs jobs(m_host);
        QCOMPARE(waitFor(jobs, job->id, State::Queued), State::Queued);
        const auto queued = jobs.status(job->id);
        QVERIFY(!queued->slurmJobId.isEmpty());
        QVERIFY(m_slurm
                    .client(QStringLiteral("squeue"),
                            {QStringLiteral("-h"), QStringLiteral("-o"), QStringLiteral("%i %T")})
                    .contains(QByteArray(queued->slurmJobId.toUtf8() + " PENDING")));
        QVERIFY(jobs.cancel(job->id, 20).ok());
        QCOMPARE(jobs.status(job->id)->state, State::Cancelled);
        QVERIFY(!m_slurm
                     .client(QStringLiteral("squeue"),
                             {QStringLiteral("-h"), QStringLiteral("-o"), QStringLiteral("%i")})
                     .contains(queued->slurmJobId.toUtf8()));
        const QString remoteJob = m_host.workFolder + QStringLiteral("/jobs/") + job->id;
        QVERIFY(!QFileInfo::exists(remoteJob + QStringLiteral("/state.json"))); // it never ran
        m_slurm.client(QStringLiteral("scancel"), {blocker});
    }

    void runningJobCancelsGracefully() {
        const QString blocker = occupyNode();
        auto job = submit(1000000);
        QVERIFY2(job.ok(), qPrintable(job.errorString()));
        core::RemoteJobs jobs(m_host);
        QCOMPARE(waitFor(jobs, job->id, State::Queued), State::Queued);
        m_slurm.client(QStringLiteral("scancel"), {blocker}); // the node frees up: the job starts
        int lines = 0;
        (void)jobs.follow(
            *job, [&] { return lines < 3; }, [&](const QByteArray& b) { lines += int(b.count('\n')); });
        QCOMPARE(jobs.status(job->id)->state, State::Running);
        QVERIFY(jobs.cancel(job->id, 30).ok());
        QCOMPARE(jobs.status(job->id)->state, State::Cancelled);
        const QString remoteJob = m_host.workFolder + QStringLiteral("/jobs/") + job->id;
        QVERIFY2(QFileInfo::exists(remoteJob + QStringLiteral("/run/checkpoint/training_state.json")),
                 QByteArray(contents(remoteJob + QStringLiteral("/exit_code")) +
                            contents(remoteJob + QStringLiteral("/job.log")) +
                            contents(remoteJob + QStringLiteral("/runner.log")))
                     .constData());
    }

    void finishedJobFetchesTheLocalWeights() {
        auto job = submit(40);
        QVERIFY2(job.ok(), qPrintable(job.errorString()));
        CliRun run = runCli({QStringLiteral("job"), QStringLiteral("attach"), job->id});
        QVERIFY2(run.ok(), run.err.constData());
        QVERIFY2(run.out.contains("\"state\":\"succeeded\""), run.out.constData());
        run = runCli({QStringLiteral("job"), QStringLiteral("fetch"), job->id});
        QVERIFY2(run.ok(), run.err.constData());
        QCOMPARE(contents(job->eventsFile()),
                 contents(job->outputsFolder() + QStringLiteral("/events.jsonl")));
        run = runCli({QStringLiteral("train"), QStringLiteral("--config"),
                      m_dir.filePath(QStringLiteral("run.json"))});
        QVERIFY2(run.ok(), run.err.constData());
        const QByteArray local =
            contents(m_dir.filePath(QStringLiteral("local-run/safetensors/model.safetensors")));
        QVERIFY(!local.isEmpty());
        QCOMPARE(contents(job->outputsFolder() + QStringLiteral("/safetensors/model.safetensors")), local);
    }
};

QTEST_GUILESS_MAIN(RemoteSlurmTest)
#include "tst_remote_slurm.moc"
