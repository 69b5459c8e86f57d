// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxprocess.h"
#include "workspacesession.h"

#include "account/accountsettings.h"
#include "account/accountsetup.h"
#include "account/credentialstore.h"
#include "account/profile.h"
#include "store/store.h"
#include "sync/ticketactions.h"

#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Frontline;
using namespace Frontline::Test;

namespace {

template<typename T>
T waitFor(const std::function<void(std::function<void(T)>)> &start)
{
    std::optional<T> result;
    start([&result](T value) { result = std::move(value); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
        qFatal("keychain did not answer");
    return std::move(*result);
}

/// Everything Qt logs while it is installed, every category at debug level.
class LogCapture
{
public:
    LogCapture()
    {
        s_lines.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
        m_previous = qInstallMessageHandler(&LogCapture::handle);
    }
    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::setFilterRules(QString());
    }
    static QString text()
    {
        const QMutexLocker lock(&s_mutex);
        return s_lines.join(u'\n');
    }

private:
    static void handle(QtMsgType, const QMessageLogContext &context, const QString &message)
    {
        const QMutexLocker lock(&s_mutex);
        s_lines << QString::fromLatin1(context.category ? context.category : "") + u' ' + message;
    }
    static inline QMutex s_mutex;
    static inline QStringList s_lines;
    QtMessageHandler m_previous = nullptr;
};

/// Files under `dir` (recursively) whose bytes contain `secret` (UTF-8 or UTF-16).
QStringList filesContaining(const QString &dir, const QString &secret)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2);
        if (bytes.contains(secret.toUtf8()) || bytes.contains(utf16))
            out << f.fileName();
    }
    return out;
}

} // namespace

/// Runs against the real gnome-keyring of a private D-Bus session (SESSION keyring).
class TestCredentialStore : public QObject
{
    Q_OBJECT

private slots:
    void keysRoundTripThroughTheRealKeychain()
    {
        CredentialStore store(QStringLiteral("Frontline-test"));
        const QString account = QStringLiteral("acme.ladesk.com-0123456789abcdef");
        const QString secret = QStringLiteral("v3-secret-Kq8zP0w");

        auto written = waitFor<std::optional<KeychainError>>(
                [&](auto done) { store.write(account, CredentialStore::Secret::ApiKey, secret, done); });
        QVERIFY2(!written, written ? qPrintable(written->detail) : "");
        auto read = waitFor<Expected<QString, KeychainError>>(
                [&](auto done) { store.read(account, CredentialStore::Secret::ApiKey, done); });
        QVERIFY(read);
        QCOMPARE(*read, secret);

        // The v1 key is a separate entry.
        auto v1 = waitFor<Expected<QString, KeychainError>>(
                [&](auto done) { store.read(account, CredentialStore::Secret::V1ApiKey, done); });
        QVERIFY(!v1);
        QCOMPARE(v1.error().kind, KeychainError::Kind::NotFound);
        QVERIFY(!v1.error().humanMessage().isEmpty());

        auto removed = waitFor<std::optional<KeychainError>>(
                [&](auto done) { store.remove(account, CredentialStore::Secret::ApiKey, done); });
        QVERIFY(!removed);
        auto gone = waitFor<Expected<QString, KeychainError>>(
                [&](auto done) { store.read(account, CredentialStore::Secret::ApiKey, done); });
        QVERIFY(!gone);
        QCOMPARE(gone.error().kind, KeychainError::Kind::NotFound);
        // Removing what is not there is not an error (sign-out twice).
        auto again = waitFor<std::optional<KeychainError>>(
                [&](auto done) { store.remove(account, CredentialStore::Secret::ApiKey, done); });
        QVERIFY(!again);
    }

    void settingsHoldNoSecretAndAStableAccountKey()
    {
        QTemporaryDir dir;
        const Profile profile = Profile::inDirectory(dir.path());
        AccountSettings a;
        a.serverUrl = QStringLiteral("https://acme.ladesk.com/agent");
        a.agentId = QStringLiteral("ag-lars");
        a.agentEmail = QStringLiteral("lars@acme.example");
        a.hasV1Key = true;
        {
            QSettings s(profile.settingsPath(), QSettings::IniFormat);
            a.save(s);
        }
        QSettings s(profile.settingsPath(), QSettings::IniFormat);
        QCOMPARE(AccountSettings::load(s), a);
        QVERIFY(a.isComplete());
        // The key identifies server and agent, is filesystem-safe and contains no secret.
        const QString key = a.accountKey();
        QVERIFY(key.startsWith(QStringLiteral("acme.ladesk.com-")));
        AccountSettings other = a;
        other.agentId = QStringLiteral("ag-ana");
        QVERIFY(other.accountKey() != key);
        QVERIFY(profile.cachePath(key).startsWith(dir.path()));
        QVERIFY(Profile::demo(dir.path()).isDemo());
        AccountSettings::clear(s);
        QVERIFY(!AccountSettings::load(s).isComplete());
    }

