// The Models page offscreen: its item models under QAbstractItemModelTester, the catalog and its filters, and
// a download from a loopback HTTP server into a temporary store, then open and remove; a failed download
// leaves the store as it was.
#include "../core/archive_support.h"
#include "../core/cli_support.h"
#include "../core/http_test_server.h"
#include "models_page.h"
#include "widgets/catalog_table_model.h"
#include "widgets/download_list_model.h"
#include "widgets/installed_models_model.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace bertlab;

namespace {

QString fixture(const char* name) {
    return QStringLiteral(BERTLAB_FIXTURES "/models/") + QLatin1String(name);
}

// Answers the next modal dialog (the removal confirmation) with Yes.
void acceptNextDialog() {
    QTimer::singleShot(50, [] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Yes)->click();
    });
}

} // namespace

class TestModelsPage final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void itemModels();
    void catalogAndFilters();
    void downloadOpenRemove();
    void failedDownload();
    void cliResumesThePagesDownload();
    void screenshots();

private:
    QTableView* view(app::ModelsPage& page, const char* name) {
        return page.findChild<QTableView*>(QLatin1String(name));
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_store;
    std::unique_ptr<tests::TestServer> m_server;
};

void TestModelsPage::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void TestModelsPage::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = m_dir->path() + QStringLiteral("/store");
    qputenv("BERTLAB_MODEL_STORE", m_store.toUtf8());
    const QString zip = m_dir->path() + QStringLiteral("/tiny_hf.zip");
    QCOMPARE(
        tests::writeArchive(zip, QStringLiteral("zip"), tests::folderItems(fixture("tiny_hf"), "tiny_hf/")),
        QString());
    QFile f(zip);
    QVERIFY(f.open(QIODevice::ReadOnly));
    m_server = std::make_unique<tests::TestServer>();
    m_server->resource("/models/tiny.zip").body = f.readAll();
}

void TestModelsPage::cleanup() {
    m_server.reset();
    m_dir.reset();
    qunsetenv("BERTLAB_MODEL_STORE");
}

