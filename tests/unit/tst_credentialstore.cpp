// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/accountsettings.h"
#include "account/credentialstore.h"
#include "account/profile.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Frontline;

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
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
