#pragma once

#include "core/model/bert_model.h"
#include "core/result.h"
#include "core/text/tokenizer.h"

#include <vector>

namespace bertlab::core {

struct AttentionMaps {
    Encoding encoding;
    std::vector<Tensor> layers; // per layer: [heads, T, T], row = query token, column = key token

    int layerCount() const { return int(layers.size()); }
    int headCount() const { return layers.empty() ? 0 : int(layers.front().dim(0)); }
    float weight(int layer, int head, int query, int key) const;
};

// One text (or pair), tokenized to at most maxLength (0: the model's maximum) into `encoding`, through the
// model with `request`: the single-text forward pass the explore tasks share.
Result<ForwardResult> forwardText(const BertModel& model, const Tokenizer& tokenizer, const QString& first,
                                  const QString& second, int maxLength, const ForwardRequest& request,
                                  Encoding& encoding);

// Every layer's attention probabilities for the text (or pair).
Result<AttentionMaps> attentionMaps(const BertModel& model, const Tokenizer& tokenizer, const QString& first,
                                    const QString& second = {}, int maxLength = 0);

} // namespace bertlab::core
