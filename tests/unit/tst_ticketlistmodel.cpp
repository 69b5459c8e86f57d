// SPDX-License-Identifier: GPL-3.0-or-later
#include "manualclock.h"
#include "models/slacatalog.h"
#include "models/slatext.h"
#include "models/ticketlistmodel.h"
#include "models/tickettext.h"
#include "slahours.h"
#include "store/store.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Frontline;
using namespace std::chrono_literals;

namespace {

QDateTime cph(int month, int day, int hour, int minute = 0)
{
    return Test::localTime("Europe/Copenhagen", 2026, month, day, hour, minute);
}

SlaLevel standardLevel()
{
    SlaLevel l;
    l.id = QStringLiteral("standard");
    l.name = QStringLiteral("Standard");
    l.targets.firstAnswer = 4h;
    l.targets.nextAnswer = 8h;
    l.targets.firstResolve = 24h;
    l.businessHours = Test::weeklyHours("Europe/Copenhagen", {1, 2, 3, 4, 5}, {Test::interval("09:00", "17:00")});
    return l;
}

SlaLevel vipLevel()
{
    SlaLevel l;
    l.id = QStringLiteral("vip");
    l.name = QStringLiteral("VIP");
    l.targets.firstAnswer = 30min;
    l.targets.firstResolve = 24h;
    return l;
}

TicketRow row(const QString &status)
{
    TicketRow r;
    r.id = QStringLiteral("t");
    r.status = status;
    return r;
}

Ticket ticket(const QString &id, const QString &agent, const QDateTime &created, const QDateTime &due)
{
    Ticket t;
    t.id = id;
    t.subject = QStringLiteral("Subject ") + id;
    t.ownerName = QStringLiteral("Customer ") + id;
    t.departmentId = QStringLiteral("billing");
    t.agentId = agent;
    t.status = QStringLiteral("N");
    t.dateCreated = created;
    t.dateChanged = created;
    t.lastActivity = created;
    t.dateDue = due;
    return t;
}

} // namespace

class TestTicketListModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const QLocale m_en{QLocale::English, QLocale::UnitedKingdom};
    const QTimeZone m_zone{"Europe/Copenhagen"};

