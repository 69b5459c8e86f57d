// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTimer>
#include <QToolButton>

namespace Frontline {

class Clock;
class PresenceController;

/// The toolbar's Pause/Resume toggle with the reasons in its menu, showing the state in words.
class PresenceButton : public QToolButton
{
    Q_OBJECT

public:
    PresenceButton(PresenceController &presence, const Clock &clock, QWidget *parent = nullptr);
    /// The pause reasons in the menu (UiSettings::pauseReasons). Empty, or the standard reasons
    /// in the current language, means the standard reasons: they follow a language switch; the
    /// agent's own reasons stay as written.
    void setReasons(const QStringList &reasons);
    /// The toggle (also in the tray and on the shortcut).
    QAction *toggleAction() const { return m_toggle; }

Q_SIGNALS:
    /// Saving the action failed (disk full…): the sentence to show.
    void problem(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void rebuildMenu();

    PresenceController &m_presence;
    const Clock &m_clock;
    QAction *m_toggle;
    QStringList m_ownReasons; // empty: PresenceText::defaultReasons() in the current language
    QTimer m_tick;
};

} // namespace Frontline
