// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile.h"

#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Frontline {

Profile::Profile(QString settingsPath, QString dataDir, bool demo)
    : m_settingsPath(std::move(settingsPath))
    , m_dataDir(std::move(dataDir))
    , m_demo(demo)
{ }

Profile Profile::standard()
{
    const QString config = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return Profile(QDir(config).filePath(u"frontline.conf"_s), data, false);
}

Profile Profile::inDirectory(const QString &dir)
{
    const QDir root(QDir(dir).absolutePath());
    return Profile(root.filePath(u"frontline.conf"_s), root.filePath(u"data"_s), false);
}

Profile Profile::demo(const QString &dir)
{
    if (!dir.isEmpty()) {
        Profile p = inDirectory(dir);
        p.m_demo = true;
        return p;
    }
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QDir root(QDir(data).filePath(u"demo"_s));
    return Profile(root.filePath(u"frontline.conf"_s), root.filePath(u"data"_s), true);
}

QString Profile::settingsPath() const
{
    return m_settingsPath;
}

QString Profile::dataDir() const
{
    return m_dataDir;
}

QString Profile::cachePath(const QString &accountKey) const
{
    return QDir(m_dataDir).filePath(u"accounts/"_s + accountKey + u"/cache.sqlite"_s);
}

} // namespace Frontline
