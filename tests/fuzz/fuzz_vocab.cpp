// vocab.txt: loaded, then a fixed mixed-script text tokenized with it in each mode.
#include "fuzz_support.h"

#include "core/text/tokenizer.h"

using namespace bertlab::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QString path =
        bertlab::fuzz::writeInput(QStringLiteral("vocab.txt"), bertlab::fuzz::bytesOf(data, size));
    for (bool cased : {false, true}) {
        TokenizerOptions options;
        options.cased = cased;
        auto tokenizer = Tokenizer::fromVocabFile(path, options);
        if (!tokenizer)
            return 0;
        (void)tokenizer->encode(QStringLiteral("Héllo, wörld! 你好 [MASK] unaffable"),
                                QStringLiteral("second"), 16);
    }
    return 0;
}
