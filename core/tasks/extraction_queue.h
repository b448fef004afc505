#pragma once

// Several extraction jobs, one file after another, on a thread of the queue's own: the Extract page's run.
// A cancel stops the running file (its partial output kept or removed as its spec says) and leaves the rest
// not run. Signals arrive on the queue's thread (the GUI's), in order.

#include "core/result.h"
#include "core/tasks/extraction_job.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>

#include <memory>
#include <optional>
#include <vector>

namespace bertlab::core {

// How one file of a run went.
struct ExtractionOutcome {
    QString inputPath;
    std::optional<ExtractionSummary> summary; // set when the job ran (finished or cancelled)
    QString error;                            // set when it failed
    bool notRun = false;                      // the run was cancelled before this file
};

class ExtractionQueue final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExtractionQueue)

public:
    explicit ExtractionQueue(QObject* parent = nullptr);
    ~ExtractionQueue() override; // cancels and waits for the running file

    // What stops a run before it starts: no files, or two files that would write the same output.
    static Status check(const std::vector<ExtractionJobSpec>& specs);

    // Starts the run (false while one is running, or when check() fails: see the returned message).
    Status start(std::shared_ptr<const ModelBundle> model, std::vector<ExtractionJobSpec> specs);
    void cancel();
    bool isRunning() const { return m_job != nullptr; }
    bool isCancelling() const { return m_cancelled; }
    int current() const { return m_current; } // the running file's index, -1 when none
    int total() const { return int(m_specs.size()); }
    const std::vector<ExtractionOutcome>& outcomes() const { return m_outcomes; }

Q_SIGNALS:
    void fileStarted(int index);
    void progress(int index, const bertlab::core::ExtractionProgress& progress);
    void fileFinished(int index, const bertlab::core::ExtractionOutcome& outcome);
    void finished(bool cancelled);

private:
    void startNext();
    void jobFinished(Result<ExtractionSummary> result);

    QThreadPool m_pool; // one thread: the shared pool stays free for the other pages' work
    std::shared_ptr<const ModelBundle> m_model;
    std::vector<ExtractionJobSpec> m_specs;
    std::vector<ExtractionOutcome> m_outcomes;
    std::unique_ptr<ExtractionJob> m_job;
    int m_current = -1;
    bool m_cancelled = false;
};

} // namespace bertlab::core

Q_DECLARE_METATYPE(bertlab::core::ExtractionOutcome)