void TestModelsPage::itemModels() {
    auto catalog = core::Catalog::builtIn();
    QVERIFY(catalog.ok());
    widgets::CatalogTableModel catalogModel;
    QAbstractItemModelTester t1(&catalogModel, QAbstractItemModelTester::FailureReportingMode::QtTest);
    widgets::CatalogFilterModel filter;
    filter.setSourceModel(&catalogModel);
    QAbstractItemModelTester t2(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    catalogModel.setEntries(catalog->entries());
    catalogModel.setInstalled({QStringLiteral("chinese_base")});
    filter.setLanguage(QStringLiteral("zh"));
    QVERIFY(filter.rowCount() >= 2);
    filter.setText(QStringLiteral("wwm"));
    QCOMPARE(filter.rowCount(), 1);
    filter.setText({});
    filter.setLanguage({});
    filter.setHiddenRange(1, 256);
    QCOMPARE(filter.rowCount(), 12); // the small BERTs of hidden 128 and 256
    filter.sort(widgets::CatalogTableModel::Name);
    // Natural order: "Small BERT L-2/H-256" comes before "Small BERT L-10/H-256".
    const auto rowOf = [&](const QString& name) {
        for (int r = 0; r < filter.rowCount(); ++r)
            if (filter.index(r, widgets::CatalogTableModel::Name).data().toString() == name)
                return r;
        return -1;
    };
    const int l2 = rowOf(QStringLiteral("Small BERT L-2/H-256")),
              l10 = rowOf(QStringLiteral("Small BERT L-10/H-256"));
    QVERIFY(l2 >= 0 && l10 >= 0);
    QVERIFY(l2 < l10);

    widgets::InstalledModelsModel installedModel;
    QAbstractItemModelTester t3(&installedModel, QAbstractItemModelTester::FailureReportingMode::QtTest);
    core::ModelStore store(m_store);
    QVERIFY(store.importPath(fixture("tiny_hf")).ok());
    installedModel.setModels(store.list());
    QCOMPARE(installedModel.rowCount(), 1);
    QCOMPARE(installedModel.index(0, widgets::InstalledModelsModel::Format).data().toString(),
             QStringLiteral("Hugging Face"));
    QVERIFY(installedModel.index(0, widgets::InstalledModelsModel::Shape).data().toString().contains(u"L-3"));
    installedModel.setModels({});

    widgets::DownloadListModel downloads;
    QAbstractItemModelTester t4(&downloads, QAbstractItemModelTester::FailureReportingMode::QtTest);
    downloads.upsert({QStringLiteral("a"), QStringLiteral("A"), {}, core::DownloadState::Queued, {}});
    downloads.upsert({QStringLiteral("b"), QStringLiteral("B"), {}, core::DownloadState::Queued, {}});
    downloads.setProgress(QStringLiteral("a"), {512, 1024, 2048, 1});
    downloads.setState(QStringLiteral("a"), core::DownloadState::Running);
    QCOMPARE(downloads.index(0, widgets::DownloadListModel::Progress)
                 .data(widgets::DownloadListModel::PercentRole)
                 .toInt(),
             50);
    QVERIFY(downloads.index(0, widgets::DownloadListModel::Eta).data().toString().contains(u'1'));
    downloads.remove(QStringLiteral("a"));
    QCOMPARE(downloads.rowCount(), 1);
    QCOMPARE(downloads.rowOf(QStringLiteral("b")), 0);
}

void TestModelsPage::catalogAndFilters() {
    app::Workspace workspace;
    app::ModelsPage page(&workspace);
    QCOMPARE(page.title(), QStringLiteral("Models"));
    QVERIFY(!page.usesSharedText());
    QCOMPARE(page.storeRoot(), m_store);
    QTableView* catalog = view(page, "catalogView");
    QVERIFY(catalog);
    QVERIFY(catalog->model()->rowCount() >= 33);
    const int all = catalog->model()->rowCount();
    auto* text = page.findChild<QLineEdit*>(QStringLiteral("catalogFilter"));
    QVERIFY(text);
    text->setText(QStringLiteral("chinese"));
    QVERIFY(catalog->model()->rowCount() > 0 && catalog->model()->rowCount() < all);
    text->clear();
    const auto combos = page.findChildren<QComboBox*>();
    QCOMPARE(combos.size(), 2);
    QComboBox* language = combos.at(0);
    QVERIFY(language->count() >= 3);
    language->setCurrentIndex(language->findData(QStringLiteral("zh")));
    QVERIFY(catalog->model()->rowCount() >= 2 && catalog->model()->rowCount() < all);
    language->setCurrentIndex(0);
    combos.at(1)->setCurrentIndex(4); // large
    for (int r = 0; r < catalog->model()->rowCount(); ++r)
        QVERIFY(catalog->model()->index(r, 0).data(widgets::CatalogTableModel::HiddenRole).toInt() >= 1024);
    QVERIFY(catalog->model()->rowCount() > 0);
}

void TestModelsPage::downloadOpenRemove() {
    app::Workspace workspace;
    app::ModelsPage page(&workspace);
    page.resize(1200, 800);
    page.show();
    QSignalSpy installed(&page, &app::ModelsPage::modelInstalled);
    // A typo is quoted back; the banner goes once the entry is added.
    QVERIFY(!page.addUserEntry(QStringLiteral("tiny-dl"), QStringLiteral("not a url")));
    QVERIFY2(page.errorText().contains(QStringLiteral("'not a url'")), qPrintable(page.errorText()));
    QVERIFY(page.addUserEntry(QStringLiteral("tiny-dl"), m_server->url("/models/tiny.zip").toString()));
    QVERIFY2(page.errorText().isEmpty() || !page.errorText().contains(QStringLiteral("not a url")),
             qPrintable(page.errorText()));
    auto* downloadButton = page.findChild<QPushButton*>(QStringLiteral("downloadButton"));
    QVERIFY(downloadButton && downloadButton->isEnabled()); // the new entry is selected
    downloadButton->click();
    QTRY_VERIFY_WITH_TIMEOUT(installed.size() == 1, 20000);
    QCOMPARE(installed.first().first().toString(), QStringLiteral("tiny-dl"));
    QVERIFY(page.errorText().isEmpty());
    QTableView* installedView = view(page, "installedView");
    const int row =
        installedView->model()
            ->match(installedView->model()->index(0, 0), Qt::DisplayRole, QStringLiteral("tiny-dl"))
            .value(0)
            .row();
    QVERIFY(row >= 0);
    // Nothing but the model and the user catalog is left in the store.
    QCOMPARE(tests::treeOf(m_store).filter(QStringLiteral(".")).filter(QStringLiteral("/.")), QStringList());
    QVERIFY(!QFileInfo::exists(m_store + QStringLiteral("/.downloads")));
    QTableView* downloads = view(page, "downloadView");
    QCOMPARE(downloads->model()->rowCount(), 1);
    QVERIFY(downloads->model()
                ->index(0, widgets::DownloadListModel::State)
                .data()
                .toString()
                .contains(u"tiny-dl"));

    QSignalSpy open(&page, &app::ModelsPage::openModelRequested);
    installedView->selectRow(row);
    page.findChild<QPushButton*>(QStringLiteral("openButton"))->click();
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().first().toString(), m_store + QStringLiteral("/tiny-dl"));

    acceptNextDialog();
    page.findChild<QPushButton*>(QStringLiteral("removeButton"))->click();
    QVERIFY(!QFileInfo::exists(m_store + QStringLiteral("/tiny-dl")));
    // What is left is the built-in demo model, which can be opened and read about but not removed.
    QCOMPARE(installedView->model()->rowCount(), 1);
    QVERIFY(installedView->model()->index(0, 0).data(widgets::InstalledModelsModel::BuiltInRole).toBool());
    QCOMPARE(installedView->model()->index(0, widgets::InstalledModelsModel::Status).data().toString(),
             QStringLiteral("built in"));
    installedView->selectRow(0);
    QVERIFY(page.findChild<QPushButton*>(QStringLiteral("openButton"))->isEnabled());
    QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("removeButton"))->isEnabled());

    // Import a folder (the same path a drop takes).
    installed.clear();
    page.importPath(fixture("tiny_tf"));
    QTRY_VERIFY_WITH_TIMEOUT(installed.size() == 1, 20000);
    QCOMPARE(installedView->model()->rowCount(), 2);
    // Its row says what happened, with the folder's size: nothing was downloaded.
    const QAbstractItemModel* rows = downloads->model();
    const int last = rows->rowCount() - 1;
    const QString state = rows->index(last, widgets::DownloadListModel::State).data().toString();
    QVERIFY2(state.startsWith(QStringLiteral("installed as")), qPrintable(state));
    const QString size = rows->index(last, widgets::DownloadListModel::Progress).data().toString();
    QVERIFY2(!size.startsWith(u'0') && !state.contains(QStringLiteral("downloaded")), qPrintable(size));
}

