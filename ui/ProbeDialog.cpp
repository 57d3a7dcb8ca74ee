#include "ui/ProbeDialog.h"

#include "core/inventory/CertificateStatus.h"
#include "core/store/CertificateRepository.h"
#include "ui/widgets/BusyIndicator.h"
#include "ui/widgets/ErrorPanel.h"
#include "ui/widgets/FieldHint.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace acmedesk {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString when(const QDateTime &t)
{
    return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

ProbeDialog::ProbeDialog(Services services, QWidget *parent)
    : QDialog(parent), m_services(std::move(services)), m_server(new QLineEdit(this)),
      m_serverHint(new FieldHint(this)), m_serverName(new QLineEdit(this)),
      m_serverNameHint(new FieldHint(this)), m_busy(new BusyIndicator(this)),
      m_cancel(new QPushButton(tr("C&ancel"), this)), m_error(new ErrorPanel(this)),
      m_found(new QTextBrowser(this)), m_why(new QLabel(this)), m_check(nullptr)
{
    setObjectName(QStringLiteral("probeDialog"));
    setWindowTitle(tr("Check a server"));
    setMinimumSize(560, 420);
    resize(680, 520);

    auto *intro = new QLabel(
        tr("AcmeDesk connects to the server, records the certificate chain it serves (whether or "
           "not a client would accept it) and notes the server as a place where that certificate "
           "is deployed."),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    m_server->setObjectName(QStringLiteral("probeServerField"));
    m_server->setPlaceholderText(tr("www.example.com, host:8443 or [2001:db8::1]:443"));
    m_server->setToolTip(tr("Host name or address, and the port when it is not 443. The port "
                            "must serve TLS directly (not STARTTLS)."));
    m_serverHint->setObjectName(QStringLiteral("probeServerHint"));
    m_serverName->setObjectName(QStringLiteral("probeServerNameField"));
    m_serverName->setPlaceholderText(tr("the host's name; give one for an address"));
    m_serverName->setToolTip(tr("The name sent in the TLS handshake (SNI) and checked against "
                                "the certificate, when the server hosts several names"));
    m_serverNameHint->setObjectName(QStringLiteral("probeServerNameHint"));

    auto *serverLabel = new QLabel(tr("&Server:"), this);
    serverLabel->setBuddy(m_server);
    auto *nameLabel = new QLabel(tr("Server &name (SNI):"), this);
    nameLabel->setBuddy(m_serverName);
    auto *form = new QFormLayout;
    form->addRow(serverLabel, m_server);
    form->addRow(QString(), m_serverHint);
    form->addRow(nameLabel, m_serverName);
    form->addRow(QString(), m_serverNameHint);

    m_busy->setObjectName(QStringLiteral("probeBusy"));
    m_cancel->setObjectName(QStringLiteral("cancelProbeButton"));
    m_cancel->setToolTip(tr("Stop the check; nothing is recorded"));
    m_cancel->setVisible(false);
    auto *busyRow = new QHBoxLayout;
    busyRow->addWidget(m_busy, 1);
    busyRow->addWidget(m_cancel);

    m_error->setObjectName(QStringLiteral("probeError"));
    m_found->setObjectName(QStringLiteral("probeResult"));
    m_found->setOpenLinks(false);
    m_found->setVisible(false);

    m_why->setObjectName(QStringLiteral("probeWhy"));
    m_why->setTextFormat(Qt::PlainText);
    m_why->setForegroundRole(QPalette::PlaceholderText);
    m_why->setMinimumHeight(m_why->fontMetrics().height());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_check = buttons->addButton(tr("Chec&k"), QDialogButtonBox::ActionRole);
    m_check->setObjectName(QStringLiteral("startProbeButton"));
    m_check->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProbeDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addLayout(busyRow);
    layout->addWidget(m_error);
    layout->addWidget(m_found, 1);
    layout->addStretch(0);
    layout->addWidget(m_why);
    layout->addWidget(buttons);

    connect(m_server, &QLineEdit::textChanged, this, &ProbeDialog::updateState);
    connect(m_serverName, &QLineEdit::textChanged, this, &ProbeDialog::updateState);
    connect(m_server, &QLineEdit::returnPressed, this, &ProbeDialog::startProbe);
    connect(m_serverName, &QLineEdit::returnPressed, this, &ProbeDialog::startProbe);
    connect(m_check, &QPushButton::clicked, this, &ProbeDialog::startProbe);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_probe)
            m_probe->cancel();
    });
    updateState();
}

ProbeDialog::~ProbeDialog()
{
    delete m_probe; // aborts its connection; nothing is recorded
}

void ProbeDialog::setTarget(const QString &server, const QString &serverName)
{
    m_server->setText(server);
    m_serverName->setText(serverName);
}

bool ProbeDialog::isRunning() const
{
    return m_probe != nullptr;
}

std::optional<ProbeTarget> ProbeDialog::validate()
{
    m_serverHint->clear();
    m_serverNameHint->clear();
    if (m_server->text().trimmed().isEmpty())
        return std::nullopt;
    // The server alone first, so a problem is shown under the field that has it.
    auto server = parseProbeTarget(m_server->text());
    if (!server) {
        m_serverHint->setHint(FieldHint::Kind::Error, server.error().message);
        return std::nullopt;
    }
    auto target = parseProbeTarget(m_server->text(), m_serverName->text());
    if (!target) {
        m_serverNameHint->setHint(FieldHint::Kind::Error, target.error().message);
        return std::nullopt;
    }
    if (target->sni.isEmpty())
        m_serverNameHint->setHint(
            FieldHint::Kind::Info,
            tr("An address sends no server name: a server with several certificates shows its "
               "default one. Give the name to see the one for it."));
    return *target;
}

