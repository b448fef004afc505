// A whole TensorFlow checkpoint: the input is a 4-byte little-endian length, that many bytes of .index, and
// the rest as its one data shard; every tensor is read (BundleEntryProto offsets, sizes, CRCs, dtypes).
#include "fuzz_support.h"

#include "core/io/tf_checkpoint_reader.h"

using namespace bertlab::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 4)
        return 0;
    const std::size_t indexSize =
        std::min<std::size_t>(size - 4, std::size_t(data[0]) | std::size_t(data[1]) << 8 |
                                            std::size_t(data[2]) << 16 | std::size_t(data[3] & 0x7f) << 24);
    bertlab::fuzz::writeInput(QStringLiteral("model.ckpt.index"),
                              bertlab::fuzz::bytesOf(data + 4, indexSize));
    bertlab::fuzz::writeInput(QStringLiteral("model.ckpt.data-00000-of-00001"),
                              bertlab::fuzz::bytesOf(data + 4 + indexSize, size - 4 - indexSize));
    auto reader = TfCheckpointReader::open(bertlab::fuzz::scratch().filePath(QStringLiteral("model.ckpt")));
    if (reader)
        (void)reader->readTensors(reader->names());
    return 0;
}
