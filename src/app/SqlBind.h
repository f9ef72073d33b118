#pragma once
// QVariant <-> SQLite values for the app's models and commands.
#include "store/Sqlite.h"

#include <QVariant>

namespace sa::app {

/// Binds a QVariant: null → NULL, integer/bool → INTEGER, double → REAL, otherwise TEXT (UTF-8).
void bindVariant(store::Statement& st, int index, const QVariant& v);
/// Reads column `col` of the current row as a QVariant of the stored type (NULL → null QVariant).
QVariant columnVariant(const store::Statement& st, int col);

} // namespace sa::app
