// Remote hosts: validation of everything that reaches a remote shell, the host list, and `check` against a
// real OpenSSH server on loopback (its own keys and port): ok when all is there, clear refusals for an
// unknown or changed host key and a refused key, never a bypass.
#include "cli_support.h"
#include "remote_support.h"
#include "sshd_support.h"

#include "core/remote/askpass_server.h"
#include "core/remote/fetch_and_verify.h"
#include "core/remote/host_check.h"
#include "core/remote/host_registry.h"
#include "core/remote/remote_job.h"
#include "core/remote/ssh_channel.h"
#include "core/tasks/extraction_settings.h"
#include "fixture_support.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

using namespace bertlab;
using namespace bertlab::tests;

class RemoteTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_runtime;

    // The losses of a run's step events, in order (what the charts draw).
    static QList<double> stepLosses(const QByteArray& events) {
        QList<double> losses;
        for (const QByteArray& line : events.split('\n')) {
            const QJsonObject e = QJsonDocument::fromJson(line).object();
            if (e.value(QStringLiteral("event")).toString() == u"step")
                losses << e.value(QStringLiteral("loss")).toDouble();
        }
        return losses;
    }

    static const core::HostCheckItem* item(const core::HostCheckReport& report, const QString& name) {
        for (const auto& i : report.items) {
            if (i.name == name)
                return &i;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase() {
        // The control sockets go to a private folder of this run, not the user's.
        qputenv("XDG_RUNTIME_DIR", m_runtime.path().toLocal8Bit());
    }

    void hostileNamesAreRefused_data() {
        QTest::addColumn<QString>("destination");
        QTest::addColumn<QString>("work");
        QTest::addColumn<bool>("valid");
        QTest::newRow("alias") << "tpu-vm"
                               << "~/bertlab" << true;
        QTest::newRow("user@host") << "me@gpu01.example.org"
                                   << "/scratch/me/bertlab" << true;
        QTest::newRow("ipv6") << "me@[fe80::1]"
                              << "bertlab/jobs" << true;
        QTest::newRow("option as destination") << "-oProxyCommand=touch%20/tmp/x"
                                               << "~/bertlab" << false;
        QTest::newRow("space") << "me@host name"
                               << "~/bertlab" << false;
        QTest::newRow("command substitution") << "$(touch /tmp/x)"
                                              << "~/bertlab" << false;
        QTest::newRow("quote in work") << "host"
                                       << "~/bert'lab" << false;
        QTest::newRow("substitution in work") << "host"
                                              << "~/$(id)" << false;
        QTest::newRow("backquote in work") << "host"
                                           << "/tmp/`id`" << false;
        QTest::newRow("newline in work") << "host"
                                         << "~/a\nrm -rf ~" << false;
        QTest::newRow("dot-dot") << "host"
                                 << "~/a/../../etc" << false;
        QTest::newRow("leading dash part") << "host"
                                           << "~/-rf" << false;
        QTest::newRow("space in work") << "host"
                                       << "~/my jobs" << false;
        QTest::newRow("home itself") << "host"
                                     << "~" << false;
        QTest::newRow("root") << "host"
                              << "/" << false;
    }
    void hostileNamesAreRefused() {
        QFETCH(QString, destination);
        QFETCH(QString, work);
        QFETCH(bool, valid);
        core::RemoteHost host;
        host.name = QStringLiteral("h");
        host.destination = destination;
        host.workFolder = work;
        QCOMPARE(host.validate().ok(), valid);
        if (!valid)
            QVERIFY(!host.validate().errorString().isEmpty());
    }

    void shellWordsQuoteExactly() {
        QCOMPARE(core::shellWord(QStringLiteral("~/bertlab")), QStringLiteral("\"$HOME\"/'bertlab'"));
        QCOMPARE(core::shellWord(QStringLiteral("/scratch/a-b")), QStringLiteral("'/scratch/a-b'"));
        QCOMPARE(core::shellWord(QStringLiteral("jobs")), QStringLiteral("'jobs'"));
    }

    // The after-fetch command (e.g. stopping a TPU VM) is split as sh would split it, and never expanded.
    void afterFetchCommandSplitsAsShDoes() {
        const auto words = [](const char* joined) { return QString::fromUtf8(joined).split(u'|'); };
        QCOMPARE(core::splitCommandLine(QStringLiteral("gcloud compute tpus tpu-vm stop my-tpu --zone z-1")),
                 words("gcloud|compute|tpus|tpu-vm|stop|my-tpu|--zone|z-1"));
        QCOMPARE(core::splitCommandLine(QStringLiteral("sh -c 'echo \"$X\" > f'")),
                 words("sh|-c|echo \"$X\" > f"));
        QCOMPARE(core::splitCommandLine(QStringLiteral("a \"b c\" d\\ e '' \"\\$HOME\"")),
                 words("a|b c|d e||$HOME"));
        QVERIFY(core::splitCommandLine(QStringLiteral("   ")).isEmpty());
    }

    void destinationWithPort() {
        auto host = core::RemoteHost::withDestination(QStringLiteral("a"), QStringLiteral("me@gpu01:2222"));
        QVERIFY2(host.ok(), qPrintable(host.errorString()));
        QCOMPARE(host->destination, QStringLiteral("me@gpu01"));
        QCOMPARE(host->port, 2222);
        host = core::RemoteHost::withDestination(QStringLiteral("b"), QStringLiteral("[::1]:22"));
        QVERIFY2(host.ok(), qPrintable(host.errorString()));
        QCOMPARE(host->destination, QStringLiteral("[::1]"));
        QVERIFY(!core::RemoteHost::withDestination(QStringLiteral("c"), QStringLiteral("h:99999")).ok());
        QVERIFY(!core::RemoteHost::withDestination(QStringLiteral("-x"), QStringLiteral("h")).ok());
    }

    void registryAddsReplacesRemoves() {
        QTemporaryDir dir;
        core::HostRegistry registry(dir.path());
        auto host = core::RemoteHost::withDestination(QStringLiteral("gpu"), QStringLiteral("me@gpu01"));
        QVERIFY(host.ok());
        host->scheduler.kind = core::SchedulerSettings::Kind::Slurm;
        host->scheduler.partition = QStringLiteral("gpu");
        host->scheduler.gres = QStringLiteral("gpu:1");
        QVERIFY(registry.add(*host, false).ok());
        QVERIFY(!registry.add(*host, false).ok()); // same name, no replace
        host->workFolder = QStringLiteral("/scratch/me");
        QVERIFY(registry.add(*host, true).ok());
        auto found = registry.find(QStringLiteral("gpu"));
        QVERIFY2(found.ok(), qPrintable(found.errorString()));
        QCOMPARE(found->workFolder, QStringLiteral("/scratch/me"));
        QCOMPARE(found->scheduler.gres, QStringLiteral("gpu:1"));
        QCOMPARE(registry.list()->size(), 1);
        QVERIFY(registry.remove(QStringLiteral("gpu")).ok());
        QVERIFY(!registry.remove(QStringLiteral("gpu")).ok());
        QVERIFY(registry.list()->isEmpty());
    }

    void corruptHostListNamesTheFile() {
        QTemporaryDir dir;
        core::HostRegistry registry(dir.path());
        QFile f(registry.hostsFile());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"bertlab-remote-hosts\", \"hosts\": [{\"name\": \"x\", \"destination\": "
                "\"-oX\"}]");
        f.close();
        const auto hosts = registry.list();
        QVERIFY(!hosts.ok());
        QVERIFY2(hosts.errorString().contains(registry.hostsFile()), qPrintable(hosts.errorString()));
        // A hand-edited entry with a hostile destination is refused on reading, too.
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("{\"format\": \"bertlab-remote-hosts\", \"hosts\": [{\"name\": \"x\", \"destination\": "
                "\"-oX\"}]}");
        f.close();
        QVERIFY(!registry.list().ok());
        QVERIFY(registry.list().errorString().contains(QStringLiteral("destination")));
    }

    void checkReportsALoopbackHost() {
        LoopbackSshd sshd;
        QVERIFY2(sshd.start(), qPrintable(sshd.why()));
        QTemporaryDir dir;
        const QString work = dir.filePath(QStringLiteral("work/jobs"));
        installCli(work);
        const core::RemoteHost host = loopbackHost(sshd, work);
        const auto report =
            core::checkHost(host, QStringLiteral(BERTLAB_VERSION), core::SshPrompts::Never, 30000);
        closeConnection(host);
        QVERIFY2(report.connected, qPrintable(report.error));
        QVERIFY(report.usable());
        QCOMPARE(item(report, QStringLiteral("work folder"))->value, work);
        QCOMPARE(item(report, QStringLiteral("bertlab-cli"))->level, core::HostCheckItem::Level::Ok);
        QVERIFY(item(report, QStringLiteral("system"))->value.contains(QStringLiteral("Linux")));
        QVERIFY(item(report, QStringLiteral("cores"))->value.toInt() >= 1);
        QVERIFY(!item(report, QStringLiteral("free disk"))->value.isEmpty());
    }

    void checkSaysWhatIsMissing() {
        LoopbackSshd sshd;
        QVERIFY2(sshd.start(), qPrintable(sshd.why()));
        QTemporaryDir dir;
        core::RemoteHost host = loopbackHost(sshd, dir.filePath(QStringLiteral("work")));
        host.scheduler.kind = core::SchedulerSettings::Kind::Slurm;
        // No bertlab-cli in the work folder; PATH on the remote may have one (an installed .deb) or not.
        const auto report =
            core::checkHost(host, QStringLiteral("0.0.0-other"), core::SshPrompts::Never, 30000);
        closeConnection(host);
        QVERIFY2(report.connected, qPrintable(report.error));
        const auto* cli = item(report, QStringLiteral("bertlab-cli"));
        QVERIFY(cli->level != core::HostCheckItem::Level::Ok);
        QVERIFY(!cli->fix.isEmpty());
        const auto* slurm = item(report, QStringLiteral("Slurm"));
        if (slurm->level != core::HostCheckItem::Level::Ok)
            QVERIFY(!slurm->fix.isEmpty());
        QVERIFY(!report.usable());
    }

    void unknownHostKeyIsNotAccepted() {
        LoopbackSshd sshd;
        QVERIFY2(sshd.start(), qPrintable(sshd.why()));
        sshd.forgetHostKey();
        QTemporaryDir dir;
        const core::RemoteHost host = loopbackHost(sshd, dir.filePath(QStringLiteral("work")));
        const auto report =
            core::checkHost(host, QStringLiteral(BERTLAB_VERSION), core::SshPrompts::Never, 30000);
        QVERIFY(!report.connected);
        QVERIFY2(report.error.contains(QStringLiteral("not known yet")), qPrintable(report.error));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("work")))); // nothing ran there
        QCOMPARE(QFileInfo(sshd.path("known_hosts")).size(), 0);           // and nothing was written
    }

    void changedHostKeyIsRefused() {
        LoopbackSshd sshd;
        QVERIFY2(sshd.start(), qPrintable(sshd.why()));
        sshd.acceptHostKey(sshd.path("other_host_key.pub")); // known_hosts remembers another key
        QTemporaryDir dir;
        const core::RemoteHost host = loopbackHost(sshd, dir.filePath(QStringLiteral("work")));
        for (auto prompts : {core::SshPrompts::Never, core::SshPrompts::Allow}) {
            const auto report = core::checkHost(host, QStringLiteral(BERTLAB_VERSION), prompts, 30000);
            QVERIFY(!report.connected);
            QVERIFY2(report.error.contains(QStringLiteral("CHANGED")), qPrintable(report.error));
        }
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("work"))));
    }

    void refusedKeySaysHowToFixIt() {
        LoopbackSshd sshd;
        QVERIFY2(sshd.start(), qPrintable(sshd.why()));
        QFile::remove(sshd.path("authorized_keys"));
        QFile::copy(sshd.path("other_host_key.pub"), sshd.path("authorized_keys"));
        QTemporaryDir dir;
        const core::RemoteHost host = loopbackHost(sshd, dir.filePath(QStringLiteral("work")));
        const auto report =
            core::checkHost(host, QStringLiteral(BERTLAB_VERSION), core::SshPrompts::Never, 30000);
        QVERIFY(!report.connected);
        QVERIFY2(report.error.contains(QStringLiteral("refused the sign-in")), qPrintable(report.error));
    }

    void jobRunsRemotelyAsLocally() {
        LoopbackJobHost loop;
        QVERIFY2(loop.start(), qPrintable(loop.why()));
        const QTemporaryDir& dir = loop.dir;
        const QString& work = loop.work;
        const core::RemoteHost& host = loop.host;
        // A hostile local file name travels as a neutral one.
        const QString corpus = dir.filePath(QStringLiteral("my corpus '$(touch pwned)'.txt"));
        QVERIFY(QFile::copy(fixturePath(QStringLiteral("train/corpus.txt")), corpus));
        const QString settings = writeRunSettings(dir, corpus, 40);

        CliRun run = runCli({QStringLiteral("job"), QStringLiteral("submit"), QStringLiteral("--host"),
                             QStringLiteral("loop"), QStringLiteral("--config"), settings});
        QVERIFY2(run.ok(), run.err.constData());
        const QString id = QString::fromUtf8(run.out.trimmed());
        QVERIFY(core::isValidJobId(id));
        // Follow a little, drop the connection, follow again: the mirror must end up exactly the remote's.
        auto job = core::LocalJob::find(id);
        QVERIFY2(job.ok(), qPrintable(job.errorString()));
        core::RemoteJobs jobs(host);
        int batches = 0;
        const core::Status first = jobs.follow(
            *job, [&] { return batches == 0; }, [&](const QByteArray&) { ++batches; });
        // Stopped by us after the first lines — or already complete, when the job was done that fast.
        QVERIFY(!first.ok() || contents(job->eventsFile()).contains("\"event\":\"finished\""));
        run = runCli({QStringLiteral("job"), QStringLiteral("attach"), id});
        QVERIFY2(run.ok(), run.err.constData());
        QVERIFY(run.out.contains("\"state\":\"succeeded\""));
        // Fetched into the model store, ready to open.
        qputenv("BERTLAB_MODEL_STORE", dir.filePath(QStringLiteral("store")).toLocal8Bit());
        run = runCli({QStringLiteral("job"), QStringLiteral("fetch"), id, QStringLiteral("--install")});
        QVERIFY2(run.ok(), run.err.constData());
        QVERIFY2(run.out.contains(QByteArray(dir.filePath(QStringLiteral("store/")).toUtf8() + id.toUtf8())),
                 run.out.constData());
        run = runCli(
            {QStringLiteral("info"), QStringLiteral("--model"), dir.filePath(QStringLiteral("store/")) + id});
        QVERIFY2(run.ok(), run.err.constData());
        qunsetenv("BERTLAB_MODEL_STORE");
        const QString outputs = job->outputsFolder();
        QCOMPARE(contents(job->eventsFile()), contents(outputs + QStringLiteral("/events.jsonl")));
        QVERIFY(!QFileInfo::exists(work + QStringLiteral("/pwned")));
        QVERIFY(!QFileInfo::exists(QDir::home().filePath(QStringLiteral("pwned"))));

        // The same settings run here give the same weights.
        run = runCli({QStringLiteral("train"), QStringLiteral("--config"), settings});
        QVERIFY2(run.ok(), run.err.constData());
        const QByteArray local =
            contents(dir.filePath(QStringLiteral("local-run/safetensors/model.safetensors")));
        QVERIFY(!local.isEmpty());
        QCOMPARE(contents(outputs + QStringLiteral("/safetensors/model.safetensors")), local);
        // And the same metrics, step by step.
        QCOMPARE(stepLosses(contents(job->eventsFile())),
                 stepLosses(contents(dir.filePath(QStringLiteral("local-run/events.jsonl")))));
        QCOMPARE(stepLosses(contents(job->eventsFile())).size(), 40);

        // A second job with the same corpus sends no copy of it again (content-addressed cache).
        QCOMPARE(QDir(work + QStringLiteral("/cache/sha256")).entryList(QDir::Files).size(), 1);
        run = runCli({QStringLiteral("job"), QStringLiteral("submit"), QStringLiteral("--host"),
                      QStringLiteral("loop"), QStringLiteral("--config"), settings,
                      QStringLiteral("--attach")});
        QVERIFY2(run.ok(), run.err.constData());
        QCOMPARE(QDir(work + QStringLiteral("/cache/sha256")).entryList(QDir::Files).size(), 1);
    }

    // A classification fine-tune of a start model (a folder input) runs there as here: the same losses step
    // by step and the same weights.
    void classifierRunsRemotelyAsLocally() {
        LoopbackJobHost loop;
        QVERIFY2(loop.start(), qPrintable(loop.why()));
        const QTemporaryDir& dir = loop.dir;
        const QString settings = dir.filePath(QStringLiteral("classify.json"));
        CliRun run = runCli({QStringLiteral("train"),
                             QStringLiteral("classify"),
                             QStringLiteral("--model"),
                             fixturePath(QStringLiteral("models/tiny_hf")),
                             QStringLiteral("--data"),
                             fixturePath(QStringLiteral("train/reviews.csv")),
                             QStringLiteral("--output"),
                             dir.filePath(QStringLiteral("local-cls")),
                             QStringLiteral("--steps"),
                             QStringLiteral("12"),
                             QStringLiteral("--batch-size"),
                             QStringLiteral("4"),
                             QStringLiteral("--seq-len"),
                             QStringLiteral("32"),
                             QStringLiteral("--seed"),
                             QStringLiteral("3"),
                             QStringLiteral("--checkpoint-every"),
                             QStringLiteral("0"),
                             QStringLiteral("--write-config"),
                             settings});
        QVERIFY2(run.ok(), run.err.constData());
        run = runCli({QStringLiteral("job"), QStringLiteral("submit"), QStringLiteral("--host"),
                      QStringLiteral("loop"), QStringLiteral("--config"), settings,
                      QStringLiteral("--attach")});
        QVERIFY2(run.ok(), run.err.constData());
        const QString id = QString::fromUtf8(run.out.split('\n').value(0).trimmed());
        run = runCli({QStringLiteral("job"), QStringLiteral("fetch"), id});
        QVERIFY2(run.ok(), run.err.constData());
        run = runCli({QStringLiteral("train"), QStringLiteral("--config"), settings});
        QVERIFY2(run.ok(), run.err.constData());
        const auto job = core::LocalJob::find(id);
        QVERIFY(job.ok());
        const QList<double> remote = stepLosses(contents(job->eventsFile()));
        QCOMPARE(remote.size(), 12);
        QCOMPARE(remote, stepLosses(contents(dir.filePath(QStringLiteral("local-cls/events.jsonl")))));
        const QByteArray local =
            contents(dir.filePath(QStringLiteral("local-cls/safetensors/model.safetensors")));
        QVERIFY(!local.isEmpty());
        QCOMPARE(contents(job->outputsFolder() + QStringLiteral("/safetensors/model.safetensors")), local);
    }

    // An extraction sent to the host gives the file the same settings give here, byte for byte, placed in
    // the chosen folder under the name the settings gave (never over an existing file).
    void extractionRunsRemotelyAsLocally() {
        LoopbackJobHost loop;
        QVERIFY2(loop.start(), qPrintable(loop.why()));
        const QTemporaryDir& dir = loop.dir;
        const QString texts = dir.filePath(QStringLiteral("texts -$(x).txt"));
        {
            QFile f(texts);
            QVERIFY(f.open(QIODevice::WriteOnly));
            for (int i = 0; i < 200; ++i)
                f.write(
                    QStringLiteral("sentence number %1 about the cat\tand its pair %1\n").arg(i).toUtf8());
        }
        const QString settings = dir.filePath(QStringLiteral("extract.json"));
        CliRun run =
            runCli({QStringLiteral("extract"), QStringLiteral("--input"), texts, QStringLiteral("--output"),
                    dir.filePath(QStringLiteral("local.csv")), QStringLiteral("--pooling"),
                    QStringLiteral("ave,nsp"), QStringLiteral("--output-layers"), QStringLiteral("2"),
                    QStringLiteral("--write-config"), settings});
        QVERIFY2(run.ok(), run.err.constData());
        run = runCli({QStringLiteral("extract"), QStringLiteral("--config"), settings});
        QVERIFY2(run.ok(), run.err.constData());
        const QByteArray local = contents(dir.filePath(QStringLiteral("local.csv")));
        QVERIFY(local.count('\n') == 201);

        run = runCli({QStringLiteral("job"), QStringLiteral("submit"), QStringLiteral("--host"),
                      QStringLiteral("loop"), QStringLiteral("--config"), settings,
                      QStringLiteral("--attach")});
        QVERIFY2(run.ok(), run.err.constData());
        const QString id = QString::fromUtf8(run.out.split('\n').value(0).trimmed());
        const QString target = dir.filePath(QStringLiteral("fetched"));
        QVERIFY(QDir().mkpath(target));
        run = runCli({QStringLiteral("job"), QStringLiteral("fetch"), id, QStringLiteral("--to"), target});
        QVERIFY2(run.ok(), run.err.constData());
        QCOMPARE(contents(target + QStringLiteral("/local.csv")), local);
        // The event stream says how it went.
        const QByteArray events = contents(core::LocalJob::find(id)->eventsFile());
        QVERIFY2(events.contains("\"event\":\"finished\"") && events.contains("\"texts\":200"),
                 events.constData());
        // A second fetch to the same folder leaves the user's file alone.
        run = runCli({QStringLiteral("job"), QStringLiteral("fetch"), id, QStringLiteral("--to"), target});
        QVERIFY(!run.ok());
        QVERIFY2(run.err.contains("not overwritten"), run.err.constData());
        QCOMPARE(contents(target + QStringLiteral("/local.csv")), local);
    }

    void badExtractionSettingsAreRefused() {
        const QString source = QStringLiteral("x.json");
        QVERIFY(core::ExtractionSettings::fromJson("{", source).errorString().contains(source));
        QVERIFY(core::ExtractionSettings::fromJson(R"({"format": "bertlab-training-run"})", source)
                    .errorString()
                    .contains(QStringLiteral("not BertLab extraction settings")));
        QVERIFY(!core::ExtractionSettings::fromJson(
                     R"({"format": "bertlab-extraction", "version": 1, "options": {"--x; rm": "1"}})", source)
                     .ok());
        QVERIFY(!core::ExtractionSettings::fromJson(
                     R"({"format": "bertlab-extraction", "version": 1, "options": {"input": [1]}})", source)
                     .ok());
        QVERIFY(
            !core::ExtractionSettings::fromJson(R"({"format": "bertlab-extraction", "version": 9})", source)
                 .ok());
        // Options of one invocation do not belong in settings; unknown ones are refused by the CLI.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("s.json"));
        for (const QByteArray& options :
             {QByteArray(R"({"events": "/tmp/e"})"), QByteArray(R"({"bogus": "1"})")}) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(R"({"format": "bertlab-extraction", "version": 1, "options": )" + options + "}");
            f.close();
            const CliRun run = runCli({QStringLiteral("extract"), QStringLiteral("--config"), file});
            QVERIFY(!run.ok());
            QVERIFY2(run.err.contains("events") || run.err.contains("bogus"), run.err.constData());
        }
    }

    void cancelStopsAJobGracefully() {
        LoopbackJobHost loop;
        QVERIFY2(loop.start(), qPrintable(loop.why()));
        const QTemporaryDir& dir = loop.dir;
        const QString& work = loop.work;
        const core::RemoteHost& host = loop.host;
        const QString settings =
            writeRunSettings(dir, fixturePath(QStringLiteral("train/corpus.txt")), 1000000);
        core::RemoteJobs jobs(host);
        auto config = core::TrainingConfig::load(settings);
        config->checkpointEvery = 20; // a model to fetch while it trains
        auto bundle = core::JobBundle::forTraining(*config, host);
        QVERIFY2(bundle.ok(), qPrintable(bundle.errorString()));
        auto job = jobs.submit(*bundle);
        QVERIFY2(job.ok(), qPrintable(job.errorString()));
        // Wait until it trains (its first step events arrive), then cancel.
        int lines = 0;
        (void)jobs.follow(
            *job, [&] { return lines < 3; }, [&](const QByteArray& b) { lines += int(b.count('\n')); });
        auto status = jobs.status(job->id);
        QVERIFY2(status.ok(), qPrintable(status.errorString()));
        QCOMPARE(status->state, core::JobStatus::State::Running);
        // The model saved last can be fetched while it trains (checked, ready to open).
        const QString saved =
            work + QStringLiteral("/jobs/") + job->id + QStringLiteral("/run/safetensors/config.json");
        for (int i = 0; i < 300 && !QFileInfo::exists(saved); ++i)
            QTest::qWait(100);
        CliRun latest =
            runCli({QStringLiteral("job"), QStringLiteral("fetch"), job->id, QStringLiteral("--latest")});
        QVERIFY2(latest.ok(), latest.err.constData());
        QVERIFY(QFileInfo::exists(job->latestFolder() + QStringLiteral("/safetensors/model.safetensors")));
        latest = runCli({QStringLiteral("info"), QStringLiteral("--model"),
                         job->latestFolder() + QStringLiteral("/safetensors")});
        QVERIFY2(latest.ok(), latest.err.constData());
        QVERIFY(!QFileInfo::exists(work + QStringLiteral("/jobs/") + job->id +
                                   QStringLiteral("/run/.fetch-snapshot")));
        // A running job is not removed.
        CliRun removal = runCli({QStringLiteral("job"), QStringLiteral("remove"), job->id});
        QVERIFY(!removal.ok());
        QVERIFY2(removal.err.contains("cancel it first"), removal.err.constData());
        QVERIFY(jobs.cancel(job->id, 20).ok());
        status = jobs.status(job->id);
        QCOMPARE(status->state, core::JobStatus::State::Cancelled);
        // Graceful: bertlab-cli stopped after a step and wrote its final checkpoint.
        const QString remoteJob = work + QStringLiteral("/jobs/") + job->id;
        QVERIFY2(QFileInfo::exists(remoteJob + QStringLiteral("/run/checkpoint/training_state.json")),
                 QByteArray(contents(remoteJob + QStringLiteral("/exit_code")) +
                            contents(remoteJob + QStringLiteral("/job.log")))
                     .constData());
        // Once ended it is: there and here.
        removal = runCli({QStringLiteral("job"), QStringLiteral("remove"), job->id});
        QVERIFY2(removal.ok(), removal.err.constData());
        QVERIFY(!QFileInfo::exists(remoteJob));
        QVERIFY(!QFileInfo::exists(job->folder));
        QVERIFY(!core::LocalJob::find(job->id).ok());
    }

    void killedJobIsLostAndDamagedUploadsAreRefused() {
        LoopbackJobHost loop;
        QVERIFY2(loop.start(), qPrintable(loop.why()));
        const QTemporaryDir& dir = loop.dir;
        const QString& work = loop.work;
        const core::RemoteHost& host = loop.host;
        core::RemoteJobs jobs(host);
        const QString corpusPath = fixturePath(QStringLiteral("train/corpus.txt"));
        const QByteArray corpus = contents(corpusPath);
        auto bundle = core::JobBundle::forTraining(
            *core::TrainingConfig::load(writeRunSettings(dir, corpusPath, 1000000)), host);
        QVERIFY(bundle.ok());
        const QString cache = work + QStringLiteral("/cache/sha256/");
        const QString hash = QString::fromLatin1(bundle->inputs.at(0).sha256);
        QVERIFY(QDir().mkpath(cache));
        // A damaged partial copy (not a prefix of the file): refused on arrival, and removed.
        {
            QFile part(cache + hash + QStringLiteral(".part"));
            QVERIFY(part.open(QIODevice::WriteOnly));
            part.write("not the corpus");
        }
        auto job = jobs.submit(*bundle);
        QVERIFY(!job.ok());
        QVERIFY2(job.errorString().contains(QStringLiteral("damaged")), qPrintable(job.errorString()));
        QVERIFY(!QFileInfo::exists(cache + hash + QStringLiteral(".part")));
        // An interrupted upload's first half: resumed, whole on arrival.
        {
            QFile part(cache + hash + QStringLiteral(".part"));
            QVERIFY(part.open(QIODevice::WriteOnly));
            part.write(corpus.left(corpus.size() / 2));
        }
        bundle = core::JobBundle::forTraining(
            *core::TrainingConfig::load(dir.filePath(QStringLiteral("run.json"))), host);
        job = jobs.submit(*bundle);
        QVERIFY2(job.ok(), qPrintable(job.errorString()));
        QCOMPARE(contents(cache + hash), corpus);
        // The job's processes killed on the remote (no graceful stop, no exit code): lost, and the follower
        // says so instead of waiting for ever.
        int lines = 0;
        (void)jobs.follow(
            *job, [&] { return lines < 3; }, [&](const QByteArray& b) { lines += int(b.count('\n')); });
        const QByteArray state =
            contents(work + QStringLiteral("/jobs/") + job->id + QStringLiteral("/state.json"));
        const qint64 pid = QJsonDocument::fromJson(state).object().value(QStringLiteral("pid")).toInteger();
        QVERIFY(pid > 1);
        QCOMPARE(
            QProcess::execute(QStringLiteral("kill"), {QStringLiteral("-s"), QStringLiteral("KILL"),
                                                       QStringLiteral("--"), QStringLiteral("-%1").arg(pid)}),
            0);
        QTRY_COMPARE_WITH_TIMEOUT(jobs.status(job->id)->state, core::JobStatus::State::Lost, 10000);
        const core::Status followed = jobs.follow(
            *job, [] { return true; }, [](const QByteArray&) {});
        QVERIFY(!followed.ok());
        QVERIFY2(followed.errorString().contains(QStringLiteral("gone")), qPrintable(followed.errorString()));
    }

    // A host without bertlab-cli gets this build's copy (no root), and then checks ok.
    void installCliPutsThisBuildThere() {
        LoopbackSshd sshd;
        QVERIFY2(sshd.start(), qPrintable(sshd.why()));
        QTemporaryDir dir;
        qputenv("BERTLAB_REMOTE_HOME", dir.filePath(QStringLiteral("home")).toLocal8Bit());
        const QString work = dir.filePath(QStringLiteral("work"));
        const core::RemoteHost host = loopbackHost(sshd, work);
        QVERIFY(core::HostRegistry().add(host, false).ok());
        auto report = core::checkHost(host, QStringLiteral(BERTLAB_VERSION), core::SshPrompts::Never, 30000);
        if (QStandardPaths::findExecutable(QStringLiteral("bertlab-cli")).isEmpty())
            QCOMPARE(item(report, QStringLiteral("bertlab-cli"))->level, core::HostCheckItem::Level::Missing);
        const CliRun run =
            runCli({QStringLiteral("remote"), QStringLiteral("install-cli"), QStringLiteral("loop")});
        QVERIFY2(run.ok(), run.err.constData());
        QVERIFY2(run.out.contains(BERTLAB_VERSION), run.out.constData());
        QVERIFY(QFileInfo(work + QStringLiteral("/bin/bertlab-cli")).isExecutable());
        QVERIFY(!QFileInfo::exists(work + QStringLiteral("/bin/bertlab-cli.part")));
        report = core::checkHost(host, QStringLiteral(BERTLAB_VERSION), core::SshPrompts::Never, 30000);
        QCOMPARE(item(report, QStringLiteral("bertlab-cli"))->level, core::HostCheckItem::Level::Ok);
        closeConnection(host);
        qunsetenv("BERTLAB_REMOTE_HOME");
    }

    // In the window ssh asks through the askpass helper: a first-contact host key (its fingerprint shown,
    // trusted on "yes") and a key's passphrase; a cancelled passphrase is a refused sign-in, and nothing is
    // asked in the background (BatchMode).
    void askpassAsksForHostKeyAndPassphrase() {
        LoopbackSshd sshd;
        QVERIFY2(sshd.start(), qPrintable(sshd.why()));
        QVERIFY(sshd.protectUserKey(QStringLiteral("s3cret phrase")));
        sshd.forgetHostKey();
        core::RemoteHost host = loopbackHost(sshd, m_runtime.filePath(QStringLiteral("askwork")));
        host.sshConfig = sshd.askingClientConfig();
        core::AskpassServer server(QStringLiteral(BERTLAB_ASKPASS));
        QVERIFY(server.isListening());
        QStringList prompts;
        bool cancel = false;
        connect(&server, &core::AskpassServer::asked, this, [&](int id, const QString& prompt) {
            prompts << prompt;
            if (core::AskpassServer::isConfirmation(prompt))
                server.answer(id, QStringLiteral("yes"));
            else
                server.answer(id, cancel ? std::nullopt
                                         : std::optional<QString>(QStringLiteral("s3cret phrase")));
        });
        const auto check = [&](core::SshPrompts prompts) {
            QFuture<core::HostCheckReport> f = QtConcurrent::run([&host, prompts] {
                return core::checkHost(host, QStringLiteral(BERTLAB_VERSION), prompts, 30000);
            });
            while (!f.isFinished())
                QTest::qWait(20);
            return f.result();
        };
        // In the background nothing is asked: the sign-in fails with the reason.
        auto report = check(core::SshPrompts::Never);
        QVERIFY(!report.connected);
        QVERIFY(prompts.isEmpty());
        report = check(core::SshPrompts::Allow);
        QVERIFY2(report.connected, qPrintable(report.error));
        QCOMPARE(prompts.size(), 2);
        QVERIFY2(prompts[0].contains(QStringLiteral("SHA256:")), qPrintable(prompts[0]));
        QVERIFY(core::AskpassServer::isConfirmation(prompts[0]));
        QVERIFY2(prompts[1].contains(QStringLiteral("passphrase")), qPrintable(prompts[1]));
        QVERIFY(!contents(sshd.path("known_hosts")).isEmpty()); // trusted from now on
        closeConnection(host);
        cancel = true;
        prompts.clear();
        report = check(core::SshPrompts::Allow);
        QVERIFY(!report.connected);
        QCOMPARE(prompts.size(), 1); // the host key is known now; only the passphrase was asked
        QVERIFY2(report.error.contains(QStringLiteral("refused the sign-in")), qPrintable(report.error));
    }

    void cliAddsListsChecksRemoves() {
        LoopbackSshd sshd;
        QVERIFY2(sshd.start(), qPrintable(sshd.why()));
        QTemporaryDir dir;
        const QString work = dir.filePath(QStringLiteral("work"));
        installCli(work);
        qputenv("BERTLAB_REMOTE_HOME", dir.filePath(QStringLiteral("home")).toLocal8Bit());
        CliRun run = runCli({QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("loop"),
                             QLatin1String(LoopbackSshd::alias), QStringLiteral("--work"), work,
                             QStringLiteral("--ssh-config"), sshd.clientConfig()});
        QVERIFY2(run.ok(), run.err.constData());
        run = runCli({QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("bad"),
                      QStringLiteral("--"), QStringLiteral("-oProxyCommand=sh")});
        QVERIFY(!run.ok());
        QVERIFY2(run.err.contains("destination"), run.err.constData());
        run = runCli({QStringLiteral("remote"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY(run.ok());
        QCOMPARE(run.json().value(QStringLiteral("hosts")).toArray().size(), 1);
        run = runCli({QStringLiteral("remote"), QStringLiteral("check"), QStringLiteral("loop"),
                      QStringLiteral("--json")});
        QVERIFY2(run.ok(), run.out.constData());
        QVERIFY(run.json().value(QStringLiteral("usable")).toBool());
        closeConnection(*core::HostRegistry().find(QStringLiteral("loop")));
        run = runCli({QStringLiteral("remote"), QStringLiteral("remove"), QStringLiteral("loop")});
        QVERIFY(run.ok());
        run = runCli({QStringLiteral("remote"), QStringLiteral("check"), QStringLiteral("loop")});
        QVERIFY(!run.ok());
        QVERIFY(run.err.contains("no remote host named"));
        qunsetenv("BERTLAB_REMOTE_HOME");
    }
};

QTEST_GUILESS_MAIN(RemoteTest)
#include "tst_remote.moc"
