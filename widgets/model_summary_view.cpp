#include "widgets/model_summary_view.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>

namespace bertlab::widgets {

namespace {
struct Field {
    const char* key;
    const char* label;
    const char* tip;
};
const Field fields[] = {
    {"format", QT_TRANSLATE_NOOP("bertlab::widgets::ModelSummaryView", "Format"),
     QT_TRANSLATE_NOOP("bertlab::widgets::ModelSummaryView",
                       "Google TF checkpoint, or Hugging Face safetensors or PyTorch pytorch_model.bin")},
    {"layers", QT_TRANSLATE_NOOP("bertlab::widgets::ModelSummaryView", "Layers"),
     QT_TRANSLATE_NOOP("bertlab::widgets::ModelSummaryView", "Transformer encoder layers")},
    {"hidden", QT_TRANSLATE_NOOP("bertlab::widgets::ModelSummaryView", "Hidden"),
     QT_TRANSLATE_NOOP("bertlab::widgets::ModelSummaryView", "Width of every token's vector")},
    {"heads", QT_TRANSLATE_NOOP("bertlab::widgets::ModelSummaryView", "Heads"),
     QT_TRANSLATE_NOOP("bertlab::widgets::ModelSummaryView", "Heads per layer")},
    {"vocab", QT_TRANSLATE_NOOP("bertlab::widgets::ModelSummaryView", "Vocabulary"),
     QT_TRANSLATE_NOOP("bertlab::widgets::ModelSummaryView", "WordPiece vocabulary size")},
    {"cased", QT_TRANSLATE_NOOP("bertlab::widgets::ModelSummaryView", "Case"),
     QT_TRANSLATE_NOOP("bertlab::widgets::ModelSummaryView",
                       "Cased models keep upper case and accents; uncased ones lower-case the text first")},
    {"parameters", QT_TRANSLATE_NOOP("bertlab::widgets::ModelSummaryView", "Parameters"),
     QT_TRANSLATE_NOOP("bertlab::widgets::ModelSummaryView", "Weights loaded (optimizer slots excluded)")},
    {"outputs", QT_TRANSLATE_NOOP("bertlab::widgets::ModelSummaryView", "Outputs"),
     QT_TRANSLATE_NOOP("bertlab::widgets::ModelSummaryView",
                       "Pooler, masked-LM, next-sentence and classifier heads found in the files")},
};
} // namespace

ModelSummaryView::ModelSummaryView(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this)) {
    // One compact line for the model bar: "Format TF · Layers 12 · …".
    m_layout->setContentsMargins(0, 0, 0, 0);
    for (const auto& f : fields) {
        auto* name = new QLabel(tr(f.label), this);
        name->setForegroundRole(QPalette::PlaceholderText);
        auto* value = new QLabel(this);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        name->setToolTip(tr(f.tip));
        value->setToolTip(tr(f.tip));
        m_layout->addWidget(name);
        m_layout->addWidget(value);
        m_layout->addSpacing(fontMetrics().horizontalAdvance(u'M'));
        m_fields.insert(QString::fromLatin1(f.key), value);
    }
    m_layout->addStretch(1);
    clear();
}

void ModelSummaryView::setSummary(const QJsonObject& summary) {
    const QJsonObject config = summary.value(u"config").toObject();
    const QJsonObject heads = summary.value(u"heads").toObject();
    const QLocale locale;
    QStringList present;
    if (heads.value(u"pooler").toBool())
        present << tr("pooler");
    if (heads.value(u"mlm").toBool())
        present << tr("masked LM");
    if (heads.value(u"nsp").toBool())
        present << tr("next sentence");
    if (heads.value(u"classifier").toBool()) {
        QStringList labels;
        for (const QJsonValue& label : summary.value(u"labels").toArray())
            labels << label.toString();
        present << tr("classifier (labels %1)").arg(labels.join(u", "));
    }
    const QString format = summary.value(u"format").toString();
    m_fields[QStringLiteral("format")]->setText(formatLabel(format));
    m_fields[QStringLiteral("layers")]->setText(QString::number(config.value(u"num_hidden_layers").toInt()));
    m_fields[QStringLiteral("hidden")]->setText(QString::number(config.value(u"hidden_size").toInt()));
    m_fields[QStringLiteral("heads")]->setText(QString::number(config.value(u"num_attention_heads").toInt()));
    m_fields[QStringLiteral("vocab")]->setText(locale.toString(config.value(u"vocab_size").toInt()));
    m_fields[QStringLiteral("cased")]->setText(summary.value(u"cased").toBool() ? tr("cased")
                                                                                : tr("uncased"));
    m_fields[QStringLiteral("parameters")]->setText(
        locale.toString(qint64(summary.value(u"parameters").toDouble())));
    m_fields[QStringLiteral("outputs")]->setText(present.isEmpty() ? tr("none (encoder only)")
                                                                   : present.join(u", "));
}

void ModelSummaryView::clear() {
    for (auto* label : std::as_const(m_fields))
        label->setText(QStringLiteral("—"));
}

QString ModelSummaryView::fieldText(const QString& field) const {
    const QLabel* label = m_fields.value(field);
    return label ? label->text() : QString();
}

QString ModelSummaryView::formatLabel(const QString& format) {
    return format == u"tf-checkpoint" ? tr("TF checkpoint")
           : format == u"safetensors" ? tr("Hugging Face")
           : format == u"pytorch"     ? tr("Hugging Face (PyTorch)")
           : format == u"keras-h5"    ? tr("keras-bert (HDF5)")
                                      : format;
}

} // namespace bertlab::widgets
