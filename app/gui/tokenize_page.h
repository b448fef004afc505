#pragma once

#include "latest_run.h"
#include "page.h"

#include "core/text/tokenizer.h"
#include "widgets/token_strip.h"

#include <QTimer>

#include <memory>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QStackedWidget;

namespace bertlab::app {

// The workspace's text as the model's WordPiece tokens, live while typing: chips coloured by segment, pieces
// past the maximum length greyed after a cut mark. The tokenizer options (cased, mode) are the workspace's,
// shared with every page; the maximum length is this page's own.
class TokenizePage final : public Page {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenizePage)
public:
    explicit TokenizePage(Workspace* workspace, QWidget* parent = nullptr);

    QString title() const override;
    QString toolTip() const override;
    bool isBusy() const override;

    // The model's input as `bertlab-cli tokenize` prints it: {"tokens","ids","segments","offsets"}.
    QByteArray tokensJson() const;
    // 0: the model's maximum.
    int maxLength() const;
    void setMaxLength(int length);

public Q_SLOTS:
    void copyAsJson();

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct Outcome {
        std::shared_ptr<const core::Tokenizer> tokenizer;
        core::Encoding encoding;               // what the model gets (truncated)
        std::vector<widgets::TokenChip> chips; // the whole text, cut pieces flagged
        int truncated = 0;
        int limit = 0;
    };

    void schedule();
    void recompute();
    void apply(Outcome outcome);
    void onModelChanged();
    void onOptionsChanged();
    void pushOptions();
    void showNotice(const QString& text);
    void updateLegend();
    void updateCaseWarning();
    int effectiveLimit() const;

    QCheckBox* m_cased;
    QComboBox* m_mode;
    QSpinBox* m_maxLength;
    QLabel* m_count;
    QPushButton* m_copy;
    QStackedWidget* m_stack;
    QScrollArea* m_scroll;
    widgets::TokenStrip* m_strip;
    QLabel* m_notice;
    QLabel* m_legend;
    QLabel* m_caseWarning;

    QTimer m_debounce;
    QTimer m_slow; // shows "Tokenizing…" only when a run takes long enough to notice
    LatestRun<Outcome> m_run;
    bool m_dirty = true;
    std::shared_ptr<const core::Tokenizer> m_tokenizer; // built for the current model and options
    core::Encoding m_encoding;
};

} // namespace bertlab::app
