// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Frontline {

/// How the store's parts report a change. Store implements it and delivers the change as a
/// signal once the surrounding transaction has committed (never for a rolled-back change).
class StoreNotifier
{
public:
    virtual ~StoreNotifier() = default;
    virtual void notifyTicketsChanged(const QStringList &ids) = 0; // empty list: many
    virtual void notifyConversationChanged(const QString &ticketId) = 0;
    virtual void notifyReferenceChanged() = 0;
    virtual void notifyOutboxChanged() = 0;
    virtual void notifyPresenceChanged() = 0;
};

} // namespace Frontline
