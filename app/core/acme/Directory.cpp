#include "core/acme/Directory.h"

#include "core/util/ErrorCodes.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace acmedesk {

namespace {

class DirectoryText
{
    Q_DECLARE_TR_FUNCTIONS(Directory)
};

} // namespace

Result<void> checkServerUrl(const QUrl &url, bool allowHttp, const QString &what)
{
    if (!url.isValid() || url.host().isEmpty())
        return Error{Error::Kind::Protocol,
                     DirectoryText::tr("The server gave an unusable address for %1.").arg(what),
                     url.toString()};
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https") || (allowHttp && scheme == QLatin1String("http")))
        return {};
    return Error{
        Error::Kind::Protocol,
        DirectoryText::tr("The address for %1 does not use https (%2). AcmeDesk only talks "
                          "https to CAs; mark the server as a local test CA if it is one.")
            .arg(what, url.toString()),
        {}};
}

Result<Directory> Directory::parse(const QByteArray &json, const QUrl &url, bool allowHttp)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (!doc.isObject())
        return Error{
            Error::Kind::Protocol,
            DirectoryText::tr("This address answered, but not with an ACME directory. Check the "
                              "ACME URL: it is the directory itself, as SCM shows it."),
            pe.errorString()};
    const QJsonObject o = doc.object();
    Directory d;
    d.url = url;
    struct Field
    {
        const char *name;
        QUrl Directory::*member;
        bool required;
    };
    const Field fields[] = {{"newNonce", &Directory::newNonce, true},
                            {"newAccount", &Directory::newAccount, true},
                            {"newOrder", &Directory::newOrder, true},
                            {"revokeCert", &Directory::revokeCert, false},
                            {"keyChange", &Directory::keyChange, false},
                            {"newAuthz", &Directory::newAuthz, false},
                            {"renewalInfo", &Directory::renewalInfo, false}};
    for (const Field &f : fields) {
        const QString name = QLatin1String(f.name);
        const QString value = o.value(name).toString();
        if (value.isEmpty()) {
            if (f.required)
                return Error{
                    Error::Kind::Protocol,
                    DirectoryText::tr("This address answered with JSON that is not an ACME "
                                      "directory (no \"%1\"). Check the ACME URL.")
                        .arg(name),
                    {}};
            continue;
        }
        const QUrl u(value);
        if (auto ok = checkServerUrl(u, allowHttp, name); !ok)
            return ok.error();
        d.*(f.member) = u;
    }
    const QJsonObject meta = o.value(QLatin1String("meta")).toObject();
    d.termsOfService = QUrl(meta.value(QLatin1String("termsOfService")).toString());
    d.website = QUrl(meta.value(QLatin1String("website")).toString());
    d.externalAccountRequired = meta.value(QLatin1String("externalAccountRequired")).toBool();
    for (const QJsonValue &v : meta.value(QLatin1String("caaIdentities")).toArray())
        d.caaIdentities << v.toString();
    const QJsonObject profiles = meta.value(QLatin1String("profiles")).toObject();
    for (auto it = profiles.begin(); it != profiles.end(); ++it)
        if (!it.key().trimmed().isEmpty())
            d.profiles.insert(it.key(), it.value().toString().simplified());
    return d;
}

Result<void> Directory::checkProfile(const QString &profile) const
{
    if (profile.isEmpty() || profiles.contains(profile))
        return {};
    const QString server =
        url.port() < 0 ? url.host() : QStringLiteral("%1:%2").arg(url.host()).arg(url.port());
    if (profiles.isEmpty())
        return Error{Error::Kind::Invalid,
                     DirectoryText::tr("Profile: the CA at %1 offers no certificate profiles, so "
                                       "\"%2\" cannot be asked for; order without a profile.")
                         .arg(server, profile),
                     {},
                     QString(errorcode::NoProfiles)};
    QStringList offered;
    for (auto it = profiles.begin(); it != profiles.end(); ++it)
        offered << (it.value().isEmpty() ? it.key()
                                         : DirectoryText::tr("%1 (%2)").arg(it.key(), it.value()));
    return Error{Error::Kind::Invalid,
                 DirectoryText::tr("Profile: the CA at %1 does not offer \"%2\". It offers: %3.")
                     .arg(server, profile, offered.join(QStringLiteral("; "))),
                 {},
                 QString(errorcode::UnknownProfile)};
}

} // namespace acmedesk
