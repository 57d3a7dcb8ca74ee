// A page that arrives in a later version: its title and one sentence of what it will show.
#pragma once

#include <QWidget>

namespace acmedesk {

class PlaceholderPage : public QWidget
{
    Q_OBJECT
public:
    PlaceholderPage(const QString &title, const QString &promise, QWidget *parent = nullptr);
};

} // namespace acmedesk
