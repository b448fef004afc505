#include "cli_common.h"

#include "core/tasks/json_writer.h"
#include "core/tasks/text_classification.h"

#include <QDir>
#include <QFileInfo>

#include <cstdio>

namespace bertlab::cli {

int runClassify(const QStringList& args) {
    CommandParser cmd(
        QStringLiteral("classify"),
        QStringLiteral("Label probabilities of a fine-tuned classifier (a model whose info shows "
                       "a classifier head): for TEXT [SECOND], printed as JSON, or for every text "
                       "of --input, written as CSV to --output."),
        true, true);
    cmd.addOption({QStringLiteral("input"),
                   QStringLiteral("Classify every text of FILE (lines, a tab splits a pair; or csv/tsv)."),
                   QStringLiteral("FILE")});
    cmd.addOption({QStringLiteral("output"),
                   QStringLiteral("With --input: the CSV to write (index,text,label,probability,p_<label>…); "
                                  "an existing file is replaced only with --overwrite."),
                   QStringLiteral("FILE")});
    cmd.addOption({QStringLiteral("overwrite"), QStringLiteral("Replace an existing --output file.")});
    cmd.addTextSourceOptions();
    cmd.addOption(
        {QStringLiteral("max-length"),
         QStringLiteral("Tokens per text, [CLS] and [SEP] included (default: the model's maximum)."),
         QStringLiteral("N")});
    cmd.addOption({QStringLiteral("batch-size"), QStringLiteral("Texts per forward pass (default 16)."),
                   QStringLiteral("N")});
    cmd.addPositional(QStringLiteral("text"), QStringLiteral("Text to classify."), QStringLiteral("[TEXT]"));
    cmd.addPositional(QStringLiteral("second"), QStringLiteral("Second text of a pair."),
                      QStringLiteral("[SECOND]"));
    cmd.process(args);

    const QCommandLineParser& p = cmd.parser();
    const bool fromFile = p.isSet(QStringLiteral("input"));
    if (fromFile && !p.positionalArguments().isEmpty())
        fail(QStringLiteral("give either --input FILE or a text, not both"));
    if (fromFile != p.isSet(QStringLiteral("output")))
        fail(QStringLiteral("--input and --output go together (a file in, a CSV of predictions out)"));
    const int maxLength = cmd.intValue(QStringLiteral("max-length"), 0, 2);
    const auto bundle = cmd.loadModel();
    const core::BertModel& model = bundle->model();
    if (!model.hasClassifier())
        fail(QStringLiteral("%1: this model has no classifier head (its heads: see 'bertlab-cli info'); "
                            "fine-tune one with 'bertlab-cli train classify'")
                 .arg(QDir::toNativeSeparators(bundle->files().directory)));
    if (maxLength > model.maxSequenceLength())
        fail(QStringLiteral("--max-length %1: this model takes at most %2 tokens")
                 .arg(maxLength)
                 .arg(model.maxSequenceLength()));
    const core::Tokenizer tokenizer = bundle->tokenizer(cmd.common().tokenizerFor(*bundle));

    if (!fromFile) {
        const auto [first, second] = cmd.texts();
        auto result = core::classifyTexts(model, tokenizer, {core::TextInput{first, second}}, maxLength);
        if (!result)
            fail(result.errorString());
        const core::Classification& c = result->front();
        core::JsonWriter json;
        json.beginObject();
        json.key("label").value(model.labels().value(c.best));
        json.key("probability").value(c.probabilities[std::size_t(c.best)]);
        json.key("labels").array(model.labels());
        json.key("probabilities").beginArray();
        for (float probability : c.probabilities)
            json.value(probability);
        json.endArray().endObject();
        writeStdout(json.bytes() + '\n');
        return 0;
    }

    const QString input = p.value(QStringLiteral("input"));
    const QString output = p.value(QStringLiteral("output"));
    if (QFileInfo::exists(output) && !p.isSet(QStringLiteral("overwrite")))
        fail(
            QStringLiteral("%1 exists: add --overwrite to replace it").arg(QDir::toNativeSeparators(output)));
    const core::TextSourceOptions options = cmd.textSourceOptions(input);
    auto source = core::TextSource::open(input, options);
    if (!source)
        fail(source.errorString());
    core::ClassifyFileParams params;
    params.maxLength = maxLength;
    params.batchSize = cmd.intValue(QStringLiteral("batch-size"), 16, 1);
    auto summary = core::classifyFile(model, tokenizer, **source, output, params);
    if (!summary)
        fail(summary.errorString());
    for (const auto& r : summary->skipped)
        std::fprintf(stderr, "bertlab-cli: warning: %s: line %lld skipped: %s\n", qPrintable(input),
                     qlonglong(r.line), qPrintable(r.reason));
    std::fprintf(stderr, "bertlab-cli: %lld texts classified into %s\n", qlonglong(summary->rows),
                 qPrintable(QDir::toNativeSeparators(output)));
    return 0;
}

} // namespace bertlab::cli
