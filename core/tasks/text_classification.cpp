#include "core/tasks/text_classification.h"

#include "core/display_format.h"
#include "core/model/token_batch.h"
#include "core/translation.h"

#include <QDir>
#include <QSaveFile>

#include <algorithm>

namespace bertlab::core {

namespace {

QString tr(const char* text) {
    return translateCore(text, {"bertlab::core::TextClassification"});
}

QString noClassifier() {
    return tr("This model has no classifier head: fine-tune one for classification first (Train page, or "
              "bertlab-cli train classify).");
}

QByteArray number(float value) {
    return QByteArray::number(double(value), 'g', 9);
}

} // namespace

Result<std::vector<Classification>> classifyTexts(const BertModel& model, const Tokenizer& tokenizer,
                                                  const std::vector<TextInput>& texts, int maxLength) {
    if (!model.hasClassifier())
        return Error{noClassifier()};
    std::vector<Classification> out;
    if (texts.empty())
        return out;
    const int length =
        maxLength > 0 ? std::min(maxLength, model.maxSequenceLength()) : model.maxSequenceLength();
    TokenBatch batch;
    for (const TextInput& text : texts) {
        const Encoding encoding = tokenizer.encode(text.first, text.second, length);
        batch.add(encoding.ids, encoding.segments);
    }
    ForwardRequest request;
    request.classifier = true;
    auto forward = model.forward(batch, request);
    if (!forward)
        return Error{forward.errorString()};
    const Tensor& p = forward->classifierProbabilities;
    const int labels = int(p.dim(1));
    for (std::int64_t s = 0; s < p.dim(0); ++s) {
        Classification c;
        c.probabilities.assign(p.row(s), p.row(s) + labels);
        c.best =
            int(std::max_element(c.probabilities.begin(), c.probabilities.end()) - c.probabilities.begin());
        out.push_back(std::move(c));
    }
    return out;
}

Result<ClassifyFileSummary> classifyFile(const BertModel& model, const Tokenizer& tokenizer,
                                         TextSource& source, const QString& outputPath,
                                         const ClassifyFileParams& params, const ProgressCallback& progress) {
    const QString shown = QDir::toNativeSeparators(outputPath);
    if (!model.hasClassifier())
        return Error{noClassifier()};
    QSaveFile file(outputPath);
    if (!file.open(QIODevice::WriteOnly))
        return Error{shown + QStringLiteral(": ") + tr("cannot write (%1)").arg(file.errorString())};

    ClassifyFileSummary summary;
    bool headerWritten = false;
    bool pairs = false;
    std::vector<TextInput> texts;
    while (true) {
        texts.clear();
        const bool more = source.next(std::max(params.batchSize, 1), texts, summary.skipped);
        if (!source.errorString().isEmpty())
            return Error{source.errorString()};
        if (!headerWritten && !texts.empty()) {
            // Pairs when the input has a second text (a second column, or a tab in a line).
            pairs = !texts.front().second.isNull();
            QByteArray header = "index";
            for (int column : source.options().keepColumns)
                header += ',' + csvField(source.header().value(column));
            header += pairs ? ",text_a,text_b,label,probability" : ",text,label,probability";
            for (const QString& label : model.labels())
                header += ',' + csvField(QStringLiteral("p_") + label);
            if (file.write(header + '\n') < 0)
                break;
            headerWritten = true;
        }
        auto classified = classifyTexts(model, tokenizer, texts, params.maxLength);
        if (!classified)
            return Error{classified.errorString()};
        QByteArray rows;
        for (std::size_t i = 0; i < texts.size(); ++i) {
            const Classification& c = (*classified)[i];
            rows += QByteArray::number(texts[i].index) + ',';
            for (const QString& kept : texts[i].kept)
                rows += csvField(kept) + ',';
            if (pairs)
                rows += csvField(texts[i].first) + ',' + csvField(texts[i].second);
            else if (!texts[i].second.isNull()) // a pair after single texts: its line as it was
                rows += csvField(texts[i].first + u'\t' + texts[i].second);
            else
                rows += csvField(texts[i].first);
            rows += ',' + csvField(model.labels().value(c.best)) + ',' +
                    number(c.probabilities[std::size_t(c.best)]);
            for (float p : c.probabilities)
                rows += ',' + number(p);
            rows += '\n';
        }
        if (file.write(rows) < 0)
            break;
        summary.rows += qint64(texts.size());
        if (progress && !progress(source.bytesRead(), source.totalBytes())) {
            summary.cancelled = true;
            file.cancelWriting();
            return summary;
        }
        if (!more)
            break;
    }
    if (file.error() != QFileDevice::NoError)
        return Error{shown + QStringLiteral(": ") + tr("cannot write (%1)").arg(file.errorString())};
    if (!headerWritten) {
        // An input without texts: say so rather than leave a file with nothing in it.
        file.cancelWriting();
        return Error{tr("the input has no texts to classify; %1 was not written").arg(shown)};
    }
    if (!file.commit())
        return Error{shown + QStringLiteral(": ") + tr("cannot write (%1)").arg(file.errorString())};
    return summary;
}

} // namespace bertlab::core
