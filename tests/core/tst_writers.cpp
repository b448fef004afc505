// Writers of model files: TF checkpoints (tensor bundles), safetensors and whole model folders. What is
// written loads back bit for bit, equals the bytes TensorFlow and safetensors write for the same tensors,
// and a failed write leaves what was there untouched.
//
// BERTLAB_KEEP_WRITTEN=DIR keeps the model folders written from the fixture models under DIR, for
// tests/fixtures/check_bertlab_checkpoint.py (the peers load them).

#include "core/io/crc32.h"
#include "core/io/model_loader.h"
#include "core/io/model_writer.h"
#include "core/io/safetensors_reader.h"
#include "core/io/safetensors_writer.h"
#include "core/io/sstable_reader.h"
#include "core/io/sstable_writer.h"
#include "core/io/tf_checkpoint_reader.h"
#include "core/io/tf_checkpoint_writer.h"
#include "core/model/bert_model.h"
#include "core/model/random_weights.h"
#include "core/text/vocab.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using namespace bertlab::core;

namespace {

QString fixture(const QString& relative) {
    return QStringLiteral(BERTLAB_FIXTURES "/") + relative;
}

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// Every file under a folder (relative name -> bytes), to prove that nothing changed.
QMap<QString, QByteArray> snapshot(const QString& directory) {
    QMap<QString, QByteArray> out;
    QDirIterator it(directory, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        out.insert(QDir(directory).relativeFilePath(path), readAll(path));
    }
    return out;
}

bool bitIdentical(const Tensor& a, const Tensor& b) {
    // Empty tensors have no storage (null data), which memcmp must not see.
    return a.shape() == b.shape() &&
           (a.size() == 0 || std::memcmp(a.data(), b.data(), std::size_t(a.size()) * sizeof(float)) == 0);
}

// Names of tensors that differ between two maps (missing, extra, other shape or other bits).
QStringList differences(const TensorMap& a, const TensorMap& b) {
    QStringList out;
    for (const auto& [name, t] : a) {
        auto it = b.find(name);
        if (it == b.end() || !bitIdentical(t, it->second))
            out << name;
    }
    for (const auto& [name, t] : b)
        if (!a.count(name))
            out << name;
    return out;
}

// A tensor whose values spell out its position, so a misplaced byte shows.
Tensor patterned(const Shape& shape, float seed) {
    Tensor t(shape);
    for (std::int64_t i = 0; i < t.size(); ++i)
        t[i] = seed + float(i) * 0.125f - float(i % 7) * 1e-3f;
    return t;
}

// The int64 global_step as stored in the shard (TfCheckpointReader reads float tensors only).
std::optional<std::int64_t> readGlobalStep(const TfCheckpointReader& reader) {
    const TfTensorEntry* e = reader.entry(QStringLiteral("global_step"));
    if (!e || e->dtype != int(TfDataType::Int64) || !e->shape.empty() || e->size != 8)
        return std::nullopt;
    const QByteArray shard = readAll(reader.shardPath(e->shard));
    if (shard.size() < e->offset + 8)
        return std::nullopt;
    if (crc32c::value(shard.constData() + e->offset, 8) != e->crc32c)
        return std::nullopt;
    std::int64_t step = 0;
    std::memcpy(&step, shard.constData() + e->offset, 8);
    return step;
}

// Where a test writes a model folder: under BERTLAB_KEEP_WRITTEN when set (kept for the peers' check),
// else inside tmp.
QString outputFolder(const QTemporaryDir& tmp, const QString& name) {
    const QByteArray keep = qgetenv("BERTLAB_KEEP_WRITTEN");
    const QString folder = (keep.isEmpty() ? tmp.path() : QString::fromLocal8Bit(keep)) + u'/' + name;
    QDir(folder).removeRecursively();
    return folder;
}

Result<ForwardResult> runModel(const LoadedModel& m) {
    TokenBatch batch;
    batch.add({2, 10, 20, 30, 4, 3, 40, 50, 3}, {0, 0, 0, 0, 0, 0, 1, 1, 1});
    batch.add({2, 7, 8, 3}, {0, 0, 0, 0});
    ForwardRequest request;
    request.hiddenStates = true;
    request.pooled = m.weights.pooler.has_value();
    request.nsp = m.weights.nsp.has_value();
    request.mlm = m.weights.mlm.has_value();
    const BertModel model(m.config, m.weights);
    return model.forward(batch, request, KernelPath::Reference);
}

} // namespace

class TestWriters final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void modelFolderRoundTrip_data();
    void modelFolderRoundTrip();
    void hfTensorsEqualTransformersFile_data();
    void hfTensorsEqualTransformersFile();
    void tfTensorsEqualGoogleCheckpoint();
    void tfBytesEqualTensorFlow_data();
    void tfBytesEqualTensorFlow();
    void safetensorsBytesEqualReference_data();
    void safetensorsBytesEqualReference();
    void halfSafetensorsBytesEqualReference();
    void convertKeepsOutputsAndRefusesToOverwrite();
    void extraTensorsAndGlobalStep();
    void manyTensors_data();
    void manyTensors();
    void emptyAndScalarTensors();
    void sstableKeysOutOfOrder();
    void invalidInputIsRefused();
    void failedWriteLeavesCheckpointUntouched();
    void failedSafetensorsWriteLeavesFileUntouched();
    void overwriteReplacesCheckpointCompletely();
    void tfFolderRefusesSafetensorsFolder();
};

