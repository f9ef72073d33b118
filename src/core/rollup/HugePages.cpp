#include "rollup/HugePages.h"

#include <cstdint>
#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace sa::rollup {

void adviseHugePages(void* p, std::size_t bytes) noexcept
{
#if defined(MADV_HUGEPAGE)
    constexpr std::uintptr_t kHuge = std::uintptr_t(2) << 20;
    const auto begin = reinterpret_cast<std::uintptr_t>(p);
    const std::uintptr_t from = (begin + kHuge - 1) & ~(kHuge - 1), to = (begin + bytes) & ~(kHuge - 1);
    if (p && to > from)
        (void)madvise(reinterpret_cast<void*>(from), to - from, MADV_HUGEPAGE); // advice only: errors change nothing
#else
    (void)p;
    (void)bytes;
#endif
}

} // namespace sa::rollup
