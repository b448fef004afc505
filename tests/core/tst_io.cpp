// Readers of model files: CRC-32C, Snappy, SSTable, TF checkpoints, safetensors, weight mapping, loader,
// config parsing; and what they do with damaged or hostile files (a clear error, never a crash).

#include "core/io/bert_weight_mapping.h"
#include "core/io/crc32.h"
#include "core/io/model_loader.h"
#include "core/io/proto_reader.h"
#include "core/io/safetensors_reader.h"
#include "core/io/snappy.h"
#include "core/io/sstable_reader.h"
#include "core/io/tf_checkpoint_reader.h"
#include "core/model/bert_config.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <functional>

using namespace bertlab::core;

namespace {

QString fixture(const QString& relative) {
    return QStringLiteral(BERTLAB_FIXTURES "/io/") + relative;
}

QJsonObject expectedJson() {
    static const QJsonObject object = [] {
        QFile file(fixture(QStringLiteral("expected.json")));
        if (!file.open(QIODevice::ReadOnly))
            return QJsonObject();
        return QJsonDocument::fromJson(file.readAll()).object();
    }();
    return object;
}

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

bool copyFolder(const QString& from, const QString& to) {
    QDir().mkpath(to);
    for (const QString& name : QDir(from).entryList(QDir::Files))
        if (!QFile::copy(from + u'/' + name, to + u'/' + name))
            return false;
    return true;
}

Shape toShape(const QJsonValue& v) {
    Shape s;
    for (const QJsonValue& d : v.toArray())
        s.push_back(std::int64_t(d.toDouble()));
    return s;
}

// Every canonical tensor of the weights under its Google name (the keys of expected.json).
std::vector<std::pair<QString, const Tensor*>> canonicalTensors(const BertWeights& w) {
    std::vector<std::pair<QString, const Tensor*>> out;
    auto dense = [&](const QString& p, const DenseWeights& d) {
        out.emplace_back(p + QStringLiteral("/kernel"), &d.kernel);
        out.emplace_back(p + QStringLiteral("/bias"), &d.bias);
    };
    auto norm = [&](const QString& p, const LayerNormWeights& n) {
        out.emplace_back(p + QStringLiteral("/gamma"), &n.gamma);
        out.emplace_back(p + QStringLiteral("/beta"), &n.beta);
    };
    out.emplace_back(QStringLiteral("bert/embeddings/word_embeddings"), &w.wordEmbeddings);
    out.emplace_back(QStringLiteral("bert/embeddings/position_embeddings"), &w.positionEmbeddings);
    out.emplace_back(QStringLiteral("bert/embeddings/token_type_embeddings"), &w.tokenTypeEmbeddings);
    norm(QStringLiteral("bert/embeddings/LayerNorm"), w.embeddingNorm);
    for (std::size_t i = 0; i < w.layers.size(); ++i) {
        const QString p = QStringLiteral("bert/encoder/layer_%1/").arg(i);
        const auto& l = w.layers[i];
        dense(p + QStringLiteral("attention/self/query"), l.query);
        dense(p + QStringLiteral("attention/self/key"), l.key);
        dense(p + QStringLiteral("attention/self/value"), l.value);
        dense(p + QStringLiteral("attention/output/dense"), l.attentionOutput);
        norm(p + QStringLiteral("attention/output/LayerNorm"), l.attentionNorm);
        dense(p + QStringLiteral("intermediate/dense"), l.intermediate);
        dense(p + QStringLiteral("output/dense"), l.output);
        norm(p + QStringLiteral("output/LayerNorm"), l.outputNorm);
    }
    if (w.pooler)
        dense(QStringLiteral("bert/pooler/dense"), *w.pooler);
    if (w.mlm) {
        dense(QStringLiteral("cls/predictions/transform/dense"), w.mlm->transform);
        norm(QStringLiteral("cls/predictions/transform/LayerNorm"), w.mlm->norm);
        out.emplace_back(QStringLiteral("cls/predictions/output_bias"), &w.mlm->outputBias);
    }
    if (w.nsp) {
        out.emplace_back(QStringLiteral("cls/seq_relationship/output_weights"), &w.nsp->kernel);
        out.emplace_back(QStringLiteral("cls/seq_relationship/output_bias"), &w.nsp->bias);
    }
    return out;
}

// Compares a tensor with its expected.json summary (shape, float64 sum, first values).
bool matchesExpected(const QString& name, const Tensor& t, QString* why) {
    const QJsonObject e = expectedJson().value(u"tensors").toObject().value(name).toObject();
    if (e.isEmpty()) {
        *why = name + QStringLiteral(": not in expected.json");
        return false;
    }
    if (t.shape() != toShape(e.value(u"shape"))) {
        *why = name + QStringLiteral(": shape differs");
        return false;
    }
    double sum = 0, absSum = 0;
    for (std::int64_t i = 0; i < t.size(); ++i) {
        sum += t[i];
        absSum += std::abs(t[i]);
    }
    if (std::abs(sum - e.value(u"sum").toDouble()) > 1e-5 ||
        std::abs(absSum - e.value(u"abs_sum").toDouble()) > 1e-5) {
        *why = name + QStringLiteral(": sum %1, expected %2").arg(sum).arg(e.value(u"sum").toDouble());
        return false;
    }
    const QJsonArray first = e.value(u"first").toArray();
    for (int i = 0; i < first.size(); ++i) {
        if (t[i] != float(first[i].toDouble())) {
            *why =
                name +
                QStringLiteral(": element %1 is %2, expected %3").arg(i).arg(t[i]).arg(first[i].toDouble());
            return false;
        }
    }
    return true;
}

// --- Builders for hand-made tables (hostile indexes, Snappy blocks) --------------------------------------

QByteArray varint(quint64 v) {
    QByteArray out;
    while (v >= 0x80) {
        out.append(char(v | 0x80));
        v >>= 7;
    }
    out.append(char(v));
    return out;
}

QByteArray fixed32(quint32 v) {
    QByteArray out;
    for (int i = 0; i < 4; ++i)
        out.append(char(v >> (8 * i)));
    return out;
}

// A Snappy block made of literals only (valid, if useless, compression).
QByteArray snappyLiterals(const QByteArray& data) {
    QByteArray out = varint(quint64(data.size()));
    for (qsizetype pos = 0; pos < data.size(); pos += 60) {
        const auto n = std::min<qsizetype>(60, data.size() - pos);
        out.append(char((n - 1) << 2));
        out.append(data.mid(pos, n));
    }
    return out;
}

// Appends a block (entries without prefix sharing, one restart point) with its trailer; returns its handle.
QByteArray appendBlock(QByteArray* file, const std::vector<std::pair<QByteArray, QByteArray>>& entries,
                       bool snappy) {
    QByteArray block;
    for (const auto& [k, v] : entries)
        block += varint(0) + varint(quint64(k.size())) + varint(quint64(v.size())) + k + v;
    block += fixed32(0) + fixed32(1);
    if (snappy)
        block = snappyLiterals(block);
    const QByteArray handle = varint(quint64(file->size())) + varint(quint64(block.size()));
    const char type = snappy ? 1 : 0;
    const auto crc = crc32c::extend(crc32c::value(block.constData(), std::size_t(block.size())), &type, 1);
    *file += block + QByteArray(1, type) + fixed32(crc32c::mask(crc));
    return handle;
}

// A complete table: one data block per group of entries.
QByteArray makeTable(const std::vector<std::vector<std::pair<QByteArray, QByteArray>>>& blocks, bool snappy) {
    QByteArray file;
    std::vector<std::pair<QByteArray, QByteArray>> index;
    for (const auto& entries : blocks) {
        const QByteArray handle = appendBlock(&file, entries, snappy);
        index.emplace_back(entries.back().first, handle);
    }
    const QByteArray meta = appendBlock(&file, {}, false);
    const QByteArray indexHandle = appendBlock(&file, index, snappy);
    QByteArray footer = meta + indexHandle;
    footer.resize(40, '\0');
    footer += fixed32(0x8b80fb57u) + fixed32(0xdb477524u);
    return file + footer;
}

QByteArray bundleHeader(int shards) {
    return varint(1 << 3) + varint(quint64(shards));
}

QByteArray bundleEntry(int dtype, const Shape& shape, int shard, qint64 offset, qint64 size, quint32 crc) {
    QByteArray shapeProto;
    for (auto d : shape) {
        const QByteArray dim = varint(1 << 3) + varint(quint64(d));
        shapeProto += varint(2 << 3 | 2) + varint(quint64(dim.size())) + dim;
    }
    return varint(1 << 3) + varint(quint64(dtype)) + varint(2 << 3 | 2) + varint(quint64(shapeProto.size())) +
           shapeProto + varint(3 << 3) + varint(quint64(shard)) + varint(4 << 3) + varint(quint64(offset)) +
           varint(5 << 3) + varint(quint64(size)) + varint(6 << 3 | 5) + fixed32(crc32c::mask(crc));
}

// Rewrites a safetensors file's header through edit(), keeping the data section.
bool editSafetensors(const QString& path, const std::function<void(QJsonObject&)>& edit) {
    const QByteArray raw = readAll(path);
    quint64 n = 0;
    for (int i = 7; i >= 0; --i)
        n = (n << 8) | quint8(raw[i]);
    QJsonObject header = QJsonDocument::fromJson(raw.mid(8, qsizetype(n))).object();
    edit(header);
    const QByteArray json = QJsonDocument(header).toJson(QJsonDocument::Compact);
    QByteArray length;
    for (int i = 0; i < 8; ++i)
        length.append(char(quint64(json.size()) >> (8 * i)));
    return writeAll(path, length + json + raw.mid(8 + qsizetype(n)));
}

QJsonArray pair(qint64 a, qint64 b) {
    return QJsonArray{double(a), double(b)};
}

} // namespace

