#include "core/train/training_config.h"

#include "core/io/model_loader.h"
#include "core/translation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <cmath>

namespace bertlab::core {

namespace {

QString tr(const char* text) {
    return translateCore(text, {"bertlab::core::TrainingConfig", "bertlab::core::Reader", "bertlab::core"});
}

constexpr auto kFormat = "bertlab-training-run";
constexpr int kVersion = 1;

QString activationName(const BertConfig& c) {
    switch (c.hiddenAct) {
    case Activation::GeluTanh:
        return QStringLiteral("gelu_new");
    case Activation::Relu:
        return QStringLiteral("relu");
    case Activation::GeluErf:
        break;
    }
    return QStringLiteral("gelu");
}

std::optional<Activation> activationFromName(const QString& name) {
    if (name == u"gelu")
        return Activation::GeluErf;
    if (name == u"gelu_new" || name == u"gelu_tanh" || name == u"gelu_pytorch_tanh")
        return Activation::GeluTanh;
    if (name == u"relu")
        return Activation::Relu;
    return std::nullopt;
}

bool inRange(double v, double low, double high) {
    return std::isfinite(v) && v >= low && v <= high;
}

// Reads typed fields from a JSON object, remembering the first bad one ("optimizer.learning_rate: …").
class Reader {
public:
    Reader(const QString& source, const QString& base)
        : m_source(source)
        , m_base(base) {}

    QString error() const { return m_error; }

    void number(const QJsonObject& o, const QString& path, const char* key, double* out) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isDouble())
            return bad(path, key, tr("a number"));
        *out = v.toDouble();
    }
    template <typename Int>
    void integer(const QJsonObject& o, const QString& path, const char* key, Int* out) {
        double d = double(*out);
        number(o, path, key, &d);
        if (d != std::floor(d) || !std::isfinite(d))
            return bad(path, key, tr("a whole number"));
        *out = Int(d);
    }
    void flag(const QJsonObject& o, const QString& path, const char* key, bool* out) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isBool())
            return bad(path, key, tr("true or false"));
        *out = v.toBool();
    }
    void text(const QJsonObject& o, const QString& path, const char* key, QString* out) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        if (v.isNull()) {
            out->clear();
            return;
        }
        if (!v.isString())
            return bad(path, key, tr("a string"));
        *out = v.toString();
    }
    void file(const QJsonObject& o, const QString& path, const char* key, QString* out) {
        text(o, path, key, out);
        if (!out->isEmpty() && QDir::isRelativePath(*out) && !m_base.isEmpty())
            *out = QDir::cleanPath(QDir(m_base).filePath(*out));
    }
    void texts(const QJsonObject& o, const QString& path, const char* key, QStringList* out) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isArray())
            return bad(path, key, tr("a list of strings"));
        QStringList list;
        for (const QJsonValue& item : v.toArray()) {
            if (!item.isString())
                return bad(path, key, tr("a list of strings"));
            list << item.toString();
        }
        *out = list;
    }
    QJsonObject object(const QJsonObject& o, const QString& path, const char* key) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isNull() && !v.isObject())
            bad(path, key, tr("an object"));
        return v.toObject();
    }
    void fail(const QString& path, const QString& message) {
        if (m_error.isEmpty())
            m_error = QStringLiteral("%1: %2: %3").arg(m_source, path, message);
    }

private:
    void bad(const QString& path, const char* key, const QString& what) {
        fail(path.isEmpty() ? QString::fromLatin1(key) : QString(path + u'.' + QLatin1String(key)),
             tr("must be %1").arg(what));
    }

    QString m_source, m_base, m_error;
};

} // namespace

QString trainingTaskName(TrainingTask task) {
    return task == TrainingTask::Pretrain ? QStringLiteral("pretrain") : QStringLiteral("classify");
}

BertConfig TrainingConfig::defaultFreshModel() {
    BertConfig c;
    c.numLayers = 4;
    c.hiddenSize = 256;
    c.numHeads = 4;
    c.intermediateSize = 1024;
    c.maxPositions = 128;
    return c;
}

