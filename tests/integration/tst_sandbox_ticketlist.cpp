// SPDX-License-Identifier: GPL-3.0-or-later
// GET /tickets: every filter operator of contract 5.2 on the documented fields, `search`,
// sorting, paging, and 400s that name the bad parameter. The sandbox clock is frozen so the
// seed's relative times are fixed instants.
#include "sandboxclient.h"
#include "sandboxprocess.h"

#include "api/wire/filter.h"
#include "api/wire/wire.h"

#include <QTest>

using namespace Frontline;
using namespace Frontline::Test;

namespace {

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QStringList ticketIds(const QJsonArray &array)
{
    QStringList out;
    for (const QJsonValue &v : array)
        out.append(v.toObject().value(QStringLiteral("id")).toString());
    return out;
}

QStringList split(const char *ids)
{
    return QString::fromLatin1(ids).split(u',', Qt::SkipEmptyParts);
}

} // namespace

class TestSandboxTicketList : public QObject
{
    Q_OBJECT

    // 2026-11-18 is a Wednesday; the seed's "-5h" is 05:00 that day.
    SandboxProcess m_sandbox{SandboxProcess::smallSeed()
                             + QStringList{QStringLiteral("--now"), QStringLiteral("2026-11-18T10:00:00Z"),
                                           QStringLiteral("--speed"), QStringLiteral("0"),
                                           QStringLiteral("--rate-limit"), QStringLiteral("0")}};

