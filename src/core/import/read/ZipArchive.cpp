#include "import/read/ZipArchive.h"

#include <zip.h>

namespace sa::import::read {

namespace {

std::string human(long long bytes)
{
    if (bytes >= (1LL << 30) && bytes % (1LL << 30) == 0)
        return std::to_string(bytes >> 30) + " GiB";
    if (bytes >= (1LL << 20) && bytes % (1LL << 20) == 0)
        return std::to_string(bytes >> 20) + " MiB";
    return std::to_string(bytes) + " bytes";
}

bool unsafeName(const std::string& name)
{
    if (name.empty() || name[0] == '/' || name[0] == '\\' || (name.size() > 1 && name[1] == ':'))
        return true;
    std::size_t start = 0;
    while (start <= name.size()) {
        std::size_t end = name.find_first_of("/\\", start);
        if (end == std::string::npos)
            end = name.size();
        if (name.compare(start, end - start, "..") == 0 && end - start == 2)
            return true;
        start = end + 1;
    }
    return false;
}

Error bomb(const std::string& path, const std::string& what)
{
    return Error::rejected(what + " — refusing a possible zip bomb", path);
}

} // namespace

ZipArchive::~ZipArchive()
{
    if (m_zip)
        zip_discard(m_zip);
}

Result<std::unique_ptr<ZipArchive>> ZipArchive::open(const std::string& path, const ReadLimits& limits)
{
    std::unique_ptr<ZipArchive> a(new ZipArchive);
    a->m_path = path;
    a->m_limits = limits;
    int err = 0;
    a->m_zip = zip_open(path.c_str(), ZIP_RDONLY, &err);
    if (!a->m_zip) {
        zip_error_t ze;
        zip_error_init_with_code(&ze, err);
        std::string msg
            = std::string("not a readable zip archive (") + zip_error_strerror(&ze) + "): the .xlsx is damaged";
        zip_error_fini(&ze);
        return Error::rejected(msg, path);
    }
    const zip_int64_t n = zip_get_num_entries(a->m_zip, 0);
    if (n > limits.maxZipEntries)
        return bomb(path,
            "the archive has " + std::to_string(n) + " entries, more than " + std::to_string(limits.maxZipEntries));
    long long total = 0;
    for (zip_int64_t i = 0; i < n; ++i)
        if (auto st = a->vet(i, total); !st)
            return st.error();
    return a;
}

Status ZipArchive::vet(long long index, long long& total)
{
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(m_zip, static_cast<zip_uint64_t>(index), 0, &st) != 0 || !(st.valid & ZIP_STAT_NAME))
        return Error::rejected("the archive's entry " + std::to_string(index) + " cannot be read", m_path);
    const std::string name = st.name;
    if (unsafeName(name))
        return Error::rejected(
            "the archive's entry name '" + name + "' points outside the archive (absolute path or '..') — refusing",
            m_path);
    if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
        return Error::rejected("the archive's " + name
                + " is encrypted (a password-protected workbook): remove the password in Excel, "
                  "save, and import again",
            m_path);
    const auto size = static_cast<long long>(st.size);
    const auto comp = static_cast<long long>(st.comp_size);
    if (size > 0 && (comp <= 0 || size / comp > m_limits.maxCompressionRatio))
        return bomb(m_path,
            "the archive's " + name + " would inflate to " + std::to_string(size) + " bytes from "
                + std::to_string(comp) + " (more than " + std::to_string(m_limits.maxCompressionRatio) + ":1)");
    total += size;
    if (total > m_limits.maxInflatedBytes)
        return bomb(m_path,
            "the archive's " + name + " would inflate the workbook to more than " + human(m_limits.maxInflatedBytes));
    m_entries[name] = Entry { index, size, comp };
    return {};
}

Result<std::unique_ptr<ZipEntryStream>> ZipArchive::openEntry(const std::string& name)
{
    const auto it = m_entries.find(name);
    if (it == m_entries.end())
        return Error::rejected("the workbook has no " + name + ": not a valid .xlsx", m_path);
    zip_file* f = zip_fopen_index(m_zip, static_cast<zip_uint64_t>(it->second.index), 0);
    if (!f)
        return Error::rejected(std::string("cannot read the archive's ") + name + ": " + zip_strerror(m_zip), m_path);
    const long long cap = std::min(it->second.size, it->second.compressed * m_limits.maxCompressionRatio);
    return std::make_unique<ZipEntryStream>(f, m_path, name, it->second.size, cap);
}

ZipEntryStream::ZipEntryStream(zip_file* f, std::string archive, std::string name, long long size, long long maxBytes)
    : m_file(f)
    , m_archive(std::move(archive))
    , m_name(std::move(name))
    , m_size(size)
    , m_maxBytes(maxBytes)
{
}

ZipEntryStream::~ZipEntryStream()
{
    zip_fclose(m_file);
}

Result<std::size_t> ZipEntryStream::read(char* buf, std::size_t n)
{
    const zip_int64_t got = zip_fread(m_file, buf, n);
    if (got < 0)
        return Error::rejected("the archive's " + m_name + " is damaged: " + zip_file_strerror(m_file), m_archive);
    m_read += got;
    if (m_read > m_maxBytes) // the directory lied about the size: stop while inflating
        return bomb(m_archive,
            "the archive's " + m_name + " inflates beyond its declared " + std::to_string(m_maxBytes) + " bytes");
    return static_cast<std::size_t>(got);
}

} // namespace sa::import::read
