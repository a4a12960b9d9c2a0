<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccessLevel</name>
    <message>
        <source>Full access</source>
        <translation>Vollzugriff</translation>
    </message>
    <message>
        <source>Read-only access</source>
        <translation>Nur-Lese-Zugriff</translation>
    </message>
</context>
<context>
    <name>AddressBook</name>
    <message>
        <source>Email address: %1 is not a verified domain of this organization; use the test domain or a verified domain.</source>
        <translation>E-Mail-Adresse: %1 ist keine verifizierte Domäne dieser Organisation; verwenden Sie die Testdomäne oder eine verifizierte Domäne.</translation>
    </message>
    <message>
        <source>Email address: %1 is already used in this organization.</source>
        <translation>E-Mail-Adresse: %1 wird in dieser Organisation bereits verwendet.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The audit log could not be written to %1: %2.</source>
        <translation>Das Prüfprotokoll konnte nicht in %1 geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>directory registered</source>
        <translation>Verzeichnis registriert</translation>
    </message>
    <message>
        <source>directory removed</source>
        <translation>Verzeichnis entfernt</translation>
    </message>
    <message>
        <source>user added to a directory</source>
        <translation>Benutzer zu einem Verzeichnis hinzugefügt</translation>
    </message>
    <message>
        <source>organization requested</source>
        <translation>Organisation angefordert</translation>
    </message>
    <message>
        <source>organization creation step</source>
        <translation>Schritt der Organisationserstellung</translation>
    </message>
    <message>
        <source>organization creation failed</source>
        <translation>Erstellung der Organisation fehlgeschlagen</translation>
    </message>
    <message>
        <source>organization removed</source>
        <translation>Organisation entfernt</translation>
    </message>
    <message>
        <source>user created</source>
        <translation>Benutzer erstellt</translation>
    </message>
    <message>
        <source>user details edited</source>
        <translation>Benutzerdetails bearbeitet</translation>
    </message>
    <message>
        <source>password reset</source>
        <translation>Passwort zurückgesetzt</translation>
    </message>
    <message>
        <source>alias added</source>
        <translation>Alias hinzugefügt</translation>
    </message>
    <message>
        <source>alias removed</source>
        <translation>Alias entfernt</translation>
    </message>
    <message>
        <source>primary address changed</source>
        <translation>Primäre Adresse geändert</translation>
    </message>
    <message>
        <source>user enabled</source>
        <translation>Benutzer aktiviert</translation>
    </message>
    <message>
        <source>mailbox restored</source>
        <translation>Postfach wiederhergestellt</translation>
    </message>
    <message>
        <source>user disabled</source>
        <translation>Benutzer deaktiviert</translation>
    </message>
    <message>
        <source>user deleted</source>
        <translation>Benutzer gelöscht</translation>
    </message>
    <message>
        <source>expired mailboxes purged</source>
        <translation>Abgelaufene Postfächer bereinigt</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>The file %1 cannot be read: %2.</source>
        <translation>Die Datei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>Zeile %1: Ein Feld in Anführungszeichen wird nicht geschlossen.</translation>
    </message>
</context>
<context>
    <name>Directories</name>
    <message>
        <source>Directory: there is no directory %1.</source>
        <translation>Verzeichnis: Es gibt kein Verzeichnis %1.</translation>
    </message>
</context>
<context>
    <name>Directory</name>
    <message>
        <source>Simple AD</source>
        <translation>Simple AD</translation>
    </message>
    <message>
        <source>Managed AD</source>
        <translation>Managed AD</translation>
    </message>
    <message>
        <source>AD Connector</source>
        <translation>AD Connector</translation>
    </message>
    <message>
        <source>Mail directory</source>
        <translation>Mail-Verzeichnis</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>Your access is read-only: you can look but not change anything. Ask for full access to make this change.</source>
        <translation>Sie haben Nur-Lese-Zugriff: Sie können alles ansehen, aber nichts ändern. Fordern Sie Vollzugriff an, um diese Änderung vorzunehmen.</translation>
    </message>
</context>
<context>
    <name>OrgState</name>
    <message>
        <source>Requested</source>
        <translation>Angefordert</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>Wird erstellt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Validating</source>
        <translation>Wird geprüft</translation>
    </message>
    <message>
        <source>Impaired</source>
        <translation>Beeinträchtigt</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
</context>
<context>
    <name>Organizations</name>
    <message>
        <source>Organization: there is no organization %1.</source>
        <translation>Organisation: Es gibt keine Organisation %1.</translation>
    </message>
    <message>
        <source>Organization: there is no organization with the alias %1.</source>
        <translation>Organisation: Es gibt keine Organisation mit dem Alias %1.</translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>The password could not be hashed (not enough memory).</source>
        <translation>Das Passwort konnte nicht gehasht werden (nicht genügend Arbeitsspeicher).</translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <source>US East (N. Virginia)</source>
        <translation>USA Ost (Nord-Virginia)</translation>
    </message>
    <message>
        <source>EU (Ireland)</source>
        <translation>EU (Irland)</translation>
    </message>
    <message>
        <source>US West (Oregon)</source>
        <translation>USA West (Oregon)</translation>
    </message>
</context>
<context>
    <name>SampleAccount</name>
    <message>
        <source>%1 already exists; the sample account is made only in a new file.</source>
        <translation>%1 existiert bereits; das Beispielkonto wird nur in einer neuen Datei angelegt.</translation>
    </message>
</context>
<context>
    <name>UserRole</name>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>System user</source>
        <translation>Systembenutzer</translation>
    </message>
</context>
<context>
    <name>UserState</name>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>User: there is no user %1.</source>
        <translation>Benutzer: Es gibt keinen Benutzer %1.</translation>
    </message>
    <message>
        <source>Username: the organization has no user %1.</source>
        <translation>Benutzername: Die Organisation hat keinen Benutzer %1.</translation>
    </message>
    <message>
        <source>User: %1 is in a directory that no organization uses.</source>
        <translation>Benutzer: %1 befindet sich in einem Verzeichnis, das keine Organisation verwendet.</translation>
    </message>
    <message>
        <source>User: %1 is a system user of the directory; it cannot be enabled, edited or removed.</source>
        <translation>Benutzer: %1 ist ein Systembenutzer des Verzeichnisses; er kann nicht aktiviert, bearbeitet oder entfernt werden.</translation>
    </message>
</context>
<context>
    <name>mailroom</name>
    <message>
        <source>The database file %1 cannot be read: %2.</source>
        <translation>Die Datenbankdatei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is not a Mailroom database (it is not an SQLite file). The file was left unchanged.</source>
        <translation>%1 ist keine Mailroom-Datenbank (es ist keine SQLite-Datei). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). The file was left unchanged.</source>
        <translation>Die Datenbank %1 ist beschädigt (%2). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 could not be read as a Mailroom database (%2). The file was left unchanged.</source>
        <translation>%1 konnte nicht als Mailroom-Datenbank gelesen werden (%2). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Mailroom database. The file was left unchanged.</source>
        <translation>%1 ist eine SQLite-Datenbank eines anderen Programms, keine Mailroom-Datenbank. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Mailroom (schema %2; this program knows up to %3). Update Mailroom to open it. The file was left unchanged.</source>
        <translation>%1 wurde von einer neueren Mailroom-Version geschrieben (Schema %2; dieses Programm kennt Schemas bis %3). Aktualisieren Sie Mailroom, um die Datei zu öffnen. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Address: %1 is not one of this user&apos;s addresses.</source>
        <translation>Adresse: %1 ist keine Adresse dieses Benutzers.</translation>
    </message>
    <message>
        <source>The users could not be written to %1: %2.</source>
        <translation>Die Benutzer konnten nicht in %1 geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>mailroom::BatchJob</name>
    <message numerus="yes">
        <source>%n succeeded</source>
        <translation>
            <numerusform>%n erfolgreich</numerusform>
            <numerusform>%n erfolgreich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n not attempted.</source>
        <translation>
            <numerusform>Abgebrochen: %n nicht versucht.</numerusform>
            <numerusform>Abgebrochen: %n nicht versucht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailroom::BatchProgressDialog</name>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 erledigt</translation>
    </message>
    <message numerus="yes">
        <source>All %n done.</source>
        <translation>
            <numerusform>%n erledigt.</numerusform>
            <numerusform>Alle %n erledigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 done, %2 failed.</source>
        <translation>%1 erledigt, %2 fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>mailroom::Console</name>
    <message>
        <source>Open database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>Sample account</source>
        <translation>Beispielkonto</translation>
    </message>
