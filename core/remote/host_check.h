#pragma once

#include "core/remote/remote_host.h"
#include "core/remote/ssh_channel.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace bertlab::core {

// One line of a host check: what was looked at, what was found, and how to fix it when it is a problem.
struct HostCheckItem {
    enum class Level { Ok, Info, Warning, Missing };
    QString name; // "connection", "cores", "bertlab-cli", …
    Level level = Level::Ok;
    QString value; // what the remote reported
    QString fix;   // what to do, when level is Warning or Missing

    static QString levelName(Level level);
};

// What `remote check` and the Remote page's Check show: reachable or not, then one item per fact.
struct HostCheckReport {
    bool connected = false;
    QString error; // why the connection failed, when not connected
    QList<HostCheckItem> items;

    bool usable() const; // connected, and nothing Missing
    QJsonObject toJson() const;
};

// The fixed probe the check runs on the remote (POSIX sh on stdin), with the work folder filled in.
QByteArray hostCheckScript(const RemoteHost& host);
// Whether BertLab's TensorFlow runner was tested with this TensorFlow version ("2.15.1").
bool tensorFlowRunnerSupports(const QString& version);
// Reads the probe's key=value lines into items; localVersion is this BertLab's, to compare with the remote's.
HostCheckReport readHostCheck(const RemoteHost& host, const SshOutput& output, const QString& localVersion);
// Connects and probes (blocking; the GUI runs it off the UI thread).
HostCheckReport checkHost(const RemoteHost& host, const QString& localVersion, SshPrompts prompts,
                          int timeoutMs = 60000);

} // namespace bertlab::core
