// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/schema.h"
#include "store/sqltransaction.h"
#include "store/store.h"
#include "store/ticketquerysql.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Frontline;

namespace {

QDateTime at(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), Qt::UTC);
}

Ticket makeTicket(const QString &id, const QString &agent, const QString &dept, const QString &status,
                  const QDateTime &created, const QDateTime &due)
{
    Ticket t;
    t.id = id;
    t.code = QStringLiteral("ABC-") + id;
    t.subject = QStringLiteral("Subject of ") + id;
    t.ownerName = QStringLiteral("Customer ") + id;
    t.ownerEmail = id + QStringLiteral("@example.com");
    t.agentId = agent;
    t.departmentId = dept;
    t.status = status;
    t.channelType = QStringLiteral("E");
    t.dateCreated = created;
    t.dateChanged = created;
    t.lastActivity = created;
    t.dateDue = due;
    return t;
}

QStringList ids(const QList<TicketRow> &rows)
{
    QStringList out;
    for (const TicketRow &r : rows)
        out.append(r.id);
    return out;
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void opensPrivateWalDatabaseAtCurrentVersion()
    {
        Store store(path(QStringLiteral("a/b/cache.sqlite")));
        QCOMPARE(store.open().kind, StoreError::Kind::None);
        QVERIFY(!store.recoveredFromCorruption());
        const QFile::Permissions perms = QFile::permissions(store.path());
        QCOMPARE(perms & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
                 QFile::Permissions());
        QSqlQuery q(store.database().connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), Schema::kCurrentVersion);
    }

    void refusesADatabaseFromANewerVersion()
    {
        const QString file = path(QStringLiteral("newer.sqlite"));
        {
            Store store(file);
            QVERIFY(!store.open().isError());
            QVERIFY(!store.database().exec(QStringLiteral("PRAGMA user_version = 99")).isError());
        }
        Store store(file);
        const StoreError e = store.open();
        QCOMPARE(e.kind, StoreError::Kind::TooNew);
        QVERIFY(e.humanMessage().contains(QStringLiteral("newer version")));
        QVERIFY(!store.recoveredFromCorruption()); // untouched, not "repaired"
        QVERIFY(QFile::exists(file));
    }

    void serverRowsDoNotClobberWhatWasLearnedLocally()
    {
        Store store(path(QStringLiteral("clobber.sqlite")));
        QVERIFY(!store.open().isError());
        Ticket t = makeTicket(QStringLiteral("t1"), QStringLiteral("me"), QStringLiteral("d1"), QStringLiteral("N"),
                              at(20, 9), at(20, 13));
        QVERIFY(!store.tickets().upsert({t}).isError());
        TicketSla sla{QStringLiteral("t1"),
                      QStringLiteral("standard"),
                      QStringLiteral("Standard"),
                      at(20, 13),
                      QDateTime(),
                      at(23, 17),
                      QDateTime()};
        QVERIFY(!store.tickets().setSla(sla, at(20, 10)).isError());
        MessageGroup g;
        g.id = QStringLiteral("g1");
        g.type = QStringLiteral("3");
        g.dateCreated = at(20, 9);
        g.messages.append(Message{QStringLiteral("m1"), QString(), QStringLiteral("M"), QStringLiteral("T"),
                                  QStringLiteral("Min faktura er forkert"), QString(), at(20, 9)});
        QVERIFY(!store.tickets().replaceConversation(QStringLiteral("t1"), {g}).isError());

        t.subject = QStringLiteral("Changed on the server");
        QVERIFY(!store.tickets().upsert({t}).isError());
        const auto row = store.tickets().row(QStringLiteral("t1"));
        QVERIFY(row);
        QCOMPARE(row->subject, QStringLiteral("Changed on the server"));
        QCOMPARE(row->slaLevelId, QStringLiteral("standard"));
        QCOMPARE(row->slaFirstResolve, at(23, 17));
        QCOMPARE(row->messageCount, 1);
        QCOMPARE(store.tickets().conversation(QStringLiteral("t1")).size(), 1);
        // The same ticket comes back from the server unchanged: its SLA level is still current…
        QVERIFY(store.tickets().ticketsNeedingSla(QStringLiteral("me"), {}, 10).isEmpty());
        // …until it changes.
        t.dateChanged = at(21, 8);
        QVERIFY(!store.tickets().upsert({t}).isError());
        QCOMPARE(store.tickets().ticketsNeedingSla(QStringLiteral("me"), {}, 10), QStringList{QStringLiteral("t1")});
        QCOMPARE(store.tickets().ticketsNeedingConversation(QStringLiteral("me"), {}, 10),
                 QStringList{QStringLiteral("t1")});
    }

    void queuesSortsAndSearch()
    {
        Store store(path(QStringLiteral("queues.sqlite")));
        QVERIFY(!store.open().isError());
        QList<Ticket> tickets{
                makeTicket(QStringLiteral("mine-late"), QStringLiteral("me"), QStringLiteral("d1"), QStringLiteral("C"),
                           at(10, 9), at(20, 12)),
                makeTicket(QStringLiteral("mine-soon"), QStringLiteral("me"), QStringLiteral("d1"), QStringLiteral("N"),
                           at(19, 9), at(20, 10)),
                makeTicket(QStringLiteral("queue"), QString(), QStringLiteral("d1"), QStringLiteral("N"), at(18, 9),
                           at(19, 9)),
                makeTicket(QStringLiteral("other-dept"), QString(), QStringLiteral("d9"), QStringLiteral("N"),
                           at(18, 9), at(19, 9)),
                makeTicket(QStringLiteral("colleague"), QStringLiteral("ana"), QStringLiteral("d1"),
                           QStringLiteral("A"), at(17, 9), QDateTime()),
                makeTicket(QStringLiteral("resolved"), QStringLiteral("me"), QStringLiteral("d1"), QStringLiteral("R"),
                           at(15, 9), QDateTime()),
                makeTicket(QStringLiteral("unknown-letter"), QStringLiteral("me"), QStringLiteral("d1"),
                           QStringLiteral("Q"), at(16, 9), QDateTime()),
        };
        tickets[5].dateResolved = at(19, 12);
        tickets[0].subject = QStringLiteral("Refusion af dobbelt betaling");
        tickets[1].tagIds = {QStringLiteral("vipTag")};
        QVERIFY(!store.tickets().upsert(tickets).isError());
        QVERIFY(!store.tickets().setVipTagIds({QStringLiteral("vipTag")}).isError());

        TicketQuery q;
        q.meId = QStringLiteral("me");
        q.myDepartmentIds = {QStringLiteral("d1")};
        q.now = at(20, 11);
        q.resolvedSince = at(13, 0);

        q.queue = TicketQuery::Queue::Mine;
        // Due first; an unknown status letter is still shown (last: it has no deadline).
        QCOMPARE(ids(store.tickets().rows(q, 0, 50)),
                 (QStringList{QStringLiteral("mine-soon"), QStringLiteral("mine-late"),
                              QStringLiteral("unknown-letter")}));
        QCOMPARE(store.tickets().count(q), 3);
        q.sort = TicketQuery::Sort::OldestFirst;
        QCOMPARE(ids(store.tickets().rows(q, 0, 50)).first(), QStringLiteral("mine-late"));
        q.sort = TicketQuery::Sort::NewestFirst;
        QCOMPARE(ids(store.tickets().rows(q, 0, 50)).first(), QStringLiteral("mine-soon"));
        q.sort = TicketQuery::Sort::VipFirst;
        QCOMPARE(ids(store.tickets().rows(q, 0, 1)), QStringList{QStringLiteral("mine-soon")});
        QVERIFY(store.tickets().rows(q, 0, 1).first().vip);
        // Windows: offset and limit.
        q.sort = TicketQuery::Sort::SlaDue;
        QCOMPARE(ids(store.tickets().rows(q, 1, 1)), QStringList{QStringLiteral("mine-late")});

        q.queue = TicketQuery::Queue::Unassigned;
        QCOMPARE(ids(store.tickets().rows(q, 0, 50)), QStringList{QStringLiteral("queue")});
        q.queue = TicketQuery::Queue::Overdue; // now 11:00 on the 20th: "queue" (19th) and "mine-soon" (10:00)
        QCOMPARE(ids(store.tickets().rows(q, 0, 50)),
                 (QStringList{QStringLiteral("queue"), QStringLiteral("mine-soon")}));
        q.queue = TicketQuery::Queue::AllOpen; // mine and my departments': not "other-dept"
        QCOMPARE(store.tickets().count(q), 5);
        q.queue = TicketQuery::Queue::RecentlyResolved;
        QCOMPARE(ids(store.tickets().rows(q, 0, 50)), QStringList{QStringLiteral("resolved")});

        // Full text: prefix, customer, code, and message text once the conversation is in.
        q.queue = TicketQuery::Queue::AllOpen;
        q.search = QStringLiteral("refus dobb");
        QCOMPARE(ids(store.tickets().rows(q, 0, 50)), QStringList{QStringLiteral("mine-late")});
        q.search = QStringLiteral("queue@example");
        QCOMPARE(ids(store.tickets().rows(q, 0, 50)), QStringList{QStringLiteral("queue")});
        q.search = QStringLiteral("fakturanummer");
        QCOMPARE(store.tickets().count(q), 0);
        MessageGroup g;
        g.id = QStringLiteral("g-col");
        g.messages.append(Message{QStringLiteral("m"), QString(), QStringLiteral("M"), QStringLiteral("H"),
                                  QStringLiteral("<p>Mit <b>fakturanummer</b> er 4411</p>"), QString(), at(17, 9)});
        QVERIFY(!store.tickets().replaceConversation(QStringLiteral("colleague"), {g}).isError());
        QCOMPARE(ids(store.tickets().rows(q, 0, 50)), QStringList{QStringLiteral("colleague")});
        q.search = QStringLiteral("\"\"\" * (");
        QCOMPARE(store.tickets().count(q), 5); // nothing searchable typed: no filter, no SQL error
        q.search = QStringLiteral("Subject NOT"); // FTS operators typed by the agent are plain words
        QCOMPARE(store.tickets().count(q), 0);
        q.search = QStringLiteral("subject");
        QCOMPARE(store.tickets().count(q), 4); // all but "mine-late" (subject changed) and "other-dept"
    }

    void theOpenSetOfAScopeIsListed()
    {
        // What a reconcile compares the server's open set with (SyncEngine, "left my scope").
        Store store(path(QStringLiteral("open-set.sqlite")));
        QVERIFY(!store.open().isError());
        const auto make = [](const QString &id, const QString &agent, const QString &dept, const QString &status) {
            return makeTicket(id, agent, dept, status, at(10, 9), QDateTime());
        };
        QVERIFY(!store.tickets()
                         .upsert({make(QStringLiteral("mine-other-dept"), QStringLiteral("me"), QStringLiteral("d9"),
                                       QStringLiteral("N")),
                                  make(QStringLiteral("queue"), QString(), QStringLiteral("d1"), QStringLiteral("N")),
                                  make(QStringLiteral("colleague-d2"), QStringLiteral("ana"), QStringLiteral("d2"),
                                       QStringLiteral("A")),
                                  make(QStringLiteral("resolved"), QStringLiteral("me"), QStringLiteral("d1"),
                                       QStringLiteral("R")),
                                  make(QStringLiteral("elsewhere"), QStringLiteral("ana"), QStringLiteral("d9"),
                                       QStringLiteral("N"))})
                         .isError());
        QStringList scope =
                store.tickets().activeIds(QStringLiteral("me"), {QStringLiteral("d1"), QStringLiteral("d2")});
        scope.sort();
        QCOMPARE(scope,
                 QStringList(
                         {QStringLiteral("colleague-d2"), QStringLiteral("mine-other-dept"), QStringLiteral("queue")}));
        // No departments known: only mine.
        QCOMPARE(store.tickets().activeIds(QStringLiteral("me"), {}), QStringList{QStringLiteral("mine-other-dept")});
        QVERIFY(store.tickets().activeIds(QStringLiteral("nobody"), {QStringLiteral("d7")}).isEmpty());
        // Read from the scope index alone (schema 4), not from the tickets' rows.
        QSqlQuery plan(store.database().connection());
        QVERIFY(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT t.id FROM tickets t WHERE t.active = 1 AND "
                                         "(t.agent_id = 'me' OR t.department_id IN ('d1', 'd2'))")));
        QVERIFY(plan.next());
        QVERIFY2(plan.value(3).toString().contains(QStringLiteral("COVERING INDEX tickets_scope")),
                 qPrintable(plan.value(3).toString()));
    }

    void positionsAgreeWithListingAndNeedNoSort()
    {
        Store store(path(QStringLiteral("positions.sqlite")));
        QVERIFY(!store.open().isError());
        QList<Ticket> tickets;
        const QStringList agents{QStringLiteral("me"), QString(), QStringLiteral("ana")};
        for (int i = 0; i < 60; ++i) {
            Ticket t = makeTicket(QStringLiteral("t%1").arg(i), agents.at(i % 3), QStringLiteral("d%1").arg(i % 2),
                                  i % 7 == 0 ? QStringLiteral("R") : QStringLiteral("C"), at(1 + i % 20, i % 24),
                                  i % 5 == 0 ? QDateTime() : at(20 + i % 5, (i * 7) % 24));
            t.lastActivity = at(10 + i % 13, (i * 5) % 24); // many ties on purpose
            t.dateResolved = at(19, 0);
            if (i % 4 == 0)
                t.tagIds = {QStringLiteral("vip")};
            tickets.append(t);
        }
        QVERIFY(!store.tickets().upsert(tickets).isError());
        QVERIFY(!store.tickets().setVipTagIds({QStringLiteral("vip")}).isError());

        TicketQuery q;
        q.meId = QStringLiteral("me");
        q.myDepartmentIds = {QStringLiteral("d0"), QStringLiteral("d1")};
        q.now = at(22, 0);
        q.resolvedSince = at(1, 0);
        using Queue = TicketQuery::Queue;
        using Sort = TicketQuery::Sort;
        for (Queue queue : {Queue::Mine, Queue::Unassigned, Queue::Overdue, Queue::AllOpen, Queue::RecentlyResolved}) {
            for (Sort sort : {Sort::SlaDue, Sort::OldestFirst, Sort::NewestFirst, Sort::LastActivity,
                              Sort::EasiestFirst, Sort::VipFirst}) {
                q.queue = queue;
                q.sort = sort;
                const QList<TicketRow> rows = store.tickets().rows(q, 0, 1000);
                QCOMPARE(rows.size(), store.tickets().count(q));
                QVERIFY(!rows.isEmpty());
                for (int i = 0; i < rows.size(); ++i)
                    QCOMPARE(store.tickets().rowOf(q, rows.at(i).id), i);
            }
        }
        q.queue = Queue::Mine;
        QCOMPARE(store.tickets().rowOf(q, QStringLiteral("t1")), -1); // unassigned: not in Mine

        // The plans walk an index in list order: no temporary B-tree for ORDER BY.
        for (Queue queue : {Queue::Mine, Queue::AllOpen}) {
            for (Sort sort : {Sort::SlaDue, Sort::OldestFirst, Sort::NewestFirst, Sort::LastActivity, Sort::VipFirst}) {
                q.queue = queue;
                q.sort = sort;
                const TicketQuerySql sql = TicketQuerySql::build(q);
                QSqlQuery plan(store.database().connection());
                QVERIFY(plan.prepare(
                        QStringLiteral("EXPLAIN QUERY PLAN SELECT t.id FROM tickets t WHERE %1 ORDER BY %2 LIMIT 50")
                                .arg(sql.where, sql.orderBy())));
                for (int i = 0; i < sql.values.size(); ++i)
                    plan.bindValue(i, sql.values.at(i));
                QVERIFY(plan.exec());
                QString detail;
                while (plan.next())
                    detail += plan.value(3).toString() + u'\n';
                QVERIFY2(!detail.contains(QStringLiteral("TEMP B-TREE")), qPrintable(detail));
            }
        }
    }

    void aSearchListsTheFirstThousandMatchesInListOrder()
    {
        Store store(path(QStringLiteral("search.sqlite")));
        QVERIFY(!store.open().isError());
        QList<Ticket> tickets;
        for (int i = 0; i < 6000; ++i) {
            Ticket t = makeTicket(QStringLiteral("s%1").arg(i), i % 2 ? QStringLiteral("me") : QString(),
                                  QStringLiteral("d"), QStringLiteral("C"), at(1, 8),
                                  at(2, 0).addSecs(qint64((i * 7919) % 6000) * 60));
            t.subject = i % 3 ? QStringLiteral("Faktura %1").arg(i) : QStringLiteral("Refusion %1 faktura").arg(i);
            if (i == 4242)
                t.subject += QStringLiteral(" sjælden");
            tickets.append(t);
        }
        QVERIFY(!store.tickets().upsert(tickets).isError());
        TicketQuery all;
        all.queue = TicketQuery::Queue::AllOpen;
        all.meId = QStringLiteral("me");
        all.myDepartmentIds = {QStringLiteral("d")};
        const QStringList order = ids(store.tickets().rows(all, 0, 6000));
        QCOMPARE(order.size(), 6000);

        // 6,000 matches: the list's index is walked, the first 1,000 in its order are listed.
        TicketQuery q = all;
        q.search = QStringLiteral("faktura");
        QCOMPARE(store.tickets().count(q), TicketQuerySql::kSearchLimit);
        const QStringList found = ids(store.tickets().rows(q, 0, 5000));
        QCOMPARE(found, order.mid(0, TicketQuerySql::kSearchLimit));
        QCOMPARE(ids(store.tickets().rows(q, 990, 100)), order.mid(990, 10));
        QCOMPARE(store.tickets().rowOf(q, order.at(999)), 999);
        QCOMPARE(store.tickets().rowOf(q, order.at(1000)), -1); // beyond what a search lists
        // 2,000 matches: read from the matches, in the same order.
        q.search = QStringLiteral("refusion");
        QStringList refusions;
        for (const QString &id : order) {
            if (id.mid(1).toInt() % 3 == 0)
                refusions << id;
        }
        QCOMPARE(store.tickets().count(q), TicketQuerySql::kSearchLimit);
        QCOMPARE(ids(store.tickets().rows(q, 0, 50)), refusions.mid(0, 50));
        QCOMPARE(store.tickets().rowOf(q, refusions.at(500)), 500);
        q.myDepartmentIds.clear(); // Mine only: the scope still applies to the matches
        q.queue = TicketQuery::Queue::Mine;
        for (const TicketRow &r : store.tickets().rows(q, 0, 1000))
            QCOMPARE(r.agentId, QStringLiteral("me"));
        // One match, accents folded.
        q = all;
        q.search = QStringLiteral("sjaelden");
        QCOMPARE(store.tickets().count(q), 0);
        q.search = QStringLiteral("sjælden");
        QCOMPARE(ids(store.tickets().rows(q, 0, 50)), QStringList{QStringLiteral("s4242")});

        // The matches of a search are kept while the texts stay, and looked up again after.
        q.search = QStringLiteral("faktura");
        QCOMPARE(ids(store.tickets().rows(q, 0, 1)).value(0), order.at(0));
        Ticket renamed = tickets.at(order.at(0).mid(1).toInt());
        renamed.subject = QStringLiteral("Adgangskode");
        QVERIFY(!store.tickets().upsert({renamed}).isError());
        QCOMPARE(ids(store.tickets().rows(q, 0, 1)).value(0), order.at(1));
        MessageGroup g;
        g.id = QStringLiteral("g");
        g.messages.append(Message{QStringLiteral("m"), QString(), QStringLiteral("M"), QStringLiteral("T"),
                                  QStringLiteral("Din faktura er sendt."), QString(), at(1, 9)});
        QVERIFY(!store.tickets().replaceConversation(order.at(0), {g}).isError());
        QCOMPARE(ids(store.tickets().rows(q, 0, 1)).value(0), order.at(0));
        QVERIFY(!store.clearServerData().isError());
        QCOMPARE(store.tickets().count(q), 0);
    }

    void theFullTextIndexFollowsEveryWrite()
    {
        // Written by the store itself, not by triggers (docs/performance.md, "Core"): a new
        // ticket, a changed subject or customer, an unchanged one, a local change, a removal.
        Store store(path(QStringLiteral("fulltext.sqlite")));
        QVERIFY(!store.open().isError());
        TicketQuery q;
        q.meId = QStringLiteral("me");
        q.myDepartmentIds = {QStringLiteral("d1")};
        q.queue = TicketQuery::Queue::AllOpen;
        const auto found = [&](const QString &words) {
            q.search = words;
            return ids(store.tickets().rows(q, 0, 50));
        };
        Ticket t = makeTicket(QStringLiteral("t1"), QStringLiteral("me"), QStringLiteral("d1"), QStringLiteral("N"),
                              at(18, 9), at(19, 9));
        t.subject = QStringLiteral("Printer spytter papir ud");
        t.ownerName = QStringLiteral("Birgitte Holm");
        Ticket other = makeTicket(QStringLiteral("t2"), QString(), QStringLiteral("d1"), QStringLiteral("N"),
                                  at(18, 10), at(19, 10));
        other.subject = QStringLiteral("Printer offline");
        QVERIFY(!store.tickets().upsert({t, other}).isError());
        QCOMPARE(found(QStringLiteral("papir")), QStringList{QStringLiteral("t1")});
        QCOMPARE(found(QStringLiteral("birgitte")), QStringList{QStringLiteral("t1")});
        QCOMPARE(found(QStringLiteral("printer")).size(), 2);

        t.subject = QStringLiteral("Scanner sender ikke mail");
        t.ownerName = QStringLiteral("Birgitte Lund");
        QVERIFY(!store.tickets().upsert({t}).isError());
        QCOMPARE(found(QStringLiteral("papir")), QStringList());
        QCOMPARE(found(QStringLiteral("scanner lund")), QStringList{QStringLiteral("t1")});
        QCOMPARE(found(QStringLiteral("holm")), QStringList());

        MessageGroup g;
        g.id = QStringLiteral("g1");
        g.messages.append(Message{QStringLiteral("m"), QString(), QStringLiteral("M"), QStringLiteral("T"),
                                  QStringLiteral("Fejlkode E42"), QString(), at(18, 9)});
        QVERIFY(!store.tickets().replaceConversation(QStringLiteral("t1"), {g}).isError());
        t.dateChanged = at(19, 12); // the same texts again: the message text stays searchable
        QVERIFY(!store.tickets().upsert({t}).isError());
        QCOMPARE(found(QStringLiteral("e42")), QStringList{QStringLiteral("t1")});
        QCOMPARE(found(QStringLiteral("scanner")), QStringList{QStringLiteral("t1")});

        TicketUpdate rename;
        rename.subject = QStringLiteral("Scanner og fax");
        QVERIFY(!store.tickets().applyLocal(QStringLiteral("t1"), rename, at(19, 13)).isError());
        QCOMPARE(found(QStringLiteral("fax")), QStringList{QStringLiteral("t1")});
        QCOMPARE(found(QStringLiteral("mail")), QStringList());

        QVERIFY(!store.tickets().remove({QStringLiteral("t1")}).isError());
        QCOMPARE(found(QStringLiteral("scanner")), QStringList());
        QCOMPARE(found(QStringLiteral("printer")), QStringList{QStringLiteral("t2")});
        QSqlQuery rows(store.database().connection());
        QVERIFY(rows.exec(QStringLiteral("SELECT count(*) FROM ticket_fts")));
        QVERIFY(rows.next());
        QCOMPARE(rows.value(0).toInt(), 1); // one full-text row per ticket, none left behind
    }

    void aVersionOneCacheIsMigrated()
    {
        const QString file = path(QStringLiteral("version1.sqlite"));
        {
            Store store(file);
            QVERIFY(!store.open().isError());
            QVERIFY(!store.tickets()
                             .upsert({makeTicket(QStringLiteral("t"), QStringLiteral("me"), QStringLiteral("d"),
                                                 QStringLiteral("C"), at(20, 9), at(20, 13))})
                             .isError());
            QVERIFY(store.outbox().enqueue(OutboxEntry::Kind::Take, QStringLiteral("t"), {}, at(20, 10)));
            // What version 1 wrote: no scope index, full-text rows kept by triggers.
            QVERIFY(!store.database().exec(QStringLiteral("DROP INDEX tickets_scope")).isError());
            QVERIFY(!store.database()
                             .exec(QStringLiteral("CREATE TRIGGER tickets_fts_insert AFTER INSERT ON tickets BEGIN "
                                                  "INSERT INTO ticket_fts (rowid, subject, customer, body) VALUES "
                                                  "(new.rowid, new.subject, '', ''); END"))
                             .isError());
            QVERIFY(!store.database().exec(QStringLiteral("PRAGMA user_version = 1")).isError());
        }
        Store store(file);
        QVERIFY(!store.open().isError());
        QVERIFY(!store.recoveredFromCorruption());
        QCOMPARE(Schema::userVersion(store.database()), Schema::kCurrentVersion);
        QVERIFY(store.tickets().contains(QStringLiteral("t")));
        QCOMPARE(store.outbox().count(), 1);
        QSqlQuery triggers(store.database().connection());
        QVERIFY(triggers.exec(QStringLiteral("SELECT group_concat(name) FROM sqlite_master WHERE type = 'trigger'")));
        QVERIFY(triggers.next());
        QCOMPARE(triggers.value(0).toString(), QStringLiteral("tickets_fts_delete")); // version 3
        triggers.finish();
        QSqlQuery plan(store.database().connection());
        QVERIFY(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT count(*) FROM tickets t WHERE t.active = 1 AND "
                                         "(t.agent_id = 'me' OR t.department_id IN ('d'))")));
        QVERIFY(plan.next());
        QVERIFY2(plan.value(3).toString().contains(QStringLiteral("COVERING INDEX tickets_scope")),
                 qPrintable(plan.value(3).toString()));
    }

    void aSearchReadsNoMoreThanItNeeds()
    {
        // Few matches are looked up one by one (no scan of the tickets: SQLite 3.40 puts a
        // Bloom filter, built by scanning the whole table, on a join with them); many are found
        // by walking the list's own index in order, which needs no sort.
        Store store(path(QStringLiteral("plans.sqlite")));
        QVERIFY(!store.open().isError());
        QList<Ticket> tickets;
        for (int i = 0; i < 3000; ++i) {
            Ticket t = makeTicket(QStringLiteral("p%1").arg(i), i % 2 ? QStringLiteral("me") : QString(),
                                  QStringLiteral("d"), QStringLiteral("C"), at(1, 8), at(2, 0).addSecs(i * 60));
            t.subject = i % 1000 ? QStringLiteral("Faktura %1").arg(i) : QStringLiteral("Sjælden faktura");
            tickets.append(t);
        }
        QVERIFY(!store.tickets().upsert(tickets).isError());
        TicketQuery q;
        q.queue = TicketQuery::Queue::AllOpen;
        q.meId = QStringLiteral("me");
        q.myDepartmentIds = {QStringLiteral("d")};
        const auto planOf = [&](const QString &search, int matches) {
            q.search = search;
            const int listed = store.tickets().count(q); // fills temp.search_hits
            if (listed != std::min(matches, int(TicketQuerySql::kSearchLimit)))
                return QStringLiteral("listed %1").arg(listed);
            const TicketQuerySql sql = TicketQuerySql::build(q, matches);
            QSqlQuery plan(store.database().connection());
            plan.prepare(QStringLiteral("EXPLAIN QUERY PLAN SELECT t.id FROM %1 WHERE %2 ORDER BY %3 LIMIT 50")
                                 .arg(sql.from, sql.where, sql.orderBy()));
            for (const QVariant &v : sql.values)
                plan.addBindValue(v);
            QStringList steps;
            if (plan.exec()) {
                while (plan.next())
                    steps << plan.value(3).toString();
            }
            return steps.join(QStringLiteral("; "));
        };
        const QString few = planOf(QStringLiteral("sjælden"), 3);
        QVERIFY2(few.contains(QStringLiteral("SEARCH t USING INTEGER PRIMARY KEY")), qPrintable(few));
        QVERIFY2(!few.contains(QStringLiteral("BLOOM")) && !few.contains(QStringLiteral("SCAN t")), qPrintable(few));
        const QString many = planOf(QStringLiteral("faktura"), 3000);
        QVERIFY2(many.contains(QStringLiteral("INDEX tickets_due")), qPrintable(many));
        QVERIFY2(!many.contains(QStringLiteral("ORDER BY")), qPrintable(many)); // no sort of the matches
    }

    void aSearchTooBroadForItsTimeMatchesWholeWords()
    {
        // The first letters of order numbers can stand for thousands of distinct words (a
        // second over 100,000 tickets): past its time budget a search matches whole words.
        Store store(path(QStringLiteral("budget.sqlite")));
        QVERIFY(!store.open().isError());
        QList<Ticket> tickets;
        for (int i = 0; i < 400; ++i) {
            Ticket t = makeTicket(QStringLiteral("b%1").arg(i), QStringLiteral("me"), QStringLiteral("d"),
                                  QStringLiteral("C"), at(1, 8), at(2, 0).addSecs(i * 60));
            t.subject = QStringLiteral("Ordre sku%1 faktura").arg(10000 + i);
            tickets.append(t);
        }
        QVERIFY(!store.tickets().upsert(tickets).isError());
        TicketQuery q;
        q.meId = QStringLiteral("me");
        q.search = QStringLiteral("fakt");
        QCOMPARE(store.tickets().count(q), 400); // as a prefix, within the default budget

        store.tickets().setSearchBudget(std::chrono::milliseconds(0));
        store.tickets().forgetSearchMatches();
        QCOMPARE(store.tickets().count(q), 0); // no ticket has the word "fakt"
        q.search = QStringLiteral("faktura");
        QCOMPARE(store.tickets().count(q), 400);
        q.search = QStringLiteral("sku10007");
        QCOMPARE(ids(store.tickets().rows(q, 0, 10)), QStringList{QStringLiteral("b7")});

        // Inside a transaction nothing is cut short: an interrupted statement would roll back
        // the transaction, and the change made before it with it.
        q.search = QStringLiteral("sku1000");
        SqlTransaction tx(store.database());
        Ticket renamed = tickets.at(3);
        renamed.subject = QStringLiteral("Ordre sku10003 kreditnota");
        QVERIFY(!store.tickets().upsert({renamed}).isError());
        QCOMPARE(store.tickets().count(q), 10); // sku10000 … sku10009, as prefixes
        QVERIFY(!tx.commit().isError());
        q.search = QStringLiteral("kreditnota");
        QCOMPARE(ids(store.tickets().rows(q, 0, 10)), QStringList{QStringLiteral("b3")});
    }

    void checkpointsRunBehindTheWriter()
    {
        // SQLite's own checkpoint would run inside the COMMIT that fills the log; the cache
        // hands it to a thread of its own. Either way the log must not grow without bounds.
        const QString file = path(QStringLiteral("checkpoints.sqlite"));
        Store store(file);
        QVERIFY(!store.open().isError());
        const QString filler(600, u'x');
        for (int batch = 0; batch < 8; ++batch) {
            QList<Ticket> tickets;
            for (int i = 0; i < 1500; ++i) {
                Ticket t = makeTicket(QStringLiteral("c%1-%2").arg(batch).arg(i), QStringLiteral("me"),
                                      QStringLiteral("d"), QStringLiteral("C"), at(1, 8), at(2, 8));
                t.subject = QStringLiteral("Subject %1 %2 ").arg(batch).arg(i) + filler;
                tickets.append(t);
            }
            QVERIFY(!store.tickets().upsert(tickets).isError());
            QTest::qWait(200); // time for the checkpoint thread
        }
        const qint64 database = QFileInfo(file).size() + QFileInfo(file + QStringLiteral("-wal")).size();
        QVERIFY2(QFileInfo(file + QStringLiteral("-wal")).size() < database / 2,
                 qPrintable(QStringLiteral("log %1 of %2 bytes")
                                    .arg(QFileInfo(file + QStringLiteral("-wal")).size())
                                    .arg(database)));
        TicketQuery mine;
        mine.meId = QStringLiteral("me");
        QCOMPARE(store.tickets().count(mine), 12000);
        store.close();
        Store again(file);
        QVERIFY(!again.open().isError());
        QVERIFY(!again.recoveredFromCorruption());
        QVERIFY(again.tickets().contains(QStringLiteral("c7-1499")));
    }

    void localGroupsSurviveAServerRefresh()
    {
        Store store(path(QStringLiteral("local.sqlite")));
        QVERIFY(!store.open().isError());
        QVERIFY(!store.tickets()
                         .upsert({makeTicket(QStringLiteral("t"), QStringLiteral("me"), QStringLiteral("d"),
                                             QStringLiteral("C"), at(20, 9), at(20, 13))})
                         .isError());
        MessageGroup local;
        local.id = QStringLiteral("local-7");
        local.type = QStringLiteral("4");
        local.dateCreated = at(20, 10);
        local.messages.append(Message{QString(), QStringLiteral("me"), QStringLiteral("M"), QStringLiteral("T"),
                                      QStringLiteral("Hej, vi kigger på det."), QString(), at(20, 10)});
        QVERIFY(!store.tickets().addLocalGroup(QStringLiteral("t"), 7, local).isError());
        MessageGroup server;
        server.id = QStringLiteral("g1");
        server.dateCreated = at(20, 9);
        QVERIFY(!store.tickets().replaceConversation(QStringLiteral("t"), {server}).isError());
        auto conv = store.tickets().conversation(QStringLiteral("t"));
        QCOMPARE(conv.size(), 2);
        QCOMPARE(conv.last().id, QStringLiteral("local-7")); // unconfirmed last
        QCOMPARE(conv.last().messages.first().body, QStringLiteral("Hej, vi kigger på det."));
        QVERIFY(!store.tickets().removeLocalGroups(7).isError());
        QCOMPARE(store.tickets().conversation(QStringLiteral("t")).size(), 1);
    }

    void nestedTransactionRollsBackAndNotifiesOnlyOnCommit()
    {
        Store store(path(QStringLiteral("tx.sqlite")));
        QVERIFY(!store.open().isError());
        QSignalSpy outboxSpy(&store, &Store::outboxChanged);
        QSignalSpy ticketSpy(&store, &Store::ticketsChanged);
        {
            SqlTransaction outer(store.database());
            QVERIFY(outer.isActive());
            auto id = store.outbox().enqueue(OutboxEntry::Kind::Take, QStringLiteral("t"), {}, at(20, 9));
            QVERIFY(id);
            QVERIFY(!store.tickets()
                             .upsert({makeTicket(QStringLiteral("t"), QString(), QStringLiteral("d"),
                                                 QStringLiteral("N"), at(20, 9), QDateTime())})
                             .isError());
            QCOMPARE(outboxSpy.count(), 0); // not yet: the outer transaction is open
            QCOMPARE(ticketSpy.count(), 0);
            // no commit: rolled back
        }
        QCOMPARE(store.outbox().count(), 0);
        QVERIFY(!store.tickets().contains(QStringLiteral("t")));
        QCOMPARE(outboxSpy.count(), 0);
        QCOMPARE(ticketSpy.count(), 0);

        {
            SqlTransaction outer(store.database());
            QVERIFY(store.outbox().enqueue(OutboxEntry::Kind::Take, QStringLiteral("t"), {}, at(20, 9)));
            QVERIFY(!store.tickets()
                             .applyLocal(QStringLiteral("t"), TicketUpdate{QStringLiteral("me"), {}, {}, {}, {}},
                                         at(20, 9))
                             .isError());
            QVERIFY(!outer.commit().isError());
        }
        QCOMPARE(store.outbox().count(), 1);
        QCOMPARE(outboxSpy.count(), 1);
        QCOMPARE(ticketSpy.count(), 1);
    }

    void outboxLifecycleAndCrashRecovery()
    {
        const QString file = path(QStringLiteral("outbox.sqlite"));
        qint64 reply = 0;
        {
            Store store(file);
            QVERIFY(!store.open().isError());
            auto id = store.outbox().enqueue(OutboxEntry::Kind::Reply, QStringLiteral("t1"),
                                             QJsonObject{{QStringLiteral("body"), QStringLiteral("Tak!")}}, at(20, 9));
            QVERIFY(id);
            reply = *id;
            auto note = store.outbox().enqueue(OutboxEntry::Kind::Note, QStringLiteral("t1"), {}, at(20, 9, 1));
            QVERIFY(note);
            QVERIFY(!store.outbox().markSending(reply, at(20, 9, 2)).isError());
            QVERIFY(!store.outbox()
                             .markFailed(*note, QStringLiteral("Forbidden"), QStringLiteral("No access"))
                             .isError());
            // the process dies here with the reply "sending"
        }
        Store store(file);
        QVERIFY(!store.open().isError());
        const QList<OutboxEntry> entries = store.outbox().all();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).id, reply);
        QCOMPARE(entries.at(0).state, OutboxEntry::State::Unknown); // must be checked before re-sending
        QCOMPARE(entries.at(0).attempts, 1);
        QCOMPARE(entries.at(0).payload.value(QStringLiteral("body")).toString(), QStringLiteral("Tak!"));
        QCOMPARE(entries.at(1).state, OutboxEntry::State::Failed);
        QCOMPARE(entries.at(1).errorMessage, QStringLiteral("No access"));
        QVERIFY(!store.outbox()
                         .updatePayload(entries.at(1).id, QJsonObject{{QStringLiteral("body"), QStringLiteral("x")}})
                         .isError());
        QCOMPARE(store.outbox().entry(entries.at(1).id)->state, OutboxEntry::State::Pending);
        QVERIFY(!store.outbox().remove(reply).isError());
        QCOMPARE(store.outbox().count(), 1);
    }

    void damagedCacheIsRebuiltKeepingLocalOnlyData()
    {
        const QString file = path(QStringLiteral("damaged.sqlite"));
        {
            Store store(file);
            QVERIFY(!store.open().isError());
            QVERIFY(store.outbox().enqueue(OutboxEntry::Kind::Reply, QStringLiteral("t1"),
                                           QJsonObject{{QStringLiteral("body"), QStringLiteral("Hola Ana")}},
                                           at(20, 9)));
            QVERIFY(!store.drafts()
                             .save(Draft{QStringLiteral("t2"), QStringLiteral("reply"), QStringLiteral("Kære Mette"),
                                         at(20, 9)})
                             .isError());
            QVERIFY(!store.presence().record(PresenceState::Available, {}, at(20, 8)).isError());
            QList<Ticket> many;
            for (int i = 0; i < 3000; ++i)
                many.append(makeTicket(QStringLiteral("t%1").arg(i), QString(), QStringLiteral("d"),
                                       QStringLiteral("N"), at(20, 9), QDateTime()));
            QVERIFY(!store.tickets().upsert(many).isError());
            QVERIFY(!store.database().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).isError());
        }
        // Damage the tail of the file, where the last ticket pages are.
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        QVERIFY(size > 200 * 1024);
        f.seek(size - 64 * 1024);
        f.write(QByteArray(32 * 1024, '\x5a'));
        f.close();

        Store store(file);
        QCOMPARE(store.open().kind, StoreError::Kind::None);
        QVERIFY(store.recoveredFromCorruption());
        QVERIFY(QFile::exists(store.database().corruptCopyPath()));
        QCOMPARE(store.salvagedOutboxRows(), 1);
        QCOMPARE(store.outbox().all().first().payload.value(QStringLiteral("body")).toString(),
                 QStringLiteral("Hola Ana"));
        QCOMPARE(store.drafts().draft(QStringLiteral("t2"))->body, QStringLiteral("Kære Mette"));
        QCOMPARE(store.presence().intervals(at(20, 0), at(21, 0)).size(), 1);
        QVERIFY(!store.tickets().contains(QStringLiteral("t5"))); // rebuilt from the server later
        const StoreError corrupt{StoreError::Kind::Corrupt, QString()};
        QVERIFY(!corrupt.humanMessage().isEmpty());
    }

    void damageFoundByTheBackgroundCheckRebuildsTheCache()
    {
        const QString file = path(QStringLiteral("damaged-later.sqlite"));
        {
            Store store(file);
            QVERIFY(!store.open().isError());
            QVERIFY(store.outbox().enqueue(OutboxEntry::Kind::Reply, QStringLiteral("t1"),
                                           QJsonObject{{QStringLiteral("body"), QStringLiteral("Hola Ana")}},
                                           at(20, 9)));
            QList<Ticket> many;
            for (int i = 0; i < 3000; ++i)
                many.append(makeTicket(QStringLiteral("t%1").arg(i), QString(), QStringLiteral("d"),
                                       QStringLiteral("N"), at(20, 9), QDateTime()));
            QVERIFY(!store.tickets().upsert(many).isError());
        }
        {
            // A healthy file: opened at once, checked behind, nothing rebuilt.
            Store store(file);
            QSignalSpy rebuilt(&store, &Store::rebuilt);
            QVERIFY(!store.openCheckingInBackground(std::chrono::milliseconds(0)).isError());
            QVERIFY(store.tickets().contains(QStringLiteral("t5")));
            QVERIFY(!rebuilt.wait(1000));
            QVERIFY(!store.recoveredFromCorruption());
        }
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(f.size() - 64 * 1024);
        f.write(QByteArray(32 * 1024, '\x5a'));
        f.close();

        Store store(file);
        QSignalSpy rebuilt(&store, &Store::rebuilt);
        QSignalSpy tickets(&store, &Store::ticketsChanged);
        QCOMPARE(store.openCheckingInBackground(std::chrono::milliseconds(0)).kind, StoreError::Kind::None);
        QVERIFY(!store.recoveredFromCorruption()); // not known yet
        QVERIFY(rebuilt.wait(10000));
        QVERIFY(store.recoveredFromCorruption());
        QVERIFY(QFile::exists(store.database().corruptCopyPath()));
        QCOMPARE(store.salvagedOutboxRows(), 1);
        QCOMPARE(store.outbox().all().first().payload.value(QStringLiteral("body")).toString(),
                 QStringLiteral("Hola Ana"));
        QVERIFY(!store.tickets().contains(QStringLiteral("t5")));
        QVERIFY(!tickets.isEmpty()); // views re-read
    }

    void aFileThatIsNotADatabaseIsSetAside()
    {
        const QString file = path(QStringLiteral("garbage.sqlite"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, '\x13'));
        f.close();
        Store store(file);
        QCOMPARE(store.open().kind, StoreError::Kind::None);
        QVERIFY(store.recoveredFromCorruption());
        QCOMPARE(store.outbox().count(), 0);
        QVERIFY(store.outbox().enqueue(OutboxEntry::Kind::Pause, QString(), {}, at(20, 9)));
    }

    void diskFullIsReportedAndNothingHalfWritten()
    {
        Store store(path(QStringLiteral("full.sqlite")));
        QVERIFY(!store.open().isError());
        QSqlQuery q(store.database().connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
        const int pages = q.value(0).toInt();
        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 2)));
        QList<Ticket> many;
        for (int i = 0; i < 2000; ++i)
            many.append(makeTicket(QStringLiteral("t%1").arg(i), QString(), QStringLiteral("d"), QStringLiteral("N"),
                                   at(20, 9), QDateTime()));
        const StoreError e = store.tickets().upsert(many);
        QCOMPARE(e.kind, StoreError::Kind::DiskFull);
        QVERIFY(e.humanMessage().contains(QStringLiteral("disk is full")));
        QVERIFY(!store.tickets().contains(QStringLiteral("t0"))); // the batch rolled back as a whole
        QVERIFY(!store.database().inTransaction());
    }

    void presenceLogClosesAndOpensIntervals()
    {
        Store store(path(QStringLiteral("presence.sqlite")));
        QVERIFY(!store.open().isError());
        QVERIFY(!store.presence().record(PresenceState::Available, {}, at(20, 9)).isError());
        QVERIFY(!store.presence().record(PresenceState::Available, {}, at(20, 10)).isError()); // no change
        QVERIFY(!store.presence().record(PresenceState::Paused, QStringLiteral("Lunch"), at(20, 12)).isError());
        QVERIFY(!store.presence().record(PresenceState::Available, {}, at(20, 12, 30)).isError());
        const auto list = store.presence().intervals(at(20, 0), at(21, 0));
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(0).end, at(20, 12));
        QCOMPARE(list.at(1).reason, QStringLiteral("Lunch"));
        QCOMPARE(list.at(1).end, at(20, 12, 30));
        QVERIFY(!list.at(2).end.isValid());
        QCOMPARE(store.presence().current()->state, PresenceState::Available);
        QCOMPARE(store.presence().intervals(at(20, 12, 10), at(20, 12, 20)).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
