#pragma once

// What every fuzz target shares: the input written to a file (most readers open paths, as the app does) in a
// private folder that lives as long as the fuzzing process.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

namespace bertlab::fuzz {

inline QByteArray bytesOf(const std::uint8_t* data, std::size_t size) {
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

inline const QDir& scratch() {
    // /dev/shm keeps the many small writes off the disk where it exists.
    static QTemporaryDir dir(QDir(QStringLiteral("/dev/shm")).exists()
                                 ? QStringLiteral("/dev/shm/bertlab-fuzz-XXXXXX")
                                 : QDir::tempPath() + QStringLiteral("/bertlab-fuzz-XXXXXX"));
    static const QDir path(dir.path());
    return path;
}

// Writes `bytes` to `name` in the scratch folder and returns its path.
inline QString writeInput(const QString& name, const QByteArray& bytes) {
    const QString path = scratch().filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath()); // names may hold a folder
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        abort(); // the harness itself failed: not a finding
    return path;
}

} // namespace bertlab::fuzz
