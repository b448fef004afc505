#pragma once

// The first rows of an input file exactly as an extraction will read them (quotes, skipped lines, the
// chosen kind), for the Extract page to show before a run. Reads the file: call it off the UI thread.

#include "core/tasks/text_source.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace bertlab::core {

struct TextPreview {
    struct Row {
        qint64 index = -1; // the row's index in the output (-1: a skipped record)
        qint64 line = 0;   // the 1-based line where the record starts
        QStringList cells; // one per column (fewer when the record is short)
        QString problem;   // non-empty: why the record will be skipped
    };

    QString path;
    TextSourceOptions source;
    QStringList header;  // Csv/Tsv: the file's column names
    QStringList columns; // the preview's columns: every column of a table (up to maxColumns), or the text(s)
    std::vector<Row> rows;
    QString error; // the file cannot be read as `source` says
};

TextPreview readTextPreview(const QString& path, TextSourceOptions source, int maxRows = 20,
                            int maxColumns = 64);

} // namespace bertlab::core
