#include "core/hub/download.h"

#include "core/logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>
#include <filesystem>

namespace bertlab::core {

namespace {

using HashPtr = std::shared_ptr<QCryptographicHash>;

// Hashes the first `size` bytes of a partial file; null if it is shorter, unreadable or the work was stopped.
HashPtr hashFile(const QString& path, qint64 size, const std::shared_ptr<std::atomic_bool>& stop) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return nullptr;
    auto hash = std::make_shared<QCryptographicHash>(QCryptographicHash::Sha256);
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    qint64 done = 0;
    while (done < size) {
        if (stop->load())
            return nullptr;
        const qint64 n = file.read(buffer.data(), std::min<qint64>(buffer.size(), size - done));
        if (n <= 0)
            return nullptr;
        hash->addData(QByteArrayView(buffer.constData(), n));
        done += n;
    }
    return hash;
}

struct ContentRange {
    qint64 first = -1, last = -1, total = -1; // total -1: "*"
};

// "bytes 100-199/1000", "bytes 100-199/*" or, in a 416 reply, "bytes */1000".
std::optional<ContentRange> parseContentRange(const QByteArray& value) {
    static const QRegularExpression re(QStringLiteral(R"(^\s*bytes\s+(?:(\d+)-(\d+)|\*)/(\d+|\*)\s*$)"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(QString::fromLatin1(value));
    if (!m.hasMatch())
        return std::nullopt;
    ContentRange r;
    if (m.capturedLength(1) > 0) {
        r.first = m.captured(1).toLongLong();
        r.last = m.captured(2).toLongLong();
    }
    if (m.captured(3) != u"*")
        r.total = m.captured(3).toLongLong();
    return r;
}

QString bytesText(qint64 n) {
    return QStringLiteral("%1 bytes").arg(n);
}

} // namespace

QString downloadStateName(DownloadState state) {
    switch (state) {
    case DownloadState::Queued:
        return QStringLiteral("queued");
    case DownloadState::Running:
        return QStringLiteral("running");
    case DownloadState::Waiting:
        return QStringLiteral("waiting");
    case DownloadState::Paused:
        return QStringLiteral("paused");
    case DownloadState::Finished:
        return QStringLiteral("finished");
    case DownloadState::Failed:
        return QStringLiteral("failed");
    case DownloadState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString Download::partialPathFor(const QString& destination) {
    return destination + QStringLiteral(".part");
}

QString Download::sidecarPathFor(const QString& destination) {
    return destination + QStringLiteral(".part.json");
}

Download::Download(QNetworkAccessManager* network, DownloadRequest request, const DownloadOptions& options,
                   QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_request(std::move(request))
    , m_options(options)
    , m_file(this) // children, so that moving the queue to a worker thread moves them too
    , m_retryTimer(this) {
    m_request.sha256 = m_request.sha256.trimmed().toLower();
    m_request.destination = QFileInfo(m_request.destination).absoluteFilePath();
    m_progress.total = m_request.expectedSize;
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        if (m_state != DownloadState::Waiting)
            return;
        setState(DownloadState::Running);
        sendRequest();
    });
}

Download::~Download() {
    // Not a cancel: the partial file and its sidecar stay so that a later session resumes them.
    if (m_hashStop)
        m_hashStop->store(true);
    dropReply();
    m_file.close();
}

void Download::setState(DownloadState state) {
    if (m_state == state)
        return;
    m_state = state;
    qCDebug(lcHub) << m_request.url.toDisplayString() << downloadStateName(state);
    Q_EMIT stateChanged(state);
}

void Download::pause() {
    if (isDone() || m_state == DownloadState::Paused)
        return;
    stopTransfer();
    emitProgress(true);
    setState(DownloadState::Paused);
}

void Download::resume() {
    if (m_state != DownloadState::Paused && m_state != DownloadState::Failed)
        return;
    m_failures = 0;
    m_restartedAfter416 = false;
    m_error.clear();
    setState(DownloadState::Queued);
}

void Download::cancel() {
    if (m_state == DownloadState::Finished || m_state == DownloadState::Cancelled)
        return;
    stopTransfer();
    removePartial();
    resetHash();
    m_hash.reset();
    setState(DownloadState::Cancelled);
}

void Download::start() {
    if (m_state != DownloadState::Queued)
        return;
    setState(DownloadState::Running);
    const quint64 generation = ++m_generation;
    const QString part = partialPathFor(m_request.destination);
    const QFileInfo partInfo(part);
    const qint64 onDisk = partInfo.exists() ? partInfo.size() : 0;

    // The same object going on after a pause or a failure: its hash already covers the partial file.
    if (m_hash && m_hashedBytes == onDisk && m_sidecar.url == m_request.url) {
        sendRequest();
        return;
    }

    // Another session left a partial file: continue it only if its sidecar says it is the same download and
    // something (the server's validator or the expected SHA-256) will catch a file that changed meanwhile.
    const auto sidecar = DownloadSidecar::load(sidecarPathFor(m_request.destination));
    const bool resumable =
        onDisk > 0 && sidecar && sidecar->url == m_request.url.adjusted(QUrl::RemovePassword) &&
        (m_request.sha256.isEmpty() || sidecar->sha256.isEmpty() || sidecar->sha256 == m_request.sha256) &&
        (!sidecar->validator().isEmpty() || !m_request.sha256.isEmpty());
    if (!resumable) {
        removePartial();
        resetHash();
        sendRequest();
        return;
    }
    m_sidecar = *sidecar;
    m_sidecar.url = m_request.url;
    if (m_sidecar.sha256.isEmpty())
        m_sidecar.sha256 = m_request.sha256;
    m_progress.received = onDisk;
    m_progress.total = m_sidecar.totalSize >= 0 ? m_sidecar.totalSize : m_request.expectedSize;
    emitProgress(true);
    qCInfo(lcHub) << "resuming" << part << "at" << onDisk;

    // Re-hashing a large partial takes seconds: do it on the thread pool, not on the network thread.
    m_hashStop = std::make_shared<std::atomic_bool>(false);
    auto* watcher = new QFutureWatcher<HashPtr>(this);
    connect(watcher, &QFutureWatcher<HashPtr>::finished, this, [this, watcher, generation, onDisk] {
        watcher->deleteLater();
        if (generation != m_generation || m_state != DownloadState::Running)
            return;
        if (HashPtr hash = watcher->result()) {
            m_hash = std::move(hash);
            m_hashedBytes = onDisk;
        } else {
            qCWarning(lcHub) << "cannot read partial file" << partialPathFor(m_request.destination)
                             << "; starting over";
            removePartial();
            resetHash();
        }
        sendRequest();
    });
    watcher->setFuture(QtConcurrent::run(hashFile, part, onDisk, m_hashStop));
}

void Download::resetHash() {
    m_hash = std::make_shared<QCryptographicHash>(QCryptographicHash::Sha256);
    m_hashedBytes = 0;
    m_progress.received = 0;
    m_sidecar = DownloadSidecar{};
    m_sidecar.url = m_request.url;
    m_sidecar.sha256 = m_request.sha256;
    m_sidecar.totalSize = m_request.expectedSize;
    m_progress.total = m_request.expectedSize;
}

void Download::removePartial() {
    m_file.close();
    QFile::remove(partialPathFor(m_request.destination));
    QFile::remove(sidecarPathFor(m_request.destination));
}

void Download::sendRequest() {
    const QString part = partialPathFor(m_request.destination);
    if (!m_file.isOpen()) {
        QDir().mkpath(QFileInfo(part).absolutePath());
        m_file.setFileName(part);
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append)) {
            fail(QStringLiteral("Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(part), m_file.errorString()),
                 false);
            return;
        }
    }
    // Bytes beyond what the hash covers (a crash between write and hash) are fetched again.
    if (m_file.size() != m_hashedBytes && !m_file.resize(m_hashedBytes)) {
        fail(QStringLiteral("Cannot write %1: %2").arg(QDir::toNativeSeparators(part), m_file.errorString()),
             false);
        return;
    }
    m_offset = m_hashedBytes;
    m_headersAccepted = false;

    QNetworkRequest request(m_request.url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(m_options.maxRedirects);
    request.setTransferTimeout(m_options.transferTimeoutMs);
    // Setting it ourselves stops QNetworkAccessManager from asking for gzip and inflating it, which would
    // make byte offsets meaningless for Range.
    request.setRawHeader("Accept-Encoding", "identity");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("BertLab"));
    if (m_offset > 0) {
        request.setRawHeader("Range", "bytes=" + QByteArray::number(m_offset) + '-');
        const QByteArray validator = m_sidecar.validator();
        if (!validator.isEmpty())
            request.setRawHeader("If-Range", validator);
    }
    ++m_requestCount;
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::readyRead, this, &Download::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &Download::onFinished);

    if (!m_progressClock.isValid())
        m_progressClock.start();
    m_lastSampleMs = m_progressClock.elapsed();
    m_lastSampleBytes = m_hashedBytes;
}

// Whatever is in flight stops: late replies and hash results of the old generation are ignored.
void Download::stopTransfer() {
    ++m_generation;
    if (m_hashStop)
        m_hashStop->store(true);
    dropReply();
    m_retryTimer.stop();
    m_file.close();
}

void Download::dropReply() {
    if (!m_reply)
        return;
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

bool Download::acceptHeaders() {
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200 && status != 206)
        return false; // an error reply; onFinished() reports it
    qint64 total = -1;
    if (status == 206) {
        const auto range = parseContentRange(m_reply->rawHeader("Content-Range"));
        if (!range || range->first != m_offset) {
            if (m_offset == 0) {
                attemptFailed(QStringLiteral("unexpected Content-Range '%1'")
                                  .arg(QString::fromLatin1(m_reply->rawHeader("Content-Range"))),
                              false);
                return false;
            }
            restartFromZero();
            return false;
        }
        total = range->total;
    } else {
        if (m_offset > 0) {
            // The server ignored Range, or If-Range found the file changed: it sends everything again.
            qCInfo(lcHub) << m_request.url.toDisplayString() << "sent the whole file; restarting from zero";
            if (!m_file.resize(0)) {
                fail(QStringLiteral("Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString()),
                     false);
                return false;
            }
            resetHash();
            m_offset = 0;
        }
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid())
            total = length.toLongLong();
    }
    if (status == 200 || m_reply->hasRawHeader("ETag") || m_reply->hasRawHeader("Last-Modified")) {
        m_sidecar.etag = m_reply->rawHeader("ETag");
        m_sidecar.lastModified = m_reply->rawHeader("Last-Modified");
    }
    if (total >= 0 && m_request.expectedSize >= 0 && total != m_request.expectedSize) {
        fail(QStringLiteral("Size mismatch for %1: expected %2, the server at %3 has %4")
                 .arg(QDir::toNativeSeparators(m_request.destination), bytesText(m_request.expectedSize),
                      m_request.url.toDisplayString(), bytesText(total)),
             true);
        return false;
    }
    if (total >= 0)
        m_sidecar.totalSize = total;
    m_progress.total = m_sidecar.totalSize;
    if (const Status saved = m_sidecar.save(sidecarPathFor(m_request.destination)); !saved) {
        fail(saved.errorString(), false);
        return false;
    }
    m_headersAccepted = true;
    return true;
}

void Download::restartFromZero() {
    dropReply();
    if (!m_file.resize(0)) {
        fail(QStringLiteral("Cannot write %1: %2")
                 .arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString()),
             false);
        return;
    }
    resetHash();
    sendRequest();
}