AdamWarmupOptions TrainingConfig::defaultOptimizer() {
    AdamWarmupOptions o;
    o.warmupSteps = -1;
    o.decaySteps = -1;
    return o;
}

QStringList TrainingConfig::monitors() {
    return {QStringLiteral("val_loss"), QStringLiteral("val_accuracy"), QStringLiteral("val_mlm_accuracy"),
            QStringLiteral("val_nsp_accuracy"), QStringLiteral("val_macro_f1")};
}

QStringList TrainingConfig::validate() const {
    QStringList problems;
    const auto problem = [&](const char* field, const QString& message) {
        problems << QLatin1String(field) + QStringLiteral(": ") + message;
    };
    const int seqLen = masking.seqLen;

    if (!startModel.isEmpty()) {
        const auto files = detectModelFolder(startModel);
        if (!files) {
            problem("model.start", files.errorString());
        } else if (const auto config = BertConfig::fromJsonFile(files->configPath); !config) {
            problem("model.start", config.errorString());
        } else if (seqLen > config->maxPositions) {
            problem(
                "data.seq_len",
                tr("%1 is longer than the start model's %2 positions").arg(seqLen).arg(config->maxPositions));
        }
    } else {
        const BertConfig& f = freshConfig;
        if (f.numLayers < 1)
            problem("model.fresh.layers", tr("at least 1"));
        if (f.hiddenSize < 2)
            problem("model.fresh.hidden", tr("at least 2"));
        if (f.numHeads < 1)
            problem("model.fresh.heads", tr("at least 1"));
        else if (f.hiddenSize % f.numHeads != 0)
            problem("model.fresh.heads",
                    tr("the hidden size %1 does not divide by %2 heads").arg(f.hiddenSize).arg(f.numHeads));
        if (f.intermediateSize < 1)
            problem("model.fresh.intermediate", tr("at least 1"));
        if (!inRange(f.hiddenDropout, 0, 0.9) || !inRange(f.attentionDropout, 0, 0.9))
            problem("model.fresh.dropout", tr("between 0 and 0.9"));
        if (!vocabFile.isEmpty() && !QFileInfo(vocabFile).isFile())
            problem("model.vocab_file", tr("%1 does not exist").arg(QDir::toNativeSeparators(vocabFile)));
        if (vocabFile.isEmpty() && learnedVocabSize < 10)
            problem("model.learned_vocab_size", tr("at least 10"));
    }

    if (trainFile.isEmpty())
        problem("data.train", tr("choose a training file"));
    else if (!QFileInfo(trainFile).isFile())
        problem("data.train", tr("%1 does not exist").arg(QDir::toNativeSeparators(trainFile)));
    if (!validationFile.isEmpty() && !QFileInfo(validationFile).isFile())
        problem("data.validation", tr("%1 does not exist").arg(QDir::toNativeSeparators(validationFile)));
    if (!inRange(validationFraction, 0, 0.9))
        problem("data.validation_fraction", tr("between 0 and 0.9"));
    if (seqLen < 4)
        problem("data.seq_len", tr("at least 4 tokens"));
    if (task == TrainingTask::Pretrain) {
        if (!inRange(masking.maskRate, 0, 1) || !inRange(masking.maskMaskRate, 0, 1) ||
            !inRange(masking.maskRandomRate, 0, 1) || !inRange(masking.swapSentenceRate, 0, 1))
            problem("data.masking", tr("rates are between 0 and 1"));
        else if (masking.maskMaskRate + masking.maskRandomRate > 1)
            problem("data.masking", tr("the [MASK] share plus the random share is more than 1"));
    } else {
        if (classification.textColumn.trimmed().isEmpty())
            problem("data.classification.text_column", tr("name the text column"));
        if (classification.labelColumn.trimmed().isEmpty())
            problem("data.classification.label_column", tr("name the label column"));
    }

    if (batchSize < 1)
        problem("optimizer.batch_size", tr("at least 1"));
    if (epochs < 1 && maxSteps <= 0)
        problem("optimizer.epochs", tr("at least 1 (or give max_steps)"));
    if (maxSteps < 0)
        problem("optimizer.max_steps", tr("0 (use epochs) or more"));
    if (!(optimizer.learningRate >= 0) || !std::isfinite(optimizer.learningRate))
        problem("optimizer.learning_rate", tr("a number of 0 or more, like 1e-4"));
    else if (!inRange(optimizer.minLr, 0, optimizer.learningRate))
        problem("optimizer.min_lr", tr("between 0 and the learning rate"));
    if (!inRange(optimizer.weightDecay, 0, 1))
        problem("optimizer.weight_decay", tr("between 0 and 1"));
    if (!inRange(warmupProportion, 0, 1))
        problem("optimizer.warmup_proportion", tr("between 0 and 1"));
    if (!inRange(classifierDropout, 0, 0.9))
        problem("optimizer.classifier_dropout", tr("between 0 and 0.9"));
    if (!inRange(optimizer.clipNorm, 0, 1e9))
        problem("optimizer.clip_norm", tr("0 (no clipping) or more"));

    if (!monitors().contains(monitor))
        problem("early_stopping.monitor", tr("\"%1\" is not one of %2").arg(monitor, monitors().join(u", ")));
    if (patience < 0)
        problem("early_stopping.patience", tr("0 (off) or more"));
    else if (patience > 0 && validationFile.isEmpty() && validationFraction <= 0)
        problem("early_stopping.patience",
                tr("early stopping needs validation data: give a validation file or hold out part of the "
                   "training data"));

    if (outputDirectory.isEmpty())
        problem("output.directory", tr("choose a folder for the checkpoints and metrics"));
    if (checkpointEvery < 0)
        problem("output.checkpoint_every", tr("0 (only at the end) or more"));
    if (task == TrainingTask::Pretrain) {
        for (const QString& sentence : probeSentences)
            if (!sentence.contains(QLatin1String("[MASK]")))
                problem("probes.sentences", tr("\"%1\" has no [MASK]").arg(sentence));
        if (probeEvery < 1)
            problem("probes.every", tr("at least 1"));
    }
    return problems;
}

