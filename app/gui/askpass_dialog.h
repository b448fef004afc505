#pragma once

#include <QStringList>

class QWidget;

namespace bertlab::core {
class AskpassServer;
} // namespace bertlab::core

namespace bertlab::app {

// Answers ssh's question in a window-modal dialog (it never blocks the event loop): a first-contact host
// key is shown with its fingerprint to trust or refuse; a passphrase is typed hidden and never stored.
void askWithDialog(QWidget* parent, core::AskpassServer* server, int id, const QString& prompt);

// The bertlab-askpass program of this installation (or the build tree), empty when none is found.
QString askpassProgram();
// An executable `name` in one of `folders`, relative to the app's own folder; empty when none is there.
QString programBesideApp(const QString& name, const QStringList& folders);

} // namespace bertlab::app
