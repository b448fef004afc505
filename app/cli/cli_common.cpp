#include "cli_common.h"

#include "core/hub/demo_model.h"
#include "core/tensor/compute_threads.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace bertlab::cli {

void fail(const QString& message) {
    throw Failure{message};
}

CommandParser::CommandParser(const QString& command, const QString& description, bool tokenizes,
                             bool loadsModel)
    : m_command(command)
    , m_tokenizes(tokenizes)
    , m_loadsModel(loadsModel) {
    m_parser.setApplicationDescription(description);
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addHelpOption();
    if (tokenizes) {
        m_parser.addOption({QStringLiteral("cased"),
                            QStringLiteral("Keep case and accents (default: as the model's tokenizer files "
                                           "say, else cased when the vocabulary is).")});
        m_parser.addOption(
            {QStringLiteral("uncased"), QStringLiteral("Lower-case the text and strip accents.")});
        m_parser.addOption(
            {QStringLiteral("mode"),
             QStringLiteral(
                 "Tokenizer: auto (default: huggingface with the settings of tokenizer_config.json "
                 "or tokenizer.json when the model has them, else google for a TF checkpoint and "
                 "huggingface for a Hugging Face folder), google (Google's tokenization.py), "
                 "huggingface (Hugging Face tokenizers' BertTokenizerFast) or keras-bert "
                 "(keras-bert's Tokenizer, with its per-character fallback)."),
             QStringLiteral("auto|google|huggingface|keras-bert"), QStringLiteral("auto")});
    }
    if (loadsModel) {
        m_parser.addOption(
            {QStringLiteral("model"),
             QStringLiteral("Model folder: a Google TF checkpoint or a Hugging Face folder (default, or "
                            "'demo': the BertLab demo model that ships with BertLab)."),
             QStringLiteral("DIR")});
        m_parser.addOption(
            {QStringLiteral("seq-len"),
             QStringLiteral("Keep only the first N position embeddings (keras-bert's seq_len)."),
             QStringLiteral("N")});
        m_parser.addOption(
            {QStringLiteral("gelu"),
             QStringLiteral("How to compute hidden_act \"gelu\": erf (default, as Hugging Face) or tanh "
                            "(as keras-bert and Google's original TF code)."),
             QStringLiteral("erf|tanh")});
    }
    if (tokenizes || loadsModel)
        m_parser.addOption({QStringLiteral("threads"),
                            QStringLiteral("Compute threads (default: one per core)."), QStringLiteral("N")});
}

void CommandParser::process(const QStringList& args) {
    if (!m_parser.parse(args))
        fail(m_parser.errorText() + QStringLiteral(" (see 'bertlab-cli %1 --help')").arg(m_command));
    if (m_parser.isSet(QStringLiteral("help"))) {
        writeStdout(
            m_parser.helpText()
                .replace(QCoreApplication::applicationFilePath(), QStringLiteral("bertlab-cli ") + m_command)
                .toUtf8());
        std::exit(0);
    }
    if ((m_tokenizes || m_loadsModel) && m_parser.isSet(QStringLiteral("threads")))
        core::setComputeThreads(intValue(QStringLiteral("threads"), 0, 1));
}

CommonOptions CommandParser::common() const {
    CommonOptions options;
    if (m_tokenizes) {
        const bool cased = m_parser.isSet(QStringLiteral("cased"));
        const bool uncased = m_parser.isSet(QStringLiteral("uncased"));
        if (cased && uncased)
            fail(QStringLiteral("--cased and --uncased: choose one"));
        if (cased || uncased)
            options.tokenizer.cased = cased;
        const QString mode = m_parser.value(QStringLiteral("mode"));
        if (mode != u"auto") {
            options.tokenizer.mode = core::tokenizerModeFromName(mode);
            if (!options.tokenizer.mode)
                fail(QStringLiteral("unknown --mode '%1': use auto, google, huggingface or keras-bert")
                         .arg(mode));
        }
    }
    return options;
}

