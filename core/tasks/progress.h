#pragma once

#include <QtGlobal>

#include <functional>

namespace bertlab::core {

// Called between steps of long work with (done, total); returning false asks the work to stop.
using ProgressCallback = std::function<bool(qint64 done, qint64 total)>;

} // namespace bertlab::core
