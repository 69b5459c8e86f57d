// SPDX-License-Identifier: GPL-3.0-or-later
// QueueModel: the queues and their live counts over a real cache, checked by
// QAbstractItemModelTester while tickets change and the clock moves.
#include "manualclock.h"
#include "models/queuemodel.h"
#include "store/store.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Frontline;

namespace {

const QDateTime kNow(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);

Ticket ticket(const QString &id, const QString &department, const QString &agent, const QString &status,
              const QDateTime &due = QDateTime())
{
    Ticket t;
    t.id = id;
    t.subject = QStringLiteral("Subject ") + id;
    t.departmentId = department;
    t.agentId = agent;
    t.status = status;
    t.dateCreated = kNow.addDays(-3);
    t.dateChanged = kNow.addDays(-1);
    t.lastActivity = t.dateChanged;
    t.dateDue = due;
    if (status == u"R")
        t.dateResolved = t.dateChanged;
    return t;
}

} // namespace

class TestQueueModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void countsFollowTheCacheAndTheClock()
    {
        Store store(m_dir.filePath(QStringLiteral("queues.sqlite")));
        QVERIFY(!store.open().isError());
        const QString me = QStringLiteral("me");
        QList<Ticket> tickets{
                ticket(QStringLiteral("m1"), QStringLiteral("billing"), me, QStringLiteral("A"), kNow.addSecs(600)),
                ticket(QStringLiteral("m2"), QStringLiteral("billing"), me, QStringLiteral("C"), kNow.addSecs(-60)),
                ticket(QStringLiteral("m3"), QStringLiteral("tech"), me, QStringLiteral("N")), // mine elsewhere
                ticket(QStringLiteral("u1"), QStringLiteral("billing"), QString(), QStringLiteral("N"),
                       kNow.addSecs(-3600)),
                ticket(QStringLiteral("u2"), QStringLiteral("billing"), QString(), QStringLiteral("N")),
                ticket(QStringLiteral("x1"), QStringLiteral("tech"), QString(), QStringLiteral("N"),
                       kNow.addSecs(-60)), // not my department
                ticket(QStringLiteral("o1"), QStringLiteral("billing"), QStringLiteral("ana"), QStringLiteral("A")),
                ticket(QStringLiteral("r1"), QStringLiteral("billing"), me, QStringLiteral("R")),
        };
        Ticket old = ticket(QStringLiteral("r2"), QStringLiteral("billing"), me, QStringLiteral("R"));
        old.dateChanged = old.dateResolved = kNow.addDays(-10); // resolved before the 7-day window
        tickets << old;
        QVERIFY(!store.tickets().upsert(tickets).isError());

        Test::ManualClock clock(kNow);
        QueueModel model(store, clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), QueueModel::kQueueCount);
        QCOMPARE(model.rowCount(model.index(0)), 0); // a list: no children
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(!model.index(0).data(QueueModel::CountRole).isValid()); // nothing counted yet
        model.setScope(me, {QStringLiteral("billing")});
        // Counted with the coalesced refresh, after the window's first paint, not inside setScope.
        QVERIFY(changed.isEmpty());
        QVERIFY(changed.wait(3000));
        QCOMPARE(changed.size(), QueueModel::kQueueCount); // every row gets its first count

        using Queue = TicketQuery::Queue;
        QCOMPARE(model.count(Queue::Mine), 3); // m1, m2, m3
        QCOMPARE(model.count(Queue::Unassigned), 2); // u1, u2
        QCOMPARE(model.count(Queue::Overdue), 2); // m2, u1
        QCOMPARE(model.count(Queue::AllOpen), 6); // m1, m2, m3, u1, u2, o1
        QCOMPARE(model.count(Queue::RecentlyResolved), 1); // r1
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            const Queue queue = model.queueAt(row);
            QCOMPARE(model.rowOf(queue), row);
            QCOMPARE(index.data(QueueModel::QueueRole).toInt(), int(queue));
            QCOMPARE(index.data(QueueModel::CountRole).toInt(), model.count(queue));
            QCOMPARE(index.data().toString(), QueueModel::queueName(queue));
            QVERIFY(index.data(Qt::ToolTipRole).toString().startsWith(QueueModel::queueName(queue) + u':'));
            QCOMPARE(store.tickets().count(model.queryFor(queue)), model.count(queue));
        }
        QVERIFY(!model.index(0).data(Qt::DecorationRole).isValid());

        // Lars takes u2: Mine +1 and Unassigned -1 after the coalesced recount, only those rows change.
        changed.clear();
        Ticket taken = tickets.at(4);
        taken.agentId = me;
        taken.dateChanged = kNow;
        QVERIFY(!store.tickets().upsert({taken}).isError());
        QVERIFY(QTest::qWaitFor([&] { return model.count(Queue::Mine) == 4; }, 3000));
        QCOMPARE(model.count(Queue::Unassigned), 1);
        QCOMPARE(model.count(Queue::AllOpen), 6);
        QStringList rows;
        for (const QList<QVariant> &args : std::as_const(changed))
            rows << QString::number(args.at(0).value<QModelIndex>().row());
        rows.sort();
        QCOMPARE(rows,
                 (QStringList{QString::number(model.rowOf(Queue::Mine)),
                              QString::number(model.rowOf(Queue::Unassigned))}));

        // Nothing is stored, but time passes: m1's deadline goes by.
        changed.clear();
        clock.set(kNow.addSecs(3600));
        model.refresh();
        QCOMPARE(model.count(Queue::Overdue), 3);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), model.rowOf(Queue::Overdue));

        // Resolving moves a ticket from the open queues to Recently resolved.
        Ticket resolved = tickets.at(0);
        resolved.status = QStringLiteral("R");
        resolved.dateResolved = resolved.dateChanged = clock.now();
        QVERIFY(!store.tickets().upsert({resolved}).isError());
        QVERIFY(QTest::qWaitFor([&] { return model.count(Queue::RecentlyResolved) == 2; }, 3000));
        QCOMPARE(model.count(Queue::Mine), 3);
        QCOMPARE(model.count(Queue::Overdue), 2);

        // Another scope (a department added): counts follow with the next coalesced refresh.
        model.setScope(me, {QStringLiteral("billing"), QStringLiteral("tech")});
        QVERIFY(QTest::qWaitFor([&] { return model.count(Queue::Unassigned) == 2; }, 3000));
        QCOMPARE(model.count(Queue::Unassigned), 2); // u1, x1
        QCOMPARE(model.count(Queue::Overdue), 3); // m2, u1, x1
    }
};

QTEST_GUILESS_MAIN(TestQueueModel)
#include "tst_queuemodel.moc"