class TestIo final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void crc32cKnownValues();
    void crc32cPortableMatchesHardware();
    void snappyDecodes();
    void snappyRejects_data();
    void snappyRejects();
    void protoReaderRejectsCorruptVarints();

    void sstableReadsTfIndex();
    void sstableReadsSnappyAndManyBlocks();
    void sstableRejects_data();
    void sstableRejects();

    void tfCheckpointListsEntries();
    void tfCheckpointReadsFloats();
    void tfCheckpointConvertsDtypes();
    void tfCheckpointHostileEntries();
    void safetensorsReadsDtypes();

    void loadModel_data();
    void loadModel();
    void tfAndHfGiveSameWeights();
    void hfLegacyNames();
    void seqLenCut();
    void detectFolder_data();
    void detectFolder();
    void checkpointPrefixChoice();

    void corruptInput_data();
    void corruptInput();
    void randomDamageNeverCrashes();

    void configParses_data();
    void configParses();
    void configRejects_data();
    void configRejects();
    void configRoundTrip();
};

void TestIo::initTestCase() {
    QVERIFY2(!expectedJson().isEmpty(),
             "tests/fixtures/io/expected.json missing: run tests/fixtures/gen_io.py");
}

void TestIo::crc32cKnownValues() {
    // Check values from RFC 3720 (iSCSI) B.4 and the standard "123456789" check.
    QCOMPARE(crc32c::value("123456789", 9), 0xe3069283u);
    const QByteArray zeros(32, '\0'), ones(32, '\xff');
    QCOMPARE(crc32c::value(zeros.constData(), 32), 0x8a9136aau);
    QCOMPARE(crc32c::value(ones.constData(), 32), 0x62a8ab43u);
    QByteArray ascending;
    for (int i = 0; i < 32; ++i)
        ascending.append(char(i));
    QCOMPARE(crc32c::value(ascending.constData(), 32), 0x46dd794eu);
    QCOMPARE(crc32c::extend(crc32c::value("1234", 4), "56789", 5), 0xe3069283u);
    for (quint32 v : {0u, 1u, 0xe3069283u, 0xffffffffu})
        QCOMPARE(crc32c::unmask(crc32c::mask(v)), v);
    QVERIFY(crc32c::mask(0xe3069283u) != 0xe3069283u);
}

void TestIo::crc32cPortableMatchesHardware() {
    QRandomGenerator rng(7);
    QByteArray data(4099, '\0');
    for (auto& c : data)
        c = char(rng.generate());
    // Every start alignment and many lengths, including the tails shorter than 8 bytes.
    for (int start = 0; start < 8; ++start)
        for (int len : {0, 1, 7, 8, 9, 15, 16, 63, 100, 1000, 4090})
            QCOMPARE(crc32c::extend(0x1234, data.constData() + start, std::size_t(len)),
                     crc32c::extendPortable(0x1234, data.constData() + start, std::size_t(len)));
}

void TestIo::snappyDecodes() {
    QString error;
    // literal "abcd", then a 1-byte-offset copy (offset 4, length 8)
    const QByteArray a =
        QByteArray::fromHex("0c") + QByteArray::fromHex("0c") + "abcd" + QByteArray::fromHex("1104");
    auto out = snappy::uncompress(a.constData(), a.size(), 1000, &error);
    QVERIFY2(out, qPrintable(error));
    QCOMPARE(*out, QByteArray("abcdabcdabcd"));
    // literal "x", then an overlapping 2-byte-offset copy (offset 1, length 10) repeats it
    const QByteArray b =
        QByteArray::fromHex("0b") + QByteArray::fromHex("00") + "x" + QByteArray::fromHex("260100");
    out = snappy::uncompress(b.constData(), b.size(), 1000, &error);
    QVERIFY2(out, qPrintable(error));
    QCOMPARE(*out, QByteArray(11, 'x'));
    // a long literal with a 1-byte extended length, then a 4-byte-offset copy
    QByteArray text;
    for (int i = 0; i < 100; ++i)
        text.append(char('a' + i % 26));
    const QByteArray c = varint(105) + QByteArray::fromHex("f063") + text + QByteArray::fromHex("1364000000");
    out = snappy::uncompress(c.constData(), c.size(), 1000, &error);
    QVERIFY2(out, qPrintable(error));
    QCOMPARE(*out, text + text.left(5));
    const QByteArray lit = snappyLiterals(text + text);
    out = snappy::uncompress(lit.constData(), lit.size(), 1000, &error);
    QVERIFY2(out, qPrintable(error));
    QCOMPARE(*out, text + text);
}

void TestIo::snappyRejects_data() {
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("unterminated length") << QByteArray::fromHex("ffffffffffff");
    QTest::newRow("length above limit") << varint(5000);
    QTest::newRow("copy before any output") << QByteArray::fromHex("081104");
    QTest::newRow("copy offset zero") << (QByteArray::fromHex("0c0c") + "abcd" + QByteArray::fromHex("1100"));
    QTest::newRow("copy offset too far")
        << (QByteArray::fromHex("0c0c") + "abcd" + QByteArray::fromHex("1105"));
    QTest::newRow("output longer than declared") << (QByteArray::fromHex("020c") + "abcd");
    QTest::newRow("output shorter than declared") << (QByteArray::fromHex("080c") + "abcd");
    QTest::newRow("truncated literal") << (QByteArray::fromHex("080c") + "ab");
    QTest::newRow("truncated literal length") << QByteArray::fromHex("08f4");
    QTest::newRow("truncated copy") << (QByteArray::fromHex("0c0c") + "abcd" + QByteArray::fromHex("11"));
}

void TestIo::snappyRejects() {
    QFETCH(QByteArray, input);
    QString error;
    QVERIFY(!snappy::uncompress(input.constData(), input.size(), 1000, &error));
    QVERIFY(!error.isEmpty());
}

void TestIo::protoReaderRejectsCorruptVarints() {
    const QByteArray overlong = QByteArray::fromHex("08ffffffffffffffffffff01");
    ProtoReader r(overlong);
    QVERIFY(r.next());
    r.varint();
    QVERIFY(r.failed());

    const QByteArray truncated = QByteArray::fromHex("0a05abcd"); // 5 bytes declared, 2 present
    ProtoReader t(truncated);
    QVERIFY(t.next());
    QVERIFY(t.bytes().isEmpty());
    QVERIFY(t.failed());

    const QByteArray group = QByteArray::fromHex("0b"); // wire type 3 (start group)
    ProtoReader g(group);
    QVERIFY(!g.next());
    QVERIFY(g.failed());

    const QByteArray good = QByteArray::fromHex("0896011202abcd1d01000000");
    ProtoReader p(good);
    QVERIFY(p.next());
    QCOMPARE(p.field(), 1);
    QCOMPARE(p.varint(), quint64(150));
    QVERIFY(p.next());
    QCOMPARE(p.bytes().toByteArray(), QByteArray::fromHex("abcd"));
    QVERIFY(p.next());
    QCOMPARE(p.fixed32(), 1u);
    QVERIFY(!p.next());
    QVERIFY(!p.failed());
}

void TestIo::sstableReadsTfIndex() {
    auto table = SsTableReader::open(fixture(QStringLiteral("tf_tiny/bert_model.ckpt.index")));
    QVERIFY2(table, qPrintable(table.errorString()));
    const auto expectedEntries = expectedJson().value(u"tf_entries").toObject();
    QCOMPARE(qsizetype(table->entries().size()), expectedEntries.size() + 1); // + the header under key ""
    QVERIFY(table->find(QByteArrayView()));
    QVERIFY(table->find("bert/encoder/layer_2/output/dense/kernel/adam_v"));
    QVERIFY(!table->find("bert/encoder/layer_2/output/dense/kernel/adam"));
    // TF 2.15 writes the index uncompressed, in 256 KiB blocks: one data block here (BERT-base with
    // Adam slots still fits in one). Several blocks and Snappy are covered by hand-made tables below.
    QCOMPARE(table->compressedBlockCount(), 0);
    QCOMPARE(table->dataBlockCount(), 1);
    for (std::size_t i = 1; i < table->entries().size(); ++i)
        QVERIFY(table->entries()[i - 1].key < table->entries()[i].key);
}

