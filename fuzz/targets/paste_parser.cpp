// Whatever an administrator pastes into the account wizard (core/scm/PasteParser): SCM's
// details text, certbot, lego and acme.sh command lines, SCM REST JSON.
#include "FuzzTarget.h"
#include "core/scm/PasteParser.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

using acmedesk::PastedEab;
using acmedesk::PasteSource;

// A value every reader must take over unchanged: no white space or quotes, nothing an option
// or a label could be mistaken for.
bool plain(const QString &v)
{
    if (v.isEmpty() || v.size() > 200 || v.startsWith(QLatin1Char('-')) ||
        v.endsWith(QLatin1Char(':')))
        return false;
    for (const QChar c : v) {
        const bool ok = (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                        (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                        (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
                        QStringLiteral("-_./:").contains(c);
        if (!ok)
            return false;
    }
    return true;
}

bool sameValues(const PastedEab &a, const PastedEab &b)
{
    return a.serverUrl == b.serverUrl && a.keyId == b.keyId && a.hmacKey == b.hmacKey;
}

} // namespace

ACMEDESK_FUZZ_TARGET(paste_parser)
{
    using namespace acmedesk;
    const QString text = fuzz::text(data, size);
    const PastedEab p = parsePastedEab(text);

    // Something recognised, or nothing at all.
    FUZZ_CHECK((p.source == PasteSource::None) == p.isEmpty());
    if (p.source == PasteSource::None)
        FUZZ_CHECK(p.emails.isEmpty());
    FUZZ_CHECK(pasteSourceFromName(pasteSourceName(p.source)) == p.source);
    // Values are pieces of the paste (acme.sh's short server names become their URL, a JSON
    // number its digits).
    FUZZ_CHECK(p.keyId.size() <= text.size() + 32);
    FUZZ_CHECK(p.hmacKey.size() <= text.size() + 32);
    FUZZ_CHECK(p.serverUrl.size() <= text.size() + 64);
    for (const QString &e : p.emails) {
        FUZZ_CHECK(e.size() <= text.size());
        FUZZ_CHECK(e.contains(QLatin1Char('@')));
    }
    // Parsing is a function of the text.
    const PastedEab again = parsePastedEab(text);
    FUZZ_CHECK(sameValues(again, p) && again.source == p.source && again.emails == p.emails);

    // Plain values found, written out in each form AcmeDesk reads, are read back the same.
    if (!plain(p.keyId) || !plain(p.hmacKey) || !plain(p.serverUrl) ||
        !p.serverUrl.startsWith(QLatin1String("https://")))
        return 0;
    const PastedEab certbot =
        parsePastedEab(QStringLiteral("certbot register --server %1 --eab-kid %2 --eab-hmac-key %3")
                           .arg(p.serverUrl, p.keyId, p.hmacKey));
    FUZZ_CHECK(certbot.source == PasteSource::Certbot && sameValues(certbot, p));
    const PastedEab scmText =
        parsePastedEab(QStringLiteral("ACME URL: %1\nKey ID: %2\nHMAC Key: %3\n")
                           .arg(p.serverUrl, p.keyId, p.hmacKey));
    FUZZ_CHECK(scmText.source == PasteSource::ScmText && sameValues(scmText, p));
    const QJsonObject json{{QStringLiteral("acmeServer"), p.serverUrl},
                           {QStringLiteral("macId"), p.keyId},
                           {QStringLiteral("macKey"), p.hmacKey}};
    const PastedEab scmJson =
        parsePastedEab(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)));
    FUZZ_CHECK(scmJson.source == PasteSource::ScmJson && sameValues(scmJson, p));
    return 0;
}
