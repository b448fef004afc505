#include "core/train/tensorflow_export.h"

#include "core/io/model_writer.h"
#include "core/io/npy_file.h"
#include "core/train/training_events.h"
#include "core/translation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>
#include <cstring>
#include <functional>
#include <vector>

namespace bertlab::core {

namespace {

QString tr(const char* text) {
    return translateCore(text, {"bertlab::core::BatchArrays", "bertlab::core"});
}

// The arrays of one split, fed batch by batch.
class BatchArrays final {
public:
    Status open(const QString& folder, const QString& split, std::int64_t rows, int seqLen, int predictions,
                bool smallIds) {
        m_seqLen = seqLen;
        m_predictions = predictions;
        const auto path = [&](const char* name) {
            return QDir(folder).filePath(split + u'_' + QLatin1String(name) + QStringLiteral(".npy"));
        };
        using T = NpyType;
        for (auto [file, name, type, columns] :
             {std::tuple{&m_ids, "input_ids", smallIds ? T::Int16 : T::Int32, seqLen},
              std::tuple{&m_segments, "segment_ids", T::Int8, seqLen},
              std::tuple{&m_lengths, "lengths", T::Int32, 0},
              std::tuple{&m_positions, "mlm_positions", T::Int32, predictions},
              std::tuple{&m_labels, "mlm_labels", T::Int32, predictions},
              std::tuple{&m_counts, "mlm_counts", T::Int32, 0}, std::tuple{&m_nsp, "nsp_labels", T::Int32, 0},
              std::tuple{&m_class, "class_labels", T::Int32, 0}}) {
            std::vector<std::int64_t> shape{rows};
            if (columns > 0)
                shape.push_back(columns);
            if (Status s = file->open(path(name), type, shape); !s)
                return s;
        }
        return Ok{};
    }

    // The batch's sequences, then empty ones up to batchSize.
    Status add(const TrainingBatch& batch, int batchSize) {
        const TokenBatch& t = batch.tokens;
        std::vector<int> ids(std::size_t(batchSize) * std::size_t(m_seqLen), 0), segments(ids.size(), 0);
        std::vector<int> lengths(std::size_t(batchSize), 0), counts(lengths.size(), 0);
        std::vector<int> nsp(lengths.size(), -1), labels(lengths.size(), -1);
        std::vector<int> positions(std::size_t(batchSize) * std::size_t(m_predictions), 0),
            mlmLabels(positions.size(), 0);
        for (int s = 0; s < t.sequenceCount(); ++s) {
            const std::int64_t start = t.start(s), length = t.length(s);
            lengths[std::size_t(s)] = int(length);
            for (std::int64_t i = 0; i < length; ++i) {
                ids[std::size_t(s * m_seqLen + i)] = t.ids()[std::size_t(start + i)];
                segments[std::size_t(s * m_seqLen + i)] = t.segments()[std::size_t(start + i)];
            }
            if (!batch.nspLabels.empty())
                nsp[std::size_t(s)] = batch.nspLabels[std::size_t(s)];
            if (!batch.classLabels.empty())
                labels[std::size_t(s)] = batch.classLabels[std::size_t(s)];
        }
        // mlmRows are rows of the packed batch, in sequence order: place each in its sequence.
        int sequence = 0;
        for (std::size_t r = 0; r < batch.mlmRows.size(); ++r) {
            const std::int64_t row = batch.mlmRows[r];
            while (sequence + 1 < t.sequenceCount() && row >= t.start(sequence + 1))
                ++sequence;
            int& count = counts[std::size_t(sequence)];
            if (count >= m_predictions)
                return Error{tr("more masked tokens in a sequence than counted")};
            positions[std::size_t(sequence * m_predictions + count)] = int(row - t.start(sequence));
            mlmLabels[std::size_t(sequence * m_predictions + count)] = batch.mlmLabels[r];
            ++count;
        }
        for (auto [file, values] :
             {std::pair{&m_ids, &ids}, std::pair{&m_segments, &segments}, std::pair{&m_lengths, &lengths},
              std::pair{&m_positions, &positions}, std::pair{&m_labels, &mlmLabels},
              std::pair{&m_counts, &counts}, std::pair{&m_nsp, &nsp}, std::pair{&m_class, &labels}}) {
            if (Status s = file->append(*values); !s)
                return s;
        }
        return Ok{};
    }

