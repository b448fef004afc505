#pragma once

#include <QtGlobal>

#include <cstdint>

namespace bertlab::core {

// Widening conversions for weights stored in smaller or larger float formats. Inputs are raw
// little-endian element bytes (they may be unaligned inside a mapped file or a header-offset buffer).
void halfToFloat(const char* src, float* dst, qsizetype count);     // IEEE binary16
void bfloat16ToFloat(const char* src, float* dst, qsizetype count); // upper half of a binary32
void doubleToFloat(const char* src, float* dst, qsizetype count);

} // namespace bertlab::core
