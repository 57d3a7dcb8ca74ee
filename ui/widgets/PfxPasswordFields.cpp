#include "ui/widgets/PfxPasswordFields.h"

#include "ui/widgets/FieldHint.h"
#include "ui/widgets/Icons.h"

#include <QAction>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace acmedesk {

PfxPasswordFields::PfxPasswordFields(QWidget *parent)
    : QObject(parent), m_password(new QLineEdit(parent)), m_repeat(new QLineEdit(parent)),
      m_reveal(new QAction(this)), m_hint(new FieldHint(parent))
{
    for (QLineEdit *edit : {m_password, m_repeat}) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText |
                                  Qt::ImhSensitiveData);
        connect(edit, &QLineEdit::textChanged, this, &PfxPasswordFields::changed);
    }
    m_reveal->setObjectName(QStringLiteral("revealPfxPasswordAction"));
    m_reveal->setCheckable(true);
    m_password->addAction(m_reveal, QLineEdit::TrailingPosition);
    connect(m_reveal, &QAction::toggled, this, &PfxPasswordFields::setRevealed);
    setRevealed(false);
}

void PfxPasswordFields::addRows(QFormLayout *form)
{
    auto *repeatLabel = new QLabel(tr("Repe&at password:"));
    repeatLabel->setBuddy(m_repeat);
    auto *repeatBox = new QVBoxLayout;
    repeatBox->setSpacing(2);
    repeatBox->addWidget(m_repeat);
    repeatBox->addWidget(m_hint);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(repeatLabel, repeatBox);
}

bool PfxPasswordFields::check()
{
    if (m_password->text().isEmpty()) {
        m_hint->setHint(FieldHint::Kind::Info,
                        tr("Choose a password: whoever imports the file needs it."));
        return false;
    }
    if (m_password->text() != m_repeat->text()) {
        if (!m_repeat->text().isEmpty())
            m_hint->setHint(FieldHint::Kind::Error, tr("The two passwords differ."));
        return false;
    }
    return true;
}

SecureBytes PfxPasswordFields::password() const
{
    QByteArray bytes = m_password->text().toUtf8();
    SecureBytes password(bytes);
    secureWipe(bytes);
    return password;
}

void PfxPasswordFields::clear()
{
    m_password->clear();
    m_repeat->clear();
    m_reveal->setChecked(false);
}

void PfxPasswordFields::setRevealed(bool revealed)
{
    for (QLineEdit *edit : {m_password, m_repeat})
        edit->setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    m_reveal->setIcon(icons::reveal(m_password, revealed));
    m_reveal->setText(revealed ? tr("Hide password") : tr("Show password"));
    m_reveal->setToolTip(m_reveal->text());
}

} // namespace acmedesk
