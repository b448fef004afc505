#pragma once

// What follows a job's fetch, the same in the GUI and the CLI: the outputs come back checked (RemoteJobs::
// fetch); a run another engine trained gets BertLab's cross-engine check (engine_check.h, kept as
// outputs/engine_check.json; an extraction's features are first written out in the job's format, as
// tensorflow_extraction.h says); and when everything passed, the host's after-fetch command runs here (e.g.
// to stop a TPU VM that costs money while idle). A failed check never runs the command.

#include "core/remote/engine_check.h"
#include "core/remote/remote_host.h"
#include "core/remote/remote_job.h"
#include "core/result.h"
#include "core/tasks/extraction_job.h"

#include <QStringList>

#include <optional>

namespace bertlab::core {

struct FetchReport {
    std::optional<EngineCheck> engineCheck;      // when the run came from another engine
    std::optional<ExtractionSummary> extraction; // an extraction put together here from its features
    QString engineCheckError;                    // … and could not be checked
    bool afterFetchRan = false;
    QString afterFetchMessage; // what the command said or why it did not run

    QStringList lines() const; // for people, one line each
};

// Blocking (the GUI calls it off the UI thread). An error means the fetch itself failed.
Result<FetchReport> fetchAndVerify(const RemoteHost& host, const LocalJob& job);

// A command line split into words as POSIX sh splits it ('single' and "double" quotes, backslashes), with no
// expansion of any kind: what the words are is what runs.
QStringList splitCommandLine(const QString& line);

// Runs the host's after-fetch command (split by splitCommandLine, run without a shell), with
// BERTLAB_JOB_ID and BERTLAB_HOST set; the error carries its exit code and last output.
Status runAfterFetch(const RemoteHost& host, const LocalJob& job, int timeoutMs = 600000);

} // namespace bertlab::core
