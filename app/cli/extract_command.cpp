#include "cli_common.h"

#include "core/tasks/embedding_extractor.h"
#include "core/tasks/embedding_writer.h"
#include "core/tasks/extraction_job.h"
#include "core/tasks/extraction_settings.h"
#include "core/tasks/text_source.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace bertlab::cli {

namespace {

core::ExtractionJob* g_job = nullptr;

extern "C" void onExtractInterrupt(int) {
    if (g_job)
        g_job->cancel(); // an atomic store: safe in a signal handler
}

// Options that belong to one invocation, not to saved settings.
bool isInvocationOption(const QString& name) {
    return name == u"config" || name == u"write-config" || name == u"events" || name == u"help" ||
           name == u"threads";
}

// --config FILE: the file's options first, then the command line's (which override them).
QStringList withSettings(const QStringList& args, const QString& path) {
    const auto settings = core::ExtractionSettings::load(path);
    if (!settings)
        fail(settings.errorString());
    QStringList expanded{args.value(0)};
    for (auto it = settings->options.begin(); it != settings->options.end(); ++it) {
        if (isInvocationOption(it.key()))
            fail(QStringLiteral("%1: “%2” cannot be saved in settings").arg(path, it.key()));
        if (it.value().isBool()) {
            if (it.value().toBool())
                expanded << QStringLiteral("--") + it.key();
        } else {
            expanded << QStringLiteral("--%1=%2").arg(it.key(), it.value().toString());
        }
    }
    return expanded + args.mid(1);
}

// The options given, as settings (a flag: true).
core::ExtractionSettings givenSettings(const QCommandLineParser& p) {
    core::ExtractionSettings settings;
    for (const QString& name : p.optionNames()) {
        if (isInvocationOption(name))
            continue;
        if (name == u"strict" || name == u"cased" || name == u"uncased" || name == u"normalize")
            settings.options.insert(name, true);
        else
            settings.options.insert(name, p.value(name));
    }
    return settings;
}

// --write-config FILE: the options given, with the files as absolute paths and the model resolved, so the
// settings mean the same from any folder or machine they are sent to.
void writeSettings(CommandParser& cmd, const QString& path) {
    const QCommandLineParser& p = cmd.parser();
    core::ExtractionSettings settings = givenSettings(p);
    for (const char* file : {"input", "output"}) {
        const QString value = p.value(QLatin1String(file));
        if (value != u"-")
            settings.options.insert(QLatin1String(file), QFileInfo(value).absoluteFilePath());
    }
    settings.options.insert(QStringLiteral("model"),
                            QFileInfo(modelDirectory(p.value(QStringLiteral("model")))).absoluteFilePath());
    if (const core::Status saved = settings.save(path); !saved)
        fail(saved.errorString());
    writeStdout(QJsonDocument(QJsonObject{{QStringLiteral("config"), path}}).toJson(QJsonDocument::Compact) +
                '\n');
}

} // namespace

