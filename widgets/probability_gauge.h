#pragma once

#include <QWidget>

namespace bertlab::widgets {

// One probability as a captioned horizontal gauge: "Is next sentence: 83 %" above a bar filled to the value,
// with a mark at 50 % (the point where the model's verdict flips). Colours come from the palette, so it reads
// in light and dark themes; sizes come from the font.
class ProbabilityGauge final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProbabilityGauge)
public:
    explicit ProbabilityGauge(QWidget* parent = nullptr);

    // The caption before the percentage, e.g. "Is next sentence".
    void setLabel(const QString& label);
    QString label() const { return m_label; }

    // Clamped to [0, 1].
    void setValue(double probability);
    double value() const { return m_value; }

    // What the gauge says in words: "Is next sentence: 83 %".
    QString text() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QString m_label;
    double m_value = 0.0;
};

} // namespace bertlab::widgets
