#include "core/jobs/IssuanceJob.h"

#include "core/acme/Challenges.h"
#include "core/acme/DnsHook.h"
#include "core/acme/Http01Responder.h"
#include "core/crypto/Base64Url.h"
#include "core/crypto/Certificate.h"
#include "core/crypto/Csr.h"
#include "core/crypto/Pkcs12.h"
#include "core/store/AccountRepository.h"
#include "core/store/EventLog.h"
#include "core/store/OrderRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFutureWatcher>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaMethod>
#include <QProcess>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace acmedesk {

namespace {

QString pfxPasswordRef(qint64 orderId)
{
    return QStringLiteral("order/%1/pfx-password").arg(orderId);
}

bool isTransient(const Error &e)
{
    if (e.kind == Error::Kind::Network)
        return true;
    if (e.code == QLatin1String("rateLimited") || e.code == QLatin1String("serverInternal"))
        return true;
    return e.httpStatus == 429 || e.httpStatus == 500 || e.httpStatus == 502 ||
           e.httpStatus == 503 || e.httpStatus == 504;
}

QString safeFolderName(QString name)
{
    name.replace(QLatin1String("*."), QLatin1String("wildcard."));
    for (QChar &c : name)
        if (!(c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('-') ||
              c == QLatin1Char('_')))
            c = QLatin1Char('_');
    return name;
}

} // namespace

IssuanceJob::IssuanceJob(Services services, QObject *parent)
    : QObject(parent), m_services(std::move(services))
{}

IssuanceJob::~IssuanceJob()
{
    for (const QString &token : std::as_const(m_webrootTokens))
        (void)removeWebrootChallenge(m_order.options.webroot, token);
}

void IssuanceJob::applyTestDeadline()
{
    if (m_services.retry.orderDeadlineMs)
        m_order.deadline = m_services.clock->now().addMSecs(*m_services.retry.orderDeadlineMs);
}

bool IssuanceJob::save()
{
    if (m_order.id <= 0)
        return true;
    if (auto ok = OrderRepository(m_services.db).update(m_order); !ok) {
        fail(ok.error(), true);
        return false;
    }
    return true;
}

void IssuanceJob::setStage(OrderStage stage)
{
    m_order.stage = stage;
    Q_EMIT stageChanged(stage);
}

bool IssuanceJob::pastDeadline() const
{
    return m_order.deadline.isValid() && QDateTime::currentDateTimeUtc() > m_order.deadline;
}

int IssuanceJob::backoffMs(int attempt) const
{
    return int(m_services.retry.backoffMs(attempt));
}

void IssuanceJob::fail(Error e, bool resumable)
{
    m_running = false;
    m_error = std::move(e);
    m_resumable = resumable;
    if (m_order.id > 0) {
        m_order.lastError = m_error.message;
        if (!resumable && m_order.stage != OrderStage::Done)
            m_order.stage = OrderStage::Failed;
        (void)OrderRepository(m_services.db).update(m_order);
        (void)EventLog(m_services.db)
            .record(resumable ? QStringLiteral("order.paused") : QStringLiteral("order.failed"),
                    m_order.identifiers.join(QStringLiteral(", ")), m_error.message, !resumable);
    }
    cleanupChallenges([this] { Q_EMIT finished(false); });
}

void IssuanceJob::succeed()
{
    m_running = false;
    Q_EMIT finished(true);
}

void IssuanceJob::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    // Waiting for the CA (Retry-After, polling) or for a manual DNS record: stop now, not when
    // the wait would have ended.
    const bool waiting = (m_waitTimer && m_waitTimer->isActive()) || m_afterManualDns;
    if (m_waitTimer)
        m_waitTimer->stop();
    m_afterManualDns = nullptr;
    if (m_client)
        m_client->cancelAll();
    if (waiting)
        fail(Error{Error::Kind::Cancelled, tr("Stopped. The order is kept; resume it later."), {}},
             true);
}

void IssuanceJob::waitThen(int ms, std::function<void()> next)
{
    if (!m_waitTimer) {
        m_waitTimer = new QTimer(this);
        m_waitTimer->setSingleShot(true);
    }
    m_waitTimer->disconnect();
    connect(m_waitTimer, &QTimer::timeout, this, [next] { next(); });
    m_waitTimer->start(std::max(0, ms));
}

