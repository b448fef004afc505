// pytorch_model.bin without PyTorch: the zip directory, the restricted unpickler and the state dict reader
// on what torch.save wrote (fixtures by tests/fixtures/gen_formats.py), on hostile pickles that would run
// code under Python's pickle, and on damaged archives.
#include "fixture_support.h"

#include "core/io/crc32.h"
#include "core/io/model_loader.h"
#include "core/io/pickle_reader.h"
#include "core/io/pytorch_reader.h"
#include "core/io/safetensors_reader.h"
#include "core/io/zip_reader.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace bertlab::core;
using bertlab::tests::fixturePath;

namespace {

QByteArray le(quint64 v, int bytes) {
    QByteArray out;
    for (int i = 0; i < bytes; ++i)
        out += char((v >> (8 * i)) & 0xff);
    return out;
}

struct Member {
    QByteArray name;
    QByteArray data;
    quint16 method = 0;
};

// A stored zip as torch.save writes one; `zip64` adds the zip64 end records (with all-ones 32-bit fields).
QByteArray makeZip(const std::vector<Member>& members, bool zip64 = false) {
    QByteArray out, directory;
    for (const Member& m : members) {
        const quint32 crc = crc32::value(m.data.constData(), std::size_t(m.data.size()));
        const qint64 offset = out.size();
        const QByteArray common = le(20, 2) + le(0, 2) + le(m.method, 2) + le(0, 4) + le(crc, 4) +
                                  le(quint64(m.data.size()), 4) + le(quint64(m.data.size()), 4) +
                                  le(quint64(m.name.size()), 2) + le(0, 2);
        out += le(0x04034b50, 4) + common + m.name + m.data;
        directory += le(0x02014b50, 4) + le(20, 2) + common + le(0, 2) + le(0, 2) + le(0, 2) + le(0, 4) +
                     le(quint64(offset), 4) + m.name;
    }
    const qint64 directoryOffset = out.size();
    out += directory;
    const quint64 n = members.size();
    if (zip64) {
        const qint64 recordOffset = out.size();
        out += le(0x06064b50, 4) + le(44, 8) + le(45, 2) + le(45, 2) + le(0, 4) + le(0, 4) + le(n, 8) +
               le(n, 8) + le(quint64(directory.size()), 8) + le(quint64(directoryOffset), 8);
        out += le(0x07064b50, 4) + le(0, 4) + le(quint64(recordOffset), 8) + le(1, 4);
        out += le(0x06054b50, 4) + le(0, 4) + le(0xffff, 2) + le(0xffff, 2) + le(0xffffffff, 4) +
               le(0xffffffff, 4) + le(0, 2);
    } else {
        out += le(0x06054b50, 4) + le(0, 4) + le(n, 2) + le(n, 2) + le(quint64(directory.size()), 4) +
               le(quint64(directoryOffset), 4) + le(0, 2);
    }
    return out;
}

// Pickle pieces (protocol 2, as torch.save writes).
QByteArray str(const QByteArray& s) {
    return 'X' + le(quint64(s.size()), 4) + s;
}
QByteArray global(const char* module, const char* name) {
    return QByteArray("c") + module + '\n' + name + '\n';
}
QByteArray smallInt(int v) {
    return 'K' + le(quint64(v), 1);
}

// _rebuild_tensor_v2(('storage', torch.FloatStorage, key, 'cpu', elements), offset, size, stride, False, {})
QByteArray tensorRecord(const QByteArray& key, int elements, const QByteArray& sizeTuple,
                        const QByteArray& strideTuple, int offset = 0) {
    return global("torch._utils", "_rebuild_tensor_v2") + "((" + str("storage") +
           global("torch", "FloatStorage") + str(key) + str("cpu") + smallInt(elements) + "tQ" +
           smallInt(offset) + sizeTuple + strideTuple + "\x89}t" + "R";
}

QByteArray floats(std::initializer_list<float> values) {
    QByteArray out;
    for (float v : values)
        out.append(reinterpret_cast<const char*>(&v), 4);
    return out;
}

// {'w': tensor of shape [2, 3]} over storage '0' holding 6 floats, in torch.save's zip layout.
QByteArray stateDictPickle(const QByteArray& tensors) {
    return QByteArray("\x80\x02}(", 4) + tensors + "u.";
}
QByteArray tinyArchive(const QByteArray& pickle, bool zip64 = false) {
    return makeZip({{"archive/data.pkl", pickle},
                    {"archive/data/0", floats({1, 2, 3, 4, 5, 6})},
                    {"archive/version", "3\n"}},
                   zip64);
}
QByteArray twoByThree() {
    return str("w") +
           tensorRecord("0", 6, smallInt(2) + smallInt(3) + "\x86", smallInt(3) + smallInt(1) + "\x86");
}

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}
QByteArray readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestPytorch final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void crc32MatchesZlib();
    void readsWhatTorchWrote_data();
    void readsWhatTorchWrote();
    void legacyLayoutKeepsStridesAndBuffers();
    void readsHandMadeArchives_data();
    void readsHandMadeArchives();
    void refusesHostileOrDamaged_data();
    void refusesHostileOrDamaged();
    void hostilePicklesStayBounded();
    void folderPrefersSafetensors();
    void randomDamageNeverCrashes();
};