bool Download::appendBody() {
    const QByteArray data = m_reply->readAll();
    if (data.isEmpty())
        return true;
    if (m_file.write(data) != data.size()) {
        fail(QStringLiteral("Cannot write %1: %2")
                 .arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString()),
             false);
        return false;
    }
    m_hash->addData(data);
    m_hashedBytes += data.size();
    m_progress.received = m_hashedBytes;
    emitProgress(false);
    return true;
}

void Download::onReadyRead() {
    if (!m_reply)
        return;
    if (!m_headersAccepted && !acceptHeaders())
        return;
    appendBody();
}

QString Download::describeHttpError() const {
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 400) {
        const QString phrase =
            QString::fromUtf8(m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray());
        return phrase.isEmpty() ? QStringLiteral("HTTP %1").arg(status)
                                : QStringLiteral("HTTP %1 %2").arg(status).arg(phrase);
    }
    switch (m_reply->error()) {
    case QNetworkReply::OperationCanceledError: // our own aborts disconnect first, so this is the timeout
    case QNetworkReply::TimeoutError:
        return QStringLiteral("no data for %1 s").arg(m_options.transferTimeoutMs / 1000.0);
    case QNetworkReply::RemoteHostClosedError:
        return QStringLiteral("connection closed by the server after %1").arg(bytesText(m_hashedBytes));
    default:
        return m_reply->errorString();
    }
}

