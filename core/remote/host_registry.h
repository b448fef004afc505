#pragma once

#include "core/remote/remote_host.h"

#include <QList>
#include <QString>

namespace bertlab::core {

// The hosts a user added, kept in <remote folder>/hosts.json (written through a temporary file and renamed,
// so a crash never leaves half a list). The GUI's Remote page and `bertlab-cli remote` share it.
class HostRegistry final {
public:
    static constexpr auto environmentVariable = "BERTLAB_REMOTE_HOME";

    // $BERTLAB_REMOTE_HOME when set, else the app's data folder + "/remote" (beside the model store).
    static QString defaultFolder();

    explicit HostRegistry(const QString& folder = defaultFolder());

    const QString& folder() const { return m_folder; }
    QString hostsFile() const { return m_folder + QStringLiteral("/hosts.json"); }

    // Every host in the file, in the order added; an unreadable file is an error that names it.
    Result<QList<RemoteHost>> list() const;
    Result<RemoteHost> find(const QString& name) const;
    // Adds a host, or replaces one of the same name when replace is set (else that is an error).
    Status add(const RemoteHost& host, bool replace);
    Status remove(const QString& name);

private:
    Status save(const QList<RemoteHost>& hosts) const;

    QString m_folder;
};

} // namespace bertlab::core
