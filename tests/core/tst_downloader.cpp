// The download engine against a real HTTP/1.1 server on 127.0.0.1 (started here, port 0) that can honour or
// ignore Range, throttle, drop the connection, fail, redirect, stall and change the file between attempts.
#include "cli_support.h"
#include "core/hub/downloader.h"
#include "http_test_server.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <functional>

using namespace bertlab::core;
using bertlab::tests::Resource;
using bertlab::tests::TestServer;

namespace {

// Deterministic bytes that are not periodic at any small offset, so a resume at a wrong offset shows up.
QByteArray payload(qint64 size, quint32 seed) {
    QByteArray out(size, Qt::Uninitialized);
    quint32 x = seed * 2654435761u + 12345u;
    for (qint64 i = 0; i < size; ++i) {
        x = x * 1664525u + 1013904223u;
        out[i] = char(x >> 24);
    }
    return out;
}

QByteArray sha256Hex(const QByteArray& data) {
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray readFile(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& data) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
}

// Short delays so every test takes a second or two at most.
DownloadOptions fastOptions() {
    DownloadOptions o;
    o.maxAttempts = 3;
    o.retryDelayMs = 20;
    o.maxRetryDelayMs = 200;
    o.transferTimeoutMs = 3000;
    o.progressIntervalMs = 50;
    return o;
}

constexpr qint64 kSize = 3 * 1024 * 1024 + 123;
constexpr qint64 kDropAt = 1000000;

} // namespace

class TestDownloader final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void fullDownload();
    void resumeAfterDrop();
    void serverIgnoresRange();
    void fileChangedBetweenAttempts();
    void redirect();
    void tooManyRedirects();
    void pauseAndResume();
    void cancelRemovesPartial();
    void checksumMismatch();
    void sizeMismatch();
    void httpErrors_data();
    void httpErrors();
    void timeoutRetriesWithBackoffThenFails();
    void existingDestinationSurvivesFailure_data();
    void existingDestinationSurvivesFailure();
    void restartResumesPartial();
    void restartWithForeignSidecarStartsOver();
    void completePartialAnswered416();
    void queueLimitsParallelDownloads();
    void progressIsThrottledAndMeasured();
    void queueOnWorkerThread();
    void blockingApi();
    void cliDownload();
    void cliFailures();

private:
    QString dest(const char* name) const { return m_dir->filePath(QLatin1String(name)); }
    Download* add(const char* path, const char* name, const QByteArray& sha = {}) {
        DownloadRequest r;
        r.url = m_server->url(path);
        r.destination = dest(name);
        r.sha256 = sha;
        return m_queue->enqueue(r);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<DownloadQueue> m_queue;
    QByteArray m_body;
};

void TestDownloader::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server = std::make_unique<TestServer>();
    m_queue = std::make_unique<DownloadQueue>();
    m_queue->setOptions(fastOptions());
    m_body = payload(kSize, 1);
    Resource& r = m_server->resource("/model.zip");
    r.body = m_body;
    r.etag = "\"v1\"";
}

void TestDownloader::cleanup() {
    m_queue.reset();
    m_server.reset();
    m_dir.reset();
}

void TestDownloader::fullDownload() {
    Download* d = add("/model.zip", "model.zip", sha256Hex(m_body).toUpper());
    QSignalSpy finished(d, &Download::finished);
    QSignalSpy progress(d, &Download::progressChanged);
    QTRY_VERIFY_WITH_TIMEOUT(d->isDone(), 10000);
    QCOMPARE(d->state(), DownloadState::Finished);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toString(), dest("model.zip"));
    QVERIFY(readFile(dest("model.zip")) == m_body);
    QCOMPARE(d->sha256(), sha256Hex(m_body));
    QVERIFY(!QFile::exists(Download::partialPathFor(dest("model.zip"))));
    QVERIFY(!QFile::exists(Download::sidecarPathFor(dest("model.zip"))));
    QVERIFY(!progress.isEmpty());
    const auto last = progress.last().at(0).value<DownloadProgress>();
    QCOMPARE(last.received, kSize);
    QCOMPARE(last.total, kSize);
    QCOMPARE(m_server->requests.size(), 1);
    QVERIFY(m_server->requests.at(0).header("range").isEmpty());
    QCOMPARE(m_server->requests.at(0).header("accept-encoding"), QByteArray("identity"));
}

