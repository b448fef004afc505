#include "core/hub/archive_extractor.h"

#include "core/logging.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentRun>

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <memory>
#include <optional>

namespace bertlab::core {

namespace {

struct ArchiveFree {
    void operator()(archive* a) const { archive_read_free(a); }
};
using ArchivePtr = std::unique_ptr<archive, ArchiveFree>;

QString archiveError(archive* a) {
    const char* message = archive_error_string(a);
    return message ? QString::fromUtf8(message) : QStringLiteral("unknown libarchive error");
}

QString entryPathName(archive_entry* entry) {
    if (const char* utf8 = archive_entry_pathname_utf8(entry))
        return QString::fromUtf8(utf8);
    const char* raw = archive_entry_pathname(entry);
    return raw ? QString::fromLocal8Bit(raw) : QString();
}

QString linkTargetName(const char* utf8, const char* raw) {
    if (utf8)
        return QString::fromUtf8(utf8);
    return raw ? QString::fromLocal8Bit(raw) : QString();
}

// The entry's path relative to the target, or nothing when it would land outside: absolute paths, drive
// letters and UNC names (zips made on Windows), and `..` that climbs above the target. Backslashes count as
// separators so a Windows-made `..\evil` is caught too.
std::optional<QString> containedPath(QString name) {
    name.replace(u'\\', u'/');
    if (name.startsWith(u'/') || (name.size() >= 2 && name.at(1) == u':'))
        return std::nullopt;
    QStringList kept;
    for (const QString& part : name.split(u'/', Qt::SkipEmptyParts)) {
        if (part == u".")
            continue;
        if (part == u"..") {
            if (kept.isEmpty())
                return std::nullopt;
            kept.removeLast();
            continue;
        }
        if (part.contains(QChar(0)))
            return std::nullopt;
        kept << part;
    }
    return kept.join(u'/');
}

const char* specialKind(mode_t type) {
    switch (type) {
    case AE_IFCHR:
        return "a character device";
    case AE_IFBLK:
        return "a block device";
    case AE_IFIFO:
        return "a FIFO";
    case AE_IFSOCK:
        return "a socket";
    default:
        return nullptr;
    }
}

class Extraction final {
public:
    Extraction(const QString& archivePath, const ProgressCallback& progress, const ExtractLimits& limits)
        : m_archivePath(archivePath)
        , m_progress(progress)
        , m_limits(limits) {}

    Result<ExtractStats> run(const QString& targetDir);

private:
    Error refuse(const QString& entry, const QString& reason) const {
        return Error{QStringLiteral("refusing archive %1: entry '%2' %3").arg(m_archivePath, entry, reason)};
    }
    Error corrupt(const QString& entry) const {
        const QString where = entry.isEmpty() ? QString() : QStringLiteral(" (at entry '%1')").arg(entry);
        return Error{
            QStringLiteral("cannot unpack %1%2: %3").arg(m_archivePath, where, archiveError(m_a.get()))};
    }
    Error cancelled() const { return Error{QStringLiteral("unpacking %1 was cancelled").arg(m_archivePath)}; }
    // Zip-bomb guard: the total written so far (or about to be, for declared sizes).
    std::optional<Error> checkVolume(const QString& entry, qint64 total) const;
    // Archive bytes consumed; the seeking zip reader does not count what it skips, so clamp and let the
    // caller report the end explicitly.
    bool reportProgress(qint64 done = -1) const {
        if (!m_progress)
            return true;
        if (done < 0)
            done = std::min<qint64>(archive_filter_bytes(m_a.get(), -1), m_archiveSize);
        return m_progress(done, m_archiveSize);
    }
    Result<Ok> writeFile(archive_entry* entry, const QString& name, const QString& path);

