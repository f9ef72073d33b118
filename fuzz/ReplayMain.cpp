// A driver for the fuzz targets without libFuzzer: runs LLVMFuzzerTestOneInput once on every file
// named on the command line (folders are walked). Built with any compiler, so every seed and
// every input a fuzzing run kept is replayed by ctest in the sanitizer build (label hardening).
// Fails when an input takes longer than SA_REPLAY_MAX_MS (default 1000; ×10 under ASan).
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

namespace fs = std::filesystem;

std::vector<fs::path> inputs(int argc, char** argv)
{
    std::vector<fs::path> files;
    for (int i = 1; i < argc; ++i) {
        if (fs::is_directory(argv[i])) {
            for (const auto& e : fs::recursive_directory_iterator(argv[i]))
                if (e.is_regular_file())
                    files.push_back(e.path());
        } else {
            files.emplace_back(argv[i]);
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

long long limitMs()
{
    const char* env = std::getenv("SA_REPLAY_MAX_MS");
    long long ms = env ? std::atoll(env) : 1000;
#if defined(__SANITIZE_ADDRESS__)
    ms *= 10;
#endif
    return ms;
}

} // namespace

int main(int argc, char** argv)
{
    const auto files = inputs(argc, argv);
    if (files.empty()) {
        std::fprintf(stderr, "usage: %s FILE|DIR...: no inputs found\n", argv[0]);
        return 2;
    }
    const long long limit = limitMs();
    long long slowest = 0;
    std::string slowestName;
    for (const auto& f : files) {
        std::ifstream in(f, std::ios::binary);
        const std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        const auto start = std::chrono::steady_clock::now();
        LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(data.data()), data.size());
        const long long ms
            = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
        if (ms > slowest) {
            slowest = ms;
            slowestName = f.string();
        }
    }
    std::printf("replayed %zu inputs; slowest %lld ms (%s)\n", files.size(), slowest, slowestName.c_str());
    if (slowest > limit) {
        std::fprintf(stderr, "%s took %lld ms, more than %lld ms\n", slowestName.c_str(), slowest, limit);
        return 1;
    }
    return 0;
}
