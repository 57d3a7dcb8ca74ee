// The keychain ledger and its audit with an in-memory store and a real SQLite database:
// LedgerSecretStore notes every name before it writes and drops it after a delete; the rule of
// what rows reference; the start-up sweep with its grace; doctor's check and fix.
#include "core/jobs/KeychainAudit.h"
#include "core/jobs/OrderCleanup.h"
#include "core/secrets/MemorySecretStore.h"
#include "core/store/AccountRepository.h"
#include "core/store/CertificateRepository.h"
#include "core/store/KeychainLedger.h"
#include "core/store/LedgerSecretStore.h"
#include "core/store/OrderRepository.h"
#include "core/store/ScmRepository.h"
#include "support/FakeClock.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace acmedesk;
using namespace acmedesk::test;

namespace {

using Finding = KeychainAudit::Finding;
using Owner = SecretReference::Owner;

constexpr qint64 Minute = 60 * 1000;

// Memory with reads that fail for chosen names (a keychain that stops answering), and probes
// that answer a chosen state.
class ScriptedStore : public MemorySecretStore
{
public:
    QSet<QString> unreadable;
    KeychainState probeState = KeychainState::Ready;
    QStringList probed;

    void read(const QString &key, ReadCallback done) override
    {
        if (!unreadable.contains(key))
            return MemorySecretStore::read(key, std::move(done));
        Error e{Error::Kind::Secrets, QStringLiteral("The keychain did not answer.")};
        e.code = QStringLiteral("timeout");
        done(e);
    }
    using SecretStore::probe;
    void probe(const QString &entry, ProbeCallback done) override
    {
        probed << entry;
        done(probeState, {});
    }
};

SecureBytes bytes(const char *s)
{
    return SecureBytes(QByteArray(s));
}

} // namespace

