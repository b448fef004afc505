#pragma once

#include "latest_run.h"
#include "page.h"

#include "core/tasks/attention_maps.h"
#include "core/tasks/attention_view.h"

#include <vector>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QToolButton;

namespace bertlab::widgets {
class AttentionGrid;
class AttentionHeatmap;
class HeadView;
} // namespace bertlab::widgets

namespace bertlab::app {

// Where the text's tokens look: a layers × heads grid of small heatmaps, one head large with token labels,
// and a bertviz-like head view of one layer. Options (mean over heads, hide [CLS]/[SEP], merge WordPieces,
// a pair's A→B / B→A block) change only how the computed maps are shown; the model runs again only when
// the model, the text or the tokenizer options change.
class AttentionPage final : public Page {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttentionPage)
public:
    enum class View { Grid, Large, Heads };

    explicit AttentionPage(Workspace* workspace, QWidget* parent = nullptr);

    QString title() const override;
    QString toolTip() const override;
    bool isBusy() const override;

    // What is shown; the last maps computed (empty before the first result).
    const core::AttentionMaps& maps() const { return m_maps; }
    core::AttentionViewOptions options() const;
    void setOptions(const core::AttentionViewOptions& options);
    int layer() const;
    int head() const;
    void setLayer(int layer);               // from 0, for the large view and the head view
    void setHead(int head);                 // from 0, for the large view
    void setHeadEnabled(int head, bool on); // the coloured head toggles: head view and the mean
    void soloHead(int head);                // only this head on (Ctrl+click or a head's context menu)
    View currentView() const;
    void setCurrentView(View view);

    widgets::AttentionGrid* grid() const { return m_grid; }
    widgets::AttentionHeatmap* heatmap() const { return m_heatmap; }
    widgets::HeadView* headView() const { return m_headView; }
    QString notice() const; // the inline notice shown instead of the views, empty when the views show

    // Exports of the current view (PNG, SVG) and of the large view's matrix (CSV) to a path; false and a
    // message on failure. The buttons ask for the path with a dialog and then call these.
    bool exportPng(const QString& path);
    QStringList exportTitle() const; // the PNG's title lines: what is shown, the model, the text
    bool exportSvg(const QString& path);
    bool exportCsv(const QString& path);

Q_SIGNALS:
    // New maps were computed and shown (or the notice changed).
    void updated();

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct Outcome {
        core::AttentionMaps maps;
        QString error;
        bool ok = false;
    };

    void buildControls();
    void requestUpdate();
    void showNotice(const QString& text);
    void onResult(Outcome outcome);
    void rebuildHeadControls();
    void refreshViews();
    void refreshLarge();
    void refreshHeadView();
    std::vector<int> enabledHeads() const;
    void openLarge(int layer, int head);
    void exportWithDialog(const QString& format);
    bool save(const QString& path, const QByteArray& bytes);
    QString exportBaseName() const;

    LatestRun<Outcome> m_run;
    core::AttentionMaps m_maps;
    std::vector<std::vector<core::AttentionMatrix>> m_squares; // [layer][head], token × token
    bool m_stale = true;

    QComboBox* m_layer;
    QComboBox* m_head;
    QHBoxLayout* m_headToggleLayout;
    std::vector<QToolButton*> m_headToggles;
    QToolButton* m_allHeads;
    QToolButton* m_noHeads;
    QCheckBox* m_mean;
    QCheckBox* m_hideSpecials;
    QCheckBox* m_merge;
    QComboBox* m_block;
    QProgressBar* m_busy;
    QPushButton* m_exportPng;
    QPushButton* m_exportSvg;
    QPushButton* m_exportCsv;
    QStackedWidget* m_stack;
    QLabel* m_notice;
    QTabWidget* m_tabs;
    QLabel* m_largeTitle;
    QLabel* m_headTitle;
    widgets::AttentionGrid* m_grid;
    widgets::AttentionHeatmap* m_heatmap;
    widgets::HeadView* m_headView;
};

} // namespace bertlab::app
