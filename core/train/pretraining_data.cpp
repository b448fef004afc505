#include "core/train/pretraining_data.h"

#include "core/translation.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

#include <algorithm>

namespace bertlab::core {

namespace {

QString tr(const char* text) {
    return translateCore(
        text, {"PretrainingData", "bertlab::core::PretrainingCorpus", "bertlab::core::LineReader"});
}

const QString kPad = QStringLiteral("[PAD]");
const QString kUnk = QStringLiteral("[UNK]");
const QString kCls = QStringLiteral("[CLS]");
const QString kSep = QStringLiteral("[SEP]");
const QString kMask = QStringLiteral("[MASK]");

// Ids of `tokens` in `vocab`, kUnknownPieceId for a piece missing from it.
std::vector<int> toIds(const QStringList& tokens, const Vocab& vocab) {
    std::vector<int> ids;
    ids.reserve(std::size_t(tokens.size()));
    for (const QString& token : tokens)
        ids.push_back(vocab.id(token, kUnknownPieceId));
    return ids;
}

// Own uniform draws instead of <random> distributions, whose outputs differ between standard libraries:
// the same seed gives the same examples everywhere.
double uniform01(std::mt19937_64& rng) {
    return double(rng() >> 11) * 0x1.0p-53;
}

std::uint64_t uniformBelow(std::mt19937_64& rng, std::uint64_t n) {
    const std::uint64_t limit = std::uint64_t(-1) - std::uint64_t(-1) % n;
    std::uint64_t x = rng();
    while (x >= limit)
        x = rng();
    return x % n;
}

enum class LineStatus { Ok, Invalid, TooLong };

// Streams a UTF-8 file line by line, holding at most one line in memory.
class LineReader final {
public:
    explicit LineReader(const QString& path)
        : m_file(path) {}

    QString open() {
        if (!m_file.open(QIODevice::ReadOnly))
            return tr("%1: cannot open: %2").arg(m_file.fileName(), m_file.errorString());
        return {};
    }
    QString errorString() const { return m_error; }
    int lineNumber() const { return m_line; }

