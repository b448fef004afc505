#include "core/io/model_writer.h"

#include "core/translation.h"

#include "core/io/safetensors_writer.h"
#include "core/io/tf_checkpoint_writer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>

namespace bertlab::core {

namespace {

QString tr(const char* text) {
    return translateCore(text, {"ModelWriter"});
}

Status writeFileAtomically(const QString& path, const QByteArray& bytes) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{path + QStringLiteral(": ") + tr("cannot write (%1)").arg(file.errorString())};
    return Ok{};
}

} // namespace

namespace {

// Hugging Face's name for a Google name, and whether its layout is the transpose of Google's: the same
// scopes with '.' for '/', nn.Linear weights [out, in] for kernels [in, out], weight/bias for LayerNorm's
// gamma/beta. The NSP weights are [2, H] in both; the MLM decoder is tied, so save_pretrained leaves it out.
std::pair<QString, bool> huggingFaceName(const QString& google) {
    if (google == u"cls/predictions/output_bias")
        return {QStringLiteral("cls.predictions.bias"), false};
    if (google == u"cls/seq_relationship/output_weights")
        return {QStringLiteral("cls.seq_relationship.weight"), false};
    if (google == u"cls/seq_relationship/output_bias")
        return {QStringLiteral("cls.seq_relationship.bias"), false};
    // run_classifier.py's head is BertForSequenceClassification's classifier, [labels, H] in both.
    if (google == u"output_weights")
        return {QStringLiteral("classifier.weight"), false};
    if (google == u"output_bias")
        return {QStringLiteral("classifier.bias"), false};
    static const QRegularExpression layer(QStringLiteral("layer_(\\d+)"));
    QString name = google;
    name.replace(layer, QStringLiteral("layer.\\1")).replace(u'/', u'.');
    if (name.endsWith(u".kernel"))
        return {name.chopped(6) + QStringLiteral("weight"), true};
    if (name.endsWith(u".gamma"))
        return {name.chopped(5) + QStringLiteral("weight"), false};
    if (name.endsWith(u".beta"))
        return {name.chopped(4) + QStringLiteral("bias"), false};
    if (name.endsWith(u"_embeddings"))
        return {name + QStringLiteral(".weight"), false};
    return {name, false};
}

} // namespace

TensorMap tensorsForFormat(const BertWeights& w, ModelFormat format) {
    // Google's names and layout (those BertWeightMapping reads); Hugging Face's follow from them.
    TensorMap out;
    auto dense = [&](const QString& p, const DenseWeights& d) {
        out[p + QStringLiteral("/kernel")] = d.kernel;
        out[p + QStringLiteral("/bias")] = d.bias;
    };
    auto norm = [&](const QString& p, const LayerNormWeights& n) {
        out[p + QStringLiteral("/gamma")] = n.gamma;
        out[p + QStringLiteral("/beta")] = n.beta;
    };
    out[QStringLiteral("bert/embeddings/word_embeddings")] = w.wordEmbeddings;
    out[QStringLiteral("bert/embeddings/position_embeddings")] = w.positionEmbeddings;
    out[QStringLiteral("bert/embeddings/token_type_embeddings")] = w.tokenTypeEmbeddings;
    norm(QStringLiteral("bert/embeddings/LayerNorm"), w.embeddingNorm);
    for (std::size_t i = 0; i < w.layers.size(); ++i) {
        const EncoderLayerWeights& l = w.layers[i];
        const QString p = QStringLiteral("bert/encoder/layer_%1/").arg(i);
        dense(p + QStringLiteral("attention/self/query"), l.query);
        dense(p + QStringLiteral("attention/self/key"), l.key);
        dense(p + QStringLiteral("attention/self/value"), l.value);
        dense(p + QStringLiteral("attention/output/dense"), l.attentionOutput);
        norm(p + QStringLiteral("attention/output/LayerNorm"), l.attentionNorm);
        dense(p + QStringLiteral("intermediate/dense"), l.intermediate);
        dense(p + QStringLiteral("output/dense"), l.output);
        norm(p + QStringLiteral("output/LayerNorm"), l.outputNorm);
    }
    if (w.pooler)
        dense(QStringLiteral("bert/pooler/dense"), *w.pooler);
    if (w.mlm) {
        dense(QStringLiteral("cls/predictions/transform/dense"), w.mlm->transform);
        norm(QStringLiteral("cls/predictions/transform/LayerNorm"), w.mlm->norm);
        out[QStringLiteral("cls/predictions/output_bias")] = w.mlm->outputBias;
    }
    if (w.nsp) {
        // Google's run_pretraining multiplies with transpose_b: stored [2, H].
        out[QStringLiteral("cls/seq_relationship/output_weights")] = w.nsp->kernel.transposed();
        out[QStringLiteral("cls/seq_relationship/output_bias")] = w.nsp->bias;
    }
    if (w.classifier) {
        // run_classifier.py multiplies with transpose_b too: stored [labels, H].
        out[QStringLiteral("output_weights")] = w.classifier->kernel.transposed();
        out[QStringLiteral("output_bias")] = w.classifier->bias;
    }
    if (format == ModelFormat::TfCheckpoint)
        return out;

    TensorMap hf;
    for (auto& [name, tensor] : out) {
        const auto [hfName, transpose] = huggingFaceName(name);
        hf[hfName] = transpose ? tensor.transposed() : std::move(tensor);
    }
    return hf;
}

