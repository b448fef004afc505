#include "core/train/training_checkpoint.h"

#include "core/train/training_events.h"

#include "core/translation.h"

#include "core/io/model_writer.h"
#include "core/io/tf_checkpoint_reader.h"
#include "core/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace bertlab::core {

namespace {

QString tr(const char* text) {
    return translateCore(text, {"TrainingCheckpoint"});
}

const QString kStateFile = QStringLiteral("training_state.json");
const QString kClassifierWeights = QStringLiteral("output_weights");
const char* const kSlotSuffixes[] = {"/adam_m", "/adam_v", "/adam_vhat"};

// Google stores these [out, in] (they are multiplied with transpose_b); everything else as in memory.
bool storedTransposed(const QString& name) {
    return name == u"cls/seq_relationship/output_weights" || name == kClassifierWeights;
}

Tensor toFile(const QString& name, const Tensor& t) {
    return storedTransposed(name) ? t.transposed() : t;
}

QByteArray stateJson(const TrainingState& s) {
    QJsonObject o{{QStringLiteral("format"), QStringLiteral("bertlab-training-state")},
                  {QStringLiteral("version"), 1},
                  {QStringLiteral("task"), s.task},
                  {QStringLiteral("step"), qint64(s.step)},
                  {QStringLiteral("total_steps"), qint64(s.totalSteps)},
                  {QStringLiteral("seed"), QString::number(s.seed)},
                  {QStringLiteral("batch_size"), s.batchSize},
                  {QStringLiteral("train_file"), s.trainFile},
                  {QStringLiteral("labels"), QJsonArray::fromStringList(s.labels)},
                  {QStringLiteral("wait"), s.wait}};
    if (s.hasBest)
        o.insert(QStringLiteral("best_monitor"), s.bestMonitor);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<TrainingState> parseState(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("%1: cannot read the training state: %2").arg(path, file.errorString())};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(1 << 20), &parseError);
    const QJsonObject o = doc.object();
    if (parseError.error != QJsonParseError::NoError ||
        o.value(u"format").toString() != u"bertlab-training-state")
        return Error{tr("%1: not a BertLab training state file").arg(path)};
    TrainingState s;
    s.task = o.value(u"task").toString();
    s.step = o.value(u"step").toInteger(-1);
    s.totalSteps = o.value(u"total_steps").toInteger();
    bool seedOk = false;
    s.seed = o.value(u"seed").toString().toULongLong(&seedOk);
    s.batchSize = o.value(u"batch_size").toInt();
    s.trainFile = o.value(u"train_file").toString();
    for (const QJsonValue& label : o.value(u"labels").toArray())
        s.labels << label.toString();
    s.wait = o.value(u"wait").toInt();
    s.hasBest = o.contains(u"best_monitor");
    s.bestMonitor = o.value(u"best_monitor").toDouble();
    if (s.step < 0 || !seedOk || s.batchSize <= 0)
        return Error{tr("%1: the training state is incomplete").arg(path)};
    return s;
}

Status writeState(const QString& path, const TrainingState& state) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(stateJson(state)) < 0 || !file.commit())
        return Error{tr("%1: cannot write the training state: %2").arg(path, file.errorString())};
    return Ok{};
}

// Replaces `target` by the complete folder `fresh`: target → backup, fresh → target, backup removed.
Status swapIn(const QString& fresh, const QString& target) {
    const QString backup = target + QStringLiteral(".old");
    QDir(backup).removeRecursively();
    if (QFileInfo::exists(target) && !QDir().rename(target, backup))
        return Error{tr("%1: cannot move the previous checkpoint aside").arg(target)};
    if (!QDir().rename(fresh, target))
        return Error{tr("%1: cannot move the new checkpoint into place").arg(target)};
    QDir(backup).removeRecursively();
    return Ok{};
}

} // namespace

QString checkpointDirectory(const QString& outputDirectory) {
    return QDir(outputDirectory).filePath(QStringLiteral("checkpoint"));
}

QString safetensorsDirectory(const QString& outputDirectory) {
    return QDir(outputDirectory).filePath(QStringLiteral("safetensors"));
}

QString trainedModelRunName(const QString& modelDirectory) {
    const QFileInfo model(QDir::cleanPath(modelDirectory));
    const QString output = model.absolutePath();
    const QString path = model.absoluteFilePath();
    if ((path != checkpointDirectory(output) && path != safetensorsDirectory(output)) ||
        !QFileInfo::exists(trainingEventsPath(output)))
        return {};
    return QFileInfo(output).fileName();
}

