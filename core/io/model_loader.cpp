#include "core/io/model_loader.h"

#include "core/translation.h"

#include "core/io/bert_weight_mapping.h"
#include "core/io/hf_weights.h"
#include "core/io/keras_h5_reader.h"
#include "core/io/tf_checkpoint_reader.h"
#include "core/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace bertlab::core {

namespace {

QString tr(const char* text) {
    return translateCore(text, {"ModelLoader"});
}

// The checkpoint prefix to load among several `*.index` files: Google's bert_model.ckpt first, then the
// one named by TensorFlow's `checkpoint` state file, then the highest training step.
QString chooseCheckpointPrefix(const QDir& dir, const QStringList& prefixes) {
    if (prefixes.contains(QStringLiteral("bert_model.ckpt")))
        return QStringLiteral("bert_model.ckpt");
    QFile state(dir.filePath(QStringLiteral("checkpoint")));
    if (state.size() < 65536 && state.open(QIODevice::ReadOnly)) {
        static const QRegularExpression line(QStringLiteral("^model_checkpoint_path:\\s*\"([^\"]+)\""),
                                             QRegularExpression::MultilineOption);
        const auto m = line.match(QString::fromUtf8(state.readAll()));
        if (m.hasMatch()) {
            const QString named = QFileInfo(m.captured(1)).fileName();
            if (prefixes.contains(named))
                return named;
        }
    }
    static const QRegularExpression step(QStringLiteral("-(\\d+)$"));
    QString best = prefixes.first();
    qint64 bestStep = -1;
    for (const QString& p : prefixes) {
        const auto m = step.match(p);
        if (m.hasMatch() && m.captured(1).toLongLong() > bestStep) {
            bestStep = m.captured(1).toLongLong();
            best = p;
        }
    }
    return best;
}

// A classifier's label names when the config gives none: labels.txt beside the weights (what BertLab wrote
// before it put id2label into the config) when it has one per label, else transformers' LABEL_0, LABEL_1, ….
QStringList labelsBeside(const QString& weightsPath, qsizetype count) {
    QFile file(QFileInfo(weightsPath).dir().filePath(QStringLiteral("labels.txt")));
    if (file.size() < (1 << 20) && file.open(QIODevice::ReadOnly)) {
        QStringList labels = QString::fromUtf8(file.readAll()).split(u'\n');
        if (!labels.isEmpty() && labels.last().isEmpty())
            labels.removeLast();
        if (labels.size() == count)
            return labels;
    }
    QStringList labels;
    for (qsizetype i = 0; i < count; ++i)
        labels << QStringLiteral("LABEL_%1").arg(i);
    return labels;
}

qint64 countParameters(const BertWeights& w) {
    qint64 n = w.wordEmbeddings.size() + w.positionEmbeddings.size() + w.tokenTypeEmbeddings.size();
    auto dense = [](const DenseWeights& d) { return d.kernel.size() + d.bias.size(); };
    auto norm = [](const LayerNormWeights& l) { return l.gamma.size() + l.beta.size(); };
    n += norm(w.embeddingNorm);
    for (const auto& l : w.layers)
        n += dense(l.query) + dense(l.key) + dense(l.value) + dense(l.attentionOutput) +
             norm(l.attentionNorm) + dense(l.intermediate) + dense(l.output) + norm(l.outputNorm);
    if (w.pooler)
        n += dense(*w.pooler);
    if (w.mlm)
        n += dense(w.mlm->transform) + norm(w.mlm->norm) + w.mlm->outputBias.size();
    if (w.nsp)
        n += dense(*w.nsp);
    if (w.classifier)
        n += dense(*w.classifier);
    return n;
}

} // namespace

QString modelFormatName(ModelFormat format) {
    switch (format) {
    case ModelFormat::TfCheckpoint:
        return QStringLiteral("tf-checkpoint");
    case ModelFormat::Safetensors:
        return QStringLiteral("safetensors");
    case ModelFormat::PytorchBin:
        return QStringLiteral("pytorch");
    case ModelFormat::KerasH5:
        return QStringLiteral("keras-h5");
    }
    return {};
}

