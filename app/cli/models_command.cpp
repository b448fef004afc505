// `bertlab-cli models …`: the model store (list, import, remove) and the catalog, for scripts.
#include "cli_common.h"

#include "core/display_format.h"
#include "core/hub/catalog.h"
#include "core/hub/downloader.h"
#include "core/hub/model_installer.h"
#include "core/hub/model_store.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

#include <cstdio>
#include <unistd.h>

namespace bertlab::cli {

namespace {

const char* const modelsUsage =
    "Usage: bertlab-cli models SUBCOMMAND [OPTIONS]\n\n"
    "Subcommands:\n"
    "  list [--json]                 installed models: format, size on disk, config\n"
    "  import PATH [--id ID]         install a model folder or archive (zip, tar.gz, tar.bz2, tar.xz)\n"
    "         [--replace]            replace an installed model of the same id\n"
    "  remove ID                     delete an installed model\n"
    "  download ID|URL               download a catalog model (or an archive URL) and install it\n"
    "         [--sha256 HEX] [--id ID] [--mirror BASE] [--replace]\n"
    "  catalog [--json]              the models that can be downloaded\n\n"
    "Every subcommand takes --store DIR (default: $BERTLAB_MODEL_STORE, else the app's data folder).\n";

QCommandLineOption storeOption() {
    return {QStringLiteral("store"),
            QStringLiteral("Model store folder (default: $BERTLAB_MODEL_STORE, else %1).")
                .arg(core::ModelStore::defaultRoot()),
            QStringLiteral("DIR")};
}

QCommandLineOption jsonOption() {
    return {QStringLiteral("json"), QStringLiteral("Write JSON instead of a table.")};
}

core::ModelStore storeFrom(CommandParser& cmd) {
    const QString dir = cmd.parser().value(QStringLiteral("store"));
    return dir.isEmpty() ? core::ModelStore() : core::ModelStore(dir);
}

QString humanSize(qint64 bytes) {
    return core::sizeText(bytes, 1, QLocale::c());
}

void expectPositionals(CommandParser& cmd, const QString& sub, int count, const QString& what) {
    if (cmd.parser().positionalArguments().size() != count)
        fail(
            count == 0
                ? QStringLiteral("'models %1' takes no arguments").arg(sub)
                : QStringLiteral("'models %1' needs %2 (see 'bertlab-cli models %1 --help')").arg(sub, what));
}

int listModels(CommandParser& cmd, const QStringList& args) {
    cmd.addOption(jsonOption());
    cmd.process(args);
    expectPositionals(cmd, QStringLiteral("list"), 0, {});
    const core::ModelStore store = storeFrom(cmd);
    const auto models = store.listWithBuiltIn();
    if (cmd.parser().isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const auto& m : models)
            array.append(m.toJson());
        const QJsonObject root{{QStringLiteral("store"), store.root()}, {QStringLiteral("models"), array}};
        writeStdout(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return 0;
    }
    QString out = QStringLiteral("Store: %1\n").arg(store.root());
    if (models.isEmpty() || (models.size() == 1 && models.first().builtIn))
        out += QStringLiteral("No models installed in the store.\n");
    for (const auto& m : models) {
        const QJsonObject& c = m.config;
        const QString shape = c.isEmpty() ? QStringLiteral("-")
                                          : QStringLiteral("L-%1 H-%2 A-%3")
                                                .arg(c.value(u"layers").toInt())
                                                .arg(c.value(u"hidden").toInt())
                                                .arg(c.value(u"heads").toInt());
        out += QStringLiteral("%1 %2 %3 %4")
                   .arg(m.id, -32)
                   .arg(m.valid ? m.format : QStringLiteral("not-a-model"), -14)
                   .arg(humanSize(m.sizeOnDisk), 10)
                   .arg(shape);
        if (!m.problem.isEmpty())
            out += QStringLiteral("  (%1)").arg(m.problem);
        if (m.builtIn)
            out += QStringLiteral("  (built in: the BertLab demo model, %1)").arg(m.path);
        out += u'\n';
    }
    writeStdout(out.toUtf8());
    return 0;
}

int importModel(CommandParser& cmd, const QStringList& args) {
    cmd.addPositional(QStringLiteral("PATH"), QStringLiteral("A model folder or an archive."));
    cmd.addOption({QStringLiteral("id"),
                   QStringLiteral("The installed model's id (default: the folder's or archive's name)."),
                   QStringLiteral("ID")});
    cmd.addOption({QStringLiteral("replace"),
                   QStringLiteral("Replace an installed model of the same id (kept if the import fails).")});
    cmd.process(args);
    expectPositionals(cmd, QStringLiteral("import"), 1, QStringLiteral("a folder or archive PATH"));
    core::ModelStore store = storeFrom(cmd);
    core::ImportOptions options;
    options.id = cmd.parser().value(QStringLiteral("id"));
    options.replace = cmd.parser().isSet(QStringLiteral("replace"));

    // Progress on stderr for people at a terminal; scripts get a quiet stderr unless something fails.
    const bool showProgress = isatty(fileno(stderr)) != 0;
    QElapsedTimer sinceLast;
    sinceLast.start();
    int lastPercent = -1;
    const auto progress = [&](qint64 done, qint64 total) {
        const int percent = total > 0 ? int(std::min<qint64>(100, done * 100 / total)) : 0;
        if (showProgress && percent != lastPercent && (sinceLast.elapsed() >= 200 || percent == 100)) {
            std::fprintf(stderr, "\rimporting: %3d%%", percent);
            std::fflush(stderr);
            lastPercent = percent;
            sinceLast.restart();
        }
        return true;
    };
    const auto installed = store.importPath(cmd.parser().positionalArguments().first(), options, progress);
    if (showProgress && lastPercent >= 0)
        std::fprintf(stderr, "\n");
    if (!installed)
        fail(installed.errorString());
    writeStdout(QJsonDocument(installed->toJson()).toJson(QJsonDocument::Indented));
    return 0;
}

int removeModel(CommandParser& cmd, const QStringList& args) {
    cmd.addPositional(QStringLiteral("ID"), QStringLiteral("The installed model to delete."));
    cmd.process(args);
    expectPositionals(cmd, QStringLiteral("remove"), 1, QStringLiteral("a model ID"));
    core::ModelStore store = storeFrom(cmd);
    const QString id = cmd.parser().positionalArguments().first();
    if (auto removed = store.remove(id); !removed)
        fail(removed.errorString());
    writeStdout(QStringLiteral("removed %1\n").arg(id).toUtf8());
    return 0;
}

// Where a download lands before it is unpacked: a hidden folder of the store, so a partial file is never
// listed as a model and a later run resumes it.
int downloadModel(CommandParser& cmd, const QStringList& args) {
    cmd.addPositional(
        QStringLiteral("ID|URL"),
        QStringLiteral("A catalog id (see 'models catalog') or the http(s) URL of a model archive."));
    cmd.addOption({QStringLiteral("sha256"),
                   QStringLiteral("Expected SHA-256 of the archive (64 hex digits; default: the catalog's)."),
                   QStringLiteral("HEX")});
    cmd.addOption({QStringLiteral("id"),
                   QStringLiteral("The installed model's id (default: the catalog's target name, or the "
                                  "archive's model folder or name)."),
                   QStringLiteral("ID")});
    cmd.addOption(
        {QStringLiteral("mirror"),
         QStringLiteral("Fetch catalog models from this base URL instead of their hosts (default: the "
                        "store's mirror setting)."),
         QStringLiteral("BASE")});
    cmd.addOption({QStringLiteral("replace"),
                   QStringLiteral("Replace an installed model of the same id (kept if anything fails).")});
    cmd.process(args);
    expectPositionals(cmd, QStringLiteral("download"), 1, QStringLiteral("a catalog ID or a URL"));
    core::ModelStore store = storeFrom(cmd);
    auto catalog = store.catalog();
    if (!catalog)
        fail(catalog.errorString());
    if (cmd.parser().isSet(QStringLiteral("mirror"))) {
        const QString mirror = cmd.parser().value(QStringLiteral("mirror"));
        if (auto set = catalog->setMirror(mirror); !set)
            fail(QStringLiteral("--mirror '%1': %2").arg(mirror, set.errorString()));
    }
    core::InstallRequest request;
    request.what = cmd.parser().positionalArguments().first();
    request.sha256 = cmd.parser().value(QStringLiteral("sha256")).toLatin1();
    request.id = cmd.parser().value(QStringLiteral("id"));
    request.replace = cmd.parser().isSet(QStringLiteral("replace"));
    const auto plan = core::planInstall(store, *catalog, request);
    if (!plan)
        fail(plan.errorString() + (plan.errorString().contains(u"already installed")
                                       ? QStringLiteral(" (use --replace)")
                                       : QString()));

    const bool showProgress = isatty(fileno(stderr)) != 0;
    QElapsedTimer clock;
    clock.start();
    qint64 lastShown = -1000;
    const auto progress = [&](const core::DownloadProgress& p) {
        if (showProgress && clock.elapsed() - lastShown >= 250) {
            lastShown = clock.elapsed();
            const QString line = p.total > 0
                                     ? QStringLiteral("\rdownloading: %1 / %2 (%3%)   ")
                                           .arg(humanSize(p.received), humanSize(p.total))
                                           .arg(p.received * 100 / p.total)
                                     : QStringLiteral("\rdownloading: %1   ").arg(humanSize(p.received));
            std::fputs(line.toUtf8().constData(), stderr);
            std::fflush(stderr);
        }
        return true;
    };
    // The same installer the Models page uses: the same partial file, so either resumes the other's download.
    const auto installed = core::installModel(store, *plan, progress);
    if (showProgress && lastShown >= 0)
        std::fputs("\n", stderr);
    if (!installed)
        fail(installed.errorString());
    writeStdout(QJsonDocument(installed->toJson()).toJson(QJsonDocument::Indented));
    return 0;
}

int showCatalog(CommandParser& cmd, const QStringList& args) {
    cmd.addOption(jsonOption());
    cmd.process(args);
    expectPositionals(cmd, QStringLiteral("catalog"), 0, {});
    const core::ModelStore store = storeFrom(cmd);
    const auto catalog = store.catalog();
    if (!catalog)
        fail(catalog.errorString());
    if (cmd.parser().isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const auto& e : catalog->entries()) {
            QJsonArray urls;
            for (const QUrl& u : catalog->urls(e))
                urls.append(u.toString());
            array.append(QJsonObject{
                {QStringLiteral("id"), e.id},
                {QStringLiteral("name"), e.displayName},
                {QStringLiteral("urls"), urls},
                {QStringLiteral("archiveSize"),
                 e.archiveSize ? QJsonValue(double(*e.archiveSize)) : QJsonValue()},
                {QStringLiteral("sha256"), e.sha256.isEmpty() ? QJsonValue() : QJsonValue(e.sha256)},
                {QStringLiteral("language"), e.language},
                {QStringLiteral("cased"), e.cased},
                {QStringLiteral("layers"), e.layers},
                {QStringLiteral("hidden"), e.hidden},
                {QStringLiteral("heads"), e.heads},
                {QStringLiteral("licence"), e.licence},
                {QStringLiteral("archiveFolder"), e.archiveFolder.isEmpty() ? QJsonValue() : e.archiveFolder},
                {QStringLiteral("targetName"), e.targetName},
                {QStringLiteral("user"), e.userEntry},
                {QStringLiteral("installed"), store.find(e.targetName).ok()}});
        }
        const QJsonObject root{{QStringLiteral("mirror"), catalog->mirror().isEmpty()
                                                              ? QJsonValue()
                                                              : QJsonValue(catalog->mirror().toString())},
                               {QStringLiteral("models"), array}};
        writeStdout(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return 0;
    }
    QString out;
    for (const auto& e : catalog->entries()) {
        const QString shape = e.layers > 0
                                  ? QStringLiteral("L-%1 H-%2 A-%3").arg(e.layers).arg(e.hidden).arg(e.heads)
                                  : QStringLiteral("-");
        out += QStringLiteral("%1 %2 %3 %4 %5\n")
                   .arg(e.id, -32)
                   .arg(e.language.isEmpty() ? QStringLiteral("-") : e.language, -13)
                   .arg(e.userEntry ? QStringLiteral("-")
                                    : (e.cased ? QStringLiteral("cased") : QStringLiteral("uncased")),
                        -8)
                   .arg(shape, -18)
                   .arg(e.displayName);
    }
    if (!catalog->mirror().isEmpty())
        out += QStringLiteral("Mirror: %1\n").arg(catalog->mirror().toString());
    writeStdout(out.toUtf8());
    return 0;
}

} // namespace

int runModels(const QStringList& args) {
    const QString sub = args.value(1);
    if (sub.isEmpty() || sub == u"--help" || sub == u"-h" || sub == u"help") {
        std::fputs(modelsUsage, sub.isEmpty() ? stderr : stdout);
        return sub.isEmpty() ? 2 : 0;
    }
    // QCommandLineParser sees "models SUB" as the program, so `--help` shows the subcommand's options.
    QStringList rest = args;
    rest.removeAt(1);
    using Handler = int (*)(CommandParser&, const QStringList&);
    const struct {
        const char* name;
        Handler run;
        const char* description;
    } subcommands[] = {
        {"list", listModels, "Installed models: format, size on disk and config."},
        {"import", importModel,
         "Install a model folder or archive (zip, tar.gz, tar.bz2, tar.xz) into the store."},
        {"remove", removeModel, "Delete an installed model."},
        {"download", downloadModel,
         "Download a catalog model or a model archive URL, verify it and install it into the store."},
        {"catalog", showCatalog,
         "The built-in catalog of downloadable models, with the store's user entries."},
    };
    for (const auto& s : subcommands) {
        if (sub == QLatin1String(s.name)) {
            CommandParser cmd(QStringLiteral("models ") + sub, QString::fromLatin1(s.description), false,
                              false);
            cmd.addOption(storeOption());
            return s.run(cmd, rest);
        }
    }
    fail(QStringLiteral("unknown 'models' subcommand '%1' (see 'bertlab-cli models --help')").arg(sub));
}

} // namespace bertlab::cli
