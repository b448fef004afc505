#include "remote_page.h"

#include "askpass_dialog.h"
#include "core/build_info.h"
#include "core/remote/askpass_server.h"
#include "core/remote/cli_installer.h"
#include "core/remote/fetch_and_verify.h"
#include "core/remote/host_registry.h"
#include "core/remote/remote_job.h"
#include "widgets/message_bar.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QThread>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace bertlab::app {

namespace {

QTableWidget* table(const QStringList& headers, QWidget* parent) {
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QString levelText(core::HostCheckItem::Level level) {
    switch (level) {
    case core::HostCheckItem::Level::Ok:
        return RemotePage::tr("ok");
    case core::HostCheckItem::Level::Info:
        return RemotePage::tr("info");
    case core::HostCheckItem::Level::Warning:
        return RemotePage::tr("warning");
    case core::HostCheckItem::Level::Missing:
        return RemotePage::tr("missing");
    }
    return {};
}

} // namespace

RemotePage::RemotePage(Workspace* workspace, QWidget* parent)
    : Page(workspace, parent) {
    buildUi();
    refresh();
}

RemotePage::~RemotePage() {
    m_closing->store(true);
    for (QFuture<void>& follower : m_followers)
        follower.waitForFinished();
}

QString RemotePage::toolTip() const {
    return tr("Hosts reached over SSH, and the training runs sent to them");
}

void RemotePage::buildUi() {
    auto* layout = new QVBoxLayout(this);
    m_messages = new widgets::MessageBar(this);
    layout->addWidget(m_messages);

    auto* hostsBox = new QGroupBox(tr("Hosts"), this);
    auto* hostsLayout = new QVBoxLayout(hostsBox);
    m_hosts =
        table({tr("Name"), tr("Destination"), tr("Scheduler"), tr("Runtime"), tr("Work folder")}, hostsBox);
    m_hosts->setToolTip(
        tr("Machines BertLab reaches with your system ssh: your SSH config, agent and known_hosts "
           "apply"));
    // Room for a few hosts before it scrolls.
    m_hosts->setMinimumHeight(m_hosts->horizontalHeader()->sizeHint().height() +
                              4 * m_hosts->verticalHeader()->defaultSectionSize() + 4);
    hostsLayout->addWidget(m_hosts);
    auto* form = new QHBoxLayout;
    m_name = new QLineEdit(hostsBox);
    m_name->setPlaceholderText(tr("name, e.g. gpu"));
    m_destination = new QLineEdit(hostsBox);
    m_destination->setPlaceholderText(tr("Host alias or user@host[:port]"));
    m_work = new QLineEdit(hostsBox);
    m_work->setPlaceholderText(tr("work folder (default ~/bertlab)"));
    m_sshConfig = new QLineEdit(hostsBox);
    m_sshConfig->setPlaceholderText(tr("SSH config file (default ~/.ssh/config)"));
    m_add = new QPushButton(tr("&Add Host"), hostsBox);
    for (QWidget* w : std::initializer_list<QWidget*>{m_name, m_destination, m_work, m_sshConfig, m_add})
        form->addWidget(w, w == m_add ? 0 : 1);
    hostsLayout->addLayout(form);
    // How jobs start there: directly, or through Slurm with its options (empty: the cluster's defaults).
    auto* schedulerRow = new QHBoxLayout;
    m_scheduler = new QComboBox(hostsBox);
    m_scheduler->addItem(tr("Direct (a detached process)"), int(core::SchedulerSettings::Kind::Direct));
    m_scheduler->addItem(tr("Slurm (sbatch)"), int(core::SchedulerSettings::Kind::Slurm));
    m_scheduler->setToolTip(
        tr("How jobs start on the host: as a detached process, or queued with Slurm's sbatch"));
    auto* schedulerLabel = new QLabel(tr("Sc&heduler:"), hostsBox);
    schedulerLabel->setBuddy(m_scheduler);
    schedulerRow->addWidget(schedulerLabel);
    schedulerRow->addWidget(m_scheduler);
    const auto slurmField = [&](QLineEdit*& edit, const QString& placeholder, const QString& tip) {
        edit = new QLineEdit(hostsBox);
        edit->setPlaceholderText(placeholder);
        edit->setToolTip(tip);
        schedulerRow->addWidget(edit, 1);
    };
    slurmField(m_partition, tr("partition"), tr("Slurm partition (sbatch --partition); empty: the default"));
    slurmField(m_account, tr("account"), tr("Slurm account (sbatch --account)"));
    slurmField(m_timeLimit, tr("time limit, e.g. 4:00:00"),
               tr("Slurm time limit (sbatch --time); the run saves a checkpoint two minutes before it"));
    slurmField(m_gres, tr("gres, e.g. gpu:1"), tr("Slurm generic resources (sbatch --gres)"));
    const auto slurmShown = [this] {
        const bool slurm = m_scheduler->currentData().toInt() == int(core::SchedulerSettings::Kind::Slurm);
        for (QLineEdit* e : {m_partition, m_account, m_timeLimit, m_gres})
            e->setEnabled(slurm);
    };
    connect(m_scheduler, &QComboBox::currentIndexChanged, this, slurmShown);
    slurmShown();
    hostsLayout->addLayout(schedulerRow);
    // What trains there: BertLab's engine, or TensorFlow (TPU VMs, GPU hosts) with its Python and strategy.
    auto* runtimeRow = new QHBoxLayout;
    m_runtime = new QComboBox(hostsBox);
    m_runtime->addItem(tr("BertLab engine (bertlab-cli)"), QStringLiteral("bertlab"));
    m_runtime->addItem(tr("TensorFlow (TPU, GPU or CPU)"), QStringLiteral("tensorflow"));
    m_runtime->setToolTip(
        tr("What runs training jobs there: bertlab-cli, or BertLab's TensorFlow runner for a "
           "TPU VM or a GPU host (extraction jobs always use bertlab-cli)"));
    auto* runtimeLabel = new QLabel(tr("R&untime:"), hostsBox);
    runtimeLabel->setBuddy(m_runtime);
    runtimeRow->addWidget(runtimeLabel);
    runtimeRow->addWidget(m_runtime);
    m_python = new QLineEdit(hostsBox);
    m_python->setPlaceholderText(tr("Python with TensorFlow (default python3)"));
    m_python->setToolTip(tr("The Python there that has TensorFlow, e.g. ~/tf/bin/python3"));
    runtimeRow->addWidget(m_python, 1);
    m_strategy = new QComboBox(hostsBox);
    m_strategy->addItem(tr("auto: TPU, else GPUs, else CPU"), QStringLiteral("auto"));
    m_strategy->addItem(tr("TPU"), QStringLiteral("tpu"));
    m_strategy->addItem(tr("GPU"), QStringLiteral("gpu"));
    m_strategy->addItem(tr("CPU"), QStringLiteral("cpu"));
    m_strategy->setToolTip(
        tr("Where TensorFlow trains: TPUStrategy, MirroredStrategy over the GPUs, or the CPU"));
    runtimeRow->addWidget(m_strategy);
    m_afterFetch = new QLineEdit(hostsBox);
    m_afterFetch->setPlaceholderText(tr("after fetch, run here (optional)"));
    m_afterFetch->setToolTip(
        tr("A command run on this computer once a job's results came back and passed their checks, e.g. "
           "gcloud compute tpus tpu-vm stop NAME --zone ZONE, as an idle TPU VM costs money. Never run "
           "through a shell; BERTLAB_JOB_ID and BERTLAB_HOST are set for it."));
    runtimeRow->addWidget(m_afterFetch, 2);
    const auto runtimeShown = [this] {
        const bool tensorflow = m_runtime->currentData().toString() == u"tensorflow";
        m_python->setEnabled(tensorflow);
        m_strategy->setEnabled(tensorflow);
    };
    connect(m_runtime, &QComboBox::currentIndexChanged, this, runtimeShown);
    runtimeShown();
    hostsLayout->addLayout(runtimeRow);
    auto* hostButtons = new QHBoxLayout;
    m_checkButton = new QPushButton(tr("&Check"), hostsBox);
    m_checkButton->setToolTip(
        tr("Connect and report system, cores, memory, free disk, GPUs/TPUs, bertlab-cli and "
           "Slurm, each ok or missing with how to fix it"));
    m_installCli = new QPushButton(tr("&Install bertlab-cli There"), hostsBox);
    m_installCli->setToolTip(tr("Put this build's bertlab-cli into the host's work folder (no root needed; "
                                "the host must run the same OS release and architecture), then check again"));
    m_remove = new QPushButton(tr("Remove Host"), hostsBox);
    m_remove->setToolTip(tr("Forget the host (nothing on it is touched)"));
    hostButtons->addWidget(m_checkButton);
    hostButtons->addWidget(m_installCli);
    hostButtons->addWidget(m_remove);
    hostButtons->addStretch();
    hostsLayout->addLayout(hostButtons);
    m_check = new QTreeWidget(hostsBox);
    m_check->setHeaderLabels({tr("Item"), tr("State"), tr("Found"), tr("How to fix")});
    m_check->setRootIsDecorated(false);
    m_check->setWordWrap(true);
    hostsLayout->addWidget(m_check);
    layout->addWidget(hostsBox, 3);

    auto* jobsBox = new QGroupBox(tr("Jobs"), this);
    auto* jobsLayout = new QVBoxLayout(jobsBox);
    m_jobs = table({tr("Job"), tr("Host"), tr("State")}, jobsBox);
    jobsLayout->addWidget(m_jobs);
    auto* jobButtons = new QHBoxLayout;
    m_submit = new QPushButton(tr("&Submit Run Settings…"), jobsBox);
    m_submit->setToolTip(
        tr("Send run settings saved on the Train page (Save Settings) to the selected host and "
           "start them there"));
    m_watch = new QPushButton(tr("&Watch in Train"), jobsBox);
    m_watch->setToolTip(tr("Follow the job's curves, probes and log on the Train page"));
    m_cancel = new QPushButton(tr("Cancel Job"), jobsBox);
    m_cancel->setToolTip(tr("Stop the job: it saves a checkpoint first, and is forced after 30 s"));
    m_fetch = new QPushButton(tr("&Fetch Outputs"), jobsBox);
    m_fetch->setToolTip(tr("Copy the finished job's weights, metrics and events here, each SHA-256 checked"));
    auto* refreshButton = new QPushButton(tr("&Refresh"), jobsBox);
    for (QPushButton* b : {m_submit, m_watch, m_cancel, m_fetch, refreshButton})
        jobButtons->addWidget(b);
    jobButtons->addStretch();
    jobsLayout->addLayout(jobButtons);
    m_status = new QLabel(jobsBox);
    m_status->setWordWrap(true);
    jobsLayout->addWidget(m_status);
    layout->addWidget(jobsBox, 2);

    connect(m_add, &QPushButton::clicked, this, [this] {
        core::SchedulerSettings scheduler;
        scheduler.kind = core::SchedulerSettings::Kind(m_scheduler->currentData().toInt());
        if (scheduler.kind == core::SchedulerSettings::Kind::Slurm) {
            scheduler.partition = m_partition->text().trimmed();
            scheduler.account = m_account->text().trimmed();
            scheduler.timeLimit = m_timeLimit->text().trimmed();
            scheduler.gres = m_gres->text().trimmed();
        }
        bool replace = false;
        if (core::HostRegistry().find(m_name->text().trimmed())) {
            if (QMessageBox::question(this, tr("Replace Host?"),
                                      tr("A host named %1 exists. Replace its settings with these?")
                                          .arg(m_name->text().trimmed())) != QMessageBox::Yes)
                return;
            replace = true;
        }
        core::RuntimeSettings runtime;
        runtime.kind = m_runtime->currentData().toString();
        if (!m_python->text().trimmed().isEmpty())
            runtime.python = m_python->text().trimmed();
        runtime.strategy = m_strategy->currentData().toString();
        runtime.afterFetch = m_afterFetch->text().trimmed();
        addHost(m_name->text(), m_destination->text(), m_work->text(), m_sshConfig->text(), scheduler,
                replace, runtime);
    });
    // Editing: a host's settings back into the form (Add then replaces it, after asking).
    connect(m_hosts, &QTableWidget::itemDoubleClicked, this, &RemotePage::editSelectedHost);
    connect(m_remove, &QPushButton::clicked, this, &RemotePage::removeSelectedHost);
    connect(m_checkButton, &QPushButton::clicked, this, &RemotePage::checkSelectedHost);
    connect(m_submit, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Submit Run Settings"), {}, tr("Run settings (*.json)"));
        if (!path.isEmpty())
            submitRunSettings(path);
    });
    connect(m_watch, &QPushButton::clicked, this, &RemotePage::watchSelectedJob);
    connect(m_installCli, &QPushButton::clicked, this, &RemotePage::installCliOnSelectedHost);
    connect(m_cancel, &QPushButton::clicked, this, &RemotePage::cancelSelectedJob);
    connect(m_fetch, &QPushButton::clicked, this, &RemotePage::fetchSelectedJob);
    connect(refreshButton, &QPushButton::clicked, this, &RemotePage::refresh);
    connect(m_hosts, &QTableWidget::itemSelectionChanged, this, &RemotePage::updateButtons);
    connect(m_jobs, &QTableWidget::itemSelectionChanged, this, &RemotePage::updateButtons);
}

