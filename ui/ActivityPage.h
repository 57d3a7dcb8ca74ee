// Recent events, newest first; failures carry a warning icon (from the style, not a colour).
#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace acmedesk {

class EventTableModel;

class ActivityPage : public QWidget
{
    Q_OBJECT
public:
    explicit ActivityPage(EventTableModel *model, QWidget *parent = nullptr);
    void reload();

protected:
    void showEvent(QShowEvent *event) override;

private:
    EventTableModel *m_model;
    QTableView *m_table;
    QLabel *m_empty;
};

} // namespace acmedesk