void TestWriters::modelFolderRoundTrip_data() {
    QTest::addColumn<QString>("source");
    QTest::addColumn<ModelFormat>("format");
    for (const char* source : {"tiny_tf", "tiny_hf", "tiny_hf_tanh"}) {
        QTest::addRow("%s->tf", source) << QString::fromLatin1(source) << ModelFormat::TfCheckpoint;
        QTest::addRow("%s->safetensors", source) << QString::fromLatin1(source) << ModelFormat::Safetensors;
    }
}

void TestWriters::modelFolderRoundTrip() {
    QFETCH(QString, source);
    QFETCH(ModelFormat, format);
    auto original = loadModel(fixture(QStringLiteral("models/") + source));
    QVERIFY2(original, qPrintable(original.errorString()));
    auto vocab = Vocab::fromFile(original->files.vocabPath);
    QVERIFY2(vocab, qPrintable(vocab.errorString()));

    QTemporaryDir tmp;
    const QString out = outputFolder(
        tmp, source + QStringLiteral("_as_") +
                 (format == ModelFormat::TfCheckpoint ? QStringLiteral("tf") : QStringLiteral("hf")));
    const Status written = writeModelFolder(out, format, original->config, original->weights, *vocab);
    QVERIFY2(written, qPrintable(written.errorString()));

    const QStringList expectedFiles =
        format == ModelFormat::TfCheckpoint
            ? QStringList{QStringLiteral("bert_config.json"),
                          QStringLiteral("bert_model.ckpt.data-00000-of-00001"),
                          QStringLiteral("bert_model.ckpt.index"), QStringLiteral("vocab.txt")}
            : QStringList{QStringLiteral("config.json"), QStringLiteral("model.safetensors"),
                          QStringLiteral("vocab.txt")};
    QCOMPARE(QDir(out).entryList(QDir::Files | QDir::Hidden, QDir::Name), expectedFiles);

    auto back = loadModel(out);
    QVERIFY2(back, qPrintable(back.errorString()));
    QCOMPARE(back->files.format, format);
    QCOMPARE(back->config.toJson(), original->config.toJson());
    QCOMPARE(back->config.hiddenAct, original->config.hiddenAct);
    QCOMPARE(back->parameterCount, original->parameterCount);
    QCOMPARE(readAll(back->files.vocabPath), readAll(original->files.vocabPath));
    QCOMPARE(back->weights.pooler.has_value(), original->weights.pooler.has_value());
    QCOMPARE(back->weights.mlm.has_value(), original->weights.mlm.has_value());
    QCOMPARE(back->weights.nsp.has_value(), original->weights.nsp.has_value());
    // Every canonical tensor, bit for bit (the TF listing names them all).
    const QStringList diff = differences(tensorsForFormat(original->weights, ModelFormat::TfCheckpoint),
                                         tensorsForFormat(back->weights, ModelFormat::TfCheckpoint));
    QVERIFY2(diff.isEmpty(), qPrintable(diff.join(u' ')));

    auto a = runModel(*original);
    auto b = runModel(*back);
    QVERIFY2(a && b, qPrintable(a.errorString() + b.errorString()));
    QVERIFY(bitIdentical(a->lastHidden, b->lastHidden));
    QCOMPARE(a->hiddenStates.size(), b->hiddenStates.size());
    for (std::size_t i = 0; i < a->hiddenStates.size(); ++i)
        QVERIFY(bitIdentical(a->hiddenStates[i], b->hiddenStates[i]));
    QVERIFY(bitIdentical(a->pooled, b->pooled));
    QVERIFY(bitIdentical(a->nspProbabilities, b->nspProbabilities));
    QVERIFY(bitIdentical(a->mlmProbabilities, b->mlmProbabilities));

    if (format == ModelFormat::Safetensors) {
        const QJsonObject config = QJsonDocument::fromJson(readAll(back->files.configPath)).object();
        QCOMPARE(config.value(u"model_type").toString(), QStringLiteral("bert"));
        QCOMPARE(config.value(u"architectures").toVariant().toStringList(),
                 QStringList{original->weights.mlm ? QStringLiteral("BertForPreTraining")
                                                   : QStringLiteral("BertModel")});
        auto reader = SafetensorsReader::open(back->files.weightsPath);
        QVERIFY(reader);
        QCOMPARE(reader->metadata().value(QStringLiteral("format")), QStringLiteral("pt"));
    }
}

// The Hugging Face listing is exactly transformers' own file: names, [out, in] layouts, tied decoder left
// out; written out, the whole file is byte for byte the one transformers saved.
void TestWriters::hfTensorsEqualTransformersFile_data() {
    QTest::addColumn<QString>("folder");
    QTest::newRow("models/tiny_hf") << QStringLiteral("models/tiny_hf");
    QTest::newRow("io/hf_pretraining") << QStringLiteral("io/hf_pretraining");
}

