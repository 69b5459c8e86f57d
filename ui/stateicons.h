// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sla/slaclock.h"

#include <QColor>
#include <QIcon>
#include <QPalette>

namespace Frontline {

/// Icons and colours of SLA states, readable on light and dark palettes. Every state has
/// its own shape, so colour is never the only signal.
class StateIcons
{
public:
    static QIcon sla(SlaState state);
    static QColor slaColor(SlaState state, const QPalette &palette);

private:
    static QIcon drawn(SlaState state);
};

} // namespace Frontline