</context>
<context>
    <name>mailroom::CreateUserWizard</name>
    <message>
        <source>Create user in %1</source>
        <translation>Benutzer in %1 erstellen</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
</context>
<context>
    <name>mailroom::CreationProgressDialog</name>
    <message>
        <source>Creating %1</source>
        <translation>%1 wird erstellt</translation>
    </message>
    <message>
        <source>Creation steps</source>
        <translation>Erstellungsschritte</translation>
    </message>
    <message>
        <source>Requested: waiting for the first step.</source>
        <translation>Angefordert: Warten auf den ersten Schritt.</translation>
    </message>
    <message>
        <source>Open organization</source>
        <translation>Organisation öffnen</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 is Active. Add domains and users next.</source>
        <translation>%1 ist aktiv. Fügen Sie als Nächstes Domänen und Benutzer hinzu.</translation>
    </message>
    <message>
        <source>Creating: %1…</source>
        <translation>Erstellung: %1…</translation>
    </message>
</context>
<context>
    <name>mailroom::Directories</name>
    <message>
        <source>Type: mail directories are made by Quick setup; choose Simple AD, Managed AD or AD Connector.</source>
        <translation>Typ: Mail-Verzeichnisse werden von der Schnelleinrichtung angelegt; wählen Sie Simple AD, Managed AD oder AD Connector.</translation>
    </message>
    <message>
        <source>Microsoft Exchange: only an AD Connector directory reaches a domain that runs Exchange.</source>
        <translation>Microsoft Exchange: Nur ein AD Connector-Verzeichnis erreicht eine Domäne, in der Exchange läuft.</translation>
    </message>
    <message>
        <source>Type: the account already has %1 %2 directories in %3, the most allowed.</source>
        <translation>Typ: Das Konto hat in %3 bereits %1 Verzeichnisse vom Typ %2, die zulässige Höchstzahl.</translation>
    </message>
    <message>
        <source>Directory name: %1 is already registered in %2.</source>
        <translation>Verzeichnisname: %1 ist in %2 bereits registriert.</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>Directory: %1 is used by the organization %2; remove the organization first.</source>
        <translation>Verzeichnis: %1 wird von der Organisation %2 verwendet; entfernen Sie zuerst die Organisation.</translation>
    </message>
    <message>
        <source>Username: %1 already exists in the directory %2.</source>
        <translation>Benutzername: %1 existiert bereits im Verzeichnis %2.</translation>
    </message>
    <message>
        <source>File: the first line must name the columns, at least username and display_name (optional: first_name, last_name, street, phone, company).</source>
        <translation>Datei: Die erste Zeile muss die Spalten benennen, mindestens username und display_name (optional: first_name, last_name, street, phone, company).</translation>
    </message>
</context>
<context>
    <name>mailroom::EnableUsersDialog</name>
    <message>
        <source>Enable users</source>
        <translation>Benutzer aktivieren</translation>
    </message>
    <message>
        <source>Each user gets a mailbox with the primary address below; edit an address to change it. A user disabled less than 30 days ago gets its old mailbox back.</source>
        <translation>Jeder Benutzer erhält ein Postfach mit der unten angegebenen primären Adresse; bearbeiten Sie eine Adresse, um sie zu ändern. Ein Benutzer, der vor weniger als 30 Tagen deaktiviert wurde, erhält sein altes Postfach zurück.</translation>
    </message>
    <message>
        <source>Users to enable</source>
        <translation>Zu aktivierende Benutzer</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Primary address</source>
        <translation>Primäre Adresse</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Enabling users</source>
        <translation>Benutzer werden aktiviert</translation>
    </message>
</context>
<context>
    <name>mailroom::FieldErrors</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>mailroom::Mailboxes</name>
    <message>
        <source>Enable: %1 is already enabled.</source>
        <translation>Aktivieren: %1 ist bereits aktiviert.</translation>
    </message>
    <message>
        <source>Disable: %1 is already disabled.</source>
        <translation>Deaktivieren: %1 ist bereits deaktiviert.</translation>
    </message>
    <message>
        <source>Delete: %1 is enabled; disable the user first.</source>
        <translation>Löschen: %1 ist aktiviert; deaktivieren Sie den Benutzer zuerst.</translation>
    </message>
    <message>
        <source>Enable: %1 already has %2 aliases; use its kept address %3 as the primary.</source>
        <translation>Aktivieren: %1 hat bereits %2 Aliasse; verwenden Sie die aufbewahrte Adresse %3 als primäre Adresse.</translation>
    </message>
</context>
<context>
    <name>mailroom::MainWindow</name>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>No changes yet</source>
        <translation>Noch keine Änderungen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>Datenbank &amp;öffnen…</translation>
    </message>
    <message>
        <source>Open the &amp;sample account</source>
        <translation>Bei&amp;spielkonto öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Back to organizations</source>
        <translation>&amp;Zurück zu den Organisationen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Mailroom</source>
        <translation>&amp;Über Mailroom</translation>
    </message>
    <message>
        <source>About Mailroom</source>
        <translation>Über Mailroom</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Mailroom %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;An administration console for a business email service: organizations, directories, users and mailboxes on an embedded database.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Mailroom %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Eine Verwaltungskonsole für einen geschäftlichen E-Mail-Dienst: Organisationen, Verzeichnisse, Benutzer und Postfächer in einer eingebetteten Datenbank.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Mailroom — %1 (%2)</source>
        <translation>Mailroom — %1 (%2)</translation>
    </message>
    <message>
        <source>Mailroom — Organizations</source>
        <translation>Mailroom — Organisationen</translation>
    </message>
    <message>
        <source>Last change: %1 at %2</source>
        <translation>Letzte Änderung: %1 um %2</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>Mailroom databases (*.sqlite);;All files (*)</source>
        <translation>Mailroom-Datenbanken (*.sqlite);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>mailroom::OrganizationTableModel</name>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>mailroom::OrganizationView</name>
    <message>
        <source>Location</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisationen</translation>
    </message>
