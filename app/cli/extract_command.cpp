#include "cli_common.h"

#include "core/tasks/embedding_extractor.h"
#include "core/tasks/embedding_writer.h"
#include "core/tasks/text_source.h"

#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>
#include <cstdio>

namespace bertlab::cli {

int runExtract(const QStringList& args) {
    CommandParser cmd(
        QStringLiteral("extract"),
        QStringLiteral("Embeddings of each input line (a tab splits a sentence pair), as keras-bert's "
                       "extract_embeddings computes them."),
        true, true);
    cmd.addOption({QStringLiteral("pooling"),
                   QStringLiteral("Comma-separated poolings: nsp, max, ave (default: none, "
                                  "one feature row per token)."),
                   QStringLiteral("LIST")});
    cmd.addOption(
        {QStringLiteral("output-layers"),
         QStringLiteral("N (the last N layers) or layer indices i,j,… (negative counts from the end)."),
         QStringLiteral("N|i,j,…"), QStringLiteral("1")});
    cmd.addOption(
        {QStringLiteral("max-len"), QStringLiteral("Truncate each text to L tokens."), QStringLiteral("L")});
    cmd.addOption({QStringLiteral("long-texts"),
                   QStringLiteral("Texts longer than the maximum length: truncate them (default), or split "
                                  "single texts into windows and join the results (pooled: the windows' "
                                  "vectors averaged, weighted by their token counts; per token: the rows in "
                                  "order). Pairs are always truncated."),
                   QStringLiteral("truncate|windows"), QStringLiteral("truncate")});
    cmd.addOption({QStringLiteral("batch-size"), QStringLiteral("Texts per forward pass (default 8)."),
                   QStringLiteral("B")});
    cmd.addOption({QStringLiteral("format"), QStringLiteral("Output format (default jsonl)."),
                   QStringLiteral("jsonl|csv|tsv|npy"), QStringLiteral("jsonl")});
    cmd.addOption({QStringLiteral("input"),
                   QStringLiteral("Input text file, or - for standard input (default)."),
                   QStringLiteral("FILE"), QStringLiteral("-")});
    cmd.addOption({QStringLiteral("output"),
                   QStringLiteral("Output file, or - for standard output (default)."), QStringLiteral("FILE"),
                   QStringLiteral("-")});
    cmd.addOption(
        {QStringLiteral("input-format"),
         QStringLiteral("lines (one text per line, a tab splits a pair; the default), or csv/tsv with a "
                        "header row (default for .csv/.tsv files)."),
         QStringLiteral("lines|csv|tsv")});
    cmd.addOption({QStringLiteral("text-column"),
                   QStringLiteral("csv/tsv: the text's column, by name or 0-based number (default 0)."),
                   QStringLiteral("COLUMN")});
    cmd.addOption({QStringLiteral("second-column"),
                   QStringLiteral("csv/tsv: the column of the pair's second text."),
                   QStringLiteral("COLUMN")});
    cmd.addOption(
        {QStringLiteral("strict"),
         QStringLiteral("Stop at the first line that is not valid UTF-8 or too long (default: report it "
                        "on stderr and skip it).")});
    cmd.process(args);
    if (!cmd.parser().positionalArguments().isEmpty())
        fail(QStringLiteral("'extract' reads texts from --input, not from arguments"));

    const auto options = cmd.common();
    core::ExtractionParams params;
    const QString layers = cmd.parser().value(QStringLiteral("output-layers"));
    const auto selection = core::LayerSelection::parse(layers);
    if (!selection)
        fail(QStringLiteral("--output-layers '%1': give N >= 1 or a list of layer indices like 0,-1")
                 .arg(layers));
    params.layers = *selection;
    if (cmd.parser().isSet(QStringLiteral("pooling"))) {
        for (const auto& name :
             cmd.parser().value(QStringLiteral("pooling")).split(u',', Qt::SkipEmptyParts)) {
            const auto pooling = core::poolingFromName(name.trimmed());
            if (!pooling)
                fail(QStringLiteral("--pooling: unknown pooling '%1' (use nsp, max, ave)").arg(name));
            params.poolings.push_back(*pooling);
        }
    }
    params.maxLength = cmd.intValue(QStringLiteral("max-len"), 0, 2);
    params.batchSize = cmd.intValue(QStringLiteral("batch-size"), 8, 1);
    const QString longTexts = cmd.parser().value(QStringLiteral("long-texts"));
    const auto longText = core::longTextFromName(longTexts);
    if (!longText)
        fail(QStringLiteral("--long-texts '%1': use truncate or windows").arg(longTexts));
    params.longText = *longText;
    const QString formatName = cmd.parser().value(QStringLiteral("format"));
    const auto format = core::embeddingFormatFromName(formatName);
    if (!format)
        fail(QStringLiteral("--format: unknown format '%1' (use jsonl, csv, tsv or npy)").arg(formatName));

    const QString inputPath = cmd.parser().value(QStringLiteral("input"));
    core::TextSourceOptions sourceOptions;
    sourceOptions.kind = core::TextSourceOptions::kindForFile(inputPath);
    if (cmd.parser().isSet(QStringLiteral("input-format"))) {
        const QString kind = cmd.parser().value(QStringLiteral("input-format"));
        if (kind == u"lines")
            sourceOptions.kind = core::TextSourceOptions::Kind::Lines;
        else if (kind == u"csv")
            sourceOptions.kind = core::TextSourceOptions::Kind::Csv;
        else if (kind == u"tsv")
            sourceOptions.kind = core::TextSourceOptions::Kind::Tsv;
        else
            fail(QStringLiteral("--input-format '%1': use lines, csv or tsv").arg(kind));
    }
    sourceOptions.stopOnBadRecord = cmd.parser().isSet(QStringLiteral("strict"));
    // Columns may be named; resolve them against the header once the file is open.
    const QString textColumn = cmd.parser().value(QStringLiteral("text-column"));
    const QString secondColumn = cmd.parser().value(QStringLiteral("second-column"));
    auto opened = core::TextSource::open(inputPath, sourceOptions);
    if (opened && sourceOptions.kind != core::TextSourceOptions::Kind::Lines &&
        (!textColumn.isEmpty() || !secondColumn.isEmpty())) {
        const QStringList header = (*opened)->header();
        const auto resolve = [&](const QString& column) {
            bool isNumber = false;
            const int number = column.toInt(&isNumber);
            const int index = isNumber ? number : int(header.indexOf(column));
            if (index < 0 || index >= header.size())
                fail(QStringLiteral("%1: no column '%2' (columns: %3)")
                         .arg(inputPath, column, header.join(u", ")));
            return index;
        };
        sourceOptions.textColumn = textColumn.isEmpty() ? 0 : resolve(textColumn);
        sourceOptions.secondColumn = secondColumn.isEmpty() ? -1 : resolve(secondColumn);
        opened = core::TextSource::open(inputPath, sourceOptions);
    }
    if (!opened)
        fail(opened.errorString());
    core::TextSource& source = **opened;
    std::vector<core::SkippedRecord> skipped;
    const auto nextTexts = [&](int count) {
        std::vector<core::TextInput> texts;
        const std::size_t before = skipped.size();
        source.next(count, texts, skipped);
        for (std::size_t i = before; i < skipped.size() && !sourceOptions.stopOnBadRecord; ++i)
            std::fprintf(stderr, "bertlab-cli: warning: %s: line %lld skipped: %s\n", qPrintable(inputPath),
                         qlonglong(skipped[i].line), qPrintable(skipped[i].reason));
        if (!source.errorString().isEmpty())
            fail(source.errorString());
        return texts;
    };
    const auto bundle = cmd.loadModel();
    const core::Tokenizer tokenizer = bundle->tokenizer(options.tokenizer);
    const core::EmbeddingExtractor extractor(bundle->model(), tokenizer, params);
    if (auto status = extractor.validate(); !status)
        fail(status.errorString());

    // A file output is written next to its destination and renamed into place only when complete.
    const QString outputPath = cmd.parser().value(QStringLiteral("output"));
    if (*format == core::EmbeddingFormat::Npy && outputPath == u"-")
        fail(QStringLiteral("--format npy needs --output FILE (it also writes FILE's .index.csv)"));
    QSaveFile saveFile(outputPath);
    QFile standardOutput;
    QIODevice* device = &saveFile;
    if (outputPath == u"-") {
        if (!standardOutput.open(stdout, QIODevice::WriteOnly))
            fail(QStringLiteral("cannot write to standard output"));
        device = &standardOutput;
    } else if (!saveFile.open(QIODevice::WriteOnly)) {
        fail(QStringLiteral("%1: cannot write: %2").arg(outputPath, saveFile.errorString()));
    }
    // .npy holds only numbers; its rows are described in a CSV beside it.
    const QString indexPath =
        QString(outputPath).replace(QRegularExpression(QStringLiteral("\\.npy$")), QString()) +
        QStringLiteral(".index.csv");
    QSaveFile indexFile(indexPath);
    if (*format == core::EmbeddingFormat::Npy && !indexFile.open(QIODevice::WriteOnly))
        fail(QStringLiteral("%1: cannot write: %2").arg(indexPath, indexFile.errorString()));

    const int chunk = std::max(params.batchSize, 64);
    auto texts = nextTexts(chunk);
    core::EmbeddingLayout layout;
    layout.format = *format;
    layout.pooled = !params.poolings.empty();
    layout.featureSize = extractor.featureSize();
    layout.pairs = std::any_of(texts.begin(), texts.end(), [](const auto& t) { return !t.second.isNull(); });
    core::EmbeddingWriter writer(*device, layout, &indexFile);

    qint64 done = 0;
    for (; !texts.empty(); texts = nextTexts(chunk)) {
        bool written = true;
        auto status = extractor.run(
            texts, [&](core::EmbeddingItem&& item) { return written = writer.write(item); }, {}, done);
        if (!status)
            fail(status.errorString());
        if (!written)
            fail(QStringLiteral("%1: cannot write: %2").arg(outputPath, writer.errorString()));
        done += qint64(texts.size());
    }
    if (!writer.finish())
        fail(QStringLiteral("%1: cannot write: %2").arg(outputPath, writer.errorString()));
    if (*format == core::EmbeddingFormat::Npy && !indexFile.commit())
        fail(QStringLiteral("%1: cannot write: %2").arg(indexPath, indexFile.errorString()));
    if (device == &saveFile && !saveFile.commit())
        fail(QStringLiteral("%1: cannot write: %2").arg(outputPath, saveFile.errorString()));
    if (standardOutput.isOpen())
        standardOutput.flush();
    return 0;
}

} // namespace bertlab::cli
