// Link headers of ACME answers (core/acme/AcmeObjects parseLinkHeaders, RFC 8288): the
// alternate chains and the next page of an orders list.
#include "FuzzTarget.h"
#include "core/acme/AcmeObjects.h"

ACMEDESK_FUZZ_TARGET(acme_links)
{
    using namespace acmedesk;
    // Each line of the input is one Link header.
    const QList<QByteArray> values = fuzz::bytes(data, size).split('\n');
    const QUrl base(QStringLiteral("https://acme.example/cert/1"));
    const QMultiMap<QString, QUrl> links = parseLinkHeaders(values, base);
    qsizetype entries = 0;
    for (const QByteArray &v : values)
        entries += v.count('<');
    FUZZ_CHECK(links.size() <= entries);
    for (auto it = links.cbegin(); it != links.cend(); ++it) {
        FUZZ_CHECK(!it.key().isEmpty());
        FUZZ_CHECK(it.key() == it.key().trimmed());
        FUZZ_CHECK(!it.key().contains(QLatin1Char('"')) && !it.key().contains(QLatin1Char(';')));
    }
    // Each link, written as a header of its own, reads back with the same relation (the URL
    // is Qt's to normalise: QUrl does not promise that a parsed odd URL parses back equal).
    for (auto it = links.cbegin(); it != links.cend(); ++it) {
        if (!it.value().isValid())
            continue;
        const QByteArray header =
            '<' + it.value().toEncoded() + ">;rel=\"" + it.key().toLatin1() + '"';
        const QMultiMap<QString, QUrl> again = parseLinkHeaders({header}, base);
        FUZZ_CHECK(again.size() == 1);
        FUZZ_CHECK(again.firstKey() == it.key());
    }
    return 0;
}
