#!/usr/bin/env python3
"""Writes app/core/ScopeCatalog.cpp from the scope enums of docs/schemas/apiTokenPost.json.

It also lists the scopes an application token may be given: the enum of Losant's
application-scoped create schema (docs/schemas/applicationApiTokenPost.json), less any scope
apiTokenPost does not know, since the application tokens POST is declared with apiTokenPost.

The schema lists the scopes a token may carry as one enum per family, nested in oneOf; a family
is recognised by its "all.<Family>" scope. The catalogue keeps the schema's order.

Each scope also gets a readable label made from its name, never typed by hand: the camelCase
resource is split into words ("instanceApiTokens" -> "Instance API tokens") and the action is
named ("get" on a plural resource -> "list", on a singular one -> "view", post -> "create",
patch -> "update", delete -> "delete", "*" -> "everything"; other actions are split into words).
The all.* and only.* umbrellas read "All of <family>" / "<family> only" with their variant.
Each resource group gets a one-line description listing what its scopes allow.

  scripts/generate-scope-catalog.py           rewrite the catalogue
  scripts/generate-scope-catalog.py --check   exit 1 (with a diff) if it is not up to date
"""
import argparse
import difflib
import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
SCHEMA = "docs/schemas/apiTokenPost.json"
APPLICATION_SCHEMA = "docs/schemas/applicationApiTokenPost.json"
OUTPUT = "app/core/ScopeCatalog.cpp"
# ScopeCatalog::Family, in the header's order.
FAMILIES = ["Instance", "Application", "Organization", "User"]


def scope_enums(node):
    """Every enum below the scope items, in document order."""
    if "enum" in node:
        yield node["enum"]
    for key in ("oneOf", "anyOf"):
        for child in node.get(key, []):
            yield from scope_enums(child)


def families(schema):
    """[(family, [scope, ...]), ...] in the schema's order."""
    found = []
    for enum in scope_enums(schema["properties"]["scope"]["items"]):
        names = [s[len("all."):] for s in enum if s.startswith("all.") and s.count(".") == 1]
        family = next((n for n in names if n in FAMILIES), None)
        if family is None:
            sys.exit("%s: a scope enum without an all.<Family> scope: %s..." % (SCHEMA, enum[:3]))
        if family in (f for f, _ in found):
            sys.exit("%s: two scope enums for the family %s" % (SCHEMA, family))
        found.append((family, enum))
    missing = [f for f in FAMILIES if f not in (g for g, _ in found)]
    if missing:
        sys.exit("%s: no scope enum for %s" % (SCHEMA, ", ".join(missing)))
    return found


# Words that are not spelled as their lower-case selves.
WORDS = {"api": "API", "cli": "CLI", "mqtt": "MQTT", "oauth": "OAuth", "org": "organization",
         "orgs": "organizations", "me": "your user", "github": "GitHub"}
ACTIONS = {"post": "create", "patch": "update", "delete": "delete", "*": "everything"}
# The variants of the umbrella scopes: all.Instance.read -> "All of Instance, read only".
VARIANTS = {"read": "read only", "bounded": "bounded", "cli": "CLI"}
UMBRELLAS = {"all": "Whole areas", "only": "Only the account itself"}
UMBRELLA_TEXT = {"all": "A whole area at once: everything, or everything read only.",
                 "only": "The account itself without what it contains."}


def words(camel):
    """'instanceApiTokens' -> ['instance', 'API', 'tokens']."""
    parts = re.findall(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])", camel)
    return [WORDS.get(p.lower(), p.lower()) for p in parts]


def sentence(camel):
    w = words(camel)
    return " ".join([w[0][:1].upper() + w[0][1:]] + w[1:]) if w else camel


def is_plural(resource, resources):
    """A plural resource is one whose singular is a resource too (devices/device)."""
    if not resource.endswith("s"):
        return False
    singulars = (resource[:-1], resource[:-2], resource[:-3] + "y")
    return any(s in resources for s in singulars)


def action_label(resource, action, resources):
    if action == "get":
        return "list" if is_plural(resource, resources) else "view"
    return ACTIONS.get(action) or " ".join(words(action))


