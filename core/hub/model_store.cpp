#include "core/hub/model_store.h"

#include "core/hub/demo_model.h"
#include "core/io/model_loader.h"
#include "core/logging.h"
#include "core/model/bert_config.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>

namespace bertlab::core {

namespace {

// The GUI's QCoreApplication organisation and application names (app/gui/main.cpp).
constexpr auto appOrganisation = "BertLab";
constexpr auto appName = "BertLab";

qint64 folderSize(const QString& path) {
    qint64 total = 0;
    QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

InstalledModel describe(const QString& id, const QString& path) {
    InstalledModel m;
    m.id = id;
    m.path = path;
    m.sizeOnDisk = folderSize(path);
    const auto files = detectModelFolder(path);
    if (!files) {
        m.problem = files.errorString();
        return m;
    }
    m.valid = true;
    m.format = modelFormatName(files->format);
    // A keras-bert .h5 keeps its shape inside the file (model_config): reading it means reading the whole
    // file, too slow for a listing, so its shape is left unknown rather than called an error.
    if (files->configPath.isEmpty())
        return m;
    const auto config = BertConfig::fromJsonFile(files->configPath);
    if (!config) {
        m.problem = config.errorString();
        return m;
    }
    m.config = QJsonObject{{QStringLiteral("layers"), config->numLayers},
                           {QStringLiteral("hidden"), config->hiddenSize},
                           {QStringLiteral("heads"), config->numHeads},
                           {QStringLiteral("intermediate"), config->intermediateSize},
                           {QStringLiteral("vocab"), config->vocabSize},
                           {QStringLiteral("maxPositions"), config->maxPositions},
                           {QStringLiteral("hiddenAct"), config->hiddenActName}};
    return m;
}

// "uncased_L-2_H-128_A-2.zip" -> "uncased_L-2_H-128_A-2"; also .tar.gz, .tgz, .tar.bz2, .tbz2, .tar.xz, .txz.
QString archiveStem(const QString& path) {
    QString name = QFileInfo(path).fileName();
    for (const auto* suffix : {".tar.gz", ".tar.bz2", ".tar.xz", ".tgz", ".tbz2", ".txz", ".tar", ".zip"}) {
        if (name.endsWith(QLatin1String(suffix), Qt::CaseInsensitive)) {
            name.chop(qsizetype(qstrlen(suffix)));
            break;
        }
    }
    return name;
}

// The folder that holds the model: `dir` itself or, following single sub-folders (archives usually wrap the
// model in one top folder), the first one detectModelFolder() accepts. Archive-tool litter such as macOS's
// __MACOSX folder is ignored.
Result<QString> locateModel(const QString& dir) {
    QString current = dir;
    for (int depth = 0; depth < 4; ++depth) {
        const auto files = detectModelFolder(current);
        if (files)
            return current;
        QStringList subdirs = QDir(current).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        subdirs.removeAll(QStringLiteral("__MACOSX"));
        if (subdirs.size() != 1)
            return Error{QStringLiteral("no model folder in it (%1)").arg(files.errorString())};
        current += u'/' + subdirs.first();
    }
    return Error{QStringLiteral("no model folder in it (nested too deep)")};
}

// Copies regular files and folders (symbolic links are followed: a Hugging Face cache snapshot is links),
// chunk by chunk so `progress` can stop a large copy.
class FolderCopy final {
public:
    FolderCopy(const ProgressCallback& progress, qint64 total)
        : m_progress(progress)
        , m_total(total) {}

    Status copy(const QString& from, const QString& to, int depth = 0) {
        if (depth > 16)
            return Error{QStringLiteral("cannot copy %1: folders nested too deep (a link loop?)").arg(from)};
        if (!QDir().mkpath(to))
            return Error{QStringLiteral("cannot create %1").arg(to)};
        const auto entries =
            QDir(from).entryInfoList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
        for (const QFileInfo& fi : entries) {
            const QString target = to + u'/' + fi.fileName();
            Status done = fi.isDir() ? copy(fi.absoluteFilePath(), target, depth + 1)
                                     : copyFile(fi.absoluteFilePath(), target);
            if (!done)
                return done;
        }
        return Ok{};
    }

private:
    Status copyFile(const QString& from, const QString& to) {
        QFile in(from), out(to);
        if (!in.open(QIODevice::ReadOnly))
            return Error{QStringLiteral("cannot read %1: %2").arg(from, in.errorString())};
        if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return Error{QStringLiteral("cannot write %1: %2").arg(to, out.errorString())};
        QByteArray buffer(1 << 20, Qt::Uninitialized);
        for (;;) {
            const qint64 n = in.read(buffer.data(), buffer.size());
            if (n < 0)
                return Error{QStringLiteral("cannot read %1: %2").arg(from, in.errorString())};
            if (n == 0)
                break;
            if (out.write(buffer.constData(), n) != n)
                return Error{QStringLiteral("cannot write %1: %2").arg(to, out.errorString())};
            m_done += n;
            if (m_progress && !m_progress(m_done, m_total))
                return Error{QStringLiteral("copying %1 was cancelled").arg(from)};
        }
        out.close();
        if (out.error() != QFileDevice::NoError)
            return Error{QStringLiteral("cannot write %1: %2").arg(to, out.errorString())};
        return Ok{};
    }

    const ProgressCallback& m_progress;
    qint64 m_total = 0;
    qint64 m_done = 0;
};

} // namespace

bool isValidModelId(const QString& id) {
    if (id.isEmpty() || id.size() > 128 || id.startsWith(u'.'))
        return false;
    return std::all_of(id.begin(), id.end(), [](QChar c) {
        return (c.unicode() < 128 && c.isLetterOrNumber()) || c == u'.' || c == u'_' || c == u'-';
    });
}

QJsonObject InstalledModel::toJson() const {
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("path"), path},
                  {QStringLiteral("valid"), valid},
                  {QStringLiteral("format"), format.isEmpty() ? QJsonValue() : QJsonValue(format)},
                  {QStringLiteral("sizeOnDisk"), double(sizeOnDisk)},
                  {QStringLiteral("config"), config}};
    if (!problem.isEmpty())
        o.insert(QStringLiteral("problem"), problem);
    if (builtIn)
        o.insert(QStringLiteral("builtIn"), true);
    return o;
}

