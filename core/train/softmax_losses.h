#pragma once

// The training losses: softmax cross-entropy over a row of logits (NSP, classifier) and over the masked-LM
// rows (vocabulary-wide, threaded), each leaving what backward starts from.

#include "core/tensor/kernels.h"

#include <cstdint>
#include <vector>

namespace bertlab::core {

// Softmax of one row into probabilities, its first top guess into argmax, and -log p(label) (0 when
// label < 0). Double accumulation: the rows are short.
double softmaxRowLoss(const float* logits, int cols, int label, float* probabilities, int* argmax);

// Mean cross-entropy of rows [0, count) of logits [rows, vocab] against labels; correct counts the rows whose
// top guess is the label. logits is overwritten with count times the loss's gradient (softmax - one-hot), the
// padding rows [count, rows) with zeros.
double maskedLmLoss(const Kernels& kernels, bool exact, int threads, float* logits, std::int64_t count,
                    std::int64_t rows, std::int64_t vocab, const std::vector<int>& labels,
                    std::int64_t& correct);

} // namespace bertlab::core
