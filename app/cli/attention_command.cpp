#include "cli_common.h"

#include "core/tasks/attention_maps.h"
#include "core/tasks/json_writer.h"

namespace bertlab::cli {

int runAttention(const QStringList& args) {
    CommandParser cmd(
        QStringLiteral("attention"),
        QStringLiteral("Attention probabilities of every layer and head: [layer][head][query][key]."), true,
        true);
    cmd.addPositional(QStringLiteral("text"), QStringLiteral("Text."), QStringLiteral("TEXT"));
    cmd.addPositional(QStringLiteral("second"), QStringLiteral("Second text of a pair."),
                      QStringLiteral("[SECOND]"));
    cmd.process(args);

    const auto options = cmd.common();
    const auto [first, second] = cmd.texts();
    const auto bundle = cmd.loadModel();
    auto maps = core::attentionMaps(bundle->model(), bundle->tokenizer(options.tokenizer), first, second);
    if (!maps)
        fail(QStringLiteral("%1: %2").arg(bundle->files().directory, maps.errorString()));

    core::JsonWriter json;
    json.beginObject();
    json.key("tokens").array(maps->encoding.tokens);
    json.key("attention").beginArray();
    for (const auto& layer : maps->layers)
        json.tensor(layer);
    json.endArray();
    json.endObject();
    writeStdout(json.bytes() + '\n');
    return 0;
}

} // namespace bertlab::cli
