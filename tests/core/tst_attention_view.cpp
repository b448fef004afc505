// The attention view options as plain arithmetic: small matrices built here whose shown values can be
// checked by hand (mean over heads, hiding [CLS]/[SEP], merging WordPieces, the A→B / B→A blocks, CSV).
#include "core/tasks/attention_view.h"

#include <QTest>

#include <cmath>

using namespace bertlab;

namespace {

// A square matrix over `tokens` whose rows each sum to 1: weight(q, k) proportional to (q + 1) * (k + 1) + k.
core::AttentionMatrix square(const QStringList& tokens) {
    core::AttentionMatrix m;
    m.rows = m.cols = int(tokens.size());
    m.rowLabels = m.columnLabels = tokens;
    m.values.resize(std::size_t(m.rows * m.cols));
    for (int q = 0; q < m.rows; ++q) {
        double total = 0;
        for (int k = 0; k < m.cols; ++k)
            total += (q + 1) * (k + 1) + k;
        for (int k = 0; k < m.cols; ++k)
            m.values[std::size_t(q * m.cols + k)] = float(((q + 1) * (k + 1) + k) / total);
    }
    return m;
}

double rowSum(const core::AttentionMatrix& m, int row) {
    double s = 0;
    for (int c = 0; c < m.cols; ++c)
        s += m.at(row, c);
    return s;
}

} // namespace

class TestAttentionView final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void noOptionsIsIdentity();
    void meanOverHeads();
    void hideSpecialsDoesNotRenormalise();
    void mergeWordPieces();
    void mergeNeverCrossesSpecialsOrSegments();
    void blocks();
    void blockNeedsPair();
    void csv();
};

void TestAttentionView::noOptionsIsIdentity() {
    const QStringList tokens{QStringLiteral("[CLS]"), QStringLiteral("a"), QStringLiteral("[SEP]")};
    const core::AttentionMatrix m = square(tokens);
    const core::AttentionMatrix shown = core::shownAttention({m}, 0, {0, 0, 0}, {});
    QCOMPARE(shown.rows, 3);
    QCOMPARE(shown.cols, 3);
    QCOMPARE(shown.rowLabels, tokens);
    QCOMPARE(shown.columnLabels, tokens);
    QCOMPARE(shown.values, m.values);
    for (int r = 0; r < 3; ++r)
        QVERIFY(std::abs(rowSum(shown, r) - 1.0) < 1e-6);
}

void TestAttentionView::meanOverHeads() {
    const QStringList tokens{QStringLiteral("x"), QStringLiteral("y")};
    core::AttentionMatrix a, b;
    a.rows = a.cols = b.rows = b.cols = 2;
    a.rowLabels = a.columnLabels = b.rowLabels = b.columnLabels = tokens;
    a.values = {1.0f, 0.0f, 0.25f, 0.75f};
    b.values = {0.5f, 0.5f, 0.75f, 0.25f};
    core::AttentionViewOptions options;
    QCOMPARE(core::shownAttention({a, b}, 1, {0, 0}, options).values, b.values); // one head: that head
    options.meanOverHeads = true;
    const std::vector<float> mean{0.75f, 0.25f, 0.5f, 0.5f};
    QCOMPARE(core::shownAttention({a, b}, 1, {0, 0}, options).values, mean);
    QCOMPARE(core::meanOfHeads({a, b}).values, mean);
    QVERIFY(core::meanOfHeads({}).isEmpty());
}

