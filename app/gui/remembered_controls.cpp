#include "remembered_controls.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSpinBox>

#include <algorithm>

namespace bertlab::app {

void RememberedControls::add(QWidget* control, const QString& key, QObject* context,
                             const std::function<void()>& changed) {
    control->setObjectName(key);
    m_controls.append({control, key});
    if (auto* spin = qobject_cast<QSpinBox*>(control))
        QObject::connect(spin, &QSpinBox::valueChanged, context, changed);
    else if (auto* dspin = qobject_cast<QDoubleSpinBox*>(control))
        QObject::connect(dspin, &QDoubleSpinBox::valueChanged, context, changed);
    else if (auto* edit = qobject_cast<QLineEdit*>(control))
        QObject::connect(edit, &QLineEdit::textChanged, context, changed);
    else if (auto* combo = qobject_cast<QComboBox*>(control))
        QObject::connect(combo, &QComboBox::currentIndexChanged, context, changed);
    else if (auto* button = qobject_cast<QAbstractButton*>(control))
        QObject::connect(button, &QAbstractButton::toggled, context, changed);
    else if (auto* text = qobject_cast<QPlainTextEdit*>(control))
        QObject::connect(text, &QPlainTextEdit::textChanged, context, changed);
}

void RememberedControls::load() const {
    QSettings settings;
    for (const auto& [control, key] : m_controls) {
        const QVariant value = settings.value(key);
        if (!value.isValid())
            continue;
        if (auto* spin = qobject_cast<QSpinBox*>(control))
            spin->setValue(value.toInt());
        else if (auto* dspin = qobject_cast<QDoubleSpinBox*>(control))
            dspin->setValue(value.toDouble());
        else if (auto* edit = qobject_cast<QLineEdit*>(control))
            edit->setText(value.toString());
        else if (auto* combo = qobject_cast<QComboBox*>(control))
            combo->setCurrentIndex(std::clamp(value.toInt(), 0, combo->count() - 1));
        else if (auto* button = qobject_cast<QAbstractButton*>(control))
            button->setChecked(value.toBool());
        else if (auto* text = qobject_cast<QPlainTextEdit*>(control))
            text->setPlainText(value.toString());
    }
}

void RememberedControls::save() const {
    QSettings settings;
    for (const auto& [control, key] : m_controls) {
        if (auto* spin = qobject_cast<QSpinBox*>(control))
            settings.setValue(key, spin->value());
        else if (auto* dspin = qobject_cast<QDoubleSpinBox*>(control))
            settings.setValue(key, dspin->value());
        else if (auto* edit = qobject_cast<QLineEdit*>(control))
            settings.setValue(key, edit->text());
        else if (auto* combo = qobject_cast<QComboBox*>(control))
            settings.setValue(key, combo->currentIndex());
        else if (auto* button = qobject_cast<QAbstractButton*>(control))
            settings.setValue(key, button->isChecked());
        else if (auto* text = qobject_cast<QPlainTextEdit*>(control))
            settings.setValue(key, text->toPlainText());
    }
}

} // namespace bertlab::app
