#include "ui/AccountDetailsDialog.h"

#include "models/AccountListModel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace acmedesk {

AccountDetailsDialog::AccountDetailsDialog(const Account &a, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("accountDetailsDialog"));
    setWindowTitle(tr("Account details: %1").arg(a.name));

    auto *form = new QFormLayout;
    const auto row = [this, form](const QString &label, const QString &value) {
        auto *text = new QLabel(value.isEmpty() ? tr("–") : value, this);
        text->setTextFormat(Qt::PlainText);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        form->addRow(label, text);
    };
    const QLocale locale;
    const auto when = [&locale](const QDateTime &t) {
        return t.isValid() ? locale.toString(t.toLocalTime(), QLocale::LongFormat) : QString();
    };
    QStringList contacts;
    for (const QString &c : a.contacts)
        contacts << (c.startsWith(QLatin1String("mailto:")) ? c.mid(7) : c);

    row(tr("Name:"), a.name);
    row(tr("Status:"), AccountListModel::statusLabel(a.status));
    row(tr("Server:"), AccountListModel::serverLabel(a));
    row(tr("Directory URL:"), a.directoryUrl.toString());
    row(tr("Account URL:"), a.accountUrl.toString());
    row(tr("Key type:"), keyTypeLabel(a.keyType));
    row(tr("Contacts:"), contacts.join(QStringLiteral(", ")));
    row(tr("EAB Key ID:"), a.eabKeyId);
    row(tr("HMAC algorithm:"), hmacAlgName(a.eabAlgorithm));
    row(tr("HMAC key:"), a.hmacKept ? tr("kept in the keychain") : tr("forgotten"));
    row(tr("Terms of service:"), a.termsOfService);
    if (a.localTestCa)
        row(tr("Local test CA:"), tr("yes; for trying only"));
    if (!a.scmInstance.isEmpty() || !a.scmCustomerUri.isEmpty()) {
        row(tr("SCM instance:"), a.scmInstance);
        row(tr("Customer URI:"), a.scmCustomerUri);
    }
    if (!a.scmOrganization.isEmpty())
        row(tr("Organization:"), a.scmOrganization);
    if (!a.scmDepartment.isEmpty())
        row(tr("Department:"), a.scmDepartment);
    row(tr("Created:"), when(a.createdAt));
    row(tr("Updated:"), when(a.updatedAt));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

} // namespace acmedesk
