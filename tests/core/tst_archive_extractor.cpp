// Safe unpacking: honest archives of the tiny fixture unpack to a loadable model; hostile ones are refused
// with a message naming the archive and the entry, and leave nothing behind, inside or outside the target.
#include "archive_support.h"

#include "core/hub/archive_extractor.h"
#include "core/io/model_loader.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bertlab::core;
using namespace bertlab::tests;

Q_DECLARE_METATYPE(QList<bertlab::tests::ArchiveItem>)

namespace {

QString fixture(const char* name) {
    return QStringLiteral(BERTLAB_FIXTURES "/models/") + QLatin1String(name);
}

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestArchiveExtractor final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void honest_data();
    void honest();
    void hostile_data();
    void hostile();
    void zipBomb_data();
    void zipBomb();
    void sizeAndEntryLimits();
    void corrupt_data();
    void corrupt();
    void targetExists();
    void cancelMidway();
    void worker();
    void workerCancel();

private:
    // tmp/archives holds the inputs, tmp/out is the target's parent: both are checked after a refusal.
    std::unique_ptr<QTemporaryDir> m_tmp;
    QString archives() const { return m_tmp->path() + QStringLiteral("/archives"); }
    QString out() const { return m_tmp->path() + QStringLiteral("/out"); }
    QString target() const { return out() + QStringLiteral("/model"); }
    void verifyNothingWritten(const QStringList& archiveNames);
};

void TestArchiveExtractor::init() {
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    QVERIFY(QDir().mkpath(archives()));
    QVERIFY(QDir().mkpath(out()));
}

void TestArchiveExtractor::verifyNothingWritten(const QStringList& archiveNames) {
    QCOMPARE(treeOf(out()), QStringList());
    QStringList expected{QStringLiteral("archives"), QStringLiteral("out")};
    for (const QString& name : archiveNames)
        expected << QStringLiteral("archives/") + name;
    expected.sort();
    QCOMPARE(treeOf(m_tmp->path()), expected);
}

void TestArchiveExtractor::honest_data() {
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("fixtureName");
    QTest::newRow("zip hf") << QStringLiteral("zip") << QStringLiteral("tiny_hf");
    QTest::newRow("tar.gz hf") << QStringLiteral("tar.gz") << QStringLiteral("tiny_hf");
    QTest::newRow("tar.bz2 tf") << QStringLiteral("tar.bz2") << QStringLiteral("tiny_tf");
    QTest::newRow("tar.xz tf") << QStringLiteral("tar.xz") << QStringLiteral("tiny_tf");
    QTest::newRow("tar hf") << QStringLiteral("tar") << QStringLiteral("tiny_hf");
}

void TestArchiveExtractor::honest() {
    QFETCH(QString, format);
    QFETCH(QString, fixtureName);
    const QString source = fixture(qPrintable(fixtureName));
    const QString archive = archives() + QStringLiteral("/model.") + format;
    QCOMPARE(writeArchive(archive, format, folderItems(source, fixtureName.toUtf8() + "/")), QString());

    QList<std::pair<qint64, qint64>> calls;
    const auto stats = extractArchive(archive, target(), [&](qint64 done, qint64 total) {
        calls.append({done, total});
        return true;
    });
    QVERIFY2(stats.ok(), qPrintable(stats.errorString()));
    QCOMPARE(stats->files, qint64(QDir(source).entryList(QDir::Files).size()));
    QVERIFY(!calls.isEmpty());
    QCOMPARE(calls.last().first, QFileInfo(archive).size());
    QCOMPARE(calls.last().second, QFileInfo(archive).size());

    const QString unpacked = target() + u'/' + fixtureName;
    for (const QString& name : QDir(source).entryList(QDir::Files))
        QCOMPARE(readAll(unpacked + u'/' + name), readAll(source + u'/' + name));
    const auto loaded = loadModel(unpacked);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorString()));
    QCOMPARE(treeOf(out()).first(), QStringLiteral("model")); // no staging folder left
    QCOMPARE(QDir(out()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("model")});
}

