#pragma once

// Numbers as the app and the CLI show them to people: durations, file sizes and CSV fields, written once.

#include <QByteArray>
#include <QLocale>
#include <QString>

namespace bertlab::core {

// "850 ms", "4.2 s", "42 s", "3:07", "1:02:03", "3.5 days"; "?" for a negative or unknown duration.
QString durationText(double seconds);

// "10.3 MiB" (IEC units) in the locale's digits; the CLI passes QLocale::c().
QString sizeText(qint64 bytes, int precision = 1, const QLocale& locale = QLocale());

// One CSV field as RFC 4180 writes it: quoted, with inner quotes doubled, when it holds a comma, a quote, a
// carriage return or a line feed; UTF-8.
QByteArray csvField(const QString& text);

} // namespace bertlab::core
