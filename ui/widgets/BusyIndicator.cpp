#include "ui/widgets/BusyIndicator.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

namespace acmedesk {

BusyIndicator::BusyIndicator(QWidget *parent)
    : QWidget(parent), m_bar(new QProgressBar(this)), m_text(new QLabel(this))
{
    m_bar->setRange(0, 0);
    m_bar->setTextVisible(false);
    m_bar->setMaximumWidth(120);
    m_text->setTextFormat(Qt::PlainText);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_text, 1);
    setVisible(false);
}

void BusyIndicator::start(const QString &text)
{
    m_text->setText(text);
    m_busy = true;
    setVisible(true);
}

void BusyIndicator::stop()
{
    m_busy = false;
    setVisible(false);
}

} // namespace acmedesk
