// The Tokenize page shows exactly what `bertlab-cli tokenize` prints: the GUI adds no tokenization logic.
#include "../core/cli_support.h"
#include "palette.h"
#include "tokenize_page.h"
#include "workspace.h"

#include "core/tasks/model_bundle.h"
#include "widgets/token_strip.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QHelpEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QToolTip>

using namespace bertlab;

namespace {

QString fixture(const QString& relative) {
    return QStringLiteral(BERTLAB_FIXTURES "/") + relative;
}

QString vocabPath() {
    return fixture(QStringLiteral("models/tiny_hf/vocab.txt"));
}

// `bertlab-cli tokenize` output for the same input.
QByteArray cliTokenize(const QStringList& options, const QString& first, const QString& second = QString()) {
    QStringList args{QStringLiteral("tokenize"), QStringLiteral("--vocab"), vocabPath()};
    args << options << QStringLiteral("--") << first;
    if (!second.isNull())
        args << second;
    tests::CliOptions cliOptions;
    cliOptions.timeoutMs = 60000;
    const tests::CliRun run = tests::runCli(args, cliOptions);
    if (!run.ok()) {
        qWarning() << run.err;
        return {};
    }
    return run.out;
}

// The strip's chips in the CLI's JSON shape; truncated chips only when asked for.
QJsonObject chipsJson(const widgets::TokenStrip* strip, bool withTruncated) {
    QJsonArray tokens, ids, segments, offsets;
    for (const auto& chip : strip->chips()) {
        if (chip.truncated && !withTruncated)
            continue;
        tokens.append(chip.text);
        ids.append(chip.id);
        segments.append(chip.segment);
        offsets.append(QJsonArray{chip.start, chip.end});
    }
    return {{QStringLiteral("tokens"), tokens},
            {QStringLiteral("ids"), ids},
            {QStringLiteral("segments"), segments},
            {QStringLiteral("offsets"), offsets}};
}

QJsonObject parse(const QByteArray& json) {
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(json, &error).object();
    if (error.error != QJsonParseError::NoError)
        qWarning() << "bad JSON:" << error.errorString() << json;
    return object;
}

} // namespace

class TestTokenizePage final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void noModelShowsNotice();
    void singleTextMatchesCli();
    void pairWithMaxLengthFlagsTruncated();
    void optionsMatchCli_data();
    void optionsMatchCli();
    void optionsFollowWorkspace();
    void casedOnAnUncasedModelWarns();
    void clickHighlightsSpan();
    void keyboardActivatesChip();
    void copyJsonEqualsCli();
    void screenshots();

private:
    void waitIdle();
    widgets::TokenStrip* strip() const { return m_page->findChild<widgets::TokenStrip*>(); }

    std::shared_ptr<const core::ModelBundle> m_model;
    app::Workspace* m_workspace = nullptr;
    app::TokenizePage* m_page = nullptr;
};

void TestTokenizePage::initTestCase() {
    auto bundle = core::ModelBundle::load(fixture(QStringLiteral("models/tiny_hf")));
    QVERIFY2(bundle.ok(), qPrintable(bundle.errorString()));
    m_model = bundle.value();
}

void TestTokenizePage::init() {
    m_workspace = new app::Workspace;
    m_page = new app::TokenizePage(m_workspace);
    m_page->resize(900, 400);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page));
}

void TestTokenizePage::cleanup() {
    delete m_page;
    delete m_workspace;
    m_page = nullptr;
    m_workspace = nullptr;
}

void TestTokenizePage::waitIdle() {
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), 10000);
}

void TestTokenizePage::noModelShowsNotice() {
    m_workspace->setText(QStringLiteral("Hello world"), QString());
    waitIdle();
    auto* notice = m_page->findChild<QLabel*>(QStringLiteral("notice"));
    QVERIFY(notice);
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QStringLiteral("Open a model")), qPrintable(notice->text()));
    QVERIFY(!strip()->isVisible());
    QVERIFY(!m_page->findChild<QPushButton*>(QStringLiteral("copyButton"))->isEnabled());

    m_workspace->setModel(m_model); // the notice goes once a model is there
    waitIdle();
    QVERIFY(!notice->isVisible());
    QVERIFY(strip()->isVisible());
    QVERIFY(!strip()->chips().empty());
}

