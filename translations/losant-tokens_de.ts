<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ApiCall</name>
    <message>
        <location filename="../app/core/ApiCall.cpp" line="38"/>
        <location filename="../app/core/ApiCall.cpp" line="58"/>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiCall.cpp" line="52"/>
        <source>the answer is larger than allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiCall.cpp" line="82"/>
        <source>the server sent an HTML page instead of an error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiCall.cpp" line="83"/>
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
    <message>
        <location filename="../app/core/ApiError.cpp" line="20"/>
        <source>Too many requests; the server asks to wait (429): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiError.cpp" line="23"/>
        <source>The server had a problem (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiError.cpp" line="24"/>
        <source>The server refused the request (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiError.cpp" line="28"/>
        <source>Could not reach the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiError.cpp" line="30"/>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiError.cpp" line="32"/>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiError.cpp" line="34"/>
        <source>The server&apos;s answer was not what was expected: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiReplyParser</name>
    <message>
        <location filename="../app/core/ApiReplyParser.cpp" line="21"/>
        <source>an HTML page instead of JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiReplyParser.cpp" line="22"/>
        <source>not JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiReplyParser.cpp" line="26"/>
        <source>a JSON value that is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiReplyParser.cpp" line="52"/>
        <source>the token field &apos;%1&apos; is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiReplyParser.cpp" line="74"/>
        <source>a token without an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiReplyParser.cpp" line="62"/>
        <source>the token field &apos;%1&apos; is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiReplyParser.cpp" line="84"/>
        <source>the token field &apos;scope&apos; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiReplyParser.cpp" line="93"/>
        <source>the token field &apos;orgRoles&apos; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiReplyParser.cpp" line="114"/>
        <source>&apos;items&apos; is missing or not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiReplyParser.cpp" line="119"/>
        <source>&apos;totalCount&apos; is missing or not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/ApiReplyParser.cpp" line="127"/>
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
        <translation>Name</translation>
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
        <translation>Beschreibung</translation>
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
        <translation>Status</translation>
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
        <location filename="../app/AppOptions.cpp" line="37"/>
        <source>Browse, create and tidy the API tokens of a Losant instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="42"/>
        <source>Open the built-in demo instance (no account needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="45"/>
        <source>Run the local Losant-compatible instance without a window and print its URL, instance ID and an admin access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="48"/>
        <source>Port for --serve (default: any free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="49"/>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="52"/>
        <source>Save a PNG of the window once the first page is shown, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="53"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="56"/>
        <source>How many tokens the demo instance holds (default 250, up to 1000000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="57"/>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="59"/>
        <source>Print when the first page is shown, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="77"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="84"/>
        <source>--port needs a number from 0 to 65535, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="87"/>
        <source>--port only goes with --serve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/AppOptions.cpp" line="94"/>
        <source>--tokens needs a number from 0 to 1000000, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateTokenDialog</name>
    <message>
        <location filename="../ui/CreateTokenDialog.cpp" line="43"/>
        <source>New API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateTokenDialog.cpp" line="50"/>
        <source>Copy as curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateTokenDialog.cpp" line="52"/>
        <source>The access token is written as $LOSANT_ACCESS_TOKEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateTokenDialog.cpp" line="56"/>
        <source>Request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateTokenDialog.cpp" line="78"/>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <location filename="../ui/CreateTokenDialog.cpp" line="135"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateTokenDialog.cpp" line="142"/>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateTokenDialog.cpp" line="144"/>
        <source>Never expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateTokenDialog.cpp" line="147"/>
        <source>Expires at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateTokenDialog.cpp" line="166"/>
        <source>Expiration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateTokenDialog.cpp" line="170"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../ui/CreateTokenDialog.cpp" line="171"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location filename="../ui/CreateTokenDialog.cpp" line="172"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateTokenDialog.cpp" line="174"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateTokenDialog.cpp" line="178"/>
        <source>Read only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateTokenDialog.cpp" line="181"/>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateTokenDialog.cpp" line="200"/>
        <source>Permissions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateTokenDialog.cpp" line="204"/>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateTokenDialog.cpp" line="208"/>
        <source>Default &amp;role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateTokenDialog.cpp" line="212"/>
        <source>Organization roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateTokenDialog.cpp" line="255"/>
        <source>The expiration must be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateTokenDialog.cpp" line="258"/>
        <source>Choose at least one scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/CreateTokenDialog.cpp" line="281"/>
        <source>Creating the token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CreateTokenDialog.cpp" line="285"/>
        <source>Create is unavailable: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CreateTokenDialog.cpp" line="287"/>
        <source> (and %n more problem(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/CreateTokenDialog.cpp" line="316"/>
        <source>The token was not created. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../ui/FilterBar.cpp" line="15"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="16"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="17"/>
        <source>Filter by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="20"/>
        <source>Filter by name — * matches any text, ? one character (Ctrl+F)</source>
        <translation>Nach Name filtern — * passt auf beliebigen Text, ? auf ein Zeichen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="22"/>
        <source>Name filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="25"/>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="26"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="27"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="28"/>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FilterBar.cpp" line="31"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
</context>
<context>
    <name>LoadErrorBar</name>
    <message>
        <location filename="../ui/LoadErrorBar.cpp" line="20"/>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
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
    <name>LosantClient</name>
    <message>
        <location filename="../app/core/LosantClient.cpp" line="58"/>
        <source>The instance ID &quot;%1&quot; is not valid: it must be 24 hexadecimal characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/LosantClient.cpp" line="61"/>
        <source>The token ID &quot;%1&quot; is not valid: it must be 24 hexadecimal characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="44"/>
        <source>Losant Tokens — %1</source>
        <translation>Losant Tokens — %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="109"/>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="142"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="146"/>
        <source>Load the list again from the server (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="149"/>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtern…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="154"/>
        <source>Copy token &amp;ID</source>
        <translation>Token-&amp;ID kopieren</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="161"/>
        <source>&amp;Page size…</source>
        <translation>&amp;Seitengröße…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="165"/>
        <source>&amp;Columns…</source>
        <translation>&amp;Spalten…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="169"/>
        <source>&amp;New token…</source>
        <translation>&amp;Neues Token…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="173"/>
        <source>Create an API token (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="176"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="180"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="184"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="187"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="193"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="244"/>
        <source>This instance has no API tokens.</source>
        <translation>Diese Instanz hat keine API-Tokens.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="246"/>
        <source>No tokens have the status &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="247"/>
        <source>No tokens match name &apos;%1&apos;.</source>
        <translation>Kein Token-Name passt zu „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="257"/>
        <source>Loading tokens…</source>
        <translation>Tokens werden geladen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="262"/>
        <source>Showing %1 of %2 tokens</source>
        <translation>%1 von %2 Tokens angezeigt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="271"/>
        <source>Updated %1</source>
        <translation>Aktualisiert %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="306"/>
        <source>Copied the token ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="328"/>
        <source>Page size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="329"/>
        <source>Tokens to load per request (1–1000):</source>
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
        <location filename="../ui/OrgRolesEditor.cpp" line="194"/>
        <source>Organization role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OrgRolesEditor.cpp" line="226"/>
        <source>Application role %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/OrgRolesEditor.cpp" line="227"/>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <location filename="../ui/TokenDetailsPane.cpp" line="18"/>
        <source>Select a token to see its details.</source>
        <translation>Wählen Sie ein Token, um seine Details zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/TokenDetailsPane.cpp" line="25"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/TokenDetailsPane.cpp" line="26"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/TokenDetailsPane.cpp" line="27"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/TokenDetailsPane.cpp" line="28"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location filename="../ui/TokenDetailsPane.cpp" line="29"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../ui/TokenDetailsPane.cpp" line="30"/>
        <source>Last updated</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <location filename="../ui/TokenDetailsPane.cpp" line="31"/>
        <source>Creator</source>
        <translation>Ersteller</translation>
    </message>
    <message>
        <location filename="../ui/TokenDetailsPane.cpp" line="32"/>
        <source>Creator ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TokenDetailsPane.cpp" line="33"/>
        <source>Owner ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TokenDetailsPane.cpp" line="34"/>
        <source>Default role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TokenDetailsPane.cpp" line="35"/>
        <source>Org roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TokenDetailsPane.cpp" line="36"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/TokenDetailsPane.cpp" line="37"/>
        <source>API token ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TokenDetailsPane.cpp" line="41"/>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TokenDetailsPane.cpp" line="74"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/TokenDetailsPane.cpp" line="75"/>
        <source>Copy %1 to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TokenDetailsPane.cpp" line="102"/>
        <source> (expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TokenDetailsPane.cpp" line="104"/>
        <location filename="../ui/TokenDetailsPane.cpp" line="126"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TokenDetailsPane.cpp" line="106"/>
        <location filename="../ui/TokenDetailsPane.cpp" line="113"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TokenDetailsPane.cpp" line="108"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../ui/TokenDetailsPane.cpp" line="116"/>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TokenDetailsPane.cpp" line="119"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TokenDetailsPane.cpp" line="121"/>
        <source>, %n application role(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TokenDetailsPane.cpp" line="123"/>
        <source>, %n dashboard role(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenFormat</name>
    <message numerus="yes">
        <location filename="../app/core/TokenFormat.cpp" line="18"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/TokenFormat.cpp" line="21"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/TokenFormat.cpp" line="24"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/TokenFormat.cpp" line="26"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/TokenFormat.cpp" line="34"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../app/core/TokenFormat.cpp" line="37"/>
        <source>expired %1 ago</source>
        <translation>abgelaufen vor %1</translation>
    </message>
    <message>
        <location filename="../app/core/TokenFormat.cpp" line="38"/>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <location filename="../app/core/TokenFormat.cpp" line="57"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/TokenFormat.cpp" line="61"/>
        <source>%1 and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/TokenFormat.cpp" line="74"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../app/core/TokenFormat.cpp" line="76"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
</context>
<context>
    <name>TokenListModel</name>
    <message>
        <location filename="../app/core/TokenListModel.cpp" line="308"/>
        <source>This token never expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/TokenListModel.cpp" line="352"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/core/TokenListModel.cpp" line="354"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/core/TokenListModel.cpp" line="356"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location filename="../app/core/TokenListModel.cpp" line="358"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../app/core/TokenListModel.cpp" line="360"/>
        <source>Last updated</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <location filename="../app/core/TokenListModel.cpp" line="362"/>
        <source>Creator</source>
        <translation>Ersteller</translation>
    </message>
    <message>
        <location filename="../app/core/TokenListModel.cpp" line="364"/>
        <source>Scope</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <location filename="../app/core/TokenListModel.cpp" line="366"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../app/core/TokenListModel.cpp" line="368"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="37"/>
        <source>Could not listen on port %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="44"/>
        <source>Local Losant instance running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="48"/>
        <source>Press Ctrl+C to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="60"/>
        <source>Could not start the demo instance on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="70"/>
        <source>Demo instance (local)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
