// The model store: list, import (folder and archive), replace, remove, and the rule that a failed import
// never leaves a half model behind nor damages an installed one.
#include "archive_support.h"

#include "core/hub/model_store.h"
#include "core/io/model_loader.h"

#include <QTemporaryDir>
#include <QTest>

using namespace bertlab::core;
using namespace bertlab::tests;

namespace {

QString fixture(const char* name) {
    return QStringLiteral(BERTLAB_FIXTURES "/models/") + QLatin1String(name);
}

qint64 sizeOf(const QString& dir) {
    qint64 total = 0;
    for (const QFileInfo& fi : QDir(dir).entryInfoList(QDir::Files))
        total += fi.size();
    return total;
}

} // namespace

class TestModelStore final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void emptyStore();
    void importFolder();
    void importArchiveWithTopFolder();
    void importArchiveFlat();
    void importArchiveNamedFolder();
    void importRefusesDuplicates();
    void replace();
    void failedImportKeepsInstalledModel_data();
    void failedImportKeepsInstalledModel();
    void cancelledImportLeavesNothing();
    void listShowsProblems();
    void remove();
    void rootOverrides();
    void userCatalogInStore();

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    QString storeDir() const { return m_tmp->path() + QStringLiteral("/store"); }
    QString scratch() const { return m_tmp->path() + QStringLiteral("/scratch"); }
    QStringList storeEntries() const {
        return QDir(storeDir()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    }
};

void TestModelStore::init() {
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    QVERIFY(QDir().mkpath(scratch()));
}

void TestModelStore::emptyStore() {
    ModelStore store(storeDir());
    QCOMPARE(store.root(), storeDir());
    QVERIFY(store.list().isEmpty()); // a missing folder is an empty store
    QVERIFY(!store.find(QStringLiteral("nothing")).ok());
}

void TestModelStore::importFolder() {
    ModelStore store(storeDir());
    const auto hf = store.importFolder(fixture("tiny_hf"));
    QVERIFY2(hf.ok(), qPrintable(hf.errorString()));
    QCOMPARE(hf->id, QStringLiteral("tiny_hf"));
    QVERIFY(hf->valid);
    QCOMPARE(hf->format, QStringLiteral("safetensors"));
    QCOMPARE(hf->sizeOnDisk, sizeOf(fixture("tiny_hf")));
    QVERIFY(hf->config.value(u"layers").toInt() > 0);
    QVERIFY(hf->config.value(u"hidden").toInt() > 0);

    ImportOptions options;
    options.id = QStringLiteral("my-tf.model");
    qint64 lastDone = 0, lastTotal = 0;
    const auto tf = store.importPath(fixture("tiny_tf"), options, [&](qint64 done, qint64 total) {
        lastDone = done;
        lastTotal = total;
        return true;
    });
    QVERIFY2(tf.ok(), qPrintable(tf.errorString()));
    QCOMPARE(tf->format, QStringLiteral("tf-checkpoint"));
    QCOMPARE(lastDone, sizeOf(fixture("tiny_tf")));
    QCOMPARE(lastTotal, lastDone);

    const auto models = store.list();
    QCOMPARE(models.size(), 2);
    QCOMPARE(models.at(0).id, QStringLiteral("my-tf.model"));
    QCOMPARE(models.at(1).id, QStringLiteral("tiny_hf"));
    QVERIFY(loadModel(store.modelPath(QStringLiteral("my-tf.model"))).ok());
    QCOMPARE(storeEntries(), (QStringList{QStringLiteral("my-tf.model"), QStringLiteral("tiny_hf")}));

    // A keras-bert .h5 folder (its shape inside the .h5) and a pytorch_model.bin one install and list as
    // usable models, with no problem reported.
    for (const char* name : {"tiny_keras_h5", "tiny_hf_pytorch_legacy", "tiny_st"}) {
        const auto m = store.importFolder(fixture(name));
        QVERIFY2(m.ok(), qPrintable(m.errorString()));
        QVERIFY(m->valid);
        QVERIFY2(m->problem.isEmpty(), qPrintable(m->problem));
        QVERIFY(loadModel(m->path).ok());
    }
}

