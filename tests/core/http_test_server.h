#pragma once

// A small HTTP/1.1 server for tests, on 127.0.0.1 with a port chosen by the system. Per path it can honour or
// ignore Range, throttle, drop the connection midway, answer an error or a redirect, or stall. One request
// per connection; it runs on the thread it was created in, so a test that waits on a child process must keep
// that thread's event loop turning (QTest::qWait).

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <functional>
#include <memory>

namespace bertlab::tests {

struct Resource {
    QByteArray body;
    QByteArray etag;                          // sent as ETag (and compared with If-Range) when not empty
    bool honourRange = true;                  // false: always 200 with the whole body
    int status = 200;                         // other than 200: that status with a short text body
    QByteArray location;                      // with status 3xx: the redirect target
    qint64 bytesPerSecond = 0;                // 0: as fast as the socket takes it
    qint64 dropAfter = -1;                    // close the connection after this many body bytes …
    int drops = 0;                            // … in this many responses
    bool stall = false;                       // read the request, never answer
    std::function<void(Resource&)> afterDrop; // e.g. change the file on the server
};

struct SeenRequest {
    QByteArray path;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray header(const char* name) const { return headers.value(QByteArray(name)); }
};

class TestServer final : public QObject {
public:
    TestServer() {
        connect(&m_server, &QTcpServer::newConnection, this, &TestServer::onNewConnection);
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    QUrl url(const char* path) const {
        return QUrl(
            QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(QLatin1String(path)));
    }
    Resource& resource(const char* path) { return m_resources[QByteArray(path)]; }
    QList<SeenRequest> requests;
    int open = 0, maxOpen = 0;

private:
    void onNewConnection() {
        while (QTcpSocket* socket = m_server.nextPendingConnection()) {
            maxOpen = std::max(maxOpen, ++open);
            auto buffer = std::make_shared<QByteArray>();
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                --open;
                socket->deleteLater();
            });
            connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
                if (buffer->contains("\r\n\r\n"))
                    return; // one request per connection; ignore anything after it
                *buffer += socket->readAll();
                if (buffer->contains("\r\n\r\n"))
                    respond(socket, *buffer);
            });
        }
    }

    void respond(QTcpSocket* socket, const QByteArray& head) {
        SeenRequest seen;
        const QList<QByteArray> lines = head.left(head.indexOf("\r\n\r\n")).split('\n');
        seen.path = lines.value(0).split(' ').value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                seen.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
        requests.append(seen);
        if (!m_resources.contains(seen.path)) {
            sendSimple(socket, 404, "Not Found", {});
            return;
        }
        Resource& r = m_resources[seen.path];
        if (r.stall)
            return;
        if (r.status >= 300 && r.status < 400) {
            sendSimple(socket, r.status, "Found", "Location: " + r.location + "\r\n");
            return;
        }
        if (r.status != 200) {
            sendSimple(socket, r.status,
                       r.status == 404   ? "Not Found"
                       : r.status == 500 ? "Internal Server Error"
                                         : "Error",
                       {});
            return;
        }
        const qint64 size = r.body.size();
        qint64 from = 0;
        int status = 200;
        QByteArray extra;
        const QByteArray range = seen.header("range");
        const QByteArray ifRange = seen.header("if-range");
        if (r.honourRange && range.startsWith("bytes=") && range.endsWith('-') &&
            (ifRange.isEmpty() || ifRange == r.etag)) {
            from = range.mid(6, range.size() - 7).toLongLong();
            if (from >= size) {
                sendSimple(socket, 416, "Range Not Satisfiable",
                           "Content-Range: bytes */" + QByteArray::number(size) + "\r\n");
                return;
            }
            status = 206;
            extra = "Content-Range: bytes " + QByteArray::number(from) + '-' + QByteArray::number(size - 1) +
                    '/' + QByteArray::number(size) + "\r\n";
        }
        QByteArray header = "HTTP/1.1 " + QByteArray::number(status) +
                            (status == 200 ? " OK\r\n" : " Partial Content\r\n") + extra +
                            "Content-Length: " + QByteArray::number(size - from) +
                            "\r\nAccept-Ranges: bytes\r\nConnection: close\r\n";
        if (!r.etag.isEmpty())
            header += "ETag: " + r.etag + "\r\n";
        socket->write(header + "\r\n");

        QByteArray body = r.body.mid(from);
        bool drop = false;
        if (r.drops > 0 && r.dropAfter >= 0) {
            --r.drops;
            body.truncate(r.dropAfter);
            drop = true;
            if (r.afterDrop)
                r.afterDrop(r);
        }
        Q_UNUSED(drop);
        if (r.bytesPerSecond <= 0) {
            socket->write(body);
            socket->disconnectFromHost(); // graceful: everything written reaches the client first
            return;
        }
        // Throttled: a chunk every 20 ms while the socket has little queued.
        const qint64 chunk = std::max<qint64>(1, r.bytesPerSecond / 50);
        auto* timer = new QTimer(socket);
        auto pos = std::make_shared<qint64>(0);
        QPointer<QTcpSocket> guard(socket);
        connect(timer, &QTimer::timeout, socket, [guard, timer, pos, body, chunk] {
            if (!guard || guard->state() != QAbstractSocket::ConnectedState) {
                timer->stop();
                return;
            }
            if (guard->bytesToWrite() > chunk)
                return;
            const QByteArray piece = body.mid(*pos, chunk);
            *pos += piece.size();
            guard->write(piece);
            if (*pos >= body.size()) {
                timer->stop();
                guard->disconnectFromHost();
            }
        });
        timer->start(20);
    }

    void sendSimple(QTcpSocket* socket, int status, const char* reason, const QByteArray& extra) {
        const QByteArray body = "error " + QByteArray::number(status) + '\n';
        socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n" + extra +
                      "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" +
                      body);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QByteArray, Resource> m_resources;
};

} // namespace bertlab::tests
