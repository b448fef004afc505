#pragma once

// A training run as an event stream: one JSON object per line, written as the run goes (every run keeps
// <output>/events.jsonl; `bertlab-cli train --events FILE|-` sends the same lines elsewhere) and read back
// from a file, a pipe or a socket into the objects a local run reports. The Train page draws a local run, a
// finished run's folder and a run elsewhere from the same events.
//
//   {"event":"run","format":"bertlab-training-events","version":1,"config":{…TrainingConfig::toJson()}}
//   {"event":"preparing","stage":"…","done":0,"total":1}
//   {"event":"plan","total_steps":…,"warmup_steps":…,"steps_per_epoch":…,"train_examples":…,…}
//   {"event":"step","step":1,"epoch":…,"loss":…,"mlm_loss":…,…}          (every step)
//   {"event":"validation","step":…,"loss":…,"mlm_accuracy":…,…}
//   {"event":"probe","step":…,"predictions":[{"sentence":"…","guesses":[["a","b",…]]}]}
//   {"event":"checkpoint","step":…,"directory":"…"}
//   {"event":"paused","paused":true|false}
//   {"event":"finished","steps":…,"stopped_early":…,"cancelled":…,"checkpoint":"…"}
//   {"event":"failed","message":"…"}

#include "core/result.h"
#include "core/train/training_config.h"
#include "core/train/training_report.h"

#include <QByteArray>
#include <QFile>
#include <QIODevice>
#include <QString>

#include <functional>
#include <vector>

namespace bertlab::core {

// Everything a run reports, as callbacks (the reader calls them; TrainingCallbacks plus the run's start,
// pause and end).
struct TrainingEventHandlers : TrainingCallbacks {
    std::function<void(const TrainingConfig&)> started;
    std::function<void(const TrainingSummary&)> finished;
    std::function<void(const QString& message)> failed;
};

// Writes events to a device (not owned) that stays open while the writer lives. Each line is written whole
// and flushed, so a reader following the file never sees half an event.
class TrainingEventWriter final {
public:
    explicit TrainingEventWriter(QIODevice* device = nullptr)
        : m_device(device) {}
    void setDevice(QIODevice* device) { m_device = device; }
    bool isOpen() const { return m_device && m_device->isOpen(); }

    void started(const TrainingConfig& config);
    void preparing(const QString& stage, qint64 done, qint64 total);
    void planned(const TrainingPlan& plan);
    void stepped(const TrainingPoint& point);
    void validated(const ValidationPoint& point);
    void probed(std::int64_t step, const std::vector<ProbePrediction>& predictions);
    void checkpointSaved(const QString& directory, std::int64_t step);
    void pausedChanged(bool paused);
    void finished(const TrainingSummary& summary);
    void failed(const QString& message);

    // Callbacks that write each event, then call `next`'s.
    TrainingCallbacks wrap(const TrainingCallbacks& next);

    static QByteArray line(const QJsonObject& event); // compact JSON and '\n'

private:
    void write(const QJsonObject& event);

    QIODevice* m_device;
    std::int64_t m_lastStep = 0; // probes are stamped with the step they follow
};

// Parses events and calls the handlers. feed() takes bytes as they arrive (a pipe, a socket, a file being
// written): only complete lines are parsed, the rest waits for more. A line that is not an event is an error
// naming its line number; unknown event types (from a newer version) are skipped.
class TrainingEventReader final {
public:
    explicit TrainingEventReader(TrainingEventHandlers handlers);

    Status feed(const QByteArray& bytes);
    // The end of the stream: a last line without '\n' is parsed too.
    Status finish();
    // Reads the whole device (e.g. a finished run's events.jsonl).
    Status readAll(QIODevice& device);

    qint64 lineNumber() const { return m_line; }
    bool sawEnd() const { return m_ended; } // a finished or failed event came

    // One event line as the objects it holds (for tests and tools); false when it is not an event.
    Status dispatch(const QByteArray& line);

private:
    TrainingEventHandlers m_handlers;
    QByteArray m_pending;
    qint64 m_line = 0;
    bool m_ended = false;
};

// The plan event's fields (without "event"), as the runner of another engine reports them too.
QJsonObject trainingPlanJson(const TrainingPlan& plan);

// A run folder's event file (<output>/events.jsonl).
QString trainingEventsPath(const QString& outputDirectory);

// When a run resumes, its events file keeps what led up to the checkpoint it resumes from: the first "run"
// line and the step, validation, probe and checkpoint events up to `step`; the rest is dropped. Atomic.
Status trimTrainingEvents(const QString& path, std::int64_t step);

} // namespace bertlab::core
