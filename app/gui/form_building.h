#pragma once

class QDoubleSpinBox;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QString;
class QWidget;

namespace bertlab::app {

// Small pieces the settings forms are built from.

// A percentage from 0 to `max`, one decimal.
QDoubleSpinBox* percentBox(QWidget* parent, double max);
// A rate typed as a C-locale number, scientific notation allowed (1e-4), and its value (`fallback` while the
// text is not a number).
QLineEdit* rateEdit(QWidget* parent);
double rateValue(const QLineEdit* edit, double fallback);
// Labels right-aligned, fields growing, rows never wrapped.
QFormLayout* compactForm(QWidget* parent);
// A tab's content in a frameless scroll area (a large font or a small screen still reaches every row).
QWidget* scrolledTab(QWidget* content);
// A form label whose mnemonic focuses `buddy` (a row whose field is a layout gets no buddy by itself).
QLabel* buddyLabel(const QString& text, QWidget* buddy);
// `field` stretched, `button` beside it.
QHBoxLayout* withButton(QWidget* field, QWidget* button);

} // namespace bertlab::app
