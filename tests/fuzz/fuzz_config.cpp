// bert_config.json / config.json.
#include "fuzz_support.h"

#include "core/model/bert_config.h"

using namespace bertlab::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    (void)BertConfig::fromJson(bertlab::fuzz::bytesOf(data, size), QStringLiteral("config.json"));
    return 0;
}
