// The Remote page against a real OpenSSH server on loopback, offscreen: add a host, Check it (ok items),
// submit saved run settings, Watch in Train — the Train page's loss series grows from the remote run's
// events, and ends with every step — then Fetch. No call blocks the UI thread.
#include "../core/cli_support.h"
#include "../core/fixture_support.h"
#include "../core/remote_support.h"
#include "../core/sshd_support.h"

#include "askpass_dialog.h"
#include "extract_options_form.h"
#include "extract_page.h"
#include "remote_page.h"
#include "train_page.h"
#include "widgets/training_chart.h"
#include "workspace.h"

#include "core/remote/askpass_server.h"
#include "core/remote/host_registry.h"
#include "core/remote/remote_job.h"
#include "core/remote/ssh_command.h"
#include "core/tasks/model_bundle.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
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
        QStandardPaths::setTestModeEnabled(true); // remembered choices stay out of the user's settings
        qputenv("XDG_RUNTIME_DIR", m_dir.filePath(QString()).toLocal8Bit());
        qputenv("BERTLAB_REMOTE_HOME", m_dir.filePath(QStringLiteral("home")).toLocal8Bit());
    }

    void submitWatchAndFetchARemoteRun() {
        LoopbackSshd sshd;
        QVERIFY2(sshd.start(), qPrintable(sshd.why()));
        const QString work = m_dir.filePath(QStringLiteral("work"));
        installCli(work);

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
        const QString settings = writeRunSettings(m_dir, fixturePath(QStringLiteral("train/corpus.txt")), 60);
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
        closeConnection(*core::HostRegistry().find(QStringLiteral("loop")));
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

#ifdef BERTLAB_TF_PYTHON
    // The same from the Train page to a host whose runtime is TensorFlow: a fresh model's run (its vocabulary
    // learned here) is prepared here, trained by TensorFlow there, its curves drawn here as it goes, and its
    // checkpoint (Google's layout) fetched when it has finished.
    void runOnATensorFlowHostFromTheTrainPage() {
        LoopbackSshd sshd;
        QVERIFY2(sshd.start(), qPrintable(sshd.why()));
        QTemporaryDir dir;
        app::Workspace workspace;
        app::RemotePage page(&workspace);
        app::TrainPage train(&workspace);
        train.resize(1200, 800);
        train.show();
        connect(&page, &app::RemotePage::hostsChanged, &train, &app::TrainPage::setRemoteHosts);
        connect(&page, &app::RemotePage::watchRequested, &train,
                [&train](const QString& folder) { QVERIFY(train.openRun(folder)); });
        connect(&train, &app::TrainPage::remoteRunRequested, &page,
                [&](const core::TrainingConfig& config, const QString& host) {
                    page.submitRun(config, host,
                                   [&train](const QString& e) { train.remoteSubmitFinished(e); });
                });
        core::RuntimeSettings runtime;
        runtime.kind = QStringLiteral("tensorflow");
        runtime.python = QStringLiteral(BERTLAB_TF_PYTHON);
        QVERIFY(page.addHost(QStringLiteral("tpu"), QLatin1String(LoopbackSshd::alias),
                             dir.filePath(QStringLiteral("work")), sshd.clientConfig(), {}, false, runtime));
        const auto rows = page.hostTable()->findItems(QStringLiteral("tpu"), Qt::MatchExactly);
        QCOMPARE(rows.size(), 1);
        const QString shown = page.hostTable()->item(rows.first()->row(), 3)->text();
        QVERIFY2(shown.startsWith(QStringLiteral("TensorFlow (auto")), qPrintable(shown));
        QCOMPARE(core::HostRegistry().find(QStringLiteral("tpu"))->runtime.python, runtime.python);

        const QString settings = writeRunSettings(dir, fixturePath(QStringLiteral("train/corpus.txt")), 30);
        QVERIFY(train.openRunSettings(settings));
        train.setRunOnHost(QStringLiteral("tpu"));
        QSignalSpy finished(&train, &app::TrainPage::runFinished);
        QVERIFY(train.start());
        QTRY_VERIFY_WITH_TIMEOUT(train.isReplaying(), 120000);
        QVERIFY(finished.wait(120000));
        QCOMPARE(train.lossChart()->pointCount(app::TrainPage::trainLossSeries()), 30);
        QString fetched;
        const auto jobs = core::LocalJob::list();
        QVERIFY(jobs.ok());
        for (const auto& j : *jobs)
            if (j.host == u"tpu")
                fetched = j.outputsFolder() + QStringLiteral("/checkpoint/bert_model.ckpt.index");
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(fetched), 60000);
        closeConnection(*core::HostRegistry().find(QStringLiteral("tpu")));
    }
