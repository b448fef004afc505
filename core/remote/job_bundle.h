#pragma once

#include "core/remote/remote_host.h"
#include "core/result.h"
#include "core/tasks/extraction_settings.h"
#include "core/train/run_setup.h"
#include "core/train/tensorflow_export.h"
#include "core/train/training_config.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace bertlab::core {

// One file a job reads: where it is here, where the job sees it (inputs/…), and its content's SHA-256, under
// which it is kept once on the remote (<work>/cache/sha256/<hex>) for every job that needs it.
struct JobInput {
    QString localPath;
    QString jobPath; // "inputs/train.txt", "inputs/model/config.json"
    QByteArray sha256;
    qint64 size = 0;
};

// A self-describing job folder, as it goes to the remote (<work>/jobs/<id>/): run.json (the training settings
// with paths inside the folder), job.json (what, by which BertLab, how scheduled), MANIFEST.sha256 of the
// inputs, and the fixed run.sh that starts bertlab-cli. No setting is ever put on a command line.
struct JobBundle {
    QString id;   // "20261202-215300-pretrain-1a2b3c": letters, digits and '-'
    QString host; // the registry's name of the host it runs on
    SchedulerSettings scheduler;
    QString runtime = QStringLiteral("bertlab"); // the host's runtime (see RemoteHost)
    QString python;                              // runtime tensorflow: the host's Python …
    QString strategy;                            // … and where TensorFlow trains (auto|tpu|gpu|cpu)
    QString preparedFolder; // runtime tensorflow: the exported run here (LocalJob folder/tensorflow) …
    std::optional<TensorFlowExport> exported;     // … and what it holds
    TrainingConfig run;                           // a training job's settings, or
    std::optional<ExtractionSettings> extraction; // an extraction job's
    QString localOutput; // an extraction's output file as the user named it here (kept in the local record)
    QList<JobInput> inputs;

    // Hashes the inputs and rewrites the settings' paths to inputs/… and the output to run/ (fresh, no
    // resume). For a host whose runtime is tensorflow the run is first exported (tensorflow_export.h) into
    // the job's local folder, and that folder and the runner go as the inputs (inputs/tensorflow,
    // inputs/bertlab_tf_runner.py); `preparing` reports the export and may stop it.
    static Result<JobBundle> forTraining(const TrainingConfig& local, const RemoteHost& host,
                                         const Preparing& preparing = {});

    // The input file and the model go as inputs; the output is run/embeddings.<its format>. For a host whose
    // runtime is tensorflow the texts are tokenized here and exported (tensorflow_extraction.h) into the
    // job's local folder, which goes with the runner; the result is put together here after fetch.
    static Result<JobBundle> forExtraction(const ExtractionSettings& local, const RemoteHost& host,
                                           const Preparing& preparing = {});

    QString kind() const;         // "pretrain", "classify", "extract"
    QString settingsFile() const; // "run.json" or "extract.json"
    QByteArray settingsJson() const;
    QByteArray jobJson() const;
    QByteArray manifest() const; // "<hex>  inputs/…" lines, as sha256sum -c reads them
    static QByteArray runScript();
    // For Slurm: the batch script sbatch gets, its options as #SBATCH lines (validated settings of the
    // host), starting run.sh in the job folder (the working folder sbatch was called from).
    QByteArray slurmScript() const;
};

bool isValidJobId(const QString& id);

// BertLab's TensorFlow runner as installed beside the programs (share/bertlab/runtime/tensorflow), or
// BERTLAB_TF_RUNNER; empty when not found.
QString tensorFlowRunnerPath();

} // namespace bertlab::core
