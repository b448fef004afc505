// The Extract page drives core::ExtractionJob on files: its output equals `bertlab-cli extract` with the same
// options, cancelling keeps (or removes) a valid partial file, bad lines are listed with their line numbers,
// CSV columns are guessed from the header and previewed, and the options are remembered.
#include "../core/cli_support.h"
#include "../core/fixture_support.h"

#include "extract_options_form.h"
#include "extract_page.h"
#include "palette.h"
#include "widgets/input_file_list.h"
#include "widgets/table_preview.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDir>
#include <QListWidget>
#include <QMenu>
#include <QProcess>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace bertlab;

namespace {

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes) {
    QFile f(dir.filePath(name));
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
    return f.fileName();
}

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray cliExtract(const QStringList& args) {
    const tests::CliRun run = tests::runCli(args);
    if (!run.ok())
        qWarning("bertlab-cli: %s", run.err.constData());
    return run.ok() ? QByteArray("ok") : QByteArray();
}

QString tinyModel() {
    return tests::fixturePath(QStringLiteral("models/tiny_hf"));
}

} // namespace

class TestExtractPage final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void noModelShowsNotice();
    void csvColumnsGuessedAndPreviewed();
    void outputMatchesCli();
    void cancelKeepsValidPartial();
    void cancelCanRemovePartial();
    void finishedOutputsAreNotRedoneWithoutAsking();
    void invalidUtf8LineListed();
    void emptyFileIsSaidNotDone();
    void optionsRemembered();
    void longTextsWindowsMatchCli();
    void sentenceTransformersMatchesCli();
    void screenshot();

private:
    std::shared_ptr<const core::ModelBundle> m_model;
};

void TestExtractPage::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BertLabExtractTest"));
    auto loaded = core::ModelBundle::load(tinyModel());
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorString()));
    m_model = *loaded;
}

void TestExtractPage::init() {
    QSettings().clear(); // every test starts from the defaults
}

void TestExtractPage::noModelShowsNotice() {
    app::Workspace workspace;
    app::ExtractPage page(&workspace);
    QVERIFY(!page.noticeText().isEmpty());
    QTemporaryDir dir;
    QCOMPARE(page.addFiles({writeFile(dir, QStringLiteral("a.txt"), "hello\n")}), 1);
    QSignalSpy messages(&page, &app::Page::messageRequested);
    QVERIFY(!page.run());
    QCOMPARE(messages.size(), 1);
    QVERIFY(messages[0][1].toBool()); // an error
    QVERIFY(!page.isBusy() || page.fileCount() == 1);
    workspace.setModel(m_model);
    QVERIFY(page.noticeText().isEmpty());
}

