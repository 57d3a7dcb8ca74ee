#include "ui/widgets/ExpiryTimeline.h"

#include "ui/widgets/StatusDelegate.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QStyleOptionFocusRect>
#include <QToolTip>
#include <algorithm>
#include <numeric>

namespace acmedesk {

namespace {
constexpr int Gap = 3;
} // namespace

ExpiryTimeline::ExpiryTimeline(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("expiryTimeline"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Expiries per week"));
    updateAccessibleText();
}

void ExpiryTimeline::setCounts(const QList<int> &counts, const QDate &firstDay)
{
    m_counts = counts;
    m_firstDay = firstDay;
    if (m_selected >= m_counts.size())
        setSelectedWeek(-1);
    m_focus = qBound(0, m_focus, qMax(0, int(m_counts.size()) - 1));
    updateAccessibleText();
    update();
}

void ExpiryTimeline::setSelectedWeek(int week)
{
    if (week < -1 || week >= m_counts.size())
        week = -1;
    if (week == m_selected)
        return;
    m_selected = week;
    if (week >= 0)
        m_focus = week;
    updateAccessibleText();
    update();
    Q_EMIT weekSelected(week);
}

QString ExpiryTimeline::weekLabel(int week) const
{
    if (week < 0 || week >= m_counts.size() || !m_firstDay.isValid())
        return {};
    const QDate from = m_firstDay.addDays(7 * week);
    const QDate to = from.addDays(6);
    const QLocale locale;
    return tr("%1 – %2: %n certificate(s) expire", nullptr, m_counts.at(week))
        .arg(locale.toString(from, QLocale::ShortFormat),
             locale.toString(to, QLocale::ShortFormat));
}

QSize ExpiryTimeline::sizeHint() const
{
    return {600, fontMetrics().height() * 6};
}

QSize ExpiryTimeline::minimumSizeHint() const
{
    return {200, fontMetrics().height() * 5};
}

QRect ExpiryTimeline::plotRect() const
{
    const QFontMetrics fm = fontMetrics();
    const int left = fm.horizontalAdvance(QStringLiteral("0000")) + 6;
    return rect().adjusted(left, fm.height() / 2, -4, -(fm.height() + 6));
}

QRect ExpiryTimeline::barRect(int week) const
{
    if (week < 0 || week >= m_counts.size())
        return {};
    const QRect plot = plotRect();
    const int n = int(m_counts.size());
    const int max = qMax(1, *std::max_element(m_counts.cbegin(), m_counts.cend()));
    const double slot = double(plot.width()) / n;
    const int x = plot.left() + int(slot * week);
    const int w = qMax(2, int(slot) - Gap);
    // Every week is clickable over the whole plot height; what is drawn is `h` high.
    const int h = m_counts.at(week) == 0 ? 2 : qMax(4, plot.height() * m_counts.at(week) / max);
    return {x, plot.bottom() - h + 1, w, h};
}

int ExpiryTimeline::weekAt(const QPoint &pos) const
{
    const QRect plot = plotRect();
    if (m_counts.isEmpty() || pos.x() < plot.left() || pos.x() > plot.right() ||
        pos.y() < plot.top() || pos.y() > plot.bottom() + 4)
        return -1;
    const double slot = double(plot.width()) / m_counts.size();
    return qBound(0, int((pos.x() - plot.left()) / slot), int(m_counts.size()) - 1);
}

void ExpiryTimeline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    const QPalette pal = palette();
    const QRect plot = plotRect();
    const QFontMetrics fm = fontMetrics();

    // Axis: the largest count at the top left, zero at the baseline.
    const int max = m_counts.isEmpty() ? 0 : *std::max_element(m_counts.cbegin(), m_counts.cend());
    p.setPen(pal.color(QPalette::PlaceholderText));
    p.drawText(QRect(0, plot.top() - fm.height() / 2, plot.left() - 6, fm.height()),
               Qt::AlignRight | Qt::AlignVCenter, QString::number(max));
    p.drawText(QRect(0, plot.bottom() - fm.height() / 2, plot.left() - 6, fm.height()),
               Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("0"));
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(plot.bottomLeft() + QPoint(0, 1), plot.bottomRight() + QPoint(0, 1));

    const QColor normal = pal.color(QPalette::Highlight);
    for (int week = 0; week < m_counts.size(); ++week) {
        QColor color = normal;
        if (week == 0)
            color = toneColor(StatusMark::Tone::Critical, pal);
        else if (week * 7 < 30)
            color = toneColor(StatusMark::Tone::Warning, pal);
        if (m_selected >= 0 && week != m_selected)
            color.setAlphaF(0.35);
        else if (week == m_hover && week != m_selected)
            color = color.lighter(pal.color(QPalette::Base).lightness() < 128 ? 130 : 115);
        const QRect bar = barRect(week);
        p.fillRect(bar, m_counts.at(week) == 0 ? pal.color(QPalette::Mid) : color);
        if (week == m_selected) {
            p.setPen(QPen(pal.color(QPalette::Text), 1));
            p.drawRect(bar.adjusted(0, 0, -1, -1));
        }
    }

    // Month labels under the first week that starts in each month.
    p.setPen(pal.color(QPalette::Text));
    int lastRight = -1;
    for (int week = 0; m_firstDay.isValid() && week < m_counts.size(); ++week) {
        const QDate from = m_firstDay.addDays(7 * week);
        if (week != 0 && from.month() == from.addDays(-7).month())
            continue;
        const QString label = QLocale().toString(from, QStringLiteral("MMM"));
        const int x = barRect(week).left();
        if (x <= lastRight)
            continue;
        p.drawText(QPoint(x, plot.bottom() + 4 + fm.ascent()), label);
        lastRight = x + fm.horizontalAdvance(label) + 4;
    }

    if (hasFocus() && !m_counts.isEmpty()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        const QRect bar = barRect(m_focus);
        option.rect = QRect(bar.left() - 2, plot.top(), bar.width() + 4, plot.height() + 4);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &p, this);
    }
}

