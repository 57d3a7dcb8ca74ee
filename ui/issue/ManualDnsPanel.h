// dns-01 by hand: the TXT record to publish (with copy buttons), a check whether the DNS already
// shows it, and "I published it". Used on the wizard's progress page and, for jobs running in
// the background, in a small dialog from the Dashboard.
#pragma once

#include <QDialog>
#include <QFrame>
#include <QHostAddress>

class QLabel;
class QLineEdit;
class QPushButton;

namespace acmedesk {

class DnsPropagationCheck;
class FieldHint;

class ManualDnsPanel : public QFrame
{
    Q_OBJECT
public:
    explicit ManualDnsPanel(QWidget *parent = nullptr);

    void setRecord(const QString &identifier, const QString &txtName, const QString &txtValue);
    void clear();
    QString txtName() const;
    QString txtValue() const;
    // Where "Check" asks (default: the system resolver).
    void setNameServer(const QHostAddress &server, quint16 port = 53);

Q_SIGNALS:
    void published(); // the user says the record is in place

private:
    void check();

    QLabel *m_intro;
    QLineEdit *m_name;
    QLineEdit *m_value;
    QPushButton *m_check;
    FieldHint *m_checkHint;
    QPushButton *m_published;
    DnsPropagationCheck *m_checker;
    quint64 m_generation = 0;
};

// The panel in a window of its own, for a job that runs without its wizard.
class ManualDnsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ManualDnsDialog(QWidget *parent = nullptr);
    ManualDnsPanel *panel() const { return m_panel; }

private:
    ManualDnsPanel *m_panel;
};

} // namespace acmedesk