void TestExtractPage::csvColumnsGuessedAndPreviewed() {
    app::Workspace workspace;
    workspace.setModel(m_model);
    app::ExtractPage page(&workspace);
    QAbstractItemModelTester filesTester(page.fileModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester previewTester(page.previewModel(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTemporaryDir dir;
    const QString csv = writeFile(dir, QStringLiteral("data.csv"),
                                  "id,sentence,label\n1,\"Hello, world\",a\n2,\"two\nlines\",b\n3,bye,c\n");
    QSignalSpy shown(&page, &app::ExtractPage::previewShown);
    QCOMPARE(page.addFiles({csv, dir.path()}), 1); // the folder is ignored
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 10000);
    shown.clear();
    const widgets::InputFile& file = page.fileModel()->file(0);
    QCOMPARE(file.header,
             QStringList({QStringLiteral("id"), QStringLiteral("sentence"), QStringLiteral("label")}));
    QCOMPARE(file.source.textColumn, 1);
    QCOMPARE(file.source.secondColumn, -1);
    QCOMPARE(QFileInfo(file.outputPath).fileName(), QStringLiteral("data.embeddings.csv"));
    const widgets::TablePreviewModel* preview = page.previewModel();
    QCOMPARE(preview->columnCount(), 3);
    QCOMPARE(preview->rowCount(), 3);
    QCOMPARE(preview->data(preview->index(0, 1)).toString(), QStringLiteral("Hello, world"));
    QCOMPARE(preview->data(preview->index(1, 2)).toString(), QStringLiteral("b"));
    QCOMPARE(preview->textColumn(), 1);
    // Rows are numbered by the file's lines, as the skip notes are: the header is line 1, and a quoted
    // text over two lines moves the next record down.
    QCOMPARE(preview->headerData(0, Qt::Vertical).toLongLong(), 2);
    QCOMPARE(preview->headerData(2, Qt::Vertical).toLongLong(), 5);
    QVERIFY(
        preview->headerData(1, Qt::Vertical, Qt::ToolTipRole).toString().contains(QStringLiteral("row 1")));

    // Choosing a second column marks it in the preview.
    core::TextSourceOptions source = file.source;
    source.secondColumn = 2;
    page.setFileSource(0, source);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 10000);
    shown.clear();
    QCOMPARE(preview->secondColumn(), 2);
    QVERIFY(widgets::InputFileListModel::describeSource(page.fileModel()->file(0))
                .contains(QStringLiteral("label")));

    // Read as lines instead: one column, every line a row (header included).
    source.kind = core::TextSourceOptions::Kind::Lines;
    page.setFileSource(0, source);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 10000);
    shown.clear();
    QCOMPARE(preview->columnCount(), 1);
    QCOMPARE(preview->rowCount(), 5);
    page.removeFile(0);
    QCOMPARE(page.fileCount(), 0);
}

void TestExtractPage::outputMatchesCli() {
    app::Workspace workspace;
    workspace.setModel(m_model);
    app::ExtractPage page(&workspace);
    QTemporaryDir dir;
    const QString text =
        writeFile(dir, QStringLiteral("lines.txt"),
                  "The quick brown fox jumps over the lazy dog.\n\nWhere is the station?\tIt is "
                  "near the old bridge.\n中文 text, with \"quotes\"\n");
    const QString csv = writeFile(dir, QStringLiteral("table.csv"),
                                  "id,sentence\n1,\"Hello, world\"\n2,\"two\nlines\"\n3,the end\n");
    QSignalSpy shown(&page, &app::ExtractPage::previewShown);
    QCOMPARE(page.addFiles({text, csv}), 2);
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 10000);
    shown.clear(); // the CSV's header is read, its text column guessed
    // The CSV's id column is kept, ticked in the Keep columns menu as a user would.
    page.setCurrentFile(1);
    QToolButton* keep = nullptr;
    for (QToolButton* button : page.findChildren<QToolButton*>())
        if (button->text().startsWith(QStringLiteral("Keep columns")))
            keep = button;
    QVERIFY(keep);
    QTRY_VERIFY_WITH_TIMEOUT(keep->isEnabled() && keep->menu()->actions().size() == 2, 10000);
    QCOMPARE(keep->text(), QStringLiteral("Keep columns: none"));
    keep->menu()->actions().at(0)->setChecked(true); // "id"
    QTRY_COMPARE(page.fileModel()->file(1).source.keepColumnNames, QStringList{QStringLiteral("id")});
    QCOMPARE(keep->text(), QStringLiteral("Keep columns: id"));
    page.options()->setPoolings({core::Pooling::Average});
    QVERIFY(page.options()->setOutputLayers(QStringLiteral("2")));
    page.options()->setOutputFolder(dir.filePath(QStringLiteral("out")));
    QSignalSpy finished(&page, &app::ExtractPage::runFinished);
    QVERIFY(page.run());
    QVERIFY(page.isBusy());
    QVERIFY(finished.wait(60000));
    QVERIFY(!page.isBusy());
    QCOMPARE(page.outcomes().size(), std::size_t(2));
    for (const auto& outcome : page.outcomes()) {
        QVERIFY2(outcome.summary, qPrintable(outcome.error));
        QVERIFY(!outcome.summary->cancelled);
    }
    QCOMPARE(page.outcomes()[0].summary->rows, 4);
    QCOMPARE(page.outcomes()[0].summary->columns, 2 * 32);
    QCOMPARE(page.outcomes()[1].summary->rows, 3);

    const QString pageText = dir.filePath(QStringLiteral("out/lines.embeddings.csv"));
    const QString pageCsv = dir.filePath(QStringLiteral("out/table.embeddings.csv"));
    QVERIFY(page.summaryText().contains(QDir::toNativeSeparators(pageText)));
    const QStringList common = {
        QStringLiteral("extract"),   QStringLiteral("--model"),  tinyModel(),
        QStringLiteral("--pooling"), QStringLiteral("ave"),      QStringLiteral("--output-layers"),
        QStringLiteral("2"),         QStringLiteral("--format"), QStringLiteral("csv")};
    const QString cliText = dir.filePath(QStringLiteral("cli-lines.csv"));
    const QString cliCsv = dir.filePath(QStringLiteral("cli-table.csv"));
    QVERIFY(!cliExtract(common +
                        QStringList{QStringLiteral("--input"), text, QStringLiteral("--output"), cliText})
                 .isEmpty());
    QVERIFY(!cliExtract(common + QStringList{QStringLiteral("--input"), csv, QStringLiteral("--text-column"),
                                             QStringLiteral("sentence"), QStringLiteral("--keep-columns"),
                                             QStringLiteral("id"), QStringLiteral("--output"), cliCsv})
                 .isEmpty());
    const QByteArray expectedText = readAll(cliText);
    // Named feature columns (pooling, 1-based layer, dimension), the same from the page as from the CLI.
    QVERIFY(QRegularExpression(QStringLiteral("^index,text_a,text_b,(nsp|max|ave)_l\\d+_0,"))
                .match(QString::fromUtf8(expectedText))
                .hasMatch());
    QCOMPARE(readAll(pageText), expectedText);
    const QByteArray expectedCsv = readAll(cliCsv);
    QVERIFY(QRegularExpression(QStringLiteral("^index,id,text,(nsp|max|ave)_l\\d+_0,"))
                .match(QString::fromUtf8(expectedCsv))
                .hasMatch());
    QCOMPARE(readAll(pageCsv), expectedCsv);
    // The list now says the outputs exist (a new run replaces them).
    QVERIFY(page.fileModel()->file(0).outputExists);
}

