#pragma once

#include "core/tasks/attention_view.h"

#include <QColor>
#include <QImage>
#include <QWidget>

#include <vector>

namespace bertlab::widgets {

// One layer's attention as lines: query tokens in the left column, key tokens in the right, a line from
// query to key for every head shown, in the head's colour with its weight as opacity (after bertviz's head
// view). Hovering a token shows only its lines.
class HeadView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeadView)
public:
    explicit HeadView(QWidget* parent = nullptr);

    // A distinct colour for head `head` of `count`, readable on light and dark backgrounds.
    static QColor headColor(int head, int count);

    // Same-shaped matrices (labels from the first) and one colour each.
    void setHeads(std::vector<core::AttentionMatrix> heads, std::vector<QColor> colors);
    int headCount() const { return int(m_heads.size()); }
    const core::AttentionMatrix& head(int index) const { return m_heads[std::size_t(index)]; }

    // Show only the lines of one query row (left) or key column (right); -1 for all.
    void setFocusToken(int query, int key);

    QImage toImage() const;
    QByteArray toSvg() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    struct Geometry {
        int labelWidth = 0;
        int rowHeight = 0;
        int top = 0;        // y of the first token row
        int leftEnd = 0;    // right edge of the query labels
        int rightStart = 0; // left edge of the key labels
        int lineWidth = 0;
        QSize extent;
    };
    Geometry geometryFor(const QSize& size) const;
    QSize exportSize() const;
    bool lineShown(int query, int key) const;
    void paintView(QPainter& painter, const QSize& size) const;

    std::vector<core::AttentionMatrix> m_heads;
    std::vector<QColor> m_colors;
    int m_focusQuery = -1;
    int m_focusKey = -1;
};

} // namespace bertlab::widgets
