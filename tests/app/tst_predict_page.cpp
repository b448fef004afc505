// The Predict page shows exactly what `bertlab-cli predict` computes (same engine call), writes a picked
// candidate into the right [MASK] of the workspace text, and says so plainly when the model cannot predict.
#include "../core/cli_support.h"
#include "../core/fixture_support.h"

#include "palette.h"
#include "predict_page.h"
#include "widgets/candidate_list.h"
#include "widgets/probability_gauge.h"
#include "widgets/text_pair_editor.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace bertlab;

namespace {

QString modelPath(const char* name) {
    return tests::fixturePath(QStringLiteral("models/") + QLatin1String(name));
}

QJsonObject cliPredict(const char* model, int k, const QString& first, const QString& second) {
    QStringList args{QStringLiteral("predict"),
                     QStringLiteral("--model"),
                     modelPath(model),
                     QStringLiteral("--top-k"),
                     QString::number(k),
                     QStringLiteral("--"),
                     first};
    if (!second.isNull())
        args << second;
    const tests::CliRun run = tests::runCli(args);
    if (!run.ok())
        qWarning("%s", run.err.constData());
    return run.json();
}

std::shared_ptr<const core::ModelBundle> loadBundle(const char* name) {
    auto bundle = core::ModelBundle::load(modelPath(name));
    if (!bundle)
        qFatal("%s", qPrintable(bundle.errorString()));
    return *bundle;
}

// Runs `change` and waits until the page shows the prediction for the new inputs.
bool changeAndWait(app::PredictPage& page, const std::function<void()>& change) {
    QSignalSpy shown(&page, &app::PredictPage::predictionsShown);
    change();
    if (shown.isEmpty() && !shown.wait(30000))
        return false;
    return !page.isBusy() || QTest::qWaitFor([&] { return !page.isBusy(); }, 30000);
}

// The n-th (0-based) "[MASK]" of `text` replaced by `word`.
QString replaceNthMask(QString text, int n, const QString& word) {
    int at = -1;
    for (int i = 0; i <= n; ++i)
        at = text.indexOf(QLatin1String("[MASK]"), at + 1);
    return text.replace(at, 6, word);
}

void saveShot(QWidget& widget, const QString& name) {
    const QString dir = qEnvironmentVariable("BERTLAB_PREDICT_SHOTS");
    if (dir.isEmpty())
        return;
    QTest::qWait(100); // let pending layout requests settle, as a real event loop would
    widget.grab().save(QDir(dir).filePath(name));
    // And in a dark palette, to check that everything stays readable there.
    const QPalette light = widget.palette();
    const QPalette dark = app::darkPalette();
    widget.setPalette(dark);
    QTest::qWait(20);
    widget.grab().save(QDir(dir).filePath(QStringLiteral("dark_") + name));
    widget.setPalette(light);
}

} // namespace

class TestPredictPage final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void matchesCli_data();
    void matchesCli();
    void pairWithoutMaskShowsNsp();
    void topKSpinBox();
    void clickPutsCandidateInText();
    void clickInSecondTextAfterAstralCharacters();
    void pieceGluesToPreviousWord();
    void enterPutsCandidateInText();
    void staleResultDoesNotWrite();
    void hintWithoutMask();
    void noMlmHead();
    void catchesUpWhenShown();
    void maskButton();
    void maskKeepsTheSpacesAroundTheWord();
    void candidateModel();
    void gauge();

private:
    std::shared_ptr<const core::ModelBundle> m_tiny, m_tanh;
    app::Workspace* m_workspace = nullptr;
    app::PredictPage* m_page = nullptr;
};

void TestPredictPage::initTestCase() {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // "37.2 %", not "37,2 %"
    m_tiny = loadBundle("tiny_hf");
    m_tanh = loadBundle("tiny_hf_tanh");
}

void TestPredictPage::init() {
    m_workspace = new app::Workspace;
    m_workspace->setModel(m_tiny);
    m_page = new app::PredictPage(m_workspace);
    m_page->resize(720, 900);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), 30000); // the empty text's run from showing the page
}

