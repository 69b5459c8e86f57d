// SPDX-License-Identifier: GPL-3.0-or-later
// The sign-in dialog over the real AccountSetup: failures produced for real (a closed loopback
// port, an http:// address, empty fields) and a loopback HTTPS server with a self-signed
// certificate for TLS, pinning and the two-factor prompt. Runs in a private keyring session.
#include "dialogs/logindialog.h"

#include "dialogchecks.h"
#include "loopbacktlsserver.h"
#include "selfsignedcertificate.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QTcpServer>
#include <QTest>
#include <QToolButton>
#include <QUrlQuery>

using namespace Frontline;
using namespace Frontline::Test;

namespace {

QString colonHex(const QByteArray &digest)
{
    QStringList parts;
    for (char c : digest)
        parts.append(QStringLiteral("%1").arg(uchar(c), 2, 16, QLatin1Char('0')).toUpper());
    return parts.join(u':');
}

} // namespace

class TestLoginDialog : public QObject
{
    Q_OBJECT

private:
    std::optional<SelfSignedCertificate> m_certificate;
    std::unique_ptr<LoopbackTlsServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network; // fresh per test: no connection or TLS state carried over
    CredentialStore m_credentials{QStringLiteral("FrontlineLoginDialogTest")};
    std::unique_ptr<AccountSetup> m_setup;
    std::unique_ptr<LoginDialog> m_dialog;

    QString serverUrl() const { return QStringLiteral("https://127.0.0.1:%1").arg(m_server->port()); }

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

    /// Moves the focus with a mnemonic and types there; false if the focus went elsewhere.
    [[nodiscard]] bool fill(Qt::Key mnemonic, QLineEdit *expected, const QString &text)
    {
        DialogChecks::pressAlt(m_dialog.get(), mnemonic);
        if (focus() != expected) {
            qWarning() << "Alt+" << QKeySequence(mnemonic).toString() << "focused" << focus();
            return false;
        }
        expected->selectAll();
        QTest::keyClicks(expected, text);
        return true;
    }

