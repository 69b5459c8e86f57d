// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include "autostart.h"
#include "languagemanager.h"
#include "presencetext.h"
#include "stateicons.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Frontline {

namespace {

QLabel *wrapping(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(UiSettings &settings, LanguageManager &language, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_language(language)
    , m_languageAtOpen(language.language())
    , m_tabs(new QTabWidget(this))
    , m_problem(wrapping(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"settingsDialog"_s);
    m_tabs->addTab(buildGeneralPage(), QString());
    m_tabs->addTab(buildNotificationsPage(), QString());
    m_tabs->addTab(buildPresencePage(), QString());
    m_tabs->addTab(buildAccountPage(), QString());
    m_problem->setVisible(false);
    QPalette problemPalette = m_problem->palette();
    problemPalette.setColor(QPalette::WindowText, StateIcons::slaColor(SlaState::Breached, problemPalette));
    m_problem->setPalette(problemPalette);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    UiSettings shown = settings;
    shown.startAtLogin = Autostart::isEnabled(); // the file decides, not the remembered flag
    load(shown);
    retranslate();
    // Connected after loading, so filling the box does not switch the language.
    connect(m_languageBox, &QComboBox::currentIndexChanged, this, &SettingsDialog::languageChosen);
}

QCheckBox *SettingsDialog::addCheckBox(const QString &objectName)
{
    auto *box = new QCheckBox(this);
    box->setObjectName(objectName);
    m_checks.insert(objectName, box);
    return box;
}

QCheckBox *SettingsDialog::checkBox(const QString &objectName) const
{
    return m_checks.value(objectName);
}

QWidget *SettingsDialog::buildGeneralPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_languageBox = new QComboBox(page);
    m_languageBox->addItem(QString(), QString()); // "System default", named in retranslate()
    for (const QString &code : LanguageManager::supported())
        m_languageBox->addItem(LanguageManager::nativeName(code), code);
    auto *languageLabel = new QLabel(page);
    languageLabel->setBuddy(m_languageBox);
    m_labels.insert(u"language"_s, languageLabel);
    auto *languageRow = new QHBoxLayout;
    languageRow->addWidget(languageLabel);
    languageRow->addWidget(m_languageBox);
    languageRow->addStretch();
    layout->addLayout(languageRow);
    m_localeSample = wrapping(page);
    m_localeSample->setContentsMargins(16, 0, 0, 8);
    m_localeSample->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_localeSample);
    layout->addWidget(addCheckBox(u"closeToTray"_s));
    layout->addWidget(addCheckBox(u"startMinimized"_s));
    layout->addWidget(addCheckBox(u"startAtLogin"_s));
    m_warningShare = new QSpinBox(page);
    m_warningShare->setRange(1, 99);
    m_warningShare->setSuffix(u" %"_s);
    auto *shareLabel = new QLabel(page);
    shareLabel->setBuddy(m_warningShare);
    m_labels.insert(u"warningShare"_s, shareLabel);
    auto *shareRow = new QHBoxLayout;
    shareRow->addWidget(shareLabel);
    shareRow->addWidget(m_warningShare);
    shareRow->addStretch();
    layout->addSpacing(8);
    layout->addLayout(shareRow);
    layout->addStretch();
    return page;
}

QWidget *SettingsDialog::buildNotificationsPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *intro = wrapping(page);
    m_labels.insert(u"notifyIntro"_s, intro);
    layout->addWidget(intro);
    for (const QString &name : {u"notifyAssigned"_s, u"notifyReplied"_s, u"notifyNewInQueue"_s, u"notifyReopened"_s,
                                u"notifySlaWarning"_s, u"notifySlaBreached"_s}) {
        layout->addWidget(addCheckBox(name));
    }
    layout->addSpacing(8);
    layout->addWidget(addCheckBox(u"onlyBreachesWhilePaused"_s));
    layout->addStretch();
    return page;
}

