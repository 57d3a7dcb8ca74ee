#include "ui/widgets/FieldHint.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace acmedesk {

FieldHint::FieldHint(QWidget *parent)
    : QWidget(parent), m_icon(new QLabel(this)), m_text(new QLabel(this))
{
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    // Two lines stay reserved while hidden, so the fields below do not move when a hint comes or
    // goes (a click aimed at the next field lands there). Longer hints are rare, and still shown.
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    setMinimumHeight(qMax(size, fontMetrics().lineSpacing() * 2));
    QSizePolicy policy = sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    setSizePolicy(policy);
    setVisible(false);
}

void FieldHint::setHint(Kind kind, const QString &text)
{
    const QStyle::StandardPixmap pixmap = kind == Kind::Error ? QStyle::SP_MessageBoxCritical
                                          : kind == Kind::Warning
                                              ? QStyle::SP_MessageBoxWarning
                                              : QStyle::SP_MessageBoxInformation;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(pixmap, nullptr, this).pixmap(size));
    m_text->setText(text);
    setVisible(!text.isEmpty());
}

void FieldHint::clear()
{
    m_text->clear();
    setVisible(false);
}

void FieldHint::reserveSpace()
{
    QSizePolicy policy = sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    setSizePolicy(policy);
    const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    setMinimumHeight(qMax(icon, m_text->fontMetrics().lineSpacing()));
}

QString FieldHint::text() const
{
    return m_text->text();
}

} // namespace acmedesk
