#include "cli_common.h"

#include "core/tasks/embedding_extractor.h"
#include "core/tasks/embedding_writer.h"
#include "core/tasks/extraction_job.h"
#include "core/tasks/text_source.h"

#include <QFileInfo>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

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
    cmd.addOption({QStringLiteral("format"),
                   QStringLiteral("Output format (default: the --output file's extension when it is one of "
                                  "these, else jsonl)."),
                   QStringLiteral("jsonl|csv|tsv|npy")});
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
    // x.csv without --format is meant as CSV, not JSON Lines in a file named .csv.
    const QString outputPath = cmd.parser().value(QStringLiteral("output"));
    QString formatName = cmd.parser().value(QStringLiteral("format"));
    if (!cmd.parser().isSet(QStringLiteral("format"))) {
        const QString suffix = QFileInfo(outputPath).suffix().toLower();
        formatName =
            outputPath != u"-" && core::embeddingFormatFromName(suffix) ? suffix : QStringLiteral("jsonl");
    }
    const auto format = core::embeddingFormatFromName(formatName);
    if (!format)
        fail(QStringLiteral("--format: unknown format '%1' (use jsonl, csv, tsv or npy)").arg(formatName));

    core::ExtractionJobSpec spec;
    spec.params = params;
    spec.format = *format;
    spec.tokenizer = options.tokenizer;
    spec.inputPath = cmd.parser().value(QStringLiteral("input"));
    spec.outputPath = outputPath;
    spec.textsPerChunk = std::max(params.batchSize, 64);
    core::TextSourceOptions& source = spec.source;
    source.kind = core::TextSourceOptions::kindForFile(spec.inputPath);
    if (cmd.parser().isSet(QStringLiteral("input-format"))) {
        const QString kind = cmd.parser().value(QStringLiteral("input-format"));
        if (kind == u"lines")
            source.kind = core::TextSourceOptions::Kind::Lines;
        else if (kind == u"csv")
            source.kind = core::TextSourceOptions::Kind::Csv;
        else if (kind == u"tsv")
            source.kind = core::TextSourceOptions::Kind::Tsv;
        else
            fail(QStringLiteral("--input-format '%1': use lines, csv or tsv").arg(kind));
    }
    source.stopOnBadRecord = cmd.parser().isSet(QStringLiteral("strict"));
    source.textColumnName = cmd.parser().value(QStringLiteral("text-column"));
    source.secondColumnName = cmd.parser().value(QStringLiteral("second-column"));
    if (spec.format == core::EmbeddingFormat::Npy && spec.outputPath == u"-")
        fail(QStringLiteral("--format npy needs --output FILE (it also writes FILE's .index.csv)"));

    // The same job the Extract page runs: reading and tokenizing overlap the forward passes, and a file is
    // written under a partial name and renamed into place only when complete.
    const auto model = cmd.loadModel();
    if (const int layers = model->config().numLayers; params.layers.lastN && *params.layers.lastN > layers)
        std::fprintf(stderr,
                     "bertlab-cli: warning: the model has %d layers: --output-layers %d gives all %d (as "
                     "keras-bert does)\n",
                     layers, *params.layers.lastN, layers);
    core::ExtractionJob job(model, spec);
    QObject::connect(
        &job, &core::ExtractionJob::skipped, [&](const std::vector<core::SkippedRecord>& records) {
            if (source.stopOnBadRecord)
                return; // the job stops with the reason
            for (const auto& r : records)
                std::fprintf(stderr, "bertlab-cli: warning: %s: line %lld skipped: %s\n",
                             qPrintable(spec.inputPath), qlonglong(r.line), qPrintable(r.reason));
        });
    const bool showProgress = isatty(fileno(stderr)) && spec.outputPath != u"-";
    QObject::connect(&job, &core::ExtractionJob::progress, [&](const core::ExtractionProgress& p) {
        if (showProgress)
            std::fprintf(stderr, "\rextracting: %lld texts, %.0f texts/s   ", qlonglong(p.texts),
                         p.textsPerSecond);
    });
    const auto summary = job.run();
    if (showProgress)
        std::fprintf(stderr, "\n");
    if (!summary)
        fail(summary.errorString());
    return 0;
}

} // namespace bertlab::cli