void TestTokenizePage::singleTextMatchesCli() {
    const QString text =
        QStringLiteral("The quick brown fox [MASK] over the lazy dog, unbelievably zealous!");
    m_workspace->setModel(m_model);
    m_workspace->setText(text, QString());
    waitIdle();

    const QJsonObject cli = parse(cliTokenize({}, text));
    QVERIFY(!cli.isEmpty());
    QCOMPARE(chipsJson(strip(), true), cli);
    const auto& chips = strip()->chips();
    bool sawUnknown = false, sawContinuation = false;
    for (const auto& chip : chips) {
        QVERIFY(!chip.truncated);
        QCOMPARE(chip.unknown, chip.id == 1 && !chip.special); // 1 is [UNK] in the fixture vocab
        QCOMPARE(chip.continuation, chip.text.startsWith(QStringLiteral("##")));
        QCOMPARE(chip.special, chip.text == QStringLiteral("[CLS]") || chip.text == QStringLiteral("[SEP]"));
        sawUnknown |= chip.unknown;
        sawContinuation |= chip.continuation;
        if (!chip.special)
            QCOMPARE(chip.source, text.mid(chip.start, chip.end - chip.start)); // ASCII: code points = UTF-16
    }
    QVERIFY(sawUnknown);
    QVERIFY(sawContinuation);
    const auto* count = m_page->findChild<QLabel*>(QStringLiteral("countLabel"));
    QVERIFY2(count->text().startsWith(QString::number(chips.size()) + QStringLiteral(" token")),
             qPrintable(count->text()));
    QVERIFY(!count->text().contains(QStringLiteral("truncated")));
}

void TestTokenizePage::pairWithMaxLengthFlagsTruncated() {
    const QString first = QStringLiteral("Where is the station? I think it is near the river.");
    const QString second = QStringLiteral("It is near the old bridge.");
    m_workspace->setModel(m_model);
    m_workspace->setText(first, second);
    m_page->setMaxLength(12);
    waitIdle();

    const QJsonObject kept =
        parse(cliTokenize({QStringLiteral("--max-len"), QStringLiteral("12")}, first, second));
    const QJsonObject full = parse(cliTokenize({}, first, second));
    QVERIFY(!kept.isEmpty() && !full.isEmpty());
    QCOMPARE(chipsJson(strip(), false), kept);
    // The cut pieces are shown too, in text order, each segment's [SEP] at its cut (where the model's input
    // has it) and the pieces cut from that segment after it.
    const QJsonObject shown = chipsJson(strip(), true);
    QCOMPARE(shown.value(u"tokens").toArray().size(), full.value(u"tokens").toArray().size());
    QJsonArray shownPieces, fullPieces;
    for (const auto& [object, pieces] : {std::pair{&shown, &shownPieces}, std::pair{&full, &fullPieces}})
        for (const QJsonValue& token : object->value(u"tokens").toArray())
            if (!token.toString().startsWith(u'['))
                pieces->append(token);
    QCOMPARE(shownPieces, fullPieces);
    {
        const auto& chips = strip()->chips();
        for (std::size_t i = 0; i < chips.size(); ++i) {
            if (!(chips[i].special && chips[i].text == QStringLiteral("[SEP]")))
                continue;
            for (std::size_t j = 0; j < chips.size(); ++j) {
                if (chips[j].special || chips[j].segment != chips[i].segment)
                    continue;
                QVERIFY2(j < i ? !chips[j].truncated : chips[j].truncated,
                         "[SEP] stands at its segment's cut");
            }
        }
    }

    int truncated = 0;
    int truncatedSecond = 0;
    for (const auto& chip : strip()->chips()) {
        truncated += chip.truncated;
        truncatedSecond += chip.truncated && chip.segment == 1;
    }
    const auto fullLength = full.value(QStringLiteral("ids")).toArray().size();
    QCOMPARE(truncated, fullLength - 12);
    QVERIFY(truncatedSecond > 0); // both texts lose pieces, longest first
    const auto* count = m_page->findChild<QLabel*>(QStringLiteral("countLabel"));
    QVERIFY2(count->text().startsWith(QStringLiteral("12 token")), qPrintable(count->text()));
    QVERIFY2(count->text().contains(QStringLiteral("%1 truncated").arg(truncated)),
             qPrintable(count->text()));

    m_page->setMaxLength(0); // model maximum (40): nothing cut here
    waitIdle();
    QCOMPARE(chipsJson(strip(), false), full);
}

void TestTokenizePage::optionsMatchCli_data() {
    QTest::addColumn<bool>("cased");
    QTest::addColumn<bool>("keras");
    QTest::newRow("uncased keras-bert") << false << true;
    QTest::newRow("cased google") << true << false;
    QTest::newRow("cased keras-bert") << true << true;
}

