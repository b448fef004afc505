#pragma once

#include "core/io/model_loader.h"
#include "core/tasks/model_bundle.h"
#include "core/tasks/text_source.h"
#include "core/text/tokenizer.h"

#include <QCommandLineParser>
#include <QStringList>

#include <memory>
#include <optional>

namespace bertlab::cli {

// Thrown by commands to end with "bertlab-cli: <message>" on stderr and exit code 1. Caught only in main().
struct Failure {
    QString message;
};

[[noreturn]] void fail(const QString& message);

// Options shared by every command that tokenizes text or runs a model.
struct CommonOptions {
    core::TokenizerChoice tokenizer; // resolve() against the model's own tokenizer
    core::TokenizerOptions tokenizerFor(const core::ModelBundle& model) const {
        return tokenizer.resolve(model.defaultTokenizerOptions());
    }
    int threads = 0;
};

// A parser for one command: adds --help and, when asked, the common options.
class CommandParser final {
public:
    CommandParser(const QString& command, const QString& description, bool tokenizes, bool loadsModel);

    QCommandLineParser& parser() { return m_parser; }
    void addOption(const QCommandLineOption& option) { m_parser.addOption(option); }
    void addPositional(const QString& name, const QString& description, const QString& syntax = {}) {
        m_parser.addPositionalArgument(name, description, syntax);
    }

    // --input-format, --text-column and --second-column, for commands that read texts from a file.
    void addTextSourceOptions();
    // Those options for reading `input` (its kind from the suffix unless --input-format says); fails on a
    // bad value.
    core::TextSourceOptions textSourceOptions(const QString& input) const;

    // Parses args (args[0] is the command name); prints help and exits on --help; fails on bad usage.
    void process(const QStringList& args);

    CommonOptions common() const;
    int intValue(const QString& option, int fallback, int minimum) const;
    QString requiredValue(const QString& option) const;
    // Loads the model named by --model (the demo model without one; see modelDirectory()) and --seq-len,
    // failing with the loader's message.
    std::shared_ptr<const core::ModelBundle> loadModel() const;
    // FIRST [SECOND] positional texts.
    std::pair<QString, QString> texts() const;

private:
    QString m_command;
    QCommandLineParser m_parser;
    bool m_tokenizes, m_loadsModel;
};

// A --model value as a folder: empty or "demo" is the BertLab demo model (fails if it is not installed).
QString modelDirectory(const QString& value);

// Writes bytes to stdout and flushes; fails if stdout is closed.
void writeStdout(const QByteArray& bytes);

int runTokenize(const QStringList& args);
int runPredict(const QStringList& args);
int runAttention(const QStringList& args);
int runInspect(const QStringList& args);
int runExtract(const QStringList& args);
int runClassify(const QStringList& args);
int runInfo(const QStringList& args);
int runBench(const QStringList& args);
int runTrain(const QStringList& args);
int runModels(const QStringList& args);
int runDownload(const QStringList& args);
int runConvert(const QStringList& args);
int runVersion(const QStringList& args);
int runRemote(const QStringList& args);
int runJob(const QStringList& args);

} // namespace bertlab::cli