void TestIo::sstableReadsSnappyAndManyBlocks() {
    std::vector<std::vector<std::pair<QByteArray, QByteArray>>> blocks(3);
    for (int i = 0; i < 90; ++i)
        blocks[std::size_t(i / 30)].emplace_back(QByteArray("key/") + QByteArray::number(1000 + i),
                                                 QByteArray(i % 7, char('a' + i % 26)));
    for (bool snappy : {false, true}) {
        auto table = SsTableReader::fromBytes(makeTable(blocks, snappy), QStringLiteral("made.index"));
        QVERIFY2(table, qPrintable(table.errorString()));
        QCOMPARE(table->entries().size(), std::size_t(90));
        QCOMPARE(table->dataBlockCount(), 3);
        QCOMPARE(table->compressedBlockCount(), snappy ? 4 : 0);
        QCOMPARE(table->find("key/1042")->value, QByteArray(42 % 7, char('a' + 42 % 26)));
    }
}

void TestIo::sstableRejects_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    const std::vector<std::pair<QByteArray, QByteArray>> entries{{"a", "1"}, {"b", "2"}};
    const QByteArray good = makeTable({entries}, false);
    QByteArray badMagic = good;
    badMagic[badMagic.size() - 1] = 'x';
    QByteArray badCrc = good;
    badCrc[3] = char(badCrc[3] ^ 0x40);
    QByteArray badFooter = good;
    badFooter.replace(badFooter.size() - 48, 10, QByteArray(10, '\xff'));
    QTest::newRow("empty") << QByteArray() << QStringLiteral("too short");
    QTest::newRow("truncated") << good.left(good.size() - 1) << QStringLiteral("magic");
    QTest::newRow("bad magic") << badMagic << QStringLiteral("magic");
    QTest::newRow("block crc") << badCrc << QStringLiteral("checksum");
    QTest::newRow("corrupt footer varints") << badFooter << QStringLiteral("footer");
    QTest::newRow("unsorted keys") << makeTable({{{"b", "1"}, {"a", "2"}}}, false) << QStringLiteral("order");
    QTest::newRow("blocks out of order")
        << makeTable({{{"b", "1"}}, {{"a", "2"}}}, false) << QStringLiteral("order");

    // A block whose entry claims to share more of the previous key than exists.
    QByteArray file;
    QByteArray block = varint(5) + varint(1) + varint(1) + "a1" + fixed32(0) + fixed32(1);
    char type = 0;
    auto crc = crc32c::extend(crc32c::value(block.constData(), std::size_t(block.size())), &type, 1);
    file += block + QByteArray(1, 0) + fixed32(crc32c::mask(crc));
    const QByteArray dataHandle = varint(0) + varint(quint64(block.size()));
    const QByteArray meta = appendBlock(&file, {}, false);
    const QByteArray index = appendBlock(&file, {{"a", dataHandle}}, false);
    QByteArray footer = meta + index;
    footer.resize(40, '\0');
    QTest::newRow("shared prefix too long")
        << (file + footer + fixed32(0x8b80fb57u) + fixed32(0xdb477524u)) << QStringLiteral("past the block");

    // A restart count that does not fit in the block.
    QByteArray file2;
    QByteArray block2 = varint(0) + varint(1) + varint(1) + "a1" + fixed32(0) + fixed32(1000);
    crc = crc32c::extend(crc32c::value(block2.constData(), std::size_t(block2.size())), &type, 1);
    file2 += block2 + QByteArray(1, 0) + fixed32(crc32c::mask(crc));
    const QByteArray meta2 = appendBlock(&file2, {}, false);
    const QByteArray index2 = appendBlock(&file2, {{"a", varint(0) + varint(quint64(block2.size()))}}, false);
    QByteArray footer2 = meta2 + index2;
    footer2.resize(40, '\0');
    QTest::newRow("restart count") << (file2 + footer2 + fixed32(0x8b80fb57u) + fixed32(0xdb477524u))
                                   << QStringLiteral("restart");

    // An index entry pointing far outside the file.
    QByteArray file3;
    const QByteArray meta3 = appendBlock(&file3, {}, false);
    const QByteArray index3 = appendBlock(&file3, {{"a", varint(1ull << 40) + varint(1ull << 40)}}, false);
    QByteArray footer3 = meta3 + index3;
    footer3.resize(40, '\0');
    QTest::newRow("handle out of range") << (file3 + footer3 + fixed32(0x8b80fb57u) + fixed32(0xdb477524u))
                                         << QStringLiteral("outside the file");

    // Compression type 2 (zlib in later LevelDB forks) is not something TF writes.
    QByteArray badType = makeTable({entries}, false);
    {
        // Patch the first block's type byte and fix its CRC so that only the type is wrong.
        QByteArray blockBytes;
        for (const auto& [k, v] : entries)
            blockBytes += varint(0) + varint(quint64(k.size())) + varint(quint64(v.size())) + k + v;
        blockBytes += fixed32(0) + fixed32(1);
        const char t2 = 2;
        const auto c2 =
            crc32c::extend(crc32c::value(blockBytes.constData(), std::size_t(blockBytes.size())), &t2, 1);
        badType[blockBytes.size()] = t2;
        badType.replace(blockBytes.size() + 1, 4, fixed32(crc32c::mask(c2)));
    }
    QTest::newRow("compression type 2") << badType << QStringLiteral("compression type 2");
}

void TestIo::sstableRejects() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    auto table = SsTableReader::fromBytes(bytes, QStringLiteral("made.index"));
    QVERIFY(!table);
    QVERIFY2(table.errorString().startsWith(u"made.index: "), qPrintable(table.errorString()));
    QVERIFY2(table.errorString().contains(reason), qPrintable(table.errorString()));
}

void TestIo::tfCheckpointListsEntries() {
    auto reader = TfCheckpointReader::open(fixture(QStringLiteral("tf_tiny/bert_model.ckpt")));
    QVERIFY2(reader, qPrintable(reader.errorString()));
    QCOMPARE(reader->shardCount(), 2);
    QVERIFY(reader->shardPath(1).endsWith(u"bert_model.ckpt.data-00001-of-00002"));
    const QJsonObject expected = expectedJson().value(u"tf_entries").toObject();
    QCOMPARE(reader->names(), expected.keys());
    const QMap<QString, QString> dtypes{{QStringLiteral("float32"), QStringLiteral("float32")},
                                        {QStringLiteral("int64"), QStringLiteral("int64")}};
    for (const auto& e : reader->entries()) {
        const QJsonObject x = expected.value(e.name).toObject();
        QCOMPARE(tfDataTypeName(e.dtype), x.value(u"dtype").toString());
        QCOMPARE(e.shape, toShape(x.value(u"shape")));
        // Encoder variables went to shard 0, everything else (heads, slots, step) to shard 1.
        const bool encoder = e.name.startsWith(u"bert/") && !e.name.contains(u"/adam_");
        QCOMPARE(e.shard, encoder ? 0 : 1);
    }
    const TfTensorEntry* step = reader->entry(QStringLiteral("global_step"));
    QVERIFY(step);
    QCOMPARE(step->dtype, int(TfDataType::Int64));
    QVERIFY(step->shape.empty());
    auto notFloat = reader->readTensor(QStringLiteral("global_step"));
    QVERIFY(!notFloat);
    QVERIFY2(notFloat.errorString().contains(u"int64"), qPrintable(notFloat.errorString()));
    auto missing = reader->readTensor(QStringLiteral("bert/nope"));
    QVERIFY(!missing);
    QVERIFY(missing.errorString().contains(u"bert_model.ckpt.index"));
    // ".index" is accepted as well as the bare prefix.
    QVERIFY(TfCheckpointReader::open(fixture(QStringLiteral("tf_tiny/bert_model.ckpt.index"))));
}

void TestIo::tfCheckpointReadsFloats() {
    auto all = TfCheckpointReader::read(fixture(QStringLiteral("tf_tiny/bert_model.ckpt")));
    QVERIFY2(all, qPrintable(all.errorString()));
    const QJsonObject entries = expectedJson().value(u"tf_entries").toObject();
    QCOMPARE(qsizetype(all->size()), entries.size() - 1); // all but global_step
    const QJsonObject tensors = expectedJson().value(u"tensors").toObject();
    for (const QString& name : tensors.keys()) {
        QVERIFY2(all->count(name), qPrintable(name));
        Tensor t = all->at(name);
        if (name == u"cls/seq_relationship/output_weights")
            t = t.transposed(); // expected.json holds the canonical [H, 2]
        QString why;
        QVERIFY2(matchesExpected(name, t, &why), qPrintable(why));
    }
    const Tensor& slot = all->at(QStringLiteral("bert/pooler/dense/kernel/adam_v"));
    QCOMPARE(slot.shape(), (Shape{8, 8}));
    QVERIFY(slot[0] >= 0);
}