namespace {
QByteArray manyLines(int count) {
    QByteArray many;
    for (int i = 0; i < count; ++i)
        many += "line number " + QByteArray::number(i) + " of a long generated input\n";
    return many;
}
} // namespace

// A second Run with the outputs of the first in place asks first: Cancel leaves everything, Skip runs only
// the files without an output, Replace runs them all again.
void TestExtractPage::finishedOutputsAreNotRedoneWithoutAsking() {
    app::Workspace workspace;
    workspace.setModel(m_model);
    app::ExtractPage page(&workspace);
    QTemporaryDir dir;
    const QString a = writeFile(dir, QStringLiteral("a.txt"), "first file\n");
    const QString b = writeFile(dir, QStringLiteral("b.txt"), "second file\n");
    page.addFiles({a, b});
    page.options()->setPoolings({core::Pooling::Max});
    QSignalSpy finished(&page, &app::ExtractPage::runFinished);
    QVERIFY(page.run());
    QVERIFY(finished.wait(60000));
    const QString outA = dir.filePath(QStringLiteral("a.embeddings.csv"));
    const QString outB = dir.filePath(QStringLiteral("b.embeddings.csv"));
    QVERIFY(QFile::exists(outA) && QFile::exists(outB));

    QStringList asked;
    const auto answer = [&](app::ExtractPage::ExistingOutputs choice) {
        return [&asked, choice](const QStringList& finishedFiles, const QStringList&) {
            asked = finishedFiles;
            return choice;
        };
    };
    QVERIFY(!page.run(answer(app::ExtractPage::ExistingOutputs::Cancel)));
    QCOMPARE(asked, (QStringList{outA, outB}));
    QSignalSpy messages(&page, &app::Page::messageRequested);
    QVERIFY(!page.run(answer(app::ExtractPage::ExistingOutputs::Skip)));
    QVERIFY(messages.back()[0].toString().contains(QStringLiteral("nothing to run")));

    // With b's output gone, Skip runs b alone; a's file stays as it was.
    QVERIFY(QFile::remove(outB));
    writeFile(dir, QStringLiteral("a.embeddings.csv"), "mine, not to be touched\n");
    finished.clear();
    QVERIFY(page.run(answer(app::ExtractPage::ExistingOutputs::Skip)));
    QVERIFY(finished.wait(60000));
    QCOMPARE(asked, QStringList{outA});
    QCOMPARE(readAll(outA), QByteArray("mine, not to be touched\n"));
    QVERIFY(readAll(outB).startsWith("index,text,max_l3_0,"));
    QCOMPARE(page.outcomes().size(), std::size_t(1));
    QVERIFY(page.fileModel()->file(0).status.startsWith(QStringLiteral("Skipped")));
    QVERIFY(page.fileModel()->file(1).status.startsWith(QStringLiteral("Done")));

    finished.clear();
    QVERIFY(page.run(answer(app::ExtractPage::ExistingOutputs::Replace)));
    QVERIFY(finished.wait(60000));
    QVERIFY(readAll(outA).startsWith("index,text,max_l3_0,"));
}

