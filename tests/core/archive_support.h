#pragma once

// Builds test archives at run time with libarchive's writer: honest ones from a fixture folder and hostile
// ones (path traversal, links, device entries, bombs) that no archiver would make by accident.

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QList>
#include <QRandomGenerator>
#include <QString>

#include <archive.h>
#include <archive_entry.h>

#include <memory>
#include <sys/stat.h>

namespace bertlab::tests {

struct ArchiveItem {
    enum Kind { File, Dir, Symlink, Hardlink, Fifo, CharDevice };
    QByteArray name;
    Kind kind = File;
    QByteArray data;  // File contents
    QByteArray link;  // Symlink / Hardlink target
    qint64 zeros = 0; // File: this many zero bytes after `data` (bombs), written in chunks
    bool declareSize = true;

    static ArchiveItem file(const QByteArray& name, const QByteArray& data) {
        return {name, File, data, {}, 0};
    }
    static ArchiveItem dir(const QByteArray& name) { return {name, Dir, {}, {}, 0}; }
    static ArchiveItem symlink(const QByteArray& name, const QByteArray& to) {
        return {name, Symlink, {}, to, 0};
    }
    static ArchiveItem hardlink(const QByteArray& name, const QByteArray& to) {
        return {name, Hardlink, {}, to, 0};
    }
};

// format: "zip", "tar", "tar.gz", "tar.bz2", "tar.xz". Returns an empty string on success, else the error.
inline QString writeArchive(const QString& path, const QString& format, const QList<ArchiveItem>& items) {
    std::unique_ptr<archive, decltype(&archive_write_free)> a(archive_write_new(), &archive_write_free);
    if (format == u"zip") {
        archive_write_set_format_zip(a.get());
    } else {
        archive_write_set_format_pax_restricted(a.get());
        if (format == u"tar.gz")
            archive_write_add_filter_gzip(a.get());
        else if (format == u"tar.bz2")
            archive_write_add_filter_bzip2(a.get());
        else if (format == u"tar.xz")
            archive_write_add_filter_xz(a.get());
        else if (format != u"tar")
            return QStringLiteral("unknown format ") + format;
    }
    if (archive_write_open_filename(a.get(), QFile::encodeName(path).constData()) != ARCHIVE_OK)
        return QString::fromUtf8(archive_error_string(a.get()));
    for (const ArchiveItem& item : items) {
        std::unique_ptr<archive_entry, decltype(&archive_entry_free)> e(archive_entry_new(),
                                                                        &archive_entry_free);
        archive_entry_set_pathname(e.get(), item.name.constData());
        archive_entry_set_mtime(e.get(), 1600000000, 0);
        switch (item.kind) {
        case ArchiveItem::File:
            archive_entry_set_filetype(e.get(), AE_IFREG);
            archive_entry_set_perm(e.get(), 0644);
            if (item.declareSize)
                archive_entry_set_size(e.get(), item.data.size() + item.zeros);
            break;
        case ArchiveItem::Dir:
            archive_entry_set_filetype(e.get(), AE_IFDIR);
            archive_entry_set_perm(e.get(), 0755);
            break;
        case ArchiveItem::Symlink:
            archive_entry_set_filetype(e.get(), AE_IFLNK);
            archive_entry_set_perm(e.get(), 0777);
            archive_entry_set_symlink(e.get(), item.link.constData());
            break;
        case ArchiveItem::Hardlink:
            archive_entry_set_filetype(e.get(), AE_IFREG);
            archive_entry_set_perm(e.get(), 0644);
            archive_entry_set_hardlink(e.get(), item.link.constData());
            archive_entry_set_size(e.get(), 0);
            break;
        case ArchiveItem::Fifo:
            archive_entry_set_filetype(e.get(), AE_IFIFO);
            archive_entry_set_perm(e.get(), 0644);
            break;
        case ArchiveItem::CharDevice:
            archive_entry_set_filetype(e.get(), AE_IFCHR);
            archive_entry_set_perm(e.get(), 0644);
            archive_entry_set_rdevmajor(e.get(), 1);
            archive_entry_set_rdevminor(e.get(), 3);
            break;
        }
        if (archive_write_header(a.get(), e.get()) < ARCHIVE_WARN)
            return QString::fromUtf8(archive_error_string(a.get()));
        if (item.kind == ArchiveItem::File) {
            if (!item.data.isEmpty() &&
                archive_write_data(a.get(), item.data.constData(), size_t(item.data.size())) < 0)
                return QString::fromUtf8(archive_error_string(a.get()));
            const QByteArray chunk(1 << 20, '\0');
            for (qint64 left = item.zeros; left > 0; left -= chunk.size()) {
                const qint64 n = std::min<qint64>(left, chunk.size());
                if (archive_write_data(a.get(), chunk.constData(), size_t(n)) < 0)
                    return QString::fromUtf8(archive_error_string(a.get()));
            }
        }
    }
    if (archive_write_close(a.get()) != ARCHIVE_OK)
        return QString::fromUtf8(archive_error_string(a.get()));
    return {};
}

// The files of `folder`, named `prefix` + relative path (prefix "tiny_hf/" wraps them in a top folder).
inline QList<ArchiveItem> folderItems(const QString& folder, const QByteArray& prefix) {
    QList<ArchiveItem> items;
    if (!prefix.isEmpty())
        items << ArchiveItem::dir(prefix);
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext())
        files << it.next();
    files.sort();
    for (const QString& path : files) {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        items << ArchiveItem::file(prefix + QDir(folder).relativeFilePath(path).toUtf8(), f.readAll());
    }
    return items;
}

inline QByteArray randomBytes(qsizetype n, quint32 seed) {
    QByteArray out(n, Qt::Uninitialized);
    QRandomGenerator rng(seed);
    rng.fillRange(reinterpret_cast<quint32*>(out.data()), n / 4);
    return out;
}

// Every path under `dir` (files, folders, links; hidden ones too), relative to it, sorted.
inline QStringList treeOf(const QString& dir) {
    QStringList out;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        out << QDir(dir).relativeFilePath(it.next());
    out.sort();
    return out;
}

} // namespace bertlab::tests
