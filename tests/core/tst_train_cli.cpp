// `bertlab-cli train` as scripts use it: a run writes metrics.csv and both checkpoint folders and prints a
// JSON summary; bad usage is one line on stderr with exit code 1.
#include "cli_support.h"
#include "fixture_support.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using bertlab::tests::fixturePath;
using bertlab::tests::runCli;

class TestTrainCli final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void pretrainsAFreshModelWithALearnedVocabulary() {
        QTemporaryDir dir;
        const QString corpus = fixturePath(QStringLiteral("train/corpus.txt"));
        const QString output = dir.filePath(QStringLiteral("run"));
        const QStringList args = {QStringLiteral("train"),         QStringLiteral("pretrain"),
                                  QStringLiteral("--data"),        corpus,
                                  QStringLiteral("--output"),      output,
                                  QStringLiteral("--layers"),      QStringLiteral("2"),
                                  QStringLiteral("--hidden"),      QStringLiteral("32"),
                                  QStringLiteral("--heads"),       QStringLiteral("2"),
                                  QStringLiteral("--vocab-size"),  QStringLiteral("200"),
                                  QStringLiteral("--seq-len"),     QStringLiteral("32"),
                                  QStringLiteral("--batch-size"),  QStringLiteral("4"),
                                  QStringLiteral("--steps"),       QStringLiteral("6"),
                                  QStringLiteral("--lr"),          QStringLiteral("1e-3"),
                                  QStringLiteral("--probe"),       QStringLiteral("the [MASK] is here"),
                                  QStringLiteral("--probe-every"), QStringLiteral("3"),
                                  QStringLiteral("--threads"),     QStringLiteral("1")};
        const auto run = runCli(args);
        QVERIFY2(run.ok(), run.err.constData());
        const QJsonObject summary = run.json();
        QCOMPARE(summary.value(u"steps").toInt(), 6);
        QVERIFY(summary.value(u"loss").toDouble() > 0);
        QVERIFY(run.err.contains("probe: the [MASK] is here -> "));
        QVERIFY(run.err.contains("step 6/6"));
        QFile metrics(QDir(output).filePath(QStringLiteral("metrics.csv")));
        QVERIFY(metrics.open(QIODevice::ReadOnly));
        QCOMPARE(metrics.readAll().trimmed().split('\n').size(), 7);
        // The checkpoint is a model folder every command loads.
        const auto info = runCli({QStringLiteral("info"), QStringLiteral("--model"),
                                  QDir(output).filePath(QStringLiteral("checkpoint"))});
        QVERIFY2(info.ok(), info.err.constData());
        QCOMPARE(info.json().value(u"config").toObject().value(u"num_hidden_layers").toInt(), 2);
        const auto predict = runCli({QStringLiteral("predict"), QStringLiteral("--model"),
                                     QDir(output).filePath(QStringLiteral("safetensors")),
                                     QStringLiteral("--"), QStringLiteral("the [MASK] is here")});
        QVERIFY2(predict.ok(), predict.err.constData());

