// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/cannedresponsemodel.h"
#include "models/fuzzymatcher.h"
#include "models/languageguess.h"
#include "models/placeholders.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Frontline;

namespace {

int score(const QString &pattern, const QString &text)
{
    return FuzzyMatcher::score(FuzzyMatcher::fold(pattern), FuzzyMatcher::fold(text));
}

QStringList names(const CannedResponseModel &m)
{
    QStringList out;
    for (int i = 0; i < m.rowCount(); ++i)
        out.append(m.index(i).data(CannedResponseModel::NameRole).toString());
    return out;
}

} // namespace

class TestCannedResponses : public QObject
{
    Q_OBJECT

private slots:
    void foldsCaseAndAccentsButKeepsNordicLetters()
    {
        QCOMPARE(FuzzyMatcher::fold(u"Reanudación ČŠŽ"), QStringLiteral("reanudacion csz"));
        QCOMPARE(FuzzyMatcher::fold(u"Ærø Ålborg Søren"), QStringLiteral("ærø ålborg søren"));
    }

    void scoresSubsequencesAndPrefersWordStartsAndSubstrings()
    {
        QCOMPARE(score(QStringLiteral("xyz"), QStringLiteral("refund request")), -1);
        QVERIFY(score(QStringLiteral("rfnd"), QStringLiteral("refund request")) > 0);
        // In order only.
        QCOMPARE(score(QStringLiteral("dnufer"), QStringLiteral("refund")), -1);
        // A substring beats a scattered match; a word start beats the middle of a word.
        QVERIFY(score(QStringLiteral("fund"), QStringLiteral("refund"))
                > score(QStringLiteral("rfnd"), QStringLiteral("refund")));
        QVERIFY(score(QStringLiteral("ref"), QStringLiteral("refund policy"))
                > score(QStringLiteral("ref"), QStringLiteral("the preference")));
        QVERIFY(score(QStringLiteral("reanudacion"), QStringLiteral("Reanudación del pedido")) > 0);
        // Substring mode: one piece only.
        const QString text = FuzzyMatcher::fold(u"tak for din besked, venlig hilsen");
        QVERIFY(FuzzyMatcher::score(u"besked", text, FuzzyMatcher::Mode::Substring) > 0);
        QCOMPARE(FuzzyMatcher::score(u"tfdb", text, FuzzyMatcher::Mode::Substring), -1);
        QVERIFY(FuzzyMatcher::score(u"tfdb", text) > 0);
        QCOMPARE(score(QString(), QStringLiteral("anything")), 0);
    }

