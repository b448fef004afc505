#pragma once

#include <QDialog>

namespace bertlab::app {

// About BertLab: version, licence, the libraries this build uses with their versions, and the instruction set
// oneDNN uses on this CPU (core::buildInfo(), which `bertlab-cli version` prints too).
class AboutDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)
public:
    explicit AboutDialog(QWidget* parent = nullptr);
    QString text() const { return m_text; } // what the dialog shows, as HTML

private:
    QString m_text;
};

} // namespace bertlab::app
