// How many certificates expire in each week ahead, as bars drawn with QPainter in the palette's
// colours (weeks within 7 and 30 days in the critical and warning tones). Clicking a bar (or
// Left/Right and Space) selects its week, clicking it again or Escape clears the selection;
// hovering names the week and its count.
#pragma once

#include <QDate>
#include <QList>
#include <QWidget>

namespace acmedesk {

class ExpiryTimeline : public QWidget
{
    Q_OBJECT
public:
    explicit ExpiryTimeline(QWidget *parent = nullptr);

    // counts[i]: certificates expiring in the week starting `firstDay + 7 * i`.
    void setCounts(const QList<int> &counts, const QDate &firstDay);
    QList<int> counts() const { return m_counts; }
    int selectedWeek() const { return m_selected; }
    void setSelectedWeek(int week); // -1: none; emits weekSelected when it changes
    QRect barRect(int week) const;  // where week's bar is drawn (for tests and tooltips)
    QString weekLabel(int week) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void weekSelected(int week); // -1: cleared

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    int weekAt(const QPoint &pos) const;
    QRect plotRect() const;
    void updateAccessibleText();

    QList<int> m_counts;
    QDate m_firstDay;
    int m_selected = -1;
    int m_hover = -1;
    int m_focus = 0;
};

} // namespace acmedesk
