#include "core/train/wordpiece_trainer.h"

#include "core/translation.h"

#include "core/text/basic_tokenizer.h"
#include "core/text/unicode_classes.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QStringDecoder>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <queue>
#include <unordered_map>
#include <unordered_set>

namespace bertlab::core {

namespace {

QString tr(const char* text) {
    return translateCore(text,
                         {"WordPieceTrainer", "bertlab::core::WordCounter", "bertlab::core::MergeTrainer"});
}

// Google's max_input_chars_per_word: longer words become one [UNK], so they teach nothing.
constexpr int kMaxWordChars = 100;
// Lines longer than this (bytes) are ignored when training from a file.
constexpr qint64 kMaxLineBytes = 4 << 20;
constexpr int kProgressEvery = 64;

// Word counts after the tokenizer's basic tokenization (the same cleaning, splitting and casing).
class WordCounter final {
public:
    explicit WordCounter(const WordPieceTrainingOptions& options)
        : m_basic(TokenizerOptions::of(TokenizerMode::HuggingFace, options.cased), specials(options)) {}

    void add(QStringView text) {
        m_basic.run(text, m_tokens);
        const std::u32string_view chars(m_tokens.chars);
        for (const BasicTokens::Word& word : m_tokens.words) {
            if (word.specialId >= 0 || word.end <= word.begin)
                continue;
            ++m_counts[std::u32string(
                chars.substr(std::size_t(word.begin), std::size_t(word.end - word.begin)))];
        }
    }
    std::unordered_map<std::u32string, std::int64_t>& counts() { return m_counts; }

private:
    // Special-token literals in the text stay whole (as the tokenizer keeps them) and are not counted.
    static std::vector<std::pair<std::u32string, int>> specials(const WordPieceTrainingOptions& options) {
        std::vector<std::pair<std::u32string, int>> out;
        for (const QString& token : options.specialTokens)
            out.emplace_back(unicode::toCodePoints(token), int(out.size()));
        return out;
    }

    BasicTokenizer m_basic;
    BasicTokens m_tokens;
    std::unordered_map<std::u32string, std::int64_t> m_counts;
};

std::uint64_t pairKey(int a, int b) {
    return (std::uint64_t(std::uint32_t(a)) << 32) | std::uint32_t(b);
}
int pairLeft(std::uint64_t key) {
    return int(key >> 32);
}
int pairRight(std::uint64_t key) {
    return int(key & 0xFFFFFFFFu);
}

// Greedy merges by the chosen score (WordPieceMergeScore). Pair counts, symbol counts and the words each pair
// occurs in are updated incrementally per merge; the best pair comes from a max-heap whose stale entries are
// dropped when popped (every count change pushes a fresh entry).
class MergeTrainer final {
public:
    MergeTrainer(const WordPieceTrainingOptions& options, const ProgressCallback& progress)
        : m_options(options)
        , m_progress(progress)
        , m_minPairCount(std::max<std::int64_t>(1, options.minFrequency)) {}

    // nullopt when cancelled.
    std::optional<QStringList> run(std::unordered_map<std::u32string, std::int64_t>& counts) {
        for (const QString& token : m_options.specialTokens)
            addToken(token);
        std::vector<std::pair<std::u32string, std::int64_t>> words(counts.begin(), counts.end());
        counts.clear();
        std::sort(words.begin(), words.end()); // deterministic whatever the hash order
        buildAlphabet(words);
        buildWords(words);
        words.clear();
        words.shrink_to_fit();
        if (!report())
            return std::nullopt;
        countPairs();
        while (int(m_tokens.size()) < m_options.vocabSize) {
            const std::optional<std::uint64_t> best = popBest();
            if (!best)
                break;
            const int before = int(m_tokens.size());
            merge(*best);
            if (int(m_tokens.size()) > before && int(m_tokens.size()) % kProgressEvery == 0 && !report())
                return std::nullopt;
        }
        if (!report())
            return std::nullopt;
        return m_tokens;
    }

private:
    struct Word {
        std::vector<int> symbols;
        std::int64_t count = 0;
    };
    struct Entry {
        double score = 0;
        std::int64_t count = 0;
        std::uint64_t key = 0;
        // Max-heap order: best score, then the more frequent pair, then the lower ids.
        bool operator<(const Entry& other) const {
            if (score != other.score)
                return score < other.score;
            if (count != other.count)
                return count < other.count;
            return key > other.key;
        }
    };

