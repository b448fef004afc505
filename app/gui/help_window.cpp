#include "help_window.h"

#include <QAction>
#include <QKeySequence>
#include <QTextBrowser>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

namespace bertlab::app {

HelpWindow::HelpWindow(QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_browser(new QTextBrowser) {
    setWindowTitle(tr("BertLab Manual"));
    resize(900, 760);
    // Links to the web open in the user's browser; the manual's own links stay here.
    m_browser->setOpenLinks(true);
    m_browser->setOpenExternalLinks(true);

    auto* bar = new QToolBar;
    QAction* back = bar->addAction(tr("Back"), m_browser, &QTextBrowser::backward);
    back->setShortcut(QKeySequence::Back);
    back->setToolTip(tr("Back (Alt+Left)"));
    QAction* forward = bar->addAction(tr("Forward"), m_browser, &QTextBrowser::forward);
    forward->setShortcut(QKeySequence::Forward);
    forward->setToolTip(tr("Forward (Alt+Right)"));
    QAction* contents =
        bar->addAction(tr("Contents"), this, [this] { showSection(QStringLiteral("contents")); });
    contents->setToolTip(tr("The list of sections"));
    back->setEnabled(false);
    forward->setEnabled(false);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, forward, &QAction::setEnabled);
    auto* close = new QAction(this);
    close->setShortcut(QKeySequence::Close);
    connect(close, &QAction::triggered, this, &QWidget::close);
    addAction(close);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    layout->addWidget(m_browser, 1);
    m_browser->setSource(manualUrl());
}

QUrl HelpWindow::manualUrl(const QString& section) {
    QUrl url(QStringLiteral("qrc:/help/manual.html"));
    if (!section.isEmpty())
        url.setFragment(section);
    return url;
}

void HelpWindow::showSection(const QString& section) {
    m_browser->setSource(manualUrl(section));
    if (!section.isEmpty())
        m_browser->scrollToAnchor(section); // setSource() does not scroll when only the fragment changes
    show();
    raise();
    activateWindow();
}

QString HelpWindow::currentSection() const {
    return m_browser->source().fragment();
}

} // namespace bertlab::app