void TestDownloader::resumeAfterDrop() {
    Resource& r = m_server->resource("/model.zip");
    r.dropAfter = kDropAt;
    r.drops = 1;
    Download* d = add("/model.zip", "model.zip", sha256Hex(m_body));
    QSignalSpy retrying(d, &Download::retrying);
    QTRY_VERIFY_WITH_TIMEOUT(d->isDone(), 10000);
    QCOMPARE(d->state(), DownloadState::Finished);
    QCOMPARE(retrying.size(), 1);
    QCOMPARE(m_server->requests.size(), 2);
    // The resume asks for exactly the bytes that were on disk, guarded by the ETag.
    QCOMPARE(m_server->requests.at(1).header("range"), "bytes=" + QByteArray::number(kDropAt) + '-');
    QCOMPARE(m_server->requests.at(1).header("if-range"), QByteArray("\"v1\""));
    QVERIFY(readFile(dest("model.zip")) == m_body);
}

void TestDownloader::serverIgnoresRange() {
    Resource& r = m_server->resource("/model.zip");
    r.dropAfter = kDropAt;
    r.drops = 1;
    r.honourRange = false;
    Download* d = add("/model.zip", "model.zip", sha256Hex(m_body));
    QTRY_VERIFY_WITH_TIMEOUT(d->isDone(), 10000);
    QCOMPARE(d->state(), DownloadState::Finished);
    QCOMPARE(m_server->requests.size(), 2);
    QCOMPARE(m_server->requests.at(1).header("range"), "bytes=" + QByteArray::number(kDropAt) + '-');
    const QByteArray got = readFile(dest("model.zip"));
    QCOMPARE(got.size(), kSize); // started over, not appended
    QVERIFY(got == m_body);
}

void TestDownloader::fileChangedBetweenAttempts() {
    const QByteArray second = payload(kSize - 777, 2);
    Resource& r = m_server->resource("/model.zip");
    r.dropAfter = kDropAt;
    r.drops = 1;
    r.afterDrop = [second](Resource& res) {
        res.body = second;
        res.etag = "\"v2\"";
    };
    Download* d = add("/model.zip", "model.zip");
    QTRY_VERIFY_WITH_TIMEOUT(d->isDone(), 10000);
    QCOMPARE(d->state(), DownloadState::Finished);
    QCOMPARE(m_server->requests.size(), 2);
    QCOMPARE(m_server->requests.at(1).header("if-range"), QByteArray("\"v1\""));
    QVERIFY(readFile(dest("model.zip")) == second); // If-Range failed: the new file, whole, not a splice
    QCOMPARE(d->sha256(), sha256Hex(second));
}

void TestDownloader::redirect() {
    Resource& old = m_server->resource("/old/model.zip");
    old.status = 302;
    old.location = "/model.zip";
    m_server->resource("/model.zip").dropAfter = kDropAt;
    m_server->resource("/model.zip").drops = 1;
    Download* d = add("/old/model.zip", "model.zip", sha256Hex(m_body));
    QTRY_VERIFY_WITH_TIMEOUT(d->isDone(), 10000);
    QCOMPARE(d->state(), DownloadState::Finished);
    QVERIFY(readFile(dest("model.zip")) == m_body);
    QList<QByteArray> paths;
    for (const auto& s : m_server->requests)
        paths << s.path;
    QCOMPARE(paths, (QList<QByteArray>{"/old/model.zip", "/model.zip", "/old/model.zip", "/model.zip"}));
    // Range survives the redirect.
    QCOMPARE(m_server->requests.at(3).header("range"), "bytes=" + QByteArray::number(kDropAt) + '-');
}

