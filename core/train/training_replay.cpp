#include "core/train/training_replay.h"

#include <QFileInfo>

namespace bertlab::core {

TrainingReplay::TrainingReplay(QObject* parent)
    : TrainingRun(parent) {
    m_timer.setInterval(followIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &TrainingReplay::readMore);
}

TrainingReplay::~TrainingReplay() = default;

Status TrainingReplay::open(const QString& folderOrFile) {
    const QString path = QFileInfo(folderOrFile).isDir() ? trainingEventsPath(folderOrFile) : folderOrFile;
    m_file.close();
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly))
        return Error{tr("%1: cannot read the run's events: %2").arg(path, m_file.errorString())};
    TrainingEventHandlers h;
    h.started = [this](const TrainingConfig& c) {
        m_config = c;
        Q_EMIT started(c);
    };
    h.preparing = [this](const QString& stage, qint64 done, qint64 total) {
        Q_EMIT preparing(stage, done, total);
    };
    h.planned = [this](const TrainingPlan& p) { Q_EMIT planned(p); };
    h.stepped = [this](const TrainingPoint& p) {
        m_lastStep = p.step;
        Q_EMIT stepped(p);
    };
    h.validated = [this](const ValidationPoint& p) { Q_EMIT validated(p); };
    h.probed = [this](const std::vector<ProbePrediction>& p) { Q_EMIT probed(p); };
    h.checkpointSaved = [this](const QString& d, std::int64_t step) { Q_EMIT checkpointSaved(d, step); };
    h.pausedChanged = [this](bool paused) { Q_EMIT pausedChanged(paused); };
    h.finished = [this](const TrainingSummary& s) {
        m_following = false;
        m_timer.stop();
        Q_EMIT finished(s);
    };
    h.failed = [this](const QString& message) {
        m_following = false;
        m_timer.stop();
        Q_EMIT failed(message);
    };
    m_reader = std::make_unique<TrainingEventReader>(std::move(h));
    m_config.reset();
    m_lastStep = 0;
    m_following = true;
    // The first read happens from the event loop, so callers connect before anything is delivered.
    QTimer::singleShot(0, this, &TrainingReplay::readMore);
    m_timer.start();
    return Ok{};
}

void TrainingReplay::readMore() {
    if (!m_following || !m_reader)
        return;
    const QByteArray bytes = m_file.readAll();
    if (bytes.isEmpty())
        return;
    if (Status s = m_reader->feed(bytes); !s) {
        m_following = false;
        m_timer.stop();
        Q_EMIT failed(QStringLiteral("%1: %2").arg(m_file.fileName(), s.errorString()));
    }
}

void TrainingReplay::stop() {
    if (!m_following)
        return;
    readMore();
    if (!m_following)
        return; // the end was in the file already
    m_following = false;
    m_timer.stop();
    TrainingSummary s;
    s.steps = m_lastStep;
    s.cancelled = true;
    Q_EMIT finished(s);
}

} // namespace bertlab::core
