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

    void showMessage(const QString& text, Kind kind = Kind::Information);
    QString text() const;

private:
    QLabel* m_label;
    QToolButton* m_close;
};

} // namespace bertlab::widgets
