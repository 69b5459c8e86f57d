// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/wire/filter.h"

#include <QTest>

using namespace Frontline;

class TestFilter : public QObject
{
    Q_OBJECT

private slots:
    void buildsTheAdvancedForm()
    {
        Filter f;
        f.in(QStringLiteral("agentid"), {QStringLiteral("a1")})
                .in(QStringLiteral("status"), {QStringLiteral("N"), QStringLiteral("C")})
                .add(QStringLiteral("date_changed"), QStringLiteral("D>="), QStringLiteral("2026-11-23 08:00:00"));
        QCOMPARE(
                f.toJson(),
                QByteArray(
                        R"([["agentid","IN","a1"],["status","IN","N,C"],["date_changed","D>=","2026-11-23 08:00:00"]])"));
        auto back = Filter::fromJson(f.toJson());
        QVERIFY(back);
        QCOMPARE(*back, f);
        QCOMPARE(back->conditions().at(1).values(), (QStringList{QStringLiteral("N"), QStringLiteral("C")}));
    }

    void acceptsTheSimpleForm()
    {
        auto f = Filter::fromJson(R"({"status":"N","departmentid":7})");
        QVERIFY(f);
        QCOMPARE(f->conditions().size(), 2);
        for (const FilterCondition &c : f->conditions())
            QCOMPARE(c.op, QStringLiteral("E"));
    }

    void rejectsMalformedFilters_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("not json") << QByteArray("[[\"status\"") << QString();
        QTest::newRow("scalar") << QByteArray("42") << QString();
        QTest::newRow("not a triple") << QByteArray(R"([["status","IN"]])") << QStringLiteral("[0]");
        QTest::newRow("unknown operator")
                << QByteArray(R"([["status","E","N"],["status","XX","N"]])") << QStringLiteral("[1][1]");
        QTest::newRow("empty field") << QByteArray(R"([["","E","N"]])") << QStringLiteral("[0][0]");
        QTest::newRow("object value") << QByteArray(R"([["status","E",{}]])") << QStringLiteral("[0][2]");
        QTest::newRow("item not array") << QByteArray(R"(["status"])") << QStringLiteral("[0]");
    }

    void rejectsMalformedFilters()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        auto f = Filter::fromJson(json);
        QVERIFY(!f);
        QCOMPARE(f.error().field, field);
        QVERIFY(!f.error().problem.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFilter)
#include "tst_filter.moc"
