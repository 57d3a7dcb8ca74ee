// Everything AcmeDesk knows about one account, as selectable plain text. Holds no secrets.
#pragma once

#include "core/store/Account.h"

#include <QDialog>

namespace acmedesk {

class AccountDetailsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AccountDetailsDialog(const Account &account, QWidget *parent = nullptr);
};

} // namespace acmedesk
