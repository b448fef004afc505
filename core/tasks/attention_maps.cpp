#include "core/tasks/attention_maps.h"

namespace bertlab::core {

float AttentionMaps::weight(int layer, int head, int query, int key) const {
    const Tensor& t = layers[std::size_t(layer)];
    const std::int64_t n = t.dim(1);
    return t[(head * n + query) * n + key];
}

Result<AttentionMaps> attentionMaps(const BertModel& model, const Tokenizer& tokenizer, const QString& first,
                                    const QString& second, int maxLength) {
    AttentionMaps maps;
    const int limit =
        maxLength > 0 ? std::min(maxLength, model.maxSequenceLength()) : model.maxSequenceLength();
    maps.encoding = tokenizer.encode(first, second, limit);
    TokenBatch batch;
    batch.add(maps.encoding.ids, maps.encoding.segments);
    ForwardRequest request;
    request.attentions = true;
    auto forward = model.forward(batch, request);
    if (!forward)
        return Error{forward.errorString()};
    for (auto& perSequence : forward->attentions)
        maps.layers.push_back(std::move(perSequence.front()));
    return maps;
}

} // namespace bertlab::core
