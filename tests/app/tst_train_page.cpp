// The Train page runs core::Trainer through core::TrainingWorker: a configured run fills the live charts and
// the probe list and ends with a checkpoint; Pause stops the points coming, Resume brings them back, Stop
// ends the run cleanly with a checkpoint; a missing or unusable data file is an inline error; the form
// round-trips a TrainingConfig and is remembered; the parameter estimate matches what the loader counts.
#include "../core/cli_support.h"
#include "../core/fixture_support.h"

#include "palette.h"
#include "run_history.h"
#include "train_page.h"
#include "widgets/probe_list.h"
#include "widgets/schedule_preview.h"
#include "widgets/training_chart.h"
#include "workspace.h"

#include "core/tasks/model_bundle.h"
#include "core/tensor/compute_threads.h"
#include "core/train/training_checkpoint.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace bertlab;

namespace {

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes) {
    QFile f(dir.filePath(name));
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
    return f.fileName();
}

// Documents of sentences in the tiny vocabulary's words, a blank line between documents.
QByteArray corpus() {
    const char* sentences[] = {"the quick brown fox jumps over the lazy dog.",
                               "the old dog sat in the sun.",
                               "where is the station?",
                               "it is near the old bridge.",
                               "i like learning and playing.",
                               "it is raining and cold.",
                               "who knows what they think?",
                               "we go to see the river."};
    QByteArray text;
    for (int doc = 0; doc < 12; ++doc) {
        for (int i = 0; i < 5; ++i)
            text += QByteArray(sentences[(doc + i * 3) % 8]) + '\n';
        text += '\n';
    }
    return text;
}

QString tinyModel() {
    return tests::fixturePath(QStringLiteral("models/tiny_hf"));
}

} // namespace

class TestTrainPage final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void estimateMatchesLoadedModel();
    void configRoundTripsAndIsRemembered();
    void missingDataIsInlineError();
    void unusableDataIsInlineError();
    void pretrainingRunsToTheEnd();
    void earlierRunsAreKeptAndOverlaid();
    void savedSettingsRunTheSameTrainingFromTheCli();
    void replaysARunFolderWithTheSameCurves();
    void pauseResumeStop();
    void chartExport();
    void screenshot();

private:
    core::TrainingConfig tinyRun(const QTemporaryDir& dir, bool fresh) const;
    std::shared_ptr<const core::ModelBundle> m_model;
};

void TestTrainPage::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BertLabTrainTest"));
    // The models are tiny: one compute thread is as fast, and the test stays quick on a busy machine.
    core::setComputeThreads(1);
    auto loaded = core::ModelBundle::load(tinyModel());
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorString()));
    m_model = *loaded;
}

void TestTrainPage::init() {
    QSettings().clear();
}

core::TrainingConfig TestTrainPage::tinyRun(const QTemporaryDir& dir, bool fresh) const {
    core::TrainingConfig c;
    c.task = core::TrainingTask::Pretrain;
    if (fresh) {
        c.freshConfig.numLayers = 2;
        c.freshConfig.hiddenSize = 32;
        c.freshConfig.numHeads = 2;
        c.freshConfig.intermediateSize = 64;
        c.vocabFile = tinyModel() + QStringLiteral("/vocab.txt");
    } else {
        c.startModel = tinyModel();
    }
    c.trainFile = writeFile(dir, QStringLiteral("corpus.txt"), corpus());
    c.validationFraction = 0.1;
    c.masking.seqLen = 32;
    c.batchSize = 4;
    c.maxSteps = 40;
    c.validateEvery = 10;
    c.checkpointEvery = 20;
    c.probeSentences = {QStringLiteral("the quick brown [MASK] jumps."),
                        QStringLiteral("where is the [MASK]?")};
    c.probeEvery = 10;
    c.outputDirectory = dir.filePath(QStringLiteral("run"));
    c.optimizer.learningRate = 1e-3;
    return c;
}

