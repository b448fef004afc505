#include "core/remote/tensorflow_extraction.h"

#include "core/io/model_loader.h"
#include "core/io/model_writer.h"
#include "core/io/npy_file.h"
#include "core/tasks/model_bundle.h"
#include "core/tasks/text_source.h"
#include "core/translation.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace bertlab::core {

namespace {

constexpr auto kFormat = "bertlab-tf-extract";

QString tr(const char* text) {
    return translateCore(text, {"bertlab::core::TensorFlowExtraction", "bertlab::core"});
}

Result<QByteArray> sha256Of(const QString& path) {
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return Error{tr("%1: cannot read it: %2").arg(path, file.errorString())};
    return hash.result().toHex();
}

// The model as the settings load it, and the settings' job.
struct Opened {
    ExtractionJobSpec spec;
    BundleOptions options;
    QString modelFolder;
};

Result<Opened> openSettings(const ExtractionSettings& settings) {
    Opened o;
    auto spec = settings.toSpec();
    if (!spec)
        return Error{spec.errorString()};
    auto options = settings.modelOptions();
    if (!options)
        return Error{options.errorString()};
    o.spec = *spec;
    o.options = *options;
    o.modelFolder = settings.option("model");
    if (o.modelFolder.isEmpty())
        return Error{tr("the extraction settings name no model")};
    if (o.spec.inputPath.isEmpty() || o.spec.inputPath == u"-")
        return Error{tr("a remote extraction needs an input file (not standard input)")};
    return o;
}

} // namespace

