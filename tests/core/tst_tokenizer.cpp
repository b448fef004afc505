// Tokenizer against the reference peers' recorded outputs (tests/fixtures/gen_tokenizer.py), plus bad input.
#include "core/text/keras_rematch.h"
#include "core/text/tokenizer.h"
#include "core/text/tokenizer_settings.h"
#include "core/text/vocab.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <memory>

using namespace bertlab::core;

namespace {

// BERTLAB_TOKENIZER_FIXTURES points at another generated folder, e.g. gen_tokenizer.py's fuzz set:
//   gen_tokenizer.py /tmp/fuzz 400 && BERTLAB_TOKENIZER_FIXTURES=/tmp/fuzz/tokenizer tst_tokenizer
QString fixture(const QString& name) {
    const QString folder = qEnvironmentVariable("BERTLAB_TOKENIZER_FIXTURES");
    return (folder.isEmpty() ? QStringLiteral(BERTLAB_FIXTURES "/tokenizer") : folder) + u'/' + name;
}

QString describe(const std::vector<int>& values) {
    QStringList parts;
    for (int v : values)
        parts.append(QString::number(v));
    return parts.join(u' ');
}

QString describe(const std::vector<std::pair<int, int>>& spans) {
    QStringList parts;
    for (const auto& [start, end] : spans)
        parts.append(QStringLiteral("[%1,%2]").arg(start).arg(end));
    return parts.join(u' ');
}

std::vector<int> ints(const QJsonValue& value) {
    std::vector<int> out;
    for (const QJsonValue& v : value.toArray())
        out.push_back(v.toInt());
    return out;
}

std::vector<std::pair<int, int>> spans(const QJsonValue& value) {
    std::vector<std::pair<int, int>> out;
    for (const QJsonValue& v : value.toArray())
        out.emplace_back(v.toArray().at(0).toInt(), v.toArray().at(1).toInt());
    return out;
}

QStringList strings(const QJsonValue& value) {
    QStringList out;
    for (const QJsonValue& v : value.toArray())
        out.append(v.toString());
    return out;
}

// A JSON null is a missing second text (single sequence); a JSON string, even empty, is a given one.
QString text(const QJsonValue& value) {
    return value.isString() ? value.toString() : QString();
}

} // namespace

class TestTokenizer final : public QObject {
    Q_OBJECT

private:
    QJsonObject m_expected;
    std::map<QString, std::shared_ptr<Tokenizer>> m_tokenizers; // "google/uncased", …, "keras/readme"

