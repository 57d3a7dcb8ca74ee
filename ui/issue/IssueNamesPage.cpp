#include "ui/issue/IssueNamesPage.h"

#include "core/crypto/Csr.h"
#include "ui/widgets/FieldHint.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace acmedesk {

IssueNamesPage::IssueNamesPage(QWidget *parent)
    : QWizardPage(parent), m_edit(new QPlainTextEdit(this)), m_hint(new FieldHint(this)),
      m_aceHint(new FieldHint(this)), m_scmHint(new FieldHint(this)), m_wildcard(new QLabel(this))
{
    setTitle(tr("Domain names"));
    setSubTitle(tr("The names the certificate is for: one per line, or separated by commas. The "
                   "first one also becomes the certificate's common name."));

    m_edit->setObjectName(QStringLiteral("identifiersEdit"));
    m_edit->setTabChangesFocus(true);
    m_edit->setMaximumHeight(m_edit->fontMetrics().lineSpacing() * 12 + 12);
    m_edit->setPlaceholderText(
        tr("www.example.com\nexample.com\n*.example.com (wildcards need dns-01)"));
    m_hint->setObjectName(QStringLiteral("identifiersHint"));
    m_aceHint->setObjectName(QStringLiteral("identifiersAceHint"));
    m_scmHint->setObjectName(QStringLiteral("identifiersScmHint"));
    m_wildcard->setObjectName(QStringLiteral("wildcardNoteLabel"));
    m_wildcard->setWordWrap(true);
    m_wildcard->setTextFormat(Qt::PlainText);
    m_wildcard->setText(tr("Wildcard names (*.example.com) can only be validated through DNS "
                           "(dns-01): the CA has to see a TXT record in the domain's zone. "
                           "AcmeDesk uses dns-01 for them whichever route you choose next."));
    m_wildcard->setVisible(false);
    for (FieldHint *hint : {m_hint, m_aceHint, m_scmHint})
        hint->reserveSpace();

    // Not "&Names": Alt+N is the wizard's Next.
    auto *label = new QLabel(tr("&Domain names:"), this);
    label->setBuddy(m_edit);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_hint);
    layout->addWidget(m_aceHint);
    layout->addWidget(m_scmHint);
    layout->addWidget(m_wildcard);
    layout->addStretch(0);

    connect(m_edit, &QPlainTextEdit::textChanged, this, &IssueNamesPage::validate);
    validate();
}

QStringList IssueNamesPage::split(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

void IssueNamesPage::setNames(const QStringList &names)
{
    m_edit->setPlainText(names.join(QLatin1Char('\n')));
}

void IssueNamesPage::setScmCheck(ScmCheck check)
{
    m_scmCheck = std::move(check);
    validate();
}

void IssueNamesPage::validate()
{
    const bool wasValid = m_valid;
    m_values = {};
    m_values.typed = split(m_edit->toPlainText());
    m_aceHint->clear();
    m_scmHint->clear();
    m_wildcard->setVisible(false);

    if (m_values.typed.isEmpty()) {
        m_valid = false;
        m_hint->setHint(FieldHint::Kind::Info,
                        tr("Enter at least one domain name; then Next is available."));
    } else if (auto names = normalizeIdentifiers(m_values.typed); !names) {
        m_valid = false;
        m_hint->setHint(FieldHint::Kind::Error, names.error().message);
    } else {
        m_valid = true;
        m_values.ace = *names;
        m_hint->clear();
        // Internationalized names are ordered in their ACE ("xn--") form: show it.
        QStringList converted;
        for (const QString &typed : std::as_const(m_values.typed)) {
            QString plain = typed.trimmed().toLower();
            if (plain.endsWith(QLatin1Char('.')))
                plain.chop(1);
            const QString ace = toAceIdentifier(typed);
            if (!ace.isEmpty() && ace != plain && !converted.contains(ace))
                converted << tr("%1 is ordered as %2").arg(typed.trimmed(), ace);
        }
        if (!converted.isEmpty())
            m_aceHint->setHint(FieldHint::Kind::Info, converted.join(QLatin1Char('\n')));
        for (const QString &ace : std::as_const(m_values.ace))
            m_values.hasWildcard = m_values.hasWildcard || ace.startsWith(QLatin1String("*."));
        m_wildcard->setVisible(m_values.hasWildcard);
        if (m_scmCheck)
            if (const QStringList warnings = m_scmCheck(m_values.ace); !warnings.isEmpty())
                m_scmHint->setHint(FieldHint::Kind::Warning, warnings.join(QLatin1Char('\n')));
    }
    if (wasValid != m_valid || m_valid)
        Q_EMIT completeChanged();
}

void IssueNamesPage::initializePage()
{
    validate();
    m_edit->setFocus(); // typing the names is the first thing to do
}

bool IssueNamesPage::isComplete() const
{
    return m_valid;
}

} // namespace acmedesk
