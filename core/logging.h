#pragma once

#include <QLoggingCategory>

// One category per module, e.g. QT_MESSAGE_LOGGING: "bertlab.core.io.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcTensor)
Q_DECLARE_LOGGING_CATEGORY(lcIo)
Q_DECLARE_LOGGING_CATEGORY(lcText)
Q_DECLARE_LOGGING_CATEGORY(lcModel)
Q_DECLARE_LOGGING_CATEGORY(lcTasks)
Q_DECLARE_LOGGING_CATEGORY(lcHub)
