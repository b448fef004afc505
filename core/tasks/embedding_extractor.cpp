#include "core/tasks/embedding_extractor.h"

#include "core/translation.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace bertlab::core {

namespace {
QString tr(const char* text) {
    return translateCore(
        text, {"EmbeddingExtractor", "bertlab::core::EmbeddingExtractor", "bertlab::core::LayerSelection"});
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

QString longTextName(ExtractionParams::LongText mode) {
    return mode == ExtractionParams::LongText::Windows ? QStringLiteral("windows")
                                                       : QStringLiteral("truncate");
}

std::optional<ExtractionParams::LongText> longTextFromName(QStringView name) {
    for (auto mode : {ExtractionParams::LongText::Truncate, ExtractionParams::LongText::Windows}) {
        if (name.compare(longTextName(mode), Qt::CaseInsensitive) == 0)
            return mode;
    }
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
        // As keras-bert: more layers than the model has gives them all (the CLI warns).
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
    if (m_params.normalize && m_params.poolings.empty())
        return Error{tr("Normalizing needs a pooling: it makes each text's vector unit length.")};
    if (m_params.longText == ExtractionParams::LongText::Windows && effectiveMaxLength() < 3)
        return Error{tr("Splitting long texts into windows needs a maximum length of at least 3 tokens.")};
    return Ok{};
}

QStringList EmbeddingExtractor::featureNames() const {
    const int hidden = m_model.config().hiddenSize;
    QStringList names;
    names.reserve(featureSize());
    const auto addLayers = [&](const QString& prefix) {
        for (int layer : m_layers)
            for (int d = 0; d < hidden; ++d)
                names << prefix + QStringLiteral("l%1_%2").arg(layer + 1).arg(d);
    };
    if (m_params.poolings.empty()) {
        addLayers({});
    } else {
        for (Pooling pooling : m_params.poolings)
            addLayers(poolingName(pooling) + u'_');
    }
    return names;
}

int EmbeddingExtractor::featureSize() const {
    const int perToken = int(m_layers.size()) * m_model.config().hiddenSize;
    return m_params.poolings.empty() ? perToken : perToken * int(m_params.poolings.size());
}

int EmbeddingExtractor::effectiveMaxLength() const {
    return m_params.maxLength > 0 ? std::min(m_params.maxLength, m_model.maxSequenceLength())
                                  : m_model.maxSequenceLength();
}

Tensor EmbeddingExtractor::tokenFeatures(const ForwardResult& forward, const TokenBatch& batch,
                                         int sequence) const {
    const std::int64_t hidden = m_model.config().hiddenSize;
    const std::int64_t start = batch.start(sequence), length = batch.length(sequence);
    const std::int64_t width = std::int64_t(m_layers.size()) * hidden;
    Tensor tokens({length, width});
    for (std::size_t l = 0; l < m_layers.size(); ++l) {
        const Tensor& states = forward.hiddenStates[std::size_t(m_layers[l]) + 1];
        for (std::int64_t t = 0; t < length; ++t)
            std::memcpy(tokens.row(t) + std::int64_t(l) * hidden, states.row(start + t),
                        std::size_t(hidden) * sizeof(float));
    }
    return tokens;
}

namespace {

// x / max(‖x‖₂, 1e-12), as torch.nn.functional.normalize (sentence-transformers' Normalize).
void normalizeToUnitLength(Tensor& vector) {
    double squares = 0.0;
    for (std::int64_t i = 0; i < vector.size(); ++i)
        squares += double(vector[i]) * double(vector[i]);
    const double norm = std::max(std::sqrt(squares), 1e-12);
    for (std::int64_t i = 0; i < vector.size(); ++i)
        vector[i] = float(double(vector[i]) / norm);
}

} // namespace

Tensor EmbeddingExtractor::pooled(const Tensor& tokens) const {
    const std::int64_t length = tokens.dim(0), width = tokens.dim(1);
    Tensor result({width * std::int64_t(m_params.poolings.size())});
    float* out = result.data();
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
    return result;
}

namespace {
// Consecutive windows of at most `pieces` WordPieces of a whole single-text encoding
// ([CLS] p1 … pn [SEP], no padding), each wrapped in its own [CLS] … [SEP].
std::vector<Encoding> splitIntoWindows(const Encoding& whole, int pieces) {
    std::vector<Encoding> windows;
    const int last = whole.length() - 1; // the final [SEP]
    for (int begin = 1; begin < last; begin += pieces) {
        const int end = std::min(last, begin + pieces);
        Encoding w;
        const auto take = [&](int i) {
            w.tokens.push_back(whole.tokens[i]);
            w.ids.push_back(whole.ids[std::size_t(i)]);
            w.segments.push_back(0);
            w.offsets.push_back(whole.offsets[std::size_t(i)]);
        };
        take(0);
        for (int i = begin; i < end; ++i)
            take(i);
        take(last);
        windows.push_back(std::move(w));
    }
    return windows;
}
} // namespace

std::vector<EncodedInput> EmbeddingExtractor::encode(const std::vector<TextInput>& inputs,
                                                     qint64 firstIndex) const {
    const int maxLength = effectiveMaxLength();
    const bool windows = m_params.longText == ExtractionParams::LongText::Windows && maxLength >= 3;
    std::vector<EncodedInput> encoded;
    encoded.reserve(inputs.size());
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        EncodedInput e;
        e.input = inputs[i];
        e.index = e.input.index >= 0 ? e.input.index : firstIndex + qint64(i);
        if (windows && e.input.second.isNull()) {
            e.encoding = m_tokenizer.encode(e.input.first, QString(), 0);
            if (e.encoding.length() > maxLength)
                e.windows = splitIntoWindows(e.encoding, maxLength - 2);
        } else {
            e.encoding = m_tokenizer.encode(e.input.first, e.input.second, maxLength);
        }
        encoded.push_back(std::move(e));
    }
    return encoded;
}

Status EmbeddingExtractor::run(const std::vector<TextInput>& inputs,
                               const std::function<bool(EmbeddingItem&&)>& sink,
                               const ProgressCallback& progress, qint64 firstIndex) const {
    if (auto status = validate(); !status)
        return status;
    return runEncoded(encode(inputs, firstIndex), sink, progress);
}

Result<std::vector<Tensor>>
EmbeddingExtractor::sequenceFeatures(const std::vector<const Encoding*>& sequences) const {
    TokenBatch batch;
    for (const Encoding* e : sequences)
        batch.add(e->ids, e->segments);
    ForwardRequest request;
    for (int layer : m_layers)
        request.hiddenStatesOf.push_back(layer + 1);
    auto forward = m_model.forward(batch, request);
    if (!forward)
        return Error{forward.errorString()};
    std::vector<Tensor> out;
    out.reserve(sequences.size());
    for (int s = 0; s < batch.sequenceCount(); ++s) {
        Tensor tokens = tokenFeatures(*forward, batch, s);
        out.push_back(m_params.poolings.empty() ? std::move(tokens) : pooled(tokens));
    }
    return out;
}

Status EmbeddingExtractor::runEncoded(std::vector<EncodedInput>&& inputs,
                                      const std::function<bool(EmbeddingItem&&)>& sink,
                                      const ProgressCallback& progress,
                                      const SequenceFeatures& features) const {
    if (auto status = validate(); !status)
        return status;
    const std::size_t total = inputs.size();
    const bool pooling = !m_params.poolings.empty();
    const std::int64_t width = std::int64_t(m_layers.size()) * m_model.config().hiddenSize;
    const std::int64_t expected = pooling ? width * std::int64_t(m_params.poolings.size()) : width;

    // A text split into windows may span batches; at most one is in progress at a time.
    std::vector<double> pooledSum;
    double weightSum = 0.0;
    std::vector<float> tokenRows;
    const auto emit = [&](EncodedInput& in, Tensor embedding) {
        if (m_params.normalize && !m_params.poolings.empty())
            normalizeToUnitLength(embedding);
        EmbeddingItem item;
        item.index = in.index;
        item.input = std::move(in.input);
        item.encoding = std::move(in.encoding);
        item.embedding = std::move(embedding);
        return sink(std::move(item));
    };

    std::size_t next = 0; // the next text (and window of it) to put in a batch
    int nextWindow = 0;
    while (next < total) {
        std::vector<const Encoding*> batch;
        std::vector<std::pair<std::size_t, int>> sequences; // (text, window) of each batch sequence
        const std::size_t batchFirst = next;
        while (int(batch.size()) < m_params.batchSize && next < total) {
            const EncodedInput& in = inputs[next];
            batch.push_back(in.windows.empty() ? &in.encoding : &in.windows[std::size_t(nextWindow)]);
            sequences.emplace_back(next, nextWindow);
            if (++nextWindow == in.sequenceCount()) {
                ++next;
                nextWindow = 0;
            }
        }
        auto computed = features ? features(batch) : sequenceFeatures(batch);
        if (!computed)
            return Error{tr("Text %1: %2").arg(inputs[batchFirst].index + 1).arg(computed.errorString())};
        if (computed->size() != batch.size())
            return Error{tr("Text %1: %2 results for %3 sequences")
                             .arg(inputs[batchFirst].index + 1)
                             .arg(computed->size())
                             .arg(batch.size())};
        for (std::size_t s = 0; s < batch.size(); ++s) {
            const auto [text, window] = sequences[s];
            EncodedInput& in = inputs[text];
            Tensor& result = (*computed)[s];
            const std::int64_t length = batch[s]->length();
            const bool fits = pooling
                                  ? result.rank() == 1 && result.dim(0) == expected
                                  : result.rank() == 2 && result.dim(0) == length && result.dim(1) == width;
            if (!fits)
                return Error{tr("Text %1: features of the wrong shape").arg(in.index + 1)};
            if (in.windows.empty()) {
                if (!emit(in, std::move(result)))
                    return Ok{};
                continue;
            }
            const int windows = in.sequenceCount();
            if (pooling) {
                // Pooled: the windows' pooled vectors averaged, each weighted by its real (non-padding)
                // token count including its own [CLS] and [SEP] — the count AVE pooling divides by.
                pooledSum.resize(std::size_t(result.size()), 0.0);
                for (std::int64_t f = 0; f < result.size(); ++f)
                    pooledSum[std::size_t(f)] += double(length) * double(result[f]);
                weightSum += double(length);
            } else {
                // Per token: the windows' rows in order, without the inner [SEP]/[CLS] of each window, so
                // the rows match the whole text's [CLS] p1 … pn [SEP].
                const std::int64_t from = window == 0 ? 0 : 1;
                const std::int64_t to = window == windows - 1 ? length : length - 1;
                tokenRows.insert(tokenRows.end(), result.row(from), result.row(from) + (to - from) * width);
            }
            if (window != windows - 1)
                continue;
            Tensor embedding;
            if (pooling) {
                embedding = Tensor({std::int64_t(pooledSum.size())});
                for (std::size_t f = 0; f < pooledSum.size(); ++f)
                    embedding[std::int64_t(f)] = float(pooledSum[f] / weightSum);
            } else {
                embedding = Tensor({std::int64_t(tokenRows.size()) / width, width}, tokenRows.data());
            }
            pooledSum.clear();
            weightSum = 0.0;
            tokenRows.clear();
            if (!emit(in, std::move(embedding)))
                return Ok{};
        }
        if (progress && !progress(qint64(next), qint64(total)))
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