def umbrella_label(scope):
    """'all.Instance.read' -> 'All of Instance, read only'; 'only.User' -> 'User only'."""
    kind, family, *variant = scope.split(".")
    text = "All of %s" % family if kind == "all" else "%s only" % family
    if variant:
        text += ", " + VARIANTS.get(variant[0], " ".join(words(variant[0])))
    return text


def labels(found):
    """({scope: label}, [(resource, label, description)]) in the schema's order."""
    resources = {s.split(".")[0] for _, scopes in found for s in scopes}
    scope_labels, actions = {}, {}
    for _, scopes in found:
        for scope in scopes:
            resource, _, action = scope.partition(".")
            if resource in UMBRELLAS:
                scope_labels[scope] = umbrella_label(scope)
                continue
            scope_labels[scope] = action_label(resource, action, resources)
            actions.setdefault(resource, []).append(scope_labels[scope])
    groups = []
    for resource in dict.fromkeys(s.split(".")[0] for _, scopes in found for s in scopes):
        if resource in UMBRELLAS:
            groups.append((resource, UMBRELLAS[resource], UMBRELLA_TEXT[resource]))
            continue
        label = sentence(resource)
        allowed = [a for a in actions[resource] if a != "everything"] or ["everything"]
        if len(allowed) > 6:  # one line: the first few, then how many more
            allowed = allowed[:5] + ["and %d more" % (len(allowed) - 5)]
        text = "Allows: %s." % ", ".join(allowed)
        groups.append((resource, label, text))
    return scope_labels, groups


def tr(text):
    return 'QT_TRANSLATE_NOOP("ScopeCatalog", "%s")' % text


def application_scopes(found, schema):
    """([scope, ...] an application token may be given, [scope, ...] left out), schema order."""
    known = {s for _, scopes in found for s in scopes}
    enum = schema["properties"]["scope"]["items"]["enum"]
    return [s for s in enum if s in known], [s for s in enum if s not in known]


