#include "head_view.h"

#include "attention_heatmap.h"

#include <QMouseEvent>
#include <QPainter>
#include <QXmlStreamWriter>

#include <algorithm>

namespace bertlab::widgets {

namespace {

// Lines fainter than this are invisible anyway; skipping them keeps long texts fast to draw and export.
constexpr float kMinimumShownWeight = 0.004f;

} // namespace

HeadView::HeadView(QWidget* parent)
    : QWidget(parent) {
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

QColor HeadView::headColor(int head, int count) {
    // Evenly spread hues at a middle lightness: saturated enough to tell apart on white, not so dark that
    // they vanish on a dark window.
    const int hue = (210 + head * 360 / std::max(1, count)) % 360;
    return QColor::fromHsl(hue, 190, 125);
}

void HeadView::setHeads(std::vector<core::AttentionMatrix> heads, std::vector<QColor> colors) {
    m_heads = std::move(heads);
    m_colors = std::move(colors);
    m_colors.resize(m_heads.size(), palette().color(QPalette::WindowText));
    m_focusQuery = m_focusKey = -1;
    updateGeometry();
    update();
}

void HeadView::setFocusToken(int query, int key) {
    if (query == m_focusQuery && key == m_focusKey)
        return;
    m_focusQuery = query;
    m_focusKey = key;
    update();
}

HeadView::Geometry HeadView::geometryFor(const QSize& size) const {
    const QFontMetrics fm = fontMetrics();
    const int line = fm.height();
    const int pad = line / 2;
    Geometry g;
    if (!m_heads.empty()) {
        const auto& m = m_heads.front();
        for (const auto& label : m.rowLabels)
            g.labelWidth = std::max(g.labelWidth, fm.horizontalAdvance(label));
        for (const auto& label : m.columnLabels)
            g.labelWidth = std::max(g.labelWidth, fm.horizontalAdvance(label));
    }
    g.labelWidth = std::max(g.labelWidth, fm.horizontalAdvance(tr("Query")));
    g.labelWidth = std::min(g.labelWidth + 2, fm.averageCharWidth() * 24) + pad; // +2: see the heatmap
    g.rowHeight = fm.lineSpacing() + pad / 2;
    g.top = pad + line + pad;
    g.lineWidth = std::max(1, line / 8);
    const int lineArea = std::clamp(size.width() - 2 * pad - 2 * g.labelWidth, 6 * line, 16 * line);
    const int content = 2 * g.labelWidth + lineArea;
    const int left = std::max(pad, (size.width() - content) / 2);
    g.leftEnd = left + g.labelWidth;
    g.rightStart = g.leftEnd + lineArea;
    const int rows = m_heads.empty() ? 0 : std::max(m_heads.front().rows, m_heads.front().cols);
    g.extent = QSize(2 * pad + 2 * g.labelWidth + 6 * line, g.top + rows * g.rowHeight + pad);
    return g;
}

QSize HeadView::sizeHint() const {
    const Geometry g = geometryFor(QSize(0, 0));
    return {g.extent.width() + 6 * fontMetrics().height(), g.extent.height()};
}

QSize HeadView::minimumSizeHint() const {
    return geometryFor(QSize(0, 0)).extent;
}

QSize HeadView::exportSize() const {
    return isVisible() ? size().expandedTo(minimumSizeHint()) : sizeHint();
}

bool HeadView::lineShown(int query, int key) const {
    if (m_focusQuery >= 0)
        return query == m_focusQuery;
    if (m_focusKey >= 0)
        return key == m_focusKey;
    return true;
}

void HeadView::paintView(QPainter& painter, const QSize& size) const {
    const QPalette pal = palette();
    painter.setFont(font());
    if (m_heads.empty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(QRect(QPoint(0, 0), size), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("No heads selected: switch on at least one head."));
        return;
    }
    const Geometry g = geometryFor(size);
    const QFontMetrics fm = painter.fontMetrics();
    const int pad = fm.height() / 2;
    const auto& first = m_heads.front();
    const auto rowY = [&](int i) { return g.top + i * g.rowHeight + g.rowHeight / 2; };

    QColor heading = pal.color(QPalette::WindowText);
    heading.setAlphaF(0.6f); // quieter than the tokens, in any palette
    painter.setPen(heading);
    painter.drawText(QRect(g.leftEnd - g.labelWidth, pad, g.labelWidth - pad / 2, fm.height()),
                     Qt::AlignRight | Qt::AlignVCenter, tr("Query"));
    painter.drawText(QRect(g.rightStart + pad / 2, pad, g.labelWidth, fm.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, tr("Key"));

    painter.setRenderHint(QPainter::Antialiasing);
    const double x1 = g.leftEnd + pad / 2.0, x2 = g.rightStart - pad / 2.0;
    for (std::size_t h = 0; h < m_heads.size(); ++h) {
        const auto& m = m_heads[h];
        QColor color = m_colors[h];
        for (int q = 0; q < m.rows; ++q) {
            for (int k = 0; k < m.cols; ++k) {
                const float w = m.at(q, k);
                if (w < kMinimumShownWeight || !lineShown(q, k))
                    continue;
                color.setAlphaF(std::min(1.0f, w));
                painter.setPen(QPen(color, g.lineWidth + 1, Qt::SolidLine, Qt::RoundCap));
                painter.drawLine(QPointF(x1, rowY(q)), QPointF(x2, rowY(k)));
            }
        }
    }
    painter.setRenderHint(QPainter::Antialiasing, false);

    const auto drawLabel = [&](const QRect& box, const QString& label, bool focused, Qt::Alignment align) {
        if (focused) {
            painter.fillRect(box, pal.color(QPalette::Highlight));
            painter.setPen(pal.color(QPalette::HighlightedText));
        } else {
            painter.setPen(pal.color(QPalette::WindowText));
        }
        const QRect inner = box.adjusted(pad / 2, 0, -pad / 2, 0);
        painter.drawText(inner, align | Qt::AlignVCenter,
                         fm.elidedText(label, Qt::ElideMiddle, inner.width()));
    };
    for (int q = 0; q < first.rows; ++q)
        drawLabel(QRect(g.leftEnd - g.labelWidth, g.top + q * g.rowHeight, g.labelWidth, g.rowHeight),
                  first.rowLabels.value(q), q == m_focusQuery, Qt::AlignRight);
    for (int k = 0; k < first.cols; ++k)
        drawLabel(QRect(g.rightStart, g.top + k * g.rowHeight, g.labelWidth, g.rowHeight),
                  first.columnLabels.value(k), k == m_focusKey, Qt::AlignLeft);
}

void HeadView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    paintView(painter, size());
}

void HeadView::mouseMoveEvent(QMouseEvent* event) {
    int query = -1, key = -1;
    if (!m_heads.empty()) {
        const Geometry g = geometryFor(size());
        const QPoint p = event->position().toPoint();
        const int row = p.y() >= g.top ? (p.y() - g.top) / g.rowHeight : -1;
        if (p.x() >= g.leftEnd - g.labelWidth && p.x() < g.leftEnd && row < m_heads.front().rows)
            query = row;
        else if (p.x() >= g.rightStart && p.x() < g.rightStart + g.labelWidth && row < m_heads.front().cols)
            key = row;
    }
    setFocusToken(query, key);
    QWidget::mouseMoveEvent(event);
}

void HeadView::leaveEvent(QEvent* event) {
    setFocusToken(-1, -1);
    QWidget::leaveEvent(event);
}

QImage HeadView::toImage() const {
    return renderAttentionImage(*this, exportSize(),
                                [this](QPainter& p, const QSize& s) { paintView(p, s); });
}

QByteArray HeadView::toSvg() const {
    QByteArray bytes;
    QXmlStreamWriter svg(&bytes);
    const QSize size = exportSize();
    const QPalette pal = palette();
    beginAttentionSvg(svg, size, pal);
    if (!m_heads.empty()) {
        const Geometry g = geometryFor(size);
        const QFontMetrics fm = fontMetrics();
        const int pad = fm.height() / 2;
        svg.writeAttribute(QStringLiteral("font-size"), QString::number(QFontInfo(font()).pixelSize()));
        const auto rowY = [&](int i) { return g.top + i * g.rowHeight + g.rowHeight / 2; };
        const double x1 = g.leftEnd + pad / 2.0, x2 = g.rightStart - pad / 2.0;
        for (std::size_t h = 0; h < m_heads.size(); ++h) {
            const auto& m = m_heads[h];
            svg.writeStartElement(QStringLiteral("g"));
            svg.writeAttribute(QStringLiteral("stroke"), m_colors[h].name());
            svg.writeAttribute(QStringLiteral("stroke-width"), QString::number(g.lineWidth + 1));
            svg.writeAttribute(QStringLiteral("stroke-linecap"), QStringLiteral("round"));
            for (int q = 0; q < m.rows; ++q) {
                for (int k = 0; k < m.cols; ++k) {
                    const float w = m.at(q, k);
                    if (w < kMinimumShownWeight || !lineShown(q, k))
                        continue;
                    svg.writeEmptyElement(QStringLiteral("line"));
                    svg.writeAttribute(QStringLiteral("x1"), QString::number(x1));
                    svg.writeAttribute(QStringLiteral("y1"), QString::number(rowY(q)));
                    svg.writeAttribute(QStringLiteral("x2"), QString::number(x2));
                    svg.writeAttribute(QStringLiteral("y2"), QString::number(rowY(k)));
                    svg.writeAttribute(QStringLiteral("stroke-opacity"),
                                       QString::number(double(std::min(1.0f, w)), 'g', 4));
                }
            }
            svg.writeEndElement();
        }
        const QString text = pal.color(QPalette::WindowText).name();
        const auto label = [&](double x, int row, const QString& anchor, const QString& s) {
            svg.writeStartElement(QStringLiteral("text"));
            svg.writeAttribute(QStringLiteral("x"), QString::number(x));
            svg.writeAttribute(QStringLiteral("y"),
                               QString::number(rowY(row) + (fm.ascent() - fm.descent()) / 2));
            svg.writeAttribute(QStringLiteral("text-anchor"), anchor);
            svg.writeAttribute(QStringLiteral("fill"), text);
            svg.writeCharacters(s);
            svg.writeEndElement();
        };
        const auto& first = m_heads.front();
        for (int q = 0; q < first.rows; ++q)
            label(g.leftEnd - pad / 2.0, q, QStringLiteral("end"), first.rowLabels.value(q));
        for (int k = 0; k < first.cols; ++k)
            label(g.rightStart + pad / 2.0, k, QStringLiteral("start"), first.columnLabels.value(k));
    }
    svg.writeEndDocument();
    return bytes;
}

} // namespace bertlab::widgets
