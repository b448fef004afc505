// bert_config.json / config.json, and a model folder's tokenizer_config.json / tokenizer.json (the first byte
// picks which file the rest becomes).
#include "fuzz_support.h"

#include "core/model/bert_config.h"
#include "core/text/tokenizer_settings.h"

#include <QFileInfo>

using namespace bertlab::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes = bertlab::fuzz::bytesOf(data, size);
    (void)BertConfig::fromJson(bytes, QStringLiteral("config.json"));
    if (!bytes.isEmpty()) {
        // Each file in its own folder, so the other never stands in for it.
        const bool config = bytes.at(0) % 2 == 0;
        const QString path = bertlab::fuzz::writeInput(config ? QStringLiteral("a/tokenizer_config.json")
                                                              : QStringLiteral("b/tokenizer.json"),
                                                       bytes.mid(1));
        (void)readTokenizerSettings(QFileInfo(path).absolutePath());
    }
    return 0;
}
