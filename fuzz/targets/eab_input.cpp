// EAB Key ID and HMAC key as people type or paste them (core/scm/EabInput).
#include "FuzzTarget.h"
#include "core/crypto/Base64Url.h"
#include "core/scm/EabInput.h"

ACMEDESK_FUZZ_TARGET(eab_input)
{
    using namespace acmedesk;
    const QString input = fuzz::text(data, size);

    if (const auto kid = normalizeEabKeyId(input)) {
        FUZZ_CHECK(!kid->isEmpty());
        FUZZ_CHECK(kid->size() <= MaxEabInputChars);
        for (const QChar c : *kid)
            FUZZ_CHECK(!c.isSpace());
        FUZZ_CHECK(input.contains(*kid));
        // Normalising is idempotent.
        const auto again = normalizeEabKeyId(*kid);
        FUZZ_CHECK(again && *again == *kid);
    } else {
        FUZZ_CHECK(!kid.error().message.isEmpty());
    }

    if (const auto hmac = decodeEabHmac(input)) {
        const QByteArray key = hmac->key.bytes();
        FUZZ_CHECK(!key.isEmpty());
        // Base64 of at most MaxEabInputChars characters: at most 3 bytes per 4 characters.
        FUZZ_CHECK(key.size() <= MaxEabInputChars * 3 / 4 + 3);
        FUZZ_CHECK(hmac->warning.isEmpty() == (key.size() >= 32));
        // The decoded key, written as the CA expects it (base64url without padding) and read
        // again, is the same key.
        const auto again = decodeEabHmac(b64::encodeString(key));
        FUZZ_CHECK(again && again->key.bytes() == key);
    } else {
        FUZZ_CHECK(!hmac.error().message.isEmpty());
        // An error names what is wrong (one character at most); it never repeats the key. (A
        // run of 16 characters without a space cannot come from the message's own words.)
        const QString trimmed = input.trimmed();
        bool oneWord = trimmed.size() >= 16;
        for (const QChar c : trimmed)
            oneWord = oneWord && !c.isSpace();
        if (oneWord)
            FUZZ_CHECK(!hmac.error().message.contains(trimmed) &&
                       !hmac.error().detail.contains(trimmed));
    }
    return 0;
}
