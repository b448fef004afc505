#pragma once

#include "core/tasks/attention_view.h"

#include <QImage>
#include <QWidget>

#include <vector>

namespace bertlab::widgets {

// Every head of every layer at a glance: small heatmaps with layers as rows ("L1".."Ln") and heads as
// columns ("H1".."Hm"), all on one colour scale from 0 to the largest weight shown. Clicking a thumbnail
// (or Enter on the current one) asks for it large.
class AttentionGrid final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttentionGrid)
public:
    explicit AttentionGrid(QWidget* parent = nullptr);

    // matrices[layer][head]; every layer has the same number of heads.
    void setMatrices(std::vector<std::vector<core::AttentionMatrix>> matrices);
    int layerCount() const { return int(m_matrices.size()); }
    int headCount() const { return m_matrices.empty() ? 0 : int(m_matrices.front().size()); }
    const core::AttentionMatrix& matrix(int layer, int head) const;

    void setCurrent(int layer, int head);
    int currentLayer() const { return m_current.x(); }
    int currentHead() const { return m_current.y(); }

    QRect cellRect(int layer, int head) const;
    QPoint cellAt(const QPoint& position) const; // (layer, head) or (-1, -1)

    QImage toImage() const;
    QByteArray toSvg() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void cellActivated(int layer, int head);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    struct Geometry {
        int labelWidth = 0;
        int headerHeight = 0;
        int cell = 0;
        int gap = 0;
        QPoint origin;
        QRect legend;
        QSize extent;
    };
    Geometry layout(int cell) const;
    Geometry geometryFor(const QSize& size) const;
    QRect cellRect(const Geometry& g, int layer, int head) const;
    QSize exportSize() const;
    void paintView(QPainter& painter, const QSize& size) const;

    std::vector<std::vector<core::AttentionMatrix>> m_matrices;
    std::vector<std::vector<QImage>> m_thumbnails; // one pixel per weight
    float m_maximum = 0;
    QPoint m_current{-1, -1};
    QPoint m_hover{-1, -1};
};

} // namespace bertlab::widgets
