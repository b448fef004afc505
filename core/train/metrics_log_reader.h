#pragma once

// Reads back a run's metrics.csv (Trainer writes it: a header, then one row per step with the validation
// columns filled on the steps that validated), so a finished run's curves can be drawn again.

#include "core/result.h"
#include "core/train/trainer.h"

#include <QString>

#include <vector>

namespace bertlab::core {

struct TrainingHistory {
    std::vector<TrainingPoint> steps;
    std::vector<ValidationPoint> validations;
};

// Columns are found by their header names, so a file with fewer or more columns (a thinned copy, a newer
// version) still reads; rows that are not numbers are skipped. Errors name the file.
Result<TrainingHistory> readMetricsLog(const QString& path);

} // namespace bertlab::core
