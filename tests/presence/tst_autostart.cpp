// SPDX-License-Identifier: GPL-3.0-or-later
// "Start at login": the XDG autostart entry appears and disappears under XDG_CONFIG_HOME and
// passes desktop-file-validate.
#include "autostart.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Frontline;
using namespace Qt::StringLiterals;

namespace {

// desktop-file-validate prints nothing and exits 0 for a valid file.
QString validate(const QString &path)
{
    QProcess p;
    p.start(u"desktop-file-validate"_s, {path});
    if (!p.waitForFinished(30000))
        return u"desktop-file-validate did not finish"_s;
    const QString out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()).trimmed();
    if (p.exitCode() != 0 || !out.isEmpty())
        return u"exit %1: %2"_s.arg(p.exitCode()).arg(out);
    return {};
}

} // namespace

class TestAutostart : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;

private slots:
    void initTestCase()
    {
        QVERIFY(!QStandardPaths::findExecutable(u"desktop-file-validate"_s).isEmpty());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
    }

    void installAndRemove()
    {
        const QString expected = m_config.filePath(u"autostart/io.frontline.Frontline.desktop"_s);
        QCOMPARE(Autostart::entryPath(), expected);
        QVERIFY(!Autostart::isEnabled());

        QCOMPARE(Autostart::setEnabled(true), QString());
        QVERIFY(QFile::exists(expected));
        QVERIFY(Autostart::isEnabled());
        QFile file(expected);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("[Desktop Entry]"));
        QVERIFY(text.contains("Icon=io.frontline.Frontline"));
        QVERIFY(text.contains("Comment[da]=")); // the shipped entry, translations included
        // Run from a build tree, the entry starts this very program, minimised.
        const QString self = QFileInfo(QCoreApplication::applicationFilePath()).canonicalFilePath();
        QVERIFY2(text.contains("Exec=" + self.toUtf8() + " --minimized\n"), text.constData());
        QVERIFY(text.contains("TryExec=" + self.toUtf8() + "\n"));
        QCOMPARE(validate(expected), QString());

        QCOMPARE(Autostart::setEnabled(true), QString()); // again: still one valid file
        QCOMPARE(validate(expected), QString());
        QCOMPARE(Autostart::setEnabled(false), QString());
        QVERIFY(!QFile::exists(expected));
        QVERIFY(!Autostart::isEnabled());
        QCOMPARE(Autostart::setEnabled(false), QString()); // nothing to remove is fine
    }

    void fallbackEntryIsValid()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"io.frontline.Frontline.desktop"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(Autostart::fallbackEntry());
        file.close();
        QCOMPARE(validate(path), QString());
    }

    void homeConfigWhenUnset()
    {
        const QByteArray saved = qgetenv("XDG_CONFIG_HOME");
        qunsetenv("XDG_CONFIG_HOME");
        QCOMPARE(Autostart::entryPath(), QDir::homePath() + u"/.config/autostart/io.frontline.Frontline.desktop"_s);
        // The specification ignores a relative path.
        qputenv("XDG_CONFIG_HOME", "relative/config");
        QCOMPARE(Autostart::entryPath(), QDir::homePath() + u"/.config/autostart/io.frontline.Frontline.desktop"_s);
        qputenv("XDG_CONFIG_HOME", saved);
    }

    void aProblemIsReported()
    {
        QTemporaryDir dir;
        const QString blocker = dir.filePath(u"config"_s);
        QFile file(blocker); // a file where the configuration folder should be
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const QByteArray saved = qgetenv("XDG_CONFIG_HOME");
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(blocker));
        const QString problem = Autostart::setEnabled(true);
        qputenv("XDG_CONFIG_HOME", saved);
        QVERIFY(problem.startsWith(u"Could not create the folder"_s));
        QVERIFY(problem.contains(blocker));
    }
};

QTEST_GUILESS_MAIN(TestAutostart)
#include "tst_autostart.moc"
