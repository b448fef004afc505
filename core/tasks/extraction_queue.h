#pragma once

// Several extraction jobs, one file after another, on a thread of the queue's own: the Extract page's run.
// A cancel stops the running file (its partial output kept or removed as its spec says) and leaves the rest
// not run. Signals arrive on the queue's thread (the GUI's), in order.

#include "core/result.h"
#include "core/tasks/extraction_runner.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>

#include <memory>
#include <optional>
#include <vector>

namespace bertlab::core {

class ExtractionQueue final : public ExtractionRunner {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExtractionQueue)

public:
    explicit ExtractionQueue(QObject* parent = nullptr);
    ~ExtractionQueue() override; // cancels and waits for the running file

    // What stops a run before it starts: no files, or two files that would write the same output.
    static Status check(const std::vector<ExtractionJobSpec>& specs);

    // Starts the run (false while one is running, or when check() fails: see the returned message).
    Status start(std::shared_ptr<const ModelBundle> model, std::vector<ExtractionJobSpec> specs);
    void cancel() override;
    bool isRunning() const override { return m_job != nullptr; }

private:
    void startNext();
    void jobFinished(Result<ExtractionSummary> result);

    QThreadPool m_pool; // one thread: the shared pool stays free for the other pages' work
    std::shared_ptr<const ModelBundle> m_model;
    std::unique_ptr<ExtractionJob> m_job;
};

} // namespace bertlab::core

