// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakereply.h"

#include <QTimer>

namespace Frontline::Test {

CannedReply CannedReply::json(int status, const QByteArray &body)
{
    CannedReply r;
    r.status = status;
    r.body = body;
    r.headers.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/json"));
    return r;
}

CannedReply CannedReply::networkError(QNetworkReply::NetworkError error)
{
    CannedReply r;
    r.error = error;
    return r;
}

CannedReply CannedReply::dropped()
{
    CannedReply r;
    r.droppedAfterSend = true;
    return r;
}

CannedReply CannedReply::hanging()
{
    CannedReply r;
    r.hang = true;
    return r;
}

CannedReply &CannedReply::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

FakeReply::FakeReply(QNetworkAccessManager::Operation operation, const QNetworkRequest &request, CannedReply canned,
                     QObject *parent)
    : QNetworkReply(parent)
    , m_canned(std::move(canned))
{
    setRequest(request);
    setUrl(request.url());
    setOperation(operation);
    open(QIODevice::ReadOnly);
    if (!m_canned.hang)
        QTimer::singleShot(m_canned.delay, this, &FakeReply::respond);
}

void FakeReply::failWith(QNetworkReply::NetworkError error, const QString &text)
{
    setError(error, text);
    setFinished(true);
    Q_EMIT errorOccurred(error);
    Q_EMIT finished();
}

void FakeReply::respond()
{
    if (isFinished())
        return;
    if (m_canned.error != QNetworkReply::NoError) {
        // Connection-phase failures: nothing was sent.
        failWith(m_canned.error, QStringLiteral("fake network error %1").arg(int(m_canned.error)));
        return;
    }
    Q_EMIT requestSent();
    if (m_canned.droppedAfterSend) {
        failWith(QNetworkReply::RemoteHostClosedError, QStringLiteral("Connection closed"));
        return;
    }
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_canned.status);
    setAttribute(QNetworkRequest::HttpReasonPhraseAttribute, QByteArray("Fake"));
    for (const auto &[name, value] : m_canned.headers)
        setRawHeader(name, value);
    setHeader(QNetworkRequest::ContentLengthHeader, m_canned.body.size());
    m_buffer = m_canned.body;
    // Like Qt, a 4xx/5xx answer is also a reply error (with the status still set).
    if (m_canned.status >= 400) {
        const auto error = m_canned.status == 404 ? QNetworkReply::ContentNotFoundError
                : m_canned.status >= 500          ? QNetworkReply::InternalServerError
                                                  : QNetworkReply::UnknownContentError;
        setError(error, QStringLiteral("server replied: Fake"));
    }
    Q_EMIT metaDataChanged();
    if (!m_buffer.isEmpty())
        Q_EMIT readyRead();
    Q_EMIT downloadProgress(m_buffer.size(), m_buffer.size());
    setFinished(true);
    if (error() != QNetworkReply::NoError)
        Q_EMIT errorOccurred(error());
    Q_EMIT finished();
}

void FakeReply::abort()
{
    if (isFinished())
        return;
    failWith(QNetworkReply::OperationCanceledError, QStringLiteral("Operation canceled"));
}

qint64 FakeReply::bytesAvailable() const
{
    return m_buffer.size() - m_offset + QNetworkReply::bytesAvailable();
}

qint64 FakeReply::readData(char *data, qint64 maxSize)
{
    const qint64 n = qMin(maxSize, m_buffer.size() - m_offset);
    if (n <= 0)
        return isFinished() ? -1 : 0;
    memcpy(data, m_buffer.constData() + m_offset, size_t(n));
    m_offset += n;
    return n;
}

} // namespace Frontline::Test
