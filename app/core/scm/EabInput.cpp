#include "core/scm/EabInput.h"

#include "core/crypto/Base64Url.h"

#include <QCoreApplication>

namespace acmedesk {

namespace {

class EabInputText
{
    Q_DECLARE_TR_FUNCTIONS(EabInput)
};

// SCM hands out 64-byte HMAC keys; anything under 32 bytes is most likely cut short.
constexpr qsizetype kShortKeyBytes = 32;
constexpr qsizetype kScmKeyBytes = 64;

} // namespace

Result<QString> normalizeEabKeyId(const QString &text)
{
    const QString kid = text.trimmed();
    if (kid.isEmpty())
        return Error::invalid(
            EabInputText::tr("The Key ID is empty. Copy the Key ID of the ACME account from "
                             "Sectigo Certificate Manager and paste it here."));
    if (kid.size() > MaxEabInputChars)
        return Error::invalid(
            EabInputText::tr("The Key ID is %1 characters long; a Key ID has at most %2. Copy "
                             "only the Key ID of the ACME account from Sectigo Certificate "
                             "Manager.")
                .arg(kid.size())
                .arg(MaxEabInputChars));
    for (qsizetype i = 0; i < kid.size(); ++i) {
        if (kid.at(i).isSpace())
            return Error::invalid(
                EabInputText::tr(
                    "The Key ID must not contain spaces or line breaks (found one at position %1). "
                    "Copy the Key ID again as one piece.")
                    .arg(i + 1));
    }
    return kid;
}

Result<EabHmacCheck> decodeEabHmac(const QString &text)
{
    if (text.trimmed().isEmpty())
        return Error::invalid(
            EabInputText::tr("The HMAC key is empty. Copy the HMAC key of the ACME account from "
                             "Sectigo Certificate Manager and paste it here."));

    // Checked here, before anything is sent: SCM's keys are 86 characters.
    if (text.trimmed().size() > MaxEabInputChars)
        return Error::invalid(
            EabInputText::tr("The HMAC key is %1 characters long; an HMAC key has at most %2. "
                             "Copy only the HMAC key of the ACME account from Sectigo "
                             "Certificate Manager.")
                .arg(text.trimmed().size())
                .arg(MaxEabInputChars));
    auto decoded = b64::decodeLenient(text);
    if (!decoded.ok()) {
        Error e = decoded.error();
        e.message = EabInputText::tr("The HMAC key is not valid: %1").arg(e.message);
        return e;
    }

    EabHmacCheck check;
    check.key = SecureBytes(std::move(decoded).value());
    if (check.key.isEmpty())
        return Error::invalid(EabInputText::tr(
            "The HMAC key decodes to nothing. Copy the HMAC key from Sectigo Certificate "
            "Manager again."));
    if (check.key.size() < kShortKeyBytes) {
        check.warning = EabInputText::tr(
                            "The HMAC key is only %n byte(s) long, but SCM hands out %1-byte keys. "
                            "Check that it was copied in full.",
                            nullptr, int(check.key.size()))
                            .arg(kScmKeyBytes);
    }
    return check;
}

} // namespace acmedesk
