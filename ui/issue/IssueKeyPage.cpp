#include "ui/issue/IssueKeyPage.h"

#include "core/store/CertificateRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace acmedesk {

IssueKeyPage::IssueKeyPage(Database db, std::function<std::pair<qint64, QStringList>()> context,
                           QWidget *parent)
    : QWizardPage(parent), m_db(std::move(db)), m_context(std::move(context)),
      m_type(new QComboBox(this)),
      m_reuse(
          new QCheckBox(tr("&Reuse the key of the previous certificate for these names"), this)),
      m_reuseNote(new QLabel(this)), m_typeNote(new QLabel(this))
{
    setTitle(tr("Certificate key"));
    setSubTitle(tr("AcmeDesk creates the private key on this computer and keeps it in your "
                   "keychain; it never goes to the CA."));

    m_type->setObjectName(QStringLiteral("certKeyTypeCombo"));
    for (const QString &name : keyTypeNames()) {
        if (const auto type = keyTypeFromName(name))
            m_type->addItem(keyTypeLabel(*type), name);
    }
    m_type->setCurrentIndex(qMax(0, m_type->findData(keyTypeName(KeyType::EcP256))));
    m_reuse->setObjectName(QStringLiteral("reuseKeyCheck"));
    m_reuseNote->setObjectName(QStringLiteral("reuseKeyNoteLabel"));
    m_typeNote->setObjectName(QStringLiteral("keyTypeNoteLabel"));
    for (QLabel *label : {m_reuseNote, m_typeNote}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    m_typeNote->setText(tr("ECDSA P-256 suits current web servers and is fast. Choose RSA when "
                           "old clients or appliances must connect."));

    auto *form = new QFormLayout;
    auto *label = new QLabel(tr("Key &type:"), this);
    label->setBuddy(m_type);
    form->addRow(label, m_type);
    form->addRow(QString(), m_typeNote);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(m_reuse);
    layout->addWidget(m_reuseNote);
    layout->addStretch(1);

    connect(m_reuse, &QCheckBox::toggled, this, &IssueKeyPage::updateState);
}

void IssueKeyPage::initializePage()
{
    const auto [accountId, names] = m_context ? m_context() : std::pair<qint64, QStringList>{};
    auto previous = CertificateRepository(m_db).latestFor(accountId, names);
    const bool found = previous && previous->has_value() && !(*previous)->keyRef.isEmpty();
    m_reuse->setEnabled(found);
    if (!found) {
        m_reuse->setChecked(false);
        m_reuseNote->setText(tr("There is no earlier certificate for exactly these names with "
                                "this account, so a new key is made."));
    } else {
        const CertificateRecord &c = **previous;
        m_reuseNote->setText(
            tr("Useful when the key is pinned somewhere (e.g. DANE/TLSA records). The previous "
               "certificate was issued %1 with a %2 key.")
                .arg(QLocale().toString(c.notBefore.toLocalTime().date(), QLocale::ShortFormat),
                     c.keyType));
    }
    updateState();
}

void IssueKeyPage::updateState()
{
    m_type->setEnabled(!m_reuse->isChecked());
}

KeyValues IssueKeyPage::values() const
{
    KeyValues v;
    v.keyType = keyTypeFromName(m_type->currentData().toString()).value_or(KeyType::EcP256);
    v.reuseKey = m_reuse->isEnabled() && m_reuse->isChecked();
    return v;
}

} // namespace acmedesk
