#pragma once

#include "core/remote/remote_host.h"
#include "core/tasks/extraction_runner.h"

#include <QFuture>

#include <atomic>
#include <memory>

namespace bertlab::core {

// The Extract page's files as jobs on a remote host, one after another: each is sent (its input and the
// model, once per host), followed live (texts, texts/s and time left from its event stream, reconnecting
// after a dropped connection), fetched and checked, and its output moved to the file the page asked for.
// Cancel stops the transfer or cancels the job there. The ssh work runs on a thread of its own.
class RemoteExtractionQueue final : public ExtractionRunner {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteExtractionQueue)
public:
    explicit RemoteExtractionQueue(QObject* parent = nullptr);
    ~RemoteExtractionQueue() override; // cancels and waits

    Status start(const RemoteHost& host, const QString& modelFolder, std::vector<ExtractionJobSpec> specs);
    void cancel() override;
    bool isRunning() const override { return m_running; }

private:
    // On the worker thread: one file, start to end; what it reports is posted to this object's thread.
    ExtractionOutcome runOne(const RemoteHost& host, const QString& modelFolder, int index,
                             const ExtractionJobSpec& spec);
    void post(std::function<void()> what);

    std::shared_ptr<std::atomic<bool>> m_stop = std::make_shared<std::atomic<bool>>(false);
    QFuture<void> m_work;
    bool m_running = false;
};

} // namespace bertlab::core