void RemotePage::updateButtons() {
    const bool host = !selectedHost().isEmpty(), job = !selectedJob().isEmpty();
    m_checkButton->setEnabled(host);
    m_installCli->setEnabled(host);
    m_remove->setEnabled(host);
    m_submit->setEnabled(host);
    m_submit->setToolTip(
        host ? tr("Send run settings saved on the Train page to %1 and start them there").arg(selectedHost())
             : tr("Select a host first"));
    for (QPushButton* b : {m_watch, m_cancel, m_fetch})
        b->setEnabled(job);
}

QString RemotePage::selectedHost() const {
    const auto rows = m_hosts->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_hosts->item(rows.first().row(), 0)->text();
}

QString RemotePage::selectedJob() const {
    const auto rows = m_jobs->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_jobs->item(rows.first().row(), 0)->text();
}

void RemotePage::refresh() {
    const QString host = selectedHost(), job = selectedJob();
    m_hosts->setRowCount(0);
    const auto hosts = core::HostRegistry().list();
    if (!hosts)
        m_messages->showMessage(hosts.errorString(), widgets::MessageBar::Kind::Error);
    for (const core::RemoteHost& h : hosts ? *hosts : QList<core::RemoteHost>{}) {
        const int row = m_hosts->rowCount();
        m_hosts->insertRow(row);
        const QString dest = h.port ? QStringLiteral("%1:%2").arg(h.destination).arg(h.port) : h.destination;
        const QString runtime = h.runtime.isTensorFlow()
                                    ? tr("TensorFlow (%1, %2)").arg(h.runtime.strategy, h.runtime.python)
                                    : tr("BertLab");
        const QStringList cells{h.name, dest, core::SchedulerSettings::kindName(h.scheduler.kind), runtime,
                                h.workFolder};
        for (int c = 0; c < cells.size(); ++c)
            m_hosts->setItem(row, c, new QTableWidgetItem(cells.at(c)));
        if (h.name == host)
            m_hosts->selectRow(row);
    }
    m_jobs->setRowCount(0);
    const auto jobs = core::LocalJob::list();
    for (const core::LocalJob& j : jobs ? *jobs : QList<core::LocalJob>{}) {
        const int row = m_jobs->rowCount();
        m_jobs->insertRow(row);
        m_jobs->setItem(row, 0, new QTableWidgetItem(j.id));
        m_jobs->setItem(row, 1, new QTableWidgetItem(j.host));
        m_jobs->setItem(row, 2, new QTableWidgetItem(QString()));
        if (j.id == job)
            m_jobs->selectRow(row);
    }
    if (m_hosts->selectionModel()->selectedRows().isEmpty() && m_hosts->rowCount() > 0)
        m_hosts->selectRow(0);
    m_hosts->resizeColumnsToContents();
    m_jobs->resizeColumnsToContents();
    Q_EMIT hostsChanged(hostNames());
    m_status->setText(
        m_hosts->rowCount() == 0 ? tr("Add a host above to send training runs to it.")
        : m_jobs->rowCount() == 0
            ? tr("No jobs yet: pick a host in Run on (Train or Extract page), or Submit Run Settings… here.")
            : QString());
    updateButtons();
    // The states of the newest jobs, from their hosts (one host that does not answer marks its jobs, once).
    QList<core::LocalJob> recent = jobs ? *jobs : QList<core::LocalJob>{};
    if (recent.size() > 30)
        recent = recent.mid(recent.size() - 30);
    if (recent.isEmpty())
        return;
    for (int row = 0; row < m_jobs->rowCount(); ++row)
        m_jobs->item(row, 2)->setText(tr("asking…"));
    auto states = std::make_shared<QHash<QString, QString>>();
    inBackground(
        tr("Asking the hosts for the state of %n job(s)…", "", int(recent.size())),
        [recent, states]() -> QString {
            QHash<QString, QString> unreachable; // host → why
            for (const core::LocalJob& j : recent) {
                if (unreachable.contains(j.host)) {
                    states->insert(j.id, unreachable.value(j.host));
                    continue;
                }
                const auto host = core::HostRegistry().find(j.host);
                const auto status = host ? core::RemoteJobs(*host).status(j.id)
                                         : core::Result<core::JobStatus>(core::Error{host.errorString()});
                if (status)
                    states->insert(j.id, stateText(status->state));
                else
                    states->insert(j.id, unreachable[j.host] = tr("unknown: %1").arg(status.errorString()));
            }
            return {};
        },
        [this, states](const QString&) {
            for (int row = 0; row < m_jobs->rowCount(); ++row) {
                const QString id = m_jobs->item(row, 0)->text();
                QTableWidgetItem* cell = m_jobs->item(row, 2);
                cell->setText(states->value(id, tr("not asked (older)")));
                cell->setToolTip(cell->text());
            }
            m_jobs->resizeColumnToContents(2);
        });
}

