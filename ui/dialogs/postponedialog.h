// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QDialog>

class QButtonGroup;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QRadioButton;

namespace Frontline {

class Clock;

/// "Postpone until…": in an hour, tomorrow at 09:00, next Monday at 09:00 (local time) or a
/// chosen moment. A moment in the past is refused.
class PostponeDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { InOneHour, TomorrowMorning, NextMondayMorning, Custom };
    Q_ENUM(Choice)

    explicit PostponeDialog(const Clock &clock, QWidget *parent = nullptr);

    /// The chosen moment, in UTC.
    QDateTime until() const;
    Choice choice() const;
    void setChoice(Choice choice);
    /// Pre-selects "Custom" with this moment (any time spec).
    void setCustom(const QDateTime &when);

    /// The presets, as instants in UTC for a given "now" (local time decides the day).
    static QDateTime presetTime(Choice choice, const QDateTime &now);

    QDateTimeEdit *customEdit() const { return m_custom; }
    QPushButton *postponeButton() const { return m_postpone; }

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void validate();
    QRadioButton *radio(Choice choice) const;

    const Clock &m_clock;
    QButtonGroup *m_group;
    QRadioButton *m_hour;
    QRadioButton *m_tomorrow;
    QRadioButton *m_monday;
    QRadioButton *m_customRadio;
    QDateTimeEdit *m_custom;
    QLabel *m_intro;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QPushButton *m_postpone;
};

} // namespace Frontline
