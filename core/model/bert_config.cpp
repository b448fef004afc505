#include "core/model/bert_config.h"

#include "core/translation.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace bertlab::core {

namespace {

QString tr(const char* text) {
    return translateCore(text, {"BertConfig", "bertlab::core::BertConfig", "bertlab::core::Parser"});
}

// Upper bounds keep a hostile config from making anyone allocate terabytes; they are far above any BERT
// published (BERT-large: hidden 1024, 24 layers, 16 heads, intermediate 4096, 512 positions).
constexpr int kMaxVocab = 10'000'000;
constexpr int kMaxHidden = 65536;
constexpr int kMaxLayers = 1024;
constexpr int kMaxIntermediate = 262144;
constexpr int kMaxPositions = 1 << 20;
constexpr int kMaxTypeVocab = 65536;
constexpr double kMaxParameters = 4e9; // 16 GB of float32

class Parser final {
public:
    Parser(const QJsonObject& object, const QString& source)
        : m_object(object)
        , m_source(source) {}

    std::optional<Error> error() const { return m_error; }

    void integer(const char* key, int* target, int min, int max, bool required = false) {
        if (m_error)
            return;
        const QString k = QString::fromLatin1(key);
        const QJsonValue v = m_object.value(k);
        if (v.isUndefined()) {
            if (required)
                fail(tr("missing \"%1\"").arg(k));
            return;
        }
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || std::floor(d) != d || d < min || d > max) {
            fail(tr("\"%1\" must be an integer from %2 to %3, not %4").arg(k).arg(min).arg(max).arg(text(v)));
            return;
        }
        *target = int(d);
    }

    void number(const char* key, float* target, double min, double max, bool minExclusive) {
        if (m_error)
            return;
        const QString k = QString::fromLatin1(key);
        const QJsonValue v = m_object.value(k);
        if (v.isUndefined() || v.isNull())
            return;
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || !std::isfinite(d) || d < min || d > max || (minExclusive && d == min)) {
            fail(tr("\"%1\" must be a number in %2%3, %4], not %5")
                     .arg(k, minExclusive ? QStringLiteral("(") : QStringLiteral("["))
                     .arg(min)
                     .arg(max)
                     .arg(text(v)));
            return;
        }
        *target = float(d);
    }

    void fail(const QString& reason) {
        if (!m_error)
            m_error = Error{m_source + QStringLiteral(": ") + reason};
    }

    static QString text(const QJsonValue& v) {
        if (v.isString())
            return u'"' + v.toString() + u'"';
        if (v.isDouble())
            return QString::number(v.toDouble(), 'g', 17);
        if (v.isBool())
            return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        if (v.isNull())
            return QStringLiteral("null");
        return v.isArray() ? QStringLiteral("an array") : QStringLiteral("an object");
    }

private:
    const QJsonObject& m_object;
    QString m_source;
    std::optional<Error> m_error;
};

// The shortest decimal that reads back as the same float, so 1e-12f is written as 1e-12.
double shortestDouble(float f) {
    for (int precision = 6; precision < 9; ++precision) {
        const double d = QString::number(double(f), 'g', precision).toDouble();
        if (float(d) == f)
            return d;
    }
    return double(f);
}

// id2label: {"0": "negative", "1": "positive", …}, every id from 0 once.
Result<QStringList> labelsFrom(const QJsonValue& value) {
    const QString shape = tr("\"id2label\" must map the ids 0, 1, … to label names");
    if (!value.isObject() || value.toObject().size() > 1'000'000)
        return Error{shape};
    const QJsonObject o = value.toObject();
    QStringList labels;
    for (int id = 0; id < o.size(); ++id) {
        const QJsonValue name = o.value(QString::number(id));
        if (!name.isString())
            return Error{shape + tr(" (id %1 is missing or not a string)").arg(id)};
        labels << name.toString();
    }
    return labels;
}

} // namespace

Result<BertConfig> BertConfig::fromJsonFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{path + QStringLiteral(": ") + tr("cannot open (%1)").arg(file.errorString())};
    // A config is a few hundred bytes; refusing megabytes keeps a wrong file from being parsed at length.
    if (file.size() > 1 << 20)
        return Error{path + QStringLiteral(": ") +
                     tr("%1 bytes is too large for a config file").arg(file.size())};
    return fromJson(file.readAll(), path);
}

