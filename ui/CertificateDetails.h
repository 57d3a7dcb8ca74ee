// The Dashboard's detail pane for one certificate, as HTML built from what the inventory knows:
// the chain and the root it leads to, fingerprints, key, EKUs (with a note when clientAuth is
// present: public TLS certificates lose it on renewal), files, renewal state and history, and
// where it was seen deployed. Every value is escaped.
#pragma once

#include "core/store/EventLog.h"
#include "core/store/Order.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace acmedesk {

struct CertificateSightingView
{
    QString kind;     // "file" or "endpoint"
    QString location; // a path or host:port
    QString sni;
    QDateTime seenAt;
    bool outdated = false;         // a newer certificate for the same names exists
    qint64 newerCertificateId = 0; // that one, when outdated
    QDateTime newerNotAfter;       // its expiry, when known
};

struct CertificateDetailsInput
{
    CertificateRecord certificate; // read whole (chain included)
    QString source;                // the account's name, or where it came from
    QString status;                // as the table shows it
    QString renewal;
    QList<Event> history; // renewal attempts and other events about it, newest first
    QList<CertificateSightingView> sightings;
    QDateTime now;
};

class CertificateDetails
{
    Q_DECLARE_TR_FUNCTIONS(CertificateDetails)
public:
    static QString html(const CertificateDetailsInput &in);
};

} // namespace acmedesk
