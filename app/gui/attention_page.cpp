#include "attention_page.h"

namespace bertlab::app {

AttentionPage::AttentionPage(Workspace* workspace, QWidget* parent)
    : Page(workspace, parent) {}

QString AttentionPage::title() const {
    return tr("Attention");
}

QString AttentionPage::toolTip() const {
    return {};
}

bool AttentionPage::isBusy() const {
    return false;
}

} // namespace bertlab::app
