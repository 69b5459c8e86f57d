// SPDX-License-Identifier: GPL-3.0-or-later
#include "uitext.h"

#include <QWidget>

namespace Frontline {

QString UiText::person(const QString &name, const QString &email)
{
    if (!name.trimmed().isEmpty())
        return name.trimmed();
    if (!email.trimmed().isEmpty())
        return email.trimmed();
    //: A person whose name and e-mail are unknown
    return tr("Unknown");
}

void UiText::describe(QWidget *widget, const QString &name, const QString &tooltip)
{
    widget->setAccessibleName(name);
    widget->setToolTip(tooltip.isEmpty() ? name : tooltip);
}

} // namespace Frontline