void TestArchiveExtractor::hostile_data() {
    QTest::addColumn<QString>("format");
    QTest::addColumn<QList<ArchiveItem>>("items");
    QTest::addColumn<QString>("entry");
    QTest::addColumn<QString>("reason");

    // An honest first entry, so the refusal comes after something was written.
    const ArchiveItem first = ArchiveItem::file("model/vocab.txt", "[PAD]\n[UNK]\n");
    const QString escapes = QStringLiteral("escapes the target folder");
    const QString symOut = QStringLiteral("symbolic link pointing outside");
    QTest::newRow("../evil") << QStringLiteral("tar.gz")
                             << QList<ArchiveItem>{first, ArchiveItem::file("../evil", "x")}
                             << QStringLiteral("../evil") << escapes;
    QTest::newRow("nested ..") << QStringLiteral("zip")
                               << QList<ArchiveItem>{first, ArchiveItem::file("model/../../evil", "x")}
                               << QStringLiteral("model/../../evil") << escapes;
    // The absolute path points into the row's own temporary folder (@TMP@, known only once init() ran):
    // were it written, treeOf() would show it.
    QTest::newRow("absolute") << QStringLiteral("tar.gz")
                              << QList<ArchiveItem>{first, ArchiveItem::file("@TMP@/abs_evil", "x")}
                              << QStringLiteral("@TMP@/abs_evil") << escapes;
    QTest::newRow("drive letter") << QStringLiteral("zip")
                                  << QList<ArchiveItem>{first, ArchiveItem::file("C:/evil.txt", "x")}
                                  << QStringLiteral("C:/evil.txt") << escapes;
    // libarchive reads the Windows separator as '/', so the message names "../evil.txt".
    QTest::newRow("backslash ..") << QStringLiteral("zip")
                                  << QList<ArchiveItem>{first, ArchiveItem::file("..\\evil.txt", "x")}
                                  << QStringLiteral("../evil.txt") << escapes;
    QTest::newRow("symlink /etc") << QStringLiteral("tar.gz")
                                  << QList<ArchiveItem>{first, ArchiveItem::symlink("model/etc", "/etc")}
                                  << QStringLiteral("model/etc") << symOut;
    QTest::newRow("symlink ../outside")
        << QStringLiteral("tar.gz")
        << QList<ArchiveItem>{first, ArchiveItem::symlink("model/up", "../../outside")}
        << QStringLiteral("model/up") << symOut;
    QTest::newRow("zip symlink /etc")
        << QStringLiteral("zip") << QList<ArchiveItem>{first, ArchiveItem::symlink("model/etc", "/etc")}
        << QStringLiteral("model/etc") << symOut;
    // Links that stay inside are refused too (BertLab never creates links), with a message that says so.
    QTest::newRow("symlink inside") << QStringLiteral("tar.gz")
                                    << QList<ArchiveItem>{first, ArchiveItem::symlink("model/v", "vocab.txt")}
                                    << QStringLiteral("model/v")
                                    << QStringLiteral("links are never unpacked");
    QTest::newRow("hard link out") << QStringLiteral("tar.gz")
                                   << QList<ArchiveItem>{first,
                                                         ArchiveItem::hardlink("model/h", "../../etc/passwd")}
                                   << QStringLiteral("model/h")
                                   << QStringLiteral("hard link pointing outside");
    QTest::newRow("hard link abs") << QStringLiteral("tar.gz")
                                   << QList<ArchiveItem>{first,
                                                         ArchiveItem::hardlink("model/h", "/etc/passwd")}
                                   << QStringLiteral("model/h")
                                   << QStringLiteral("hard link pointing outside");
    QTest::newRow("hard link inside")
        << QStringLiteral("tar.gz")
        << QList<ArchiveItem>{first, ArchiveItem::hardlink("model/h", "model/vocab.txt")}
        << QStringLiteral("model/h") << QStringLiteral("links are never unpacked");
    QTest::newRow("fifo") << QStringLiteral("tar.gz")
                          << QList<ArchiveItem>{first, {"model/pipe", ArchiveItem::Fifo, {}, {}, 0}}
                          << QStringLiteral("model/pipe") << QStringLiteral("is a FIFO");
    QTest::newRow("char device") << QStringLiteral("tar.gz")
                                 << QList<ArchiveItem>{first,
                                                       {"model/null", ArchiveItem::CharDevice, {}, {}, 0}}
                                 << QStringLiteral("model/null") << QStringLiteral("character device");
}

