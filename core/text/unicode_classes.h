#pragma once

#include <QStringView>

#include <string>
#include <string_view>

// Character classes and case/normalization helpers exactly as BERT's reference tokenizers see them.
// Everything works on code points (char32_t): Python indexes strings by code point, and so do our offsets.
namespace bertlab::core::unicode {

// U+0000..U+10FFFF; an unpaired UTF-16 surrogate is kept as its own (invalid) code point, like Python does.
std::u32string toCodePoints(QStringView text);
QString fromCodePoints(std::u32string_view codePoints);

// ASCII 33-47, 58-64, 91-96, 123-126 and every Unicode P* category (Google's _is_punctuation).
bool isPunctuation(char32_t c);
// The CJK Unified Ideographs blocks of Google's _is_chinese_char (not kana, not Hangul).
bool isCjkIdeograph(char32_t c);
// Space, tab, newline, carriage return, Zs; plus Zl/Zp, which Python's str.split() and Rust's White_Space
// also break words on.
bool isWhitespace(char32_t c);
// Dropped in huggingface mode: Cc/Cf/Co (and stray surrogates) except tab/newline/return. Unassigned code
// points (Cn) are kept, as Hugging Face tokenizers does.
bool isHuggingFaceControl(char32_t c);
// Cc and Cf: what Google's tokenization.py and keras-bert drop (both treat tab/newline/return as spaces
// first).
bool isControlOrFormat(char32_t c);
// Python's str.isspace().
bool isPythonSpace(char32_t c);
bool isNonSpacingMark(char32_t c);

// Canonical decomposition (NFD) of one code point, written to out (at most 4 code points); returns the count.
// NFD of a string is these concatenated and then canonically reordered; callers drop the marks that
// reordering would move, so the reorder step is not needed here.
int decompose(char32_t c, char32_t* out);

// Python's str.lower() of text[i] within text (full case mapping: U+0130 gives two code points; U+03A3 gives
// final sigma when Python would). Appends to out and returns how many code points were appended.
int appendLower(std::u32string_view text, std::size_t i, std::u32string& out);
// Lower-case one code point with no context (what Hugging Face does): simple mapping, U+0130 -> "i\u0307".
int appendLowerNoContext(char32_t c, std::u32string& out);
std::u32string pythonLower(std::u32string_view text);

} // namespace bertlab::core::unicode
