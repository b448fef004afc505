#include "attention_grid.h"

#include "attention_heatmap.h"

#include <QBuffer>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QXmlStreamWriter>

#include <algorithm>

namespace bertlab::widgets {

AttentionGrid::AttentionGrid(QWidget* parent)
    : QWidget(parent) {
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void AttentionGrid::setMatrices(std::vector<std::vector<core::AttentionMatrix>> matrices) {
    m_matrices = std::move(matrices);
    m_maximum = 0;
    for (const auto& layer : m_matrices) {
        for (const auto& m : layer)
            m_maximum = std::max(m_maximum, m.maximum());
    }
    const double scale = m_maximum > 0 ? 1.0 / double(m_maximum) : 0.0;
    m_thumbnails.clear();
    for (const auto& layer : m_matrices) {
        auto& row = m_thumbnails.emplace_back();
        for (const auto& m : layer) {
            QImage image(std::max(1, m.cols), std::max(1, m.rows), QImage::Format_RGB32);
            image.fill(attentionColor(0));
            for (int r = 0; r < m.rows; ++r) {
                auto* line = reinterpret_cast<QRgb*>(image.scanLine(r));
                for (int c = 0; c < m.cols; ++c)
                    line[c] = attentionColor(double(m.at(r, c)) * scale).rgb();
            }
            row.push_back(std::move(image));
        }
    }
    if (m_current.x() >= layerCount() || m_current.y() >= headCount())
        m_current = {-1, -1};
    m_hover = {-1, -1};
    updateGeometry();
    update();
}

const core::AttentionMatrix& AttentionGrid::matrix(int layer, int head) const {
    static const core::AttentionMatrix empty;
    if (layer < 0 || head < 0 || layer >= layerCount() || head >= int(m_matrices[std::size_t(layer)].size()))
        return empty;
    return m_matrices[std::size_t(layer)][std::size_t(head)];
}

void AttentionGrid::setCurrent(int layer, int head) {
    const QPoint current(std::clamp(layer, -1, layerCount() - 1), std::clamp(head, -1, headCount() - 1));
    if (current != m_current) {
        m_current = current;
        update();
    }
}

AttentionGrid::Geometry AttentionGrid::layout(int cell) const {
    const QFontMetrics fm = fontMetrics();
    const int pad = fm.height() / 2;
    Geometry g;
    g.cell = cell;
    g.gap = std::max(2, fm.height() / 4);
    g.labelWidth = fm.horizontalAdvance(tr("L%1").arg(std::max(1, layerCount()))) + pad;
    g.headerHeight = fm.height() + pad / 2;
    g.origin = QPoint(pad + g.labelWidth, pad + g.headerHeight);
    const int layers = std::max(1, layerCount()), heads = std::max(1, headCount());
    const int gridW = heads * (cell + g.gap), gridH = layers * (cell + g.gap);
    g.legend = QRect(g.origin.x() + gridW + pad, g.origin.y(), fm.height() * 4 / 5,
                     std::max(gridH - g.gap, fm.height() * 4));
    g.extent =
        QSize(g.legend.right() + fm.averageCharWidth() + fm.horizontalAdvance(QStringLiteral("0.0000")) + pad,
              std::max(g.legend.bottom(), g.origin.y() + gridH) + pad);
    return g;
}

AttentionGrid::Geometry AttentionGrid::geometryFor(const QSize& size) const {
    // Thumbnails grow with the widget, from two text lines (a pattern is still visible) to eight.
    const int line = fontMetrics().height();
    const Geometry smallest = layout(2 * line);
    const int spareW = (size.width() - smallest.extent.width()) / std::max(1, headCount());
    const int spareH = (size.height() - smallest.extent.height()) / std::max(1, layerCount());
    return layout(std::clamp(2 * line + std::min(spareW, spareH), 2 * line, 8 * line));
}

QSize AttentionGrid::sizeHint() const {
    return layout(fontMetrics().height() * 4).extent;
}

QSize AttentionGrid::minimumSizeHint() const {
    return layout(fontMetrics().height() * 2).extent;
}

QRect AttentionGrid::cellRect(const Geometry& g, int layer, int head) const {
    return {g.origin.x() + head * (g.cell + g.gap), g.origin.y() + layer * (g.cell + g.gap), g.cell, g.cell};
}

QRect AttentionGrid::cellRect(int layer, int head) const {
    return cellRect(geometryFor(size()), layer, head);
}

QPoint AttentionGrid::cellAt(const QPoint& position) const {
    const Geometry g = geometryFor(size());
    for (int l = 0; l < layerCount(); ++l) {
        for (int h = 0; h < headCount(); ++h) {
            if (cellRect(g, l, h).contains(position))
                return {l, h};
        }
    }
    return {-1, -1};
}

QSize AttentionGrid::exportSize() const {
    return isVisible() ? size().expandedTo(minimumSizeHint()) : sizeHint();
}

void AttentionGrid::paintView(QPainter& painter, const QSize& size) const {
    const QPalette pal = palette();
    painter.setFont(font());
    if (m_matrices.empty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(QRect(QPoint(0, 0), size), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("No attention to show."));
        return;
    }
    const Geometry g = geometryFor(size);
    const QFontMetrics fm = painter.fontMetrics();
    const int pad = fm.height() / 2;
    const QColor text = pal.color(QPalette::WindowText);
    const QColor highlight = pal.color(QPalette::Highlight);
    for (int h = 0; h < headCount(); ++h) {
        painter.setPen(h == m_current.y() ? highlight : text);
        const QRect r = cellRect(g, 0, h);
        painter.drawText(QRect(r.left(), g.origin.y() - g.headerHeight, r.width(), fm.height()),
                         Qt::AlignCenter, tr("H%1").arg(h + 1));
    }
    for (int l = 0; l < layerCount(); ++l) {
        painter.setPen(l == m_current.x() ? highlight : text);
        const QRect r = cellRect(g, l, 0);
        painter.drawText(QRect(pad, r.top(), g.labelWidth - pad, r.height()),
                         Qt::AlignRight | Qt::AlignVCenter, tr("L%1").arg(l + 1));
        for (int h = 0; h < headCount(); ++h)
            painter.drawImage(cellRect(g, l, h), m_thumbnails[std::size_t(l)][std::size_t(h)]);
    }
    painter.setBrush(Qt::NoBrush);
    const int frame = std::max(2, fm.height() / 8);
    if (m_hover.x() >= 0 && m_hover != m_current) {
        painter.setPen(QPen(text, 1));
        painter.drawRect(cellRect(g, m_hover.x(), m_hover.y()).adjusted(-1, -1, 0, 0));
    }
    if (m_current.x() >= 0 && m_current.y() >= 0) {
        painter.setPen(QPen(highlight, frame));
        const int out = (frame + 1) / 2;
        painter.drawRect(cellRect(g, m_current.x(), m_current.y()).adjusted(-out, -out, out - 1, out - 1));
    }
    paintAttentionLegend(painter, g.legend, m_maximum, pal);
}

void AttentionGrid::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    paintView(painter, size());
}

QImage AttentionGrid::toImage() const {
    return renderAttentionImage(*this, exportSize(),
                                [this](QPainter& p, const QSize& s) { paintView(p, s); });
}

QByteArray AttentionGrid::toSvg() const {
    QByteArray bytes;
    QXmlStreamWriter svg(&bytes);
    const QSize size = exportSize();
    const QPalette pal = palette();
    beginAttentionSvg(svg, size, pal);
    if (!m_matrices.empty()) {
        const Geometry g = geometryFor(size);
        const QString text = pal.color(QPalette::WindowText).name();
        const QFontMetrics fm = fontMetrics();
        svg.writeAttribute(QStringLiteral("font-size"), QString::number(QFontInfo(font()).pixelSize()));
        const auto label = [&](double x, double y, const QString& anchor, const QString& s) {
            svg.writeStartElement(QStringLiteral("text"));
            svg.writeAttribute(QStringLiteral("x"), QString::number(x));
            svg.writeAttribute(QStringLiteral("y"), QString::number(y));
            svg.writeAttribute(QStringLiteral("text-anchor"), anchor);
            svg.writeAttribute(QStringLiteral("fill"), text);
            svg.writeCharacters(s);
            svg.writeEndElement();
        };
        for (int h = 0; h < headCount(); ++h) {
            const QRect r = cellRect(g, 0, h);
            label(r.center().x(), g.origin.y() - g.headerHeight + fm.ascent(), QStringLiteral("middle"),
                  tr("H%1").arg(h + 1));
        }
        for (int l = 0; l < layerCount(); ++l) {
            const QRect r = cellRect(g, l, 0);
            label(g.origin.x() - g.gap - fm.height() / 4, r.center().y() + (fm.ascent() - fm.descent()) / 2,
                  QStringLiteral("end"), tr("L%1").arg(l + 1));
            for (int h = 0; h < headCount(); ++h) {
                // Thumbnails go in as pixel images: as rects a large model's grid would be megabytes of XML.
                QByteArray png;
                QBuffer buffer(&png);
                buffer.open(QIODevice::WriteOnly);
                m_thumbnails[std::size_t(l)][std::size_t(h)].save(&buffer, "PNG");
                const QRect cell = cellRect(g, l, h);
                svg.writeStartElement(QStringLiteral("image"));
                svg.writeAttribute(QStringLiteral("x"), QString::number(cell.x()));
                svg.writeAttribute(QStringLiteral("y"), QString::number(cell.y()));
                svg.writeAttribute(QStringLiteral("width"), QString::number(cell.width()));
                svg.writeAttribute(QStringLiteral("height"), QString::number(cell.height()));
                svg.writeAttribute(QStringLiteral("preserveAspectRatio"), QStringLiteral("none"));
                svg.writeAttribute(QStringLiteral("style"), QStringLiteral("image-rendering:pixelated"));
                svg.writeAttribute(QStringLiteral("http://www.w3.org/1999/xlink"), QStringLiteral("href"),
                                   QStringLiteral("data:image/png;base64,") +
                                       QString::fromLatin1(png.toBase64()));
                svg.writeTextElement(QStringLiteral("title"), tr("Layer %1, head %2").arg(l + 1).arg(h + 1));
                svg.writeEndElement();
            }
        }
        writeAttentionLegendSvg(svg, QRectF(g.legend), m_maximum, pal);
    }
    svg.writeEndDocument();
    return bytes;
}

bool AttentionGrid::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QPoint cell = cellAt(help->pos());
        if (cell.x() >= 0) {
            const float max = matrix(cell.x(), cell.y()).maximum();
            QToolTip::showText(help->globalPos(),
                               tr("Layer %1, head %2 (largest weight %3): click to see it large")
                                   .arg(cell.x() + 1)
                                   .arg(cell.y() + 1)
                                   .arg(QString::number(double(max), 'f', 4)),
                               this, cellRect(cell.x(), cell.y()));
        } else {
            QToolTip::showText(help->globalPos(), toolTip(), this);
        }
        return true;
    }
    return QWidget::event(event);
}