</context>
<context>
    <name>mailroom::Organizations</name>
    <message>
        <source>Alias: %1 is already used by an organization of this account; choose another.</source>
        <translation>Alias: %1 wird bereits von einer Organisation dieses Kontos verwendet; wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>You have reached the most organizations you can create with Quick setup in %1 (%2). Remove one, use another region, or use Standard setup.</source>
        <translation>Sie haben die Höchstzahl an Organisationen erreicht, die Sie mit der Schnelleinrichtung in %1 (%2) erstellen können. Entfernen Sie eine, verwenden Sie eine andere Region oder die Standardeinrichtung.</translation>
    </message>
    <message>
        <source>Directory: choose one of the account&apos;s directories.</source>
        <translation>Verzeichnis: Wählen Sie eines der Verzeichnisse des Kontos.</translation>
    </message>
    <message>
        <source>Directory: %1 belongs to a Quick-setup organization.</source>
        <translation>Verzeichnis: %1 gehört zu einer Organisation aus der Schnelleinrichtung.</translation>
    </message>
    <message>
        <source>Directory: %1 is in %2, not in %3.</source>
        <translation>Verzeichnis: %1 befindet sich in %2, nicht in %3.</translation>
    </message>
    <message>
        <source>Directory: %1 already serves the organization %2.</source>
        <translation>Verzeichnis: %1 wird bereits von der Organisation %2 verwendet.</translation>
    </message>
    <message>
        <source>Interoperability: only an AD Connector directory whose domain runs Microsoft Exchange can be set up with interoperability.</source>
        <translation>Interoperabilität: Nur ein AD Connector-Verzeichnis, in dessen Domäne Microsoft Exchange läuft, kann mit Interoperabilität eingerichtet werden.</translation>
    </message>
    <message>
        <source>Create the organization&apos;s mail directory</source>
        <translation>Mail-Verzeichnis der Organisation erstellen</translation>
    </message>
    <message>
        <source>Connect the directory</source>
        <translation>Verzeichnis verbinden</translation>
    </message>
    <message>
        <source>Set up the test mail domain</source>
        <translation>Test-Maildomäne einrichten</translation>
    </message>
    <message>
        <source>Attach the master key</source>
        <translation>Hauptschlüssel zuordnen</translation>
    </message>
    <message>
        <source>Provision mailbox storage</source>
        <translation>Postfachspeicher bereitstellen</translation>
    </message>
    <message>
        <source>The directory is no longer in the registry.</source>
        <translation>Das Verzeichnis ist nicht mehr im Register.</translation>
    </message>
    <message>
        <source>Organization: %1 is %2; only an organization being created has steps left.</source>
        <translation>Organisation: %1 hat den Status %2; nur eine Organisation, die gerade erstellt wird, hat noch offene Schritte.</translation>
    </message>
    <message>
        <source>Organization: %1 is %2; changes need an Active organization.</source>
        <translation>Organisation: %1 hat den Status %2; Änderungen erfordern eine Organisation mit dem Status Aktiv.</translation>
    </message>
    <message>
        <source>During the free trial (until %1) at most %2 users can be enabled.</source>
        <translation>Während des kostenlosen Testzeitraums (bis %1) können höchstens %2 Benutzer aktiviert werden.</translation>
    </message>
    <message>
        <source>Confirmation: type the alias %1 exactly to remove the organization.</source>
        <translation>Bestätigung: Geben Sie genau den Alias %1 ein, um die Organisation zu entfernen.</translation>
    </message>
</context>
<context>
    <name>mailroom::OrganizationsScreen</name>
    <message>
        <source>&amp;Quick setup</source>
        <translation>&amp;Schnelleinrichtung</translation>
    </message>
    <message>
        <source>&amp;Standard setup</source>
        <translation>S&amp;tandardeinrichtung</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>The account has no organizations yet. An organization holds your users, groups and domains; Quick setup makes one in a moment.</source>
        <translation>Das Konto hat noch keine Organisationen. Eine Organisation enthält Ihre Benutzer, Gruppen und Domänen; die Schnelleinrichtung erstellt im Handumdrehen eine.</translation>
    </message>
    <message>
        <source>Quick setup</source>
        <translation>Schnelleinrichtung</translation>
    </message>
    <message>
        <source>Search aliases</source>
        <translation>Aliasse suchen</translation>
    </message>
    <message>
        <source>Search organizations</source>
        <translation>Organisationen suchen</translation>
    </message>
    <message>
        <source>Open the sample account</source>
        <translation>Beispielkonto öffnen</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>%1 of %2 organizations</source>
        <translation>%1 von %2 Organisationen</translation>
    </message>
    <message>
        <source>Your access is read-only.</source>
        <translation>Sie haben Nur-Lese-Zugriff.</translation>
    </message>
    <message>
        <source>Select an organization first.</source>
        <translation>Wählen Sie zuerst eine Organisation aus.</translation>
    </message>
    <message>
        <source>Removing %1 cannot be undone. Every mailbox of the organization and all its mail are deleted, and its users and domains leave it.</source>
        <translation>Das Entfernen von %1 kann nicht rückgängig gemacht werden. Alle Postfächer der Organisation und alle ihre E-Mails werden gelöscht, und ihre Benutzer und Domänen werden von ihr gelöst.</translation>
    </message>
    <message>
        <source>The directory %1 stays in the account&apos;s registry; a directory no other application uses is still billed, so remove it too if you no longer need it.</source>
        <translation>Das Verzeichnis %1 bleibt im Register des Kontos; ein Verzeichnis, das keine andere Anwendung verwendet, wird weiterhin abgerechnet. Entfernen Sie es daher ebenfalls, wenn Sie es nicht mehr benötigen.</translation>
    </message>
    <message>
        <source>Remove organization</source>
        <translation>Organisation entfernen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>mailroom::PasswordPolicy</name>
    <message>
        <source>Password: enter a password.</source>
        <translation>Passwort: Geben Sie ein Passwort ein.</translation>
    </message>
    <message>
        <source>Password: at least %1 characters (this one has %2).</source>
        <translation>Passwort: mindestens %1 Zeichen (aktuell %2).</translation>
    </message>
    <message>
        <source>Password: fewer than %1 characters.</source>
        <translation>Passwort: weniger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>Password: use only Basic Latin and Latin-1 characters (&quot;%1&quot; is not one).</source>
        <translation>Passwort: Verwenden Sie nur Zeichen aus Basic Latin und Latin-1 („%1“ gehört nicht dazu).</translation>
    </message>
    <message>
        <source>upper case</source>
        <translation>Großbuchstabe</translation>
    </message>
    <message>
        <source>lower case</source>
        <translation>Kleinbuchstabe</translation>
    </message>
    <message>
        <source>digit</source>
        <translation>Ziffer</translation>
    </message>
    <message>
        <source>symbol</source>
        <translation>Sonderzeichen</translation>
    </message>
    <message>
        <source>accented letter</source>
        <translation>Buchstabe mit Akzent</translation>
    </message>
    <message>
        <source>Password: use at least %1 of the 5 kinds of character; add %2 of: %3.</source>
        <translation>Passwort: Verwenden Sie mindestens %1 der 5 Zeichenarten; ergänzen Sie %2 aus: %3.</translation>
    </message>
</context>
<context>
    <name>mailroom::QuickSetupDialog</name>
    <message>
        <source>Quick setup</source>
        <translation>Schnelleinrichtung</translation>
    </message>
    <message>
        <source>Quick setup makes an organization with its own mail directory, a free test domain &lt;alias&gt;.awsapps.com and the default master key.</source>
        <translation>Die Schnelleinrichtung erstellt eine Organisation mit eigenem Mail-Verzeichnis, einer kostenlosen Testdomäne &lt;alias&gt;.awsapps.com und dem Standard-Hauptschlüssel.</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>for example example-corp</source>
        <translation>zum Beispiel example-corp</translation>
    </message>
    <message>
        <source>&amp;Alias:</source>
        <translation>&amp;Alias:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
</context>
<context>
    <name>mailroom::RegionComboBox</name>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Alle Regionen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>mailroom::RegisterDirectoryDialog</name>
    <message>
        <source>The directory&apos;s domain runs Microsoft &amp;Exchange</source>
        <translation>In der Domäne des Verzeichnisses läuft Microsoft &amp;Exchange</translation>
    </message>
    <message>
        <source>Register a directory</source>
        <translation>Verzeichnis registrieren</translation>
    </message>
    <message>
        <source>Directory type</source>
        <translation>Verzeichnistyp</translation>
    </message>
    <message>
        <source>Directory DNS name</source>
        <translation>DNS-Name des Verzeichnisses</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>DNS &amp;name:</source>
        <translation>DNS-&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registrieren</translation>
    </message>
