#pragma once
// Time is injected so that tests pin "today" and results never depend on the machine.
#include "DateTime.h"

namespace sa {

class Clock {
public:
    virtual ~Clock() = default;
    /// The current local time of the machine, in local seconds.
    [[nodiscard]] virtual LocalSeconds now() const = 0;
};

class SystemClock final : public Clock {
public:
    [[nodiscard]] LocalSeconds now() const override;
};

class FixedClock final : public Clock {
public:
    explicit FixedClock(LocalSeconds t)
        : m_t(t)
    {
    }
    [[nodiscard]] LocalSeconds now() const override { return m_t; }

private:
    LocalSeconds m_t;
};

} // namespace sa
