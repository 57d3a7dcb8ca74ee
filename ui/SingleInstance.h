// One AcmeDesk window per data folder and user: a second launch hands its request ("show",
// "issue", "add-account") to the first over a local socket and exits; the first raises its
// window and does what was asked. Desktop actions ("Issue certificate", "Add account") use it.
#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace acmedesk {

class SingleInstance : public QObject
{
    Q_OBJECT
public:
    // `key` tells instances apart (e.g. the data folder); the socket name is derived from it.
    explicit SingleInstance(const QString &key, QObject *parent = nullptr);

    // True when another instance took `request` (this one should exit). Otherwise this instance
    // becomes the one that listens, and false is returned.
    bool handOver(const QString &request);

Q_SIGNALS:
    void requested(const QString &request); // from a later launch

private:
    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace acmedesk