class TstKeychainAudit : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<Database> m_db;
    std::unique_ptr<ScriptedStore> m_memory;
    std::unique_ptr<LedgerSecretStore> m_store;
    std::unique_ptr<FakeClock> m_clock;

    Services services() const
    {
        Services s{*m_db, m_store.get()};
        s.clock = m_clock.get();
        return s;
    }

    QStringList ledgerNames() const
    {
        QStringList names;
        const auto entries = KeychainLedger(*m_db).entries(); // kept: the loop reads into it
        for (const LedgerEntry &e : *entries)
            names << e.name;
        return names;
    }

    // Writes through the ledger, as AcmeDesk does; the clock then moves on by `ageMs`.
    void write(const QString &name, qint64 ageMs = 0)
    {
        bool ok = false;
        m_store->write(name, bytes("secret"), [&ok](Result<void> r) { ok = r.ok(); });
        QVERIFY(ok);
        m_clock->callAfter(ageMs, this, [] {});
    }

    qint64 addAccount(const QString &name, bool pending = false, bool hmacKept = false)
    {
        Account a;
        a.name = name;
        a.directoryUrl = QUrl(QStringLiteral("https://ca.invalid/directory"));
        a.accountUrl = QUrl(QStringLiteral("https://ca.invalid/acct/") + name);
        a.status = accountstatus::Valid;
        a.keyChangePending = pending;
        a.hmacKept = hmacKept;
        auto id = AccountRepository(*m_db).insert(a);
        return id ? *id : 0;
    }

    OrderRecord addOrder(qint64 account, const QString &name, OrderStage stage, bool pfx = false,
                         QString keyRef = {})
    {
        OrderRecord o;
        o.accountId = account;
        o.identifiers = {name};
        o.stage = stage;
        o.options.pfxFile = pfx ? QStringLiteral("cert.pfx") : QString();
        o.id = *OrderRepository(*m_db).insert(o);
        o.keyRef =
            keyRef.isNull() && stage != OrderStage::Created ? secretkeys::orderKey(o.id) : keyRef;
        (void)OrderRepository(*m_db).update(o);
        return o;
    }

    qint64 addCertificate(const OrderRecord &o, const QString &keyRef)
    {
        CertificateRecord c;
        c.orderId = o.id;
        c.accountId = o.accountId;
        c.serial = QStringLiteral("01");
        c.sans = o.identifiers;
        c.keyRef = keyRef;
        c.notBefore = m_clock->now();
        c.notAfter = m_clock->now().addDays(90);
        c.sha256 = QStringLiteral("00");
        auto id = CertificateRepository(*m_db).insert(c);
        return id ? *id : 0;
    }

    QList<Finding> check()
    {
        std::optional<Result<QList<Finding>>> out;
        KeychainAudit::check(services(), [&out](Result<QList<Finding>> r) { out = r; });
        if (!out || !out->ok())
            return {};
        return out->value();
    }

    static const Finding *find(const QList<Finding> &findings, const QString &name)
    {
        for (const Finding &f : findings) {
            if (f.name == name)
                return &f;
        }
        return nullptr;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto db = Database::open(m_dir->path());
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        m_db = *db;
        m_memory = std::make_unique<ScriptedStore>();
        m_clock = std::make_unique<FakeClock>();
        m_store = std::make_unique<LedgerSecretStore>(*m_db, m_memory.get(), m_clock.get());
    }

    void cleanup()
    {
        m_store.reset();
        m_memory.reset();
        m_db.reset();
        m_dir.reset();
    }

    // ---- the ledger decorator ----------------------------------------------------------------

    void writeIsNotedWithItsTimeAndRemoveDropsIt()
    {
        const QDateTime at = m_clock->now();
        write(QStringLiteral("account/1/key"));
        QVERIFY(m_memory->contains(QStringLiteral("account/1/key")));
        const auto entries = *KeychainLedger(*m_db).entries();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().name, QStringLiteral("account/1/key"));
        QCOMPARE(entries.first().writtenAt, at);

        bool removed = false;
        m_store->remove(QStringLiteral("account/1/key"), [&](Result<void> r) { removed = r.ok(); });
        QVERIFY(removed);
        QVERIFY(!m_memory->contains(QStringLiteral("account/1/key")));
        QVERIFY(ledgerNames().isEmpty());
    }

    void writeIsRefusedWhenTheLedgerCannotNoteIt()
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("DROP TABLE keychain_ledger")));
        std::optional<Result<void>> out;
        m_store->write(QStringLiteral("order/3/key"), bytes("k"), [&](Result<void> r) { out = r; });
        QVERIFY(out.has_value());
        QVERIFY(!out->ok());
        QCOMPARE(out->error().kind, Error::Kind::Storage);
        QVERIFY2(out->error().message.contains(QLatin1String("order/3/key")),
                 qPrintable(out->error().message));
        QVERIFY(!m_memory->contains(QStringLiteral("order/3/key"))); // nothing unnoted written
    }

    void probeIsNotedUntilItGotThrough()
    {
        bool answered = false;
        m_store->probe(
            [&](KeychainState s, const QString &) { answered = s == KeychainState::Ready; });
        QVERIFY(answered);
        QCOMPARE(m_memory->probed.size(), 1);
        QVERIFY(parseSecretName(m_memory->probed.first()).has_value());
        QCOMPARE(parseSecretName(m_memory->probed.first())->kind, SecretKind::Probe);
        QVERIFY(ledgerNames().isEmpty()); // Ready: written, read and deleted

        // A probe that did not get through may have left its entry: the name stays noted.
        m_memory->probeState = KeychainState::TimedOut;
        m_store->probe([](KeychainState, const QString &) {});
        QCOMPARE(ledgerNames(), QStringList{m_memory->probed.last()});
    }

    // ---- the rule ----------------------------------------------------------------------------

    void referencesFollowTheRows()
    {
        const qint64 plain = addAccount(QStringLiteral("plain"));
        const qint64 rolling = addAccount(QStringLiteral("rolling"), true, true);
        const OrderRecord created =
            addOrder(plain, QStringLiteral("new.test"), OrderStage::Created, true);
        const OrderRecord running =
            addOrder(plain, QStringLiteral("run.test"), OrderStage::Authorizing, true);
        const OrderRecord failed =
            addOrder(plain, QStringLiteral("failed.test"), OrderStage::Failed, true);
        const OrderRecord done = addOrder(plain, QStringLiteral("done.test"), OrderStage::Done);
        const qint64 cert = addCertificate(done, done.keyRef);
        const OrderRecord reusing =
            addOrder(plain, QStringLiteral("done.test"), OrderStage::Ordering, false, done.keyRef);
        ScmConnection scm;
        scm.name = QStringLiteral("scm");
        scm.baseUrl = QUrl(QStringLiteral("https://scm.invalid"));
        const qint64 connection = *ScmRepository(*m_db).saveConnection(scm);

        auto rows = SecretRows::load(*m_db);
        QVERIFY(rows.ok());
        QHash<QString, QList<SecretReference>> refs;
        for (const SecretReference &r : secretReferences(*rows))
            refs[r.name] << r;

        QVERIFY(refs.contains(secretkeys::accountKey(plain)));
        QVERIFY(!refs.contains(secretkeys::accountKeyNext(plain))); // no key change pending
        QVERIFY(!refs.contains(secretkeys::accountHmac(plain)));    // HMAC not kept
        QVERIFY(refs.contains(secretkeys::accountKeyNext(rolling)));
        QVERIFY(refs.contains(secretkeys::accountHmac(rolling)));
        QCOMPARE(refs.value(secretkeys::accountHmac(rolling)).first().ownerName,
                 QStringLiteral("rolling"));

        // An order that has not saved its key yet keeps it, but nothing is missing without it.
        QCOMPARE(refs.value(secretkeys::orderKey(created.id)).size(), 1);
        QVERIFY(!refs.value(secretkeys::orderKey(created.id)).first().required);
        QVERIFY(!refs.value(secretkeys::orderPfxPassword(created.id)).first().required);
        // A running order needs its key and its PFX password.
        QVERIFY(refs.value(secretkeys::orderKey(running.id)).first().required);
        QVERIFY(refs.value(secretkeys::orderPfxPassword(running.id)).first().required);
        QCOMPARE(refs.value(secretkeys::orderKey(running.id)).first().owner, Owner::Order);
        // A finished order references nothing; its certificate keeps its key.
        QVERIFY(!refs.contains(secretkeys::orderKey(failed.id)));
        QVERIFY(!refs.contains(secretkeys::orderPfxPassword(failed.id)));
        QVERIFY(!refs.contains(secretkeys::orderPfxPassword(done.id)));
        const auto doneKey = refs.value(secretkeys::orderKey(done.id));
        QCOMPARE(doneKey.size(), 2); // the certificate and the order that reuses it
        QVERIFY(std::any_of(doneKey.cbegin(), doneKey.cend(), [&](const SecretReference &r) {
            return r.owner == Owner::Certificate && r.ownerId == cert && r.required;
        }));
        QVERIFY(std::any_of(doneKey.cbegin(), doneKey.cend(), [&](const SecretReference &r) {
            return r.owner == Owner::Order && r.ownerId == reusing.id && r.required;
        }));
        // The reusing order's own name is kept (a run could be writing it), not required.
        QVERIFY(!refs.value(secretkeys::orderKey(reusing.id)).first().required);
        QVERIFY(!refs.contains(secretkeys::orderPfxPassword(reusing.id))); // no PFX asked
        // An SCM connection keeps its password.
        QCOMPARE(refs.value(secretkeys::scmPassword(connection)).first().owner,
                 Owner::ScmConnection);
        QVERIFY(refs.value(secretkeys::scmPassword(connection)).first().required);
    }

    // ---- the sweep ---------------------------------------------------------------------------

    void sweepRemovesOnlyOldLeftovers()
    {
        const qint64 account = addAccount(QStringLiteral("a"));
        const OrderRecord failed =
            addOrder(account, QStringLiteral("f.test"), OrderStage::Failed, true);
        const QString probe = secretkeys::probe(QStringLiteral("00aa"));
        const QString young = secretkeys::probe(QStringLiteral("00bb"));
        write(secretkeys::accountKey(account));
        write(secretkeys::orderKey(failed.id));
        write(secretkeys::orderPfxPassword(failed.id));
        write(secretkeys::accountKeyNext(account)); // a settled key change left it
        write(probe, 11 * Minute);
        write(young, Minute); // one minute old: may be another process's probe right now

        QCOMPARE(KeychainAudit::leftovers(*m_db)->size(), 5);
        std::optional<int> removed;
        KeychainAudit::sweep(services(), [&](int n) { removed = n; });
        QCOMPARE(removed, std::optional<int>(4));
        QCOMPARE(ledgerNames(), (QStringList{secretkeys::accountKey(account), young}));
        QVERIFY(m_memory->contains(secretkeys::accountKey(account)));
        QVERIFY(m_memory->contains(young));
        for (const QString &gone :
             {secretkeys::orderKey(failed.id), secretkeys::orderPfxPassword(failed.id),
              secretkeys::accountKeyNext(account), probe})
            QVERIFY2(!m_memory->contains(gone), qPrintable(gone));

        // Nothing left to do: the sweep asks the database only.
        const qint64 before = m_memory->count();
        KeychainAudit::sweep(services(), [&](int n) { removed = n; });
        QCOMPARE(removed, std::optional<int>(0));
        QCOMPARE(m_memory->count(), before);
    }

    void sweepKeepsWhatRowsStillReference()
    {
        const qint64 account = addAccount(QStringLiteral("kept"), true, true);
        const OrderRecord running =
            addOrder(account, QStringLiteral("r.test"), OrderStage::Created, true);
        for (const QString &name :
             {secretkeys::accountKey(account), secretkeys::accountKeyNext(account),
              secretkeys::accountHmac(account), secretkeys::orderKey(running.id),
              secretkeys::orderPfxPassword(running.id)})
            write(name, 0);
        m_clock->callAfter(60 * Minute, this, [] {});
        std::optional<int> removed;
        KeychainAudit::sweep(services(), [&](int n) { removed = n; });
        QCOMPARE(removed, std::optional<int>(0));
        QCOMPARE(m_memory->count(), 5);
    }

    void cleanupOfAFailedOrderUsesTheSameRule()
    {
        const qint64 account = addAccount(QStringLiteral("c"));
        const OrderRecord done = addOrder(account, QStringLiteral("d.test"), OrderStage::Done);
        addCertificate(done, done.keyRef);
        OrderRecord reusing =
            addOrder(account, QStringLiteral("d.test"), OrderStage::Ordering, true, done.keyRef);
        write(done.keyRef);
        write(secretkeys::orderPfxPassword(reusing.id));
        reusing.stage = OrderStage::Failed;
        QVERIFY(OrderRepository(*m_db).update(reusing).ok());
        std::optional<bool> keyRemoved;
        OrderCleanup::removeSecrets(services(), reusing, [&](bool k) { keyRemoved = k; });
        QCOMPARE(keyRemoved, std::optional<bool>(false)); // the certificate keeps the key
        QVERIFY(m_memory->contains(done.keyRef));
        QVERIFY(!m_memory->contains(secretkeys::orderPfxPassword(reusing.id)));
        QCOMPARE(ledgerNames(), QStringList{done.keyRef});
    }

    // ---- doctor: check and fix ---------------------------------------------------------------

    void checkReportsLeftoversAndMissingEntries()
    {
        const qint64 account = addAccount(QStringLiteral("acme"), false, true);
        const OrderRecord failed = addOrder(account, QStringLiteral("f.test"), OrderStage::Failed);
        const OrderRecord running =
            addOrder(account, QStringLiteral("r.test"), OrderStage::Finalizing, true);
        const OrderRecord created =
            addOrder(account, QStringLiteral("c.test"), OrderStage::Created, true);
        write(secretkeys::accountKey(account));
        write(secretkeys::orderKey(failed.id), 20 * Minute);
        write(secretkeys::probe(QStringLiteral("ab")));
        // Missing: the kept HMAC key, the running order's key and PFX password. The order that
        // has not saved its key yet misses nothing.
        const QList<Finding> findings = check();
        QCOMPARE(findings.size(), 5);

        const Finding *leftover = find(findings, secretkeys::orderKey(failed.id));
        QVERIFY(leftover);
        QCOMPARE(leftover->kind, Finding::Kind::Leftover);
        QVERIFY2(leftover->meaning.contains(QLatin1String("f.test")),
                 qPrintable(leftover->meaning));
        QVERIFY2(leftover->meaning.contains(QLatin1String("failed")),
                 qPrintable(leftover->meaning));
        const Finding *probe = find(findings, secretkeys::probe(QStringLiteral("ab")));
        QVERIFY(probe);
        QCOMPARE(probe->kind, Finding::Kind::RecentLeftover);
        QVERIFY2(probe->meaning.contains(QLatin1String("keychain check")),
                 qPrintable(probe->meaning));
        const Finding *hmac = find(findings, secretkeys::accountHmac(account));
        QVERIFY(hmac);
        QCOMPARE(hmac->kind, Finding::Kind::Missing);
        QVERIFY2(hmac->meaning.contains(QLatin1String("\"acme\"")), qPrintable(hmac->meaning));
        const Finding *key = find(findings, secretkeys::orderKey(running.id));
        QVERIFY(key);
        QCOMPARE(key->kind, Finding::Kind::Missing);
        QCOMPARE(key->reference.owner, Owner::Order);
        QCOMPARE(key->reference.ownerId, running.id);
        QVERIFY(find(findings, secretkeys::orderPfxPassword(running.id)));
        QVERIFY(!find(findings, secretkeys::orderKey(created.id)));
        QVERIFY(!find(findings, secretkeys::orderPfxPassword(created.id)));

        // A keychain that does not answer a read: could not be checked, not "missing".
        write(secretkeys::accountHmac(account));
        m_memory->unreadable.insert(secretkeys::accountHmac(account));
        const QList<Finding> after = check(); // kept: `unchecked` points into it
        const Finding *unchecked = find(after, secretkeys::accountHmac(account));
        QVERIFY(unchecked);
        QCOMPARE(unchecked->kind, Finding::Kind::Unchecked);
    }

    void fixDoesWhatIsSafeAndLeavesTheRest()
    {
        const qint64 lost = addAccount(QStringLiteral("lost-key"), false, true);
        // Its HMAC key was written and then went behind AcmeDesk's back: the ledger names it.
        write(secretkeys::accountHmac(lost));
        m_memory->remove(secretkeys::accountHmac(lost), {});
        const qint64 rolling = addAccount(QStringLiteral("rolling"), true);
        write(secretkeys::accountKey(rolling));
        const OrderRecord keyless =
            addOrder(rolling, QStringLiteral("keyless.test"), OrderStage::Authorizing);
        OrderRecord pfxless =
            addOrder(rolling, QStringLiteral("pfxless.test"), OrderStage::Downloading, true);
        write(pfxless.keyRef);
        const OrderRecord done = addOrder(rolling, QStringLiteral("done.test"), OrderStage::Done);
        const qint64 cert = addCertificate(done, done.keyRef);
        write(secretkeys::probe(QStringLiteral("cd")), 30 * Minute);

        const QList<Finding> before = check();
        // Leftover probe; missing: lost's key and HMAC, rolling's key.next, the keyless order's
        // key, the PFX password, the certificate's key.
        QCOMPARE(before.size(), 7);
        std::optional<bool> fixed;
        KeychainAudit::fix(services(), before, [&] { fixed = true; });
        QVERIFY(fixed);
        const QList<Finding> after = check();

        // What is left in the ledger is what is in the store: rolling's key, the PFX order's.
        QCOMPARE(ledgerNames(), (QStringList{secretkeys::accountKey(rolling), pfxless.keyRef}));
        QCOMPARE(m_memory->count(), 2);
        QVERIFY(!m_memory->contains(secretkeys::probe(QStringLiteral("cd"))));
        auto account = [&](qint64 id) { return **AccountRepository(*m_db).findById(id); };
        QVERIFY(!account(lost).hmacKept);
        QVERIFY(!account(rolling).keyChangePending); // settled: no new key was saved
        QCOMPARE((*OrderRepository(*m_db).findById(keyless.id))->stage, OrderStage::Forgotten);
        QCOMPARE((*OrderRepository(*m_db).findById(pfxless.id))->stage, OrderStage::Downloading);
        const auto refs = CertificateRepository(*m_db).keyRefs();
        QVERIFY(refs.ok());
        for (const CertificateKeyRef &c : *refs)
            QVERIFY(c.id != cert);

        // What cannot be brought back stays: the account key, the PFX password.
        QCOMPARE(after.size(), 2);
        QVERIFY(find(after, secretkeys::accountKey(lost)));
        QVERIFY(find(after, secretkeys::orderPfxPassword(pfxless.id)));
        for (const Finding &f : after)
            QVERIFY(std::any_of(before.cbegin(), before.cend(),
                                [&f](const Finding &b) { return b.sameAs(f); }));
    }

    void recentLeftoversAreNotFixed()
    {
        write(secretkeys::probe(QStringLiteral("ef")), Minute);
        const QList<Finding> before = check();
        QCOMPARE(before.size(), 1);
        KeychainAudit::fix(services(), before, [] {});
        QVERIFY(m_memory->contains(secretkeys::probe(QStringLiteral("ef"))));
        QCOMPARE(check().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TstKeychainAudit)
#include "tst_keychainaudit.moc"
