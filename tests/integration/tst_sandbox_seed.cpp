// SPDX-License-Identifier: GPL-3.0-or-later
// Seeds: the built-in demo help desk, broken seeds refused with the field named, --tickets N
// generated deterministically, and the simulator writing in as customers.
#include "sandboxclient.h"
#include "sandboxprocess.h"
#include "testdata.h"

#include "api/wire/wire.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Frontline;
using namespace Frontline::Test;

namespace {

QJsonObject smallSeed()
{
    return QJsonDocument::fromJson(readData(QStringLiteral("sandbox/small.json"))).object();
}

QStringList subjectsAndOwners(SandboxProcess &sandbox, int count)
{
    SandboxClient client(sandbox);
    QStringList out;
    const QJsonArray tickets = client.get(QStringLiteral("/tickets"),
                                          {{QStringLiteral("_perPage"), QString::number(count)},
                                           {QStringLiteral("_from"), QStringLiteral("6")}})
                                       .array();
    for (const QJsonValue &v : tickets) {
        const QJsonObject t = v.toObject();
        out.append(t.value(QStringLiteral("id")).toString() + u' ' + t.value(QStringLiteral("subject")).toString()
                   + u' ' + t.value(QStringLiteral("owner_email")).toString());
    }
    return out;
}

} // namespace

