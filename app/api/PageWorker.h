#pragma once

class QThreadPool;

// The one thread that parses (and frees) large list pages away from the GUI thread. Its own
// pool, not Qt's global one: Qt's raster painting waits on the global pool, so a page parsed
// there could hold up a paint.
namespace PageWorker {
QThreadPool *pool();
} // namespace PageWorker