QString ModelStore::defaultRoot() {
    const QString fromEnv = qEnvironmentVariable(environmentVariable);
    if (!fromEnv.isEmpty())
        return QDir::cleanPath(QDir(fromEnv).absolutePath());
    // AppDataLocation is GenericDataLocation/<organisation>/<application> on Linux and macOS; spelled out so
    // that bertlab-cli (another application name) shares the GUI's store.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u'/' +
           QLatin1String(appOrganisation) + u'/' + QLatin1String(appName) + QStringLiteral("/models");
}

ModelStore::ModelStore(const QString& root) {
    setRoot(root);
}

void ModelStore::setRoot(const QString& root) {
    m_root = QDir::cleanPath(QDir(root).absolutePath());
}

Result<Catalog> ModelStore::catalog() const {
    auto catalog = Catalog::builtIn();
    if (!catalog)
        return catalog;
    if (auto user = catalog->loadUserFile(userCatalogPath()); !user)
        return Error{user.errorString()};
    return catalog;
}

QList<InstalledModel> ModelStore::list() const {
    QList<InstalledModel> out;
    const QStringList ids = QDir(m_root).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString& id : ids) {
        if (isValidModelId(id)) // hidden staging folders and odd names are not models
            out << describe(id, modelPath(id));
    }
    return out;
}

QList<InstalledModel> ModelStore::listWithBuiltIn() const {
    QList<InstalledModel> out;
    if (const QString demo = DemoModel::directory(); !demo.isEmpty()) {
        out << describe(QLatin1String(DemoModel::id), demo);
        out.last().builtIn = true;
    }
    return out + list();
}

