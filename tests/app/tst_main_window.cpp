// The main window opens model folders off the UI thread, shows their summary, remembers them, and reports
// a broken folder inline.
#include "../core/fixture_support.h"

#include "main_window.h"
#include "widgets/message_bar.h"
#include "widgets/model_summary_view.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace bertlab;

class TestMainWindow final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void opensCheckpointFolder();
    void reportsBrokenFolder();
};

void TestMainWindow::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BertLabTest"));
    QSettings().clear();
}

void TestMainWindow::opensCheckpointFolder() {
    app::MainWindow window;
    window.show();
    QSignalSpy loaded(&window, &app::MainWindow::modelLoaded);
    const QString folder = tests::fixturePath(QStringLiteral("models/tiny_tf"));
    window.openModel(folder);
    QVERIFY(loaded.wait(20000));
    auto* summary = window.findChild<widgets::ModelSummaryView*>();
    QVERIFY(summary);
    QCOMPARE(summary->fieldText(QStringLiteral("format")), QStringLiteral("TF checkpoint"));
    QCOMPARE(summary->fieldText(QStringLiteral("layers")), QStringLiteral("3"));
    QVERIFY(summary->fieldText(QStringLiteral("outputs")).contains(QStringLiteral("masked LM")));
    QCOMPARE(QSettings().value(QStringLiteral("models/recent")).toStringList().value(0), folder);
}

void TestMainWindow::reportsBrokenFolder() {
    app::MainWindow window;
    window.show();
    QSignalSpy failed(&window, &app::MainWindow::modelFailed);
    window.openModel(QStringLiteral("/nonexistent/folder"));
    QVERIFY(failed.wait(20000));
    auto* bar = window.findChild<widgets::MessageBar*>();
    QVERIFY(bar && bar->isVisible());
    QVERIFY(bar->text().contains(QStringLiteral("/nonexistent/folder")));
    QVERIFY(!window.model());
}

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
