#include "settings_dialog.h"

#include "core/tensor/compute_threads.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QThread>

namespace bertlab::app {

const QString SettingsDialog::threadsKey = QStringLiteral("engine/threads");
const QString SettingsDialog::languageKey = QStringLiteral("ui/language");

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent)
    , m_threads(new QSpinBox(this))
    , m_language(new QComboBox(this)) {
    setWindowTitle(tr("Settings"));
    QSettings settings;
    m_threads->setRange(0, std::max(64, QThread::idealThreadCount() * 4));
    m_threads->setSpecialValueText(tr("One per core (%1)").arg(QThread::idealThreadCount()));
    m_threads->setValue(settings.value(threadsKey, 0).toInt());
    m_threads->setToolTip(tr("How many CPU threads the model may use"));

    m_language->addItem(tr("Follow the system"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.value(languageKey).toString())));
    m_language->setToolTip(tr("Language of the interface; takes effect when BertLab starts again"));

    auto* form = new QFormLayout(this);
    form->addRow(tr("Compute &threads:"), m_threads);
    form->addRow(tr("&Language:"), m_language);
    auto* note = new QLabel(tr("A new language applies after restarting BertLab."), this);
    note->setWordWrap(true);
    form->addRow(note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void SettingsDialog::applyStoredThreads() {
    core::setComputeThreads(QSettings().value(threadsKey, 0).toInt());
}

void SettingsDialog::accept() {
    QSettings settings;
    settings.setValue(threadsKey, m_threads->value());
    settings.setValue(languageKey, m_language->currentData().toString());
    applyStoredThreads();
    QDialog::accept();
}

} // namespace bertlab::app