void TestModelsPage::failedDownload() {
    app::Workspace workspace;
    app::ModelsPage page(&workspace);
    QVERIFY(core::ModelStore(m_store).importPath(fixture("tiny_hf")).ok());
    QVERIFY(page.addUserEntry(QStringLiteral("gone"), m_server->url("/models/missing.zip").toString()));
    page.refresh();
    const QStringList before = tests::treeOf(m_store);
    QSignalSpy failed(&page, &app::ModelsPage::operationFailed);
    QVERIFY(page.download(QStringLiteral("gone")));
    QTRY_VERIFY_WITH_TIMEOUT(failed.size() == 1, 20000);
    QVERIFY2(page.errorText().contains(u"404"), qPrintable(page.errorText()));
    QTRY_COMPARE_WITH_TIMEOUT(tests::treeOf(m_store), before, 2000);
    // The failed row offers Retry, and Remove takes it off the list.
    QTableView* downloads = view(page, "downloadView");
    QCOMPARE(downloads->model()->rowCount(), 1);
    downloads->selectRow(0);
    auto* remove = page.findChild<QPushButton*>(QStringLiteral("cancelButton"));
    QTRY_COMPARE(remove->text().remove(u'&'), QStringLiteral("Remove"));
    QVERIFY(remove->isEnabled());
    remove->click();
    QCOMPARE(downloads->model()->rowCount(), 0);
    // A user-added entry can be removed again (a built-in one cannot), and it is gone from the saved file.
    QVERIFY(!page.removeUserEntry(QStringLiteral("multi_cased_base")));
    QVERIFY(page.removeUserEntry(QStringLiteral("gone")));
    {
        QFile saved(core::ModelStore(m_store).userCatalogPath());
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(!saved.readAll().contains("missing.zip"));
    }
    QVERIFY(page.errorText().contains(u"no longer in the catalog")); // replaces the earlier error
    // Downloading an installed model is refused up front.
    QVERIFY(page.addUserEntry(QStringLiteral("tiny_hf"), m_server->url("/models/tiny.zip").toString()));
    QVERIFY(!page.download(QStringLiteral("tiny_hf")));
    QVERIFY(page.errorText().contains(u"already installed"));
}

