// ACME endpoints an administrator picks from (FACTS.md section 2) and SCM instances.
#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace acmedesk {

struct EndpointPreset
{
    QString id;          // stable, stored with the account: "sectigo-dv", ...
    QString label;       // translated for display
    QUrl directoryUrl;
    QString note;        // one translated sentence on when to pick it
    bool sectigo = false;
};

QList<EndpointPreset> endpointPresets();
const EndpointPreset *findPreset(const QString &id);
QString presetIdForUrl(const QUrl &directoryUrl); // "custom" if none matches

QStringList scmInstances();                      // cert-manager.com, hard.cert-manager.com, ...
// https://<instance>/customer/<customerUri>; invalid QUrl if either part is unusable.
QUrl scmLoginUrl(const QString &instance, const QString &customerUri);

} // namespace acmedesk