void TestIo::tfCheckpointConvertsDtypes() {
    auto reader = TfCheckpointReader::open(fixture(QStringLiteral("tf_dtypes/dtypes.ckpt")));
    QVERIFY2(reader, qPrintable(reader.errorString()));
    QCOMPARE(reader->shardCount(), 1);
    QCOMPARE(reader->entry(QStringLiteral("f16"))->dtype, int(TfDataType::Half));
    QCOMPARE(reader->entry(QStringLiteral("bf16"))->dtype, int(TfDataType::BFloat16));
    QCOMPARE(reader->entry(QStringLiteral("f64"))->dtype, int(TfDataType::Double));
    const QJsonArray values = expectedJson().value(u"dtypes").toArray();
    for (const char* name : {"f32", "f64", "f16", "bf16"}) {
        auto t = reader->readTensor(QString::fromLatin1(name));
        QVERIFY2(t, qPrintable(t.errorString()));
        QCOMPARE(t->shape(), (Shape{2, 3}));
        const double tolerance = name[0] == 'b' ? 1.0 / 128 : name[1] == '1' ? 1.0 / 1024 : 1e-7;
        for (int i = 0; i < 6; ++i) {
            const double want = values[i].toDouble();
            QVERIFY2(std::abs((*t)[i] - want) <= tolerance * std::abs(want) + 1e-30,
                     qPrintable(QStringLiteral("%1[%2] = %3, expected %4")
                                    .arg(QLatin1String(name))
                                    .arg(i)
                                    .arg((*t)[i])
                                    .arg(want)));
        }
    }
    auto scalar = reader->readTensor(QStringLiteral("scalar"));
    QVERIFY(scalar);
    QVERIFY(scalar->shape().empty());
    QCOMPARE((*scalar)[0], 2.5f);
    QVERIFY(!reader->readTensor(QStringLiteral("i64")));
}

void TestIo::tfCheckpointHostileEntries() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString prefix = dir.filePath(QStringLiteral("hostile.ckpt"));
    QByteArray data(64, '\0');
    for (int i = 0; i < 16; ++i) {
        const float f = float(i) * 0.5f;
        memcpy(data.data() + 4 * i, &f, 4);
    }
    QVERIFY(writeAll(prefix + QStringLiteral(".data-00000-of-00001"), data));
    const quint32 crc = crc32c::value(data.constData(), 64);
    auto writeIndex = [&](const QByteArray& entry) {
        return writeAll(
            prefix + QStringLiteral(".index"),
            makeTable(
                {{{"", bundleHeader(1)}, {"bad", entry}, {"good", bundleEntry(1, {4, 4}, 0, 0, 64, crc)}}},
                false));
    };

    // A sane entry reads back.
    QVERIFY(writeIndex(bundleEntry(1, {16}, 0, 0, 64, crc)));
    auto ok = TfCheckpointReader::open(prefix);
    QVERIFY2(ok, qPrintable(ok.errorString()));
    auto good = ok->readTensor(QStringLiteral("good"));
    QVERIFY2(good, qPrintable(good.errorString()));
    QCOMPARE((*good)[15], 7.5f);

    struct Case {
        const char* what;
        QByteArray entry;
        const char* reason;
        bool atOpen;
    };
    const qint64 huge = qint64(1) << 40;
    const Case cases[] = {
        {"shape overflows", bundleEntry(1, {huge, huge, huge}, 0, 0, 64, crc), "has shape", true},
        {"size disagrees with shape", bundleEntry(1, {4}, 0, 0, 64, crc), "but 64 bytes", true},
        {"huge tensor beyond the file", bundleEntry(1, {qint64(1) << 28}, 0, 0, qint64(1) << 30, crc),
         "beyond the end", false},
        {"offset beyond the file", bundleEntry(1, {16}, 0, 4096, 64, crc), "beyond the end", false},
        {"wrong crc", bundleEntry(1, {16}, 0, 0, 64, crc ^ 1), "checksum mismatch in tensor 'bad'", false},
        {"unknown shard", bundleEntry(1, {16}, 3, 0, 64, crc), "shard 3 of 1", true},
        {"corrupt varint", QByteArray(12, '\xff'), "corrupt entry for tensor 'bad'", true},
        {"truncated proto", bundleEntry(1, {16}, 0, 0, 64, crc).left(7), "corrupt entry", true},
        {"negative dimension", bundleEntry(1, {-1}, 0, 0, 64, crc), "corrupt entry", true},
    };
    for (const Case& c : cases) {
        QVERIFY(writeIndex(c.entry));
        auto reader = TfCheckpointReader::open(prefix);
        QString message;
        if (c.atOpen) {
            QVERIFY2(!reader, c.what);
            message = reader.errorString();
            QVERIFY2(message.contains(u"hostile.ckpt.index"), qPrintable(message));
        } else {
            QVERIFY2(reader, qPrintable(reader.errorString()));
            auto t = reader->readTensor(QStringLiteral("bad"));
            QVERIFY2(!t, c.what);
            message = t.errorString();
            QVERIFY2(message.contains(u"hostile.ckpt.data-00000-of-00001"), qPrintable(message));
        }
        QVERIFY2(message.contains(QLatin1String(c.reason)),
                 qPrintable(QLatin1String(c.what) + u": " + message));
    }

    // No header entry, and a big-endian header.
    QVERIFY(writeAll(prefix + QStringLiteral(".index"),
                     makeTable({{{"good", bundleEntry(1, {16}, 0, 0, 64, crc)}}}, false)));
    auto noHeader = TfCheckpointReader::open(prefix);
    QVERIFY(!noHeader);
    QVERIFY2(noHeader.errorString().contains(u"header"), qPrintable(noHeader.errorString()));
    QVERIFY(writeAll(prefix + QStringLiteral(".index"),
                     makeTable({{{"", bundleHeader(1) + varint(2 << 3) + varint(1)}}}, false)));
    auto bigEndian = TfCheckpointReader::open(prefix);
    QVERIFY(!bigEndian);
    QVERIFY2(bigEndian.errorString().contains(u"big-endian"), qPrintable(bigEndian.errorString()));
}

void TestIo::safetensorsReadsDtypes() {
    auto reader = SafetensorsReader::open(fixture(QStringLiteral("dtypes.safetensors")));
    QVERIFY2(reader, qPrintable(reader.errorString()));
    QCOMPARE(reader->metadata().value(QStringLiteral("format")), QStringLiteral("pt"));
    QCOMPARE(reader->names(), (QStringList{QStringLiteral("bf16"), QStringLiteral("f16"),
                                           QStringLiteral("f32"), QStringLiteral("i64")}));
    QCOMPARE(reader->entry(QStringLiteral("bf16"))->dtype, QStringLiteral("BF16"));
    const QJsonArray values = expectedJson().value(u"dtypes").toArray();
    auto all = SafetensorsReader::read(fixture(QStringLiteral("dtypes.safetensors")));
    QVERIFY2(all, qPrintable(all.errorString()));
    QCOMPARE(all->size(), std::size_t(3));
    for (const auto& [name, t] : *all) {
        QCOMPARE(t.shape(), (Shape{2, 3}));
        const double tolerance = name == u"bf16" ? 1.0 / 128 : name == u"f16" ? 1.0 / 1024 : 0;
        for (int i = 0; i < 6; ++i)
            QVERIFY(std::abs(t[i] - values[i].toDouble()) <=
                    tolerance * std::abs(values[i].toDouble()) + 1e-30);
    }
    auto i64 = reader->readTensor(QStringLiteral("i64"));
    QVERIFY(!i64);
    QVERIFY2(i64.errorString().contains(u"dtypes.safetensors") && i64.errorString().contains(u"I64"),
             qPrintable(i64.errorString()));
}

void TestIo::loadModel_data() {
    QTest::addColumn<QString>("folder");
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("weightsFile");
    QTest::addColumn<bool>("pooler");
    QTest::addColumn<bool>("heads");
    QTest::newRow("google checkpoint, 2 shards, adam slots")
        << QStringLiteral("tf_tiny") << int(ModelFormat::TfCheckpoint) << QStringLiteral("bert_model.ckpt")
        << true << true;
    QTest::newRow("google checkpoint without heads")
        << QStringLiteral("tf_nohead") << int(ModelFormat::TfCheckpoint) << QStringLiteral("model.ckpt-100")
        << false << false;
    QTest::newRow("transformers BertForPreTraining")
        << QStringLiteral("hf_pretraining") << int(ModelFormat::Safetensors)
        << QStringLiteral("model.safetensors") << true << true;
    QTest::newRow("transformers BertModel") << QStringLiteral("hf_bertmodel") << int(ModelFormat::Safetensors)
                                            << QStringLiteral("model.safetensors") << true << false;
}

