#include "core/hub/download_sidecar.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace bertlab::core {

QByteArray DownloadSidecar::validator() const {
    // Weak ETags (W/"…") are not allowed in If-Range (RFC 9110 13.1.5).
    if (!etag.isEmpty() && !etag.startsWith("W/"))
        return etag;
    return lastModified;
}

std::optional<DownloadSidecar> DownloadSidecar::load(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(file.read(64 * 1024)).object();
    if (o.value(u"version").toInt() != 1)
        return std::nullopt;
    DownloadSidecar s;
    s.url = QUrl(o.value(u"url").toString());
    s.etag = o.value(u"etag").toString().toUtf8();
    s.lastModified = o.value(u"lastModified").toString().toUtf8();
    s.totalSize = qint64(o.value(u"size").toDouble(-1));
    s.sha256 = o.value(u"sha256").toString().toLower().toLatin1();
    if (!s.url.isValid())
        return std::nullopt;
    return s;
}

Status DownloadSidecar::save(const QString& path) const {
    QJsonObject o;
    o.insert(u"version", 1);
    o.insert(u"url", url.toString(QUrl::RemovePassword)); // never a password on disk
    o.insert(u"etag", QString::fromUtf8(etag));
    o.insert(u"lastModified", QString::fromUtf8(lastModified));
    o.insert(u"size", double(totalSize));
    o.insert(u"sha256", QString::fromLatin1(sha256));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("Cannot write %1: %2").arg(path, file.errorString())};
    file.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
    if (!file.commit())
        return Error{QStringLiteral("Cannot write %1: %2").arg(path, file.errorString())};
    return Ok{};
}

} // namespace bertlab::core
