// The built-in pretrained catalog (keras-bert's list, Google's base/large and the 24 small BERTs), user
// entries and the mirror that rewrites every built-in URL.
#include "core/hub/catalog.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace bertlab::core;

class TestCatalog final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void builtInParses();
    void kerasBertEntries_data();
    void kerasBertEntries();
    void googleBaseAndLarge();
    void smallBerts();
    void mirror_data();
    void mirror();
    void mirrorRefusesNonsense();
    void userEntries();
    void badCatalogs_data();
    void badCatalogs();
};

void TestCatalog::builtInParses() {
    const auto catalog = Catalog::builtIn();
    QVERIFY2(catalog.ok(), qPrintable(catalog.errorString()));
    QCOMPARE(catalog->entries().size(), 5 + 4 + 24);
    QSet<QString> ids, targets;
    for (const CatalogEntry& e : catalog->entries()) {
        ids.insert(e.id);
        targets.insert(e.targetName);
        QVERIFY(!e.userEntry);
        QCOMPARE(e.licence, QStringLiteral("Apache-2.0"));
        QVERIFY2(e.layers > 0 && e.hidden > 0 && e.heads > 0 && e.hidden % e.heads == 0, qPrintable(e.id));
        QVERIFY(!e.language.isEmpty());
        QVERIFY(e.sha256.isEmpty() || e.sha256.size() == 64);
        for (const QString& u : e.urls) {
            // Only the publishers' own storage: no package registry, no third-party host.
            const QUrl url(u);
            QCOMPARE(url.scheme(), QStringLiteral("https"));
            QCOMPARE(url.host(), QStringLiteral("storage.googleapis.com"));
            QVERIFY(url.path().endsWith(QStringLiteral(".zip")));
        }
    }
    QCOMPARE(ids.size(), catalog->entries().size());
    QCOMPARE(targets.size(), catalog->entries().size()); // each installs into its own folder
}

void TestCatalog::kerasBertEntries_data() {
    // keras-bert's PretrainedList (keras_bert/datasets/pretrained.py): URL, extract_name, target_name.
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("target");
    QTest::addColumn<int>("layers");
    QTest::addColumn<bool>("cased");
    const QString g = QStringLiteral("https://storage.googleapis.com/bert_models/");
    QTest::newRow("multi_cased_base") << g + QStringLiteral("2018_11_23/multi_cased_L-12_H-768_A-12.zip")
                                      << QStringLiteral("multi_cased_L-12_H-768_A-12")
                                      << QStringLiteral("multi_cased_L-12_H-768_A-12") << 12 << true;
    QTest::newRow("chinese_base") << g + QStringLiteral("2018_11_03/chinese_L-12_H-768_A-12.zip")
                                  << QStringLiteral("chinese_L-12_H-768_A-12")
                                  << QStringLiteral("chinese_L-12_H-768_A-12") << 12 << false;
    QTest::newRow("wwm_uncased_large") << g + QStringLiteral("2019_05_30/wwm_uncased_L-24_H-1024_A-16.zip")
                                       << QStringLiteral("wwm_uncased_L-24_H-1024_A-16")
                                       << QStringLiteral("wwm_uncased_L-24_H-1024_A-16") << 24 << false;
    QTest::newRow("wwm_cased_large") << g + QStringLiteral("2019_05_30/wwm_cased_L-24_H-1024_A-16.zip")
                                     << QStringLiteral("wwm_cased_L-24_H-1024_A-16")
                                     << QStringLiteral("wwm_cased_L-24_H-1024_A-16") << 24 << true;
    QTest::newRow("chinese_wwm_base")
        << QStringLiteral(
               "https://storage.googleapis.com/hfl-rc/chinese-bert/chinese_wwm_L-12_H-768_A-12.zip")
        << QStringLiteral("publish") << QStringLiteral("chinese_wwm_L-12_H-768_A-12") << 12 << false;
}

void TestCatalog::kerasBertEntries() {
    QFETCH(QString, url);
    QFETCH(QString, folder);
    QFETCH(QString, target);
    QFETCH(int, layers);
    QFETCH(bool, cased);
    const auto catalog = Catalog::builtIn();
    QVERIFY(catalog.ok());
    const CatalogEntry* e = catalog->find(QString::fromLatin1(QTest::currentDataTag()));
    QVERIFY(e);
    QCOMPARE(e->urls, QStringList{url});
    QCOMPARE(e->archiveFolder, folder);
    QCOMPARE(e->targetName, target);
    QCOMPARE(e->layers, layers);
    QCOMPARE(e->cased, cased);
    QCOMPARE(catalog->urls(*e), QList<QUrl>{QUrl(url)}); // no mirror: as written
}

