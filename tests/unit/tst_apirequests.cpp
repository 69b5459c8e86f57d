// SPDX-License-Identifier: GPL-3.0-or-later
// Each endpoint job's request shape (method, path, query, headers, body bytes) and decoding.
#include "apiclientfixture.h"
#include "testdata.h"

#include <QJsonDocument>
#include <QTest>

using namespace Frontline;
using namespace Frontline::Test;
using namespace std::chrono;
using Kind = ApiError::Kind;

namespace {

QJsonObject jsonOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

} // namespace

class TestApiRequests : public QObject
{
    Q_OBJECT

private:
    // The headers every v3 call carries.
    static void verifyV3Headers(const RecordedRequest &r, bool withBody)
    {
        QCOMPARE(r.header("apikey"), QByteArray(ApiClientFixture::Key));
        QCOMPARE(r.header("Accept"), QByteArray("application/json"));
        QCOMPARE(r.request.header(QNetworkRequest::ContentTypeHeader).toByteArray(),
                 withBody ? QByteArray("application/json") : QByteArray());
        QCOMPARE(r.request.attribute(QNetworkRequest::RedirectPolicyAttribute).value<QNetworkRequest::RedirectPolicy>(),
                 QNetworkRequest::SameOriginRedirectPolicy);
    }

private slots:
    void ping()
    {
        ApiClientFixture f;
        f.network.enqueue(CannedReply::json(200, "{}"));
        auto job = f.finish(f.client.ping());
        QCOMPARE(job->state(), ApiJob::State::Succeeded);
        const RecordedRequest &r = f.network.lastRequest();
        QCOMPARE(r.method, QByteArray("GET"));
        QCOMPARE(r.url.toString(), QStringLiteral("https://acme.ladesk.com/api/v3/ping"));
        verifyV3Headers(r, false);
    }

    void pingOfSomethingElseIsNotALiveAgentServer()
    {
        ApiClientFixture f;
        f.network.enqueue(CannedReply::json(404, "<html>Not found</html>"));
        auto notFound = f.finish(f.client.ping());
        QCOMPARE(notFound->error()->kind(), Kind::Decode);
        QVERIFY(notFound->error()->humanMessage().contains(QStringLiteral("LiveAgent server")));
        f.network.enqueue(CannedReply::json(200, "<html>Welcome to nginx</html>"));
        auto html = f.finish(f.client.ping());
        QCOMPARE(html->error()->kind(), Kind::Decode);
    }

    void pingWithoutAKeySendsNone()
    {
        ApiClientFixture f;
        f.client.setApiKey({});
        f.network.enqueue(CannedReply::json(200, "{}"));
        auto job = f.finish(f.client.ping());
        QCOMPARE(job->state(), ApiJob::State::Succeeded);
        QVERIFY(!f.network.lastRequest().request.hasRawHeader("apikey"));
    }

