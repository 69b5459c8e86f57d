// SPDX-License-Identifier: GPL-3.0-or-later
#include "notifier.h"

namespace Frontline {

Notifier::~Notifier() = default;

} // namespace Frontline
