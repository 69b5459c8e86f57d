// SPDX-License-Identifier: GPL-3.0-or-later
#include "autostart.h"

#include "logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Frontline {

namespace {

const auto kResource = u":/packaging/autostart.desktop"_s;
const auto kFileName = u"io.frontline.Frontline.desktop"_s;

} // namespace

// The same entry as resources/packaging/autostart.desktop, for builds without the resources.
QByteArray Autostart::fallbackEntry()
{
    return "[Desktop Entry]\n"
           "Type=Application\n"
           "Version=1.4\n"
           "Name=Frontline\n"
           "GenericName=Help Desk Client\n"
           "Comment=Start Frontline in the system tray at login\n"
           "Icon=io.frontline.Frontline\n"
           "Exec=frontline --minimized\n"
           "TryExec=frontline\n"
           "Terminal=false\n"
           "NoDisplay=true\n"
           "StartupNotify=false\n"
           "X-GNOME-Autostart-enabled=true\n"
           "X-GNOME-Autostart-Delay=5\n"
           "X-KDE-autostart-after=panel\n";
}

namespace {

// Desktop Entry Specification, "The Exec key": a path with reserved characters is quoted,
// and inside quotes `"`, `` ` ``, `$` and `\` are escaped with a backslash.
QString quotedProgram(const QString &path)
{
    static const QString reserved = u" \t\n\"'\\><~|&;$*?#()`"_s;
    const bool needsQuotes = std::any_of(path.begin(), path.end(), [](QChar c) { return reserved.contains(c); });
    if (!needsQuotes)
        return path;
    QString escaped;
    for (QChar c : path) {
        if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
            escaped += u'\\';
        escaped += c;
    }
    // In a desktop file the backslash itself is also an escape of the string type.
    escaped.replace(u"\\"_s, u"\\\\"_s);
    return u'"' + escaped + u'"';
}

} // namespace

QString Autostart::entryPath()
{
    QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (config.isEmpty() || !QDir::isAbsolutePath(config))
        config = QDir::homePath() + u"/.config"_s;
    return config + u"/autostart/"_s + kFileName;
}

bool Autostart::isEnabled()
{
    return QFileInfo::exists(entryPath());
}

QByteArray Autostart::entryContents()
{
    QByteArray entry;
    QFile resource(kResource);
    if (resource.open(QIODevice::ReadOnly))
        entry = resource.readAll();
    if (entry.isEmpty())
        entry = fallbackEntry();

    // Installed from a package, `frontline` on PATH is this program and the entry stays as
    // shipped. Run from elsewhere, the entry must name this very file or login starts nothing.
    const QString self = QFileInfo(QCoreApplication::applicationFilePath()).canonicalFilePath();
    const QString onPath = QStandardPaths::findExecutable(u"frontline"_s);
    if (self.isEmpty() || (!onPath.isEmpty() && QFileInfo(onPath).canonicalFilePath() == self))
        return entry;
    QList<QByteArray> lines = entry.split('\n');
    for (QByteArray &line : lines) {
        if (line.startsWith("Exec="))
            line = "Exec=" + quotedProgram(self).toUtf8() + " --minimized";
        else if (line.startsWith("TryExec="))
            line = "TryExec=" + self.toUtf8();
    }
    return lines.join('\n');
}

QString Autostart::setEnabled(bool enabled)
{
    const QString path = entryPath();
    if (!enabled) {
        if (QFile::exists(path) && !QFile::remove(path)) {
            qCWarning(lcUi) << "cannot remove the autostart entry" << path;
            //: %1 is a file path
            return tr("Could not remove %1.").arg(QDir::toNativeSeparators(path));
        }
        return {};
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(entryContents()) < 0 || !file.commit()) {
        qCWarning(lcUi) << "cannot write the autostart entry" << path << file.errorString();
        //: %1 is a file path, %2 the system's reason
        return tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    }
    return {};
}

} // namespace Frontline