void ProbeDialog::updateState()
{
    const bool running = isRunning();
    const auto target = validate();
    m_check->setEnabled(!running && target.has_value());
    m_server->setEnabled(!running);
    m_serverName->setEnabled(!running);
    QString why;
    if (running)
        why.clear();
    else if (m_server->text().trimmed().isEmpty())
        why = tr("Enter the server to check.");
    else if (!target)
        why = tr("Correct the field marked above to check the server.");
    m_why->setText(why);
    m_check->setToolTip(why);
}

void ProbeDialog::startProbe()
{
    if (isRunning())
        return;
    const auto target = validate();
    if (!target)
        return;
    m_error->clear();
    m_found->setVisible(false);
    m_probe = new TlsProbe(m_services, *target, this);
    m_probe->setTimeoutMs(m_timeoutMs);
    connect(m_probe, &TlsProbe::finished, this, &ProbeDialog::onFinished);
    m_busy->start(
        target->sni.isEmpty() || target->sni == target->host
            ? tr("Connecting to %1…").arg(target->location())
            : tr("Connecting to %1 with the server name %2…").arg(target->location(), target->sni));
    m_cancel->setVisible(true);
    m_cancel->setFocus();
    updateState();
    m_probe->start();
}

void ProbeDialog::onFinished(bool ok)
{
    TlsProbe *probe = m_probe;
    m_probe = nullptr;
    m_busy->stop();
    m_cancel->setVisible(false);
    if (ok) {
        m_result = probe->result();
    } else if (probe->error().kind == Error::Kind::Cancelled) {
        m_error->showMessage(tr("The check was cancelled; nothing was recorded."));
    } else {
        m_error->showError(probe->error());
    }
    probe->deleteLater();
    updateState();
    if (m_closeWhenDone)
        return QDialog::reject();
    if (ok) {
        showResult(*m_result);
        Q_EMIT recorded(m_result->certificateId);
    } else {
        m_server->setFocus();
    }
}

void ProbeDialog::showResult(const ProbeResult &r)
{
    const QDateTime now = r.seenAt.isValid() ? r.seenAt : m_services.clock->now();
    QString via = r.peerAddress;
    if (!r.target.sni.isEmpty())
        via = tr("server name %1, %2").arg(r.target.sni, via);
    if (!r.protocol.isEmpty())
        via += QStringLiteral(", ") + r.protocol;
    QString html =
        QStringLiteral("<p><b>%1</b></p>")
            .arg(esc(tr("%1 (%2) serves %n certificate(s):", nullptr, int(r.chain.infos.size()))
                         .arg(r.target.location(), via)));
    html += QStringLiteral("<ol style='margin-top:0'>");
    for (const CertificateInfo &c : r.chain.infos) {
        const QString name = c.subjectCommonName.isEmpty() ? c.subject : c.subjectCommonName;
        const int days = daysLeft(c.notAfter, now);
        QStringList lines{QStringLiteral("<b>%1</b>").arg(esc(name))};
        if (!c.dnsNames.isEmpty())
            lines << esc(tr("Names: %1").arg(c.dnsNames.join(QStringLiteral(", "))));
        lines << esc(tr("Issuer: %1").arg(c.issuer));
        lines << esc(days < 0
                         ? tr("Expired %1").arg(when(c.notAfter))
                         : tr("Expires %1 (%n day(s) left)", nullptr, days).arg(when(c.notAfter)));
        lines
            << QStringLiteral("<tt style='font-size:small'>%1</tt>").arg(esc(c.sha256Fingerprint));
        html +=
            QStringLiteral("<li>") + lines.join(QStringLiteral("<br>")) + QStringLiteral("</li>");
    }
    html += QStringLiteral("</ol>");
    if (r.verificationErrors.isEmpty()) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("✔ The chain verifies against this system's CAs for the server "
                                "name.")));
    } else {
        html += QStringLiteral("<p><b>%1</b></p><ul style='margin-top:0'>")
                    .arg(esc(tr("⚠ A client that checks the chain would object (it is recorded "
                                "anyway):")));
        for (const QString &e : r.verificationErrors)
            html += QStringLiteral("<li>%1</li>").arg(esc(e));
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(r.newCertificate
                             ? tr("Recorded as certificate #%1, new in the inventory; the "
                                  "Dashboard shows it selected.")
                                   .arg(r.certificateId)
                             : tr("Recorded as seen here for certificate #%1, which the "
                                  "inventory had already; the Dashboard shows it selected.")
                                   .arg(r.certificateId)));
    if (r.newerCertificateId > 0) {
        QString newer = tr("certificate #%1").arg(r.newerCertificateId);
        if (auto n = CertificateRepository(m_services.db).findById(r.newerCertificateId);
            n && n->has_value())
            newer = tr("certificate #%1, expires %2")
                        .arg(r.newerCertificateId)
                        .arg(when((*n)->notAfter));
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(esc(tr("⚠ This server serves an older certificate than the newest one "
                                "AcmeDesk knows for the same names (%1): deploy that one here.")
                                 .arg(newer)));
    }
    m_found->setHtml(html);
    m_found->setVisible(true);
}

void ProbeDialog::reject()
{
    if (m_probe) { // stop it first: the answer must not land in a closed dialog
        m_closeWhenDone = true;
        m_probe->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace acmedesk
