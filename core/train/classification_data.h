#pragma once

// Sequence classification data: CSV or TSV with a header, columns text[,text_b],label (chosen by name or
// position), labels mapped to indices in order of first appearance (or a given list).

#include "core/result.h"
#include "core/text/tokenizer.h"
#include "core/train/training_batch.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace bertlab::core {

struct ClassificationDataOptions {
    QString textColumn = QStringLiteral("text"); // header name (exact, else any case), or 1-based number
    QString secondColumn;                        // empty = single texts
    QString labelColumn = QStringLiteral("label");
    QChar delimiter; // null = from the extension (.tsv/.tab → tab, else ','); RFC 4180 quotes unless tab
    int maxLength = 128; // tokens, [CLS]/[SEP] included; longer pairs are cut
};

struct ClassificationData {
    std::vector<TrainingExample> examples; // classLabel set, no MLM/NSP targets
    QStringList labels;                    // index → label text
    std::vector<int> skippedLines;         // 1-based lines with invalid UTF-8, a missing column or no label
};

// labels: the label set to use (from the training file when reading a validation file); an unknown label
// is then an error naming the line. Blank lines are ignored; a file without examples is an error.
Result<ClassificationData> readClassificationData(const QString& path, const Tokenizer& tokenizer,
                                                  const ClassificationDataOptions& options,
                                                  const QStringList& labels = {});

// Deterministic shuffle-and-split: the last `fraction` (rounded) of a seeded permutation replaces
// `validation`; `train` keeps the rest in permuted order.
void splitTrainValidation(std::vector<TrainingExample>& train, std::vector<TrainingExample>& validation,
                          double fraction, std::uint64_t seed);

} // namespace bertlab::core
