// "Check a server…" on the Dashboard: host[:port] and an optional server name (SNI), checked as
// they are typed (parseProbeTarget; the problem is shown under the field it is about), then
// TlsProbe with Cancel. The chain the server serves is recorded in the inventory as TlsProbe does
// for `certs probe` (the leaf, and the endpoint as a sighting); the dialog then says what was
// served, whether a client would accept it, and whether a newer certificate for the same names
// belongs there, and emits recorded() so the Dashboard selects the certificate.
#pragma once

#include "core/Services.h"
#include "core/inventory/TlsProbe.h"

#include <QDialog>
#include <QPointer>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;

namespace acmedesk {

class BusyIndicator;
class ErrorPanel;
class FieldHint;

class ProbeDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ProbeDialog(Services services, QWidget *parent = nullptr);
    ~ProbeDialog() override;

    void setTarget(const QString &server, const QString &serverName = {});
    // What "Check" does (nothing while a check runs or the fields have a problem).
    void startProbe();
    bool isRunning() const;
    const std::optional<ProbeResult> &result() const { return m_result; }
    // For tests: the wall-clock limit of the next check (TlsProbe's default otherwise).
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

Q_SIGNALS:
    // The served chain is recorded: `certificateId` is its leaf's row.
    void recorded(qint64 certificateId);

protected:
    void reject() override;

private:
    std::optional<ProbeTarget> validate(); // sets the field hints
    void onFinished(bool ok);
    void showResult(const ProbeResult &r);
    void updateState();

    Services m_services;
    QPointer<TlsProbe> m_probe;
    std::optional<ProbeResult> m_result;
    int m_timeoutMs = TlsProbe::DefaultTimeoutMs;
    bool m_closeWhenDone = false;

    QLineEdit *m_server;
    FieldHint *m_serverHint;
    QLineEdit *m_serverName;
    FieldHint *m_serverNameHint;
    BusyIndicator *m_busy;
    QPushButton *m_cancel;
    ErrorPanel *m_error;
    QTextBrowser *m_found;
    QLabel *m_why;
    QPushButton *m_check;
};

} // namespace acmedesk
