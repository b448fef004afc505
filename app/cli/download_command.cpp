#include "cli_common.h"

#include "core/hub/downloader.h"
#include "core/tasks/json_writer.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

#include <cstdio>
#include <unistd.h>

namespace bertlab::cli {

namespace {

QString humanBytes(double bytes) {
    static const char* units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
    int unit = 0;
    while (bytes >= 1024 && unit < 4) {
        bytes /= 1024;
        ++unit;
    }
    return QString::number(bytes, 'f', unit == 0 ? 0 : 1) + u' ' + QLatin1String(units[unit]);
}

QString progressLine(const core::DownloadProgress& p) {
    QString line = humanBytes(double(p.received));
    if (p.total >= 0)
        line += QStringLiteral(" / %1 (%2%)")
                    .arg(humanBytes(double(p.total)))
                    .arg(p.total > 0 ? 100.0 * double(p.received) / double(p.total) : 100.0, 0, 'f', 1);
    line += QStringLiteral("  %1/s").arg(humanBytes(p.bytesPerSecond));
    if (p.etaSeconds >= 0)
        line += QStringLiteral("  ETA %1:%2")
                    .arg(p.etaSeconds / 60)
                    .arg(p.etaSeconds % 60, 2, 10, QLatin1Char('0'));
    return line;
}

// One status line on stderr, rewritten in place; erased before anything else is printed there.
class ProgressLine final {
public:
    explicit ProgressLine(bool enabled)
        : m_enabled(enabled) {}
    ~ProgressLine() { clear(); }
    void show(const QString& text) {
        if (!m_enabled)
            return;
        const QByteArray bytes = text.toUtf8();
        std::fprintf(stderr, "\r%s%*s", bytes.constData(), std::max(0, m_width - int(bytes.size())), "");
        std::fflush(stderr);
        m_width = std::max(m_width, int(bytes.size()));
    }
    void clear() {
        if (!m_enabled || m_width == 0)
            return;
        std::fprintf(stderr, "\r%*s\r", m_width, "");
        std::fflush(stderr);
        m_width = 0;
    }

private:
    bool m_enabled;
    int m_width = 0;
};

} // namespace

int runDownload(const QStringList& args) {
    CommandParser cmd(
        QStringLiteral("download"),
        QStringLiteral("Download a file over HTTP(S): resumes FILE.part left by an earlier run, "
                       "retries with backoff, verifies the size and SHA-256, and replaces FILE "
                       "only when the new file is complete and verified. Prints a JSON summary."),
        false, false);
    cmd.addPositional(QStringLiteral("url"), QStringLiteral("http:// or https:// URL."),
                      QStringLiteral("URL"));
    cmd.addOption({QStringLiteral("output"), QStringLiteral("File to write."), QStringLiteral("FILE")});
    cmd.addOption({QStringLiteral("sha256"), QStringLiteral("Expected SHA-256 of the file (64 hex digits)."),
                   QStringLiteral("HEX")});
    cmd.addOption({QStringLiteral("retries"),
                   QStringLiteral("Retries after failed attempts in a row (default 4)."),
                   QStringLiteral("N")});
    cmd.addOption({QStringLiteral("timeout"),
                   QStringLiteral("Seconds without data before an attempt fails (default 30)."),
                   QStringLiteral("S")});
    cmd.addOption({QStringLiteral("progress"),
                   QStringLiteral("Show progress on stderr even when it is not a terminal.")});
    cmd.addOption({QStringLiteral("quiet"), QStringLiteral("No progress on stderr.")});
    cmd.process(args);

    const QStringList positional = cmd.parser().positionalArguments();
    if (positional.size() != 1)
        fail(QStringLiteral("'download' takes one URL (see 'bertlab-cli download --help')"));
    const QUrl url(positional.first(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty())
        fail(QStringLiteral("'%1' is not an http:// or https:// URL").arg(positional.first()));

    core::DownloadRequest request;
    request.url = url;
    request.destination = QFileInfo(cmd.requiredValue(QStringLiteral("output"))).absoluteFilePath();
    if (cmd.parser().isSet(QStringLiteral("sha256"))) {
        const QString hex = cmd.parser().value(QStringLiteral("sha256")).trimmed();
        static const QRegularExpression sha(QStringLiteral("^[0-9a-fA-F]{64}$"));
        if (!sha.match(hex).hasMatch())
            fail(QStringLiteral("--sha256 needs 64 hex digits, not '%1'").arg(hex));
        request.sha256 = hex.toLower().toLatin1();
    }

    core::DownloadOptions options;
    options.maxAttempts = cmd.intValue(QStringLiteral("retries"), 4, 0) + 1;
    if (cmd.parser().isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const double seconds = cmd.parser().value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || seconds <= 0)
            fail(QStringLiteral("--timeout needs a number of seconds > 0, not '%1'")
                     .arg(cmd.parser().value(QStringLiteral("timeout"))));
        options.transferTimeoutMs = std::max(1, int(seconds * 1000));
    }

    const bool showProgress = !cmd.parser().isSet(QStringLiteral("quiet")) &&
                              (cmd.parser().isSet(QStringLiteral("progress")) || isatty(fileno(stderr)));
    ProgressLine line(showProgress);
    QElapsedTimer clock;
    clock.start();
    qint64 lastShown = -1000;
    const core::Status status = core::downloadBlocking(
        request,
        [&](const core::DownloadProgress& p) {
            // The engine sends up to ten updates a second; a terminal needs four.
            if (clock.elapsed() - lastShown >= 250 || (p.total >= 0 && p.received == p.total)) {
                lastShown = clock.elapsed();
                line.show(progressLine(p));
            }
            return true;
        },
        options);
    line.clear();
    if (!status)
        fail(status.errorString());

    core::JsonWriter json;
    json.beginObject();
    json.key("file").value(request.destination);
    json.key("bytes").value(QFileInfo(request.destination).size());
    json.key("url").value(url.toDisplayString());
    if (!request.sha256.isEmpty())
        json.key("sha256").value(QString::fromLatin1(request.sha256)); // verified
    json.endObject();
    writeStdout(json.bytes() + '\n');
    return 0;
}

} // namespace bertlab::cli