void TestPredictPage::cleanup() {
    delete m_page;
    delete m_workspace;
    m_page = nullptr;
    m_workspace = nullptr;
}

void TestPredictPage::matchesCli_data() {
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<int>("k");
    QTest::addColumn<QString>("shot");
    QTest::newRow("one mask") << QStringLiteral("The quick brown fox [MASK] over the lazy dog.") << QString()
                              << 5 << QStringLiteral("predict_single.png");
    QTest::newRow("two masks, k 8") << QStringLiteral(
                                           "Paris is the [MASK] of France, and [MASK] is its river.")
                                    << QString() << 8 << QStringLiteral("predict_two.png");
    QTest::newRow("pair") << QStringLiteral("Where is the [MASK]?")
                          << QStringLiteral("It is near the old bridge.") << 5
                          << QStringLiteral("predict_pair.png");
    QTest::newRow("pair, masks in both") << QStringLiteral("Where is the [MASK]?")
                                         << QStringLiteral("It is [MASK] the old bridge.") << 3 << QString();
}

void TestPredictPage::matchesCli() {
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(int, k);
    QFETCH(QString, shot);
    if (m_page->topK() != k)
        QVERIFY(changeAndWait(*m_page, [&] { m_page->setTopK(k); }));
    QVERIFY(changeAndWait(*m_page, [&] { m_workspace->setText(first, second); }));
    const QJsonObject expected = cliPredict("tiny_hf", k, first, second);
    QVERIFY(!expected.isEmpty());

    const QJsonArray masks = expected.value(u"masks").toArray();
    QCOMPARE(m_page->maskCount(), int(masks.size()));
    for (int m = 0; m < masks.size(); ++m) {
        const QJsonArray candidates = masks.at(m).toObject().value(u"candidates").toArray();
        widgets::CandidateListModel* model = m_page->candidateModel(m);
        QVERIFY(model);
        QCOMPARE(model->rowCount(), int(candidates.size()));
        QCOMPARE(model->rowCount(), k);
        for (int row = 0; row < model->rowCount(); ++row) {
            const QJsonObject c = candidates.at(row).toObject();
            const QModelIndex index = model->index(row, 0);
            QCOMPARE(index.data(widgets::CandidateListModel::TokenRole).toString(),
                     c.value(u"token").toString());
            QCOMPARE(index.data(widgets::CandidateListModel::IdRole).toInt(), c.value(u"id").toInt());
            const double p = index.data(widgets::CandidateListModel::ProbabilityRole).toDouble();
            QVERIFY2(std::abs(p - c.value(u"probability").toDouble()) <= 1e-6,
                     qPrintable(QStringLiteral("mask %1 row %2: %3").arg(m).arg(row).arg(p)));
        }
    }

    auto* gauge = m_page->nspGauge();
    if (second.isNull()) {
        QVERIFY(!gauge->isVisible());
    } else {
        QVERIFY(gauge->isVisible());
        const double expectedNsp = expected.value(u"nsp").toArray().at(0).toDouble();
        QVERIFY2(std::abs(gauge->value() - expectedNsp) <= 1e-6, qPrintable(QString::number(gauge->value())));
        QVERIFY(gauge->text().endsWith(QStringLiteral("%")));
    }
    if (masks.isEmpty())
        QVERIFY(m_page->noticeText().contains(QStringLiteral("[MASK]")));
    else
        QVERIFY(m_page->noticeText().isEmpty());
    if (!shot.isEmpty())
        saveShot(*m_page, shot);
}

void TestPredictPage::pairWithoutMaskShowsNsp() {
    const QString first = QStringLiteral("Where is the station?");
    const QString second = QStringLiteral("It is near the old bridge.");
    QVERIFY(changeAndWait(*m_page, [&] { m_workspace->setText(first, second); }));
    QCOMPARE(m_page->maskCount(), 0);
    QVERIFY(m_page->noticeText().contains(QStringLiteral("[MASK]")));
    auto* gauge = m_page->nspGauge();
    QVERIFY(gauge->isVisible());
    QVERIFY(gauge->value() > 0.0 && gauge->value() < 1.0);
    saveShot(*m_page, QStringLiteral("predict_pair_nomask.png"));
    const QJsonObject expected = cliPredict("tiny_hf", 5, first, second);
    QVERIFY(!expected.isEmpty());
    QVERIFY(std::abs(gauge->value() - expected.value(u"nsp").toArray().at(0).toDouble()) <= 1e-6);
}