void IssuanceJob::request(const QUrl &url, const std::optional<QJsonObject> &payload,
                          std::function<void(AcmeResponse)> next, ProblemContext context,
                          int attempt)
{
    if (m_cancelled)
        return fail(
            Error{Error::Kind::Cancelled, tr("Stopped. The order is kept; resume it later."), {}},
            true);
    m_client->post(
        url, payload,
        [this, url, payload, next, context, attempt](Result<AcmeResponse> r) {
            if (r)
                return next(std::move(*r));
            Error e = r.error();
            if (e.kind == Error::Kind::Cancelled || m_cancelled)
                return fail(Error{Error::Kind::Cancelled,
                                  tr("Stopped. The order is kept; resume it later."),
                                  {}},
                            true);
            if (e.code == QLatin1String("accountDoesNotExist")) {
                m_account.status = accountstatus::Unknown;
                (void)AccountRepository(m_services.db).update(m_account);
                return fail(e, false);
            }
            if (e.code == QLatin1String("orderNotReady") && context == ProblemContext::Finalize)
                return finalizeNotReady();
            if (!isTransient(e))
                return fail(e, false);
            if (pastDeadline())
                return fail(Error{e.kind,
                                  tr("The CA is still not answering as it should (%1). The order "
                                     "is kept: run "
                                     "'acmedesk-cli orders resume %2' later.")
                                      .arg(e.message)
                                      .arg(m_order.id),
                                  e.detail, e.code, e.httpStatus},
                            true);
            qint64 wait = backoffMs(attempt);
            if (e.retryAt.isValid())
                wait = std::max<qint64>(100, QDateTime::currentDateTimeUtc().msecsTo(e.retryAt));
            if (m_order.deadline.isValid())
                wait = std::min<qint64>(
                    wait,
                    std::max<qint64>(
                        100, QDateTime::currentDateTimeUtc().msecsTo(m_order.deadline) + 100));
            Q_EMIT progress(tr("The CA asked to wait (%1); trying again in %2 s…")
                                .arg(e.message)
                                .arg((wait + 999) / 1000));
            waitThen(int(std::min<qint64>(wait, 24 * 3600 * 1000LL)),
                     [this, url, payload, next, context, attempt] {
                         request(url, payload, next, context, attempt + 1);
                     });
        },
        context);
}

void IssuanceJob::loadAccountAndKeys(std::function<void()> next)
{
    auto account = AccountRepository(m_services.db).findById(m_order.accountId);
    if (!account)
        return fail(account.error(), false);
    if (!account->has_value())
        return fail(Error::invalid(tr("Account: the account of this order no longer exists.")),
                    false);
    m_account = **account;
    if (m_account.status != accountstatus::Valid)
        return fail(Error::invalid(tr("Account: \"%1\" is %2, not valid; register it again first.")
                                       .arg(m_account.name, m_account.status)),
                    false);
    m_services.secrets->read(secretkeys::accountKey(m_account.id), [this,
                                                                    next](Result<SecureBytes> pem) {
        if (!pem)
            return fail(
                Error{Error::Kind::Secrets,
                      tr("The key of account \"%1\" is not in the keychain.").arg(m_account.name),
                      pem.error().message},
                true);
        auto key = KeyPair::fromPem(pem->bytes());
        if (!key)
            return fail(key.error(), false);
        m_client = new AcmeClient(ServerOptions::forAccount(m_account), this);
        m_client->setAccountKey(*key, m_account.accountUrl);
        if (m_order.keyRef.isEmpty() || !m_certKey.isNull())
            return next();
        m_services.secrets->read(m_order.keyRef, [this, next](Result<SecureBytes> certPem) {
            if (!certPem)
                return fail(Error{Error::Kind::Secrets,
                                  tr("The certificate key of order %1 is not in the keychain (%2).")
                                      .arg(m_order.id)
                                      .arg(m_order.keyRef),
                                  certPem.error().message},
                            true);
            auto certKey = KeyPair::fromPem(certPem->bytes());
            if (!certKey)
                return fail(certKey.error(), false);
            m_certKey = *certKey;
            next();
        });
    });
}

void IssuanceJob::start(const IssuanceRequest &request)
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    auto names = normalizeIdentifiers(request.identifiers);
    if (!names)
        return fail(Error::invalid(tr("Names: %1").arg(names.error().message)), false);
    if (names->isEmpty())
        return fail(Error::invalid(tr("Names: enter at least one domain name.")), false);
    if (request.options.pfxFile.isEmpty() != !request.pfxPassword.has_value())
        return fail(Error::invalid(tr("PFX: give both a file name and a password, or neither.")),
                    false);
    m_order = OrderRecord{};
    m_order.accountId = request.accountId;
    m_order.identifiers = *names;
    m_order.keyType = request.keyType;
    m_order.options = request.options;
    m_order.deadline = QDateTime::currentDateTimeUtc().addSecs(
        qint64(std::max(1, request.options.deadlineHours)) * 3600);
    applyTestDeadline();
    loadAccountAndKeys([this, request] { stepGenerateKey(request); });
}

