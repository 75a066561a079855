<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccessSummary</name>
    <message>
        <source>The access token may list tokens here; whether it may create them shows when you try.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token may not list tokens here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token may list and create tokens here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token may list tokens here, not create them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token may create tokens here, not list them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token may neither list nor create tokens here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token may do nothing with the tokens here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Token activity — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This access token may not read the instance audit log (it needs instanceAuditLogs.get or all.Instance.read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recorded token activity matches. Losant&apos;s audit log records changes, not reads, keeps a year, and may be turned off for an instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2 entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityFilters</name>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an actor seen in the log, or type a name and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded (2xx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed (4xx–5xx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acti&amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiCall</name>
    <message>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is larger than allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent an HTML page instead of an error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent no error message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server gave no reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token was refused (401): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token lacks the permission for this (403): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found (404): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many requests; the server asks to wait %n second(s) (429): %1</source>
        <translation>
            <numerusform>Too many requests; the server asks to wait %n second (429): %1</numerusform>
            <numerusform>Too many requests; the server asks to wait %n seconds (429): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests; the server asks to wait (429): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had a problem (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection broke off in the middle of the answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection closed before the server answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer was not what was expected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The server said (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiReplyParser</name>
    <message>
        <source>an HTML page instead of JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JSON value that is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token field &apos;%1&apos; is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a token without an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token field &apos;%1&apos; is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token field &apos;scope&apos; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token field &apos;orgRoles&apos; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;items&apos; is missing or not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;totalCount&apos; is missing or not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item of &apos;items&apos; is not an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiTokenSchema</name>
    <message>
        <source>The field “%1” is not allowed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name must be at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description must be at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiration date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiration date must be a date and time with a time zone, such as 2030-01-31T12:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may have at most %2 entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each entry of %1 must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource ID is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource ID must be 24 hexadecimal characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization roles must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 organization roles are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each organization role must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization ID is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization ID must be 24 hexadecimal characters or “sandbox”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each scope must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a known scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scope “%1” is listed more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application tokens have no “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be given to a token of this kind.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <source>Open the built-in demo instance (no account needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the local Losant-compatible instance without a window and print its URL, instance ID and an admin access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port for --serve (default: any free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PNG of the window once the first page is shown, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many tokens the demo instance holds (default 250, up to 1000000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the saved connection profile &lt;name&gt; (its access token comes from the system keychain, or from --token-file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID of the instance to open with --url (24 hexadecimal characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the access token from &lt;path&gt; instead of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>route=fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print when the first page is shown, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--profile and --url cannot be used together: a profile holds its own URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo and %1 cannot be used together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--serve and %1 cannot be used together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port needs a number from 0 to 65535, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port only goes with --serve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tokens needs a number from 0 to 1000000, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tokens only goes with the demo instance or --serve, not with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fault: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fault only goes with --serve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--instance needs an instance ID of 24 hexadecimal characters, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--url &quot;%1&quot; is not a valid URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--url &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--profile needs the name of a saved connection profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no connection profile &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the token file &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token file &quot;%1&quot; is larger than %2 KiB, too large for a token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token file &quot;%1&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token file &quot;%1&quot; holds more than one token (spaces or several lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds more than one token (spaces or several lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse, create and tidy the API tokens of a Losant instance.
With --url and --instance, --application or --my-tokens, the access token
comes from --token-file or the %1 environment variable; it is never printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the Losant API at &lt;url&gt; (https; http only for this computer). Needs --instance, --application or --my-tokens, and an access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID of the application whose tokens to open with --url (24 hexadecimal characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open your own API tokens (/me/tokens) with --url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 cannot be used together: choose one collection of tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--profile and %1 cannot be used together: a profile holds its own collection of tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--application needs an application ID of 24 hexadecimal characters, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--url &quot;%1&quot; needs --instance too (the instance&apos;s 24-character ID), or --application &lt;id&gt;, or --my-tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs --url too (such as https://api.losant.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--token-file &quot;%1&quot; only goes with --url (and --instance, --application or --my-tokens), or with --profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--url and %1 need an access token: set %2 or give --token-file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --serve: misbehave on one route, e.g. list=429:5, list=html, list=shape:items, list=truncate, list=huge, create=drop, get=500, audit-list=403, audit-get=delay:2000. Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screenshot-of needs one of %1, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screenshot-of only goes with --screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developer option: which view --screenshot saves: main (the default), create, roles, created or connections.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppSession</name>
    <message>
        <source>No keychain is available (%1): access tokens you enter are kept for this session only and never written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo instance (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;Connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access token is stored for “%1”. Enter it to open the instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token of “%1” could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo application “%1” (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo: my tokens (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the demo: made-up tokens on this computer, nothing leaves it. Add a connection to manage the tokens of a real Losant instance or application, or your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the demo on this computer. Switch to a real connection in the “Tokens of” list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Losant no longer accepts this access token. Enter another access token to manage these tokens again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditEntryText</name>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renamed from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renamed to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status set to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description set to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roles changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created as %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — failed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n year ago</numerusform>
            <numerusform>%n years ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token ID %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditReplyParser</name>
    <message>
        <source>the audit log field &apos;%1&apos; is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit log field &apos;%1&apos; is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit log field &apos;%1&apos; is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit log field &apos;%1&apos; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an audit log entry without an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item of &apos;items&apos; is not an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkActionRunner</name>
    <message>
        <source>Activating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> tokens…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activated %1 of %2 tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated %1 of %2 tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1 of %2 tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failed:
</source>
        <translation>
            <numerusform>%n failed:
</numerusform>
            <numerusform>%n failed:
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n token(s) not touched.</source>
        <translation>
            <numerusform>Stopped: %n token not touched.</numerusform>
            <numerusform>Stopped: %n tokens not touched.</numerusform>
        </translation>
    </message>
    <message>
        <source>Losant Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3 of %4)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallRefusal</name>
    <message>
        <source>Losant does not let an access token issued by OAuth (a sign-in) create, change or delete your API tokens. Connect with an API token that has one of the scopes %1 instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeCommand</name>
    <message>
        <source>Activate tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate tokens (asks first when there are several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete tokens for good (asks first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID... [--yes] CONNECTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token IDs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go ahead without asking (needed when standard input is not a terminal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least one token ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n token(s) for good from %1?</source>
        <translation>
            <numerusform>Delete %n token for good from %1?</numerusform>
            <numerusform>Delete %n tokens for good from %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n token(s) in %1?</source>
        <translation>
            <numerusform>Deactivate %n token in %1?</numerusform>
            <numerusform>Deactivate %n tokens in %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 This includes %2, the access token this command uses (it goes last).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliConnection</name>
    <message>
        <source>there is no connection profile &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the access token of profile &quot;%1&quot; from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; has no access token saved in the keychain: give --token-file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliOutput</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCOPES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>losant-tokens help: no subcommand &quot;%1&quot; (one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: losant-tokens SUBCOMMAND [options]
       losant-tokens [--profile NAME | --url URL ...]   (the window)

Subcommands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list, or one subcommand&apos;s options (help SUBCOMMAND).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each takes --profile NAME, or --url URL with --instance ID, --application ID or --my-tokens (the access token from %1 or --token-file). &quot;losant-tokens SUBCOMMAND --help&quot; shows its options and an example.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and &amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-premises instances have their own API URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 hexadecimal characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An access token allowed to list and manage API tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acc&amp;ess token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for instances that need the losantdomain header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>losant&amp;domain header:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a profile named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance ID has 24 hexadecimal characters (%1 so far).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An instance ID has 24 hexadecimal characters; this has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available: the token is kept for this session only and never written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in a settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was saved, but its access token was not: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. No keychain is available, so the access token is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the profile “%1” and its stored access token?
The tokens on the server are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was removed, but its access token could not be removed from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ID needed for your own tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance I&amp;D:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application I&amp;D:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application&apos;s ID, as in its URL in the Losant portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance&apos;s ID, as in its URL in the Losant portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application ID has 24 hexadecimal characters (%1 so far).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An application ID has 24 hexadecimal characters; this has %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>An access token is needed to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token contains spaces or other characters a token cannot have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Losant domain contains spaces or other characters a domain cannot have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected: this instance has %n API token(s).</source>
        <translation>
            <numerusform>Connected: this instance has %n API token.</numerusform>
            <numerusform>Connected: this instance has %n API tokens.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 The server says: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No instance with this ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 did not answer within %n second.</numerusform>
            <numerusform>%1 did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>No application with this ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server does not serve your own tokens (/me/tokens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected: this application has %n API token(s).</source>
        <translation>
            <numerusform>Connected: this application has %n API token.</numerusform>
            <numerusform>Connected: this application has %n API tokens.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected: you have %n API token(s) of your own.</source>
        <translation>
            <numerusform>Connected: you have %n API token of your own.</numerusform>
            <numerusform>Connected: you have %n API tokens of your own.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 It lacks a scope that can list tokens (%2, …).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyFeedback</name>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateCommand</name>
    <message>
        <source>Create a token. Its secret goes to standard output alone (or to --secret-file); the rest to standard error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(--name TEXT [--description TEXT] [--expires WHEN] [--status active|inactive] [--scope SCOPE... | --read-only | --all-scopes] [--default-role ROLE] [--org-role JSON]... | --from-json FILE|-) [--secret-file PATH] [--format text|json] CONNECTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the secret to &lt;path&gt;, a new file only you may read (an existing file is never overwritten), instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text (the secret alone on standard output) or json (the server&apos;s token object, its secret included, on standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format needs text or json, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--secret-file needs a path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the secret follows on standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created &quot;%1&quot; (ID %2) in %3, %4, expires %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token named &quot;%1&quot; exists (ID %2, created %3): the create most likely went through and its secret was lost with the answer. Delete it and create it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token is named &quot;%1&quot;: the create did not go through, and sending it again is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost, so the token &quot;%1&quot; may exist without its secret. Look for it (losant-tokens list --filter NAME) before creating it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateTokenDialog</name>
    <message>
        <source>New API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token is written as $LOSANT_ACCESS_TOKEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a token like “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking whether the token exists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create is unavailable: %1</source>
        <translation type="unfinished">Create is unavailable: %1</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more problem(s))</source>
        <translation>
            <numerusform> (and %n more problem)</numerusform>
            <numerusform> (and %n more problems)</numerusform>
        </translation>
    </message>
    <message>
        <source>The answer was lost (%1), so the token “%2” may have been created. Checking the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was not created. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token “%1” was created (%2), but its secret was lost with the answer and cannot be shown again. Delete or deactivate it in the list, and create a new one if you need the secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token named “%1” exists: the create did not go through. You can create it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token may have been created, and checking failed too (%1). Look in the refreshed list before creating it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the token a name and choose what it may do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the token a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what the token may do: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create is unavailable: the token breaks the policy; tick “Create anyway” to create it all the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateTokenForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s role in every organization not listed under Organization roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiration must be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what the token may do: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryPicker</name>
    <message>
        <source>%1 (…%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryReplyParser</name>
    <message>
        <source>an item of &apos;items&apos; has no valid &apos;id&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item of &apos;items&apos; has no &apos;name&apos; text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditTokenDialog</name>
    <message>
        <source>Edit token “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiration and scopes cannot be changed once a token exists; create a similar token instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” → “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Org roles changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no visible field changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token changed elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was changed on the server after you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on the server:
%1

Saving sends only the fields you changed; the others keep the server&apos;s values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpirationPicker</name>
    <message>
        <source>30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token that never expires works until deleted, even if it leaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiration date and time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpiryCalendar</name>
    <message>
        <source>Losant token expirations — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token “%1” expires (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token ID: %1
Collection: %2
Rotate it before it expires; requests using it fail afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpiryCalendarDialog</name>
    <message>
        <source>Export expiry calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An iCalendar file with one event per token that is still to expire, at its expiration, with a reminder 7 days before. It holds names, IDs and dates: no secret and no access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpiryNotice</name>
    <message numerus="yes">
        <source>Active, expiring within %n day(s)</source>
        <translation>
            <numerusform>Active, expiring within %n day</numerusform>
            <numerusform>Active, expiring within %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n active token(s) expire within 7 days.</source>
        <translation>
            <numerusform>At least %n active token expire within 7 days.</numerusform>
            <numerusform>At least %n active tokens expire within 7 days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active token(s) expire within 7 days.</source>
        <translation>
            <numerusform>%n active token expire within 7 days.</numerusform>
            <numerusform>%n active tokens expire within 7 days.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to list them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpiryRadarChart</name>
    <message>
        <source>Tokens expiring per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Already expired: %n token(s)</source>
        <translation>
            <numerusform>Already expired: %n token</numerusform>
            <numerusform>Already expired: %n tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2: %n token(s)</source>
        <translation>
            <numerusform>%1 – %2: %n token</numerusform>
            <numerusform>%1 – %2: %n tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpiryRadarDialog</name>
    <message>
        <source>Expiry radar — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens expiring per week over the next 12 months. Choose a bar (click, or arrow keys and Enter) to list its tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 expire within 12 months, %2 already expired, %3 never expire (of %n token(s)).</source>
        <translation>
            <numerusform>%1 expire within 12 months, %2 already expired, %3 never expire (of %n token).</numerusform>
            <numerusform>%1 expire within 12 months, %2 already expired, %3 never expire (of %n tokens).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExpiryViews</name>
    <message>
        <source>How many tokens expire in each week of the next 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export expiry &amp;calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save an iCalendar file with an event at each token&apos;s expiration</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n expiration(s) to %1</source>
        <translation>
            <numerusform>Wrote %n expiration to %1</numerusform>
            <numerusform>Wrote %n expirations to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Expiry ra&amp;dar…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Write every token&apos;s metadata (never a secret) to a CSV or JSON file, as the window&apos;s Export does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format json|csv --output FILE [--filter GLOB] [--status active|inactive] [--sort FIELD[:desc]] CONNECTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write, whole or not at all; - for standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format needs csv or json, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output needs the file to write (or - for standard output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) written to %1</source>
        <translation>
            <numerusform>%n token written to %1</numerusform>
            <numerusform>%n tokens written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loaded rows (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected rows (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every token of the current query (%1, fetched from the server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (scripts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only metadata is exported: a token&apos;s secret is never stored or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching tokens…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetched %1 of %2 tokens…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the tokens failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another one; no folder is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FetchProgress</name>
    <message>
        <source>&amp;Cancel loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading every token: %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) loaded.</source>
        <translation>
            <numerusform>%n token loaded.</numerusform>
            <numerusform>%n tokens loaded.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not every token could be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading every token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading canceled: nothing is counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server asks to slow down (429): loading goes on in %n s.</source>
        <translation>
            <numerusform>The server asks to slow down (429): loading goes on in %n s.</numerusform>
            <numerusform>The server asks to slow down (429): loading goes on in %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server filters by one field at a time: name or status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name — a word matches anywhere, * and ? are wildcards (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the expired tokens among the listed rows (the remaining pages are loaded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring within &amp;30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the tokens expiring within 30 days among the listed rows (the remaining pages are loaded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every token again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the expiry range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium or high findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the tokens with findings of this severity or worse among the listed rows (the remaining pages are loaded)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsCell</name>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1 (%n)</numerusform>
            <numerusform>%1 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsCommand</name>
    <message>
        <source>Judge every token with the window&apos;s hygiene rules (never expires, can mint tokens, expiring soon, …) and print the findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--format table|json] [--fail-on high|medium|low] CONNECTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1  with --fail-on: a finding of that severity or worse exists (the findings are printed all the same)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table (the default) or json: an array of {ruleId, severity, tokenId, tokenName, reason, action}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit with status %1 when a finding of this severity or worse exists: high, medium or low.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format needs table or json, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fail-on needs high, medium or low, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s): %1 high, %2 medium, %3 low (tokens judged: %4)</source>
        <translation>
            <numerusform>%n finding: %1 high, %2 medium, %3 low (tokens judged: %4)</numerusform>
            <numerusform>%n findings: %1 high, %2 medium, %3 low (tokens judged: %4)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingsController</name>
    <message>
        <source>&amp;Scan all tokens for findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load every token of the collection in the background, so the findings summary and duplicate names cover them all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token &amp;policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules the New token dialog checks each draft against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a&amp;utomatically up to %1 tokens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsStatus</name>
    <message>
        <source>Scanning for findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop loading every token for the findings; the table keeps its rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 high, %2 medium, %3 low</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Findings: %1 (all %n token(s), scanned %2)</source>
        <translation>
            <numerusform>Findings: %1 (all %n token, scanned %2)</numerusform>
            <numerusform>Findings: %1 (all %n tokens, scanned %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Findings: %1 (all %n token(s))</source>
        <translation>
            <numerusform>Findings: %1 (all %n token)</numerusform>
            <numerusform>Findings: %1 (all %n tokens)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Findings: %1 (%n loaded token(s))</source>
        <translation>
            <numerusform>Findings: %1 (%n loaded token)</numerusform>
            <numerusform>Findings: %1 (%n loaded tokens)</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the loaded rows are counted: View ▸ Scan all tokens for findings counts every token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan for findings stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Findings: %1 (all %n token(s), scanned at %2)</source>
        <translation>
            <numerusform>Findings: %1 (all %n token, scanned at %2)</numerusform>
            <numerusform>Findings: %1 (all %n tokens, scanned at %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>The scan for findings was canceled; the summary counts the loaded rows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GetCommand</name>
    <message>
        <source>Show one token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID [--format table|json] CONNECTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table (one field a line) or json (the server&apos;s token object as sent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format needs table or json, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KindChoice</name>
    <message>
        <source>&amp;Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An enterprise instance&apos;s tokens, for its administrators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pplication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One application&apos;s tokens, for devices, dashboards and scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;y tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own user tokens (/me/tokens)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>List tokens: one page, or every page with --all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--all] [--filter GLOB] [--status active|inactive] [--sort FIELD[:desc]] [--page N] [--per-page N] [--format table|json|csv] CONNECTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every page, in order (each token once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page to show, counting from 0 as the API does (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens per page, 1 to %1 (default %2; %1 with --all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table (fits the terminal), json (the server&apos;s token objects as sent) or csv (as the window exports it). Default: table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page and --all cannot be used together: --all fetches every page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page needs a page number from 0, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--per-page needs a number from 1 to %1, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format needs table, json or csv, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadErrorBar</name>
    <message numerus="yes">
        <source>%1 Retrying in %n second(s)…</source>
        <translation>
            <numerusform>%1 Retrying in %n second…</numerusform>
            <numerusform>%1 Retrying in %n seconds…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LocalInstance</name>
    <message>
        <source>An Authorization header with a Bearer access token is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Authorization header must be “Bearer &lt;access token&gt;”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token is inactive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token expired on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 %2 here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instanceId: “%1” is not a valid ID (24 hexadecimal characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apiTokenId: “%1” is not a valid ID (24 hexadecimal characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance %1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This access token belongs to another instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This access token lacks the scope for this call; it needs one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filterField: “%1” is not name or status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token %1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An instance token cannot reach an application&apos;s tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An instance token cannot reach /me/tokens: they belong to a user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An application token cannot reach an instance&apos;s tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An application token cannot reach /me/tokens: they belong to a user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This access token belongs to another application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user of this access token is not a member of this instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user of this access token is not a member of this application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access tokens issued by OAuth cannot create, change or delete API tokens; use an API token with the needed scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applicationId: “%1” is not a valid ID (24 hexadecimal characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instanceAuditLogId: “%1” is not a valid ID (24 hexadecimal characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An application token cannot read an instance&apos;s audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance audit log %1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not a valid ID (24 hexadecimal characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a response code is a number, not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not a whole number from 100 to 599.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a filter entry; the form is auditLogFilter[key][index] or auditLogFilter[key][index][field].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: given more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not a time in milliseconds since 1970.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sortField: “%1” is not one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sortDirection: “%1” is not asc or desc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page: “%1” is not a whole number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>perPage: “%1” is not a whole number from 1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filterField: “%1” is not name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orgId: “%1” is not a valid ID (24 hexadecimal characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An application token cannot list an instance&apos;s organizations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An application token cannot list applications or dashboards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a user&apos;s access token lists applications and dashboards.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalInstanceServer</name>
    <message>
        <source>unknown fault &quot;%1&quot; (examples: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LosantClient</name>
    <message>
        <source>The instance ID &quot;%1&quot; is not valid: it must be 24 hexadecimal characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token ID &quot;%1&quot; is not valid: it must be 24 hexadecimal characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token or the Losant domain contains spaces or other characters a request header cannot carry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application ID &quot;%1&quot; is not valid: it must be 24 hexadecimal characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log entry ID &quot;%1&quot; is not valid: it must be 24 hexadecimal characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID &quot;%1&quot; in the audit log filter is not valid: it must be 24 hexadecimal characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID &quot;%1&quot; is not valid: it must be 24 hexadecimal characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Losant Tokens — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the list again from the server (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy token &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Page size…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an API token (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;similar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a token like the selected one, e.g. to rotate it (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save token metadata as CSV or JSON (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage connections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This instance has no API tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tokens have the status &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tokens match name &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading tokens…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asks to slow down (429).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the token ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes this app does not know were left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n token(s) to %1</source>
        <translation>
            <numerusform>Exported %n token to %1</numerusform>
            <numerusform>Exported %n tokens to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>A create&apos;s answer was lost; the list was refreshed to show whether “%1” exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;vious pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token names contain &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pattern must match the whole name: try &apos;%1&apos; to match anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Esc in the filter to see every token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expired of %2 loaded tokens (of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expiring within 30 days of %2 loaded tokens (of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the loaded tokens has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the loaded tokens expires within 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens to load per request (1–%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Losant Tokens has lost access to these tokens: the token it is connected with is deleted or inactive. Enter another access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, edit or switch connections (Ctrl+Shift+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tokens of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance, application or your own tokens shown; choose another to switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This application has no API tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no API tokens of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who created, changed or deleted which token, from the instance&apos;s audit log (Ctrl+Shift+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expiring in the chosen range of %2 loaded tokens (of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the loaded tokens expires in the chosen range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with findings of %2 loaded tokens (of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the loaded tokens has findings of that severity.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 Retrying in %n second(s)…</source>
        <translation>
            <numerusform>%1 Retrying in %n second…</numerusform>
            <numerusform>%1 Retrying in %n seconds…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Retrying…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save my changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgDirectory</name>
    <message>
        <source>There is no connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgRolesEditor</name>
    <message>
        <source>Dashboard ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization ID or sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add application role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add dashboard role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add organization role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application role %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard role %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a dashboard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an application…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an organization…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox (or “sandbox” typed in place of an organization ID) is the role in each user&apos;s own sandbox, outside any organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading names…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox (every user&apos;s own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations could not be listed (%1). Type their IDs instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first %1 organizations are listed; type the ID of any other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This organization&apos;s dashboards could not be listed (%1). Type their IDs instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This organization&apos;s applications could not be listed (%1). Type their IDs instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first %1 dashboards are listed; type the ID of any other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first %1 applications are listed; type the ID of any other.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PermissionPicker</name>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on this instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in this application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your account may reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices, read only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what the token may do: a preset, or Custom to pick single scopes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything %1, including creating and deleting tokens (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read everything %1, change nothing (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The devices of this application, nothing else (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the devices of this application, change nothing (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All, Read only, Devices, Devices read only or Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All, Read only or Custom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyCheck</name>
    <message>
        <source>Create &amp;anyway, against the policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token breaks the team&apos;s token policy:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <source>New tokens need a &amp;description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One scope per line, e.g. all.Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. team-* (* any text, ? one character)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Maximum lifetime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scopes that need a confirmation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name pattern:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The New token dialog checks each draft against this policy and asks for an override; nothing of it is sent to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy was not imported. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy was not exported. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the token policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a token policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token policy (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicySettings</name>
    <message>
        <source>It is not a policy file (a JSON object): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueryOptions</name>
    <message>
        <source>Only tokens whose name matches &lt;glob&gt; (* any run, ? one character).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>glob</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only active or only inactive tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active|inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by name, status, id, creationDate, lastUpdated or expirationDate; add :desc to reverse (default: name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field[:desc]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--filter and --status cannot be used together: the API filters on one field at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status needs active or inactive, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sort needs one of %1, optionally followed by :desc, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RotationActions</name>
    <message>
        <source>R&amp;otate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the selected token with a new one of the same scopes and roles, then retire it step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume &amp;rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — delete on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (step %2 of 4)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the rotated token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RotationDialog</name>
    <message>
        <source>Rotate “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new secret is stored where the consumer reads it (its configuration, vault or CI variable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consumer was restarted or reloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consumer&apos;s requests succeed with the new token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>In %n day</numerusform>
            <numerusform>In %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete the old token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends POST %1 to create “%2” with the same description, scopes and roles as “%3”, expiring %4. The old token is not touched.

%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends nothing. Put the new secret of “%1” where “%2” is used, then tick each item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends GET %1 to check that “%2” is still there, then PATCH %3 with {&quot;status&quot;:&quot;inactive&quot;}. Requests with “%4” fail from then on; it can still be activated again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Losant Tokens is connected with “%1”: put the successor&apos;s secret in the connection first, or the app loses access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends DELETE %1: “%2” is gone for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends nothing now: the inactive “%1” is kept for a grace period. Resume the rotation from the Edit menu to delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned deletion: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: “%1” replaces “%2”, which is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the successor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the consumer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate the old token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the old token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create successor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consumer &amp;uses the successor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep it and finish later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to the create was lost: “%1” may exist. Refresh the list and look for it before trying again. “%2” was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The successor could not be created. “%1” was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be deactivated; it is still active and unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be deleted; it stays, inactive.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScopeCatalog</name>
    <message>
        <source>All of Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of Application, bounded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of Application, read only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of Application, CLI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of Device, read only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apply template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archive data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backfill archive data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full events archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full data tables archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>debug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQTT publish message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQTT subscription stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payload counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payload counts breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notebook minute counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last value query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time series query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>get command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>get composite state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>get log entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>get state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set connection status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bulk create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribute names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>historical import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detailed summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>most recent by severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bootstrap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clear storage entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>get storage entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>press virtual button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set storage entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>get storage entries metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggest function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>get by version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>execute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request input data export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel execution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of Organization, bounded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of Organization, read only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization only, bounded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization only, read only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggest code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending invites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invite member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoke invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modify member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfer resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of Instance, bounded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of Instance, read only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>historical summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>convert to enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resend invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undelete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of User, bounded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of User, read only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of User, CLI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User only, bounded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User only, read only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>get categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>get unique keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate two factor auth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enable two factor auth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disable two factor auth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disconnect GitHub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect GitHub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add recent item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetch recent items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>respond to invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A whole area at once: everything, or everything read only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allows: apply template, archive data, backfill archive data, clone, export, and 15 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allows: delete, view, update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application API tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allows: list, create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application certificate authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application dashboards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allows: view, update, send report, delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application job logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allows: list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application job log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allows: view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allows: view, linked resources, update, delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allows: export, last value query, time series query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allows: add column, delete, view, update, remove column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data table row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data table rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allows: list, create, query, export, delete, truncate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allows: agent logs, command stream, debug, delete, export, and 13 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allows: bulk create, delete, view, update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device recipes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allows: attribute names, update, delete, restore, remove data, and 10 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allows: view, update, delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge deployments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allows: list, release, remove, replace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedded deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedded deployments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allows: list, release, remove, replace, export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allows: delete, detailed summary, list, most recent by severity, update, and 2 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allows: delete, bootstrap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allows: delete, view, linked resources, update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allows: list, create, stats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allows: detailed summary, list, create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience slugs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allows: debug, delete, view, linked resources, update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allows: debug, detailed summary, list, create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allows: view, update, move, delete, upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allows: clear storage entries, debug, delete, errors, view, and 8 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allows: list, get by version, import, palette, create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allows: delete, debug, errors, view, log, and 2 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allows: delete, list, create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allows: delete, execute, view, logs, notebook minute counts, and 3 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notebooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allows: view, logs, update, delete, execute, cancel execution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the account itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account itself without what it contains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allows: list, create, import, detailed summary, period summaries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allows: update, delete, send report, suggest code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allows: view, update, delete, pending invites, invite member, and 10 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allows: view, update, historical summaries, generate report, payload counts, and 3 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allows: view, update, delete, payload counts, payload counts breakdown, and 3 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance organization member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance organization members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance organization invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allows: view, delete, resend invite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance organization invites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance API tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance custom nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance custom node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allows: view, update, delete, errors, stats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance notification rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance notification rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allows: view, update, delete, evaluate, logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allows: view, delete, undelete, payload counts, payload counts breakdown, and 2 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance sandboxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance audit logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User API tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User OAuth token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User OAuth tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allows: list, get categories, get unique keywords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allows: view, update, delete, verify email, change password, and 16 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScopePicker</name>
    <message>
        <source>Show all scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also show application, organization and user scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n scope(s) selected</source>
        <translation>
            <numerusform>%n scope selected</numerusform>
            <numerusform>%n scopes selected</numerusform>
        </translation>
    </message>
    <message>
        <source>Search scopes by name or API name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Also show organization, application and instance scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenshotTour</name>
    <message>
        <source>ci-deploy-2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploys workflows from the CI pipeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretFile</name>
    <message>
        <source>--secret-file &quot;%1&quot; already exists; it is never overwritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create --secret-file &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write the whole secret to &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>There is no D-Bus session bus to reach a keychain through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain service (such as GNOME Keyring or KWallet) is on the bus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the access token of “%1” from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store the access token of “%1” in the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the access token of “%1” from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Subcommand</name>
    <message>
        <source>needs exactly one token ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a token ID has 24 hexadecimal characters, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many requests: waiting %n second(s)</source>
        <translation>
            <numerusform>Too many requests: waiting %n second</numerusform>
            <numerusform>Too many requests: waiting %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: losant-tokens %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status:
  0  done
  1  the server refused or failed (its message on stderr), a create&apos;s answer was lost, or a change was not confirmed
  2  bad usage or value (named on stderr); nothing was sent
  3  not found
  4  not authorised (the access token was refused or lacks the permission)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which tokens? Give --profile &lt;name&gt;, or --url &lt;url&gt; with --instance &lt;id&gt;, --application &lt;id&gt; or --my-tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 (counting from 0) could not be fetched, so nothing was printed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Without a terminal to ask on, give --yes to go ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[y/N]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenActions</name>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the token or change its description, status or role (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected token (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Deactivate %n token(s)</source>
        <translation>
            <numerusform>&amp;Deactivate %n token</numerusform>
            <numerusform>&amp;Deactivate %n tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Activate %n token(s)</source>
        <translation>
            <numerusform>&amp;Activate %n token</numerusform>
            <numerusform>&amp;Activate %n tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>De&amp;lete %n token(s)…</source>
        <translation>
            <numerusform>De&amp;lete %n token…</numerusform>
            <numerusform>De&amp;lete %n tokens…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate the selected tokens (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate the selected tokens (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Losant Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see details)</source>
        <translation>
            <numerusform>… and %n more (see details)</numerusform>
            <numerusform>… and %n more (see details)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n token(s)?</source>
        <translation>
            <numerusform>Deactivate %n token?</numerusform>
            <numerusform>Deactivate %n tokens?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Activate %n token(s)?</source>
        <translation>
            <numerusform>Activate %n token?</numerusform>
            <numerusform>Activate %n tokens?</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests using them will start failing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n token(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n token? This cannot be undone.</numerusform>
            <numerusform>Delete %n tokens? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Active among them: %n. Requests using those will start failing.</source>
        <translation>
            <numerusform>Active among them: %n. Requests using those will start failing.</numerusform>
            <numerusform>Active among them: %n. Requests using those will start failing.</numerusform>
        </translation>
    </message>
    <message>
        <source>Activated “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be activated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenBodyOptions</name>
    <message>
        <source>The token&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active or inactive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role in organizations without an org role (admin, edit, collaborate, view, none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One organization role as JSON, e.g. &apos;{&quot;orgId&quot;:&quot;sandbox&quot;,&quot;role&quot;:&quot;view&quot;}&apos;. Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole body as JSON from &lt;file&gt;, or - for standard input; instead of the field flags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it expires: 2027-06-30T00:00:00Z, or a number of days from now such as 90d. Default: never.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scope to grant, e.g. all.Instance.read. Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant the read-only preset of the collection&apos;s kind (e.g. all.Instance.read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant everything the collection&apos;s kind may grant (e.g. all.Instance).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from-json and %1 cannot be used together: the file holds the whole body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--org-role needs a JSON object such as {&quot;orgId&quot;:&quot;sandbox&quot;,&quot;role&quot;:&quot;view&quot;}, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to change: give a field flag or --from-json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--expires needs a date and time such as 2027-06-30T00:00:00Z, or days from now such as 90d, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scope, --read-only and --all-scopes cannot be used together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than %2 KiB, too large for a token&apos;s body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not JSON: %2 (at byte %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenConfirmation</name>
    <message>
        <source>Delete token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this token?
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is active: requests using it will start failing. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see details)</source>
        <translation>
            <numerusform>… and %n more (see details)</numerusform>
            <numerusform>… and %n more (see details)</numerusform>
        </translation>
    </message>
    <message>
        <source>Losant Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the token Losant Tokens is connected with?
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate the token Losant Tokens is connected with?
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Losant Tokens will lose access to this instance until you enter another access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Losant Tokens will lose access to this application until you enter another access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Losant Tokens will lose access to your tokens until you enter another access token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenCreatedDialog</name>
    <message>
        <source>Token created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token “%1” was created. Copy its secret now: it will not be shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the token secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not restrict %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without copying?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret has not been copied or saved. It cannot be shown again. Close anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Clipboard clears in %n s</source>
        <translation>
            <numerusform>Clipboard clears in %n s</numerusform>
            <numerusform>Clipboard clears in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Clipboard cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard no longer holds the secret</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenDetailsPane</name>
    <message>
        <source>Select a token to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Org roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %n application role(s)</source>
        <translation>
            <numerusform>, %n application role</numerusform>
            <numerusform>, %n application roles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n dashboard role(s)</source>
        <translation>
            <numerusform>, %n dashboard role</numerusform>
            <numerusform>, %n dashboard roles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tokens selected</source>
        <translation>
            <numerusform>%n tokens selected</numerusform>
            <numerusform>%n tokens selected</numerusform>
        </translation>
    </message>
    <message>
        <source>This is the token Losant Tokens is connected with: deleting or deactivating it cuts the app off from these tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenExport</name>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenFindings</name>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It never expires and has the broad scope %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It can create tokens or members and never expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It can create tokens or members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It expired on %1 but was not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It has been inactive since %1 (last updated), more than %n day(s) ago.</source>
        <translation>
            <numerusform>It has been inactive since %1 (last updated), more than %n day ago.</numerusform>
            <numerusform>It has been inactive since %1 (last updated), more than %n days ago.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It is active and expires within %n day(s).</source>
        <translation>
            <numerusform>It is active and expires within %n day.</numerusform>
            <numerusform>It is active and expires within %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>It has no description to say what it is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n other active token(s) have the same name.</source>
        <translation>
            <numerusform>%n other active token have the same name.</numerusform>
            <numerusform>%n other active tokens have the same name.</numerusform>
        </translation>
    </message>
    <message>
        <source>It was created by the API token %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was created by the workflow %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has the admin role in organizations and never expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenFormat</name>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <comment>creator type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workflow</source>
        <comment>creator type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token</source>
        <comment>creator type</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenHistoryView</name>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application tokens have no instance audit log, so there is no recorded history to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own tokens have no instance audit log, so there is no recorded history to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This access token may not read the instance audit log (it needs instanceAuditLogs.get or all.Instance.read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to this token (the latest %1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to this token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Losant&apos;s audit log records changes, not reads, keeps a year, and may be turned off for an instance, so this may mean little.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last recorded change made with this token: %1 (Losant records changes, not reads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recorded change made with this token. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recorded activity. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made with this token (the latest %1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made with this token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenListModel</name>
    <message>
        <source>This token never expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
This is the token Losant Tokens is connected with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, the token Losant Tokens is connected with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, expiring soon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenLocation</name>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenPolicy</name>
    <message>
        <source>Only version 1 of the policy file is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number of days, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a list of scopes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a name pattern (* and ? are wildcards).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy file has an unknown field %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It never expires; the policy allows at most %n day(s).</source>
        <translation>
            <numerusform>It never expires; the policy allows at most %n day.</numerusform>
            <numerusform>It never expires; the policy allows at most %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It lives longer than the policy&apos;s maximum of %n day(s).</source>
        <translation>
            <numerusform>It lives longer than the policy&apos;s maximum of %n day.</numerusform>
            <numerusform>It lives longer than the policy&apos;s maximum of %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The policy asks for a confirmation of the scope(s) %1.</source>
        <translation>
            <numerusform>The policy asks for a confirmation of the scope %1.</numerusform>
            <numerusform>The policy asks for a confirmation of the scopes %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The policy requires a description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name does not match the policy&apos;s pattern %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenRotation</name>
    <message>
        <source>The successor “%1” could not be read back, so the old token was left active.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenSelection</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, created %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransportPolicy</name>
    <message>
        <source>No API URL is given; it looks like https://api.losant.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid URL; it looks like https://api.losant.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API URL needs a scheme and a host, like https://api.losant.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API URL for %1 must not contain a user name or password; the access token is given separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API URL for %1 must not have a query (?…) or a fragment (#…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http is only allowed for this computer (localhost, 127.0.0.1, ::1); use https for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheme &quot;%1&quot; is not supported; use https for %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpdateCommand</name>
    <message>
        <source>Change a token&apos;s name, description, status or roles (scopes and expiry are fixed once created).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID ([--name TEXT] [--description TEXT] [--status active|inactive] [--default-role ROLE] [--org-role JSON]... | --from-json FILE|-) [--format table|json] CONNECTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table (one field a line) or json (the server&apos;s token object as sent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format needs table or json, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Could not listen on port %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local Losant instance running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faults: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the demo instance on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>application “%1” (%n tokens)</source>
        <translation>
            <numerusform>application “%1” (%n tokens)</numerusform>
            <numerusform>application “%1” (%n tokens)</numerusform>
        </translation>
    </message>
    <message>
        <source>The access token is a user token (all.User): it reaches the instance, the applications and /me/tokens, which serves its user&apos;s own tokens.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
