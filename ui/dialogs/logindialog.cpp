// SPDX-License-Identifier: GPL-3.0-or-later
#include "logindialog.h"

#include "dialogsizing.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QSysInfo>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Frontline {

namespace {

QLabel *hintLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    // A form row may be taller than the wrapped text; the hint belongs right under its field.
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    QFont small = label->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    label->setFont(small);
    return label;
}

QLineEdit *secretEdit(QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setEchoMode(QLineEdit::Password);
    edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    return edit;
}

} // namespace

LoginDialog::LoginDialog(AccountSetup &setup, QWidget *parent)
    : QDialog(parent)
    , m_setup(setup)
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);

    // Created in the order of the form, so Tab walks it from top to bottom.
    m_serverLabel = new QLabel(this);
    m_server = new QLineEdit(this);
    m_server->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    m_server->setMinimumWidth(320); // the form's width; the hints wrap to it
    m_serverLabel->setBuddy(m_server);
    m_serverHint = hintLabel(this);

    m_methodLabel = new QLabel(this);
    m_byKey = new QRadioButton(this);
    m_byPassword = new QRadioButton(this);
    m_byKey->setChecked(true);
    auto *methods = new QHBoxLayout;
    methods->setContentsMargins(0, 0, 0, 0);
    methods->addWidget(m_byKey);
    methods->addWidget(m_byPassword);
    methods->addStretch(1);

    m_emailLabel = new QLabel(this);
    m_email = new QLineEdit(this);
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_emailLabel->setBuddy(m_email);
    m_emailHint = hintLabel(this);
    m_apiKeyLabel = new QLabel(this);
    m_apiKey = secretEdit(this);
    m_apiKeyLabel->setBuddy(m_apiKey);
    m_passwordLabel = new QLabel(this);
    m_password = secretEdit(this);
    m_passwordLabel->setBuddy(m_password);
    m_twoFactorLabel = new QLabel(this);
    m_twoFactor = new QLineEdit(this);
    m_twoFactor->setInputMethodHints(Qt::ImhDigitsOnly);
    m_twoFactor->setMaxLength(16);
    m_twoFactorLabel->setBuddy(m_twoFactor);
    m_v1KeyLabel = new QLabel(this);
    m_v1Key = secretEdit(this);
    m_v1KeyLabel->setBuddy(m_v1Key);
    m_v1Hint = hintLabel(this);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(m_serverLabel, m_server);
    m_form->addRow(QString(), m_serverHint);
    m_form->addRow(m_methodLabel, methods);
    m_form->addRow(m_emailLabel, m_email);
    m_form->addRow(QString(), m_emailHint);
    m_form->addRow(m_apiKeyLabel, m_apiKey);
    m_form->addRow(m_passwordLabel, m_password);
    m_form->addRow(m_twoFactorLabel, m_twoFactor);
    m_form->addRow(m_v1KeyLabel, m_v1Key);
    m_form->addRow(QString(), m_v1Hint);

    m_advancedToggle = new QToolButton(this);
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setArrowType(Qt::RightArrow);
    m_advancedToggle->setAutoRaise(true);
    m_advanced = new QWidget(this);
    m_extraCaLabel = new QLabel(m_advanced);
    m_extraCa = new QLineEdit(m_advanced);
    m_extraCaLabel->setBuddy(m_extraCa);
    m_extraCaBrowse = new QPushButton(m_advanced);
    m_pinnedLabel = new QLabel(m_advanced);
    m_pinned = new QLineEdit(m_advanced);
    m_pinnedLabel->setBuddy(m_pinned);
    m_pinnedBrowse = new QPushButton(m_advanced);
    m_advancedHint = hintLabel(m_advanced);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_extraCa, 1);
    caRow->addWidget(m_extraCaBrowse);
    auto *pinRow = new QHBoxLayout;
    pinRow->addWidget(m_pinned, 1);
    pinRow->addWidget(m_pinnedBrowse);
    auto *advancedForm = new QFormLayout(m_advanced);
    advancedForm->setContentsMargins(0, 0, 0, 0);
    advancedForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    advancedForm->addRow(m_extraCaLabel, caRow);
    advancedForm->addRow(m_pinnedLabel, pinRow);
    advancedForm->addRow(QString(), m_advancedHint);
    m_advanced->hide();

    m_statusIcon = new QLabel(this);
    m_statusIcon->setAlignment(Qt::AlignTop);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_status->setTextFormat(Qt::PlainText);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    m_progress->hide();
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusIcon);
    statusRow->addWidget(m_status, 1);

    m_fingerprintBox = new QWidget(this);
    m_fingerprintLabel = new QLabel(m_fingerprintBox);
    // 32 bytes in two rows of 16, the way browsers show them: easy to compare by eye.
    m_fingerprint = new QLabel(m_fingerprintBox);
    m_fingerprint->setTextFormat(Qt::PlainText);
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_fingerprintLabel->setBuddy(m_fingerprint);
    m_fingerprintHint = hintLabel(m_fingerprintBox);
    auto *fingerprintLayout = new QVBoxLayout(m_fingerprintBox);
    fingerprintLayout->setContentsMargins(0, 0, 0, 0);
    fingerprintLayout->addWidget(m_fingerprintLabel);
    fingerprintLayout->addWidget(m_fingerprint);
    fingerprintLayout->addWidget(m_fingerprintHint);
    m_fingerprintBox->hide();

    // "Test connection" stands apart on the left: it checks, it does not end the dialog.
    m_test = new QPushButton(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    // A button of our own: a standard Ok would get its "OK" back on a language change.
    m_signIn = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_test->setAutoDefault(false);
    m_signIn->setDefault(true);
    m_extraCaBrowse->setAutoDefault(false);
    m_pinnedBrowse->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(m_form);
    layout->addWidget(m_advancedToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_advanced);
    layout->addLayout(statusRow);
    layout->addWidget(m_fingerprintBox);
    layout->addWidget(m_progress);
    layout->addStretch(1);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_test);
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_buttons);
    layout->addLayout(buttonRow);

    connect(m_byKey, &QRadioButton::toggled, this, &LoginDialog::updateMethod);
    connect(m_advancedToggle, &QToolButton::toggled, this, &LoginDialog::setAdvancedVisible);
    connect(m_extraCaBrowse, &QPushButton::clicked, this,
            [this] { browse(m_extraCa, tr("Extra Certificate Authority (PEM)")); });
    connect(m_pinnedBrowse, &QPushButton::clicked, this,
            [this] { browse(m_pinned, tr("Pinned Server Certificate (PEM)")); });
    connect(m_test, &QPushButton::clicked, this, &LoginDialog::testConnection);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::signIn);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    connect(&m_setup, &AccountSetup::connectionTested, this, &LoginDialog::connectionTested);
    connect(&m_setup, &AccountSetup::signedIn, this, &LoginDialog::signedIn);
    connect(&m_setup, &AccountSetup::signInFailed, this, &LoginDialog::signInFailed);

    m_deviceName = tr("Frontline on %1").arg(QSysInfo::machineHostName());
    retranslate();
    updateMethod();
    showStatus(nullptr, Tone::Neutral);
    m_server->setFocus();
    DialogSizing::fitHeight(this, 600);
}

