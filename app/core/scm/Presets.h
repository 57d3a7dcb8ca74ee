// ACME endpoints an administrator picks from (FACTS.md section 2) and SCM instances.
#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace acmedesk {

// Preset ids: stored with accounts (Account::preset), so they never change. The one spelling.
namespace presetids {
inline constexpr QLatin1String SectigoDv{"sectigo-dv"};
inline constexpr QLatin1String SectigoOv{"sectigo-ov"};
inline constexpr QLatin1String SectigoEv{"sectigo-ev"};
inline constexpr QLatin1String InCommonOv{"incommon-ov"};
inline constexpr QLatin1String SectigoEnterprise{"sectigo-enterprise"};
inline constexpr QLatin1String ZeroSsl{"zerossl"};
inline constexpr QLatin1String Google{"google"};
inline constexpr QLatin1String SslCom{"sslcom"};
inline constexpr QLatin1String Custom{"custom"};        // a URL no preset matches
inline constexpr QLatin1String LocalTest{"local-test"}; // AcmeDesk's local test CA
} // namespace presetids

struct EndpointPreset
{
    QString id;    // a presetids:: value, stored with the account
    QString label; // translated for display
    QUrl directoryUrl;
    QString note; // one translated sentence on when to pick it
    bool sectigo = false;
};

QList<EndpointPreset> endpointPresets();
const EndpointPreset *findPreset(const QString &id);
QString presetIdForUrl(const QUrl &directoryUrl); // presetids::Custom if none matches

QStringList scmInstances(); // cert-manager.com, hard.cert-manager.com, ...
// https://<instance>/customer/<customerUri>; invalid QUrl if either part is unusable.
QUrl scmLoginUrl(const QString &instance, const QString &customerUri);

} // namespace acmedesk
