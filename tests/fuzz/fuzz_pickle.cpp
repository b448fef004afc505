// PickleReader on arbitrary bytes, with the globals a PyTorch state dict may name.
#include "fuzz_support.h"

#include "core/io/pickle_reader.h"

using namespace bertlab::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const PickleReader::Options options = [] {
        PickleReader::Options o;
        o.allowedGlobals = {QStringLiteral("collections.OrderedDict"),
                            QStringLiteral("torch._utils._rebuild_tensor_v2"),
                            QStringLiteral("torch.FloatStorage")};
        o.maxValues = 1 << 16;
        return o;
    }();
    const QByteArray bytes = bertlab::fuzz::bytesOf(data, size);
    qsizetype offset = 0;
    // Several pickles in a row, as torch.save's legacy layout has them.
    for (int i = 0; i < 5 && offset < bytes.size(); ++i) {
        auto pickle = PickleReader::parse(bytes, offset, QStringLiteral("fuzz"), options);
        if (!pickle)
            break;
        (void)pickle->describe(pickle->root());
        offset = pickle->end();
    }
    return 0;
}
