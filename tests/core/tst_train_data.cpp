// Training data: corpus and pair reading, keras-bert's MLM/NSP example generation, classification files and
// the WordPiece vocabulary trainer.
#include "core/text/tokenizer.h"
#include "core/train/classification_data.h"
#include "core/train/pretraining_data.h"
#include "core/train/wordpiece_trainer.h"

#include "fixture_support.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <random>
#include <span>

using namespace bertlab::core;
using bertlab::tests::fixturePath;

namespace {

const QStringList kSpecials = {QStringLiteral("[PAD]"), QStringLiteral("[UNK]"), QStringLiteral("[CLS]"),
                               QStringLiteral("[SEP]"), QStringLiteral("[MASK]")};
enum : int { kPadId, kUnkId, kClsId, kSepId, kMaskId };

// Specials first, then w0 … w<n-1>.
Vocab numberedVocab(int words) {
    QStringList tokens = kSpecials;
    for (int i = 0; i < words; ++i)
        tokens << QStringLiteral("w%1").arg(i);
    return Vocab::fromTokens(tokens);
}

// The ids of w<from> … w<from+count-1> in numberedVocab().
std::vector<int> numberedIds(int from, int count) {
    std::vector<int> out;
    for (int i = 0; i < count; ++i)
        out.push_back(kMaskId + 1 + from + i);
    return out;
}

// Ids of tokens in the tokenizer's vocabulary, kUnknownPieceId for a missing one.
std::vector<int> idsOf(const Tokenizer& tokenizer, const QStringList& tokens) {
    std::vector<int> ids;
    for (const QString& token : tokens)
        ids.push_back(tokenizer.vocab().id(token, kUnknownPieceId));
    return ids;
}

std::vector<int> corpusSentence(const PretrainingCorpus& corpus, std::size_t document, std::size_t index) {
    const std::span<const int> ids = corpus.sentence(document, index);
    return std::vector<int>(ids.begin(), ids.end());
}

Tokenizer wordTokenizer() {
    QStringList tokens = kSpecials;
    for (const char* word :
         {"the", "quick", "brown", "fox",  "jumps", "over", "lazy", "dog", ".",   ",",     "it",
          "was", "not",   "first", "time", "a",     "cat",  "sat",  "on",  "mat", "hello", "world"})
        tokens << QString::fromLatin1(word);
    tokens << QStringLiteral("##s");
    return Tokenizer(Vocab::fromTokens(tokens));
}

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// A deterministic pseudo-English corpus: Zipf-distributed words from a lexicon sharing stems and suffixes.
QStringList syntheticCorpus(int lines, std::uint64_t seed) {
    const QStringList stems = {QStringLiteral("walk"),  QStringLiteral("talk"),   QStringLiteral("play"),
                               QStringLiteral("work"),  QStringLiteral("read"),   QStringLiteral("call"),
                               QStringLiteral("help"),  QStringLiteral("start"),  QStringLiteral("turn"),
                               QStringLiteral("look"),  QStringLiteral("open"),   QStringLiteral("learn"),
                               QStringLiteral("train"), QStringLiteral("token"),  QStringLiteral("model"),
                               QStringLiteral("layer"), QStringLiteral("vector"), QStringLiteral("stream")};
    const QStringList suffixes = {QString(), QStringLiteral("s"), QStringLiteral("ed"), QStringLiteral("ing"),
                                  QStringLiteral("er")};
    QStringList lexicon = {QStringLiteral("the"), QStringLiteral("of"), QStringLiteral("and"),
                           QStringLiteral("to"),  QStringLiteral("a"),  QStringLiteral("in"),
                           QStringLiteral("is"),  QStringLiteral("it")};
    for (const QString& stem : stems) {
        for (const QString& suffix : suffixes)
            lexicon << stem + suffix;
    }
    lexicon << QStringLiteral("Zürich") << QStringLiteral("naïve") << QStringLiteral("東京")
            << QStringLiteral("x-ray");
    std::mt19937_64 rng(seed);
    std::vector<double> weights;
    for (int i = 0; i < lexicon.size(); ++i)
        weights.push_back(1.0 / (i + 1));
    std::discrete_distribution<int> pick(weights.begin(), weights.end());
    std::uniform_int_distribution<int> length(4, 14);
    QStringList out;
    for (int line = 0; line < lines; ++line) {
        QStringList words;
        const int n = length(rng);
        for (int i = 0; i < n; ++i)
            words << lexicon[pick(rng)];
        out << words.join(u' ') + u'.';
    }
    return out;
}

} // namespace

