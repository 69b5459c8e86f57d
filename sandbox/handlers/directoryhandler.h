// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/router.h"

#include <QJsonArray>

#include <functional>

namespace Frontline::Sandbox {

class DirectoryStore;
class Presence;
class SlaPlanner;

/// The reference lists: `/departments[/{id}]`, `/slas[/{id}]`, `/canned_messages[/{id}]`,
/// `/predefined_answers[/{id}]`, `/tags[/{id}]` (contract 6.5-6.8).
class DirectoryHandler
{
public:
    DirectoryHandler(DirectoryStore &directory, Presence &presence, const SlaPlanner &sla);
    void addRoutes(Router &router);

private:
    using Source = std::function<QJsonArray()>;
    /// GET list (with 5.1 parameters) and GET one by the value of `idField`.
    void addCollection(Router &router, const QString &path, const QString &idField, const QString &what, Source source,
                       bool oneAsList = false);

    QJsonArray departments();

    DirectoryStore &m_directory;
    Presence &m_presence;
    const SlaPlanner &m_sla;
};

} // namespace Frontline::Sandbox
