#include "ui/issue/IssueOutputPage.h"

#include "ui/widgets/FieldHint.h"
#include "ui/widgets/PfxPasswordFields.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace acmedesk {

namespace {

// A form label whose mnemonic focuses `buddy` (QFormLayout only does that for widget fields).
QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

QVBoxLayout *withHint(QLayout *field, QWidget *single, FieldHint *hint)
{
    auto *box = new QVBoxLayout;
    box->setSpacing(2);
    if (field)
        box->addLayout(field);
    if (single)
        box->addWidget(single);
    box->addWidget(hint);
    return box;
}

} // namespace

IssueOutputPage::IssueOutputPage(Database db, std::function<IdentifierValues()> names,
                                 QWidget *parent)
    : QWizardPage(parent), m_db(std::move(db)), m_names(std::move(names)), m_folder(new QLineEdit),
      m_browse(new QPushButton(tr("Brows&e…"))), m_folderHint(new FieldHint),
      m_pfx(new QGroupBox(tr("Also write a &PFX file"))), m_pfxFile(new QLineEdit),
      m_passwords(new PfxPasswordFields(m_pfx)),
      m_legacy(new QCheckBox(tr("Le&gacy compatible (old Windows servers)"))),
      m_pfxHint(m_passwords->hint()), m_deploy(new QLineEdit), m_preferredChain(new QLineEdit),
      m_deadline(new QSpinBox)
{
    setTitle(tr("Files"));
    setSubTitle(tr("AcmeDesk writes cert.pem, chain.pem, fullchain.pem and privkey.pem (readable "
                   "only by you) into one folder."));

    m_folder->setObjectName(QStringLiteral("outputFolderEdit"));
    m_browse->setObjectName(QStringLiteral("outputFolderBrowseButton"));
    m_folderHint->setObjectName(QStringLiteral("outputFolderHint"));

    m_pfx->setObjectName(QStringLiteral("pfxGroup"));
    m_pfx->setCheckable(true);
    m_pfx->setChecked(false);
    m_pfx->setToolTip(tr("One password-protected file with key and certificates, for Windows/IIS, "
                         "Java and appliances"));
    m_pfxFile->setObjectName(QStringLiteral("pfxFileEdit"));
    m_passwords->passwordEdit()->setObjectName(QStringLiteral("pfxPasswordEdit"));
    m_passwords->repeatEdit()->setObjectName(QStringLiteral("pfxPasswordRepeatEdit"));
    m_legacy->setObjectName(QStringLiteral("pfxLegacyCheck"));
    m_legacy->setToolTip(tr("3DES and SHA-1 instead of AES-256: only for Windows Server 2016 and "
                            "older, which cannot open the modern format"));
    m_pfxHint->setObjectName(QStringLiteral("pfxHint"));
    auto *pfxForm = new QFormLayout(m_pfx);
    pfxForm->addRow(tr("File &name:"), m_pfxFile);
    m_passwords->addRows(pfxForm); // with the hint
    pfxForm->addRow(QString(), m_legacy);

    m_deploy->setObjectName(QStringLiteral("deployHookEdit"));
    m_deploy->setPlaceholderText(tr("optional, e.g. systemctl reload nginx"));
    m_deploy->setToolTip(
        tr("Runs through the shell after the files are written, with ACMEDESK_CERT, "
           "ACMEDESK_CHAIN, ACMEDESK_FULLCHAIN, ACMEDESK_KEY, ACMEDESK_PFX, ACMEDESK_FOLDER and "
           "ACMEDESK_DOMAINS in its environment"));
    m_preferredChain->setObjectName(QStringLiteral("preferredChainEdit"));
    m_preferredChain->setPlaceholderText(tr("optional: the CA's default chain"));
    m_preferredChain->setToolTip(tr("When the CA offers several chains, take the one whose top "
                                    "certificate is issued by this name (issuer CN)"));
    m_deadline->setObjectName(QStringLiteral("deadlineSpin"));
    m_deadline->setRange(1, 720);
    m_deadline->setValue(24);
    m_deadline->setSuffix(tr(" hours"));
    m_deadline->setToolTip(tr("How long AcmeDesk keeps waiting for a slow CA before it pauses "
                              "the order (it can be resumed later)"));

    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(buddyLabel(tr("&Folder:"), m_folder), withHint(folderRow, nullptr, m_folderHint));

    auto *more = new QGroupBox(tr("More options"));
    auto *moreForm = new QFormLayout(more);
    moreForm->addRow(tr("&Deploy command:"), m_deploy);
    moreForm->addRow(tr("Preferred c&hain:"), m_preferredChain);
    moreForm->addRow(tr("Wait for the CA &up to:"), m_deadline);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(form);
    contentLayout->addWidget(m_pfx);
    contentLayout->addWidget(more);
    contentLayout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    scroll->viewport()->setAutoFillBackground(false);
    content->setAutoFillBackground(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_folder, &QLineEdit::textEdited, this, [this] { m_folderEdited = true; });
    connect(m_pfxFile, &QLineEdit::textEdited, this, [this] { m_pfxFileEdited = true; });
    for (QLineEdit *edit : {m_folder, m_pfxFile})
        connect(edit, &QLineEdit::textChanged, this, &IssueOutputPage::validate);
    connect(m_passwords, &PfxPasswordFields::changed, this, &IssueOutputPage::validate);
    connect(m_pfx, &QGroupBox::toggled, this, &IssueOutputPage::validate);
    connect(m_browse, &QPushButton::clicked, this, &IssueOutputPage::browseFolder);
    for (QLineEdit *edit : {m_deploy, m_preferredChain})
        connect(edit, &QLineEdit::textChanged, this, &IssueOutputPage::changed);
    connect(m_deadline, &QSpinBox::valueChanged, this, &IssueOutputPage::changed);
    connect(m_legacy, &QCheckBox::toggled, this, &IssueOutputPage::changed);
    m_folderHint->reserveSpace();
}

