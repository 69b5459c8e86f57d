// SPDX-License-Identifier: GPL-3.0-or-later
// The built `frontline` program, as a person or a script runs it: `--demo` starts the demo help
// desk, syncs and shows a filled ticket list; `--screenshot` saves the window (1400 x 860) as
// a PNG and exits 0, or exits 4 with a sentence when there is no account to show. A signed-in
// account starts from its cache: the window is on screen before the keys are read from the
// keychain (a real gnome-keyring), and a key gone from the keychain asks to sign in again.
#include "sandboxprocess.h"

#include "account/accountsettings.h"
#include "account/credentialstore.h"
#include "account/profile.h"
#include "store/store.h"

#include <QDir>
#include <QDirIterator>
#include <QImage>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Frontline;
using namespace Frontline::Test;

namespace {

QString frontline()
{
    return QDir(qEnvironmentVariable("FRONTLINE_BINARY_DIR")).filePath(QStringLiteral("bin/frontline"));
}

/// Rows of the picture between y0 and y1 with dark (text) pixels between x0 and x1, counted as
/// bands of consecutive rows: one band per line of text.
int textBands(const QImage &image, int x0, int x1, int y0, int y1)
{
    int bands = 0;
    bool inBand = false;
    for (int y = y0; y < y1; ++y) {
        bool ink = false;
        for (int x = x0; x < x1 && !ink; ++x)
            ink = qGray(image.pixel(x, y)) < 110;
        if (ink && !inBand)
            ++bands;
        inBand = ink;
    }
    return bands;
}

/// The account a sign-in to `sandbox` leaves in `dir`: its settings, the pinned certificate and
/// (unless `withKey` is false) the keys in the keychain.
bool signIn(const SandboxProcess &sandbox, const QString &dir, bool withKey, AccountSettings *out)
{
    AccountSettings account;
    account.serverUrl = sandbox.baseUrl().toString();
    account.agentId = QString::fromLatin1(SandboxProcess::demoAgentId);
    account.agentEmail = QString::fromLatin1(SandboxProcess::demoLogin);
    account.agentName = QStringLiteral("Lars Nielsen");
    account.pinnedCertFile = QDir(dir).filePath(QStringLiteral("server.pem"));
    account.hasV1Key = true;
    QDir().mkpath(dir);
    if (!QFile::copy(sandbox.certificateFile(), account.pinnedCertFile))
        return false;
    QSettings settings(Profile::inDirectory(dir).settingsPath(), QSettings::IniFormat);
    account.save(settings);
    settings.sync();
    *out = account;
    CredentialStore keychain;
    int answers = 0;
    bool ok = true;
    const QList<std::pair<CredentialStore::Secret, const char *>> keys{
            {CredentialStore::Secret::ApiKey, SandboxProcess::demoV3Key},
            {CredentialStore::Secret::V1ApiKey, SandboxProcess::demoV1Key}};
    for (const auto &[secret, key] : keys) {
        auto done = [&](std::optional<KeychainError> e) {
            ok = ok && !e;
            ++answers;
        };
        if (withKey)
            keychain.write(account.accountKey(), secret, QString::fromLatin1(key), done);
        else
            keychain.remove(account.accountKey(), secret, [&](std::optional<KeychainError>) { ++answers; });
    }
    return QTest::qWaitFor([&] { return answers == 2; }, 20000) && ok;
}

/// frontline's debug lines for its start-up, in order ("window shown", "reading the keys…").
QStringList startLines(const QByteArray &standardError)
{
    QStringList lines;
    for (const QByteArray &line : standardError.split('\n')) {
        if (line.contains("frontline.app") || line.contains("ticket list first painted"))
            lines << QString::fromUtf8(line);
    }
    return lines;
}

qsizetype lineWith(const QStringList &lines, const QString &text)
{
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).contains(text))
            return i;
    }
    return -1;
}

QProcessEnvironment startLogging()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("frontline.app.debug=true"));
    env.insert(QStringLiteral("QT_MESSAGE_PATTERN"), QStringLiteral("%{category}: %{message}"));
    return env;
}

} // namespace

