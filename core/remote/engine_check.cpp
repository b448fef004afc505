#include "core/remote/engine_check.h"

#include "core/io/model_loader.h"
#include "core/model/bert_model.h"
#include "core/remote/remote_job.h"
#include "core/tasks/fill_mask.h"
#include "core/text/tokenizer.h"
#include "core/translation.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace bertlab::core {

namespace {
QString tr(const char* text) {
    return translateCore(text, {"bertlab::core::EngineCheck", "bertlab::core"});
}
} // namespace

QJsonObject EngineCheck::toJson() const {
    return {{QStringLiteral("engine"), engine},
            {QStringLiteral("masks"), masks},
            {QStringLiteral("sequences"), sequences},
            {QStringLiteral("values"), values},
            {QStringLiteral("max_difference"), maxDifference},
            {QStringLiteral("same_top_guesses"), sameTopGuesses},
            {QStringLiteral("agrees"), agrees()}};
}

QString EngineCheck::summary() const {
    if (sequences > 0)
        return agrees() ? tr("Cross-engine check passed: BertLab and %1 compute the same features (%2 "
                             "sequences, largest difference %3).")
                              .arg(engine)
                              .arg(sequences)
                              .arg(maxDifference, 0, 'g', 2)
                        : tr("Cross-engine check FAILED: BertLab and %1 compute different features (%2 "
                             "sequences, largest difference %3).")
                              .arg(engine)
                              .arg(sequences)
                              .arg(maxDifference, 0, 'g', 2);
    return agrees() ? tr("Cross-engine check passed: BertLab and %1 give the same predictions on the trained "
                         "model (%2 masks, largest difference in probability %3).")
                          .arg(engine)
                          .arg(masks)
                          .arg(maxDifference, 0, 'g', 2)
                    : tr("Cross-engine check FAILED: BertLab and %1 disagree on the trained model (%2 masks, "
                         "largest difference in probability %3%4).")
                          .arg(engine)
                          .arg(masks)
                          .arg(maxDifference, 0, 'g', 2)
                          .arg(sameTopGuesses ? QString() : tr(", different top guesses"));
}

Result<EngineCheck> checkAgainstEngine(const QString& fetchedFolder) {
    const QString path = fetchedFolder + QStringLiteral("/tf_probe_outputs.json");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("%1: cannot read it: %2").arg(path, file.errorString())};
    QJsonParseError parseError;
    const QJsonObject outputs = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError ||
        outputs.value(u"format").toString() != u"bertlab-tf-probe-outputs")
        return Error{tr("%1: not the runner's probe outputs").arg(path)};
    const QJsonArray probes = outputs.value(u"probes").toArray();
    if (probes.isEmpty())
        return Error{
            tr("the run had no probe sentences, so there is nothing to compare (add a probe sentence "
               "with [MASK] to the run)")};
    const QString modelFolder = LocalJob::modelIn(fetchedFolder);
    if (modelFolder.isEmpty())
        return Error{tr("%1: no model came back").arg(fetchedFolder)};
    auto loaded = loadModel(modelFolder);
    if (!loaded)
        return Error{loaded.errorString()};
    auto tokenizer = Tokenizer::fromVocabFile(loaded->files.vocabPath);
    if (!tokenizer)
        return Error{tokenizer.errorString()};
    const BertModel model(loaded->config, std::move(loaded->weights));
    EngineCheck check;
    check.engine = outputs.value(u"engine").toString();
    FillMaskParams params;
    params.topK = loaded->config.vocabSize; // every probability, to look up the runner's ids
    for (const QJsonValue& value : probes) {
        const QJsonObject probe = value.toObject();
        auto ours = fillMask(model, *tokenizer, probe.value(u"sentence").toString(), {}, params);
        if (!ours)
            return Error{ours.errorString()};
        const QJsonArray masks = probe.value(u"masks").toArray();
        if (qsizetype(ours->masks.size()) != masks.size())
            return Error{tr("“%1”: the engines found a different number of [MASK]s")
                             .arg(probe.value(u"sentence").toString())};
        for (qsizetype m = 0; m < masks.size(); ++m) {
            const MaskPrediction& mine = ours->masks[std::size_t(m)];
            QHash<int, float> probability;
            for (const MaskCandidate& candidate : mine.candidates)
                probability.insert(candidate.id, candidate.probability);
            const QJsonObject theirs = masks[m].toObject();
            const QJsonArray ids = theirs.value(u"ids").toArray();
            const QJsonArray probabilities = theirs.value(u"probabilities").toArray();
            for (qsizetype i = 0; i < ids.size() && i < probabilities.size(); ++i) {
                const double difference =
                    std::abs(double(probability.value(ids[i].toInt(), -1.0f)) - probabilities[i].toDouble());
                check.maxDifference = std::max(check.maxDifference, difference);
                ++check.values;
            }
            // The top guess may differ only where the two are a near tie.
            if (!ids.isEmpty() && !mine.candidates.empty() && mine.candidates.front().id != ids[0].toInt() &&
                std::abs(double(mine.candidates.front().probability) - probabilities[0].toDouble()) >
                    EngineCheck::tolerance)
                check.sameTopGuesses = false;
            ++check.masks;
        }
    }
    return check;
}

} // namespace bertlab::core
