// SPDX-License-Identifier: GPL-3.0-or-later
#include "postponedialog.h"

#include "dialogsizing.h"

#include "domain/clock.h"

#include <QButtonGroup>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Frontline {

namespace {

const QTime kMorning(9, 0);

} // namespace

PostponeDialog::PostponeDialog(const Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_clock(clock)
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_hour = new QRadioButton(this);
    m_tomorrow = new QRadioButton(this);
    m_monday = new QRadioButton(this);
    m_customRadio = new QRadioButton(this);
    m_group = new QButtonGroup(this);
    m_group->addButton(m_hour, int(Choice::InOneHour));
    m_group->addButton(m_tomorrow, int(Choice::TomorrowMorning));
    m_group->addButton(m_monday, int(Choice::NextMondayMorning));
    m_group->addButton(m_customRadio, int(Choice::Custom));

    m_custom = new QDateTimeEdit(this);
    m_custom->setCalendarPopup(true);
    m_custom->setTimeSpec(Qt::LocalTime);
    m_custom->setDateTime(presetTime(Choice::TomorrowMorning, m_clock.now()).toLocalTime());
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    // A button of our own: a standard Ok would get its "OK" back on a language change.
    m_postpone = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_postpone->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PostponeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_group, &QButtonGroup::idToggled, this, [this](int id, bool on) {
        if (on && id == int(Choice::Custom))
            m_custom->setFocus();
        validate();
    });
    // Touching the moment means "this one".
    connect(m_custom, &QDateTimeEdit::dateTimeChanged, this, [this] {
        m_customRadio->setChecked(true);
        validate();
    });

    auto *grid = new QGridLayout;
    grid->addWidget(m_hour, 0, 0, 1, 2);
    grid->addWidget(m_tomorrow, 1, 0, 1, 2);
    grid->addWidget(m_monday, 2, 0, 1, 2);
    grid->addWidget(m_customRadio, 3, 0);
    grid->addWidget(m_custom, 3, 1);
    grid->setColumnStretch(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(grid);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    m_hour->setChecked(true);
    m_hour->setFocus();
    retranslate();
    validate();
    DialogSizing::fitHeight(this, 400);
}

QDateTime PostponeDialog::presetTime(Choice choice, const QDateTime &now)
{
    const QDateTime local = now.toLocalTime();
    switch (choice) {
    case Choice::InOneHour:
        return now.addSecs(3600).toUTC();
    case Choice::TomorrowMorning:
        return QDateTime(local.date().addDays(1), kMorning, Qt::LocalTime).toUTC();
    case Choice::NextMondayMorning: {
        // Always the coming week's Monday: on a Monday, "next Monday" is a week away.
        const int days = 8 - local.date().dayOfWeek();
        return QDateTime(local.date().addDays(days), kMorning, Qt::LocalTime).toUTC();
    }
    case Choice::Custom:
        break;
    }
    return {};
}

PostponeDialog::Choice PostponeDialog::choice() const
{
    return Choice(m_group->checkedId());
}

void PostponeDialog::setChoice(Choice choice)
{
    radio(choice)->setChecked(true);
}

void PostponeDialog::setCustom(const QDateTime &when)
{
    m_custom->setDateTime(when.toLocalTime());
    m_customRadio->setChecked(true);
}

QRadioButton *PostponeDialog::radio(Choice choice) const
{
    return qobject_cast<QRadioButton *>(m_group->button(int(choice)));
}

QDateTime PostponeDialog::until() const
{
    if (choice() == Choice::Custom)
        return m_custom->dateTime().toUTC();
    return presetTime(choice(), m_clock.now());
}

void PostponeDialog::validate()
{
    const bool past = until() <= m_clock.now();
    m_postpone->setEnabled(!past);
    if (m_problem->isHidden() == past) {
        m_problem->setVisible(past);
        DialogSizing::fitHeight(this);
    }
}

void PostponeDialog::accept()
{
    // Time moves on while the dialog is open: check again at the moment it counts.
    validate();
    if (until() <= m_clock.now())
        return;
    QDialog::accept();
}

void PostponeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void PostponeDialog::retranslate()
{
    const QLocale locale;
    const QDateTime now = m_clock.now();
    const auto timeOf = [&](Choice c) {
        return locale.toString(presetTime(c, now).toLocalTime().time(), QLocale::ShortFormat);
    };
    const auto dayOf = [&](Choice c) {
        return locale.toString(presetTime(c, now).toLocalTime().date(), QLocale::ShortFormat);
    };
    setWindowTitle(tr("Postpone Ticket"));
    m_intro->setText(tr("The ticket waits until this moment (your local time), then comes back as open."));
    //: %1 is the clock time an hour from now, e.g. 15:30
    m_hour->setText(tr("In one &hour (%1)").arg(timeOf(Choice::InOneHour)));
    //: %1 is the time (09:00 in the local format), %2 tomorrow's date
    m_tomorrow->setText(
            tr("&Tomorrow at %1 (%2)").arg(timeOf(Choice::TomorrowMorning), dayOf(Choice::TomorrowMorning)));
    //: %1 is the time (09:00 in the local format), %2 the date of next Monday
    m_monday->setText(
            tr("Next &Monday at %1 (%2)").arg(timeOf(Choice::NextMondayMorning), dayOf(Choice::NextMondayMorning)));
    //: A radio button followed by a date and time field
    m_customRadio->setText(tr("&Other time:"));
    m_custom->setAccessibleName(tr("Postpone until (date and time)"));
    QString format = locale.dateTimeFormat(QLocale::ShortFormat);
    if (!format.contains(u"yyyy"_s)) // two-digit years are ambiguous in an editor
        format.replace(u"yy"_s, u"yyyy"_s);
    const QSignalBlocker quiet(m_custom); // a new format is not the agent choosing a moment
    m_custom->setDisplayFormat(format);
    m_problem->setText(tr("This moment has already passed. Choose one in the future."));
    //: The button that postpones the ticket
    m_postpone->setText(tr("&Postpone"));
}

} // namespace Frontline
