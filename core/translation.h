#pragma once

#include <QString>

#include <initializer_list>

namespace bertlab::core {

// Core files translate through a file-local tr(text). lupdate files each such call under the class whose
// member function holds it ("bertlab::core::Trainer"), or under "bertlab::core" for a free function; this
// looks a text up in the contexts a file names, then in "bertlab::core", so the catalogue's entries are found
// wherever lupdate put them. Untranslated text comes back as it is.
QString translateCore(const char* text, std::initializer_list<const char*> contexts);

} // namespace bertlab::core
