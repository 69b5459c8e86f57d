// SPDX-License-Identifier: GPL-3.0-or-later
#include "certificate.h"

#include <QFile>
#include <QSaveFile>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace Frontline::Sandbox {

namespace {

template<auto Free>
struct Deleter
{
    template<typename T>
    void operator()(T *p) const
    {
        Free(p);
    }
};
using PKeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO_free_all>>;
using BnPtr = std::unique_ptr<BIGNUM, Deleter<BN_free>>;
using ExtPtr = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION_free>>;

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(size));
}

bool addExtension(X509 *cert, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    ExtPtr ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

QSslKey keyFromPem(const QByteArray &pem)
{
    // The PEM may hold an EC or an RSA key; QSslKey needs to be told which.
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Ec, QSsl::Rsa}) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    return {};
}

} // namespace

Expected<Certificate, QString> Certificate::generateSelfSigned()
{
    PKeyPtr key(EVP_EC_gen("P-256"));
    X509Ptr cert(X509_new());
    if (!key || !cert)
        return tr("cannot create an EC P-256 key");

    unsigned char serialBytes[16];
    if (RAND_bytes(serialBytes, sizeof serialBytes) != 1)
        return tr("no random bytes for the serial number");
    serialBytes[0] &= 0x7f; // a positive serial
    BnPtr serial(BN_bin2bn(serialBytes, sizeof serialBytes, nullptr));

    const auto name = reinterpret_cast<const unsigned char *>("Frontline sandbox");
    const auto org = reinterpret_cast<const unsigned char *>("Frontline");
    X509_NAME *subject = X509_get_subject_name(cert.get());
    const bool ok = X509_set_version(cert.get(), 2) == 1 && serial
            && BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get())) != nullptr
            // A little slack in the past for clocks that disagree by a few minutes.
            && X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600) != nullptr
            && X509_gmtime_adj(X509_getm_notAfter(cert.get()), 2L * 365 * 24 * 3600) != nullptr
            && X509_set_pubkey(cert.get(), key.get()) == 1
            && X509_NAME_add_entry_by_txt(subject, "O", MBSTRING_ASC, org, -1, -1, 0) == 1
            && X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_ASC, name, -1, -1, 0) == 1
            && X509_set_issuer_name(cert.get(), subject) == 1
            // Its own trust anchor: a client pins exactly this certificate as its CA.
            && addExtension(cert.get(), NID_basic_constraints, "critical,CA:TRUE")
            && addExtension(cert.get(), NID_key_usage, "critical,digitalSignature,keyCertSign")
            && addExtension(cert.get(), NID_ext_key_usage, "serverAuth")
            && addExtension(cert.get(), NID_subject_key_identifier, "hash")
            && addExtension(cert.get(), NID_subject_alt_name, "IP:127.0.0.1,DNS:localhost")
            && X509_sign(cert.get(), key.get(), EVP_sha256()) > 0;
    if (!ok)
        return tr("cannot build the self-signed certificate");

    BioPtr certBio(BIO_new(BIO_s_mem()));
    BioPtr keyBio(BIO_new(BIO_s_mem()));
    if (!certBio || !keyBio || PEM_write_bio_X509(certBio.get(), cert.get()) != 1
        || PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return tr("cannot write the certificate as PEM");

    Certificate result;
    result.m_certificate = QSslCertificate(bioBytes(certBio.get()), QSsl::Pem);
    result.m_key = QSslKey(bioBytes(keyBio.get()), QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (result.m_certificate.isNull() || result.m_key.isNull())
        return tr("Qt cannot read the generated certificate");
    return result;
}

Expected<Certificate, QString> Certificate::load(const QString &certFile, const QString &keyFile)
{
    QFile certIn(certFile);
    if (!certIn.open(QIODevice::ReadOnly))
        return tr("cannot read %1: %2").arg(certFile, certIn.errorString());
    QFile keyIn(keyFile);
    if (!keyIn.open(QIODevice::ReadOnly))
        return tr("cannot read %1: %2").arg(keyFile, keyIn.errorString());
    Certificate result;
    result.m_certificate = QSslCertificate(certIn.readAll(), QSsl::Pem);
    result.m_key = keyFromPem(keyIn.readAll());
    if (result.m_certificate.isNull())
        return tr("%1 holds no PEM certificate").arg(certFile);
    if (result.m_key.isNull())
        return tr("%1 holds no unencrypted PEM private key (EC or RSA)").arg(keyFile);
    return result;
}

Expected<bool, QString> Certificate::writeCertificate(const QString &file) const
{
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(m_certificate.toPem()) < 0 || !out.commit())
        return tr("cannot write %1: %2").arg(file, out.errorString());
    return true;
}

} // namespace Frontline::Sandbox