void TestArchiveExtractor::hostile() {
    QFETCH(QString, format);
    QFETCH(QList<ArchiveItem>, items);
    QFETCH(QString, entry);
    QFETCH(QString, reason);
    for (ArchiveItem& item : items)
        item.name.replace("@TMP@", m_tmp->path().toUtf8());
    entry.replace(QStringLiteral("@TMP@"), m_tmp->path());
    const QString archive = archives() + QStringLiteral("/hostile.") + format;
    QCOMPARE(writeArchive(archive, format, items), QString());

    const auto stats = extractArchive(archive, target());
    QVERIFY(!stats.ok());
    const QString message = stats.errorString();
    QVERIFY2(message.contains(archive), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("'") + entry + QStringLiteral("'")), qPrintable(message));
    QVERIFY2(message.contains(reason), qPrintable(message));
    verifyNothingWritten({QStringLiteral("hostile.") + format});
    QVERIFY(!QFileInfo::exists(m_tmp->path() + QStringLiteral("/../evil")));
    QVERIFY(!QFileInfo::exists(out() + QStringLiteral("/../../outside")));
}

void TestArchiveExtractor::zipBomb_data() {
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("declareSize");
    QTest::newRow("zip") << QStringLiteral("zip") << true;
    QTest::newRow("zip, size not declared") << QStringLiteral("zip") << false;
    QTest::newRow("tar.gz") << QStringLiteral("tar.gz") << true;
    // The zip's headers claim 1000 bytes: only counting the bytes actually unpacked catches it.
    QTest::newRow("zip, lying sizes") << QStringLiteral("zip-lying") << true;
}

namespace {

// Rewrites every size field of a zip (local header, central directory, data descriptor) that says `from`.
int patchZipSizes(const QString& path, quint32 from, quint32 to) {
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        return 0;
    QByteArray bytes = f.readAll();
    const auto le = [](quint32 v) {
        QByteArray out(4, '\0');
        for (int k = 0; k < 4; ++k)
            out[k] = char((v >> (8 * k)) & 0xff);
        return out;
    };
    int patched = 0;
    const struct {
        const char* signature;
        int offset;
    } fields[] = {{"PK\x03\x04", 22}, {"PK\x01\x02", 24}, {"PK\x07\x08", 12}};
    for (const auto& field : fields) {
        for (qsizetype at = bytes.indexOf(field.signature); at >= 0;
             at = bytes.indexOf(field.signature, at + 1)) {
            if (bytes.mid(at + field.offset, 4) == le(from)) {
                bytes.replace(at + field.offset, 4, le(to));
                ++patched;
            }
        }
    }
    f.seek(0);
    f.write(bytes);
    return patched;
}

} // namespace

void TestArchiveExtractor::zipBomb() {
    QFETCH(QString, format);
    QFETCH(bool, declareSize);
    // 384 MiB of zeros squeeze into well under a megabyte: a ratio no model archive has.
    ArchiveItem bomb = ArchiveItem::file("model/weights.bin", {});
    bomb.zeros = qint64(384) << 20;
    bomb.declareSize = declareSize;
    const bool lying = format == u"zip-lying";
    if (lying)
        format = QStringLiteral("zip");
    const QString archive = archives() + QStringLiteral("/bomb.") + format;
    QCOMPARE(writeArchive(archive, format, {ArchiveItem::file("model/vocab.txt", "a\n"), bomb}), QString());
    if (lying)
        QVERIFY(patchZipSizes(archive, quint32(bomb.zeros), 1000) > 0);
    qInfo("bomb: %lld-byte %s for %lld unpacked bytes", QFileInfo(archive).size(), qPrintable(format),
          bomb.zeros);

    qint64 consumedAtEnd = 0;
    QElapsedTimer timer;
    timer.start();
    const auto stats = extractArchive(archive, target(), [&](qint64 done, qint64) {
        consumedAtEnd = done;
        return true;
    });
    qInfo("refused after %lld ms, %lld archive bytes read", timer.elapsed(), consumedAtEnd);
    QVERIFY(!stats.ok());
    QVERIFY2(stats.errorString().contains(QStringLiteral("zip bomb")), qPrintable(stats.errorString()));
    QVERIFY2(stats.errorString().contains(QStringLiteral("'model/weights.bin'")),
             qPrintable(stats.errorString()));
    QVERIFY2(stats.errorString().contains(QStringLiteral("compression ratio")),
             qPrintable(stats.errorString()));
    verifyNothingWritten({QStringLiteral("bomb.") + format});
}

