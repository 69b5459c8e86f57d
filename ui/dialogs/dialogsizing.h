// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace Frontline {

/// Sizing for dialogs whose word-wrapped texts and optional rows change their height: Qt's
/// size hints do not follow height-for-width on their own, so a window would keep a stale
/// height (empty space, or rows squeezed on top of each other).
class DialogSizing
{
public:
    /// Resizes the window to `width` (its current width when 0) and the height its layout
    /// needs at that width.
    static void fitHeight(QWidget *window, int width = 0);
};

} // namespace Frontline
