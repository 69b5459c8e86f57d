// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "domain/expected.h"

#include <QString>
#include <QUrl>

namespace Frontline {

/// Where a LiveAgent account lives, normalised from what a user types
/// (`acme.ladesk.com`, `https://acme.ladesk.com/agent/`, `…/index.php`, `…/api/v3`) into the
/// account root, the v3 base `…/api/v3` and the v1 base `…/api`. HTTPS only, except for
/// loopback hosts (127.0.0.0/8, ::1, localhost) where plain http is allowed for development.
class ServerEndpoint
{
public:
    ServerEndpoint() = default; // invalid

    /// Parses and normalises a typed address; InvalidUrl or InsecureUrl errors otherwise.
    static Expected<ServerEndpoint, ApiError> fromUserInput(const QString &typed);
    static bool isLoopbackHost(const QString &host);

    bool isValid() const { return m_root.isValid(); }
    /// The account root without a trailing slash, e.g. `https://acme.ladesk.com` or
    /// `https://help.example.com/liveagent` for an installation in a sub-folder.
    const QUrl &root() const { return m_root; }
    QUrl v3Base() const;
    QUrl v1Base() const;
    /// The agent panel, and the one-time login into it with a `login_key` (section 6.2).
    QUrl agentPanelUrl() const;
    QUrl agentPanelLoginUrl(const QString &loginKey) const;

    QString host() const { return m_root.host(); }
    bool isLoopback() const { return isLoopbackHost(m_root.host()); }
    bool isEncrypted() const { return m_root.scheme() == u"https"; }
    /// What to show in settings and the title bar: the root as typed-back text.
    QString displayString() const { return m_root.toDisplayString(); }

    friend bool operator==(const ServerEndpoint &, const ServerEndpoint &) = default;

private:
    explicit ServerEndpoint(QUrl root);
    QUrl withPath(const QString &suffix) const;

    QUrl m_root;
};

} // namespace Frontline
