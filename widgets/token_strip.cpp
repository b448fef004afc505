#include "widgets/token_strip.h"

#include <QFocusEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cstdlib>

namespace bertlab::widgets {

namespace {

const QLatin1String kContinuation("##");

QColor mix(const QColor& from, const QColor& to, qreal t) {
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * t),
                            float(from.greenF() + (to.greenF() - from.greenF()) * t),
                            float(from.blueF() + (to.blueF() - from.blueF()) * t));
}

// A chip outline; a side joined to its neighbour is square and left open so a word reads as one block.
QPainterPath chipOutline(const QRectF& r, qreal radius, bool left, bool right, bool closed) {
    const qreal rl = left ? radius : 0;
    const qreal rr = right ? radius : 0;
    QPainterPath path;
    path.moveTo(r.left() + rl, r.top());
    path.lineTo(r.right() - rr, r.top());
    if (rr > 0)
        path.arcTo(QRectF(r.right() - 2 * rr, r.top(), 2 * rr, 2 * rr), 90, -90);
    if (right || closed)
        path.lineTo(r.right(), r.bottom() - rr);
    else
        path.moveTo(r.right(), r.bottom() - rr);
    if (rr > 0)
        path.arcTo(QRectF(r.right() - 2 * rr, r.bottom() - 2 * rr, 2 * rr, 2 * rr), 0, -90);
    path.lineTo(r.left() + rl, r.bottom());
    if (rl > 0)
        path.arcTo(QRectF(r.left(), r.bottom() - 2 * rl, 2 * rl, 2 * rl), 270, -90);
    if (left || closed)
        path.lineTo(r.left(), r.top() + rl);
    else
        path.moveTo(r.left(), r.top() + rl);
    if (rl > 0)
        path.arcTo(QRectF(r.left(), r.top(), 2 * rl, 2 * rl), 180, -90);
    if (closed)
        path.closeSubpath();
    return path;
}

struct Metrics {
    int padX, padY, chipHeight, gap, rowGap, margin, cutWidth, radius;
};

} // namespace

std::vector<TokenChip> tokenChips(const core::Encoding& encoding, int unknownId) {
    std::vector<TokenChip> chips;
    const int count = int(encoding.ids.size());
    chips.reserve(std::size_t(count));
    for (int i = 0; i < count; ++i) {
        TokenChip chip;
        chip.text = encoding.tokens.value(i);
        chip.id = encoding.ids[std::size_t(i)];
        chip.segment = encoding.segments[std::size_t(i)];
        chip.start = encoding.offsets[std::size_t(i)].first;
        chip.end = encoding.offsets[std::size_t(i)].second;
        // Only [CLS], [SEP] and [PAD] have an empty span; a "[MASK]" typed in the text spans its characters.
        chip.special = chip.start == chip.end && chip.text.startsWith(u'[') && chip.text.endsWith(u']');
        chip.unknown = !chip.special && chip.id == unknownId;
        chip.continuation = !chip.special && chip.text.size() > 2 && chip.text.startsWith(kContinuation);
        chips.push_back(std::move(chip));
    }
    return chips;
}

TokenStrip::TokenStrip(QWidget* parent)
    : QWidget(parent) {
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_Hover);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setAccessibleName(tr("Tokens"));
    setAccessibleDescription(tr("The text's WordPiece tokens. Arrow keys move between tokens, Enter selects "
                                "the token's characters in the text."));
}

QColor TokenStrip::segmentColor(int segment) {
    return segment == 0 ? QColor(0x2f, 0x7c, 0xe6) : QColor(0xe8, 0x8a, 0x1a);
}

QColor TokenStrip::unknownColor() {
    return QColor(0xd9, 0x2d, 0x3c);
}

void TokenStrip::setChips(std::vector<TokenChip> chips) {
    m_chips = std::move(chips);
    m_current = -1;
    m_hover = -1;
    m_pressed = -1;
    relayout();
    updateGeometry();
    update();
}

void TokenStrip::setCurrentIndex(int index) {
    if (index < -1 || index >= int(m_chips.size()))
        index = -1;
    if (index == m_current)
        return;
    m_current = index;
    update();
    Q_EMIT currentIndexChanged(index);
}

QRect TokenStrip::chipRect(int index) const {
    if (index < 0 || index >= int(m_layout.chips.size()))
        return {};
    return m_layout.chips[std::size_t(index)];
}

