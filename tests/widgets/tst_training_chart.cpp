// The training page's views: TrainingChart grows series point by point, thins long ones only for drawing,
// replaces whole datasets, switches to a log axis, and hands out its CSV text and image (the page writes the
// files); ChartSeriesStore keeps the data apart from the drawing; SchedulePreview draws what it is given;
// ProbeListModel follows probe reports.
#include "widgets/chart_series_store.h"
#include "widgets/probe_list.h"
#include "widgets/schedule_preview.h"
#include "widgets/training_chart.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <limits>

using namespace bertlab;

class TestTrainingChart final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void storeKeepsFinitePointsAndBounds();
    void seriesGrowAndAxesFollow();
    void longSeriesThinnedForDrawingOnly();
    void resetDataReplacesEverything();
    void logScaleLeavesOutNonPositive();
    void csvHasStepColumnAndGaps();
    void imageIsDrawn();
    void hoverReadsNearestValues();
    void zoomAndReset();
    void schedulePreview();
    void probeListModel();
};

void TestTrainingChart::storeKeepsFinitePointsAndBounds() {
    widgets::ChartSeriesStore store;
    const int loss = store.add(QStringLiteral("loss"));
    QCOMPARE(store.add(QStringLiteral("val_loss"), QStringLiteral("held out")), 1);
    QCOMPARE(store.add(QStringLiteral("loss"), QStringLiteral("training")), loss); // known: relabelled only
    QCOMPARE(store.at(loss).shownLabel(), QStringLiteral("training"));
    QCOMPARE(store.names(), QStringList({QStringLiteral("loss"), QStringLiteral("val_loss")}));
    QVERIFY(!store.bounds().any);

    QVERIFY(store.append(loss, 1, -0.5));
    QVERIFY(store.append(loss, 2, 0.25));
    QVERIFY(!store.append(loss, 3, std::numeric_limits<double>::quiet_NaN())); // a diverged step
    QVERIFY(!store.append(loss, std::numeric_limits<double>::infinity(), 1));
    QVERIFY(!store.append(7, 1, 1)); // no such series
    QVERIFY(store.append(1, 4, 3));
    QCOMPARE(store.at(loss).points.size(), 2);
    const auto& b = store.bounds();
    QVERIFY(b.any);
    QCOMPARE(b.minX, 1.0);
    QCOMPARE(b.maxX, 4.0);
    QCOMPARE(b.minY, -0.5);
    QCOMPARE(b.maxY, 3.0);
    QCOMPARE(b.minPositiveY, 0.25); // what a log axis starts from
    // A tie between two steps reads the earlier one; labels are what the legend shows.
    QCOMPARE(store.valuesAt(1.5).value(0), QStringLiteral("training: -0.5 (step 1)"));
    QCOMPARE(store.valuesAt(0).value(1), QStringLiteral("held out: 3 (step 4)"));

    store.clear(); // the series stay, for the next run
    QCOMPARE(store.size(), 2);
    QVERIFY(!store.bounds().any);
    QCOMPARE(store.toCsv(), QStringLiteral("step,loss,val_loss\n"));
    store.reset({{QStringLiteral("acc"), {{1, 0.5}, {2, std::numeric_limits<double>::quiet_NaN()}}}});
    QCOMPARE(store.names(), QStringList({QStringLiteral("acc")}));
    QCOMPARE(store.at(0).points.size(), 1);
}

void TestTrainingChart::seriesGrowAndAxesFollow() {
    widgets::TrainingChart chart;
    chart.setTitle(QStringLiteral("Loss"));
    chart.addSeries(QStringLiteral("validation"));
    QCOMPARE(chart.seriesNames(), QStringList{QStringLiteral("validation")});
    QCOMPARE(chart.pointCount(QStringLiteral("validation")), 0);
    for (int step = 1; step <= 10; ++step)
        chart.addPoint(QStringLiteral("train"), step, 10.0 / step);
    QCOMPARE(chart.seriesNames(), QStringList({QStringLiteral("validation"), QStringLiteral("train")}));
    QCOMPARE(chart.pointCount(QStringLiteral("train")), 10);
    QCOMPARE(chart.displayedPointCount(QStringLiteral("train")), 10);
    QCOMPARE(chart.points(QStringLiteral("train")).back(), QPointF(10, 1));
    // Axes cover the data.
    QVERIFY(chart.xRange().x() <= 1 && chart.xRange().y() >= 10);
    QVERIFY(chart.yRange().x() <= 1 && chart.yRange().y() >= 10);
    chart.addPoint(QStringLiteral("train"), 11, 25.0);
    QVERIFY(chart.yRange().y() >= 25);
    QVERIFY(chart.xRange().y() >= 11);
    // Non-finite values (a diverged loss) are not drawn and do not wreck the axes.
    chart.addPoint(QStringLiteral("train"), 12, std::numeric_limits<double>::quiet_NaN());
    QCOMPARE(chart.pointCount(QStringLiteral("train")), 11);
    chart.clear();
    QCOMPARE(chart.pointCount(QStringLiteral("train")), 0);
    QCOMPARE(chart.seriesNames().size(), 2);
}

