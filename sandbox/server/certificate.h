// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/expected.h"

#include <QCoreApplication>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace Frontline::Sandbox {

/// The sandbox's TLS identity: loaded from PEM files, or a fresh self-signed EC P-256
/// certificate for 127.0.0.1 and localhost (subjectAltName IP and DNS) made with libcrypto.
class Certificate
{
    Q_DECLARE_TR_FUNCTIONS(Certificate)

public:
    static Expected<Certificate, QString> generateSelfSigned();
    static Expected<Certificate, QString> load(const QString &certFile, const QString &keyFile);

    const QSslCertificate &certificate() const { return m_certificate; }
    const QSslKey &key() const { return m_key; }

    /// Writes the certificate (PEM, never the key) so that a client can pin it.
    Expected<bool, QString> writeCertificate(const QString &file) const;

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
};

} // namespace Frontline::Sandbox