QString RemotePage::itemText(const QString& name) {
    // The check's item names are the same in every language in its JSON; shown, they are translated.
    static const QHash<QString, const char*> names{{QStringLiteral("connection"), QT_TR_NOOP("connection")},
                                                   {QStringLiteral("system"), QT_TR_NOOP("system")},
                                                   {QStringLiteral("cores"), QT_TR_NOOP("cores")},
                                                   {QStringLiteral("memory"), QT_TR_NOOP("memory")},
                                                   {QStringLiteral("work folder"), QT_TR_NOOP("work folder")},
                                                   {QStringLiteral("free disk"), QT_TR_NOOP("free disk")},
                                                   {QStringLiteral("GPUs"), QT_TR_NOOP("GPUs")},
                                                   {QStringLiteral("TPU devices"), QT_TR_NOOP("TPU devices")},
                                                   {QStringLiteral("bertlab-cli"), QT_TR_NOOP("bertlab-cli")},
                                                   {QStringLiteral("Slurm"), QT_TR_NOOP("Slurm")}};
    const char* text = names.value(name);
    return text ? tr(text) : name;
}

QString RemotePage::stateText(core::JobStatus::State state) {
    using State = core::JobStatus::State;
    switch (state) {
    case State::Queued:
        return tr("queued");
    case State::Running:
        return tr("running");
    case State::Stalled:
        return tr("stalled (alive, no heartbeat)");
    case State::Succeeded:
        return tr("succeeded");
    case State::Failed:
        return tr("failed");
    case State::Cancelled:
        return tr("cancelled");
    case State::Lost:
        return tr("lost (gone without an exit code)");
    }
    return {};
}

