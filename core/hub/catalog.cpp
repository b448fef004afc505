#include "core/hub/catalog.h"

#include "core/hub/model_store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

namespace bertlab::core {

namespace {

bool isWebUrl(const QUrl& url) {
    return url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https") && !url.host().isEmpty();
}

Result<CatalogEntry> parseEntry(const QJsonObject& o, const QString& where) {
    CatalogEntry e;
    e.id = o.value(u"id").toString();
    if (!isValidModelId(e.id))
        return Error{QStringLiteral("%1: invalid or missing \"id\"").arg(where)};
    const QString at = QStringLiteral("%1 ('%2')").arg(where, e.id);
    e.displayName = o.value(u"name").toString();
    if (e.displayName.isEmpty())
        return Error{QStringLiteral("%1: missing \"name\"").arg(at)};
    for (const QJsonValue& u : o.value(u"urls").toArray()) {
        if (!isWebUrl(QUrl(u.toString())))
            return Error{QStringLiteral("%1: \"%2\" is not an http(s) URL").arg(at, u.toString())};
        e.urls << u.toString();
    }
    if (e.urls.isEmpty())
        return Error{QStringLiteral("%1: \"urls\" needs at least one URL").arg(at)};
    const QJsonValue size = o.value(u"archiveSize");
    if (!size.isNull() && !size.isUndefined()) {
        if (!size.isDouble() || size.toDouble() <= 0)
            return Error{QStringLiteral("%1: \"archiveSize\" must be a positive number or null").arg(at)};
        e.archiveSize = qint64(size.toDouble());
    }
    const QJsonValue sha = o.value(u"sha256");
    if (!sha.isNull() && !sha.isUndefined()) {
        static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]{64}$"));
        if (!hex.match(sha.toString()).hasMatch())
            return Error{QStringLiteral("%1: \"sha256\" must be 64 hex digits or null").arg(at)};
        e.sha256 = sha.toString().toLower();
    }
    e.language = o.value(u"language").toString();
    e.cased = o.value(u"cased").toBool();
    e.layers = o.value(u"layers").toInt();
    e.hidden = o.value(u"hidden").toInt();
    e.heads = o.value(u"heads").toInt();
    e.licence = o.value(u"licence").toString();
    e.archiveFolder = o.value(u"archiveFolder").toString();
    e.targetName = o.value(u"targetName").toString(e.id);
    if (!isValidModelId(e.targetName))
        return Error{
            QStringLiteral("%1: \"targetName\" '%2' is not a valid folder name").arg(at, e.targetName)};
    e.source = o.value(u"source").toString();
    e.notes = o.value(u"notes").toString();
    return e;
}

QString idFromName(const QString& name) {
    QString id;
    for (const QChar c : name.trimmed())
        id += (c.isLetterOrNumber() && c.unicode() < 128) || c == u'.' || c == u'_' || c == u'-' ? c : u'_';
    while (id.startsWith(u'.'))
        id.remove(0, 1);
    return id.left(128);
}

} // namespace

Result<Catalog> Catalog::builtIn() {
    QFile file(QString::fromLatin1(builtInResource));
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("cannot read the built-in catalog %1: %2")
                         .arg(QString::fromLatin1(builtInResource), file.errorString())};
    return fromJson(file.readAll(), QString::fromLatin1(builtInResource));
}

Result<Catalog> Catalog::fromJson(const QByteArray& json, const QString& sourceName) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return Error{QStringLiteral("%1: not a catalog (%2)").arg(sourceName, parseError.errorString())};
    const QJsonArray models = doc.object().value(u"models").toArray();
    if (models.isEmpty())
        return Error{QStringLiteral("%1: \"models\" is missing or empty").arg(sourceName)};
    Catalog catalog;
    for (qsizetype i = 0; i < models.size(); ++i) {
        auto entry =
            parseEntry(models.at(i).toObject(), QStringLiteral("%1: model %2").arg(sourceName).arg(i));
        if (!entry)
            return Error{entry.errorString()};
        if (catalog.find(entry->id))
            return Error{QStringLiteral("%1: model id '%2' appears twice").arg(sourceName, entry->id)};
        catalog.m_entries << std::move(entry).value();
    }
    return catalog;
}