void Download::onFinished() {
    QNetworkReply* reply = m_reply;
    if (!reply)
        return;
    // A dropped connection still hands over what arrived before the drop; keep it for the resume.
    if (!m_headersAccepted && !acceptHeaders() && m_reply != reply)
        return;
    if (m_headersAccepted && (!appendBody() || m_reply != reply))
        return;
    m_file.flush();

    const QNetworkReply::NetworkError error = reply->error();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString reason = describeHttpError();
    const auto range = parseContentRange(reply->rawHeader("Content-Range"));
    const bool accepted = m_headersAccepted;
    dropReply();

    if (error == QNetworkReply::NoError && accepted) {
        completeAttempt();
        return;
    }
    if (status == 416 && m_offset > 0) {
        // We asked for bytes past the end: the partial may already be whole (a crash before the rename).
        const qint64 total = range && range->total >= 0 ? range->total : m_sidecar.totalSize;
        if (total == m_hashedBytes) {
            completeAttempt();
            return;
        }
        if (!m_restartedAfter416) {
            m_restartedAfter416 = true;
            restartFromZero();
            return;
        }
        attemptFailed(reason, false);
        return;
    }
    if (error == QNetworkReply::NoError) {
        attemptFailed(QStringLiteral("unexpected HTTP status %1").arg(status), false);
        return;
    }
    bool retryable;
    if (status >= 400)
        retryable = status >= 500 || status == 408 || status == 429;
    else
        retryable = error != QNetworkReply::TooManyRedirectsError &&
                    error != QNetworkReply::InsecureRedirectError &&
                    error != QNetworkReply::SslHandshakeFailedError &&
                    error != QNetworkReply::ProtocolUnknownError && error != QNetworkReply::HostNotFoundError;
    attemptFailed(reason, retryable);
}