void TestIo::loadModel() {
    QFETCH(QString, folder);
    QFETCH(int, format);
    QFETCH(QString, weightsFile);
    QFETCH(bool, pooler);
    QFETCH(bool, heads);
    auto model = bertlab::core::loadModel(fixture(folder));
    QVERIFY2(model, qPrintable(model.errorString()));
    QCOMPARE(int(model->files.format), format);
    QVERIFY(model->files.weightsPath.endsWith(u'/' + weightsFile));
    QVERIFY(model->files.vocabPath.endsWith(u"/vocab.txt"));
    QCOMPARE(model->config.vocabSize, 20);
    QCOMPARE(model->config.numLayers, 3);
    QCOMPARE(model->config.hiddenAct, Activation::GeluErf);
    const BertWeights& w = model->weights;
    QCOMPARE(w.layers.size(), std::size_t(3));
    QCOMPARE(w.pooler.has_value(), pooler);
    QCOMPARE(w.mlm.has_value(), heads);
    QCOMPARE(w.nsp.has_value(), heads);
    qint64 count = 0;
    for (const auto& [name, tensor] : canonicalTensors(w)) {
        QString why;
        QVERIFY2(matchesExpected(name, *tensor, &why), qPrintable(why));
        count += tensor->size();
    }
    QCOMPARE(model->parameterCount, count);
    if (heads)
        QCOMPARE(w.nsp->kernel.shape(), (Shape{8, 2}));
    QCOMPARE(w.layers[0].intermediate.kernel.shape(), (Shape{8, 16}));
    QCOMPARE(w.layers[0].output.kernel.shape(), (Shape{16, 8}));
}

void TestIo::tfAndHfGiveSameWeights() {
    auto tf = bertlab::core::loadModel(fixture(QStringLiteral("tf_tiny")));
    auto hf = bertlab::core::loadModel(fixture(QStringLiteral("hf_pretraining")));
    QVERIFY2(tf && hf, qPrintable(tf.errorString() + hf.errorString()));
    QCOMPARE(tf->parameterCount, hf->parameterCount);
    const auto a = canonicalTensors(tf->weights), b = canonicalTensors(hf->weights);
    QCOMPARE(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        QCOMPARE(a[i].second->shape(), b[i].second->shape());
        QVERIFY2(
            std::equal(a[i].second->data(), a[i].second->data() + a[i].second->size(), b[i].second->data()),
            qPrintable(a[i].first));
    }
}

void TestIo::hfLegacyNames() {
    // Older transformers checkpoints: LayerNorm gamma/beta, the MLM bias only as the decoder's bias.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(copyFolder(fixture(QStringLiteral("hf_pretraining")), dir.path()));
    QVERIFY(editSafetensors(dir.filePath(QStringLiteral("model.safetensors")), [](QJsonObject& h) {
        for (const QString& key : h.keys()) {
            QString renamed = key;
            if (key.contains(u".LayerNorm."))
                renamed.replace(QStringLiteral(".weight"), QStringLiteral(".gamma"))
                    .replace(QStringLiteral(".bias"), QStringLiteral(".beta"));
            else if (key == u"cls.predictions.bias")
                renamed = QStringLiteral("cls.predictions.decoder.bias");
            if (renamed != key)
                h.insert(renamed, h.take(key));
        }
    }));
    auto legacy = bertlab::core::loadModel(dir.path());
    QVERIFY2(legacy, qPrintable(legacy.errorString()));
    auto modern = bertlab::core::loadModel(fixture(QStringLiteral("hf_pretraining")));
    QVERIFY(modern);
    const auto a = canonicalTensors(legacy->weights), b = canonicalTensors(modern->weights);
    QCOMPARE(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i)
        QVERIFY2(
            std::equal(a[i].second->data(), a[i].second->data() + a[i].second->size(), b[i].second->data()),
            qPrintable(a[i].first));
}

void TestIo::seqLenCut() {
    const QString folder = fixture(QStringLiteral("tf_tiny"));
    auto full = bertlab::core::loadModel(folder);
    QVERIFY2(full, qPrintable(full.errorString()));
    QCOMPARE(full->weights.positionEmbeddings.shape(), (Shape{16, 8}));

    LoadOptions options;
    options.seqLen = 5;
    auto cut = bertlab::core::loadModel(folder, options);
    QVERIFY2(cut, qPrintable(cut.errorString()));
    QCOMPARE(cut->weights.positionEmbeddings.shape(), (Shape{5, 8}));
    QVERIFY(std::equal(cut->weights.positionEmbeddings.data(), cut->weights.positionEmbeddings.data() + 40,
                       full->weights.positionEmbeddings.data()));
    QCOMPARE(cut->parameterCount, full->parameterCount - 11 * 8);
    QCOMPARE(cut->config.maxPositions, 16); // the config stays as written

    options.seqLen = 16;
    QVERIFY(bertlab::core::loadModel(folder, options));
    options.seqLen = 17;
    auto tooLong = bertlab::core::loadModel(folder, options);
    QVERIFY(!tooLong);
    QVERIFY2(tooLong.errorString().contains(u"17") && tooLong.errorString().contains(u"16") &&
                 tooLong.errorString().contains(u"bert_config.json"),
             qPrintable(tooLong.errorString()));
    options.seqLen = -1;
    QVERIFY(!bertlab::core::loadModel(folder, options));
}

void TestIo::detectFolder_data() {
    QTest::addColumn<QStringList>("files"); // copied from tf_tiny / hf_bertmodel, or created empty
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty folder") << QStringList() << QStringLiteral("no model weights");
    QTest::newRow("tf without config")
        << QStringList{QStringLiteral("tf:bert_model.ckpt.index"),
                       QStringLiteral("tf:bert_model.ckpt.data-00000-of-00002"),
                       QStringLiteral("tf:vocab.txt")}
        << QStringLiteral("bert_config.json is missing");
    QTest::newRow("tf without vocab") << QStringList{QStringLiteral("tf:bert_model.ckpt.index"),
                                                     QStringLiteral("tf:bert_model.ckpt.data-00000-of-00002"),
                                                     QStringLiteral("tf:bert_config.json")}
                                      << QStringLiteral("vocab.txt is missing");
    QTest::newRow("index without data")
        << QStringList{QStringLiteral("tf:bert_model.ckpt.index"), QStringLiteral("tf:bert_config.json"),
                       QStringLiteral("tf:vocab.txt")}
        << QStringLiteral("no .data");
    QTest::newRow("safetensors without config")
        << QStringList{QStringLiteral("hf:model.safetensors"), QStringLiteral("hf:vocab.txt")}
        << QStringLiteral("config.json is missing");
    QTest::newRow("pytorch_model.bin without config")
        << QStringList{QStringLiteral("new:pytorch_model.bin"), QStringLiteral("hf:vocab.txt")}
        << QStringLiteral("config.json is missing (needed next to pytorch_model.bin)");
    QTest::newRow("sharded safetensors without config")
        << QStringList{QStringLiteral("new:model.safetensors.index.json"), QStringLiteral("hf:vocab.txt")}
        << QStringLiteral("config.json is missing (needed next to model.safetensors.index.json)");
}

void TestIo::detectFolder() {
    QFETCH(QStringList, files);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const QString& f : files) {
        const QString source = f.section(u':', 0, 0), name = f.section(u':', 1);
        if (source == u"new")
            QVERIFY(writeAll(dir.filePath(name), "x"));
        else
            QVERIFY(QFile::copy(
                fixture((source == u"tf" ? QStringLiteral("tf_tiny/") : QStringLiteral("hf_bertmodel/")) +
                        name),
                dir.filePath(name)));
    }
    auto detected = detectModelFolder(dir.path());
    QVERIFY(!detected);
    QVERIFY2(detected.errorString().contains(reason) &&
                 detected.errorString().contains(QDir::toNativeSeparators(dir.path())),
             qPrintable(detected.errorString()));
    QVERIFY(!bertlab::core::loadModel(dir.path()));
    auto missing = detectModelFolder(dir.filePath(QStringLiteral("nope")));
    QVERIFY(!missing);
    QVERIFY(missing.errorString().contains(u"no such folder"));
}