Result<InstalledModel> ModelStore::find(const QString& id) const {
    if (!isValidModelId(id))
        return Error{QStringLiteral("'%1' is not a valid model id").arg(id)};
    if (!QFileInfo(modelPath(id)).isDir())
        return Error{QStringLiteral("no model '%1' in the store %2").arg(id, m_root)};
    return describe(id, modelPath(id));
}

Status ModelStore::remove(const QString& id) {
    // The id check keeps the removal inside the store: no separators, no "..", no hidden names.
    if (!isValidModelId(id))
        return Error{QStringLiteral("'%1' is not a valid model id").arg(id)};
    const QString path = modelPath(id);
    const QFileInfo info(path);
    if (info.isSymLink()) {
        if (!QFile::remove(path))
            return Error{QStringLiteral("cannot remove the link %1").arg(path)};
        return Ok{};
    }
    if (!info.isDir() && id == QLatin1String(DemoModel::id))
        return Error{QStringLiteral("'%1' is the BertLab demo model, which is built in and cannot be removed")
                         .arg(id)};
    if (!info.isDir())
        return Error{QStringLiteral("no model '%1' in the store %2").arg(id, m_root)};
    QTemporaryDir trash(m_root + QStringLiteral("/.removing-XXXXXX"));
    if (!trash.isValid())
        return Error{QStringLiteral("cannot remove %1: %2").arg(path, trash.errorString())};
    const QString moved = trash.path() + u'/' + id;
    if (!QDir().rename(path, moved))
        return Error{QStringLiteral("cannot remove %1: it cannot be moved (in use or read-only?)").arg(path)};
    if (!QDir(trash.path()).removeRecursively())
        qCWarning(lcHub) << "could not delete everything in" << trash.path();
    return Ok{};
}

Result<InstalledModel> ModelStore::importPath(const QString& path, const ImportOptions& options,
                                              const ProgressCallback& progress) {
    const QFileInfo info(path);
    if (info.isDir())
        return importFolder(path, options, progress);
    if (info.isFile())
        return importArchive(path, options, progress);
    return Error{QStringLiteral("cannot import %1: no such file or folder").arg(path)};
}

Result<InstalledModel> ModelStore::importFolder(const QString& folder, const ImportOptions& options,
                                                const ProgressCallback& progress) {
    const QString source = QDir::cleanPath(QDir(folder).absolutePath());
    auto located = locateModel(source);
    if (!located)
        return Error{QStringLiteral("cannot import %1: %2").arg(source, located.errorString())};
    const QString id = options.id.isEmpty() ? QFileInfo(*located).fileName() : options.id;
    if (!isValidModelId(id))
        return Error{
            QStringLiteral("cannot import %1: '%2' is not a valid model id (use --id)").arg(source, id)};
    if (QDir::cleanPath(*located) == modelPath(id))
        return Error{
            QStringLiteral("cannot import %1: it is already the store's model '%2'").arg(source, id)};
    if (!options.replace && QFileInfo::exists(modelPath(id)))
        return Error{QStringLiteral("cannot import %1: a model '%2' is already installed").arg(source, id)};
    if (!QDir().mkpath(m_root))
        return Error{QStringLiteral("cannot create the model store %1").arg(m_root)};

    QTemporaryDir staging(m_root + QStringLiteral("/.import-XXXXXX"));
    if (!staging.isValid())
        return Error{QStringLiteral("cannot import %1: %2").arg(source, staging.errorString())};
    const QString staged = staging.path() + QStringLiteral("/model");
    FolderCopy copier(progress, folderSize(*located));
    if (auto copied = copier.copy(*located, staged); !copied)
        return Error{QStringLiteral("cannot import %1: %2").arg(source, copied.errorString())};
    return install(staged, id, options.replace, staging);
}

