#include "cli_common.h"

#include "core/build_info.h"

#include <QJsonDocument>

namespace bertlab::cli {

int runInfo(const QStringList& args) {
    CommandParser cmd(QStringLiteral("info"),
                      QStringLiteral("Format, config, parameter count and heads of a model."), false, true);
    cmd.process(args);
    const auto bundle = cmd.loadModel();
    writeStdout(QJsonDocument(bundle->summary()).toJson(QJsonDocument::Indented));
    return 0;
}

} // namespace bertlab::cli

namespace bertlab::cli {

int runVersion(const QStringList& args) {
    CommandParser cmd(
        QStringLiteral("version"),
        QStringLiteral("BertLab's version and licence, the libraries it uses with their versions, "
                       "and the instruction set oneDNN uses on this CPU (as About BertLab shows)."),
        false, false);
    cmd.process(args);
    writeStdout(QJsonDocument(core::buildInfo().toJson()).toJson(QJsonDocument::Indented));
    return 0;
}

} // namespace bertlab::cli
