#include "core/io/bert_weight_mapping.h"

#include "core/translation.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace bertlab::core {

namespace {

QString tr(const char* text) {
    return translateCore(text, {"BertWeightMapping", "bertlab::core::BertWeightMapping"});
}

QString shapeString(const Shape& shape) {
    QStringList dims;
    for (auto d : shape)
        dims << QString::number(d);
    return u'[' + dims.join(QStringLiteral(", ")) + u']';
}

} // namespace

BertWeightMapping::BertWeightMapping(WeightNaming naming, const BertConfig& config,
                                     const QStringList& availableNames)
    : m_naming(naming)
    , m_layers(std::max(config.numLayers, 0))
    , m_available(availableNames.begin(), availableNames.end()) {
    const std::int64_t h = config.hiddenSize, inter = config.intermediateSize, vocab = config.vocabSize;
    const bool google = naming == WeightNaming::Google;
    // Hugging Face saves BertModel without a prefix and BertFor* models with "bert.".
    const QString base = google ? QStringLiteral("bert/")
                         : m_available.contains(QStringLiteral("bert.embeddings.word_embeddings.weight"))
                             ? QStringLiteral("bert.")
                             : QString();
    const QChar sep = google ? u'/' : u'.';
    auto name = [&](const QString& googleName, const QString& hfName) -> QString {
        return google ? googleName : hfName;
    };
    auto embedding = [&](const QString& kind) -> QString {
        return google ? base + QStringLiteral("embeddings/") + kind + QStringLiteral("_embeddings")
                      : base + QStringLiteral("embeddings.") + kind + QStringLiteral("_embeddings.weight");
    };

    add(Encoder, {embedding(QStringLiteral("word"))}, {vocab, h}, false,
        [](BertWeights& w) -> Tensor& { return w.wordEmbeddings; });
    add(Encoder, {embedding(QStringLiteral("position"))}, {config.maxPositions, h}, false,
        [](BertWeights& w) -> Tensor& { return w.positionEmbeddings; });
    add(Encoder, {embedding(QStringLiteral("token_type"))}, {config.typeVocabSize, h}, false,
        [](BertWeights& w) -> Tensor& { return w.tokenTypeEmbeddings; });
    addNorm(Encoder, base + QStringLiteral("embeddings") + sep + QStringLiteral("LayerNorm"), h,
            [](BertWeights& w) -> LayerNormWeights& { return w.embeddingNorm; });

    for (int i = 0; i < config.numLayers; ++i) {
        const QString p = google ? base + QStringLiteral("encoder/layer_%1/").arg(i)
                                 : base + QStringLiteral("encoder.layer.%1.").arg(i);
        auto layer = [i](BertWeights& w) -> EncoderLayerWeights& { return w.layers[std::size_t(i)]; };
        const QString self = p + name(QStringLiteral("attention/self/"), QStringLiteral("attention.self."));
        addDense(Encoder, self + QStringLiteral("query"), h, h,
                 [layer](BertWeights& w) -> DenseWeights& { return layer(w).query; });
        addDense(Encoder, self + QStringLiteral("key"), h, h,
                 [layer](BertWeights& w) -> DenseWeights& { return layer(w).key; });
        addDense(Encoder, self + QStringLiteral("value"), h, h,
                 [layer](BertWeights& w) -> DenseWeights& { return layer(w).value; });
        const QString attOut =
            p + name(QStringLiteral("attention/output/"), QStringLiteral("attention.output."));
        addDense(Encoder, attOut + QStringLiteral("dense"), h, h,
                 [layer](BertWeights& w) -> DenseWeights& { return layer(w).attentionOutput; });
        addNorm(Encoder, attOut + QStringLiteral("LayerNorm"), h,
                [layer](BertWeights& w) -> LayerNormWeights& { return layer(w).attentionNorm; });
        addDense(Encoder,
                 p + name(QStringLiteral("intermediate/dense"), QStringLiteral("intermediate.dense")), h,
                 inter, [layer](BertWeights& w) -> DenseWeights& { return layer(w).intermediate; });
        const QString out = p + name(QStringLiteral("output/"), QStringLiteral("output."));
        addDense(Encoder, out + QStringLiteral("dense"), inter, h,
                 [layer](BertWeights& w) -> DenseWeights& { return layer(w).output; });
        addNorm(Encoder, out + QStringLiteral("LayerNorm"), h,
                [layer](BertWeights& w) -> LayerNormWeights& { return layer(w).outputNorm; });
    }

    addDense(Pooler, base + name(QStringLiteral("pooler/dense"), QStringLiteral("pooler.dense")), h, h,
             [](BertWeights& w) -> DenseWeights& { return *w.pooler; });

    // The heads sit outside the "bert" scope in both layouts.
    addDense(Mlm,
             name(QStringLiteral("cls/predictions/transform/dense"),
                  QStringLiteral("cls.predictions.transform.dense")),
             h, h, [](BertWeights& w) -> DenseWeights& { return w.mlm->transform; });
    addNorm(Mlm,
            name(QStringLiteral("cls/predictions/transform/LayerNorm"),
                 QStringLiteral("cls.predictions.transform.LayerNorm")),
            h, [](BertWeights& w) -> LayerNormWeights& { return w.mlm->norm; });
    add(Mlm,
        google ? QStringList{QStringLiteral("cls/predictions/output_bias")}
               : QStringList{QStringLiteral("cls.predictions.bias"),
                             QStringLiteral("cls.predictions.decoder.bias")},
        {vocab}, false, [](BertWeights& w) -> Tensor& { return w.mlm->outputBias; });

    // Both store the NSP weights as [2, H] (Google multiplies with transpose_b); canonical is [H, 2].
    add(Nsp,
        {name(QStringLiteral("cls/seq_relationship/output_weights"),
              QStringLiteral("cls.seq_relationship.weight"))},
        {h, 2}, true, [](BertWeights& w) -> Tensor& { return w.nsp->kernel; });
    add(Nsp,
        {name(QStringLiteral("cls/seq_relationship/output_bias"),
              QStringLiteral("cls.seq_relationship.bias"))},
        {2}, false, [](BertWeights& w) -> Tensor& { return w.nsp->bias; });

    if (!google && m_hasGroup[Mlm] && m_available.contains(QStringLiteral("cls.predictions.decoder.weight")))
        m_tiedDecoder = QStringLiteral("cls.predictions.decoder.weight");

    // Layers beyond the config's count would be silently unused: worth a warning, not a failure (both
    // transformers and keras-bert load such files).
    static const QRegularExpression layerPattern(QStringLiteral("encoder[/.]layer[_.](\\d+)[/.]"));
    int fileLayers = 0;
    for (const QString& n : availableNames) {
        const auto m = layerPattern.match(n);
        if (m.hasMatch())
            fileLayers = std::max(fileLayers, m.captured(1).toInt() + 1);
    }
    if (fileLayers > config.numLayers)
        qCWarning(lcIo) << "the weights have" << fileLayers << "encoder layers, the config uses"
                        << config.numLayers;
}

