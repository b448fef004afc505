#include "core/io/float_conversion.h"

#include <QFloat16>

#include <algorithm>
#include <cstring>

namespace bertlab::core {

void halfToFloat(const char* src, float* dst, qsizetype count) {
    // Copied through an aligned buffer in chunks: src may be unaligned.
    qfloat16 halves[4096];
    for (qsizetype done = 0; done < count;) {
        const qsizetype n = std::min<qsizetype>(count - done, 4096);
        std::memcpy(halves, src + 2 * done, std::size_t(n) * sizeof(qfloat16));
        qFloatFromFloat16(dst + done, halves, n);
        done += n;
    }
}

void bfloat16ToFloat(const char* src, float* dst, qsizetype count) {
    for (qsizetype i = 0; i < count; ++i) {
        std::uint16_t bits;
        std::memcpy(&bits, src + 2 * i, 2);
        const std::uint32_t wide = std::uint32_t(bits) << 16;
        std::memcpy(dst + i, &wide, 4);
    }
}

void doubleToFloat(const char* src, float* dst, qsizetype count) {
    for (qsizetype i = 0; i < count; ++i) {
        double d;
        std::memcpy(&d, src + 8 * i, 8);
        dst[i] = float(d);
    }
}

} // namespace bertlab::core
