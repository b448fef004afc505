// The Classify page shows what `bertlab-cli classify` computes (same core calls): a text's or pair's label
// probabilities, and a file classified into the very CSV the CLI writes. A file run never replaces a file
// without consent, a cancel leaves the old file as it was, and a model without a head says what to do.
#include "../core/cli_support.h"
#include "../core/fixture_support.h"

#include "classify_page.h"
#include "palette.h"
#include "widgets/label_probabilities.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace bertlab;

namespace {

QString modelPath(const char* name) {
    return tests::fixturePath(QStringLiteral("models/") + QLatin1String(name));
}

std::shared_ptr<const core::ModelBundle> loadBundle(const char* name) {
    auto bundle = core::ModelBundle::load(modelPath(name));
    if (!bundle)
        qFatal("%s", qPrintable(bundle.errorString()));
    return *bundle;
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& data) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(data), data.size());
}

void saveShot(QWidget& widget, const QString& name) {
    const QString dir = qEnvironmentVariable("BERTLAB_CLASSIFY_SHOTS");
    if (dir.isEmpty())
        return;
    QTest::qWait(100);
    widget.grab().save(QDir(dir).filePath(name));
    const QPalette light = widget.palette();
    widget.setPalette(app::darkPalette());
    QTest::qWait(20);
    widget.grab().save(QDir(dir).filePath(QStringLiteral("dark_") + name));
    widget.setPalette(light);
}

} // namespace

class TestClassifyPage final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void textMatchesCli_data();
    void textMatchesCli();
    void noClassifierHead();
    void fileMatchesCli();
    void csvColumnsAreGuessed();
    void existingOutputNeedsConsent();
    void cancelLeavesTheOldFile();
    void emptyInputIsAnError();

private:
    bool changeAndWait(const std::function<void()>& change);
    bool runAndWait(std::function<bool(const QString&)> confirm = {});

    std::shared_ptr<const core::ModelBundle> m_classifier, m_plain;
    app::Workspace* m_workspace = nullptr;
    app::ClassifyPage* m_page = nullptr;
    QTemporaryDir m_dir;
};

bool TestClassifyPage::changeAndWait(const std::function<void()>& change) {
    QSignalSpy shown(m_page, &app::ClassifyPage::classificationShown);
    change();
    if (shown.isEmpty() && !shown.wait(30000))
        return false;
    return QTest::qWaitFor([&] { return !m_page->isBusy(); }, 30000);
}

bool TestClassifyPage::runAndWait(std::function<bool(const QString&)> confirm) {
    QSignalSpy finished(m_page, &app::ClassifyPage::fileRunFinished);
    m_page->runFile(std::move(confirm));
    if (!m_page->isFileRunning())
        return true; // refused before starting (fileStatus says why)
    return finished.wait(60000);
}

void TestClassifyPage::initTestCase() {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_classifier = loadBundle("tiny_hf_classifier");
    m_plain = loadBundle("tiny_hf");
    QVERIFY(m_dir.isValid());
}

void TestClassifyPage::init() {
    m_workspace = new app::Workspace;
    m_workspace->setModel(m_classifier);
    m_page = new app::ClassifyPage(m_workspace);
    m_page->resize(760, 640);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isBusy(), 30000);
}

void TestClassifyPage::cleanup() {
    delete m_page;
    delete m_workspace;
    m_page = nullptr;
    m_workspace = nullptr;
}

void TestClassifyPage::textMatchesCli_data() {
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::newRow("single") << QStringLiteral("the film was a delight from start to end") << QString();
    QTest::newRow("pair") << QStringLiteral("where is the bridge?") << QStringLiteral("it is by the river.");
}

void TestClassifyPage::textMatchesCli() {
    QFETCH(QString, first);
    QFETCH(QString, second);
    QVERIFY(changeAndWait([&] { m_workspace->setText(first, second); }));
    QVERIFY(m_page->isClassifierAvailable());
    QVERIFY(m_page->noticeText().isEmpty());

    QStringList args{QStringLiteral("classify"), QStringLiteral("--model"), modelPath("tiny_hf_classifier"),
                     QStringLiteral("--"), first};
    if (!second.isNull())
        args << second;
    const tests::CliRun cli = tests::runCli(args);
    QVERIFY2(cli.ok(), cli.err.constData());
    const QJsonObject json = cli.json();
    const QJsonArray labels = json.value(QStringLiteral("labels")).toArray();
    const QJsonArray probabilities = json.value(QStringLiteral("probabilities")).toArray();

    widgets::LabelProbabilityModel* model = m_page->labelModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->label(0), json.value(QStringLiteral("label")).toString());
    double previous = 1.0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const int index = model->labelIndex(row);
        QCOMPARE(model->label(row), labels.at(index).toString());
        QVERIFY(std::abs(model->probability(row) - probabilities.at(index).toDouble()) < 1e-6);
        QVERIFY(model->probability(row) <= previous); // most probable first
        previous = model->probability(row);
    }
    QVERIFY(m_page->verdictText().startsWith(model->label(0) + QStringLiteral(" — ")));
    saveShot(*m_page,
             second.isNull() ? QStringLiteral("classify_single.png") : QStringLiteral("classify_pair.png"));
}