void TestCatalog::googleBaseAndLarge() {
    const auto catalog = Catalog::builtIn();
    QVERIFY(catalog.ok());
    const struct {
        const char* id;
        const char* file;
        int layers, hidden, heads;
        bool cased;
    } expected[] = {{"uncased_base", "uncased_L-12_H-768_A-12", 12, 768, 12, false},
                    {"cased_base", "cased_L-12_H-768_A-12", 12, 768, 12, true},
                    {"uncased_large", "uncased_L-24_H-1024_A-16", 24, 1024, 16, false},
                    {"cased_large", "cased_L-24_H-1024_A-16", 24, 1024, 16, true}};
    for (const auto& x : expected) {
        const CatalogEntry* e = catalog->find(QLatin1String(x.id));
        QVERIFY2(e, x.id);
        QCOMPARE(e->urls.first(), QStringLiteral("https://storage.googleapis.com/bert_models/2018_10_18/") +
                                      QLatin1String(x.file) + QStringLiteral(".zip"));
        QCOMPARE(e->archiveFolder, QLatin1String(x.file));
        QCOMPARE(e->layers, x.layers);
        QCOMPARE(e->hidden, x.hidden);
        QCOMPARE(e->heads, x.heads);
        QCOMPARE(e->cased, x.cased);
        QCOMPARE(e->language, QStringLiteral("en"));
    }
}

void TestCatalog::smallBerts() {
    const auto catalog = Catalog::builtIn();
    QVERIFY(catalog.ok());
    int found = 0;
    for (int layers : {2, 4, 6, 8, 10, 12}) {
        for (int hidden : {128, 256, 512, 768}) {
            const QString name =
                QStringLiteral("uncased_L-%1_H-%2_A-%3").arg(layers).arg(hidden).arg(hidden / 64);
            const CatalogEntry* e = catalog->find(QStringLiteral("small_") + name);
            QVERIFY2(e, qPrintable(name));
            QCOMPARE(e->urls.first(),
                     QStringLiteral("https://storage.googleapis.com/bert_models/2020_02_20/") + name +
                         QStringLiteral(".zip"));
            QCOMPARE(e->layers, layers);
            QCOMPARE(e->hidden, hidden);
            QCOMPARE(e->heads, hidden / 64);
            QVERIFY(!e->cased);
            QVERIFY(e->archiveFolder.isEmpty()); // detected on import
            ++found;
        }
    }
    QCOMPARE(found, 24);
    QVERIFY(catalog->find(QStringLiteral("small_uncased_L-2_H-128_A-2"))->displayName.contains(u"BERT-Tiny"));
}

void TestCatalog::mirror_data() {
    QTest::addColumn<QString>("mirror");
    QTest::addColumn<QString>("expected");
    QTest::newRow("host only") << QStringLiteral("https://mirror.example.org")
                               << QStringLiteral("https://mirror.example.org/bert_models/2018_10_18/"
                                                 "uncased_L-12_H-768_A-12.zip");
    QTest::newRow("path prefix, port, http") << QStringLiteral("http://127.0.0.1:8080/cache/bert/")
                                             << QStringLiteral("http://127.0.0.1:8080/cache/bert/bert_models/"
                                                               "2018_10_18/uncased_L-12_H-768_A-12.zip");
    QTest::newRow("cleared") << QString()
                             << QStringLiteral("https://storage.googleapis.com/bert_models/2018_10_18/"
                                               "uncased_L-12_H-768_A-12.zip");
}

void TestCatalog::mirror() {
    QFETCH(QString, mirror);
    QFETCH(QString, expected);
    auto catalog = Catalog::builtIn();
    QVERIFY(catalog.ok());
    QVERIFY(catalog->addUserEntry(QStringLiteral("mine"), QStringLiteral("https://example.org/m.zip")).ok());
    QVERIFY(catalog->setMirror(QStringLiteral("https://stale.example.org")).ok());
    QVERIFY(catalog->setMirror(mirror).ok());
    QCOMPARE(catalog->urls(*catalog->find(QStringLiteral("uncased_base"))).first().toString(), expected);
    // Every built-in URL is rewritten; user entries keep theirs.
    for (const CatalogEntry& e : catalog->entries()) {
        const QUrl url = catalog->urls(e).first();
        if (e.userEntry)
            QCOMPARE(url, QUrl(QStringLiteral("https://example.org/m.zip")));
        else if (!mirror.isEmpty())
            QCOMPARE(url.authority(), QUrl(mirror).authority());
    }
    QCOMPARE(Catalog::applyMirror(QUrl(QStringLiteral("https://h/a%20b.zip")), QUrl(mirror)).path(),
             (mirror.isEmpty() ? QString() : QUrl(mirror).path().chopped(mirror.endsWith(u'/') ? 1 : 0)) +
                 QStringLiteral("/a b.zip"));
}

void TestCatalog::mirrorRefusesNonsense() {
    auto catalog = Catalog::builtIn();
    QVERIFY(catalog.ok());
    for (const char* bad :
         {"ftp://mirror.example.org", "mirror.example.org", "https://m.example.org/?q=1", "/local"}) {
        const auto r = catalog->setMirror(QLatin1String(bad));
        QVERIFY2(!r.ok(), bad);
        QVERIFY2(r.errorString().contains(QStringLiteral("http(s)")), qPrintable(r.errorString()));
    }
    QVERIFY(catalog->mirror().isEmpty());
}