bool RemotePage::addHost(const QString& name, const QString& destination, const QString& workFolder,
                         const QString& sshConfig, const core::SchedulerSettings& scheduler, bool replace,
                         const core::RuntimeSettings& runtime) {
    auto host = core::RemoteHost::withDestination(name.trimmed(), destination.trimmed());
    if (host && !workFolder.trimmed().isEmpty())
        host->workFolder = workFolder.trimmed();
    if (host) {
        host->sshConfig = sshConfig.trimmed();
        host->scheduler = scheduler;
        host->runtime = runtime;
    }
    const core::Status added =
        host ? core::HostRegistry().add(*host, replace) : core::Status(core::Error{host.errorString()});
    if (!added) {
        m_messages->showMessage(added.errorString(), widgets::MessageBar::Kind::Error);
        return false;
    }
    m_messages->showMessage(tr("Added %1. Select it and press Check to see what it has.").arg(host->name));
    for (QLineEdit* e : {m_name, m_destination, m_work, m_sshConfig, m_partition, m_account, m_timeLimit,
                         m_gres, m_python, m_afterFetch})
        e->clear();
    m_scheduler->setCurrentIndex(0);
    m_runtime->setCurrentIndex(0);
    m_strategy->setCurrentIndex(0);
    m_add->setText(tr("&Add Host"));
    refresh();
    const auto found = m_hosts->findItems(host->name, Qt::MatchExactly);
    if (!found.isEmpty())
        m_hosts->selectRow(found.first()->row());
    return true;
}