void TestIo::checkpointPrefixChoice() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(copyFolder(fixture(QStringLiteral("tf_nohead")), dir.path()));
    // A second, newer estimator checkpoint: the `checkpoint` file still names model.ckpt-100.
    for (const char* suffix : {".index", ".data-00000-of-00001"})
        QVERIFY(QFile::copy(dir.filePath(QStringLiteral("model.ckpt-100") + QLatin1String(suffix)),
                            dir.filePath(QStringLiteral("model.ckpt-2000") + QLatin1String(suffix))));
    auto files = detectModelFolder(dir.path());
    QVERIFY2(files, qPrintable(files.errorString()));
    QVERIFY(files->weightsPath.endsWith(u"/model.ckpt-100"));
    QCOMPARE(modelFormatName(files->format), QStringLiteral("tf-checkpoint"));
    // Without the state file the highest step wins.
    QVERIFY(QFile::remove(dir.filePath(QStringLiteral("checkpoint"))));
    files = detectModelFolder(dir.path());
    QVERIFY(files->weightsPath.endsWith(u"/model.ckpt-2000"));
    // Google's name wins over both.
    for (const char* suffix : {".index", ".data-00000-of-00001"})
        QVERIFY(QFile::copy(dir.filePath(QStringLiteral("model.ckpt-100") + QLatin1String(suffix)),
                            dir.filePath(QStringLiteral("bert_model.ckpt") + QLatin1String(suffix))));
    files = detectModelFolder(dir.path());
    QVERIFY(files->weightsPath.endsWith(u"/bert_model.ckpt"));
    QVERIFY(bertlab::core::loadModel(dir.path()));
    QCOMPARE(modelFormatName(ModelFormat::Safetensors), QStringLiteral("safetensors"));
}

void TestIo::corruptInput_data() {
    using Damage = std::function<bool(const QString& dir)>;
    QTest::addColumn<QString>("source");
    QTest::addColumn<Damage>("damage");
    QTest::addColumn<QString>("file");   // the file the message must name
    QTest::addColumn<QString>("reason"); // and a part of its reason

    auto file = [](const QString& dir, const char* name) -> QString {
        return dir + u'/' + QLatin1String(name);
    };
    auto truncate = [file](const char* name, qint64 size) {
        return Damage([=](const QString& d) { return QFile::resize(file(d, name), size); });
    };
    auto flip = [file](const char* name, qint64 offset) {
        return Damage([=](const QString& d) {
            QByteArray b = readAll(file(d, name));
            const qint64 at = offset < 0 ? b.size() + offset : offset;
            b[at] = char(b[at] ^ 0x10);
            return writeAll(file(d, name), b);
        });
    };
    auto replace = [file](const char* name, QByteArray from, QByteArray to) {
        return Damage([=](const QString& d) {
            QByteArray b = readAll(file(d, name));
            if (!b.contains(from))
                return false;
            b.replace(from, to);
            return writeAll(file(d, name), b);
        });
    };
    auto write = [file](const char* name, QByteArray bytes) {
        return Damage([=](const QString& d) { return writeAll(file(d, name), bytes); });
    };
    auto edit = [file](std::function<void(QJsonObject&)> f) {
        return Damage([=](const QString& d) { return editSafetensors(file(d, "model.safetensors"), f); });
    };
    auto headerLength = [file](qint64 length) {
        return Damage([=](const QString& d) {
            QByteArray b = readAll(file(d, "model.safetensors"));
            for (int i = 0; i < 8; ++i)
                b[i] = char(quint64(length) >> (8 * i));
            return writeAll(file(d, "model.safetensors"), b);
        });
    };
    const QString tf = QStringLiteral("tf_tiny"), hf = QStringLiteral("hf_pretraining");
    const QString index = QStringLiteral("bert_model.ckpt.index");
    const QString shard0 = QStringLiteral("bert_model.ckpt.data-00000-of-00002");
    const QString shard1 = QStringLiteral("bert_model.ckpt.data-00001-of-00002");
    const QString st = QStringLiteral("model.safetensors");

    QTest::newRow("index truncated") << tf << truncate("bert_model.ckpt.index", 3000) << index
                                     << QStringLiteral("magic");
    QTest::newRow("index shorter than a footer")
        << tf << truncate("bert_model.ckpt.index", 20) << index << QStringLiteral("too short");
    QTest::newRow("index empty") << tf << truncate("bert_model.ckpt.index", 0) << index
                                 << QStringLiteral("too short");
    QTest::newRow("index magic") << tf << flip("bert_model.ckpt.index", -1) << index
                                 << QStringLiteral("magic");
    QTest::newRow("index block crc") << tf << flip("bert_model.ckpt.index", 200) << index
                                     << QStringLiteral("checksum");
    QTest::newRow("index block trailer crc")
        << tf << flip("bert_model.ckpt.index", -52) << index << QStringLiteral("checksum");
    QTest::newRow("data shard truncated") << tf << truncate("bert_model.ckpt.data-00000-of-00002", 1000)
                                          << shard0 << QStringLiteral("beyond the end of the file");
    QTest::newRow("data byte flipped") << tf << flip("bert_model.ckpt.data-00000-of-00002", 4000) << shard0
                                       << QStringLiteral("checksum mismatch in tensor");
    QTest::newRow("data shard missing") << tf << Damage([file](const QString& d) {
        return QFile::remove(file(d, "bert_model.ckpt.data-00001-of-00002"));
    }) << shard1 << QStringLiteral("cannot open");
    QTest::newRow("config bad json") << tf << write("bert_config.json", "{\"vocab_size\": 20,")
                                     << QStringLiteral("bert_config.json") << QStringLiteral("invalid JSON");
    QTest::newRow("config shape mismatch (tf)")
        << tf << replace("bert_config.json", "\"intermediate_size\": 16", "\"intermediate_size\": 32")
        << index
        << QStringLiteral(
               "tensor 'bert/encoder/layer_0/intermediate/dense/kernel' has shape [8, 16], expected [8, 32]");
    QTest::newRow("config vocab mismatch (tf)")
        << tf << replace("bert_config.json", "\"vocab_size\": 20", "\"vocab_size\": 21") << index
        << QStringLiteral("tensor 'bert/embeddings/word_embeddings' has shape [20, 8], expected [21, 8]");
    QTest::newRow("config more layers than stored")
        << tf << replace("bert_config.json", "\"num_hidden_layers\": 3", "\"num_hidden_layers\": 4") << index
        << QStringLiteral("missing tensor 'bert/encoder/layer_3/attention/self/query/kernel'");
    QTest::newRow("config activation") << tf << replace("bert_config.json", "\"gelu\"", "\"swish\"")
                                       << QStringLiteral("bert_config.json") << QStringLiteral("\"swish\"");
    QTest::newRow("config shape mismatch (hf)")
        << hf << replace("config.json", "\"intermediate_size\": 16", "\"intermediate_size\": 32") << st
        << QStringLiteral(
               "tensor 'bert.encoder.layer.0.intermediate.dense.weight' has shape [16, 8], expected [32, 8]");
    QTest::newRow("header length beyond file")
        << hf << headerLength(1 << 16) << st << QStringLiteral("exceeds the file size");
    QTest::newRow("header length huge")
        << hf << headerLength(0x7fffffffffffffffll) << st << QStringLiteral("header length");
    QTest::newRow("header length short") << hf << headerLength(100) << st << QStringLiteral("not valid JSON");
    QTest::newRow("safetensors too short")
        << hf << truncate("model.safetensors", 5) << st << QStringLiteral("too short");
    QTest::newRow("safetensors truncated data")
        << hf << truncate("model.safetensors", 10000) << st << QStringLiteral("beyond the end");
    QTest::newRow("safetensors bad json")
        << hf << replace("model.safetensors", "\"__metadata__\":{", "\"__metadata__\":[") << st
        << QStringLiteral("not valid JSON");
    QTest::newRow("safetensors not an object")
        << hf << replace("model.safetensors", "{\"__metadata__\"", "[\"__metadata__\"") << st
        << QStringLiteral("not a JSON object");
    QTest::newRow("offsets out of range") << hf << edit([](QJsonObject& h) {
        QJsonObject e = h.value(u"cls.seq_relationship.bias").toObject();
        e.insert(QStringLiteral("data_offsets"), pair(qint64(1) << 50, (qint64(1) << 50) + 8));
        h.insert(QStringLiteral("cls.seq_relationship.bias"), e);
    }) << st << QStringLiteral("tensor 'cls.seq_relationship.bias' (bytes 1125899906842624");
    QTest::newRow("offsets reversed") << hf << edit([](QJsonObject& h) {
        QJsonObject e = h.value(u"cls.seq_relationship.bias").toObject();
        const QJsonArray o = e.value(u"data_offsets").toArray();
        e.insert(QStringLiteral("data_offsets"), QJsonArray{o[1], o[0]});
        h.insert(QStringLiteral("cls.seq_relationship.bias"), e);
    }) << st << QStringLiteral("invalid data_offsets");
    QTest::newRow("overlapping tensors") << hf << edit([](QJsonObject& h) {
        // The first tensor grows (shape and range together) over the start of the second.
        for (auto it = h.begin(); it != h.end(); ++it) {
            QJsonObject e = it.value().toObject();
            const QJsonArray o = e.value(u"data_offsets").toArray();
            if (it.key() != u"__metadata__" && o[0].toDouble() == 0) {
                e.insert(QStringLiteral("data_offsets"), pair(0, qint64(o[1].toDouble()) + 32));
                e.insert(QStringLiteral("shape"), QJsonArray{(o[1].toDouble() + 32) / 4});
                it.value() = e;
                return;
            }
        }
    }) << st << QStringLiteral("overlaps another tensor");
    QTest::newRow("size disagrees with shape") << hf << edit([](QJsonObject& h) {
        QJsonObject e = h.value(u"bert.pooler.dense.bias").toObject();
        e.insert(QStringLiteral("shape"), QJsonArray{9});
        h.insert(QStringLiteral("bert.pooler.dense.bias"), e);
    }) << st << QStringLiteral("has 32 bytes but its shape and dtype need 36");
    QTest::newRow("huge shape") << hf << edit([](QJsonObject& h) {
        QJsonObject e = h.value(u"bert.pooler.dense.bias").toObject();
        e.insert(QStringLiteral("shape"), QJsonArray{double(qint64(1) << 40), double(qint64(1) << 40)});
        h.insert(QStringLiteral("bert.pooler.dense.bias"), e);
    }) << st << QStringLiteral("impossibly large shape");
    QTest::newRow("negative dimension") << hf << edit([](QJsonObject& h) {
        QJsonObject e = h.value(u"bert.pooler.dense.bias").toObject();
        e.insert(QStringLiteral("shape"), QJsonArray{-8});
        h.insert(QStringLiteral("bert.pooler.dense.bias"), e);
    }) << st << QStringLiteral("no valid shape");
    QTest::newRow("unknown dtype") << hf << edit([](QJsonObject& h) {
        QJsonObject e = h.value(u"bert.pooler.dense.bias").toObject();
        e.insert(QStringLiteral("dtype"), QStringLiteral("F7"));
        h.insert(QStringLiteral("bert.pooler.dense.bias"), e);
    }) << st << QStringLiteral("unknown dtype 'F7'");
    QTest::newRow("integer weights") << hf << edit([](QJsonObject& h) {
        QJsonObject e = h.value(u"bert.pooler.dense.bias").toObject();
        e.insert(QStringLiteral("dtype"), QStringLiteral("I32"));
        h.insert(QStringLiteral("bert.pooler.dense.bias"), e);
    }) << st << QStringLiteral("'bert.pooler.dense.bias' is I32, not a float tensor");
    QTest::newRow("gap in data") << hf << edit([](QJsonObject& h) {
        for (auto it = h.begin(); it != h.end(); ++it) {
            if (it.key() != u"__metadata__" &&
                it.value().toObject().value(u"data_offsets").toArray()[0].toDouble() == 0) {
                h.erase(it);
                return;
            }
        }
    }) << st << QStringLiteral("gap in the data before tensor");
    QTest::newRow("trailing bytes") << hf << Damage([file](const QString& d) {
        QFile f(file(d, "model.safetensors"));
        return f.open(QIODevice::Append) && f.write("junk") == 4;
    }) << st << QStringLiteral("cover");
    QTest::newRow("partial nsp head") << hf << edit([](QJsonObject& h) {
        h.insert(QStringLiteral("cls.seq_relationship.renamed"),
                 h.take(QStringLiteral("cls.seq_relationship.bias")));
    }) << st << QStringLiteral("missing tensor 'cls.seq_relationship.bias'");
    QTest::newRow("missing encoder tensor") << hf << edit([](QJsonObject& h) {
        h.insert(QStringLiteral("renamed"),
                 h.take(QStringLiteral("bert.encoder.layer.2.output.LayerNorm.weight")));
    }) << st << QStringLiteral("missing tensor 'bert.encoder.layer.2.output.LayerNorm.weight'");
    // Sharded safetensors: a hostile or broken index names the index and says what is wrong with it.
    const QString sharded = QStringLiteral("../models/tiny_hf_sharded");
    const QString shardIndex = QStringLiteral("model.safetensors.index.json");
    QTest::newRow("shard index: a shard outside the folder")
        << sharded
        << replace("model.safetensors.index.json", "\"model-00002-of-00004", "\"../model-00002-of-00004")
        << shardIndex << QStringLiteral("is not a file name in the model's folder");
    QTest::newRow("shard index: a shard missing") << sharded << Damage([file](const QString& d) {
        return QFile::remove(file(d, "model-00003-of-00004.safetensors"));
    }) << shardIndex << QStringLiteral("shard model-00003-of-00004.safetensors is missing");
    QTest::newRow("shard index: a tensor in the wrong shard")
        << sharded
        << replace("model.safetensors.index.json",
                   "\"bert.embeddings.word_embeddings.weight\": \"model-00001-of-00004",
                   "\"bert.embeddings.word_embeddings.weight\": \"model-00004-of-00004")
        << shardIndex
        << QStringLiteral(
               "does not hold 'bert.embeddings.word_embeddings.weight', which the index puts there");
    QTest::newRow("shard index: a tensor left out")
        << sharded
        << replace("model.safetensors.index.json",
                   "\"bert.encoder.layer.1.output.dense.bias\": \"model-00003-of-00004.safetensors\",", "")
        << shardIndex << QStringLiteral("missing tensor 'bert.encoder.layer.1.output.dense.bias'");
    QTest::newRow("shard index: not JSON")
        << sharded << write("model.safetensors.index.json", "{\"weight_map\": {") << shardIndex
        << QStringLiteral("invalid JSON");
    QTest::newRow("shard index: no weight_map")
        << sharded << write("model.safetensors.index.json", "{\"metadata\": {\"total_size\": 1}}")
        << shardIndex << QStringLiteral("no \"weight_map\" object");
    QTest::newRow("shard index: an empty weight_map")
        << sharded << write("model.safetensors.index.json", "{\"weight_map\": {}}") << shardIndex
        << QStringLiteral("names no tensors");
    QTest::newRow("shard index: a shard that is not a name")
        << sharded << replace("model.safetensors.index.json", "\"model-00001-of-00004.safetensors\"", "17")
        << shardIndex << QStringLiteral("its shard is not a file name");
    QTest::newRow("shard truncated") << sharded << truncate("model-00002-of-00004.safetensors", 6)
                                     << QStringLiteral("model-00002-of-00004.safetensors") << QString();
    QTest::newRow("wrong shape in file")
        << hf << edit([](QJsonObject& h) {
               QJsonObject e = h.value(u"bert.embeddings.position_embeddings.weight").toObject();
               e.insert(QStringLiteral("shape"), QJsonArray{8, 16});
               h.insert(QStringLiteral("bert.embeddings.position_embeddings.weight"), e);
           })
        << st
        << QStringLiteral(
               "tensor 'bert.embeddings.position_embeddings.weight' has shape [8, 16], expected [16, 8]");
}

