// Every example of keras-bert's README, done with BertLab (the CLI, as a user would), against what keras-bert
// itself gives and what the README states (expected/keras_bert_readme.json, written by gen_keras_readme.py).
#include "cli_support.h"
#include "fixture_support.h"

#include "core/train/adam_warmup.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace bertlab;

namespace {

QJsonObject readme() {
    return tests::loadJsonFixture(QStringLiteral("expected/keras_bert_readme.json"));
}

QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes) {
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(f.fileName()));
    f.write(bytes);
    return f.fileName();
}

QByteArray lines(const QJsonArray& tokens) {
    QByteArray out;
    for (const QJsonValue& t : tokens)
        out += t.toString().toUtf8() + '\n';
    return out;
}

tests::CliRun cli(const QStringList& args) {
    tests::CliRun run = tests::runCli(args);
    if (!run.ok())
        qWarning("bertlab-cli %s: %s", qPrintable(args.join(u' ')), run.err.constData());
    return run;
}

// The JSON-lines file extract wrote: one embedding (nested arrays) per line.
QJsonArray embeddings(const QString& path) {
    QFile f(path);
    QJsonArray out;
    if (!f.open(QIODevice::ReadOnly))
        return out;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (!line.trimmed().isEmpty())
            out.append(QJsonDocument::fromJson(line).object().value(u"embedding"));
    return out;
}

double maxDiff(const QJsonValue& a, const QJsonValue& b) {
    if (a.isArray() != b.isArray())
        return INFINITY;
    if (!a.isArray())
        return std::abs(a.toDouble() - b.toDouble());
    const QJsonArray x = a.toArray(), y = b.toArray();
    if (x.size() != y.size())
        return INFINITY;
    double worst = 0.0;
    for (qsizetype i = 0; i < x.size(); ++i)
        worst = std::max(worst, maxDiff(x.at(i), y.at(i)));
    return worst;
}

} // namespace

