#pragma once

#include "core/model/token_batch.h"

#include <cstdint>
#include <vector>

namespace bertlab::core {

// One training input before batching: [CLS] a [SEP] (b [SEP]) as ids, with what the heads should predict.
struct TrainingExample {
    std::vector<int> ids;      // model input (after masking for pretraining)
    std::vector<int> segments; // 0 / 1 per token
    // Pretraining: positions (indices into ids) the MLM loss covers, and the true id at each.
    std::vector<int> maskedPositions;
    std::vector<int> maskedLabels;
    int nspLabel = -1;   // 0 = b follows a ("is next"), 1 = b is random ("not next"); -1 = no NSP loss
    int classLabel = -1; // classification: the label's index; -1 = none
};

// Several examples packed end to end (no padding, like TokenBatch) with their targets.
struct TrainingBatch {
    TokenBatch tokens;
    std::vector<std::int64_t> mlmRows; // packed rows the MLM loss covers
    std::vector<int> mlmLabels;        // true id of each of those rows
    std::vector<int> nspLabels;        // per sequence; empty = no NSP loss
    std::vector<int> classLabels;      // per sequence; empty = no classification loss

    static TrainingBatch fromExamples(const std::vector<TrainingExample>& examples);
    int sequenceCount() const { return tokens.sequenceCount(); }
};

} // namespace bertlab::core
