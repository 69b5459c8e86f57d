// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/wire/wire.h"
#include "testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Frontline;

class TestWire : public QObject
{
    Q_OBJECT

private:
    static QList<Ticket> decodeTickets(const QByteArray &body)
    {
        auto array = Wire::parseArray(body);
        if (!array)
            qFatal("parse failed: %s", qPrintable(array.error().toString()));
        auto tickets = Wire::decodeList<Ticket>(*array, Wire::decodeTicket);
        if (!tickets)
            qFatal("decode failed: %s", qPrintable(tickets.error().toString()));
        return *tickets;
    }

    static DecodeError ticketError(const QByteArray &body)
    {
        auto array = Wire::parseArray(body);
        if (!array)
            return array.error();
        auto tickets = Wire::decodeList<Ticket>(*array, Wire::decodeTicket);
        return tickets ? DecodeError{} : tickets.error();
    }

private slots:
    void decodesEveryTicketField()
    {
        const QList<Ticket> tickets = decodeTickets(Test::readData(QStringLiteral("wire/tickets.json")));
        QCOMPARE(tickets.size(), 2);
        const Ticket &t = tickets.first();
        QCOMPARE(t.id, QStringLiteral("t8kq2v1"));
        QCOMPARE(t.ownerName, QStringLiteral("Mette Holm"));
        QCOMPARE(t.departmentId, QStringLiteral("billing"));
        QCOMPARE(t.agentId, QStringLiteral("a3n7u"));
        QCOMPARE(t.statusKind(), TicketStatus::Open);
        QCOMPARE(channelTypeFromCode(t.channelType), ChannelType::Email);
        QCOMPARE(t.tagIds, (QStringList{QStringLiteral("refund"), QStringLiteral("vip")}));
        QCOMPARE(t.dateCreated, QDateTime(QDate(2026, 11, 20), QTime(15, 0), Qt::UTC));
        // An ISO date with an offset is converted to UTC: 11:00+01:00 is 10:00Z.
        QCOMPARE(t.dateDue, QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC));
        QCOMPARE(t.dateDue.timeSpec(), Qt::UTC);
        QVERIFY(!t.dateResolved.isValid()); // "" is no date
        QVERIFY(!t.dateDeleted.isValid()); // null is no date
        QCOMPARE(t.customFields.size(), 1);
        QCOMPARE(t.customFields.first().value, QStringLiteral("88213"));
    }

    void keepsUnknownLettersAndNumericIds()
    {
        const QList<Ticket> tickets = decodeTickets(Test::readData(QStringLiteral("wire/tickets.json")));
        const Ticket &t = tickets.at(1);
        QCOMPARE(t.id, QStringLiteral("4242"));
        QCOMPARE(t.status, QStringLiteral("Q"));
        QCOMPARE(t.statusKind(), TicketStatus::Unknown);
        QVERIFY(isActiveStatus(t.statusKind())); // shown, not hidden
        QCOMPARE(channelTypeFromCode(t.channelType), ChannelType::Unknown);
        QVERIFY(t.isUnassigned());
        QVERIFY(!t.dateCreated.isValid()); // the null date 0000-00-00
    }

    void rejectsStructurallyWrongJsonNamingTheField_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("tags not an array")
                << QByteArray(R"([{"id":"a"},{"id":"b","tags":"vip"}])") << QStringLiteral("[1].tags");
        QTest::newRow("tag item an object")
                << QByteArray(R"([{"id":"a","tags":["x",{}]}])") << QStringLiteral("[0].tags[1]");
        QTest::newRow("bad date") << QByteArray(R"([{"id":"a","date_changed":"yesterday"}])")
                                  << QStringLiteral("[0].date_changed");
        QTest::newRow("missing id") << QByteArray(R"([{"subject":"no id"}])") << QStringLiteral("[0].id");
        QTest::newRow("subject an object")
                << QByteArray(R"([{"id":"a","subject":{"x":1}}])") << QStringLiteral("[0].subject");
        QTest::newRow("item not an object") << QByteArray(R"([{"id":"a"}, 7])") << QStringLiteral("[1]");
    }

    void rejectsStructurallyWrongJsonNamingTheField()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const DecodeError error = ticketError(body);
        QCOMPARE(error.field, field);
        QVERIFY(!error.problem.isEmpty());
    }

    void malformedJsonIsADecodeError()
    {
        const DecodeError error = ticketError(QByteArray(R"([{"id":"a",)"));
        QVERIFY(error.problem.startsWith(QStringLiteral("malformed JSON")));
        auto notArray = Wire::parseArray(QByteArray(R"({"message":"x"})"));
        QVERIFY(!notArray);
        QVERIFY(notArray.error().problem.contains(QStringLiteral("array")));
    }

    void ticketRoundTrips()
    {
        const QList<Ticket> tickets = decodeTickets(Test::readData(QStringLiteral("wire/tickets.json")));
        for (const Ticket &t : tickets) {
            auto again = Wire::decodeTicket(Wire::encodeTicket(t));
            QVERIFY(again);
            QCOMPARE(*again, t);
        }
    }

    void messageGroupErrorsCarryTheNestedPath()
    {
        const QByteArray body = R"([{"id":"g1","type":"3","messages":[
            {"id":"m1","type":"M","format":"T","message":"Hej","datecreated":"2026-11-23 08:00:00"},
            {"id":"m2","type":"M","format":"T","message":"x","datecreated":"23/11/2026"}]}])";
        auto array = Wire::parseArray(body);
        QVERIFY(array);
        auto groups = Wire::decodeList<MessageGroup>(*array, Wire::decodeMessageGroup);
        QVERIFY(!groups);
        QCOMPARE(groups.error().field, QStringLiteral("[0].messages[1].datecreated"));
    }

    void messageGroupRoundTripsWithUnknownTypes()
    {
        MessageGroup g;
        g.id = QStringLiteral("g7");
        g.type = QStringLiteral("9"); // a type letter we do not know
        g.status = QStringLiteral("V");
        g.userFullName = QStringLiteral("Ana Ruiz");
        g.dateCreated = QDateTime(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC);
        g.sortOrder = 3;
        g.messages.append(Message{QStringLiteral("m1"), QStringLiteral("u1"), QStringLiteral("M"), QStringLiteral("H"),
                                  QStringLiteral("<p>Hola</p>"), QString(), g.dateCreated});
        auto again = Wire::decodeMessageGroup(Wire::encodeMessageGroup(g));
        QVERIFY(again);
        QCOMPARE(*again, g);
        QCOMPARE(again->messages.first().formatKind(), MessageFormat::Html);
    }

    void ticketUpdateSendsOnlyWhatIsSet()
    {
        TicketUpdate u;
        u.departmentId = QStringLiteral("billing");
        u.agentId = QString(); // a transfer leaves the ticket unassigned: agentid "" is sent
        const QJsonObject o = Wire::encodeTicketUpdate(u);
        QCOMPARE(o.keys(), (QStringList{QStringLiteral("agentid"), QStringLiteral("departmentid")}));
        QCOMPARE(o.value(QStringLiteral("agentid")).toString(), QString());
        auto back = Wire::decodeTicketUpdate(o);
        QVERIFY(back);
        QCOMPARE(*back, u);
        QVERIFY(!back->status.has_value());
    }

    void directoryModelsDecode()
    {
        auto agent = Wire::decodeAgent(
                QJsonDocument::fromJson(
                        R"({"id":"a1","name":"Jonas","email":"j@x.dk","online_status":"P","roleId":"r"})")
                        .object());
        QVERIFY(agent);
        QCOMPARE(agent->onlineStatusKind(), OnlineStatus::Paused);

        auto device = Wire::decodeDevice(
                QJsonDocument::fromJson(
                        R"({"id":17,"agent_id":"a1","type":"W","service_type":"T","preset_status":"F"})")
                        .object());
        QVERIFY(device);
        QCOMPARE(device->id, 17);
        QCOMPARE(device->onlineStatus, QStringLiteral("N")); // the model's default
        QCOMPARE(device->routeIfOffline, QStringLiteral("Y"));

        auto canned = Wire::decodeCannedMessage(QJsonDocument::fromJson(R"({"id":"c1","keywords":"hej"})").object());
        QVERIFY(!canned); // messagetext is required
        QCOMPARE(canned.error().field, QStringLiteral("messagetext"));

        auto answer = Wire::decodePredefinedAnswer(
                QJsonDocument::fromJson(R"({"id":"p1","name":"Refund","body":"Hi {name}"})").object());
        QVERIFY(answer);
        QCOMPARE(answer->format, QStringLiteral("T")); // default text

        auto dept = Wire::decodeDepartment(
                QJsonDocument::fromJson(
                        R"({"department_id":"d1","name":"Billing","agent_ids":["a1","a2"],"agent_count":"2"})")
                        .object());
        QVERIFY(dept);
        QCOMPARE(dept->agentCount, 2);
        QCOMPARE(dept->agentIds.size(), 2);
    }

    void apiKeyIdIsANumberOnTheWire()
    {
        // Decoded from a number or a string, always encoded as a number (contract 2.2).
        auto fromNumber = Wire::decodeApiKey(
                QJsonObject{{QStringLiteral("id"), 17}, {QStringLiteral("key"), QStringLiteral("k")}});
        QVERIFY(fromNumber);
        QCOMPARE(fromNumber->id, QStringLiteral("17"));
        auto fromString = Wire::decodeApiKey(QJsonObject{{QStringLiteral("id"), QStringLiteral("17")},
                                                         {QStringLiteral("key"), QStringLiteral("k")}});
        QVERIFY(fromString);
        QCOMPARE(fromString->id, QStringLiteral("17"));
        const QJsonObject encoded = Wire::encodeApiKey(*fromString);
        QVERIFY(encoded.value(QStringLiteral("id")).isDouble());
        QCOMPARE(encoded.value(QStringLiteral("id")).toInteger(), 17);
        QCOMPARE(Wire::decodeApiKey(encoded).value(), *fromString);

        auto noKey = Wire::decodeApiKey(QJsonObject{{QStringLiteral("id"), 3}});
        QVERIFY(!noKey);
        QCOMPARE(noKey.error().field, QStringLiteral("key"));
        auto badPrivilege = Wire::decodeApiKey(QJsonObject{{QStringLiteral("key"), QStringLiteral("k")},
                                                           {QStringLiteral("privileges"), QJsonArray{7}}});
        QCOMPARE(badPrivilege.error().field, QStringLiteral("privileges[0]"));
    }

    void apiKeyLoginRoundTripsWithWhitelist()
    {
        ApiKeyLogin l;
        l.login = QStringLiteral("ann@acme.example");
        l.password = QStringLiteral("pw");
        l.validTo = QDateTime(QDate(2027, 1, 2), QTime(3, 4, 5), Qt::UTC);
        l.type = QStringLiteral("A");
        l.whitelist = QStringLiteral("10.0.0.0/8");
        const QJsonObject o = Wire::encodeApiKeyLogin(l);
        QCOMPARE(o.value(QStringLiteral("whitelist")).toString(), QStringLiteral("10.0.0.0/8"));
        QCOMPARE(o.value(QStringLiteral("valid_to_date")).toString(), QStringLiteral("2027-01-02 03:04:05"));
        QVERIFY(!o.contains(QStringLiteral("installid"))); // empty optional fields are left out
        QCOMPARE(Wire::decodeApiKeyLogin(o).value(), l);
        auto noPassword = Wire::decodeApiKeyLogin(QJsonObject{{QStringLiteral("login"), QStringLiteral("a")}});
        QCOMPARE(noPassword.error().field, QStringLiteral("password"));
    }

    void newTicketFlagsAreLetters()
    {
        NewTicket n;
        n.userIdentifier = QStringLiteral("c@example.com");
        n.subject = QStringLiteral("S");
        n.departmentId = QStringLiteral("d1");
        n.recipient = QStringLiteral("support@acme.example");
        n.message = QStringLiteral("M");
        n.html = true;
        const QJsonObject o = Wire::encodeNewTicket(n);
        QCOMPARE(o.value(QStringLiteral("is_html_message")).toString(), QStringLiteral("Y"));
        QCOMPARE(o.value(QStringLiteral("do_not_send_mail")).toString(), QStringLiteral("N"));
        QCOMPARE(Wire::decodeNewTicket(o).value(), n);

        QJsonObject sparse = o;
        sparse.remove(QStringLiteral("is_html_message"));
        sparse.remove(QStringLiteral("use_template"));
        sparse.insert(QStringLiteral("status"), QStringLiteral("Q")); // unknown letters are kept
        auto decoded = Wire::decodeNewTicket(sparse);
        QVERIFY(decoded);
        QVERIFY(!decoded->html);
        QVERIFY(decoded->useTemplate);
        QCOMPARE(decoded->status, QStringLiteral("Q"));

        QJsonObject shape = o;
        shape.insert(QStringLiteral("tags"), QStringLiteral("vip"));
        QCOMPARE(Wire::decodeNewTicket(shape).error().field, QStringLiteral("tags"));
        shape = o;
        shape.remove(QStringLiteral("recipient"));
        QCOMPARE(Wire::decodeNewTicket(shape).error().field, QStringLiteral("recipient"));
    }

    void ticketInformationNamesTheOwnerTwice()
    {
        Ticket t;
        t.id = QStringLiteral("t1");
        t.ownerContactId = QStringLiteral("c9");
        t.tagIds = {QStringLiteral("a"), QStringLiteral("b")};
        const QJsonObject o = Wire::encodeTicketInformation(t);
        QCOMPARE(o.value(QStringLiteral("ownerid")).toString(), QStringLiteral("c9"));
        QCOMPARE(o.value(QStringLiteral("owner_contactid")).toString(), QStringLiteral("c9"));
        QCOMPARE(o.value(QStringLiteral("tags")).toString(), QStringLiteral("a,b"));
        auto onlyOwnerId = Wire::decodeTicketInformation(QJsonObject{
                {QStringLiteral("id"), QStringLiteral("t1")}, {QStringLiteral("ownerid"), QStringLiteral("c9")}});
        QCOMPARE(onlyOwnerId->ownerContactId, QStringLiteral("c9"));
    }

    void timeZonesLoginKeysPostponementsAndErrors()
    {
        auto zone = Wire::decodeTimeZone(QJsonObject{{QStringLiteral("name"), QStringLiteral("Copenhagen")}});
        QVERIFY(zone); // both fields are optional
        QCOMPARE(zone->name, QStringLiteral("Copenhagen"));
        const TimeZoneInfo cph{QStringLiteral("Europe/Copenhagen"), QStringLiteral("Copenhagen")};
        QCOMPARE(Wire::decodeTimeZone(Wire::encodeTimeZone(cph)).value(), cph);

        QCOMPARE(Wire::decodeLoginKey(Wire::encodeLoginKey(QStringLiteral("lk-1"))).value(), QStringLiteral("lk-1"));
        QCOMPARE(Wire::decodeLoginKey(QJsonObject{}).error().field, QStringLiteral("login_key"));

        const QDateTime until(QDate(2026, 12, 1), QTime(9, 30), Qt::OffsetFromUTC, 3600);
        const QJsonObject postpone = Wire::encodeTicketPostpone(until);
        QCOMPARE(postpone.value(QStringLiteral("date_time")).toString(), QStringLiteral("2026-12-01 08:30:00"));
        QCOMPARE(Wire::decodeTicketPostpone(postpone).value(), until);
        QCOMPARE(Wire::decodeTicketPostpone(QJsonObject{}).error().field, QStringLiteral("date_time"));
        QCOMPARE(Wire::decodeTicketPostpone(QJsonObject{{QStringLiteral("date_time"), QStringLiteral("soon")}})
                         .error()
                         .field,
                 QStringLiteral("date_time"));

        QCOMPARE(Wire::decodeErrorMessage(Wire::encodeError(QStringLiteral("Ticket not found"))),
                 QStringLiteral("Ticket not found"));
        QCOMPARE(Wire::decodeErrorMessage(QJsonObject{{QStringLiteral("message"), 42}}), QString());
    }

    void v1MessageFormIsReadTolerantly()
    {
        const QList<std::pair<QString, QString>> form{{QStringLiteral("message"), QStringLiteral("Hi")},
                                                      {QStringLiteral("type"), QStringLiteral(" n ")},
                                                      {QStringLiteral("useridentifier"), QStringLiteral(" a@b.c ")},
                                                      {QStringLiteral("is_html_message"), QStringLiteral("y")},
                                                      {QStringLiteral("apikey"), QStringLiteral("secret")}};
        auto m = Wire::decodeV1MessagePost(form);
        QVERIFY(m);
        QCOMPARE(m->type, V1MessagePost::Type::Note);
        QCOMPARE(m->userIdentifier, QStringLiteral("a@b.c"));
        QVERIFY(m->html);
        auto noType = Wire::decodeV1MessagePost(
                {{QStringLiteral("message"), QStringLiteral("Hi")}, {QStringLiteral("type"), QString()}});
        QCOMPARE(noType->type, V1MessagePost::Type::Reply);
        auto badType = Wire::decodeV1MessagePost(
                {{QStringLiteral("message"), QStringLiteral("Hi")}, {QStringLiteral("type"), QStringLiteral("Z")}});
        QCOMPARE(badType.error().field, QStringLiteral("type"));
        QCOMPARE(Wire::decodeV1MessagePost({}).error().field, QStringLiteral("message"));
        // `+` is a space when read, `%2B` when written.
        QCOMPARE(Wire::decodeForm("a=x+y%2B"),
                 (QList<std::pair<QString, QString>>{{QStringLiteral("a"), QStringLiteral("x y+")}}));
        QCOMPARE(Wire::encodeForm({{QStringLiteral("a"), QStringLiteral("x y+")}}), QByteArray("a=x%20y%2B"));
    }
};

QTEST_GUILESS_MAIN(TestWire)
#include "tst_wire.moc"
