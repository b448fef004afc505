#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <optional>

namespace bertlab::core {

// What a partial download needs to be resumed safely after the app restarts: `<dest>.part.json` next to
// `<dest>.part`. The validator (ETag or Last-Modified) goes into If-Range so that a file changed on the
// server is sent whole instead of being spliced onto stale bytes.
struct DownloadSidecar {
    QUrl url;
    QByteArray etag;         // strong ETag as sent by the server, quotes included; empty if none
    QByteArray lastModified; // HTTP date as sent by the server; empty if none
    qint64 totalSize = -1;   // size of the whole file; -1 unknown
    QByteArray sha256;       // expected digest (lower-case hex); empty if unknown

    // The If-Range value: a strong ETag if there is one, else Last-Modified, else empty.
    QByteArray validator() const;

    static std::optional<DownloadSidecar> load(const QString& path);
    Status save(const QString& path) const;
};

} // namespace bertlab::core