QWidget *SettingsDialog::buildPresencePage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *reasonsLabel = new QLabel(page);
    m_labels.insert(u"reasons"_s, reasonsLabel);
    m_reasons = new QListWidget(page);
    reasonsLabel->setBuddy(m_reasons);
    m_reasons->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                               | QAbstractItemView::SelectedClicked);
    connect(m_reasons, &QListWidget::itemChanged, this, [this] { m_reasonsEdited = true; });
    m_addReason = new QPushButton(page);
    m_removeReason = new QPushButton(page);
    m_defaultReasons = new QPushButton(page);
    connect(m_addReason, &QPushButton::clicked, this, [this] {
        auto *item = new QListWidgetItem(tr("New reason"), m_reasons);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        m_reasonsEdited = true;
        m_reasons->setCurrentItem(item);
        m_reasons->editItem(item);
    });
    connect(m_removeReason, &QPushButton::clicked, this, [this] {
        delete m_reasons->currentItem();
        m_reasonsEdited = true;
    });
    connect(m_defaultReasons, &QPushButton::clicked, this, [this] {
        fillReasons(PresenceText::defaultReasons());
        m_reasonsEdited = false;
    });
    auto *reasonButtons = new QVBoxLayout;
    reasonButtons->addWidget(m_addReason);
    reasonButtons->addWidget(m_removeReason);
    reasonButtons->addWidget(m_defaultReasons);
    reasonButtons->addStretch();
    auto *reasonRow = new QHBoxLayout;
    reasonRow->addWidget(m_reasons, 1);
    reasonRow->addLayout(reasonButtons);
    layout->addWidget(reasonsLabel);
    layout->addLayout(reasonRow);

    layout->addWidget(addCheckBox(u"autoPauseOnLock"_s));
    m_idleMinutes = new QSpinBox(page);
    m_idleMinutes->setRange(0, 240);
    auto *idleLabel = new QLabel(page);
    idleLabel->setBuddy(m_idleMinutes);
    m_labels.insert(u"idle"_s, idleLabel);
    auto *idleRow = new QHBoxLayout;
    idleRow->addWidget(idleLabel);
    idleRow->addWidget(m_idleMinutes);
    idleRow->addStretch();
    layout->addLayout(idleRow);
    layout->addWidget(addCheckBox(u"offerResumeOnUnlock"_s));
    auto *lockNote = wrapping(page);
    lockNote->setVisible(false);
    m_labels.insert(u"lockNote"_s, lockNote);
    layout->addWidget(lockNote);
    return page;
}

QWidget *SettingsDialog::buildAccountPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *explanation = wrapping(page);
    m_labels.insert(u"v1Explanation"_s, explanation);
    m_v1Key = new QLineEdit(page);
    m_v1Key->setEchoMode(QLineEdit::Password);
    m_v1Key->setClearButtonEnabled(true);
    auto *keyLabel = new QLabel(page);
    keyLabel->setBuddy(m_v1Key);
    m_labels.insert(u"v1Key"_s, keyLabel);
    m_v1Save = new QPushButton(page);
    m_v1Save->setEnabled(false);
    auto *status = new QLabel(page);
    m_labels.insert(u"v1Status"_s, status);
    connect(m_v1Key, &QLineEdit::textChanged, this, [this, status](const QString &text) {
        m_v1Save->setEnabled(!text.trimmed().isEmpty());
        m_v1KeySaved = false;
        status->clear();
    });
    connect(m_v1Save, &QPushButton::clicked, this, [this, status] {
        const QString key = m_v1Key->text().trimmed();
        if (key.isEmpty())
            return;
        // The key leaves the dialog at once: it is never part of the settings file.
        m_v1Key->clear();
        m_v1KeySaved = true; // retranslate() says it again in another language
        //: After the API v1 key was handed to the keychain
        status->setText(tr("The key was saved."));
        Q_EMIT v1KeyChanged(key);
    });
    auto *row = new QHBoxLayout;
    row->addWidget(keyLabel);
    row->addWidget(m_v1Key, 1);
    row->addWidget(m_v1Save);
    layout->addWidget(explanation);
    layout->addLayout(row);
    layout->addWidget(status);
    layout->addStretch();
    return page;
}

