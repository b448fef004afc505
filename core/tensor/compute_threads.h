#pragma once

namespace bertlab::core {

// Threads used by the compute kernels. Defaults to the number of cores (or BERTLAB_THREADS); 0 restores
// the default.
// OpenMP keeps its thread count per calling thread, so kernels re-apply this on every thread they run from.
void setComputeThreads(int threads);
int computeThreads();

// Makes the calling thread's OpenMP team match computeThreads(); called at kernel entry.
void applyComputeThreads();

} // namespace bertlab::core
