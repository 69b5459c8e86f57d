// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace Frontline::Test {

/// A fresh self-signed certificate and EC key for 127.0.0.1 / localhost, made by the
/// `openssl` command line tool in a temporary directory that lives as long as the object.
class SelfSignedCertificate
{
public:
    /// Empty (with a test failure message in `error`) if openssl is missing or fails.
    static std::optional<SelfSignedCertificate> generate(const QString &commonName, QString *error = nullptr);

    const QSslCertificate &certificate() const { return m_certificate; }
    const QSslKey &key() const { return m_key; }
    const QString &certificatePath() const { return m_certificatePath; }
    QByteArray pem() const { return m_certificate.toPem(); }

private:
    std::shared_ptr<QTemporaryDir> m_dir;
    QString m_certificatePath;
    QSslCertificate m_certificate;
    QSslKey m_key;
};

} // namespace Frontline::Test
