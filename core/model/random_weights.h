#pragma once

#include "core/model/bert_config.h"
#include "core/model/bert_weights.h"

#include <cstdint>

namespace bertlab::core {

// Weights drawn from N(0, config.initializerRange) (LayerNorm gamma = 1, beta = 0, biases = 0), as a new
// model is initialised; deterministic for a seed. Used for benchmarks, tests and training from scratch.
BertWeights randomBertWeights(const BertConfig& config, std::uint32_t seed, bool withHeads = true);

// Floating-point operations of one forward pass over a sequence of the given length (matmuls only).
double encoderFlops(const BertConfig& config, std::int64_t sequenceLength);

} // namespace bertlab::core
