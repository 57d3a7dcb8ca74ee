#include "ui/AccountActions.h"

#include "core/jobs/AccountOperations.h"
#include "core/store/CertificateRepository.h"
#include "ui/wizard/AccountPage.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace acmedesk {

namespace {

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QString serverOf(const Account &a)
{
    return a.directoryUrl.host().isEmpty() ? a.directoryUrl.toString() : a.directoryUrl.host();
}

} // namespace

AccountActions::AccountActions(Services services, AccountOperations *operations, QWidget *parent)
    : QObject(parent), m_services(std::move(services)), m_operations(operations), m_parent(parent)
{}

void AccountActions::start(Action action, const Account &account)
{
    if (m_busy || !m_parent)
        return;
    switch (action) {
    case Action::Contacts:
        return askContacts(account);
    case Action::Rollover:
        return askRollover(account);
    case Action::Deactivate:
        return askDeactivate(account);
    case Action::Remove:
        return askRemove(account, false);
    }
}

void AccountActions::begin(const QString &what)
{
    m_busy = true;
    Q_EMIT started(what);
}

void AccountActions::end(bool ok, const QString &message)
{
    m_busy = false;
    Q_EMIT finished(ok, message);
}

void AccountActions::askContacts(const Account &account)
{
    QDialog dialog(m_parent);
    dialog.setObjectName(QStringLiteral("contactsDialog"));
    dialog.setWindowTitle(tr("Contacts of %1").arg(account.name));
    auto *edit = new QLineEdit(&dialog);
    edit->setObjectName(QStringLiteral("contactsEdit"));
    QStringList current;
    for (const QString &c : account.contacts)
        current << (c.startsWith(QLatin1String("mailto:")) ? c.mid(7) : c);
    edit->setText(current.join(QStringLiteral(", ")));
    edit->setPlaceholderText(tr("none; separate several addresses with commas"));
    auto *hint = wrapped(QString(), &dialog);
    hint->setObjectName(QStringLiteral("contactsHint"));
    hint->setMinimumHeight(hint->fontMetrics().lineSpacing() * 2); // no jump when it changes
    auto *buttons =
        new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    QPushButton *save = buttons->button(QDialogButtonBox::Save);
    save->setText(tr("&Send to the CA"));
    const auto check = [&] {
        const QStringList wrong =
            AccountPage::notEmailAddresses(AccountPage::splitEmails(edit->text()));
        save->setEnabled(wrong.isEmpty());
        hint->setText(wrong.isEmpty()
                          ? tr("The CA sends expiry and account notices to these addresses. "
                               "Leave the field empty to remove every contact.")
                          : tr("Not an e-mail address: %1. Correct it to continue.")
                                .arg(wrong.join(QStringLiteral(", "))));
    };
    QObject::connect(edit, &QLineEdit::textChanged, &dialog, check);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout;
    auto *label = new QLabel(tr("&E-mail addresses:"), &dialog);
    label->setBuddy(edit);
    form->addRow(label, edit);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    check();
    dialog.resize(520, dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted)
        return;
    QStringList contacts;
    for (const QString &e : AccountPage::splitEmails(edit->text()))
        contacts << QStringLiteral("mailto:") + e;
    begin(tr("Sending the contacts of %1 to the CA…").arg(account.name));
    m_operations->updateContacts(
        account.id, contacts,
        [self = QPointer<AccountActions>(this), name = account.name,
         count = contacts.size()](Result<Account> r) {
            if (!self)
                return;
            if (!r)
                return self->end(false, r.error().message);
            self->end(true, count == 0 ? tr("%1 has no contacts now.").arg(name)
                                       : tr("The CA has the new contacts of %1.").arg(name));
        });
}

