// SPDX-License-Identifier: GPL-3.0-or-later
#include "autopause.h"

#include "presencetext.h"
#include "resumeprompt.h"
#include "screenlockwatcher.h"

#include "domain/clock.h"
#include "presence/presencecontroller.h"

using namespace std::chrono_literals;

namespace Frontline {

AutoPause::AutoPause(PresenceController &presence, ScreenLockWatcher &watcher, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_presence(presence)
    , m_watcher(watcher)
    , m_clock(clock)
{
    connect(&m_watcher, &ScreenLockWatcher::locked, this, &AutoPause::onLocked);
    connect(&m_watcher, &ScreenLockWatcher::unlocked, this, &AutoPause::onUnlocked);
    connect(&m_watcher, &ScreenLockWatcher::idleFor, this, &AutoPause::onIdle);
    connect(&m_presence, &PresenceController::changed, this, [this] {
        // Resumed some other way (toolbar, tray, another device): the question is answered.
        if (m_prompt && m_presence.intendedState() != PresenceState::Paused)
            m_prompt->hide();
    });
}

AutoPause::~AutoPause() = default;

QString AutoPause::lockReason()
{
    //: Pause reason recorded when Frontline paused because the screen locked
    return tr("Screen locked");
}

QString AutoPause::idleReason()
{
    //: Pause reason recorded when Frontline paused after minutes without keyboard or mouse
    return tr("Away");
}

void AutoPause::setSettings(const UiSettings &settings)
{
    m_onLock = settings.autoPauseOnLock;
    m_idleMinutes = settings.autoPauseIdleMinutes;
    m_offerResume = settings.offerResumeOnUnlock;
    // A poll every 30 s puts the pause at most half a minute late, for one D-Bus call.
    m_watcher.setIdlePolling(m_idleMinutes > 0 ? 30s : 0s);
}

void AutoPause::autoPause(const QString &reason)
{
    if (m_presence.intendedState() != PresenceState::Available)
        return; // already paused (keep the agent's own reason) or signed out
    if (StoreError e = m_presence.pause(reason); e.isError())
        Q_EMIT problem(e.humanMessage());
}

void AutoPause::onLocked()
{
    if (m_onLock)
        autoPause(lockReason());
}

void AutoPause::onUnlocked()
{
    offerResume();
}

void AutoPause::onIdle(int minutes)
{
    if (minutes == 0) {
        // Back at the keyboard after an idle pause (with the screen locked, unlocking asks).
        if (std::exchange(m_pausedForIdle, false) && !m_watcher.isLocked())
            offerResume();
        return;
    }
    if (m_idleMinutes > 0 && minutes >= m_idleMinutes && m_presence.intendedState() == PresenceState::Available) {
        autoPause(idleReason());
        m_pausedForIdle = m_presence.intendedState() == PresenceState::Paused;
    }
}

void AutoPause::offerResume()
{
    if (!m_offerResume || m_presence.intendedState() != PresenceState::Paused)
        return;
    if (!m_prompt) {
        m_prompt = std::make_unique<ResumePrompt>();
        connect(m_prompt.get(), &ResumePrompt::resumeClicked, this, [this] {
            if (StoreError e = m_presence.resume(); e.isError())
                Q_EMIT problem(e.humanMessage());
        });
    }
    m_prompt->setPresenceText([this] { return PresenceText::describe(m_presence, m_clock.now()); });
    m_prompt->show();
    m_prompt->raise();
    Q_EMIT resumeOffered();
}

} // namespace Frontline