LoginDialog::~LoginDialog()
{
    // An attempt still running must not call back into a dialog that is gone.
    if (isBusy())
        m_setup.abort();
}

QPushButton *LoginDialog::cancelButton() const
{
    return m_buttons->button(QDialogButtonBox::Cancel);
}

void LoginDialog::setRequest(const SignInRequest &request)
{
    m_server->setText(request.serverUrl);
    (request.method == SignInRequest::Method::ApiKey ? m_byKey : m_byPassword)->setChecked(true);
    m_email->setText(request.email);
    m_apiKey->setText(request.apiKey);
    m_password->setText(request.password);
    m_twoFactor->setText(request.twoFactorCode);
    m_twoFactorAsked = !request.twoFactorCode.isEmpty();
    m_v1Key->setText(request.v1ApiKey);
    m_extraCa->setText(request.extraCaFile);
    m_pinned->setText(request.pinnedCertFile);
    if (!request.deviceName.isEmpty())
        m_deviceName = request.deviceName;
    m_advancedToggle->setChecked(!request.extraCaFile.isEmpty() || !request.pinnedCertFile.isEmpty());
    updateMethod();
    if (QWidget *empty = firstEmptyRequiredField())
        empty->setFocus();
}

SignInRequest LoginDialog::request() const
{
    SignInRequest r;
    r.serverUrl = m_server->text().trimmed();
    r.extraCaFile = m_extraCa->text().trimmed();
    r.pinnedCertFile = m_pinned->text().trimmed();
    r.method = m_byKey->isChecked() ? SignInRequest::Method::ApiKey : SignInRequest::Method::Password;
    r.email = m_email->text().trimmed();
    if (r.method == SignInRequest::Method::ApiKey) {
        r.apiKey = m_apiKey->text().trimmed();
    } else {
        r.password = m_password->text();
        if (m_twoFactorAsked)
            r.twoFactorCode = m_twoFactor->text().trimmed();
    }
    r.v1ApiKey = m_v1Key->text().trimmed();
    r.deviceName = m_deviceName;
    return r;
}

