#include "ui/issue/IssueKeyPage.h"

#include "core/jobs/DirectoryLookup.h"
#include "core/store/AccountRepository.h"
#include "core/store/CertificateRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace acmedesk {

IssueKeyPage::IssueKeyPage(Services services,
                           std::function<std::pair<qint64, QStringList>()> context, QWidget *parent)
    : QWizardPage(parent), m_services(std::move(services)), m_context(std::move(context)),
      m_type(new QComboBox(this)),
      m_reuse(
          new QCheckBox(tr("Reu&se the key of the previous certificate for these names"), this)),
      m_reuseNote(new QLabel(this)), m_typeNote(new QLabel(this)), m_profileBox(new QWidget(this)),
      m_profile(new QComboBox(m_profileBox)), m_profileNote(new QLabel(m_profileBox)),
      m_lookup(new DirectoryLookup(m_services, this))
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
    m_profileBox->setObjectName(QStringLiteral("profileBox"));
    m_profile->setObjectName(QStringLiteral("certProfileCombo"));
    m_profileNote->setObjectName(QStringLiteral("profileDescriptionLabel"));
    for (QLabel *label : {m_reuseNote, m_typeNote, m_profileNote}) {
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

    // The CA's certificate profiles: hidden until (and unless) the directory lists some.
    auto *profileForm = new QFormLayout(m_profileBox);
    profileForm->setContentsMargins(0, 0, 0, 0);
    auto *profileLabel = new QLabel(tr("Certificate profi&le:"), m_profileBox);
    profileLabel->setBuddy(m_profile);
    profileForm->addRow(profileLabel, m_profile);
    profileForm->addRow(QString(), m_profileNote);
    m_profileBox->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(m_reuse);
    layout->addWidget(m_reuseNote);
    layout->addSpacing(8);
    layout->addWidget(m_profileBox);
    layout->addStretch(1);

    connect(m_reuse, &QCheckBox::toggled, this, &IssueKeyPage::updateState);
    connect(m_profile, &QComboBox::currentIndexChanged, this,
            &IssueKeyPage::showProfileDescription);
    connect(m_reuse, &QCheckBox::toggled, this, &IssueKeyPage::changed);
    connect(m_type, &QComboBox::currentIndexChanged, this, &IssueKeyPage::changed);
    connect(m_profile, &QComboBox::currentIndexChanged, this, &IssueKeyPage::changed);
}

void IssueKeyPage::initializePage()
{
    const auto [accountId, names] = m_context ? m_context() : std::pair<qint64, QStringList>{};
    if (accountId != m_profilesFor)
        lookUpProfiles(accountId);
    auto previous = CertificateRepository(m_services.db).latestFor(accountId, names);
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

void IssueKeyPage::lookUpProfiles(qint64 accountId)
{
    m_profilesFor = accountId;
    m_profileBox->hide();
    m_profile->clear();
    const auto account = AccountRepository(m_services.db).findById(accountId);
    if (!account || !account->has_value()) {
        m_lookup->cancel();
        return;
    }
    // A CA that cannot be reached now shows no profiles; the order then meets the same trouble.
    m_lookup->lookUp(**account, false, [this, accountId](Result<Directory> d) {
        if (d && accountId == m_profilesFor)
            showProfiles(d->profiles);
    });
}

void IssueKeyPage::showProfiles(const QMap<QString, QString> &profiles)
{
    m_profile->clear();
    if (profiles.isEmpty())
        return m_profileBox->hide();
    m_profile->addItem(tr("The CA's default"), QString());
    for (auto it = profiles.cbegin(); it != profiles.cend(); ++it) {
        m_profile->addItem(it.key(), it.key());
        m_profile->setItemData(m_profile->count() - 1, it.value(), Qt::ToolTipRole);
    }
    m_profile->setCurrentIndex(0);
    showProfileDescription();
    m_profileBox->show();
}

void IssueKeyPage::showProfileDescription()
{
    const int i = m_profile->currentIndex();
    if (i <= 0)
        return m_profileNote->setText(tr("The CA offers certificate profiles (for example "
                                         "shorter lifetimes); without one it issues its "
                                         "default certificate. Renewals keep the profile."));
    const QString description = m_profile->itemData(i, Qt::ToolTipRole).toString();
    m_profileNote->setText(description.isEmpty() ? tr("The CA gives no description.")
                                                 : tr("The CA says: %1").arg(description));
}

KeyValues IssueKeyPage::values() const
{
    KeyValues v;
    v.keyType = keyTypeFromName(m_type->currentData().toString()).value_or(KeyType::EcP256);
    v.reuseKey = m_reuse->isEnabled() && m_reuse->isChecked();
    if (!m_profileBox->isHidden())
        v.profile = m_profile->currentData().toString();
    return v;
}

} // namespace acmedesk
