#pragma once

// What a training run reports as it goes: its plan, every step, validations, probe guesses, checkpoints and
// the summary. The trainer calls TrainingCallbacks with them; training_events.h writes and reads them as JSON
// lines, so a run's report looks the same wherever the run happened.

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <vector>

namespace bertlab::core {

// Known before the first step.
struct TrainingPlan {
    std::int64_t totalSteps = 0, warmupSteps = 0, stepsPerEpoch = 0;
    std::int64_t trainExamples = 0, validationExamples = 0;
    std::int64_t parameterCount = 0, trainableCount = 0;
    std::int64_t startStep = 0; // > 0 when resumed
    QStringList labels;         // classification
    int vocabSize = 0;
};

struct TrainingPoint {
    std::int64_t step = 0; // 1-based, after the update
    double epoch = 0.0;    // fractional
    double loss = 0.0, mlmLoss = 0.0, nspLoss = 0.0;
    double mlmAccuracy = 0.0, nspAccuracy = 0.0, accuracy = 0.0; // accuracy: classification
    double learningRate = 0.0;
    double tokensPerSecond = 0.0;
    double gradientNorm = 0.0;
    double elapsedSeconds = 0.0;
};

struct ValidationPoint {
    std::int64_t step = 0;
    double loss = 0.0, mlmAccuracy = 0.0, nspAccuracy = 0.0;
    double accuracy = 0.0, macroF1 = 0.0; // classification
};

struct ProbePrediction {
    QString sentence;
    std::vector<QStringList> guesses; // per [MASK], top 5 tokens, best first
};

struct TrainingSummary {
    std::int64_t steps = 0;
    bool stoppedEarly = false; // early stopping
    bool cancelled = false;    // stop() asked
    QString checkpointDirectory;
    double bestMonitorValue = 0.0;
};

struct TrainingCallbacks {
    std::function<void(const TrainingPlan&)> planned;
    std::function<void(const QString& stage, qint64 done, qint64 total)> preparing; // reading, vocab
    std::function<void(const TrainingPoint&)> stepped;
    std::function<void(const ValidationPoint&)> validated;
    std::function<void(const std::vector<ProbePrediction>&)> probed;
    std::function<void(const QString& directory, std::int64_t step)> checkpointSaved;
    std::function<void(bool paused)> pausedChanged; // the loop stopped for a pause, or went on
};

} // namespace bertlab::core

Q_DECLARE_METATYPE(bertlab::core::TrainingPlan)
Q_DECLARE_METATYPE(bertlab::core::TrainingPoint)
Q_DECLARE_METATYPE(bertlab::core::ValidationPoint)
Q_DECLARE_METATYPE(bertlab::core::TrainingSummary)