void ExpiryTimeline::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    const int week = weekAt(event->position().toPoint());
    if (week < 0)
        return;
    setSelectedWeek(week == m_selected ? -1 : week);
}

void ExpiryTimeline::mouseMoveEvent(QMouseEvent *event)
{
    const int week = weekAt(event->position().toPoint());
    if (week != m_hover) {
        m_hover = week;
        setCursor(week >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void ExpiryTimeline::leaveEvent(QEvent *event)
{
    m_hover = -1;
    update();
    QWidget::leaveEvent(event);
}

void ExpiryTimeline::keyPressEvent(QKeyEvent *event)
{
    if (m_counts.isEmpty())
        return QWidget::keyPressEvent(event);
    switch (event->key()) {
    case Qt::Key_Left:
        m_focus = qMax(0, m_focus - 1);
        break;
    case Qt::Key_Right:
        m_focus = qMin(int(m_counts.size()) - 1, m_focus + 1);
        break;
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        setSelectedWeek(m_focus == m_selected ? -1 : m_focus);
        break;
    case Qt::Key_Escape:
        if (m_selected < 0)
            return QWidget::keyPressEvent(event);
        setSelectedWeek(-1);
        break;
    default:
        return QWidget::keyPressEvent(event);
    }
    updateAccessibleText();
    update();
}

bool ExpiryTimeline::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int week = weekAt(help->pos());
        if (week >= 0)
            QToolTip::showText(help->globalPos(), weekLabel(week), this, barRect(week));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void ExpiryTimeline::updateAccessibleText()
{
    const int total = int(std::accumulate(m_counts.cbegin(), m_counts.cend(), 0));
    QString text =
        tr("%n certificate(s) expire in the next %1 weeks.", nullptr, total).arg(m_counts.size());
    if (!m_counts.isEmpty())
        text += QLatin1Char(' ') + weekLabel(m_focus);
    setAccessibleDescription(text);
}

} // namespace acmedesk