void TestArchiveExtractor::sizeAndEntryLimits() {
    // Over the absolute size limit (incompressible data, so the ratio does not trip first).
    const QString big = archives() + QStringLiteral("/big.tar");
    QCOMPARE(writeArchive(big, QStringLiteral("tar"),
                          {ArchiveItem::file("model/a.bin", randomBytes(3 << 20, 1)),
                           ArchiveItem::file("model/b.bin", randomBytes(3 << 20, 2))}),
             QString());
    ExtractLimits limits;
    limits.maxTotalBytes = 4 << 20;
    auto stats = extractArchive(big, target(), {}, limits);
    QVERIFY(!stats.ok());
    QVERIFY2(stats.errorString().contains(QStringLiteral("'model/b.bin'")) &&
                 stats.errorString().contains(QStringLiteral("over the limit of 4194304 bytes")),
             qPrintable(stats.errorString()));

    // Too many entries.
    QList<ArchiveItem> many;
    for (int i = 0; i < 300; ++i)
        many << ArchiveItem::file("model/f" + QByteArray::number(i), "x");
    const QString manyPath = archives() + QStringLiteral("/many.tar.gz");
    QCOMPARE(writeArchive(manyPath, QStringLiteral("tar.gz"), many), QString());
    limits = {};
    limits.maxEntries = 200;
    stats = extractArchive(manyPath, target(), {}, limits);
    QVERIFY(!stats.ok());
    QVERIFY2(stats.errorString().contains(QStringLiteral("'model/f200'")) &&
                 stats.errorString().contains(QStringLiteral("limit of 200 entries")),
             qPrintable(stats.errorString()));
    verifyNothingWritten({QStringLiteral("big.tar"), QStringLiteral("many.tar.gz")});

    // Within the limits, the same archive unpacks.
    limits.maxEntries = 300;
    stats = extractArchive(manyPath, target(), {}, limits);
    QVERIFY2(stats.ok(), qPrintable(stats.errorString()));
    QCOMPARE(stats->files, qint64(300));
}

void TestArchiveExtractor::corrupt_data() {
    QTest::addColumn<QString>("kind");
    QTest::newRow("random bytes") << QStringLiteral("random");
    QTest::newRow("empty file") << QStringLiteral("empty");
    QTest::newRow("truncated zip") << QStringLiteral("zip");
    QTest::newRow("truncated tar.gz") << QStringLiteral("tar.gz");
    QTest::newRow("truncated tar.xz") << QStringLiteral("tar.xz");
    QTest::newRow("missing") << QStringLiteral("missing");
}

void TestArchiveExtractor::corrupt() {
    QFETCH(QString, kind);
    const QString archive = archives() + QStringLiteral("/broken.") + kind;
    if (kind == u"random" || kind == u"empty") {
        QFile f(archive);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kind == u"random" ? randomBytes(100000, 7) : QByteArray());
    } else if (kind != u"missing") {
        // Incompressible contents, so cutting the archive in half cuts into a file's data.
        const auto items = QList<ArchiveItem>{ArchiveItem::file("model/a.bin", randomBytes(200000, 3)),
                                              ArchiveItem::file("model/b.bin", randomBytes(200000, 4))};
        QCOMPARE(writeArchive(archive, kind, items), QString());
        QFile f(archive);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(f.size() / 2));
    }
    const auto stats = extractArchive(archive, target());
    QVERIFY(!stats.ok());
    QVERIFY2(stats.errorString().startsWith(QStringLiteral("cannot unpack ") + archive),
             qPrintable(stats.errorString()));
    qInfo("%s", qPrintable(stats.errorString()));
    verifyNothingWritten(kind == u"missing" ? QStringList() : QStringList{QStringLiteral("broken.") + kind});
}

