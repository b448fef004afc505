// sentence-transformers folders: read as SentenceTransformer reads them, and "as sentence-transformers"
// extraction equal to SentenceTransformer.encode (expected/sentence_transformers.json, gen_sentence.py).
#include "cli_support.h"
#include "fixture_support.h"

#include "core/tasks/embedding_extractor.h"
#include "core/tasks/model_bundle.h"
#include "core/tasks/sentence_transformers.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace bertlab::core;
using bertlab::tests::fixturePath;
using bertlab::tests::loadJsonFixture;

namespace {

double maxDiff(const Tensor& got, const QJsonArray& expected) {
    if (got.size() != expected.size())
        return INFINITY;
    double worst = 0.0;
    for (qsizetype i = 0; i < expected.size(); ++i)
        worst = std::max(worst, std::abs(double(got[i]) - expected.at(i).toDouble()));
    return worst;
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

class TestSentenceTransformers final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void encodeMatches_data() {
        QTest::addColumn<QJsonObject>("folder");
        const QJsonArray folders = loadJsonFixture(QStringLiteral("expected/sentence_transformers.json"))
                                       .value(u"folders")
                                       .toArray();
        QVERIFY(folders.size() >= 2);
        for (const QJsonValue& f : folders)
            QTest::newRow(qPrintable(f.toObject().value(u"folder").toString())) << f.toObject();
    }

    // The folder's pipeline through BertLab's extractor equals SentenceTransformer.encode within 1e-5.
    void encodeMatches() {
        QFETCH(QJsonObject, folder);
        const auto bundle =
            ModelBundle::load(fixturePath(QStringLiteral("models/") + folder.value(u"folder").toString()));
        QVERIFY2(bundle.ok(), qPrintable(bundle.errorString()));
        const auto& sentence = (*bundle)->sentenceTransformers();
        QVERIFY(sentence.has_value());
        QCOMPARE(sentence->normalize, folder.value(u"normalize").toBool());
        QCOMPARE(sentence->maxSeqLength, folder.value(u"max_seq_length").toInt());

        ExtractionParams params;
        TokenizerOptions options = (*bundle)->defaultTokenizerOptions();
        sentence->apply(params, options);
        const Tokenizer tokenizer = (*bundle)->tokenizer(options);
        const EmbeddingExtractor extractor((*bundle)->model(), tokenizer, params);
        QVERIFY(extractor.validate().ok());
        std::vector<TextInput> inputs;
        for (const QJsonValue& t : folder.value(u"texts").toArray())
            inputs.push_back({t.toString(), QString(), -1, 0});
        const auto items = extractor.extract(inputs);
        QVERIFY2(items.ok(), qPrintable(items.errorString()));
        const QJsonArray expected = folder.value(u"embeddings").toArray();
        QCOMPARE(qsizetype(items->size()), expected.size());
        double worst = 0.0;
        for (std::size_t i = 0; i < items->size(); ++i) {
            const double diff = maxDiff((*items)[i].embedding, expected.at(qsizetype(i)).toArray());
            QVERIFY2(diff <= 1e-5, qPrintable(QStringLiteral("text %1: max |diff| %2").arg(i).arg(diff)));
            worst = std::max(worst, diff);
        }
        qInfo("max |diff| vs SentenceTransformer.encode: %.2g over %d texts", worst, int(items->size()));
    }

    // The same through the CLI (the job the Extract page runs): --pooling sentence-transformers.
    void cliExtracts() {
        const QJsonObject folder = loadJsonFixture(QStringLiteral("expected/sentence_transformers.json"))
                                       .value(u"folders")
                                       .toArray()
                                       .at(0)
                                       .toObject();
        QTemporaryDir dir;
        const QString input = dir.filePath(QStringLiteral("texts.txt"));
        QStringList texts;
        for (const QJsonValue& t : folder.value(u"texts").toArray())
            if (!t.toString().isEmpty())
                texts << t.toString();
        writeFile(input, texts.join(u'\n').toUtf8() + '\n');
        const QString output = dir.filePath(QStringLiteral("out.jsonl"));
        const auto run = bertlab::tests::runCli(
            {QStringLiteral("extract"), QStringLiteral("--model"),
             fixturePath(QStringLiteral("models/") + folder.value(u"folder").toString()),
             QStringLiteral("--pooling"), QStringLiteral("sentence-transformers"), QStringLiteral("--input"),
             input, QStringLiteral("--output"), output});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QFile f(output);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), texts.size());
        const QJsonArray expected = folder.value(u"embeddings").toArray();
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QJsonArray got = QJsonDocument::fromJson(lines[i]).object().value(u"embedding").toArray();
            const QJsonArray want = expected.at(i).toArray();
            QCOMPARE(got.size(), want.size());
            double norm = 0.0;
            for (qsizetype k = 0; k < got.size(); ++k) {
                QVERIFY(std::abs(got.at(k).toDouble() - want.at(k).toDouble()) <= 1e-5);
                norm += got.at(k).toDouble() * got.at(k).toDouble();
            }
            QVERIFY(std::abs(norm - 1.0) < 1e-5); // tiny_st normalizes
        }
        // A plain BERT folder has no pipeline to follow: a clear error.
        const auto plain = bertlab::tests::runCli(
            {QStringLiteral("extract"), QStringLiteral("--model"),
             fixturePath(QStringLiteral("models/tiny_hf")), QStringLiteral("--pooling"),
             QStringLiteral("sentence-transformers"), QStringLiteral("--input"), input,
             QStringLiteral("--output"), dir.filePath(QStringLiteral("plain.jsonl"))});
        QCOMPARE(plain.exitCode, 1);
        QVERIFY2(plain.err.contains("modules.json"), plain.err.constData());
        const auto info = bertlab::tests::runCli({QStringLiteral("info"), QStringLiteral("--model"),
                                                  fixturePath(QStringLiteral("models/tiny_st_cls_max"))});
        const QJsonObject st = info.json().value(u"sentence_transformers").toObject();
        QCOMPARE(st.value(u"poolings").toArray(),
                 QJsonArray({QStringLiteral("nsp"), QStringLiteral("max"), QStringLiteral("ave")}));
        QCOMPARE(info.json().value(u"tokenizer").toObject().value(u"cased").toBool(), true);
    }

    void hostileFolders_data() {
        QTest::addColumn<QByteArray>("modules");
        QTest::addColumn<QByteArray>("pooling");
        QTest::addColumn<QString>("message");
        const QByteArray transformer =
            R"({"idx":0,"name":"0","path":"","type":"sentence_transformers.models.Transformer"})";
        const QByteArray pool =
            R"({"idx":1,"name":"1","path":"1_Pooling","type":"sentence_transformers.models.Pooling"})";
        const QByteArray mean = R"({"pooling_mode_mean_tokens": true})";
        QTest::newRow("bad JSON") << QByteArray("[{") << mean << "invalid JSON";
        QTest::newRow("not a list") << QByteArray("{}") << mean << "not a list of modules";
        QTest::newRow("path leaves the folder")
            << "[" + transformer + R"(,{"path":"../../etc","type":"sentence_transformers.models.Pooling"}])"
            << mean << "must be a folder inside";
        QTest::newRow("absolute path")
            << "[" + transformer + R"(,{"path":"/etc","type":"sentence_transformers.models.Pooling"}])"
            << mean << "must be a folder inside";
        QTest::newRow("Dense") << "[" + transformer + "," + pool +
                                      R"(,{"path":"2_Dense","type":"sentence_transformers.models.Dense"}])"
                               << mean << "\"Dense\" is not supported";
        QTest::newRow("Normalize first")
            << "[" + transformer + R"(,{"path":"2","type":"sentence_transformers.models.Normalize"}])" << mean
            << "\"Normalize\" is not supported here";
        QTest::newRow("no pooling") << "[" + transformer + "]" << mean << "needs a Transformer and a Pooling";
        QTest::newRow("mean sqrt len") << "[" + transformer + "," + pool + "]"
                                       << QByteArray(R"({"pooling_mode_mean_sqrt_len_tokens": true})")
                                       << "pooling_mode_mean_sqrt_len_tokens is not supported";
        QTest::newRow("no mode") << "[" + transformer + "," + pool + "]" << QByteArray("{}")
                                 << "no pooling mode is on";
        QTest::newRow("missing pooling config")
            << "[" + transformer + "," + pool + "]" << QByteArray() << "cannot open";
    }

    // Damaged or hostile modules.json: a clear error naming the file, and the model does not open.
    void hostileFolders() {
        QFETCH(QByteArray, modules);
        QFETCH(QByteArray, pooling);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QDir source(fixturePath(QStringLiteral("models/tiny_hf")));
        for (const QString& name : source.entryList(QDir::Files))
            QVERIFY(QFile::copy(source.filePath(name), dir.filePath(name)));
        writeFile(dir.filePath(QStringLiteral("modules.json")), modules);
        if (!pooling.isEmpty())
            writeFile(dir.filePath(QStringLiteral("1_Pooling/config.json")), pooling);
        const auto bundle = ModelBundle::load(dir.path());
        QVERIFY(!bundle.ok());
        QVERIFY2(bundle.errorString().contains(message), qPrintable(bundle.errorString()));
        QVERIFY2(bundle.errorString().contains(u".json"), qPrintable(bundle.errorString()));
    }

    // The older layout keeps BERT in a subfolder (0_Transformer): the model opens from there.
    void transformerInSubfolder() {
        QTemporaryDir dir;
        const QDir source(fixturePath(QStringLiteral("models/tiny_st")));
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("0_Transformer")));
        for (const QString& name : source.entryList(QDir::Files)) {
            const bool top = name == u"modules.json";
            QVERIFY(QFile::copy(source.filePath(name),
                                dir.filePath(top ? name : QStringLiteral("0_Transformer/") + name)));
        }
        writeFile(dir.filePath(QStringLiteral("1_Pooling/config.json")),
                  R"({"word_embedding_dimension": 32, "pooling_mode_mean_tokens": true})");
        QFile modules(dir.filePath(QStringLiteral("modules.json")));
        QVERIFY(modules.open(QIODevice::ReadWrite));
        QByteArray text = modules.readAll();
        text.replace(R"("path": "",)", R"("path": "0_Transformer",)");
        modules.resize(0);
        modules.write(text);
        modules.close();
        const auto bundle = ModelBundle::load(dir.path());
        QVERIFY2(bundle.ok(), qPrintable(bundle.errorString()));
        QVERIFY((*bundle)->sentenceTransformers()->normalize);
        QCOMPARE((*bundle)->sentenceTransformers()->maxSeqLength, 32);
    }
};

QTEST_GUILESS_MAIN(TestSentenceTransformers)
#include "tst_sentence_transformers.moc"
