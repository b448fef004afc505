#pragma once

#include <vector>

namespace bertlab::core {

struct ClassificationScores {
    double accuracy = 0.0;
    double macroF1 = 0.0; // mean over labels of F1; a label never predicted nor present counts as absent
};

ClassificationScores classificationScores(const std::vector<int>& truth, const std::vector<int>& predicted,
                                          int labelCount);

} // namespace bertlab::core