void TestTrainPage::estimateMatchesLoadedModel() {
    // The live estimate counts the same parameters as the loaded model (pooler, MLM and NSP heads).
    QCOMPARE(app::TrainPage::parameterCount(m_model->config(), core::TrainingTask::Pretrain),
             m_model->parameterCount());
    app::Workspace workspace;
    workspace.setModel(m_model);
    app::TrainPage page(&workspace);
    QTemporaryDir dir;
    page.setConfig(tinyRun(dir, true));
    QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 10000); // the vocabulary's lines are counted
    core::BertConfig shape = m_model->config();
    shape.numLayers = 2;
    shape.maxPositions = 32;
    const app::TrainPage::Estimate estimate = page.estimate();
    QCOMPARE(estimate.parameters, app::TrainPage::parameterCount(shape, core::TrainingTask::Pretrain));
    QCOMPARE(estimate.steps, 40);
    QVERIFY(estimate.memoryBytes > estimate.parameters * 16);
    QVERIFY(estimate.secondsPerStep > 0);
    QVERIFY2(page.estimateText().contains(QStringLiteral("40 steps")), qPrintable(page.estimateText()));
    // The schedule preview follows the steps and the warm-up.
    QCOMPARE(page.schedulePreview()->totalSteps(), 40);
    QCOMPARE(page.schedulePreview()->warmupSteps(), 4);
    QCOMPARE(page.schedulePreview()->rateAt(4), 1e-3);
    // A bigger shape, a bigger model.
    core::TrainingConfig bigger = tinyRun(dir, true);
    bigger.freshConfig.numLayers = 4;
    page.setConfig(bigger);
    QVERIFY(page.estimate().parameters > estimate.parameters);
    // Without max steps, the steps come from the counted corpus (epochs × pairs / batch).
    bigger.maxSteps = 0;
    bigger.epochs = 2;
    page.setConfig(bigger);
    QTRY_VERIFY_WITH_TIMEOUT(page.estimate().steps > 0, 10000);
    QVERIFY(page.schedulePreview()->totalSteps() == page.estimate().steps);
}

void TestTrainPage::configRoundTripsAndIsRemembered() {
    app::Workspace workspace;
    workspace.setModel(m_model);
    QTemporaryDir dir;
    core::TrainingConfig c = tinyRun(dir, true);
    c.optimizer.amsgrad = true;
    c.optimizer.clipNorm = 1.5;
    c.optimizer.minLr = 1e-5;
    c.optimizer.weightDecay = 0.02;
    c.trainablePrefixes = {QStringLiteral("bert/encoder/layer_1"), QStringLiteral("cls/")};
    c.patience = 3;
    c.monitor = QStringLiteral("val_mlm_accuracy");
    c.seed = 7;
    c.resume = true;
    {
        app::TrainPage page(&workspace);
        page.setConfig(c);
        const auto back = page.config();
        QVERIFY2(back.ok(), qPrintable(back.errorString()));
        QCOMPARE(back->startModel, QString());
        QCOMPARE(back->freshConfig.numLayers, 2);
        QCOMPARE(back->freshConfig.hiddenSize, 32);
        QCOMPARE(back->freshConfig.maxPositions, 32);
        QCOMPARE(back->vocabFile, c.vocabFile);
        QCOMPARE(back->trainFile, c.trainFile);
        QCOMPARE(back->masking.seqLen, 32);
        QCOMPARE(back->batchSize, 4);
        QCOMPARE(back->maxSteps, 40);
        QCOMPARE(back->optimizer.learningRate, 1e-3);
        QCOMPARE(back->optimizer.minLr, 1e-5);
        QCOMPARE(back->optimizer.weightDecay, 0.02);
        QVERIFY(back->optimizer.amsgrad);
        QCOMPARE(back->optimizer.clipNorm, 1.5);
        QCOMPARE(back->optimizer.warmupSteps, -1); // from the warm-up proportion
        QCOMPARE(back->trainablePrefixes, c.trainablePrefixes);
        QCOMPARE(back->patience, 3);
        QCOMPARE(back->monitor, c.monitor);
        QCOMPARE(back->validateEvery, 10);
        QCOMPARE(back->checkpointEvery, 20);
        QCOMPARE(back->probeSentences, c.probeSentences);
        QCOMPARE(back->seed, 7u);
        QVERIFY(back->resume);
        QCOMPARE(back->outputDirectory, c.outputDirectory);
        QCOMPARE(back->tokenizer.mode, workspace.tokenizerOptions().mode);
    }
    // A new page starts from the remembered form.
    app::TrainPage again(&workspace);
    const auto remembered = again.config();
    QVERIFY2(remembered.ok(), qPrintable(remembered.errorString()));
    QCOMPARE(remembered->trainFile, c.trainFile);
    QCOMPARE(remembered->freshConfig.numLayers, 2);
    QCOMPARE(remembered->trainablePrefixes, c.trainablePrefixes);
    QCOMPARE(remembered->probeSentences, c.probeSentences);

    // Mistakes are named.
    core::TrainingConfig bad = c;
    bad.freshConfig.numHeads = 3;
    again.setConfig(bad);
    QVERIFY(!again.config().ok());
    QVERIFY(again.config().errorString().contains(QStringLiteral("heads")));
    bad = c;
    bad.probeSentences = {QStringLiteral("no mask here")};
    again.setConfig(bad);
    QVERIFY(again.config().errorString().contains(QStringLiteral("no mask here")));
    bad = c;
    bad.startModel = tinyModel();
    bad.masking.seqLen = 64; // the tiny model has 40 positions
    again.setConfig(bad);
    QVERIFY(again.config().errorString().contains(QStringLiteral("40")));
}

