#include "core/model/bert_model.h"

#include "core/translation.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

namespace bertlab::core {

namespace {
QString tr(const char* text) {
    return translateCore(text, {"BertModel", "bertlab::core::BertModel"});
}
} // namespace

BertModel::BertModel(BertConfig config, BertWeights weights)
    : m_config(std::move(config))
    , m_maxPositions(int(weights.positionEmbeddings.dim(0)))
    , m_embeddings(m_config, weights) {
    m_layers.reserve(weights.layers.size());
    for (auto& layer : weights.layers)
        m_layers.emplace_back(m_config, std::move(layer));
    if (weights.pooler)
        m_pooler.emplace(std::move(*weights.pooler));
    if (weights.mlm)
        m_mlm.emplace(m_config, std::move(*weights.mlm));
    if (weights.nsp)
        m_nsp.emplace(std::move(*weights.nsp));
    if (weights.classifier)
        m_classifier.emplace(std::move(*weights.classifier));
}

Status BertModel::validate(const TokenBatch& batch, const ForwardRequest& request) const {
    if ((request.pooled || request.nsp || request.classifier) && !m_pooler)
        return Error{tr("This model has no pooler layer, so it cannot give a pooled output or NSP.")};
    if (request.classifier && !m_classifier)
        return Error{tr("This model has no classifier head: fine-tune one for classification first.")};
    if (request.nsp && !m_nsp)
        return Error{tr("This model has no next-sentence-prediction (NSP) head.")};
    if (request.mlm && !m_mlm)
        return Error{tr("This model has no masked-language-model (MLM) head, so it cannot predict words.")};
    for (int s = 0; s < batch.sequenceCount(); ++s) {
        if (batch.length(s) > m_maxPositions)
            return Error{tr("Sequence %1 has %2 tokens; this model takes at most %3.")
                             .arg(s)
                             .arg(batch.length(s))
                             .arg(m_maxPositions)};
    }
    for (std::int64_t i = 0; i < batch.tokenCount(); ++i) {
        const int id = batch.ids()[std::size_t(i)];
        const int segment = batch.segments()[std::size_t(i)];
        if (id < 0 || id >= m_config.vocabSize)
            return Error{
                tr("Token id %1 is outside the vocabulary (size %2).").arg(id).arg(m_config.vocabSize)};
        if (segment < 0 || segment >= m_config.typeVocabSize)
            return Error{tr("Segment id %1 is outside the model's %2 segment types.")
                             .arg(segment)
                             .arg(m_config.typeVocabSize)};
    }
    for (auto row : request.mlmRows) {
        if (row < 0 || row >= batch.tokenCount())
            return Error{tr("MLM position %1 is outside the batch.").arg(row)};
    }
    return Ok{};
}

Result<ForwardResult> BertModel::forward(const TokenBatch& batch, const ForwardRequest& request,
                                         KernelPath path) const {
    if (auto status = validate(batch, request); !status)
        return Error{status.errorString()};

    ForwardResult result;
    if (request.keepActivations)
        result.tape = std::make_shared<ForwardTape>();
    const ForwardContext ctx{path == KernelPath::Fast ? fastKernels() : referenceKernels(),
                             result.tape.get()};
    Tensor x = m_embeddings.forward(ctx, batch);
    // Copies only the hidden states asked for: a copy per layer is not free at BERT-base sizes.
    const bool someStates = request.hiddenStates || !request.hiddenStatesOf.empty();
    const auto keep = [&](int index) {
        const auto& of = request.hiddenStatesOf;
        const bool wanted = request.hiddenStates || std::find(of.begin(), of.end(), index) != of.end();
        result.hiddenStates.push_back(wanted ? x : Tensor());
    };
    if (someStates)
        keep(0);
    for (const auto& layer : m_layers) {
        std::vector<Tensor>* probabilities = nullptr;
        if (request.attentions)
            probabilities = &result.attentions.emplace_back();
        layer.forward(ctx, batch, x, probabilities);
        if (someStates)
            keep(int(result.hiddenStates.size()));
    }

    const std::int64_t hidden = m_config.hiddenSize;
    if (request.pooled || request.nsp || request.classifier) {
        Tensor first({batch.sequenceCount(), hidden});
        for (int s = 0; s < batch.sequenceCount(); ++s)
            std::memcpy(first.row(s), x.row(batch.start(s)), std::size_t(hidden) * sizeof(float));
        result.pooled = m_pooler->forward(ctx, first, Epilogue::Tanh);
        if (request.nsp) {
            result.nspProbabilities = m_nsp->forward(ctx, result.pooled);
            ctx.kernels.softmax(result.nspProbabilities.data(), batch.sequenceCount(), 2);
        }
        if (request.classifier) { // dropout, in training, is the identity here
            result.classifierLogits = m_classifier->forward(ctx, result.pooled);
            result.classifierProbabilities = result.classifierLogits;
            ctx.kernels.softmax(result.classifierProbabilities.data(), batch.sequenceCount(),
                                int(result.classifierLogits.dim(1)));
        }
    }
    if (request.mlm) {
        result.mlmRows = request.mlmRows;
        if (result.mlmRows.empty()) {
            for (std::int64_t r = 0; r < batch.tokenCount(); ++r)
                result.mlmRows.push_back(r);
        }
        Tensor rows({std::int64_t(result.mlmRows.size()), hidden});
        for (std::size_t i = 0; i < result.mlmRows.size(); ++i)
            std::memcpy(rows.row(std::int64_t(i)), x.row(result.mlmRows[i]),
                        std::size_t(hidden) * sizeof(float));
        result.mlmProbabilities = m_mlm->probabilities(ctx, rows, m_embeddings.wordEmbeddings());
    }
    result.lastHidden = std::move(x);
    return result;
}

} // namespace bertlab::core