void TestExtractPage::cancelKeepsValidPartial() {
    app::Workspace workspace;
    workspace.setModel(m_model);
    app::ExtractPage page(&workspace);
    QTemporaryDir dir;
    const QString input = writeFile(dir, QStringLiteral("many.txt"), manyLines(5000));
    page.addFiles({input, writeFile(dir, QStringLiteral("second.txt"), "never run\n")});
    page.options()->setPoolings({core::Pooling::Max});
    page.options()->setKeepPartialOnCancel(true);
    page.setTextsPerChunk(16);
    connect(&page, &app::ExtractPage::jobProgress, &page, [&page] { page.cancel(); });
    QSignalSpy finished(&page, &app::ExtractPage::runFinished);
    QVERIFY(page.run());
    QVERIFY(finished.wait(60000));
    QCOMPARE(page.outcomes().size(), std::size_t(2));
    const auto& first = page.outcomes()[0];
    QVERIFY(first.summary && first.summary->cancelled);
    QVERIFY(first.summary->texts < 5000);
    QVERIFY(page.outcomes()[1].notRun);
    const QString output = dir.filePath(QStringLiteral("many.embeddings.csv"));
    QVERIFY(!QFile::exists(output));
    const QString partial = core::ExtractionJob::partialPath(output);
    QCOMPARE(first.summary->outputPath, partial);
    const QList<QByteArray> lines = readAll(partial).trimmed().split('\n');
    QCOMPARE(qint64(lines.size()), first.summary->rows + 1);
    // The count said is what the file holds (pooled: a row per text), not the texts of a whole chunk.
    QCOMPARE(first.summary->texts, first.summary->rows);
    for (const QByteArray& line : lines)
        QCOMPARE(line.count(','), 2 + 32 - 1); // index,text,f0..f31: complete rows only
    QVERIFY(
        page.summaryText().contains(QStringLiteral("Cancelled after %1 texts").arg(first.summary->texts)));
    QVERIFY(page.findChild<QProgressBar*>()->format().startsWith(QStringLiteral("Cancelled at")));

    // The next run asks before it replaces the partial file.
    disconnect(&page, &app::ExtractPage::jobProgress, &page, nullptr);
    QStringList askedPartial, askedFinished;
    QVERIFY(!page.run([&](const QStringList& finishedFiles, const QStringList& partialFiles) {
        askedPartial = partialFiles;
        askedFinished = finishedFiles;
        return app::ExtractPage::ExistingOutputs::Cancel;
    }));
    QCOMPARE(askedPartial, QStringList{partial});
    QVERIFY(askedFinished.isEmpty());
    QCOMPARE(qint64(readAll(partial).trimmed().split('\n').size()), first.summary->rows + 1);
    QVERIFY(page.summaryText().contains(QDir::toNativeSeparators(partial)));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("second.embeddings.csv"))));
}