        // The same command again would start over: it refuses, names the folder and the way out, and the
        // checkpoint stays as it was; --overwrite starts over.
        QFile state(QDir(output).filePath(QStringLiteral("checkpoint/training_state.json")));
        QVERIFY(state.open(QIODevice::ReadOnly));
        const QByteArray before = state.readAll();
        state.close();
        const auto again = runCli(args);
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QDir::toNativeSeparators(output).toUtf8()) &&
                     again.err.contains("--resume") && again.err.contains("--overwrite"),
                 again.err.constData());
        QVERIFY(state.open(QIODevice::ReadOnly));
        QCOMPARE(state.readAll(), before);
        state.close();
        const auto overwritten = runCli(args + QStringList{QStringLiteral("--overwrite")});
        QVERIFY2(overwritten.ok(), overwritten.err.constData());
    }

    // A corpus in another encoding (Latin-1 here) is named as such, whether the run learns its vocabulary
    // from it or takes a model's.
    void aCorpusThatIsNotUtf8SaysSo() {
        QTemporaryDir dir;
        const QString corpus = dir.filePath(QStringLiteral("latin1.txt"));
        QFile f(corpus);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("caf\xe9 au lait\nthe \xff dog barked\n\nna\xefve text\n");
        f.close();
        const QStringList common = {QStringLiteral("train"),    QStringLiteral("pretrain"),
                                    QStringLiteral("--data"),   corpus,
                                    QStringLiteral("--steps"),  QStringLiteral("1"),
                                    QStringLiteral("--layers"), QStringLiteral("1"),
                                    QStringLiteral("--hidden"), QStringLiteral("16"),
                                    QStringLiteral("--heads"),  QStringLiteral("2")};
        const auto learned =
            runCli(common + QStringList{QStringLiteral("--vocab-size"), QStringLiteral("100"),
                                        QStringLiteral("--output"), dir.filePath(QStringLiteral("a"))});
        QCOMPARE(learned.exitCode, 1);
        QVERIFY2(learned.err.contains("3 of its lines are not valid UTF-8"), learned.err.constData());
        const auto given =
            runCli(common + QStringList{QStringLiteral("--vocab"),
                                        fixturePath(QStringLiteral("models/tiny_hf/vocab.txt")),
                                        QStringLiteral("--output"), dir.filePath(QStringLiteral("b"))});
        QCOMPARE(given.exitCode, 1);
        QVERIFY2(given.err.contains("3 of its lines are not valid UTF-8"), given.err.constData());
    }

    // A run killed outright (SIGKILL, at whatever point it was) loses only the steps since its last
    // checkpoint: --resume continues from that checkpoint to the end.
    void aKilledRunResumesFromItsLastCheckpoint() {
        QTemporaryDir dir;
        const QString output = dir.filePath(QStringLiteral("run"));
        const QStringList common = {QStringLiteral("train"),
                                    QStringLiteral("pretrain"),
                                    QStringLiteral("--data"),
                                    fixturePath(QStringLiteral("train/corpus.txt")),
                                    QStringLiteral("--output"),
                                    output,
                                    QStringLiteral("--vocab"),
                                    fixturePath(QStringLiteral("models/tiny_hf/vocab.txt")),
                                    QStringLiteral("--layers"),
                                    QStringLiteral("1"),
                                    QStringLiteral("--hidden"),
                                    QStringLiteral("16"),
                                    QStringLiteral("--heads"),
                                    QStringLiteral("2"),
                                    QStringLiteral("--seq-len"),
                                    QStringLiteral("32"),
                                    QStringLiteral("--batch-size"),
                                    QStringLiteral("2"),
                                    QStringLiteral("--checkpoint-every"),
                                    QStringLiteral("3"),
                                    QStringLiteral("--warmup-steps"),
                                    QStringLiteral("2"),
                                    QStringLiteral("--decay-steps"),
                                    QStringLiteral("100000"),
                                    QStringLiteral("--threads"),
                                    QStringLiteral("1")};
        QProcess process;
        process.start(QStringLiteral(BERTLAB_CLI),
                      common + QStringList{QStringLiteral("--steps"), QStringLiteral("1000000")});
        QVERIFY(process.waitForStarted());
        // The newest complete checkpoint; a kill between the two renames of a save leaves it under ".old".
        const auto savedStep = [&] {
            for (const char* folder : {"checkpoint", "checkpoint.old"}) {
                QFile file(
                    QDir(output).filePath(QLatin1String(folder) + QStringLiteral("/training_state.json")));
                if (file.open(QIODevice::ReadOnly))
                    return QJsonDocument::fromJson(file.readAll()).object().value(u"step").toInt();
            }
            return 0;
        };
        QTRY_VERIFY_WITH_TIMEOUT(savedStep() >= 9, 60000);
        process.kill();
        QVERIFY(process.waitForFinished());
        const int atKill = savedStep();
        QVERIFY(atKill >= 9);

        const int target = atKill + 4;
        const auto resumed = runCli(common + QStringList{QStringLiteral("--steps"), QString::number(target),
                                                         QStringLiteral("--resume")});
        QVERIFY2(resumed.ok(), resumed.err.constData());
        QVERIFY2(resumed.err.contains(QStringLiteral("resuming at step %1").arg(atKill).toUtf8()),
                 resumed.err.constData());
        QCOMPARE(resumed.json().value(u"steps").toInt(), target);
        QCOMPARE(savedStep(), target);
    }

    void badUsageIsOneLine() {
        QTemporaryDir dir;
        const auto check = [&](const QStringList& args, const QByteArray& needle) {
            const auto run = runCli(QStringList{QStringLiteral("train")} + args);
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(needle), run.err.constData());
            QCOMPARE(run.err.count('\n'), 1);
        };
        check({}, "pretrain or classify");
        check({QStringLiteral("pretrain"), QStringLiteral("--output"), dir.path()}, "--data");
        check({QStringLiteral("pretrain"), QStringLiteral("--data"), dir.filePath(QStringLiteral("none.txt")),
               QStringLiteral("--output"), dir.path()},
              "none.txt");
        check({QStringLiteral("classify"), QStringLiteral("--data"),
               fixturePath(QStringLiteral("train/reviews.csv")), QStringLiteral("--output"), dir.path(),
               QStringLiteral("--lr"), QStringLiteral("fast")},
              "--lr");
    }
};

QTEST_GUILESS_MAIN(TestTrainCli)
#include "tst_train_cli.moc"
