// The XLSX reader (zip caps, hardened XML, cell conversion) on arbitrary archives. Seeds are
// small valid workbooks (fuzz/corpus/xlsx).
#include "FuzzFile.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    sa::fuzz::writeInput(data, size);
    sa::import::OpenOptions options;
    options.limits.maxInflatedBytes = 64 << 20; // keep each run fast
    sa::fuzz::readAll(options);
    options.sheet = "Sheet2";
    sa::fuzz::readAll(options);
    return 0;
}
