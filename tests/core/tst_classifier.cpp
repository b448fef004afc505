// Sequence classifiers: Hugging Face's BertForSequenceClassification folders give transformers' probabilities
// (expected/classifier.json, gen_classifier.py), keep their labels through BertLab's writers, classify files
// into CSV, and a model fine-tuned by `bertlab-cli train classify` opens as a classifier with its labels.
#include "cli_support.h"
#include "fixture_support.h"

#include "core/io/model_writer.h"
#include "core/tasks/model_bundle.h"
#include "core/tasks/text_classification.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace bertlab::core;
using bertlab::tests::CliRun;
using bertlab::tests::fixturePath;
using bertlab::tests::loadJsonFixture;
using bertlab::tests::runCli;

namespace {

QStringList labelsOf(const QJsonValue& value) {
    QStringList labels;
    for (const QJsonValue& v : value.toArray())
        labels << v.toString();
    return labels;
}

std::shared_ptr<const ModelBundle> load(const QString& directory) {
    auto bundle = ModelBundle::load(directory);
    if (!bundle)
        qWarning("%s", qPrintable(bundle.errorString()));
    return bundle ? *bundle : nullptr;
}

// Largest difference from expected/classifier.json's probabilities over every text of the folder.
double worstDifference(const ModelBundle& bundle, const QJsonObject& folder) {
    double worst = 0.0;
    const Tokenizer tokenizer = bundle.tokenizer(bundle.defaultTokenizerOptions());
    for (const QJsonValue& row : folder.value(u"texts").toArray()) {
        const QJsonObject t = row.toObject();
        const TextInput input{t.value(u"first").toString(),
                              t.value(u"second").isNull() ? QString() : t.value(u"second").toString()};
        auto got = classifyTexts(bundle.model(), tokenizer, {input}, t.value(u"max_length").toInt());
        if (!got)
            return INFINITY;
        const QJsonArray expected = t.value(u"probabilities").toArray();
        if (got->front().probabilities.size() != std::size_t(expected.size()))
            return INFINITY;
        for (qsizetype i = 0; i < expected.size(); ++i)
            worst = std::max(worst, std::abs(double(got->front().probabilities[std::size_t(i)]) -
                                             expected.at(i).toDouble()));
    }
    return worst;
}

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestClassifier final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void equalsTransformers_data() {
        QTest::addColumn<QJsonObject>("folder");
        for (const QJsonValue& f :
             loadJsonFixture(QStringLiteral("expected/classifier.json")).value(u"folders").toArray())
            QTest::newRow(qPrintable(f.toObject().value(u"folder").toString())) << f.toObject();
    }

    // Both folders (safetensors with id2label; pytorch_model.bin with transformers' default names).
    void equalsTransformers() {
        QFETCH(QJsonObject, folder);
        const auto bundle = load(fixturePath(QStringLiteral("models/") + folder.value(u"folder").toString()));
        QVERIFY(bundle);
        QVERIFY(bundle->model().hasClassifier());
        QCOMPARE(bundle->model().labels(), labelsOf(folder.value(u"labels")));
        QCOMPARE(bundle->summary().value(u"heads").toObject().value(u"classifier").toBool(), true);
        const double worst = worstDifference(*bundle, folder);
        QVERIFY2(worst < 1e-5, qPrintable(QString::number(worst)));
    }

    // Converted to a TF checkpoint (run_classifier.py's output_weights, id2label in bert_config.json) and
    // back: the same head, labels and probabilities; the safetensors folder says
    // BertForSequenceClassification.
    void survivesConversion() {
        const QJsonObject folder = loadJsonFixture(QStringLiteral("expected/classifier.json"))
                                       .value(u"folders")
                                       .toArray()
                                       .at(0)
                                       .toObject();
        QTemporaryDir dir;
        const QString tf = dir.filePath(QStringLiteral("tf")), hf = dir.filePath(QStringLiteral("hf"));
        const QString source = fixturePath(QStringLiteral("models/tiny_hf_classifier"));
        QVERIFY(convertModelFolder(source, tf, ModelFormat::TfCheckpoint).ok());
        QVERIFY(convertModelFolder(tf, hf, ModelFormat::Safetensors).ok());
        const QJsonObject tfConfig =
            QJsonDocument::fromJson(readAll(tf + QStringLiteral("/bert_config.json"))).object();
        QCOMPARE(tfConfig.value(u"id2label").toObject().value(u"2").toString(), QStringLiteral("positive"));
        const QJsonObject hfConfig =
            QJsonDocument::fromJson(readAll(hf + QStringLiteral("/config.json"))).object();
        QCOMPARE(hfConfig.value(u"architectures").toArray().at(0).toString(),
                 QStringLiteral("BertForSequenceClassification"));
        for (const QString& directory : {tf, hf}) {
            const auto bundle = load(directory);
            QVERIFY(bundle);
            QCOMPARE(bundle->model().labels(), labelsOf(folder.value(u"labels")));
            const double worst = worstDifference(*bundle, folder);
            QVERIFY2(worst < 1e-5, qPrintable(directory + QStringLiteral(": ") + QString::number(worst)));
        }
    }

