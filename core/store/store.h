// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"
#include "draftstore.h"
#include "outboxqueue.h"
#include "presencelog.h"
#include "referencecache.h"
#include "storenotifier.h"
#include "ticketcache.h"

#include <QObject>
#include <QTimer>

#include <chrono>

namespace Frontline {

/// One account's local cache (the only code that writes SQL, with its parts): tickets,
/// reference data, the outbox, the presence log, drafts and sync state. Emits a signal
/// per kind of change once the change has committed.
class Store
    : public QObject
    , private StoreNotifier
{
    Q_OBJECT

public:
    explicit Store(const QString &path, QObject *parent = nullptr);
    ~Store() override;

    /// Where an account's cache lives: <AppDataLocation>/accounts/<accountKey>/cache.sqlite.
    static QString defaultPath(const QString &accountKey);

    StoreError open();
    /// As open(), but the check of the file for damage runs in the background, `after` the
    /// opening (not competing with the first paint and sync), so that a large cache opens at
    /// once. If it finds damage the cache is rebuilt then, as open() would have done
    /// (recoveredFromCorruption() tells), and every change signal is emitted.
    StoreError openCheckingInBackground(std::chrono::milliseconds after = std::chrono::seconds(2));
    void close();
    const QString &path() const { return m_db.path(); }
    bool recoveredFromCorruption() const { return m_db.recoveredFromCorruption(); }
    int salvagedOutboxRows() const { return m_db.salvagedOutboxRows(); }

    TicketCache &tickets() { return m_tickets; }
    const TicketCache &tickets() const { return m_tickets; }
    ReferenceCache &reference() { return m_reference; }
    const ReferenceCache &reference() const { return m_reference; }
    OutboxQueue &outbox() { return m_outbox; }
    const OutboxQueue &outbox() const { return m_outbox; }
    PresenceLog &presence() { return m_presence; }
    const PresenceLog &presence() const { return m_presence; }
    DraftStore &drafts() { return m_drafts; }
    const DraftStore &drafts() const { return m_drafts; }

    /// A transaction spanning several parts (an outbox entry and its optimistic change);
    /// signals of the changes inside are delivered when it commits.
    Database &database() { return m_db; }

    QString meta(const QString &key) const;
    StoreError setMeta(const QString &key, const QString &value);
    /// Forgets everything the server can give back (keeps outbox, drafts, presence log).
    StoreError clearServerData();

Q_SIGNALS:
    void ticketsChanged(const QStringList &ids); // empty: many tickets changed
    void conversationChanged(const QString &ticketId);
    void referenceDataChanged();
    void outboxChanged();
    void presenceLogChanged();
    /// The background check found the file damaged and the cache was rebuilt (see
    /// openCheckingInBackground()); the server's data comes back with the next sync.
    void rebuilt();

private:
    void notifyTicketsChanged(const QStringList &ids) override;
    void notifyConversationChanged(const QString &ticketId) override;
    void notifyReferenceChanged() override;
    void notifyOutboxChanged() override;
    void notifyPresenceChanged() override;
    void checkInBackground();

    Database m_db;
    TicketCache m_tickets;
    ReferenceCache m_reference;
    OutboxQueue m_outbox;
    PresenceLog m_presence;
    DraftStore m_drafts;
    QTimer m_checkTimer;
};

} // namespace Frontline
