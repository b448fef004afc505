// `bertlab-cli models …` against a temporary store: list, import, remove, catalog; --store and
// BERTLAB_MODEL_STORE; failures exit non-zero with one line on stderr; `models download` against a loopback
// HTTP server.
#include "archive_support.h"
#include "cli_support.h"
#include "http_test_server.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = bertlab::tests::CliRun;
using bertlab::tests::runCli;
using bertlab::tests::verifyCleanFailure;

// The store comes from --store or `envStore`, never from the environment the tests run in.
Run cli(const QStringList& args, const QString& envStore = {}) {
    bertlab::tests::CliOptions options;
    options.modelStore = envStore;
    options.timeoutMs = 60000;
    return runCli(args, options);
}

// Like cli(), but keeps this thread's event loop turning so the loopback server answers meanwhile.
Run cliServing(const QStringList& args) {
    bertlab::tests::CliOptions options;
    options.modelStore = QString();
    options.keepServing = true;
    options.timeoutMs = 20000;
    return runCli(args, options);
}

QString fixture(const char* name) {
    return QStringLiteral(BERTLAB_FIXTURES "/models/") + QLatin1String(name);
}

} // namespace

class TestModelsCli final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void lifecycle();
    void environmentStore();
    void catalog();
    void failures();
    void usage();
    void download();
    void downloadFailures();
};

// The models of `models list --json` that live in the store (the built-in demo model is listed first).
QJsonArray storeModels(const Run& r) {
    QJsonArray out;
    for (const QJsonValue& m : r.json().value(u"models").toArray())
        if (!m.toObject().value(u"builtIn").toBool())
            out.append(m);
    return out;
}

void TestModelsCli::lifecycle() {
    QTemporaryDir tmp;
    const QString store = tmp.path() + QStringLiteral("/store");
    const QStringList s{QStringLiteral("--store"), store};

    Run r = cli(QStringList{QStringLiteral("models"), QStringLiteral("list"), QStringLiteral("--json")} + s);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().value(u"store").toString(), store);
    QCOMPARE(storeModels(r).size(), 0);
    QCOMPARE(r.json().value(u"models").toArray().size(), 1);
    QVERIFY(r.json().value(u"models").toArray().first().toObject().value(u"builtIn").toBool());

    r = cli(QStringList{QStringLiteral("models"), QStringLiteral("import"), fixture("tiny_hf")} + s);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value(u"id").toString(), QStringLiteral("tiny_hf"));
    QCOMPARE(r.json().value(u"format").toString(), QStringLiteral("safetensors"));
    QVERIFY(r.err.isEmpty()); // no progress chatter when stderr is not a terminal

    r = cli(QStringList{QStringLiteral("models"), QStringLiteral("import"), fixture("tiny_tf"),
                        QStringLiteral("--id"), QStringLiteral("tf")} +
            s);
    QVERIFY2(r.exitCode == 0, r.err.constData());

    r = cli(QStringList{QStringLiteral("models"), QStringLiteral("list"), QStringLiteral("--json")} + s);
    QCOMPARE(r.exitCode, 0);
    const QJsonArray models = storeModels(r);
    QCOMPARE(models.size(), 2);
    QCOMPARE(models.at(0).toObject().value(u"id").toString(), QStringLiteral("tf"));
    QCOMPARE(models.at(0).toObject().value(u"format").toString(), QStringLiteral("tf-checkpoint"));
    QVERIFY(models.at(1).toObject().value(u"sizeOnDisk").toDouble() > 0);
    QVERIFY(models.at(1).toObject().value(u"config").toObject().value(u"layers").toInt() > 0);

    r = cli(QStringList{QStringLiteral("models"), QStringLiteral("list")} + s);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("tiny_hf") && r.out.contains("safetensors") && r.out.contains("tf-checkpoint"));

    // Already installed: refused unless --replace, and the installed one is untouched.
    r = cli(QStringList{QStringLiteral("models"), QStringLiteral("import"), fixture("tiny_tf"),
                        QStringLiteral("--id"), QStringLiteral("tiny_hf")} +
            s);
    verifyCleanFailure(r, QStringLiteral("already installed"));
    r = cli(QStringList{QStringLiteral("models"), QStringLiteral("import"), fixture("tiny_tf"),
                        QStringLiteral("--id"), QStringLiteral("tiny_hf"), QStringLiteral("--replace")} +
            s);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value(u"format").toString(), QStringLiteral("tf-checkpoint"));

    r = cli(QStringList{QStringLiteral("models"), QStringLiteral("remove"), QStringLiteral("tiny_hf")} + s);
    QCOMPARE(r.exitCode, 0);
    r = cli(QStringList{QStringLiteral("models"), QStringLiteral("remove"), QStringLiteral("tf")} + s);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QDir(store).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
}

