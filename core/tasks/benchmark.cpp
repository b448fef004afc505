#include "core/tasks/benchmark.h"

#include "core/model/bert_model.h"
#include "core/model/random_weights.h"
#include "core/tensor/kernels.h"

#include <QElapsedTimer>

#include <algorithm>
#include <random>

namespace bertlab::core {

namespace {

// Best (smallest) wall time of `repeats` runs after one warm-up, in seconds.
double bestSeconds(int repeats, const std::function<void()>& run)
{
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

GemmCeiling measureGemmCeiling(int size)
{
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
    const double seconds = bestSeconds(5, [&] { fastKernels().gemm(p, a.data(), b.data(), nullptr, c.data()); });
    return {2.0 * double(n) * double(n) * double(n) / seconds * 1e-9, size};
}

ForwardTiming benchmarkBertBase(int batch, int sequenceLength, double ceilingGflops, int repeats)
{
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

TokenizerThroughput benchmarkTokenizer(qint64)
{
    return {};
}

} // namespace bertlab::core
