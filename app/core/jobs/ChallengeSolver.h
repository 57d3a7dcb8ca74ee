// Answers the challenges of one order where the CA will look for them (RFC 8555 section 8), and
// takes every answer away again: the built-in http-01 listener, files in a webroot, dns-01 TXT
// records through the user's hook command, or dns-01 records the user publishes by hand.
// Not part of the order state machine: the machine asks it to publish, then tells the CA to look.
#pragma once

#include "core/crypto/KeyPair.h"
#include "core/store/Order.h"
#include "core/util/Result.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <functional>

namespace acmedesk {

class DnsHookRunner;
class Http01Responder;

// The challenge chosen for one pending authorization.
struct ChallengeTask
{
    QString identifier; // ACE form; "*." stripped for wildcards (as the CA sends it)
    QString type;       // "http-01" or "dns-01"
    QUrl url;           // POST {} here to ask the CA to validate
    QString token;      // checked: [A-Za-z0-9_-]+
    QString keyAuthorization;
};

class ChallengeSolver : public QObject
{
    Q_OBJECT
public:
    ChallengeSolver(IssuanceOptions options, QObject *parent = nullptr);
    ~ChallengeSolver() override; // removes webroot files at once; hook records stay (see cleanUp)

    // Picks the challenge for `authz` (fetched from `authzUrl`) by the order's route: wildcards
    // need dns-01; unknown types (e.g. sectigo-email-01) are ignored. Refuses unsafe tokens and
    // routes the CA does not offer.
    static Result<ChallengeTask> choose(const QJsonObject &authz, const QUrl &authzUrl,
                                        ChallengeRoute route, const KeyPair &accountKey);

    // Before any request: can every name be answered by this route at all? (Wildcards need dns-01,
    // dns-01 needs a hook or someone to publish by hand.) Error messages name the field.
    static Result<void> checkRoute(const QStringList &identifiers, const IssuanceOptions &options,
                                   bool manualDnsAvailable);

    // When the built-in http-01 listener will be needed: can it listen on its address and port?
    static Result<void> checkListener(const QStringList &identifiers,
                                      const IssuanceOptions &options);

    // Puts the answer in place; `done` once the CA may look. For dns-01 without a hook it emits
    // manualDnsRecord() and waits for confirmManualDns() (or cancelWait()).
    void publish(const ChallengeTask &task, bool manualDnsAvailable,
                 std::function<void(Result<void>)> done);
    bool isWaitingForUser() const { return bool(m_afterManualDns); }
    void confirmManualDns();
    void cancelWait(); // drops a pending manual wait without calling it

    // Takes away everything published so far; `done` gets a warning when a hook could not remove
    // its record (the certificate is not affected by that).
    void cleanUp(std::function<void(QString warning)> done);

    // Webroot folders publish() had to create (deepest last); the order keeps them, so that a
    // later run can remove them if this one is killed.
    QStringList takeCreatedFolders() { return std::exchange(m_createdFolders, {}); }

    // Removes what an earlier, killed process left in `webroot`: answer files of this account
    // (their content ends in the account key's thumbprint) and, once empty, the folders that run
    // had created (`createdFolders`); folders the administrator made stay. Returns how many files
    // it removed.
    static int sweepWebroot(const QString &webroot, const KeyPair &accountKey,
                            const QStringList &createdFolders);

Q_SIGNALS:
    void progress(const QString &line);
    void manualDnsRecord(const QString &identifier, const QString &txtName,
                         const QString &txtValue);

private:
    static Error noDnsHook(const QString &identifier); // dns-01 with nobody to publish
    void removeNextHookRecord(QString warning, std::function<void(QString)> done);

    IssuanceOptions m_options;
    Http01Responder *m_responder = nullptr;
    DnsHookRunner *m_hook = nullptr;
    QStringList m_webrootTokens;
    QStringList m_createdFolders;
    QList<QPair<QString, QString>> m_hookRecords; // (identifier, value) added through the hook
    std::function<void()> m_afterManualDns;
};

} // namespace acmedesk
