#include "ui/issue/ExportPfxDialog.h"

#include "core/crypto/Certificate.h"
#include "core/crypto/Pkcs12.h"
#include "ui/widgets/ErrorPanel.h"
#include "ui/widgets/FieldHint.h"
#include "ui/widgets/PfxPasswordFields.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace acmedesk {

namespace {

Result<QByteArray> readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::storage(ExportPfxDialog::tr("Cannot read %1: %2")
                                  .arg(QDir::toNativeSeparators(path), f.errorString()));
    return f.readAll();
}

} // namespace

ExportPfxDialog::ExportPfxDialog(const CertificateFileSet &files, QWidget *parent)
    : QDialog(parent), m_files(files), m_file(new QLineEdit(this)),
      m_browse(new QPushButton(tr("&Browse…"), this)), m_passwords(new PfxPasswordFields(this)),
      m_legacy(new QCheckBox(tr("&Legacy compatible (old Windows servers)"), this)),
      m_hint(m_passwords->hint()), m_error(new ErrorPanel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("exportPfxDialog"));
    setWindowTitle(tr("Export PFX"));

    auto *intro = new QLabel(tr("A PFX (PKCS#12) file holds the certificate, its chain and the "
                                "private key, protected by a password. Windows/IIS, Java and "
                                "many appliances import it."),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    m_file->setObjectName(QStringLiteral("exportPfxFileEdit"));
    m_browse->setObjectName(QStringLiteral("exportPfxBrowseButton"));
    m_passwords->passwordEdit()->setObjectName(QStringLiteral("exportPfxPasswordEdit"));
    m_passwords->repeatEdit()->setObjectName(QStringLiteral("exportPfxRepeatEdit"));
    m_legacy->setObjectName(QStringLiteral("exportPfxLegacyCheck"));
    m_legacy->setToolTip(tr("3DES and SHA-1 instead of AES-256: only for Windows Server 2016 and "
                            "older, which cannot open the modern format"));
    m_hint->setObjectName(QStringLiteral("exportPfxHint"));
    m_error->setObjectName(QStringLiteral("exportPfxError"));
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("exportPfxSaveButton"));
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Export"));

    QString base = QFileInfo(m_files.folder).fileName();
    if (base.isEmpty())
        base = QStringLiteral("certificate");
    m_file->setText(
        QDir::toNativeSeparators(QDir(m_files.folder).filePath(base + QStringLiteral(".pfx"))));

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    m_passwords->addRows(form); // with the hint
    form->addRow(QString(), m_legacy);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);

    connect(m_file, &QLineEdit::textChanged, this, &ExportPfxDialog::validate);
    connect(m_passwords, &PfxPasswordFields::changed, this, &ExportPfxDialog::validate);
    connect(m_browse, &QPushButton::clicked, this, &ExportPfxDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportPfxDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

ExportPfxDialog::~ExportPfxDialog()
{
    m_passwords->clear();
}

void ExportPfxDialog::validate()
{
    bool valid = true;
    m_hint->clear();
    const QString path = m_file->text().trimmed();
    if (path.isEmpty() || QFileInfo(path).isDir()) {
        valid = false;
        m_hint->setHint(FieldHint::Kind::Error, tr("Choose the file to write."));
    } else if (!m_passwords->check()) {
        valid = false;
    } else if (QFileInfo::exists(path)) {
        m_hint->setHint(FieldHint::Kind::Warning, tr("The file exists and will be replaced."));
    }
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(valid);
}

void ExportPfxDialog::browse()
{
    auto *dialog = new QFileDialog(this, tr("Export PFX"), m_file->text(),
                                   tr("PFX files (*.pfx *.p12);;All files (*)"));
    dialog->setObjectName(QStringLiteral("exportPfxFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("pfx"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &file) { m_file->setText(QDir::toNativeSeparators(file)); });
    dialog->open();
}

void ExportPfxDialog::save()
{
    m_error->clear();
    const SecureBytes password = m_passwords->password();
    const QString path =
        QFileInfo(QDir::fromNativeSeparators(m_file->text().trimmed())).absoluteFilePath();
    auto written = exportPfx(m_files, path, password, m_legacy->isChecked());
    if (!written)
        return m_error->showError(written.error());
    m_passwords->clear();
    Q_EMIT exported(*written);
    accept();
}

Result<QString> ExportPfxDialog::exportPfx(const CertificateFileSet &files, const QString &path,
                                           const SecureBytes &password, bool legacy)
{
    auto chainPem = readFile(files.fullchain);
    if (!chainPem)
        return chainPem.error();
    auto chain = parseChain(*chainPem);
    if (!chain)
        return chain.error();
    auto keyPem = readFile(files.privkey);
    if (!keyPem)
        return keyPem.error();
    auto key = KeyPair::fromPem(*keyPem);
    secureWipe(*keyPem);
    if (!key)
        return key.error();
    if (auto ok = checkChain(*chain, *key); !ok)
        return ok.error();
    const CertificateInfo &leaf = chain->infos.constFirst();
    const QString friendlyName =
        leaf.dnsNames.isEmpty() ? leaf.subjectCommonName : leaf.dnsNames.constFirst();
    auto pfx = makePkcs12(*key, *chain, password,
                          legacy ? Pkcs12Compat::Legacy : Pkcs12Compat::Modern, friendlyName);
    if (!pfx)
        return pfx.error();

    // Atomic (temporary file renamed over the target) and private before any byte is written.
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Error::storage(
            tr("Cannot create %1: %2").arg(QDir::toNativeSeparators(path), out.errorString()));
    if (!out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        out.cancelWriting();
        return Error::storage(
            tr("Cannot make %1 private to you.").arg(QDir::toNativeSeparators(path)));
    }
    if (out.write(pfx->bytes()) != pfx->size() || !out.commit()) {
        const QString reason = out.errorString();
        out.cancelWriting();
        return Error::storage(
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason));
    }
    return path;
}

} // namespace acmedesk