class TestSandboxSeed : public QObject
{
    Q_OBJECT

private slots:
    void startsWithTheDemoHelpDesk()
    {
        SandboxProcess sandbox({QStringLiteral("--rate-limit"), QStringLiteral("0")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        SandboxClient client(sandbox);
        QCOMPARE(client.get(QStringLiteral("/tickets"), {{QStringLiteral("_perPage"), QStringLiteral("1000")}})
                         .array()
                         .size(),
                 120);
        QCOMPARE(client.get(QStringLiteral("/agents")).array().size(), 8);
        QCOMPARE(client.get(QStringLiteral("/departments")).array().size(), 4);
        QCOMPARE(client.get(QStringLiteral("/canned_messages"), {{QStringLiteral("_perPage"), QStringLiteral("100")}})
                         .array()
                         .size(),
                 40);
        QCOMPARE(
                client.get(QStringLiteral("/predefined_answers"), {{QStringLiteral("_perPage"), QStringLiteral("100")}})
                        .array()
                        .size(),
                20);
        // The documented demo login works.
        SandboxClient anonymous(sandbox, QByteArray());
        const HttpReply login = anonymous.post(
                QStringLiteral("/apikeys/_login"),
                QJsonObject{{QStringLiteral("login"), QString::fromLatin1(SandboxProcess::demoLogin)},
                            {QStringLiteral("password"), QString::fromLatin1(SandboxProcess::demoPassword)}});
        QCOMPARE(login.status, 201);
        QCOMPARE(login.object().value(QStringLiteral("userid")).toString(),
                 QString::fromLatin1(SandboxProcess::demoAgentId));
        // Every ticket decodes with the client's own decoder.
        auto tickets = Wire::decodeList<Ticket>(
                client.get(QStringLiteral("/tickets"), {{QStringLiteral("_perPage"), QStringLiteral("1000")}}).array(),
                Wire::decodeTicket);
        QVERIFY(tickets);
    }

    void refusesBrokenSeedsNamingTheField_data()
    {
        QTest::addColumn<QJsonObject>("seed");
        QTest::addColumn<QString>("field");
        auto ticketWith = [](const QString &key, const QJsonValue &value) {
            QJsonObject seed = smallSeed();
            QJsonArray tickets = seed.value(QStringLiteral("tickets")).toArray();
            QJsonObject t = tickets.at(2).toObject();
            t.insert(key, value);
            tickets.replace(2, t);
            seed.insert(QStringLiteral("tickets"), tickets);
            return seed;
        };
        QTest::newRow("unknown contact") << ticketWith(QStringLiteral("contact"), QStringLiteral("c-nobody"))
                                         << QStringLiteral("tickets[2].contact");
        QTest::newRow("bad time") << ticketWith(QStringLiteral("created"), QStringLiteral("-2 weeks"))
                                  << QStringLiteral("tickets[2].created");
        QTest::newRow("bad status") << ticketWith(QStringLiteral("status"), QStringLiteral("Q"))
                                    << QStringLiteral("tickets[2].status");
        QTest::newRow("unknown tag") << ticketWith(QStringLiteral("tags"), QJsonArray{QStringLiteral("gold")})
                                     << QStringLiteral("tickets[2].tags[0]");
        QTest::newRow("duplicate id") << ticketWith(QStringLiteral("id"), QStringLiteral("t-0001"))
                                      << QStringLiteral("tickets[2].id");
        QTest::newRow("bad author") << ticketWith(
                QStringLiteral("messages"),
                QJsonArray{QJsonObject{{QStringLiteral("from"), QStringLiteral("agent:ag-nobody")},
                                       {QStringLiteral("at"), QStringLiteral("-1m")},
                                       {QStringLiteral("text"), QStringLiteral("x")}}})
                                    << QStringLiteral("tickets[2].messages[0].from");
        QJsonObject zone = smallSeed();
        QJsonArray levels = zone.value(QStringLiteral("sla_levels")).toArray();
        QJsonObject standard = levels.at(0).toObject();
        QJsonObject hours = standard.value(QStringLiteral("business_hours")).toObject();
        hours.insert(QStringLiteral("timezone"), QStringLiteral("Mars/Olympus"));
        standard.insert(QStringLiteral("business_hours"), hours);
        levels.replace(0, standard);
        zone.insert(QStringLiteral("sla_levels"), levels);
        QTest::newRow("unknown zone") << zone << QStringLiteral("sla_levels[0].business_hours");
        QJsonObject agent = smallSeed();
        QJsonArray agents = agent.value(QStringLiteral("agents")).toArray();
        QJsonObject lars = agents.at(0).toObject();
        lars.remove(QStringLiteral("email"));
        agents.replace(0, lars);
        agent.insert(QStringLiteral("agents"), agents);
        QTest::newRow("agent without e-mail") << agent << QStringLiteral("agents[0].email");
    }

    void refusesBrokenSeedsNamingTheField()
    {
        QFETCH(QJsonObject, seed);
        QFETCH(QString, field);
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("seed.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(seed).toJson());
        file.close();
        SandboxProcess sandbox({QStringLiteral("--seed"), file.fileName()});
        QVERIFY(!sandbox.start(20000));
        const QString error = QString::fromUtf8(sandbox.standardError());
        QVERIFY2(error.contains(field), qPrintable(error));
    }

    void generatesTicketsDeterministically()
    {
        const QStringList args = SandboxProcess::smallSeed()
                + QStringList{QStringLiteral("--tickets"),     QStringLiteral("500"),
                              QStringLiteral("--random-seed"), QStringLiteral("3"),
                              QStringLiteral("--now"),         QStringLiteral("2026-11-18T10:00:00Z")};
        SandboxProcess first(args);
        QVERIFY2(first.start(), qPrintable(first.errorString()));
        QVERIFY(first.standardError().contains("seeded 506 tickets"));
        SandboxClient client(first);
        const QJsonArray all =
                client.get(QStringLiteral("/tickets"), {{QStringLiteral("_perPage"), QStringLiteral("1000")}}).array();
        QCOMPARE(all.size(), 506);
        auto tickets = Wire::decodeList<Ticket>(all, Wire::decodeTicket);
        QVERIFY(tickets);
        QSet<QString> ids, codes, statuses, languages;
        for (const Ticket &t : *tickets) {
            ids.insert(t.id);
            codes.insert(t.code);
            statuses.insert(t.status);
            languages.insert(t.ownerEmail.section(u'.', -1));
            QVERIFY(t.dateCreated <= QDateTime(QDate(2026, 11, 18), QTime(10, 0), Qt::UTC));
        }
        QCOMPARE(ids.size(), 506);
        QCOMPARE(codes.size(), 506);
        QVERIFY(statuses.contains(QStringLiteral("R")) && statuses.contains(QStringLiteral("N"))
                && statuses.contains(QStringLiteral("W")));
        QVERIFY(languages.size() >= 5); // dk, es, no, si, uk
        const QJsonArray messages = client.get(QStringLiteral("/tickets/%1/messages").arg(tickets->at(10).id)).array();
        QVERIFY(!messages.isEmpty());

        const QStringList firstPage = subjectsAndOwners(first, 20);
        SandboxProcess again(args);
        QVERIFY(again.start());
        QCOMPARE(subjectsAndOwners(again, 20), firstPage);
        SandboxProcess other(SandboxProcess::smallSeed()
                             + QStringList{QStringLiteral("--tickets"), QStringLiteral("500"),
                                           QStringLiteral("--random-seed"), QStringLiteral("4")});
        QVERIFY(other.start());
        QVERIFY(subjectsAndOwners(other, 20) != firstPage);
    }

    void simulatesCustomers()
    {
        // 600 events per simulated hour, 60 simulated seconds per second: ten a second.
        SandboxProcess sandbox(SandboxProcess::smallSeed()
                               + QStringList{QStringLiteral("--simulate"), QStringLiteral("600"),
                                             QStringLiteral("--speed"), QStringLiteral("60"),
                                             QStringLiteral("--rate-limit"), QStringLiteral("0")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        SandboxClient client(sandbox);
        QTRY_VERIFY_WITH_TIMEOUT(
                client.get(QStringLiteral("/tickets"), {{QStringLiteral("_perPage"), QStringLiteral("1000")}})
                                .array()
                                .size()
                        >= 12,
                30000);
        auto tickets = Wire::decodeList<Ticket>(client.get(QStringLiteral("/tickets"),
                                                           {{QStringLiteral("_perPage"), QStringLiteral("1000")},
                                                            {QStringLiteral("_from"), QStringLiteral("6")}})
                                                        .array(),
                                                Wire::decodeTicket);
        QVERIFY(tickets);
        for (const Ticket &t : *tickets) {
            QVERIFY2(t.ownerEmail.contains(QStringLiteral("@example.")), qPrintable(t.ownerEmail));
            QCOMPARE(t.status, QStringLiteral("N"));
            // Routed like any new ticket: never to paused Ingrid or offline Matej.
            QVERIFY(t.agentId != u"ag-ingrid" && t.agentId != u"ag-matej");
        }
        // Some events are customer replies to answered tickets: t-0002 (A) or another reopens.
        QTRY_VERIFY_WITH_TIMEOUT(client.get(QStringLiteral("/tickets"),
                                            {{QStringLiteral("_filters"), QStringLiteral(R"([["status","E","C"]])")}})
                                                 .array()
                                                 .size()
                                         >= 2,
                                 30000);
    }
};

QTEST_GUILESS_MAIN(TestSandboxSeed)
#include "tst_sandbox_seed.moc"
