#include "core/train/step_context.h"

#include "core/model/layers.h"
#include "core/tensor/compute_threads.h"

#include <cmath>

namespace bertlab::core {

StepContext::StepContext(const BertConfig& config_, const StepOptions& options, const TokenBatch& tokens_,
                         std::vector<Parameter>& parameters_, std::vector<char>& written_)
    : config(config_)
    , exact(options.path == KernelPath::Reference)
    , training(options.training)
    , dropoutSeed(options.dropoutSeed)
    , classifierDropout(options.classifierDropout)
    , kernels(exact ? referenceKernels() : fastKernels())
    , threads(computeThreads())
    , hsz(config_.hiddenSize)
    , isz(config_.intermediateSize)
    , heads(config_.numHeads)
    , headSize(hsz / heads)
    , scale(1.0f / std::sqrt(float(headSize)))
    , eps(config_.layerNormEps)
    , act(epilogueFor(config_.hiddenAct))
    , vocab(config_.vocabSize)
    , tokens(tokens_)
    , sequences(tokens_.sequenceCount())
    , n(tokens_.tokenCount())
    , rows(roundUp(n, 64))
    , parallelSequences(!exact && sequences > 1 && threads > 1)
    , parameters(parameters_)
    , written(written_) {}

bool StepContext::anyTrainable(int begin, int end) const {
    for (int i = begin; i < end; ++i) {
        if (parameters[std::size_t(i)].trainable)
            return true;
    }
    return false;
}

float* StepContext::grad(int i) const {
    if (!trainable(i))
        return nullptr;
    written[std::size_t(i)] = 1;
    return parameters[std::size_t(i)].grad.data();
}

void StepContext::denseGrad(const float* x, const float* dy, int i, std::int64_t r, std::int64_t in,
                            std::int64_t out, std::int64_t ldy, float alpha) const {
    if (float* g = grad(i))
        GemmCall(kernels, in, out, r).ta().ld(in, ldy, out).alpha(alpha).run(x, dy, g);
    if (float* g = grad(i + 1)) {
        backward::columnSums(exact, dy, r, out, ldy, g);
        if (alpha != 1.0f)
            for (std::int64_t c = 0; c < out; ++c)
                g[c] *= alpha;
    }
}

} // namespace bertlab::core
