#include "api/PageWorker.h"

#include <QThreadPool>

namespace {
// One thread: pages are parsed one after the other anyway, and one arena of memory is enough.
struct SingleThreadPool : QThreadPool
{
    SingleThreadPool() { setMaxThreadCount(1); }
};
Q_GLOBAL_STATIC(SingleThreadPool, thePool)
} // namespace

QThreadPool *PageWorker::pool()
{
    return thePool();
}
