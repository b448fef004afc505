#pragma once

// How the Attention page (and `bertlab-cli attention`) shows attention: one head or the mean over heads, with
// [CLS]/[SEP] hidden, word pieces merged or one block of a sentence pair, and the CSV of what is shown.

#include <QByteArray>
#include <QStringList>

#include <vector>

namespace bertlab::core {

struct AttentionMaps;

// One attention matrix as the views draw it: row = query, column = key, row-major values.
struct AttentionMatrix {
    QStringList rowLabels;    // queries
    QStringList columnLabels; // keys
    std::vector<float> values;
    int rows = 0;
    int cols = 0;
    // The token positions ([CLS] is 0) behind each row and column (several for merged word pieces); empty
    // when the matrix is a plain token × token one.
    std::vector<std::vector<int>> rowPositions, columnPositions;

    bool isEmpty() const { return rows == 0 || cols == 0; }
    float at(int row, int col) const {
        return values[std::size_t(row) * std::size_t(cols) + std::size_t(col)];
    }
    float maximum() const; // 0 when empty
};

// Which part of a sentence pair to show: everything, queries of the first text attending to keys of the
// second (A→B), or the reverse (B→A). Segments follow the encoding: [CLS] and the first [SEP] belong to A.
enum class AttentionBlock { All, FirstToSecond, SecondToFirst };

struct AttentionViewOptions {
    bool meanOverHeads = false;   // average the given heads instead of showing one
    bool hideSpecials = false;    // drop [CLS], [SEP] and [PAD] rows and columns
    bool mergeWordPieces = false; // "play ##ing" becomes one row/column "playing"
    AttentionBlock block = AttentionBlock::All;
};

// The rows and columns left after the options, each a group of token positions with its label.
struct AttentionAxes {
    std::vector<std::vector<int>> rows, columns;
    QStringList rowLabels, columnLabels;
};

bool isSpecialToken(const QString& token);

// Groups token positions as the options say. Merging joins a "##" piece to the word before it in the same
// segment (never to a special token). A block restriction needs a pair; with a single text it shows all.
AttentionAxes attentionAxes(const QStringList& tokens, const std::vector<int>& segments,
                            const AttentionViewOptions& options);

// The shown matrix of a square token × token matrix: a cell is the SUM of the weights over its column
// group's keys, AVERAGED over its row group's queries, so a merged row still sums to what its pieces
// gave on average. Hidden tokens are simply left out: rows are NOT renormalised, so with specials hidden a
// row sums to 1 minus what that query gave to [CLS]/[SEP] (the weights stay the model's own numbers).
AttentionMatrix applyAxes(const AttentionMatrix& square, const AttentionAxes& axes);

// Element-wise mean of same-shaped matrices (labels from the first); empty in, empty out.
AttentionMatrix meanOfHeads(const std::vector<AttentionMatrix>& heads);

// The matrix a view shows: heads[head], or with meanOverHeads the mean of all `heads`, then applyAxes.
AttentionMatrix shownAttention(const std::vector<AttentionMatrix>& heads, int head,
                               const std::vector<int>& segments, const AttentionViewOptions& options);

// One head of the engine's maps as a square matrix labelled with the encoding's tokens.
AttentionMatrix headMatrix(const AttentionMaps& maps, int layer, int head);

// What the Attention page's large view (and `bertlab-cli attention --layer …`) shows for `layer` (from 0):
// head `head`, or with meanOverHeads the mean of `heads` (every head when empty), with the token options.
// Empty for a layer or head out of range.
AttentionMatrix attentionView(const AttentionMaps& maps, int layer, int head, const std::vector<int>& heads,
                              const AttentionViewOptions& options);

// CSV of a matrix: a header of column labels, then each row label and its values with 9 significant digits;
// fields with a comma, quote or line break are quoted (RFC 4180). Labels carry their token positions
// ("3:fox", merged "5-6:playing") so repeated tokens stay apart; the top-left cell says what the matrix is
// (`corner`, e.g. attentionCsvCorner()).
QByteArray attentionCsv(const AttentionMatrix& matrix, const QString& corner = {});
// "L3 H2 (rows: queries; columns: keys)", or "L3 mean of H1+H2+H4 (…)"; layer and heads from 0.
QString attentionCsvCorner(int layer, int head, bool mean, const std::vector<int>& heads, int headCount);

} // namespace bertlab::core
