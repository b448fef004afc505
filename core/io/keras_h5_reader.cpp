#include "core/io/keras_h5_reader.h"

#include "core/translation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <hdf5.h>

#include <QThread>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

#include <span>
#include <utility>
#include <vector>

namespace bertlab::core {

namespace {

QString tr(const char* text) {
    return translateCore(text, {"bertlab::core::KerasH5Reader", "bertlab::core"});
}

constexpr std::int64_t kMaxElements = std::int64_t(1) << 31; // one weight; BERT-large's largest is 31M

// Closes an HDF5 handle when it goes out of scope.
class Handle final {
public:
    Handle(hid_t id, herr_t (*close)(hid_t))
        : m_id(id)
        , m_close(close) {}
    ~Handle() {
        if (m_id >= 0)
            m_close(m_id);
    }
    Handle(const Handle&) = delete;
    Handle& operator=(const Handle&) = delete;
    hid_t get() const { return m_id; }
    bool ok() const { return m_id >= 0; }

private:
    hid_t m_id;
    herr_t (*m_close)(hid_t);
};

// A string attribute, or each string of a string-array attribute (Keras writes fixed-length byte strings
// for names and a variable-length string for model_config). nullopt: no such attribute or not strings.
std::optional<QStringList> stringsAttribute(hid_t object, const char* name) {
    if (H5Aexists(object, name) <= 0)
        return std::nullopt;
    const Handle attribute(H5Aopen(object, name, H5P_DEFAULT), H5Aclose);
    const Handle type(H5Aget_type(attribute.get()), H5Tclose);
    const Handle space(H5Aget_space(attribute.get()), H5Sclose);
    if (!attribute.ok() || !type.ok() || !space.ok())
        return std::nullopt;
    const hssize_t count = H5Sget_simple_extent_npoints(space.get());
    if (count == 0) // a layer without weights: Keras writes an empty array (of any type)
        return QStringList();
    if (count < 0 || count > 1'000'000 || H5Tget_class(type.get()) != H5T_STRING)
        return std::nullopt;
    QStringList out;
    if (H5Tis_variable_str(type.get()) > 0) {
        std::vector<char*> values(std::size_t(count), nullptr);
        const Handle memType(H5Tcopy(H5T_C_S1), H5Tclose);
        H5Tset_size(memType.get(), H5T_VARIABLE);
        const bool read = H5Aread(attribute.get(), memType.get(), values.data()) >= 0;
        for (char* v : values)
            out << QString::fromUtf8(v ? v : "");
        // Freed even after a failed read, which may have allocated some of them.
        H5Dvlen_reclaim(memType.get(), space.get(), H5P_DEFAULT, values.data());
        if (!read)
            return std::nullopt;
    } else {
        const std::size_t size = H5Tget_size(type.get());
        if (size == 0 || size > (std::size_t(1) << 20))
            return std::nullopt;
        std::vector<char> bytes(size * std::size_t(count) + 1, 0);
        if (H5Aread(attribute.get(), type.get(), bytes.data()) < 0)
            return std::nullopt;
        for (hssize_t i = 0; i < count; ++i) {
            const char* s = bytes.data() + std::size_t(i) * size;
            out << QString::fromUtf8(s, qsizetype(qstrnlen(s, uint(size))));
        }
    }
    return out;
}

// keras-bert's layer and weight names → Google's checkpoint names (keras_bert.loader's mapping, reversed).
// transpose: the NSP kernel, [H, 2] in Keras, is [2, H] in the checkpoint.
std::optional<QString> googleName(const QString& layer, const QString& weight, bool* transpose) {
    *transpose = false;
    static const QRegularExpression encoder(
        QStringLiteral("^Encoder-(\\d+)-(MultiHeadSelfAttention|FeedForward)(-Norm)?$"));
    const auto norm = [&](const QString& prefix) -> std::optional<QString> {
        if (weight == u"gamma" || weight == u"beta")
            return prefix + QStringLiteral("/LayerNorm/") + weight;
        return std::nullopt;
    };
    const auto dense = [&](const QString& prefix) -> std::optional<QString> {
        if (weight == u"kernel" || weight == u"bias")
            return prefix + u'/' + weight;
        return std::nullopt;
    };
    if (layer == u"Embedding-Token" && weight == u"embeddings")
        return QStringLiteral("bert/embeddings/word_embeddings");
    if (layer == u"Embedding-Segment" && weight == u"embeddings")
        return QStringLiteral("bert/embeddings/token_type_embeddings");
    if (layer == u"Embedding-Position" && weight == u"embeddings")
        return QStringLiteral("bert/embeddings/position_embeddings");
    if (layer == u"Embedding-Norm")
        return norm(QStringLiteral("bert/embeddings"));
    if (layer == u"MLM-Dense")
        return dense(QStringLiteral("cls/predictions/transform/dense"));
    if (layer == u"MLM-Norm")
        return norm(QStringLiteral("cls/predictions/transform"));
    if (layer == u"MLM-Sim" && weight == u"bias")
        return QStringLiteral("cls/predictions/output_bias");
    if (layer == u"NSP-Dense")
        return dense(QStringLiteral("bert/pooler/dense"));
    if (layer == u"NSP" && weight == u"kernel") {
        *transpose = true;
        return QStringLiteral("cls/seq_relationship/output_weights");
    }
    if (layer == u"NSP" && weight == u"bias")
        return QStringLiteral("cls/seq_relationship/output_bias");
    const auto m = encoder.match(layer);
    if (!m.hasMatch() || m.captured(1).toInt() < 1)
        return std::nullopt;
    const QString base = QStringLiteral("bert/encoder/layer_%1").arg(m.captured(1).toInt() - 1);
    const bool attention = m.captured(2) == u"MultiHeadSelfAttention";
    if (!m.captured(3).isEmpty())
        return norm(base + (attention ? QStringLiteral("/attention/output") : QStringLiteral("/output")));
    static const std::pair<const char*, const char*> kAttention[] = {
        {"Wq", "attention/self/query/kernel"},   {"bq", "attention/self/query/bias"},
        {"Wk", "attention/self/key/kernel"},     {"bk", "attention/self/key/bias"},
        {"Wv", "attention/self/value/kernel"},   {"bv", "attention/self/value/bias"},
        {"Wo", "attention/output/dense/kernel"}, {"bo", "attention/output/dense/bias"}};
    static const std::pair<const char*, const char*> kFeedForward[] = {{"W1", "intermediate/dense/kernel"},
                                                                       {"b1", "intermediate/dense/bias"},
                                                                       {"W2", "output/dense/kernel"},
                                                                       {"b2", "output/dense/bias"}};
    for (const auto& [suffix, name] :
         attention ? std::span<const std::pair<const char*, const char*>>(kAttention)
                   : std::span<const std::pair<const char*, const char*>>(kFeedForward)) {
        if (weight == QLatin1String(suffix))
            return base + u'/' + QLatin1String(name);
    }
    return std::nullopt;
}

// "Encoder-1-FeedForward/Encoder-1-FeedForward_W1:0" → "W1"; "Embedding-Norm/gamma:0" → "gamma".
QString weightKey(const QString& layer, const QString& weightName) {
    QString key = weightName.section(u'/', -1);
    if (key.endsWith(QLatin1String(":0")))
        key.chop(2);
    if (key.startsWith(layer + u'_'))
        key = key.mid(layer.size() + 1);
    return key;
}

// model_config's heads and activation (keras-bert's "gelu" is the tanh approximation).
void applyModelConfig(const QJsonObject& modelConfig, BertConfig& config) {
    for (const QJsonValue& v : modelConfig.value(u"config").toObject().value(u"layers").toArray()) {
        const QJsonObject layer = v.toObject();
        const QJsonObject c = layer.value(u"config").toObject();
        if (layer.value(u"class_name").toString() == u"MultiHeadAttention" && c.value(u"head_num").isDouble())
            config.numHeads = c.value(u"head_num").toInt();
        if (layer.value(u"class_name").toString() == u"FeedForward") {
            const QString act = c.value(u"activation").toString();
            config.hiddenActName = act;
            config.hiddenAct = act == u"relu" ? Activation::Relu : Activation::GeluTanh;
        }
        if (layer.value(u"class_name").toString() == u"LayerNormalization" && c.value(u"epsilon").isDouble())
            config.layerNormEps = float(c.value(u"epsilon").toDouble());
    }
}

// libhdf5 trusts the file's internal structures: a damaged file can crash it, and its error paths leak. So
// the file is read in a forked child first, which sends back why it could not read it; only a file the child
// read is read again in this process. A child that crashes or takes longer than a minute means a damaged
// file. nullopt: the child read the file.
std::optional<QString> failureInChild(const QString& path) {
    int fds[2];
    if (pipe(fds) != 0)
        return std::nullopt; // cannot check: read it here, as without the check
    const pid_t child = fork();
    if (child < 0) {
        close(fds[0]);
        close(fds[1]);
        return std::nullopt;
    }
    if (child == 0) {
        close(fds[0]);
        const auto read = KerasH5Reader::readHere(path);
        if (!read) { // well under a pipe's buffer, so the write never waits for the parent
            const QByteArray message = read.errorString().toUtf8().left(4000);
            (void)!write(fds[1], message.constData(), std::size_t(message.size()));
        }
        _exit(read ? 0 : 1);
    }
    close(fds[1]);
    const QString damaged = QDir::toNativeSeparators(path) + QStringLiteral(": ") +
                            tr("the HDF5 library failed reading it: the file is damaged");
    std::optional<QString> failure = damaged;
    for (int waited = 0;; waited += 20) {
        int status = 0;
        const pid_t done = waitpid(child, &status, WNOHANG);
        if (done == child) {
            if (WIFEXITED(status) && WEXITSTATUS(status) == 0) {
                failure.reset();
            } else if (WIFEXITED(status)) {
                char buffer[4096];
                const ssize_t got = read(fds[0], buffer, sizeof buffer);
                if (got > 0)
                    failure = QString::fromUtf8(buffer, got);
            }
            break;
        }
        if (done < 0) {
            failure.reset();
            break;
        }
        if (waited >= 60000) {
            kill(child, SIGKILL);
            waitpid(child, nullptr, 0);
            break;
        }
        QThread::msleep(20);
    }
    close(fds[0]);
    return failure;
}

} // namespace

Result<KerasH5Reader> KerasH5Reader::open(const QString& path) {
    if (!QFileInfo(path).isFile())
        return Error{QDir::toNativeSeparators(path) + QStringLiteral(": ") +
                     tr("cannot open (no such file)")};
    if (const auto failure = failureInChild(path))
        return Error{*failure};
    return readHere(path);
}

Result<KerasH5Reader> KerasH5Reader::readHere(const QString& path) {
    const QString shown = QDir::toNativeSeparators(path);
    auto fail = [&](const QString& reason) { return Error{shown + QStringLiteral(": ") + reason}; };
    H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr); // errors come back as values, not printed
    const QByteArray local = QFile::encodeName(path);
    if (!QFileInfo(path).isFile())
        return fail(tr("cannot open (no such file)"));
    if (H5Fis_hdf5(local.constData()) <= 0)
        return fail(tr("not an HDF5 file"));
    const Handle file(H5Fopen(local.constData(), H5F_ACC_RDONLY, H5P_DEFAULT), H5Fclose);
    if (!file.ok())
        return fail(tr("cannot open it as HDF5 (damaged or truncated)"));
    const double fileSize = double(QFileInfo(path).size());
    const bool wholeModel = H5Lexists(file.get(), "model_weights", H5P_DEFAULT) > 0;
    const Handle weights(H5Gopen2(file.get(), wholeModel ? "model_weights" : "/", H5P_DEFAULT), H5Gclose);
    if (!weights.ok())
        return fail(tr("its model_weights group cannot be read"));
    const auto layers = stringsAttribute(weights.get(), "layer_names");
    if (!layers)
        return fail(tr("not a Keras weights file (no layer_names)"));

