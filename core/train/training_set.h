#pragma once

#include "core/text/vocab.h"
#include "core/train/pretraining_data.h"
#include "core/train/training_batch.h"

#include <cstdint>
#include <vector>

namespace bertlab::core {

// The examples of a run and the batch of any step. Each epoch's order is a permutation drawn from the seed
// and the epoch number, and pretraining masks are drawn from the seed and the step number, so the step
// number alone says which batch comes next: resuming needs nothing more than it.
class TrainingSet final {
public:
    TrainingSet() = default;
    static TrainingSet pretraining(std::vector<SentencePair> pairs, const Vocab& vocab,
                                   MaskingOptions masking, std::uint64_t seed);
    static TrainingSet classification(std::vector<TrainingExample> examples, std::uint64_t seed);

    std::int64_t size() const;
    bool isEmpty() const { return size() == 0; }
    std::int64_t stepsPerEpoch(int batchSize) const { return (size() + batchSize - 1) / batchSize; }

    // The batch of 0-based training step `step`.
    TrainingBatch batch(std::int64_t step, int batchSize) const;
    // Every example once, in file order, masks fixed by the seed: the same batches at every validation.
    std::vector<TrainingBatch> fixedBatches(int batchSize) const;

private:
    const std::vector<std::int64_t>& order(std::int64_t epoch) const;
    std::vector<TrainingExample> examplesAt(const std::vector<std::int64_t>& indices,
                                            std::uint64_t stream) const;

    bool m_pretraining = false;
    std::vector<SentencePair> m_pairs;
    std::vector<TrainingExample> m_examples;
    const Vocab* m_vocab = nullptr;
    MaskingOptions m_masking;
    std::uint64_t m_seed = 0;
    mutable std::int64_t m_cachedEpoch = -1;
    mutable std::vector<std::int64_t> m_cachedOrder;
};

// Mixes a seed with a stream number (splitmix64), for independent reproducible random streams.
std::uint64_t mixSeed(std::uint64_t seed, std::uint64_t stream);

} // namespace bertlab::core
