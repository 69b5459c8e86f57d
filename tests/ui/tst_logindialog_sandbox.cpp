// SPDX-License-Identifier: GPL-3.0-or-later
// The sign-in dialog against the real frontline-sandbox (built-in demo seed) over real TLS:
// success with a key and the agent's e-mail, with e-mail and password, the two-factor step,
// a wrong password, the TLS sentence and fingerprint of an unpinned certificate, and pinning.
// The keys go to a private keyring session (SESSION keyring).
#include "dialogs/logindialog.h"

#include "dialogchecks.h"
#include "logindialogdriver.h"
#include "sandboxclient.h"
#include "sandboxprocess.h"

#include "api/wire/wire.h"

#include <QApplication>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

using namespace Frontline;
using namespace Frontline::Test;

namespace {

const QString kIngrid = QStringLiteral("ingrid.haugen@demo.frontline.example");

} // namespace

class TestLoginDialogSandbox : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox{{QStringLiteral("--rate-limit"), QStringLiteral("0")}};
    std::unique_ptr<QNetworkAccessManager> m_network;
    CredentialStore m_credentials{QStringLiteral("FrontlineLoginDialogSandboxTest")};
    std::unique_ptr<AccountSetup> m_setup;
    std::unique_ptr<LoginDialog> m_dialog;

    QString server() const { return m_sandbox.baseUrl().toString(); }
    static QWidget *focus() { return QApplication::focusWidget(); }

    /// Opens the dialog and fills the address (and the pinned certificate, unless told not to).
    void open(bool pinned = true)
    {
        m_dialog = std::make_unique<LoginDialog>(*m_setup);
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
        QTest::keyClicks(m_dialog->serverEdit(), server());
        if (pinned)
            QVERIFY(LoginDialogDriver(*m_dialog).pin(m_sandbox.certificateFile()));
    }

    /// Switches to e-mail and password and fills them in.
    void byPassword(const QString &email, const QString &password)
    {
        LoginDialogDriver driver(*m_dialog);
        DialogChecks::pressAlt(m_dialog.get(), Qt::Key_W);
        QVERIFY(m_dialog->passwordMethod()->isChecked());
        QVERIFY(driver.fill(Qt::Key_E, m_dialog->emailEdit(), email));
        QVERIFY(driver.fill(Qt::Key_P, m_dialog->passwordEdit(), password));
    }

    QString keychainValue(const QString &accountKey, CredentialStore::Secret secret)
    {
        QString value;
        bool done = false;
        m_credentials.read(accountKey, secret, [&](Expected<QString, KeychainError> v) {
            if (v)
                value = *v;
            done = true;
        });
        if (!QTest::qWaitFor([&done] { return done; }, 20000))
            return QStringLiteral("(no answer from the keychain)");
        return value;
    }

    void waitUntilSignedIn()
    {
        QVERIFY(QTest::qWaitFor([this] { return !m_dialog->isVisible() || !m_dialog->isBusy(); }, 30000));
        QVERIFY(LoginDialogDriver(*m_dialog).waitUntilIdle());
        QVERIFY2(!m_dialog->isVisible(), qPrintable(m_dialog->statusText()));
        QCOMPARE(m_dialog->QDialog::result(), int(QDialog::Accepted));
    }