    KerasH5Reader reader;
    reader.m_path = path;
    for (const QString& layer : *layers) {
        const QByteArray layerName = layer.toUtf8();
        if (layer.isEmpty() || H5Lexists(weights.get(), layerName.constData(), H5P_DEFAULT) <= 0)
            return fail(tr("layer '%1' is listed but missing").arg(layer));
        const Handle group(H5Gopen2(weights.get(), layerName.constData(), H5P_DEFAULT), H5Gclose);
        const auto names = group.ok() ? stringsAttribute(group.get(), "weight_names") : std::nullopt;
        if (!names)
            return fail(tr("layer '%1': its weight_names cannot be read").arg(layer));
        bool known = !names->isEmpty();
        for (const QString& weightName : *names) {
            bool transpose = false;
            const auto target = googleName(layer, weightKey(layer, weightName), &transpose);
            if (!target) {
                known = false;
                continue;
            }
            const QByteArray datasetName = weightName.toUtf8();
            if (H5Lexists(group.get(), datasetName.constData(), H5P_DEFAULT) <= 0 &&
                datasetName.contains('/') &&
                H5Lexists(group.get(), datasetName.left(datasetName.indexOf('/')).constData(), H5P_DEFAULT) <=
                    0)
                return fail(tr("weight '%1' is listed but missing").arg(weightName));
            const Handle dataset(H5Dopen2(group.get(), datasetName.constData(), H5P_DEFAULT), H5Dclose);
            if (!dataset.ok())
                return fail(tr("weight '%1' cannot be read").arg(weightName));
            const Handle type(H5Dget_type(dataset.get()), H5Tclose);
            const Handle space(H5Dget_space(dataset.get()), H5Sclose);
            const int rank = space.ok() ? H5Sget_simple_extent_ndims(space.get()) : -1;
            if (!type.ok() || H5Tget_class(type.get()) != H5T_FLOAT || rank < 1 || rank > 2)
                return fail(tr("weight '%1' is not a float vector or matrix").arg(weightName));
            hsize_t dims[2] = {1, 1};
            H5Sget_simple_extent_dims(space.get(), dims, nullptr);
            if (dims[0] == 0 || dims[1] == 0 || double(dims[0]) * double(dims[1]) > double(kMaxElements))
                return fail(tr("weight '%1' has an impossible shape").arg(weightName));
            // The data must be in the file before room is made for it: a damaged shape may promise
            // gigabytes. Uncompressed, the file holds every byte; compressed, at most 1000 times fewer.
            const Handle properties(H5Dget_create_plist(dataset.get()), H5Pclose);
            const bool compressed = properties.ok() && H5Pget_nfilters(properties.get()) > 0;
            const double needed = double(dims[0]) * double(dims[1]) * double(H5Tget_size(type.get()));
            const double stored = double(H5Dget_storage_size(dataset.get()));
            if (stored > fileSize || needed > (compressed ? 1000 * stored : stored))
                return fail(tr("weight '%1': the file holds less data than its shape needs (truncated?)")
                                .arg(weightName));
            Shape shape = rank == 1 ? Shape{std::int64_t(dims[0])}
                                    : Shape{std::int64_t(dims[0]), std::int64_t(dims[1])};
            Tensor tensor(shape);
            if (H5Dread(dataset.get(), H5T_NATIVE_FLOAT, H5S_ALL, H5S_ALL, H5P_DEFAULT, tensor.data()) < 0)
                return fail(tr("weight '%1': its data cannot be read (truncated?)").arg(weightName));
            if (transpose && rank == 2)
                tensor = tensor.transposed();
            reader.m_tensors[*target] = std::move(tensor);
        }
        if (!known && !names->isEmpty())
            reader.m_otherLayers << layer;
    }