void AccountActions::askRollover(const Account &account)
{
    QDialog dialog(m_parent);
    dialog.setObjectName(QStringLiteral("rolloverDialog"));
    dialog.setWindowTitle(tr("Change the key of %1").arg(account.name));
    auto *type = new QComboBox(&dialog);
    type->setObjectName(QStringLiteral("rolloverKeyType"));
    for (const QString &name : keyTypeNames()) {
        if (const auto t = keyTypeFromName(name))
            type->addItem(keyTypeLabel(*t), name);
    }
    type->setCurrentIndex(qMax(0, type->findData(keyTypeName(account.keyType))));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    QPushButton *change = buttons->addButton(tr("&Change key"), QDialogButtonBox::AcceptRole);
    change->setObjectName(QStringLiteral("rolloverButton"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout;
    auto *label = new QLabel(tr("New &key type:"), &dialog);
    label->setBuddy(type);
    form->addRow(label, type);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(wrapped(
        tr("AcmeDesk makes a new account key, saves it in the keychain, and asks %1 to use it "
           "instead of the current one (key rollover). The account, its certificates and its "
           "orders stay as they are. Do this when the key may have been exposed, or to move to "
           "another key type.")
            .arg(serverOf(account)),
        &dialog));
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto keyType = keyTypeFromName(type->currentData().toString());
    begin(tr("Changing the key of %1…").arg(account.name));
    m_operations->rollover(
        account.id, keyType,
        [self = QPointer<AccountActions>(this), name = account.name](Result<Account> r) {
            if (!self)
                return;
            if (!r)
                return self->end(false, r.error().message);
            self->end(true,
                      tr("%1 signs with a new %2 key now.").arg(name, keyTypeLabel(r->keyType)));
        });
}

void AccountActions::askDeactivate(const Account &account)
{
    QMessageBox box(QMessageBox::Warning, tr("Deactivate %1").arg(account.name),
                    tr("Deactivate the account %1 at %2?").arg(account.name, serverOf(account)),
                    QMessageBox::Cancel, m_parent);
    box.setObjectName(QStringLiteral("deactivateDialog"));
    box.setInformativeText(
        tr("The CA will refuse every further request from this account: no new certificates, no "
           "renewals. Certificates it issued stay valid until they expire. This cannot be "
           "undone; to issue again you need a new account, and SCM may have to give you a new "
           "Key ID and HMAC key for it."));
    QPushButton *deactivate = box.addButton(tr("&Deactivate"), QMessageBox::DestructiveRole);
    deactivate->setObjectName(QStringLiteral("confirmDeactivateButton"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != deactivate)
        return;
    begin(tr("Deactivating %1 at the CA…").arg(account.name));
    m_operations->deactivate(account.id, [self = QPointer<AccountActions>(this),
                                          name = account.name](Result<Account> r) {
        if (!self)
            return;
        if (!r)
            return self->end(false, r.error().message);
        self->end(true, tr("%1 is deactivated at the CA. Remove it from AcmeDesk when you no "
                           "longer need its history.")
                            .arg(name));
    });
}

void AccountActions::askRemove(const Account &account, bool force)
{
    int certificates = 0;
    if (auto all = CertificateRepository(m_services.db).list()) {
        for (const CertificateListRow &c : *all)
            certificates += c.accountId == account.id ? 1 : 0;
    }
    QMessageBox box(QMessageBox::Warning, tr("Remove %1").arg(account.name),
                    force ? tr("%1 has unfinished orders. Remove it anyway?").arg(account.name)
                          : tr("Remove the account %1 from AcmeDesk?").arg(account.name),
                    QMessageBox::Cancel, m_parent);
    box.setObjectName(QStringLiteral("removeAccountDialog"));
    QString info =
        tr("AcmeDesk forgets the account and its orders, and deletes its key (and its HMAC key "
           "if kept) from the keychain. The account is not deactivated at the CA: deactivate it "
           "first if nobody should use it any more. The activity log keeps its history.");
    if (certificates > 0)
        info += QLatin1Char(' ') +
                tr("%n certificate(s) it issued stay on the Dashboard and on disk, but cannot be "
                   "renewed or revoked through it.",
                   nullptr, certificates);
    if (force)
        info += QLatin1Char(' ') + tr("The unfinished orders are given up; they expire at the CA "
                                      "by themselves.");
    box.setInformativeText(info);
    QPushButton *remove = box.addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemoveAccountButton"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    begin(tr("Removing %1…").arg(account.name));
    m_operations->remove(
        account.id, force, [self = QPointer<AccountActions>(this), account](Result<void> r) {
            if (!self)
                return;
            if (!r && r.error().code == QLatin1String(accounterror::OrdersUnfinished)) {
                self->m_busy = false;
                Q_EMIT self->finished(true, QString());
                return self->askRemove(account, true);
            }
            if (!r)
                return self->end(false, r.error().message);
            self->end(true, tr("%1 is removed from AcmeDesk.").arg(account.name));
        });
}

} // namespace acmedesk
