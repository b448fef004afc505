#include "core/remote/job_bundle.h"

#include "core/remote/remote_job.h"
#include "core/remote/tensorflow_extraction.h"
#include "core/train/tensorflow_export.h"
#include "core/translation.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>

namespace bertlab::core {

namespace {

QString tr(const char* text) {
    return translateCore(text, {"bertlab::core::JobBundle", "bertlab::core::InputPlacer", "bertlab::core"});
}

Result<QByteArray> sha256Of(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("%1: cannot read it: %2").arg(path, file.errorString())};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return Error{tr("%1: cannot read it: %2").arg(path, file.errorString())};
    return hash.result().toHex();
}

// A name for inputs/: the file's own when it is of the safe set, else a neutral one; never twice the same.
QString inputName(const QString& path, int index, QSet<QString>& taken) {
    QString name = QFileInfo(path).fileName();
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_+][A-Za-z0-9._+-]{0,100}$"));
    if (!safe.match(name).hasMatch())
        name = QStringLiteral("input-%1").arg(index);
    QString unique = name;
    for (int n = 2; taken.contains(unique); ++n)
        unique = QStringLiteral("%1-%2").arg(n).arg(name);
    taken.insert(unique);
    return unique;
}

// Gives each input path of the settings its place inputs/<name> (a folder, such as a model, brings its
// files) and rewrites the setting to it.
class InputPlacer {
public:
    explicit InputPlacer(JobBundle& bundle)
        : m_bundle(bundle) {}
    Status operator()(QString& setting) {
        if (setting.isEmpty())
            return Ok{};
        const QFileInfo info(setting);
        if (!info.exists())
            return Error{tr("%1: no such file or folder").arg(setting)};
        const QString name = QStringLiteral("inputs/") + inputName(setting, ++m_index, m_taken);
        QStringList files;
        if (info.isDir()) {
            QDirIterator it(setting, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                files << it.next();
        } else {
            files << setting;
        }
        for (const QString& file : files) {
            Result<QByteArray> hash = sha256Of(file);
            if (!hash)
                return Error{hash.errorString()};
            const QString inside = info.isDir() ? name + u'/' + QDir(setting).relativeFilePath(file) : name;
            if (!isValidRemotePath(inside))
                return Error{
                    tr("%1: a file name BertLab cannot send (use letters, digits and ._+-)").arg(file)};
            m_bundle.inputs.append({file, inside, *hash, QFileInfo(file).size()});
        }
        setting = name;
        return Ok{};
    }

private:
    JobBundle& m_bundle;
    QSet<QString> m_taken;
    int m_index = 0;
};

QString newJobId(const QString& kind) {
    return QStringLiteral("%1-%2-%3")
        .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")), kind)
        .arg(QRandomGenerator::global()->generate() & 0xffffff, 6, 16, QLatin1Char('0'));
}

} // namespace

bool isValidJobId(const QString& id) {
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9-]{0,79}$"));
    return re.match(id).hasMatch();
}

QString tensorFlowRunnerPath() {
    QStringList paths;
    if (const QString given = qEnvironmentVariable("BERTLAB_TF_RUNNER"); !given.isEmpty())
        paths << given;
    const QString name = QStringLiteral("/runtime/tensorflow/bertlab_tf_runner.py");
    if (const QString programs = QCoreApplication::applicationDirPath(); !programs.isEmpty())
        for (const char* relative : {"/../share/bertlab", "/../../share/bertlab"})
            paths << QDir::cleanPath(programs + QLatin1String(relative) + name);
    paths << QStringLiteral(BERTLAB_INSTALLED_DATA_DIR) + name;
    for (const QString& path : paths)
        if (QFileInfo(path).isFile())
            return QFileInfo(path).absoluteFilePath();
    return {};
}