void TestWriters::hfTensorsEqualTransformersFile() {
    QFETCH(QString, folder);
    auto model = loadModel(fixture(folder));
    QVERIFY2(model, qPrintable(model.errorString()));
    auto file = SafetensorsReader::read(model->files.weightsPath);
    QVERIFY2(file, qPrintable(file.errorString()));
    const QStringList diff = differences(tensorsForFormat(model->weights, ModelFormat::Safetensors), *file);
    QVERIFY2(diff.isEmpty(), qPrintable(diff.join(u' ')));

    QTemporaryDir tmp;
    auto vocab = Vocab::fromFile(model->files.vocabPath);
    QVERIFY(vocab);
    const Status s =
        writeModelFolder(tmp.path(), ModelFormat::Safetensors, model->config, model->weights, *vocab);
    QVERIFY2(s, qPrintable(s.errorString()));
    QCOMPARE(readAll(tmp.filePath(QStringLiteral("model.safetensors"))), readAll(model->files.weightsPath));
    // The config says what transformers' says, but for its version stamp.
    QJsonObject expected = QJsonDocument::fromJson(readAll(model->files.configPath)).object();
    expected.remove(QStringLiteral("transformers_version"));
    const QJsonObject written =
        QJsonDocument::fromJson(readAll(tmp.filePath(QStringLiteral("config.json")))).object();
    for (auto it = expected.begin(); it != expected.end(); ++it)
        QVERIFY2(written.value(it.key()) == it.value(), qPrintable(it.key()));
}

// The Google listing is exactly what Google's checkpoints hold (NSP output_weights [2, H] included).
void TestWriters::tfTensorsEqualGoogleCheckpoint() {
    auto model = loadModel(fixture(QStringLiteral("models/tiny_tf")));
    QVERIFY2(model, qPrintable(model.errorString()));
    auto file = TfCheckpointReader::read(model->files.weightsPath);
    QVERIFY2(file, qPrintable(file.errorString()));
    for (auto it = file->begin(); it != file->end();)
        it = it->first.endsWith(u"/adam_m") || it->first.endsWith(u"/adam_v") ? file->erase(it)
                                                                              : std::next(it);
    const QStringList diff = differences(tensorsForFormat(model->weights, ModelFormat::TfCheckpoint), *file);
    QVERIFY2(diff.isEmpty(), qPrintable(diff.join(u' ')));
}

// Checkpoints that TensorFlow's SaveV2 wrote, rewritten from their tensors: the same bytes.
void TestWriters::tfBytesEqualTensorFlow_data() {
    QTest::addColumn<QString>("prefix");
    QTest::newRow("io/tf_nohead") << QStringLiteral("io/tf_nohead/model.ckpt-100");
    QTest::newRow("io/tf_written") << QStringLiteral("io/tf_written/written.ckpt");
}

void TestWriters::tfBytesEqualTensorFlow() {
    QFETCH(QString, prefix);
    auto reader = TfCheckpointReader::open(fixture(prefix));
    QVERIFY2(reader, qPrintable(reader.errorString()));
    QCOMPARE(reader->shardCount(), 1);
    auto tensors = TfCheckpointReader::read(fixture(prefix));
    QVERIFY2(tensors, qPrintable(tensors.errorString()));
    TfCheckpointWriteOptions options;
    if (reader->entry(QStringLiteral("global_step"))) {
        options.globalStep = readGlobalStep(*reader);
        QVERIFY(options.globalStep);
    }
    QCOMPARE(qsizetype(tensors->size() + (options.globalStep ? 1 : 0)), reader->names().size());

    QTemporaryDir tmp;
    const QString out = tmp.filePath(QStringLiteral("sub/again.ckpt"));
    const Status s = writeTfCheckpoint(out, *tensors, options);
    QVERIFY2(s, qPrintable(s.errorString()));
    QCOMPARE(readAll(out + QStringLiteral(".data-00000-of-00001")), readAll(reader->shardPath(0)));
    QCOMPARE(readAll(out + QStringLiteral(".index")), readAll(reader->indexPath()));
}

// Files that safetensors (through transformers or directly) wrote, rewritten from their tensors.
void TestWriters::safetensorsBytesEqualReference_data() {
    QTest::addColumn<QString>("path");
    QTest::newRow("models/tiny_hf") << QStringLiteral("models/tiny_hf/model.safetensors");
    QTest::newRow("io/hf_bertmodel") << QStringLiteral("io/hf_bertmodel/model.safetensors");
    QTest::newRow("io/tf_written") << QStringLiteral("io/tf_written/written.safetensors");
}

void TestWriters::safetensorsBytesEqualReference() {
    QFETCH(QString, path);
    auto reader = SafetensorsReader::open(fixture(path));
    QVERIFY2(reader, qPrintable(reader.errorString()));
    auto tensors = SafetensorsReader::read(fixture(path));
    QVERIFY2(tensors, qPrintable(tensors.errorString()));
    QCOMPARE(qsizetype(tensors->size()), reader->names().size());
    QTemporaryDir tmp;
    const QString out = tmp.filePath(QStringLiteral("again.safetensors"));
    const Status s = writeSafetensors(out, *tensors, reader->metadata());
    QVERIFY2(s, qPrintable(s.errorString()));
    QCOMPARE(readAll(out), readAll(fixture(path)));
}