void Download::completeAttempt() {
    m_file.flush();
    const QString file = QDir::toNativeSeparators(m_request.destination);
    const qint64 total = m_sidecar.totalSize;
    if (total >= 0 && m_hashedBytes < total) {
        attemptFailed(
            QStringLiteral("connection closed after %1 of %2").arg(bytesText(m_hashedBytes)).arg(total),
            true);
        return;
    }
    if ((total >= 0 && m_hashedBytes > total) ||
        (m_request.expectedSize >= 0 && m_hashedBytes != m_request.expectedSize)) {
        const qint64 expected = m_request.expectedSize >= 0 ? m_request.expectedSize : total;
        fail(QStringLiteral("Size mismatch for %1: expected %2, got %3")
                 .arg(file, bytesText(expected), bytesText(m_hashedBytes)),
             true);
        return;
    }
    const QByteArray digest = m_hash->result().toHex();
    if (!m_request.sha256.isEmpty() && digest != m_request.sha256) {
        fail(QStringLiteral("SHA-256 mismatch for %1: expected %2 got %3")
                 .arg(file, QString::fromLatin1(m_request.sha256), QString::fromLatin1(digest)),
             true);
        return;
    }
    m_file.close();
    // std::filesystem::rename replaces an existing destination atomically (rename(2)); QFile::rename
    // refuses to.
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(partialPathFor(m_request.destination).toStdU16String()),
                            std::filesystem::path(m_request.destination.toStdU16String()), ec);
    if (ec) {
        fail(QStringLiteral("Cannot rename %1 to %2: %3")
                 .arg(QDir::toNativeSeparators(partialPathFor(m_request.destination)), file,
                      QString::fromStdString(ec.message())),
             true);
        return;
    }
    QFile::remove(sidecarPathFor(m_request.destination));
    m_digest = digest;
    m_hash.reset();
    m_hashedBytes = 0;
    m_progress.total = m_progress.received;
    emitProgress(true);
    setState(DownloadState::Finished);
    Q_EMIT finished(m_request.destination);
}

