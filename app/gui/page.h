#pragma once

#include <QIcon>
#include <QWidget>

namespace bertlab::app {

class Workspace;

// One page of the sidebar. A page shows the workspace's text through one task; it recomputes when the
// model, the text or the tokenizer options change, and only while visible (hidden pages catch up on show).
class Page : public QWidget {
    Q_OBJECT
public:
    Page(Workspace* workspace, QWidget* parent = nullptr)
        : QWidget(parent)
        , m_workspace(workspace) {}

    virtual QString title() const = 0;
    virtual QString toolTip() const = 0;
    Workspace* workspace() const { return m_workspace; }

    // True while a result is being computed (the screenshot command waits for it).
    virtual bool isBusy() const = 0;
    // Whether the page looks at the shared text box (the window hides the box for pages that do not).
    virtual bool usesSharedText() const { return true; }

Q_SIGNALS:
    // Select [start, end) (code points) of the first (segment 0) or second (1) text in the shared editor.
    void highlightRequested(int segment, int start, int end);
    // Replace the editor's selection (or the word under its cursor) with [MASK].
    void maskRequested();
    // Show a message inline (errors: isError) on the window's message bar.
    void messageRequested(const QString& text, bool isError);

private:
    Workspace* m_workspace;
};

} // namespace bertlab::app
