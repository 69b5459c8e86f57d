// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakereply.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QUrlQuery>

#include <deque>
#include <functional>
#include <optional>

namespace Frontline::Test {

/// One request as the fake received it: exactly what the client put on the wire.
struct RecordedRequest
{
    QByteArray method; // GET, POST, PUT, DELETE
    QUrl url;
    QNetworkRequest request;
    QByteArray body;

    QByteArray header(const QByteArray &name) const { return request.rawHeader(name); }
    QString path() const { return url.path(); }
    /// The query as the server would decode it (`+` stays `+`, `%2B` becomes `+`).
    QString queryValue(const QString &key) const;
};

/// A QNetworkAccessManager that serves canned replies instead of going to the network
/// (Nextcloud's FakeQNAM). Replies come from a FIFO queue, else from a handler, else 404.
/// Every request is recorded: method, URL, headers, body.
class FakeNetworkAccessManager final : public QNetworkAccessManager
{
    Q_OBJECT

public:
    using Handler = std::function<std::optional<CannedReply>(const RecordedRequest &)>;

    explicit FakeNetworkAccessManager(QObject *parent = nullptr);

    void enqueue(const CannedReply &reply);
    void setHandler(Handler handler);
    const QList<RecordedRequest> &requests() const { return m_requests; }
    const RecordedRequest &lastRequest() const { return m_requests.constLast(); }
    int requestCount() const { return int(m_requests.size()); }
    int queuedReplies() const { return int(m_queue.size()); }
    void clear();

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    std::deque<CannedReply> m_queue;
    Handler m_handler;
    QList<RecordedRequest> m_requests;
};

} // namespace Frontline::Test
