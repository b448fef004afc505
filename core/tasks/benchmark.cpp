#include "core/tasks/benchmark.h"

#include "core/model/bert_model.h"
#include "core/model/random_weights.h"
#include "core/tasks/extraction_job.h"
#include "core/tasks/model_bundle.h"
#include "core/tensor/kernels.h"
#include "core/text/tokenizer.h"
#include "core/train/adam_warmup.h"
#include "core/train/trainable_bert.h"
#include "core/train/training_batch.h"
#include "core/train/training_config.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace bertlab::core {

namespace {

// Best (smallest) wall time of `repeats` runs after one warm-up, in seconds.
double bestSeconds(int repeats, const std::function<void()>& run) {
    run();
    double best = 1e30;
    for (int r = 0; r < repeats; ++r) {
        QElapsedTimer timer;
        timer.start();
        run();
        best = std::min(best, double(timer.nsecsElapsed()) * 1e-9);
    }
    return best;
}

} // namespace

GemmCeiling measureGemmCeiling(int size) {
    const std::int64_t n = size;
    Tensor a({n, n}), b({n, n}), c({n, n});
    std::mt19937 engine(1);
    std::uniform_real_distribution<float> uniform(-1.0f, 1.0f);
    for (std::int64_t i = 0; i < a.size(); ++i) {
        a[i] = uniform(engine);
        b[i] = uniform(engine);
    }
    GemmParams p;
    p.m = p.n = p.k = n;
    // The better of plain and pre-packed weights, so the ceiling is never flattered by a slow path.
    const auto packed = fastKernels().pack(b.data(), n, n);
    const double plain =
        bestSeconds(5, [&] { fastKernels().gemm(p, a.data(), b.data(), nullptr, c.data()); });
    const double prepacked =
        bestSeconds(5, [&] { fastKernels().gemm(p, a.data(), *packed, nullptr, c.data()); });
    const double seconds = std::min(plain, prepacked);
    return {2.0 * double(n) * double(n) * double(n) / seconds * 1e-9, size};
}

ForwardTiming benchmarkBertBase(int batch, int sequenceLength, double ceilingGflops, int repeats) {
    BertConfig config;
    config.vocabSize = 30522;
    config.maxPositions = 512;
    const BertModel model(config, randomBertWeights(config, 42, /*withHeads=*/false));

    std::mt19937 engine(7);
    std::uniform_int_distribution<int> token(1000, config.vocabSize - 1);
    TokenBatch tokens;
    for (int s = 0; s < batch; ++s) {
        std::vector<int> ids(static_cast<std::size_t>(sequenceLength));
        for (auto& id : ids)
            id = token(engine);
        tokens.add(ids, {});
    }
    const double seconds = bestSeconds(repeats, [&] { (void)model.forward(tokens); });

    ForwardTiming timing;
    timing.batch = batch;
    timing.sequenceLength = sequenceLength;
    timing.msPerSequence = seconds * 1e3 / batch;
    timing.gflops = encoderFlops(config, sequenceLength) * batch / seconds * 1e-9;
    timing.ceilingRatio = ceilingGflops > 0 ? timing.gflops / ceilingGflops : 0.0;
    return timing;
}

namespace {

// Pronounceable pseudo-words from syllables: whole words, and pieces that split longer words.
QString syllableWord(std::mt19937& engine, int syllables) {
    static const char* const parts[] = {"ka",  "lo",  "mi",  "ne",   "ru",  "sa", "ti", "vo",
                                        "ber", "tan", "dis", "pre",  "ing", "ed", "er", "al",
                                        "con", "str", "ous", "ment", "qu",  "ph", "ei", "ax"};
    std::uniform_int_distribution<int> pick(0, int(std::size(parts)) - 1);
    QString word;
    for (int i = 0; i < syllables; ++i)
        word += QLatin1String(parts[pick(engine)]);
    return word;
}

// 30,000 entries: specials, ASCII symbols, syllable words and "##" continuation pieces.
Vocab benchmarkVocab() {
    std::mt19937 engine(2024);
    QStringList tokens{QStringLiteral("[PAD]"), QStringLiteral("[UNK]"), QStringLiteral("[CLS]"),
                       QStringLiteral("[SEP]"), QStringLiteral("[MASK]")};
    for (char c = '!'; c <= '~'; ++c)
        tokens << QString(QLatin1Char(c));
    QSet<QString> seen(tokens.begin(), tokens.end());
    std::uniform_int_distribution<int> syllables(1, 4); // 24 + 24^2 + 24^3 + 24^4 candidates: plenty for 30k
    while (tokens.size() < 30000) {
        const bool continuation = tokens.size() % 4 == 0;
        const QString piece =
            (continuation ? QStringLiteral("##") : QString()) + syllableWord(engine, syllables(engine));
        if (!seen.contains(piece)) {
            seen.insert(piece);
            tokens << piece;
        }
    }
    return Vocab::fromTokens(tokens);
}

// A sentence of 1-4 syllable words (longer ones split into pieces or fall back to [UNK]), with
// punctuation, capitals, accents and some CJK, as in real multilingual text.
QString benchmarkSentence(std::mt19937& engine, int words) {
    std::uniform_int_distribution<int> wordLength(1, 4), extra(0, 19);
    QString sentence;
    for (int w = 0; w < words; ++w) {
        QString word = syllableWord(engine, wordLength(engine));
        const int e = extra(engine);
        if (e == 0)
            word[0] = word[0].toUpper();
        else if (e == 1)
            word += QStringLiteral("é");
        else if (e == 2)
            word = QStringLiteral("中文字");
        sentence += word;
        sentence += e == 3 ? QStringLiteral(", ") : QStringLiteral(" ");
    }
    return sentence + u'.';
}

} // namespace