QStringList TrainingConfig::inputFiles() const {
    QStringList files;
    for (const QString& f : {trainFile, validationFile, vocabFile, startModel})
        if (!f.isEmpty())
            files << f;
    return files;
}

QJsonObject TrainingConfig::toJson() const {
    const BertConfig& f = freshConfig;
    const AdamWarmupOptions& o = optimizer;
    const auto orNull = [](const QString& s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    QJsonObject model{{QStringLiteral("start"), orNull(startModel)},
                      {QStringLiteral("fresh"),
                       QJsonObject{{QStringLiteral("layers"), f.numLayers},
                                   {QStringLiteral("hidden"), f.hiddenSize},
                                   {QStringLiteral("heads"), f.numHeads},
                                   {QStringLiteral("intermediate"), f.intermediateSize},
                                   {QStringLiteral("positions"), f.maxPositions},
                                   {QStringLiteral("activation"), activationName(f)},
                                   {QStringLiteral("hidden_dropout"), double(f.hiddenDropout)},
                                   {QStringLiteral("attention_dropout"), double(f.attentionDropout)}}},
                      {QStringLiteral("vocab_file"), orNull(vocabFile)},
                      {QStringLiteral("learned_vocab_size"), learnedVocabSize}};
    QJsonObject data{
        {QStringLiteral("train"), orNull(trainFile)},
        {QStringLiteral("validation"), orNull(validationFile)},
        {QStringLiteral("validation_fraction"), validationFraction},
        {QStringLiteral("seq_len"), masking.seqLen},
        {QStringLiteral("masking"),
         QJsonObject{{QStringLiteral("mask_rate"), masking.maskRate},
                     {QStringLiteral("mask_mask_rate"), masking.maskMaskRate},
                     {QStringLiteral("mask_random_rate"), masking.maskRandomRate},
                     {QStringLiteral("swap_sentence_rate"), masking.swapSentenceRate},
                     {QStringLiteral("force_mask"), masking.forceMask}}},
        {QStringLiteral("classification"),
         QJsonObject{{QStringLiteral("text_column"), classification.textColumn},
                     {QStringLiteral("second_column"), orNull(classification.secondColumn)},
                     {QStringLiteral("label_column"), classification.labelColumn},
                     {QStringLiteral("delimiter"), classification.delimiter.isNull()
                                                       ? QJsonValue()
                                                       : QJsonValue(QString(classification.delimiter))}}}};
    QJsonObject opt{
        {QStringLiteral("batch_size"), batchSize},
        {QStringLiteral("epochs"), epochs},
        {QStringLiteral("max_steps"), double(maxSteps)},
        {QStringLiteral("warmup_proportion"), warmupProportion},
        {QStringLiteral("learning_rate"), o.learningRate},
        {QStringLiteral("min_lr"), o.minLr},
        {QStringLiteral("warmup_steps"), double(o.warmupSteps)},
        {QStringLiteral("decay_steps"), double(o.decaySteps)},
        {QStringLiteral("beta1"), o.beta1},
        {QStringLiteral("beta2"), o.beta2},
        {QStringLiteral("epsilon"), o.epsilon},
        {QStringLiteral("weight_decay"), o.weightDecay},
        {QStringLiteral("weight_decay_pattern"), QJsonArray::fromStringList(o.weightDecayPattern)},
        {QStringLiteral("amsgrad"), o.amsgrad},
        {QStringLiteral("clip_norm"), o.clipNorm},
        {QStringLiteral("trainable"), QJsonArray::fromStringList(trainablePrefixes)},
        {QStringLiteral("classifier_dropout"), classifierDropout}};
    QJsonArray inputs;
    for (const QString& file : inputFiles())
        inputs.append(file);
    return {
        {QStringLiteral("format"), QLatin1String(kFormat)},
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("task"), trainingTaskName(task)},
        {QStringLiteral("model"), model},
        {QStringLiteral("tokenizer"),
         QJsonObject{{QStringLiteral("cased"), tokenizer.cased},
                     {QStringLiteral("mode"), tokenizerModeName(tokenizer.mode)}}},
        {QStringLiteral("data"), data},
        {QStringLiteral("optimizer"), opt},
        {QStringLiteral("early_stopping"),
         QJsonObject{{QStringLiteral("monitor"), monitor},
                     {QStringLiteral("patience"), patience},
                     {QStringLiteral("validate_every"), double(validateEvery)}}},
        {QStringLiteral("output"), QJsonObject{{QStringLiteral("directory"), orNull(outputDirectory)},
                                               {QStringLiteral("checkpoint_every"), double(checkpointEvery)},
                                               {QStringLiteral("resume"), resume}}},
        {QStringLiteral("probes"),
         QJsonObject{{QStringLiteral("sentences"), QJsonArray::fromStringList(probeSentences)},
                     {QStringLiteral("every"), double(probeEvery)}}},
        {QStringLiteral("seed"), double(seed)},
        {QStringLiteral("inputs"), inputs}};
}

