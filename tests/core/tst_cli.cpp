// The CLI contract that scripts rely on: JSON shapes, 9-digit floats, files written whole, and one-line
// errors with a non-zero exit for bad input (never a crash or a hang).
#include "cli_support.h"
#include "fixture_support.h"

#include "core/tasks/text_source.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <cstring>

using namespace bertlab::tests;

namespace {

using Run = CliRun;

Run cli(const QStringList& args, const QByteArray& input = {}) {
    CliOptions options;
    options.input = input;
    return runCli(args, options);
}

QString model(const char* name) {
    return fixturePath(QStringLiteral("models/") + QLatin1String(name));
}

} // namespace

class TestCli final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void tokenize();
    void tokenizePairWithMaxLen();
    void tokenizePadsAsKerasBert();
    void tokenizeHonoursTokenizerConfig();
    void predict();
    void predictWithoutMask();
    void attention();
    void inspectSteps();
    void extractJsonl();
    void extractCsvAndTsv();
    void extractPooledCsvAndNpy();
    void extractAndClassifyKeepChosenColumns();
    void extractWritesWholeFilesOnly();
    void extractSkipsBadLines();
    void extractOfAnEmptyFileWarns();
    void extractFromCsvColumns();
    void extractLongTextsWindows();
    void info();
    void errors_data();
    void errors();
    void usage();
};

