#include "ui/issue/IssueRoutePage.h"

#include "ui/widgets/FieldHint.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace acmedesk {

namespace {
enum FieldsPage { ListenerFields, WebrootFields, HookFields, NoFields };
}

IssueRoutePage::IssueRoutePage(std::function<IdentifierValues()> names, QWidget *parent)
    : QWizardPage(parent), m_names(std::move(names)), m_route(new QComboBox(this)),
      m_explanation(new QLabel(this)), m_fields(new QStackedWidget(this)),
      m_address(new QLineEdit(this)), m_port(new QSpinBox(this)),
      m_addressHint(new FieldHint(this)), m_webroot(new QLineEdit(this)),
      m_browse(new QPushButton(tr("Brows&e…"), this)), m_webrootHint(new FieldHint(this)),
      m_hook(new QLineEdit(this)), m_hookHint(new FieldHint(this)), m_plan(new QLabel(this))
{
    setTitle(tr("Validation"));
    setSubTitle(tr("How the CA checks that you control the names. One route serves the whole "
                   "order; AcmeDesk applies it to each name and uses dns-01 for wildcards."));

    m_route->setObjectName(QStringLiteral("routeCombo"));
    for (const QString &route :
         {issueroute::Automatic, issueroute::HttpListener, issueroute::HttpWebroot,
          issueroute::DnsHook, issueroute::DnsManual})
        m_route->addItem(routeLabel(route), route);

    m_explanation->setObjectName(QStringLiteral("routeExplanationLabel"));
    m_plan->setObjectName(QStringLiteral("routePlanLabel"));
    for (QLabel *label : {m_explanation, m_plan}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }

    // The built-in listener (automatic route and http-01 listener).
    m_address->setObjectName(QStringLiteral("httpAddressEdit"));
    m_address->setPlaceholderText(tr("all addresses"));
    m_port->setObjectName(QStringLiteral("httpPortSpin"));
    m_port->setRange(1, 65535);
    m_port->setValue(80);
    m_addressHint->setObjectName(QStringLiteral("httpAddressHint"));
    auto *listener = new QWidget(m_fields);
    auto *listenerForm = new QFormLayout(listener);
    listenerForm->setContentsMargins(0, 0, 0, 0);
    auto *addressLabel = new QLabel(tr("Listen on &address:"), listener);
    addressLabel->setBuddy(m_address);
    auto *addressBox = new QVBoxLayout;
    addressBox->setSpacing(2);
    addressBox->addWidget(m_address);
    addressBox->addWidget(m_addressHint);
    listenerForm->addRow(addressLabel, addressBox);
    auto *portLabel = new QLabel(tr("&Port:"), listener);
    portLabel->setBuddy(m_port);
    listenerForm->addRow(portLabel, m_port);

    // A web root folder.
    m_webroot->setObjectName(QStringLiteral("webrootEdit"));
    m_webroot->setPlaceholderText(tr("e.g. /var/www/html"));
    m_browse->setObjectName(QStringLiteral("webrootBrowseButton"));
    m_webrootHint->setObjectName(QStringLiteral("webrootHint"));
    auto *webroot = new QWidget(m_fields);
    auto *webrootForm = new QFormLayout(webroot);
    webrootForm->setContentsMargins(0, 0, 0, 0);
    auto *webrootRow = new QHBoxLayout;
    webrootRow->addWidget(m_webroot, 1);
    webrootRow->addWidget(m_browse);
    auto *webrootBox = new QVBoxLayout;
    webrootBox->setSpacing(2);
    webrootBox->addLayout(webrootRow);
    webrootBox->addWidget(m_webrootHint);
    auto *webrootLabel = new QLabel(tr("Web root &folder:"), webroot);
    webrootLabel->setBuddy(m_webroot);
    webrootForm->addRow(webrootLabel, webrootBox);

    // A DNS hook command.
    m_hook->setObjectName(QStringLiteral("dnsHookEdit"));
    m_hook->setPlaceholderText(tr("e.g. /usr/local/bin/dns-update.sh"));
    m_hookHint->setObjectName(QStringLiteral("dnsHookHint"));
    auto *hook = new QWidget(m_fields);
    auto *hookForm = new QFormLayout(hook);
    hookForm->setContentsMargins(0, 0, 0, 0);
    auto *hookBox = new QVBoxLayout;
    hookBox->setSpacing(2);
    hookBox->addWidget(m_hook);
    hookBox->addWidget(m_hookHint);
    auto *hookLabel = new QLabel(tr("Co&mmand:"), hook);
    hookLabel->setBuddy(m_hook);
    hookForm->addRow(hookLabel, hookBox);

    for (FieldHint *h : {m_addressHint, m_webrootHint, m_hookHint})
        h->reserveSpace();
    m_fields->setObjectName(QStringLiteral("routeFieldsStack"));
    m_fields->addWidget(listener);
    m_fields->addWidget(webroot);
    m_fields->addWidget(hook);
    m_fields->addWidget(new QWidget(m_fields));

    auto *routeRow = new QFormLayout;
    auto *routeLabelWidget = new QLabel(tr("&Route:"), this);
    routeLabelWidget->setBuddy(m_route);
    routeRow->addRow(routeLabelWidget, m_route);

    auto *planTitle = new QLabel(tr("For your names:"), this);
    QFont bold = planTitle->font();
    bold.setBold(true);
    planTitle->setFont(bold);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(routeRow);
    layout->addWidget(m_explanation);
    layout->addSpacing(4);
    layout->addWidget(m_fields);
    layout->addSpacing(8);
    layout->addWidget(planTitle);
    layout->addWidget(m_plan);
    layout->addStretch(1);

    connect(m_route, &QComboBox::currentIndexChanged, this, &IssueRoutePage::onRouteChanged);
    connect(m_address, &QLineEdit::textChanged, this, &IssueRoutePage::validate);
    connect(m_port, &QSpinBox::valueChanged, this, &IssueRoutePage::updatePlan);
    connect(m_webroot, &QLineEdit::textChanged, this, &IssueRoutePage::validate);
    connect(m_hook, &QLineEdit::textChanged, this, &IssueRoutePage::validate);
    connect(m_browse, &QPushButton::clicked, this, &IssueRoutePage::browseWebroot);
    onRouteChanged();
}

