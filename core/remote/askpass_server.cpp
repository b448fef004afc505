#include "core/remote/askpass_server.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPointer>
#include <QUuid>

namespace bertlab::core {

namespace {

QPointer<AskpassServer> g_active;

} // namespace

AskpassServer::AskpassServer(const QString& askpassProgram, QObject* parent)
    : QObject(parent)
    , m_server(new QLocalServer(this))
    , m_program(askpassProgram) {
    m_server->setSocketOptions(QLocalServer::UserAccessOption); // only this user's processes may ask
    const QString name = QStringLiteral("bertlab-askpass-%1-%2")
                             .arg(QCoreApplication::applicationPid())
                             .arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
    if (!m_server->listen(name))
        return;
    g_active = this;
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket* socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (!socket->canReadLine() || socket->property("asked").toBool())
                    return;
                socket->setProperty("asked", true);
                const QJsonObject question = QJsonDocument::fromJson(socket->readLine()).object();
                const int id = m_next++;
                m_waiting.insert(id, socket);
                connect(socket, &QObject::destroyed, this, [this, id] { m_waiting.remove(id); });
                Q_EMIT asked(id, question.value(QStringLiteral("prompt")).toString().left(4000));
            });
        }
    });
}

AskpassServer::~AskpassServer() = default;

bool AskpassServer::isListening() const {
    return m_server->isListening();
}

AskpassServer* AskpassServer::active() {
    return g_active && g_active->isListening() ? g_active.data() : nullptr;
}

void AskpassServer::addTo(QProcessEnvironment& environment) const {
    environment.insert(QStringLiteral("SSH_ASKPASS"), m_program);
    environment.insert(QStringLiteral("SSH_ASKPASS_REQUIRE"), QStringLiteral("force"));
    environment.insert(QStringLiteral("BERTLAB_ASKPASS_SOCKET"), m_server->fullServerName());
}

void AskpassServer::answer(int id, const std::optional<QString>& text) {
    QLocalSocket* socket = m_waiting.take(id);
    if (!socket)
        return;
    const QJsonObject reply = text ? QJsonObject{{QStringLiteral("answer"), *text}} : QJsonObject{};
    socket->write(QJsonDocument(reply).toJson(QJsonDocument::Compact) + '\n');
    socket->flush();
    socket->disconnectFromServer();
}

bool AskpassServer::isConfirmation(const QString& prompt) {
    return prompt.contains(QLatin1String("(yes/no")) || prompt.contains(QLatin1String("continue connecting"));
}

} // namespace bertlab::core
