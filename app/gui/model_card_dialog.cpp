#include "model_card_dialog.h"

#include "core/train/metrics_log_reader.h"

#include "widgets/training_chart.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace bertlab::app {

namespace {
constexpr qint64 kMaxCardBytes = 1 << 20;

QString trainingLog(const QDir& folder) {
    for (const char* name : {"curves.csv", "metrics.csv"})
        if (QFileInfo(folder.filePath(QLatin1String(name))).isFile())
            return folder.filePath(QLatin1String(name));
    return {};
}
} // namespace

bool ModelCardDialog::hasCard(const QString& modelDirectory) {
    const QDir folder(modelDirectory);
    return !modelDirectory.isEmpty() && (QFileInfo(folder.filePath(QStringLiteral("README.md"))).isFile() ||
                                         !trainingLog(folder).isEmpty());
}

ModelCardDialog::ModelCardDialog(const QString& modelDirectory, QWidget* parent)
    : QDialog(parent)
    , m_card(new QTextBrowser)
    , m_loss(new widgets::TrainingChart)
    , m_accuracy(new widgets::TrainingChart) {
    const QDir folder(modelDirectory);
    setWindowTitle(tr("Model Card — %1").arg(folder.dirName()));
    resize(980, 720);

    QFile readme(folder.filePath(QStringLiteral("README.md")));
    m_card->setOpenExternalLinks(true);
    if (readme.open(QIODevice::ReadOnly))
        m_card->setMarkdown(QString::fromUtf8(readme.read(kMaxCardBytes)));
    else
        m_card->setPlainText(tr("This model folder has no README.md model card."));

    m_loss->setTitle(tr("Loss"));
    m_loss->setValueTitle(tr("loss"));
    m_accuracy->setTitle(tr("Masked-word accuracy"));
    m_accuracy->setValueTitle(tr("accuracy"));
    m_loss->setEmptyText(tr("No training log in this folder"));
    m_accuracy->setEmptyText(tr("No training log in this folder"));
    if (const QString log = trainingLog(folder); !log.isEmpty()) {
        if (const auto history = core::readMetricsLog(log)) {
            widgets::ChartSeries train{QStringLiteral("loss"), {}, tr("training")};
            widgets::ChartSeries trainAccuracy{QStringLiteral("mlm_accuracy"), {}, tr("training")};
            widgets::ChartSeries held{QStringLiteral("val_loss"), {}, tr("held out")};
            widgets::ChartSeries heldAccuracy{QStringLiteral("val_mlm_accuracy"), {}, tr("held out")};
            for (const core::TrainingPoint& p : history->steps) {
                train.points.append({double(p.step), p.loss});
                trainAccuracy.points.append({double(p.step), p.mlmAccuracy});
            }
            for (const core::ValidationPoint& v : history->validations) {
                held.points.append({double(v.step), v.loss});
                heldAccuracy.points.append({double(v.step), v.mlmAccuracy});
            }
            m_loss->resetData({train, held});
            m_accuracy->resetData({trainAccuracy, heldAccuracy});
        }
    }

    auto* charts = new QWidget;
    auto* chartsLayout = new QVBoxLayout(charts);
    chartsLayout->setContentsMargins(0, 0, 0, 0);
    chartsLayout->addWidget(m_loss);
    chartsLayout->addWidget(m_accuracy);
    auto* split = new QSplitter;
    split->addWidget(m_card);
    split->addWidget(charts);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
}

} // namespace bertlab::app
