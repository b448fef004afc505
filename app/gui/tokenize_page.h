#pragma once

#include "page.h"

namespace bertlab::app {

class TokenizePage final : public Page {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenizePage)
public:
    explicit TokenizePage(Workspace* workspace, QWidget* parent = nullptr);

    QString title() const override;
    QString toolTip() const override;
    bool isBusy() const override;
};

} // namespace bertlab::app