    bool report() const { return !m_progress || m_progress(qint64(m_tokens.size()), m_options.vocabSize); }

    int addToken(const QString& token) {
        const auto found = m_ids.constFind(token);
        if (found != m_ids.constEnd())
            return found.value();
        const int id = int(m_tokens.size());
        m_tokens << token;
        m_ids.insert(token, id);
        m_symbolCounts.push_back(0);
        m_symbolPairs.emplace_back();
        return id;
    }

    void buildAlphabet(const std::vector<std::pair<std::u32string, std::int64_t>>& words) {
        // Every char as a word-initial piece; "##" forms for chars seen in words of two chars or more
        // (punctuation and CJK are always words of their own and need none).
        std::map<char32_t, std::int64_t> initial;
        std::map<char32_t, std::int64_t> continuation;
        for (const auto& [word, count] : words) {
            for (std::size_t i = 0; i < word.size(); ++i) {
                initial[word[i]] += i == 0 ? count : 0;
                if (word.size() > 1)
                    continuation[word[i]] += i > 0 ? count : 0;
            }
        }
        struct Candidate {
            char32_t c;
            bool continuation;
            std::int64_t count;
        };
        std::vector<Candidate> alphabet;
        for (const auto& [c, count] : initial)
            alphabet.push_back({c, false, count});
        for (const auto& [c, count] : continuation)
            alphabet.push_back({c, true, count});
        const std::size_t room = std::size_t(std::max(0, m_options.vocabSize - int(m_tokens.size())));
        if (alphabet.size() > room) {
            // Keep the most frequent pieces; words that need a dropped one add no merges.
            std::stable_sort(alphabet.begin(), alphabet.end(),
                             [](const Candidate& x, const Candidate& y) { return x.count > y.count; });
            alphabet.resize(room);
            std::stable_sort(alphabet.begin(), alphabet.end(), [](const Candidate& x, const Candidate& y) {
                return x.continuation != y.continuation ? !x.continuation : x.c < y.c;
            });
        }
        for (const Candidate& candidate : alphabet) {
            const QString text = unicode::fromCodePoints(std::u32string_view(&candidate.c, 1));
            if (candidate.continuation)
                m_continuationIds[candidate.c] = addToken(QStringLiteral("##") + text);
            else
                m_initialIds[candidate.c] = addToken(text);
        }
    }

    void buildWords(const std::vector<std::pair<std::u32string, std::int64_t>>& words) {
        for (const auto& [word, count] : words) {
            if (count < m_options.minFrequency || word.size() < 2 || word.size() > kMaxWordChars)
                continue;
            Word w;
            w.count = count;
            w.symbols.reserve(word.size());
            bool complete = true;
            for (std::size_t i = 0; i < word.size() && complete; ++i) {
                const auto& ids = i == 0 ? m_initialIds : m_continuationIds;
                const auto found = ids.find(word[i]);
                complete = found != ids.end();
                if (complete)
                    w.symbols.push_back(found->second);
            }
            if (complete)
                m_words.push_back(std::move(w));
        }
    }

    void countPairs() {
        for (std::size_t w = 0; w < m_words.size(); ++w) {
            const Word& word = m_words[w];
            for (std::size_t i = 0; i < word.symbols.size(); ++i) {
                m_symbolCounts[std::size_t(word.symbols[i])] += word.count;
                if (i + 1 < word.symbols.size()) {
                    const std::uint64_t key = pairKey(word.symbols[i], word.symbols[i + 1]);
                    addPairCount(key, word.count);
                    std::vector<int>& where = m_pairWords[key];
                    if (where.empty() || where.back() != int(w))
                        where.push_back(int(w));
                }
            }
        }
        std::int64_t total = 0;
        for (std::int64_t count : m_symbolCounts)
            total += count;
        m_logTotal = std::log(double(std::max<std::int64_t>(total, 1)));
        for (const auto& [key, count] : m_pairCounts)
            push(key, count);
    }

