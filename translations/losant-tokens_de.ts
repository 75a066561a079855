<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AccessSummary</name>
    <message>
        <source>The access token may list tokens here; whether it may create them shows when you try.</source>
        <translation>Das Zugriffstoken darf hier Tokens auflisten; ob es sie auch erstellen darf, zeigt sich beim Versuch.</translation>
    </message>
    <message>
        <source>The access token may not list tokens here.</source>
        <translation>Das Zugriffstoken darf hier keine Tokens auflisten.</translation>
    </message>
    <message>
        <source>The access token may list and create tokens here.</source>
        <translation>Das Zugriffstoken darf hier Tokens auflisten und erstellen.</translation>
    </message>
    <message>
        <source>The access token may list tokens here, not create them.</source>
        <translation>Das Zugriffstoken darf hier Tokens auflisten, aber nicht erstellen.</translation>
    </message>
    <message>
        <source>The access token may create tokens here, not list them.</source>
        <translation>Das Zugriffstoken darf hier Tokens erstellen, aber nicht auflisten.</translation>
    </message>
    <message>
        <source>The access token may neither list nor create tokens here.</source>
        <translation>Das Zugriffstoken darf hier Tokens weder auflisten noch erstellen.</translation>
    </message>
    <message>
        <source>The access token may do nothing with the tokens here.</source>
        <translation>Das Zugriffstoken darf mit den Tokens hier nichts tun.</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Token activity — %1</source>
        <translation>Token-Aktivität — %1</translation>
    </message>
    <message>
        <source>This access token may not read the instance audit log (it needs instanceAuditLogs.get or all.Instance.read).</source>
        <translation>Dieses Zugriffstoken darf das Audit-Log der Instanz nicht lesen (dazu braucht es instanceAuditLogs.get oder all.Instance.read).</translation>
    </message>
    <message>
        <source>The activity could not be loaded: %1</source>
        <translation>Die Aktivität konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Loading the activity…</source>
        <translation>Aktivität wird geladen…</translation>
    </message>
    <message>
        <source>No recorded token activity matches. Losant&apos;s audit log records changes, not reads, keeps a year, and may be turned off for an instance.</source>
        <translation>Keine passende aufgezeichnete Token-Aktivität. Das Audit-Log von Losant zeichnet Änderungen auf, keine Lesezugriffe, bewahrt sie ein Jahr lang auf und kann für eine Instanz ausgeschaltet sein.</translation>
    </message>
    <message>
        <source>Showing %1 of %2 entries</source>
        <translation>%1 von %2 Einträgen angezeigt</translation>
    </message>
</context>
<context>
    <name>ActivityFilters</name>
    <message>
        <source>Anyone</source>
        <translation>Jeder</translation>
    </message>
    <message>
        <source>Choose an actor seen in the log, or type a name and press Enter</source>
        <translation>Wählen Sie einen Akteur aus dem Log, oder geben Sie einen Namen ein und drücken Sie die Eingabetaste</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Jede Aktion</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Succeeded (2xx)</source>
        <translation>Erfolgreich (2xx)</translation>
    </message>
    <message>
        <source>Failed (4xx–5xx)</source>
        <translation>Fehlgeschlagen (4xx–5xx)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>&amp;Actor:</source>
        <translation>&amp;Akteur:</translation>
    </message>
    <message>
        <source>Acti&amp;on:</source>
        <translation>Akt&amp;ion:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
</context>
<context>
    <name>ApiCall</name>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>the answer is larger than allowed</source>
        <translation>die Antwort ist größer als erlaubt</translation>
    </message>
    <message>
        <source>the server sent an HTML page instead of an error message</source>
        <translation>der Server hat eine HTML-Seite statt einer Fehlermeldung gesendet</translation>
    </message>
    <message>
        <source>the server sent no error message</source>
        <translation>der Server hat keine Fehlermeldung gesendet</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server gave no reason.</source>
        <translation>Der Server hat keinen Grund genannt.</translation>
    </message>
    <message>
        <source>The access token was refused (401): %1</source>
        <translation>Das Zugriffstoken wurde abgelehnt (401): %1</translation>
    </message>
    <message>
        <source>The access token lacks the permission for this (403): %1</source>
        <translation>Dem Zugriffstoken fehlt die Berechtigung dafür (403): %1</translation>
    </message>
    <message>
        <source>Not found (404): %1</source>
        <translation>Nicht gefunden (404): %1</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests; the server asks to wait %n second(s) (429): %1</source>
        <translation>
            <numerusform>Zu viele Anfragen; der Server bittet, %n Sekunde zu warten (429): %1</numerusform>
            <numerusform>Zu viele Anfragen; der Server bittet, %n Sekunden zu warten (429): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests; the server asks to wait (429): %1</source>
        <translation>Zu viele Anfragen; der Server bittet zu warten (429): %1</translation>
    </message>
    <message>
        <source>The server had a problem (%1): %2</source>
        <translation>Auf dem Server ist ein Problem aufgetreten (%1): %2</translation>
    </message>
    <message>
        <source>The server refused the request (%1): %2</source>
        <translation>Der Server hat die Anfrage abgelehnt (%1): %2</translation>
    </message>
    <message>
        <source>The connection broke off in the middle of the answer: %1</source>
        <translation>Die Verbindung ist mitten in der Antwort abgebrochen: %1</translation>
    </message>
    <message>
        <source>The connection closed before the server answered: %1</source>
        <translation>Die Verbindung wurde geschlossen, bevor der Server geantwortet hat: %1</translation>
    </message>
    <message>
        <source>Could not reach the server: %1</source>
        <translation>Der Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not accepted: %1</source>
        <translation>Das Zertifikat des Servers wurde nicht akzeptiert: %1</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not what was expected: %1</source>
        <translation>Die Antwort des Servers war nicht wie erwartet: %1</translation>
    </message>
    <message>
        <source>%1 The server said (%2): %3</source>
        <translation>%1 Der Server meldete (%2): %3</translation>
    </message>
</context>
<context>
    <name>ApiReplyParser</name>
    <message>
        <source>an HTML page instead of JSON</source>
        <translation>eine HTML-Seite statt JSON</translation>
    </message>
    <message>
        <source>not JSON (%1)</source>
        <translation>kein JSON (%1)</translation>
    </message>
    <message>
        <source>a JSON value that is not an object</source>
        <translation>ein JSON-Wert, der kein Objekt ist</translation>
    </message>
    <message>
        <source>the token field &apos;%1&apos; is not text</source>
        <translation>das Token-Feld „%1“ ist kein Text</translation>
    </message>
    <message>
        <source>a token without an id</source>
        <translation>ein Token ohne ID</translation>
    </message>
    <message>
        <source>the token field &apos;%1&apos; is not a date</source>
        <translation>das Token-Feld „%1“ ist kein Datum</translation>
    </message>
    <message>
        <source>the token field &apos;scope&apos; is not a list</source>
        <translation>das Token-Feld „scope“ ist keine Liste</translation>
    </message>
    <message>
        <source>the token field &apos;orgRoles&apos; is not a list</source>
        <translation>das Token-Feld „orgRoles“ ist keine Liste</translation>
    </message>
    <message>
        <source>&apos;items&apos; is missing or not a list</source>
        <translation>„items“ fehlt oder ist keine Liste</translation>
    </message>
    <message>
        <source>&apos;totalCount&apos; is missing or not a number</source>
        <translation>„totalCount“ fehlt oder ist keine Zahl</translation>
    </message>
    <message>
        <source>an item of &apos;items&apos; is not an object</source>
        <translation>ein Element von „items“ ist kein Objekt</translation>
    </message>
</context>
<context>
    <name>ApiTokenSchema</name>
    <message>
        <source>The field “%1” is not allowed here.</source>
        <translation>Das Feld „%1“ ist hier nicht erlaubt.</translation>
    </message>
    <message>
        <source>%1 must be text.</source>
        <translation>%1 muss Text sein.</translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation>%1 muss einer dieser Werte sein: %2.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Name must not be empty.</source>
        <translation>Der Name darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Name must be at most %1 characters.</source>
        <translation>Der Name darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Description must be at most %1 characters.</source>
        <translation>Die Beschreibung darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Expiration date</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <source>Expiration date must be a date and time with a time zone, such as 2030-01-31T12:00:00Z.</source>
        <translation>Das Ablaufdatum muss ein Datum mit Uhrzeit und Zeitzone sein, etwa 2030-01-31T12:00:00Z.</translation>
    </message>
    <message>
        <source>%1 must be a list.</source>
        <translation>Für %1 wird eine Liste erwartet.</translation>
    </message>
    <message>
        <source>%1 may have at most %2 entries.</source>
        <translation>Für %1 sind höchstens %2 Einträge erlaubt.</translation>
    </message>
    <message>
        <source>Each entry of %1 must be an object.</source>
        <translation>Jeder Eintrag in %1 muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>Resource ID is required.</source>
        <translation>Die Ressourcen-ID ist erforderlich.</translation>
    </message>
    <message>
        <source>Resource ID</source>
        <translation>Ressourcen-ID</translation>
    </message>
    <message>
        <source>Resource ID must be 24 hexadecimal characters.</source>
        <translation>Die Ressourcen-ID muss aus 24 Hexadezimalzeichen bestehen.</translation>
    </message>
    <message>
        <source>Role is required.</source>
        <translation>Die Rolle ist erforderlich.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Organization roles must be a list.</source>
        <translation>Für Organisationsrollen wird eine Liste erwartet.</translation>
    </message>
    <message>
        <source>At most %1 organization roles are allowed.</source>
        <translation>Es sind höchstens %1 Organisationsrollen erlaubt.</translation>
    </message>
    <message>
        <source>Each organization role must be an object.</source>
        <translation>Jede Organisationsrolle muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>Organization ID is required.</source>
        <translation>Die Organisations-ID ist erforderlich.</translation>
    </message>
    <message>
        <source>Organization ID</source>
        <translation>Organisations-ID</translation>
    </message>
    <message>
        <source>Organization ID must be 24 hexadecimal characters or “sandbox”.</source>
        <translation>Die Organisations-ID muss aus 24 Hexadezimalzeichen bestehen oder „sandbox“ lauten.</translation>
    </message>
    <message>
        <source>Application roles</source>
        <translation>Anwendungsrollen</translation>
    </message>
    <message>
        <source>Dashboard roles</source>
        <translation>Dashboard-Rollen</translation>
    </message>
    <message>
        <source>Scope must be a list.</source>
        <translation>Für den Scope wird eine Liste erwartet.</translation>
    </message>
    <message>
        <source>Each scope must be text.</source>
        <translation>Jeder Scope muss Text sein.</translation>
    </message>
    <message>
        <source>“%1” is not a known scope.</source>
        <translation>„%1“ ist kein bekannter Scope.</translation>
    </message>
    <message>
        <source>The scope “%1” is listed more than once.</source>
        <translation>Der Scope „%1“ ist mehrfach aufgeführt.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation>Der Anfragetext muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>Name is required.</source>
        <translation>Der Name ist erforderlich.</translation>
    </message>
    <message>
        <source>Default role</source>
        <translation>Standardrolle</translation>
    </message>
    <message>
        <source>Application tokens have no “%1”.</source>
        <translation>Anwendungstokens haben kein „%1“.</translation>
    </message>
    <message>
        <source>“%1” cannot be given to a token of this kind.</source>
        <translation>„%1“ kann einem Token dieser Art nicht erteilt werden.</translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <source>Browse, create and tidy the API tokens of a Losant instance.
With --url and --instance, the access token comes from --token-file or
the %1 environment variable; it is never printed.</source>
        <translation type="vanished">Die API-Tokens einer Losant-Instanz durchsuchen, erstellen und aufräumen.
