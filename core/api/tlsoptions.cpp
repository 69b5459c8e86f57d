// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlsoptions.h"

#include <QCryptographicHash>
#include <QFile>

using namespace Qt::StringLiterals;

namespace Frontline {

namespace {

ApiError setupError(const QString &detail)
{
    ApiError e(ApiError::Kind::Tls);
    e.setTechnicalDetail(detail);
    return e;
}

QList<QSslCertificate> certificatesIn(const QByteArray &data)
{
    QList<QSslCertificate> certs = QSslCertificate::fromData(data, QSsl::Pem);
    if (certs.isEmpty())
        certs = QSslCertificate::fromData(data, QSsl::Der);
    certs.removeIf([](const QSslCertificate &c) { return c.isNull(); });
    return certs;
}

Expected<QList<QSslCertificate>, ApiError> readCertificates(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return setupError(u"cannot read certificate file "_s + path + u": "_s + file.errorString());
    const QList<QSslCertificate> certs = certificatesIn(file.readAll());
    if (certs.isEmpty())
        return setupError(u"no certificate in "_s + path);
    return certs;
}

} // namespace

QString TlsOptions::fingerprint(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

Expected<ResolvedTls, ApiError> TlsOptions::resolve() const
{
    ResolvedTls out;
    out.configuration = QSslConfiguration::defaultConfiguration();

    QList<QSslCertificate> anchors;
    if (!extraCaFile.isEmpty()) {
        auto certs = readCertificates(extraCaFile);
        if (!certs)
            return certs.error();
        anchors += *certs;
    }
    if (!pinnedCertificateFile.isEmpty()) {
        auto certs = readCertificates(pinnedCertificateFile);
        if (!certs)
            return certs.error();
        out.pinned = certs->first();
    } else if (!pinnedCertificatePem.isEmpty()) {
        const QList<QSslCertificate> certs = certificatesIn(pinnedCertificatePem);
        if (certs.isEmpty())
            return setupError(u"the pinned certificate is not a PEM or DER certificate"_s);
        out.pinned = certs.first();
    }
    if (out.pinned)
        anchors.append(*out.pinned);

    if (extraCaFile.isEmpty() && out.pinned && out.pinned->isSelfSigned()) {
        // The server must present exactly this certificate (ApiJob checks), and a self-signed
        // one is its own whole chain: the system roots cannot take part in verifying it, so
        // they are not loaded (parsing them all costs ~150 ms and 9 MiB at every start).
        out.configuration.setCaCertificates(anchors);
    } else if (!anchors.isEmpty()) {
        // Setting CA certificates turns off Qt's on-demand loading of the system roots, so
        // they are listed explicitly: extra anchors add to the system trust, never replace it.
        out.configuration.setCaCertificates(QSslConfiguration::systemCaCertificates() + anchors);
    }
    return out;
}

} // namespace Frontline
