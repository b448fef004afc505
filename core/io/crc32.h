#pragma once

#include <cstddef>
#include <cstdint>

namespace bertlab::core::crc32c {

// CRC-32C (Castagnoli), as used by LevelDB tables and TensorFlow checkpoints. Uses the SSE4.2 instruction
// where the CPU has it, a slicing-by-8 table otherwise; both give identical results.
std::uint32_t extend(std::uint32_t crc, const void* data, std::size_t size);
inline std::uint32_t value(const void* data, std::size_t size) {
    return extend(0, data, size);
}

// Stored CRCs are "masked" so that a CRC of data that itself contains CRCs stays well distributed.
constexpr std::uint32_t kMaskDelta = 0xa282ead8u;
constexpr std::uint32_t mask(std::uint32_t crc) {
    return ((crc >> 15) | (crc << 17)) + kMaskDelta;
}
constexpr std::uint32_t unmask(std::uint32_t masked) {
    const std::uint32_t rot = masked - kMaskDelta;
    return (rot >> 17) | (rot << 15);
}

// The portable path alone (tests compare it with the dispatching one).
std::uint32_t extendPortable(std::uint32_t crc, const void* data, std::size_t size);

} // namespace bertlab::core::crc32c

namespace bertlab::core::crc32 {

// CRC-32 (the IEEE / zlib polynomial), as zip archives store for each entry. Slicing-by-8 table.
std::uint32_t extend(std::uint32_t crc, const void* data, std::size_t size);
inline std::uint32_t value(const void* data, std::size_t size) {
    return extend(0, data, size);
}

} // namespace bertlab::core::crc32
