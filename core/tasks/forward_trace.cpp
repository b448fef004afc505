#include "core/tasks/forward_trace.h"

#include "core/tasks/attention_maps.h"
#include "core/translation.h"

namespace bertlab::core {

namespace {
QString tr(const char* text) {
    return translateCore(text, {});
}
} // namespace

Result<ForwardTrace> traceForward(const BertModel& model, const Tokenizer& tokenizer, const QString& first,
                                  const QString& second, int maxLength) {
    ForwardTrace trace;
    ForwardRequest request;
    request.hiddenStates = true;
    request.keepActivations = true;
    auto forward = forwardText(model, tokenizer, first, second, maxLength, request, trace.encoding);
    if (!forward)
        return Error{forward.errorString()};
    trace.result = std::move(*forward);
    return trace;
}

QStringList traceStepNames() {
    return {QStringLiteral("embedding-sum"), QStringLiteral("input"),         QStringLiteral("qkv"),
            QStringLiteral("context"),       QStringLiteral("attention-sum"), QStringLiteral("ffn-input"),
            QStringLiteral("intermediate"),  QStringLiteral("output-sum"),    QStringLiteral("output")};
}

bool traceStepIsPerLayer(const QString& step) {
    return step != u"embedding-sum";
}

Result<Tensor> traceStep(const ForwardTrace& trace, const QString& step, int layer) {
    if (!traceStepNames().contains(step))
        return Error{tr("'%1' is not a step of the forward pass; the steps are %2.")
                         .arg(step, traceStepNames().join(QStringLiteral(", ")))};
    const ForwardTape* tape = trace.result.tape.get();
    if (!tape)
        return Error{tr("The forward pass kept no intermediates.")};
    if (step == u"embedding-sum")
        return tape->embeddingSum;
    const int layers = int(tape->layers.size());
    if (layer < 0 || layer >= layers)
        return Error{tr("Layer %1 does not exist: the model has layers 1 to %2.").arg(layer + 1).arg(layers)};
    if (step == u"output")
        return trace.result.hiddenStates[std::size_t(layer) + 1];
    const EncoderLayerActivations& a = tape->layers[std::size_t(layer)];
    if (step == u"input")
        return a.input;
    if (step == u"qkv")
        return a.queryKeyValue;
    if (step == u"context")
        return a.context;
    if (step == u"attention-sum")
        return a.attentionSum;
    if (step == u"ffn-input")
        return a.feedForwardInput;
    if (step == u"intermediate")
        return a.intermediate;
    return a.outputSum;
}

} // namespace bertlab::core