    void guessesTheFiveLanguages_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::newRow("da") << QStringLiteral("Hej Mette, tak for din besked. Vi har desværre ikke modtaget din "
                                              "betaling endnu. Venlig hilsen Lars")
                            << QStringLiteral("da");
        QTest::newRow("nb") << QStringLiteral("Hei Ola, takk for meldingen din. Vi har dessverre ikke mottatt "
                                              "betalingen ennå. Vennlig hilsen Ingrid")
                            << QStringLiteral("nb");
        QTest::newRow("es") << QStringLiteral("Hola Ana, gracias por su mensaje. Hemos recibido su pedido y lo "
                                              "enviaremos mañana. Saludos")
                            << QStringLiteral("es");
        QTest::newRow("sl") << QStringLiteral("Pozdravljeni, hvala za vaše sporočilo. Vaš zahtevek smo prejeli in "
                                              "ga bomo rešili čim prej. Lep pozdrav")
                            << QStringLiteral("sl");
        QTest::newRow("en") << QStringLiteral("Hi John, thank you for your message. We have received your order and "
                                              "will ship it tomorrow. Best regards")
                            << QStringLiteral("en");
        QTest::newRow("too short") << QStringLiteral("OK") << QString();
    }

    void guessesTheFiveLanguages()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        QCOMPARE(guessLanguage(text), language);
    }

    void resolvesPlaceholders()
    {
        PlaceholderContext c;
        c.customerName = QStringLiteral("Mette Sørensen");
        c.agentName = QStringLiteral("Lars Nielsen");
        c.ticketCode = QStringLiteral("KJH-TRD-001");
        c.departmentName = QStringLiteral("Billing");
        QCOMPARE(resolvePlaceholders(
                         QStringLiteral("Hej {$customer_firstname}, sag {$ticket_code} ({$department_name}). "
                                        "Mvh {$agent_firstname} / {$agent_name}. {$unknown} {$customer_name}"),
                         c),
                 QStringLiteral(
                         "Hej Mette, sag KJH-TRD-001 (Billing). Mvh Lars / Lars Nielsen. {$unknown} Mette Sørensen"));
        PlaceholderContext noName;
        noName.customerEmail = QStringLiteral("ana.ruiz@example.es");
        QCOMPARE(resolvePlaceholders(QStringLiteral("Hola {$customer_firstname}"), noName), QStringLiteral("Hola Ana"));
        QCOMPARE(firstName(QStringLiteral("  Jože  Novak ")), QStringLiteral("Jože"));
    }

    void offersTheRightEntriesInTheRightOrder()
    {
        CannedResponseModel model(nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<CannedMessage> canned{
                {QStringLiteral("c1"), QString(), QString(),
                 QStringLiteral("Hola {$customer_firstname}, gracias por su mensaje. Saludos"),
                 QStringLiteral("saludo gracias")},
                {QStringLiteral("c2"), QString(), QString(),
                 QStringLiteral("Hej {$customer_firstname}, tak for din besked. Venlig hilsen"),
                 QStringLiteral("hilsen tak")},
                {QStringLiteral("c3"), QString(), QStringLiteral("billing"),
                 QStringLiteral("Your refund has been issued and will arrive in 3-5 days. Best regards"),
                 QStringLiteral("refund")},
                {QStringLiteral("c4"), QString(), QStringLiteral("social"),
                 QStringLiteral("Thanks for reaching out on Facebook, we will reply by message."),
                 QStringLiteral("facebook")},
                {QStringLiteral("c5"), QStringLiteral("someone-else"), QString(),
                 QStringLiteral("My private snippet for the team, thanks"), QStringLiteral("private")},
        };
        const QList<PredefinedAnswer> answers{
                {QStringLiteral("p1"), QString(), QString(), QStringLiteral("Refusion bekræftet"),
                 QStringLiteral("Din refusion"),
                 QStringLiteral("Hej {$customer_firstname},\nvi har refunderet dit beløb. Venlig hilsen"),
                 QStringLiteral("T")},
        };
        model.setResponses(canned, answers);
        model.setContext(QStringLiteral("billing"), QStringLiteral("me"), {QStringLiteral("da"), QStringLiteral("en")});
        QCOMPARE(model.totalCount(), 6);
        // Not offered: another department's (c4) and another agent's (c5).
        QCOMPARE(model.rowCount(), 4);
        // Danish first (the UI language), then English.
        QCOMPARE(model.index(0).data(CannedResponseModel::LanguageRole).toString(), QStringLiteral("da"));
        QCOMPARE(model.index(1).data(CannedResponseModel::LanguageRole).toString(), QStringLiteral("da"));
        QCOMPARE(model.index(2).data(CannedResponseModel::LanguageRole).toString(), QStringLiteral("en"));

        model.setFilter(QStringLiteral("ref"));
        QCOMPARE(names(model), (QStringList{QStringLiteral("Refusion bekræftet"), QStringLiteral("refund")}));
        model.setFilter(QStringLiteral("refu")); // narrowing keeps the same answer as a full recompute
        const QStringList narrowed = names(model);
        model.setFilter(QString());
        model.setFilter(QStringLiteral("refu"));
        QCOMPARE(names(model), narrowed);
        model.setFilter(QStringLiteral("zzzz"));
        QCOMPARE(model.rowCount(), 0);
        model.setFilter(QString());
        QCOMPARE(model.rowCount(), 4);
        // Another ticket in Social media: the Facebook snippet appears, the billing one goes.
        model.setContext(QStringLiteral("social"), QStringLiteral("me"), {QStringLiteral("es")});
        QVERIFY(names(model).contains(QStringLiteral("facebook")));
        QVERIFY(!names(model).contains(QStringLiteral("refund")));
        QCOMPARE(model.index(0).data(CannedResponseModel::LanguageRole).toString(), QStringLiteral("es"));
    }
};

QTEST_GUILESS_MAIN(TestCannedResponses)
#include "tst_cannedresponses.moc"
