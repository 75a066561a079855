#pragma once

// Ctrl+C / SIGTERM end the event loop cleanly (the handler only writes to a pipe).
void quitOnTerminationSignals();