void TestTrainPage::missingDataIsInlineError() {
    app::Workspace workspace;
    workspace.setModel(m_model);
    app::TrainPage page(&workspace);
    QTemporaryDir dir;
    core::TrainingConfig c = tinyRun(dir, false);
    c.trainFile = dir.filePath(QStringLiteral("missing.txt"));
    page.setConfig(c);
    // Said before Start: the button is off and names what is missing.
    auto* start = page.findChild<QPushButton*>(QStringLiteral("startButton"));
    QVERIFY(start);
    QVERIFY(!start->isEnabled());
    QVERIFY2(start->toolTip().contains(QStringLiteral("missing.txt")), qPrintable(start->toolTip()));
    QSignalSpy messages(&page, &app::Page::messageRequested);
    QVERIFY(!page.start());
    QCOMPARE(messages.size(), 1);
    QVERIFY(messages[0][1].toBool());
    QVERIFY(messages[0][0].toString().contains(QStringLiteral("missing.txt")));
    QVERIFY(!page.isTraining());
    // Without a model, "the open model" cannot start either.
    workspace.setModel(nullptr);
    c.trainFile = writeFile(dir, QStringLiteral("corpus.txt"), corpus());
    page.setConfig(c);
    QVERIFY(!page.start());
    QCOMPARE(messages.size(), 2);
}

void TestTrainPage::unusableDataIsInlineError() {
    app::Workspace workspace;
    workspace.setModel(m_model);
    app::TrainPage page(&workspace);
    QTemporaryDir dir;
    core::TrainingConfig c = tinyRun(dir, false);
    c.trainFile = writeFile(dir, QStringLiteral("empty.txt"), "\n\n");
    page.setConfig(c);
    QSignalSpy messages(&page, &app::Page::messageRequested);
    QSignalSpy finished(&page, &app::TrainPage::runFinished);
    QVERIFY(page.start());
    QVERIFY(page.isTraining());
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished[0][0].toBool(), false);
    QVERIFY(!page.isTraining());
    QVERIFY(!messages.isEmpty());
    QVERIFY(messages.back()[1].toBool());
    QVERIFY2(messages.back()[0].toString().contains(QStringLiteral("empty.txt")),
             qPrintable(messages.back()[0].toString()));
    QVERIFY(page.logText().contains(QStringLiteral("empty.txt")));
}

