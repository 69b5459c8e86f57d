// SPDX-License-Identifier: GPL-3.0-or-later
// fetchPages (core/sync/pagedfetch.h): every page handed over once and in order, the next page
// asked for ahead, an error handed over after the pages before it, a stop that aborts the page
// asked for ahead, and the event loop running between two pages (bench_ingest's loop gaps).
#include "apiclientfixture.h"

#include "api/jobs/listtagsjob.h"
#include "sync/pagedfetch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimer>

using namespace Frontline;
using namespace Frontline::Test;

namespace {

constexpr int kPerPage = 3;

QByteArray page(int number, int count)
{
    QJsonArray tags;
    for (int i = 0; i < count; ++i)
        tags.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("p%1-%2").arg(number).arg(i)},
                                {QStringLiteral("name"), QStringLiteral("Tag")}});
    return QJsonDocument(tags).toJson(QJsonDocument::Compact);
}

struct Run
{
    QStringList handed; // tag ids in the order onPage saw them
    QList<int> pagesHanded;
    std::optional<std::optional<ApiError>> done; // set once: the error, if any
    int doneCalls = 0;
};

} // namespace

/// A fetch of tag pages served by a fake network: `pages` are the page sizes (page 1 first), a
/// size < 0 answers that HTTP status instead. The context lives as long as this object.
struct Fetch
{
    explicit Fetch(const QList<int> &pages)
    {
        f.network.setHandler([pages](const RecordedRequest &r) -> std::optional<CannedReply> {
            const int n = r.queryValue(QStringLiteral("_page")).toInt();
            if (n < 1 || n > pages.size())
                return CannedReply::json(200, "[]");
            const int size = pages.at(n - 1);
            if (size < 0)
                return CannedReply::json(-size, R"({"message":"no"})");
            return CannedReply::json(200, page(n, size));
        });
    }

    /// Starts it; `extra` sees each page after it was recorded and says whether to go on.
    void start(QObject *on, std::function<bool(const ListTagsJob &)> extra = nullptr)
    {
        fetchPages<ListTagsJob>(
                on,
                [this](int n) {
                    ListQuery q;
                    q.page = n;
                    q.perPage = kPerPage;
                    return f.client.listTags(q);
                },
                kPerPage,
                [this, extra](const ListTagsJob &job) {
                    run.pagesHanded.append(int(run.pagesHanded.size()) + 1);
                    for (const Tag &t : job.items())
                        run.handed.append(t.id);
                    return extra ? extra(job) : true;
                },
                [this](std::optional<ApiError> error) {
                    ++run.doneCalls;
                    run.done = error;
                });
    }
    void start(std::function<bool(const ListTagsJob &)> extra = nullptr) { start(&context, std::move(extra)); }

    /// Whether `done` was called within 5 s.
    bool waitDone()
    {
        return QTest::qWaitFor([this] { return run.done.has_value(); }, 5000);
    }

    ApiClientFixture f;
    QObject context;
    Run run;
};

class TestPagedFetch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyPageOnceInOrderUntilAShortPage()
    {
        Fetch fetch({3, 3, 3, 1});
        fetch.start();
        QVERIFY(fetch.waitDone());
        const Run &run = fetch.run;
        QVERIFY(!run.done->has_value());
        QCOMPARE(run.doneCalls, 1);
        QCOMPARE(run.handed.size(), 10);
        QCOMPARE(run.handed.first(), QStringLiteral("p1-0"));
        QCOMPARE(run.handed.at(3), QStringLiteral("p2-0"));
        QCOMPARE(run.handed.last(), QStringLiteral("p4-0"));
        QCOMPARE(fetch.f.network.requestCount(), 4); // no page asked for after the short one
        QTest::qWait(20);
        QCOMPARE(run.doneCalls, 1);
    }

    void anErrorComesAfterThePagesBeforeIt()
    {
        Fetch fetch({3, 3, -404});
        fetch.start();
        QVERIFY(fetch.waitDone());
        const Run &run = fetch.run;
        QVERIFY(run.done->has_value());
        QCOMPARE((*run.done)->kind(), ApiError::Kind::NotFound);
        QCOMPARE(run.pagesHanded.size(), 2); // pages 1 and 2 were stored before the error
        QCOMPARE(run.handed.size(), 6);
        QCOMPARE(run.doneCalls, 1);
    }

    void aStopAbortsThePageAskedForAhead()
    {
        Fetch fetch({3, 3, 3, 3, 3});
        fetch.start([](const ListTagsJob &) { return false; });
        QVERIFY(fetch.waitDone());
        const Run &run = fetch.run;
        QVERIFY(!run.done->has_value());
        QCOMPARE(run.pagesHanded.size(), 1);
        QTest::qWait(20);
        QCOMPARE(run.pagesHanded.size(), 1); // page 2 (asked for ahead) never handed over
        QVERIFY(fetch.f.network.requestCount() <= 2);
        QCOMPARE(run.doneCalls, 1);
    }

    void theEventLoopRunsBetweenTwoPages()
    {
        // Pages answered at once pile up while the first is stored; each is still handed over
        // from an event-loop pass of its own, so a zero-time timer started while storing one
        // page has run before the next page arrives.
        Fetch fetch({3, 3, 3, 3, 0});
        int pagesWithoutTimer = 0;
        bool timerRan = true;
        fetch.start([&](const ListTagsJob &) {
            if (!timerRan)
                ++pagesWithoutTimer;
            timerRan = false;
            QTimer::singleShot(0, &fetch.context, [&timerRan] { timerRan = true; });
            QTest::qSleep(5); // storing takes a while; the next page's answer is ready meanwhile
            return true;
        });
        QVERIFY(fetch.waitDone());
        QCOMPARE(fetch.run.pagesHanded.size(), 5);
        QCOMPARE(pagesWithoutTimer, 0);
    }

    void aContextGoneEndsItQuietly()
    {
        Fetch fetch({3, 3, 3, 3, 3});
        auto context = std::make_unique<QObject>();
        fetch.start(context.get());
        const Run &run = fetch.run;
        QTRY_VERIFY(!run.pagesHanded.isEmpty());
        context.reset();
        QTest::qWait(50);
        const int handed = int(run.pagesHanded.size());
        QTest::qWait(50);
        QCOMPARE(int(run.pagesHanded.size()), handed); // nothing handed to a context that is gone
        QVERIFY(run.doneCalls <= 1);
    }
};

QTEST_GUILESS_MAIN(TestPagedFetch)
#include "tst_pagedfetch.moc"