void TestExtractPage::cancelCanRemovePartial() {
    app::Workspace workspace;
    workspace.setModel(m_model);
    app::ExtractPage page(&workspace);
    QTemporaryDir dir;
    page.addFiles({writeFile(dir, QStringLiteral("many.txt"), manyLines(3000))});
    page.options()->setPoolings({core::Pooling::Nsp});
    page.options()->setKeepPartialOnCancel(false);
    QSignalSpy finished(&page, &app::ExtractPage::runFinished);
    QVERIFY(page.run());
    page.cancel(); // right after the start
    QVERIFY(finished.wait(60000));
    QCOMPARE(page.outcomes().size(), std::size_t(1));
    QVERIFY(page.outcomes()[0].summary && page.outcomes()[0].summary->cancelled);
    QVERIFY(page.outcomes()[0].summary->outputPath.isEmpty());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("many.txt")});
}

void TestExtractPage::invalidUtf8LineListed() {
    app::Workspace workspace;
    workspace.setModel(m_model);
    app::ExtractPage page(&workspace);
    QTemporaryDir dir;
    const QString input =
        writeFile(dir, QStringLiteral("bad.txt"), "good one\nsecond\nbad \xff\xfe byte\nlast\n");
    QSignalSpy shown(&page, &app::ExtractPage::previewShown);
    page.addFiles({input});
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 10000);
    shown.clear();
    // The preview already shows the line that will be skipped.
    QCOMPARE(page.previewModel()->rowCount(), 4);
    QVERIFY(!page.previewModel()->row(2).problem.isEmpty());
    QCOMPARE(page.previewModel()->row(2).line, 3);
    QCOMPARE(page.previewModel()->headerData(3, Qt::Vertical).toLongLong(), 4); // "last", after the skip
    page.options()->setPoolings({core::Pooling::Average});
    QSignalSpy finished(&page, &app::ExtractPage::runFinished);
    QVERIFY(page.run());
    QVERIFY(finished.wait(60000));
    const auto& outcome = page.outcomes()[0];
    QVERIFY2(outcome.summary, qPrintable(outcome.error));
    QCOMPARE(outcome.summary->rows, 3);
    QCOMPARE(outcome.summary->skipped.size(), std::size_t(1));
    QVERIFY2(page.summaryText().contains(QStringLiteral("line 3: not valid UTF-8")),
             qPrintable(page.summaryText()));
    QVERIFY(page.fileModel()->file(0).status.contains(QStringLiteral("1 skipped")));

    // Stopping at a bad line fails the file, inline, and leaves no output.
    page.options()->setStopOnBadLine(true);
    QFile::remove(dir.filePath(QStringLiteral("bad.embeddings.csv")));
    QSignalSpy messages(&page, &app::Page::messageRequested);
    QVERIFY(page.run());
    QVERIFY(finished.wait(60000));
    QVERIFY(!page.outcomes()[0].summary);
    QVERIFY(page.outcomes()[0].error.contains(QStringLiteral("line 3")));
    QVERIFY(!messages.isEmpty() && messages.last()[1].toBool());
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("bad.embeddings.csv"))));
}

// A file with no texts gives a header-only output, and the page says so rather than "Done: 0 rows".
void TestExtractPage::emptyFileIsSaidNotDone() {
    app::Workspace workspace;
    workspace.setModel(m_model);
    app::ExtractPage page(&workspace);
    QTemporaryDir dir;
    const QString input = writeFile(dir, QStringLiteral("empty.txt"), "");
    page.addFiles({input});
    QSignalSpy said(&page, &app::ExtractPage::messageRequested);
    QSignalSpy finished(&page, &app::ExtractPage::runFinished);
    QVERIFY(page.run());
    QVERIFY(finished.wait(60000));
    QVERIFY2(page.outcomes()[0].summary, qPrintable(page.outcomes()[0].error));
    QCOMPARE(page.outcomes()[0].summary->texts, 0);
    QVERIFY2(page.fileModel()->file(0).status.contains(QStringLiteral("No texts")),
             qPrintable(page.fileModel()->file(0).status));
    QVERIFY(!said.isEmpty());
    QVERIFY(said.last().at(0).toString().contains(QStringLiteral("holds no texts")));
}

