#pragma once

#include "core/hub/archive_extractor.h"
#include "core/hub/catalog.h"
#include "core/result.h"
#include "core/tasks/progress.h"

#include <QJsonObject>
#include <QList>
#include <QString>

QT_FORWARD_DECLARE_CLASS(QTemporaryDir)

namespace bertlab::core {

// A model id is the name of its folder in the store: 1-128 ASCII letters, digits, '.', '_' or '-', not
// starting with '.' (hidden names are the store's own temporary folders).
bool isValidModelId(const QString& id);

// One folder of the store, as `models list` shows it.
struct InstalledModel {
    QString id;
    QString path;
    bool valid = false; // detectModelFolder() recognises it
    QString format;     // "tf-checkpoint" or "safetensors" when valid
    QString problem;    // why it is not a usable model folder, when not valid
    qint64 sizeOnDisk = 0;
    QJsonObject config; // layers, hidden, heads, intermediate, vocab, maxPositions, hiddenAct (when readable)
    bool builtIn = false; // the demo model that ships with BertLab (not in the store, cannot be removed)

    QJsonObject toJson() const;
};

struct ImportOptions {
    QString id;           // empty: the source folder's name, the archive's model folder or the archive's name
    bool replace = false; // replace an installed model of the same id; the old one survives any failure
    QString archiveFolder; // archives: the folder inside that holds the model (a catalog's archiveFolder);
                           // empty: the archive root or a single top folder, whichever holds a model
    ExtractLimits limits;
};

// The folder that holds installed models, one sub-folder per model. Everything is written into a hidden
// staging folder inside the store first and renamed into place, so an interrupted or failed import never
// leaves a half-copied model that looks installed, and never touches an installed model of the same id.
class ModelStore final {
public:
    static constexpr auto environmentVariable = "BERTLAB_MODEL_STORE";

    // $BERTLAB_MODEL_STORE when set, else the app's QStandardPaths::AppDataLocation + "/models" (spelled out
    // with the GUI's organisation and application names, so the CLI finds the same store).
    static QString defaultRoot();

    // The root wins over everything (the app's setting, the CLI's --store); otherwise use defaultRoot().
    explicit ModelStore(const QString& root = defaultRoot());

    const QString& root() const { return m_root; }
    void setRoot(const QString& root);
    QString modelPath(const QString& id) const { return m_root + u'/' + id; }
    // The user's catalog entries and mirror (see Catalog).
    QString userCatalogPath() const { return m_root + QStringLiteral("/user_catalog.json"); }
    // The built-in catalog merged with the user file.
    Result<Catalog> catalog() const;

    // Installed models sorted by id; folders that are not models are listed with `problem` set.
    QList<InstalledModel> list() const;
    // The built-in demo model (when it is there) first, then list(): what a user can open.
    QList<InstalledModel> listWithBuiltIn() const;
    Result<InstalledModel> find(const QString& id) const;

    // Removes one model folder (a symbolic link in the store: only the link). The folder is first renamed to
    // a hidden name, so a removal cut short never leaves a half model behind under its id.
    Status remove(const QString& id);

    // A folder is copied, an archive unpacked (zip, tar.gz, tar.bz2, tar.xz; see extractArchive()). The
    // result must be a model folder (detectModelFolder()) or nothing is installed. `progress` can stop it.
    Result<InstalledModel> importPath(const QString& path, const ImportOptions& options = {},
                                      const ProgressCallback& progress = {});
    Result<InstalledModel> importFolder(const QString& folder, const ImportOptions& options = {},
                                        const ProgressCallback& progress = {});
    Result<InstalledModel> importArchive(const QString& archivePath, const ImportOptions& options = {},
                                         const ProgressCallback& progress = {});

private:
    Result<InstalledModel> install(const QString& stagedModel, const QString& id, bool replace,
                                   QTemporaryDir& staging);

    QString m_root;
};

} // namespace bertlab::core