void TestTrainPage::pretrainingRunsToTheEnd() {
    app::Workspace workspace;
    workspace.setModel(m_model);
    app::TrainPage page(&workspace);
    QAbstractItemModelTester tester(page.probeModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTemporaryDir dir;
    const core::TrainingConfig c = tinyRun(dir, false);
    page.setConfig(c);
    QSignalSpy finished(&page, &app::TrainPage::runFinished);
    QSignalSpy messages(&page, &app::Page::messageRequested);
    QVERIFY(page.start());
    QVERIFY(!page.start()); // one run at a time
    QVERIFY(finished.wait(120000));
    QVERIFY2(finished[0][0].toBool(), messages.isEmpty() ? "" : qPrintable(messages.back()[0].toString()));
    QVERIFY(page.lastSummary());
    QCOMPARE(page.lastSummary()->steps, 40);
    QVERIFY(!page.lastSummary()->cancelled);
    QVERIFY(page.plan());
    QCOMPARE(page.plan()->totalSteps, 40);

    const QList<QPointF> loss = page.lossChart()->points(app::TrainPage::trainLossSeries());
    QVERIFY(!loss.isEmpty());
    QCOMPARE(loss.back().x(), 40.0); // the last step always arrives
    QVERIFY(page.lossChart()->pointCount(app::TrainPage::validationLossSeries()) >= 4); // every 10 steps
    QVERIFY(page.rateChart()->pointCount(page.rateChart()->seriesNames().value(0)) == loss.size());
    QVERIFY(page.speedChart()->points(page.speedChart()->seriesNames().value(0)).back().y() > 0);
    QVERIFY(page.accuracyChart()->seriesNames().size() == 4);
    // The learning rate follows the warm-up schedule: it peaks at step 4 and ends near zero.
    const QList<QPointF> rate = page.rateChart()->points(page.rateChart()->seriesNames().value(0));
    QVERIFY(rate.back().y() < 1e-4);

    // Probes: each sentence has five guesses for its [MASK].
    QCOMPARE(page.probeModel()->rowCount(), 2);
    const QVariantList guesses =
        page.probeModel()->data(page.probeModel()->index(0), widgets::ProbeListModel::GuessesRole).toList();
    QCOMPARE(guesses.size(), 1);
    QCOMPARE(guesses[0].toStringList().size(), 5);

    QVERIFY(QDir(c.outputDirectory).exists(core::Trainer::checkpointFolderName()));
    QVERIFY(page.logText().contains(QStringLiteral("Saved checkpoint at step 20")));
    QVERIFY(page.statusText().contains(QStringLiteral("40")));
    QVERIFY(!messages.isEmpty() && !messages.back()[1].toBool()); // the summary, not an error

    // The same folder again without Resume: refused, the checkpoint is not overwritten.
    QVERIFY(!page.start());
    QVERIFY(messages.back()[1].toBool());
    QVERIFY(page.confirmClose()); // nothing running: no question
}

// A new run keeps the one before it: ticked in the Runs tab, its curves are drawn dashed beside the new
// run's, with the same points; unticked or removed, they go. "Open Trained Model" stays visible on every tab.
void TestTrainPage::earlierRunsAreKeptAndOverlaid() {
    app::Workspace workspace;
    workspace.setModel(m_model);
    app::TrainPage page(&workspace);
    page.resize(1200, 800);
    page.show();
    QTemporaryDir dir;
    core::TrainingConfig c = tinyRun(dir, true);
    c.maxSteps = 12;
    c.probeSentences.clear();
    QSignalSpy finished(&page, &app::TrainPage::runFinished);
    page.setConfig(c);
    QVERIFY(page.start());
    QVERIFY(finished.wait(120000));
    const QList<QPointF> firstLoss = page.lossChart()->points(app::TrainPage::trainLossSeries());
    QCOMPARE(firstLoss.size(), 12);
    app::RunHistory* history = page.runHistory();
    QCOMPARE(history->runCount(), 0);

    c.outputDirectory = dir.filePath(QStringLiteral("second"));
    c.optimizer.learningRate = 1e-4;
    page.setConfig(c);
    QVERIFY(page.start());
    QCOMPARE(history->runCount(), 1);
    QCOMPARE(history->runNumber(0), 1);
    QVERIFY2(history->runTitle(0).startsWith(QStringLiteral("Run 1 · pretrain · run")),
             qPrintable(history->runTitle(0)));
    history->setShown(0, true);
    const QString overlay = app::RunHistory::overlayKey(1, app::TrainPage::trainLossSeries());
    QCOMPARE(page.lossChart()->points(overlay), firstLoss);
    QVERIFY(page.lossChart()->isSeriesDashed(overlay));
    QVERIFY(page.lossChart()->seriesLabel(overlay).contains(QStringLiteral("run 1")));
    QVERIFY(!page.lossChart()->seriesNames().contains(
        app::RunHistory::overlayKey(1, QStringLiteral("loss_smoothed"))));
    QVERIFY(page.rateChart()->pointCount(app::RunHistory::overlayKey(1, QStringLiteral("learning_rate"))) ==
            12);
    QVERIFY(finished.wait(120000));
    // The live run's own curve grew beside the overlay, which did not change.
    QCOMPARE(page.lossChart()->pointCount(app::TrainPage::trainLossSeries()), 12);
    QVERIFY(page.lossChart()->points(app::TrainPage::trainLossSeries()) != firstLoss);
    QCOMPARE(page.lossChart()->points(overlay), firstLoss);
    if (const QString folder = qEnvironmentVariable("BERTLAB_SCREENSHOT_DIR"); !folder.isEmpty()) {
        page.findChild<QTabWidget*>(QString())->setCurrentWidget(history);
        QTest::qWait(100);
        page.grab().save(QDir(folder).filePath(QStringLiteral("train_overlay.png")));
    }
    // The CSV export compares them side by side.
    QVERIFY(page.lossChart()->toCsv().section(u'\n', 0, 0).contains(overlay));

    history->setShown(0, false);
    QVERIFY(!page.lossChart()->seriesNames().contains(overlay));
    QCOMPARE(page.lossChart()->pointCount(app::TrainPage::trainLossSeries()), 12);
    history->setShown(0, true);
    history->removeRun(0);
    QCOMPARE(history->runCount(), 0);
    QVERIFY(!page.lossChart()->seriesNames().contains(overlay));

    // Opened, the trained model is named after its run folder, not "checkpoint".
    QCOMPARE(core::trainedModelRunName(dir.filePath(QStringLiteral("second/checkpoint"))),
             QStringLiteral("second"));
    QCOMPARE(core::trainedModelRunName(dir.filePath(QStringLiteral("second/safetensors"))),
             QStringLiteral("second"));
    QVERIFY(core::trainedModelRunName(tinyModel()).isEmpty());
    int openButtons = 0;
    for (QPushButton* button : page.findChildren<QPushButton*>()) {
        if (button->text().remove(u'&') == QStringLiteral("Open Trained Model")) {
            QVERIFY(button->isVisible() && button->isEnabled());
            ++openButtons;
        }
    }
    QCOMPARE(openButtons, 1);
}

// Save Settings writes the JSON that `bertlab-cli train --config` runs: the same training, step for step
// (every metric but the tokens per second, which is a time).
void TestTrainPage::savedSettingsRunTheSameTrainingFromTheCli() {
    app::Workspace workspace;
    workspace.setModel(m_model);
    app::TrainPage page(&workspace);
    QTemporaryDir dir;
    core::TrainingConfig c = tinyRun(dir, true);
    c.maxSteps = 12;
    page.setConfig(c);
    const QString settings = dir.filePath(QStringLiteral("run.json"));
    QVERIFY(page.saveRunSettings(settings));
    QSignalSpy finished(&page, &app::TrainPage::runFinished);
    QVERIFY(page.start());
    QVERIFY(finished.wait(120000));
    QVERIFY(finished[0][0].toBool());

    const QString cliOutput = dir.filePath(QStringLiteral("cli"));
    const auto run = tests::runCli({QStringLiteral("train"), QStringLiteral("--config"), settings,
                                    QStringLiteral("--output"), cliOutput, QStringLiteral("--threads"),
                                    QStringLiteral("1")});
    QVERIFY2(run.ok(), run.err.constData());
    const auto metrics = [](const QString& folder) {
        QFile f(QDir(folder).filePath(core::Trainer::metricsFileName()));
        QList<QByteArray> rows;
        if (!f.open(QIODevice::ReadOnly))
            return rows;
        for (const QByteArray& line : f.readAll().trimmed().split('\n')) {
            QList<QByteArray> cells = line.split(',');
            cells.removeAt(9); // tokens_per_second
            rows << cells.join(',');
        }
        return rows;
    };
    const auto fromPage = metrics(c.outputDirectory);
    QCOMPARE(fromPage.size(), 13);
    QVERIFY(fromPage[0].contains("mlm_loss") && !fromPage[0].contains("tokens_per_second"));
    QCOMPARE(metrics(cliOutput), fromPage);
}

// A run folder written by another process (here the CLI) shows on the page as its own run does: the same
// points in the same series, the probes, and the end.
void TestTrainPage::replaysARunFolderWithTheSameCurves() {
    QTemporaryDir dir;
    core::TrainingConfig c = tinyRun(dir, false);
    const QString settings = dir.filePath(QStringLiteral("run.json"));
    QVERIFY(c.save(settings));
    const auto run = tests::runCli({QStringLiteral("train"), QStringLiteral("--config"), settings,
                                    QStringLiteral("--threads"), QStringLiteral("1")});
    QVERIFY2(run.ok(), run.err.constData());

    app::Workspace workspace;
    workspace.setModel(m_model);
    app::TrainPage page(&workspace);
    page.resize(1200, 800);
    QSignalSpy finished(&page, &app::TrainPage::runFinished);
    QVERIFY(page.openRun(c.outputDirectory));
    QVERIFY(page.isReplaying());
    QVERIFY(finished.wait(20000));
    QVERIFY(finished[0][0].toBool());
    QVERIFY(!page.isReplaying());
    const QList<QPointF> loss = page.lossChart()->points(app::TrainPage::trainLossSeries());
    QCOMPARE(loss.size(), 40);
    QCOMPARE(page.lossChart()->pointCount(app::TrainPage::validationLossSeries()), 4);
    QCOMPARE(page.probeModel()->rowCount(), 2);
    QVERIFY(page.logText().contains(QStringLiteral("Saved checkpoint at step 20")));
    QCOMPARE(page.config()->maxSteps, c.maxSteps); // the run's settings are on the form
    // Its curves are metrics.csv's numbers.
    QFile metrics(QDir(c.outputDirectory).filePath(core::Trainer::metricsFileName()));
    QVERIFY(metrics.open(QIODevice::ReadOnly));
    const QList<QByteArray> rows = metrics.readAll().trimmed().split('\n');
    QCOMPARE(rows[40].split(',')[2], QByteArray::number(loss.back().y(), 'g', 9));

    const QByteArray shots = qgetenv("BERTLAB_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        page.show();
        QTest::qWait(200);
        page.grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/train-replay.png"));
    }
    QVERIFY(!page.openRun(dir.filePath(QStringLiteral("no-run-here"))));
}

void TestTrainPage::pauseResumeStop() {
    app::Workspace workspace;
    app::TrainPage page(&workspace);
    QTemporaryDir dir;
    core::TrainingConfig c = tinyRun(dir, true); // a new model from a vocab.txt
    c.maxSteps = 1'000'000;
    c.checkpointEvery = 0;
    c.validationFraction = 0; // steps take a millisecond: no validation flood
    c.probeSentences.clear();
    page.setConfig(c);
    QSignalSpy finished(&page, &app::TrainPage::runFinished);
    QVERIFY(page.start());
    const QString series = app::TrainPage::trainLossSeries();
    QTRY_VERIFY_WITH_TIMEOUT(page.lossChart()->pointCount(series) >= 5, 60000);

    page.pause();
    QTRY_VERIFY_WITH_TIMEOUT(page.isPaused(), 5000);
    QTest::qWait(400); // a throttled point may still be on its way
    const int paused = page.lossChart()->pointCount(series);
    QTest::qWait(800);
    QCOMPARE(page.lossChart()->pointCount(series), paused);
    QVERIFY(page.statusText().contains(QStringLiteral("Paused")));

    page.togglePause(); // resumes
    QTRY_VERIFY_WITH_TIMEOUT(!page.isPaused(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(page.lossChart()->pointCount(series) > paused + 2, 30000);

    page.stop();
    QVERIFY(finished.wait(60000));
    QVERIFY(finished[0][0].toBool());
    QVERIFY(!page.isTraining());
    QVERIFY(page.lastSummary() && page.lastSummary()->cancelled);
    QVERIFY(page.lastSummary()->steps < c.maxSteps);
    QVERIFY(QDir(c.outputDirectory).exists(core::Trainer::checkpointFolderName())); // saved on stop
    QVERIFY(page.logText().contains(QStringLiteral("Stopped at step")));
    // No more points after the end.
    const int last = page.lossChart()->pointCount(series);
    QTest::qWait(200);
    QCOMPARE(page.lossChart()->pointCount(series), last);
}

void TestTrainPage::chartExport() {
    app::Workspace workspace;
    app::TrainPage page(&workspace);
    page.resize(1100, 680);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    widgets::TrainingChart* chart = page.lossChart();
    for (int step = 1; step <= 20; ++step)
        chart->addPoint(app::TrainPage::trainLossSeries(), step, 10.0 / step);
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("loss.csv"));
    QVERIFY(page.exportChart(chart, csv));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), chart->toCsv());
    const QString png = dir.filePath(QStringLiteral("loss.png"));
    QVERIFY(page.exportChart(chart, png));
    QImage image(png);
    QVERIFY(!image.isNull() && image.width() > 100);
    QSignalSpy messages(&page, &app::Page::messageRequested);
    QVERIFY(!page.exportChart(chart, dir.filePath(QStringLiteral("no/such/folder/x.csv"))));
    QCOMPARE(messages.size(), 1);
}