void TestIo::corruptInput() {
    using Damage = std::function<bool(const QString& dir)>;
    QFETCH(QString, source);
    QFETCH(Damage, damage);
    QFETCH(QString, file);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(copyFolder(fixture(source), dir.path()));
    QVERIFY(bertlab::core::loadModel(dir.path())); // intact copy loads
    QVERIFY2(damage(dir.path()), "could not damage the copy");
    auto model = bertlab::core::loadModel(dir.path());
    QVERIFY(!model);
    QVERIFY2(model.errorString().contains(file), qPrintable(model.errorString()));
    QVERIFY2(model.errorString().contains(reason), qPrintable(model.errorString()));
}

void TestIo::randomDamageNeverCrashes() {
    // Random byte flips and truncations anywhere in the files: each load fails cleanly or succeeds.
    QRandomGenerator rng(12345);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    struct Target {
        const char* folder;
        const char* file;
    };
    const Target targets[] = {{"tf_tiny", "bert_model.ckpt.index"},
                              {"tf_tiny", "bert_model.ckpt.data-00001-of-00002"},
                              {"hf_pretraining", "model.safetensors"},
                              {"../models/tiny_hf_sharded", "model.safetensors.index.json"},
                              {"../models/tiny_hf_sharded", "model-00003-of-00004.safetensors"}};
    int failures = 0, copies = 0;
    for (const Target& t : targets) {
        const QString name = QFileInfo(QLatin1String(t.folder)).fileName();
        const QString folder = dir.filePath(QStringLiteral("%1-").arg(++copies) + name);
        QVERIFY(copyFolder(fixture(QLatin1String(t.folder)), folder));
        const QString path = folder + u'/' + QLatin1String(t.file);
        const QByteArray original = readAll(path);
        // Safetensors: the header is where parsing happens, so damage concentrates there.
        const qsizetype span = QByteArrayView(t.file).endsWith("safetensors")
                                   ? std::min(qsizetype(5000), original.size())
                                   : original.size();
        for (int round = 0; round < 150; ++round) {
            QByteArray damaged = original;
            const int flips = 1 + int(rng.bounded(4));
            for (int i = 0; i < flips; ++i)
                damaged[rng.bounded(int(span))] = char(rng.generate());
            if (round % 5 == 0)
                damaged.truncate(rng.bounded(int(damaged.size())));
            QVERIFY(writeAll(path, damaged));
            auto model = bertlab::core::loadModel(folder);
            if (!model) {
                ++failures;
                QVERIFY2(model.errorString().contains(name), qPrintable(model.errorString()));
            }
        }
        QVERIFY(writeAll(path, original));
    }
    QVERIFY(failures > 450); // nearly every damage is detected (CRCs, strict header checks)
}

