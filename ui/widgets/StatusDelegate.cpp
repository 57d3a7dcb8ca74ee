#include "ui/widgets/StatusDelegate.h"

#include <QWidget>

namespace acmedesk {

StatusDelegate::StatusDelegate(int column, Marker marker, QObject *parent)
    : QStyledItemDelegate(parent), m_column(column), m_marker(std::move(marker))
{}

void StatusDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() != m_column || !m_marker)
        return;
    const StatusMark mark = m_marker(index);
    if (mark.bold)
        option->font.setBold(true);
    if (!mark.icon)
        return;
    const QWidget *widget = option->widget;
    const QStyle *style = widget ? widget->style() : nullptr;
    if (!style)
        return;
    // With the option, the style draws the icon for the view's palette (dark themes included).
    option->icon = style->standardIcon(*mark.icon, option, widget);
    option->features |= QStyleOptionViewItem::HasDecoration;
}

} // namespace acmedesk
