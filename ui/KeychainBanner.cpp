#include "ui/KeychainBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace acmedesk {

KeychainBanner::KeychainBanner(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)),
      m_retry(new QPushButton(tr("Retry"), this))
{
    setObjectName(QStringLiteral("keychainBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);

    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size));
    m_text->setObjectName(QStringLiteral("keychainMessageLabel"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setObjectName(QStringLiteral("keychainRetryButton"));

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry, 0, Qt::AlignVCenter);

    connect(m_retry, &QPushButton::clicked, this, &KeychainBanner::retryRequested);
    setVisible(false);
}

void KeychainBanner::setChecking()
{
    m_retry->setEnabled(false);
    m_retry->setText(tr("Checking…"));
}

void KeychainBanner::setState(KeychainState state, const QString &detail)
{
    m_retry->setEnabled(true);
    m_retry->setText(tr("Retry"));
    if (state == KeychainState::Ready) {
        m_text->clear();
        setVisible(false);
        return;
    }
    m_text->setText(keychainStateMessage(state) % QLatin1Char('\n') %
                    tr("Adding accounts needs the keychain; everything else works."));
    m_text->setToolTip(detail);
    setVisible(true);
}

} // namespace acmedesk