int TokenStrip::chipAt(const QPoint& pos) const {
    for (std::size_t i = 0; i < m_layout.chips.size(); ++i) {
        if (m_layout.chips[i].contains(pos))
            return int(i);
    }
    return -1;
}

static Metrics metricsFor(const QFontMetrics& fm) {
    Metrics m{};
    m.padX = std::max(4, fm.averageCharWidth());
    m.padY = std::max(3, fm.height() / 4);
    m.chipHeight = fm.height() + 2 * m.padY;
    m.gap = std::max(5, fm.height() / 2);
    m.rowGap = std::max(5, fm.height() / 2);
    m.margin = std::max(4, fm.height() / 2);
    m.cutWidth = fm.horizontalAdvance(QStringLiteral("✂")) + 2 * m.padX;
    m.radius = std::max(2, fm.height() / 4);
    return m;
}

TokenStrip::Layout TokenStrip::layoutFor(int width) const {
    const QFontMetrics fm = fontMetrics();
    const Metrics m = metricsFor(fm);
    const int n = int(m_chips.size());
    Layout layout;
    layout.chips.resize(std::size_t(n));
    const int right = std::max(width - m.margin, m.margin + m.chipHeight);
    const auto cutBefore = [this](int i) {
        return m_chips[std::size_t(i)].truncated && (i == 0 || !m_chips[std::size_t(i) - 1].truncated);
    };
    const auto chipWidth = [&](int i) {
        return std::max(m.chipHeight, fm.horizontalAdvance(m_chips[std::size_t(i)].text) + 2 * m.padX);
    };

    int x = m.margin;
    int y = m.margin;
    bool rowUsed = false;
    const auto newRow = [&] {
        x = m.margin;
        y += m.chipHeight + m.rowGap;
        rowUsed = false;
    };
    for (int i = 0; i < n;) {
        // A word: a piece and the "##" pieces after it. Rows break between words where they can.
        int j = i + 1;
        while (j < n && m_chips[std::size_t(j)].continuation && !cutBefore(j))
            ++j;
        int groupWidth = cutBefore(i) ? m.cutWidth : 0;
        for (int k = i; k < j; ++k)
            groupWidth += chipWidth(k);
        if (rowUsed && x + m.gap + groupWidth > right)
            newRow();
        if (rowUsed)
            x += m.gap;
        if (cutBefore(i)) {
            layout.cuts.emplace_back(x, y, m.cutWidth, m.chipHeight);
            x += m.cutWidth;
        }
        for (int k = i; k < j; ++k) {
            const int w = chipWidth(k);
            if (k > i && x + w > right) // a word wider than the row: break between its pieces
                newRow();
            layout.chips[std::size_t(k)] = QRect(x, y, w, m.chipHeight);
            x += w;
            rowUsed = true;
        }
        i = j;
    }
    layout.height = y + m.chipHeight + m.margin;
    return layout;
}

void TokenStrip::relayout() {
    m_layoutWidth = width();
    m_layout = layoutFor(m_layoutWidth);
}

int TokenStrip::heightForWidth(int width) const {
    return layoutFor(width).height;
}

QSize TokenStrip::sizeHint() const {
    const int w = fontMetrics().averageCharWidth() * 60;
    return {w, heightForWidth(w)};
}

QSize TokenStrip::minimumSizeHint() const {
    const Metrics m = metricsFor(fontMetrics());
    return {fontMetrics().averageCharWidth() * 12, m.chipHeight + 2 * m.margin};
}

void TokenStrip::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    if (width() != m_layoutWidth) {
        relayout();
        update();
    }
}

void TokenStrip::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        relayout();
        updateGeometry();
        update();
    } else if (event->type() == QEvent::PaletteChange) {
        update();
    }
}

