#include "ui/ScmConnectDialog.h"

#include "core/acme/AcmeClient.h"
#include "core/jobs/ScmOperations.h"
#include "core/scm/Presets.h"
#include "core/util/ErrorCodes.h"
#include "ui/widgets/BusyIndicator.h"
#include "ui/widgets/ErrorPanel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace acmedesk {

ScmConnectDialog::ScmConnectDialog(Services services, QWidget *parent)
    : QDialog(parent), m_services(std::move(services)), m_instance(new QComboBox(this)),
      m_customerUri(new QLineEdit(this)), m_login(new QLineEdit(this)),
      m_password(new QLineEdit(this)), m_more(new QToolButton(this)), m_moreBox(new QWidget(this)),
      m_caBundle(new QLineEdit(this)), m_why(new QLabel(this)), m_busy(new BusyIndicator(this)),
      m_error(new ErrorPanel(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("scmConnectDialog"));
    setWindowTitle(tr("Connect to SCM"));
    setMinimumWidth(520);

    auto *intro = new QLabel(tr("AcmeDesk reads organizations, departments, domains and ACME "
                                "accounts with SCM's REST API. Use an SCM administrator login "
                                "that may use the API. The password goes to the keychain only."),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    m_instance->setObjectName(QStringLiteral("scmInstanceField"));
    m_instance->setEditable(true);
    for (const QString &host : scmInstances())
        m_instance->addItem(QStringLiteral("https://") + host);
    m_customerUri->setObjectName(QStringLiteral("scmCustomerUriField"));
    m_customerUri->setPlaceholderText(tr("the part after /customer/ in SCM's address"));
    m_login->setObjectName(QStringLiteral("scmLoginField"));
    m_password->setObjectName(QStringLiteral("scmPasswordField"));
    m_password->setEchoMode(QLineEdit::Password);

    m_more->setObjectName(QStringLiteral("scmMoreButton"));
    m_more->setText(tr("&More…"));
    m_more->setCheckable(true);
    m_more->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_more->setArrowType(Qt::RightArrow);
    m_caBundle->setObjectName(QStringLiteral("scmCaBundleField"));
    m_caBundle->setPlaceholderText(tr("only for an SCM with a private TLS certificate"));
    auto *browse = new QPushButton(tr("&Browse…"), m_moreBox);
    auto *moreLayout = new QFormLayout(m_moreBox);
    moreLayout->setContentsMargins(0, 0, 0, 0);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caBundle, 1);
    caRow->addWidget(browse);
    moreLayout->addRow(tr("Extra CA certificates (PEM):"), caRow);
    m_moreBox->setVisible(false);

    auto *form = new QFormLayout;
    form->addRow(tr("SCM &address:"), m_instance);
    form->addRow(tr("C&ustomer URI:"), m_customerUri);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Password:"), m_password);

    m_why->setObjectName(QStringLiteral("scmConnectWhy"));
    m_why->setTextFormat(Qt::PlainText);
    m_why->setForegroundRole(QPalette::PlaceholderText);
    // Its line stays reserved, so the form does not jump while it changes.
    m_why->setMinimumHeight(m_why->fontMetrics().height());

    m_connectButton = m_buttons->addButton(tr("Co&nnect"), QDialogButtonBox::AcceptRole);
    m_connectButton->setObjectName(QStringLiteral("scmConnectButton"));
    m_connectButton->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_more, 0, Qt::AlignLeft);
    layout->addWidget(m_moreBox);
    layout->addWidget(m_busy);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_why);
    layout->addWidget(m_buttons);

    connect(m_more, &QToolButton::toggled, this, [this](bool on) {
        m_moreBox->setVisible(on);
        m_more->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Extra CA certificates"), {},
                                                          tr("PEM files (*.pem *.crt);;All "
                                                             "files (*)"));
        if (!file.isEmpty())
            m_caBundle->setText(file);
    });
    for (QLineEdit *e : {m_customerUri, m_login, m_password, m_caBundle})
        connect(e, &QLineEdit::textChanged, this, &ScmConnectDialog::updateState);
    connect(m_instance, &QComboBox::currentTextChanged, this, &ScmConnectDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ScmConnectDialog::tryConnect);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
}

void ScmConnectDialog::setConnection(const ScmConnection &c)
{
    m_instance->setEditText(c.baseUrl.toString());
    m_customerUri->setText(c.customerUri);
    m_login->setText(c.login);
    m_password->setFocus();
}

std::optional<ScmConnection> ScmConnectDialog::connectionFromFields(QString *problem) const
{
    ScmConnection c;
    QString address = m_instance->currentText().trimmed();
    if (!address.isEmpty() && !address.contains(QLatin1String("://")))
        address.prepend(QLatin1String("https://"));
    c.baseUrl = QUrl(address);
    c.baseUrl.setPath({});
    c.customerUri = m_customerUri->text().trimmed();
    c.login = m_login->text().trimmed();
    if (address.isEmpty()) {
        *problem = tr("Enter SCM's address, e.g. https://cert-manager.com.");
        return std::nullopt;
    }
    if (c.baseUrl.scheme() != QLatin1String("https") || c.baseUrl.host().isEmpty()) {
        *problem = tr("SCM address: give an https address, e.g. https://cert-manager.com.");
        return std::nullopt;
    }
    if (c.customerUri.isEmpty()) {
        *problem = tr("Enter the customer URI: the part after /customer/ in SCM's address.");
        return std::nullopt;
    }
    if (!scmLoginUrl(c.baseUrl.host(), c.customerUri).isValid()) {
        *problem = tr("Customer URI: use the single word after /customer/, without slashes or "
                      "spaces.");
        return std::nullopt;
    }
    if (c.login.isEmpty()) {
        *problem = tr("Enter the login of an SCM administrator.");
        return std::nullopt;
    }
    if (m_password->text().isEmpty()) {
        *problem = tr("Enter the password.");
        return std::nullopt;
    }
    c.name = c.baseUrl.host() + QLatin1Char('/') + c.customerUri;
    return c;
}

void ScmConnectDialog::updateState()
{
    QString problem;
    const bool ok = connectionFromFields(&problem).has_value();
    m_why->setText(m_checking ? QString() : problem);
    m_connectButton->setEnabled(ok && !m_checking);
}

void ScmConnectDialog::tryConnect()
{
    QString problem;
    auto c = connectionFromFields(&problem);
    if (!c || m_checking)
        return;
    m_error->clear();
    if (const QString file = m_caBundle->text().trimmed(); !file.isEmpty()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return m_error->showMessage(
                tr("Extra CA certificates: cannot read %1: %2").arg(file, f.errorString()));
        c->caBundlePem = f.readAll();
        if (auto certs = ServerOptions::parseCaBundle(c->caBundlePem); !certs)
            return m_error->showMessage(tr("Extra CA certificates: %1").arg(certs.error().message));
    }
    SecureBytes password(m_password->text().toUtf8());
    m_checking = true;
    m_busy->start(tr("Checking the login with SCM…"));
    updateState();
    QPointer<ScmConnectDialog> self(this);
    scmops::connect(m_services, *c, password, [self](Result<ScmConnection> stored) {
        if (!self)
            return;
        self->m_checking = false;
        self->m_busy->stop();
        self->updateState();
        if (!stored) {
            self->m_error->showError(stored.error());
            if (stored.error().code == errorcode::ScmUnauthorized)
                self->m_password->setFocus();
            return;
        }
        self->m_password->clear();
        Q_EMIT self->connected(*stored);
        self->accept();
    });
}

} // namespace acmedesk