void TestDownloader::tooManyRedirects() {
    Resource& loop = m_server->resource("/loop");
    loop.status = 302;
    loop.location = "/loop";
    DownloadOptions o = fastOptions();
    o.maxRedirects = 3;
    m_queue->setOptions(o);
    Download* d = add("/loop", "x.bin");
    QTRY_VERIFY_WITH_TIMEOUT(d->isDone(), 10000);
    QCOMPARE(d->state(), DownloadState::Failed);
    QVERIFY2(d->errorString().contains(m_server->url("/loop").toString()), qPrintable(d->errorString()));
    QCOMPARE(m_server->requests.size(), 4); // the request and three redirects, not retried
}

void TestDownloader::pauseAndResume() {
    const QByteArray body = payload(600 * 1024, 3);
    Resource& r = m_server->resource("/slow.bin");
    r.body = body;
    r.etag = "\"s\"";
    r.bytesPerSecond = 1024 * 1024;
    Download* d = add("/slow.bin", "slow.bin", sha256Hex(body));
    QTRY_VERIFY_WITH_TIMEOUT(d->progress().received >= 100 * 1024, 5000);
    d->pause();
    QCOMPARE(d->state(), DownloadState::Paused);
    const QString part = Download::partialPathFor(dest("slow.bin"));
    const qint64 atPause = QFileInfo(part).size();
    QVERIFY(atPause >= 100 * 1024 && atPause < body.size());
    QCOMPARE(d->progress().received, atPause);
    QTest::qWait(200);
    QCOMPARE(QFileInfo(part).size(), atPause);
    QCOMPARE(d->state(), DownloadState::Paused);
    QVERIFY(!QFile::exists(dest("slow.bin")));

    d->resume();
    QTRY_VERIFY_WITH_TIMEOUT(d->isDone(), 10000);
    QCOMPARE(d->state(), DownloadState::Finished);
    QCOMPARE(m_server->requests.size(), 2);
    QCOMPARE(m_server->requests.at(1).header("range"), "bytes=" + QByteArray::number(atPause) + '-');
    QVERIFY(readFile(dest("slow.bin")) == body);
}

void TestDownloader::cancelRemovesPartial() {
    Resource& r = m_server->resource("/model.zip");
    r.bytesPerSecond = 1024 * 1024;
    Download* d = add("/model.zip", "model.zip");
    QTRY_VERIFY_WITH_TIMEOUT(d->progress().received > 50 * 1024, 5000);
    QVERIFY(QFile::exists(Download::partialPathFor(dest("model.zip"))));
    d->cancel();
    QCOMPARE(d->state(), DownloadState::Cancelled);
    QTest::qWait(100);
    QVERIFY(!QFile::exists(dest("model.zip")));
    QVERIFY(!QFile::exists(Download::partialPathFor(dest("model.zip"))));
    QVERIFY(!QFile::exists(Download::sidecarPathFor(dest("model.zip"))));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList());
}

void TestDownloader::checksumMismatch() {
    const QByteArray wrong(64, 'a');
    Download* d = add("/model.zip", "model.zip", wrong);
    QSignalSpy failed(d, &Download::failed);
    QTRY_VERIFY_WITH_TIMEOUT(d->isDone(), 10000);
    QCOMPARE(d->state(), DownloadState::Failed);
    QCOMPARE(failed.size(), 1);
    const QString expected = QStringLiteral("SHA-256 mismatch for %1: expected %2 got %3")
                                 .arg(QDir::toNativeSeparators(dest("model.zip")), QString::fromLatin1(wrong),
                                      QString::fromLatin1(sha256Hex(m_body)));
    QCOMPARE(failed.at(0).at(0).toString(), expected);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList());
}

void TestDownloader::sizeMismatch() {
    DownloadRequest r;
    r.url = m_server->url("/model.zip");
    r.destination = dest("model.zip");
    r.expectedSize = kSize + 1;
    Download* d = m_queue->enqueue(r);
    QTRY_VERIFY_WITH_TIMEOUT(d->isDone(), 10000);
    QCOMPARE(d->state(), DownloadState::Failed);
    QVERIFY2(d->errorString().startsWith(QStringLiteral("Size mismatch for ")), qPrintable(d->errorString()));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList());
}

