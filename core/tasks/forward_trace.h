#pragma once

#include "core/model/bert_model.h"
#include "core/result.h"
#include "core/text/tokenizer.h"

#include <QStringList>

namespace bertlab::core {

// One forward pass over a text (or pair) with every intermediate kept (the model's ForwardTape): what
// `bertlab-cli inspect` prints, step by step, the way a walk through BERT's computation shows it.
struct ForwardTrace {
    Encoding encoding;
    ForwardResult result; // with hidden states, attentions, pooled output and the tape
};

Result<ForwardTrace> traceForward(const BertModel& model, const Tokenizer& tokenizer, const QString& first,
                                  const QString& second = {}, int maxLength = 0);

// The intermediates by name, in the order of the computation: "embedding-sum" (token + segment + position
// embeddings, before LayerNorm), then per layer "input", "qkv" (the fused query/key/value projections),
// "context" (the heads' weighted values side by side), "attention-sum" (input + attention output, before
// LayerNorm), "ffn-input" (after it), "intermediate" (the feed-forward's first projection, before the
// activation), "output-sum" (before the last LayerNorm) and "output" (the layer's output).
QStringList traceStepNames();
bool traceStepIsPerLayer(const QString& step);

// One intermediate, [tokens, width]; `layer` from 0 (ignored for "embedding-sum"). Errors name the step
// or the layer range.
Result<Tensor> traceStep(const ForwardTrace& trace, const QString& step, int layer);

} // namespace bertlab::core