Result<JobBundle> JobBundle::forTraining(const TrainingConfig& local, const RemoteHost& host,
                                         const Preparing& preparing) {
    if (const QStringList problems = local.validate(); !problems.isEmpty())
        return Error{problems.join(QStringLiteral("; "))};
    JobBundle bundle;
    bundle.host = host.name;
    bundle.scheduler = host.scheduler;
    bundle.id = newJobId(trainingTaskName(local.task));
    bundle.run = local;
    bundle.runtime = host.runtime.kind;
    if (host.runtime.isTensorFlow()) {
        const QString runner = tensorFlowRunnerPath();
        if (runner.isEmpty())
            return Error{tr("BertLab's TensorFlow runner (bertlab_tf_runner.py) is not installed beside "
                            "this program; reinstall BertLab or set BERTLAB_TF_RUNNER")};
        bundle.python = host.runtime.python;
        bundle.strategy = host.runtime.strategy;
        bundle.preparedFolder = LocalJob::jobsFolder() + u'/' + bundle.id + QStringLiteral("/tensorflow");
        QDir().mkpath(QFileInfo(bundle.preparedFolder).path());
        const std::atomic<bool> never{false};
        auto exported = exportForTensorFlow(
            local, bundle.preparedFolder, host.runtime.strategy,
            preparing ? preparing : Preparing([](const QString&, qint64, qint64) { return true; }), never);
        if (!exported) {
            QDir(QFileInfo(bundle.preparedFolder).path()).removeRecursively();
            return Error{exported.errorString()};
        }
        bundle.exported = *exported;
        InputPlacer place(bundle);
        QString prepared = bundle.preparedFolder, script = runner;
        for (QString* setting : {&prepared, &script}) {
            if (Status placed = place(*setting); !placed)
                return Error{placed.errorString()};
        }
        // The exported folder carries everything the runner reads; the settings travel for the record only.
        bundle.run.outputDirectory = QStringLiteral("run");
        bundle.run.resume = false;
        return bundle;
    }
    InputPlacer place(bundle);
    for (QString* setting :
         {&bundle.run.trainFile, &bundle.run.validationFile, &bundle.run.vocabFile, &bundle.run.startModel}) {
        if (Status placed = place(*setting); !placed)
            return Error{placed.errorString()};
    }
    bundle.run.outputDirectory = QStringLiteral("run");
    bundle.run.resume = false;
    return bundle;
}

Result<JobBundle> JobBundle::forExtraction(const ExtractionSettings& local, const RemoteHost& host,
                                           const Preparing& preparing) {
    JobBundle bundle;
    bundle.host = host.name;
    bundle.scheduler = host.scheduler;
    bundle.id = newJobId(QStringLiteral("extract"));
    bundle.extraction = local;
    bundle.localOutput = local.option("output");
    bundle.runtime = host.runtime.kind;
    QJsonObject& options = bundle.extraction->options;
    QString input = local.option("input"), model = local.option("model");
    if (input.isEmpty() || input == u"-")
        return Error{tr("a remote extraction needs an input file (not standard input)")};
    if (model.isEmpty())
        return Error{tr("the extraction settings name no model (write them with `bertlab-cli extract "
                        "--write-config`)")};
    if (Result<ExtractionJobSpec> spec = local.toSpec(); !spec)
        return Error{spec.errorString()};
    InputPlacer place(bundle);
    if (host.runtime.isTensorFlow()) {
        const QString runner = tensorFlowRunnerPath();
        if (runner.isEmpty())
            return Error{tr("BertLab's TensorFlow runner (bertlab_tf_runner.py) is not installed beside "
                            "this program; reinstall BertLab or set BERTLAB_TF_RUNNER")};
        bundle.python = host.runtime.python;
        bundle.strategy = host.runtime.strategy;
        bundle.preparedFolder = LocalJob::jobsFolder() + u'/' + bundle.id + QStringLiteral("/tensorflow");
        QDir().mkpath(QFileInfo(bundle.preparedFolder).path());
        const std::atomic<bool> never{false};
        auto exported = exportExtractionForTensorFlow(local, bundle.preparedFolder, host.runtime.strategy,
                                                      preparing, never);
        if (!exported) {
            QDir(QFileInfo(bundle.preparedFolder).path()).removeRecursively();
            return Error{exported.errorString()};
        }
        // The exported folder carries everything the runner reads; the settings travel for the record.
        input = bundle.preparedFolder;
        model = runner;
    }
    for (QString* setting : {&input, &model}) {
        if (Status placed = place(*setting); !placed)
            return Error{placed.errorString()};
    }
    options.insert(QStringLiteral("input"), input);
    options.insert(QStringLiteral("model"), model);
    // The output keeps its kind (the format follows its suffix unless given) under a fixed name.
    QString suffix = local.option("format");
    if (suffix.isEmpty())
        suffix = QFileInfo(local.option("output")).suffix().toLower();
    static const QRegularExpression formats(QStringLiteral("^(jsonl|csv|tsv|npy)$"));
    if (!formats.match(suffix).hasMatch())
        suffix = QStringLiteral("jsonl");
    options.insert(QStringLiteral("output"), QString(QStringLiteral("run/embeddings.") + suffix));
    return bundle;
}

QString JobBundle::kind() const {
    return extraction ? QStringLiteral("extract") : trainingTaskName(run.task);
}

QString JobBundle::settingsFile() const {
    return extraction ? QStringLiteral("extract.json") : QStringLiteral("run.json");
}

QByteArray JobBundle::settingsJson() const {
    return extraction ? extraction->toJson() : QJsonDocument(run.toJson()).toJson(QJsonDocument::Indented);
}

