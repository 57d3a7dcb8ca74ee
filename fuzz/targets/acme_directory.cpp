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
        // What https accepts, http-allowed accepts too, with the same result.
        if (!allowHttp) {
            const auto lax = Directory::parse(json, url, true);
            FUZZ_CHECK(lax && lax->newOrder == d->newOrder && lax->newNonce == d->newNonce &&
                       lax->externalAccountRequired == d->externalAccountRequired &&
                       lax->caaIdentities == d->caaIdentities);
        }
    }
    return 0;
}