private slots:
    void initTestCase() { QLocale::setDefault(m_en); }

    void picksTheMostUrgentOpenTarget()
    {
        SlaCatalog catalog;
        catalog.setLevels({standardLevel(), vipLevel()}, QStringLiteral("standard"));
        QCOMPARE(catalog.defaultLevelId(), QStringLiteral("standard"));

        // The seed's example: a ticket arrives Friday 16:00, 2 h first answer due Monday 10:00;
        // at Monday 09:00 it is running with one business hour left.
        TicketRow r = row(QStringLiteral("N"));
        r.slaLevelId = QStringLiteral("standard");
        r.slaFirstAnswer = cph(11, 23, 10); // Monday 10:00
        r.slaFirstResolve = cph(11, 25, 16);
        TicketSlaView v = catalog.mostUrgent(r, cph(11, 23, 9));
        QVERIFY(v.hasSla);
        QCOMPARE(v.target, SlaTarget::FirstAnswer);
        QCOMPARE(v.reading.remaining, 1h);
        QCOMPARE(v.reading.state, SlaState::Running); // exactly 25 % left is not yet "under" the share
        QVERIFY(!v.estimated);
        QCOMPARE(catalog.mostUrgent(r, cph(11, 23, 9, 1)).reading.state, SlaState::Warning);
        // Saturday: paused until Monday 09:00.
        v = catalog.mostUrgent(r, cph(11, 21, 12));
        QCOMPARE(v.reading.state, SlaState::Paused);
        QCOMPARE(v.reading.resumesAt, cph(11, 23, 9));

        // A customer reply is pending: the next answer counts, not the first.
        r.status = QStringLiteral("C");
        r.slaNextAnswer = cph(11, 24, 15);
        v = catalog.mostUrgent(r, cph(11, 23, 9));
        QCOMPARE(v.target, SlaTarget::NextAnswer);
        // Answered: only the resolution counts.
        r.status = QStringLiteral("A");
        v = catalog.mostUrgent(r, cph(11, 23, 9));
        QCOMPARE(v.target, SlaTarget::Resolution);
        // Resolved in time: met; resolved late: breached, frozen.
        r.status = QStringLiteral("R");
        r.dateResolved = cph(11, 24, 10);
        QCOMPARE(catalog.mostUrgent(r, cph(11, 30, 9)).reading.state, SlaState::Met);
        r.dateResolved = cph(11, 26, 10); // Thursday 10:00, due Wednesday 16:00: 2 business hours late
        v = catalog.mostUrgent(r, cph(11, 30, 9));
        QCOMPARE(v.reading.state, SlaState::Breached);
        QCOMPARE(v.reading.overdue, 2h);
        // Postponed without a known end: no countdown.
        r.status = QStringLiteral("W");
        QCOMPARE(catalog.mostUrgent(r, cph(11, 23, 11)).reading.state, SlaState::Postponed);
        // Spam and deleted tickets have none.
        r.status = QStringLiteral("B");
        QVERIFY(!catalog.mostUrgent(r, cph(11, 23, 11)).hasSla);

        // Level not known yet: the server's due date with the default level, marked estimated.
        TicketRow unknown = row(QStringLiteral("N"));
        unknown.dateDue = cph(11, 23, 10);
        v = catalog.mostUrgent(unknown, cph(11, 23, 9, 30));
        QVERIFY(v.estimated);
        QCOMPARE(v.reading.remaining, 30min);
        QCOMPARE(v.levelName, QStringLiteral("Standard"));
        // A 24/7 VIP ticket runs at night.
        TicketRow vip = row(QStringLiteral("N"));
        vip.slaLevelId = QStringLiteral("vip");
        vip.slaFirstAnswer = cph(11, 22, 3, 20);
        v = catalog.mostUrgent(vip, cph(11, 22, 3, 0));
        QCOMPARE(v.reading.state, SlaState::Running);
        QCOMPARE(v.reading.remaining, 20min);
    }

    void writesTheSlaColumnTexts()
    {
        const QDateTime now = cph(11, 20, 16); // Friday 16:00
        SlaReading r;
        r.state = SlaState::Running;
        r.deadline = now.addSecs(4800);
        r.remaining = 1h + 20min;
        QCOMPARE(SlaText::reading(r, now, m_en, m_zone), QStringLiteral("1 h 20 min"));
        r.remaining = 45min;
        QCOMPARE(SlaText::reading(r, now, m_en, m_zone), QStringLiteral("45 min"));
        r.remaining = 20s;
        QCOMPARE(SlaText::reading(r, now, m_en, m_zone), QStringLiteral("< 1 min"));
        r.remaining = 50h;
        QCOMPARE(SlaText::reading(r, now, m_en, m_zone), QStringLiteral("2 d 2 h"));
        r.state = SlaState::Paused;
        r.resumesAt = cph(11, 23, 9);
        QCOMPARE(SlaText::reading(r, now, m_en, m_zone), QStringLiteral("paused until Mon 09:00"));
        r.resumesAt = cph(11, 20, 17, 30);
        QCOMPARE(SlaText::reading(r, now, m_en, m_zone), QStringLiteral("paused until 17:30"));
        r.state = SlaState::Breached;
        r.overdue = 35min;
        QCOMPARE(SlaText::reading(r, now, m_en, m_zone), QStringLiteral("overdue 35 min"));
        r.state = SlaState::Met;
        QCOMPARE(SlaText::reading(r, now, m_en, m_zone), QStringLiteral("met"));
        // The locale writes weekday names and numbers.
        const QLocale da(QLocale::Danish, QLocale::Denmark);
        r.state = SlaState::Paused;
        r.resumesAt = cph(11, 23, 9);
        QVERIFY(SlaText::reading(r, now, da, m_zone)
                        .endsWith(da.dayName(1, QLocale::ShortFormat) + QStringLiteral(" 09.00")));
        QCOMPARE(TicketText::status(QStringLiteral("Q")), QStringLiteral("Other (Q)"));
        QCOMPARE(TicketText::status(QStringLiteral("A")), QStringLiteral("Answered"));
    }

    void listsWindowsOfAQueueAndUpdatesInPlace()
    {
        Store store(m_dir.filePath(QStringLiteral("model.sqlite")));
        QVERIFY(!store.open().isError());
        QVERIFY(!store.reference()
                         .replaceDepartments({Department{QStringLiteral("billing"),
                                                         QStringLiteral("Billing"),
                                                         {},
                                                         1,
                                                         {QStringLiteral("me")},
                                                         {}}})
                         .isError());
        QList<Ticket> tickets;
        const QDateTime base = cph(11, 23, 9);
        for (int i = 0; i < 350; ++i)
            tickets.append(ticket(QStringLiteral("t%1").arg(i, 3, 10, QLatin1Char('0')), QStringLiteral("me"),
                                  base.addSecs(-3600 * i), base.addSecs(60 * i + 600)));
        QVERIFY(!store.tickets().upsert(tickets).isError());

        Test::ManualClock clock(base);
        SlaCatalog catalog;
        catalog.setLevels({standardLevel()});
        TicketListModel model(store, clock, catalog);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLocale(m_en, m_zone);
        TicketQuery q;
        q.meId = QStringLiteral("me");
        q.myDepartmentIds = {QStringLiteral("billing")};
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.setQuery(q);
        // The first page at once, the rest when the count is in (next turn of the event loop).
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(model.ticketIdAt(0), QStringLiteral("t000"));
        QVERIFY(inserted.wait(2000));
        QCOMPARE(inserted.first().at(1).toInt(), 100);
        QCOMPARE(inserted.first().at(2).toInt(), 349);
        QCOMPARE(model.rowCount(), 350);
        // Asking for a row beyond the first page counts at once.
        model.setQuery(TicketQuery{});
        model.setQuery(q);
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(model.rowOf(QStringLiteral("t200")), 200);
        QCOMPARE(model.rowCount(), 350);
        QCOMPARE(model.columnCount(), int(TicketListModel::ColumnCount));
        // Sorted by deadline; rows from different windows.
        QCOMPARE(model.ticketIdAt(0), QStringLiteral("t000"));
        QCOMPARE(model.ticketIdAt(349), QStringLiteral("t349"));
        QCOMPARE(model.ticketIdAt(150), QStringLiteral("t150"));
        QCOMPARE(model.index(0, TicketListModel::DepartmentColumn).data().toString(), QStringLiteral("Billing"));
        QCOMPARE(model.index(0, TicketListModel::StatusColumn).data().toString(), QStringLiteral("New"));
        // Estimated with the default level: t000 is due 10 min after Monday 09:00.
        QCOMPARE(model.index(0, TicketListModel::SlaColumn).data().toString(), QStringLiteral("10 min"));
        QVERIFY(model.index(0, TicketListModel::SlaColumn)
                        .data(Qt::ToolTipRole)
                        .toString()
                        .contains(QStringLiteral("Estimated")));
        QCOMPARE(model.rowOf(QStringLiteral("t200")), 200);

        // The clock moves: refreshSla repaints only the asked rows.
        clock.set(base.addSecs(300));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.refreshSla(0, 9);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 0);
        QCOMPARE(changed.first().at(1).value<QModelIndex>().row(), 9);
        QCOMPARE(model.index(0, TicketListModel::SlaColumn).data().toString(), QStringLiteral("5 min"));

        // A change that keeps the order updates in place (no reset: selection and scroll stay).
        changed.clear();
        Ticket t = tickets.at(5);
        t.subject = QStringLiteral("Renamed");
        QVERIFY(!store.tickets().upsert({t}).isError());
        model.reload();
        QCOMPARE(reset.count(), 0);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(model.index(5, TicketListModel::SubjectColumn).data().toString(), QStringLiteral("Renamed"));

        // A ticket leaving the queue (taken by a colleague) resets, and its neighbours move up.
        t.agentId = QStringLiteral("ana");
        QVERIFY(!store.tickets().upsert({t}).isError());
        QVERIFY(QTest::qWaitFor([&] { return reset.count() == 1; }, 2000)); // coalesced reload from the signal
        QCOMPARE(model.rowCount(), 349);
        QCOMPARE(model.ticketIdAt(5), QStringLiteral("t006"));
        QCOMPARE(model.rowOf(QStringLiteral("t005")), -1);

        // Search narrows the list.
        q.search = QStringLiteral("Renamed");
        q.queue = TicketQuery::Queue::AllOpen;
        model.setQuery(q);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.headerData(TicketListModel::SlaColumn, Qt::Horizontal).toString(), QStringLiteral("SLA"));
    }
};

QTEST_GUILESS_MAIN(TestTicketListModel)
#include "tst_ticketlistmodel.moc"
