#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <utility>
#include <vector>

namespace bertlab::core {

// keras_bert.Tokenizer.rematch, reproduced number for number: where each token lies in text ([start, end) in
// code points), found by an edit-distance alignment of the text with the tokens joined back together. It is a
// heuristic (it drifts around control characters, Hangul and other text that normalization changes) and costs
// O(text x tokens) time and memory; Tokenizer::encode() gives exact spans without it. Provided for callers
// that must agree with keras-bert code, e.g. NER labels aligned by rematch.
std::vector<std::pair<int, int>> kerasRematch(QStringView text, const QStringList& tokens, bool cased,
                                              const QString& unknownToken = QStringLiteral("[UNK]"));

} // namespace bertlab::core
