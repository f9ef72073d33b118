// Encoding detection and decoding: the validator on raw bytes, the single-byte guess, and the
// reader with each forced encoding.
#include "FuzzFile.h"
#include "import/read/Encoding.h"

#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace sa::import::read;
    Utf8Validator v;
    const std::size_t half = size / 2;
    if (v.feed(data, half, 0) && v.feed(data + half, size - half, static_cast<long long>(half)))
        (void)v.finish();
    (void)v.problem();
    (void)guessSingleByte(std::string_view(reinterpret_cast<const char*>(data), size));
    sa::fuzz::writeInput(data, size);
    for (const char* e : { "utf-8", "utf-16le", "utf-16be", "windows-1251", "koi8-r", "cp866", "windows-1252" }) {
        sa::import::OpenOptions options;
        options.encoding = e;
        options.chunkSize = 17;
        sa::fuzz::readAll(options);
    }
    return 0;
}