    void login()
    {
        ApiClientFixture f;
        f.network.enqueue(CannedReply::json(201, R"({"id":17,"key":"new-key","userid":"a3n7u",
            "valid_to_date":"2027-11-20 15:00:00","name":"Frontline on desk-7",
            "privileges":[{"object":"ticket","privileges":["read","operate"]}]})"));
        ApiKeyLogin login;
        login.login = QStringLiteral("agent@acme.example");
        login.password = QStringLiteral("p+ss w\"rd");
        login.twoFactorToken = QStringLiteral("123456");
        login.name = QStringLiteral("Frontline on desk-7");
        login.installId = QStringLiteral("inst-1");
        login.validTo = QDateTime(QDate(2027, 11, 20), QTime(15, 0), Qt::UTC);
        auto job = f.finish(f.client.login(login));
        QCOMPARE(job->state(), ApiJob::State::Succeeded);
        QCOMPARE(job->apiKey()->key, QStringLiteral("new-key"));
        QCOMPARE(job->apiKey()->id, QStringLiteral("17"));
        QCOMPARE(job->apiKey()->userId, QStringLiteral("a3n7u"));
        QCOMPARE(job->apiKey()->privileges.first().privileges.size(), 2);

        const RecordedRequest &r = f.network.lastRequest();
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.url.toString(), QStringLiteral("https://acme.ladesk.com/api/v3/apikeys/_login"));
        QVERIFY(!r.request.hasRawHeader("apikey")); // login never sends a key
        QCOMPARE(r.request.header(QNetworkRequest::ContentTypeHeader).toByteArray(), QByteArray("application/json"));
        const QJsonObject body = jsonOf(r.body);
        QCOMPARE(body.value(QStringLiteral("login")).toString(), login.login);
        QCOMPARE(body.value(QStringLiteral("password")).toString(), login.password);
        QCOMPARE(body.value(QStringLiteral("two_factor_token")).toString(), QStringLiteral("123456"));
        QCOMPARE(body.value(QStringLiteral("name")).toString(), login.name);
        QCOMPARE(body.value(QStringLiteral("installid")).toString(), QStringLiteral("inst-1"));
        QCOMPARE(body.value(QStringLiteral("valid_to_date")).toString(), QStringLiteral("2027-11-20 15:00:00"));
        QVERIFY(!body.contains(QStringLiteral("type")));
    }

    void loginErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<Kind>("kind");
        QTest::newRow("403 wrong password")
                << 403 << QByteArray(R"({"message":"Invalid credentials"})") << Kind::InvalidCredentials;
        QTest::newRow("401 blocked ip") << 401 << QByteArray(R"({"message":"Blocked IP"})") << Kind::Forbidden;
        QTest::newRow("424") << 424 << QByteArray() << Kind::TwoFactorRequired;
        QTest::newRow("425") << 425 << QByteArray() << Kind::TwoFactorInvalid;
        QTest::newRow("429") << 429 << QByteArray(R"({"message":"Login rate limit"})") << Kind::RateLimited;
        QTest::newRow("400") << 400 << QByteArray(R"({"message":"login missing"})") << Kind::BadRequest;
        QTest::newRow("2xx quirk: required")
                << 200 << QByteArray(R"({"message":"Two-factor authentication required."})") << Kind::TwoFactorRequired;
        QTest::newRow("2xx quirk: invalid")
                << 200 << QByteArray(R"({"message":"Invalid two-factor verification code."})")
                << Kind::TwoFactorInvalid;
        QTest::newRow("2xx without key") << 201 << QByteArray(R"({"id":3})") << Kind::Decode;
    }

    void loginErrors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(Kind, kind);
        ApiClientFixture f;
        RetryPolicy p = ApiClientFixture::fastRetries();
        p.maxRateLimitRetries = 0;
        f.client.setRetryPolicy(p);
        f.network.enqueue(CannedReply::json(status, body).withHeader("Retry-After", "60"));
        auto job =
                f.finish(f.client.login(ApiKeyLogin{QStringLiteral("a"), QStringLiteral("b"), {}, {}, {}, {}, {}, {}}));
        QCOMPARE(job->error()->kind(), kind);
        QCOMPARE(f.network.requestCount(), 1);
        if (kind == Kind::Decode)
            QCOMPARE(job->error()->decodeError()->field, QStringLiteral("key"));
    }

    void agentsAndPresence()
    {
        ApiClientFixture f;
        f.network.enqueue(CannedReply::json(200, R"({"id":"a/1","name":"Ann","email":"ann@x","online_status":"P"})"));
        auto agent = f.finish(f.client.getAgent(QStringLiteral("a/1")));
        QCOMPARE(agent->agent()->onlineStatusKind(), OnlineStatus::Paused);
        QCOMPARE(f.network.lastRequest().url.toString(QUrl::FullyEncoded),
                 QStringLiteral("https://acme.ladesk.com/api/v3/agents/a%2F1"));
        verifyV3Headers(f.network.lastRequest(), false);

        f.network.enqueue(CannedReply::json(200, R"([{"id":"a1","name":"Ann"},{"id":"a2","name":"Bo"}])"));
        auto agents = f.finish(f.client.listAgents(ListQuery::pageOf(2, 100)));
        QCOMPARE(agents->agents().size(), 2);
        QCOMPARE(f.network.lastRequest().url.query(QUrl::FullyEncoded), QStringLiteral("_page=2&_perPage=100"));

        f.network.enqueue(
                CannedReply::json(200, R"([{"departmentid":"d1","online_status":"TR","preset_status":"N"}])"));
        auto status = f.finish(f.client.getAgentStatus(QStringLiteral("a1")));
        QCOMPARE(status->statuses().first().onlineStatus, QStringLiteral("TR"));
        QCOMPARE(f.network.lastRequest().path(), QStringLiteral("/api/v3/agents/a1/status"));

        f.network.enqueue(CannedReply::json(200, "{}"));
        auto pause = f.finish(f.client.pauseAgent(QStringLiteral("a1")));
        QCOMPARE(pause->state(), ApiJob::State::Succeeded);
        QCOMPARE(f.network.lastRequest().method, QByteArray("POST"));
        QCOMPARE(f.network.lastRequest().path(), QStringLiteral("/api/v3/agents/a1/_pause"));
        QVERIFY(f.network.lastRequest().body.isEmpty());
        QVERIFY(pause->isIdempotent());

        f.network.enqueue(CannedReply::json(200, R"({"login_key":"lk-9"})"));
        auto loginKey = f.finish(f.client.getLoginKey(QStringLiteral("a1")));
        QCOMPARE(loginKey->loginKey(), QStringLiteral("lk-9"));
        QCOMPARE(f.network.lastRequest().path(), QStringLiteral("/api/v3/agents/a1/login_key"));
        f.network.enqueue(CannedReply::json(200, R"({"other":1})"));
        auto noKey = f.finish(f.client.getLoginKey(QStringLiteral("a1")));
        QCOMPARE(noKey->error()->decodeError()->field, QStringLiteral("login_key"));
    }

    void devices()
    {
        ApiClientFixture f;
        f.network.enqueue(CannedReply::json(200, R"([{"id":5,"agent_id":"a1","type":"W","service_type":"T",
            "preset_status":"F","online_status":"F"}])"));
        Filter mine;
        mine.add(QStringLiteral("agent_id"), QStringLiteral("E"), QStringLiteral("a1"));
        auto list = f.finish(f.client.listDevices(ListQuery().filteredBy(mine)));
        QCOMPARE(list->devices().first().id, qint64(5));
        QCOMPARE(f.network.lastRequest().queryValue(QStringLiteral("_filters")),
                 QStringLiteral(R"([["agent_id","E","a1"]])"));

        Device d = list->devices().first();
        d.presetStatus = QStringLiteral("N");
        f.network.enqueue(CannedReply::json(200, "{}")); // OkResponse instead of the device
        auto update = f.finish(f.client.updateDevice(d));
        QCOMPARE(update->state(), ApiJob::State::Succeeded);
        QVERIFY(!update->device());
        const RecordedRequest &put = f.network.lastRequest();
        QCOMPARE(put.method, QByteArray("PUT"));
        QCOMPARE(put.path(), QStringLiteral("/api/v3/devices/5"));
        verifyV3Headers(put, true);
        QCOMPARE(jsonOf(put.body), Wire::encodeDevice(d));

        f.network.enqueue(CannedReply::json(200, R"([{"device_id":5,"department_id":"d1","online_status":"F"}])"));
        auto deps = f.finish(f.client.listDeviceDepartments(5, ListQuery::pageOf(1, 999)));
        QCOMPARE(deps->deviceDepartments().first().departmentId, QStringLiteral("d1"));
        QCOMPARE(f.network.lastRequest().path(), QStringLiteral("/api/v3/devices/5/departments"));

        DeviceDepartment dd = deps->deviceDepartments().first();
        dd.onlineStatus = QStringLiteral("N");
        f.network.enqueue(CannedReply::json(200, R"({"device_id":5,"department_id":"d1","online_status":"N"})"));
        auto setDep = f.finish(f.client.updateDeviceDepartment(dd));
        QCOMPARE(setDep->deviceDepartment()->onlineStatus, QStringLiteral("N"));
        QCOMPARE(f.network.lastRequest().method, QByteArray("PUT"));
        QCOMPARE(f.network.lastRequest().path(), QStringLiteral("/api/v3/devices/5/departments/d1"));
        QCOMPARE(jsonOf(f.network.lastRequest().body), Wire::encodeDeviceDepartment(dd));
    }

    void listTicketsQuery()
    {
        ApiClientFixture f;
        f.network.enqueue(CannedReply::json(200, "[]"));
        ListQuery q = ListQuery::pageOf(3, 100);
        q.sortedBy(QStringLiteral("date_changed"), ListQuery::SortDirection::Ascending);
        q.filters.in(QStringLiteral("agentid"), {QStringLiteral("a+1")})
                .add(QStringLiteral("date_changed"), QStringLiteral("D>="), QStringLiteral("2026-06-01 10:00:00"));
        auto job = f.finish(f.client.listTickets(q));
        QCOMPARE(job->state(), ApiJob::State::Succeeded);
        const RecordedRequest &r = f.network.lastRequest();
        QCOMPARE(r.method, QByteArray("GET"));
        QCOMPARE(r.path(), QStringLiteral("/api/v3/tickets"));
        verifyV3Headers(r, false);
        QCOMPARE(r.queryValue(QStringLiteral("_page")), QStringLiteral("3"));
        QCOMPARE(r.queryValue(QStringLiteral("_perPage")), QStringLiteral("100"));
        QCOMPARE(r.queryValue(QStringLiteral("_sortField")), QStringLiteral("date_changed"));
        QCOMPARE(r.queryValue(QStringLiteral("_sortDir")), QStringLiteral("ASC"));
        QCOMPARE(r.queryValue(QStringLiteral("_filters")),
                 QStringLiteral(R"([["agentid","IN","a+1"],["date_changed","D>=","2026-06-01 10:00:00"]])"));
        // On the wire a '+' is %2B and a space %20: servers read a bare '+' as a space.
        const QString encoded = r.url.query(QUrl::FullyEncoded);
        QVERIFY2(encoded.contains(QStringLiteral("a%2B1")), qPrintable(encoded));
        QVERIFY(!encoded.contains(u'+'));
        QVERIFY(!encoded.contains(u' '));
        QVERIFY(!encoded.contains(u'"'));

        f.network.enqueue(CannedReply::json(200, "[]"));
        auto range = f.finish(f.client.listTickets(ListQuery::range(200, 299).sortedBy(
                QStringLiteral("date_created"), ListQuery::SortDirection::Descending)));
        QCOMPARE(f.network.lastRequest().url.query(QUrl::FullyEncoded),
                 QStringLiteral("_from=200&_to=299&_sortField=date_created&_sortDir=DESC"));
    }

    void ticketCalls()
    {
        ApiClientFixture f;
        f.network.enqueue(CannedReply::json(200, R"({"id":"t 1","subject":"Refund","status":"C"})"));
        auto get = f.finish(f.client.getTicket(QStringLiteral("t 1")));
        QCOMPARE(get->ticket()->subject, QStringLiteral("Refund"));
        QCOMPARE(f.network.lastRequest().url.toString(QUrl::FullyEncoded),
                 QStringLiteral("https://acme.ladesk.com/api/v3/tickets/t%201"));

        TicketUpdate update;
        update.agentId = QStringLiteral("a2");
        update.status = QStringLiteral("A");
        f.network.enqueue(CannedReply::json(200, R"({"id":"t1","agentid":"a2","status":"A"})"));
        auto put = f.finish(f.client.updateTicket(QStringLiteral("t1"), update));
        QCOMPARE(put->ticket()->agentId, QStringLiteral("a2"));
        QCOMPARE(f.network.lastRequest().method, QByteArray("PUT"));
        QCOMPARE(f.network.lastRequest().path(), QStringLiteral("/api/v3/tickets/t1"));
        // Only the fields that are set (absent means unchanged).
        QCOMPARE(f.network.lastRequest().body, QByteArray(R"({"agentid":"a2","status":"A"})"));
        verifyV3Headers(f.network.lastRequest(), true);

        f.network.enqueue(CannedReply::json(200, "{}"));
        const QDateTime until(QDate(2026, 12, 1), QTime(9, 30), Qt::OffsetFromUTC, 3600);
        auto postpone = f.finish(f.client.postponeTicket(QStringLiteral("t1"), until));
        QCOMPARE(postpone->state(), ApiJob::State::Succeeded);
        QCOMPARE(f.network.lastRequest().method, QByteArray("PUT"));
        QCOMPARE(f.network.lastRequest().path(), QStringLiteral("/api/v3/tickets/t1/postpone"));
        QCOMPARE(f.network.lastRequest().body, QByteArray(R"({"date_time":"2026-12-01 08:30:00"})"));

        NewTicket n;
        n.userIdentifier = QStringLiteral("customer@example.com");
        n.subject = QStringLiteral("Order 7");
        n.departmentId = QStringLiteral("d1");
        n.recipient = QStringLiteral("support@acme.example");
        n.message = QStringLiteral("Where is it?");
        f.network.enqueue(CannedReply::json(200, R"({"id":"t9","code":"XYZ-9","tags":["a"]})"));
        auto create = f.finish(f.client.createTicket(n));
        QCOMPARE(create->ticket()->code, QStringLiteral("XYZ-9"));
        QCOMPARE(create->ticket()->tagIds, QStringList{QStringLiteral("a")});
        QCOMPARE(f.network.lastRequest().method, QByteArray("POST"));
        QCOMPARE(f.network.lastRequest().path(), QStringLiteral("/api/v3/tickets"));
        QCOMPARE(jsonOf(f.network.lastRequest().body), Wire::encodeNewTicket(n));
        QVERIFY(!create->isIdempotent());

        f.network.enqueue(CannedReply::json(200, R"({"conversationid":"t1","sla_level_id":"s1",
            "first_answer":"2026-11-20 16:00:00"})"));
        auto sla = f.finish(f.client.getTicketSla(QStringLiteral("t1")));
        QCOMPARE(sla->ticketSla()->firstAnswer, QDateTime(QDate(2026, 11, 20), QTime(16, 0), Qt::UTC));
        QCOMPARE(f.network.lastRequest().path(), QStringLiteral("/api/v3/tickets/t1/sla"));

        f.network.enqueue(CannedReply::json(200, R"([{"id":"h1","conversation_id":"t1","agent_id":"a1"}])"));
        auto history = f.finish(f.client.getTicketHistory(QStringLiteral("t1")));
        QCOMPARE(history->history().first().agentId, QStringLiteral("a1"));
        QCOMPARE(f.network.lastRequest().path(), QStringLiteral("/api/v3/tickets/t1/history"));
    }

    void ticketMessages()
    {
        ApiClientFixture f;
        f.network.enqueue(CannedReply::json(206, R"([{"id":"g1","type":"3","messages":[
            {"id":"m1","type":"M","format":"T","message":"Hello","datecreated":"2026-11-20 15:00:00"},
            {"id":"m2","type":"?","format":"Q"}]}])"));
        auto job = f.finish(f.client.listTicketMessages(QStringLiteral("t1"), false, ListQuery::pageOf(1, 50)));
        QCOMPARE(job->state(), ApiJob::State::Succeeded);
        QVERIFY(job->isPartial());
        QCOMPARE(job->messageGroups().size(), 1);
        QCOMPARE(job->messageGroups().first().ticketId, QStringLiteral("t1"));
        QCOMPARE(job->messageGroups().first().messages.size(), 2);
        QCOMPARE(job->messageGroups().first().messages.at(1).type, QStringLiteral("?"));
        const RecordedRequest &r = f.network.lastRequest();
        QCOMPARE(r.path(), QStringLiteral("/api/v3/tickets/t1/messages"));
        QCOMPARE(r.queryValue(QStringLiteral("includeQuotedMessages")), QStringLiteral("false"));
        QCOMPARE(r.queryValue(QStringLiteral("_perPage")), QStringLiteral("50"));

        f.network.enqueue(CannedReply::json(200, R"([{"id":"g1","messages":[{"id":"m1","datecreated":{}}]}])"));
        auto bad = f.finish(f.client.listTicketMessages(QStringLiteral("t1")));
        QCOMPARE(bad->error()->decodeError()->field, QStringLiteral("[0].messages[0].datecreated"));
        QCOMPARE(f.network.lastRequest().queryValue(QStringLiteral("includeQuotedMessages")), QStringLiteral("true"));
    }

    void referenceData()
    {
        ApiClientFixture f;
        f.network.enqueue(CannedReply::json(200, R"([{"department_id":"d1","name":"Billing","agent_ids":["a1"]}])"));
        auto deps = f.finish(f.client.listDepartments());
        QCOMPARE(deps->departments().first().name, QStringLiteral("Billing"));
        QCOMPARE(f.network.lastRequest().path(), QStringLiteral("/api/v3/departments"));
        QVERIFY(!f.network.lastRequest().url.hasQuery()); // nothing unset is sent

        f.network.enqueue(CannedReply::json(200, R"([{"id":"vip","name":"VIP","is_public":"Y"}])"));
        auto tags = f.finish(f.client.listTags());
        QCOMPARE(tags->tags().first().id, QStringLiteral("vip"));
        QCOMPARE(f.network.lastRequest().path(), QStringLiteral("/api/v3/tags"));

        f.network.enqueue(CannedReply::json(200, R"([{"id":"c1","messagetext":"Thanks!","keywords":"thx"}])"));
        auto canned = f.finish(f.client.listCannedMessages(ListQuery::pageOf(1, 100)));
        QCOMPARE(canned->cannedMessages().first().text, QStringLiteral("Thanks!"));
        QCOMPARE(f.network.lastRequest().path(), QStringLiteral("/api/v3/canned_messages"));

        f.network.enqueue(CannedReply::json(200, R"([{"id":"p1","name":"Refund","body":"<p>Sure</p>","format":"H"}])"));
        auto answers = f.finish(f.client.listPredefinedAnswers());
        QCOMPARE(answers->predefinedAnswers().first().format, QStringLiteral("H"));
        QCOMPARE(f.network.lastRequest().path(), QStringLiteral("/api/v3/predefined_answers"));

        f.network.enqueue(CannedReply::json(200, R"([{"code":"Europe/Copenhagen","name":"Copenhagen"}])"));
        auto zones = f.finish(f.client.listTimeZones());
        QCOMPARE(zones->timeZones().first().code, QStringLiteral("Europe/Copenhagen"));
        QCOMPARE(f.network.lastRequest().path(), QStringLiteral("/api/v3/time_zones"));

        f.network.enqueue(CannedReply::json(200, R"([{"id":"c1"}])")); // messagetext is required
        auto bad = f.finish(f.client.listCannedMessages());
        QCOMPARE(bad->error()->decodeError()->field, QStringLiteral("[0].messagetext"));
    }

    void slaLevels()
    {
        ApiClientFixture f;
        const QByteArray levels = Test::readData(QStringLiteral("wire/slas.json"));
        QVERIFY(!levels.isEmpty());
        f.network.enqueue(CannedReply::json(206, levels));
        auto job = f.finish(f.client.listSlas(ListQuery::pageOf(1, 100)));
        QVERIFY2(job->state() == ApiJob::State::Succeeded,
                 qPrintable(job->error() ? job->error()->toLogString() : QString()));
        QCOMPARE(job->slaLevels().size(), 3);
        QVERIFY(job->isPartial());
        QCOMPARE(job->slaLevels().first().targets.firstAnswer, std::optional(std::chrono::seconds(7200)));
        QVERIFY(!job->slaLevels().at(1).businessHours); // no business hours: 24/7
        QCOMPARE(f.network.lastRequest().path(), QStringLiteral("/api/v3/slas"));
        QCOMPARE(f.network.lastRequest().queryValue(QStringLiteral("_perPage")), QStringLiteral("100"));

        f.network.enqueue(CannedReply::json(200, R"([{"id":"s1","business_hours":{"timezone":"Europe/Oslo",
            "monday":{"start":"nine","end":"17:00"}}}])"));
        auto bad = f.finish(f.client.listSlas());
        QCOMPARE(bad->error()->kind(), Kind::Decode);
        QCOMPARE(bad->error()->decodeError()->field, QStringLiteral("[0].business_hours.monday.start"));
    }

    void deleteApiKey()
    {
        ApiClientFixture f;
        f.network.enqueue(CannedReply::json(200, "{}"));
        auto job = f.finish(f.client.deleteApiKey(QStringLiteral("17")));
        QCOMPARE(job->state(), ApiJob::State::Succeeded);
        QCOMPARE(f.network.lastRequest().method, QByteArray("DELETE"));
        QCOMPARE(f.network.lastRequest().path(), QStringLiteral("/api/v3/apikeys/17"));
    }

    void v1ReplyAndNote()
    {
        ApiClientFixture f;
        f.network.enqueue(CannedReply::json(200, R"({"response":{"status":"OK","messageid":"m77"}})"));
        V1MessagePost reply{QStringLiteral("Hej & tak + 100% <b>"), V1MessagePost::Type::Reply,
                            QStringLiteral("ann+desk@acme.example"), true};
        auto job = f.finish(f.client.addConversationMessage(QStringLiteral("t1"), reply));
        QCOMPARE(job->state(), ApiJob::State::Succeeded);
        QCOMPARE(job->messageId(), QStringLiteral("m77"));
        const RecordedRequest &r = f.network.lastRequest();
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.path(), QStringLiteral("/api/conversations/t1/messages"));
        // The v1 key rides in the query string, never in the apikey header.
        QCOMPARE(r.queryValue(QStringLiteral("apikey")), QString::fromLatin1(ApiClientFixture::V1Key));
        QVERIFY(!r.request.hasRawHeader("apikey"));
        QCOMPARE(r.request.header(QNetworkRequest::ContentTypeHeader).toByteArray(),
                 QByteArray("application/x-www-form-urlencoded"));
        QCOMPARE(r.body,
                 QByteArray("message=Hej%20%26%20tak%20%2B%20100%25%20%3Cb%3E&type=M"
                            "&useridentifier=ann%2Bdesk%40acme.example&is_html_message=Y"));
        QVERIFY(Wire::decodeV1MessagePost(Wire::decodeForm(r.body)).value() == reply);
        QVERIFY(!job->isIdempotent());

        f.network.enqueue(CannedReply::json(200, R"({"response":{"status":"OK","id":12}})"));
        auto note = f.finish(f.client.addConversationMessage(
                QStringLiteral("t1"), V1MessagePost{QStringLiteral("internal"), V1MessagePost::Type::Note, {}, false}));
        QCOMPARE(note->messageId(), QStringLiteral("12"));
        QVERIFY(f.network.lastRequest().body.contains("type=N"));
    }

    void v1EnvelopeErrors()
    {
        ApiClientFixture f;
        // An error in the envelope with a 200 status.
        f.network.enqueue(
                CannedReply::json(200, R"({"response":{"status":"ERROR","errormessage":"Conversation not found"}})"));
        auto inBody = f.finish(f.client.addConversationMessage(QStringLiteral("t1"),
                                                               V1MessagePost{QStringLiteral("x"), {}, {}, false}));
        QCOMPARE(inBody->error()->kind(), Kind::BadRequest);
        QCOMPARE(inBody->error()->serverMessage(), QStringLiteral("Conversation not found"));
        QCOMPARE(inBody->error()->httpStatus(), 200);

        // A v3 key on v1: 403 with the message in the envelope.
        f.network.enqueue(
                CannedReply::json(403, R"({"response":{"status":"ERROR","errormessage":"ApiKey not found"}})"));
        auto forbidden = f.finish(f.client.addConversationMessage(QStringLiteral("t1"),
                                                                  V1MessagePost{QStringLiteral("x"), {}, {}, false}));
        QCOMPARE(forbidden->error()->kind(), Kind::Forbidden);
        QCOMPARE(forbidden->error()->serverMessage(), QStringLiteral("ApiKey not found"));

        // No envelope at all.
        f.network.enqueue(CannedReply::json(200, R"({"id":"m1"})"));
        auto bare = f.finish(f.client.addConversationMessage(QStringLiteral("t1"),
                                                             V1MessagePost{QStringLiteral("x"), {}, {}, false}));
        QCOMPARE(bare->error()->kind(), Kind::Decode);
        QCOMPARE(bare->error()->decodeError()->field, QStringLiteral("response"));
    }

    void serverInASubFolder()
    {
        ApiClientFixture f(QStringLiteral("https://help.example.com/liveagent/agent/"));
        f.network.enqueue(CannedReply::json(200, "[]"));
        f.finish(f.client.listTags());
        QCOMPARE(f.network.lastRequest().url.toString(),
                 QStringLiteral("https://help.example.com/liveagent/api/v3/tags"));
        f.network.enqueue(CannedReply::json(200, R"({"response":{}})"));
        f.finish(f.client.addConversationMessage(QStringLiteral("t1"),
                                                 V1MessagePost{QStringLiteral("x"), {}, {}, false}));
        QCOMPARE(f.network.lastRequest().path(), QStringLiteral("/liveagent/api/conversations/t1/messages"));
    }
};

QTEST_GUILESS_MAIN(TestApiRequests)
#include "tst_apirequests.moc"
