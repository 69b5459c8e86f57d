// SPDX-License-Identifier: GPL-3.0-or-later
// The built `frontline` program, as a person or a script runs it: `--demo` starts the demo help
// desk, syncs and shows a filled ticket list; `--screenshot` saves the window (1400 x 860) as
// a PNG and exits 0, or exits 4 with a sentence when there is no account to show. A signed-in
// account starts from its cache: the window is on screen before the keys are read from the
// keychain (a real gnome-keyring), and a key gone from the keychain asks to sign in again.
#include "sandboxprocess.h"
#include "workspacesession.h"

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
    const DemoAgent lars = DemoAgent::lars();
    const std::optional<AccountSettings> account = saveSignedInAccount(sandbox, lars, dir);
    if (!account)
        return false;
    *out = *account;
    CredentialStore keychain;
    return !setKeysInKeychain(keychain, account->accountKey(), lars, withKey);
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

    struct SignedInRun
    {
        QString profile;
        QString png;
        AccountSettings account;
        int exitCode = -1;
        QByteArray standardError;
    };

    /// Signs in to `sandbox` in `dir` (the keys in the keychain, or removed from it), runs
    /// `frontline --screenshot` on that profile with its start-up logged, and waits for it.
    static void runSignedIn(const SandboxProcess &sandbox, const QTemporaryDir &dir, bool withKey, int timeoutMs,
                            SignedInRun *run)
    {
        run->profile = dir.filePath(QStringLiteral("p"));
        run->png = dir.filePath(QStringLiteral("out.png"));
        QVERIFY(signIn(sandbox, run->profile, withKey, &run->account));
        QProcess app;
        app.setProcessEnvironment(startLogging());
        app.start(frontline(), {QStringLiteral("--profile"), run->profile, QStringLiteral("--screenshot"), run->png});
        // The sandbox answers from this process: keep its event loop turning.
        QTRY_VERIFY_WITH_TIMEOUT(app.state() == QProcess::NotRunning, timeoutMs);
        run->exitCode = app.exitCode();
        run->standardError = app.readAllStandardError();
    }

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
        SignedInRun run;
        runSignedIn(sandbox, dir, true, 120000, &run);
        if (QTest::currentTestFailed())
            return;
        const QByteArray &err = run.standardError;
        QVERIFY2(run.exitCode == 0, err.constData());
        QImage image;
        QVERIFY(image.load(run.png, "PNG"));
        QCOMPARE(image.size(), QSize(1400, 860));

        // The keys were read, and the sync ran with them, only after the window was on screen.
        const QStringList lines = startLines(err);
        const qsizetype shown = lineWith(lines, QStringLiteral("window shown"));
        const qsizetype reading = lineWith(lines, QStringLiteral("reading the keys"));
        const qsizetype syncing = lineWith(lines, QStringLiteral("keys read; starting the sync"));
        QVERIFY2(shown >= 0 && reading > shown && syncing > reading, qPrintable(lines.join(u'\n')));
        // The cache has what the sync brought with those keys.
        Store store(Profile::inDirectory(run.profile).cachePath(run.account.accountKey()));
        QVERIFY(!store.open().isError());
        TicketQuery mine;
        mine.meId = run.account.agentId;
        QVERIFY(store.tickets().count(mine) > 0);
    }

    void aKeyMissingFromTheKeychainAsksToSignInAgain()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        QTemporaryDir dir;
        SignedInRun run;
        runSignedIn(sandbox, dir, false, 60000, &run);
        if (QTest::currentTestFailed())
            return;
        const QByteArray &err = run.standardError;
        // Without a key there is nothing to sign in with: the window goes, the sign-in would
        // come (with --screenshot: exit 4 and the sentence), and nothing was sent.
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(err.contains("No screenshot: No saved key was found for this account. Please sign in again."),
                 err.constData());
        QVERIFY(!QFile::exists(run.png));
        const QStringList lines = startLines(err);
        QVERIFY2(lineWith(lines, QStringLiteral("window shown")) >= 0, qPrintable(lines.join(u'\n')));
        QCOMPARE(lineWith(lines, QStringLiteral("keys read; starting the sync")), -1);
    }
};

QTEST_GUILESS_MAIN(TestFrontlineScreenshot)
#include "tst_frontline_screenshot.moc"
