#include "core/secrets/KeychainSecretStore.h"

#include "core/util/ErrorCodes.h"

#include <QLocalSocket>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>
#include <memory>
#include <qt6keychain/keychain.h>

namespace acmedesk {

namespace {

const char *keychainErrorName(QKeychain::Error e)
{
    switch (e) {
    case QKeychain::NoError:
        return "NoError";
    case QKeychain::EntryNotFound:
        return "EntryNotFound";
    case QKeychain::CouldNotDeleteEntry:
        return "CouldNotDeleteEntry";
    case QKeychain::AccessDeniedByUser:
        return "AccessDeniedByUser";
    case QKeychain::AccessDenied:
        return "AccessDenied";
    case QKeychain::NoBackendAvailable:
        return "NoBackendAvailable";
    case QKeychain::NotImplemented:
        return "NotImplemented";
    case QKeychain::OtherError:
        return "OtherError";
    }
    return "Unknown";
}

QString technicalDetail(const QString &operation, const QString &key, QKeychain::Error e,
                        const QString &errorString)
{
    QString d = operation + QStringLiteral(" \"") + key + QStringLiteral("\": ") +
                QLatin1String(keychainErrorName(e)) + QStringLiteral(" (") +
                QString::number(int(e)) + QLatin1Char(')');
    if (!errorString.isEmpty())
        d += QStringLiteral(": ") + errorString;
    return d;
}

bool mentionsMissingService(const QString &text)
{
    return text.contains(QLatin1String("org.freedesktop.secrets"), Qt::CaseInsensitive) ||
           text.contains(QLatin1String("ServiceUnknown"), Qt::CaseInsensitive) ||
           text.contains(QLatin1String("not provided by any .service"), Qt::CaseInsensitive) ||
           text.contains(QLatin1String("No keyring daemon"), Qt::CaseInsensitive) ||
           text.contains(QLatin1String("Could not connect"), Qt::CaseInsensitive);
}

bool mentionsMissingCollection(const QString &text)
{
    return text.contains(QLatin1String("Object does not exist at path"), Qt::CaseInsensitive) &&
           text.contains(QLatin1String("/collection/"), Qt::CaseInsensitive);
}

bool mentionsLocked(const QString &text)
{
    return text.contains(QLatin1String("locked"), Qt::CaseInsensitive) ||
           text.contains(QLatin1String("prompt"), Qt::CaseInsensitive) ||
           text.contains(QLatin1String("dismissed"), Qt::CaseInsensitive) ||
           text.contains(QLatin1String("cancelled"), Qt::CaseInsensitive) ||
           text.contains(QLatin1String("canceled"), Qt::CaseInsensitive);
}

// Is a D-Bus session bus plausibly there? Only Linux and the other free Unixes use one for the
// keychain. Answers true whenever it cannot tell (e.g. a tcp: address).
bool sessionBusReachable(QString *why)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
    QString address = qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").trimmed();
    if (address.isEmpty()) {
        // GDBus (used by libsecret) falls back to $XDG_RUNTIME_DIR/bus.
        const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
        if (runtime.isEmpty()) {
            *why = QStringLiteral("DBUS_SESSION_BUS_ADDRESS and XDG_RUNTIME_DIR are not set");
            return false;
        }
        address = QStringLiteral("unix:path=") + runtime + QStringLiteral("/bus");
    }
    QStringList tried;
    const QStringList candidates = address.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &candidate : candidates) {
        if (!candidate.startsWith(QLatin1String("unix:")))
            return true; // tcp:, launchd:, autolaunch: ... cannot check cheaply: assume fine
        QString path;
        bool abstract = false;
        const QStringList params = candidate.mid(5).split(QLatin1Char(','));
        for (const QString &param : params) {
            if (param.startsWith(QLatin1String("path="))) {
                path = param.mid(5);
            } else if (param.startsWith(QLatin1String("abstract="))) {
                path = param.mid(9);
                abstract = true;
            }
        }
        if (path.isEmpty())
            return true; // unix:dir=, unix:tmpdir=, unix:runtime=yes: let the library decide
        // D-Bus addresses escape bytes as %XX.
        path = QString::fromUtf8(QByteArray::fromPercentEncoding(path.toUtf8()));
        QLocalSocket socket;
        if (abstract)
            socket.setSocketOptions(QLocalSocket::AbstractNamespaceOption);
        socket.connectToServer(path, QIODevice::ReadWrite);
        if (socket.state() == QLocalSocket::ConnectedState || socket.waitForConnected(1000)) {
            socket.abort();
            return true;
        }
        tried.append(candidate + QStringLiteral(" (") + socket.errorString() + QLatin1Char(')'));
    }
    *why = QStringLiteral("no D-Bus session bus at ") + tried.join(QStringLiteral(", "));
    return false;
#else
    Q_UNUSED(why)
    return true;
#endif
}