void TestExtractPage::optionsRemembered() {
    app::Workspace workspace;
    workspace.setModel(m_model);
    QTemporaryDir dir;
    {
        app::ExtractPage page(&workspace);
        page.options()->setPoolings({core::Pooling::Average, core::Pooling::Nsp});
        QVERIFY(page.options()->setOutputLayers(QStringLiteral("0,-1")));
        page.options()->setFormat(core::EmbeddingFormat::Npy);
        page.options()->setBatchSize(32);
        page.options()->setOutputFolder(dir.path());
        page.options()->setKeepPartialOnCancel(false);
    }
    app::ExtractPage page(&workspace);
    QCOMPARE(page.options()->poolings(),
             (std::vector<core::Pooling>{core::Pooling::Average, core::Pooling::Nsp}));
    page.addFiles({writeFile(dir, QStringLiteral("in.txt"), "a\n")});
    const auto spec = page.specFor(0);
    QVERIFY2(spec.ok(), qPrintable(spec.errorString()));
    QCOMPARE(spec->params.layers.indices, (std::vector<int>{0, -1}));
    QCOMPARE(spec->format, core::EmbeddingFormat::Npy);
    QCOMPARE(spec->params.batchSize, 32);
    QVERIFY(!spec->keepPartialOnCancel);
    QCOMPARE(spec->outputPath, QDir(dir.path()).absoluteFilePath(QStringLiteral("in.embeddings.npy")));
    QVERIFY(!page.options()->setOutputLayers(QStringLiteral("x")));
}

// Renders the page with a model and a CSV file to BERTLAB_SCREENSHOT_DIR (when set) for a look by eye.
// "Split into windows and average" gives what `bertlab-cli extract --long-texts windows` gives.
void TestExtractPage::longTextsWindowsMatchCli() {
    app::Workspace workspace;
    workspace.setModel(m_model);
    app::ExtractPage page(&workspace);
    QTemporaryDir dir;
    const QString text =
        writeFile(dir, QStringLiteral("long.txt"),
                  "the quick brown fox jumps over the lazy dog and the dog sleeps in the sun\nshort\n");
    QCOMPARE(page.addFiles({text}), 1);
    page.options()->setPoolings({core::Pooling::Average});
    page.options()->setMaxLength(8);
    page.options()->setLongText(core::ExtractionParams::LongText::Windows);
    QCOMPARE(page.options()->longText(), core::ExtractionParams::LongText::Windows);
    page.options()->setOutputFolder(dir.filePath(QStringLiteral("out")));
    QSignalSpy finished(&page, &app::ExtractPage::runFinished);
    QVERIFY(page.run());
    QVERIFY(finished.wait(60000));
    QVERIFY2(page.outcomes().at(0).summary, qPrintable(page.outcomes().at(0).error));
    const QString cli = dir.filePath(QStringLiteral("cli.csv"));
    QVERIFY(!cliExtract({QStringLiteral("extract"), QStringLiteral("--model"), tinyModel(),
                         QStringLiteral("--pooling"), QStringLiteral("ave"), QStringLiteral("--max-len"),
                         QStringLiteral("8"), QStringLiteral("--long-texts"), QStringLiteral("windows"),
                         QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--input"), text,
                         QStringLiteral("--output"), cli})
                 .isEmpty());
    QCOMPARE(readAll(dir.filePath(QStringLiteral("out/long.embeddings.csv"))), readAll(cli));
}

