// A TensorFlow checkpoint's .index file (a LevelDB SSTable: blocks, restarts, snappy, CRC32C).
#include "fuzz_support.h"

#include "core/io/sstable_reader.h"

using namespace bertlab::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto table = SsTableReader::fromBytes(bertlab::fuzz::bytesOf(data, size), QStringLiteral("fuzz.index"));
    if (table && !table->entries().empty())
        (void)table->find(table->entries().front().key);
    return 0;
}
