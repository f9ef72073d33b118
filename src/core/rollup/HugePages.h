#pragma once
// Transparent huge pages for the loader's big buffers (Linux, THP in "madvise" mode): a 1M-row
// vector or a 60 MB payload then faults in 2 MiB pages instead of 4 KiB ones, which saves most of
// the page-fault (system) time of `metrics` on a large project. Elsewhere a no-op.
#include <cstddef>

namespace sa::rollup {

/// Advises huge pages for the 2 MiB-aligned part of [p, p + bytes) (nothing under 2 MiB).
void adviseHugePages(void* p, std::size_t bytes) noexcept;

/// Reserves room for n elements of `c` (vector or string), advised as above, before it is filled.
template <class C> void reserveHuge(C& c, std::size_t n)
{
    c.reserve(n);
    adviseHugePages(c.data(), c.capacity() * sizeof(*c.data()));
}

} // namespace sa::rollup