void TestArchiveExtractor::targetExists() {
    const QString archive = archives() + QStringLiteral("/m.zip");
    QCOMPARE(writeArchive(archive, QStringLiteral("zip"), folderItems(fixture("tiny_hf"), "tiny_hf/")),
             QString());
    QVERIFY(QDir().mkpath(target()));
    QFile keep(target() + QStringLiteral("/keep.txt"));
    QVERIFY(keep.open(QIODevice::WriteOnly));
    keep.write("mine");
    keep.close();
    const auto stats = extractArchive(archive, target());
    QVERIFY(!stats.ok());
    QVERIFY2(stats.errorString().contains(QStringLiteral("already exists")), qPrintable(stats.errorString()));
    QCOMPARE(treeOf(out()), (QStringList{QStringLiteral("model"), QStringLiteral("model/keep.txt")}));
}

void TestArchiveExtractor::cancelMidway() {
    QList<ArchiveItem> items;
    for (int i = 0; i < 8; ++i)
        items << ArchiveItem::file("model/part" + QByteArray::number(i),
                                   randomBytes(1 << 20, quint32(10 + i)));
    const QString archive = archives() + QStringLiteral("/big.tar.gz");
    QCOMPARE(writeArchive(archive, QStringLiteral("tar.gz"), items), QString());
    const qint64 size = QFileInfo(archive).size();
    qint64 stoppedAt = -1;
    const auto stats = extractArchive(archive, target(), [&](qint64 done, qint64) {
        if (done < size / 2)
            return true;
        stoppedAt = done;
        return false;
    });
    QVERIFY(!stats.ok());
    QVERIFY(stoppedAt > 0 && stoppedAt < size);
    QVERIFY2(stats.errorString().contains(QStringLiteral("cancelled")), qPrintable(stats.errorString()));
    verifyNothingWritten({QStringLiteral("big.tar.gz")});
}

void TestArchiveExtractor::worker() {
    const QString archive = archives() + QStringLiteral("/m.tar.gz");
    QCOMPARE(writeArchive(archive, QStringLiteral("tar.gz"), folderItems(fixture("tiny_hf"), "tiny_hf/")),
             QString());
    ArchiveExtractor extractor;
    QSignalSpy progress(&extractor, &ArchiveExtractor::progress);
    QSignalSpy finished(&extractor, &ArchiveExtractor::finished);
    QSignalSpy failed(&extractor, &ArchiveExtractor::failed);
    QVERIFY(extractor.start(archive, target()));
    QVERIFY(finished.wait(30000));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(finished.first().at(0).toString(), target());
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toLongLong(), QFileInfo(archive).size());
    QVERIFY(loadModel(target() + QStringLiteral("/tiny_hf")).ok());
}

void TestArchiveExtractor::workerCancel() {
    QList<ArchiveItem> items;
    for (int i = 0; i < 16; ++i)
        items << ArchiveItem::file("model/part" + QByteArray::number(i),
                                   randomBytes(1 << 20, quint32(40 + i)));
    const QString archive = archives() + QStringLiteral("/big.tar");
    QCOMPARE(writeArchive(archive, QStringLiteral("tar"), items), QString());
    ArchiveExtractor extractor;
    QSignalSpy finished(&extractor, &ArchiveExtractor::finished);
    QSignalSpy failed(&extractor, &ArchiveExtractor::failed);
    QVERIFY(extractor.start(archive, target()));
    QVERIFY(!extractor.start(archive, target())); // one job at a time
    extractor.cancel();
    QVERIFY(failed.wait(30000));
    QCOMPARE(finished.count(), 0);
    QVERIFY2(failed.first().at(0).toString().contains(QStringLiteral("cancelled")),
             qPrintable(failed.first().at(0).toString()));
    verifyNothingWritten({QStringLiteral("big.tar")});
}

QTEST_GUILESS_MAIN(TestArchiveExtractor)
#include "tst_archive_extractor.moc"