Result<QString> saveTrainingCheckpoint(const QString& outputDirectory, const TrainableBert& model,
                                       const AdamWarmup& optimizer, const Vocab& vocab,
                                       const TrainingState& state) {
    if (!QDir().mkpath(outputDirectory))
        return Error{tr("%1: cannot create the output folder").arg(outputDirectory)};
    BertWeights weights = model.exportWeights();
    BertConfig config = model.config();
    // A classifier is saved as the model's head (run_classifier.py's output_weights in the checkpoint,
    // BertForSequenceClassification's classifier in safetensors) with its labels as id2label.
    if (DenseWeights classifier = model.exportClassifier(); !classifier.kernel.isEmpty()) {
        config.labels = state.labels;
        while (config.labels.size() < classifier.bias.size())
            config.labels << QStringLiteral("LABEL_%1").arg(config.labels.size());
        weights.classifier = std::move(classifier);
    }

    TensorMap tfExtra;
    const auto& parameters = model.parameters();
    const auto& slots = optimizer.slots();
    for (std::size_t i = 0; i < parameters.size() && i < slots.size(); ++i) {
        const QString& name = parameters[i].name;
        if (!slots[i].m.isEmpty())
            tfExtra[name + QStringLiteral("/adam_m")] = toFile(name, slots[i].m);
        if (!slots[i].v.isEmpty())
            tfExtra[name + QStringLiteral("/adam_v")] = toFile(name, slots[i].v);
        if (!slots[i].vhat.isEmpty())
            tfExtra[name + QStringLiteral("/adam_vhat")] = toFile(name, slots[i].vhat);
    }

    const QString target = checkpointDirectory(outputDirectory);
    const QString fresh = target + QStringLiteral(".new");
    QDir(fresh).removeRecursively();
    TfCheckpointWriteOptions tfOptions;
    tfOptions.globalStep = state.step; // as Google's run_pretraining.py saves it
    if (auto s =
            writeModelFolder(fresh, ModelFormat::TfCheckpoint, config, weights, vocab, tfExtra, tfOptions);
        !s)
        return Error{s.errorString()};
    if (auto s = writeState(QDir(fresh).filePath(kStateFile), state); !s)
        return Error{s.errorString()};
    if (auto s = swapIn(fresh, target); !s)
        return Error{s.errorString()};

    const QString hfTarget = safetensorsDirectory(outputDirectory);
    const QString hfFresh = hfTarget + QStringLiteral(".new");
    QDir(hfFresh).removeRecursively();
    if (auto s = writeModelFolder(hfFresh, ModelFormat::Safetensors, config, weights, vocab); !s)
        return Error{s.errorString()};
    if (auto s = swapIn(hfFresh, hfTarget); !s)
        return Error{s.errorString()};
    return target;
}

Result<LoadedCheckpoint> loadTrainingCheckpoint(const QString& outputDirectory) {
    QString directory = checkpointDirectory(outputDirectory);
    // A crash between the two renames of swapIn leaves only the previous checkpoint, under ".old".
    if (!QFileInfo::exists(QDir(directory).filePath(kStateFile)) &&
        QFileInfo::exists(QDir(directory + QStringLiteral(".old")).filePath(kStateFile)))
        directory += QStringLiteral(".old");
    if (!QFileInfo::exists(QDir(directory).filePath(kStateFile)))
        return Error{tr("%1: there is no checkpoint to resume from").arg(outputDirectory)};

    auto state = parseState(QDir(directory).filePath(kStateFile));
    if (!state)
        return Error{state.errorString()};
    auto model = loadModel(directory);
    if (!model)
        return Error{model.errorString()};
    auto tensors = TfCheckpointReader::read(model->files.weightsPath);
    if (!tensors)
        return Error{tensors.errorString()};

    LoadedCheckpoint checkpoint{std::move(*model), std::nullopt, {}, std::move(*state)};
    for (auto& [name, tensor] : *tensors) {
        for (const char* suffix : kSlotSuffixes) {
            const QString s = QString::fromLatin1(suffix);
            if (name.endsWith(s)) {
                const QString owner = name.left(name.size() - s.size());
                checkpoint.slots[name] = storedTransposed(owner) ? tensor.transposed() : std::move(tensor);
                break;
            }
        }
    }
    checkpoint.classifier = checkpoint.model.weights.classifier;
    return checkpoint;
}

Status restoreOptimizer(AdamWarmup& optimizer, const std::vector<Parameter>& parameters,
                        const LoadedCheckpoint& checkpoint) {
    std::vector<AdamWarmup::Slots> slots(parameters.size());
    for (std::size_t i = 0; i < parameters.size(); ++i) {
        if (!parameters[i].trainable)
            continue;
        const QString& name = parameters[i].name;
        auto find = [&](const char* suffix) -> const Tensor* {
            auto it = checkpoint.slots.find(name + QString::fromLatin1(suffix));
            return it == checkpoint.slots.end() ? nullptr : &it->second;
        };
        const Tensor* m = find("/adam_m");
        const Tensor* v = find("/adam_v");
        if (!m || !v || m->shape() != parameters[i].value.shape() ||
            v->shape() != parameters[i].value.shape())
            return Error{tr("the checkpoint has no optimizer state for %1").arg(name)};
        slots[i].m = *m;
        slots[i].v = *v;
        if (const Tensor* vhat = find("/adam_vhat"))
            slots[i].vhat = *vhat;
    }
    optimizer.restore(checkpoint.state.step, std::move(slots));
    return Ok{};
}

} // namespace bertlab::core