// One installer (core/hub/model_installer): a download paused on the page is resumed by `bertlab-cli models
// download` from the bytes the page left, not started again.
void TestModelsPage::cliResumesThePagesDownload() {
    m_server->resource("/models/tiny.zip").bytesPerSecond = 40000;
    m_server->resource("/models/tiny.zip").etag = "\"v1\""; // a validator makes a partial file resumable
    const qint64 size = m_server->resource("/models/tiny.zip").body.size();
    {
        app::Workspace workspace;
        app::ModelsPage page(&workspace);
        QVERIFY(page.addUserEntry(QStringLiteral("tiny-dl"), m_server->url("/models/tiny.zip").toString()));
        QVERIFY(page.download(QStringLiteral("tiny-dl")));
        const QString part = core::Download::partialPathFor(core::downloadDestination(
            core::ModelStore(m_store), QStringLiteral("tiny-dl"), m_server->url("/models/tiny.zip")));
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(part).size() > size / 10, 20000);
        page.findChild<QPushButton*>(QStringLiteral("pauseButton"))->click();
        QTableView* downloads = view(page, "downloadView");
        QTRY_COMPARE_WITH_TIMEOUT(
            core::DownloadState(
                downloads->model()->index(0, 0).data(widgets::DownloadListModel::StateRole).toInt()),
            core::DownloadState::Paused, 10000);
        QVERIFY(QFileInfo(part).size() > 0 && QFileInfo(part).size() < size);
    }
    m_server->resource("/models/tiny.zip").bytesPerSecond = 0;
    const auto requestsBefore = m_server->requests.size();
    tests::CliOptions options;
    options.keepServing = true;
    const auto run = tests::runCli({QStringLiteral("models"), QStringLiteral("download"),
                                    QStringLiteral("tiny-dl"), QStringLiteral("--store"), m_store},
                                   options);
    QVERIFY2(run.ok(), run.err.constData());
    QCOMPARE(run.json().value(u"id").toString(), QStringLiteral("tiny-dl"));
    QVERIFY(m_server->requests.size() > requestsBefore);
    const QByteArray range = m_server->requests.at(requestsBefore).header("range");
    QVERIFY2(range.startsWith("bytes=") && !range.startsWith("bytes=0-"), range.constData());
    QVERIFY(!QFileInfo::exists(m_store + QStringLiteral("/.downloads")));
}

void TestModelsPage::screenshots() {
    const QString dir = qEnvironmentVariable("BERTLAB_MODELS_SHOTS");
    if (dir.isEmpty())
        QSKIP("set BERTLAB_MODELS_SHOTS=DIR to write screenshots");
    QVERIFY(core::ModelStore(m_store).importPath(fixture("tiny_hf")).ok());
    QVERIFY(core::ModelStore(m_store).importPath(fixture("tiny_tf")).ok());
    for (const bool dark : {false, true}) {
        QPalette palette = QApplication::style()->standardPalette();
        if (dark) {
            palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
            palette.setColor(QPalette::WindowText, Qt::white);
            palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
            palette.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
            palette.setColor(QPalette::Text, Qt::white);
            palette.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
            palette.setColor(QPalette::ButtonText, Qt::white);
            palette.setColor(QPalette::PlaceholderText, QColor(0x99, 0x99, 0x99));
        }
        QApplication::setPalette(palette);
        app::Workspace workspace;
        app::ModelsPage page(&workspace);
        page.resize(1280, 800);
        page.show();
        tests::Resource& slow = m_server->resource("/models/slow.zip");
        slow.body = QByteArray(8 << 20, 'x');
        slow.bytesPerSecond = 2 << 20;
        QVERIFY(page.setMirror(m_server->url("/mirror").toString()));
        if (!dark)
            QVERIFY(
                page.addUserEntry(QStringLiteral("my-model"), m_server->url("/models/slow.zip").toString()));
        QVERIFY(page.download(QStringLiteral("my-model"))); // transferring while the picture is taken
        QTest::qWait(1200);
        QVERIFY(page.grab().save(
            dir + (dark ? QStringLiteral("/models_dark.png") : QStringLiteral("/models_light.png"))));
    }
}

QTEST_MAIN(TestModelsPage)
#include "tst_models_page.moc"
