#include "core/train/softmax_losses.h"

#include "core/train/backward_ops.h"

#include <algorithm>
#include <cmath>

namespace bertlab::core {

double softmaxRowLoss(const float* logits, int cols, int label, float* probabilities, int* argmax) {
    double maxValue = logits[0];
    int best = 0;
    for (int c = 1; c < cols; ++c) {
        if (logits[c] > maxValue) {
            maxValue = logits[c];
            best = c;
        }
    }
    double sum = 0.0;
    for (int c = 0; c < cols; ++c)
        sum += std::exp(double(logits[c]) - maxValue);
    for (int c = 0; c < cols; ++c)
        probabilities[c] = float(std::exp(double(logits[c]) - maxValue) / sum);
    *argmax = best;
    return label >= 0 ? std::log(sum) + maxValue - logits[label] : 0.0;
}

double maskedLmLoss(const Kernels& kernels, bool exact, int threads, float* logits, std::int64_t count,
                    std::int64_t rows, std::int64_t vocab, const std::vector<int>& labels,
                    std::int64_t& correct) {
    const std::int64_t m = count;
    // Top guess and the two logits the loss needs, before the softmax overwrites them.
    std::vector<float> labelLogit(static_cast<std::size_t>(m)), bestLogit(static_cast<std::size_t>(m));
    std::vector<std::int64_t> best(static_cast<std::size_t>(m));
#pragma omp parallel for num_threads(threads) if (!exact)
    for (std::int64_t i = 0; i < m; ++i) {
        const float* row = logits + i * vocab;
        const std::int64_t arg = backward::argmax(row, vocab);
        best[std::size_t(i)] = arg;
        bestLogit[std::size_t(i)] = row[arg];
        labelLogit[std::size_t(i)] = row[labels[std::size_t(i)]];
    }
    kernels.softmax(logits, rows, vocab);
    double loss = 0.0;
    for (std::int64_t i = 0; i < m; ++i) {
        // log-sum-exp from the top guess's probability, which cannot underflow (it is >= 1 / vocab).
        const double logSumExp =
            double(bestLogit[std::size_t(i)]) - std::log(double(logits[i * vocab + best[std::size_t(i)]]));
        loss += logSumExp - labelLogit[std::size_t(i)];
        const int label = labels[std::size_t(i)];
        correct += best[std::size_t(i)] == label ? 1 : 0;
        logits[i * vocab + label] -= 1.0f; // the gradient of the loss (times m): softmax - one-hot
    }
    std::fill(logits + m * vocab, logits + rows * vocab, 0.0f);
    return loss / double(m);
}

} // namespace bertlab::core
