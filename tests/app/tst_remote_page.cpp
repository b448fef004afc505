// The Remote page against a real OpenSSH server on loopback, offscreen: add a host, Check it (ok items),
// submit saved run settings, Watch in Train — the Train page's loss series grows from the remote run's
// events, and ends with every step — then Fetch. No call blocks the UI thread.
#include "../core/cli_support.h"
#include "../core/fixture_support.h"
#include "../core/remote_support.h"
#include "../core/sshd_support.h"

#include "remote_page.h"
#include "train_page.h"
#include "widgets/training_chart.h"
#include "workspace.h"

#include "core/remote/host_registry.h"
#include "core/remote/remote_job.h"
#include "core/remote/ssh_command.h"

#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace bertlab;
using namespace bertlab::tests;

class RemotePageTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() {
        qputenv("XDG_RUNTIME_DIR", m_dir.filePath(QString()).toLocal8Bit());
        qputenv("BERTLAB_REMOTE_HOME", m_dir.filePath(QStringLiteral("home")).toLocal8Bit());
    }

    void submitWatchAndFetchARemoteRun() {
        LoopbackSshd sshd;
        QVERIFY2(sshd.start(), qPrintable(sshd.why()));
        const QString work = m_dir.filePath(QStringLiteral("work"));
        QVERIFY(QDir().mkpath(work + QStringLiteral("/bin")));
        QVERIFY(QFile::link(QStringLiteral(BERTLAB_CLI), work + QStringLiteral("/bin/bertlab-cli")));

        app::Workspace workspace;
        app::RemotePage page(&workspace);
        page.resize(1200, 800);
        page.show();
        QVERIFY(page.addHost(QStringLiteral("loop"), QLatin1String(LoopbackSshd::alias), work,
                             sshd.clientConfig()));
        QCOMPARE(page.hostTable()->rowCount(), 1);
        QVERIFY(!page.addHost(QStringLiteral("bad"), QStringLiteral("-oProxyCommand=sh"), {}, {}));
        QCOMPARE(page.hostTable()->rowCount(), 1);

        page.checkSelectedHost();
        QVERIFY(page.isBusy()); // on the thread pool: the event loop turns meanwhile
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 30000);
        QVERIFY(page.checkResults()->topLevelItemCount() >= 8);
        const auto cli = page.checkResults()->findItems(QStringLiteral("bertlab-cli"), Qt::MatchExactly);
        QCOMPARE(cli.size(), 1);
        QCOMPARE(cli.first()->text(1), QStringLiteral("ok"));

        // Settings as the Train page saves them.
        const QString settings = m_dir.filePath(QStringLiteral("run.json"));
        const CliRun written = runCli({QStringLiteral("train"),
                                       QStringLiteral("pretrain"),
                                       QStringLiteral("--data"),
                                       fixturePath(QStringLiteral("train/corpus.txt")),
                                       QStringLiteral("--output"),
                                       m_dir.filePath(QStringLiteral("x")),
                                       QStringLiteral("--layers"),
                                       QStringLiteral("1"),
                                       QStringLiteral("--hidden"),
                                       QStringLiteral("32"),
                                       QStringLiteral("--heads"),
                                       QStringLiteral("2"),
                                       QStringLiteral("--vocab-size"),
                                       QStringLiteral("200"),
                                       QStringLiteral("--seq-len"),
                                       QStringLiteral("32"),
                                       QStringLiteral("--batch-size"),
                                       QStringLiteral("4"),
                                       QStringLiteral("--steps"),
                                       QStringLiteral("60"),
                                       QStringLiteral("--checkpoint-every"),
                                       QStringLiteral("0"),
                                       QStringLiteral("--write-config"),
                                       settings});
        QVERIFY2(written.ok(), written.err.constData());
        page.submitRunSettings(settings);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 60000);
        QCOMPARE(page.jobTable()->rowCount(), 1);
        page.jobTable()->selectRow(0);

        app::TrainPage train(&workspace);
        train.resize(1200, 800);
        connect(&page, &app::RemotePage::watchRequested, &train,
                [&train](const QString& folder) { QVERIFY(train.openRun(folder)); });
        QSignalSpy finished(&train, &app::TrainPage::runFinished);
        page.watchSelectedJob();
        QVERIFY(train.isReplaying());
        QVERIFY(finished.wait(60000));
        QCOMPARE(train.lossChart()->pointCount(app::TrainPage::trainLossSeries()), 60);

        page.fetchSelectedJob();
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 30000);
        const QString id = page.jobTable()->item(0, 0)->text();
        QVERIFY(QFileInfo::exists(core::LocalJob::find(id)->outputsFolder() +
                                  QStringLiteral("/safetensors/model.safetensors")));

        const QByteArray shots = qgetenv("BERTLAB_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            page.checkSelectedHost();
            QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 30000);
            page.grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/remote-page.png"));
            train.grab().save(QString::fromLocal8Bit(shots) +
                              QStringLiteral("/remote-run-on-train-page.png"));
        }
        const auto host = core::HostRegistry().find(QStringLiteral("loop"));
        const core::SshInvocation close = core::sshCloseInvocation(*host);
        QProcess::execute(close.program, close.arguments);
    }

    // Train page ▸ Run on: loop ▸ Start: the run is sent, its curves grow here as it trains there, and its
    // model is fetched when it has finished.
    void runOnAHostFromTheTrainPage() {
        LoopbackSshd sshd;
        QVERIFY2(sshd.start(), qPrintable(sshd.why()));
        QTemporaryDir dir;
        const QString work = dir.filePath(QStringLiteral("work"));
        installCli(work);
        app::Workspace workspace;
        app::RemotePage page(&workspace);
        app::TrainPage train(&workspace);
        train.resize(1200, 800);
        train.show();
        // Wired as the main window wires them.
        connect(&page, &app::RemotePage::hostsChanged, &train, &app::TrainPage::setRemoteHosts);
        connect(&page, &app::RemotePage::watchRequested, &train,
                [&train](const QString& folder) { QVERIFY(train.openRun(folder)); });
        connect(&train, &app::TrainPage::remoteRunRequested, &page,
                [&](const core::TrainingConfig& config, const QString& host) {
                    page.submitRun(config, host,
                                   [&train](const QString& e) { train.remoteSubmitFinished(e); });
                });
        QVERIFY(page.addHost(QStringLiteral("loop2"), QLatin1String(LoopbackSshd::alias), work,
                             sshd.clientConfig()));
        const QString settings = writeRunSettings(dir, fixturePath(QStringLiteral("train/corpus.txt")), 60);
        QVERIFY(train.openRunSettings(settings));
        train.setRunOnHost(QStringLiteral("loop2"));
        QCOMPARE(train.runOnHost(), QStringLiteral("loop2"));
        QSignalSpy finished(&train, &app::TrainPage::runFinished);
        QVERIFY(train.start());
        QVERIFY(train.isSending());
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("local-run")))); // nothing trains here
        QTRY_VERIFY_WITH_TIMEOUT(train.isReplaying(), 60000);
        // The form keeps the user's settings (the job's own name files on the remote).
        QCOMPARE(train.config()->trainFile, fixturePath(QStringLiteral("train/corpus.txt")));
        QVERIFY(finished.wait(60000));
        QCOMPARE(train.lossChart()->pointCount(app::TrainPage::trainLossSeries()), 60);
        const auto jobs = core::LocalJob::list();
        QVERIFY(jobs.ok());
        QString fetched;
        for (const auto& j : *jobs)
            if (j.host == u"loop2")
                fetched = j.outputsFolder() + QStringLiteral("/safetensors/model.safetensors");
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(fetched), 30000);
        const QByteArray shots = qgetenv("BERTLAB_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            train.grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/train-run-on-host.png"));
        closeConnection(*core::HostRegistry().find(QStringLiteral("loop2")));
    }
};

QTEST_MAIN(RemotePageTest)
#include "tst_remote_page.moc"
