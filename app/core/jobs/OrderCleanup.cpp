#include "core/jobs/OrderCleanup.h"

#include "core/store/EventLog.h"
#include "core/store/OrderRepository.h"

namespace acmedesk {

void OrderCleanup::removeSecrets(const Services &services, const OrderRecord &order,
                                 std::function<void(bool)> done)
{
    SecretStore *secrets = services.secrets;
    const QString pfxRef = secretkeys::orderPfxPassword(order.id);
    bool keyInUse = false; // no key (interrupted before it was saved): nothing to keep
    if (!order.keyRef.isEmpty()) {
        auto certificates = OrderRepository(services.db).certificates();
        // Unsure whether a certificate uses the key: keep it.
        keyInUse = !certificates;
        if (certificates) {
            for (const CertificateRecord &c : *certificates)
                keyInUse = keyInUse || c.keyRef == order.keyRef;
        }
    }
    secrets->remove(pfxRef, [secrets, keyInUse, keyRef = order.keyRef, done](Result<void>) {
        if (keyInUse)
            return done(false);
        if (keyRef.isEmpty())
            return done(true);
        secrets->remove(keyRef, [done](Result<void> removed) { done(removed.ok()); });
    });
}

void OrderCleanup::forget(const Services &services, qint64 orderId,
                          std::function<void(Result<Forgotten>)> done)
{
    auto found = OrderRepository(services.db).findById(orderId);
    if (!found)
        return done(found.error());
    if (!found->has_value()) {
        Error e = Error::invalid(tr("There is no order %1.").arg(orderId));
        e.code = QString::fromLatin1(ordererror::NotFound);
        return done(e);
    }
    OrderRecord order = **found;
    if (isFinished(order.stage)) {
        Error e = Error::invalid(
            tr("Order %1 has already ended (%2); only unfinished orders can be forgotten.")
                .arg(order.id)
                .arg(orderStageName(order.stage)));
        e.code = QString::fromLatin1(ordererror::Finished);
        return done(e);
    }
    removeSecrets(services, order, [services, order, done](bool keyRemoved) mutable {
        order.stage = OrderStage::Forgotten;
        order.lastError = keyRemoved ? tr("Forgotten; its certificate key was removed.")
                                     : tr("Forgotten; its certificate key is kept because a "
                                          "certificate uses it.");
        if (auto ok = OrderRepository(services.db).update(order); !ok)
            return done(ok.error());
        (void)EventLog(services.db)
            .record(EventKind::OrderForgotten, order.identifiers.join(QStringLiteral(", ")),
                    tr("Order %1 forgotten; it expires at the CA by itself. %2")
                        .arg(order.id)
                        .arg(keyRemoved ? tr("Its certificate key was removed from the keychain.")
                                        : tr("Its certificate key stays: a certificate uses it.")));
        done(Forgotten{order, keyRemoved});
    });
}

} // namespace acmedesk
