#pragma once

#include "core/tensor/tensor.h"

#include <optional>
#include <vector>

namespace bertlab::core {

// Canonical in-memory layout, independent of the file format: every dense kernel is [in, out]
// (TensorFlow's layout; Hugging Face's [out, in] Linear weights are transposed on load), so y = x * kernel +
// bias.
struct DenseWeights {
    Tensor kernel; // [in, out]
    Tensor bias;   // [out]
};

struct LayerNormWeights {
    Tensor gamma; // [hidden]
    Tensor beta;  // [hidden]
};

struct EncoderLayerWeights {
    DenseWeights query, key, value; // [H, H] each
    DenseWeights attentionOutput;   // [H, H]
    LayerNormWeights attentionNorm;
    DenseWeights intermediate; // [H, I]
    DenseWeights output;       // [I, H]
    LayerNormWeights outputNorm;
};

struct MlmHeadWeights {
    DenseWeights transform; // [H, H], followed by the activation and LayerNorm
    LayerNormWeights norm;
    Tensor outputBias; // [vocab]; the decoder is tied to the word embeddings
};

struct BertWeights {
    Tensor wordEmbeddings;      // [vocab, H]
    Tensor positionEmbeddings;  // [maxPositions, H]
    Tensor tokenTypeEmbeddings; // [typeVocab, H]
    LayerNormWeights embeddingNorm;
    std::vector<EncoderLayerWeights> layers;
    std::optional<DenseWeights> pooler; // [H, H], tanh
    std::optional<MlmHeadWeights> mlm;
    std::optional<DenseWeights> nsp; // [H, 2]: column 0 = "is next", column 1 = "not next"
    // [H, labels]: a sequence classifier on the pooled output (run_classifier.py's output_weights,
    // BertForSequenceClassification's classifier); its label names are BertConfig::labels.
    std::optional<DenseWeights> classifier;
};

} // namespace bertlab::core
