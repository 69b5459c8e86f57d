// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apijob.h"

namespace Frontline {

/// `GET /agents/{id}/login_key`: a key valid for seconds that opens the web agent panel
/// already logged in ("Open in web panel", ServerEndpoint::agentPanelLoginUrl).
class GetLoginKeyJob final : public ApiJob
{
public:
    explicit GetLoginKeyJob(const QString &agentId);
    const QString &loginKey() const { return m_loginKey; }

protected:
    std::optional<DecodeError> decode(const QByteArray &body) override;

private:
    QString m_loginKey;
};

} // namespace Frontline
