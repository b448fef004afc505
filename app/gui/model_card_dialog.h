#pragma once

#include <QDialog>

class QTextBrowser;

namespace bertlab::widgets {
class TrainingChart;
}

namespace bertlab::app {

// A model folder's card: its README.md (Hugging Face's model-card file; the demo model's card says what it
// was trained on, its licence, shape, steps and held-out accuracy, and what it is not good for) and, when the
// folder has a training log (curves.csv or metrics.csv), its loss and accuracy curves.
class ModelCardDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelCardDialog)
public:
    explicit ModelCardDialog(const QString& modelDirectory, QWidget* parent = nullptr);

    // Whether the folder has anything to show (a README.md or a training log).
    static bool hasCard(const QString& modelDirectory);

    QTextBrowser* card() const { return m_card; }
    widgets::TrainingChart* lossChart() const { return m_loss; }
    widgets::TrainingChart* accuracyChart() const { return m_accuracy; }

private:
    QTextBrowser* m_card;
    widgets::TrainingChart* m_loss;
    widgets::TrainingChart* m_accuracy;
};

} // namespace bertlab::app