    void addPairCount(std::uint64_t key, std::int64_t delta) {
        const auto [it, inserted] = m_pairCounts.try_emplace(key, 0);
        if (inserted) {
            m_symbolPairs[std::size_t(pairLeft(key))].push_back(key);
            if (pairRight(key) != pairLeft(key))
                m_symbolPairs[std::size_t(pairRight(key))].push_back(key);
        }
        it->second += delta;
    }

    double score(std::uint64_t key, std::int64_t count) const {
        const double a = double(m_symbolCounts[std::size_t(pairLeft(key))]);
        const double b = double(m_symbolCounts[std::size_t(pairRight(key))]);
        const double ab = double(count);
        switch (m_options.score) {
        case WordPieceMergeScore::Frequency:
            return ab;
        case WordPieceMergeScore::Association:
            return ab / (a * b);
        case WordPieceMergeScore::Likelihood:
            break;
        }
        // The total stays the initial one: a total that moved with every merge would change every score.
        return ab * (std::log(ab / (a * b)) + m_logTotal);
    }

    void push(std::uint64_t key, std::int64_t count) {
        if (count >= m_minPairCount)
            m_heap.push({score(key, count), count, key});
    }

    std::optional<std::uint64_t> popBest() {
        // Stale entries pile up; start over from the live pairs when they dominate.
        if (m_heap.size() > 8 * m_pairCounts.size() + 100000) {
            m_heap = {};
            for (const auto& [key, count] : m_pairCounts)
                push(key, count);
        }
        while (!m_heap.empty()) {
            const Entry entry = m_heap.top();
            m_heap.pop();
            const std::int64_t count = m_pairCounts.at(entry.key);
            if (count < m_minPairCount || count != entry.count || score(entry.key, count) != entry.score)
                continue;
            return entry.key;
        }
        return std::nullopt;
    }

    void merge(std::uint64_t key) {
        const int a = pairLeft(key);
        const int b = pairRight(key);
        const QString& right = m_tokens.at(b);
        const int merged = addToken(m_tokens.at(a) + QStringView(right).mid(right.startsWith(u"##") ? 2 : 0));

        std::vector<int> where = std::move(m_pairWords[key]);
        m_pairWords.erase(key);
        std::sort(where.begin(), where.end());
        where.erase(std::unique(where.begin(), where.end()), where.end());
        m_deltas.clear();
        std::vector<int> out;
        for (int w : where) {
            Word& word = m_words[std::size_t(w)];
            std::vector<int>& s = word.symbols;
            bool found = false;
            for (std::size_t i = 0; i + 1 < s.size() && !found; ++i)
                found = s[i] == a && s[i + 1] == b;
            if (!found)
                continue;
            for (std::size_t i = 0; i + 1 < s.size(); ++i)
                m_deltas[pairKey(s[i], s[i + 1])] -= word.count;
            out.clear();
            std::int64_t merges = 0;
            for (std::size_t i = 0; i < s.size();) {
                if (i + 1 < s.size() && s[i] == a && s[i + 1] == b) {
                    out.push_back(merged);
                    ++merges;
                    i += 2;
                } else {
                    out.push_back(s[i]);
                    ++i;
                }
            }
            s = out;
            for (std::size_t i = 0; i + 1 < s.size(); ++i) {
                const std::uint64_t pair = pairKey(s[i], s[i + 1]);
                m_deltas[pair] += word.count;
                if (s[i] == merged || s[i + 1] == merged) {
                    std::vector<int>& list = m_pairWords[pair];
                    if (list.empty() || list.back() != w)
                        list.push_back(w);
                }
            }
            m_symbolCounts[std::size_t(a)] -= merges * word.count;
            m_symbolCounts[std::size_t(b)] -= merges * word.count;
            m_symbolCounts[std::size_t(merged)] += merges * word.count;
        }
        for (const auto& [pair, delta] : m_deltas) {
            if (delta == 0)
                continue;
            addPairCount(pair, delta);
            push(pair, m_pairCounts.at(pair));
        }
        // The counts of a, b and the merged symbol changed: so did the score of every pair they are in.
        for (int symbol : {a, b, merged}) {
            if (symbol == b && b == a)
                continue;
            for (std::uint64_t pair : m_symbolPairs[std::size_t(symbol)])
                push(pair, m_pairCounts.at(pair));
        }
    }

