// SPDX-License-Identifier: GPL-3.0-or-later
#include "sladelegate.h"

#include "stateicons.h"

#include "models/ticketlistmodel.h"

namespace Frontline {

void SlaDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const int state = index.data(TicketListModel::SlaStateRole).toInt();
    if (state < 0)
        return;
    const auto sla = SlaState(state);
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->icon = StateIcons::sla(sla);
    option->decorationSize = QSize(16, 16);
    if (!(option->state & QStyle::State_Selected))
        option->palette.setColor(QPalette::Text, StateIcons::slaColor(sla, option->palette));
    if (sla == SlaState::Breached)
        option->font.setBold(true);
}

} // namespace Frontline