void TestPredictPage::topKSpinBox() {
    QVERIFY(changeAndWait(*m_page, [&] { m_workspace->setText(QStringLiteral("a [MASK] b"), QString()); }));
    QCOMPARE(m_page->topK(), 5);
    QCOMPARE(m_page->candidateModel(0)->rowCount(), 5);
    auto* spin = m_page->findChild<QSpinBox*>();
    QVERIFY(spin);
    QCOMPARE(spin->minimum(), 1);
    QCOMPARE(spin->maximum(), 50);
    QVERIFY(changeAndWait(*m_page, [&] { spin->setValue(12); }));
    QCOMPARE(m_page->candidateModel(0)->rowCount(), 12);
}

void TestPredictPage::clickPutsCandidateInText() {
    const QString text = QStringLiteral("The [MASK] sat on the [MASK] mat.");
    QVERIFY(changeAndWait(*m_page, [&] { m_workspace->setText(text, QString()); }));
    QCOMPARE(m_page->maskCount(), 2);
    // Pick the second mask's third candidate (a whole word, not a ## piece, so no gluing).
    widgets::CandidateList* list = m_page->candidateList(1);
    widgets::CandidateListModel* model = m_page->candidateModel(1);
    int row = 0;
    while (model->candidates()[std::size_t(row)].token.startsWith(QLatin1String("##")))
        ++row;
    const QString word = model->candidates()[std::size_t(row)].token;
    const QRect rect = list->visualRect(model->index(row, 0));
    QVERIFY(rect.isValid());
    QVERIFY(changeAndWait(*m_page,
                          [&] { QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center()); }));
    QCOMPARE(m_workspace->first(), replaceNthMask(text, 1, word));
    QVERIFY(m_workspace->second().isNull());
    QCOMPARE(m_page->maskCount(), 1); // the other [MASK] is still there and predicted again
}

void TestPredictPage::clickInSecondTextAfterAstralCharacters() {
    // 😀 and 𝄞 are two UTF-16 units each but one code point: offsets must be converted, not used as indices.
    const QString first = QStringLiteral("😀 Where is the [MASK]?");
    const QString second = QStringLiteral("𝄞𝄞 It is [MASK] the 😀 old [MASK].");
    QVERIFY(changeAndWait(*m_page, [&] { m_workspace->setText(first, second); }));
    QCOMPARE(m_page->maskCount(), 3);
    widgets::CandidateListModel* model = m_page->candidateModel(2);
    int row = 0;
    while (model->candidates()[std::size_t(row)].token.startsWith(QLatin1String("##")))
        ++row;
    const QString word = model->candidates()[std::size_t(row)].token;
    QVERIFY(changeAndWait(*m_page, [&] { m_page->applyCandidate(2, row); }));
    QCOMPARE(m_workspace->first(), first);
    QCOMPARE(m_workspace->second(), replaceNthMask(second, 1, word));

    // Now a mask of the first text (whose emoji became one [UNK]).
    QCOMPARE(m_page->maskCount(), 2);
    model = m_page->candidateModel(0);
    row = 0;
    while (model->candidates()[std::size_t(row)].token.startsWith(QLatin1String("##")))
        ++row;
    const QString word0 = model->candidates()[std::size_t(row)].token;
    const QString secondNow = m_workspace->second();
    QVERIFY(changeAndWait(*m_page, [&] { m_page->applyCandidate(0, row); }));
    QCOMPARE(m_workspace->first(), replaceNthMask(first, 0, word0));
    QCOMPARE(m_workspace->second(), secondNow);
}

