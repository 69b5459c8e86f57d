// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverendpoint.h"

#include <QHostAddress>
#include <QRegularExpression>

#include <array>

using namespace Qt::StringLiterals;

namespace Frontline {

namespace {

// Paths users copy from the browser or from API docs; stripped (repeatedly, in any order)
// so that only the installation's own prefix remains. [APP] strips /, /index.php, /agent.
constexpr std::array kStrippedSuffixes{u"/index.php", u"/agent", u"/api/v3", u"/api/v1", u"/api"};

QString stripKnownSuffixes(QString path)
{
    bool changed = true;
    while (changed) {
        changed = false;
        while (path.endsWith(u'/')) {
            path.chop(1);
            changed = true;
        }
        for (QStringView suffix : kStrippedSuffixes) {
            if (path.endsWith(suffix, Qt::CaseInsensitive)) {
                path.chop(suffix.size());
                changed = true;
            }
        }
    }
    return path;
}

ApiError invalid(const QString &detail)
{
    ApiError e(ApiError::Kind::InvalidUrl);
    e.setTechnicalDetail(detail);
    return e;
}

} // namespace

ServerEndpoint::ServerEndpoint(QUrl root)
    : m_root(std::move(root))
{ }

bool ServerEndpoint::isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    if (!address.setAddress(host))
        return false;
    // isLoopback covers 127.0.0.0/8 and ::1, and IPv4-mapped forms of them.
    return address.isLoopback();
}

Expected<ServerEndpoint, ApiError> ServerEndpoint::fromUserInput(const QString &typed)
{
    QString text = typed.trimmed();
    if (text.isEmpty())
        return invalid(u"empty address"_s);
    // Without "scheme://", QUrl would read "localhost:8443" as scheme "localhost".
    static const QRegularExpression hasScheme(u"^[A-Za-z][A-Za-z0-9+.-]*://"_s);
    if (!hasScheme.match(text).hasMatch())
        text.prepend(u"https://"_s);

    QUrl url(text, QUrl::TolerantMode);
    if (!url.isValid())
        return invalid(url.errorString());
    const QString scheme = url.scheme().toLower();
    if (scheme != u"https" && scheme != u"http")
        return invalid(u"unsupported scheme "_s + scheme);
    if (url.host().isEmpty())
        return invalid(u"no host"_s);
    if (scheme == u"http" && !isLoopbackHost(url.host())) {
        ApiError e(ApiError::Kind::InsecureUrl);
        e.setHost(url.host());
        e.setTechnicalDetail(u"http:// is allowed for loopback hosts only"_s);
        return e;
    }

    QUrl root;
    root.setScheme(scheme);
    root.setHost(url.host());
    root.setPort(url.port());
    root.setPath(stripKnownSuffixes(url.path(QUrl::FullyEncoded)), QUrl::TolerantMode);
    if (!root.isValid())
        return invalid(root.errorString());
    return ServerEndpoint(root);
}

QUrl ServerEndpoint::withPath(const QString &suffix) const
{
    QUrl url = m_root;
    url.setPath(m_root.path(QUrl::FullyEncoded) + suffix, QUrl::TolerantMode);
    return url;
}

QUrl ServerEndpoint::v3Base() const
{
    return withPath(u"/api/v3"_s);
}

QUrl ServerEndpoint::v1Base() const
{
    return withPath(u"/api"_s);
}

QUrl ServerEndpoint::agentPanelUrl() const
{
    return withPath(u"/agent/"_s);
}

QUrl ServerEndpoint::agentPanelLoginUrl(const QString &loginKey) const
{
    QUrl url = withPath(u"/agent/index.php"_s);
    url.setQuery(u"LoginKey="_s + QString::fromLatin1(QUrl::toPercentEncoding(loginKey)), QUrl::TolerantMode);
    return url;
}

} // namespace Frontline
