// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "domain/expected.h"

#include <QByteArray>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>

#include <optional>

namespace Frontline {

/// TLS as a client resolved it once: the configuration every request carries, and the
/// certificate the server's leaf must equal when one is pinned.
struct ResolvedTls
{
    QSslConfiguration configuration;
    std::optional<QSslCertificate> pinned;
};

/// How a client verifies the server: the system CAs, plus an optional extra CA file, plus an
/// optional pinned certificate (a PEM file or PEM bytes). A pinned certificate is also
/// trusted as an anchor, so a self-signed loopback server verifies; the peer's leaf must then
/// equal it exactly. Verification itself is never switched off.
class TlsOptions
{
public:
    QString extraCaFile; // PEM (or DER), may hold several certificates
    QString pinnedCertificateFile; // PEM (or DER)
    QByteArray pinnedCertificatePem; // used when pinnedCertificateFile is empty

    bool hasPin() const { return !pinnedCertificateFile.isEmpty() || !pinnedCertificatePem.isEmpty(); }

    /// Reads the files. An unreadable or empty file is a Tls error, never silently ignored:
    /// a user who asked for a pin must not get an unpinned connection.
    Expected<ResolvedTls, ApiError> resolve() const;

    /// SHA-256 of the DER form, upper-case hex pairs separated by colons (as browsers show it).
    static QString fingerprint(const QSslCertificate &certificate);

    friend bool operator==(const TlsOptions &, const TlsOptions &) = default;
};

} // namespace Frontline
