#include "core/hub/demo_model.h"

#include "core/io/model_loader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace bertlab::core {

QStringList DemoModel::searchPaths() {
    QStringList paths;
    const QString fromEnvironment = qEnvironmentVariable(environmentVariable);
    if (!fromEnvironment.isEmpty())
        paths << fromEnvironment;
    const QString programFolder = QCoreApplication::applicationDirPath();
    if (!programFolder.isEmpty())
        for (const char* relative : {"/../share/bertlab/demo-model", "/../../share/bertlab/demo-model"})
            paths << QDir::cleanPath(programFolder + QLatin1String(relative));
    paths << QStringLiteral(BERTLAB_INSTALLED_DATA_DIR "/demo-model");
    paths.removeDuplicates();
    return paths;
}

QString DemoModel::directory() {
    for (const QString& path : searchPaths())
        if (detectModelFolder(path))
            return QDir(path).absolutePath();
    return {};
}

bool DemoModel::isDemoModel(const QString& path) {
    const QString demo = directory();
    return !demo.isEmpty() && !path.isEmpty() &&
           QFileInfo(path).canonicalFilePath() == QFileInfo(demo).canonicalFilePath();
}

QString DemoModel::samplePath(const QString& name) {
    const QString demo = directory();
    if (demo.isEmpty())
        return {};
    const QString path = QDir::cleanPath(demo + QStringLiteral("/../samples/") + name);
    return QFileInfo(path).isFile() ? path : QString();
}

QString DemoModel::modelCard(const QString& directory) {
    QFile file(QDir(directory).filePath(QStringLiteral("README.md")));
    if (directory.isEmpty() || !file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.read(1 << 20));
}

} // namespace bertlab::core
