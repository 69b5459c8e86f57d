// SPDX-License-Identifier: GPL-3.0-or-later
// The program itself in each language: `frontline --demo --lang X --profile DIR
// --screenshot FILE` starts its demo help desk, syncs, saves the window and exits 0. The
// pictures stay in $FRONTLINE_BINARY_DIR/screenshots/ (frontline-<lang>.png) to look at.
#include <QDir>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

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
