#include "run_on_box.h"

#include <QSettings>
#include <QSignalBlocker>

#include <algorithm>

namespace bertlab::app {

RunOnBox::RunOnBox(const QString& settingsKey, QWidget* parent)
    : QComboBox(parent)
    , m_settingsKey(settingsKey) {
    setObjectName(QStringLiteral("runOn"));
    addItem(tr("This computer"), QString());
    connect(this, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(m_settingsKey, host());
        Q_EMIT hostChanged(host());
    });
}

void RunOnBox::setHosts(const QStringList& names) {
    // The first list: the remembered choice; later ones keep the current one.
    const QString wanted =
        count() > 1 || currentIndex() > 0 ? host() : QSettings().value(m_settingsKey).toString();
    {
        const QSignalBlocker blocker(this);
        clear();
        addItem(tr("This computer"), QString());
        for (const QString& name : names)
            addItem(name, name);
        setCurrentIndex(std::max(0, findData(wanted)));
    }
    Q_EMIT hostChanged(host());
}

QString RunOnBox::host() const {
    return currentData().toString();
}

void RunOnBox::setHost(const QString& name) {
    setCurrentIndex(std::max(0, findData(name)));
}

} // namespace bertlab::app
