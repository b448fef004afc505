#include "core/tasks/extraction_settings.h"

#include "core/translation.h"

#include <QStringList>

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

namespace bertlab::core {

namespace {

constexpr auto kFormat = "bertlab-extraction";
constexpr int kVersion = 1;

QString tr(const char* text) {
    return translateCore(text, {"bertlab::core::ExtractionSettings", "bertlab::core"});
}

} // namespace

ExtractionSettings ExtractionSettings::fromSpec(const ExtractionJobSpec& spec, const QString& modelFolder) {
    ExtractionSettings s;
    QJsonObject& o = s.options;
    o.insert(QStringLiteral("model"), modelFolder);
    o.insert(QStringLiteral("input"), spec.inputPath);
    o.insert(QStringLiteral("output"), spec.outputPath);
    o.insert(QStringLiteral("format"), embeddingFormatSuffix(spec.format));
    using Kind = TextSourceOptions::Kind;
    o.insert(QStringLiteral("input-format"), spec.source.kind == Kind::Csv   ? QStringLiteral("csv")
                                             : spec.source.kind == Kind::Tsv ? QStringLiteral("tsv")
                                                                             : QStringLiteral("lines"));
    if (spec.source.kind != Kind::Lines) {
        o.insert(QStringLiteral("text-column"), spec.source.textColumnName.isEmpty()
                                                    ? QString::number(spec.source.textColumn)
                                                    : spec.source.textColumnName);
        if (!spec.source.secondColumnName.isEmpty() || spec.source.secondColumn >= 0)
            o.insert(QStringLiteral("second-column"), spec.source.secondColumnName.isEmpty()
                                                          ? QString::number(spec.source.secondColumn)
                                                          : spec.source.secondColumnName);
    }
    if (spec.source.stopOnBadRecord)
        o.insert(QStringLiteral("strict"), true);
    QStringList poolings;
    for (Pooling p : spec.params.poolings)
        poolings << poolingName(p);
    if (!poolings.isEmpty())
        o.insert(QStringLiteral("pooling"), poolings.join(u','));
    QStringList layers;
    for (int i : spec.params.layers.indices)
        layers << QString::number(i);
    o.insert(QStringLiteral("output-layers"), spec.params.layers.lastN ? QString::number(*spec.params.layers.lastN)
                                                                       : layers.join(u','));
    if (spec.params.maxLength > 0)
        o.insert(QStringLiteral("max-len"), QString::number(spec.params.maxLength));
    o.insert(QStringLiteral("batch-size"), QString::number(spec.params.batchSize));
    o.insert(QStringLiteral("long-texts"), longTextName(spec.params.longText));
    if (spec.tokenizer.cased)
        o.insert(QStringLiteral("cased"), true);
    o.insert(QStringLiteral("mode"), tokenizerModeName(spec.tokenizer.mode));
    return s;
}

QByteArray ExtractionSettings::toJson() const {
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), QLatin1String(kFormat)},
                                     {QStringLiteral("version"), kVersion},
                                     {QStringLiteral("options"), options}})
        .toJson(QJsonDocument::Indented);
}

Status ExtractionSettings::save(const QString& path) const {
    QSaveFile file(path);
    const QByteArray bytes = toJson();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{tr("%1: cannot write it: %2").arg(path, file.errorString())};
    return Ok{};
}

bool ExtractionSettings::isExtractionSettings(const QByteArray& bytes) {
    return QJsonDocument::fromJson(bytes).object().value(QStringLiteral("format")).toString() ==
           QLatin1String(kFormat);
}

Result<ExtractionSettings> ExtractionSettings::fromJson(const QByteArray& bytes, const QString& source) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Error{tr("%1: not JSON (%2)").arg(source, parseError.errorString())};
    const QJsonObject json = doc.object();
    if (json.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        return Error{tr("%1: not BertLab extraction settings (its \"format\" is not \"%2\")")
                         .arg(source, QLatin1String(kFormat))};
    if (json.value(QStringLiteral("version")).toInt() != kVersion)
        return Error{tr("%1: extraction settings of version %2; this BertLab reads version %3")
                         .arg(source)
                         .arg(json.value(QStringLiteral("version")).toInt())
                         .arg(kVersion)};
    ExtractionSettings settings;
    settings.options = json.value(QStringLiteral("options")).toObject();
    static const QRegularExpression name(QStringLiteral("^[a-z][a-z0-9-]{0,40}$"));
    for (auto it = settings.options.begin(); it != settings.options.end(); ++it) {
        if (!name.match(it.key()).hasMatch() || !(it.value().isString() || it.value().isBool()))
            return Error{tr("%1: option “%2” is not a name with a text or true/false value")
                             .arg(source, it.key().left(60))};
    }
    return settings;
}

Result<ExtractionSettings> ExtractionSettings::load(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("%1: cannot read it: %2").arg(path, file.errorString())};
    if (file.size() > (1 << 20))
        return Error{tr("%1: too large for extraction settings").arg(path)};
    return fromJson(file.readAll(), path);
}

} // namespace bertlab::core
