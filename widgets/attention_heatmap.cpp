#include "attention_heatmap.h"

#include <QBuffer>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>
#include <QXmlStreamWriter>

#include <algorithm>
#include <array>
#include <cmath>

namespace bertlab::widgets {

namespace {

// viridis sampled at nine even steps; between them the colour is interpolated linearly.
constexpr std::array<QRgb, 9> kStops = {0x440154, 0x472d7b, 0x3b528b, 0x2c728e, 0x21918c,
                                        0x28ae80, 0x5ec962, 0xaddc30, 0xfde725};

QString svgNumber(double v) {
    return QString::number(v, 'g', 6);
}

QString valueText(float v) {
    return QString::number(double(v), 'f', 4);
}

} // namespace

QColor attentionColor(double fraction) {
    if (!std::isfinite(fraction))
        fraction = 0;
    const double x = std::clamp(fraction, 0.0, 1.0) * double(kStops.size() - 1);
    const auto i = std::min(std::size_t(x), kStops.size() - 2);
    const double t = x - double(i);
    const QColor a = QColor::fromRgb(kStops[i]), b = QColor::fromRgb(kStops[i + 1]);
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

void paintAttentionLegend(QPainter& painter, const QRect& bar, float maximum, const QPalette& palette) {
    const int steps = std::max(1, bar.height());
    for (int y = 0; y < steps; ++y) {
        const double fraction = 1.0 - double(y) / double(std::max(1, steps - 1));
        painter.fillRect(QRect(bar.left(), bar.top() + y, bar.width(), 1), attentionColor(fraction));
    }
    painter.setPen(palette.color(QPalette::WindowText));
    painter.drawRect(bar.adjusted(0, 0, -1, -1));
    const QFontMetrics fm = painter.fontMetrics();
    const int x = bar.right() + fm.averageCharWidth();
    painter.drawText(x, bar.top() + fm.ascent(), valueText(maximum));
    painter.drawText(x, bar.bottom(), QStringLiteral("0"));
}

void writeAttentionLegendSvg(QXmlStreamWriter& svg, const QRectF& bar, float maximum,
                             const QPalette& palette) {
    // Stacked bands instead of a gradient: every SVG viewer draws rects the same way.
    constexpr int bands = 32;
    const double h = bar.height() / bands;
    for (int i = 0; i < bands; ++i) {
        svg.writeEmptyElement(QStringLiteral("rect"));
        svg.writeAttribute(QStringLiteral("x"), svgNumber(bar.x()));
        svg.writeAttribute(QStringLiteral("y"), svgNumber(bar.y() + i * h));
        svg.writeAttribute(QStringLiteral("width"), svgNumber(bar.width()));
        svg.writeAttribute(QStringLiteral("height"), svgNumber(h + 0.5));
        svg.writeAttribute(QStringLiteral("fill"), attentionColor(1.0 - (i + 0.5) / bands).name());
    }
    const QString text = palette.color(QPalette::WindowText).name();
    const auto label = [&](double y, const QString& s) {
        svg.writeStartElement(QStringLiteral("text"));
        svg.writeAttribute(QStringLiteral("x"), svgNumber(bar.right() + 4));
        svg.writeAttribute(QStringLiteral("y"), svgNumber(y));
        svg.writeAttribute(QStringLiteral("fill"), text);
        svg.writeCharacters(s);
        svg.writeEndElement();
    };
    label(bar.top() + 10, valueText(maximum));
    label(bar.bottom(), QStringLiteral("0"));
}

QImage renderAttentionImage(const QWidget& widget, const QSize& size,
                            const std::function<void(QPainter&, const QSize&)>& paint) {
    const qreal ratio = widget.devicePixelRatioF();
    QImage image(size * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(widget.palette().color(QPalette::Window));
    QPainter painter(&image);
    paint(painter, size);
    return image;
}

void beginAttentionSvg(QXmlStreamWriter& svg, const QSize& size, const QPalette& palette) {
    svg.setAutoFormatting(true);
    svg.writeStartDocument();
    svg.writeStartElement(QStringLiteral("svg"));
    svg.writeDefaultNamespace(QStringLiteral("http://www.w3.org/2000/svg"));
    svg.writeNamespace(QStringLiteral("http://www.w3.org/1999/xlink"), QStringLiteral("xlink"));
    svg.writeAttribute(QStringLiteral("width"), QString::number(size.width()));
    svg.writeAttribute(QStringLiteral("height"), QString::number(size.height()));
    svg.writeAttribute(QStringLiteral("viewBox"),
                       QStringLiteral("0 0 %1 %2").arg(size.width()).arg(size.height()));
    svg.writeAttribute(QStringLiteral("font-family"), QStringLiteral("sans-serif"));
    svg.writeAttribute(QStringLiteral("font-size"), QStringLiteral("12"));
    svg.writeEmptyElement(QStringLiteral("rect"));
    svg.writeAttribute(QStringLiteral("width"), QStringLiteral("100%"));
    svg.writeAttribute(QStringLiteral("height"), QStringLiteral("100%"));
    svg.writeAttribute(QStringLiteral("fill"), palette.color(QPalette::Window).name());
}

AttentionHeatmap::AttentionHeatmap(QWidget* parent)
    : QWidget(parent) {
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus); // +, −, 0 zoom
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void AttentionHeatmap::setMatrix(const core::AttentionMatrix& matrix) {
    if (matrix.rows != m_matrix.rows || matrix.cols != m_matrix.cols)
        m_zoomCell = 0; // another text: fit it first (another head or layer keeps the zoom)
    m_matrix = matrix;
    m_maximum = m_matrix.maximum();
    m_hover = {-1, -1};
    rebuildImage();
    updateGeometry();
    update();
}

void AttentionHeatmap::rebuildImage() {
    m_cells = QImage(std::max(1, m_matrix.cols), std::max(1, m_matrix.rows), QImage::Format_RGB32);
    m_cells.fill(palette().color(QPalette::Window));
    const double scale = m_maximum > 0 ? 1.0 / double(m_maximum) : 0.0;
    for (int r = 0; r < m_matrix.rows; ++r) {
        auto* line = reinterpret_cast<QRgb*>(m_cells.scanLine(r));
        for (int c = 0; c < m_matrix.cols; ++c)
            line[c] = attentionColor(double(m_matrix.at(r, c)) * scale).rgb();
    }
}

AttentionHeatmap::Geometry AttentionHeatmap::layout(int cell) const {
    const QFontMetrics fm = fontMetrics();
    const int pad = fm.height() / 2;
    const int maxLabel = fm.averageCharWidth() * 24;
    Geometry g;
    for (const auto& label : m_matrix.rowLabels)
        g.rowLabelWidth = std::max(g.rowLabelWidth, fm.horizontalAdvance(label));
    for (const auto& label : m_matrix.columnLabels)
        g.columnLabelHeight = std::max(g.columnLabelHeight, fm.horizontalAdvance(label));
    // +2: elidedText() measures with sub-pixel widths and would elide a label exactly as wide as the room.
    g.rowLabelWidth = std::min(g.rowLabelWidth + 2, maxLabel) + pad;
    g.columnLabelHeight = std::min(g.columnLabelHeight + 2, maxLabel) + pad;
    g.cell = cell;
    g.origin = QPoint(pad + g.rowLabelWidth, pad + g.columnLabelHeight);
    const int cols = std::max(1, m_matrix.cols), rows = std::max(1, m_matrix.rows);
    g.legend = QRect(g.origin.x() + cols * cell + 2 * pad, g.origin.y(), fm.height() * 4 / 5,
                     std::max(rows * cell, fm.height() * 4));
    g.extent =
        QSize(g.legend.right() + fm.averageCharWidth() + fm.horizontalAdvance(QStringLiteral("0.0000")) + pad,
              std::max(g.legend.bottom(), g.origin.y() + rows * cell) + pad);
    return g;
}

AttentionHeatmap::Geometry AttentionHeatmap::geometryFor(const QSize& size) const {
    return layout(m_zoomCell > 0 ? m_zoomCell : fittedCell(size));
}

int AttentionHeatmap::fittedCell(const QSize& size) const {
    // Fitted: square cells as large as the widget allows (at most three lines of text), down to a pixel for a
    // long text, so the whole matrix and its legend are in view; labels are then thinned out (paintView).
    const int line = fontMetrics().height();
    const Geometry base = layout(1);
    const int cols = std::max(1, m_matrix.cols), rows = std::max(1, m_matrix.rows);
    const int fitW = (size.width() - (base.extent.width() - cols)) / cols;
    const int fitH = (size.height() - (base.extent.height() - rows)) / rows;
    return std::clamp(std::min(fitW, fitH), 1, line * 3);
}

QSize AttentionHeatmap::sizeHint() const {
    return layout(m_zoomCell > 0 ? m_zoomCell : fontMetrics().height() * 3 / 2).extent;
}

QSize AttentionHeatmap::minimumSizeHint() const {
    // Fitted, any size will do (cells shrink to a pixel); zoomed, the scroll area around scrolls.
    if (m_zoomCell > 0)
        return layout(m_zoomCell).extent;
    const int line = fontMetrics().height();
    const int rows = std::max(1, m_matrix.rows), cols = std::max(1, m_matrix.cols);
    // Small matrices keep readable cells; long ones may go down to a few pixels a cell.
    return layout(std::max(1, std::min(line, 400 / std::max(rows, cols)))).extent;
}

int AttentionHeatmap::cellSize() const {
    return geometryFor(size()).cell;
}

void AttentionHeatmap::setZoomCell(int pixels) {
    const int cell = std::clamp(pixels, 0, fontMetrics().height() * 4);
    if (cell == m_zoomCell)
        return;
    m_zoomCell = cell;
    updateGeometry();
    update();
}

void AttentionHeatmap::zoomBy(int steps) {
    int cell = m_zoomCell > 0 ? m_zoomCell : cellSize();
    for (int i = 0; i < std::abs(steps); ++i)
        cell = steps > 0 ? std::max(cell + 1, cell * 5 / 4) : cell * 4 / 5;
    // Smaller than what fits: fitting again (zoomed out, nothing is left to scroll to). The fit is the
    // scroll area's view, not this widget's own (zoomed) size.
    const QSize view = parentWidget() ? parentWidget()->size() : size();
    setZoomCell(cell <= fittedCell(view) ? 0 : cell);
}

void AttentionHeatmap::wheelEvent(QWheelEvent* event) {
    if (event->modifiers() & Qt::ControlModifier) {
        zoomBy(event->angleDelta().y() > 0 ? 1 : -1);
        event->accept();
        return;
    }
    QWidget::wheelEvent(event);
}

void AttentionHeatmap::keyPressEvent(QKeyEvent* event) {
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1);
        return;
    case Qt::Key_Minus:
        zoomBy(-1);
        return;
    case Qt::Key_0:
        setZoomCell(0);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

QPoint AttentionHeatmap::cellAt(const QPoint& position) const {
    if (m_matrix.isEmpty())
        return {-1, -1};
    const Geometry g = geometryFor(size());
    const QPoint p = position - g.origin;
    if (p.x() < 0 || p.y() < 0)
        return {-1, -1};
    const int col = p.x() / g.cell, row = p.y() / g.cell;
    if (row >= m_matrix.rows || col >= m_matrix.cols)
        return {-1, -1};
    return {row, col};
}

QRect AttentionHeatmap::cellRect(int row, int col) const {
    const Geometry g = geometryFor(size());
    return {g.origin.x() + col * g.cell, g.origin.y() + row * g.cell, g.cell, g.cell};
}

QString AttentionHeatmap::cellText(int row, int col) const {
    if (row < 0 || col < 0 || row >= m_matrix.rows || col >= m_matrix.cols)
        return {};
    return tr("%1 → %2: %3")
        .arg(m_matrix.rowLabels.value(row), m_matrix.columnLabels.value(col),
             valueText(m_matrix.at(row, col)));
}

QSize AttentionHeatmap::exportSize() const {
    return isVisible() ? size().expandedTo(minimumSizeHint()) : sizeHint();
}

void AttentionHeatmap::paintView(QPainter& painter, const QSize& size) const {
    const QPalette pal = palette();
    painter.setFont(font());
    if (m_matrix.isEmpty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(QRect(QPoint(0, 0), size), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("No attention to show."));
        return;
    }
    const Geometry g = geometryFor(size);
    const QFontMetrics fm = painter.fontMetrics();
    const int pad = fm.height() / 2;
    const int maxLabel = g.rowLabelWidth - pad;
    const QRect cells(g.origin, QSize(m_matrix.cols * g.cell, m_matrix.rows * g.cell));
    painter.drawImage(cells, m_cells);

    const QColor text = pal.color(QPalette::WindowText);
    const QColor highlight = pal.color(QPalette::Highlight);
    // Cells smaller than a line of text: every k-th label (and the hovered one), centred on its row.
    const int every = std::max(1, (fm.height() + g.cell - 1) / g.cell);
    for (int r = 0; r < m_matrix.rows; ++r) {
        if (r % every != 0 && r != m_hover.x())
            continue;
        painter.setPen(r == m_hover.x() ? highlight : text);
        const int middle = g.origin.y() + r * g.cell + g.cell / 2;
        const QRect box(pad, middle - fm.height() / 2, maxLabel, fm.height());
        painter.drawText(box, Qt::AlignRight | Qt::AlignVCenter,
                         fm.elidedText(m_matrix.rowLabels.value(r), Qt::ElideMiddle, maxLabel));
    }
    const int maxColumnLabel = g.columnLabelHeight - pad;
    for (int c = 0; c < m_matrix.cols; ++c) {
        if (c % every != 0 && c != m_hover.y())
            continue;
        painter.setPen(c == m_hover.y() ? highlight : text);
        painter.save();
        // Rotated a quarter turn so long tokens fit above narrow columns; read bottom to top.
        painter.translate(g.origin.x() + c * g.cell + g.cell / 2 + (fm.ascent() - fm.descent()) / 2,
                          g.origin.y() - pad / 2);
        painter.rotate(-90);
        painter.drawText(0, 0,
                         fm.elidedText(m_matrix.columnLabels.value(c), Qt::ElideMiddle, maxColumnLabel));
        painter.restore();
    }
    if (m_hover.x() >= 0) {
        painter.setPen(QPen(highlight, std::max(2, fm.height() / 8)));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(
            QRect(g.origin.x() + m_hover.y() * g.cell, g.origin.y() + m_hover.x() * g.cell, g.cell, g.cell));
    }
    paintAttentionLegend(painter, g.legend, m_maximum, pal);
}

void AttentionHeatmap::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    paintView(painter, size());
}

QImage AttentionHeatmap::toImage() const {
    return renderAttentionImage(*this, exportSize(),
                                [this](QPainter& p, const QSize& s) { paintView(p, s); });
}

QByteArray AttentionHeatmap::toSvg() const {
    QByteArray bytes;
    QXmlStreamWriter svg(&bytes);
    const QSize size = exportSize();
    const QPalette pal = palette();
    beginAttentionSvg(svg, size, pal);
    if (!m_matrix.isEmpty()) {
        const Geometry g = geometryFor(size);
        const QFontMetrics fm = fontMetrics();
        const int pad = fm.height() / 2;
        const QString text = pal.color(QPalette::WindowText).name();
        svg.writeAttribute(QStringLiteral("font-size"), QString::number(QFontInfo(font()).pixelSize()));
        for (int r = 0; r < m_matrix.rows; ++r) {
            for (int c = 0; c < m_matrix.cols; ++c) {
                svg.writeStartElement(QStringLiteral("rect"));
                svg.writeAttribute(QStringLiteral("x"), QString::number(g.origin.x() + c * g.cell));
                svg.writeAttribute(QStringLiteral("y"), QString::number(g.origin.y() + r * g.cell));
                svg.writeAttribute(QStringLiteral("width"), QString::number(g.cell));
                svg.writeAttribute(QStringLiteral("height"), QString::number(g.cell));
                svg.writeAttribute(QStringLiteral("fill"), QColor::fromRgb(m_cells.pixel(c, r)).name());
                svg.writeTextElement(QStringLiteral("title"), cellText(r, c));
                svg.writeEndElement();
            }
        }
        for (int r = 0; r < m_matrix.rows; ++r) {
            svg.writeStartElement(QStringLiteral("text"));
            svg.writeAttribute(QStringLiteral("x"), QString::number(g.origin.x() - pad / 2));
            svg.writeAttribute(QStringLiteral("y"), svgNumber(g.origin.y() + r * g.cell + g.cell / 2.0 +
                                                              (fm.ascent() - fm.descent()) / 2.0));
            svg.writeAttribute(QStringLiteral("text-anchor"), QStringLiteral("end"));
            svg.writeAttribute(QStringLiteral("fill"), text);
            svg.writeCharacters(m_matrix.rowLabels.value(r));
            svg.writeEndElement();
        }
        for (int c = 0; c < m_matrix.cols; ++c) {
            const double x = g.origin.x() + c * g.cell + g.cell / 2.0 + (fm.ascent() - fm.descent()) / 2.0;
            const double y = g.origin.y() - pad / 2.0;
            svg.writeStartElement(QStringLiteral("text"));
            svg.writeAttribute(QStringLiteral("x"), svgNumber(x));
            svg.writeAttribute(QStringLiteral("y"), svgNumber(y));
            svg.writeAttribute(QStringLiteral("transform"),
                               QStringLiteral("rotate(-90 %1 %2)").arg(svgNumber(x), svgNumber(y)));
            svg.writeAttribute(QStringLiteral("fill"), text);
            svg.writeCharacters(m_matrix.columnLabels.value(c));
            svg.writeEndElement();
        }
        writeAttentionLegendSvg(svg, QRectF(g.legend), m_maximum, pal);
    }
    svg.writeEndDocument();
    return bytes;
}

bool AttentionHeatmap::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QPoint cell = cellAt(help->pos());
        if (cell.x() >= 0)
            QToolTip::showText(help->globalPos(), cellText(cell.x(), cell.y()), this,
                               cellRect(cell.x(), cell.y()));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void AttentionHeatmap::mouseMoveEvent(QMouseEvent* event) {
    const QPoint cell = cellAt(event->position().toPoint());
    if (cell != m_hover) {
        m_hover = cell;
        update();
        // Follow the pointer with the exact weight without waiting for the tooltip delay.
        if (cell.x() >= 0)
            QToolTip::showText(event->globalPosition().toPoint(), cellText(cell.x(), cell.y()), this,
                               cellRect(cell.x(), cell.y()));
    }
    QWidget::mouseMoveEvent(event);
}

void AttentionHeatmap::mousePressEvent(QMouseEvent* event) {
    const QPoint cell = cellAt(event->position().toPoint());
    if (cell.x() >= 0 && event->button() == Qt::LeftButton)
        Q_EMIT cellClicked(cell.x(), cell.y());
    QWidget::mousePressEvent(event);
}

void AttentionHeatmap::leaveEvent(QEvent* event) {
    m_hover = {-1, -1};
    update();
    QWidget::leaveEvent(event);
}

void AttentionHeatmap::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange)
        rebuildImage();
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

} // namespace bertlab::widgets