    const WordPieceTrainingOptions& m_options;
    const ProgressCallback& m_progress;
    const std::int64_t m_minPairCount;
    double m_logTotal = 0;
    QStringList m_tokens;
    QHash<QString, int> m_ids;
    std::unordered_map<char32_t, int> m_initialIds;
    std::unordered_map<char32_t, int> m_continuationIds;
    std::vector<Word> m_words;
    std::vector<std::int64_t> m_symbolCounts;
    std::vector<std::vector<std::uint64_t>> m_symbolPairs; // every pair a symbol has been part of
    std::unordered_map<std::uint64_t, std::int64_t> m_pairCounts;
    std::unordered_map<std::uint64_t, std::vector<int>> m_pairWords; // words a pair may occur in
    std::unordered_map<std::uint64_t, std::int64_t> m_deltas;
    std::priority_queue<Entry> m_heap;
};

} // namespace

Vocab trainWordPieceVocab(const QStringList& texts, const WordPieceTrainingOptions& options,
                          const ProgressCallback& progress) {
    WordCounter counter(options);
    for (qsizetype i = 0; i < texts.size(); ++i) {
        if (i % 4096 == 4095 && progress && !progress(0, options.vocabSize))
            return {};
        counter.add(texts[i]);
    }
    std::optional<QStringList> tokens = MergeTrainer(options, progress).run(counter.counts());
    return tokens ? Vocab::fromTokens(*tokens) : Vocab();
}

Result<Vocab> trainWordPieceVocabFromFile(const QString& path, const WordPieceTrainingOptions& options,
                                          const ProgressCallback& progress) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("%1: cannot open: %2").arg(path, file.errorString())};
    WordCounter counter(options);
    qint64 lines = 0, invalid = 0;
    while (true) {
        QByteArray line = file.readLine(kMaxLineBytes + 2);
        if (line.isEmpty())
            break;
        if (!line.endsWith('\n') && line.size() > kMaxLineBytes) {
            while (!line.isEmpty() && !line.endsWith('\n'))
                line = file.readLine(1 << 16);
            continue;
        }
        if (++lines % 4096 == 0 && progress && !progress(0, options.vocabSize))
            return Error{tr("%1: training the vocabulary was cancelled").arg(path)};
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = decoder.decode(line);
        if (!decoder.hasError())
            counter.add(text);
        else
            ++invalid;
    }
    if (file.error() != QFile::NoError)
        return Error{tr("%1: cannot read: %2").arg(path, file.errorString())};
    if (counter.counts().empty() && invalid > 0)
        return Error{tr("%1: has no words to learn a vocabulary from: %2 of its lines are not valid UTF-8 "
                        "(save the file as UTF-8)")
                         .arg(path)
                         .arg(invalid)};
    if (counter.counts().empty())
        return Error{tr("%1: has no words to learn a vocabulary from").arg(path)};
    std::optional<QStringList> tokens = MergeTrainer(options, progress).run(counter.counts());
    if (!tokens)
        return Error{tr("%1: training the vocabulary was cancelled").arg(path)};
    return Vocab::fromTokens(*tokens);
}

} // namespace bertlab::core
