#pragma once

#include "page.h"

namespace bertlab::app {

class PredictPage final : public Page {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PredictPage)
public:
    explicit PredictPage(Workspace* workspace, QWidget* parent = nullptr);

    QString title() const override;
    QString toolTip() const override;
    bool isBusy() const override;
};

} // namespace bertlab::app
