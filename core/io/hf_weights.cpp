#include "core/io/hf_weights.h"

#include "core/translation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace bertlab::core {

namespace {

QString tr(const char* text) {
    return translateCore(
        text, {"bertlab::core::HuggingFaceWeights", "bertlab::core::SafetensorsWeights", "bertlab::core"});
}

// A shard must be a file next to the index: no folders, no way out of the model folder.
bool isPlainFileName(const QString& name) {
    return !name.isEmpty() && !name.contains(u'/') && !name.contains(u'\\') && !name.contains(QChar(0)) &&
           name != QLatin1String(".") && name != QLatin1String("..") && !name.startsWith(u'.');
}

} // namespace

Result<HuggingFaceWeights::Shard> HuggingFaceWeights::openShard(const QString& path) {
    if (path.endsWith(QLatin1String(".safetensors"))) {
        auto reader = SafetensorsReader::open(path);
        if (!reader)
            return Error{reader.errorString()};
        return Shard{std::move(*reader)};
    }
    auto reader = PytorchReader::open(path);
    if (!reader)
        return Error{reader.errorString()};
    return Shard{std::move(*reader)};
}

Result<HuggingFaceWeights> HuggingFaceWeights::open(const QString& path) {
    if (path.endsWith(QLatin1String(".json")))
        return openIndex(path);
    auto shard = openShard(path);
    if (!shard)
        return Error{shard.errorString()};
    HuggingFaceWeights weights;
    weights.m_path = path;
    for (const QString& name : std::visit([](const auto& r) { return r.names(); }, *shard))
        weights.m_shardOf[name] = 0;
    weights.m_shards.push_back(std::move(*shard));
    return weights;
}

Result<HuggingFaceWeights> HuggingFaceWeights::openIndex(const QString& indexPath) {
    const QString shown = QDir::toNativeSeparators(indexPath);
    auto fail = [&](const QString& reason) { return Error{shown + QStringLiteral(": ") + reason}; };
    QFile file(indexPath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("cannot open (%1)").arg(file.errorString()));
    if (file.size() > kMaxIndexSize)
        return fail(tr("%1 bytes is too large for a shard index").arg(file.size()));
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(
            tr("invalid JSON (%1 at offset %2)").arg(parseError.errorString()).arg(parseError.offset));
    if (!doc.isObject() || !doc.object().value(u"weight_map").isObject())
        return fail(tr("not a shard index (no \"weight_map\" object)"));
    const QJsonObject map = doc.object().value(u"weight_map").toObject();
    if (map.isEmpty())
        return fail(tr("its \"weight_map\" names no tensors"));

    HuggingFaceWeights weights;
    weights.m_path = indexPath;
    const QDir folder = QFileInfo(indexPath).absoluteDir();
    std::map<QString, std::size_t> shardByFile;
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (!it.value().isString())
            return fail(tr("tensor '%1': its shard is not a file name").arg(it.key()));
        const QString shard = it.value().toString();
        if (!isPlainFileName(shard))
            return fail(
                tr("tensor '%1': shard '%2' is not a file name in the model's folder").arg(it.key(), shard));
        auto known = shardByFile.find(shard);
        if (known == shardByFile.end()) {
            const QString shardPath = folder.filePath(shard);
            if (!QFileInfo(shardPath).isFile())
                return fail(tr("shard %1 is missing (the index names it for '%2')").arg(shard, it.key()));
            auto reader = openShard(shardPath);
            if (!reader)
                return Error{reader.errorString()};
            known = shardByFile.emplace(shard, weights.m_shards.size()).first;
            weights.m_shards.push_back(std::move(*reader));
        }
        if (!std::visit([&](const auto& r) { return r.entry(it.key()) != nullptr; },
                        weights.m_shards[known->second]))
            return fail(tr("shard %1 does not hold '%2', which the index puts there").arg(shard, it.key()));
        weights.m_shardOf[it.key()] = known->second;
    }
    return weights;
}

QStringList HuggingFaceWeights::names() const {
    QStringList out;
    out.reserve(qsizetype(m_shardOf.size()));
    for (const auto& [name, shard] : m_shardOf)
        out << name;
    return out;
}

Result<TensorMap> HuggingFaceWeights::readTensors(const QStringList& names) const {
    std::vector<QStringList> perShard(m_shards.size());
    for (const QString& name : names) {
        const auto it = m_shardOf.find(name);
        if (it == m_shardOf.end())
            return Error{QDir::toNativeSeparators(m_path) + QStringLiteral(": ") +
                         tr("no tensor named '%1'").arg(name)};
        perShard[it->second] << name;
    }
    TensorMap out;
    for (std::size_t s = 0; s < m_shards.size(); ++s) {
        if (perShard[s].isEmpty())
            continue;
        auto tensors = std::visit([&](const auto& r) { return r.readTensors(perShard[s]); }, m_shards[s]);
        if (!tensors)
            return Error{tensors.errorString()};
        out.merge(*tensors);
    }
    return out;
}

} // namespace bertlab::core