void TokenStrip::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    const Metrics m = metricsFor(fm);
    const QPalette& pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const QColor faintText = mix(base, text, 0.45);
    const QColor highlight = pal.color(QPalette::Highlight);
    const int n = int(m_chips.size());

    for (const QRect& cut : m_layout.cuts) {
        // The cut: a dashed line and scissors; everything after it up to the next [SEP] is dropped.
        QPen pen(faintText, 1, Qt::DashLine);
        painter.setPen(pen);
        const qreal lineX = cut.left() + m.padX / 2.0;
        painter.drawLine(QPointF(lineX, cut.top()), QPointF(lineX, cut.bottom()));
        painter.setPen(text);
        painter.drawText(cut.adjusted(m.padX, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                         QStringLiteral("✂"));
    }

    for (int i = 0; i < n; ++i) {
        const TokenChip& chip = m_chips[std::size_t(i)];
        const QRect& rect = m_layout.chips[std::size_t(i)];
        const QRect& previous = i > 0 ? m_layout.chips[std::size_t(i) - 1] : QRect();
        const QRect& next = i + 1 < n ? m_layout.chips[std::size_t(i) + 1] : QRect();
        const bool joinLeft = chip.continuation && i > 0 && previous.right() + 1 == rect.left() &&
                              previous.top() == rect.top() &&
                              chip.truncated == m_chips[std::size_t(i) - 1].truncated;
        const bool joinRight = i + 1 < n && m_chips[std::size_t(i) + 1].continuation &&
                               rect.right() + 1 == next.left() && next.top() == rect.top() &&
                               chip.truncated == m_chips[std::size_t(i) + 1].truncated;
        const bool hovered = i == m_hover;

        QColor fill, border, ink = text;
        Qt::PenStyle borderStyle = Qt::SolidLine;
        qreal borderWidth = 1;
        if (chip.truncated) {
            fill = base;
            border = mix(base, text, 0.3);
            ink = faintText;
            borderStyle = Qt::DashLine;
        } else if (chip.special) {
            fill = mix(base, text, 0.08);
            border = mix(base, text, 0.3);
            ink = mix(base, text, 0.6);
        } else if (chip.unknown) {
            fill = mix(base, unknownColor(), 0.45);
            border = unknownColor();
            borderWidth = 2;
        } else {
            const QColor hue = segmentColor(chip.segment);
            fill = mix(base, hue, 0.2);
            border = mix(base, hue, 0.75);
        }
        if (hovered)
            fill = mix(fill, text, 0.08);

        // Fill edge to edge on a joined side so neighbouring pieces touch.
        const QRectF box = QRectF(rect).adjusted(joinLeft ? 0 : 0.5, 0.5, joinRight ? 0 : -0.5, -0.5);
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        painter.drawPath(chipOutline(box, m.radius, !joinLeft, !joinRight, true));
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(border, borderWidth, borderStyle));
        painter.drawPath(chipOutline(box, m.radius, !joinLeft, !joinRight, !joinLeft && !joinRight));
        if (joinLeft) { // a faint seam where the pieces meet
            painter.setPen(QPen(mix(fill, border, 0.5), 1, Qt::DotLine));
            painter.drawLine(QPointF(box.left(), box.top() + 2), QPointF(box.left(), box.bottom() - 2));
        }
        if (i == m_current) {
            painter.setPen(QPen(highlight, hasFocus() ? 2.5 : 2));
            painter.drawPath(chipOutline(QRectF(rect).adjusted(1, 1, -1, -1), m.radius, true, true, true));
        }

        const QRect textRect = rect.adjusted(m.padX, 0, -m.padX, 0);
        const int textWidth = fm.horizontalAdvance(chip.text);
        int x = textRect.left() + std::max(0, (textRect.width() - textWidth) / 2);
        QString body = chip.text;
        if (chip.continuation) { // "##" faint: it marks the join, it is not part of the word
            painter.setPen(mix(base, ink, 0.5));
            painter.drawText(QRect(x, rect.top(), textRect.right() - x + 1, rect.height()),
                             Qt::AlignLeft | Qt::AlignVCenter, kContinuation);
            x += fm.horizontalAdvance(kContinuation);
            body = chip.text.mid(2);
        }
        painter.setPen(ink);
        painter.drawText(QRect(x, rect.top(), textRect.right() - x + 1, rect.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, body);
    }
}

