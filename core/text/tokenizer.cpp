#include "core/text/tokenizer.h"

#include "core/logging.h"
#include "core/text/unicode_classes.h"

namespace bertlab::core {

namespace {

const QString kCls = QStringLiteral("[CLS]");
const QString kSep = QStringLiteral("[SEP]");
const QString kPad = QStringLiteral("[PAD]");
const QString kUnk = QStringLiteral("[UNK]");
const QString kMask = QStringLiteral("[MASK]");

// max_input_chars_per_word: Google's WordpieceTokenizer default, and Hugging Face's for BERT.
constexpr int kGoogleMaxWordChars = 200;
constexpr int kHuggingFaceMaxWordChars = 100;

} // namespace

std::optional<TokenizerMode> tokenizerModeFromName(QStringView name) {
    const QString n = name.trimmed().toString().toLower();
    if (n == QLatin1String("google"))
        return TokenizerMode::Google;
    if (n == QLatin1String("huggingface") || n == QLatin1String("hugging-face") || n == QLatin1String("hf"))
        return TokenizerMode::HuggingFace;
    if (n == QLatin1String("keras-bert") || n == QLatin1String("keras_bert") || n == QLatin1String("keras"))
        return TokenizerMode::KerasBert;
    return std::nullopt;
}

QString tokenizerModeName(TokenizerMode mode) {
    switch (mode) {
    case TokenizerMode::HuggingFace:
        return QStringLiteral("huggingface");
    case TokenizerMode::KerasBert:
        return QStringLiteral("keras-bert");
    case TokenizerMode::Google:
        break;
    }
    return QStringLiteral("google");
}

Tokenizer::Tokenizer(Vocab vocab, TokenizerOptions options)
    : m_vocab(std::move(vocab))
    , m_options(options) {
    // keras-bert maps every unknown token, [CLS] and [SEP] included, to [UNK] and pads with id 0.
    if (!m_vocab.contains(kUnk))
        qCWarning(lcText) << "vocabulary has no [UNK]; unknown pieces get id 0";
    m_unkId = m_vocab.id(kUnk, 0);
    m_clsId = m_vocab.id(kCls, m_unkId);
    m_sepId = m_vocab.id(kSep, m_unkId);
    m_padId = options.mode == TokenizerMode::KerasBert ? 0 : m_vocab.id(kPad, 0);
    m_maskId = m_vocab.id(kMask, -1);

    std::vector<std::pair<std::u32string, int>> specials;
    if (options.mode != TokenizerMode::KerasBert) {
        for (const QString& literal : {kMask, kCls, kSep, kPad, kUnk}) {
            if (m_vocab.contains(literal))
                specials.emplace_back(unicode::toCodePoints(literal), m_vocab.id(literal));
        }
    }
    m_basic = std::make_shared<const BasicTokenizer>(options, std::move(specials));
    WordPiece::Options wordPiece;
    wordPiece.unkId = m_unkId;
    wordPiece.maxWordChars = options.mode == TokenizerMode::Google        ? kGoogleMaxWordChars
                             : options.mode == TokenizerMode::HuggingFace ? kHuggingFaceMaxWordChars
                                                                          : 0;
    wordPiece.characterFallback = options.mode == TokenizerMode::KerasBert;
    m_wordPiece = std::make_shared<const WordPiece>(m_vocab, wordPiece);
}

Result<Tokenizer> Tokenizer::fromVocabFile(const QString& path, TokenizerOptions options) {
    Result<Vocab> vocab = Vocab::fromFile(path);
    if (!vocab)
        return Error{vocab.errorString()};
    return Tokenizer(std::move(vocab).value(), options);
}

void Tokenizer::pieces(const QString& text, std::vector<Piece>& out) const {
    out.clear();
    // Scratch buffers are per call, so concurrent calls never share state.
    BasicTokens basic;
    m_basic->run(text, basic);
    out.reserve(basic.words.size() + basic.words.size() / 4);
    std::vector<WordPiece::Piece> split;
    const std::u32string_view chars(basic.chars);
    for (const BasicTokens::Word& word : basic.words) {
        if (word.specialId >= 0) {
            out.push_back({word.specialId, word.originBegin, word.originEnd, {}});
            continue;
        }
        split.clear();
        m_wordPiece->split(chars.substr(std::size_t(word.begin), std::size_t(word.end - word.begin)), split);
        for (const WordPiece::Piece& p : split) {
            Piece piece{p.id,
                        basic.origins[std::size_t(word.begin + p.begin)],
                        basic.origins[std::size_t(word.begin + p.end - 1)] + 1,
                        {}};
            if (p.unmatched) {
                const QString ch =
                    unicode::fromCodePoints(chars.substr(std::size_t(word.begin + p.begin), 1));
                piece.text = p.begin > 0 ? QStringLiteral("##") + ch : ch;
            }
            out.push_back(std::move(piece));
        }
    }
}

const QString& Tokenizer::tokenText(const Piece& piece) const {
    if (!piece.text.isNull())
        return piece.text;
    return piece.id >= 0 && piece.id < m_vocab.size() ? m_vocab.tokens().at(piece.id) : kUnk;
}

QStringList Tokenizer::tokenize(const QString& text) const {
    std::vector<Piece> list;
    pieces(text, list);
    QStringList tokens;
    tokens.reserve(qsizetype(list.size()));
    for (const Piece& piece : list)
        tokens.append(tokenText(piece));
    return tokens;
}

std::pair<std::size_t, std::size_t> truncatedPairLengths(std::size_t first, std::size_t second,
                                                         std::size_t budget) {
    while (first + second > budget) {
        if (first > second)
            --first;
        else
            --second;
    }
    return {first, second};
}

std::pair<std::size_t, std::size_t> longestFirstPairLengths(std::size_t first, std::size_t second,
                                                            std::size_t budget) {
    if (first + second <= budget)
        return {first, second};
    const bool firstLonger = first > second;
    const std::size_t longer = firstLonger ? first : second;
    const std::size_t shorter = firstLonger ? second : first;
    // The shorter text keeps what the longer leaves, but at least half the budget (rounded down).
    const std::size_t keepShorter =
        std::min(shorter, std::max(budget - std::min(budget, longer), budget / 2));
    const std::size_t keepLonger = std::min(longer, budget - keepShorter);
    return firstLonger ? std::pair{keepLonger, keepShorter} : std::pair{keepShorter, keepLonger};
}

Encoding Tokenizer::encode(const QString& first, const QString& second, int maxLen, bool pad) const {
    // BertTokenizerFast encodes an empty second text as no second text.
    const bool pair = !second.isNull() && !(m_options.mode == TokenizerMode::HuggingFace && second.isEmpty());
    std::vector<Piece> a;
    std::vector<Piece> b;
    pieces(first, a);
    if (pair)
        pieces(second, b);

    if (maxLen > 0) {
        if (!pair) {
            a.resize(std::min(a.size(), std::size_t(std::max(0, maxLen - 2))));
        } else {
            const std::size_t budget = std::size_t(std::max(0, maxLen - 3));
            const auto [na, nb] = m_options.mode == TokenizerMode::HuggingFace
                                      ? longestFirstPairLengths(a.size(), b.size(), budget)
                                      : truncatedPairLengths(a.size(), b.size(), budget);
            a.resize(na);
            b.resize(nb);
        }
    }

    Encoding e;
    const std::size_t total = a.size() + b.size() + (pair ? 3 : 2);
    const std::size_t padded = pad && maxLen > 0 ? std::max(total, std::size_t(maxLen)) : total;
    e.tokens.reserve(qsizetype(padded));
    e.ids.reserve(padded);
    e.segments.reserve(padded);
    e.offsets.reserve(padded);
    auto add = [&e](const QString& token, int id, int segment, int start, int end) {
        e.tokens.append(token);
        e.ids.push_back(id);
        e.segments.push_back(segment);
        e.offsets.emplace_back(start, end);
    };
    add(kCls, m_clsId, 0, 0, 0);
    for (const Piece& piece : a)
        add(tokenText(piece), piece.id, 0, piece.start, piece.end);
    add(kSep, m_sepId, 0, 0, 0);
    if (pair) {
        for (const Piece& piece : b)
            add(tokenText(piece), piece.id, 1, piece.start, piece.end);
        add(kSep, m_sepId, 1, 0, 0);
    }
    e.padding = int(padded - total);
    for (int i = 0; i < e.padding; ++i)
        add(kPad, m_padId, 0, 0, 0);
    return e;
}

QString Tokenizer::decode(const std::vector<int>& ids) const {
    QString text;
    bool any = false;
    for (int id : ids) {
        if (id == m_clsId || id == m_sepId || id == m_padId || id < 0 || id >= m_vocab.size())
            continue;
        const QString& token = m_vocab.tokens().at(id);
        if (any && token.startsWith(u"##"))
            text.append(QStringView(token).mid(2));
        else {
            if (any)
                text.append(u' ');
            text.append(token);
        }
        any = true;
    }
    return text;
}

} // namespace bertlab::core
