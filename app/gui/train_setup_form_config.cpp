// TrainSetupForm ⇄ core::TrainingConfig: the form read as the run it would start (checked by the same
// TrainingConfig::validate() as the CLI's runs), and a saved run's settings put back into the form.
#include "train_setup_form.h"

#include "workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>

#include <algorithm>

namespace bertlab::app {

using core::TrainingTask;

core::Result<core::TrainingConfig> TrainSetupForm::config() const {
    using core::Error;
    core::TrainingConfig c;
    c.task = TrainingTask(m_task->currentData().toInt());
    const auto model = m_workspace->model();
    const int seqLen = m_seqLen->value();
    if (m_fromOpen->isChecked()) {
        if (!model)
            return Error{tr("Open a model to train it further, or choose a new model on the Model tab.")};
        c.startModel = model->files().directory;
    } else {
        c.freshConfig.numLayers = m_layers->value();
        c.freshConfig.hiddenSize = m_hidden->value();
        c.freshConfig.numHeads = m_heads->value();
        c.freshConfig.intermediateSize = m_intermediate->value();
        c.freshConfig.maxPositions = seqLen;
        switch (m_vocabSource->currentIndex()) {
        case 0:
            if (!model)
                return Error{tr("The vocabulary is to come from the open model, but no model is open.")};
            c.vocabFile = model->files().vocabPath;
            break;
        case 1:
            c.vocabFile = QDir::fromNativeSeparators(m_vocabFile->text().trimmed());
            if (c.vocabFile.isEmpty())
                return Error{tr("Choose the vocab.txt for the new model.")};
            break;
        default:
            c.learnedVocabSize = m_learnedSize->value();
            break;
        }
    }
    c.tokenizer = m_workspace->tokenizerOptions();

    c.trainFile = QDir::fromNativeSeparators(m_trainFile->text().trimmed());
    if (c.trainFile.isEmpty())
        return Error{tr("Choose the training file on the Data tab.")};
    c.validationFile = QDir::fromNativeSeparators(m_validationFile->text().trimmed());
    c.validationFraction = c.validationFile.isEmpty() ? m_validationFraction->value() / 100.0 : 0.0;
    c.masking.seqLen = seqLen;
    c.masking.maskRate = m_maskRate->value() / 100.0;
    c.classification.maxLength = seqLen;
    const auto column = [](const QLineEdit* edit) {
        const QString text = edit->text().trimmed();
        return text.isEmpty() ? edit->placeholderText() : text;
    };
    c.classification.textColumn = column(m_textColumn);
    c.classification.secondColumn = m_secondColumn->text().trimmed();
    c.classification.labelColumn = column(m_labelColumn);

    c.batchSize = m_batchSize->value();
    c.epochs = m_epochs->value();
    c.maxSteps = m_maxSteps->value();
    c.warmupProportion = m_warmup->value() / 100.0;
    c.optimizer = core::TrainingConfig::defaultOptimizer();
    bool ok = false;
    c.optimizer.learningRate = QLocale::c().toDouble(m_learningRate->text().trimmed(), &ok);
    if (!ok)
        return Error{tr("The learning rate must be a number, like 1e-4.")};
    c.optimizer.minLr = QLocale::c().toDouble(
        m_minLr->text().trimmed().isEmpty() ? QStringLiteral("0") : m_minLr->text().trimmed(), &ok);
    if (!ok)
        return Error{tr("The minimum learning rate must be a number, like 0 or 1e-6.")};
    c.optimizer.weightDecay = m_weightDecay->value();
    c.optimizer.amsgrad = m_amsgrad->isChecked();
    c.optimizer.clipNorm = m_clipNorm->value();
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    c.trainablePrefixes = m_trainable->text().split(separators, Qt::SkipEmptyParts);

    c.validateEvery = m_validateEvery->value();
    c.patience = m_patience->value();
    c.monitor = m_monitor->currentData().toString();

    c.outputDirectory = QDir::fromNativeSeparators(m_outputFolder->text().trimmed());
    if (c.outputDirectory.isEmpty())
        return Error{tr("Choose an output folder on the Output tab: checkpoints are written there.")};
    c.checkpointEvery = m_checkpointEvery->value();
    c.resume = m_resume->isChecked();
    c.seed = std::uint64_t(m_seed->value());
    if (c.task == TrainingTask::Pretrain) {
        const QStringList lines = m_probes->toPlainText().split(u'\n');
        for (const QString& line : lines)
            if (!line.trimmed().isEmpty())
                c.probeSentences << line.trimmed();
        c.probeEvery = m_probeEvery->value();
    }
    // Everything else is checked where the CLI's runs are checked too.
    if (const QStringList problems = c.validate(); !problems.isEmpty())
        return Error{problems.join(u'\n')};
    return c;
}

void TrainSetupForm::setConfig(const core::TrainingConfig& c) {
    m_loadingSettings = true;
    m_task->setCurrentIndex(m_task->findData(int(c.task)));
    if (!c.startModel.isEmpty()) {
        m_fromOpen->setChecked(true);
    } else {
        m_fresh->setChecked(true);
        m_layers->setValue(c.freshConfig.numLayers);
        m_hidden->setValue(c.freshConfig.hiddenSize);
        m_heads->setValue(c.freshConfig.numHeads);
        m_intermediate->setValue(c.freshConfig.intermediateSize);
        const auto model = m_workspace->model();
        if (c.vocabFile.isEmpty()) {
            m_vocabSource->setCurrentIndex(2);
        } else if (model && c.vocabFile == model->files().vocabPath) {
            m_vocabSource->setCurrentIndex(0);
        } else {
            m_vocabSource->setCurrentIndex(1);
            m_vocabFile->setText(QDir::toNativeSeparators(c.vocabFile));
        }
        m_learnedSize->setValue(c.learnedVocabSize);
    }
    m_seqLen->setValue(c.masking.seqLen);
    m_trainFile->setText(QDir::toNativeSeparators(c.trainFile));
    m_validationFile->setText(QDir::toNativeSeparators(c.validationFile));
    m_validationFraction->setValue(c.validationFraction * 100.0);
    m_maskRate->setValue(c.masking.maskRate * 100.0);
    m_textColumn->setText(c.classification.textColumn);
    m_secondColumn->setText(c.classification.secondColumn);
    m_labelColumn->setText(c.classification.labelColumn);
    m_batchSize->setValue(c.batchSize);
    m_epochs->setValue(c.epochs);
    m_maxSteps->setValue(int(std::min<std::int64_t>(c.maxSteps, m_maxSteps->maximum())));
    m_warmup->setValue(c.warmupProportion * 100.0);
    m_learningRate->setText(QString::number(c.optimizer.learningRate, 'g', 6));
    m_minLr->setText(QString::number(c.optimizer.minLr, 'g', 6));
    m_weightDecay->setValue(c.optimizer.weightDecay);
    m_amsgrad->setChecked(c.optimizer.amsgrad);
    m_clipNorm->setValue(c.optimizer.clipNorm);
    m_trainable->setText(c.trainablePrefixes.join(QStringLiteral(", ")));
    m_validateEvery->setValue(int(std::min<std::int64_t>(c.validateEvery, m_validateEvery->maximum())));
    m_patience->setValue(c.patience);
    if (const int i = m_monitor->findData(c.monitor); i >= 0)
        m_monitor->setCurrentIndex(i);
    m_outputFolder->setText(QDir::toNativeSeparators(c.outputDirectory));
    m_checkpointEvery->setValue(int(std::min<std::int64_t>(c.checkpointEvery, m_checkpointEvery->maximum())));
    m_resume->setChecked(c.resume);
    m_seed->setValue(int(std::min<std::uint64_t>(c.seed, std::uint64_t(m_seed->maximum()))));
    m_probes->setPlainText(c.probeSentences.join(u'\n'));
    m_probeEvery->setValue(int(std::clamp<std::int64_t>(c.probeEvery, 1, m_probeEvery->maximum())));
    m_loadingSettings = false;
    formChanged();
    countExamplesLater();
    countVocabLater();
}

} // namespace bertlab::app
