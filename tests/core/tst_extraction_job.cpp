// The file extraction job: streams a file into CSV/NPY with the extractor's numbers, reports progress,
// keeps a valid partial file when cancelled, skips bad lines with their line numbers, and never leaves a
// half-written file at the destination.
#include "fixture_support.h"

#include "core/tasks/extraction_job.h"

#include <QTemporaryDir>
#include <QTest>

using namespace bertlab::core;
using namespace bertlab::tests;

namespace {

std::shared_ptr<const ModelBundle> tinyModel() {
    static const auto bundle = ModelBundle::load(fixturePath(QStringLiteral("models/tiny_hf")));
    return bundle ? *bundle : nullptr;
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes) {
    QFile f(dir.filePath(name));
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
    return f.fileName();
}

QList<QByteArray> readLines(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll().trimmed().split('\n');
}

} // namespace

class TestExtractionJob final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void pooledCsvMatchesExtractor();
    void cancelKeepsValidPartial();
    void cancelCanRemovePartial();
    void skipsBadLinesWithLineNumbers();
    void failureLeavesExistingOutput();
    void csvRecordsSpanLines();
};

void TestExtractionJob::pooledCsvMatchesExtractor() {
    QVERIFY(tinyModel());
    QTemporaryDir dir;
    ExtractionJobSpec spec;
    spec.inputPath = writeFile(dir, QStringLiteral("in.txt"), "the quick brown fox\n\nhello world\tbye\n");
    spec.outputPath = dir.filePath(QStringLiteral("out.csv"));
    spec.params.poolings = {Pooling::Average, Pooling::Nsp};
    ExtractionJob job(tinyModel(), spec);
    const auto summary = job.run();
    QVERIFY2(summary.ok(), qPrintable(summary.errorString()));
    QCOMPARE(summary->texts, 3);
    QCOMPARE(summary->rows, 3);
    QCOMPARE(summary->columns, 64);
    QVERIFY(!QFile::exists(ExtractionJob::partialPath(spec.outputPath)));

    const Tokenizer tokenizer = tinyModel()->tokenizer({});
    const EmbeddingExtractor extractor(tinyModel()->model(), tokenizer, spec.params);
    const auto expected = extractor.extract({{QStringLiteral("the quick brown fox"), QString()},
                                             {QString(), QString()},
                                             {QStringLiteral("hello world"), QStringLiteral("bye")}});
    QVERIFY(expected.ok());
    const QList<QByteArray> lines = readLines(spec.outputPath);
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines[0].startsWith("index,text_a,text_b,f0,"));
    QVERIFY(lines[2].startsWith("1,,,")); // the empty line keeps its row
    for (int row = 0; row < 3; ++row) {
        const QList<QByteArray> cells = lines[row + 1].split(',');
        QCOMPARE(cells.size(), 3 + 64);
        for (int f = 0; f < 64; ++f)
            QCOMPARE(cells[3 + f].toFloat(), (*expected)[std::size_t(row)].embedding[f]);
    }
}

void TestExtractionJob::cancelKeepsValidPartial() {
    QTemporaryDir dir;
    QByteArray many;
    for (int i = 0; i < 3000; ++i)
        many += "line number " + QByteArray::number(i) + " of a long input\n";
    ExtractionJobSpec spec;
    spec.inputPath = writeFile(dir, QStringLiteral("many.txt"), many);
    spec.outputPath = dir.filePath(QStringLiteral("many.csv"));
    spec.params.poolings = {Pooling::Max};
    spec.textsPerChunk = 16;
    ExtractionJob job(tinyModel(), spec);
    int reports = 0;
    connect(&job, &ExtractionJob::progress, &job, [&](const ExtractionProgress& p) {
        ++reports;
        QVERIFY(p.bytesTotal == many.size());
        job.cancel();
    });
    // Reports are throttled to ~10/s; make sure the first one comes quickly by waiting past the throttle.
    const auto summary = job.run();
    QVERIFY2(summary.ok(), qPrintable(summary.errorString()));
    QVERIFY(summary->cancelled);
    QVERIFY(summary->texts < 3000);
    QVERIFY(!QFile::exists(spec.outputPath));
    QCOMPARE(summary->outputPath, ExtractionJob::partialPath(spec.outputPath));
    const QList<QByteArray> lines = readLines(summary->outputPath);
    QCOMPARE(qint64(lines.size()), summary->rows + 1);
    for (const QByteArray& line : lines)
        QCOMPARE(line.count(','), 2 + 32 - 1); // index,text,f0..f31: complete rows only
    QVERIFY(reports >= 1);
}

