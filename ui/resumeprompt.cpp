// SPDX-License-Identifier: GPL-3.0-or-later
#include "resumeprompt.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Frontline {

ResumePrompt::ResumePrompt(QWidget *parent)
    : QWidget(parent, Qt::Dialog | Qt::WindowStaysOnTopHint)
    , m_text(new QLabel(this))
    , m_resume(new QPushButton(this))
    , m_stay(new QPushButton(this))
{
    setWindowModality(Qt::NonModal);
    m_text->setWordWrap(true);
    m_text->setMinimumWidth(340);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_stay);
    buttons->addWidget(m_resume);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addLayout(buttons);
    m_resume->setDefault(true);
    m_resume->setAutoDefault(true);
    connect(m_resume, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT resumeClicked();
    });
    connect(m_stay, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT stayPausedClicked();
    });
    retranslate();
}

void ResumePrompt::setPresenceText(const QString &text)
{
    setPresenceText([text] { return text; });
}

void ResumePrompt::setPresenceText(std::function<QString()> text)
{
    m_presence = std::move(text);
    retranslate();
}

QString ResumePrompt::message() const
{
    return m_text->text();
}

void ResumePrompt::retranslate()
{
    //: Window title of the prompt shown when the agent comes back while paused
    setWindowTitle(tr("Welcome back"));
    //: %1 is the presence, e.g. "Paused — Lunch, since 12:00 (15 min)"
    m_text->setText(tr("Welcome back. %1\n\nResume now, so that new work reaches you again?")
                            .arg(m_presence ? m_presence() : QString()));
    //: Button (verb): end the pause
    m_resume->setText(tr("Resume"));
    m_stay->setText(tr("Stay paused"));
}

void ResumePrompt::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Frontline
