#pragma once

#include "core/ApiToken.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

// How much a finding matters; the numbers order them (higher is worse).
enum class FindingSeverity { Low = 1, Medium = 2, High = 3 };
// What the app suggests doing about a finding (docs/findings.md).
enum class FindingAction { None, Edit, Deactivate, Delete, Rotate };

// One rule's judgement of one token: why it deserves a look and what to do about it.
struct TokenFinding
{
    QString ruleId; // stable, e.g. "never-expires-broad-scope": the command line and JSON use it
    FindingSeverity severity = FindingSeverity::Low;
    QString tokenId;
    QString tokenName;
    QString reason; // one sentence, translated, plain text
    FindingAction action = FindingAction::None;
};

// The hygiene rules over a collection's tokens (docs/findings.md lists each one).
namespace TokenFindings {
// Every rule over `tokens`, token by token in the list's order; the rules over the set
// (duplicate names) compare each token with the whole list.
QList<TokenFinding> evaluate(const QList<ApiToken> &tokens, const QDateTime &now);
// The findings of one token; `activeNamesake` is how many active tokens of its set bear its
// name, itself included (the duplicate-name rule's evidence).
QList<TokenFinding> evaluateToken(const ApiToken &token, int activeNamesakes, const QDateTime &now);
// How many findings of each severity (low, medium, high) the token has, without their reasons.
std::array<int, 3> severityCounts(const ApiToken &token, int activeNamesakes, const QDateTime &now);
// The rule IDs, in the order of docs/findings.md.
QStringList ruleIds();

QString severityKey(FindingSeverity severity); // "high" / "medium" / "low"
std::optional<FindingSeverity> severityFromKey(const QString &key);
QString severityName(FindingSeverity severity); // translated
QString actionKey(FindingAction action); // "none", "edit", "deactivate", "delete", "rotate"
QString actionName(FindingAction action); // translated, as a button says it
// The worst severity among `findings`; nothing when there are none.
std::optional<FindingSeverity> worst(const QList<TokenFinding> &findings);

// The scope tests the rules use (the policy and the documentation name them too).
bool isBroadScope(const QString &scope); // all.Instance, all.User.bounded, …
// A scope of `scope` lets the token create tokens of any kind or instance members.
bool canMintTokensOrMembers(const QStringList &scope);
} // namespace TokenFindings