</context>
<context>
    <name>mailroom::ResetPasswordDialog</name>
    <message>
        <source>Reset password of %1</source>
        <translation>Passwort von %1 zurücksetzen</translation>
    </message>
    <message>
        <source>The new password needs %1 to %2 characters, Basic Latin or Latin-1 only, and %3 of: upper case, lower case, digit, symbol, accented letter.</source>
        <translation>Das neue Passwort braucht %1 bis %2 Zeichen, nur aus Basic Latin oder Latin-1, und %3 der folgenden Arten: Großbuchstabe, Kleinbuchstabe, Ziffer, Sonderzeichen, Buchstabe mit Akzent.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Passwort bestätigen</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>&amp;Bestätigen:</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Confirm: the two passwords differ.</source>
        <translation>Bestätigen: Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>mailroom::StandardSetupDialog</name>
    <message>
        <source>&amp;Default master key</source>
        <translation>&amp;Standard-Hauptschlüssel</translation>
    </message>
    <message>
        <source>C&amp;ustom key (ARN):</source>
        <translation>&amp;Eigener Schlüssel (ARN):</translation>
    </message>
    <message>
        <source>Enable &amp;interoperability with Microsoft Exchange</source>
        <translation>&amp;Interoperabilität mit Microsoft Exchange aktivieren</translation>
    </message>
    <message>
        <source>Standard setup</source>
        <translation>Standardeinrichtung</translation>
    </message>
    <message>
        <source>Standard setup connects an organization to a directory you already have, so its users and groups can be enabled for mail and sign in with their own passwords.</source>
        <translation>Die Standardeinrichtung verbindet eine Organisation mit einem vorhandenen Verzeichnis, sodass dessen Benutzer und Gruppen für E-Mail aktiviert werden und sich mit ihren eigenen Passwörtern anmelden können.</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Register a directory…</source>
        <translation>Verzeichnis registrieren…</translation>
    </message>
    <message>
        <source>Custom key ARN</source>
        <translation>ARN des eigenen Schlüssels</translation>
    </message>
    <message>
        <source>&amp;Alias:</source>
        <translation>&amp;Alias:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Di&amp;rectory:</source>
        <translation>&amp;Verzeichnis:</translation>
    </message>
    <message>
        <source>Master key:</source>
        <translation>Hauptschlüssel:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>, runs Microsoft Exchange</source>
        <translation>, mit Microsoft Exchange</translation>
    </message>
    <message>
        <source>%1 (%2%3)</source>
        <translation>%1 (%2%3)</translation>
    </message>
    <message>
        <source>The account has no unused directory in this region. Register one, or fill the registry with mailroomctl directory create and import-users.</source>
        <translation>Das Konto hat in dieser Region kein unbenutztes Verzeichnis. Registrieren Sie eines oder füllen Sie das Register mit mailroomctl directory create und import-users.</translation>
    </message>
    <message>
        <source>Only an AD Connector directory whose domain runs Microsoft Exchange can be set up with interoperability.</source>
        <translation>Nur ein AD Connector-Verzeichnis, in dessen Domäne Microsoft Exchange läuft, kann mit Interoperabilität eingerichtet werden.</translation>
    </message>
</context>
<context>
    <name>mailroom::Store</name>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2.</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed and was undone: %2</source>
        <translation>Die Aktualisierung der Datenbank auf Schema %1 ist fehlgeschlagen und wurde rückgängig gemacht: %2</translation>
    </message>
    <message>
        <source>The database could not be read or written: %1</source>
        <translation>Die Datenbank konnte nicht gelesen oder geschrieben werden: %1</translation>
    </message>
    <message>
        <source>A transaction is already open.</source>
        <translation>Es ist bereits eine Transaktion offen.</translation>
    </message>
    <message>
        <source>The database could not start a transaction: %1</source>
        <translation>Die Datenbank konnte keine Transaktion starten: %1</translation>
    </message>
    <message>
        <source>No transaction is open.</source>
        <translation>Es ist keine Transaktion offen.</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>Die Änderung konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>mailroom::TypedConfirmDialog</name>
    <message>
        <source>Type %1 to confirm:</source>
        <translation>Geben Sie zur Bestätigung %1 ein:</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Bestätigung</translation>
    </message>
</context>
<context>
    <name>mailroom::UserAddresses</name>
    <message>
        <source>Addresses: %1 is disabled; enable the user to change its addresses.</source>
        <translation>Adressen: %1 ist deaktiviert; aktivieren Sie den Benutzer, um seine Adressen zu ändern.</translation>
    </message>
    <message>
        <source>Address: a user can have at most %1 aliases.</source>
        <translation>Adresse: Ein Benutzer kann höchstens %1 Aliasse haben.</translation>
    </message>
    <message>
        <source>Address: %1 is the primary address; make another address the default first.</source>
        <translation>Adresse: %1 ist die primäre Adresse; machen Sie zuerst eine andere Adresse zum Standard.</translation>
    </message>
</context>
<context>
    <name>mailroom::UserAddressesTab</name>
    <message>
        <source>A&amp;dd alias</source>
        <translation>Alias &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Set as de&amp;fault</source>
        <translation>Als &amp;Standard festlegen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>New alias</source>
        <translation>Neuer Alias</translation>
    </message>
    <message>
        <source>alias@domain</source>
        <translation>alias@domain</translation>
    </message>
    <message>
        <source>System users have no mailbox.</source>
        <translation>Systembenutzer haben kein Postfach.</translation>
    </message>
    <message>
        <source>The user is disabled: enable it to change its addresses.</source>
        <translation>Der Benutzer ist deaktiviert: Aktivieren Sie ihn, um seine Adressen zu ändern.</translation>
    </message>
    <message>
        <source>Your access is read-only.</source>
        <translation>Sie haben Nur-Lese-Zugriff.</translation>
    </message>
    <message>
        <source>%1 (primary, sends mail)</source>
        <translation>%1 (primär, sendet E-Mails)</translation>
    </message>
    <message>
        <source>The primary address cannot be removed; make another address the default first.</source>
        <translation>Die primäre Adresse kann nicht entfernt werden; machen Sie zuerst eine andere Adresse zum Standard.</translation>
    </message>
    <message numerus="yes">
        <source>%n alias(es) that only receive mail; up to %1.</source>
        <translation>
            <numerusform>%n Alias, der nur E-Mails empfängt; höchstens %1.</numerusform>
            <numerusform>%n Aliasse, die nur E-Mails empfangen; höchstens %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailroom::UserDetailsPanel</name>
    <message>
        <source>Select one user to see and edit its details.</source>
        <translation>Wählen Sie einen Benutzer aus, um seine Details anzuzeigen und zu bearbeiten.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
</context>
<context>
    <name>mailroom::UserGeneralTab</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Straße und Hausnummer</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Primary address:</source>
        <translation>Primäre Adresse:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>V&amp;orname:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Anzei&amp;gename:</translation>
    </message>
    <message>
        <source>S&amp;treet address:</source>
        <translation>S&amp;traße und Hausnummer:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>F&amp;irma:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>System users of the directory cannot be edited.</source>
        <translation>Systembenutzer des Verzeichnisses können nicht bearbeitet werden.</translation>
    </message>
    <message>
        <source>This user lives in Active Directory behind an AD Connector: edit the details with your Active Directory tools.</source>
        <translation>Dieser Benutzer befindet sich im Active Directory hinter einem AD Connector: Bearbeiten Sie die Details mit Ihren Active Directory-Werkzeugen.</translation>
    </message>
    <message>
        <source>Your access is read-only.</source>
        <translation>Sie haben Nur-Lese-Zugriff.</translation>
    </message>
    <message>
        <source>Unsaved details</source>
        <translation>Nicht gespeicherte Details</translation>
    </message>
    <message>
        <source>The details of %1 have unsaved edits. Save them?</source>
        <translation>Die Details von %1 enthalten nicht gespeicherte Änderungen. Möchten Sie sie speichern?</translation>
    </message>