void TestIo::configParses_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("activation");
    QTest::addColumn<float>("eps");
    QTest::newRow("gelu, defaults") << QByteArray(R"({"vocab_size": 100})") << int(Activation::GeluErf)
                                    << 1e-12f;
    QTest::newRow("gelu_new") << QByteArray(R"({"vocab_size": 100, "hidden_act": "gelu_new"})")
                              << int(Activation::GeluTanh) << 1e-12f;
    QTest::newRow("gelu_tanh") << QByteArray(R"({"vocab_size": 100, "hidden_act": "gelu_tanh"})")
                               << int(Activation::GeluTanh) << 1e-12f;
    QTest::newRow("gelu_pytorch_tanh")
        << QByteArray(R"({"vocab_size": 100, "hidden_act": "gelu_pytorch_tanh"})")
        << int(Activation::GeluTanh) << 1e-12f;
    QTest::newRow("relu, eps") << QByteArray(
                                      R"({"vocab_size": 100, "hidden_act": "relu", "layer_norm_eps": 1e-5})")
                               << int(Activation::Relu) << 1e-5f;
    QTest::newRow("hf extras") << readAll(fixture(QStringLiteral("hf_pretraining/config.json")))
                               << int(Activation::GeluErf) << 1e-12f;
}

void TestIo::configParses() {
    QFETCH(QByteArray, json);
    QFETCH(int, activation);
    QFETCH(float, eps);
    auto c = BertConfig::fromJson(json, QStringLiteral("c.json"));
    QVERIFY2(c, qPrintable(c.errorString()));
    QCOMPARE(int(c->hiddenAct), activation);
    QCOMPARE(c->layerNormEps, eps);
    if (c->vocabSize == 100) {
        QCOMPARE(c->hiddenSize, 768);
        QCOMPARE(c->numLayers, 12);
        QCOMPARE(c->maxPositions, 512);
    }

    auto fromFile = BertConfig::fromJsonFile(fixture(QStringLiteral("tf_tiny/bert_config.json")));
    QVERIFY2(fromFile, qPrintable(fromFile.errorString()));
    QCOMPARE(fromFile->hiddenSize, 8);
    QCOMPARE(fromFile->numHeads, 2);
    QCOMPARE(fromFile->headSize(), 4);
    QCOMPARE(fromFile->intermediateSize, 16);
    QCOMPARE(fromFile->maxPositions, 16);
    QCOMPARE(fromFile->typeVocabSize, 2);
    QCOMPARE(fromFile->hiddenDropout, 0.1f);
    QCOMPARE(fromFile->initializerRange, 0.02f);
}

void TestIo::configRejects_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reason");
    QTest::newRow("bad json") << QByteArray("{\"vocab_size\": ") << QStringLiteral("invalid JSON");
    QTest::newRow("array") << QByteArray("[1, 2]") << QStringLiteral("not a JSON object");
    QTest::newRow("no vocab_size") << QByteArray(R"({"hidden_size": 8})")
                                   << QStringLiteral("missing \"vocab_size\"");
    QTest::newRow("string size") << QByteArray(R"({"vocab_size": "20"})")
                                 << QStringLiteral("\"vocab_size\" must be an integer");
    QTest::newRow("fraction") << QByteArray(R"({"vocab_size": 20, "hidden_size": 7.5})")
                              << QStringLiteral("\"hidden_size\"");
    QTest::newRow("zero layers") << QByteArray(R"({"vocab_size": 20, "num_hidden_layers": 0})")
                                 << QStringLiteral("\"num_hidden_layers\"");
    QTest::newRow("negative heads") << QByteArray(R"({"vocab_size": 20, "num_attention_heads": -2})")
                                    << QStringLiteral("\"num_attention_heads\"");
    QTest::newRow("heads do not divide")
        << QByteArray(R"({"vocab_size": 20, "hidden_size": 10, "num_attention_heads": 3})")
        << QStringLiteral("not a multiple");
    QTest::newRow("huge vocab") << QByteArray(R"({"vocab_size": 1e12})") << QStringLiteral("\"vocab_size\"");
    QTest::newRow("terabytes")
        << QByteArray(R"({"vocab_size": 9000000, "hidden_size": 65536, "num_attention_heads": 1})")
        << QStringLiteral("billion parameters");
    QTest::newRow("many layers") << QByteArray(
                                        R"({"vocab_size": 20, "num_hidden_layers": 1000, "hidden_size": 4096,
                                                   "num_attention_heads": 16, "intermediate_size": 16384})")
                                 << QStringLiteral("billion parameters");
    QTest::newRow("activation") << QByteArray(R"({"vocab_size": 20, "hidden_act": "swish"})")
                                << QStringLiteral("hidden_act \"swish\" is not supported");
    QTest::newRow("activation type") << QByteArray(R"({"vocab_size": 20, "hidden_act": 3})")
                                     << QStringLiteral("\"hidden_act\" must be a string");
    QTest::newRow("eps zero") << QByteArray(R"({"vocab_size": 20, "layer_norm_eps": 0})")
                              << QStringLiteral("\"layer_norm_eps\"");
    QTest::newRow("dropout") << QByteArray(R"({"vocab_size": 20, "hidden_dropout_prob": 1.5})")
                             << QStringLiteral("\"hidden_dropout_prob\"");
    QTest::newRow("other model") << QByteArray(R"({"vocab_size": 20, "model_type": "distilbert"})")
                                 << QStringLiteral("model_type \"distilbert\" is not BERT");
    QTest::newRow("relative positions")
        << QByteArray(R"({"vocab_size": 20, "position_embedding_type": "relative_key"})")
        << QStringLiteral("relative_key");
}

void TestIo::configRejects() {
    QFETCH(QByteArray, json);
    QFETCH(QString, reason);
    auto c = BertConfig::fromJson(json, QStringLiteral("some/bert_config.json"));
    QVERIFY(!c);
    QVERIFY2(c.errorString().startsWith(u"some/bert_config.json: "), qPrintable(c.errorString()));
    QVERIFY2(c.errorString().contains(reason), qPrintable(c.errorString()));

    auto missing = BertConfig::fromJsonFile(QStringLiteral("/nonexistent/bert_config.json"));
    QVERIFY(!missing);
    QVERIFY(missing.errorString().contains(u"/nonexistent/bert_config.json"));
}

void TestIo::configRoundTrip() {
    auto c = BertConfig::fromJsonFile(fixture(QStringLiteral("tf_tiny/bert_config.json")));
    QVERIFY(c);
    c->hiddenAct = Activation::GeluTanh;
    c->hiddenActName = QStringLiteral("gelu_new");
    c->layerNormEps = 1e-5f;
    const QByteArray json = c->toJson();
    QVERIFY2(json.contains("\"layer_norm_eps\": 1e-05") || json.contains("\"layer_norm_eps\": 1e-5"),
             json.constData());
    QVERIFY2(json.contains("\"initializer_range\": 0.02"), json.constData());
    auto back = BertConfig::fromJson(json, QStringLiteral("round trip"));
    QVERIFY2(back, qPrintable(back.errorString()));
    QCOMPARE(back->vocabSize, c->vocabSize);
    QCOMPARE(back->hiddenSize, c->hiddenSize);
    QCOMPARE(back->numLayers, c->numLayers);
    QCOMPARE(back->numHeads, c->numHeads);
    QCOMPARE(back->intermediateSize, c->intermediateSize);
    QCOMPARE(back->maxPositions, c->maxPositions);
    QCOMPARE(back->typeVocabSize, c->typeVocabSize);
    QCOMPARE(back->hiddenAct, Activation::GeluTanh);
    QCOMPARE(back->hiddenActName, QStringLiteral("gelu_new"));
    QCOMPARE(back->layerNormEps, 1e-5f);
    QCOMPARE(back->hiddenDropout, c->hiddenDropout);
    QCOMPARE(back->attentionDropout, c->attentionDropout);
    QCOMPARE(back->initializerRange, c->initializerRange);
}

QTEST_GUILESS_MAIN(TestIo)
#include "tst_io.moc"