    // False at the end of the file or on a read error (see errorString()).
    bool next(QString& text, LineStatus& status) {
        // A code point is at most 4 bytes, so this bounds a line of kMaxCorpusLineChars chars.
        constexpr qint64 maxBytes = qint64(kMaxCorpusLineChars) * 4;
        QByteArray line = m_file.readLine(maxBytes + 2);
        if (line.isEmpty()) {
            if (m_file.error() != QFile::NoError)
                m_error = tr("%1: cannot read: %2").arg(m_file.fileName(), m_file.errorString());
            return false;
        }
        ++m_line;
        status = LineStatus::Ok;
        text.clear();
        if (!line.endsWith('\n') && line.size() > maxBytes) {
            while (!line.isEmpty() && !line.endsWith('\n'))
                line = m_file.readLine(1 << 16);
            status = LineStatus::TooLong;
            return true;
        }
        if (line.endsWith('\n'))
            line.chop(1);
        if (line.endsWith('\r'))
            line.chop(1);
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        text = decoder.decode(line);
        if (decoder.hasError())
            status = LineStatus::Invalid;
        else if (text.size() > kMaxCorpusLineChars)
            status = LineStatus::TooLong;
        return true;
    }

private:
    QFile m_file;
    int m_line = 0;
    QString m_error;
};

} // namespace

std::size_t PretrainingCorpus::documentSize(std::size_t document) const {
    return documentEnds[document] - (document == 0 ? 0 : documentEnds[document - 1]);
}

std::span<const int> PretrainingCorpus::sentence(std::size_t document, std::size_t index) const {
    const std::size_t s = (document == 0 ? 0 : documentEnds[document - 1]) + index;
    const std::size_t begin = s == 0 ? 0 : sentenceEnds[s - 1];
    return std::span<const int>(ids).subspan(begin, sentenceEnds[s] - begin);
}

void PretrainingCorpus::addSentence(std::span<const int> sentenceIds) {
    ids.insert(ids.end(), sentenceIds.begin(), sentenceIds.end());
    sentenceEnds.push_back(ids.size());
}

void PretrainingCorpus::endDocument() {
    const std::size_t closed = documentEnds.empty() ? 0 : documentEnds.back();
    if (sentenceEnds.size() > closed)
        documentEnds.push_back(sentenceEnds.size());
}

Result<PretrainingCorpus> readPretrainingCorpus(const QString& path, const Tokenizer& tokenizer) {
    LineReader reader(path);
    if (const QString error = reader.open(); !error.isEmpty())
        return Error{error};
    PretrainingCorpus corpus;
    const Vocab& vocab = tokenizer.vocab();
    std::vector<int> sentence;
    QString text;
    LineStatus status = LineStatus::Ok;
    int invalid = 0;
    while (reader.next(text, status)) {
        if (status != LineStatus::Ok) {
            corpus.skippedLines.push_back(reader.lineNumber());
            invalid += status == LineStatus::Invalid;
            continue;
        }
        // As create_pretraining_data.py: a stripped empty line separates documents.
        if (text.trimmed().isEmpty()) {
            corpus.endDocument();
            continue;
        }
        const QStringList tokens = tokenizer.tokenize(text);
        if (tokens.isEmpty())
            continue;
        sentence.clear();
        for (const QString& token : tokens)
            sentence.push_back(vocab.id(token, kUnknownPieceId));
        corpus.addSentence(sentence);
    }
    if (!reader.errorString().isEmpty())
        return Error{reader.errorString()};
    corpus.endDocument();
    if (corpus.sentenceCount() == 0 && invalid > 0)
        return Error{tr("%1: has no sentences: %2 of its lines are not valid UTF-8 (save the file as UTF-8)")
                         .arg(path)
                         .arg(invalid)};
    if (corpus.sentenceCount() == 0)
        return Error{tr("%1: has no sentences").arg(path)};
    return corpus;
}

Result<std::vector<SentencePair>> readSentencePairs(const QString& path, const Tokenizer& tokenizer) {
    LineReader reader(path);
    if (const QString error = reader.open(); !error.isEmpty())
        return Error{error};
    std::vector<SentencePair> pairs;
    QString text;
    LineStatus status = LineStatus::Ok;
    while (reader.next(text, status)) {
        const int line = reader.lineNumber();
        if (status == LineStatus::Invalid)
            return Error{tr("%1: line %2 is not valid UTF-8").arg(path).arg(line)};
        if (status == LineStatus::TooLong)
            return Error{
                tr("%1: line %2 is longer than %3 characters").arg(path).arg(line).arg(kMaxCorpusLineChars)};
        if (text.trimmed().isEmpty())
            continue;
        const qsizetype tab = text.indexOf(u'\t');
        if (tab < 0)
            return Error{tr("%1: line %2 has no tab between the two sentences").arg(path).arg(line)};
        pairs.push_back({toIds(tokenizer.tokenize(text.left(tab)), tokenizer.vocab()),
                         toIds(tokenizer.tokenize(text.mid(tab + 1)), tokenizer.vocab())});
    }
    if (!reader.errorString().isEmpty())
        return Error{reader.errorString()};
    if (pairs.empty())
        return Error{tr("%1: has no sentence pairs").arg(path)};
    return pairs;
}

std::vector<SentencePair> pairsFromCorpus(const PretrainingCorpus& corpus, int seqLen) {
    const std::size_t budget = std::size_t(std::max(0, seqLen - 3));
    std::vector<SentencePair> pairs;
    for (std::size_t d = 0; d < corpus.documentCount(); ++d) {
        const std::size_t sentences = corpus.documentSize(d);
        for (std::size_t i = 0; i + 1 < sentences; ++i) {
            const std::span<const int> a = corpus.sentence(d, i);
            const std::span<const int> b = corpus.sentence(d, i + 1);
            const auto [na, nb] = truncatedPairLengths(a.size(), b.size(), budget);
            pairs.push_back({std::vector<int>(a.begin(), a.begin() + std::ptrdiff_t(na)),
                             std::vector<int>(b.begin(), b.begin() + std::ptrdiff_t(nb))});
        }
    }
    return pairs;
}

std::vector<TrainingExample> makePretrainingExamples(const std::vector<SentencePair>& pairs,
                                                     const Vocab& vocab, const MaskingOptions& options,
                                                     std::mt19937_64& rng) {
    const std::size_t count = pairs.size();
    const int unkId = vocab.id(kUnk, 0);
    const int clsId = vocab.id(kCls, unkId);
    const int sepId = vocab.id(kSep, unkId);
    const int maskId = vocab.id(kMask, unkId);
    // keras_bert.get_base_dict(): tokens never chosen for prediction nor drawn as random replacements.
    const int vocabSize = vocab.size();
    std::vector<char> special(std::size_t(std::max(0, vocabSize)), 0);
    for (const QString& token : {kPad, kUnk, kCls, kSep, kMask}) {
        if (const int id = vocab.id(token); id >= 0)
            special[std::size_t(id)] = 1;
    }
    std::vector<int> randomIds; // the non-special vocabulary, drawn uniformly as keras-bert's rejection loop
    randomIds.reserve(std::size_t(std::max(0, vocabSize)));
    for (int id = 0; id < vocabSize; ++id) {
        if (!special[std::size_t(id)])
            randomIds.push_back(id);
    }

    // Sentence swapping: a random subset, its second sentences shuffled among itself.
    std::vector<std::size_t> secondOf(count);
    std::vector<int> nsp(count, 0);
    for (std::size_t i = 0; i < count; ++i)
        secondOf[i] = i;
    if (options.swapSentenceRate > 0.0) {
        std::vector<std::size_t> indices;
        for (std::size_t i = 0; i < count; ++i) {
            if (uniform01(rng) < options.swapSentenceRate)
                indices.push_back(i);
        }
        std::vector<std::size_t> mapped = indices;
        for (std::size_t i = mapped.size(); i > 1; --i) // Fisher-Yates, as numpy's shuffle
            std::swap(mapped[i - 1], mapped[uniformBelow(rng, i)]);
        for (std::size_t k = 0; k < indices.size(); ++k) {
            if (indices[k] != mapped[k])
                nsp[indices[k]] = 1;
            secondOf[indices[k]] = mapped[k];
        }
    }

    const std::size_t seqLen = std::size_t(std::max(0, options.seqLen));
    std::vector<TrainingExample> examples(count);
    std::vector<int> original;
    std::vector<char> fixed; // positions never chosen for prediction
    for (std::size_t i = 0; i < count; ++i) {
        const std::vector<int>& first = pairs[i].first;
        const std::vector<int>& second = pairs[secondOf[i]].second;
        original.clear();
        fixed.clear();
        const auto add = [&](int id, bool isFixed) {
            if (original.size() < seqLen) {
                original.push_back(id);
                fixed.push_back(isFixed ? 1 : 0);
            }
        };
        // A piece outside the vocabulary is fed and predicted as [UNK] but is no special.
        const auto addPiece = [&](int id) {
            if (id >= 0 && id < vocabSize)
                add(id, special[std::size_t(id)] != 0);
            else
                add(unkId, false);
        };
        add(clsId, true);
        for (const int id : first)
            addPiece(id);
        add(sepId, true);
        for (const int id : second)
            addPiece(id);
        add(sepId, true);

        TrainingExample& example = examples[i];
        example.nspLabel = nsp[i];
        const std::size_t length = original.size();
        const std::size_t firstSegment = std::size_t(first.size()) + 2;
        example.segments.resize(length);
        for (std::size_t p = 0; p < length; ++p)
            example.segments[p] = p < firstSegment ? 0 : 1;
        example.ids = original;
        for (std::size_t p = 0; p < length; ++p) {
            if (fixed[p] || uniform01(rng) >= options.maskRate)
                continue;
            example.maskedPositions.push_back(int(p));
            example.maskedLabels.push_back(original[p]);
            const double r = uniform01(rng);
            if (r < options.maskMaskRate)
                example.ids[p] = maskId;
            else if (r < options.maskMaskRate + options.maskRandomRate && !randomIds.empty())
                example.ids[p] = randomIds[uniformBelow(rng, randomIds.size())];
        }
        // keras-bert marks position 1 for prediction and leaves its input as it is.
        if (options.forceMask && example.maskedPositions.empty() && length > 1) {
            example.maskedPositions.push_back(1);
            example.maskedLabels.push_back(original[1]);
        }
    }
    return examples;
}

} // namespace bertlab::core