TokenizerThroughput benchmarkTokenizer(qint64 corpusBytes) {
    const Tokenizer tokenizer(benchmarkVocab());
    std::mt19937 engine(7);
    std::uniform_int_distribution<int> sentenceLength(5, 25);
    QStringList lines;
    qint64 bytes = 0;
    while (bytes < corpusBytes) {
        lines << benchmarkSentence(engine, sentenceLength(engine));
        bytes += lines.back().toUtf8().size() + 1;
    }

    qint64 tokenCount = 0;
    const double seconds = bestSeconds(3, [&] {
        tokenCount = 0;
        for (const auto& line : lines)
            tokenCount += tokenizer.tokenize(line).size();
    });
    return {double(bytes) / seconds * 1e-6, double(tokenCount) / seconds, bytes, tokenCount};
}

namespace {

// [CLS] a [SEP] b [SEP] of random word ids (ids 0-999 are left to specials, as in BERT's vocabularies),
// 15% of the word positions masked BERT's way (80% [MASK], 10% random, 10% kept), a random NSP label.
TrainingBatch randomPretrainingBatch(std::mt19937& engine, int batch, int length, int vocab) {
    constexpr int cls = 101, sep = 102, mask = 103; // bert-base-uncased's ids
    std::uniform_int_distribution<int> word(1000, vocab - 1), coin(0, 1);
    std::uniform_real_distribution<float> roll(0.0f, 1.0f);
    const int split = 1 + (length - 3) / 2; // position of the middle [SEP]
    std::vector<TrainingExample> examples;
    for (int s = 0; s < batch; ++s) {
        TrainingExample e;
        e.ids.resize(std::size_t(length));
        e.segments.assign(std::size_t(length), 0);
        std::vector<int> words;
        for (int t = 0; t < length; ++t) {
            if (t == 0)
                e.ids[t] = cls;
            else if (t == split || t == length - 1)
                e.ids[t] = sep;
            else {
                e.ids[t] = word(engine);
                words.push_back(t);
            }
            if (t > split)
                e.segments[std::size_t(t)] = 1;
        }
        std::shuffle(words.begin(), words.end(), engine);
        words.resize(std::size_t(std::max(1, int(std::lround(0.15 * length)))));
        std::sort(words.begin(), words.end());
        for (int t : words) {
            e.maskedPositions.push_back(t);
            e.maskedLabels.push_back(e.ids[std::size_t(t)]);
            const float r = roll(engine);
            if (r < 0.8f)
                e.ids[std::size_t(t)] = mask;
            else if (r < 0.9f)
                e.ids[std::size_t(t)] = word(engine);
        }
        e.nspLabel = coin(engine);
        examples.push_back(std::move(e));
    }
    return TrainingBatch::fromExamples(examples);
}

} // namespace

