#include "core/remote/host_registry.h"

#include "core/translation.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace bertlab::core {

namespace {

QString tr(const char* text) {
    return translateCore(text, {"bertlab::core::HostRegistry", "bertlab::core"});
}

constexpr auto kFormat = "bertlab-remote-hosts";

} // namespace

QString HostRegistry::defaultFolder() {
    const QString fromEnv = qEnvironmentVariable(environmentVariable);
    if (!fromEnv.isEmpty())
        return QDir::cleanPath(QDir(fromEnv).absolutePath());
    // The GUI's organisation and application names spelled out, as for the model store, so the CLI shares it.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/BertLab/BertLab/remote");
}

HostRegistry::HostRegistry(const QString& folder)
    : m_folder(QDir::cleanPath(folder)) {}

Result<QList<RemoteHost>> HostRegistry::list() const {
    QFile file(hostsFile());
    if (!file.exists())
        return QList<RemoteHost>{};
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("%1: cannot read it: %2").arg(hostsFile(), file.errorString())};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject() ||
        doc.object().value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        return Error{tr("%1: not a BertLab host list (%2)")
                         .arg(hostsFile(), parseError.error != QJsonParseError::NoError
                                               ? parseError.errorString()
                                               : tr("no \"format\": \"%1\"").arg(QLatin1String(kFormat)))};
    QList<RemoteHost> hosts;
    for (const QJsonValue& value : doc.object().value(QStringLiteral("hosts")).toArray()) {
        Result<RemoteHost> host = RemoteHost::fromJson(value.toObject());
        if (!host)
            return Error{tr("%1: host %2: %3")
                             .arg(hostsFile(), value.toObject().value(QStringLiteral("name")).toString(),
                                  host.errorString())};
        hosts.append(std::move(host).value());
    }
    return hosts;
}

Result<RemoteHost> HostRegistry::find(const QString& name) const {
    Result<QList<RemoteHost>> hosts = list();
    if (!hosts)
        return Error{hosts.errorString()};
    for (const RemoteHost& host : *hosts) {
        if (host.name == name)
            return host;
    }
    return Error{tr("no remote host named “%1” (see `bertlab-cli remote list`)").arg(name)};
}

Status HostRegistry::add(const RemoteHost& host, bool replace) {
    if (Status valid = host.validate(); !valid)
        return valid;
    Result<QList<RemoteHost>> hosts = list();
    if (!hosts)
        return Error{hosts.errorString()};
    auto same =
        std::find_if(hosts->begin(), hosts->end(), [&](const RemoteHost& h) { return h.name == host.name; });
    if (same != hosts->end() && !replace)
        return Error{
            tr("a remote host named “%1” exists already (replace it with --replace)").arg(host.name)};
    if (same != hosts->end())
        *same = host;
    else
        hosts->append(host);
    return save(*hosts);
}

Status HostRegistry::remove(const QString& name) {
    Result<QList<RemoteHost>> hosts = list();
    if (!hosts)
        return Error{hosts.errorString()};
    const auto before = hosts->size();
    hosts->removeIf([&](const RemoteHost& h) { return h.name == name; });
    if (hosts->size() == before)
        return Error{tr("no remote host named “%1” (see `bertlab-cli remote list`)").arg(name)};
    return save(*hosts);
}

Status HostRegistry::save(const QList<RemoteHost>& hosts) const {
    if (!QDir().mkpath(m_folder))
        return Error{tr("%1: cannot create the folder").arg(m_folder)};
    QJsonArray array;
    for (const RemoteHost& host : hosts)
        array.append(host.toJson());
    QSaveFile file(hostsFile());
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("%1: cannot write it: %2").arg(hostsFile(), file.errorString())};
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("format"), QLatin1String(kFormat)},
                                         {QStringLiteral("version"), 1},
                                         {QStringLiteral("hosts"), array}})
                   .toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Error{tr("%1: cannot write it: %2").arg(hostsFile(), file.errorString())};
    return Ok{};
}

} // namespace bertlab::core
