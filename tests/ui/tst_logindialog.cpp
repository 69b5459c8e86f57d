// SPDX-License-Identifier: GPL-3.0-or-later
// The sign-in dialog over the real AccountSetup, with failures produced for real and no
// server: a closed loopback port, an http:// address, empty fields, a server that never
// answers, a host that does not exist, a web server that is not LiveAgent. The answers of a LiveAgent server are in tst_logindialog_sandbox.
#include "dialogs/logindialog.h"

#include "dialogchecks.h"
#include "logindialogdriver.h"
#include "loopbacktlsserver.h"
#include "selfsignedcertificate.h"

#include <QApplication>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QTcpServer>
#include <QTest>
#include <QToolButton>

using namespace Frontline;
using namespace Frontline::Test;

class TestLoginDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QNetworkAccessManager> m_network;
    CredentialStore m_credentials{QStringLiteral("FrontlineLoginDialogTest")};
    std::unique_ptr<AccountSetup> m_setup;
    std::unique_ptr<LoginDialog> m_dialog;

    /// A port on 127.0.0.1 nobody listens on.
    static quint16 closedPort()
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost))
            return 1;
        const quint16 port = probe.serverPort();
        probe.close();
        return port;
    }

    void open()
    {
        m_dialog = std::make_unique<LoginDialog>(*m_setup);
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    }

    static QWidget *focus() { return QApplication::focusWidget(); }