Mit --url und --instance stammt das Zugriffstoken aus --token-file oder
aus der Umgebungsvariablen %1; es wird nie ausgegeben.</translation>
    </message>
    <message>
        <source>Open the built-in demo instance (no account needed).</source>
        <translation>Die eingebaute Demo-Instanz öffnen (kein Konto nötig).</translation>
    </message>
    <message>
        <source>Run the local Losant-compatible instance without a window and print its URL, instance ID and an admin access token.</source>
        <translation>Die lokale Losant-kompatible Instanz ohne Fenster ausführen und ihre URL, ihre Instanz-ID und ein Admin-Zugriffstoken ausgeben.</translation>
    </message>
    <message>
        <source>Port for --serve (default: any free port).</source>
        <translation>Port für --serve (Standard: ein beliebiger freier Port).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Save a PNG of the window once the first page is shown, then quit.</source>
        <translation>Ein PNG des Fensters speichern, sobald die erste Seite angezeigt wird, dann beenden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>How many tokens the demo instance holds (default 250, up to 1000000).</source>
        <translation>Anzahl der Tokens in der Demo-Instanz (Standard 250, höchstens 1000000).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Open the saved connection profile &lt;name&gt; (its access token comes from the system keychain, or from --token-file).</source>
        <translation>Das gespeicherte Verbindungsprofil &lt;Name&gt; öffnen (sein Zugriffstoken stammt aus dem Schlüsselbund des Systems oder aus --token-file).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Connect to the Losant API at &lt;url&gt; (https; http only for this computer). Needs --instance and an access token.</source>
        <translation type="vanished">Mit der Losant-API unter &lt;URL&gt; verbinden (https; http nur für diesen Computer). Erfordert --instance und ein Zugriffstoken.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The ID of the instance to open with --url (24 hexadecimal characters).</source>
        <translation>Die ID der Instanz, die mit --url geöffnet wird (24 Hexadezimalzeichen).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Read the access token from &lt;path&gt; instead of %1.</source>
        <translation>Das Zugriffstoken aus &lt;Pfad&gt; statt aus %1 lesen.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>With --serve: misbehave on one route, e.g. list=429:5, list=html, list=shape:items, list=truncate, list=huge, create=drop, get=500. Repeatable.</source>
        <translation type="vanished">Mit --serve: auf einer Route einen Fehler simulieren, z. B. list=429:5, list=html, list=shape:items, list=truncate, list=huge, create=drop, get=500. Mehrfach angebbar.</translation>
    </message>
    <message>
        <source>route=fault</source>
        <translation>Route=Fehler</translation>
    </message>
    <message>
        <source>Print when the first page is shown, then quit.</source>
        <translation>Melden, sobald die erste Seite angezeigt wird, dann beenden.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>--profile and --url cannot be used together: a profile holds its own URL</source>
        <translation>--profile und --url können nicht zusammen verwendet werden: Ein Profil enthält seine eigene URL</translation>
    </message>
    <message>
        <source>--profile and --instance cannot be used together: a profile holds its own instance</source>
        <translation type="vanished">--profile und --instance können nicht zusammen verwendet werden: Ein Profil enthält seine eigene Instanz</translation>
    </message>
    <message>
        <source>--demo and %1 cannot be used together</source>
        <translation>--demo und %1 können nicht zusammen verwendet werden</translation>
    </message>
    <message>
        <source>--serve and %1 cannot be used together</source>
        <translation>--serve und %1 können nicht zusammen verwendet werden</translation>
    </message>
    <message>
        <source>--port needs a number from 0 to 65535, not &quot;%1&quot;</source>
        <translation>--port erwartet eine Zahl von 0 bis 65535, nicht „%1“</translation>
    </message>
    <message>
        <source>--port only goes with --serve</source>
        <translation>--port ist nur zusammen mit --serve möglich</translation>
    </message>
    <message>
        <source>--tokens needs a number from 0 to 1000000, not &quot;%1&quot;</source>
        <translation>--tokens erwartet eine Zahl von 0 bis 1000000, nicht „%1“</translation>
    </message>
    <message>
        <source>--tokens only goes with the demo instance or --serve, not with %1</source>
        <translation>--tokens ist nur mit der Demo-Instanz oder mit --serve möglich, nicht mit %1</translation>
    </message>
    <message>
        <source>--fault: %1</source>
        <translation>--fault: %1</translation>
    </message>
    <message>
        <source>--fault only goes with --serve</source>
        <translation>--fault ist nur zusammen mit --serve möglich</translation>
    </message>
    <message>
        <source>--instance needs an instance ID of 24 hexadecimal characters, not &quot;%1&quot;</source>
        <translation>--instance erwartet eine Instanz-ID aus 24 Hexadezimalzeichen, nicht „%1“</translation>
    </message>
    <message>
        <source>--url &quot;%1&quot; is not a valid URL</source>
        <translation>--url „%1“ ist keine gültige URL</translation>
    </message>
    <message>
        <source>--url &quot;%1&quot;: %2</source>
        <translation>--url „%1“: %2</translation>
    </message>
    <message>
        <source>--url &quot;%1&quot; needs --instance too (the instance&apos;s 24-character ID)</source>
        <translation type="vanished">--url „%1“ erfordert auch --instance (die 24-stellige ID der Instanz)</translation>
    </message>
    <message>
        <source>--instance &quot;%1&quot; needs --url too (such as https://api.losant.com)</source>
        <translation type="vanished">--instance „%1“ erfordert auch --url (etwa https://api.losant.com)</translation>
    </message>
    <message>
        <source>--profile needs the name of a saved connection profile</source>
        <translation>--profile erwartet den Namen eines gespeicherten Verbindungsprofils</translation>
    </message>
    <message>
        <source>there is no connection profile &quot;%1&quot;</source>
        <translation>es gibt kein Verbindungsprofil „%1“</translation>
    </message>
    <message>
        <source>--token-file &quot;%1&quot; only goes with --url and --instance, or with --profile</source>
        <translation type="vanished">--token-file „%1“ ist nur mit --url und --instance oder mit --profile möglich</translation>
    </message>
    <message>
        <source>cannot read the token file &quot;%1&quot;: %2</source>
        <translation>die Token-Datei „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the token file &quot;%1&quot; is larger than %2 KiB, too large for a token</source>
        <translation>die Token-Datei „%1“ ist größer als %2 KiB und damit zu groß für ein Token</translation>
    </message>
    <message>
        <source>the token file &quot;%1&quot; is empty</source>
        <translation>die Token-Datei „%1“ ist leer</translation>
    </message>
    <message>
        <source>the token file &quot;%1&quot; holds more than one token (spaces or several lines)</source>
        <translation>die Token-Datei „%1“ enthält mehr als ein Token (Leerzeichen oder mehrere Zeilen)</translation>
    </message>
    <message>
        <source>--url and --instance need an access token: set %1 or give --token-file</source>
        <translation type="vanished">--url und --instance erfordern ein Zugriffstoken: Setzen Sie %1 oder geben Sie --token-file an</translation>
    </message>
    <message>
        <source>%1 holds more than one token (spaces or several lines)</source>
        <translation>%1 enthält mehr als ein Token (Leerzeichen oder mehrere Zeilen)</translation>
    </message>
    <message>
        <source>Browse, create and tidy the API tokens of a Losant instance.
With --url and --instance, --application or --my-tokens, the access token
comes from --token-file or the %1 environment variable; it is never printed.</source>
        <translation>Die API-Tokens einer Losant-Instanz durchsuchen, erstellen und aufräumen.
Mit --url und --instance, --application oder --my-tokens stammt das Zugriffstoken
aus --token-file oder aus der Umgebungsvariablen %1; es wird nie ausgegeben.</translation>
    </message>
    <message>
        <source>Connect to the Losant API at &lt;url&gt; (https; http only for this computer). Needs --instance, --application or --my-tokens, and an access token.</source>
        <translation>Mit der Losant-API unter &lt;URL&gt; verbinden (https; http nur für diesen Computer). Erfordert --instance, --application oder --my-tokens sowie ein Zugriffstoken.</translation>
    </message>
    <message>
        <source>The ID of the application whose tokens to open with --url (24 hexadecimal characters).</source>
        <translation>Die ID der Anwendung, deren Tokens mit --url geöffnet werden (24 Hexadezimalzeichen).</translation>
    </message>
    <message>
        <source>Open your own API tokens (/me/tokens) with --url.</source>
        <translation>Ihre eigenen API-Tokens (/me/tokens) mit --url öffnen.</translation>
    </message>
    <message>
        <source>%1 and %2 cannot be used together: choose one collection of tokens</source>
        <translation>%1 und %2 können nicht zusammen verwendet werden: Wählen Sie eine einzige Token-Sammlung</translation>
    </message>
    <message>
        <source>--profile and %1 cannot be used together: a profile holds its own collection of tokens</source>
        <translation>--profile und %1 können nicht zusammen verwendet werden: Ein Profil enthält seine eigene Token-Sammlung</translation>
    </message>
    <message>
        <source>--application needs an application ID of 24 hexadecimal characters, not &quot;%1&quot;</source>
        <translation>--application erwartet eine Anwendungs-ID aus 24 Hexadezimalzeichen, nicht „%1“</translation>
    </message>
    <message>
        <source>--url &quot;%1&quot; needs --instance too (the instance&apos;s 24-character ID), or --application &lt;id&gt;, or --my-tokens</source>
        <translation>--url „%1“ erfordert auch --instance (die 24-stellige ID der Instanz), --application &lt;ID&gt; oder --my-tokens</translation>
    </message>
    <message>
        <source>%1 needs --url too (such as https://api.losant.com)</source>
        <translation>%1 erfordert auch --url (etwa https://api.losant.com)</translation>
    </message>
    <message>
        <source>--token-file &quot;%1&quot; only goes with --url (and --instance, --application or --my-tokens), or with --profile</source>
        <translation>--token-file „%1“ ist nur mit --url (und --instance, --application oder --my-tokens) oder mit --profile möglich</translation>
    </message>
    <message>
        <source>--url and %1 need an access token: set %2 or give --token-file</source>
        <translation>--url und %1 erfordern ein Zugriffstoken: Setzen Sie %2 oder geben Sie --token-file an</translation>
    </message>
    <message>
        <source>With --serve: misbehave on one route, e.g. list=429:5, list=html, list=shape:items, list=truncate, list=huge, create=drop, get=500, audit-list=403, audit-get=delay:2000. Repeatable.</source>
        <translation>Mit --serve: auf einer Route einen Fehler simulieren, z. B. list=429:5, list=html, list=shape:items, list=truncate, list=huge, create=drop, get=500, audit-list=403, audit-get=delay:2000. Mehrfach angebbar.</translation>
    </message>
    <message>
        <source>Developer option: the view --screenshot saves: main (the default), create, created or connections.</source>
        <translation type="vanished">Entwickleroption: die Ansicht, die --screenshot speichert: main (Standard), create, created oder connections.</translation>
    </message>
    <message>
        <source>view</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>--screenshot-of needs one of %1, not &quot;%2&quot;</source>
        <translation>--screenshot-of erwartet eines von %1, nicht „%2“</translation>
    </message>
    <message>
        <source>--screenshot-of only goes with --screenshot</source>
        <translation>--screenshot-of ist nur zusammen mit --screenshot möglich</translation>
    </message>
    <message>
        <source>Developer option: which view --screenshot saves: main (the default), create, created or connections.</source>
        <translation type="vanished">Entwickleroption: welche Ansicht --screenshot speichert: main (Standard), create, created oder connections.</translation>
    </message>
    <message>
        <source>Developer option: which view --screenshot saves: main (the default), create, roles, created or connections.</source>
        <translation>Entwickleroption: welche Ansicht --screenshot speichert: main (Standard), create, roles, created oder connections.</translation>
    </message>
</context>
<context>
    <name>AppSession</name>
    <message>
        <source>No keychain is available (%1): access tokens you enter are kept for this session only and never written to disk.</source>
        <translation>Kein Schlüsselbund verfügbar (%1): Eingegebene Zugriffstokens werden nur für diese Sitzung aufbewahrt und nie auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>Demo instance (local)</source>
        <translation>Demo-Instanz (lokal)</translation>
    </message>
    <message>
        <source>This is the demo instance: made-up tokens on this computer, nothing leaves it. Add a connection to manage a real Losant instance.</source>
        <translation type="vanished">Dies ist die Demo-Instanz: erfundene Tokens auf diesem Computer, nichts verlässt ihn. Fügen Sie eine Verbindung hinzu, um eine echte Losant-Instanz zu verwalten.</translation>
    </message>
    <message>
        <source>This is the demo instance on this computer. Switch to a real instance in the Instance list.</source>
        <translation type="vanished">Dies ist die Demo-Instanz auf diesem Computer. Wechseln Sie in der Liste „Instanz“ zu einer echten Instanz.</translation>
    </message>
    <message>
        <source>Add a &amp;Connection…</source>
        <translation>&amp;Verbindung hinzufügen…</translation>
    </message>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
    <message>
        <source>No access token is stored for “%1”. Enter it to open the instance.</source>
        <translation>Für „%1“ ist kein Zugriffstoken gespeichert. Geben Sie es ein, um die Instanz zu öffnen.</translation>
    </message>
    <message>
        <source>The access token of “%1” could not be read: %2</source>
        <translation>Das Zugriffstoken von „%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The instance no longer accepts this access token. Enter another access token to manage it again.</source>
        <translation type="vanished">Die Instanz akzeptiert dieses Zugriffstoken nicht mehr. Geben Sie ein anderes Zugriffstoken ein, um sie wieder zu verwalten.</translation>
    </message>
    <message>
        <source>Demo application “%1” (local)</source>
        <translation>Demo-Anwendung „%1“ (lokal)</translation>
    </message>
    <message>
        <source>Demo: my tokens (local)</source>
        <translation>Demo: meine Tokens (lokal)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>This is the demo: made-up tokens on this computer, nothing leaves it. Add a connection to manage the tokens of a real Losant instance or application, or your own.</source>
        <translation>Dies ist die Demo: erfundene Tokens auf diesem Computer, nichts verlässt ihn. Fügen Sie eine Verbindung hinzu, um die Tokens einer echten Losant-Instanz oder -Anwendung oder Ihre eigenen zu verwalten.</translation>
    </message>
    <message>
        <source>This is the demo on this computer. Switch to a real connection in the “Tokens of” list.</source>
        <translation>Dies ist die Demo auf diesem Computer. Wechseln Sie in der Liste „Tokens von“ zu einer echten Verbindung.</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message>
        <source>Losant no longer accepts this access token. Enter another access token to manage these tokens again.</source>
        <translation>Losant akzeptiert dieses Zugriffstoken nicht mehr. Geben Sie ein anderes Zugriffstoken ein, um diese Tokens wieder zu verwalten.</translation>
    </message>
</context>
<context>
    <name>AuditEntryText</name>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (failed)</source>
        <translation>%1 (fehlgeschlagen)</translation>
    </message>
    <message>
        <source>renamed from %1 to %2</source>
        <translation>umbenannt in %2 (vorher %1)</translation>
    </message>
    <message>
        <source>renamed to %1</source>
        <translation>umbenannt in %1</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>activated</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>status set to %1</source>
        <translation>Status auf %1 gesetzt</translation>
    </message>
    <message>
        <source>description cleared</source>
        <translation>Beschreibung geleert</translation>
    </message>
    <message>
        <source>description set to %1</source>
        <translation>Beschreibung auf %1 gesetzt</translation>
    </message>
    <message>
        <source>roles changed</source>
        <translation>Rollen geändert</translation>
    </message>
    <message>
        <source>Created as %1 by %2</source>
        <translation>Erstellt als %1 von %2</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Deleted by %1</source>
        <translation>Gelöscht von %1</translation>
    </message>
    <message>
        <source>%1 — failed (%2)</source>
        <translation>%1 — fehlgeschlagen (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>vor %n Jahr</numerusform>
            <numerusform>vor %n Jahren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>token %1</source>
        <translation>Token %1</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Token ID %1</source>
        <translation>Token-ID %1</translation>
    </message>
</context>
<context>
    <name>AuditReplyParser</name>
    <message>
        <source>the audit log field &apos;%1&apos; is not text</source>
        <translation>das Audit-Log-Feld „%1“ ist kein Text</translation>
    </message>
    <message>
        <source>the audit log field &apos;%1&apos; is not an object</source>
        <translation>das Audit-Log-Feld „%1“ ist kein Objekt</translation>
    </message>
    <message>
        <source>the audit log field &apos;%1&apos; is not a date</source>
        <translation>das Audit-Log-Feld „%1“ ist kein Datum</translation>
    </message>
    <message>
        <source>the audit log field &apos;%1&apos; is not a whole number</source>
        <translation>das Audit-Log-Feld „%1“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>an audit log entry without an id</source>
        <translation>ein Audit-Log-Eintrag ohne ID</translation>
    </message>
    <message>
        <source>&apos;items&apos; is missing or not a list</source>
        <translation type="vanished">„items“ fehlt oder ist keine Liste</translation>
    </message>
    <message>
        <source>&apos;totalCount&apos; is missing or not a number</source>
        <translation type="vanished">„totalCount“ fehlt oder ist keine Zahl</translation>
    </message>
    <message>
        <source>an item of &apos;items&apos; is not an object</source>
        <translation>ein Element von „items“ ist kein Objekt</translation>
    </message>
</context>
<context>
    <name>BulkActionRunner</name>
    <message>
        <source>Activating</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Deactivating</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source> tokens…</source>
        <translation> der Tokens…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>%1 “%2” (%3 of %4)…</source>
        <translation type="vanished">%1 von „%2“ (%3 von %4)…</translation>
    </message>
    <message>
        <source>Activated %1 of %2 tokens.</source>
        <translation>%1 von %2 Tokens aktiviert.</translation>
    </message>
    <message>
        <source>Deactivated %1 of %2 tokens.</source>
        <translation>%1 von %2 Tokens deaktiviert.</translation>
    </message>
    <message>
        <source>Deleted %1 of %2 tokens.</source>
        <translation>%1 von %2 Tokens gelöscht.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n failed:
</source>
        <translation>
            <numerusform>%n fehlgeschlagen:
</numerusform>
            <numerusform>%n fehlgeschlagen:
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n token(s) not touched.</source>
        <translation>
            <numerusform>Angehalten: %n Token blieb unverändert.</numerusform>
            <numerusform>Angehalten: %n Tokens blieben unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Losant Tokens</source>
        <translation>Losant Tokens</translation>
    </message>
    <message>
        <source>%1 %2 (%3 of %4)…</source>
        <translation>%1 von %2 (%3 von %4)…</translation>
    </message>
</context>
<context>
    <name>CallRefusal</name>
    <message>
        <source>Losant does not let an access token issued by OAuth (a sign-in) create, change or delete your API tokens. Connect with an API token that has one of the scopes %1 instead.</source>
        <translation>Losant erlaubt einem per OAuth (bei einer Anmeldung) ausgestellten Zugriffstoken nicht, Ihre API-Tokens zu erstellen, zu ändern oder zu löschen. Verbinden Sie sich stattdessen mit einem API-Token, das einen der Scopes %1 hat.</translation>
    </message>
</context>
<context>
    <name>ChangeCommand</name>
    <message>
        <source>Activate tokens.</source>
        <translation>Tokens aktivieren.</translation>
    </message>
    <message>
        <source>Deactivate tokens (asks first when there are several).</source>
        <translation>Tokens deaktivieren (fragt vorher nach, wenn es mehrere sind).</translation>
    </message>
    <message>
        <source>Delete tokens for good (asks first).</source>
        <translation>Tokens endgültig löschen (fragt vorher nach).</translation>
    </message>
    <message>
        <source>ID... [--yes] CONNECTION</source>
        <translation>ID... [--yes] VERBINDUNG</translation>
    </message>
    <message>
        <source>The token IDs.</source>
        <translation>Die Token-IDs.</translation>
    </message>
    <message>
        <source>Go ahead without asking (needed when standard input is not a terminal).</source>
        <translation>Ohne Nachfrage fortfahren (nötig, wenn die Standardeingabe kein Terminal ist).</translation>
    </message>
    <message>
        <source>needs at least one token ID</source>
        <translation>erwartet mindestens eine Token-ID</translation>
    </message>
    <message>
        <source>a token ID has 24 hexadecimal characters, not &quot;%1&quot;</source>
        <translation type="vanished">eine Token-ID besteht aus 24 Hexadezimalzeichen, nicht „%1“</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n token(s) for good from %1?</source>
        <translation>
            <numerusform>%n Token endgültig aus %1 löschen?</numerusform>
            <numerusform>%n Tokens endgültig aus %1 löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n token(s) in %1?</source>
        <translation>
            <numerusform>%n Token in %1 deaktivieren?</numerusform>
            <numerusform>%n Tokens in %1 deaktivieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 This includes %2, the access token this command uses (it goes last).</source>
        <translation>%1 Darunter ist %2, das Zugriffstoken, das dieser Befehl verwendet (es kommt zuletzt an die Reihe).</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <source>Activated %1</source>
        <translation>%1 aktiviert</translation>
    </message>
    <message>
        <source>Deactivated %1</source>
        <translation>%1 deaktiviert</translation>
    </message>
</context>
<context>
    <name>CliConnection</name>
    <message>
        <source>there is no connection profile &quot;%1&quot;</source>
        <translation>es gibt kein Verbindungsprofil „%1“</translation>
    </message>
    <message>
        <source>cannot read the access token of profile &quot;%1&quot; from the keychain: %2</source>
        <translation>das Zugriffstoken des Profils „%1“ kann nicht aus dem Schlüsselbund gelesen werden: %2</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; has no access token saved in the keychain: give --token-file</source>
        <translation>für das Profil „%1“ ist kein Zugriffstoken im Schlüsselbund gespeichert: Geben Sie --token-file an</translation>
    </message>
</context>
<context>
    <name>CliOutput</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>ABLAUF</translation>
    </message>
    <message>
        <source>SCOPES</source>
        <translation>SCOPES</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Ersteller</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>losant-tokens help: no subcommand &quot;%1&quot; (one of: %2)</source>
        <translation>losant-tokens help: kein Unterbefehl „%1“ (einer von: %2)</translation>
    </message>
    <message>
        <source>Usage: losant-tokens SUBCOMMAND [options]
       losant-tokens [--profile NAME | --url URL ...]   (the window)

Subcommands:
</source>
        <translation>Aufruf: losant-tokens UNTERBEFEHL [Optionen]
        losant-tokens [--profile NAME | --url URL ...]   (das Fenster)

Unterbefehle:
</translation>
    </message>
    <message>
        <source>This list, or one subcommand&apos;s options (help SUBCOMMAND).</source>
        <translation>Diese Liste oder die Optionen eines Unterbefehls (help UNTERBEFEHL).</translation>
    </message>
    <message>
        <source>Each takes --profile NAME, or --url URL with --instance ID, --application ID or --my-tokens (the access token from %1 or --token-file). &quot;losant-tokens SUBCOMMAND --help&quot; shows its options and an example.</source>
        <translation>Jeder nimmt --profile NAME oder --url URL mit --instance ID, --application ID oder --my-tokens (das Zugriffstoken aus %1 oder --token-file). „losant-tokens UNTERBEFEHL --help“ zeigt seine Optionen und ein Beispiel.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save and &amp;Open</source>
        <translation>Speichern und ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>z. B. Produktion</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>On-premises instances have their own API URL.</source>
        <translation>On-Premises-Instanzen haben eine eigene API-URL.</translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation>API-&amp;URL:</translation>
    </message>
    <message>
        <source>24 hexadecimal characters</source>
        <translation>24 Hexadezimalzeichen</translation>
    </message>
    <message>
        <source>&amp;Instance ID:</source>
        <translation type="vanished">&amp;Instanz-ID:</translation>
    </message>
    <message>
        <source>An access token allowed to list and manage API tokens</source>
        <translation>Ein Zugriffstoken, das API-Tokens auflisten und verwalten darf</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show or hide the access token</source>
        <translation>Zugriffstoken anzeigen oder verbergen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>&amp;Access token:</source>
        <translation type="vanished">&amp;Zugriffstoken:</translation>
    </message>
    <message>
        <source>Acc&amp;ess token:</source>
        <translation>&amp;Zugriffstoken:</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Only for instances that need the losantdomain header</source>
        <translation>Nur für Instanzen, die den losantdomain-Header benötigen</translation>
    </message>
    <message>
        <source>losant&amp;domain header:</source>
        <translation>losant&amp;domain-Header:</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>Schlüsselbund wird gelesen…</translation>
    </message>
    <message>
        <source>The access token could not be read: %1</source>
        <translation>Das Zugriffstoken konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>There is already a profile named “%1”.</source>
        <translation>Es gibt bereits ein Profil namens „%1“.</translation>
    </message>
    <message>
        <source>The instance ID has 24 hexadecimal characters (%1 so far).</source>
        <translation>Die Instanz-ID hat 24 Hexadezimalzeichen (bisher %1).</translation>
    </message>
    <message>
        <source>Enter the access token.</source>
        <translation>Geben Sie das Zugriffstoken ein.</translation>
    </message>
    <message>
        <source>An instance ID has 24 hexadecimal characters; this has %1.</source>
        <translation>Eine Instanz-ID hat 24 Hexadezimalzeichen, diese hat %1.</translation>
    </message>
    <message>
        <source>No keychain is available: the token is kept for this session only and never written to disk.</source>
        <translation>Kein Schlüsselbund verfügbar: Das Token wird nur für diese Sitzung aufbewahrt und nie auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in a settings file.</source>
        <translation>Wird im Schlüsselbund des Systems aufbewahrt, nie in einer Einstellungsdatei.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>The profile was saved, but its access token was not: %1</source>
        <translation>Das Profil wurde gespeichert, sein Zugriffstoken jedoch nicht: %1</translation>
    </message>
    <message>
        <source>Saved. No keychain is available, so the access token is kept for this session only.</source>
        <translation>Gespeichert. Da kein Schlüsselbund verfügbar ist, wird das Zugriffstoken nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Remove the profile “%1” and its stored access token?
The tokens on the server are not touched.</source>
        <translation>Das Profil „%1“ und sein gespeichertes Zugriffstoken entfernen?
Die Tokens auf dem Server bleiben unberührt.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="vanished">Entfernen</translation>
    </message>
    <message>
        <source>The profile was removed, but its access token could not be removed from the keychain: %1</source>
        <translation>Das Profil wurde entfernt, sein Zugriffstoken konnte jedoch nicht aus dem Schlüsselbund entfernt werden: %1</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>„%1“ wurde entfernt.</translation>
    </message>
    <message>
        <source>Tokens of:</source>
        <translation>Tokens von:</translation>
    </message>
    <message>
        <source>No ID needed for your own tokens</source>
        <translation>Für eigene Tokens ist keine ID nötig</translation>
    </message>
    <message>
        <source>Instance I&amp;D:</source>
        <translation>Instanz-I&amp;D:</translation>
    </message>
    <message>
        <source>Application I&amp;D:</source>
        <translation>Anwendungs-I&amp;D:</translation>
    </message>
    <message>
        <source>The application&apos;s ID, as in its URL in the Losant portal</source>
        <translation>Die ID der Anwendung, wie in ihrer URL im Losant-Portal</translation>
    </message>
    <message>
        <source>The instance&apos;s ID, as in its URL in the Losant portal</source>
        <translation>Die ID der Instanz, wie in ihrer URL im Losant-Portal</translation>
    </message>
    <message>
        <source>The application ID has 24 hexadecimal characters (%1 so far).</source>
        <translation>Die Anwendungs-ID hat 24 Hexadezimalzeichen (bisher %1).</translation>
    </message>
    <message>
        <source>An application ID has 24 hexadecimal characters; this has %1.</source>
        <translation>Eine Anwendungs-ID hat 24 Hexadezimalzeichen, diese hat %1.</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation type="vanished">Zugriffstoken</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>The instance ID &quot;%1&quot; is not valid: it must be 24 hexadecimal characters.</source>
        <translation type="vanished">Die Instanz-ID „%1“ ist ungültig: Sie muss aus 24 Hexadezimalzeichen bestehen.</translation>
    </message>
    <message>
        <source>An access token is needed to connect.</source>
        <translation>Zum Verbinden wird ein Zugriffstoken benötigt.</translation>
    </message>
    <message>
        <source>The access token contains spaces or other characters a token cannot have.</source>
        <translation>Das Zugriffstoken enthält Leerzeichen oder andere Zeichen, die in einem Token nicht vorkommen können.</translation>
    </message>
    <message>
        <source>The Losant domain contains spaces or other characters a domain cannot have.</source>
        <translation>Die Losant-Domain enthält Leerzeichen oder andere Zeichen, die in einer Domain nicht vorkommen können.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: this instance has %n API token(s).</source>
        <translation>
            <numerusform>Verbunden: Diese Instanz hat %n API-Token.</numerusform>
            <numerusform>Verbunden: Diese Instanz hat %n API-Tokens.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 The server says: %2</source>
        <translation>%1 Der Server meldet: %2</translation>
    </message>
    <message>
        <source>The access token was refused.</source>
        <translation>Das Zugriffstoken wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The access token lacks a scope that can list tokens (all.Instance.read, instanceApiTokens.get, …).</source>
        <translation type="vanished">Dem Zugriffstoken fehlt ein Scope, der Tokens auflisten darf (all.Instance.read, instanceApiTokens.get, …).</translation>
    </message>
    <message>
        <source>No instance with this ID.</source>
        <translation>Es gibt keine Instanz mit dieser ID.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed: %2</source>
        <translation>Die TLS-Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>%1 hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>No application with this ID.</source>
        <translation>Es gibt keine Anwendung mit dieser ID.</translation>
    </message>
    <message>
        <source>This server does not serve your own tokens (/me/tokens).</source>
        <translation>Dieser Server stellt Ihre eigenen Tokens (/me/tokens) nicht bereit.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: this application has %n API token(s).</source>
        <translation>
            <numerusform>Verbunden: Diese Anwendung hat %n API-Token.</numerusform>
            <numerusform>Verbunden: Diese Anwendung hat %n API-Tokens.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected: you have %n API token(s) of your own.</source>
        <translation>
            <numerusform>Verbunden: Sie haben %n eigenes API-Token.</numerusform>
            <numerusform>Verbunden: Sie haben %n eigene API-Tokens.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 It lacks a scope that can list tokens (%2, …).</source>
        <translation>%1 Ihm fehlt ein Scope, der Tokens auflisten darf (%2, …).</translation>
    </message>
</context>
<context>
    <name>CopyFeedback</name>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>CreateCommand</name>
    <message>
        <source>Create a token. Its secret goes to standard output alone (or to --secret-file); the rest to standard error.</source>
        <translation>Ein Token erstellen. Sein Token-Wert geht allein auf die Standardausgabe (oder in --secret-file), alles Übrige auf die Standardfehlerausgabe.</translation>
    </message>
    <message>
        <source>(--name TEXT [--description TEXT] [--expires WHEN] [--status active|inactive] [--scope SCOPE... | --read-only | --all-scopes] [--default-role ROLE] [--org-role JSON]... | --from-json FILE|-) [--secret-file PATH] [--format text|json] CONNECTION</source>
        <translation>(--name TEXT [--description TEXT] [--expires ZEITPUNKT] [--status active|inactive] [--scope SCOPE... | --read-only | --all-scopes] [--default-role ROLLE] [--org-role JSON]... | --from-json DATEI|-) [--secret-file PFAD] [--format text|json] VERBINDUNG</translation>
    </message>
    <message>
        <source>Write the secret to &lt;path&gt;, a new file only you may read (an existing file is never overwritten), instead of standard output.</source>
        <translation>Den Token-Wert statt auf die Standardausgabe in &lt;Pfad&gt; schreiben, eine neue Datei, die nur Sie lesen dürfen (eine vorhandene Datei wird nie überschrieben).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>text (the secret alone on standard output) or json (the server&apos;s token object, its secret included, on standard output).</source>
        <translation>text (nur der Token-Wert auf der Standardausgabe) oder json (das Token-Objekt des Servers samt Token-Wert auf der Standardausgabe).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>--format needs text or json, not &quot;%1&quot;</source>
        <translation>--format erwartet text oder json, nicht „%1“</translation>
    </message>
    <message>
        <source>--secret-file needs a path</source>
        <translation>--secret-file erwartet einen Pfad</translation>
    </message>
    <message>
        <source>nothing was sent</source>
        <translation>es wurde nichts gesendet</translation>
    </message>
    <message>
        <source>; the secret follows on standard output</source>
        <translation>; der Token-Wert folgt auf der Standardausgabe</translation>
    </message>
    <message>
        <source>Created &quot;%1&quot; (ID %2) in %3, %4, expires %5.</source>
        <translation>„%1“ (ID %2) in %3 erstellt, %4, läuft ab: %5.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>The secret is in %1.</source>
        <translation>Der Token-Wert steht in %1.</translation>
    </message>
    <message>
        <source>A token named &quot;%1&quot; exists (ID %2, created %3): the create most likely went through and its secret was lost with the answer. Delete it and create it again.</source>
        <translation>Es gibt ein Token namens „%1“ (ID %2, erstellt am %3): Das Erstellen ist höchstwahrscheinlich durchgegangen, und sein Token-Wert ging mit der Antwort verloren. Löschen Sie es und erstellen Sie es erneut.</translation>
    </message>
    <message>
        <source>No token is named &quot;%1&quot;: the create did not go through, and sending it again is safe.</source>
        <translation>Es gibt kein Token namens „%1“: Das Erstellen ist nicht durchgegangen, und ein erneutes Senden ist sicher.</translation>
    </message>
    <message>
        <source>The answer was lost, so the token &quot;%1&quot; may exist without its secret. Look for it (losant-tokens list --filter NAME) before creating it again.</source>
        <translation>Die Antwort ging verloren, daher existiert das Token „%1“ möglicherweise ohne seinen Token-Wert. Suchen Sie danach (losant-tokens list --filter NAME), bevor Sie es erneut erstellen.</translation>
    </message>
</context>
<context>
    <name>CreateTokenDialog</name>
    <message>
        <source>New API token</source>
        <translation>Neues API-Token</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Als curl-Befehl kopieren</translation>
    </message>
    <message>
        <source>The access token is written as $LOSANT_ACCESS_TOKEN</source>
        <translation>Das Zugriffstoken wird als $LOSANT_ACCESS_TOKEN eingesetzt</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Anfragetext</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="vanished">&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="vanished">&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation type="vanished">Läuft nie ab</translation>
    </message>
    <message>
        <source>Expires at</source>
        <translation type="vanished">Läuft ab am</translation>
    </message>
    <message>
        <source>Expiration:</source>
        <translation type="vanished">Ablauf:</translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="vanished">Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="vanished">Inaktiv</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="vanished">&amp;Status:</translation>
    </message>
    <message>
        <source>All</source>
        <translation type="vanished">Alle</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation type="vanished">Nur lesen</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="vanished">Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Permissions:</source>
        <translation type="vanished">Berechtigungen:</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="vanished">(nicht festgelegt)</translation>
    </message>
    <message>
        <source>Default &amp;role:</source>
        <translation type="vanished">Standard&amp;rolle:</translation>
    </message>
    <message>
        <source>Organization roles:</source>
        <translation type="vanished">Organisationsrollen:</translation>
    </message>
    <message>
        <source>Create a token like “%1”</source>
        <translation>Token wie „%1“ erstellen</translation>
    </message>
    <message>
        <source>The expiration must be in the future.</source>
        <translation type="vanished">Der Ablaufzeitpunkt muss in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>Choose at least one scope.</source>
        <translation type="vanished">Wählen Sie mindestens einen Scope.</translation>
    </message>
    <message>
        <source>Creating the token…</source>
        <translation>Token wird erstellt…</translation>
    </message>
    <message>
        <source>Checking whether the token exists…</source>
        <translation>Es wird geprüft, ob das Token existiert…</translation>
    </message>
    <message>
        <source>Create is unavailable: %1</source>
        <translation>Erstellen nicht möglich: %1</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more problem(s))</source>
        <translation>
            <numerusform> (und %n weiteres Problem)</numerusform>
            <numerusform> (und %n weitere Probleme)</numerusform>
        </translation>
    </message>
    <message>
        <source>The answer was lost (%1), so the token “%2” may have been created. Checking the list…</source>
        <translation>Die Antwort ist verloren gegangen (%1), daher wurde das Token „%2“ möglicherweise erstellt. Die Liste wird geprüft…</translation>
    </message>
    <message>
        <source>The token was not created. %1</source>
        <translation>Das Token wurde nicht erstellt. %1</translation>
    </message>
    <message>
        <source>The token “%1” was created (%2), but its secret was lost with the answer and cannot be shown again. Delete or deactivate it in the list, and create a new one if you need the secret.</source>
        <translation>Das Token „%1“ wurde erstellt (%2), aber sein Token-Wert ging mit der Antwort verloren und kann nicht mehr angezeigt werden. Löschen oder deaktivieren Sie es in der Liste, und erstellen Sie ein neues, wenn Sie den Token-Wert benötigen.</translation>
    </message>
    <message>
        <source>Create Another</source>
        <translation>Weiteres erstellen</translation>
    </message>
    <message>
        <source>No token named “%1” exists: the create did not go through. You can create it again.</source>
        <translation>Es gibt kein Token namens „%1“: Das Erstellen ist nicht durchgegangen. Sie können es erneut erstellen.</translation>
    </message>
    <message>
        <source>The token may have been created, and checking failed too (%1). Look in the refreshed list before creating it again.</source>
        <translation>Das Token wurde möglicherweise erstellt, und auch die Prüfung ist fehlgeschlagen (%1). Sehen Sie in der aktualisierten Liste nach, bevor Sie es erneut erstellen.</translation>
    </message>
    <message>
        <source>Give the token a name and choose what it may do.</source>
        <translation>Geben Sie dem Token einen Namen, und legen Sie fest, was es darf.</translation>
    </message>
    <message>
        <source>Give the token a name.</source>
        <translation>Geben Sie dem Token einen Namen.</translation>
    </message>
    <message>
        <source>Choose what the token may do: All, Read only or Custom.</source>
        <translation type="vanished">Legen Sie fest, was das Token darf: Alle, Nur lesen oder Benutzerdefiniert.</translation>
    </message>
    <message>
        <source>Choose what the token may do: %1.</source>
        <translation>Legen Sie fest, was das Token darf: %1.</translation>
    </message>
    <message>
        <source>Create is unavailable: the token breaks the policy; tick “Create anyway” to create it all the same.</source>
        <translation>Erstellen ist nicht möglich: Das Token verstößt gegen die Richtlinie; setzen Sie ein Häkchen bei „Trotzdem erstellen“, um es dennoch zu erstellen.</translation>
    </message>
</context>
<context>
    <name>CreateTokenForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Expiration:</source>
        <translation>Ablauf:</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Permissions:</source>
        <translation>Berechtigungen:</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht festgelegt)</translation>
    </message>
    <message>
        <source>The token&apos;s role in every organization not listed under Organization roles.</source>
        <translation>Rolle des Tokens in Organisationen ohne eigene Organisationsrolle.</translation>
    </message>
    <message>
        <source>Default &amp;role:</source>
        <translation>Standard&amp;rolle:</translation>
    </message>
    <message>
        <source>Organization roles:</source>
        <translation>Organisationsrollen:</translation>
    </message>
    <message>
        <source>The expiration must be in the future.</source>
        <translation>Der Ablaufzeitpunkt muss in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>Choose what the token may do: All, Read only or Custom.</source>
        <translation type="vanished">Legen Sie fest, was das Token darf: Alle, Nur lesen oder Benutzerdefiniert.</translation>
    </message>
    <message>
        <source>Choose at least one scope.</source>
        <translation>Wählen Sie mindestens einen Scope.</translation>
    </message>
    <message>
        <source>Choose what the token may do: %1.</source>
        <translation>Legen Sie fest, was das Token darf: %1.</translation>
    </message>
</context>
<context>
    <name>DirectoryPicker</name>
    <message>
        <source>%1 (…%2)</source>
        <translation>%1 (…%2)</translation>
    </message>
</context>
<context>
    <name>DirectoryReplyParser</name>
    <message>
        <source>an item of &apos;items&apos; has no valid &apos;id&apos;</source>
        <translation>ein Element von &apos;items&apos; hat keine gültige &apos;id&apos;</translation>
    </message>
    <message>
        <source>an item of &apos;items&apos; has no &apos;name&apos; text</source>
        <translation>ein Element von &apos;items&apos; hat keinen &apos;name&apos;-Text</translation>
    </message>
</context>
<context>
    <name>EditTokenDialog</name>
    <message>
        <source>Edit token “%1”</source>
        <translation>Token „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht festgelegt)</translation>
    </message>
    <message>
        <source>Expiration and scopes cannot be changed once a token exists; create a similar token instead.</source>
        <translation>Ablauf und Scopes lassen sich nach dem Erstellen eines Tokens nicht mehr ändern; erstellen Sie stattdessen ein ähnliches Token.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Default &amp;role</source>
        <translation>Standard&amp;rolle</translation>
    </message>
    <message>
        <source>Organization roles</source>
        <translation>Organisationsrollen</translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation>Der Name darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The description is longer than %1 characters.</source>
        <translation>Die Beschreibung ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>%1: “%2” → “%3”</source>
        <translation>%1: „%2“ → „%3“</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Default role</source>
        <translation>Standardrolle</translation>
    </message>
    <message>
        <source>Org roles changed</source>
        <translation>Organisationsrollen geändert</translation>
    </message>
    <message>
        <source>(no visible field changed)</source>
        <translation>(kein sichtbares Feld geändert)</translation>
    </message>
    <message>
        <source>Token changed elsewhere</source>
        <translation>Token wurde anderweitig geändert</translation>
    </message>
    <message>
        <source>“%1” was changed on the server after you opened it.</source>
        <translation>„%1“ wurde auf dem Server geändert, nachdem Sie es geöffnet haben.</translation>
    </message>
    <message>
        <source>Changed on the server:
%1

Saving sends only the fields you changed; the others keep the server&apos;s values.</source>
        <translation>Auf dem Server geändert:
%1

Beim Speichern werden nur die Felder gesendet, die Sie geändert haben; die übrigen behalten die Werte des Servers.</translation>
    </message>
    <message>
        <source>Save my changes</source>
        <translation type="vanished">Meine Änderungen speichern</translation>
    </message>
    <message>
        <source>Load theirs</source>
        <translation type="vanished">Server-Stand laden</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>ExpirationPicker</name>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 Tage</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation>Läuft nie ab</translation>
    </message>
    <message>
        <source>Expires at</source>
        <translation>Läuft ab am</translation>
    </message>
    <message>
        <source>A token that never expires works until deleted, even if it leaks.</source>
        <translation>Ein Token, das nie abläuft, bleibt gültig, bis es gelöscht wird – auch wenn es in falsche Hände gerät.</translation>
    </message>
    <message>
        <source>Expiration date and time</source>
        <translation>Ablaufdatum und -uhrzeit</translation>
    </message>
</context>
<context>
    <name>ExpiryCalendar</name>
    <message>
        <source>Losant token expirations — %1</source>
        <translation>Ablauftermine der Losant-Tokens — %1</translation>
    </message>
    <message>
        <source>API token “%1” expires (%2)</source>
        <translation>API-Token „%1“ läuft ab (%2)</translation>
    </message>
    <message>
        <source>Token ID: %1
Collection: %2
Rotate it before it expires; requests using it fail afterwards.</source>
        <translation>Token-ID: %1
Sammlung: %2
Rotieren Sie es, bevor es abläuft; Anfragen, die es verwenden, schlagen danach fehl.</translation>
    </message>
</context>
<context>
    <name>ExpiryCalendarDialog</name>
    <message>
        <source>Export expiry calendar</source>
        <translation>Ablaufkalender exportieren</translation>
    </message>
    <message>
        <source>An iCalendar file with one event per token that is still to expire, at its expiration, with a reminder 7 days before. It holds names, IDs and dates: no secret and no access token.</source>
        <translation>Eine iCalendar-Datei mit einem Termin je noch nicht abgelaufenem Token zu seinem Ablaufzeitpunkt, mit einer Erinnerung 7 Tage vorher. Sie enthält Namen, IDs und Daten: keinen Token-Wert und kein Zugriffstoken.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ExpiryNotice</name>
    <message numerus="yes">
        <source>Active, expiring within %n day(s)</source>
        <translation>
            <numerusform>Aktiv, läuft innerhalb von %n Tag ab</numerusform>
            <numerusform>Aktiv, läuft innerhalb von %n Tagen ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n active token(s) expire within 7 days.</source>
        <translation>
            <numerusform>Mindestens %n aktives Token läuft innerhalb von 7 Tagen ab.</numerusform>
            <numerusform>Mindestens %n aktive Tokens laufen innerhalb von 7 Tagen ab.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active token(s) expire within 7 days.</source>
        <translation>
            <numerusform>%n aktives Token läuft innerhalb von 7 Tagen ab.</numerusform>
            <numerusform>%n aktive Tokens laufen innerhalb von 7 Tagen ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show them</source>
        <translation>Anzei&amp;gen</translation>
    </message>
    <message>
        <source>Click to list them.</source>
        <translation>Zum Auflisten klicken.</translation>
    </message>
</context>
<context>
    <name>ExpiryRadarChart</name>
    <message>
        <source>Tokens expiring per week</source>
        <translation>Ablaufende Tokens pro Woche</translation>
    </message>
    <message numerus="yes">
        <source>Already expired: %n token(s)</source>
        <translation>
            <numerusform>Bereits abgelaufen: %n Token</numerusform>
            <numerusform>Bereits abgelaufen: %n Tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2: %n token(s)</source>
        <translation>
            <numerusform>%1 – %2: %n Token</numerusform>
            <numerusform>%1 – %2: %n Tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Expiring %1 – %2</source>
        <translation>Ablauf %1 – %2</translation>
    </message>
</context>
<context>
    <name>ExpiryRadarDialog</name>
    <message>
        <source>Expiry radar — %1</source>
        <translation>Ablauf-Radar — %1</translation>
    </message>
    <message>
        <source>Tokens expiring per week over the next 12 months. Choose a bar (click, or arrow keys and Enter) to list its tokens.</source>
        <translation>Ablaufende Tokens pro Woche in den nächsten 12 Monaten. Wählen Sie einen Balken (per Klick oder mit den Pfeiltasten und der Eingabetaste), um seine Tokens aufzulisten.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message numerus="yes">
        <source>%1 expire within 12 months, %2 already expired, %3 never expire (of %n token(s)).</source>
        <translation>
            <numerusform>%1 laufen innerhalb von 12 Monaten ab, %2 sind bereits abgelaufen, %3 laufen nie ab (von %n Token).</numerusform>
            <numerusform>%1 laufen innerhalb von 12 Monaten ab, %2 sind bereits abgelaufen, %3 laufen nie ab (von %n Tokens).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExpiryViews</name>
    <message>
        <source>E&amp;xpiry radar…</source>
        <translation type="vanished">Ablauf-&amp;Radar…</translation>
    </message>
    <message>
        <source>How many tokens expire in each week of the next 12 months</source>
        <translation>Wie viele Tokens in jeder Woche der nächsten 12 Monate ablaufen</translation>
    </message>
    <message>
        <source>Export expiry &amp;calendar…</source>
        <translation>Ablauf&amp;kalender exportieren…</translation>
    </message>
    <message>
        <source>Save an iCalendar file with an event at each token&apos;s expiration</source>
        <translation>Eine iCalendar-Datei mit einem Termin zum Ablaufzeitpunkt jedes Tokens speichern</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n expiration(s) to %1</source>
        <translation>
            <numerusform>%n Ablauftermin nach %1 geschrieben</numerusform>
            <numerusform>%n Ablauftermine nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Expiry ra&amp;dar…</source>
        <translation>Ablauf-&amp;Radar…</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Write every token&apos;s metadata (never a secret) to a CSV or JSON file, as the window&apos;s Export does.</source>
        <translation>Die Metadaten aller Tokens (nie einen Token-Wert) in eine CSV- oder JSON-Datei schreiben, wie es der Export im Fenster tut.</translation>
    </message>
    <message>
        <source>--format json|csv --output FILE [--filter GLOB] [--status active|inactive] [--sort FIELD[:desc]] CONNECTION</source>
        <translation>--format json|csv --output DATEI [--filter MUSTER] [--status active|inactive] [--sort FELD[:desc]] VERBINDUNG</translation>
    </message>
    <message>
        <source>csv or json.</source>
        <translation>csv oder json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>The file to write, whole or not at all; - for standard output.</source>
        <translation>Die zu schreibende Datei, ganz oder gar nicht; - für die Standardausgabe.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>--format needs csv or json, not &quot;%1&quot;</source>
        <translation>--format erwartet csv oder json, nicht „%1“</translation>
    </message>
    <message>
        <source>--output needs the file to write (or - for standard output)</source>
        <translation>--output erwartet die zu schreibende Datei (oder - für die Standardausgabe)</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) written to %1</source>
        <translation>
            <numerusform>%n Token nach %1 geschrieben</numerusform>
            <numerusform>%n Tokens nach %1 geschrieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export tokens</source>
        <translation>Tokens exportieren</translation>
    </message>
    <message>
        <source>The loaded rows (%1)</source>
        <translation>Die geladenen Zeilen (%1)</translation>
    </message>
    <message>
        <source>The selected rows (%1)</source>
        <translation>Die ausgewählten Zeilen (%1)</translation>
    </message>
    <message>
        <source>Every token of the current query (%1, fetched from the server)</source>
        <translation>Alle Tokens der aktuellen Abfrage (%1, werden vom Server abgerufen)</translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation>CSV (Tabellenkalkulation)</translation>
    </message>
    <message>
        <source>JSON (scripts)</source>
        <translation>JSON (Skripte)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Only metadata is exported: a token&apos;s secret is never stored or written.</source>
        <translation>Es werden nur Metadaten exportiert: Der geheime Token-Wert wird nie gespeichert oder geschrieben.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Wählen Sie eine Datei für den Export.</translation>
    </message>
    <message>
        <source>Fetching tokens…</source>
        <translation>Tokens werden abgerufen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Fetched %1 of %2 tokens…</source>
        <translation>%1 von %2 Tokens abgerufen…</translation>
    </message>
    <message>
        <source>Fetching the tokens failed: %1</source>
        <translation>Das Abrufen der Tokens ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <source>The folder “%1” no longer exists.</source>
        <translation>Der Ordner „%1“ existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>Der Ordner „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>Choose another one; no folder is created.</source>
        <translation>Wählen Sie einen anderen; es wird kein Ordner angelegt.</translation>
    </message>
    <message>
        <source>Choose a folder for the export</source>
        <translation>Ordner für den Export auswählen</translation>
    </message>
</context>
<context>
    <name>FetchProgress</name>
    <message>
        <source>&amp;Cancel loading</source>
        <translation>&amp;Laden abbrechen</translation>
    </message>
    <message>
        <source>Tokens loaded</source>
        <translation>Tokens geladen</translation>
    </message>
    <message>
        <source>Loading every token: %1 of %2…</source>
        <translation>Alle Tokens werden geladen: %1 von %2…</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) loaded.</source>
        <translation>
            <numerusform>%n Token geladen.</numerusform>
            <numerusform>%n Tokens geladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not every token could be loaded: %1</source>
        <translation>Nicht alle Tokens konnten geladen werden: %1</translation>
    </message>
    <message>
        <source>Loading every token…</source>
        <translation>Alle Tokens werden geladen…</translation>
    </message>
    <message>
        <source>Loading canceled: nothing is counted.</source>
        <translation>Laden abgebrochen: Es wird nichts gezählt.</translation>
    </message>
    <message numerus="yes">
        <source>The server asks to slow down (429): loading goes on in %n s.</source>
        <translation>
            <numerusform>Der Server bittet, langsamer zu werden (429): Das Laden geht in %n s weiter.</numerusform>
            <numerusform>Der Server bittet, langsamer zu werden (429): Das Laden geht in %n s weiter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Filter by</source>
        <translation>Filtern nach</translation>
    </message>
    <message>
        <source>Filter by name — * matches any text, ? one character (Ctrl+F)</source>
        <translation type="vanished">Nach Name filtern — * passt auf beliebigen Text, ? auf ein Zeichen (Strg+F)</translation>
    </message>
    <message>
        <source>Name filter</source>
        <translation>Namensfilter</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>The server filters by one field at a time: name or status</source>
        <translation>Der Server filtert jeweils nur nach einem Feld: Name oder Status</translation>
    </message>
    <message>
        <source>Filter by name — a word matches anywhere, * and ? are wildcards (Ctrl+F)</source>
        <translation>Nach Name filtern — ein Wort passt an beliebiger Stelle, * und ? sind Platzhalter (Strg+F)</translation>
    </message>
    <message>
        <source>E&amp;xpired</source>
        <translation>Ab&amp;gelaufen</translation>
    </message>
    <message>
        <source>Show only the expired tokens among the listed rows (the remaining pages are loaded)</source>
        <translation>Unter den aufgelisteten Zeilen nur die abgelaufenen Tokens anzeigen (die restlichen Seiten werden geladen)</translation>
    </message>
    <message>
        <source>Expiring within &amp;30 days</source>
        <translation>Läuft innerhalb von &amp;30 Tagen ab</translation>
    </message>
    <message>
        <source>Show only the tokens expiring within 30 days among the listed rows (the remaining pages are loaded)</source>
        <translation>Unter den aufgelisteten Zeilen nur die Tokens anzeigen, die innerhalb von 30 Tagen ablaufen (die restlichen Seiten werden geladen)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Show every token again</source>
        <translation>Wieder alle Tokens anzeigen</translation>
    </message>
    <message>
        <source>Clear the expiry range</source>
        <translation>Den Ablaufzeitraum zurücksetzen</translation>
    </message>
    <message>
        <source>All tokens</source>
        <translation>Alle Tokens</translation>
    </message>
    <message>
        <source>With findings</source>
        <translation>Mit Befunden</translation>
    </message>
    <message>
        <source>Medium or high findings</source>
        <translation>Befunde mittel oder hoch</translation>
    </message>
    <message>
        <source>High findings</source>
        <translation>Befunde hoch</translation>
    </message>
    <message>
        <source>Findings filter</source>
        <translation>Befundfilter</translation>
    </message>
    <message>
        <source>Show only the tokens with findings of this severity or worse among the listed rows (the remaining pages are loaded)</source>
        <translation>Unter den aufgelisteten Zeilen nur die Tokens mit Befunden dieses Schweregrads oder schlimmer anzeigen (die restlichen Seiten werden geladen)</translation>
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
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>FindingsCommand</name>
    <message>
        <source>Judge every token with the window&apos;s hygiene rules (never expires, can mint tokens, expiring soon, …) and print the findings.</source>
        <translation>Jedes Token mit den Hygieneregeln des Fensters beurteilen (läuft nie ab, kann Tokens erstellen, läuft bald ab, …) und die Befunde ausgeben.</translation>
    </message>
    <message>
        <source>[--format table|json] [--fail-on high|medium|low] CONNECTION</source>
        <translation>[--format table|json] [--fail-on high|medium|low] VERBINDUNG</translation>
    </message>
    <message>
        <source>  %1  with --fail-on: a finding of that severity or worse exists (the findings are printed all the same)
