#include "tokenize_page.h"

namespace bertlab::app {

TokenizePage::TokenizePage(Workspace* workspace, QWidget* parent)
    : Page(workspace, parent) {}

QString TokenizePage::title() const {
    return tr("Tokenize");
}

QString TokenizePage::toolTip() const {
    return {};
}

bool TokenizePage::isBusy() const {
    return false;
}

} // namespace bertlab::app