    /// Signing in with e-mail and password as the login dialog does (the server makes a personal
    /// key), working (sync, a reply and a note, which send the v1 key in the URL) and signing out:
    /// the keys go through the real keychain, and neither the cache (database, WAL), the settings
    /// file nor anything logged at debug level contains them.
    void keysStayInTheKeychain()
    {
        SandboxProcess sandbox({QStringLiteral("--rate-limit"), QStringLiteral("0")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        QTemporaryDir dir;
        const Profile profile = Profile::inDirectory(dir.path());
        LogCapture logs;

        QNetworkAccessManager network;
        CredentialStore credentials(QStringLiteral("Frontline-test-secrets"));
        AccountSetup setup(&network, credentials);
        SignInRequest request;
        request.serverUrl = sandbox.baseUrl().toString();
        request.pinnedCertFile = sandbox.certificateFile();
        request.method = SignInRequest::Method::Password;
        request.email = QString::fromLatin1(SandboxProcess::demoLogin);
        request.password = QString::fromLatin1(SandboxProcess::demoPassword);
        request.v1ApiKey = QString::fromLatin1(SandboxProcess::demoV1Key);
        request.deviceName = QStringLiteral("Frontline test");
        std::optional<SignInResult> signedIn;
        std::optional<SignInError> failed;
        connect(&setup, &AccountSetup::signedIn, this, [&](const SignInResult &r) { signedIn = r; });
        connect(&setup, &AccountSetup::signInFailed, this, [&](const SignInError &e) { failed = e; });
        setup.signIn(request);
        QVERIFY(QTest::qWaitFor([&] { return signedIn || failed; }, 30000));
        QVERIFY2(!failed, qPrintable(failed ? failed->humanMessage() : QString()));
        const SignInResult result = *signedIn;
        const QString apiKey = result.apiKey;
        const QString v1Key = result.v1ApiKey;
        QVERIFY(apiKey.size() >= 16);
        QVERIFY(apiKey != QString::fromLatin1(SandboxProcess::demoV3Key)); // a personal key the server made
        QCOMPARE(v1Key, QString::fromLatin1(SandboxProcess::demoV1Key));
        {
            QSettings settings(profile.settingsPath(), QSettings::IniFormat);
            result.settings.save(settings);
        }

        // Next start: settings from the file, keys from the keychain (as Application does).
        QSettings settings(profile.settingsPath(), QSettings::IniFormat);
        const AccountSettings account = AccountSettings::load(settings);
        QCOMPARE(account, result.settings);
        QVERIFY(account.hasV1Key);
        auto storedKey = waitFor<Expected<QString, KeychainError>>(
                [&](auto done) { credentials.read(account.accountKey(), CredentialStore::Secret::ApiKey, done); });
        auto storedV1 = waitFor<Expected<QString, KeychainError>>(
                [&](auto done) { credentials.read(account.accountKey(), CredentialStore::Secret::V1ApiKey, done); });
        QVERIFY(storedKey);
        QVERIFY(storedV1);
        QCOMPARE(*storedKey, apiKey);
        QCOMPARE(*storedV1, v1Key);

        // A working session with those keys.
        const DemoAgent lars{account.agentId, account.agentEmail, account.agentName, *storedKey, *storedV1};
        QString cachePath;
        {
            WorkspaceSession session(sandbox, lars, dir.path());
            QVERIFY2(session.startAndSync(), qPrintable(session.errorString()));
            cachePath = session.cachePath();
            TicketQuery mine;
            mine.meId = lars.id;
            const QString ticket = session.workspace().store().tickets().rows(mine, 0, 1).value(0).id;
            QVERIFY(!ticket.isEmpty());
            QVERIFY(!session.workspace()
                             .actions()
                             .reply(ticket, QStringLiteral("Secret-free reply 7f3a"), false)
                             .isError());
            QVERIFY(!session.workspace().actions().note(ticket, QStringLiteral("Secret-free note 7f3a")).isError());
            QVERIFY(session.waitOutboxEmpty());
        }
        QSignalSpy signedOut(&setup, &AccountSetup::signedOut);
        setup.signOut(account, apiKey);
        QVERIFY(signedOut.wait(30000));
        auto gone = waitFor<Expected<QString, KeychainError>>(
                [&](auto done) { credentials.read(account.accountKey(), CredentialStore::Secret::ApiKey, done); });
        QVERIFY(!gone);
        QCOMPARE(gone.error().kind, KeychainError::Kind::NotFound);
        auto goneV1 = waitFor<Expected<QString, KeychainError>>(
                [&](auto done) { credentials.read(account.accountKey(), CredentialStore::Secret::V1ApiKey, done); });
        QVERIFY(!goneV1);

        // The files and the log had something to leak: the cache holds the reply, the settings
        // the server, the log every request of the session, the v1 ones included.
        QVERIFY(!filesContaining(dir.path(), QStringLiteral("Secret-free reply 7f3a")).isEmpty());
        QVERIFY(QFile::exists(cachePath));
        QVERIFY(!filesContaining(dir.path(), sandbox.baseUrl().host()).isEmpty());
        const QString logged = logs.text();
        QVERIFY2(logged.contains(QStringLiteral("/api/conversations/")), "no v1 request was logged");
        QVERIFY(logged.contains(QStringLiteral("/apikeys/_login")));
        for (const QString &secret : {apiKey, v1Key}) {
            const QStringList leaks = filesContaining(dir.path(), secret);
            QVERIFY2(leaks.isEmpty(), qPrintable(QStringLiteral("a key is in ") + leaks.join(u", ")));
            QVERIFY2(!logged.contains(secret), "a key was logged");
        }
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