void TestModelStore::importArchiveWithTopFolder() {
    const QString archive = scratch() + QStringLiteral("/download.zip");
    QCOMPARE(writeArchive(archive, QStringLiteral("zip"), folderItems(fixture("tiny_hf"), "tiny_hf/")),
             QString());
    ModelStore store(storeDir());
    const auto m = store.importArchive(archive);
    QVERIFY2(m.ok(), qPrintable(m.errorString()));
    QCOMPARE(m->id, QStringLiteral("tiny_hf")); // the archive's top folder names it
    QVERIFY(loadModel(m->path).ok());
    QCOMPARE(storeEntries(), QStringList{QStringLiteral("tiny_hf")});
}

void TestModelStore::importArchiveFlat() {
    // As Google's small BERT zips may be: the files at the archive's root; the archive names the model.
    const QString archive = scratch() + QStringLiteral("/uncased_L-2_H-128_A-2.tar.gz");
    QCOMPARE(writeArchive(archive, QStringLiteral("tar.gz"), folderItems(fixture("tiny_tf"), {})), QString());
    ModelStore store(storeDir());
    const auto m = store.importPath(archive);
    QVERIFY2(m.ok(), qPrintable(m.errorString()));
    QCOMPARE(m->id, QStringLiteral("uncased_L-2_H-128_A-2"));
    QCOMPARE(m->format, QStringLiteral("tf-checkpoint"));
    QVERIFY(loadModel(m->path).ok());
}

void TestModelStore::importArchiveNamedFolder() {
    // keras-bert's chinese_wwm_base: the model is in 'publish', next to other files; installed as targetName.
    QList<ArchiveItem> items = folderItems(fixture("tiny_hf"), "publish/");
    items << ArchiveItem::file("docs/README.txt", "hello");
    const QString archive = scratch() + QStringLiteral("/chinese_wwm.zip");
    QCOMPARE(writeArchive(archive, QStringLiteral("zip"), items), QString());
    ModelStore store(storeDir());

    // Without the folder name nothing can be found (two top-level folders) ...
    const auto notFound = store.importArchive(archive);
    QVERIFY(!notFound.ok());
    QVERIFY2(notFound.errorString().contains(archive) &&
                 notFound.errorString().contains(QStringLiteral("no model")),
             qPrintable(notFound.errorString()));
    QCOMPARE(storeEntries(), QStringList());

    ImportOptions options;
    options.archiveFolder = QStringLiteral("publish");
    options.id = QStringLiteral("chinese_wwm_L-12_H-768_A-12");
    const auto m = store.importArchive(archive, options);
    QVERIFY2(m.ok(), qPrintable(m.errorString()));
    QCOMPARE(storeEntries(), QStringList{options.id});

    options.archiveFolder = QStringLiteral("../publish");
    options.id = QStringLiteral("other");
    QVERIFY(!store.importArchive(archive, options).ok());
    QCOMPARE(storeEntries(), QStringList{QStringLiteral("chinese_wwm_L-12_H-768_A-12")});
}

void TestModelStore::importRefusesDuplicates() {
    ModelStore store(storeDir());
    QVERIFY(store.importFolder(fixture("tiny_hf")).ok());
    const auto again = store.importFolder(fixture("tiny_hf"));
    QVERIFY(!again.ok());
    QVERIFY2(again.errorString().contains(QStringLiteral("already installed")),
             qPrintable(again.errorString()));

    ImportOptions badId;
    badId.id = QStringLiteral("../escape");
    const auto bad = store.importFolder(fixture("tiny_hf"), badId);
    QVERIFY(!bad.ok());
    QVERIFY2(bad.errorString().contains(QStringLiteral("not a valid model id")),
             qPrintable(bad.errorString()));
    QCOMPARE(storeEntries(), QStringList{QStringLiteral("tiny_hf")});
    QVERIFY(!QFileInfo::exists(m_tmp->path() + QStringLiteral("/escape")));
}

void TestModelStore::replace() {
    ModelStore store(storeDir());
    ImportOptions options;
    options.id = QStringLiteral("m");
    QVERIFY(store.importFolder(fixture("tiny_hf"), options).ok());
    options.replace = true;
    const auto replaced = store.importFolder(fixture("tiny_tf"), options);
    QVERIFY2(replaced.ok(), qPrintable(replaced.errorString()));
    QCOMPARE(replaced->format, QStringLiteral("tf-checkpoint"));
    QCOMPARE(storeEntries(), QStringList{QStringLiteral("m")}); // the old copy is gone, no staging left
    QVERIFY(!QFileInfo::exists(store.modelPath(QStringLiteral("m")) + QStringLiteral("/model.safetensors")));
}