</source>
        <translation>  %1  mit --fail-on: ein Befund dieser Schwere oder schlimmer liegt vor (die Befunde werden trotzdem ausgegeben)
</translation>
    </message>
    <message>
        <source>table (the default) or json: an array of {ruleId, severity, tokenId, tokenName, reason, action}.</source>
        <translation>table (Standard) oder json: ein Array aus {ruleId, severity, tokenId, tokenName, reason, action}.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Exit with status %1 when a finding of this severity or worse exists: high, medium or low.</source>
        <translation>Mit Status %1 beenden, wenn ein Befund dieser Schwere oder schlimmer vorliegt: high, medium oder low.</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>--format needs table or json, not &quot;%1&quot;</source>
        <translation>--format erwartet table oder json, nicht „%1“</translation>
    </message>
    <message>
        <source>--fail-on needs high, medium or low, not &quot;%1&quot;</source>
        <translation>--fail-on erwartet high, medium oder low, nicht „%1“</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s): %1 high, %2 medium, %3 low (tokens judged: %4)</source>
        <translation>
            <numerusform>%n Befund: %1 hoch, %2 mittel, %3 niedrig (beurteilte Tokens: %4)</numerusform>
            <numerusform>%n Befunde: %1 hoch, %2 mittel, %3 niedrig (beurteilte Tokens: %4)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingsController</name>
    <message>
        <source>&amp;Scan all tokens for findings</source>
        <translation>Alle Tokens auf Befunde &amp;prüfen</translation>
    </message>
    <message>
        <source>Load every token of the collection in the background, so the findings summary and duplicate names cover them all</source>
        <translation>Alle Tokens der Sammlung im Hintergrund laden, damit die Befundübersicht und doppelte Namen sie alle erfassen</translation>
    </message>
    <message>
        <source>Scan &amp;automatically up to %1 tokens</source>
        <translation type="vanished">Bis %1 Tokens a&amp;utomatisch prüfen</translation>
    </message>
    <message>
        <source>Token &amp;policy…</source>
        <translation>Token-&amp;Richtlinie…</translation>
    </message>
    <message>
        <source>The rules the New token dialog checks each draft against</source>
        <translation>Die Regeln, anhand derer der Dialog „Neues Token“ jeden Entwurf prüft</translation>
    </message>
    <message>
        <source>Scan a&amp;utomatically up to %1 tokens</source>
        <translation>Bis %1 Tokens a&amp;utomatisch prüfen</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>FindingsStatus</name>
    <message>
        <source>Scanning for findings</source>
        <translation>Prüfung auf Befunde</translation>
    </message>
    <message>
        <source>Scanning %v of %m</source>
        <translation>%v von %m geprüft</translation>
    </message>
    <message>
        <source>Cancel scan</source>
        <translation>Prüfung abbrechen</translation>
    </message>
    <message>
        <source>Stop loading every token for the findings; the table keeps its rows</source>
        <translation>Das Laden aller Tokens für die Befunde beenden; die Tabelle behält ihre Zeilen</translation>
    </message>
    <message>
        <source>%1 high, %2 medium, %3 low</source>
        <translation>%1 hoch, %2 mittel, %3 niedrig</translation>
    </message>
    <message numerus="yes">
        <source>Findings: %1 (all %n token(s), scanned %2)</source>
        <translation type="vanished">
            <numerusform>Befunde: %1 (alle %n Token, geprüft um %2)</numerusform>
            <numerusform>Befunde: %1 (alle %n Tokens, geprüft um %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Findings: %1 (all %n token(s))</source>
        <translation>
            <numerusform>Befunde: %1 (alle %n Token)</numerusform>
            <numerusform>Befunde: %1 (alle %n Tokens)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Findings: %1 (%n loaded token(s))</source>
        <translation>
            <numerusform>Befunde: %1 (%n geladenes Token)</numerusform>
            <numerusform>Befunde: %1 (%n geladene Tokens)</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the loaded rows are counted: View ▸ Scan all tokens for findings counts every token.</source>
        <translation>Nur die geladenen Zeilen werden gezählt: Ansicht ▸ Alle Tokens auf Befunde prüfen zählt jedes Token.</translation>
    </message>
    <message>
        <source>The scan for findings stopped: %1</source>
        <translation>Die Prüfung auf Befunde wurde beendet: %1</translation>
    </message>
    <message>
        <source>The scan for findings was cancelled; the summary counts the loaded rows.</source>
        <translation type="vanished">Die Prüfung auf Befunde wurde abgebrochen; die Übersicht zählt die geladenen Zeilen.</translation>
    </message>
    <message numerus="yes">
        <source>Findings: %1 (all %n token(s), scanned at %2)</source>
        <translation>
            <numerusform>Befunde: %1 (alle %n Token, geprüft um %2)</numerusform>
            <numerusform>Befunde: %1 (alle %n Tokens, geprüft um %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>The scan for findings was canceled; the summary counts the loaded rows.</source>
        <translation>Die Prüfung auf Befunde wurde abgebrochen; die Übersicht zählt die geladenen Zeilen.</translation>
    </message>
</context>
<context>
    <name>GetCommand</name>
    <message>
        <source>Show one token.</source>
        <translation>Ein Token anzeigen.</translation>
    </message>
    <message>
        <source>ID [--format table|json] CONNECTION</source>
        <translation>ID [--format table|json] VERBINDUNG</translation>
    </message>
    <message>
        <source>The token&apos;s ID.</source>
        <translation>Die ID des Tokens.</translation>
    </message>
    <message>
        <source>table (one field a line) or json (the server&apos;s token object as sent).</source>
        <translation>table (ein Feld pro Zeile) oder json (das Token-Objekt des Servers, wie gesendet).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>--format needs table or json, not &quot;%1&quot;</source>
        <translation>--format erwartet table oder json, nicht „%1“</translation>
    </message>
</context>
<context>
    <name>InfoBar</name>
    <message>
        <source>Hide this message</source>
        <translation type="vanished">Diese Meldung ausblenden</translation>
    </message>
</context>
<context>
    <name>KindChoice</name>
    <message>
        <source>&amp;Instance</source>
        <translation>&amp;Instanz</translation>
    </message>
    <message>
        <source>An enterprise instance&apos;s tokens, for its administrators</source>
        <translation>Tokens einer Enterprise-Instanz, für deren Administratoren</translation>
    </message>
    <message>
        <source>A&amp;pplication</source>
        <translation>&amp;Anwendung</translation>
    </message>
    <message>
        <source>One application&apos;s tokens, for devices, dashboards and scripts</source>
        <translation>Tokens einer Anwendung, für Geräte, Dashboards und Skripte</translation>
    </message>
    <message>
        <source>M&amp;y tokens</source>
        <translation>&amp;Meine Tokens</translation>
    </message>
    <message>
        <source>Your own user tokens (/me/tokens)</source>
        <translation>Ihre eigenen Benutzertokens (/me/tokens)</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>List tokens: one page, or every page with --all.</source>
        <translation>Tokens auflisten: eine Seite oder mit --all alle Seiten.</translation>
    </message>
    <message>
        <source>[--all] [--filter GLOB] [--status active|inactive] [--sort FIELD[:desc]] [--page N] [--per-page N] [--format table|json|csv] CONNECTION</source>
        <translation>[--all] [--filter MUSTER] [--status active|inactive] [--sort FELD[:desc]] [--page N] [--per-page N] [--format table|json|csv] VERBINDUNG</translation>
    </message>
    <message>
        <source>Every page, in order (each token once).</source>
        <translation>Alle Seiten der Reihe nach (jedes Token einmal).</translation>
    </message>
    <message>
        <source>The page to show, counting from 0 as the API does (default 0).</source>
        <translation>Die anzuzeigende Seite, ab 0 gezählt wie in der API (Standard 0).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Tokens per page, 1 to %1 (default %2; %1 with --all).</source>
        <translation>Tokens pro Seite, 1 bis %1 (Standard %2; %1 mit --all).</translation>
    </message>
    <message>
        <source>table (fits the terminal), json (the server&apos;s token objects as sent) or csv (as the window exports it). Default: table.</source>
        <translation>table (passt ins Terminal), json (die Token-Objekte des Servers, wie gesendet) oder csv (wie der Export im Fenster). Standard: table.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>--page and --all cannot be used together: --all fetches every page</source>
        <translation>--page und --all können nicht zusammen verwendet werden: --all holt alle Seiten</translation>
    </message>
    <message>
        <source>--page needs a page number from 0, not &quot;%1&quot;</source>
        <translation>--page erwartet eine Seitennummer ab 0, nicht „%1“</translation>
    </message>
    <message>
        <source>--per-page needs a number from 1 to %1, not &quot;%2&quot;</source>
        <translation>--per-page erwartet eine Zahl von 1 bis %1, nicht „%2“</translation>
    </message>
    <message>
        <source>--format needs table, json or csv, not &quot;%1&quot;</source>
        <translation>--format erwartet table, json oder csv, nicht „%1“</translation>
    </message>
</context>
<context>
    <name>LoadErrorBar</name>
    <message>
        <source>&amp;Retry</source>
        <translation type="vanished">&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Retry Now</source>
        <translation type="vanished">Jetzt &amp;erneut versuchen</translation>
    </message>
    <message numerus="yes">
        <source>%1 Retrying in %n second(s)…</source>
        <translation type="vanished">
            <numerusform>%1 Neuer Versuch in %n Sekunde…</numerusform>
            <numerusform>%1 Neuer Versuch in %n Sekunden…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Retrying…</source>
        <translation type="vanished">%1 Wird erneut versucht…</translation>
    </message>
</context>
<context>
    <name>LocalInstance</name>
    <message>
        <source>An Authorization header with a Bearer access token is required.</source>
        <translation>Ein Authorization-Header mit einem Bearer-Zugriffstoken ist erforderlich.</translation>
    </message>
    <message>
        <source>The Authorization header must be “Bearer &lt;access token&gt;”.</source>
        <translation>Der Authorization-Header muss „Bearer &lt;Zugriffstoken&gt;“ lauten.</translation>
    </message>
    <message>
        <source>The access token is not valid.</source>
        <translation>Das Zugriffstoken ist ungültig.</translation>
    </message>
    <message>
        <source>The access token is inactive.</source>
        <translation>Das Zugriffstoken ist inaktiv.</translation>
    </message>
    <message>
        <source>The access token expired on %1.</source>
        <translation>Das Zugriffstoken ist am %1 abgelaufen.</translation>
    </message>
    <message>
        <source>There is no %1 %2 here.</source>
        <translation>%1 %2 gibt es hier nicht.</translation>
    </message>
    <message>
        <source>instanceId: “%1” is not a valid ID (24 hexadecimal characters).</source>
        <translation>instanceId: „%1“ ist keine gültige ID (24 Hexadezimalzeichen).</translation>
    </message>
    <message>
        <source>apiTokenId: “%1” is not a valid ID (24 hexadecimal characters).</source>
        <translation>apiTokenId: „%1“ ist keine gültige ID (24 Hexadezimalzeichen).</translation>
    </message>
    <message>
        <source>Instance %1 was not found.</source>
        <translation>Die Instanz %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>This access token belongs to another instance.</source>
        <translation>Dieses Zugriffstoken gehört zu einer anderen Instanz.</translation>
    </message>
    <message>
        <source>This access token lacks the scope for this call; it needs one of: %1.</source>
        <translation>Diesem Zugriffstoken fehlt der Scope für diesen Aufruf; nötig ist einer von: %1.</translation>
    </message>
    <message>
        <source>sortField: “%1” is not one of %2.</source>
        <translation>sortField: „%1“ ist keiner der Werte %2.</translation>
    </message>
    <message>
        <source>sortDirection: “%1” is not asc or desc.</source>
        <translation>sortDirection: „%1“ ist weder asc noch desc.</translation>
    </message>
    <message>
        <source>page: “%1” is not a whole number of 0 or more.</source>
        <translation>page: „%1“ ist keine ganze Zahl größer oder gleich 0.</translation>
    </message>
    <message>
        <source>perPage: “%1” is not a whole number from 1 to %2.</source>
        <translation>perPage: „%1“ ist keine ganze Zahl von 1 bis %2.</translation>
    </message>
    <message>
        <source>filterField: “%1” is not name or status.</source>
        <translation>filterField: „%1“ ist weder name noch status.</translation>
    </message>
    <message>
        <source>The body is not valid JSON.</source>
        <translation>Der Anfragetext ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>API token %1 was not found.</source>
        <translation>Das API-Token %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>An instance token cannot reach an application&apos;s tokens.</source>
        <translation>Ein Instanztoken kann nicht auf die Tokens einer Anwendung zugreifen.</translation>
    </message>
    <message>
        <source>An instance token cannot reach /me/tokens: they belong to a user.</source>
        <translation>Ein Instanztoken kann nicht auf /me/tokens zugreifen: Diese Tokens gehören einem Benutzer.</translation>
    </message>
    <message>
        <source>An application token cannot reach an instance&apos;s tokens.</source>
        <translation>Ein Anwendungstoken kann nicht auf die Tokens einer Instanz zugreifen.</translation>
    </message>
    <message>
        <source>An application token cannot reach /me/tokens: they belong to a user.</source>
        <translation>Ein Anwendungstoken kann nicht auf /me/tokens zugreifen: Diese Tokens gehören einem Benutzer.</translation>
    </message>
    <message>
        <source>This access token belongs to another application.</source>
        <translation>Dieses Zugriffstoken gehört zu einer anderen Anwendung.</translation>
    </message>
    <message>
        <source>The user of this access token is not a member of this instance.</source>
        <translation>Der Benutzer dieses Zugriffstokens ist kein Mitglied dieser Instanz.</translation>
    </message>
    <message>
        <source>The user of this access token is not a member of this application.</source>
        <translation>Der Benutzer dieses Zugriffstokens ist kein Mitglied dieser Anwendung.</translation>
    </message>
    <message>
        <source>Access tokens issued by OAuth cannot create, change or delete API tokens; use an API token with the needed scope.</source>
        <translation>Per OAuth ausgestellte Zugriffstokens können keine API-Tokens erstellen, ändern oder löschen; verwenden Sie ein API-Token mit dem nötigen Scope.</translation>
    </message>
    <message>
        <source>OAuth access token</source>
        <translation>OAuth-Zugriffstoken</translation>
    </message>
    <message>
        <source>applicationId: “%1” is not a valid ID (24 hexadecimal characters).</source>
        <translation>applicationId: „%1“ ist keine gültige ID (24 Hexadezimalzeichen).</translation>
    </message>
    <message>
        <source>Application was not found</source>
        <translation>Die Anwendung wurde nicht gefunden</translation>
    </message>
    <message>
        <source>instanceAuditLogId: “%1” is not a valid ID (24 hexadecimal characters).</source>
        <translation>instanceAuditLogId: „%1“ ist keine gültige ID (24 Hexadezimalzeichen).</translation>
    </message>
    <message>
        <source>An application token cannot read an instance&apos;s audit log.</source>
        <translation>Ein Anwendungstoken kann das Audit-Log einer Instanz nicht lesen.</translation>
    </message>
    <message>
        <source>Instance audit log %1 was not found.</source>
        <translation>Das Instanz-Audit-Log %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>%1: “%2” is not one of %3.</source>
        <translation>%1: „%2“ ist keiner der Werte %3.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a valid ID (24 hexadecimal characters).</source>
        <translation>%1: „%2“ ist keine gültige ID (24 Hexadezimalzeichen).</translation>
    </message>
    <message>
        <source>%1: longer than %2 characters.</source>
        <translation>%1: länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>%1: a response code is a number, not an object.</source>
        <translation>%1: Ein Antwortcode ist eine Zahl, kein Objekt.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a whole number from 100 to 599.</source>
        <translation>%1: „%2“ ist keine ganze Zahl von 100 bis 599.</translation>
    </message>
    <message>
        <source>%1: not a filter entry; the form is auditLogFilter[key][index] or auditLogFilter[key][index][field].</source>
        <translation>%1: kein Filtereintrag; die Form lautet auditLogFilter[key][index] oder auditLogFilter[key][index][field].</translation>
    </message>
    <message>
        <source>%1: given more than once.</source>
        <translation>%1: mehrfach angegeben.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a time in milliseconds since 1970.</source>
        <translation>%1: „%2“ ist keine Zeitangabe in Millisekunden seit 1970.</translation>
    </message>
    <message>
        <source>filterField: “%1” is not name.</source>
        <translation>filterField: „%1“ ist nicht name.</translation>
    </message>
    <message>
        <source>orgId: “%1” is not a valid ID (24 hexadecimal characters).</source>
        <translation>orgId: „%1“ ist keine gültige ID (24 Hexadezimalzeichen).</translation>
    </message>
    <message>
        <source>An application token cannot list an instance&apos;s organizations.</source>
        <translation>Ein Anwendungstoken kann die Organisationen einer Instanz nicht auflisten.</translation>
    </message>
    <message>
        <source>An application token cannot list applications or dashboards.</source>
        <translation>Ein Anwendungstoken kann keine Anwendungen oder Dashboards auflisten.</translation>
    </message>
    <message>
        <source>Only a user&apos;s access token lists applications and dashboards.</source>
        <translation>Nur das Zugriffstoken eines Benutzers listet Anwendungen und Dashboards auf.</translation>
    </message>
</context>
<context>
    <name>LocalInstanceServer</name>
    <message>
        <source>unknown fault &quot;%1&quot; (examples: %2)</source>
        <translation>unbekannter Fehler „%1“ (Beispiele: %2)</translation>
    </message>
</context>
<context>
    <name>LosantClient</name>
    <message>
        <source>The instance ID &quot;%1&quot; is not valid: it must be 24 hexadecimal characters.</source>
        <translation>Die Instanz-ID „%1“ ist ungültig: Sie muss aus 24 Hexadezimalzeichen bestehen.</translation>
    </message>
    <message>
        <source>The token ID &quot;%1&quot; is not valid: it must be 24 hexadecimal characters.</source>
        <translation>Die Token-ID „%1“ ist ungültig: Sie muss aus 24 Hexadezimalzeichen bestehen.</translation>
    </message>
    <message>
        <source>The access token or the Losant domain contains spaces or other characters a request header cannot carry.</source>
        <translation>Das Zugriffstoken oder die Losant-Domain enthält Leerzeichen oder andere Zeichen, die ein Anfrage-Header nicht übertragen kann.</translation>
    </message>
    <message>
        <source>The application ID &quot;%1&quot; is not valid: it must be 24 hexadecimal characters.</source>
        <translation>Die Anwendungs-ID „%1“ ist ungültig: Sie muss aus 24 Hexadezimalzeichen bestehen.</translation>
    </message>
    <message>
        <source>The audit log entry ID &quot;%1&quot; is not valid: it must be 24 hexadecimal characters.</source>
        <translation>Die ID „%1“ des Audit-Log-Eintrags ist ungültig: Sie muss aus 24 Hexadezimalzeichen bestehen.</translation>
    </message>
    <message>
        <source>The ID &quot;%1&quot; in the audit log filter is not valid: it must be 24 hexadecimal characters.</source>
        <translation>Die ID „%1“ im Audit-Log-Filter ist ungültig: Sie muss aus 24 Hexadezimalzeichen bestehen.</translation>
    </message>
    <message>
        <source>The ID &quot;%1&quot; is not valid: it must be 24 hexadecimal characters.</source>
        <translation>Die ID „%1“ ist ungültig: Sie muss aus 24 Hexadezimalzeichen bestehen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Losant Tokens — %1</source>
        <translation>Losant Tokens — %1</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Load the list again from the server (F5)</source>
        <translation>Liste erneut vom Server laden (F5)</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtern…</translation>
    </message>
    <message>
        <source>Copy token &amp;ID</source>
        <translation>Token-&amp;ID kopieren</translation>
    </message>
    <message>
        <source>&amp;Page size…</source>
        <translation>S&amp;eitengröße…</translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation>&amp;Spalten…</translation>
    </message>
    <message>
        <source>&amp;New token…</source>
        <translation>&amp;Neues Token…</translation>
    </message>
    <message>
        <source>Create an API token (Ctrl+N)</source>
        <translation>Ein API-Token erstellen (Strg+N)</translation>
    </message>
    <message>
        <source>Create &amp;similar…</source>
        <translation>Ä&amp;hnliches erstellen…</translation>
    </message>
    <message>
        <source>Create a token like the selected one, e.g. to rotate it (Ctrl+Shift+N)</source>
        <translation>Ein Token wie das ausgewählte erstellen, z. B. um es zu rotieren (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Save token metadata as CSV or JSON (Ctrl+E)</source>
        <translation>Token-Metadaten als CSV oder JSON speichern (Strg+E)</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>&amp;Verbindungen…</translation>
    </message>
    <message>
        <source>Add, edit or switch instance connections (Ctrl+Shift+O)</source>
        <translation type="vanished">Instanzverbindungen hinzufügen, bearbeiten oder wechseln (Strg+Umschalt+O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Instance:</source>
        <translation type="vanished">&amp;Instanz:</translation>
    </message>
    <message>
        <source>The instance shown; choose another to switch</source>
        <translation type="vanished">Die angezeigte Instanz; wählen Sie eine andere, um zu wechseln</translation>
    </message>
    <message>
        <source>Demo instance (local)</source>
        <translation type="vanished">Demo-Instanz (lokal)</translation>
    </message>
    <message>
        <source>Manage connections…</source>
        <translation>Verbindungen verwalten…</translation>
    </message>
    <message>
        <source>This instance has no API tokens.</source>
        <translation>Diese Instanz hat keine API-Tokens.</translation>
    </message>
    <message>
        <source>No tokens have the status &apos;%1&apos;.</source>
        <translation>Keine Tokens mit dem Status „%1“.</translation>
    </message>
    <message>
        <source>No tokens match name &apos;%1&apos;.</source>
        <translation>Kein Token-Name passt zu „%1“.</translation>
    </message>
    <message>
        <source>Loading tokens…</source>
        <translation>Tokens werden geladen…</translation>
    </message>
    <message>
        <source>Showing %1 of %2 tokens</source>
        <translation>%1 von %2 Tokens angezeigt</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert %1</translation>
    </message>
    <message>
        <source>The server asks to slow down (429).</source>
        <translation>Der Server bittet um weniger Anfragen (429).</translation>
    </message>
    <message>
        <source>Copied the token ID %1</source>
        <translation>Token-ID %1 kopiert</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Seitengröße</translation>
    </message>
    <message>
        <source>Tokens to load per request (1–1000):</source>
        <translation type="vanished">Tokens pro Anfrage (1–1000):</translation>
    </message>
    <message>
        <source>Scopes this app does not know were left out: %1</source>
        <translation>Scopes, die diese App nicht kennt, wurden ausgelassen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n token(s) to %1</source>
        <translation>
            <numerusform>%n Token nach %1 exportiert</numerusform>
            <numerusform>%n Tokens nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>A create&apos;s answer was lost; the list was refreshed to show whether “%1” exists.</source>
        <translation>Die Antwort auf das Erstellen ging verloren; die Liste wurde aktualisiert, damit Sie sehen, ob „%1“ existiert.</translation>
    </message>
    <message>
        <source>&amp;Retry Now</source>
        <translation>Jetzt &amp;erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Losant Tokens has lost access to this instance: the token it is connected with is deleted or inactive. Enter another access token.</source>
        <translation type="vanished">Losant Tokens hat keinen Zugriff mehr auf diese Instanz: Das Token, mit dem es verbunden ist, wurde gelöscht oder ist inaktiv. Geben Sie ein anderes Zugriffstoken ein.</translation>
    </message>
    <message>
        <source>&amp;Next pane</source>
        <translation>&amp;Nächster Bereich</translation>
    </message>
    <message>
        <source>Pre&amp;vious pane</source>
        <translation>&amp;Vorheriger Bereich</translation>
    </message>
    <message>
        <source>No token names contain &apos;%1&apos;.</source>
        <translation>Kein Token-Name enthält „%1“.</translation>
    </message>
    <message>
        <source>A pattern must match the whole name: try &apos;%1&apos; to match anywhere.</source>
        <translation>Ein Muster muss auf den ganzen Namen passen: Versuchen Sie „%1“, um an beliebiger Stelle zu suchen.</translation>
    </message>
    <message>
        <source>Press Esc in the filter to see every token.</source>
        <translation>Drücken Sie im Filter Esc, um alle Tokens zu sehen.</translation>
    </message>
    <message>
        <source>%1 expired of %2 loaded tokens (of %3)</source>
        <translation>%1 von %2 geladenen Tokens abgelaufen (insgesamt %3)</translation>
    </message>
    <message>
        <source>%1 expiring within 30 days of %2 loaded tokens (of %3)</source>
        <translation>%1 von %2 geladenen Tokens mit Ablauf innerhalb von 30 Tagen (insgesamt %3)</translation>
    </message>
    <message>
        <source>None of the loaded tokens has expired.</source>
        <translation>Keines der geladenen Tokens ist abgelaufen.</translation>
    </message>
    <message>
        <source>None of the loaded tokens expires within 30 days.</source>
        <translation>Keines der geladenen Tokens läuft innerhalb von 30 Tagen ab.</translation>
    </message>
    <message>
        <source>Edit &amp;connection…</source>
        <translation>&amp;Verbindung bearbeiten…</translation>
    </message>
    <message>
        <source>Tokens to load per request (1–%1):</source>
        <translation>Tokens pro Anfrage (1–%1):</translation>
    </message>
    <message>
        <source>Losant Tokens has lost access to these tokens: the token it is connected with is deleted or inactive. Enter another access token.</source>
        <translation>Losant Tokens hat keinen Zugriff mehr auf diese Tokens: Das Token, mit dem es verbunden ist, wurde gelöscht oder ist inaktiv. Geben Sie ein anderes Zugriffstoken ein.</translation>
    </message>
    <message>
        <source>Add, edit or switch connections (Ctrl+Shift+O)</source>
        <translation>Verbindungen hinzufügen, bearbeiten oder wechseln (Strg+Umschalt+O)</translation>
    </message>
    <message>
        <source>&amp;Tokens of:</source>
        <translation>&amp;Tokens von:</translation>
    </message>
    <message>
        <source>The instance, application or your own tokens shown; choose another to switch</source>
        <translation>Die angezeigten Tokens einer Instanz, einer Anwendung oder Ihre eigenen; wählen Sie andere, um zu wechseln</translation>
    </message>
    <message>
        <source>This application has no API tokens.</source>
        <translation>Diese Anwendung hat keine API-Tokens.</translation>
    </message>
    <message>
        <source>You have no API tokens of your own.</source>
        <translation>Sie haben keine eigenen API-Tokens.</translation>
    </message>
    <message>
        <source>&amp;Activity…</source>
        <translation>A&amp;ktivität…</translation>
    </message>
    <message>
        <source>Who created, changed or deleted which token, from the instance&apos;s audit log (Ctrl+Shift+L)</source>
        <translation>Wer welches Token erstellt, geändert oder gelöscht hat, laut Audit-Log der Instanz (Strg+Umschalt+L)</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>%1 expiring in the chosen range of %2 loaded tokens (of %3)</source>
        <translation>%1 von %2 geladenen Tokens mit Ablauf im gewählten Zeitraum (insgesamt %3)</translation>
    </message>
    <message>
        <source>None of the loaded tokens expires in the chosen range.</source>
        <translation>Keines der geladenen Tokens läuft im gewählten Zeitraum ab.</translation>
    </message>
    <message>
        <source>%1 with findings of %2 loaded tokens (of %3)</source>
        <translation>%1 von %2 geladenen Tokens mit Befunden (insgesamt %3)</translation>
    </message>
    <message>
        <source>None of the loaded tokens has findings of that severity.</source>
        <translation>Keines der geladenen Tokens hat Befunde dieses Schweregrads.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
    <message numerus="yes">
        <source>%1 Retrying in %n second(s)…</source>
        <translation>
            <numerusform>%1 Neuer Versuch in %n Sekunde…</numerusform>
            <numerusform>%1 Neuer Versuch in %n Sekunden…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Retrying…</source>
        <translation>%1 Wird erneut versucht…</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>Continue</source>
        <translation>Fortfahren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Save my changes</source>
        <translation>Meine Änderungen speichern</translation>
    </message>
    <message>
        <source>Load theirs</source>
        <translation>Server-Stand laden</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Aktivieren</translation>
    </message>
</context>
<context>
    <name>OrgDirectory</name>
    <message>
        <source>There is no connection.</source>
        <translation>Es besteht keine Verbindung.</translation>
    </message>
</context>
<context>
    <name>OrgRolesEditor</name>
    <message>
        <source>Dashboard ID</source>
        <translation>Dashboard-ID</translation>
    </message>
    <message>
        <source>Application ID</source>
        <translation>Anwendungs-ID</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Organization ID or sandbox</source>
        <translation>Organisations-ID oder sandbox</translation>
    </message>
    <message>
        <source>Add application role</source>
        <translation>Anwendungsrolle hinzufügen</translation>
    </message>
    <message>
        <source>Add dashboard role</source>
        <translation>Dashboard-Rolle hinzufügen</translation>
    </message>
    <message>
        <source>Remove organization</source>
        <translation>Organisation entfernen</translation>
    </message>
    <message>
        <source>Add organization role</source>
        <translation>Organisationsrolle hinzufügen</translation>
    </message>
    <message>
        <source>Organization role %1</source>
        <translation>Organisationsrolle %1</translation>
    </message>
    <message>
        <source>Application role %1: %2</source>
        <translation>Anwendungsrolle %1: %2</translation>
    </message>
    <message>
        <source>Dashboard role %1: %2</source>
        <translation>Dashboard-Rolle %1: %2</translation>
    </message>
    <message>
        <source>Type “sandbox” instead of an organization ID for the role in the users&apos; own sandboxes, outside any organization.</source>
        <translation type="vanished">Geben Sie „sandbox“ statt einer Organisations-ID ein, um die Rolle in den eigenen Sandboxes der Benutzer festzulegen, außerhalb jeder Organisation.</translation>
    </message>
    <message>
        <source>Choose a dashboard…</source>
        <translation>Dashboard auswählen…</translation>
    </message>
    <message>
        <source>Choose an application…</source>
        <translation>Anwendung auswählen…</translation>
    </message>
    <message>
        <source>Dashboard by name</source>
        <translation>Dashboard nach Name</translation>
    </message>
    <message>
        <source>Application by name</source>
        <translation>Anwendung nach Name</translation>
    </message>
    <message>
        <source>Choose an organization…</source>
        <translation>Organisation auswählen…</translation>
    </message>
    <message>
        <source>Organization by name</source>
        <translation>Organisation nach Name</translation>
    </message>
    <message>
        <source>Sandbox (or “sandbox” typed in place of an organization ID) is the role in each user&apos;s own sandbox, outside any organization.</source>
        <translation>Sandbox (oder „sandbox“ statt einer Organisations-ID eingegeben) ist die Rolle in der eigenen Sandbox jedes Benutzers, außerhalb jeder Organisation.</translation>
    </message>
    <message>
        <source>Loading names…</source>
        <translation>Namen werden geladen…</translation>
    </message>
    <message>
        <source>Sandbox (every user&apos;s own)</source>
        <translation>Sandbox (die eigene jedes Benutzers)</translation>
    </message>
    <message>
        <source>Organizations could not be listed (%1). Type their IDs instead.</source>
        <translation>Organisationen konnten nicht aufgelistet werden (%1). Geben Sie stattdessen ihre IDs ein.</translation>
    </message>
    <message>
        <source>Only the first %1 organizations are listed; type the ID of any other.</source>
        <translation>Nur die ersten %1 Organisationen werden aufgelistet; geben Sie für jede andere die ID ein.</translation>
    </message>
    <message>
        <source>This organization&apos;s dashboards could not be listed (%1). Type their IDs instead.</source>
        <translation>Die Dashboards dieser Organisation konnten nicht aufgelistet werden (%1). Geben Sie stattdessen ihre IDs ein.</translation>
    </message>
    <message>
        <source>This organization&apos;s applications could not be listed (%1). Type their IDs instead.</source>
        <translation>Die Anwendungen dieser Organisation konnten nicht aufgelistet werden (%1). Geben Sie stattdessen ihre IDs ein.</translation>
    </message>
    <message>
        <source>Only the first %1 dashboards are listed; type the ID of any other.</source>
        <translation>Nur die ersten %1 Dashboards werden aufgelistet; geben Sie für jedes andere die ID ein.</translation>
    </message>
    <message>
        <source>Only the first %1 applications are listed; type the ID of any other.</source>
        <translation>Nur die ersten %1 Anwendungen werden aufgelistet; geben Sie für jede andere die ID ein.</translation>
    </message>
</context>
<context>
    <name>PermissionPicker</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Nur lesen</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Choose what the token may do: All, Read only, or Custom to pick single scopes.</source>
        <translation type="vanished">Was darf das Token? Alle, Nur lesen oder Benutzerdefiniert (einzelne Scopes).</translation>
    </message>
    <message>
        <source>Everything on this instance, including creating and deleting tokens (%1).</source>
        <translation type="vanished">Alles auf dieser Instanz, auch Tokens erstellen und löschen (%1).</translation>
    </message>
    <message>
        <source>Read everything on this instance, change nothing (%1).</source>
        <translation type="vanished">Alles auf dieser Instanz lesen, nichts ändern (%1).</translation>
    </message>
    <message>
        <source>on this instance</source>
        <translation>auf dieser Instanz</translation>
    </message>
    <message>
        <source>in this application</source>
        <translation>in dieser Anwendung</translation>
    </message>
    <message>
        <source>your account may reach</source>
        <translation>im Zugriffsbereich Ihres Kontos</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Devices, read only</source>
        <translation>Geräte, nur lesen</translation>
    </message>
    <message>
        <source>Choose what the token may do: a preset, or Custom to pick single scopes.</source>
        <translation>Was darf das Token? Eine Vorgabe oder Benutzerdefiniert (einzelne Scopes).</translation>
    </message>
    <message>
        <source>Everything %1, including creating and deleting tokens (%2).</source>
        <translation>Alles %1, auch Tokens erstellen und löschen (%2).</translation>
    </message>
    <message>
        <source>Read everything %1, change nothing (%2).</source>
        <translation>Alles %1 lesen, nichts ändern (%2).</translation>
    </message>
    <message>
        <source>The devices of this application, nothing else (%1).</source>
        <translation>Die Geräte dieser Anwendung, sonst nichts (%1).</translation>
    </message>
    <message>
        <source>Read the devices of this application, change nothing (%1).</source>
        <translation>Die Geräte dieser Anwendung lesen, nichts ändern (%1).</translation>
    </message>
    <message>
        <source>All, Read only, Devices, Devices read only or Custom</source>
        <translation>Alle, Nur lesen, Geräte, Geräte nur lesen oder Benutzerdefiniert</translation>
    </message>
    <message>
        <source>All, Read only or Custom</source>
        <translation>Alle, Nur lesen oder Benutzerdefiniert</translation>
    </message>
</context>
<context>
    <name>PolicyCheck</name>
    <message>
        <source>Create &amp;anyway, against the policy</source>
        <translation>&amp;Trotzdem erstellen, entgegen der Richtlinie</translation>
    </message>
    <message>
        <source>This token breaks the team&apos;s token policy:</source>
        <translation>Dieses Token verstößt gegen die Token-Richtlinie des Teams:</translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <source>New tokens need a &amp;description</source>
        <translation>Neue Tokens brauchen eine &amp;Beschreibung</translation>
    </message>
    <message>
        <source>Token policy</source>
        <translation>Token-Richtlinie</translation>
    </message>
    <message>
        <source>No maximum</source>
        <translation>Kein Maximum</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>One scope per line, e.g. all.Instance</source>
        <translation>Ein Scope pro Zeile, z. B. all.Instance</translation>
    </message>
    <message>
        <source>e.g. team-* (* any text, ? one character)</source>
        <translation>z. B. team-* (* beliebiger Text, ? ein Zeichen)</translation>
    </message>
    <message>
        <source>&amp;Maximum lifetime:</source>
        <translation>&amp;Maximale Lebensdauer:</translation>
    </message>
    <message>
        <source>&amp;Scopes that need a confirmation:</source>
        <translation>&amp;Scopes, die eine Bestätigung erfordern:</translation>
    </message>
    <message>
        <source>&amp;Name pattern:</source>
        <translation>&amp;Namensmuster:</translation>
    </message>
    <message>
        <source>The New token dialog checks each draft against this policy and asks for an override; nothing of it is sent to the server.</source>
        <translation>Der Dialog „Neues Token“ prüft jeden Entwurf anhand dieser Richtlinie und verlangt bei Verstößen eine ausdrückliche Bestätigung; nichts davon wird an den Server gesendet.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>The policy was not imported. %1</source>
        <translation>Die Richtlinie wurde nicht importiert. %1</translation>
    </message>
    <message>
        <source>The policy was not exported. %1</source>
        <translation>Die Richtlinie wurde nicht exportiert. %1</translation>
    </message>
    <message>
        <source>Export the token policy</source>
        <translation>Token-Richtlinie exportieren</translation>
    </message>
    <message>
        <source>Import a token policy</source>
        <translation>Token-Richtlinie importieren</translation>
    </message>
    <message>
        <source>Token policy (*.json)</source>
        <translation>Token-Richtlinie (*.json)</translation>
    </message>
</context>
<context>
    <name>PolicySettings</name>
    <message>
        <source>It is not a policy file (a JSON object): %1</source>
        <translation>Dies ist keine Richtliniendatei (ein JSON-Objekt): %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>QueryOptions</name>
    <message>
        <source>Only tokens whose name matches &lt;glob&gt; (* any run, ? one character).</source>
        <translation>Nur Tokens, deren Name auf &lt;Muster&gt; passt (* beliebige Zeichenfolge, ? ein Zeichen).</translation>
    </message>
    <message>
        <source>glob</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Only active or only inactive tokens.</source>
        <translation>Nur aktive oder nur inaktive Tokens.</translation>
    </message>
    <message>
        <source>active|inactive</source>
        <translation>active|inactive</translation>
    </message>
    <message>
        <source>Sort by name, status, id, creationDate, lastUpdated or expirationDate; add :desc to reverse (default: name).</source>
        <translation>Sortieren nach name, status, id, creationDate, lastUpdated oder expirationDate; :desc anhängen für umgekehrte Reihenfolge (Standard: name).</translation>
    </message>
    <message>
        <source>field[:desc]</source>
        <translation>Feld[:desc]</translation>
    </message>
    <message>
        <source>--filter and --status cannot be used together: the API filters on one field at a time</source>
        <translation>--filter und --status können nicht zusammen verwendet werden: Die API filtert jeweils nur nach einem Feld</translation>
    </message>
    <message>
        <source>--status needs active or inactive, not &quot;%1&quot;</source>
        <translation>--status erwartet active oder inactive, nicht „%1“</translation>
    </message>
    <message>
        <source>--sort needs one of %1, optionally followed by :desc, not &quot;%2&quot;</source>
        <translation>--sort erwartet eines von %1, optional gefolgt von :desc, nicht „%2“</translation>
    </message>
</context>
<context>
    <name>RotationActions</name>
    <message>
        <source>R&amp;otate…</source>
        <translation>R&amp;otieren…</translation>
    </message>
    <message>
        <source>Replace the selected token with a new one of the same scopes and roles, then retire it step by step</source>
        <translation>Das ausgewählte Token durch ein neues mit denselben Scopes und Rollen ersetzen und es dann schrittweise stilllegen</translation>
    </message>
    <message>
        <source>Resume &amp;rotation</source>
        <translation>&amp;Rotation fortsetzen</translation>
    </message>
    <message>
        <source> — delete on %1</source>
        <translation> — Löschen am %1</translation>
    </message>
    <message>
        <source>“%1” (step %2 of 4)%3</source>
        <translation>„%1“ (Schritt %2 von 4)%3</translation>
    </message>
    <message>
        <source>Created “%1”</source>
        <translation>„%1“ erstellt</translation>
    </message>
    <message>
        <source>Deactivated “%1”</source>
        <translation>„%1“ deaktiviert</translation>
    </message>
    <message>
        <source>Deleted the rotated token</source>
        <translation>Rotiertes Token gelöscht</translation>
    </message>
</context>
<context>
    <name>RotationDialog</name>
    <message>
        <source>Rotate “%1”</source>
        <translation>„%1“ rotieren</translation>
    </message>
    <message>
        <source>The new secret is stored where the consumer reads it (its configuration, vault or CI variable)</source>
        <translation>Der neue Token-Wert ist dort hinterlegt, wo der Dienst ihn liest (in seiner Konfiguration, im Tresor oder in der CI-Variablen)</translation>
    </message>
    <message>
        <source>The consumer was restarted or reloaded</source>
        <translation>Der Dienst wurde neu gestartet oder neu geladen</translation>
    </message>
    <message>
        <source>The consumer&apos;s requests succeed with the new token</source>
        <translation>Die Anfragen des Dienstes gelingen mit dem neuen Token</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>In %n Tag</numerusform>
            <numerusform>In %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete the old token:</source>
        <translation>&amp;Altes Token löschen:</translation>
    </message>
    <message>
        <source>Sends POST %1 to create “%2” with the same description, scopes and roles as “%3”, expiring %4. The old token is not touched.

%5</source>
        <translation>Sendet POST %1, um „%2“ mit derselben Beschreibung und denselben Scopes und Rollen wie „%3“ zu erstellen, mit Ablauf am %4. Das alte Token bleibt unverändert.

%5</translation>
    </message>
    <message>
        <source>Sends nothing. Put the new secret of “%1” where “%2” is used, then tick each item.</source>
        <translation>Sendet nichts. Hinterlegen Sie den neuen Token-Wert von „%1“ dort, wo „%2“ verwendet wird, und haken Sie dann jeden Punkt ab.</translation>
    </message>
    <message>
        <source>Sends GET %1 to check that “%2” is still there, then PATCH %3 with {&quot;status&quot;:&quot;inactive&quot;}. Requests with “%4” fail from then on; it can still be activated again.</source>
        <translation>Sendet GET %1, um zu prüfen, ob „%2“ noch vorhanden ist, dann PATCH %3 mit {&quot;status&quot;:&quot;inactive&quot;}. Anfragen mit „%4“ schlagen danach fehl; es kann aber wieder aktiviert werden.</translation>
    </message>
    <message>
        <source>Losant Tokens is connected with “%1”: put the successor&apos;s secret in the connection first, or the app loses access.</source>
        <translation>Losant Tokens ist mit „%1“ verbunden: Hinterlegen Sie zuerst den Token-Wert des Nachfolgers in der Verbindung, sonst verliert die App den Zugriff.</translation>
    </message>
    <message>
        <source>Sends DELETE %1: “%2” is gone for good.</source>
        <translation>Sendet DELETE %1: „%2“ ist dann endgültig gelöscht.</translation>
    </message>
    <message>
        <source>Sends nothing now: the inactive “%1” is kept for a grace period. Resume the rotation from the Edit menu to delete it.</source>
        <translation>Sendet jetzt nichts: Das inaktive „%1“ wird für eine Schonfrist aufbewahrt. Setzen Sie die Rotation im Menü „Bearbeiten“ fort, um es zu löschen.</translation>
    </message>
    <message>
        <source>Planned deletion: %1.</source>
        <translation>Geplantes Löschen: %1.</translation>
    </message>
    <message>
        <source>Done: “%1” replaces “%2”, which is deleted.</source>
        <translation>Fertig: „%1“ ersetzt „%2“, das gelöscht ist.</translation>
    </message>
    <message>
        <source>Create the successor</source>
        <translation>Nachfolger erstellen</translation>
    </message>
    <message>
        <source>Update the consumer</source>
        <translation>Dienst umstellen</translation>
    </message>
    <message>
        <source>Deactivate the old token</source>
        <translation>Altes Token deaktivieren</translation>
    </message>
    <message>
        <source>Delete the old token</source>
        <translation>Altes Token löschen</translation>
    </message>
    <message>
        <source>Rotation complete</source>
        <translation>Rotation abgeschlossen</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <source>&amp;Create successor</source>
        <translation>Nachfolger &amp;erstellen</translation>
    </message>
    <message>
        <source>The consumer &amp;uses the successor</source>
        <translation>Der Dienst &amp;nutzt den Nachfolger</translation>
    </message>
    <message>
        <source>&amp;Deactivate “%1”</source>
        <translation>„%1“ &amp;deaktivieren</translation>
    </message>
    <message>
        <source>De&amp;lete “%1”</source>
        <translation>„%1“ &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Keep it and finish later</source>
        <translation>&amp;Behalten und später abschließen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&amp;Finish later</source>
        <translation>&amp;Später abschließen</translation>
    </message>
    <message>
        <source>The answer to the create was lost: “%1” may exist. Refresh the list and look for it before trying again. “%2” was not changed.</source>
        <translation>Die Antwort auf das Erstellen ging verloren: „%1“ existiert möglicherweise. Aktualisieren Sie die Liste und suchen Sie danach, bevor Sie es erneut versuchen. „%2“ wurde nicht geändert.</translation>
    </message>
    <message>
        <source>The successor could not be created. “%1” was not changed.</source>
        <translation>Der Nachfolger konnte nicht erstellt werden. „%1“ wurde nicht geändert.</translation>
    </message>
    <message>
        <source>“%1” could not be deactivated; it is still active and unchanged.</source>
        <translation>„%1“ konnte nicht deaktiviert werden; es ist weiterhin aktiv und unverändert.</translation>
    </message>
    <message>
        <source>“%1” could not be deleted; it stays, inactive.</source>
        <translation>„%1“ konnte nicht gelöscht werden; es bleibt inaktiv bestehen.</translation>
    </message>
</context>
<context>
    <name>ScopeCatalog</name>
    <message>
        <source>All of Application</source>
        <translation>Gesamte Anwendung</translation>
    </message>
    <message>
        <source>All of Application, bounded</source>
        <translation>Gesamte Anwendung, begrenzt</translation>
    </message>
    <message>
        <source>All of Application, read only</source>
        <translation>Gesamte Anwendung, nur lesen</translation>
    </message>
    <message>
        <source>All of Application, CLI</source>
        <translation>Gesamte Anwendung, CLI</translation>
    </message>
    <message>
        <source>All of Device</source>
        <translation>Gesamtes Gerät</translation>
    </message>
    <message>
        <source>All of Device, read only</source>
        <translation>Gesamtes Gerät, nur lesen</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>alles</translation>
    </message>
    <message>
        <source>apply template</source>
        <translation>Vorlage anwenden</translation>
    </message>
    <message>
        <source>archive data</source>
        <translation>Daten archivieren</translation>
    </message>
    <message>
        <source>backfill archive data</source>
        <translation>Archivdaten nachträglich erstellen</translation>
    </message>
    <message>
        <source>clone</source>
        <translation>klonen</translation>
    </message>
    <message>
        <source>export</source>
        <translation>exportieren</translation>
    </message>
    <message>
        <source>import</source>
        <translation>importieren</translation>
    </message>
    <message>
        <source>full events archive</source>
        <translation>vollständiges Ereignisarchiv</translation>
    </message>
    <message>
        <source>full data tables archive</source>
        <translation>vollständiges Datentabellenarchiv</translation>
    </message>
    <message>
        <source>debug</source>
        <translation>debuggen</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>löschen</translation>
    </message>
    <message>
        <source>view</source>
        <translation>anzeigen</translation>
    </message>
    <message>
        <source>MQTT publish message</source>
        <translation>MQTT-Nachricht veröffentlichen</translation>
    </message>
    <message>
        <source>MQTT subscription stream</source>
        <translation>MQTT-Abonnement-Stream</translation>
    </message>
    <message>
        <source>update</source>
        <translation>ändern</translation>
    </message>
    <message>
        <source>payload counts</source>
        <translation>Payload-Zählungen</translation>
    </message>
    <message>
        <source>payload counts breakdown</source>
        <translation>Payload-Zählungen, aufgeschlüsselt</translation>
    </message>
    <message>
        <source>device counts</source>
        <translation>Gerätezählungen</translation>
    </message>
    <message>
        <source>notebook minute counts</source>
        <translation>Notebook-Minutenzählungen</translation>
    </message>
    <message>
        <source>search</source>
        <translation>suchen</translation>
    </message>
    <message>
        <source>import logs</source>
        <translation>Importprotokolle</translation>
    </message>
    <message>
        <source>list</source>
        <translation>auflisten</translation>
    </message>
    <message>
        <source>create</source>
        <translation>erstellen</translation>
    </message>
    <message>
        <source>send report</source>
        <translation>Bericht senden</translation>
    </message>
    <message>
        <source>linked resources</source>
        <translation>verknüpfte Ressourcen</translation>
    </message>
    <message>
        <source>last value query</source>
        <translation>Abfrage der letzten Werte</translation>
    </message>
    <message>
        <source>time series query</source>
        <translation>Zeitreihenabfrage</translation>
    </message>
    <message>
        <source>add column</source>
        <translation>Spalte hinzufügen</translation>
    </message>
    <message>
        <source>remove column</source>
        <translation>Spalte entfernen</translation>
    </message>
    <message>
        <source>query</source>
        <translation>abfragen</translation>
    </message>
    <message>
        <source>truncate</source>
        <translation>leeren</translation>
    </message>
    <message>
        <source>agent logs</source>
        <translation>Agent-Protokolle</translation>
    </message>
    <message>
        <source>command stream</source>
        <translation>Befehls-Stream</translation>
    </message>
    <message>
        <source>get command</source>
        <translation>Befehl abrufen</translation>
    </message>
    <message>
        <source>get composite state</source>
        <translation>zusammengesetzten Zustand abrufen</translation>
    </message>
    <message>
        <source>get log entries</source>
        <translation>Protokolleinträge abrufen</translation>
    </message>
    <message>
        <source>get state</source>
        <translation>Zustand abrufen</translation>
    </message>
    <message>
        <source>remove data</source>
        <translation>Daten entfernen</translation>
    </message>
    <message>
        <source>send command</source>
        <translation>Befehl senden</translation>
    </message>
    <message>
        <source>send state</source>
        <translation>Zustand senden</translation>
    </message>
    <message>
        <source>set connection status</source>
        <translation>Verbindungsstatus setzen</translation>
    </message>
    <message>
        <source>state stream</source>
        <translation>Zustands-Stream</translation>
    </message>
    <message>
        <source>bulk create</source>
        <translation>mehrere erstellen</translation>
    </message>
    <message>
        <source>attribute names</source>
        <translation>Attributnamen</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>wiederherstellen</translation>
    </message>
    <message>
        <source>device names</source>
        <translation>Gerätenamen</translation>
    </message>
    <message>
        <source>historical import</source>
        <translation>historischer Import</translation>
    </message>
    <message>
        <source>tag keys</source>
        <translation>Tag-Schlüssel</translation>
    </message>
    <message>
        <source>tag values</source>
        <translation>Tag-Werte</translation>
    </message>
    <message>
        <source>release</source>
        <translation>freigeben</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>entfernen</translation>
    </message>
    <message>
        <source>replace</source>
        <translation>ersetzen</translation>
    </message>
    <message>
        <source>detailed summary</source>
        <translation>ausführliche Zusammenfassung</translation>
    </message>
    <message>
        <source>most recent by severity</source>
        <translation>neueste nach Schweregrad</translation>
    </message>
    <message>
        <source>bootstrap</source>
        <translation>initialisieren</translation>
    </message>
    <message>
        <source>stats</source>
        <translation>Statistiken</translation>
    </message>
    <message>
        <source>move</source>
        <translation>verschieben</translation>
    </message>
    <message>
        <source>upload</source>
        <translation>hochladen</translation>
    </message>
    <message>
        <source>clear storage entries</source>
        <translation>Speichereinträge leeren</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>get storage entries</source>
        <translation>Speichereinträge abrufen</translation>
    </message>
    <message>
        <source>log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>press virtual button</source>
        <translation>virtuelle Schaltfläche drücken</translation>
    </message>
    <message>
        <source>set storage entry</source>
        <translation>Speichereintrag setzen</translation>
    </message>
    <message>
        <source>get storage entries metadata</source>
        <translation>Metadaten der Speichereinträge abrufen</translation>
    </message>
    <message>
        <source>suggest function</source>
        <translation>Funktion vorschlagen</translation>
    </message>
    <message>
        <source>get by version</source>
        <translation>nach Version abrufen</translation>
    </message>
    <message>
        <source>palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <source>execute</source>
        <translation>ausführen</translation>
    </message>
    <message>
        <source>logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>request input data export</source>
        <translation>Export der Eingabedaten anfordern</translation>
    </message>
    <message>
        <source>cancel execution</source>
        <translation>Ausführung abbrechen</translation>
    </message>
    <message>
        <source>All of Organization</source>
        <translation>Gesamte Organisation</translation>
    </message>
    <message>
        <source>All of Organization, bounded</source>
        <translation>Gesamte Organisation, begrenzt</translation>
    </message>
    <message>
        <source>All of Organization, read only</source>
        <translation>Gesamte Organisation, nur lesen</translation>
    </message>
    <message>
        <source>Organization only</source>
        <translation>Organisation selbst</translation>
    </message>
    <message>
        <source>Organization only, bounded</source>
        <translation>Organisation selbst, begrenzt</translation>
    </message>
    <message>
        <source>Organization only, read only</source>
        <translation>Organisation selbst, nur lesen</translation>
    </message>
    <message>
        <source>period summaries</source>
        <translation>Zeitraum-Zusammenfassungen</translation>
    </message>
    <message>
        <source>suggest code</source>
        <translation>Code vorschlagen</translation>
    </message>
    <message>
        <source>pending invites</source>
        <translation>ausstehende Einladungen</translation>
    </message>
    <message>
        <source>invite member</source>
        <translation>Mitglied einladen</translation>
    </message>
    <message>
        <source>revoke invite</source>
        <translation>Einladung widerrufen</translation>
    </message>
    <message>
        <source>modify member</source>
        <translation>Mitglied ändern</translation>
    </message>
    <message>
        <source>remove member</source>
        <translation>Mitglied entfernen</translation>
    </message>
    <message>
        <source>invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>current card</source>
        <translation>aktuelle Zahlungskarte</translation>
    </message>
    <message>
        <source>transfer resources</source>
        <translation>Ressourcen übertragen</translation>
    </message>
    <message>
        <source>All of Instance</source>
        <translation>Gesamte Instanz</translation>
    </message>
    <message>
        <source>All of Instance, bounded</source>
        <translation>Gesamte Instanz, begrenzt</translation>
    </message>
    <message>
        <source>All of Instance, read only</source>
        <translation>Gesamte Instanz, nur lesen</translation>
    </message>
    <message>
        <source>historical summaries</source>
        <translation>historische Zusammenfassungen</translation>
    </message>
    <message>
        <source>generate report</source>
        <translation>Bericht erzeugen</translation>
    </message>
    <message>
        <source>convert to enterprise</source>
        <translation>in Enterprise umwandeln</translation>
    </message>
    <message>
        <source>resend invite</source>
        <translation>Einladung erneut senden</translation>
    </message>
    <message>
        <source>evaluate</source>
        <translation>auswerten</translation>
    </message>
    <message>
        <source>undelete</source>
        <translation>Löschung aufheben</translation>
    </message>
    <message>
        <source>All of User</source>
        <translation>Gesamter Benutzer</translation>
    </message>
    <message>
        <source>All of User, bounded</source>
        <translation>Gesamter Benutzer, begrenzt</translation>
    </message>
    <message>
        <source>All of User, read only</source>
        <translation>Gesamter Benutzer, nur lesen</translation>
    </message>
    <message>
        <source>All of User, CLI</source>
        <translation>Gesamter Benutzer, CLI</translation>
    </message>
    <message>
        <source>User only</source>
        <translation>Benutzer selbst</translation>
    </message>
    <message>
        <source>User only, bounded</source>
        <translation>Benutzer selbst, begrenzt</translation>
    </message>
    <message>
        <source>User only, read only</source>
        <translation>Benutzer selbst, nur lesen</translation>
    </message>
    <message>
        <source>get categories</source>
        <translation>Kategorien abrufen</translation>
    </message>
    <message>
        <source>get unique keywords</source>
        <translation>eindeutige Schlüsselwörter abrufen</translation>
    </message>
    <message>
        <source>verify email</source>
        <translation>E-Mail-Adresse bestätigen</translation>
    </message>
    <message>
        <source>change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>generate two factor auth</source>
        <translation>Zwei-Faktor-Authentifizierung erzeugen</translation>
    </message>
    <message>
        <source>enable two factor auth</source>
        <translation>Zwei-Faktor-Authentifizierung aktivieren</translation>
    </message>
    <message>
        <source>disable two factor auth</source>
        <translation>Zwei-Faktor-Authentifizierung deaktivieren</translation>
    </message>
    <message>
        <source>disconnect GitHub</source>
        <translation>GitHub trennen</translation>
    </message>
    <message>
        <source>connect GitHub</source>
        <translation>GitHub verbinden</translation>
    </message>
    <message>
        <source>add recent item</source>
        <translation>zuletzt verwendetes Element hinzufügen</translation>
    </message>
    <message>
        <source>fetch recent items</source>
        <translation>zuletzt verwendete Elemente abrufen</translation>
    </message>
    <message>
        <source>invite</source>
        <translation>einladen</translation>
    </message>
    <message>
        <source>invites</source>
        <translation>Einladungen</translation>
    </message>
    <message>
        <source>respond to invite</source>
        <translation>auf Einladung antworten</translation>
    </message>
    <message>
        <source>refresh token</source>
        <translation>Token erneuern</translation>
    </message>
    <message>
        <source>Whole areas</source>
        <translation>Ganze Bereiche</translation>
    </message>
    <message>
        <source>A whole area at once: everything, or everything read only.</source>
        <translation>Ein ganzer Bereich auf einmal: alles oder alles nur lesend.</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Allows: apply template, archive data, backfill archive data, clone, export, and 15 more.</source>
        <translation>Erlaubt: Vorlage anwenden, Daten archivieren, Archivdaten nachträglich erstellen, klonen, exportieren und 15 weitere.</translation>
    </message>
    <message>
        <source>Application API token</source>
        <translation>Anwendungs-API-Token</translation>
    </message>
    <message>
        <source>Allows: delete, view, update.</source>
        <translation>Erlaubt: löschen, anzeigen, ändern.</translation>
    </message>
    <message>
        <source>Application API tokens</source>
        <translation>Anwendungs-API-Tokens</translation>
    </message>
    <message>
        <source>Allows: list, create.</source>
        <translation>Erlaubt: auflisten, erstellen.</translation>
    </message>
    <message>
        <source>Application certificate</source>
        <translation>Anwendungszertifikat</translation>
    </message>
    <message>
        <source>Application certificates</source>
        <translation>Anwendungszertifikate</translation>
    </message>
    <message>
        <source>Application certificate authority</source>
        <translation>Anwendungs-Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Application certificate authorities</source>
        <translation>Anwendungs-Zertifizierungsstellen</translation>
    </message>
    <message>
        <source>Application dashboards</source>
        <translation>Anwendungs-Dashboards</translation>
    </message>
    <message>
        <source>Application dashboard</source>
        <translation>Anwendungs-Dashboard</translation>
    </message>
    <message>
        <source>Allows: view, update, send report, delete.</source>
        <translation>Erlaubt: anzeigen, ändern, Bericht senden, löschen.</translation>
    </message>
    <message>
        <source>Application job logs</source>
        <translation>Anwendungs-Jobprotokolle</translation>
    </message>
    <message>
        <source>Allows: list.</source>
        <translation>Erlaubt: auflisten.</translation>
    </message>
    <message>
        <source>Application job log</source>
        <translation>Anwendungs-Jobprotokoll</translation>
    </message>
    <message>
        <source>Allows: view.</source>
        <translation>Erlaubt: anzeigen.</translation>
    </message>
    <message>
        <source>Application key</source>
        <translation>Anwendungsschlüssel (einzeln)</translation>
    </message>
    <message>
        <source>Application keys</source>
        <translation>Anwendungsschlüssel</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Zugangsdatensatz</translation>
    </message>
    <message>
        <source>Allows: view, linked resources, update, delete.</source>
        <translation>Erlaubt: anzeigen, verknüpfte Ressourcen, ändern, löschen.</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdatensätze</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Allows: export, last value query, time series query.</source>
        <translation>Erlaubt: exportieren, Abfrage der letzten Werte, Zeitreihenabfrage.</translation>
    </message>
    <message>
        <source>Data table</source>
        <translation>Datentabelle</translation>
    </message>
    <message>
        <source>Allows: add column, delete, view, update, remove column.</source>
        <translation>Erlaubt: Spalte hinzufügen, löschen, anzeigen, ändern, Spalte entfernen.</translation>
    </message>
    <message>
        <source>Data tables</source>
        <translation>Datentabellen</translation>
    </message>
    <message>
        <source>Data table row</source>
        <translation>Datentabellenzeile</translation>
    </message>
    <message>
        <source>Data table rows</source>
        <translation>Datentabellenzeilen</translation>
    </message>
    <message>
        <source>Allows: list, create, query, export, delete, truncate.</source>
        <translation>Erlaubt: auflisten, erstellen, abfragen, exportieren, löschen, leeren.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Allows: agent logs, command stream, debug, delete, export, and 13 more.</source>
        <translation>Erlaubt: Agent-Protokolle, Befehls-Stream, debuggen, löschen, exportieren und 13 weitere.</translation>
    </message>
    <message>
        <source>Device recipe</source>
        <translation>Geräterezept</translation>
    </message>
    <message>
        <source>Allows: bulk create, delete, view, update.</source>
        <translation>Erlaubt: mehrere erstellen, löschen, anzeigen, ändern.</translation>
    </message>
    <message>
        <source>Device recipes</source>
        <translation>Geräterezepte</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Allows: attribute names, update, delete, restore, remove data, and 10 more.</source>
        <translation>Erlaubt: Attributnamen, ändern, löschen, wiederherstellen, Daten entfernen und 10 weitere.</translation>
    </message>
    <message>
        <source>Device attribute</source>
        <translation>Geräteattribut</translation>
    </message>
    <message>
        <source>Allows: view, update, delete.</source>
        <translation>Erlaubt: anzeigen, ändern, löschen.</translation>
    </message>
    <message>
        <source>Device attributes</source>
        <translation>Geräteattribute</translation>
    </message>
    <message>
        <source>Edge deployment</source>
        <translation>Edge-Bereitstellung</translation>
    </message>
    <message>
        <source>Edge deployments</source>
        <translation>Edge-Bereitstellungen</translation>
    </message>
    <message>
        <source>Allows: list, release, remove, replace.</source>
        <translation>Erlaubt: auflisten, freigeben, entfernen, ersetzen.</translation>
    </message>
    <message>
        <source>Embedded deployment</source>
        <translation>Embedded-Bereitstellung</translation>
    </message>
    <message>
        <source>Embedded deployments</source>
        <translation>Embedded-Bereitstellungen</translation>
    </message>
    <message>
        <source>Allows: list, release, remove, replace, export.</source>
        <translation>Erlaubt: auflisten, freigeben, entfernen, ersetzen, exportieren.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Allows: delete, detailed summary, list, most recent by severity, update, and 2 more.</source>
        <translation>Erlaubt: löschen, ausführliche Zusammenfassung, auflisten, neueste nach Schweregrad, ändern und 2 weitere.</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Experience</translation>
    </message>
    <message>
        <source>Allows: delete, bootstrap.</source>
        <translation>Erlaubt: löschen, initialisieren.</translation>
    </message>
    <message>
        <source>Experience domain</source>
        <translation>Experience-Domain</translation>
    </message>
    <message>
        <source>Experience domains</source>
        <translation>Experience-Domains</translation>
    </message>
    <message>
        <source>Experience endpoint</source>
        <translation>Experience-Endpunkt</translation>
    </message>
    <message>
        <source>Allows: delete, view, linked resources, update.</source>
        <translation>Erlaubt: löschen, anzeigen, verknüpfte Ressourcen, ändern.</translation>
    </message>
    <message>
        <source>Experience endpoints</source>
        <translation>Experience-Endpunkte</translation>
    </message>
    <message>
        <source>Allows: list, create, stats.</source>
        <translation>Erlaubt: auflisten, erstellen, Statistiken.</translation>
    </message>
    <message>
        <source>Experience group</source>
        <translation>Experience-Gruppe</translation>
    </message>
    <message>
        <source>Experience groups</source>
        <translation>Experience-Gruppen</translation>
    </message>
    <message>
        <source>Allows: detailed summary, list, create.</source>
        <translation>Erlaubt: ausführliche Zusammenfassung, auflisten, erstellen.</translation>
    </message>
    <message>
        <source>Experience slug</source>
        <translation>Experience-Slug</translation>
    </message>
    <message>
        <source>Experience slugs</source>
        <translation>Experience-Slugs</translation>
    </message>
    <message>
        <source>Experience user</source>
        <translation>Experience-Benutzer (einzeln)</translation>
    </message>
    <message>
        <source>Experience users</source>
        <translation>Experience-Benutzer</translation>
    </message>
    <message>
        <source>Experience version</source>
        <translation>Experience-Version</translation>
    </message>
    <message>
        <source>Experience versions</source>
        <translation>Experience-Versionen</translation>
    </message>
    <message>
        <source>Experience view</source>
        <translation>Experience-Ansicht</translation>
    </message>
    <message>
        <source>Allows: debug, delete, view, linked resources, update.</source>
        <translation>Erlaubt: debuggen, löschen, anzeigen, verknüpfte Ressourcen, ändern.</translation>
    </message>
    <message>
        <source>Experience views</source>
        <translation>Experience-Ansichten</translation>
    </message>
    <message>
        <source>Allows: debug, detailed summary, list, create.</source>
        <translation>Erlaubt: debuggen, ausführliche Zusammenfassung, auflisten, erstellen.</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integrationen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Allows: view, update, move, delete, upload.</source>
        <translation>Erlaubt: anzeigen, ändern, verschieben, löschen, hochladen.</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flow</translation>
    </message>
    <message>
        <source>Allows: clear storage entries, debug, delete, errors, view, and 8 more.</source>
        <translation>Erlaubt: Speichereinträge leeren, debuggen, löschen, Fehler, anzeigen und 8 weitere.</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Flows</translation>
    </message>
    <message>
        <source>Allows: list, get by version, import, palette, create.</source>
        <translation>Erlaubt: auflisten, nach Version abrufen, importieren, Palette, erstellen.</translation>
    </message>
    <message>
        <source>Flow version</source>
        <translation>Flow-Version</translation>
    </message>
    <message>
        <source>Allows: delete, debug, errors, view, log, and 2 more.</source>
        <translation>Erlaubt: löschen, debuggen, Fehler, anzeigen, Protokoll und 2 weitere.</translation>
    </message>
    <message>
        <source>Flow versions</source>
        <translation>Flow-Versionen</translation>
    </message>
    <message>
        <source>Allows: delete, list, create.</source>
        <translation>Erlaubt: löschen, auflisten, erstellen.</translation>
    </message>
    <message>
        <source>Notebook</source>
        <translation>Notebook</translation>
    </message>
    <message>
        <source>Allows: delete, execute, view, logs, notebook minute counts, and 3 more.</source>
        <translation>Erlaubt: löschen, ausführen, anzeigen, Protokolle, Notebook-Minutenzählungen und 3 weitere.</translation>
    </message>
    <message>
        <source>Notebooks</source>
        <translation>Notebooks</translation>
    </message>
    <message>
        <source>Private file</source>
        <translation>Private Datei</translation>
    </message>
    <message>
        <source>Private files</source>
        <translation>Private Dateien</translation>
    </message>
    <message>
        <source>Resource jobs</source>
        <translation>Ressourcen-Jobs</translation>
    </message>
    <message>
        <source>Resource job</source>
        <translation>Ressourcen-Job</translation>
    </message>
    <message>
        <source>Allows: view, logs, update, delete, execute, cancel execution.</source>
        <translation>Erlaubt: anzeigen, Protokolle, ändern, löschen, ausführen, Ausführung abbrechen.</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Only the account itself</source>
        <translation>Nur das Konto selbst</translation>
    </message>
    <message>
        <source>The account itself without what it contains.</source>
        <translation>Das Konto selbst ohne seinen Inhalt.</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Anwendungen</translation>
    </message>
    <message>
        <source>Allows: list, create, import, detailed summary, period summaries.</source>
        <translation>Erlaubt: auflisten, erstellen, importieren, ausführliche Zusammenfassung, Zeitraum-Zusammenfassungen.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>Audit logs</source>
        <translation>Audit-Protokolle</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Allows: update, delete, send report, suggest code.</source>
        <translation>Erlaubt: ändern, löschen, Bericht senden, Code vorschlagen.</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>Dashboards</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Allows: view, update, delete, pending invites, invite member, and 10 more.</source>
        <translation>Erlaubt: anzeigen, ändern, löschen, ausstehende Einladungen, Mitglied einladen und 10 weitere.</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>Allows: view, update, historical summaries, generate report, payload counts, and 3 more.</source>
        <translation>Erlaubt: anzeigen, ändern, historische Zusammenfassungen, Bericht erzeugen, Payload-Zählungen und 3 weitere.</translation>
    </message>
    <message>
        <source>Instance organization</source>
        <translation>Instanz-Organisation</translation>
    </message>
    <message>
        <source>Allows: view, update, delete, payload counts, payload counts breakdown, and 3 more.</source>
        <translation>Erlaubt: anzeigen, ändern, löschen, Payload-Zählungen, Payload-Zählungen, aufgeschlüsselt und 3 weitere.</translation>
    </message>
    <message>
        <source>Instance organizations</source>
        <translation>Instanz-Organisationen</translation>
    </message>
    <message>
        <source>Instance member</source>
        <translation>Instanzmitglied</translation>
    </message>
    <message>
        <source>Instance members</source>
        <translation>Instanzmitglieder</translation>
    </message>
    <message>
        <source>Instance organization member</source>
        <translation>Instanz-Organisationsmitglied</translation>
    </message>
    <message>
        <source>Instance organization members</source>
        <translation>Instanz-Organisationsmitglieder</translation>
    </message>
    <message>
        <source>Instance organization invite</source>
        <translation>Instanz-Organisationseinladung</translation>
    </message>
    <message>
        <source>Allows: view, delete, resend invite.</source>
        <translation>Erlaubt: anzeigen, löschen, Einladung erneut senden.</translation>
    </message>
    <message>
        <source>Instance organization invites</source>
        <translation>Instanz-Organisationseinladungen</translation>
    </message>
    <message>
        <source>Instance API tokens</source>
        <translation>Instanz-API-Tokens</translation>
    </message>
    <message>
        <source>Instance API token</source>
        <translation>Instanz-API-Token</translation>
    </message>
    <message>
        <source>Instance custom nodes</source>
        <translation>Benutzerdefinierte Instanz-Nodes</translation>
    </message>
    <message>
        <source>Instance custom node</source>
        <translation>Benutzerdefinierter Instanz-Node</translation>
    </message>
    <message>
        <source>Allows: view, update, delete, errors, stats.</source>
        <translation>Erlaubt: anzeigen, ändern, löschen, Fehler, Statistiken.</translation>
    </message>
    <message>
        <source>Instance notification rules</source>
        <translation>Instanz-Benachrichtigungsregeln</translation>
    </message>
    <message>
        <source>Instance notification rule</source>
        <translation>Instanz-Benachrichtigungsregel</translation>
    </message>
    <message>
        <source>Allows: view, update, delete, evaluate, logs.</source>
        <translation>Erlaubt: anzeigen, ändern, löschen, auswerten, Protokolle.</translation>
    </message>
    <message>
        <source>Instance sandbox</source>
        <translation>Instanz-Sandbox</translation>
    </message>
    <message>
        <source>Allows: view, delete, undelete, payload counts, payload counts breakdown, and 2 more.</source>
        <translation>Erlaubt: anzeigen, löschen, Löschung aufheben, Payload-Zählungen, Payload-Zählungen, aufgeschlüsselt und 2 weitere.</translation>
    </message>
    <message>
        <source>Instance sandboxes</source>
        <translation>Instanz-Sandboxes</translation>
    </message>
    <message>
        <source>Instance audit log</source>
        <translation>Instanz-Audit-Protokoll</translation>
    </message>
    <message>
        <source>Instance audit logs</source>
        <translation>Instanz-Audit-Protokolle</translation>
    </message>
    <message>
        <source>User API token</source>
        <translation>Benutzer-API-Token</translation>
    </message>
    <message>
        <source>User API tokens</source>
        <translation>Benutzer-API-Tokens</translation>
    </message>
    <message>
        <source>User OAuth token</source>
        <translation>Benutzer-OAuth-Token</translation>
    </message>
    <message>
        <source>User OAuth tokens</source>
        <translation>Benutzer-OAuth-Tokens</translation>
    </message>
    <message>
        <source>Application template</source>
        <translation>Anwendungsvorlage</translation>
    </message>
    <message>
        <source>Application templates</source>
        <translation>Anwendungsvorlagen</translation>
    </message>
    <message>
        <source>Allows: list, get categories, get unique keywords.</source>
        <translation>Erlaubt: auflisten, Kategorien abrufen, eindeutige Schlüsselwörter abrufen.</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>Your user</source>
        <translation>Ihr Benutzerkonto</translation>
    </message>
    <message>
        <source>Allows: view, update, delete, verify email, change password, and 16 more.</source>
        <translation>Erlaubt: anzeigen, ändern, löschen, E-Mail-Adresse bestätigen, Passwort ändern und 16 weitere.</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>ScopePicker</name>
    <message>
        <source>Search scopes</source>
        <translation>Scopes durchsuchen</translation>
    </message>
    <message>
        <source>Show all scopes</source>
        <translation>Alle Scopes anzeigen</translation>
    </message>
    <message>
        <source>Also show application, organization and user scopes</source>
        <translation>Auch Anwendungs-, Organisations- und Benutzer-Scopes anzeigen</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n scope(s) selected</source>
        <translation>
            <numerusform>%n Scope ausgewählt</numerusform>
            <numerusform>%n Scopes ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Search scopes by name or API name</source>
        <translation>Scopes nach Name oder API-Name durchsuchen</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Also show organization, application and instance scopes</source>
        <translation>Auch Organisations-, Anwendungs- und Instanz-Scopes anzeigen</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
</context>
<context>
    <name>ScreenshotTour</name>
    <message>
        <source>ci-deploy-2026</source>
        <translation>ci-deploy-2026</translation>
    </message>
    <message>
        <source>Deploys workflows from the CI pipeline</source>
        <translation>Stellt Workflows aus der CI-Pipeline bereit</translation>
    </message>
</context>
<context>
    <name>SecretFile</name>
    <message>
        <source>--secret-file &quot;%1&quot; already exists; it is never overwritten</source>
        <translation>--secret-file „%1“ existiert bereits; es wird nie überschrieben</translation>
    </message>
    <message>
        <source>cannot create --secret-file &quot;%1&quot;: %2</source>
        <translation>--secret-file „%1“ kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>could not write the whole secret to &quot;%1&quot;</source>
        <translation>der Token-Wert konnte nicht vollständig nach „%1“ geschrieben werden</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>There is no D-Bus session bus to reach a keychain through.</source>
        <translation>Es gibt keinen D-Bus-Sitzungsbus, über den ein Schlüsselbund erreichbar wäre.</translation>
    </message>
    <message>
        <source>No keychain service (such as GNOME Keyring or KWallet) is on the bus.</source>
        <translation>Auf dem Bus ist kein Schlüsselbunddienst (etwa GNOME Keyring oder KWallet) verfügbar.</translation>
    </message>
    <message>
        <source>Could not read the access token of “%1” from the keychain: %2</source>
        <translation>Das Zugriffstoken von „%1“ konnte nicht aus dem Schlüsselbund gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not store the access token of “%1” in the keychain: %2</source>
        <translation>Das Zugriffstoken von „%1“ konnte nicht im Schlüsselbund gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Could not delete the access token of “%1” from the keychain: %2</source>
        <translation>Das Zugriffstoken von „%1“ konnte nicht aus dem Schlüsselbund gelöscht werden: %2</translation>
    </message>
    <message>
        <source>No keychain is available: %1</source>
        <translation>Kein Schlüsselbund verfügbar: %1</translation>
    </message>
</context>
<context>
    <name>Subcommand</name>
    <message>
        <source>needs exactly one token ID</source>
        <translation>erwartet genau eine Token-ID</translation>
    </message>
    <message>
        <source>a token ID has 24 hexadecimal characters, not &quot;%1&quot;</source>
        <translation>eine Token-ID besteht aus 24 Hexadezimalzeichen, nicht „%1“</translation>
    </message>
    <message>
        <source>%1 / %2 tokens</source>
        <translation>%1 / %2 Tokens</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests: waiting %n second(s)</source>
        <translation>
            <numerusform>Zu viele Anfragen: Es wird %n Sekunde gewartet</numerusform>
            <numerusform>Zu viele Anfragen: Es wird %n Sekunden gewartet</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: losant-tokens %1 %2</source>
        <translation>Aufruf: losant-tokens %1 %2</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Beispiel:</translation>
    </message>
    <message>
        <source>Exit status:
  0  done
  1  the server refused or failed (its message on stderr), a create&apos;s answer was lost, or a change was not confirmed
  2  bad usage or value (named on stderr); nothing was sent
  3  not found
  4  not authorised (the access token was refused or lacks the permission)
</source>
        <translation>Exit-Status:
  0  erledigt
  1  der Server hat abgelehnt oder einen Fehler gemeldet (seine Meldung auf stderr), die Antwort auf ein Erstellen ging verloren oder eine Änderung wurde nicht bestätigt
  2  falscher Aufruf oder Wert (auf stderr genannt); es wurde nichts gesendet
  3  nicht gefunden
  4  nicht berechtigt (das Zugriffstoken wurde abgelehnt oder ihm fehlt die Berechtigung)
</translation>
    </message>
    <message>
        <source>which tokens? Give --profile &lt;name&gt;, or --url &lt;url&gt; with --instance &lt;id&gt;, --application &lt;id&gt; or --my-tokens</source>
        <translation>welche Tokens? Geben Sie --profile &lt;Name&gt; an oder --url &lt;URL&gt; mit --instance &lt;ID&gt;, --application &lt;ID&gt; oder --my-tokens</translation>
    </message>
    <message>
        <source>page %1 (counting from 0) could not be fetched, so nothing was printed: %2</source>
        <translation>Seite %1 (ab 0 gezählt) konnte nicht abgerufen werden, daher wurde nichts ausgegeben: %2</translation>
    </message>
    <message>
        <source>%1 Without a terminal to ask on, give --yes to go ahead.</source>
        <translation>%1 Ohne Terminal für die Nachfrage geben Sie --yes an, um fortzufahren.</translation>
    </message>
    <message>
        <source>y</source>
        <translation>j</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Not confirmed; nothing was changed.</source>
        <translation>Nicht bestätigt; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>[y/N]</source>
        <translation>[j/N]</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
</context>
<context>
    <name>TokenActions</name>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>&amp;Edit token…</source>
        <translation>Token &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Rename the token or change its description, status or role (F2)</source>
        <translation>Token umbenennen oder Beschreibung, Status oder Rolle ändern (F2)</translation>
    </message>
    <message>
        <source>De&amp;lete token…</source>
        <translation>Token &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete the selected token (Delete)</source>
        <translation>Ausgewähltes Token löschen (Entf)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Deactivate %n token(s)</source>
        <translation>
            <numerusform>%n Token &amp;deaktivieren</numerusform>
            <numerusform>%n Tokens &amp;deaktivieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Activate %n token(s)</source>
        <translation>
            <numerusform>%n Token &amp;aktivieren</numerusform>
            <numerusform>%n Tokens &amp;aktivieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>De&amp;lete %n token(s)…</source>
        <translation>
            <numerusform>%n Token &amp;löschen…</numerusform>
            <numerusform>%n Tokens &amp;löschen…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>Deactivate the selected tokens (Ctrl+Shift+A)</source>
        <translation>Ausgewählte Tokens deaktivieren (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <source>Activate the selected tokens (Ctrl+Shift+A)</source>
        <translation>Ausgewählte Tokens aktivieren (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <source>Losant Tokens</source>
        <translation>Losant Tokens</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see details)</source>
        <translation type="vanished">
            <numerusform>… und %n weiteres (siehe Details)</numerusform>
            <numerusform>… und %n weitere (siehe Details)</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="vanished">Fortfahren</translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n token(s)?</source>
        <translation>
            <numerusform>%n Token deaktivieren?</numerusform>
            <numerusform>%n Tokens deaktivieren?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Activate %n token(s)?</source>
        <translation>
            <numerusform>%n Token aktivieren?</numerusform>
            <numerusform>%n Tokens aktivieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests using them will start failing.</source>
        <translation>Anfragen, die sie verwenden, schlagen dann fehl.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n token(s)? This cannot be undone.</source>
        <translation>
            <numerusform>%n Token löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n Tokens löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Active among them: %n. Requests using those will start failing.</source>
        <translation>
            <numerusform>Davon aktiv: %n. Anfragen, die diese verwenden, schlagen dann fehl.</numerusform>
            <numerusform>Davon aktiv: %n. Anfragen, die diese verwenden, schlagen dann fehl.</numerusform>
        </translation>
    </message>
    <message>
        <source>Activated “%1”</source>
        <translation>„%1“ aktiviert</translation>
    </message>
    <message>
        <source>Deactivated “%1”</source>
        <translation>„%1“ deaktiviert</translation>
    </message>
    <message>
        <source>“%1” could not be deactivated.</source>
        <translation>„%1“ konnte nicht deaktiviert werden.</translation>
    </message>
    <message>
        <source>“%1” could not be activated.</source>
        <translation>„%1“ konnte nicht aktiviert werden.</translation>
    </message>
    <message>
        <source>Delete token</source>
        <translation type="vanished">Token löschen</translation>
    </message>
    <message>
        <source>Delete the token “%1”?</source>
        <translation type="vanished">Das Token „%1“ löschen?</translation>
    </message>
    <message>
        <source>It is active: requests using it will start failing. This cannot be undone.</source>
        <translation type="vanished">Es ist aktiv: Anfragen, die es verwenden, schlagen dann fehl. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation type="vanished">Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="vanished">Löschen</translation>
    </message>
    <message>
        <source>Deleted “%1”</source>
        <translation>„%1“ gelöscht</translation>
    </message>
    <message>
        <source>“%1” could not be deleted.</source>
        <translation>„%1“ konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Saved “%1”</source>
        <translation>„%1“ gespeichert</translation>
    </message>
</context>
<context>
    <name>TokenBodyOptions</name>
    <message>
        <source>The token&apos;s name.</source>
        <translation>Der Name des Tokens.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>The token&apos;s description.</source>
        <translation>Die Beschreibung des Tokens.</translation>
    </message>
    <message>
        <source>active or inactive.</source>
        <translation>active oder inactive.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The role in organizations without an org role (admin, edit, collaborate, view, none).</source>
        <translation>Die Rolle in Organisationen ohne Organisationsrolle (admin, edit, collaborate, view, none).</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>One organization role as JSON, e.g. &apos;{&quot;orgId&quot;:&quot;sandbox&quot;,&quot;role&quot;:&quot;view&quot;}&apos;. Repeatable.</source>
        <translation>Eine Organisationsrolle als JSON, z. B. &apos;{&quot;orgId&quot;:&quot;sandbox&quot;,&quot;role&quot;:&quot;view&quot;}&apos;. Wiederholbar.</translation>
    </message>
    <message>
        <source>json</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>The whole body as JSON from &lt;file&gt;, or - for standard input; instead of the field flags.</source>
        <translation>Der ganze Anfragetext als JSON aus &lt;Datei&gt; oder - für die Standardeingabe; anstelle der Feld-Optionen.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>When it expires: 2027-06-30T00:00:00Z, or a number of days from now such as 90d. Default: never.</source>
        <translation>Wann es abläuft: 2027-06-30T00:00:00Z oder eine Anzahl Tage ab jetzt wie 90d. Standard: nie.</translation>
    </message>
    <message>
        <source>when</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>A scope to grant, e.g. all.Instance.read. Repeatable.</source>
        <translation>Ein zu erteilender Scope, z. B. all.Instance.read. Wiederholbar.</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Grant the read-only preset of the collection&apos;s kind (e.g. all.Instance.read).</source>
        <translation>Die Nur-Lesen-Vorgabe für die Art der Sammlung erteilen (z. B. all.Instance.read).</translation>
    </message>
    <message>
        <source>Grant everything the collection&apos;s kind may grant (e.g. all.Instance).</source>
        <translation>Alles erteilen, was für die Art der Sammlung erteilt werden kann (z. B. all.Instance).</translation>
    </message>
    <message>
        <source>--from-json and %1 cannot be used together: the file holds the whole body</source>
        <translation>--from-json und %1 können nicht zusammen verwendet werden: Die Datei enthält den ganzen Anfragetext</translation>
    </message>
    <message>
        <source>--org-role needs a JSON object such as {&quot;orgId&quot;:&quot;sandbox&quot;,&quot;role&quot;:&quot;view&quot;}, not &quot;%1&quot;</source>
        <translation>--org-role erwartet ein JSON-Objekt wie {&quot;orgId&quot;:&quot;sandbox&quot;,&quot;role&quot;:&quot;view&quot;}, nicht „%1“</translation>
    </message>
    <message>
        <source>nothing to change: give a field flag or --from-json</source>
        <translation>nichts zu ändern: Geben Sie eine Feld-Option oder --from-json an</translation>
    </message>
    <message>
        <source>--expires needs a date and time such as 2027-06-30T00:00:00Z, or days from now such as 90d, not &quot;%1&quot;</source>
        <translation>--expires erwartet ein Datum mit Uhrzeit wie 2027-06-30T00:00:00Z oder Tage ab jetzt wie 90d, nicht „%1“</translation>
    </message>
    <message>
        <source>--scope, --read-only and --all-scopes cannot be used together</source>
        <translation>--scope, --read-only und --all-scopes können nicht zusammen verwendet werden</translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than %2 KiB, too large for a token&apos;s body</source>
        <translation>„%1“ ist größer als %2 KiB und damit zu groß für den Anfragetext eines Tokens</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not JSON: %2 (at byte %3)</source>
        <translation>„%1“ ist kein JSON: %2 (bei Byte %3)</translation>
    </message>
</context>
<context>
    <name>TokenConfirmation</name>
    <message>
        <source>Delete token</source>
        <translation>Token löschen</translation>
    </message>
    <message>
        <source>Delete this token?
%1</source>
        <translation>Dieses Token löschen?
%1</translation>
    </message>
    <message>
        <source>It is active: requests using it will start failing. This cannot be undone.</source>
        <translation>Es ist aktiv: Anfragen, die es verwenden, schlagen dann fehl. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see details)</source>
        <translation>
            <numerusform>… und %n weiteres (siehe Details)</numerusform>
            <numerusform>… und %n weitere (siehe Details)</numerusform>
        </translation>
    </message>
    <message>
        <source>Losant Tokens</source>
        <translation>Losant Tokens</translation>
    </message>
    <message>
        <source>Delete the token Losant Tokens is connected with?
%1</source>
        <translation>Das Token löschen, mit dem Losant Tokens verbunden ist?
%1</translation>
    </message>
    <message>
        <source>Deactivate the token Losant Tokens is connected with?
%1</source>
        <translation>Das Token deaktivieren, mit dem Losant Tokens verbunden ist?
%1</translation>
    </message>
    <message>
        <source>Losant Tokens will lose access to this instance until you enter another access token.</source>
        <translation>Losant Tokens verliert den Zugriff auf diese Instanz, bis Sie ein anderes Zugriffstoken eingeben.</translation>
    </message>
    <message>
        <source>Losant Tokens will lose access to this application until you enter another access token.</source>
        <translation>Losant Tokens verliert den Zugriff auf diese Anwendung, bis Sie ein anderes Zugriffstoken eingeben.</translation>
    </message>
    <message>
        <source>Losant Tokens will lose access to your tokens until you enter another access token.</source>
        <translation>Losant Tokens verliert den Zugriff auf Ihre Tokens, bis Sie ein anderes Zugriffstoken eingeben.</translation>
    </message>
</context>
<context>
    <name>TokenCreatedDialog</name>
    <message>
        <source>Token created</source>
        <translation>Token erstellt</translation>
    </message>
    <message>
        <source>The token “%1” was created. Copy its secret now: it will not be shown again.</source>
        <translation>Das Token „%1“ wurde erstellt. Kopieren Sie jetzt den Token-Wert: Er wird nicht noch einmal angezeigt.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Save to file…</source>
        <translation>In Datei &amp;speichern…</translation>
    </message>
    <message>
        <source>Save the token secret</source>
        <translation>Token-Wert speichern</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not restrict %1: %2</source>
        <translation>Der Zugriff auf %1 konnte nicht eingeschränkt werden: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Close without copying?</source>
        <translation>Ohne Kopieren schließen?</translation>
    </message>
    <message>
        <source>The secret has not been copied or saved. It cannot be shown again. Close anyway?</source>
        <translation>Der Token-Wert wurde weder kopiert noch gespeichert. Er kann nicht noch einmal angezeigt werden. Trotzdem schließen?</translation>
    </message>
    <message numerus="yes">
        <source>Clipboard clears in %n s</source>
        <translation>
            <numerusform>Zwischenablage wird in %n s geleert</numerusform>
            <numerusform>Zwischenablage wird in %n s geleert</numerusform>
        </translation>
    </message>
    <message>
        <source>Clipboard cleared</source>
        <translation>Zwischenablage geleert</translation>
    </message>
    <message>
        <source>The clipboard no longer holds the secret</source>
        <translation>Die Zwischenablage enthält den Token-Wert nicht mehr</translation>
    </message>
</context>
<context>
    <name>TokenDetailsPane</name>
    <message>
        <source>Select a token to see its details.</source>
        <translation>Wählen Sie ein Token, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Ersteller</translation>
    </message>
    <message>
        <source>Creator ID</source>
        <translation>Ersteller-ID</translation>
    </message>
    <message>
        <source>Owner ID</source>
        <translation>Besitzer-ID</translation>
    </message>
    <message>
        <source>Default role</source>
        <translation>Standardrolle</translation>
    </message>
    <message>
        <source>Org roles</source>
        <translation>Org-Rollen</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>API token ID</source>
        <translation>API-Token-ID</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation>%1 in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source> (expired)</source>
        <translation> (abgelaufen)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht festgelegt)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>, %n application role(s)</source>
        <translation>
            <numerusform>, %n Anwendungsrolle</numerusform>
            <numerusform>, %n Anwendungsrollen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n dashboard role(s)</source>
        <translation>
            <numerusform>, %n Dashboard-Rolle</numerusform>
            <numerusform>, %n Dashboard-Rollen</numerusform>
        </translation>
    </message>
    <message>
        <source>This is the token Losant Tokens is connected with: deleting or deactivating it cuts the app off from this instance.</source>
        <translation type="vanished">Dies ist das Token, mit dem Losant Tokens verbunden ist: Wird es gelöscht oder deaktiviert, verliert die App den Zugriff auf diese Instanz.</translation>
    </message>
    <message numerus="yes">
        <source>%n tokens selected</source>
        <translation>
            <numerusform>%n Token ausgewählt</numerusform>
            <numerusform>%n Tokens ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>This is the token Losant Tokens is connected with: deleting or deactivating it cuts the app off from these tokens.</source>
        <translation>Dies ist das Token, mit dem Losant Tokens verbunden ist: Wird es gelöscht oder deaktiviert, verliert die App den Zugriff auf diese Tokens.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
</context>
<context>
    <name>TokenExport</name>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
</context>
<context>
    <name>TokenFindings</name>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>It never expires and has the broad scope %1.</source>
        <translation>Es läuft nie ab und hat den weitreichenden Scope %1.</translation>
    </message>
    <message>
        <source>It can create tokens or members and never expires.</source>
        <translation>Es kann Tokens oder Mitglieder erstellen und läuft nie ab.</translation>
    </message>
    <message>
        <source>It can create tokens or members.</source>
        <translation>Es kann Tokens oder Mitglieder erstellen.</translation>
    </message>
    <message>
        <source>It expired on %1 but was not deleted.</source>
        <translation>Es ist am %1 abgelaufen, wurde aber nicht gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>It has been inactive since %1 (last updated), more than %n day(s) ago.</source>
        <translation>
            <numerusform>Es ist seit %1 (zuletzt geändert) inaktiv, seit mehr als %n Tag.</numerusform>
            <numerusform>Es ist seit %1 (zuletzt geändert) inaktiv, seit mehr als %n Tagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It is active and expires within %n day(s).</source>
        <translation>
            <numerusform>Es ist aktiv und läuft innerhalb von %n Tag ab.</numerusform>
            <numerusform>Es ist aktiv und läuft innerhalb von %n Tagen ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>It has no description to say what it is for.</source>
        <translation>Es hat keine Beschreibung, die seinen Zweck nennt.</translation>
    </message>
    <message numerus="yes">
        <source>%n other active token(s) have the same name.</source>
        <translation>
            <numerusform>%n anderes aktives Token hat denselben Namen.</numerusform>
            <numerusform>%n andere aktive Tokens haben denselben Namen.</numerusform>
        </translation>
    </message>
    <message>
        <source>It was created by the API token %1 (%2).</source>
        <translation>Es wurde vom API-Token %1 (%2) erstellt.</translation>
    </message>
    <message>
        <source>It was created by the workflow %1 (%2).</source>
        <translation>Es wurde vom Workflow %1 (%2) erstellt.</translation>
    </message>
    <message>
        <source>It has the admin role in organizations and never expires.</source>
        <translation>Es hat in Organisationen die Admin-Rolle und läuft nie ab.</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Rotate…</source>
        <translation>Rotieren…</translation>
    </message>
</context>
<context>
    <name>TokenFormat</name>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>abgelaufen vor %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>user</source>
        <comment>creator type</comment>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>workflow</source>
        <comment>creator type</comment>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>API token</source>
        <comment>creator type</comment>
        <translation>API-Token</translation>
    </message>
</context>
<context>
    <name>TokenHistoryView</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Application tokens have no instance audit log, so there is no recorded history to show.</source>
        <translation>Anwendungstokens haben kein Instanz-Audit-Log, daher gibt es keinen aufgezeichneten Verlauf.</translation>
    </message>
    <message>
        <source>Your own tokens have no instance audit log, so there is no recorded history to show.</source>
        <translation>Ihre eigenen Tokens haben kein Instanz-Audit-Log, daher gibt es keinen aufgezeichneten Verlauf.</translation>
    </message>
    <message>
        <source>This access token may not read the instance audit log (it needs instanceAuditLogs.get or all.Instance.read).</source>
        <translation>Dieses Zugriffstoken darf das Audit-Log der Instanz nicht lesen (dazu braucht es instanceAuditLogs.get oder all.Instance.read).</translation>
    </message>
    <message>
        <source>Loading the history…</source>
        <translation>Verlauf wird geladen…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Changes to this token (the latest %1 of %2)</source>
        <translation>Änderungen an diesem Token (die neuesten %1 von %2)</translation>
    </message>
    <message>
        <source>Changes to this token</source>
        <translation>Änderungen an diesem Token</translation>
    </message>
    <message>
        <source>Losant&apos;s audit log records changes, not reads, keeps a year, and may be turned off for an instance, so this may mean little.</source>
        <translation>Das Audit-Log von Losant zeichnet Änderungen auf, keine Lesezugriffe, bewahrt sie ein Jahr lang auf und kann für eine Instanz ausgeschaltet sein, daher hat das womöglich wenig zu bedeuten.</translation>
    </message>
    <message>
        <source>Last recorded change made with this token: %1 (Losant records changes, not reads)</source>
        <translation>Letzte aufgezeichnete Änderung mit diesem Token: %1 (Losant zeichnet Änderungen auf, keine Lesezugriffe)</translation>
    </message>
    <message>
        <source>No recorded change made with this token. %1</source>
        <translation>Keine aufgezeichnete Änderung mit diesem Token. %1</translation>
    </message>
    <message>
        <source>No recorded activity. %1</source>
        <translation>Keine aufgezeichnete Aktivität. %1</translation>
    </message>
    <message>
        <source>Changes made with this token (the latest %1 of %2)</source>
        <translation>Mit diesem Token vorgenommene Änderungen (die neuesten %1 von %2)</translation>
    </message>
    <message>
        <source>Changes made with this token</source>
        <translation>Mit diesem Token vorgenommene Änderungen</translation>
    </message>
    <message>
        <source>The history could not be loaded: %1</source>
        <translation>Der Verlauf konnte nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>TokenListModel</name>
    <message>
        <source>This token never expires.</source>
        <translation>Dieses Token läuft nie ab.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Ersteller</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>%1
This is the token Losant Tokens is connected with.</source>
        <translation>%1
Dies ist das Token, mit dem Losant Tokens verbunden ist.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>%1, the token Losant Tokens is connected with</source>
        <translation>%1, das Token, mit dem Losant Tokens verbunden ist</translation>
    </message>
    <message>
        <source>%1, expiring soon</source>
        <translation>%1, läuft bald ab</translation>
    </message>
</context>
<context>
    <name>TokenLocation</name>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>My tokens</source>
        <translation>Meine Tokens</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>TokenPolicy</name>
    <message>
        <source>Only version 1 of the policy file is known.</source>
        <translation>Nur Version 1 der Richtliniendatei ist bekannt.</translation>
    </message>
    <message>
        <source>%1 must be a whole number of days, 0 or more.</source>
        <translation>%1 muss eine ganze Zahl von Tagen sein, 0 oder mehr.</translation>
    </message>
    <message>
        <source>%1 must be a list of scopes.</source>
        <translation>%1 muss eine Liste von Scopes sein.</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1 muss true oder false sein.</translation>
    </message>
    <message>
        <source>%1 must be a name pattern (* and ? are wildcards).</source>
        <translation>%1 muss ein Namensmuster sein (* und ? sind Platzhalter).</translation>
    </message>
    <message>
        <source>The policy file has an unknown field %1.</source>
        <translation>Die Richtliniendatei hat ein unbekanntes Feld %1.</translation>
    </message>
    <message numerus="yes">
        <source>It never expires; the policy allows at most %n day(s).</source>
        <translation>
            <numerusform>Es läuft nie ab; die Richtlinie erlaubt höchstens %n Tag.</numerusform>
            <numerusform>Es läuft nie ab; die Richtlinie erlaubt höchstens %n Tage.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It lives longer than the policy&apos;s maximum of %n day(s).</source>
        <translation>
            <numerusform>Es ist länger gültig als das Maximum der Richtlinie von %n Tag.</numerusform>
            <numerusform>Es ist länger gültig als das Maximum der Richtlinie von %n Tagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The policy asks for a confirmation of the scope(s) %1.</source>
        <translation>
            <numerusform>Die Richtlinie verlangt eine Bestätigung für den Scope %1.</numerusform>
            <numerusform>Die Richtlinie verlangt eine Bestätigung für die Scopes %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The policy requires a description.</source>
        <translation>Die Richtlinie verlangt eine Beschreibung.</translation>
    </message>
    <message>
        <source>The name does not match the policy&apos;s pattern %1.</source>
        <translation>Der Name passt nicht zum Muster %1 der Richtlinie.</translation>
    </message>
</context>
<context>
    <name>TokenRotation</name>
    <message>
        <source>The successor “%1” could not be read back, so the old token was left active.</source>
        <translation>Der Nachfolger „%1“ konnte nicht zurückgelesen werden, daher wurde das alte Token aktiv gelassen.</translation>
    </message>
</context>
<context>
    <name>TokenSelection</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2, created %3</source>
        <translation>%1 — %2, erstellt am %3</translation>
    </message>
</context>
<context>
    <name>TransportPolicy</name>
    <message>
        <source>No API URL is given; it looks like https://api.losant.com.</source>
        <translation>Es ist keine API-URL angegeben; sie sieht etwa so aus: https://api.losant.com.</translation>
    </message>
    <message>
        <source>This is not a valid URL; it looks like https://api.losant.com.</source>
        <translation>Dies ist keine gültige URL; eine API-URL sieht etwa so aus: https://api.losant.com.</translation>
    </message>
    <message>
        <source>The API URL needs a scheme and a host, like https://api.losant.com.</source>
        <translation>Die API-URL braucht ein Schema und einen Host, etwa https://api.losant.com.</translation>
    </message>
    <message>
        <source>The API URL for %1 must not contain a user name or password; the access token is given separately.</source>
        <translation>Die API-URL für %1 darf keinen Benutzernamen und kein Passwort enthalten; das Zugriffstoken wird separat angegeben.</translation>
    </message>
    <message>
        <source>The API URL for %1 must not have a query (?…) or a fragment (#…).</source>
        <translation>Die API-URL für %1 darf keine Abfrage (?…) und kein Fragment (#…) enthalten.</translation>
    </message>
    <message>
        <source>http is only allowed for this computer (localhost, 127.0.0.1, ::1); use https for %1</source>
        <translation>http ist nur für diesen Computer erlaubt (localhost, 127.0.0.1, ::1); verwenden Sie https für %1</translation>
    </message>
    <message>
        <source>The scheme &quot;%1&quot; is not supported; use https for %2</source>
        <translation>Das Schema „%1“ wird nicht unterstützt; verwenden Sie https für %2</translation>
    </message>
</context>
<context>
    <name>UpdateCommand</name>
    <message>
        <source>Change a token&apos;s name, description, status or roles (scopes and expiry are fixed once created).</source>
        <translation>Name, Beschreibung, Status oder Rollen eines Tokens ändern (Scopes und Ablauf stehen nach dem Erstellen fest).</translation>
    </message>
    <message>
        <source>ID ([--name TEXT] [--description TEXT] [--status active|inactive] [--default-role ROLE] [--org-role JSON]... | --from-json FILE|-) [--format table|json] CONNECTION</source>
        <translation>ID ([--name TEXT] [--description TEXT] [--status active|inactive] [--default-role ROLLE] [--org-role JSON]... | --from-json DATEI|-) [--format table|json] VERBINDUNG</translation>
    </message>
    <message>
        <source>The token&apos;s ID.</source>
        <translation>Die ID des Tokens.</translation>
    </message>
    <message>
        <source>table (one field a line) or json (the server&apos;s token object as sent).</source>
        <translation>table (ein Feld pro Zeile) oder json (das Token-Objekt des Servers, wie gesendet).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>--format needs table or json, not &quot;%1&quot;</source>
        <translation>--format erwartet table oder json, nicht „%1“</translation>
    </message>
    <message>
        <source>nothing was sent</source>
        <translation type="vanished">es wurde nichts gesendet</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Could not listen on port %1.</source>
        <translation>Port %1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Local Losant instance running.</source>
        <translation>Lokale Losant-Instanz läuft.</translation>
    </message>
    <message>
        <source>Faults: %1</source>
        <translation>Simulierte Fehler: %1</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Zum Beenden Strg+C drücken.</translation>
    </message>
    <message>
        <source>Could not start the demo instance on 127.0.0.1.</source>
        <translation>Die Demo-Instanz konnte auf 127.0.0.1 nicht gestartet werden.</translation>
    </message>
    <message numerus="yes">
        <source>application “%1” (%n tokens)</source>
        <translation>
            <numerusform>Anwendung „%1“ (%n Token)</numerusform>
            <numerusform>Anwendung „%1“ (%n Tokens)</numerusform>
        </translation>
    </message>
    <message>
        <source>The access token is a user token (all.User): it reaches the instance, the applications and /me/tokens, which serves its user&apos;s own tokens.</source>
        <translation>Das Zugriffstoken ist ein Benutzertoken (all.User): Es erreicht die Instanz, die Anwendungen und /me/tokens, das die eigenen Tokens seines Benutzers liefert.</translation>
    </message>
</context>
</TS>