void IssuanceJob::stepGenerateKey(const IssuanceRequest &request)
{
    OrderRepository repo(m_services.db);
    std::optional<QString> reusedRef;
    if (request.options.reuseKey) {
        auto previous = repo.latestCertificateFor(m_account.id, m_order.identifiers);
        if (!previous)
            return fail(previous.error(), false);
        if (!previous->has_value() || (*previous)->keyRef.isEmpty())
            return fail(
                Error::invalid(tr(
                    "Reuse key: there is no earlier certificate for exactly these names with this "
                    "account; request it once without --reuse-key.")),
                false);
        reusedRef = (*previous)->keyRef;
    }
    auto id = repo.insert(m_order);
    if (!id)
        return fail(id.error(), false);
    m_order.id = *id;
    Q_EMIT progress(tr("Order %1 recorded.").arg(m_order.id));

    const auto afterKey = [this, request] {
        setStage(OrderStage::KeyStored);
        if (!save())
            return;
        if (!request.pfxPassword)
            return stepNewOrder();
        m_services.secrets->write(pfxPasswordRef(m_order.id), *request.pfxPassword,
                                  [this](Result<void> ok) {
                                      if (!ok)
                                          return fail(ok.error(), false);
                                      stepNewOrder();
                                  });
    };
    if (reusedRef) {
        m_order.keyRef = *reusedRef;
        m_services.secrets->read(*reusedRef, [this, afterKey](Result<SecureBytes> pem) {
            if (!pem)
                return fail(Error{Error::Kind::Secrets,
                                  tr("The earlier certificate's key is no longer in the keychain."),
                                  pem.error().message},
                            false);
            auto key = KeyPair::fromPem(pem->bytes());
            if (!key)
                return fail(key.error(), false);
            m_certKey = *key;
            m_order.keyType = key->type();
            Q_EMIT progress(
                tr("Reusing the previous certificate key (%1).").arg(keyTypeName(key->type())));
            afterKey();
        });
        return;
    }
    Q_EMIT progress(tr("Generating the certificate key (%1)…").arg(keyTypeLabel(m_order.keyType)));
    auto *watcher = new QFutureWatcher<Result<KeyPair>>(this);
    connect(watcher, &QFutureWatcher<Result<KeyPair>>::finished, this, [this, watcher, afterKey] {
        watcher->deleteLater();
        Result<KeyPair> key = watcher->result();
        if (!key)
            return fail(key.error(), false);
        m_certKey = *key;
        auto pem = m_certKey.privateKeyPem();
        if (!pem)
            return fail(pem.error(), false);
        m_order.keyRef = QStringLiteral("order/%1/key").arg(m_order.id);
        // The key is in the keychain before the CA hears of the order.
        m_services.secrets->write(m_order.keyRef, *pem, [this, afterKey](Result<void> ok) {
            if (!ok)
                return fail(ok.error(), false);
            afterKey();
        });
    });
    const KeyType type = m_order.keyType;
    watcher->setFuture(QtConcurrent::run([type] { return KeyPair::generate(type); }));
}

void IssuanceJob::resume(qint64 orderId)
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    auto found = OrderRepository(m_services.db).findById(orderId);
    if (!found)
        return fail(found.error(), false);
    if (!found->has_value()) {
        m_running = false;
        m_error = Error::invalid(
            tr("There is no order %1; 'acmedesk-cli orders list' shows them.").arg(orderId));
        return Q_EMIT finished(false);
    }
    m_order = **found;
    if (isFinished(m_order.stage)) {
        m_running = false;
        if (m_order.stage == OrderStage::Done)
            return succeed();
        m_error = Error::invalid(tr("Order %1 has ended (%2): %3")
                                     .arg(m_order.id)
                                     .arg(orderStageName(m_order.stage), m_order.lastError));
        return Q_EMIT finished(false);
    }
    Q_EMIT progress(tr("Resuming order %1 (%2)…")
                        .arg(m_order.id)
                        .arg(m_order.identifiers.join(QStringLiteral(", "))));
    if (!m_order.deadline.isValid() || pastDeadline())
        m_order.deadline = QDateTime::currentDateTimeUtc().addSecs(
            qint64(std::max(1, m_order.options.deadlineHours)) * 3600);
    applyTestDeadline();
    loadAccountAndKeys([this] {
        if (m_certKey.isNull())
            return fail(Error::invalid(tr("Order %1 was interrupted before its key was saved; "
                                          "request the certificate again.")
                                           .arg(m_order.id)),
                        false);
        if (m_order.url.isEmpty())
            return stepNewOrder();
        stepSyncOrder();
    });
}

