#pragma once

#include <QLatin1String>

// Every QSettings key of the windows, defined once (the connection profiles keep theirs in
// connections/ProfileStore.cpp, the only code that reads them).
namespace SettingsKeys {
constexpr QLatin1String kWindowGeometry{"mainWindow/geometry"};
constexpr QLatin1String kWindowState{"mainWindow/state"};
constexpr QLatin1String kWindowSplitter{"mainWindow/splitter"};
constexpr QLatin1String kTableHeader{"tokenTable/header"};
constexpr QLatin1String kTablePerPage{"tokenTable/perPage"};
// View ▸ Theme: "system", "light" or "dark".
constexpr QLatin1String kTheme{"view/theme"};
// The folder of the last export that was written; the next export proposes it.
constexpr QLatin1String kExportFolder{"export/lastFolder"};
// Seconds a copied secret may stay on the clipboard.
constexpr QLatin1String kClipboardClearSeconds{"secrets/clipboardClearSeconds"};
// Guided rotations left before their last step (ui/PendingRotations): IDs, names, step and
// grace deadline per rotation, never a secret.
constexpr QLatin1String kPendingRotations{"rotations/pending"};
// The team's token policy (core/TokenPolicy), as its JSON file holds it.
constexpr QLatin1String kTokenPolicy{"policy/tokenPolicy"};
// Whether a small collection (up to FindingsController::kAutoScanLimit tokens) is scanned for
// findings as soon as it opens.
constexpr QLatin1String kFindingsAutoScan{"findings/autoScan"};
} // namespace SettingsKeys
