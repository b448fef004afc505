// bertlab-cli train pretrain|classify: the Train page's run without the window. Metrics go to
// <output>/metrics.csv, a progress line to stderr, a JSON summary to stdout.
#include "cli_common.h"

#include "core/train/trainer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace bertlab::cli {

namespace {

core::Trainer* g_trainer = nullptr;

// Ctrl+C stops after the current step and still writes the final checkpoint.
void onInterrupt(int) {
    if (g_trainer)
        g_trainer->stop();
}

double doubleValue(const QCommandLineParser& parser, const QString& option, double fallback, double minimum,
                   double maximum) {
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const double value = parser.value(option).toDouble(&ok);
    if (!ok || value < minimum || value > maximum)
        fail(QStringLiteral("--%1 needs a number in [%2, %3], not '%4'")
                 .arg(option)
                 .arg(minimum)
                 .arg(maximum)
                 .arg(parser.value(option)));
    return value;
}

QString duration(double seconds) {
    const qint64 s = qint64(seconds + 0.5);
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600)
        .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

int runTrain(const QStringList& args) {
    CommandParser cmd(
        QStringLiteral("train"),
        QStringLiteral("Pretrain (masked LM + next sentence) or fine-tune a sequence classifier. "
                       "Checkpoints (TF layout + safetensors) and metrics.csv go to --output."),
        true, false);
    cmd.addPositional(QStringLiteral("task"), QStringLiteral("pretrain or classify"),
                      QStringLiteral("pretrain|classify"));
    const auto add = [&](const char* name, const char* help, const char* value = nullptr) {
        if (value)
            cmd.addOption({QString::fromLatin1(name), QString::fromUtf8(help), QString::fromLatin1(value)});
        else
            cmd.addOption({QString::fromLatin1(name), QString::fromUtf8(help)});
    };
    add("data",
        "Training data. pretrain: a corpus (one sentence per line, a blank line between documents) or a "
        ".tsv of sentence pairs; classify: CSV/TSV with a header.",
        "FILE");
    add("validation", "Validation data in the same format (default: hold out --validation-fraction).",
        "FILE");
    add("validation-fraction", "Share of the training data held out for validation (default 0.1; 0 = none).",
        "F");
    add("output", "Folder for checkpoints and metrics.csv.", "DIR");
    add("model",
        "Start from this model folder, or 'demo' for the BertLab demo model (default: a fresh model, see "
        "--layers …).",
        "DIR");
    add("layers", "Fresh model: encoder layers (default 4).", "N");
    add("hidden", "Fresh model: hidden size (default 256).", "N");
    add("heads", "Fresh model: attention heads (default 4).", "N");
    add("intermediate", "Fresh model: feed-forward size (default 4 x hidden).", "N");
    add("activation", "Fresh model: gelu (erf), gelu_new (tanh) or relu (default gelu).", "NAME");
    add("dropout", "Fresh model: hidden and attention dropout (default 0.1).", "P");
    add("vocab", "Fresh model: vocab.txt to use (default: learn one from --data).", "FILE");
    add("vocab-size", "Size of the learned vocabulary (default 8000).", "N");
    add("seq-len", "Sequence length in tokens (default 128).", "L");
    add("batch-size", "Sequences per step (default 32).", "B");
    add("epochs", "Passes over the data (default 1).", "E");
    add("steps", "Stop after N steps (overrides --epochs).", "N");
    add("lr", "Peak learning rate (default 1e-4).", "LR");
    add("min-lr", "Learning rate at the end of the decay (default 0).", "LR");
    add("warmup-proportion", "Warm-up steps as a share of all steps (default 0.1).", "F");
    add("warmup-steps", "Warm-up steps (overrides --warmup-proportion).", "N");
    add("decay-steps", "Steps of the linear decay (default: all steps).", "N");
    add("weight-decay", "Weight decay (default 0.01).", "W");
    add("amsgrad", "Use the AMSGrad variant.");
    add("clip-norm", "Clip gradients to this global norm (default: no clipping).", "N");
    add("mask-rate", "pretrain: share of tokens predicted (default 0.15).", "F");
    add("mask-mask-rate", "pretrain: share of those replaced by [MASK] (default 0.8).", "F");
    add("mask-random-rate", "pretrain: share replaced by a random token (default 0.1).", "F");
    add("swap-rate", "pretrain: share of pairs whose second sentence is swapped (default 0.5).", "F");
    add("no-force-mask", "pretrain: allow sequences with nothing to predict.");
    add("text-column", "classify: the text column, by name or 1-based number (default text).", "COLUMN");
    add("second-column", "classify: the second text's column, for pairs.", "COLUMN");
    add("label-column", "classify: the label column (default label).", "COLUMN");
    add("trainable",
        "Comma-separated name prefixes of the parameters to train (default: all), e.g. "
        "bert/encoder/layer_11,bert/pooler,output_",
        "LIST");
    add("patience", "Early stopping: validations without improvement before stopping (default 0 = off).",
        "N");
    add("monitor",
        "Early stopping metric: val_loss (default), val_accuracy, val_mlm_accuracy, "
        "val_nsp_accuracy or val_macro_f1.",
        "NAME");
    add("validate-every", "Validate every N steps (default: once per epoch).", "N");
    add("checkpoint-every", "Save a checkpoint every N steps (default 1000; 0 = only at the end).", "N");
    add("probe", "A sentence with [MASK] whose top guesses are printed as training goes (repeatable).",
        "TEXT");
    add("probe-every", "Steps between probes (default 100).", "N");
    add("seed", "Random seed (default 1).", "N");
    add("resume", "Continue the run whose checkpoint is in --output.");
    cmd.process(args);
    const QCommandLineParser& p = cmd.parser();

    const QStringList positional = p.positionalArguments();
    if (positional.size() != 1 || (positional[0] != u"pretrain" && positional[0] != u"classify"))
        fail(QStringLiteral("'train' needs the task: pretrain or classify"));

    core::TrainingConfig config;
    config.task = positional[0] == u"pretrain" ? core::TrainingTask::Pretrain : core::TrainingTask::Classify;
    config.trainFile = cmd.requiredValue(QStringLiteral("data"));
    config.outputDirectory = cmd.requiredValue(QStringLiteral("output"));
    config.validationFile = p.value(QStringLiteral("validation"));
    config.validationFraction = doubleValue(p, QStringLiteral("validation-fraction"), 0.1, 0.0, 0.9);
    if (p.isSet(QStringLiteral("model")))
        config.startModel = modelDirectory(p.value(QStringLiteral("model")));
    config.tokenizer = cmd.common().tokenizer;

    core::BertConfig& fresh = config.freshConfig;
    fresh.numLayers = cmd.intValue(QStringLiteral("layers"), 4, 1);
    fresh.hiddenSize = cmd.intValue(QStringLiteral("hidden"), 256, 2);
    fresh.numHeads = cmd.intValue(QStringLiteral("heads"), 4, 1);
    fresh.intermediateSize = cmd.intValue(QStringLiteral("intermediate"), 4 * fresh.hiddenSize, 1);
    if (fresh.hiddenSize % fresh.numHeads != 0)
        fail(QStringLiteral("--hidden %1 is not a multiple of --heads %2")
                 .arg(fresh.hiddenSize)
                 .arg(fresh.numHeads));
    const QString activation = p.value(QStringLiteral("activation"));
    if (activation.isEmpty() || activation == u"gelu")
        fresh.hiddenAct = core::Activation::GeluErf;
    else if (activation == u"gelu_new")
        fresh.hiddenAct = core::Activation::GeluTanh;
    else if (activation == u"relu")
        fresh.hiddenAct = core::Activation::Relu;
    else
        fail(QStringLiteral("--activation '%1': use gelu, gelu_new or relu").arg(activation));
    if (!activation.isEmpty())
        fresh.hiddenActName = activation;
    fresh.hiddenDropout = fresh.attentionDropout =
        float(doubleValue(p, QStringLiteral("dropout"), 0.1, 0.0, 0.9));
    config.vocabFile = p.value(QStringLiteral("vocab"));
    config.learnedVocabSize = cmd.intValue(QStringLiteral("vocab-size"), 8000, 10);

    config.masking.seqLen = cmd.intValue(QStringLiteral("seq-len"), 128, 8);
    fresh.maxPositions = config.masking.seqLen;
    config.batchSize = cmd.intValue(QStringLiteral("batch-size"), 32, 1);
    config.epochs = cmd.intValue(QStringLiteral("epochs"), 1, 1);
    config.maxSteps = cmd.intValue(QStringLiteral("steps"), 0, 1);

    core::AdamWarmupOptions& o = config.optimizer;
    o.learningRate = doubleValue(p, QStringLiteral("lr"), 1e-4, 0.0, 10.0);
    o.minLr = doubleValue(p, QStringLiteral("min-lr"), 0.0, 0.0, 10.0);
    config.warmupProportion = doubleValue(p, QStringLiteral("warmup-proportion"), 0.1, 0.0, 1.0);
    o.warmupSteps = cmd.intValue(QStringLiteral("warmup-steps"), -1, 0);
    o.decaySteps = cmd.intValue(QStringLiteral("decay-steps"), -1, 1);
    o.weightDecay = doubleValue(p, QStringLiteral("weight-decay"), 0.01, 0.0, 1.0);
    o.amsgrad = p.isSet(QStringLiteral("amsgrad"));
    o.clipNorm = doubleValue(p, QStringLiteral("clip-norm"), 0.0, 0.0, 1e9);

    core::MaskingOptions& m = config.masking;
    m.maskRate = doubleValue(p, QStringLiteral("mask-rate"), 0.15, 0.0, 1.0);
    m.maskMaskRate = doubleValue(p, QStringLiteral("mask-mask-rate"), 0.8, 0.0, 1.0);
    m.maskRandomRate = doubleValue(p, QStringLiteral("mask-random-rate"), 0.1, 0.0, 1.0);
    m.swapSentenceRate = doubleValue(p, QStringLiteral("swap-rate"), 0.5, 0.0, 1.0);
    m.forceMask = !p.isSet(QStringLiteral("no-force-mask"));
    if (m.maskMaskRate + m.maskRandomRate > 1.0)
        fail(QStringLiteral("--mask-mask-rate plus --mask-random-rate is more than 1"));

    if (p.isSet(QStringLiteral("text-column")))
        config.classification.textColumn = p.value(QStringLiteral("text-column"));
    config.classification.secondColumn = p.value(QStringLiteral("second-column"));
    if (p.isSet(QStringLiteral("label-column")))
        config.classification.labelColumn = p.value(QStringLiteral("label-column"));
    config.trainablePrefixes = p.value(QStringLiteral("trainable")).split(u',', Qt::SkipEmptyParts);
    config.patience = cmd.intValue(QStringLiteral("patience"), 0, 0);
    if (p.isSet(QStringLiteral("monitor")))
        config.monitor = p.value(QStringLiteral("monitor"));
    config.validateEvery = cmd.intValue(QStringLiteral("validate-every"), 0, 1);
    config.checkpointEvery = cmd.intValue(QStringLiteral("checkpoint-every"), 1000, 0);
    config.probeSentences = p.values(QStringLiteral("probe"));
    config.probeEvery = cmd.intValue(QStringLiteral("probe-every"), 100, 1);
    if (p.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        config.seed = p.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            fail(QStringLiteral("--seed needs a whole number >= 0"));
    }
    config.resume = p.isSet(QStringLiteral("resume"));

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
                     point.learningRate, point.tokensPerSecond, qPrintable(duration(eta)),
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
    auto result = trainer.run(callbacks);
    g_trainer = nullptr;
    std::signal(SIGINT, SIG_DFL);
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
    writeStdout(QJsonDocument(summary).toJson(QJsonDocument::Indented));
    return 0;
}

} // namespace bertlab::cli
