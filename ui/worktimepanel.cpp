// SPDX-License-Identifier: GPL-3.0-or-later
#include "worktimepanel.h"

#include "domain/clock.h"
#include "models/slatext.h"
#include "store/store.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Frontline {

namespace {

const QStringList kTodayRows{u"working"_s, u"pauses"_s, u"byReason"_s, u"first"_s, u"last"_s};

} // namespace

WorkTimePanel::WorkTimePanel(Store &store, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_clock(clock)
    , m_zone(QTimeZone::systemTimeZone())
    , m_todayBox(new QGroupBox(this))
    , m_weekBox(new QGroupBox(this))
    , m_previous(new QPushButton(this))
    , m_next(new QPushButton(this))
    , m_weekTitle(new QLabel(this))
    , m_week(new QTableWidget(8, 4, this))
    , m_export(new QPushButton(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"workTimePanel"_s);
    auto *today = new QFormLayout(m_todayBox);
    for (const QString &name : kTodayRows) {
        auto *caption = new QLabel(m_todayBox);
        auto *value = new QLabel(m_todayBox);
        value->setObjectName(name);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        caption->setBuddy(value);
        m_captions.insert(name, caption);
        m_values.insert(name, value);
        today->addRow(caption, value);
    }

    m_week->verticalHeader()->setVisible(false);
    m_week->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_week->setSelectionMode(QAbstractItemView::NoSelection);
    m_week->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    for (int r = 0; r < m_week->rowCount(); ++r) {
        for (int c = 0; c < m_week->columnCount(); ++c) {
            auto *item = new QTableWidgetItem;
            item->setTextAlignment(c == 0 ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter);
            m_week->setItem(r, c, item);
        }
    }
    QFont bold = m_week->font();
    bold.setBold(true);
    for (int c = 0; c < m_week->columnCount(); ++c)
        m_week->item(7, c)->setFont(bold);
    m_previous->setText(u"◀"_s);
    m_next->setText(u"▶"_s);
    connect(m_previous, &QPushButton::clicked, this, [this] { showWeekOf(shownWeek().addDays(-7)); });
    connect(m_next, &QPushButton::clicked, this, [this] { showWeekOf(shownWeek().addDays(7)); });
    auto *weekHeader = new QHBoxLayout;
    weekHeader->addWidget(m_previous);
    weekHeader->addWidget(m_weekTitle, 1, Qt::AlignCenter);
    weekHeader->addWidget(m_next);
    auto *week = new QVBoxLayout(m_weekBox);
    week->addLayout(weekHeader);
    week->addWidget(m_week);

    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_export, &QPushButton::clicked, this, &WorkTimePanel::chooseExportFile);
    auto *exportRow = new QHBoxLayout;
    exportRow->addWidget(m_status, 1);
    exportRow->addWidget(m_export);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_todayBox);
    layout->addWidget(m_weekBox, 1);
    layout->addLayout(exportRow);

    connect(&m_store, &Store::presenceLogChanged, this, &WorkTimePanel::refresh);
    m_minute.setInterval(60s); // open intervals grow without any change in the log
    connect(&m_minute, &QTimer::timeout, this, &WorkTimePanel::refresh);
    m_minute.start();
    retranslate();
}

void WorkTimePanel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    refresh();
}

void WorkTimePanel::showWeekOf(const QDate &day)
{
    m_weekOf = day;
    refresh();
}

QDate WorkTimePanel::todayDate() const
{
    return m_clock.now().toTimeZone(m_zone).date();
}

