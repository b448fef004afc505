#pragma once

// What every oneDNN user in the engine shares: one CPU engine, one stream per calling thread, and the
// mapping of element-wise functions to oneDNN's algorithms.

#include "core/tensor/kernels.h"

#include <oneapi/dnnl/dnnl.hpp>

namespace bertlab::core {

dnnl::engine& cpuEngine();
// oneDNN streams are not meant to be shared between threads.
dnnl::stream& threadStream();
dnnl::algorithm eltwiseAlgorithm(Epilogue f); // undef for Epilogue::None

} // namespace bertlab::core