void BertWeightMapping::add(Group group, const QStringList& candidates, Shape canonicalShape, bool transpose,
                            std::function<Tensor&(BertWeights&)> target) {
    Slot slot;
    slot.name = candidates.first();
    for (const QString& c : candidates) {
        if (m_available.contains(c)) {
            slot.name = c;
            slot.found = true;
            break;
        }
    }
    slot.fileShape = canonicalShape;
    if (transpose)
        std::reverse(slot.fileShape.begin(), slot.fileShape.end());
    slot.transpose = transpose;
    slot.group = group;
    slot.target = std::move(target);
    // An optional head is present as soon as any of its tensors is; then all of them are required.
    if (slot.found)
        m_hasGroup[group] = true;
    m_slots.push_back(std::move(slot));
}

void BertWeightMapping::addDense(Group group, const QString& prefix, std::int64_t in, std::int64_t out,
                                 std::function<DenseWeights&(BertWeights&)> target) {
    const bool google = m_naming == WeightNaming::Google;
    add(group, {prefix + (google ? QStringLiteral("/kernel") : QStringLiteral(".weight"))}, {in, out},
        !google, [target](BertWeights& w) -> Tensor& { return target(w).kernel; });
    add(group, {prefix + (google ? QStringLiteral("/bias") : QStringLiteral(".bias"))}, {out}, false,
        [target](BertWeights& w) -> Tensor& { return target(w).bias; });
}