QString LoginDialog::statusText() const
{
    return m_status->text();
}

QString LoginDialog::shownFingerprint() const
{
    return m_fingerprintBox->isHidden() ? QString() : m_fingerprintValue;
}

void LoginDialog::updateMethod()
{
    const bool byKey = m_byKey->isChecked();
    m_form->setRowVisible(m_emailHint, byKey);
    m_form->setRowVisible(m_apiKey, byKey);
    m_form->setRowVisible(m_password, !byKey);
    m_form->setRowVisible(m_twoFactor, !byKey && m_twoFactorAsked);
    DialogSizing::fitHeight(this);
}

void LoginDialog::setAdvancedVisible(bool visible)
{
    m_advanced->setVisible(visible);
    m_advancedToggle->setArrowType(visible ? Qt::DownArrow : Qt::RightArrow);
    DialogSizing::fitHeight(this);
    if (visible && m_advancedToggle->hasFocus())
        m_extraCa->setFocus();
}

void LoginDialog::browse(QLineEdit *target, const QString &title)
{
    const QString file = QFileDialog::getOpenFileName(this, title, target->text(),
                                                      //: File filter of the certificate file chooser
                                                      tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!file.isEmpty())
        target->setText(file);
}

QWidget *LoginDialog::firstEmptyRequiredField() const
{
    // The same order AccountSetup checks them in, so the focus lands where its sentence points.
    if (m_server->text().trimmed().isEmpty())
        return m_server;
    if (m_byKey->isChecked() && m_apiKey->text().trimmed().isEmpty())
        return m_apiKey;
    if (m_email->text().trimmed().isEmpty())
        return m_email;
    if (!m_byKey->isChecked() && m_password->text().isEmpty())
        return m_password;
    return nullptr;
}

void LoginDialog::setBusy(Operation operation)
{
    m_operation = operation;
    const bool busy = operation != Operation::None;
    for (QWidget *w : std::initializer_list<QWidget *>{m_server, m_byKey, m_byPassword, m_email, m_apiKey, m_password,
                                                       m_twoFactor, m_v1Key, m_advanced, m_test, m_signIn})
        w->setEnabled(!busy);
    m_progress->setVisible(busy);
    if (busy) {
        m_fingerprintBox->hide();
        cancelButton()->setFocus(); // the only thing left to do; focus must not vanish
    }
    DialogSizing::fitHeight(this);
}

void LoginDialog::testConnection()
{
    if (isBusy())
        return;
    const SignInRequest r = request();
    m_keyWasTested = r.method == SignInRequest::Method::ApiKey && !r.apiKey.isEmpty();
    showStatus([] { return tr("Testing the connection…"); }, Tone::Neutral);
    setBusy(Operation::Test);
    m_setup.testConnection(r); // may answer at once (a malformed address)
}

void LoginDialog::signIn()
{
    if (isBusy())
        return;
    showStatus([] { return tr("Signing in…"); }, Tone::Neutral);
    setBusy(Operation::SignIn);
    m_setup.signIn(request()); // may answer at once (a missing field)
}