// A sentence-transformers folder offers its own pipeline, ticked by default; the page's file equals the CLI's
// --pooling sentence-transformers (which tst_sentence_transformers compares with SentenceTransformer.encode).
void TestExtractPage::sentenceTransformersMatchesCli() {
    const QString folder = tests::fixturePath(QStringLiteral("models/tiny_st"));
    auto loaded = core::ModelBundle::load(folder);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorString()));
    app::Workspace workspace;
    workspace.setModel(m_model);
    app::ExtractPage page(&workspace);
    auto* sentence = page.findChild<QCheckBox*>(QStringLiteral("sentenceCheck"));
    QVERIFY(sentence);
    QVERIFY(sentence->isHidden()); // a plain BERT folder: nothing to offer
    workspace.setModel(*loaded);
    QVERIFY(!sentence->isHidden());
    QVERIFY(sentence->isChecked());
    QVERIFY(sentence->text().contains(QStringLiteral("mean pooling, normalized")));
    auto* pooling = page.findChild<QListWidget*>();
    QVERIFY(pooling && !pooling->isEnabled()); // the pipeline decides

    QTemporaryDir dir;
    const QString text =
        writeFile(dir, QStringLiteral("lines.txt"), "Hello, world!\nParis is the capital of France.\n");
    QCOMPARE(page.addFiles({text}), 1);
    page.options()->setOutputFolder(dir.filePath(QStringLiteral("out")));
    QSignalSpy finished(&page, &app::ExtractPage::runFinished);
    QVERIFY(page.run());
    QVERIFY(finished.wait(60000));
    QVERIFY2(page.outcomes()[0].summary, qPrintable(page.outcomes()[0].error));
    QCOMPARE(page.outcomes()[0].summary->columns, 32);
    const QString cli = dir.filePath(QStringLiteral("cli.csv"));
    QVERIFY(!cliExtract({QStringLiteral("extract"), QStringLiteral("--model"), folder,
                         QStringLiteral("--pooling"), QStringLiteral("sentence-transformers"),
                         QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--input"), text,
                         QStringLiteral("--output"), cli})
                 .isEmpty());
    QVERIFY(
        readAll(cli).startsWith("index,text,ave_l3_0,")); // one row per text (mean pooling), not per token
    QCOMPARE(readAll(dir.filePath(QStringLiteral("out/lines.embeddings.csv"))), readAll(cli));
    // Unticked: the user's own choices again.
    sentence->click();
    QVERIFY(pooling->isEnabled());
}

void TestExtractPage::screenshot() {
    const QString folder = qEnvironmentVariable("BERTLAB_SCREENSHOT_DIR");
    if (folder.isEmpty())
        QSKIP("set BERTLAB_SCREENSHOT_DIR to render the page");
    QVERIFY(QDir().mkpath(folder));
    app::Workspace workspace;
    workspace.setModel(m_model);
    app::ExtractPage page(&workspace);
    page.resize(1100, 640);
    page.show();
    QTemporaryDir dir;
    QSignalSpy shown(&page, &app::ExtractPage::previewShown);
    page.addFiles(
        {writeFile(dir, QStringLiteral("reviews.csv"),
                   "id,review,label\n1,\"Where is the station?\",q\n2,It is near the old bridge.,a\n"
                   "3,\"The quick brown fox jumps over the lazy dog.\",s\n4,\"bad \xff byte\",x\n"),
         writeFile(dir, QStringLiteral("sentences.txt"), "one\ntwo\n")});
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 10000);
    shown.clear();
    page.setCurrentFile(0);
    page.options()->setPoolings({core::Pooling::Nsp, core::Pooling::Average});
    QTest::qWait(200); // let the layouts settle, as the window's screenshot command does
    QVERIFY(page.grab().save(QDir(folder).filePath(QStringLiteral("extract-page.png"))));
    QSignalSpy finished(&page, &app::ExtractPage::runFinished);
    QVERIFY(page.run());
    QVERIFY(finished.wait(60000));
    QTest::qWait(200);
    QVERIFY(page.grab().save(QDir(folder).filePath(QStringLiteral("extract-page-summary.png"))));
    // The same in a dark palette, at the preview.
    const QPalette dark = app::darkPalette();
    page.setPalette(dark);
    page.findChild<QTabWidget*>()->setCurrentIndex(0);
    QTest::qWait(200);
    QVERIFY(page.grab().save(QDir(folder).filePath(QStringLiteral("extract-page-dark.png"))));
}

QTEST_MAIN(TestExtractPage)
#include "tst_extract_page.moc"
