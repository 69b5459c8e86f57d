// SPDX-License-Identifier: GPL-3.0-or-later
// Routing of new tickets (seeds 000, 001, 002): round-robin among the department's agents
// who are online and not paused; a paused agent gets nothing new until resumed; with nobody
// available the ticket waits unassigned in the department's queue.
#include "sandboxclient.h"
#include "sandboxprocess.h"

#include "api/wire/wire.h"

#include <QTest>

using namespace Frontline;
using namespace Frontline::Test;

class TestSandboxRouting : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox{SandboxProcess::smallSeed()
                             + QStringList{QStringLiteral("--rate-limit"), QStringLiteral("0")}};

    QString createIn(const QString &department, int n)
    {
        SandboxClient client(m_sandbox);
        const HttpReply reply = client.post(
                QStringLiteral("/tickets"),
                QJsonObject{{QStringLiteral("useridentifier"), QStringLiteral("customer%1@example.com").arg(n)},
                            {QStringLiteral("subject"), QStringLiteral("Question %1").arg(n)},
                            {QStringLiteral("departmentid"), department},
                            {QStringLiteral("recipient"), QStringLiteral("support@demo.frontline.example")},
                            {QStringLiteral("message"), QStringLiteral("Hello")}});
        return reply.status == 200 ? reply.object().value(QStringLiteral("agentid")).toString()
                                   : QStringLiteral("<error %1>").arg(reply.status);
    }

    void setDevice(const QString &agent, const QString &preset)
    {
        SandboxClient client(m_sandbox);
        const QJsonArray devices =
                client.get(QStringLiteral("/devices"),
                           {{QStringLiteral("_filters"), QStringLiteral("[[\"agent_id\",\"E\",\"%1\"]]").arg(agent)}})
                        .array();
        QCOMPARE(devices.size(), 1);
        QJsonObject device = devices.at(0).toObject();
        device.insert(QStringLiteral("preset_status"), preset);
        const qint64 id = qint64(device.value(QStringLiteral("id")).toDouble());
        QCOMPARE(client.put(QStringLiteral("/devices/%1").arg(id), device).status, 200);
    }

private slots:
    void init()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString())); // a fresh help desk each time
    }

    void cleanup() { m_sandbox.stop(); }

    void roundRobinAmongAvailableAgents()
    {
        QStringList owners;
        for (int i = 0; i < 6; ++i)
            owners.append(createIn(QStringLiteral("first-line"), i));
        // Lars and Sofia take turns.
        QCOMPARE(owners.count(QStringLiteral("ag-lars")), 3);
        QCOMPARE(owners.count(QStringLiteral("ag-sofia")), 3);
        for (int i = 1; i < owners.size(); ++i)
            QVERIFY(owners.at(i) != owners.at(i - 1));
    }

    void aPausedAgentGetsNothingNewUntilResumed()
    {
        SandboxClient client(m_sandbox);
        QCOMPARE(client.post(QStringLiteral("/agents/ag-lars/_pause"), {}).status, 200);
        QStringList owners;
        for (int i = 0; i < 20; ++i)
            owners.append(createIn(QStringLiteral("first-line"), i));
        QCOMPARE(owners.count(QStringLiteral("ag-sofia")), 20);
        QCOMPARE(owners.count(QStringLiteral("ag-lars")), 0);
        const QJsonArray larsTickets =
                client.get(QStringLiteral("/tickets"),
                           {{QStringLiteral("_filters"),
                             QStringLiteral(R"([["agentid","IN","ag-lars"],["status","E","N"]])")},
                            {QStringLiteral("_perPage"), QStringLiteral("100")}})
                        .array();
        QCOMPARE(larsTickets.size(), 1); // only the seed's t-0005

        // Resume (contract 11.4): his device back to N. He is next in the circle.
        setDevice(QStringLiteral("ag-lars"), QStringLiteral("N"));
        QCOMPARE(client.get(QStringLiteral("/agents/ag-lars"))
                         .object()
                         .value(QStringLiteral("online_status"))
                         .toString(),
                 QStringLiteral("N"));
        owners.clear();
        for (int i = 0; i < 4; ++i)
            owners.append(createIn(QStringLiteral("first-line"), 100 + i));
        QCOMPARE(owners,
                 (QStringList{QStringLiteral("ag-lars"), QStringLiteral("ag-sofia"), QStringLiteral("ag-lars"),
                              QStringLiteral("ag-sofia")}));
    }

    void anOfflineAgentGetsNothing()
    {
        setDevice(QStringLiteral("ag-sofia"), QStringLiteral("F"));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(createIn(QStringLiteral("first-line"), i), QStringLiteral("ag-lars"));
    }

    void withNobodyAvailableTicketsWaitInTheQueue()
    {
        // Billing: Lars and Ingrid; Ingrid starts paused. Pause Lars too.
        SandboxClient client(m_sandbox);
        QCOMPARE(client.post(QStringLiteral("/agents/ag-lars/_pause"), {}).status, 200);
        QCOMPARE(createIn(QStringLiteral("billing"), 1), QString());
        QCOMPARE(createIn(QStringLiteral("tier2"), 2), QString()); // Matej is offline
        const QJsonArray queue =
                client.get(QStringLiteral("/tickets"),
                           {{QStringLiteral("_filters"),
                             QStringLiteral(R"([["departmentid","IN","billing,tier2"],["agentid","IE",""]])")},
                            {QStringLiteral("_perPage"), QStringLiteral("100")}})
                        .array();
        QCOMPARE(queue.size(), 3); // the two new ones and the seed's t-0003
        QCOMPARE(client.get(QStringLiteral("/departments/billing"))
                         .object()
                         .value(QStringLiteral("online_status"))
                         .toString(),
                 QStringLiteral("F"));

        // Resuming per department (a device department back online) makes Ingrid available.
        const QJsonArray devices =
                client.get(QStringLiteral("/devices"),
                           {{QStringLiteral("_filters"), QStringLiteral(R"({"agent_id":"ag-ingrid"})")}})
                        .array();
        const qint64 device = qint64(devices.at(0).toObject().value(QStringLiteral("id")).toDouble());
        QCOMPARE(client.put(QStringLiteral("/devices/%1/departments/billing").arg(device),
                            QJsonObject{{QStringLiteral("online_status"), QStringLiteral("N")}})
                         .status,
                 200);
        QCOMPARE(createIn(QStringLiteral("billing"), 3), QStringLiteral("ag-ingrid"));
        // A department set offline on her device takes her out of that department's routing.
        QCOMPARE(client.put(QStringLiteral("/devices/%1/departments/billing").arg(device),
                            QJsonObject{{QStringLiteral("online_status"), QStringLiteral("F")}})
                         .status,
                 200);
        QCOMPARE(createIn(QStringLiteral("billing"), 4), QString());
    }

    void aPausedAgentCanStillBeAssignedByHand()
    {
        SandboxClient client(m_sandbox);
        QCOMPARE(client.post(QStringLiteral("/agents/ag-sofia/_pause"), {}).status, 200);
        const HttpReply reply = client.put(QStringLiteral("/tickets/t-0003"),
                                           QJsonObject{{QStringLiteral("agentid"), QStringLiteral("ag-sofia")}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object().value(QStringLiteral("agentid")).toString(), QStringLiteral("ag-sofia"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxRouting)
#include "tst_sandbox_routing.moc"
