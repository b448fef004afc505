#include "core/tensor/compute_threads.h"

#include <QtGlobal>

#include <omp.h>

#include <atomic>
#include <thread>

namespace bertlab::core {

namespace {
// One thread per core, unless BERTLAB_THREADS says otherwise (for scripts and benchmarks).
int defaultThreads() {
    static const int threads = [] {
        bool ok = false;
        const int fromEnvironment = qEnvironmentVariableIntValue("BERTLAB_THREADS", &ok);
        return ok && fromEnvironment > 0 ? fromEnvironment
                                         : int(std::max(1u, std::thread::hardware_concurrency()));
    }();
    return threads;
}
std::atomic<int> g_threads{0};
} // namespace

void setComputeThreads(int threads) {
    g_threads.store(threads > 0 ? threads : 0);
}

int computeThreads() {
    const int t = g_threads.load();
    return t > 0 ? t : defaultThreads();
}

void applyComputeThreads() {
    const int wanted = computeThreads();
    if (omp_get_max_threads() != wanted)
        omp_set_num_threads(wanted);
}

} // namespace bertlab::core