void TestWriters::extraTensorsAndGlobalStep() {
    auto model = loadModel(fixture(QStringLiteral("models/tiny_tf")));
    QVERIFY2(model, qPrintable(model.errorString()));
    auto vocab = Vocab::fromFile(model->files.vocabPath);
    QVERIFY(vocab);
    // Adam slots for every weight, as a pre-training checkpoint has them, and a classifier head.
    TensorMap extra;
    float seed = 0.5f;
    for (const auto& [name, t] : tensorsForFormat(model->weights, ModelFormat::TfCheckpoint)) {
        extra[name + QStringLiteral("/adam_m")] = patterned(t.shape(), seed += 0.25f);
        extra[name + QStringLiteral("/adam_v")] = patterned(t.shape(), -seed);
    }
    extra[QStringLiteral("output_weights")] = patterned({3, 32}, 7.0f);
    extra[QStringLiteral("output_bias")] = patterned({3}, 8.0f);

    QTemporaryDir tmp;
    const QString out = outputFolder(tmp, QStringLiteral("tiny_tf_with_slots_as_tf"));
    TfCheckpointWriteOptions options;
    options.globalStep = 123456789012LL;
    Status s = writeModelFolder(out, ModelFormat::TfCheckpoint, model->config, model->weights, *vocab, extra,
                                options);
    QVERIFY2(s, qPrintable(s.errorString()));

    auto reader = TfCheckpointReader::open(out + QStringLiteral("/bert_model.ckpt"));
    QVERIFY2(reader, qPrintable(reader.errorString()));
    QCOMPARE(readGlobalStep(*reader), options.globalStep);
    QCOMPARE(reader->entry(QStringLiteral("global_step"))->dtype, int(TfDataType::Int64));
    auto slot = reader->readTensor(QStringLiteral("bert/embeddings/word_embeddings/adam_m"));
    QVERIFY2(slot, qPrintable(slot.errorString()));
    QVERIFY(bitIdentical(*slot, extra.at(QStringLiteral("bert/embeddings/word_embeddings/adam_m"))));
    auto all = TfCheckpointReader::read(reader->prefix());
    QVERIFY2(all, qPrintable(all.errorString()));
    TensorMap expected = tensorsForFormat(model->weights, ModelFormat::TfCheckpoint);
    expected.insert(extra.begin(), extra.end());
    const QStringList diff = differences(expected, *all);
    QVERIFY2(diff.isEmpty(), qPrintable(diff.join(u' ')));
    // The model still loads with the slots beside it, and they are not counted as parameters; the extra
    // output_weights/output_bias are run_classifier.py's head, which it now has (labels LABEL_0, …).
    auto back = loadModel(out);
    QVERIFY2(back, qPrintable(back.errorString()));
    QCOMPARE(back->parameterCount, model->parameterCount + 3 * 32 + 3);
    QVERIFY(back->weights.classifier.has_value());
    QCOMPARE(back->config.labels,
             (QStringList{QStringLiteral("LABEL_0"), QStringLiteral("LABEL_1"), QStringLiteral("LABEL_2")}));

    // Safetensors keeps extra tensors too (a classifier's "classifier.weight").
    QTemporaryDir tmpHf;
    const TensorMap head{{QStringLiteral("classifier.weight"), patterned({3, 32}, 1.0f)},
                         {QStringLiteral("classifier.bias"), patterned({3}, 2.0f)}};
    s = writeModelFolder(tmpHf.path(), ModelFormat::Safetensors, model->config, model->weights, *vocab, head);
    QVERIFY2(s, qPrintable(s.errorString()));
    auto st = SafetensorsReader::read(tmpHf.filePath(QStringLiteral("model.safetensors")));
    QVERIFY2(st, qPrintable(st.errorString()));
    QVERIFY(bitIdentical(st->at(QStringLiteral("classifier.weight")),
                         head.at(QStringLiteral("classifier.weight"))));

    // Weights that do not fit the config: refused, nothing written.
    BertConfig wrongConfig = model->config;
    wrongConfig.numLayers = 2;
    QTemporaryDir tmpWrong;
    const QString wrongDir = tmpWrong.filePath(QStringLiteral("model"));
    s = writeModelFolder(wrongDir, ModelFormat::Safetensors, wrongConfig, model->weights, *vocab);
    QVERIFY2(!s && s.errorString().contains(wrongDir), qPrintable(s.errorString()));
    QVERIFY(!QFileInfo::exists(wrongDir));

    // An extra tensor under a weight's name would shadow it: refused, nothing written.
    QTemporaryDir tmpClash;
    const QString clashDir = tmpClash.filePath(QStringLiteral("model"));
    const TensorMap clash{{QStringLiteral("bert/pooler/dense/bias"), patterned({32}, 0.0f)}};
    s = writeModelFolder(clashDir, ModelFormat::TfCheckpoint, model->config, model->weights, *vocab, clash);
    QVERIFY(!s);
    QVERIFY2(s.errorString().contains(u"bert/pooler/dense/bias"), qPrintable(s.errorString()));
    QVERIFY(!QFileInfo::exists(clashDir));
}

