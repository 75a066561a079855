<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ApiCall</name>
    <message>
        <location filename="../app/core/ApiCall.cpp" line="100"/>
        <location filename="../app/core/ApiCall.cpp" line="121"/>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiCall.cpp" line="115"/>
        <source>the answer is larger than allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiCall.cpp" line="164"/>
        <source>the server sent an HTML page instead of an error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiCall.cpp" line="165"/>
        <source>the server sent no error message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <location filename="../app/core/ApiError.cpp" line="11"/>
        <source>The server gave no reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiError.cpp" line="14"/>
        <source>The access token was refused (401): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiError.cpp" line="16"/>
        <source>The access token lacks the permission for this (403): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiError.cpp" line="18"/>
        <source>Not found (404): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/ApiError.cpp" line="21"/>
        <source>Too many requests; the server asks to wait %n second(s) (429): %1</source>
        <translation>
            <numerusform>Too many requests; the server asks to wait %n second (429): %1</numerusform>
            <numerusform>Too many requests; the server asks to wait %n seconds (429): %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/ApiError.cpp" line="24"/>
        <source>Too many requests; the server asks to wait (429): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiError.cpp" line="27"/>
        <source>The server had a problem (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiError.cpp" line="28"/>
        <source>The server refused the request (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiError.cpp" line="33"/>
        <source>The connection broke off in the middle of the answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiError.cpp" line="35"/>
        <source>The connection closed before the server answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiError.cpp" line="36"/>
        <source>Could not reach the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiError.cpp" line="38"/>
        <source>The server&apos;s certificate was not accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiError.cpp" line="40"/>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiError.cpp" line="42"/>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiError.cpp" line="44"/>
        <source>The server&apos;s answer was not what was expected: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiReplyParser</name>
    <message>
        <location filename="../app/core/ApiReplyParser.cpp" line="23"/>
        <source>an HTML page instead of JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiReplyParser.cpp" line="24"/>
        <source>not JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiReplyParser.cpp" line="28"/>
        <source>a JSON value that is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiReplyParser.cpp" line="56"/>
        <source>the token field &apos;%1&apos; is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiReplyParser.cpp" line="78"/>
        <source>a token without an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiReplyParser.cpp" line="66"/>
        <source>the token field &apos;%1&apos; is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiReplyParser.cpp" line="88"/>
        <source>the token field &apos;scope&apos; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiReplyParser.cpp" line="97"/>
        <source>the token field &apos;orgRoles&apos; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiReplyParser.cpp" line="118"/>
        <source>&apos;items&apos; is missing or not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiReplyParser.cpp" line="123"/>
        <source>&apos;totalCount&apos; is missing or not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiReplyParser.cpp" line="131"/>
        <source>an item of &apos;items&apos; is not an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiTokenSchema</name>
    <message>
        <location filename="../app/core/ApiTokenSchema.cpp" line="47"/>
        <source>The field “%1” is not allowed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiTokenSchema.cpp" line="56"/>
        <source>%1 must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiTokenSchema.cpp" line="66"/>
        <source>%1 must be one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiTokenSchema.cpp" line="72"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiTokenSchema.cpp" line="77"/>
        <source>Name must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiTokenSchema.cpp" line="79"/>
        <source>Name must be at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiTokenSchema.cpp" line="85"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiTokenSchema.cpp" line="88"/>
        <source>Description must be at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiTokenSchema.cpp" line="94"/>
        <source>Expiration date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiTokenSchema.cpp" line="98"/>
        <source>Expiration date must be a date and time with a time zone, such as 2030-01-31T12:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiTokenSchema.cpp" line="105"/>
        <source>%1 must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiTokenSchema.cpp" line="110"/>
        <source>%1 may have at most %2 entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiTokenSchema.cpp" line="114"/>
        <source>Each entry of %1 must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiTokenSchema.cpp" line="120"/>
        <source>Resource ID is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiTokenSchema.cpp" line="122"/>
        <source>Resource ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiTokenSchema.cpp" line="124"/>
        <source>Resource ID must be 24 hexadecimal characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiTokenSchema.cpp" line="127"/>
        <location filename="../app/core/ApiTokenSchema.cpp" line="160"/>
        <source>Role is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiTokenSchema.cpp" line="129"/>
        <location filename="../app/core/ApiTokenSchema.cpp" line="162"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiTokenSchema.cpp" line="139"/>
        <source>Organization roles must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiTokenSchema.cpp" line="144"/>
        <source>At most %1 organization roles are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiTokenSchema.cpp" line="148"/>
        <source>Each organization role must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiTokenSchema.cpp" line="154"/>
        <source>Organization ID is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiTokenSchema.cpp" line="155"/>
        <source>Organization ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiTokenSchema.cpp" line="157"/>
        <source>Organization ID must be 24 hexadecimal characters or “sandbox”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiTokenSchema.cpp" line="166"/>
        <source>Application roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiTokenSchema.cpp" line="169"/>
        <source>Dashboard roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiTokenSchema.cpp" line="181"/>
        <source>Scope must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiTokenSchema.cpp" line="189"/>
        <source>Each scope must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiTokenSchema.cpp" line="194"/>
        <source>“%1” is not a known scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiTokenSchema.cpp" line="196"/>
        <source>The scope “%1” is listed more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiTokenSchema.cpp" line="203"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiTokenSchema.cpp" line="214"/>
        <source>The body must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiTokenSchema.cpp" line="221"/>
        <source>Name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiTokenSchema.cpp" line="229"/>
        <source>Default role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <location filename="../app/AppOptions.cpp" line="68"/>
        <source>Browse, create and tidy the API tokens of a Losant instance.
With --url and --instance, the access token comes from --token-file or
the %1 environment variable; it is never printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="76"/>
        <source>Open the built-in demo instance (no account needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="79"/>
        <source>Run the local Losant-compatible instance without a window and print its URL, instance ID and an admin access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="82"/>
        <source>Port for --serve (default: any free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="83"/>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="86"/>
        <source>Save a PNG of the window once the first page is shown, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="87"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="90"/>
        <source>How many tokens the demo instance holds (default 250, up to 1000000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="91"/>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="94"/>
        <source>Open the saved connection profile &lt;name&gt; (its access token comes from the system keychain, or from --token-file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="96"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="99"/>
        <source>Connect to the Losant API at &lt;url&gt; (https; http only for this computer). Needs --instance and an access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="101"/>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="104"/>
        <source>The ID of the instance to open with --url (24 hexadecimal characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="105"/>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="108"/>
        <source>Read the access token from &lt;path&gt; instead of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="109"/>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="112"/>
        <source>With --serve: misbehave on one route, e.g. list=429:5, list=html, list=shape:items, list=truncate, list=huge, create=drop, get=500. Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="115"/>
        <source>route=fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="117"/>
        <source>Print when the first page is shown, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="135"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="146"/>
        <source>--profile and --url cannot be used together: a profile holds its own URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="149"/>
        <source>--profile and --instance cannot be used together: a profile holds its own instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="157"/>
        <source>--demo and %1 cannot be used together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="159"/>
        <source>--serve and %1 cannot be used together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="165"/>
        <source>--port needs a number from 0 to 65535, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="168"/>
        <source>--port only goes with --serve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="175"/>
        <source>--tokens needs a number from 0 to 1000000, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="178"/>
        <source>--tokens only goes with the demo instance or --serve, not with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="188"/>
        <source>--fault: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="190"/>
        <source>--fault only goes with --serve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="199"/>
        <source>--instance needs an instance ID of 24 hexadecimal characters, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="208"/>
        <source>--url &quot;%1&quot; is not a valid URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="210"/>
        <source>--url &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="215"/>
        <source>--url &quot;%1&quot; needs --instance too (the instance&apos;s 24-character ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="218"/>
        <source>--instance &quot;%1&quot; needs --url too (such as https://api.losant.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="223"/>
        <source>--profile needs the name of a saved connection profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="225"/>
        <source>there is no connection profile &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="233"/>
        <source>--token-file &quot;%1&quot; only goes with --url and --instance, or with --profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="238"/>
        <location filename="../app/AppOptions.cpp" line="243"/>
        <source>cannot read the token file &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="246"/>
        <source>the token file &quot;%1&quot; is larger than %2 KiB, too large for a token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="252"/>
        <source>the token file &quot;%1&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="254"/>
        <source>the token file &quot;%1&quot; holds more than one token (spaces or several lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="262"/>
        <source>--url and --instance need an access token: set %1 or give --token-file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="266"/>
        <source>%1 holds more than one token (spaces or several lines)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppSession</name>
    <message>
        <location filename="../ui/AppSession.cpp" line="17"/>
        <source>No keychain is available (%1): access tokens you enter are kept for this session only and never written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppSession.cpp" line="50"/>
        <source>Demo instance (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppSession.cpp" line="60"/>
        <source>This is the demo instance: made-up tokens on this computer, nothing leaves it. Add a connection to manage a real Losant instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppSession.cpp" line="62"/>
        <source>This is the demo instance on this computer. Switch to a real instance in the Instance list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppSession.cpp" line="64"/>
        <source>Add a &amp;Connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppSession.cpp" line="71"/>
        <source>There is no profile named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppSession.cpp" line="83"/>
        <source>No access token is stored for “%1”. Enter it to open the instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppSession.cpp" line="86"/>
        <source>The access token of “%1” could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AppSession.cpp" line="92"/>
        <location filename="../ui/AppSession.cpp" line="104"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkActionRunner</name>
    <message>
        <location filename="../ui/BulkActionRunner.cpp" line="30"/>
        <source>Activating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BulkActionRunner.cpp" line="32"/>
        <source>Deactivating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BulkActionRunner.cpp" line="34"/>
        <source>Deleting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BulkActionRunner.cpp" line="42"/>
        <source> tokens…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BulkActionRunner.cpp" line="42"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BulkActionRunner.cpp" line="72"/>
        <source>%1 “%2” (%3 of %4)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BulkActionRunner.cpp" line="119"/>
        <source>Activated %1 of %2 tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BulkActionRunner.cpp" line="122"/>
        <source>Deactivated %1 of %2 tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BulkActionRunner.cpp" line="125"/>
        <source>Deleted %1 of %2 tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/BulkActionRunner.cpp" line="131"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BulkActionRunner.cpp" line="134"/>
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
        <location filename="../ui/BulkActionRunner.cpp" line="139"/>
        <source>Stopped: %n token(s) not touched.</source>
        <translation>
            <numerusform>Stopped: %n token not touched.</numerusform>
            <numerusform>Stopped: %n tokens not touched.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/BulkActionRunner.cpp" line="142"/>
        <source>Losant Tokens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="46"/>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="51"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="53"/>
        <source>Re&amp;move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="62"/>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="72"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="74"/>
        <source>Save and &amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="77"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="127"/>
        <source>e.g. Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="130"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="135"/>
        <source>On-premises instances have their own API URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="137"/>
        <source>API &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="141"/>
        <source>24 hexadecimal characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="146"/>
        <source>&amp;Instance ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="151"/>
        <location filename="../ui/ConnectionDialog.cpp" line="258"/>
        <location filename="../ui/ConnectionDialog.cpp" line="265"/>
        <source>An access token allowed to list and manage API tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="154"/>
        <location filename="../ui/ConnectionDialog.cpp" line="159"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="156"/>
        <source>Show or hide the access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="159"/>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="171"/>
        <source>Acc&amp;ess token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="175"/>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="185"/>
        <source>Only for instances that need the losantdomain header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="186"/>
        <source>losant&amp;domain header:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="197"/>
        <location filename="../ui/ConnectionDialog.cpp" line="344"/>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="260"/>
        <source>Reading the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="267"/>
        <source>The access token could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="298"/>
        <source>Give the profile a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="300"/>
        <location filename="../ui/ConnectionDialog.cpp" line="316"/>
        <source>There is already a profile named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="304"/>
        <source>The instance ID has 24 hexadecimal characters (%1 so far).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="307"/>
        <source>Enter the access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="325"/>
        <source>An instance ID has 24 hexadecimal characters; this has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="327"/>
        <source>No keychain is available: the token is kept for this session only and never written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="330"/>
        <source>Kept in the system keychain, never in a settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="344"/>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="352"/>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="383"/>
        <source>The profile was saved, but its access token was not: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="387"/>
        <source>Saved. No keychain is available, so the access token is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="389"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="402"/>
        <source>Remove profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="403"/>
        <source>Remove the profile “%1” and its stored access token?
The tokens on the server are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="408"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="419"/>
        <source>The profile was removed, but its access token could not be removed from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ConnectionDialog.cpp" line="425"/>
        <source>Removed “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <location filename="../app/core/ConnectionTester.cpp" line="59"/>
        <source>The instance ID &quot;%1&quot; is not valid: it must be 24 hexadecimal characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ConnectionTester.cpp" line="65"/>
        <source>An access token is needed to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ConnectionTester.cpp" line="70"/>
        <source>The access token contains spaces or other characters a token cannot have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ConnectionTester.cpp" line="76"/>
        <source>The Losant domain contains spaces or other characters a domain cannot have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/ConnectionTester.cpp" line="107"/>
        <source>Connected: this instance has %n API token(s).</source>
        <translation>
            <numerusform>Connected: this instance has %n API token.</numerusform>
            <numerusform>Connected: this instance has %n API tokens.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/ConnectionTester.cpp" line="115"/>
        <source>%1 The server says: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ConnectionTester.cpp" line="121"/>
        <source>The access token was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ConnectionTester.cpp" line="125"/>
        <source>The access token lacks a scope that can list tokens (all.Instance.read, instanceApiTokens.get, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ConnectionTester.cpp" line="129"/>
        <source>No instance with this ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ConnectionTester.cpp" line="136"/>
        <source>Could not reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ConnectionTester.cpp" line="140"/>
        <source>The TLS connection to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/ConnectionTester.cpp" line="145"/>
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
        <location filename="../ui/CreateTokenDialog.cpp" line="44"/>
        <source>New API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateTokenDialog.cpp" line="51"/>
        <source>Copy as curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateTokenDialog.cpp" line="53"/>
        <source>The access token is written as $LOSANT_ACCESS_TOKEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateTokenDialog.cpp" line="57"/>
        <source>Request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateTokenDialog.cpp" line="79"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateTokenDialog.cpp" line="136"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateTokenDialog.cpp" line="143"/>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateTokenDialog.cpp" line="145"/>
        <source>Never expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateTokenDialog.cpp" line="148"/>
        <source>Expires at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateTokenDialog.cpp" line="167"/>
        <source>Expiration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateTokenDialog.cpp" line="171"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateTokenDialog.cpp" line="172"/>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateTokenDialog.cpp" line="173"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateTokenDialog.cpp" line="175"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateTokenDialog.cpp" line="179"/>
        <source>Read only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateTokenDialog.cpp" line="182"/>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateTokenDialog.cpp" line="201"/>
        <source>Permissions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateTokenDialog.cpp" line="205"/>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateTokenDialog.cpp" line="209"/>
        <source>Default &amp;role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateTokenDialog.cpp" line="213"/>
        <source>Organization roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateTokenDialog.cpp" line="282"/>
        <source>Create a token like “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateTokenDialog.cpp" line="300"/>
        <source>The expiration must be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateTokenDialog.cpp" line="303"/>
        <source>Choose at least one scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateTokenDialog.cpp" line="329"/>
        <source>Creating the token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateTokenDialog.cpp" line="332"/>
        <source>Checking whether the token exists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CreateTokenDialog.cpp" line="336"/>
        <source>Create is unavailable: %1</source>
        <translation>
            <numerusform>Create is unavailable: %1</numerusform>
            <numerusform>Create is unavailable: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CreateTokenDialog.cpp" line="338"/>
        <source> (and %n more problem(s))</source>
        <translation>
            <numerusform> (and %n more problem)</numerusform>
            <numerusform> (and %n more problems)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/CreateTokenDialog.cpp" line="374"/>
        <source>The answer was lost (%1), so the token “%2” may have been created. Checking the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateTokenDialog.cpp" line="383"/>
        <source>The token was not created. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateTokenDialog.cpp" line="408"/>
        <source>The token “%1” was created (%2), but its secret was lost with the answer and cannot be shown again. Delete or deactivate it in the list, and create a new one if you need the secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateTokenDialog.cpp" line="412"/>
        <source>Create Another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateTokenDialog.cpp" line="414"/>
        <source>No token named “%1” exists: the create did not go through. You can create it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateTokenDialog.cpp" line="424"/>
        <source>The token may have been created, and checking failed too (%1). Look in the refreshed list before creating it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditTokenDialog</name>
    <message>
        <location filename="../ui/EditTokenDialog.cpp" line="30"/>
        <source>Edit token “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EditTokenDialog.cpp" line="40"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EditTokenDialog.cpp" line="41"/>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EditTokenDialog.cpp" line="46"/>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EditTokenDialog.cpp" line="53"/>
        <source>Expiration and scopes cannot be changed once a token exists; create a similar token instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EditTokenDialog.cpp" line="71"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EditTokenDialog.cpp" line="72"/>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EditTokenDialog.cpp" line="73"/>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EditTokenDialog.cpp" line="74"/>
        <source>Default &amp;role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EditTokenDialog.cpp" line="75"/>
        <source>Organization roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EditTokenDialog.cpp" line="133"/>
        <source>The name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EditTokenDialog.cpp" line="138"/>
        <source>The description is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EditTokenDialog.cpp" line="159"/>
        <source>%1: “%2” → “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EditTokenDialog.cpp" line="161"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EditTokenDialog.cpp" line="162"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EditTokenDialog.cpp" line="163"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EditTokenDialog.cpp" line="164"/>
        <source>Default role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EditTokenDialog.cpp" line="166"/>
        <source>Org roles changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EditTokenDialog.cpp" line="182"/>
        <source>(no visible field changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EditTokenDialog.cpp" line="183"/>
        <source>Token changed elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EditTokenDialog.cpp" line="184"/>
        <source>“%1” was changed on the server after you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EditTokenDialog.cpp" line="187"/>
        <source>Changed on the server:
%1

Saving sends only the fields you changed; the others keep the server&apos;s values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EditTokenDialog.cpp" line="190"/>
        <source>Save my changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EditTokenDialog.cpp" line="192"/>
        <source>Load theirs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="30"/>
        <location filename="../ui/ExportDialog.cpp" line="111"/>
        <source>Export tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="33"/>
        <source>The loaded rows (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="36"/>
        <source>The selected rows (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="40"/>
        <source>Every token of the current query (%1, fetched from the server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="48"/>
        <source>CSV (spreadsheets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="49"/>
        <source>JSON (scripts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="56"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="72"/>
        <source>Only metadata is exported: a token&apos;s secret is never stored or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="83"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="93"/>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="94"/>
        <source>&amp;Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="96"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="112"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="113"/>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="128"/>
        <source>Choose a file to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="142"/>
        <source>Fetching tokens…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="142"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="159"/>
        <source>Fetched %1 of %2 tokens…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="170"/>
        <source>Fetching the tokens failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportDialog.cpp" line="181"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../ui/FilterBar.cpp" line="15"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="16"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="17"/>
        <source>Filter by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="20"/>
        <source>Filter by name — * matches any text, ? one character (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="22"/>
        <source>Name filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="25"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="26"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="27"/>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="28"/>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="31"/>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InfoBar</name>
    <message>
        <location filename="../ui/InfoBar.cpp" line="25"/>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadErrorBar</name>
    <message>
        <location filename="../ui/LoadErrorBar.cpp" line="21"/>
        <location filename="../ui/LoadErrorBar.cpp" line="40"/>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LoadErrorBar.cpp" line="49"/>
        <source>&amp;Retry Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/LoadErrorBar.cpp" line="57"/>
        <location filename="../ui/LoadErrorBar.cpp" line="69"/>
        <source>%1 Retrying in %n second(s)…</source>
        <translation>
            <numerusform>%1 Retrying in %n second…</numerusform>
            <numerusform>%1 Retrying in %n seconds…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/LoadErrorBar.cpp" line="73"/>
        <source>%1 Retrying…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalInstance</name>
    <message>
        <location filename="../app/core/LocalInstance.cpp" line="315"/>
        <source>An Authorization header with a Bearer access token is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/LocalInstance.cpp" line="317"/>
        <source>The Authorization header must be “Bearer &lt;access token&gt;”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/LocalInstance.cpp" line="321"/>
        <source>The access token is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/LocalInstance.cpp" line="324"/>
        <source>The access token is inactive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/LocalInstance.cpp" line="328"/>
        <source>The access token expired on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/LocalInstance.cpp" line="350"/>
        <source>There is no %1 %2 here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/LocalInstance.cpp" line="355"/>
        <source>instanceId: “%1” is not a valid ID (24 hexadecimal characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/LocalInstance.cpp" line="360"/>
        <source>apiTokenId: “%1” is not a valid ID (24 hexadecimal characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/LocalInstance.cpp" line="367"/>
        <source>Instance %1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/LocalInstance.cpp" line="369"/>
        <source>This access token belongs to another instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/LocalInstance.cpp" line="375"/>
        <source>This access token lacks the scope for this call; it needs one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/LocalInstance.cpp" line="394"/>
        <source>sortField: “%1” is not one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/LocalInstance.cpp" line="402"/>
        <source>sortDirection: “%1” is not asc or desc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/LocalInstance.cpp" line="406"/>
        <source>page: “%1” is not a whole number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/LocalInstance.cpp" line="411"/>
        <source>perPage: “%1” is not a whole number from 1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/LocalInstance.cpp" line="417"/>
        <source>filterField: “%1” is not name or status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/LocalInstance.cpp" line="515"/>
        <location filename="../app/core/LocalInstance.cpp" line="554"/>
        <source>The body is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/LocalInstance.cpp" line="544"/>
        <location filename="../app/core/LocalInstance.cpp" line="560"/>
        <location filename="../app/core/LocalInstance.cpp" line="582"/>
        <source>API token %1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalInstanceServer</name>
    <message>
        <location filename="../app/core/LocalInstanceFaults.cpp" line="106"/>
        <source>unknown fault &quot;%1&quot; (examples: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LosantClient</name>
    <message>
        <location filename="../app/core/LosantClient.cpp" line="60"/>
        <source>The instance ID &quot;%1&quot; is not valid: it must be 24 hexadecimal characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/LosantClient.cpp" line="63"/>
        <source>The token ID &quot;%1&quot; is not valid: it must be 24 hexadecimal characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/LosantClient.cpp" line="110"/>
        <source>The access token or the Losant domain contains spaces or other characters a request header cannot carry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="48"/>
        <source>Losant Tokens — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="118"/>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="167"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="171"/>
        <source>Load the list again from the server (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="174"/>
        <source>&amp;Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="179"/>
        <source>Copy token &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="186"/>
        <source>&amp;Page size…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="190"/>
        <source>&amp;Columns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="194"/>
        <source>&amp;New token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="198"/>
        <source>Create an API token (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="207"/>
        <source>Create &amp;similar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="211"/>
        <source>Create a token like the selected one, e.g. to rotate it (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="216"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="219"/>
        <source>Save token metadata as CSV or JSON (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="222"/>
        <source>&amp;Connections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="225"/>
        <source>Add, edit or switch instance connections (Ctrl+Shift+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="228"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="232"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="240"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="247"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="253"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="269"/>
        <source>&amp;Instance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="274"/>
        <source>The instance shown; choose another to switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="300"/>
        <source>Demo instance (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="306"/>
        <source>Manage connections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="373"/>
        <source>This instance has no API tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="375"/>
        <source>No tokens have the status &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="376"/>
        <source>No tokens match name &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="386"/>
        <source>Loading tokens…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="391"/>
        <source>Showing %1 of %2 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="400"/>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="413"/>
        <source>The server asks to slow down (429).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="447"/>
        <source>Copied the token ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="469"/>
        <source>Page size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="470"/>
        <source>Tokens to load per request (1–1000):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="498"/>
        <source>Scopes this app does not know were left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="514"/>
        <source>Exported %n token(s) to %1</source>
        <translation>
            <numerusform>Exported %n token to %1</numerusform>
            <numerusform>Exported %n tokens to %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="524"/>
        <source>A create&apos;s answer was lost; the list was refreshed to show whether “%1” exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgRolesEditor</name>
    <message>
        <location filename="../ui/OrgRolesEditor.cpp" line="46"/>
        <source>Dashboard ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OrgRolesEditor.cpp" line="47"/>
        <source>Application ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OrgRolesEditor.cpp" line="49"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OrgRolesEditor.cpp" line="54"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OrgRolesEditor.cpp" line="55"/>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OrgRolesEditor.cpp" line="78"/>
        <source>Organization ID or sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OrgRolesEditor.cpp" line="80"/>
        <source>Add application role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OrgRolesEditor.cpp" line="82"/>
        <source>Add dashboard role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OrgRolesEditor.cpp" line="84"/>
        <source>Remove organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OrgRolesEditor.cpp" line="152"/>
        <source>Add organization role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OrgRolesEditor.cpp" line="214"/>
        <source>Organization role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OrgRolesEditor.cpp" line="246"/>
        <source>Application role %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OrgRolesEditor.cpp" line="247"/>
        <source>Dashboard role %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScopePicker</name>
    <message>
        <location filename="../ui/ScopePicker.cpp" line="21"/>
        <source>Search scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ScopePicker.cpp" line="23"/>
        <source>Show all scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ScopePicker.cpp" line="25"/>
        <source>Also show application, organization and user scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ScopePicker.cpp" line="59"/>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ScopePicker.cpp" line="60"/>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ScopePicker.cpp" line="61"/>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ScopePicker.cpp" line="62"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ScopePicker.cpp" line="71"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ScopePicker.cpp" line="139"/>
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
        <location filename="../app/core/SecretStore.cpp" line="24"/>
        <source>There is no D-Bus session bus to reach a keychain through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SecretStore.cpp" line="34"/>
        <source>No keychain service (such as GNOME Keyring or KWallet) is on the bus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SecretStore.cpp" line="83"/>
        <source>Could not read the access token of “%1” from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SecretStore.cpp" line="110"/>
        <source>Could not store the access token of “%1” in the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SecretStore.cpp" line="140"/>
        <source>Could not delete the access token of “%1” from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/SecretStore.cpp" line="192"/>
        <source>No keychain is available: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenActions</name>
    <message>
        <location filename="../ui/TokenActions.cpp" line="25"/>
        <location filename="../ui/TokenActions.cpp" line="102"/>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TokenActions.cpp" line="31"/>
        <source>&amp;Edit token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TokenActions.cpp" line="35"/>
        <source>Rename the token or change its description, status or role (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TokenActions.cpp" line="38"/>
        <location filename="../ui/TokenActions.cpp" line="103"/>
        <source>De&amp;lete token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TokenActions.cpp" line="43"/>
        <source>Delete the selected token (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TokenActions.cpp" line="98"/>
        <source>&amp;Deactivate %n token(s)</source>
        <translation>
            <numerusform>&amp;Deactivate %n token</numerusform>
            <numerusform>&amp;Deactivate %n tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TokenActions.cpp" line="99"/>
        <source>&amp;Activate %n token(s)</source>
        <translation>
            <numerusform>&amp;Activate %n token</numerusform>
            <numerusform>&amp;Activate %n tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TokenActions.cpp" line="100"/>
        <source>De&amp;lete %n token(s)…</source>
        <translation>
            <numerusform>De&amp;lete %n token…</numerusform>
            <numerusform>De&amp;lete %n tokens…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/TokenActions.cpp" line="102"/>
        <source>&amp;Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TokenActions.cpp" line="105"/>
        <source>Deactivate the selected tokens (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TokenActions.cpp" line="106"/>
        <source>Activate the selected tokens (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TokenActions.cpp" line="117"/>
        <location filename="../ui/TokenActions.cpp" line="177"/>
        <source>Losant Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TokenActions.cpp" line="124"/>
        <source>… and %n more (see details)</source>
        <translation>
            <numerusform>… and %n more (see details)</numerusform>
            <numerusform>… and %n more (see details)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/TokenActions.cpp" line="127"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TokenActions.cpp" line="143"/>
        <source>Deactivate %n token(s)?</source>
        <translation>
            <numerusform>Deactivate %n token?</numerusform>
            <numerusform>Deactivate %n tokens?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TokenActions.cpp" line="144"/>
        <source>Activate %n token(s)?</source>
        <translation>
            <numerusform>Activate %n token?</numerusform>
            <numerusform>Activate %n tokens?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/TokenActions.cpp" line="145"/>
        <source>Requests using them will start failing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TokenActions.cpp" line="157"/>
        <source>Delete %n token(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n token? This cannot be undone.</numerusform>
            <numerusform>Delete %n tokens? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TokenActions.cpp" line="158"/>
        <source>%n of them are active: requests using them will start failing.</source>
        <translation>
            <numerusform>%n of them are active: requests using them will start failing.</numerusform>
            <numerusform>%n of them are active: requests using them will start failing.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/TokenActions.cpp" line="208"/>
        <source>Activated “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TokenActions.cpp" line="209"/>
        <source>Deactivated “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TokenActions.cpp" line="213"/>
        <source>“%1” could not be deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TokenActions.cpp" line="214"/>
        <source>“%1” could not be activated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TokenActions.cpp" line="232"/>
        <source>Delete token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TokenActions.cpp" line="233"/>
        <source>Delete the token “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TokenActions.cpp" line="236"/>
        <source>It is active: requests using it will start failing. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TokenActions.cpp" line="238"/>
        <source>This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TokenActions.cpp" line="239"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TokenActions.cpp" line="248"/>
        <source>Deleted “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TokenActions.cpp" line="251"/>
        <source>“%1” could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TokenActions.cpp" line="264"/>
        <source>Saved “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenCreatedDialog</name>
    <message>
        <location filename="../ui/TokenCreatedDialog.cpp" line="37"/>
        <source>Token created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TokenCreatedDialog.cpp" line="39"/>
        <source>The token “%1” was created. Copy its secret now: it will not be shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TokenCreatedDialog.cpp" line="50"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TokenCreatedDialog.cpp" line="52"/>
        <source>&amp;Save to file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TokenCreatedDialog.cpp" line="92"/>
        <source>Save the token secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TokenCreatedDialog.cpp" line="103"/>
        <location filename="../ui/TokenCreatedDialog.cpp" line="109"/>
        <source>Save failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TokenCreatedDialog.cpp" line="104"/>
        <source>Could not restrict %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TokenCreatedDialog.cpp" line="110"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TokenCreatedDialog.cpp" line="121"/>
        <source>Close without copying?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TokenCreatedDialog.cpp" line="122"/>
        <source>The secret has not been copied or saved. It cannot be shown again. Close anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenDetailsPane</name>
    <message>
        <location filename="../ui/TokenDetailsPane.cpp" line="19"/>
        <source>Select a token to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TokenDetailsPane.cpp" line="30"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TokenDetailsPane.cpp" line="31"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TokenDetailsPane.cpp" line="32"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TokenDetailsPane.cpp" line="33"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TokenDetailsPane.cpp" line="34"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TokenDetailsPane.cpp" line="35"/>
        <source>Last updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TokenDetailsPane.cpp" line="36"/>
        <source>Creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TokenDetailsPane.cpp" line="37"/>
        <source>Creator ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TokenDetailsPane.cpp" line="38"/>
        <source>Owner ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TokenDetailsPane.cpp" line="39"/>
        <source>Default role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TokenDetailsPane.cpp" line="40"/>
        <source>Org roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TokenDetailsPane.cpp" line="41"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TokenDetailsPane.cpp" line="42"/>
        <source>API token ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TokenDetailsPane.cpp" line="46"/>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TokenDetailsPane.cpp" line="79"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TokenDetailsPane.cpp" line="80"/>
        <source>Copy %1 to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TokenDetailsPane.cpp" line="119"/>
        <source> (expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TokenDetailsPane.cpp" line="121"/>
        <location filename="../ui/TokenDetailsPane.cpp" line="143"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TokenDetailsPane.cpp" line="123"/>
        <location filename="../ui/TokenDetailsPane.cpp" line="130"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TokenDetailsPane.cpp" line="125"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TokenDetailsPane.cpp" line="133"/>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TokenDetailsPane.cpp" line="136"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TokenDetailsPane.cpp" line="138"/>
        <source>, %n application role(s)</source>
        <translation>
            <numerusform>, %n application role</numerusform>
            <numerusform>, %n application roles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TokenDetailsPane.cpp" line="140"/>
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
        <location filename="../app/core/TokenFormat.cpp" line="18"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/TokenFormat.cpp" line="21"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/TokenFormat.cpp" line="24"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/TokenFormat.cpp" line="26"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/TokenFormat.cpp" line="34"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/TokenFormat.cpp" line="37"/>
        <source>expired %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/TokenFormat.cpp" line="38"/>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/TokenFormat.cpp" line="57"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/TokenFormat.cpp" line="61"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/TokenFormat.cpp" line="74"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/TokenFormat.cpp" line="76"/>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenListModel</name>
    <message>
        <location filename="../app/core/TokenListModel.cpp" line="348"/>
        <source>This token never expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/TokenListModel.cpp" line="407"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/TokenListModel.cpp" line="409"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/TokenListModel.cpp" line="411"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/TokenListModel.cpp" line="413"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/TokenListModel.cpp" line="415"/>
        <source>Last updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/TokenListModel.cpp" line="417"/>
        <source>Creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/TokenListModel.cpp" line="419"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/TokenListModel.cpp" line="421"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/TokenListModel.cpp" line="423"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransportPolicy</name>
    <message>
        <location filename="../app/core/TransportPolicy.cpp" line="30"/>
        <source>No API URL is given; it looks like https://api.losant.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/TransportPolicy.cpp" line="33"/>
        <source>This is not a valid URL; it looks like https://api.losant.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/TransportPolicy.cpp" line="36"/>
        <source>The API URL needs a scheme and a host, like https://api.losant.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/TransportPolicy.cpp" line="39"/>
        <source>The API URL for %1 must not contain a user name or password; the access token is given separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/TransportPolicy.cpp" line="43"/>
        <source>The API URL for %1 must not have a query (?…) or a fragment (#…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/TransportPolicy.cpp" line="51"/>
        <source>http is only allowed for this computer (localhost, 127.0.0.1, ::1); use https for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/TransportPolicy.cpp" line="55"/>
        <source>The scheme &quot;%1&quot; is not supported; use https for %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="54"/>
        <source>Could not listen on port %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="61"/>
        <source>Local Losant instance running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="67"/>
        <source>Faults: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="69"/>
        <source>Press Ctrl+C to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="109"/>
        <source>Could not start the demo instance on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
