// SPDX-License-Identifier: GPL-3.0-or-later
// Desktop notifications end to end on a private session bus: NotificationCenter's rules and
// texts, DesktopNotifier's D-Bus calls, received by a fake org.freedesktop.Notifications.
#include "desktopnotifier.h"
#include "fakenotificationserver.h"
#include "notificationcenter.h"
#include "store/store.h"

#include <QDBusConnection>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>

using namespace Frontline;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

using Kind = TicketEvent::Kind;

namespace {

TicketEvent ticketEvent(Kind kind, const QString &id, const QString &subject = u"Refund request"_s,
                        const QString &department = u"d1"_s)
{
    return TicketEvent{kind,          id,         subject,
                       u"Jane Doe"_s, department, QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC)};
}

const QList<Kind> kAllKinds{Kind::AssignedToMe, Kind::CustomerReplied, Kind::NewInQueue,
                            Kind::Reopened,     Kind::SlaWarning,      Kind::SlaBreached};

} // namespace

class TestNotifications : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Test::FakeNotificationServer> m_server;
    std::unique_ptr<DesktopNotifier> m_notifier;
    std::unique_ptr<NotificationCenter> m_center;
    int m_n = 0;

    // Everything sent before has arrived once a marker sent after it has (one connection, in order).
    void settle()
    {
        const qsizetype before = m_server->calls().size();
        m_notifier->notify(Notification{u"marker"_s, QString(), QString(), Notification::Urgency::Low});
        QTRY_VERIFY(m_server->calls().size() > before && m_server->calls().last().summary == u"marker"_s);
        m_server->clear();
    }

    QStringList shown()
    {
        m_center->flush();
        const qsizetype before = m_server->calls().size();
        m_notifier->notify(Notification{u"marker"_s, QString(), QString(), Notification::Urgency::Low});
        [&] { QTRY_VERIFY(m_server->calls().size() > before && m_server->calls().last().summary == u"marker"_s); }();
        QStringList out = m_server->summaries();
        out.removeLast();
        m_server->clear();
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QDBusConnection::sessionBus().isConnected(), "the test runs in a private session bus");
    }

    void init()
    {
        m_store = std::make_unique<Store>(m_dir.filePath(u"n%1.sqlite"_s.arg(++m_n)));
        QVERIFY(!m_store->open().isError());
        Department billing;
        billing.id = u"d1"_s;
        billing.name = u"Billing"_s;
        Department support;
        support.id = u"d2"_s;
        support.name = u"Support"_s;
        QVERIFY(!m_store->reference().replaceDepartments({billing, support}).isError());
        m_server = std::make_unique<Test::FakeNotificationServer>();
        QVERIFY(m_server->start());
        m_notifier = std::make_unique<DesktopNotifier>(nullptr);
        QVERIFY(m_notifier->hasService());
        m_center = std::make_unique<NotificationCenter>(*m_notifier, *m_store);
        m_center->setSettings(UiSettings());
        settle();
    }

    void cleanup()
    {
        m_center.reset();
        m_notifier.reset();
        m_server.reset();
        m_store.reset();
    }

    void eachKindHasItsSummary_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("summary");
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("urgency");
        QTest::newRow("assigned") << int(Kind::AssignedToMe) << u"Assigned to you: Refund request"_s
                                  << u"From Jane Doe"_s << 1;
        QTest::newRow("replied") << int(Kind::CustomerReplied) << u"Jane Doe replied"_s << u"Refund request"_s << 1;
        QTest::newRow("new") << int(Kind::NewInQueue) << u"New ticket in Billing"_s
                             << u"Refund request\nFrom Jane Doe"_s << 0;
        QTest::newRow("reopened") << int(Kind::Reopened) << u"Ticket reopened: Refund request"_s << u"From Jane Doe"_s
                                  << 1;
        QTest::newRow("warning") << int(Kind::SlaWarning) << u"Deadline soon: Refund request"_s << u"From Jane Doe"_s
                                 << 1;
        QTest::newRow("breach") << int(Kind::SlaBreached) << u"Deadline missed: Refund request"_s << u"From Jane Doe"_s
                                << 2;
    }

    void eachKindHasItsSummary()
    {
        QFETCH(int, kind);
        QFETCH(QString, summary);
        QFETCH(QString, body);
        QFETCH(int, urgency);
        m_center->addEvents({ticketEvent(Kind(kind), u"t-1"_s)});
        m_center->flush();
        QTRY_COMPARE(m_server->calls().size(), 1);
        const Test::FakeNotificationServer::Call &call = m_server->calls().first();
        QCOMPARE(call.summary, summary);
        QCOMPARE(call.body, body);
        QCOMPARE(call.appIcon, u"io.frontline.Frontline"_s);
        QCOMPARE(call.hints.value(u"desktop-entry"_s).toString(), u"io.frontline.Frontline"_s);
        QCOMPARE(call.hints.value(u"urgency"_s).toInt(), urgency);
        QCOMPARE(call.hints.value(u"urgency"_s).metaType(), QMetaType::fromType<uchar>()); // a D-Bus byte
        QCOMPARE(call.actions, (QStringList{u"default"_s, u"Open ticket"_s}));
    }

    void unknownDepartmentStillReads()
    {
        m_center->addEvents({ticketEvent(Kind::NewInQueue, u"t-1"_s, u"Hello"_s, u"d-gone"_s)});
        QCOMPARE(shown(), QStringList{u"New ticket in your department"_s});
    }

    void bodyIsEscapedForMarkupServers()
    {
        QTRY_VERIFY(m_notifier->bodyIsMarkup());
        m_center->addEvents({ticketEvent(Kind::CustomerReplied, u"t-1"_s, u"Fish & <chips>"_s)});
        m_center->flush();
        QTRY_COMPARE(m_server->calls().size(), 1);
        QCOMPARE(m_server->calls().first().body, u"Fish &amp; &lt;chips&gt;"_s);
    }

    void burstsAreCoalesced()
    {
        QList<TicketEvent> first;
        for (int i = 1; i <= 3; ++i)
            first << ticketEvent(Kind::NewInQueue, u"n%1"_s.arg(i), u"Invoice %1"_s.arg(i));
        first << ticketEvent(Kind::CustomerReplied, u"r1"_s) << ticketEvent(Kind::CustomerReplied, u"r2"_s);
        m_center->addEvents(first);
        m_center->addEvents({ticketEvent(Kind::NewInQueue, u"n4"_s, u"Invoice 4"_s),
                             ticketEvent(Kind::NewInQueue, u"n5"_s, u"Invoice 5"_s),
                             ticketEvent(Kind::NewInQueue, u"s1"_s, u"Login fails"_s, u"d2"_s),
                             ticketEvent(Kind::CustomerReplied, u"r3"_s),
                             ticketEvent(Kind::CustomerReplied, u"r3"_s)}); // the same ticket twice counts once
        m_center->flush();
        QTRY_COMPARE(m_server->calls().size(), 3);
        QCOMPARE(m_server->summaries(),
                 (QStringList{u"3 customers replied"_s, u"New ticket in Support"_s, u"5 new tickets in Billing"_s}));
        const Test::FakeNotificationServer::Call billing = m_server->calls().at(2);
        QCOMPARE(billing.body, u"• Invoice 5\n• Invoice 4\n• Invoice 3\nand 2 more"_s);
        QCOMPARE(billing.hints.value(u"urgency"_s).toInt(), 0);

        // Clicking the burst opens its newest ticket.
        QSignalSpy open(m_center.get(), &NotificationCenter::openTicket);
        m_server->invokeAction(billing.id, u"default"_s);
        QTRY_COMPARE(open.count(), 1);
        QCOMPARE(open.first().first().toString(), u"n5"_s);
    }

    void theWindowFlushesByItself()
    {
        m_center->setCoalesceWindow(50ms);
        m_center->addEvents({ticketEvent(Kind::AssignedToMe, u"a1"_s)});
        m_center->addEvents({ticketEvent(Kind::AssignedToMe, u"a2"_s)});
        QVERIFY(m_server->calls().isEmpty()); // not before the window ends
        QTRY_COMPARE(m_server->calls().size(), 1);
        QCOMPARE(m_server->calls().first().summary, u"2 tickets assigned to you"_s);
    }

    void whilePausedOnlyBreaches()
    {
        QList<TicketEvent> all;
        for (Kind kind : kAllKinds)
            all << ticketEvent(kind, u"t-%1"_s.arg(int(kind)));

        m_center->setPaused(true);
        m_center->addEvents(all);
        QCOMPARE(shown(), QStringList{u"Deadline missed: Refund request"_s});

        // Back from the break: what happened meanwhile is not replayed, new events show.
        m_center->setPaused(false);
        QCOMPARE(shown(), QStringList());
        m_center->addEvents(all);
        QCOMPARE(shown().size(), 6);

        // The rule is a setting.
        UiSettings s;
        s.onlyBreachesWhilePaused = false;
        m_center->setSettings(s);
        m_center->setPaused(true);
        m_center->addEvents(all);
        QCOMPARE(shown().size(), 6);
    }

    void kindsSwitchedOffStaySilent()
    {
        UiSettings s;
        s.notify.newInQueue = false;
        s.notify.slaWarning = false;
        m_center->setSettings(s);
        QList<TicketEvent> all;
        for (Kind kind : kAllKinds)
            all << ticketEvent(kind, u"t-%1"_s.arg(int(kind)));
        m_center->addEvents(all);
        const QStringList summaries = shown();
        QCOMPARE(summaries,
                 (QStringList{u"Deadline missed: Refund request"_s, u"Assigned to you: Refund request"_s,
                              u"Ticket reopened: Refund request"_s, u"Jane Doe replied"_s}));
        // Even a breach can be switched off, paused or not.
        s.notify.slaBreached = false;
        m_center->setSettings(s);
        m_center->setPaused(true);
        m_center->addEvents(all);
        QCOMPARE(shown(), QStringList());
    }

    void clickingOpensTheTicket()
    {
        QSignalSpy open(m_center.get(), &NotificationCenter::openTicket);
        m_center->addEvents({ticketEvent(Kind::AssignedToMe, u"t-7"_s)});
        m_center->flush();
        QTRY_COMPARE(m_server->calls().size(), 1);
        const uint id = m_server->calls().first().id;
        // Another application's notification and another action do nothing.
        m_server->invokeAction(id + 1000, u"default"_s);
        m_server->invokeAction(id, u"other"_s);
        m_server->invokeAction(id, u"default"_s);
        QTRY_COMPARE(open.count(), 1);
        QCOMPARE(open.first().first().toString(), u"t-7"_s);
        settle();
        QCOMPARE(open.count(), 1);
    }

    void withoutTheServiceTheTrayShowsIt()
    {
        m_server->stop();
        QSystemTrayIcon tray;
        tray.setIcon(QIcon(QPixmap(16, 16)));
        tray.show();
        DesktopNotifier notifier(&tray);
        QVERIFY(!notifier.hasService());
        QSignalSpy activated(&notifier, &Notifier::activated);
        notifier.notify(Notification{u"Assigned to you: Refund"_s, QString(), u"t-9"_s, Notification::Urgency::Normal});
        Q_EMIT tray.messageClicked();
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toString(), u"t-9"_s);

        // The service comes (back): notifications go to it again.
        QVERIFY(m_server->start());
        QTRY_VERIFY(notifier.hasService());
        notifier.notify(Notification{u"Back"_s, QString(), QString(), Notification::Urgency::Normal});
        QTRY_COMPARE(m_server->calls().size(), 1);
        QVERIFY(m_server->calls().first().actions.isEmpty()); // nothing to open, no action
    }
};

QTEST_MAIN(TestNotifications)
#include "tst_notifications.moc"
