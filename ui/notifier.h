// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace Frontline {

/// One desktop notification, already in the agent's language.
struct Notification
{
    enum class Urgency { Low, Normal, Critical };
    QString summary;
    QString body; // plain text
    QString ticketId; // what clicking opens; empty: nothing to open
    Urgency urgency = Urgency::Normal;
    friend bool operator==(const Notification &, const Notification &) = default;
};

/// Where notifications go (the freedesktop service, the tray's balloon, a test's recorder):
/// the one notifier interface (STYLE.md 11).
class Notifier : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~Notifier() override;

    virtual void notify(const Notification &notification) = 0;

Q_SIGNALS:
    /// The agent clicked a notification that names a ticket.
    void activated(const QString &ticketId);
};

} // namespace Frontline
