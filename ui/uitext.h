// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace Frontline {

/// Small text helpers shared by the widgets.
class UiText
{
    Q_DECLARE_TR_FUNCTIONS(Frontline::UiText)

public:
    /// A person for display: the name, else the e-mail, else "Unknown".
    static QString person(const QString &name, const QString &email = QString());
    /// Gives a widget both its accessible name and its tooltip (custom widgets need both).
    static void describe(QWidget *widget, const QString &name, const QString &tooltip = QString());
};

} // namespace Frontline
