#pragma once

#include <cstdint>
#include <initializer_list>
#include <memory>
#include <vector>

namespace bertlab::core {

// Allocates 64-byte aligned memory so SIMD loads and oneDNN never see a split cache line.
template <typename T>
struct AlignedAllocator {
    using value_type = T;
    AlignedAllocator() = default;
    template <typename U>
    AlignedAllocator(const AlignedAllocator<U>&) {}
    T* allocate(std::size_t n);
    void deallocate(T* p, std::size_t) noexcept;
    template <typename U>
    bool operator==(const AlignedAllocator<U>&) const {
        return true;
    }
};

using Shape = std::vector<std::int64_t>;

// A dense, row-major float32 tensor with value semantics (copying copies the data).
class Tensor final {
public:
    Tensor() = default;
    explicit Tensor(Shape shape);           // zero-filled
    Tensor(Shape shape, const float* data); // copies shape-product floats from data
    Tensor(std::initializer_list<std::int64_t> shape)
        : Tensor(Shape(shape)) {}

    const Shape& shape() const { return m_shape; }
    int rank() const { return int(m_shape.size()); }
    std::int64_t dim(int i) const { return m_shape[std::size_t(i < 0 ? i + rank() : i)]; }
    std::int64_t size() const { return std::int64_t(m_data.size()); }
    bool isEmpty() const { return m_data.empty(); }

    float* data() { return m_data.data(); }
    const float* data() const { return m_data.data(); }
    float& operator[](std::int64_t i) { return m_data[std::size_t(i)]; }
    float operator[](std::int64_t i) const { return m_data[std::size_t(i)]; }
    // Row r of a tensor seen as [rows, dim(-1)].
    float* row(std::int64_t r) { return data() + r * dim(-1); }
    const float* row(std::int64_t r) const { return data() + r * dim(-1); }

    // Same data, another shape with the same element count.
    Tensor reshaped(Shape shape) const;
    // For a rank-2 tensor, its transpose.
    Tensor transposed() const;
    // Rows [begin, end) of the first dimension.
    Tensor sliceRows(std::int64_t begin, std::int64_t end) const;

    static std::int64_t elementCount(const Shape& shape);

private:
    Shape m_shape;
    std::vector<float, AlignedAllocator<float>> m_data;
};

} // namespace bertlab::core
