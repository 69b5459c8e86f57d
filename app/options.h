// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace Frontline {

/// The command line, parsed once (typed, not string-keyed).
struct Options
{
    bool demo = false;
    QString profileDir; // --profile DIR: everything under DIR
    QString language; // --lang: en, da, es, nb, sl (empty: settings, then the system)
    QString screenshot; // --screenshot FILE: save the window after the first sync, then exit
    bool minimized = false; // --minimized: start in the tray (autostart)
    QStringList sandboxArgs; // --sandbox-arg: extra arguments for the demo help desk

    /// Parses; prints help/version/errors and returns false when the program should exit
    /// (`exitCode` tells with what).
    static bool parse(QCoreApplication &app, Options *out, int *exitCode);
};

} // namespace Frontline