void TestTokenizePage::optionsMatchCli() {
    QFETCH(bool, cased);
    QFETCH(bool, keras);
    const QString text = QStringLiteral("Héllo Tokyo, the caFé [MASK] was ünbelievably cold 日本!");
    m_workspace->setModel(m_model);
    m_workspace->setText(text, QString());
    waitIdle();
    const QJsonObject defaults = chipsJson(strip(), true);
    QCOMPARE(defaults, parse(cliTokenize({}, text)));

    auto* casedBox = m_page->findChild<QCheckBox*>(QStringLiteral("casedCheck"));
    auto* mode = m_page->findChild<QComboBox*>(QStringLiteral("modeCombo"));
    if (cased)
        QTest::mouseClick(casedBox, Qt::LeftButton);
    if (keras)
        mode->setCurrentIndex(mode->findText(QStringLiteral("keras-bert")));
    QCOMPARE(m_workspace->tokenizerOptions().cased, cased);
    QCOMPARE(m_workspace->tokenizerOptions().mode,
             keras ? core::TokenizerMode::KerasBert : core::TokenizerMode::Google);
    waitIdle();

    QStringList options;
    if (cased)
        options << QStringLiteral("--cased");
    if (keras)
        options << QStringLiteral("--mode") << QStringLiteral("keras-bert");
    const QJsonObject expected = parse(cliTokenize(options, text));
    QVERIFY(!expected.isEmpty());
    QVERIFY(expected != defaults); // the switch matters for this text
    QCOMPARE(chipsJson(strip(), true), expected);
}

void TestTokenizePage::optionsFollowWorkspace() {
    auto* casedBox = m_page->findChild<QCheckBox*>(QStringLiteral("casedCheck"));
    auto* mode = m_page->findChild<QComboBox*>(QStringLiteral("modeCombo"));
    QVERIFY(!casedBox->isChecked());
    QCOMPARE(mode->currentText(), QStringLiteral("google"));
    QSignalSpy changes(m_workspace, &app::Workspace::tokenizerOptionsChanged);
    core::TokenizerOptions options;
    options.cased = true;
    options.mode = core::TokenizerMode::KerasBert;
    m_workspace->setTokenizerOptions(options); // another page (or the settings) changed them
    QCOMPARE(changes.count(), 1);              // reflected without echoing back
    QVERIFY(casedBox->isChecked());
    QCOMPARE(mode->currentText(), QStringLiteral("keras-bert"));
}

// Cased on an uncased vocabulary makes capitalised words [UNK]: the page says so and offers the fix.
void TestTokenizePage::casedOnAnUncasedModelWarns() {
    QVERIFY(!m_model->looksCased());
    m_workspace->setModel(m_model);
    auto* warning = m_page->findChild<QLabel*>(QStringLiteral("caseWarning"));
    QVERIFY(warning);
    QVERIFY(warning->isHidden());
    core::TokenizerOptions options;
    options.cased = true;
    m_workspace->setTokenizerOptions(options);
    QVERIFY(!warning->isHidden());
    QVERIFY(warning->text().contains(QStringLiteral("[UNK]")));
    Q_EMIT warning->linkActivated(QStringLiteral("uncased"));
    QVERIFY(!m_workspace->tokenizerOptions().cased);
    QVERIFY(warning->isHidden());
}