// Runs `job` and answers exactly once: with the job's result, or with onTimeout() when the
// keychain has not answered after timeoutMs. A late answer after the timeout is ignored (the job
// still deletes itself when it finally finishes; deleting it early could crash the backend).
void runJob(QObject *context, QKeychain::Job *job, int timeoutMs,
            std::function<void(QKeychain::Job *)> onFinished, std::function<void()> onTimeout)
{
    auto answered = std::make_shared<bool>(false);
    auto *timer = new QTimer(context);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, context, [answered, timer, onTimeout] {
        timer->deleteLater();
        if (*answered)
            return;
        *answered = true;
        onTimeout();
    });
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [answered, timer, onFinished](QKeychain::Job *finished) {
                         if (*answered)
                             return;
                         *answered = true;
                         timer->stop();
                         timer->deleteLater();
                         onFinished(finished);
                     });
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never the plaintext file
    job->start();
    timer->start(qMax(1, timeoutMs));
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent, QString service)
    : QObject(parent), m_service(std::move(service))
{}

// Turns a QtKeychain failure into an Error that names the entry and says what to do.
static Error keychainError(const QString &failed, const QString &operation, const QString &key,
                           QKeychain::Error code, const QString &errorString)
{
    Error e{Error::Kind::Secrets, {}, technicalDetail(operation, key, code, errorString)};
    QString hint;
    if (code == QKeychain::AccessDenied || code == QKeychain::AccessDeniedByUser) {
        e.code = QStringLiteral("access-denied");
        hint = KeychainSecretStore::tr(
            "The keychain refused access: unlock it (on Linux the \"Login\" keyring or the "
            "KeePassXC database), allow AcmeDesk when asked and try again.");
    } else if (code == QKeychain::NoBackendAvailable || mentionsMissingService(errorString)) {
        e.code = QStringLiteral("no-service");
        hint = KeychainSecretStore::tr(
            "No keychain service is running: on Linux start GNOME Keyring or enable the Secret "
            "Service integration of KeePassXC or KWallet, then try again.");
    } else if (mentionsMissingCollection(errorString)) {
        // gnome-keyring without a "login" keyring (first start without a prompt to create it).
        e.code = QStringLiteral("locked");
        hint = KeychainSecretStore::tr(
            "The keychain has no default keyring yet: create and unlock a \"Login\" keyring (for "
            "example in Passwords and Keys / Seahorse, or by logging in to a desktop session "
            "once) and try again.");
    } else if (mentionsLocked(errorString)) {
        e.code = QStringLiteral("locked");
        hint = KeychainSecretStore::tr("The keychain is locked: unlock it (on Linux the \"Login\" "
                                       "keyring) and try again.");
    } else {
        e.code = QStringLiteral("keychain-error");
        hint = KeychainSecretStore::tr(
            "Make sure the system keychain is running and unlocked (on Linux the \"Login\" "
            "keyring in GNOME Keyring or KeePassXC) and try again.");
    }
    e.message = failed + QLatin1Char(' ') + hint;
    return e;
}

static Error timeoutError(const QString &failed, const QString &operation, const QString &key,
                          int timeoutMs)
{
    Error e{Error::Kind::Secrets,
            failed + QLatin1Char(' ') +
                KeychainSecretStore::tr(
                    "The keychain did not answer within %n second(s); it may be waiting for an "
                    "unlock prompt. Unlock the keyring (on Linux the \"Login\" keyring) and try "
                    "again.",
                    nullptr, qMax(1, timeoutMs / 1000)),
            operation + QStringLiteral(" \"") + key + QStringLiteral("\": no answer after ") +
                QString::number(timeoutMs) + QStringLiteral(" ms")};
    e.code = QStringLiteral("timeout");
    return e;
}

