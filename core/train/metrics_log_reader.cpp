#include "core/train/metrics_log_reader.h"

#include "core/translation.h"

#include <QFile>
#include <QHash>

namespace bertlab::core {

namespace {
QString tr(const char* text) {
    return translateCore(text, {"bertlab::core"});
}
} // namespace

Result<TrainingHistory> readMetricsLog(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("%1: cannot read the metrics log: %2").arg(path, file.errorString())};
    const QList<QByteArray> header = file.readLine(64 * 1024).trimmed().split(',');
    QHash<QByteArray, int> column;
    for (int i = 0; i < header.size(); ++i)
        column.insert(header[i], i);
    if (!column.contains("step") || !column.contains("loss"))
        return Error{tr("%1: not a BertLab metrics log (no step and loss columns)").arg(path)};

    TrainingHistory history;
    while (!file.atEnd()) {
        const QList<QByteArray> cells = file.readLine(64 * 1024).trimmed().split(',');
        const auto value = [&](const char* name, double* out) {
            const int i = column.value(name, -1);
            bool ok = false;
            if (i >= 0 && i < cells.size())
                *out = cells[i].toDouble(&ok);
            return ok;
        };
        double step = 0;
        TrainingPoint p;
        if (!value("step", &step) || !value("loss", &p.loss))
            continue;
        p.step = std::int64_t(step);
        value("epoch", &p.epoch);
        value("mlm_loss", &p.mlmLoss);
        value("nsp_loss", &p.nspLoss);
        value("mlm_accuracy", &p.mlmAccuracy);
        value("nsp_accuracy", &p.nspAccuracy);
        value("accuracy", &p.accuracy);
        value("learning_rate", &p.learningRate);
        value("tokens_per_second", &p.tokensPerSecond);
        value("gradient_norm", &p.gradientNorm);
        history.steps.push_back(p);
        ValidationPoint v;
        v.step = p.step;
        if (value("val_loss", &v.loss)) {
            value("val_mlm_accuracy", &v.mlmAccuracy);
            value("val_nsp_accuracy", &v.nspAccuracy);
            value("val_accuracy", &v.accuracy);
            value("val_macro_f1", &v.macroF1);
            history.validations.push_back(v);
        }
    }
    return history;
}

} // namespace bertlab::core
