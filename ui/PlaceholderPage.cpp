#include "ui/PlaceholderPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace acmedesk {

PlaceholderPage::PlaceholderPage(const QString &title, const QString &promise, QWidget *parent)
    : QWidget(parent)
{
    auto *heading = new QLabel(title, this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);

    auto *soon = new QLabel(tr("Coming in a later version."), this);
    soon->setObjectName(QStringLiteral("comingSoonLabel"));
    auto *text = new QLabel(promise, this);
    text->setObjectName(QStringLiteral("promiseLabel"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(soon);
    layout->addWidget(text);
    layout->addStretch(1);
}

} // namespace acmedesk
