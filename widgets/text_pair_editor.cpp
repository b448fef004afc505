#include "widgets/text_pair_editor.h"

#include <QApplication>
#include <QCheckBox>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace bertlab::widgets {

namespace {
QPlainTextEdit* makeBox(const QString& placeholder, const QString& tip, QWidget* parent) {
    auto* box = new QPlainTextEdit(parent);
    box->setPlaceholderText(placeholder);
    box->setToolTip(tip);
    box->setTabChangesFocus(true);
    // Three lines at least; the window's splitter below the editor makes them taller.
    const int height = box->fontMetrics().lineSpacing() * 3 + 2 * box->frameWidth() + 10;
    box->setMinimumHeight(height);
    box->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    box->setProperty("startHeight", height);
    return box;
}
} // namespace

TextPairEditor::TextPairEditor(QWidget* parent)
    : QWidget(parent)
    , m_first(makeBox(tr("Type a sentence, e.g. The capital of France is [MASK]."),
                      tr("The text every page looks at (sentence A)"), this))
    , m_second(makeBox(tr("Second sentence of the pair (sentence B)"),
                       tr("Sentence B: the model sees [CLS] A [SEP] B [SEP]"), this))
    , m_pair(new QCheckBox(tr("Sentence &pair"), this))
    , m_lastFocused(m_first) {
    m_pair->setToolTip(
        tr("Give the model two sentences (segments A and B), as for next-sentence prediction"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_first);
    layout->addWidget(m_pair);
    layout->addWidget(m_second);
    m_second->hide();
    connect(m_first, &QPlainTextEdit::textChanged, this, &TextPairEditor::emitEdited);
    connect(m_second, &QPlainTextEdit::textChanged, this, &TextPairEditor::emitEdited);
    connect(m_pair, &QCheckBox::toggled, this, [this](bool on) {
        m_second->setVisible(on);
        updateGeometry();
        emitEdited();
    });
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        if (now == m_first || now == m_second)
            m_lastFocused = static_cast<QPlainTextEdit*>(now);
    });
}

QSize TextPairEditor::sizeHint() const {
    const int spacing = layout()->spacing();
    int height = m_first->property("startHeight").toInt() + spacing + m_pair->sizeHint().height();
    if (m_pair->isChecked())
        height += spacing + m_second->property("startHeight").toInt();
    return {QWidget::sizeHint().width(), height};
}

QString TextPairEditor::first() const {
    return m_first->toPlainText();
}

QString TextPairEditor::second() const {
    return m_pair->isChecked() ? m_second->toPlainText() : QString();
}

bool TextPairEditor::isPair() const {
    return m_pair->isChecked();
}

void TextPairEditor::emitEdited() {
    if (!m_updating)
        Q_EMIT textEdited(first(), second());
}

void TextPairEditor::setTexts(const QString& first, const QString& second) {
    m_updating = true;
    if (m_first->toPlainText() != first)
        m_first->setPlainText(first);
    m_pair->setChecked(!second.isNull());
    if (!second.isNull() && m_second->toPlainText() != second)
        m_second->setPlainText(second);
    m_updating = false;
}

int TextPairEditor::codePointToUtf16(const QString& text, int codePoint) {
    int units = 0;
    for (int cp = 0; cp < codePoint && units < text.size(); ++cp)
        units += (text.at(units).isHighSurrogate() && units + 1 < text.size()) ? 2 : 1;
    return units;
}

void TextPairEditor::highlightSpan(int segment, int start, int end) {
    QPlainTextEdit* box = segment == 1 && isPair() ? m_second : m_first;
    const QString text = box->toPlainText();
    QTextCursor cursor(box->document());
    cursor.setPosition(codePointToUtf16(text, start));
    cursor.setPosition(codePointToUtf16(text, end), QTextCursor::KeepAnchor);
    box->setTextCursor(cursor);
    box->ensureCursorVisible();
}

bool TextPairEditor::maskSelection() {
    QPlainTextEdit* box = m_lastFocused && m_lastFocused->isVisible() ? m_lastFocused : m_first;
    QTextCursor cursor = box->textCursor();
    if (!cursor.hasSelection())
        cursor.select(QTextCursor::WordUnderCursor);
    if (!cursor.hasSelection())
        return false;
    // A selection with spaces around the word ("the " by a double-click-and-drag) masks only the word: the
    // spaces stay, so "went to the store" becomes "went to [MASK] store", not "…[MASK]store".
    const QString selected = cursor.selectedText();
    qsizetype lead = 0, trail = 0;
    while (lead < selected.size() && selected[lead].isSpace())
        ++lead;
    while (trail < selected.size() - lead && selected[selected.size() - 1 - trail].isSpace())
        ++trail;
    if (lead == selected.size())
        return false; // only spaces: nothing to mask
    const int start = cursor.selectionStart() + int(lead), end = cursor.selectionEnd() - int(trail);
    cursor.setPosition(start);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    cursor.insertText(QStringLiteral("[MASK]"));
    box->setTextCursor(cursor);
    return true;
}

} // namespace bertlab::widgets
