<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
</context>
<context>
    <name>AppOptions</name>
    <message>
        <source>Browse, create and tidy the API tokens of a Losant instance.
With --url and --instance, the access token comes from --token-file or
the %1 environment variable; it is never printed.</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Connect to the Losant API at &lt;url&gt; (https; http only for this computer). Needs --instance and an access token.</source>
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
        <source>With --serve: misbehave on one route, e.g. list=429:5, list=html, list=shape:items, list=truncate, list=huge, create=drop, get=500. Repeatable.</source>
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
        <source>--profile and --instance cannot be used together: a profile holds its own instance</source>
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
        <source>--url &quot;%1&quot; needs --instance too (the instance&apos;s 24-character ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--instance &quot;%1&quot; needs --url too (such as https://api.losant.com)</source>
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
        <source>--token-file &quot;%1&quot; only goes with --url and --instance, or with --profile</source>
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
        <source>--url and --instance need an access token: set %1 or give --token-file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds more than one token (spaces or several lines)</source>
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
        <source>This is the demo instance: made-up tokens on this computer, nothing leaves it. Add a connection to manage a real Losant instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the demo instance on this computer. Switch to a real instance in the Instance list.</source>
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
        <source>%1 “%2” (%3 of %4)…</source>
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
        <source>&amp;Instance ID:</source>
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
        <source>Remove</source>
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
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>The instance ID &quot;%1&quot; is not valid: it must be 24 hexadecimal characters.</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>The access token lacks a scope that can list tokens (all.Instance.read, instanceApiTokens.get, …).</source>
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
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
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
        <source>Permissions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
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
        <source>Create a token like “%1”</source>
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
        <source>Creating the token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking whether the token exists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Create is unavailable: %1</source>
        <translation>
            <numerusform>Create is unavailable: %1</numerusform>
            <numerusform>Create is unavailable: %1</numerusform>
        </translation>
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
        <source>Save my changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load theirs</source>
        <translation type="unfinished"></translation>
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
        <source>Filter by name — * matches any text, ? one character (Ctrl+F)</source>
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
</context>
<context>
    <name>InfoBar</name>
    <message>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadErrorBar</name>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry Now</source>
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
        <source>Add, edit or switch instance connections (Ctrl+Shift+O)</source>
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
        <source>&amp;Instance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance shown; choose another to switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo instance (local)</source>
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
        <source>Tokens to load per request (1–1000):</source>
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
</context>
<context>
    <name>ScopePicker</name>
    <message>
        <source>Search scopes</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
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
        <source>%n of them are active: requests using them will start failing.</source>
        <translation>
            <numerusform>%n of them are active: requests using them will start failing.</numerusform>
            <numerusform>%n of them are active: requests using them will start failing.</numerusform>
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
        <source>Delete token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the token “%1”?</source>
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
    <message>
        <source>Delete</source>
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
</context>
</TS>