void TestModelsCli::environmentStore() {
    QTemporaryDir tmp;
    const QString store = tmp.path() + QStringLiteral("/env-store");
    Run r = cli({QStringLiteral("models"), QStringLiteral("import"), fixture("tiny_hf")}, store);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(QFileInfo::exists(store + QStringLiteral("/tiny_hf/vocab.txt")));
    r = cli({QStringLiteral("models"), QStringLiteral("list"), QStringLiteral("--json")}, store);
    QCOMPARE(r.json().value(u"store").toString(), store);
    QCOMPARE(storeModels(r).size(), 1);
    // --store beats the environment.
    r = cli({QStringLiteral("models"), QStringLiteral("list"), QStringLiteral("--json"),
             QStringLiteral("--store"), tmp.path() + QStringLiteral("/other")},
            store);
    QCOMPARE(storeModels(r).size(), 0);
}

void TestModelsCli::catalog() {
    QTemporaryDir tmp;
    Run r = cli({QStringLiteral("models"), QStringLiteral("catalog"), QStringLiteral("--json"),
                 QStringLiteral("--store"), tmp.path()});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray models = storeModels(r);
    QCOMPARE(models.size(), 33);
    QStringList ids;
    for (const auto& m : models)
        ids << m.toObject().value(u"id").toString();
    for (const char* id : {"multi_cased_base", "chinese_base", "wwm_uncased_large", "wwm_cased_large",
                           "chinese_wwm_base", "uncased_base", "small_uncased_L-4_H-256_A-4"})
        QVERIFY2(ids.contains(QLatin1String(id)), id);
    QVERIFY(r.json().value(u"mirror").isNull());

    // The store's user file adds entries and a mirror.
    QFile user(tmp.path() + QStringLiteral("/user_catalog.json"));
    QVERIFY(user.open(QIODevice::WriteOnly));
    user.write(
        R"({"version":1,"mirror":"http://127.0.0.1:1/m","entries":[{"name":"mine","url":"http://127.0.0.1:1/x.zip"}]})");
    user.close();
    r = cli({QStringLiteral("models"), QStringLiteral("catalog"), QStringLiteral("--json"),
             QStringLiteral("--store"), tmp.path()});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().value(u"models").toArray().size(), 34);
    QCOMPARE(
        r.json().value(u"models").toArray().first().toObject().value(u"urls").toArray().first().toString(),
        QStringLiteral("http://127.0.0.1:1/m/bert_models/2018_11_23/multi_cased_L-12_H-768_A-12.zip"));

    r = cli({QStringLiteral("models"), QStringLiteral("catalog"), QStringLiteral("--store"), tmp.path()});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("chinese_wwm_base") && r.out.contains("Mirror: http://127.0.0.1:1/m"));
}

