#include "core/secrets/SecretStore.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace acmedesk {

namespace {

class SecretStoreText
{
    Q_DECLARE_TR_FUNCTIONS(SecretStore)
};

// A positive decimal id exactly as QString::number writes it, or 0.
qint64 parseId(QStringView text)
{
    if (text.isEmpty() || text.front() == u'0')
        return 0;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return 0;
    }
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok ? id : 0;
}

bool isLowerHex(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

} // namespace

void SecretStore::probe(ProbeCallback done)
{
    QByteArray token(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(token.data()),
                                          token.size() / 4);
    probe(secretkeys::probe(QString::fromLatin1(token.toHex())), std::move(done));
}

std::optional<SecretName> parseSecretName(const QString &name)
{
    const QStringList parts = name.split(QLatin1Char('/'));
    if (parts.size() == 2 && parts[0] == QLatin1String("probe")) {
        if (!isLowerHex(parts[1]))
            return std::nullopt;
        SecretName n;
        n.kind = SecretKind::Probe;
        n.probeToken = parts[1];
        return n;
    }
    if (parts.size() != 3)
        return std::nullopt;
    const qint64 id = parseId(parts[1]);
    if (id <= 0)
        return std::nullopt;
    std::optional<SecretKind> kind;
    if (parts[0] == QLatin1String("account")) {
        if (parts[2] == QLatin1String("key"))
            kind = SecretKind::AccountKey;
        else if (parts[2] == QLatin1String("key.next"))
            kind = SecretKind::AccountKeyNext;
        else if (parts[2] == QLatin1String("eab-hmac"))
            kind = SecretKind::AccountHmac;
    } else if (parts[0] == QLatin1String("order")) {
        if (parts[2] == QLatin1String("key"))
            kind = SecretKind::OrderKey;
        else if (parts[2] == QLatin1String("pfx-password"))
            kind = SecretKind::OrderPfxPassword;
    } else if (parts[0] == QLatin1String("scm") && parts[2] == QLatin1String("password")) {
        kind = SecretKind::ScmPassword;
    }
    if (!kind)
        return std::nullopt;
    SecretName n;
    n.kind = *kind;
    n.id = id;
    return n;
}

QString keychainStateMessage(KeychainState state)
{
    switch (state) {
    case KeychainState::Ready:
        return SecretStoreText::tr(
            "The system keychain works: AcmeDesk keeps account keys and EAB HMAC keys there and "
            "never in its own files.");
    case KeychainState::NoService:
        return SecretStoreText::tr(
            "No system keychain is reachable, so AcmeDesk cannot store account keys or EAB HMAC "
            "keys. On Linux AcmeDesk needs a Secret Service provider on the D-Bus session bus: "
            "log in to a desktop session that starts GNOME Keyring (or run "
            "\"gnome-keyring-daemon --start --components=secrets\"), or enable \"Secret Service "
            "integration\" in KeePassXC or KWallet. Over SSH or in a container, start a D-Bus "
            "session (for example with dbus-run-session) and a keyring daemon first. On macOS and "
            "Windows the system keychain is always present; restart the computer if it is not "
            "answering.");
    case KeychainState::Locked:
        return SecretStoreText::tr(
            "The system keychain answered but refused access, usually because it is locked, has "
            "no default keyring yet, or an unlock prompt was dismissed. Unlock it and try again: "
            "on Linux unlock (or create) the \"Login\" keyring in Passwords and Keys (Seahorse) "
            "or unlock the database in KeePassXC; on macOS unlock the login keychain in Keychain "
            "Access; everywhere, allow AcmeDesk when the system asks.");
    case KeychainState::TimedOut:
        return SecretStoreText::tr(
            "The system keychain did not answer in time. It is probably waiting for an unlock "
            "prompt that is hidden or shown on another screen: look for a password dialog, "
            "unlock the keyring (on Linux the \"Login\" keyring in GNOME Keyring, or the KeePassXC "
            "database), then try again. If no prompt appears, restart the keyring daemon or log "
            "out and back in.");
    }
    return {};
}

} // namespace acmedesk
