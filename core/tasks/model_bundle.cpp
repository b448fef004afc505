#include "core/tasks/model_bundle.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace bertlab::core {

ModelBundle::ModelBundle(LoadedModel loaded, Vocab vocab)
    : m_files(std::move(loaded.files))
    , m_parameterCount(loaded.parameterCount)
    , m_model(std::move(loaded.config), std::move(loaded.weights))
    , m_vocab(std::move(vocab)) {
    // Uncased vocabularies hold no upper-case letters outside the bracketed special tokens.
    for (const QString& token : m_vocab.tokens()) {
        if (token.startsWith(u'[') && token.endsWith(u']'))
            continue;
        if (token != token.toLower()) {
            m_cased = true;
            break;
        }
    }
}

std::shared_ptr<const ModelBundle> ModelBundle::fromParts(BertConfig config, BertWeights weights,
                                                          Vocab vocab) {
    LoadedModel loaded;
    loaded.files.directory = QStringLiteral("(in memory)");
    loaded.config = std::move(config);
    loaded.weights = std::move(weights);
    return std::shared_ptr<const ModelBundle>(new ModelBundle(std::move(loaded), std::move(vocab)));
}

Result<std::shared_ptr<const ModelBundle>> ModelBundle::load(const QString& directory,
                                                             const BundleOptions& options) {
    auto loaded = loadModel(directory, options.load);
    if (!loaded)
        return Error{loaded.errorString()};
    if (options.activation)
        loaded->config.hiddenAct = *options.activation;
    auto vocab = Vocab::fromFile(loaded->files.vocabPath);
    if (!vocab)
        return Error{vocab.errorString()};
    if (vocab->size() != loaded->config.vocabSize)
        return Error{
            QCoreApplication::translate("ModelBundle", "%1: has %2 tokens but the model's vocab_size is %3.")
                .arg(loaded->files.vocabPath)
                .arg(vocab->size())
                .arg(loaded->config.vocabSize)};
    return std::shared_ptr<const ModelBundle>(new ModelBundle(std::move(*loaded), std::move(*vocab)));
}

QJsonObject ModelBundle::summary() const {
    const auto config = QJsonDocument::fromJson(m_model.config().toJson()).object();
    return QJsonObject{
        {QStringLiteral("directory"), m_files.directory},
        {QStringLiteral("format"), modelFormatName(m_files.format)},
        {QStringLiteral("config"), config},
        {QStringLiteral("parameters"), double(m_parameterCount)},
        {QStringLiteral("max_sequence_length"), m_model.maxSequenceLength()},
        {QStringLiteral("cased"), m_cased},
        {QStringLiteral("heads"), QJsonObject{{QStringLiteral("pooler"), m_model.hasPooler()},
                                              {QStringLiteral("mlm"), m_model.hasMlmHead()},
                                              {QStringLiteral("nsp"), m_model.hasNspHead()}}},
        {QStringLiteral("files"), QJsonObject{{QStringLiteral("config"), m_files.configPath},
                                              {QStringLiteral("weights"), m_files.weightsPath},
                                              {QStringLiteral("vocab"), m_files.vocabPath}}},
    };
}

} // namespace bertlab::core
