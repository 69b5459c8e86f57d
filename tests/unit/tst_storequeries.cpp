// SPDX-License-Identifier: GPL-3.0-or-later
// The store's reads for the ticket list: queues and sort orders, the open set of a scope,
// positions, and the full-text search with its plans and time limit (tst_store has the rest:
// opening, migrations, local data, transactions, outbox, damage and disk full).
#include "storefixture.h"

#include "store/sqltransaction.h"
#include "store/store.h"
#include "store/ticketquerysql.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Frontline;
using namespace Frontline::Test;

class TestStoreQueries : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
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
};

QTEST_GUILESS_MAIN(TestStoreQueries)
#include "tst_storequeries.moc"
