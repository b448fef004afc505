#pragma once

#include <QComboBox>

namespace bertlab::app {

// "Run on": this computer, or a host of the Remote page. Remembers the choice (by host name) under its
// settings key; a host that is gone falls back to this computer.
class RunOnBox final : public QComboBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunOnBox)
public:
    RunOnBox(const QString& settingsKey, QWidget* parent = nullptr);

    void setHosts(const QStringList& names);
    QString host() const; // empty: this computer
    void setHost(const QString& name);

Q_SIGNALS:
    void hostChanged(const QString& host);

private:
    QString m_settingsKey;
};

} // namespace bertlab::app
