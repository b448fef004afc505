#pragma once

// The cross-engine check of a run another engine trained (BertLab's TensorFlow runner): BertLab opens the
// checkpoint that came back and predicts the runner's probe sentences itself; the probabilities the two
// engines give at every [MASK] for the runner's top ids are compared. Agreement to about 1e-5 (fp32) says the
// checkpoint is what the runner trained and that BertLab reads it right.

#include "core/result.h"

#include <QJsonObject>
#include <QString>

namespace bertlab::core {

struct EngineCheck {
    QString engine;           // the runner's, e.g. "TensorFlow 2.15.1"
    int masks = 0;            // [MASK] positions compared (a trained model), or
    int sequences = 0;        // sequences whose features were compared (an extraction)
    int values = 0;           // probabilities compared
    double maxDifference = 0; // largest |p_BertLab − p_runner|
    bool sameTopGuesses = true;

    static constexpr double tolerance = 1e-4; // probabilities or features (fp32, summed in other orders)
    bool agrees() const {
        return (masks > 0 || sequences > 0) && maxDifference <= tolerance && sameTopGuesses;
    }
    QJsonObject toJson() const;
    QString summary() const; // one line for people
};

// `fetchedFolder` holds the model (checkpoint/ or safetensors/) and tf_probe_outputs.json. Errors name the
// file; a run without probe sentences gives an error saying so.
Result<EngineCheck> checkAgainstEngine(const QString& fetchedFolder);

} // namespace bertlab::core
