#include "core/tasks/model_bundle.h"

#include <QCoreApplication>
#include <QJsonArray>
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
    // A sentence-transformers folder keeps BERT in its Transformer module's folder (itself, or a subfolder).
    auto sentence = readSentenceTransformers(directory);
    if (!sentence)
        return Error{sentence.errorString()};
    const QString modelFolder = *sentence ? (*sentence)->transformerFolder : directory;
    auto settings = readTokenizerSettings(modelFolder);
    if (!settings)
        return Error{settings.errorString()};
    auto loaded = loadModel(modelFolder, options.load);
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
    auto* bundle = new ModelBundle(std::move(*loaded), std::move(*vocab));
    bundle->m_tokenizerSettings = std::move(*settings);
    bundle->m_sentence = std::move(*sentence);
    return std::shared_ptr<const ModelBundle>(bundle);
}

int ModelBundle::maxSequenceLength() const {
    const int positions = m_model.maxSequenceLength();
    const int limit = m_tokenizerSettings ? m_tokenizerSettings->modelMaxLength : 0;
    return limit > 0 ? std::min(limit, positions) : positions;
}

TokenizerOptions ModelBundle::defaultTokenizerOptions() const {
    if (m_tokenizerSettings)
        return m_tokenizerSettings->options;
    TokenizerOptions options;
    options.cased = m_cased;
    options.mode = m_files.format == ModelFormat::TfCheckpoint ? TokenizerMode::Google
                   : m_files.format == ModelFormat::KerasH5    ? TokenizerMode::KerasBert
                                                               : TokenizerMode::HuggingFace;
    return options;
}

namespace {

// The tokenizer a model expects, for `bertlab-cli info`: its settings and the file they came from.
QJsonObject tokenizerJson(const TokenizerOptions& options, const std::optional<TokenizerSettings>& settings) {
    QJsonObject o{{QStringLiteral("mode"), tokenizerModeName(options.mode)},
                  {QStringLiteral("cased"), options.cased},
                  {QStringLiteral("strip_accents"), options.stripsAccents()},
                  {QStringLiteral("split_cjk"), options.splitsCjk()},
                  {QStringLiteral("from"), settings ? settings->source : QStringLiteral("defaults")}};
    if (settings && settings->modelMaxLength > 0)
        o.insert(QStringLiteral("model_max_length"), settings->modelMaxLength);
    return o;
}

QJsonValue sentenceJson(const std::optional<SentenceTransformersConfig>& sentence) {
    if (!sentence)
        return QJsonValue::Null;
    QJsonArray poolings;
    for (Pooling p : sentence->poolings)
        poolings.append(poolingName(p));
    return QJsonObject{{QStringLiteral("poolings"), poolings},
                       {QStringLiteral("normalize"), sentence->normalize},
                       {QStringLiteral("max_seq_length"), sentence->maxSeqLength},
                       {QStringLiteral("do_lower_case"), sentence->lowerCase}};
}

} // namespace

QJsonObject ModelBundle::summary() const {
    const auto config = QJsonDocument::fromJson(m_model.config().toJson()).object();
    return QJsonObject{
        {QStringLiteral("directory"), m_files.directory},
        {QStringLiteral("format"), modelFormatName(m_files.format)},
        {QStringLiteral("config"), config},
        {QStringLiteral("parameters"), double(m_parameterCount)},
        {QStringLiteral("max_sequence_length"), maxSequenceLength()},
        {QStringLiteral("cased"), m_cased},
        {QStringLiteral("tokenizer"), tokenizerJson(defaultTokenizerOptions(), m_tokenizerSettings)},
        {QStringLiteral("sentence_transformers"), sentenceJson(m_sentence)},
        {QStringLiteral("heads"), QJsonObject{{QStringLiteral("pooler"), m_model.hasPooler()},
                                              {QStringLiteral("mlm"), m_model.hasMlmHead()},
                                              {QStringLiteral("nsp"), m_model.hasNspHead()},
                                              {QStringLiteral("classifier"), m_model.hasClassifier()}}},
        {QStringLiteral("labels"), QJsonArray::fromStringList(m_model.labels())},
        {QStringLiteral("files"), QJsonObject{{QStringLiteral("config"), m_files.configPath},
                                              {QStringLiteral("weights"), m_files.weightsPath},
                                              {QStringLiteral("vocab"), m_files.vocabPath}}},
    };
}

} // namespace bertlab::core
