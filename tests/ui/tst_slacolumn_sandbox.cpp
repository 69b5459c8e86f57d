// SPDX-License-Identifier: GPL-3.0-or-later
// The SLA column and the ticket's SLA lines at known instants: the sandbox's clock stands
// still at Friday 20 November 2026 15:00 UTC (16:00 in Copenhagen, an hour before the
// Standard level's business hours end), the window's clock is a ManualClock the test moves.
// Standard: Mon-Fri 09-17 Europe/Copenhagen, first answer 2 h, next answer 8 h, resolution
// 24 h of business time; VIP: 24/7, first answer 30 min, resolution 8 h (tests/data/sandbox/ui.json).
// The agent's zone is Copenhagen too (TZ), the locale British English (24-hour times).
#include "mainwindowsession.h"
#include "manualclock.h"
#include "testdata.h"

#include "mainwindow.h"
#include "ticketlistview.h"
#include "ticketview.h"

#include "models/ticketlistmodel.h"
#include "sla/slaclock.h"
#include "store/store.h"
#include "sync/syncengine.h"
#include "sync/workspace.h"

#include <QSignalSpy>
#include <QTest>

using namespace Frontline;
using namespace Frontline::Test;

namespace {

const QDateTime kFriday(QDate(2026, 11, 20), QTime(15, 0), Qt::UTC);

} // namespace

class TestSlaColumnSandbox : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox{{QStringLiteral("--seed"), dataPath(QStringLiteral("sandbox/ui.json")),
                              QStringLiteral("--rate-limit"), QStringLiteral("0"), QStringLiteral("--now"),
                              kFriday.toString(Qt::ISODate), QStringLiteral("--speed"), QStringLiteral("0")}};
    ManualClock m_clock{kFriday};
    std::unique_ptr<MainWindowSession> m_session;

    TicketListModel *model() { return m_session->window().ticketListModel(); }

    /// The SLA cell of a ticket as the list paints it, and its state.
    std::pair<QString, int> cell(const QString &ticketId)
    {
        const int row = model()->rowOf(ticketId);
        if (row < 0)
            return {QStringLiteral("(%1 not listed)").arg(ticketId), -1};
        const QModelIndex index = model()->index(row, TicketListModel::SlaColumn);
        return {index.data(Qt::DisplayRole).toString(), index.data(TicketListModel::SlaStateRole).toInt()};
    }

    void expect(const QString &ticketId, const QString &text, SlaState state)
    {
        const auto [shown, shownState] = cell(ticketId);
        QVERIFY2(shown == text, qPrintable(QStringLiteral("%1: \"%2\", expected \"%3\"").arg(ticketId, shown, text)));
        QVERIFY2(shownState == int(state),
                 qPrintable(QStringLiteral("%1: state %2, expected %3").arg(ticketId).arg(shownState).arg(int(state))));
    }

    /// Moves the window's clock; the visible SLA cells repaint within a second by themselves.
    void moveClockTo(const QDateTime &t)
    {
        QSignalSpy changed(model(), &QAbstractItemModel::dataChanged);
        m_clock.set(t);
        QVERIFY(QTest::qWaitFor(
                [&] {
                    for (const QList<QVariant> &args : changed) {
                        const auto from = args.at(0).value<QModelIndex>();
                        const auto to = args.at(1).value<QModelIndex>();
                        if (from.column() <= TicketListModel::SlaColumn && to.column() >= TicketListModel::SlaColumn
                            && from.row() == 0 && to.row() >= model()->rowCount() - 1)
                            return true;
                    }
                    return false;
                },
                2500));
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QCOMPARE(QTimeZone::systemTimeZoneId(), QByteArray("Europe/Copenhagen"));
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        m_session = std::make_unique<MainWindowSession>(m_sandbox, m_clock);
        QVERIFY2(m_session->start(), qPrintable(m_session->errorString()));
        Workspace &w = m_session->workspace();
        // Every ticket's level and due instants are read from the server (no estimate left).
        QVERIFY(QTest::qWaitFor(
                [&] {
                    return w.store().tickets().ticketsNeedingSla(w.me().id, w.sync().myDepartmentIds(), 100).isEmpty();
                },
                30000));
        QCOMPARE(model()->rowCount(), 7); // Lars's open tickets
        for (int row = 0; row < model()->rowCount(); ++row) {
            QVERIFY(!model()->index(row, TicketListModel::SlaColumn)
                             .data(TicketListModel::SlaViewRole)
                             .value<TicketSlaView>()
                             .estimated);
        }
    }

    void cleanupTestCase() { m_session.reset(); }

    void fridayAfternoon()
    {
        expect(QStringLiteral("t-0005"), QStringLiteral("20 min"), SlaState::Running); // VIP first answer, 24/7
        expect(QStringLiteral("t-0001"), QStringLiteral("7 h"),
               SlaState::Running); // next answer: 1 h today + 6 h Monday
        expect(QStringLiteral("t-reply"), QStringLiteral("6 h"), SlaState::Running);
        expect(QStringLiteral("t-keys2"), QStringLiteral("1 h 10 min"), SlaState::Running); // over the weekend
        expect(QStringLiteral("t-note"), QStringLiteral("overdue 1 h"), SlaState::Breached);
        expect(QStringLiteral("t-keys1"), QStringLiteral("overdue 2 h"), SlaState::Breached);
        // Sorted by SLA due: the earliest deadline first.
        QCOMPARE(model()->ticketIdAt(0), QStringLiteral("t-keys1"));
        QCOMPARE(model()->ticketIdAt(1), QStringLiteral("t-note"));

        m_session->window().openTicket(QStringLiteral("t-keys2"));
        QCOMPARE(m_session->window().ticketView()->slaLines(),
                 QStringList({QStringLiteral("First answer — due Mon 09:10 — 1 h 10 min (On time)"),
                              QStringLiteral("Resolution — due Wed 15:10 — 23 h 10 min (On time)")}));
    }

    void afterBusinessHours()
    {
        moveClockTo(kFriday.addSecs(90 * 60)); // 17:30 in Copenhagen
        expect(QStringLiteral("t-0005"), QStringLiteral("overdue 1 h 10 min"), SlaState::Breached); // 24/7 runs on
        expect(QStringLiteral("t-0001"), QStringLiteral("paused until Mon 09:00"), SlaState::Paused);
        expect(QStringLiteral("t-keys2"), QStringLiteral("paused until Mon 09:00"), SlaState::Paused);
        expect(QStringLiteral("t-note"), QStringLiteral("overdue 2 h"), SlaState::Breached); // business time only
        QVERIFY(QTest::qWaitFor(
                [this] {
                    return m_session->window().ticketView()->slaLines().value(0)
                            == QStringLiteral("First answer — due Mon 09:10 — paused until Mon 09:00 (Paused)");
                },
                2500));
    }

    void mondayMorning()
    {
        moveClockTo(QDateTime(QDate(2026, 11, 23), QTime(8, 30), Qt::UTC)); // 09:30 in Copenhagen
        expect(QStringLiteral("t-keys2"), QStringLiteral("overdue 20 min"), SlaState::Breached);
        expect(QStringLiteral("t-0001"), QStringLiteral("5 h 30 min"), SlaState::Running);
        expect(QStringLiteral("t-0005"), QStringLiteral("overdue 2 d 17 h"), SlaState::Breached);
    }
};

QTEST_MAIN(TestSlaColumnSandbox)
#include "tst_slacolumn_sandbox.moc"