void TestTokenizePage::clickHighlightsSpan() {
    const QString first = QStringLiteral("Where is the station?");
    const QString second = QStringLiteral("It is near the old bridge.");
    m_workspace->setModel(m_model);
    m_workspace->setText(first, second);
    waitIdle();

    QSignalSpy spy(m_page, &app::Page::highlightRequested);
    const auto& chips = strip()->chips();
    const auto clickAndCheck = [&](std::size_t index) {
        const auto chip = chips.at(index);
        QTest::mouseClick(strip(), Qt::LeftButton, {}, strip()->chipRect(int(index)).center());
        QCOMPARE(spy.count(), 1);
        const QList<QVariant> args = spy.takeFirst();
        QCOMPARE(args.at(0).toInt(), chip.segment);
        QCOMPARE(args.at(1).toInt(), chip.start);
        QCOMPARE(args.at(2).toInt(), chip.end);
        QCOMPARE(strip()->currentIndex(), int(index));
    };
    // "station" in the first text and "bridge" in the second.
    const auto find = [&](const QString& token) {
        return std::size_t(
            std::find_if(chips.begin(), chips.end(), [&](const auto& c) { return c.text == token; }) -
            chips.begin());
    };
    QVERIFY(find(QStringLiteral("station")) < chips.size());
    QVERIFY(find(QStringLiteral("bridge")) < chips.size());
    clickAndCheck(find(QStringLiteral("station")));
    QCOMPARE(chips.at(find(QStringLiteral("station"))).start, 13);
    clickAndCheck(find(QStringLiteral("bridge")));
    QCOMPARE(chips.at(find(QStringLiteral("bridge"))).segment, 1);

    // Hovering shows the token, its id and span.
    const std::size_t station = find(QStringLiteral("station"));
    const QPoint at = strip()->chipRect(int(station)).center();
    QHelpEvent help(QEvent::ToolTip, at, strip()->mapToGlobal(at));
    QApplication::sendEvent(strip(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    const QString tip = QToolTip::text();
    QVERIFY2(tip.contains(QStringLiteral("station")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("id %1").arg(chips.at(station).id)), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("chars 13–20")), qPrintable(tip));
    QToolTip::hideText();

    // Specials have no span: clicking [CLS] selects nothing.
    QTest::mouseClick(strip(), Qt::LeftButton, {}, strip()->chipRect(0).center());
    QCOMPARE(spy.count(), 0);
}

void TestTokenizePage::keyboardActivatesChip() {
    m_workspace->setModel(m_model);
    m_workspace->setText(QStringLiteral("hello world"), QString());
    waitIdle();
    QSignalSpy spy(m_page, &app::Page::highlightRequested);
    strip()->setFocus(Qt::TabFocusReason);
    QCOMPARE(strip()->currentIndex(), 0); // focus lands on [CLS]
    QTest::keyClick(strip(), Qt::Key_Right);
    QCOMPARE(strip()->currentIndex(), 1);
    QTest::keyClick(strip(), Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(1).toInt(), 0);
    QCOMPARE(spy.at(0).at(2).toInt(), 5);
    QTest::keyClick(strip(), Qt::Key_End);
    QCOMPARE(strip()->currentIndex(), int(strip()->chips().size()) - 1);
}

void TestTokenizePage::copyJsonEqualsCli() {
    const QString first = QStringLiteral("Where is the station? I think it is near the river.");
    const QString second = QStringLiteral("It is near the old bridge.");
    m_workspace->setModel(m_model);
    m_workspace->setText(first, second);
    m_page->setMaxLength(12);
    waitIdle();
    QApplication::clipboard()->clear();
    QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("copyButton")), Qt::LeftButton);
    const QByteArray cli = cliTokenize({QStringLiteral("--max-len"), QStringLiteral("12")}, first, second);
    QCOMPARE(QApplication::clipboard()->text().toUtf8(), cli.trimmed()); // byte for byte
    QCOMPARE(parse(QApplication::clipboard()->text().toUtf8()), parse(cli));

    // Ctrl+Shift+C does the same.
    QApplication::clipboard()->clear();
    QTest::keyClick(m_page, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QApplication::clipboard()->text().toUtf8(), cli.trimmed());
}

// With BERTLAB_SCREENSHOT_DIR set, renders the page for a look (light palette, then dark).
void TestTokenizePage::screenshots() {
    const QString dir = qEnvironmentVariable("BERTLAB_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set BERTLAB_SCREENSHOT_DIR to save screenshots");
    m_workspace->setModel(m_model);
    m_page->resize(760, 300);
    m_workspace->setText(
        QStringLiteral("The quick brown fox [MASK] over the lazy dog, unbelievably zealous! 我是学生"),
        QString());
    waitIdle();
    QVERIFY(m_page->grab().save(dir + QStringLiteral("/tokenize_single.png")));
    m_workspace->setText(QStringLiteral("Where is the station? I think it is near the river."),
                         QStringLiteral("It is near the old bridge."));
    m_page->setMaxLength(16);
    waitIdle();
    strip()->setCurrentIndex(3);
    QVERIFY(m_page->grab().save(dir + QStringLiteral("/tokenize_pair.png")));

    const QPalette dark = app::darkPalette();
    m_page->setPalette(dark);
    QVERIFY(m_page->grab().save(dir + QStringLiteral("/tokenize_pair_dark.png")));

    m_page->setPalette(QPalette());
    m_workspace->setModel(nullptr);
    waitIdle();
    QVERIFY(m_page->grab().save(dir + QStringLiteral("/tokenize_no_model.png")));
}

QTEST_MAIN(TestTokenizePage)
#include "tst_tokenize_page.moc"
