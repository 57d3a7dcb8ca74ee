#include "core/jobs/OrderCleanup.h"

#include "core/jobs/KeychainAudit.h"
#include "core/store/EventLog.h"
#include "core/store/OrderRepository.h"

#include <QSet>

namespace acmedesk {

void OrderCleanup::removeSecrets(const Services &services, const OrderRecord &order,
                                 std::function<void(bool)> done)
{
    // What the order may have written, less what the other rows still reference (the rule of
    // KeychainAudit: a certificate keeps its key, e.g. for --reuse-key).
    QStringList own{secretkeys::orderPfxPassword(order.id), secretkeys::orderKey(order.id)};
    if (!order.keyRef.isEmpty() && !own.contains(order.keyRef))
        own << order.keyRef;
    QSet<QString> kept;
    if (auto rows = SecretRows::load(services.db); rows) {
        for (const SecretReference &r : secretReferences(*rows)) {
            if (r.owner != SecretReference::Owner::Order || r.ownerId != order.id)
                kept.insert(r.name);
        }
    } else {
        // Unsure what else uses them: keep the keys, remove only the PFX password.
        kept = {secretkeys::orderKey(order.id), order.keyRef};
    }
    QStringList gone;
    for (const QString &name : std::as_const(own)) {
        if (!kept.contains(name))
            gone << name;
    }
    const QString keyRef = order.keyRef;
    KeychainAudit::removeEntries(
        services, gone,
        [keyRef, keyKept = kept.contains(keyRef), done](const QStringList &removed) {
            // No key (interrupted before it was saved): nothing to keep.
            done(keyRef.isEmpty() || (!keyKept && removed.contains(keyRef)));
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