class TestKerasBertReadme final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // "### Tokenizer": tokenize and encode, with keras-bert's own dictionary.
    void tokenizer() {
        const QJsonObject t = readme().value(u"tokenizer").toObject();
        QTemporaryDir dir;
        const QString vocab = write(dir, QStringLiteral("vocab.txt"), lines(t.value(u"vocab").toArray()));
        const QStringList common{QStringLiteral("tokenize"), QStringLiteral("--vocab"), vocab,
                                 QStringLiteral("--mode"), QStringLiteral("keras-bert")};

        const QJsonObject single = t.value(u"single").toObject();
        auto run = cli(common + QStringList{QStringLiteral("--"), single.value(u"text").toString()});
        QVERIFY(run.ok());
        for (const char* key : {"tokens", "segments"}) {
            QCOMPARE(run.json().value(QLatin1String(key)), single.value(QLatin1String(key)));
            QCOMPARE(run.json().value(QLatin1String(key)),
                     single.value(u"readme").toObject().value(QLatin1String(key)));
        }
        QCOMPARE(run.json().value(u"ids"), single.value(u"indices"));
        QCOMPARE(run.json().value(u"ids"), single.value(u"readme").toObject().value(u"indices"));

        const QJsonObject pair = t.value(u"pair").toObject();
        run = cli(common + QStringList{QStringLiteral("--"), pair.value(u"first").toString(),
                                       pair.value(u"second").toString()});
        QVERIFY(run.ok());
        QCOMPARE(run.json().value(u"tokens"), pair.value(u"tokens"));
        QCOMPARE(run.json().value(u"tokens"), pair.value(u"readme").toObject().value(u"tokens"));
        run = cli(common + QStringList{QStringLiteral("--max-len"),
                                       QString::number(pair.value(u"max_len").toInt()), QStringLiteral("--"),
                                       pair.value(u"first").toString(), pair.value(u"second").toString()});
        QVERIFY(run.ok());
        QCOMPARE(run.json().value(u"ids"), pair.value(u"indices"));
        QCOMPARE(run.json().value(u"ids"), pair.value(u"readme").toObject().value(u"indices"));
        // keras-bert pads the segments with 0; the README's comment says 1 there. BertLab gives what
        // keras-bert gives.
        QCOMPARE(run.json().value(u"segments"), pair.value(u"segments"));
        QVERIFY(pair.value(u"segments") != pair.value(u"readme").toObject().value(u"segments"));
    }

    // "### Train & Use": the toy model of the README's shape, trained by BertLab on its sentence pairs, has
    // keras-bert's parameter count, and its last 4 layers concatenated give keras-bert's output width.
    void trainAndUse() {
        const QJsonObject t = readme().value(u"train_and_use").toObject();
        QTemporaryDir dir;
        QByteArray
            vocab; // keras-bert's padding token is '' (get_base_dict); a vocab.txt line cannot be empty
        for (const QJsonValue& token : t.value(u"token_dict").toArray())
            vocab += (token.toString().isEmpty() ? QByteArray("[PAD]") : token.toString().toUtf8()) + '\n';
        QByteArray pairs;
        for (const QJsonValue& p : t.value(u"sentence_pairs").toArray()) {
            QStringList halves;
            for (const QJsonValue& half : p.toArray()) {
                QStringList words;
                for (const QJsonValue& w : half.toArray())
                    words << w.toString();
                halves << words.join(u' ');
            }
            pairs += halves.join(u'\t').toUtf8() + '\n';
        }
        const QJsonObject shape = t.value(u"shape").toObject();
        const auto n = [&](const char* key) {
            return QString::number(shape.value(QLatin1String(key)).toDouble());
        };
        const auto run =
            cli({QStringLiteral("train"),          QStringLiteral("pretrain"),
                 QStringLiteral("--data"),         write(dir, QStringLiteral("pairs.tsv"), pairs),
                 QStringLiteral("--vocab"),        write(dir, QStringLiteral("vocab.txt"), vocab),
                 QStringLiteral("--layers"),       n("transformer_num"),
                 QStringLiteral("--hidden"),       n("embed_dim"),
                 QStringLiteral("--heads"),        n("head_num"),
                 QStringLiteral("--intermediate"), n("feed_forward_dim"),
                 QStringLiteral("--seq-len"),      n("seq_len"),
                 QStringLiteral("--positions"),    n("pos_num"),
                 QStringLiteral("--dropout"),      n("dropout_rate"),
                 QStringLiteral("--steps"),        QStringLiteral("2"),
                 QStringLiteral("--batch-size"),   QStringLiteral("3"),
                 QStringLiteral("--output"),       dir.filePath(QStringLiteral("out"))});
        QVERIFY(run.ok());
        const QString model = dir.filePath(QStringLiteral("out/checkpoint"));
        const auto info = cli({QStringLiteral("info"), QStringLiteral("--model"), model});
        QVERIFY(info.ok());
        QCOMPARE(info.json().value(u"parameters").toDouble(), t.value(u"parameters").toDouble());
        const QString output = dir.filePath(QStringLiteral("features.jsonl"));
        QVERIFY(cli({QStringLiteral("extract"), QStringLiteral("--model"), model,
                     QStringLiteral("--output-layers"), QStringLiteral("4"), QStringLiteral("--input"),
                     write(dir, QStringLiteral("text.txt"), "all work and no play\n"),
                     QStringLiteral("--output"), output})
                    .ok());
        const QJsonArray rows = embeddings(output).at(0).toArray();
        QCOMPARE(rows.size(), 7); // [CLS] 5 words [SEP]: BertLab leaves out keras-bert's padding to seq_len
        QCOMPARE(rows.at(0).toArray().size(), t.value(u"output_shape").toArray().at(1).toInt());
    }

    // "### Use Warmup": calc_train_steps.
    void warmup() {
        const QJsonObject w = readme().value(u"warmup").toObject();
        const core::TrainSteps steps =
            core::calcTrainSteps(w.value(u"num_example").toInteger(), w.value(u"batch_size").toInteger(),
                                 w.value(u"epochs").toInteger(), w.value(u"warmup_proportion").toDouble());
        QCOMPARE(steps.total, w.value(u"total_steps").toInteger());
        QCOMPARE(steps.warmup, w.value(u"warmup_steps").toInteger());
    }

    // "### Download Pretrained Checkpoints": the same archive is in BertLab's catalog, and a folder of the
    // files get_checkpoint_paths names opens.
    void download() {
        const QJsonObject d = readme().value(u"download").toObject();
        const auto run = cli({QStringLiteral("models"), QStringLiteral("catalog"), QStringLiteral("--json")});
        QVERIFY(run.ok());
        QJsonObject entry;
        for (const QJsonValue& m : run.json().value(u"models").toArray())
            if (m.toObject().value(u"id") == d.value(u"id"))
                entry = m.toObject();
        QVERIFY(!entry.isEmpty());
        QVERIFY(entry.value(u"urls").toArray().contains(d.value(u"url")));
        const auto info = cli({QStringLiteral("info"), QStringLiteral("--model"),
                               tests::fixturePath(QStringLiteral("models/tiny_tf"))});
        QVERIFY(info.ok());
        const QJsonObject files = info.json().value(u"files").toObject();
        const QJsonArray names = d.value(u"files").toArray();
        QVERIFY(files.value(u"config").toString().endsWith(u'/' + names.at(0).toString()));
        QVERIFY(files.value(u"weights").toString().contains(names.at(1).toString()));
        QVERIFY(files.value(u"vocab").toString().endsWith(u'/' + names.at(2).toString()));
    }

    // "### Extract Features": token features of two texts, NSP + max pooling of pairs over the last layers,
    // and texts read from a file; keras-bert's numbers within 1e-5 (keras-bert's tokenizer and tanh GELU).
    void extractFeatures_data() {
        QTest::addColumn<QString>("example");
        QTest::newRow("token features") << QStringLiteral("tokens");
        QTest::newRow("pairs, NSP and MAX") << QStringLiteral("pooled");
        QTest::newRow("from a file") << QStringLiteral("from_file");
    }

    void extractFeatures() {
        QFETCH(QString, example);
        const QJsonObject e = readme().value(u"extract").toObject();
        const QJsonObject x = e.value(example).toObject();
        QTemporaryDir dir;
        QByteArray input;
        QStringList extra;
        if (example == u"pooled") {
            for (const QJsonValue& p : x.value(u"pairs").toArray())
                input += p.toArray().at(0).toString().toUtf8() + '\t' +
                         p.toArray().at(1).toString().toUtf8() + '\n';
            extra = {QStringLiteral("--pooling"), QStringLiteral("nsp,max"),
                     QStringLiteral("--output-layers"),
                     QString::number(x.value(u"output_layer_num").toInt())};
        } else {
            for (const QJsonValue& t : x.value(example == u"tokens" ? u"texts" : u"lines").toArray())
                input += t.toString().toUtf8() + '\n';
        }
        const QString output = dir.filePath(QStringLiteral("out.jsonl"));
        QVERIFY(
            cli(QStringList{QStringLiteral("extract"), QStringLiteral("--model"),
                            tests::fixturePath(e.value(u"model").toString()), QStringLiteral("--mode"),
                            QStringLiteral("keras-bert"), QStringLiteral("--gelu"), QStringLiteral("tanh"),
                            QStringLiteral("--input"), write(dir, QStringLiteral("in.txt"), input),
                            QStringLiteral("--output"), output} +
                extra)
                .ok());
        const QJsonArray got = embeddings(output);
        const QJsonArray want = x.value(u"embeddings").toArray();
        QCOMPARE(got.size(), want.size());
        for (qsizetype i = 0; i < got.size(); ++i) {
            const QJsonArray shape = x.value(u"shapes").toArray().at(i).toArray();
            QCOMPARE(got.at(i).toArray().size(), shape.at(0).toInt());
            const double diff = maxDiff(got.at(i), want.at(i));
            QVERIFY2(diff <= 1e-5, qPrintable(QStringLiteral("text %1: max |diff| %2").arg(i).arg(diff)));
        }
    }
};

QTEST_GUILESS_MAIN(TestKerasBertReadme)
#include "tst_keras_bert_readme.moc"
