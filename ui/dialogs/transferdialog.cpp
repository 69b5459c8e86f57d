// SPDX-License-Identifier: GPL-3.0-or-later
#include "transferdialog.h"

#include "dialogsizing.h"

#include "uitext.h"

#include "store/store.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Frontline {

namespace {

const QString kDeletedAgent = u"X"_s;

bool byName(const QString &a, const QString &b)
{
    return QString::localeAwareCompare(a, b) < 0;
}

} // namespace

TransferDialog::TransferDialog(Store &store, const QString &ticketDepartmentId, QWidget *parent)
    : TransferDialog(store, ticketDepartmentId, Mode::Transfer, parent)
{ }

TransferDialog::TransferDialog(Store &store, const QString &ticketDepartmentId, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_mode(mode)
    , m_ticketDepartmentId(ticketDepartmentId)
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_departmentLabel = new QLabel(this);
    m_department = new QComboBox(this);
    m_departmentLabel->setBuddy(m_department);
    m_agentLabel = new QLabel(this);
    m_agent = new QComboBox(this);
    m_agentLabel->setBuddy(m_agent);
    m_agentHint = new QLabel(this);
    m_agentHint->setWordWrap(true);
    m_agentHint->setVisible(m_mode == Mode::Transfer);
    m_noteLabel = new QLabel(this);
    m_note = new QPlainTextEdit(this);
    m_note->setTabChangesFocus(true);
    m_note->setMinimumHeight(80);
    m_noteLabel->setBuddy(m_note);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->hide();
    for (QComboBox *box : {m_department, m_agent}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        box->setMinimumContentsLength(24);
    }

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    // A button of our own: a standard Ok would get its "OK" back on a language change.
    m_accept = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_accept->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(m_departmentLabel, m_department);
    form->addRow(m_agentLabel, m_agent);
    form->addRow(QString(), m_agentHint);
    form->addRow(m_noteLabel, m_note);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_department, &QComboBox::currentIndexChanged, this, [this] {
        loadAgents();
        updateState();
    });
    connect(m_agent, &QComboBox::currentIndexChanged, this, &TransferDialog::updateState);
    // Reference data may arrive while the dialog is open (first sync).
    connect(&m_store, &Store::referenceDataChanged, this, [this] {
        const QString agent = agentId();
        loadDepartments();
        setAgentId(agent);
    });

    retranslate();
    loadDepartments();
    setDepartmentId(ticketDepartmentId);
    if (m_mode == Mode::Assign)
        m_agent->setFocus();
    else
        m_department->setFocus();
    updateState();
    DialogSizing::fitHeight(this, 480);
}

QString TransferDialog::departmentId() const
{
    return m_department->currentData().toString();
}

QString TransferDialog::agentId() const
{
    return m_agent->currentData().toString();
}

QString TransferDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

void TransferDialog::setDepartmentId(const QString &departmentId)
{
    const int index = m_department->findData(departmentId);
    if (index >= 0)
        m_department->setCurrentIndex(index);
}

void TransferDialog::setAgentId(const QString &agentId)
{
    const int index = m_agent->findData(agentId);
    if (index >= 0)
        m_agent->setCurrentIndex(index);
}

void TransferDialog::loadDepartments()
{
    const QString current = m_department->currentIndex() >= 0 ? departmentId() : m_ticketDepartmentId;
    QList<Department> departments = m_store.reference().departments();
    std::sort(departments.begin(), departments.end(),
              [](const Department &a, const Department &b) { return byName(a.name, b.name); });
    {
        const QSignalBlocker quiet(m_department);
        m_department->clear();
        for (const Department &d : departments)
            m_department->addItem(d.name.isEmpty() ? d.id : d.name, d.id);
        m_department->setCurrentIndex(m_department->findData(current));
    }
    loadAgents();
    updateState();
}

void TransferDialog::loadAgents()
{
    const QString current = agentId();
    const auto department = m_store.reference().department(departmentId());
    QList<Agent> agents;
    if (department) {
        for (const Agent &a : m_store.reference().agents()) {
            if (a.status != kDeletedAgent && department->agentIds.contains(a.id))
                agents.append(a);
        }
    }
    std::sort(agents.begin(), agents.end(), [](const Agent &a, const Agent &b) {
        return byName(UiText::person(a.name, a.email), UiText::person(b.name, b.email));
    });

    const QSignalBlocker quiet(m_agent);
    m_agent->clear();
    if (m_mode == Mode::Transfer) {
        //: Transfer target: nobody in particular; the ticket is left unassigned in the department
        m_agent->addItem(tr("Anyone in the department"), QString());
    }
    for (const Agent &a : agents) {
        const QString name = UiText::person(a.name, a.email);
        m_agent->addItem(name, a.id);
        if (!a.email.isEmpty() && a.email != name)
            m_agent->setItemData(m_agent->count() - 1, a.email, Qt::ToolTipRole);
    }
    const int index = m_agent->findData(current);
    m_agent->setCurrentIndex(index >= 0 ? index : (m_mode == Mode::Transfer ? 0 : -1));
}

void TransferDialog::updateState()
{
    QString problem;
    if (m_department->count() == 0)
        problem = tr("No departments are known yet; they are loaded with the next sync.");
    else if (m_department->currentIndex() < 0)
        problem = tr("Choose a department.");
    else if (m_mode == Mode::Assign && m_agent->count() == 0)
        problem = tr("This department has no agents.");
    bool ok = problem.isEmpty() && m_department->currentIndex() >= 0;
    if (m_mode == Mode::Assign)
        ok = ok && !agentId().isEmpty();
    m_problem->setText(problem);
    if (m_problem->isHidden() != problem.isEmpty()) {
        m_problem->setVisible(!problem.isEmpty());
        if (isVisible())
            DialogSizing::fitHeight(this);
    }
    m_accept->setEnabled(ok);
}

void TransferDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void TransferDialog::retranslate()
{
    const bool assign = m_mode == Mode::Assign;
    setWindowTitle(assign ? tr("Assign Ticket") : tr("Transfer Ticket"));
    m_intro->setText(assign ? tr("Choose the agent who takes over this ticket.")
                            : tr("Choose the department that takes over this ticket and, if you like, one of its "
                                 "agents."));
    m_departmentLabel->setText(tr("&Department:"));
    m_department->setAccessibleName(tr("Department"));
    m_department->setPlaceholderText(tr("Choose a department"));
    m_agentLabel->setText(tr("&Agent:"));
    m_agent->setAccessibleName(tr("Agent"));
    m_agent->setPlaceholderText(tr("Choose an agent"));
    m_agentHint->setText(tr("“Anyone in the department” leaves the ticket unassigned there, for the department's "
                            "agents to take."));
    m_noteLabel->setText(tr("Internal &note:"));
    m_note->setAccessibleName(tr("Internal note"));
    m_note->setPlaceholderText(tr("Optional: what the next agent should know. Only agents see it."));
    //: Buttons that hand the ticket over
    m_accept->setText(assign ? tr("A&ssign") : tr("&Transfer"));
    if (m_mode == Mode::Transfer && m_agent->count() > 0)
        m_agent->setItemText(0, tr("Anyone in the department"));
    updateState();
}

} // namespace Frontline
