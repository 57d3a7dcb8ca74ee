// Where the core gets the time and its waits from. Production uses Clock::system(); tests inject
// a FakeClock (tests/support) and move time instead of waiting for it.
#pragma once

#include <QDateTime>
#include <QObject>
#include <functional>

namespace acmedesk {

class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // UTC
    // Calls `fn` on `context`'s thread once `ms` of this clock's time have passed, unless
    // `context` is gone by then. A negative `ms` counts as 0.
    virtual void callAfter(qint64 ms, QObject *context, std::function<void()> fn) const = 0;

    // The wall clock and QTimer.
    static const Clock &system();
};

} // namespace acmedesk