class TestTrainData final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // ---- corpus and pair reading
    void readsDocumentsAndSentences() {
        const Tokenizer tokenizer = wordTokenizer();
        const QString path = fixturePath(QStringLiteral("train/corpus.txt"));
        const Result<PretrainingCorpus> corpus = readPretrainingCorpus(path, tokenizer);
        QVERIFY2(corpus.ok(), qPrintable(corpus.errorString()));
        // Blank and whitespace-only lines end documents; runs of them make no empty documents.
        QCOMPARE(corpus->documentCount(), std::size_t(4));
        QCOMPARE(corpus->documentSize(0), std::size_t(3));
        QCOMPARE(corpus->documentSize(1), std::size_t(3));
        QCOMPARE(corpus->documentSize(2), std::size_t(1));
        QCOMPARE(corpus->documentSize(3), std::size_t(2));
        QCOMPARE(corpus->sentenceCount(), std::int64_t(9));
        QVERIFY(corpus->skippedLines.empty());
        // Ids of the tokenizer's vocabulary; a word it cannot split ("foxes") is its [UNK] token.
        const std::vector<int> first = corpusSentence(*corpus, 0, 0);
        QCOMPARE(first,
                 idsOf(tokenizer,
                       tokenizer.tokenize(QStringLiteral("The quick brown fox jumps over the lazy dog."))));
        QCOMPARE(first.front(), tokenizer.vocab().id(QStringLiteral("the")));
        QCOMPARE(first.back(), tokenizer.vocab().id(QStringLiteral(".")));
        const std::vector<int> foxes = corpusSentence(*corpus, 0, 2); // Foxes are known for their speed.
        QCOMPARE(foxes.front(), int(kUnkId));
        QCOMPARE(foxes.size(),
                 std::size_t(tokenizer.tokenize(QStringLiteral("Foxes are known for their speed.")).size()));
        QCOMPARE(corpus->ids.size(), corpus->sentenceEnds.back());
    }

    void skipsInvalidAndOverlongLines() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.txt"));
        QByteArray bytes = "the dog\n\xff\xfe broken\nthe cat\n";
        bytes += QByteArray(kMaxCorpusLineChars + 10, 'a') + '\n';
        bytes += "\nit was\r\n";
        QVERIFY(writeFile(path, bytes));
        const Result<PretrainingCorpus> corpus = readPretrainingCorpus(path, wordTokenizer());
        QVERIFY2(corpus.ok(), qPrintable(corpus.errorString()));
        QCOMPARE(corpus->skippedLines, (std::vector<int>{2, 4}));
        QCOMPARE(corpus->documentCount(), std::size_t(2));
        QCOMPARE(corpus->documentSize(0), std::size_t(2));
        QCOMPARE(corpusSentence(*corpus, 1, 0),
                 idsOf(wordTokenizer(), {QStringLiteral("it"), QStringLiteral("was")}));
        QCOMPARE(corpus->sentenceCount(), std::int64_t(3));
    }

    void corpusErrorsNameTheFile() {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("missing.txt"));
        const Result<PretrainingCorpus> none = readPretrainingCorpus(missing, wordTokenizer());
        QVERIFY(!none.ok());
        QVERIFY(none.errorString().contains(missing));

        for (const QByteArray& content : {QByteArray(), QByteArray("\n  \n\n"), QByteArray("\xff\xff\n")}) {
            const QString empty = dir.filePath(QStringLiteral("empty.txt"));
            QVERIFY(writeFile(empty, content));
            const Result<PretrainingCorpus> result = readPretrainingCorpus(empty, wordTokenizer());
            QVERIFY(!result.ok());
            QVERIFY(result.errorString().contains(empty));
        }

        const Result<std::vector<SentencePair>> pairs = readSentencePairs(missing, wordTokenizer());
        QVERIFY(!pairs.ok());
        QVERIFY(pairs.errorString().contains(missing));
    }

    void readsSentencePairs() {
        const Tokenizer tokenizer = wordTokenizer();
        const Result<std::vector<SentencePair>> pairs =
            readSentencePairs(fixturePath(QStringLiteral("train/pairs.tsv")), tokenizer);
        QVERIFY2(pairs.ok(), qPrintable(pairs.errorString()));
        QCOMPARE(pairs->size(), std::size_t(3)); // the blank line is no pair
        QCOMPARE(pairs->at(0).first,
                 idsOf(tokenizer, {QStringLiteral("the"), QStringLiteral("cat"), QStringLiteral("sat")}));
        QCOMPARE(pairs->at(0).second,
                 idsOf(tokenizer, {QStringLiteral("on"), QStringLiteral("the"), QStringLiteral("mat")}));
        QCOMPARE(pairs->at(1).first, idsOf(tokenizer, {QStringLiteral("hello"), QStringLiteral("world")}));
        QVERIFY(pairs->at(2).second.empty());

        QTemporaryDir dir;
        // Google mode gives [UNK] for a word it cannot split; keras-bert mode keeps unmatched characters,
        // which are missing from the vocabulary: kUnknownPieceId.
        const QString unknown = dir.filePath(QStringLiteral("unknown.tsv"));
        QVERIFY(writeFile(unknown, "the zebra\tdog\n"));
        const Result<std::vector<SentencePair>> withUnknown = readSentencePairs(unknown, tokenizer);
        QVERIFY2(withUnknown.ok(), qPrintable(withUnknown.errorString()));
        const int the = tokenizer.vocab().id(QStringLiteral("the"));
        QCOMPARE(withUnknown->at(0).first, (std::vector<int>{the, int(kUnkId)}));
        TokenizerOptions keras;
        keras.mode = TokenizerMode::KerasBert;
        const Tokenizer kerasTokenizer(tokenizer.vocab(), keras);
        const Result<std::vector<SentencePair>> kerasPairs = readSentencePairs(unknown, kerasTokenizer);
        QVERIFY2(kerasPairs.ok(), qPrintable(kerasPairs.errorString()));
        const std::vector<int>& kerasFirst = kerasPairs->at(0).first;
        QCOMPARE(kerasFirst.size(), std::size_t(kerasTokenizer.tokenize(QStringLiteral("the zebra")).size()));
        QVERIFY(kerasFirst.size() > 2);
        QCOMPARE(kerasFirst.front(), the);
        for (std::size_t i = 1; i < kerasFirst.size(); ++i)
            QCOMPARE(kerasFirst[i], kUnknownPieceId);

        const QString path = dir.filePath(QStringLiteral("notab.tsv"));
        QVERIFY(writeFile(path, "a\tb\nno tab here\n"));
        const Result<std::vector<SentencePair>> bad = readSentencePairs(path, tokenizer);
        QVERIFY(!bad.ok());
        QVERIFY(bad.errorString().contains(path));
        QVERIFY(bad.errorString().contains(QStringLiteral("line 2")));
    }

    void pairsStayInsideDocumentsAndFit() {
        PretrainingCorpus corpus;
        for (const std::vector<std::vector<int>>& document :
             {std::vector<std::vector<int>>{numberedIds(0, 10), numberedIds(10, 4), numberedIds(20, 3)},
              std::vector<std::vector<int>>{numberedIds(30, 2)},
              std::vector<std::vector<int>>{numberedIds(40, 5), numberedIds(50, 5)}}) {
            for (const std::vector<int>& sentence : document)
                corpus.addSentence(sentence);
            corpus.endDocument();
            corpus.endDocument(); // closing twice makes no empty document
        }
        QCOMPARE(corpus.documentCount(), std::size_t(3));
        QCOMPARE(corpus.sentenceCount(), std::int64_t(6));
        QCOMPARE(corpusSentence(corpus, 2, 1), numberedIds(50, 5));
        const std::vector<SentencePair> pairs = pairsFromCorpus(corpus, 12); // 9 tokens for a and b
        QCOMPARE(pairs.size(), std::size_t(3));
        // Longest first: 10+4 → 5+4 (off the longer side, from the end).
        QCOMPARE(pairs[0].first, numberedIds(0, 5));
        QCOMPARE(pairs[0].second, numberedIds(10, 4));
        QCOMPARE(pairs[1].first, numberedIds(10, 4));
        QCOMPARE(pairs[1].second, numberedIds(20, 3));
        // A tie takes from the second: 5+5 → 5+4 → 4+4 … to 5+4.
        QCOMPARE(pairs[2].first, numberedIds(40, 5));
        QCOMPARE(pairs[2].second, numberedIds(50, 4));
        for (const SentencePair& pair : pairsFromCorpus(corpus, 7))
            QVERIFY(pair.first.size() + pair.second.size() <= 4);
    }

    // ---- keras_bert.gen_batch_inputs
    void maskingRates() {
        const Vocab vocab = numberedVocab(300);
        std::vector<SentencePair> pairs;
        for (int i = 0; i < 400; ++i)
            pairs.push_back({numberedIds(i % 250, 20), numberedIds((i + 7) % 250, 20)});
        MaskingOptions options;
        options.swapSentenceRate = 0.0;
        std::mt19937_64 rng(42);
        qint64 candidates = 0, chosen = 0, masked = 0, replaced = 0, kept = 0;
        for (int round = 0; round < 5; ++round) {
            const std::vector<TrainingExample> examples = makePretrainingExamples(pairs, vocab, options, rng);
            QCOMPARE(examples.size(), pairs.size());
            for (const TrainingExample& e : examples) {
                QCOMPARE(e.ids.size(), std::size_t(43));
                QCOMPARE(e.maskedPositions.size(), e.maskedLabels.size());
                candidates += 40;
                const QSet<int> positions(e.maskedPositions.begin(), e.maskedPositions.end());
                QCOMPARE(positions.size(), qsizetype(e.maskedPositions.size()));
                for (std::size_t k = 0; k < e.maskedPositions.size(); ++k) {
                    const int p = e.maskedPositions[k];
                    const int label = e.maskedLabels[k];
                    // Specials are never chosen ([CLS] at 0, [SEP] at 21 and 42).
                    QVERIFY(p != 0 && p != 21 && p != 42);
                    QVERIFY(label >= 5);
                    ++chosen;
                    if (e.ids[p] == kMaskId)
                        ++masked;
                    else if (e.ids[p] == label)
                        ++kept;
                    else
                        ++replaced;
                    QVERIFY(e.ids[p] == kMaskId || e.ids[p] >= 5); // random picks are never specials
                }
                // Unchosen positions keep their ids.
                QCOMPARE(e.ids[0], int(kClsId));
                QCOMPARE(e.ids[21], int(kSepId));
                QCOMPARE(e.ids[42], int(kSepId));
            }
        }
        const double chosenRate = double(chosen) / double(candidates);
        QVERIFY2(std::abs(chosenRate - 0.15) < 0.01, qPrintable(QString::number(chosenRate)));
        QVERIFY(std::abs(double(masked) / double(chosen) - 0.8) < 0.02);
        QVERIFY(std::abs(double(replaced) / double(chosen) - 0.1) < 0.02);
        QVERIFY(std::abs(double(kept) / double(chosen) - 0.1) < 0.02);
    }

    void forceMaskMarksPositionOne() {
        const Vocab vocab = numberedVocab(20);
        std::vector<SentencePair> pairs(10, SentencePair{numberedIds(0, 3), numberedIds(5, 2)});
        MaskingOptions options;
        options.maskRate = 0.0;
        std::mt19937_64 rng(1);
        for (const TrainingExample& e : makePretrainingExamples(pairs, vocab, options, rng)) {
            QCOMPARE(e.maskedPositions, std::vector<int>{1});
            QCOMPARE(e.maskedLabels, std::vector<int>{5}); // w0, left as it is in the input
            QCOMPARE(e.ids[1], 5);
        }
        options.forceMask = false;
        for (const TrainingExample& e : makePretrainingExamples(pairs, vocab, options, rng))
            QVERIFY(e.maskedPositions.empty());
    }

    void nspLabelsSaySecondChanged() {
        const Vocab vocab = numberedVocab(500);
        std::vector<SentencePair> pairs;
        for (int i = 0; i < 300; ++i)
            pairs.push_back({numberedIds(i, 1), numberedIds(i + 1, 1)});
        MaskingOptions options;
        options.maskRate = 0.0;
        options.forceMask = false;
        std::mt19937_64 rng(7);
        const std::vector<TrainingExample> examples = makePretrainingExamples(pairs, vocab, options, rng);
        int swapped = 0;
        QSet<int> seconds;
        for (std::size_t i = 0; i < examples.size(); ++i) {
            const TrainingExample& e = examples[i];
            // [CLS] a [SEP] b [SEP]: b's id tells which pair it came from (w(i+1) has id i+6).
            const int second = e.ids[3];
            seconds.insert(second);
            QCOMPARE(e.nspLabel, second == int(i) + 6 ? 0 : 1);
            QCOMPARE(e.ids[1], int(i) + 5); // the first sentence never moves
            swapped += e.nspLabel;
        }
        QCOMPARE(seconds.size(), qsizetype(300)); // a permutation: every second sentence used once
        QVERIFY2(swapped > 120 && swapped < 180, qPrintable(QString::number(swapped)));

        options.swapSentenceRate = 0.0;
        for (const TrainingExample& e : makePretrainingExamples(pairs, vocab, options, rng))
            QCOMPARE(e.nspLabel, 0);
    }

    void cutsToSeqLenWithSegmentsAndUnknowns() {
        const Vocab vocab = numberedVocab(50);
        std::vector<SentencePair> pairs = {
            {numberedIds(0, 6),
             std::vector<int>{numberedIds(1, 1)[0], kUnknownPieceId, numberedIds(2, 1)[0]}}};
        MaskingOptions options;
        options.maskRate = 0.0;
        options.forceMask = false;
        options.swapSentenceRate = 0.0;
        options.seqLen = 10;
        std::mt19937_64 rng(3);
        std::vector<TrainingExample> examples = makePretrainingExamples(pairs, vocab, options, rng);
        const TrainingExample& e = examples.front();
        // keras-bert cuts the end: [CLS] w0..w5 [SEP] w1 <unknown> | w2 [SEP]
        QCOMPARE(e.ids, (std::vector<int>{kClsId, 5, 6, 7, 8, 9, 10, kSepId, 6, kUnkId}));
        QCOMPARE(e.segments, (std::vector<int>{0, 0, 0, 0, 0, 0, 0, 0, 1, 1}));
        QCOMPARE(e.nspLabel, 0);

        options.seqLen = 128;
        examples = makePretrainingExamples(pairs, vocab, options, rng);
        QCOMPARE(examples.front().ids.size(), std::size_t(12)); // unpadded
        QCOMPARE(examples.front().segments.back(), 1);
        QCOMPARE(examples.front().ids.back(), int(kSepId));

        // An unknown piece can be chosen (it is no special) and is predicted as [UNK].
        options.maskRate = 1.0;
        options.maskMaskRate = 1.0;
        examples = makePretrainingExamples(pairs, vocab, options, rng);
        QCOMPARE(examples.front().maskedPositions.size(), std::size_t(9));
        QCOMPARE(examples.front().maskedLabels[7], int(kUnkId));
        QCOMPARE(examples.front().maskedPositions[7], 9);

        // Any other id outside the vocabulary is such a piece too, never reaching the model as it is.
        pairs.front().second[1] = 5000;
        examples = makePretrainingExamples(pairs, vocab, options, rng);
        QCOMPARE(examples.front().maskedLabels[7], int(kUnkId));
        QCOMPARE(examples.front().ids[9], int(kMaskId));

        // The [UNK] token itself (from the tokenizer or the text) is a special: never chosen.
        pairs.front().second[1] = kUnkId;
        examples = makePretrainingExamples(pairs, vocab, options, rng);
        QCOMPARE(examples.front().maskedPositions.size(), std::size_t(8));
        QCOMPARE(examples.front().ids[9], int(kUnkId));
    }

    void deterministicBySeed() {
        const Vocab vocab = numberedVocab(100);
        std::vector<SentencePair> pairs;
        for (int i = 0; i < 50; ++i)
            pairs.push_back({numberedIds(i, 8), numberedIds(i + 20, 6)});
        const auto run = [&](std::uint64_t seed) {
            std::mt19937_64 rng(seed);
            return makePretrainingExamples(pairs, vocab, MaskingOptions{}, rng);
        };
        const auto same = [](const std::vector<TrainingExample>& x, const std::vector<TrainingExample>& y) {
            if (x.size() != y.size())
                return false;
            for (std::size_t i = 0; i < x.size(); ++i) {
                if (x[i].ids != y[i].ids || x[i].segments != y[i].segments ||
                    x[i].maskedPositions != y[i].maskedPositions || x[i].maskedLabels != y[i].maskedLabels ||
                    x[i].nspLabel != y[i].nspLabel)
                    return false;
            }
            return true;
        };
        QVERIFY(same(run(5), run(5)));
        QVERIFY(!same(run(5), run(6)));
    }

    // ---- classification files
    void readsQuotedCsv() {
        const Tokenizer tokenizer = wordTokenizer();
        const QString path = fixturePath(QStringLiteral("train/reviews.csv"));
        ClassificationDataOptions options;
        options.maxLength = 6;
        const Result<ClassificationData> data = readClassificationData(path, tokenizer, options);
        QVERIFY2(data.ok(), qPrintable(data.errorString()));
        QCOMPARE(data->labels,
                 (QStringList{QStringLiteral("pos"), QStringLiteral("neg"), QStringLiteral("neutral")}));
        QCOMPARE(data->examples.size(), std::size_t(5)); // the two-line quoted record is one
        std::vector<int> labels;
        for (const TrainingExample& e : data->examples) {
            labels.push_back(e.classLabel);
            QVERIFY(e.ids.size() <= 6);
            QCOMPARE(e.ids.front(), int(kClsId));
            QCOMPARE(e.ids.back(), int(kSepId));
            QCOMPARE(e.segments, std::vector<int>(e.ids.size(), 0));
            QVERIFY(e.maskedPositions.empty());
            QCOMPARE(e.nspLabel, -1);
        }
        QCOMPARE(labels, (std::vector<int>{0, 1, 0, 1, 2}));
        const Encoding expected = tokenizer.encode(QStringLiteral("A good film, really good."), QString(), 6);
        QCOMPARE(data->examples[0].ids, expected.ids);
        QVERIFY(data->skippedLines.empty());

        // Columns by number, the label list given.
        options.textColumn = QStringLiteral("2");
        options.labelColumn = QStringLiteral("3");
        const QStringList given = {QStringLiteral("neutral"), QStringLiteral("neg"), QStringLiteral("pos")};
        const Result<ClassificationData> numbered = readClassificationData(path, tokenizer, options, given);
        QVERIFY2(numbered.ok(), qPrintable(numbered.errorString()));
        QCOMPARE(numbered->labels, given);
        QCOMPARE(numbered->examples[0].classLabel, 2);
        QCOMPARE(numbered->examples[4].classLabel, 0);
    }

    void readsTsvPairs() {
        const Tokenizer tokenizer = wordTokenizer();
        ClassificationDataOptions options;
        options.textColumn = QStringLiteral("sentence1");
        options.secondColumn = QStringLiteral("sentence2");
        options.labelColumn = QStringLiteral("gold");
        options.maxLength = 9;
        const Result<ClassificationData> data =
            readClassificationData(fixturePath(QStringLiteral("train/nli.tsv")), tokenizer, options);
        QVERIFY2(data.ok(), qPrintable(data.errorString()));
        QCOMPARE(data->labels, (QStringList{QStringLiteral("entailment"), QStringLiteral("neutral"),
                                            QStringLiteral("contradiction")}));
        QCOMPARE(data->examples.size(), std::size_t(3));
        const Encoding expected = tokenizer.encode(QStringLiteral("It rains."),
                                                   QStringLiteral("The sun shines and nobody is wet."), 9);
        QCOMPARE(data->examples[2].ids, expected.ids);
        QCOMPARE(data->examples[2].segments, expected.segments);
        QCOMPARE(data->examples[2].ids.size(), std::size_t(9));
        QCOMPARE(data->examples[2].segments.back(), 1);
    }

    void classificationErrorsAndSkips() {
        const Tokenizer tokenizer = wordTokenizer();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("data.csv"));
        QVERIFY(writeFile(path,
                          "text,label\nthe dog,a\n\nonly text\nthe cat,\n\xff\xfe,b\nit was,b\nthe fox,c\n"));
        ClassificationDataOptions options;
        const Result<ClassificationData> data = readClassificationData(path, tokenizer, options);
        QVERIFY2(data.ok(), qPrintable(data.errorString()));
        QCOMPARE(data->examples.size(), std::size_t(3));
        QCOMPARE(data->skippedLines, (std::vector<int>{4, 5, 6})); // missing column, no label, bad UTF-8
        QCOMPARE(data->labels, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));

        // A validation file with a label the training file did not have.
        const Result<ClassificationData> validation = readClassificationData(
            path, tokenizer, options, QStringList{QStringLiteral("a"), QStringLiteral("b")});
        QVERIFY(!validation.ok());
        QVERIFY(validation.errorString().contains(path));
        QVERIFY(validation.errorString().contains(QStringLiteral("line 8")));

        options.labelColumn = QStringLiteral("sentiment");
        const Result<ClassificationData> noColumn = readClassificationData(path, tokenizer, options);
        QVERIFY(!noColumn.ok());
        QVERIFY(noColumn.errorString().contains(QStringLiteral("sentiment")));
        QVERIFY(noColumn.errorString().contains(path));
        options.labelColumn = QStringLiteral("7");
        QVERIFY(!readClassificationData(path, tokenizer, options).ok());

        options.labelColumn = QStringLiteral("label");
        const QString headerOnly = dir.filePath(QStringLiteral("header.csv"));
        QVERIFY(writeFile(headerOnly, "text,label\n"));
        const Result<ClassificationData> empty = readClassificationData(headerOnly, tokenizer, options);
        QVERIFY(!empty.ok());
        QVERIFY(empty.errorString().contains(headerOnly));
        const QString missing = dir.filePath(QStringLiteral("missing.csv"));
        const Result<ClassificationData> none = readClassificationData(missing, tokenizer, options);
        QVERIFY(!none.ok());
        QVERIFY(none.errorString().contains(missing));
    }

    void splitIsSeededAndComplete() {
        std::vector<TrainingExample> all(100);
        for (int i = 0; i < 100; ++i)
            all[std::size_t(i)].classLabel = i;
        const auto split = [&](std::uint64_t seed, double fraction) {
            std::vector<TrainingExample> train = all;
            std::vector<TrainingExample> validation(3); // replaced
            splitTrainValidation(train, validation, fraction, seed);
            std::vector<int> t, v;
            for (const auto& e : train)
                t.push_back(e.classLabel);
            for (const auto& e : validation)
                v.push_back(e.classLabel);
            return std::pair(t, v);
        };
        const auto [train, validation] = split(11, 0.2);
        QCOMPARE(train.size(), std::size_t(80));
        QCOMPARE(validation.size(), std::size_t(20));
        QSet<int> seen(train.begin(), train.end());
        seen.unite(QSet<int>(validation.begin(), validation.end()));
        QCOMPARE(seen.size(), qsizetype(100));
        QCOMPARE(split(11, 0.2), std::pair(train, validation));
        QVERIFY(split(12, 0.2).second != validation);
        QVERIFY(validation != std::vector<int>({80, 81, 82, 83, 84, 85, 86, 87, 88, 89,
                                                90, 91, 92, 93, 94, 95, 96, 97, 98, 99})); // shuffled
        QCOMPARE(split(11, 0.0).second.size(), std::size_t(0));
        QCOMPARE(split(11, 1.0).first.size(), std::size_t(0));
    }

    // ---- WordPiece vocabulary trainer
    void trainsWordPieceVocab() {
        const QStringList corpus = syntheticCorpus(3000, 1);
        WordPieceTrainingOptions options;
        options.vocabSize = 150;
        options.cased = false;
        const Vocab vocab = trainWordPieceVocab(corpus, options);
        QCOMPARE(vocab.size(), 150);
        QCOMPARE(vocab.tokens().mid(0, 5), kSpecials);
        QCOMPARE(QSet<QString>(vocab.tokens().begin(), vocab.tokens().end()).size(), qsizetype(150));
        // The alphabet: uncased, accents stripped, CJK chars alone (no "##" forms for them).
        QVERIFY(vocab.contains(QStringLiteral("z")) && vocab.contains(QStringLiteral("##z")) &&
                vocab.contains(QStringLiteral("##i")));
        QVERIFY(vocab.contains(QStringLiteral("東")) && !vocab.contains(QStringLiteral("##東")));
        QVERIFY(!vocab.contains(QStringLiteral("Z")) && !vocab.contains(QStringLiteral("##ï")));
        QVERIFY(vocab.contains(QStringLiteral(".")) && vocab.contains(QStringLiteral("-")));
        // Frequent words and suffixes became pieces.
        for (const char* piece : {"the", "and", "walk", "##ing", "##ed", "walking"})
            QVERIFY2(vocab.contains(QString::fromLatin1(piece)), piece);

        const Tokenizer tokenizer(vocab);
        QCOMPARE(tokenizer.tokenize(QStringLiteral("walking")), (QStringList{QStringLiteral("walking")}));
        // Every score: the size hit, specials first, no [UNK] on the corpus; pieces per word (words and
        // the final ".") show the likelihood and frequency scores' compact vocabularies.
        for (const WordPieceMergeScore score :
             {WordPieceMergeScore::Likelihood, WordPieceMergeScore::Frequency,
              WordPieceMergeScore::Association}) {
            WordPieceTrainingOptions scored = options;
            scored.score = score;
            const Vocab learned = trainWordPieceVocab(corpus, scored);
            QCOMPARE(learned.size(), 150);
            QCOMPARE(learned.tokens().mid(0, 5), kSpecials);
            const Tokenizer learnedTokenizer(learned);
            qint64 pieces = 0, words = 0;
            for (const QString& line : corpus) {
                const QStringList tokens = learnedTokenizer.tokenize(line);
                QVERIFY(!tokens.contains(QStringLiteral("[UNK]")));
                pieces += tokens.size();
                words += line.count(u' ') + 2;
            }
            const double perWord = double(pieces) / double(words);
            QVERIFY2(perWord < (score == WordPieceMergeScore::Association ? 2.5 : 1.3),
                     qPrintable(QString::number(perWord)));
        }

        // Deterministic.
        QCOMPARE(trainWordPieceVocab(corpus, options).tokens(), vocab.tokens());

        // Cased keeps capitals and accents.
        options.cased = true;
        const Vocab cased = trainWordPieceVocab(corpus, options);
        QVERIFY(cased.contains(QStringLiteral("Z")) && cased.contains(QStringLiteral("##ï")));
        QVERIFY(!Tokenizer(cased, TokenizerOptions::of(TokenizerMode::HuggingFace, true)).tokenize(corpus.join(u' ')).contains(QStringLiteral("[UNK]")));
    }

    void wordPieceSizeLimitsAndFile() {
        const QStringList corpus = syntheticCorpus(500, 2);
        WordPieceTrainingOptions options;
        // Smaller than the alphabet: the rarest characters are left out.
        options.vocabSize = 20;
        Vocab vocab = trainWordPieceVocab(corpus, options);
        QCOMPARE(vocab.size(), 20);
        QCOMPARE(vocab.tokens().mid(0, 5), kSpecials);
        QVERIFY(vocab.contains(QStringLiteral("##e")) && vocab.contains(QStringLiteral("t")));
        // Larger than what merges can reach: stops when every word is whole.
        options.vocabSize = 100000;
        vocab = trainWordPieceVocab(corpus, options);
        QVERIFY(vocab.size() < 400);
        for (const QString& word :
             {QStringLiteral("the"), QStringLiteral("vectoring"), QStringLiteral("walked")})
            QCOMPARE(Tokenizer(vocab).tokenize(word), QStringList{word});

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("corpus.txt"));
        QVERIFY(writeFile(path, corpus.join(u'\n').toUtf8() + "\n\xff\xfe\n"));
        options.vocabSize = 120;
        const Result<Vocab> fromFile = trainWordPieceVocabFromFile(path, options);
        QVERIFY2(fromFile.ok(), qPrintable(fromFile.errorString()));
        QCOMPARE(fromFile->tokens(), trainWordPieceVocab(corpus, options).tokens());

        const QString missing = dir.filePath(QStringLiteral("missing.txt"));
        const Result<Vocab> none = trainWordPieceVocabFromFile(missing, options);
        QVERIFY(!none.ok());
        QVERIFY(none.errorString().contains(missing));
        const QString empty = dir.filePath(QStringLiteral("empty.txt"));
        QVERIFY(writeFile(empty, " \n\n"));
        QVERIFY(!trainWordPieceVocabFromFile(empty, options).ok());
    }

    void wordPieceProgressAndCancel() {
        const QStringList corpus = syntheticCorpus(1000, 3);
        WordPieceTrainingOptions options;
        options.vocabSize = 200;
        qint64 lastDone = -1;
        int calls = 0;
        const Vocab vocab = trainWordPieceVocab(corpus, options, [&](qint64 done, qint64 total) {
            ++calls;
            lastDone = done;
            return total == 200;
        });
        QVERIFY(calls >= 2);
        QCOMPARE(lastDone, qint64(200));
        QCOMPARE(vocab.size(), 200);

        const Vocab cancelled =
            trainWordPieceVocab(corpus, options, [](qint64 done, qint64) { return done < 100; });
        QCOMPARE(cancelled.size(), 0);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("corpus.txt"));
        QVERIFY(writeFile(path, corpus.join(u'\n').toUtf8()));
        const Result<Vocab> fromFile =
            trainWordPieceVocabFromFile(path, options, [](qint64, qint64) { return false; });
        QVERIFY(!fromFile.ok());
        QVERIFY(fromFile.errorString().contains(path));
    }
};

QTEST_GUILESS_MAIN(TestTrainData)
#include "tst_train_data.moc"
