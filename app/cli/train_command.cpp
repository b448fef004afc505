// bertlab-cli train pretrain|classify: the Train page's run without the window. Metrics go to
// <output>/metrics.csv, a progress line to stderr, a JSON summary to stdout.
#include "cli_common.h"

#include "core/display_format.h"
#include "core/train/tensorflow_export.h"
#include "core/train/trainer.h"
#include "core/train/training_events.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <iostream>
#include <limits>
#include <mutex>
#include <string>
#include <thread>
#include <type_traits>
#include <unistd.h>

namespace bertlab::cli {

namespace {

std::atomic<core::Trainer*> g_trainer{nullptr};

// Ctrl+C stops after the current step and still writes the final checkpoint.
void onInterrupt(int) {
    if (core::Trainer* trainer = g_trainer.load())
        trainer->stop();
}

// --control-stdin: "pause", "resume" and "stop" lines from standard input (a desktop driving a remote run
// over ssh, or a script). The reader thread outlives the run only by a line it may never get; the process
// exits under it.
void readControlLines() {
    std::string line;
    while (std::getline(std::cin, line)) {
        static std::mutex mutex;
        const std::lock_guard lock(mutex);
        core::Trainer* trainer = g_trainer.load();
        if (!trainer)
            continue;
        if (line == "pause")
            trainer->setPaused(true);
        else if (line == "resume")
            trainer->setPaused(false);
        else if (line == "stop")
            trainer->stop();
    }
}

} // namespace

int runTrain(const QStringList& args) {
    // Every default comes from core::TrainingConfig, as the Train page's do.
    const core::TrainingConfig defaults;
    const core::BertConfig& shape = defaults.freshConfig;
    const core::AdamWarmupOptions& opt = defaults.optimizer;
    const auto num = [](double v) { return QString::number(v, 'g', 6); };
    CommandParser cmd(
        QStringLiteral("train"),
        QStringLiteral("Pretrain (masked LM + next sentence) or fine-tune a sequence classifier. "
                       "Checkpoints (TF layout + safetensors) and metrics.csv go to --output. --config runs "
                       "settings saved by the Train page (or --write-config); options given as well override "
                       "them."),
        true, false);
    cmd.addPositional(QStringLiteral("task"),
                      QStringLiteral("pretrain or classify (default with --config: its task)"),
                      QStringLiteral("[pretrain|classify]"));
    const auto add = [&](const char* name, const QString& help, const char* value = nullptr) {
        if (value)
            cmd.addOption({QString::fromLatin1(name), help, QString::fromLatin1(value)});
        else
            cmd.addOption({QString::fromLatin1(name), help});
    };
    add("config", QStringLiteral("Training settings saved as JSON (Save Run Settings on the Train page)."),
        "FILE");
    add("write-config", QStringLiteral("Write the settings as JSON to FILE and exit without training."),
        "FILE");
    add("data",
        QStringLiteral(
            "Training data. pretrain: a corpus (one sentence per line, a blank line between documents) "
            "or a .tsv of sentence pairs; classify: CSV/TSV with a header."),
        "FILE");
    add("validation",
        QStringLiteral("Validation data in the same format (default: hold out --validation-fraction)."),
        "FILE");
    add("validation-fraction",
        QStringLiteral("Share of the training data held out for validation (default %1; 0 = none).")
            .arg(num(defaults.validationFraction)),
        "F");
    add("output", QStringLiteral("Folder for checkpoints and metrics.csv."), "DIR");
    add("model",
        QStringLiteral("Start from this model folder, or 'demo' for the BertLab demo model (default: a fresh "
                       "model, see --layers …)."),
        "DIR");
    add("layers", QStringLiteral("Fresh model: encoder layers (default %1).").arg(shape.numLayers), "N");
    add("hidden", QStringLiteral("Fresh model: hidden size (default %1).").arg(shape.hiddenSize), "N");
    add("heads", QStringLiteral("Fresh model: attention heads (default %1).").arg(shape.numHeads), "N");
    add("intermediate", QStringLiteral("Fresh model: feed-forward size (default 4 x hidden)."), "N");
    add("positions",
        QStringLiteral("Fresh model: position embeddings, the longest input (default %1, at least --seq-len; "
                       "keras-bert's pos_num).")
            .arg(shape.maxPositions),
        "N");
    add("activation", QStringLiteral("Fresh model: gelu (erf), gelu_new (tanh) or relu (default gelu)."),
        "NAME");
    add("dropout",
        QStringLiteral("Fresh model: hidden and attention dropout (default %1).")
            .arg(num(shape.hiddenDropout)),
        "P");
    add("vocab", QStringLiteral("Fresh model: vocab.txt to use (default: learn one from --data)."), "FILE");
    add("vocab-size",
        QStringLiteral("Size of the learned vocabulary (default %1).").arg(defaults.learnedVocabSize), "N");
    add("seq-len", QStringLiteral("Sequence length in tokens (default %1).").arg(defaults.masking.seqLen),
        "L");
    add("batch-size", QStringLiteral("Sequences per step (default %1).").arg(defaults.batchSize), "B");
    add("epochs", QStringLiteral("Passes over the data (default %1).").arg(defaults.epochs), "E");
    add("steps", QStringLiteral("Stop after N steps (overrides --epochs)."), "N");
    add("lr", QStringLiteral("Peak learning rate (default %1).").arg(num(opt.learningRate)), "LR");
    add("min-lr", QStringLiteral("Learning rate at the end of the decay (default %1).").arg(num(opt.minLr)),
        "LR");
    add("warmup-proportion",
        QStringLiteral("Warm-up steps as a share of all steps (default %1).")
            .arg(num(defaults.warmupProportion)),
        "F");
    add("warmup-steps", QStringLiteral("Warm-up steps (overrides --warmup-proportion)."), "N");
    add("decay-steps", QStringLiteral("Steps of the linear decay (default: all steps)."), "N");
    add("weight-decay", QStringLiteral("Weight decay (default %1).").arg(num(opt.weightDecay)), "W");
    add("amsgrad", QStringLiteral("Use the AMSGrad variant."));
    add("clip-norm", QStringLiteral("Clip gradients to this global norm (default: no clipping)."), "N");
    add("mask-rate",
        QStringLiteral("pretrain: share of tokens predicted (default %1).")
            .arg(num(defaults.masking.maskRate)),
        "F");
    add("mask-mask-rate",
        QStringLiteral("pretrain: share of those replaced by [MASK] (default %1).")
            .arg(num(defaults.masking.maskMaskRate)),
        "F");
    add("mask-random-rate",
        QStringLiteral("pretrain: share replaced by a random token (default %1).")
            .arg(num(defaults.masking.maskRandomRate)),
        "F");
    add("swap-rate",
        QStringLiteral("pretrain: share of pairs whose second sentence is swapped (default %1).")
            .arg(num(defaults.masking.swapSentenceRate)),
        "F");
    add("no-force-mask", QStringLiteral("pretrain: allow sequences with nothing to predict."));
    add("text-column",
        QStringLiteral("classify: the text column, by name or 1-based number (default %1).")
            .arg(defaults.classification.textColumn),
        "COLUMN");
    add("second-column", QStringLiteral("classify: the second text's column, for pairs."), "COLUMN");
    add("label-column",
        QStringLiteral("classify: the label column (default %1).").arg(defaults.classification.labelColumn),
        "COLUMN");
    add("trainable",
        QStringLiteral("Comma-separated name prefixes of the parameters to train (default: all), e.g. "
                       "bert/encoder/layer_11,bert/pooler,output_"),
        "LIST");
    add("patience",
        QStringLiteral("Early stopping: validations without improvement before stopping (default 0 = off)."),
        "N");
    add("monitor",
        QStringLiteral("Early stopping metric: %1 (default %2).")
            .arg(core::TrainingConfig::monitors().join(QStringLiteral(", ")), defaults.monitor),
        "NAME");
    add("validate-every", QStringLiteral("Validate every N steps (default: once per epoch)."), "N");
    add("checkpoint-every",
        QStringLiteral("Save a checkpoint every N steps (default %1; 0 = only at the end).")
            .arg(defaults.checkpointEvery),
        "N");
    add("probe",
        QStringLiteral("A sentence with [MASK] whose top guesses are printed as training goes (repeatable)."),
        "TEXT");
    add("probe-every", QStringLiteral("Steps between probes (default %1).").arg(defaults.probeEvery), "N");
    add("seed", QStringLiteral("Random seed (default %1).").arg(defaults.seed), "N");
    add("resume", QStringLiteral("Continue the run whose checkpoint is in --output."));
    add("overwrite", QStringLiteral("Start over in an --output that holds a checkpoint, replacing it."));
    add("events",
        QStringLiteral(
            "Also write the run's events (JSON lines, as in --output's events.jsonl) to FILE, or - for "
            "standard output, which then carries nothing else (the summary is the last event)."),
        "FILE|-");
    add("classifier-dropout",
        QStringLiteral("classify: dropout on the pooled output before the classifier (default %1, as "
                       "run_classifier.py).")
            .arg(defaults.classifierDropout),
        "P");
    add("export-tensorflow",
        QStringLiteral("Do not train: write the run, set up exactly as here (weights, every step's batch, "
                       "schedule), for BertLab's TensorFlow runner into the new folder DIR (what a job for "
                       "a host whose runtime is tensorflow carries)."),
        "DIR");
    add("strategy",
        QStringLiteral("With --export-tensorflow: auto (a TPU, else GPUs, else the CPU), tpu, gpu or cpu."),
        "NAME");
    add("control-stdin",
        QStringLiteral("Read commands from standard input, one per line: pause, resume, stop."));
    cmd.process(args);
    const QCommandLineParser& p = cmd.parser();

    core::TrainingConfig config;
    if (p.isSet(QStringLiteral("config"))) {
        auto loaded = core::TrainingConfig::load(p.value(QStringLiteral("config")));
        if (!loaded)
            fail(loaded.errorString());
        config = std::move(*loaded);
    } else {
        config.tokenizer = cmd.common().tokenizer.resolve(config.tokenizer);
    }
    const QStringList positional = p.positionalArguments();
    if (positional.size() > 1 ||
        (positional.size() == 1 && positional[0] != u"pretrain" && positional[0] != u"classify") ||
        (positional.isEmpty() && !p.isSet(QStringLiteral("config"))))
        fail(QStringLiteral("'train' needs the task: pretrain or classify"));
    if (!positional.isEmpty())
        config.task =
            positional[0] == u"pretrain" ? core::TrainingTask::Pretrain : core::TrainingTask::Classify;
    if (p.isSet(QStringLiteral("config")) &&
        (p.isSet(QStringLiteral("cased")) || p.isSet(QStringLiteral("mode"))))
        config.tokenizer = cmd.common().tokenizer.resolve(config.tokenizer);

    // Options given override the defaults (or the --config file); their ranges are checked by validate().
    const auto setText = [&](const char* option, QString* field) {
        if (p.isSet(QLatin1String(option)))
            *field = p.value(QLatin1String(option));
    };
    const auto setInt = [&](const char* option, auto* field) {
        if (!p.isSet(QLatin1String(option)))
            return;
        bool ok = false;
        const qlonglong value = p.value(QLatin1String(option)).toLongLong(&ok);
        using Field = std::remove_pointer_t<decltype(field)>;
        if (!ok || value < std::numeric_limits<Field>::min() || value > std::numeric_limits<Field>::max())
            fail(QStringLiteral("--%1 needs a whole number, not '%2'")
                     .arg(QLatin1String(option), p.value(QLatin1String(option))));
        *field = Field(value);
    };
    const auto setDouble = [&](const char* option, double* field) {
        if (!p.isSet(QLatin1String(option)))
            return;
        bool ok = false;
        *field = p.value(QLatin1String(option)).toDouble(&ok);
        if (!ok)
            fail(QStringLiteral("--%1 needs a number, not '%2'")
                     .arg(QLatin1String(option), p.value(QLatin1String(option))));
    };
    setText("data", &config.trainFile);
    setText("validation", &config.validationFile);
    setDouble("validation-fraction", &config.validationFraction);
    setText("output", &config.outputDirectory);
    if (p.isSet(QStringLiteral("model")))
        config.startModel = modelDirectory(p.value(QStringLiteral("model")));

    core::BertConfig& fresh = config.freshConfig;
    setInt("layers", &fresh.numLayers);
    setInt("hidden", &fresh.hiddenSize);
    setInt("heads", &fresh.numHeads);
    if (p.isSet(QStringLiteral("hidden")) && !p.isSet(QStringLiteral("intermediate")))
        fresh.intermediateSize = 4 * fresh.hiddenSize;
    setInt("intermediate", &fresh.intermediateSize);
    setInt("positions", &fresh.maxPositions);
    if (p.isSet(QStringLiteral("activation"))) {
        const QString activation = p.value(QStringLiteral("activation"));
        if (activation == u"gelu")
            fresh.hiddenAct = core::Activation::GeluErf;
        else if (activation == u"gelu_new")
            fresh.hiddenAct = core::Activation::GeluTanh;
        else if (activation == u"relu")
            fresh.hiddenAct = core::Activation::Relu;
        else
            fail(QStringLiteral("--activation '%1': use gelu, gelu_new or relu").arg(activation));
        fresh.hiddenActName = activation;
    }
    if (p.isSet(QStringLiteral("dropout"))) {
        double dropout = 0;
        setDouble("dropout", &dropout);
        fresh.hiddenDropout = fresh.attentionDropout = float(dropout);
    }
    setText("vocab", &config.vocabFile);
    setInt("vocab-size", &config.learnedVocabSize);
    setInt("seq-len", &config.masking.seqLen);
    fresh.maxPositions = config.masking.seqLen;
    setInt("batch-size", &config.batchSize);
    setInt("epochs", &config.epochs);
    setInt("steps", &config.maxSteps);

    core::AdamWarmupOptions& o = config.optimizer;
    setDouble("lr", &o.learningRate);
    setDouble("min-lr", &o.minLr);
    setDouble("warmup-proportion", &config.warmupProportion);
    setInt("warmup-steps", &o.warmupSteps);
    setInt("decay-steps", &o.decaySteps);
    setDouble("weight-decay", &o.weightDecay);
    if (p.isSet(QStringLiteral("amsgrad")))
        o.amsgrad = true;
    setDouble("clip-norm", &o.clipNorm);
    setDouble("classifier-dropout", &config.classifierDropout);

    core::MaskingOptions& m = config.masking;
    setDouble("mask-rate", &m.maskRate);
    setDouble("mask-mask-rate", &m.maskMaskRate);
    setDouble("mask-random-rate", &m.maskRandomRate);
    setDouble("swap-rate", &m.swapSentenceRate);
    if (p.isSet(QStringLiteral("no-force-mask")))
        m.forceMask = false;

    setText("text-column", &config.classification.textColumn);
    setText("second-column", &config.classification.secondColumn);
    setText("label-column", &config.classification.labelColumn);
    if (p.isSet(QStringLiteral("trainable")))
        config.trainablePrefixes = p.value(QStringLiteral("trainable")).split(u',', Qt::SkipEmptyParts);
    setInt("patience", &config.patience);
    setText("monitor", &config.monitor);
    setInt("validate-every", &config.validateEvery);
    setInt("checkpoint-every", &config.checkpointEvery);
    if (p.isSet(QStringLiteral("probe")))
        config.probeSentences = p.values(QStringLiteral("probe"));
    setInt("probe-every", &config.probeEvery);
    if (p.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        config.seed = p.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            fail(QStringLiteral("--seed needs a whole number >= 0"));
    }
    if (p.isSet(QStringLiteral("resume")))
        config.resume = true;

    if (p.isSet(QStringLiteral("write-config"))) {
        const QString path = p.value(QStringLiteral("write-config"));
        if (const core::Status saved = config.save(path); !saved)
            fail(saved.errorString());
        writeStdout(
            QJsonDocument(QJsonObject{{QStringLiteral("config"), path}}).toJson(QJsonDocument::Compact) +
            '\n');
        return 0;
    }
    if (p.isSet(QStringLiteral("export-tensorflow"))) {
        const QString folder = p.value(QStringLiteral("export-tensorflow"));
        const QString strategy = p.isSet(QStringLiteral("strategy")) ? p.value(QStringLiteral("strategy"))
                                                                     : QStringLiteral("auto");
        if (!core::isValidTensorFlowStrategy(strategy))
            fail(QStringLiteral("--strategy '%1': use auto, tpu, gpu or cpu").arg(strategy));
        if (config.outputDirectory.isEmpty())
            config.outputDirectory = folder; // not written to: the export has its own folder
        const std::atomic<bool> stop{false};
        auto exported = core::exportForTensorFlow(
            config, folder, strategy, [](const QString&, qint64, qint64) { return true; }, stop);
        if (!exported)
            fail(exported.errorString());
        writeStdout(
            QJsonDocument(
                QJsonObject{{QStringLiteral("folder"), exported->folder},
                            {QStringLiteral("train_steps"), qint64(exported->trainSteps)},
                            {QStringLiteral("validation_batches"), qint64(exported->validationBatches)},
                            {QStringLiteral("max_predictions"), exported->maxPredictions},
                            {QStringLiteral("padded_examples"), qint64(exported->paddedExamples)},
                            {QStringLiteral("bytes"), exported->bytes}})
                .toJson(QJsonDocument::Compact) +
            '\n');
        return 0;
    }
    for (const auto& [field, option] :
         {std::pair{&config.trainFile, "data"}, std::pair{&config.outputDirectory, "output"}})
        if (field->isEmpty())
            fail(QStringLiteral("'train' needs --%1 (or --config FILE; see 'bertlab-cli train --help')")
                     .arg(QLatin1String(option)));
    if (const QStringList problems = config.validate(); !problems.isEmpty())
        fail(problems.join(QStringLiteral("; ")));
    if (!config.resume && !p.isSet(QStringLiteral("overwrite")) &&
        core::Trainer::holdsCheckpoint(config.outputDirectory))
        fail(
            QStringLiteral("%1 already holds a checkpoint: add --resume to continue that run, or --overwrite "
                           "to start over and replace it")
                .arg(QDir::toNativeSeparators(config.outputDirectory)));

    // --events: the same lines the run folder gets, to a file or standard output.
    const QString eventsTarget = p.value(QStringLiteral("events"));
    QFile eventsFile;
    if (!eventsTarget.isEmpty()) {
        const bool opened = eventsTarget == u"-"
                                ? eventsFile.open(stdout, QIODevice::WriteOnly)
                                : (eventsFile.setFileName(eventsTarget),
                                   eventsFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
        if (!opened)
            fail(QStringLiteral("%1: cannot write the events: %2")
                     .arg(eventsTarget, eventsFile.errorString()));
    }
    core::TrainingEventWriter events(eventsFile.isOpen() ? &eventsFile : nullptr);
    events.started(config);

    // Progress: one line redrawn in place on a terminal, a line per tenth of the run otherwise.
    const bool terminal = isatty(fileno(stderr));
    core::TrainingPlan plan;
    std::optional<core::ValidationPoint> lastValidation;
    core::TrainingPoint lastPoint;
    QElapsedTimer sinceDrawn;
    core::TrainingCallbacks callbacks;
    callbacks.planned = [&](const core::TrainingPlan& planned) {
        plan = planned;
        std::fprintf(stderr, "training %lld parameters (%lld trainable) on %lld examples for %lld steps\n",
                     qlonglong(plan.parameterCount), qlonglong(plan.trainableCount),
                     qlonglong(plan.trainExamples), qlonglong(plan.totalSteps));
        if (plan.startStep > 0)
            std::fprintf(stderr, "resuming at step %lld\n", qlonglong(plan.startStep));
    };
    callbacks.stepped = [&](const core::TrainingPoint& point) {
        lastPoint = point;
        const std::int64_t tenth = std::max<std::int64_t>(1, plan.totalSteps / 10);
        const bool last = point.step == plan.totalSteps;
        if (terminal ? (sinceDrawn.isValid() && sinceDrawn.elapsed() < 200 && !last)
                     : (point.step % tenth != 0 && !last))
            return;
        sinceDrawn.start();
        const double done = double(point.step - plan.startStep);
        const double eta =
            done > 0 ? point.elapsedSeconds / done * double(plan.totalSteps - point.step) : 0.0;
        std::fprintf(stderr, "%sstep %lld/%lld  loss %.4f  lr %.3g  %.0f tokens/s  ETA %s%s",
                     terminal ? "\r" : "", qlonglong(point.step), qlonglong(plan.totalSteps), point.loss,
                     point.learningRate, point.tokensPerSecond, qPrintable(core::durationText(eta)),
                     terminal ? "   " : "\n");
        std::fflush(stderr);
    };
    callbacks.validated = [&](const core::ValidationPoint& v) {
        lastValidation = v;
        std::fprintf(stderr, "%svalidation at step %lld: loss %.4f\n", terminal ? "\n" : "",
                     qlonglong(v.step), v.loss);
    };
    callbacks.probed = [&](const std::vector<core::ProbePrediction>& probes) {
        for (const auto& probe : probes) {
            QStringList guesses;
            for (const QStringList& g : probe.guesses)
                guesses << g.join(u'/');
            std::fprintf(stderr, "%sprobe: %s -> %s\n", terminal ? "\n" : "", qPrintable(probe.sentence),
                         qPrintable(guesses.join(QStringLiteral(" | "))));
        }
    };

    core::Trainer trainer(config);
    g_trainer = &trainer;
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt); // a remote job's graceful cancel: checkpoint, then stop
    if (p.isSet(QStringLiteral("control-stdin")))
        std::thread(readControlLines).detach();
    auto result = trainer.run(events.wrap(callbacks));
    g_trainer = nullptr;
    if (result)
        events.finished(*result);
    else
        events.failed(result.errorString());
    eventsFile.close();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    if (terminal)
        std::fprintf(stderr, "\n");
    if (!result)
        fail(result.errorString());

    QJsonObject summary{{QStringLiteral("steps"), qint64(result->steps)},
                        {QStringLiteral("stopped_early"), result->stoppedEarly},
                        {QStringLiteral("cancelled"), result->cancelled},
                        {QStringLiteral("checkpoint"), result->checkpointDirectory},
                        {QStringLiteral("loss"), lastPoint.loss}};
    if (lastValidation) {
        summary.insert(QStringLiteral("validation"),
                       QJsonObject{{QStringLiteral("step"), qint64(lastValidation->step)},
                                   {QStringLiteral("loss"), lastValidation->loss},
                                   {QStringLiteral("mlm_accuracy"), lastValidation->mlmAccuracy},
                                   {QStringLiteral("nsp_accuracy"), lastValidation->nspAccuracy},
                                   {QStringLiteral("accuracy"), lastValidation->accuracy},
                                   {QStringLiteral("macro_f1"), lastValidation->macroF1}});
    }
    if (!plan.labels.isEmpty())
        summary.insert(QStringLiteral("labels"), QJsonArray::fromStringList(plan.labels));
    if (eventsTarget != u"-")
        writeStdout(QJsonDocument(summary).toJson(QJsonDocument::Indented));
    return 0;
}

} // namespace bertlab::cli