Result<InstalledModel> ModelStore::importArchive(const QString& archivePath, const ImportOptions& options,
                                                 const ProgressCallback& progress) {
    if (!options.id.isEmpty() && !isValidModelId(options.id))
        return Error{
            QStringLiteral("cannot import %1: '%2' is not a valid model id").arg(archivePath, options.id)};
    if (!options.replace && !options.id.isEmpty() && QFileInfo::exists(modelPath(options.id)))
        return Error{QStringLiteral("cannot import %1: a model '%2' is already installed")
                         .arg(archivePath, options.id)};
    if (!QDir().mkpath(m_root))
        return Error{QStringLiteral("cannot create the model store %1").arg(m_root)};

    QTemporaryDir staging(m_root + QStringLiteral("/.import-XXXXXX"));
    if (!staging.isValid())
        return Error{QStringLiteral("cannot import %1: %2").arg(archivePath, staging.errorString())};
    const QString unpacked = staging.path() + QStringLiteral("/unpacked");
    if (auto extracted = extractArchive(archivePath, unpacked, progress, options.limits); !extracted)
        return Error{extracted.errorString()};

    QString modelDir;
    if (!options.archiveFolder.isEmpty()) {
        const QString inside = QDir::cleanPath(unpacked + u'/' + options.archiveFolder);
        if (!inside.startsWith(unpacked + u'/'))
            return Error{QStringLiteral("cannot import %1: folder '%2' is not inside the archive")
                             .arg(archivePath, options.archiveFolder)};
        if (auto files = detectModelFolder(inside); !files)
            return Error{QStringLiteral("cannot import %1: folder '%2' in the archive: %3")
                             .arg(archivePath, options.archiveFolder, files.errorString())};
        modelDir = inside;
    } else {
        auto located = locateModel(unpacked);
        if (!located)
            return Error{QStringLiteral("cannot import %1: %2").arg(archivePath, located.errorString())};
        modelDir = *located;
    }
    QString id = options.id;
    if (id.isEmpty())
        id = modelDir == unpacked ? archiveStem(archivePath) : QFileInfo(modelDir).fileName();
    if (!isValidModelId(id))
        return Error{
            QStringLiteral("cannot import %1: '%2' is not a valid model id (use --id)").arg(archivePath, id)};
    if (!options.replace && QFileInfo::exists(modelPath(id)))
        return Error{
            QStringLiteral("cannot import %1: a model '%2' is already installed").arg(archivePath, id)};
    return install(modelDir, id, options.replace, staging);
}

Result<InstalledModel> ModelStore::install(const QString& stagedModel, const QString& id, bool replace,
                                           QTemporaryDir& staging) {
    if (auto files = detectModelFolder(stagedModel); !files)
        return Error{QStringLiteral("cannot install '%1': %2").arg(id, files.errorString())};
    const QString target = modelPath(id);
    QString previous;
    if (QFileInfo(target).exists() || QFileInfo(target).isSymLink()) {
        if (!replace)
            return Error{QStringLiteral("cannot install '%1': it is already installed").arg(id)};
        // Park the installed model inside the staging folder: restored if the swap fails, deleted with the
        // staging folder once the new one is in place.
        previous = staging.path() + QStringLiteral("/previous");
        if (!QDir().rename(target, previous))
            return Error{
                QStringLiteral("cannot replace %1: it cannot be moved (in use or read-only?)").arg(target)};
    }
    if (!QDir().rename(stagedModel, target)) {
        if (!previous.isEmpty() && !QDir().rename(previous, target)) {
            staging.setAutoRemove(false); // never delete the only copy of the installed model
            return Error{
                QStringLiteral("cannot install '%1', and the previous version could not be put back: "
                               "it is in %2")
                    .arg(id, previous)};
        }
        return Error{QStringLiteral("cannot install '%1': cannot move it to %2").arg(id, target)};
    }
    qCDebug(lcHub) << "installed" << id << "in" << m_root;
    return describe(id, target);
}

} // namespace bertlab::core