int CommandParser::intValue(const QString& option, int fallback, int minimum) const {
    if (!m_parser.isSet(option))
        return fallback;
    bool ok = false;
    const int value = m_parser.value(option).toInt(&ok);
    if (!ok || value < minimum)
        fail(QStringLiteral("--%1 needs a whole number >= %2, not '%3'")
                 .arg(option)
                 .arg(minimum)
                 .arg(m_parser.value(option)));
    return value;
}

QString CommandParser::requiredValue(const QString& option) const {
    if (!m_parser.isSet(option) || m_parser.value(option).isEmpty())
        fail(QStringLiteral("'%1' needs --%2 (see 'bertlab-cli %1 --help')").arg(m_command, option));
    return m_parser.value(option);
}

std::shared_ptr<const core::ModelBundle> CommandParser::loadModel() const {
    core::BundleOptions options;
    options.load.seqLen = intValue(QStringLiteral("seq-len"), 0, 1);
    if (m_parser.isSet(QStringLiteral("gelu"))) {
        const QString gelu = m_parser.value(QStringLiteral("gelu"));
        if (gelu == u"erf")
            options.activation = core::Activation::GeluErf;
        else if (gelu == u"tanh")
            options.activation = core::Activation::GeluTanh;
        else
            fail(QStringLiteral("--gelu '%1': use erf or tanh").arg(gelu));
    }
    auto bundle = core::ModelBundle::load(modelDirectory(m_parser.value(QStringLiteral("model"))), options);
    if (!bundle)
        fail(bundle.errorString());
    return *bundle;
}

void CommandParser::addTextSourceOptions() {
    addOption(
        {QStringLiteral("input-format"),
         QStringLiteral("lines (one text per line, a tab splits a pair; the default), or csv/tsv with a "
                        "header row (default for .csv/.tsv files)."),
         QStringLiteral("lines|csv|tsv")});
    addOption({QStringLiteral("text-column"),
               QStringLiteral("csv/tsv: the text's column, by name or 0-based number (default 0)."),
               QStringLiteral("COLUMN")});
    addOption({QStringLiteral("second-column"),
               QStringLiteral("csv/tsv: the column of the pair's second text."), QStringLiteral("COLUMN")});
    addOption({QStringLiteral("keep-columns"),
               QStringLiteral("csv/tsv: columns to copy into the output beside the results (an id, a "
                              "label…), by name or 0-based number, comma-separated."),
               QStringLiteral("COL,…")});
}

core::TextSourceOptions CommandParser::textSourceOptions(const QString& input) const {
    core::TextSourceOptions options;
    options.kind = core::TextSourceOptions::kindForFile(input);
    if (m_parser.isSet(QStringLiteral("input-format"))) {
        const QString name = m_parser.value(QStringLiteral("input-format"));
        const auto kind = core::TextSourceOptions::kindFromName(name);
        if (!kind)
            fail(QStringLiteral("--input-format '%1': use lines, csv or tsv").arg(name));
        options.kind = *kind;
    }
    options.textColumnName = m_parser.value(QStringLiteral("text-column"));
    options.secondColumnName = m_parser.value(QStringLiteral("second-column"));
    options.keepColumnNames =
        core::TextSourceOptions::columnList(m_parser.value(QStringLiteral("keep-columns")));
    return options;
}

std::pair<QString, QString> CommandParser::texts() const {
    const QStringList positional = m_parser.positionalArguments();
    if (positional.isEmpty() || positional.size() > 2)
        fail(QStringLiteral("'%1' takes one text or a pair of texts (see 'bertlab-cli %1 --help')")
                 .arg(m_command));
    return {positional.at(0), positional.size() > 1 ? positional.at(1) : QString()};
}

QString modelDirectory(const QString& value) {
    if (!value.isEmpty() && value != u"demo")
        return value;
    const QString demo = core::DemoModel::directory();
    if (demo.isEmpty())
        fail(QStringLiteral("no --model given, and the BertLab demo model is not installed (looked in %1)")
                 .arg(core::DemoModel::searchPaths().join(QStringLiteral(", "))));
    return demo;
}

void writeStdout(const QByteArray& bytes) {
    if (std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout) != std::size_t(bytes.size()) ||
        std::fflush(stdout) != 0)
        fail(QStringLiteral("cannot write to standard output"));
}

} // namespace bertlab::cli
