// Extraction inputs: the first byte picks text lines, CSV or TSV (with a header row and named columns);
// every record is read with a small record limit.
#include "fuzz_support.h"

#include "core/tasks/text_source.h"

using namespace bertlab::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 1)
        return 0;
    static const char* names[] = {"input.txt", "input.csv", "input.tsv"};
    const int kind = data[0] % 3;
    const QString path =
        bertlab::fuzz::writeInput(QLatin1String(names[kind]), bertlab::fuzz::bytesOf(data + 1, size - 1));
    TextSourceOptions options;
    options.kind = TextSourceOptions::kindForFile(path);
    options.maxRecordBytes = 256;
    if (kind > 0 && (data[0] & 0x08)) {
        options.textColumnName = QStringLiteral("text");
        options.secondColumnName = QStringLiteral("second");
    }
    options.stopOnBadRecord = data[0] & 0x10;
    auto source = TextSource::open(path, options);
    if (!source)
        return 0;
    std::vector<TextInput> texts;
    std::vector<SkippedRecord> skipped;
    while ((*source)->next(7, texts, skipped) && texts.size() < 100000) {
    }
    return 0;
}
