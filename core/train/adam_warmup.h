#pragma once

// keras-bert's AdamWarmup (keras_bert/optimizers/warmup_v2.py): Adam whose learning rate rises linearly to
// learningRate over warmupSteps, then falls linearly to minLr at decaySteps (and stays there), with
// decoupled weight decay added to the update and optional AMSGrad. Optional global-norm gradient clipping.
// Differences from keras-bert 0.89, on purpose: weightDecayPattern is applied (keras-bert ignores its
// pattern); amsgrad keeps vhat = max(vhat, v) (keras-bert never stores vhat, so its amsgrad is plain Adam);
// decaySteps <= 0 means no decay (keras-bert divides by zero and gets NaN).

#include "core/tensor/tensor.h"
#include "core/train/trainable_bert.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace bertlab::core {

struct AdamWarmupOptions {
    double learningRate = 1e-4;
    double minLr = 0.0;
    std::int64_t warmupSteps = 10000;
    std::int64_t decaySteps = 100000;
    double beta1 = 0.9;
    double beta2 = 0.999;
    double epsilon = 1e-7;
    double weightDecay = 0.01;
    // Substrings of official parameter names that get weight decay; empty = every parameter (what
    // keras-bert 0.89's TF2 optimizer actually does, as it ignores its pattern).
    QStringList weightDecayPattern = defaultWeightDecayPattern();
    bool amsgrad = false;
    double clipNorm = 0.0; // > 0: scale all gradients so their global L2 norm is at most this

    // keras-bert's compile_model pattern ("embeddings", "kernel", …) in official names: the three embedding
    // tables, every kernel and the NSP/classifier output_weights; not biases, not LayerNorm.
    static QStringList defaultWeightDecayPattern();
};

// (total steps, warmup steps) as keras_bert.calc_train_steps.
struct TrainSteps {
    std::int64_t total = 0;
    std::int64_t warmup = 0;
};
TrainSteps calcTrainSteps(std::int64_t numExamples, std::int64_t batchSize, std::int64_t epochs,
                          double warmupProportion = 0.1);

class AdamWarmup final {
public:
    explicit AdamWarmup(AdamWarmupOptions options = {});

    const AdamWarmupOptions& options() const { return m_options; }
    // The schedule's learning rate at 1-based step t (before Adam's bias correction).
    double learningRate(std::int64_t step) const;
    std::int64_t iterations() const { return m_iterations; } // steps applied so far

    // One update of every trainable parameter from its grad (a parameter whose grad is empty is skipped, as
    // TF skips a variable without gradient). Returns the gradient's global norm before clipping; when it is
    // not finite nothing is changed and iterations() does not advance.
    double apply(std::vector<Parameter>& parameters);

    // Optimizer state for checkpoints: per parameter name, m and v (and vhat with amsgrad).
    struct Slots {
        Tensor m, v, vhat;
    };
    // Parallel to the parameters vector; a parameter never updated (frozen) has empty slots.
    const std::vector<Slots>& slots() const { return m_slots; }
    // Restores state saved from slots()/iterations() for the same parameter list.
    void restore(std::int64_t iterations, std::vector<Slots> slots);

private:
    AdamWarmupOptions m_options;
    std::int64_t m_iterations = 0;
    std::vector<Slots> m_slots;
};

} // namespace bertlab::core