void SettingsDialog::load(const UiSettings &s)
{
    const int index = m_languageBox->findData(s.language);
    m_languageBox->setCurrentIndex(std::max(0, index));
    m_checks[u"closeToTray"_s]->setChecked(s.closeToTray);
    m_checks[u"startMinimized"_s]->setChecked(s.startMinimized);
    m_checks[u"startAtLogin"_s]->setChecked(s.startAtLogin);
    m_warningShare->setValue(s.slaWarningPercent);
    m_checks[u"notifyAssigned"_s]->setChecked(s.notify.assignedToMe);
    m_checks[u"notifyReplied"_s]->setChecked(s.notify.customerReplied);
    m_checks[u"notifyNewInQueue"_s]->setChecked(s.notify.newInQueue);
    m_checks[u"notifyReopened"_s]->setChecked(s.notify.reopened);
    m_checks[u"notifySlaWarning"_s]->setChecked(s.notify.slaWarning);
    m_checks[u"notifySlaBreached"_s]->setChecked(s.notify.slaBreached);
    m_checks[u"onlyBreachesWhilePaused"_s]->setChecked(s.onlyBreachesWhilePaused);
    fillReasons(s.effectivePauseReasons());
    m_reasonsEdited = !s.pauseReasons.isEmpty();
    m_checks[u"autoPauseOnLock"_s]->setChecked(s.autoPauseOnLock);
    m_idleMinutes->setValue(s.autoPauseIdleMinutes);
    m_checks[u"offerResumeOnUnlock"_s]->setChecked(s.offerResumeOnUnlock);
}

