// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;

namespace Frontline {

/// The small non-modal "Still paused — resume now?" window shown when the agent comes back
/// (the screen unlocks, the session is active again) while paused.
class ResumePrompt : public QWidget
{
    Q_OBJECT

public:
    explicit ResumePrompt(QWidget *parent = nullptr);

    /// The presence in words (PresenceText::describe), e.g. "Paused — Lunch, since 12:00 (15 min)".
    void setPresenceText(const QString &text);
    /// The same, composed whenever the prompt is worded: it follows a language switch.
    void setPresenceText(std::function<QString()> text);
    QString message() const;
    QPushButton *resumeButton() const { return m_resume; }
    QPushButton *stayButton() const { return m_stay; }

Q_SIGNALS:
    void resumeClicked();
    void stayPausedClicked();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::function<QString()> m_presence;
    QLabel *m_text;
    QPushButton *m_resume;
    QPushButton *m_stay;
};

} // namespace Frontline