    const Tokenizer& tokenizer(const QString& key) { return *m_tokenizers.at(key); }

private Q_SLOTS:
    void initTestCase() {
        QFile file(fixture(QStringLiteral("expected.json")));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QJsonParseError error;
        m_expected = QJsonDocument::fromJson(file.readAll(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        qInfo("peers: %s", QJsonDocument(m_expected.value(u"versions").toObject())
                               .toJson(QJsonDocument::Compact)
                               .constData());

        Result<Vocab> vocab = Vocab::fromFile(fixture(QStringLiteral("vocab.txt")));
        QVERIFY2(vocab.ok(), qPrintable(vocab.errorString()));
        for (const auto& [mode, modeName] :
             {std::pair{TokenizerMode::Google, QStringLiteral("google")},
              std::pair{TokenizerMode::HuggingFace, QStringLiteral("huggingface")},
              std::pair{TokenizerMode::KerasBert, QStringLiteral("keras")}}) {
            for (bool cased : {false, true}) {
                const QString key =
                    modeName + (cased ? QStringLiteral("/cased") : QStringLiteral("/uncased"));
                m_tokenizers[key] = std::make_shared<Tokenizer>(*vocab, TokenizerOptions::of(mode, cased));
            }
        }
        const QJsonObject readme = m_expected.value(u"keras").toObject().value(u"readme").toObject();
        m_tokenizers[QStringLiteral("keras/readme")] =
            std::make_shared<Tokenizer>(Vocab::fromTokens(strings(readme.value(u"vocab"))),
                                        TokenizerOptions::of(TokenizerMode::KerasBert, false));
    }

    void peers_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonObject>("expected");
        int rows = 0;
        for (const QString& mode :
             {QStringLiteral("google"), QStringLiteral("huggingface"), QStringLiteral("keras")}) {
            const QJsonObject byCase = m_expected.value(mode).toObject();
            for (const QString& casing :
                 {QStringLiteral("uncased"), QStringLiteral("cased"), QStringLiteral("readme")}) {
                const QJsonArray cases = casing == u"readme"
                                             ? byCase.value(casing).toObject().value(u"cases").toArray()
                                             : byCase.value(casing).toArray();
                for (const QJsonValue& c : cases) {
                    const QString key = mode + u'/' + casing;
                    const QString name = key + u'/' + c.toObject().value(u"name").toString();
                    QTest::newRow(qPrintable(name)) << key << c.toObject();
                    ++rows;
                }
            }
        }
        QVERIFY(rows > 300);
    }

    void peers() {
        QFETCH(QString, key);
        QFETCH(QJsonObject, expected);
        const Tokenizer& t = tokenizer(key);
        const QString first = expected.value(u"first").toString();
        const QString second = text(expected.value(u"second"));
        const int maxLen = expected.value(u"max_len").toInt();
        const bool pad = expected.value(u"pad").toBool();

        const Encoding e = t.encode(first, second, maxLen, pad);
        QCOMPARE(e.tokens, strings(expected.value(u"tokens")));
        QCOMPARE(describe(e.ids), describe(ints(expected.value(u"ids"))));
        QCOMPARE(describe(e.segments), describe(ints(expected.value(u"segments"))));
        if (expected.contains(u"offsets")) // tokenization.py (google) has none
            QCOMPARE(describe(e.offsets), describe(spans(expected.value(u"offsets"))));
        QCOMPARE(e.length() + e.padding, int(e.ids.size()));
        for (int i = e.length(); i < int(e.ids.size()); ++i)
            QCOMPARE(e.tokens.at(i), QStringLiteral("[PAD]"));
        if (expected.value(u"decode").isString())
            QCOMPARE(t.decode(e.ids), expected.value(u"decode").toString());
        if (expected.contains(u"pieces"))
            QCOMPARE(t.tokenize(first), strings(expected.value(u"pieces")));

        // keras-bert's own rematch() over its full token lists.
        if (expected.contains(u"rematch_first")) {
            const QStringList firstPieces = t.tokenize(first);
            QCOMPARE(describe(kerasRematch(first, firstPieces, t.options().cased)),
                     describe(spans(expected.value(u"rematch_first"))));
            if (!second.isNull()) {
                QCOMPARE(describe(kerasRematch(second, t.tokenize(second), t.options().cased)),
                         describe(spans(expected.value(u"rematch_second"))));
            }
        }
    }

    void rematchExamples_data() {
        QTest::addColumn<QJsonObject>("example");
        int i = 0;
        for (const QJsonValue& v : m_expected.value(u"rematch").toArray())
            QTest::newRow(
                qPrintable(QStringLiteral("%1: %2").arg(i++).arg(v.toObject().value(u"text").toString())))
                << v.toObject();
    }

    void rematchExamples() {
        QFETCH(QJsonObject, example);
        const auto got = kerasRematch(example.value(u"text").toString(), strings(example.value(u"tokens")),
                                      example.value(u"cased").toBool());
        QCOMPARE(describe(got), describe(spans(example.value(u"spans"))));
    }

    void modeNames() {
        QCOMPARE(tokenizerModeFromName(u"google"), std::optional(TokenizerMode::Google));
        QCOMPARE(tokenizerModeFromName(u"Keras-BERT"), std::optional(TokenizerMode::KerasBert));
        QCOMPARE(tokenizerModeFromName(u"keras_bert"), std::optional(TokenizerMode::KerasBert));
        QCOMPARE(tokenizerModeFromName(u"HuggingFace"), std::optional(TokenizerMode::HuggingFace));
        QCOMPARE(tokenizerModeFromName(u"hf"), std::optional(TokenizerMode::HuggingFace));
        QVERIFY(!tokenizerModeFromName(u"sentencepiece"));
        QVERIFY(!tokenizerModeFromName(u"auto")); // a choice, not a mode
        for (TokenizerMode mode :
             {TokenizerMode::Google, TokenizerMode::HuggingFace, TokenizerMode::KerasBert})
            QCOMPARE(tokenizerModeFromName(tokenizerModeName(mode)), std::optional(mode));
    }

    // Each folder holds what BertTokenizerFast.save_pretrained wrote; the pieces are what AutoTokenizer made
    // of the texts after reloading it.
    void huggingFaceSettings_data() {
        QTest::addColumn<QJsonObject>("entry");
        const QJsonArray entries = m_expected.value(u"settings").toArray();
        QVERIFY(entries.size() >= 6);
        for (const QJsonValue& v : entries)
            QTest::newRow(qPrintable(v.toObject().value(u"folder").toString())) << v.toObject();
    }

    void huggingFaceSettings() {
        QFETCH(QJsonObject, entry);
        const QString folder = fixture(QStringLiteral("settings/") + entry.value(u"folder").toString());
        const auto settings = readTokenizerSettings(folder);
        QVERIFY2(settings.ok(), qPrintable(settings.errorString()));
        QVERIFY(settings->has_value());
        const TokenizerSettings& read = **settings;
        QCOMPARE(read.options.mode, TokenizerMode::HuggingFace);
        QCOMPARE(read.modelMaxLength, entry.value(u"model_max_length").toInt());
        QCOMPARE(read.source, entry.value(u"folder").toString() == u"tokenizer_json_only"
                                  ? QStringLiteral("tokenizer.json")
                                  : QStringLiteral("tokenizer_config.json"));
        auto t = Tokenizer::fromVocabFile(folder + QStringLiteral("/vocab.txt"), read.options);
        QVERIFY2(t.ok(), qPrintable(t.errorString()));
        for (const QJsonValue& c : entry.value(u"cases").toArray()) {
            const QString text = c.toObject().value(u"text").toString();
            QCOMPARE(t->tokenize(text), strings(c.toObject().value(u"pieces")));
        }
    }

    void badTokenizerSettings_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad JSON") << "tokenizer_config.json" << QByteArray("{\"do_lower_case\": tru")
                                  << "invalid JSON";
        QTest::newRow("not an object")
            << "tokenizer_config.json" << QByteArray("[true]") << "not a JSON object";
        QTest::newRow("wrong type") << "tokenizer_config.json" << QByteArray("{\"do_lower_case\": \"yes\"}")
                                    << "\"do_lower_case\" must be true, false or null";
        QTest::newRow("bad length") << "tokenizer_config.json" << QByteArray("{\"model_max_length\": -3}")
                                    << "\"model_max_length\" must be a positive number";
        QTest::newRow("not BERT's normalizer")
            << "tokenizer.json" << QByteArray("{\"normalizer\": {\"type\": \"NFKC\"}}")
            << "\"NFKC\", not BERT's";
        QTest::newRow("no normalizer") << "tokenizer.json" << QByteArray("{\"model\": {}}") << "not BERT's";
        QTest::newRow("invalid UTF-8")
            << "tokenizer_config.json" << QByteArray("{\"x\": \"\xff\xfe\"}") << "invalid JSON";
    }

