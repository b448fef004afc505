#include "core/hub/downloader.h"

#include <QEventLoop>

namespace bertlab::core {

Status downloadBlocking(const DownloadRequest& request, const DownloadProgressCallback& progress,
                        const DownloadOptions& options) {
    if (!request.url.isValid() || request.url.isRelative())
        return Error{QStringLiteral("Invalid URL '%1'").arg(request.url.toString())};
    if (request.destination.isEmpty())
        return Error{QStringLiteral("No destination file for %1").arg(request.url.toDisplayString())};
    DownloadQueue queue;
    queue.setOptions(options);
    queue.setMaxParallel(1);
    QEventLoop loop;
    Download* download = queue.enqueue(request);
    if (progress) {
        QObject::connect(download, &Download::progressChanged, &loop, [&](const DownloadProgress& p) {
            if (!progress(p))
                download->cancel();
        });
    }
    QObject::connect(download, &Download::stateChanged, &loop, [&](DownloadState state) {
        if (state == DownloadState::Finished || state == DownloadState::Failed ||
            state == DownloadState::Cancelled)
            loop.quit();
    });
    loop.exec();
    switch (download->state()) {
    case DownloadState::Finished:
        return Ok{};
    case DownloadState::Cancelled:
        return Error{QStringLiteral("Download of %1 cancelled").arg(request.url.toDisplayString())};
    default:
        return Error{download->errorString()};
    }
}

Status downloadBlocking(const QUrl& url, const QString& destination, const QByteArray& sha256,
                        const DownloadProgressCallback& progress, const DownloadOptions& options) {
    DownloadRequest request;
    request.url = url;
    request.destination = destination;
    request.sha256 = sha256;
    return downloadBlocking(request, progress, options);
}

} // namespace bertlab::core
