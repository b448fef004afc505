#include "core/train/run_setup.h"

#include "core/model/random_weights.h"
#include "core/train/wordpiece_trainer.h"
#include "core/translation.h"

#include <QDir>

#include <random>

namespace bertlab::core {

namespace {

QString tr(const char* text) {
    return translateCore(
        text, {"Trainer", "bertlab::core::Trainer", "bertlab::core::TrainingConfig", "bertlab::core"});
}

QString taskName(TrainingTask task) {
    return task == TrainingTask::Pretrain ? QStringLiteral("pretrain") : QStringLiteral("classify");
}

struct Prepared {
    BertConfig config;
    BertWeights weights;
    Vocab vocab;
    std::optional<LoadedCheckpoint> checkpoint;
};

// The model to train and its vocabulary: from the checkpoint being resumed, a model folder, or a fresh
// model of the configured shape (with a given or a learned vocabulary).
Result<Prepared> prepareModel(const TrainingConfig& c, const Preparing& preparing) {
    const int seqLen = c.masking.seqLen;
    Prepared p;
    if (c.resume) {
        auto checkpoint = loadTrainingCheckpoint(c.outputDirectory);
        if (!checkpoint)
            return Error{checkpoint.errorString()};
        const TrainingState& s = checkpoint->state;
        if (s.task != taskName(c.task) || s.batchSize != c.batchSize || s.seed != c.seed)
            return Error{
                tr("%1: the checkpoint was made with another task, batch size or seed; resuming would "
                   "not continue the same run")
                    .arg(checkpointDirectory(c.outputDirectory))};
        auto vocab = Vocab::fromFile(checkpoint->model.files.vocabPath);
        if (!vocab)
            return Error{vocab.errorString()};
        p.config = checkpoint->model.config;
        p.weights = std::move(checkpoint->model.weights);
        p.vocab = std::move(*vocab);
        p.checkpoint = std::move(*checkpoint);
    } else if (!c.startModel.isEmpty()) {
        preparing(tr("Loading the model"), 0, 1);
        auto loaded = loadModel(c.startModel);
        if (!loaded)
            return Error{loaded.errorString()};
        auto vocab = Vocab::fromFile(loaded->files.vocabPath);
        if (!vocab)
            return Error{vocab.errorString()};
        p.config = loaded->config;
        p.weights = std::move(loaded->weights);
        p.vocab = std::move(*vocab);
    } else {
        if (!c.vocabFile.isEmpty()) {
            auto vocab = Vocab::fromFile(c.vocabFile);
            if (!vocab)
                return Error{vocab.errorString()};
            p.vocab = std::move(*vocab);
        } else {
            WordPieceTrainingOptions options;
            options.vocabSize = c.learnedVocabSize;
            options.cased = c.tokenizer.cased;
            const QString stage = tr("Learning a vocabulary");
            auto vocab = trainWordPieceVocabFromFile(c.trainFile, options, [&](qint64 done, qint64 total) {
                return preparing(stage, done, total);
            });
            if (!vocab)
                return Error{vocab.errorString()};
            p.vocab = std::move(*vocab);
        }
        p.config = c.freshConfig;
        p.config.vocabSize = p.vocab.size();
        p.config.maxPositions = std::max(p.config.maxPositions, seqLen);
        p.weights = randomBertWeights(p.config, std::uint32_t(c.seed), true);
    }
    return p;
}

struct Datasets {
    TrainingSet train, validation;
    QStringList labels; // classification
};

// The training and validation examples. Pretraining sets draw masks from `vocab`, which must outlive them.
Result<Datasets> readDatasets(const TrainingConfig& c, const Tokenizer& tokenizer, const Vocab& vocab,
                              const QStringList& knownLabels) {
    const int seqLen = c.masking.seqLen;
    Datasets d;
    MaskingOptions masking = c.masking;
    if (c.task == TrainingTask::Pretrain) {
        auto readPairs = [&](const QString& path) -> Result<std::vector<SentencePair>> {
            if (path.endsWith(QStringLiteral(".tsv"), Qt::CaseInsensitive))
                return readSentencePairs(path, tokenizer);
            auto corpus = readPretrainingCorpus(path, tokenizer);
            if (!corpus)
                return Error{corpus.errorString()};
            return pairsFromCorpus(*corpus, seqLen);
        };
        auto pairs = readPairs(c.trainFile);
        if (!pairs)
            return Error{pairs.errorString()};
        std::vector<SentencePair> held;
        if (!c.validationFile.isEmpty()) {
            auto v = readPairs(c.validationFile);
            if (!v)
                return Error{v.errorString()};
            held = std::move(*v);
        } else if (c.validationFraction > 0.0 && pairs->size() > 1) {
            // A seeded shuffle, then the tail is held out.
            std::mt19937_64 rng(mixSeed(c.seed, 77));
            for (std::size_t i = pairs->size(); i > 1; --i)
                std::swap((*pairs)[i - 1], (*pairs)[std::size_t(rng() % i)]);
            const auto count =
                std::max<std::size_t>(1, std::size_t(double(pairs->size()) * c.validationFraction));
            held.assign(pairs->end() - std::ptrdiff_t(count), pairs->end());
            pairs->resize(pairs->size() - count);
        }
        d.train = TrainingSet::pretraining(std::move(*pairs), vocab, masking, c.seed);
        d.validation = TrainingSet::pretraining(std::move(held), vocab, masking, c.seed);
    } else {
        ClassificationDataOptions options = c.classification;
        options.maxLength = seqLen;
        auto data = readClassificationData(c.trainFile, tokenizer, options, knownLabels);
        if (!data)
            return Error{data.errorString()};
        d.labels = data->labels;
        std::vector<TrainingExample> held;
        if (!c.validationFile.isEmpty()) {
            auto v = readClassificationData(c.validationFile, tokenizer, options, d.labels);
            if (!v)
                return Error{v.errorString()};
            held = std::move(v->examples);
        } else if (c.validationFraction > 0.0) {
            splitTrainValidation(data->examples, held, c.validationFraction, c.seed);
        }
        if (d.labels.size() < 2)
            return Error{tr("%1: classification needs at least two different labels").arg(c.trainFile)};
        d.train = TrainingSet::classification(std::move(data->examples), c.seed);
        d.validation = TrainingSet::classification(std::move(held), c.seed);
    }
    return d;
}

} // namespace

Result<std::unique_ptr<RunSetUp>> setUpRun(const TrainingConfig& c, const Preparing& preparing,
                                           const std::atomic<bool>& stop) {
    const int seqLen = c.masking.seqLen;
    // The same checks the Train page and the CLI show before starting.
    if (const QStringList problems = c.validate(); !problems.isEmpty())
        return Error{problems.join(QStringLiteral("; "))};
    auto prepared = prepareModel(c, preparing);
    if (!prepared)
        return Error{prepared.errorString()};
    if (stop)
        return std::unique_ptr<RunSetUp>();
    auto run = std::make_unique<RunSetUp>();
    RunSetUp& r = *run;
    r.config = prepared->config;
    r.vocab = std::move(prepared->vocab);
    r.checkpoint = std::move(prepared->checkpoint);
    if (seqLen > r.config.maxPositions)
        return Error{tr("The sequence length %1 is longer than the model's %2 positions.")
                         .arg(seqLen)
                         .arg(r.config.maxPositions)};
    r.tokenizer.emplace(r.vocab, c.tokenizer);
    if (r.tokenizer->maskId() < 0 && c.task == TrainingTask::Pretrain)
        return Error{tr("The vocabulary has no [MASK] token, so it cannot be used for pretraining.")};

    preparing(tr("Reading the training data"), 0, 1);
    auto datasets =
        readDatasets(c, *r.tokenizer, r.vocab, r.checkpoint ? r.checkpoint->state.labels : QStringList());
    if (!datasets)
        return Error{datasets.errorString()};
    r.train = std::move(datasets->train);
    r.validation = std::move(datasets->validation);
    r.labels = datasets->labels;
    if (r.train.isEmpty())
        return Error{tr("%1: no training examples were found").arg(c.trainFile)};
    if (c.patience > 0 && r.validation.isEmpty())
        return Error{
            tr("Early stopping needs validation data: give a validation file or a validation fraction.")};
    if (stop)
        return std::unique_ptr<RunSetUp>();

    if (c.task == TrainingTask::Classify)
        r.heads = TrainableHeads{false, false, int(r.labels.size())};
    r.model.emplace(r.config, std::move(prepared->weights), r.heads, std::uint32_t(c.seed));
    if (r.checkpoint && r.checkpoint->classifier) {
        Parameter* w = r.model->parameter(QStringLiteral("output_weights"));
        Parameter* b = r.model->parameter(QStringLiteral("output_bias"));
        if (!w || !b || w->value.shape() != r.checkpoint->classifier->kernel.shape())
            return Error{tr("%1: the checkpoint's classifier does not match the labels")
                             .arg(checkpointDirectory(c.outputDirectory))};
        w->value = r.checkpoint->classifier->kernel;
        b->value = r.checkpoint->classifier->bias;
    }
    r.model->setTrainablePrefixes(c.trainablePrefixes);

    TrainingPlan& plan = r.plan;
    plan.stepsPerEpoch = r.train.stepsPerEpoch(c.batchSize);
    plan.totalSteps = c.maxSteps > 0 ? c.maxSteps : plan.stepsPerEpoch * c.epochs;
    r.optimizer = c.optimizer;
    if (r.optimizer.warmupSteps < 0)
        r.optimizer.warmupSteps = std::int64_t(double(plan.totalSteps) * c.warmupProportion);
    if (r.optimizer.decaySteps < 0)
        r.optimizer.decaySteps = plan.totalSteps;
    plan.warmupSteps = r.optimizer.warmupSteps;
    plan.trainExamples = r.train.size();
    plan.validationExamples = r.validation.size();
    plan.parameterCount = r.model->parameterCount();
    for (const Parameter& parameter : r.model->parameters())
        if (parameter.trainable)
            plan.trainableCount += parameter.value.size();
    plan.startStep = r.checkpoint ? r.checkpoint->state.step : 0;
    plan.labels = r.labels;
    plan.vocabSize = r.vocab.size();
    return run;
}

} // namespace bertlab::core
