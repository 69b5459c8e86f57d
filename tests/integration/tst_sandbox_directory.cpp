// SPDX-License-Identifier: GPL-3.0-or-later
// Agents, presence (pause and resume through devices, contract 11.4), devices, departments,
// SLA levels, canned messages, predefined answers, tags and time zones.
#include "sandboxclient.h"
#include "sandboxprocess.h"

#include "api/wire/wire.h"

#include <QTest>

using namespace Frontline;
using namespace Frontline::Test;

namespace {

QStringList ids(const QJsonArray &array, const QString &field = QStringLiteral("id"))
{
    QStringList out;
    for (const QJsonValue &v : array)
        out.append(v.toObject().value(field).toVariant().toString());
    return out;
}

} // namespace

class TestSandboxDirectory : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox{SandboxProcess::smallSeed()
                             + QStringList{QStringLiteral("--rate-limit"), QStringLiteral("0")}};

    QString onlineStatus(SandboxClient &client, const QString &agent)
    {
        return client.get(QStringLiteral("/agents/") + agent)
                .object()
                .value(QStringLiteral("online_status"))
                .toString();
    }

private slots:
    void initTestCase() { QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString())); }

    void listsAgentsWithTheirPresence()
    {
        SandboxClient client(m_sandbox);
        const HttpReply reply = client.get(QStringLiteral("/agents"));
        QCOMPARE(reply.status, 200);
        auto agents = Wire::decodeList<Agent>(reply.array(), Wire::decodeAgent);
        QVERIFY(agents);
        QCOMPARE(agents->size(), 4);
        QCOMPARE(agents->at(0).id, QStringLiteral("ag-lars"));
        QCOMPARE(agents->at(0).email, QStringLiteral("lars.nielsen@demo.frontline.example"));
        QCOMPARE(agents->at(2).onlineStatus, QStringLiteral("P")); // ingrid starts paused
        QCOMPARE(agents->at(3).onlineStatus, QStringLiteral("F")); // matej starts offline
        QCOMPARE(agents->at(3).twoFactorAuth, QStringLiteral("Y"));

        QCOMPARE(client.get(QStringLiteral("/agents"),
                            {{QStringLiteral("_filters"), QStringLiteral(R"({"online_status":"N"})")}})
                         .array()
                         .size(),
                 2);
        QCOMPARE(ids(client.get(QStringLiteral("/agents"),
                                {{QStringLiteral("_sortField"), QStringLiteral("name")},
                                 {QStringLiteral("_sortDir"), QStringLiteral("DESC")},
                                 {QStringLiteral("_perPage"), QStringLiteral("2")}})
                             .array()),
                 (QStringList{QStringLiteral("ag-sofia"), QStringLiteral("ag-matej")}));
        QCOMPARE(ids(client.get(QStringLiteral("/agents"),
                                {{QStringLiteral("_page"), QStringLiteral("2")},
                                 {QStringLiteral("_perPage"), QStringLiteral("3")}})
                             .array()),
                 QStringList{QStringLiteral("ag-matej")});
        QCOMPARE(ids(client.get(QStringLiteral("/agents"),
                                {{QStringLiteral("_from"), QStringLiteral("1")},
                                 {QStringLiteral("_to"), QStringLiteral("3")}})
                             .array()),
                 (QStringList{QStringLiteral("ag-sofia"), QStringLiteral("ag-ingrid")}));

        const HttpReply one = client.get(QStringLiteral("/agents/ag-sofia"));
        QCOMPARE(one.status, 200);
        QCOMPARE(one.object().value(QStringLiteral("name")).toString(), QStringLiteral("Sofia García"));
        QCOMPARE(client.get(QStringLiteral("/agents/nobody")).status, 404);
        QCOMPARE(client.get(QStringLiteral("/agents/nobody")).message(), QStringLiteral("Agent not found"));
    }

    void refusesBadListParameters_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::newRow("page") << QStringLiteral("_page") << QStringLiteral("zero");
        QTest::newRow("page 0") << QStringLiteral("_page") << QStringLiteral("0");
        QTest::newRow("perPage") << QStringLiteral("_perPage") << QStringLiteral("100000");
        QTest::newRow("from") << QStringLiteral("_from") << QStringLiteral("-1");
        QTest::newRow("sortDir") << QStringLiteral("_sortDir") << QStringLiteral("UP");
        QTest::newRow("sortField") << QStringLiteral("_sortField") << QStringLiteral("shoe_size");
        QTest::newRow("filters") << QStringLiteral("_filters") << QStringLiteral("[[\"name\",\"XX\",\"a\"]]");
        QTest::newRow("filter field") << QStringLiteral("_filters") << QStringLiteral("{\"shoe_size\":\"42\"}");
    }

    void refusesBadListParameters()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        SandboxClient client(m_sandbox);
        const HttpReply reply = client.get(QStringLiteral("/agents"), {{name, value}});
        QCOMPARE(reply.status, 400);
        QVERIFY2(reply.message().contains(name), reply.body.constData());
    }

    void pauseAndResumeThroughDevices()
    {
        SandboxClient client(m_sandbox);
        QCOMPARE(onlineStatus(client, QStringLiteral("ag-sofia")), QStringLiteral("N"));
        HttpReply paused = client.post(QStringLiteral("/agents/ag-sofia/_pause"), {});
        QCOMPARE(paused.status, 200);
        QCOMPARE(paused.body, QByteArray("{}"));
        QCOMPARE(onlineStatus(client, QStringLiteral("ag-sofia")), QStringLiteral("P"));
        const QJsonArray statuses = client.get(QStringLiteral("/agents/ag-sofia/status")).array();
        QCOMPARE(statuses.size(), 1);
        QCOMPARE(statuses.at(0).toObject().value(QStringLiteral("departmentid")).toString(),
                 QStringLiteral("first-line"));
        QCOMPARE(statuses.at(0).toObject().value(QStringLiteral("work_allocation_allowed")).toBool(), false);

        // Resume (contract 11.4): the device's preset back to N.
        const QJsonArray devices =
                client.get(QStringLiteral("/devices"),
                           {{QStringLiteral("_filters"), QStringLiteral(R"({"agent_id":"ag-sofia"})")}})
                        .array();
        QCOMPARE(devices.size(), 1);
        auto device = Wire::decodeDevice(devices.at(0).toObject());
        QVERIFY(device);
        device->presetStatus = QStringLiteral("N");
        const HttpReply put = client.put(QStringLiteral("/devices/%1").arg(device->id), Wire::encodeDevice(*device));
        QCOMPARE(put.status, 200);
        QCOMPARE(onlineStatus(client, QStringLiteral("ag-sofia")), QStringLiteral("N"));
        QCOMPARE(client.get(QStringLiteral("/agents/ag-sofia/status"))
                         .array()
                         .at(0)
                         .toObject()
                         .value(QStringLiteral("work_allocation_allowed")),
                 QJsonValue(true));

        // Or per department: online_status N of a device department.
        QCOMPARE(client.post(QStringLiteral("/agents/ag-sofia/_pause"), {}).status, 200);
        const QString path = QStringLiteral("/devices/%1/departments/first-line").arg(device->id);
        const HttpReply row = client.get(path);
        QCOMPARE(row.status, 200);
        QCOMPARE(row.object().value(QStringLiteral("department_name")).toString(), QStringLiteral("First line"));
        QCOMPARE(client.put(path, QJsonObject{{QStringLiteral("online_status"), QStringLiteral("N")}}).status, 200);
        QCOMPARE(onlineStatus(client, QStringLiteral("ag-sofia")), QStringLiteral("N"));

        // Going offline: every device F.
        device->presetStatus = QStringLiteral("F");
        QCOMPARE(client.put(QStringLiteral("/devices/%1").arg(device->id), Wire::encodeDevice(*device)).status, 200);
        QCOMPARE(onlineStatus(client, QStringLiteral("ag-sofia")), QStringLiteral("F"));
        device->presetStatus = QStringLiteral("N");
        QCOMPARE(client.put(QStringLiteral("/devices/%1").arg(device->id), Wire::encodeDevice(*device)).status, 200);

        QCOMPARE(client.post(QStringLiteral("/agents/nobody/_pause"), {}).status, 404);
        QCOMPARE(client.get(QStringLiteral("/agents/nobody/status")).status, 404);
    }

    void createsReadsAndDeletesDevices()
    {
        SandboxClient client(m_sandbox);
        Device phone;
        phone.agentId = QStringLiteral("ag-matej");
        phone.phoneId = QStringLiteral("android-1");
        phone.type = QStringLiteral("A");
        phone.serviceType = QStringLiteral("P");
        phone.presetStatus = QStringLiteral("N");
        const HttpReply created = client.post(QStringLiteral("/devices"), Wire::encodeDevice(phone));
        QCOMPARE(created.status, 200);
        auto device = Wire::decodeDevice(created.object());
        QVERIFY(device);
        QVERIFY(device->id > 0);
        QCOMPARE(device->phoneId, QStringLiteral("android-1"));
        QCOMPARE(onlineStatus(client, QStringLiteral("ag-matej")), QStringLiteral("N")); // his phone is on now

        const QString path = QStringLiteral("/devices/%1").arg(device->id);
        QCOMPARE(client.get(path).object(), created.object());
        const QJsonArray departments = client.get(path + QStringLiteral("/departments")).array();
        QCOMPARE(ids(departments, QStringLiteral("department_id")), QStringList{QStringLiteral("tier2")});
        QCOMPARE(client.get(QStringLiteral("/devices"),
                            {{QStringLiteral("_filters"),
                              QStringLiteral(R"({"phone_id":"android-1","service_type":"P"})")}})
                         .array()
                         .size(),
                 1);
        QCOMPARE(client.remove(path).status, 200);
        QCOMPARE(client.get(path).status, 404);
        QCOMPARE(onlineStatus(client, QStringLiteral("ag-matej")), QStringLiteral("F"));
    }

    void refusesBadDevices_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("field");
        const QJsonObject good{{QStringLiteral("agent_id"), QStringLiteral("ag-lars")},
                               {QStringLiteral("type"), QStringLiteral("W")},
                               {QStringLiteral("service_type"), QStringLiteral("T")},
                               {QStringLiteral("preset_status"), QStringLiteral("N")}};
        QJsonObject missing = good;
        missing.remove(QStringLiteral("preset_status"));
        QJsonObject badType = good;
        badType.insert(QStringLiteral("type"), QStringLiteral("Z"));
        QJsonObject badAgent = good;
        badAgent.insert(QStringLiteral("agent_id"), QStringLiteral("nobody"));
        QJsonObject badShape = good;
        badShape.insert(QStringLiteral("service_type"), QJsonObject());
        QTest::newRow("missing") << missing << QStringLiteral("preset_status");
        QTest::newRow("letter") << badType << QStringLiteral("type");
        QTest::newRow("agent") << badAgent << QStringLiteral("agent_id");
        QTest::newRow("shape") << badShape << QStringLiteral("service_type");
    }

    void refusesBadDevices()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, field);
        SandboxClient client(m_sandbox);
        const HttpReply reply = client.post(QStringLiteral("/devices"), body);
        QCOMPARE(reply.status, 400);
        QVERIFY2(reply.message().contains(field), reply.body.constData());
        QCOMPARE(client.get(QStringLiteral("/devices/abc")).status, 400);
        QCOMPARE(client.get(QStringLiteral("/devices/999")).status, 404);
        QCOMPARE(client.get(QStringLiteral("/devices/1/departments/nowhere")).status, 404);
        QCOMPARE(client.put(QStringLiteral("/devices/1/departments/first-line"),
                            QJsonObject{{QStringLiteral("online_status"), QStringLiteral("maybe")}})
                         .status,
                 400);
    }

    void servesDepartments()
    {
        SandboxClient client(m_sandbox);
        const HttpReply reply = client.get(QStringLiteral("/departments"));
        auto departments = Wire::decodeList<Department>(reply.array(), Wire::decodeDepartment);
        QVERIFY(departments);
        QCOMPARE(departments->size(), 3);
        QCOMPARE(departments->at(0).name, QStringLiteral("First line"));
        QCOMPARE(departments->at(0).agentIds, (QStringList{QStringLiteral("ag-lars"), QStringLiteral("ag-sofia")}));
        QCOMPARE(departments->at(0).agentCount, 2);
        QCOMPARE(departments->at(0).onlineStatus, QStringLiteral("N"));
        QCOMPARE(client.get(QStringLiteral("/departments/billing")).object().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Billing"));
        QCOMPARE(client.get(QStringLiteral("/departments/nowhere")).status, 404);
    }

    void servesSlaLevels()
    {
        SandboxClient client(m_sandbox);
        auto levels = Wire::decodeList<SlaLevel>(client.get(QStringLiteral("/slas")).array(), Wire::decodeSlaLevel);
        QVERIFY(levels);
        QCOMPARE(levels->size(), 2);
        const SlaLevel &standard = levels->at(0);
        QCOMPARE(standard.name, QStringLiteral("Standard"));
        QCOMPARE(standard.targets.firstAnswer, std::optional(std::chrono::seconds(7200)));
        QVERIFY(standard.businessHours);
        QCOMPARE(standard.businessHours->timeZoneId, QByteArray("Europe/Copenhagen"));
        QCOMPARE(standard.businessHours->holidays.size(), 4);
        QVERIFY(!levels->at(1).businessHours); // VIP: 24/7
        const HttpReply vip = client.get(QStringLiteral("/slas/vip"));
        QCOMPARE(vip.status, 200);
        QCOMPARE(vip.object().value(QStringLiteral("name")).toString(), QStringLiteral("VIP"));
        QCOMPARE(client.get(QStringLiteral("/slas/gold")).status, 404);
    }

    void servesCannedMessagesAndPredefinedAnswers()
    {
        SandboxClient client(m_sandbox);
        auto canned = Wire::decodeList<CannedMessage>(client.get(QStringLiteral("/canned_messages")).array(),
                                                      Wire::decodeCannedMessage);
        QVERIFY(canned);
        QCOMPARE(canned->size(), 3);
        QVERIFY(canned->at(0).text.contains(QStringLiteral("{$customer_firstname}")));
        QCOMPARE(client.get(QStringLiteral("/canned_messages"),
                            {{QStringLiteral("_filters"), QStringLiteral(R"([["departmentid","E","billing"]])")}})
                         .array()
                         .size(),
                 1);
        QCOMPARE(client.get(QStringLiteral("/canned_messages/cm-02")).status, 200);
        QCOMPARE(client.get(QStringLiteral("/canned_messages/cm-99")).status, 404);

        auto answers = Wire::decodeList<PredefinedAnswer>(client.get(QStringLiteral("/predefined_answers")).array(),
                                                          Wire::decodePredefinedAnswer);
        QVERIFY(answers);
        QCOMPARE(answers->size(), 2);
        QCOMPARE(answers->at(1).format, QStringLiteral("H"));
        QCOMPARE(client.get(QStringLiteral("/predefined_answers/pa-01"))
                         .object()
                         .value(QStringLiteral("name"))
                         .toString(),
                 QStringLiteral("Password reset"));
        QCOMPARE(client.get(QStringLiteral("/predefined_answers/pa-99")).status, 404);
    }

    void servesTags()
    {
        SandboxClient client(m_sandbox);
        auto tags = Wire::decodeList<Tag>(client.get(QStringLiteral("/tags")).array(), Wire::decodeTag);
        QVERIFY(tags);
        QCOMPARE(tags->size(), 3);
        QCOMPARE(tags->at(0).backgroundColor, QStringLiteral("#b3261e"));
        // GET /tags/{id} answers a list of one (contract 6.8).
        const HttpReply one = client.get(QStringLiteral("/tags/refund"));
        QCOMPARE(one.status, 200);
        QCOMPARE(one.array().size(), 1);
        QCOMPARE(one.array().at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Refund"));
        QCOMPARE(client.get(QStringLiteral("/tags/none")).status, 404);
    }

    void servesTimeZonesAndLoginKeys()
    {
        SandboxClient client(m_sandbox);
        const QJsonArray zones = client.get(QStringLiteral("/time_zones")).array();
        QVERIFY(zones.size() > 100);
        bool copenhagen = false;
        for (const QJsonValue &v : zones) {
            auto zone = Wire::decodeTimeZone(v.toObject());
            QVERIFY(zone);
            copenhagen = copenhagen || zone->code == u"Europe/Copenhagen";
        }
        QVERIFY(copenhagen);
        const HttpReply key = client.get(QStringLiteral("/agents/ag-lars/login_key"));
        QCOMPARE(key.status, 200);
        auto loginKey = Wire::decodeLoginKey(key.object());
        QVERIFY(loginKey);
        QVERIFY(loginKey->size() >= 16);
        QCOMPARE(client.get(QStringLiteral("/agents/nobody/login_key")).status, 404);
    }

    void answersUnknownPathsAndMethods()
    {
        SandboxClient client(m_sandbox);
        const HttpReply unknown = client.get(QStringLiteral("/unicorns"));
        QCOMPARE(unknown.status, 404);
        QVERIFY(!unknown.message().isEmpty());
        QCOMPARE(client.send("PATCH", QStringLiteral("/tickets"), {}, {}, {}).status, 405);
        QCOMPARE(client.remove(QStringLiteral("/agents/ag-lars")).status, 405);
    }
};

QTEST_GUILESS_MAIN(TestSandboxDirectory)
#include "tst_sandbox_directory.moc"
