#pragma once

// Running a sequence classifier (a fine-tuned model's head): label probabilities for a text or a pair, and
// for every text of a file, written as a CSV of predictions.

#include "core/model/bert_model.h"
#include "core/result.h"
#include "core/tasks/progress.h"
#include "core/tasks/text_source.h"
#include "core/text/tokenizer.h"

#include <QString>

#include <vector>

namespace bertlab::core {

struct Classification {
    std::vector<float> probabilities; // one per label, in the model's label order
    int best = 0;                     // the most probable label (the first of equals)
};

// Each text's (or pair's) label probabilities, texts cut to maxLength tokens (0: the model's maximum).
// Fails when the model has no classifier head.
Result<std::vector<Classification>> classifyTexts(const BertModel& model, const Tokenizer& tokenizer,
                                                  const std::vector<TextInput>& texts, int maxLength = 0);

struct ClassifyFileParams {
    int maxLength = 0; // tokens per text, 0: the model's maximum
    int batchSize = 16;
};

struct ClassifyFileSummary {
    qint64 rows = 0;                    // predictions written
    std::vector<SkippedRecord> skipped; // bad records left out
    bool cancelled = false;             // progress asked to stop: nothing was written
};

// Classifies every text `source` gives and writes outputPath as CSV (RFC 4180, UTF-8):
//   index,<kept columns…>,text,label,probability,p_<label 0>,p_<label 1>,…   (pairs: text_a,text_b)
// index is the record's place in the input; label the most probable one and probability its probability.
// text_b is there when the first text is a pair (a second column, or a tab in the line); a pair after single
// texts keeps its line, tab included, in `text`.
// The file appears only when all is written (a temporary file renamed): a failure or a cancel leaves any
// earlier file as it was. progress gets (bytes read, total bytes).
Result<ClassifyFileSummary> classifyFile(const BertModel& model, const Tokenizer& tokenizer,
                                         TextSource& source, const QString& outputPath,
                                         const ClassifyFileParams& params = {},
                                         const ProgressCallback& progress = {});

} // namespace bertlab::core
