// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "uisettings.h"

#include <QObject>

#include <memory>

namespace Frontline {

class Clock;
class PresenceController;
class ResumePrompt;
class ScreenLockWatcher;

/// The optional automatic pause (settings, off by default): pauses when the screen locks or
/// after N idle minutes, and when the agent comes back while paused offers to resume in a
/// small non-modal prompt. Never resumes on its own: only the agent decides they are back.
class AutoPause : public QObject
{
    Q_OBJECT

public:
    AutoPause(PresenceController &presence, ScreenLockWatcher &watcher, const Clock &clock, QObject *parent = nullptr);
    ~AutoPause() override;

    /// Reads autoPauseOnLock, autoPauseIdleMinutes and offerResumeOnUnlock (and starts or
    /// stops idle polling accordingly).
    void setSettings(const UiSettings &settings);
    /// The prompt, once offered (null before).
    ResumePrompt *prompt() const { return m_prompt.get(); }
    /// The reasons the automatic pause records (shown in the work-time panel).
    static QString lockReason();
    static QString idleReason();

Q_SIGNALS:
    /// The agent is back and paused: the prompt is shown (also for a manual pause).
    void resumeOffered();
    /// Saving a pause or resume failed (disk full…): the sentence to show.
    void problem(const QString &message);

private:
    void onLocked();
    void onUnlocked();
    void onIdle(int minutes);
    void autoPause(const QString &reason);
    void offerResume();

    PresenceController &m_presence;
    ScreenLockWatcher &m_watcher;
    const Clock &m_clock;
    bool m_onLock = false;
    int m_idleMinutes = 0;
    bool m_offerResume = true;
    bool m_pausedForIdle = false;
    std::unique_ptr<ResumePrompt> m_prompt; // a top-level window: no QObject parent
};

} // namespace Frontline