void IssueOutputPage::initializePage()
{
    const IdentifierValues names = m_names ? m_names() : IdentifierValues{};
    const QString first = names.ace.value(0);
    if (!m_folderEdited || m_folder->text().trimmed().isEmpty()) {
        m_folder->setText(QDir::toNativeSeparators(defaultCertificateFolder(m_db, first)));
        m_folderEdited = false;
    }
    if (!m_pfxFileEdited || m_pfxFile->text().trimmed().isEmpty()) {
        QString base = QFileInfo(defaultCertificateFolder(m_db, first)).fileName();
        m_pfxFile->setText((base.isEmpty() ? QStringLiteral("certificate") : base) +
                           QStringLiteral(".pfx"));
        m_pfxFileEdited = false;
    }
    validate();
}

void IssueOutputPage::validate()
{
    const bool wasValid = m_valid;
    bool valid = true;

    const QString folder = m_folder->text().trimmed();
    const QFileInfo info(folder);
    if (folder.isEmpty()) {
        valid = false;
        m_folderHint->setHint(FieldHint::Kind::Error, tr("Choose a folder for the files."));
    } else if (info.exists() && !info.isDir()) {
        valid = false;
        m_folderHint->setHint(FieldHint::Kind::Error,
                              tr("This is a file, not a folder. Choose a folder."));
    } else if (info.isDir() &&
               QFileInfo::exists(QDir(folder).filePath(QStringLiteral("cert.pem")))) {
        m_folderHint->setHint(FieldHint::Kind::Warning,
                              tr("This folder already holds a certificate; its files will be "
                                 "replaced by the new ones."));
    } else if (!info.exists()) {
        m_folderHint->setHint(FieldHint::Kind::Info,
                              tr("The folder is created, readable only by you."));
    } else {
        m_folderHint->clear();
    }

    m_pfxHint->clear();
    if (m_pfx->isChecked()) {
        if (!isPlainFileName(m_pfxFile->text())) {
            valid = false;
            m_pfxHint->setHint(FieldHint::Kind::Error,
                               tr("Give a plain file name such as server.pfx (no folder; it goes "
                                  "into the folder above)."));
        } else if (!m_passwords->check()) {
            valid = false;
        }
    }
    m_valid = valid;
    if (wasValid != m_valid)
        Q_EMIT completeChanged();
    Q_EMIT changed();
}

QString IssueOutputPage::problem() const
{
    if (m_valid)
        return {};
    if (m_pfx->isChecked() && !m_pfxHint->text().isEmpty())
        return tr("PFX file: %1").arg(m_pfxHint->text());
    if (!m_folderHint->text().isEmpty())
        return m_folderHint->text();
    return tr("Check the file options.");
}

void IssueOutputPage::browseFolder()
{
    auto *dialog = new QFileDialog(this, tr("Folder for the certificate files"), m_folder->text());
    dialog->setObjectName(QStringLiteral("outputFolderDialog"));
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly, true);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &folder) {
        m_folderEdited = true;
        m_folder->setText(QDir::toNativeSeparators(folder));
    });
    dialog->open();
}

bool IssueOutputPage::isComplete() const
{
    return m_valid;
}

OutputValues IssueOutputPage::values() const
{
    OutputValues v;
    v.outDir = QFileInfo(QDir::fromNativeSeparators(m_folder->text().trimmed())).absoluteFilePath();
    if (m_pfx->isChecked()) {
        v.pfxFile = m_pfxFile->text();
        v.pfxPassword = m_passwords->password();
        v.pfxLegacy = m_legacy->isChecked();
    }
    v.deployHook = m_deploy->text().trimmed();
    v.preferredChain = m_preferredChain->text().trimmed();
    v.deadlineHours = m_deadline->value();
    return v;
}

void IssueOutputPage::forgetSecrets()
{
    m_passwords->clear();
}

} // namespace acmedesk
