#pragma once

#include "core/tasks/embedding_extractor.h"

#include <QIODevice>

#include <optional>

namespace bertlab::core {

enum class EmbeddingFormat { Jsonl, Csv, Tsv };

std::optional<EmbeddingFormat> embeddingFormatFromName(QStringView name);

// Streams extraction results to a device, one text at a time.
//  jsonl: {"index":i,"tokens":[…],"embedding":[…]} per line ([tokens][features] or [features] when pooled).
//  csv/tsv: a header row, then one row per text (pooled: index,f0…) or per token (index,position,token,f0…).
class EmbeddingWriter final {
public:
    EmbeddingWriter(QIODevice& device, EmbeddingFormat format, bool pooled, int featureSize);

    bool write(const EmbeddingItem& item); // false when the device refuses the bytes
    QString errorString() const { return m_device.errorString(); }

private:
    void writeHeader();
    void appendCell(QByteArray& row, const QString& text) const;

    QIODevice& m_device;
    EmbeddingFormat m_format;
    bool m_pooled;
    int m_featureSize;
    bool m_headerWritten = false;
};

} // namespace bertlab::core