    QString m_archivePath;
    const ProgressCallback& m_progress;
    const ExtractLimits& m_limits;
    ArchivePtr m_a;
    qint64 m_archiveSize = 0;
    ExtractStats m_stats;
};

std::optional<Error> Extraction::checkVolume(const QString& entry, qint64 total) const {
    if (total > m_limits.maxTotalBytes)
        return refuse(entry,
                      QStringLiteral("takes the unpacked size over the limit of %1 bytes; the archive looks "
                                     "like a zip bomb")
                          .arg(m_limits.maxTotalBytes));
    const double ratio = double(total) / double(std::max<qint64>(m_archiveSize, 1));
    if (total > m_limits.ratioGraceBytes && ratio > m_limits.maxRatio)
        return refuse(entry, QStringLiteral("takes the compression ratio over %1:1 (%2 bytes from a %3-byte "
                                            "archive); the archive looks like a zip bomb")
                                 .arg(m_limits.maxRatio)
                                 .arg(total)
                                 .arg(m_archiveSize));
    return std::nullopt;
}

Result<Ok> Extraction::writeFile(archive_entry* entry, const QString& name, const QString& path) {
    if (archive_entry_size_is_set(entry)) {
        // Refuse a declared bomb before writing a byte of it; the bytes actually written are checked below.
        if (auto error = checkVolume(name, m_stats.bytesWritten + archive_entry_size(entry)))
            return *error;
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error{
            QStringLiteral("cannot unpack %1: cannot create the folder for '%2'").arg(m_archivePath, name)};
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error{QStringLiteral("cannot unpack %1: cannot write '%2': %3")
                         .arg(m_archivePath, path, file.errorString())};
    qint64 end = 0; // apparent size so far: sparse holes count, so a sparse bomb is caught too
    for (;;) {
        const void* buffer = nullptr;
        size_t size = 0;
        la_int64_t offset = 0;
        const int r = archive_read_data_block(m_a.get(), &buffer, &size, &offset);
        if (r == ARCHIVE_EOF)
            break;
        if (r < ARCHIVE_WARN)
            return corrupt(name);
        const qint64 blockEnd = qint64(offset) + qint64(size);
        if (blockEnd > end) {
            m_stats.bytesWritten += blockEnd - end;
            end = blockEnd;
        }
        if (auto error = checkVolume(name, m_stats.bytesWritten))
            return *error;
        if ((file.pos() != offset && !file.seek(offset)) ||
            file.write(static_cast<const char*>(buffer), qint64(size)) != qint64(size))
            return Error{QStringLiteral("cannot unpack %1: cannot write '%2': %3")
                             .arg(m_archivePath, path, file.errorString())};
        if (!reportProgress())
            return cancelled();
    }
    if (file.size() < end && !file.resize(end)) // a file that ends in a sparse hole
        return Error{QStringLiteral("cannot unpack %1: cannot write '%2': %3")
                         .arg(m_archivePath, path, file.errorString())};
    file.close();
    if (file.error() != QFileDevice::NoError)
        return Error{QStringLiteral("cannot unpack %1: cannot write '%2': %3")
                         .arg(m_archivePath, path, file.errorString())};
    ++m_stats.files;
    return Ok{};
}

Result<ExtractStats> Extraction::run(const QString& targetDirIn) {
    const QFileInfo archiveInfo(m_archivePath);
    if (!archiveInfo.isFile())
        return Error{QStringLiteral("cannot unpack %1: no such file").arg(m_archivePath)};
    m_archiveSize = archiveInfo.size();

    const QString targetDir = QDir::cleanPath(QDir(targetDirIn).absolutePath());
    const QFileInfo targetInfo(targetDir);
    if (targetInfo.exists() || targetInfo.isSymLink())
        return Error{QStringLiteral("cannot unpack %1: %2 already exists").arg(m_archivePath, targetDir)};
    const QString parent = targetInfo.absolutePath();
    if (!QDir().mkpath(parent))
        return Error{QStringLiteral("cannot unpack %1: cannot create %2").arg(m_archivePath, parent)};

    // Unpack next to the target (same file system, so the final rename is atomic); removed on any failure.
    QTemporaryDir staging(parent + QStringLiteral("/.") + targetInfo.fileName() +
                          QStringLiteral(".unpacking-XXXXXX"));
    if (!staging.isValid())
        return Error{QStringLiteral("cannot unpack %1: cannot create a temporary folder in %2: %3")
                         .arg(m_archivePath, parent, staging.errorString())};
    const QString root = staging.path();

    m_a.reset(archive_read_new());
    // Only the formats a model comes in; no external filter programs.
    archive_read_support_format_zip(m_a.get());
    archive_read_support_format_tar(m_a.get());
    archive_read_support_filter_gzip(m_a.get());
    archive_read_support_filter_bzip2(m_a.get());
    archive_read_support_filter_xz(m_a.get());
    if (archive_read_open_filename(m_a.get(), QFile::encodeName(m_archivePath).constData(), 64 * 1024) !=
        ARCHIVE_OK)
        return corrupt({});

    for (;;) {
        if (!reportProgress())
            return cancelled();
        archive_entry* entry = nullptr;
        const int r = archive_read_next_header(m_a.get(), &entry);
        if (r == ARCHIVE_EOF)
            break;
        if (r < ARCHIVE_WARN)
            return corrupt({});
        if (r == ARCHIVE_WARN)
            qCWarning(lcHub) << m_archivePath << archiveError(m_a.get());

        const QString name = entryPathName(entry);
        if (++m_stats.entries > m_limits.maxEntries)
            return refuse(name, QStringLiteral("is past the limit of %1 entries").arg(m_limits.maxEntries));
        const auto relative = containedPath(name);
        if (!relative)
            return refuse(name,
                          QStringLiteral("escapes the target folder (absolute path, drive letter or '..')"));

        const mode_t type = archive_entry_filetype(entry);
        if (const char* hard = archive_entry_hardlink(entry)) {
            const QString to = linkTargetName(archive_entry_hardlink_utf8(entry), hard);
            if (!containedPath(to))
                return refuse(
                    name,
                    QStringLiteral("is a hard link pointing outside the target folder (to '%1')").arg(to));
            return refuse(name, QStringLiteral("is a hard link (to '%1'); links are never unpacked").arg(to));
        }
        if (type == AE_IFLNK) {
            const QString to =
                linkTargetName(archive_entry_symlink_utf8(entry), archive_entry_symlink(entry));
            const QString dir = QFileInfo(*relative).path();
            const bool inside = !to.startsWith(u'/') && containedPath(dir + u'/' + to).has_value();
            if (!inside)
                return refuse(name,
                              QStringLiteral("is a symbolic link pointing outside the target folder (to "
                                             "'%1')")
                                  .arg(to));
            return refuse(name,
                          QStringLiteral("is a symbolic link (to '%1'); links are never unpacked").arg(to));
        }
        if (const char* kind = specialKind(type))
            return refuse(
                name, QStringLiteral("is %1; only files and folders are unpacked").arg(QLatin1String(kind)));
        if (relative->isEmpty())
            continue; // the archive's own root ("./")
        const QString path = root + u'/' + *relative;
        if (type == AE_IFDIR) {
            if (!QDir().mkpath(path))
                return Error{
                    QStringLiteral("cannot unpack %1: cannot create folder '%2'").arg(m_archivePath, path)};
            continue;
        }
        if (type != AE_IFREG)
            return refuse(name, QStringLiteral("has an unsupported type (%1)").arg(int(type), 0, 8));
        if (auto written = writeFile(entry, name, path); !written)
            return Error{written.errorString()};
    }
    if (m_stats.entries == 0)
        return Error{QStringLiteral("cannot unpack %1: the archive is empty").arg(m_archivePath)};
    if (!reportProgress(m_archiveSize))
        return cancelled();
    m_a.reset();

    if (!QDir().rename(root, targetDir))
        return Error{QStringLiteral("cannot unpack %1: cannot move the unpacked files to %2")
                         .arg(m_archivePath, targetDir)};
    staging.setAutoRemove(false);
    qCDebug(lcHub) << "unpacked" << m_archivePath << "to" << targetDir << m_stats.files << "files"
                   << m_stats.bytesWritten << "bytes";
    return m_stats;
}

} // namespace

Result<ExtractStats> extractArchive(const QString& archivePath, const QString& targetDir,
                                    const ProgressCallback& progress, const ExtractLimits& limits) {
    Extraction extraction(archivePath, progress, limits);
    return extraction.run(targetDir);
}

ArchiveExtractor::ArchiveExtractor(QObject* parent)
    : QObject(parent) {}

ArchiveExtractor::~ArchiveExtractor() {
    cancel();
    wait();
}

bool ArchiveExtractor::start(const QString& archivePath, const QString& targetDir) {
    if (isRunning())
        return false;
    m_stop.store(false);
    m_future = QtConcurrent::run([this, archivePath, targetDir, limits = m_limits] {
        QElapsedTimer sinceLast;
        sinceLast.start();
        qint64 lastDone = -1;
        const ProgressCallback callback = [&](qint64 done, qint64 total) {
            // Throttled at the source: a progress bar needs no more than ten updates a second (plus the
            // first and the one that reaches the end).
            const bool reachedEnd = done >= total && lastDone < total;
            if (lastDone < 0 || reachedEnd || (done != lastDone && sinceLast.elapsed() >= 100)) {
                lastDone = done;
                sinceLast.restart();
                QMetaObject::invokeMethod(
                    this, [this, done, total] { Q_EMIT progress(done, total); }, Qt::QueuedConnection);
            }
            return !m_stop.load();
        };
        auto result = extractArchive(archivePath, targetDir, callback, limits);
        // Signals leave from the extractor's own thread (queued), so receivers never race the worker.
        if (result) {
            QMetaObject::invokeMethod(
                this, [this, targetDir, bytes = result->bytesWritten] { Q_EMIT finished(targetDir, bytes); },
                Qt::QueuedConnection);
        } else {
            QMetaObject::invokeMethod(
                this, [this, message = result.errorString()] { Q_EMIT failed(message); },
                Qt::QueuedConnection);
        }
    });
    return true;
}

} // namespace bertlab::core
