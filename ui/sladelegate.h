// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Frontline {

/// Paints the SLA column: the state's icon, then the text ("1 h 20 min", "overdue 35 min")
/// in the state's colour, bold when overdue.
class SlaDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Frontline
