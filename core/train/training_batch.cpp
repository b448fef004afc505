#include "core/train/training_batch.h"

#include <algorithm>

namespace bertlab::core {

TrainingBatch TrainingBatch::fromExamples(const std::vector<TrainingExample>& examples) {
    TrainingBatch batch;
    const bool nsp =
        std::any_of(examples.begin(), examples.end(), [](const auto& e) { return e.nspLabel >= 0; });
    const bool classes =
        std::any_of(examples.begin(), examples.end(), [](const auto& e) { return e.classLabel >= 0; });
    for (const TrainingExample& e : examples) {
        const std::int64_t start = batch.tokens.tokenCount();
        batch.tokens.add(e.ids, e.segments);
        for (std::size_t i = 0; i < e.maskedPositions.size(); ++i) {
            const int position = e.maskedPositions[i];
            // A position outside its own example becomes row -1, which step() reports, rather than a
            // silent target in the next example.
            const bool inside = position >= 0 && std::size_t(position) < e.ids.size();
            batch.mlmRows.push_back(inside ? start + position : -1);
            batch.mlmLabels.push_back(i < e.maskedLabels.size() ? e.maskedLabels[i] : -1);
        }
        // Labels are kept when any example has one, so a missing label (-1) is reported, not skipped.
        if (nsp)
            batch.nspLabels.push_back(e.nspLabel);
        if (classes)
            batch.classLabels.push_back(e.classLabel);
    }
    return batch;
}

} // namespace bertlab::core
