#pragma once
// Helpers for the GUI tests: isolated settings, sample projects, waiting for background work.
#include "store/Project.h"

#include <QString>
#include <functional>

namespace sa::apptest {

/// Points QSettings at a fresh temporary folder so tests never touch the user's settings.
void isolateSettings();
/// Creates a project at `path` (company "Test Co") and fills it with tests/app/data/sample_audit.sql.
/// Returns an empty string on success, else the error.
QString makeSampleProject(const QString& path);
/// Creates the demo audit at `path` as of 2025-07-01 10:00 (the GUI tests' clock), with `deals` deals
/// (the demo's default when 0). Returns an empty string on success, else the error.
QString makeDemoProject(const QString& path, int deals = 0);
/// Runs `sql` on the project file (a separate connection); empty string on success.
QString execOnFile(const QString& path, const std::string& sql);
/// Processes events until `done()` or the timeout; returns done().
bool waitFor(const std::function<bool()>& done, int timeoutMs = 10000);
/// Processes events until no background work of the app runs (both pools idle): a test that
/// writes the file through its own connection must not meet a reader's lock.
bool waitForBackgroundWork(int timeoutMs = 30000);

} // namespace sa::apptest
