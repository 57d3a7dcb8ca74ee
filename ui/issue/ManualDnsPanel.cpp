#include "ui/issue/ManualDnsPanel.h"

#include "core/acme/DnsHook.h"
#include "ui/widgets/FieldHint.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace acmedesk {

namespace {

QPushButton *copyButton(const QString &text, QLineEdit *source, const QString &objectName,
                        QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    QObject::connect(button, &QPushButton::clicked, source,
                     [source] { QApplication::clipboard()->setText(source->text()); });
    return button;
}

} // namespace

ManualDnsPanel::ManualDnsPanel(QWidget *parent)
    : QFrame(parent), m_intro(new QLabel(this)), m_name(new QLineEdit(this)),
      m_value(new QLineEdit(this)), m_check(new QPushButton(tr("&Check DNS"), this)),
      m_checkHint(new FieldHint(this)), m_published(new QPushButton(tr("I &published it"), this)),
      m_checker(new DnsPropagationCheck(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);

    m_intro->setObjectName(QStringLiteral("manualDnsIntroLabel"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    for (QLineEdit *edit : {m_name, m_value}) {
        edit->setReadOnly(true);
        edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 44);
    }
    m_name->setObjectName(QStringLiteral("manualDnsNameEdit"));
    m_value->setObjectName(QStringLiteral("manualDnsValueEdit"));
    m_check->setObjectName(QStringLiteral("checkDnsButton"));
    m_check->setToolTip(tr("Ask the DNS whether the record is visible yet"));
    m_checkHint->setObjectName(QStringLiteral("dnsCheckHint"));
    m_published->setObjectName(QStringLiteral("dnsPublishedButton"));
    m_published->setToolTip(tr("The CA checks the record as soon as you click"));

    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(copyButton(tr("Copy"), m_name, QStringLiteral("copyTxtNameButton"), this));
    auto *valueRow = new QHBoxLayout;
    valueRow->addWidget(m_value, 1);
    valueRow->addWidget(
        copyButton(tr("Copy"), m_value, QStringLiteral("copyTxtValueButton"), this));
    auto *form = new QFormLayout;
    form->addRow(tr("TXT record name:"), nameRow);
    form->addRow(tr("Value:"), valueRow);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_check);
    buttons->addStretch(1);
    buttons->addWidget(m_published);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_checkHint);
    layout->addLayout(buttons);

    connect(m_check, &QPushButton::clicked, this, &ManualDnsPanel::check);
    connect(m_published, &QPushButton::clicked, this, [this] {
        m_published->setEnabled(false);
        Q_EMIT published();
    });
    hide();
}

void ManualDnsPanel::setRecord(const QString &identifier, const QString &txtName,
                               const QString &txtValue)
{
    ++m_generation;
    m_intro->setText(
        tr("The CA checks %1 through DNS. Add this TXT record to the zone of %1 at your DNS "
           "provider, wait until it is visible (Check DNS tells you), then click \"I published "
           "it\". The order waits for you; if you close AcmeDesk meanwhile, it is resumed on the "
           "next start.")
            .arg(identifier));
    m_name->setText(txtName);
    m_value->setText(txtValue);
    m_name->setCursorPosition(0);
    m_value->setCursorPosition(0);
    m_checkHint->clear();
    m_check->setEnabled(true);
    m_published->setEnabled(true);
    show();
}

void ManualDnsPanel::clear()
{
    ++m_generation;
    m_name->clear();
    m_value->clear();
    m_checkHint->clear();
    hide();
}

QString ManualDnsPanel::txtName() const
{
    return m_name->text();
}

QString ManualDnsPanel::txtValue() const
{
    return m_value->text();
}

void ManualDnsPanel::setNameServer(const QHostAddress &server, quint16 port)
{
    m_checker->setNameServer(server, port);
}

void ManualDnsPanel::check()
{
    const quint64 generation = ++m_generation;
    m_check->setEnabled(false);
    m_checkHint->setHint(FieldHint::Kind::Info, tr("Asking the DNS…"));
    m_checker->check(m_name->text(), m_value->text(),
                     [self = QPointer<ManualDnsPanel>(this), generation](Result<bool> visible) {
                         if (!self || self->m_generation != generation)
                             return;
                         self->m_check->setEnabled(true);
                         if (!visible)
                             return self->m_checkHint->setHint(
                                 FieldHint::Kind::Warning,
                                 tr("The DNS did not answer: %1").arg(visible.error().message));
                         if (*visible)
                             return self->m_checkHint->setHint(
                                 FieldHint::Kind::Info,
                                 tr("The record is visible. Click \"I published it\"."));
                         self->m_checkHint->setHint(
                             FieldHint::Kind::Warning,
                             tr("Not visible yet. DNS changes can take a few minutes; check "
                                "again shortly."));
                     });
}

ManualDnsDialog::ManualDnsDialog(QWidget *parent)
    : QDialog(parent), m_panel(new ManualDnsPanel(this))
{
    setObjectName(QStringLiteral("manualDnsDialog"));
    setWindowTitle(tr("Publish the DNS record"));
    m_panel->setObjectName(QStringLiteral("manualDnsPanel"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_panel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_panel, &ManualDnsPanel::published, this, &QDialog::accept);
}

} // namespace acmedesk
