#include "core/jobs/ChallengeSolver.h"

#include "core/acme/AcmeClient.h"
#include "core/acme/Challenges.h"
#include "core/acme/DnsHook.h"
#include "core/acme/Http01Responder.h"
#include "core/util/ErrorCodes.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <algorithm>

namespace acmedesk {

namespace {
const QString Http01 = QStringLiteral("http-01");
const QString Dns01 = QStringLiteral("dns-01");
} // namespace

ChallengeSolver::ChallengeSolver(IssuanceOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options))
{}

ChallengeSolver::~ChallengeSolver()
{
    for (const QString &token : std::as_const(m_webrootTokens))
        (void)removeWebrootChallenge(m_options.webroot, token);
}

Result<ChallengeTask> ChallengeSolver::choose(const QJsonObject &authz, const QUrl &authzUrl,
                                              ChallengeRoute route, const KeyPair &accountKey)
{
    ChallengeTask task;
    task.identifier = authz.value(QLatin1String("identifier"))
                          .toObject()
                          .value(QLatin1String("value"))
                          .toString();
    const bool wildcard = authz.value(QLatin1String("wildcard")).toBool();
    QHash<QString, QJsonObject> offered; // unknown types (e.g. sectigo-email-01) are not used
    for (const QJsonValue &v : authz.value(QLatin1String("challenges")).toArray()) {
        const QJsonObject c = v.toObject();
        const QString type = c.value(QLatin1String("type")).toString();
        if (type == Http01 || type == Dns01)
            offered.insert(type, c);
    }
    switch (route) {
    case ChallengeRoute::Dns01:
        task.type = Dns01;
        break;
    case ChallengeRoute::Http01:
        task.type = wildcard ? Dns01 : Http01;
        break;
    case ChallengeRoute::Auto:
        task.type = !wildcard && offered.contains(Http01) ? Http01 : Dns01;
        break;
    }
    if (!offered.contains(task.type))
        return Error::invalid(tr("Validation: the CA offers no %1 challenge for %2 (offered: %3).")
                                  .arg(task.type, task.identifier,
                                       QStringList(offered.keys()).join(QStringLiteral(", "))));
    const QJsonObject challenge = offered.value(task.type);
    task.token = challenge.value(QLatin1String("token")).toString();
    if (!isValidToken(task.token))
        return Error{
            Error::Kind::Protocol,
            tr("The ACME server %1 sent an unsafe challenge token for %2 (it could name a file "
               "outside the webroot); AcmeDesk refused it and wrote nothing.")
                .arg(AcmeClient::serverName(authzUrl), task.identifier),
            {}};
    task.keyAuthorization = keyAuthorization(task.token, accountKey);
    task.url = QUrl(challenge.value(QLatin1String("url")).toString());
    return task;
}

Error ChallengeSolver::noDnsHook(const QString &identifier)
{
    return Error{Error::Kind::Invalid,
                 tr("Validation: %1 needs dns-01; give a DNS hook command that publishes the TXT "
                    "record.")
                     .arg(identifier),
                 {},
                 QString(errorcode::DnsHookMissing)};
}

Result<void> ChallengeSolver::checkRoute(const QStringList &identifiers,
                                         const IssuanceOptions &options, bool manualDnsAvailable)
{
    for (const QString &name : identifiers) {
        const bool wildcard = name.startsWith(QLatin1String("*."));
        const bool dns = options.challenge == ChallengeRoute::Dns01 || wildcard;
        if (wildcard && options.challenge == ChallengeRoute::Http01)
            return Error::invalid(tr("Validation: %1 is a wildcard, which only dns-01 can "
                                     "validate; choose dns-01 (or auto) and give a DNS hook.")
                                      .arg(name));
        if (dns && options.dnsHook.isEmpty() && !manualDnsAvailable)
            return noDnsHook(name);
    }
    return {};
}

Result<void> ChallengeSolver::checkListener(const QStringList &identifiers,
                                            const IssuanceOptions &options)
{
    const bool anyHttp =
        options.challenge != ChallengeRoute::Dns01 &&
        std::any_of(identifiers.cbegin(), identifiers.cend(),
                    [](const QString &n) { return !n.startsWith(QLatin1String("*.")); });
    if (!anyHttp || !options.webroot.isEmpty() || options.httpPort == 0)
        return {};
    Http01Responder probe;
    const QHostAddress address = options.httpAddress.isEmpty() ? QHostAddress(QHostAddress::Any)
                                                               : QHostAddress(options.httpAddress);
    if (auto ok = probe.listen(address, options.httpPort); !ok)
        return ok.error();
    probe.close();
    return {};
}

