// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account/accountsetup.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QToolButton;

namespace Frontline {

/// First run and "sign in again": the server address, an API key (with the agent's e-mail) or
/// e-mail and password (and a 2FA code when the server asks), an optional v1 key for replies,
/// and optionally an extra CA or a pinned certificate. "Test connection" says in one sentence
/// what is wrong (with the certificate's fingerprint on TLS problems). Signing in is done by
/// AccountSetup; the dialog only collects, shows progress and explains.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(AccountSetup &setup, QWidget *parent = nullptr);
    ~LoginDialog() override;

    /// The signed-in account, once the dialog was accepted. (Hides QDialog::result(), the
    /// exec() code, which exec() also returns.)
    const SignInResult &result() const { return m_result; }
    /// Fills the form, e.g. with the stored account after the server refused its key.
    void setRequest(const SignInRequest &request);
    /// What the form says now.
    SignInRequest request() const;

    bool isBusy() const { return m_operation != Operation::None; }
    /// The sentence under the form (success, failure or progress).
    QString statusText() const;
    /// The SHA-256 fingerprint shown after a TLS problem, else empty.
    QString shownFingerprint() const;

    QLineEdit *serverEdit() const { return m_server; }
    QRadioButton *apiKeyMethod() const { return m_byKey; }
    QRadioButton *passwordMethod() const { return m_byPassword; }
    QLineEdit *emailEdit() const { return m_email; }
    QLineEdit *apiKeyEdit() const { return m_apiKey; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *twoFactorEdit() const { return m_twoFactor; }
    QLineEdit *v1KeyEdit() const { return m_v1Key; }
    QToolButton *advancedButton() const { return m_advancedToggle; }
    QLineEdit *extraCaEdit() const { return m_extraCa; }
    QLineEdit *pinnedCertEdit() const { return m_pinned; }
    QPushButton *testButton() const { return m_test; }
    QPushButton *signInButton() const { return m_signIn; }
    QPushButton *cancelButton() const;

public Q_SLOTS:
    /// Cancel while busy stops the attempt and keeps the dialog; otherwise it closes.
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Operation { None, Test, SignIn };
    enum class Tone { Neutral, Success, Problem };

    void retranslate();
    void updateMethod();
    void setAdvancedVisible(bool visible);
    void testConnection();
    void signIn();
    void setBusy(Operation operation);
    void connectionTested(const std::optional<SignInError> &error);
    void signedIn(const SignInResult &result);
    void signInFailed(const SignInError &error);
    void showError(const SignInError &error);
    void showStatus(std::function<QString()> text, Tone tone);
    void updateStatus();
    void focusFor(const SignInError &error);
    void browse(QLineEdit *target, const QString &title);
    QWidget *firstEmptyRequiredField() const;

    AccountSetup &m_setup;
    Operation m_operation = Operation::None;
    bool m_keyWasTested = false;
    SignInResult m_result;
    QString m_deviceName;
    bool m_twoFactorAsked = false;
    std::function<QString()> m_statusSource;
    Tone m_statusTone = Tone::Neutral;

    QLabel *m_intro;
    QFormLayout *m_form;
    QLabel *m_serverLabel;
    QLineEdit *m_server;
    QLabel *m_serverHint;
    QLabel *m_methodLabel;
    QRadioButton *m_byKey;
    QRadioButton *m_byPassword;
    QLabel *m_emailLabel;
    QLineEdit *m_email;
    QLabel *m_emailHint;
    QLabel *m_apiKeyLabel;
    QLineEdit *m_apiKey;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QLabel *m_twoFactorLabel;
    QLineEdit *m_twoFactor;
    QLabel *m_v1KeyLabel;
    QLineEdit *m_v1Key;
    QLabel *m_v1Hint;
    QToolButton *m_advancedToggle;
    QWidget *m_advanced;
    QLabel *m_extraCaLabel;
    QLineEdit *m_extraCa;
    QPushButton *m_extraCaBrowse;
    QLabel *m_pinnedLabel;
    QLineEdit *m_pinned;
    QPushButton *m_pinnedBrowse;
    QLabel *m_advancedHint;
    QLabel *m_statusIcon;
    QLabel *m_status;
    QProgressBar *m_progress;
    QWidget *m_fingerprintBox;
    QLabel *m_fingerprintLabel;
    QLabel *m_fingerprint;
    QString m_fingerprintValue;
    QLabel *m_fingerprintHint;
    QDialogButtonBox *m_buttons;
    QPushButton *m_test;
    QPushButton *m_signIn;
};

} // namespace Frontline