void KeychainSecretStore::write(const QString &key, const SecureBytes &secret, WriteCallback done)
{
    const QString failed = tr("Could not store the secret %1 in the system keychain.").arg(key);
    if (key.isEmpty()) {
        if (done)
            done(Error{Error::Kind::Secrets, tr("A secret needs a name to be stored.")});
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(entryName(key));
    // Our own copy: the job keeps a reference until it is deleted; wipe it then.
    auto payload = std::make_shared<QByteArray>(secret.bytes());
    payload->detach();
    job->setBinaryData(*payload);
    connect(job, &QObject::destroyed, [payload] { secureWipe(*payload); });
    const int timeoutMs = m_timeoutMs;
    runJob(
        this, job, timeoutMs,
        [done, failed, key](QKeychain::Job *j) {
            if (!done)
                return;
            if (j->error() == QKeychain::NoError)
                done({});
            else
                done(keychainError(failed, QStringLiteral("write"), key, j->error(),
                                   j->errorString()));
        },
        [done, failed, key, timeoutMs] {
            if (done)
                done(timeoutError(failed, QStringLiteral("write"), key, timeoutMs));
        });
}

void KeychainSecretStore::read(const QString &key, ReadCallback done)
{
    const QString failed = tr("Could not read the secret %1 from the system keychain.").arg(key);
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(entryName(key));
    // Shares the job's buffer once read; wiped when the job has let go of it.
    auto raw = std::make_shared<QByteArray>();
    connect(job, &QObject::destroyed, [raw] { secureWipe(*raw); });
    const int timeoutMs = m_timeoutMs;
    runJob(
        this, job, timeoutMs,
        [done, failed, key, raw](QKeychain::Job *j) {
            auto *rj = static_cast<QKeychain::ReadPasswordJob *>(j);
            if (j->error() == QKeychain::NoError) {
                *raw = rj->binaryData();
                SecureBytes secret(*raw); // detached copy we own
                if (done)
                    done(std::move(secret));
                return;
            }
            if (!done)
                return;
            if (j->error() == QKeychain::EntryNotFound) {
                Error e{Error::Kind::Secrets,
                        tr("No secret is stored under %1 in the system keychain. If the keychain "
                           "was reset or is locked, unlock it; otherwise the secret is lost and "
                           "must be entered or created again.")
                            .arg(key),
                        technicalDetail(QStringLiteral("read"), key, j->error(), j->errorString())};
                e.code = errorcode::SecretNotFound;
                done(e);
                return;
            }
            done(keychainError(failed, QStringLiteral("read"), key, j->error(), j->errorString()));
        },
        [done, failed, key, timeoutMs] {
            if (done)
                done(timeoutError(failed, QStringLiteral("read"), key, timeoutMs));
        });
}

void KeychainSecretStore::remove(const QString &key, RemoveCallback done)
{
    const QString failed = tr("Could not delete the secret %1 from the system keychain.").arg(key);
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(entryName(key));
    const int timeoutMs = m_timeoutMs;
    runJob(
        this, job, timeoutMs,
        [done, failed, key](QKeychain::Job *j) {
            if (!done)
                return;
            if (j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound)
                done({});
            else
                done(keychainError(failed, QStringLiteral("delete"), key, j->error(),
                                   j->errorString()));
        },
        [done, failed, key, timeoutMs] {
            if (done)
                done(timeoutError(failed, QStringLiteral("delete"), key, timeoutMs));
        });
}

namespace {

KeychainState stateFor(const Error &e)
{
    if (e.code == QLatin1String("timeout"))
        return KeychainState::TimedOut;
    if (e.code == QLatin1String("no-service"))
        return KeychainState::NoService;
    if (e.code == QLatin1String("access-denied") || e.code == QLatin1String("locked"))
        return KeychainState::Locked;
    // Anything else (OtherError with an unknown text): no usable keychain service.
    return KeychainState::NoService;
}

} // namespace

void KeychainSecretStore::probe(const QString &entry, ProbeCallback done)
{
    if (!done)
        return;
    QString why;
    if (!sessionBusReachable(&why)) {
        QTimer::singleShot(0, this, [done, why] { done(KeychainState::NoService, why); });
        return;
    }

    // QtKeychain on Linux reports success for deletes and "not found" for reads even when no
    // keyring is reachable, so only a full write / read / compare / delete round trip tells.
    const QString key = entry;
    QByteArray random(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), 8);
    const SecureBytes expected(random);
    secureWipe(random);

    QPointer<KeychainSecretStore> self(this);
    write(key, expected, [self, done, key, expected](Result<void> w) {
        if (!w) {
            done(stateFor(w.error()), w.error().detail);
            return;
        }
        if (!self)
            return;
        self->read(key, [self, done, key, expected](Result<SecureBytes> r) {
            if (!self)
                return;
            // Clean up whatever happened; report once the delete has answered.
            const bool same = r.ok() && r.value() == expected;
            KeychainState state = KeychainState::Ready;
            QString detail = QStringLiteral("write, read and delete of a test entry worked");
            if (!r.ok()) {
                // Written but not readable back: something accepted the entry and then refused
                // it, typically a locked collection. A timeout stays a timeout.
                state = r.error().code == errorcode::SecretNotFound ? KeychainState::Locked
                                                                    : stateFor(r.error());
                detail = r.error().detail;
            } else if (!same) {
                state = KeychainState::Locked;
                detail = QStringLiteral("read \"") + key +
                         QStringLiteral("\": the keychain returned different bytes");
            }
            self->remove(key, [done, state, detail](Result<void> d) {
                if (state == KeychainState::Ready && !d.ok()) {
                    done(stateFor(d.error()), d.error().detail);
                    return;
                }
                done(state, detail);
            });
        });
    });
}

} // namespace acmedesk