void TestPytorch::crc32MatchesZlib() {
    // The standard check value of CRC-32 (zlib's crc32("123456789")).
    QCOMPARE(crc32::value("123456789", 9), 0xcbf43926u);
    QCOMPARE(crc32::value("", 0), 0u);
    const QByteArray text = QByteArray("The quick brown fox jumps over the lazy dog").repeated(3);
    QCOMPARE(crc32::extend(crc32::value(text.constData(), 10), text.constData() + 10,
                           std::size_t(text.size() - 10)),
             crc32::value(text.constData(), std::size_t(text.size())));
}

void TestPytorch::readsWhatTorchWrote_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("legacy");
    QTest::newRow("zip layout") << QStringLiteral("models/tiny_hf_pytorch/pytorch_model.bin") << false;
    QTest::newRow("zip layout, a shard")
        << QStringLiteral("models/tiny_hf_pytorch_sharded/pytorch_model-00002-of-00004.bin") << false;
    QTest::newRow("legacy layout") << QStringLiteral("models/tiny_hf_pytorch_legacy/pytorch_model.bin")
                                   << true;
}

// Every float tensor torch.save wrote equals the one transformers saved as safetensors from the same model.
void TestPytorch::readsWhatTorchWrote() {
    QFETCH(QString, file);
    QFETCH(bool, legacy);
    auto reader = PytorchReader::open(fixturePath(file));
    QVERIFY2(reader, qPrintable(reader.errorString()));
    QCOMPARE(reader->isLegacy(), legacy);
    auto reference = SafetensorsReader::read(fixturePath(QStringLiteral("models/tiny_hf/model.safetensors")));
    QVERIFY(reference);
    QStringList floatNames;
    for (const QString& name : reader->names())
        if (reader->entry(name)->isFloat())
            floatNames << name;
    QVERIFY(floatNames.size() >= 3);
    auto tensors = reader->readTensors(floatNames);
    QVERIFY2(tensors, qPrintable(tensors.errorString()));
    int compared = 0;
    for (const auto& [name, tensor] : *tensors) {
        QString hfName = name;
        hfName.replace(QStringLiteral("LayerNorm.gamma"), QStringLiteral("LayerNorm.weight"))
            .replace(QStringLiteral("LayerNorm.beta"), QStringLiteral("LayerNorm.bias"));
        // Tied to other tensors: safetensors keeps only those.
        if (hfName == u"cls.predictions.decoder.weight")
            hfName = QStringLiteral("bert.embeddings.word_embeddings.weight");
        if (hfName == u"cls.predictions.decoder.bias")
            hfName = QStringLiteral("cls.predictions.bias");
        const auto it = reference->find(hfName);
        QVERIFY2(it != reference->end(), qPrintable(name));
        QCOMPARE(tensor.shape(), it->second.shape());
        QVERIFY2(std::equal(tensor.data(), tensor.data() + tensor.size(), it->second.data()),
                 qPrintable(name));
        ++compared;
    }
    QCOMPARE(compared, floatNames.size());
}

