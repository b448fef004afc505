#include "core/hub/download_queue.h"

#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QTimer>

namespace bertlab::core {

namespace {

// The system's proxy settings (environment, desktop), as
// QNetworkProxyFactory::setUseSystemConfiguration(true) would give, but for this manager only and never for
// loopback: a proxy cannot reach our own machine.
class SystemProxyFactory final : public QNetworkProxyFactory {
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery& query) override {
        const QString host = query.peerHostName();
        if (host == u"localhost" || host.startsWith(u"127.") || host == u"::1" || host == u"[::1]")
            return {QNetworkProxy(QNetworkProxy::NoProxy)};
        return systemProxyForQuery(query);
    }
};

} // namespace

DownloadQueue::DownloadQueue(QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this)) {
    qRegisterMetaType<DownloadProgress>();
    qRegisterMetaType<DownloadState>();
    m_network->setProxyFactory(new SystemProxyFactory);
}

DownloadQueue::~DownloadQueue() {
    // Downloads are children; delete them before the network manager their replies belong to.
    for (const auto& d : std::as_const(m_downloads))
        delete d.data();
}

void DownloadQueue::setMaxParallel(int count) {
    m_maxParallel = std::max(1, count);
    scheduleSoon();
}

void DownloadQueue::setOptions(const DownloadOptions& options) {
    m_options = options;
}

Download* DownloadQueue::enqueue(DownloadRequest request) {
    const QString destination = QFileInfo(request.destination).absoluteFilePath();
    for (const auto& d : std::as_const(m_downloads)) {
        if (d && !d->isDone() && d->request().destination == destination)
            return d;
    }
    auto* download = new Download(m_network, std::move(request), m_options, this);
    m_downloads.append(download);
    connect(download, &Download::stateChanged, this, &DownloadQueue::scheduleSoon);
    Q_EMIT added(download);
    scheduleSoon();
    return download;
}

QList<Download*> DownloadQueue::downloads() const {
    QList<Download*> out;
    for (const auto& d : m_downloads) {
        if (d)
            out.append(d);
    }
    return out;
}

void DownloadQueue::remove(Download* download) {
    if (!download || !m_downloads.removeOne(download))
        return;
    download->disconnect(this);
    if (download->state() != DownloadState::Finished)
        download->cancel();
    download->deleteLater();
    scheduleSoon();
}

int DownloadQueue::activeCount() const {
    int n = 0;
    for (const auto& d : m_downloads)
        n += d && d->isActive();
    return n;
}

// Coalesces the state changes of one event-loop pass, and keeps start() out of the signal that caused it.
void DownloadQueue::scheduleSoon() {
    if (m_schedulePending)
        return;
    m_schedulePending = true;
    QTimer::singleShot(0, this, &DownloadQueue::schedule);
}

void DownloadQueue::schedule() {
    m_schedulePending = false;
    int active = activeCount();
    for (const auto& d : std::as_const(m_downloads)) {
        if (active >= m_maxParallel)
            break;
        if (d && d->state() == DownloadState::Queued) {
            d->start();
            active += d->isActive();
        }
    }
    bool busy = active > 0;
    for (const auto& d : std::as_const(m_downloads))
        busy = busy || (d && d->state() == DownloadState::Queued);
    if (m_wasBusy && !busy)
        Q_EMIT idle();
    m_wasBusy = busy;
}

} // namespace bertlab::core