void RemotePage::editSelectedHost() {
    const auto host = core::HostRegistry().find(selectedHost());
    if (!host)
        return;
    m_name->setText(host->name);
    m_destination->setText(host->port ? QStringLiteral("%1:%2").arg(host->destination).arg(host->port)
                                      : host->destination);
    m_work->setText(host->workFolder);
    m_sshConfig->setText(host->sshConfig);
    m_scheduler->setCurrentIndex(std::max(0, m_scheduler->findData(int(host->scheduler.kind))));
    m_partition->setText(host->scheduler.partition);
    m_account->setText(host->scheduler.account);
    m_timeLimit->setText(host->scheduler.timeLimit);
    m_gres->setText(host->scheduler.gres);
    m_runtime->setCurrentIndex(std::max(0, m_runtime->findData(host->runtime.kind)));
    m_python->setText(host->runtime.isTensorFlow() ? host->runtime.python : QString());
    m_strategy->setCurrentIndex(std::max(0, m_strategy->findData(host->runtime.strategy)));
    m_afterFetch->setText(host->runtime.afterFetch);
    m_add->setText(tr("S&ave Host"));
    m_messages->showMessage(tr("Editing %1: change the settings, then Save Host.").arg(host->name));
}

void RemotePage::removeSelectedHost() {
    const QString name = selectedHost();
    if (name.isEmpty())
        return;
    if (const core::Status removed = core::HostRegistry().remove(name); !removed)
        m_messages->showMessage(removed.errorString(), widgets::MessageBar::Kind::Error);
    else
        m_messages->showMessage(tr("Removed %1.").arg(name));
    refresh();
}

