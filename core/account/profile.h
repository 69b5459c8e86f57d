// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Frontline {

/// Where one Frontline profile keeps its settings and caches. The standard profile uses
/// the platform's locations; `--profile DIR` puts everything under DIR (tests, several
/// instances); the demo profile is kept apart from real accounts.
class Profile
{
public:
    static Profile standard();
    static Profile inDirectory(const QString &dir);
    /// The demo workspace: under DIR when given, else beside the standard profile.
    static Profile demo(const QString &dir = QString());

    QString settingsPath() const;
    QString dataDir() const;
    /// The cache database of one account.
    QString cachePath(const QString &accountKey) const;
    bool isDemo() const { return m_demo; }

private:
    Profile(QString settingsPath, QString dataDir, bool demo);

    QString m_settingsPath;
    QString m_dataDir;
    bool m_demo = false;
};

} // namespace Frontline