void TestClassifyPage::noClassifierHead() {
    QVERIFY(changeAndWait([&] { m_workspace->setModel(m_plain); }));
    QVERIFY(!m_page->isClassifierAvailable());
    QVERIFY2(m_page->noticeText().contains(QStringLiteral("no classifier head")),
             qPrintable(m_page->noticeText()));
    QVERIFY(m_page->noticeText().contains(QStringLiteral("Train page")));
    QVERIFY(m_page->verdictText().isEmpty());
    const QString input = m_dir.filePath(QStringLiteral("plain.txt"));
    writeFile(input, "a text\n");
    m_page->setInputFile(input);
    QVERIFY(!m_page->canRunFile());
    saveShot(*m_page, QStringLiteral("classify_no_head.png"));
}

void TestClassifyPage::fileMatchesCli() {
    const QString input = m_dir.filePath(QStringLiteral("reviews.txt"));
    writeFile(input,
              "a lovely film\n\nthe plot made no sense\twhat a waste\n\"quoted, with comma\"\nlast line");
    m_page->setInputFile(input);
    QCOMPARE(m_page->outputFile(), m_dir.filePath(QStringLiteral("reviews.predictions.csv")));
    QVERIFY(runAndWait());
    QVERIFY2(m_page->fileStatus().startsWith(QStringLiteral("Done: 5 text")),
             qPrintable(m_page->fileStatus()));

    const QString expected = m_dir.filePath(QStringLiteral("cli.csv"));
    const tests::CliRun cli =
        tests::runCli({QStringLiteral("classify"), QStringLiteral("--model"), modelPath("tiny_hf_classifier"),
                       QStringLiteral("--input"), input, QStringLiteral("--output"), expected});
    QVERIFY2(cli.ok(), cli.err.constData());
    const QByteArray written = readAll(m_page->outputFile());
    QVERIFY(written.startsWith("index,text,label,probability,p_negative,p_neutral,p_positive"));
    QCOMPARE(written, readAll(expected));
}

void TestClassifyPage::csvColumnsAreGuessed() {
    const QString input = m_dir.filePath(QStringLiteral("table.csv"));
    writeFile(input, "id,review,stars\n7,\"great, truly\",5\n8,dull,1\n");
    m_page->setInputFile(input);
    // The header is read off the UI thread; "review" is a name people give the text.
    QTRY_VERIFY_WITH_TIMEOUT(m_page->canRunFile(), 10000);
    QVERIFY(runAndWait());
    const QList<QByteArray> lines = readAll(m_page->outputFile()).split('\n');
    QVERIFY(lines.size() >= 3);
    QVERIFY2(lines[1].startsWith("0,\"great, truly\","), lines[1].constData());
    QVERIFY2(lines[2].startsWith("1,dull,"), lines[2].constData());
}

void TestClassifyPage::existingOutputNeedsConsent() {
    const QString input = m_dir.filePath(QStringLiteral("two.txt"));
    writeFile(input, "one\ntwo\n");
    const QString output = m_dir.filePath(QStringLiteral("mine.csv"));
    writeFile(output, "precious");
    m_page->setInputFile(input);
    m_page->setOutputFile(output);
    QString asked;
    QVERIFY(runAndWait([&](const QString& path) {
        asked = path;
        return false;
    }));
    QCOMPARE(asked, output);
    QCOMPARE(readAll(output), QByteArray("precious"));
    QVERIFY(m_page->fileStatus().contains(QStringLiteral("left as it is")));
    QVERIFY(runAndWait([](const QString&) { return true; }));
    QVERIFY(readAll(output).startsWith("index,text,label"));

    // The input itself is never the output.
    m_page->setOutputFile(input);
    QVERIFY(runAndWait([](const QString&) { return true; }));
    QCOMPARE(readAll(input), QByteArray("one\ntwo\n"));
    QVERIFY(m_page->fileStatus().contains(QStringLiteral("would replace the input")));
}

void TestClassifyPage::cancelLeavesTheOldFile() {
    const QString input = m_dir.filePath(QStringLiteral("many.txt"));
    QByteArray lines;
    for (int i = 0; i < 20000; ++i)
        lines += "a sentence that goes on for a while, number " + QByteArray::number(i) + '\n';
    writeFile(input, lines);
    const QString output = m_dir.filePath(QStringLiteral("many.predictions.csv"));
    writeFile(output, "earlier run");
    m_page->setInputFile(input);
    QCOMPARE(m_page->outputFile(), output);
    QSignalSpy finished(m_page, &app::ClassifyPage::fileRunFinished);
    m_page->runFile([](const QString&) { return true; });
    QVERIFY(m_page->isFileRunning());
    m_page->cancelFile();
    QVERIFY(finished.wait(60000));
    QVERIFY2(m_page->fileStatus().startsWith(QStringLiteral("Cancelled")), qPrintable(m_page->fileStatus()));
    QCOMPARE(readAll(output), QByteArray("earlier run"));
    QVERIFY(!m_page->isFileRunning());
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("many.predictions.csv*")}),
             QStringList{QStringLiteral("many.predictions.csv")});
}

void TestClassifyPage::emptyInputIsAnError() {
    const QString input = m_dir.filePath(QStringLiteral("empty.txt"));
    writeFile(input, "");
    m_page->setInputFile(input);
    QVERIFY(runAndWait());
    QVERIFY2(m_page->fileStatus().startsWith(QStringLiteral("Failed:")), qPrintable(m_page->fileStatus()));
    QVERIFY(!QFile::exists(m_page->outputFile()));
}

QTEST_MAIN(TestClassifyPage)
#include "tst_classify_page.moc"