void IssuanceJob::stepNewOrder()
{
    setStage(OrderStage::Ordering);
    if (!save())
        return;
    Q_EMIT progress(
        tr("Creating the order for %1…").arg(m_order.identifiers.join(QStringLiteral(", "))));
    m_client->fetchDirectory([this](Result<Directory> d) {
        if (!d)
            return fail(d.error(), isTransient(d.error()));
        QJsonArray ids;
        for (const QString &name : std::as_const(m_order.identifiers)) {
            QJsonObject id;
            id.insert(QLatin1String("type"), QLatin1String("dns"));
            id.insert(QLatin1String("value"), name);
            ids.append(id);
        }
        QJsonObject payload;
        payload.insert(QLatin1String("identifiers"), ids);
        request(d->newOrder, payload, [this](AcmeResponse r) {
            if (!r.location.isValid())
                return fail(Error{Error::Kind::Protocol,
                                  tr("The CA did not say where the new order lives."),
                                  {}},
                            false);
            m_order.url = r.location;
            m_order.status = r.json.value(QLatin1String("status")).toString();
            m_order.finalizeUrl = QUrl(r.json.value(QLatin1String("finalize")).toString());
            setStage(OrderStage::Authorizing);
            if (!save())
                return;
            (void)EventLog(m_services.db)
                .record(QStringLiteral("order.created"),
                        m_order.identifiers.join(QStringLiteral(", ")),
                        tr("Order %1 created at the CA.").arg(m_order.id));
            m_services.reached("new-order");
            handleOrder(r.json); // the creation answer is the order: no need to fetch it again
        });
    });
}

void IssuanceJob::stepSyncOrder()
{
    request(m_order.url, std::nullopt, [this](AcmeResponse r) { handleOrder(r.json); });
}

void IssuanceJob::handleOrder(const QJsonObject &json)
{
    const QString status = json.value(QLatin1String("status")).toString();
    m_order.status = status;
    m_order.finalizeUrl = QUrl(json.value(QLatin1String("finalize")).toString());
    const QUrl cert(json.value(QLatin1String("certificate")).toString());
    if (cert.isValid())
        m_order.certificateUrl = cert;
    if (!save())
        return;
    if (status == QLatin1String("pending")) {
        QList<QUrl> authzs;
        for (const QJsonValue &v : json.value(QLatin1String("authorizations")).toArray())
            authzs << QUrl(v.toString());
        return stepAuthorizations(authzs);
    }
    if (status == QLatin1String("ready")) {
        if (m_challengesAnswered == 0)
            Q_EMIT progress(tr("All names are already validated."));
        return stepFinalize();
    }
    if (status == QLatin1String("processing")) {
        m_order.finalized = true;
        setStage(OrderStage::Finalizing);
        if (!save())
            return;
        return stepPollOrder(0);
    }
    if (status == QLatin1String("valid"))
        return stepDownload();
    const Problem p = Problem::fromObject(json.value(QLatin1String("error")).toObject());
    fail(p.type.isEmpty()
             ? Error{Error::Kind::Protocol, tr("The CA marked the order %1.").arg(status), {}}
             : toError(p, ProblemContext::Order),
         false);
}

void IssuanceJob::stepAuthorizations(QList<QUrl> pending)
{
    if (pending.isEmpty())
        // All authorizations are valid, so the order is ready: finalize without fetching it again
        // (a CA that is not ready yet answers orderNotReady, and we look at the order then).
        return cleanupChallenges([this] { m_order.finalized ? stepSyncOrder() : stepFinalize(); });
    const QUrl url = pending.takeFirst();
    request(url, std::nullopt, [this, url, pending](AcmeResponse r) {
        const QString status = r.json.value(QLatin1String("status")).toString();
        const QString name = r.json.value(QLatin1String("identifier"))
                                 .toObject()
                                 .value(QLatin1String("value"))
                                 .toString();
        if (status == QLatin1String("valid")) {
            Q_EMIT progress(tr("%1 is already validated.").arg(name));
            return stepAuthorizations(pending);
        }
        if (status != QLatin1String("pending"))
            return fail(
                Error{Error::Kind::Problem,
                      tr("The CA will not validate %1 (authorization %2).").arg(name, status),
                      QString::fromUtf8(QJsonDocument(r.json).toJson(QJsonDocument::Compact))},
                false);
        stepChallenge(url, r.json, [this, pending] { stepAuthorizations(pending); });
    });
}

