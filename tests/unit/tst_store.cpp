// SPDX-License-Identifier: GPL-3.0-or-later
// The cache itself: opening and migrations, what was learned locally, transactions and their
// notifications, checkpoints, the outbox, damage and a full disk, the presence log (the reads
// for the ticket list are in tst_storequeries).
#include "storefixture.h"

#include "store/schema.h"
#include "store/sqltransaction.h"
#include "store/store.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Frontline;
using namespace Frontline::Test;

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
