// A pytorch_model.bin (zip or legacy layout): opened and every float tensor read.
#include "fuzz_support.h"

#include "core/io/pytorch_reader.h"

using namespace bertlab::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QString path =
        bertlab::fuzz::writeInput(QStringLiteral("pytorch_model.bin"), bertlab::fuzz::bytesOf(data, size));
    auto reader = PytorchReader::open(path);
    if (!reader)
        return 0;
    QStringList floats;
    for (const QString& name : reader->names())
        if (reader->entry(name)->isFloat())
            floats << name;
    (void)reader->readTensors(floats);
    return 0;
}
