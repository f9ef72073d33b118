#pragma once
// Program start-up shared by the GUI and its screenshot mode.
class QApplication;

namespace sa::app {

/// Names the application, loads the UI language, parses the command line
/// (`[PROJECT]` or `--screenshot DIR --project FILE`) and runs the event loop.
int run(QApplication& app);
/// Registers the icon resources of this static library (idempotent).
void initResources();
/// Sets organisation/application names (QSettings location) and the language from Settings.
void initialise(QApplication& app);

} // namespace sa::app