    void badTokenizerSettings() {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QFile f(dir.filePath(file));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        const auto settings = readTokenizerSettings(dir.path());
        QVERIFY(!settings.ok());
        QVERIFY2(settings.errorString().contains(message), qPrintable(settings.errorString()));
        QVERIFY2(settings.errorString().contains(file), qPrintable(settings.errorString()));
    }

    void noTokenizerFiles() {
        QTemporaryDir dir;
        const auto settings = readTokenizerSettings(dir.path());
        QVERIFY(settings.ok());
        QVERIFY(!settings->has_value());
    }

    void choiceResolves() {
        TokenizerOptions model;
        model.mode = TokenizerMode::HuggingFace;
        model.cased = true;
        model.stripAccents = true;
        // auto keeps everything the model's files say; a case given overrides only the case.
        QCOMPARE(TokenizerChoice{}.resolve(model), model);
        TokenizerOptions uncased = model;
        uncased.cased = false;
        QCOMPARE((TokenizerChoice{std::nullopt, false}.resolve(model)), uncased);
        // Another mode starts from its defaults, keeping the model's case.
        const TokenizerOptions keras = TokenizerChoice{TokenizerMode::KerasBert, std::nullopt}.resolve(model);
        QCOMPARE(keras.mode, TokenizerMode::KerasBert);
        QVERIFY(keras.cased);
        QVERIFY(!keras.stripAccents.has_value());
    }

    void huggingFaceEmptySecondIsSingle() {
        const Tokenizer& t = tokenizer(QStringLiteral("huggingface/uncased"));
        QCOMPARE(t.encode(QStringLiteral("hello"), QStringLiteral("")).tokens,
                 QStringList({QStringLiteral("[CLS]"), QStringLiteral("hello"), QStringLiteral("[SEP]")}));
    }