void TestPredictPage::pieceGluesToPreviousWord() {
    const QString text = QStringLiteral("The quick brown fox [MASK] over the lazy dog.");
    QVERIFY(changeAndWait(*m_page, [&] { m_page->setTopK(50); }));
    QVERIFY(changeAndWait(*m_page, [&] { m_workspace->setText(text, QString()); }));
    widgets::CandidateListModel* model = m_page->candidateModel(0);
    QVERIFY(model);
    int row = -1;
    for (int r = 0; r < model->rowCount() && row < 0; ++r) {
        if (model->candidates()[std::size_t(r)].token.startsWith(QLatin1String("##")))
            row = r;
    }
    if (row < 0)
        QSKIP("no ## piece among the fixture model's candidates");
    const QString piece = model->candidates()[std::size_t(row)].token.mid(2);
    widgets::CandidateList* list = m_page->candidateList(0);
    QVERIFY(changeAndWait(*m_page, [&] {
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualRect(model->index(row, 0)).center());
    }));
    QCOMPARE(m_workspace->first(),
             QStringLiteral("The quick brown fox") + piece + QStringLiteral(" over the lazy dog."));
}

void TestPredictPage::enterPutsCandidateInText() {
    const QString text = QStringLiteral("I like [MASK] very much.");
    QVERIFY(changeAndWait(*m_page, [&] { m_workspace->setText(text, QString()); }));
    widgets::CandidateList* list = m_page->candidateList(0);
    widgets::CandidateListModel* model = m_page->candidateModel(0);
    int row = 1;
    while (model->candidates()[std::size_t(row)].token.startsWith(QLatin1String("##")))
        ++row;
    const QString word = model->candidates()[std::size_t(row)].token;
    list->setFocus();
    list->setCurrentIndex(model->index(row, 0));
    QVERIFY(changeAndWait(*m_page, [&] { QTest::keyClick(list, Qt::Key_Return); }));
    QCOMPARE(m_workspace->first(), replaceNthMask(text, 0, word));
}

void TestPredictPage::staleResultDoesNotWrite() {
    QVERIFY(changeAndWait(*m_page, [&] { m_workspace->setText(QStringLiteral("a [MASK] b"), QString()); }));
    // Hidden, the page keeps showing the old candidates while the text changes under it (a visible page may
    // already have the new answer by the time setText returns, so hiding makes the stale window certain).
    m_page->hide();
    const QString newer = QStringLiteral("something else [MASK] entirely");
    m_workspace->setText(newer, QString());
    QCOMPARE(m_page->maskCount(), 1);
    m_page->applyCandidate(0, 0); // candidates on screen are for the old text: must not touch the new one
    QCOMPARE(m_workspace->first(), newer);
    QVERIFY(changeAndWait(*m_page, [&] { m_page->show(); }));
    QVERIFY(changeAndWait(*m_page, [&] { m_page->applyCandidate(0, 0); })); // now it is current
    QVERIFY(!m_workspace->first().contains(QLatin1String("[MASK]")));
}

void TestPredictPage::hintWithoutMask() {
    QVERIFY(
        changeAndWait(*m_page, [&] { m_workspace->setText(QStringLiteral("No masks here."), QString()); }));
    QCOMPARE(m_page->maskCount(), 0);
    QVERIFY(m_page->noticeText().contains(QStringLiteral("[MASK]")));
    QVERIFY(m_page->noticeText().contains(QStringLiteral("Ctrl+M")));
    QVERIFY(!m_page->nspGauge()->isVisible());
    saveShot(*m_page, QStringLiteral("predict_hint.png"));
}

