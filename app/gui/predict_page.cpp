#include "predict_page.h"

namespace bertlab::app {

PredictPage::PredictPage(Workspace* workspace, QWidget* parent)
    : Page(workspace, parent) {}

QString PredictPage::title() const {
    return tr("Predict");
}

QString PredictPage::toolTip() const {
    return {};
}

bool PredictPage::isBusy() const {
    return false;
}

} // namespace bertlab::app