    Result<qint64> close() {
        qint64 bytes = 0;
        for (NpyWriter* file :
             {&m_ids, &m_segments, &m_lengths, &m_positions, &m_labels, &m_counts, &m_nsp, &m_class}) {
            bytes += file->size();
            if (Status s = file->close(); !s)
                return Error{s.errorString()};
        }
        return bytes;
    }

private:
    NpyWriter m_ids, m_segments, m_lengths, m_positions, m_labels, m_counts, m_nsp, m_class;
    int m_seqLen = 0, m_predictions = 0;
};

// The most masked tokens any sequence of the batch has.
int maxPredictionsOf(const TrainingBatch& batch) {
    int most = 0, sequence = 0, count = 0;
    const TokenBatch& t = batch.tokens;
    for (std::int64_t row : batch.mlmRows) {
        while (sequence + 1 < t.sequenceCount() && row >= t.start(sequence + 1)) {
            ++sequence;
            count = 0;
        }
        most = std::max(most, ++count);
    }
    return most;
}

QJsonObject optimizerJson(const AdamWarmupOptions& o) {
    return {{QStringLiteral("learning_rate"), o.learningRate},
            {QStringLiteral("min_lr"), o.minLr},
            {QStringLiteral("warmup_steps"), qint64(o.warmupSteps)},
            {QStringLiteral("decay_steps"), qint64(o.decaySteps)},
            {QStringLiteral("beta1"), o.beta1},
            {QStringLiteral("beta2"), o.beta2},
            {QStringLiteral("epsilon"), o.epsilon},
            {QStringLiteral("weight_decay"), o.weightDecay},
            {QStringLiteral("weight_decay_pattern"), QJsonArray::fromStringList(o.weightDecayPattern)},
            {QStringLiteral("amsgrad"), o.amsgrad},
            {QStringLiteral("clip_norm"), o.clipNorm}};
}

} // namespace

bool isValidTensorFlowStrategy(const QString& strategy) {
    return strategy == u"auto" || strategy == u"tpu" || strategy == u"gpu" || strategy == u"cpu";
}

Result<TensorFlowExport> exportForTensorFlow(const TrainingConfig& c, const QString& folder,
                                             const QString& strategy, const Preparing& preparing,
                                             const std::atomic<bool>& stop) {
    if (c.resume)
        return Error{tr("a TensorFlow run starts from step 0: it cannot resume a BertLab checkpoint")};
    if (QFileInfo::exists(folder))
        return Error{tr("%1: already exists").arg(folder)};
    auto setUp = setUpRun(c, preparing, stop);
    if (!setUp)
        return Error{setUp.errorString()};
    if (!*setUp)
        return Error{tr("stopped")};
    RunSetUp& r = **setUp;
    const QString partial = folder + QStringLiteral(".partial");
    QDir(partial).removeRecursively();
    if (!QDir().mkpath(partial))
        return Error{tr("%1: cannot create the folder").arg(partial)};
    const auto fail = [&](const QString& message) -> Result<TensorFlowExport> {
        QDir(partial).removeRecursively();
        return Error{message};
    };

    // The starting weights, heads included, as the local trainer would start from them.
    TensorMap classifier;
    if (const DenseWeights head = r.model->exportClassifier(); !head.kernel.isEmpty()) {
        classifier[QStringLiteral("output_weights")] = head.kernel.transposed(); // [labels, H]
        classifier[QStringLiteral("output_bias")] = head.bias;
    }
    if (Status s =
            writeModelFolder(QDir(partial).filePath(QStringLiteral("start")), ModelFormat::TfCheckpoint,
                             r.config, r.model->exportWeights(), r.vocab, classifier);
        !s)
        return fail(s.errorString());

    const int batchSize = c.batchSize, seqLen = c.masking.seqLen;
    const std::int64_t steps = r.plan.totalSteps;
    const std::vector<TrainingBatch> validation = r.validation.fixedBatches(batchSize);
    // First pass: the most masked tokens of any sequence, which fixes the MLM arrays' width.
    int predictions = 1;
    const QString counting = tr("Preparing the batches");
    for (std::int64_t step = 0; step < steps; ++step) {
        predictions = std::max(predictions, maxPredictionsOf(r.train.batch(step, batchSize)));
        if (step % 256 == 0 && !preparing(counting, step, 2 * steps))
            return fail(tr("stopped"));
    }
    for (const TrainingBatch& batch : validation)
        predictions = std::max(predictions, maxPredictionsOf(batch));

    const bool smallIds = r.vocab.size() <= 32767;
    TensorFlowExport out;
    out.folder = folder;
    out.trainSteps = steps;
    out.validationBatches = std::int64_t(validation.size());
    out.maxPredictions = predictions;
    {
        BatchArrays train;
        if (Status s = train.open(partial, QStringLiteral("train"), steps * batchSize, seqLen, predictions,
                                  smallIds);
            !s)
            return fail(s.errorString());
        for (std::int64_t step = 0; step < steps; ++step) {
            const TrainingBatch batch = r.train.batch(step, batchSize);
            out.paddedExamples += batchSize - batch.sequenceCount();
            if (Status s = train.add(batch, batchSize); !s)
                return fail(s.errorString());
            if (step % 256 == 0 && !preparing(counting, steps + step, 2 * steps))
                return fail(tr("stopped"));
        }
        auto bytes = train.close();
        if (!bytes)
            return fail(bytes.errorString());
        out.bytes += *bytes;
        BatchArrays held;
        if (Status s = held.open(partial, QStringLiteral("validation"),
                                 std::int64_t(validation.size()) * batchSize, seqLen, predictions, smallIds);
            !s)
            return fail(s.errorString());
        for (const TrainingBatch& batch : validation) {
            if (Status s = held.add(batch, batchSize); !s)
                return fail(s.errorString());
        }
        bytes = held.close();
        if (!bytes)
            return fail(bytes.errorString());
        out.bytes += *bytes;
    }

    // Probe sentences as the model sees them, so the runner needs no tokenizer.
    QJsonArray probes;
    for (const QString& sentence : c.probeSentences) {
        const Encoding e = r.tokenizer->encode(sentence, QString(), seqLen);
        QJsonArray ids, segments, masks;
        for (int i = 0; i < e.length(); ++i) {
            ids.append(e.ids[std::size_t(i)]);
            segments.append(e.segments[std::size_t(i)]);
            if (e.ids[std::size_t(i)] == r.tokenizer->maskId())
                masks.append(i);
        }
        probes.append(QJsonObject{{QStringLiteral("sentence"), sentence},
                                  {QStringLiteral("ids"), ids},
                                  {QStringLiteral("segments"), segments},
                                  {QStringLiteral("mask_positions"), masks}});
    }
    QJsonArray trainable;
    for (const Parameter& parameter : r.model->parameters())
        if (parameter.trainable)
            trainable.append(parameter.name);
    const std::int64_t validateEvery = c.validateEvery > 0 ? c.validateEvery : r.plan.stepsPerEpoch;
    const QJsonObject run{{QStringLiteral("format"), QStringLiteral("bertlab-tf-run")},
                          {QStringLiteral("version"), 1},
                          {QStringLiteral("task"), trainingTaskName(c.task)},
                          {QStringLiteral("config"), c.toJson()},
                          {QStringLiteral("plan"), trainingPlanJson(r.plan)},
                          {QStringLiteral("strategy"), strategy},
                          {QStringLiteral("batch_size"), batchSize},
                          {QStringLiteral("seq_len"), seqLen},
                          {QStringLiteral("max_predictions"), predictions},
                          {QStringLiteral("train_steps"), qint64(steps)},
                          {QStringLiteral("validation_batches"), qint64(validation.size())},
                          {QStringLiteral("padded_examples"), qint64(out.paddedExamples)},
                          {QStringLiteral("optimizer"), optimizerJson(r.optimizer)},
                          {QStringLiteral("trainable"), trainable},
                          {QStringLiteral("heads"),
                           QJsonObject{{QStringLiteral("mlm"), r.heads.mlm},
                                       {QStringLiteral("nsp"), r.heads.nsp},
                                       {QStringLiteral("classifier_labels"), r.heads.classifierLabels}}},
                          {QStringLiteral("classifier_dropout"), c.classifierDropout},
                          {QStringLiteral("labels"), QJsonArray::fromStringList(r.labels)},
                          {QStringLiteral("validate_every"), qint64(validateEvery)},
                          {QStringLiteral("checkpoint_every"), qint64(c.checkpointEvery)},
                          {QStringLiteral("probe_every"), qint64(c.probeEvery)},
                          {QStringLiteral("monitor"), c.monitor},
                          {QStringLiteral("patience"), c.patience},
                          {QStringLiteral("seed"), QString::number(c.seed)},
                          {QStringLiteral("probes"), probes}};
    QSaveFile json(QDir(partial).filePath(QStringLiteral("tf_run.json")));
    if (!json.open(QIODevice::WriteOnly) ||
        json.write(QJsonDocument(run).toJson(QJsonDocument::Indented)) < 0 || !json.commit())
        return fail(tr("%1: cannot write it: %2").arg(json.fileName(), json.errorString()));
    if (!QDir().rename(partial, folder))
        return fail(tr("%1: cannot rename it to %2").arg(partial, folder));
    return out;
}

} // namespace bertlab::core
