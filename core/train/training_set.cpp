#include "core/train/training_set.h"

#include <algorithm>
#include <numeric>
#include <random>

namespace bertlab::core {

std::uint64_t mixSeed(std::uint64_t seed, std::uint64_t stream) {
    std::uint64_t z = seed + 0x9e3779b97f4a7c15ull * (stream + 1);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

namespace {
// Distinct streams so that shuffling, masking and validation never share random numbers.
constexpr std::uint64_t kOrderStream = 1ull << 40;
constexpr std::uint64_t kMaskStream = 2ull << 40;
constexpr std::uint64_t kValidationStream = 3ull << 40;
} // namespace

TrainingSet TrainingSet::pretraining(std::vector<SentencePair> pairs, const Vocab& vocab,
                                     MaskingOptions masking, std::uint64_t seed) {
    TrainingSet set;
    set.m_pretraining = true;
    set.m_pairs = std::move(pairs);
    set.m_vocab = &vocab;
    set.m_masking = masking;
    set.m_seed = seed;
    return set;
}

TrainingSet TrainingSet::classification(std::vector<TrainingExample> examples, std::uint64_t seed) {
    TrainingSet set;
    set.m_examples = std::move(examples);
    set.m_seed = seed;
    return set;
}

std::int64_t TrainingSet::size() const {
    return std::int64_t(m_pretraining ? m_pairs.size() : m_examples.size());
}

const std::vector<std::int64_t>& TrainingSet::order(std::int64_t epoch) const {
    if (m_cachedEpoch != epoch) {
        m_cachedOrder.resize(std::size_t(size()));
        std::iota(m_cachedOrder.begin(), m_cachedOrder.end(), 0);
        std::mt19937_64 rng(mixSeed(m_seed, kOrderStream + std::uint64_t(epoch)));
        // Fisher-Yates by hand: std::shuffle's sequence is not specified, this one is the same everywhere.
        for (std::size_t i = m_cachedOrder.size(); i > 1; --i)
            std::swap(m_cachedOrder[i - 1], m_cachedOrder[std::size_t(rng() % i)]);
        m_cachedEpoch = epoch;
    }
    return m_cachedOrder;
}

std::vector<TrainingExample> TrainingSet::examplesAt(const std::vector<std::int64_t>& indices,
                                                     std::uint64_t stream) const {
    if (m_pretraining) {
        std::vector<SentencePair> pairs;
        pairs.reserve(indices.size());
        for (auto i : indices)
            pairs.push_back(m_pairs[std::size_t(i)]);
        std::mt19937_64 rng(mixSeed(m_seed, stream));
        return makePretrainingExamples(pairs, *m_vocab, m_masking, rng);
    }
    std::vector<TrainingExample> examples;
    examples.reserve(indices.size());
    for (auto i : indices)
        examples.push_back(m_examples[std::size_t(i)]);
    return examples;
}

TrainingBatch TrainingSet::batch(std::int64_t step, int batchSize) const {
    const std::int64_t perEpoch = stepsPerEpoch(batchSize);
    const std::int64_t epoch = step / perEpoch;
    const std::int64_t first = (step % perEpoch) * batchSize;
    const std::int64_t last = std::min(size(), first + batchSize);
    const auto& permutation = order(epoch);
    const std::vector<std::int64_t> indices(permutation.begin() + first, permutation.begin() + last);
    return TrainingBatch::fromExamples(examplesAt(indices, kMaskStream + std::uint64_t(step)));
}

std::vector<TrainingBatch> TrainingSet::fixedBatches(int batchSize) const {
    std::vector<TrainingBatch> batches;
    for (std::int64_t first = 0; first < size(); first += batchSize) {
        std::vector<std::int64_t> indices;
        for (std::int64_t i = first; i < std::min(size(), first + batchSize); ++i)
            indices.push_back(i);
        batches.push_back(
            TrainingBatch::fromExamples(examplesAt(indices, kValidationStream + std::uint64_t(first))));
    }
    return batches;
}

} // namespace bertlab::core
