#include "ui/UseOnServersDialog.h"

#include "core/util/PrivateFile.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace acmedesk {

UseOnServersDialog::UseOnServersDialog(Services services, const Account &account, QWidget *parent)
    : QDialog(parent), m_services(std::move(services)), m_format(new QComboBox(this)),
      m_preview(new QPlainTextEdit(this)),
      m_include(new QCheckBox(tr("&Include the HMAC key"), this)), m_warning(new QLabel(this)),
      m_status(new QLabel(this)), m_save(new QPushButton(tr("&Save…"), this)),
      m_copy(new QPushButton(tr("&Copy"), this))
{
    setObjectName(QStringLiteral("useOnServersDialog"));
    setWindowTitle(tr("Use \"%1\" on servers").arg(account.name));
    m_input.account = account;
    if (auto facts = AccountExport::facts(m_services.db, account))
        m_input.facts = *facts;
    else
        setStatus(facts.error().message, true);

    m_format->setObjectName(QStringLiteral("formatCombo"));
    for (const QString &name : AccountExport::formatNames())
        m_format->addItem(AccountExport::formatLabel(*AccountExport::formatFromName(name)), name);

    m_preview->setObjectName(QStringLiteral("exportPreview"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // The comments are wrapped at 90 columns: show them whole.
    m_preview->setMinimumSize(
        m_preview->fontMetrics().horizontalAdvance(QString(92, QLatin1Char('x'))) + 24, 320);

    m_include->setObjectName(QStringLiteral("includeHmacCheck"));
    if (!account.hmacKept) {
        m_include->setEnabled(false);
        m_include->setText(tr("Include the HMAC key (not kept in the keychain for this account)"));
        m_include->setToolTip(tr("The HMAC key was not kept in the keychain when this account "
                                 "was added; the text says where to paste it from SCM."));
    }
    m_warning->setObjectName(QStringLiteral("registrationWarning"));
    m_warning->setText(AccountExport::oneRegistrationWarning());
    m_warning->setWordWrap(true);
    m_warning->setTextFormat(Qt::PlainText);
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    m_save->setObjectName(QStringLiteral("saveExportButton"));
    m_copy->setObjectName(QStringLiteral("copyExportButton"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_include);
    layout->addWidget(m_warning);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, &UseOnServersDialog::refresh);
    connect(m_include, &QCheckBox::toggled, this, &UseOnServersDialog::onIncludeToggled);
    connect(m_save, &QPushButton::clicked, this, &UseOnServersDialog::save);
    connect(m_copy, &QPushButton::clicked, this, &UseOnServersDialog::copy);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refresh();
}

ExportFormat UseOnServersDialog::format() const
{
    return AccountExport::formatFromName(m_format->currentData().toString())
        .value_or(ExportFormat::CertManager);
}

QString UseOnServersDialog::currentText() const
{
    ExportInput in = m_input;
    if (m_include->isChecked())
        in.hmac = m_hmac;
    return AccountExport::render(format(), in);
}

void UseOnServersDialog::refresh()
{
    m_preview->setPlainText(currentText());
    m_save->setEnabled(!m_reading);
    m_copy->setEnabled(!m_reading);
}

void UseOnServersDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setForegroundRole(error ? QPalette::BrightText : QPalette::WindowText);
}

void UseOnServersDialog::onIncludeToggled(bool checked)
{
    if (!checked) {
        m_hmac.clear();
        setStatus({});
        return refresh();
    }
    const auto answer = QMessageBox::warning(
        this, tr("Include the HMAC key?"),
        tr("Anyone who gets this text can register ACME accounts with your EAB until SCM "
           "revokes it. Save it only where the server's administrators alone can read it, and "
           "delete it after use.\n\n%1")
            .arg(AccountExport::oneRegistrationWarning()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes) {
        const QSignalBlocker block(m_include);
        m_include->setChecked(false);
        return;
    }
    includeKey();
}

void UseOnServersDialog::setIncludeHmacConfirmed(bool include)
{
    const QSignalBlocker block(m_include);
    m_include->setChecked(include);
    if (include)
        return includeKey();
    m_hmac.clear();
    refresh();
}

void UseOnServersDialog::includeKey()
{
    if (!m_services.secrets)
        return;
    m_reading = true;
    setStatus(tr("Reading the HMAC key from the keychain…"));
    refresh();
    AccountExport::readHmac(*m_services.secrets, m_input.account,
                            [self = QPointer<UseOnServersDialog>(this)](Result<SecureBytes> key) {
                                if (!self)
                                    return;
                                self->m_reading = false;
                                if (!key) {
                                    const QSignalBlocker block(self->m_include);
                                    self->m_include->setChecked(false);
                                    self->setStatus(key.error().message, true);
                                } else {
                                    self->m_hmac = std::move(*key);
                                    self->setStatus(tr("The text below contains the HMAC key."));
                                }
                                self->refresh();
                            });
}

void UseOnServersDialog::save()
{
    const QString suggested =
        QDir::home().filePath(AccountExport::suggestedFileName(format(), m_input.account));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save configuration"), suggested);
    if (path.isEmpty())
        return;
    QByteArray bytes = currentText().toUtf8();
    const auto written = PrivateFile::write(path, bytes);
    secureWipe(bytes);
    if (!written)
        return setStatus(written.error().message, true);
    setStatus(tr("Saved to %1 (readable by you only).").arg(QDir::toNativeSeparators(path)));
}

void UseOnServersDialog::copy()
{
    const QString text = currentText();
    QClipboard *clipboard = QApplication::clipboard();
    clipboard->setText(text);
    // Only a digest waits for the minute: the text itself is not kept.
    const QByteArray digest = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
    QTimer::singleShot(m_clearMs, qApp, [digest] {
        QClipboard *c = QApplication::clipboard();
        if (QCryptographicHash::hash(c->text().toUtf8(), QCryptographicHash::Sha256) == digest)
            c->clear();
    });
    setStatus(m_include->isChecked() && !m_hmac.isEmpty()
                  ? tr("Copied with the HMAC key; the clipboard is cleared in a minute.")
                  : tr("Copied; the clipboard is cleared in a minute."));
}

} // namespace acmedesk
