#include "cli_common.h"

#include "core/io/model_writer.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

namespace bertlab::cli {

int runConvert(const QStringList& args) {
    CommandParser cmd(
        QStringLiteral("convert"),
        QStringLiteral("Write a model folder in another format (Hugging Face safetensors or Google's "
                       "TF checkpoint), optionally in half precision."),
        false, false);
    cmd.addOption({QStringLiteral("model"),
                   QStringLiteral("The model folder to read (default, or 'demo': the demo model)."),
                   QStringLiteral("DIR")});
    cmd.addOption({QStringLiteral("output"),
                   QStringLiteral("The folder to write (created; refused if it holds a model already)."),
                   QStringLiteral("DIR")});
    cmd.addOption({QStringLiteral("format"), QStringLiteral("safetensors (default) or tf."),
                   QStringLiteral("safetensors|tf"), QStringLiteral("safetensors")});
    cmd.addOption({QStringLiteral("dtype"),
                   QStringLiteral("safetensors: f32 (default) or f16 (half the size; values rounded to "
                                  "half precision)."),
                   QStringLiteral("f32|f16"), QStringLiteral("f32")});
    cmd.process(args);
    const QCommandLineParser& p = cmd.parser();

    const QString formatName = p.value(QStringLiteral("format"));
    if (formatName != u"safetensors" && formatName != u"tf")
        fail(QStringLiteral("--format '%1': use safetensors or tf").arg(formatName));
    const QString dtypeName = p.value(QStringLiteral("dtype"));
    if (dtypeName != u"f32" && dtypeName != u"f16")
        fail(QStringLiteral("--dtype '%1': use f32 or f16").arg(dtypeName));
    const auto format =
        formatName == u"tf" ? core::ModelFormat::TfCheckpoint : core::ModelFormat::Safetensors;
    if (format == core::ModelFormat::TfCheckpoint && dtypeName == u"f16")
        fail(QStringLiteral("--dtype f16 is for safetensors; TF checkpoints are written in float32"));
    const auto dtype = dtypeName == u"f16" ? core::SafetensorsDtype::F16 : core::SafetensorsDtype::F32;

    const QString output = cmd.requiredValue(QStringLiteral("output"));
    if (const core::Status s =
            core::convertModelFolder(modelDirectory(p.value(QStringLiteral("model"))), output, format, dtype);
        !s)
        fail(s.errorString());
    writeStdout(QJsonDocument(QJsonObject{{QStringLiteral("output"), QDir(output).absolutePath()},
                                          {QStringLiteral("format"), formatName},
                                          {QStringLiteral("dtype"), dtypeName}})
                    .toJson(QJsonDocument::Compact) +
                '\n');
    return 0;
}

} // namespace bertlab::cli
