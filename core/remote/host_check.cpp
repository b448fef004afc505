#include "core/remote/host_check.h"

#include "core/display_format.h"
#include "core/translation.h"

#include <QHash>
#include <QJsonArray>
#include <QLocale>

namespace bertlab::core {

namespace {

QString tr(const char* text) {
    return translateCore(text, {"bertlab::core::HostCheck", "bertlab::core"});
}

// Every fact on a line of its own as key=value; values never hold a newline (tr -d). The work folder is
// created (mkdir -p) and written to, so "writable" is a fact, not a guess.
constexpr auto kProbe = R"SH(
one() { printf '%s=%s\n' "$1" "$(printf '%s' "$2" | tr -d '\n\r')"; }
one os "$(uname -s 2>/dev/null)"
one arch "$(uname -m 2>/dev/null)"
one kernel "$(uname -r 2>/dev/null)"
if [ -r /etc/os-release ]; then one distro "$(. /etc/os-release && printf '%s' "${PRETTY_NAME:-}")"; fi
one cores "$(getconf _NPROCESSORS_ONLN 2>/dev/null || nproc 2>/dev/null)"
one memory_kb "$(awk '/^MemTotal:/ {print $2}' /proc/meminfo 2>/dev/null)"
if mkdir -p -- "$work" 2>/dev/null && : > "$work/.bertlab-check" 2>/dev/null; then
    rm -f -- "$work/.bertlab-check"
    one work_writable yes
    one work_path "$(cd -- "$work" && pwd)"
    one disk_free_kb "$(df -Pk -- "$work" 2>/dev/null | awk 'NR == 2 {print $4}')"
else
    one work_writable no
fi
if command -v nvidia-smi >/dev/null 2>&1; then one gpus "$(nvidia-smi -L 2>/dev/null | grep -c '^GPU')"; else one gpus 0; fi
one tpu_devices "$(ls -d /dev/accel[0-9]* /dev/vfio/[0-9]* 2>/dev/null | wc -l)"
cli=""
if [ -x "$work/bin/bertlab-cli" ]; then cli="$work/bin/bertlab-cli"; elif command -v bertlab-cli >/dev/null 2>&1; then cli="$(command -v bertlab-cli)"; fi
one cli_path "$cli"
if [ -n "$cli" ]; then one cli_version "$("$cli" --version 2>/dev/null | awk '{print $2}')"; fi
if [ "$runtime" = tensorflow ]; then
    case $py in */*) ;; *) py=$(command -v "$py" 2>/dev/null || printf '%s' "$py") ;; esac
    one python_path "$py"
    one python_version "$("$py" -c 'import sys; print("%d.%d.%d" % sys.version_info[:3])' 2>/dev/null)"
    one tensorflow "$(TF_CPP_MIN_LOG_LEVEL=3 "$py" -c 'import tensorflow as tf; c = tf.config.list_physical_devices; print(tf.__version__, len(c("TPU")), len(c("GPU")))' 2>/dev/null)"
fi
for c in sbatch squeue scancel; do one "has_$c" "$(command -v "$c" >/dev/null 2>&1 && echo yes || echo no)"; done
one end yes
)SH";

HostCheckItem item(const QString& name, HostCheckItem::Level level, const QString& value,
                   const QString& fix = {}) {
    return {name, level, value, fix};
}

} // namespace

bool tensorFlowRunnerSupports(const QString& version) {
    const QStringList parts = version.split(u'.');
    return parts.size() >= 2 && parts[0] == u"2" && parts[1] == u"15";
}

QString HostCheckItem::levelName(Level level) {
    switch (level) {
    case Level::Ok:
        return QStringLiteral("ok");
    case Level::Info:
        return QStringLiteral("info");
    case Level::Warning:
        return QStringLiteral("warning");
    case Level::Missing:
        return QStringLiteral("missing");
    }
    return {};
}

bool HostCheckReport::usable() const {
    if (!connected)
        return false;
    for (const HostCheckItem& i : items) {
        if (i.level == HostCheckItem::Level::Missing)
            return false;
    }
    return true;
}

QJsonObject HostCheckReport::toJson() const {
    QJsonArray array;
    for (const HostCheckItem& i : items) {
        QJsonObject o{{QStringLiteral("name"), i.name},
                      {QStringLiteral("level"), HostCheckItem::levelName(i.level)},
                      {QStringLiteral("value"), i.value}};
        if (!i.fix.isEmpty())
            o.insert(QStringLiteral("fix"), i.fix);
        array.append(o);
    }
    QJsonObject json{{QStringLiteral("connected"), connected},
                     {QStringLiteral("usable"), usable()},
                     {QStringLiteral("items"), array}};
    if (!error.isEmpty())
        json.insert(QStringLiteral("error"), error);
    return json;
}

QByteArray hostCheckScript(const RemoteHost& host) {
    return "work=" + shellWord(host.workFolder).toUtf8() + "\nruntime=" + host.runtime.kind.toUtf8() +
           "\npy=" + pythonShellWord(host.runtime.python).toUtf8() + "\n" + kProbe; // all three validated
}

HostCheckReport readHostCheck(const RemoteHost& host, const SshOutput& output, const QString& localVersion) {
    using Level = HostCheckItem::Level;
    HostCheckReport report;
    QHash<QString, QString> facts;
    for (const QByteArray& line : output.standardOutput.split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            facts.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)).trimmed());
    }
    if (!output.error.isEmpty() || !facts.contains(QStringLiteral("end"))) {
        report.error = !output.error.isEmpty() ? output.error
                                               : tr("%1: the check did not finish (exit code %2): %3")
                                                     .arg(host.destination)
                                                     .arg(output.exitCode)
                                                     .arg(QString::fromUtf8(output.standardError).trimmed());
        return report;
    }
    report.connected = true;
    const QLocale c = QLocale::c();
    report.items << item(QStringLiteral("connection"), Level::Ok, host.destination);
    const QString os = facts.value(QStringLiteral("os"));
    report.items << item(QStringLiteral("system"), os == u"Linux" ? Level::Ok : Level::Warning,
                         QStringLiteral("%1 %2 %3 (%4)")
                             .arg(facts.value(QStringLiteral("distro")), os,
                                  facts.value(QStringLiteral("kernel")), facts.value(QStringLiteral("arch")))
                             .trimmed(),
                         os == u"Linux" ? QString() : tr("BertLab's runtime is built for Linux"));
    report.items << item(QStringLiteral("cores"), Level::Info, facts.value(QStringLiteral("cores")));
    const qint64 memoryKb = facts.value(QStringLiteral("memory_kb")).toLongLong();
    report.items << item(QStringLiteral("memory"), Level::Info,
                         memoryKb ? sizeText(memoryKb * 1024, 1, c) : QString());
    if (facts.value(QStringLiteral("work_writable")) == u"yes") {
        const qint64 freeKb = facts.value(QStringLiteral("disk_free_kb")).toLongLong();
        report.items << item(QStringLiteral("work folder"), Level::Ok,
                             facts.value(QStringLiteral("work_path")));
        const bool low = freeKb < 1024 * 1024;
        report.items << item(
            QStringLiteral("free disk"), low ? Level::Warning : Level::Ok, sizeText(freeKb * 1024, 1, c),
            low ? tr("under 1 GB free in the work folder: checkpoints and corpora may not fit") : QString());
    } else {
        report.items << item(
            QStringLiteral("work folder"), Level::Missing, host.workFolder,
            tr("the remote user cannot create or write %1: choose a work folder in a place it "
               "owns, e.g. ~/bertlab")
                .arg(host.workFolder));
    }
    report.items << item(QStringLiteral("GPUs"), Level::Info,
                         facts.value(QStringLiteral("gpus"), QStringLiteral("0")));
    report.items << item(QStringLiteral("TPU devices"), Level::Info,
                         facts.value(QStringLiteral("tpu_devices"), QStringLiteral("0")));
    const QString cliPath = facts.value(QStringLiteral("cli_path"));
    const QString cliVersion = facts.value(QStringLiteral("cli_version"));
    const bool tensorflow = host.runtime.isTensorFlow();
    if (tensorflow) {
        const QString python = facts.value(QStringLiteral("python_version"));
        report.items << item(
            QStringLiteral("Python"), python.isEmpty() ? Level::Missing : Level::Ok,
            python.isEmpty()
                ? host.runtime.python
                : QStringLiteral("%1 (%2)").arg(python, facts.value(QStringLiteral("python_path"))),
            python.isEmpty() ? tr("%1 does not run there: install Python 3 (3.9–3.11 for "
                                  "TensorFlow 2.15) or set the host's Python to one that runs")
                                   .arg(host.runtime.python)
                             : QString());
        const QStringList tf = facts.value(QStringLiteral("tensorflow")).split(u' ', Qt::SkipEmptyParts);
        if (tf.size() < 3)
            report.items << item(
                QStringLiteral("TensorFlow"), Level::Missing, QString(),
                tr("%1 cannot import tensorflow: make a virtual environment with it there (`python3 -m venv "
                   "~/tf && ~/tf/bin/pip install tensorflow-cpu==2.15.*`; on a TPU VM the TPU build "
                   "`tensorflow==2.15.*` with libtpu, on a GPU host `tensorflow[and-cuda]==2.15.*`) and set "
                   "the host's Python to ~/tf/bin/python3")
                    .arg(host.runtime.python));
        else {
            const bool tested = tensorFlowRunnerSupports(tf[0]);
            report.items << item(QStringLiteral("TensorFlow"), tested ? Level::Ok : Level::Warning,
                                 tr("%1 (sees %2 TPU, %3 GPU devices)").arg(tf[0], tf[1], tf[2]),
                                 tested ? QString()
                                        : tr("BertLab's runner is tested with TensorFlow 2.15; it uses no "
                                             "Keras, so %1 should work, but install 2.15 if it fails")
                                              .arg(tf[0]));
        }
    }
    if (cliPath.isEmpty() && tensorflow)
        report.items << item(QStringLiteral("bertlab-cli"), Level::Info, QString(),
                             tr("not needed for training with TensorFlow; extraction jobs need it (Install "
                                "bertlab-cli on the Remote page)"));
    else if (cliPath.isEmpty())
        report.items << item(
            QStringLiteral("bertlab-cli"), Level::Missing, QString(),
            tr("install BertLab there (its .deb: `apt install ./bertlab_%1_amd64.deb`, as root), "
               "or, when the remote runs the same OS, let BertLab put this build's bertlab-cli into "
               "%2/bin without root: Install bertlab-cli on the Remote page, or `bertlab-cli remote "
               "install-cli %3`")
                .arg(localVersion, host.workFolder, host.name));
    else if (cliVersion != localVersion)
        report.items << item(QStringLiteral("bertlab-cli"), Level::Warning,
                             QStringLiteral("%1 %2").arg(cliPath, cliVersion),
                             tr("the remote has version %1 and this BertLab is %2: jobs may read or write "
                                "settings differently; install the same version there")
                                 .arg(cliVersion.isEmpty() ? tr("unknown") : cliVersion, localVersion));
    else
        report.items << item(QStringLiteral("bertlab-cli"), Level::Ok,
                             QStringLiteral("%1 %2").arg(cliPath, cliVersion));
    const bool slurm = host.scheduler.kind == SchedulerSettings::Kind::Slurm;
    QStringList missing;
    for (const char* command : {"sbatch", "squeue", "scancel"}) {
        if (facts.value(QStringLiteral("has_") + QLatin1String(command)) != u"yes")
            missing << QLatin1String(command);
    }
    report.items << item(
        QStringLiteral("Slurm"), missing.isEmpty() ? Level::Ok : (slurm ? Level::Missing : Level::Info),
        missing.isEmpty() ? tr("sbatch, squeue and scancel found")
                          : tr("not found: %1").arg(missing.join(QStringLiteral(", "))),
        missing.isEmpty() || !slurm
            ? QString()
            : tr("this host's scheduler is Slurm, but its commands are not on the login's PATH: "
                 "use a cluster login node, or set the scheduler to direct"));
    return report;
}

HostCheckReport checkHost(const RemoteHost& host, const QString& localVersion, SshPrompts prompts,
                          int timeoutMs) {
    return readHostCheck(host, SshChannel::run(host, hostCheckScript(host), timeoutMs, prompts),
                         localVersion);
}

} // namespace bertlab::core
