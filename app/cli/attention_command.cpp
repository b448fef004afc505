#include "cli_common.h"

#include "core/tasks/attention_maps.h"
#include "core/tasks/attention_view.h"
#include "core/tasks/json_writer.h"

#include <algorithm>

namespace bertlab::cli {

namespace {

// --heads 1,3: 1-based head numbers as the app shows them, to 0-based.
std::vector<int> headList(const QString& value, int headCount) {
    std::vector<int> heads;
    for (const QString& part : value.split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const int h = part.trimmed().toInt(&ok);
        if (!ok || h < 1 || h > headCount)
            fail(QStringLiteral("--heads: '%1' is not a head number from 1 to %2").arg(part).arg(headCount));
        heads.push_back(h - 1);
    }
    return heads;
}

} // namespace

int runAttention(const QStringList& args) {
    CommandParser cmd(
        QStringLiteral("attention"),
        QStringLiteral(
            "Attention probabilities of every layer and head: [layer][head][query][key]. With --layer "
            "(or any view option), one matrix as the app's large view shows it, as JSON or CSV."),
        true, true);
    cmd.addPositional(QStringLiteral("text"), QStringLiteral("Text."), QStringLiteral("TEXT"));
    cmd.addPositional(QStringLiteral("second"), QStringLiteral("Second text of a pair."),
                      QStringLiteral("[SECOND]"));
    cmd.addOption({QStringLiteral("layer"),
                   QStringLiteral("One layer, from 1 (default with a view option: the last)."),
                   QStringLiteral("L")});
    cmd.addOption(
        {QStringLiteral("head"), QStringLiteral("One head, from 1 (default 1)."), QStringLiteral("H")});
    cmd.addOption(
        {QStringLiteral("mean"), QStringLiteral("The mean over the heads (--heads, default all).")});
    cmd.addOption({QStringLiteral("heads"), QStringLiteral("Heads averaged by --mean, e.g. 1,3,4."),
                   QStringLiteral("LIST")});
    cmd.addOption(
        {QStringLiteral("hide-specials"),
         QStringLiteral("Leave out the [CLS] and [SEP] rows and columns (weights are not renormalised).")});
    cmd.addOption(
        {QStringLiteral("merge-pieces"),
         QStringLiteral("One row and column per word: its pieces' weights as keys added up, as queries "
                        "averaged.")});
    cmd.addOption(
        {QStringLiteral("block"),
         QStringLiteral("For a pair: all (default), ab (the first text's queries, the second's keys) or ba."),
         QStringLiteral("all|ab|ba"), QStringLiteral("all")});
    cmd.addOption(
        {QStringLiteral("format"),
         QStringLiteral("json (default) or csv (one matrix: a header of keys, then a row per query, as "
                        "the app's Export CSV)."),
         QStringLiteral("json|csv"), QStringLiteral("json")});
    cmd.process(args);
    const QCommandLineParser& p = cmd.parser();

    const QString format = p.value(QStringLiteral("format"));
    if (format != u"json" && format != u"csv")
        fail(QStringLiteral("--format '%1': use json or csv").arg(format));
    core::AttentionViewOptions view;
    view.meanOverHeads = p.isSet(QStringLiteral("mean"));
    view.hideSpecials = p.isSet(QStringLiteral("hide-specials"));
    view.mergeWordPieces = p.isSet(QStringLiteral("merge-pieces"));
    const QString block = p.value(QStringLiteral("block"));
    if (block == u"ab")
        view.block = core::AttentionBlock::FirstToSecond;
    else if (block == u"ba")
        view.block = core::AttentionBlock::SecondToFirst;
    else if (block != u"all")
        fail(QStringLiteral("--block '%1': use all, ab or ba").arg(block));
    const bool oneMatrix = format == u"csv" || view.meanOverHeads || view.hideSpecials ||
                           view.mergeWordPieces || block != u"all" || p.isSet(QStringLiteral("layer")) ||
                           p.isSet(QStringLiteral("head")) || p.isSet(QStringLiteral("heads"));

    const auto options = cmd.common();
    const auto [first, second] = cmd.texts();
    const auto bundle = cmd.loadModel();
    auto maps =
        core::attentionMaps(bundle->model(), bundle->tokenizer(options.tokenizerFor(*bundle)), first, second);
    if (!maps)
        fail(QStringLiteral("%1: %2").arg(bundle->files().directory, maps.errorString()));

    core::JsonWriter json;
    if (!oneMatrix) {
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

    const int layers = maps->layerCount(), heads = maps->headCount();
    const int layer = cmd.intValue(QStringLiteral("layer"), layers, 1);
    const int head = cmd.intValue(QStringLiteral("head"), 1, 1);
    if (layer > layers)
        fail(QStringLiteral("--layer %1: the model has layers 1 to %2").arg(layer).arg(layers));
    if (head > heads)
        fail(QStringLiteral("--head %1: the model has heads 1 to %2").arg(head).arg(heads));
    const std::vector<int> chosen = headList(p.value(QStringLiteral("heads")), heads);
    const core::AttentionMatrix matrix = core::attentionView(*maps, layer - 1, head - 1, chosen, view);
    if (format == u"csv") {
        writeStdout(core::attentionCsv(
            matrix, core::attentionCsvCorner(layer - 1, head - 1, view.meanOverHeads, chosen, heads)));
        return 0;
    }
    json.beginObject();
    json.key("layer").value(layer);
    if (view.meanOverHeads) {
        json.key("heads").beginArray();
        for (int h = 0; h < heads; ++h)
            if (chosen.empty() || std::find(chosen.begin(), chosen.end(), h) != chosen.end())
                json.value(h + 1);
        json.endArray();
    } else {
        json.key("head").value(head);
    }
    json.key("queries").array(matrix.rowLabels);
    json.key("keys").array(matrix.columnLabels);
    json.key("attention").beginArray();
    for (int r = 0; r < matrix.rows; ++r)
        json.array(matrix.values.data() + std::size_t(r) * std::size_t(matrix.cols), matrix.cols);
    json.endArray();
    json.endObject();
    writeStdout(json.bytes() + '\n');
    return 0;
}

} // namespace bertlab::cli
