#include "core/scm/Presets.h"

#include <QCoreApplication>
#include <array>

namespace acmedesk {

namespace {

class PresetsText
{
    Q_DECLARE_TR_FUNCTIONS(Presets)
};

struct PresetSource
{
    QLatin1String id;
    const char *label; // QT_TRANSLATE_NOOP("Presets", ...)
    const char *url;
    const char *note; // QT_TRANSLATE_NOOP("Presets", ...)
    bool sectigo;
};

// FACTS.md section 2: ids are stored with accounts and must never change.
constexpr std::array<PresetSource, 8> kPresets{{
    {presetids::SectigoDv, QT_TRANSLATE_NOOP("Presets", "Sectigo DV"),
     "https://acme.sectigo.com/v2/DV",
     QT_TRANSLATE_NOOP("Presets",
                       "Domain-validated certificates from Sectigo's public ACME endpoint."),
     true},
    {presetids::SectigoOv, QT_TRANSLATE_NOOP("Presets", "Sectigo OV"),
     "https://acme.sectigo.com/v2/OV",
     QT_TRANSLATE_NOOP("Presets", "Organization-validated certificates; pick it when SCM shows "
                                  "this URL for an OV account."),
     true},
    {presetids::SectigoEv, QT_TRANSLATE_NOOP("Presets", "Sectigo EV"),
     "https://acme.sectigo.com/v2/EV",
     QT_TRANSLATE_NOOP("Presets", "Extended-validation certificates; your organization must "
                                  "already be EV-validated in SCM."),
     true},
    {presetids::InCommonOv, QT_TRANSLATE_NOOP("Presets", "InCommon OV (Sectigo)"),
     "https://acme.sectigo.com/v2/InCommonRSAOV",
     QT_TRANSLATE_NOOP("Presets", "For InCommon member institutions (universities and research) "
                                  "that get OV certificates through InCommon."),
     true},
    {presetids::SectigoEnterprise,
     QT_TRANSLATE_NOOP("Presets", "Sectigo Certificate Manager (Universal ACME)"),
     "https://acme.enterprise.sectigo.com",
     QT_TRANSLATE_NOOP("Presets", "SCM's enterprise ACME endpoint; pick it when the ACME account "
                                  "in SCM shows this URL."),
     true},
    {presetids::ZeroSsl, QT_TRANSLATE_NOOP("Presets", "ZeroSSL"),
     "https://acme.zerossl.com/v2/DV90",
     QT_TRANSLATE_NOOP("Presets", "Domain-validated certificates from ZeroSSL; EAB values come "
                                  "from the ZeroSSL developer dashboard."),
     false},
    {presetids::Google, QT_TRANSLATE_NOOP("Presets", "Google Trust Services"),
     "https://dv.acme-v02.api.pki.goog/directory",
     QT_TRANSLATE_NOOP("Presets", "Domain-validated certificates from Google Trust Services; EAB "
                                  "values come from a Google Cloud project."),
     false},
    {presetids::SslCom, QT_TRANSLATE_NOOP("Presets", "SSL.com"),
     "https://acme.ssl.com/sslcom-dv-rsa",
     QT_TRANSLATE_NOOP("Presets", "Domain-validated RSA certificates from SSL.com; EAB values "
                                  "come from the SSL.com account."),
     false},
}};

EndpointPreset makePreset(const PresetSource &s)
{
    EndpointPreset p;
    p.id = QString(s.id);
    p.label = PresetsText::tr(s.label);
    p.directoryUrl = QUrl(QString::fromLatin1(s.url));
    p.note = PresetsText::tr(s.note);
    p.sectigo = s.sectigo;
    return p;
}

// Scheme, host (lower case), effective port and path without trailing slashes.
QString comparableUrl(const QUrl &url)
{
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return {};
    if (url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty())
        return {};
    const QString scheme = url.scheme().toLower();
    const int defaultPort = scheme == QLatin1String("https")  ? 443
                            : scheme == QLatin1String("http") ? 80
                                                              : -1;
    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return scheme % QStringLiteral("://") % url.host(QUrl::FullyEncoded).toLower() %
           QLatin1Char(':') % QString::number(url.port(defaultPort)) % path;
}

bool isHostLabelChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-';
}

// A plain DNS host name in lower case, or empty if `text` is not one. Accepts a pasted URL
// ("https://cert-manager.com/customer/x") and keeps only its host.
QString plainHostName(const QString &text)
{
    QString host = text.trimmed();
    const qsizetype schemeEnd = host.indexOf(QStringLiteral("://"));
    if (schemeEnd >= 0) {
        const QString scheme = host.left(schemeEnd).toLower();
        if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
            return {};
        host = host.mid(schemeEnd + 3);
    }
    for (qsizetype i = 0; i < host.size(); ++i) {
        const QChar c = host.at(i);
        if (c == QLatin1Char('/') || c == QLatin1Char('?') || c == QLatin1Char('#')) {
            host.truncate(i);
            break;
        }
    }
    host = host.toLower();
    if (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    if (host.isEmpty() || host.size() > 253)
        return {};
    const QStringList labels = host.split(QLatin1Char('.'));
    for (const QString &label : labels) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(QLatin1Char('-')) ||
            label.endsWith(QLatin1Char('-')))
            return {};
        for (const QChar c : label) {
            if (!isHostLabelChar(c))
                return {};
        }
    }
    return host;
}

} // namespace

QList<EndpointPreset> endpointPresets()
{
    QList<EndpointPreset> list;
    list.reserve(qsizetype(kPresets.size()));
    for (const PresetSource &s : kPresets)
        list.append(makePreset(s));
    return list;
}

const EndpointPreset *findPreset(const QString &id)
{
    // Built once (labels translated with the translators installed at first use) and kept for
    // the life of the program, so the returned pointers stay valid.
    static const QList<EndpointPreset> presets = endpointPresets();
    for (const EndpointPreset &p : presets) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

QString presetIdForUrl(const QUrl &directoryUrl)
{
    const QString wanted = comparableUrl(directoryUrl);
    if (!wanted.isEmpty()) {
        for (const PresetSource &s : kPresets) {
            if (comparableUrl(QUrl(QString::fromLatin1(s.url))) == wanted)
                return QString(s.id);
        }
    }
    return QString(presetids::Custom);
}

QStringList scmInstances()
{
    return {QStringLiteral("cert-manager.com"), QStringLiteral("hard.cert-manager.com"),
            QStringLiteral("eu.cert-manager.com")};
}

QUrl scmLoginUrl(const QString &instance, const QString &customerUri)
{
    const QString host = plainHostName(instance);
    const QString customer = customerUri.trimmed();
    if (host.isEmpty() || customer.isEmpty() || customer == QLatin1String(".") ||
        customer == QLatin1String(".."))
        return {};
    for (const QChar c : customer) {
        if (c.isSpace() || c == QLatin1Char('/') || c == QLatin1Char('?') ||
            c == QLatin1Char('#') || c == QLatin1Char('\\') || c.category() == QChar::Other_Control)
            return {};
    }
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(host);
    url.setPath(QStringLiteral("/customer/") % customer);
    if (!url.isValid())
        return {};
    return url;
}

} // namespace acmedesk
