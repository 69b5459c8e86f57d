// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <Qt>

class QLineEdit;
class QSslCertificate;

namespace Frontline {
class LoginDialog;
}

namespace Frontline::Test {

/// Drives a shown LoginDialog the way a person at the keyboard would (mnemonics, typing).
class LoginDialogDriver
{
public:
    explicit LoginDialogDriver(LoginDialog &dialog)
        : m_dialog(dialog)
    { }

    /// Alt+mnemonic, then types into the field it focused; false if the focus went elsewhere.
    [[nodiscard]] bool fill(Qt::Key mnemonic, QLineEdit *expected, const QString &text);
    /// Opens Advanced with the mouse and types the pinned certificate's path.
    [[nodiscard]] bool pin(const QString &certificateFile);
    /// Waits until the dialog is no longer busy (an attempt ended); false after 30 s.
    [[nodiscard]] bool waitUntilIdle();

    /// SHA-256 of the certificate as colon-separated upper-case hex, as ApiError shows it.
    static QString fingerprint(const QSslCertificate &certificate);

private:
    LoginDialog &m_dialog;
};

} // namespace Frontline::Test
