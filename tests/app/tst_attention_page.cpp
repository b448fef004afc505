// The attention page against the CLI: its grid has a cell per layer and head, its large view shows exactly
// what `bertlab-cli attention` prints, and its exports are files other tools can read.
#include "../core/cli_support.h"
#include "../core/fixture_support.h"

#include "attention_page.h"
#include "palette.h"
#include "widgets/attention_grid.h"
#include "widgets/attention_heatmap.h"
#include "widgets/head_view.h"
#include "workspace.h"

#include <QImage>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <cmath>

using namespace bertlab;

namespace {

const QString kText = QStringLiteral("The quick brown fox [MASK] over the lazy dog.");

QString tinyHf() {
    return tests::fixturePath(QStringLiteral("models/tiny_hf"));
}

QJsonObject cliAttention(const QStringList& texts) {
    return tests::runCli(QStringList{QStringLiteral("attention"), QStringLiteral("--model"), tinyHf(),
                                     QStringLiteral("--")} +
                         texts)
        .json();
}

// A page showing tiny_hf's attention for `first` (and `second`), results in.
struct Fixture {
    app::Workspace workspace;
    app::AttentionPage page{&workspace};

    bool load(const QString& first, const QString& second = {}) {
        auto bundle = core::ModelBundle::load(tinyHf());
        if (!bundle.ok())
            return false;
        page.resize(1100, 800);
        page.show();
        workspace.setModel(bundle.value());
        workspace.setText(first, second);
        return QTest::qWaitFor([&] { return !page.isBusy() && page.maps().layerCount() > 0; }, 30000);
    }
};

bool readsAsXml(const QByteArray& bytes, QString* error) {
    QXmlStreamReader xml(bytes);
    int elements = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement)
            ++elements;
    }
    *error = xml.errorString();
    return !xml.hasError() && elements > 1;
}

} // namespace

class TestAttentionPage final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void noModelShowsNotice();
    void gridHasLayersTimesHeads();
    void largeViewMatchesCli();
    void longTextFitsAndZooms();
    void optionsChangeTheLargeView();
    void pairBlocks();
    void exports();
    void cliExportEqualsPageExport_data();
    void cliExportEqualsPageExport();
    void screenshots();
};

void TestAttentionPage::noModelShowsNotice() {
    app::Workspace workspace;
    app::AttentionPage page(&workspace);
    page.show();
    workspace.setText(kText, {});
    QVERIFY(!page.notice().isEmpty());
    QVERIFY(page.notice().contains(QStringLiteral("model")));
    QVERIFY(!page.isBusy());
}

void TestAttentionPage::gridHasLayersTimesHeads() {
    Fixture f;
    QVERIFY(f.load(kText));
    QVERIFY(f.page.notice().isEmpty());
    auto* grid = f.page.grid();
    QCOMPARE(grid->layerCount(), 3);
    QCOMPARE(grid->headCount(), 4);
    // Clicking a thumbnail opens it large.
    f.page.setCurrentView(app::AttentionPage::View::Grid);
    QTRY_VERIFY(grid->isVisible());
    QTest::mouseClick(grid, Qt::LeftButton, {}, grid->cellRect(2, 1).center());
    QCOMPARE(f.page.currentView(), app::AttentionPage::View::Large);
    QCOMPARE(f.page.layer(), 2);
    QCOMPARE(f.page.head(), 1);
    QCOMPARE(grid->currentLayer(), 2);
    QCOMPARE(grid->currentHead(), 1);
    QCOMPARE(f.page.heatmap()->matrix().values, grid->matrix(2, 1).values);
    // The head view has one set of lines per switched-on head.
    QCOMPARE(f.page.headView()->headCount(), 4);
    f.page.setHeadEnabled(0, false);
    QCOMPARE(f.page.headView()->headCount(), 3);
}

