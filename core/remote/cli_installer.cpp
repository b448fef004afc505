#include "core/remote/cli_installer.h"

#include "core/remote/ssh_channel.h"
#include "core/translation.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSysInfo>

namespace bertlab::core {

namespace {

QString tr(const char* text) {
    return translateCore(text, {"bertlab::core::CliInstaller", "bertlab::core"});
}

QHash<QString, QString> keyValues(const QByteArray& output) {
    QHash<QString, QString> out;
    for (const QByteArray& line : output.split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            out.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)).trimmed());
    }
    return out;
}

Result<QByteArray> runOn(const RemoteHost& host, const QByteArray& script) {
    const SshOutput out = SshChannel::run(host, script, 120000);
    if (!out.error.isEmpty())
        return Error{out.error};
    if (out.exitCode != 0)
        return Error{tr("%1: %2 (exit code %3)")
                         .arg(host.name, QString::fromUtf8(out.standardError).trimmed())
                         .arg(out.exitCode)};
    return out.standardOutput;
}

} // namespace

Result<QString> installCliOnHost(const RemoteHost& host, const QString& localCli) {
    if (Status valid = host.validate(); !valid)
        return Error{valid.errorString()};
    if (!QFileInfo(localCli).isExecutable())
        return Error{tr("%1: not an executable bertlab-cli").arg(localCli)};
    const QByteArray work = "set -u\nwork=" + shellWord(host.workFolder).toUtf8() + "\n";
    Result<QByteArray> probed = runOn(host, work + R"SH(
echo arch=$(uname -m)
[ -r /etc/os-release ] && . /etc/os-release && echo "os=${ID:-}" && echo "release=${VERSION_ID:-}"
mkdir -p "$work/bin" || exit 3
)SH");
    if (!probed)
        return Error{probed.errorString()};
    const QHash<QString, QString> remote = keyValues(*probed);
    const QString here =
        QStringLiteral("%1 %2 (%3)")
            .arg(QSysInfo::productType(), QSysInfo::productVersion(), QSysInfo::currentCpuArchitecture());
    const QString there =
        QStringLiteral("%1 %2 (%3)")
            .arg(remote.value(QStringLiteral("os")), remote.value(QStringLiteral("release")),
                 remote.value(QStringLiteral("arch")));
    const bool sameArch = remote.value(QStringLiteral("arch")) == QSysInfo::currentCpuArchitecture() ||
                          (remote.value(QStringLiteral("arch")) == u"aarch64" &&
                           QSysInfo::currentCpuArchitecture() == u"arm64");
    if (!sameArch || remote.value(QStringLiteral("os")) != QSysInfo::productType() ||
        remote.value(QStringLiteral("release")) != QSysInfo::productVersion())
        return Error{tr("%1 runs %2 and this BertLab is built for %3: install BertLab's package for that "
                        "system there instead")
                         .arg(host.name, there, here)};
    // Sent under a partial name, made executable and renamed: a cut transfer never leaves a broken program
    // where jobs look for one.
    const QString target = host.workFolder + QStringLiteral("/bin/bertlab-cli");
    const QString local = QFileInfo(localCli).absoluteFilePath();
    if (local.contains(u'"'))
        return Error{tr("%1: the path holds a quote").arg(local)};
    if (Status sent = runSftpBatch(host, "put \"" + local.toUtf8() + "\" " +
                                             sftpWord(target + QStringLiteral(".part")).toUtf8() + "\n");
        !sent)
        return Error{sent.errorString()};
    Result<QByteArray> checked = runOn(host, work + R"SH(
cd "$work/bin" || exit 3
chmod 755 bertlab-cli.part && mv -f bertlab-cli.part bertlab-cli || exit 3
if version=$(./bertlab-cli --version 2>/dev/null); then echo "version=$version"; exit 0; fi
echo "missing=$(ldd ./bertlab-cli 2>/dev/null | awk '/not found/ {print $1}' | tr '\n' ' ')"
)SH");
    if (!checked)
        return Error{checked.errorString()};
    const QHash<QString, QString> result = keyValues(*checked);
    if (!result.contains(QStringLiteral("version")))
        return Error{tr("%1: the copied bertlab-cli does not run there; libraries it needs are missing: %2. "
                        "Install them (the packages BertLab's README names), or BertLab's package.")
                         .arg(host.name, result.value(QStringLiteral("missing"), tr("unknown")))};
    return result.value(QStringLiteral("version")).section(u' ', 1);
}

} // namespace bertlab::core