QString TokenStrip::toolTipFor(int index) const {
    const TokenChip& chip = m_chips[std::size_t(index)];
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(chip.text.toHtmlEscaped());
    lines << tr("id %1").arg(chip.id);
    if (chip.special) {
        if (chip.text == QLatin1String("[CLS]"))
            lines << tr("Special token: starts the input");
        else if (chip.text == QLatin1String("[SEP]"))
            lines << (chip.segment == 0 ? tr("Special token: ends the first text")
                                        : tr("Special token: ends the second text"));
        else
            lines << tr("Special token");
    } else {
        lines << tr("chars %1–%2 of the %3")
                     .arg(chip.start)
                     .arg(chip.end)
                     .arg(chip.segment == 0 ? tr("first text") : tr("second text"));
        if (!chip.source.isEmpty())
            lines << tr("from “%1”").arg(chip.source.toHtmlEscaped());
        if (chip.continuation)
            lines << tr("continues the word before it");
        if (chip.unknown)
            lines << tr("<span style=\"color:%1\">not in the vocabulary: the model sees [UNK]</span>")
                         .arg(unknownColor().name());
    }
    if (chip.truncated)
        lines << tr("<i>cut off: beyond the maximum length, the model does not see it</i>");
    return lines.join(QStringLiteral("<br>"));
}

bool TokenStrip::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int index = chipAt(help->pos());
        if (index >= 0) {
            QToolTip::showText(help->globalPos(), toolTipFor(index), this, chipRect(index));
            return true;
        }
        for (const QRect& cut : m_layout.cuts) {
            if (cut.contains(help->pos())) {
                QToolTip::showText(help->globalPos(),
                                   tr("Cut: the tokens after this mark go beyond the maximum length"), this,
                                   cut);
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

void TokenStrip::mouseMoveEvent(QMouseEvent* event) {
    const int index = chipAt(event->position().toPoint());
    if (index != m_hover) {
        m_hover = index;
        setCursor(index >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void TokenStrip::leaveEvent(QEvent* event) {
    if (m_hover >= 0) {
        m_hover = -1;
        update();
    }
    QWidget::leaveEvent(event);
}

void TokenStrip::mousePressEvent(QMouseEvent* event) {
    m_pressed = event->button() == Qt::LeftButton ? chipAt(event->position().toPoint()) : -1;
    QWidget::mousePressEvent(event);
}

void TokenStrip::mouseReleaseEvent(QMouseEvent* event) {
    const int index = chipAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && index >= 0 && index == m_pressed) {
        setCurrentIndex(index);
        Q_EMIT chipClicked(index);
    }
    m_pressed = -1;
    QWidget::mouseReleaseEvent(event);
}

int TokenStrip::chipAbove(int index, int direction) const {
    if (index < 0)
        return -1;
    const QRect from = chipRect(index);
    int rowTop = -1;
    for (const QRect& r : m_layout.chips) {
        const bool beyond = direction > 0 ? r.top() > from.top() : r.top() < from.top();
        if (beyond && (rowTop < 0 || (direction > 0 ? r.top() < rowTop : r.top() > rowTop)))
            rowTop = r.top();
    }
    if (rowTop < 0)
        return index;
    int best = index;
    int bestDistance = 0;
    for (std::size_t i = 0; i < m_layout.chips.size(); ++i) {
        const QRect& r = m_layout.chips[i];
        const int distance = std::abs(r.center().x() - from.center().x());
        if (r.top() == rowTop && (best == index || distance < bestDistance)) {
            best = int(i);
            bestDistance = distance;
        }
    }
    return best;
}

void TokenStrip::moveCurrent(int index) {
    if (m_chips.empty())
        return;
    setCurrentIndex(std::clamp(index, 0, int(m_chips.size()) - 1));
}

void TokenStrip::keyPressEvent(QKeyEvent* event) {
    const int last = int(m_chips.size()) - 1;
    switch (event->key()) {
    case Qt::Key_Left:
        moveCurrent(m_current < 0 ? 0 : m_current - 1);
        break;
    case Qt::Key_Right:
        moveCurrent(m_current < 0 ? 0 : m_current + 1);
        break;
    case Qt::Key_Up:
        moveCurrent(m_current < 0 ? 0 : chipAbove(m_current, -1));
        break;
    case Qt::Key_Down:
        moveCurrent(m_current < 0 ? 0 : chipAbove(m_current, +1));
        break;
    case Qt::Key_Home:
        moveCurrent(0);
        break;
    case Qt::Key_End:
        moveCurrent(last);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_current >= 0)
            Q_EMIT chipClicked(m_current);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TokenStrip::focusInEvent(QFocusEvent* event) {
    QWidget::focusInEvent(event);
    if (m_current < 0 && !m_chips.empty() && event->reason() != Qt::MouseFocusReason)
        setCurrentIndex(0);
    update();
}

void TokenStrip::focusOutEvent(QFocusEvent* event) {
    QWidget::focusOutEvent(event);
    update();
}

} // namespace bertlab::widgets
