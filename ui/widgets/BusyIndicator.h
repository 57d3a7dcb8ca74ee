// "Checking…" with an indeterminate bar: shown while the network works.
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace acmedesk {

class BusyIndicator : public QWidget
{
    Q_OBJECT
public:
    explicit BusyIndicator(QWidget *parent = nullptr);
    void start(const QString &text);
    void stop();
    bool isBusy() const { return m_busy; }

private:
    QProgressBar *m_bar;
    QLabel *m_text;
    bool m_busy = false;
};

} // namespace acmedesk
