#pragma once

// The download engine: Download (one URL into one file: resume, retry, verify) and DownloadQueue (parallel
// downloads over one QNetworkAccessManager), plus a blocking helper for command-line tools.
#include "core/hub/download.h"
#include "core/hub/download_queue.h"
#include "core/result.h"

#include <functional>

namespace bertlab::core {

// Called with throttled progress; returning false cancels the download.
using DownloadProgressCallback = std::function<bool(const DownloadProgress& progress)>;

// Downloads one file and returns when it is finished and verified, failed or cancelled: Ok, or the error
// message (naming the URL or the file, and the reason). Runs a local QEventLoop, so the calling thread's
// other events are processed meanwhile; needs a QCoreApplication. For tools; the app uses DownloadQueue.
Status downloadBlocking(const DownloadRequest& request, const DownloadProgressCallback& progress = {},
                        const DownloadOptions& options = {});
Status downloadBlocking(const QUrl& url, const QString& destination, const QByteArray& sha256 = {},
                        const DownloadProgressCallback& progress = {}, const DownloadOptions& options = {});

} // namespace bertlab::core
