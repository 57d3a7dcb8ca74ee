#include "ui/DcvDialog.h"

#include "core/jobs/DcvActions.h"
#include "core/scm/DcvGuidance.h"
#include "ui/widgets/BusyIndicator.h"
#include "ui/widgets/ErrorPanel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace acmedesk {

namespace {
QLabel *wrapped(QWidget *parent, const QString &objectName)
{
    auto *l = new QLabel(parent);
    l->setObjectName(objectName);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}
} // namespace

DcvDialog::DcvDialog(Services services, qint64 domainId, const QString &domainName, bool synced,
                     QWidget *parent)
    : QDialog(parent), m_services(std::move(services)), m_domainId(domainId), m_domain(domainName),
      m_synced(synced), m_method(new QComboBox(this)),
      m_note(wrapped(this, QStringLiteral("dcvEmailNote"))),
      m_guidance(wrapped(this, QStringLiteral("dcvGuidance"))), m_publish(new QWidget(this)),
      m_publishForm(new QFormLayout(m_publish)), m_email(new QComboBox(this)),
      m_state(wrapped(this, QStringLiteral("dcvState"))),
      m_start(new QPushButton(tr("&Start in SCM"), this)),
      m_submit(new QPushButton(tr("S&ubmit"), this)),
      m_refresh(new QPushButton(tr("&Check status"), this)), m_handStatus(new QComboBox(this)),
      m_handDate(new QDateEdit(this)), m_record(new QPushButton(tr("&Record result"), this)),
      m_busy(new BusyIndicator(this)), m_error(new ErrorPanel(this))
{
    setObjectName(QStringLiteral("dcvDialog"));
    setWindowTitle(tr("Validate %1").arg(domainName));
    setMinimumWidth(600);

    m_method->setObjectName(QStringLiteral("dcvMethodField"));
    const std::pair<DcvMethod, QString> methods[] = {
        {DcvMethod::Cname, tr("DNS CNAME record")},
        {DcvMethod::Txt, tr("DNS TXT record")},
        {DcvMethod::Http, tr("HTTP file")},
        {DcvMethod::Https, tr("HTTPS file")},
        {DcvMethod::Email, tr("Email (being phased out)")},
    };
    for (const auto &[m, label] : methods)
        m_method->addItem(label, int(m));
    auto *methodLabel = new QLabel(tr("&Method:"), this);
    methodLabel->setBuddy(m_method);
    m_note->setText(dcvEmailNote());
    m_note->setForegroundRole(QPalette::PlaceholderText);

    m_publish->setObjectName(QStringLiteral("dcvPublish"));
    m_publishForm->setContentsMargins(0, 0, 0, 0);
    m_email->setObjectName(QStringLiteral("dcvEmailField"));
    m_start->setObjectName(QStringLiteral("dcvStartButton"));
    m_submit->setObjectName(QStringLiteral("dcvSubmitButton"));
    m_refresh->setObjectName(QStringLiteral("dcvRefreshButton"));
    m_record->setObjectName(QStringLiteral("dcvRecordButton"));
    m_handStatus->setObjectName(QStringLiteral("dcvHandStatusField"));
    m_handStatus->addItem(tr("Validated"), int(DcvStatus::Validated));
    m_handStatus->addItem(tr("Not validated"), int(DcvStatus::NotValidated));
    m_handStatus->addItem(tr("Failed"), int(DcvStatus::Failed));
    m_handDate->setObjectName(QStringLiteral("dcvHandDateField"));
    m_handDate->setCalendarPopup(true);
    m_handDate->setDate(m_services.clock->now().date());
    m_handDate->setMaximumDate(m_services.clock->now().date());

    auto *methodRow = new QHBoxLayout;
    methodRow->addWidget(methodLabel);
    methodRow->addWidget(m_method, 1);
    if (m_synced)
        methodRow->addWidget(m_start);

    auto *actions = new QHBoxLayout;
    auto *handBox = new QWidget(this);
    auto *handRow = new QHBoxLayout(handBox);
    handRow->setContentsMargins(0, 0, 0, 0);
    if (m_synced) {
        actions->addWidget(m_email);
        actions->addWidget(m_submit);
        actions->addWidget(m_refresh);
        actions->addStretch(1);
        handBox->hide();
        for (QWidget *w : {static_cast<QWidget *>(m_handStatus), static_cast<QWidget *>(m_handDate),
                           static_cast<QWidget *>(m_record)})
            w->hide();
    } else {
        auto *statusLabel = new QLabel(tr("R&esult:"), handBox);
        statusLabel->setBuddy(m_handStatus);
        auto *dateLabel = new QLabel(tr("&On:"), handBox);
        dateLabel->setBuddy(m_handDate);
        handRow->addWidget(statusLabel);
        handRow->addWidget(m_handStatus);
        handRow->addWidget(dateLabel);
        handRow->addWidget(m_handDate);
        handRow->addWidget(m_record);
        handRow->addStretch(1);
        for (QWidget *w : {static_cast<QWidget *>(m_email), static_cast<QWidget *>(m_submit),
                           static_cast<QWidget *>(m_refresh), static_cast<QWidget *>(m_start)})
            w->hide();
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(methodRow);
    layout->addWidget(m_note);
    layout->addWidget(m_guidance);
    layout->addWidget(m_publish);
    layout->addLayout(actions);
    layout->addWidget(handBox);
    layout->addWidget(m_state);
    layout->addWidget(m_busy);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);

    if (m_synced) {
        m_actions = new DcvActions(m_services, m_domainId, {}, this);
        connect(m_actions, &DcvActions::finished, this, &DcvDialog::onFinished);
    }
    connect(m_method, &QComboBox::currentIndexChanged, this, &DcvDialog::showGuidance);
    connect(m_start, &QPushButton::clicked, this, &DcvDialog::start);
    connect(m_submit, &QPushButton::clicked, this, &DcvDialog::submit);
    connect(m_refresh, &QPushButton::clicked, this, &DcvDialog::refresh);
    connect(m_record, &QPushButton::clicked, this, &DcvDialog::recordByHand);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showGuidance();
}

