// A NumPy .npy file (extraction output read back): header dict, dtype, shape, data size.
#include "fuzz_support.h"

#include "core/io/npy_file.h"

using namespace bertlab::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QString path =
        bertlab::fuzz::writeInput(QStringLiteral("array.npy"), bertlab::fuzz::bytesOf(data, size));
    (void)NpyArray::map(path, {NpyType::Float32, NpyType::Int32, NpyType::Int16, NpyType::Int8});
    return 0;
}
