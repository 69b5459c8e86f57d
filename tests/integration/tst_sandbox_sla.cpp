// SPDX-License-Identifier: GPL-3.0-or-later
// SLA due instants in business time (seed 003's example: a ticket on Friday at 16:00 with
// Mon-Fri 09:00-17:00 hours is an hour old at 09:00 on Monday), holidays, next answer,
// date_due, and postponement that ends by itself.
#include "sandboxclient.h"
#include "sandboxprocess.h"

#include "api/wire/wire.h"

#include <QTest>

using namespace Frontline;
using namespace Frontline::Test;

namespace {

QDateTime utc(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

QJsonObject customerTicket(const QString &department, const QJsonArray &tags = {})
{
    return QJsonObject{{QStringLiteral("useridentifier"), QStringLiteral("kunde@example.dk")},
                       {QStringLiteral("subject"), QStringLiteral("Fredag eftermiddag")},
                       {QStringLiteral("departmentid"), department},
                       {QStringLiteral("recipient"), QStringLiteral("support@demo.frontline.example")},
                       {QStringLiteral("message"), QStringLiteral("Hjælp")},
                       {QStringLiteral("tags"), tags}};
}

} // namespace

class TestSandboxSla : public QObject
{
    Q_OBJECT

private slots:
    void fridayAfternoonIsDueOnMonday()
    {
        // Friday 20 November 2026, 16:00 in Copenhagen (UTC+1); the clock stands still.
        SandboxProcess sandbox(SandboxProcess::smallSeed()
                               + QStringList{QStringLiteral("--now"), QStringLiteral("2026-11-20T15:00:00Z"),
                                             QStringLiteral("--speed"), QStringLiteral("0")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        SandboxClient client(sandbox);
        const HttpReply created = client.post(QStringLiteral("/tickets"), customerTicket(QStringLiteral("billing")));
        QCOMPARE(created.status, 200);
        const QString id = created.object().value(QStringLiteral("id")).toString();

        const HttpReply reply = client.get(QStringLiteral("/tickets/%1/sla").arg(id));
        QCOMPARE(reply.status, 200);
        auto sla = Wire::decodeTicketSla(reply.object());
        QVERIFY(sla);
        QCOMPARE(sla->ticketId, id);
        QCOMPARE(sla->slaLevelId, QStringLiteral("standard"));
        QCOMPARE(sla->slaLevelName, QStringLiteral("Standard"));
        // 2 business hours: 16:00-17:00 on Friday, 09:00-10:00 on Monday (Copenhagen).
        QCOMPARE(sla->firstAnswer, utc(2026, 11, 23, 9));
        QCOMPARE(reply.object().value(QStringLiteral("first_answer")).toString(),
                 QStringLiteral("2026-11-23 09:00:00"));
        // 8 business hours (86400 s of three business days in the small seed is 24 h): Fri 1 h,
        // Mon 8 h, Tue 8 h, Wed 7 h -> Wednesday 16:00 Copenhagen.
        QCOMPARE(sla->firstResolve, utc(2026, 11, 25, 15));
        QVERIFY(!sla->nextAnswer.isValid()); // no reply is pending
        QVERIFY(!reply.object().contains(QStringLiteral("first_assign"))); // the level has no such target

        auto ticket = Wire::decodeTicket(client.get(QStringLiteral("/tickets/") + id).object());
        QVERIFY(ticket);
        QCOMPARE(ticket->dateDue, sla->firstAnswer); // the earliest open target

        // Answered, then the customer writes again: the next answer is due 8 business hours later.
        SandboxClient v1(sandbox, QByteArray());
        const SandboxClient::Params key{{QStringLiteral("apikey"), QString::fromLatin1(SandboxProcess::demoV1Key)}};
        QCOMPARE(v1.postForm(QStringLiteral("/api/conversations/%1/messages").arg(id),
                             {{QStringLiteral("message"), QStringLiteral("Vi kigger på det")}}, key)
                         .status,
                 200);
        sla = Wire::decodeTicketSla(client.get(QStringLiteral("/tickets/%1/sla").arg(id)).object());
        QVERIFY(!sla->nextAnswer.isValid());
        ticket = Wire::decodeTicket(client.get(QStringLiteral("/tickets/") + id).object());
        QCOMPARE(ticket->dateDue, sla->firstResolve); // first answer met
        QCOMPARE(v1.postForm(QStringLiteral("/api/conversations/%1/messages").arg(id),
                             {{QStringLiteral("message"), QStringLiteral("Tak, men ...")},
                              {QStringLiteral("useridentifier"), QStringLiteral("kunde@example.dk")}},
                             key)
                         .status,
                 200);
        sla = Wire::decodeTicketSla(client.get(QStringLiteral("/tickets/%1/sla").arg(id)).object());
        QCOMPARE(sla->nextAnswer, utc(2026, 11, 23, 15)); // Fri 1 h + Mon 7 h -> Monday 16:00
        ticket = Wire::decodeTicket(client.get(QStringLiteral("/tickets/") + id).object());
        QCOMPARE(ticket->dateDue, sla->nextAnswer);

        // Resolved: nothing is due any more.
        QCOMPARE(client.put(QStringLiteral("/tickets/") + id,
                            QJsonObject{{QStringLiteral("status"), QStringLiteral("R")}})
                         .status,
                 200);
        const QJsonObject resolved = client.get(QStringLiteral("/tickets/") + id).object();
        QVERIFY(!resolved.contains(QStringLiteral("date_due")));
    }

    void vipIsAroundTheClock()
    {
        SandboxProcess sandbox(SandboxProcess::smallSeed()
                               + QStringList{QStringLiteral("--now"), QStringLiteral("2026-11-20T15:00:00Z"),
                                             QStringLiteral("--speed"), QStringLiteral("0")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        SandboxClient client(sandbox);
        const HttpReply created =
                client.post(QStringLiteral("/tickets"),
                            customerTicket(QStringLiteral("billing"), QJsonArray{QStringLiteral("vip")}));
        const QString id = created.object().value(QStringLiteral("id")).toString();
        auto sla = Wire::decodeTicketSla(client.get(QStringLiteral("/tickets/%1/sla").arg(id)).object());
        QVERIFY(sla);
        QCOMPARE(sla->slaLevelName, QStringLiteral("VIP"));
        QCOMPARE(sla->firstAnswer, utc(2026, 11, 20, 15, 30));
    }

    void holidaysDoNotCount()
    {
        // Wednesday 23 December 2026, 16:00 in Copenhagen; the 24th and 25th are holidays.
        SandboxProcess sandbox(SandboxProcess::smallSeed()
                               + QStringList{QStringLiteral("--now"), QStringLiteral("2026-12-23T15:00:00Z"),
                                             QStringLiteral("--speed"), QStringLiteral("0")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        SandboxClient client(sandbox);
        const QString id = client.post(QStringLiteral("/tickets"), customerTicket(QStringLiteral("first-line")))
                                   .object()
                                   .value(QStringLiteral("id"))
                                   .toString();
        auto sla = Wire::decodeTicketSla(client.get(QStringLiteral("/tickets/%1/sla").arg(id)).object());
        QVERIFY(sla);
        QCOMPARE(sla->firstAnswer, utc(2026, 12, 28, 9)); // Wed 1 h + Mon 28th 1 h
    }

    void postponedTicketsComeBackByThemselves()
    {
        // An hour of help-desk time per wall-clock second.
        SandboxProcess sandbox(SandboxProcess::smallSeed()
                               + QStringList{QStringLiteral("--now"), QStringLiteral("2026-11-18T10:00:00Z"),
                                             QStringLiteral("--speed"), QStringLiteral("3600")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        SandboxClient client(sandbox);
        // The server's "now": the date_changed of a change made right now.
        const HttpReply touched = client.put(QStringLiteral("/tickets/t-0002"),
                                             QJsonObject{{QStringLiteral("subject"), QStringLiteral("Login")}});
        const QDateTime now = Wire::decodeTicket(touched.object())->dateChanged;
        const QDateTime until = now.addSecs(3 * 3600);

        const HttpReply postponed = client.put(
                QStringLiteral("/tickets/t-0002/postpone"),
                QJsonObject{{QStringLiteral("date_time"), until.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))}});
        QCOMPARE(postponed.status, 200);
        QCOMPARE(postponed.body, QByteArray("{}"));
        QCOMPARE(client.get(QStringLiteral("/tickets/t-0002")).object().value(QStringLiteral("status")).toString(),
                 QStringLiteral("W"));

        QTRY_COMPARE_WITH_TIMEOUT(
                client.get(QStringLiteral("/tickets/t-0002")).object().value(QStringLiteral("status")).toString(),
                QStringLiteral("C"), 30000);
        auto ticket = Wire::decodeTicket(client.get(QStringLiteral("/tickets/t-0002")).object());
        QVERIFY(ticket->dateChanged >= until); // clients syncing on date_changed see the change
        auto history = Wire::decodeList<TicketHistoryEntry>(
                client.get(QStringLiteral("/tickets/t-0002/history")).array(), Wire::decodeTicketHistory);
        QVERIFY(history);
        QCOMPARE(history->size(), 3);
        QCOMPARE(history->at(1).status, QStringLiteral("W"));
        QCOMPARE(history->at(2).status, QStringLiteral("C"));

        // The seed's postponed ticket ("+2h") came back too.
        QTRY_COMPARE_WITH_TIMEOUT(
                client.get(QStringLiteral("/tickets/t-0004")).object().value(QStringLiteral("status")).toString(),
                QStringLiteral("C"), 30000);

        // A form-encoded postpone (the 2020 clients) is understood as well.
        const QDateTime later =
                Wire::decodeTicket(client.get(QStringLiteral("/tickets/t-0004")).object())->dateChanged.addDays(2);
        QCOMPARE(client.send("PUT", QStringLiteral("/tickets/t-0004/postpone"), {},
                             Wire::encodeForm({{QStringLiteral("date_time"),
                                                later.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))}}),
                             "application/x-www-form-urlencoded")
                         .status,
                 200);
        QCOMPARE(client.get(QStringLiteral("/tickets/t-0004")).object().value(QStringLiteral("status")).toString(),
                 QStringLiteral("W"));
    }

    void refusesBadPostponements_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("past") << QByteArray(R"({"date_time":"2000-01-01 00:00:00"})");
        QTest::newRow("not a date") << QByteArray(R"({"date_time":"tomorrow"})");
        QTest::newRow("missing") << QByteArray(R"({})");
        QTest::newRow("wrong type") << QByteArray(R"({"date_time":["2030-01-01 00:00:00"]})");
    }

    void refusesBadPostponements()
    {
        QFETCH(QByteArray, body);
        SandboxProcess sandbox(SandboxProcess::smallSeed());
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        SandboxClient client(sandbox);
        const HttpReply reply =
                client.send("PUT", QStringLiteral("/tickets/t-0001/postpone"), {}, body, "application/json");
        QCOMPARE(reply.status, 400);
        QVERIFY2(reply.message().startsWith(QStringLiteral("date_time")), reply.body.constData());
        QCOMPARE(client.get(QStringLiteral("/tickets/t-0001")).object().value(QStringLiteral("status")).toString(),
                 QStringLiteral("C"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxSla)
#include "tst_sandbox_sla.moc"
