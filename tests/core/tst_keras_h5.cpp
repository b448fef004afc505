// keras-bert models saved by Keras as HDF5: what is read of them, and damaged or foreign files refused with
// the file and the reason (the numbers are compared with keras-bert's in tst_fidelity).
#include "fixture_support.h"

#include "core/io/keras_h5_reader.h"
#include "core/io/model_loader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <hdf5.h>

#include <cstring>

using namespace bertlab::core;
using bertlab::tests::fixturePath;

namespace {

// A fixed-length string-array attribute, as Keras writes layer_names and weight_names.
void writeNames(hid_t object, const char* attribute, const char* name) {
    const hid_t type = H5Tcopy(H5T_C_S1);
    H5Tset_size(type, std::strlen(name));
    const hsize_t one = 1;
    const hid_t space = H5Screate_simple(1, &one, nullptr);
    const hid_t a = H5Acreate2(object, attribute, type, space, H5P_DEFAULT, H5P_DEFAULT);
    H5Awrite(a, type, name);
    H5Aclose(a);
    H5Sclose(space);
    H5Tclose(type);
}

// A weights file whose one embedding table claims rows × 4096 floats but stores none of them.
void writeEmptyPromise(const QString& path, hsize_t rows) {
    const hid_t file =
        H5Fcreate(QFile::encodeName(path).constData(), H5F_ACC_TRUNC, H5P_DEFAULT, H5P_DEFAULT);
    writeNames(file, "layer_names", "Embedding-Token");
    const hid_t layer = H5Gcreate2(file, "Embedding-Token", H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
    writeNames(layer, "weight_names", "embeddings:0");
    const hsize_t dims[2] = {rows, 4096};
    const hid_t space = H5Screate_simple(2, dims, nullptr);
    const hid_t data = H5Dcreate2(layer, "embeddings:0", H5T_IEEE_F32LE, space, H5P_DEFAULT, H5P_DEFAULT,
                                  H5P_DEFAULT); // never written: no storage in the file
    H5Dclose(data);
    H5Sclose(space);
    H5Gclose(layer);
    H5Fclose(file);
}

} // namespace

class TestKerasH5 final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsKerasBertLayers() {
        const auto reader = KerasH5Reader::open(fixturePath(QStringLiteral("models/tiny_keras_h5/model.h5")));
        QVERIFY2(reader.ok(), qPrintable(reader.errorString()));
        QVERIFY(reader->config().has_value());
        QCOMPARE(reader->config()->numLayers, 3);
        QCOMPARE(reader->config()->numHeads, 4);
        QCOMPARE(reader->config()->hiddenAct, Activation::GeluTanh);
        QVERIFY(reader->names().contains(QStringLiteral("cls/seq_relationship/output_weights")));
        QVERIFY(reader->otherLayers().isEmpty());
        // A fine-tuning model's own layers are listed, not read.
        const auto classifier =
            KerasH5Reader::open(fixturePath(QStringLiteral("models/tiny_keras_h5_classifier/classifier.h5")));
        QVERIFY2(classifier.ok(), qPrintable(classifier.errorString()));
        QCOMPARE(classifier->otherLayers(), QStringList{QStringLiteral("Classifier")});
        const auto weightsOnly =
            KerasH5Reader::open(fixturePath(QStringLiteral("models/tiny_keras_h5_weights/weights.h5")));
        QVERIFY2(weightsOnly.ok(), qPrintable(weightsOnly.errorString()));
        QVERIFY(!weightsOnly->config().has_value());
    }

    void damagedFiles_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QFile good(fixturePath(QStringLiteral("models/tiny_keras_h5/model.h5")));
        QVERIFY(good.open(QIODevice::ReadOnly));
        const QByteArray whole = good.readAll();
        QTest::newRow("text") << QByteArray("not hdf5 at all\n") << "not an HDF5 file";
        QTest::newRow("empty") << QByteArray() << "not an HDF5 file";
        QTest::newRow("truncated to half") << whole.left(whole.size() / 2) << "model.h5";
        QTest::newRow("truncated to the header") << whole.left(4096) << "model.h5";
        QByteArray flipped = whole;
        for (qsizetype i = 2048; i < flipped.size(); i += 997)
            flipped[i] = char(~flipped[i]);
        QTest::newRow("bytes flipped") << flipped << "model.h5";
    }

    // Through the loader, as the Models page and the CLI open a folder: an error, never a crash.
    void damagedFiles() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("model.h5")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        QVERIFY(QFile::copy(fixturePath(QStringLiteral("models/tiny_keras_h5/vocab.txt")),
                            dir.filePath(QStringLiteral("vocab.txt"))));
        const auto loaded = loadModel(dir.path());
        if (QTest::currentDataTag() == QByteArrayLiteral("bytes flipped") && loaded.ok())
            return; // flipped bytes may land only in weights' values: the file still reads
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.errorString().contains(message), qPrintable(loaded.errorString()));
    }

    // Found by fuzz_keras_h5: a damaged shape promised gigabytes and the reader made room for them before
    // reading; now the file must hold the data first.
    void shapeLargerThanTheData() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("weights.h5"));
        writeEmptyPromise(path, 400'000); // 6.5 GB of float32
        QVERIFY(QFileInfo(path).size() < 100'000);
        const auto reader = KerasH5Reader::open(path);
        QVERIFY(!reader.ok());
        QVERIFY2(reader.errorString().contains(QStringLiteral("less data than its shape needs")),
                 qPrintable(reader.errorString()));
    }

    void severalFiles() {
        QTemporaryDir dir;
        for (const char* name : {"a.h5", "b.h5"})
            QVERIFY(QFile::copy(fixturePath(QStringLiteral("models/tiny_keras_h5/model.h5")),
                                dir.filePath(QLatin1String(name))));
        QVERIFY(QFile::copy(fixturePath(QStringLiteral("models/tiny_keras_h5/vocab.txt")),
                            dir.filePath(QStringLiteral("vocab.txt"))));
        const auto files = detectModelFolder(dir.path());
        QVERIFY(!files.ok());
        QVERIFY2(files.errorString().contains(QStringLiteral("a.h5, b.h5")), qPrintable(files.errorString()));
        QVERIFY(
            QFile::rename(dir.filePath(QStringLiteral("b.h5")), dir.filePath(QStringLiteral("model.h5"))));
        QVERIFY(detectModelFolder(dir.path()).ok());
    }

    void weightsOnlyNeedsConfig() {
        QTemporaryDir dir;
        QVERIFY(QFile::copy(fixturePath(QStringLiteral("models/tiny_keras_h5_weights/weights.h5")),
                            dir.filePath(QStringLiteral("weights.h5"))));
        QVERIFY(QFile::copy(fixturePath(QStringLiteral("models/tiny_keras_h5/vocab.txt")),
                            dir.filePath(QStringLiteral("vocab.txt"))));
        const auto loaded = loadModel(dir.path());
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.errorString().contains(QStringLiteral("bert_config.json")),
                 qPrintable(loaded.errorString()));
    }
};

QTEST_GUILESS_MAIN(TestKerasH5)
#include "tst_keras_h5.moc"
