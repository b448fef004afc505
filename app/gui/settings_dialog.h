#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace bertlab::app {

// Application preferences kept in QSettings: compute threads and the interface language.
class SettingsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)
public:
    explicit SettingsDialog(QWidget* parent = nullptr);

    static const QString threadsKey;  // int, 0 = one per core
    static const QString languageKey; // "" = follow the system, else a locale name such as "zh_CN"

    // Applies the stored thread count to the engine (at start-up and after the dialog).
    static void applyStoredThreads();

    void accept() override;

private:
    QSpinBox* m_threads;
    QComboBox* m_language;
};

} // namespace bertlab::app
