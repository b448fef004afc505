// Arbitrary bytes as text (invalid UTF-8, control and unassigned code points, huge words) through the
// tokenizer in every mode (google, huggingface with and without its optional settings, keras-bert), a pair
// and both truncation rules, with a small fixed vocabulary.
#include "fuzz_support.h"

#include "core/text/tokenizer.h"

#include <vector>

using namespace bertlab::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const QString vocabPath = bertlab::fuzz::writeInput(
        QStringLiteral("vocab.txt"),
        QByteArray(
            "[PAD]\n[UNK]\n[CLS]\n[SEP]\n[MASK]\nthe\n##s\nun\n##aff\n##able\n,\n!\n你\n好\nh\n##e\n"));
    static const std::vector<Tokenizer> tokenizers = [] {
        std::vector<Tokenizer> all;
        for (TokenizerMode mode :
             {TokenizerMode::Google, TokenizerMode::HuggingFace, TokenizerMode::KerasBert}) {
            for (bool cased : {false, true})
                all.push_back(Tokenizer::fromVocabFile(vocabPath, TokenizerOptions::of(mode, cased)).value());
        }
        TokenizerOptions odd = TokenizerOptions::of(TokenizerMode::HuggingFace, false);
        odd.stripAccents = false;
        odd.splitCjk = false;
        all.push_back(Tokenizer::fromVocabFile(vocabPath, odd).value());
        odd.cased = true;
        odd.stripAccents = true;
        all.push_back(Tokenizer::fromVocabFile(vocabPath, odd).value());
        return all;
    }();
    const QByteArray bytes = bertlab::fuzz::bytesOf(data, size);
    const qsizetype tab = bytes.indexOf('\t');
    const QString first = QString::fromUtf8(tab < 0 ? bytes : bytes.left(tab));
    const QString second = tab < 0 ? QString() : QString::fromUtf8(bytes.mid(tab + 1));
    for (const Tokenizer& t : tokenizers) {
        (void)t.tokenize(first);
        (void)t.encode(first, second, size % 2 ? 8 : 0, size % 3 == 0);
    }
    return 0;
}
