// A newcomer's first start: with nothing set up and no network, the window opens the built-in demo model,
// every page works with it, a hint points to the Models page and Open Model, and Help has the manual (F1 on a
// page opens its section), About BertLab and the demo model's card.
#include "../core/fixture_support.h"

#include "about_dialog.h"
#include "help_window.h"
#include "main_window.h"
#include "model_card_dialog.h"
#include "page.h"
#include "predict_page.h"
#include "widgets/candidate_list.h"
#include "widgets/message_bar.h"
#include "widgets/training_chart.h"
#include "workspace.h"

#include "core/build_info.h"
#include "core/hub/demo_model.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>

using namespace bertlab;

namespace {

QAction* menuAction(QMainWindow& window, const QString& menu, const QString& text) {
    for (QAction* top : window.menuBar()->actions())
        if (top->text().remove(u'&') == menu && top->menu())
            for (QAction* a : top->menu()->actions())
                if (a->text().remove(u'&') == text)
                    return a;
    return nullptr;
}

QString modelLabel(const app::MainWindow& window) {
    for (QLabel* label : window.findChildren<QLabel*>())
        if (label->toolTip() == QDir::toNativeSeparators(core::DemoModel::directory()))
            return label->text();
    return {};
}

// Pictures for looking at: BERTLAB_FIRST_START_SHOTS=DIR.
void maybeSave(QWidget* widget, const char* name) {
    const QByteArray dir = qgetenv("BERTLAB_FIRST_START_SHOTS");
    if (!dir.isEmpty()) {
        QDir().mkpath(QString::fromLocal8Bit(dir));
        widget->grab().save(QString::fromLocal8Bit(dir) + u'/' + QLatin1String(name));
    }
}

} // namespace

class TestFirstStart final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void opensTheDemoModelAndEveryPageWorks();
    void ownModelsComeBackAndEndTheHint();
    void brokenLastModelFallsBackToTheDemo();
    void manualOpensAtThePagesSection();
    void manualCoversEveryPageAndItsPicturesExist();
    void aboutNamesVersionLibrariesAndIsa();
    void demoModelCardShowsTextAndCurves();
};

void TestFirstStart::init() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BertLabFirstStartTest"));
    QSettings().clear();
}

void TestFirstStart::opensTheDemoModelAndEveryPageWorks() {
    QVERIFY(!core::DemoModel::directory().isEmpty());
    app::MainWindow window;
    window.resize(1100, 760);
    window.show();
    QSignalSpy loaded(&window, &app::MainWindow::modelLoaded);
    window.openStartupModel();
    QVERIFY(loaded.wait(20000));
    QVERIFY(core::DemoModel::isDemoModel(window.model()->files().directory));
    QCOMPARE(modelLabel(window), QStringLiteral("BertLab demo model"));
    QVERIFY(window.isShowingDemoHint());
    const QString hint = window.findChild<widgets::MessageBar*>()->text();
    QVERIFY(hint.contains(u"bertlab:models") && hint.contains(u"bertlab:open"));
    QVERIFY(menuAction(window, QStringLiteral("Help"), QStringLiteral("About This Model"))->isEnabled());
    // The demo model is not the user's: it is not added to the recent models.
    QVERIFY(QSettings().value(QStringLiteral("models/recent")).toStringList().isEmpty());

    // The hint's Models link shows the Models page.
    auto* bar = window.findChild<widgets::MessageBar*>();
    Q_EMIT bar->linkActivated(QStringLiteral("bertlab:models"));
    QCOMPARE(app::MainWindow::pageKey(window.pages().at(window.currentPage())), QStringLiteral("models"));

    // Predict has candidates for the example text's [MASK].
    window.workspace()->setText(QStringLiteral("She drank a glass of [MASK]."), {});
    window.showPage(1);
    auto* predict = qobject_cast<app::PredictPage*>(window.pages().at(1));
    QVERIFY(predict);
    QTRY_VERIFY_WITH_TIMEOUT(!predict->isBusy() && predict->maskCount() == 1, 20000);
    QVERIFY(predict->candidateModel(0)->rowCount() >= 5);

    // Every page renders its result for the demo model (as the screenshot command does).
    QTemporaryDir shots;
    bool finished = false, ok = false;
    window.workspace()->setText(QStringLiteral("The dog barked all [MASK]."), QStringLiteral("It was late."));
    window.saveScreenshots(shots.path(), [&](bool success) {
        finished = true;
        ok = success;
    });
    QTRY_VERIFY_WITH_TIMEOUT(finished, 120000);
    QVERIFY(ok);
    QCOMPARE(QDir(shots.path()).entryList({QStringLiteral("*.png")}).size(), window.pages().size());
    maybeSave(&window, "first-start.png");
}

void TestFirstStart::ownModelsComeBackAndEndTheHint() {
    const QString own = tests::fixturePath(QStringLiteral("models/tiny_hf"));
    {
        app::MainWindow window;
        QSignalSpy loaded(&window, &app::MainWindow::modelLoaded);
        window.openStartupModel();
        QVERIFY(loaded.wait(20000));
        QVERIFY(window.isShowingDemoHint());
        window.openModel(own);
        QVERIFY(loaded.wait(20000));
        QVERIFY(!window.isShowingDemoHint());
    }
    // Next start: the last model the user opened, no hint.
    app::MainWindow window;
    QSignalSpy loaded(&window, &app::MainWindow::modelLoaded);
    window.openStartupModel();
    QVERIFY(loaded.wait(20000));
    QCOMPARE(window.model()->files().directory, own);
    QVERIFY(!window.isShowingDemoHint());
    // Help ▸ Open the Demo Model still brings it back, without the hint.
    menuAction(window, QStringLiteral("Help"), QStringLiteral("Open the Demo Model"))->trigger();
    QVERIFY(loaded.wait(20000));
    QVERIFY(core::DemoModel::isDemoModel(window.model()->files().directory));
    QVERIFY(!window.isShowingDemoHint());
}

