#include "ui/widgets/Icons.h"

#include "ui/widgets/StatusDelegate.h"

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

QIcon stepState(const QWidget *widget, StepState state)
{
    const QPalette &palette = widget->palette();
    QColor colour;
    switch (state) {
    case StepState::Done:
        colour = toneColor(StatusMark::Tone::Good, palette);
        break;
    case StepState::Failed:
        colour = toneColor(StatusMark::Tone::Critical, palette);
        break;
    case StepState::Running:
        colour = palette.color(QPalette::Highlight);
        break;
    case StepState::Pending:
    case StepState::Skipped:
        colour = palette.color(QPalette::PlaceholderText);
        break;
    }
    QIcon icon;
    for (const int size : {16, 24, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const qreal penWidth = qMax(1.5, size / 9.0);
        QPen pen(colour, penWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        p.setPen(pen);
        const qreal m = size * 0.15;
        const QRectF box(m, m, size - 2 * m, size - 2 * m);
        switch (state) {
        case StepState::Pending:
            p.drawEllipse(box);
            break;
        case StepState::Running: {
            p.drawEllipse(box);
            p.setBrush(colour);
            p.setPen(Qt::NoPen);
            p.drawPie(box.adjusted(penWidth, penWidth, -penWidth, -penWidth), 90 * 16, 180 * 16);
            break;
        }
        case StepState::Done: {
            QPainterPath tick;
            tick.moveTo(box.left(), box.center().y());
            tick.lineTo(box.left() + box.width() * 0.38, box.bottom() - box.height() * 0.1);
            tick.lineTo(box.right(), box.top() + box.height() * 0.1);
            p.drawPath(tick);
            break;
        }
        case StepState::Failed:
            p.drawLine(box.topLeft(), box.bottomRight());
            p.drawLine(box.topRight(), box.bottomLeft());
            break;
        case StepState::Skipped:
            p.drawLine(QPointF(box.left(), box.center().y()),
                       QPointF(box.right(), box.center().y()));
            break;
        }
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace acmedesk::icons