void ChallengeSolver::publish(const ChallengeTask &task, bool manualDnsAvailable,
                              std::function<void(Result<void>)> done)
{
    if (task.type == Http01) {
        if (!m_options.webroot.isEmpty()) {
            const QDir root(m_options.webroot);
            QStringList missing;
            for (const QString &sub :
                 {QStringLiteral(".well-known"), QStringLiteral(".well-known/acme-challenge")})
                if (!root.exists(sub))
                    missing << root.filePath(sub);
            auto written =
                writeWebrootChallenge(m_options.webroot, task.token, task.keyAuthorization);
            if (!written)
                return done(Error::invalid(tr("Webroot: %1").arg(written.error().message)));
            m_createdFolders << missing;
            m_webrootTokens << task.token;
            Q_EMIT progress(
                tr("Placed the http-01 file for %1 in the webroot.").arg(task.identifier));
            return done({});
        }
        if (!m_responder) {
            m_responder = new Http01Responder(this);
            const QHostAddress address = m_options.httpAddress.isEmpty()
                                             ? QHostAddress(QHostAddress::Any)
                                             : QHostAddress(m_options.httpAddress);
            if (auto ok = m_responder->listen(address, m_options.httpPort); !ok) {
                m_responder->deleteLater();
                m_responder = nullptr;
                return done(ok.error());
            }
        }
        m_responder->addToken(task.token, task.keyAuthorization);
        Q_EMIT progress(tr("Serving the http-01 answer for %1 on port %2.")
                            .arg(task.identifier)
                            .arg(m_responder->port()));
        return done({});
    }
    const QString recordName = dns01RecordName(task.identifier);
    const QString value = dns01TxtValue(task.keyAuthorization);
    if (m_options.dnsHook.isEmpty()) {
        if (!manualDnsAvailable)
            return done(noDnsHook(task.identifier));
        m_afterManualDns = [done] { done({}); };
        Q_EMIT progress(
            tr("Publish TXT %1 with the value %2, then continue.").arg(recordName, value));
        Q_EMIT manualDnsRecord(task.identifier, recordName, value);
        return;
    }
    if (!m_hook)
        m_hook = new DnsHookRunner(this);
    DnsHookRequest hr;
    hr.command = m_options.dnsHook;
    hr.phase = QStringLiteral("add");
    hr.domain = task.identifier;
    hr.txtName = recordName;
    hr.txtValue = value;
    Q_EMIT progress(
        tr("Publishing the dns-01 record for %1 through the hook…").arg(task.identifier));
    m_hook->run(hr, [this, identifier = task.identifier, value, done](Result<void> ok) {
        if (!ok)
            return done(ok.error());
        m_hookRecords << qMakePair(identifier, value);
        done({});
    });
}

void ChallengeSolver::confirmManualDns()
{
    if (auto next = std::exchange(m_afterManualDns, nullptr))
        next();
}

void ChallengeSolver::cancelWait()
{
    m_afterManualDns = nullptr;
}

void ChallengeSolver::cleanUp(std::function<void(QString)> done)
{
    for (const QString &token : std::as_const(m_webrootTokens))
        (void)removeWebrootChallenge(m_options.webroot, token);
    m_webrootTokens.clear();
    if (m_responder) {
        m_responder->close();
        m_responder->deleteLater();
        m_responder = nullptr;
    }
    removeNextHookRecord({}, std::move(done));
}

void ChallengeSolver::removeNextHookRecord(QString warning, std::function<void(QString)> done)
{
    if (m_hookRecords.isEmpty() || !m_hook)
        return done(warning);
    const auto record = m_hookRecords.takeFirst();
    DnsHookRequest hr;
    hr.command = m_options.dnsHook;
    hr.phase = QStringLiteral("remove");
    hr.domain = record.first;
    hr.txtName = dns01RecordName(record.first);
    hr.txtValue = record.second;
    m_hook->run(hr, [this, warning, done](Result<void> ok) {
        removeNextHookRecord(ok ? warning : ok.error().message, done);
    });
}

int ChallengeSolver::sweepWebroot(const QString &webroot, const KeyPair &accountKey,
                                  const QStringList &createdFolders)
{
    if (webroot.isEmpty() || accountKey.isNull())
        return 0;
    const QByteArray suffix = '.' + accountKey.thumbprint();
    QDir dir(QDir(webroot).filePath(QStringLiteral(".well-known/acme-challenge")));
    int removed = 0;
    const QStringList files = dir.entryList(QDir::Files | QDir::Hidden);
    for (const QString &name : files) {
        if (!isValidToken(name))
            continue;
        QFile f(dir.filePath(name));
        if (f.size() > 1024 || !f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = f.readAll().trimmed();
        f.close();
        // Only our own answers: "<token>.<this account's thumbprint>".
        if (content == name.toLatin1() + suffix && f.remove())
            ++removed;
    }
    for (auto it = createdFolders.crbegin(); it != createdFolders.crend(); ++it)
        (void)QDir().rmdir(*it); // only when empty
    return removed;
}

} // namespace acmedesk
