#include "widgets/message_bar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace bertlab::widgets {

MessageBar::MessageBar(QWidget* parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_close(new QToolButton(this)) {
    setFrameShape(QFrame::StyledPanel);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setText(QStringLiteral("×"));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Dismiss this message"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_close);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    connect(m_label, &QLabel::linkActivated, this, &MessageBar::linkActivated);
    hide();
}

void MessageBar::showMessage(const QString& text, Kind kind) {
    showText(text, Qt::PlainText, kind);
}

void MessageBar::showRichMessage(const QString& html, Kind kind) {
    showText(html, Qt::RichText, kind);
}

void MessageBar::showText(const QString& text, Qt::TextFormat format, Kind kind) {
    m_label->setTextFormat(format);
    m_label->setTextInteractionFlags(format == Qt::RichText ? Qt::TextBrowserInteraction
                                                            : Qt::TextSelectableByMouse);
    m_label->setOpenExternalLinks(false);
    m_label->setText(text);
    setStyleSheet(kind == Kind::Error
                      ? QStringLiteral("MessageBar { background: #fde2e1; border: 1px solid #e0a3a0; }")
                      : QStringLiteral("MessageBar { background: #e3eefc; border: 1px solid #a7c2e8; }"));
    show();
}

QString MessageBar::text() const {
    return m_label->text();
}

} // namespace bertlab::widgets
