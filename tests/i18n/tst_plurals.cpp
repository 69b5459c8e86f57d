// SPDX-License-Identifier: GPL-3.0-or-later
// %n messages through the compiled catalogues (:/i18n/frontline_<lang>.qm, what the program
// loads): each count picks the grammatical form the language needs. Slovenian has four:
// one (1, 101), two (2, 102), few (3, 4, 103, 104) and other (0, 5…100).
#include "catalogue.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace Frontline::Test;
using namespace Qt::StringLiterals;

namespace {

const QList<int> kCounts{0, 1, 2, 3, 4, 5, 11, 21, 101, 102, 103, 104, 111, 1001};

/// The form CLDR gives `n`, as the index of the .ts numerus forms.
int formIndex(const QString &language, int n)
{
    if (language == u"sl") {
        const int mod100 = n % 100;
        if (mod100 == 1)
            return 0;
        if (mod100 == 2)
            return 1;
        if (mod100 == 3 || mod100 == 4)
            return 2;
        return 3;
    }
    return n == 1 ? 0 : 1; // da, es, nb: one, other
}

/// Installs a language's catalogue for one test.
class Installed
{
public:
    explicit Installed(const QString &language)
    {
        m_ok = m_translator.load(u":/i18n/frontline_"_s + language);
        if (m_ok)
            QCoreApplication::installTranslator(&m_translator);
    }
    ~Installed() { QCoreApplication::removeTranslator(&m_translator); }
    bool ok() const { return m_ok; }

private:
    QTranslator m_translator;
    bool m_ok = false;
};

QString rendered(const char *context, const char *source, int n)
{
    return QCoreApplication::translate(context, source, nullptr, n);
}

} // namespace

