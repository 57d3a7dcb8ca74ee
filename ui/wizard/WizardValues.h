// Plain values the account wizard's pages hand on. No widgets, no behaviour.
#pragma once

#include "core/acme/Directory.h"
#include "core/crypto/KeyPair.h"
#include "core/crypto/SecureBytes.h"
#include "core/scm/Presets.h"
#include "core/store/Account.h"

#include <QStringList>
#include <QUrl>
#include <optional>

namespace acmedesk {

struct ScmValues
{
    QString instance;
    QString customerUri;
    QString organization;
    QString department;
};

struct EndpointValues
{
    QString presetId; // a presetids:: value (a preset, Custom or LocalTest)
    QString label;    // for people, e.g. "Sectigo DV"
    QUrl directoryUrl;
    bool localTestCa = false;
    QByteArray caBundlePem;             // trusted for this server only (local test CA)
    std::optional<Directory> directory; // set once the server answered
};

struct EabValues
{
    QString keyId;    // normalised
    SecureBytes hmac; // decoded bytes
    HmacAlg algorithm = HmacAlg::HS256;
};

struct AccountValues
{
    QString name;
    QStringList emails; // plain addresses
    KeyType keyType = KeyType::EcP256;
    bool agreeToTerms = false;
    bool keepHmac = false;
};

// What the account page needs to know from the pages before it.
struct AccountDefaults
{
    QString baseName; // e.g. the server's or SCM's account name; the page adds the organization
    QStringList existingNames;
};

// What the wizard produced (after the register page succeeded).
struct WizardOutcome
{
    Account account;
    bool alreadyExisted = false;
    bool hmacKept = false;
};

} // namespace acmedesk
