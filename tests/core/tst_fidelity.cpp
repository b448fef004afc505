// BertLab against the real peers: every number recorded by tests/fixtures/gen_models.py from Hugging Face
// transformers (tiny_hf, tiny_hf_tanh, and tiny_hf sharded and as pytorch_model.bin) and keras-bert on
// TensorFlow (tiny_tf) must be reproduced within 1e-5.
#include "fixture_support.h"

#include "core/tasks/embedding_extractor.h"
#include "core/tasks/model_bundle.h"

#include <QTest>

#include <map>

using namespace bertlab::core;
using namespace bertlab::tests;

namespace {

constexpr float kTolerance = 1e-5f;

std::shared_ptr<const ModelBundle> loadFixtureModel(const QString& name,
                                                    std::optional<Activation> activation = {}) {
    BundleOptions options;
    options.activation = activation;
    auto bundle = ModelBundle::load(fixturePath(QStringLiteral("models/") + name), options);
    if (!bundle)
        qWarning("%s", qPrintable(bundle.errorString()));
    return bundle ? *bundle : nullptr;
}

// Rows [start, start + length) of a packed tensor.
Tensor rowsOf(const Tensor& packed, std::int64_t start, std::int64_t length) {
    return packed.sliceRows(start, start + length);
}

struct Case {
    QJsonObject json;
    int sequence = 0; // index in its batch
};

// Runs the cases in their batch groups (one batch per group, singles alone), as the peers ran them.
std::vector<std::pair<TokenBatch, std::vector<Case>>> batchesOf(const QJsonArray& cases,
                                                                const QString& model) {
    std::map<int, std::vector<QJsonObject>> groups;
    std::vector<std::vector<QJsonObject>> singles;
    for (const auto& v : cases) {
        const QJsonObject c = v.toObject();
        if (!model.isEmpty() && c.value(u"model").toString() != model)
            continue;
        if (c.contains(u"batch_group"))
            groups[c.value(u"batch_group").toInt()].push_back(c);
        else
            singles.push_back({c});
    }
    for (auto& [id, members] : groups)
        singles.push_back(members);
    std::vector<std::pair<TokenBatch, std::vector<Case>>> batches;
    for (const auto& members : singles) {
        TokenBatch batch;
        std::vector<Case> list;
        for (const auto& c : members) {
            list.push_back({c, batch.sequenceCount()});
            batch.add(intsFromJson(c.value(u"ids")), intsFromJson(c.value(u"segments")));
        }
        batches.emplace_back(std::move(batch), std::move(list));
    }
    return batches;
}

#define COMPARE_CLOSE(actual, expected, what)                                                                \
    do {                                                                                                     \
        const float diff_ = maxAbsDiff((actual), (expected));                                                \
        QVERIFY2(diff_ <= kTolerance,                                                                        \
                 qPrintable(QStringLiteral("%1: max abs diff %2").arg(what).arg(diff_)));                    \
    } while (false)

} // namespace

class TestFidelity final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void huggingFace_data();
    void huggingFace();
    void kerasBertForward_data();
    void kerasBertForward();
    void kerasBertExtract_data();
    void kerasBertExtract();
    void checkpointAndSafetensorsAgree();
    void tokenizerMatchesFixtureTokens();

private:
    QJsonObject m_hf, m_keras;
};

void TestFidelity::initTestCase() {
    m_hf = loadJsonFixture(QStringLiteral("expected/hf.json"));
    m_keras = loadJsonFixture(QStringLiteral("expected/keras_bert.json"));
    QVERIFY2(!m_hf.isEmpty() && !m_keras.isEmpty(), "fixtures expected/hf.json and expected/keras_bert.json");
}

