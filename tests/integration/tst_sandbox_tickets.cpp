// SPDX-License-Identifier: GPL-3.0-or-later
// Changing tickets: POST /tickets, partial PUT (assign, transfer, status, tags, subject),
// history intervals, message groups, v1 replies and notes, customer replies, malformed input.
#include "sandboxclient.h"
#include "sandboxprocess.h"

#include "api/wire/wire.h"

#include <QTest>

using namespace Frontline;
using namespace Frontline::Test;

namespace {

QJsonObject newTicket(const QString &from, const QString &department = QStringLiteral("billing"))
{
    return QJsonObject{{QStringLiteral("useridentifier"), from},
                       {QStringLiteral("subject"), QStringLiteral("Where is my parcel?")},
                       {QStringLiteral("departmentid"), department},
                       {QStringLiteral("recipient"), QStringLiteral("support@demo.frontline.example")},
                       {QStringLiteral("message"), QStringLiteral("It was due on Monday.")}};
}

} // namespace

class TestSandboxTickets : public QObject
{
    Q_OBJECT

    // An hour of help-desk time per wall-clock second: every change lands on a later second.
    SandboxProcess m_sandbox{SandboxProcess::smallSeed()
                             + QStringList{QStringLiteral("--now"), QStringLiteral("2026-11-18T10:00:00Z"),
                                           QStringLiteral("--speed"), QStringLiteral("3600"),
                                           QStringLiteral("--rate-limit"), QStringLiteral("0")}};

    Ticket get(const QString &id)
    {
        SandboxClient client(m_sandbox);
        auto t = Wire::decodeTicket(client.get(QStringLiteral("/tickets/") + id).object());
        return t ? *t : Ticket();
    }

    QList<TicketHistoryEntry> history(const QString &id)
    {
        SandboxClient client(m_sandbox);
        auto h = Wire::decodeList<TicketHistoryEntry>(
                client.get(QStringLiteral("/tickets/") + id + QStringLiteral("/history")).array(),
                Wire::decodeTicketHistory);
        return h ? *h : QList<TicketHistoryEntry>();
    }

