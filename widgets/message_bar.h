#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace bertlab::widgets {

// An inline bar at the top of a page for errors and notices, instead of a cascade of dialogs.
class MessageBar final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBar)
public:
    enum class Kind { Information, Error };

    explicit MessageBar(QWidget* parent = nullptr);

    void showMessage(const QString& text, Kind kind = Kind::Information); // plain text
    // Rich text whose <a href="…"> links emit linkActivated(href) instead of opening anything.
    void showRichMessage(const QString& html, Kind kind = Kind::Information);
    QString text() const;

Q_SIGNALS:
    void linkActivated(const QString& link);

private:
    void showText(const QString& text, Qt::TextFormat format, Kind kind);

    QLabel* m_label;
    QToolButton* m_close;
};

} // namespace bertlab::widgets