    void waitUntilIdle() { QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isBusy(), 20000); }

    [[nodiscard]] bool pinCertificate()
    {
        QTest::mouseClick(m_dialog->advancedButton(), Qt::LeftButton);
        return m_dialog->pinnedCertEdit()->isVisible()
                && fill(Qt::Key_N, m_dialog->pinnedCertEdit(), m_certificate->certificatePath());
    }

    static LoopbackTlsServer::Response json(int status, const QJsonObject &body)
    {
        return LoopbackTlsServer::Response{status, QJsonDocument(body).toJson(QJsonDocument::Compact), {}};
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_certificate = SelfSignedCertificate::generate(QStringLiteral("frontline-login-test"), &error);
        QVERIFY2(m_certificate, qPrintable(error));
        m_server = std::make_unique<LoopbackTlsServer>(m_certificate->certificate(), m_certificate->key());
        QVERIFY(m_server->listen());
        // A LiveAgent in miniature: ping, the password login with its 2FA step, one agent.
        m_server->setHandler([](const LoopbackTlsServer::Request &r) {
            const QByteArray path = r.target.split('?').first();
            if (path.endsWith("/ping"))
                return json(200, {});
            if (path.endsWith("/apikeys/_login")) {
                const QJsonObject login = QJsonDocument::fromJson(r.body).object();
                if (login.value(QStringLiteral("password")).toString() != QStringLiteral("demo"))
                    return json(403, {{QStringLiteral("message"), QStringLiteral("Invalid login or password")}});
                const QString code = login.value(QStringLiteral("two_factor_token")).toString();
                if (code.isEmpty())
                    return json(424, {{QStringLiteral("message"), QStringLiteral("Two-factor token required")}});
                if (code != QStringLiteral("246810"))
                    return json(425, {{QStringLiteral("message"), QStringLiteral("Invalid two-factor token")}});
                return json(200,
                            {{QStringLiteral("id"), QStringLiteral("key-1")},
                             {QStringLiteral("key"), QStringLiteral("personal-key-123")},
                             {QStringLiteral("userid"), QStringLiteral("a1")}});
            }
            if (path.endsWith("/agents/a1"))
                return json(200,
                            {{QStringLiteral("id"), QStringLiteral("a1")},
                             {QStringLiteral("name"), QStringLiteral("Ingrid Haugen")},
                             {QStringLiteral("email"), QStringLiteral("ingrid@demo.example")}});
            return json(404, {{QStringLiteral("message"), QStringLiteral("Not found")}});
        });
    }

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
        QTest::keyClicks(m_dialog->serverEdit(), serverUrl());
        QTest::keyClick(m_dialog->serverEdit(), Qt::Key_Return); // Sign In is the default button
        waitUntilIdle();
        QCOMPARE(m_dialog->statusText(), QStringLiteral("Please fill in: API key."));
        QCOMPARE(focus(), m_dialog->apiKeyEdit());
        QVERIFY(m_dialog->isVisible());
    }

    void insecureAddressSentence()
    {
        open();
        QTest::keyClicks(m_dialog->serverEdit(), QStringLiteral("http://example.com"));
        DialogChecks::pressAlt(m_dialog.get(), Qt::Key_T); // Test Connection
        waitUntilIdle();
        QCOMPARE(m_dialog->statusText(), ApiError(ApiError::Kind::InsecureUrl).humanMessage());
        QCOMPARE(focus(), m_dialog->serverEdit());
    }

    void cannotConnectSentence()
    {
        open();
        const QString address = QStringLiteral("https://127.0.0.1:%1").arg(closedPort());
        QTest::keyClicks(m_dialog->serverEdit(), address);
        QVERIFY(fill(Qt::Key_A, m_dialog->apiKeyEdit(), QStringLiteral("some-key")));
        QVERIFY(fill(Qt::Key_E, m_dialog->emailEdit(), QStringLiteral("me@acme.example")));
        QTest::mouseClick(m_dialog->testButton(), Qt::LeftButton);
        waitUntilIdle();
        QVERIFY2(m_dialog->statusText().contains(QStringLiteral("refused the connection")),
                 qPrintable(m_dialog->statusText()));
        QVERIFY(m_dialog->shownFingerprint().isEmpty());
        QVERIFY(m_dialog->serverEdit()->isEnabled());
        QVERIFY(m_dialog->signInButton()->isEnabled());
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
        const QList<QWidget *> chain = DialogChecks::tabChain(m_dialog.get(), 5);
        QCOMPARE(chain.at(0), m_dialog->apiKeyMethod()); // the radio group is one stop
        QCOMPARE(chain.at(1), m_dialog->emailEdit());
        QCOMPARE(chain.at(2), m_dialog->apiKeyEdit());
        QCOMPARE(chain.at(3), m_dialog->v1KeyEdit());
        QCOMPARE(chain.at(4), m_dialog->advancedButton());
    }

    void tlsProblemShowsTheFingerprint()
    {
        open();
        QTest::keyClicks(m_dialog->serverEdit(), serverUrl());
        QTest::mouseClick(m_dialog->testButton(), Qt::LeftButton);
        waitUntilIdle();
        const QString expected =
                colonHex(QCryptographicHash::hash(m_certificate->certificate().toDer(), QCryptographicHash::Sha256));
        QCOMPARE(m_dialog->shownFingerprint(), expected);
        QVERIFY2(m_dialog->statusText().contains(QStringLiteral("TLS problem")), qPrintable(m_dialog->statusText()));
        QVERIFY(!m_dialog->statusText().contains(expected)); // in its own field, not twice
        QVERIFY(!DialogChecks::screenshot(m_dialog.get(), QStringLiteral("login-tls")).isEmpty());
    }

    void pinnedCertificateConnects()
    {
        open();
        QTest::keyClicks(m_dialog->serverEdit(), serverUrl());
        QVERIFY(pinCertificate());
        DialogChecks::pressAlt(m_dialog.get(), Qt::Key_T);
        waitUntilIdle();
        QCOMPARE(m_dialog->statusText(), QStringLiteral("The connection works: this is a LiveAgent server."));
        QVERIFY(m_dialog->shownFingerprint().isEmpty());
        QCOMPARE(m_dialog->request().pinnedCertFile, m_certificate->certificatePath());
    }

    void wrongPasswordSentence()
    {
        open();
        QTest::keyClicks(m_dialog->serverEdit(), serverUrl());
        QVERIFY(pinCertificate());
        DialogChecks::pressAlt(m_dialog.get(), Qt::Key_W);
        QVERIFY(fill(Qt::Key_E, m_dialog->emailEdit(), QStringLiteral("ingrid@demo.example")));
        QVERIFY(fill(Qt::Key_P, m_dialog->passwordEdit(), QStringLiteral("wrong")));
        QTest::keyClick(focus(), Qt::Key_Return);
        waitUntilIdle();
        QCOMPARE(m_dialog->statusText(), QStringLiteral("The login or password is wrong."));
        QVERIFY(m_dialog->isVisible());
        QCOMPARE(focus(), m_dialog->passwordEdit());
    }

    void twoFactorCodeIsAskedThenAccepted()
    {
        open();
        QTest::keyClicks(m_dialog->serverEdit(), serverUrl());
        QVERIFY(pinCertificate());
        DialogChecks::pressAlt(m_dialog.get(), Qt::Key_W);
        QVERIFY(fill(Qt::Key_E, m_dialog->emailEdit(), QStringLiteral("ingrid@demo.example")));
        QVERIFY(fill(Qt::Key_P, m_dialog->passwordEdit(), QStringLiteral("demo")));
        DialogChecks::pressAlt(m_dialog.get(), Qt::Key_I); // Sign In
        waitUntilIdle();
        QCOMPARE(m_dialog->statusText(), QStringLiteral("Enter the code from your two-factor authentication app."));
        QVERIFY(m_dialog->twoFactorEdit()->isVisible());
        QCOMPARE(focus(), m_dialog->twoFactorEdit());
        QVERIFY(!DialogChecks::screenshot(m_dialog.get(), QStringLiteral("login-2fa")).isEmpty());

        QTest::keyClicks(m_dialog->twoFactorEdit(), QStringLiteral("111111"));
        QTest::keyClick(m_dialog->twoFactorEdit(), Qt::Key_Return);
        waitUntilIdle();
        QCOMPARE(m_dialog->statusText(), QStringLiteral("The two-factor authentication code is wrong or has expired."));
        QCOMPARE(focus(), m_dialog->twoFactorEdit());

        QTest::keyClicks(m_dialog->twoFactorEdit(), QStringLiteral("246810")); // replaces the selected code
        QTest::keyClick(m_dialog->twoFactorEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isVisible(), 20000);
        QCOMPARE(m_dialog->QDialog::result(), int(QDialog::Accepted));
        QCOMPARE(m_dialog->result().me.id, QStringLiteral("a1"));
        QCOMPARE(m_dialog->result().apiKey, QStringLiteral("personal-key-123"));
        QCOMPARE(m_dialog->result().settings.pinnedCertFile, m_certificate->certificatePath());
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
        waitUntilIdle();
        QTest::mouseClick(m_dialog->advancedButton(), Qt::LeftButton);
        QStringList problems = DialogChecks::textsMissedByLanguageSwitch(m_dialog.get());
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
