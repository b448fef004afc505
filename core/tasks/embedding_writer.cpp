#include "core/tasks/embedding_writer.h"

#include "core/display_format.h"
#include "core/tasks/json_writer.h"

#include <QCoreApplication>
#include <QtEndian>

#include <charconv>
#include <cmath>

namespace bertlab::core {

namespace {

constexpr int kNpyHeaderSize = 128; // fixed, so the final row count can be written over it in place

void appendNumber(QByteArray& out, float value, int digits) {
    if (!std::isfinite(value)) {
        out += std::isnan(value) ? "nan" : value > 0 ? "inf" : "-inf";
        return;
    }
    char buffer[48];
    const auto end =
        std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::general, digits).ptr;
    out.append(buffer, end - buffer);
}

} // namespace

std::optional<EmbeddingFormat> embeddingFormatFromName(QStringView name) {
    for (auto f :
         {EmbeddingFormat::Jsonl, EmbeddingFormat::Csv, EmbeddingFormat::Tsv, EmbeddingFormat::Npy}) {
        if (name.compare(embeddingFormatSuffix(f), Qt::CaseInsensitive) == 0)
            return f;
    }
    return std::nullopt;
}

QString embeddingFormatSuffix(EmbeddingFormat format) {
    switch (format) {
    case EmbeddingFormat::Jsonl:
        return QStringLiteral("jsonl");
    case EmbeddingFormat::Csv:
        return QStringLiteral("csv");
    case EmbeddingFormat::Tsv:
        return QStringLiteral("tsv");
    case EmbeddingFormat::Npy:
        return QStringLiteral("npy");
    }
    return {};
}

EmbeddingWriter::EmbeddingWriter(QIODevice& device, const EmbeddingLayout& layout, QIODevice* index)
    : m_device(device)
    , m_index(index)
    , m_layout(layout) {}

QString EmbeddingWriter::errorString() const {
    return m_error;
}

bool EmbeddingWriter::put(QIODevice& device, const QByteArray& bytes) {
    if (device.write(bytes) == bytes.size())
        return true;
    m_error = device.errorString();
    return false;
}

void EmbeddingWriter::appendCell(QByteArray& row, const QString& text, char separator) const {
    // RFC 4180 for CSV; TSV cells cannot hold tabs or line breaks, so those become spaces.
    if (separator == ',') {
        row += csvField(text);
        return;
    }
    QString cleaned = text;
    cleaned.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' ');
    row += cleaned.toUtf8();
}

