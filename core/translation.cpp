#include "core/translation.h"

#include <QCoreApplication>

namespace bertlab::core {

QString translateCore(const char* text, std::initializer_list<const char*> contexts) {
    const QString source = QString::fromUtf8(text);
    for (const char* context : contexts) {
        QString translated = QCoreApplication::translate(context, text);
        if (translated != source)
            return translated;
    }
    return QCoreApplication::translate("bertlab::core", text);
}

} // namespace bertlab::core
