// A training run's event stream (events.jsonl, or a remote runner's pipe) fed in uneven pieces.
#include "fuzz_support.h"

#include "core/train/training_events.h"

using namespace bertlab::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    TrainingEventReader reader{TrainingEventHandlers{}};
    const QByteArray bytes = bertlab::fuzz::bytesOf(data, size);
    const qsizetype piece = 1 + (size % 97);
    for (qsizetype at = 0; at < bytes.size(); at += piece)
        if (!reader.feed(bytes.mid(at, piece)))
            return 0;
    (void)reader.finish();
    return 0;
}