private slots:
    void initTestCase() { QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString())); }

    void init()
    {
        m_network = std::make_unique<QNetworkAccessManager>();
        m_setup = std::make_unique<AccountSetup>(m_network.get(), m_credentials);
    }

    void cleanup()
    {
        m_dialog.reset();
        m_setup.reset();
        m_network.reset();
    }

    void unpinnedCertificateShowsTheTlsSentenceAndFingerprint()
    {
        open(false);
        QTest::mouseClick(m_dialog->testButton(), Qt::LeftButton);
        QVERIFY(LoginDialogDriver(*m_dialog).waitUntilIdle());
        const QString fingerprint = LoginDialogDriver::fingerprint(m_sandbox.certificate());
        QCOMPARE(m_dialog->shownFingerprint(), fingerprint);
        QVERIFY2(m_dialog->statusText().startsWith(
                         QStringLiteral("The secure connection to 127.0.0.1 could not be established (TLS problem).")),
                 qPrintable(m_dialog->statusText()));
        QVERIFY(!m_dialog->statusText().contains(fingerprint)); // in its own field, not twice
        QVERIFY(!DialogChecks::screenshot(m_dialog.get(), QStringLiteral("login-tls")).isEmpty());
    }

    void pinnedCertificateAndKeyPassTheTest()
    {
        open();
        LoginDialogDriver driver(*m_dialog);
        QVERIFY(driver.fill(Qt::Key_A, m_dialog->apiKeyEdit(), QString::fromLatin1(SandboxProcess::demoV3Key)));
        DialogChecks::pressAlt(m_dialog.get(), Qt::Key_T);
        QVERIFY(driver.waitUntilIdle());
        QCOMPARE(m_dialog->statusText(),
                 QStringLiteral("The connection works: this is a LiveAgent server and it accepts the API key."));
        QVERIFY(m_dialog->shownFingerprint().isEmpty());

        // The same test with a key the server does not know (LiveAgent answers 403 "ApiKey not
        // found"; either of core's two key sentences is right here).
        QVERIFY(driver.fill(Qt::Key_A, m_dialog->apiKeyEdit(), QStringLiteral("not-a-key")));
        DialogChecks::pressAlt(m_dialog.get(), Qt::Key_T);
        QVERIFY(driver.waitUntilIdle());
        QVERIFY2(m_dialog->statusText().startsWith(QStringLiteral("The API key is not allowed to do this."))
                         || m_dialog->statusText().startsWith(QStringLiteral("The server refused the API key.")),
                 qPrintable(m_dialog->statusText()));
        QCOMPARE(focus(), m_dialog->apiKeyEdit());
    }

    void signsInWithKeyAndEmail()
    {
        open();
        LoginDialogDriver driver(*m_dialog);
        QVERIFY(driver.fill(Qt::Key_E, m_dialog->emailEdit(), QString::fromLatin1(SandboxProcess::demoLogin)));
        QVERIFY(driver.fill(Qt::Key_A, m_dialog->apiKeyEdit(), QString::fromLatin1(SandboxProcess::demoV3Key)));
        QVERIFY(driver.fill(Qt::Key_1, m_dialog->v1KeyEdit(), QString::fromLatin1(SandboxProcess::demoV1Key)));
        QTest::keyClick(focus(), Qt::Key_Return);
        waitUntilSignedIn();

        const SignInResult &r = m_dialog->result();
        QCOMPARE(r.me.id, QString::fromLatin1(SandboxProcess::demoAgentId));
        QCOMPARE(r.me.name, QStringLiteral("Lars Nielsen"));
        QCOMPARE(r.apiKey, QString::fromLatin1(SandboxProcess::demoV3Key));
        QCOMPARE(r.v1ApiKey, QString::fromLatin1(SandboxProcess::demoV1Key));
        QCOMPARE(r.settings.serverUrl, server());
        QCOMPARE(r.settings.pinnedCertFile, m_sandbox.certificateFile());
        QVERIFY(r.settings.hasV1Key);
        QCOMPARE(keychainValue(r.settings.accountKey(), CredentialStore::Secret::ApiKey),
                 QString::fromLatin1(SandboxProcess::demoV3Key));
        QCOMPARE(keychainValue(r.settings.accountKey(), CredentialStore::Secret::V1ApiKey),
                 QString::fromLatin1(SandboxProcess::demoV1Key));
    }

    void signsInWithEmailAndPassword()
    {
        open();
        byPassword(QString::fromLatin1(SandboxProcess::demoLogin), QString::fromLatin1(SandboxProcess::demoPassword));
        DialogChecks::pressAlt(m_dialog.get(), Qt::Key_I); // Sign In
        waitUntilSignedIn();

        const SignInResult &r = m_dialog->result();
        QCOMPARE(r.me.id, QString::fromLatin1(SandboxProcess::demoAgentId));
        QVERIFY(!r.apiKey.isEmpty()); // a personal key made for this installation
        QVERIFY(!r.settings.apiKeyId.isEmpty());
        QVERIFY(!r.settings.hasV1Key);
        QCOMPARE(keychainValue(r.settings.accountKey(), CredentialStore::Secret::ApiKey), r.apiKey);
    }

    void wrongPasswordSentence()
    {
        open();
        byPassword(QString::fromLatin1(SandboxProcess::demoLogin), QStringLiteral("not-the-password"));
        QTest::keyClick(focus(), Qt::Key_Return);
        QVERIFY(LoginDialogDriver(*m_dialog).waitUntilIdle());
        QCOMPARE(m_dialog->statusText(), QStringLiteral("The login or password is wrong."));
        QVERIFY(m_dialog->isVisible());
        QCOMPARE(focus(), m_dialog->passwordEdit());
    }

    void tooManyFailedSignInsSentence()
    {
        // LiveAgent's login throttle: after 10 failures of one login within an hour, 429 with a
        // Retry-After far beyond what the client waits for by itself.
        const QString magnus = QStringLiteral("magnus.berg@demo.frontline.example");
        SandboxClient client(m_sandbox, QByteArray());
        ApiKeyLogin wrong;
        wrong.login = magnus;
        wrong.password = QStringLiteral("not-the-password");
        wrong.name = QStringLiteral("test");
        wrong.type = QStringLiteral("A");
        for (int i = 0; i < 10; ++i)
            QCOMPARE(client.post(QStringLiteral("/apikeys/_login"), Wire::encodeApiKeyLogin(wrong)).status, 403);

        open();
        byPassword(magnus, QStringLiteral("demo")); // now even the right password
        QTest::keyClick(focus(), Qt::Key_Return);
        QVERIFY(LoginDialogDriver(*m_dialog).waitUntilIdle());
        QCOMPARE(m_dialog->statusText(),
                 QStringLiteral("Too many failed sign-ins or requests to the server. Try again in 60 minute(s)."));
        QVERIFY(m_dialog->isVisible());
    }

    void twoFactorCodeIsAskedThenAccepted()
    {
        open();
        byPassword(kIngrid, QStringLiteral("demo"));
        QVERIFY(!m_dialog->twoFactorEdit()->isVisible());
        DialogChecks::pressAlt(m_dialog.get(), Qt::Key_I);
        QVERIFY(LoginDialogDriver(*m_dialog).waitUntilIdle());
        QCOMPARE(m_dialog->statusText(), QStringLiteral("Enter the code from your two-factor authentication app."));
        QVERIFY(m_dialog->twoFactorEdit()->isVisible());
        QCOMPARE(focus(), m_dialog->twoFactorEdit());
        QVERIFY(!DialogChecks::screenshot(m_dialog.get(), QStringLiteral("login-2fa")).isEmpty());

        QTest::keyClicks(m_dialog->twoFactorEdit(), QStringLiteral("111111"));
        QTest::keyClick(m_dialog->twoFactorEdit(), Qt::Key_Return);
        QVERIFY(LoginDialogDriver(*m_dialog).waitUntilIdle());
        QCOMPARE(m_dialog->statusText(), QStringLiteral("The two-factor authentication code is wrong or has expired."));
        QCOMPARE(focus(), m_dialog->twoFactorEdit());

        QTest::keyClicks(m_dialog->twoFactorEdit(), QStringLiteral("246810")); // replaces the selected code
        QTest::keyClick(m_dialog->twoFactorEdit(), Qt::Key_Return);
        waitUntilSignedIn();
        QCOMPARE(m_dialog->result().me.id, QStringLiteral("ag-ingrid"));
        QCOMPARE(m_dialog->result().me.email, kIngrid);
    }
};

QTEST_MAIN(TestLoginDialogSandbox)
#include "tst_logindialog_sandbox.moc"