void IssuanceJob::stepChallenge(const QUrl &authzUrl, const QJsonObject &authz,
                                std::function<void()> next)
{
    const QString name = authz.value(QLatin1String("identifier"))
                             .toObject()
                             .value(QLatin1String("value"))
                             .toString();
    const bool wildcard = authz.value(QLatin1String("wildcard")).toBool();
    const IssuanceOptions &o = m_order.options;
    QHash<QString, QJsonObject>
        offered; // unknown types (e.g. sectigo-email-01) are simply not used
    for (const QJsonValue &v : authz.value(QLatin1String("challenges")).toArray()) {
        const QJsonObject c = v.toObject();
        const QString type = c.value(QLatin1String("type")).toString();
        if (type == QLatin1String("http-01") || type == QLatin1String("dns-01"))
            offered.insert(type, c);
    }
    QString type;
    if (o.challenge == QLatin1String("dns-01") || wildcard)
        type = QStringLiteral("dns-01");
    else if (o.challenge == QLatin1String("http-01"))
        type = QStringLiteral("http-01");
    else
        type = offered.contains(QStringLiteral("http-01")) ? QStringLiteral("http-01")
                                                           : QStringLiteral("dns-01");
    if (!offered.contains(type))
        return fail(
            Error::invalid(
                tr("Validation: the CA offers no %1 challenge for %2 (offered: %3).")
                    .arg(type, name, QStringList(offered.keys()).join(QStringLiteral(", ")))),
            false);
    const QJsonObject challenge = offered.value(type);
    const QString token = challenge.value(QLatin1String("token")).toString();
    if (!isValidToken(token))
        return fail(
            Error{Error::Kind::Protocol,
                  tr("The CA sent an unsafe challenge token for %1; refusing it.").arg(name),
                  {}},
            false);
    const QString keyAuth = keyAuthorization(token, m_client->accountKey());
    const QUrl challengeUrl(challenge.value(QLatin1String("url")).toString());

    // Tell the CA to look, then poll the authorization until it is decided.
    auto answer = [this, authzUrl, challengeUrl, name, next] {
        ++m_challengesAnswered;
        Q_EMIT progress(tr("Asking the CA to validate %1…").arg(name));
        request(challengeUrl, QJsonObject(), [this, authzUrl, name, next](AcmeResponse) {
            pollAuthorization(authzUrl, name, next, 0);
        });
    };

    if (type == QLatin1String("http-01")) {
        if (!o.webroot.isEmpty()) {
            auto written = writeWebrootChallenge(o.webroot, token, keyAuth);
            if (!written)
                return fail(Error::invalid(tr("Webroot: %1").arg(written.error().message)), false);
            m_webrootTokens << token;
            Q_EMIT progress(tr("Placed the http-01 file for %1 in the webroot.").arg(name));
            return answer();
        }
        if (!m_responder) {
            m_responder = new Http01Responder(this);
            const QHostAddress address = o.httpAddress.isEmpty() ? QHostAddress(QHostAddress::Any)
                                                                 : QHostAddress(o.httpAddress);
            if (auto ok = m_responder->listen(address, o.httpPort); !ok)
                return fail(ok.error(), false);
        }
        m_responder->addToken(token, keyAuth);
        Q_EMIT progress(
            tr("Serving the http-01 answer for %1 on port %2.").arg(name).arg(m_responder->port()));
        return answer();
    }
    // dns-01
    const QString recordName = dns01RecordName(name);
    const QString value = dns01TxtValue(keyAuth);
    if (o.dnsHook.isEmpty()) {
        if (!isSignalConnected(QMetaMethod::fromSignal(&IssuanceJob::manualDnsRecord)))
            return fail(
                Error::invalid(
                    tr("Validation: %1 needs dns-01; give a DNS hook command (--dns-hook) that "
                       "publishes the TXT record.")
                        .arg(name)),
                false);
        m_afterManualDns = answer;
        Q_EMIT progress(
            tr("Publish TXT %1 with the value %2, then continue.").arg(recordName, value));
        Q_EMIT manualDnsRecord(name, recordName, value);
        return;
    }
    if (!m_hook)
        m_hook = new DnsHookRunner(this);
    DnsHookRequest hr;
    hr.command = o.dnsHook;
    hr.phase = QStringLiteral("add");
    hr.domain = name;
    hr.txtName = recordName;
    hr.txtValue = value;
    Q_EMIT progress(tr("Publishing the dns-01 record for %1 through the hook…").arg(name));
    m_hook->run(hr, [this, name, value, answer](Result<void> ok) {
        if (!ok)
            return fail(ok.error(), false);
        m_hookRecords << qMakePair(name, value);
        answer();
    });
}

