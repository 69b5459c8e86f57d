// SPDX-License-Identifier: GPL-3.0-or-later
#include "apierror.h"

#include "wire/wire.h"

#include <QJsonObject>

#include <array>

using namespace Qt::StringLiterals;

namespace Frontline {

namespace {

struct KindName
{
    ApiError::Kind kind;
    QStringView name;
};

constexpr std::array kKindNames{
        KindName{ApiError::Kind::Network, u"network"},
        KindName{ApiError::Kind::Timeout, u"timeout"},
        KindName{ApiError::Kind::Tls, u"tls"},
        KindName{ApiError::Kind::Unauthorized, u"unauthorized"},
        KindName{ApiError::Kind::Forbidden, u"forbidden"},
        KindName{ApiError::Kind::NotFound, u"not_found"},
        KindName{ApiError::Kind::BadRequest, u"bad_request"},
        KindName{ApiError::Kind::RateLimited, u"rate_limited"},
        KindName{ApiError::Kind::Server, u"server"},
        KindName{ApiError::Kind::Decode, u"decode"},
        KindName{ApiError::Kind::TwoFactorRequired, u"two_factor_required"},
        KindName{ApiError::Kind::TwoFactorInvalid, u"two_factor_invalid"},
        KindName{ApiError::Kind::InvalidCredentials, u"invalid_credentials"},
        KindName{ApiError::Kind::InsecureUrl, u"insecure_url"},
        KindName{ApiError::Kind::InvalidUrl, u"invalid_url"},
        KindName{ApiError::Kind::Aborted, u"aborted"},
};

} // namespace

ApiError::ApiError(Kind kind)
    : m_kind(kind)
{ }

ApiError::Kind ApiError::kindForStatus(int status)
{
    switch (status) {
    case 401:
        return Kind::Unauthorized;
    case 403:
        return Kind::Forbidden;
    case 404:
    case 410:
        return Kind::NotFound;
    case 408:
        return Kind::Timeout;
    case 424:
        return Kind::TwoFactorRequired;
    case 425:
        return Kind::TwoFactorInvalid;
    case 429:
        return Kind::RateLimited;
    default:
        break;
    }
    if (status >= 500)
        return Kind::Server;
    // 400, 422 and whatever else a 4xx (or an unfollowed 3xx) may be: the request as sent
    // was not accepted, and sending it again unchanged will not help.
    return Kind::BadRequest;
}

QString ApiError::serverMessageIn(const QByteArray &body)
{
    auto object = Wire::parseObject(body);
    if (!object)
        return {};
    const QString message = Wire::decodeErrorMessage(*object).trimmed();
    if (!message.isEmpty())
        return message;
    const QJsonValue response = object->value("response"_L1);
    if (response.isObject()) {
        const QJsonValue v1 = response.toObject().value("errormessage"_L1);
        if (v1.isString())
            return v1.toString().trimmed();
    }
    return {};
}

ApiError ApiError::fromHttpStatus(int status, const QByteArray &body)
{
    ApiError e(kindForStatus(status));
    e.m_httpStatus = status;
    e.m_serverMessage = serverMessageIn(body);
    return e;
}

ApiError ApiError::fromDecodeError(const DecodeError &error, int httpStatus)
{
    ApiError e(Kind::Decode);
    e.m_decodeError = error;
    e.m_httpStatus = httpStatus;
    e.m_detail = error.toString();
    return e;
}

QString ApiError::kindName(Kind kind)
{
    for (const KindName &k : kKindNames) {
        if (k.kind == kind)
            return k.name.toString();
    }
    return u"network"_s;
}

std::optional<ApiError::Kind> ApiError::kindFromName(QStringView name)
{
    for (const KindName &k : kKindNames) {
        if (k.name == name)
            return k.kind;
    }
    return std::nullopt;
}

bool ApiError::isTransient() const
{
    switch (m_kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::RateLimited:
    case Kind::Server:
        return true;
    default:
        return false;
    }
}

QString ApiError::networkSentence() const
{
    const QString host = m_host.isEmpty() ? tr("the server") : m_host;
    switch (m_networkError) {
    case QNetworkReply::HostNotFoundError:
        //: %1 is a host name such as acme.ladesk.com
        return tr("There is no such host: %1. Check the server address.").arg(host);
    case QNetworkReply::ConnectionRefusedError:
        return tr("%1 refused the connection. Is the address right and the server running?").arg(host);
    case QNetworkReply::RemoteHostClosedError:
        return tr("%1 closed the connection before answering.").arg(host);
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return tr("The network is not available. Frontline keeps working offline and retries later.");
    default:
        break;
    }
    return tr("Could not reach %1.").arg(host);
}

QString ApiError::humanMessage() const
{
    const auto withServerWords = [this](const QString &sentence) {
        if (m_serverMessage.isEmpty())
            return sentence;
        //: %1 is a sentence of ours, %2 the server's own explanation (usually English)
        return tr("%1 The server said: “%2”").arg(sentence, m_serverMessage);
    };

    switch (m_kind) {
    case Kind::Network:
        return networkSentence();
    case Kind::Timeout:
        return tr("%1 did not answer in time. Frontline retries later.")
                .arg(m_host.isEmpty() ? tr("The server") : m_host);
    case Kind::Tls: {
        QString sentence = m_host.isEmpty()
                ? tr("The secure connection to the server could not be established (TLS problem).")
                : tr("The secure connection to %1 could not be established (TLS problem).").arg(m_host);
        if (!m_detail.isEmpty())
            sentence += u' ' + m_detail;
        if (!m_fingerprint.isEmpty())
            //: the SHA-256 fingerprint of the server's certificate follows, e.g. AB:CD:...
            sentence += u' ' + tr("Certificate fingerprint (SHA-256): %1").arg(m_fingerprint);
        return sentence;
    }
    case Kind::Unauthorized:
        if (m_httpStatus == 0) // refused before sending: there is no key to send
            return tr("No API key is set up for this account.");
        return withServerWords(tr("The server refused the API key. It may be wrong, expired or regenerated."));
    case Kind::Forbidden:
        return withServerWords(tr("The API key is not allowed to do this."));
    case Kind::NotFound:
        return withServerWords(tr("The server does not know this item; it may have been deleted."));
    case Kind::BadRequest:
        return withServerWords(tr("The server did not accept the request."));
    case Kind::RateLimited:
        if (m_retryAfter)
            return tr("The server has had too many requests from this key; retrying in %n second(s).", nullptr,
                      int(m_retryAfter->count()));
        return tr("The server has had too many requests from this key; retrying shortly.");
    case Kind::Server:
        return withServerWords(tr("The server had a problem (HTTP %1). Frontline retries later.").arg(m_httpStatus));
    case Kind::Decode:
        return tr("The server's answer could not be understood. Is this the address of a LiveAgent server?");
    case Kind::TwoFactorRequired:
        return tr("Enter the code from your two-factor authentication app.");
    case Kind::TwoFactorInvalid:
        return tr("The two-factor authentication code is wrong or has expired.");
    case Kind::InvalidCredentials:
        return tr("The login or password is wrong.");
    case Kind::InsecureUrl:
        return tr("Frontline connects only over HTTPS; http:// is allowed only for this computer (localhost).");
    case Kind::InvalidUrl:
        return tr("This is not a server address. Enter an address such as acme.ladesk.com.");
    case Kind::Aborted:
        return tr("The request was cancelled.");
    }
    return {};
}

QString ApiError::toLogString() const
{
    QString s = kindName(m_kind);
    if (m_httpStatus)
        s += u" HTTP "_s + QString::number(m_httpStatus);
    if (m_networkError != QNetworkReply::NoError)
        s += u" network error "_s + QString::number(int(m_networkError));
    if (!m_detail.isEmpty())
        s += u" ("_s + m_detail + u')';
    if (m_retryAfter)
        s += u" retry after "_s + QString::number(m_retryAfter->count()) + u's';
    if (!m_fingerprint.isEmpty())
        s += u" certificate SHA-256 "_s + m_fingerprint;
    if (m_outcomeUnknown)
        s += u" outcome unknown"_s;
    return s;
}

} // namespace Frontline
