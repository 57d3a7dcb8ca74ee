// A tiny loopback HTTP server that serves files from a folder, standing in for the administrator's
// web server in webroot tests.
#pragma once

#include <QTcpServer>

namespace acmedesk::test {

class StaticFileServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit StaticFileServer(QString root, QObject *parent = nullptr);
    bool start(quint16 port);
    int servedCount() const { return m_served; }

protected:
    void incomingConnection(qintptr handle) override;

private:
    QString m_root;
    int m_served = 0;
};

} // namespace acmedesk::test
