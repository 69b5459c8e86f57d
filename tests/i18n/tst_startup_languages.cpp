// SPDX-License-Identifier: GPL-3.0-or-later
// The program itself in each language: `frontline --demo --lang X --profile DIR
// --screenshot FILE` starts its demo help desk, syncs, saves the window and exits 0. The
// pictures stay in $FRONTLINE_BINARY_DIR/screenshots/ (frontline-<lang>.png) to look at.
#include "catalogue.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Frontline::Test;
using namespace Qt::StringLiterals;

class TestStartupLanguages : public QObject
{
    Q_OBJECT

private:
    static QString program()
    {
        const QString dir = qEnvironmentVariable("FRONTLINE_BINARY_DIR");
        return dir.isEmpty() ? u"frontline"_s : dir + u"/bin/frontline"_s;
    }

    static QString screenshotDir()
    {
        const QString dir = qEnvironmentVariable("FRONTLINE_BINARY_DIR");
        const QString path = (dir.isEmpty() ? QDir::tempPath() : dir) + u"/screenshots"_s;
        QDir().mkpath(path);
        return path;
    }

private slots:
    void startsAndSavesAScreenshot_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : {u"en"_s, u"da"_s, u"es"_s, u"nb"_s, u"sl"_s})
            QTest::newRow(qPrintable(language)) << language;
    }
    void startsAndSavesAScreenshot()
    {
        QFETCH(QString, language);
        QTemporaryDir profile;
        QVERIFY(profile.isValid());
        const QString picture = screenshotDir() + u"/frontline-"_s + language + u".png"_s;
        QFile::remove(picture);

        QProcess frontline;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        // The system says something else: --lang decides.
        env.insert(u"LANG"_s, u"en_US.UTF-8"_s);
        env.insert(u"LANGUAGE"_s, u"en_US"_s);
        frontline.setProcessEnvironment(env);
        frontline.start(
                program(),
                {u"--demo"_s, u"--lang"_s, language, u"--profile"_s, profile.path(), u"--screenshot"_s, picture});
        QVERIFY2(frontline.waitForStarted(), qPrintable(frontline.errorString()));
        QVERIFY2(frontline.waitForFinished(150000), "frontline did not exit");
        const QByteArray err = frontline.readAllStandardError();
        QVERIFY2(frontline.exitStatus() == QProcess::NormalExit && frontline.exitCode() == 0,
                 qPrintable(u"exit code %1:\n%2"_s.arg(frontline.exitCode()).arg(QString::fromLocal8Bit(err))));
        QCOMPARE(QString::fromLocal8Bit(frontline.readAllStandardOutput()).trimmed(), picture);

        const QImage image(picture);
        QVERIFY2(!image.isNull(), qPrintable(picture));
        QCOMPARE(image.size(), QSize(1400, 860));
        // A window, not an empty frame: many colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 20, qPrintable(u"only %1 colours"_s.arg(colours.size())));
    }

    // Without --lang the system's language is used (LANG, as the desktop sets it); --lang wins
    // over it. --help shows which: it is printed in the language in effect.
    void followsTheSystemLanguage_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("da_DK.UTF-8") << u"da_DK.UTF-8"_s << QStringList() << u"da"_s;
        QTest::newRow("sl_SI.UTF-8") << u"sl_SI.UTF-8"_s << QStringList() << u"sl"_s;
        QTest::newRow("es_ES.UTF-8") << u"es_ES.UTF-8"_s << QStringList() << u"es"_s;
        QTest::newRow("es_MX.UTF-8") << u"es_MX.UTF-8"_s << QStringList() << u"es"_s;
        QTest::newRow("nb_NO.UTF-8") << u"nb_NO.UTF-8"_s << QStringList() << u"nb"_s;
        // Nynorsk and plain Norwegian get Bokmål, the closest there is.
        QTest::newRow("nn_NO.UTF-8") << u"nn_NO.UTF-8"_s << QStringList() << u"nb"_s;
        QTest::newRow("no_NO.UTF-8") << u"no_NO.UTF-8"_s << QStringList() << u"nb"_s;
        QTest::newRow("de_DE.UTF-8") << u"de_DE.UTF-8"_s << QStringList() << u"en"_s;
        QTest::newRow("da_DK.UTF-8 --lang sl") << u"da_DK.UTF-8"_s << QStringList{u"--lang"_s, u"sl"_s} << u"sl"_s;
        QTest::newRow("sl_SI.UTF-8 --lang=en") << u"sl_SI.UTF-8"_s << QStringList{u"--lang=en"_s} << u"en"_s;
    }
    void followsTheSystemLanguage()
    {
        QFETCH(QString, lang);
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        QProcess frontline;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        for (const QString &name : {u"LANGUAGE"_s, u"LC_ALL"_s, u"LC_MESSAGES"_s})
            env.remove(name);
        env.insert(u"LANG"_s, lang);
        frontline.setProcessEnvironment(env);
        frontline.start(program(), arguments + QStringList{u"--help"_s});
        QVERIFY(frontline.waitForFinished(30000));
        QCOMPARE(frontline.exitCode(), 0);
        const QString help = QString::fromUtf8(frontline.readAllStandardOutput());
        const QString source = u"Frontline — the desktop client for LiveAgent help-desk agents."_s;
        const QString description =
                expected == u"en"_s ? source : Catalogues::translation(expected, u"Options"_s, source);
        QVERIFY(!description.isEmpty());
        QVERIFY2(help.contains(description), qPrintable(help));
    }

    // The language chosen in Settings (ui/language in the profile's settings) wins over the
    // system's, and --lang over both. A start that cannot go on says why in that language.
    void settingsChooseTheLanguage_data()
    {
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("setting sl, system es") << u"es_ES.UTF-8"_s << u"sl"_s << QStringList() << u"sl"_s;
        QTest::newRow("setting nb, system en") << u"en_US.UTF-8"_s << u"nb"_s << QStringList() << u"nb"_s;
        QTest::newRow("no setting, system da") << u"da_DK.UTF-8"_s << QString() << QStringList() << u"da"_s;
        QTest::newRow("setting sl, --lang es")
                << u"da_DK.UTF-8"_s << u"sl"_s << QStringList{u"--lang"_s, u"es"_s} << u"es"_s;
    }
    void settingsChooseTheLanguage()
    {
        QFETCH(QString, system);
        QFETCH(QString, setting);
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        QTemporaryDir profile;
        QVERIFY(profile.isValid());
        if (!setting.isEmpty()) {
            QFile conf(profile.filePath(u"frontline.conf"_s));
            QVERIFY(conf.open(QIODevice::WriteOnly));
            conf.write("[ui]\nlanguage=" + setting.toUtf8() + "\n");
        }
        QProcess frontline;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        for (const QString &name : {u"LANGUAGE"_s, u"LC_ALL"_s, u"LC_MESSAGES"_s})
            env.remove(name);
        env.insert(u"LANG"_s, system);
        frontline.setProcessEnvironment(env);
        // No account in the profile and a screenshot asked for: Frontline explains and exits 4.
        frontline.start(program(),
                        arguments
                                + QStringList{u"--profile"_s, profile.path(), u"--screenshot"_s,
                                              profile.filePath(u"never.png"_s)});
        QVERIFY(frontline.waitForFinished(60000));
        QCOMPARE(frontline.exitCode(), 4);
        const QString err = QString::fromUtf8(frontline.readAllStandardError());
        const QString source = u"No screenshot: no account is set up (use --demo)."_s;
        const QString sentence =
                expected == u"en"_s ? source : Catalogues::translation(expected, u"Frontline::Application"_s, source);
        QVERIFY(!sentence.isEmpty());
        QVERIFY2(err.contains(sentence), qPrintable(err));
    }

    void unknownLanguageIsRefused()
    {
        QProcess frontline;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        frontline.setProcessEnvironment(env);
        frontline.start(program(), {u"--lang"_s, u"xx"_s});
        QVERIFY(frontline.waitForFinished(30000));
        QCOMPARE(frontline.exitCode(), 2);
        QVERIFY(frontline.readAllStandardError().contains("xx"));
    }
};

QTEST_GUILESS_MAIN(TestStartupLanguages)
#include "tst_startup_languages.moc"