void TestDownloader::httpErrors_data() {
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("requests");
    QTest::addColumn<QString>("reason");
    QTest::newRow("404") << 404 << 1 << QStringLiteral("HTTP 404 Not Found");
    QTest::newRow("500") << 500 << 3 << QStringLiteral("HTTP 500 Internal Server Error");
}

void TestDownloader::httpErrors() {
    QFETCH(int, status);
    QFETCH(int, requests);
    QFETCH(QString, reason);
    m_server->resource("/model.zip").status = status;
    QElapsedTimer clock;
    clock.start();
    Download* d = add("/model.zip", "model.zip");
    QTRY_VERIFY_WITH_TIMEOUT(d->isDone(), 10000);
    QCOMPARE(d->state(), DownloadState::Failed);
    QCOMPARE(m_server->requests.size(), requests);
    const QString error = d->errorString();
    QVERIFY2(error.startsWith(m_server->url("/model.zip").toString() + QStringLiteral(": ") + reason),
             qPrintable(error));
    if (requests > 1) // backoff 20 ms then 40 ms
        QVERIFY2(clock.elapsed() >= 60, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(!QFile::exists(dest("model.zip")));
}

void TestDownloader::timeoutRetriesWithBackoffThenFails() {
    m_server->resource("/model.zip").stall = true;
    DownloadOptions o = fastOptions();
    o.transferTimeoutMs = 300;
    o.maxAttempts = 2;
    o.retryDelayMs = 100;
    m_queue->setOptions(o);
    QElapsedTimer clock;
    clock.start();
    Download* d = add("/model.zip", "model.zip");
    QSignalSpy retrying(d, &Download::retrying);
    QTRY_VERIFY_WITH_TIMEOUT(d->isDone(), 10000);
    const qint64 ms = clock.elapsed();
    QCOMPARE(d->state(), DownloadState::Failed);
    QCOMPARE(m_server->requests.size(), 2);
    QCOMPARE(retrying.size(), 1);
    QCOMPARE(retrying.at(0).at(1).toInt(), 100);
    QVERIFY2(d->errorString().contains(QStringLiteral("no data for 0.3 s (gave up after 2 attempts)")),
             qPrintable(d->errorString()));
    QVERIFY2(ms >= 650 && ms < 5000, qPrintable(QString::number(ms)));
}

void TestDownloader::existingDestinationSurvivesFailure_data() {
    QTest::addColumn<QString>("failure");
    QTest::newRow("404") << QStringLiteral("404");
    QTest::newRow("sha256") << QStringLiteral("sha256");
    QTest::newRow("drop") << QStringLiteral("drop");
    QTest::newRow("cancel") << QStringLiteral("cancel");
}

void TestDownloader::existingDestinationSurvivesFailure() {
    QFETCH(QString, failure);
    const QByteArray installed = "an installed model that must not be touched";
    writeFile(dest("model.zip"), installed);
    Resource& r = m_server->resource("/model.zip");
    QByteArray sha;
    if (failure == u"404")
        r.status = 404;
    else if (failure == u"sha256")
        sha = QByteArray(64, 'b');
    else if (failure == u"drop") {
        r.dropAfter = kDropAt; // always, and Range ignored: attempts never get further
        r.drops = 100;
        r.honourRange = false;
    } else {
        r.bytesPerSecond = 1024 * 1024;
    }
    Download* d = add("/model.zip", "model.zip", sha);
    if (failure == u"cancel") {
        QTRY_VERIFY_WITH_TIMEOUT(d->progress().received > 0, 5000);
        d->cancel();
    }
    QTRY_VERIFY_WITH_TIMEOUT(d->isDone(), 10000);
    QVERIFY(d->state() != DownloadState::Finished);
    QCOMPARE(readFile(dest("model.zip")), installed);
    if (failure == u"drop")
        QCOMPARE(m_server->requests.size(), 3); // bounded: attempts that gain nothing count as failures
}

void TestDownloader::restartResumesPartial() {
    Resource& r = m_server->resource("/model.zip");
    r.dropAfter = kDropAt;
    r.drops = 1;
    DownloadOptions once = fastOptions();
    once.maxAttempts = 1;
    {
        DownloadQueue first;
        first.setOptions(once);
        DownloadRequest req;
        req.url = m_server->url("/model.zip");
        req.destination = dest("model.zip");
        Download* d = first.enqueue(req);
        QTRY_VERIFY_WITH_TIMEOUT(d->isDone(), 10000);
        QCOMPARE(d->state(), DownloadState::Failed); // gave up: the partial stays for later
    }
    QCOMPARE(QFileInfo(Download::partialPathFor(dest("model.zip"))).size(), kDropAt);
    QVERIFY(QFile::exists(Download::sidecarPathFor(dest("model.zip"))));

    // "The next session": a new queue with the same request continues where the file ends.
    Download* d = add("/model.zip", "model.zip", sha256Hex(m_body));
    QSignalSpy progress(d, &Download::progressChanged);
    QTRY_VERIFY_WITH_TIMEOUT(d->isDone(), 10000);
    QCOMPARE(d->state(), DownloadState::Finished);
    QCOMPARE(m_server->requests.size(), 2);
    QCOMPARE(m_server->requests.at(1).header("range"), "bytes=" + QByteArray::number(kDropAt) + '-');
    QCOMPARE(m_server->requests.at(1).header("if-range"), QByteArray("\"v1\""));
    QVERIFY(readFile(dest("model.zip")) == m_body);
    QCOMPARE(progress.first().at(0).value<DownloadProgress>().received, kDropAt); // starts at the partial
    QVERIFY(!QFile::exists(Download::sidecarPathFor(dest("model.zip"))));
}

void TestDownloader::restartWithForeignSidecarStartsOver() {
    // A partial from another URL (or without a validator or checksum) cannot be trusted: start from zero.
    writeFile(Download::partialPathFor(dest("model.zip")), m_body.left(kDropAt));
    DownloadSidecar side;
    side.url = m_server->url("/other.zip");
    side.etag = "\"v1\"";
    QVERIFY(side.save(Download::sidecarPathFor(dest("model.zip"))).ok());
    Download* d = add("/model.zip", "model.zip", sha256Hex(m_body));
    QTRY_VERIFY_WITH_TIMEOUT(d->isDone(), 10000);
    QCOMPARE(d->state(), DownloadState::Finished);
    QCOMPARE(m_server->requests.size(), 1);
    QVERIFY(m_server->requests.at(0).header("range").isEmpty());
    QVERIFY(readFile(dest("model.zip")) == m_body);
}

void TestDownloader::completePartialAnswered416() {
    // A crash between the last byte and the rename: the partial is whole, the server answers 416.
    writeFile(Download::partialPathFor(dest("model.zip")), m_body);
    DownloadSidecar side;
    side.url = m_server->url("/model.zip");
    side.etag = "\"v1\"";
    side.totalSize = kSize;
    QVERIFY(side.save(Download::sidecarPathFor(dest("model.zip"))).ok());
    Download* d = add("/model.zip", "model.zip", sha256Hex(m_body));
    QTRY_VERIFY_WITH_TIMEOUT(d->isDone(), 10000);
    QCOMPARE(d->state(), DownloadState::Finished);
    QCOMPARE(m_server->requests.size(), 1);
    QCOMPARE(m_server->requests.at(0).header("range"), "bytes=" + QByteArray::number(kSize) + '-');
    QVERIFY(readFile(dest("model.zip")) == m_body);
}

void TestDownloader::queueLimitsParallelDownloads() {
    m_queue->setMaxParallel(2);
    QList<Download*> all;
    QList<QByteArray> bodies;
    int maxActive = 0;
    for (int i = 0; i < 5; ++i) {
        const QByteArray path = "/f" + QByteArray::number(i);
        Resource& r = m_server->resource(path.constData());
        r.body = payload(64 * 1024 + i, 10 + i);
        r.bytesPerSecond = 512 * 1024;
        bodies << r.body;
        Download* d = add(path.constData(), path.mid(1).constData(), sha256Hex(r.body));
        connect(d, &Download::stateChanged, this,
                [&] { maxActive = std::max(maxActive, m_queue->activeCount()); });
        all << d;
    }
    QSignalSpy idle(m_queue.get(), &DownloadQueue::idle);
    QCOMPARE(m_queue->downloads().size(), 5);
    QCOMPARE(m_queue->enqueue(all.at(0)->request()), all.at(0)); // same destination: the same download
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(all.begin(), all.end(), [](Download* d) { return d->isDone(); }),
                             10000);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(all.at(i)->state(), DownloadState::Finished);
        QVERIFY(readFile(all.at(i)->request().destination) == bodies.at(i));
    }
    QCOMPARE(maxActive, 2);
    QVERIFY(m_server->maxOpen <= 2);
    QTRY_COMPARE(idle.size(), 1);
}

