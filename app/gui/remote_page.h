#pragma once

#include "core/remote/host_check.h"
#include "core/remote/remote_host.h"
#include "core/remote/remote_job.h"
#include "core/train/training_config.h"
#include "page.h"

#include <QFuture>

#include <atomic>
#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace bertlab::widgets {
class MessageBar;
} // namespace bertlab::widgets

namespace bertlab::app {

// Remote hosts and the jobs sent to them (the same registry and job records as `bertlab-cli remote` and
// `bertlab-cli job`): add, remove and check hosts; submit saved run settings to a host; watch a job's curves
// on the Train page (its event stream mirrored here as it arrives), cancel it, fetch its outputs. Every ssh
// call runs on the thread pool, so the window never waits for a network.
class RemotePage final : public Page {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemotePage)
public:
    explicit RemotePage(Workspace* workspace, QWidget* parent = nullptr);
    ~RemotePage() override;

    QString title() const override { return tr("Remote"); }
    QString toolTip() const override;
    bool isBusy() const override { return m_busy > 0; }
    bool usesSharedText() const override { return false; }

    bool addHost(const QString& name, const QString& destination, const QString& workFolder,
                 const QString& sshConfig, const core::SchedulerSettings& scheduler = {},
                 bool replace = false, const core::RuntimeSettings& runtime = {});
    void editSelectedHost(); // its settings into the form, to change and save
    void removeSelectedHost();
    void checkSelectedHost();
    void installCliOnSelectedHost();             // this build's bertlab-cli into its work folder, then Check
    void submitRunSettings(const QString& path); // to the selected host
    // Sends a run to `host` (the Train page's "Run on"), then watches it; done gets the error (empty: it
    // started) on the UI thread. cancelSending() stops the transfer (resumed by the next submission).
    void submitRun(const core::TrainingConfig& config, const QString& host,
                   std::function<void(const QString&)> done = {});
    void cancelSending() { m_cancelSending->store(true); }
    void watchSelectedJob();
    void watchJob(const QString& id);
    void cancelSelectedJob();
    void fetchSelectedJob();
    void refresh(); // re-reads hosts and jobs

    QTableWidget* hostTable() const { return m_hosts; }
    QTableWidget* jobTable() const { return m_jobs; }
    QTreeWidget* checkResults() const { return m_check; }
    QStringList hostNames() const;
    static QString stateText(core::JobStatus::State state); // in the user's language
    static QString itemText(const QString& checkItem);      // a check item's name, translated

Q_SIGNALS:
    // Show this job folder's run (its events.jsonl, followed as it grows) on the Train page.
    void watchRequested(const QString& jobFolder);
    // The host list changed (added, removed, re-read).
    void hostsChanged(const QStringList& names);

private:
    void buildUi();
    void showCheck(const QString& host, const core::HostCheckReport& report);
    QString selectedHost() const;
    QString selectedJob() const;
    // Runs work on the thread pool; done gets its message (empty: success) back on the UI thread.
    void inBackground(const QString& what, std::function<QString()> work,
                      std::function<void(const QString&)> done);
    void updateButtons();

    QTableWidget* m_hosts = nullptr;
    QTableWidget* m_jobs = nullptr;
    QTreeWidget* m_check = nullptr;
    QLineEdit *m_name = nullptr, *m_destination = nullptr, *m_work = nullptr, *m_sshConfig = nullptr;
    QComboBox* m_scheduler = nullptr;
    QLineEdit *m_partition = nullptr, *m_account = nullptr, *m_timeLimit = nullptr, *m_gres = nullptr;
    QComboBox *m_runtime = nullptr, *m_strategy = nullptr;
    QLineEdit *m_python = nullptr, *m_afterFetch = nullptr;
    QPushButton *m_add = nullptr, *m_remove = nullptr, *m_checkButton = nullptr, *m_installCli = nullptr;
    QPushButton *m_submit = nullptr, *m_watch = nullptr, *m_cancel = nullptr, *m_fetch = nullptr;
    QLabel* m_status = nullptr;
    widgets::MessageBar* m_messages = nullptr;
    int m_busy = 0;
    // Followers of watched jobs stop when this turns true (the page closes).
    std::shared_ptr<std::atomic<bool>> m_closing = std::make_shared<std::atomic<bool>>(false);
    QList<QFuture<void>> m_followers;
    std::shared_ptr<std::atomic<bool>> m_cancelSending = std::make_shared<std::atomic<bool>>(false);
};

} // namespace bertlab::app
