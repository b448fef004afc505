#pragma once

// A real Slurm for one test (Debian's slurm-wlm and munge): munged with a fresh key, slurmctld and one
// slurmd node "localhost" with 2 CPUs, on free loopback ports, every file in a temporary folder. Clients
// find it through SLURM_CONF=configFile(). Everything stops with the object.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>

namespace bertlab::tests {

class LoopbackSlurm final {
public:
    LoopbackSlurm() = default;
    ~LoopbackSlurm() { stop(); }

    bool start() {
        for (const char* program : {"/usr/sbin/munged", "/usr/sbin/mungekey", "/usr/sbin/slurmctld",
                                    "/usr/sbin/slurmd", "/usr/bin/sbatch"}) {
            if (!QFile::exists(QLatin1String(program)))
                return fail(QStringLiteral("%1 is missing (apt-get install slurm-wlm munge)")
                                .arg(QLatin1String(program)));
        }
        for (const char* folder : {"state", "spool", "log"})
            QDir().mkpath(path(folder));
        QProcess key;
        key.start(QStringLiteral("/usr/sbin/mungekey"),
                  {QStringLiteral("-c"), QStringLiteral("-f"), QStringLiteral("-k"), path("munge.key")});
        if (!key.waitForFinished(10000) || key.exitCode() != 0)
            return fail(QStringLiteral("mungekey failed: %1").arg(QString::fromUtf8(key.readAll())));
        QFile::setPermissions(path("munge.key"), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        if (!launch(m_munged, QStringLiteral("/usr/sbin/munged"),
                    {QStringLiteral("-F"), QStringLiteral("--force"),
                     QStringLiteral("--key-file=") + path("munge.key"),
                     QStringLiteral("--socket=") + path("munge.sock"),
                     QStringLiteral("--pid-file=") + path("munge.pid"),
                     QStringLiteral("--log-file=") + path("log/munge.log"),
                     QStringLiteral("--seed-file=") + path("munge.seed")}))
            return false;
        if (!waitFor(path("munge.sock"), m_munged))
            return fail(
                QStringLiteral("munged did not start: %1").arg(QString::fromUtf8(m_munged.readAll())));
        writeConfig();
        qputenv("SLURM_CONF", configFile().toLocal8Bit());
        if (!launch(m_controller, QStringLiteral("/usr/sbin/slurmctld"),
                    {QStringLiteral("-D"), QStringLiteral("-i")}))
            return false;
        if (!launch(m_node, QStringLiteral("/usr/sbin/slurmd"),
                    {QStringLiteral("-D"), QStringLiteral("-N"), QStringLiteral("localhost")}))
            return false;
        for (int i = 0; i < 150; ++i) { // until the node is idle and takes jobs
            QProcess info;
            info.start(QStringLiteral("sinfo"),
                       {QStringLiteral("-h"), QStringLiteral("-o"), QStringLiteral("%t")});
            info.waitForFinished(5000);
            if (info.readAll().trimmed() == "idle")
                return true;
            if (m_controller.state() == QProcess::NotRunning || m_node.state() == QProcess::NotRunning)
                break;
            QThread::msleep(100);
        }
        return fail(QStringLiteral("Slurm did not come up:\n%1\n%2")
                        .arg(QString::fromUtf8(m_controller.readAll()), QString::fromUtf8(m_node.readAll())));
    }

    void stop() {
        for (QProcess* p : {&m_node, &m_controller, &m_munged}) {
            if (p->state() != QProcess::NotRunning) {
                p->terminate();
                if (!p->waitForFinished(5000))
                    p->kill();
                p->waitForFinished(2000);
            }
        }
    }

    // Runs a Slurm client (sbatch, squeue, scancel) against this cluster; its standard output.
    QByteArray client(const QString& program, const QStringList& arguments) const {
        QProcess p;
        p.start(program, arguments);
        p.waitForFinished(20000);
        return p.readAllStandardOutput();
    }

    QString configFile() const { return path("slurm.conf"); }
    QString path(const char* name) const { return m_dir.filePath(QLatin1String(name)); }
    const QString& why() const { return m_why; }

private:
    bool fail(const QString& why) {
        m_why = why;
        return false;
    }
    bool launch(QProcess& process, const QString& program, const QStringList& arguments) {
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(program, arguments);
        if (!process.waitForStarted(5000))
            return fail(QStringLiteral("%1 did not start: %2").arg(program, process.errorString()));
        return true;
    }
    static bool waitFor(const QString& file, const QProcess& process) {
        for (int i = 0; i < 100 && !QFile::exists(file); ++i) {
            if (process.state() == QProcess::NotRunning)
                return false;
            QThread::msleep(50);
        }
        return QFile::exists(file);
    }
    static int freePort() {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost, 0);
        return server.serverPort();
    }
    void writeConfig() {
        const int controllerPort = freePort();
        int nodePort = freePort();
        while (nodePort == controllerPort)
            nodePort = freePort();
        QFile conf(configFile());
        conf.open(QIODevice::WriteOnly | QIODevice::Truncate);
        conf.write(
            QStringLiteral("ClusterName=bertlab-test\nSlurmctldHost=localhost(127.0.0.1)\n"
                           "SlurmctldPort=%1\nSlurmdPort=%2\nSlurmUser=root\nSlurmdUser=root\n"
                           "AuthType=auth/munge\nCredType=cred/munge\nAuthInfo=socket=%3\n"
                           "StateSaveLocation=%4\nSlurmdSpoolDir=%5\n"
                           "SlurmctldPidFile=%6/slurmctld.pid\nSlurmdPidFile=%6/slurmd.pid\n"
                           "SlurmctldLogFile=%6/slurmctld.log\nSlurmdLogFile=%6/slurmd.log\n"
                           "ProctrackType=proctrack/linuxproc\nTaskPlugin=task/none\n"
                           "JobAcctGatherType=jobacct_gather/none\n"
                           "AccountingStorageType=accounting_storage/none\nSelectType=select/cons_tres\n"
                           "SchedulerType=sched/builtin\nMpiDefault=none\nReturnToService=2\n"
                           "KillWait=10\nMinJobAge=300\n"
                           "NodeName=localhost NodeAddr=127.0.0.1 CPUs=2 State=UNKNOWN\n"
                           "PartitionName=debug Nodes=localhost Default=YES MaxTime=INFINITE State=UP\n")
                .arg(controllerPort)
                .arg(nodePort)
                .arg(path("munge.sock"), path("state"), path("spool"), path("log"))
                .toUtf8());
    }

    QTemporaryDir m_dir;
    QProcess m_munged, m_controller, m_node;
    QString m_why;
};

} // namespace bertlab::tests