void TestWriters::manyTensors_data() {
    QTest::addColumn<int>("count");
    QTest::addColumn<qsizetype>("blockSize");
    QTest::newRow("500 names, 1 KiB blocks") << 500 << qsizetype(1024);
    QTest::newRow("500 names, 64-byte blocks") << 500 << qsizetype(64);
    QTest::newRow("12000 names, TensorFlow's 256 KiB blocks") << 12000 << qsizetype(256 * 1024);
}

void TestWriters::manyTensors() {
    QFETCH(int, count);
    QFETCH(qsizetype, blockSize);
    TensorMap tensors;
    for (int i = 0; i < count; ++i) {
        // Shared prefixes of every length, names that are prefixes of others, and a non-ASCII one.
        static const char* const leaves[] = {"query",         "key",           "value",     "kernel",
                                             "kernel/adam_m", "kernel/adam_v", "k\xc3\xa9y"};
        const QString name = QStringLiteral("bert/encoder/layer_%1/attention/self/%2")
                                 .arg(i / 7)
                                 .arg(QString::fromUtf8(leaves[i % 7]));
        tensors[name] = patterned({i % 3, 2}, float(i));
    }
    tensors[QStringLiteral("\U0001F600 outside the BMP")] = patterned({2}, 1.0f);
    tensors[QStringLiteral("\uFFFD inside the BMP")] = patterned({2}, 2.0f);

    QTemporaryDir tmp;
    const QString prefix = outputFolder(tmp, QStringLiteral("many_%1_%2").arg(count).arg(blockSize)) +
                           QStringLiteral("/many.ckpt");
    TfCheckpointWriteOptions options;
    options.indexBlockSize = blockSize;
    options.globalStep = count;
    const Status s = writeTfCheckpoint(prefix, tensors, options);
    QVERIFY2(s, qPrintable(s.errorString()));

    auto table = SsTableReader::open(prefix + QStringLiteral(".index"));
    QVERIFY2(table, qPrintable(table.errorString()));
    QVERIFY2(table->dataBlockCount() > 1, qPrintable(QString::number(table->dataBlockCount())));
    QCOMPARE(tensors.size(), std::size_t(count + 2));
    QCOMPARE(qsizetype(table->entries().size()), qsizetype(tensors.size() + 2)); // + header, global_step
    auto reader = TfCheckpointReader::open(prefix);
    QVERIFY2(reader, qPrintable(reader.errorString()));
    QCOMPARE(readGlobalStep(*reader), std::optional<std::int64_t>(count));
    auto back = TfCheckpointReader::read(prefix);
    QVERIFY2(back, qPrintable(back.errorString()));
    QStringList diff = differences(tensors, *back);
    QVERIFY2(diff.isEmpty(), qPrintable(diff.mid(0, 5).join(u' ')));
    for (const auto& [name, t] : tensors)
        QVERIFY2(reader->entry(name), qPrintable(name));

    const QString path = QFileInfo(prefix).absolutePath() + QStringLiteral("/many.safetensors");
    const Status st = writeSafetensors(path, tensors);
    QVERIFY2(st, qPrintable(st.errorString()));
    auto stBack = SafetensorsReader::read(path);
    QVERIFY2(stBack, qPrintable(stBack.errorString()));
    diff = differences(tensors, *stBack);
    QVERIFY2(diff.isEmpty(), qPrintable(diff.mid(0, 5).join(u' ')));
}

void TestWriters::emptyAndScalarTensors() {
    const TensorMap tensors{
        {QStringLiteral("scalar"), patterned({}, 2.5f)},
        {QStringLiteral("empty"), Tensor(Shape{0})},
        {QStringLiteral("empty/3x0"), Tensor(Shape{3, 0})},
        {QStringLiteral("empty/0x4x5"), Tensor(Shape{0, 4, 5})},
        {QStringLiteral("vector"), patterned({5}, -1.0f)},
    };
    QTemporaryDir tmp;
    const QString prefix = tmp.filePath(QStringLiteral("shapes.ckpt"));
    Status s = writeTfCheckpoint(prefix, tensors);
    QVERIFY2(s, qPrintable(s.errorString()));
    auto reader = TfCheckpointReader::open(prefix);
    QVERIFY2(reader, qPrintable(reader.errorString()));
    QVERIFY(!reader->entry(QStringLiteral("global_step")));
    QCOMPARE(reader->entry(QStringLiteral("scalar"))->shape, Shape{});
    QCOMPARE(reader->entry(QStringLiteral("empty/3x0"))->shape, (Shape{3, 0}));
    auto back = TfCheckpointReader::read(prefix);
    QVERIFY2(back, qPrintable(back.errorString()));
    QStringList diff = differences(tensors, *back);
    QVERIFY2(diff.isEmpty(), qPrintable(diff.join(u' ')));
    QCOMPARE(back->at(QStringLiteral("scalar"))[0], 2.5f);

    const QString path = tmp.filePath(QStringLiteral("shapes.safetensors"));
    s = writeSafetensors(path, tensors, {{QStringLiteral("k\"ey"), QStringLiteral("line\nbreak\u0001")}});
    QVERIFY2(s, qPrintable(s.errorString()));
    auto stReader = SafetensorsReader::open(path);
    QVERIFY2(stReader, qPrintable(stReader.errorString()));
    QCOMPARE(stReader->metadata().value(QStringLiteral("k\"ey")), QStringLiteral("line\nbreak\u0001"));
    auto stBack = SafetensorsReader::read(path);
    QVERIFY2(stBack, qPrintable(stBack.errorString()));
    diff = differences(tensors, *stBack);
    QVERIFY2(diff.isEmpty(), qPrintable(diff.join(u' ')));

    // No tensors at all is a valid, empty file of each kind.
    s = writeTfCheckpoint(tmp.filePath(QStringLiteral("none.ckpt")), {});
    QVERIFY2(s, qPrintable(s.errorString()));
    auto none = TfCheckpointReader::open(tmp.filePath(QStringLiteral("none.ckpt")));
    QVERIFY2(none, qPrintable(none.errorString()));
    QVERIFY(none->entries().empty());
    s = writeSafetensors(tmp.filePath(QStringLiteral("none.safetensors")), {});
    QVERIFY2(s, qPrintable(s.errorString()));
    QVERIFY(SafetensorsReader::open(tmp.filePath(QStringLiteral("none.safetensors"))));
}