void LoginDialog::connectionTested(const std::optional<SignInError> &error)
{
    if (m_operation != Operation::Test)
        return;
    setBusy(Operation::None);
    if (error) {
        showError(*error);
        focusFor(*error);
        return;
    }
    showStatus(
            [keyTested = m_keyWasTested] {
                return keyTested ? tr("The connection works: this is a LiveAgent server and it accepts the API key.")
                                 : tr("The connection works: this is a LiveAgent server.");
            },
            Tone::Success);
    m_test->setFocus();
}

void LoginDialog::signedIn(const SignInResult &result)
{
    if (m_operation != Operation::SignIn)
        return;
    setBusy(Operation::None);
    m_result = result;
    showStatus(
            [me = result.me] {
                //: %1 is the agent's name
                return tr("Signed in as %1.").arg(me.name.isEmpty() ? me.email : me.name);
            },
            Tone::Success);
    QDialog::accept();
}

void LoginDialog::signInFailed(const SignInError &error)
{
    if (m_operation != Operation::SignIn)
        return;
    setBusy(Operation::None);
    if (error.needsTwoFactorCode()) {
        m_twoFactorAsked = true;
        updateMethod();
    }
    showError(error);
    focusFor(error);
}

void LoginDialog::showError(const SignInError &error)
{
    QString fingerprint;
    SignInError shown = error;
    if (shown.api && !shown.api->certificateFingerprint().isEmpty()) {
        // The fingerprint gets a field of its own (to copy and compare), not a place in the sentence.
        fingerprint = shown.api->certificateFingerprint();
        shown.api->setCertificateFingerprint(QString());
    }
    const bool twoFactorPrompt = error.needsTwoFactorCode();
    // Kept as the error, not as a sentence: a language switch says it again in the new language.
    showStatus([shown] { return shown.humanMessage(); }, twoFactorPrompt ? Tone::Neutral : Tone::Problem);
    m_fingerprintValue = fingerprint;
    const qsizetype half = fingerprint.size() / 2; // "AB:…:EF:" and "01:…:99", split at a colon
    const qsizetype split = fingerprint.indexOf(u':', half > 0 ? half - 1 : 0);
    m_fingerprint->setText(split > 0 ? fingerprint.left(split + 1) + u'\n' + fingerprint.mid(split + 1) : fingerprint);
    m_fingerprint->setAccessibleDescription(fingerprint);
    m_fingerprintBox->setVisible(!fingerprint.isEmpty());
    DialogSizing::fitHeight(this);
}

void LoginDialog::focusFor(const SignInError &error)
{
    QLineEdit *target = nullptr;
    switch (error.kind) {
    case SignInError::Kind::MissingField:
        target = qobject_cast<QLineEdit *>(firstEmptyRequiredField());
        break;
    case SignInError::Kind::NoSuchAgent:
        target = m_email;
        break;
    case SignInError::Kind::Keychain:
        break;
    case SignInError::Kind::Api:
        switch (error.api ? error.api->kind() : ApiError::Kind::Network) {
        case ApiError::Kind::TwoFactorRequired:
        case ApiError::Kind::TwoFactorInvalid:
            target = m_twoFactor;
            break;
        case ApiError::Kind::InvalidCredentials:
            target = m_password;
            break;
        case ApiError::Kind::Unauthorized:
        case ApiError::Kind::Forbidden:
            target = m_byKey->isChecked() ? m_apiKey : m_password;
            break;
        case ApiError::Kind::Tls:
            target = m_pinned->text().isEmpty() && m_extraCa->text().isEmpty() ? m_server : m_pinned;
            break;
        default:
            target = m_server;
            break;
        }
        break;
    }
    if (target && target->isVisibleTo(this)) {
        target->setFocus();
        target->selectAll();
    } else {
        m_signIn->setFocus();
    }
}

void LoginDialog::showStatus(std::function<QString()> text, Tone tone)
{
    m_statusSource = std::move(text);
    m_statusTone = tone;
    updateStatus();
}

void LoginDialog::updateStatus()
{
    const QString text = m_statusSource ? m_statusSource() : QString();
    const Tone tone = m_statusTone;
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    if (tone == Tone::Success)
        icon = QStyle::SP_DialogApplyButton;
    else if (tone == Tone::Problem)
        icon = QStyle::SP_MessageBoxWarning;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_statusIcon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
    m_statusIcon->setVisible(!text.isEmpty());
    // Screen readers hear the outcome, not only sighted agents.
    m_status->setAccessibleName(text);
    DialogSizing::fitHeight(this);
}