void TestCli::tokenize() {
    const Run r = cli({QStringLiteral("tokenize"), QStringLiteral("--vocab"),
                       model("tiny_hf") + QStringLiteral("/vocab.txt"), QStringLiteral("--"),
                       QStringLiteral("Hello world!")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject j = r.json();
    QCOMPARE(stringsFromJson(j.value(u"tokens")).first(), QStringLiteral("[CLS]"));
    QCOMPARE(stringsFromJson(j.value(u"tokens")).last(), QStringLiteral("[SEP]"));
    const auto n = j.value(u"tokens").toArray().size();
    QCOMPARE(j.value(u"ids").toArray().size(), n);
    QCOMPARE(j.value(u"segments").toArray().size(), n);
    QCOMPARE(j.value(u"offsets").toArray().size(), n);
    QCOMPARE(j.value(u"offsets").toArray().at(1).toArray().at(0).toInt(), 0); // "hello" starts the text
}

void TestCli::tokenizePairWithMaxLen() {
    const Run r = cli({QStringLiteral("tokenize"), QStringLiteral("--vocab"),
                       model("tiny_hf") + QStringLiteral("/vocab.txt"), QStringLiteral("--max-len"),
                       QStringLiteral("8"), QStringLiteral("--"), QStringLiteral("the quick brown fox jumps"),
                       QStringLiteral("over the lazy dog")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject j = r.json();
    QCOMPARE(j.value(u"tokens").toArray().size(), 8);
    const auto segments = intsFromJson(j.value(u"segments"));
    QCOMPARE(segments.front(), 0);
    QCOMPARE(segments.back(), 1);
}

// keras-bert's README example through the CLI: Tokenizer.encode(first, second, max_len) pads to max_len, and
// so does keras-bert mode with --max-len (the expected ids come from keras-bert itself,
// tokenizer/expected.json).
void TestCli::tokenizePadsAsKerasBert() {
    const QJsonObject readme = loadJsonFixture(QStringLiteral("tokenizer/expected.json"))
                                   .value(u"keras")
                                   .toObject()
                                   .value(u"readme")
                                   .toObject();
    QJsonObject pair;
    for (const QJsonValue& c : readme.value(u"cases").toArray())
        if (c.toObject().value(u"name").toString() == u"readme_pair")
            pair = c.toObject();
    QVERIFY(!pair.isEmpty());
    QTemporaryDir dir;
    const QString vocab = dir.filePath(QStringLiteral("vocab.txt"));
    QFile file(vocab);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(stringsFromJson(readme.value(u"vocab")).join(u'\n').toUtf8() + '\n');
    file.close();
    const QStringList args{QStringLiteral("tokenize"),
                           QStringLiteral("--vocab"),
                           vocab,
                           QStringLiteral("--mode"),
                           QStringLiteral("keras-bert"),
                           QStringLiteral("--max-len"),
                           QString::number(pair.value(u"max_len").toInt())};
    const QStringList texts{QStringLiteral("--"), pair.value(u"first").toString(),
                            pair.value(u"second").toString()};
    Run r = cli(args + texts);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(intsFromJson(r.json().value(u"ids")), intsFromJson(pair.value(u"ids")));
    QCOMPARE(intsFromJson(r.json().value(u"segments")), intsFromJson(pair.value(u"segments")));
    // --no-pad only truncates; --pad without a length to pad to is refused.
    r = cli(args + QStringList{QStringLiteral("--no-pad")} + texts);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value(u"ids").toArray().size(), 7);
    r = cli({QStringLiteral("tokenize"), QStringLiteral("--vocab"), vocab, QStringLiteral("--pad"),
             QStringLiteral("--"), QStringLiteral("unaffable")});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("--max-len"), r.err.constData());
}

void TestCli::predict() {
    const QJsonObject hf = loadJsonFixture(QStringLiteral("expected/hf.json"));
    // The first fixture case has a [MASK]; the CLI's top candidate must be the reference's argmax.
    QJsonObject c;
    for (const auto& v : hf.value(u"cases").toArray()) {
        if (v.toObject().value(u"model").toString() == u"tiny_hf" &&
            v.toObject().value(u"second").isString()) {
            c = v.toObject();
            break;
        }
    }
    QVERIFY(!c.isEmpty());
    // These hold tiny_hf's weights in transformers' sharded safetensors and in torch.save's files.
    for (const char* name : {"tiny_hf", "tiny_hf_sharded", "tiny_hf_pytorch", "tiny_hf_pytorch_legacy"}) {
        const Run r = cli({QStringLiteral("predict"), QStringLiteral("--model"), model(name),
                           QStringLiteral("--top-k"), QStringLiteral("3"), QStringLiteral("--"),
                           c.value(u"first").toString(), c.value(u"second").toString()});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject j = r.json();
        QCOMPARE(stringsFromJson(j.value(u"tokens")), stringsFromJson(c.value(u"tokens")));
        const QJsonArray masks = j.value(u"masks").toArray();
        QVERIFY(!masks.isEmpty());
        const QJsonArray probs = c.value(u"mlm_probs").toArray();
        for (const auto& m : masks) {
            const int position = m.toObject().value(u"position").toInt();
            const QJsonArray candidates = m.toObject().value(u"candidates").toArray();
            QCOMPARE(candidates.size(), 3);
            const bertlab::core::Tensor row = tensorFromJson(probs.at(position));
            const int best = int(std::max_element(row.data(), row.data() + row.size()) - row.data());
            QCOMPARE(candidates.at(0).toObject().value(u"id").toInt(), best);
            QVERIFY(std::abs(candidates.at(0).toObject().value(u"probability").toDouble() - row[best]) <=
                    1e-5);
        }
        const QJsonArray nsp = j.value(u"nsp").toArray();
        QCOMPARE(nsp.size(), 2);
        QVERIFY(std::abs(nsp.at(0).toDouble() - c.value(u"nsp_probs").toArray().at(0).toDouble()) <= 1e-5);
        // Floats carry 9 significant digits.
        QVERIFY(QRegularExpression(QStringLiteral("\"probability\":0\\.\\d{9}"))
                    .match(QString::fromUtf8(r.out))
                    .hasMatch() ||
                QRegularExpression(QStringLiteral("\"probability\":\\d\\.\\d{8}"))
                    .match(QString::fromUtf8(r.out))
                    .hasMatch());
    }
}

// A pair without [MASK] still gives NSP (and no masks).
void TestCli::predictWithoutMask() {
    const Run r = cli({QStringLiteral("predict"), QStringLiteral("--model"), model("tiny_hf"),
                       QStringLiteral("--"), QStringLiteral("hello"), QStringLiteral("world")});
    QCOMPARE(r.status, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.json().value(u"masks").toArray().isEmpty());
    QCOMPARE(r.json().value(u"nsp").toArray().size(), 2);
}

void TestCli::attention() {
    const Run r = cli({QStringLiteral("attention"), QStringLiteral("--model"), model("tiny_hf_tanh"),
                       QStringLiteral("--"), QStringLiteral("hello world")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject j = r.json();
    const int tokens = j.value(u"tokens").toArray().size();
    const QJsonArray layers = j.value(u"attention").toArray();
    QCOMPARE(layers.size(), 2);
    QCOMPARE(layers.at(0).toArray().size(), 3); // heads
    const QJsonArray rows = layers.at(1).toArray().at(2).toArray();
    QCOMPARE(rows.size(), tokens);
    double sum = 0;
    for (const auto& v : rows.at(0).toArray())
        sum += v.toDouble();
    QVERIFY(std::abs(sum - 1.0) < 1e-5);
}

// `inspect` shows the intermediates of one forward pass: a layer's input is the previous layer's output,
// every step has a row per token, and a step or layer that does not exist is named in the error.
void TestCli::inspectSteps() {
    const auto inspect = [](const QStringList& extra) {
        return cli(QStringList{QStringLiteral("inspect"), QStringLiteral("--model"), model("tiny_tf")} +
                   extra + QStringList{QStringLiteral("--"), QStringLiteral("the quick brown fox")});
    };
    const Run input = inspect(
        {QStringLiteral("--step"), QStringLiteral("input"), QStringLiteral("--layer"), QStringLiteral("2")});
    const Run output = inspect({QStringLiteral("--step"), QStringLiteral("output")}); // layer 1
    QCOMPARE(input.exitCode, 0);
    QCOMPARE(output.exitCode, 0);
    const int tokens = int(input.json().value(u"tokens").toArray().size());
    QVERIFY(tokens > 3);
    QCOMPARE(input.json().value(u"shape").toArray(), QJsonArray({tokens, 32}));
    QCOMPARE(input.json().value(u"values"), output.json().value(u"values"));

    const Run qkv = inspect(
        {QStringLiteral("--step"), QStringLiteral("qkv"), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(qkv.exitCode, 0);
    const QList<QByteArray> lines = qkv.out.trimmed().split('\n');
    QCOMPARE(lines.size(), tokens + 1);
    QVERIFY(lines[0].startsWith("token,0,1,"));
    QCOMPARE(lines[0].count(','), 3 * 32); // query, key and value side by side
    QVERIFY(lines[1].startsWith("[CLS],"));

    const Run sum = inspect({QStringLiteral("--step"), QStringLiteral("embedding-sum")});
    QCOMPARE(sum.exitCode, 0);
    QVERIFY(!sum.json().contains(u"layer"));

    const Run badStep = inspect({QStringLiteral("--step"), QStringLiteral("softmax")});
    QCOMPARE(badStep.exitCode, 1);
    QVERIFY2(badStep.err.contains("'softmax'") && badStep.err.contains("attention-sum"),
             badStep.err.constData());
    const Run badLayer = inspect({QStringLiteral("--layer"), QStringLiteral("9")});
    QVERIFY(badLayer.exitCode != 0);
    QVERIFY2(badLayer.err.contains("Layer 9 does not exist: the model has layers 1 to 3."),
             badLayer.err.constData());
}

void TestCli::extractJsonl() {
    const QByteArray input = "The quick brown fox.\nwhere is the station?\tit is near the bridge.\n";
    Run r = cli({QStringLiteral("extract"), QStringLiteral("--model"), model("tiny_tf"),
                 QStringLiteral("--pooling"), QStringLiteral("nsp,max"), QStringLiteral("--output-layers"),
                 QStringLiteral("2")},
                input);
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    const QJsonObject second = QJsonDocument::fromJson(lines[1]).object();
    QCOMPARE(second.value(u"index").toInt(), 1);
    QVERIFY(stringsFromJson(second.value(u"tokens")).contains(QStringLiteral("[SEP]")));
    QCOMPARE(second.value(u"embedding").toArray().size(), 32 * 2 * 2);

    r = cli({QStringLiteral("extract"), QStringLiteral("--model"), model("tiny_tf"),
             QStringLiteral("--output-layers"), QStringLiteral("0,-1")},
            input);
    QCOMPARE(r.exitCode, 0);
    const QJsonObject first = QJsonDocument::fromJson(r.out.split('\n').first()).object();
    const QJsonArray rows = first.value(u"embedding").toArray();
    QCOMPARE(rows.size(), first.value(u"tokens").toArray().size());
    QCOMPARE(rows.at(0).toArray().size(), 64);
}

void TestCli::extractCsvAndTsv() {
    QTemporaryDir dir;
    const QString in = dir.filePath(QStringLiteral("in.txt"));
    QFile f(in);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("hello, world\nthe dog\n");
    f.close();
    for (const QString& format : {QStringLiteral("csv"), QStringLiteral("tsv")}) {
        const QString out = dir.filePath(QStringLiteral("out.") + format);
        // TSV without --format: the output's extension says it.
        const QStringList formatOption =
            format == u"csv" ? QStringList{QStringLiteral("--format"), format} : QStringList{};
        Run r =
            cli(QStringList{QStringLiteral("extract"), QStringLiteral("--model"), model("tiny_hf")} +
                formatOption + QStringList{QStringLiteral("--input"), in, QStringLiteral("--output"), out});
        QCOMPARE(r.exitCode, 0);
        QFile result(out);
        QVERIFY(result.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = result.readAll().trimmed().split('\n');
        const char sep = format == u"csv" ? ',' : '\t';
        QCOMPARE(lines.at(0).split(sep).mid(0, 6),
                 (QList<QByteArray>{"index", "token_index", "token", "start", "end", "l3_0"}));
        QCOMPARE(lines.at(0).split(sep).last(), QByteArray("l3_31")); // the last layer (of 3), 1-based
        QCOMPARE(lines.at(0).split(sep).size(), 5 + 32);
        if (format == u"csv")
            QVERIFY2(lines.at(3).startsWith("0,2,\",\",5,6,"),
                     lines.at(3).constData()); // the comma is quoted
        // "[CLS] hello , world [SEP]" + "[CLS] the dog [SEP]" + the header
        QCOMPARE(lines.size(), 1 + 5 + 4);
    }
}

// --keep-columns copies input columns (an id, a label) into every output beside the results, in the order
// asked; an unknown column or a plain text file says so.
void TestCli::extractAndClassifyKeepChosenColumns() {
    QTemporaryDir dir;
    const QString in = dir.filePath(QStringLiteral("table.csv"));
    QFile f(in);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("id,sentence,label\n7,where is the station?,pos\n\"8,a\",\"it is, near\",neg\n");
    f.close();
    const QStringList common{QStringLiteral("extract"),
                             QStringLiteral("--model"),
                             model("tiny_hf"),
                             QStringLiteral("--pooling"),
                             QStringLiteral("nsp"),
                             QStringLiteral("--input"),
                             in,
                             QStringLiteral("--text-column"),
                             QStringLiteral("sentence"),
                             QStringLiteral("--keep-columns"),
                             QStringLiteral("label,id")};
    const QString csv = dir.filePath(QStringLiteral("out.csv"));
    Run r = cli(common + QStringList{QStringLiteral("--output"), csv});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile out(csv);
    QVERIFY(out.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = out.readAll().trimmed().split('\n');
    QVERIFY2(lines.at(0).startsWith("index,label,id,text,nsp_l3_0,"), lines.at(0).constData());
    QVERIFY2(lines.at(1).startsWith("0,pos,7,where is the station?,"), lines.at(1).constData());
    QVERIFY2(lines.at(2).startsWith("1,neg,\"8,a\",\"it is, near\","), lines.at(2).constData());

    r = cli(common); // JSONL on standard output
    QCOMPARE(r.exitCode, 0);
    const QJsonObject first = QJsonDocument::fromJson(r.out.split('\n').at(0)).object();
    QCOMPARE(first.value(u"columns").toObject(),
             (QJsonObject{{QStringLiteral("label"), QStringLiteral("pos")},
                          {QStringLiteral("id"), QStringLiteral("7")}}));

    const QString npy = dir.filePath(QStringLiteral("out.npy"));
    QCOMPARE(cli(common + QStringList{QStringLiteral("--output"), npy}).exitCode, 0);
    QFile index(dir.filePath(QStringLiteral("out.index.csv")));
    QVERIFY(index.open(QIODevice::ReadOnly));
    QVERIFY(index.readAll().startsWith("index,label,id,text\n0,pos,7,where is the station?\n"));

    // classify carries them too.
    const QString predictions = dir.filePath(QStringLiteral("predictions.csv"));
    r = cli({QStringLiteral("classify"), QStringLiteral("--model"), model("tiny_hf_classifier"),
             QStringLiteral("--input"), in, QStringLiteral("--text-column"), QStringLiteral("sentence"),
             QStringLiteral("--keep-columns"), QStringLiteral("id"), QStringLiteral("--output"),
             predictions});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile classified(predictions);
    QVERIFY(classified.open(QIODevice::ReadOnly));
    const QList<QByteArray> rows = classified.readAll().split('\n');
    QVERIFY2(rows.at(0).startsWith("index,id,text,label,probability,p_negative"), rows.at(0).constData());
    QVERIFY(rows.at(2).startsWith("1,\"8,a\",\"it is, near\","));

    r = cli(common.mid(0, common.size() - 1) + QStringList{QStringLiteral("id,stars")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("no column 'stars' to keep (columns: id, sentence, label)"), r.err.constData());
    const QString lines2 = dir.filePath(QStringLiteral("plain.txt"));
    QFile plain(lines2);
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.write("one text\n");
    plain.close();
    r = cli({QStringLiteral("extract"), QStringLiteral("--model"), model("tiny_hf"),
             QStringLiteral("--input"), lines2, QStringLiteral("--keep-columns"), QStringLiteral("id")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("columns to keep need a CSV or TSV file"), r.err.constData());
}

// Pooled CSV rows carry the texts, and parse back to the JSONL numbers; .npy holds the same matrix.
void TestCli::extractPooledCsvAndNpy() {
    QTemporaryDir dir;
    const QString in = dir.filePath(QStringLiteral("pairs.txt"));
    QFile f(in);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("where is the station?\tit is near the bridge.\n\"quoted\", text\n");
    f.close();
    const QStringList common{QStringLiteral("extract"),
                             QStringLiteral("--model"),
                             model("tiny_hf"),
                             QStringLiteral("--pooling"),
                             QStringLiteral("ave,nsp"),
                             QStringLiteral("--input"),
                             in};
    const Run jsonl = cli(common);
    QCOMPARE(jsonl.exitCode, 0);
    QList<QJsonArray> expected;
    for (const QByteArray& line : jsonl.out.trimmed().split('\n'))
        expected << QJsonDocument::fromJson(line).object().value(u"embedding").toArray();
    QCOMPARE(expected.size(), 2);

    const QString csv = dir.filePath(QStringLiteral("pooled.csv"));
    QCOMPARE(cli(common + QStringList{QStringLiteral("--format"), QStringLiteral("csv"),
                                      QStringLiteral("--output"), csv})
                 .exitCode,
             0);
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csvFile.readAll().trimmed().split('\n');
    // Feature columns say where they come from: pooling, layer (1-based), dimension, in the output's order.
    QVERIFY(lines.at(0).startsWith("index,text_a,text_b,ave_l3_0,ave_l3_1,"));
    QVERIFY(lines.at(0).contains(",ave_l3_31,nsp_l3_0,"));
    QVERIFY(lines.at(0).endsWith(",nsp_l3_31"));
    QVERIFY(lines.at(1).startsWith("0,where is the station?,it is near the bridge.,"));
    QVERIFY(lines.at(2).startsWith("1,\"\"\"quoted\"\", text\",,"));
    const QList<QByteArray> cells = lines.at(1).split(',');
    for (int i = 0; i < expected[0].size(); ++i)
        QCOMPARE(cells.at(3 + i).toFloat(), float(expected[0].at(i).toDouble()));

    const QString npy = dir.filePath(QStringLiteral("pooled.npy"));
    QCOMPARE(cli(common + QStringList{QStringLiteral("--format"), QStringLiteral("npy"),
                                      QStringLiteral("--output"), npy})
                 .exitCode,
             0);
    QFile npyFile(npy);
    QVERIFY(npyFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = npyFile.readAll();
    QVERIFY(bytes.startsWith("\x93NUMPY\x01\x00"));
    const int headerLength = 10 + (uchar(bytes[8]) | (uchar(bytes[9]) << 8));
    QCOMPARE(headerLength % 64, 0);
    QVERIFY2(bytes.mid(10, headerLength - 10).contains("'shape': (2, 64)"),
             bytes.mid(10, headerLength - 10).constData());
    QCOMPARE(bytes.size(), headerLength + 2 * 64 * 4);
    for (int row = 0; row < 2; ++row)
        for (int i = 0; i < 64; ++i) {
            float value;
            std::memcpy(&value, bytes.constData() + headerLength + (row * 64 + i) * 4, 4);
            QCOMPARE(value, float(expected[row].at(i).toDouble()));
        }
    QFile index(dir.filePath(QStringLiteral("pooled.index.csv")));
    QVERIFY(index.open(QIODevice::ReadOnly));
    QCOMPARE(index.readLine(), QByteArray("index,text_a,text_b\n"));
}

void TestCli::extractWritesWholeFilesOnly() {
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("keep.jsonl"));
    QFile existing(out);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("precious\n");
    existing.close();
    // Line 2 is not UTF-8: with --strict the run fails and the existing file is left as it was.
    const Run r = cli({QStringLiteral("extract"), QStringLiteral("--model"), model("tiny_hf"),
                       QStringLiteral("--strict"), QStringLiteral("--output"), out},
                      QByteArray("fine\nbad \xff\xfe bytes\n"));
    verifyCleanFailure(r, QStringLiteral("line 2"));
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), QByteArray("precious\n"));
}

// Without --strict, bad lines are reported with their line number and skipped; indices keep their place.
void TestCli::extractSkipsBadLines() {
    const Run r = cli({QStringLiteral("extract"), QStringLiteral("--model"), model("tiny_hf"),
                       QStringLiteral("--pooling"), QStringLiteral("nsp")},
                      QByteArray("first\n\nbad \xff bytes\nlast\n"));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains("line 3 skipped: not valid UTF-8"), r.err.constData());
    QList<int> indices;
    for (const QByteArray& line : r.out.trimmed().split('\n'))
        indices << QJsonDocument::fromJson(line).object().value(u"index").toInt();
    QCOMPARE(indices, (QList<int>{0, 1, 3})); // the empty line keeps index 1; the bad line 2 is skipped
}

// CSV input with a header: the text column is chosen by name.
void TestCli::extractFromCsvColumns() {
    QTemporaryDir dir;
    const QString in = dir.filePath(QStringLiteral("reviews.csv"));
    QFile f(in);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("id,review,label\n1,\"good, very\ngood\",pos\n2,bad,neg\n\"3\nx\",fine,pos\n");
    f.close();
    const Run r = cli({QStringLiteral("extract"), QStringLiteral("--model"), model("tiny_hf"),
                       QStringLiteral("--input"), in, QStringLiteral("--text-column"),
                       QStringLiteral("review"), QStringLiteral("--pooling"), QStringLiteral("max")});
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QCOMPARE(stringsFromJson(QJsonDocument::fromJson(lines[0]).object().value(u"tokens")),
             (QStringList{QStringLiteral("[CLS]"), QStringLiteral("good"), QStringLiteral(","),
                          QStringLiteral("very"), QStringLiteral("good"), QStringLiteral("[SEP]")}));
}

// An input with no texts still gives a (header-only) file, and says so instead of a silent "done".
void TestCli::extractOfAnEmptyFileWarns() {
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("empty.txt"));
    QFile(input).open(QIODevice::WriteOnly);
    const QString output = dir.filePath(QStringLiteral("out.csv"));
    const Run r = cli({QStringLiteral("extract"), QStringLiteral("--model"), model("tiny_tf"),
                       QStringLiteral("--input"), input, QStringLiteral("--output"), output});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains("holds no texts") && r.err.contains("only its header"), r.err.constData());
    QVERIFY(QFileInfo::exists(output));
}

// A folder's tokenizer_config.json (written by transformers' save_pretrained, do_lower_case false) sets the
// tokenizer with --mode auto; --uncased and another mode override it.
void TestCli::tokenizeHonoursTokenizerConfig() {
    const QString vocab = fixturePath(QStringLiteral("tokenizer/settings/cased/vocab.txt"));
    const auto tokens = [&](const QStringList& extra) {
        const Run r = cli(QStringList{QStringLiteral("tokenize"), QStringLiteral("--vocab"), vocab} + extra +
                          QStringList{QStringLiteral("--"), QStringLiteral("Caf\u00e9 Paris")});
        return r.exitCode == 0 ? stringsFromJson(r.json().value(u"tokens"))
                               : QStringList{QString::fromUtf8(r.err)};
    };
    QCOMPARE(tokens({}), QStringList({QStringLiteral("[CLS]"), QStringLiteral("Caf\u00e9"),
                                      QStringLiteral("Paris"), QStringLiteral("[SEP]")}));
    QCOMPARE(tokens({QStringLiteral("--uncased")}),
             QStringList({QStringLiteral("[CLS]"), QStringLiteral("cafe"), QStringLiteral("paris"),
                          QStringLiteral("[SEP]")}));
    // Beside the shared vocabulary (no tokenizer files): google, uncased.
    const QString plain = fixturePath(QStringLiteral("tokenizer/vocab.txt"));
    const Run r = cli({QStringLiteral("tokenize"), QStringLiteral("--vocab"), plain, QStringLiteral("--"),
                       QStringLiteral("Caf\u00e9")});
    QCOMPARE(stringsFromJson(r.json().value(u"tokens")).at(1), QStringLiteral("cafe"));
    const Run both = cli({QStringLiteral("tokenize"), QStringLiteral("--vocab"), plain,
                          QStringLiteral("--cased"), QStringLiteral("--uncased"), QStringLiteral("hi")});
    QCOMPARE(both.exitCode, 1);
    QVERIFY(both.err.contains("choose one"));
}

void TestCli::info() {
    for (const char* name :
         {"tiny_tf", "tiny_hf", "tiny_hf_tanh", "tiny_hf_sharded", "tiny_hf_pytorch_sharded"}) {
        const Run r = cli({QStringLiteral("info"), QStringLiteral("--model"), model(name)});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject j = r.json();
        const QString n = QString::fromLatin1(name);
        QCOMPARE(j.value(u"format").toString(), n == u"tiny_tf"          ? QStringLiteral("tf-checkpoint")
                                                : n.contains(u"pytorch") ? QStringLiteral("pytorch")
                                                                         : QStringLiteral("safetensors"));
        QVERIFY(j.value(u"parameters").toDouble() > 10000);
        QCOMPARE(j.value(u"heads").toObject().value(u"mlm").toBool(),
                 QString::fromLatin1(name) != u"tiny_hf_tanh");
        QVERIFY(j.value(u"config").toObject().value(u"num_hidden_layers").toInt() >= 2);
        // The tokenizer a model gets by default: google for a TF checkpoint, huggingface for the rest.
        const QJsonObject tokenizer = j.value(u"tokenizer").toObject();
        QCOMPARE(tokenizer.value(u"mode").toString(),
                 n == u"tiny_tf" ? QStringLiteral("google") : QStringLiteral("huggingface"));
        QCOMPARE(tokenizer.value(u"from").toString(), QStringLiteral("defaults"));
    }
}

void TestCli::errors_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mention");
    const QString missing = QStringLiteral("/nonexistent/model-dir");
    QTest::newRow("missing model") << QStringList{QStringLiteral("info"), QStringLiteral("--model"), missing}
                                   << missing;
    QTest::newRow("missing vocab") << QStringList{QStringLiteral("tokenize"), QStringLiteral("--vocab"),
                                                  QStringLiteral("/nonexistent/vocab.txt"),
                                                  QStringLiteral("hi")}
                                   << QStringLiteral("/nonexistent/vocab.txt");
    QTest::newRow("no MLM head") << QStringList{QStringLiteral("predict"), QStringLiteral("--model"),
                                                model("tiny_hf_tanh"), QStringLiteral("a [MASK] b")}
                                 << QStringLiteral("MLM");
    QTest::newRow("bad mode") << QStringList{QStringLiteral("tokenize"),
                                             QStringLiteral("--vocab"),
                                             model("tiny_hf") + QStringLiteral("/vocab.txt"),
                                             QStringLiteral("--mode"),
                                             QStringLiteral("spacy"),
                                             QStringLiteral("hi")}
                              << QStringLiteral("spacy");
    QTest::newRow("bad layers") << QStringList{QStringLiteral("extract"), QStringLiteral("--model"),
                                               model("tiny_hf"), QStringLiteral("--output-layers"),
                                               QStringLiteral("0,7")}
                                << QStringLiteral("7");
    QTest::newRow("bad pooling") << QStringList{QStringLiteral("extract"), QStringLiteral("--model"),
                                                model("tiny_hf"), QStringLiteral("--pooling"),
                                                QStringLiteral("min")}
                                 << QStringLiteral("min");
    QTest::newRow("bad long-texts") << QStringList{QStringLiteral("extract"), QStringLiteral("--model"),
                                                   model("tiny_hf"), QStringLiteral("--long-texts"),
                                                   QStringLiteral("split")}
                                    << QStringLiteral("split");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("info"), QStringLiteral("--frobnicate")}
                                    << QStringLiteral("frobnicate");
    QTest::newRow("unreadable input")
        << QStringList{QStringLiteral("extract"), QStringLiteral("--model"), model("tiny_hf"),
                       QStringLiteral("--input"), QStringLiteral("/nonexistent/in.txt")}
        << QStringLiteral("/nonexistent/in.txt");
}

// --long-texts windows: per token, every piece of a long text keeps its row; pooled, the numbers differ
// from truncation (the extractor's own tests check them against a manual computation).
void TestCli::extractLongTextsWindows() {
    const QByteArray input = "the quick brown fox jumps over the lazy dog .\n";
    const auto run = [&](const char* mode, bool pooled) {
        QStringList args{QStringLiteral("extract"), QStringLiteral("--model"),
                         model("tiny_hf"),          QStringLiteral("--max-len"),
                         QStringLiteral("8"),       QStringLiteral("--long-texts"),
                         QLatin1String(mode)};
        if (pooled)
            args << QStringLiteral("--pooling") << QStringLiteral("ave");
        const Run r = cli(args, input);
        return QJsonDocument::fromJson(r.exitCode == 0 ? r.out.trimmed() : QByteArray()).object();
    };
    const QJsonObject windows = run("windows", false);
    QCOMPARE(windows.value(u"tokens").toArray().size(), 12);
    QCOMPARE(windows.value(u"embedding").toArray().size(), 12);
    QCOMPARE(run("truncate", false).value(u"embedding").toArray().size(), 8);
    const QJsonArray a = run("windows", true).value(u"embedding").toArray();
    const QJsonArray b = run("truncate", true).value(u"embedding").toArray();
    QCOMPARE(a.size(), 32);
    QCOMPARE(b.size(), 32);
    QVERIFY(a != b);
}

void TestCli::errors() {
    QFETCH(QStringList, args);
    QFETCH(QString, mention);
    verifyCleanFailure(cli(args), mention);
}

void TestCli::usage() {
    const Run none = cli({});
    QVERIFY(none.exitCode != 0);
    QVERIFY(none.err.contains("tokenize"));
    const Run help = cli({QStringLiteral("extract"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("--output-layers"));
    QVERIFY(help.out.contains("--long-texts"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
