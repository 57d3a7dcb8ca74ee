#include "ui/widgets/StatusDelegate.h"

#include <QWidget>

namespace acmedesk {

QColor toneColor(StatusMark::Tone tone, const QPalette &palette)
{
    if (tone == StatusMark::Tone::Plain)
        return palette.color(QPalette::Text);
    const int hue = tone == StatusMark::Tone::Good      ? 120
                    : tone == StatusMark::Tone::Warning ? 35
                                                        : 0;
    const bool darkBase = palette.color(QPalette::Base).lightness() < 128;
    return QColor::fromHsl(hue, 200, darkBase ? 175 : 95);
}

StatusDelegate::StatusDelegate(int column, Marker marker, QObject *parent)
    : QStyledItemDelegate(parent), m_column(column), m_marker(std::move(marker))
{}

void StatusDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if ((m_column >= 0 && index.column() != m_column) || !m_marker)
        return;
    const StatusMark mark = m_marker(index);
    if (mark.bold)
        option->font.setBold(true);
    if (mark.tone != StatusMark::Tone::Plain && !(option->state & QStyle::State_Selected))
        option->palette.setColor(QPalette::Text, toneColor(mark.tone, option->palette));
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