const CatalogEntry* Catalog::find(const QString& id) const {
    for (const CatalogEntry& e : m_entries)
        if (e.id == id)
            return &e;
    return nullptr;
}

Status Catalog::setMirror(const QString& text) {
    const QUrl base(text.trimmed(), QUrl::StrictMode);
    if (text.trimmed().isEmpty()) {
        m_mirror = QUrl();
        return Ok{};
    }
    if (!isWebUrl(base) || base.hasQuery() || base.hasFragment())
        return Error{QStringLiteral("mirror '%1' must be an absolute http(s) URL without query or fragment")
                         .arg(text.trimmed())};
    m_mirror = base;
    return Ok{};
}

QUrl Catalog::applyMirror(const QUrl& url, const QUrl& mirror) {
    if (mirror.isEmpty())
        return url;
    QUrl out = url;
    out.setScheme(mirror.scheme());
    out.setAuthority(mirror.authority());
    QString prefix = mirror.path(QUrl::FullyEncoded);
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    out.setPath(prefix + url.path(QUrl::FullyEncoded), QUrl::TolerantMode);
    return out;
}

QList<QUrl> Catalog::urls(const CatalogEntry& entry) const {
    QList<QUrl> out;
    for (const QString& u : entry.urls)
        out << (entry.userEntry ? QUrl(u) : applyMirror(QUrl(u), m_mirror));
    return out;
}

Result<CatalogEntry> Catalog::addUserEntry(const QString& name, const QString& urlText) {
    const QUrl url(urlText.trimmed(), QUrl::StrictMode);
    const QString id = idFromName(name);
    if (!isValidModelId(id))
        return Error{
            QStringLiteral("'%1' cannot name a model: use letters, digits, '.', '_' or '-'").arg(name)};
    if (find(id))
        return Error{QStringLiteral("the catalog already has a model '%1'").arg(id)};
    if (!isWebUrl(url))
        return Error{QStringLiteral("'%1' is not an http(s) URL").arg(urlText.trimmed())};
    CatalogEntry e;
    e.id = id;
    e.displayName = name.trimmed();
    e.urls << url.toString(QUrl::FullyEncoded);
    e.targetName = id;
    e.source = QStringLiteral("user");
    e.userEntry = true;
    m_entries << e;
    return e;
}

bool Catalog::removeUserEntry(const QString& id) {
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).id == id && m_entries.at(i).userEntry) {
            m_entries.removeAt(i);
            return true;
        }
    }
    return false;
}

Status Catalog::loadUserFile(const QString& path) {
    QFile file(path);
    if (!file.exists())
        return Ok{};
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("cannot read %1: %2").arg(path, file.errorString())};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        return Error{QStringLiteral("%1: not a user catalog (%2)").arg(path, parseError.errorString())};
    const QJsonObject root = doc.object();
    if (const QString mirror = root.value(u"mirror").toString(); !mirror.isEmpty()) {
        if (auto set = setMirror(mirror); !set)
            return Error{QStringLiteral("%1: %2").arg(path, set.errorString())};
    }
    const QJsonArray entries = root.value(u"entries").toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject o = entries.at(i).toObject();
        const QString name = o.value(u"name").toString(o.value(u"id").toString());
        auto added = addUserEntry(name, o.value(u"url").toString());
        if (!added)
            return Error{QStringLiteral("%1: entry %2: %3").arg(path).arg(i).arg(added.errorString())};
    }
    return Ok{};
}

Status Catalog::saveUserFile(const QString& path) const {
    QJsonArray entries;
    for (const CatalogEntry& e : m_entries) {
        if (e.userEntry)
            entries.append(QJsonObject{{QStringLiteral("id"), e.id},
                                       {QStringLiteral("name"), e.displayName},
                                       {QStringLiteral("url"), e.urls.value(0)}});
    }
    const QJsonObject root{
        {QStringLiteral("version"), 1},
        {QStringLiteral("mirror"), m_mirror.isEmpty() ? QJsonValue() : QJsonValue(m_mirror.toString())},
        {QStringLiteral("entries"), entries}};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson()) < 0 || !file.commit())
        return Error{QStringLiteral("cannot write %1: %2").arg(path, file.errorString())};
    return Ok{};
}

} // namespace bertlab::core
