#include "core/text/tokenizer_settings.h"

#include "core/translation.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace bertlab::core {

namespace {

QString tr(const char* text) {
    return translateCore(text, {"bertlab::core"});
}

constexpr qint64 kMaxConfigBytes = 1 << 20;                  // tokenizer_config.json: a few settings
constexpr qint64 kMaxTokenizerJsonBytes = qint64(256) << 20; // tokenizer.json holds the whole vocabulary

struct JsonFile {
    QJsonObject object;
    QString shown; // path for messages
};

Result<std::optional<JsonFile>> readObject(const QDir& folder, const QString& name, qint64 limit) {
    const QString path = folder.filePath(name);
    if (!QFile::exists(path))
        return std::optional<JsonFile>();
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("%1: cannot open (%2)").arg(shown, file.errorString())};
    if (file.size() > limit)
        return Error{tr("%1: %2 bytes is too large for a tokenizer file").arg(shown).arg(file.size())};
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{tr("%1: invalid JSON (%2 at offset %3)")
                         .arg(shown, parseError.errorString())
                         .arg(parseError.offset)};
    if (!doc.isObject())
        return Error{tr("%1: not a JSON object").arg(shown)};
    return std::optional<JsonFile>(JsonFile{doc.object(), shown});
}

// A boolean setting: absent or null gives the fallback; any other type is an error.
Result<std::optional<bool>> optionalBool(const JsonFile& file, const char* key,
                                         std::optional<bool> fallback) {
    const QJsonValue value = file.object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (!value.isBool())
        return Error{tr("%1: \"%2\" must be true, false or null").arg(file.shown, QLatin1String(key))};
    return std::optional<bool>(value.toBool());
}

// The three BertNormalizer settings, under the names one file or the other gives them, with
// BertTokenizerFast's defaults (lower-case, accents as the case, split CJK) for what it leaves out.
struct FlagKeys {
    const char* lowercase;
    const char* stripAccents;
    const char* splitCjk;
};

Status readFlags(const JsonFile& file, FlagKeys keys, TokenizerOptions& options) {
    const auto lower = optionalBool(file, keys.lowercase, true);
    const auto strip = optionalBool(file, keys.stripAccents, std::nullopt);
    const auto cjk = optionalBool(file, keys.splitCjk, true);
    for (const auto* r : {&lower, &strip, &cjk}) {
        if (!*r)
            return Error{r->errorString()};
    }
    options.mode = TokenizerMode::HuggingFace;
    options.cased = !**lower;
    options.stripAccents = *strip;
    options.splitCjk = **cjk;
    return Ok{};
}

Result<TokenizerSettings> fromConfig(const JsonFile& file) {
    TokenizerSettings settings;
    settings.source = QStringLiteral("tokenizer_config.json");
    if (Status s =
            readFlags(file, {"do_lower_case", "strip_accents", "tokenize_chinese_chars"}, settings.options);
        !s)
        return Error{s.errorString()};
    const QJsonValue length = file.object.value(u"model_max_length");
    if (!length.isUndefined() && !length.isNull()) {
        if (!length.isDouble() || length.toDouble() < 1)
            return Error{tr("%1: \"model_max_length\" must be a positive number").arg(file.shown)};
        // transformers writes int(1e30) for "no limit".
        if (length.toDouble() < 1e9)
            settings.modelMaxLength = int(length.toDouble());
    }
    return settings;
}

Result<TokenizerSettings> fromTokenizerJson(const JsonFile& file) {
    const QJsonObject normalizer = file.object.value(u"normalizer").toObject();
    const QString type = normalizer.value(u"type").toString();
    if (type != QLatin1String("BertNormalizer"))
        return Error{tr("%1: its normalizer is \"%2\", not BERT's (BertNormalizer); BertLab reproduces "
                        "BERT's tokenizer only")
                         .arg(file.shown, type.isEmpty() ? tr("none") : type)};
    TokenizerSettings settings;
    settings.source = QStringLiteral("tokenizer.json");
    if (Status s = readFlags(JsonFile{normalizer, file.shown},
                             {"lowercase", "strip_accents", "handle_chinese_chars"}, settings.options);
        !s)
        return Error{s.errorString()};
    const QJsonObject truncation = file.object.value(u"truncation").toObject();
    if (truncation.value(u"max_length").isDouble())
        settings.modelMaxLength = std::max(0, truncation.value(u"max_length").toInt());
    return settings;
}

} // namespace

Result<std::optional<TokenizerSettings>> readTokenizerSettings(const QString& directory) {
    const QDir folder(directory);
    auto config = readObject(folder, QStringLiteral("tokenizer_config.json"), kMaxConfigBytes);
    if (!config)
        return Error{config.errorString()};
    if (*config) {
        auto settings = fromConfig(**config);
        if (!settings)
            return Error{settings.errorString()};
        return std::optional<TokenizerSettings>(std::move(*settings));
    }
    auto tokenizerJson = readObject(folder, QStringLiteral("tokenizer.json"), kMaxTokenizerJsonBytes);
    if (!tokenizerJson)
        return Error{tokenizerJson.errorString()};
    if (!*tokenizerJson)
        return std::optional<TokenizerSettings>();
    auto settings = fromTokenizerJson(**tokenizerJson);
    if (!settings)
        return Error{settings.errorString()};
    return std::optional<TokenizerSettings>(std::move(*settings));
}

} // namespace bertlab::core
