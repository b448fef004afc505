#include "core/tasks/extraction_settings.h"

#include "core/translation.h"

#include <QStringList>

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>

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
        if (!spec.source.keepColumnNames.isEmpty())
            o.insert(QStringLiteral("keep-columns"), spec.source.keepColumnNames.join(u','));
    }
    if (spec.source.stopOnBadRecord)
        o.insert(QStringLiteral("strict"), true);
    QStringList poolings;
    for (Pooling p : spec.params.poolings)
        poolings << poolingName(p);
    if (spec.params.sentenceTransformers)
        o.insert(QStringLiteral("pooling"), QStringLiteral("sentence-transformers"));
    else if (!poolings.isEmpty())
        o.insert(QStringLiteral("pooling"), poolings.join(u','));
    if (spec.params.normalize && !spec.params.sentenceTransformers)
        o.insert(QStringLiteral("normalize"), true);
    QStringList layers;
    for (int i : spec.params.layers.indices)
        layers << QString::number(i);
    o.insert(QStringLiteral("output-layers"),
             spec.params.layers.lastN ? QString::number(*spec.params.layers.lastN) : layers.join(u','));
    if (spec.params.maxLength > 0)
        o.insert(QStringLiteral("max-len"), QString::number(spec.params.maxLength));
    o.insert(QStringLiteral("batch-size"), QString::number(spec.params.batchSize));
    o.insert(QStringLiteral("long-texts"), longTextName(spec.params.longText));
    o.insert(spec.tokenizer.cased ? QStringLiteral("cased") : QStringLiteral("uncased"), true);
    o.insert(QStringLiteral("mode"), tokenizerModeName(spec.tokenizer.mode));
    return s;
}

namespace {
// "--name needs a whole number >= minimum" unless the option is absent (then `fallback`).
Result<int> intOption(const QJsonObject& o, const QString& name, int fallback, int minimum) {
    if (!o.contains(name))
        return fallback;
    bool ok = false;
    const QString text = o.value(name).toString();
    const int value = text.toInt(&ok);
    if (!ok || value < minimum)
        return Error{tr("--%1 needs a whole number >= %2, not '%3'").arg(name).arg(minimum).arg(text)};
    return value;
}
} // namespace

Result<ExtractionJobSpec> ExtractionSettings::toSpec() const {
    const QJsonObject& o = options;
    const auto text = [&](const char* name, const char* fallback = "") {
        return o.contains(QLatin1String(name)) ? o.value(QLatin1String(name)).toString()
                                               : QString::fromLatin1(fallback);
    };
    ExtractionJobSpec spec;
    ExtractionParams& params = spec.params;
    const QString layers = text("output-layers", "1");
    const auto selection = LayerSelection::parse(layers);
    if (!selection)
        return Error{
            tr("--output-layers '%1': give N >= 1 or a list of layer indices like 0,-1").arg(layers)};
    params.layers = *selection;
    const QString poolingList = text("pooling");
    if (poolingList.trimmed() == u"sentence-transformers") {
        params.sentenceTransformers = true;
    } else {
        for (const QString& name : poolingList.split(u',', Qt::SkipEmptyParts)) {
            const auto pooling = poolingFromName(name.trimmed());
            if (!pooling)
                return Error{
                    tr("--pooling: unknown pooling '%1' (use nsp, max, ave or sentence-transformers)")
                        .arg(name)};
            params.poolings.push_back(*pooling);
        }
    }
    params.normalize = o.value(QStringLiteral("normalize")).toBool();
    auto maxLength = intOption(o, QStringLiteral("max-len"), 0, 2);
    auto batchSize = intOption(o, QStringLiteral("batch-size"), 8, 1);
    for (const auto* value : {&maxLength, &batchSize})
        if (!*value)
            return Error{value->errorString()};
    params.maxLength = *maxLength;
    params.batchSize = *batchSize;
    const QString longTexts = text("long-texts", "truncate");
    const auto longText = longTextFromName(longTexts);
    if (!longText)
        return Error{tr("--long-texts '%1': use truncate or windows").arg(longTexts)};
    params.longText = *longText;
    // x.csv without a format is meant as CSV, not JSON Lines in a file named .csv.
    spec.outputPath = text("output", "-");
    QString formatName = text("format");
    if (!o.contains(QStringLiteral("format"))) {
        const QString suffix = QFileInfo(spec.outputPath).suffix().toLower();
        formatName =
            spec.outputPath != u"-" && embeddingFormatFromName(suffix) ? suffix : QStringLiteral("jsonl");
    }
    const auto format = embeddingFormatFromName(formatName);
    if (!format)
        return Error{tr("--format: unknown format '%1' (use jsonl, csv, tsv or npy)").arg(formatName)};
    spec.format = *format;
    TokenizerChoice choice;
    if (o.value(QStringLiteral("cased")).toBool() && o.value(QStringLiteral("uncased")).toBool())
        return Error{tr("--cased and --uncased: choose one")};
    if (o.value(QStringLiteral("cased")).toBool())
        choice.cased = true;
    else if (o.value(QStringLiteral("uncased")).toBool())
        choice.cased = false;
    const QString mode = text("mode", "auto");
    if (mode != u"auto") {
        choice.mode = tokenizerModeFromName(mode);
        if (!choice.mode)
            return Error{tr("unknown --mode '%1': use auto, google, huggingface or keras-bert").arg(mode)};
    }
    spec.tokenizerChoice = choice;
    spec.tokenizer = choice.resolve(TokenizerOptions{});
    spec.inputPath = text("input", "-");
    spec.textsPerChunk = std::max(params.batchSize, 64);
    TextSourceOptions& source = spec.source;
    source.kind = TextSourceOptions::kindForFile(spec.inputPath);
    if (o.contains(QStringLiteral("input-format"))) {
        const QString kind = text("input-format");
        const auto named = TextSourceOptions::kindFromName(kind);
        if (!named)
            return Error{tr("--input-format '%1': use lines, csv or tsv").arg(kind)};
        source.kind = *named;
    }
    source.stopOnBadRecord = o.value(QStringLiteral("strict")).toBool();
    source.textColumnName = text("text-column");
    source.secondColumnName = text("second-column");
    source.keepColumnNames = TextSourceOptions::columnList(text("keep-columns"));
    if (spec.format == EmbeddingFormat::Npy && spec.outputPath == u"-")
        return Error{tr("--format npy needs --output FILE (it also writes FILE's .index.csv)")};
    return spec;
}

Result<BundleOptions> ExtractionSettings::modelOptions() const {
    BundleOptions bundle;
    auto seqLen = intOption(options, QStringLiteral("seq-len"), 0, 1);
    if (!seqLen)
        return Error{seqLen.errorString()};
    bundle.load.seqLen = *seqLen;
    if (options.contains(QStringLiteral("gelu"))) {
        const QString gelu = option("gelu");
        if (gelu == u"erf")
            bundle.activation = Activation::GeluErf;
        else if (gelu == u"tanh")
            bundle.activation = Activation::GeluTanh;
        else
            return Error{tr("--gelu '%1': use erf or tanh").arg(gelu)};
    }
    return bundle;
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
