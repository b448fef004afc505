#pragma once

#include "core/hub/download_sidecar.h"

#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <atomic>
#include <memory>

class QCryptographicHash;
class QNetworkAccessManager;
class QNetworkReply;

namespace bertlab::core {

// One URL to fetch into one file.
struct DownloadRequest {
    QUrl url;
    QString destination; // the final file; bytes go to `<destination>.part` until complete and verified
    QByteArray sha256;   // expected SHA-256 in hex (any case); empty: not checked
    qint64 expectedSize =
        -1; // expected size in bytes; -1: unknown (the server's own length is still checked)
};

struct DownloadOptions {
    int maxAttempts = 5; // failed attempts in a row before giving up (an attempt that got bytes resets it)
    int retryDelayMs = 1000;       // wait before the first retry, doubled for each further one …
    int maxRetryDelayMs = 30000;   // … up to this
    int transferTimeoutMs = 30000; // no bytes for this long: the attempt fails (and is retried)
    int maxRedirects = 10;
    int progressIntervalMs = 100; // at most one progressChanged per interval (plus the final one)
};

struct DownloadProgress {
    qint64 received = 0;       // bytes in the partial file, resumed bytes included
    qint64 total = -1;         // -1: unknown
    double bytesPerSecond = 0; // smoothed over the recent past
    qint64 etaSeconds = -1;    // -1: unknown
};

enum class DownloadState {
    Queued,    // waiting for a free slot in its queue
    Running,   // connecting, hashing a resumed partial, or receiving
    Waiting,   // backing off before a retry (still holds its slot)
    Paused,    // stopped by the user; `.part` and its sidecar are kept
    Finished,  // verified and renamed to the destination
    Failed,    // see errorString(); `.part` kept after network errors, removed after a verification failure
    Cancelled, // stopped by the user; `.part` and its sidecar are removed
};

QString downloadStateName(DownloadState state);

// One download, owned and scheduled by a DownloadQueue. All of it runs on the queue's thread, driven by
// QNetworkAccessManager's signals; nothing blocks except hashing a resumed partial, which runs on the thread
// pool.
//
// Files: bytes are appended to `<dest>.part`, described by `<dest>.part.json` (see DownloadSidecar). Only a
// complete file whose size and SHA-256 match is renamed over `<dest>` (atomically), so a failed, paused or
// cancelled download never touches an existing destination.
class Download final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Download)

public:
    ~Download() override;

    const DownloadRequest& request() const { return m_request; }
    DownloadState state() const { return m_state; }
    DownloadProgress progress() const { return m_progress; }
    QString errorString() const { return m_error; }
    // Lower-case hex SHA-256 of the finished file; empty before that.
    QByteArray sha256() const { return m_digest; }
    // Requests sent so far (retries and resumes included).
    int requestCount() const { return m_requestCount; }
    bool isActive() const { return m_state == DownloadState::Running || m_state == DownloadState::Waiting; }
    bool isDone() const {
        return m_state == DownloadState::Finished || m_state == DownloadState::Failed ||
               m_state == DownloadState::Cancelled;
    }

    static QString partialPathFor(const QString& destination);
    static QString sidecarPathFor(const QString& destination);

public Q_SLOTS:
    // Stops the transfer and keeps the partial file for resume().
    void pause();
    // Puts a paused or failed download back in the queue; it continues from the partial file.
    void resume();
    // Stops and removes the partial file and its sidecar.
    void cancel();

Q_SIGNALS:
    void progressChanged(const bertlab::core::DownloadProgress& progress);
    void stateChanged(bertlab::core::DownloadState state);
    void retrying(int failures, int delayMs, const QString& reason);
    void finished(const QString& destination);
    void failed(const QString& message);

private:
    friend class DownloadQueue;
    Download(QNetworkAccessManager* network, DownloadRequest request, const DownloadOptions& options,
             QObject* parent);

    void start(); // called by the queue when a slot is free
    void setState(DownloadState state);
    void preparePartial();
    void hashPartialThenSend();
    void sendRequest();
    void onReadyRead();
    void onFinished();
    bool acceptHeaders();
    bool appendBody();
    void restartFromZero();
    void completeAttempt();
    void attemptFailed(const QString& reason, bool retryable);
    void fail(const QString& message, bool removePartial);
    void stopTransfer();
    void dropReply();
    void removePartial();
    void resetHash();
    void emitProgress(bool force);
    QString describeHttpError() const;

    QNetworkAccessManager* m_network;
    DownloadRequest m_request;
    DownloadOptions m_options;
    DownloadState m_state = DownloadState::Queued;
    QString m_error;
    QByteArray m_digest;

    QPointer<QNetworkReply> m_reply;
    QFile m_file;
    DownloadSidecar m_sidecar;
    std::shared_ptr<QCryptographicHash> m_hash; // shared: the resume hashing hands it over from the pool
    qint64 m_hashedBytes = 0;   // bytes covered by m_hash (== bytes in the partial file while it is valid)
    qint64 m_offset = 0;        // where the current request started
    qint64 m_furthestBytes = 0; // the most bytes the partial file has held; failures count from there
    bool m_headersAccepted = false;
    int m_failures = 0;
    int m_requestCount = 0;
    bool m_restartedAfter416 = false;
    quint64 m_generation = 0; // invalidates pending hashing / retry callbacks after pause or cancel
    std::shared_ptr<std::atomic_bool> m_hashStop;
    QTimer m_retryTimer;

    DownloadProgress m_progress;
    QElapsedTimer m_progressClock;
    qint64 m_lastSampleMs = 0;
    qint64 m_lastSampleBytes = 0;
};

} // namespace bertlab::core

Q_DECLARE_METATYPE(bertlab::core::DownloadProgress)
Q_DECLARE_METATYPE(bertlab::core::DownloadState)