def render(found, application):
    scope_labels, groups = labels(found)
    granted, left_out = application
    out = [
        "// Generated by scripts/generate-scope-catalog.py from %s" % SCHEMA,
        "// (its scope enums, one per family, in the schema's order). Do not edit by hand: change",
        "// the schema, then run the script; the scope_catalog_current test fails until then.",
        "// The script, not the formatter, decides this file's layout.",
        "// clang-format off",
        '#include "core/ScopeCatalog.h"',
        "",
        "#include <QCoreApplication>",
        "#include <QHash>",
        "",
        "namespace {",
        "// A scope and its label: the action for resource scopes, the whole label for umbrellas.",
        "struct Entry",
        "{",
        "    const char *scope;",
        "    const char *label;",
        "};",
        "",
        "struct Group",
        "{",
        "    const char *resource;",
        "    const char *label;",
        "    const char *description;",
        "};",
        "",
    ]
    for family, scopes in found:
        out.append("const Entry k%s[] = {" % family)
        out.extend('        {"%s", %s},' % (s, tr(scope_labels[s])) for s in scopes)
        out.append("};")
    out.append("// %s, less what %s does not know (%s)." % (
        APPLICATION_SCHEMA, SCHEMA, ", ".join(left_out) or "nothing"))
    out.append("const char *const kApplicationTokenScopes[] = {")
    out.extend('        "%s",' % s for s in granted)
    out.append("};")
    out.append("const Group kGroups[] = {")
    for resource, label, text in groups:
        out += ['        {"%s", %s,' % (resource, tr(label)), "         %s}," % tr(text)]
    out += [
        "};",
        "",
        "QString translated(const char *text)",
        "{",
        '    return QCoreApplication::translate("ScopeCatalog", text);',
        "}",
        "",
        "QStringList toList(const Entry *first, const Entry *last)",
        "{",
        "    QStringList l;",
        "    l.reserve(int(last - first));",
        "    for (; first != last; ++first)",
        "        l.append(QLatin1String(first->scope));",
        "    return l;",
        "}",
        "",
        "// Every scope's entry and every resource's group, looked up by name.",
        "const QHash<QString, const Entry *> &entries()",
        "{",
        "    static const QHash<QString, const Entry *> all = [] {",
        "        QHash<QString, const Entry *> h;",
        "        const auto add = [&h](const Entry *first, const Entry *last) {",
        "            for (; first != last; ++first)",
        "                h.insert(QLatin1String(first->scope), first);",
        "        };",
    ] + ["        add(std::begin(k%s), std::end(k%s));" % (f, f) for f in FAMILIES] + [
        "        return h;",
        "    }();",
        "    return all;",
        "}",
        "",
        "const Group *group(const QString &resource)",
        "{",
        "    static const QHash<QString, const Group *> all = [] {",
        "        QHash<QString, const Group *> h;",
        "        for (const Group &g : kGroups)",
        "            h.insert(QLatin1String(g.resource), &g);",
        "        return h;",
        "    }();",
        "    return all.value(resource);",
        "}",
        "} // namespace",
        "",
        "namespace ScopeCatalog {",
        "QStringList scopes(Family family)",
        "{",
        "    switch (family) {",
    ]
    for family in FAMILIES:
        out += [
            "    case Family::%s:" % family,
            "        return toList(std::begin(k%s), std::end(k%s));" % (family, family),
        ]
    out += [
        "    }",
        "    return {};",
        "}",
        "",
        "QStringList applicationTokenScopes()",
        "{",
        "    QStringList l;",
        "    for (const char *scope : kApplicationTokenScopes)",
        "        l.append(QLatin1String(scope));",
        "    return l;",
        "}",
        "",
        "const QSet<QString> &allScopes()",
        "{",
        "    static const QSet<QString> all = [] {",
        "        QSet<QString> s;",
        "        for (auto it = entries().cbegin(); it != entries().cend(); ++it)",
        "            s.insert(it.key());",
        "        return s;",
        "    }();",
        "    return all;",
        "}",
        "",
        "bool isKnownScope(const QString &scope)",
        "{",
        "    return entries().contains(scope);",
        "}",
        "",
        "QString resourceOf(const QString &scope)",
        "{",
        "    const qsizetype dot = scope.indexOf(QLatin1Char('.'));",
        "    return dot < 0 ? scope : scope.left(dot);",
        "}",
        "",
        "QString label(const QString &scope)",
        "{",
        "    const Entry *e = entries().value(scope);",
        "    if (!e)",
        "        return scope;",
        "    const QString resource = resourceOf(scope);",
        "    if (%s)" % " || ".join('resource == QLatin1String("%s")' % u for u in UMBRELLAS),
        "        return translated(e->label);",
        '    return QCoreApplication::translate("ScopeCatalog", "%1 · %2")',
        "            .arg(groupLabel(resource), translated(e->label));",
        "}",
        "",
        "QString groupLabel(const QString &resource)",
        "{",
        "    const Group *g = group(resource);",
        "    return g ? translated(g->label) : resource;",
        "}",
        "",
        "QString groupDescription(const QString &resource)",
        "{",
        "    const Group *g = group(resource);",
        "    return g ? translated(g->description) : QString();",
        "}",
        "} // namespace ScopeCatalog",
    ]
    return "\n".join(out) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="compare with the committed file instead of writing it")
    args = parser.parse_args()
    schema = json.loads((ROOT / SCHEMA).read_text(encoding="utf-8"))
    application = json.loads((ROOT / APPLICATION_SCHEMA).read_text(encoding="utf-8"))
    found = families(schema)
    text = render(found, application_scopes(found, application))
    target = ROOT / OUTPUT
    if not args.check:
        target.write_text(text, encoding="utf-8")
        return 0
    current = target.read_text(encoding="utf-8") if target.exists() else ""
    if current == text:
        return 0
    sys.stdout.writelines(difflib.unified_diff(
        current.splitlines(True), text.splitlines(True), OUTPUT, "generated from " + SCHEMA))
    print("%s is out of date: run scripts/generate-scope-catalog.py" % OUTPUT)
    return 1


if __name__ == "__main__":
    sys.exit(main())
