#pragma once

// Runs bertlab-cli (BERTLAB_CLI, set by the test's CMake) the way scripts do, for suites that check the CLI
// contract or compare the app with it.

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <optional>

namespace bertlab::tests {

struct CliRun {
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QByteArray out, err;

    bool ok() const { return status == QProcess::NormalExit && exitCode == 0; }
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

struct CliOptions {
    QByteArray input;                  // written to standard input
    std::optional<QString> modelStore; // BERTLAB_MODEL_STORE: unset when empty, inherited when absent
    bool keepServing = false;          // turn this thread's event loop while waiting (a loopback server)
    int timeoutMs = 120000;
};

inline CliRun runCli(const QStringList& args, const CliOptions& options = {}) {
    QProcess process;
    if (options.modelStore) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("BERTLAB_MODEL_STORE"));
        if (!options.modelStore->isEmpty())
            env.insert(QStringLiteral("BERTLAB_MODEL_STORE"), *options.modelStore);
        process.setProcessEnvironment(env);
    }
    process.start(QStringLiteral(BERTLAB_CLI), args);
    if (!process.waitForStarted())
        return {};
    if (!options.input.isEmpty())
        process.write(options.input);
    process.closeWriteChannel();
    bool finished = false;
    if (options.keepServing) {
        QElapsedTimer clock;
        clock.start();
        while (process.state() != QProcess::NotRunning && clock.elapsed() < options.timeoutMs)
            QTest::qWait(10);
        finished = process.state() == QProcess::NotRunning;
    } else {
        finished = process.waitForFinished(options.timeoutMs);
    }
    if (!finished) {
        process.kill();
        process.waitForFinished();
    }
    return {process.exitCode(), process.exitStatus(), process.readAllStandardOutput(),
            process.readAllStandardError()};
}

// A failure is a clean exit with a non-zero code and exactly one line on stderr that mentions `mention`.
inline void verifyCleanFailure(const CliRun& r, const QString& mention) {
    QCOMPARE(r.status, QProcess::NormalExit);
    QVERIFY(r.exitCode != 0);
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.endsWith(u'\n') && err.count(u'\n') == 1, qPrintable(err));
    QVERIFY2(err.contains(mention), qPrintable(err));
}

} // namespace bertlab::tests
