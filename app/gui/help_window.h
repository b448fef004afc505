#pragma once

#include <QWidget>

class QTextBrowser;

namespace bertlab::app {

// The user manual (resources/help/manual.html, compiled in, so it opens offline) in a browser window with
// back, forward and contents. showSection() jumps to a page's section: F1 on a page opens it there.
class HelpWindow final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpWindow)
public:
    explicit HelpWindow(QWidget* parent = nullptr);

    static QUrl manualUrl(const QString& section = {});
    void showSection(const QString& section); // an anchor of the manual ("tokenize", "cli", …) or empty
    QString currentSection() const;
    QTextBrowser* browser() const { return m_browser; }

private:
    QTextBrowser* m_browser;
};

} // namespace bertlab::app
