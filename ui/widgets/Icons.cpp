#include "ui/widgets/Icons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QWidget>

namespace acmedesk::icons {

QIcon reveal(const QWidget *widget, bool revealed)
{
    QIcon icon;
    for (const QIcon::Mode mode : {QIcon::Normal, QIcon::Disabled}) {
        const QPalette::ColorGroup group =
            mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active;
        const QColor colour = widget->palette().color(group, QPalette::Text);
        for (const int size : {16, 24, 32}) {
            QPixmap pixmap(size, size);
            pixmap.fill(Qt::transparent);
            QPainter p(&pixmap);
            p.setRenderHint(QPainter::Antialiasing);
            QPen pen(colour, qMax(1.0, size / 12.0));
            p.setPen(pen);
            const qreal m = size * 0.08;
            const qreal w = size - 2 * m;
            const qreal cy = size / 2.0;
            QPainterPath eye;
            eye.moveTo(m, cy);
            eye.quadTo(size / 2.0, cy - w * 0.55, size - m, cy);
            eye.quadTo(size / 2.0, cy + w * 0.55, m, cy);
            p.drawPath(eye);
            p.setBrush(colour);
            p.drawEllipse(QPointF(size / 2.0, cy), w * 0.14, w * 0.14);
            if (revealed)
                p.drawLine(QPointF(m, size - m), QPointF(size - m, m));
            p.end();
            icon.addPixmap(pixmap, mode);
        }
    }
    return icon;
}

} // namespace acmedesk::icons
