#include "about_dialog.h"

#include "core/build_info.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace bertlab::app {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("About BertLab"));
    const core::BuildInfo info = core::buildInfo();
    QString libraries;
    for (const core::LibraryVersion& library : info.libraries)
        libraries += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                         .arg(library.name.toHtmlEscaped(), library.version.toHtmlEscaped(),
                              library.licence.toHtmlEscaped());
    m_text =
        QStringLiteral("<h2>BertLab %1</h2>").arg(info.version.toHtmlEscaped()) +
        QStringLiteral("<p>%1</p>")
            .arg(tr("A desktop workbench for BERT: tokenize, predict masked words, look at attention, "
                    "extract embeddings and train models, on an engine of its own.")) +
        QStringLiteral("<p>%1</p>")
            .arg(tr("Licence: %1. BertLab is free software: you may share and change it under the "
                    "terms of the GNU General Public License, version 3 or later. It comes with no "
                    "warranty.")
                     .arg(info.licence.toHtmlEscaped())) +
        QStringLiteral("<p>%1</p>")
            .arg(tr("Compute: oneDNN uses <b>%1</b> on this CPU. Built with %2.")
                     .arg(info.cpuIsa.toHtmlEscaped(), info.compiler.toHtmlEscaped())) +
        QStringLiteral("<table cellspacing=\"6\"><tr><th align=\"left\">%1</th><th align=\"left\">%2</th>"
                       "<th align=\"left\">%3</th></tr>%4</table>")
            .arg(tr("Library"), tr("Version"), tr("Licence"), libraries);

    auto* icon = new QLabel;
    icon->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);
    auto* label = new QLabel(m_text);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setMinimumWidth(fontMetrics().horizontalAdvance(u'M') * 34);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* top = new QHBoxLayout;
    top->addWidget(icon);
    top->addWidget(label, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
}

} // namespace bertlab::app