#endif

    // Check on a host met for the first time, with a passphrase-protected key: the window asks (its
    // fingerprint to trust, then the passphrase, hidden) and the check goes through.
    void checkAsksInDialogs() {
        LoopbackSshd sshd;
        QVERIFY2(sshd.start(), qPrintable(sshd.why()));
        QVERIFY(sshd.protectUserKey(QStringLiteral("open sesame")));
        sshd.forgetHostKey();
        QTemporaryDir dir;
        core::AskpassServer server(QStringLiteral(BERTLAB_ASKPASS));
        QWidget window;
        window.resize(900, 700);
        window.show();
        connect(&server, &core::AskpassServer::asked, &window,
                [&](int id, const QString& prompt) { app::askWithDialog(&window, &server, id, prompt); });
        app::Workspace workspace;
        app::RemotePage page(&workspace, &window);
        QVERIFY(page.addHost(QStringLiteral("fresh"), QLatin1String(LoopbackSshd::alias),
                             dir.filePath(QStringLiteral("work")), sshd.askingClientConfig()));
        page.checkSelectedHost();
        QMessageBox* trust = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((trust = window.findChild<QMessageBox*>()) != nullptr, 20000);
        QVERIFY2(trust->informativeText().contains(QStringLiteral("SHA256:")),
                 qPrintable(trust->informativeText()));
        const QByteArray shots = qgetenv("BERTLAB_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            trust->grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/askpass-host-key.png"));
        trust->buttons().first()->click(); // Trust and Connect
        QInputDialog* passphrase = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((passphrase = window.findChild<QInputDialog*>()) != nullptr, 20000);
        QCOMPARE(passphrase->textEchoMode(), QLineEdit::Password);
        passphrase->setTextValue(QStringLiteral("open sesame"));
        passphrase->accept();
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 30000);
        QVERIFY(page.checkResults()->topLevelItemCount() >= 8);
        closeConnection(*core::HostRegistry().find(QStringLiteral("fresh")));
    }

    // Extract page ▸ Run on: loop ▸ Run: each file and the model go to the host, the results come back to the
    // files the page names, byte for byte what the same page writes running here.
    void extractOnAHostFromTheExtractPage() {
        LoopbackSshd sshd;
        QVERIFY2(sshd.start(), qPrintable(sshd.why()));
        QTemporaryDir dir;
        const QString work = dir.filePath(QStringLiteral("work"));
        installCli(work);
        QVERIFY(core::HostRegistry().add(loopbackHost(sshd, work, QStringLiteral("loop3")), true).ok());
        app::Workspace workspace;
        auto model = core::ModelBundle::load(fixturePath(QStringLiteral("models/tiny_hf")));
        QVERIFY2(model.ok(), qPrintable(model.errorString()));
        workspace.setModel(*model);
        app::ExtractPage page(&workspace);
        page.setRemoteHosts({QStringLiteral("loop3")});
        const QString text = dir.filePath(QStringLiteral("lines.txt"));
        const QString csv = dir.filePath(QStringLiteral("table.csv"));
        {
            QFile t(text);
            QVERIFY(t.open(QIODevice::WriteOnly));
            t.write("The quick brown fox.\n\nWhere is the station?\tNear the bridge.\n中文 text\n");
            QFile c(csv);
            QVERIFY(c.open(QIODevice::WriteOnly));
            c.write("id,sentence\n1,\"Hello, world\"\n2,\"two\nlines\"\n3,the end\n");
        }
        QSignalSpy shown(&page, &app::ExtractPage::previewShown);
        QCOMPARE(page.addFiles({text, csv}), 2);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 10000);
        page.options()->setPoolings({core::Pooling::Average});
        QVERIFY(page.options()->setOutputLayers(QStringLiteral("2")));
        QSignalSpy finished(&page, &app::ExtractPage::runFinished);
        QByteArray here[2];
        for (const QString& host : {QString(), QStringLiteral("loop3")}) {
            page.setRunOnHost(host);
            page.options()->setOutputFolder(
                dir.filePath(host.isEmpty() ? QStringLiteral("here") : QStringLiteral("there")));
            QVERIFY(page.run());
            QVERIFY(finished.wait(90000));
            QCOMPARE(page.outcomes().size(), std::size_t(2));
            for (const auto& outcome : page.outcomes())
                QVERIFY2(outcome.summary && !outcome.summary->cancelled, qPrintable(outcome.error));
            QCOMPARE(page.outcomes()[0].summary->rows, 4);
            QCOMPARE(page.outcomes()[1].summary->rows, 3);
            const QString folder =
                dir.filePath(host.isEmpty() ? QStringLiteral("here") : QStringLiteral("there"));
            const QByteArray a = contents(folder + QStringLiteral("/lines.embeddings.csv"));
            const QByteArray b = contents(folder + QStringLiteral("/table.embeddings.csv"));
            QVERIFY(a.startsWith("index,text_a,text_b,"));
            QVERIFY(!a.contains(",f0,")); // named feature columns, also for a remote run
            if (host.isEmpty()) {
                here[0] = a;
                here[1] = b;
            } else {
                QCOMPARE(a, here[0]);
                QCOMPARE(b, here[1]);
            }
        }
        closeConnection(*core::HostRegistry().find(QStringLiteral("loop3")));
    }
};

QTEST_MAIN(RemotePageTest)
#include "tst_remote_page.moc"