void TestFirstStart::brokenLastModelFallsBackToTheDemo() {
    QTemporaryDir broken;
    for (const char* name : {"config.json", "vocab.txt", "model.safetensors"}) {
        QFile f(broken.filePath(QLatin1String(name)));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not what it should be");
    }
    QSettings().setValue(QStringLiteral("models/recent"), QStringList{broken.path()});
    app::MainWindow window;
    QSignalSpy loaded(&window, &app::MainWindow::modelLoaded);
    QSignalSpy failed(&window, &app::MainWindow::modelFailed);
    window.openStartupModel();
    QVERIFY(loaded.wait(20000));
    QCOMPARE(failed.size(), 1);
    QVERIFY(core::DemoModel::isDemoModel(window.model()->files().directory));
    // Why the demo model is open stays on screen, naming the broken file.
    const QString message = window.findChild<widgets::MessageBar*>()->text();
    QVERIFY2(message.contains(broken.path()) && message.contains(u"demo model"), qPrintable(message));

    // A model asked for on the command line that does not exist: the same.
    app::MainWindow second;
    QSignalSpy loaded2(&second, &app::MainWindow::modelLoaded);
    second.openStartupModel(QStringLiteral("/nonexistent/model"));
    QVERIFY(loaded2.wait(20000));
    QVERIFY(core::DemoModel::isDemoModel(second.model()->files().directory));
}

void TestFirstStart::manualOpensAtThePagesSection() {
    app::MainWindow window;
    window.show();
    window.showPage(3);
    QAction* manual = menuAction(window, QStringLiteral("Help"), QStringLiteral("BertLab Manual"));
    QVERIFY(manual);
    QCOMPARE(manual->shortcut(), QKeySequence(QKeySequence::HelpContents));
    manual->trigger();
    app::HelpWindow* help = window.helpWindow();
    QVERIFY(help->isVisible());
    QCOMPARE(help->currentSection(), QStringLiteral("attention"));
    QVERIFY(help->browser()->document()->toPlainText().contains(u"Attention"));
    // The visible part of the manual is the Attention section, not the top.
    QVERIFY(help->browser()->verticalScrollBar()->value() > 0);
    maybeSave(help, "manual.png");
    window.showPage(6);
    manual->trigger();
    QCOMPARE(help->currentSection(), QStringLiteral("train"));
}

void TestFirstStart::manualCoversEveryPageAndItsPicturesExist() {
    QFile file(QStringLiteral(":/help/manual.html"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(file.readAll());
    app::MainWindow window;
    QStringList sections{QStringLiteral("contents"),  QStringLiteral("first-start"),
                         QStringLiteral("cli"),       QStringLiteral("formats"),
                         QStringLiteral("shortcuts"), QStringLiteral("demo-model")};
    for (const app::Page* page : window.pages())
        sections << app::MainWindow::pageKey(page);
    for (const QString& section : sections)
        QVERIFY2(html.contains(QStringLiteral("name=\"%1\"").arg(section)), qPrintable(section));
    const QRegularExpression image(QStringLiteral("<img src=\"([^\"]+)\""));
    int images = 0;
    for (auto it = image.globalMatch(html); it.hasNext(); ++images) {
        const QString source = it.next().captured(1);
        QVERIFY2(QFile::exists(QStringLiteral(":/help/") + source), qPrintable(source));
    }
    QVERIFY(images >= window.pages().size());
}

void TestFirstStart::aboutNamesVersionLibrariesAndIsa() {
    app::AboutDialog about;
    const QString text = about.text();
    const core::BuildInfo info = core::buildInfo();
    QVERIFY(text.contains(QStringLiteral(BERTLAB_VERSION_FOR_TESTS)));
    for (const char* must : {"GPL-3.0", "Qt", "oneDNN", "Eigen", "libarchive", "OpenMP"})
        QVERIFY2(text.contains(QLatin1String(must)), must);
    QVERIFY(!info.cpuIsa.isEmpty() && text.contains(info.cpuIsa));
    QVERIFY(text.contains(QString::fromLatin1(qVersion())));
    about.show();
    maybeSave(&about, "about.png");
}

void TestFirstStart::demoModelCardShowsTextAndCurves() {
    app::ModelCardDialog card(core::DemoModel::directory());
    QVERIFY(app::ModelCardDialog::hasCard(core::DemoModel::directory()));
    QVERIFY(card.card()->toPlainText().contains(u"WordNet"));
    QVERIFY(card.lossChart()->pointCount(card.lossChart()->seriesNames().value(0)) > 10);
    QVERIFY(card.accuracyChart()->pointCount(card.accuracyChart()->seriesNames().value(1)) > 0);
    card.show();
    maybeSave(&card, "model-card.png");
    QTemporaryDir empty;
    QVERIFY(!app::ModelCardDialog::hasCard(empty.path()));
}

QTEST_MAIN(TestFirstStart)
#include "tst_first_start.moc"
