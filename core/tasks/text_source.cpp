#include "core/tasks/text_source.h"

#include "core/translation.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStringDecoder>

#include <algorithm>
#include <cstdio>

namespace bertlab::core {

namespace {
QString tr(const char* text) {
    return translateCore(text,
                         {"TextSource", "bertlab::core::TextSource", "bertlab::core::TextSourceOptions"});
}
} // namespace

TextSourceOptions::Kind TextSourceOptions::kindForFile(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"csv")
        return Kind::Csv;
    if (suffix == u"tsv" || suffix == u"tab")
        return Kind::Tsv;
    return Kind::Lines;
}

std::optional<TextSourceOptions::Kind> TextSourceOptions::kindFromName(QStringView name) {
    if (name == u"lines")
        return Kind::Lines;
    if (name == u"csv")
        return Kind::Csv;
    if (name == u"tsv")
        return Kind::Tsv;
    return std::nullopt;
}

namespace {

int columnNamed(const QStringList& header, std::initializer_list<const char*> names) {
    for (const char* name : names) {
        for (int i = 0; i < header.size(); ++i) {
            if (header[i].trimmed().compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
                return i;
        }
    }
    return -1;
}

} // namespace

QStringList TextSourceOptions::columnList(const QString& text) {
    QStringList columns;
    for (const QString& column : text.split(u',', Qt::SkipEmptyParts))
        if (!column.trimmed().isEmpty())
            columns << column.trimmed();
    return columns;
}

void TextSourceOptions::guessColumns(const QStringList& header) {
    textColumn = std::max(0, columnNamed(header, {"text", "sentence", "text_a", "sentence1", "sentence_a",
                                                  "content", "body", "question", "review", "comment"}));
    secondColumn = columnNamed(header, {"text_b", "sentence2", "sentence_b", "text2", "second"});
    if (secondColumn == textColumn)
        secondColumn = -1;
}

TextSource::TextSource(const QString& path, const TextSourceOptions& options)
    : m_file(path)
    , m_name(path)
    , m_options(options) {}

Result<std::unique_ptr<TextSource>> TextSource::open(const QString& path, const TextSourceOptions& options) {
    // "-" reads standard input (for pipes in scripts).
    const bool standardInput = path == u"-";
    std::unique_ptr<TextSource> source(new TextSource(standardInput ? QString() : path, options));
    if (standardInput)
        source->m_name = tr("standard input");
    const bool opened = standardInput ? source->m_file.open(stdin, QIODevice::ReadOnly)
                                      : source->m_file.open(QIODevice::ReadOnly);
    if (!opened)
        return Error{tr("%1: cannot open: %2").arg(source->m_name, source->m_file.errorString())};
    if (options.kind != TextSourceOptions::Kind::Lines) {
        QByteArray record;
        qint64 line = 0;
        bool tooLong = false;
        if (!source->readRecord(record, line, tooLong) || tooLong)
            return Error{tr("%1: has no header row").arg(path)};
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = decoder.decode(record);
        if (decoder.hasError())
            return Error{tr("%1: the header row is not valid UTF-8").arg(path)};
        const QChar separator = options.kind == TextSourceOptions::Kind::Csv ? u',' : u'\t';
        source->m_header = splitRecord(text, separator);
        const int columns = int(source->m_header.size());
        const auto resolve = [&](const QString& column) {
            bool isNumber = false;
            const int number = column.toInt(&isNumber);
            return isNumber ? number : int(source->m_header.indexOf(column));
        };
        for (const auto& [name, index] :
             {std::pair{&options.textColumnName, &source->m_options.textColumn},
              std::pair{&options.secondColumnName, &source->m_options.secondColumn}}) {
            if (name->isEmpty())
                continue;
            *index = resolve(*name);
            if (*index < 0 || *index >= columns)
                return Error{tr("%1: no column '%2' (columns: %3)")
                                 .arg(source->m_name, *name, source->m_header.join(QStringLiteral(", ")))};
        }
        source->m_options.keepColumns.clear();
        for (const QString& name : options.keepColumnNames) {
            const int index = resolve(name.trimmed());
            if (index < 0 || index >= columns)
                return Error{
                    tr("%1: no column '%2' to keep (columns: %3)")
                        .arg(source->m_name, name.trimmed(), source->m_header.join(QStringLiteral(", ")))};
            source->m_options.keepColumns.push_back(index);
        }
        const TextSourceOptions& resolved = source->m_options;
        if (resolved.textColumn < 0 || resolved.textColumn >= columns || resolved.secondColumn >= columns)
            return Error{
                tr("%1: has %2 columns; the text column must be one of them").arg(path).arg(columns)};
    } else if (!options.keepColumnNames.isEmpty()) {
        return Error{tr("%1: columns to keep need a CSV or TSV file with a header row").arg(path)};
    }
    return source;
}

QStringList TextSource::header(const QString& path, TextSourceOptions::Kind kind) {
    TextSourceOptions options;
    options.kind = kind;
    const auto opened = open(path, options);
    return opened ? (*opened)->header() : QStringList();
}

bool TextSource::readRecord(QByteArray& record, qint64& firstLine, bool& tooLong) {
    record.clear();
    tooLong = false;
    firstLine = m_line + 1;
    bool inQuotes = false;
    const bool csv = m_options.kind == TextSourceOptions::Kind::Csv;
    while (true) {
        QByteArray line = m_file.readLine(m_options.maxRecordBytes + 2);
        if (line.isEmpty()) {
            if (m_file.error() != QFile::NoError)
                m_error = tr("%1: cannot read: %2").arg(m_name, m_file.errorString());
            return !record.isEmpty();
        }
        m_bytesRead += line.size();
        const bool complete = line.endsWith('\n');
        if (!complete && line.size() > m_options.maxRecordBytes) {
            // Longer than the limit: report it and skip the rest of the line without holding it in memory.
            tooLong = true;
            while (!line.isEmpty() && !line.endsWith('\n')) {
                line = m_file.readLine(1 << 16);
                m_bytesRead += line.size();
            }
        }
        ++m_line;
        if (tooLong)
            return true;
        if (complete)
            line.chop(1);
        if (line.endsWith('\r'))
            line.chop(1);
        if (csv) {
            for (char c : line)
                if (c == '"')
                    inQuotes = !inQuotes;
        }
        if (record.isEmpty() && firstLine == m_line)
            record = line;
        else
            record += '\n' + line; // a quoted CSV field that goes on over the next line
        if (!inQuotes)
            return true;
        if (record.size() > m_options.maxRecordBytes) {
            tooLong = true;
            return true;
        }
    }
}

QStringList TextSource::splitRecord(QStringView record, QChar separator) {
    QStringList cells;
    QString cell;
    bool inQuotes = false;
    const bool quoting = separator != u'\t'; // TSV has no quoting; CSV and other separators do
    for (qsizetype i = 0; i < record.size(); ++i) {
        const QChar c = record[i];
        if (quoting && c == u'"') {
            if (inQuotes && i + 1 < record.size() && record[i + 1] == u'"') {
                cell += u'"';
                ++i;
            } else {
                inQuotes = !inQuotes;
            }
        } else if (c == separator && !inQuotes) {
            cells << cell;
            cell.clear();
        } else {
            cell += c;
        }
    }
    cells << cell;
    return cells;
}

bool TextSource::next(int count, std::vector<TextInput>& texts, std::vector<SkippedRecord>& skipped) {
    if (m_atEnd || !m_error.isEmpty())
        return false;
    const QChar separator = m_options.kind == TextSourceOptions::Kind::Csv ? u',' : u'\t';
    int taken = 0;
    QByteArray record;
    while (taken < count) {
        qint64 line = 0;
        bool tooLong = false;
        if (!readRecord(record, line, tooLong)) {
            m_atEnd = true;
            break;
        }
        const qint64 index = m_record++;
        QString reason;
        QString text;
        if (tooLong) {
            reason = tr("longer than %1 bytes").arg(m_options.maxRecordBytes);
        } else {
            QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            text = decoder.decode(record);
            if (decoder.hasError())
                reason = tr("not valid UTF-8");
        }
        if (!reason.isEmpty()) {
            skipped.push_back({line, reason});
            if (m_options.stopOnBadRecord) {
                m_error = tr("%1: line %2 is %3").arg(m_name).arg(line).arg(reason);
                return false;
            }
            continue;
        }
        TextInput input;
        input.index = index;
        input.line = line;
        if (m_options.kind == TextSourceOptions::Kind::Lines) {
            const qsizetype tab = text.indexOf(u'\t');
            input.first = tab < 0 ? text : text.left(tab);
            if (tab >= 0)
                input.second = text.mid(tab + 1);
        } else {
            const QStringList cells = splitRecord(text, separator);
            input.first = cells.value(m_options.textColumn);
            if (m_options.secondColumn >= 0)
                input.second = cells.value(m_options.secondColumn, QStringLiteral(""));
            for (int column : m_options.keepColumns)
                input.kept << cells.value(column);
        }
        texts.push_back(std::move(input));
        ++taken;
    }
    return m_error.isEmpty() && (taken > 0 || !m_atEnd);
}

} // namespace bertlab::core
