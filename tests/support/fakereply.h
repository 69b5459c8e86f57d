// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkReply>

#include <chrono>
#include <utility>

namespace Frontline::Test {

/// What a FakeNetworkAccessManager answers to one request.
struct CannedReply
{
    int status = 200;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    std::chrono::milliseconds delay{0};
    /// A transport error instead of an HTTP answer (no status): ConnectionRefused, HostNotFound…
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    /// The request goes out (requestSent), then the connection drops without an answer.
    bool droppedAfterSend = false;
    /// No answer at all until the reply is aborted (for timeouts).
    bool hang = false;

    static CannedReply json(int status, const QByteArray &body);
    static CannedReply networkError(QNetworkReply::NetworkError error);
    static CannedReply dropped();
    static CannedReply hanging();
    CannedReply &withHeader(const QByteArray &name, const QByteArray &value);
};

/// The reply a FakeNetworkAccessManager hands out: replays a CannedReply asynchronously, the
/// way QNetworkReplyHttpImpl signals (requestSent, metaDataChanged, readyRead, finished).
class FakeReply final : public QNetworkReply
{
    Q_OBJECT

public:
    FakeReply(QNetworkAccessManager::Operation operation, const QNetworkRequest &request, CannedReply canned,
              QObject *parent);

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    void respond();
    void failWith(QNetworkReply::NetworkError error, const QString &text);

    CannedReply m_canned;
    QByteArray m_buffer;
    qint64 m_offset = 0;
};

} // namespace Frontline::Test
