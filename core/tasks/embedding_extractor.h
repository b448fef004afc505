#pragma once

#include "core/model/bert_model.h"
#include "core/result.h"
#include "core/tasks/progress.h"
#include "core/text/tokenizer.h"

#include <functional>
#include <optional>
#include <vector>

namespace bertlab::core {

enum class Pooling { Nsp, Max, Average };

QString poolingName(Pooling pooling); // "nsp", "max", "ave"
std::optional<Pooling> poolingFromName(QStringView name);

// keras-bert's output_layer_num: either the last N encoder layers or explicit layer indices (0 = first
// encoder layer, negative counts from the end).
struct LayerSelection {
    std::optional<int> lastN = 1;
    std::vector<int> indices;

    static LayerSelection last(int n) { return {n, {}}; }
    static LayerSelection of(std::vector<int> indices) { return {std::nullopt, std::move(indices)}; }
    // Parses "N" or "i,j,…" (a trailing comma makes a one-element list: "-2,").
    static std::optional<LayerSelection> parse(QStringView text);

    // Encoder layers (0-based) in the order keras-bert concatenates them: it builds the list (for N:
    // -1, -2, …, -N) and then reverses it, so for N the earliest layer comes first.
    Result<std::vector<int>> resolve(int layerCount) const;
};

struct ExtractionParams {
    // What to do with a text longer than maxLength tokens.
    //  Truncate: keep its first pieces (pairs: longest-first), as keras-bert does.
    //  Windows:  a single text is split into consecutive windows of maxLength - 2 pieces (the last one
    //            shorter), each run as its own [CLS] … [SEP] sequence. Pairs are still truncated: a window
    //            of a pair would need both texts' context, and no split of the two is better than another.
    enum class LongText { Truncate, Windows };

    LayerSelection layers;
    std::vector<Pooling> poolings; // empty = token features
    int maxLength = 0;             // 0 = the model's maximum
    int batchSize = 8;             // sequences (texts, or windows of long texts) per forward pass
    LongText longText = LongText::Truncate;
    bool normalize = false; // pooled vectors scaled to unit length (sentence-transformers' Normalize)
    // "As sentence-transformers": the model folder's modules.json decides the layers, poolings, normalization
    // and length (SentenceTransformersConfig::apply, done by ExtractionJob).
    bool sentenceTransformers = false;
};

QString longTextName(ExtractionParams::LongText mode); // "truncate", "windows"
std::optional<ExtractionParams::LongText> longTextFromName(QStringView name);

struct TextInput {
    QString first;
    QString second;        // null for a single text
    qint64 index = -1;     // its place in the input; -1 = its position in the list given to run()
    qint64 line = 0;       // read from a file: the 1-based line where its record starts
    QStringList kept = {}; // the values of the source's keep columns, in their order
};

// A text tokenized and ready for the model (EmbeddingExtractor::encode), so that tokenizing can run on
// another thread than the forward passes.
struct EncodedInput {
    TextInput input;
    qint64 index = 0;
    Encoding encoding;             // the whole text as its item reports it (tokens, offsets)
    std::vector<Encoding> windows; // LongText::Windows and longer than maxLength: what runs; else empty
                                   // and `encoding` runs
    int sequenceCount() const { return windows.empty() ? 1 : int(windows.size()); }
};

struct EmbeddingItem {
    qint64 index = 0; // position in the input
    TextInput input;  // the text (or pair) it came from
    Encoding encoding;
    Tensor embedding; // [tokens, features] without pooling, [features] with
};

// What a batch of sequences gives, one tensor per sequence: its token features [tokens, layers × hidden]
// without pooling, or its pooled vector. BertLab's engine computes them (EmbeddingExtractor::
// sequenceFeatures); another engine's results can stand in (tensorflow_extraction.h).
using SequenceFeatures = std::function<Result<std::vector<Tensor>>(const std::vector<const Encoding*>&)>;

// Runs texts through the model in batches (no padding) and hands each result to the sink in input order.
class EmbeddingExtractor final {
public:
    EmbeddingExtractor(const BertModel& model, const Tokenizer& tokenizer, ExtractionParams params);

    Status validate() const;
    int featureSize() const; // length of one feature vector (a row without pooling)
    // A name per feature, saying where it comes from: "<pooling>_l<layer>_<dimension>" pooled ("nsp_l12_0",
    // "ave_l12_767"), "l<layer>_<dimension>" per token; layers 1-based as the Attention page counts them.
    QStringList featureNames() const;

    // The sink returns false to stop early; so does progress. Returns an error or Ok (also when stopped).
    Status run(const std::vector<TextInput>& inputs, const std::function<bool(EmbeddingItem&&)>& sink,
               const ProgressCallback& progress = {}, qint64 firstIndex = 0) const;

    // The same in two steps: encode() tokenizes (thread-safe, no model work), runEncoded() embeds.
    std::vector<EncodedInput> encode(const std::vector<TextInput>& inputs, qint64 firstIndex = 0) const;
    // `features` replaces the engine's forward passes when given (its results are joined as the engine's
    // are: windows of a long text, the texts in order).
    Status runEncoded(std::vector<EncodedInput>&& inputs, const std::function<bool(EmbeddingItem&&)>& sink,
                      const ProgressCallback& progress = {}, const SequenceFeatures& features = {}) const;
    // One batch through BertLab's engine.
    Result<std::vector<Tensor>> sequenceFeatures(const std::vector<const Encoding*>& sequences) const;
    const std::vector<int>& layers() const { return m_layers; } // resolved, in concatenation order
    int maxLength() const { return effectiveMaxLength(); }

    // Convenience: every item in memory.
    Result<std::vector<EmbeddingItem>> extract(const std::vector<TextInput>& inputs) const;

private:
    int effectiveMaxLength() const;
    // [tokens, layers × hidden]: the chosen layers side by side for one sequence of the batch.
    Tensor tokenFeatures(const ForwardResult& forward, const TokenBatch& batch, int sequence) const;
    Tensor pooled(const Tensor& tokens) const; // the poolings, concatenated

    const BertModel& m_model;
    const Tokenizer& m_tokenizer;
    ExtractionParams m_params;
    std::vector<int> m_layers; // resolved
    QString m_layerError;
};

} // namespace bertlab::core