QString WorkTimePanel::hms(std::chrono::seconds span)
{
    const qint64 s = std::max<qint64>(0, span.count());
    return u"%1:%2:%3"_s.arg(s / 3600).arg((s / 60) % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString WorkTimePanel::summaryLine(const WorkTimeSummary &today, const QLocale &locale)
{
    const QString worked = SlaText::duration(today.working, locale);
    if (today.pauseCount == 0)
        //: Tray tooltip: working time today, pauses excluded
        return tr("Today: %1 worked").arg(worked);
    //: Tray tooltip: "Today: 5 h 12 min worked · pauses: 2 (45 min)"
    return tr("Today: %1 worked · pauses: %2 (%3)")
            .arg(worked, locale.toString(today.pauseCount), SlaText::duration(today.paused, locale));
}

QString WorkTimePanel::summaryLine() const
{
    return summaryLine(m_today, QLocale());
}

QString WorkTimePanel::todayText(const QString &name) const
{
    const QLabel *label = m_values.value(name);
    return label ? label->text() : QString();
}

QString WorkTimePanel::statusText() const
{
    return m_status->text();
}

void WorkTimePanel::refresh()
{
    const QDateTime now = m_clock.now();
    const QLocale locale;
    const QDate today = todayDate();
    const QDate weekDay = m_weekOf.isValid() ? m_weekOf : today;
    const auto [weekStart, weekEnd] = WorkTimeLedger::weekBounds(weekDay, m_zone);
    const auto [dayStart, dayEnd] = WorkTimeLedger::dayBounds(today, m_zone);

    // One read covers today and the shown week (usually the same span).
    const QDateTime from = std::min(weekStart, dayStart);
    const QDateTime to = std::max(weekEnd, dayEnd);
    const QList<PresenceInterval> intervals = m_store.presence().intervals(from, to);

    m_today = WorkTimeLedger::summarize(intervals, dayStart, dayEnd, now);
    m_values[u"working"_s]->setText(hms(m_today.working));
    //: Today's pauses: "2 (0:40:00)": how many, and their total
    m_values[u"pauses"_s]->setText(tr("%1 (%2)").arg(locale.toString(m_today.pauseCount), hms(m_today.paused)));
    QStringList reasons;
    for (auto it = m_today.pausedByReason.cbegin(); it != m_today.pausedByReason.cend(); ++it) {
        //: A pause without a reason, in the list of pauses by reason
        const QString reason = it.key().isEmpty() ? tr("No reason") : it.key();
        //: A pause reason and its total time today: "Lunch: 0:30:00"
        reasons << tr("%1: %2").arg(reason, hms(it.value()));
    }
    //: Nothing to show in a field of the work-time panel
    m_values[u"byReason"_s]->setText(reasons.isEmpty() ? tr("—") : reasons.join(u'\n'));
    auto time = [&](const QDateTime &t) {
        return t.isValid() ? locale.toString(t.toTimeZone(m_zone).time(), QLocale::ShortFormat) : tr("—");
    };
    m_values[u"first"_s]->setText(time(m_today.firstActivity));
    m_values[u"last"_s]->setText(time(m_today.lastActivity));

    WorkTimeSummary total;
    const QDate monday = weekDay.addDays(1 - weekDay.dayOfWeek());
    for (int d = 0; d < 7; ++d) {
        const QDate date = monday.addDays(d);
        const auto [start, end] = WorkTimeLedger::dayBounds(date, m_zone);
        const WorkTimeSummary s = WorkTimeLedger::summarize(intervals, start, end, now);
        m_week->item(d, 0)->setText(u"%1 %2"_s.arg(locale.dayName(date.dayOfWeek(), QLocale::ShortFormat),
                                                   locale.toString(date, QLocale::ShortFormat)));
        m_week->item(d, 1)->setText(date > today ? QString() : hms(s.working));
        m_week->item(d, 2)->setText(date > today ? QString() : hms(s.paused));
        m_week->item(d, 3)->setText(date > today ? QString() : locale.toString(s.pauseCount));
        total.working += s.working;
        total.paused += s.paused;
        total.pauseCount += s.pauseCount;
    }
    //: The week table's last row
    m_week->item(7, 0)->setText(tr("Total"));
    m_week->item(7, 1)->setText(hms(total.working));
    m_week->item(7, 2)->setText(hms(total.paused));
    m_week->item(7, 3)->setText(locale.toString(total.pauseCount));
    //: Title of the week table: "Week of 23/11/2026"
    m_weekTitle->setText(tr("Week of %1").arg(locale.toString(monday, QLocale::ShortFormat)));
    m_next->setEnabled(monday.addDays(7) <= today);

    const QString line = summaryLine();
    if (line != m_lastLine) {
        m_lastLine = line;
        Q_EMIT summaryLineChanged(line);
    }
}

QString WorkTimePanel::exportCsv(const QString &path)
{
    const QDate weekDay = m_weekOf.isValid() ? m_weekOf : todayDate();
    const auto [from, to] = WorkTimeLedger::weekBounds(weekDay, m_zone);
    const QByteArray csv =
            WorkTimeLedger::toCsv(m_store.presence().intervals(from, to), from, to, m_clock.now(), m_zone);
    QSaveFile file(path);
    QString problem;
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        //: %1 is a file path, %2 the system's reason
        problem = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        m_status->setText(problem);
    } else {
        //: %1 is a file path
        m_status->setText(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
    }
    return problem;
}

void WorkTimePanel::chooseExportFile()
{
    const QDate weekDay = m_weekOf.isValid() ? m_weekOf : todayDate();
    int year = 0;
    const int week = weekDay.weekNumber(&year);
    //: Suggested file name of the export; keep it free of spaces and slashes
    const QString name = tr("frontline-working-time-%1-W%2.csv").arg(year).arg(week, 2, 10, QLatin1Char('0'));
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
            QFileDialog::getSaveFileName(this, tr("Export working time"), dir + u'/' + name, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

void WorkTimePanel::retranslate()
{
    //: Work-time panel: today's totals
    m_todayBox->setTitle(tr("Today"));
    //: Work-time panel: working time without pauses
    m_captions[u"working"_s]->setText(tr("Working time:"));
    m_captions[u"pauses"_s]->setText(tr("Pauses:"));
    m_captions[u"byReason"_s]->setText(tr("By reason:"));
    m_captions[u"first"_s]->setText(tr("First activity:"));
    m_captions[u"last"_s]->setText(tr("Last activity:"));
    //: Work-time panel: the week table, day by day
    m_weekBox->setTitle(tr("Week"));
    m_week->setHorizontalHeaderLabels({
            //: Column of the week table: the day
            tr("Day"),
            //: Column of the week table: time worked that day, pauses excluded
            tr("Working"),
            //: Column of the week table: time paused that day
            tr("Paused"),
            //: Column of the week table: how many pauses that day
            tr("Pauses"),
    });
    m_previous->setToolTip(tr("Previous week"));
    m_previous->setAccessibleName(tr("Previous week"));
    m_next->setToolTip(tr("Next week"));
    m_next->setAccessibleName(tr("Next week"));
    m_export->setText(tr("&Export CSV…"));
    refresh();
}

void WorkTimePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Frontline
