#include "core/secrets/SecretStore.h"

#include <QCoreApplication>

namespace acmedesk {

QString keychainStateMessage(KeychainState state)
{
    switch (state) {
    case KeychainState::Ready:
        return QCoreApplication::translate(
            "SecretStore",
            "The system keychain works: AcmeDesk keeps account keys and EAB HMAC keys there and "
            "never in its own files.");
    case KeychainState::NoService:
        return QCoreApplication::translate(
            "SecretStore",
            "No system keychain is reachable, so AcmeDesk cannot store account keys or EAB HMAC "
            "keys. On Linux AcmeDesk needs a Secret Service provider on the D-Bus session bus: "
            "log in to a desktop session that starts GNOME Keyring (or run "
            "\"gnome-keyring-daemon --start --components=secrets\"), or enable \"Secret Service "
            "integration\" in KeePassXC or KWallet. Over SSH or in a container, start a D-Bus "
            "session (for example with dbus-run-session) and a keyring daemon first. On macOS and "
            "Windows the system keychain is always present; restart the computer if it is not "
            "answering.");
    case KeychainState::Locked:
        return QCoreApplication::translate(
            "SecretStore",
            "The system keychain answered but refused access, usually because it is locked, has "
            "no default keyring yet, or an unlock prompt was dismissed. Unlock it and try again: "
            "on Linux unlock (or create) the \"Login\" keyring in Passwords and Keys (Seahorse) "
            "or unlock the database in KeePassXC; on macOS unlock the login keychain in Keychain "
            "Access; everywhere, allow AcmeDesk when the system asks.");
    case KeychainState::TimedOut:
        return QCoreApplication::translate(
            "SecretStore",
            "The system keychain did not answer in time. It is probably waiting for an unlock "
            "prompt that is hidden or shown on another screen: look for a password dialog, "
            "unlock the keyring (on Linux the \"Login\" keyring in GNOME Keyring, or the KeePassXC "
            "database), then try again. If no prompt appears, restart the keyring daemon or log "
            "out and back in.");
    }
    return {};
}

} // namespace acmedesk