void TestFidelity::huggingFace_data() {
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("recorded"); // whose transformers outputs it must give
    QTest::newRow("tiny_hf (BertForPreTraining, gelu)")
        << QStringLiteral("tiny_hf") << QStringLiteral("tiny_hf");
    QTest::newRow("tiny_hf_tanh (BertModel, gelu_new)")
        << QStringLiteral("tiny_hf_tanh") << QStringLiteral("tiny_hf_tanh");
    // tiny_hf saved by transformers in 4 shards (gen_formats.py checks transformers gives tiny_hf's outputs).
    QTest::newRow("tiny_hf_sharded (model.safetensors.index.json)")
        << QStringLiteral("tiny_hf_sharded") << QStringLiteral("tiny_hf");
    // The same weights in torch.save's files: zip layout, sharded, and the legacy layout of PyTorch < 1.6
    // (gamma/beta names, a column-major tensor, the decoder tied to the word embeddings' storage).
    QTest::newRow("tiny_hf_pytorch (pytorch_model.bin)")
        << QStringLiteral("tiny_hf_pytorch") << QStringLiteral("tiny_hf");
    QTest::newRow("tiny_hf_pytorch_sharded (pytorch_model.bin.index.json)")
        << QStringLiteral("tiny_hf_pytorch_sharded") << QStringLiteral("tiny_hf");
    QTest::newRow("tiny_hf_pytorch_legacy (legacy torch.save)")
        << QStringLiteral("tiny_hf_pytorch_legacy") << QStringLiteral("tiny_hf");
}

void TestFidelity::huggingFace() {
    QFETCH(QString, model);
    QFETCH(QString, recorded);
    const auto bundle = loadFixtureModel(model);
    QVERIFY(bundle);
    int compared = 0;
    for (const auto& [batch, cases] : batchesOf(m_hf.value(u"cases").toArray(), recorded)) {
        ForwardRequest request;
        request.hiddenStates = request.attentions = request.pooled = true;
        request.mlm = request.nsp = bundle->model().hasMlmHead();
        const auto result = bundle->model().forward(batch, request);
        QVERIFY2(result.ok(), qPrintable(result.errorString()));
        for (const auto& c : cases) {
            const QString name = c.json.value(u"first").toString();
            const std::int64_t start = batch.start(c.sequence), length = batch.length(c.sequence);
            const QJsonArray hidden = c.json.value(u"hidden_states").toArray();
            QCOMPARE(std::size_t(hidden.size()), result->hiddenStates.size());
            for (int l = 0; l < hidden.size(); ++l)
                COMPARE_CLOSE(rowsOf(result->hiddenStates[std::size_t(l)], start, length),
                              tensorFromJson(hidden[l]),
                              QStringLiteral("%1 hidden state %2").arg(name).arg(l));
            const QJsonArray attentions = c.json.value(u"attentions").toArray();
            for (int l = 0; l < attentions.size(); ++l)
                COMPARE_CLOSE(result->attentions[std::size_t(l)][std::size_t(c.sequence)],
                              tensorFromJson(attentions[l]),
                              QStringLiteral("%1 attention %2").arg(name).arg(l));
            COMPARE_CLOSE(result->pooled.sliceRows(c.sequence, c.sequence + 1),
                          tensorFromJson(c.json.value(u"pooled")), name + QStringLiteral(" pooled"));
            if (c.json.contains(u"mlm_probs")) {
                COMPARE_CLOSE(rowsOf(result->mlmProbabilities, start, length),
                              tensorFromJson(c.json.value(u"mlm_probs")), name + QStringLiteral(" MLM"));
                COMPARE_CLOSE(result->nspProbabilities.sliceRows(c.sequence, c.sequence + 1),
                              tensorFromJson(c.json.value(u"nsp_probs")), name + QStringLiteral(" NSP"));
            }
            ++compared;
        }
    }
    QVERIFY(compared >= 6);
}

