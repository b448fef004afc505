#include "core/tasks/benchmark.h"

#include <QCoreApplication>
#include <cstdio>

using namespace bertlab::core;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const auto ceiling = measureGemmCeiling();
    std::printf("ceiling %.1f GFLOP/s\n", ceiling.gflops);
    for (int batch : {1, 8}) {
        const auto t = benchmarkBertBase(batch, 128, ceiling.gflops, 3);
        std::printf("batch %d: %.2f ms/seq %.1f GFLOP/s ratio %.3f\n", batch, t.msPerSequence, t.gflops, t.ceilingRatio);
    }
}
