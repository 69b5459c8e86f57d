// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Frontline {

class Store;

/// "Transfer…" and "Assign to agent…": a department (any of the account's) and, optionally, an
/// agent of it, plus an internal note for the next agent. Transferring to "anyone in the
/// department" leaves the ticket unassigned there (seed 002); assigning needs an agent.
/// The dialog only chooses; the caller hands the choice to TicketActions.
class TransferDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode {
        Transfer, // to a department, optionally to one of its agents
        Assign, // to an agent (of the ticket's department unless another is chosen)
    };
    Q_ENUM(Mode)

    TransferDialog(Store &store, const QString &ticketDepartmentId, QWidget *parent = nullptr);
    TransferDialog(Store &store, const QString &ticketDepartmentId, Mode mode, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    QString departmentId() const;
    /// Empty: anyone in the department (the ticket is left unassigned there).
    QString agentId() const;
    /// The internal note, trimmed; empty when none was written.
    QString note() const;

    void setDepartmentId(const QString &departmentId);
    void setAgentId(const QString &agentId);

    QComboBox *departmentBox() const { return m_department; }
    QComboBox *agentBox() const { return m_agent; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    QPushButton *acceptButton() const { return m_accept; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void loadDepartments();
    void loadAgents();
    void updateState();

    Store &m_store;
    Mode m_mode;
    QString m_ticketDepartmentId;
    QLabel *m_intro;
    QLabel *m_departmentLabel;
    QComboBox *m_department;
    QLabel *m_agentLabel;
    QComboBox *m_agent;
    QLabel *m_agentHint;
    QLabel *m_noteLabel;
    QPlainTextEdit *m_note;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QPushButton *m_accept;
};

} // namespace Frontline
