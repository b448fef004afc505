#include "core/text/keras_rematch.h"

#include "core/text/unicode_classes.h"

#include <string>

namespace bertlab::core {

namespace {

// keras-bert's _is_space.
bool isKerasSpace(char32_t c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' ||
           (c >= 0x80 && unicode::isWhitespace(c) && c != 0x2028 && c != 0x2029);
}

bool isContinuation(const std::u32string& token) {
    return token.size() > 2 && token[0] == U'#' && token[1] == U'#';
}

} // namespace

std::vector<std::pair<int, int>> kerasRematch(QStringView textView, const QStringList& tokenList, bool cased,
                                              const QString& unknownToken) {
    std::vector<std::u32string> tokens;
    tokens.reserve(std::size_t(tokenList.size()));
    for (const QString& token : tokenList)
        tokens.push_back(unicode::toCodePoints(token));

    // The tokens joined back: continuations glued, others after a space; [UNK] stands in as "#".
    std::u32string decoded;
    std::vector<std::pair<int, int>> tokenOffsets;
    for (std::size_t t = 0; t < tokens.size(); ++t) {
        std::u32string token = tokenList.at(qsizetype(t)) == unknownToken ? std::u32string(U"#") : tokens[t];
        if (!cased)
            token = unicode::pythonLower(token);
        int start = int(decoded.size());
        if (isContinuation(token)) {
            token.erase(0, 2);
        } else if (!decoded.empty()) {
            token.insert(token.begin(), U' ');
            ++start;
        }
        decoded += token;
        tokenOffsets.emplace_back(start, int(decoded.size()));
    }

    // Python's text.rstrip(), then leading keras spaces are skipped and added back at the end.
    std::u32string text = unicode::toCodePoints(textView);
    while (!text.empty() && unicode::isPythonSpace(text.back()))
        text.pop_back();
    std::size_t heading = 0;
    while (heading < text.size() && isKerasSpace(text[heading]))
        ++heading;
    text.erase(0, heading);

    const std::size_t lenText = text.size();
    const std::size_t lenDecoded = decoded.size();
    const std::size_t width = lenDecoded + 1;
    std::vector<int> costs[2] = {std::vector<int>(width), std::vector<int>(width)};
    // Back-pointers (i, j) packed as one index i * width + j; -1 is keras-bert's (-1, -1).
    std::vector<long long> paths((lenText + 1) * width, -1);
    int curr = 0;
    int prev = 1;
    for (std::size_t j = 0; j <= lenDecoded; ++j)
        costs[curr][j] = int(j);
    std::u32string lowered;
    for (std::size_t i = 1; i <= lenText; ++i) {
        std::swap(curr, prev);
        costs[curr][0] = int(i);
        // A lower-cased char may be two code points (U+0130); then it matches nothing.
        lowered.clear();
        if (cased)
            lowered.push_back(text[i - 1]);
        else
            unicode::appendLower(std::u32string_view(&text[i - 1], 1), 0, lowered);
        const bool single = lowered.size() == 1;
        for (std::size_t j = 1; j <= lenDecoded; ++j) {
            const long long diagonal = (long long)(i - 1) * (long long)width + (long long)(j - 1);
            costs[curr][j] = costs[prev][j - 1];
            paths[i * width + j] = diagonal;
            if (!(single && lowered[0] == decoded[j - 1])) {
                if (costs[prev][j] < costs[curr][j]) {
                    costs[curr][j] = costs[prev][j];
                    paths[i * width + j] = (long long)(i - 1) * (long long)width + (long long)j;
                }
                if (costs[curr][j - 1] < costs[curr][j]) {
                    costs[curr][j] = costs[curr][j - 1];
                    paths[i * width + j] = (long long)i * (long long)width + (long long)(j - 1);
                }
                costs[curr][j] += 1;
            }
        }
    }

    std::vector<int> matches(lenDecoded + 1, 0);
    for (long long position = (long long)lenText * (long long)width + (long long)lenDecoded;
         position != -1;) {
        const std::size_t i = std::size_t(position) / width;
        const std::size_t j = std::size_t(position) % width;
        matches[j] = int(i);
        position = paths[std::size_t(position)];
    }

    std::vector<std::pair<int, int>> intervals;
    intervals.reserve(tokenOffsets.size());
    for (const auto& [start, end] : tokenOffsets)
        intervals.emplace_back(matches[std::size_t(start)], matches[std::size_t(end)]);

    // Where the matched text is not the token, widen the span to the surrounding non-space chars.
    for (std::size_t t = 0; t < intervals.size(); ++t) {
        auto& [from, to] = intervals[t];
        std::u32string tokenA =
            from < to ? text.substr(std::size_t(from), std::size_t(to - from)) : std::u32string();
        std::u32string tokenB = tokens[t];
        if (isContinuation(tokenB))
            tokenB.erase(0, 2);
        if (!cased) {
            tokenA = unicode::pythonLower(tokenA);
            tokenB = unicode::pythonLower(tokenB);
        }
        if (tokenA == tokenB)
            continue;
        const int leftBorder = t == 0 ? 0 : intervals[t - 1].second;
        for (int j = from - 1; j >= leftBorder; --j) {
            if (isKerasSpace(text[std::size_t(j)]))
                break;
            --from;
        }
        const int rightBorder = t + 1 == intervals.size() ? int(lenText) : intervals[t + 1].first;
        for (int j = to; j < rightBorder; ++j) {
            if (isKerasSpace(text[std::size_t(j)]))
                break;
            ++to;
        }
    }
    for (auto& [from, to] : intervals) {
        from += int(heading);
        to += int(heading);
    }
    return intervals;
}

} // namespace bertlab::core