QByteArray JobBundle::jobJson() const {
    const QString& runs = runtime;
    QJsonObject json{{QStringLiteral("format"), QStringLiteral("bertlab-job")},
                     {QStringLiteral("version"), 1},
                     {QStringLiteral("id"), id},
                     {QStringLiteral("kind"), kind()},
                     {QStringLiteral("runtime"), runs},
                     {QStringLiteral("scheduler"), SchedulerSettings::kindName(scheduler.kind)},
                     {QStringLiteral("settings"), settingsFile()},
                     {QStringLiteral("bertlab_version"), QStringLiteral(BERTLAB_VERSION)}};
    if (runs == u"tensorflow")
        json.insert(QStringLiteral("python"), python); // validated: letters, digits and ._+-/ (and ~/)
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

QByteArray JobBundle::slurmScript() const {
    QByteArray out = "#!/bin/sh\n#SBATCH --job-name=bertlab-" + kind().toUtf8() +
                     "\n#SBATCH --output=runner.log\n"
                     // TERM to the batch shell (run.sh) two minutes before the time limit: it checkpoints.
                     "#SBATCH --signal=B:TERM@120\n";
    const auto option = [&](const char* name, const QString& value) {
        if (!value.isEmpty()) // validated: letters, digits and ._:,=/+- only
            out += QByteArray("#SBATCH --") + name + '=' + value.toUtf8() + '\n';
    };
    option("partition", scheduler.partition);
    option("account", scheduler.account);
    option("time", scheduler.timeLimit);
    option("gres", scheduler.gres);
    return out + "exec sh ./run.sh\n";
}

QByteArray JobBundle::manifest() const {
    QByteArray out;
    for (const JobInput& input : inputs)
        out += input.sha256 + "  " + input.jobPath.toUtf8() + '\n';
    return out;
}

QByteArray JobBundle::runScript() {
    // Fixed text: everything job-specific is in run.json. It is started detached (setsid), so its process
    // group is the job's; TERM to the group is a graceful cancel (bertlab-cli checkpoints and stops).
    return R"SH(#!/bin/sh
# BertLab job: trains as run.json says (or extracts as extract.json says), in this folder. Written by
# BertLab; state.json, heartbeat, run/events.jsonl, job.log, exit_code and outputs.sha256 are its record.
# It starts in its folder (direct: BertLab's start command; Slurm: the folder sbatch was called from).
[ -f job.json ] || cd "$(dirname "$0")" || exit 1
cli=../../bin/bertlab-cli
[ -x "$cli" ] || cli=bertlab-cli
printf '{"pid": %s, "started": %s, "boot_id": "%s", "slurm_job_id": "%s", "host": "%s"}\n' "$$" "$(date +%s)" \
    "$(cat /proc/sys/kernel/random/boot_id 2>/dev/null)" "${SLURM_JOB_ID:-}" "$(uname -n)" > state.json.tmp && mv state.json.tmp state.json
( while :; do date +%s > heartbeat.tmp && mv heartbeat.tmp heartbeat; sleep 5; done ) &
beat=$!
mkdir -p run
# job.json's runtime and python (written by BertLab, one per line; validated to letters, digits, ._+-/~).
runtime=$(sed -n 's/^ *"runtime": "\([a-z]*\)".*/\1/p' job.json)
outputs="safetensors metrics.csv events.jsonl embeddings.*"
if [ "$runtime" = tensorflow ]; then
    py=$(sed -n 's/^ *"python": "\([A-Za-z0-9._+/~-]*\)".*/\1/p' job.json)
    case $py in
    "~/"*) py=$HOME/${py#"~/"} ;;
    /*) ;;
    */*) py=$HOME/$py ;;
    esac
    # The runner trains (tf_run.json) or extracts (tf_extract.json), as the exported folder says.
    outputs="checkpoint metrics.csv events.jsonl tf_probe_outputs.json features.npy features.json"
    "${py:-python3}" inputs/bertlab_tf_runner.py inputs/tensorflow run > job.log 2>&1 &
elif [ -f extract.json ]; then
    "$cli" extract --config extract.json --events run/events.jsonl > job.log 2>&1 &
else
    "$cli" train --config run.json > job.log 2>&1 &
fi
child=$!
trap 'kill -TERM "$child" 2>/dev/null' TERM INT HUP
while :; do
    wait "$child"
    code=$?
    kill -0 "$child" 2>/dev/null || break
done
kill "$beat" 2>/dev/null
if [ "$code" = 0 ]; then
    (cd run && for f in $outputs; do
        [ -e "$f" ] && find "$f" -type f ! -name '*.partial*'
    done | sort | xargs -r sha256sum) > outputs.sha256.tmp &&
        mv outputs.sha256.tmp outputs.sha256
fi
echo "$code" > exit_code.tmp && mv exit_code.tmp exit_code
)SH";
}

} // namespace bertlab::core
