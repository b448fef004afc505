// A safetensors file: header validated, then every float tensor read.
#include "fuzz_support.h"

#include "core/io/safetensors_reader.h"

using namespace bertlab::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QString path =
        bertlab::fuzz::writeInput(QStringLiteral("model.safetensors"), bertlab::fuzz::bytesOf(data, size));
    auto reader = SafetensorsReader::open(path);
    if (!reader)
        return 0;
    QStringList floats;
    for (const SafetensorsEntry& e : reader->entries())
        if (e.isFloat())
            floats << e.name;
    (void)reader->readTensors(floats);
    return 0;
}
