#include "core/model/random_weights.h"

#include <random>

namespace bertlab::core {

namespace {

class Filler {
public:
    Filler(std::uint32_t seed, float stddev)
        : m_engine(seed)
        , m_normal(0.0f, stddev) {}

    Tensor normal(Shape shape) {
        Tensor t(std::move(shape));
        for (std::int64_t i = 0; i < t.size(); ++i)
            t[i] = m_normal(m_engine);
        return t;
    }
    static Tensor constant(Shape shape, float value) {
        Tensor t(std::move(shape));
        for (std::int64_t i = 0; i < t.size(); ++i)
            t[i] = value;
        return t;
    }
    DenseWeights dense(std::int64_t in, std::int64_t out) { return {normal({in, out}), Tensor({out})}; }
    static LayerNormWeights norm(std::int64_t size) { return {constant({size}, 1.0f), Tensor({size})}; }

private:
    std::mt19937 m_engine;
    std::normal_distribution<float> m_normal;
};

} // namespace

BertWeights randomBertWeights(const BertConfig& c, std::uint32_t seed, bool withHeads) {
    Filler f(seed, c.initializerRange);
    const std::int64_t h = c.hiddenSize, i = c.intermediateSize;
    BertWeights w;
    w.wordEmbeddings = f.normal({c.vocabSize, h});
    w.positionEmbeddings = f.normal({c.maxPositions, h});
    w.tokenTypeEmbeddings = f.normal({c.typeVocabSize, h});
    w.embeddingNorm = Filler::norm(h);
    for (int l = 0; l < c.numLayers; ++l) {
        EncoderLayerWeights layer;
        layer.query = f.dense(h, h);
        layer.key = f.dense(h, h);
        layer.value = f.dense(h, h);
        layer.attentionOutput = f.dense(h, h);
        layer.attentionNorm = Filler::norm(h);
        layer.intermediate = f.dense(h, i);
        layer.output = f.dense(i, h);
        layer.outputNorm = Filler::norm(h);
        w.layers.push_back(std::move(layer));
    }
    w.pooler = f.dense(h, h);
    if (withHeads) {
        w.mlm = MlmHeadWeights{f.dense(h, h), Filler::norm(h), Tensor({std::int64_t(c.vocabSize)})};
        w.nsp = f.dense(h, 2);
    }
    return w;
}

double encoderFlops(const BertConfig& c, std::int64_t t) {
    const double h = c.hiddenSize, i = c.intermediateSize, n = double(t);
    const double projections = 2.0 * n * h * (3.0 * h) + 2.0 * n * h * h + 2.0 * 2.0 * n * h * i;
    const double attention = 2.0 * 2.0 * n * n * h; // Q K^T and P V over all heads
    return c.numLayers * (projections + attention);
}

} // namespace bertlab::core
