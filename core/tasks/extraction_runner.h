#pragma once

// What the Extract page runs and shows: several files, one after another, here (ExtractionQueue) or on a
// remote host (RemoteExtractionQueue). Signals arrive on the runner's thread (the GUI's), in order.
#include "core/tasks/extraction_job.h"

#include <QObject>

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

class ExtractionRunner : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExtractionRunner)
public:
    using QObject::QObject;

    virtual void cancel() = 0;
    virtual bool isRunning() const = 0;
    bool isCancelling() const { return m_cancelled; }
    int current() const { return m_current; } // the running file's index, -1 when none
    int total() const { return int(m_specs.size()); }
    const std::vector<ExtractionOutcome>& outcomes() const { return m_outcomes; }

Q_SIGNALS:
    void fileStarted(int index);
    void progress(int index, const bertlab::core::ExtractionProgress& progress);
    void fileFinished(int index, const bertlab::core::ExtractionOutcome& outcome);
    void finished(bool cancelled);

protected:
    std::vector<ExtractionJobSpec> m_specs;
    std::vector<ExtractionOutcome> m_outcomes;
    int m_current = -1;
    bool m_cancelled = false;
};

} // namespace bertlab::core

Q_DECLARE_METATYPE(bertlab::core::ExtractionOutcome)
