#include "core/tasks/sentence_transformers.h"

#include "core/translation.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bertlab::core {

namespace {

QString tr(const char* text) {
    return translateCore(text, {"bertlab::core::SentenceTransformersConfig", "bertlab::core"});
}

constexpr qint64 kMaxJsonBytes = 1 << 20;
const QString kModule = QStringLiteral("sentence_transformers.models.");

// A module's folder: empty (the folder itself) or one plain name inside it, never a way out.
bool isPlainFolderName(const QString& name) {
    return name.isEmpty() || (!name.contains(u'/') && !name.contains(u'\\') && !name.contains(QChar(0)) &&
                              name != QLatin1String(".") && name != QLatin1String(".."));
}

Result<QJsonDocument> readJson(const QString& path) {
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("%1: cannot open (%2)").arg(shown, file.errorString())};
    if (file.size() > kMaxJsonBytes)
        return Error{
            tr("%1: %2 bytes is too large for a sentence-transformers file").arg(shown).arg(file.size())};
    QJsonParseError parseError{};
    QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{tr("%1: invalid JSON (%2 at offset %3)")
                         .arg(shown, parseError.errorString())
                         .arg(parseError.offset)};
    return doc;
}

Status readPooling(const QString& path, SentenceTransformersConfig& config) {
    const auto doc = readJson(path);
    if (!doc)
        return Error{doc.errorString()};
    const QString shown = QDir::toNativeSeparators(path);
    if (!doc->isObject())
        return Error{tr("%1: not a JSON object").arg(shown)};
    const QJsonObject o = doc->object();
    for (const char* unsupported : {"pooling_mode_mean_sqrt_len_tokens", "pooling_mode_weightedmean_tokens",
                                    "pooling_mode_lasttoken"}) {
        if (o.value(QLatin1String(unsupported)).toBool())
            return Error{tr("%1: %2 is not supported (BertLab pools with cls, max and mean)")
                             .arg(shown, QLatin1String(unsupported))};
    }
    // encode() concatenates the modes in this order.
    for (const auto& [key, pooling] : {std::pair{"pooling_mode_cls_token", Pooling::Nsp},
                                       std::pair{"pooling_mode_max_tokens", Pooling::Max},
                                       std::pair{"pooling_mode_mean_tokens", Pooling::Average}}) {
        if (o.value(QLatin1String(key)).toBool())
            config.poolings.push_back(pooling);
    }
    if (config.poolings.empty())
        return Error{tr("%1: no pooling mode is on").arg(shown)};
    return Ok{};
}

Status readTransformerSettings(const QDir& folder, SentenceTransformersConfig& config) {
    const QString path = folder.filePath(QStringLiteral("sentence_bert_config.json"));
    if (!QFile::exists(path))
        return Ok{};
    const auto doc = readJson(path);
    if (!doc)
        return Error{doc.errorString()};
    const QString shown = QDir::toNativeSeparators(path);
    const QJsonObject o = doc->object();
    const QJsonValue length = o.value(u"max_seq_length");
    if (!length.isUndefined() && !length.isNull()) {
        if (!length.isDouble() || length.toDouble() < 2 || length.toDouble() > 1e6)
            return Error{tr("%1: \"max_seq_length\" must be a whole number from 2").arg(shown)};
        config.maxSeqLength = length.toInt();
    }
    config.lowerCase = o.value(u"do_lower_case").toBool();
    return Ok{};
}

} // namespace

QString SentenceTransformersConfig::description() const {
    QStringList modes;
    for (Pooling p : poolings)
        modes << (p == Pooling::Nsp   ? QStringLiteral("cls")
                  : p == Pooling::Max ? QStringLiteral("max")
                                      : QStringLiteral("mean"));
    QString text = tr("%1 pooling").arg(modes.join(QStringLiteral(" + ")));
    if (normalize)
        text += tr(", normalized");
    if (maxSeqLength > 0)
        text += tr(", up to %1 tokens").arg(maxSeqLength);
    return text;
}

void SentenceTransformersConfig::apply(ExtractionParams& params, TokenizerOptions& tokenizer) const {
    params.layers = LayerSelection::last(1);
    params.poolings = poolings;
    params.normalize = normalize;
    if (maxSeqLength > 0)
        params.maxLength = params.maxLength > 0 ? std::min(params.maxLength, maxSeqLength) : maxSeqLength;
    if (lowerCase) {
        // Python's str.lower() of the text first; the tokenizer's own accent setting stays.
        tokenizer.stripAccents = tokenizer.stripsAccents();
        tokenizer.cased = false;
    }
}

Result<std::optional<SentenceTransformersConfig>> readSentenceTransformers(const QString& directory) {
    const QDir folder(directory);
    const QString modulesPath = folder.filePath(QStringLiteral("modules.json"));
    if (!QFile::exists(modulesPath))
        return std::optional<SentenceTransformersConfig>();
    const auto doc = readJson(modulesPath);
    if (!doc)
        return Error{doc.errorString()};
    const QString shown = QDir::toNativeSeparators(modulesPath);
    if (!doc->isArray() || doc->array().isEmpty())
        return Error{tr("%1: not a list of modules").arg(shown)};

    SentenceTransformersConfig config;
    enum { Start, HasTransformer, HasPooling, HasNormalize } stage = Start;
    for (const QJsonValue& value : doc->array()) {
        const QJsonObject module = value.toObject();
        const QString type = module.value(u"type").toString();
        const QString path = module.value(u"path").toString();
        const QString kind = type.startsWith(kModule) ? type.mid(kModule.size()) : type;
        if (!module.value(u"path").isString() || !isPlainFolderName(path))
            return Error{
                tr("%1: module \"%2\": its path must be a folder inside the model folder").arg(shown, kind)};
        if (kind == u"Transformer" && stage == Start) {
            config.transformerFolder = path.isEmpty() ? folder.path() : folder.filePath(path);
            if (!QDir(config.transformerFolder).exists())
                return Error{tr("%1: the Transformer module's folder %2 is missing")
                                 .arg(shown, QDir::toNativeSeparators(config.transformerFolder))};
            if (Status s = readTransformerSettings(QDir(config.transformerFolder), config); !s)
                return Error{s.errorString()};
            stage = HasTransformer;
        } else if (kind == u"Pooling" && stage == HasTransformer) {
            if (Status s = readPooling(folder.filePath(path + QStringLiteral("/config.json")), config); !s)
                return Error{s.errorString()};
            stage = HasPooling;
        } else if (kind == u"Normalize" && stage == HasPooling) {
            config.normalize = true;
            stage = HasNormalize;
        } else {
            return Error{tr("%1: module \"%2\" is not supported here (BertLab runs Transformer, Pooling and "
                            "Normalize, in that order)")
                             .arg(shown, kind.isEmpty() ? tr("(no type)") : kind)};
        }
    }
    if (stage < HasPooling)
        return Error{tr("%1: needs a Transformer and a Pooling module").arg(shown)};
    return std::optional<SentenceTransformersConfig>(std::move(config));
}

} // namespace bertlab::core