void TestDownloader::progressIsThrottledAndMeasured() {
    const QByteArray body = payload(400 * 1024, 4);
    Resource& r = m_server->resource("/slow.bin");
    r.body = body;
    r.bytesPerSecond = 500 * 1024;
    DownloadOptions o = fastOptions();
    o.progressIntervalMs = 100;
    m_queue->setOptions(o);
    Download* d = add("/slow.bin", "slow.bin");
    QSignalSpy progress(d, &Download::progressChanged);
    QElapsedTimer clock;
    clock.start();
    QTRY_VERIFY_WITH_TIMEOUT(d->isDone(), 10000);
    const qint64 ms = clock.elapsed();
    QCOMPARE(d->state(), DownloadState::Finished);
    QVERIFY2(progress.size() <= ms / 100 + 3,
             qPrintable(QStringLiteral("%1 signals in %2 ms").arg(progress.size()).arg(ms)));
    QVERIFY(progress.size() >= 3);
    const auto mid = progress.at(progress.size() / 2).at(0).value<DownloadProgress>();
    qInfo("%lld signals in %lld ms; mid-way %.0f B/s, ETA %lld s", qint64(progress.size()), ms,
          mid.bytesPerSecond, mid.etaSeconds);
    QVERIFY2(mid.bytesPerSecond > 150 * 1024 && mid.bytesPerSecond < 1500 * 1024,
             qPrintable(QString::number(mid.bytesPerSecond)));
    QVERIFY(mid.etaSeconds >= 0 && mid.etaSeconds <= 3);
    QCOMPARE(mid.total, qint64(body.size()));
}