</context>
<context>
    <name>mailroom::UserMailboxPage</name>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Passwort bestätigen</translation>
    </message>
    <message>
        <source>Email address and password</source>
        <translation>E-Mail-Adresse und Passwort</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>&amp;E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>Passwort &amp;bestätigen:</translation>
    </message>
    <message>
        <source>Confirm password: the two passwords differ.</source>
        <translation>Passwort bestätigen: Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Step 2 of 2. The address that sends and receives the user&apos;s mail, and a first password.</source>
        <translation>Schritt 2 von 2. Die Adresse, über die der Benutzer E-Mails sendet und empfängt, und ein erstes Passwort.</translation>
    </message>
    <message>
        <source>The address must be on a verified domain of the organization (or its test domain). The password needs %1 to %2 characters and %3 of: upper case, lower case, digit, symbol, accented letter.</source>
        <translation>Die Adresse muss auf einer verifizierten Domäne der Organisation (oder ihrer Testdomäne) liegen. Das Passwort braucht %1 bis %2 Zeichen und %3 von: Großbuchstabe, Kleinbuchstabe, Ziffer, Symbol, Buchstabe mit Akzent.</translation>
    </message>
</context>
<context>
    <name>mailroom::UserNamesPage</name>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Details of the new user</source>
        <translation>Details des neuen Benutzers</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Anzeigename:</translation>
    </message>
    <message>
        <source>Step 1 of 2. Username and display name are required; others see the display name.</source>
        <translation>Schritt 1 von 2. Benutzername und Anzeigename sind erforderlich; andere sehen den Anzeigenamen.</translation>
    </message>
</context>
<context>
    <name>mailroom::UserTableModel</name>
    <message>
        <source>Disabled on %1; the mailbox is kept until %2.</source>
        <translation>Am %1 deaktiviert; das Postfach wird bis %2 aufbewahrt.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Primary address</source>
        <translation>Primäre Adresse</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>mailroom::UserTransfer</name>
    <message>
        <source>File: the first line must name the columns, at least username, display_name, email and password (optional: first_name, last_name).</source>
        <translation>Datei: Die erste Zeile muss die Spalten benennen, mindestens username, display_name, email und password (optional: first_name, last_name).</translation>
    </message>
</context>
<context>
    <name>mailroom::Users</name>
    <message>
        <source>Username: %1 is already taken in this organization.</source>
        <translation>Benutzername: %1 ist in dieser Organisation bereits vergeben.</translation>
    </message>
    <message>
        <source>Create user: this organization&apos;s users live in Active Directory behind an AD Connector; create the user there, then enable it here.</source>
        <translation>Benutzer erstellen: Die Benutzer dieser Organisation befinden sich im Active Directory hinter einem AD Connector; erstellen Sie den Benutzer dort und aktivieren Sie ihn dann hier.</translation>
    </message>
    <message>
        <source>Details: this user lives in Active Directory behind an AD Connector; edit the details with your Active Directory tools.</source>
        <translation>Details: Dieser Benutzer befindet sich im Active Directory hinter einem AD Connector; bearbeiten Sie die Details mit Ihren Active Directory-Werkzeugen.</translation>
    </message>
    <message>
        <source>Password: this user signs in with Active Directory behind an AD Connector; reset the password in Active Directory.</source>
        <translation>Passwort: Dieser Benutzer meldet sich über Active Directory hinter einem AD Connector an; setzen Sie das Passwort im Active Directory zurück.</translation>
    </message>
</context>
<context>
    <name>mailroom::UsersPane</name>
    <message>
        <source>This organization has no users yet. Users get a mailbox and sign in to read their mail.</source>
        <translation>Diese Organisation hat noch keine Benutzer. Benutzer erhalten ein Postfach und melden sich an, um ihre E-Mails zu lesen.</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>Benutzer erstellen</translation>
    </message>
    <message>
        <source>&amp;Create user</source>
        <translation>Benutzer &amp;erstellen</translation>
    </message>
    <message>
        <source>&amp;Edit details</source>
        <translation>Details &amp;bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Addresses</source>
        <translation>Adresse&amp;n</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>A&amp;ktivieren</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>&amp;Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>Deak&amp;tivieren</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Search by username, display name or address (start of)</source>
        <translation>Nach Benutzername, Anzeigename oder Adresse suchen (Anfang)</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Benutzer suchen</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Role filter</source>
        <translation>Rollenfilter</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Alle Rollen</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>%1 of %2 users</source>
        <translation>%1 von %2 Benutzern</translation>
    </message>
    <message>
        <source>Your access is read-only.</source>
        <translation>Sie haben Nur-Lese-Zugriff.</translation>
    </message>
    <message>
        <source>The organization is %1; changes need it Active.</source>
        <translation>Die Organisation hat den Status %1; Änderungen erfordern den Status Aktiv.</translation>
    </message>
    <message>
        <source>Select one user.</source>
        <translation>Wählen Sie einen Benutzer aus.</translation>
    </message>
    <message>
        <source>Select one or more users.</source>
        <translation>Wählen Sie einen oder mehrere Benutzer aus.</translation>
    </message>
    <message>
        <source>System users of the directory cannot be changed.</source>
        <translation>Systembenutzer des Verzeichnisses können nicht geändert werden.</translation>
    </message>
    <message>
        <source>Users of an AD Connector directory are created in Active Directory; enable them here.</source>
        <translation>Benutzer eines AD Connector-Verzeichnisses werden im Active Directory erstellt; aktivieren Sie sie hier.</translation>
    </message>
    <message>
        <source>Enable the user to change its addresses.</source>
        <translation>Aktivieren Sie den Benutzer, um seine Adressen zu ändern.</translation>
    </message>
    <message>
        <source>Only disabled users can be enabled.</source>
        <translation>Nur deaktivierte Benutzer können aktiviert werden.</translation>
    </message>
    <message>
        <source>Users of an AD Connector directory change their password in Active Directory.</source>
        <translation>Benutzer eines AD Connector-Verzeichnisses ändern ihr Passwort im Active Directory.</translation>
    </message>
    <message>
        <source>Only enabled users can be disabled.</source>
        <translation>Nur aktivierte Benutzer können deaktiviert werden.</translation>
    </message>
    <message>
        <source>Disable the users first; only disabled users can be deleted.</source>
        <translation>Deaktivieren Sie zuerst die Benutzer; nur deaktivierte Benutzer können gelöscht werden.</translation>
    </message>
    <message numerus="yes">
        <source>Disable %n user(s)? They can no longer sign in or receive mail. Each mailbox is kept for 30 days: enabling the user again within that time restores it; after that it is removed for good.</source>
        <translation>
            <numerusform>%n Benutzer deaktivieren? Der Benutzer kann sich dann nicht mehr anmelden und keine E-Mails mehr empfangen. Das Postfach wird 30 Tage lang aufbewahrt: Wird der Benutzer in dieser Zeit wieder aktiviert, wird es wiederhergestellt; danach wird es endgültig entfernt.</numerusform>
            <numerusform>%n Benutzer deaktivieren? Die Benutzer können sich dann nicht mehr anmelden und keine E-Mails mehr empfangen. Jedes Postfach wird 30 Tage lang aufbewahrt: Wird der Benutzer in dieser Zeit wieder aktiviert, wird es wiederhergestellt; danach wird es endgültig entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Disable users</source>
        <translation>Benutzer deaktivieren</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Disabling users</source>
        <translation>Benutzer werden deaktiviert</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n user(s) for good? Their mailboxes and all their mail are removed now and cannot be restored.</source>
        <translation>
            <numerusform>%n Benutzer endgültig löschen? Sein Postfach und alle seine E-Mails werden sofort entfernt und können nicht wiederhergestellt werden.</numerusform>
            <numerusform>%n Benutzer endgültig löschen? Ihre Postfächer und alle ihre E-Mails werden sofort entfernt und können nicht wiederhergestellt werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete users</source>
        <translation>Benutzer löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deleting users</source>
        <translation>Benutzer werden gelöscht</translation>
    </message>
