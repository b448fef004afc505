#include "core/tasks/embedding_extractor.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

namespace bertlab::core {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("EmbeddingExtractor", text);
}
} // namespace

QString poolingName(Pooling pooling) {
    switch (pooling) {
    case Pooling::Nsp:
        return QStringLiteral("nsp");
    case Pooling::Max:
        return QStringLiteral("max");
    case Pooling::Average:
        return QStringLiteral("ave");
    }
    return {};
}

std::optional<Pooling> poolingFromName(QStringView name) {
    for (auto p : {Pooling::Nsp, Pooling::Max, Pooling::Average}) {
        if (name.compare(poolingName(p), Qt::CaseInsensitive) == 0)
            return p;
    }
    if (name.compare(u"avg", Qt::CaseInsensitive) == 0 || name.compare(u"average", Qt::CaseInsensitive) == 0)
        return Pooling::Average;
    return std::nullopt;
}

std::optional<LayerSelection> LayerSelection::parse(QStringView text) {
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (!text.contains(u',')) {
        bool ok = false;
        const int n = text.toInt(&ok);
        if (!ok || n < 1)
            return std::nullopt;
        return last(n);
    }
    std::vector<int> indices;
    for (auto part : text.split(u',')) {
        part = part.trimmed();
        if (part.isEmpty())
            continue;
        bool ok = false;
        indices.push_back(part.toInt(&ok));
        if (!ok)
            return std::nullopt;
    }
    if (indices.empty())
        return std::nullopt;
    return of(std::move(indices));
}

Result<std::vector<int>> LayerSelection::resolve(int layerCount) const {
    std::vector<int> built;
    if (lastN) {
        const int n = std::min(*lastN, layerCount);
        if (n < 1)
            return Error{tr("The number of output layers must be at least 1.")};
        for (int i = 1; i <= n; ++i)
            built.push_back(layerCount - i);
    } else {
        for (int index : indices) {
            const int layer = index < 0 ? layerCount + index : index;
            if (layer < 0 || layer >= layerCount)
                return Error{tr("Layer %1 does not exist: the model has %2 layers (use 0…%3 or -1…-%2).")
                                 .arg(index)
                                 .arg(layerCount)
                                 .arg(layerCount - 1)};
            built.push_back(layer);
        }
    }
    std::reverse(built.begin(), built.end());
    return built;
}

EmbeddingExtractor::EmbeddingExtractor(const BertModel& model, const Tokenizer& tokenizer,
                                       ExtractionParams params)
    : m_model(model)
    , m_tokenizer(tokenizer)
    , m_params(std::move(params)) {
    auto layers = m_params.layers.resolve(m_model.config().numLayers);
    if (layers)
        m_layers = std::move(*layers);
    else
        m_layerError = layers.errorString();
}

Status EmbeddingExtractor::validate() const {
    if (!m_layerError.isEmpty())
        return Error{m_layerError};
    if (m_params.batchSize < 1)
        return Error{tr("The batch size must be at least 1.")};
    return Ok{};
}

int EmbeddingExtractor::featureSize() const {
    const int perToken = int(m_layers.size()) * m_model.config().hiddenSize;
    return m_params.poolings.empty() ? perToken : perToken * int(m_params.poolings.size());
}

EmbeddingItem EmbeddingExtractor::features(const ForwardResult& forward, const TokenBatch& batch,
                                           int sequence) const {
    const std::int64_t hidden = m_model.config().hiddenSize;
    const std::int64_t start = batch.start(sequence), length = batch.length(sequence);
    const std::int64_t width = std::int64_t(m_layers.size()) * hidden;

    // Token features: the chosen layers side by side.
    Tensor tokens({length, width});
    for (std::size_t l = 0; l < m_layers.size(); ++l) {
        const Tensor& states = forward.hiddenStates[std::size_t(m_layers[l]) + 1];
        for (std::int64_t t = 0; t < length; ++t)
            std::memcpy(tokens.row(t) + std::int64_t(l) * hidden, states.row(start + t),
                        std::size_t(hidden) * sizeof(float));
    }

    EmbeddingItem item;
    if (m_params.poolings.empty()) {
        item.embedding = std::move(tokens);
        return item;
    }
    item.embedding = Tensor({width * std::int64_t(m_params.poolings.size())});
    float* out = item.embedding.data();
    for (Pooling pooling : m_params.poolings) {
        for (std::int64_t f = 0; f < width; ++f) {
            float value = tokens.row(0)[f];
            if (pooling == Pooling::Max) {
                for (std::int64_t t = 1; t < length; ++t)
                    value = std::max(value, tokens.row(t)[f]);
            } else if (pooling == Pooling::Average) {
                double sum = 0.0;
                for (std::int64_t t = 0; t < length; ++t)
                    sum += tokens.row(t)[f];
                value = float(sum / double(length));
            }
            out[f] = value;
        }
        out += width;
    }
    return item;
}

Status EmbeddingExtractor::run(const std::vector<TextInput>& inputs,
                               const std::function<bool(EmbeddingItem&&)>& sink,
                               const ProgressCallback& progress, qint64 firstIndex) const {
    if (auto status = validate(); !status)
        return status;
    const int maxLength = m_params.maxLength > 0 ? std::min(m_params.maxLength, m_model.maxSequenceLength())
                                                 : m_model.maxSequenceLength();
    const qint64 total = qint64(inputs.size());
    ForwardRequest request;
    for (int layer : m_layers)
        request.hiddenStatesOf.push_back(layer + 1);

    for (qint64 begin = 0; begin < total; begin += m_params.batchSize) {
        const qint64 end = std::min(total, begin + m_params.batchSize);
        TokenBatch batch;
        std::vector<Encoding> encodings;
        for (qint64 i = begin; i < end; ++i) {
            const auto& input = inputs[std::size_t(i)];
            encodings.push_back(m_tokenizer.encode(input.first, input.second, maxLength));
            batch.add(encodings.back().ids, encodings.back().segments);
        }
        auto forward = m_model.forward(batch, request);
        if (!forward)
            return Error{tr("Text %1: %2").arg(firstIndex + begin + 1).arg(forward.errorString())};
        for (int s = 0; s < batch.sequenceCount(); ++s) {
            EmbeddingItem item = features(*forward, batch, s);
            const auto& input = inputs[std::size_t(begin + s)];
            item.index = input.index >= 0 ? input.index : firstIndex + begin + s;
            item.input = input;
            item.encoding = std::move(encodings[std::size_t(s)]);
            if (!sink(std::move(item)))
                return Ok{};
        }
        if (progress && !progress(end, total))
            return Ok{};
    }
    return Ok{};
}

Result<std::vector<EmbeddingItem>> EmbeddingExtractor::extract(const std::vector<TextInput>& inputs) const {
    std::vector<EmbeddingItem> items;
    auto status = run(inputs, [&](EmbeddingItem&& item) {
        items.push_back(std::move(item));
        return true;
    });
    if (!status)
        return Error{status.errorString()};
    return items;
}

} // namespace bertlab::core