void IssuanceJob::pollAuthorization(const QUrl &authzUrl, const QString &name,
                                    std::function<void()> next, int attempt)
{
    request(authzUrl, std::nullopt, [this, authzUrl, name, next, attempt](AcmeResponse r) {
        const QString status = r.json.value(QLatin1String("status")).toString();
        if (status == QLatin1String("valid")) {
            Q_EMIT progress(tr("%1 validated.").arg(name));
            return next();
        }
        if (status != QLatin1String("pending")) {
            for (const QJsonValue &c : r.json.value(QLatin1String("challenges")).toArray()) {
                const QJsonObject err = c.toObject().value(QLatin1String("error")).toObject();
                if (!err.isEmpty()) {
                    const Problem p = Problem::fromObject(err);
                    return fail(Error{Error::Kind::Problem,
                                      tr("Validation of %1 failed: %2")
                                          .arg(name, adviceFor(p, ProblemContext::Order)),
                                      p.detail, p.shortType()},
                                false);
                }
            }
            return fail(Error{Error::Kind::Problem,
                              tr("Validation of %1 failed (%2).").arg(name, status),
                              {}},
                        false);
        }
        const int wait =
            r.retryAfter ? int(std::clamp<qint64>(
                               QDateTime::currentDateTimeUtc().msecsTo(*r.retryAfter), 100, 600000))
                         : backoffMs(attempt);
        waitThen(wait, [this, authzUrl, name, next, attempt] {
            pollAuthorization(authzUrl, name, next, attempt + 1);
        });
    });
}

void IssuanceJob::tryAlternates(QList<QUrl> candidates, const QByteArray &fallback)
{
    const QString preferred = m_order.options.preferredChain.trimmed();
    if (candidates.isEmpty()) {
        m_warning = tr("No chain ends in \"%1\"; the CA's default chain was used.").arg(preferred);
        return stepWriteFiles(fallback);
    }
    const QUrl alt = candidates.takeFirst();
    request(alt, std::nullopt, [this, preferred, candidates, fallback](AcmeResponse a) {
        auto c = parseChain(a.body);
        if (c && c->topIssuerCommonName().compare(preferred, Qt::CaseInsensitive) == 0)
            return stepWriteFiles(a.body);
        tryAlternates(candidates, fallback);
    });
}

void IssuanceJob::confirmManualDns()
{
    if (auto next = std::exchange(m_afterManualDns, nullptr))
        next();
}

void IssuanceJob::cleanupChallenges(std::function<void()> next)
{
    for (const QString &token : std::as_const(m_webrootTokens))
        (void)removeWebrootChallenge(m_order.options.webroot, token);
    m_webrootTokens.clear();
    if (m_responder) {
        m_responder->close();
        m_responder->deleteLater();
        m_responder = nullptr;
    }
    if (m_hookRecords.isEmpty() || m_order.options.dnsHook.isEmpty())
        return next();
    const auto record = m_hookRecords.takeFirst();
    DnsHookRequest hr;
    hr.command = m_order.options.dnsHook;
    hr.phase = QStringLiteral("remove");
    hr.domain = record.first;
    hr.txtName = dns01RecordName(record.first);
    hr.txtValue = record.second;
    m_hook->run(hr, [this, next](Result<void> ok) {
        if (!ok)
            m_warning = ok.error().message;
        cleanupChallenges(next);
    });
}

void IssuanceJob::stepFinalize()
{
    // Only reached while the server says "ready": a finalize the CA already took would have
    // moved the order to processing or valid.
    auto csr = makeCsrDer(m_certKey, m_order.identifiers);
    if (!csr)
        return fail(csr.error(), false);
    setStage(OrderStage::Finalizing);
    m_order.finalized = true;
    if (!save())
        return;
    Q_EMIT progress(tr("Finalizing the order…"));
    QJsonObject payload;
    payload.insert(QLatin1String("csr"), b64::encodeString(*csr));
    request(
        m_order.finalizeUrl, payload,
        [this](AcmeResponse r) {
            m_order.status = r.json.value(QLatin1String("status")).toString();
            const QUrl cert(r.json.value(QLatin1String("certificate")).toString());
            if (cert.isValid())
                m_order.certificateUrl = cert;
            if (!save())
                return;
            m_services.reached("finalize");
            if (m_order.status == QLatin1String("valid") && cert.isValid())
                return stepDownload(); // signed at once: nothing to poll
            // A quick CA has often signed by now: look once at once (or when it asked), then back
            // off from a few hundred milliseconds.
            if (r.retryAfter) {
                const int wait = int(std::clamp<qint64>(
                    QDateTime::currentDateTimeUtc().msecsTo(*r.retryAfter), 100, 3600 * 1000));
                return waitThen(wait, [this] { stepPollOrder(1); });
            }
            stepPollOrder(0);
        },
        ProblemContext::Finalize);
}