DcvMethod DcvDialog::method() const
{
    return DcvMethod(m_method->currentData().toInt());
}

void DcvDialog::showGuidance()
{
    const DcvGuidance g = dcvGuidance(method(), m_domain);
    m_note->setVisible(method() == DcvMethod::Email);
    QStringList lines{g.summary};
    if (!m_synced) {
        for (int i = 0; i < g.steps.size(); ++i)
            lines << tr("%1. %2").arg(i + 1).arg(g.steps.at(i));
        if (!g.publish.isEmpty())
            lines << g.publish;
    } else {
        lines << tr("\"Start in SCM\" asks SCM what to publish for this method.");
    }
    m_guidance->setText(lines.join(QLatin1Char('\n')));
    // What a start for another method showed no longer applies.
    while (m_publishForm->rowCount() > 0)
        m_publishForm->removeRow(0);
    m_publish->setVisible(false);
    m_email->clear();
    m_email->setVisible(false);
    m_submit->setEnabled(false);
    m_submit->setToolTip(tr("Start first: SCM says what to publish."));
}

void DcvDialog::addCopyRow(const QString &label, const QString &value, const QString &objectName)
{
    auto *row = new QWidget(m_publish);
    auto *h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    auto *field = new QLineEdit(value, row);
    field->setObjectName(objectName);
    field->setReadOnly(true);
    field->setCursorPosition(0);
    auto *copy = new QPushButton(tr("Copy"), row);
    copy->setObjectName(objectName + QStringLiteral("Copy"));
    copy->setAccessibleName(tr("Copy %1").arg(label));
    connect(copy, &QPushButton::clicked, this,
            [value] { QApplication::clipboard()->setText(value); });
    h->addWidget(field, 1);
    h->addWidget(copy);
    m_publishForm->addRow(label, row);
}