// This installation's bertlab-cli: beside the app (installed), in the build tree's cli folder, or on PATH.
static QString localCli() {
    const QString found =
        programBesideApp(QStringLiteral("bertlab-cli"), {QStringLiteral("."), QStringLiteral("../cli")});
    return found.isEmpty() ? QStandardPaths::findExecutable(QStringLiteral("bertlab-cli")) : found;
}

void RemotePage::installCliOnSelectedHost() {
    const auto host = core::HostRegistry().find(selectedHost());
    if (!host) {
        m_messages->showMessage(host.errorString(), widgets::MessageBar::Kind::Error);
        return;
    }
    const QString cli = localCli();
    if (cli.isEmpty()) {
        m_messages->showMessage(tr("This installation has no bertlab-cli to send."),
                                widgets::MessageBar::Kind::Error);
        return;
    }
    inBackground(
        tr("Putting bertlab-cli on %1…").arg(host->name),
        [h = *host, cli]() -> QString {
            const auto version = core::installCliOnHost(h, cli);
            return version ? QString() : version.errorString();
        },
        [this, name = host->name](const QString& error) {
            if (error.isEmpty())
                checkSelectedHost();
        });
}

void RemotePage::checkSelectedHost() {
    const auto host = core::HostRegistry().find(selectedHost());
    if (!host) {
        m_messages->showMessage(host.errorString(), widgets::MessageBar::Kind::Error);
        return;
    }
    auto report = std::make_shared<core::HostCheckReport>();
    const QString version = core::buildInfo().version;
    m_check->clear();
    inBackground(
        tr("Checking %1…").arg(host->name),
        // Asked in a dialog when the window can (a first-contact host key, a passphrase).
        [h = *host, report, version,
         prompts =
             core::AskpassServer::active() ? core::SshPrompts::Allow : core::SshPrompts::Never]() -> QString {
            *report = core::checkHost(h, version, prompts, 5 * 60 * 1000);
            return {};
        },
        [this, name = host->name, report](const QString&) { showCheck(name, *report); });
}

