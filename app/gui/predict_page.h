#pragma once

#include "core/result.h"
#include "core/tasks/fill_mask.h"
#include "latest_run.h"
#include "page.h"

#include <optional>
#include <vector>

class QFrame;
class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QTimer;
class QVBoxLayout;

namespace bertlab::widgets {
class CandidateList;
class CandidateListModel;
class ProbabilityGauge;
} // namespace bertlab::widgets

namespace bertlab::app {

// Fill-mask: the model's top-k words for every [MASK] in the text, as probability bars; picking one writes
// it into the workspace text in place of that [MASK]. For a pair, the NSP head's "is next" probability as a
// gauge. A model without an MLM head gets a notice instead of controls.
class PredictPage final : public Page {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PredictPage)
public:
    explicit PredictPage(Workspace* workspace, QWidget* parent = nullptr);
    ~PredictPage() override;

    QString title() const override;
    QString toolTip() const override;
    bool isBusy() const override;

    int topK() const;
    void setTopK(int k);

    // What is shown now (for tests and the screenshot command).
    int maskCount() const { return int(m_groups.size()); }
    widgets::CandidateListModel* candidateModel(int mask) const;
    widgets::CandidateList* candidateList(int mask) const;
    widgets::ProbabilityGauge* nspGauge() const { return m_gauge; }
    QString noticeText() const;         // empty when no notice is shown
    bool isPredictionAvailable() const; // false: no model, or a model without an MLM head

    // Puts candidate `candidate` of mask `mask` into the workspace text in place of that [MASK].
    void applyCandidate(int mask, int candidate);

Q_SIGNALS:
    // A result (or a notice) is on screen for the current inputs.
    void predictionsShown();

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct Outcome {
        QString first, second; // the texts the prediction was made for
        std::optional<core::FillMaskResult> result;
        QString error;
    };
    struct MaskGroup {
        QGroupBox* box = nullptr;
        QLabel* context = nullptr;
        widgets::CandidateListModel* model = nullptr;
        widgets::CandidateList* list = nullptr;
    };

    void inputsChanged();
    void recompute();
    void display(const Outcome& outcome);
    void clearResults();
    void setControlsEnabled(bool enabled);
    void showNotice(const QString& text, bool isError = false);
    void setGroupCount(int count);
    void setBusyShown(bool busy);

    QPushButton* m_maskButton;
    QLabel* m_topKLabel;
    QSpinBox* m_topK;
    QProgressBar* m_busy;
    QFrame* m_noticeBox;
    QLabel* m_noticeIcon;
    QLabel* m_notice;
    QGroupBox* m_nspBox;
    QLabel* m_clickHint;
    widgets::ProbabilityGauge* m_gauge;
    QScrollArea* m_scroll;
    QVBoxLayout* m_groupsLayout;
    QTimer* m_busyDelay;
    std::vector<MaskGroup> m_groups;

    LatestRun<Outcome> m_run;
    std::optional<Outcome> m_shown; // the outcome on screen (its texts are what mask offsets refer to)
    bool m_dirty = true;            // inputs changed while hidden
    bool m_waiting = false;         // the newest run has not answered yet
};

} // namespace bertlab::app