void LoginDialog::reject()
{
    if (isBusy()) {
        m_setup.abort();
        setBusy(Operation::None);
        showStatus([] { return tr("Stopped. Nothing was changed."); }, Tone::Neutral);
        m_signIn->setFocus();
        return;
    }
    QDialog::reject();
}

void LoginDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void LoginDialog::retranslate()
{
    setWindowTitle(tr("Sign In to LiveAgent"));
    m_intro->setText(tr("Sign in to your LiveAgent account to see your tickets and answer them."));
    m_serverLabel->setText(tr("&Server address:"));
    //: Example of a LiveAgent server address; keep as is unless a local example reads better
    m_server->setPlaceholderText(tr("https://acme.ladesk.com"));
    m_server->setAccessibleName(tr("Server address"));
    m_serverHint->setText(tr("The address you open LiveAgent at in your browser."));
    m_methodLabel->setText(tr("Sign in with:"));
    //: Sign-in method
    m_byKey->setText(tr("API &key"));
    //: Sign-in method
    m_byPassword->setText(tr("E-mail and pass&word"));
    m_emailLabel->setText(tr("&E-mail:"));
    m_email->setPlaceholderText(tr("you@example.com"));
    m_email->setAccessibleName(tr("Your e-mail address as an agent"));
    m_emailHint->setText(tr("API v3 keys belong to the whole account, not to one agent: your e-mail tells Frontline "
                            "which agent you are."));
    m_apiKeyLabel->setText(tr("&API key:"));
    m_apiKey->setAccessibleName(tr("API key (version 3)"));
    m_passwordLabel->setText(tr("&Password:"));
    m_password->setAccessibleName(tr("Password"));
    m_twoFactorLabel->setText(tr("Two-factor c&ode:"));
    m_twoFactor->setAccessibleName(tr("Two-factor authentication code"));
    m_twoFactor->setPlaceholderText(tr("From your authenticator app"));
    m_v1KeyLabel->setText(tr("API v&1 key:"));
    m_v1Key->setAccessibleName(tr("API version 1 key, optional"));
    m_v1Key->setPlaceholderText(tr("Optional"));
    m_v1Hint->setText(tr("Replies and internal notes go through LiveAgent's API v1, which has a key of its own. "
                         "Without it Frontline can read tickets and act on them, but not reply."));
    m_advancedToggle->setText(tr("Ad&vanced"));
    m_advancedToggle->setAccessibleName(tr("Advanced: certificates"));
    m_extraCaLabel->setText(tr("E&xtra CA file:"));
    m_extraCa->setAccessibleName(tr("Extra certificate authority file"));
    m_extraCa->setPlaceholderText(tr("PEM file, optional"));
    m_pinnedLabel->setText(tr("Pi&nned certificate:"));
    m_pinned->setAccessibleName(tr("Pinned server certificate file"));
    m_pinned->setPlaceholderText(tr("PEM file, optional"));
    for (QPushButton *b : {m_extraCaBrowse, m_pinnedBrowse})
        b->setText(tr("Browse…"));
    m_extraCaBrowse->setAccessibleName(tr("Choose the extra certificate authority file"));
    m_pinnedBrowse->setAccessibleName(tr("Choose the pinned certificate file"));
    m_advancedHint->setText(tr("For a server whose certificate comes from your own authority (extra CA) or is "
                               "self-signed (pinned). Certificates are always verified."));
    m_fingerprintLabel->setText(tr("Server certificate &fingerprint (SHA-256):"));
    m_fingerprint->setAccessibleName(tr("Server certificate fingerprint (SHA-256)"));
    m_fingerprintHint->setText(tr("If this is your server's certificate, save it as a PEM file and choose it as the "
                                  "pinned certificate under Advanced."));
    m_test->setText(tr("&Test Connection"));
    m_signIn->setText(tr("Sign &In"));
    updateStatus();
}

} // namespace Frontline