void RemotePage::showCheck(const QString& host, const core::HostCheckReport& report) {
    m_check->clear();
    if (!report.connected) {
        m_messages->showMessage(report.error, widgets::MessageBar::Kind::Error);
        return;
    }
    for (const core::HostCheckItem& i : report.items) {
        auto* row = new QTreeWidgetItem(m_check, {itemText(i.name), levelText(i.level), i.value, i.fix});
        row->setToolTip(3, i.fix);
        if (i.level == core::HostCheckItem::Level::Missing || i.level == core::HostCheckItem::Level::Warning)
            row->setForeground(1, palette().color(QPalette::Link));
    }
    for (int c = 0; c < 3; ++c)
        m_check->resizeColumnToContents(c);
    m_messages->showMessage(
        report.usable() ? tr("%1 is ready for jobs.").arg(host)
                        : tr("%1 is reachable, but something is missing (see How to fix).").arg(host),
        report.usable() ? widgets::MessageBar::Kind::Information : widgets::MessageBar::Kind::Error);
}

QStringList RemotePage::hostNames() const {
    QStringList names;
    for (int row = 0; row < m_hosts->rowCount(); ++row)
        names << m_hosts->item(row, 0)->text();
    return names;
}

void RemotePage::submitRunSettings(const QString& path) {
    const auto host = core::HostRegistry().find(selectedHost());
    if (!host) {
        m_messages->showMessage(host.errorString(), widgets::MessageBar::Kind::Error);
        return;
    }
    auto id = std::make_shared<QString>();
    inBackground(
        tr("Sending %1 to %2…").arg(QFileInfo(path).fileName(), host->name),
        [h = *host, path, id]() -> QString {
            const auto config = core::TrainingConfig::load(path);
            if (!config)
                return config.errorString();
            const auto bundle = core::JobBundle::forTraining(*config, h);
            if (!bundle)
                return bundle.errorString();
            const auto job = core::RemoteJobs(h).submit(*bundle);
            if (!job)
                return job.errorString();
            *id = job->id;
            return {};
        },
        [this, id](const QString& error) {
            if (!error.isEmpty())
                return;
            m_messages->showMessage(tr("Started job %1. Watch in Train shows its curves.").arg(*id));
            refresh();
            const auto found = m_jobs->findItems(*id, Qt::MatchExactly);
            if (!found.isEmpty())
                m_jobs->selectRow(found.first()->row());
        });
}

void RemotePage::submitRun(const core::TrainingConfig& config, const QString& hostName,
                           std::function<void(const QString&)> done) {
    const auto host = core::HostRegistry().find(hostName);
    if (!host) {
        if (done)
            done(host.errorString());
        return;
    }
    m_cancelSending->store(false);
    auto id = std::make_shared<QString>();
    inBackground(
        tr("Sending the run to %1…").arg(host->name),
        [h = *host, config, id, cancel = m_cancelSending]() -> QString {
            // A TensorFlow host's run is exported first; Stop stops that too.
            const auto bundle = core::JobBundle::forTraining(
                config, h, [cancel](const QString&, qint64, qint64) { return !cancel->load(); });
            if (!bundle)
                return bundle.errorString();
            const auto job = core::RemoteJobs(h).submit(*bundle, [cancel] { return !cancel->load(); });
            if (!job)
                return job.errorString();
            *id = job->id;
            return {};
        },
        [this, id, done = std::move(done)](const QString& error) {
            if (done)
                done(error);
            if (!error.isEmpty())
                return;
            refresh();
            watchJob(*id);
        });
}