void TestModelsCli::failures() {
    QTemporaryDir tmp;
    const QString store = tmp.path() + QStringLiteral("/store");
    const QString bad = tmp.path() + QStringLiteral("/bad.zip");
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("PK\x03\x04 this is not really a zip");
    f.close();
    verifyCleanFailure(
        cli({QStringLiteral("models"), QStringLiteral("import"), bad, QStringLiteral("--store"), store}),
        bad);
    verifyCleanFailure(cli({QStringLiteral("models"), QStringLiteral("import"),
                            tmp.path() + QStringLiteral("/nope"), QStringLiteral("--store"), store}),
                       QStringLiteral("no such file"));
    verifyCleanFailure(cli({QStringLiteral("models"), QStringLiteral("remove"), QStringLiteral("absent"),
                            QStringLiteral("--store"), store}),
                       QStringLiteral("no model 'absent'"));
    verifyCleanFailure(cli({QStringLiteral("models"), QStringLiteral("remove"), QStringLiteral("../store"),
                            QStringLiteral("--store"), store}),
                       QStringLiteral("not a valid model id"));
    verifyCleanFailure(
        cli({QStringLiteral("models"), QStringLiteral("import"), QStringLiteral("--store"), store}),
        QStringLiteral("PATH"));
    verifyCleanFailure(cli({QStringLiteral("models"), QStringLiteral("frobnicate")}),
                       QStringLiteral("frobnicate"));
    QCOMPARE(QDir(store).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
}

void TestModelsCli::usage() {
    Run r = cli({QStringLiteral("models")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("list") && r.err.contains("import") && r.err.contains("remove"));
    r = cli({QStringLiteral("models"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("catalog"));
    r = cli({QStringLiteral("models"), QStringLiteral("import"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("--replace") && r.out.contains("--store"));
    r = cli({QStringLiteral("--help")});
    QVERIFY(r.out.contains("models"));
}

namespace {

// tiny_hf zipped inside a top folder, as the catalog's archives are.
QByteArray zippedTinyHf(const QString& dir) {
    const QString path = dir + QStringLiteral("/tiny_hf.zip");
    const QString error = bertlab::tests::writeArchive(
        path, QStringLiteral("zip"), bertlab::tests::folderItems(fixture("tiny_hf"), "tiny_hf/"));
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

void TestModelsCli::download() {
    QTemporaryDir tmp;
    const QString store = tmp.path() + QStringLiteral("/store");
    const QStringList s{QStringLiteral("--store"), store};
    const QByteArray zip = zippedTinyHf(tmp.path());
    QVERIFY(!zip.isEmpty());
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(zip, QCryptographicHash::Sha256).toHex());
    bertlab::tests::TestServer server;
    server.resource("/files/tiny_hf.zip").body = zip;

    // By URL, verified: installed under the archive's top folder, the archive gone.
    Run r =
        cliServing(QStringList{QStringLiteral("models"), QStringLiteral("download"),
                               server.url("/files/tiny_hf.zip").toString(), QStringLiteral("--sha256"), sha} +
                   s);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value(u"id").toString(), QStringLiteral("tiny_hf"));
    r = cli(QStringList{QStringLiteral("models"), QStringLiteral("list"), QStringLiteral("--json")} + s);
    QJsonArray models = storeModels(r);
    QCOMPARE(models.size(), 1);
    QCOMPARE(models.at(0).toObject().value(u"valid").toBool(), true);
    QCOMPARE(bertlab::tests::treeOf(store).filter(QStringLiteral(".downloads")), QStringList());
    // The downloaded model really runs: `info` loads every tensor.
    const Run info =
        cli({QStringLiteral("info"), QStringLiteral("--model"), store + QStringLiteral("/tiny_hf")});
    QVERIFY2(info.exitCode == 0, info.err.constData());
    QCOMPARE(info.json().value(u"heads").toObject().value(u"mlm").toBool(), true);

    // Already installed: refused before downloading anything.
    const auto requestsBefore = server.requests.size();
    r = cliServing(QStringList{QStringLiteral("models"), QStringLiteral("download"),
                               server.url("/files/tiny_hf.zip").toString(), QStringLiteral("--id"),
                               QStringLiteral("tiny_hf")} +
                   s);
    verifyCleanFailure(r, QStringLiteral("already installed"));
    QCOMPARE(server.requests.size(), requestsBefore);

    // A user catalog entry, by id.
    QFile user(store + QStringLiteral("/user_catalog.json"));
    QVERIFY(user.open(QIODevice::WriteOnly));
    user.write(
        QJsonDocument(QJsonObject{{QStringLiteral("version"), 1},
                                  {QStringLiteral("entries"),
                                   QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("my-tiny")},
                                                          {QStringLiteral("url"),
                                                           server.url("/files/tiny_hf.zip").toString()}}}}})
            .toJson());
    user.close();
    r = cliServing(
        QStringList{QStringLiteral("models"), QStringLiteral("download"), QStringLiteral("my-tiny")} + s);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value(u"id").toString(), QStringLiteral("my-tiny"));
    r = cli(QStringList{QStringLiteral("models"), QStringLiteral("list"), QStringLiteral("--json")} + s);
    models = storeModels(r);
    QCOMPARE(models.size(), 2);
    QCOMPARE(models.at(0).toObject().value(u"id").toString(), QStringLiteral("my-tiny"));
    QVERIFY(models.at(0).toObject().value(u"valid").toBool());

    // A built-in entry through a mirror: the mirror path is asked for (and 404s here).
    r = cliServing(QStringList{QStringLiteral("models"), QStringLiteral("download"),
                               QStringLiteral("uncased_base"), QStringLiteral("--mirror"),
                               server.url("/mirror").toString()} +
                   s);
    QVERIFY(r.exitCode != 0);
    QVERIFY2(server.requests.last().path.startsWith("/mirror/"), server.requests.last().path.constData());
}

void TestModelsCli::downloadFailures() {
    QTemporaryDir tmp;
    const QString store = tmp.path() + QStringLiteral("/store");
    const QStringList s{QStringLiteral("--store"), store};
    const QByteArray zip = zippedTinyHf(tmp.path());
    bertlab::tests::TestServer server;
    server.resource("/tiny_hf.zip").body = zip;
    QVERIFY2(cli(QStringList{QStringLiteral("models"), QStringLiteral("import"), fixture("tiny_tf"),
                             QStringLiteral("--id"), QStringLiteral("tiny_hf")} +
                 s)
                     .exitCode == 0,
             "import");
    const QStringList before = bertlab::tests::treeOf(store);

    // 404: nothing changes.
    Run r = cliServing(QStringList{QStringLiteral("models"), QStringLiteral("download"),
                                   server.url("/missing.zip").toString(), QStringLiteral("--id"),
                                   QStringLiteral("other")} +
                       s);
    verifyCleanFailure(r, QStringLiteral("404"));
    QCOMPARE(bertlab::tests::treeOf(store), before);

    // Checksum mismatch, even with --replace: the installed tiny_hf (a TF checkpoint) survives.
    r = cliServing(QStringList{QStringLiteral("models"), QStringLiteral("download"),
                               server.url("/tiny_hf.zip").toString(), QStringLiteral("--replace"),
                               QStringLiteral("--sha256"), QString(64, u'0')} +
                   s);
    verifyCleanFailure(r, QStringLiteral("SHA-256"));
    QCOMPARE(bertlab::tests::treeOf(store), before);
    r = cli(QStringList{QStringLiteral("models"), QStringLiteral("list"), QStringLiteral("--json")} + s);
    QCOMPARE(storeModels(r).at(0).toObject().value(u"format").toString(), QStringLiteral("tf-checkpoint"));

    // Not a catalog id, not a URL.
    verifyCleanFailure(
        cli(QStringList{QStringLiteral("models"), QStringLiteral("download"), QStringLiteral("no-such")} + s),
        QStringLiteral("no-such"));
    QCOMPARE(bertlab::tests::treeOf(store), before);
}

QTEST_GUILESS_MAIN(TestModelsCli)
#include "tst_models_cli.moc"
