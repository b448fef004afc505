#include "core/tasks/benchmark.h"

#include "core/model/bert_model.h"
#include "core/model/random_weights.h"
#include "core/tensor/kernels.h"
#include "core/text/tokenizer.h"

#include <QElapsedTimer>
#include <QSet>

#include <algorithm>
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

} // namespace

TokenizerThroughput benchmarkTokenizer(qint64 corpusBytes) {
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
    const Tokenizer tokenizer(Vocab::fromTokens(tokens));

    // Sentences of 1-4 syllable words (longer ones split into pieces or fall back to [UNK]), with
    // punctuation, capitals, accents and some CJK, as in real multilingual text.
    QString corpus;
    std::uniform_int_distribution<int> wordLength(1, 4), sentenceLength(5, 25), extra(0, 19);
    while (corpus.size() < corpusBytes) {
        const int words = sentenceLength(engine);
        for (int w = 0; w < words; ++w) {
            QString word = syllableWord(engine, wordLength(engine));
            const int e = extra(engine);
            if (e == 0)
                word[0] = word[0].toUpper();
            else if (e == 1)
                word += QStringLiteral("é");
            else if (e == 2)
                word = QStringLiteral("中文字");
            corpus += word;
            corpus += e == 3 ? QStringLiteral(", ") : QStringLiteral(" ");
        }
        corpus += QStringLiteral(".\n");
    }
    const QStringList lines = corpus.split(u'\n', Qt::SkipEmptyParts);
    const qint64 bytes = corpus.toUtf8().size();

    qint64 tokenCount = 0;
    const double seconds = bestSeconds(3, [&] {
        tokenCount = 0;
        for (const auto& line : lines)
            tokenCount += tokenizer.tokenize(line).size();
    });
    return {double(bytes) / seconds * 1e-6, double(tokenCount) / seconds, bytes, tokenCount};
}

} // namespace bertlab::core