void DcvDialog::showInstructions()
{
    const DcvInstructions &in = m_actions->instructions();
    while (m_publishForm->rowCount() > 0)
        m_publishForm->removeRow(0);
    switch (in.method) {
    case DcvMethod::Cname:
        addCopyRow(tr("CNAME name:"), in.cnameHost, QStringLiteral("dcvCnameHost"));
        addCopyRow(tr("Points to:"), in.cnameTarget, QStringLiteral("dcvCnameTarget"));
        break;
    case DcvMethod::Http:
    case DcvMethod::Https:
        addCopyRow(tr("File URL:"), in.fileUrl.toString(), QStringLiteral("dcvFileUrl"));
        addCopyRow(tr("File content:"), in.fileLines.join(QLatin1Char('\n')),
                   QStringLiteral("dcvFileContent"));
        break;
    case DcvMethod::Txt:
        addCopyRow(tr("TXT name:"), in.txtName, QStringLiteral("dcvTxtName"));
        addCopyRow(tr("TXT value:"), in.txtValue, QStringLiteral("dcvTxtValue"));
        break;
    case DcvMethod::Email:
        m_email->clear();
        m_email->addItems(in.emails);
        m_email->setVisible(true);
        break;
    case DcvMethod::None:
    case DcvMethod::Auto:
        break;
    }
    m_publish->setVisible(m_publishForm->rowCount() > 0);
    m_submit->setEnabled(in.method != DcvMethod::Txt || !m_actions->state());
    m_submit->setToolTip(in.method == DcvMethod::Email
                             ? tr("SCM sends the validation e-mail to the address chosen.")
                             : tr("Publish the values above first, then submit: SCM checks "
                                  "them."));
}

void DcvDialog::setBusy(const QString &text)
{
    m_error->clear();
    m_busy->start(text);
    for (QWidget *w : {static_cast<QWidget *>(m_start), static_cast<QWidget *>(m_submit),
                       static_cast<QWidget *>(m_refresh), static_cast<QWidget *>(m_method)})
        w->setEnabled(false);
}

void DcvDialog::start()
{
    if (m_actions->start(method()))
        setBusy(tr("Asking SCM what to publish…"));
}

void DcvDialog::submit()
{
    const QString email = method() == DcvMethod::Email ? m_email->currentText() : QString();
    if (m_actions->submit(method(), email))
        setBusy(tr("Submitting to SCM…"));
}

void DcvDialog::refresh()
{
    if (m_actions->refreshStatus())
        setBusy(tr("Reading the status from SCM…"));
}

void DcvDialog::onFinished(bool ok)
{
    m_busy->stop();
    m_start->setEnabled(true);
    m_method->setEnabled(true);
    m_refresh->setEnabled(true);
    if (!ok) {
        m_error->showError(m_actions->error());
        m_submit->setEnabled(!m_actions->instructions().isEmpty());
        return;
    }
    if (m_actions->lastStep() == DcvActions::Step::Start)
        showInstructions();
    else
        m_submit->setEnabled(false);
    if (const auto &s = m_actions->state()) {
        QString text = tr("SCM: %1").arg(dcvStatusLabel(s->status));
        if (s->expires.isValid())
            text += QLatin1String(" — ") +
                    tr("valid until %1").arg(QLocale().toString(s->expires, QLocale::ShortFormat));
        if (!s->message.isEmpty())
            text += QLatin1String(" — ") + s->message;
        m_state->setText(text);
    }
    Q_EMIT changed();
}

void DcvDialog::recordByHand()
{
    m_error->clear();
    auto r =
        DcvActions::markByHand(m_services, m_domainId, method(),
                               DcvStatus(m_handStatus->currentData().toInt()), m_handDate->date());
    if (!r) {
        m_error->showError(r.error());
        return;
    }
    m_state->setText(r->dcvExpires.isValid()
                         ? tr("Recorded: %1, valid until %2 (computed from the date).")
                               .arg(dcvStatusLabel(r->dcvStatus),
                                    QLocale().toString(r->dcvExpires, QLocale::ShortFormat))
                         : tr("Recorded: %1.").arg(dcvStatusLabel(r->dcvStatus)));
    Q_EMIT changed();
}

} // namespace acmedesk
