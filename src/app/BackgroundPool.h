#pragma once
// The app's own thread pool for long background work (import, scoring, table queries, the demo).
// Qt 6.4 splits image conversions and scaling done while painting on the GUI thread into segments
// run on QThreadPool::globalInstance() and waits for them: with long jobs occupying the global
// pool, painting waited until a job ended (measured: a 22 s GUI stall after a 1M-deal import, while
// the rescore ran). Long work therefore never runs on the global pool.
class QThreadPool;

namespace sa::app {

/// Created on first use, owned by the application object (its destructor waits for running jobs).
QThreadPool* backgroundPool();

} // namespace sa::app
