#include "ui/widgets/ErrorPanel.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace acmedesk {

ErrorPanel::ErrorPanel(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_message(new QLabel(this)),
      m_copy(new QPushButton(tr("Copy details"), this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);

    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this).pixmap(size));
    m_icon->setAlignment(Qt::AlignTop);
    m_message->setObjectName(QStringLiteral("errorMessageLabel"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_copy->setObjectName(QStringLiteral("copyDetailsButton"));
    m_copy->setToolTip(tr("Copy the technical details, e.g. for a support ticket"));

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_copy, 0, Qt::AlignTop);

    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_message->text() + QLatin1String("\n\n") + m_detail);
    });
    hide();
}

void ErrorPanel::showError(const Error &error)
{
    showMessage(error.message, error.detail);
}

void ErrorPanel::showMessage(const QString &message, const QString &detail)
{
    m_message->setText(message);
    m_detail = detail;
    m_copy->setVisible(!detail.isEmpty());
    show();
}

void ErrorPanel::clear()
{
    m_message->clear();
    m_detail.clear();
    hide();
}

QString ErrorPanel::message() const
{
    return m_message->text();
}

} // namespace acmedesk
