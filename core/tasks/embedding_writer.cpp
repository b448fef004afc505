#include "core/tasks/embedding_writer.h"

#include "core/tasks/json_writer.h"

namespace bertlab::core {

std::optional<EmbeddingFormat> embeddingFormatFromName(QStringView name) {
    if (name.compare(u"jsonl", Qt::CaseInsensitive) == 0)
        return EmbeddingFormat::Jsonl;
    if (name.compare(u"csv", Qt::CaseInsensitive) == 0)
        return EmbeddingFormat::Csv;
    if (name.compare(u"tsv", Qt::CaseInsensitive) == 0)
        return EmbeddingFormat::Tsv;
    return std::nullopt;
}

EmbeddingWriter::EmbeddingWriter(QIODevice& device, EmbeddingFormat format, bool pooled, int featureSize)
    : m_device(device)
    , m_format(format)
    , m_pooled(pooled)
    , m_featureSize(featureSize) {}

void EmbeddingWriter::appendCell(QByteArray& row, const QString& text) const {
    // RFC 4180 quoting for CSV; TSV cells cannot hold tabs or newlines, so those become spaces.
    if (m_format == EmbeddingFormat::Csv) {
        const bool quote =
            text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r');
        if (!quote) {
            row += text.toUtf8();
            return;
        }
        QString escaped = text;
        escaped.replace(u'"', QStringLiteral("\"\""));
        row += '"' + escaped.toUtf8() + '"';
        return;
    }
    QString cleaned = text;
    cleaned.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' ');
    row += cleaned.toUtf8();
}

void EmbeddingWriter::writeHeader() {
    m_headerWritten = true;
    if (m_format == EmbeddingFormat::Jsonl)
        return;
    const char sep = m_format == EmbeddingFormat::Csv ? ',' : '\t';
    QByteArray header =
        m_pooled ? QByteArray("index") : QByteArray("index") + sep + "position" + sep + "token";
    for (int f = 0; f < m_featureSize; ++f)
        header += sep + QByteArray("f") + QByteArray::number(f);
    header += '\n';
    m_device.write(header);
}

bool EmbeddingWriter::write(const EmbeddingItem& item) {
    if (!m_headerWritten)
        writeHeader();
    QByteArray out;
    if (m_format == EmbeddingFormat::Jsonl) {
        JsonWriter json;
        json.beginObject();
        json.key("index").value(item.index);
        json.key("tokens").array(item.encoding.tokens);
        json.key("embedding").tensor(item.embedding);
        json.endObject();
        out = std::move(json.bytes());
        out += '\n';
    } else {
        const char sep = m_format == EmbeddingFormat::Csv ? ',' : '\t';
        const std::int64_t rows = m_pooled ? 1 : item.embedding.dim(0);
        const std::int64_t width = item.embedding.dim(-1);
        for (std::int64_t r = 0; r < rows; ++r) {
            out += QByteArray::number(item.index);
            if (!m_pooled) {
                out += sep + QByteArray::number(r) + sep;
                appendCell(out, item.encoding.tokens.value(int(r)));
            }
            const float* values = m_pooled ? item.embedding.data() : item.embedding.row(r);
            for (std::int64_t f = 0; f < width; ++f) {
                out += sep;
                JsonWriter::appendFloat(out, values[f]);
            }
            out += '\n';
        }
    }
    return m_device.write(out) == out.size();
}

} // namespace bertlab::core
