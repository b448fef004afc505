#pragma once

#include <QHash>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>

#include <optional>

class QLocalServer;
class QLocalSocket;

namespace bertlab::core {

// Where ssh's questions go when the window lets it ask (SshPrompts::Allow): ssh runs the askpass program
// (bertlab-askpass) with SSH_ASKPASS_REQUIRE=force, which passes the prompt here over a local socket only
// this user can open; asked() shows it, answer() sends the reply back. Answers are never stored. One server
// is active per process (the window's).
class AskpassServer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AskpassServer)
public:
    // askpassProgram: the bertlab-askpass executable.
    explicit AskpassServer(const QString& askpassProgram, QObject* parent = nullptr);
    ~AskpassServer() override;

    bool isListening() const;
    // The active server (the last one listening), or null.
    static AskpassServer* active();
    // The environment an ssh or sftp process gets so that it asks here.
    void addTo(QProcessEnvironment& environment) const;

    // A question's answer (nullopt: the user cancelled).
    void answer(int id, const std::optional<QString>& text);
    // Whether a prompt asks to trust a host key (a yes/no question) rather than for a secret.
    static bool isConfirmation(const QString& prompt);

Q_SIGNALS:
    void asked(int id, const QString& prompt);

private:
    QLocalServer* m_server;
    QString m_program;
    QHash<int, QLocalSocket*> m_waiting;
    int m_next = 1;
};

} // namespace bertlab::core