Result<TensorFlowExtractionExport>
exportExtractionForTensorFlow(const ExtractionSettings& local, const QString& folder, const QString& strategy,
                              const Preparing& preparing, const std::atomic<bool>& stop) {
    if (QFileInfo::exists(folder))
        return Error{tr("%1: already exists").arg(folder)};
    auto opened = openSettings(local);
    if (!opened)
        return Error{opened.errorString()};
    const ExtractionJobSpec& spec = opened->spec;
    const auto keepGoing = [&](const QString& stage, qint64 done, qint64 total) {
        return !stop.load() && (!preparing || preparing(stage, done, total));
    };
    if (!keepGoing(tr("Opening the model"), 0, 1))
        return Error{tr("stopped")};
    auto loaded = loadModel(opened->modelFolder, opened->options.load);
    if (!loaded)
        return Error{loaded.errorString()};
    if (opened->options.activation) { // the runner reads the activation from bert_config.json
        loaded->config.hiddenAct = *opened->options.activation;
        loaded->config.hiddenActName = *opened->options.activation == Activation::GeluTanh
                                           ? QStringLiteral("gelu_tanh")
                                           : QStringLiteral("gelu");
    }
    auto vocab = Vocab::fromFile(loaded->files.vocabPath);
    if (!vocab)
        return Error{vocab.errorString()};

    const QString partial = folder + QStringLiteral(".partial");
    QDir(partial).removeRecursively();
    if (!QDir().mkpath(partial))
        return Error{tr("%1: cannot create the folder").arg(partial)};
    const auto fail = [&](const QString& message) -> Result<TensorFlowExtractionExport> {
        QDir(partial).removeRecursively();
        return Error{message};
    };
    if (Status s = writeModelFolder(QDir(partial).filePath(QStringLiteral("start")),
                                    ModelFormat::TfCheckpoint, loaded->config, loaded->weights, *vocab);
        !s)
        return fail(s.errorString());
    const BertConfig config = loaded->config;
    const auto bundle = ModelBundle::fromParts(loaded->config, std::move(loaded->weights), *vocab);
    const Tokenizer tokenizer = bundle->tokenizer(spec.tokenizer);
    const EmbeddingExtractor extractor(bundle->model(), tokenizer, spec.params);
    if (Status s = extractor.validate(); !s)
        return fail(s.errorString());

    auto source = TextSource::open(spec.inputPath, spec.source);
    if (!source)
        return fail(source.errorString());
    const int seqLen = extractor.maxLength();
    NpyWriter ids, segments, lengths, texts;
    const bool smallIds = vocab->size() <= 32767;
    for (auto [file, name, type, columns] :
         {std::tuple{&ids, "input_ids", smallIds ? NpyType::Int16 : NpyType::Int32, seqLen},
          std::tuple{&segments, "segment_ids", NpyType::Int8, seqLen},
          std::tuple{&lengths, "lengths", NpyType::Int32, 0},
          std::tuple{&texts, "sequence_texts", NpyType::Int32, 0}}) {
        std::vector<std::int64_t> shape{-1};
        if (columns > 0)
            shape.push_back(columns);
        if (Status s =
                file->open(QDir(partial).filePath(QLatin1String(name) + QStringLiteral(".npy")), type, shape);
            !s)
            return fail(s.errorString());
    }
    TensorFlowExtractionExport out;
    out.folder = folder;
    out.seqLen = seqLen;
    qint64 skipped = 0;
    const qint64 totalBytes = (*source)->totalBytes();
    const QString reading = tr("Reading and tokenizing the texts");
    for (bool more = true; more;) {
        std::vector<TextInput> chunk;
        std::vector<SkippedRecord> records;
        more = (*source)->next(std::max(64, spec.textsPerChunk), chunk, records);
        if (spec.source.stopOnBadRecord && !records.empty())
            return fail(tr("%1: line %2: %3")
                            .arg(spec.inputPath)
                            .arg(records.front().line)
                            .arg(records.front().reason));
        skipped += qint64(records.size());
        for (const EncodedInput& e : extractor.encode(chunk)) {
            const auto add = [&](const Encoding& sequence) -> Status {
                std::vector<int> row(std::size_t(seqLen), 0), segmentRow(row.size(), 0);
                std::copy(sequence.ids.begin(), sequence.ids.end(), row.begin());
                std::copy(sequence.segments.begin(), sequence.segments.end(), segmentRow.begin());
                for (Status s : {ids.append(row), segments.append(segmentRow),
                                 lengths.append(std::vector<int>{sequence.length()}),
                                 texts.append(std::vector<int>{int(out.texts)})})
                    if (!s)
                        return s;
                ++out.sequences;
                return Ok{};
            };
            if (e.windows.empty()) {
                if (Status s = add(e.encoding); !s)
                    return fail(s.errorString());
            } else {
                for (const Encoding& window : e.windows)
                    if (Status s = add(window); !s)
                        return fail(s.errorString());
            }
            ++out.texts;
        }
        if (!keepGoing(reading, (*source)->bytesRead(), totalBytes))
            return fail(tr("stopped"));
    }
    if (!(*source)->errorString().isEmpty())
        return fail((*source)->errorString());
    for (NpyWriter* file : {&ids, &segments, &lengths, &texts}) {
        out.bytes += file->size();
        if (Status s = file->close(); !s)
            return fail(s.errorString());
    }
    auto inputHash = sha256Of(spec.inputPath);
    if (!inputHash)
        return fail(inputHash.errorString());
    QJsonArray layers, poolings;
    for (int layer : extractor.layers())
        layers.append(layer);
    for (Pooling p : spec.params.poolings)
        poolings.append(poolingName(p));
    const QJsonObject run{
        {QStringLiteral("format"), QLatin1String(kFormat)},
        {QStringLiteral("version"), 1},
        {QStringLiteral("strategy"), strategy},
        {QStringLiteral("layers"), layers},
        {QStringLiteral("poolings"), poolings},
        {QStringLiteral("hidden_size"), config.hiddenSize},
        {QStringLiteral("features"), extractor.featureSize()},
        {QStringLiteral("batch_size"), spec.params.batchSize},
        {QStringLiteral("seq_len"), seqLen},
        {QStringLiteral("sequences"), out.sequences},
        // Whether the output has a row per token (token features, but JSON Lines: per text).
        {QStringLiteral("row_per_token"),
         spec.params.poolings.empty() && spec.format != EmbeddingFormat::Jsonl},
        {QStringLiteral("texts"), out.texts},
        {QStringLiteral("skipped"), skipped},
        {QStringLiteral("input_bytes"), totalBytes},
        {QStringLiteral("input_sha256"), QString::fromLatin1(*inputHash)},
        {QStringLiteral("settings"), local.options}};
    QSaveFile json(QDir(partial).filePath(QStringLiteral("tf_extract.json")));
    if (!json.open(QIODevice::WriteOnly) ||
        json.write(QJsonDocument(run).toJson(QJsonDocument::Indented)) < 0 || !json.commit())
        return fail(tr("%1: cannot write it: %2").arg(json.fileName(), json.errorString()));
    if (!QDir().rename(partial, folder))
        return fail(tr("%1: cannot rename it to %2").arg(partial, folder));
    return out;
}

