#include "core/tensor/tensor.h"

#include <algorithm>
#include <cassert>
#include <cstdlib>
#include <new>

namespace bertlab::core {

template <typename T>
T* AlignedAllocator<T>::allocate(std::size_t n) {
    const std::size_t bytes = ((n * sizeof(T) + 63) / 64) * 64;
    void* p = std::aligned_alloc(64, bytes == 0 ? 64 : bytes);
    if (!p)
        throw std::bad_alloc();
    return static_cast<T*>(p);
}

template <typename T>
void AlignedAllocator<T>::deallocate(T* p, std::size_t) noexcept {
    std::free(p);
}

template struct AlignedAllocator<float>;

std::int64_t Tensor::elementCount(const Shape& shape) {
    std::int64_t n = 1;
    for (auto d : shape)
        n *= d;
    return n;
}

Tensor::Tensor(Shape shape)
    : m_shape(std::move(shape))
    , m_data(std::size_t(elementCount(m_shape)), 0.0f) {}

Tensor::Tensor(Shape shape, const float* data)
    : m_shape(std::move(shape))
    , m_data(data, data + elementCount(m_shape)) {}

Tensor Tensor::reshaped(Shape shape) const {
    assert(elementCount(shape) == size());
    Tensor t;
    t.m_shape = std::move(shape);
    t.m_data = m_data;
    return t;
}

Tensor Tensor::transposed() const {
    assert(rank() == 2);
    const auto rows = dim(0), cols = dim(1);
    Tensor t({cols, rows});
    for (std::int64_t r = 0; r < rows; ++r)
        for (std::int64_t c = 0; c < cols; ++c)
            t.m_data[std::size_t(c * rows + r)] = m_data[std::size_t(r * cols + c)];
    return t;
}

Tensor Tensor::sliceRows(std::int64_t begin, std::int64_t end) const {
    assert(begin >= 0 && begin <= end && end <= dim(0));
    Shape shape = m_shape;
    shape[0] = end - begin;
    const auto stride = size() / std::max<std::int64_t>(dim(0), 1);
    return Tensor(shape, data() + begin * stride);
}

} // namespace bertlab::core
