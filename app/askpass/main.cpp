// bertlab-askpass: the SSH_ASKPASS program of the BertLab window. ssh runs it with a prompt (a key's
// passphrase, or whether to trust a first-contact host key); it hands the prompt to the window over the
// private local socket named by BERTLAB_ASKPASS_SOCKET and prints the user's answer for ssh. Nothing is
// stored. Exit 1 when the user cancels or no window answers.
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>

#include <cstdio>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QString socketName = qEnvironmentVariable("BERTLAB_ASKPASS_SOCKET");
    const QString prompt = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (socketName.isEmpty()) {
        std::fprintf(stderr,
                     "bertlab-askpass: run by BertLab's ssh calls only (BERTLAB_ASKPASS_SOCKET unset)\n");
        return 1;
    }
    QLocalSocket socket;
    socket.connectToServer(socketName);
    if (!socket.waitForConnected(5000)) {
        std::fprintf(stderr, "bertlab-askpass: the BertLab window does not answer: %s\n",
                     qPrintable(socket.errorString()));
        return 1;
    }
    socket.write(
        QJsonDocument(QJsonObject{{QStringLiteral("prompt"), prompt}}).toJson(QJsonDocument::Compact) + '\n');
    socket.flush();
    // The user may take their time; ssh's own connect timeout does not run meanwhile.
    QByteArray reply;
    while (!reply.contains('\n')) {
        if (!socket.waitForReadyRead(10 * 60 * 1000))
            return 1;
        reply += socket.readAll();
    }
    const QJsonObject answer = QJsonDocument::fromJson(reply.left(reply.indexOf('\n'))).object();
    if (!answer.contains(QStringLiteral("answer")))
        return 1;
    const QByteArray text = answer.value(QStringLiteral("answer")).toString().toUtf8();
    std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
    std::fputc('\n', stdout);
    return 0;
}