void TestDownloader::queueOnWorkerThread() {
    // The app's set-up: the queue on its own thread, the caller on another, talking through queued calls.
    auto* queue = new DownloadQueue;
    QThread thread;
    queue->moveToThread(&thread);
    thread.start();
    DownloadRequest r;
    r.url = m_server->url("/model.zip");
    r.destination = dest("threaded.zip");
    r.sha256 = sha256Hex(m_body);
    m_server->resource("/model.zip").dropAfter = kDropAt; // with a retry, so the retry timer runs there too
    m_server->resource("/model.zip").drops = 1;
    QPointer<Download> d;
    QMetaObject::invokeMethod(
        queue,
        [&] {
            queue->setOptions(fastOptions());
            d = queue->enqueue(r);
        },
        Qt::BlockingQueuedConnection);
    QVERIFY(d);
    QCOMPARE(d->thread(), &thread);
    QSignalSpy finished(d.data(), &Download::finished);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QVERIFY(readFile(dest("threaded.zip")) == m_body);
    QCOMPARE(m_server->requests.size(), 2);
    QMetaObject::invokeMethod(
        queue, [queue] { delete queue; }, Qt::BlockingQueuedConnection);
    thread.quit();
    QVERIFY(thread.wait(5000));
}

void TestDownloader::blockingApi() {
    int calls = 0;
    const Status ok = downloadBlocking(
        m_server->url("/model.zip"), dest("a.zip"), sha256Hex(m_body),
        [&](const DownloadProgress&) { return ++calls > 0; }, fastOptions());
    QVERIFY2(ok.ok(), qPrintable(ok.errorString()));
    QVERIFY(calls > 0);
    QVERIFY(readFile(dest("a.zip")) == m_body);

    m_server->resource("/model.zip").bytesPerSecond = 1024 * 1024;
    const Status stopped = downloadBlocking(
        m_server->url("/model.zip"), dest("b.zip"), {},
        [&](const DownloadProgress& p) { return p.received < 20 * 1024; }, fastOptions());
    QVERIFY(!stopped.ok());
    QCOMPARE(stopped.errorString(),
             QStringLiteral("Download of %1 cancelled").arg(m_server->url("/model.zip").toString()));
    QVERIFY(!QFile::exists(dest("b.zip")));
    QVERIFY(!QFile::exists(Download::partialPathFor(dest("b.zip"))));

    const Status bad = downloadBlocking(m_server->url("/missing"), dest("c.zip"));
    QVERIFY(!bad.ok());
    QVERIFY2(bad.errorString().contains(QStringLiteral("/missing: HTTP 404")), qPrintable(bad.errorString()));
}

