// Forgetting orders: the CA has no "cancel order", so an abandoned order simply expires there;
// here its certificate key and PFX password leave the keychain and its stage becomes Forgotten.
#pragma once

#include "core/Services.h"
#include "core/store/Order.h"

#include <QCoreApplication>
#include <functional>

namespace acmedesk {

namespace ordererror {
inline constexpr char NotFound[] = "order-not-found";
inline constexpr char Finished[] = "order-finished"; // done, failed or already forgotten
} // namespace ordererror

class OrderCleanup
{
    Q_DECLARE_TR_FUNCTIONS(OrderCleanup)
public:
    struct Forgotten
    {
        OrderRecord order;
        bool keyRemoved = false; // false: a certificate uses the same key (reused), it stays
    };
    // Refuses a finished order (code ordererror::Finished) and an unknown id (NotFound). The
    // caller makes sure no job runs the order.
    static void forget(const Services &services, qint64 orderId,
                       std::function<void(Result<Forgotten>)> done);
    // Removes what the order may have written ("order/N/pfx-password", its own key and the key
    // it names) unless another row still references it (KeychainAudit's rule: a certificate
    // keeps its key); `done(keyRemoved)`.
    static void removeSecrets(const Services &services, const OrderRecord &order,
                              std::function<void(bool keyRemoved)> done);
};

} // namespace acmedesk