Result<ModelFiles> detectModelFolder(const QString& directory) {
    const QDir dir(directory);
    auto fail = [&](const QString& reason) {
        return Error{QDir::toNativeSeparators(directory) + QStringLiteral(": ") + reason};
    };
    if (!QFileInfo(directory).isDir())
        return fail(tr("no such folder"));

    ModelFiles files;
    files.directory = dir.absolutePath();
    auto need = [&](const QString& name) -> QString {
        return QFileInfo(dir.filePath(name)).isFile() ? dir.absoluteFilePath(name) : QString();
    };

    // In the order transformers' from_pretrained looks for them: safetensors before PyTorch's pickles,
    // one file before the shards an index names.
    static const std::pair<const char*, ModelFormat> kHuggingFaceWeights[] = {
        {"model.safetensors", ModelFormat::Safetensors},
        {"model.safetensors.index.json", ModelFormat::Safetensors},
        {"pytorch_model.bin", ModelFormat::PytorchBin},
        {"pytorch_model.bin.index.json", ModelFormat::PytorchBin},
    };
    for (const auto& [name, format] : kHuggingFaceWeights) {
        files.weightsPath = need(QLatin1String(name));
        files.format = format;
        if (!files.weightsPath.isEmpty())
            break;
    }
    if (!files.weightsPath.isEmpty()) {
        files.configPath = need(QStringLiteral("config.json"));
        if (files.configPath.isEmpty())
            return fail(tr("config.json is missing (needed next to %1)")
                            .arg(QFileInfo(files.weightsPath).fileName()));
    } else if (const QStringList h5 = dir.entryList({QStringLiteral("*.h5")}, QDir::Files, QDir::Name);
               !h5.isEmpty()) {
        // keras-bert's model.save(): one .h5 (model.h5 when there are several).
        if (h5.size() > 1 && !h5.contains(QStringLiteral("model.h5")))
            return fail(tr("holds several .h5 files (%1): keep one, or name the model model.h5")
                            .arg(h5.join(QStringLiteral(", "))));
        files.format = ModelFormat::KerasH5;
        files.weightsPath = dir.absoluteFilePath(h5.size() > 1 ? QStringLiteral("model.h5") : h5.front());
        files.configPath = need(QStringLiteral("bert_config.json"));
    } else {
        QStringList prefixes;
        for (const QString& index : dir.entryList({QStringLiteral("*.index")}, QDir::Files, QDir::Name)) {
            const QString prefix = index.chopped(6);
            // A bundle's data files start with the same prefix; skip stray .index files.
            if (!dir.entryList({prefix + QStringLiteral(".data-*")}, QDir::Files).isEmpty())
                prefixes << prefix;
        }
        if (prefixes.isEmpty()) {
            if (!dir.entryList({QStringLiteral("*.index")}, QDir::Files).isEmpty())
                return fail(tr("a checkpoint .index file has no .data-NNNNN-of-NNNNN files next to it"));
            return fail(
                tr("no model weights (model.safetensors, pytorch_model.bin or a TensorFlow checkpoint "
                   "*.ckpt.index)"));
        }
        files.format = ModelFormat::TfCheckpoint;
        files.weightsPath = dir.absoluteFilePath(chooseCheckpointPrefix(dir, prefixes));
        files.configPath = need(QStringLiteral("bert_config.json"));
        if (files.configPath.isEmpty())
            files.configPath = need(QStringLiteral("config.json"));
        if (files.configPath.isEmpty())
            return fail(tr("bert_config.json is missing (needed next to the checkpoint)"));
    }
    files.vocabPath = need(QStringLiteral("vocab.txt"));
    if (files.vocabPath.isEmpty())
        return fail(tr("vocab.txt is missing"));
    return files;
}

