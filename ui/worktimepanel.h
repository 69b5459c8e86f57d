// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "presence/worktimeledger.h"

#include <QDate>
#include <QTimeZone>
#include <QTimer>
#include <QWidget>

class QGroupBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Frontline {

class Clock;
class Store;

/// Working time from the presence log, pauses never counted (seeds 000/001): today (worked,
/// pauses and their total, by reason, first and last activity), a week day by day, and the
/// week's log exported as CSV. Usable in a dock or a dialog; refreshes when the log changes and
/// every minute. Also gives the one-line summary for the tray's tooltip.
class WorkTimePanel : public QWidget
{
    Q_OBJECT

public:
    WorkTimePanel(Store &store, const Clock &clock, QWidget *parent = nullptr);

    /// The zone whose calendar days are counted (default: the system's).
    void setTimeZone(const QTimeZone &zone);
    /// Shows the week (Monday to Sunday) containing `day` (default: this week).
    void showWeekOf(const QDate &day);
    QDate shownWeek() const { return m_weekOf; }

    WorkTimeSummary today() const { return m_today; }
    /// "Today: 5 h 12 min worked · pauses: 2 (45 min)".
    QString summaryLine() const;
    static QString summaryLine(const WorkTimeSummary &today, const QLocale &locale);
    /// A span to the second, "7:50:00" (the panel's way: totals must be checkable).
    static QString hms(std::chrono::seconds span);

    /// Writes the shown week's log as CSV (WorkTimeLedger::toCsv). Returns the problem in
    /// words, empty on success; the panel shows it too.
    QString exportCsv(const QString &path);
    QString statusText() const;
    /// A value shown for today by name: "working", "pauses", "byReason", "first", "last".
    QString todayText(const QString &name) const;
    QTableWidget *weekTable() const { return m_week; }

    void refresh();

Q_SIGNALS:
    void summaryLineChanged(const QString &line);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void chooseExportFile();
    QDate todayDate() const;

    Store &m_store;
    const Clock &m_clock;
    QTimeZone m_zone;
    QDate m_weekOf; // invalid: the current week
    WorkTimeSummary m_today;
    QString m_lastLine;
    QTimer m_minute;

    QGroupBox *m_todayBox;
    QHash<QString, QLabel *> m_captions;
    QHash<QString, QLabel *> m_values;
    QGroupBox *m_weekBox;
    QPushButton *m_previous;
    QPushButton *m_next;
    QLabel *m_weekTitle;
    QTableWidget *m_week;
    QPushButton *m_export;
    QLabel *m_status;
};

} // namespace Frontline
