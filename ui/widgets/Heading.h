// A page's or section's title: the palette's text in bold, `scale` times the normal size (1.4 for
// a page, 1.1 for a section).
#pragma once

#include <QLabel>

namespace acmedesk {

inline QLabel *heading(const QString &text, qreal scale, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace acmedesk
