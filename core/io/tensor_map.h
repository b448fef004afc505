#pragma once

#include "core/tensor/tensor.h"

#include <QString>

#include <map>

namespace bertlab::core {

// Tensors by the name they have in a file (sorted, so listings and error messages are stable).
using TensorMap = std::map<QString, Tensor>;

} // namespace bertlab::core
