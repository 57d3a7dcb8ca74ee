#include "core/jobs/ScmOperations.h"

#include "core/scm/EabInput.h"
#include "core/store/ScmRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace acmedesk::scmops {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ScmOperations)
};

Error coded(Error e, QLatin1String code)
{
    e.code = code;
    return e;
}

// The EAB in one entry of SCM's ACME account list; the key is decoded and SCM's text wiped.
Result<ScmEab> eabOf(QJsonObject account)
{
    ScmEab eab;
    eab.scmAccountId = account.value(QLatin1String("id")).toInteger();
    eab.accountName = account.value(QLatin1String("name")).toString();
    eab.serverName = account.value(QLatin1String("acmeServer")).toString();
    QString macKey = account.value(QLatin1String("macKey")).toString();
    account = {};
    if (macKey.isEmpty())
        return coded(Error::invalid(Text::tr("SCM no longer shows the EAB of ACME account %1 (it "
                                             "is shown until a client registers with it): ask "
                                             "SCM for a new EAB for that account.")
                                        .arg(eab.accountName)),
                     ScmEabUsed);
    auto key = decodeEabHmac(macKey);
    macKey.fill(QLatin1Char('x'));
    if (!key)
        return Error::invalid(
            Text::tr("SCM's ACME account %1: %2").arg(eab.accountName, key.error().message));
    eab.hmac = key->key;
    return eab;
}

void resolveServer(ScmClient *client, const QString &server, std::function<void(Result<QUrl>)> done)
{
    const QUrl direct(server);
    if (direct.scheme() == QLatin1String("https") || direct.scheme() == QLatin1String("http"))
        return done(direct);
    client->getList(
        QStringLiteral("/api/acme/v1/server"), {}, Text::tr("the ACME servers"),
        [server, done](Result<QJsonArray> servers) {
            if (!servers)
                return done(servers.error());
            for (const QJsonValue &v : *servers)
                if (v.toObject().value(QLatin1String("name")).toString() == server)
                    return done(QUrl(v.toObject().value(QLatin1String("url")).toString()));
            done(coded(Error::invalid(Text::tr("SCM names the ACME server \"%1\" for this "
                                               "account but does not list it.")
                                          .arg(server)),
                       ScmServerUnknown));
        });
}
} // namespace

void connect(const Services &services, ScmConnection connection, SecureBytes password,
             std::function<void(Result<ScmConnection>)> done, ScmClientOptions options)
{
    auto *client = new ScmClient(connection, password, options, QCoreApplication::instance());
    client->get(QStringLiteral("/api/organization/v1"), {}, Text::tr("the organizations"),
                [services, connection, password, done, client](Result<ScmResponse> r) mutable {
                    client->deleteLater();
                    if (!r)
                        return done(r.error());
                    ScmRepository repo(services.db);
                    auto existing = repo.findConnection(connection.baseUrl, connection.customerUri);
                    if (!existing)
                        return done(existing.error());
                    if (*existing)
                        connection.id = (*existing)->id;
                    auto id = repo.saveConnection(connection);
                    if (!id)
                        return done(id.error());
                    connection.id = *id;
                    services.secrets->write(secretkeys::scmPassword(connection.id), password,
                                            [connection, done](Result<void> w) {
                                                if (!w)
                                                    return done(w.error());
                                                done(connection);
                                            });
                });
}

void fetchEab(const Services &services, const ScmConnection &connection, qint64 scmAccountId,
              std::function<void(Result<ScmEab>)> done, ScmClientOptions options)
{
    services.secrets->read(secretkeys::scmPassword(connection.id), [connection, scmAccountId, done,
                                                                    options](
                                                                       Result<SecureBytes> pw) {
        if (!pw)
            return done(pw.error());
        auto *client = new ScmClient(connection, *pw, options, QCoreApplication::instance());
        client->getList(
            QStringLiteral("/api/acme/v2/account"), {}, Text::tr("the ACME accounts"),
            [client, scmAccountId, done](Result<QJsonArray> accounts) {
                if (!accounts) {
                    client->deleteLater();
                    return done(accounts.error());
                }
                QJsonObject account;
                for (const QJsonValue &v : *accounts)
                    if (v.toObject().value(QLatin1String("id")).toInteger() == scmAccountId)
                        account = v.toObject();
                *accounts = QJsonArray(); // the other accounts' keys, too
                if (account.isEmpty()) {
                    client->deleteLater();
                    return done(coded(Error::invalid(Text::tr("SCM has no ACME account with id "
                                                              "%1.")
                                                         .arg(scmAccountId)),
                                      NoSuchScmAccount));
                }
                auto keyId = normalizeEabKeyId(account.value(QLatin1String("macId")).toString());
                auto eab = eabOf(std::move(account));
                if (!eab || !keyId) {
                    client->deleteLater();
                    return done(!eab ? eab.error()
                                     : Error::invalid(Text::tr("SCM's ACME account %1: %2")
                                                          .arg(scmAccountId)
                                                          .arg(keyId.error().message)));
                }
                eab->keyId = *keyId;
                auto shared = std::make_shared<ScmEab>(std::move(*eab));
                resolveServer(client, shared->serverName, [client, shared, done](Result<QUrl> url) {
                    client->deleteLater();
                    if (!url)
                        return done(url.error());
                    shared->directoryUrl = *url;
                    done(std::move(*shared));
                });
            });
    });
}

} // namespace acmedesk::scmops