QByteArray EmbeddingWriter::npyHeader(qint64 rows) const {
    // NPY 1.0: magic, version, little-endian header length, then a Python dict padded with spaces to a
    // 64-byte multiple and ended by '\n'.
    QByteArray dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (" + QByteArray::number(rows) +
                      ", " + QByteArray::number(m_layout.featureSize) + "), }";
    QByteArray header("\x93NUMPY\x01\x00", 8);
    const quint16 length = kNpyHeaderSize - 10;
    header.append(char(length & 0xff)).append(char(length >> 8));
    dict = dict.leftJustified(length - 1, ' ') + '\n';
    return header + dict;
}

bool EmbeddingWriter::writeHeader() {
    m_headerWritten = true;
    const bool pooled = m_layout.pooled;
    const auto names = [](const QStringList& parts, char separator) {
        QByteArray row;
        for (const QString& part : parts) {
            row += separator;
            row += part.toUtf8();
        }
        return row;
    };
    const auto header = [&](char sep, bool withRow) {
        QByteArray row = withRow ? QByteArray("row") + sep + "index" : QByteArray("index");
        QByteArray kept;
        for (const QString& column : m_layout.keptColumns) {
            kept += sep;
            appendCell(kept, column, sep);
        }
        row += kept;
        row += pooled ? names(m_layout.pairs ? QStringList{QStringLiteral("text_a"), QStringLiteral("text_b")}
                                             : QStringList{QStringLiteral("text")},
                              sep)
                      : names({QStringLiteral("token_index"), QStringLiteral("token"),
                               QStringLiteral("start"), QStringLiteral("end")},
                              sep);
        return row;
    };
    switch (m_layout.format) {
    case EmbeddingFormat::Jsonl:
        return true;
    case EmbeddingFormat::Npy:
        if (m_index && !put(*m_index, header(',', !pooled) + '\n'))
            return false;
        return put(m_device, npyHeader(0));
    case EmbeddingFormat::Csv:
    case EmbeddingFormat::Tsv:
        break;
    }
    const char sep = m_layout.format == EmbeddingFormat::Csv ? ',' : '\t';
    QByteArray row = header(sep, false);
    if (m_layout.featureNames.size() == m_layout.featureSize) {
        row += names(m_layout.featureNames, sep);
    } else {
        for (int f = 0; f < m_layout.featureSize; ++f)
            row += sep + QByteArray("f") + QByteArray::number(f);
    }
    row += '\n';
    return put(m_device, row);
}

void EmbeddingWriter::appendKept(QByteArray& row, const EmbeddingItem& item, char separator) const {
    for (int c = 0; c < m_layout.keptColumns.size(); ++c) {
        row += separator;
        appendCell(row, item.input.kept.value(c), separator);
    }
}

bool EmbeddingWriter::write(const EmbeddingItem& item) {
    if (!m_headerWritten && !writeHeader())
        return false;
    const std::int64_t rows = m_layout.pooled ? 1 : item.embedding.dim(0);
    const std::int64_t width = item.embedding.dim(-1);
    const auto rowValues = [&](std::int64_t r) {
        return m_layout.pooled ? item.embedding.data() : item.embedding.row(r);
    };
    const auto span = [&](std::int64_t r) {
        const auto& offsets = item.encoding.offsets;
        return r < std::int64_t(offsets.size()) ? offsets[std::size_t(r)] : std::pair<int, int>{0, 0};
    };
    QByteArray out;

    if (m_layout.format == EmbeddingFormat::Jsonl) {
        JsonWriter json;
        json.beginObject();
        json.key("index").value(item.index);
        if (!m_layout.keptColumns.isEmpty()) {
            json.key("columns").beginObject();
            for (int c = 0; c < m_layout.keptColumns.size(); ++c)
                json.key(m_layout.keptColumns[c]).value(item.input.kept.value(c));
            json.endObject();
        }
        json.key("tokens").array(item.encoding.tokens);
        json.key("embedding").tensor(item.embedding);
        json.endObject();
        out = std::move(json.bytes());
        out += '\n';
        m_rows += 1;
        return put(m_device, out);
    }

    if (m_layout.format == EmbeddingFormat::Npy) {
        out.reserve(int(rows * width * 4));
        for (std::int64_t r = 0; r < rows; ++r) {
            const float* values = rowValues(r);
            for (std::int64_t f = 0; f < width; ++f) {
                char le[4];
                qToLittleEndian(values[f], le);
                out.append(le, 4);
            }
        }
        QByteArray index;
        for (std::int64_t r = 0; r < rows; ++r) {
            if (m_layout.pooled) {
                index += QByteArray::number(item.index);
                appendKept(index, item, ',');
                index += ',';
                appendCell(index, item.input.first, ',');
                if (m_layout.pairs) {
                    index += ',';
                    appendCell(index, item.input.second, ',');
                }
            } else {
                index += QByteArray::number(m_rows + r) + ',' + QByteArray::number(item.index);
                appendKept(index, item, ',');
                index += ',' + QByteArray::number(r) + ',';
                appendCell(index, item.encoding.tokens.value(int(r)), ',');
                index += ',' + QByteArray::number(span(r).first) + ',' + QByteArray::number(span(r).second);
            }
            index += '\n';
        }
        m_rows += rows;
        return put(m_device, out) && (!m_index || put(*m_index, index));
    }

    const char sep = m_layout.format == EmbeddingFormat::Csv ? ',' : '\t';
    for (std::int64_t r = 0; r < rows; ++r) {
        out += QByteArray::number(item.index);
        appendKept(out, item, sep);
        out += sep;
        if (m_layout.pooled) {
            appendCell(out, item.input.first, sep);
            if (m_layout.pairs) {
                out += sep;
                appendCell(out, item.input.second, sep);
            }
        } else {
            out += QByteArray::number(r) + sep;
            appendCell(out, item.encoding.tokens.value(int(r)), sep);
            out += sep + QByteArray::number(span(r).first) + sep + QByteArray::number(span(r).second);
        }
        const float* values = rowValues(r);
        for (std::int64_t f = 0; f < width; ++f) {
            out += sep;
            appendNumber(out, values[f], m_layout.significantDigits);
        }
        out += '\n';
    }
    m_rows += rows;
    return put(m_device, out);
}

bool EmbeddingWriter::finish() {
    if (!m_headerWritten && !writeHeader())
        return false;
    if (m_layout.format != EmbeddingFormat::Npy)
        return true;
    const qint64 end = m_device.pos();
    if (!m_device.seek(0) || !put(m_device, npyHeader(m_rows)) || !m_device.seek(end)) {
        if (m_error.isEmpty())
            m_error = QCoreApplication::translate("EmbeddingWriter", "cannot update the .npy header");
        return false;
    }
    return true;
}

} // namespace bertlab::core
