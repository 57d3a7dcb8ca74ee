// A message strip at the top of the main window when the keychain is not usable.
// Not modal: the rest of the window keeps working (only adding accounts needs the keychain).
#pragma once

#include "core/secrets/SecretStore.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace acmedesk {

class KeychainBanner : public QFrame
{
    Q_OBJECT
public:
    explicit KeychainBanner(QWidget *parent = nullptr);

    void setChecking();
    // Ready hides the banner; other states show keychainStateMessage() and "Retry".
    void setState(KeychainState state, const QString &detail);

Q_SIGNALS:
    void retryRequested();

private:
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_retry;
};

} // namespace acmedesk
