// The file extraction job: streams a file into CSV/NPY with the extractor's numbers, reports progress,
// keeps a valid partial file when cancelled, skips bad lines with their line numbers, and never leaves a
// half-written file at the destination.
#include "fixture_support.h"

#include "core/tasks/extraction_job.h"
#include "core/tasks/extraction_queue.h"
#include "core/tensor/compute_threads.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSignalSpy>
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

// kB fields of /proc/self/status ("VmRSS", "VmHWM"); -1 where unavailable.
qint64 procStatusKb(const char* field) {
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

const QString kLong = QStringLiteral("the quick brown fox jumps over the lazy dog ."); // 10 pieces

// What windows mode must give, computed by hand through the same extractor: each window's pieces as a
// text of its own (these pieces are whole words, so they tokenize back to themselves).
std::vector<Tensor> windowResults(const ExtractionParams& params, const QStringList& windows) {
    ExtractionParams plain = params;
    plain.longText = ExtractionParams::LongText::Truncate;
    plain.maxLength = 0;
    const Tokenizer tokenizer = tinyModel()->tokenizer({});
    const EmbeddingExtractor extractor(tinyModel()->model(), tokenizer, plain);
    std::vector<TextInput> inputs;
    for (const QString& w : windows)
        inputs.push_back({w, QString()});
    std::vector<Tensor> out;
    if (auto items = extractor.extract(inputs)) {
        for (auto& item : *items)
            out.push_back(std::move(item.embedding));
    }
    return out;
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
    void windowsPooledAverageWindows();
    void windowsPerTokenJoinRows();
    void windowsSpanBatchesAndPairsTruncate();
    void windowsThroughJob();
    void memoryStaysBounded();
    void queueRunsFilesInOrderAndCancelsTheRest();
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
    QVERIFY(lines[0].startsWith("index,text_a,text_b,ave_l3_0,"));
    QCOMPARE(lines[0].split(',').mid(3), [&] {
        QList<QByteArray> names;
        for (const QString& name : extractor.featureNames())
            names << name.toUtf8();
        return names;
    }());
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

// Pooled windows: the windows' pooled vectors averaged with weights = their real token counts
// ([CLS] + pieces + [SEP]): 8 and 6 for the 10 pieces of kLong at maxLength 8.
void TestExtractionJob::windowsPooledAverageWindows() {
    QVERIFY(tinyModel());
    ExtractionParams params;
    params.poolings = {Pooling::Nsp, Pooling::Max, Pooling::Average};
    params.layers = LayerSelection::last(2);
    params.maxLength = 8;
    params.longText = ExtractionParams::LongText::Windows;
    const Tokenizer tokenizer = tinyModel()->tokenizer({});
    const EmbeddingExtractor extractor(tinyModel()->model(), tokenizer, params);
    const auto items = extractor.extract({{kLong, QString()}});
    QVERIFY2(items.ok(), qPrintable(items.errorString()));
    const auto parts = windowResults(
        params, {QStringLiteral("the quick brown fox jumps over"), QStringLiteral("the lazy dog .")});
    QCOMPARE(parts.size(), std::size_t(2));
    Tensor expected(parts[0].shape());
    for (std::int64_t f = 0; f < expected.size(); ++f)
        expected[f] = float((8.0 * parts[0][f] + 6.0 * parts[1][f]) / 14.0);
    QCOMPARE((*items)[0].embedding.shape(), expected.shape());
    QVERIFY(maxAbsDiff((*items)[0].embedding, expected) < 1e-5f);
    // The item reports the whole text's tokens, as if untruncated.
    QCOMPARE((*items)[0].encoding.tokens, tokenizer.encode(kLong).tokens);
    QCOMPARE((*items)[0].encoding.offsets, tokenizer.encode(kLong).offsets);

    // Truncate (the default) keeps only the first window.
    params.longText = ExtractionParams::LongText::Truncate;
    const EmbeddingExtractor truncating(tinyModel()->model(), tokenizer, params);
    const auto cut = truncating.extract({{kLong, QString()}});
    QVERIFY(cut.ok());
    QVERIFY(maxAbsDiff((*cut)[0].embedding, parts[0]) < 1e-5f);
    QCOMPARE((*cut)[0].encoding.length(), 8);
}

// Per token: the windows' rows in order, without the inner [SEP] of the first and [CLS] of the second.
void TestExtractionJob::windowsPerTokenJoinRows() {
    QVERIFY(tinyModel());
    ExtractionParams params;
    params.maxLength = 8;
    params.longText = ExtractionParams::LongText::Windows;
    const Tokenizer tokenizer = tinyModel()->tokenizer({});
    const EmbeddingExtractor extractor(tinyModel()->model(), tokenizer, params);
    const auto items = extractor.extract({{kLong, QString()}});
    QVERIFY2(items.ok(), qPrintable(items.errorString()));
    const auto parts = windowResults(
        params, {QStringLiteral("the quick brown fox jumps over"), QStringLiteral("the lazy dog .")});
    QCOMPARE(parts.size(), std::size_t(2));
    const Tensor& got = (*items)[0].embedding;
    QCOMPARE(got.dim(0), 12); // [CLS] + 10 pieces + [SEP]
    QCOMPARE((*items)[0].encoding.tokens.size(), 12);
    const Tensor expected = [&] {
        Tensor joined({12, got.dim(1)});
        std::int64_t row = 0;
        for (std::int64_t r = 0; r < 7; ++r) // [CLS] + 6 pieces
            std::copy_n(parts[0].row(r), got.dim(1), joined.row(row++));
        for (std::int64_t r = 1; r < 6; ++r) // 4 pieces + [SEP]
            std::copy_n(parts[1].row(r), got.dim(1), joined.row(row++));
        return joined;
    }();
    QVERIFY(maxAbsDiff(got, expected) < 1e-5f);
}

// Windows of one text may straddle a batch boundary; short texts and pairs between them are unaffected,
// and pairs are truncated (documented choice).
void TestExtractionJob::windowsSpanBatchesAndPairsTruncate() {
    QVERIFY(tinyModel());
    ExtractionParams params;
    params.poolings = {Pooling::Average};
    params.maxLength = 8;
    params.batchSize = 3;
    params.longText = ExtractionParams::LongText::Windows;
    const Tokenizer tokenizer = tinyModel()->tokenizer({});
    const EmbeddingExtractor extractor(tinyModel()->model(), tokenizer, params);
    const QString pairA = QStringLiteral("the quick brown fox jumps");
    const QString pairB = QStringLiteral("over the lazy dog .");
    const std::vector<TextInput> inputs{{QStringLiteral("hello world"), QString()},
                                        {kLong, QString()},
                                        {pairA, pairB},
                                        {kLong + QStringLiteral(" ") + kLong, QString()}};
    const auto items = extractor.extract(inputs);
    QVERIFY2(items.ok(), qPrintable(items.errorString()));
    QCOMPARE(items->size(), std::size_t(4));
    for (std::size_t i = 0; i < items->size(); ++i) {
        QCOMPARE((*items)[i].index, qint64(i));
        ExtractionParams alone = params;
        alone.batchSize = 1;
        const EmbeddingExtractor single(tinyModel()->model(), tokenizer, alone);
        const auto one = single.extract({inputs[i]});
        QVERIFY(one.ok());
        QVERIFY2(maxAbsDiff((*items)[i].embedding, (*one)[0].embedding) < 1e-5f,
                 qPrintable(QString::number(i)));
    }
    QCOMPARE((*items)[2].encoding.length(), 8); // the pair was truncated to maxLength
    QCOMPARE((*items)[3].encoding.length(), 22);

    params.maxLength = 2;
    const EmbeddingExtractor tooShort(tinyModel()->model(), tokenizer, params);
    QVERIFY(!tooShort.validate());
}

// The job passes the mode through and writes one row per text, the same numbers as the extractor.
void TestExtractionJob::windowsThroughJob() {
    QVERIFY(tinyModel());
    QTemporaryDir dir;
    ExtractionJobSpec spec;
    spec.inputPath = writeFile(dir, QStringLiteral("long.txt"), (kLong + QStringLiteral("\nhi\n")).toUtf8());
    spec.outputPath = dir.filePath(QStringLiteral("long.csv"));
    spec.params.poolings = {Pooling::Max};
    spec.params.maxLength = 8;
    spec.params.longText = ExtractionParams::LongText::Windows;
    spec.textsPerChunk = 1; // exercises the reader thread chunk by chunk
    ExtractionJob job(tinyModel(), spec);
    const auto summary = job.run();
    QVERIFY2(summary.ok(), qPrintable(summary.errorString()));
    QCOMPARE(summary->rows, 2);
    const Tokenizer tokenizer = tinyModel()->tokenizer({});
    const EmbeddingExtractor extractor(tinyModel()->model(), tokenizer, spec.params);
    const auto expected = extractor.extract({{kLong, QString()}});
    QVERIFY(expected.ok());
    const QList<QByteArray> cells = readLines(spec.outputPath).at(1).split(',');
    QCOMPARE(cells.size(), 2 + 32);
    for (int f = 0; f < 32; ++f)
        QCOMPARE(cells[2 + f].toFloat(), (*expected)[0].embedding[f]);
}

// A large generated input streams through with a memory peak far below the input size.
void TestExtractionJob::memoryStaysBounded() {
    QVERIFY(tinyModel());
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("big.txt"));
    constexpr int kLines = 200000;
    {
        QFile f(input);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray block;
        for (int i = 0; i < kLines; ++i) {
            // Long in bytes, short in tokens (a word over 100 characters is one [UNK]), so the run stays
            // quick while the input is far larger than the bound asserted below.
            block +=
                "line " + QByteArray::number(i) + ' ' + QByteArray(200 + i % 50, char('a' + i % 26)) + '\n';
            if (block.size() > (1 << 20)) {
                f.write(block);
                block.clear();
            }
        }
        f.write(block);
    }
    const qint64 inputBytes = QFileInfo(input).size();
    const qint64 rssBefore = procStatusKb("VmRSS");
    if (rssBefore < 0)
        QSKIP("no /proc/self/status here");
    ExtractionJobSpec spec;
    spec.inputPath = input;
    spec.outputPath = dir.filePath(QStringLiteral("big.csv"));
    spec.params.poolings = {Pooling::Nsp};
    spec.params.batchSize = 64;
    spec.significantDigits = 4;
    // One compute thread: the tiny model gains nothing from more, and spinning compute threads on a
    // machine shared with other test processes would make the run take minutes instead of seconds.
    const int threads = computeThreads();
    setComputeThreads(1);
    const auto restoreThreads = qScopeGuard([threads] { setComputeThreads(threads); });
    QElapsedTimer clock;
    clock.start();
    ExtractionJob job(tinyModel(), spec);
    const auto summary = job.run();
    QVERIFY2(summary.ok(), qPrintable(summary.errorString()));
    QCOMPARE(summary->rows, kLines);
    const qint64 peakKb = procStatusKb("VmHWM");
    const qint64 growthMb = (peakKb - rssBefore) / 1024;
    qInfo("input %lld MB, peak RSS growth %lld MB, %lld ms", inputBytes >> 20, growthMb,
          qint64(clock.elapsed()));
    QVERIFY(inputBytes > (40ll << 20));
    QVERIFY2(growthMb < 24, qPrintable(QStringLiteral("peak grew by %1 MB").arg(growthMb)));
}

// The Extract page's run: files one after another, each outcome in order; a cancel during the second file
// keeps its partial and leaves the third not run; two files writing one output are refused up front.
void TestExtractionJob::queueRunsFilesInOrderAndCancelsTheRest() {
    QTemporaryDir dir;
    QByteArray many;
    for (int i = 0; i < 3000; ++i)
        many += "line number " + QByteArray::number(i) + " of a long input\n";
    std::vector<ExtractionJobSpec> specs(3);
    const QByteArray inputs[] = {"one\ntwo\n", many, "three\n"};
    for (int i = 0; i < 3; ++i) {
        specs[std::size_t(i)].inputPath = writeFile(dir, QStringLiteral("in%1.txt").arg(i), inputs[i]);
        specs[std::size_t(i)].outputPath = dir.filePath(QStringLiteral("out%1.csv").arg(i));
        specs[std::size_t(i)].params.poolings = {Pooling::Average};
        specs[std::size_t(i)].textsPerChunk = 16;
    }
    ExtractionQueue queue;
    QList<int> started, done;
    connect(&queue, &ExtractionQueue::fileStarted, &queue, [&](int i) { started << i; });
    connect(&queue, &ExtractionQueue::progress, &queue, [&](int i, const ExtractionProgress&) {
        if (i == 1)
            queue.cancel();
    });
    connect(&queue, &ExtractionQueue::fileFinished, &queue,
            [&](int i, const ExtractionOutcome&) { done << i; });
    QSignalSpy finished(&queue, &ExtractionQueue::finished);
    QVERIFY(queue.start(tinyModel(), specs));
    QVERIFY(!queue.start(tinyModel(), specs)); // one run at a time
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished[0][0].toBool(), true);
    QCOMPARE(started, (QList<int>{0, 1}));
    QCOMPARE(done, (QList<int>{0, 1, 2}));
    const auto& outcomes = queue.outcomes();
    QVERIFY(outcomes[0].summary && !outcomes[0].summary->cancelled && outcomes[0].summary->rows == 2);
    QVERIFY(outcomes[1].summary && outcomes[1].summary->cancelled);
    QVERIFY(outcomes[2].notRun && !QFile::exists(specs[2].outputPath));
    QVERIFY(QFile::exists(specs[0].outputPath));

    specs[2].outputPath = specs[0].outputPath;
    const Status same = ExtractionQueue::check(specs);
    QVERIFY(!same);
    QVERIFY2(same.errorString().contains(u"out0.csv"), qPrintable(same.errorString()));
    QVERIFY(!ExtractionQueue::check({}));
}

QTEST_GUILESS_MAIN(TestExtractionJob)
#include "tst_extraction_job.moc"