void TestAttentionPage::largeViewMatchesCli() {
    Fixture f;
    QVERIFY(f.load(kText));
    const QJsonObject cli = cliAttention({kText});
    const QStringList tokens = tests::stringsFromJson(cli.value(u"tokens"));
    QVERIFY(!tokens.isEmpty());
    const QJsonArray attention = cli.value(u"attention").toArray();
    QCOMPARE(attention.size(), 3);
    f.page.setCurrentView(app::AttentionPage::View::Large);
    for (int l = 0; l < 3; ++l) {
        for (int h = 0; h < 4; ++h) {
            f.page.setLayer(l);
            f.page.setHead(h);
            const core::AttentionMatrix& shown = f.page.heatmap()->matrix();
            QCOMPARE(shown.rowLabels, tokens);
            QCOMPARE(shown.columnLabels, tokens);
            const QJsonArray expected = attention.at(l).toArray().at(h).toArray();
            QCOMPARE(shown.rows, int(expected.size()));
            for (int q = 0; q < shown.rows; ++q) {
                const QJsonArray row = expected.at(q).toArray();
                QCOMPARE(shown.cols, int(row.size()));
                for (int k = 0; k < shown.cols; ++k) {
                    const double diff = std::abs(double(shown.at(q, k)) - row.at(k).toDouble());
                    QVERIFY2(diff <= 1e-6, qPrintable(QStringLiteral("L%1 H%2 [%3,%4] differs by %5")
                                                          .arg(l)
                                                          .arg(h)
                                                          .arg(q)
                                                          .arg(k)
                                                          .arg(diff)));
                }
            }
        }
    }
    // The hover text names the tokens and the weight.
    const QString text = f.page.heatmap()->cellText(1, 2);
    QVERIFY(text.startsWith(tokens[1] + QStringLiteral(" → ") + tokens[2] + QStringLiteral(": ")));
}

void TestAttentionPage::optionsChangeTheLargeView() {
    Fixture f;
    QVERIFY(f.load(QStringLiteral("Unaffable playing")));
    const int tokenCount = int(f.page.maps().encoding.tokens.size());
    core::AttentionViewOptions options;
    options.hideSpecials = true;
    f.page.setOptions(options);
    QCOMPARE(f.page.heatmap()->matrix().rows, tokenCount - 2);
    QVERIFY(!f.page.heatmap()->matrix().rowLabels.contains(QStringLiteral("[CLS]")));
    options.meanOverHeads = true;
    f.page.setOptions(options);
    f.page.setLayer(1);
    core::AttentionMatrix expected;
    {
        std::vector<core::AttentionMatrix> heads;
        for (int h = 0; h < 4; ++h)
            heads.push_back(core::headMatrix(f.page.maps(), 1, h));
        expected = core::shownAttention(heads, 0, f.page.maps().encoding.segments, options);
    }
    QCOMPARE(f.page.heatmap()->matrix().values, expected.values);
    // A single text has no B block: the choice is off and everything is shown.
    options.block = core::AttentionBlock::FirstToSecond;
    f.page.setOptions(options);
    QCOMPARE(f.page.options().block, core::AttentionBlock::All);
    QCOMPARE(f.page.heatmap()->matrix().rows, tokenCount - 2);
}

void TestAttentionPage::pairBlocks() {
    Fixture f;
    QVERIFY(f.load(QStringLiteral("Where is the station?"), QStringLiteral("It is near the old bridge.")));
    const auto& segments = f.page.maps().encoding.segments;
    const int a = int(std::count(segments.begin(), segments.end(), 0));
    const int b = int(std::count(segments.begin(), segments.end(), 1));
    core::AttentionViewOptions options;
    options.block = core::AttentionBlock::FirstToSecond;
    f.page.setOptions(options);
    QCOMPARE(f.page.options().block, core::AttentionBlock::FirstToSecond);
    QCOMPARE(f.page.heatmap()->matrix().rows, a);
    QCOMPARE(f.page.heatmap()->matrix().cols, b);
    options.block = core::AttentionBlock::SecondToFirst;
    f.page.setOptions(options);
    QCOMPARE(f.page.heatmap()->matrix().rows, b);
    QCOMPARE(f.page.heatmap()->matrix().cols, a);
}

// `bertlab-cli attention --format csv` with the page's options writes the bytes the page's Export CSV writes:
// both run core::attentionView and core::attentionCsv.
void TestAttentionPage::cliExportEqualsPageExport_data() {
    QTest::addColumn<QString>("second");
    QTest::addColumn<int>("layer");
    QTest::addColumn<int>("head");
    QTest::addColumn<bool>("mean");
    QTest::addColumn<bool>("hide");
    QTest::addColumn<bool>("merge");
    QTest::addColumn<int>("block");
    QTest::addColumn<QStringList>("cliOptions");
    QTest::newRow("one head") << QString() << 1 << 2 << false << false << false << 0
                              << QStringList{QStringLiteral("--layer"), QStringLiteral("2"),
                                             QStringLiteral("--head"), QStringLiteral("3")};
    QTest::newRow("hidden specials, merged pieces")
        << QString() << 0 << 0 << false << true << true << 0
        << QStringList{QStringLiteral("--layer"), QStringLiteral("1"), QStringLiteral("--hide-specials"),
                       QStringLiteral("--merge-pieces")};
    QTest::newRow("mean of heads 1 and 3")
        << QString() << 2 << 0 << true << false << false << 0
        << QStringList{QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--mean"),
                       QStringLiteral("--heads"), QStringLiteral("1,3")};
    QTest::newRow("pair, A to B") << QStringLiteral("It was playing, \"unaffably\".") << 2 << 1 << false
                                  << false << true << 1
                                  << QStringList{QStringLiteral("--head"), QStringLiteral("2"),
                                                 QStringLiteral("--merge-pieces"), QStringLiteral("--block"),
                                                 QStringLiteral("ab")};
}