int runExtract(const QStringList& args) {
    CommandParser cmd(
        QStringLiteral("extract"),
        QStringLiteral("Embeddings of each input line (a tab splits a sentence pair), as keras-bert's "
                       "extract_embeddings computes them."),
        true, true);
    cmd.addOption(
        {QStringLiteral("pooling"),
         QStringLiteral("Comma-separated poolings: nsp, max, ave (default: none, one feature row per "
                        "token); or sentence-transformers: as SentenceTransformer.encode with the "
                        "model folder's modules.json (its pooling, normalization and "
                        "max_seq_length; the last layer)."),
         QStringLiteral("LIST")});
    cmd.addOption({QStringLiteral("normalize"),
                   QStringLiteral("Scale each pooled vector to unit length (L2), as sentence-transformers' "
                                  "Normalize.")});
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
    cmd.addTextSourceOptions();
    cmd.addOption(
        {QStringLiteral("strict"),
         QStringLiteral("Stop at the first line that is not valid UTF-8 or too long (default: report it "
                        "on stderr and skip it).")});
    cmd.addOption({QStringLiteral("config"),
                   QStringLiteral("Run the extraction settings in FILE (written by --write-config); options "
                                  "given as well override them."),
                   QStringLiteral("FILE")});
    cmd.addOption({QStringLiteral("write-config"),
                   QStringLiteral("Write these settings as JSON to FILE (files as absolute paths, the model "
                                  "resolved) and exit, to run them later or as a remote job."),
                   QStringLiteral("FILE")});
    cmd.addOption({QStringLiteral("events"),
                   QStringLiteral("Append progress and the outcome to FILE as JSON lines (texts, texts/s, "
                                  "time left), as remote jobs report them."),
                   QStringLiteral("FILE")});
    cmd.process(args);
    if (cmd.parser().isSet(QStringLiteral("config")))
        cmd.process(withSettings(args, cmd.parser().value(QStringLiteral("config"))));
    if (cmd.parser().isSet(QStringLiteral("write-config"))) {
        writeSettings(cmd, cmd.parser().value(QStringLiteral("write-config")));
        return 0;
    }
    if (!cmd.parser().positionalArguments().isEmpty())
        fail(QStringLiteral("'extract' reads texts from --input, not from arguments"));

    // The same reading of the options as saved settings and remote jobs get.
    auto parsed = givenSettings(cmd.parser()).toSpec();
    if (!parsed)
        fail(parsed.errorString());
    const core::ExtractionJobSpec spec = *parsed;
    const core::ExtractionParams& params = spec.params;
    const core::TextSourceOptions& source = spec.source;

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
    QFile events;
    if (cmd.parser().isSet(QStringLiteral("events"))) {
        events.setFileName(cmd.parser().value(QStringLiteral("events")));
        if (!events.open(QIODevice::WriteOnly | QIODevice::Append))
            fail(QStringLiteral("%1: cannot write it: %2").arg(events.fileName(), events.errorString()));
    }
    const auto event = [&](QJsonObject json) {
        if (events.isOpen()) {
            events.write(QJsonDocument(json).toJson(QJsonDocument::Compact) + '\n');
            events.flush();
        }
    };
    event({{QStringLiteral("event"), QStringLiteral("extraction")},
           {QStringLiteral("format"), QStringLiteral("bertlab-extraction-events")},
           {QStringLiteral("version"), 1}});
    const bool showProgress = isatty(fileno(stderr)) && spec.outputPath != u"-";
    QElapsedTimer sinceEvent;
    sinceEvent.start();
    QObject::connect(&job, &core::ExtractionJob::progress, [&](const core::ExtractionProgress& p) {
        if (showProgress)
            std::fprintf(stderr, "\rextracting: %lld texts, %.0f texts/s   ", qlonglong(p.texts),
                         p.textsPerSecond);
        if (sinceEvent.elapsed() >= 500) {
            sinceEvent.restart();
            event({{QStringLiteral("event"), QStringLiteral("progress")},
                   {QStringLiteral("texts"), p.texts},
                   {QStringLiteral("bytes_read"), p.bytesRead},
                   {QStringLiteral("bytes_total"), p.bytesTotal},
                   {QStringLiteral("texts_per_second"), p.textsPerSecond},
                   {QStringLiteral("eta_seconds"), p.etaSeconds}});
        }
    });
    g_job = &job;
    std::signal(SIGINT, onExtractInterrupt);
    std::signal(SIGTERM, onExtractInterrupt); // a remote job's cancel: stop, keep what was written
    const auto summary = job.run();
    g_job = nullptr;
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    if (showProgress)
        std::fprintf(stderr, "\n");
    if (!summary) {
        event({{QStringLiteral("event"), QStringLiteral("failed")},
               {QStringLiteral("message"), summary.errorString()}});
        fail(summary.errorString());
    }
    if (!summary->cancelled && summary->texts == 0) {
        // Said, not a silent success: CSV/TSV keep their header row, JSON lines and standard output hold
        // nothing.
        const QString input = spec.inputPath == u"-" ? QStringLiteral("standard input") : spec.inputPath;
        const bool header = spec.format == core::EmbeddingFormat::Csv ||
                            spec.format == core::EmbeddingFormat::Tsv ||
                            spec.format == core::EmbeddingFormat::Npy;
        const QString output = summary->outputPath.isEmpty() || summary->outputPath == u"-"
                                   ? QStringLiteral("standard output")
                                   : summary->outputPath;
        std::fprintf(stderr, "bertlab-cli: warning: %s holds no texts%s, so %s %s\n", qPrintable(input),
                     summary->skipped.empty() ? "" : " (every record was skipped)", qPrintable(output),
                     header ? "has only its header" : "is empty");
    }
    event({{QStringLiteral("event"),
            summary->cancelled ? QStringLiteral("cancelled") : QStringLiteral("finished")},
           {QStringLiteral("texts"), summary->texts},
           {QStringLiteral("rows"), summary->rows},
           {QStringLiteral("columns"), summary->columns},
           {QStringLiteral("seconds"), summary->seconds},
           {QStringLiteral("skipped"), qint64(summary->skipped.size())},
           {QStringLiteral("output"), QFileInfo(summary->outputPath).fileName()}});
    return summary->cancelled ? 130 : 0;
}

} // namespace bertlab::cli
