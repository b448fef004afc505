#include "core/tasks/extraction_job.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QThreadPool>
#include <QtConcurrent>

#include <algorithm>
#include <filesystem>
#include <optional>

namespace bertlab::core {

namespace {
// "<dir>/<stem>.partial.<suffix>": visibly unfinished, and never mistaken for the real file.
QString withInfix(const QString& path, const QString& infix) {
    const QFileInfo info(path);
    const QString suffix = info.suffix();
    const QString stem = suffix.isEmpty() ? info.fileName() : info.completeBaseName();
    return info.dir().filePath(stem + infix + (suffix.isEmpty() ? QString() : QStringLiteral(".") + suffix));
}

// One chunk of the input, read and tokenized (on the reader thread) and ready for the model.
struct PreparedChunk {
    std::vector<EncodedInput> texts;
    std::vector<SkippedRecord> skipped;
    qint64 bytesRead = 0; // of the input, after this chunk
    bool more = false;    // the source may have more texts
};
} // namespace

ExtractionJob::ExtractionJob(std::shared_ptr<const ModelBundle> model, ExtractionJobSpec spec,
                             QObject* parent)
    : QObject(parent)
    , m_model(std::move(model))
    , m_spec(std::move(spec)) {}

QString ExtractionJob::partialPath(const QString& outputPath) {
    return withInfix(outputPath, QStringLiteral(".partial"));
}

Result<ExtractionSummary> ExtractionJob::run() {
    QElapsedTimer clock;
    clock.start();
    auto opened = TextSource::open(m_spec.inputPath, m_spec.source);
    if (!opened)
        return Error{opened.errorString()};
    TextSource& source = **opened;
    TokenizerOptions tokenizerOptions = m_spec.tokenizerFor(*m_model);
    ExtractionParams params = m_spec.params;
    if (params.sentenceTransformers) {
        if (!m_model->sentenceTransformers())
            return Error{tr("%1 is not a sentence-transformers folder (it has no modules.json): choose the "
                            "poolings instead")
                             .arg(QDir::toNativeSeparators(m_model->files().directory))};
        m_model->sentenceTransformers()->apply(params, tokenizerOptions);
    }
    const Tokenizer tokenizer = m_model->tokenizer(tokenizerOptions);
    if (params.maxLength == 0) // the model's maximum, or its tokenizer's model_max_length
        params.maxLength = m_model->maxSequenceLength();
    const EmbeddingExtractor extractor(m_model->model(), tokenizer, params);
    if (auto status = extractor.validate(); !status)
        return Error{status.errorString()};

    const bool npy = m_spec.format == EmbeddingFormat::Npy;
    const bool toStandardOutput = m_spec.outputPath == u"-";
    if (npy && toStandardOutput)
        return Error{tr("the .npy format needs an output file (it also writes the file's .index.csv)")};
    const QString partial = toStandardOutput ? tr("standard output") : partialPath(m_spec.outputPath);
    const QString indexOutput =
        withInfix(m_spec.outputPath, QStringLiteral(".index"))
            .replace(QRegularExpression(QStringLiteral("\\.npy$")), QStringLiteral(".csv"));
    const QString indexPartial = partialPath(indexOutput);
    QFile out(toStandardOutput ? QString() : partial), index(indexPartial);
    if (!(toStandardOutput ? out.open(stdout, QIODevice::WriteOnly)
                           : out.open(QIODevice::WriteOnly | QIODevice::Truncate)))
        return Error{tr("%1: cannot write: %2").arg(partial, out.errorString())};
    if (npy && !index.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error{tr("%1: cannot write: %2").arg(indexPartial, index.errorString())};
    const auto discard = [&] {
        out.close();
        index.close();
        if (!toStandardOutput)
            QFile::remove(partial);
        if (npy)
            QFile::remove(indexPartial);
    };

    ExtractionSummary summary;
    summary.columns = extractor.featureSize();
    // Reading and tokenizing chunk k+1 overlaps the forward passes of chunk k on a reader thread of our
    // own (the caller may itself run on a shared pool). At most two chunks are alive at a time: the one
    // being embedded and the one being prepared, so memory stays bounded whatever the input size.
    // TextSource is used by one thread at a time: the next read starts only after the previous finished.
    const int perChunk = std::max(1, m_spec.textsPerChunk);
    const auto prepare = [&source, &extractor, perChunk] {
        PreparedChunk chunk;
        std::vector<TextInput> texts;
        chunk.more = source.next(perChunk, texts, chunk.skipped);
        chunk.bytesRead = source.bytesRead();
        chunk.texts = extractor.encode(texts);
        return chunk;
    };
    QThreadPool reader;
    reader.setMaxThreadCount(1);
    std::optional<QFuture<PreparedChunk>> pending;
    const auto waitForReader = qScopeGuard([&] {
        if (pending)
            pending->waitForFinished();
    });
    const qint64 bytesTotal = source.totalBytes(); // not asked while the reader uses the file

    const auto noteSkipped = [&](std::vector<SkippedRecord>& records) {
        if (records.empty())
            return;
        Q_EMIT skipped(records);
        summary.skipped.insert(summary.skipped.end(), records.begin(), records.end());
    };
    PreparedChunk chunk = prepare();
    noteSkipped(chunk.skipped);
    EmbeddingLayout layout;
    layout.format = m_spec.format;
    layout.pooled = !params.poolings.empty();
    layout.pairs = source.options().secondColumn >= 0 ||
                   std::any_of(chunk.texts.begin(), chunk.texts.end(),
                               [](const EncodedInput& t) { return !t.input.second.isNull(); });
    layout.featureSize = summary.columns;
    layout.featureNames = extractor.featureNames();
    for (int column : source.options().keepColumns)
        layout.keptColumns << source.header().value(column);
    layout.significantDigits = m_spec.significantDigits;
    EmbeddingWriter writer(out, layout, npy ? &index : nullptr);

    qint64 lastReport = -1000;
    while (!chunk.texts.empty() && !m_cancelled.load()) {
        if (chunk.more)
            pending = QtConcurrent::run(&reader, prepare);
        bool written = true;
        auto status = extractor.runEncoded(
            std::move(chunk.texts),
            [&](EmbeddingItem&& item) {
                written = writer.write(item);
                // Counted as written, so a cancel in the middle of a chunk reports what the file holds.
                summary.texts += written ? 1 : 0;
                return written && !m_cancelled.load();
            },
            {}, m_features);
        if (!status) {
            discard();
            return Error{tr("%1: %2").arg(m_spec.inputPath, status.errorString())};
        }
        if (!written) {
            const QString reason = writer.errorString();
            discard();
            return Error{tr("%1: cannot write: %2").arg(partial, reason)};
        }
        if (clock.elapsed() - lastReport >= 100) {
            lastReport = clock.elapsed();
            ExtractionProgress p;
            p.texts = summary.texts;
            p.bytesRead = chunk.bytesRead;
            p.bytesTotal = bytesTotal;
            const double seconds = std::max(1e-3, double(clock.elapsed()) / 1000.0);
            p.textsPerSecond = double(summary.texts) / seconds;
            if (p.bytesTotal > 0 && p.bytesRead > 0)
                p.etaSeconds = seconds * double(p.bytesTotal - p.bytesRead) / double(p.bytesRead);
            Q_EMIT progress(p);
        }
        if (pending) {
            chunk = pending->takeResult();
            pending.reset();
            noteSkipped(chunk.skipped);
        } else {
            chunk = {};
        }
    }
    if (pending) // cancelled while the next chunk was being read
        pending->waitForFinished();
    if (!source.errorString().isEmpty()) {
        discard();
        return Error{source.errorString()};
    }

    summary.rows = writer.rowsWritten();
    summary.cancelled = m_cancelled.load();
    if (!writer.finish()) {
        const QString reason = writer.errorString();
        discard();
        return Error{tr("%1: cannot write: %2").arg(partial, reason)};
    }
    if (toStandardOutput && !out.flush()) {
        discard();
        return Error{tr("%1: cannot write: %2").arg(partial, out.errorString())};
    }
    out.close();
    index.close();
    summary.seconds = double(clock.elapsed()) / 1000.0;
    if (toStandardOutput) {
        summary.outputPath = m_spec.outputPath;
        return summary;
    }
    if (summary.cancelled) {
        if (!m_spec.keepPartialOnCancel) {
            discard();
            return summary;
        }
        summary.outputPath = partial;
        summary.indexPath = npy ? indexPartial : QString();
        return summary;
    }
    // Finished: replace the destination in one step each.
    const auto install = [](const QString& from, const QString& to) {
        std::error_code error; // rename(2) replaces an existing file atomically
        std::filesystem::rename(from.toStdString(), to.toStdString(), error);
        return !error;
    };
    if (!install(partial, m_spec.outputPath) || (npy && !install(indexPartial, indexOutput)))
        return Error{tr("%1: cannot rename the finished output into place").arg(m_spec.outputPath)};
    summary.outputPath = m_spec.outputPath;
    summary.indexPath = npy ? indexOutput : QString();
    return summary;
}

} // namespace bertlab::core