void TestPytorch::legacyLayoutKeepsStridesAndBuffers() {
    auto reader =
        PytorchReader::open(fixturePath(QStringLiteral("models/tiny_hf_pytorch_legacy/pytorch_model.bin")));
    QVERIFY2(reader, qPrintable(reader.errorString()));
    const PytorchEntry* query =
        reader->entry(QStringLiteral("bert.encoder.layer.0.attention.self.query.weight"));
    QVERIFY(query);
    QCOMPARE(query->stride, (std::vector<qint64>{1, query->shape[0]})); // stored transposed
    const PytorchEntry* decoder = reader->entry(QStringLiteral("cls.predictions.decoder.weight"));
    const PytorchEntry* words = reader->entry(QStringLiteral("bert.embeddings.word_embeddings.weight"));
    QVERIFY(decoder && words);
    QCOMPARE(decoder->storageKey, words->storageKey); // one storage, as PyTorch ties them
    const PytorchEntry* ids = reader->entry(QStringLiteral("bert.embeddings.position_ids"));
    QVERIFY(ids);
    QCOMPARE(ids->dtype, QStringLiteral("I64"));
    QVERIFY(!ids->isFloat());
    auto refused = reader->readTensors({QStringLiteral("bert.embeddings.position_ids")});
    QVERIFY(!refused);
    QVERIFY2(refused.errorString().contains(QStringLiteral("is I64, not a float tensor")),
             qPrintable(refused.errorString()));
}

void TestPytorch::readsHandMadeArchives_data() {
    QTest::addColumn<QByteArray>("archive");
    QTest::addColumn<std::vector<float>>("expected");
    const std::vector<float> rowMajor{1, 2, 3, 4, 5, 6};
    QTest::newRow("plain") << tinyArchive(stateDictPickle(twoByThree())) << rowMajor;
    QTest::newRow("zip64 end records") << tinyArchive(stateDictPickle(twoByThree()), true) << rowMajor;
    // Shape [3, 2] with strides [1, 3]: the transpose of the row-major [2, 3].
    QTest::newRow("column-major strides")
        << tinyArchive(stateDictPickle(str("w") + tensorRecord("0", 6, smallInt(3) + smallInt(2) + "\x86",
                                                               smallInt(1) + smallInt(3) + "\x86")))
        << std::vector<float>{1, 4, 2, 5, 3, 6};
    QTest::newRow("storage offset") << tinyArchive(stateDictPickle(str("w") +
                                                                   tensorRecord("0", 6, smallInt(2) + "\x85",
                                                                                smallInt(1) + "\x85", 4)))
                                    << std::vector<float>{5, 6};
    // An OrderedDict whose _metadata is set by BUILD, and a parameter wrapping the tensor.
    QTest::newRow("OrderedDict with _metadata, a Parameter")
        << tinyArchive(
               QByteArray("\x80\x02", 2) + global("collections", "OrderedDict") + ")R(" + str("w") +
               global("torch._utils", "_rebuild_parameter") + "(" +
               tensorRecord("0", 6, smallInt(2) + smallInt(3) + "\x86", smallInt(3) + smallInt(1) + "\x86") +
               "\x88}tRu}" + str("_metadata") + "}sb.")
        << rowMajor;
}