void TestTrainingChart::longSeriesThinnedForDrawingOnly() {
    widgets::TrainingChart chart;
    const int n = 10000;
    for (int step = 1; step <= n; ++step)
        chart.addPoint(QStringLiteral("loss"), step, 1.0 + 1.0 / step);
    QCOMPARE(chart.pointCount(QStringLiteral("loss")), n);
    QVERIFY(chart.displayedPointCount(QStringLiteral("loss")) <= 2001);
    QVERIFY(chart.displayedPointCount(QStringLiteral("loss")) >= 1000);
    QCOMPARE(chart.xRange().y(), double(n)); // the newest point is always drawn
}

void TestTrainingChart::resetDataReplacesEverything() {
    widgets::TrainingChart chart;
    chart.addPoint(QStringLiteral("old"), 1, 1);
    chart.resetData({{QStringLiteral("a"), {{0, 1}, {5, 2}, {10, 3}}}, {QStringLiteral("b"), {{5, 0.5}}}});
    QCOMPARE(chart.seriesNames(), QStringList({QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(chart.pointCount(QStringLiteral("a")), 3);
    QCOMPARE(chart.pointCount(QStringLiteral("b")), 1);
    QCOMPARE(chart.pointCount(QStringLiteral("old")), 0);
    QCOMPARE(chart.xRange(), QPointF(0, 10));
    // Live points go on after a reset.
    chart.addPoint(QStringLiteral("a"), 11, 4);
    QCOMPARE(chart.pointCount(QStringLiteral("a")), 4);
    QVERIFY(chart.xRange().y() >= 11);
}

void TestTrainingChart::logScaleLeavesOutNonPositive() {
    widgets::TrainingChart chart;
    QSignalSpy changed(&chart, &widgets::TrainingChart::logScaleChanged);
    chart.resetData({{QStringLiteral("lr"), {{1, 0}, {2, 1e-5}, {3, 1e-4}, {4, 1e-3}}}});
    QCOMPARE(chart.displayedPointCount(QStringLiteral("lr")), 4);
    chart.setLogScale(true);
    QVERIFY(chart.logScale());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(chart.displayedPointCount(QStringLiteral("lr")), 3); // 0 has no place on a log axis
    QCOMPARE(chart.pointCount(QStringLiteral("lr")), 4);          // but stays in the data (and the CSV)
    QVERIFY(chart.yRange().x() > 0 && chart.yRange().x() <= 1e-5);
    QVERIFY(chart.yRange().y() >= 1e-3);
    chart.addPoint(QStringLiteral("lr"), 5, -1);
    QCOMPARE(chart.displayedPointCount(QStringLiteral("lr")), 3);
    chart.addPoint(QStringLiteral("lr"), 6, 1e-2);
    QCOMPARE(chart.displayedPointCount(QStringLiteral("lr")), 4);
    chart.setLogScale(false);
    QCOMPARE(chart.displayedPointCount(QStringLiteral("lr")), 6);
    QCOMPARE(changed.size(), 2);
    chart.setLogScaleAllowed(false);
    chart.setLogScale(false);
    QVERIFY(!chart.logScale());
}

void TestTrainingChart::csvHasStepColumnAndGaps() {
    widgets::TrainingChart chart;
    chart.addPoint(QStringLiteral("train loss"), 1, 2.5);
    chart.addPoint(QStringLiteral("train loss"), 2, 0.1);
    chart.addPoint(QStringLiteral("validation, loss"), 2, 1.25);
    chart.addPoint(QStringLiteral("train loss"), 3, 1e-7);
    QCOMPARE(chart.toCsv(), QStringLiteral("step,train loss,\"validation, loss\"\n"
                                           "1,2.5,\n"
                                           "2,0.1,1.25\n"
                                           "3,1e-07,\n"));
}

void TestTrainingChart::imageIsDrawn() {
    widgets::TrainingChart chart;
    chart.resize(400, 260);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    for (int step = 1; step <= 50; ++step)
        chart.addPoint(QStringLiteral("loss"), step, 5.0 / step);
    const QImage image = chart.toImage(1.0);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 300 && image.height() > 150);
    // Not one flat colour: the line, axes and labels are there.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    QVERIFY(colours.size() > 10);
    QCOMPARE(chart.toImage(2.0).width(), image.width() * 2);
}

void TestTrainingChart::hoverReadsNearestValues() {
    widgets::TrainingChart chart;
    chart.resetData(
        {{QStringLiteral("loss"), {{10, 3}, {20, 2}, {30, 1}}}, {QStringLiteral("val"), {{20, 2.5}}}});
    const QString at = chart.valuesAt(19);
    QVERIFY2(at.contains(QStringLiteral("loss: 2 (step 20)")), qPrintable(at));
    QVERIFY2(at.contains(QStringLiteral("val: 2.5 (step 20)")), qPrintable(at));
    QVERIFY(chart.valuesAt(1000).contains(QStringLiteral("loss: 1 (step 30)")));
}

void TestTrainingChart::zoomAndReset() {
    widgets::TrainingChart chart;
    chart.resize(400, 260);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    for (int step = 0; step <= 100; ++step)
        chart.addPoint(QStringLiteral("loss"), step, step);
    QVERIFY(!chart.isZoomed());
    chart.zoomIn(2.0);
    QVERIFY(chart.isZoomed());
    QVERIFY(chart.xRange().y() - chart.xRange().x() < 60);
    // While zoomed, new points do not move the view.
    const QPointF zoomed = chart.xRange();
    chart.addPoint(QStringLiteral("loss"), 200, 200);
    QCOMPARE(chart.xRange(), zoomed);
    chart.resetZoom();
    QVERIFY(!chart.isZoomed());
    QCOMPARE(chart.xRange(), QPointF(0, 200));
}

void TestTrainingChart::schedulePreview() {
    widgets::SchedulePreview preview;
    preview.resize(300, 90);
    preview.setSchedule({{1, 0.5}, {10, 1.0}, {100, 0.0}}, 10, 100, QStringLiteral("estimate"));
    QCOMPARE(preview.warmupSteps(), 10);
    QCOMPARE(preview.totalSteps(), 100);
    QCOMPARE(preview.rateAt(10), 1.0);
    QCOMPARE(preview.rateAt(55), 0.5);
    QCOMPARE(preview.rateAt(1000), 0.0);
    const QImage image = preview.grab().toImage();
    QVERIFY(!image.isNull());
    preview.clear();
    QCOMPARE(preview.points().size(), 0);
    QVERIFY(!preview.grab().isNull()); // "No schedule"
}

void TestTrainingChart::probeListModel() {
    widgets::ProbeListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString first = QStringLiteral("The capital of France is [MASK].");
    const QString second = QStringLiteral("[MASK] is a [MASK].");
    model.setSentences({first, second});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.step(), -1);
    QCOMPARE(model.data(model.index(0)).toString(), first);
    QVERIFY(model.data(model.index(0), widgets::ProbeListModel::GuessesRole).toList().isEmpty());

    core::ProbePrediction p1{first, {{QStringLiteral("the"), QStringLiteral("paris")}}};
    core::ProbePrediction p2{second,
                             {{QStringLiteral("it")}, {QStringLiteral("cat"), QStringLiteral("dog")}}};
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setPredictions({p1, p2}, 100);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(model.step(), 100);
    QCOMPARE(model.data(model.index(0)).toString(), QStringLiteral("The capital of France is [the]."));
    QCOMPARE(model.data(model.index(1)).toString(), QStringLiteral("[it] is a [cat]."));
    QCOMPARE(model.data(model.index(1), widgets::ProbeListModel::BestRole).toStringList(),
             QStringList({QStringLiteral("it"), QStringLiteral("cat")}));
    QVERIFY(!model.data(model.index(0), widgets::ProbeListModel::ChangedRole).toBool());
    QVERIFY(model.data(model.index(1), Qt::ToolTipRole).toString().contains(QStringLiteral("cat, dog")));

    // The best guess for the first sentence changes: marked.
    p1.guesses = {{QStringLiteral("paris"), QStringLiteral("the")}};
    model.setPredictions({p1, p2}, 200);
    QVERIFY(model.data(model.index(0), widgets::ProbeListModel::ChangedRole).toBool());
    QVERIFY(!model.data(model.index(1), widgets::ProbeListModel::ChangedRole).toBool());
    // A sentence not listed yet is appended.
    model.setPredictions({{QStringLiteral("new [MASK]"), {{QStringLiteral("x")}}}}, 300);
    QCOMPARE(model.rowCount(), 3);

    widgets::ProbeList view;
    view.setModel(&model);
    view.resize(400, 200);
    QVERIFY(!view.grab().isNull());
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestTrainingChart)
#include "tst_training_chart.moc"