QString IssueRoutePage::routeLabel(const QString &route)
{
    if (route == issueroute::Automatic)
        return tr("Automatic (recommended)");
    if (route == issueroute::HttpListener)
        return tr("http-01 with the built-in listener");
    if (route == issueroute::HttpWebroot)
        return tr("http-01 through a web root folder");
    if (route == issueroute::DnsHook)
        return tr("dns-01 with a hook command");
    if (route == issueroute::DnsManual)
        return tr("dns-01, manual (you publish the record)");
    return route;
}

QString IssueRoutePage::currentRoute() const
{
    return m_route->currentData().toString();
}

void IssueRoutePage::initializePage()
{
    updatePlan();
}

void IssueRoutePage::onRouteChanged()
{
    const QString route = currentRoute();
    if (route == issueroute::Automatic) {
        m_explanation->setText(
            tr("AcmeDesk answers the CA's http-01 check itself, with a small built-in web server "
               "on the address and port below, only while the order runs. Wildcard names, and "
               "names for which the CA offers no http-01, are validated with dns-01: AcmeDesk "
               "then shows you the TXT record to publish. Choose this when this computer is the "
               "web server for the names."));
        m_fields->setCurrentIndex(ListenerFields);
    } else if (route == issueroute::HttpListener) {
        m_explanation->setText(
            tr("The CA fetches http://<name>/.well-known/acme-challenge/… on port 80, and "
               "AcmeDesk answers itself while the order runs. Port 80 of this computer must be "
               "reachable from the CA (from the internet, for public CAs) and free, and AcmeDesk "
               "needs the right to bind it: administrator rights on Windows, root or "
               "CAP_NET_BIND_SERVICE on Linux, or a forward from port 80 to the port below."));
        m_fields->setCurrentIndex(ListenerFields);
    } else if (route == issueroute::HttpWebroot) {
        m_explanation->setText(
            tr("Your running web server answers: AcmeDesk writes the challenge file into "
               "<folder>/.well-known/acme-challenge/ and removes it afterwards. Choose the folder "
               "your web server serves for these names on port 80 (its document root)."));
        m_fields->setCurrentIndex(WebrootFields);
    } else if (route == issueroute::DnsHook) {
        m_explanation->setText(
            tr("Your command publishes the TXT record, e.g. through your DNS provider's API. "
               "AcmeDesk runs it through the shell with ACMEDESK_PHASE (\"add\" or \"remove\"), "
               "ACMEDESK_DOMAIN, ACMEDESK_TXT_NAME and ACMEDESK_TXT_VALUE in its environment: "
               "with \"add\" before the CA checks, with \"remove\" afterwards. Exit code 0 means "
               "success. Works for wildcards and for servers the CA cannot reach."));
        m_fields->setCurrentIndex(HookFields);
    } else {
        m_explanation->setText(
            tr("For each name AcmeDesk shows you a TXT record (name and value) to add at your DNS "
               "provider. You can check that it is visible, then click \"I published it\". Works "
               "for wildcards and for servers the CA cannot reach, but someone has to be there."));
        m_fields->setCurrentIndex(NoFields);
    }
    validate();
}

