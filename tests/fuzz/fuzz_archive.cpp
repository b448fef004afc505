// A downloaded model archive (zip, tar.gz, tar.bz2, tar.xz: libarchive detects the format) unpacked with
// BertLab's safety checks into a folder that is removed after each input.
#include "fuzz_support.h"

#include "core/hub/archive_extractor.h"

using namespace bertlab::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QString path =
        bertlab::fuzz::writeInput(QStringLiteral("model.archive"), bertlab::fuzz::bytesOf(data, size));
    const QString target = bertlab::fuzz::scratch().filePath(QStringLiteral("unpacked"));
    ExtractLimits limits;
    limits.maxTotalBytes = 8 << 20;
    limits.maxEntries = 1000;
    (void)extractArchive(path, target, {}, limits);
    QDir(target).removeRecursively();
    return 0;
}