void TestWriters::sstableKeysOutOfOrder() {
    SsTableWriter table;
    QVERIFY(table.add("b", "1"));
    QVERIFY(!table.add("a", "2"));
    QVERIFY(!table.add("b", "3"));
    QVERIFY(table.add("ba", "4"));
    auto read = SsTableReader::fromBytes(table.finish(), QStringLiteral("memory"));
    QVERIFY2(read, qPrintable(read.errorString()));
    QCOMPARE(read->entries().size(), std::size_t(2));
    QCOMPARE(read->entries()[1].value, QByteArray("4"));
}

void TestWriters::invalidInputIsRefused() {
    QTemporaryDir tmp;
    const QString prefix = tmp.filePath(QStringLiteral("bad.ckpt"));
    Tensor broken; // no shape, no data: holds 0 values where a scalar needs 1
    Status s = writeTfCheckpoint(prefix, {{QStringLiteral("broken"), broken}});
    QVERIFY(!s);
    QVERIFY2(s.errorString().contains(u"broken") && s.errorString().contains(prefix),
             qPrintable(s.errorString()));
    s = writeTfCheckpoint(prefix, {{QString(), patterned({1}, 0.0f)}});
    QVERIFY(!s);
    TfCheckpointWriteOptions step;
    step.globalStep = 1;
    s = writeTfCheckpoint(prefix, {{QStringLiteral("global_step"), patterned({}, 0.0f)}}, step);
    QVERIFY2(!s && s.errorString().contains(u"global_step"), qPrintable(s.errorString()));
    s = writeSafetensors(tmp.filePath(QStringLiteral("bad.safetensors")),
                         {{QStringLiteral("__metadata__"), patterned({1}, 0.0f)}});
    QVERIFY(!s);
    s = writeSafetensors(tmp.filePath(QStringLiteral("bad.safetensors")),
                         {{QStringLiteral("broken"), broken}});
    QVERIFY2(!s && s.errorString().contains(u"broken"), qPrintable(s.errorString()));
    QVERIFY(QDir(tmp.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

void TestWriters::failedWriteLeavesCheckpointUntouched() {
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("model"));
    QDir().mkpath(dir);
    const QString prefix = dir + QStringLiteral("/bert_model.ckpt");
    const TensorMap old{{QStringLiteral("old/a"), patterned({4, 3}, 1.0f)},
                        {QStringLiteral("old/b"), patterned({2}, 5.0f)}};
    Status s = writeTfCheckpoint(prefix, old);
    QVERIFY2(s, qPrintable(s.errorString()));
    QVERIFY(writeAll(dir + QStringLiteral("/bert_config.json"), "{}"));
    const auto before = snapshot(dir);
    const TensorMap fresh{{QStringLiteral("new/a"), patterned({100}, 9.0f)}};

    // 1. The shard cannot be renamed into place (a folder holds its name): the index is not touched.
    const QString blockedShard = prefix + QStringLiteral(".data-00000-of-00001");
    QVERIFY(QFile::rename(blockedShard, blockedShard + QStringLiteral(".moved")));
    QVERIFY(QDir().mkpath(blockedShard + QStringLiteral("/inside")));
    auto moved = snapshot(dir);
    s = writeTfCheckpoint(prefix, fresh);
    QVERIFY(!s);
    QVERIFY2(s.errorString().contains(blockedShard), qPrintable(s.errorString()));
    QCOMPARE(snapshot(dir), moved); // no temporary left behind either
    QVERIFY(QDir(blockedShard).removeRecursively());
    QVERIFY(QFile::rename(blockedShard + QStringLiteral(".moved"), blockedShard));
    QCOMPARE(snapshot(dir), before);

    // 2. The index cannot be written (a folder holds its name): the old shard must survive too.
    const QString index = prefix + QStringLiteral(".index");
    QVERIFY(QFile::rename(index, index + QStringLiteral(".moved")));
    QVERIFY(QDir().mkpath(index + QStringLiteral("/inside")));
    moved = snapshot(dir);
    s = writeTfCheckpoint(prefix, fresh);
    QVERIFY(!s);
    QVERIFY2(s.errorString().contains(index), qPrintable(s.errorString()));
    QCOMPARE(snapshot(dir), moved);
    QVERIFY(QDir(index).removeRecursively());
    QVERIFY(QFile::rename(index + QStringLiteral(".moved"), index));
    QCOMPARE(snapshot(dir), before);

    // 3. The prefix lies below a file: the error names the path.
    const QString blocker = tmp.filePath(QStringLiteral("blocker"));
    QVERIFY(writeAll(blocker, "a file"));
    const QString below = blocker + QStringLiteral("/sub/bert_model.ckpt");
    s = writeTfCheckpoint(below, fresh);
    QVERIFY(!s);
    QVERIFY2(s.errorString().contains(blocker), qPrintable(s.errorString()));
    auto vocab = Vocab::fromTokens({QStringLiteral("[PAD]")});
    BertConfig config;
    config.vocabSize = 1;
    config.hiddenSize = config.intermediateSize = config.maxPositions = 4;
    config.numLayers = config.numHeads = 1;
    s = writeModelFolder(blocker + QStringLiteral("/model"), ModelFormat::Safetensors, config,
                         randomBertWeights(config, 1), vocab);
    QVERIFY2(!s && s.errorString().contains(blocker), qPrintable(s.errorString()));

    // 4. A folder that cannot be written to (not for root, who may write anywhere).
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    QFile probe(dir + QStringLiteral("/probe"));
    if (probe.open(QIODevice::WriteOnly)) {
        probe.close();
        probe.remove();
    } else {
        s = writeTfCheckpoint(prefix, fresh);
        QVERIFY(!s);
        QVERIFY2(s.errorString().contains(dir), qPrintable(s.errorString()));
    }
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QCOMPARE(snapshot(dir), before);
    auto still = TfCheckpointReader::read(prefix);
    QVERIFY2(still, qPrintable(still.errorString()));
    QVERIFY(differences(old, *still).isEmpty());
}

void TestWriters::failedSafetensorsWriteLeavesFileUntouched() {
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("model.safetensors"));
    const TensorMap old{{QStringLiteral("a"), patterned({3}, 1.0f)}};
    Status s = writeSafetensors(path, old);
    QVERIFY2(s, qPrintable(s.errorString()));
    const auto before = snapshot(tmp.path());
    // A tensor that cannot be written: refused before the file is touched.
    s = writeSafetensors(path,
                         {{QStringLiteral("a"), patterned({3}, 2.0f)}, {QStringLiteral("b"), Tensor()}});
    QVERIFY(!s);
    QVERIFY2(s.errorString().contains(path), qPrintable(s.errorString()));
    QCOMPARE(snapshot(tmp.path()), before);
    // The target's name is a folder: nothing else changes.
    const QString folder = tmp.filePath(QStringLiteral("folder.safetensors"));
    QVERIFY(QDir().mkpath(folder));
    s = writeSafetensors(folder, old);
    QVERIFY(!s);
    QVERIFY2(s.errorString().contains(folder), qPrintable(s.errorString()));
    QCOMPARE(snapshot(tmp.path()), before);
}

void TestWriters::overwriteReplacesCheckpointCompletely() {
    // A Google checkpoint in two shards with Adam slots, overwritten by BertLab with other weights.
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("model"));
    QDir().mkpath(dir);
    const QString src = fixture(QStringLiteral("models/tiny_tf"));
    for (const QString& name : QDir(src).entryList(QDir::Files))
        QVERIFY(QFile::copy(src + u'/' + name, dir + u'/' + name));
    QVERIFY(QDir(dir).entryList({QStringLiteral("*.data-*")}, QDir::Files).size() == 2);

    auto other = loadModel(fixture(QStringLiteral("models/tiny_hf_tanh")));
    QVERIFY2(other, qPrintable(other.errorString()));
    auto vocab = Vocab::fromFile(other->files.vocabPath);
    QVERIFY(vocab);
    Status s = writeModelFolder(dir, ModelFormat::TfCheckpoint, other->config, other->weights, *vocab);
    QVERIFY2(s, qPrintable(s.errorString()));
    QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name),
             (QStringList{QStringLiteral("bert_config.json"),
                          QStringLiteral("bert_model.ckpt.data-00000-of-00001"),
                          QStringLiteral("bert_model.ckpt.index"), QStringLiteral("vocab.txt")}));
    auto reader = TfCheckpointReader::open(dir + QStringLiteral("/bert_model.ckpt"));
    QVERIFY2(reader, qPrintable(reader.errorString()));
    QStringList expectedNames;
    for (const auto& [name, t] : tensorsForFormat(other->weights, ModelFormat::TfCheckpoint))
        expectedNames << name;
    QCOMPARE(reader->names(), expectedNames); // no Adam slot, no global_step of the old checkpoint
    auto back = loadModel(dir);
    QVERIFY2(back, qPrintable(back.errorString()));
    QCOMPARE(back->config.hiddenActName, other->config.hiddenActName);
    const QStringList diff = differences(tensorsForFormat(other->weights, ModelFormat::TfCheckpoint),
                                         tensorsForFormat(back->weights, ModelFormat::TfCheckpoint));
    QVERIFY2(diff.isEmpty(), qPrintable(diff.join(u' ')));

    // The same for a safetensors file.
    const QString st = tmp.filePath(QStringLiteral("x.safetensors"));
    QVERIFY(writeSafetensors(st, {{QStringLiteral("old"), patterned({1000}, 1.0f)}}));
    QVERIFY(writeSafetensors(st, {{QStringLiteral("new"), patterned({2}, 1.0f)}}));
    auto stBack = SafetensorsReader::open(st);
    QVERIFY(stBack);
    QCOMPARE(stBack->names(), QStringList{QStringLiteral("new")});
}

