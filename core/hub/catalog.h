#pragma once

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace bertlab::core {

// One downloadable model. Built-in entries come from resources/catalog/pretrained.json (embedded in
// bertlab_core as :/bertlab/catalog/pretrained.json); user entries carry only a name and a URL.
struct CatalogEntry {
    QString id;
    QString displayName;
    QStringList urls;                  // as written in the catalog; see Catalog::urls() for the mirrored ones
    std::optional<qint64> archiveSize; // bytes, when known
    QString sha256;                    // lower-case hex; empty when unknown
    QString language;                  // "en", "zh", "multilingual"; empty when unknown
    bool cased = false;
    int layers = 0; // 0 when unknown (user entries)
    int hidden = 0;
    int heads = 0;
    QString licence;
    QString archiveFolder; // the folder inside the archive that holds the model; empty: detect it on import
    QString targetName;    // the folder (model id) created in the store
    QString source;        // where the entry's URL was taken from
    QString notes;
    bool userEntry = false;
};

// The built-in catalog plus the user's own entries and mirror, which live in a small JSON file in the model
// store (ModelStore::userCatalogPath()), so the CLI and the app share them:
//   {"version": 1, "mirror": "https://mirror.example/bert" | null,
//    "entries": [{"id": "...", "name": "...", "url": "https://..."}]}
class Catalog final {
public:
    static constexpr auto builtInResource = ":/bertlab/catalog/pretrained.json";

    // The embedded catalog.
    static Result<Catalog> builtIn();
    // A catalog file (the built-in's format); the error names sourceName and the offending entry.
    static Result<Catalog> fromJson(const QByteArray& json, const QString& sourceName);

    const QList<CatalogEntry>& entries() const { return m_entries; }
    const CatalogEntry* find(const QString& id) const;

    // A mirror replaces the scheme, host and port of every built-in URL and puts its own path in front of the
    // URL's path: mirror https://m.example/bert turns https://storage.googleapis.com/bert_models/x.zip into
    // https://m.example/bert/bert_models/x.zip. User entries keep their URLs (the user wrote them). An empty
    // URL clears the mirror; anything but an absolute http(s) URL is refused.
    Status setMirror(const QString& base); // as typed: an error quotes it
    const QUrl& mirror() const { return m_mirror; }
    static QUrl applyMirror(const QUrl& url, const QUrl& mirror);
    // The entry's URLs as they should be fetched (mirrored where it applies).
    QList<QUrl> urls(const CatalogEntry& entry) const;

    // Adds a user entry named `name` fetched from `url` (http or https). Its id and target folder are the
    // name with anything but letters, digits, '.', '_' and '-' turned into '_'; an id already in the catalog
    // is refused.
    Result<CatalogEntry> addUserEntry(const QString& name, const QString& url); // url as typed
    bool removeUserEntry(const QString& id);

    // Merges the user file (a missing file is an empty one); saveUserFile writes it whole or not at all.
    Status loadUserFile(const QString& path);
    Status saveUserFile(const QString& path) const;

private:
    QList<CatalogEntry> m_entries;
    QUrl m_mirror;
};

} // namespace bertlab::core