QByteArray configJsonForFormat(const BertConfig& config, ModelFormat format, const QString& architecture,
                               SafetensorsDtype dtype) {
    if (format == ModelFormat::TfCheckpoint)
        return config.toJson();
    QJsonObject o = QJsonDocument::fromJson(config.toJson()).object();
    // transformers knows the tanh approximation as gelu_new / gelu_pytorch_tanh, not gelu_tanh.
    if (config.hiddenActName == u"gelu_tanh")
        o.insert(QStringLiteral("hidden_act"), QStringLiteral("gelu_pytorch_tanh"));
    o.insert(QStringLiteral("model_type"), QStringLiteral("bert"));
    o.insert(QStringLiteral("architectures"), QJsonArray{architecture});
    o.insert(QStringLiteral("position_embedding_type"), QStringLiteral("absolute"));
    o.insert(QStringLiteral("pad_token_id"), 0);
    o.insert(QStringLiteral("classifier_dropout"), QJsonValue::Null);
    o.insert(QStringLiteral("use_cache"), true);
    o.insert(QStringLiteral("torch_dtype"),
             dtype == SafetensorsDtype::F16 ? QStringLiteral("float16") : QStringLiteral("float32"));
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Status writeModelFolder(const QString& directory, ModelFormat format, const BertConfig& config,
                        const BertWeights& weights, const Vocab& vocab, const TensorMap& extra,
                        const TfCheckpointWriteOptions& tfOptions, SafetensorsDtype dtype) {
    const QDir dir(directory);
    auto fail = [&](const QString& reason) {
        return Error{QDir::toNativeSeparators(directory) + QStringLiteral(": ") + reason};
    };
    // A folder that loadModel() would refuse is not worth writing: the main shapes must fit the config.
    const std::int64_t h = config.hiddenSize;
    if (weights.layers.size() != std::size_t(std::max(config.numLayers, 0)) ||
        weights.wordEmbeddings.shape() != Shape{config.vocabSize, h} ||
        weights.positionEmbeddings.shape() != Shape{config.maxPositions, h} ||
        weights.tokenTypeEmbeddings.shape() != Shape{config.typeVocabSize, h})
        return fail(
            tr("the weights do not have the sizes of the config (%1 layers, vocabulary %2, hidden %3)")
                .arg(config.numLayers)
                .arg(config.vocabSize)
                .arg(config.hiddenSize));
    if (weights.classifier && config.labels.size() != weights.classifier->bias.size())
        return fail(tr("the classifier has %1 outputs but the config names %2 labels")
                        .arg(weights.classifier->bias.size())
                        .arg(config.labels.size()));
    TensorMap tensors = tensorsForFormat(weights, format);
    for (const auto& [name, tensor] : extra) {
        if (tensors.count(name))
            return fail(tr("the extra tensor '%1' has the name of a model weight").arg(name));
        tensors.emplace(name, tensor);
    }
    if (format == ModelFormat::TfCheckpoint &&
        QFileInfo(dir.filePath(QStringLiteral("model.safetensors"))).exists())
        return fail(
            tr("the folder holds a model.safetensors, which would be loaded instead of the checkpoint"));
    if (!QDir().mkpath(directory))
        return fail(tr("cannot create the folder"));

    Status written =
        format == ModelFormat::TfCheckpoint
            ? writeTfCheckpoint(dir.filePath(QStringLiteral("bert_model.ckpt")), tensors, tfOptions)
            : writeSafetensors(dir.filePath(QStringLiteral("model.safetensors")), tensors,
                               {{QStringLiteral("format"), QStringLiteral("pt")}}, dtype);
    if (!written)
        return written;
    const QString configName = format == ModelFormat::TfCheckpoint ? QStringLiteral("bert_config.json")
                                                                   : QStringLiteral("config.json");
    const QString architecture = weights.mlm || weights.nsp ? QStringLiteral("BertForPreTraining")
                                 : weights.classifier       ? QStringLiteral("BertForSequenceClassification")
                                                            : QStringLiteral("BertModel");
    if (Status s = writeFileAtomically(dir.filePath(configName),
                                       configJsonForFormat(config, format, architecture, dtype));
        !s)
        return s;
    QByteArray vocabBytes;
    for (const QString& token : vocab.tokens())
        vocabBytes += token.toUtf8() + '\n';
    return writeFileAtomically(dir.filePath(QStringLiteral("vocab.txt")), vocabBytes);
}

Status convertModelFolder(const QString& source, const QString& destination, ModelFormat format,
                          SafetensorsDtype dtype) {
    if (detectModelFolder(destination))
        return Error{QDir::toNativeSeparators(destination) + QStringLiteral(": ") +
                     tr("already holds a model; choose an empty folder")};
    auto model = loadModel(source);
    if (!model)
        return Error{model.errorString()};
    auto vocab = Vocab::fromFile(model->files.vocabPath);
    if (!vocab)
        return Error{vocab.errorString()};
    return writeModelFolder(destination, format, model->config, model->weights, *vocab, {}, {}, dtype);
}

} // namespace bertlab::core
