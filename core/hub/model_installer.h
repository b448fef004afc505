#pragma once

// Installing a model from the network, one path for the Models page and `bertlab-cli models download`:
// plan (catalog entry or URL → the URLs to try, the checks, the partial file) → download, trying every URL
// → unpack and import into the store → tidy. Both download into the same partial file in the store's
// .downloads folder, so either resumes what the other left.

#include "core/hub/catalog.h"
#include "core/hub/download.h"
#include "core/hub/downloader.h"
#include "core/hub/model_store.h"
#include "core/result.h"

#include <QList>
#include <QString>
#include <QUrl>

namespace bertlab::core {

struct InstallRequest {
    QString what;      // a catalog id, or the http(s) URL of a model archive
    QByteArray sha256; // expected SHA-256 (hex); empty: the catalog's, if it has one
    QString id;        // the installed model's id; empty: the catalog's target name or the archive's
    bool replace = false;
};

struct InstallPlan {
    QString name;            // for people: the catalog's display name, or the URL's file name
    QList<QUrl> urls;        // tried in order until one works (mirror first, when the catalog has one)
    DownloadRequest request; // url = urls.first(); destination = downloadDestination()
    ImportOptions import;
};

// Checks everything that can be checked before spending the bandwidth: the id or URL, the SHA-256's form,
// the id's form, and that no model of that id is installed (unless replace). Errors say what to do.
Result<InstallPlan> planInstall(const ModelStore& store, const Catalog& catalog,
                                const InstallRequest& request);

// Where a download goes: <store>/.downloads/<catalog id or "url">-<archive file name>.
QString downloadDestination(const ModelStore& store, const QString& key, const QUrl& url);

// The archive is complete: unpack it into the store and remove it (it was only a vehicle, and a broken one
// must not be resumed next time), and the downloads folder when empty.
Result<InstalledModel> installDownloaded(ModelStore& store, const InstallPlan& plan,
                                         const ProgressCallback& progress = {});

// After a failed or cancelled download: a partial file without bytes (and its sidecar) is removed, one with
// bytes stays for resuming; the downloads folder goes when empty.
void tidyDownload(const QString& destination);

// The blocking whole, for scripts: download trying every URL in turn, then installDownloaded().
Result<InstalledModel> installModel(ModelStore& store, const InstallPlan& plan,
                                    const DownloadProgressCallback& progress = {});

} // namespace bertlab::core