void TestPredictPage::noMlmHead() {
    QVERIFY(changeAndWait(*m_page, [&] { m_workspace->setText(QStringLiteral("a [MASK] b"), QString()); }));
    QCOMPARE(m_page->maskCount(), 1);
    QVERIFY(changeAndWait(*m_page, [&] { m_workspace->setModel(m_tanh); }));
    QVERIFY(!m_page->isPredictionAvailable());
    QCOMPARE(m_page->maskCount(), 0);
    QVERIFY2(m_page->noticeText().contains(QStringLiteral("no masked-language-model (MLM) head")),
             qPrintable(m_page->noticeText()));
    QVERIFY(!m_page->nspGauge()->isVisible());
    for (auto* button : m_page->findChildren<QPushButton*>())
        QVERIFY(!button->isEnabled());
    QVERIFY(!m_page->findChild<QSpinBox*>()->isEnabled());
    // Editing the text with such a model stays quiet.
    QVERIFY(changeAndWait(*m_page,
                          [&] { m_workspace->setText(QStringLiteral("b [MASK] c"), QStringLiteral("d")); }));
    QCOMPARE(m_page->maskCount(), 0);
    QVERIFY(!m_page->nspGauge()->isVisible());
    saveShot(*m_page, QStringLiteral("predict_nomlm.png"));

    // Back to a model with heads: everything returns.
    QVERIFY(changeAndWait(*m_page, [&] { m_workspace->setModel(m_tiny); }));
    QCOMPARE(m_page->maskCount(), 1);
    QVERIFY(m_page->nspGauge()->isVisible());
    QVERIFY(m_page->findChild<QSpinBox*>()->isEnabled());
}

void TestPredictPage::catchesUpWhenShown() {
    m_page->hide();
    m_workspace->setText(QStringLiteral("one [MASK] two [MASK]"), QString());
    QVERIFY(!m_page->isBusy()); // hidden pages do not compute
    QVERIFY(changeAndWait(*m_page, [&] { m_page->show(); }));
    QCOMPARE(m_page->maskCount(), 2);
}

void TestPredictPage::maskButton() {
    QSignalSpy requested(m_page, &app::Page::maskRequested);
    auto* button = m_page->findChild<QPushButton*>();
    QVERIFY(button);
    QVERIFY(!button->toolTip().isEmpty());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(button->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_M));
}

// Ctrl+M on a selection that took a space with the word masks the word and keeps the space.
void TestPredictPage::maskKeepsTheSpacesAroundTheWord() {
    widgets::TextPairEditor editor;
    const QString text = QStringLiteral("went to the store");
    editor.setTexts(text, QString());
    editor.highlightSpan(0, 8, 12); // "the "
    QVERIFY(editor.maskSelection());
    QCOMPARE(editor.first(), QStringLiteral("went to [MASK] store"));
    editor.setTexts(text, QString());
    editor.highlightSpan(0, 7, 8); // just a space
    QVERIFY(!editor.maskSelection());
    QCOMPARE(editor.first(), text);
}

void TestPredictPage::candidateModel() {
    widgets::CandidateListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCandidates({{QStringLiteral("paris"), 7, 0.5f}, {QStringLiteral("##s"), 9, 0.25f}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("##s"));
    QVERIFY(model.index(1, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("without a space")));
    QCOMPARE(model.index(0, 0).data(widgets::CandidateListModel::ProbabilityRole).toDouble(), 0.5);
    model.clear();
    QCOMPARE(model.rowCount(), 0);

    // And the page's own models, through a few predictions.
    QVERIFY(changeAndWait(*m_page, [&] { m_workspace->setText(QStringLiteral("x [MASK] y"), QString()); }));
    QAbstractItemModelTester pageTester(m_page->candidateModel(0),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(changeAndWait(*m_page, [&] { m_page->setTopK(9); }));
    QVERIFY(
        changeAndWait(*m_page, [&] { m_workspace->setText(QStringLiteral("z [MASK] [MASK]"), QString()); }));
    QCOMPARE(m_page->candidateModel(0)->rowCount(), 9);

    QCOMPARE(widgets::CandidateListModel::percentText(0.372), QStringLiteral("37.2 %"));
}

void TestPredictPage::gauge() {
    widgets::ProbabilityGauge gauge;
    gauge.setLabel(QStringLiteral("Is next sentence"));
    gauge.setValue(0.834);
    QCOMPARE(gauge.text(), QStringLiteral("Is next sentence: 83 %"));
    gauge.setValue(1.7);
    QCOMPARE(gauge.value(), 1.0);
    QVERIFY(gauge.sizeHint().height() > gauge.fontMetrics().height());
}

QTEST_MAIN(TestPredictPage)
#include "tst_predict_page.moc"
