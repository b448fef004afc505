#include "core/remote/remote_host.h"

#include "core/translation.h"

#include <QRegularExpression>

namespace bertlab::core {

namespace {

QString tr(const char* text) {
    return translateCore(text, {"bertlab::core::RemoteHost", "bertlab::core"});
}

bool matches(const QString& text, const char* pattern) {
    const QRegularExpression re(QRegularExpression::anchoredPattern(QLatin1String(pattern)));
    return re.match(text).hasMatch();
}

} // namespace

bool isValidHostName(const QString& name) {
    return matches(name, "[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
}

bool isValidDestination(const QString& destination) {
    if (destination.size() > 255)
        return false;
    return matches(destination,
                   "([A-Za-z0-9_][A-Za-z0-9._-]*@)?([A-Za-z0-9_][A-Za-z0-9._-]*|\\[[0-9A-Fa-f:.]+\\])");
}

bool isValidRemotePath(const QString& path) {
    if (path.isEmpty() || path.size() > 200 || !matches(path, "(~/)?[A-Za-z0-9._+/-]+|~"))
        return false;
    QString rest = path.startsWith(u'~') ? path.mid(1) : path;
    if (rest.startsWith(u'/'))
        rest.remove(0, 1);
    if (rest.isEmpty())
        return path == u"~" || path == u"/";
    if (rest.endsWith(u'/'))
        rest.chop(1);
    for (const QString& part : rest.split(u'/')) {
        if (part.isEmpty() || part == u"." || part == u".." || part.startsWith(u'-'))
            return false;
    }
    return true;
}

QString shellWord(const QString& remotePath) {
    if (remotePath == u"~")
        return QStringLiteral("\"$HOME\"");
    if (remotePath.startsWith(QLatin1String("~/")))
        return QStringLiteral("\"$HOME\"/'") + remotePath.mid(2) + u'\'';
    return u'\'' + remotePath + u'\'';
}

QStringList RemoteHost::problems() const {
    QStringList out;
    if (!isValidHostName(name))
        out << tr("name: “%1” is not a host name: use 1–64 letters, digits, '.', '_' or '-', starting with a "
                  "letter or digit")
                   .arg(name);
    if (!isValidDestination(destination))
        out << tr("destination: “%1” is not an SSH destination: use a Host alias of your SSH config or "
                  "[user@]host (letters, digits, '.', '_', '-'), not starting with '-'")
                   .arg(destination);
    if (port < 0 || port > 65535)
        out << tr("port: %1 is not a TCP port (1–65535, or 0 for SSH's default)").arg(port);
    if (!isValidRemotePath(workFolder))
        out << tr("work folder: “%1” is not allowed: use letters, digits and ._+-/ (optionally starting with "
                  "~/), with no '..' and no part starting with '-'")
                   .arg(workFolder);
    if (workFolder == u"/" || workFolder == u"~")
        out << tr("work folder: “%1” is a whole file system or home; name a folder inside it, e.g. ~/bertlab")
                   .arg(workFolder);
    if (runtime.kind != u"bertlab" && runtime.kind != u"tensorflow")
        out << tr("runtime: “%1” is not one BertLab can run (bertlab or tensorflow)").arg(runtime.kind);
    if (!isValidRemotePath(runtime.python))
        out << tr("python: “%1” is not allowed: a command such as python3, or a path of letters, digits and "
                  "._+-/ (optionally starting with ~/)")
                   .arg(runtime.python);
    if (!QStringList{QStringLiteral("auto"), QStringLiteral("tpu"), QStringLiteral("gpu"),
                     QStringLiteral("cpu")}
             .contains(runtime.strategy))
        out << tr("strategy: “%1” is not one of auto, tpu, gpu, cpu").arg(runtime.strategy);
    if (runtime.afterFetch.contains(u'\n'))
        out << tr("after fetch: one command line, please");
    const auto slurmField = [&](const char* field, const QString& value) {
        if (!value.isEmpty() && !matches(value, "[A-Za-z0-9._:,=/+-]{1,100}"))
            out << tr("%1: “%2” holds characters Slurm does not take (use letters, digits and ._:,=/+-)")
                       .arg(QLatin1String(field), value);
    };
    slurmField("partition", scheduler.partition);
    slurmField("account", scheduler.account);
    slurmField("time", scheduler.timeLimit);
    slurmField("gres", scheduler.gres);
    return out;
}

Status RemoteHost::validate() const {
    const QStringList list = problems();
    if (list.isEmpty())
        return Ok{};
    return Error{list.join(QStringLiteral("; "))};
}

QJsonObject RemoteHost::toJson() const {
    QJsonObject json{{QStringLiteral("name"), name},
                     {QStringLiteral("destination"), destination},
                     {QStringLiteral("work_folder"), workFolder},
                     {QStringLiteral("runtime"), runtime.kind},
                     {QStringLiteral("scheduler"), SchedulerSettings::kindName(scheduler.kind)}};
    if (port)
        json.insert(QStringLiteral("port"), port);
    if (runtime.isTensorFlow()) {
        json.insert(QStringLiteral("python"), runtime.python);
        json.insert(QStringLiteral("strategy"), runtime.strategy);
    }
    if (!runtime.afterFetch.isEmpty())
        json.insert(QStringLiteral("after_fetch"), runtime.afterFetch);
    if (!sshConfig.isEmpty())
        json.insert(QStringLiteral("ssh_config"), sshConfig);
    if (scheduler.kind == SchedulerSettings::Kind::Slurm)
        json.insert(QStringLiteral("slurm"), QJsonObject{{QStringLiteral("partition"), scheduler.partition},
                                                         {QStringLiteral("account"), scheduler.account},
                                                         {QStringLiteral("time"), scheduler.timeLimit},
                                                         {QStringLiteral("gres"), scheduler.gres}});
    return json;
}

Result<RemoteHost> RemoteHost::fromJson(const QJsonObject& json) {
    RemoteHost host;
    host.name = json.value(QStringLiteral("name")).toString();
    host.destination = json.value(QStringLiteral("destination")).toString();
    host.port = json.value(QStringLiteral("port")).toInt(0);
    host.workFolder = json.value(QStringLiteral("work_folder")).toString(host.workFolder);
    host.sshConfig = json.value(QStringLiteral("ssh_config")).toString();
    RuntimeSettings& runtime = host.runtime;
    runtime.kind = json.value(QStringLiteral("runtime")).toString(runtime.kind);
    runtime.python = json.value(QStringLiteral("python")).toString(runtime.python);
    runtime.strategy = json.value(QStringLiteral("strategy")).toString(runtime.strategy);
    runtime.afterFetch = json.value(QStringLiteral("after_fetch")).toString();
    const QString kind = json.value(QStringLiteral("scheduler")).toString(QStringLiteral("direct"));
    if (kind == u"slurm") {
        host.scheduler.kind = SchedulerSettings::Kind::Slurm;
        const QJsonObject slurm = json.value(QStringLiteral("slurm")).toObject();
        host.scheduler.partition = slurm.value(QStringLiteral("partition")).toString();
        host.scheduler.account = slurm.value(QStringLiteral("account")).toString();
        host.scheduler.timeLimit = slurm.value(QStringLiteral("time")).toString();
        host.scheduler.gres = slurm.value(QStringLiteral("gres")).toString();
    } else if (kind != u"direct") {
        return Error{tr("scheduler: “%1” is not direct or slurm").arg(kind)};
    }
    if (Status valid = host.validate(); !valid)
        return Error{valid.errorString()};
    return host;
}

Result<RemoteHost> RemoteHost::withDestination(const QString& name, const QString& typed) {
    RemoteHost host;
    host.name = name;
    host.destination = typed;
    // A trailing :port (after a bracketed IPv6 address, or in a destination with a single ':').
    static const QRegularExpression withPort(QStringLiteral("^(.*[^:]):([0-9]{1,5})$"));
    if (const auto m = withPort.match(typed);
        m.hasMatch() && (typed.count(u':') == 1 || typed.contains(u']'))) {
        host.destination = m.captured(1);
        host.port = m.captured(2).toInt();
        if (host.port == 0)
            return Error{tr("destination: “%1” has port 0").arg(typed)};
    }
    if (Status valid = host.validate(); !valid)
        return Error{valid.errorString()};
    return host;
}

QString pythonShellWord(const QString& python) {
    if (python.contains(u'/') && !python.startsWith(u'/') && !python.startsWith(u'~'))
        return shellWord(QStringLiteral("~/") + python);
    return shellWord(python);
}

} // namespace bertlab::core
