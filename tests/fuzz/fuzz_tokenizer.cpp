// Arbitrary bytes as text (invalid UTF-8, control and unassigned code points, huge words) through the
// tokenizer, a pair and truncation, with a small fixed vocabulary.
#include "fuzz_support.h"

#include "core/text/tokenizer.h"

using namespace bertlab::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const QString vocabPath = bertlab::fuzz::writeInput(
        QStringLiteral("vocab.txt"),
        QByteArray(
            "[PAD]\n[UNK]\n[CLS]\n[SEP]\n[MASK]\nthe\n##s\nun\n##aff\n##able\n,\n!\n你\n好\nh\n##e\n"));
    static const Tokenizer uncased = Tokenizer::fromVocabFile(vocabPath).value();
    static const Tokenizer cased = Tokenizer::fromVocabFile(vocabPath, {true}).value();
    const QByteArray bytes = bertlab::fuzz::bytesOf(data, size);
    const qsizetype tab = bytes.indexOf('\t');
    const QString first = QString::fromUtf8(tab < 0 ? bytes : bytes.left(tab));
    const QString second = tab < 0 ? QString() : QString::fromUtf8(bytes.mid(tab + 1));
    for (const Tokenizer* t : {&uncased, &cased}) {
        (void)t->tokenize(first);
        (void)t->encode(first, second, size % 2 ? 8 : 0);
    }
    return 0;
}
