// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogsizing.h"

#include <QLayout>
#include <QWidget>

#include <algorithm>

namespace Frontline {

void DialogSizing::fitHeight(QWidget *window, int width)
{
    if (width <= 0)
        width = window->width();
    width = std::max(width, window->minimumSizeHint().width());
    if (QLayout *layout = window->layout())
        layout->activate();
    const int height = window->hasHeightForWidth() ? window->heightForWidth(width) : window->sizeHint().height();
    window->resize(width, std::max(height, window->minimumSizeHint().height()));
}

} // namespace Frontline
