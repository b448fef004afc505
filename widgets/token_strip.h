#pragma once

#include "core/text/tokenizer.h"

#include <QRect>
#include <QString>
#include <QWidget>

#include <vector>

namespace bertlab::widgets {

// One WordPiece as the strip shows it.
struct TokenChip {
    QString text;   // the token ("quick", "##ing", "[UNK]", "[CLS]")
    QString source; // the text it came from (the span), shown in the tooltip; may be empty
    int id = -1;
    int segment = 0;           // 0: first text (A), 1: second text (B)
    int start = 0, end = 0;    // [start, end) in code points of its segment's text; specials [0, 0]
    bool special = false;      // [CLS], [SEP], [PAD]
    bool unknown = false;      // id is [UNK]
    bool continuation = false; // "##" piece glued to the piece before
    bool truncated = false;    // cut off by the maximum length (not part of the model's input)

    bool operator==(const TokenChip&) const = default;
};

// Chips for an encoding: specials are the tokens with an empty span, unknown ones carry unknownId.
std::vector<TokenChip> tokenChips(const core::Encoding& encoding, int unknownId);

// Tokens as chips in wrapping rows, coloured by segment. "##" pieces touch the piece before (so a word reads
// as one block), [UNK] stands out, truncated chips are greyed after a cut mark. Hover shows the details,
// click (or Enter on the focused chip; arrows move) emits chipClicked.
class TokenStrip final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenStrip)
public:
    explicit TokenStrip(QWidget* parent = nullptr);

    void setChips(std::vector<TokenChip> chips);
    const std::vector<TokenChip>& chips() const { return m_chips; }
    void clear() { setChips({}); }

    // The chip with the keyboard focus / the selection mark (-1: none).
    int currentIndex() const { return m_current; }
    void setCurrentIndex(int index);

    // Geometry of a chip in widget coordinates at the current width (empty if out of range).
    QRect chipRect(int index) const;
    int chipAt(const QPoint& pos) const;

    // Hues for segment A/B and for [UNK]; chips blend them with the palette's base colour so they read on
    // light and dark themes alike (blue/orange stay apart for the common colour-vision deficiencies).
    static QColor segmentColor(int segment);
    static QColor unknownColor();

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void chipClicked(int index);
    void currentIndexChanged(int index);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Layout {
        std::vector<QRect> chips;
        std::vector<QRect> cuts; // cut marks, drawn before the first chip of each truncated run
        int height = 0;
    };
    Layout layoutFor(int width) const;
    void relayout();
    QString toolTipFor(int index) const;
    int chipAbove(int index, int direction) const;
    void moveCurrent(int index);

    std::vector<TokenChip> m_chips;
    Layout m_layout;
    int m_layoutWidth = -1;
    int m_current = -1;
    int m_hover = -1;
    int m_pressed = -1;
};

} // namespace bertlab::widgets
