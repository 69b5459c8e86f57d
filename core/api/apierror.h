// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wire/decodeerror.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace Frontline {

/// Why a request to the LiveAgent server failed, as a value: a kind the caller switches on,
/// the facts behind it (HTTP status, the server's own message, Retry-After, the decode
/// problem, the peer certificate's fingerprint) and one translated sentence for people.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(Frontline::ApiError)

public:
    enum class Kind {
        Network, // no answer: no such host, connection refused or dropped, offline
        Timeout, // no answer in time
        Tls, // the secure connection could not be established or the certificate is not trusted
        Unauthorized, // 401, or no key configured
        Forbidden, // 403: the key may not do this (or a v3 key sent to v1)
        NotFound, // 404
        BadRequest, // 400, 422 and other 4xx: the server refused the request as sent
        RateLimited, // 429
        Server, // 5xx
        Decode, // the answer could not be understood
        TwoFactorRequired, // login: 424 or the 2xx quirk body
        TwoFactorInvalid, // login: 425 or the 2xx quirk body
        InvalidCredentials, // login: wrong login or password
        InsecureUrl, // http:// to a non-loopback host, or a redirect to a less safe place
        InvalidUrl, // what the user typed is no server address
        Aborted, // cancelled by the caller
    };

    explicit ApiError(Kind kind = Kind::Network);

    /// The kind an HTTP error status maps to (any non-2xx).
    static Kind kindForStatus(int httpStatus);
    /// An error for a non-2xx answer: kind from the status, message from the body.
    static ApiError fromHttpStatus(int httpStatus, const QByteArray &body);
    static ApiError fromDecodeError(const DecodeError &error, int httpStatus = 0);
    /// The server's `message` (v3 `{"message":…}`) or v1 `errormessage`; empty if neither.
    static QString serverMessageIn(const QByteArray &body);

    /// Stable names for storage (the outbox keeps the kind of a failed action).
    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(QStringView name);

    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }
    const QString &serverMessage() const { return m_serverMessage; }
    std::optional<std::chrono::seconds> retryAfter() const { return m_retryAfter; }
    const std::optional<DecodeError> &decodeError() const { return m_decodeError; }
    QNetworkReply::NetworkError networkError() const { return m_networkError; }
    /// The host the request went to, for "no such host" sentences.
    const QString &host() const { return m_host; }
    /// SHA-256 of the peer's leaf certificate, colon-separated hex, on TLS errors.
    const QString &certificateFingerprint() const { return m_fingerprint; }
    /// Technical words for logs and the "details" view (Qt's error string, TLS problems).
    const QString &technicalDetail() const { return m_detail; }

    /// True when the request may have reached the server although no answer came back
    /// (timeout, connection dropped after sending, 502/504 from a gateway): a non-idempotent
    /// action must be checked against the server before it is sent again (contract 11.7).
    bool outcomeUnknown() const { return m_outcomeUnknown; }
    /// Worth trying again later without changing anything (network, timeout, 5xx, 429).
    bool isTransient() const;

    void setHttpStatus(int status) { m_httpStatus = status; }
    void setKind(Kind kind) { m_kind = kind; }
    void setServerMessage(const QString &message) { m_serverMessage = message; }
    void setRetryAfter(std::optional<std::chrono::seconds> seconds) { m_retryAfter = seconds; }
    void setNetworkError(QNetworkReply::NetworkError error) { m_networkError = error; }
    void setHost(const QString &host) { m_host = host; }
    void setCertificateFingerprint(const QString &fingerprint) { m_fingerprint = fingerprint; }
    void setTechnicalDetail(const QString &detail) { m_detail = detail; }
    void setOutcomeUnknown(bool unknown) { m_outcomeUnknown = unknown; }

    /// One translated sentence (sometimes two) for the login dialog, the status bar and the
    /// outbox list. Never contains a secret.
    QString humanMessage() const;
    /// For log lines: kind, status and technical detail; never the body or a key.
    QString toLogString() const;

    friend bool operator==(const ApiError &, const ApiError &) = default;

private:
    QString networkSentence() const;

    Kind m_kind;
    int m_httpStatus = 0;
    QString m_serverMessage;
    std::optional<std::chrono::seconds> m_retryAfter;
    std::optional<DecodeError> m_decodeError;
    QNetworkReply::NetworkError m_networkError = QNetworkReply::NoError;
    QString m_host;
    QString m_fingerprint;
    QString m_detail;
    bool m_outcomeUnknown = false;
};

} // namespace Frontline
