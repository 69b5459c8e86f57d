// SPDX-License-Identifier: GPL-3.0-or-later
// The ApiJob base through real endpoint jobs on a fake network: status → error kinds,
// decode errors, network errors, timeouts, retries and backoff, 429 and the budget.
#include "apiclientfixture.h"

#include <QTest>

using namespace Frontline;
using namespace Frontline::Test;
using namespace std::chrono;
using Kind = ApiError::Kind;

class TestApiJob : public QObject
{
    Q_OBJECT

private slots:
    void errorKindForEveryStatus_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<bool>("retried");
        QTest::newRow("400") << 400 << Kind::BadRequest << false;
        QTest::newRow("401") << 401 << Kind::Unauthorized << false;
        QTest::newRow("403") << 403 << Kind::Forbidden << false;
        QTest::newRow("404") << 404 << Kind::NotFound << false;
        QTest::newRow("422") << 422 << Kind::BadRequest << false;
        QTest::newRow("424") << 424 << Kind::TwoFactorRequired << false;
        QTest::newRow("425") << 425 << Kind::TwoFactorInvalid << false;
        QTest::newRow("500") << 500 << Kind::Server << true;
        QTest::newRow("502") << 502 << Kind::Server << true;
        QTest::newRow("503") << 503 << Kind::Server << true;
    }

    void errorKindForEveryStatus()
    {
        QFETCH(int, status);
        QFETCH(Kind, kind);
        QFETCH(bool, retried);
        ApiClientFixture f;
        f.network.setHandler([status](const RecordedRequest &) {
            return CannedReply::json(status, R"({"message":"said the server"})");
        });
        auto job = f.finish(f.client.getTicket(QStringLiteral("t1")));
        QVERIFY(job);
        QCOMPARE(job->state(), ApiJob::State::Failed);
        QVERIFY(job->error());
        QCOMPARE(job->error()->kind(), kind);
        QCOMPARE(job->error()->httpStatus(), status);
        QCOMPARE(job->error()->serverMessage(), QStringLiteral("said the server"));
        QCOMPARE(job->error()->host(), QStringLiteral("acme.ladesk.com"));
        QCOMPARE(job->statusCode(), status);
        // Idempotent GETs are retried on 5xx up to maxAttempts in all; 4xx never.
        QCOMPARE(f.network.requestCount(), retried ? 4 : 1);
        QCOMPARE(job->attempts(), f.network.requestCount());
        QCOMPARE(job->error()->outcomeUnknown(), status == 502);
    }

    void retrySucceedsAfterTransientFailures()
    {
        ApiClientFixture f;
        f.network.enqueue(CannedReply::json(503, {}));
        f.network.enqueue(CannedReply::networkError(QNetworkReply::ConnectionRefusedError));
        f.network.enqueue(CannedReply::dropped());
        f.network.enqueue(CannedReply::json(200, R"({"id":"t1","subject":"Hi"})"));
        auto job = f.finish(f.client.getTicket(QStringLiteral("t1")));
        QVERIFY(job);
        QCOMPARE(job->state(), ApiJob::State::Succeeded);
        QCOMPARE(job->attempts(), 4);
        QCOMPARE(job->ticket()->subject, QStringLiteral("Hi"));
        QVERIFY(!job->error());
    }

    void idempotentPutIsRetriedOnUnknownOutcome()
    {
        ApiClientFixture f;
        f.network.enqueue(CannedReply::dropped());
        f.network.enqueue(CannedReply::json(200, R"({"id":"t1","status":"R"})"));
        TicketUpdate update;
        update.status = QStringLiteral("R");
        auto job = f.finish(f.client.updateTicket(QStringLiteral("t1"), update));
        QVERIFY(job);
        QCOMPARE(job->state(), ApiJob::State::Succeeded);
        QCOMPARE(f.network.requestCount(), 2);
    }

    void postIsNotRetriedWhenTheOutcomeIsUnknown_data()
    {
        QTest::addColumn<int>("scenario");
        QTest::newRow("dropped after send") << 0;
        QTest::newRow("timeout") << 1;
        QTest::newRow("502 from a gateway") << 2;
        QTest::newRow("500") << 3;
    }

    void postIsNotRetriedWhenTheOutcomeIsUnknown()
    {
        QFETCH(int, scenario);
        ApiClientFixture f;
        f.client.setRequestTimeout(milliseconds(30));
        switch (scenario) {
        case 0:
            f.network.enqueue(CannedReply::dropped());
            break;
        case 1:
            f.network.enqueue(CannedReply::hanging());
            break;
        case 2:
            f.network.enqueue(CannedReply::json(502, {}));
            break;
        default:
            f.network.enqueue(CannedReply::json(500, {}));
            break;
        }
        f.network.setHandler([](const RecordedRequest &) { return CannedReply::json(200, R"({"response":{}})"); });
        auto job = f.finish(f.client.addConversationMessage(QStringLiteral("t1"),
                                                            V1MessagePost{QStringLiteral("Hello"), {}, {}, false}));
        QVERIFY(job);
        QCOMPARE(job->state(), ApiJob::State::Failed);
        QCOMPARE(f.network.requestCount(), 1);
        QCOMPARE(job->error()->outcomeUnknown(), scenario != 3);
        QCOMPARE(job->error()->kind(), scenario == 1 ? Kind::Timeout : scenario == 0 ? Kind::Network : Kind::Server);
    }

    void postIsRetriedWhenItCertainlyNeverLeft()
    {
        ApiClientFixture f;
        f.network.enqueue(CannedReply::networkError(QNetworkReply::ConnectionRefusedError));
        f.network.enqueue(CannedReply::networkError(QNetworkReply::HostNotFoundError));
        f.network.enqueue(CannedReply::json(201, R"({"id":"new1","code":"ABC-1","tags":"a,b"})"));
        auto job = f.finish(f.client.createTicket(NewTicket{}));
        QVERIFY(job);
        QCOMPARE(job->state(), ApiJob::State::Succeeded);
        QCOMPARE(f.network.requestCount(), 3);
        QCOMPARE(job->ticket()->tagIds, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    }

    void networkErrorsAndTimeouts()
    {
        ApiClientFixture f;
        f.client.setRetryPolicy(RetryPolicy::none());
        f.network.enqueue(CannedReply::networkError(QNetworkReply::HostNotFoundError));
        auto noHost = f.finish(f.client.ping());
        QVERIFY(noHost);
        QCOMPARE(noHost->error()->kind(), Kind::Network);
        QCOMPARE(noHost->error()->networkError(), QNetworkReply::HostNotFoundError);
        QVERIFY(!noHost->error()->outcomeUnknown());
        QVERIFY(noHost->error()->humanMessage().contains(QStringLiteral("acme.ladesk.com")));

        f.client.setRequestTimeout(milliseconds(20));
        f.network.enqueue(CannedReply::hanging());
        auto timedOut = f.finish(f.client.listTags());
        QVERIFY(timedOut);
        QCOMPARE(timedOut->error()->kind(), Kind::Timeout);
        QVERIFY(timedOut->error()->outcomeUnknown());
        QCOMPARE(timedOut->statusCode(), 0);
    }

    void timeoutsAreRetriedForGets()
    {
        ApiClientFixture f;
        f.client.setRequestTimeout(milliseconds(20));
        f.network.enqueue(CannedReply::hanging());
        f.network.enqueue(CannedReply::hanging());
        f.network.enqueue(CannedReply::json(200, "[]"));
        auto job = f.finish(f.client.listTags());
        QVERIFY(job);
        QCOMPARE(job->state(), ApiJob::State::Succeeded);
        QCOMPARE(job->attempts(), 3);
    }

    void malformedJsonAndWrongShapesNameTheField_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("problem");
        QTest::newRow("malformed") << QByteArray("[{\"id\":") << QString() << QStringLiteral("malformed JSON");
        QTest::newRow("object, not a list")
                << QByteArray(R"({"id":"t1"})") << QString() << QStringLiteral("expected a JSON array");
        QTest::newRow("item not an object")
                << QByteArray(R"([{"id":"t1"}, 5])") << QStringLiteral("[1]") << QStringLiteral("expected an object");
        QTest::newRow("missing id") << QByteArray(R"([{"subject":"x"}])") << QStringLiteral("[0].id")
                                    << QStringLiteral("required");
        QTest::newRow("tags as a number") << QByteArray(R"([{"id":"t1","tags":7}])") << QStringLiteral("[0].tags")
                                          << QStringLiteral("expected an array");
        QTest::newRow("a date that is none") << QByteArray(R"([{"id":"t1","date_changed":"soon"}])")
                                             << QStringLiteral("[0].date_changed") << QStringLiteral("date");
        QTest::newRow("html page") << QByteArray("<html><body>Welcome</body></html>") << QString()
                                   << QStringLiteral("malformed JSON");
    }

    void malformedJsonAndWrongShapesNameTheField()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        QFETCH(QString, problem);
        ApiClientFixture f;
        f.network.enqueue(CannedReply::json(200, body));
        auto job = f.finish(f.client.listTickets());
        QVERIFY(job);
        QCOMPARE(job->error()->kind(), Kind::Decode);
        QVERIFY(job->error()->decodeError());
        QCOMPARE(job->error()->decodeError()->field, field);
        QVERIFY2(job->error()->decodeError()->problem.contains(problem),
                 qPrintable(job->error()->decodeError()->problem));
        QCOMPARE(f.network.requestCount(), 1); // a decode error is not retried
    }

    void listsAccept200And206AndUnknownLetters()
    {
        ApiClientFixture f;
        f.network.enqueue(CannedReply::json(206, R"([{"id":"t1","status":"Q","channel_type":"9"}])"));
        auto job = f.finish(f.client.listTickets());
        QVERIFY(job);
        QCOMPARE(job->state(), ApiJob::State::Succeeded);
        QVERIFY(job->isPartial());
        QCOMPARE(job->tickets().size(), 1);
        QCOMPARE(job->tickets().first().status, QStringLiteral("Q"));

        f.network.enqueue(CannedReply::json(200, "[]"));
        auto empty = f.finish(f.client.listTickets());
        QVERIFY(empty);
        QVERIFY(!empty->isPartial());
        QVERIFY(empty->tickets().isEmpty());
    }

    void rateLimitWithRetryAfterSecondsPausesTheBudget()
    {
        ApiClientFixture f;
        f.network.enqueue(CannedReply::json(429, R"({"message":"Too many requests"})").withHeader("Retry-After", "7"));
        f.network.enqueue(CannedReply::json(200, "[]"));
        auto *job = f.client.listTags();
        job->setAutoDelete(false);
        std::unique_ptr<ApiJob> owner(job);
        QTRY_COMPARE(f.network.requestCount(), 1);
        QTRY_VERIFY(f.budget.isPaused());
        QCOMPARE(f.budget.currentWait(), milliseconds(7000));
        // Everything else waits as well: the whole key is paused.
        auto *other = f.client.listDepartments();
        other->setAutoDelete(false);
        std::unique_ptr<ApiJob> otherOwner(other);
        QCOMPARE(f.budget.waitingCount(), 2);
        f.advance(milliseconds(6999));
        QCOMPARE(f.network.requestCount(), 1);
        f.advance(milliseconds(1));
        QCOMPARE(f.network.requestCount(), 3);
        QTRY_COMPARE(job->state(), ApiJob::State::Succeeded);
        QCOMPARE(job->attempts(), 2);
    }

    void rateLimitWithRetryAfterHttpDate()
    {
        ApiClientFixture f;
        f.client.setRetryPolicy([] {
            RetryPolicy p = ApiClientFixture::fastRetries();
            p.maxRateLimitRetries = 0; // fail at once, to read the error
            return p;
        }());
        f.network.enqueue(CannedReply::json(429, {})
                                  .withHeader("Date", "Fri, 20 Nov 2026 15:00:00 GMT")
                                  .withHeader("Retry-After", "Fri, 20 Nov 2026 15:01:30 GMT"));
        auto job = f.finish(f.client.listTags());
        QVERIFY(job);
        QCOMPARE(job->error()->kind(), Kind::RateLimited);
        QCOMPARE(job->error()->retryAfter(), std::optional(seconds(90)));
        QVERIFY(job->error()->humanMessage().contains(QStringLiteral("90")));
        QCOMPARE(f.budget.currentWait(), milliseconds(90'000));
    }

    void rateLimitIsRetriedEvenForPosts()
    {
        ApiClientFixture f;
        f.network.enqueue(CannedReply::json(429, {}).withHeader("Retry-After", "2"));
        f.network.enqueue(CannedReply::json(200, R"({"response":{"status":"OK","id":"m9"}})"));
        auto *job = f.client.addConversationMessage(QStringLiteral("t1"),
                                                    V1MessagePost{QStringLiteral("Hi"), {}, {}, false});
        job->setAutoDelete(false);
        std::unique_ptr<AddConversationMessageJob> owner(job);
        QTRY_VERIFY(f.v1Budget.isPaused());
        f.advance(seconds(2));
        QTRY_COMPARE(job->state(), ApiJob::State::Succeeded);
        QCOMPARE(f.network.requestCount(), 2);
        QCOMPARE(job->messageId(), QStringLiteral("m9"));
    }

    void tooLongARetryAfterFailsInsteadOfWaiting()
    {
        ApiClientFixture f;
        f.network.enqueue(CannedReply::json(429, {}).withHeader("Retry-After", "3600"));
        auto job = f.finish(f.client.listTags());
        QVERIFY(job);
        QCOMPARE(job->error()->kind(), Kind::RateLimited);
        QCOMPARE(f.network.requestCount(), 1);
    }

    void budgetHoldsABurstOf400JobsTo150PerMinute()
    {
        ApiClientFixture f;
        f.network.setHandler([](const RecordedRequest &) { return CannedReply::json(200, "[]"); });
        QList<ApiJob *> jobs;
        int done = 0;
        for (int i = 0; i < 400; ++i) {
            auto *job = f.client.listTags();
            connect(job, &ApiJob::succeeded, this, [&done] { ++done; });
            jobs.append(job);
        }
        QCOMPARE(f.network.requestCount(), 150);
        QTRY_COMPARE(done, 150);
        QCOMPARE(f.budget.waitingCount(), 250);
        f.advance(seconds(59));
        QCOMPARE(f.network.requestCount(), 150);
        f.advance(seconds(1));
        QCOMPARE(f.network.requestCount(), 300);
        f.advance(seconds(60));
        QCOMPARE(f.network.requestCount(), 400);
        QTRY_COMPARE(done, 400);
    }

    void missingKeyFailsWithoutSending()
    {
        ApiClientFixture f;
        f.client.setApiKey({});
        auto job = f.finish(f.client.listTickets());
        QVERIFY(job);
        QCOMPARE(job->error()->kind(), Kind::Unauthorized);
        QCOMPARE(f.network.requestCount(), 0);

        f.client.setV1ApiKey({});
        QVERIFY(!f.client.hasV1ApiKey());
        auto v1 = f.finish(f.client.addConversationMessage(QStringLiteral("t1"), V1MessagePost{}));
        QVERIFY(v1);
        QCOMPARE(v1->error()->kind(), Kind::Unauthorized);
        QVERIFY(v1->error()->technicalDetail().contains(QStringLiteral("v1")));
        QCOMPARE(f.network.requestCount(), 0);
    }

    void unauthorizedIsAnnounced()
    {
        ApiClientFixture f;
        QSignalSpy spy(&f.client, &LiveAgentClient::unauthorized);
        f.network.enqueue(CannedReply::json(401, R"({"message":"Invalid api key"})"));
        auto job = f.finish(f.client.getAgent(QStringLiteral("a1")));
        QVERIFY(job);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.first().first().value<ApiError>().serverMessage(), QStringLiteral("Invalid api key"));
    }

    void abortFailsSynchronouslyWithAborted()
    {
        ApiClientFixture f;
        f.network.enqueue(CannedReply::hanging());
        auto *job = f.client.listTags();
        job->setAutoDelete(false);
        std::unique_ptr<ListTagsJob> owner(job);
        QSignalSpy failed(job, &ApiJob::failed);
        QSignalSpy finished(job, &ApiJob::finished);
        job->abort();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(job->error()->kind(), Kind::Aborted);
        job->abort(); // harmless once finished
        QCOMPARE(finished.size(), 1);
    }

    void abortWhileWaitingForTheBudgetGivesTheSlotAway()
    {
        ApiClientFixture f;
        f.budget.pauseFor(seconds(5));
        auto *waiting = f.client.listTags();
        waiting->setAutoDelete(false);
        std::unique_ptr<ListTagsJob> owner(waiting);
        QCOMPARE(f.budget.waitingCount(), 1);
        waiting->abort();
        QCOMPARE(f.budget.waitingCount(), 0);
        f.advance(seconds(5));
        QCOMPARE(f.network.requestCount(), 0);
    }

    void jobsDeleteThemselvesAfterFinishing()
    {
        ApiClientFixture f;
        f.network.enqueue(CannedReply::json(200, "{}"));
        QPointer<ApiJob> job = f.client.ping();
        QSignalSpy finished(job.data(), &ApiJob::finished);
        QVERIFY(finished.wait());
        QTRY_VERIFY(job.isNull());
    }

    void signalOrderIsOutcomeThenFinished()
    {
        ApiClientFixture f;
        f.network.enqueue(CannedReply::json(200, "{}"));
        auto *job = f.client.ping();
        QStringList order;
        connect(job, &ApiJob::succeeded, this, [&] { order << QStringLiteral("succeeded"); });
        connect(job, &ApiJob::failed, this, [&] { order << QStringLiteral("failed"); });
        connect(job, &ApiJob::finished, this, [&] { order << QStringLiteral("finished"); });
        QTRY_COMPARE(order, (QStringList{QStringLiteral("succeeded"), QStringLiteral("finished")}));
    }

    void destroyingTheClientAbortsItsJobs()
    {
        auto f = std::make_unique<ApiClientFixture>();
        f->network.enqueue(CannedReply::hanging());
        QPointer<ApiJob> job = f->client.listTags();
        f->budget.pauseFor(seconds(1));
        QPointer<ApiJob> waiting = f->client.listTags();
        f.reset();
        QVERIFY(job.isNull());
        QVERIFY(waiting.isNull());
    }
};

QTEST_GUILESS_MAIN(TestApiJob)
#include "tst_apijob.moc"