</context>
<context>
    <name>mailroom::rules</name>
    <message>
        <source>Alias: enter a name for the organization.</source>
        <translation>Alias: Geben Sie einen Namen für die Organisation ein.</translation>
    </message>
    <message>
        <source>Alias: at most %1 characters (this one has %2).</source>
        <translation>Alias: höchstens %1 Zeichen (aktuell %2).</translation>
    </message>
    <message>
        <source>Alias: must not start with &quot;d-&quot;.</source>
        <translation>Alias: darf nicht mit „d-“ beginnen.</translation>
    </message>
    <message>
        <source>Alias: use letters and digits, in groups joined by single hyphens (for example &quot;example-corp&quot;).</source>
        <translation>Alias: Verwenden Sie Buchstaben und Ziffern, in Gruppen, die durch einzelne Bindestriche verbunden sind (zum Beispiel „example-corp“).</translation>
    </message>
    <message>
        <source>Master key: a custom key is an ARN of the form arn:aws:kms:&lt;region&gt;:&lt;12 digits&gt;:key/&lt;key id&gt;.</source>
        <translation>Hauptschlüssel: Ein eigener Schlüssel ist ein ARN der Form arn:aws:kms:&lt;region&gt;:&lt;12 digits&gt;:key/&lt;key id&gt;.</translation>
    </message>
    <message>
        <source>Master key: the key is in %1 but the organization is in %2; choose a key of the same region.</source>
        <translation>Hauptschlüssel: Der Schlüssel liegt in %1, die Organisation aber in %2; wählen Sie einen Schlüssel derselben Region.</translation>
    </message>
    <message>
        <source>Region: &quot;%1&quot; is not a region of the service (us-east-1, eu-west-1, us-west-2).</source>
        <translation>Region: „%1“ ist keine Region des Dienstes (us-east-1, eu-west-1, us-west-2).</translation>
    </message>
    <message>
        <source>Directory name: enter the directory&apos;s DNS name.</source>
        <translation>Verzeichnisname: Geben Sie den DNS-Namen des Verzeichnisses ein.</translation>
    </message>
    <message>
        <source>Directory name: a fully qualified DNS name such as corp.example.com.</source>
        <translation>Verzeichnisname: ein vollqualifizierter DNS-Name wie corp.example.com.</translation>
    </message>
    <message>
        <source>Username: enter a username.</source>
        <translation>Benutzername: Geben Sie einen Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Username: at most %1 characters in this directory (this one has %2).</source>
        <translation>Benutzername: höchstens %1 Zeichen in diesem Verzeichnis (aktuell %2).</translation>
    </message>
    <message>
        <source>Username: use letters, digits, &quot;.&quot;, &quot;-&quot; and &quot;_&quot;, optionally followed by @ and a domain.</source>
        <translation>Benutzername: Verwenden Sie Buchstaben, Ziffern, „.“, „-“ und „_“, optional gefolgt von @ und einer Domäne.</translation>
    </message>
    <message>
        <source>Email address: enter an address.</source>
        <translation>E-Mail-Adresse: Geben Sie eine Adresse ein.</translation>
    </message>
    <message>
        <source>Email address: at most %1 characters.</source>
        <translation>E-Mail-Adresse: höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Display name: enter the name people see.</source>
        <translation>Anzeigename: Geben Sie den Namen ein, den andere sehen.</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>%1: at most %2 characters (this one has %3).</source>
        <translation>%1: höchstens %2 Zeichen (aktuell %3).</translation>
    </message>
    <message>
        <source>Email address: &quot;%1&quot; is not of the form name@domain.com (letters, digits and . _ % + - before the @).</source>
        <translation>E-Mail-Adresse: „%1“ hat nicht die Form name@domain.com (Buchstaben, Ziffern und . _ % + - vor dem @).</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Straße und Hausnummer</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
