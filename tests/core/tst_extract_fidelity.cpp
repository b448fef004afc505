// bertlab-cli extract against keras-bert's extract_embeddings: every "extract" entry recorded by the fixture
// generator (each pooling, combinations, last-N and listed layers, per-token) run through the CLI on the
// keras-bert fixture model, with keras-bert's tokenizer and tanh GELU, must match within 1e-5.
#include "cli_support.h"
#include "fixture_support.h"

#include <QProcess>
#include <QTest>

using namespace bertlab::tests;

namespace {

constexpr double kTolerance = 1e-5;

// Flattens a JSON number or nested arrays of numbers, row by row.
void flatten(const QJsonValue& value, std::vector<double>& out) {
    if (value.isArray()) {
        for (const auto& v : value.toArray())
            flatten(v, out);
    } else {
        out.push_back(value.toDouble());
    }
}

} // namespace

class TestExtractFidelity final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cliMatchesKerasBert_data();
    void cliMatchesKerasBert();
};

void TestExtractFidelity::cliMatchesKerasBert_data() {
    QTest::addColumn<QJsonObject>("entry");
    const QJsonArray entries =
        loadJsonFixture(QStringLiteral("expected/keras_bert.json")).value(u"extract").toArray();
    QVERIFY(!entries.isEmpty());
    for (const auto& v : entries) {
        const QJsonObject e = v.toObject();
        const QJsonValue layers = e.value(u"output_layer_num");
        const QString layerText =
            layers.isArray()
                ? QString::fromUtf8(QJsonDocument(layers.toArray()).toJson(QJsonDocument::Compact))
                : QString::number(layers.toInt());
        QTest::newRow(qPrintable(QStringLiteral("layers %1, poolings %2")
                                     .arg(layerText, stringsFromJson(e.value(u"poolings")).join(u'+'))))
            << e;
    }
}

void TestExtractFidelity::cliMatchesKerasBert() {
    QFETCH(QJsonObject, entry);
    QStringList args{QStringLiteral("extract"),
                     QStringLiteral("--model"),
                     fixturePath(QStringLiteral("models/tiny_tf")),
                     QStringLiteral("--mode"),
                     QStringLiteral("keras-bert"),
                     QStringLiteral("--gelu"),
                     QStringLiteral("tanh"),
                     QStringLiteral("--format"),
                     QStringLiteral("jsonl")};
    if (entry.value(u"cased").toBool())
        args << QStringLiteral("--cased");
    // keras-bert's list [i, j] is "i,j" here; a one-element list keeps a trailing comma ("1,").
    const QJsonValue layers = entry.value(u"output_layer_num");
    QString layerArg;
    if (layers.isArray()) {
        QStringList parts;
        for (const auto& i : layers.toArray())
            parts << QString::number(i.toInt());
        layerArg = parts.size() == 1 ? parts.first() + QStringLiteral(",") : parts.join(u',');
    } else {
        layerArg = QString::number(layers.toInt());
    }
    args << QStringLiteral("--output-layers") << layerArg;
    QStringList poolings;
    for (const auto& name : stringsFromJson(entry.value(u"poolings")))
        poolings << QString(name).remove(QStringLiteral("POOL_")).toLower();
    if (!poolings.isEmpty())
        args << QStringLiteral("--pooling") << poolings.join(u',');

    QByteArray input; // one text per line, a pair as "a<TAB>b"
    for (const auto& t : entry.value(u"texts").toArray()) {
        input += t.isArray() ? (t.toArray().at(0).toString() + u'\t' + t.toArray().at(1).toString()).toUtf8()
                             : t.toString().toUtf8();
        input += '\n';
    }

    CliOptions options;
    options.input = input;
    const CliRun run = runCli(args, options);
    QVERIFY2(run.ok(), run.err.constData());
    const QList<QByteArray> lines = run.out.trimmed().split('\n');

    const QJsonArray expected = entry.value(u"embeddings").toArray();
    const QJsonArray tokens = entry.value(u"tokens").toArray();
    const QJsonArray shapes = entry.value(u"shapes").toArray();
    QCOMPARE(qsizetype(lines.size()), expected.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QJsonObject row = QJsonDocument::fromJson(lines[i]).object();
        QCOMPARE(row.value(u"index").toInt(), int(i));
        if (i < tokens.size())
            QCOMPARE(stringsFromJson(row.value(u"tokens")), stringsFromJson(tokens[i]));
        const QJsonValue got = row.value(u"embedding");
        // The shape: [T][F] per token, [F] pooled.
        const QJsonArray shape = shapes[i].toArray();
        if (shape.size() == 2) {
            QCOMPARE(got.toArray().size(), shape[0].toInt());
            QCOMPARE(got.toArray().at(0).toArray().size(), shape[1].toInt());
        } else {
            QCOMPARE(got.toArray().size(), shape[0].toInt());
        }
        std::vector<double> a, b;
        flatten(got, a);
        flatten(expected[i], b);
        QCOMPARE(a.size(), b.size());
        double worst = 0.0;
        for (std::size_t k = 0; k < a.size(); ++k)
            worst = std::max(worst, std::abs(a[k] - b[k]));
        QVERIFY2(worst <= kTolerance,
                 qPrintable(QStringLiteral("text %1: max abs diff %2").arg(i).arg(worst)));
    }
}

QTEST_GUILESS_MAIN(TestExtractFidelity)
#include "tst_extract_fidelity.moc"
