#pragma once

// What this build of BertLab is made of, for About BertLab and `bertlab-cli version`: its version and
// licence, the libraries it uses with their versions, and the instruction set oneDNN picked on this CPU.

#include <QJsonObject>
#include <QList>
#include <QString>

namespace bertlab::core {

struct LibraryVersion {
    QString name;    // "Qt", "oneDNN", …
    QString version; // as the library reports it at run time where it can, else as compiled in
    QString licence;
};

struct BuildInfo {
    QString version; // BertLab's
    QString licence; // "GPL-3.0-or-later"
    QString compiler;
    QString cpuIsa; // oneDNN's effective ISA on this machine, e.g. "AVX-512 with VNNI and bfloat16"
    QList<LibraryVersion> libraries;

    QJsonObject toJson() const;
};

BuildInfo buildInfo();

} // namespace bertlab::core