void TestAttentionPage::cliExportEqualsPageExport() {
    QFETCH(QString, second);
    QFETCH(int, layer);
    QFETCH(int, head);
    QFETCH(bool, mean);
    QFETCH(bool, hide);
    QFETCH(bool, merge);
    QFETCH(int, block);
    QFETCH(QStringList, cliOptions);
    Fixture f;
    QVERIFY(f.load(kText, second));
    core::AttentionViewOptions options;
    options.meanOverHeads = mean;
    options.hideSpecials = hide;
    options.mergeWordPieces = merge;
    options.block = core::AttentionBlock(block);
    f.page.setOptions(options);
    f.page.setLayer(layer);
    f.page.setHead(head);
    if (mean) { // heads 1 and 3 switched on
        for (int h = 0; h < f.page.maps().headCount(); ++h)
            f.page.setHeadEnabled(h, h == 0 || h == 2);
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("page.csv"));
    QVERIFY(f.page.exportCsv(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray fromPage = file.readAll();
    QStringList args{QStringLiteral("attention"), QStringLiteral("--model"), tinyHf(),
                     QStringLiteral("--format"), QStringLiteral("csv")};
    args << cliOptions << QStringLiteral("--") << kText;
    if (!second.isEmpty())
        args << second;
    const auto run = tests::runCli(args);
    QVERIFY2(run.ok(), run.err.constData());
    QCOMPARE(run.out, fromPage);
    QVERIFY(fromPage.count('\n') > 2);
}

void TestAttentionPage::exports() {
    Fixture f;
    QVERIFY(f.load(kText));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    f.page.setLayer(1);
    f.page.setHead(3);

    const auto views = {app::AttentionPage::View::Grid, app::AttentionPage::View::Large,
                        app::AttentionPage::View::Heads};
    int n = 0;
    for (auto view : views) {
        f.page.setCurrentView(view);
        const QString png = dir.filePath(QStringLiteral("view%1.png").arg(n));
        const QString svg = dir.filePath(QStringLiteral("view%1.svg").arg(n));
        ++n;
        QVERIFY(f.page.exportPng(png));
        QImage image;
        QVERIFY(image.load(png));
        QVERIFY(image.width() > 100 && image.height() > 100);
        // Titled with what it shows and the text; the canvas around the drawing is cropped: the last row
        // and column hold some of the drawing's colour within a margin, not a wide empty band.
        QVERIFY(f.page.exportTitle().size() == 2);
        QVERIFY(f.page.exportTitle().at(1).contains(f.workspace.first()));
        if (const QString dir2 = qEnvironmentVariable("BERTLAB_SCREENSHOT_DIR"); !dir2.isEmpty())
            image.save(QDir(dir2).filePath(QStringLiteral("attention_export%1.png").arg(n)));
        QVERIFY(f.page.exportSvg(svg));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString error;
        QVERIFY2(readsAsXml(file.readAll(), &error), qPrintable(error));
    }

    const QString csvPath = dir.filePath(QStringLiteral("matrix.csv"));
    // One head alone in the mean, in one step (Ctrl+click or a head's menu): the CSV's corner says which.
    {
        core::AttentionViewOptions mean = f.page.options();
        mean.meanOverHeads = true;
        f.page.setOptions(mean);
        f.page.soloHead(1);
        QVERIFY(f.page.exportCsv(csvPath));
        QFile solo(csvPath);
        QVERIFY(solo.open(QIODevice::ReadOnly));
        QVERIFY2(solo.readLine().contains(" mean of H2 ("), "the mean of the one head switched on");
        mean.meanOverHeads = false;
        f.page.setOptions(mean);
        for (int h = 0; h < f.page.maps().headCount(); ++h)
            f.page.setHeadEnabled(h, true);
    }
    QVERIFY(f.page.exportCsv(csvPath));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = csv.readAll().split('\n');
    QCOMPARE(lines.takeLast(), QByteArray()); // ends with a newline
    const core::AttentionMatrix& shown = f.page.heatmap()->matrix();
    QCOMPARE(lines.size(), shown.rows + 1);
    // The example text has no commas or quotes, so a plain split reads every field.
    const QList<QByteArray> header = lines.takeFirst().split(',');
    QCOMPARE(header.size(), shown.cols + 1);
    // The corner says which layer and head; labels are "position:token".
    QVERIFY2(header.first().startsWith("L") && header.first().contains("(rows: queries; columns: keys)"),
             header.first().constData());
    for (int c = 0; c < shown.cols; ++c)
        QCOMPARE(QString::fromUtf8(header[c + 1]).section(u':', 1), shown.columnLabels[c]);
    for (int r = 0; r < shown.rows; ++r) {
        const QList<QByteArray> fields = lines[r].split(',');
        QCOMPARE(fields.size(), shown.cols + 1);
        QCOMPARE(QString::fromUtf8(fields[0]).section(u':', 1), shown.rowLabels[r]);
        for (int c = 0; c < shown.cols; ++c) {
            bool ok = false;
            QCOMPARE(fields[c + 1].toFloat(&ok), shown.at(r, c)); // 9 significant digits round-trip a float
            QVERIFY(ok);
        }
    }

    // A path that cannot be written fails cleanly with a message.
    QSignalSpy messages(&f.page, &app::Page::messageRequested);
    QVERIFY(!f.page.exportCsv(QStringLiteral("/nonexistent/folder/x.csv")));
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().at(1).toBool(), true);
}

// With BERTLAB_SCREENSHOTS=DIR set, saves the page's three views (single text and pair) for a human to look
// at.
void TestAttentionPage::screenshots() {
    const QString dir = qEnvironmentVariable("BERTLAB_SCREENSHOTS");
    if (dir.isEmpty())
        QSKIP("set BERTLAB_SCREENSHOTS=DIR to save screenshots");
    for (int pair = 0; pair < 3; ++pair) {
        Fixture f;
        if (pair == 2) { // a dark palette, with the token options on
            const QPalette dark = app::darkPalette();
            f.page.setPalette(dark);
        }
        QVERIFY(pair == 1
                    ? f.load(QStringLiteral("Where is the station?"),
                             QStringLiteral("It is near the old bridge."))
                    : f.load(pair == 2 ? QStringLiteral("Unaffable players were playing chess.") : kText));
        if (pair == 2) {
            core::AttentionViewOptions options;
            options.hideSpecials = true;
            options.mergeWordPieces = true;
            f.page.setOptions(options);
        }
        f.page.setLayer(1);
        f.page.setHead(2);
        for (int v = 0; v < 3; ++v) {
            f.page.setCurrentView(app::AttentionPage::View(v));
            QTest::qWait(50);
            QVERIFY(f.page.grab().save(QStringLiteral("%1/attention-%2-%3.png").arg(dir).arg(pair).arg(v)));
        }
    }
}

// A 510-token matrix fits the large view with its legend (cells of a few pixels, every k-th label); zooming
// in makes cells larger than the view (the scroll area scrolls), 0 fits again; another head keeps the zoom.
void TestAttentionPage::longTextFitsAndZooms() {
    core::AttentionMatrix m;
    m.rows = m.cols = 510;
    for (int i = 0; i < 510; ++i)
        m.rowLabels << QStringLiteral("tok%1").arg(i);
    m.columnLabels = m.rowLabels;
    m.values.assign(std::size_t(510) * 510, 1.0f / 510);
    widgets::AttentionHeatmap heatmap;
    heatmap.resize(900, 800);
    heatmap.setMatrix(m);
    heatmap.show();
    QVERIFY(QTest::qWaitForWindowExposed(&heatmap));
    QVERIFY(heatmap.cellSize() >= 1 && heatmap.cellSize() < heatmap.fontMetrics().height());
    QVERIFY(heatmap.cellRect(509, 509).right() < heatmap.width()); // every cell in view
    QVERIFY(heatmap.minimumSizeHint().width() <= heatmap.width());
    QCOMPARE(heatmap.cellText(509, 0), QStringLiteral("tok509 → tok0: 0.0020"));
    if (const QString dir = qEnvironmentVariable("BERTLAB_SCREENSHOT_DIR"); !dir.isEmpty())
        heatmap.grab().save(QDir(dir).filePath(QStringLiteral("attention_510.png")));
    const int fitted = heatmap.cellSize();
    heatmap.zoomBy(4);
    QVERIFY(heatmap.zoomCell() > fitted);
    QVERIFY(heatmap.minimumSizeHint().width() > 900); // larger than the view: the scroll area scrolls
    heatmap.setMatrix(m);                             // another head of the same text
    QVERIFY(heatmap.zoomCell() > fitted);
    QTest::keyClick(&heatmap, Qt::Key_0);
    QCOMPARE(heatmap.zoomCell(), 0);
    m.rows = m.cols = 12; // another text fits first
    m.values.resize(144);
    m.rowLabels = m.columnLabels = m.rowLabels.mid(0, 12);
    heatmap.zoomBy(2);
    heatmap.setMatrix(m);
    QCOMPARE(heatmap.zoomCell(), 0);
}

QTEST_MAIN(TestAttentionPage)
#include "tst_attention_page.moc"
