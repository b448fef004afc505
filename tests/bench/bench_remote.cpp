// The remote connector's figures on loopback (a real sshd started here, as the tests do):
//   transfer  — sftp upload and fetch MB/s of one large file, against a plain `ssh cat` stream of the same
//               bytes over the same connection (the ceiling the transport allows; ratio ≤ 1);
//   latency   — from a line's append to the remote event stream until the follower hands it over (the issue
//               asks ≤ 2 s);
//   overhead  — a training run's mean step time as a remote job (followed live) against the same run here,
//               rounds alternating (the issue asks ≤ 1.02).
// Run from the build folder:  tests/bench_remote [--mb 256] [--steps 200] [--rounds 2]
#include "../core/cli_support.h"
#include "../core/fixture_support.h"
#include "../core/remote_support.h"
#include "../core/sshd_support.h"

#include "core/remote/host_registry.h"
#include "core/remote/remote_job.h"
#include "core/remote/ssh_channel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

using namespace bertlab;
using namespace bertlab::tests;

namespace {

double seconds(const QElapsedTimer& clock) {
    return double(clock.nsecsElapsed()) / 1e9;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

void transfer(const core::RemoteHost& host, const QTemporaryDir& dir, int megabytes) {
    const QString file = dir.filePath(QStringLiteral("payload.bin"));
    {
        QFile f(file);
        f.open(QIODevice::WriteOnly);
        QByteArray block(1 << 20, Qt::Uninitialized);
        for (int i = 0; i < megabytes; ++i) {
            QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(block.data()), block.size() / 4);
            f.write(block);
        }
    }
    const double mb = megabytes * 1.048576;
    const QString remote = host.workFolder + QStringLiteral("/payload.bin");
    // The connection is opened first (its set-up is not a transfer), then the ceiling: a local copy of the
    // same file on the same disk, which a loopback transfer (read here, written there) cannot beat.
    (void)core::SshChannel::run(host, "true\n", 30000);
    QElapsedTimer clock;
    clock.start();
    QFile::copy(file, dir.filePath(QStringLiteral("copy.bin")));
    ::sync();
    const double copy = mb / seconds(clock);
    QFile::remove(dir.filePath(QStringLiteral("copy.bin")));
    // A plain stream through ssh on the same (multiplexed) connection, for comparison.
    clock.restart();
    const core::SshInvocation call =
        core::sshInvocation(host, core::SshPrompts::Never, QStringLiteral("cat > /dev/null"));
    QProcess ssh;
    ssh.setStandardInputFile(file);
    ssh.start(call.program, call.arguments);
    ssh.waitForFinished(-1);
    const double stream = mb / seconds(clock);
    clock.restart();
    (void)core::runSftpBatch(host, "put \"" + file.toUtf8() + "\" " + core::sftpWord(remote).toUtf8() + "\n");
    ::sync();
    const double up = mb / seconds(clock);
    clock.restart();
    (void)core::runSftpBatch(host, "get " + core::sftpWord(remote).toUtf8() + " \"" +
                                       dir.filePath(QStringLiteral("back.bin")).toUtf8() + "\"\n");
    ::sync();
    const double down = mb / seconds(clock);
    std::printf("transfer  %d MiB: local copy %.0f MB/s (the ceiling) | sftp upload %.0f MB/s (%.2f of it) | "
                "fetch %.0f MB/s (%.2f) | plain ssh stream %.0f MB/s\n",
                megabytes, copy, up, up / copy, down, down / copy, stream);
    QFile::remove(file);
    QFile::remove(remote);
    QFile::remove(dir.filePath(QStringLiteral("back.bin")));
}

// A job folder that looks running (its pid is a live sleep), whose event stream this bench appends to.
void latency(const core::RemoteHost& host) {
    const QString id = QStringLiteral("latency-bench");
    const QString jobDir = host.workFolder + QStringLiteral("/jobs/") + id;
    QDir().mkpath(jobDir + QStringLiteral("/run"));
    QDir().mkpath(core::LocalJob::jobsFolder() + u'/' + id);
    QProcess sleeper;
    sleeper.start(QStringLiteral("sleep"), {QStringLiteral("600")});
    sleeper.waitForStarted();
    QFile state(jobDir + QStringLiteral("/state.json"));
    state.open(QIODevice::WriteOnly);
    state.write(QStringLiteral("{\"pid\": %1}\n").arg(sleeper.processId()).toUtf8());
    state.close();
    QFile events(jobDir + QStringLiteral("/run/events.jsonl"));
    events.open(QIODevice::WriteOnly);
    const core::LocalJob job{id, host.name, core::LocalJob::jobsFolder() + u'/' + id};
    std::vector<double> delays;
    const int lines = 40;
    QThread* writer = QThread::create([&] {
        for (int i = 0; i < lines; ++i) {
            QThread::msleep(150 + QRandomGenerator::global()->bounded(200));
            events.write(QStringLiteral("{\"event\": \"tick\", \"ms\": %1}\n")
                             .arg(QDateTime::currentMSecsSinceEpoch())
                             .toUtf8());
            events.flush();
        }
    });
    writer->start();
    (void)core::RemoteJobs(host).follow(
        job, [&] { return int(delays.size()) < lines; },
        [&](const QByteArray& bytes) {
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            for (const QByteArray& line : bytes.split('\n'))
                if (!line.isEmpty())
                    delays.push_back(
                        double(now - QJsonDocument::fromJson(line).object().value(u"ms").toInteger()));
        });
    writer->wait();
    delete writer;
    sleeper.kill();
    sleeper.waitForFinished();
    std::sort(delays.begin(), delays.end());
    std::printf(
        "latency   %zu events: median %.0f ms, 95th %.0f ms, max %.0f ms (target ≤ 2000 ms: %.2f of it)\n",
        delays.size(), median(delays), delays[delays.size() * 95 / 100], delays.back(),
        delays.back() / 2000.0);
}

double meanStepSeconds(const QByteArray& events) {
    std::vector<double> elapsed;
    for (const QByteArray& line : events.split('\n')) {
        const QJsonObject e = QJsonDocument::fromJson(line).object();
        if (e.value(u"event").toString() == u"step")
            elapsed.push_back(e.value(u"elapsed_seconds").toDouble());
    }
    // The first steps warm up; the mean over the rest.
    const size_t skip = elapsed.size() / 5;
    return elapsed.size() < skip + 2 ? 0.0
                                     : (elapsed.back() - elapsed[skip]) / double(elapsed.size() - 1 - skip);
}

void overhead(const core::RemoteHost& host, const QTemporaryDir& dir, int steps, int rounds) {
    const QString settings = dir.filePath(QStringLiteral("bench-run.json"));
    const CliRun written = runCli({QStringLiteral("train"),
                                   QStringLiteral("pretrain"),
                                   QStringLiteral("--data"),
                                   fixturePath(QStringLiteral("train/corpus.txt")),
                                   QStringLiteral("--output"),
                                   dir.filePath(QStringLiteral("local-bench")),
                                   QStringLiteral("--layers"),
                                   QStringLiteral("2"),
                                   QStringLiteral("--hidden"),
                                   QStringLiteral("128"),
                                   QStringLiteral("--heads"),
                                   QStringLiteral("2"),
                                   QStringLiteral("--vocab-size"),
                                   QStringLiteral("500"),
                                   QStringLiteral("--seq-len"),
                                   QStringLiteral("64"),
                                   QStringLiteral("--batch-size"),
                                   QStringLiteral("16"),
                                   QStringLiteral("--steps"),
                                   QString::number(steps),
                                   QStringLiteral("--checkpoint-every"),
                                   QStringLiteral("0"),
                                   QStringLiteral("--write-config"),
                                   settings});
    if (!written.ok()) {
        std::printf("overhead: cannot write settings: %s\n", written.err.constData());
        return;
    }
    std::vector<double> local, remote;
    for (int round = 0; round < rounds; ++round) {
        QDir(dir.filePath(QStringLiteral("local-bench"))).removeRecursively();
        const CliRun here = runCli({QStringLiteral("train"), QStringLiteral("--config"), settings});
        local.push_back(meanStepSeconds(contents(dir.filePath(QStringLiteral("local-bench/events.jsonl")))));
        const CliRun there =
            runCli({QStringLiteral("job"), QStringLiteral("submit"), QStringLiteral("--host"), host.name,
                    QStringLiteral("--config"), settings, QStringLiteral("--attach")});
        const QString id = QString::fromUtf8(there.out.split('\n').value(0).trimmed());
        const auto job = core::LocalJob::find(id);
        remote.push_back(job ? meanStepSeconds(contents(job->eventsFile())) : 0.0);
        if (!here.ok() || !there.ok())
            std::printf("overhead: a run failed: %s %s\n", here.err.constData(), there.err.constData());
    }
    const double l = median(local), r = median(remote);
    std::printf("overhead  %d steps × %d rounds: here %.2f ms/step, remote job (followed) %.2f ms/step: %.3f "
                "(target ≤ 1.02)\n",
                steps, rounds, l * 1e3, r * 1e3, l > 0 ? r / l : 0.0);
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto value = [&](const char* name, int fallback) {
        const qsizetype i = args.indexOf(QLatin1String(name));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
    };
    QTemporaryDir dir, runtime;
    qputenv("XDG_RUNTIME_DIR", runtime.path().toLocal8Bit());
    qputenv("BERTLAB_REMOTE_HOME", dir.filePath(QStringLiteral("home")).toLocal8Bit());
    LoopbackSshd sshd;
    if (!sshd.start()) {
        std::fprintf(stderr, "bench_remote: %s\n", qPrintable(sshd.why()));
        return 1;
    }
    const QString work = dir.filePath(QStringLiteral("work"));
    QDir().mkpath(work + QStringLiteral("/bin"));
    QFile::link(QStringLiteral(BERTLAB_CLI), work + QStringLiteral("/bin/bertlab-cli"));
    const core::RemoteHost host = loopbackHost(sshd, work);
    (void)core::HostRegistry().add(host, true);
    std::printf("bench_remote on loopback (%d cores)\n", QThread::idealThreadCount());
    transfer(host, dir, value("--mb", 256));
    latency(host);
    overhead(host, dir, value("--steps", 200), value("--rounds", 2));
    closeConnection(host);
    return 0;
}