    void damagedHeadIsRefused() {
        QTemporaryDir dir;
        const QString source = fixturePath(QStringLiteral("models/tiny_hf_classifier"));
        for (const char* name : {"model.safetensors", "vocab.txt"})
            QVERIFY(QFile::copy(source + u'/' + QLatin1String(name), dir.filePath(QLatin1String(name))));
        // id2label names two labels; the head has three.
        QJsonObject config =
            QJsonDocument::fromJson(readAll(source + QStringLiteral("/config.json"))).object();
        config.insert(QStringLiteral("id2label"), QJsonObject{{QStringLiteral("0"), QStringLiteral("a")},
                                                              {QStringLiteral("1"), QStringLiteral("b")}});
        QFile out(dir.filePath(QStringLiteral("config.json")));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(config).toJson());
        out.close();
        auto bundle = ModelBundle::load(dir.path());
        QVERIFY(!bundle.ok());
        QVERIFY2(bundle.errorString().contains(QStringLiteral("classifier.weight")),
                 qPrintable(bundle.errorString()));
        // id2label with a gap.
        config.insert(QStringLiteral("id2label"), QJsonObject{{QStringLiteral("0"), QStringLiteral("a")},
                                                              {QStringLiteral("2"), QStringLiteral("c")}});
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(QJsonDocument(config).toJson());
        out.close();
        bundle = ModelBundle::load(dir.path());
        QVERIFY(!bundle.ok());
        QVERIFY2(bundle.errorString().contains(QStringLiteral("id 1")), qPrintable(bundle.errorString()));
    }

    // A file of texts → a CSV with one row per text: its index, text, the best label and every probability.
    void classifiesAFile() {
        const auto bundle = load(fixturePath(QStringLiteral("models/tiny_hf_classifier")));
        QVERIFY(bundle);
        QTemporaryDir dir;
        const QString input = dir.filePath(QStringLiteral("in.txt")),
                      output = dir.filePath(QStringLiteral("out.csv"));
        QFile in(input);
        QVERIFY(in.open(QIODevice::WriteOnly));
        in.write("good film\nbad, \"quoted\" plot\n\nthird\tits pair\n");
        in.close();
        const Tokenizer tokenizer = bundle->tokenizer(bundle->defaultTokenizerOptions());
        auto source = TextSource::open(input);
        QVERIFY(source.ok());
        auto summary = classifyFile(bundle->model(), tokenizer, **source, output);
        QVERIFY2(summary.ok(), qPrintable(summary.errorString()));
        QCOMPARE(summary->rows, 4);
        const QList<QByteArray> lines = readAll(output).split('\n');
        QCOMPARE(lines.size(), 6); // header, 4 rows, the final newline
        QCOMPARE(lines[0], QByteArray("index,text,label,probability,p_negative,p_neutral,p_positive"));
        QVERIFY(lines[2].startsWith("1,\"bad, \"\"quoted\"\" plot\",")); // RFC 4180
        QVERIFY(lines[4].startsWith("3,third\tits pair,")); // a pair after single texts keeps its line
        auto direct = classifyTexts(bundle->model(), tokenizer, {TextInput{QStringLiteral("good film"), {}}});
        QVERIFY(direct.ok());
        const QList<QByteArray> cells = lines[1].split(',');
        QCOMPARE(cells.size(), 7);
        QCOMPARE(cells[2], QByteArray("positive"));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(cells[4 + i].toFloat(), direct->front().probabilities[std::size_t(i)]);

        // Cancelled: the file already there stays as it was.
        const QByteArray before = readAll(output);
        source = TextSource::open(input);
        QVERIFY(source.ok());
        ClassifyFileParams params;
        params.batchSize = 1;
        summary = classifyFile(bundle->model(), tokenizer, **source, output, params,
                               [](qint64, qint64) { return false; });
        QVERIFY(summary.ok());
        QVERIFY(summary->cancelled);
        QCOMPARE(readAll(output), before);

        // No texts: an error, and no file.
        QFile empty(dir.filePath(QStringLiteral("empty.txt")));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        source = TextSource::open(empty.fileName());
        QVERIFY(source.ok());
        summary =
            classifyFile(bundle->model(), tokenizer, **source, dir.filePath(QStringLiteral("none.csv")));
        QVERIFY(!summary.ok());
        QVERIFY2(summary.errorString().contains(QStringLiteral("no texts")),
                 qPrintable(summary.errorString()));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("none.csv"))));
    }

    void modelWithoutClassifierSaysSo() {
        const auto bundle = load(fixturePath(QStringLiteral("models/tiny_hf")));
        QVERIFY(bundle);
        QVERIFY(!bundle->model().hasClassifier());
        auto got = classifyTexts(bundle->model(), bundle->tokenizer(bundle->defaultTokenizerOptions()),
                                 {TextInput{QStringLiteral("x"), {}}});
        QVERIFY(!got.ok());
        QVERIFY2(got.errorString().contains(QStringLiteral("no classifier head")),
                 qPrintable(got.errorString()));
        const CliRun run = runCli({QStringLiteral("classify"), QStringLiteral("--model"),
                                   fixturePath(QStringLiteral("models/tiny_hf")), QStringLiteral("x")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("train classify"), run.err.constData());
    }

    // What a user does after fine-tuning: the run's model opens as a classifier with the data's labels, and
    // `classify` runs it (text → JSON, file → CSV, an existing CSV kept without --overwrite).
    void fineTunedModelClassifies() {
        QTemporaryDir dir;
        const QString run = dir.filePath(QStringLiteral("run"));
        const CliRun trained =
            runCli({QStringLiteral("train"), QStringLiteral("classify"), QStringLiteral("--model"),
                    fixturePath(QStringLiteral("models/tiny_hf")), QStringLiteral("--data"),
                    fixturePath(QStringLiteral("train/reviews.csv")), QStringLiteral("--output"), run,
                    QStringLiteral("--steps"), QStringLiteral("3"), QStringLiteral("--batch-size"),
                    QStringLiteral("4"), QStringLiteral("--seq-len"), QStringLiteral("32")});
        QVERIFY2(trained.ok(), trained.err.constData());
        for (const QString& folder : {QStringLiteral("safetensors"), QStringLiteral("checkpoint")}) {
            const CliRun info =
                runCli({QStringLiteral("info"), QStringLiteral("--model"), run + u'/' + folder});
            QVERIFY2(info.ok(), info.err.constData());
            QVERIFY(info.json().value(u"heads").toObject().value(u"classifier").toBool());
            const QStringList labels = labelsOf(info.json().value(u"labels"));
            QCOMPARE(labels.size(), 3);
            QVERIFY(labels.contains(QStringLiteral("pos")) && labels.contains(QStringLiteral("neg")));
            const CliRun one =
                runCli({QStringLiteral("classify"), QStringLiteral("--model"), run + u'/' + folder,
                        QStringLiteral("--"), QStringLiteral("A good film.")});
            QVERIFY2(one.ok(), one.err.constData());
            QCOMPARE(labelsOf(one.json().value(u"labels")), labels);
            QVERIFY(labels.contains(one.json().value(u"label").toString()));
        }
        const QString csv = dir.filePath(QStringLiteral("predictions.csv"));
        const QStringList fileArgs{QStringLiteral("classify"),
                                   QStringLiteral("--model"),
                                   run + QStringLiteral("/safetensors"),
                                   QStringLiteral("--input"),
                                   fixturePath(QStringLiteral("train/reviews.csv")),
                                   QStringLiteral("--text-column"),
                                   QStringLiteral("text"),
                                   QStringLiteral("--output"),
                                   csv};
        const CliRun file = runCli(fileArgs);
        QVERIFY2(file.ok(), file.err.constData());
        QVERIFY(readAll(csv).startsWith("index,text,label,probability,p_"));
        const CliRun again = runCli(fileArgs);
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains("--overwrite"), again.err.constData());
        QVERIFY(runCli(fileArgs + QStringList{QStringLiteral("--overwrite")}).ok());
    }
};

QTEST_GUILESS_MAIN(TestClassifier)
#include "tst_classifier.moc"
