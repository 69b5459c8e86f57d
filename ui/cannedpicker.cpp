// SPDX-License-Identifier: GPL-3.0-or-later
#include "cannedpicker.h"

#include "safetextbrowser.h"

#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScreen>
#include <QVBoxLayout>

namespace Frontline {

CannedPicker::CannedPicker(CannedResponseModel *model, QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_model(model)
{
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    m_filter = new QLineEdit(this);
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    auto *row = new QHBoxLayout;
    m_list = new QListView(this);
    m_list->setModel(model);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setMinimumWidth(260);
    row->addWidget(m_list, 1);
    m_preview = new SafeTextBrowser(this);
    m_preview->setMinimumWidth(320);
    m_preview->setFocusPolicy(Qt::NoFocus);
    row->addWidget(m_preview, 1);
    layout->addLayout(row, 1);
    m_hint = new QLabel(this);
    layout->addWidget(m_hint);
    resize(720, 360);

    m_filter->installEventFilter(this);
    m_list->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setFilter(text);
        if (m_model->rowCount() > 0)
            m_list->setCurrentIndex(m_model->index(0));
        updatePreview();
    });
    connect(m_list, &QListView::activated, this, &CannedPicker::choose);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0 && !m_list->currentIndex().isValid())
            m_list->setCurrentIndex(m_model->index(0));
    });
    retranslate();
}

void CannedPicker::retranslate()
{
    //: Placeholder of the canned-response search field
    m_filter->setPlaceholderText(tr("Search canned responses…"));
    m_filter->setAccessibleName(tr("Search canned responses"));
    m_list->setAccessibleName(tr("Canned responses"));
    m_preview->setAccessibleName(tr("Preview"));
    m_hint->setText(tr("↑↓ choose · Enter insert · Esc close"));
}

void CannedPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void CannedPicker::open(const QPoint &globalPos, const QString &filter)
{
    m_chosen = false;
    m_filter->setText(filter);
    m_model->setFilter(filter);
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0));
    updatePreview();
    QPoint pos = globalPos;
    if (const QScreen *screen = QGuiApplication::screenAt(globalPos)) {
        QRect area = screen->availableGeometry();
        // Inside the window when it is wide enough, so the popup reads as part of the composer.
        if (const QWidget *top = parentWidget() ? parentWidget()->window() : nullptr;
            top && top->frameGeometry().width() >= width())
            area = area.intersected(top->frameGeometry());
        pos.setX(std::min(pos.x(), area.right() - width()));
        if (pos.y() + height() > area.bottom())
            pos.setY(std::max(area.top(), pos.y() - height() - 24));
    }
    move(pos);
    show();
    m_filter->setFocus();
}

QString CannedPicker::filterText() const
{
    return m_filter->text();
}

void CannedPicker::updatePreview()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid()) {
        m_preview->setPlainText(m_model->rowCount() == 0 ? tr("Nothing matches.") : QString());
        return;
    }
    const CannedResponse &r = m_model->response(current.row());
    if (r.html)
        m_preview->setHtml(r.text);
    else
        m_preview->setPlainText(r.subject.isEmpty() ? r.text : r.subject + u"\n\n" + r.text);
}

void CannedPicker::choose()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    m_chosen = true;
    const CannedResponse response = m_model->response(current.row());
    hide();
    Q_EMIT chosen(response);
}

bool CannedPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const int rows = m_model->rowCount();
        const int row = m_list->currentIndex().row();
        switch (key->key()) {
        case Qt::Key_Down:
            if (rows > 0)
                m_list->setCurrentIndex(m_model->index(std::min(row + 1, rows - 1)));
            updatePreview();
            return true;
        case Qt::Key_Up:
            if (rows > 0)
                m_list->setCurrentIndex(m_model->index(std::max(row - 1, 0)));
            updatePreview();
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            choose();
            return true;
        case Qt::Key_Escape:
            hide();
            return true;
        default:
            break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void CannedPicker::hideEvent(QHideEvent *event)
{
    QFrame::hideEvent(event);
    if (!m_chosen)
        Q_EMIT dismissed();
}

} // namespace Frontline
