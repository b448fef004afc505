#include "core/train/classification_data.h"

#include "core/translation.h"

#include "core/tasks/text_source.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QStringDecoder>

#include <algorithm>
#include <cmath>
#include <random>

namespace bertlab::core {

namespace {

QString tr(const char* text) {
    return translateCore(text, {"ClassificationData", "bertlab::core::RecordReader"});
}

constexpr qint64 kMaxRecordBytes = 1 << 20;

// Reads one record: a line, or several while a quoted CSV field goes on (quotes count only when quoting).
// Records longer than kMaxRecordBytes are reported and skipped without being held in memory.
class RecordReader final {
public:
    RecordReader(QFile& file, bool quoting)
        : m_file(file)
        , m_quoting(quoting) {}

    bool next(QByteArray& record, int& firstLine, bool& tooLong) {
        record.clear();
        tooLong = false;
        firstLine = m_line + 1;
        bool inQuotes = false;
        while (true) {
            QByteArray line = m_file.readLine(kMaxRecordBytes + 2);
            if (line.isEmpty())
                return m_line >= firstLine;
            const bool complete = line.endsWith('\n');
            if (!complete && line.size() > kMaxRecordBytes) {
                while (!line.isEmpty() && !line.endsWith('\n'))
                    line = m_file.readLine(1 << 16);
                ++m_line;
                tooLong = true;
                return true;
            }
            ++m_line;
            if (complete)
                line.chop(1);
            if (line.endsWith('\r'))
                line.chop(1);
            if (m_quoting)
                inQuotes = (std::count(line.cbegin(), line.cend(), '"') % 2 == 1) != inQuotes;
            if (m_line == firstLine)
                record = line;
            else
                record += '\n' + line;
            if (!inQuotes)
                return true;
            if (record.size() > kMaxRecordBytes) {
                tooLong = true;
                return true;
            }
        }
    }

private:
    QFile& m_file;
    bool m_quoting;
    int m_line = 0;
};

QStringList splitRecord(const QString& record, QChar separator) {
    return TextSource::splitRecord(record, separator);
}

// A header name (exact, then ignoring case) or a 1-based column number; -1 when neither.
int findColumn(const QStringList& header, const QString& spec) {
    const QString wanted = spec.trimmed();
    for (int i = 0; i < header.size(); ++i) {
        if (header[i].trimmed() == wanted)
            return i;
    }
    for (int i = 0; i < header.size(); ++i) {
        if (header[i].trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
            return i;
    }
    bool isNumber = false;
    const int number = wanted.toInt(&isNumber);
    if (isNumber && number >= 1 && number <= header.size())
        return number - 1;
    return -1;
}

} // namespace

Result<ClassificationData> readClassificationData(const QString& path, const Tokenizer& tokenizer,
                                                  const ClassificationDataOptions& options,
                                                  const QStringList& labels) {
    QChar separator = options.delimiter;
    if (separator.isNull())
        separator = TextSourceOptions::kindForFile(path) == TextSourceOptions::Kind::Tsv ? u'\t' : u',';
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("%1: cannot open: %2").arg(path, file.errorString())};
    RecordReader reader(file, separator != u'\t');

    QByteArray record;
    int line = 0;
    bool tooLong = false;
    if (!reader.next(record, line, tooLong) || tooLong)
        return Error{tr("%1: has no header row").arg(path)};
    QStringDecoder headerDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QStringList header = splitRecord(headerDecoder.decode(record), separator);
    if (headerDecoder.hasError())
        return Error{tr("%1: the header row is not valid UTF-8").arg(path)};

    const auto column = [&](const QString& spec, int* index) -> QString {
        *index = findColumn(header, spec);
        if (*index < 0)
            return tr("%1: has no column “%2” (columns: %3)")
                .arg(path, spec, header.join(QStringLiteral(", ")));
        return {};
    };
    int textColumn = -1;
    int secondColumn = -1;
    int labelColumn = -1;
    if (QString error = column(options.textColumn, &textColumn); !error.isEmpty())
        return Error{error};
    if (!options.secondColumn.isEmpty()) {
        if (QString error = column(options.secondColumn, &secondColumn); !error.isEmpty())
            return Error{error};
    }
    if (QString error = column(options.labelColumn, &labelColumn); !error.isEmpty())
        return Error{error};
    const int needed = std::max({textColumn, secondColumn, labelColumn}) + 1;

    ClassificationData data;
    data.labels = labels;
    const bool fixedLabels = !labels.isEmpty();
    QHash<QString, int> labelIndex;
    for (int i = 0; i < labels.size(); ++i)
        labelIndex.insert(labels[i], i);

    while (reader.next(record, line, tooLong)) {
        if (tooLong) {
            data.skippedLines.push_back(line);
            continue;
        }
        if (record.trimmed().isEmpty())
            continue; // blank lines (a trailing newline, spacing) are no records
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = decoder.decode(record);
        if (decoder.hasError()) {
            data.skippedLines.push_back(line);
            continue;
        }
        const QStringList cells = splitRecord(text, separator);
        const QString label = cells.value(labelColumn).trimmed();
        if (cells.size() < needed || label.isEmpty()) {
            data.skippedLines.push_back(line);
            continue;
        }
        auto found = labelIndex.constFind(label);
        if (found == labelIndex.constEnd()) {
            if (fixedLabels)
                return Error{tr("%1: line %2: unknown label “%3” (known: %4)")
                                 .arg(path)
                                 .arg(line)
                                 .arg(label, labels.join(QStringLiteral(", ")))};
            found = labelIndex.insert(label, int(data.labels.size()));
            data.labels << label;
        }
        const QString second = secondColumn >= 0 ? cells[secondColumn] : QString();
        Encoding encoding = tokenizer.encode(cells[textColumn], second, options.maxLength);
        TrainingExample example;
        example.ids = std::move(encoding.ids);
        example.segments = std::move(encoding.segments);
        example.classLabel = found.value();
        data.examples.push_back(std::move(example));
    }
    if (file.error() != QFile::NoError)
        return Error{tr("%1: cannot read: %2").arg(path, file.errorString())};
    if (data.examples.empty())
        return Error{tr("%1: has no examples").arg(path)};
    return data;
}

void splitTrainValidation(std::vector<TrainingExample>& train, std::vector<TrainingExample>& validation,
                          double fraction, std::uint64_t seed) {
    const std::size_t count = train.size();
    std::vector<std::size_t> order(count);
    for (std::size_t i = 0; i < count; ++i)
        order[i] = i;
    // Own Fisher-Yates over mt19937_64's raw output: std::shuffle differs between standard libraries.
    std::mt19937_64 rng(seed);
    for (std::size_t i = count; i > 1; --i) {
        const std::uint64_t limit = std::uint64_t(-1) - std::uint64_t(-1) % i;
        std::uint64_t x = rng();
        while (x >= limit)
            x = rng();
        std::swap(order[i - 1], order[x % i]);
    }
    const double clamped = std::clamp(fraction, 0.0, 1.0);
    const std::size_t validationCount = std::min(count, std::size_t(std::llround(clamped * double(count))));
    std::vector<TrainingExample> shuffled;
    shuffled.reserve(count);
    for (std::size_t i : order)
        shuffled.push_back(std::move(train[i]));
    validation.assign(std::make_move_iterator(shuffled.end() - std::ptrdiff_t(validationCount)),
                      std::make_move_iterator(shuffled.end()));
    shuffled.resize(count - validationCount);
    train = std::move(shuffled);
}

} // namespace bertlab::core
