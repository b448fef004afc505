// A keras-bert model saved by Keras (.h5): read through libhdf5 in the guarding child, then here, then every
// weight it maps read out.
//
// libhdf5 (not instrumented) overruns its buffers on some damaged files; that is why the reader reads a file
// in a forked child first. A child that dies of it is the guard working, not a finding: the child's
// sanitizer report goes nowhere and it exits without libFuzzer's crash handling; and since libhdf5 may ask
// the child for gigabytes a damaged size promises, libFuzzer's per-malloc limit (which would stop the child
// with an "oom" finding) is lifted, leaving its RSS limit on this process. Only this process's failures are
// findings.
#include "fuzz_support.h"

#include "core/io/keras_h5_reader.h"

#include <fcntl.h>
#include <pthread.h>
#include <sanitizer/common_interface_defs.h>
#include <unistd.h>

#include <vector>

using namespace bertlab::core;

namespace {

void childDied() {
    _exit(3);
}

void inChild() {
    const int null = open("/dev/null", O_WRONLY);
    dup2(null, STDERR_FILENO);
    __sanitizer_set_death_callback(childDied);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    pthread_atfork(nullptr, nullptr, inChild);
    // libFuzzer reads its flags after this call, so one more can be added (argv has room for its null).
    static std::vector<char*> args(*argv, *argv + *argc);
    static char noMallocLimit[] = "-malloc_limit_mb=1000000";
    args.insert(args.begin() + 1, noMallocLimit);
    args.push_back(nullptr);
    *argc = int(args.size()) - 1;
    *argv = args.data();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QString path =
        bertlab::fuzz::writeInput(QStringLiteral("model.h5"), bertlab::fuzz::bytesOf(data, size));
    auto reader = KerasH5Reader::open(path);
    if (!reader)
        return 0;
    (void)reader->readTensors(reader->names());
    (void)reader->otherLayers();
    return 0;
}
