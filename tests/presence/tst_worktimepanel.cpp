// SPDX-License-Identifier: GPL-3.0-or-later
// The work-time panel over a scripted week: totals to the second, pauses never counted,
// CSV export and its errors.
#include "manualclock.h"
#include "presence/presencecontroller.h"
#include "store/store.h"
#include "worktimepanel.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Frontline;
using namespace Qt::StringLiterals;

namespace {

// Wednesday 25 November 2026 unless told; the panel counts days in UTC here.
QDateTime at(int hour, int minute = 0, int second = 0, int day = 25)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute, second), Qt::UTC);
}

} // namespace

class TestWorkTimePanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Test::ManualClock> m_clock;
    std::unique_ptr<PresenceController> m_presence;

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        m_store = std::make_unique<Store>(m_dir.filePath(u"work.sqlite"_s));
        QVERIFY(!m_store->open().isError());
        m_clock = std::make_unique<Test::ManualClock>(at(10, 0, 0, 23));
        m_presence = std::make_unique<PresenceController>(*m_store, *m_clock);
        auto &p = *m_presence;
        auto &c = *m_clock;

        // Monday: one hour.
        p.signedIn(PresenceState::Available);
        c.set(at(11, 0, 0, 23));
        p.signedOut();

        // Wednesday, the scripted day.
        c.set(at(9));
        p.signedIn(PresenceState::Available);
        c.set(at(12));
        QVERIFY(!p.pause(u"Lunch"_s).isError());
        c.set(at(12, 30, 17));
        QVERIFY(!p.resume().isError());
        c.set(at(14));
        p.setConnected(false); // offline still counts as work
        c.set(at(14, 20));
        p.setConnected(true);
        c.set(at(15));
        QVERIFY(!p.pause(u"Coffee"_s).isError());
        c.set(at(15, 10));
        QVERIFY(!p.resume().isError());
        c.set(at(16));
        QVERIFY(!p.pause().isError()); // no reason
        c.set(at(16, 5));
        QVERIFY(!p.resume().isError());
        c.set(at(17, 30));
        p.signedOut();
        c.set(at(18));
    }

    void todayToTheSecond()
    {
        WorkTimePanel panel(*m_store, *m_clock);
        panel.setTimeZone(QTimeZone::utc());
        // 09:00-12:00, 12:30:17-15:00, 15:10-16:00, 16:05-17:30 = 7:44:43
        QCOMPARE(panel.today().working.count(), 7 * 3600 + 44 * 60 + 43);
        QCOMPARE(panel.todayText(u"working"_s), u"7:44:43"_s);
        // 30:17 + 10:00 + 5:00
        QCOMPARE(panel.todayText(u"pauses"_s), u"3 (0:45:17)"_s);
        QCOMPARE(panel.todayText(u"byReason"_s), u"No reason: 0:05:00\nCoffee: 0:10:00\nLunch: 0:30:17"_s);
        QCOMPARE(panel.todayText(u"first"_s), u"09:00"_s);
        QCOMPARE(panel.todayText(u"last"_s), u"17:30"_s);
        QCOMPARE(panel.summaryLine(), u"Today: 7 h 44 min worked · pauses: 3 (45 min)"_s);
        QCOMPARE(panel.today().offline.count(), 20 * 60);

        QTableWidget *week = panel.weekTable();
        QCOMPARE(week->item(0, 0)->text(), u"Mon 23/11/2026"_s);
        QCOMPARE(week->item(0, 1)->text(), u"1:00:00"_s);
        QCOMPARE(week->item(1, 1)->text(), u"0:00:00"_s);
        QCOMPARE(week->item(2, 1)->text(), u"7:44:43"_s);
        QCOMPARE(week->item(2, 2)->text(), u"0:45:17"_s);
        QCOMPARE(week->item(2, 3)->text(), u"3"_s);
        QCOMPARE(week->item(3, 1)->text(), QString()); // the future is blank
        QCOMPARE(week->item(7, 0)->text(), u"Total"_s);
        QCOMPARE(week->item(7, 1)->text(), u"8:44:43"_s);

        if (const QString dir = qEnvironmentVariable("FRONTLINE_SCREENSHOT_DIR"); !dir.isEmpty()) {
            panel.resize(520, 560);
            panel.grab().save(QDir(dir).filePath(u"worktime-panel.png"_s));
        }

        panel.showWeekOf(QDate(2026, 11, 16));
        QCOMPARE(week->item(7, 1)->text(), u"0:00:00"_s);
        QCOMPARE(panel.todayText(u"working"_s), u"7:44:43"_s); // today stays today
    }

    void followsTheLog()
    {
        WorkTimePanel panel(*m_store, *m_clock);
        panel.setTimeZone(QTimeZone::utc());
        QSignalSpy line(&panel, &WorkTimePanel::summaryLineChanged);
        m_clock->set(at(19));
        m_presence->signedIn(PresenceState::Available);
        m_clock->set(at(19, 30));
        QVERIFY(!m_presence->pause(u"Break"_s).isError()); // the log changed: the panel follows
        QCOMPARE(panel.todayText(u"working"_s), u"8:14:43"_s);
        QCOMPARE(panel.todayText(u"pauses"_s), u"3 (0:45:17)"_s); // a pause of no length yet
        m_clock->set(at(19, 40));
        panel.refresh(); // what the minute timer does: the open pause grows
        QCOMPARE(panel.todayText(u"pauses"_s), u"4 (0:55:17)"_s);
        QCOMPARE(panel.todayText(u"working"_s), u"8:14:43"_s); // and never counts as work
        QVERIFY(line.count() >= 1);
        QCOMPARE(line.last().first().toString(), panel.summaryLine());
        QVERIFY(!m_presence->resume().isError());
        m_clock->set(at(20));
        m_presence->signedOut();
    }

    void exportsTheWeek()
    {
        WorkTimePanel panel(*m_store, *m_clock);
        panel.setTimeZone(QTimeZone::utc());
        QTemporaryDir dir;
        const QString path = dir.filePath(u"week.csv"_s);
        QCOMPARE(panel.exportCsv(path), QString());
        QVERIFY(panel.statusText().startsWith(u"Exported to "_s));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        const QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(lines.first(), QByteArray("date,start,end,state,reason,seconds\r"));
        QVERIFY(lines.contains("2026-11-23,2026-11-23T10:00:00+00:00,2026-11-23T11:00:00+00:00,available,,3600\r"));
        QVERIFY(lines.contains("2026-11-25,2026-11-25T12:00:00+00:00,2026-11-25T12:30:17+00:00,paused,Lunch,1817\r"));
        QVERIFY(lines.contains("2026-11-25,2026-11-25T14:00:00+00:00,2026-11-25T14:20:00+00:00,offline,,1200\r"));
        const auto [from, to] = WorkTimeLedger::weekBounds(QDate(2026, 11, 25), QTimeZone::utc());
        file.seek(0);
        QCOMPARE(file.readAll(),
                 WorkTimeLedger::toCsv(m_store->presence().intervals(from, to), from, to, m_clock->now(),
                                       QTimeZone::utc()));
    }

    void exportProblemsAreShown()
    {
        WorkTimePanel panel(*m_store, *m_clock);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"missing/folder/week.csv"_s);
        const QString problem = panel.exportCsv(path);
        QVERIFY(problem.startsWith(u"Could not write "_s));
        QCOMPARE(panel.statusText(), problem);
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestWorkTimePanel)
#include "tst_worktimepanel.moc"