void IssueRoutePage::validate()
{
    const bool wasValid = m_valid;
    const QString route = currentRoute();
    bool valid = true;

    m_addressHint->clear();
    m_webrootHint->clear();
    m_hookHint->clear();
    if (route == issueroute::Automatic || route == issueroute::HttpListener) {
        const QString address = m_address->text().trimmed();
        if (!address.isEmpty() && QHostAddress(address).isNull()) {
            valid = false;
            m_addressHint->setHint(FieldHint::Kind::Error,
                                   tr("Enter an IP address of this computer, e.g. 0.0.0.0 or "
                                      "192.0.2.10, or leave it empty for all addresses."));
        }
    } else if (route == issueroute::HttpWebroot) {
        const QString folder = m_webroot->text().trimmed();
        if (folder.isEmpty()) {
            valid = false;
            m_webrootHint->setHint(FieldHint::Kind::Info,
                                   tr("Choose the folder your web server serves; then Next is "
                                      "available."));
        } else if (!QFileInfo(folder).isDir()) {
            valid = false;
            m_webrootHint->setHint(FieldHint::Kind::Error,
                                   tr("This folder does not exist. Choose the folder your web "
                                      "server serves."));
        } else if (!QFileInfo(folder).isWritable()) {
            m_webrootHint->setHint(FieldHint::Kind::Warning,
                                   tr("You may not be allowed to write into this folder."));
        }
    } else if (route == issueroute::DnsHook) {
        valid = !m_hook->text().trimmed().isEmpty();
        if (!valid)
            m_hookHint->setHint(FieldHint::Kind::Info,
                                tr("Enter the command that publishes the TXT record; then Next "
                                   "is available."));
    }
    m_valid = valid;
    updatePlan();
    if (wasValid != m_valid)
        Q_EMIT completeChanged();
}

void IssueRoutePage::updatePlan()
{
    m_plan->setText(
        planLines(m_names ? m_names().ace : QStringList(), values()).join(QLatin1Char('\n')));
}

QStringList IssueRoutePage::planLines(const QStringList &aceNames, const RouteValues &v)
{
    const QString &route = v.route;
    const QString &address = v.httpAddress;
    const QString where = address.isEmpty() ? tr("port %1").arg(v.httpPort)
                                            : tr("%1, port %2").arg(address).arg(v.httpPort);
    QStringList lines;
    for (const QString &name : aceNames) {
        QString how;
        if (name.startsWith(QLatin1String("*."))) {
            how = route == issueroute::DnsHook ? tr("dns-01 through your command (wildcard)")
                                               : tr("dns-01, you publish the TXT record "
                                                    "(wildcards need dns-01)");
        } else if (route == issueroute::Automatic) {
            how = tr("http-01 on the built-in listener (%1); dns-01 if the CA offers no http-01")
                      .arg(where);
        } else if (route == issueroute::HttpListener) {
            how = tr("http-01 on the built-in listener (%1)").arg(where);
        } else if (route == issueroute::HttpWebroot) {
            how = tr("http-01 through the web root folder");
        } else if (route == issueroute::DnsHook) {
            how = tr("dns-01 through your command");
        } else {
            how = tr("dns-01, you publish the TXT record");
        }
        lines << QStringLiteral("%1: %2").arg(name, how);
    }
    return lines;
}

void IssueRoutePage::browseWebroot()
{
    // Non-modal for the event loop: answers through fileSelected.
    auto *dialog = new QFileDialog(this, tr("Web root folder"), m_webroot->text());
    dialog->setObjectName(QStringLiteral("webrootDialog"));
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly, true);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &folder) {
        m_webroot->setText(QDir::toNativeSeparators(folder));
    });
    dialog->open();
}

bool IssueRoutePage::isComplete() const
{
    return m_valid;
}

RouteValues IssueRoutePage::values() const
{
    RouteValues v;
    v.route = currentRoute();
    if (v.route == issueroute::Automatic || v.route == issueroute::HttpListener) {
        v.httpAddress = m_address->text().trimmed();
        v.httpPort = quint16(m_port->value());
    } else if (v.route == issueroute::HttpWebroot) {
        v.webroot = QFileInfo(m_webroot->text().trimmed()).absoluteFilePath();
    } else if (v.route == issueroute::DnsHook) {
        v.dnsHook = m_hook->text().trimmed();
    }
    return v;
}

} // namespace acmedesk
