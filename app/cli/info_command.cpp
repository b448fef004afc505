#include "cli_common.h"

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