Result<TrainingConfig> TrainingConfig::fromJson(const QJsonObject& json, const QString& sourceName,
                                                const QString& baseDirectory) {
    Reader r(sourceName, baseDirectory);
    if (json.value(u"format").toString() != QLatin1String(kFormat))
        return Error{tr("%1: not BertLab training settings (\"format\" is not \"%2\")")
                         .arg(sourceName, QLatin1String(kFormat))};
    const int version = json.value(u"version").toInt(-1);
    if (version != kVersion)
        return Error{tr("%1: settings version %2; this BertLab reads version %3")
                         .arg(sourceName)
                         .arg(version)
                         .arg(kVersion)};
    TrainingConfig c;
    QString task = trainingTaskName(c.task);
    r.text(json, {}, "task", &task);
    if (task == u"pretrain")
        c.task = TrainingTask::Pretrain;
    else if (task == u"classify")
        c.task = TrainingTask::Classify;
    else
        r.fail(QStringLiteral("task"), tr("\"%1\" is not pretrain or classify").arg(task));

    const QJsonObject model = r.object(json, {}, "model");
    r.file(model, QStringLiteral("model"), "start", &c.startModel);
    r.file(model, QStringLiteral("model"), "vocab_file", &c.vocabFile);
    r.integer(model, QStringLiteral("model"), "learned_vocab_size", &c.learnedVocabSize);
    const QJsonObject fresh = r.object(model, QStringLiteral("model"), "fresh");
    const QString freshPath = QStringLiteral("model.fresh");
    r.integer(fresh, freshPath, "layers", &c.freshConfig.numLayers);
    r.integer(fresh, freshPath, "hidden", &c.freshConfig.hiddenSize);
    r.integer(fresh, freshPath, "heads", &c.freshConfig.numHeads);
    r.integer(fresh, freshPath, "intermediate", &c.freshConfig.intermediateSize);
    QString activation = activationName(c.freshConfig);
    r.text(fresh, freshPath, "activation", &activation);
    if (const auto act = activationFromName(activation)) {
        c.freshConfig.hiddenAct = *act;
        c.freshConfig.hiddenActName = activation;
    } else {
        r.fail(QStringLiteral("model.fresh.activation"),
               tr("\"%1\" is not gelu, gelu_new or relu").arg(activation));
    }
    double dropout = c.freshConfig.hiddenDropout, attentionDropout = c.freshConfig.attentionDropout;
    r.number(fresh, freshPath, "hidden_dropout", &dropout);
    r.number(fresh, freshPath, "attention_dropout", &attentionDropout);
    c.freshConfig.hiddenDropout = float(dropout);
    c.freshConfig.attentionDropout = float(attentionDropout);

    const QJsonObject tokenizer = r.object(json, {}, "tokenizer");
    r.flag(tokenizer, QStringLiteral("tokenizer"), "cased", &c.tokenizer.cased);
    QString mode = tokenizerModeName(c.tokenizer.mode);
    r.text(tokenizer, QStringLiteral("tokenizer"), "mode", &mode);
    if (const auto m = tokenizerModeFromName(mode))
        c.tokenizer.mode = *m;
    else
        r.fail(QStringLiteral("tokenizer.mode"), tr("\"%1\" is not google or keras-bert").arg(mode));

    const QJsonObject data = r.object(json, {}, "data");
    const QString dataPath = QStringLiteral("data");
    r.file(data, dataPath, "train", &c.trainFile);
    r.file(data, dataPath, "validation", &c.validationFile);
    r.number(data, dataPath, "validation_fraction", &c.validationFraction);
    r.integer(data, dataPath, "seq_len", &c.masking.seqLen);
    // A fresh model's positions: as many as the sequence length unless the file says (keras-bert's pos_num).
    c.freshConfig.maxPositions = c.masking.seqLen;
    r.integer(fresh, freshPath, "positions", &c.freshConfig.maxPositions);
    c.classification.maxLength = c.masking.seqLen;
    const QJsonObject masking = r.object(data, dataPath, "masking");
    const QString maskingPath = QStringLiteral("data.masking");
    r.number(masking, maskingPath, "mask_rate", &c.masking.maskRate);
    r.number(masking, maskingPath, "mask_mask_rate", &c.masking.maskMaskRate);
    r.number(masking, maskingPath, "mask_random_rate", &c.masking.maskRandomRate);
    r.number(masking, maskingPath, "swap_sentence_rate", &c.masking.swapSentenceRate);
    r.flag(masking, maskingPath, "force_mask", &c.masking.forceMask);
    const QJsonObject classification = r.object(data, dataPath, "classification");
    const QString classificationPath = QStringLiteral("data.classification");
    r.text(classification, classificationPath, "text_column", &c.classification.textColumn);
    r.text(classification, classificationPath, "second_column", &c.classification.secondColumn);
    r.text(classification, classificationPath, "label_column", &c.classification.labelColumn);
    QString delimiter;
    r.text(classification, classificationPath, "delimiter", &delimiter);
    if (delimiter.size() > 1)
        r.fail(QStringLiteral("data.classification.delimiter"), tr("one character, or null"));
    c.classification.delimiter = delimiter.isEmpty() ? QChar() : delimiter.front();

    const QJsonObject opt = r.object(json, {}, "optimizer");
    const QString optPath = QStringLiteral("optimizer");
    r.integer(opt, optPath, "batch_size", &c.batchSize);
    r.integer(opt, optPath, "epochs", &c.epochs);
    r.integer(opt, optPath, "max_steps", &c.maxSteps);
    r.number(opt, optPath, "warmup_proportion", &c.warmupProportion);
    r.number(opt, optPath, "learning_rate", &c.optimizer.learningRate);
    r.number(opt, optPath, "min_lr", &c.optimizer.minLr);
    r.integer(opt, optPath, "warmup_steps", &c.optimizer.warmupSteps);
    r.integer(opt, optPath, "decay_steps", &c.optimizer.decaySteps);
    r.number(opt, optPath, "beta1", &c.optimizer.beta1);
    r.number(opt, optPath, "beta2", &c.optimizer.beta2);
    r.number(opt, optPath, "epsilon", &c.optimizer.epsilon);
    r.number(opt, optPath, "weight_decay", &c.optimizer.weightDecay);
    r.texts(opt, optPath, "weight_decay_pattern", &c.optimizer.weightDecayPattern);
    r.flag(opt, optPath, "amsgrad", &c.optimizer.amsgrad);
    r.number(opt, optPath, "clip_norm", &c.optimizer.clipNorm);
    r.texts(opt, optPath, "trainable", &c.trainablePrefixes);
    r.number(opt, optPath, "classifier_dropout", &c.classifierDropout);

    const QJsonObject early = r.object(json, {}, "early_stopping");
    const QString earlyPath = QStringLiteral("early_stopping");
    r.text(early, earlyPath, "monitor", &c.monitor);
    r.integer(early, earlyPath, "patience", &c.patience);
    r.integer(early, earlyPath, "validate_every", &c.validateEvery);

    const QJsonObject output = r.object(json, {}, "output");
    const QString outputPath = QStringLiteral("output");
    r.file(output, outputPath, "directory", &c.outputDirectory);
    r.integer(output, outputPath, "checkpoint_every", &c.checkpointEvery);
    r.flag(output, outputPath, "resume", &c.resume);

    const QJsonObject probes = r.object(json, {}, "probes");
    r.texts(probes, QStringLiteral("probes"), "sentences", &c.probeSentences);
    r.integer(probes, QStringLiteral("probes"), "every", &c.probeEvery);
    r.integer(json, {}, "seed", &c.seed);
    if (!r.error().isEmpty())
        return Error{r.error()};
    return c;
}

