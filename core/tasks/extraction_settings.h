#pragma once

#include "core/result.h"
#include "core/tasks/extraction_job.h"
#include "core/tasks/model_bundle.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace bertlab::core {

// An extraction's settings as a file ("bertlab-extraction" JSON): the options of `bertlab-cli extract` by
// name, each a string (a flag: true), so the command line, saved settings and remote jobs share one form and
// one validation (the CLI's). `bertlab-cli extract --write-config FILE` writes one, `--config FILE` runs it.
struct ExtractionSettings {
    QJsonObject options; // "input": "/data/texts.txt", "pooling": "ave", "strict": true, …

    QString option(const char* name) const { return options.value(QLatin1String(name)).toString(); }

    // The settings the Extract page's spec means, for `bertlab-cli extract --config` (a remote job).
    static ExtractionSettings fromSpec(const ExtractionJobSpec& spec, const QString& modelFolder);
    // The job these settings mean (everything but the model), with the CLI's defaults for what they leave
    // out; an error names the option and says what it takes. `bertlab-cli extract` runs what this gives.
    Result<ExtractionJobSpec> toSpec() const;
    // How to load the model: "seq-len" and "gelu".
    Result<BundleOptions> modelOptions() const;

    QByteArray toJson() const;
    Status save(const QString& path) const; // atomically
    static Result<ExtractionSettings> fromJson(const QByteArray& bytes, const QString& source);
    static Result<ExtractionSettings> load(const QString& path);
    // Whether a settings file is of this kind (not, say, a training run's).
    static bool isExtractionSettings(const QByteArray& bytes);
};

} // namespace bertlab::core
