#include "core/logging.h"

Q_LOGGING_CATEGORY(lcTensor, "bertlab.core.tensor", QtWarningMsg)
Q_LOGGING_CATEGORY(lcIo, "bertlab.core.io", QtWarningMsg)
Q_LOGGING_CATEGORY(lcText, "bertlab.core.text", QtWarningMsg)
Q_LOGGING_CATEGORY(lcModel, "bertlab.core.model", QtWarningMsg)
Q_LOGGING_CATEGORY(lcTasks, "bertlab.core.tasks", QtWarningMsg)
Q_LOGGING_CATEGORY(lcHub, "bertlab.core.hub", QtWarningMsg)
Q_LOGGING_CATEGORY(lcTrain, "bertlab.core.train", QtWarningMsg)