void Download::attemptFailed(const QString& reason, bool retryable) {
    const QString where = m_request.url.toDisplayString();
    if (!retryable) {
        fail(where + QStringLiteral(": ") + reason, false);
        return;
    }
    // Only new ground resets the count: a server that drops every attempt at the same byte while ignoring
    // Range must not keep us busy forever.
    if (m_hashedBytes > m_furthestBytes) {
        m_furthestBytes = m_hashedBytes;
        m_failures = 0;
    }
    ++m_failures;
    if (m_failures >= m_options.maxAttempts) {
        fail(QStringLiteral("%1: %2 (gave up after %3 attempts)").arg(where, reason).arg(m_failures), false);
        return;
    }
    const int delay = int(std::min<qint64>(qint64(m_options.retryDelayMs) << std::min(m_failures - 1, 20),
                                           m_options.maxRetryDelayMs));
    qCInfo(lcHub) << where << reason << "- retrying in" << delay << "ms";
    setState(DownloadState::Waiting);
    Q_EMIT retrying(m_failures, delay, reason);
    m_retryTimer.start(delay);
}

void Download::fail(const QString& message, bool removeThePartial) {
    ++m_generation;
    dropReply();
    m_retryTimer.stop();
    m_file.close();
    if (removeThePartial) {
        removePartial();
        m_hash.reset();
        m_hashedBytes = 0;
        m_progress.received = 0;
    }
    m_error = message;
    qCInfo(lcHub).noquote() << message; // the message itself goes to the caller through failed()
    emitProgress(true);
    setState(DownloadState::Failed);
    Q_EMIT failed(message);
}

void Download::emitProgress(bool force) {
    if (!m_progressClock.isValid())
        m_progressClock.start();
    const qint64 now = m_progressClock.elapsed();
    const qint64 dt = now - m_lastSampleMs;
    if (!force && dt < m_options.progressIntervalMs)
        return;
    if (dt > 0) {
        const double instant = std::max<qint64>(0, m_progress.received - m_lastSampleBytes) * 1000.0 / dt;
        // An exponential average with a ~1.5 s time constant, whatever the sampling interval.
        const double alpha = m_progress.bytesPerSecond <= 0 ? 1.0 : 1.0 - std::exp(-dt / 1500.0);
        m_progress.bytesPerSecond += alpha * (instant - m_progress.bytesPerSecond);
        m_lastSampleMs = now;
        m_lastSampleBytes = m_progress.received;
    }
    const qint64 left = m_progress.total - m_progress.received;
    m_progress.etaSeconds = m_progress.total >= 0 && m_progress.bytesPerSecond > 1
                                ? qint64(std::ceil(left / m_progress.bytesPerSecond))
                                : -1;
    if (m_progress.total >= 0 && left <= 0)
        m_progress.etaSeconds = 0;
    Q_EMIT progressChanged(m_progress);
}

} // namespace bertlab::core
