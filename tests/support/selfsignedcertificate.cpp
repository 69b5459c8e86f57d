// SPDX-License-Identifier: GPL-3.0-or-later
#include "selfsignedcertificate.h"

#include <QFile>
#include <QProcess>

namespace Frontline::Test {

std::optional<SelfSignedCertificate> SelfSignedCertificate::generate(const QString &commonName, QString *error)
{
    SelfSignedCertificate out;
    out.m_dir = std::make_shared<QTemporaryDir>();
    if (!out.m_dir->isValid()) {
        if (error)
            *error = QStringLiteral("no temporary directory");
        return std::nullopt;
    }
    out.m_certificatePath = out.m_dir->filePath(QStringLiteral("cert.pem"));
    const QString keyPath = out.m_dir->filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                   QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=") + commonName, QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost"), QStringLiteral("-keyout"), keyPath,
                   QStringLiteral("-out"), out.m_certificatePath});
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0) {
        if (error)
            *error = QStringLiteral("openssl failed: ") + QString::fromLocal8Bit(openssl.readAll())
                    + openssl.errorString();
        return std::nullopt;
    }
    QFile cert(out.m_certificatePath);
    QFile key(keyPath);
    if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read what openssl wrote");
        return std::nullopt;
    }
    out.m_certificate = QSslCertificate(cert.readAll(), QSsl::Pem);
    out.m_key = QSslKey(key.readAll(), QSsl::Ec, QSsl::Pem);
    if (out.m_certificate.isNull() || out.m_key.isNull()) {
        if (error)
            *error = QStringLiteral("openssl wrote an unreadable certificate or key");
        return std::nullopt;
    }
    return out;
}

} // namespace Frontline::Test
