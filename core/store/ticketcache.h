// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storeerror.h"
#include "ticketquery.h"
#include "ticketquerysql.h"
#include "ticketrow.h"

#include "domain/conversation.h"
#include "domain/ticket.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <chrono>
#include <optional>

namespace Frontline {

class Database;
class StoreNotifier;

/// Tickets, their conversations, history and SLA due instants in the cache, and the
/// queries behind the ticket lists. Writes never overwrite what Frontline learned
/// locally (SLA level, conversation size) with a list row that does not carry it.
class TicketCache
{
public:
    TicketCache(Database &db, StoreNotifier &notifier);

    /// Inserts or updates the server's view of these tickets in one transaction.
    StoreError upsert(const QList<Ticket> &tickets);
    StoreError remove(const QStringList &ids);
    std::optional<Ticket> ticket(const QString &id) const;
    std::optional<TicketRow> row(const QString &id) const;
    /// The cached rows of `ids` that exist, in one query (sync compares a page with them).
    QHash<QString, TicketRow> rows(const QStringList &ids) const;
    bool contains(const QString &id) const;

    /// Ids of active tickets assigned to `meId` or in `departmentIds` (for reconciling with
    /// the server's open set).
    QStringList activeIds(const QString &meId, const QStringList &departmentIds) const;
    /// The newest `date_changed` seen: where the next incremental pull starts.
    QDateTime newestChange() const;

    /// A local change made by the agent before the server confirms it (an optimistic update).
    /// `touch` moves the ticket's last activity to `now` (a new action, not a re-application).
    StoreError applyLocal(const QString &ticketId, const TicketUpdate &update, const QDateTime &now, bool touch = true);

    /// When a ticket we postponed comes back (not on the wire: we remember our own request).
    StoreError setPostponedUntil(const QString &ticketId, const QDateTime &until);
    StoreError setSla(const TicketSla &sla, const QDateTime &checkedAt);
    /// Active tickets in scope whose SLA level is unknown or older than their last change,
    /// most urgent first.
    QStringList ticketsNeedingSla(const QString &meId, const QStringList &departmentIds, int limit) const;

    /// Replaces the server's message groups of a ticket (local, unconfirmed ones stay),
    /// updates its size for "easiest first" and its full-text body.
    StoreError replaceConversation(const QString &ticketId, const QList<MessageGroup> &groups);
    QList<MessageGroup> conversation(const QString &ticketId) const;
    /// When the conversation was last fetched, as the ticket's date_changed at that time.
    QDateTime conversationSyncedAt(const QString &ticketId) const;
    /// Active tickets in scope whose conversation is missing or stale, most urgent first.
    QStringList ticketsNeedingConversation(const QString &meId, const QStringList &departmentIds, int limit) const;

    /// An unconfirmed reply or note shown in the conversation until the server has it.
    StoreError addLocalGroup(const QString &ticketId, qint64 outboxId, const MessageGroup &group);
    StoreError removeLocalGroups(qint64 outboxId);
    /// The server confirmed the text: its unconfirmed group stays visible, no longer tied to
    /// the outbox, until the server's conversation replaces it (replaceConversation).
    StoreError detachLocalGroups(qint64 outboxId);

    StoreError replaceHistory(const QString &ticketId, const QList<TicketHistoryEntry> &entries);
    QList<TicketHistoryEntry> history(const QString &ticketId) const;

    /// Tag ids that mark a ticket as VIP (recomputes the VIP flag of every ticket).
    StoreError setVipTagIds(const QSet<QString> &tagIds);

    int count(const TicketQuery &query) const;
    QList<TicketRow> rows(const TicketQuery &query, int offset, int limit) const;
    /// The position of a ticket in the query's order, or -1 when the query does not list it.
    int rowOf(const TicketQuery &query, const QString &ticketId) const;

    /// The tickets' searchable texts changed behind TicketCache's back (a bulk delete): the
    /// matches of the last search are looked up again.
    void forgetSearchMatches() { m_matchesFor.clear(); }
    /// The longest a search may take to find its words as prefixes (outside a transaction);
    /// past it the typed words are matched as whole words (see loadSearchMatches()).
    void setSearchBudget(std::chrono::milliseconds budget) { m_searchBudget = budget; }

private:
    bool isVip(const QStringList &tagIds) const;
    /// The SQL of a query; for a search, with its full-text matches in temp.search_hits.
    TicketQuerySql sqlFor(const TicketQuery &query) const;
    /// Fills temp.search_hits with the rowids of the tickets matching `fts` (kept while the
    /// texts do not change, so a list's count, pages and positions match once); their number.
    int loadSearchMatches(const QString &fts) const;
    /// Fills temp.search_hits with the matches of `fts`; -1 when it failed or, `withinBudget`,
    /// ran out of the search budget (the table is then empty).
    int insertSearchMatches(const QString &fts, bool withinBudget) const;

    Database &m_db;
    StoreNotifier &m_notifier;
    QSet<QString> m_vipTagIds;
    mutable QString m_matchesFor; // the FTS expression temp.search_hits holds the matches of
    mutable int m_matchCount = 0;
    mutable QString m_searchText; // as typed, for the whole-word fallback
    std::chrono::milliseconds m_searchBudget{50};
};

} // namespace Frontline