void IssuanceJob::finalizeNotReady()
{
    // The CA did not take the finalize: the order is not finalized, look at it again shortly.
    m_order.finalized = false;
    if (!save())
        return;
    if (++m_notReadyCount > 5)
        return fail(
            Error{Error::Kind::Protocol,
                  tr("The CA keeps saying the order is not ready although every name is "
                     "validated. The order is kept: run 'acmedesk-cli orders resume %1' later.")
                      .arg(m_order.id),
                  {},
                  QStringLiteral("orderNotReady")},
            true);
    waitThen(backoffMs(m_notReadyCount), [this] { stepSyncOrder(); });
}

void IssuanceJob::stepPollOrder(int attempt)
{
    request(m_order.url, std::nullopt, [this, attempt](AcmeResponse r) {
        const QString status = r.json.value(QLatin1String("status")).toString();
        m_order.status = status;
        if (status == QLatin1String("valid")) {
            m_order.certificateUrl = QUrl(r.json.value(QLatin1String("certificate")).toString());
            return stepDownload();
        }
        if (status != QLatin1String("processing"))
            return stepSyncOrder(); // ready again, or invalid: the sync step says what to do
        if (pastDeadline())
            return fail(
                Error{Error::Kind::Network,
                      tr("The CA is still processing the order after the deadline. It is kept: run "
                         "'acmedesk-cli orders resume %1' later.")
                          .arg(m_order.id),
                      {},
                      QStringLiteral("deadline")},
                true);
        qint64 wait = backoffMs(attempt);
        if (r.retryAfter)
            wait = std::max<qint64>(100, QDateTime::currentDateTimeUtc().msecsTo(*r.retryAfter));
        Q_EMIT progress(tr("The CA is processing the order; checking again in %1 s.")
                            .arg(double(wait) / 1000.0, 0, 'f', 1));
        waitThen(int(std::min<qint64>(wait, 3600 * 1000)),
                 [this, attempt] { stepPollOrder(attempt + 1); });
    });
}

void IssuanceJob::stepDownload()
{
    setStage(OrderStage::Downloading);
    if (!save())
        return;
    if (!m_order.certificateUrl.isValid())
        return fail(
            Error{Error::Kind::Protocol, tr("The order is valid but names no certificate."), {}},
            false);
    Q_EMIT progress(tr("Downloading the certificate…"));
    request(m_order.certificateUrl, std::nullopt, [this](AcmeResponse r) {
        const QList<QUrl> alternates = r.links.values(QStringLiteral("alternate"));
        const QString preferred = m_order.options.preferredChain.trimmed();
        auto chain = parseChain(r.body);
        if (preferred.isEmpty() || alternates.isEmpty() ||
            (chain && chain->topIssuerCommonName().compare(preferred, Qt::CaseInsensitive) == 0))
            return stepWriteFiles(r.body);
        // Look through the alternates for the preferred issuer; keep the default if none has it.
        tryAlternates(alternates, r.body);
    });
}

