#include "core/text/unicode_classes.h"

#include <QChar>
#include <QString>

#include <algorithm>
#include <iterator>

namespace bertlab::core::unicode {

namespace {

constexpr char32_t kSigma = 0x03A3;
constexpr char32_t kDottedCapitalI = 0x0130;

bool isSurrogate(char32_t c) {
    return c >= 0xD800 && c <= 0xDFFF;
}

QChar::Category category(char32_t c) {
    // QChar has no category for surrogate code points on their own; Python calls them Cs.
    return isSurrogate(c) ? QChar::Other_Surrogate : QChar::category(c);
}

// Unicode's Cased property: letters with case, plus the few Other_Lowercase/Other_Uppercase symbols that have
// a case mapping (Roman numerals, circled letters). Used only for Python's final-sigma rule.
bool isCased(char32_t c) {
    switch (category(c)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
        return true;
    default:
        return c < 0x110000 && (QChar::toLower(c) != c || QChar::toUpper(c) != c);
    }
}

// Unicode's Case_Ignorable property: Mn, Me, Cf, Lm, Sk and the Word_Break MidLetter/MidNumLet/Single_Quote
// characters.
bool isCaseIgnorable(char32_t c) {
    switch (category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_Enclosing:
    case QChar::Other_Format:
    case QChar::Letter_Modifier:
    case QChar::Symbol_Modifier:
        return true;
    default:
        break;
    }
    static constexpr char32_t kMidLetterAndQuotes[] = {0x0027, 0x002E, 0x003A, 0x00B7, 0x0387, 0x055F,
                                                       0x05F4, 0x2018, 0x2019, 0x2024, 0x2027, 0xFE13,
                                                       0xFE52, 0xFE55, 0xFF07, 0xFF0E, 0xFF1A};
    return std::find(std::begin(kMidLetterAndQuotes), std::end(kMidLetterAndQuotes), c) !=
           std::end(kMidLetterAndQuotes);
}

// Python's rule: a capital sigma is final when a cased letter precedes it and none follows it, skipping
// case-ignorable characters both ways.
bool isFinalSigma(std::u32string_view text, std::size_t i) {
    std::size_t j = i;
    while (j > 0 && isCaseIgnorable(text[j - 1]))
        --j;
    if (j == 0 || !isCased(text[j - 1]))
        return false;
    j = i + 1;
    while (j < text.size() && isCaseIgnorable(text[j]))
        ++j;
    return j == text.size() || !isCased(text[j]);
}

} // namespace

std::u32string toCodePoints(QStringView text) {
    std::u32string out;
    out.reserve(std::size_t(text.size()));
    const char16_t* p = text.utf16();
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = p[i];
        if (QChar::isHighSurrogate(u) && i + 1 < n && QChar::isLowSurrogate(p[i + 1])) {
            out.push_back(QChar::surrogateToUcs4(u, p[i + 1]));
            ++i;
        } else {
            out.push_back(u);
        }
    }
    return out;
}

QString fromCodePoints(std::u32string_view codePoints) {
    QString out;
    out.reserve(qsizetype(codePoints.size()));
    for (char32_t c : codePoints) {
        if (QChar::requiresSurrogates(c)) {
            out.append(QChar(QChar::highSurrogate(c)));
            out.append(QChar(QChar::lowSurrogate(c)));
        } else {
            out.append(QChar(char16_t(c)));
        }
    }
    return out;
}

bool isPunctuation(char32_t c) {
    if (c < 0x80)
        return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
    switch (category(c)) {
    case QChar::Punctuation_Connector:
    case QChar::Punctuation_Dash:
    case QChar::Punctuation_Open:
    case QChar::Punctuation_Close:
    case QChar::Punctuation_InitialQuote:
    case QChar::Punctuation_FinalQuote:
    case QChar::Punctuation_Other:
        return true;
    default:
        return false;
    }
}

bool isCjkIdeograph(char32_t c) {
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2A6DF) ||
           (c >= 0x2A700 && c <= 0x2B73F) || (c >= 0x2B740 && c <= 0x2B81F) ||
           (c >= 0x2B820 && c <= 0x2CEAF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F);
}

bool isWhitespace(char32_t c) {
    if (c < 0x80)
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    const QChar::Category cat = category(c);
    return cat == QChar::Separator_Space || cat == QChar::Separator_Line || cat == QChar::Separator_Paragraph;
}

bool isHuggingFaceControl(char32_t c) {
    if (c == '\t' || c == '\n' || c == '\r')
        return false;
    const QChar::Category cat = category(c);
    return cat == QChar::Other_Control || cat == QChar::Other_Format || cat == QChar::Other_PrivateUse ||
           cat == QChar::Other_Surrogate;
}

bool isControlOrFormat(char32_t c) {
    const QChar::Category cat = category(c);
    return cat == QChar::Other_Control || cat == QChar::Other_Format;
}

bool isPythonSpace(char32_t c) {
    return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x85 || c == 0xA0 || c == 0x1680 ||
           (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
           c == 0x3000;
}

bool isNonSpacingMark(char32_t c) {
    return c >= 0x300 && category(c) == QChar::Mark_NonSpacing;
}

int decompose(char32_t c, char32_t* out) {
    // Hangul syllables decompose by arithmetic (Unicode 3.12).
    constexpr char32_t sBase = 0xAC00, lBase = 0x1100, vBase = 0x1161, tBase = 0x11A7;
    constexpr char32_t vCount = 21, tCount = 28, sCount = 19 * vCount * tCount;
    if (c >= sBase && c < sBase + sCount) {
        const char32_t s = c - sBase;
        out[0] = lBase + s / (vCount * tCount);
        out[1] = vBase + (s % (vCount * tCount)) / tCount;
        if (s % tCount == 0)
            return 2;
        out[2] = tBase + s % tCount;
        return 3;
    }
    if (c < 0xC0 || isSurrogate(c) || c >= 0x110000 || QChar::decompositionTag(c) != QChar::Canonical) {
        out[0] = c;
        return 1;
    }
    // Rare (accented letters and the like): let Qt do the recursive decomposition.
    const std::u32string decomposed =
        toCodePoints(fromCodePoints({&c, 1}).normalized(QString::NormalizationForm_D));
    int n = 0;
    for (char32_t d : decomposed) {
        if (n == 4)
            break;
        out[n++] = d;
    }
    return n;
}

int appendLowerNoContext(char32_t c, std::u32string& out) {
    if (c < 0x80) {
        out.push_back(c >= 'A' && c <= 'Z' ? c + 32 : c);
        return 1;
    }
    if (c == kDottedCapitalI) {
        out.push_back(U'i');
        out.push_back(0x0307);
        return 2;
    }
    out.push_back(isSurrogate(c) || c >= 0x110000 ? c : QChar::toLower(c));
    return 1;
}

int appendLower(std::u32string_view text, std::size_t i, std::u32string& out) {
    const char32_t c = text[i];
    if (c == kSigma) {
        out.push_back(isFinalSigma(text, i) ? char32_t(0x03C2) : char32_t(0x03C3));
        return 1;
    }
    return appendLowerNoContext(c, out);
}

std::u32string pythonLower(std::u32string_view text) {
    std::u32string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i)
        appendLower(text, i, out);
    return out;
}

} // namespace bertlab::core::unicode
