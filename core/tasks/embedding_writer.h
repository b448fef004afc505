#pragma once

#include "core/tasks/embedding_extractor.h"

#include <QIODevice>
#include <QStringList>

#include <optional>

namespace bertlab::core {

enum class EmbeddingFormat { Jsonl, Csv, Tsv, Npy };

std::optional<EmbeddingFormat> embeddingFormatFromName(QStringView name);
QString embeddingFormatSuffix(EmbeddingFormat format); // "jsonl", "csv", "tsv", "npy"

struct EmbeddingLayout {
    EmbeddingFormat format = EmbeddingFormat::Csv;
    bool pooled = false; // one row per text (else one row per token)
    bool pairs = false;  // the input has a second text: text_a,text_b columns
    int featureSize = 0;
    int significantDigits = 9; // text formats only; 9 gives back the exact float
    // Names of the feature columns (e.g. "nsp_l12_0": pooling, 1-based layer, dimension); f0, f1, … when
    // empty or not featureSize long.
    QStringList featureNames;
    QStringList keptColumns; // input columns carried along (TextInput::kept), written after the index
};

// Streams extraction results, one text at a time, in the layouts users open in spreadsheets and tools:
//  csv/tsv pooled:    index,<kept…>,text,<features>     (pairs: index,<kept…>,text_a,text_b,<features>)
//  csv/tsv per token: index,<kept…>,token_index,token,start,end,<features>   (start/end: code points)
//  jsonl:             {"index":i,"columns":{kept…},"tokens":[…],"embedding":[…]} ([tokens][features], or
//                     [features] pooled; "columns" only when columns are kept)
//  npy:               one float32 matrix [rows, D] (rows = texts, or all tokens), plus an index CSV that says
//                     what each row is (pooled: index,<kept…>,text…; per token:
//                     row,index,<kept…>,token_index,token,start,end).
// <features> are named by EmbeddingLayout::featureNames (f0, f1, … without).
// CSV follows RFC 4180 (quotes where needed, UTF-8); numbers always use '.' whatever the locale.
class EmbeddingWriter final {
public:
    // npy needs `index` for its row index; the other formats ignore it.
    EmbeddingWriter(QIODevice& device, const EmbeddingLayout& layout, QIODevice* index = nullptr);

    bool write(const EmbeddingItem& item); // false when a device refuses the bytes
    bool finish();                         // npy: writes the final row count into the header
    QString errorString() const;
    qint64 rowsWritten() const { return m_rows; }

private:
    bool writeHeader();
    void appendCell(QByteArray& row, const QString& text, char separator) const;
    void appendKept(QByteArray& row, const EmbeddingItem& item, char separator) const;
    QByteArray npyHeader(qint64 rows) const;
    bool put(QIODevice& device, const QByteArray& bytes);

    QIODevice& m_device;
    QIODevice* m_index;
    EmbeddingLayout m_layout;
    bool m_headerWritten = false;
    qint64 m_rows = 0;
    QString m_error;
};

} // namespace bertlab::core