void TestWriters::tfFolderRefusesSafetensorsFolder() {
    auto model = loadModel(fixture(QStringLiteral("models/tiny_hf")));
    QVERIFY2(model, qPrintable(model.errorString()));
    auto vocab = Vocab::fromFile(model->files.vocabPath);
    QVERIFY(vocab);
    QTemporaryDir tmp;
    QVERIFY(writeModelFolder(tmp.path(), ModelFormat::Safetensors, model->config, model->weights, *vocab));
    const auto before = snapshot(tmp.path());
    const Status s =
        writeModelFolder(tmp.path(), ModelFormat::TfCheckpoint, model->config, model->weights, *vocab);
    QVERIFY(!s);
    QVERIFY2(s.errorString().contains(u"model.safetensors"), qPrintable(s.errorString()));
    QCOMPARE(snapshot(tmp.path()), before);
}

// numpy's float32 -> float16 (round to nearest even, overflow to inf, tiny values to zero) written by
// safetensors: the same bytes from the float32 tensors.
void TestWriters::halfSafetensorsBytesEqualReference() {
    auto tensors = SafetensorsReader::read(fixture(QStringLiteral("io/tf_written/written.safetensors")));
    QVERIFY2(tensors, qPrintable(tensors.errorString()));
    QTemporaryDir tmp;
    const QString out = tmp.filePath(QStringLiteral("half.safetensors"));
    const Status s = writeSafetensors(out, *tensors, {{QStringLiteral("format"), QStringLiteral("pt")}},
                                      SafetensorsDtype::F16);
    QVERIFY2(s, qPrintable(s.errorString()));
    QCOMPARE(readAll(out), readAll(fixture(QStringLiteral("io/tf_written/written_f16.safetensors"))));
    auto reader = SafetensorsReader::open(out);
    QVERIFY(reader);
    QCOMPARE(reader->entry(QStringLiteral("scalar"))->dtype, QStringLiteral("F16"));
}