void RemotePage::watchSelectedJob() {
    watchJob(selectedJob());
}

void RemotePage::watchJob(const QString& id) {
    const auto job = core::LocalJob::find(id);
    const auto host = job ? core::HostRegistry().find(job->host)
                          : core::Result<core::RemoteHost>(core::Error{job.errorString()});
    if (!host) {
        m_messages->showMessage(host.errorString(), widgets::MessageBar::Kind::Error);
        return;
    }
    // The follower mirrors the remote stream into the job folder; the Train page follows that file.
    m_followers.append(QtConcurrent::run([this, h = *host, j = *job, closing = m_closing] {
        core::RemoteJobs jobs(h);
        // Reconnect with backoff after a dropped connection, until the job ends or the page closes.
        for (int wait = 1; !closing->load(); wait = qMin(wait * 2, 30)) {
            if (jobs.follow(
                    j, [closing] { return !closing->load(); }, [](const QByteArray&) {})) {
                // Finished: a succeeded job's outputs come here, ready for Open Trained Model.
                // (Checked, a TensorFlow run's cross-engine check done, the host's after-fetch command run.)
                if (const auto status = jobs.status(j.id);
                    status && status->state == core::JobStatus::State::Succeeded) {
                    const auto report = core::fetchAndVerify(h, j);
                    const QString said = report ? report->lines().join(u' ') : report.errorString();
                    // Said wherever the user is (the Train page, most likely), not only here.
                    const bool bad = !report || (report->engineCheck && !report->engineCheck->agrees());
                    if (!said.isEmpty())
                        QMetaObject::invokeMethod(
                            this, [this, said, bad] { Q_EMIT messageRequested(said, bad); },
                            Qt::QueuedConnection);
                }
                QMetaObject::invokeMethod(this, &RemotePage::refresh, Qt::QueuedConnection); // its new state
                return;
            }
            for (int s = 0; s < wait * 10 && !closing->load(); ++s)
                QThread::msleep(100);
        }
    }));
    Q_EMIT watchRequested(job->folder);
}

void RemotePage::cancelSelectedJob() {
    const QString id = selectedJob();
    inBackground(
        tr("Cancelling %1 (it saves a checkpoint first)…").arg(id),
        [id]() -> QString {
            const auto job = core::LocalJob::find(id);
            if (!job)
                return job.errorString();
            const auto host = core::HostRegistry().find(job->host);
            if (!host)
                return host.errorString();
            const core::Status cancelled = core::RemoteJobs(*host).cancel(id);
            return cancelled ? QString() : cancelled.errorString();
        },
        [this, id](const QString& error) {
            if (error.isEmpty())
                m_messages->showMessage(tr("Cancelled %1.").arg(id));
            refresh();
        });
}

void RemotePage::fetchSelectedJob() {
    const QString id = selectedJob();
    auto said = std::make_shared<QStringList>();
    inBackground(
        tr("Fetching the outputs of %1…").arg(id),
        [id, said]() -> QString {
            const auto job = core::LocalJob::find(id);
            if (!job)
                return job.errorString();
            const auto host = core::HostRegistry().find(job->host);
            if (!host)
                return host.errorString();
            const auto report = core::fetchAndVerify(*host, *job);
            if (!report)
                return report.errorString();
            *said =
                QStringList{tr("Fetched into %1 (the model is in %2/).")
                                .arg(job->outputsFolder(),
                                     QFileInfo(core::LocalJob::modelIn(job->outputsFolder())).fileName())} +
                report->lines();
            return {};
        },
        [this, said](const QString& error) {
            if (error.isEmpty())
                m_messages->showMessage(said->join(u' '));
        });
}

void RemotePage::inBackground(const QString& what, std::function<QString()> work,
                              std::function<void(const QString&)> done) {
    ++m_busy;
    m_status->setText(what);
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, done = std::move(done)] {
        const QString error = watcher->result();
        watcher->deleteLater();
        --m_busy;
        m_status->clear();
        if (!error.isEmpty())
            m_messages->showMessage(error, widgets::MessageBar::Kind::Error);
        done(error);
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

} // namespace bertlab::app