TrainingTiming benchmarkTraining(int steps, int warmupSteps, int batch, int sequenceLength) {
    BertConfig config; // BERT-mini (Turc et al. 2019): L4 H256 A4
    config.vocabSize = 30522;
    config.hiddenSize = 256;
    config.numLayers = 4;
    config.numHeads = 4;
    config.intermediateSize = 1024;
    config.maxPositions = 512;

    TrainingTiming timing;
    timing.layers = config.numLayers;
    timing.hidden = config.hiddenSize;
    timing.heads = config.numHeads;
    timing.intermediate = config.intermediateSize;
    timing.vocab = config.vocabSize;
    timing.batch = batch;
    timing.sequenceLength = sequenceLength;
    timing.maskedPerSequence = std::max(1, int(std::lround(0.15 * sequenceLength)));
    timing.warmupSteps = warmupSteps;
    timing.steps = steps;
    timing.optimizer = true;
    if (steps < 1 || warmupSteps < 0 || batch < 1 || sequenceLength < 5 ||
        sequenceLength > config.maxPositions) {
        timing.error = QStringLiteral("no training figures for %1 steps of batch %2, length %3")
                           .arg(steps)
                           .arg(batch)
                           .arg(sequenceLength);
        return timing;
    }

    TrainableBert model(config, randomBertWeights(config, 42, /*withHeads=*/true), TrainableHeads{});
    AdamWarmupOptions adamOptions;
    adamOptions.learningRate = 1e-4;
    adamOptions.warmupSteps = 10;
    adamOptions.decaySteps = 10000;
    AdamWarmup adam(adamOptions);

    // A fresh batch every step, drawn before the clock starts.
    std::mt19937 engine(7);
    std::vector<TrainingBatch> batches;
    for (int i = 0; i < warmupSteps + steps; ++i)
        batches.push_back(randomPretrainingBatch(engine, batch, sequenceLength, config.vocabSize));

    // The ceiling around the steps (a neighbour's load at one end does not make the estimate look good).
    const double ceilingBefore = measureGemmCeiling(1024).gflops;
    StepOptions options; // training, dropout 0.1 from the config
    std::vector<double> seconds;
    for (int i = 0; i < warmupSteps + steps; ++i) {
        options.dropoutSeed = std::uint64_t(i + 1);
        QElapsedTimer timer;
        timer.start();
        const auto result = model.step(batches[std::size_t(i)], options);
        if (!result) {
            timing.error = result.errorString();
            return timing;
        }
        adam.apply(model.parameters());
        if (i >= warmupSteps)
            seconds.push_back(double(timer.nsecsElapsed()) * 1e-9);
        timing.finalLoss = result->loss;
    }
    const double total = std::accumulate(seconds.begin(), seconds.end(), 0.0);
    timing.msPerStep = total * 1e3 / double(steps);
    timing.bestMsPerStep = *std::min_element(seconds.begin(), seconds.end()) * 1e3;
    timing.stepsPerSecond = double(steps) / total;
    for (double t : seconds)
        timing.stepMs.push_back(t * 1e3);
    timing.ceilingGflops = std::max(ceilingBefore, measureGemmCeiling(1024).gflops);
    TrainingConfig run;
    run.batchSize = batch;
    run.masking.seqLen = sequenceLength;
    timing.estimatedMsPerStep =
        estimatedSecondsPerStep(estimateTraining(run, config, 0), timing.ceilingGflops) * 1e3;
    return timing;
}

ExtractionTiming benchmarkExtraction(int lineCount, int batchSize) {
    BertConfig config;
    config.vocabSize = 30000;
    auto bundle =
        ModelBundle::fromParts(config, randomBertWeights(config, 42, /*withHeads=*/false), benchmarkVocab());

    // Mixed lengths: 3 to 90 words, cut at 128 tokens.
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("lines.txt"));
    {
        QFile file(input);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        std::mt19937 engine(11);
        std::uniform_int_distribution<int> words(3, 90);
        for (int i = 0; i < lineCount; ++i)
            file.write(benchmarkSentence(engine, words(engine)).toUtf8() + '\n');
    }
    ExtractionJobSpec spec;
    spec.inputPath = input;
    spec.outputPath = dir.filePath(QStringLiteral("lines.csv"));
    spec.params.poolings = {Pooling::Average};
    spec.params.maxLength = 128;
    spec.params.batchSize = batchSize;

    ExtractionTiming timing;
    timing.lines = lineCount;

    // The same batches through the model alone, tokenized beforehand.
    const Tokenizer tokenizer = bundle->tokenizer({});
    std::vector<TokenBatch> batches;
    {
        QFile file(input);
        if (!file.open(QIODevice::ReadOnly))
            return timing;
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (int i = 0; i < lineCount; i += batchSize) {
            TokenBatch batch;
            for (int j = i; j < std::min(lineCount, i + batchSize); ++j) {
                const Encoding e = tokenizer.encode(QString::fromUtf8(lines[j]), QString(), 128);
                batch.add(e.ids, e.segments);
            }
            batches.push_back(std::move(batch));
        }
    }
    ForwardRequest request; // what the job asks for: the last layer's states
    request.hiddenStatesOf.push_back(config.numLayers);
    QElapsedTimer clock;
    const auto forwardAlone = [&] {
        clock.restart();
        for (const auto& batch : batches)
            (void)bundle->model().forward(batch, request);
        return double(clock.nsecsElapsed()) * 1e-9;
    };

    // Forward, pipeline, forward: the ratio uses the mean of the two forwards around the pipeline.
    timing.forwardBefore = forwardAlone();
    clock.restart();
    ExtractionJob job(bundle, spec);
    if (!job.run())
        return timing;
    timing.pipelineSeconds = double(clock.nsecsElapsed()) * 1e-9;
    timing.forwardAfter = forwardAlone();
    timing.forwardSeconds = (timing.forwardBefore + timing.forwardAfter) / 2.0;
    timing.ratio = timing.pipelineSeconds / timing.forwardSeconds;
    return timing;
}

} // namespace bertlab::core