// The checkpoint keras-bert loaded, and what Keras saved of it as HDF5 (gen_keras_h5.py): the same numbers.
void TestFidelity::kerasBertForward_data() {
    QTest::addColumn<QString>("model");
    QTest::addColumn<bool>("tanh"); // keras-bert computes "gelu" with the tanh approximation
    QTest::addColumn<bool>("heads");
    QTest::addColumn<QString>("format");
    QTest::newRow("tiny_tf (TF checkpoint, --gelu tanh)")
        << QStringLiteral("tiny_tf") << true << true << QStringLiteral("tf-checkpoint");
    // model.save(): the file's model_config says keras-bert's gelu, so no override is needed.
    QTest::newRow("tiny_keras_h5 (model.save)")
        << QStringLiteral("tiny_keras_h5") << false << true << QStringLiteral("keras-h5");
    QTest::newRow("tiny_keras_h5_classifier (fine-tuning model)")
        << QStringLiteral("tiny_keras_h5_classifier") << false << false << QStringLiteral("keras-h5");
    // save_weights(): weights only, the shape from bert_config.json (whose "gelu" means erf to BertLab).
    QTest::newRow("tiny_keras_h5_weights (save_weights + bert_config.json, --gelu tanh)")
        << QStringLiteral("tiny_keras_h5_weights") << true << true << QStringLiteral("keras-h5");
}

void TestFidelity::kerasBertForward() {
    QFETCH(QString, model);
    QFETCH(bool, tanh);
    QFETCH(bool, heads);
    QFETCH(QString, format);
    const auto bundle = loadFixtureModel(model, tanh ? std::optional(Activation::GeluTanh) : std::nullopt);
    QVERIFY(bundle);
    QCOMPARE(bundle->summary().value(u"format").toString(), format);
    QCOMPARE(bundle->model().hasMlmHead(), heads);
    QCOMPARE(bundle->model().hasNspHead(), heads);
    QVERIFY(bundle->model().hasPooler());
    int compared = 0;
    for (const auto& [batch, cases] : batchesOf(m_keras.value(u"cases").toArray(), {})) {
        ForwardRequest request;
        request.hiddenStates = true;
        request.mlm = request.nsp = heads;
        const auto result = bundle->model().forward(batch, request);
        QVERIFY2(result.ok(), qPrintable(result.errorString()));
        for (const auto& c : cases) {
            const QString name = c.json.value(u"first").toString();
            const std::int64_t start = batch.start(c.sequence), length = batch.length(c.sequence);
            COMPARE_CLOSE(rowsOf(result->hiddenStates[0], start, length),
                          tensorFromJson(c.json.value(u"embeddings")), name + QStringLiteral(" embeddings"));
            const QJsonArray layers = c.json.value(u"layers").toArray();
            for (int l = 0; l < layers.size(); ++l)
                COMPARE_CLOSE(rowsOf(result->hiddenStates[std::size_t(l) + 1], start, length),
                              tensorFromJson(layers[l]), QStringLiteral("%1 layer %2").arg(name).arg(l + 1));
            if (heads) {
                COMPARE_CLOSE(rowsOf(result->mlmProbabilities, start, length),
                              tensorFromJson(c.json.value(u"mlm_probs")), name + QStringLiteral(" MLM"));
                COMPARE_CLOSE(result->nspProbabilities.sliceRows(c.sequence, c.sequence + 1),
                              tensorFromJson(c.json.value(u"nsp_probs")), name + QStringLiteral(" NSP"));
            }
            ++compared;
        }
    }
    QVERIFY(compared >= 6);
}

void TestFidelity::kerasBertExtract_data() {
    QTest::addColumn<QJsonObject>("entry");
    const QJsonArray entries =
        loadJsonFixture(QStringLiteral("expected/keras_bert.json")).value(u"extract").toArray();
    for (const auto& v : entries) {
        const QJsonObject e = v.toObject();
        const QJsonValue layers = e.value(u"output_layer_num");
        const QString layerText =
            layers.isArray()
                ? QString::fromUtf8(QJsonDocument(layers.toArray()).toJson(QJsonDocument::Compact))
                : QString::number(layers.toInt());
        const QStringList poolings = stringsFromJson(e.value(u"poolings"));
        QTest::newRow(
            qPrintable(QStringLiteral("layers %1, poolings %2").arg(layerText, poolings.join(u'+'))))
            << e;
    }
}