Status TrainingConfig::save(const QString& path) const {
    QSaveFile file(path);
    const QByteArray bytes = QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{tr("%1: cannot write: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    return Ok{};
}

Result<TrainingConfig> TrainingConfig::load(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("%1: cannot read: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.read(16 << 20), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error{tr("%1: not valid JSON (%2 at byte %3)")
                         .arg(QDir::toNativeSeparators(path), parseError.errorString())
                         .arg(parseError.offset)};
    return fromJson(document.object(), QDir::toNativeSeparators(path), QFileInfo(path).absolutePath());
}

std::int64_t trainingParameterCount(const BertConfig& s, TrainingTask task, int labels) {
    const std::int64_t h = s.hiddenSize, v = s.vocabSize, i = s.intermediateSize;
    const std::int64_t embeddings = (v + s.maxPositions + s.typeVocabSize) * h + 2 * h;
    const std::int64_t layer = 4 * (h * h + h) + 2 * h + (h * i + i) + (i * h + h) + 2 * h;
    const std::int64_t pooler = h * h + h;
    const std::int64_t heads = task == TrainingTask::Pretrain
                                   ? (h * h + h) + 2 * h + v + (2 * h + 2) // MLM transform, norm, bias; NSP
                                   : h * labels + labels;
    return embeddings + std::int64_t(s.numLayers) * layer + pooler + heads;
}

TrainingEstimate estimateTraining(const TrainingConfig& config, const BertConfig& s, std::int64_t examples) {
    TrainingEstimate e;
    const TrainingTask task = config.task;
    e.parameters = trainingParameterCount(s, task);
    const std::int64_t b = config.batchSize, len = config.masking.seqLen, h = s.hiddenSize,
                       i = s.intermediateSize;
    const std::int64_t layers = s.numLayers, heads = std::max(1, s.numHeads), v = s.vocabSize;
    // Weights, gradients, Adam's m and v (and AMSGrad's vhat), all float32.
    const std::int64_t state = e.parameters * 4 * (config.optimizer.amsgrad ? 5 : 4);
    // What backward keeps per layer: about a dozen hidden-sized vectors per token, the feed-forward's
    // activations, and the attention scores and probabilities; the MLM logits for pre-training.
    std::int64_t activations = b * layers * (len * h * 12 + len * i * 3 + heads * len * len * 3);
    if (task == TrainingTask::Pretrain)
        activations += b * len * v * 2;
    e.memoryBytes = state + activations * 4;
    // FLOPs per step: 6 per weight per token (forward + backward), plus attention's two matrix products; the
    // MLM head (its transform and the vocabulary projection) runs only on the masked tokens.
    const double tokens = double(b * len);
    const double weights = double(layers * (4 * h * h + 2 * h * i));
    e.flopsPerStep = 6.0 * tokens * weights + 12.0 * double(b * layers) * double(len * len) * double(h);
    if (task == TrainingTask::Pretrain)
        e.flopsPerStep += 6.0 * tokens * config.masking.maskRate * double(h * h + h * v);
    if (config.maxSteps > 0) {
        e.steps = config.maxSteps;
    } else if (examples > 0) {
        const double keep = config.validationFile.isEmpty() ? 1.0 - config.validationFraction : 1.0;
        e.steps =
            calcTrainSteps(std::int64_t(double(examples) * keep), b, config.epochs, config.warmupProportion)
                .total;
    }
    return e;
}

double estimatedSecondsPerStep(const TrainingEstimate& estimate, double ceilingGflops) {
    return estimate.flopsPerStep / (std::max(1.0, ceilingGflops) * 1e9 * kTrainingShareOfGemmCeiling);
}

std::int64_t countTrainingExamples(const QString& path, TrainingTask task) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const bool pairs = path.endsWith(QLatin1String(".tsv"), Qt::CaseInsensitive);
    std::int64_t lines = 0, examples = 0, inDocument = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++lines;
        if (task == TrainingTask::Classify || pairs) {
            examples += line.isEmpty() ? 0 : 1;
            continue;
        }
        if (line.isEmpty()) {
            inDocument = 0;
            continue;
        }
        if (inDocument++ > 0)
            ++examples;
    }
    if (task == TrainingTask::Classify)
        examples = std::max<std::int64_t>(0, examples - 1); // the header
    return examples;
}

int countVocabularyEntries(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    int lines = 0;
    while (!file.atEnd()) {
        if (!file.readLine().trimmed().isEmpty())
            ++lines;
    }
    return lines;
}

} // namespace bertlab::core
