#pragma once

#include <QJsonObject>
#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace bertlab::widgets {

// One line saying what a loaded model is: format, shape, parameters and which heads it has. Takes the plain
// summary object the engine produces (the same one `bertlab-cli info` prints).
class ModelSummaryView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelSummaryView)
public:
    // "tf-checkpoint" → "TF checkpoint", … as core's modelFormatName() names the formats.
    static QString formatLabel(const QString& format);

    explicit ModelSummaryView(QWidget* parent = nullptr);

    void setSummary(const QJsonObject& summary);
    void clear();
    QString fieldText(const QString& field) const; // for tests

private:
    QHBoxLayout* m_layout;
    QHash<QString, QLabel*> m_fields;
};

} // namespace bertlab::widgets
