#pragma once

#include "core/remote/remote_host.h"
#include "core/result.h"

#include <QString>

namespace bertlab::core {

// Puts this build's bertlab-cli on a host without root: into <work>/bin/bertlab-cli, where jobs look first.
// Only when the remote runs the same OS release and architecture (the program needs the same libraries);
// the copy is checked by running it there, and a missing library is named with how to get it.
// Returns the version the remote copy reports.
Result<QString> installCliOnHost(const RemoteHost& host, const QString& localCli);

} // namespace bertlab::core
