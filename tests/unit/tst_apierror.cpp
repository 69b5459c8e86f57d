// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/apierror.h"

#include <QTest>

using namespace Frontline;
using Kind = ApiError::Kind;

class TestApiError : public QObject
{
    Q_OBJECT

private slots:
    void kindForEveryStatus_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<Kind>("kind");
        QTest::newRow("400") << 400 << Kind::BadRequest;
        QTest::newRow("401") << 401 << Kind::Unauthorized;
        QTest::newRow("403") << 403 << Kind::Forbidden;
        QTest::newRow("404") << 404 << Kind::NotFound;
        QTest::newRow("408") << 408 << Kind::Timeout;
        QTest::newRow("409") << 409 << Kind::BadRequest;
        QTest::newRow("422") << 422 << Kind::BadRequest;
        QTest::newRow("424") << 424 << Kind::TwoFactorRequired;
        QTest::newRow("425") << 425 << Kind::TwoFactorInvalid;
        QTest::newRow("429") << 429 << Kind::RateLimited;
        QTest::newRow("500") << 500 << Kind::Server;
        QTest::newRow("502") << 502 << Kind::Server;
        QTest::newRow("503") << 503 << Kind::Server;
        QTest::newRow("504") << 504 << Kind::Server;
        QTest::newRow("302 not followed") << 302 << Kind::BadRequest;
    }

    void kindForEveryStatus()
    {
        QFETCH(int, status);
        QFETCH(Kind, kind);
        QCOMPARE(ApiError::kindForStatus(status), kind);
        const ApiError e = ApiError::fromHttpStatus(status, {});
        QCOMPARE(e.kind(), kind);
        QCOMPARE(e.httpStatus(), status);
        QVERIFY(!e.humanMessage().isEmpty());
    }

    void serverMessageFromV3AndV1Bodies()
    {
        QCOMPARE(ApiError::serverMessageIn(R"({"message":" Ticket not found "})"), QStringLiteral("Ticket not found"));
        QCOMPARE(ApiError::serverMessageIn(R"({"response":{"status":"ERROR","errormessage":"ApiKey not found"}})"),
                 QStringLiteral("ApiKey not found"));
        QCOMPARE(ApiError::serverMessageIn("<html>Bad gateway</html>"), QString());
        QCOMPARE(ApiError::serverMessageIn(R"({"message":42})"), QString());
        const ApiError e = ApiError::fromHttpStatus(403, R"({"message":"Access denied for ticket.operate"})");
        QCOMPARE(e.serverMessage(), QStringLiteral("Access denied for ticket.operate"));
        QVERIFY(e.humanMessage().contains(QStringLiteral("Access denied for ticket.operate")));
    }

    void kindNamesRoundTrip()
    {
        const Kind all[] = {Kind::Network,
                            Kind::Timeout,
                            Kind::Tls,
                            Kind::Unauthorized,
                            Kind::Forbidden,
                            Kind::NotFound,
                            Kind::BadRequest,
                            Kind::RateLimited,
                            Kind::Server,
                            Kind::Decode,
                            Kind::TwoFactorRequired,
                            Kind::TwoFactorInvalid,
                            Kind::InvalidCredentials,
                            Kind::InsecureUrl,
                            Kind::InvalidUrl,
                            Kind::Aborted};
        QSet<QString> names;
        for (Kind k : all) {
            const QString name = ApiError::kindName(k);
            QVERIFY(!names.contains(name));
            names.insert(name);
            QCOMPARE(ApiError::kindFromName(name), std::optional(k));
            QVERIFY2(!ApiError(k).humanMessage().isEmpty(), qPrintable(name));
        }
        QVERIFY(!ApiError::kindFromName(u"nonsense"));
    }

    void humanMessagesCarryTheFacts()
    {
        ApiError noHost(Kind::Network);
        noHost.setNetworkError(QNetworkReply::HostNotFoundError);
        noHost.setHost(QStringLiteral("acme.ladesk.com"));
        QVERIFY(noHost.humanMessage().contains(QStringLiteral("no such host")));
        QVERIFY(noHost.humanMessage().contains(QStringLiteral("acme.ladesk.com")));

        ApiError tls(Kind::Tls);
        tls.setCertificateFingerprint(QStringLiteral("AB:CD:EF"));
        QVERIFY(tls.humanMessage().contains(QStringLiteral("TLS")));
        QVERIFY(tls.humanMessage().contains(QStringLiteral("AB:CD:EF")));

        ApiError limited(Kind::RateLimited);
        limited.setRetryAfter(std::chrono::seconds(42));
        QVERIFY(limited.humanMessage().contains(QStringLiteral("42")));

        QVERIFY(ApiError::fromHttpStatus(401, {}).humanMessage().contains(QStringLiteral("refused the API key")));
        // Refused before sending: there was no key at all.
        QVERIFY(ApiError(Kind::Unauthorized).humanMessage().contains(QStringLiteral("No API key")));
        QVERIFY(ApiError(Kind::Decode).humanMessage().contains(QStringLiteral("LiveAgent server")));

        ApiError server = ApiError::fromHttpStatus(503, {});
        QVERIFY(server.humanMessage().contains(QStringLiteral("503")));
    }

    void decodeErrorKeepsTheField()
    {
        const ApiError e = ApiError::fromDecodeError(
                DecodeError{QStringLiteral("[3].date_changed"), QStringLiteral("expected a date")}, 200);
        QCOMPARE(e.kind(), Kind::Decode);
        QVERIFY(e.decodeError());
        QCOMPARE(e.decodeError()->field, QStringLiteral("[3].date_changed"));
        QVERIFY(e.toLogString().contains(QStringLiteral("[3].date_changed")));
    }

    void transientKinds()
    {
        QVERIFY(ApiError(Kind::Network).isTransient());
        QVERIFY(ApiError(Kind::Timeout).isTransient());
        QVERIFY(ApiError(Kind::Server).isTransient());
        QVERIFY(ApiError(Kind::RateLimited).isTransient());
        QVERIFY(!ApiError(Kind::BadRequest).isTransient());
        QVERIFY(!ApiError(Kind::Forbidden).isTransient());
        QVERIFY(!ApiError(Kind::Tls).isTransient());
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
