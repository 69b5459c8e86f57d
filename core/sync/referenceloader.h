// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"

#include <QObject>

#include <optional>

namespace Frontline {

class LiveAgentClient;
class Store;

/// Reads the account's reference data into the cache: departments, agents, SLA levels,
/// tags, canned messages and predefined answers, each list page by page and replaced whole.
class ReferenceLoader : public QObject
{
    Q_OBJECT

public:
    ReferenceLoader(Store &store, LiveAgentClient &client, QObject *parent = nullptr);
    void start();

Q_SIGNALS:
    void finished(const std::optional<Frontline::ApiError> &error);

private:
    void next();
    void stepDone(const std::optional<ApiError> &error);

    Store &m_store;
    LiveAgentClient &m_client;
    int m_step = 0;
};

} // namespace Frontline
