// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakenetworkaccessmanager.h"

namespace Frontline::Test {

QString RecordedRequest::queryValue(const QString &key) const
{
    const QByteArrayList items = url.query(QUrl::FullyEncoded).toLatin1().split('&');
    for (const QByteArray &item : items) {
        const qsizetype eq = item.indexOf('=');
        if (eq < 0)
            continue;
        if (QString::fromUtf8(QByteArray::fromPercentEncoding(item.left(eq))) == key)
            return QString::fromUtf8(QByteArray::fromPercentEncoding(item.mid(eq + 1)));
    }
    return {};
}

FakeNetworkAccessManager::FakeNetworkAccessManager(QObject *parent)
    : QNetworkAccessManager(parent)
{ }

void FakeNetworkAccessManager::enqueue(const CannedReply &reply)
{
    m_queue.push_back(reply);
}

void FakeNetworkAccessManager::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

void FakeNetworkAccessManager::clear()
{
    m_queue.clear();
    m_requests.clear();
}

QNetworkReply *FakeNetworkAccessManager::createRequest(Operation operation, const QNetworkRequest &request,
                                                       QIODevice *outgoingData)
{
    RecordedRequest recorded;
    switch (operation) {
    case GetOperation:
        recorded.method = "GET";
        break;
    case PostOperation:
        recorded.method = "POST";
        break;
    case PutOperation:
        recorded.method = "PUT";
        break;
    case DeleteOperation:
        recorded.method = "DELETE";
        break;
    case HeadOperation:
        recorded.method = "HEAD";
        break;
    default:
        recorded.method = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
        break;
    }
    recorded.url = request.url();
    recorded.request = request;
    if (outgoingData)
        recorded.body = outgoingData->readAll();
    m_requests.append(recorded);

    std::optional<CannedReply> canned;
    if (!m_queue.empty()) {
        canned = m_queue.front();
        m_queue.pop_front();
    } else if (m_handler) {
        canned = m_handler(recorded);
    }
    if (!canned)
        canned = CannedReply::json(404, R"({"message":"no canned reply"})");
    return new FakeReply(operation, request, *canned, this);
}

} // namespace Frontline::Test
