#pragma once

#include <QPalette>

namespace bertlab::app {

// The app's dark palette (for Fusion): `bertlab --palette dark`, and the dark screenshots the page tests
// take.
QPalette darkPalette();

} // namespace bertlab::app
