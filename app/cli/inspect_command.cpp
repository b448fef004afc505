#include "cli_common.h"

#include "core/display_format.h"
#include "core/tasks/forward_trace.h"
#include "core/tasks/json_writer.h"

namespace bertlab::cli {

int runInspect(const QStringList& args) {
    CommandParser cmd(
        QStringLiteral("inspect"),
        QStringLiteral("One intermediate of the forward pass over a text, a row per token: the steps are %1. "
                       "As JSON, or CSV (a header of dimensions, then a row per token).")
            .arg(core::traceStepNames().join(QStringLiteral(", "))),
        true, true);
    cmd.addPositional(QStringLiteral("text"), QStringLiteral("Text."), QStringLiteral("TEXT"));
    cmd.addPositional(QStringLiteral("second"), QStringLiteral("Second text of a pair."),
                      QStringLiteral("[SECOND]"));
    cmd.addOption({QStringLiteral("step"), QStringLiteral("Which intermediate (default output)."),
                   QStringLiteral("NAME"), QStringLiteral("output")});
    cmd.addOption(
        {QStringLiteral("layer"), QStringLiteral("The layer, from 1 (default 1)."), QStringLiteral("L")});
    cmd.addOption({QStringLiteral("format"), QStringLiteral("json (default) or csv."),
                   QStringLiteral("json|csv"), QStringLiteral("json")});
    cmd.process(args);
    const QCommandLineParser& p = cmd.parser();
    const QString format = p.value(QStringLiteral("format"));
    if (format != u"json" && format != u"csv")
        fail(QStringLiteral("--format '%1': use json or csv").arg(format));
    const QString step = p.value(QStringLiteral("step"));
    if (!core::traceStepNames().contains(step))
        fail(QStringLiteral("--step '%1': use one of %2")
                 .arg(step, core::traceStepNames().join(QStringLiteral(", "))));
    const int layer = cmd.intValue(QStringLiteral("layer"), 1, 1);

    const auto options = cmd.common();
    const auto [first, second] = cmd.texts();
    const auto bundle = cmd.loadModel();
    const auto trace =
        core::traceForward(bundle->model(), bundle->tokenizer(options.tokenizerFor(*bundle)), first, second);
    if (!trace)
        fail(QStringLiteral("%1: %2").arg(bundle->files().directory, trace.errorString()));
    const auto values = core::traceStep(*trace, step, layer - 1);
    if (!values)
        fail(values.errorString());
    const std::int64_t rows = values->dim(0), cols = values->dim(1);
    const QStringList& tokens = trace->encoding.tokens;

    if (format == u"csv") {
        QByteArray csv = "token";
        for (std::int64_t c = 0; c < cols; ++c)
            csv += ',' + QByteArray::number(c);
        csv += '\n';
        for (std::int64_t r = 0; r < rows; ++r) {
            csv += core::csvField(tokens.value(int(r)));
            for (std::int64_t c = 0; c < cols; ++c)
                csv += ',' + QByteArray::number(double((*values)[r * cols + c]), 'g', 9);
            csv += '\n';
        }
        writeStdout(csv);
        return 0;
    }
    core::JsonWriter json;
    json.beginObject();
    json.key("step").value(step);
    if (core::traceStepIsPerLayer(step))
        json.key("layer").value(layer);
    json.key("tokens").array(tokens);
    json.key("shape").beginArray().value(qint64(rows)).value(qint64(cols)).endArray();
    json.key("values").beginArray();
    for (std::int64_t r = 0; r < rows; ++r)
        json.array(values->data() + r * cols, cols);
    json.endArray();
    json.endObject();
    writeStdout(json.bytes() + '\n');
    return 0;
}

} // namespace bertlab::cli