class TestFrontlineScreenshot : public QObject
{
    Q_OBJECT

private slots:
    void demoShowsAFilledListAndSavesTheScreenshot()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("out.png"));
        QProcess app;
        app.start(frontline(),
                  {QStringLiteral("--demo"), QStringLiteral("--profile"), dir.filePath(QStringLiteral("p")),
                   QStringLiteral("--screenshot"), png});
        QVERIFY2(app.waitForFinished(120000), "frontline --demo --screenshot did not exit");
        const QByteArray err = app.readAllStandardError();
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QVERIFY2(app.exitCode() == 0, err.constData());
        QCOMPARE(QString::fromLocal8Bit(app.readAllStandardOutput()).trimmed(), png);

        QImage image;
        QVERIFY(image.load(png, "PNG"));
        QCOMPARE(image.size(), QSize(1400, 860));
        // The ticket list (between the queues on the left and the ticket on the right, below its
        // header) shows a line of text per ticket; an empty list has none.
        const int bands = textBands(image, 200, 840, 72, 830);
        // The list showed what came from the demo help desk into the cache: Lars's open tickets.
        QStringList caches;
        QDirIterator it(dir.filePath(QStringLiteral("p")), {QStringLiteral("cache.sqlite")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            caches << it.next();
        QCOMPARE(caches.size(), 1);
        Store store(caches.first());
        QVERIFY(!store.open().isError());
        TicketQuery mine;
        mine.meId = QStringLiteral("ag-lars");
        const int mineCount = store.tickets().count(mine);
        QVERIFY(mineCount >= 10);
        // One line per ticket on screen (about 30 fit; the selected one is light on dark).
        qInfo("%d lines of text for %d tickets", bands, mineCount);
        QVERIFY2(bands >= std::min(mineCount, 28) - 2 && bands <= mineCount + 1,
                 qPrintable(QStringLiteral("%1 lines of text for %2 tickets").arg(bands).arg(mineCount)));
    }

    void screenshotNeedsAnAccount()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("out.png"));
        QProcess app;
        app.start(
                frontline(),
                {QStringLiteral("--profile"), dir.filePath(QStringLiteral("p")), QStringLiteral("--screenshot"), png});
        QVERIFY(app.waitForFinished(30000));
        QCOMPARE(app.exitCode(), 4);
        QVERIFY2(app.readAllStandardError().contains("No screenshot: no account is set up (use --demo)."),
                 "the reason is not printed");
        QVERIFY(!QFile::exists(png));
    }

    void anAccountShowsItsWindowBeforeTheKeysAreRead()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        QTemporaryDir dir;
        const QString profile = dir.filePath(QStringLiteral("p"));
        AccountSettings account;
        QVERIFY(signIn(sandbox, profile, true, &account));
        const QString png = dir.filePath(QStringLiteral("out.png"));
        QProcess app;
        app.setProcessEnvironment(startLogging());
        app.start(frontline(), {QStringLiteral("--profile"), profile, QStringLiteral("--screenshot"), png});
        // The sandbox answers from this process: keep its event loop turning.
        QTRY_VERIFY_WITH_TIMEOUT(app.state() == QProcess::NotRunning, 120000);
        const QByteArray err = app.readAllStandardError();
        QVERIFY2(app.exitCode() == 0, err.constData());
        QImage image;
        QVERIFY(image.load(png, "PNG"));
        QCOMPARE(image.size(), QSize(1400, 860));

        // The keys were read, and the sync ran with them, only after the window was on screen.
        const QStringList lines = startLines(err);
        const qsizetype shown = lineWith(lines, QStringLiteral("window shown"));
        const qsizetype reading = lineWith(lines, QStringLiteral("reading the keys"));
        const qsizetype syncing = lineWith(lines, QStringLiteral("keys read; starting the sync"));
        QVERIFY2(shown >= 0 && reading > shown && syncing > reading, qPrintable(lines.join(u'\n')));
        // The cache has what the sync brought with those keys.
        Store store(Profile::inDirectory(profile).cachePath(account.accountKey()));
        QVERIFY(!store.open().isError());
        TicketQuery mine;
        mine.meId = account.agentId;
        QVERIFY(store.tickets().count(mine) > 0);
    }

    void aKeyMissingFromTheKeychainAsksToSignInAgain()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        QTemporaryDir dir;
        const QString profile = dir.filePath(QStringLiteral("p"));
        AccountSettings account;
        QVERIFY(signIn(sandbox, profile, false, &account));
        const QString png = dir.filePath(QStringLiteral("out.png"));
        QProcess app;
        app.setProcessEnvironment(startLogging());
        app.start(frontline(), {QStringLiteral("--profile"), profile, QStringLiteral("--screenshot"), png});
        QTRY_VERIFY_WITH_TIMEOUT(app.state() == QProcess::NotRunning, 60000);
        const QByteArray err = app.readAllStandardError();
        // Without a key there is nothing to sign in with: the window goes, the sign-in would
        // come (with --screenshot: exit 4 and the sentence), and nothing was sent.
        QCOMPARE(app.exitCode(), 4);
        QVERIFY2(err.contains("No screenshot: No saved key was found for this account. Please sign in again."),
                 err.constData());
        QVERIFY(!QFile::exists(png));
        const QStringList lines = startLines(err);
        QVERIFY2(lineWith(lines, QStringLiteral("window shown")) >= 0, qPrintable(lines.join(u'\n')));
        QCOMPARE(lineWith(lines, QStringLiteral("keys read; starting the sync")), -1);
    }
};

QTEST_GUILESS_MAIN(TestFrontlineScreenshot)
#include "tst_frontline_screenshot.moc"
