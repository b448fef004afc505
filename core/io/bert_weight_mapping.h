#pragma once

#include "core/io/tensor_map.h"
#include "core/model/bert_config.h"
#include "core/model/bert_weights.h"
#include "core/result.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace bertlab::core {

enum class WeightNaming {
    Google,      // bert/encoder/layer_0/attention/self/query/kernel, kernels [in, out]
    HuggingFace, // [bert.]encoder.layer.0.attention.self.query.weight, Linear weights [out, in]
};

// Maps the tensor names of a file onto BertWeights' canonical layout. Constructed from the names present
// in the file, it decides which tensors are needed (Adam slots, global_step, position_ids and any head that
// is absent are not), then builds the weights from those tensors, checking every shape against the config
// and transposing Hugging Face's [out, in] Linear weights and Google's [2, H] NSP weights to [in, out].
class BertWeightMapping final {
public:
    BertWeightMapping(WeightNaming naming, const BertConfig& config, const QStringList& availableNames);

    // The file's names to read; build() expects exactly these.
    QStringList neededNames() const;
    bool hasPooler() const { return m_hasGroup[Pooler]; }
    bool hasMlmHead() const { return m_hasGroup[Mlm]; }
    bool hasNspHead() const { return m_hasGroup[Nsp]; }

    // sourceName (the weights file) labels error messages; an error names the tensor and, for a wrong
    // shape, the expected and the actual one.
    Result<BertWeights> build(TensorMap tensors, const QString& sourceName) const;

private:
    enum Group { Encoder, Pooler, Mlm, Nsp, GroupCount };
    struct Slot {
        QString name;    // as found in the file (or the preferred name when missing)
        Shape fileShape; // expected shape in the file's layout
        bool transpose = false;
        bool found = false;
        Group group = Encoder;
        std::function<Tensor&(BertWeights&)> target;
    };

    void add(Group group, const QStringList& candidates, Shape canonicalShape, bool transpose,
             std::function<Tensor&(BertWeights&)> target);
    void addDense(Group group, const QString& prefix, std::int64_t in, std::int64_t out,
                  std::function<DenseWeights&(BertWeights&)> target);
    void addNorm(Group group, const QString& prefix, std::int64_t size,
                 std::function<LayerNormWeights&(BertWeights&)> target);

    WeightNaming m_naming;
    int m_layers = 0;
    QSet<QString> m_available;
    std::vector<Slot> m_slots;
    bool m_hasGroup[GroupCount] = {true, false, false, false};
    QString m_tiedDecoder; // Hugging Face's cls.predictions.decoder.weight, when stored: checked, not used
};

// A sequence classifier head's two tensors as the file names them, when it has both: Google's
// run_classifier.py output_weights [labels, H] / output_bias, or BertForSequenceClassification's
// classifier.weight [labels, H] / classifier.bias. Empty: the file has no classifier.
QStringList classifierTensorNames(WeightNaming naming, const QStringList& availableNames);

// Takes those two tensors out of `tensors` as a canonical [H, labels] head; the error names the tensor whose
// shape is wrong (labels: the config's count, or 0 when it gives none).
Result<DenseWeights> takeClassifier(TensorMap& tensors, const QStringList& names, std::int64_t hidden,
                                    std::int64_t labels, const QString& sourceName);

} // namespace bertlab::core