void TestModelStore::failedImportKeepsInstalledModel_data() {
    QTest::addColumn<QString>("kind");
    QTest::newRow("hostile archive") << QStringLiteral("hostile");
    QTest::newRow("corrupt archive") << QStringLiteral("corrupt");
    QTest::newRow("archive without a model") << QStringLiteral("nomodel");
    QTest::newRow("folder without a model") << QStringLiteral("folder");
}

void TestModelStore::failedImportKeepsInstalledModel() {
    QFETCH(QString, kind);
    ModelStore store(storeDir());
    ImportOptions options;
    options.id = QStringLiteral("m");
    QVERIFY(store.importFolder(fixture("tiny_hf"), options).ok());
    const auto before = treeOf(store.modelPath(QStringLiteral("m")));

    QString source = scratch() + QStringLiteral("/bad.tar.gz");
    if (kind == u"hostile") {
        QCOMPARE(
            writeArchive(source, QStringLiteral("tar.gz"),
                         {ArchiveItem::file("m/config.json", "{}"), ArchiveItem::file("../../evil", "x")}),
            QString());
    } else if (kind == u"corrupt") {
        QFile f(source);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(randomBytes(5000, 9));
    } else if (kind == u"nomodel") {
        QCOMPARE(
            writeArchive(source, QStringLiteral("tar.gz"), {ArchiveItem::file("m/readme.txt", "no model")}),
            QString());
    } else {
        source = scratch() + QStringLiteral("/notmodel");
        QVERIFY(QDir().mkpath(source));
        QFile f(source + QStringLiteral("/config.json"));
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    options.replace = true;
    const auto result = store.importPath(source, options);
    QVERIFY(!result.ok());
    QVERIFY2(result.errorString().contains(source), qPrintable(result.errorString()));

    QCOMPARE(storeEntries(), QStringList{QStringLiteral("m")});
    QCOMPARE(treeOf(store.modelPath(QStringLiteral("m"))), before);
    QVERIFY(loadModel(store.modelPath(QStringLiteral("m"))).ok());
    QVERIFY(!QFileInfo::exists(m_tmp->path() + QStringLiteral("/evil")));
}

void TestModelStore::cancelledImportLeavesNothing() {
    QList<ArchiveItem> items = folderItems(fixture("tiny_hf"), "big/");
    for (int i = 0; i < 6; ++i)
        items << ArchiveItem::file("big/pad" + QByteArray::number(i), randomBytes(1 << 20, quint32(i)));
    const QString archive = scratch() + QStringLiteral("/big.tar");
    QCOMPARE(writeArchive(archive, QStringLiteral("tar"), items), QString());
    ModelStore store(storeDir());
    int calls = 0;
    const auto m = store.importArchive(archive, {}, [&](qint64, qint64) { return ++calls < 5; });
    QVERIFY(!m.ok());
    QVERIFY2(m.errorString().contains(QStringLiteral("cancelled")), qPrintable(m.errorString()));
    QCOMPARE(storeEntries(), QStringList());

    // Copying a folder can be cancelled as well.
    const auto f = store.importFolder(fixture("tiny_hf"), {}, [](qint64, qint64) { return false; });
    QVERIFY(!f.ok());
    QCOMPARE(storeEntries(), QStringList());
}

void TestModelStore::listShowsProblems() {
    ModelStore store(storeDir());
    QVERIFY(store.importFolder(fixture("tiny_hf")).ok());
    QVERIFY(QDir().mkpath(storeDir() + QStringLiteral("/broken")));
    QVERIFY(QDir().mkpath(storeDir() + QStringLiteral("/.import-leftover"))); // hidden: not a model
    const auto models = store.list();
    QCOMPARE(models.size(), 2);
    QCOMPARE(models.at(0).id, QStringLiteral("broken"));
    QVERIFY(!models.at(0).valid);
    QVERIFY(!models.at(0).problem.isEmpty());
    QVERIFY(models.at(1).valid);
    const QJsonObject json = models.at(0).toJson();
    QCOMPARE(json.value(u"valid").toBool(), false);
    QVERIFY(json.contains(u"problem"));
}

void TestModelStore::remove() {
    ModelStore store(storeDir());
    QVERIFY(store.importFolder(fixture("tiny_hf")).ok());
    // Something next to the store that a sloppy removal could reach.
    QVERIFY(QDir().mkpath(m_tmp->path() + QStringLiteral("/neighbour")));
    for (const QString& bad : {QStringLiteral(".."), QStringLiteral("../neighbour"), QStringLiteral("/tmp"),
                               QStringLiteral(""), QStringLiteral(".import-x"), QStringLiteral("a/b")}) {
        const auto r = store.remove(bad);
        QVERIFY2(!r.ok(), qPrintable(bad));
        QVERIFY2(r.errorString().contains(QStringLiteral("not a valid model id")),
                 qPrintable(r.errorString()));
    }
    QVERIFY(QFileInfo::exists(m_tmp->path() + QStringLiteral("/neighbour")));
    const auto missing = store.remove(QStringLiteral("absent"));
    QVERIFY(!missing.ok());
    QVERIFY2(missing.errorString().contains(QStringLiteral("no model 'absent'")),
             qPrintable(missing.errorString()));

    // A link in the store: only the link goes.
    QVERIFY(
        QFile::link(m_tmp->path() + QStringLiteral("/neighbour"), storeDir() + QStringLiteral("/linked")));
    QVERIFY(store.remove(QStringLiteral("linked")).ok());
    QVERIFY(QFileInfo::exists(m_tmp->path() + QStringLiteral("/neighbour")));

    QVERIFY(store.remove(QStringLiteral("tiny_hf")).ok());
    QCOMPARE(storeEntries(), QStringList());
    QVERIFY(QFileInfo::exists(fixture("tiny_hf") + QStringLiteral("/vocab.txt")));
}

void TestModelStore::rootOverrides() {
    const QByteArray saved = qgetenv(ModelStore::environmentVariable);
    qputenv(ModelStore::environmentVariable, storeDir().toUtf8());
    QCOMPARE(ModelStore::defaultRoot(), storeDir());
    QCOMPARE(ModelStore().root(), storeDir());
    ModelStore store;
    QVERIFY(store.importFolder(fixture("tiny_hf")).ok());
    QVERIFY(QFileInfo::exists(storeDir() + QStringLiteral("/tiny_hf/vocab.txt")));
    store.setRoot(scratch() + QStringLiteral("/other/../other2")); // the setter wins, cleaned
    QCOMPARE(store.root(), scratch() + QStringLiteral("/other2"));
    QVERIFY(store.list().isEmpty());

    qunsetenv(ModelStore::environmentVariable);
    QVERIFY2(ModelStore::defaultRoot().endsWith(QStringLiteral("/BertLab/BertLab/models")),
             qPrintable(ModelStore::defaultRoot()));
    if (!saved.isEmpty())
        qputenv(ModelStore::environmentVariable, saved);
}

void TestModelStore::userCatalogInStore() {
    ModelStore store(storeDir());
    QVERIFY(QDir().mkpath(storeDir()));
    auto catalog = store.catalog();
    QVERIFY2(catalog.ok(), qPrintable(catalog.errorString()));
    const auto builtInCount = catalog->entries().size();
    QVERIFY(catalog->addUserEntry(QStringLiteral("my model"), QStringLiteral("http://127.0.0.1:8080/m.zip"))
                .ok());
    QVERIFY(catalog->setMirror(QStringLiteral("https://mirror.example.org/bert")).ok());
    QVERIFY(catalog->saveUserFile(store.userCatalogPath()).ok());

    const auto reloaded = store.catalog();
    QVERIFY2(reloaded.ok(), qPrintable(reloaded.errorString()));
    QCOMPARE(reloaded->entries().size(), builtInCount + 1);
    QVERIFY(reloaded->find(QStringLiteral("my_model")));
    QCOMPARE(reloaded->mirror(), QUrl(QStringLiteral("https://mirror.example.org/bert")));
    QVERIFY(store.list().isEmpty()); // the user file is not a model
}

QTEST_GUILESS_MAIN(TestModelStore)
#include "tst_model_store.moc"