    // tokenizers' longest_first against Google's rule, over every small case (the fixtures check examples).
    void pairTruncationRules() {
        QCOMPARE(longestFirstPairLengths(2, 2, 3), (std::pair<std::size_t, std::size_t>{1, 2}));
        QCOMPARE(longestFirstPairLengths(3, 2, 3), (std::pair<std::size_t, std::size_t>{2, 1}));
        QCOMPARE(truncatedPairLengths(2, 2, 3), (std::pair<std::size_t, std::size_t>{2, 1}));
        for (std::size_t a = 0; a < 12; ++a) {
            for (std::size_t b = 0; b < 12; ++b) {
                for (std::size_t budget = 0; budget < 20; ++budget) {
                    const auto [ka, kb] = longestFirstPairLengths(a, b, budget);
                    QVERIFY(ka <= a && kb <= b);
                    QCOMPARE(ka + kb, std::min(a + b, budget));
                }
            }
        }
    }

    void nullVersusEmptySecond() {
        const Tokenizer& t = tokenizer(QStringLiteral("google/uncased"));
        QCOMPARE(t.encode(QStringLiteral("hello")).tokens,
                 QStringList({QStringLiteral("[CLS]"), QStringLiteral("hello"), QStringLiteral("[SEP]")}));
        const QString empty = QStringLiteral("");
        QVERIFY(!empty.isNull());
        const Encoding pair = t.encode(QStringLiteral("hello"), empty);
        QCOMPARE(pair.tokens, QStringList({QStringLiteral("[CLS]"), QStringLiteral("hello"),
                                           QStringLiteral("[SEP]"), QStringLiteral("[SEP]")}));
        QCOMPARE(describe(pair.segments), QStringLiteral("0 0 0 1"));
    }

    void truncationBelowSpecials() {
        // maxLen too small for the special tokens: every piece goes, the specials stay.
        const Tokenizer& t = tokenizer(QStringLiteral("keras/uncased"));
        QCOMPARE(t.encode(QStringLiteral("hello world"), QString(), 1).tokens,
                 QStringList({QStringLiteral("[CLS]"), QStringLiteral("[SEP]")}));
        QCOMPARE(t.encode(QStringLiteral("hello"), QStringLiteral("world"), 2, true).ids.size(),
                 std::size_t(3));
    }

    void decodeSkipsUnknownIds() {
        const Tokenizer& t = tokenizer(QStringLiteral("google/uncased"));
        const int hello = t.vocab().id(QStringLiteral("hello"));
        const int ing = t.vocab().id(QStringLiteral("##ing"));
        QCOMPARE(t.decode({t.clsId(), hello, ing, -5, 1 << 30, t.sepId(), t.padId()}),
                 QStringLiteral("helloing"));
        QCOMPARE(t.decode({}), QString());
    }

    void missingVocab() {
        const Result<Tokenizer> t = Tokenizer::fromVocabFile(fixture(QStringLiteral("no-such-vocab.txt")));
        QVERIFY(!t.ok());
        QVERIFY2(t.errorString().contains(QStringLiteral("no-such-vocab.txt")), qPrintable(t.errorString()));
    }

