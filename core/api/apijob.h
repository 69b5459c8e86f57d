// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiconnection.h"
#include "apierror.h"
#include "wire/decodeerror.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>
#include <QUrl>

#include <optional>
#include <utility>

class QNetworkReply;

namespace Frontline {

/// One REST call (libQuotient BaseJob, Nextcloud AbstractNetworkJob style). The base owns
/// building the URL and the `apikey`, JSON headers, the per-request timeout, TLS and
/// pinning, the request budget, mapping HTTP status to an ApiError, retries with backoff and
/// jitter, Retry-After, and calls one decoding hook; an endpoint class only says verb, path,
/// parameters and how to decode. Emits succeeded or failed, then finished, once; deletes
/// itself after finished unless setAutoDelete(false).
class ApiJob : public QObject
{
    Q_OBJECT

public:
    enum class Verb {
        Get,
        Post,
        Put,
        Delete,
    };
    enum class Auth {
        Required, // fail at once without a key
        Optional, // send the key when there is one (ping, time zones)
        None, // never send a key (login)
    };
    enum class State {
        Created,
        Running, // waiting for a budget slot, on the wire or waiting to retry
        Succeeded,
        Failed,
    };

    ~ApiJob() override;

    /// Called by LiveAgentClient; `connection` must outlive the job.
    void start(const ApiConnection *connection);
    /// Cancels the job: it fails with kind Aborted, synchronously. No-op once finished.
    void abort();

    Verb verb() const { return m_verb; }
    ApiVersion apiVersion() const { return m_api; }
    /// The encoded path below the API base, e.g. "/tickets/t1/messages".
    const QString &path() const { return m_path; }
    bool isIdempotent() const { return m_idempotent; }
    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Running; }
    /// The failure; empty while running and after success.
    const std::optional<ApiError> &error() const { return m_error; }
    /// HTTP status of the last answer; 0 if none came.
    int statusCode() const { return m_status; }
    /// Requests sent so far (retries included).
    int attempts() const { return m_attempts; }
    /// The request URL with secrets (v1 `apikey`) redacted: safe for logs.
    QUrl redactedUrl() const;
    /// "GET https://…/tickets?…" with secrets redacted.
    QString description() const;

    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }
    bool autoDelete() const { return m_autoDelete; }
    /// Overrides the connection's per-request timeout for this job.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    /// Percent-encodes one path segment (an id may hold any character).
    static QString encodeSegment(const QString &segment);
    /// The URL with the value of every secret query parameter replaced by "REDACTED".
    static QUrl redact(const QUrl &url);

Q_SIGNALS:
    void succeeded(Frontline::ApiJob *job);
    void failed(Frontline::ApiJob *job);
    /// After succeeded or failed, exactly once.
    void finished(Frontline::ApiJob *job);

protected:
    ApiJob(Verb verb, QString encodedPath, QObject *parent = nullptr);

    void setApiVersion(ApiVersion api) { m_api = api; }
    void setAuth(Auth auth) { m_auth = auth; }
    /// GET, PUT and DELETE are idempotent by default; a POST that only sets a state (pause)
    /// may say so too, and is then retried like a PUT.
    void setIdempotent(bool idempotent) { m_idempotent = idempotent; }
    void addQueryItem(const QString &key, const QString &value);
    void setJsonBody(const QJsonObject &body);
    void setFormBody(const QList<std::pair<QString, QString>> &fields);

    /// Turns a 2xx body into the job's result; a DecodeError fails the job with kind Decode.
    virtual std::optional<DecodeError> decode(const QByteArray &body);
    /// Lets an endpoint recognise an error the server reports with a 2xx status (the v1
    /// envelope's `status: ERROR`, the login's 2FA quirk). Called before decode().
    virtual std::optional<ApiError> errorInSuccessBody(const QByteArray &body);
    /// Lets an endpoint give a non-2xx answer a more precise kind (login: 403 is a wrong
    /// password, not a refused key).
    virtual void refineError(ApiError &error) const;

private:
    std::optional<ApiError> preflight() const;
    QUrl requestUrl() const;
    void waitForSlot();
    void sendAttempt();
    void onEncrypted();
    void onSslErrors(const QList<QSslError> &errors);
    void onTimeout();
    void onReplyFinished();
    void detachReply();
    bool pinMatches(const QSslCertificate &peer) const;
    ApiError tlsError(const QString &detail, const QSslCertificate &peer) const;
    ApiError transportError(QNetworkReply *reply) const;
    void handleHttpAnswer(int status, const QByteArray &body, QNetworkReply *reply);
    void retryOrFail(const ApiError &error);
    void fail(ApiError error);
    void finish();

    Verb m_verb;
    QString m_path;
    ApiVersion m_api = ApiVersion::V3;
    Auth m_auth = Auth::Required;
    bool m_idempotent;
    QList<std::pair<QString, QString>> m_query;
    QByteArray m_body;
    QByteArray m_contentType;
    std::optional<std::chrono::milliseconds> m_timeout;

    const ApiConnection *m_connection = nullptr;
    QPointer<RequestBudget> m_budget;
    RequestBudget::Ticket m_ticket = 0;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeoutTimer;
    QTimer m_retryTimer;
    QElapsedTimer m_attemptClock;

    State m_state = State::Created;
    std::optional<ApiError> m_error;
    int m_status = 0;
    int m_attempts = 0;
    int m_transientRetries = 0;
    int m_rateLimitRetries = 0;
    bool m_requestSent = false;
    QSslCertificate m_peerCertificate;
    QList<QSslError> m_sslErrors;
    bool m_autoDelete = true;
};

} // namespace Frontline
