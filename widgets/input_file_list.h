#pragma once

#include "core/tasks/text_source.h"

#include <QAbstractTableModel>

#include <vector>

namespace bertlab::widgets {

// One input file of a batch job (an extraction): how it is read, where its output goes, how it went.
struct InputFile {
    QString path;
    core::TextSourceOptions source;
    QStringList header;         // Csv/Tsv: the column names, once read
    bool columnsChosen = false; // the text columns were chosen (by the user or from the header)
    QString outputPath;
    bool outputExists = false; // a file at outputPath would be replaced
    QString status;            // "", "Waiting", "Done: …", …
    bool failed = false;
};

// The input files of a batch job as a table: file, how it is read, output, status.
class InputFileListModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InputFileListModel)
public:
    enum Column { FileColumn, ReadAsColumn, OutputColumn, StatusColumn, ColumnCount };

    explicit InputFileListModel(QObject* parent = nullptr);

    int count() const { return int(m_files.size()); }
    const InputFile& file(int row) const { return m_files[std::size_t(row)]; }
    const std::vector<InputFile>& files() const { return m_files; }
    int indexOf(const QString& path) const; // -1 when absent

    void append(const InputFile& file);
    void remove(int row);
    void setFile(int row, const InputFile& file);
    void setStatus(int row, const QString& status, bool failed = false);

    // How a file is read, in words ("Text lines", "CSV: column “text”", …).
    static QString describeSource(const InputFile& file);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<InputFile> m_files;
};

} // namespace bertlab::widgets