    void badVocab_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("invalid UTF-8")
            << QByteArray("[PAD]\n[UNK]\nab\xff\xfe\n") << QStringLiteral("UTF-8 (line 3)");
        QTest::newRow("truncated sequence")
            << QByteArray("[PAD]\n\xe4\xb8") << QStringLiteral("UTF-8 (line 2)");
        QTest::newRow("overlong") << QByteArray("\xc0\xaf\n") << QStringLiteral("UTF-8 (line 1)");
    }

    void badVocab() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("vocab.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        const Result<Vocab> vocab = Vocab::fromFile(path);
        QVERIFY(!vocab.ok());
        QVERIFY2(vocab.errorString().contains(QStringLiteral("vocab.txt")), qPrintable(vocab.errorString()));
        QVERIFY2(vocab.errorString().contains(reason), qPrintable(vocab.errorString()));
    }

    void vocabLines() {
        // Python text mode: \n, \r\n and \r end lines; each line is strip()ped; a blank line is a token "";
        // a BOM is dropped; a repeated token keeps its last id.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("vocab.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\xef\xbb\xbf[PAD]\r\n [UNK] \t\r\n\nhello\rworld\xc2\xa0\nhello\n");
        file.close();
        const Result<Vocab> vocab = Vocab::fromFile(path);
        QVERIFY2(vocab.ok(), qPrintable(vocab.errorString()));
        QCOMPARE(vocab->tokens(),
                 QStringList({QStringLiteral("[PAD]"), QStringLiteral("[UNK]"), QString(),
                              QStringLiteral("hello"), QStringLiteral("world"), QStringLiteral("hello")}));
        QCOMPARE(vocab->id(QStringLiteral("hello")), 5);
        QCOMPARE(vocab->id(QStringLiteral("[UNK]")), 1);
    }

    void hugeWord_data() {
        QTest::addColumn<QString>("key");
        for (const char* key : {"google/uncased", "google/cased", "keras/uncased", "keras/cased"})
            QTest::newRow(key) << QString::fromLatin1(key);
    }

    void hugeWord() {
        // One 1 MB word ('x' is not in the vocabulary): google gives one [UNK] over the word, keras-bert one
        // [UNK]-id piece per character; both in well under a second on an optimized build.
        QFETCH(QString, key);
        const Tokenizer& t = tokenizer(key);
        const int size = 1 << 20;
        const QString word = QStringLiteral(" ") + QString(size, u'x') + QStringLiteral(" ");
        QElapsedTimer timer;
        timer.start();
        const Encoding e = t.encode(word);
        const qint64 ms = timer.elapsed();
        qInfo("%s: %lld ms, %d tokens", qPrintable(key), ms, e.length());
        QVERIFY2(ms < 10000, "tokenizing a 1 MB word must stay linear");
        if (t.options().mode == TokenizerMode::Google) {
            QCOMPARE(e.length(), 3);
            QCOMPARE(e.ids.at(1), t.unkId());
            QCOMPARE(e.offsets.at(1), std::pair(1, size + 1));
        } else {
            QCOMPARE(e.length(), size + 2);
            QCOMPARE(e.ids.at(size), t.unkId());
            QCOMPARE(e.tokens.at(size), QStringLiteral("##x"));
            QCOMPARE(e.offsets.at(size), std::pair(size, size + 1));
        }
    }

    void invalidSurrogates_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("input");
        const QString lonely[] = {
            QString(QChar(0xD800)),
            QStringLiteral("ab") + QChar(0xDC00) + QStringLiteral("cd"),
            QStringLiteral("end") + QChar(0xD83D),
            QString(QChar(0xDE00)) + QChar(0xD83D) + QStringLiteral(" x"),
            QStringLiteral("hello ") + QChar(0xD800) + QChar(0xD800) + QStringLiteral("\u00e9 world"),
        };
        for (const char* key : {"google/uncased", "google/cased", "keras/uncased", "keras/cased"}) {
            int i = 0;
            for (const QString& input : lonely)
                QTest::newRow(qPrintable(QStringLiteral("%1 #%2").arg(QString::fromLatin1(key)).arg(i++)))
                    << QString::fromLatin1(key) << input;
        }
    }

    void invalidSurrogates() {
        QFETCH(QString, key);
        QFETCH(QString, input);
        const Tokenizer& t = tokenizer(key);
        const int codePoints = int(input.toUcs4().size());
        const Encoding e = t.encode(input, input, 64, true);
        QCOMPARE(int(e.ids.size()), std::max(64, e.length()));
        for (std::size_t i = 0; i < e.ids.size(); ++i) {
            QVERIFY(e.ids[i] >= 0 && e.ids[i] < t.vocab().size());
            QVERIFY(e.offsets[i].first >= 0 && e.offsets[i].first <= e.offsets[i].second);
            QVERIFY(e.offsets[i].second <= codePoints);
        }
        (void)t.decode(e.ids);
        (void)kerasRematch(input, t.tokenize(input), t.options().cased);
    }

    void tokenizeMatchesEncode() {
        const QString text = QStringLiteral("Héllo, 世界! unaffable [MASK] \U0001F600 straße");
        for (const auto& [key, t] : m_tokenizers) {
            const Encoding e = t->encode(text);
            QCOMPARE(t->tokenize(text), e.tokens.mid(1, e.tokens.size() - 2));
        }
    }
};

QTEST_GUILESS_MAIN(TestTokenizer)
#include "tst_tokenizer.moc"
