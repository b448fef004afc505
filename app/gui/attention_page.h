#pragma once

#include "page.h"

namespace bertlab::app {

class AttentionPage final : public Page {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttentionPage)
public:
    explicit AttentionPage(Workspace* workspace, QWidget* parent = nullptr);

    QString title() const override;
    QString toolTip() const override;
    bool isBusy() const override;
};

} // namespace bertlab::app
