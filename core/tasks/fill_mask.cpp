#include "core/tasks/fill_mask.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>

namespace bertlab::core {

std::vector<std::pair<int, float>> topK(const float* probabilities, int count, int k) {
    std::vector<int> order(static_cast<std::size_t>(count));
    std::iota(order.begin(), order.end(), 0);
    k = std::clamp(k, 0, count);
    const auto better = [&](int a, int b) {
        return probabilities[a] != probabilities[b] ? probabilities[a] > probabilities[b] : a < b;
    };
    std::partial_sort(order.begin(), order.begin() + k, order.end(), better);
    std::vector<std::pair<int, float>> best;
    for (int i = 0; i < k; ++i)
        best.emplace_back(order[std::size_t(i)], probabilities[order[std::size_t(i)]]);
    return best;
}

Result<FillMaskResult> fillMask(const BertModel& model, const Tokenizer& tokenizer, const QString& first,
                                const QString& second, const FillMaskParams& params) {
    if (!model.hasMlmHead())
        return Error{QCoreApplication::translate(
            "FillMask",
            "This model has no masked-language-model (MLM) head, so it cannot predict masked words.")};

    FillMaskResult result;
    const int maxLength = params.maxLength > 0 ? std::min(params.maxLength, model.maxSequenceLength())
                                               : model.maxSequenceLength();
    result.encoding = tokenizer.encode(first, second, maxLength);

    const int maskId = tokenizer.vocab().id(QStringLiteral("[MASK]"));
    ForwardRequest request;
    request.mlm = true;
    for (std::size_t i = 0; i < result.encoding.ids.size(); ++i) {
        if (maskId >= 0 && result.encoding.ids[i] == maskId)
            request.mlmRows.push_back(std::int64_t(i));
    }
    request.nsp = model.hasNspHead() && model.hasPooler();
    if (request.mlmRows.empty() && !request.nsp)
        return result; // nothing to predict

    TokenBatch batch;
    batch.add(result.encoding.ids, result.encoding.segments);
    if (request.mlmRows.empty())
        request.mlm = false;
    auto forward = model.forward(batch, request);
    if (!forward)
        return Error{forward.errorString()};

    // Without a [MASK] only NSP ran, and there are no MLM rows to read.
    const int vocab = forward->mlmRows.empty() ? 0 : int(forward->mlmProbabilities.dim(-1));
    for (std::size_t m = 0; m < forward->mlmRows.size(); ++m) {
        MaskPrediction prediction;
        prediction.position = int(forward->mlmRows[m]);
        for (const auto& [id, p] : topK(forward->mlmProbabilities.row(std::int64_t(m)), vocab, params.topK))
            prediction.candidates.push_back({tokenizer.vocab().token(id), id, p});
        result.masks.push_back(std::move(prediction));
    }
    if (request.nsp)
        result.nsp = std::make_pair(forward->nspProbabilities[0], forward->nspProbabilities[1]);
    return result;
}

} // namespace bertlab::core
