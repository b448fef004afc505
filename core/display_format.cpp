#include "core/display_format.h"

#include "core/translation.h"

#include <cmath>

namespace bertlab::core {

namespace {
QString tr(const char* text) {
    return translateCore(text, {"bertlab::core"});
}
} // namespace

QString durationText(double seconds) {
    if (!(seconds >= 0) || !std::isfinite(seconds))
        return QStringLiteral("?");
    if (seconds < 1)
        return tr("%1 ms").arg(qRound(seconds * 1000));
    if (seconds < 10)
        return tr("%1 s").arg(seconds, 0, 'f', 1);
    const qint64 s = qint64(seconds + 0.5);
    if (s < 60)
        return tr("%1 s").arg(s);
    if (s < 3600)
        return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    if (s < 86400 * 2)
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 days").arg(double(s) / 86400.0, 0, 'f', 1);
}

QString sizeText(qint64 bytes, int precision, const QLocale& locale) {
    return locale.formattedDataSize(bytes, precision, QLocale::DataSizeIecFormat);
}

QByteArray csvField(const QString& text) {
    QByteArray bytes = text.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r'))
        bytes = '"' + bytes.replace("\"", "\"\"") + '"';
    return bytes;
}

} // namespace bertlab::core
