#pragma once

#include <functional>

#include "core/tasks/attention_view.h"

#include <QImage>
#include <QWidget>

class QPainter;
class QXmlStreamWriter;

namespace bertlab::widgets {

// The sequential colour map of every attention view (0 → dark violet, through blue and green, → yellow,
// after viridis): perceptually even, and both ends stay visible on light and on dark window backgrounds.
QColor attentionColor(double fraction);
// A vertical legend bar from 0 (bottom) to `maximum` (top) with its two values written beside it.
void paintAttentionLegend(QPainter& painter, const QRect& bar, float maximum, const QPalette& palette);
void writeAttentionLegendSvg(QXmlStreamWriter& svg, const QRectF& bar, float maximum,
                             const QPalette& palette);
// Starts an <svg> document of the given size with a background rectangle in the palette's window colour.
void beginAttentionSvg(QXmlStreamWriter& svg, const QSize& size, const QPalette& palette);
// A picture of a view at `size` on the widget's window colour, at the widget's pixel ratio (PNG export).
QImage renderAttentionImage(const QWidget& widget, const QSize& size,
                            const std::function<void(QPainter&, const QSize&)>& paint);

// One attention matrix, large: key tokens along the top, query tokens down the left, one square per
// weight, a colour legend from 0 to the matrix maximum, and "query → key: weight" on hover. A long text (510
// tokens) fits the view with small cells and every k-th label, legend in sight; zoom in (Ctrl+wheel, +, −,
// 0 to fit again) for larger cells and every label, in the scroll area around it.
class AttentionHeatmap final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttentionHeatmap)
public:
    explicit AttentionHeatmap(QWidget* parent = nullptr);

    void setMatrix(const core::AttentionMatrix& matrix);
    const core::AttentionMatrix& matrix() const { return m_matrix; }

    // The cell under a widget position as (row, column), or (-1, -1).
    QPoint cellAt(const QPoint& position) const;
    QRect cellRect(int row, int col) const;
    // What the hover tooltip says for a cell: "query → key: 0.1234".
    QString cellText(int row, int col) const;

    QImage toImage() const;   // the view as drawn, at its current size (or its size hint when smaller)
    QByteArray toSvg() const; // the same view as an SVG document

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // Cell size in pixels while zoomed; 0: fit the view (the default, and what a new matrix starts with).
    void setZoomCell(int pixels);
    int zoomCell() const { return m_zoomCell; }
    int cellSize() const;   // the cells' size as drawn now
    void zoomBy(int steps); // + larger, − smaller; back to fitting below the fitted size

Q_SIGNALS:
    void cellClicked(int row, int col);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    struct Geometry {
        int rowLabelWidth = 0;
        int columnLabelHeight = 0;
        int cell = 0;
        QPoint origin; // top-left of cell (0, 0)
        QRect legend;
        QSize extent; // everything drawn fits in (0, 0) .. extent
    };
    Geometry layout(int cell) const;
    Geometry geometryFor(const QSize& size) const;
    int fittedCell(const QSize& size) const; // the cell size that fits the matrix and legend in `size`
    QSize exportSize() const;
    void paintView(QPainter& painter, const QSize& size) const;
    void rebuildImage();

    core::AttentionMatrix m_matrix;
    float m_maximum = 0;
    QImage m_cells; // one pixel per weight, scaled up when drawn
    QPoint m_hover{-1, -1};
    int m_zoomCell = 0; // 0: fit
};

} // namespace bertlab::widgets
