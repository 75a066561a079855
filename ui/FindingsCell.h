#pragma once

#include <QVariant>

class FindingsIndex;
struct ApiToken;

// The Findings column of the token table: the worst severity in words and how many findings,
// a tooltip with every reason, and the severity's colour.
namespace FindingsCell {
QVariant data(const FindingsIndex &findings, const ApiToken &token, int role);
} // namespace FindingsCell
