#include "workspace.h"

namespace bertlab::app {

void Workspace::setModel(std::shared_ptr<const core::ModelBundle> model) {
    m_model = std::move(model);
    Q_EMIT modelChanged();
}

void Workspace::setText(const QString& first, const QString& second) {
    if (first == m_first && second == m_second && second.isNull() == m_second.isNull())
        return;
    m_first = first;
    m_second = second;
    Q_EMIT textChanged();
}

void Workspace::setTokenizerOptions(const core::TokenizerOptions& options) {
    if (options == m_tokenizer)
        return;
    m_tokenizer = options;
    Q_EMIT tokenizerOptionsChanged();
}

} // namespace bertlab::app