private slots:
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

    void missingFieldSentenceAndFocus()
    {
        open();
        QCOMPARE(focus(), m_dialog->serverEdit());
        QTest::keyClicks(m_dialog->serverEdit(), QStringLiteral("https://127.0.0.1:%1").arg(closedPort()));
        QTest::keyClick(m_dialog->serverEdit(), Qt::Key_Return); // Sign In is the default button
        QVERIFY(LoginDialogDriver(*m_dialog).waitUntilIdle());
        QCOMPARE(m_dialog->statusText(), QStringLiteral("Please fill in: API key."));
        QCOMPARE(focus(), m_dialog->apiKeyEdit());
        QVERIFY(m_dialog->isVisible());

        // With the key, the e-mail is next.
        QTest::keyClicks(m_dialog->apiKeyEdit(), QStringLiteral("some-key"));
        QTest::keyClick(m_dialog->apiKeyEdit(), Qt::Key_Return);
        QVERIFY(LoginDialogDriver(*m_dialog).waitUntilIdle());
        QCOMPARE(m_dialog->statusText(), QStringLiteral("Please fill in: E-mail."));
        QCOMPARE(focus(), m_dialog->emailEdit());
    }

    void insecureAddressSentence()
    {
        open();
        QTest::keyClicks(m_dialog->serverEdit(), QStringLiteral("http://example.com"));
        DialogChecks::pressAlt(m_dialog.get(), Qt::Key_T); // Test Connection
        QVERIFY(LoginDialogDriver(*m_dialog).waitUntilIdle());
        QCOMPARE(m_dialog->statusText(), ApiError(ApiError::Kind::InsecureUrl).humanMessage());
        QCOMPARE(focus(), m_dialog->serverEdit());
    }

    void cannotConnectSentence()
    {
        open();
        LoginDialogDriver driver(*m_dialog);
        QTest::keyClicks(m_dialog->serverEdit(), QStringLiteral("https://127.0.0.1:%1").arg(closedPort()));
        QVERIFY(driver.fill(Qt::Key_A, m_dialog->apiKeyEdit(), QStringLiteral("some-key")));
        QVERIFY(driver.fill(Qt::Key_E, m_dialog->emailEdit(), QStringLiteral("me@acme.example")));
        QTest::mouseClick(m_dialog->testButton(), Qt::LeftButton);
        QVERIFY(driver.waitUntilIdle());
        QCOMPARE(m_dialog->statusText(),
                 QStringLiteral("127.0.0.1 refused the connection. Is the address right and the server running?"));
        QVERIFY(m_dialog->shownFingerprint().isEmpty());
        QVERIFY(m_dialog->serverEdit()->isEnabled());
        QVERIFY(m_dialog->signInButton()->isEnabled());
        QCOMPARE(focus(), m_dialog->serverEdit());
    }

    void noSuchHostSentence()
    {
        open();
        QTest::keyClicks(m_dialog->serverEdit(), QStringLiteral("https://no-such-host.invalid")); // RFC 6761
        QTest::mouseClick(m_dialog->testButton(), Qt::LeftButton);
        QVERIFY(LoginDialogDriver(*m_dialog).waitUntilIdle());
        QCOMPARE(m_dialog->statusText(),
                 QStringLiteral("There is no such host: no-such-host.invalid. Check the server address."));
        QCOMPARE(focus(), m_dialog->serverEdit());
    }

    void notALiveAgentServerSentence_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("a web site") << 200 << QByteArray("<!doctype html><html><body>Welcome to Acme</body></html>");
        QTest::newRow("nothing at /api/v3") << 404 << QByteArray("<html><body>404 Not Found</body></html>");
    }

    void notALiveAgentServerSentence()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QString error;
        const auto certificate = SelfSignedCertificate::generate(QStringLiteral("127.0.0.1"), &error);
        QVERIFY2(certificate, qPrintable(error));
        LoopbackTlsServer server(certificate->certificate(), certificate->key());
        server.setHandler([&](const LoopbackTlsServer::Request &) {
            return LoopbackTlsServer::Response{status, body, {{"Content-Type", "text/html"}}};
        });
        QVERIFY(server.listen());

        open();
        LoginDialogDriver driver(*m_dialog);
        QTest::keyClicks(m_dialog->serverEdit(), QStringLiteral("https://127.0.0.1:%1").arg(server.port()));
        QVERIFY(driver.pin(certificate->certificatePath()));
        QTest::mouseClick(m_dialog->testButton(), Qt::LeftButton);
        QVERIFY(driver.waitUntilIdle());
        QVERIFY(!server.requests().isEmpty()); // it did get there
        QCOMPARE(m_dialog->statusText(),
                 QStringLiteral("The server's answer could not be understood. Is this the "
                                "address of a LiveAgent server?"));
        QCOMPARE(focus(), m_dialog->serverEdit());
    }

    void methodSwitchShowsTheRightFields()
    {
        open();
        QVERIFY(m_dialog->apiKeyEdit()->isVisible());
        QVERIFY(!m_dialog->passwordEdit()->isVisible());
        QVERIFY(!m_dialog->twoFactorEdit()->isVisible());
        DialogChecks::pressAlt(m_dialog.get(), Qt::Key_W);
        QVERIFY(m_dialog->passwordMethod()->isChecked());
        QVERIFY(!m_dialog->apiKeyEdit()->isVisible());
        QVERIFY(m_dialog->passwordEdit()->isVisible());
        QVERIFY(!m_dialog->twoFactorEdit()->isVisible()); // only when the server asks
        QCOMPARE(m_dialog->request().method, SignInRequest::Method::Password);
        DialogChecks::pressAlt(m_dialog.get(), Qt::Key_K);
        QVERIFY(m_dialog->apiKeyEdit()->isVisible());
        QCOMPARE(m_dialog->request().method, SignInRequest::Method::ApiKey);
    }

    void tabWalksTheFormTopToBottom()
    {
        open();
        const QList<QWidget *> chain = DialogChecks::tabChain(m_dialog.get(), 8);
        const QList<QWidget *> expected{m_dialog->apiKeyMethod(), // the radio group is one stop
                                        m_dialog->emailEdit(),      m_dialog->apiKeyEdit(), m_dialog->v1KeyEdit(),
                                        m_dialog->advancedButton(), m_dialog->testButton(), m_dialog->signInButton(),
                                        m_dialog->cancelButton()};
        QCOMPARE(chain, expected);
    }

    void escapeWhileBusyStopsThenCloses()
    {
        // A server that accepts the connection and never says a word: the attempt hangs.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        open();
        QTest::keyClicks(m_dialog->serverEdit(), QStringLiteral("https://127.0.0.1:%1").arg(silent.serverPort()));
        DialogChecks::pressAlt(m_dialog.get(), Qt::Key_T);
        QVERIFY(m_dialog->isBusy());
        QCOMPARE(m_dialog->statusText(), QStringLiteral("Testing the connection…"));
        QVERIFY(!m_dialog->serverEdit()->isEnabled());
        QVERIFY(!m_dialog->signInButton()->isEnabled());
        QVERIFY(!m_dialog->testButton()->isEnabled());
        QVERIFY(m_dialog->cancelButton()->isEnabled());
        QCOMPARE(focus(), m_dialog->cancelButton());
        QVERIFY(!DialogChecks::screenshot(m_dialog.get(), QStringLiteral("login-busy")).isEmpty());

        QTest::keyClick(focus(), Qt::Key_Escape);
        QVERIFY(!m_dialog->isBusy());
        QVERIFY(m_dialog->isVisible());
        QCOMPARE(m_dialog->statusText(), QStringLiteral("Stopped. Nothing was changed."));
        QVERIFY(m_dialog->serverEdit()->isEnabled());
        QTest::keyClick(focus(), Qt::Key_Escape);
        QVERIFY(!m_dialog->isVisible());
        QCOMPARE(m_dialog->QDialog::result(), int(QDialog::Rejected));
    }

    void prefillPutsTheFocusOnWhatIsMissing()
    {
        open();
        SignInRequest request;
        request.serverUrl = QStringLiteral("https://acme.ladesk.com/agent");
        request.method = SignInRequest::Method::Password;
        request.email = QStringLiteral("lars@acme.example");
        request.v1ApiKey = QStringLiteral("v1-key");
        request.pinnedCertFile = QStringLiteral("/etc/acme.pem");
        m_dialog->setRequest(request);
        QCOMPARE(m_dialog->serverEdit()->text(), request.serverUrl);
        QVERIFY(m_dialog->passwordMethod()->isChecked());
        QCOMPARE(focus(), m_dialog->passwordEdit());
        QVERIFY(m_dialog->pinnedCertEdit()->isVisible()); // Advanced opens to show what is set
        const SignInRequest back = m_dialog->request();
        QCOMPARE(back.serverUrl, request.serverUrl);
        QCOMPARE(back.email, request.email);
        QCOMPARE(back.v1ApiKey, request.v1ApiKey);
        QCOMPARE(back.pinnedCertFile, request.pinnedCertFile);
        QVERIFY(!back.deviceName.isEmpty());
    }

    void statusFollowsALanguageSwitch()
    {
        open();
        QTest::keyClicks(m_dialog->serverEdit(), QStringLiteral("http://example.com"));
        QTest::mouseClick(m_dialog->testButton(), Qt::LeftButton);
        QVERIFY(LoginDialogDriver(*m_dialog).waitUntilIdle());
        QTest::mouseClick(m_dialog->advancedButton(), Qt::LeftButton);
        const QStringList problems = DialogChecks::textsMissedByLanguageSwitch(m_dialog.get());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QCOMPARE(m_dialog->statusText(), ApiError(ApiError::Kind::InsecureUrl).humanMessage()); // English again
    }

    void accessibleWithUniqueMnemonics()
    {
        open();
        QStringList problems = DialogChecks::inputsWithoutAccessibleName(m_dialog.get());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        problems = DialogChecks::duplicateMnemonics(m_dialog.get());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void screenshots()
    {
        open();
        QVERIFY(!DialogChecks::screenshot(m_dialog.get(), QStringLiteral("login")).isEmpty());
        QTest::mouseClick(m_dialog->advancedButton(), Qt::LeftButton);
        DialogChecks::pressAlt(m_dialog.get(), Qt::Key_W);
        QVERIFY(!DialogChecks::screenshot(m_dialog.get(), QStringLiteral("login-password-advanced")).isEmpty());
    }
};

QTEST_MAIN(TestLoginDialog)
#include "tst_logindialog.moc"
