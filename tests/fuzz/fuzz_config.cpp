// bert_config.json / config.json, and the files beside it that say how to use the model:
// tokenizer_config.json, tokenizer.json, a sentence-transformers modules.json and its 1_Pooling/config.json
// (the first byte picks which file the rest becomes; the others hold valid content).
#include "fuzz_support.h"

#include "core/model/bert_config.h"
#include "core/tasks/sentence_transformers.h"
#include "core/text/tokenizer_settings.h"

#include <QFileInfo>

using namespace bertlab::core;

namespace {

const QByteArray kModules =
    R"([{"idx":0,"name":"0","path":"","type":"sentence_transformers.models.Transformer"},
{"idx":1,"name":"1","path":"1_Pooling","type":"sentence_transformers.models.Pooling"},
{"idx":2,"name":"2","path":"2_Normalize","type":"sentence_transformers.models.Normalize"}])";
const QByteArray kPooling = R"({"word_embedding_dimension": 32, "pooling_mode_mean_tokens": true})";

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes = bertlab::fuzz::bytesOf(data, size);
    (void)BertConfig::fromJson(bytes, QStringLiteral("config.json"));
    if (bytes.isEmpty())
        return 0;
    // Each kind in its own folder, so one file never stands in for another.
    const QByteArray rest = bytes.mid(1);
    switch (static_cast<unsigned char>(bytes.at(0)) % 4) {
    case 0:
        (void)readTokenizerSettings(
            QFileInfo(bertlab::fuzz::writeInput(QStringLiteral("a/tokenizer_config.json"), rest))
                .absolutePath());
        break;
    case 1:
        (void)readTokenizerSettings(
            QFileInfo(bertlab::fuzz::writeInput(QStringLiteral("b/tokenizer.json"), rest)).absolutePath());
        break;
    case 2:
        bertlab::fuzz::writeInput(QStringLiteral("c/1_Pooling/config.json"), kPooling);
        (void)readSentenceTransformers(
            QFileInfo(bertlab::fuzz::writeInput(QStringLiteral("c/modules.json"), rest)).absolutePath());
        break;
    default:
        bertlab::fuzz::writeInput(QStringLiteral("d/1_Pooling/config.json"), rest);
        bertlab::fuzz::writeInput(QStringLiteral("d/sentence_bert_config.json"), rest);
        (void)readSentenceTransformers(
            QFileInfo(bertlab::fuzz::writeInput(QStringLiteral("d/modules.json"), kModules)).absolutePath());
        break;
    }
    return 0;
}