void TestPytorch::readsHandMadeArchives() {
    QFETCH(QByteArray, archive);
    QFETCH(std::vector<float>, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pytorch_model.bin"));
    QVERIFY(writeFile(path, archive));
    auto reader = PytorchReader::open(path);
    QVERIFY2(reader, qPrintable(reader.errorString()));
    QCOMPARE(reader->names(), QStringList{QStringLiteral("w")});
    auto tensors = reader->readTensors({QStringLiteral("w")});
    QVERIFY2(tensors, qPrintable(tensors.errorString()));
    const Tensor& t = tensors->at(QStringLiteral("w"));
    QCOMPARE(std::vector<float>(t.data(), t.data() + t.size()), expected);
}

void TestPytorch::refusesHostileOrDamaged_data() {
    QTest::addColumn<QByteArray>("archive");
    QTest::addColumn<QString>("reason");
    // What Python's pickle would run: os.system('…'), builtins.eval via STACK_GLOBAL, an object via NEWOBJ.
    QTest::newRow("os.system") << tinyArchive("\x80\x02" + global("os", "system") + str("touch /tmp/pwned") +
                                              "\x85R.")
                               << QStringLiteral("refuses to load 'os.system'");
    QTest::newRow("builtins.eval (protocol 4)")
        << tinyArchive(QByteArray("\x80\x04\x95\x00\x00\x00\x00\x00\x00\x00\x00", 11) + "\x8c\x08" +
                       "builtins" + "\x8c\x04" + "eval" + "\x93" + str("1") + "\x85R.")
        << QStringLiteral("refuses to load 'builtins.eval'");
    QTest::newRow("torch.load inside") << tinyArchive("\x80\x02" + global("torch", "load") + ")R.")
                                       << QStringLiteral("refuses to load 'torch.load'");
    QTest::newRow("NEWOBJ") << tinyArchive("\x80\x02" + global("collections", "OrderedDict") + ")\x81.")
                            << QStringLiteral("opcode 0x81 is not read");
    QTest::newRow("INST (protocol 0)")
        << tinyArchive("(ios\nsystem\n.") << QStringLiteral("opcode 0x69 is not read");
    QTest::newRow("an allowed function on a wrong record")
        << tinyArchive(stateDictPickle(str("w") + global("torch._utils", "_rebuild_tensor_v2") + "(" +
                                       str("x") + "tR"))
        << QStringLiteral("its rebuild call has 1 arguments");
    QTest::newRow("not a state dict") << tinyArchive("\x80\x02].") << QStringLiteral("not a state dict");
    QTest::newRow("a value that is not a tensor") << tinyArchive(stateDictPickle(str("epoch") + smallInt(3)))
                                                  << QStringLiteral("tensor 'epoch': 3 is not a tensor");
    QTest::newRow("a tensor past its storage")
        << tinyArchive(stateDictPickle(str("w") + tensorRecord("0", 6, smallInt(4) + smallInt(3) + "\x86",
                                                               smallInt(3) + smallInt(1) + "\x86")))
        << QStringLiteral("it reaches element 11 of a storage of 6");
    QTest::newRow("a storage larger than its entry")
        << tinyArchive(
               stateDictPickle(str("w") + tensorRecord("0", 60, smallInt(2) + "\x85", smallInt(1) + "\x85")))
        << QStringLiteral("storage '0' holds 24 bytes, fewer than its 60 elements need");
    QTest::newRow("broadcast strides")
        << tinyArchive(stateDictPickle(str("w") + tensorRecord("0", 6, smallInt(100) + smallInt(100) + "\x86",
                                                               smallInt(0) + smallInt(0) + "\x86")))
        << QStringLiteral("more than its storage's 6");
    QTest::newRow("a missing storage") << makeZip({{"archive/data.pkl", stateDictPickle(twoByThree())}})
                                       << QStringLiteral("storage '0' is missing");
    QTest::newRow("a storage key with a path")
        << tinyArchive(stateDictPickle(str("w") +
                                       tensorRecord("../0", 6, smallInt(2) + "\x85", smallInt(1) + "\x85")))
        << QStringLiteral("its storage record is damaged");
    QTest::newRow("no data.pkl") << makeZip({{"archive/data/0", floats({1})}})
                                 << QStringLiteral("has no archive/data.pkl");
    QTest::newRow("two folders") << makeZip({{"archive/data.pkl", stateDictPickle(QByteArray())},
                                             {"other/x", "1"}})
                                 << QStringLiteral("in different folders");
    QTest::newRow("big-endian") << makeZip({{"archive/data.pkl", stateDictPickle(QByteArray())},
                                            {"archive/byteorder", "big"}})
                                << QStringLiteral("stored big-endian");
    QTest::newRow("deflated storage") << makeZip({{"archive/data.pkl", stateDictPickle(twoByThree())},
                                                  {"archive/data/0", floats({1, 2, 3, 4, 5, 6}), 8}})
                                      << QStringLiteral("compressed entries are not supported");
    QByteArray flipped = tinyArchive(stateDictPickle(twoByThree()));
    flipped[flipped.indexOf(floats({3})) + 1] ^= 0x10;
    QTest::newRow("a flipped data byte") << flipped << QStringLiteral("its CRC-32 does not match");
    const QByteArray whole = tinyArchive(stateDictPickle(twoByThree()));
    QTest::newRow("truncated archive")
        << whole.left(whole.size() - 30) << QStringLiteral("no end-of-central-directory record");
    QTest::newRow("truncated pickle")
        << tinyArchive(stateDictPickle(twoByThree()).chopped(8)) << QStringLiteral("the pickle ends early");
    QTest::newRow("not UTF-8") << tinyArchive(QByteArray("\x80\x02X\x02\x00\x00\x00\xff\xfe.", 10))
                               << QStringLiteral("not valid UTF-8");
    QTest::newRow("neither zip nor pickle")
        << QByteArray("hello, not a model") << QStringLiteral("not a PyTorch file");
    QByteArray tar(1024, '\0');
    tar.replace(257, 5, "ustar");
    QTest::newRow("tar layout of PyTorch 0.3") << tar << QStringLiteral("tar layout of PyTorch 0.3");
    QTest::newRow("legacy: a bad magic number")
        << QByteArray("\x80\x02\x8a\x0a"
                      "0123456789"
                      ".",
                      15) +
               QByteArray("\x80\x02M\xe9\x03.", 6) + QByteArray("\x80\x02}.", 4) +
               stateDictPickle(QByteArray()) + QByteArray("\x80\x02].", 4)
        << QStringLiteral("no torch.save magic number");
}

void TestPytorch::refusesHostileOrDamaged() {
    QFETCH(QByteArray, archive);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pytorch_model.bin"));
    QVERIFY(writeFile(path, archive));
    auto reader = PytorchReader::open(path);
    Result<TensorMap> tensors = Error{};
    if (reader)
        tensors = reader->readTensors(reader->names());
    const QString error = reader ? tensors.errorString() : reader.errorString();
    QVERIFY2(!reader || !tensors, "a hostile or damaged file was read");
    QVERIFY2(error.contains(QStringLiteral("pytorch_model.bin")), qPrintable(error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY(!QFile::exists(QStringLiteral("/tmp/pwned")));
}

// Pickles built to exhaust memory or recursion: a million nested lists, a list that holds itself, a far memo
// slot, a 2 GB string length. Each is refused or read within bounds, quickly.
void TestPytorch::hostilePicklesStayBounded() {
    PickleReader::Options options;
    QByteArray nested("\x80\x02]q\x00", 5);
    for (int i = 0; i < 1'000'000; ++i)
        nested += "]";
    nested += QByteArray(1'000'000, 'a') + ".";
    auto deep = PickleReader::parse(nested, 0, QStringLiteral("nested"), options);
    QVERIFY2(deep, qPrintable(deep.errorString())); // it is data: read as such, owning nothing recursively
    QCOMPARE(deep->rootValue().kind, PickleValue::Kind::List);

    auto self = PickleReader::parse(QByteArray("\x80\x02]q\x00h\x00"
                                               "a.",
                                               9),
                                    0, QStringLiteral("self"), options);
    QVERIFY(self);
    QCOMPARE(self->rootValue().items, std::vector<int>{self->root()});

    auto far =
        PickleReader::parse(QByteArray("\x80\x02]r\xff\xff\xff\x7f.", 9), 0, QStringLiteral("far"), options);
    QVERIFY(!far);
    QVERIFY2(far.errorString().contains(QStringLiteral("memo slot 2147483647 is out of order")),
             qPrintable(far.errorString()));

    auto huge =
        PickleReader::parse(QByteArray("\x80\x02X\xff\xff\xff\x7f", 7), 0, QStringLiteral("huge"), options);
    QVERIFY(!huge);
    QVERIFY(huge.errorString().contains(QStringLiteral("runs past the end of the pickle")));

    options.maxValues = 1000;
    auto many = PickleReader::parse(QByteArray("\x80\x02(") + QByteArray(2000, 'N') + "l.", 0,
                                    QStringLiteral("many"), options);
    QVERIFY(!many);
    QVERIFY(many.errorString().contains(QStringLiteral("more than 1000 objects")));
}

// As transformers' from_pretrained: model.safetensors wins over pytorch_model.bin; alone, the .bin loads.
void TestPytorch::folderPrefersSafetensors() {
    QTemporaryDir dir;
    for (const char* name : {"config.json", "vocab.txt", "model.safetensors"})
        QVERIFY(QFile::copy(fixturePath(QStringLiteral("models/tiny_hf/") + QLatin1String(name)),
                            dir.filePath(QLatin1String(name))));
    QVERIFY(QFile::copy(fixturePath(QStringLiteral("models/tiny_hf_pytorch/pytorch_model.bin")),
                        dir.filePath(QStringLiteral("pytorch_model.bin"))));
    auto both = loadModel(dir.path());
    QVERIFY2(both, qPrintable(both.errorString()));
    QCOMPARE(both->files.format, ModelFormat::Safetensors);
    QVERIFY(QFile::remove(dir.filePath(QStringLiteral("model.safetensors"))));
    auto bin = loadModel(dir.path());
    QVERIFY2(bin, qPrintable(bin.errorString()));
    QCOMPARE(bin->files.format, ModelFormat::PytorchBin);
    QVERIFY(bin->files.weightsPath.endsWith(QStringLiteral("/pytorch_model.bin")));
    QCOMPARE(bin->parameterCount, both->parameterCount);
    QVERIFY(bin->weights.mlm && bin->weights.nsp && bin->weights.pooler);
}

void TestPytorch::randomDamageNeverCrashes() {
    // Random byte flips and truncations in both layouts: each open/read fails cleanly or succeeds.
    QRandomGenerator rng(4242);
    QTemporaryDir dir;
    int failures = 0, rounds = 0;
    for (const char* fixture :
         {"models/tiny_hf_pytorch/pytorch_model.bin", "models/tiny_hf_pytorch_legacy/pytorch_model.bin"}) {
        const QByteArray original = readFile(fixturePath(QLatin1String(fixture)));
        QVERIFY(!original.isEmpty());
        const QString path = dir.filePath(QStringLiteral("pytorch_model.bin"));
        for (int round = 0; round < 300; ++round, ++rounds) {
            QByteArray damaged = original;
            // Half the damage lands in the pickle (the start of both layouts), half anywhere.
            const int span = round % 2 ? int(damaged.size()) : std::min(int(damaged.size()), 8000);
            for (int i = 0, flips = 1 + int(rng.bounded(4)); i < flips; ++i)
                damaged[rng.bounded(span)] = char(rng.generate());
            if (round % 7 == 0)
                damaged.truncate(rng.bounded(int(damaged.size())));
            QVERIFY(writeFile(path, damaged));
            auto reader = PytorchReader::open(path);
            if (!reader) {
                ++failures;
                QVERIFY2(reader.errorString().contains(QStringLiteral("pytorch_model.bin")),
                         qPrintable(reader.errorString()));
                continue;
            }
            QStringList floats;
            for (const QString& name : reader->names())
                if (reader->entry(name)->isFloat())
                    floats << name;
            if (!reader->readTensors(floats))
                ++failures;
        }
    }
    QVERIFY2(failures > rounds / 3, qPrintable(QString::number(failures)));
}

QTEST_GUILESS_MAIN(TestPytorch)
#include "tst_pytorch.moc"
