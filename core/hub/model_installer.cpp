#include "core/hub/model_installer.h"

#include "core/translation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace bertlab::core {

namespace {
QString tr(const char* text) {
    return translateCore(text, {"bertlab::core"});
}

bool isHttpUrl(const QUrl& url) {
    return url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https") && !url.host().isEmpty();
}
} // namespace

QString downloadDestination(const ModelStore& store, const QString& key, const QUrl& url) {
    QString fileName = QFileInfo(url.path()).fileName();
    if (fileName.isEmpty() || fileName.startsWith(u'.'))
        fileName = QStringLiteral("download.zip");
    return store.root() + QStringLiteral("/.downloads/") + key + u'-' + fileName;
}

Result<InstallPlan> planInstall(const ModelStore& store, const Catalog& catalog,
                                const InstallRequest& request) {
    InstallPlan plan;
    plan.import.replace = request.replace;
    const QUrl asUrl(request.what, QUrl::StrictMode);
    QString key;
    if (isHttpUrl(asUrl)) {
        plan.urls << asUrl;
        plan.name = QFileInfo(asUrl.path()).fileName();
        key = QStringLiteral("url");
    } else {
        const CatalogEntry* entry = catalog.find(request.what);
        if (!entry)
            return Error{tr("'%1' is neither a catalog id nor an http(s) URL").arg(request.what)};
        plan.urls = catalog.urls(*entry);
        if (plan.urls.isEmpty())
            return Error{tr("the catalog entry '%1' has no URL").arg(request.what)};
        plan.name = entry->displayName;
        plan.request.sha256 = entry->sha256.toLatin1();
        plan.request.expectedSize = entry->archiveSize.value_or(-1);
        plan.import.id = entry->targetName;
        plan.import.archiveFolder = entry->archiveFolder;
        key = entry->id;
    }
    if (!request.sha256.isEmpty()) {
        static const QRegularExpression sha(QStringLiteral("^[0-9a-fA-F]{64}$"));
        const QString hex = QString::fromLatin1(request.sha256).trimmed();
        if (!sha.match(hex).hasMatch())
            return Error{tr("the SHA-256 needs 64 hex digits, not '%1'").arg(hex)};
        plan.request.sha256 = hex.toLower().toLatin1();
    }
    if (!request.id.isEmpty())
        plan.import.id = request.id;
    if (!plan.import.id.isEmpty() && !isValidModelId(plan.import.id))
        return Error{tr("'%1' is not a valid model id").arg(plan.import.id)};
    if (!plan.import.replace && !plan.import.id.isEmpty() &&
        QFileInfo::exists(store.modelPath(plan.import.id)))
        return Error{tr("a model '%1' is already installed in %2; remove it first or replace it")
                         .arg(plan.import.id, store.root())};
    if (!isValidModelId(key)) // a user's catalog id becomes part of a file name
        key = QStringLiteral("model");
    plan.request.url = plan.urls.first();
    plan.request.destination = downloadDestination(store, key, plan.urls.first());
    return plan;
}

void tidyDownload(const QString& destination) {
    const QString part = Download::partialPathFor(destination);
    if (QFileInfo(part).size() == 0) {
        QFile::remove(part);
        QFile::remove(Download::sidecarPathFor(destination));
    }
    QDir().rmdir(QFileInfo(destination).absolutePath()); // only when empty
}

Result<InstalledModel> installDownloaded(ModelStore& store, const InstallPlan& plan,
                                         const ProgressCallback& progress) {
    auto installed = store.importArchive(plan.request.destination, plan.import, progress);
    QFile::remove(plan.request.destination);
    tidyDownload(plan.request.destination);
    return installed;
}

Result<InstalledModel> installModel(ModelStore& store, const InstallPlan& plan,
                                    const DownloadProgressCallback& progress) {
    if (!QDir().mkpath(QFileInfo(plan.request.destination).absolutePath()))
        return Error{tr("cannot create %1").arg(QFileInfo(plan.request.destination).absolutePath())};
    QStringList errors;
    DownloadRequest request = plan.request;
    for (const QUrl& url : plan.urls) {
        request.url = url;
        const Status status = downloadBlocking(request, progress);
        if (status)
            return installDownloaded(store, plan);
        errors << status.errorString();
    }
    tidyDownload(plan.request.destination);
    return Error{errors.join(QStringLiteral("; "))};
}

} // namespace bertlab::core
