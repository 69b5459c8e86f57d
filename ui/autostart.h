// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Frontline {

/// "Start at login": the XDG autostart entry $XDG_CONFIG_HOME/autostart/io.frontline.Frontline.desktop
/// (~/.config when XDG_CONFIG_HOME is unset), copied from :/packaging/autostart.desktop or
/// generated when the resource is not built in. Frontline then starts with --minimized.
class Autostart
{
    Q_DECLARE_TR_FUNCTIONS(Frontline::Autostart)

public:
    static QString entryPath();
    static bool isEnabled();
    /// Installs or removes the entry. Returns the problem in words, empty on success.
    static QString setEnabled(bool enabled);
    /// The entry's text: the resource's, with Exec pointing at this program when it is not
    /// the `frontline` found on PATH (a build tree, an AppImage).
    static QByteArray entryContents();
    /// The entry used when :/packaging/autostart.desktop is not built in.
    static QByteArray fallbackEntry();
};

} // namespace Frontline
