#include "core/tasks/attention_view.h"

#include "core/display_format.h"
#include "core/tasks/attention_maps.h"

#include <algorithm>

namespace bertlab::core {

float AttentionMatrix::maximum() const {
    return values.empty() ? 0.0f : *std::max_element(values.begin(), values.end());
}

bool isSpecialToken(const QString& token) {
    return token == QLatin1String("[CLS]") || token == QLatin1String("[SEP]") ||
           token == QLatin1String("[PAD]");
}

namespace {

struct Group {
    std::vector<int> positions;
    QString label;
    int segment = 0;
};

std::vector<Group> groupTokens(const QStringList& tokens, const std::vector<int>& segments, bool merge,
                               bool hideSpecials) {
    std::vector<Group> groups;
    for (int i = 0; i < tokens.size(); ++i) {
        const QString& token = tokens[i];
        const int segment = i < int(segments.size()) ? segments[std::size_t(i)] : 0;
        const bool special = isSpecialToken(token);
        if (special && hideSpecials)
            continue;
        // A continuation piece joins the word before it, unless that "word" is a special token or the
        // other text of the pair (a text can start with "##" when it was typed that way).
        const bool continues = merge && !special && token.startsWith(QLatin1String("##")) &&
                               !groups.empty() && groups.back().segment == segment &&
                               !isSpecialToken(tokens[groups.back().positions.back()]) &&
                               groups.back().positions.back() == i - 1;
        if (continues) {
            groups.back().positions.push_back(i);
            groups.back().label += token.mid(2);
        } else {
            groups.push_back({{i}, token, segment});
        }
    }
    return groups;
}

} // namespace

AttentionAxes attentionAxes(const QStringList& tokens, const std::vector<int>& segments,
                            const AttentionViewOptions& options) {
    const auto groups = groupTokens(tokens, segments, options.mergeWordPieces, options.hideSpecials);
    const bool isPair = std::any_of(segments.begin(), segments.end(), [](int s) { return s == 1; });
    const AttentionBlock block = isPair ? options.block : AttentionBlock::All;
    const auto wanted = [&](const Group& g, bool row) {
        switch (block) {
        case AttentionBlock::All:
            return true;
        case AttentionBlock::FirstToSecond:
            return g.segment == (row ? 0 : 1);
        case AttentionBlock::SecondToFirst:
            return g.segment == (row ? 1 : 0);
        }
        return true;
    };
    AttentionAxes axes;
    for (const auto& g : groups) {
        if (wanted(g, true)) {
            axes.rows.push_back(g.positions);
            axes.rowLabels << g.label;
        }
        if (wanted(g, false)) {
            axes.columns.push_back(g.positions);
            axes.columnLabels << g.label;
        }
    }
    return axes;
}

AttentionMatrix applyAxes(const AttentionMatrix& square, const AttentionAxes& axes) {
    AttentionMatrix out;
    out.rowLabels = axes.rowLabels;
    out.columnLabels = axes.columnLabels;
    out.rowPositions = axes.rows;
    out.columnPositions = axes.columns;
    out.rows = int(axes.rows.size());
    out.cols = int(axes.columns.size());
    out.values.assign(std::size_t(out.rows) * std::size_t(out.cols), 0.0f);
    for (int r = 0; r < out.rows; ++r) {
        const auto& queries = axes.rows[std::size_t(r)];
        for (int c = 0; c < out.cols; ++c) {
            double sum = 0; // double: merged cells add many small weights
            for (int q : queries) {
                for (int k : axes.columns[std::size_t(c)]) {
                    if (q < square.rows && k < square.cols)
                        sum += square.at(q, k);
                }
            }
            out.values[std::size_t(r) * std::size_t(out.cols) + std::size_t(c)] =
                float(sum / double(queries.size()));
        }
    }
    return out;
}

AttentionMatrix meanOfHeads(const std::vector<AttentionMatrix>& heads) {
    if (heads.empty())
        return {};
    AttentionMatrix out = heads.front();
    if (heads.size() == 1)
        return out;
    std::vector<double> sum(out.values.begin(), out.values.end());
    for (std::size_t h = 1; h < heads.size(); ++h) {
        const auto& values = heads[h].values;
        for (std::size_t i = 0; i < sum.size() && i < values.size(); ++i)
            sum[i] += values[i];
    }
    for (std::size_t i = 0; i < sum.size(); ++i)
        out.values[i] = float(sum[i] / double(heads.size()));
    return out;
}

AttentionMatrix shownAttention(const std::vector<AttentionMatrix>& heads, int head,
                               const std::vector<int>& segments, const AttentionViewOptions& options) {
    if (heads.empty())
        return {};
    const AttentionMatrix square = options.meanOverHeads
                                       ? meanOfHeads(heads)
                                       : heads[std::size_t(std::clamp(head, 0, int(heads.size()) - 1))];
    return applyAxes(square, attentionAxes(square.rowLabels, segments, options));
}

AttentionMatrix headMatrix(const AttentionMaps& maps, int layer, int head) {
    AttentionMatrix m;
    if (layer < 0 || layer >= maps.layerCount() || head < 0 || head >= maps.headCount())
        return m;
    const Tensor& t = maps.layers[std::size_t(layer)];
    const int n = int(t.dim(1));
    m.rows = m.cols = n;
    m.rowLabels = m.columnLabels = maps.encoding.tokens.mid(0, n);
    const float* begin = t.data() + std::int64_t(head) * n * n;
    m.values.assign(begin, begin + std::int64_t(n) * n);
    return m;
}

AttentionMatrix attentionView(const AttentionMaps& maps, int layer, int head, const std::vector<int>& heads,
                              const AttentionViewOptions& options) {
    if (layer < 0 || layer >= maps.layerCount())
        return {};
    std::vector<AttentionMatrix> squares;
    if (options.meanOverHeads) {
        for (int h = 0; h < maps.headCount(); ++h)
            if (heads.empty() || std::find(heads.begin(), heads.end(), h) != heads.end())
                squares.push_back(headMatrix(maps, layer, h));
    } else if (head >= 0 && head < maps.headCount()) {
        squares.push_back(headMatrix(maps, layer, head));
    }
    return shownAttention(squares, 0, maps.encoding.segments, options);
}

namespace {

// "3:fox", "5-6:playing", or the bare label when the positions are unknown.
QString positionedLabel(const QString& label, const std::vector<std::vector<int>>& positions, int index,
                        bool plain) {
    if (plain)
        return QStringLiteral("%1:%2").arg(index).arg(label);
    if (index >= int(positions.size()) || positions[std::size_t(index)].empty())
        return label;
    const auto& p = positions[std::size_t(index)];
    const auto [low, high] = std::minmax_element(p.begin(), p.end());
    return *low == *high ? QStringLiteral("%1:%2").arg(*low).arg(label)
                         : QStringLiteral("%1-%2:%3").arg(*low).arg(*high).arg(label);
}

} // namespace

QByteArray attentionCsv(const AttentionMatrix& matrix, const QString& corner) {
    // A matrix without positions is the plain token × token one: its index is the position.
    const bool plainRows = matrix.rowPositions.empty(), plainColumns = matrix.columnPositions.empty();
    QByteArray out = csvField(corner);
    for (int c = 0; c < matrix.cols; ++c)
        out += ',' + csvField(positionedLabel(matrix.columnLabels.value(c), matrix.columnPositions, c,
                                              plainColumns));
    out += '\n';
    for (int r = 0; r < matrix.rows; ++r) {
        out += csvField(positionedLabel(matrix.rowLabels.value(r), matrix.rowPositions, r, plainRows));
        for (int c = 0; c < matrix.cols; ++c)
            out += ',' + QByteArray::number(double(matrix.at(r, c)), 'g', 9);
        out += '\n';
    }
    return out;
}

QString attentionCsvCorner(int layer, int head, bool mean, const std::vector<int>& heads, int headCount) {
    QString what;
    if (!mean) {
        what = QStringLiteral("L%1 H%2").arg(layer + 1).arg(head + 1);
    } else {
        QStringList names;
        for (int h = 0; h < headCount; ++h)
            if (heads.empty() || std::find(heads.begin(), heads.end(), h) != heads.end())
                names << QStringLiteral("H%1").arg(h + 1);
        what = QStringLiteral("L%1 mean of %2").arg(layer + 1).arg(names.join(u'+'));
    }
    // No comma, so the cell needs no quotes.
    return what + QStringLiteral(" (rows: queries; columns: keys)");
}

} // namespace bertlab::core
