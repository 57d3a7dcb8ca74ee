// Fills ACME URL, Key ID and HMAC key from whatever an administrator pastes:
// - the text of SCM's "ACME Account Details" (labels "ACME URL", "Key ID", "HMAC Key", any
//   order, the value on the same line after ':' or on the next line);
// - a certbot command line (--server, --eab-kid, --eab-hmac-key);
// - lego (--server, --eab.kid / --kid, --eab.hmac / --hmac), with '=' or a space before values;
// - acme.sh (--server, --eab-kid, --eab-hmac-key);
// - SCM REST JSON (macId, macKey, acmeServer / acmeURL).
// Values beginning with '-' are kept; quotes and line continuations (\ or ^ or `) are handled.
#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace acmedesk {

// What the pasted text was recognised as.
enum class PasteSource {
    None,    // nothing recognised
    ScmText, // "scm-text": SCM's account details
    Certbot, // "certbot"
    Lego,    // "lego"
    AcmeSh,  // "acme.sh"
    ScmJson, // "scm-json": SCM REST JSON
};
QString pasteSourceName(PasteSource source);                      // the names above; empty for None
std::optional<PasteSource> pasteSourceFromName(QStringView name); // "" is None; nullopt: unknown

struct PastedEab
{
    PasteSource source = PasteSource::None;
    QString serverUrl;
    QString keyId;
    QString hmacKey;    // as pasted (still encoded); the caller decodes it with decodeEabHmac
    QStringList emails; // from --email / -m / --eab-email / "email" if present

    bool isEmpty() const { return serverUrl.isEmpty() && keyId.isEmpty() && hmacKey.isEmpty(); }
};

PastedEab parsePastedEab(const QString &text);

} // namespace acmedesk
