#pragma once

// A BERT model that learns: the same architecture as BertModel (embeddings, post-LayerNorm encoder layers,
// pooler, MLM head tied to the word embeddings, NSP head, optional classifier head), with every parameter
// held as a named, mutable tensor beside its gradient, a forward pass that keeps what backward needs
// (including dropout masks) and the backward pass for every layer.

#include "core/model/bert_config.h"
#include "core/model/bert_model.h"
#include "core/model/bert_weights.h"
#include "core/result.h"
#include "core/tensor/tensor.h"
#include "core/train/training_batch.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace bertlab::core {

// One learnable tensor. name is Google's TF checkpoint name
// (bert/encoder/layer_0/attention/self/query/kernel, cls/predictions/output_bias, …; the classifier head is
// output_weights/output_bias as in Google's run_classifier.py). value keeps BertWeights' canonical layout:
// dense kernels are [in, out].
struct Parameter {
    QString name;
    Tensor value;
    Tensor grad;           // same shape; filled by backward (overwritten, not accumulated, each step)
    bool trainable = true; // frozen parameters get no gradient and no update
};

struct TrainableHeads {
    bool mlm = true;
    bool nsp = true;
    int classifierLabels =
        0; // > 0 adds output_weights [H, labels] / output_bias [labels] on the pooled output
};

struct StepOptions {
    bool training = true;          // dropout on (config.hiddenDropout / attentionDropout) and gradients
    bool computeGradients = true;  // false: losses and metrics only (validation)
    std::uint64_t dropoutSeed = 0; // dropout masks are drawn from this seed: a step is reproducible
    KernelPath path = KernelPath::Fast;
    float classifierDropout = 0.1f; // dropout on the pooled output before the classifier (run_classifier.py)
};

// Losses are means: MLM over the masked rows, NSP and classification over the sequences. total = their sum.
struct StepResult {
    double loss = 0.0;
    double mlmLoss = 0.0, nspLoss = 0.0, classLoss = 0.0;
    std::int64_t mlmCount = 0, mlmCorrect = 0; // masked rows and how many the top guess got right
    std::int64_t nspCount = 0, nspCorrect = 0;
    std::vector<int> classPredictions; // per sequence, argmax (when the batch has class labels)
    std::int64_t tokens = 0;           // real tokens processed
};

class TrainableBert final {
public:
    // weights: as loaded or from randomBertWeights(). Heads asked for but absent in weights are initialised
    // like Google's code (N(0, initializerRange) kernels, zero biases, LayerNorm 1/0) from initSeed.
    TrainableBert(BertConfig config, BertWeights weights, TrainableHeads heads, std::uint32_t initSeed = 1);

    const BertConfig& config() const { return m_config; }
    const TrainableHeads& heads() const { return m_heads; }
    std::vector<Parameter>& parameters() { return m_parameters; }
    const std::vector<Parameter>& parameters() const { return m_parameters; }
    Parameter* parameter(const QString& name);
    std::int64_t parameterCount() const;

    // Marks trainable exactly the parameters whose name starts with one of the prefixes (keras-bert's
    // trainable=[…] with official names); an empty list makes everything trainable.
    void setTrainablePrefixes(const QStringList& prefixes);

    // Forward, losses, and (with computeGradients) backward into every trainable Parameter::grad.
    // The error says which sequence/token/label is out of range.
    Result<StepResult> step(const TrainingBatch& batch, const StepOptions& options = {});

    // Current values in BertModel's layout (heads included), e.g. to build an inference BertModel.
    BertWeights exportWeights() const;
    // Classifier head: [H, labels] kernel and [labels] bias (empty without a classifier).
    DenseWeights exportClassifier() const;

private:
    struct Impl;
    BertConfig m_config;
    TrainableHeads m_heads;
    std::vector<Parameter> m_parameters;
    std::shared_ptr<Impl> m_impl;
};

} // namespace bertlab::core
