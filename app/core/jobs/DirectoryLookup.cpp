#include "core/jobs/DirectoryLookup.h"

#include "core/acme/AcmeClient.h"
#include "core/store/DirectoryCache.h"

namespace acmedesk {

DirectoryLookup::DirectoryLookup(Services services, QObject *parent)
    : QObject(parent), m_services(std::move(services))
{}

DirectoryLookup::~DirectoryLookup()
{
    delete m_client.data(); // answers nothing: no callback while the owner goes away
}

void DirectoryLookup::cancel()
{
    if (!m_client)
        return;
    AcmeClient *client = m_client;
    m_client = nullptr;
    client->cancelAll();
    client->deleteLater();
}

void DirectoryLookup::lookUp(const Account &account, bool fresh, DirectoryCallback done)
{
    cancel();
    const DirectoryCache cache(m_services.db);
    const QDateTime now = m_services.clock->now();
    const std::optional<DirectoryCache::Entry> cached = cache.peek(account.directoryUrl, now);
    if (cached && !fresh) {
        auto d = Directory::parse(cached->body, account.directoryUrl, account.localTestCa);
        if (d)
            return done(std::move(d));
    }
    ServerOptions server = ServerOptions::forAccount(account);
    server.clock = m_services.clock;
    auto *client =
        new AcmeClient(server, this, m_services.network ? m_services.network(nullptr) : nullptr);
    m_client = client;
    const QUrl url = account.directoryUrl;
    const QString keptNonce = cached ? cached->nonce : QString();
    client->fetchDirectory([this, client, url, keptNonce, now, done](Result<Directory> d) {
        if (m_client == client) {
            m_client = nullptr;
            client->deleteLater();
        }
        if (d) {
            const QString nonce = client->spareNonce();
            DirectoryCache(m_services.db)
                .save(url, {client->directoryJson(), nonce.isEmpty() ? keptNonce : nonce, now});
        }
        done(std::move(d));
    });
}

} // namespace acmedesk