void TestFidelity::kerasBertExtract() {
    QFETCH(QJsonObject, entry);
    static const auto bundle = loadFixtureModel(QStringLiteral("tiny_tf"), Activation::GeluTanh);
    QVERIFY(bundle);

    ExtractionParams params;
    const QJsonValue layers = entry.value(u"output_layer_num");
    params.layers =
        layers.isArray() ? LayerSelection::of(intsFromJson(layers)) : LayerSelection::last(layers.toInt());
    for (const auto& name : stringsFromJson(entry.value(u"poolings"))) {
        const auto pooling = poolingFromName(QString(name).remove(QStringLiteral("POOL_")));
        QVERIFY(pooling);
        params.poolings.push_back(*pooling);
    }
    std::vector<TextInput> inputs;
    for (const auto& t : entry.value(u"texts").toArray()) {
        if (t.isArray())
            inputs.push_back({t.toArray().at(0).toString(), t.toArray().at(1).toString()});
        else
            inputs.push_back({t.toString(), QString()});
    }
    // extract_embeddings tokenizes with keras-bert's own Tokenizer.
    TokenizerOptions tokenizerOptions;
    tokenizerOptions.mode = TokenizerMode::KerasBert;
    tokenizerOptions.cased = entry.value(u"cased").toBool();
    const Tokenizer tokenizer = bundle->tokenizer(tokenizerOptions);
    const EmbeddingExtractor extractor(bundle->model(), tokenizer, params);
    const auto items = extractor.extract(inputs);
    QVERIFY2(items.ok(), qPrintable(items.errorString()));
    const QJsonArray expected = entry.value(u"embeddings").toArray();
    const QJsonArray tokens = entry.value(u"tokens").toArray();
    QCOMPARE(qsizetype(items->size()), expected.size());
    for (std::size_t i = 0; i < items->size(); ++i) {
        if (i < std::size_t(tokens.size()))
            QCOMPARE((*items)[i].encoding.tokens, stringsFromJson(tokens[qsizetype(i)]));
        const Tensor want = tensorFromJson(expected[qsizetype(i)]);
        QCOMPARE((*items)[i].embedding.shape(), want.shape());
        COMPARE_CLOSE((*items)[i].embedding, want, QStringLiteral("text %1").arg(i));
    }
}

// The same weights stored as a sharded TF checkpoint and as safetensors load to the same model.
void TestFidelity::checkpointAndSafetensorsAgree() {
    const auto tf = loadFixtureModel(QStringLiteral("tiny_tf"));
    const auto hf = loadFixtureModel(QStringLiteral("tiny_hf"));
    QVERIFY(tf && hf);
    TokenBatch batch;
    batch.add({2, 10, 20, 30, 4, 3, 40, 50, 3}, {0, 0, 0, 0, 0, 0, 1, 1, 1});
    ForwardRequest request;
    request.hiddenStates = request.mlm = request.nsp = true;
    const auto a = tf->model().forward(batch, request);
    const auto b = hf->model().forward(batch, request);
    QVERIFY(a.ok() && b.ok());
    QCOMPARE(maxAbsDiff(a->lastHidden, b->lastHidden), 0.0f);
    QCOMPARE(maxAbsDiff(a->mlmProbabilities, b->mlmProbabilities), 0.0f);
    QCOMPARE(maxAbsDiff(a->nspProbabilities, b->nspProbabilities), 0.0f);
}

// The fixtures' ids came from Hugging Face's BertTokenizer; ours must produce the same from the text.
void TestFidelity::tokenizerMatchesFixtureTokens() {
    const auto bundle = loadFixtureModel(QStringLiteral("tiny_hf"));
    QVERIFY(bundle);
    const Tokenizer tokenizer = bundle->tokenizer({});
    for (const auto& v : m_hf.value(u"cases").toArray()) {
        const QJsonObject c = v.toObject();
        const QJsonValue second = c.value(u"second");
        const Encoding e =
            tokenizer.encode(c.value(u"first").toString(), second.isNull() ? QString() : second.toString());
        QCOMPARE(e.tokens, stringsFromJson(c.value(u"tokens")));
        QCOMPARE(e.ids, intsFromJson(c.value(u"ids")));
        QCOMPARE(e.segments, intsFromJson(c.value(u"segments")));
    }
}

QTEST_GUILESS_MAIN(TestFidelity)
#include "tst_fidelity.moc"
