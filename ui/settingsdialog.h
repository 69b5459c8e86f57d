// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "uisettings.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace Frontline {

class LanguageManager;

/// Frontline's settings: language (applied at once, Cancel goes back), tray and start-up,
/// notifications, pause reasons and the automatic pause, the SLA warning share, and the
/// API v1 key (handed on through v1KeyChanged, never kept here). OK writes into the
/// UiSettings it was given and installs or removes the autostart entry; the caller saves and
/// applies them on settingsChanged().
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(UiSettings &settings, LanguageManager &language, QWidget *parent = nullptr);

    /// Whether the desktop reports screen locking and idle time (ScreenLockWatcher); the
    /// auto-pause options say so when it does not.
    void setScreenLockAvailable(bool lockAvailable, bool idleAvailable);
    /// What the widgets hold now, as settings (OK stores exactly this).
    UiSettings editedSettings() const;
    /// The problem shown in the dialog (e.g. the autostart entry could not be written).
    QString problemText() const;
    /// How many times the texts were set (the first time and after each language change).
    int retranslateCount() const { return m_retranslated; }

    // For tests and the tour: the widgets by role.
    QComboBox *languageBox() const { return m_languageBox; }
    QLabel *localeSample() const { return m_localeSample; }
    QCheckBox *checkBox(const QString &objectName) const;
    QSpinBox *idleMinutesBox() const { return m_idleMinutes; }
    QSpinBox *warningShareBox() const { return m_warningShare; }
    QListWidget *reasonList() const { return m_reasons; }
    QLineEdit *v1KeyField() const { return m_v1Key; }
    QPushButton *v1KeyButton() const { return m_v1Save; }
    QDialogButtonBox *buttonBox() const { return m_buttons; }

    void accept() override;
    void reject() override;

Q_SIGNALS:
    /// OK was pressed and `settings` now holds the new values.
    void settingsChanged();
    /// The agent entered a new API v1 key (store it in the keychain; it is not kept here).
    void v1KeyChanged(const QString &key);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildGeneralPage();
    QWidget *buildNotificationsPage();
    QWidget *buildPresencePage();
    QWidget *buildAccountPage();
    QCheckBox *addCheckBox(const QString &objectName);
    void load(const UiSettings &s);
    void fillReasons(const QStringList &reasons);
    QStringList reasonsShown() const;
    void languageChosen(int index);
    void retranslate();
    void showProblem(const QString &text);

    UiSettings &m_settings;
    LanguageManager &m_language;
    QString m_languageAtOpen;
    bool m_reasonsEdited = false;
    bool m_v1KeySaved = false;
    bool m_lockAvailable = true;
    bool m_idleAvailable = true;
    int m_retranslated = 0;

    QTabWidget *m_tabs;
    QHash<QString, QCheckBox *> m_checks;
    QHash<QString, QLabel *> m_labels;
    QComboBox *m_languageBox = nullptr;
    QLabel *m_localeSample = nullptr;
    QSpinBox *m_warningShare = nullptr;
    QListWidget *m_reasons = nullptr;
    QPushButton *m_addReason = nullptr;
    QPushButton *m_removeReason = nullptr;
    QPushButton *m_defaultReasons = nullptr;
    QSpinBox *m_idleMinutes = nullptr;
    QLineEdit *m_v1Key = nullptr;
    QPushButton *m_v1Save = nullptr;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace Frontline
