#include "core/tasks/text_preview.h"

#include "core/translation.h"

#include <algorithm>
#include <map>

namespace bertlab::core {

namespace {
QString tr(const char* text) {
    return translateCore(text, {"bertlab::core"});
}
} // namespace

TextPreview readTextPreview(const QString& path, TextSourceOptions source, int maxRows, int maxColumns) {
    TextPreview p;
    p.path = path;
    p.source = source;
    source.stopOnBadRecord = false;
    source.textColumn = 0;
    source.secondColumn = -1;
    source.textColumnName.clear(); // the preview walks every column by number
    source.secondColumnName.clear();
    auto opened = TextSource::open(path, source);
    if (!opened) {
        p.error = opened.errorString();
        return p;
    }
    p.header = (*opened)->header();
    const int columns =
        source.kind == TextSourceOptions::Kind::Lines ? 2 : std::min(int(p.header.size()), maxColumns);
    std::map<qint64, std::size_t> rowOfIndex;
    // One pass per pair of columns: the source hands out two columns at a time, parsed exactly as the
    // run will parse them (quotes, skipped lines and all).
    for (int column = 0; column < columns; column += 2) {
        if (source.kind != TextSourceOptions::Kind::Lines) {
            source.textColumn = column;
            source.secondColumn = column + 1 < columns ? column + 1 : -1;
            opened = TextSource::open(path, source);
            if (!opened)
                break;
        }
        TextSource& text = **opened;
        for (int records = 0; records < maxRows;) {
            std::vector<TextInput> texts;
            std::vector<SkippedRecord> skipped;
            text.next(1, texts, skipped);
            if (texts.empty() && skipped.empty())
                break;
            for (const SkippedRecord& record : skipped) {
                if (column == 0 && records < maxRows)
                    p.rows.push_back({-1, record.line, {}, record.reason});
                ++records;
            }
            for (const TextInput& input : texts) {
                if (records++ >= maxRows)
                    break;
                if (column == 0) {
                    rowOfIndex[input.index] = p.rows.size();
                    p.rows.push_back({input.index, input.line, {input.first}, {}});
                    if (source.kind == TextSourceOptions::Kind::Lines ? !input.second.isNull()
                                                                      : source.secondColumn >= 0)
                        p.rows.back().cells << input.second;
                    continue;
                }
                const auto found = rowOfIndex.find(input.index);
                if (found == rowOfIndex.end())
                    continue;
                QStringList& cells = p.rows[found->second].cells;
                while (cells.size() < column)
                    cells << QString();
                cells << input.first;
                if (source.secondColumn >= 0)
                    cells << input.second;
            }
        }
        if (!text.errorString().isEmpty()) {
            p.error = text.errorString();
            break;
        }
        if (source.kind == TextSourceOptions::Kind::Lines)
            break; // both parts of a line come in one pass
    }
    if (source.kind == TextSourceOptions::Kind::Lines) {
        const bool pairs =
            std::any_of(p.rows.begin(), p.rows.end(), [](const auto& row) { return row.cells.size() > 1; });
        p.columns << tr("Text");
        if (pairs)
            p.columns << tr("Second text (after a tab)");
    } else {
        p.columns = p.header.mid(0, columns);
    }
    return p;
}

} // namespace bertlab::core