namespace {

using bertlab::tests::CliRun;

// Runs the CLI while this thread keeps serving HTTP; a crash counts as exit code -1.
CliRun runCli(const QStringList& args) {
    bertlab::tests::CliOptions options;
    options.keepServing = true;
    options.timeoutMs = 20000;
    CliRun run = bertlab::tests::runCli(args, options);
    if (run.status != QProcess::NormalExit)
        run.exitCode = -1;
    return run;
}

} // namespace

void TestDownloader::cliDownload() {
    Resource& r = m_server->resource("/model.zip");
    r.dropAfter = kDropAt;
    r.drops = 1;
    const CliRun run = runCli({QStringLiteral("download"), m_server->url("/model.zip").toString(),
                               QStringLiteral("--output"), dest("cli.zip"), QStringLiteral("--sha256"),
                               QString::fromLatin1(sha256Hex(m_body)), QStringLiteral("--progress")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(readFile(dest("cli.zip")) == m_body);
    const QJsonObject j = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(j.value(u"file").toString(), dest("cli.zip"));
    QCOMPARE(qint64(j.value(u"bytes").toDouble()), kSize);
    QCOMPARE(j.value(u"sha256").toString(), QString::fromLatin1(sha256Hex(m_body)));
    QCOMPARE(m_server->requests.size(), 2);
    QCOMPARE(m_server->requests.at(1).header("range"), "bytes=" + QByteArray::number(kDropAt) + '-');
    // Progress is one line rewritten with carriage returns, erased at the end.
    QVERIFY2(run.err.contains('\r') && !run.err.contains('\n'), run.err.constData());
    QVERIFY(run.err.contains("MiB"));
}

void TestDownloader::cliFailures() {
    const auto verifyFailure = [](const CliRun& run, const QString& mention) {
        QVERIFY(run.exitCode > 0);
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(err.endsWith(u'\n') && err.count(u'\n') == 1, qPrintable(err));
        QVERIFY2(err.contains(mention), qPrintable(err));
    };
    const QString missing = m_server->url("/missing.zip").toString();
    verifyFailure(runCli({QStringLiteral("download"), missing, QStringLiteral("--output"), dest("x.zip")}),
                  missing + QStringLiteral(": HTTP 404 Not Found"));
    verifyFailure(
        runCli({QStringLiteral("download"), m_server->url("/model.zip").toString(),
                QStringLiteral("--output"), dest("x.zip"), QStringLiteral("--sha256"), QString(64, u'0')}),
        QStringLiteral("SHA-256 mismatch for ") + dest("x.zip"));
    verifyFailure(runCli({QStringLiteral("download"), QStringLiteral("ftp://example.invalid/x"),
                          QStringLiteral("--output"), dest("x.zip")}),
                  QStringLiteral("not an http:// or https:// URL"));
    verifyFailure(runCli({QStringLiteral("download"), missing}), QStringLiteral("--output"));
    verifyFailure(runCli({QStringLiteral("download"), missing, QStringLiteral("--output"), dest("x.zip"),
                          QStringLiteral("--sha256"), QStringLiteral("xyz")}),
                  QStringLiteral("64 hex digits"));
    QVERIFY(!QFile::exists(dest("x.zip")));
}

QTEST_GUILESS_MAIN(TestDownloader)
#include "tst_downloader.moc"