Result<TensorFlowExtractionResult> assembleTensorFlowExtraction(const QString& preparedFolder,
                                                                const QString& featuresPath,
                                                                const QString& outputFolder,
                                                                int checkSequences) {
    const QString runPath = QDir(preparedFolder).filePath(QStringLiteral("tf_extract.json"));
    QFile runFile(runPath);
    if (!runFile.open(QIODevice::ReadOnly))
        return Error{tr("%1: cannot read it: %2").arg(runPath, runFile.errorString())};
    const QJsonObject run = QJsonDocument::fromJson(runFile.readAll()).object();
    if (run.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        return Error{tr("%1: not an extraction prepared for TensorFlow").arg(runPath)};
    ExtractionSettings settings;
    settings.options = run.value(QStringLiteral("settings")).toObject();
    auto opened = openSettings(settings);
    if (!opened)
        return Error{opened.errorString()};
    ExtractionJobSpec spec = opened->spec;
    spec.outputPath =
        QDir(outputFolder).filePath(QStringLiteral("embeddings.") + embeddingFormatSuffix(spec.format));
    const QString& outputPath = spec.outputPath;
    spec.keepPartialOnCancel = false;
    auto inputHash = sha256Of(spec.inputPath);
    if (!inputHash)
        return Error{inputHash.errorString()};
    if (QString::fromLatin1(*inputHash) != run.value(QStringLiteral("input_sha256")).toString())
        return Error{tr("%1 has changed since the job was sent, so its texts no longer match the results; "
                        "run the extraction again")
                         .arg(spec.inputPath)};
    auto bundle = ModelBundle::load(opened->modelFolder, opened->options);
    if (!bundle)
        return Error{bundle.errorString()};
    const Tokenizer tokenizer = (*bundle)->tokenizer(spec.tokenizer);
    const EmbeddingExtractor ours((*bundle)->model(), tokenizer, spec.params);
    if (Status s = ours.validate(); !s)
        return Error{s.errorString()};

    auto features = NpyArray::map(featuresPath, {NpyType::Float32});
    if (!features)
        return Error{features.errorString()};
    const std::vector<std::int64_t>& shape = features->shape();
    const std::int64_t sequences = run.value(QStringLiteral("sequences")).toInteger();
    const std::int64_t seqLen = run.value(QStringLiteral("seq_len")).toInteger();
    const bool pooled = !spec.params.poolings.empty();
    const std::int64_t width = std::int64_t(ours.layers().size()) * (*bundle)->config().hiddenSize;
    const std::vector<std::int64_t> expected = pooled
                                                   ? std::vector<std::int64_t>{sequences, ours.featureSize()}
                                                   : std::vector<std::int64_t>{sequences, seqLen, width};
    if (shape != expected)
        return Error{tr("%1: its shape does not match the %2 sequences that were sent")
                         .arg(featuresPath)
                         .arg(sequences)};

    TensorFlowExtractionResult result;
    result.check.engine = QStringLiteral("TensorFlow");
    QFile about(QFileInfo(featuresPath).dir().filePath(QStringLiteral("features.json")));
    if (about.open(QIODevice::ReadOnly))
        if (const QString engine =
                QJsonDocument::fromJson(about.readAll()).object().value(u"engine").toString();
            !engine.isEmpty())
            result.check.engine = engine;
    std::int64_t next = 0;
    const std::int64_t rowFloats = pooled ? ours.featureSize() : seqLen * width;
    SequenceFeatures fromTensorFlow =
        [&](const std::vector<const Encoding*>& batch) -> Result<std::vector<Tensor>> {
        if (next + std::int64_t(batch.size()) > sequences)
            return Error{tr("%1 holds fewer sequences than the input gives").arg(featuresPath)};
        std::vector<Tensor> out;
        for (const Encoding* e : batch) {
            if (e->length() > seqLen)
                return Error{tr("the input gives a longer sequence than was sent")};
            const float* row = features->floats() + next * rowFloats;
            out.push_back(pooled ? Tensor({rowFloats}, row)
                                 : Tensor({std::int64_t(e->length()), width}, row));
            ++next;
        }
        // The first sequences are computed here too: the cross-engine check.
        if (result.check.sequences < checkSequences) {
            auto mine = ours.sequenceFeatures(batch);
            if (!mine)
                return Error{mine.errorString()};
            for (std::size_t s = 0; s < batch.size() && result.check.sequences < checkSequences; ++s) {
                for (std::int64_t i = 0; i < out[s].size(); ++i)
                    result.check.maxDifference =
                        std::max(result.check.maxDifference, double(std::abs(out[s][i] - (*mine)[s][i])));
                ++result.check.sequences;
            }
        }
        return out;
    };
    ExtractionJob job(*bundle, spec);
    job.setFeatureSource(std::move(fromTensorFlow));
    auto summary = job.run();
    if (!summary)
        return Error{summary.errorString()};
    if (next != sequences) {
        QFile::remove(outputPath);
        QFile::remove(summary->indexPath);
        return Error{
            tr("%1 holds %2 sequences, but the input gives %3").arg(featuresPath).arg(sequences).arg(next)};
    }
    result.summary = *summary;
    return result;
}

} // namespace bertlab::core