void TestAttentionView::hideSpecialsDoesNotRenormalise() {
    const QStringList tokens{QStringLiteral("[CLS]"), QStringLiteral("a"), QStringLiteral("b"),
                             QStringLiteral("[SEP]")};
    const core::AttentionMatrix m = square(tokens);
    core::AttentionViewOptions options;
    options.hideSpecials = true;
    const core::AttentionMatrix shown = core::shownAttention({m}, 0, {0, 0, 0, 0}, options);
    QCOMPARE(shown.rowLabels, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(shown.columnLabels, shown.rowLabels);
    // The remaining weights are the model's own: row "a" is original row 1, columns 1 and 2, and it sums to
    // 1 minus what "a" gave to [CLS] and [SEP] (no renormalisation).
    for (int r = 0; r < 2; ++r) {
        for (int c = 0; c < 2; ++c)
            QCOMPARE(shown.at(r, c), m.at(r + 1, c + 1));
        const double expected = 1.0 - m.at(r + 1, 0) - m.at(r + 1, 3);
        QVERIFY(std::abs(rowSum(shown, r) - expected) < 1e-6);
        QVERIFY(rowSum(shown, r) < 1.0);
    }
    // Row 1 by hand: weights ∝ 2k+2+k = 2, 5, 8, 11 over 26; shown are 5/26 and 8/26.
    QVERIFY(std::abs(shown.at(0, 0) - 5.0 / 26) < 1e-7);
    QVERIFY(std::abs(shown.at(0, 1) - 8.0 / 26) < 1e-7);
}

void TestAttentionView::mergeWordPieces() {
    const QStringList tokens{QStringLiteral("[CLS]"), QStringLiteral("play"), QStringLiteral("##ing"),
                             QStringLiteral("now"), QStringLiteral("[SEP]")};
    const core::AttentionMatrix m = square(tokens);
    core::AttentionViewOptions options;
    options.mergeWordPieces = true;
    const core::AttentionMatrix shown = core::shownAttention({m}, 0, {0, 0, 0, 0, 0}, options);
    const QStringList merged{QStringLiteral("[CLS]"), QStringLiteral("playing"), QStringLiteral("now"),
                             QStringLiteral("[SEP]")};
    QCOMPARE(shown.rowLabels, merged);
    QCOMPARE(shown.columnLabels, merged);
    // Keys are summed: [CLS]'s weight on "playing" is its weight on "play" plus on "##ing".
    QVERIFY(std::abs(shown.at(0, 1) - (m.at(0, 1) + m.at(0, 2))) < 1e-7);
    // Queries are averaged: "playing" → "now" is the mean of "play" → "now" and "##ing" → "now".
    QVERIFY(std::abs(shown.at(1, 2) - (m.at(1, 3) + m.at(2, 3)) / 2) < 1e-7);
    // Both at once for the merged × merged cell.
    QVERIFY(std::abs(shown.at(1, 1) - (m.at(1, 1) + m.at(1, 2) + m.at(2, 1) + m.at(2, 2)) / 2) < 1e-7);
    // Untouched cells stay as they were.
    QCOMPARE(shown.at(3, 2), m.at(4, 3));
    // Summing keys and averaging queries keeps every row a distribution.
    for (int r = 0; r < shown.rows; ++r)
        QVERIFY(std::abs(rowSum(shown, r) - 1.0) < 1e-6);
}

void TestAttentionView::mergeNeverCrossesSpecialsOrSegments() {
    // "##x" right after [SEP] (the second text of a pair starting with "##") stays its own column.
    const QStringList tokens{QStringLiteral("[CLS]"), QStringLiteral("a"),   QStringLiteral("[SEP]"),
                             QStringLiteral("##x"),   QStringLiteral("##y"), QStringLiteral("[SEP]")};
    core::AttentionViewOptions options;
    options.mergeWordPieces = true;
    const core::AttentionAxes axes = core::attentionAxes(tokens, {0, 0, 0, 1, 1, 1}, options);
    QCOMPARE(axes.columnLabels,
             (QStringList{QStringLiteral("[CLS]"), QStringLiteral("a"), QStringLiteral("[SEP]"),
                          QStringLiteral("##xy"), QStringLiteral("[SEP]")}));
    QCOMPARE(axes.columns[3], (std::vector<int>{3, 4}));
}

void TestAttentionView::blocks() {
    // [CLS] a b [SEP] c [SEP]: segment A = 0..3, B = 4..5.
    const QStringList tokens{QStringLiteral("[CLS]"), QStringLiteral("a"), QStringLiteral("b"),
                             QStringLiteral("[SEP]"), QStringLiteral("c"), QStringLiteral("[SEP]")};
    const std::vector<int> segments{0, 0, 0, 0, 1, 1};
    const core::AttentionMatrix m = square(tokens);
    core::AttentionViewOptions options;
    options.block = core::AttentionBlock::FirstToSecond;
    core::AttentionMatrix ab = core::shownAttention({m}, 0, segments, options);
    QCOMPARE(ab.rows, 4);
    QCOMPARE(ab.cols, 2);
    QCOMPARE(ab.rowLabels, tokens.mid(0, 4));
    QCOMPARE(ab.columnLabels, tokens.mid(4, 2));
    for (int r = 0; r < 4; ++r) {
        for (int c = 0; c < 2; ++c)
            QCOMPARE(ab.at(r, c), m.at(r, 4 + c));
    }

    options.block = core::AttentionBlock::SecondToFirst;
    options.hideSpecials = true;
    core::AttentionMatrix ba = core::shownAttention({m}, 0, segments, options);
    QCOMPARE(ba.rowLabels, QStringList{QStringLiteral("c")});
    QCOMPARE(ba.columnLabels, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(ba.at(0, 0), m.at(4, 1));
    QCOMPARE(ba.at(0, 1), m.at(4, 2));
}

void TestAttentionView::blockNeedsPair() {
    const QStringList tokens{QStringLiteral("[CLS]"), QStringLiteral("a"), QStringLiteral("[SEP]")};
    core::AttentionViewOptions options;
    options.block = core::AttentionBlock::FirstToSecond;
    const core::AttentionMatrix shown = core::shownAttention({square(tokens)}, 0, {0, 0, 0}, options);
    QCOMPARE(shown.rows, 3); // a single text has no B block: everything is shown
    QCOMPARE(shown.cols, 3);
}

void TestAttentionView::csv() {
    core::AttentionMatrix m;
    m.rows = 2;
    m.cols = 2;
    m.rowLabels = QStringList{QStringLiteral("a"), QStringLiteral(",")};
    m.columnLabels = QStringList{QStringLiteral("\"q\""), QStringLiteral("b")};
    m.values = {1.0f / 3.0f, 0.5f, 0.125f, 0.0625f};
    const QByteArray csv = core::attentionCsv(m, core::attentionCsvCorner(2, 1, false, {}, 4));
    const QList<QByteArray> lines = csv.split('\n');
    QCOMPARE(lines.size(), 4); // header, two rows, the empty piece after the final newline
    // What the matrix is in the corner; each label with its token position, so repeated tokens stay apart.
    QCOMPARE(lines[0], QByteArray("L3 H2 (rows: queries; columns: keys),\"0:\"\"q\"\"\",1:b"));
    QCOMPARE(lines[1], QByteArray("0:a,0.333333343,0.5"));
    QCOMPARE(lines[2], QByteArray("\"1:,\",0.125,0.0625"));
    QCOMPARE(lines[1].split(',')[1].toFloat(), m.at(0, 0));
    QCOMPARE(core::attentionCsvCorner(0, 0, true, {0, 2}, 4),
             QStringLiteral("L1 mean of H1+H3 (rows: queries; columns: keys)"));

    // After hiding [CLS] and merging pieces, the labels keep the positions they stand for.
    const QStringList tokens{QStringLiteral("[CLS]"), QStringLiteral("play"), QStringLiteral("##ing"),
                             QStringLiteral("play"), QStringLiteral("[SEP]")};
    core::AttentionMatrix square;
    square.rows = square.cols = 5;
    square.rowLabels = square.columnLabels = tokens;
    square.values.assign(25, 0.2f);
    core::AttentionViewOptions options;
    options.hideSpecials = true;
    options.mergeWordPieces = true;
    const core::AttentionMatrix shown = core::shownAttention({square}, 0, {0, 0, 0, 0, 0}, options);
    const QList<QByteArray> header = core::attentionCsv(shown).split('\n').at(0).split(',');
    QCOMPARE(header, (QList<QByteArray>{"", "1-2:playing", "3:play"}));
}

QTEST_GUILESS_MAIN(TestAttentionView)
#include "tst_attention_view.moc"
