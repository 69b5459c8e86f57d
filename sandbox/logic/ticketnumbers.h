// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Frontline::Sandbox {

/// Ticket ids and codes that look like LiveAgent's (`k3j9x2ab`, `KJH-TRD-042`) and are
/// unique and deterministic: both are bijections of the ticket's sequence number.
class TicketNumbers
{
public:
    static QString id(quint64 n);
    static QString code(quint64 n);
    static QString publicAccessUrlCode(const QString &id);
};

} // namespace Frontline::Sandbox