void TestExtractionJob::cancelCanRemovePartial() {
    QTemporaryDir dir;
    ExtractionJobSpec spec;
    spec.inputPath = writeFile(dir, QStringLiteral("in.txt"), QByteArray("a b c\n").repeated(500));
    spec.outputPath = dir.filePath(QStringLiteral("out.npy"));
    spec.format = EmbeddingFormat::Npy;
    spec.keepPartialOnCancel = false;
    spec.textsPerChunk = 8;
    ExtractionJob job(tinyModel(), spec);
    job.cancel();
    const auto summary = job.run();
    QVERIFY(summary.ok());
    QVERIFY(summary->cancelled);
    QVERIFY(summary->outputPath.isEmpty());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("in.txt")});
}

void TestExtractionJob::skipsBadLinesWithLineNumbers() {
    QTemporaryDir dir;
    ExtractionJobSpec spec;
    spec.inputPath = writeFile(dir, QStringLiteral("bad.txt"),
                               "ok\nbad \xff\nok again\n" + QByteArray(3000, 'x') + "\nlast\n");
    spec.source.maxRecordBytes = 1000;
    spec.outputPath = dir.filePath(QStringLiteral("bad.tsv"));
    spec.format = EmbeddingFormat::Tsv;
    spec.params.poolings = {Pooling::Nsp};
    ExtractionJob job(tinyModel(), spec);
    const auto summary = job.run();
    QVERIFY(summary.ok());
    QCOMPARE(summary->skipped.size(), std::size_t(2));
    QCOMPARE(summary->skipped[0].line, 2);
    QVERIFY(summary->skipped[0].reason.contains(QStringLiteral("UTF-8")));
    QCOMPARE(summary->skipped[1].line, 4);
    QVERIFY(summary->skipped[1].reason.contains(QStringLiteral("1000")));
    const QList<QByteArray> lines = readLines(spec.outputPath);
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines[3].startsWith("4\tlast\t")); // indices keep their input positions
}

void TestExtractionJob::failureLeavesExistingOutput() {
    QTemporaryDir dir;
    const QString existing = writeFile(dir, QStringLiteral("keep.csv"), "precious\n");
    ExtractionJobSpec spec;
    spec.inputPath = dir.filePath(QStringLiteral("missing.txt"));
    spec.outputPath = existing;
    ExtractionJob job(tinyModel(), spec);
    const auto summary = job.run();
    QVERIFY(!summary.ok());
    QVERIFY(summary.errorString().contains(QStringLiteral("missing.txt")));
    QCOMPARE(readLines(existing), QList<QByteArray>{"precious"});

    spec.inputPath = writeFile(dir, QStringLiteral("in.txt"), "x\n");
    spec.params.layers = LayerSelection::of({7}); // no such layer
    ExtractionJob bad(tinyModel(), spec);
    QVERIFY(!bad.run().ok());
    QCOMPARE(readLines(existing), QList<QByteArray>{"precious"});
    QVERIFY(!QFile::exists(ExtractionJob::partialPath(existing)));
}

// A quoted CSV cell may hold line breaks; the record keeps them, and nothing else.
void TestExtractionJob::csvRecordsSpanLines() {
    QTemporaryDir dir;
    TextSourceOptions options;
    options.kind = TextSourceOptions::Kind::Csv;
    const QString path = writeFile(dir, QStringLiteral("t.csv"), "text,label\n\"two\nlines\",a\nplain,b\n");
    auto source = TextSource::open(path, options);
    QVERIFY(source.ok());
    std::vector<TextInput> texts;
    std::vector<SkippedRecord> skipped;
    (*source)->next(10, texts, skipped);
    QCOMPARE(texts.size(), std::size_t(2));
    QCOMPARE(texts[0].first, QStringLiteral("two\nlines"));
    QCOMPARE(texts[1].first, QStringLiteral("plain"));
    QCOMPARE(texts[1].index, 1);
    QVERIFY(skipped.empty());
}

QTEST_GUILESS_MAIN(TestExtractionJob)
#include "tst_extraction_job.moc"
