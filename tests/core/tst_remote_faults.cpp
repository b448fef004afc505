// Remote jobs when things go wrong, each with nothing lost: the network cut mid-run and restored, the
// following client killed with SIGKILL and started again, a submission cancelled while uploading and resumed,
// a work folder too full for the inputs. The suite runs in a network and mount namespace of its own
// (ctest starts it under `unshare --net --mount`), so cutting its loopback cuts nothing else.
#include "remote_support.h"
#include "sshd_support.h"

#include "core/remote/host_registry.h"
#include "core/remote/remote_job.h"
#include "fixture_support.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/mount.h>
#include <sys/stat.h>

using namespace bertlab;
using namespace bertlab::tests;

namespace {

bool ip(const QStringList& arguments) {
    return QProcess::execute(QStringLiteral("ip"), arguments) == 0;
}

qint64 lineCount(const QString& path) {
    return contents(path).count('\n');
}

qint64 stepCount(const QString& path) {
    return contents(path).count("\"event\":\"step\"");
}

ino_t inodeOf(const QString& path) {
    struct stat info {};
    return ::stat(path.toLocal8Bit().constData(), &info) == 0 ? info.st_ino : 0;
}

// Every step once, in order, no line twice: what "no missing and no duplicated points" means.
bool stepsOnceEach(const QByteArray& events, QString* why) {
    qint64 last = -1;
    int steps = 0;
    for (const QByteArray& line : events.split('\n')) {
        if (line.isEmpty())
            continue;
        const QJsonObject event = QJsonDocument::fromJson(line).object();
        if (event.isEmpty()) {
            *why = QStringLiteral("not a JSON line: ") + QString::fromUtf8(line.left(80));
            return false;
        }
        if (event.value(QStringLiteral("event")).toString() != u"step")
            continue;
        const qint64 step = event.value(QStringLiteral("step")).toInteger();
        if (last >= 0 && step != last + 1) {
            *why = QStringLiteral("step %1 after step %2").arg(step).arg(last);
            return false;
        }
        last = step;
        ++steps;
    }
    if (steps < 10)
        *why = QStringLiteral("only %1 steps").arg(steps);
    return steps >= 10;
}

} // namespace

class RemoteFaultsTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_runtime;

    static core::Result<core::LocalJob> submit(const LoopbackJobHost& s, const QString& corpus, int steps,
                                               const std::function<bool()>& keepGoing = {}) {
        auto config = core::TrainingConfig::load(writeRunSettings(s.dir, corpus, steps));
        if (!config)
            return core::Error{config.errorString()};
        auto bundle = core::JobBundle::forTraining(*config, s.host);
        if (!bundle)
            return core::Error{bundle.errorString()};
        return core::RemoteJobs(s.host).submit(*bundle, keepGoing);
    }
    static QString remoteEvents(const LoopbackJobHost& s, const QString& id) {
        return s.work + QStringLiteral("/jobs/") + id + QStringLiteral("/run/events.jsonl");
    }
    // A text corpus of about `bytes` bytes (the fixture corpus, repeated).
    static QString bigCorpus(const QTemporaryDir& dir, qint64 bytes) {
        const QByteArray text = contents(fixturePath(QStringLiteral("train/corpus.txt")));
        const QString path = dir.filePath(QStringLiteral("big-corpus.txt"));
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        while (file.size() < bytes)
            file.write(text);
        return path;
    }