// `bertlab-cli convert`'s core: a TF checkpoint to half-precision safetensors and back computes what the
// original computes (within half precision), keeps the heads and the vocabulary, and never writes over a
// folder that holds a model.
void TestWriters::convertKeepsOutputsAndRefusesToOverwrite() {
    QTemporaryDir tmp;
    const QString half = tmp.filePath(QStringLiteral("half"));
    Status s = convertModelFolder(fixture(QStringLiteral("models/tiny_tf")), half, ModelFormat::Safetensors,
                                  SafetensorsDtype::F16);
    QVERIFY2(s, qPrintable(s.errorString()));
    QVERIFY(readAll(half + QStringLiteral("/config.json")).contains("\"torch_dtype\": \"float16\""));
    const QString tf = tmp.filePath(QStringLiteral("tf"));
    s = convertModelFolder(half, tf, ModelFormat::TfCheckpoint);
    QVERIFY2(s, qPrintable(s.errorString()));

    auto original = loadModel(fixture(QStringLiteral("models/tiny_tf")));
    auto back = loadModel(tf);
    QVERIFY2(original && back, qPrintable(back.errorString()));
    QCOMPARE(back->files.format, ModelFormat::TfCheckpoint);
    QCOMPARE(back->weights.mlm.has_value(), original->weights.mlm.has_value());
    QCOMPARE(back->weights.nsp.has_value(), original->weights.nsp.has_value());
    QCOMPARE(readAll(back->files.vocabPath), readAll(original->files.vocabPath));
    auto a = runModel(*original);
    auto b = runModel(*back);
    QVERIFY(a && b);
    double worst = 0;
    for (qsizetype i = 0; i < a->hiddenStates.back().size(); ++i)
        worst = std::max(worst, double(std::abs(a->hiddenStates.back()[i] - b->hiddenStates.back()[i])));
    QVERIFY2(worst < 1e-2, qPrintable(QString::number(worst)));

    const auto before = snapshot(half);
    s = convertModelFolder(fixture(QStringLiteral("models/tiny_hf")), half, ModelFormat::Safetensors);
    QVERIFY(!s);
    QVERIFY2(s.errorString().contains(u"already holds a model"), qPrintable(s.errorString()));
    QCOMPARE(snapshot(half), before);
    s = convertModelFolder(tmp.filePath(QStringLiteral("missing")), tmp.filePath(QStringLiteral("x")),
                           ModelFormat::Safetensors);
    QVERIFY(!s);
    QVERIFY(!QFileInfo::exists(tmp.filePath(QStringLiteral("x"))));
}

QTEST_GUILESS_MAIN(TestWriters)
#include "tst_writers.moc"
