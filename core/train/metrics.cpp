#include "core/train/metrics.h"

#include <algorithm>
#include <cstdint>

namespace bertlab::core {

ClassificationScores classificationScores(const std::vector<int>& truth, const std::vector<int>& predicted,
                                          int labelCount) {
    ClassificationScores scores;
    const std::size_t n = std::min(truth.size(), predicted.size());
    if (n == 0 || labelCount <= 0)
        return scores;

    // Per label: true positives, false positives, false negatives. Labels outside 0..labelCount-1 still
    // count as wrong answers for the labels they were confused with.
    struct Counts {
        std::int64_t tp = 0, fp = 0, fn = 0;
    };
    std::vector<Counts> counts(static_cast<std::size_t>(labelCount));
    const auto inRange = [&](int label) { return label >= 0 && label < labelCount; };
    std::int64_t correct = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const int t = truth[i], p = predicted[i];
        if (t == p) {
            ++correct;
            if (inRange(t))
                ++counts[std::size_t(t)].tp;
            continue;
        }
        if (inRange(p))
            ++counts[std::size_t(p)].fp;
        if (inRange(t))
            ++counts[std::size_t(t)].fn;
    }
    scores.accuracy = double(correct) / double(n);

    // sklearn f1_score(average='macro'): the mean over the labels present in truth or predictions of
    // 2tp / (2tp + fp + fn), which is 2PR / (P + R) with an undefined precision or recall taken as 0.
    double sum = 0.0;
    int present = 0;
    for (const Counts& c : counts) {
        const std::int64_t denominator = 2 * c.tp + c.fp + c.fn;
        if (denominator == 0)
            continue; // neither true nor predicted anywhere: not part of the average
        sum += double(2 * c.tp) / double(denominator);
        ++present;
    }
    scores.macroF1 = present > 0 ? sum / present : 0.0;
    return scores;
}

} // namespace bertlab::core