void IssuanceJob::stepWriteFiles(const QByteArray &pem)
{
    auto chain = parseChain(pem);
    if (!chain)
        return fail(chain.error(), false);
    if (auto ok = checkChain(*chain, m_certKey); !ok)
        return fail(ok.error(), false);
    auto keyPem = m_certKey.privateKeyPem();
    if (!keyPem)
        return fail(keyPem.error(), false);
    QString folder = m_order.options.outDir;
    if (folder.isEmpty())
        folder = QDir(m_services.db.dataDir())
                     .filePath(QStringLiteral("certificates/") +
                               safeFolderName(m_order.identifiers.constFirst()));
    auto write = [this, chain = *chain, keyPem = *keyPem, folder](std::optional<SecureBytes> pfx) {
        auto files = writeCertificateFiles(folder, chain, keyPem, pfx,
                                           m_order.options.pfxFile.isEmpty()
                                               ? QStringLiteral("certificate.pfx")
                                               : m_order.options.pfxFile);
        if (!files)
            return fail(files.error(), true);
        m_files = *files;
        const CertificateInfo &leaf = chain.infos.constFirst();
        CertificateRecord c;
        c.orderId = m_order.id;
        c.accountId = m_account.id;
        c.serial = leaf.serialHex;
        c.subject = leaf.subject;
        c.sans = leaf.dnsNames;
        c.issuer = leaf.issuer;
        c.notBefore = leaf.notBefore;
        c.notAfter = leaf.notAfter;
        c.sha256 = leaf.sha256Fingerprint;
        c.sha1 = leaf.sha1Fingerprint;
        c.keyType = leaf.keyType;
        c.keyRef = m_order.keyRef;
        c.folder = m_files.folder;
        c.files.insert(QLatin1String("cert"), m_files.cert);
        c.files.insert(QLatin1String("chain"), m_files.chain);
        c.files.insert(QLatin1String("fullchain"), m_files.fullchain);
        c.files.insert(QLatin1String("privkey"), m_files.privkey);
        if (!m_files.pfx.isEmpty())
            c.files.insert(QLatin1String("pfx"), m_files.pfx);
        auto certId = OrderRepository(m_services.db).insertCertificate(c);
        if (!certId)
            return fail(certId.error(), true);
        m_order.certificateId = *certId;
        m_order.lastError.clear();
        setStage(OrderStage::Done);
        if (!save())
            return;
        (void)EventLog(m_services.db)
            .record(QStringLiteral("certificate.issued"),
                    m_order.identifiers.join(QStringLiteral(", ")),
                    tr("Certificate %1 issued, valid until %2; files in %3.")
                        .arg(c.serial, c.notAfter.toString(Qt::ISODate), m_files.folder));
        Q_EMIT progress(tr("Certificate written to %1.").arg(m_files.folder));
        m_services.secrets->remove(pfxPasswordRef(m_order.id), [](Result<void>) {});
        runDeployHook();
    };
    if (m_order.options.pfxFile.isEmpty())
        return write(std::nullopt);
    m_services.secrets->read(pfxPasswordRef(m_order.id), [this, chain = *chain,
                                                          write](Result<SecureBytes> password) {
        if (!password)
            return fail(Error{Error::Kind::Secrets,
                              tr("The PFX password of this order is no longer in the keychain."),
                              password.error().message},
                        false);
        auto pfx =
            makePkcs12(m_certKey, chain, *password,
                       m_order.options.pfxLegacy ? Pkcs12Compat::Legacy : Pkcs12Compat::Modern,
                       m_order.identifiers.constFirst());
        if (!pfx)
            return fail(pfx.error(), false);
        write(*pfx);
    });
}

void IssuanceJob::runDeployHook()
{
    if (m_order.options.deployHook.isEmpty())
        return succeed();
    Q_EMIT progress(tr("Running the deploy command…"));
    auto *p = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ACMEDESK_CERT"), m_files.cert);
    env.insert(QStringLiteral("ACMEDESK_CHAIN"), m_files.chain);
    env.insert(QStringLiteral("ACMEDESK_FULLCHAIN"), m_files.fullchain);
    env.insert(QStringLiteral("ACMEDESK_KEY"), m_files.privkey);
    env.insert(QStringLiteral("ACMEDESK_PFX"), m_files.pfx);
    env.insert(QStringLiteral("ACMEDESK_FOLDER"), m_files.folder);
    env.insert(QStringLiteral("ACMEDESK_DOMAINS"), m_order.identifiers.join(QLatin1Char(' ')));
    p->setProcessEnvironment(env);
    p->setProcessChannelMode(QProcess::MergedChannels);
    connect(p, &QProcess::finished, this, [this, p](int code, QProcess::ExitStatus status) {
        p->deleteLater();
        if (status != QProcess::NormalExit || code != 0) {
            m_warning =
                tr("The certificate was written, but the deploy command failed (exit %1): %2")
                    .arg(code)
                    .arg(QString::fromLocal8Bit(p->readAll().right(2000)).trimmed());
            (void)EventLog(m_services.db)
                .record(QStringLiteral("deploy.failed"),
                        m_order.identifiers.join(QStringLiteral(", ")), m_warning, true);
        }
        succeed();
    });
#ifdef Q_OS_WIN
    p->start(QStringLiteral("cmd"), {QStringLiteral("/c"), m_order.options.deployHook});
#else
    p->start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), m_order.options.deployHook});
#endif
}

} // namespace acmedesk
