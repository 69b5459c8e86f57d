// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Frontline::Sandbox {

class DirectoryStore;
class Presence;

/// Routing of new tickets (seeds 000/001/002): round-robin among the department's agents who
/// are online and not paused, continuing after the agent who got the previous one. With
/// nobody available the ticket waits unassigned in the department's queue.
class TicketRouter
{
public:
    TicketRouter(DirectoryStore &directory, Presence &presence);

    /// The agent for the next new ticket of `departmentId`, or empty for the queue.
    QString route(const QString &departmentId);

private:
    DirectoryStore &m_directory;
    Presence &m_presence;
};

} // namespace Frontline::Sandbox
