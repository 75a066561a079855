#pragma once

#include "ui/StatePalette.h"

#include <QVariant>

#include <optional>

class FindingsIndex;
struct ApiToken;
enum class FindingSeverity;

// The Findings column of the token table: the worst severity in words and how many findings,
// a tooltip with every reason, and the severity's colour.
namespace FindingsCell {
// The roles data() answers: for the others no token needs to be built.
bool answers(int role);
QVariant data(const FindingsIndex &findings, const ApiToken &token, int role);
// The colour a finding of `severity` is marked in, in the table and the details pane; none for
// a low one.
std::optional<StatePalette::State> stateOf(FindingSeverity severity);
} // namespace FindingsCell
