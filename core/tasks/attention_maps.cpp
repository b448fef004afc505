#include "core/tasks/attention_maps.h"

namespace bertlab::core {

Result<ForwardResult> forwardText(const BertModel& model, const Tokenizer& tokenizer, const QString& first,
                                  const QString& second, int maxLength, const ForwardRequest& request,
                                  Encoding& encoding) {
    const int limit =
        maxLength > 0 ? std::min(maxLength, model.maxSequenceLength()) : model.maxSequenceLength();
    encoding = tokenizer.encode(first, second, limit);
    TokenBatch batch;
    batch.add(encoding.ids, encoding.segments);
    return model.forward(batch, request);
}

float AttentionMaps::weight(int layer, int head, int query, int key) const {
    const Tensor& t = layers[std::size_t(layer)];
    const std::int64_t n = t.dim(1);
    return t[(head * n + query) * n + key];
}

Result<AttentionMaps> attentionMaps(const BertModel& model, const Tokenizer& tokenizer, const QString& first,
                                    const QString& second, int maxLength) {
    AttentionMaps maps;
    ForwardRequest request;
    request.attentions = true;
    auto forward = forwardText(model, tokenizer, first, second, maxLength, request, maps.encoding);
    if (!forward)
        return Error{forward.errorString()};
    for (auto& perSequence : forward->attentions)
        maps.layers.push_back(std::move(perSequence.front()));
    return maps;
}

} // namespace bertlab::core
