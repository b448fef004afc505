#pragma once

#include "core/result.h"
#include "core/tasks/progress.h"

#include <QFuture>
#include <QObject>
#include <QString>

#include <atomic>

namespace bertlab::core {

// What an archive may plausibly unpack to; anything beyond is treated as hostile (a zip bomb).
struct ExtractLimits {
    qint64 maxTotalBytes = qint64(20) << 30;  // unpacked bytes, counted as written (declared sizes may lie)
    double maxRatio = 200.0;                  // unpacked bytes / archive file size ...
    qint64 ratioGraceBytes = qint64(4) << 20; // ... checked once this much has been unpacked
    qint64 maxEntries = 100000;
};

struct ExtractStats {
    qint64 entries = 0;
    qint64 files = 0;
    qint64 bytesWritten = 0;
};

// Unpacks a zip, tar, tar.gz, tar.bz2 or tar.xz archive into targetDir, which must not exist yet. The entries
// go to a temporary folder next to targetDir that is renamed to targetDir only when every entry is unpacked,
// so on any failure (or a stop asked by `progress`) nothing is left behind. Refused, naming the archive and
// the entry: paths that escape the target (`..`, absolute, drive letters), every link (symbolic or hard;
// BertLab never creates links, so a link pointing inside is refused as well, with a message saying which
// kind), device, FIFO and socket entries, and archives beyond `limits`. `progress` gets (archive bytes
// consumed, archive file size).
Result<ExtractStats> extractArchive(const QString& archivePath, const QString& targetDir,
                                    const ProgressCallback& progress = {}, const ExtractLimits& limits = {});

// extractArchive() on a worker thread. Signals are delivered (queued) in the extractor's own thread;
// progress() is throttled at the source (about ten a second); exactly one of finished() or failed() ends
// every start(). A cancelled job fails with a message saying so. Destroying the extractor cancels the job,
// waits for it, and drops its undelivered signals.
class ArchiveExtractor final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArchiveExtractor)
public:
    explicit ArchiveExtractor(QObject* parent = nullptr);
    ~ArchiveExtractor() override; // cancels and waits for a running job

    void setLimits(const ExtractLimits& limits) { m_limits = limits; }
    // False when a job is still running.
    bool start(const QString& archivePath, const QString& targetDir);
    bool isRunning() const { return m_future.isRunning(); }
    // Blocks until the running job (if any) has ended; its last signal may still be queued.
    void wait() { m_future.waitForFinished(); }

public Q_SLOTS:
    void cancel() { m_stop.store(true); }

Q_SIGNALS:
    void progress(qint64 bytesDone, qint64 bytesTotal);
    void finished(const QString& targetDir, qint64 bytesWritten);
    void failed(const QString& message);

private:
    ExtractLimits m_limits;
    std::atomic<bool> m_stop{false};
    QFuture<void> m_future;
};

} // namespace bertlab::core
