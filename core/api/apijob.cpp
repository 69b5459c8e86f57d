// SPDX-License-Identifier: GPL-3.0-or-later
#include "apijob.h"

#include "logging.h"
#include "wire/wire.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslConfiguration>

#include <cstring>

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace Frontline {

namespace {

// Query parameters whose values never reach a log line.
bool isSecretParameter(QStringView name)
{
    static constexpr QStringView kSecrets[] = {u"apikey",   u"key",      u"password",
                                               u"username", u"loginkey", u"two_factor_token"};
    for (QStringView s : kSecrets) {
        if (name.compare(s, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

/// The body of a request that must not reach the server twice: it can be read once and not
/// rewound. Qt's HTTP layer sends a request again by itself when its connection closes before
/// the answer starts (meant for keep-alive connections the server dropped while idle), but it
/// may have been processed: a reply would reach the customer twice, and nobody would know.
/// Without a way to rewind the body Qt reports ContentReSendError instead, and the job fails
/// with the outcome unknown, which the outbox checks against the server (contract 11.7).
class OneShotBody final : public QIODevice
{
public:
    explicit OneShotBody(QByteArray data)
        : m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override { return m_data.size() - m_position + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min(maxSize, m_data.size() - m_position);
        if (n <= 0)
            return m_position >= m_data.size() ? -1 : 0;
        std::memcpy(data, m_data.constData() + m_position, std::size_t(n));
        m_position += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

// Errors that happen before a single byte of the request can have reached the server.
bool failsBeforeSending(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return true;
    default:
        return false;
    }
}

bool isTransportError(QNetworkReply::NetworkError error)
{
    return error != QNetworkReply::NoError && int(error) < 200; // 1-99 network, 101-199 proxy
}

const char *verbName(ApiJob::Verb verb)
{
    switch (verb) {
    case ApiJob::Verb::Get:
        return "GET";
    case ApiJob::Verb::Post:
        return "POST";
    case ApiJob::Verb::Put:
        return "PUT";
    case ApiJob::Verb::Delete:
        return "DELETE";
    }
    return "GET";
}

} // namespace

ApiJob::ApiJob(Verb verb, QString encodedPath, QObject *parent)
    : QObject(parent)
    , m_verb(verb)
    , m_path(std::move(encodedPath))
    , m_idempotent(verb != Verb::Post)
{
    m_timeoutTimer.setSingleShot(true);
    connect(&m_timeoutTimer, &QTimer::timeout, this, &ApiJob::onTimeout);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiJob::waitForSlot);
}

ApiJob::~ApiJob()
{
    if (m_budget && m_ticket)
        m_budget->cancel(m_ticket);
    detachReply();
}

QString ApiJob::encodeSegment(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

QUrl ApiJob::redact(const QUrl &url)
{
    QUrl out = url;
    out.setUserInfo({});
    if (!url.hasQuery())
        return out;
    QByteArrayList items = url.query(QUrl::FullyEncoded).toLatin1().split('&');
    for (QByteArray &item : items) {
        const qsizetype eq = item.indexOf('=');
        const QByteArray name = QByteArray::fromPercentEncoding(eq < 0 ? item : item.left(eq));
        if (isSecretParameter(QString::fromUtf8(name)))
            item = item.left(eq < 0 ? item.size() : eq) + "=REDACTED";
    }
    out.setQuery(QString::fromLatin1(items.join('&')), QUrl::TolerantMode);
    return out;
}

QUrl ApiJob::redactedUrl() const
{
    return m_connection ? redact(requestUrl()) : QUrl(m_path);
}

QString ApiJob::description() const
{
    return QString::fromLatin1(verbName(m_verb)) + u' ' + redactedUrl().toString(QUrl::FullyEncoded);
}

void ApiJob::addQueryItem(const QString &key, const QString &value)
{
    m_query.append({key, value});
}

void ApiJob::setJsonBody(const QJsonObject &body)
{
    m_body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    m_contentType = "application/json";
}

void ApiJob::setFormBody(const QList<std::pair<QString, QString>> &fields)
{
    m_body = Wire::encodeForm(fields);
    m_contentType = "application/x-www-form-urlencoded";
}

std::optional<DecodeError> ApiJob::decode(const QByteArray &)
{
    return std::nullopt;
}

std::optional<ApiError> ApiJob::errorInSuccessBody(const QByteArray &body)
{
    if (m_api != ApiVersion::V1)
        return std::nullopt;
    // v1 reports some errors with 200 and the envelope's status (section 7).
    auto envelope = Wire::decodeV1Envelope(body);
    if (!envelope || !envelope->isError)
        return std::nullopt;
    ApiError e(ApiError::Kind::BadRequest);
    e.setServerMessage(envelope->errorMessage);
    return e;
}

void ApiJob::refineError(ApiError &) const { }

void ApiJob::start(const ApiConnection *connection)
{
    if (m_state != State::Created) {
        qCWarning(lcApi) << "a job was started twice; ignored";
        return;
    }
    m_connection = connection;
    m_state = State::Running;
    if (auto problem = preflight()) {
        // Later, so that whoever started the job has connected its signals.
        QTimer::singleShot(0, this, [this, e = *problem] {
            if (m_state == State::Running)
                fail(e);
        });
        return;
    }
    m_budget = connection->budget(m_api);
    waitForSlot();
}

std::optional<ApiError> ApiJob::preflight() const
{
    if (!m_connection->network()) {
        ApiError e(ApiError::Kind::Network);
        e.setTechnicalDetail(u"no network access manager"_s);
        return e;
    }
    if (!m_connection->endpoint().isValid())
        return ApiError(ApiError::Kind::InvalidUrl);
    if (m_connection->tlsSetupError() && m_connection->endpoint().isEncrypted())
        return *m_connection->tlsSetupError();
    if (m_auth == Auth::Required && m_connection->key(m_api).isEmpty()) {
        ApiError e(ApiError::Kind::Unauthorized);
        e.setTechnicalDetail(m_api == ApiVersion::V1 ? u"no API v1 key configured"_s : u"no API key configured"_s);
        return e;
    }
    return std::nullopt;
}

QUrl ApiJob::requestUrl() const
{
    QUrl url = m_connection->base(m_api);
    url.setPath(url.path(QUrl::FullyEncoded) + m_path, QUrl::TolerantMode);
    QList<std::pair<QString, QString>> items = m_query;
    // v1 takes its key as a query parameter; some v1 handlers read it from nowhere else.
    if (m_api == ApiVersion::V1 && m_auth != Auth::None && !m_connection->key(m_api).isEmpty())
        items.append({u"apikey"_s, m_connection->key(m_api)});
    if (!items.isEmpty())
        url.setQuery(QString::fromLatin1(Wire::encodeForm(items)), QUrl::TolerantMode);
    return url;
}

void ApiJob::waitForSlot()
{
    if (m_state != State::Running)
        return;
    if (!m_budget) {
        sendAttempt();
        return;
    }
    if (const milliseconds wait = m_budget->currentWait(); wait > milliseconds{0})
        qCDebug(lcApi).noquote() << description() << "waits" << wait.count() << "ms for the request budget";
    m_ticket = m_budget->acquire([this] {
        m_ticket = 0;
        sendAttempt();
    });
}

void ApiJob::sendAttempt()
{
    if (m_state != State::Running)
        return;
    ++m_attempts;
    m_requestSent = false;
    m_peerCertificate = QSslCertificate();
    m_sslErrors.clear();

    QNetworkRequest request(requestUrl());
    request.setRawHeader("Accept", "application/json");
    if (!m_contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_contentType);
    const QString &key = m_connection->key(m_api);
    if (m_api == ApiVersion::V3 && m_auth != Auth::None && !key.isEmpty())
        request.setRawHeader("apikey", key.toUtf8());
    QString agent = QCoreApplication::applicationName();
    if (agent.isEmpty())
        agent = u"Frontline"_s;
    if (!QCoreApplication::applicationVersion().isEmpty())
        agent += u'/' + QCoreApplication::applicationVersion();
    request.setHeader(QNetworkRequest::UserAgentHeader, agent);
    // Same origin only: a redirect elsewhere, and https → http in particular, is refused.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    if (request.url().scheme() == u"https")
        request.setSslConfiguration(m_connection->tls().configuration);

    QNetworkAccessManager *network = m_connection->network();
    QNetworkReply *reply = nullptr;
    switch (m_verb) {
    case Verb::Get:
        reply = network->get(request);
        break;
    case Verb::Post:
        if (m_idempotent) {
            reply = network->post(request, m_body);
        } else {
            auto *body = new OneShotBody(m_body);
            request.setHeader(QNetworkRequest::ContentLengthHeader, m_body.size());
            request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
            reply = network->post(request, body);
            body->setParent(reply);
        }
        break;
    case Verb::Put:
        reply = network->put(request, m_body);
        break;
    case Verb::Delete:
        reply = network->deleteResource(request);
        break;
    }
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
    connect(reply, &QNetworkReply::encrypted, this, &ApiJob::onEncrypted);
    connect(reply, &QNetworkReply::sslErrors, this, &ApiJob::onSslErrors);
    connect(reply, &QNetworkReply::requestSent, this, [this] { m_requestSent = true; });
    m_attemptClock.start();
    m_timeoutTimer.start(m_timeout.value_or(m_connection->requestTimeout()));
    qCDebug(lcApi).noquote() << "→" << description() << "attempt" << m_attempts;
}

bool ApiJob::pinMatches(const QSslCertificate &peer) const
{
    const auto &pinned = m_connection->tls().pinned;
    return !pinned || (!peer.isNull() && peer == *pinned);
}

ApiError ApiJob::tlsError(const QString &detail, const QSslCertificate &peer) const
{
    ApiError e(ApiError::Kind::Tls);
    e.setHost(m_connection->endpoint().host());
    e.setTechnicalDetail(detail);
    e.setCertificateFingerprint(TlsOptions::fingerprint(peer));
    e.setNetworkError(QNetworkReply::SslHandshakeFailedError);
    return e;
}

void ApiJob::onEncrypted()
{
    // Checked here, after the handshake and before any request byte (the key) is sent.
    // A reused connection does not emit encrypted(); onReplyFinished checks those.
    if (!m_reply)
        return;
    const QSslCertificate peer = m_reply->sslConfiguration().peerCertificate();
    if (pinMatches(peer))
        return;
    const ApiError e = tlsError(tr("The server's certificate is not the pinned certificate."), peer);
    detachReply();
    fail(e);
}

void ApiJob::onSslErrors(const QList<QSslError> &errors)
{
    // Recorded, never ignored: the handshake then fails and onReplyFinished reports it.
    m_sslErrors = errors;
    if (m_reply)
        m_peerCertificate = m_reply->sslConfiguration().peerCertificate();
    for (const QSslError &error : errors) {
        if (m_peerCertificate.isNull() && !error.certificate().isNull())
            m_peerCertificate = error.certificate();
    }
}

void ApiJob::onTimeout()
{
    if (!m_reply) {
        // The reply vanished without finishing: its network access manager was destroyed.
        ApiError e(ApiError::Kind::Network);
        e.setOutcomeUnknown(m_requestSent);
        e.setTechnicalDetail(u"the network access manager went away"_s);
        fail(e);
        return;
    }
    ApiError e(ApiError::Kind::Timeout);
    e.setHost(m_connection->endpoint().host());
    e.setNetworkError(QNetworkReply::TimeoutError);
    // Whether the server got the request cannot be known: assume it may have.
    e.setOutcomeUnknown(true);
    e.setTechnicalDetail(u"no answer within %1 ms%2"_s.arg(m_attemptClock.elapsed())
                                 .arg(m_requestSent ? u", the request had been sent"_s : QString()));
    detachReply();
    retryOrFail(e);
}

void ApiJob::detachReply()
{
    m_timeoutTimer.stop();
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    reply->abort();
    reply->deleteLater();
}

void ApiJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || sender() != reply)
        return;
    m_timeoutTimer.stop();
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    reply->deleteLater();

    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QByteArray body = reply->readAll();
    const QNetworkReply::NetworkError error = reply->error();

    if (status.isValid() && reply->url().scheme() == u"https") {
        const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
        if (!pinMatches(peer)) {
            fail(tlsError(tr("The server's certificate is not the pinned certificate."), peer));
            return;
        }
    }
    if (status.isValid() && status.toInt() > 0 && !isTransportError(error)) {
        handleHttpAnswer(status.toInt(), body, reply);
        return;
    }
    retryOrFail(transportError(reply));
}

ApiError ApiJob::transportError(QNetworkReply *reply) const
{
    const QNetworkReply::NetworkError error = reply->error();
    ApiError e(ApiError::Kind::Network);
    switch (error) {
    case QNetworkReply::SslHandshakeFailedError: {
        QStringList problems;
        for (const QSslError &s : m_sslErrors)
            problems.append(s.errorString());
        return tlsError(problems.isEmpty() ? reply->errorString() : problems.join(u"; "), m_peerCertificate);
    }
    case QNetworkReply::InsecureRedirectError:
        e.setKind(ApiError::Kind::InsecureUrl);
        break;
    case QNetworkReply::TimeoutError:
        e.setKind(ApiError::Kind::Timeout);
        break;
    default:
        break;
    }
    e.setNetworkError(error);
    e.setHost(m_connection->endpoint().host());
    QString detail = reply->errorString();
    // Qt's error strings may quote the URL, and a v1 URL carries the key.
    for (const ApiVersion api : {ApiVersion::V3, ApiVersion::V1}) {
        if (!m_connection->key(api).isEmpty())
            detail.replace(m_connection->key(api), u"REDACTED"_s);
    }
    e.setTechnicalDetail(detail);
    e.setOutcomeUnknown(e.kind() == ApiError::Kind::InsecureUrl ? m_requestSent : !failsBeforeSending(error));
    return e;
}

void ApiJob::handleHttpAnswer(int status, const QByteArray &body, QNetworkReply *reply)
{
    m_status = status;
    if (status >= 200 && status < 300) {
        if (auto e = errorInSuccessBody(body)) {
            if (!e->httpStatus())
                e->setHttpStatus(status);
            fail(*e);
            return;
        }
        if (auto problem = decode(body)) {
            fail(ApiError::fromDecodeError(*problem, status));
            return;
        }
        qCDebug(lcApi).noquote() << "←" << status << description() << m_attemptClock.elapsed() << "ms";
        m_error.reset();
        m_state = State::Succeeded;
        finish();
        return;
    }

    ApiError e = ApiError::fromHttpStatus(status, body);
    e.setHost(m_connection->endpoint().host());
    if (status == 429 || status == 503) {
        QDateTime now = RetryPolicy::parseHttpDate(reply->rawHeader("Date"));
        if (!now.isValid())
            now = m_connection->now();
        e.setRetryAfter(RetryPolicy::parseRetryAfter(reply->rawHeader("Retry-After"), now));
    }
    // A gateway that gave up may have passed the request on: the origin may have acted.
    if (status == 502 || status == 504)
        e.setOutcomeUnknown(true);
    refineError(e);
    retryOrFail(e);
}

void ApiJob::retryOrFail(const ApiError &error)
{
    if (m_state != State::Running)
        return;
    const RetryPolicy &policy = m_connection->retryPolicy();

    if (error.kind() == ApiError::Kind::RateLimited) {
        // The server did not process the request, so every method may be sent again.
        const milliseconds wait =
                error.retryAfter() ? duration_cast<milliseconds>(*error.retryAfter()) : policy.defaultRetryAfter;
        if (m_budget)
            m_budget->pauseFor(wait);
        if (m_rateLimitRetries < policy.maxRateLimitRetries && wait <= policy.maxRetryAfter) {
            ++m_rateLimitRetries;
            qCInfo(lcApi).noquote() << description() << "rate limited (HTTP 429); retrying in" << wait.count() << "ms";
            if (m_budget)
                waitForSlot(); // the paused budget holds it back until Retry-After
            else
                m_retryTimer.start(wait);
            return;
        }
        fail(error);
        return;
    }

    const bool transient = error.kind() == ApiError::Kind::Server || error.kind() == ApiError::Kind::Timeout
            || error.kind() == ApiError::Kind::Network;
    // A non-idempotent request is sent again only when it certainly never left.
    const bool safeToRepeat = m_idempotent || (error.kind() == ApiError::Kind::Network && !error.outcomeUnknown());
    if (transient && safeToRepeat && m_transientRetries + 1 < policy.maxAttempts) {
        ++m_transientRetries;
        milliseconds delay = policy.backoffDelay(m_transientRetries, QRandomGenerator::global()->generateDouble());
        if (error.retryAfter())
            delay = std::max(delay, std::min(duration_cast<milliseconds>(*error.retryAfter()), policy.maxRetryAfter));
        qCInfo(lcApi).noquote() << description() << "failed:" << error.toLogString() << "- retry" << m_transientRetries
                                << "of" << (policy.maxAttempts - 1) << "in" << delay.count() << "ms";
        m_retryTimer.start(delay);
        return;
    }
    fail(error);
}

void ApiJob::fail(ApiError error)
{
    if (m_state != State::Running)
        return;
    if (error.host().isEmpty() && m_connection)
        error.setHost(m_connection->endpoint().host());
    qCInfo(lcApi).noquote() << description() << "failed:" << error.toLogString();
    m_error = std::move(error);
    m_state = State::Failed;
    finish();
}

void ApiJob::abort()
{
    if (m_state != State::Running)
        return;
    if (m_budget && m_ticket)
        m_budget->cancel(m_ticket);
    m_ticket = 0;
    m_retryTimer.stop();
    detachReply();
    fail(ApiError(ApiError::Kind::Aborted));
}

void ApiJob::finish()
{
    m_timeoutTimer.stop();
    m_retryTimer.stop();
    if (m_budget && m_ticket)
        m_budget->cancel(m_ticket);
    m_ticket = 0;
    if (m_state == State::Succeeded)
        Q_EMIT succeeded(this);
    else
        Q_EMIT failed(this);
    Q_EMIT finished(this);
    if (m_autoDelete)
        deleteLater();
}

} // namespace Frontline