Result<LoadedModel> loadModel(const QString& directory, const LoadOptions& options) {
    auto files = detectModelFolder(directory);
    if (!files)
        return Error{files.errorString()};
    std::optional<Result<BertWeights>> weights;
    std::optional<KerasH5Reader> keras;
    if (files->format == ModelFormat::KerasH5) {
        auto reader = KerasH5Reader::open(files->weightsPath);
        if (!reader)
            return Error{reader.errorString()};
        if (!reader->config() && files->configPath.isEmpty())
            return Error{
                QDir::toNativeSeparators(files->weightsPath) + QStringLiteral(": ") +
                tr("holds weights only (no model_config): put the model's bert_config.json next to it")};
        keras = std::move(*reader);
    }
    auto config = keras && keras->config() ? Result<BertConfig>(*keras->config())
                                           : BertConfig::fromJsonFile(files->configPath);
    if (!config)
        return Error{config.errorString()};

    // The weights every format maps the same way: the encoder and heads, and a classifier head when the file
    // has one (its label names from the config, else from BertLab's older labels.txt, else LABEL_0, …).
    std::optional<DenseWeights> classifier;
    const auto mapWeights = [&](WeightNaming naming, const QStringList& names, const auto& readTensors,
                                const QString& source) -> Status {
        const BertWeightMapping mapping(naming, *config, names);
        const QStringList head = classifierTensorNames(naming, names);
        auto tensors = readTensors(mapping.neededNames() + head);
        if (!tensors)
            return Error{tensors.errorString()};
        if (!head.isEmpty()) {
            auto taken = takeClassifier(*tensors, head, config->hiddenSize, config->labels.size(), source);
            if (!taken)
                return Error{taken.errorString()};
            classifier = std::move(*taken);
        }
        weights.emplace(mapping.build(std::move(*tensors), source));
        return Ok{};
    };
    Status mapped = Ok{};
    if (keras) {
        // keras-bert's seq_len keeps only the first positions: the file's table is the model's.
        if (const Tensor* positions = keras->tensor(QStringLiteral("bert/embeddings/position_embeddings"));
            positions && positions->rank() == 2)
            config->maxPositions = int(positions->dim(0));
        mapped = mapWeights(
            WeightNaming::Google, keras->names(), [&](const QStringList& n) { return keras->readTensors(n); },
            files->weightsPath);
        if (!keras->otherLayers().isEmpty())
            qCInfo(lcIo) << files->weightsPath
                         << "layers not loaded (not keras-bert's):" << keras->otherLayers();
    } else if (files->format == ModelFormat::TfCheckpoint) {
        auto reader = TfCheckpointReader::open(files->weightsPath);
        if (!reader)
            return Error{reader.errorString()};
        mapped = mapWeights(
            WeightNaming::Google, reader->names(),
            [&](const QStringList& n) { return reader->readTensors(n); }, reader->indexPath());
    } else {
        auto reader = HuggingFaceWeights::open(files->weightsPath);
        if (!reader)
            return Error{reader.errorString()};
        mapped = mapWeights(
            WeightNaming::HuggingFace, reader->names(),
            [&](const QStringList& n) { return reader->readTensors(n); }, files->weightsPath);
    }
    if (!mapped)
        return Error{mapped.errorString()};
    if (!weights->ok())
        return Error{weights->errorString()};

    LoadedModel model;
    model.files = std::move(*files);
    model.config = std::move(*config);
    model.weights = std::move(**weights);
    if (classifier) {
        const qsizetype count = qsizetype(classifier->bias.size());
        if (model.config.labels.isEmpty())
            model.config.labels = labelsBeside(model.files.weightsPath, count);
        model.weights.classifier = std::move(classifier);
    } else {
        model.config.labels.clear(); // id2label without a classifier (transformers writes it for any model)
    }
    if (options.seqLen < 0 || options.seqLen > model.config.maxPositions)
        return Error{model.files.configPath + QStringLiteral(": ") +
                     tr("sequence length %1 is outside 1..%2 (max_position_embeddings)")
                         .arg(options.seqLen)
                         .arg(model.config.maxPositions)};
    // keras-bert's seq_len: the model then only has (and accepts) that many positions.
    if (options.seqLen > 0)
        model.weights.positionEmbeddings = model.weights.positionEmbeddings.sliceRows(0, options.seqLen);
    model.parameterCount = countParameters(model.weights);
    qCDebug(lcIo) << "loaded" << model.files.directory << modelFormatName(model.files.format)
                  << model.parameterCount << "parameters";
    return model;
}

} // namespace bertlab::core
