#include "cli_common.h"

#include "core/tasks/embedding_extractor.h"
#include "core/tasks/embedding_writer.h"

#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStringDecoder>

#include <algorithm>
#include <cstdio>

namespace bertlab::cli {

namespace {

// Reads UTF-8 lines; a tab splits a sentence pair. Fails naming the file and line on invalid UTF-8.
class LineReader final {
public:
    explicit LineReader(const QString& path)
        : m_name(path == u"-" ? QStringLiteral("standard input") : path) {
        const bool opened = path == u"-" ? m_file.open(stdin, QIODevice::ReadOnly)
                                         : (m_file.setFileName(path), m_file.open(QIODevice::ReadOnly));
        if (!opened)
            fail(QStringLiteral("%1: cannot open: %2").arg(m_name, m_file.errorString()));
    }

    // Up to `count` more texts; empty at the end of the input.
    std::vector<core::TextInput> next(int count) {
        std::vector<core::TextInput> texts;
        while (int(texts.size()) < count && !m_file.atEnd()) {
            QByteArray line = m_file.readLine();
            if (line.isEmpty())
                break; // end of a sequential input (atEnd() is not reliable on pipes); a blank line reads
                       // "\n"
            ++m_lineNumber;
            if (line.endsWith('\n'))
                line.chop(1);
            if (line.endsWith('\r'))
                line.chop(1);
            QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            const QString text = decoder.decode(line);
            if (decoder.hasError())
                fail(QStringLiteral("%1: line %2 is not valid UTF-8").arg(m_name).arg(m_lineNumber));
            const qsizetype tab = text.indexOf(u'\t');
            if (tab < 0)
                texts.push_back({text, QString()});
            else
                texts.push_back({text.left(tab), text.mid(tab + 1)});
        }
        if (m_file.error() != QFile::NoError)
            fail(QStringLiteral("%1: cannot read: %2").arg(m_name, m_file.errorString()));
        return texts;
    }

private:
    QString m_name;
    QFile m_file;
    qint64 m_lineNumber = 0;
};

} // namespace

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
    const QString formatName = cmd.parser().value(QStringLiteral("format"));
    const auto format = core::embeddingFormatFromName(formatName);
    if (!format)
        fail(QStringLiteral("--format: unknown format '%1' (use jsonl, csv, tsv or npy)").arg(formatName));

    LineReader reader(cmd.parser().value(QStringLiteral("input")));
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
    auto texts = reader.next(chunk);
    core::EmbeddingLayout layout;
    layout.format = *format;
    layout.pooled = !params.poolings.empty();
    layout.featureSize = extractor.featureSize();
    layout.pairs = std::any_of(texts.begin(), texts.end(), [](const auto& t) { return !t.second.isNull(); });
    core::EmbeddingWriter writer(*device, layout, &indexFile);

    qint64 done = 0;
    for (; !texts.empty(); texts = reader.next(chunk)) {
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
    standardOutput.flush();
    return 0;
}

} // namespace bertlab::cli
