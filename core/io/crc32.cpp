#include "core/io/crc32.h"

#include <array>
#include <cstring>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <nmmintrin.h>
#define BERTLAB_CRC32C_SSE42 1
#endif

namespace bertlab::core {

namespace {

using Tables = std::array<std::array<std::uint32_t, 256>, 8>;

// `polynomial` is the reflected generator polynomial.
constexpr Tables makeTables(std::uint32_t polynomial) {
    Tables t{};
    for (std::uint32_t i = 0; i < 256; ++i) {
        std::uint32_t c = i;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? (c >> 1) ^ polynomial : c >> 1;
        t[0][i] = c;
    }
    // Table k advances a byte through k further zero bytes, so 8 bytes are folded per step.
    for (std::size_t k = 1; k < 8; ++k)
        for (std::size_t i = 0; i < 256; ++i)
            t[k][i] = (t[k - 1][i] >> 8) ^ t[0][t[k - 1][i] & 0xff];
    return t;
}

std::uint32_t extendSliced(const Tables& t, std::uint32_t crc, const void* data, std::size_t size) {
    auto p = static_cast<const unsigned char*>(data);
    std::uint32_t c = ~crc;
    for (; size >= 8; size -= 8, p += 8) {
        // Little-endian load of the first four bytes, folded with the running CRC.
        const std::uint32_t lo = c ^ (std::uint32_t(p[0]) | std::uint32_t(p[1]) << 8 |
                                      std::uint32_t(p[2]) << 16 | std::uint32_t(p[3]) << 24);
        c = t[7][lo & 0xff] ^ t[6][(lo >> 8) & 0xff] ^ t[5][(lo >> 16) & 0xff] ^ t[4][lo >> 24] ^ t[3][p[4]] ^
            t[2][p[5]] ^ t[1][p[6]] ^ t[0][p[7]];
    }
    for (; size > 0; --size, ++p)
        c = (c >> 8) ^ t[0][(c ^ *p) & 0xff];
    return ~c;
}

constexpr Tables kCastagnoli = makeTables(0x82f63b78u);
constexpr Tables kIeee = makeTables(0xedb88320u);

#ifdef BERTLAB_CRC32C_SSE42
__attribute__((target("sse4.2"))) std::uint32_t extendSse42(std::uint32_t crc, const unsigned char* p,
                                                            std::size_t n) {
    std::uint64_t c = ~crc;
    for (; n >= 8; n -= 8, p += 8) {
        std::uint64_t word;
        std::memcpy(&word, p, 8);
        c = _mm_crc32_u64(c, word);
    }
    auto c32 = std::uint32_t(c);
    for (; n > 0; --n, ++p)
        c32 = _mm_crc32_u8(c32, *p);
    return ~c32;
}

bool hasSse42() {
    static const bool has = __builtin_cpu_supports("sse4.2");
    return has;
}
#endif

} // namespace

namespace crc32c {

std::uint32_t extendPortable(std::uint32_t crc, const void* data, std::size_t size) {
    return extendSliced(kCastagnoli, crc, data, size);
}

std::uint32_t extend(std::uint32_t crc, const void* data, std::size_t size) {
#ifdef BERTLAB_CRC32C_SSE42
    if (hasSse42())
        return extendSse42(crc, static_cast<const unsigned char*>(data), size);
#endif
    return extendPortable(crc, data, size);
}

} // namespace crc32c

namespace crc32 {

std::uint32_t extend(std::uint32_t crc, const void* data, std::size_t size) {
    return extendSliced(kIeee, crc, data, size);
}

} // namespace crc32

} // namespace bertlab::core