void BertWeightMapping::addNorm(Group group, const QString& prefix, std::int64_t size,
                                std::function<LayerNormWeights&(BertWeights&)> target) {
    // Older transformers checkpoints name LayerNorm parameters gamma/beta, like TensorFlow.
    const bool google = m_naming == WeightNaming::Google;
    add(group,
        google ? QStringList{prefix + QStringLiteral("/gamma")}
               : QStringList{prefix + QStringLiteral(".weight"), prefix + QStringLiteral(".gamma")},
        {size}, false, [target](BertWeights& w) -> Tensor& { return target(w).gamma; });
    add(group,
        google ? QStringList{prefix + QStringLiteral("/beta")}
               : QStringList{prefix + QStringLiteral(".bias"), prefix + QStringLiteral(".beta")},
        {size}, false, [target](BertWeights& w) -> Tensor& { return target(w).beta; });
}

QStringList BertWeightMapping::neededNames() const {
    QStringList names;
    for (const Slot& s : m_slots)
        if (s.found && m_hasGroup[s.group])
            names << s.name;
    if (!m_tiedDecoder.isEmpty())
        names << m_tiedDecoder;
    return names;
}

Result<BertWeights> BertWeightMapping::build(TensorMap tensors, const QString& sourceName) const {
    auto fail = [&](const QString& reason) { return Error{sourceName + QStringLiteral(": ") + reason}; };
    BertWeights w;
    w.layers.resize(std::size_t(m_layers));
    if (m_hasGroup[Pooler])
        w.pooler.emplace();
    if (m_hasGroup[Mlm])
        w.mlm.emplace();
    if (m_hasGroup[Nsp])
        w.nsp.emplace();

    for (const Slot& s : m_slots) {
        if (!m_hasGroup[s.group])
            continue;
        auto it = tensors.find(s.name);
        if (!s.found || it == tensors.end())
            return fail(tr("missing tensor '%1'").arg(s.name));
        Tensor& t = it->second;
        if (t.shape() != s.fileShape)
            return fail(tr("tensor '%1' has shape %2, expected %3 from the config")
                            .arg(s.name, shapeString(t.shape()), shapeString(s.fileShape)));
        s.target(w) = s.transpose ? t.transposed() : std::move(t);
    }

    if (!m_tiedDecoder.isEmpty()) {
        auto it = tensors.find(m_tiedDecoder);
        const bool tied = it != tensors.end() && it->second.shape() == w.wordEmbeddings.shape() &&
                          std::equal(w.wordEmbeddings.data(),
                                     w.wordEmbeddings.data() + w.wordEmbeddings.size(), it->second.data());
        // BERT ties the MLM decoder to the word embeddings; an untied decoder is not supported.
        if (!tied) {
            const QString message =
                sourceName + QStringLiteral(": ") + m_tiedDecoder +
                QStringLiteral(" differs from the word embeddings; the embeddings are used");
            qCWarning(lcIo).noquote() << message;
        }
    }
    return w;
}

QStringList classifierTensorNames(WeightNaming naming, const QStringList& availableNames) {
    const QStringList names =
        naming == WeightNaming::Google
            ? QStringList{QStringLiteral("output_weights"), QStringLiteral("output_bias")}
            : QStringList{QStringLiteral("classifier.weight"), QStringLiteral("classifier.bias")};
    for (const QString& n : names)
        if (!availableNames.contains(n))
            return {};
    return names;
}

Result<DenseWeights> takeClassifier(TensorMap& tensors, const QStringList& names, std::int64_t hidden,
                                    std::int64_t labels, const QString& sourceName) {
    auto fail = [&](const QString& reason) { return Error{sourceName + QStringLiteral(": ") + reason}; };
    auto weights = tensors.find(names.value(0));
    auto bias = tensors.find(names.value(1));
    if (weights == tensors.end() || bias == tensors.end())
        return fail(
            tr("missing tensor '%1'").arg(weights == tensors.end() ? names.value(0) : names.value(1)));
    const std::int64_t count = weights->second.rank() == 2 ? weights->second.dim(0) : -1;
    if (count < 1 || weights->second.dim(1) != hidden || (labels > 0 && count != labels))
        return fail(tr("tensor '%1' has shape %2, expected [%3, %4] (labels, hidden)")
                        .arg(names[0], shapeString(weights->second.shape()),
                             labels > 0 ? QString::number(labels) : QStringLiteral("labels"))
                        .arg(hidden));
    if (bias->second.shape() != Shape{count})
        return fail(tr("tensor '%1' has shape %2, expected [%3]")
                        .arg(names[1], shapeString(bias->second.shape()))
                        .arg(count));
    DenseWeights head{weights->second.transposed(), std::move(bias->second)};
    tensors.erase(weights);
    tensors.erase(tensors.find(names[1]));
    return head;
}

} // namespace bertlab::core
