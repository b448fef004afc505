#pragma once

#include "core/tasks/embedding_writer.h"
#include "core/tasks/model_bundle.h"
#include "core/tasks/text_source.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

namespace bertlab::core {

// Everything one extraction run needs: where the texts come from, how to embed them, where to write.
struct ExtractionJobSpec {
    QString inputPath;
    TextSourceOptions source;
    ExtractionParams params;
    TokenizerOptions tokenizer;
    // Set by the CLI and saved settings: replaces `tokenizer` with the choice resolved against the model's
    // own tokenizer (its tokenizer files, mode and case).
    std::optional<TokenizerChoice> tokenizerChoice;
    EmbeddingFormat format = EmbeddingFormat::Csv;
    int significantDigits = 9;
    QString
        outputPath; // the finished file; work goes to "<stem>.partial.<suffix>" first; "-": standard output
    bool keepPartialOnCancel = true; // else a cancelled run removes what it wrote
    int textsPerChunk = 256;         // texts read, embedded and written per step (bounds memory)

    TokenizerOptions tokenizerFor(const ModelBundle& model) const {
        return tokenizerChoice ? tokenizerChoice->resolve(model.defaultTokenizerOptions()) : tokenizer;
    }
};

struct ExtractionProgress {
    qint64 texts = 0;      // texts written so far
    qint64 bytesRead = 0;  // of the input
    qint64 bytesTotal = 0; // 0 when unknown (standard input)
    double textsPerSecond = 0.0;
    double etaSeconds = -1.0; // -1 when unknown
};

struct ExtractionSummary {
    qint64 texts = 0;
    qint64 rows = 0; // output rows (texts, or tokens without pooling)
    int columns = 0; // feature columns
    double seconds = 0.0;
    std::vector<SkippedRecord> skipped;
    QString outputPath; // the finished file, or the partial file a cancelled run kept ("" if removed)
    QString indexPath;  // .npy only: the row index CSV
    bool cancelled = false;
    QStringList notes; // more for people: a remote job's cross-engine check
};

// Streams one input file (or standard input, "-") through the model into one output file (or standard output,
// "-", for every format but .npy), with progress, cancel and a summary. The app's Extract page and
// `bertlab-cli extract` both run it. run() does the work on the calling thread (use it from a worker);
// cancel() may be called from any thread.
class ExtractionJob final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExtractionJob)
public:
    ExtractionJob(std::shared_ptr<const ModelBundle> model, ExtractionJobSpec spec,
                  QObject* parent = nullptr);

    // Returns the summary, or an error naming the file and the reason (then no output is left behind and an
    // existing file at outputPath is untouched).
    Result<ExtractionSummary> run();
    void cancel() { m_cancelled.store(true); }
    // Features another engine computed, to use instead of the model's forward passes (set before run()).
    void setFeatureSource(SequenceFeatures features) { m_features = std::move(features); }

    static QString partialPath(const QString& outputPath);

Q_SIGNALS:
    void progress(const bertlab::core::ExtractionProgress& progress); // at most ~10 per second
    // Records left out (invalid UTF-8, too long, a missing column), as they are found.
    void skipped(const std::vector<bertlab::core::SkippedRecord>& records);

private:
    std::shared_ptr<const ModelBundle> m_model;
    ExtractionJobSpec m_spec;
    std::atomic<bool> m_cancelled{false};
    SequenceFeatures m_features;
};

} // namespace bertlab::core

Q_DECLARE_METATYPE(bertlab::core::ExtractionProgress)
