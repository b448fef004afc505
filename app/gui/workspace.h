#pragma once

#include "core/tasks/model_bundle.h"
#include "core/text/tokenizer_options.h"

#include <QObject>

#include <memory>

namespace bertlab::app {

// What every page looks at: the open model, the shared input text (one text or a pair) and how to tokenize.
// Pages read it and listen to its signals; only the main window and the text editor change it.
class Workspace final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workspace)
public:
    explicit Workspace(QObject* parent = nullptr)
        : QObject(parent) {}

    std::shared_ptr<const core::ModelBundle> model() const { return m_model; }
    const QString& first() const { return m_first; }
    const QString& second() const { return m_second; } // null when the input is a single text
    bool isPair() const { return !m_second.isNull(); }
    const core::TokenizerOptions& tokenizerOptions() const { return m_tokenizer; }
    core::Tokenizer tokenizer() const { return m_model->tokenizer(m_tokenizer); } // needs a model

    void setModel(std::shared_ptr<const core::ModelBundle> model);
    void setText(const QString& first, const QString& second);
    void setTokenizerOptions(const core::TokenizerOptions& options);

Q_SIGNALS:
    void modelChanged();
    void textChanged();
    void tokenizerOptionsChanged();

private:
    std::shared_ptr<const core::ModelBundle> m_model;
    QString m_first, m_second;
    core::TokenizerOptions m_tokenizer;
};

} // namespace bertlab::app
