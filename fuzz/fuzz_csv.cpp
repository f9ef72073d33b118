// The CSV tokenizer and reader: any bytes, with small chunk sizes so that every state meets
// a chunk boundary.
#include "FuzzFile.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    sa::fuzz::writeInput(data, size);
    sa::import::OpenOptions options;
    options.chunkSize = 16 + (size > 0 ? data[0] % 48 : 0);
    sa::fuzz::readAll(options);
    options.chunkSize = 0;
    options.delimiter = ';';
    sa::fuzz::readAll(options);
    return 0;
}