private Q_SLOTS:
    void initTestCase() {
        // Never cut a loopback that is not this suite's own.
        const QString mine = QFileInfo(QStringLiteral("/proc/self/ns/net")).symLinkTarget();
        const QString first = QFileInfo(QStringLiteral("/proc/1/ns/net")).symLinkTarget();
        if (mine.isEmpty() || mine == first)
            QFAIL("this suite cuts its network: run it through ctest, which starts it under "
                  "`unshare --net --mount --propagation unchanged` (as root)");
        // Mounts made here stay here. (In a chroot "/" is no mount point and this fails; there the mounts
        // are private already, as the chroot's own namespace makes them.)
        ::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr);
        QVERIFY2(
            ip({QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("lo"), QStringLiteral("up")}),
            "ip link set lo up failed (apt-get install iproute2)");
        qputenv("XDG_RUNTIME_DIR", m_runtime.path().toLocal8Bit());
        // Keep-alives every second: a dead link is noticed in about 4 s.
        qputenv("BERTLAB_SSH_ALIVE_INTERVAL", "1");
    }

    void networkCutMidRunLosesNothing() {
        LoopbackJobHost s;
        QVERIFY2(s.start(), qPrintable(s.why()));
        auto job = submit(s, fixturePath(QStringLiteral("train/corpus.txt")), 1000000);
        QVERIFY2(job.ok(), qPrintable(job.errorString()));
        core::RemoteJobs jobs(s.host);
        QElapsedTimer clock;
        int lines = 0;
        bool cut = false;
        const core::Status first = jobs.follow(
            *job, [] { return true; },
            [&](const QByteArray& b) {
                lines += int(b.count('\n'));
                if (!cut && lines >= 5) {
                    cut = ip({QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("lo"),
                              QStringLiteral("down")});
                    clock.start();
                }
            });
        QVERIFY(cut);
        QVERIFY2(!first.ok(), "following went on through a cut link");
        const qint64 noticedMs = clock.elapsed();
        // The job goes on meanwhile: its events keep coming on the remote.
        const qint64 before = lineCount(remoteEvents(s, job->id));
        QTest::qWait(2000);
        QVERIFY(lineCount(remoteEvents(s, job->id)) > before);
        QVERIFY(
            ip({QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("lo"), QStringLiteral("up")}));
        clock.restart();
        qint64 reconnectMs = -1;
        int more = 0;
        (void)jobs.follow(
            *job, [&] { return more < 5; },
            [&](const QByteArray& b) {
                if (reconnectMs < 0)
                    reconnectMs = clock.elapsed();
                more += int(b.count('\n'));
            });
        QVERIFY(reconnectMs >= 0);
        QVERIFY(jobs.cancel(job->id, 30).ok());
        const core::Status last = jobs.follow(
            *job, [] { return true; }, [](const QByteArray&) {});
        QVERIFY2(last.ok(), qPrintable(last.errorString()));
        const QByteArray mirror = contents(job->eventsFile());
        const QByteArray remote = contents(remoteEvents(s, job->id));
        if (mirror != remote) { // where they part, so that a failure says what went wrong
            qsizetype at = 0;
            while (at < mirror.size() && at < remote.size() && mirror[at] == remote[at])
                ++at;
            QFAIL(qPrintable(
                QStringLiteral("the mirror (%1 bytes) and the remote stream (%2 bytes) part at byte "
                               "%3: mirror …%4… remote …%5…")
                    .arg(mirror.size())
                    .arg(remote.size())
                    .arg(at)
                    .arg(QString::fromUtf8(mirror.mid(qMax<qsizetype>(0, at - 80), 200)),
                         QString::fromUtf8(remote.mid(qMax<qsizetype>(0, at - 80), 200)))));
        }
        QString why;
        QVERIFY2(stepsOnceEach(mirror, &why), qPrintable(why));
        qInfo("cut noticed after %lld ms; after the link came back the gap's first lines arrived in %lld ms",
              noticedMs, reconnectMs);
    }

    void killedClientReattaches() {
        LoopbackJobHost s;
        QVERIFY2(s.start(), qPrintable(s.why()));
        auto job = submit(s, fixturePath(QStringLiteral("train/corpus.txt")), 1000000);
        QVERIFY2(job.ok(), qPrintable(job.errorString()));
        const auto attach = [&](QProcess& p) {
            p.setStandardOutputFile(QProcess::nullDevice());
            p.setStandardErrorFile(QProcess::nullDevice());
            p.start(QStringLiteral(BERTLAB_CLI), {QStringLiteral("job"), QStringLiteral("attach"), job->id});
            return p.waitForStarted(5000);
        };
        const auto waitForLines = [&](qint64 count) {
            for (int i = 0; i < 600 && lineCount(job->eventsFile()) < count; ++i)
                QTest::qWait(100);
            return lineCount(job->eventsFile()) >= count;
        };
        QProcess first;
        QVERIFY(attach(first));
        QVERIFY(waitForLines(5));
        ::kill(pid_t(first.processId()), SIGKILL);
        QVERIFY(first.waitForFinished(5000));
        const qint64 seen = lineCount(job->eventsFile());
        QProcess second;
        QVERIFY(attach(second));
        QVERIFY(waitForLines(seen + 5));
        // Enough steps for stepsOnceEach (the first lines may be the plan and other events, not steps).
        for (int i = 0; i < 600 && stepCount(job->eventsFile()) < 12; ++i)
            QTest::qWait(100);
        const CliRun cancel = runCli({QStringLiteral("job"), QStringLiteral("cancel"), job->id});
        QVERIFY2(cancel.ok(), cancel.err.constData());
        QVERIFY(second.waitForFinished(60000));
        const QByteArray mirror = contents(job->eventsFile());
        QCOMPARE(mirror, contents(remoteEvents(s, job->id)));
        QString why;
        QVERIFY2(stepsOnceEach(mirror, &why), qPrintable(why));
    }

    void cancelledUploadResumes() {
        LoopbackJobHost s;
        QVERIFY2(s.start(), qPrintable(s.why()));
        const QString corpus = bigCorpus(s.dir, 6 << 20);
        qputenv("BERTLAB_UPLOAD_LIMIT_KBIT", "8000"); // about 1 MB/s: slow enough to stop halfway
        const QString cache = s.work + QStringLiteral("/cache/sha256");
        QString part;
        auto stopped = submit(s, corpus, 40, [&] {
            const QStringList parts = QDir(cache).entryList({QStringLiteral("*.part")}, QDir::Files);
            if (!parts.isEmpty())
                part = cache + u'/' + parts.first();
            return part.isEmpty() || QFileInfo(part).size() < (512 << 10);
        });
        qunsetenv("BERTLAB_UPLOAD_LIMIT_KBIT");
        QVERIFY(!stopped.ok());
        QVERIFY2(stopped.errorString().contains(QStringLiteral("cancelled")),
                 qPrintable(stopped.errorString()));
        QVERIFY(core::LocalJob::list()->isEmpty()); // nothing half-submitted is remembered
        const qint64 partial = QFileInfo(part).size();
        QVERIFY(partial > 0 && partial < QFileInfo(corpus).size());
        const ino_t partInode = inodeOf(part);

        auto job = submit(s, corpus, 40);
        QVERIFY2(job.ok(), qPrintable(job.errorString()));
        // The partial copy was continued, not sent again: the same file, now whole and checked.
        const QString whole = part.chopped(5);
        QCOMPARE(QFileInfo(whole).size(), QFileInfo(corpus).size());
        QCOMPARE(inodeOf(whole), partInode);
        QVERIFY(core::RemoteJobs(s.host).cancel(job->id, 10).ok());
    }

    void fullWorkFolderIsSaidBeforeSending() {
        LoopbackJobHost s;
        QVERIFY2(s.start(), qPrintable(s.why()));
        QVERIFY(QDir().mkpath(s.work));
        QCOMPARE(QProcess::execute(QStringLiteral("mount"),
                                   {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                    QStringLiteral("size=2m"), QStringLiteral("tmpfs"), s.work}),
                 0);
        installCli(s.work);
        const QString corpus = bigCorpus(s.dir, 3 << 20);
        auto job = submit(s, corpus, 40);
        QVERIFY(!job.ok());
        QVERIFY2(job.errorString().contains(QStringLiteral("MB free")), qPrintable(job.errorString()));
        QVERIFY(QDir(s.work + QStringLiteral("/cache/sha256")).entryList(QDir::Files).isEmpty());
        QVERIFY(core::LocalJob::list()->isEmpty());
        QProcess::execute(QStringLiteral("umount"), {s.work});
    }
};

QTEST_GUILESS_MAIN(RemoteFaultsTest)
#include "tst_remote_faults.moc"
