#pragma once
// Atomic file output shared by the exports: bytes via QSaveFile, or a temp path in the target's
// folder that a library fills and that is renamed over the target only on success.
#include "common/Result.h"

#include <QByteArray>
#include <QString>
#include <functional>

namespace sa::report {

/// Writes `bytes` to `path` through a temp file + rename.
Status writeFileAtomically(const QString& path, const QByteArray& bytes);

/// Calls `fill(tempPath)` with a fresh temp path next to `path`; renames it over `path` when fill
/// succeeds, removes it otherwise.
Status writeViaTempPath(const QString& path, const std::function<Status(const QString&)>& fill);

} // namespace sa::report