</context>
<context>
    <name>mailroomctl</name>
    <message>
        <source>Only this organization&apos;s records (alias or id).</source>
        <translation>Nur die Einträge dieser Organisation (Alias oder ID).</translation>
    </message>
    <message>
        <source>ORG</source>
        <translation>ORG</translation>
    </message>
    <message>
        <source>The audit log: every change, when, by whom, before and after.</source>
        <translation>Das Prüfprotokoll: jede Änderung, wann, von wem, vorher und nachher.</translation>
    </message>
    <message>
        <source>List the newest records first.</source>
        <translation>Die Einträge auflisten, die neuesten zuerst.</translation>
    </message>
    <message>
        <source>Show at most this many records (default: %1).</source>
        <translation>Höchstens so viele Einträge anzeigen (Standard: %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Write the records to a file as a JSON array.</source>
        <translation>Die Einträge als JSON-Array in eine Datei schreiben.</translation>
    </message>
    <message>
        <source>--limit needs a whole number, 0 or more.</source>
        <translation>--limit erwartet eine ganze Zahl ab 0.</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>WANN</translation>
    </message>
    <message>
        <source>WHO</source>
        <translation>WER</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>AKTION</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>ZIEL</translation>
    </message>
    <message>
        <source>Wrote the audit log to %1.</source>
        <translation>Das Prüfprotokoll wurde nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>The database to open (default: %1).</source>
        <translation>Die zu öffnende Datenbank (Standard: %1).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>JSON statt Text ausgeben.</translation>
    </message>
    <message>
        <source>Open with read-only access: only get, list and export.</source>
        <translation>Mit Nur-Lese-Zugriff öffnen: nur anzeigen, auflisten und exportieren.</translation>
    </message>
    <message>
        <source>Try &apos;%1&apos; for more information.</source>
        <translation>Weitere Informationen erhalten Sie mit „%1“.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>First name.</source>
        <translation>Vorname.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Last name.</source>
        <translation>Nachname.</translation>
    </message>
    <message>
        <source>Street address.</source>
        <translation>Straße und Hausnummer.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Phone number.</source>
        <translation>Telefonnummer.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMMER</translation>
    </message>
    <message>
        <source>Company.</source>
        <translation>Firma.</translation>
    </message>
    <message>
        <source>The directory registry: Simple AD, Managed AD and AD Connector directories and their users.</source>
        <translation>Das Verzeichnisregister: Verzeichnisse vom Typ Simple AD, Managed AD und AD Connector und ihre Benutzer.</translation>
    </message>
    <message>
        <source>Create a directory with its built-in Administrator and Guest.</source>
        <translation>Ein Verzeichnis mit den integrierten Konten Administrator und Gast erstellen.</translation>
    </message>
    <message>
        <source>The directory type: %1.</source>
        <translation>Der Verzeichnistyp: %1.</translation>
    </message>
    <message>
        <source>The directory&apos;s DNS name, e.g. corp.example.com.</source>
        <translation>Der DNS-Name des Verzeichnisses, z. B. corp.example.com.</translation>
    </message>
    <message>
        <source>The region: %1.</source>
        <translation>Die Region: %1.</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>REGION</translation>
    </message>
    <message>
        <source>The domain runs Microsoft Exchange (AD Connector only).</source>
        <translation>In der Domäne läuft Microsoft Exchange (nur AD Connector).</translation>
    </message>
    <message>
        <source>List the registry&apos;s directories.</source>
        <translation>Die Verzeichnisse des Registers auflisten.</translation>
    </message>
    <message>
        <source>Only directories in this region.</source>
        <translation>Nur Verzeichnisse in dieser Region.</translation>
    </message>
    <message>
        <source>Show one directory.</source>
        <translation>Ein Verzeichnis anzeigen.</translation>
    </message>
    <message>
        <source>Remove a directory no organization uses.</source>
        <translation>Ein Verzeichnis entfernen, das keine Organisation verwendet.</translation>
    </message>
    <message>
        <source>Add a user to a directory, not yet enabled for mail.</source>
        <translation>Einen Benutzer zu einem Verzeichnis hinzufügen, noch nicht für E-Mail aktiviert.</translation>
    </message>
    <message>
        <source>The user&apos;s sign-in name.</source>
        <translation>Der Anmeldename des Benutzers.</translation>
    </message>
    <message>
        <source>USERNAME</source>
        <translation>BENUTZERNAME</translation>
    </message>
    <message>
        <source>The name people see.</source>
        <translation>Der Name, den andere sehen.</translation>
    </message>
    <message>
        <source>Add users from a CSV file with the columns username, display_name and optionally first_name, last_name, street, phone, company.</source>
        <translation>Benutzer aus einer CSV-Datei mit den Spalten username, display_name und optional first_name, last_name, street, phone, company hinzufügen.</translation>
    </message>
    <message>
        <source>--type must be simple-ad, managed-ad or ad-connector.</source>
        <translation>--type muss simple-ad, managed-ad oder ad-connector sein.</translation>
    </message>
    <message>
        <source>Created the %1 directory %2 (%3) in %4.</source>
        <translation>%1-Verzeichnis %2 (%3) in %4 erstellt.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>ORGANIZATION</source>
        <translation>ORGANISATION</translation>
    </message>
    <message>
        <source>USERS</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Runs Exchange</source>
        <translation>Mit Exchange</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Removed the directory %1.</source>
        <translation>Verzeichnis %1 entfernt.</translation>
    </message>
    <message>
        <source>Added %1 to the directory; enable it in an organization to give it a mailbox.</source>
        <translation>%1 wurde zum Verzeichnis hinzugefügt; aktivieren Sie den Benutzer in einer Organisation, um ihm ein Postfach zu geben.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Name what to work on: %1.</source>
        <translation>Geben Sie an, womit gearbeitet werden soll: %1.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;; the commands are %2.</source>
        <translation>Unbekannter Befehl „%1“; die Befehle sind %2.</translation>
    </message>
    <message>
        <source>Name what to do with %1: %2.</source>
        <translation>Geben Sie an, was mit %1 geschehen soll: %2.</translation>
    </message>
    <message>
        <source>Unknown verb &apos;%1&apos; for %2; the verbs are %3.</source>
        <translation>Unbekanntes Verb „%1“ für %2; die Verben sind %3.</translation>
    </message>
    <message>
        <source>%1 needs the option %2.</source>
        <translation>%1 erfordert die Option %2.</translation>
    </message>
    <message>
        <source>%1 needs the arguments %2.</source>
        <translation>%1 erfordert die Argumente %2.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>Usage: mailroomctl [--db PATH] [--json] [--read-only] &lt;command&gt; &lt;verb&gt; [arguments]
Administers a Mailroom database: directories, organizations, users and the audit log.

Commands:
</source>
        <translation>Aufruf: mailroomctl [--db PFAD] [--json] [--read-only] &lt;Befehl&gt; &lt;Verb&gt; [Argumente]
Verwaltet eine Mailroom-Datenbank: Verzeichnisse, Organisationen, Benutzer und das Prüfprotokoll.

Befehle:
</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Globale Optionen:</translation>
    </message>
    <message>
        <source>Run &apos;mailroomctl &lt;command&gt; --help&apos; for its verbs.</source>
        <translation>Die Verben eines Befehls zeigt „mailroomctl &lt;Befehl&gt; --help“.</translation>
    </message>
    <message>
        <source>Usage: mailroomctl %1 &lt;verb&gt; [options] [arguments]</source>
        <translation>Aufruf: mailroomctl %1 &lt;Verb&gt; [Optionen] [Argumente]</translation>
    </message>
    <message>
        <source>Verbs:</source>
        <translation>Verben:</translation>
    </message>
    <message>
        <source>Run &apos;mailroomctl %1 &lt;verb&gt; --help&apos; for its options.</source>
        <translation>Die Optionen eines Verbs zeigt „mailroomctl %1 &lt;Verb&gt; --help“.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>(erforderlich)</translation>
    </message>
    <message>
        <source>The organization&apos;s alias.</source>
        <translation>Der Alias der Organisation.</translation>
    </message>
    <message>
        <source>ALIAS</source>
        <translation>ALIAS</translation>
    </message>
    <message>
        <source>Organizations: create with Quick or Standard setup, list, show and remove.</source>
        <translation>Organisationen: mit Schnell- oder Standardeinrichtung erstellen, auflisten, anzeigen und entfernen.</translation>
    </message>
    <message>
        <source>Create an organization with its own mail directory and test domain (at most 2 per region).</source>
        <translation>Eine Organisation mit eigenem Mail-Verzeichnis und eigener Testdomäne erstellen (höchstens 2 pro Region).</translation>
    </message>
    <message>
        <source>Create an organization on a directory of the registry.</source>
        <translation>Eine Organisation auf einem Verzeichnis des Registers erstellen.</translation>
    </message>
    <message>
        <source>The directory&apos;s id (see &apos;directory list&apos;).</source>
        <translation>Die ID des Verzeichnisses (siehe „directory list“).</translation>
    </message>
    <message>
        <source>A custom master key ARN (default: the default key).</source>
        <translation>ARN eines eigenen Hauptschlüssels (Standard: der Standardschlüssel).</translation>
    </message>
    <message>
        <source>ARN</source>
        <translation>ARN</translation>
    </message>
    <message>
        <source>Turn on interoperability with Microsoft Exchange (AD Connector only; cannot be turned on later).</source>
        <translation>Interoperabilität mit Microsoft Exchange einschalten (nur AD Connector; kann später nicht mehr eingeschaltet werden).</translation>
    </message>
    <message>
        <source>List the organizations.</source>
        <translation>Die Organisationen auflisten.</translation>
    </message>
    <message>
        <source>Only organizations in this region.</source>
        <translation>Nur Organisationen in dieser Region.</translation>
    </message>
    <message>
        <source>Show one organization.</source>
        <translation>Eine Organisation anzeigen.</translation>
    </message>
    <message>
        <source>Remove an organization and all its mailbox data, for good.</source>
        <translation>Eine Organisation und alle ihre Postfachdaten endgültig entfernen.</translation>
    </message>
    <message>
        <source>The organization&apos;s alias, typed again to confirm.</source>
        <translation>Der Alias der Organisation, zur Bestätigung erneut eingegeben.</translation>
    </message>
    <message>
        <source>[%1/%2] %3</source>
        <translation>[%1/%2] %3</translation>
    </message>
    <message>
        <source>Organization %1 (%2) is %3; its default domain is %4.</source>
        <translation>Organisation %1 (%2) hat den Status %3; ihre Standarddomäne ist %4.</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>SETUP</source>
        <translation>EINRICHTUNG</translation>
    </message>
    <message>
        <source>DEFAULT DOMAIN</source>
        <translation>STANDARDDOMÄNE</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Master key</source>
        <translation>Hauptschlüssel</translation>
    </message>
    <message>
        <source>Interoperability</source>
        <translation>Interoperabilität</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Default domain</source>
        <translation>Standarddomäne</translation>
    </message>
    <message>
        <source>Trial ends</source>
        <translation>Testzeitraum endet</translation>
    </message>
    <message>
        <source>Removed the organization %1 and all its mailbox data.</source>
        <translation>Die Organisation %1 und alle ihre Postfachdaten wurden entfernt.</translation>
    </message>
    <message>
        <source>The directory %1 stays in the registry and is still billed while unused; remove it with &apos;mailroomctl directory remove %2&apos; if you no longer need it.</source>
        <translation>Das Verzeichnis %1 bleibt im Register und wird auch unbenutzt weiter abgerechnet; entfernen Sie es mit „mailroomctl directory remove %2“, wenn Sie es nicht mehr benötigen.</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Passwort: </translation>
    </message>
    <message>
        <source>The organization, by alias or id.</source>
        <translation>Die Organisation, per Alias oder ID.</translation>
    </message>
    <message>
        <source>Users of an organization: create, list, edit, addresses and mailboxes.</source>
        <translation>Benutzer einer Organisation: erstellen, auflisten, bearbeiten, Adressen und Postfächer.</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input.</source>
        <translation>Das Passwort aus der ersten Zeile der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Create a user with an enabled mailbox.</source>
        <translation>Einen Benutzer mit aktiviertem Postfach erstellen.</translation>
    </message>
    <message>
        <source>The primary address, on a verified domain.</source>
        <translation>Die primäre Adresse, auf einer verifizierten Domäne.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>Show one user.</source>
        <translation>Einen Benutzer anzeigen.</translation>
    </message>
    <message>
        <source>Change a user&apos;s details; details not given keep their values.</source>
        <translation>Die Details eines Benutzers ändern; nicht angegebene Details behalten ihren Wert.</translation>
    </message>
    <message>
        <source>Set a new password for a user.</source>
        <translation>Ein neues Passwort für einen Benutzer festlegen.</translation>
    </message>
    <message>
        <source>Created %1 &lt;%2&gt;.</source>
        <translation>%1 &lt;%2&gt; erstellt.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Straße und Hausnummer</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Disabled since</source>
        <translation>Deaktiviert seit</translation>
    </message>
    <message>
        <source>Updated the details of %1.</source>
        <translation>Die Details von %1 wurden aktualisiert.</translation>
    </message>
    <message>
        <source>Set a new password for %1.</source>
        <translation>Für %1 wurde ein neues Passwort festgelegt.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number, 0 or more.</source>
        <translation>--%1 erwartet eine ganze Zahl ab 0.</translation>
    </message>
    <message>
        <source>Only users in this state: enabled or disabled.</source>
        <translation>Nur Benutzer mit diesem Status: enabled oder disabled.</translation>
    </message>
    <message>
        <source>Only users with this role: user or system.</source>
        <translation>Nur Benutzer mit dieser Rolle: user oder system.</translation>
    </message>
    <message>
        <source>Only users whose username, display name or an address starts with this.</source>
        <translation>Nur Benutzer, deren Benutzername, Anzeigename oder eine Adresse hiermit beginnt.</translation>
    </message>
    <message>
        <source>PREFIX</source>
        <translation>PRÄFIX</translation>
    </message>
    <message>
        <source>The order: username (default), display-name, email, state, role or created.</source>
        <translation>Die Reihenfolge: username (Standard), display-name, email, state, role oder created.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>Sort in descending order.</source>
        <translation>Absteigend sortieren.</translation>
    </message>
    <message>
        <source>Show at most this many users (default: %1).</source>
        <translation>Höchstens so viele Benutzer anzeigen (Standard: %1).</translation>
    </message>
    <message>
        <source>Skip this many users first (default: 0).</source>
        <translation>Zuerst so viele Benutzer überspringen (Standard: 0).</translation>
    </message>
    <message>
        <source>List an organization&apos;s users, filtered, searched and sorted.</source>
        <translation>Die Benutzer einer Organisation auflisten, gefiltert, durchsucht und sortiert.</translation>
    </message>
    <message>
        <source>Create users from a CSV file with the columns username, display_name, email, password and optionally first_name, last_name.</source>
        <translation>Benutzer aus einer CSV-Datei mit den Spalten username, display_name, email, password und optional first_name, last_name erstellen.</translation>
    </message>
    <message>
        <source>Write the users the filters select to a CSV file (never passwords).</source>
        <translation>Die von den Filtern ausgewählten Benutzer in eine CSV-Datei schreiben (niemals Passwörter).</translation>
    </message>
    <message>
        <source>--state must be enabled or disabled.</source>
        <translation>--state muss enabled oder disabled sein.</translation>
    </message>
    <message>
        <source>--role must be user or system.</source>
        <translation>--role muss user oder system sein.</translation>
    </message>
    <message>
        <source>--sort must be username, display-name, email, state, role or created.</source>
        <translation>--sort muss username, display-name, email, state, role oder created sein.</translation>
    </message>
    <message>
        <source>DISPLAY NAME</source>
        <translation>ANZEIGENAME</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <source>%1 of %2 users</source>
        <translation>%1 von %2 Benutzern</translation>
    </message>
    <message>
        <source>Wrote %1 users to %2.</source>
        <translation>%1 Benutzer nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>List a user&apos;s addresses, the primary first.</source>
        <translation>Die Adressen eines Benutzers auflisten, die primäre zuerst.</translation>
    </message>
    <message>
        <source>Add an address that only receives (at most 100).</source>
        <translation>Eine Adresse hinzufügen, die nur empfängt (höchstens 100).</translation>
    </message>
    <message>
        <source>Remove an alias.</source>
        <translation>Einen Alias entfernen.</translation>
    </message>
    <message>
        <source>Make one of the user&apos;s addresses the primary (sending) address.</source>
        <translation>Eine der Adressen des Benutzers zur primären (sendenden) Adresse machen.</translation>
    </message>
    <message>
        <source>Enable disabled users; each gets its proposed primary address unless --address is given.</source>
        <translation>Deaktivierte Benutzer aktivieren; jeder erhält seine vorgeschlagene primäre Adresse, sofern --address nicht angegeben ist.</translation>
    </message>
    <message>
        <source>The primary address (with exactly one username).</source>
        <translation>Die primäre Adresse (mit genau einem Benutzernamen).</translation>
    </message>
    <message>
        <source>Disable users; each mailbox is kept 30 days and comes back if enabled in time.</source>
        <translation>Benutzer deaktivieren; jedes Postfach wird 30 Tage aufbewahrt und kehrt zurück, wenn der Benutzer rechtzeitig wieder aktiviert wird.</translation>
    </message>
    <message>
        <source>Delete disabled users and their mailboxes, for good.</source>
        <translation>Deaktivierte Benutzer und ihre Postfächer endgültig löschen.</translation>
    </message>
    <message>
        <source>Confirm that the deletion cannot be undone.</source>
        <translation>Bestätigen, dass das Löschen nicht rückgängig gemacht werden kann.</translation>
    </message>
    <message>
        <source>%1 (primary)</source>
        <translation>%1 (primär)</translation>
    </message>
    <message>
        <source>Added %1 to %2.</source>
        <translation>%1 wurde zu %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>Removed %1 from %2.</source>
        <translation>%1 wurde von %2 entfernt.</translation>
    </message>
    <message>
        <source>%1 is now the primary address of %2.</source>
        <translation>%1 ist jetzt die primäre Adresse von %2.</translation>
    </message>
    <message>
        <source>--address goes with exactly one username.</source>
        <translation>--address ist nur mit genau einem Benutzernamen zulässig.</translation>
    </message>
    <message>
        <source>Enabled %1 with the address %2.</source>
        <translation>%1 wurde mit der Adresse %2 aktiviert.</translation>
    </message>
    <message>
        <source>Disabled %1; the mailbox is kept for 30 days.</source>
        <translation>%1 wurde deaktiviert; das Postfach wird 30 Tage lang aufbewahrt.</translation>
    </message>
    <message>
        <source>Deleting users cannot be undone; add --yes to confirm.</source>
        <translation>Das Löschen von Benutzern kann nicht rückgängig gemacht werden; fügen Sie zur Bestätigung --yes hinzu.</translation>
    </message>
    <message>
        <source>Deleted %1 for good.</source>
        <translation>%1 wurde endgültig gelöscht.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 added, %2 refused.</source>
        <translation>%1 hinzugefügt, %2 abgelehnt.</translation>
    </message>
    <message>
        <source>Quick setup</source>
        <translation>Schnelleinrichtung</translation>
    </message>
    <message>
        <source>Standard setup</source>
        <translation>Standardeinrichtung</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Mailroom administration console</source>
        <translation>Mailroom-Verwaltungskonsole</translation>
    </message>
    <message>
        <source>Open the database at &lt;path&gt;.</source>
        <translation>Die Datenbank unter &lt;Pfad&gt; öffnen.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Open the generated sample account.</source>
        <translation>Das erzeugte Beispielkonto öffnen.</translation>
    </message>
    <message>
        <source>Look without changing anything.</source>
        <translation>Nur ansehen, nichts ändern.</translation>
    </message>
    <message>
        <source>Use the language &lt;code&gt; (for example de).</source>
        <translation>Die Sprache &lt;Code&gt; verwenden (zum Beispiel de).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Mailroom</source>
        <translation>Mailroom</translation>
    </message>
</context>
</TS>
