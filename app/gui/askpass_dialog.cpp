#include "askpass_dialog.h"

#include "core/remote/askpass_server.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

namespace bertlab::app {

void askWithDialog(QWidget* parent, core::AskpassServer* server, int id, const QString& prompt) {
    QPointer<core::AskpassServer> guard(server);
    if (core::AskpassServer::isConfirmation(prompt)) {
        auto* box = new QMessageBox(
            QMessageBox::Warning, QCoreApplication::translate("bertlab::app::Askpass", "Trust This Host?"),
            QCoreApplication::translate(
                "bertlab::app::Askpass",
                "BertLab connects to this host for the first time. Trust its key only "
                "if the fingerprint below is the one its administrator gives you."),
            QMessageBox::NoButton, parent);
        box->setInformativeText(prompt);
        box->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QPushButton* trust =
            box->addButton(QCoreApplication::translate("bertlab::app::Askpass", "Trust and Connect"),
                           QMessageBox::AcceptRole);
        box->addButton(QMessageBox::Cancel);
        box->setDefaultButton(QMessageBox::Cancel);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setWindowModality(Qt::WindowModal);
        QObject::connect(box, &QMessageBox::finished, box, [box, trust, guard, id] {
            if (guard)
                guard->answer(id,
                              box->clickedButton() == trust ? QStringLiteral("yes") : QStringLiteral("no"));
        });
        box->open();
        return;
    }
    auto* dialog = new QInputDialog(parent);
    dialog->setWindowTitle(QCoreApplication::translate("bertlab::app::Askpass", "SSH Asks"));
    dialog->setLabelText(
        prompt + u'\n' +
        QCoreApplication::translate("bertlab::app::Askpass", "(BertLab does not store it.)"));
    dialog->setTextEchoMode(QLineEdit::Password);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    QObject::connect(dialog, &QInputDialog::finished, dialog, [dialog, guard, id](int result) {
        if (guard)
            guard->answer(id, result == QDialog::Accepted ? std::optional<QString>(dialog->textValue())
                                                          : std::nullopt);
    });
    dialog->open();
}

QString programBesideApp(const QString& name, const QStringList& folders) {
    const QString dir = QCoreApplication::applicationDirPath();
    for (const QString& folder : folders)
        if (const QFileInfo candidate(dir + u'/' + folder + u'/' + name); candidate.isExecutable())
            return candidate.canonicalFilePath();
    return {};
}

QString askpassProgram() {
    // Installed (libexec), in the build tree, or beside the app.
    return programBesideApp(
        QStringLiteral("bertlab-askpass"),
        {QStringLiteral("../libexec/bertlab"), QStringLiteral("../askpass"), QStringLiteral(".")});
}

} // namespace bertlab::app
