// ACME directories (core/acme/Directory, RFC 8555 section 7.1.1).
#include "FuzzTarget.h"
#include "core/acme/Directory.h"

ACMEDESK_FUZZ_TARGET(acme_directory)
{
    using namespace acmedesk;
    const QByteArray json = fuzz::bytes(data, size);
    const QUrl url(QStringLiteral("https://acme.example/directory"));
    for (const bool allowHttp : {false, true}) {
        const auto d = Directory::parse(json, url, allowHttp);
        if (!d) {
            FUZZ_CHECK(!d.error().message.isEmpty());
            continue;
        }
        FUZZ_CHECK(d->url == url);
        // Every endpoint AcmeDesk will call is usable: a host, and https unless the server is
        // a local test CA (then http is allowed too).
        for (const QUrl &u : {d->newNonce, d->newAccount, d->newOrder})
            FUZZ_CHECK(u.isValid() && !u.host().isEmpty());
        for (const QUrl &u : {d->newNonce, d->newAccount, d->newOrder, d->revokeCert, d->keyChange,
                              d->newAuthz, d->renewalInfo}) {
            if (u.isEmpty())
                continue;
            FUZZ_CHECK(checkServerUrl(u, allowHttp, QStringLiteral("x")).ok());
            const QString scheme = u.scheme().toLower();
            FUZZ_CHECK(scheme == QLatin1String("https") ||
                       (allowHttp && scheme == QLatin1String("http")));
        }
        FUZZ_CHECK(d->hasKeyChange() == d->keyChange.isValid());
        // Profiles: named, on one line each; an order naming one passes its check, and so does
        // one naming none; a name the CA does not list is refused with a reason.
        for (auto it = d->profiles.cbegin(); it != d->profiles.cend(); ++it) {
            FUZZ_CHECK(!it.key().trimmed().isEmpty());
            FUZZ_CHECK(!it.value().contains(QLatin1Char('\n')));
            FUZZ_CHECK(d->checkProfile(it.key()).ok());
        }
        FUZZ_CHECK(d->checkProfile(QString()).ok());
        if (!d->profiles.contains(QStringLiteral("no such profile"))) {
            const auto refused = d->checkProfile(QStringLiteral("no such profile"));
            FUZZ_CHECK(!refused.ok() && !refused.error().message.isEmpty());
        }
        // What https accepts, http-allowed accepts too, with the same result.
        if (!allowHttp) {
            const auto lax = Directory::parse(json, url, true);
            FUZZ_CHECK(lax && lax->newOrder == d->newOrder && lax->newNonce == d->newNonce &&
                       lax->externalAccountRequired == d->externalAccountRequired &&
                       lax->caaIdentities == d->caaIdentities && lax->profiles == d->profiles);
        }
    }
    return 0;
}
