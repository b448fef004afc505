#pragma once

#include "core/hub/download.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace bertlab::core {

// Downloads with at most maxParallel() of them transferring at once. Owns its QNetworkAccessManager (which
// uses the system proxy settings) and its Download objects; everything runs on the thread the queue lives
// in, asynchronously. Finished, failed and cancelled downloads stay listed until remove()d.
//
// Threads: hashing (SHA-256 of every byte, ~180 MB/s with Qt 6.4's implementation) happens where the queue
// lives, so the app moves the queue to a worker QThread (moveToThread moves the downloads and the network
// manager with it), calls it there (QMetaObject::invokeMethod) and listens to queued signals.
class DownloadQueue final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadQueue)

public:
    explicit DownloadQueue(QObject* parent = nullptr);
    ~DownloadQueue() override;

    int maxParallel() const { return m_maxParallel; }
    void setMaxParallel(int count); // at least 1
    const DownloadOptions& options() const { return m_options; }
    void setOptions(const DownloadOptions& options); // for downloads enqueued afterwards

    // Adds a download and starts it when a slot is free. A download to the same destination that is not
    // done yet is returned instead of a second one (two writers would share one partial file).
    Download* enqueue(DownloadRequest request);
    QList<Download*> downloads() const;
    // Cancels the download unless it finished, and forgets it.
    void remove(Download* download);
    int activeCount() const;

    QNetworkAccessManager* network() const { return m_network; }

Q_SIGNALS:
    void added(bertlab::core::Download* download);
    // Nothing queued, running or waiting to retry any more.
    void idle();

private:
    void scheduleSoon();
    void schedule();

    QNetworkAccessManager* m_network;
    QList<QPointer<Download>> m_downloads;
    DownloadOptions m_options;
    int m_maxParallel = 2;
    bool m_schedulePending = false;
    bool m_wasBusy = false;
};

} // namespace bertlab::core