Result<BertConfig> BertConfig::fromJson(const QByteArray& json, const QString& sourceName) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{
            sourceName + QStringLiteral(": ") +
            tr("invalid JSON (%1 at offset %2)").arg(parseError.errorString()).arg(parseError.offset)};
    if (!doc.isObject())
        return Error{sourceName + QStringLiteral(": ") + tr("not a JSON object")};
    const QJsonObject o = doc.object();

    // Same keys in Google's bert_config.json and Hugging Face's config.json; missing optional keys take
    // BERT-base defaults, as both peers do.
    BertConfig c;
    Parser p(o, sourceName);
    p.integer("vocab_size", &c.vocabSize, 1, kMaxVocab, true);
    p.integer("hidden_size", &c.hiddenSize, 1, kMaxHidden);
    p.integer("num_hidden_layers", &c.numLayers, 1, kMaxLayers);
    p.integer("num_attention_heads", &c.numHeads, 1, kMaxHidden);
    p.integer("intermediate_size", &c.intermediateSize, 1, kMaxIntermediate);
    p.integer("max_position_embeddings", &c.maxPositions, 1, kMaxPositions);
    p.integer("type_vocab_size", &c.typeVocabSize, 1, kMaxTypeVocab);
    p.number("layer_norm_eps", &c.layerNormEps, 0.0, 1.0, true);
    p.number("hidden_dropout_prob", &c.hiddenDropout, 0.0, 1.0, false);
    p.number("attention_probs_dropout_prob", &c.attentionDropout, 0.0, 1.0, false);
    p.number("initializer_range", &c.initializerRange, 0.0, 1e3, false);
    if (auto e = p.error())
        return *e;

    auto fail = [&](const QString& reason) { return Error{sourceName + QStringLiteral(": ") + reason}; };
    if (const QJsonValue act = o.value(u"hidden_act"); !act.isUndefined()) {
        if (!act.isString())
            return fail(tr("\"hidden_act\" must be a string, not %1").arg(Parser::text(act)));
        const QString name = act.toString();
        if (name == u"gelu")
            c.hiddenAct = Activation::GeluErf;
        else if (name == u"gelu_new" || name == u"gelu_tanh" || name == u"gelu_pytorch_tanh")
            c.hiddenAct = Activation::GeluTanh;
        else if (name == u"relu")
            c.hiddenAct = Activation::Relu;
        else
            return fail(
                tr("hidden_act \"%1\" is not supported (gelu, gelu_new, gelu_tanh, gelu_pytorch_tanh, relu)")
                    .arg(name));
        c.hiddenActName = name;
    }
    // Hugging Face configs of other architectures share some keys; refuse them instead of failing later
    // on tensor names.
    if (const QJsonValue type = o.value(u"model_type"); type.isString() && type.toString() != u"bert")
        return fail(tr("model_type \"%1\" is not BERT").arg(type.toString()));
    if (const QJsonValue pos = o.value(u"position_embedding_type");
        pos.isString() && pos.toString() != u"absolute")
        return fail(
            tr("position_embedding_type \"%1\" is not supported (only absolute)").arg(pos.toString()));

    if (const QJsonValue id2label = o.value(u"id2label"); !id2label.isUndefined()) {
        auto labels = labelsFrom(id2label);
        if (!labels)
            return fail(labels.errorString());
        c.labels = std::move(*labels);
    }

    if (c.hiddenSize % c.numHeads != 0)
        return fail(tr("hidden_size %1 is not a multiple of num_attention_heads %2")
                        .arg(c.hiddenSize)
                        .arg(c.numHeads));
    const double h = c.hiddenSize;
    const double parameters = (double(c.vocabSize) + c.maxPositions + c.typeVocabSize) * h +
                              double(c.numLayers) * (4 * h * h + 2 * h * c.intermediateSize) + 2 * h * h;
    if (parameters > kMaxParameters)
        return fail(tr("the sizes describe about %1 billion parameters, more than this program loads")
                        .arg(parameters / 1e9, 0, 'f', 1));
    return c;
}

QByteArray BertConfig::toJson() const {
    QJsonObject o{
        {QStringLiteral("vocab_size"), vocabSize},
        {QStringLiteral("hidden_size"), hiddenSize},
        {QStringLiteral("num_hidden_layers"), numLayers},
        {QStringLiteral("num_attention_heads"), numHeads},
        {QStringLiteral("intermediate_size"), intermediateSize},
        {QStringLiteral("hidden_act"), hiddenActName},
        {QStringLiteral("max_position_embeddings"), maxPositions},
        {QStringLiteral("type_vocab_size"), typeVocabSize},
        {QStringLiteral("layer_norm_eps"), shortestDouble(layerNormEps)},
        {QStringLiteral("hidden_dropout_prob"), shortestDouble(hiddenDropout)},
        {QStringLiteral("attention_probs_dropout_prob"), shortestDouble(attentionDropout)},
        {QStringLiteral("initializer_range"), shortestDouble(initializerRange)},
    };
    if (!labels.isEmpty()) {
        QJsonObject id2label, label2id;
        for (int id = 0; id < labels.size(); ++id) {
            id2label.insert(QString::number(id), labels[id]);
            label2id.insert(labels[id], id);
        }
        o.insert(QStringLiteral("id2label"), id2label);
        o.insert(QStringLiteral("label2id"), label2id);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

} // namespace bertlab::core
