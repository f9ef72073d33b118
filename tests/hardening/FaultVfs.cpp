#include "FaultVfs.h"

#include <cstring>
#include <sqlite3.h>

namespace sa::test {

namespace {

struct State {
    FaultVfs::Fault fault = FaultVfs::Fault::WriteIoError;
    int target = 0;
    int calls = 0;
    bool fired = false;
    sqlite3_vfs* base = nullptr;
    sqlite3_vfs vfs {};
    sqlite3_io_methods methods {};
};
State g; // one FaultVfs at a time (tests are single-threaded)

// Our file object: the base file's object follows this header in the same allocation.
struct File {
    sqlite3_file header;
    sqlite3_file* real() { return reinterpret_cast<sqlite3_file*>(this + 1); }
};

bool shouldFail(bool isWrite)
{
    const bool matches = isWrite == (g.fault != FaultVfs::Fault::SyncIoError);
    if (!matches)
        return false;
    if (++g.calls == g.target) {
        g.fired = true;
        return true;
    }
    return false;
}

int xClose(sqlite3_file* f)
{
    auto* file = reinterpret_cast<File*>(f);
    return file->real()->pMethods ? file->real()->pMethods->xClose(file->real()) : SQLITE_OK;
}
int xRead(sqlite3_file* f, void* buf, int n, sqlite3_int64 off)
{
    auto* r = reinterpret_cast<File*>(f)->real();
    return r->pMethods->xRead(r, buf, n, off);
}
int xWrite(sqlite3_file* f, const void* buf, int n, sqlite3_int64 off)
{
    if (shouldFail(true))
        return g.fault == FaultVfs::Fault::WriteDiskFull ? SQLITE_FULL : SQLITE_IOERR_WRITE;
    auto* r = reinterpret_cast<File*>(f)->real();
    return r->pMethods->xWrite(r, buf, n, off);
}
int xTruncate(sqlite3_file* f, sqlite3_int64 size)
{
    auto* r = reinterpret_cast<File*>(f)->real();
    return r->pMethods->xTruncate(r, size);
}
int xSync(sqlite3_file* f, int flags)
{
    if (shouldFail(false))
        return SQLITE_IOERR_FSYNC;
    auto* r = reinterpret_cast<File*>(f)->real();
    return r->pMethods->xSync(r, flags);
}
int xFileSize(sqlite3_file* f, sqlite3_int64* size)
{
    auto* r = reinterpret_cast<File*>(f)->real();
    return r->pMethods->xFileSize(r, size);
}
int xLock(sqlite3_file* f, int l)
{
    auto* r = reinterpret_cast<File*>(f)->real();
    return r->pMethods->xLock(r, l);
}
int xUnlock(sqlite3_file* f, int l)
{
    auto* r = reinterpret_cast<File*>(f)->real();
    return r->pMethods->xUnlock(r, l);
}
int xCheckReservedLock(sqlite3_file* f, int* out)
{
    auto* r = reinterpret_cast<File*>(f)->real();
    return r->pMethods->xCheckReservedLock(r, out);
}
int xFileControl(sqlite3_file* f, int op, void* arg)
{
    auto* r = reinterpret_cast<File*>(f)->real();
    return r->pMethods->xFileControl(r, op, arg);
}
int xSectorSize(sqlite3_file* f)
{
    auto* r = reinterpret_cast<File*>(f)->real();
    return r->pMethods->xSectorSize(r);
}
int xDeviceCharacteristics(sqlite3_file* f)
{
    auto* r = reinterpret_cast<File*>(f)->real();
    return r->pMethods->xDeviceCharacteristics(r);
}

int xOpen(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* f, int flags, int* outFlags)
{
    auto* file = reinterpret_cast<File*>(f);
    std::memset(file->real(), 0, static_cast<std::size_t>(g.base->szOsFile));
    const int rc = g.base->xOpen(g.base, name, file->real(), flags, outFlags);
    file->header.pMethods = rc == SQLITE_OK && file->real()->pMethods ? &g.methods : nullptr;
    return rc;
}

} // namespace

FaultVfs::FaultVfs(Fault fault, int n)
{
    g = State {};
    g.fault = fault;
    g.target = n;
    g.base = sqlite3_vfs_find(nullptr);
    g.vfs = *g.base;
    g.vfs.zName = "salesaudit-fault";
    g.vfs.szOsFile = static_cast<int>(sizeof(File)) + g.base->szOsFile;
    g.vfs.xOpen = xOpen;
    g.vfs.pNext = nullptr;
    g.methods.iVersion = 1;
    g.methods.xClose = xClose;
    g.methods.xRead = xRead;
    g.methods.xWrite = xWrite;
    g.methods.xTruncate = xTruncate;
    g.methods.xSync = xSync;
    g.methods.xFileSize = xFileSize;
    g.methods.xLock = xLock;
    g.methods.xUnlock = xUnlock;
    g.methods.xCheckReservedLock = xCheckReservedLock;
    g.methods.xFileControl = xFileControl;
    g.methods.xSectorSize = xSectorSize;
    g.methods.xDeviceCharacteristics = xDeviceCharacteristics;
    sqlite3_vfs_register(&g.vfs, 1);
}

FaultVfs::~FaultVfs()
{
    sqlite3_vfs_unregister(&g.vfs);
    sqlite3_vfs_register(g.base, 1);
}

bool FaultVfs::fired() const
{
    return g.fired;
}
int FaultVfs::calls() const
{
    return g.calls;
}

} // namespace sa::test
