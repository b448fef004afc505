#pragma once

#include <QList>
#include <QPair>
#include <QString>

#include <functional>

class QObject;
class QWidget;

namespace bertlab::app {

// Form controls that remember their values in QSettings, each under its own key: spin boxes, line edits,
// combo boxes (by index), check and radio buttons, plain-text edits. A form registers its controls once,
// loads them at start and saves them whenever one changes.
class RememberedControls final {
public:
    // `control` is remembered under `key` (also its object name, which tests and the settings file share);
    // `changed` runs, in `context`, whenever the user or the code changes it.
    void add(QWidget* control, const QString& key, QObject* context, const std::function<void()>& changed);
    void load() const; // keys never saved leave their control as it is
    void save() const;

private:
    QList<QPair<QWidget*, QString>> m_controls; // control → settings key
};

} // namespace bertlab::app