void SettingsDialog::fillReasons(const QStringList &reasons)
{
    const QSignalBlocker blocker(m_reasons); // filling is no edit
    m_reasons->clear();
    for (const QString &reason : reasons) {
        auto *item = new QListWidgetItem(reason, m_reasons);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
}

QStringList SettingsDialog::reasonsShown() const
{
    QStringList out;
    for (int i = 0; i < m_reasons->count(); ++i) {
        const QString reason = m_reasons->item(i)->text().simplified();
        if (!reason.isEmpty() && !out.contains(reason))
            out << reason;
    }
    return out;
}

UiSettings SettingsDialog::editedSettings() const
{
    UiSettings s = m_settings;
    s.language = m_languageBox->currentData().toString();
    s.closeToTray = m_checks[u"closeToTray"_s]->isChecked();
    s.startMinimized = m_checks[u"startMinimized"_s]->isChecked();
    s.startAtLogin = m_checks[u"startAtLogin"_s]->isChecked();
    s.slaWarningPercent = m_warningShare->value();
    s.notify.assignedToMe = m_checks[u"notifyAssigned"_s]->isChecked();
    s.notify.customerReplied = m_checks[u"notifyReplied"_s]->isChecked();
    s.notify.newInQueue = m_checks[u"notifyNewInQueue"_s]->isChecked();
    s.notify.reopened = m_checks[u"notifyReopened"_s]->isChecked();
    s.notify.slaWarning = m_checks[u"notifySlaWarning"_s]->isChecked();
    s.notify.slaBreached = m_checks[u"notifySlaBreached"_s]->isChecked();
    s.onlyBreachesWhilePaused = m_checks[u"onlyBreachesWhilePaused"_s]->isChecked();
    // Untouched (or restored) defaults are not the agent's own list: they keep following
    // the language.
    s.pauseReasons = PresenceText::ownReasons(reasonsShown());
    s.autoPauseOnLock = m_checks[u"autoPauseOnLock"_s]->isChecked();
    s.autoPauseIdleMinutes = m_idleMinutes->value();
    s.offerResumeOnUnlock = m_checks[u"offerResumeOnUnlock"_s]->isChecked();
    return s;
}

void SettingsDialog::setScreenLockAvailable(bool lockAvailable, bool idleAvailable)
{
    m_lockAvailable = lockAvailable;
    m_idleAvailable = idleAvailable;
    retranslate();
}

QString SettingsDialog::problemText() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void SettingsDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void SettingsDialog::accept()
{
    const UiSettings edited = editedSettings();
    if (edited.startAtLogin != Autostart::isEnabled()) {
        if (const QString problem = Autostart::setEnabled(edited.startAtLogin); !problem.isEmpty()) {
            showProblem(problem);
            m_tabs->setCurrentIndex(0);
            return;
        }
    }
    m_settings = edited;
    m_languageAtOpen = m_language.language();
    showProblem(QString());
    Q_EMIT settingsChanged();
    QDialog::accept();
}

void SettingsDialog::reject()
{
    // The language was tried out live: Cancel takes it back.
    if (m_language.language() != m_languageAtOpen)
        m_language.setLanguage(m_settings.language);
    QDialog::reject();
}

void SettingsDialog::languageChosen(int index)
{
    m_language.setLanguage(m_languageBox->itemData(index).toString());
    // The LanguageChange event reaches this window later (it is posted); the texts follow now.
    retranslate();
}

void SettingsDialog::retranslate()
{
    ++m_retranslated;
    setWindowTitle(tr("Settings"));
    m_tabs->setTabText(0, tr("General"));
    m_tabs->setTabText(1, tr("Notifications"));
    //: Settings tab: pause, resume and the automatic pause
    m_tabs->setTabText(2, tr("Presence"));
    //: Settings tab: the LiveAgent account's keys
    m_tabs->setTabText(3, tr("Account"));

    m_labels[u"language"_s]->setText(tr("&Language:"));
    //: Language list entry: use the language of the operating system
    m_languageBox->setItemText(0, tr("System default"));
    const QLocale locale;
    const QDateTime sample(QDate(2026, 12, 31), QTime(14, 30));
    //: Preview of how the chosen language writes a date, a time and a number
    m_localeSample->setText(
            tr("Dates and numbers: %1 · %2")
                    .arg(locale.toString(sample, QLocale::ShortFormat), locale.toString(1234.5, 'f', 1)));
    m_checks[u"closeToTray"_s]->setText(tr("&Keep running in the tray when the window is closed"));
    m_checks[u"startMinimized"_s]->setText(tr("Start &minimised to the tray"));
    m_checks[u"startAtLogin"_s]->setText(tr("Start Frontline when I log &in"));
    m_labels[u"warningShare"_s]->setText(tr("SLA &warning when less than this share of the target is left:"));

    m_labels[u"notifyIntro"_s]->setText(tr("Show a desktop notification when:"));
    m_checks[u"notifyAssigned"_s]->setText(tr("A ticket is &assigned to me"));
    m_checks[u"notifyReplied"_s]->setText(tr("A customer &replies on my ticket"));
    m_checks[u"notifyNewInQueue"_s]->setText(tr("A &new ticket arrives in my department"));
    m_checks[u"notifyReopened"_s]->setText(tr("A ticket of mine is reopene&d"));
    m_checks[u"notifySlaWarning"_s]->setText(tr("An SLA deadline of mine is n&ear"));
    m_checks[u"notifySlaBreached"_s]->setText(tr("An SLA deadline of mine is &missed"));
    m_checks[u"onlyBreachesWhilePaused"_s]->setText(tr("While &paused, only notify about missed deadlines"));

    m_labels[u"reasons"_s]->setText(tr("Pause &reasons:"));
    //: Button: add a pause reason
    m_addReason->setText(tr("&Add"));
    //: Button: remove the selected pause reason
    m_removeReason->setText(tr("Re&move"));
    //: Button: put back the standard pause reasons
    m_defaultReasons->setText(tr("Restore &defaults"));
    if (!m_reasonsEdited)
        fillReasons(PresenceText::defaultReasons());
    m_checks[u"autoPauseOnLock"_s]->setText(tr("Pause automatically when the screen &locks"));
    m_labels[u"idle"_s]->setText(tr("Pause automatically after this many &idle minutes:"));
    //: Idle minutes of 0: no automatic pause
    m_idleMinutes->setSpecialValueText(tr("Off"));
    //: Unit after the number of idle minutes
    m_idleMinutes->setSuffix(tr(" min"));
    m_checks[u"offerResumeOnUnlock"_s]->setText(tr("Offer to resume when I come &back while paused"));
    QLabel *note = m_labels[u"lockNote"_s];
    if (!m_lockAvailable)
        note->setText(tr("This desktop does not report screen locking: the automatic pause cannot work here."));
    else if (!m_idleAvailable)
        note->setText(tr("This desktop does not report idle time: only the pause on locking can work here."));
    note->setVisible(!m_lockAvailable || !m_idleAvailable);

    m_labels[u"v1Explanation"_s]->setText(
            tr("Replies and internal notes go through LiveAgent's older API v1, which needs its own key (Settings for "
               "API v1 in LiveAgent). Frontline keeps it in the system keychain, never in a file."));
    m_labels[u"v1Key"_s]->setText(tr("API v1 &key:"));
    //: Button: store the API v1 key entered
    m_v1Save->setText(tr("&Save key"));
    m_labels[u"v1Status"_s]->setText(m_v1KeySaved ? tr("The key was saved.") : QString());
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace Frontline
