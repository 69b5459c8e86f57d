// SPDX-License-Identifier: GPL-3.0-or-later
#include "presencebutton.h"

#include "presencetext.h"
#include "stateicons.h"

#include "domain/clock.h"
#include "presence/presencecontroller.h"

#include <QAction>
#include <QEvent>
#include <QMenu>

namespace Frontline {

PresenceButton::PresenceButton(PresenceController &presence, const Clock &clock, QWidget *parent)
    : QToolButton(parent)
    , m_presence(presence)
    , m_clock(clock)
    , m_toggle(new QAction(this))
{
    setPopupMode(QToolButton::MenuButtonPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_toggle->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_toggle, &QAction::triggered, this, [this] {
        if (StoreError e = m_presence.toggle(); e.isError())
            Q_EMIT problem(e.humanMessage());
    });
    connect(this, &QToolButton::clicked, m_toggle, &QAction::trigger);
    connect(&m_presence, &PresenceController::changed, this, &PresenceButton::refresh);
    m_tick.setInterval(30 * 1000); // the pause's elapsed time
    connect(&m_tick, &QTimer::timeout, this, &PresenceButton::refresh);
    m_tick.start();
    setMenu(new QMenu(this));
    rebuildMenu();
    refresh();
}

void PresenceButton::setReasons(const QStringList &reasons)
{
    m_ownReasons = PresenceText::ownReasons(reasons);
    rebuildMenu();
}

void PresenceButton::rebuildMenu()
{
    QMenu *m = menu();
    m->clear();
    const QStringList reasons = PresenceText::reasonsToOffer(m_ownReasons);
    for (const QString &reason : reasons) {
        //: Menu item: pause with this reason, e.g. "Pause: Lunch"
        m->addAction(tr("Pause: %1").arg(reason), this, [this, reason] {
            if (StoreError e = m_presence.pause(reason); e.isError())
                Q_EMIT problem(e.humanMessage());
        });
    }
    m->addSeparator();
    //: Menu item: end the pause
    m->addAction(tr("Resume"), this, [this] {
        if (StoreError e = m_presence.resume(); e.isError())
            Q_EMIT problem(e.humanMessage());
    });
}

void PresenceButton::refresh()
{
    const bool paused = m_presence.intendedState() == PresenceState::Paused;
    //: Toolbar button (verb): end the break
    const QString resume = tr("Resume");
    //: Toolbar button (verb): take a break
    const QString pause = tr("Pause");
    m_toggle->setText(paused ? resume : pause);
    const QString state = PresenceText::describe(m_presence, m_clock.now());
    setText(state);
    //: Accessible name of the presence button; %1 is the presence in words
    setAccessibleName(tr("Presence: %1").arg(state));
    //: Tooltip: the presence, then the toggle and its shortcut: "Available\nPause (Ctrl+Shift+P)"
    setToolTip(tr("%1\n%2 (%3)").arg(state, m_toggle->text(), m_toggle->shortcut().toString(QKeySequence::NativeText)));
    setIcon(paused ? StateIcons::sla(SlaState::Paused) : QIcon());
}

void PresenceButton::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        rebuildMenu(); // the standard reasons are translated anew
        refresh();
    }
    QToolButton::changeEvent(event);
}

} // namespace Frontline