// With BERTLAB_SCREENSHOT_DIR set, renders the page after a short run (light, then dark palette).
void TestTrainPage::screenshot() {
    const QString folder = qEnvironmentVariable("BERTLAB_SCREENSHOT_DIR");
    if (folder.isEmpty())
        QSKIP("set BERTLAB_SCREENSHOT_DIR to render the page");
    QVERIFY(QDir().mkpath(folder));
    app::Workspace workspace;
    workspace.setModel(m_model);
    app::TrainPage page(&workspace);
    page.resize(1170, 690); // its share of a 1280×800 window
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTemporaryDir dir;
    core::TrainingConfig c = tinyRun(dir, false);
    c.maxSteps = 300;
    c.validateEvery = 25;
    c.checkpointEvery = 100;
    c.probeEvery = 25;
    c.probeSentences << QStringLiteral("it is [MASK] and [MASK].");
    page.setConfig(c);
    QTest::qWait(300);
    QVERIFY(page.grab().save(QDir(folder).filePath(QStringLiteral("train-page-setup.png"))));
    QSignalSpy finished(&page, &app::TrainPage::runFinished);
    QVERIFY(page.start());
    QVERIFY(finished.wait(120000));
    QTest::qWait(300);
    QVERIFY(page.grab().save(QDir(folder).filePath(QStringLiteral("train-page.png"))));
    const QPalette dark = app::darkPalette();
    page.setPalette(dark);
    QTest::qWait(300);
    QVERIFY(page.grab().save(QDir(folder).filePath(QStringLiteral("train-page-dark.png"))));
    page.lossChart()->setLogScale(true);
    page.setupForm()->showTab(app::TrainSetupForm::Tab::Optimizer);
    QTest::qWait(200);
    QVERIFY(page.grab().save(QDir(folder).filePath(QStringLiteral("train-page-dark-optimizer.png"))));
}

QTEST_MAIN(TestTrainPage)
#include "tst_train_page.moc"