class TestPlurals : public QObject
{
    Q_OBJECT

private slots:
    // Every %n message of every language, against the form its .ts gives for that count.
    void everyPluralPicksTheRightForm_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : Catalogues::languages())
            QTest::newRow(qPrintable(language)) << language;
    }
    void everyPluralPicksTheRightForm()
    {
        QFETCH(QString, language);
        Installed installed(language);
        QVERIFY2(installed.ok(), "the compiled catalogue is not in the resources");
        QStringList wrong;
        int plurals = 0;
        for (const TsMessage &m : Catalogues::ts(language).messages) {
            if (!m.numerus)
                continue;
            ++plurals;
            const QByteArray context = m.context.toUtf8();
            const QByteArray source = m.source.toUtf8();
            for (int n : kCounts) {
                const int form = formIndex(language, n);
                QVERIFY(form < m.translations.size());
                QString expected = m.translations.at(form);
                expected.replace(u"%Ln"_s, QLocale().toString(n));
                expected.replace(u"%n"_s, QString::number(n));
                const QString got = rendered(context.constData(), source.constData(), n);
                if (got != expected)
                    wrong << u"%1, n = %2: \"%3\", wants \"%4\""_s.arg(m.where()).arg(n).arg(got, expected);
            }
        }
        QVERIFY(plurals > 10);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
    }

    // Slovenian, written out: the four forms as a reader expects them.
    void slovenian_data()
    {
        QTest::addColumn<QByteArray>("context");
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<QStringList>("expected"); // for 0, 1, 2, 3, 5, 101, 102, 103
        QTest::newRow("queue tooltip") << QByteArray("Frontline::QueueModel") << QByteArray("%1: %n ticket(s)")
                                       << QStringList{u"Moji: 0 zahtevkov"_s,  u"Moji: 1 zahtevek"_s,
                                                      u"Moji: 2 zahtevka"_s,   u"Moji: 3 zahtevki"_s,
                                                      u"Moji: 5 zahtevkov"_s,  u"Moji: 101 zahtevek"_s,
                                                      u"Moji: 102 zahtevka"_s, u"Moji: 103 zahtevki"_s};
        QTest::newRow("waiting actions") << QByteArray("Frontline::SyncStatusWidget")
                                         << QByteArray("%n action(s) waiting")
                                         << QStringList{u"0 dejanj čaka"_s,      u"1 dejanje čaka"_s,
                                                        u"2 dejanji čakata"_s,   u"3 dejanja čakajo"_s,
                                                        u"5 dejanj čaka"_s,      u"101 dejanje čaka"_s,
                                                        u"102 dejanji čakata"_s, u"103 dejanja čakajo"_s};
        QTest::newRow("customers replied")
                << QByteArray("Frontline::NotificationCenter") << QByteArray("%n customers replied")
                << QStringList{u"0 strank je odgovorilo"_s,     u"1 stranka je odgovorila"_s,
                               u"2 stranki sta odgovorili"_s,   u"3 stranke so odgovorile"_s,
                               u"5 strank je odgovorilo"_s,     u"101 stranka je odgovorila"_s,
                               u"102 stranki sta odgovorili"_s, u"103 stranke so odgovorile"_s};
        QTest::newRow("missed deadlines")
                << QByteArray("Frontline::NotificationCenter") << QByteArray("%n deadlines missed")
                << QStringList{u"0 zamujenih rokov"_s, u"1 zamujen rok"_s,     u"2 zamujena roka"_s,
                               u"3 zamujeni roki"_s,   u"5 zamujenih rokov"_s, u"101 zamujen rok"_s,
                               u"102 zamujena roka"_s, u"103 zamujeni roki"_s};
        QTest::newRow("retry in seconds")
                << QByteArray("Frontline::ApiError")
                << QByteArray("The server has had too many requests from this key; retrying in %n second(s).")
                << QStringList{u"… čez 0 sekund."_s,    u"… čez 1 sekundo."_s,  u"… čez 2 sekundi."_s,
                               u"… čez 3 sekunde."_s,   u"… čez 5 sekund."_s,   u"… čez 101 sekundo."_s,
                               u"… čez 102 sekundi."_s, u"… čez 103 sekunde."_s};
    }
    void slovenian()
    {
        QFETCH(QByteArray, context);
        QFETCH(QByteArray, source);
        QFETCH(QStringList, expected);
        Installed installed(u"sl"_s);
        QVERIFY(installed.ok());
        const QList<int> counts{0, 1, 2, 3, 5, 101, 102, 103};
        for (int i = 0; i < counts.size(); ++i) {
            QString got = rendered(context.constData(), source.constData(), counts.at(i));
            if (got.contains(u"%1"_s))
                got = got.arg(u"Moji"_s);
            QString want = expected.at(i);
            if (want.startsWith(u"… "_s)) // only the end of a long sentence is spelled out
                QVERIFY2(got.endsWith(want.mid(2)), qPrintable(got));
            else
                QCOMPARE(got, want);
        }
    }

    // The two-form languages: one for exactly 1, the plural for 0 and the rest.
    void twoForms_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("expected"); // for 0, 1, 2, 101
        QTest::newRow("da") << u"da"_s
                            << QStringList{u"Mine: 0 billetter"_s, u"Mine: 1 billet"_s, u"Mine: 2 billetter"_s,
                                           u"Mine: 101 billetter"_s};
        QTest::newRow("es") << u"es"_s
                            << QStringList{u"Mine: 0 tickets"_s, u"Mine: 1 ticket"_s, u"Mine: 2 tickets"_s,
                                           u"Mine: 101 tickets"_s};
        QTest::newRow("nb") << u"nb"_s
                            << QStringList{u"Mine: 0 billetter"_s, u"Mine: 1 billett"_s, u"Mine: 2 billetter"_s,
                                           u"Mine: 101 billetter"_s};
    }
    void twoForms()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, expected);
        Installed installed(language);
        QVERIFY(installed.ok());
        const QList<int> counts{0, 1, 2, 101};
        for (int i = 0; i < counts.size(); ++i)
            QCOMPARE(rendered("Frontline::QueueModel", "%1: %n ticket(s)", counts.at(i)).arg(u"Mine"_s),
                     expected.at(i));
    }
};

QTEST_GUILESS_MAIN(TestPlurals)
#include "tst_plurals.moc"
