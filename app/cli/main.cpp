// bertlab-cli: the engine's features as commands with JSON/CSV output, for scripts and tests.
// The GUI calls the same core functions; this file only dispatches.
#include "cli_common.h"

#include <QCoreApplication>

#include <cstdio>

using namespace bertlab::cli;

namespace {

struct Command {
    const char* name;
    int (*run)(const QStringList&);
    const char* summary;
};

const Command commands[] = {
    {"tokenize", runTokenize, "WordPiece tokens, ids, segments and character spans"},
    {"predict", runPredict, "masked-word candidates and next-sentence probabilities"},
    {"attention", runAttention, "attention probabilities of every layer and head"},
    {"inspect", runInspect, "one intermediate of the forward pass, a row per token (a look inside)"},
    {"classify", runClassify, "label probabilities of a fine-tuned classifier, for a text or a file (CSV)"},
    {"extract", runExtract, "embeddings of text lines (JSONL, CSV or TSV)"},
    {"info", runInfo, "format, config, parameter count and heads of a model"},
    {"train", runTrain, "pretrain (masked LM + NSP) or fine-tune a classifier, with checkpoints"},
    {"convert", runConvert,
     "write a model in another format (safetensors, TF checkpoint) or in half precision"},
    {"bench", runBench, "GEMM ceiling, BERT-base forward, tokenizer and training speed"},
    {"models", runModels, "installed models (list, import, remove) and the download catalog"},
    {"remote", runRemote, "hosts that run jobs over SSH (add, list, check, remove)"},
    {"job", runJob, "training runs on a remote host (submit, list, status, attach, cancel, fetch)"},
    {"version", runVersion, "version, licence, libraries and the CPU instruction set in use"},
    {"download", runDownload, "fetch a file over HTTP(S): resumable, retried, SHA-256 verified"},
};

void printUsage(std::FILE* to) {
    std::fprintf(to, "Usage: bertlab-cli COMMAND [OPTIONS] [--] [ARGS]\n\nCommands:\n");
    for (const auto& c : commands)
        std::fprintf(to, "  %-10s %s\n", c.name, c.summary);
    std::fprintf(to, "\n'bertlab-cli COMMAND --help' describes a command's options.\n");
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bertlab-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BERTLAB_VERSION));

    QStringList args = QCoreApplication::arguments();
    if (args.size() < 2 || args.at(1) == u"--help" || args.at(1) == u"-h" || args.at(1) == u"help") {
        printUsage(args.size() < 2 ? stderr : stdout);
        return args.size() < 2 ? 2 : 0;
    }
    if (args.at(1) == u"--version") {
        std::printf("bertlab-cli %s\n", BERTLAB_VERSION);
        return 0;
    }
    args.removeFirst(); // the program; args[0] is now the command, as QCommandLineParser expects
    for (const auto& c : commands) {
        if (args.at(0) == QLatin1String(c.name)) {
            try {
                return c.run(args);
            } catch (const Failure& failure) {
                std::fprintf(stderr, "bertlab-cli: %s\n",
                             qPrintable(QString(failure.message).replace(u'\n', u' ')));
                return 1;
            } catch (const std::bad_alloc&) {
                std::fprintf(stderr, "bertlab-cli: out of memory\n");
                return 1;
            }
        }
    }
    std::fprintf(stderr, "bertlab-cli: unknown command '%s'\n", qPrintable(args.at(0)));
    printUsage(stderr);
    return 2;
}
