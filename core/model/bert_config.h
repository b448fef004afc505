#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

namespace bertlab::core {

enum class Activation { GeluErf, GeluTanh, Relu };

// Hyper-parameters of a BERT model, as in Google's bert_config.json and Hugging Face's config.json
// (both use the same key names).
struct BertConfig {
    int vocabSize = 0;
    int hiddenSize = 768;
    int numLayers = 12;
    int numHeads = 12;
    int intermediateSize = 3072;
    int maxPositions = 512;
    int typeVocabSize = 2;
    Activation hiddenAct = Activation::GeluErf;
    QString hiddenActName = QStringLiteral("gelu"); // as written in the file
    float layerNormEps = 1e-12f;
    float hiddenDropout = 0.1f;
    float attentionDropout = 0.1f;
    float initializerRange = 0.02f;
    // A sequence classifier's label names in id order (Hugging Face's id2label; BertLab writes it into
    // bert_config.json too). Empty: none given.
    QStringList labels;

    int headSize() const { return numHeads > 0 ? hiddenSize / numHeads : 0; }

    // Parses a config file; the error names the file and the offending key.
    static Result<BertConfig> fromJsonFile(const QString& path);
    static Result<BertConfig> fromJson(const QByteArray& json, const QString& sourceName);
    QByteArray toJson() const;
};

} // namespace bertlab::core
