#pragma once

#include <QWidget>

class QCheckBox;
class QPlainTextEdit;

namespace bertlab::widgets {

// The input shared by every page: one text, or a sentence pair when "Sentence pair" is on.
// Spans are given in Unicode code points (as the engine reports them), not UTF-16 units.
class TextPairEditor final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TextPairEditor)
public:
    // Three lines per text box: the height it starts at (a splitter in the window can make it taller).
    QSize sizeHint() const override;
    explicit TextPairEditor(QWidget* parent = nullptr);

    QString first() const;
    QString second() const; // null when not a pair
    bool isPair() const;

    // Sets the texts without emitting textEdited (the caller already knows).
    void setTexts(const QString& first, const QString& second);
    // Selects [start, end) of the first (segment 0) or second (segment 1) text and shows it.
    void highlightSpan(int segment, int start, int end);
    // Replaces the selection in the focused box (or the word under the cursor) with [MASK]; false if none.
    bool maskSelection();

    static int codePointToUtf16(const QString& text, int codePoint);

Q_SIGNALS:
    void textEdited(const QString& first, const QString& second);

private:
    void emitEdited();

    QPlainTextEdit* m_first;
    QPlainTextEdit* m_second;
    QCheckBox* m_pair;
    QPlainTextEdit* m_lastFocused;
    bool m_updating = false;
};

} // namespace bertlab::widgets
