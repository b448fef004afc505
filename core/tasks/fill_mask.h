#pragma once

#include "core/model/bert_model.h"
#include "core/result.h"
#include "core/text/tokenizer.h"

#include <optional>
#include <vector>

namespace bertlab::core {

struct FillMaskParams {
    int topK = 5;
    int maxLength = 0; // 0 = the model's maximum
};

struct MaskCandidate {
    QString token;
    int id = 0;
    float probability = 0.0f;
};

struct MaskPrediction {
    int position = 0;                      // index of the [MASK] token in the encoding
    std::vector<MaskCandidate> candidates; // most probable first
};

struct FillMaskResult {
    Encoding encoding;
    std::vector<MaskPrediction> masks;
    std::optional<std::pair<float, float>> nsp; // (is next, not next) when the model has an NSP head
};

// Top-k words for every [MASK] in the text (and NSP for the pair). Needs the MLM head.
Result<FillMaskResult> fillMask(const BertModel& model, const Tokenizer& tokenizer, const QString& first,
                                const QString& second = {}, const FillMaskParams& params = {});

// The k largest entries of probabilities[0, count), most probable first (ties: lower id first).
std::vector<std::pair<int, float>> topK(const float* probabilities, int count, int k);

} // namespace bertlab::core