    // The shape, from the weights; heads and activation from the saved model's configuration.
    const auto find = [&](const char* name) { return reader.tensor(QLatin1String(name)); };
    const Tensor* token = find("bert/embeddings/word_embeddings");
    if (!token || token->rank() != 2)
        return fail(tr("no Embedding-Token layer: not a keras-bert model"));
    const auto modelConfig = stringsAttribute(file.get(), "model_config");
    if (modelConfig && modelConfig->size() == 1) {
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(modelConfig->front().toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject())
            return fail(tr("its model_config is not valid JSON"));
        BertConfig config;
        config.vocabSize = int(token->dim(0));
        config.hiddenSize = int(token->dim(1));
        if (const Tensor* p = find("bert/embeddings/position_embeddings"))
            config.maxPositions = int(p->dim(0));
        if (const Tensor* s = find("bert/embeddings/token_type_embeddings"))
            config.typeVocabSize = int(s->dim(0));
        int layersFound = 0;
        while (find(
            qPrintable(QStringLiteral("bert/encoder/layer_%1/intermediate/dense/kernel").arg(layersFound))))
            ++layersFound;
        config.numLayers = layersFound;
        if (const Tensor* w1 = find("bert/encoder/layer_0/intermediate/dense/kernel"))
            config.intermediateSize = int(w1->dim(1));
        config.numHeads = 0;
        applyModelConfig(doc.object(), config);
        if (config.numHeads <= 0 || config.hiddenSize % config.numHeads != 0 || config.numLayers == 0)
            return fail(tr("its model_config does not describe a keras-bert encoder (heads, layers)"));
        reader.m_config = config;
    }
    return reader;
}

QStringList KerasH5Reader::names() const {
    QStringList out;
    for (const auto& [name, tensor] : m_tensors)
        out << name;
    return out;
}

const Tensor* KerasH5Reader::tensor(const QString& name) const {
    const auto it = m_tensors.find(name);
    return it == m_tensors.end() ? nullptr : &it->second;
}

Result<TensorMap> KerasH5Reader::readTensors(const QStringList& names) const {
    TensorMap out;
    for (const QString& name : names) {
        const auto it = m_tensors.find(name);
        if (it == m_tensors.end())
            return Error{QDir::toNativeSeparators(m_path) + QStringLiteral(": ") +
                         tr("no weight for %1").arg(name)};
        out[name] = it->second;
    }
    return out;
}

} // namespace bertlab::core