    HttpReply list(const SandboxClient::Params &params)
    {
        SandboxClient client(m_sandbox);
        return client.get(QStringLiteral("/tickets"),
                          SandboxClient::Params{{QStringLiteral("_perPage"), QStringLiteral("100")}} + params);
    }

private slots:
    void initTestCase() { QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString())); }

    void listsTicketsAsTheContractShapesThem()
    {
        const HttpReply reply = list({});
        QCOMPARE(reply.status, 200);
        auto tickets = Wire::decodeList<Ticket>(reply.array(), Wire::decodeTicket);
        QVERIFY2(tickets, qPrintable(tickets ? QString() : tickets.error().toString()));
        QCOMPARE(tickets->size(), 6);
        const Ticket &t = tickets->at(0);
        QCOMPARE(t.id, QStringLiteral("t-0001"));
        QCOMPARE(t.code, QStringLiteral("KJH-TRD-001"));
        QCOMPARE(t.ownerName, QStringLiteral("Mette Sørensen"));
        QCOMPARE(t.ownerEmail, QStringLiteral("mette.sorensen@example.dk"));
        QCOMPARE(t.dateCreated, QDateTime(QDate(2026, 11, 18), QTime(5, 0), Qt::UTC));
        QCOMPARE(t.dateChanged, QDateTime(QDate(2026, 11, 18), QTime(9, 0), Qt::UTC)); // the last message
        QCOMPARE(t.tagIds, QStringList{QStringLiteral("refund")});
        QVERIFY(t.dateDue.isValid());
        QVERIFY(!t.publicAccessUrlCode.isEmpty());
        // Dates are "YYYY-MM-DD HH:MM:SS" in UTC (contract 11.1).
        QCOMPARE(reply.array().at(0).toObject().value(QStringLiteral("date_created")).toString(),
                 QStringLiteral("2026-11-18 05:00:00"));
        // Codes the seed leaves out are generated, LiveAgent style.
        QVERIFY(QRegularExpression(QStringLiteral("^[A-Z]{3}-[A-Z]{3}-[0-9]{3}$"))
                        .match(tickets->at(1).code)
                        .hasMatch());
    }

    void filters_data()
    {
        QTest::addColumn<QString>("filters");
        QTest::addColumn<QStringList>("expected");
        auto row = [](const char *name, const char *filters, const char *ids) {
            QTest::newRow(name) << QString::fromUtf8(filters) << sorted(split(ids));
        };
        row("status E", R"([["status","E","C"]])", "t-0001");
        row("status NE", R"([["status","NE","N"]])", "t-0001,t-0002,t-0004,t-0006");
        row("status IN", R"([["status","IN","N,C"]])", "t-0001,t-0003,t-0005");
        row("status NI", R"([["status","NI","R,W"]])", "t-0001,t-0002,t-0003,t-0005");
        row("status CY", R"([["status","CY","A,W"]])", "t-0002,t-0004");
        row("agentid IN", R"([["agentid","IN","ag-lars"]])", "t-0001,t-0005,t-0006");
        row("agentid IN two", R"([["agentid","IN","ag-sofia,ag-matej"]])", "t-0002,t-0004");
        row("agentid IE", R"([["agentid","IE",""]])", "t-0003");
        row("agentid INE", R"([["agentid","INE",""]])", "t-0001,t-0002,t-0004,t-0005,t-0006");
        row("agentid E empty", R"([["agentid","E",""]])", "t-0003");
        row("departmentid E", R"([["departmentid","E","billing"]])", "t-0001,t-0003");
        row("departmentid IN", R"([["departmentid","IN","billing,tier2"]])", "t-0001,t-0003,t-0004");
        row("departmentid NI", R"([["departmentid","NI","billing,tier2"]])", "t-0002,t-0005,t-0006");
        row("departmentid L", R"([["departmentid","L","line"]])", "t-0002,t-0005,t-0006");
        row("departmentid NL", R"([["departmentid","NL","line"]])", "t-0001,t-0003,t-0004");
        row("tags E", R"([["tags","E","refund"]])", "t-0001");
        row("tags NE", R"([["tags","NE","refund"]])", "t-0002,t-0003,t-0004,t-0005,t-0006");
        row("tags CY", R"([["tags","CY","vip,bug"]])", "t-0004,t-0005");
        row("tags IN", R"([["tags","IN","vip"]])", "t-0005");
        row("tags NI", R"([["tags","NI","refund,vip"]])", "t-0002,t-0003,t-0004,t-0006");
        row("tags L", R"([["tags","L","fun"]])", "t-0001");
        row("tags NL", R"([["tags","NL","fun"]])", "t-0002,t-0003,t-0004,t-0005,t-0006");
        row("tags IE", R"([["tags","IE",""]])", "t-0002,t-0003,t-0006");
        row("tags INE", R"([["tags","INE",""]])", "t-0001,t-0004,t-0005");
        row("subject E contains", R"([["subject","E","faktura"]])", "t-0001,t-0003");
        row("subject IN contains", R"([["subject","IN","sesión,Urgent"]])", "t-0002,t-0005");
        row("subject NE", R"([["subject","NE","faktura"]])", "t-0002,t-0004,t-0005,t-0006");
        row("subject L", R"([["subject","L","hjælpen"]])", "t-0006");
        row("subject NI", R"([["subject","NI","faktura,hjælpen"]])", "t-0002,t-0004,t-0005");
        row("channel_type E", R"([["channel_type","E","E"]])", "t-0001,t-0002,t-0003,t-0004,t-0005,t-0006");
        row("channel_type IN unknown letters", R"([["channel_type","IN","V,1"]])", "");
        row("owner_contactid IN", R"([["owner_contactid","IN","c-mette"]])", "t-0001,t-0006");
        row("date_created D>", R"([["date_created","D>","2026-11-18 00:00:00"]])", "t-0001,t-0003,t-0005");
        row("date_created D<", R"([["date_created","D<","2026-11-16 00:00:00"]])", "t-0006");
        row("date_created D>=", R"([["date_created","D>=","2026-11-18 09:30:00"]])", "t-0003,t-0005");
        row("date_created D<=", R"([["date_created","D<=","2026-11-16 10:00:00"]])", "t-0004,t-0006");
        row("date_created D> loose", R"([["date_created","D>","2026-11-18 9:0:0"]])", "t-0003,t-0005");
        row("date_created DP today", R"([["date_created","DP","T"]])", "t-0001,t-0003,t-0005");
        row("date_created DP this week", R"([["date_created","DP","TW"]])", "t-0001,t-0002,t-0003,t-0004,t-0005");
        row("date_created DP last week", R"([["date_created","DP","LW"]])", "t-0006");
        row("date_changed D>=", R"([["date_changed","D>=","2026-11-18 09:00:00"]])", "t-0001,t-0003,t-0005");
        row("date_changed D<", R"([["date_changed","D<","2026-11-17 00:00:00"]])", "t-0004,t-0006");
        row("date_due IE", R"([["date_due","IE",""]])", "t-0006");
        row("date_resolved INE", R"([["date_resolved","INE",""]])", "t-0006");
        row("last_activity D>", R"([["last_activity","D>","2026-11-18 09:40:00"]])", "t-0005");
        row("search customer", R"({"search":"Sørensen"})", "t-0001,t-0006");
        row("search message text", R"({"search":"opkrævet"})", "t-0001");
        row("search word start", R"([["search","L","opkræv"]])", "t-0001");
        row("search without accents", R"({"search":"sesion aplicacion"})", "t-0002");
        row("search subject", R"({"search":"board meeting"})", "t-0005");
        row("search e-mail", R"({"search":"kari.nordmann@example.no"})", "t-0003");
        row("search nothing", R"({"search":"zebra"})", "");
        row("simple form", R"({"status":"N","departmentid":"billing"})", "t-0003");
        row("my open work",
            R"([["agentid","IN","ag-lars"],["status","IN","N,C,A,W,T,P"],["date_changed","D>=","2026-11-01 00:00:00"]])",
            "t-0001,t-0005");
        row("queue", R"([["departmentid","IN","billing,first-line"],["agentid","IE",""]])", "t-0003");
    }

    void filters()
    {
        QFETCH(QString, filters);
        QFETCH(QStringList, expected);
        const HttpReply reply = list({{QStringLiteral("_filters"), filters}});
        QVERIFY2(reply.status == 200, reply.body.constData());
        QCOMPARE(sorted(ticketIds(reply.array())), expected);
    }

    void filtersBuiltByTheSharedCodecWork()
    {
        Filter f;
        f.in(QStringLiteral("agentid"), {QStringLiteral("ag-lars")})
                .add(QStringLiteral("date_changed"), QStringLiteral("D>="), QStringLiteral("2026-11-18 09:00:00"));
        const HttpReply reply = list({{QStringLiteral("_filters"), QString::fromUtf8(f.toJson())},
                                      {QStringLiteral("_sortField"), QStringLiteral("date_changed")},
                                      {QStringLiteral("_sortDir"), QStringLiteral("ASC")}});
        QCOMPARE(ticketIds(reply.array()), (QStringList{QStringLiteral("t-0001"), QStringLiteral("t-0005")}));
    }

    void sortsAndPages()
    {
        const QStringList byCreation = split("t-0006,t-0004,t-0002,t-0001,t-0003,t-0005");
        QCOMPARE(ticketIds(list({{QStringLiteral("_sortField"), QStringLiteral("date_created")}}).array()), byCreation);
        QStringList reversed = byCreation;
        std::reverse(reversed.begin(), reversed.end());
        QCOMPARE(ticketIds(list({{QStringLiteral("_sortField"), QStringLiteral("date_created")},
                                 {QStringLiteral("_sortDir"), QStringLiteral("desc")}})
                                   .array()),
                 reversed);
        SandboxClient client(m_sandbox);
        // Defaults: page 1 of 10 in storage order.
        QCOMPARE(client.get(QStringLiteral("/tickets")).array().size(), 6);
        const auto page = [&](const char *p, const char *per) {
            return ticketIds(client.get(QStringLiteral("/tickets"),
                                        {{QStringLiteral("_sortField"), QStringLiteral("date_created")},
                                         {QStringLiteral("_page"), QString::fromLatin1(p)},
                                         {QStringLiteral("_perPage"), QString::fromLatin1(per)}})
                                     .array());
        };
        QCOMPARE(page("1", "4"), byCreation.mid(0, 4));
        QCOMPARE(page("2", "4"), byCreation.mid(4));
        QCOMPARE(page("3", "4"), QStringList());
        // _from/_to win over _page (the range end is exclusive).
        QCOMPARE(ticketIds(client.get(QStringLiteral("/tickets"),
                                      {{QStringLiteral("_sortField"), QStringLiteral("date_created")},
                                       {QStringLiteral("_page"), QStringLiteral("5")},
                                       {QStringLiteral("_from"), QStringLiteral("1")},
                                       {QStringLiteral("_to"), QStringLiteral("3")}})
                                   .array()),
                 byCreation.mid(1, 2));
        QCOMPARE(ticketIds(list({{QStringLiteral("_sortField"), QStringLiteral("subject")}}).array()).constFirst(),
                 QStringLiteral("t-0004")); // "Aplikacija se sesuje"
    }

    void refusesMalformedQueries_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not json") << QStringLiteral("_filters") << QStringLiteral("[[\"status\"")
                                  << QStringLiteral("_filters");
        QTest::newRow("not a triple") << QStringLiteral("_filters") << QStringLiteral(R"([["status","E"]])")
                                      << QStringLiteral("_filters[0]");
        QTest::newRow("unknown operator")
                << QStringLiteral("_filters") << QStringLiteral(R"([["status","E","N"],["status","XX","N"]])")
                << QStringLiteral("_filters[1][1]");
        QTest::newRow("unfilterable field")
                << QStringLiteral("_filters") << QStringLiteral(R"([["code","E","KJH-TRD-001"]])")
                << QStringLiteral("_filters[0][0]");
        QTest::newRow("date operator on text")
                << QStringLiteral("_filters") << QStringLiteral(R"([["status","D>","N"]])")
                << QStringLiteral("_filters[0][1]");
        QTest::newRow("bad date") << QStringLiteral("_filters")
                                  << QStringLiteral(R"([["date_changed","D>=","yesterday"]])")
                                  << QStringLiteral("_filters[0][2]");
        QTest::newRow("bad period") << QStringLiteral("_filters") << QStringLiteral(R"([["date_created","DP","XX"]])")
                                    << QStringLiteral("_filters[0][2]");
        QTest::newRow("search operator") << QStringLiteral("_filters") << QStringLiteral(R"([["search","IN","a,b"]])")
                                         << QStringLiteral("_filters[0][1]");
        QTest::newRow("sort field") << QStringLiteral("_sortField") << QStringLiteral("password")
                                    << QStringLiteral("_sortField");
        QTest::newRow("per page") << QStringLiteral("_perPage") << QStringLiteral("1e3") << QStringLiteral("_perPage");
    }

    void refusesMalformedQueries()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(QString, mentions);
        SandboxClient client(m_sandbox);
        const HttpReply reply = client.get(QStringLiteral("/tickets"), {{name, value}});
        QCOMPARE(reply.status, 400);
        QVERIFY2(reply.message().startsWith(mentions), reply.body.constData());
    }
};

QTEST_GUILESS_MAIN(TestSandboxTicketList)
#include "tst_sandbox_ticketlist.moc"