void AttentionGrid::mouseMoveEvent(QMouseEvent* event) {
    const QPoint cell = cellAt(event->position().toPoint());
    if (cell != m_hover) {
        m_hover = cell;
        setCursor(cell.x() >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void AttentionGrid::mousePressEvent(QMouseEvent* event) {
    const QPoint cell = cellAt(event->position().toPoint());
    if (cell.x() >= 0 && event->button() == Qt::LeftButton) {
        setCurrent(cell.x(), cell.y());
        Q_EMIT cellActivated(cell.x(), cell.y());
    }
    QWidget::mousePressEvent(event);
}

void AttentionGrid::keyPressEvent(QKeyEvent* event) {
    if (m_matrices.empty())
        return QWidget::keyPressEvent(event);
    QPoint c = m_current.x() < 0 ? QPoint(0, 0) : m_current;
    switch (event->key()) {
    case Qt::Key_Up:
        c.rx() = std::max(0, c.x() - 1);
        break;
    case Qt::Key_Down:
        c.rx() = std::min(layerCount() - 1, c.x() + 1);
        break;
    case Qt::Key_Left:
        c.ry() = std::max(0, c.y() - 1);
        break;
    case Qt::Key_Right:
        c.ry() = std::min(headCount() - 1, c.y() + 1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        setCurrent(c.x(), c.y());
        Q_EMIT cellActivated(c.x(), c.y());
        return;
    default:
        return QWidget::keyPressEvent(event);
    }
    setCurrent(c.x(), c.y());
}

void AttentionGrid::leaveEvent(QEvent* event) {
    m_hover = {-1, -1};
    update();
    QWidget::leaveEvent(event);
}

} // namespace bertlab::widgets
