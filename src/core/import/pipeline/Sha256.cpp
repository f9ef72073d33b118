#include "Sha256.h"

#include <cstdio>
#include <fstream>
#include <vector>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <cpuid.h>
#include <immintrin.h>
#define SA_SHA_NI 1
#endif

namespace sa::import {

namespace {
constexpr std::array<std::uint32_t, 64> kK = { 0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1,
    0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7,
    0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85,
    0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
    0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c,
    0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
    0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2 };

constexpr std::uint32_t rotr(std::uint32_t x, int n)
{
    return (x >> n) | (x << (32 - n));
}

#ifdef SA_SHA_NI
bool cpuHasShaNi()
{
    unsigned a = 0, b = 0, c = 0, d = 0;
    if (!__get_cpuid(1, &a, &b, &c, &d) || !(c & bit_SSE4_1) || !(c & bit_SSSE3))
        return false;
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d))
        return false;
    return (b & (1u << 29)) != 0; // CPUID.7.0:EBX.SHA
}

// The x86 SHA extensions: four rounds per pair of sha256rnds2, the message schedule by
// sha256msg1/msg2. The state is kept as ABEF / CDGH, the layout the instructions expect.
__attribute__((target("sha,sse4.1,ssse3"))) void blocksShaNi(
    std::uint32_t* h, const unsigned char* p, std::size_t blocks)
{
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bLL, 0x0405060700010203LL);
    __m128i tmp = _mm_shuffle_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i*>(h)), 0xB1);
    __m128i state1 = _mm_shuffle_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i*>(h + 4)), 0x1B);
    __m128i state0 = _mm_alignr_epi8(tmp, state1, 8);
    state1 = _mm_blend_epi16(state1, tmp, 0xF0);
    for (; blocks > 0; --blocks, p += 64) {
        const __m128i abef = state0, cdgh = state1;
        __m128i w[4];
        for (int i = 0; i < 16; ++i) {
            __m128i& wi = w[i & 3];
            if (i < 4) {
                wi = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * i)), byteSwap);
            } else { // w[i-4] is the slot being replaced; w[i-3], w[i-2], w[i-1] follow it
                const __m128i& w1 = w[(i - 3) & 3];
                const __m128i& w2 = w[(i - 2) & 3];
                const __m128i& w3 = w[(i - 1) & 3];
                wi = _mm_sha256msg2_epu32(_mm_add_epi32(_mm_sha256msg1_epu32(wi, w1), _mm_alignr_epi8(w3, w2, 4)), w3);
            }
            __m128i msg = _mm_add_epi32(wi, _mm_loadu_si128(reinterpret_cast<const __m128i*>(kK.data() + 4 * i)));
            state1 = _mm_sha256rnds2_epu32(state1, state0, msg);
            msg = _mm_shuffle_epi32(msg, 0x0E);
            state0 = _mm_sha256rnds2_epu32(state0, state1, msg);
        }
        state0 = _mm_add_epi32(state0, abef);
        state1 = _mm_add_epi32(state1, cdgh);
    }
    tmp = _mm_shuffle_epi32(state0, 0x1B);
    state1 = _mm_shuffle_epi32(state1, 0xB1);
    state0 = _mm_blend_epi16(tmp, state1, 0xF0);
    state1 = _mm_alignr_epi8(state1, tmp, 8);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(h), state0);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(h + 4), state1);
}
#endif

std::atomic<bool>& hardwareWanted()
{
    static std::atomic<bool> wanted { true };
    return wanted;
}
} // namespace

bool Sha256::hardwareAvailable()
{
#ifdef SA_SHA_NI
    static const bool has = cpuHasShaNi();
    return has;
#else
    return false;
#endif
}

void Sha256::useHardware(bool on)
{
    hardwareWanted() = on;
}

Sha256::Sha256()
    : m_h { 0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19 }
    , m_hardware(hardwareWanted() && hardwareAvailable())
{
}

void Sha256::blocks(const unsigned char* p, std::size_t n)
{
#ifdef SA_SHA_NI
    if (m_hardware) {
        blocksShaNi(m_h.data(), p, n);
        return;
    }
#endif
    for (std::size_t i = 0; i < n; ++i)
        block(p + 64 * i);
}

void Sha256::block(const unsigned char* p)
{
    std::uint32_t w[64];
    for (int i = 0; i < 16; ++i)
        w[i] = (std::uint32_t(p[4 * i]) << 24) | (std::uint32_t(p[4 * i + 1]) << 16)
            | (std::uint32_t(p[4 * i + 2]) << 8) | std::uint32_t(p[4 * i + 3]);
    for (int i = 16; i < 64; ++i) {
        const std::uint32_t s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
        const std::uint32_t s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    std::uint32_t a = m_h[0], b = m_h[1], c = m_h[2], d = m_h[3], e = m_h[4], f = m_h[5], g = m_h[6], h = m_h[7];
    for (int i = 0; i < 64; ++i) {
        const std::uint32_t t1 = h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + kK[i] + w[i];
        const std::uint32_t t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
        h = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    m_h[0] += a;
    m_h[1] += b;
    m_h[2] += c;
    m_h[3] += d;
    m_h[4] += e;
    m_h[5] += f;
    m_h[6] += g;
    m_h[7] += h;
}

void Sha256::update(std::string_view bytes)
{
    m_total += bytes.size();
    auto p = reinterpret_cast<const unsigned char*>(bytes.data());
    std::size_t n = bytes.size();
    while (n > 0) {
        if (m_used == 0 && n >= 64) {
            const std::size_t whole = n / 64;
            blocks(p, whole);
            p += 64 * whole;
            n -= 64 * whole;
            continue;
        }
        const std::size_t take = std::min(n, 64 - m_used);
        std::copy(p, p + take, m_buf.begin() + static_cast<std::ptrdiff_t>(m_used));
        m_used += take;
        p += take;
        n -= take;
        if (m_used == 64) {
            blocks(m_buf.data(), 1);
            m_used = 0;
        }
    }
}

std::string Sha256::hexDigest()
{
    const std::uint64_t bits = m_total * 8;
    const unsigned char pad = 0x80;
    update(std::string_view(reinterpret_cast<const char*>(&pad), 1));
    const unsigned char zero = 0;
    while (m_used != 56)
        update(std::string_view(reinterpret_cast<const char*>(&zero), 1));
    unsigned char len[8];
    for (int i = 0; i < 8; ++i)
        len[i] = static_cast<unsigned char>(bits >> (56 - 8 * i));
    update(std::string_view(reinterpret_cast<const char*>(len), 8));
    std::string hex;
    char buf[9];
    for (std::uint32_t v : m_h) {
        std::snprintf(buf, sizeof buf, "%08x", v);
        hex += buf;
    }
    return hex;
}

std::string sha256Hex(std::string_view bytes)
{
    Sha256 s;
    s.update(bytes);
    return s.hexDigest();
}

Result<FileDigest> sha256File(const std::string& path, const std::atomic<bool>* stop)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return Error::rejected("cannot open the file", path);
    Sha256 s;
    FileDigest d;
    std::vector<char> buf(1 << 20);
    while (in) {
        if (stop && stop->load())
            return Error::internal("hashing stopped");
        in.read(buf.data(), static_cast<std::streamsize>(buf.size()));
        const auto got = in.gcount();
        if (got <= 0)
            break;
        s.update(std::string_view(buf.data(), static_cast<std::size_t>(got)));
        d.size += got;
    }
    if (in.bad())
        return Error::rejected("read error", path);
    d.sha256 = s.hexDigest();
    return d;
}

} // namespace sa::import
