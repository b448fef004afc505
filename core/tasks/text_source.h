#pragma once

#include "core/result.h"
#include "core/tasks/embedding_extractor.h"

#include <QFile>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace bertlab::core {

// Where the texts of an extraction come from.
struct TextSourceOptions {
    enum class Kind { Lines, Csv, Tsv };
    Kind kind = Kind::Lines; // Lines: one text per line, a tab splits a sentence pair
    int textColumn = 0;      // Csv/Tsv: the column of the text (after the header row)
    int secondColumn = -1;   // Csv/Tsv: the column of the second text of a pair, -1 for none
    // Csv/Tsv: the columns by header name or 0-based number; when set, they win over the numbers above
    // (resolved when the file is opened, so standard input is read once).
    QString textColumnName, secondColumnName;
    // Csv/Tsv: columns carried into the output beside the features (an id, a label…), by header name or
    // 0-based number; resolved into keepColumns when the file is opened.
    QStringList keepColumnNames;
    std::vector<int> keepColumns;
    qint64 maxRecordBytes = 1 << 20; // longer lines are reported and skipped
    bool stopOnBadRecord = false;    // stop at the first bad line instead of skipping it

    static Kind kindForFile(const QString& path);              // by suffix: .csv, .tsv/.tab, else lines
    static std::optional<Kind> kindFromName(QStringView name); // "lines", "csv", "tsv"
    static QStringList columnList(const QString& text);        // "id, label" → {"id", "label"}

    // Sets textColumn (and secondColumn) from a table's header by the names people give them ("text",
    // "sentence1", "review", …; "text_b", "sentence2", …): else the first column and no second text.
    void guessColumns(const QStringList& header);
};

// A line (or CSV record) left out of the output, and why.
struct SkippedRecord {
    qint64 line = 0; // 1-based line in the file where the record starts
    QString reason;
};

// Streams texts from a UTF-8 file with bounded memory. Each text keeps its record number as its index
// (empty lines included), so output rows line up with the input even when bad lines are skipped.
class TextSource final {
public:
    // path "-" reads standard input.
    static Result<std::unique_ptr<TextSource>> open(const QString& path,
                                                    const TextSourceOptions& options = {});

    // A CSV/TSV file's header row (empty when it cannot be read: a run reports why). Reads the file.
    static QStringList header(const QString& path, TextSourceOptions::Kind kind);

    // Appends up to `count` texts; false at the end of the input or on an error (see errorString()).
    bool next(int count, std::vector<TextInput>& texts, std::vector<SkippedRecord>& skipped);
    bool atEnd() const { return m_atEnd; }
    QString errorString() const { return m_error; }

    const QStringList& header() const { return m_header; }         // Csv/Tsv: the column names
    const TextSourceOptions& options() const { return m_options; } // with named columns resolved
    qint64 bytesRead() const { return m_bytesRead; }
    qint64 totalBytes() const { return m_file.isSequential() ? 0 : m_file.size(); } // 0 when unknown

    // Splits one record: RFC 4180 quoting for every separator but tab (TSV has none).
    static QStringList splitRecord(QStringView record, QChar separator);

private:
    TextSource(const QString& path, const TextSourceOptions& options);
    // The next raw record (a line, or several when a CSV quote spans lines); false at the end.
    bool readRecord(QByteArray& record, qint64& firstLine, bool& tooLong);

    QFile m_file;
    QString m_name;
    TextSourceOptions m_options;
    QStringList m_header;
    qint64 m_line = 0;   // lines read so far
    qint64 m_record = 0; // records handed out or skipped so far (the next index)
    qint64 m_bytesRead = 0;
    bool m_atEnd = false;
    QString m_error;
};

} // namespace bertlab::core
