// ZipReader: the directory of an arbitrary archive, then every entry read (stored ones, CRC checked).
#include "fuzz_support.h"

#include "core/io/zip_reader.h"

using namespace bertlab::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QString path =
        bertlab::fuzz::writeInput(QStringLiteral("archive.zip"), bertlab::fuzz::bytesOf(data, size));
    auto zip = ZipReader::open(path);
    if (!zip)
        return 0;
    for (const ZipEntry& e : zip->entries())
        (void)zip->read(e.name, 1 << 20);
    return 0;
}