void TestCatalog::userEntries() {
    QTemporaryDir tmp;
    const QString file = tmp.path() + QStringLiteral("/user_catalog.json");
    auto catalog = Catalog::builtIn();
    QVERIFY(catalog.ok());
    QVERIFY(catalog->loadUserFile(file).ok()); // missing: empty
    const auto added = catalog->addUserEntry(QStringLiteral("My BERT (v2)"),
                                             QStringLiteral("http://127.0.0.1:9/models/my.tar.gz"));
    QVERIFY2(added.ok(), qPrintable(added.errorString()));
    QCOMPARE(added->id, QStringLiteral("My_BERT__v2_"));
    QCOMPARE(added->targetName, added->id);
    QVERIFY(!catalog->addUserEntry(QStringLiteral("My BERT (v2)"), QStringLiteral("http://x/y.zip")).ok());
    QVERIFY(!catalog->addUserEntry(QStringLiteral("uncased_base"), QStringLiteral("http://x/y.zip")).ok());
    QVERIFY(!catalog->addUserEntry(QStringLiteral("local"), QStringLiteral("file:///etc/passwd")).ok());
    // The error quotes what was typed, also when it does not parse as a URL at all.
    const auto typo = catalog->addUserEntry(QStringLiteral("typo"), QStringLiteral(" not a url "));
    QVERIFY(!typo.ok());
    QCOMPARE(typo.errorString(), QStringLiteral("'not a url' is not an http(s) URL"));
    QVERIFY(!catalog->addUserEntry(QStringLiteral("..."), QStringLiteral("http://x/y.zip")).ok());
    QVERIFY(catalog->setMirror(QStringLiteral("https://mirror.example.org")).ok());
    QVERIFY(catalog->saveUserFile(file).ok());

    auto reloaded = Catalog::builtIn();
    QVERIFY(reloaded.ok());
    QVERIFY(reloaded->loadUserFile(file).ok());
    const CatalogEntry* e = reloaded->find(QStringLiteral("My_BERT__v2_"));
    QVERIFY(e);
    QVERIFY(e->userEntry);
    QCOMPARE(e->displayName, QStringLiteral("My BERT (v2)"));
    QCOMPARE(reloaded->urls(*e).first(), QUrl(QStringLiteral("http://127.0.0.1:9/models/my.tar.gz")));
    QCOMPARE(reloaded->mirror(), QUrl(QStringLiteral("https://mirror.example.org")));
    QVERIFY(reloaded->removeUserEntry(e->id));
    QVERIFY(!reloaded->removeUserEntry(QStringLiteral("uncased_base"))); // built-ins stay
    QCOMPARE(reloaded->entries().size(), 33);

    QFile broken(file);
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{ not json");
    broken.close();
    const auto r = Catalog::builtIn()->loadUserFile(file);
    QVERIFY(!r.ok());
    QVERIFY2(r.errorString().contains(file), qPrintable(r.errorString()));
}

void TestCatalog::badCatalogs_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mention");
    const QByteArray ok = R"("name":"n","urls":["https://h/x.zip"])";
    QTest::newRow("not json") << QByteArray("[") << QStringLiteral("not a catalog");
    QTest::newRow("no models") << QByteArray(R"({"models":[]})") << QStringLiteral("\"models\"");
    QTest::newRow("bad id") << QByteArray(R"({"models":[{"id":"../x",)" + ok + "}]}")
                            << QStringLiteral("\"id\"");
    QTest::newRow("no urls") << QByteArray(R"({"models":[{"id":"a","name":"n","urls":[]}]})")
                             << QStringLiteral("'a'");
    QTest::newRow("ftp url") << QByteArray(R"({"models":[{"id":"a","name":"n","urls":["ftp://h/x"]}]})")
                             << QStringLiteral("ftp://h/x");
    QTest::newRow("bad sha") << QByteArray(R"({"models":[{"id":"a",)" + ok + R"(,"sha256":"abc"}]})")
                             << QStringLiteral("sha256");
    QTest::newRow("duplicate") << QByteArray(R"({"models":[{"id":"a",)" + ok + R"(},{"id":"a",)" + ok + "}]}")
                               << QStringLiteral("twice");
}

void TestCatalog::badCatalogs() {
    QFETCH(QByteArray, json);
    QFETCH(QString, mention);
    const auto catalog = Catalog::fromJson(json, QStringLiteral("test.json"));
    QVERIFY(!catalog.ok());
    QVERIFY2(catalog.errorString().startsWith(QStringLiteral("test.json")),
             qPrintable(catalog.errorString()));
    QVERIFY2(catalog.errorString().contains(mention), qPrintable(catalog.errorString()));
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
