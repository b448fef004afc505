#include "cli_common.h"

#include "core/tasks/fill_mask.h"
#include "core/tasks/json_writer.h"

namespace bertlab::cli {

int runPredict(const QStringList& args) {
    CommandParser cmd(
        QStringLiteral("predict"),
        QStringLiteral("Top-k words for every [MASK], and next-sentence probabilities for a pair."), true,
        true);
    cmd.addOption(
        {QStringLiteral("top-k"), QStringLiteral("Candidates per mask (default 5)."), QStringLiteral("K")});
    cmd.addPositional(QStringLiteral("text"), QStringLiteral("Text with [MASK] tokens."),
                      QStringLiteral("TEXT"));
    cmd.addPositional(QStringLiteral("second"), QStringLiteral("Second text of a pair."),
                      QStringLiteral("[SECOND]"));
    cmd.process(args);

    const auto options = cmd.common();
    core::FillMaskParams params;
    params.topK = cmd.intValue(QStringLiteral("top-k"), 5, 1);
    const auto [first, second] = cmd.texts();
    const auto bundle = cmd.loadModel();
    auto result = core::fillMask(bundle->model(), bundle->tokenizer(options.tokenizerFor(*bundle)), first,
                                 second, params);
    if (!result)
        fail(QStringLiteral("%1: %2").arg(bundle->files().directory, result.errorString()));

    core::JsonWriter json;
    json.beginObject();
    json.key("tokens").array(result->encoding.tokens);
    json.key("masks").beginArray();
    for (const auto& mask : result->masks) {
        json.beginObject().key("position").value(mask.position).key("candidates").beginArray();
        for (const auto& c : mask.candidates) {
            json.beginObject();
            json.key("token").value(c.token).key("id").value(c.id).key("probability").value(c.probability);
            json.endObject();
        }
        json.endArray().endObject();
    }
    json.endArray();
    json.key("nsp");
    if (result->nsp)
        json.beginArray().value(result->nsp->first).value(result->nsp->second).endArray();
    else
        json.null();
    json.endObject();
    writeStdout(json.bytes() + '\n');
    return 0;
}

} // namespace bertlab::cli