    HttpReply v1(const QString &ticket, const SandboxClient::Params &form)
    {
        SandboxClient client(m_sandbox, QByteArray());
        return client.postForm(QStringLiteral("/api/conversations/%1/messages").arg(ticket),
                               form
                                       + SandboxClient::Params{{QStringLiteral("apikey"),
                                                                QString::fromLatin1(SandboxProcess::demoV1Key)}});
    }

private slots:
    void initTestCase() { QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString())); }

    void createsACustomerTicket()
    {
        SandboxClient client(m_sandbox);
        const HttpReply reply =
                client.post(QStringLiteral("/tickets"), newTicket(QStringLiteral("ole.hansen@example.dk")));
        QCOMPARE(reply.status, 200);
        const QJsonObject info = reply.object();
        QVERIFY(info.value(QStringLiteral("tags")).isString()); // TicketInformation: one string
        auto created = Wire::decodeTicketInformation(info);
        QVERIFY(created);
        QCOMPARE(created->status, QStringLiteral("N"));
        QCOMPARE(created->departmentId, QStringLiteral("billing"));
        QVERIFY(!created->code.isEmpty());

        const Ticket t = get(created->id);
        QCOMPARE(t.ownerEmail, QStringLiteral("ole.hansen@example.dk"));
        QCOMPARE(t.ownerName, QStringLiteral("Ole Hansen"));
        QCOMPARE(t.subject, QStringLiteral("Where is my parcel?"));
        QVERIFY(t.dateDue.isValid());

        auto groups = Wire::decodeList<MessageGroup>(
                client.get(QStringLiteral("/tickets/%1/messages").arg(t.id)).array(), Wire::decodeMessageGroup);
        QVERIFY(groups);
        QCOMPARE(groups->size(), 1);
        QCOMPARE(groups->at(0).type, QStringLiteral("3")); // incoming e-mail
        QCOMPARE(groups->at(0).messages.last().body, QStringLiteral("It was due on Monday."));

        const auto h = history(t.id);
        QCOMPARE(h.size(), 1);
        QCOMPARE(h.at(0).status, QStringLiteral("N"));
        QCOMPARE(h.at(0).departmentName, QStringLiteral("Billing"));
        QVERIFY(!h.at(0).dateTo.isValid());
    }

    void createsAnOutgoingTicketForAnAgent()
    {
        SandboxClient client(m_sandbox);
        QJsonObject body =
                newTicket(QStringLiteral("sofia.garcia@demo.frontline.example"), QStringLiteral("first-line"));
        body.insert(QStringLiteral("recipient"), QStringLiteral("lucia.martin@example.es"));
        body.insert(QStringLiteral("recipient_name"), QStringLiteral("Lucía Martín"));
        body.insert(QStringLiteral("tags"), QJsonArray{QStringLiteral("vip")});
        const HttpReply reply = client.post(QStringLiteral("/tickets"), body);
        QCOMPARE(reply.status, 200);
        const Ticket t = get(reply.object().value(QStringLiteral("id")).toString());
        QCOMPARE(t.agentId, QStringLiteral("ag-sofia"));
        QCOMPARE(t.status, QStringLiteral("A"));
        QCOMPARE(t.ownerName, QStringLiteral("Lucía Martín"));
        QCOMPARE(t.tagIds, QStringList{QStringLiteral("vip")});
        QCOMPARE(client.get(QStringLiteral("/tickets/%1/sla").arg(t.id))
                         .object()
                         .value(QStringLiteral("sla_level_id"))
                         .toString(),
                 QStringLiteral("vip"));
    }

    void refusesBadNewTickets_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("mentions");
        QJsonObject missing = newTicket(QStringLiteral("a@example.com"));
        missing.remove(QStringLiteral("message"));
        QJsonObject department = newTicket(QStringLiteral("a@example.com"), QStringLiteral("sales"));
        QJsonObject status = newTicket(QStringLiteral("a@example.com"));
        status.insert(QStringLiteral("status"), QStringLiteral("L"));
        QJsonObject tag = newTicket(QStringLiteral("a@example.com"));
        tag.insert(QStringLiteral("tags"), QJsonArray{QStringLiteral("vip"), QStringLiteral("gold")});
        QJsonObject who = newTicket(QStringLiteral("not an address"));
        QJsonObject shape = newTicket(QStringLiteral("a@example.com"));
        shape.insert(QStringLiteral("tags"), QStringLiteral("vip"));
        QTest::newRow("missing") << missing << QStringLiteral("message");
        QTest::newRow("department") << department << QStringLiteral("departmentid");
        QTest::newRow("status") << status << QStringLiteral("status");
        QTest::newRow("tag") << tag << QStringLiteral("tags[1]");
        QTest::newRow("who") << who << QStringLiteral("useridentifier");
        QTest::newRow("shape") << shape << QStringLiteral("tags");
    }

    void refusesBadNewTickets()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, mentions);
        SandboxClient client(m_sandbox);
        const HttpReply reply = client.post(QStringLiteral("/tickets"), body);
        QCOMPARE(reply.status, 400);
        QVERIFY2(reply.message().startsWith(mentions), reply.body.constData());
    }

    void updatesOnlyWhatIsSent()
    {
        SandboxClient client(m_sandbox);
        const Ticket before = get(QStringLiteral("t-0002"));
        HttpReply reply = client.put(QStringLiteral("/tickets/t-0002"),
                                     QJsonObject{{QStringLiteral("subject"), QStringLiteral("Login broken")}});
        QCOMPARE(reply.status, 200);
        auto after = Wire::decodeTicket(reply.object());
        QVERIFY(after);
        QCOMPARE(after->subject, QStringLiteral("Login broken"));
        QCOMPARE(after->agentId, before.agentId);
        QCOMPARE(after->status, before.status);
        QCOMPARE(after->departmentId, before.departmentId);
        QVERIFY(after->dateChanged > before.dateChanged);
        QCOMPARE(history(QStringLiteral("t-0002")).size(), 1); // a subject is not an owner change

        reply = client.put(
                QStringLiteral("/tickets/t-0002"),
                QJsonObject{{QStringLiteral("tags"), QJsonArray{QStringLiteral("bug"), QStringLiteral("vip")}}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(get(QStringLiteral("t-0002")).tagIds, (QStringList{QStringLiteral("bug"), QStringLiteral("vip")}));
        QCOMPARE(client.get(QStringLiteral("/tickets/t-0002/sla"))
                         .object()
                         .value(QStringLiteral("sla_level_id"))
                         .toString(),
                 QStringLiteral("vip")); // tagged VIP: the VIP level

        // An empty change changes nothing, not even date_changed.
        const Ticket same = get(QStringLiteral("t-0002"));
        QCOMPARE(client.put(QStringLiteral("/tickets/t-0002"), QJsonObject()).status, 200);
        QCOMPARE(get(QStringLiteral("t-0002")).dateChanged, same.dateChanged);
    }

    void assignsTransfersAndRecordsHistory()
    {
        SandboxClient client(m_sandbox);
        // t-0003 waits unassigned in Billing.
        QVERIFY(get(QStringLiteral("t-0003")).agentId.isEmpty());
        QCOMPARE(client.put(QStringLiteral("/tickets/t-0003"),
                            QJsonObject{{QStringLiteral("agentid"), QStringLiteral("ag-ingrid")}})
                         .status,
                 200);
        QCOMPARE(get(QStringLiteral("t-0003")).agentId, QStringLiteral("ag-ingrid"));

        // Transfer (seed 002): to another department, unassigned there.
        const HttpReply moved = client.put(QStringLiteral("/tickets/t-0003"),
                                           QJsonObject{{QStringLiteral("departmentid"), QStringLiteral("first-line")}});
        QCOMPARE(moved.status, 200);
        Ticket t = get(QStringLiteral("t-0003"));
        QCOMPARE(t.departmentId, QStringLiteral("first-line"));
        QVERIFY(t.agentId.isEmpty());
        QCOMPARE(t.status, QStringLiteral("N"));

        // Department and agent in one request: both apply.
        QCOMPARE(client.put(QStringLiteral("/tickets/t-0003"),
                            QJsonObject{{QStringLiteral("departmentid"), QStringLiteral("tier2")},
                                        {QStringLiteral("agentid"), QStringLiteral("ag-matej")}})
                         .status,
                 200);
        QCOMPARE(client.put(QStringLiteral("/tickets/t-0003"),
                            QJsonObject{{QStringLiteral("status"), QStringLiteral("R")}})
                         .status,
                 200);
        t = get(QStringLiteral("t-0003"));
        QCOMPARE(t.status, QStringLiteral("R"));
        QVERIFY(t.dateResolved.isValid());
        QVERIFY(!t.dateDue.isValid()); // nothing is due on a resolved ticket

        const auto h = history(QStringLiteral("t-0003"));
        QCOMPARE(h.size(), 5);
        const QStringList owners{QString(), QStringLiteral("ag-ingrid"), QString(), QStringLiteral("ag-matej"),
                                 QStringLiteral("ag-matej")};
        const QStringList departments{QStringLiteral("billing"), QStringLiteral("billing"),
                                      QStringLiteral("first-line"), QStringLiteral("tier2"), QStringLiteral("tier2")};
        for (qsizetype i = 0; i < h.size(); ++i) {
            QCOMPARE(h.at(i).agentId, owners.at(i));
            QCOMPARE(h.at(i).departmentId, departments.at(i));
            QCOMPARE(h.at(i).ticketCode, t.code);
            if (i + 1 < h.size()) { // closed intervals join up
                QCOMPARE(h.at(i).dateTo, h.at(i + 1).dateFrom);
                QCOMPARE(h.at(i).elapsedTime, QString::number(h.at(i).dateFrom.secsTo(h.at(i).dateTo)));
            }
        }
        QCOMPARE(h.last().status, QStringLiteral("R"));
        QVERIFY(!h.last().dateTo.isValid());
    }

    void refusesBadUpdates_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("closed") << QByteArray(R"({"status":"L"})") << QStringLiteral("status");
        QTest::newRow("unknown status") << QByteArray(R"({"status":"Q"})") << QStringLiteral("status");
        QTest::newRow("agent") << QByteArray(R"({"agentid":"ag-nobody"})") << QStringLiteral("agentid");
        QTest::newRow("department") << QByteArray(R"({"departmentid":"sales"})") << QStringLiteral("departmentid");
        QTest::newRow("tag") << QByteArray(R"({"tags":["gold"]})") << QStringLiteral("tags[0]");
        QTest::newRow("tags shape") << QByteArray(R"({"tags":"vip"})") << QStringLiteral("tags");
        QTest::newRow("subject shape") << QByteArray(R"({"subject":{"text":"x"}})") << QStringLiteral("subject");
        QTest::newRow("empty subject") << QByteArray(R"({"subject":" "})") << QStringLiteral("subject");
        QTest::newRow("not json") << QByteArray(R"({"status":)") << QStringLiteral("body");
        QTest::newRow("array") << QByteArray(R"(["status"])") << QStringLiteral("body");
    }

    void refusesBadUpdates()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, mentions);
        SandboxClient client(m_sandbox);
        // t-0006 is resolved: nothing but this request could change it.
        const Ticket before = get(QStringLiteral("t-0006"));
        const HttpReply reply = client.send("PUT", QStringLiteral("/tickets/t-0006"), {}, body, "application/json");
        QCOMPARE(reply.status, 400);
        QVERIFY2(reply.message().startsWith(mentions), reply.body.constData());
        QCOMPARE(get(QStringLiteral("t-0006")), before);
    }

    void answersNotFound()
    {
        SandboxClient client(m_sandbox);
        for (const QString &path : {QStringLiteral("/tickets/nope"), QStringLiteral("/tickets/nope/messages"),
                                    QStringLiteral("/tickets/nope/sla"), QStringLiteral("/tickets/nope/history")}) {
            const HttpReply reply = client.get(path);
            QCOMPARE(reply.status, 404);
            QCOMPARE(reply.message(), QStringLiteral("Ticket not found"));
        }
        QCOMPARE(client.put(QStringLiteral("/tickets/nope"),
                            QJsonObject{{QStringLiteral("status"), QStringLiteral("R")}})
                         .status,
                 404);
        QCOMPARE(client.put(QStringLiteral("/tickets/nope/postpone"),
                            QJsonObject{{QStringLiteral("date_time"), QStringLiteral("2030-01-01 00:00:00")}})
                         .status,
                 404);
    }

    void pagesMessageGroups()
    {
        SandboxClient client(m_sandbox);
        const QString path = QStringLiteral("/tickets/t-0001/messages");
        const QJsonArray all = client.get(path).array();
        QCOMPARE(all.size(), 4);
        const QJsonArray newest = client.get(path,
                                             {{QStringLiteral("_sortDir"), QStringLiteral("DESC")},
                                              {QStringLiteral("_perPage"), QStringLiteral("1")}})
                                          .array();
        QCOMPARE(newest.size(), 1);
        QCOMPARE(newest.at(0), all.at(3));
        QCOMPARE(client.get(path,
                            {{QStringLiteral("_page"), QStringLiteral("2")},
                             {QStringLiteral("_perPage"), QStringLiteral("3")}})
                         .array()
                         .at(0),
                 all.at(3));
        auto groups = Wire::decodeList<MessageGroup>(all, Wire::decodeMessageGroup);
        QVERIFY(groups);
        QCOMPARE(groups->at(1).type, QStringLiteral("4")); // Lars's answer
        QCOMPARE(groups->at(2).type, QStringLiteral("I")); // his internal note
        QCOMPARE(groups->at(2).messages.at(0).type, QStringLiteral("N"));
        QCOMPARE(client.get(path, {{QStringLiteral("includeQuotedMessages"), QStringLiteral("true")}}).status, 200);
        QCOMPARE(client.get(path, {{QStringLiteral("includeQuotedMessages"), QStringLiteral("perhaps")}}).status, 400);
    }

    void repliesAndNotesThroughV1()
    {
        SandboxClient client(m_sandbox);
        // t-0005 is new and Lars's; his reply answers it.
        const Ticket before = get(QStringLiteral("t-0005"));
        HttpReply reply = v1(QStringLiteral("t-0005"),
                             {{QStringLiteral("message"), QStringLiteral("Here is the corrected invoice.")},
                              {QStringLiteral("type"), QStringLiteral("M")},
                              {QStringLiteral("useridentifier"), QString::fromLatin1(SandboxProcess::demoLogin)}});
        QCOMPARE(reply.status, 200);
        const QJsonObject response = reply.object().value(QStringLiteral("response")).toObject();
        QCOMPARE(response.value(QStringLiteral("status")).toString(), QStringLiteral("OK"));
        QVERIFY(!response.value(QStringLiteral("id")).toString().isEmpty());
        QVERIFY(!response.value(QStringLiteral("messageid")).toString().isEmpty());
        Ticket t = get(QStringLiteral("t-0005"));
        QCOMPARE(t.status, QStringLiteral("A"));
        QVERIFY(t.dateChanged > before.dateChanged);
        QVERIFY(t.lastActivityPublic > before.lastActivityPublic);
        const QJsonArray groups = client.get(QStringLiteral("/tickets/t-0005/messages")).array();
        QCOMPARE(groups.last().toObject().value(QStringLiteral("id")).toString(),
                 response.value(QStringLiteral("id")).toString());
        QCOMPARE(groups.last().toObject().value(QStringLiteral("type")).toString(), QStringLiteral("4"));

        // A note changes no status and is internal.
        reply = v1(QStringLiteral("t-0005"),
                   {{QStringLiteral("message"), QStringLiteral("Customer called too.")},
                    {QStringLiteral("type"), QStringLiteral("N")}});
        QCOMPARE(reply.status, 200);
        t = get(QStringLiteral("t-0005"));
        QCOMPARE(t.status, QStringLiteral("A"));
        QCOMPARE(client.get(QStringLiteral("/tickets/t-0005/messages"))
                         .array()
                         .last()
                         .toObject()
                         .value(QStringLiteral("type"))
                         .toString(),
                 QStringLiteral("I"));

        // The customer writes back: the ticket is open again (C).
        reply = v1(QStringLiteral("t-0005"),
                   {{QStringLiteral("message"), QStringLiteral("Thanks, but the VAT is wrong.")},
                    {QStringLiteral("type"), QStringLiteral("M")},
                    {QStringLiteral("useridentifier"), QStringLiteral("emma.clarke@example.co.uk")}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(get(QStringLiteral("t-0005")).status, QStringLiteral("C"));

        // An agent answering an unassigned ticket takes it (seed 002).
        SandboxClient v3(m_sandbox);
        const HttpReply created = v3.post(QStringLiteral("/tickets"),
                                          newTicket(QStringLiteral("queue@example.com"), QStringLiteral("tier2")));
        const QString id = created.object().value(QStringLiteral("id")).toString();
        QVERIFY(get(id).agentId.isEmpty()); // Matej is offline: it waits in the queue
        QCOMPARE(v1(id, {{QStringLiteral("message"), QStringLiteral("On it.")}}).status, 200);
        QCOMPARE(get(id).agentId, QString::fromLatin1(SandboxProcess::demoAgentId));
    }

    void v1RefusesWithItsEnvelope_data()
    {
        QTest::addColumn<QString>("ticket");
        QTest::addColumn<QStringList>("form");
        QTest::addColumn<int>("status");
        QTest::newRow("unknown ticket") << QStringLiteral("nope")
                                        << QStringList{QStringLiteral("message"), QStringLiteral("x")} << 404;
        QTest::newRow("no message") << QStringLiteral("t-0001")
                                    << QStringList{QStringLiteral("type"), QStringLiteral("M")} << 400;
        QTest::newRow("bad type") << QStringLiteral("t-0001")
                                  << QStringList{QStringLiteral("message"), QStringLiteral("x"), QStringLiteral("type"),
                                                 QStringLiteral("Z")}
                                  << 400;
        QTest::newRow("bad author") << QStringLiteral("t-0001")
                                    << QStringList{QStringLiteral("message"), QStringLiteral("x"),
                                                   QStringLiteral("useridentifier"), QStringLiteral("somebody")}
                                    << 400;
        QTest::newRow("customer note") << QStringLiteral(
                "t-0001") << QStringList{QStringLiteral("message"),        QStringLiteral("x"),
                                         QStringLiteral("type"),           QStringLiteral("N"),
                                         QStringLiteral("useridentifier"), QStringLiteral("mette.sorensen@example.dk")}
                                       << 400;
    }

    void v1RefusesWithItsEnvelope()
    {
        QFETCH(QString, ticket);
        QFETCH(QStringList, form);
        QFETCH(int, status);
        SandboxClient::Params params;
        for (qsizetype i = 0; i + 1 < form.size(); i += 2)
            params.append({form.at(i), form.at(i + 1)});
        const HttpReply reply = v1(ticket, params);
        QCOMPARE(reply.status, status);
        const QJsonObject response = reply.object().value(QStringLiteral("response")).toObject();
        QCOMPARE(response.value(QStringLiteral("status")).toString(), QStringLiteral("ERROR"));
        QVERIFY(!response.value(QStringLiteral("errormessage")).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSandboxTickets)
#include "tst_sandbox_tickets.moc"
