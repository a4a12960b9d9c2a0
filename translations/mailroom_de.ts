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
    <message>
        <source>group added to a directory</source>
        <translation>Gruppe zu einem Verzeichnis hinzugefügt</translation>
    </message>
    <message>
        <source>Exchange resource added to a directory</source>
        <translation>Exchange-Ressource zu einem Verzeichnis hinzugefügt</translation>
    </message>
    <message>
        <source>addresses in Exchange recorded for a directory user</source>
        <translation>Adressen in Exchange für einen Verzeichnisbenutzer erfasst</translation>
    </message>
    <message>
        <source>journaling changed</source>
        <translation>Journaling geändert</translation>
    </message>
    <message>
        <source>migration administrator changed</source>
        <translation>Migrationsadministrator geändert</translation>
    </message>
    <message>
        <source>group created</source>
        <translation>Gruppe erstellt</translation>
    </message>
    <message>
        <source>group enabled</source>
        <translation>Gruppe aktiviert</translation>
    </message>
    <message>
        <source>group disabled</source>
        <translation>Gruppe deaktiviert</translation>
    </message>
    <message>
        <source>group deleted</source>
        <translation>Gruppe gelöscht</translation>
    </message>
    <message>
        <source>group members changed</source>
        <translation>Gruppenmitglieder geändert</translation>
    </message>
    <message>
        <source>group members added</source>
        <translation>Gruppenmitglieder hinzugefügt</translation>
    </message>
    <message>
        <source>group members removed</source>
        <translation>Gruppenmitglieder entfernt</translation>
    </message>
    <message>
        <source>domain added</source>
        <translation>Domäne hinzugefügt</translation>
    </message>
    <message>
        <source>domain&apos;s DNS checked</source>
        <translation>DNS der Domäne geprüft</translation>
    </message>
    <message>
        <source>default domain changed</source>
        <translation>Standarddomäne geändert</translation>
    </message>
    <message>
        <source>domain&apos;s identity policy changed</source>
        <translation>Identitätsrichtlinie der Domäne geändert</translation>
    </message>
    <message>
        <source>domain removed</source>
        <translation>Domäne entfernt</translation>
    </message>
    <message>
        <source>email flow rule created</source>
        <translation>E-Mail-Flussregel erstellt</translation>
    </message>
    <message>
        <source>email flow rule edited</source>
        <translation>E-Mail-Flussregel bearbeitet</translation>
    </message>
    <message>
        <source>email flow rule removed</source>
        <translation>E-Mail-Flussregel entfernt</translation>
    </message>
    <message>
        <source>resource created</source>
        <translation>Ressource erstellt</translation>
    </message>
    <message>
        <source>resource details edited</source>
        <translation>Ressourcendetails bearbeitet</translation>
    </message>
    <message>
        <source>booking options changed</source>
        <translation>Buchungsoptionen geändert</translation>
    </message>
    <message>
        <source>delegates changed</source>
        <translation>Stellvertreter geändert</translation>
    </message>
    <message>
        <source>delegates added</source>
        <translation>Stellvertreter hinzugefügt</translation>
    </message>
    <message>
        <source>delegates removed</source>
        <translation>Stellvertreter entfernt</translation>
    </message>
    <message>
        <source>resource removed</source>
        <translation>Ressource entfernt</translation>
    </message>
    <message>
        <source>mobile device policy changed</source>
        <translation>Richtlinie für Mobilgeräte geändert</translation>
    </message>
    <message>
        <source>mobile device registered</source>
        <translation>Mobilgerät registriert</translation>
    </message>
    <message>
        <source>mobile device provisioned</source>
        <translation>Mobilgerät bereitgestellt</translation>
    </message>
    <message>
        <source>mobile device synchronised</source>
        <translation>Mobilgerät synchronisiert</translation>
    </message>
    <message>
        <source>mobile device wipe requested</source>
        <translation>Fernlöschung eines Mobilgeräts angefordert</translation>
    </message>
    <message>
        <source>mobile device wiped</source>
        <translation>Mobilgerät gelöscht</translation>
    </message>
    <message>
        <source>mobile device removed</source>
        <translation>Mobilgerät entfernt</translation>
    </message>
    <message>
        <source>availability settings saved</source>
        <translation>Verfügbarkeitseinstellungen gespeichert</translation>
    </message>
    <message>
        <source>availability password changed in the keychain</source>
        <translation>Verfügbarkeitspasswort im Schlüsselbund geändert</translation>
    </message>
    <message>
        <source>availability settings removed</source>
        <translation>Verfügbarkeitseinstellungen entfernt</translation>
    </message>
    <message>
        <source>availability settings tested</source>
        <translation>Verfügbarkeitseinstellungen getestet</translation>
    </message>
    <message>
        <source>interoperability step marked done</source>
        <translation>Interoperabilitätsschritt als erledigt markiert</translation>
    </message>
    <message>
        <source>interoperability step marked not done</source>
        <translation>Interoperabilitätsschritt als nicht erledigt markiert</translation>
    </message>
    <message>
        <source>interoperability disabled</source>
        <translation>Interoperabilität deaktiviert</translation>
    </message>
    <message>
        <source>directory synchronised</source>
        <translation>Verzeichnis synchronisiert</translation>
    </message>
    <message>
        <source>directory synchronisation: addresses of a batch of users</source>
        <translation>Verzeichnissynchronisierung: Adressen eines Teils der Benutzer</translation>
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
    <name>DeviceStatus</name>
    <message>
        <source>Provisioning required</source>
        <translation>Bereitstellung erforderlich</translation>
    </message>
    <message>
        <source>Provisioning succeeded</source>
        <translation>Bereitstellung erfolgreich</translation>
    </message>
    <message>
        <source>Wipe required</source>
        <translation>Löschung erforderlich</translation>
    </message>
    <message>
        <source>Wipe succeeded</source>
        <translation>Löschung erfolgreich</translation>
    </message>
    <message>
        <source>The device must take on the current mobile policy at its next check-in: it is new, or the policy changed.</source>
        <translation>Das Gerät muss bei seiner nächsten Anmeldung die aktuelle Richtlinie für Mobilgeräte übernehmen: Es ist neu, oder die Richtlinie wurde geändert.</translation>
    </message>
    <message>
        <source>The device enforces the current mobile policy.</source>
        <translation>Das Gerät setzt die aktuelle Richtlinie für Mobilgeräte durch.</translation>
    </message>
    <message>
        <source>A wipe was requested; the device is told to wipe at its next check-in.</source>
        <translation>Eine Fernlöschung wurde angefordert; das Gerät wird bei seiner nächsten Anmeldung angewiesen, sich zu löschen.</translation>
    </message>
    <message>
        <source>The device confirmed the wipe. Remove it from the list, or it is wiped again when it next checks in.</source>
        <translation>Das Gerät hat die Fernlöschung bestätigt. Entfernen Sie es aus der Liste, sonst wird es bei seiner nächsten Anmeldung erneut gelöscht.</translation>
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
    <name>DnsReport</name>
    <message>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation>Falsch</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Domain ownership</source>
        <translation>Domänenbesitz</translation>
    </message>
    <message>
        <source>Incoming mail</source>
        <translation>Eingehende E-Mails</translation>
    </message>
    <message>
        <source>Client set-up (AutoDiscover)</source>
        <translation>Client-Einrichtung (AutoDiscover)</translation>
    </message>
    <message>
        <source>DKIM signing</source>
        <translation>DKIM-Signatur</translation>
    </message>
</context>
<context>
    <name>DomainTable</name>
    <message>
        <source>Domain: %1 is not a domain of this organization.</source>
        <translation>Domäne: %1 ist keine Domäne dieser Organisation.</translation>
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
    <name>FlowAction</name>
    <message>
        <source>Drop</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Bounce</source>
        <translation>Unzustellbar zurücksenden</translation>
    </message>
    <message>
        <source>Move to junk folder</source>
        <translation>In den Junk-E-Mail-Ordner verschieben</translation>
    </message>
    <message>
        <source>Normal delivery</source>
        <translation>Normale Zustellung</translation>
    </message>
    <message>
        <source>Bypass spam check</source>
        <translation>Spamprüfung umgehen</translation>
    </message>
</context>
<context>
    <name>FlowRuleEvaluator</name>
    <message>
        <source>less specific than the deciding pattern</source>
        <translation>weniger spezifisch als das entscheidende Muster</translation>
    </message>
    <message>
        <source>as specific as the deciding pattern, with a less restrictive action</source>
        <translation>so spezifisch wie das entscheidende Muster, aber mit einer weniger strengen Aktion</translation>
    </message>
    <message>
        <source>as specific and as restrictive as the deciding pattern, which came first</source>
        <translation>so spezifisch und so streng wie das entscheidende Muster, das zuerst kam</translation>
    </message>
    <message>
        <source>the Sender header matched, so the From address was not used</source>
        <translation>der Sender-Header passte, daher wurde die From-Adresse nicht verwendet</translation>
    </message>
</context>
<context>
    <name>Group</name>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
</context>
<context>
    <name>Groups</name>
    <message>
        <source>Group: there is no group %1 in this organization.</source>
        <translation>Gruppe: Es gibt keine Gruppe %1 in dieser Organisation.</translation>
    </message>
    <message>
        <source>Member: there is no user or group %1 in this organization.</source>
        <translation>Mitglied: Es gibt keinen Benutzer und keine Gruppe %1 in dieser Organisation.</translation>
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
    <name>Resource</name>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Ausstattung</translation>
    </message>
</context>
<context>
    <name>Resources</name>
    <message>
        <source>Resource: there is no resource %1 in this organization.</source>
        <translation>Ressource: Es gibt keine Ressource %1 in dieser Organisation.</translation>
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
    <message>
        <source>Exchange resource</source>
        <translation>Exchange-Ressource</translation>
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
    <message>
        <source>In Exchange</source>
        <translation>In Exchange</translation>
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
        <source>The name server did not answer this question; check again later.</source>
        <translation>Der Nameserver hat diese Anfrage nicht beantwortet; prüfen Sie später erneut.</translation>
    </message>
    <message>
        <source>Several TXT values are published under this name; that is accepted as long as one of them is the token.</source>
        <translation>Unter diesem Namen sind mehrere TXT-Werte veröffentlicht; das wird akzeptiert, solange einer davon das Token ist.</translation>
    </message>
    <message>
        <source>The record points to the %1 region, but this organization is in another region; publish the value shown here.</source>
        <translation>Der Eintrag verweist auf die Region %1, diese Organisation befindet sich aber in einer anderen Region; veröffentlichen Sie den hier angezeigten Wert.</translation>
    </message>
    <message>
        <source>A record is published under this name but with another value; replace it with the value shown here.</source>
        <translation>Unter diesem Namen ist ein Eintrag veröffentlicht, aber mit einem anderen Wert; ersetzen Sie ihn durch den hier angezeigten Wert.</translation>
    </message>
    <message>
        <source>The record was found as %1: your DNS provider appended the domain a second time. Publish the name with a trailing dot (%2.) or without the domain part.</source>
        <translation>Der Eintrag wurde als %1 gefunden: Ihr DNS-Anbieter hat die Domäne ein zweites Mal angehängt. Veröffentlichen Sie den Namen mit einem abschließenden Punkt (%2.) oder ohne den Domänenteil.</translation>
    </message>
    <message>
        <source>The token is published on %1 itself, without _amazonses; that is accepted for providers that refuse underscores in names.</source>
        <translation>Das Token ist direkt unter %1 veröffentlicht, ohne _amazonses; das wird für Anbieter akzeptiert, die keine Unterstriche in Namen zulassen.</translation>
    </message>
    <message>
        <source>Nothing is published under this name yet; changes can take up to 72 hours to spread.</source>
        <translation>Unter diesem Namen ist noch nichts veröffentlicht; es kann bis zu 72 Stunden dauern, bis sich Änderungen verbreitet haben.</translation>
    </message>
</context>
<context>
    <name>mailroom::AddDomainWizard</name>
    <message>
        <source>Add domain to %1</source>
        <translation>Domäne zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Add domain</source>
        <translation>Domäne hin&amp;zufügen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Schl&amp;ießen</translation>
    </message>
</context>
<context>
    <name>mailroom::AutoDiscoverCheck</name>
    <message>
        <source>Sending a request without credentials to %1</source>
        <translation>Anfrage ohne Anmeldeinformationen wird an %1 gesendet</translation>
    </message>
    <message>
        <source>Sending the MobileSync request of %1</source>
        <translation>MobileSync-Anfrage von %1 wird gesendet</translation>
    </message>
    <message>
        <source>Not sent: the request without credentials did not get the expected answer.</source>
        <translation>Nicht gesendet: Die Anfrage ohne Anmeldeinformationen hat nicht die erwartete Antwort erhalten.</translation>
    </message>
    <message>
        <source>Enter a domain name such as example.com.</source>
        <translation>Geben Sie einen Domänennamen wie example.com ein.</translation>
    </message>
    <message>
        <source>Publish %1 in DNS, pointing at the server or proxy that serves AutoDiscover.</source>
        <translation>Veröffentlichen Sie %1 im DNS, mit Verweis auf den Server oder Proxy, der AutoDiscover bereitstellt.</translation>
    </message>
    <message>
        <source>%1 asks for credentials (401), as it should.</source>
        <translation>%1 fordert wie vorgesehen Anmeldeinformationen an (401).</translation>
    </message>
    <message>
        <source>%1 answered a request without credentials with HTTP status %2 instead of 401.</source>
        <translation>%1 hat eine Anfrage ohne Anmeldeinformationen mit dem HTTP-Status %2 statt 401 beantwortet.</translation>
    </message>
    <message>
        <source>Make /autodiscover/autodiscover.xml on %1 pass requests on to the service&apos;s AutoDiscover endpoint of your region (for example through a reverse proxy), so that it asks for credentials.</source>
        <translation>Sorgen Sie dafür, dass /autodiscover/autodiscover.xml auf %1 Anfragen an den AutoDiscover-Endpunkt des Dienstes in Ihrer Region weiterleitet (zum Beispiel über einen Reverse-Proxy), sodass Anmeldeinformationen angefordert werden.</translation>
    </message>
    <message>
        <source>%1 refused the address or password of %2.</source>
        <translation>%1 hat die Adresse oder das Passwort von %2 abgelehnt.</translation>
    </message>
    <message>
        <source>Use the email address of an enabled user of the organization and that user&apos;s password.</source>
        <translation>Verwenden Sie die E-Mail-Adresse eines aktivierten Benutzers der Organisation und das Passwort dieses Benutzers.</translation>
    </message>
    <message>
        <source>%1 named the MobileSync URL %2.</source>
        <translation>%1 hat die MobileSync-URL %2 genannt.</translation>
    </message>
    <message>
        <source>%1 answered the MobileSync request without naming a MobileSync URL.</source>
        <translation>%1 hat die MobileSync-Anfrage beantwortet, ohne eine MobileSync-URL zu nennen.</translation>
    </message>
    <message>
        <source>%1 answered the MobileSync request with HTTP status %2.</source>
        <translation>%1 hat die MobileSync-Anfrage mit dem HTTP-Status %2 beantwortet.</translation>
    </message>
    <message>
        <source>Check that requests to %1 reach the service&apos;s AutoDiscover endpoint of your region unchanged, with their body and credentials.</source>
        <translation>Prüfen Sie, ob Anfragen an %1 den AutoDiscover-Endpunkt des Dienstes in Ihrer Region unverändert erreichen, mit ihrem Inhalt und ihren Anmeldeinformationen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name.</source>
        <translation>„%1“ ist kein Domänenname.</translation>
    </message>
</context>
<context>
    <name>mailroom::AvailabilityPasswordDialog</name>
    <message>
        <source>Change the service account&apos;s password for %1</source>
        <translation>Passwort des Dienstkontos für %1 ändern</translation>
    </message>
    <message>
        <source>The new password replaces the one in the system keychain. Change it here after changing it in your directory, then test the settings again.</source>
        <translation>Das neue Passwort ersetzt das Passwort im Schlüsselbund des Systems. Ändern Sie es hier, nachdem Sie es in Ihrem Verzeichnis geändert haben, und testen Sie die Einstellungen dann erneut.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>Confirm the new password</source>
        <translation>Neues Passwort bestätigen</translation>
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
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>Confirm: the two passwords differ; type the same password twice.</source>
        <translation>Bestätigen: Die beiden Passwörter stimmen nicht überein; geben Sie zweimal dasselbe Passwort ein.</translation>
    </message>
    <message>
        <source>Writing the password to the system keychain…</source>
        <translation>Das Passwort wird in den Schlüsselbund des Systems geschrieben…</translation>
    </message>
</context>
<context>
    <name>mailroom::AvailabilitySettings</name>
    <message>
        <source>Availability settings are for interoperability mode, which lets people see the free and busy times of colleagues still on Microsoft Exchange; %1 is not in interoperability mode.</source>
        <translation>Verfügbarkeitseinstellungen gelten für den Interoperabilitätsmodus, in dem Personen die Frei/Gebucht-Zeiten von Kollegen sehen können, die noch Microsoft Exchange verwenden; %1 befindet sich nicht im Interoperabilitätsmodus.</translation>
    </message>
    <message>
        <source>Domain: %1 is not a domain of %2; add it under Domains first.</source>
        <translation>Domäne: %1 ist keine Domäne von %2; fügen Sie sie zuerst im Bereich „Domänen“ hinzu.</translation>
    </message>
    <message>
        <source>Password: the system keychain holds no password for these settings (it may have been saved on another computer); enter it again.</source>
        <translation>Passwort: Der Schlüsselbund des Systems enthält kein Passwort für diese Einstellungen (es wurde möglicherweise auf einem anderen Computer gespeichert); geben Sie es erneut ein.</translation>
    </message>
    <message>
        <source>Domain: %1 has no availability settings; save them first.</source>
        <translation>Domäne: %1 hat keine Verfügbarkeitseinstellungen; speichern Sie diese zuerst.</translation>
    </message>
    <message>
        <source>The availability settings of %1</source>
        <translation>Die Verfügbarkeitseinstellungen von %1</translation>
    </message>
</context>
<context>
    <name>mailroom::AvailabilitySettingsForm</name>
    <message>
        <source>EWS URL</source>
        <translation>EWS-URL</translation>
    </message>
    <message>
        <source>Service account</source>
        <translation>Dienstkonto</translation>
    </message>
    <message>
        <source>svc-availability@example.com or EXAMPLE\svc-availability</source>
        <translation>svc-availability@example.com oder EXAMPLE\svc-availability</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>The password is kept only in this computer&apos;s system keychain; it is never shown again.</source>
        <translation>Das Passwort wird nur im Schlüsselbund des Systems dieses Computers aufbewahrt; es wird nie wieder angezeigt.</translation>
    </message>
    <message>
        <source>&amp;EWS URL:</source>
        <translation>EWS-&amp;URL:</translation>
    </message>
    <message>
        <source>Service &amp;account:</source>
        <translation>Dienst&amp;konto:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>Einstellungen &amp;speichern</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Bearbeitung abbrechen</translation>
    </message>
    <message>
        <source>Availability settings of %1</source>
        <translation>Verfügbarkeitseinstellungen von %1</translation>
    </message>
    <message>
        <source>New availability settings for %1</source>
        <translation>Neue Verfügbarkeitseinstellungen für %1</translation>
    </message>
    <message>
        <source>Leave empty to keep the password in the keychain</source>
        <translation>Leer lassen, um das Passwort im Schlüsselbund beizubehalten</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saving… the password goes to the system keychain, which may ask to be unlocked.</source>
        <translation>Wird gespeichert… Das Passwort wird im Schlüsselbund des Systems abgelegt, der Sie möglicherweise zum Entsperren auffordert.</translation>
    </message>
</context>
<context>
    <name>mailroom::AvailabilitySettingsView</name>
    <message>
        <source>&amp;Edit settings…</source>
        <translation>&amp;Einstellungen bearbeiten…</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Passwort &amp;ändern…</translation>
    </message>
    <message>
        <source>&amp;Remove settings</source>
        <translation>Einstellungen entfe&amp;rnen</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Availability settings are kept per corporate domain, and this organization has only its test domain. Add and verify the domains that Exchange uses under Domains first.</source>
        <translation>Verfügbarkeitseinstellungen werden pro Unternehmensdomäne gespeichert, und diese Organisation hat nur ihre Testdomäne. Fügen Sie zuerst im Bereich „Domänen“ die Domänen hinzu, die Exchange verwendet, und verifizieren Sie sie.</translation>
    </message>
    <message>
        <source>Availability settings by domain</source>
        <translation>Verfügbarkeitseinstellungen nach Domäne</translation>
    </message>
    <message>
        <source>In the system keychain</source>
        <translation>Im Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>Edit settings</source>
        <translation>Einstellungen bearbeiten</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>Remove settings</source>
        <translation>Einstellungen entfernen</translation>
    </message>
    <message>
        <source>Test the settings</source>
        <translation>Einstellungen testen</translation>
    </message>
    <message>
        <source>Send a real request with the saved settings to the EWS URL</source>
        <translation>Eine echte Anfrage mit den gespeicherten Einstellungen an die EWS-URL senden</translation>
    </message>
    <message>
        <source>Cancel the test</source>
        <translation>Test abbrechen</translation>
    </message>
    <message>
        <source>Test progress</source>
        <translation>Testfortschritt</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Testergebnis</translation>
    </message>
    <message>
        <source>The settings of %1 are saved. Test them to see that Exchange accepts them.</source>
        <translation>Die Einstellungen von %1 sind gespeichert. Testen Sie sie, um zu sehen, ob Exchange sie akzeptiert.</translation>
    </message>
    <message>
        <source>%1 The settings can be looked at and tested here, not changed.</source>
        <translation>%1 Die Einstellungen können hier angesehen und getestet, aber nicht geändert werden.</translation>
    </message>
    <message>
        <source>Select a domain first.</source>
        <translation>Wählen Sie zuerst eine Domäne aus.</translation>
    </message>
    <message>
        <source>%1 is not in interoperability mode; availability settings are only for that mode.</source>
        <translation>%1 befindet sich nicht im Interoperabilitätsmodus; Verfügbarkeitseinstellungen gibt es nur in diesem Modus.</translation>
    </message>
    <message>
        <source>&amp;Add settings…</source>
        <translation>&amp;Einstellungen hinzufügen…</translation>
    </message>
    <message>
        <source>Add settings</source>
        <translation>Einstellungen hinzufügen</translation>
    </message>
    <message>
        <source>Enter the EWS URL, the service account and its password</source>
        <translation>Die EWS-URL, das Dienstkonto und sein Passwort eingeben</translation>
    </message>
    <message>
        <source>%1 has no saved settings yet.</source>
        <translation>%1 hat noch keine gespeicherten Einstellungen.</translation>
    </message>
    <message>
        <source>Replace the password in the system keychain</source>
        <translation>Das Passwort im Schlüsselbund des Systems ersetzen</translation>
    </message>
    <message>
        <source>Remove the settings and the password in the keychain</source>
        <translation>Die Einstellungen und das Passwort im Schlüsselbund entfernen</translation>
    </message>
    <message>
        <source>The settings of %1 have not been tested since they were saved.</source>
        <translation>Die Einstellungen von %1 wurden seit dem Speichern nicht getestet.</translation>
    </message>
    <message>
        <source>%1 has no availability settings yet.</source>
        <translation>%1 hat noch keine Verfügbarkeitseinstellungen.</translation>
    </message>
    <message>
        <source>Test of %1 at %2: %3</source>
        <translation>Test von %1 am %2: %3</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
    <message>
        <source>The password of %1 is changed in the system keychain. Test the settings again.</source>
        <translation>Das Passwort von %1 wurde im Schlüsselbund des Systems geändert. Testen Sie die Einstellungen erneut.</translation>
    </message>
    <message>
        <source>Remove availability settings</source>
        <translation>Verfügbarkeitseinstellungen entfernen</translation>
    </message>
    <message>
        <source>The EWS URL and service account of %1 are removed, and the password is deleted from the system keychain. Until settings are saved again, free/busy lookups between this service and Exchange fail for %1.</source>
        <translation>Die EWS-URL und das Dienstkonto von %1 werden entfernt, und das Passwort wird aus dem Schlüsselbund des Systems gelöscht. Bis wieder Einstellungen gespeichert werden, schlagen Frei/Gebucht-Abfragen zwischen diesem Dienst und Exchange für %1 fehl.</translation>
    </message>
    <message>
        <source>Removing the settings of %1…</source>
        <translation>Die Einstellungen von %1 werden entfernt…</translation>
    </message>
    <message>
        <source>The settings of %1 are removed.</source>
        <translation>Die Einstellungen von %1 wurden entfernt.</translation>
    </message>
    <message>
        <source>The test did not run: the trusted CA bundle cannot be used. %1 Choose another file or use the system&apos;s certificates only.</source>
        <translation>Der Test wurde nicht ausgeführt: Das vertrauenswürdige CA-Bundle kann nicht verwendet werden. %1 Wählen Sie eine andere Datei, oder verwenden Sie nur die Zertifikate des Systems.</translation>
    </message>
    <message>
        <source>Testing the settings of %1: reading the password from the keychain, then asking the EWS URL…</source>
        <translation>Die Einstellungen von %1 werden getestet: Das Passwort wird aus dem Schlüsselbund gelesen, dann wird die EWS-URL abgefragt…</translation>
    </message>
    <message>
        <source>The test of %1 was cancelled; nothing was recorded.</source>
        <translation>Der Test von %1 wurde abgebrochen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The test of %1 succeeded.</source>
        <translation>Der Test von %1 war erfolgreich.</translation>
    </message>
    <message>
        <source>The test of %1 failed.</source>
        <translation>Der Test von %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>With read-only access its outcome is shown but not kept.</source>
        <translation>Mit Nur-Lese-Zugriff wird das Ergebnis angezeigt, aber nicht gespeichert.</translation>
    </message>
    <message>
        <source>The test of %1 could not run: %2</source>
        <translation>Der Test von %1 konnte nicht ausgeführt werden: %2</translation>
    </message>
</context>
<context>
    <name>mailroom::AvailabilityTableModel</name>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>EWS URL</source>
        <translation>EWS-URL</translation>
    </message>
    <message>
        <source>Service account</source>
        <translation>Dienstkonto</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Last test</source>
        <translation>Letzter Test</translation>
    </message>
    <message>
        <source>Tested</source>
        <translation>Getestet am</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>In the system keychain</source>
        <translation>Im Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>Not tested</source>
        <translation>Nicht getestet</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Invalid URL</source>
        <translation>Ungültige URL</translation>
    </message>
    <message>
        <source>Server not found</source>
        <translation>Server nicht gefunden</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Invalid credentials</source>
        <translation>Ungültige Anmeldeinformationen</translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>Unexpected response</source>
        <translation>Unerwartete Antwort</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
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
    <name>mailroom::CaBundleChooser</name>
    <message>
        <source>Trusted CA &amp;bundle…</source>
        <translation>Vertrauenswürdiges CA-&amp;Bundle…</translation>
    </message>
    <message>
        <source>Use the system&apos;s certificates only</source>
        <translation>Nur die Zertifikate des Systems verwenden</translation>
    </message>
    <message>
        <source>Trusted CA bundle</source>
        <translation>Vertrauenswürdiges CA-Bundle</translation>
    </message>
    <message>
        <source>A PEM file of your enterprise certificate authorities, trusted by the test</source>
        <translation>Eine PEM-Datei mit den Zertifizierungsstellen Ihres Unternehmens, denen der Test vertraut</translation>
    </message>
    <message>
        <source>The test trusts the system&apos;s certificates only.</source>
        <translation>Der Test vertraut nur den Zertifikaten des Systems.</translation>
    </message>
    <message>
        <source>The test also trusts the certificates in %1.</source>
        <translation>Der Test vertraut außerdem den Zertifikaten in %1.</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Certificates trusted by the test: %1 from %2.</source>
        <translation>Zertifikate, denen der Test vertraut: %1 aus %2.</translation>
    </message>
</context>
<context>
    <name>mailroom::CommandBlock</name>
    <message>
        <source>Cop&amp;y commands</source>
        <translation>Befehle k&amp;opieren</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Copy all the lines to the clipboard, to paste them into the shell</source>
        <translation>Alle Zeilen in die Zwischenablage kopieren, um sie in die Shell einzufügen</translation>
    </message>
</context>
<context>
    <name>mailroom::ConflictBar</name>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>Drop your unsaved edit and show what is saved now.</source>
        <translation>Ihre ungespeicherte Änderung verwerfen und zeigen, was jetzt gespeichert ist.</translation>
    </message>
    <message>
        <source>Save your edit over the other change.</source>
        <translation>Ihre Änderung über die andere speichern.</translation>
    </message>
    <message>
        <source>by %1 at %2</source>
        <translation>von %1 um %2</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>by another administrator</source>
        <translation>von einem anderen Administrator</translation>
    </message>
    <message>
        <source>Not saved: this was changed %1 after you opened it.</source>
        <translation>Nicht gespeichert: Dies wurde %1 geändert, nachdem Sie es geöffnet hatten.</translation>
    </message>
    <message>
        <source>Your edit is still here. Reload to drop it and see theirs, or keep yours to save it over theirs.</source>
        <translation>Ihre Änderung ist noch da. Laden Sie neu, um sie zu verwerfen und die andere zu sehen, oder behalten Sie Ihre, um sie darüber zu speichern.</translation>
    </message>
    <message>
        <source>Changed %1 while you were editing.</source>
        <translation>Während Ihrer Bearbeitung %1 geändert.</translation>
    </message>
    <message>
        <source>Your unsaved edit is kept. Saving changes only the fields you edited; Reload drops your edit and shows theirs.</source>
        <translation>Ihre ungespeicherte Änderung bleibt erhalten. Speichern ändert nur die Felder, die Sie bearbeitet haben; Neu laden verwirft Ihre Änderung und zeigt die andere.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Theirs (saved now)</source>
        <translation>Die andere (jetzt gespeichert)</translation>
    </message>
    <message>
        <source>Yours (not saved)</source>
        <translation>Ihre (nicht gespeichert)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
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
    <name>mailroom::CreateGroupWizard</name>
    <message>
        <source>Create group in %1</source>
        <translation>Gruppe in %1 erstellen</translation>
    </message>
    <message>
        <source>Members of the new group</source>
        <translation>Mitglieder der neuen Gruppe</translation>
    </message>
    <message>
        <source>Step 2 of 2. Search, select and move users and groups to the right with the arrow. A group may have no members yet.</source>
        <translation>Schritt 2 von 2. Suchen Sie Benutzer und Gruppen, wählen Sie sie aus und verschieben Sie sie mit dem Pfeil nach rechts. Eine Gruppe darf vorerst auch keine Mitglieder haben.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Create group</source>
        <translation>Gruppe erstellen</translation>
    </message>
</context>
<context>
    <name>mailroom::CreateResourceDialog</name>
    <message>
        <source>Create resource</source>
        <translation>Ressource erstellen</translation>
    </message>
    <message>
        <source>A resource is a room or a piece of equipment that people book by inviting its email address to a meeting. The address must be on a verified domain of the organization or on its test domain.</source>
        <translation>Eine Ressource ist ein Raum oder ein Ausstattungsgegenstand, den man bucht, indem man seine E-Mail-Adresse zu einer Besprechung einlädt. Die Adresse muss auf einer verifizierten Domäne der Organisation oder auf ihrer Testdomäne liegen.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
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
    <name>mailroom::DashboardPane</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Mobile devices by status</source>
        <translation>Mobilgeräte nach Status</translation>
    </message>
    <message>
        <source>Domains by verification status</source>
        <translation>Domänen nach Verifizierungsstatus</translation>
    </message>
    <message>
        <source>Enabled users during the free &amp;trial:</source>
        <translation>Aktivierte Benutzer im kostenlosen &amp;Testzeitraum:</translation>
    </message>
    <message>
        <source>System users</source>
        <translation>Systembenutzer</translation>
    </message>
    <message>
        <source>Users by state</source>
        <translation>Benutzer nach Status</translation>
    </message>
    <message>
        <source>The organization has no users yet.</source>
        <translation>Die Organisation hat noch keine Benutzer.</translation>
    </message>
    <message>
        <source>No mobile devices have synced yet.</source>
        <translation>Bisher hat sich noch kein Mobilgerät synchronisiert.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Mobile devices</source>
        <translation>Mobilgeräte</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domänen</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Grenzwerte</translation>
    </message>
    <message>
        <source>&amp;Domains:</source>
        <translation>D&amp;omänen:</translation>
    </message>
    <message>
        <source>An organization can have at most %1 domains; the test domain is not counted.</source>
        <translation>Eine Organisation kann höchstens %1 Domänen haben; die Testdomäne wird nicht mitgezählt.</translation>
    </message>
    <message>
        <source>Sender &amp;patterns in email flow rules:</source>
        <translation>Absender&amp;muster in E-Mail-Flussregeln:</translation>
    </message>
    <message>
        <source>All the email flow rules of an organization together can have at most %1 sender patterns.</source>
        <translation>Alle E-Mail-Flussregeln einer Organisation zusammen können höchstens %1 Absendermuster haben.</translation>
    </message>
    <message>
        <source>Sender patterns in the &amp;largest rule:</source>
        <translation>Absendermuster in der &amp;größten Regel:</translation>
    </message>
    <message>
        <source>One email flow rule can have at most %1 sender patterns.</source>
        <translation>Eine E-Mail-Flussregel kann höchstens %1 Absendermuster haben.</translation>
    </message>
    <message>
        <source>During the free trial of %1 days at most %2 users can be enabled; system users are not counted.</source>
        <translation>Während des kostenlosen Testzeitraums von %1 Tagen können höchstens %2 Benutzer aktiviert werden; Systembenutzer werden nicht mitgezählt.</translation>
    </message>
    <message>
        <source>A device whose wipe is required is wiped when it next checks in.</source>
        <translation>Ein Gerät mit dem Status „Löschung erforderlich“ wird bei seiner nächsten Anmeldung gelöscht.</translation>
    </message>
    <message>
        <source>No domains have been added yet: addresses use the test domain %1 until you add your own in Domains.</source>
        <translation>Es wurden noch keine Domänen hinzugefügt: Adressen verwenden die Testdomäne %1, bis Sie im Bereich „Domänen“ eigene hinzufügen.</translation>
    </message>
    <message>
        <source>The test domain %1 is always verified and is not counted.</source>
        <translation>Die Testdomäne %1 ist immer verifiziert und wird nicht mitgezählt.</translation>
    </message>
    <message>
        <source>System users (a directory&apos;s built-in Administrator and Guest) are shown apart, whatever their state.</source>
        <translation>Systembenutzer (die integrierten Konten Administrator und Gast eines Verzeichnisses) werden unabhängig von ihrem Status gesondert angezeigt.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>The free trial ends on %1; after it any number of users can be enabled.</source>
        <translation>Der kostenlose Testzeitraum endet am %1; danach können beliebig viele Benutzer aktiviert werden.</translation>
    </message>
    <message>
        <source>The free trial ended on %1: any number of users can be enabled.</source>
        <translation>Der kostenlose Testzeitraum endete am %1: Es können beliebig viele Benutzer aktiviert werden.</translation>
    </message>
</context>
<context>
    <name>mailroom::DeviceTableModel</name>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Device ID: %1</source>
        <translation>Geräte-ID: %1</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzte Synchronisierung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>OS</translation>
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
    <message>
        <source>Group name: %1 is already a group of this directory.</source>
        <translation>Gruppenname: %1 ist bereits eine Gruppe dieses Verzeichnisses.</translation>
    </message>
    <message>
        <source>Directory: %1 is not an AD Connector to a domain that runs Microsoft Exchange, so it has no Exchange resources.</source>
        <translation>Verzeichnis: %1 ist kein AD Connector zu einer Domäne mit Microsoft Exchange und hat daher keine Exchange-Ressourcen.</translation>
    </message>
    <message>
        <source>Resource name: %1 is already a user or resource of the directory %2.</source>
        <translation>Ressourcenname: %1 ist bereits ein Benutzer oder eine Ressource des Verzeichnisses %2.</translation>
    </message>
    <message>
        <source>Resource name: %1 is already a resource of the organization %2.</source>
        <translation>Ressourcenname: %1 ist bereits eine Ressource der Organisation %2.</translation>
    </message>
</context>
<context>
    <name>mailroom::DirectorySync</name>
    <message>
        <source>Exchange addresses: %1 is listed twice.</source>
        <translation>Exchange-Adressen: %1 ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>Synchronise the directory: %1 is not Active.</source>
        <translation>Verzeichnis synchronisieren: %1 hat nicht den Status Aktiv.</translation>
    </message>
    <message>
        <source>Synchronise the directory: %1 is not in interoperability mode; its users&apos; addresses are managed here.</source>
        <translation>Verzeichnis synchronisieren: %1 befindet sich nicht im Interoperabilitätsmodus; die Adressen ihrer Benutzer werden hier verwaltet.</translation>
    </message>
    <message>
        <source>Synchronise the directory: a synchronisation is already running; wait for it to finish.</source>
        <translation>Verzeichnis synchronisieren: Eine Synchronisierung läuft bereits; warten Sie, bis sie beendet ist.</translation>
    </message>
    <message>
        <source>Synchronise the directory: stopped after %1 of %2 users; their addresses are synchronised, the others&apos; at the next synchronisation.</source>
        <translation>Verzeichnis synchronisieren: nach %1 von %2 Benutzern angehalten; deren Adressen sind synchronisiert, die der übrigen folgen bei der nächsten Synchronisierung.</translation>
    </message>
</context>
<context>
    <name>mailroom::DirectorySyncView</name>
    <message>
        <source>&amp;Synchronise now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Addresses not taken</source>
        <translation>Nicht übernommene Adressen</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Why it was not taken</source>
        <translation>Warum sie nicht übernommen wurde</translation>
    </message>
    <message>
        <source>Synchronise the directory now</source>
        <translation>Verzeichnis jetzt synchronisieren</translation>
    </message>
    <message>
        <source>The addresses of users enabled here are managed in Microsoft Exchange. The directory is synchronised every %1 hours: what Exchange holds for each enabled user becomes the user&apos;s addresses here.</source>
        <translation>Die Adressen der hier aktivierten Benutzer werden in Microsoft Exchange verwaltet. Das Verzeichnis wird alle %1 Stunden synchronisiert: Was Exchange für jeden aktivierten Benutzer enthält, wird hier zu den Adressen des Benutzers.</translation>
    </message>
    <message>
        <source>The directory has not been synchronised yet.</source>
        <translation>Das Verzeichnis wurde noch nicht synchronisiert.</translation>
    </message>
    <message>
        <source>Next synchronisation: %1.</source>
        <translation>Nächste Synchronisierung: %1.</translation>
    </message>
    <message>
        <source>The organization is no longer in interoperability mode: its directory is not synchronised, and addresses are managed here.</source>
        <translation>Die Organisation befindet sich nicht mehr im Interoperabilitätsmodus: Das Verzeichnis wird nicht synchronisiert, und Adressen werden hier verwaltet.</translation>
    </message>
    <message>
        <source>Last synchronised %1 by %2. Enabled users updated: %3 of %4. Addresses added: %5; removed: %6.</source>
        <translation>Zuletzt synchronisiert am %1 von %2. Aktualisierte aktivierte Benutzer: %3 von %4. Hinzugefügte Adressen: %5; entfernte: %6.</translation>
    </message>
    <message>
        <source>Users for whom Exchange holds no address, who keep theirs: %1.</source>
        <translation>Benutzer, für die Exchange keine Adresse hat und die ihre behalten: %1.</translation>
    </message>
    <message>
        <source>Addresses not taken: %1, listed below; fix them in Exchange or verify their domain here, then synchronise again.</source>
        <translation>Nicht übernommene Adressen: %1, unten aufgeführt; korrigieren Sie sie in Exchange oder verifizieren Sie ihre Domäne hier, und synchronisieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>Synchronising: %1 of %2 users done…</source>
        <translation>Synchronisierung: %1 von %2 Benutzern erledigt…</translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation>Synchronisierung läuft…</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Stops after the users being synchronised now; the others follow at the next synchronisation.</source>
        <translation>Hält nach den gerade synchronisierten Benutzern an; die übrigen folgen bei der nächsten Synchronisierung.</translation>
    </message>
</context>
<context>
    <name>mailroom::DnsCheck</name>
    <message>
        <source>Finding the name servers of %1</source>
        <translation>Nameserver von %1 werden ermittelt</translation>
    </message>
    <message>
        <source>Finding the address of %1</source>
        <translation>Adresse von %1 wird ermittelt</translation>
    </message>
    <message>
        <source>the system&apos;s resolver</source>
        <translation>System-Resolver</translation>
    </message>
    <message>
        <source>Asking %1 for the records</source>
        <translation>Einträge werden abgefragt (%1)</translation>
    </message>
    <message>
        <source>Checked %1 %2</source>
        <translation>%1 %2 geprüft</translation>
    </message>
    <message>
        <source>No name server answered for %1; check the network or the name server.</source>
        <translation>Kein Nameserver hat für %1 geantwortet; prüfen Sie das Netzwerk oder den Nameserver.</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>mailroom::DnsCheckView</name>
    <message>
        <source>DNS check results</source>
        <translation>Ergebnisse der DNS-Prüfung</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Vorgefunden</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>The check was cancelled; nothing was recorded.</source>
        <translation>Die Prüfung wurde abgebrochen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The result was not recorded: %1</source>
        <translation>Das Ergebnis wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The service runs the DNS of the test domain; it needs no check.</source>
        <translation>Der Dienst betreibt das DNS der Testdomäne; sie muss nicht geprüft werden.</translation>
    </message>
    <message>
        <source>Not checked yet. A check asks the domain&apos;s name servers for the records to publish and tells which are found, missing or wrong.</source>
        <translation>Noch nicht geprüft. Eine Prüfung fragt die Nameserver der Domäne nach den zu veröffentlichenden Einträgen und zeigt, welche gefunden wurden, fehlen oder falsch sind.</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>%1 of %2 records found by the check of %3.</source>
        <translation>%1 von %2 Einträgen gefunden (Prüfung: %3).</translation>
    </message>
    <message>
        <source>Name servers: %1.</source>
        <translation>Nameserver: %1.</translation>
    </message>
    <message>
        <source>Asked: %1.</source>
        <translation>Abgefragt: %1.</translation>
    </message>
    <message>
        <source>%1: %2 %3 = %4</source>
        <translation>%1: %2 %3 = %4</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>its ownership is proven; addresses may use it.</source>
        <translation>Der Besitz der Domäne ist nachgewiesen; Adressen dürfen sie verwenden.</translation>
    </message>
    <message>
        <source>waiting for a check to find its TXT (ownership) record.</source>
        <translation>Es wird darauf gewartet, dass eine Prüfung ihren TXT-Eintrag (Besitznachweis) findet.</translation>
    </message>
    <message>
        <source>its TXT record was not found within %1 hours of adding it; publish it and check again.</source>
        <translation>Ihr TXT-Eintrag wurde nicht innerhalb von %1 Stunden nach dem Hinzufügen gefunden; veröffentlichen Sie ihn und prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is %2: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; hat den Status %2: %3</translation>
    </message>
    <message>
        <source>The test domain needs no DNS check.</source>
        <translation>Die Testdomäne benötigt keine DNS-Prüfung.</translation>
    </message>
    <message>
        <source>Ask the domain&apos;s name servers for its records</source>
        <translation>Die Nameserver der Domäne nach ihren Einträgen fragen</translation>
    </message>
</context>
<context>
    <name>mailroom::DnsRecordsView</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation>%1 in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>name of the %1 record</source>
        <translation>Name des Eintrags für %1</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Wert:</translation>
    </message>
    <message>
        <source>value of the %1 record</source>
        <translation>Wert des Eintrags für %1</translation>
    </message>
    <message>
        <source>Recommended time to live, in seconds</source>
        <translation>Empfohlene Gültigkeitsdauer (TTL) in Sekunden</translation>
    </message>
    <message>
        <source>%1 is the organization&apos;s test domain: the service publishes its DNS records, so there is nothing to add at your DNS provider.</source>
        <translation>%1 ist die Testdomäne der Organisation: Der Dienst veröffentlicht ihre DNS-Einträge, daher müssen Sie bei Ihrem DNS-Anbieter nichts hinzufügen.</translation>
    </message>
    <message>
        <source>There are no records to publish for %1.</source>
        <translation>Für %1 sind keine Einträge zu veröffentlichen.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Publish these records at the DNS provider of %1. Changes can take up to 72 hours to reach everyone.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Trailing dot:&lt;/b&gt; some DNS providers add the domain to every name they are given, which would publish &lt;tt&gt;_amazonses.%2.%2&lt;/tt&gt;. If yours does, type each name with a dot at the end (&lt;tt&gt;_amazonses.%2.&lt;/tt&gt;) so that it is taken as complete.&lt;/p&gt;&lt;p&gt;Also create &lt;tt&gt;postmaster@%1&lt;/tt&gt; and &lt;tt&gt;abuse@%1&lt;/tt&gt;, as aliases or as groups: other mail servers write to them about delivery problems and abuse.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Veröffentlichen Sie diese Einträge beim DNS-Anbieter von %1. Es kann bis zu 72 Stunden dauern, bis Änderungen überall angekommen sind.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Abschließender Punkt:&lt;/b&gt; Manche DNS-Anbieter hängen an jeden eingegebenen Namen die Domäne an, wodurch &lt;tt&gt;_amazonses.%2.%2&lt;/tt&gt; veröffentlicht würde. Wenn Ihr Anbieter das tut, geben Sie jeden Namen mit einem Punkt am Ende ein (&lt;tt&gt;_amazonses.%2.&lt;/tt&gt;), damit er als vollständig gilt.&lt;/p&gt;&lt;p&gt;Legen Sie außerdem &lt;tt&gt;postmaster@%1&lt;/tt&gt; und &lt;tt&gt;abuse@%1&lt;/tt&gt; an, als Aliasse oder als Gruppen: Andere Mailserver schreiben an diese Adressen bei Zustellproblemen und Missbrauch.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
</context>
<context>
    <name>mailroom::DnsRunPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the DNS check</source>
        <translation>DNS-Prüfung abbrechen</translation>
    </message>
    <message>
        <source>DNS check progress</source>
        <translation>Fortschritt der DNS-Prüfung</translation>
    </message>
    <message>
        <source>DNS check summary</source>
        <translation>Zusammenfassung der DNS-Prüfung</translation>
    </message>
    <message>
        <source>Check &amp;DNS</source>
        <translation>D&amp;NS prüfen</translation>
    </message>
    <message>
        <source>Ask the domain&apos;s name servers for its records</source>
        <translation>Die Nameserver der Domäne nach ihren Einträgen fragen</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>%1 (%2 of %3): starting…</source>
        <translation>%1 (%2 von %3): Wird gestartet…</translation>
    </message>
    <message>
        <source>%1 (%2 of %3): %4</source>
        <translation>%1 (%2 von %3): %4</translation>
    </message>
</context>
<context>
    <name>mailroom::DomainCheckPage</name>
    <message>
        <source>Check now</source>
        <translation>Jetzt prüfen</translation>
    </message>
    <message>
        <source>Check &amp;now</source>
        <translation>Jetzt &amp;prüfen</translation>
    </message>
    <message>
        <source>Left: wait for the check to end, or cancel it.</source>
        <translation>Noch zu tun: Warten Sie, bis die Prüfung beendet ist, oder brechen Sie sie ab.</translation>
    </message>
    <message>
        <source>Left: nothing; the domain is verified. Choose Finish.</source>
        <translation>Noch zu tun: nichts; die Domäne ist verifiziert. Wählen Sie „Abschließen“.</translation>
    </message>
    <message>
        <source>Left: choose Check now once the records are published, or Finish and check later from the Domains pane.</source>
        <translation>Noch zu tun: Wählen Sie „Jetzt prüfen“, sobald die Einträge veröffentlicht sind, oder „Abschließen“ und prüfen Sie später im Bereich „Domänen“.</translation>
    </message>
    <message>
        <source>Left: publish the records the check did not find and check again (DNS changes can take up to 72 hours), or Finish and check later from the Domains pane.</source>
        <translation>Noch zu tun: Veröffentlichen Sie die Einträge, die die Prüfung nicht gefunden hat, und prüfen Sie erneut (DNS-Änderungen können bis zu 72 Stunden dauern), oder wählen Sie „Abschließen“ und prüfen Sie später im Bereich „Domänen“.</translation>
    </message>
    <message>
        <source>Step 3 of 3. %1</source>
        <translation>Schritt 3 von 3. %1</translation>
    </message>
</context>
<context>
    <name>mailroom::DomainDetailsPanel</name>
    <message>
        <source>Select a domain to see the records to publish, its DNS check and its identity policy.</source>
        <translation>Wählen Sie eine Domäne aus, um die zu veröffentlichenden Einträge, ihre DNS-Prüfung und ihre Identitätsrichtlinie anzuzeigen.</translation>
    </message>
    <message>
        <source>Domain details</source>
        <translation>Domänendetails</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>DNS check</source>
        <translation>DNS-Prüfung</translation>
    </message>
    <message>
        <source>Identity policy</source>
        <translation>Identitätsrichtlinie</translation>
    </message>
</context>
<context>
    <name>mailroom::DomainNamePage</name>
    <message>
        <source>Domain name</source>
        <translation>Domänenname</translation>
    </message>
    <message>
        <source>Step 1 of 3. The domain whose addresses this organization will send and receive mail for.</source>
        <translation>Schritt 1 von 3. Die Domäne, für deren Adressen diese Organisation E-Mails senden und empfangen wird.</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>A fully qualified name such as example.com or mail.example.com; international names such as bücher.example are accepted. The next page lists the DNS records that prove the domain is yours.</source>
        <translation>Ein vollqualifizierter Name wie example.com oder mail.example.com; internationale Namen wie bücher.example werden akzeptiert. Die nächste Seite listet die DNS-Einträge auf, die nachweisen, dass die Domäne Ihnen gehört.</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domäne:</translation>
    </message>
    <message>
        <source>Left: choose Add domain. The domain is added as Pending; it is verified once a DNS check finds its TXT record.</source>
        <translation>Noch zu tun: Wählen Sie „Domäne hinzufügen“. Die Domäne wird mit dem Status Ausstehend hinzugefügt; sie ist verifiziert, sobald eine DNS-Prüfung ihren TXT-Eintrag findet.</translation>
    </message>
    <message>
        <source>Left: type a valid domain name the organization does not have yet.</source>
        <translation>Noch zu tun: Geben Sie einen gültigen Domänennamen ein, den die Organisation noch nicht hat.</translation>
    </message>
</context>
<context>
    <name>mailroom::DomainRecordsPage</name>
    <message>
        <source>Records to publish</source>
        <translation>Zu veröffentlichende Einträge</translation>
    </message>
    <message>
        <source>Step 2 of 3. Left: publish these records at your DNS provider, then choose Next to check them (or Close and check later from the Domains pane).</source>
        <translation>Schritt 2 von 3. Noch zu tun: Veröffentlichen Sie diese Einträge bei Ihrem DNS-Anbieter und wählen Sie dann „Weiter“, um sie zu prüfen (oder „Schließen“, um später im Bereich „Domänen“ zu prüfen).</translation>
    </message>
</context>
<context>
    <name>mailroom::DomainTableModel</name>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>None needed</source>
        <translation>Nicht erforderlich</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>%1 of %2 found</source>
        <translation>%1 von %2 gefunden</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>The organization&apos;s test domain: always usable, never removed.</source>
        <translation>Die Testdomäne der Organisation: immer verwendbar, wird nie entfernt.</translation>
    </message>
    <message>
        <source>In DNS: %1</source>
        <translation>Im DNS: %1</translation>
    </message>
    <message>
        <source>New addresses use this domain.</source>
        <translation>Neue Adressen verwenden diese Domäne.</translation>
    </message>
    <message>
        <source>Waiting for its TXT record to be found by a DNS check.</source>
        <translation>Wartet darauf, dass eine DNS-Prüfung ihren TXT-Eintrag findet.</translation>
    </message>
    <message>
        <source>Its TXT record was not found within %1 hours of adding it; publish it and check again.</source>
        <translation>Ihr TXT-Eintrag wurde nicht innerhalb von %1 Stunden nach dem Hinzufügen gefunden; veröffentlichen Sie ihn und prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Zuletzt geprüft</translation>
    </message>
</context>
<context>
    <name>mailroom::Domains</name>
    <message>
        <source>Domain: enter a domain name, such as example.com.</source>
        <translation>Domäne: Geben Sie einen Domänennamen ein, zum Beispiel example.com.</translation>
    </message>
    <message>
        <source>Domain: %1 is not a fully qualified domain name (labels of letters, digits and hyphens separated by dots, such as mail.example.com).</source>
        <translation>Domäne: %1 ist kein vollqualifizierter Domänenname (durch Punkte getrennte Teile aus Buchstaben, Ziffern und Bindestrichen, zum Beispiel mail.example.com).</translation>
    </message>
    <message>
        <source>Domain: must be %1 to %2 characters long.</source>
        <translation>Domäne: muss %1 bis %2 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Domain: %1 is already a domain of this organization.</source>
        <translation>Domäne: %1 ist bereits eine Domäne dieser Organisation.</translation>
    </message>
    <message>
        <source>Domain: an organization can have at most %1 domains; remove one first.</source>
        <translation>Domäne: Eine Organisation kann höchstens %1 Domänen haben; entfernen Sie zuerst eine.</translation>
    </message>
    <message>
        <source>Set as default: %1 is not verified yet; only a verified domain can be the default.</source>
        <translation>Als Standard festlegen: %1 ist noch nicht verifiziert; nur eine verifizierte Domäne kann die Standarddomäne sein.</translation>
    </message>
    <message>
        <source>Remove domain: %1 is the organization&apos;s test domain and cannot be removed.</source>
        <translation>Domäne entfernen: %1 ist die Testdomäne der Organisation und kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Confirmation: type the domain name %1 exactly to remove it.</source>
        <translation>Bestätigung: Geben Sie genau den Domänennamen %1 ein, um die Domäne zu entfernen.</translation>
    </message>
    <message>
        <source>and more</source>
        <translation>und weitere</translation>
    </message>
    <message>
        <source>Remove domain: %1 is still used by these addresses; change or remove them first: %2</source>
        <translation>Domäne entfernen: %1 wird noch von diesen Adressen verwendet; ändern oder entfernen Sie sie zuerst: %2</translation>
    </message>
    <message>
        <source>Identity policy: the test domain has no identity policy to edit.</source>
        <translation>Identitätsrichtlinie: Die Testdomäne hat keine Identitätsrichtlinie, die bearbeitet werden kann.</translation>
    </message>
    <message>
        <source>Check DNS: %1 is the test domain; it needs no records and no check.</source>
        <translation>DNS prüfen: %1 ist die Testdomäne; sie braucht weder Einträge noch eine Prüfung.</translation>
    </message>
    <message>
        <source>Check DNS: this check was made for an earlier token of %1; check again.</source>
        <translation>DNS prüfen: Diese Prüfung galt einem früheren Token von %1; prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>The identity policy of %1</source>
        <translation>Die Identitätsrichtlinie von %1</translation>
    </message>
</context>
<context>
    <name>mailroom::DomainsPane</name>
    <message>
        <source>Clear search</source>
        <translation>Suche löschen</translation>
    </message>
    <message>
        <source>&amp;Add domain</source>
        <translation>Domäne hin&amp;zufügen</translation>
    </message>
    <message>
        <source>&amp;Check DNS</source>
        <translation>DNS &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Set as default</source>
        <translation>Als Standard &amp;festlegen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Search by domain name</source>
        <translation>Nach Domänenname suchen</translation>
    </message>
    <message>
        <source>Search domains</source>
        <translation>Domänen suchen</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domänen</translation>
    </message>
    <message>
        <source>%1 of %2 domains</source>
        <translation>%1 von %2 Domänen</translation>
    </message>
    <message>
        <source>No domain of this organization contains “%1”.</source>
        <translation>Keine Domäne dieser Organisation enthält „%1“.</translation>
    </message>
    <message>
        <source>This organization has no domains yet. Add the domains whose addresses it sends and receives mail for.</source>
        <translation>Diese Organisation hat noch keine Domänen. Fügen Sie die Domänen hinzu, für deren Adressen sie E-Mails sendet und empfängt.</translation>
    </message>
    <message>
        <source>Add domain</source>
        <translation>Domäne hinzufügen</translation>
    </message>
    <message>
        <source>Select a domain.</source>
        <translation>Wählen Sie eine Domäne aus.</translation>
    </message>
    <message>
        <source>The organization has %1 domains, the most it may have; remove one first.</source>
        <translation>Die Organisation hat %1 Domänen, die zulässige Höchstzahl; entfernen Sie zuerst eine.</translation>
    </message>
    <message>
        <source>The service runs the DNS of the test domain; it needs no check.</source>
        <translation>Der Dienst betreibt das DNS der Testdomäne; sie muss nicht geprüft werden.</translation>
    </message>
    <message>
        <source>A check of %1 is running.</source>
        <translation>Eine Prüfung von %1 läuft.</translation>
    </message>
    <message>
        <source>%1 is already the default domain.</source>
        <translation>%1 ist bereits die Standarddomäne.</translation>
    </message>
    <message>
        <source>Only a verified domain can be the default; %1 is %2.</source>
        <translation>Nur eine verifizierte Domäne kann die Standarddomäne sein; %1 hat den Status %2.</translation>
    </message>
    <message>
        <source>The test domain cannot be removed.</source>
        <translation>Die Testdomäne kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Set as default</source>
        <translation>Als Standard festlegen</translation>
    </message>
    <message>
        <source>Remove domain</source>
        <translation>Domäne entfernen</translation>
    </message>
    <message>
        <source>%1 (used by %2)</source>
        <translation>%1 (verwendet von %2)</translation>
    </message>
    <message>
        <source>… and more</source>
        <translation>… und weitere</translation>
    </message>
    <message>
        <source>%1 cannot be removed while addresses use it. Change or remove these addresses first, then remove the domain:</source>
        <translation>%1 kann nicht entfernt werden, solange Adressen die Domäne verwenden. Ändern oder entfernen Sie zuerst diese Adressen und entfernen Sie dann die Domäne:</translation>
    </message>
    <message>
        <source>Remove %1 from the organization %2? No address can use it any more, and adding it again later gives it new records to publish. This cannot be undone.</source>
        <translation>%1 aus der Organisation %2 entfernen? Danach kann keine Adresse die Domäne mehr verwenden, und wenn Sie sie später erneut hinzufügen, erhält sie neue zu veröffentlichende Einträge. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>mailroom::EditGuard</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
</context>
<context>
    <name>mailroom::EnableReviewDialog</name>
    <message>
        <source>Primary address</source>
        <translation>Primäre Adresse</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Each user gets a mailbox here with the primary address Exchange gave it. In interoperability mode the address comes from Exchange and cannot be changed here.</source>
        <translation>Jeder Benutzer erhält hier ein Postfach mit der primären Adresse, die Exchange ihm gegeben hat. Im Interoperabilitätsmodus stammt die Adresse aus Exchange und kann hier nicht geändert werden.</translation>
    </message>
    <message>
        <source>Each user gets a mailbox with the primary address below; edit an address to change it. A user disabled less than 30 days ago gets its old mailbox back.</source>
        <translation>Jeder Benutzer erhält ein Postfach mit der unten angegebenen primären Adresse; bearbeiten Sie eine Adresse, um sie zu ändern. Ein Benutzer, der vor weniger als 30 Tagen deaktiviert wurde, erhält sein altes Postfach zurück.</translation>
    </message>
    <message>
        <source>Enable users</source>
        <translation>Benutzer aktivieren</translation>
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
        <source>Enabling users</source>
        <translation>Benutzer werden aktiviert</translation>
    </message>
    <message>
        <source>Each group gets the primary address Exchange gave it, which cannot be changed here in interoperability mode. Mail to that address then reaches the group&apos;s enabled members.</source>
        <translation>Jede Gruppe erhält die primäre Adresse, die Exchange ihr gegeben hat und die im Interoperabilitätsmodus hier nicht geändert werden kann. E-Mails an diese Adresse erreichen dann die aktivierten Mitglieder der Gruppe.</translation>
    </message>
    <message>
        <source>Each group gets the primary address below; edit an address to change it. Mail to that address then reaches the group&apos;s enabled members.</source>
        <translation>Jede Gruppe erhält die unten angegebene primäre Adresse; bearbeiten Sie eine Adresse, um sie zu ändern. E-Mails an diese Adresse erreichen dann die aktivierten Mitglieder der Gruppe.</translation>
    </message>
    <message>
        <source>Enable groups</source>
        <translation>Gruppen aktivieren</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Gruppenname</translation>
    </message>
    <message>
        <source>Enabling groups</source>
        <translation>Gruppen werden aktiviert</translation>
    </message>
</context>
<context>
    <name>mailroom::EwsCheck</name>
    <message>
        <source>Enter the server&apos;s EWS address, which usually looks like https://mail.example.com/EWS/Exchange.asmx; only https is accepted.</source>
        <translation>Geben Sie die EWS-Adresse des Servers ein, die meist wie https://mail.example.com/EWS/Exchange.asmx aussieht; nur https wird akzeptiert.</translation>
    </message>
    <message>
        <source>Check the EWS URL: the Exchange Management Shell shows it as the external URL of the EWS virtual directory. Its server name must be published in DNS.</source>
        <translation>Prüfen Sie die EWS-URL: Die Exchange-Verwaltungsshell zeigt sie als externe URL des virtuellen EWS-Verzeichnisses an. Ihr Servername muss im DNS veröffentlicht sein.</translation>
    </message>
    <message>
        <source>%1 accepted the service account %2 and answered the EWS request.</source>
        <translation>%1 hat das Dienstkonto %2 akzeptiert und die EWS-Anfrage beantwortet.</translation>
    </message>
    <message>
        <source>%1 refused the user name or password of %2.</source>
        <translation>%1 hat den Benutzernamen oder das Passwort von %2 abgelehnt.</translation>
    </message>
    <message>
        <source>%1 refused the credentials of %2 and does not offer Basic authentication.</source>
        <translation>%1 hat die Anmeldeinformationen von %2 abgelehnt und bietet keine Standardauthentifizierung an.</translation>
    </message>
    <message>
        <source>Enter the service account as DOMAIN\username (or in FQDN form) with its current password, and check that Basic authentication is enabled on the EWS virtual directory of Exchange.</source>
        <translation>Geben Sie das Dienstkonto als DOMÄNE\Benutzername (oder in FQDN-Form) mit seinem aktuellen Passwort ein, und prüfen Sie, ob die Standardauthentifizierung für das virtuelle EWS-Verzeichnis von Exchange aktiviert ist.</translation>
    </message>
    <message>
        <source>%1 answered, but not with an EWS response.</source>
        <translation>%1 hat geantwortet, aber nicht mit einer EWS-Antwort.</translation>
    </message>
    <message>
        <source>%1 redirected the request to %2 (HTTP status %3).</source>
        <translation>%1 hat die Anfrage an %2 umgeleitet (HTTP-Status %3).</translation>
    </message>
    <message>
        <source>%1 answered with HTTP status %2.</source>
        <translation>%1 hat mit dem HTTP-Status %2 geantwortet.</translation>
    </message>
    <message>
        <source>Check that the URL is the EWS address of Exchange itself, usually ending in /EWS/Exchange.asmx, and not a web page or proxy in front of it.</source>
        <translation>Prüfen Sie, ob die URL die EWS-Adresse von Exchange selbst ist, die meist auf /EWS/Exchange.asmx endet, und nicht die einer vorgeschalteten Webseite oder eines vorgeschalteten Proxys.</translation>
    </message>
    <message>
        <source>The CA bundle %1 cannot be read: %2.</source>
        <translation>Das CA-Bundle %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The file %1 holds no PEM certificate.</source>
        <translation>Die Datei %1 enthält kein PEM-Zertifikat.</translation>
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
    <name>mailroom::FlowRuleDialog</name>
    <message>
        <source>The message is discarded without telling the sender.</source>
        <translation>Die Nachricht wird verworfen, ohne dass der Absender benachrichtigt wird.</translation>
    </message>
    <message>
        <source>The message is refused and the sender receives a non-delivery report.</source>
        <translation>Die Nachricht wird abgelehnt, und der Absender erhält einen Unzustellbarkeitsbericht.</translation>
    </message>
    <message>
        <source>The message goes to the recipients&apos; junk folder, whatever the spam check says.</source>
        <translation>Die Nachricht wird in den Junk-E-Mail-Ordner der Empfänger verschoben, unabhängig vom Ergebnis der Spamprüfung.</translation>
    </message>
    <message>
        <source>The message is delivered as usual, spam check included: an exception inside a wider Drop or Bounce rule.</source>
        <translation>Die Nachricht wird wie gewohnt zugestellt, einschließlich Spamprüfung: eine Ausnahme innerhalb einer umfassenderen Regel mit „Verwerfen“ oder „Unzustellbar zurücksenden“.</translation>
    </message>
    <message>
        <source>The message reaches the inbox even when the spam check flags it. Use it only for senders you trust.</source>
        <translation>Die Nachricht gelangt in den Posteingang, auch wenn die Spamprüfung sie markiert. Verwenden Sie diese Aktion nur für vertrauenswürdige Absender.</translation>
    </message>
    <message>
        <source>Every sender; any more specific pattern wins over it.</source>
        <translation>Jeder Absender; jedes spezifischere Muster hat Vorrang.</translation>
    </message>
    <message>
        <source>Addresses at %1 and at every subdomain of it.</source>
        <translation>Adressen in %1 und in allen Subdomänen davon.</translation>
    </message>
    <message>
        <source>Addresses at exactly %1, not at its subdomains.</source>
        <translation>Adressen genau in %1, nicht in den Subdomänen davon.</translation>
    </message>
    <message>
        <source>The address %1 only.</source>
        <translation>Nur die Adresse %1.</translation>
    </message>
    <message>
        <source>&amp;Add pattern</source>
        <translation>Muster &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move pattern</source>
        <translation>Muster ent&amp;fernen</translation>
    </message>
    <message>
        <source>Edit email flow rule</source>
        <translation>E-Mail-Flussregel bearbeiten</translation>
    </message>
    <message>
        <source>Create email flow rule</source>
        <translation>E-Mail-Flussregel erstellen</translation>
    </message>
    <message>
        <source>A rule applies at once to mail sent to anyone in the organization. When several patterns match a sender, the most specific one decides; between equally specific ones, the most restrictive action.</source>
        <translation>Eine Regel gilt sofort für E-Mails an alle Personen in der Organisation. Wenn mehrere Muster zu einem Absender passen, entscheidet das spezifischste; bei gleich spezifischen Mustern entscheidet die strengste Aktion.</translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation>Regelname</translation>
    </message>
    <message>
        <source>For example Block known spammers</source>
        <translation>Zum Beispiel Bekannte Spammer blockieren</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Choose an action</source>
        <translation>Wählen Sie eine Aktion</translation>
    </message>
    <message>
        <source>Rule &amp;name:</source>
        <translation>Regel&amp;name:</translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation>A&amp;ktion:</translation>
    </message>
    <message>
        <source>Sender &amp;patterns:</source>
        <translation>Absender&amp;muster:</translation>
    </message>
    <message>
        <source>Each entry is an address (name@example.com), a domain (example.com, that domain alone), a domain with all its subdomains (*.example.com), or * for every sender. &quot;+&quot; is not allowed.</source>
        <translation>Jeder Eintrag ist eine Adresse (name@example.com), eine Domäne (example.com, nur diese Domäne), eine Domäne mit allen Subdomänen (*.example.com) oder * für jeden Absender. „+“ ist nicht erlaubt.</translation>
    </message>
    <message>
        <source>New sender pattern</source>
        <translation>Neues Absendermuster</translation>
    </message>
    <message>
        <source>Type a pattern, or several separated by commas, and press Enter</source>
        <translation>Geben Sie ein Muster oder mehrere durch Kommas getrennte Muster ein und drücken Sie die Eingabetaste</translation>
    </message>
    <message>
        <source>Sender patterns</source>
        <translation>Absendermuster</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Create rule</source>
        <translation>Regel erstellen</translation>
    </message>
    <message>
        <source>%1 of %2 patterns</source>
        <translation>%1 von %2 Mustern</translation>
    </message>
    <message>
        <source>Choose the action for mail from these senders.</source>
        <translation>Wählen Sie die Aktion für E-Mails von diesen Absendern.</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Choose what happens to mail from these senders.</source>
        <translation>Wählen Sie, was mit E-Mails von diesen Absendern geschieht.</translation>
    </message>
    <message>
        <source>Unsaved rule</source>
        <translation>Nicht gespeicherte Regel</translation>
    </message>
    <message>
        <source>This rule has changes that are not saved. Save them before closing?</source>
        <translation>Diese Regel enthält nicht gespeicherte Änderungen. Möchten Sie sie vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>Muster</translation>
    </message>
</context>
<context>
    <name>mailroom::FlowRuleLint</name>
    <message>
        <source>%1 in &quot;%2&quot; never decides: &quot;%3&quot; has the same pattern with the more restrictive action %4.</source>
        <translation>%1 in „%2“ entscheidet nie: „%3“ hat dasselbe Muster mit der strengeren Aktion %4.</translation>
    </message>
    <message>
        <source>%1 appears twice in &quot;%2&quot;.</source>
        <translation>%1 kommt in „%2“ zweimal vor.</translation>
    </message>
    <message>
        <source>%1 in &quot;%2&quot; is also a pattern of &quot;%3&quot;.</source>
        <translation>%1 in „%2“ ist auch ein Muster von „%3“.</translation>
    </message>
    <message>
        <source>%1 in &quot;%2&quot; (%3) takes mail from part of %4, which &quot;%5&quot; delivers.</source>
        <translation>%1 in „%2“ (%3) erfasst E-Mails aus einem Teil von %4, die „%5“ zustellt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can never decide: other rules decide for every one of its patterns.</source>
        <translation>„%1“ kann nie entscheiden: Für jedes seiner Muster entscheiden andere Regeln.</translation>
    </message>
</context>
<context>
    <name>mailroom::FlowRuleTableModel</name>
    <message>
        <source>No warnings about this rule.</source>
        <translation>Keine Warnungen zu dieser Regel.</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Sender patterns</source>
        <translation>Absendermuster</translation>
    </message>
</context>
<context>
    <name>mailroom::FlowRuleTestDialog</name>
    <message>
        <source>&amp;Open message…</source>
        <translation>Nachricht &amp;öffnen…</translation>
    </message>
    <message>
        <source>C&amp;lear message</source>
        <translation>Nachricht &amp;entfernen</translation>
    </message>
    <message>
        <source>Test email flow rules — %1</source>
        <translation>E-Mail-Flussregeln testen — %1</translation>
    </message>
    <message>
        <source>See what the rules do with a message before any arrives. Type its From address, and its Sender address when it has one. The result follows what you type and every change to the rules.</source>
        <translation>Prüfen Sie, was die Regeln mit einer Nachricht tun, bevor eine eintrifft. Geben Sie deren From-Adresse ein und, falls vorhanden, deren Sender-Adresse. Das Ergebnis folgt Ihrer Eingabe und jeder Änderung an den Regeln.</translation>
    </message>
    <message>
        <source>From address</source>
        <translation>From-Adresse</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Sender-Adresse</translation>
    </message>
    <message>
        <source>Open message</source>
        <translation>Nachricht öffnen</translation>
    </message>
    <message>
        <source>Clear message</source>
        <translation>Nachricht entfernen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>&amp;From address:</source>
        <translation>&amp;From-Adresse:</translation>
    </message>
    <message>
        <source>&amp;Sender address (optional):</source>
        <translation>&amp;Sender-Adresse (optional):</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Nachricht:</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Resulting action</source>
        <translation>Resultierende Aktion</translation>
    </message>
    <message>
        <source>Deciding rule</source>
        <translation>Entscheidende Regel</translation>
    </message>
    <message>
        <source>Other matching rules</source>
        <translation>Weitere passende Regeln</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Why it did not decide</source>
        <translation>Warum sie nicht entschieden hat</translation>
    </message>
    <message>
        <source>Refusals</source>
        <translation>Ablehnungen</translation>
    </message>
    <message>
        <source>No result</source>
        <translation>Kein Ergebnis</translation>
    </message>
    <message>
        <source>Type a From address, or open a message, to see what happens to its mail.</source>
        <translation>Geben Sie eine From-Adresse ein oder öffnen Sie eine Nachricht, um zu sehen, was mit E-Mails dieses Absenders geschieht.</translation>
    </message>
    <message>
        <source>Correct the address above to see the result.</source>
        <translation>Korrigieren Sie die Adresse oben, um das Ergebnis zu sehen.</translation>
    </message>
    <message>
        <source>Decided by rule “%1”, pattern %2, from the %3 header.</source>
        <translation>Entschieden durch die Regel „%1“, Muster %2, anhand des %3-Headers.</translation>
    </message>
    <message>
        <source>No rule matched: normal delivery.</source>
        <translation>Keine Regel passt: normale Zustellung.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No other rule matched.</source>
        <translation>Keine weitere Regel passt.</translation>
    </message>
    <message>
        <source>Other matches, which did not decide:</source>
        <translation>Weitere Treffer, die nicht entschieden haben:</translation>
    </message>
    <message>
        <source>Read from the message; clear the message to type an address.</source>
        <translation>Aus der Nachricht gelesen; entfernen Sie die Nachricht, um eine Adresse einzugeben.</translation>
    </message>
    <message>
        <source>The message has no Sender header</source>
        <translation>Die Nachricht hat keinen Sender-Header</translation>
    </message>
    <message>
        <source>Only when the message has a Sender header</source>
        <translation>Nur wenn die Nachricht einen Sender-Header hat</translation>
    </message>
    <message>
        <source>Open an .eml file, or drop one here, to test a whole message.</source>
        <translation>Öffnen Sie eine .eml-Datei oder legen Sie eine hier ab, um eine ganze Nachricht zu testen.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>Größe: %1</translation>
    </message>
    <message>
        <source>Attachments: %1</source>
        <translation>Anhänge: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Email messages (*.eml);;All files (*)</source>
        <translation>E-Mail-Nachrichten (*.eml);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>mailroom::FlowRules</name>
    <message>
        <source>Sender patterns: enter at least one pattern.</source>
        <translation>Absendermuster: Geben Sie mindestens ein Muster ein.</translation>
    </message>
    <message>
        <source>Sender patterns: at most %1 in one rule (this one has %2).</source>
        <translation>Absendermuster: höchstens %1 in einer Regel (diese hat %2).</translation>
    </message>
    <message>
        <source>Rule name: enter a name.</source>
        <translation>Regelname: Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>Rule name: at most %1 characters.</source>
        <translation>Regelname: höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Rule name: %1 is already a rule of this organization.</source>
        <translation>Regelname: %1 ist bereits eine Regel dieser Organisation.</translation>
    </message>
    <message>
        <source>Sender patterns: an organization can have at most %1 in all its rules; %2 are in use elsewhere.</source>
        <translation>Absendermuster: Eine Organisation kann in allen Regeln zusammen höchstens %1 haben; %2 werden bereits anderswo verwendet.</translation>
    </message>
    <message>
        <source>Rule: there is no email flow rule %1 in this organization.</source>
        <translation>Regel: In dieser Organisation gibt es keine E-Mail-Flussregel %1.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von (From)</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender (Sender)</translation>
    </message>
    <message>
        <source>Rule: there is no email flow rule %1.</source>
        <translation>Regel: Es gibt keine E-Mail-Flussregel %1.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an email address.</source>
        <translation>%1: „%2“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The rule %1</source>
        <translation>Die Regel %1</translation>
    </message>
</context>
<context>
    <name>mailroom::FlowRulesPane</name>
    <message>
        <source>This organization has no email flow rules yet.
A flow rule decides what happens to incoming mail from the senders you name — an address, a domain, or a domain with its subdomains: drop it, bounce it, move it to the junk folder, deliver it normally, or deliver it without the spam check. Rules apply to mail for everyone in the organization.</source>
        <translation>Diese Organisation hat noch keine E-Mail-Flussregeln.
Eine Flussregel legt fest, was mit eingehenden E-Mails von den angegebenen Absendern geschieht — einer Adresse, einer Domäne oder einer Domäne mit ihren Subdomänen: verwerfen, unzustellbar zurücksenden, in den Junk-E-Mail-Ordner verschieben, normal zustellen oder ohne Spamprüfung zustellen. Regeln gelten für E-Mails an alle Personen in der Organisation.</translation>
    </message>
    <message>
        <source>Create rule</source>
        <translation>Regel erstellen</translation>
    </message>
    <message>
        <source>&amp;Create rule</source>
        <translation>Regel &amp;erstellen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Search by rule name or sender pattern</source>
        <translation>Nach Regelname oder Absendermuster suchen</translation>
    </message>
    <message>
        <source>Search email flow rules</source>
        <translation>E-Mail-Flussregeln suchen</translation>
    </message>
    <message>
        <source>Email flow rules</source>
        <translation>E-Mail-Flussregeln</translation>
    </message>
    <message>
        <source>Warnings about the rules</source>
        <translation>Warnungen zu den Regeln</translation>
    </message>
    <message>
        <source>Double-click a warning to select the rule it is about.</source>
        <translation>Doppelklicken Sie auf eine Warnung, um die betreffende Regel auszuwählen.</translation>
    </message>
    <message>
        <source>%1 of %2 rules</source>
        <translation>%1 von %2 Regeln</translation>
    </message>
    <message>
        <source>%1 of %2 patterns used</source>
        <translation>%1 von %2 Mustern verwendet</translation>
    </message>
    <message>
        <source>An organization&apos;s rules can hold %1 sender patterns in all.</source>
        <translation>Die Regeln einer Organisation können insgesamt %1 Absendermuster enthalten.</translation>
    </message>
    <message>
        <source>No warnings: every rule decides for its patterns as written.</source>
        <translation>Keine Warnungen: Jede Regel entscheidet für ihre Muster wie angegeben.</translation>
    </message>
    <message>
        <source>Warnings about the rules (%1):</source>
        <translation>Warnungen zu den Regeln (%1):</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>the %1 selected rules</source>
        <translation>die %1 ausgewählten Regeln</translation>
    </message>
    <message>
        <source>No warnings about %1.</source>
        <translation>Keine Warnungen zu %1.</translation>
    </message>
    <message>
        <source>Warnings about %1 (%2):</source>
        <translation>Warnungen zu %1 (%2):</translation>
    </message>
    <message>
        <source>Select one rule.</source>
        <translation>Wählen Sie eine Regel aus.</translation>
    </message>
    <message>
        <source>Select one or more rules.</source>
        <translation>Wählen Sie eine oder mehrere Regeln aus.</translation>
    </message>
    <message>
        <source>Edit email flow rule</source>
        <translation>E-Mail-Flussregel bearbeiten</translation>
    </message>
    <message>
        <source>Remove the rule &quot;%1&quot; (%2)? From now on, mail from its senders is handled by the other rules, or delivered normally when none matches.</source>
        <translation>Die Regel „%1“ (%2) entfernen? Danach werden E-Mails von ihren Absendern von den anderen Regeln behandelt oder normal zugestellt, wenn keine passt.</translation>
    </message>
    <message>
        <source>Remove %1 rules? From now on, mail from their senders is handled by the other rules, or delivered normally when none matches.</source>
        <translation>%1 Regeln entfernen? Danach werden E-Mails von ihren Absendern von den anderen Regeln behandelt oder normal zugestellt, wenn keine passt.</translation>
    </message>
    <message>
        <source>Remove email flow rules</source>
        <translation>E-Mail-Flussregeln entfernen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Some rules were not removed:
%1</source>
        <translation>Einige Regeln wurden nicht entfernt:
%1</translation>
    </message>
    <message>
        <source>&amp;Test rules…</source>
        <translation>Regeln &amp;testen…</translation>
    </message>
</context>
<context>
    <name>mailroom::GroupDetailsPage</name>
    <message>
        <source>Details of the new group</source>
        <translation>Details der neuen Gruppe</translation>
    </message>
    <message>
        <source>Step 1 of 2. Mail sent to the group&apos;s address reaches its enabled members.</source>
        <translation>Schritt 1 von 2. E-Mails an die Adresse der Gruppe erreichen ihre aktivierten Mitglieder.</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>Gruppenname</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>name@%1</source>
        <translation>name@%1</translation>
    </message>
    <message>
        <source>Group &amp;name:</source>
        <translation>Gruppen&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>&amp;E-Mail-Adresse:</translation>
    </message>
</context>
<context>
    <name>mailroom::GroupDetailsPanel</name>
    <message>
        <source>Select one group to see its members and who receives its mail.</source>
        <translation>Wählen Sie eine Gruppe aus, um ihre Mitglieder und die Empfänger ihrer E-Mails anzuzeigen.</translation>
    </message>
    <message>
        <source>Who receives mail sent to the group</source>
        <translation>Wer E-Mails an die Gruppe erhält</translation>
    </message>
    <message>
        <source>Who receives mail sent to the group (enabled members, nested groups expanded):</source>
        <translation>Wer E-Mails an die Gruppe erhält (aktivierte Mitglieder, verschachtelte Gruppen aufgelöst):</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Your access is read-only.</source>
        <translation>Sie haben Nur-Lese-Zugriff.</translation>
    </message>
    <message>
        <source>This group lives in Active Directory behind an AD Connector; change its members there.</source>
        <translation>Diese Gruppe befindet sich im Active Directory hinter einem AD Connector; ändern Sie ihre Mitglieder dort.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Address: %2&lt;br&gt;State: %3&lt;br&gt;Created: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Adresse: %2&lt;br&gt;Status: %3&lt;br&gt;Erstellt: %4</translation>
    </message>
    <message>
        <source>none (enable the group to give it one)</source>
        <translation>keine (aktivieren Sie die Gruppe, damit sie eine erhält)</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;, through %3</source>
        <translation>%1 &lt;%2&gt;, über %3</translation>
    </message>
    <message>
        <source>No enabled member receives its mail yet.</source>
        <translation>Noch kein aktiviertes Mitglied erhält ihre E-Mails.</translation>
    </message>
    <message>
        <source>A disabled group receives no mail.</source>
        <translation>Eine deaktivierte Gruppe empfängt keine E-Mails.</translation>
    </message>
</context>
<context>
    <name>mailroom::GroupMembersTab</name>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Unsaved members</source>
        <translation>Nicht gespeicherte Mitglieder</translation>
    </message>
    <message>
        <source>The members of %1 have unsaved changes. Save them?</source>
        <translation>Die Mitglieder von %1 enthalten nicht gespeicherte Änderungen. Möchten Sie sie speichern?</translation>
    </message>
</context>
<context>
    <name>mailroom::GroupTableModel</name>
    <message>
        <source>No address</source>
        <translation>Keine Adresse</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
</context>
<context>
    <name>mailroom::Groups</name>
    <message>
        <source>Group name: %1 is already a group of this organization.</source>
        <translation>Gruppenname: %1 ist bereits eine Gruppe dieser Organisation.</translation>
    </message>
    <message>
        <source>Create group: this organization&apos;s groups live in Active Directory behind an AD Connector; create the group there, then enable it here.</source>
        <translation>Gruppe erstellen: Die Gruppen dieser Organisation befinden sich im Active Directory hinter einem AD Connector; erstellen Sie die Gruppe dort und aktivieren Sie sie dann hier.</translation>
    </message>
    <message>
        <source>Members: a group cannot be a member of itself.</source>
        <translation>Mitglieder: Eine Gruppe kann nicht Mitglied ihrer selbst sein.</translation>
    </message>
    <message>
        <source>Members: %1 already contains %2, so adding it would make a loop.</source>
        <translation>Mitglieder: %1 enthält bereits %2, daher würde das Hinzufügen eine Schleife erzeugen.</translation>
    </message>
    <message>
        <source>Members: this group lives in Active Directory behind an AD Connector; change its members there.</source>
        <translation>Mitglieder: Diese Gruppe befindet sich im Active Directory hinter einem AD Connector; ändern Sie ihre Mitglieder dort.</translation>
    </message>
    <message>
        <source>Members: %1 is not a member of %2.</source>
        <translation>Mitglieder: %1 ist kein Mitglied von %2.</translation>
    </message>
    <message>
        <source>Enable: %1 is already enabled.</source>
        <translation>Aktivieren: %1 ist bereits aktiviert.</translation>
    </message>
    <message>
        <source>Disable: %1 is already disabled.</source>
        <translation>Deaktivieren: %1 ist bereits deaktiviert.</translation>
    </message>
    <message>
        <source>Delete: disable %1 first; only a disabled group can be deleted.</source>
        <translation>Löschen: Deaktivieren Sie zuerst %1; nur eine deaktivierte Gruppe kann gelöscht werden.</translation>
    </message>
    <message>
        <source>Delete: %1 belongs to the organization&apos;s directory, where it stays; disabled, it receives no mail and can be enabled again.</source>
        <translation>Löschen: %1 gehört zum Verzeichnis der Organisation und bleibt dort; deaktiviert empfängt die Gruppe keine E-Mails und kann wieder aktiviert werden.</translation>
    </message>
</context>
<context>
    <name>mailroom::GroupsPane</name>
    <message>
        <source>This organization has no groups yet. A group has an address whose mail reaches all its members, and can share mailboxes and calendars with a team.</source>
        <translation>Diese Organisation hat noch keine Gruppen. Eine Gruppe hat eine Adresse, deren E-Mails alle ihre Mitglieder erreichen, und kann Postfächer und Kalender mit einem Team teilen.</translation>
    </message>
    <message>
        <source>Create group</source>
        <translation>Gruppe erstellen</translation>
    </message>
    <message>
        <source>&amp;Create group</source>
        <translation>Gruppe &amp;erstellen</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Mitglieder</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>A&amp;ktivieren</translation>
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
        <source>Search by group name or address (start of)</source>
        <translation>Nach Gruppenname oder Adresse suchen (Anfang)</translation>
    </message>
    <message>
        <source>Search groups</source>
        <translation>Gruppen suchen</translation>
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
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>%1 of %2 groups</source>
        <translation>%1 von %2 Gruppen</translation>
    </message>
    <message>
        <source>Select one group.</source>
        <translation>Wählen Sie eine Gruppe aus.</translation>
    </message>
    <message>
        <source>Select one or more groups.</source>
        <translation>Wählen Sie eine oder mehrere Gruppen aus.</translation>
    </message>
    <message>
        <source>Groups of an AD Connector directory are created in Active Directory; enable them here.</source>
        <translation>Gruppen eines AD Connector-Verzeichnisses werden im Active Directory erstellt; aktivieren Sie sie hier.</translation>
    </message>
    <message>
        <source>Only disabled groups can be enabled.</source>
        <translation>Nur deaktivierte Gruppen können aktiviert werden.</translation>
    </message>
    <message>
        <source>Only enabled groups can be disabled.</source>
        <translation>Nur aktivierte Gruppen können deaktiviert werden.</translation>
    </message>
    <message>
        <source>Disable the groups first; only disabled groups can be deleted.</source>
        <translation>Deaktivieren Sie zuerst die Gruppen; nur deaktivierte Gruppen können gelöscht werden.</translation>
    </message>
    <message>
        <source>Disable groups</source>
        <translation>Gruppen deaktivieren</translation>
    </message>
    <message numerus="yes">
        <source>Disable %n group(s)? Their addresses stop receiving mail and become free for others; the members stay.</source>
        <translation>
            <numerusform>%n Gruppe deaktivieren? Ihre Adresse empfängt dann keine E-Mails mehr und wird für andere frei; die Mitglieder bleiben erhalten.</numerusform>
            <numerusform>%n Gruppen deaktivieren? Ihre Adressen empfangen dann keine E-Mails mehr und werden für andere frei; die Mitglieder bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Disabling groups</source>
        <translation>Gruppen werden deaktiviert</translation>
    </message>
    <message>
        <source>Delete groups</source>
        <translation>Gruppen löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n group(s) for good? Their memberships, including in other groups, are lost.</source>
        <translation>
            <numerusform>%n Gruppe endgültig löschen? Ihre Mitgliedschaften, auch in anderen Gruppen, gehen verloren.</numerusform>
            <numerusform>%n Gruppen endgültig löschen? Ihre Mitgliedschaften, auch in anderen Gruppen, gehen verloren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deleting groups</source>
        <translation>Gruppen werden gelöscht</translation>
    </message>
    <message>
        <source>Groups of the organization&apos;s directory stay there; disabling one is all it needs.</source>
        <translation>Gruppen aus dem Verzeichnis der Organisation bleiben dort; es genügt, sie zu deaktivieren.</translation>
    </message>
    <message>
        <source>In interoperability mode groups are managed in Microsoft Exchange; here they can only be enabled. Use the Exchange admin center.</source>
        <translation>Im Interoperabilitätsmodus werden Gruppen in Microsoft Exchange verwaltet; hier können sie nur aktiviert werden. Verwenden Sie das Exchange Admin Center.</translation>
    </message>
</context>
<context>
    <name>mailroom::HttpsProbe</name>
    <message>
        <source>Check that the server can be reached from the internet and that the firewall lets HTTPS in on port 443, the default port of HTTPS.</source>
        <translation>Prüfen Sie, ob der Server aus dem Internet erreichbar ist und ob die Firewall eingehendes HTTPS auf Port 443, dem Standardport von HTTPS, zulässt.</translation>
    </message>
    <message>
        <source>%1 answered with HTTP status %2.</source>
        <translation>%1 hat mit dem HTTP-Status %2 geantwortet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an HTTPS address with a server name.</source>
        <translation>„%1“ ist keine HTTPS-Adresse mit einem Servernamen.</translation>
    </message>
    <message>
        <source>Enter the full address, starting with https:// and naming the server.</source>
        <translation>Geben Sie die vollständige Adresse mit dem Servernamen ein, beginnend mit https://.</translation>
    </message>
    <message>
        <source>The server name %1 could not be found.</source>
        <translation>Der Servername %1 konnte nicht gefunden werden.</translation>
    </message>
    <message>
        <source>Check that the address names the right server and that the name is published in DNS.</source>
        <translation>Prüfen Sie, ob die Adresse den richtigen Server nennt und ob der Name im DNS veröffentlicht ist.</translation>
    </message>
    <message>
        <source>No connection could be made to %1 on port %2 (%3).</source>
        <translation>Zu %1 konnte auf Port %2 keine Verbindung hergestellt werden (%3).</translation>
    </message>
    <message>
        <source>%1 did not answer on port %2 within %3 seconds.</source>
        <translation>%1 hat auf Port %2 nicht innerhalb von %3 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>it is signed by a certificate authority that is not trusted</source>
        <translation>es ist von einer Zertifizierungsstelle signiert, der nicht vertraut wird</translation>
    </message>
    <message>
        <source>Use a certificate from a public certificate authority on the server, or, when it comes from your enterprise certificate authority, add that authority&apos;s CA bundle.</source>
        <translation>Verwenden Sie auf dem Server ein Zertifikat einer öffentlichen Zertifizierungsstelle, oder fügen Sie, wenn es von der Zertifizierungsstelle Ihres Unternehmens stammt, deren CA-Bundle hinzu.</translation>
    </message>
    <message>
        <source>it has expired</source>
        <translation>es ist abgelaufen</translation>
    </message>
    <message>
        <source>Renew the server&apos;s certificate.</source>
        <translation>Erneuern Sie das Zertifikat des Servers.</translation>
    </message>
    <message>
        <source>it is not valid yet</source>
        <translation>es ist noch nicht gültig</translation>
    </message>
    <message>
        <source>Check the server&apos;s clock and the certificate&apos;s start date.</source>
        <translation>Prüfen Sie die Uhrzeit des Servers und das Anfangsdatum des Zertifikats.</translation>
    </message>
    <message>
        <source>it was issued for another host name than %1</source>
        <translation>es wurde für einen anderen Hostnamen als %1 ausgestellt</translation>
    </message>
    <message>
        <source>Use the host name that the certificate names in the address, or install a certificate that names %1.</source>
        <translation>Verwenden Sie in der Adresse den Hostnamen, den das Zertifikat nennt, oder installieren Sie ein Zertifikat, das %1 nennt.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: %2.</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut: %2.</translation>
    </message>
    <message>
        <source>Install a valid certificate for %1 on the server.</source>
        <translation>Installieren Sie auf dem Server ein gültiges Zertifikat für %1.</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>mailroom::IdentityPolicyTab</name>
    <message>
        <source>&amp;Add ses:* to the policy</source>
        <translation>ses:* in die Richtlinie a&amp;ufnehmen</translation>
    </message>
    <message>
        <source>Identity policy (JSON)</source>
        <translation>Identitätsrichtlinie (JSON)</translation>
    </message>
    <message>
        <source>Add ses:* to the policy</source>
        <translation>ses:* in die Richtlinie aufnehmen</translation>
    </message>
    <message>
        <source>The test domain has no identity policy.</source>
        <translation>Die Testdomäne hat keine Identitätsrichtlinie.</translation>
    </message>
    <message>
        <source>Take care when changing the statements the service relies on: a wrong policy can stop it from sending the domain&apos;s mail.</source>
        <translation>Seien Sie vorsichtig, wenn Sie die Anweisungen ändern, auf die sich der Dienst stützt: Eine falsche Richtlinie kann verhindern, dass er die E-Mails der Domäne sendet.</translation>
    </message>
    <message>
        <source>No unsaved edits.</source>
        <translation>Keine nicht gespeicherten Änderungen.</translation>
    </message>
    <message>
        <source>Correct the JSON first.</source>
        <translation>Korrigieren Sie zuerst das JSON.</translation>
    </message>
    <message>
        <source>%1 was added before %2, and its policy does not allow every sending action (&quot;ses:*&quot;). Until it does, the service cannot redirect the domain&apos;s mail to other addresses.</source>
        <translation>%1 wurde vor dem %2 hinzugefügt, und ihre Richtlinie erlaubt nicht alle Sendeaktionen („ses:*“). Solange das nicht der Fall ist, kann der Dienst die E-Mails der Domäne nicht an andere Adressen umleiten.</translation>
    </message>
    <message>
        <source>Save or revert your edits first.</source>
        <translation>Speichern oder verwerfen Sie zuerst Ihre Änderungen.</translation>
    </message>
    <message>
        <source>Adds &quot;ses:*&quot; to the first statement&apos;s actions and saves the policy.</source>
        <translation>Fügt „ses:*“ zu den Aktionen der ersten Anweisung hinzu und speichert die Richtlinie.</translation>
    </message>
    <message>
        <source>Unsaved identity policy</source>
        <translation>Nicht gespeicherte Identitätsrichtlinie</translation>
    </message>
    <message>
        <source>The identity policy of %1 has unsaved edits. Save them?</source>
        <translation>Die Identitätsrichtlinie von %1 enthält nicht gespeicherte Änderungen. Möchten Sie sie speichern?</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
</context>
<context>
    <name>mailroom::InteropAvailabilityPage</name>
    <message>
        <source>While mailboxes live in both places, people here and people on Exchange see each other&apos;s free/busy times only if this service can ask Exchange for them. For each domain, give the Exchange Web Services (EWS) URL and a service account allowed to read availability, then test them.</source>
        <translation>Solange sich Postfächer an beiden Orten befinden, sehen Personen hier und Personen in Exchange ihre Frei/Gebucht-Zeiten gegenseitig nur, wenn dieser Dienst Exchange danach fragen kann. Geben Sie für jede Domäne die URL der Exchange-Webdienste (EWS) und ein Dienstkonto an, das die Verfügbarkeit lesen darf, und testen Sie die Angaben dann.</translation>
    </message>
    <message>
        <source>The availability settings could not be read: %1</source>
        <translation>Die Verfügbarkeitseinstellungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No corporate domain is verified yet: verify the domains Exchange uses first.</source>
        <translation>Es ist noch keine Unternehmensdomäne verifiziert: Verifizieren Sie zuerst die Domänen, die Exchange verwendet.</translation>
    </message>
    <message>
        <source>Save settings for %1.</source>
        <translation>Speichern Sie Einstellungen für %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Test the settings of %1 until the test succeeds.</source>
        <translation>Testen Sie die Einstellungen von %1, bis der Test erfolgreich ist.</translation>
    </message>
</context>
<context>
    <name>mailroom::InteropChecklistPage</name>
    <message>
        <source>Check &amp;DNS</source>
        <translation>D&amp;NS prüfen</translation>
    </message>
    <message>
        <source>State of %1</source>
        <translation>Status von %1</translation>
    </message>
    <message>
        <source>Ask the name servers of every mail domain for its AutoDiscover and MX records</source>
        <translation>Die Nameserver jeder E-Mail-Domäne nach ihren AutoDiscover- und MX-Einträgen fragen</translation>
    </message>
    <message>
        <source>the decommission checklist could not be read.</source>
        <translation>die Checkliste für die Außerbetriebnahme konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 (not marked done yet).</source>
        <translation>%1 (noch nicht als erledigt markiert).</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 is still in interoperability mode.&lt;/b&gt; The checklist starts once interoperability is disabled: go Back to the previous page.</source>
        <translation>&lt;b&gt;%1 befindet sich noch im Interoperabilitätsmodus.&lt;/b&gt; Die Checkliste beginnt, sobald die Interoperabilität deaktiviert ist: Kehren Sie mit „Zurück“ zur vorherigen Seite zurück.</translation>
    </message>
    <message>
        <source>Interoperability is off. Work through these items — retire the old server last — and mark each one done. Check DNS looks up the AutoDiscover and MX records of every mail domain. You can close the wizard and come back later; it resumes here.</source>
        <translation>Die Interoperabilität ist ausgeschaltet. Arbeiten Sie diese Punkte ab — den alten Server nehmen Sie zuletzt außer Betrieb — und markieren Sie jeden als erledigt. „DNS prüfen“ schlägt die AutoDiscover- und MX-Einträge jeder E-Mail-Domäne nach. Sie können den Assistenten schließen und später zurückkehren; er wird dann hier fortgesetzt.</translation>
    </message>
    <message>
        <source>Marked done on %1 by %2.</source>
        <translation>Am %1 von %2 als erledigt markiert.</translation>
    </message>
    <message>
        <source>Mark not done</source>
        <translation>Als nicht erledigt markieren</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <source>Mark %1 not done</source>
        <translation>%1 als nicht erledigt markieren</translation>
    </message>
    <message>
        <source>Mark %1 done</source>
        <translation>%1 als erledigt markieren</translation>
    </message>
    <message>
        <source>The organization has no mail domain of its own; there is nothing to check.</source>
        <translation>Die Organisation hat keine eigene E-Mail-Domäne; es gibt nichts zu prüfen.</translation>
    </message>
    <message>
        <source>Mail domains checked: %1, at %2.</source>
        <translation>Geprüfte E-Mail-Domänen: %1, am %2.</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The DNS check was cancelled; %1 of %2 mail domains were checked and recorded.</source>
        <translation>Die DNS-Prüfung wurde abgebrochen; %1 von %2 E-Mail-Domänen wurden geprüft und gespeichert.</translation>
    </message>
</context>
<context>
    <name>mailroom::InteropDisablePage</name>
    <message>
        <source>&amp;Disable interoperability…</source>
        <translation>Interoperabilität &amp;deaktivieren…</translation>
    </message>
    <message>
        <source>What disabling does</source>
        <translation>Was das Deaktivieren bewirkt</translation>
    </message>
    <message>
        <source>Earlier steps not done</source>
        <translation>Nicht erledigte frühere Schritte</translation>
    </message>
    <message>
        <source>Outcome of disabling</source>
        <translation>Ergebnis des Deaktivierens</translation>
    </message>
    <message>
        <source>Disable interoperability</source>
        <translation>Interoperabilität deaktivieren</translation>
    </message>
    <message>
        <source>Asks you to type the organization&apos;s alias, then turns interoperability off for good</source>
        <translation>Fordert Sie auf, den Alias der Organisation einzugeben, und schaltet dann die Interoperabilität endgültig aus</translation>
    </message>
    <message>
        <source>disable interoperability: press Disable interoperability… and type the alias to confirm.</source>
        <translation>Interoperabilität deaktivieren: Klicken Sie auf „Interoperabilität deaktivieren…“, und geben Sie zur Bestätigung den Alias ein.</translation>
    </message>
    <message>
        <source>This organization no longer exists.</source>
        <translation>Diese Organisation existiert nicht mehr.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is in interoperability mode with Microsoft Exchange. Disable it once every mailbox has moved here. &lt;b&gt;This cannot be undone&lt;/b&gt;: interoperability can never be turned on again for this organization.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; befindet sich im Interoperabilitätsmodus mit Microsoft Exchange. Deaktivieren Sie ihn, sobald alle Postfächer hierher umgezogen sind. &lt;b&gt;Dies kann nicht rückgängig gemacht werden&lt;/b&gt;: Die Interoperabilität kann für diese Organisation nie wieder eingeschaltet werden.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Users and groups that are not enabled here leave the address book (users not enabled now: %1; groups not enabled now: %2). Enabling one later adds it back.</source>
        <translation>Benutzer und Gruppen, die hier nicht aktiviert sind, werden aus dem Adressbuch entfernt (derzeit nicht aktivierte Benutzer: %1; derzeit nicht aktivierte Gruppen: %2). Wird einer davon später aktiviert, wird er wieder aufgenommen.</translation>
    </message>
    <message>
        <source>Resources that live in Exchange leave the address book and cannot be enabled: create them here afterwards (the first item of the decommission checklist).</source>
        <translation>Ressourcen, die sich in Exchange befinden, werden aus dem Adressbuch entfernt und können nicht aktiviert werden: Erstellen Sie sie anschließend hier (der erste Punkt der Checkliste für die Außerbetriebnahme).</translation>
    </message>
    <message>
        <source>The interoperability limits end: users, groups and resources are managed here instead of in Exchange; addresses and aliases can be edited and resources can be created.</source>
        <translation>Die Einschränkungen der Interoperabilität entfallen: Benutzer, Gruppen und Ressourcen werden hier statt in Exchange verwaltet; Adressen und Aliasse können bearbeitet und Ressourcen erstellt werden.</translation>
    </message>
    <message>
        <source>Exchange no longer shares calendar free/busy information with this organization, and the addresses of enabled users are no longer copied from Exchange every four hours.</source>
        <translation>Exchange teilt keine Frei/Gebucht-Informationen aus Kalendern mehr mit dieser Organisation, und die Adressen aktivierter Benutzer werden nicht mehr alle vier Stunden aus Exchange übernommen.</translation>
    </message>
    <message>
        <source>Afterwards the checklist follows: publish the AutoDiscover record, switch the MX record to the service, then retire the Exchange server.</source>
        <translation>Danach folgt die Checkliste: Veröffentlichen Sie den AutoDiscover-Eintrag, stellen Sie den MX-Eintrag auf den Dienst um, und nehmen Sie dann den Exchange-Server außer Betrieb.</translation>
    </message>
    <message>
        <source>What disabling does:</source>
        <translation>Was das Deaktivieren bewirkt:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Risk:&lt;/b&gt; these earlier steps are not done: %1. Disabling before the migration is complete can bounce mail or disrupt users; go Back and finish them first.</source>
        <translation>&lt;b&gt;Risiko:&lt;/b&gt; Diese früheren Schritte sind nicht erledigt: %1. Wenn Sie vor dem Abschluss der Migration deaktivieren, können E-Mails unzustellbar zurückgesendet oder Benutzer bei der Arbeit gestört werden; kehren Sie mit „Zurück“ zurück, und erledigen Sie diese Schritte zuerst.</translation>
    </message>
    <message>
        <source>Interoperability of &lt;b&gt;%1&lt;/b&gt; was disabled on %2 by %3. It cannot be turned on again; Next leads to the decommission checklist.</source>
        <translation>Die Interoperabilität von &lt;b&gt;%1&lt;/b&gt; wurde am %2 von %3 deaktiviert. Sie kann nicht wieder eingeschaltet werden; „Weiter“ führt zur Checkliste für die Außerbetriebnahme.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is not in interoperability mode, so there is nothing to disable; Next leads to the decommission checklist.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; befindet sich nicht im Interoperabilitätsmodus, daher gibt es nichts zu deaktivieren; „Weiter“ führt zur Checkliste für die Außerbetriebnahme.</translation>
    </message>
    <message>
        <source>Interoperability is off.</source>
        <translation>Die Interoperabilität ist ausgeschaltet.</translation>
    </message>
    <message>
        <source>Users not enabled, now out of the address book: %1.</source>
        <translation>Nicht aktivierte Benutzer, jetzt nicht mehr im Adressbuch: %1.</translation>
    </message>
    <message>
        <source>Groups not enabled, now out of the address book: %1.</source>
        <translation>Nicht aktivierte Gruppen, jetzt nicht mehr im Adressbuch: %1.</translation>
    </message>
    <message>
        <source>Enabling any of them later adds it back to the address book.</source>
        <translation>Wird einer davon später aktiviert, wird er wieder in das Adressbuch aufgenommen.</translation>
    </message>
    <message>
        <source>Decommission checklist items to do: %1.</source>
        <translation>Offene Punkte der Checkliste für die Außerbetriebnahme: %1.</translation>
    </message>
    <message>
        <source>Interoperability of %1 with Microsoft Exchange will be turned off for good; it cannot be undone. Users and groups that are not enabled leave the address book, and Exchange resources must be created here again.</source>
        <translation>Die Interoperabilität von %1 mit Microsoft Exchange wird endgültig ausgeschaltet; dies kann nicht rückgängig gemacht werden. Nicht aktivierte Benutzer und Gruppen werden aus dem Adressbuch entfernt, und Exchange-Ressourcen müssen hier neu erstellt werden.</translation>
    </message>
</context>
<context>
    <name>mailroom::InteropExchangeCommandPage</name>
    <message>
        <source>Availability address space commands</source>
        <translation>Befehle für den Verfügbarkeitsadressraum</translation>
    </message>
    <message>
        <source>I &amp;ran these commands in the Exchange Management Shell</source>
        <translation>Ich habe diese Befehle in der Exchange-Verwaltungsshell &amp;ausgeführt</translation>
    </message>
    <message>
        <source>So that Exchange asks this organization for the free/busy times of the users enabled here, run these commands in the Exchange Management Shell on your Exchange server.</source>
        <translation>Damit Exchange bei dieser Organisation die Frei/Gebucht-Zeiten der hier aktivierten Benutzer abfragt, führen Sie diese Befehle in der Exchange-Verwaltungsshell auf Ihrem Exchange-Server aus.</translation>
    </message>
    <message>
        <source>User name for the credential prompt:</source>
        <translation>Benutzername für die Abfrage der Anmeldeinformationen:</translation>
    </message>
    <message>
        <source>User name for the credential prompt</source>
        <translation>Benutzername für die Abfrage der Anmeldeinformationen</translation>
    </message>
    <message>
        <source>Copy &amp;user name</source>
        <translation>&amp;Benutzernamen kopieren</translation>
    </message>
    <message>
        <source>Copy the user name for the credential prompt</source>
        <translation>Den Benutzernamen für die Abfrage der Anmeldeinformationen kopieren</translation>
    </message>
    <message>
        <source>Notes on the commands</source>
        <translation>Hinweise zu den Befehlen</translation>
    </message>
    <message>
        <source>I ran these commands in the Exchange Management Shell</source>
        <translation>Ich habe diese Befehle in der Exchange-Verwaltungsshell ausgeführt</translation>
    </message>
    <message>
        <source>The commands cannot be filled in (see below).</source>
        <translation>Die Befehle können nicht ausgefüllt werden (siehe unten).</translation>
    </message>
    <message>
        <source>Run the commands in the Exchange Management Shell, then tick the box that says you ran them.</source>
        <translation>Führen Sie die Befehle in der Exchange-Verwaltungsshell aus, und aktivieren Sie dann das Kontrollkästchen, mit dem Sie bestätigen, dass Sie sie ausgeführt haben.</translation>
    </message>
</context>
<context>
    <name>mailroom::InteropMigrationPage</name>
    <message>
        <source>Client configuration is d&amp;one</source>
        <translation>Client-Konfiguration ist &amp;erledigt</translation>
    </message>
    <message>
        <source>Client configuration is done</source>
        <translation>Client-Konfiguration ist erledigt</translation>
    </message>
    <message>
        <source>Tick it once the users&apos; mail clients work with the service; only you can tell.</source>
        <translation>Aktivieren Sie dieses Kontrollkästchen, sobald die E-Mail-Clients der Benutzer mit dem Dienst funktionieren; das können nur Sie beurteilen.</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n weitere</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait for the DNS check to end, or cancel it.</source>
        <translation>Warten Sie, bis die DNS-Prüfung beendet ist, oder brechen Sie sie ab.</translation>
    </message>
    <message>
        <source>Publish the records not found for %1 and check again.</source>
        <translation>Veröffentlichen Sie die nicht gefundenen Einträge für %1, und prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>Check the DNS of %1.</source>
        <translation>Prüfen Sie das DNS von %1.</translation>
    </message>
    <message>
        <source>Tick &quot;Client configuration is done&quot; once the users&apos; mail clients are set up.</source>
        <translation>Aktivieren Sie „Client-Konfiguration ist erledigt“, sobald die E-Mail-Clients der Benutzer eingerichtet sind.</translation>
    </message>
</context>
<context>
    <name>mailroom::InteropPane</name>
    <message>
        <source>Directory synchronisation</source>
        <translation>Verzeichnissynchronisierung</translation>
    </message>
    <message>
        <source>Availability settings</source>
        <translation>Verfügbarkeitseinstellungen</translation>
    </message>
    <message>
        <source>&amp;Open the wizard</source>
        <translation>Assistenten &amp;öffnen</translation>
    </message>
    <message>
        <source>Open the interoperability and migration wizard</source>
        <translation>Den Interoperabilitäts- und Migrationsassistenten öffnen</translation>
    </message>
    <message>
        <source>Exchange Web Services of each domain, so that users here and users still in Exchange see each other&apos;s free/busy times. The service account&apos;s password is kept only in the system keychain.</source>
        <translation>Die Exchange-Webdienste jeder Domäne, damit Benutzer hier und Benutzer, die sich noch in Exchange befinden, gegenseitig ihre Frei/Gebucht-Zeiten sehen. Das Passwort des Dienstkontos wird nur im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>Migration wizard</source>
        <translation>Migrationsassistent</translation>
    </message>
    <message>
        <source>%1 is in interoperability mode with Microsoft Exchange: users, groups and resources are managed in Exchange, users and groups can only be enabled here, and mail reaches each user where the routing says. The wizard walks you from here to a fully migrated organization.</source>
        <translation>%1 befindet sich im Interoperabilitätsmodus mit Microsoft Exchange: Benutzer, Gruppen und Ressourcen werden in Exchange verwaltet, Benutzer und Gruppen können hier nur aktiviert werden, und E-Mails erreichen jeden Benutzer dort, wohin das Routing sie leitet. Der Assistent führt Sie von hier aus bis zu einer vollständig migrierten Organisation.</translation>
    </message>
    <message>
        <source>Interoperability with Microsoft Exchange was disabled on %1; this cannot be undone. Finish the decommission checklist in the wizard.</source>
        <translation>Die Interoperabilität mit Microsoft Exchange wurde am %1 deaktiviert; dies kann nicht rückgängig gemacht werden. Arbeiten Sie die Checkliste für die Außerbetriebnahme im Assistenten ab.</translation>
    </message>
    <message>
        <source>%1 is not in interoperability mode. The mode can only be chosen when an organization is created with Standard setup on an AD Connector directory.</source>
        <translation>%1 befindet sich nicht im Interoperabilitätsmodus. Der Modus kann nur gewählt werden, wenn eine Organisation mit der Standardeinrichtung auf einem AD Connector-Verzeichnis erstellt wird.</translation>
    </message>
    <message>
        <source>&amp;Resume the wizard</source>
        <translation>Assistenten &amp;fortsetzen</translation>
    </message>
    <message>
        <source>Interoperability with Microsoft Exchange was disabled on %1; this cannot be undone. The decommission checklist is complete.</source>
        <translation>Die Interoperabilität mit Microsoft Exchange wurde am %1 deaktiviert; dies kann nicht rückgängig gemacht werden. Die Checkliste für die Außerbetriebnahme ist abgeschlossen.</translation>
    </message>
</context>
<context>
    <name>mailroom::InteropPrerequisitesPage</name>
    <message>
        <source>Check &amp;DNS</source>
        <translation>D&amp;NS prüfen</translation>
    </message>
    <message>
        <source>The &amp;mailboxes of the users to move have been migrated</source>
        <translation>Die &amp;Postfächer der umziehenden Benutzer wurden migriert</translation>
    </message>
    <message>
        <source>Interoperability needs these in place before availability and email routing are set up. The list follows changes made elsewhere in the console; the MX records are asked of the DNS.</source>
        <translation>Die Interoperabilität setzt diese Punkte voraus, bevor Verfügbarkeit und E-Mail-Routing eingerichtet werden. Die Liste berücksichtigt automatisch Änderungen, die an anderer Stelle in der Konsole vorgenommen werden; die MX-Einträge werden im DNS abgefragt.</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>Voraussetzungen</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Ask the DNS where the MX records of the verified domains point</source>
        <translation>Im DNS abfragen, wohin die MX-Einträge der verifizierten Domänen verweisen</translation>
    </message>
    <message>
        <source>The mailboxes of the users to move have been migrated</source>
        <translation>Die Postfächer der umziehenden Benutzer wurden migriert</translation>
    </message>
    <message>
        <source>The console cannot see into Exchange: confirm it once the migration is done</source>
        <translation>Die Konsole kann nicht in Exchange hineinsehen: Bestätigen Sie dies, sobald die Migration abgeschlossen ist</translation>
    </message>
    <message>
        <source>The DNS has not been checked yet.</source>
        <translation>Das DNS wurde noch nicht geprüft.</translation>
    </message>
    <message>
        <source>%1 (you confirm)</source>
        <translation>%1 (Sie bestätigen)</translation>
    </message>
    <message>
        <source>The prerequisites could not be read: %1</source>
        <translation>Die Voraussetzungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the MX record of %1 points at this service</source>
        <translation>der MX-Eintrag von %1 verweist auf diesen Dienst</translation>
    </message>
    <message>
        <source>interoperability mode</source>
        <translation>der Interoperabilitätsmodus</translation>
    </message>
    <message>
        <source>an AD Connector</source>
        <translation>ein AD Connector</translation>
    </message>
    <message>
        <source>an enabled user</source>
        <translation>ein aktivierter Benutzer</translation>
    </message>
    <message>
        <source>a verified corporate domain</source>
        <translation>eine verifizierte Unternehmensdomäne</translation>
    </message>
    <message>
        <source>verification of %1</source>
        <translation>die Verifizierung von %1</translation>
    </message>
    <message>
        <source>an MX record for %1</source>
        <translation>ein MX-Eintrag für %1</translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation>Fehlt: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>To fix: %1.</source>
        <translation>Zu beheben: %1.</translation>
    </message>
    <message>
        <source>The DNS check is running.</source>
        <translation>Die DNS-Prüfung läuft.</translation>
    </message>
    <message>
        <source>The DNS check has no result for %1.</source>
        <translation>Die DNS-Prüfung hat kein Ergebnis für %1.</translation>
    </message>
    <message>
        <source>Confirm that the mailboxes have been migrated.</source>
        <translation>Bestätigen Sie, dass die Postfächer migriert wurden.</translation>
    </message>
    <message>
        <source>Starting the DNS check…</source>
        <translation>Die DNS-Prüfung wird gestartet…</translation>
    </message>
    <message>
        <source>The DNS check was cancelled; the domains it had not reached keep their earlier result.</source>
        <translation>Die DNS-Prüfung wurde abgebrochen; die Domänen, die sie noch nicht erreicht hatte, behalten ihr früheres Ergebnis.</translation>
    </message>
    <message>
        <source>Checking the MX record of %1 (%2 of %3)…</source>
        <translation>Der MX-Eintrag von %1 wird geprüft (%2 von %3)…</translation>
    </message>
    <message>
        <source>DNS checked at %1.</source>
        <translation>DNS geprüft um %1.</translation>
    </message>
    <message>
        <source>There is no verified domain whose MX record could be checked yet.</source>
        <translation>Es gibt noch keine verifizierte Domäne, deren MX-Eintrag geprüft werden könnte.</translation>
    </message>
</context>
<context>
    <name>mailroom::InteropProgress</name>
    <message>
        <source>Prerequisites</source>
        <translation>Voraussetzungen</translation>
    </message>
    <message>
        <source>Availability settings</source>
        <translation>Verfügbarkeitseinstellungen</translation>
    </message>
    <message>
        <source>Availability in Exchange</source>
        <translation>Verfügbarkeit in Exchange</translation>
    </message>
    <message>
        <source>Email routing</source>
        <translation>E-Mail-Routing</translation>
    </message>
    <message>
        <source>Complete the migration</source>
        <translation>Migration abschließen</translation>
    </message>
    <message>
        <source>Disable interoperability</source>
        <translation>Interoperabilität deaktivieren</translation>
    </message>
    <message>
        <source>Create resources</source>
        <translation>Ressourcen erstellen</translation>
    </message>
    <message>
        <source>AutoDiscover record</source>
        <translation>AutoDiscover-Eintrag</translation>
    </message>
    <message>
        <source>Switch the MX record</source>
        <translation>MX-Eintrag umstellen</translation>
    </message>
    <message>
        <source>Decommission the old mail server</source>
        <translation>Alten Mailserver außer Betrieb nehmen</translation>
    </message>
    <message>
        <source>Check that the organization is ready: an enabled user, the AD Connector, verified domains, migrated mailboxes and DNS still pointing at Exchange.</source>
        <translation>Prüfen Sie, ob die Organisation bereit ist: ein aktivierter Benutzer, der AD Connector, verifizierte Domänen, migrierte Postfächer und ein DNS, das noch auf Exchange verweist.</translation>
    </message>
    <message>
        <source>Save and test the availability settings of each domain.</source>
        <translation>Speichern und testen Sie die Verfügbarkeitseinstellungen jeder Domäne.</translation>
    </message>
    <message>
        <source>Run the availability address space command in the Exchange Management Shell.</source>
        <translation>Führen Sie den Befehl für den Verfügbarkeitsadressraum in der Exchange-Verwaltungsshell aus.</translation>
    </message>
    <message>
        <source>Give each user both required addresses and run the routing commands in Exchange.</source>
        <translation>Geben Sie jedem Benutzer beide erforderlichen Adressen, und führen Sie die Routing-Befehle in Exchange aus.</translation>
    </message>
    <message>
        <source>Check the DNS records and configure the email clients.</source>
        <translation>Prüfen Sie die DNS-Einträge, und konfigurieren Sie die E-Mail-Clients.</translation>
    </message>
    <message>
        <source>Turn interoperability off for good; users and groups not enabled leave the address book.</source>
        <translation>Schalten Sie die Interoperabilität endgültig aus; nicht aktivierte Benutzer und Gruppen werden aus dem Adressbuch entfernt.</translation>
    </message>
    <message>
        <source>Create the meeting rooms and equipment that Exchange used to provide.</source>
        <translation>Erstellen Sie die Besprechungsräume und Geräte, die bisher Exchange bereitgestellt hat.</translation>
    </message>
    <message>
        <source>Publish an AutoDiscover record for every mail domain.</source>
        <translation>Veröffentlichen Sie für jede E-Mail-Domäne einen AutoDiscover-Eintrag.</translation>
    </message>
    <message>
        <source>Point the MX record at the service; the change can take up to 72 hours to reach every DNS server.</source>
        <translation>Lassen Sie den MX-Eintrag auf den Dienst verweisen; es kann bis zu 72 Stunden dauern, bis die Änderung alle DNS-Server erreicht.</translation>
    </message>
    <message>
        <source>Once all mail arrives here directly, retire the Exchange server if it is no longer needed.</source>
        <translation>Sobald alle E-Mails direkt hier ankommen, nehmen Sie den Exchange-Server außer Betrieb, wenn er nicht mehr benötigt wird.</translation>
    </message>
    <message>
        <source>Disabling interoperability cannot be undone.</source>
        <translation>Das Deaktivieren der Interoperabilität kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>The step &quot;disable&quot; is done by disabling interoperability, not by marking it.</source>
        <translation>Der Schritt „disable“ wird erledigt, indem Sie die Interoperabilität deaktivieren, nicht durch Markieren.</translation>
    </message>
    <message>
        <source>%1 is done for the organization as a whole, not per user.</source>
        <translation>%1 wird für die Organisation als Ganzes erledigt, nicht pro Benutzer.</translation>
    </message>
    <message>
        <source>User: there is no such user in this organization.</source>
        <translation>Benutzer: Einen solchen Benutzer gibt es in dieser Organisation nicht.</translation>
    </message>
    <message>
        <source>%1 comes after interoperability is disabled; %2 is still in interoperability mode.</source>
        <translation>%1 folgt erst nach dem Deaktivieren der Interoperabilität; %2 befindet sich noch im Interoperabilitätsmodus.</translation>
    </message>
    <message>
        <source>%1 is not marked done.</source>
        <translation>%1 ist nicht als erledigt markiert.</translation>
    </message>
    <message>
        <source>Disable interoperability: %1 is not in interoperability mode, so there is nothing to disable; it cannot be turned on again.</source>
        <translation>Interoperabilität deaktivieren: %1 befindet sich nicht im Interoperabilitätsmodus, daher gibt es nichts zu deaktivieren; der Modus kann nicht wieder eingeschaltet werden.</translation>
    </message>
    <message>
        <source>Confirmation: type the alias %1 exactly to disable interoperability; this cannot be undone.</source>
        <translation>Bestätigung: Geben Sie genau den Alias %1 ein, um die Interoperabilität zu deaktivieren; dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>%1 is not enabled here yet: enable %1 before routing its mail here.</source>
        <translation>%1 ist hier noch nicht aktiviert: Aktivieren Sie %1, bevor Sie seine E-Mails hierher leiten.</translation>
    </message>
    <message>
        <source>The routing of %1 cannot be marked done: %1 has no address from Exchange. %2</source>
        <translation>Das Routing von %1 kann nicht als erledigt markiert werden: %1 hat keine Adresse aus Exchange. %2</translation>
    </message>
    <message>
        <source>The routing of %1 cannot be marked done: the address %2 is missing. Add it to %1 in the Exchange admin center; the directory then synchronises it here.</source>
        <translation>Das Routing von %1 kann nicht als erledigt markiert werden: Die Adresse %2 fehlt. Fügen Sie sie %1 im Exchange Admin Center hinzu; das Verzeichnis synchronisiert sie dann hierher.</translation>
    </message>
</context>
<context>
    <name>mailroom::InteropProgressView</name>
    <message>
        <source>Steps of the interoperability wizard</source>
        <translation>Schritte des Interoperabilitätsassistenten</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>%1 of %2 enabled users</source>
        <translation>%1 von %2 aktivierten Benutzern</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>Every step is done.</source>
        <translation>Alle Schritte sind erledigt.</translation>
    </message>
    <message>
        <source>The wizard resumes at: %1.</source>
        <translation>Der Assistent wird fortgesetzt bei: %1.</translation>
    </message>
</context>
<context>
    <name>mailroom::InteropRoutingPage</name>
    <message>
        <source>&amp;Mark routing done</source>
        <translation>Routing als erledigt &amp;markieren</translation>
    </message>
    <message>
        <source>Mark not &amp;done</source>
        <translation>Als &amp;nicht erledigt markieren</translation>
    </message>
    <message>
        <source>&amp;Enable…</source>
        <translation>A&amp;ktivieren…</translation>
    </message>
    <message>
        <source>Mark the routing of the selected users done</source>
        <translation>Das Routing der ausgewählten Benutzer als erledigt markieren</translation>
    </message>
    <message>
        <source>Mark the routing of the selected users not done</source>
        <translation>Das Routing der ausgewählten Benutzer als nicht erledigt markieren</translation>
    </message>
    <message>
        <source>Enable the selected users</source>
        <translation>Die ausgewählten Benutzer aktivieren</translation>
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
        <source>Which users to show</source>
        <translation>Anzuzeigende Benutzer</translation>
    </message>
    <message>
        <source>Enabled users</source>
        <translation>Aktivierte Benutzer</translation>
    </message>
    <message>
        <source>Users not enabled</source>
        <translation>Nicht aktivierte Benutzer</translation>
    </message>
    <message>
        <source>Users and their email routing</source>
        <translation>Benutzer und ihr E-Mail-Routing</translation>
    </message>
    <message>
        <source>The users cannot be read (see below).</source>
        <translation>Die Benutzer können nicht gelesen werden (siehe unten).</translation>
    </message>
    <message>
        <source>No user is enabled here yet: enable the users whose mail moves here (show the users not enabled), then route their mail.</source>
        <translation>Hier ist noch kein Benutzer aktiviert: Aktivieren Sie die Benutzer, deren E-Mails hierher umziehen (zeigen Sie dazu die nicht aktivierten Benutzer an), und richten Sie dann das Routing ihrer E-Mails ein.</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>%1 weitere</translation>
    </message>
    <message>
        <source>1 enabled user still needs its routing marked done: %1.</source>
        <translation>Bei 1 aktivierten Benutzer muss das Routing noch als erledigt markiert werden: %1.</translation>
    </message>
    <message>
        <source>%1 enabled users still need their routing marked done: %2.</source>
        <translation>Bei %1 aktivierten Benutzern muss das Routing noch als erledigt markiert werden: %2.</translation>
    </message>
    <message>
        <source>%1 of %2 enabled users</source>
        <translation>%1 von %2 aktivierten Benutzern</translation>
    </message>
    <message>
        <source>%1 of %2 users not enabled</source>
        <translation>%1 von %2 nicht aktivierten Benutzern</translation>
    </message>
    <message>
        <source>No user&apos;s username, display name or address starts with &quot;%1&quot;.</source>
        <translation>Bei keinem Benutzer beginnt der Benutzername, der Anzeigename oder die Adresse mit „%1“.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Suche löschen</translation>
    </message>
    <message>
        <source>No user of the directory is enabled here yet. Enable the users whose mailboxes move here; they keep the address Exchange gave them.</source>
        <translation>Noch kein Benutzer des Verzeichnisses ist hier aktiviert. Aktivieren Sie die Benutzer, deren Postfächer hierher umziehen; sie behalten die Adresse, die Exchange ihnen gegeben hat.</translation>
    </message>
    <message>
        <source>Show users not enabled</source>
        <translation>Nicht aktivierte Benutzer anzeigen</translation>
    </message>
    <message>
        <source>Every user of the directory is enabled here.</source>
        <translation>Alle Benutzer des Verzeichnisses sind hier aktiviert.</translation>
    </message>
    <message>
        <source>Show enabled users</source>
        <translation>Aktivierte Benutzer anzeigen</translation>
    </message>
    <message>
        <source>Choose enabled users whose routing is not marked done.</source>
        <translation>Wählen Sie aktivierte Benutzer aus, deren Routing nicht als erledigt markiert ist.</translation>
    </message>
    <message>
        <source>Choose users whose routing is marked done.</source>
        <translation>Wählen Sie Benutzer aus, deren Routing als erledigt markiert ist.</translation>
    </message>
    <message>
        <source>Choose users that are not enabled yet: show the users not enabled first.</source>
        <translation>Wählen Sie Benutzer aus, die noch nicht aktiviert sind: Zeigen Sie zuerst die nicht aktivierten Benutzer an.</translation>
    </message>
    <message>
        <source>Choose a user to see the addresses it needs here and the Exchange commands that route its mail here.</source>
        <translation>Wählen Sie einen Benutzer aus, um die Adressen, die er hier benötigt, und die Exchange-Befehle anzuzeigen, die seine E-Mails hierher leiten.</translation>
    </message>
    <message>
        <source>Marking routing done</source>
        <translation>Routing wird als erledigt markiert</translation>
    </message>
    <message>
        <source>Marking routing not done</source>
        <translation>Routing wird als nicht erledigt markiert</translation>
    </message>
</context>
<context>
    <name>mailroom::InteropWizard</name>
    <message>
        <source>Interoperability and migration: %1</source>
        <translation>Interoperabilität und Migration: %1</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Schl&amp;ießen</translation>
    </message>
</context>
<context>
    <name>mailroom::InteropWizardPage</name>
    <message>
        <source>Decommission checklist</source>
        <translation>Checkliste für die Außerbetriebnahme</translation>
    </message>
    <message>
        <source>Nothing is left on this page.</source>
        <translation>Auf dieser Seite ist nichts mehr zu tun.</translation>
    </message>
    <message>
        <source>Left: %1</source>
        <translation>Noch zu tun: %1</translation>
    </message>
    <message>
        <source>Step %1 of %2. %3</source>
        <translation>Schritt %1 von %2. %3</translation>
    </message>
</context>
<context>
    <name>mailroom::JournalingPane</name>
    <message>
        <source>&amp;Journal every message sent to or from the organization&apos;s users</source>
        <translation>Für jede Nachricht an oder von Benutzern der Organisation einen &amp;Journaleintrag erstellen</translation>
    </message>
    <message>
        <source>While journaling is on, a journal record — a copy of the message in a format that archiving and eDiscovery tools read — is sent for every message that the organization&apos;s users send or receive: one record per message, however many recipients it has.</source>
        <translation>Solange Journaling eingeschaltet ist, wird für jede Nachricht, die Benutzer der Organisation senden oder empfangen, ein Journaleintrag gesendet — eine Kopie der Nachricht in einem Format, das Archivierungs- und eDiscovery-Tools lesen: ein Eintrag pro Nachricht, unabhängig von der Anzahl ihrer Empfänger.</translation>
    </message>
    <message>
        <source>Journaling</source>
        <translation>Journaling</translation>
    </message>
    <message>
        <source>Journaling address</source>
        <translation>Journaling-Adresse</translation>
    </message>
    <message>
        <source>journal@archive.example.com</source>
        <translation>journal@archive.example.com</translation>
    </message>
    <message>
        <source>Where journal records are sent: the mailbox or archiving service your journaling provider gives you. It may be outside the organization.</source>
        <translation>Wohin Journaleinträge gesendet werden: das Postfach oder der Archivierungsdienst, den Ihr Journaling-Anbieter Ihnen bereitstellt. Die Adresse kann außerhalb der Organisation liegen.</translation>
    </message>
    <message>
        <source>Report address</source>
        <translation>Berichtsadresse</translation>
    </message>
    <message>
        <source>Where a notice is sent when a message could not be journaled, usually an administrator&apos;s address.</source>
        <translation>Wohin eine Benachrichtigung gesendet wird, wenn für eine Nachricht kein Journaleintrag erstellt werden konnte, in der Regel die Adresse eines Administrators.</translation>
    </message>
    <message>
        <source>Journal sender</source>
        <translation>Journalabsender</translation>
    </message>
    <message>
        <source>Journaling:</source>
        <translation>Journaling:</translation>
    </message>
    <message>
        <source>Journaling &amp;address:</source>
        <translation>Journaling-&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Report address:</source>
        <translation>&amp;Berichtsadresse:</translation>
    </message>
    <message>
        <source>Journal records are sent from &lt;b&gt;%1&lt;/b&gt;. That address has no mailbox, and no user, group or resource can take its name or address.</source>
        <translation>Journaleinträge werden von &lt;b&gt;%1&lt;/b&gt; gesendet. Diese Adresse hat kein Postfach, und kein Benutzer, keine Gruppe und keine Ressource kann ihren Namen oder ihre Adresse verwenden.</translation>
    </message>
    <message>
        <source>admin@example.com</source>
        <translation>admin@example.com</translation>
    </message>
    <message>
        <source>admin@%1</source>
        <translation>admin@%1</translation>
    </message>
    <message>
        <source>Turn journaling on to change the addresses.</source>
        <translation>Schalten Sie das Journaling ein, um die Adressen zu ändern.</translation>
    </message>
    <message>
        <source>No unsaved edits.</source>
        <translation>Keine nicht gespeicherten Änderungen.</translation>
    </message>
    <message>
        <source>Applies the settings at once.</source>
        <translation>Wendet die Einstellungen sofort an.</translation>
    </message>
    <message>
        <source>Changes apply as soon as you save them.</source>
        <translation>Änderungen gelten, sobald Sie sie speichern.</translation>
    </message>
    <message>
        <source>Unsaved journaling settings</source>
        <translation>Nicht gespeicherte Journaling-Einstellungen</translation>
    </message>
    <message>
        <source>The journaling settings of %1 have unsaved edits. Save them?</source>
        <translation>Die Journaling-Einstellungen von %1 enthalten nicht gespeicherte Änderungen. Möchten Sie sie speichern?</translation>
    </message>
    <message>
        <source>journaling</source>
        <translation>das Journaling</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
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
    <message>
        <source>Enable</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>%1: %2 is a resource of Microsoft Exchange. In interoperability mode resources stay in Exchange; once interoperability is disabled, create it in the Resources pane.</source>
        <translation>%1: %2 ist eine Ressource von Microsoft Exchange. Im Interoperabilitätsmodus bleiben Ressourcen in Exchange; erstellen Sie sie nach dem Deaktivieren der Interoperabilität im Bereich „Ressourcen“.</translation>
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
    <name>mailroom::MemberListModel</name>
    <message>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source> (disabled)</source>
        <translation> (deaktiviert)</translation>
    </message>
    <message>
        <source>No email address</source>
        <translation>Keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>mailroom::MemberPicker</name>
    <message>
        <source>Chosen</source>
        <translation>Ausgewählt</translation>
    </message>
    <message>
        <source>Search by first name, last name, username or group name</source>
        <translation>Nach Vorname, Nachname, Benutzername oder Gruppenname suchen</translation>
    </message>
    <message>
        <source>Search users and groups</source>
        <translation>Benutzer und Gruppen suchen</translation>
    </message>
    <message>
        <source>Users and groups found</source>
        <translation>Gefundene Benutzer und Gruppen</translation>
    </message>
    <message>
        <source>Chosen users and groups</source>
        <translation>Ausgewählte Benutzer und Gruppen</translation>
    </message>
    <message>
        <source>Add the selected users and groups</source>
        <translation>Die markierten Benutzer und Gruppen hinzufügen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Take the selected users and groups out</source>
        <translation>Die markierten Benutzer und Gruppen herausnehmen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>No users or groups to add.</source>
        <translation>Keine Benutzer oder Gruppen zum Hinzufügen.</translation>
    </message>
    <message>
        <source>No user or group starts with “%1”.</source>
        <translation>Kein Benutzer und keine Gruppe beginnt mit „%1“.</translation>
    </message>
    <message>
        <source>Showing the first %1; type more to narrow the search.</source>
        <translation>Die ersten %1 werden angezeigt; geben Sie mehr ein, um die Suche einzugrenzen.</translation>
    </message>
</context>
<context>
    <name>mailroom::MessageFile</name>
    <message>
        <source>Message file: %1 cannot be read: %2.</source>
        <translation>Nachrichtendatei: %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Message file: %1 has no From header with an address; is it an .eml file?</source>
        <translation>Nachrichtendatei: %1 hat keinen From-Header mit einer Adresse; ist es eine .eml-Datei?</translation>
    </message>
    <message>
        <source>The attachment %1 is refused: files ending in .%2 are not accepted.</source>
        <translation>Der Anhang %1 wird abgelehnt: Dateien mit der Endung .%2 werden nicht angenommen.</translation>
    </message>
    <message>
        <source>The message is refused: it is %1, over the limit of 25 MB.</source>
        <translation>Die Nachricht wird abgelehnt: Sie ist %1 groß und überschreitet die Grenze von 25 MB.</translation>
    </message>
</context>
<context>
    <name>mailroom::MigrationChecklistView</name>
    <message>
        <source>Check &amp;DNS</source>
        <translation>D&amp;NS prüfen</translation>
    </message>
    <message>
        <source>Check DNS of every domain</source>
        <translation>DNS aller Domänen prüfen</translation>
    </message>
    <message>
        <source>DNS records of each domain</source>
        <translation>DNS-Einträge jeder Domäne</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Zuletzt geprüft</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Client configuration steps</source>
        <translation>Schritte zur Client-Konfiguration</translation>
    </message>
    <message>
        <source>DNS records</source>
        <translation>DNS-Einträge</translation>
    </message>
    <message>
        <source>Client configuration</source>
        <translation>Client-Konfiguration</translation>
    </message>
    <message>
        <source>Not every result was recorded: %1</source>
        <translation>Nicht alle Ergebnisse wurden gespeichert: %1</translation>
    </message>
    <message>
        <source>The check was cancelled; the domains checked before it are recorded.</source>
        <translation>Die Prüfung wurde abgebrochen; die zuvor geprüften Domänen sind gespeichert.</translation>
    </message>
    <message>
        <source>The organization has no domain but its test domain, whose DNS the service runs: there is nothing to check. Add your corporate domains in the Domains pane.</source>
        <translation>Die Organisation hat außer ihrer Testdomäne, deren DNS der Dienst betreibt, keine Domäne: Es gibt nichts zu prüfen. Fügen Sie Ihre Unternehmensdomänen im Bereich „Domänen“ hinzu.</translation>
    </message>
    <message>
        <source>Domains with every record they need: %1 of %2.</source>
        <translation>Domänen mit allen benötigten Einträgen: %1 von %2.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>%1, seen: %2</source>
        <translation>%1, vorgefunden: %2</translation>
    </message>
    <message>
        <source>%1: %2 %3 = %4 — %5</source>
        <translation>%1: %2 %3 = %4 — %5</translation>
    </message>
    <message>
        <source>%1 (does not count until interoperability is disabled)</source>
        <translation>%1 (zählt erst, wenn die Interoperabilität deaktiviert ist)</translation>
    </message>
    <message>
        <source>Some mail clients do not move to the service by themselves. Pass these steps on to the users whose mailboxes moved:</source>
        <translation>Manche E-Mail-Clients wechseln nicht von selbst zum Dienst. Geben Sie diese Schritte an die Benutzer weiter, deren Postfächer umgezogen sind:</translation>
    </message>
    <message>
        <source>Ask each domain&apos;s name servers for its records, one domain after the other</source>
        <translation>Die Nameserver jeder Domäne nach ihren Einträgen fragen, eine Domäne nach der anderen</translation>
    </message>
    <message>
        <source>There is no domain to check but the test domain.</source>
        <translation>Außer der Testdomäne gibt es keine Domäne zu prüfen.</translation>
    </message>
</context>
<context>
    <name>mailroom::MigrationPane</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Use migration_admin</source>
        <translation>migration_admin &amp;verwenden</translation>
    </message>
    <message>
        <source>To migrate existing mailboxes into the organization, a migration partner&apos;s tools work through the migration administrator: the user named migration_admin, or a user you choose here. Add the organization&apos;s users before you migrate, so that their mailboxes exist.</source>
        <translation>Um vorhandene Postfächer in die Organisation zu migrieren, arbeiten die Tools eines Migrationspartners über den Migrationsadministrator: den Benutzer namens migration_admin oder einen Benutzer, den Sie hier auswählen. Fügen Sie die Benutzer der Organisation vor der Migration hinzu, damit ihre Postfächer existieren.</translation>
    </message>
    <message>
        <source>Migration administrator</source>
        <translation>Migrationsadministrator</translation>
    </message>
    <message>
        <source>Why this user</source>
        <translation>Warum dieser Benutzer</translation>
    </message>
    <message>
        <source>Choose user</source>
        <translation>Benutzer auswählen</translation>
    </message>
    <message>
        <source>Type a username, name or address</source>
        <translation>Geben Sie einen Benutzernamen, Namen oder eine Adresse ein</translation>
    </message>
    <message>
        <source>Only the organization&apos;s enabled users are offered.</source>
        <translation>Nur die aktivierten Benutzer der Organisation werden angeboten.</translation>
    </message>
    <message>
        <source>Save migration administrator</source>
        <translation>Migrationsadministrator speichern</translation>
    </message>
    <message>
        <source>Use migration_admin</source>
        <translation>migration_admin verwenden</translation>
    </message>
    <message>
        <source>C&amp;hoose user:</source>
        <translation>Benutzer &amp;auswählen:</translation>
    </message>
    <message>
        <source>Migration administrator:</source>
        <translation>Migrationsadministrator:</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Noch keiner</translation>
    </message>
    <message>
        <source>Create a user named migration_admin (or enable it, if it already exists in your directory), or choose a user below.</source>
        <translation>Erstellen Sie einen Benutzer namens migration_admin (oder aktivieren Sie ihn, falls er in Ihrem Verzeichnis bereits existiert), oder wählen Sie unten einen Benutzer aus.</translation>
    </message>
    <message>
        <source>No user is named migration_admin, and no other user is chosen.</source>
        <translation>Kein Benutzer heißt migration_admin, und kein anderer Benutzer ist ausgewählt.</translation>
    </message>
    <message>
        <source>Chosen here, in the migration settings.</source>
        <translation>Hier ausgewählt, in den Migrationseinstellungen.</translation>
    </message>
    <message>
        <source>The user named migration_admin, as no other user is chosen.</source>
        <translation>Der Benutzer namens migration_admin, da kein anderer Benutzer ausgewählt ist.</translation>
    </message>
    <message>
        <source>The user is disabled, so migration cannot work through it: enable it, or choose another user.</source>
        <translation>Der Benutzer ist deaktiviert, daher kann die Migration nicht über ihn erfolgen: Aktivieren Sie ihn oder wählen Sie einen anderen Benutzer aus.</translation>
    </message>
    <message>
        <source>%1 of %2 enabled users offered; type more to narrow the list.</source>
        <translation>%1 von %2 aktivierten Benutzern angeboten; geben Sie mehr ein, um die Liste einzugrenzen.</translation>
    </message>
    <message>
        <source>Makes this user the migration administrator.</source>
        <translation>Macht diesen Benutzer zum Migrationsadministrator.</translation>
    </message>
    <message>
        <source>Type the user to choose first.</source>
        <translation>Geben Sie zuerst den auszuwählenden Benutzer ein.</translation>
    </message>
    <message>
        <source>Drops the choice, so that the user named migration_admin is the migration administrator.</source>
        <translation>Hebt die Auswahl auf, sodass der Benutzer namens migration_admin der Migrationsadministrator ist.</translation>
    </message>
    <message>
        <source>No user is chosen; the user named migration_admin is used already.</source>
        <translation>Es ist kein Benutzer ausgewählt; der Benutzer namens migration_admin wird bereits verwendet.</translation>
    </message>
    <message>
        <source>The organization has no user %1; choose one from the list.</source>
        <translation>Die Organisation hat keinen Benutzer %1; wählen Sie einen aus der Liste aus.</translation>
    </message>
    <message>
        <source>Unsaved migration administrator</source>
        <translation>Nicht gespeicherter Migrationsadministrator</translation>
    </message>
    <message>
        <source>You typed %1 as the migration administrator of %2 but did not save it. Save it?</source>
        <translation>Sie haben %1 als Migrationsadministrator von %2 eingegeben, aber nicht gespeichert. Möchten Sie die Eingabe speichern?</translation>
    </message>
    <message>
        <source>the migration administrator</source>
        <translation>der Migrationsadministrator</translation>
    </message>
    <message>
        <source>Completing the migration</source>
        <translation>Abschluss der Migration</translation>
    </message>
</context>
<context>
    <name>mailroom::MobileDevices</name>
    <message>
        <source>Device ID: the device must report its ID.</source>
        <translation>Geräte-ID: Das Gerät muss seine ID melden.</translation>
    </message>
    <message>
        <source>User: there is no such user.</source>
        <translation>Benutzer: Einen solchen Benutzer gibt es nicht.</translation>
    </message>
    <message>
        <source>User: %1 has no enabled mailbox, so the device cannot sync.</source>
        <translation>Benutzer: %1 hat kein aktiviertes Postfach, daher kann sich das Gerät nicht synchronisieren.</translation>
    </message>
    <message>
        <source>Policy key: the device acknowledged key %1, but the current policy&apos;s key is %2.</source>
        <translation>Richtlinienschlüssel: Das Gerät hat den Schlüssel %1 bestätigt, der Schlüssel der aktuellen Richtlinie ist aber %2.</translation>
    </message>
    <message>
        <source>The device acknowledged a wipe, but no wipe of it was requested.</source>
        <translation>Das Gerät hat eine Fernlöschung bestätigt, es wurde aber keine Fernlöschung für das Gerät angefordert.</translation>
    </message>
    <message>
        <source>A wipe of this device is already requested; it happens at the device&apos;s next check-in.</source>
        <translation>Für dieses Gerät ist bereits eine Fernlöschung angefordert; sie erfolgt bei der nächsten Anmeldung des Geräts.</translation>
    </message>
    <message>
        <source>This device is already wiped. Remove it from the list if it is no longer used.</source>
        <translation>Dieses Gerät ist bereits gelöscht. Entfernen Sie es aus der Liste, wenn es nicht mehr verwendet wird.</translation>
    </message>
    <message>
        <source>The device is not connected: it last synced %1, and a wipe is only possible within 5 minutes of its last sync. Ask the user to open mail on the device, then try again.</source>
        <translation>Das Gerät ist nicht verbunden: Es hat sich zuletzt am %1 synchronisiert, und eine Fernlöschung ist nur innerhalb von 5 Minuten nach der letzten Synchronisierung möglich. Bitten Sie den Benutzer, auf dem Gerät die E-Mails zu öffnen, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>There is no such device on the list.</source>
        <translation>Dieses Gerät steht nicht in der Liste.</translation>
    </message>
    <message>
        <source>The mobile device policy of %1</source>
        <translation>Die Richtlinie für Mobilgeräte von %1</translation>
    </message>
</context>
<context>
    <name>mailroom::MobilePolicyField</name>
    <message>
        <source>Password required</source>
        <translation>Passwort erforderlich</translation>
    </message>
    <message>
        <source>Allow simple password</source>
        <translation>Einfaches Passwort zulassen</translation>
    </message>
    <message>
        <source>Minimum password length</source>
        <translation>Mindestlänge des Passworts</translation>
    </message>
    <message>
        <source>Require alphanumeric password</source>
        <translation>Alphanumerisches Passwort erforderlich</translation>
    </message>
    <message>
        <source>Minimum number of character sets</source>
        <translation>Mindestanzahl an Zeichenarten</translation>
    </message>
    <message>
        <source>Failed attempts allowed</source>
        <translation>Zulässige Fehlversuche</translation>
    </message>
    <message>
        <source>Password expiration</source>
        <translation>Passwortablauf</translation>
    </message>
    <message>
        <source>Screen lock after</source>
        <translation>Bildschirmsperre nach</translation>
    </message>
    <message>
        <source>Password history</source>
        <translation>Passwortverlauf</translation>
    </message>
    <message>
        <source>Require encryption on the device</source>
        <translation>Verschlüsselung auf dem Gerät erforderlich</translation>
    </message>
    <message>
        <source>Require encryption on the storage card</source>
        <translation>Verschlüsselung auf der Speicherkarte erforderlich</translation>
    </message>
    <message>
        <source>The device can only be unlocked with a password. The items below apply only while this is on.</source>
        <translation>Das Gerät kann nur mit einem Passwort entsperrt werden. Die folgenden Punkte gelten nur, solange dies eingeschaltet ist.</translation>
    </message>
    <message>
        <source>The device&apos;s PIN may serve as the password.</source>
        <translation>Die PIN des Geräts darf als Passwort dienen.</translation>
    </message>
    <message>
        <source>How many characters a password has at least (1 to 16).</source>
        <translation>Wie viele Zeichen ein Passwort mindestens hat (1 bis 16).</translation>
    </message>
    <message>
        <source>A password must mix letters and digits.</source>
        <translation>Ein Passwort muss sowohl Buchstaben als auch Ziffern enthalten.</translation>
    </message>
    <message>
        <source>How many kinds of character a password mixes: lower case, upper case, digits, symbols (1 to 4).</source>
        <translation>Wie viele Zeichenarten ein Passwort mischt: Kleinbuchstaben, Großbuchstaben, Ziffern, Sonderzeichen (1 bis 4).</translation>
    </message>
    <message>
        <source>Wrong passwords in a row before the device locks the user out (1 to 16; 0 for no limit).</source>
        <translation>Falsche Passwörter in Folge, bevor das Gerät den Benutzer aussperrt (1 bis 16; 0 für keine Begrenzung).</translation>
    </message>
    <message>
        <source>Days until a password must be changed (up to 730; 0 for never).</source>
        <translation>Tage, bis ein Passwort geändert werden muss (bis zu 730; 0 für nie).</translation>
    </message>
    <message>
        <source>Seconds without use before the screen locks (30 to 3,600; 0 for off).</source>
        <translation>Sekunden ohne Nutzung, bevor der Bildschirm gesperrt wird (30 bis 3.600; 0 für aus).</translation>
    </message>
    <message>
        <source>How many earlier passwords cannot be used again (0 to 50).</source>
        <translation>Wie viele frühere Passwörter nicht erneut verwendet werden können (0 bis 50).</translation>
    </message>
    <message>
        <source>Mail kept on the device is encrypted.</source>
        <translation>Auf dem Gerät gespeicherte E-Mails werden verschlüsselt.</translation>
    </message>
    <message>
        <source>Mail kept on a removable storage card is encrypted.</source>
        <translation>Auf einer Wechselspeicherkarte gespeicherte E-Mails werden verschlüsselt.</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> Zeichen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> Sekunden</translation>
    </message>
    <message>
        <source> passwords</source>
        <translation> Passwörter</translation>
    </message>
    <message>
        <source> attempts</source>
        <translation> Versuche</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>%1 to %2, or 0 for %3</source>
        <translation>%1 bis %2 oder 0 für %3</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1: %2 is outside the range %3.</source>
        <translation>%1: %2 liegt außerhalb des Bereichs %3.</translation>
    </message>
    <message>
        <source> character</source>
        <translation> Zeichen</translation>
    </message>
    <message>
        <source> day</source>
        <translation> Tag</translation>
    </message>
    <message>
        <source> second</source>
        <translation> Sekunde</translation>
    </message>
    <message>
        <source> password</source>
        <translation> Passwort</translation>
    </message>
    <message>
        <source> attempt</source>
        <translation> Versuch</translation>
    </message>
</context>
<context>
    <name>mailroom::MobilePolicyPane</name>
    <message>
        <source>The default mobile policy applies to every mobile device that syncs with a mailbox of the organization. A device takes on the policy when it first syncs, and again after each change.</source>
        <translation>Die Standardrichtlinie für Mobilgeräte gilt für jedes Mobilgerät, das sich mit einem Postfach der Organisation synchronisiert. Ein Gerät übernimmt die Richtlinie bei seiner ersten Synchronisierung und erneut nach jeder Änderung.</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>What saving does</source>
        <translation>Was das Speichern bewirkt</translation>
    </message>
    <message>
        <source>Applies only while “%1” is on.</source>
        <translation>Gilt nur, solange „%1“ eingeschaltet ist.</translation>
    </message>
    <message>
        <source>No unsaved edits.</source>
        <translation>Keine nicht gespeicherten Änderungen.</translation>
    </message>
    <message>
        <source>Saves the policy; devices take it on at their next sync.</source>
        <translation>Speichert die Richtlinie; Geräte übernehmen sie bei ihrer nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>Devices take on a saved policy at their next sync.</source>
        <translation>Geräte übernehmen eine gespeicherte Richtlinie bei ihrer nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>Devices with a wipe pending or done keep it.</source>
        <translation>Geräte mit ausstehender oder abgeschlossener Fernlöschung behalten ihren Status.</translation>
    </message>
    <message>
        <source>Saving asks the organization&apos;s devices to provision again.</source>
        <translation>Das Speichern verlangt von den Geräten der Organisation eine erneute Bereitstellung.</translation>
    </message>
    <message>
        <source>Saving asks no device to provision again: no device of the organization is provisioned or waiting to be.</source>
        <translation>Das Speichern verlangt von keinem Gerät eine erneute Bereitstellung: Kein Gerät der Organisation ist bereitgestellt oder wartet auf die Bereitstellung.</translation>
    </message>
    <message>
        <source>Saving asks 1 device to provision again: it moves to Provisioning required and takes on the changed policy at its next sync.</source>
        <translation>Das Speichern verlangt von 1 Gerät eine erneute Bereitstellung: Es erhält den Status „Bereitstellung erforderlich“ und übernimmt die geänderte Richtlinie bei seiner nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>Saving asks %1 devices to provision again: they move to Provisioning required and take on the changed policy at their next sync.</source>
        <translation>Das Speichern verlangt von %1 Geräten eine erneute Bereitstellung: Sie erhalten den Status „Bereitstellung erforderlich“ und übernehmen die geänderte Richtlinie bei ihrer nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>Saved. No device had to provision again.</source>
        <translation>Gespeichert. Kein Gerät musste erneut bereitgestellt werden.</translation>
    </message>
    <message>
        <source>Saved. 1 device must provision again at its next sync.</source>
        <translation>Gespeichert. 1 Gerät muss bei seiner nächsten Synchronisierung erneut bereitgestellt werden.</translation>
    </message>
    <message>
        <source>Saved. %1 devices must provision again at their next sync.</source>
        <translation>Gespeichert. %1 Geräte müssen bei ihrer nächsten Synchronisierung erneut bereitgestellt werden.</translation>
    </message>
    <message>
        <source>Unsaved mobile policy</source>
        <translation>Nicht gespeicherte Richtlinie für Mobilgeräte</translation>
    </message>
    <message>
        <source>The default mobile policy of %1 has unsaved edits. Save them?</source>
        <translation>Die Standardrichtlinie für Mobilgeräte von %1 enthält nicht gespeicherte Änderungen. Möchten Sie sie speichern?</translation>
    </message>
    <message>
        <source>the mobile policy</source>
        <translation>die Richtlinie für Mobilgeräte</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
</context>
<context>
    <name>mailroom::OrgSettings</name>
    <message>
        <source>%1 is reserved: journal records are sent from it, so no user, group or resource can take it.</source>
        <translation>%1 ist reserviert: Von dieser Adresse werden Journaleinträge gesendet, daher kann kein Benutzer, keine Gruppe und keine Ressource sie verwenden.</translation>
    </message>
    <message>
        <source>Migration administrator: there is no such user in this organization.</source>
        <translation>Migrationsadministrator: In dieser Organisation gibt es keinen solchen Benutzer.</translation>
    </message>
    <message>
        <source>Migration administrator: %1 is a system user of the directory.</source>
        <translation>Migrationsadministrator: %1 ist ein Systembenutzer des Verzeichnisses.</translation>
    </message>
    <message>
        <source>Migration administrator: %1 is disabled; enable the user first.</source>
        <translation>Migrationsadministrator: %1 ist deaktiviert; aktivieren Sie den Benutzer zuerst.</translation>
    </message>
    <message>
        <source>Journaling address</source>
        <translation>Journaling-Adresse</translation>
    </message>
    <message>
        <source>Report address</source>
        <translation>Berichtsadresse</translation>
    </message>
    <message>
        <source>%1: enter an address; journaling needs both.</source>
        <translation>%1: Geben Sie eine Adresse ein; das Journaling erfordert beide.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an address of the form name@domain.com.</source>
        <translation>%1: „%2“ ist keine Adresse der Form name@domain.com.</translation>
    </message>
    <message>
        <source>The journaling settings of %1</source>
        <translation>Die Journaling-Einstellungen von %1</translation>
    </message>
    <message>
        <source>The migration administrator of %1</source>
        <translation>Der Migrationsadministrator von %1</translation>
    </message>
</context>
<context>
    <name>mailroom::OrganizationPane</name>
    <message>
        <source>Your access is read-only, so %1 cannot be changed here.</source>
        <translation>Sie haben Nur-Lese-Zugriff, daher kann %1 hier nicht geändert werden.</translation>
    </message>
    <message>
        <source>The organization is %1; %2 can be changed once it is Active.</source>
        <translation>Die Organisation hat den Status %1; %2 kann geändert werden, sobald sie den Status Aktiv hat.</translation>
    </message>
    <message>
        <source>Your access is read-only.</source>
        <translation>Sie haben Nur-Lese-Zugriff.</translation>
    </message>
    <message>
        <source>The organization is %1; changes need it Active.</source>
        <translation>Die Organisation hat den Status %1; Änderungen erfordern den Status Aktiv.</translation>
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
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domänen</translation>
    </message>
    <message>
        <source>Email flow rules</source>
        <translation>E-Mail-Flussregeln</translation>
    </message>
    <message>
        <source>Journaling</source>
        <translation>Journaling</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <source>Organization settings</source>
        <translation>Organisationseinstellungen</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Mobile policies</source>
        <translation>Richtlinien für Mobilgeräte</translation>
    </message>
    <message>
        <source>Interoperability</source>
        <translation>Interoperabilität</translation>
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
    <name>mailroom::ResourceBookingTab</name>
    <message>
        <source>Automatically &amp;accept all requests</source>
        <translation>Alle Anfragen automatisch a&amp;nnehmen</translation>
    </message>
    <message>
        <source>Automatically decline &amp;recurring requests</source>
        <translation>&amp;Wiederkehrende Anfragen automatisch ablehnen</translation>
    </message>
    <message>
        <source>Automatically decline &amp;conflicting requests</source>
        <translation>Anfragen mit Termin&amp;konflikt automatisch ablehnen</translation>
    </message>
    <message>
        <source>Automatically accept all requests</source>
        <translation>Alle Anfragen automatisch annehmen</translation>
    </message>
    <message>
        <source>Automatically decline recurring requests</source>
        <translation>Wiederkehrende Anfragen automatisch ablehnen</translation>
    </message>
    <message>
        <source>Automatically decline conflicting requests</source>
        <translation>Anfragen mit Terminkonflikt automatisch ablehnen</translation>
    </message>
    <message>
        <source>How the resource answers the meeting requests it receives. When requests are not accepted automatically, its delegates receive a copy of each one and accept it.</source>
        <translation>Wie die Ressource auf die Besprechungsanfragen antwortet, die sie erhält. Wenn Anfragen nicht automatisch angenommen werden, erhalten ihre Stellvertreter eine Kopie jeder Anfrage und nehmen sie an.</translation>
    </message>
    <message>
        <source>Your access is read-only.</source>
        <translation>Sie haben Nur-Lese-Zugriff.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Accept all requests</source>
        <translation>Alle Anfragen annehmen</translation>
    </message>
    <message>
        <source>Decline recurring</source>
        <translation>Serien ablehnen</translation>
    </message>
    <message>
        <source>Decline conflicting</source>
        <translation>Überschneidungen ablehnen</translation>
    </message>
</context>
<context>
    <name>mailroom::ResourceDelegatesTab</name>
    <message>
        <source>Delegates</source>
        <translation>Stellvertreter</translation>
    </message>
    <message>
        <source>Your access is read-only.</source>
        <translation>Sie haben Nur-Lese-Zugriff.</translation>
    </message>
    <message>
        <source>Delegates only apply when requests are not accepted automatically: this resource accepts every request, so no one would be asked. To choose delegates, turn off &quot;Automatically accept all requests&quot; on the Booking options tab and save.</source>
        <translation>Stellvertreter gelten nur, wenn Anfragen nicht automatisch angenommen werden: Diese Ressource nimmt jede Anfrage an, daher würde niemand gefragt. Um Stellvertreter auszuwählen, schalten Sie auf der Registerkarte „Buchungsoptionen“ die Option „Alle Anfragen automatisch annehmen“ aus und speichern Sie.</translation>
    </message>
    <message>
        <source>Delegates receive a copy of every booking request, have full access to the resource&apos;s calendar, and must accept each request. Choose users or groups on the left and move them across with the arrow.</source>
        <translation>Stellvertreter erhalten eine Kopie jeder Buchungsanfrage, haben Vollzugriff auf den Kalender der Ressource und müssen jede Anfrage annehmen. Wählen Sie links Benutzer oder Gruppen aus und verschieben Sie sie mit dem Pfeil auf die andere Seite.</translation>
    </message>
</context>
<context>
    <name>mailroom::ResourceDetailsForm</name>
    <message>
        <source>Resource name</source>
        <translation>Ressourcenname</translation>
    </message>
    <message>
        <source>For example conference-room-2</source>
        <translation>Zum Beispiel conference-room-2</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Optional, at most %1 characters</source>
        <translation>Optional, höchstens %1 Zeichen</translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation>Ressourcentyp</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Resource &amp;name:</source>
        <translation>Ressourcen&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>E-&amp;Mail-Adresse:</translation>
    </message>
</context>
<context>
    <name>mailroom::ResourceDetailsPanel</name>
    <message>
        <source>Select one resource to see and edit its details.</source>
        <translation>Wählen Sie eine Ressource aus, um ihre Details anzuzeigen und zu bearbeiten.</translation>
    </message>
    <message>
        <source>Resource details</source>
        <translation>Ressourcendetails</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Booking options</source>
        <translation>Buchungsoptionen</translation>
    </message>
    <message>
        <source>Delegates</source>
        <translation>Stellvertreter</translation>
    </message>
    <message>
        <source>Unsaved edits</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The resource %1 has unsaved edits (%2). Save them?</source>
        <translation>Die Ressource %1 enthält nicht gespeicherte Änderungen (%2). Möchten Sie sie speichern?</translation>
    </message>
</context>
<context>
    <name>mailroom::ResourceGeneralTab</name>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Your access is read-only.</source>
        <translation>Sie haben Nur-Lese-Zugriff.</translation>
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
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
</context>
<context>
    <name>mailroom::ResourceTableModel</name>
    <message>
        <source>Accepts all</source>
        <translation>Nimmt alle an</translation>
    </message>
    <message>
        <source>Delegates decide</source>
        <translation>Stellvertreter entscheiden</translation>
    </message>
    <message>
        <source>Needs delegates</source>
        <translation>Stellvertreter erforderlich</translation>
    </message>
    <message>
        <source>Accepts every request automatically.</source>
        <translation>Nimmt jede Anfrage automatisch an.</translation>
    </message>
    <message>
        <source>Delegates receive a copy of each request and accept it.</source>
        <translation>Stellvertreter erhalten eine Kopie jeder Anfrage und nehmen sie an.</translation>
    </message>
    <message>
        <source>Requests are not accepted automatically and no delegate answers them: add delegates.</source>
        <translation>Anfragen werden nicht automatisch angenommen und kein Stellvertreter beantwortet sie: Fügen Sie Stellvertreter hinzu.</translation>
    </message>
    <message>
        <source>Declines recurring requests automatically.</source>
        <translation>Lehnt wiederkehrende Anfragen automatisch ab.</translation>
    </message>
    <message>
        <source>Declines conflicting requests automatically.</source>
        <translation>Lehnt Anfragen mit Terminkonflikt automatisch ab.</translation>
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
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Buchung</translation>
    </message>
</context>
<context>
    <name>mailroom::Resources</name>
    <message>
        <source>Resource name: %1 is already a resource of this organization.</source>
        <translation>Ressourcenname: %1 ist bereits eine Ressource dieser Organisation.</translation>
    </message>
    <message>
        <source>Create resource: in interoperability mode resources are created in Microsoft Exchange and show in the users list.</source>
        <translation>Ressource erstellen: Im Interoperabilitätsmodus werden Ressourcen in Microsoft Exchange erstellt und erscheinen in der Benutzerliste.</translation>
    </message>
    <message>
        <source>Booking options: delegates must accept every request, so &quot;accept all&quot; cannot be turned on while %1 has delegates; remove them first.</source>
        <translation>Buchungsoptionen: Stellvertreter müssen jede Anfrage selbst annehmen, daher kann „Alle annehmen“ nicht eingeschaltet werden, solange %1 Stellvertreter hat; entfernen Sie diese zuerst.</translation>
    </message>
    <message>
        <source>Delegates: %1 accepts every request automatically, so no one would be asked; turn off &quot;Automatically accept all requests&quot; in its booking options first.</source>
        <translation>Stellvertreter: %1 nimmt jede Anfrage automatisch an, daher würde niemand gefragt; schalten Sie zuerst in den Buchungsoptionen „Alle Anfragen automatisch annehmen“ aus.</translation>
    </message>
    <message>
        <source>Delegates: %1 is not a delegate of %2.</source>
        <translation>Stellvertreter: %1 ist kein Stellvertreter von %2.</translation>
    </message>
    <message>
        <source>The details of %1</source>
        <translation>Die Angaben zu %1</translation>
    </message>
    <message>
        <source>The booking options of %1</source>
        <translation>Die Buchungsoptionen von %1</translation>
    </message>
</context>
<context>
    <name>mailroom::ResourcesPane</name>
    <message>
        <source>Create resource</source>
        <translation>Ressource erstellen</translation>
    </message>
    <message>
        <source>&amp;Create resource</source>
        <translation>Ressource &amp;erstellen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Search by name or address (start of)</source>
        <translation>Nach Name oder Adresse suchen (Anfang)</translation>
    </message>
    <message>
        <source>Search resources</source>
        <translation>Ressourcen suchen</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>%1 of %2 resources</source>
        <translation>%1 von %2 Ressourcen</translation>
    </message>
    <message>
        <source>The organization is in interoperability mode: resources are created in Microsoft Exchange and show in the users list.</source>
        <translation>Die Organisation befindet sich im Interoperabilitätsmodus: Ressourcen werden in Microsoft Exchange erstellt und erscheinen in der Benutzerliste.</translation>
    </message>
    <message>
        <source>Select one resource.</source>
        <translation>Wählen Sie eine Ressource aus.</translation>
    </message>
    <message>
        <source>Select one or more resources.</source>
        <translation>Wählen Sie eine oder mehrere Ressourcen aus.</translation>
    </message>
    <message>
        <source>Remove the resource %1? Its address %2 stops receiving booking requests and its delegates are removed. This cannot be undone.</source>
        <translation>Die Ressource %1 entfernen? Ihre Adresse %2 empfängt dann keine Buchungsanfragen mehr, und ihre Stellvertreter werden entfernt. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Remove %1 resources? Their addresses stop receiving booking requests and their delegates are removed. This cannot be undone.</source>
        <translation>%1 Ressourcen entfernen? Ihre Adressen empfangen dann keine Buchungsanfragen mehr, und ihre Stellvertreter werden entfernt. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Remove resources</source>
        <translation>Ressourcen entfernen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Some resources were not removed:
%1</source>
        <translation>Einige Ressourcen wurden nicht entfernt:
%1</translation>
    </message>
    <message>
        <source>This organization has no resources yet.
Resources are meeting rooms and equipment, such as a projector, that people book by inviting the resource&apos;s address to a meeting.</source>
        <translation>Diese Organisation hat noch keine Ressourcen.
Ressourcen sind Besprechungsräume und Ausstattung, etwa ein Projektor, die man bucht, indem man die Adresse der Ressource zu einer Besprechung einlädt.</translation>
    </message>
</context>
<context>
    <name>mailroom::RoutingDetailsView</name>
    <message>
        <source>Email routing commands</source>
        <translation>Befehle für das E-Mail-Routing</translation>
    </message>
    <message>
        <source>Email routing of the user</source>
        <translation>E-Mail-Routing des Benutzers</translation>
    </message>
    <message>
        <source>On the test domain:</source>
        <translation>In der Testdomäne:</translation>
    </message>
    <message>
        <source>From Exchange:</source>
        <translation>Aus Exchange:</translation>
    </message>
    <message>
        <source>Required &amp;addresses</source>
        <translation>Erforderliche &amp;Adressen</translation>
    </message>
    <message>
        <source>Before running the commands</source>
        <translation>Vor dem Ausführen der Befehle</translation>
    </message>
    <message>
        <source>Before you s&amp;tart</source>
        <translation>&amp;Bevor Sie beginnen</translation>
    </message>
    <message>
        <source>Once everything under Before you start holds, run these in the Exchange Management Shell:</source>
        <translation>Sobald alles unter „Bevor Sie beginnen“ erfüllt ist, führen Sie diese Befehle in der Exchange-Verwaltungsshell aus:</translation>
    </message>
    <message>
        <source>&amp;Commands</source>
        <translation>B&amp;efehle</translation>
    </message>
    <message>
        <source>After running the commands</source>
        <translation>Nach dem Ausführen der Befehle</translation>
    </message>
    <message>
        <source>A&amp;fter running them</source>
        <translation>Nach dem A&amp;usführen</translation>
    </message>
    <message>
        <source>Enable %1 first (Enable… above): enabling keeps the address Exchange gave.</source>
        <translation>Aktivieren Sie zuerst %1 („Aktivieren…“ oben): Beim Aktivieren bleibt die Adresse erhalten, die Exchange vergeben hat.</translation>
    </message>
    <message>
        <source>In interoperability mode addresses come from Exchange and cannot be edited here: add %1 to %2&apos;s email addresses in the Exchange admin center; the directory then synchronises it here (every four hours, or on demand).</source>
        <translation>Im Interoperabilitätsmodus stammen Adressen aus Exchange und können hier nicht bearbeitet werden: Fügen Sie %1 im Exchange Admin Center zu den E-Mail-Adressen von %2 hinzu; das Verzeichnis synchronisiert die Adresse dann hierher (alle vier Stunden oder bei Bedarf).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Email routing of %1 — %2 users selected</source>
        <translation>E-Mail-Routing von %1 — %2 Benutzer ausgewählt</translation>
    </message>
    <message>
        <source>Email routing of %1</source>
        <translation>E-Mail-Routing von %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Vorhanden</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
</context>
<context>
    <name>mailroom::SecretStore</name>
    <message>
        <source>The keychain holds no password for this; save the password again.</source>
        <translation>Der Schlüsselbund enthält hierfür kein Passwort; speichern Sie das Passwort erneut.</translation>
    </message>
    <message>
        <source>The system keychain is locked or refused access. Unlock your keyring (GNOME Keyring or KWallet), allow Mailroom to use it, then try again.</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt oder hat den Zugriff verweigert. Entsperren Sie Ihren Schlüsselbund (GNOME Keyring oder KWallet), erlauben Sie Mailroom, ihn zu verwenden, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The system keychain could not complete the operation.</source>
        <translation>Der Schlüsselbund des Systems konnte den Vorgang nicht abschließen.</translation>
    </message>
    <message>
        <source>The system keychain did not answer. Check that your desktop&apos;s keyring (GNOME Keyring or KWallet) is running and unlocked, and that no unlock prompt is waiting, then try again.</source>
        <translation>Der Schlüsselbund des Systems hat nicht geantwortet. Prüfen Sie, ob der Schlüsselbund Ihres Desktops (GNOME Keyring oder KWallet) läuft und entsperrt ist und ob keine Aufforderung zum Entsperren wartet, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>%1 (The keychain said: %2)</source>
        <translation>%1 (Meldung des Schlüsselbunds: %2)</translation>
    </message>
    <message>
        <source>No keychain service is running, so the password cannot be kept. Mailroom keeps passwords only in the system keychain, never in its database or settings. Start your desktop&apos;s keyring (GNOME Keyring or KWallet) or log in to a desktop session that runs one, then try again.</source>
        <translation>Es läuft kein Schlüsselbunddienst, daher kann das Passwort nicht aufbewahrt werden. Mailroom bewahrt Passwörter nur im Schlüsselbund des Systems auf, niemals in seiner Datenbank oder seinen Einstellungen. Starten Sie den Schlüsselbund Ihres Desktops (GNOME Keyring oder KWallet), oder melden Sie sich bei einer Desktopsitzung an, in der einer läuft, und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>mailroom::SenderPattern</name>
    <message>
        <source>empty; enter an address, a domain, *.domain or *.</source>
        <translation>leer; geben Sie eine Adresse, eine Domäne, *.domäne oder * ein.</translation>
    </message>
    <message>
        <source>&quot;+&quot; is not allowed in a sender pattern.</source>
        <translation>„+“ ist in einem Absendermuster nicht erlaubt.</translation>
    </message>
    <message>
        <source>not an address: use letters, digits and . _ % - before the @ (at most 64).</source>
        <translation>keine Adresse: Verwenden Sie vor dem @ Buchstaben, Ziffern und . _ % - (höchstens 64).</translation>
    </message>
    <message>
        <source>&quot;*&quot; is allowed only as the whole first label (*.domain.com) or alone.</source>
        <translation>„*“ ist nur als ganze erste Ebene (*.domain.com) oder allein erlaubt.</translation>
    </message>
    <message>
        <source>%1 is not a domain name.</source>
        <translation>%1 ist kein Domänenname.</translation>
    </message>
    <message>
        <source>Pattern %1 (%2): %3</source>
        <translation>Muster %1 (%2): %3</translation>
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
        <source>Another program is writing to the database %1 and did not finish within %2 seconds, so nothing was changed. Try again in a moment; if it stays busy, look for another Mailroom console or mailroomctl working on the same file.</source>
        <translation>Ein anderes Programm schreibt in die Datenbank %1 und ist nicht innerhalb von %2 Sekunden fertig geworden, daher wurde nichts geändert. Versuchen Sie es gleich noch einmal; bleibt sie belegt, suchen Sie nach einer anderen Mailroom-Konsole oder einem mailroomctl, das mit derselben Datei arbeitet.</translation>
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
    <message>
        <source>Address: %1 is not one of this user&apos;s addresses.</source>
        <translation>Adresse: %1 ist keine Adresse dieses Benutzers.</translation>
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
    <message>
        <source>Mobile</source>
        <translation>Mobilgeräte</translation>
    </message>
</context>
<context>
    <name>mailroom::UserGeneralTab</name>
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
    <name>mailroom::UserMobileTab</name>
    <message>
        <source>This user has no mobile devices. A device appears here when it first syncs.</source>
        <translation>Dieser Benutzer hat keine Mobilgeräte. Ein Gerät erscheint hier, sobald es sich zum ersten Mal synchronisiert.</translation>
    </message>
    <message>
        <source>&amp;Wipe device</source>
        <translation>Gerät &amp;fernlöschen</translation>
    </message>
    <message>
        <source>Re&amp;move device</source>
        <translation>Gerät entfe&amp;rnen</translation>
    </message>
    <message>
        <source>Mobile devices</source>
        <translation>Mobilgeräte</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>Geräte-ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>User-Agent</translation>
    </message>
    <message>
        <source>First sync</source>
        <translation>Erste Synchronisierung</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzte Synchronisierung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What the status means</source>
        <translation>Bedeutung des Status</translation>
    </message>
    <message>
        <source>Device ID:</source>
        <translation>Geräte-ID:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>Operating system:</source>
        <translation>Betriebssystem:</translation>
    </message>
    <message>
        <source>User agent:</source>
        <translation>User-Agent:</translation>
    </message>
    <message>
        <source>First sync:</source>
        <translation>Erste Synchronisierung:</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Letzte Synchronisierung:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Select a device to see its details.</source>
        <translation>Wählen Sie ein Gerät aus, um seine Details anzuzeigen.</translation>
    </message>
    <message>
        <source>Select a device.</source>
        <translation>Wählen Sie ein Gerät aus.</translation>
    </message>
    <message>
        <source>A wipe of this device is already requested; it happens at the device&apos;s next sync.</source>
        <translation>Für dieses Gerät ist bereits eine Fernlöschung angefordert; sie erfolgt bei der nächsten Synchronisierung des Geräts.</translation>
    </message>
    <message>
        <source>This device is already wiped. Remove it from the list if it is no longer used.</source>
        <translation>Dieses Gerät ist bereits gelöscht. Entfernen Sie es aus der Liste, wenn es nicht mehr verwendet wird.</translation>
    </message>
    <message>
        <source>Wipe device</source>
        <translation>Gerät fernlöschen</translation>
    </message>
    <message>
        <source>Wipe requested for %1. The device is wiped at its next sync; its status then becomes “%2”.</source>
        <translation>Fernlöschung für %1 angefordert. Das Gerät wird bei seiner nächsten Synchronisierung gelöscht; sein Status lautet dann „%2“.</translation>
    </message>
    <message>
        <source>This device was wiped. Once it is removed, it is no longer wiped when it syncs: a device set up again with this mailbox is added back and syncs normally.</source>
        <translation>Dieses Gerät wurde gelöscht. Sobald es entfernt ist, wird es bei einer Synchronisierung nicht mehr gelöscht: Ein Gerät, das erneut mit diesem Postfach eingerichtet wird, wird wieder hinzugefügt und synchronisiert sich normal.</translation>
    </message>
    <message>
        <source>A wipe of this device is pending. Removing it cancels the wipe: if the device syncs again, it is added back and syncs normally.</source>
        <translation>Für dieses Gerät steht eine Fernlöschung aus. Das Entfernen bricht die Fernlöschung ab: Wenn sich das Gerät erneut synchronisiert, wird es wieder hinzugefügt und synchronisiert sich normal.</translation>
    </message>
    <message>
        <source>Remove device</source>
        <translation>Gerät entfernen</translation>
    </message>
    <message>
        <source>%1 was removed from the list. It reappears if it syncs again.</source>
        <translation>%1 wurde aus der Liste entfernt. Das Gerät erscheint wieder, wenn es sich erneut synchronisiert.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Wipe the device %1 of %2?

A remote wipe resets most devices to their factory settings: it can erase everything on the device, the user&apos;s personal files included, not only the organization&apos;s mail. It cannot be undone.

The device is wiped at its next sync. Only a device that synced within the last 5 minutes can be wiped.</source>
        <translation>Das Gerät %1 von %2 fernlöschen?

Eine Fernlöschung setzt die meisten Geräte auf die Werkseinstellungen zurück: Sie kann alles auf dem Gerät löschen, einschließlich der persönlichen Dateien des Benutzers, nicht nur die E-Mails der Organisation. Sie kann nicht rückgängig gemacht werden.

Das Gerät wird bei seiner nächsten Synchronisierung gelöscht. Nur ein Gerät, das sich in den letzten 5 Minuten synchronisiert hat, kann ferngelöscht werden.</translation>
    </message>
    <message>
        <source>Remove the device %1 from the devices of %2? If it syncs again, it reappears on the list and must provision again.</source>
        <translation>Das Gerät %1 aus den Geräten von %2 entfernen? Wenn es sich erneut synchronisiert, erscheint es wieder in der Liste und muss erneut bereitgestellt werden.</translation>
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
    <name>mailroom::UserRoutingProxy</name>
    <message>
        <source>Not enabled</source>
        <translation>Nicht aktiviert</translation>
    </message>
    <message>
        <source>Routing done</source>
        <translation>Routing erledigt</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Nicht erledigt</translation>
    </message>
    <message>
        <source>Not enabled here yet: enable the user before routing its mail here.</source>
        <translation>Hier noch nicht aktiviert: Aktivieren Sie den Benutzer, bevor Sie seine E-Mails hierher leiten.</translation>
    </message>
    <message>
        <source>The routing commands have not been marked as run for this user.</source>
        <translation>Die Routing-Befehle wurden für diesen Benutzer nicht als ausgeführt markiert.</translation>
    </message>
    <message>
        <source>Marked done on %1 by %2.</source>
        <translation>Am %1 von %2 als erledigt markiert.</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Routing</translation>
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
    <message>
        <source>%1 of Microsoft Exchange</source>
        <translation>%1 von Microsoft Exchange</translation>
    </message>
    <message>
        <source>A resource of Microsoft Exchange</source>
        <translation>Eine Ressource von Microsoft Exchange</translation>
    </message>
    <message>
        <source>Managed in Microsoft Exchange; it can be used for scheduling meetings but not enabled here.</source>
        <translation>Wird in Microsoft Exchange verwaltet; kann für die Besprechungsplanung verwendet, aber hier nicht aktiviert werden.</translation>
    </message>
    <message>
        <source>Managed in Microsoft Exchange and not enabled here yet.</source>
        <translation>Wird in Microsoft Exchange verwaltet und ist hier noch nicht aktiviert.</translation>
    </message>
</context>
<context>
    <name>mailroom::UserTransfer</name>
    <message>
        <source>File: the first line must name the columns, at least username, display_name, email and password (optional: first_name, last_name).</source>
        <translation>Datei: Die erste Zeile muss die Spalten benennen, mindestens username, display_name, email und password (optional: first_name, last_name).</translation>
    </message>
    <message>
        <source>The users could not be written to %1: %2.</source>
        <translation>Die Benutzer konnten nicht in %1 geschrieben werden: %2.</translation>
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
    <message>
        <source>The details of %1</source>
        <translation>Die Angaben zu %1</translation>
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
    <message>
        <source>In interoperability mode users are managed in Microsoft Exchange; here they can only be enabled. Use the Exchange admin center.</source>
        <translation>Im Interoperabilitätsmodus werden Benutzer in Microsoft Exchange verwaltet; hier können sie nur aktiviert werden. Verwenden Sie das Exchange Admin Center.</translation>
    </message>
    <message>
        <source>Exchange resources cannot be enabled or changed here: in interoperability mode resources stay in Microsoft Exchange. Once interoperability is disabled, create the resource in the Resources pane.</source>
        <translation>Exchange-Ressourcen können hier weder aktiviert noch geändert werden: Im Interoperabilitätsmodus bleiben Ressourcen in Microsoft Exchange. Erstellen Sie die Ressource nach dem Deaktivieren der Interoperabilität im Bereich „Ressourcen“.</translation>
    </message>
</context>
<context>
    <name>mailroom::Versions</name>
    <message>
        <source>%1 is now “%2” (you read “%3”)</source>
        <translation>%1 ist jetzt „%2“ (Sie lasen „%3“)</translation>
    </message>
    <message>
        <source>%1 changed after you read it (now version %2). Nothing was saved: reload to see the change, then make yours again.</source>
        <translation>%1 wurde geändert, nachdem Sie es gelesen hatten (jetzt Version %2). Nichts wurde gespeichert: Laden Sie neu, um die Änderung zu sehen, und nehmen Sie Ihre dann erneut vor.</translation>
    </message>
    <message>
        <source>%1 changed after you read it: %2. Nothing was saved: reload to see the change, then make yours again.</source>
        <translation>%1 wurde geändert, nachdem Sie es gelesen hatten: %2. Nichts wurde gespeichert: Laden Sie neu, um die Änderung zu sehen, und nehmen Sie Ihre dann erneut vor.</translation>
    </message>
</context>
<context>
    <name>mailroom::availability</name>
    <message>
        <source>EWS URL: enter the address of Exchange Web Services, such as https://mail.example.com/EWS/Exchange.asmx.</source>
        <translation>EWS-URL: Geben Sie die Adresse der Exchange-Webdienste ein, etwa https://mail.example.com/EWS/Exchange.asmx.</translation>
    </message>
    <message>
        <source>EWS URL: at most %1 characters.</source>
        <translation>EWS-URL: höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>EWS URL: &quot;%1&quot; is not a URL; enter one such as https://mail.example.com/EWS/Exchange.asmx.</source>
        <translation>EWS-URL: „%1“ ist keine URL; geben Sie eine URL wie https://mail.example.com/EWS/Exchange.asmx ein.</translation>
    </message>
    <message>
        <source>EWS URL: &quot;%1&quot; must start with https://; availability is only queried over HTTPS.</source>
        <translation>EWS-URL: „%1“ muss mit https:// beginnen; die Verfügbarkeit wird nur über HTTPS abgefragt.</translation>
    </message>
    <message>
        <source>EWS URL: &quot;%1&quot; names no server; enter one such as https://mail.example.com/EWS/Exchange.asmx.</source>
        <translation>EWS-URL: „%1“ nennt keinen Server; geben Sie eine URL wie https://mail.example.com/EWS/Exchange.asmx ein.</translation>
    </message>
    <message>
        <source>Service account: enter the account that reads availability, as user@example.com or EXAMPLE\user.</source>
        <translation>Dienstkonto: Geben Sie das Konto ein, das die Verfügbarkeit liest, als user@example.com oder EXAMPLE\user.</translation>
    </message>
    <message>
        <source>Service account: &quot;%1&quot; is neither an address in FQDN form (user@example.com) nor DOMAIN\username.</source>
        <translation>Dienstkonto: „%1“ ist weder eine Adresse in FQDN-Form (user@example.com) noch DOMÄNE\Benutzername.</translation>
    </message>
    <message>
        <source>Password: enter the service account&apos;s password; it is kept in the system keychain.</source>
        <translation>Passwort: Geben Sie das Passwort des Dienstkontos ein; es wird im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>Password: at most %1 characters.</source>
        <translation>Passwort: höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Password: a password cannot contain a line break.</source>
        <translation>Passwort: Ein Passwort darf keinen Zeilenumbruch enthalten.</translation>
    </message>
</context>
<context>
    <name>mailroom::identitypolicy</name>
    <message>
        <source>Identity policy: not valid JSON at character %1 (%2).</source>
        <translation>Identitätsrichtlinie: kein gültiges JSON bei Zeichen %1 (%2).</translation>
    </message>
    <message>
        <source>Identity policy: must be a JSON object.</source>
        <translation>Identitätsrichtlinie: muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>Identity policy: needs a &quot;Statement&quot; array with at least one statement.</source>
        <translation>Identitätsrichtlinie: benötigt ein „Statement“-Array mit mindestens einer Anweisung.</translation>
    </message>
    <message>
        <source>Identity policy: every entry of &quot;Statement&quot; must be an object.</source>
        <translation>Identitätsrichtlinie: Jeder Eintrag von „Statement“ muss ein Objekt sein.</translation>
    </message>
</context>
<context>
    <name>mailroom::interop</name>
    <message>
        <source>Addresses: %1&apos;s addresses and aliases come from Microsoft Exchange while the organization is in interoperability mode; change them in the Exchange admin center.</source>
        <translation>Adressen: Die Adressen und Aliasse von %1 stammen aus Microsoft Exchange, solange sich die Organisation im Interoperabilitätsmodus befindet; ändern Sie sie im Exchange Admin Center.</translation>
    </message>
    <message>
        <source>Disable: in interoperability mode users are managed in Microsoft Exchange and can only be enabled here; manage %1 in the Exchange admin center.</source>
        <translation>Deaktivieren: Im Interoperabilitätsmodus werden Benutzer in Microsoft Exchange verwaltet und können hier nur aktiviert werden; verwalten Sie %1 im Exchange Admin Center.</translation>
    </message>
    <message>
        <source>Delete: in interoperability mode users are managed in Microsoft Exchange; remove %1 in the Exchange admin center.</source>
        <translation>Löschen: Im Interoperabilitätsmodus werden Benutzer in Microsoft Exchange verwaltet; entfernen Sie %1 im Exchange Admin Center.</translation>
    </message>
    <message>
        <source>Members: in interoperability mode groups are managed in Microsoft Exchange; change the members of %1 in the Exchange admin center.</source>
        <translation>Mitglieder: Im Interoperabilitätsmodus werden Gruppen in Microsoft Exchange verwaltet; ändern Sie die Mitglieder von %1 im Exchange Admin Center.</translation>
    </message>
    <message>
        <source>Disable: in interoperability mode groups are managed in Microsoft Exchange and can only be enabled here; manage %1 in the Exchange admin center.</source>
        <translation>Deaktivieren: Im Interoperabilitätsmodus werden Gruppen in Microsoft Exchange verwaltet und können hier nur aktiviert werden; verwalten Sie %1 im Exchange Admin Center.</translation>
    </message>
    <message>
        <source>Delete: in interoperability mode groups are managed in Microsoft Exchange; remove %1 in the Exchange admin center.</source>
        <translation>Löschen: Im Interoperabilitätsmodus werden Gruppen in Microsoft Exchange verwaltet; entfernen Sie %1 im Exchange Admin Center.</translation>
    </message>
    <message>
        <source>Address: in interoperability mode the address comes from Microsoft Exchange (%1) and cannot be changed here; change it in the Exchange admin center.</source>
        <translation>Adresse: Im Interoperabilitätsmodus stammt die Adresse aus Microsoft Exchange (%1) und kann hier nicht geändert werden; ändern Sie sie im Exchange Admin Center.</translation>
    </message>
    <message>
        <source>On the test domain: Exchange forwards the user&apos;s mail to this address, and it works for tests before Exchange forwards anything.</source>
        <translation>In der Testdomäne: Exchange leitet die E-Mails des Benutzers an diese Adresse weiter, und sie funktioniert für Tests, bevor Exchange etwas weiterleitet.</translation>
    </message>
    <message>
        <source>On the test domain: Exchange forwards the user&apos;s mail to this address. Enabling the user adds it; the user does not have it yet.</source>
        <translation>In der Testdomäne: Exchange leitet die E-Mails des Benutzers an diese Adresse weiter. Sie wird beim Aktivieren des Benutzers hinzugefügt; der Benutzer hat sie noch nicht.</translation>
    </message>
    <message>
        <source>The organization has no domain but its test domain: add the corporate domain that Exchange uses, verify it, and enable the user with the address Exchange gave.</source>
        <translation>Die Organisation hat außer ihrer Testdomäne keine Domäne: Fügen Sie die Unternehmensdomäne hinzu, die Exchange verwendet, verifizieren Sie sie, und aktivieren Sie den Benutzer mit der Adresse, die Exchange vergeben hat.</translation>
    </message>
    <message>
        <source>The domain %1 is not verified yet: verify it first, or mail to this address bounces.</source>
        <translation>Die Domäne %1 ist noch nicht verifiziert: Verifizieren Sie sie zuerst, sonst werden E-Mails an diese Adresse unzustellbar zurückgesendet.</translation>
    </message>
    <message>
        <source>The user&apos;s primary address in Exchange: it keeps receiving the user&apos;s mail.</source>
        <translation>Die primäre Adresse des Benutzers in Exchange: Sie empfängt weiterhin die E-Mails des Benutzers.</translation>
    </message>
    <message>
        <source>The user&apos;s primary address in Exchange: enable the user with it, since in interoperability mode addresses come from Exchange.</source>
        <translation>Die primäre Adresse des Benutzers in Exchange: Aktivieren Sie den Benutzer mit dieser Adresse, da Adressen im Interoperabilitätsmodus aus Exchange stammen.</translation>
    </message>
    <message>
        <source>Try these steps with a test user before anyone else.</source>
        <translation>Probieren Sie diese Schritte vor allen anderen mit einem Testbenutzer aus.</translation>
    </message>
    <message>
        <source>%1 must be enabled here and have both addresses above.</source>
        <translation>%1 muss hier aktiviert sein und beide oben genannten Adressen haben.</translation>
    </message>
    <message>
        <source>Disabling the Exchange mailbox wipes what it holds: run the commands only once everything in %1&apos;s Exchange mailbox has been migrated here.</source>
        <translation>Das Deaktivieren des Exchange-Postfachs löscht seinen Inhalt: Führen Sie die Befehle erst aus, wenn alles aus dem Exchange-Postfach von %1 hierher migriert wurde.</translation>
    </message>
    <message>
        <source>Exchange stays the server that receives mail: leave the MX records pointing at Exchange while the two work together. Exchange must be able to send mail to the Internet (a Send connector).</source>
        <translation>Exchange bleibt der Server, der E-Mails empfängt: Lassen Sie die MX-Einträge auf Exchange verweisen, solange beide zusammenarbeiten. Exchange muss E-Mails ins Internet senden können (ein Sendeconnector).</translation>
    </message>
    <message>
        <source>Send a test message to %1; %2 should find it in the mailbox here.</source>
        <translation>Senden Sie eine Testnachricht an %1; %2 sollte sie hier im Postfach finden.</translation>
    </message>
    <message>
        <source>Exchange now treats %1 as an external mail user. To let %1 write to groups, add %1 to the allowed senders of each group (delivery management).</source>
        <translation>Exchange behandelt %1 jetzt als externen E-Mail-Benutzer. Damit %1 an Gruppen schreiben kann, fügen Sie %1 den zulässigen Absendern jeder Gruppe hinzu (Übermittlungsverwaltung).</translation>
    </message>
    <message>
        <source>To let %1 book resources, set ProcessExternalMeetingMessages on each resource %1 uses (Set-CalendarProcessing).</source>
        <translation>Damit %1 Ressourcen buchen kann, setzen Sie ProcessExternalMeetingMessages für jede Ressource, die %1 verwendet (Set-CalendarProcessing).</translation>
    </message>
    <message>
        <source>Outlook for Windows: after a restart, choose the temporary mailbox and set the Exchange account up again.</source>
        <translation>Outlook für Windows: Wählen Sie nach einem Neustart das temporäre Postfach, und richten Sie das Exchange-Konto erneut ein.</translation>
    </message>
    <message>
        <source>Outlook for Mac: after a restart, accept being redirected to %1.</source>
        <translation>Outlook für Mac: Akzeptieren Sie nach einem Neustart die Umleitung zu %1.</translation>
    </message>
    <message>
        <source>Mail on iOS stops receiving mail (&quot;Cannot get mail&quot;): set the Exchange account up again.</source>
        <translation>Mail unter iOS empfängt keine E-Mails mehr („E-Mail kann nicht abgerufen werden“): Richten Sie das Exchange-Konto erneut ein.</translation>
    </message>
    <message>
        <source>Interoperability is chosen when an organization is created with Standard setup on an AD Connector whose domain runs Microsoft Exchange.</source>
        <translation>Die Interoperabilität wird gewählt, wenn eine Organisation mit der Standardeinrichtung auf einem AD Connector erstellt wird, in dessen Domäne Microsoft Exchange läuft.</translation>
    </message>
    <message>
        <source>Email routing: %1 is a system user, whose mail is not routed from Exchange.</source>
        <translation>E-Mail-Routing: %1 ist ein Systembenutzer, dessen E-Mails nicht von Exchange weitergeleitet werden.</translation>
    </message>
    <message>
        <source>Email routing: %1 is not in interoperability mode, so no mail comes from Exchange.</source>
        <translation>E-Mail-Routing: %1 befindet sich nicht im Interoperabilitätsmodus, daher kommen keine E-Mails von Exchange.</translation>
    </message>
    <message>
        <source>Run these in the Exchange Management Shell: Exchange then asks this organization for the free/busy times of the users enabled here.</source>
        <translation>Führen Sie diese Befehle in der Exchange-Verwaltungsshell aus: Exchange fragt dann bei dieser Organisation die Frei/Gebucht-Zeiten der hier aktivierten Benutzer ab.</translation>
    </message>
    <message>
        <source>When asked for credentials, give this organization&apos;s service account as %1 (its user name after the backslash) and its password. The service account is a user of your directory that is enabled here; every enabled user can read free/busy times.</source>
        <translation>Wenn Sie nach Anmeldeinformationen gefragt werden, geben Sie das Dienstkonto dieser Organisation als %1 (mit seinem Benutzernamen nach dem umgekehrten Schrägstrich) und sein Passwort ein. Das Dienstkonto ist ein Benutzer Ihres Verzeichnisses, der hier aktiviert ist; jeder aktivierte Benutzer kann Frei/Gebucht-Zeiten lesen.</translation>
    </message>
    <message>
        <source>Availability address space: %1 is not in interoperability mode, so Exchange has no free/busy questions to send here.</source>
        <translation>Verfügbarkeitsadressraum: %1 befindet sich nicht im Interoperabilitätsmodus, daher hat Exchange keine Frei/Gebucht-Anfragen hierher zu senden.</translation>
    </message>
    <message>
        <source>%1: where its MX record points has not been checked; run the DNS check.</source>
        <translation>%1: Wohin der MX-Eintrag verweist, wurde nicht geprüft; führen Sie die DNS-Prüfung aus.</translation>
    </message>
    <message>
        <source>No domain is verified yet, so there is no MX record to check; verify your corporate domains first.</source>
        <translation>Es ist noch keine Domäne verifiziert, daher gibt es keinen MX-Eintrag zu prüfen; verifizieren Sie zuerst Ihre Unternehmensdomänen.</translation>
    </message>
    <message>
        <source>Interoperability mode</source>
        <translation>Interoperabilitätsmodus</translation>
    </message>
    <message>
        <source>AD Connector</source>
        <translation>AD Connector</translation>
    </message>
    <message>
        <source>An enabled user</source>
        <translation>Ein aktivierter Benutzer</translation>
    </message>
    <message>
        <source>Verified domain</source>
        <translation>Verifizierte Domäne</translation>
    </message>
    <message>
        <source>Migrated mailboxes</source>
        <translation>Migrierte Postfächer</translation>
    </message>
    <message>
        <source>MX still at Exchange</source>
        <translation>MX noch bei Exchange</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>%1 is in interoperability mode with Microsoft Exchange.</source>
        <translation>%1 befindet sich im Interoperabilitätsmodus mit Microsoft Exchange.</translation>
    </message>
    <message>
        <source>%1 is not in interoperability mode. The mode is chosen only when an organization is created with Standard setup on an AD Connector; create the organization that way, or ask support to turn it on for an existing one.</source>
        <translation>%1 befindet sich nicht im Interoperabilitätsmodus. Der Modus wird nur gewählt, wenn eine Organisation mit der Standardeinrichtung auf einem AD Connector erstellt wird; erstellen Sie die Organisation auf diese Weise, oder bitten Sie den Support, ihn für eine vorhandene Organisation einzuschalten.</translation>
    </message>
    <message>
        <source>%1 uses the AD Connector %2 to your on-premises directory.</source>
        <translation>%1 verwendet den AD Connector %2 zu Ihrem lokalen Verzeichnis.</translation>
    </message>
    <message>
        <source>%1 does not use an AD Connector: set one up to the on-premises directory that runs Exchange and create the organization on it with Standard setup.</source>
        <translation>%1 verwendet keinen AD Connector: Richten Sie einen zu dem lokalen Verzeichnis ein, in dem Exchange läuft, und erstellen Sie die Organisation darauf mit der Standardeinrichtung.</translation>
    </message>
    <message>
        <source>Enabled users in %1: %2.</source>
        <translation>Aktivierte Benutzer in %1: %2.</translation>
    </message>
    <message>
        <source>No user of %1 is enabled: enable at least one user (Users, Enable) before setting up availability.</source>
        <translation>Kein Benutzer von %1 ist aktiviert: Aktivieren Sie mindestens einen Benutzer (Benutzer, Aktivieren), bevor Sie die Verfügbarkeit einrichten.</translation>
    </message>
    <message>
        <source>%1 is verified.</source>
        <translation>%1 ist verifiziert.</translation>
    </message>
    <message>
        <source>%1 is not verified (%2), so mail to its addresses would bounce: publish its TXT record and run its DNS check.</source>
        <translation>%1 ist nicht verifiziert (%2), daher würden E-Mails an ihre Adressen unzustellbar zurückgesendet: Veröffentlichen Sie ihren TXT-Eintrag, und führen Sie ihre DNS-Prüfung aus.</translation>
    </message>
    <message>
        <source>%1 has only its test domain: add the corporate domains that Exchange uses and verify them.</source>
        <translation>%1 hat nur ihre Testdomäne: Fügen Sie die Unternehmensdomänen hinzu, die Exchange verwendet, und verifizieren Sie sie.</translation>
    </message>
    <message>
        <source>Users with a mailbox here: %1. Whether their Exchange mailboxes have been migrated cannot be seen from here: confirm it for each user before routing that user&apos;s mail.</source>
        <translation>Benutzer mit einem Postfach hier: %1. Ob ihre Exchange-Postfächer migriert wurden, ist von hier aus nicht erkennbar: Bestätigen Sie es für jeden Benutzer, bevor Sie seine E-Mails weiterleiten.</translation>
    </message>
    <message>
        <source>No user has a mailbox here yet: enable the users, then migrate their Exchange mailboxes.</source>
        <translation>Noch kein Benutzer hat hier ein Postfach: Aktivieren Sie die Benutzer, und migrieren Sie dann ihre Exchange-Postfächer.</translation>
    </message>
    <message>
        <source>Where the MX records of the verified domains point has not been checked; run the DNS check. They must keep pointing at Exchange.</source>
        <translation>Wohin die MX-Einträge der verifizierten Domänen verweisen, wurde nicht geprüft; führen Sie die DNS-Prüfung aus. Sie müssen weiterhin auf Exchange verweisen.</translation>
    </message>
    <message>
        <source>%1: the MX record could not be checked (%2); check again later.</source>
        <translation>%1: Der MX-Eintrag konnte nicht geprüft werden (%2); prüfen Sie später erneut.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>%1: the MX record already points at this service (%2). While interoperating, Exchange must receive the mail: point the MX record back at Exchange.</source>
        <translation>%1: Der MX-Eintrag verweist bereits auf diesen Dienst (%2). Während der Interoperabilität muss Exchange die E-Mails empfangen: Lassen Sie den MX-Eintrag wieder auf Exchange verweisen.</translation>
    </message>
    <message>
        <source>%1: the MX record points at this service in another region (%2). While interoperating, Exchange must receive the mail: point the MX record back at Exchange.</source>
        <translation>%1: Der MX-Eintrag verweist auf diesen Dienst in einer anderen Region (%2). Während der Interoperabilität muss Exchange die E-Mails empfangen: Lassen Sie den MX-Eintrag wieder auf Exchange verweisen.</translation>
    </message>
    <message>
        <source>%1: the MX record points at %2, not at this service, so Exchange still receives the mail.</source>
        <translation>%1: Der MX-Eintrag verweist auf %2, nicht auf diesen Dienst, daher empfängt weiterhin Exchange die E-Mails.</translation>
    </message>
    <message>
        <source>%1 has no MX record, so no mail reaches Exchange: publish an MX record for your Exchange server.</source>
        <translation>%1 hat keinen MX-Eintrag, daher erreichen keine E-Mails Exchange: Veröffentlichen Sie einen MX-Eintrag für Ihren Exchange-Server.</translation>
    </message>
    <message>
        <source>%1: the name server did not answer for the MX record; check again later.</source>
        <translation>%1: Der Nameserver hat auf die Abfrage des MX-Eintrags nicht geantwortet; prüfen Sie später erneut.</translation>
    </message>
    <message>
        <source>AutoDiscover record</source>
        <translation>AutoDiscover-Eintrag</translation>
    </message>
    <message>
        <source>MX record</source>
        <translation>MX-Eintrag</translation>
    </message>
    <message>
        <source>%1: not checked yet; use Check DNS.</source>
        <translation>%1: noch nicht geprüft; verwenden Sie „DNS prüfen“.</translation>
    </message>
    <message>
        <source>%1: the last check did not look at its %2; use Check DNS.</source>
        <translation>%1: Die letzte Prüfung hat ihren %2 nicht berücksichtigt; verwenden Sie „DNS prüfen“.</translation>
    </message>
    <message>
        <source>%1: the last check could not run (%2); use Check DNS again.</source>
        <translation>%1: Die letzte Prüfung konnte nicht ausgeführt werden (%2); verwenden Sie erneut „DNS prüfen“.</translation>
    </message>
    <message>
        <source>%1 (priority %2)</source>
        <translation>%1 (Priorität %2)</translation>
    </message>
    <message>
        <source>%1 still lists other mail servers (%2); remove them so that all mail arrives here directly.</source>
        <translation>%1 führt noch andere Mailserver auf (%2); entfernen Sie diese, damit alle E-Mails direkt hier ankommen.</translation>
    </message>
    <message>
        <source>%1: %2 is missing; publish it with the value %3.</source>
        <translation>%1: %2 fehlt; veröffentlichen Sie den Eintrag mit dem Wert %3.</translation>
    </message>
    <message>
        <source>%1: %2 holds %3; change it to %4.</source>
        <translation>%1: %2 enthält %3; ändern Sie den Wert in %4.</translation>
    </message>
    <message>
        <source>%1: the name server did not answer for %2; use Check DNS again later.</source>
        <translation>%1: Der Nameserver hat auf die Abfrage von %2 nicht geantwortet; verwenden Sie später erneut „DNS prüfen“.</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <source>… and %1 more not listed here.</source>
        <translation>… und %1 weitere, die hier nicht aufgeführt sind.</translation>
    </message>
    <message>
        <source>The organization has no mail domain of its own, so there is no %1 to publish.</source>
        <translation>Die Organisation hat keine eigene E-Mail-Domäne, daher ist kein %1 zu veröffentlichen.</translation>
    </message>
    <message>
        <source>The last check found the %1 of every mail domain pointing at the service: %2.</source>
        <translation>Die letzte Prüfung hat ergeben, dass der %1 jeder E-Mail-Domäne auf den Dienst verweist: %2.</translation>
    </message>
    <message>
        <source>The %1 is not yet found pointing at the service for every mail domain (%2 of %3 to fix):</source>
        <translation>Der %1 verweist noch nicht bei jeder E-Mail-Domäne auf den Dienst (%2 von %3 zu beheben):</translation>
    </message>
    <message>
        <source>A changed MX record can take up to %1 hours to reach every DNS server; check again later if the new value is not seen yet.</source>
        <translation>Es kann bis zu %1 Stunden dauern, bis ein geänderter MX-Eintrag alle DNS-Server erreicht; prüfen Sie später erneut, wenn der neue Wert noch nicht sichtbar ist.</translation>
    </message>
    <message>
        <source>%1 can be marked done once Check DNS finds the %2 of every mail domain pointing at the service.</source>
        <translation>%1 kann als erledigt markiert werden, sobald „DNS prüfen“ feststellt, dass der %2 jeder E-Mail-Domäne auf den Dienst verweist.</translation>
    </message>
    <message>
        <source>No resource exists in the organization yet.</source>
        <translation>In der Organisation gibt es noch keine Ressource.</translation>
    </message>
    <message>
        <source>Resources in the organization now: %1.</source>
        <translation>Derzeitige Ressourcen in der Organisation: %1.</translation>
    </message>
    <message>
        <source>Meeting rooms and equipment that Exchange provided are not in the address book until they are created here: create them in the Resources pane, with their delegates and booking options, then mark this done.</source>
        <translation>Besprechungsräume und Ausstattung, die Exchange bereitgestellt hat, sind erst im Adressbuch, wenn sie hier erstellt werden: Erstellen Sie sie im Bereich „Ressourcen“ mit ihren Stellvertretern und Buchungsoptionen, und markieren Sie diesen Punkt dann als erledigt.</translation>
    </message>
    <message>
        <source>Once every mail domain&apos;s MX record points at the service and mail arrives here directly, retire the Exchange server if you no longer need it, then mark this done.</source>
        <translation>Sobald der MX-Eintrag jeder E-Mail-Domäne auf den Dienst verweist und E-Mails direkt hier ankommen, nehmen Sie den Exchange-Server außer Betrieb, wenn Sie ihn nicht mehr benötigen, und markieren Sie diesen Punkt dann als erledigt.</translation>
    </message>
    <message>
        <source>%1 comes after the MX switch: Check DNS must first find the MX record of every mail domain pointing at the service.</source>
        <translation>%1 folgt erst nach der Umstellung des MX-Eintrags: „DNS prüfen“ muss zuerst feststellen, dass der MX-Eintrag jeder E-Mail-Domäne auf den Dienst verweist.</translation>
    </message>
    <message>
        <source>%1 comes after the MX switch: mark &quot;%2&quot; done first.</source>
        <translation>%1 folgt erst nach der Umstellung des MX-Eintrags: Markieren Sie zuerst „%2“ als erledigt.</translation>
    </message>
    <message>
        <source>%1 is not on the decommission checklist.</source>
        <translation>%1 steht nicht auf der Checkliste für die Außerbetriebnahme.</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation>Falsch</translation>
    </message>
    <message>
        <source>Not checked yet: run the DNS check.</source>
        <translation>Noch nicht geprüft: Führen Sie die DNS-Prüfung aus.</translation>
    </message>
    <message>
        <source>The last check could not run: %1 Check again.</source>
        <translation>Die letzte Prüfung konnte nicht ausgeführt werden: %1 Prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not found: %1.</source>
        <translation>Nicht gefunden: %1.</translation>
    </message>
    <message>
        <source>The last check did not look for these records: %1. Check again.</source>
        <translation>Die letzte Prüfung hat nicht nach diesen Einträgen gesucht: %1. Prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>The verification and DKIM records are found.</source>
        <translation>Die Verifizierungs- und DKIM-Einträge wurden gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>All %n records are found.</source>
        <translation>
            <numerusform>Der %n Eintrag wurde gefunden.</numerusform>
            <numerusform>Alle %n Einträge wurden gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its MX record already points at the service, although Exchange is to stay the primary server for incoming email until interoperability is disabled.</source>
        <translation>Der MX-Eintrag der Domäne verweist bereits auf den Dienst, obwohl Exchange bis zum Deaktivieren der Interoperabilität der primäre Server für eingehende E-Mails bleiben soll.</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <source>Records missing</source>
        <translation>Einträge fehlen</translation>
    </message>
    <message>
        <source>The organization is in interoperability mode: Exchange stays the primary server for incoming email, so the MX and AutoDiscover records keep pointing at Exchange until interoperability is disabled, and the decommission checklist checks them then. Until then only the verification (TXT) and DKIM records of each domain count.</source>
        <translation>Die Organisation befindet sich im Interoperabilitätsmodus: Exchange bleibt der primäre Server für eingehende E-Mails, daher verweisen die MX- und AutoDiscover-Einträge weiterhin auf Exchange, bis die Interoperabilität deaktiviert ist; dann prüft sie die Checkliste für die Außerbetriebnahme. Bis dahin zählen nur der Verifizierungseintrag (TXT) und die DKIM-Einträge jeder Domäne.</translation>
    </message>
    <message>
        <source>Every record of each domain must point at the service: the verification (TXT) record, the MX record, the AutoDiscover record and the DKIM records. DNS changes can take several hours to spread; mail that reaches the old server meanwhile can be migrated again afterwards.</source>
        <translation>Jeder Eintrag jeder Domäne muss auf den Dienst verweisen: der Verifizierungseintrag (TXT), der MX-Eintrag, der AutoDiscover-Eintrag und die DKIM-Einträge. Es kann mehrere Stunden dauern, bis sich DNS-Änderungen verbreitet haben; E-Mails, die in der Zwischenzeit den alten Server erreichen, können anschließend erneut migriert werden.</translation>
    </message>
    <message>
        <source>Microsoft Outlook on Windows</source>
        <translation>Microsoft Outlook für Windows</translation>
    </message>
    <message>
        <source>Restart Outlook. When it asks whether to go on with the old mailbox or a temporary one, choose the temporary mailbox, then set up the Exchange account again from the start.</source>
        <translation>Starten Sie Outlook neu. Wenn Outlook fragt, ob Sie mit dem alten oder einem temporären Postfach fortfahren möchten, wählen Sie das temporäre Postfach, und richten Sie das Exchange-Konto dann von Grund auf neu ein.</translation>
    </message>
    <message>
        <source>Microsoft Outlook on Mac</source>
        <translation>Microsoft Outlook für Mac</translation>
    </message>
    <message>
        <source>Restart Outlook. It reports that it was redirected to the server %1 and asks whether that server may configure the settings: allow it.</source>
        <translation>Starten Sie Outlook neu. Outlook meldet, dass es zum Server %1 umgeleitet wurde, und fragt, ob dieser Server die Einstellungen konfigurieren darf: Erlauben Sie dies.</translation>
    </message>
    <message>
        <source>Mobile devices</source>
        <translation>Mobilgeräte</translation>
    </message>
    <message>
        <source>Phones and tablets connect through Exchange ActiveSync. Mail on iOS stops receiving email and shows &quot;Cannot get mail&quot;: remove the Exchange account and add it again. Set up other devices again the same way; where AutoDiscover does not find the server, enter it by hand.</source>
        <translation>Smartphones und Tablets verbinden sich über Exchange ActiveSync. Mail unter iOS empfängt keine E-Mails mehr und zeigt „E-Mail kann nicht abgerufen werden“ an: Entfernen Sie das Exchange-Konto, und fügen Sie es erneut hinzu. Richten Sie andere Geräte auf dieselbe Weise neu ein; wenn AutoDiscover den Server nicht findet, geben Sie ihn manuell ein.</translation>
    </message>
    <message>
        <source>Other IMAP clients</source>
        <translation>Andere IMAP-Clients</translation>
    </message>
    <message>
        <source>Add the mailbox again as an IMAP account of the service, with the user&apos;s email address and password. POP3 is not supported.</source>
        <translation>Fügen Sie das Postfach erneut als IMAP-Konto des Dienstes hinzu, mit der E-Mail-Adresse und dem Passwort des Benutzers. POP3 wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>The web application</source>
        <translation>Die Webanwendung</translation>
    </message>
    <message>
        <source>Nothing to set up: users sign in at https://%1/mail with their username and password.</source>
        <translation>Nichts einzurichten: Benutzer melden sich unter https://%1/mail mit ihrem Benutzernamen und Passwort an.</translation>
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
    <message>
        <source>%1: enter a name.</source>
        <translation>%1: Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>%1: use letters, digits, &quot;.&quot;, &quot;-&quot; and &quot;_&quot;, optionally followed by @ and a domain.</source>
        <translation>%1: Verwenden Sie Buchstaben, Ziffern, „.“, „-“ und „_“, optional gefolgt von @ und einer Domäne.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Resource name</source>
        <translation>Ressourcenname</translation>
    </message>
    <message>
        <source>Group name: enter a name.</source>
        <translation>Gruppenname: Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>Group name: at most %1 characters.</source>
        <translation>Gruppenname: höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Group name: &quot;%1&quot; is not a printable Latin-1 character.</source>
        <translation>Gruppenname: „%1“ ist kein druckbares Latin-1-Zeichen.</translation>
    </message>
    <message>
        <source>Description: at most %1 characters.</source>
        <translation>Beschreibung: höchstens %1 Zeichen.</translation>
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
        <source>Quick setup</source>
        <translation>Schnelleinrichtung</translation>
    </message>
    <message>
        <source>Standard setup</source>
        <translation>Standardeinrichtung</translation>
    </message>
    <message>
        <source>Add a group to a directory, not yet enabled for mail.</source>
        <translation>Eine Gruppe zu einem Verzeichnis hinzufügen, noch nicht für E-Mail aktiviert.</translation>
    </message>
    <message>
        <source>Added the group %1 to the directory; enable it in an organization to give it an address.</source>
        <translation>Die Gruppe %1 wurde zum Verzeichnis hinzugefügt; aktivieren Sie sie in einer Organisation, um ihr eine Adresse zu geben.</translation>
    </message>
    <message>
        <source>Mail domains of an organization: add, DNS records and their check, default, identity policy.</source>
        <translation>Mail-Domänen einer Organisation: hinzufügen, DNS-Einträge und ihre Prüfung, Standarddomäne, Identitätsrichtlinie.</translation>
    </message>
    <message>
        <source>List an organization&apos;s domains with their verification status.</source>
        <translation>Die Domänen einer Organisation mit ihrem Verifizierungsstatus auflisten.</translation>
    </message>
    <message>
        <source>Add a domain (Pending until its TXT record is found) and show the records to publish.</source>
        <translation>Eine Domäne hinzufügen (Status Ausstehend, bis ihr TXT-Eintrag gefunden wird) und die zu veröffentlichenden Einträge anzeigen.</translation>
    </message>
    <message>
        <source>Show one domain.</source>
        <translation>Eine Domäne anzeigen.</translation>
    </message>
    <message>
        <source>List the DNS records to publish for a domain: name, type, value and TTL.</source>
        <translation>Die zu veröffentlichenden DNS-Einträge einer Domäne auflisten: Name, Typ, Wert und TTL.</translation>
    </message>
    <message>
        <source>Make a verified domain the default for new addresses; existing addresses do not change.</source>
        <translation>Eine verifizierte Domäne zur Standarddomäne für neue Adressen machen; vorhandene Adressen ändern sich nicht.</translation>
    </message>
    <message>
        <source>Remove a domain that no address uses.</source>
        <translation>Eine Domäne entfernen, die keine Adresse verwendet.</translation>
    </message>
    <message>
        <source>The domain&apos;s name, typed again to confirm.</source>
        <translation>Der Name der Domäne, zur Bestätigung erneut eingegeben.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>DEFAULT</source>
        <translation>STANDARD</translation>
    </message>
    <message>
        <source>TEST</source>
        <translation>TEST</translation>
    </message>
    <message>
        <source>LAST CHECK</source>
        <translation>LETZTE PRÜFUNG</translation>
    </message>
    <message>
        <source>Added %1; it stays %2 until its TXT record is found.</source>
        <translation>%1 wurde hinzugefügt; die Domäne behält den Status %2, bis ihr TXT-Eintrag gefunden wird.</translation>
    </message>
    <message>
        <source>Publish these records, then run &apos;mailroomctl domain check-dns --org %1 %2&apos;:</source>
        <translation>Veröffentlichen Sie diese Einträge und führen Sie dann „mailroomctl domain check-dns --org %1 %2“ aus:</translation>
    </message>
    <message>
        <source>DNS name</source>
        <translation>DNS-Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Test domain</source>
        <translation>Testdomäne</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>Letzte Prüfung</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>the identity policy of %1 does not allow ses:*; run &apos;mailroomctl domain fix-policy --org %2 %1&apos;.</source>
        <translation>die Identitätsrichtlinie von %1 erlaubt ses:* nicht; führen Sie „mailroomctl domain fix-policy --org %2 %1“ aus.</translation>
    </message>
    <message>
        <source>%1 is the test domain: it needs no DNS records.</source>
        <translation>%1 ist die Testdomäne: Sie benötigt keine DNS-Einträge.</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>If your DNS provider adds the domain to every name you enter, end each name with a dot (%1.) so that it is not added twice.</source>
        <translation>Wenn Ihr DNS-Anbieter an jeden eingegebenen Namen die Domäne anhängt, beenden Sie jeden Namen mit einem Punkt (%1.), damit sie nicht doppelt angehängt wird.</translation>
    </message>
    <message>
        <source>%1 is now the default domain for new addresses; existing addresses keep theirs.</source>
        <translation>%1 ist jetzt die Standarddomäne für neue Adressen; vorhandene Adressen behalten ihre Domäne.</translation>
    </message>
    <message>
        <source>Removed the domain %1.</source>
        <translation>Die Domäne %1 wurde entfernt.</translation>
    </message>
    <message>
        <source>Look up a domain&apos;s records in DNS, report each as found, missing or wrong, and record the outcome: a found TXT record verifies the domain.</source>
        <translation>Die Einträge einer Domäne im DNS nachschlagen, jeden als gefunden, fehlend oder falsch melden und das Ergebnis speichern: Ein gefundener TXT-Eintrag verifiziert die Domäne.</translation>
    </message>
    <message>
        <source>Ask this name server (an IP address) for the domain&apos;s name servers instead of the system&apos;s resolver.</source>
        <translation>Diesen Nameserver (eine IP-Adresse) statt des System-Resolvers nach den Nameservern der Domäne fragen.</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>--nameserver needs an IP address, such as 192.0.2.53.</source>
        <translation>--nameserver erwartet eine IP-Adresse, zum Beispiel 192.0.2.53.</translation>
    </message>
    <message>
        <source>the check could not run: %1</source>
        <translation>die Prüfung konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 hat jetzt den Status %2.</translation>
    </message>
    <message>
        <source>The outcome was not recorded, so %1 stays %2: %3</source>
        <translation>Das Ergebnis wurde nicht gespeichert, daher behält %1 den Status %2: %3</translation>
    </message>
    <message>
        <source>DNS check of %1: asked %2; name servers: %3.</source>
        <translation>DNS-Prüfung von %1 – abgefragt: %2; Nameserver: %3.</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>keine gefunden</translation>
    </message>
    <message>
        <source>expected: %1</source>
        <translation>erwartet: %1</translation>
    </message>
    <message>
        <source>seen: %1</source>
        <translation>vorgefunden: %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>%1 of %2 records found.</source>
        <translation>%1 von %2 Einträgen gefunden.</translation>
    </message>
    <message>
        <source>Print a domain&apos;s identity policy (JSON).</source>
        <translation>Die Identitätsrichtlinie einer Domäne ausgeben (JSON).</translation>
    </message>
    <message>
        <source>Replace a domain&apos;s identity policy with the JSON of a file.</source>
        <translation>Die Identitätsrichtlinie einer Domäne durch das JSON aus einer Datei ersetzen.</translation>
    </message>
    <message>
        <source>The policy as JSON; - reads standard input.</source>
        <translation>Die Richtlinie als JSON; - liest von der Standardeingabe.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Allow every sending action (ses:*) in a domain&apos;s identity policy, as domains added since 2016-10-13 have it.</source>
        <translation>Alle Sendeaktionen (ses:*) in der Identitätsrichtlinie einer Domäne erlauben, wie bei Domänen, die seit dem 13.10.2016 hinzugefügt wurden.</translation>
    </message>
    <message>
        <source>%1 has no identity policy.</source>
        <translation>%1 hat keine Identitätsrichtlinie.</translation>
    </message>
    <message>
        <source>this policy does not allow ses:*; run &apos;mailroomctl domain fix-policy --org %1 %2&apos;.</source>
        <translation>diese Richtlinie erlaubt ses:* nicht; führen Sie „mailroomctl domain fix-policy --org %1 %2“ aus.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Set the identity policy of %1:</source>
        <translation>Die Identitätsrichtlinie von %1 wurde festgelegt:</translation>
    </message>
    <message>
        <source>The identity policy of %1 now allows ses:*:</source>
        <translation>Die Identitätsrichtlinie von %1 erlaubt jetzt ses:*:</translation>
    </message>
    <message>
        <source>Groups of an organization: distribution lists and security groups, their members.</source>
        <translation>Gruppen einer Organisation: Verteilerlisten und Sicherheitsgruppen, ihre Mitglieder.</translation>
    </message>
    <message>
        <source>List an organization&apos;s groups by name.</source>
        <translation>Die Gruppen einer Organisation nach Name auflisten.</translation>
    </message>
    <message>
        <source>Only groups whose name or address starts with this.</source>
        <translation>Nur Gruppen, deren Name oder Adresse hiermit beginnt.</translation>
    </message>
    <message>
        <source>Only groups in this state: Enabled or Disabled.</source>
        <translation>Nur Gruppen mit diesem Status: Enabled oder Disabled.</translation>
    </message>
    <message>
        <source>Show at most this many groups (default: %1).</source>
        <translation>Höchstens so viele Gruppen anzeigen (Standard: %1).</translation>
    </message>
    <message>
        <source>Skip this many groups first (default: 0).</source>
        <translation>Zuerst so viele Gruppen überspringen (Standard: 0).</translation>
    </message>
    <message>
        <source>Create an enabled group with its address and members.</source>
        <translation>Eine aktivierte Gruppe mit ihrer Adresse und ihren Mitgliedern erstellen.</translation>
    </message>
    <message>
        <source>A member: a username, a group name or an id (repeat for more members).</source>
        <translation>Ein Mitglied: ein Benutzername, ein Gruppenname oder eine ID (für weitere Mitglieder wiederholen).</translation>
    </message>
    <message>
        <source>MEMBER</source>
        <translation>MITGLIED</translation>
    </message>
    <message>
        <source>Show one group, by name or id.</source>
        <translation>Eine Gruppe anzeigen, per Name oder ID.</translation>
    </message>
    <message>
        <source>Enable a disabled group for mail with the proposed address unless --email is given.</source>
        <translation>Eine deaktivierte Gruppe mit der vorgeschlagenen Adresse für E-Mail aktivieren, sofern --email nicht angegeben ist.</translation>
    </message>
    <message>
        <source>The group&apos;s address, on a verified domain.</source>
        <translation>Die Adresse der Gruppe, auf einer verifizierten Domäne.</translation>
    </message>
    <message>
        <source>Disable a group: it keeps its members and loses its address.</source>
        <translation>Eine Gruppe deaktivieren: Sie behält ihre Mitglieder und verliert ihre Adresse.</translation>
    </message>
    <message>
        <source>Delete a disabled group, for good.</source>
        <translation>Eine deaktivierte Gruppe endgültig löschen.</translation>
    </message>
    <message>
        <source>--state must be Enabled or Disabled.</source>
        <translation>--state muss Enabled oder Disabled sein.</translation>
    </message>
    <message>
        <source>MEMBERS</source>
        <translation>MITGLIEDER</translation>
    </message>
    <message>
        <source>%1 of %2 groups</source>
        <translation>%1 von %2 Gruppen</translation>
    </message>
    <message>
        <source>Created the group %1 &lt;%2&gt;; members: %3.</source>
        <translation>Die Gruppe %1 &lt;%2&gt; wurde erstellt; Mitglieder: %3.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Enabled the group %1 with the address %2.</source>
        <translation>Die Gruppe %1 wurde mit der Adresse %2 aktiviert.</translation>
    </message>
    <message>
        <source>Disabled the group %1; it keeps its members and no longer has an address.</source>
        <translation>Die Gruppe %1 wurde deaktiviert; sie behält ihre Mitglieder und hat keine Adresse mehr.</translation>
    </message>
    <message>
        <source>Deleting a group cannot be undone; add --yes to confirm.</source>
        <translation>Das Löschen einer Gruppe kann nicht rückgängig gemacht werden; fügen Sie zur Bestätigung --yes hinzu.</translation>
    </message>
    <message>
        <source>Deleted the group %1 for good.</source>
        <translation>Die Gruppe %1 wurde endgültig gelöscht.</translation>
    </message>
    <message>
        <source>List a group&apos;s members: groups first, then users.</source>
        <translation>Die Mitglieder einer Gruppe auflisten: zuerst Gruppen, dann Benutzer.</translation>
    </message>
    <message>
        <source>Add users and groups (by username, group name or id) to a group; a group that would contain itself is refused.</source>
        <translation>Benutzer und Gruppen (per Benutzername, Gruppenname oder ID) zu einer Gruppe hinzufügen; eine Gruppe, die sich selbst enthalten würde, wird abgelehnt.</translation>
    </message>
    <message>
        <source>Remove users and groups (by username, group name or id) from a group.</source>
        <translation>Benutzer und Gruppen (per Benutzername, Gruppenname oder ID) aus einer Gruppe entfernen.</translation>
    </message>
    <message>
        <source>List the enabled users that mail to the group reaches, each once, nested groups included.</source>
        <translation>Die aktivierten Benutzer auflisten, die E-Mails an die Gruppe erreichen, jeden einmal, einschließlich verschachtelter Gruppen.</translation>
    </message>
    <message>
        <source>Added to %1: %2.</source>
        <translation>Zu %1 hinzugefügt: %2.</translation>
    </message>
    <message>
        <source>Removed from %1: %2.</source>
        <translation>Aus %1 entfernt: %2.</translation>
    </message>
    <message>
        <source>THROUGH</source>
        <translation>ÜBER</translation>
    </message>
    <message>
        <source>Recipients of mail to %1: %2.</source>
        <translation>Empfänger von E-Mails an %1: %2.</translation>
    </message>
    <message>
        <source>%1 is both a user and a group; give the id instead: %2 (user) or %3 (group).</source>
        <translation>%1 ist sowohl ein Benutzer als auch eine Gruppe; geben Sie stattdessen die ID an: %2 (Benutzer) oder %3 (Gruppe).</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>ENABLED</source>
        <translation>AKTIVIERT</translation>
    </message>
    <message>
        <source>--%1 must be on or off.</source>
        <translation>--%1 muss on oder off sein.</translation>
    </message>
    <message>
        <source>Accept every request automatically (delegates need this off).</source>
        <translation>Jede Anfrage automatisch annehmen (für Stellvertreter muss dies ausgeschaltet sein).</translation>
    </message>
    <message>
        <source>Decline recurring requests automatically.</source>
        <translation>Wiederkehrende Anfragen automatisch ablehnen.</translation>
    </message>
    <message>
        <source>Decline conflicting requests automatically.</source>
        <translation>Anfragen mit Terminkonflikt automatisch ablehnen.</translation>
    </message>
    <message>
        <source>Show a resource&apos;s booking options, or change those given.</source>
        <translation>Die Buchungsoptionen einer Ressource anzeigen oder die angegebenen ändern.</translation>
    </message>
    <message>
        <source>List a resource&apos;s delegates, who get copies of its booking requests.</source>
        <translation>Die Stellvertreter einer Ressource auflisten, die Kopien ihrer Buchungsanfragen erhalten.</translation>
    </message>
    <message>
        <source>Add users and groups (by username, group name or id) as delegates; only while the resource does not accept every request.</source>
        <translation>Benutzer und Gruppen (per Benutzername, Gruppenname oder ID) als Stellvertreter hinzufügen; nur solange die Ressource nicht jede Anfrage annimmt.</translation>
    </message>
    <message>
        <source>Remove delegates (by username, group name or id).</source>
        <translation>Stellvertreter entfernen (per Benutzername, Gruppenname oder ID).</translation>
    </message>
    <message>
        <source>Changed the booking options of %1.</source>
        <translation>Die Buchungsoptionen von %1 wurden geändert.</translation>
    </message>
    <message>
        <source>Added as delegates of %1: %2.</source>
        <translation>Als Stellvertreter von %1 hinzugefügt: %2.</translation>
    </message>
    <message>
        <source>Removed as delegates of %1: %2.</source>
        <translation>Als Stellvertreter von %1 entfernt: %2.</translation>
    </message>
    <message>
        <source>--type must be Room or Equipment.</source>
        <translation>--type muss Room oder Equipment sein.</translation>
    </message>
    <message>
        <source>Rooms and equipment of an organization: details, booking options and delegates.</source>
        <translation>Räume und Ausstattung einer Organisation: Details, Buchungsoptionen und Stellvertreter.</translation>
    </message>
    <message>
        <source>Room or Equipment.</source>
        <translation>Room oder Equipment.</translation>
    </message>
    <message>
        <source>The resource&apos;s address, on a verified domain.</source>
        <translation>Die Adresse der Ressource, auf einer verifizierten Domäne.</translation>
    </message>
    <message>
        <source>What it is, for people (at most 64 characters).</source>
        <translation>Was sie ist, als Beschreibung für Personen (höchstens 64 Zeichen).</translation>
    </message>
    <message>
        <source>List an organization&apos;s resources by name.</source>
        <translation>Die Ressourcen einer Organisation nach Name auflisten.</translation>
    </message>
    <message>
        <source>Only resources whose name or address starts with this.</source>
        <translation>Nur Ressourcen, deren Name oder Adresse hiermit beginnt.</translation>
    </message>
    <message>
        <source>Create a resource that accepts every booking request and declines conflicting ones.</source>
        <translation>Eine Ressource erstellen, die jede Buchungsanfrage annimmt und Anfragen mit Terminkonflikt ablehnt.</translation>
    </message>
    <message>
        <source>Show one resource, by name or id, with its booking options.</source>
        <translation>Eine Ressource anzeigen, per Name oder ID, mit ihren Buchungsoptionen.</translation>
    </message>
    <message>
        <source>Change a resource&apos;s details; details not given keep their values.</source>
        <translation>Die Details einer Ressource ändern; nicht angegebene Details behalten ihren Wert.</translation>
    </message>
    <message>
        <source>The new name.</source>
        <translation>Der neue Name.</translation>
    </message>
    <message>
        <source>Remove a resource with its address and delegates, for good.</source>
        <translation>Eine Ressource mit ihrer Adresse und ihren Stellvertretern endgültig entfernen.</translation>
    </message>
    <message>
        <source>Confirm that the removal cannot be undone.</source>
        <translation>Bestätigen, dass das Entfernen nicht rückgängig gemacht werden kann.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Accept all requests</source>
        <translation>Alle Anfragen annehmen</translation>
    </message>
    <message>
        <source>Decline recurring requests</source>
        <translation>Wiederkehrende Anfragen ablehnen</translation>
    </message>
    <message>
        <source>Decline conflicting requests</source>
        <translation>Anfragen mit Terminkonflikt ablehnen</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>BESCHREIBUNG</translation>
    </message>
    <message>
        <source>Created %1 &lt;%2&gt; (%3).</source>
        <translation>%1 &lt;%2&gt; (%3) erstellt.</translation>
    </message>
    <message>
        <source>Removing a resource cannot be undone; add --yes to confirm.</source>
        <translation>Das Entfernen einer Ressource kann nicht rückgängig gemacht werden; fügen Sie zur Bestätigung --yes hinzu.</translation>
    </message>
    <message>
        <source>Removed the resource %1 with its address and delegates.</source>
        <translation>Die Ressource %1 wurde mit ihrer Adresse und ihren Stellvertretern entfernt.</translation>
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
        <source>The organization, by alias or id.</source>
        <translation>Die Organisation, per Alias oder ID.</translation>
    </message>
    <message>
        <source>Try &apos;%1&apos; for more information.</source>
        <translation>Weitere Informationen erhalten Sie mit „%1“.</translation>
    </message>
    <message>
        <source>%1 added, %2 refused.</source>
        <translation>%1 hinzugefügt, %2 abgelehnt.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>--action must be one of %1.</source>
        <translation>--action muss einer der Werte %1 sein.</translation>
    </message>
    <message>
        <source>PATTERN</source>
        <translation>MUSTER</translation>
    </message>
    <message>
        <source>Sender patterns from a file, one a line; - reads standard input.</source>
        <translation>Absendermuster aus einer Datei, eines pro Zeile; - liest von der Standardeingabe.</translation>
    </message>
    <message>
        <source>List an organization&apos;s email flow rules: name, action and patterns.</source>
        <translation>Die E-Mail-Flussregeln einer Organisation auflisten: Name, Aktion und Muster.</translation>
    </message>
    <message>
        <source>Create a rule: one action for mail from senders that match its patterns.</source>
        <translation>Eine Regel erstellen: eine Aktion für E-Mails von Absendern, die zu ihren Mustern passen.</translation>
    </message>
    <message>
        <source>What happens to mail the rule decides.</source>
        <translation>Was mit E-Mails geschieht, über die die Regel entscheidet.</translation>
    </message>
    <message>
        <source>A sender pattern: mailbox@domain.com, domain.com, *.domain.com or * (repeat for more patterns).</source>
        <translation>Ein Absendermuster: mailbox@domain.com, domain.com, *.domain.com oder * (für weitere Muster wiederholen).</translation>
    </message>
    <message>
        <source>Show one rule, by name or id.</source>
        <translation>Eine Regel anzeigen, per Name oder ID.</translation>
    </message>
    <message>
        <source>Change a rule&apos;s name, action or patterns; what is not given keeps its value.</source>
        <translation>Den Namen, die Aktion oder die Muster einer Regel ändern; nicht Angegebenes behält seinen Wert.</translation>
    </message>
    <message>
        <source>The rule&apos;s new name.</source>
        <translation>Der neue Name der Regel.</translation>
    </message>
    <message>
        <source>The rule&apos;s new action.</source>
        <translation>Die neue Aktion der Regel.</translation>
    </message>
    <message>
        <source>A sender pattern (repeat for more); the patterns given replace all the rule&apos;s patterns.</source>
        <translation>Ein Absendermuster (für weitere wiederholen); die angegebenen Muster ersetzen alle Muster der Regel.</translation>
    </message>
    <message>
        <source>Remove a rule; it no longer applies to any message.</source>
        <translation>Eine Regel entfernen; sie gilt danach für keine Nachricht mehr.</translation>
    </message>
    <message>
        <source>PATTERNS</source>
        <translation>MUSTER</translation>
    </message>
    <message>
        <source>rule create needs --pattern or --patterns-file.</source>
        <translation>rule create erfordert --pattern oder --patterns-file.</translation>
    </message>
    <message>
        <source>Created the rule %1: %2 for %3.</source>
        <translation>Die Regel %1 wurde erstellt: %2 für %3.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>rule update needs --name, --action, --pattern or --patterns-file.</source>
        <translation>rule update erfordert --name, --action, --pattern oder --patterns-file.</translation>
    </message>
    <message>
        <source>Updated the rule %1: %2 for %3.</source>
        <translation>Die Regel %1 wurde aktualisiert: %2 für %3.</translation>
    </message>
    <message>
        <source>Removing a rule cannot be undone; add --yes to confirm.</source>
        <translation>Das Entfernen einer Regel kann nicht rückgängig gemacht werden; fügen Sie zur Bestätigung --yes hinzu.</translation>
    </message>
    <message>
        <source>Removed the rule %1.</source>
        <translation>Die Regel %1 wurde entfernt.</translation>
    </message>
    <message>
        <source>The message&apos;s From address.</source>
        <translation>Die From-Adresse der Nachricht.</translation>
    </message>
    <message>
        <source>The address of the message&apos;s Sender header, if it has one; it is tried before From.</source>
        <translation>Die Adresse im Sender-Header der Nachricht, falls vorhanden; sie wird vor From geprüft.</translation>
    </message>
    <message>
        <source>No rule matched, so the message gets normal delivery.</source>
        <translation>Keine Regel passt, daher wird die Nachricht normal zugestellt.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Other matches:</source>
        <translation>Weitere Treffer:</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>REGEL</translation>
    </message>
    <message>
        <source>HEADER</source>
        <translation>HEADER</translation>
    </message>
    <message>
        <source>WHY IT LOST</source>
        <translation>WARUM UNTERLEGEN</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>MELDUNG</translation>
    </message>
    <message>
        <source>Email flow rules of an organization: what happens to mail from given senders, the rule test, warnings.</source>
        <translation>E-Mail-Flussregeln einer Organisation: was mit E-Mails von bestimmten Absendern geschieht, der Regeltest, Warnungen.</translation>
    </message>
    <message>
        <source>One of %1.</source>
        <translation>Einer der Werte %1.</translation>
    </message>
    <message>
        <source>Show what happens to mail from a sender and why: the deciding rule and pattern, and the matches that lose.</source>
        <translation>Anzeigen, was mit E-Mails von einem Absender geschieht und warum: die entscheidende Regel und das entscheidende Muster sowie die unterlegenen Treffer.</translation>
    </message>
    <message>
        <source>List warnings: repeated or shadowed patterns, Drop or Bounce inside a wider rule that delivers, rules that never decide.</source>
        <translation>Warnungen auflisten: wiederholte oder verdeckte Muster, Drop oder Bounce innerhalb einer umfassenderen Regel, die zustellt, Regeln, die nie entscheiden.</translation>
    </message>
    <message>
        <source>Journaling of an organization: where a record of each message goes, and the reserved journal sender.</source>
        <translation>Journaling einer Organisation: wohin ein Eintrag zu jeder Nachricht gesendet wird, und der reservierte Journalabsender.</translation>
    </message>
    <message>
        <source>Show whether journaling is on, its two addresses and the reserved address journal records are sent from.</source>
        <translation>Anzeigen, ob das Journaling eingeschaltet ist, seine beiden Adressen und die reservierte Adresse, von der Journaleinträge gesendet werden.</translation>
    </message>
    <message>
        <source>Turn journaling on or off or change its addresses, at once; what is not given keeps its value.</source>
        <translation>Das Journaling sofort ein- oder ausschalten oder seine Adressen ändern; nicht Angegebenes behält seinen Wert.</translation>
    </message>
    <message>
        <source>Turn journaling on; both addresses must then be valid.</source>
        <translation>Das Journaling einschalten; beide Adressen müssen dann gültig sein.</translation>
    </message>
    <message>
        <source>Turn journaling off; the addresses are kept.</source>
        <translation>Das Journaling ausschalten; die Adressen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Where journal records go; it may be outside the organization.</source>
        <translation>Wohin Journaleinträge gesendet werden; die Adresse kann außerhalb der Organisation liegen.</translation>
    </message>
    <message>
        <source>Where a notice goes when a message could not be journaled.</source>
        <translation>Wohin eine Benachrichtigung gesendet wird, wenn für eine Nachricht kein Journaleintrag erstellt werden konnte.</translation>
    </message>
    <message>
        <source>Give --on or --off, not both.</source>
        <translation>Geben Sie --on oder --off an, nicht beides.</translation>
    </message>
    <message>
        <source>journaling set needs --on, --off, --journal-address or --report-address.</source>
        <translation>journaling set erfordert --on, --off, --journal-address oder --report-address.</translation>
    </message>
    <message>
        <source>Saved the journaling of %1:</source>
        <translation>Journaling von %1 gespeichert:</translation>
    </message>
    <message>
        <source>Journaling</source>
        <translation>Journaling</translation>
    </message>
    <message>
        <source>Journaling address</source>
        <translation>Journaling-Adresse</translation>
    </message>
    <message>
        <source>Report address</source>
        <translation>Berichtsadresse</translation>
    </message>
    <message>
        <source>Journal sender</source>
        <translation>Journalabsender</translation>
    </message>
    <message>
        <source>The journal sender is reserved: it has no mailbox, and no user, group or resource can take its name or address.</source>
        <translation>Der Journalabsender ist reserviert: Er hat kein Postfach, und kein Benutzer, keine Gruppe und keine Ressource kann seinen Namen oder seine Adresse verwenden.</translation>
    </message>
    <message>
        <source>The service accepts the message&apos;s attachments and size.</source>
        <translation>Der Dienst akzeptiert die Anhänge und die Größe der Nachricht.</translation>
    </message>
    <message>
        <source>Refused whatever the rules say:</source>
        <translation>Unabhängig von den Regeln abgelehnt:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von (From)</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender (Sender)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Choose the migration administrator, an enabled user (by username or id); --clear goes back to the user named migration_admin.</source>
        <translation>Den Migrationsadministrator auswählen, einen aktivierten Benutzer (per Benutzername oder ID); --clear kehrt zum Benutzer namens migration_admin zurück.</translation>
    </message>
    <message>
        <source>Drop the choice, so that the user named migration_admin is the migration administrator.</source>
        <translation>Die Auswahl aufheben, sodass der Benutzer namens migration_admin der Migrationsadministrator ist.</translation>
    </message>
    <message>
        <source>The migration administrator of an organization: the user a migration partner&apos;s tools work through.</source>
        <translation>Der Migrationsadministrator einer Organisation: der Benutzer, über den die Tools eines Migrationspartners arbeiten.</translation>
    </message>
    <message>
        <source>Show the migration administrator: the chosen user, else the user named migration_admin.</source>
        <translation>Den Migrationsadministrator anzeigen: den ausgewählten Benutzer, sonst den Benutzer namens migration_admin.</translation>
    </message>
    <message>
        <source>Give USER or --clear, not both.</source>
        <translation>Geben Sie USER oder --clear an, nicht beides.</translation>
    </message>
    <message>
        <source>migration set-admin needs USER or --clear.</source>
        <translation>migration set-admin erfordert USER oder --clear.</translation>
    </message>
    <message>
        <source>Saved the migration administrator of %1:</source>
        <translation>Migrationsadministrator von %1 gespeichert:</translation>
    </message>
    <message>
        <source>%1 has no migration administrator yet: create a user named migration_admin (or enable it), or choose one with &apos;mailroomctl migration set-admin --org %1 USER&apos;.</source>
        <translation>%1 hat noch keinen Migrationsadministrator: Erstellen Sie einen Benutzer namens migration_admin (oder aktivieren Sie ihn), oder wählen Sie einen mit „mailroomctl migration set-admin --org %1 USER“ aus.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>chosen in the settings</source>
        <translation>in den Einstellungen ausgewählt</translation>
    </message>
    <message>
        <source>the user named migration_admin, as no other user is chosen</source>
        <translation>der Benutzer namens migration_admin, da kein anderer Benutzer ausgewählt ist</translation>
    </message>
    <message>
        <source>%1 is disabled, so migration cannot work through it: enable it, or choose another user.</source>
        <translation>%1 ist deaktiviert, daher kann die Migration nicht über diesen Benutzer erfolgen: Aktivieren Sie ihn oder wählen Sie einen anderen Benutzer aus.</translation>
    </message>
    <message>
        <source>Instead of --from and --sender: an .eml file, whose Sender and From headers are tested and whose attachments and size may be refused.</source>
        <translation>Anstelle von --from und --sender: eine .eml-Datei, deren Sender- und From-Header geprüft werden und deren Anhänge und Größe abgelehnt werden können.</translation>
    </message>
    <message>
        <source>--eml takes From and Sender from the message; give either --eml or --from.</source>
        <translation>--eml übernimmt From und Sender aus der Nachricht; geben Sie entweder --eml oder --from an.</translation>
    </message>
    <message>
        <source>rule test needs --from or --eml.</source>
        <translation>rule test erfordert --from oder --eml.</translation>
    </message>
    <message>
        <source>No warnings about the email flow rules.</source>
        <translation>Keine Warnungen zu den E-Mail-Flussregeln.</translation>
    </message>
    <message>
        <source>The device&apos;s type as it reports it, such as iPhone or Android.</source>
        <translation>Der Typ des Geräts, wie es ihn meldet, etwa iPhone oder Android.</translation>
    </message>
    <message>
        <source>The device&apos;s model.</source>
        <translation>Das Modell des Geräts.</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODELL</translation>
    </message>
    <message>
        <source>The device&apos;s operating system.</source>
        <translation>Das Betriebssystem des Geräts.</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>OS</translation>
    </message>
    <message>
        <source>The user agent of the device&apos;s mail client.</source>
        <translation>Der User-Agent des E-Mail-Clients des Geräts.</translation>
    </message>
    <message>
        <source>USER-AGENT</source>
        <translation>USER-AGENT</translation>
    </message>
    <message>
        <source>When not given, what it reported before stays.</source>
        <translation>Ohne Angabe bleibt der zuvor gemeldete Wert erhalten.</translation>
    </message>
    <message>
        <source>Acknowledge the policy the device was sent, with the policy key it was given.</source>
        <translation>Die an das Gerät gesendete Richtlinie bestätigen, mit dem Richtlinienschlüssel, den es erhalten hat.</translation>
    </message>
    <message>
        <source>Acknowledge the wipe the device was told to make.</source>
        <translation>Die Fernlöschung bestätigen, die das Gerät ausführen sollte.</translation>
    </message>
    <message>
        <source>Check a device of a user in, as the device does when it connects: it is registered if new, and told to provision or wipe, or nothing.</source>
        <translation>Ein Gerät eines Benutzers anmelden, wie es das Gerät beim Verbinden selbst tut: Ist es neu, wird es registriert; es erhält die Anweisung zur Bereitstellung, zur Fernlöschung oder keine Anweisung.</translation>
    </message>
    <message>
        <source>Give --ack-policy or --ack-wipe, not both.</source>
        <translation>Geben Sie --ack-policy oder --ack-wipe an, nicht beides.</translation>
    </message>
    <message>
        <source>--ack-policy needs the policy key, a whole number, not &apos;%1&apos;.</source>
        <translation>--ack-policy erwartet den Richtlinienschlüssel, eine ganze Zahl, nicht „%1“.</translation>
    </message>
    <message>
        <source>Registered the new device %1 of %2.</source>
        <translation>Das neue Gerät %1 von %2 wurde registriert.</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Policy key</source>
        <translation>Richtlinienschlüssel</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>User-Agent</translation>
    </message>
    <message>
        <source>List a user&apos;s mobile devices (by username) with their status and last sync.</source>
        <translation>Die Mobilgeräte eines Benutzers (per Benutzername) mit ihrem Status und ihrer letzten Synchronisierung auflisten.</translation>
    </message>
    <message>
        <source>Show one device of a user, by the ID the device reports: what it reported, its syncs and its status.</source>
        <translation>Ein Gerät eines Benutzers anzeigen, anhand der ID, die das Gerät meldet: was es gemeldet hat, seine Synchronisierungen und seinen Status.</translation>
    </message>
    <message>
        <source>Request a wipe of a device; it is wiped at its next check-in. Only while the device is connected (synced within the last 5 minutes).</source>
        <translation>Eine Fernlöschung eines Geräts anfordern; es wird bei seiner nächsten Anmeldung gelöscht. Nur solange das Gerät verbunden ist (Synchronisierung innerhalb der letzten 5 Minuten).</translation>
    </message>
    <message>
        <source>Take a device off the user&apos;s list; it is registered again when it next checks in.</source>
        <translation>Ein Gerät aus der Liste des Benutzers entfernen; es wird bei seiner nächsten Anmeldung erneut registriert.</translation>
    </message>
    <message>
        <source>Mobile devices of a user: list, show, wipe, remove, and the check-in a device makes.</source>
        <translation>Mobilgeräte eines Benutzers: auflisten, anzeigen, fernlöschen, entfernen und die Anmeldung eines Geräts.</translation>
    </message>
    <message>
        <source>Device ID: %1 has no device %2.</source>
        <translation>Geräte-ID: %1 hat kein Gerät %2.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>Geräte-ID</translation>
    </message>
    <message>
        <source>First sync</source>
        <translation>Erste Synchronisierung</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzte Synchronisierung</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Acknowledged policy key</source>
        <translation>Bestätigter Richtlinienschlüssel</translation>
    </message>
    <message>
        <source>DEVICE ID</source>
        <translation>GERÄTE-ID</translation>
    </message>
    <message>
        <source>LAST SYNC</source>
        <translation>LETZTE SYNCHRONISIERUNG</translation>
    </message>
    <message>
        <source>Requested a wipe of the device %1 of %2; it is wiped at its next check-in.</source>
        <translation>Fernlöschung des Geräts %1 von %2 angefordert; es wird bei seiner nächsten Anmeldung gelöscht.</translation>
    </message>
    <message>
        <source>Removed the device %1 of %2 from the list; it is registered again when it next checks in.</source>
        <translation>Das Gerät %1 von %2 wurde aus der Liste entfernt; es wird bei seiner nächsten Anmeldung erneut registriert.</translation>
    </message>
    <message>
        <source>Usage: mailroomctl [--db PATH] [--json] [--read-only] &lt;command&gt; &lt;verb&gt; [arguments]
Administers a Mailroom database: directories, organizations, users, groups, domains, resources, the mobile device policy and users&apos; mobile devices, email flow rules, journaling, the migration administrator and the audit log.

Commands:
</source>
        <translation>Aufruf: mailroomctl [--db PFAD] [--json] [--read-only] &lt;Befehl&gt; &lt;Verb&gt; [Argumente]
Verwaltet eine Mailroom-Datenbank: Verzeichnisse, Organisationen, Benutzer, Gruppen, Domänen, Ressourcen, die Richtlinie für Mobilgeräte und die Mobilgeräte der Benutzer, E-Mail-Flussregeln, Journaling, den Migrationsadministrator und das Prüfprotokoll.

Befehle:
</translation>
    </message>
    <message>
        <source>The mobile device policy of an organization: what a device must enforce to sync mail.</source>
        <translation>Die Richtlinie für Mobilgeräte einer Organisation: was ein Gerät durchsetzen muss, um E-Mails zu synchronisieren.</translation>
    </message>
    <message>
        <source>Show the organization&apos;s mobile policy, items a to k, and its policy key.</source>
        <translation>Die Richtlinie für Mobilgeräte der Organisation (Punkte a bis k) und ihren Richtlinienschlüssel anzeigen.</translation>
    </message>
    <message>
        <source>Change items of the mobile policy; items not given keep their values. Devices must provision again when the policy changes.</source>
        <translation>Punkte der Richtlinie für Mobilgeräte ändern; nicht angegebene Punkte behalten ihren Wert. Wenn sich die Richtlinie ändert, müssen die Geräte erneut bereitgestellt werden.</translation>
    </message>
    <message>
        <source>(%1) %2</source>
        <translation>(%1) %2</translation>
    </message>
    <message>
        <source>--%1 must be yes or no (or true or false), not &apos;%2&apos;.</source>
        <translation>--%1 muss yes oder no (bzw. true oder false) sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number, not &apos;%2&apos;.</source>
        <translation>--%1 erwartet eine ganze Zahl, nicht „%2“.</translation>
    </message>
    <message>
        <source>policy set needs at least one of %1.</source>
        <translation>policy set erfordert mindestens eine der Optionen %1.</translation>
    </message>
    <message>
        <source>The mobile policy of %1 is unchanged; nothing was saved.</source>
        <translation>Die Richtlinie für Mobilgeräte von %1 ist unverändert; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Saved the mobile policy of %1:</source>
        <translation>Richtlinie für Mobilgeräte von %1 gespeichert:</translation>
    </message>
    <message>
        <source>Devices that must provision again: %1. Each gets the policy at its next check-in.</source>
        <translation>Geräte, die erneut bereitgestellt werden müssen: %1. Jedes erhält die Richtlinie bei seiner nächsten Anmeldung.</translation>
    </message>
    <message>
        <source>%1) %2</source>
        <translation>%1) %2</translation>
    </message>
    <message>
        <source>Items %1 to %2 apply only while a password is required.</source>
        <translation>Die Punkte %1 bis %2 gelten nur, solange ein Passwort erforderlich ist.</translation>
    </message>
    <message>
        <source>Trust the certificates of this PEM file (an enterprise CA bundle) besides the system&apos;s.</source>
        <translation>Den Zertifikaten dieser PEM-Datei (ein CA-Bundle des Unternehmens) zusätzlich zu denen des Systems vertrauen.</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>invalid address</source>
        <translation>ungültige Adresse</translation>
    </message>
    <message>
        <source>server not found</source>
        <translation>Server nicht gefunden</translation>
    </message>
    <message>
        <source>connection failed</source>
        <translation>Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>invalid user name or password</source>
        <translation>ungültiger Benutzername oder ungültiges Passwort</translation>
    </message>
    <message>
        <source>untrusted certificate</source>
        <translation>nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>unexpected answer</source>
        <translation>unerwartete Antwort</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <source>Exchange Web Services: test the availability settings&apos; connection.</source>
        <translation>Exchange-Webdienste: die Verbindung der Verfügbarkeitseinstellungen testen.</translation>
    </message>
    <message>
        <source>Send one EWS request with Basic authentication to URL as the service account and say whether it works or what to fix. The password is read from standard input.</source>
        <translation>Eine EWS-Anfrage mit Standardauthentifizierung als Dienstkonto an URL senden und melden, ob sie funktioniert oder was zu beheben ist. Das Passwort wird von der Standardeingabe gelesen.</translation>
    </message>
    <message>
        <source>The service account, as DOMAIN\username or in FQDN form.</source>
        <translation>Das Dienstkonto, als DOMÄNE\Benutzername oder in FQDN-Form.</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>KONTO</translation>
    </message>
    <message>
        <source>AutoDiscover: check a domain&apos;s phase-2 endpoint.</source>
        <translation>AutoDiscover: den Phase-2-Endpunkt einer Domäne prüfen.</translation>
    </message>
    <message>
        <source>Check https://autodiscover.DOMAIN/autodiscover/autodiscover.xml: it must ask for credentials, and with --email the MobileSync request must name the MobileSync URL.</source>
        <translation>https://autodiscover.DOMAIN/autodiscover/autodiscover.xml prüfen: Der Endpunkt muss Anmeldeinformationen anfordern, und mit --email muss die MobileSync-Anfrage die MobileSync-URL nennen.</translation>
    </message>
    <message>
        <source>Also send the MobileSync request as this user (password from standard input with --password-stdin).</source>
        <translation>Zusätzlich die MobileSync-Anfrage als dieser Benutzer senden (Passwort von der Standardeingabe mit --password-stdin).</translation>
    </message>
    <message>
        <source>Connect to this address (IP or IP:PORT) instead of looking up autodiscover.DOMAIN; the certificate must still name that host.</source>
        <translation>Mit dieser Adresse (IP oder IP:PORT) verbinden, statt autodiscover.DOMAIN nachzuschlagen; das Zertifikat muss trotzdem diesen Host nennen.</translation>
    </message>
    <message>
        <source>IP:PORT</source>
        <translation>IP:PORT</translation>
    </message>
    <message>
        <source>Testing %1 ...</source>
        <translation>%1 wird getestet ...</translation>
    </message>
    <message>
        <source>EWS test</source>
        <translation>EWS-Test</translation>
    </message>
    <message>
        <source>--email needs --password-stdin: the password is read from standard input.</source>
        <translation>--email erfordert --password-stdin: Das Passwort wird von der Standardeingabe gelesen.</translation>
    </message>
    <message>
        <source>--server-address needs an IP address with an optional port, such as 192.0.2.10:443.</source>
        <translation>--server-address erwartet eine IP-Adresse mit optionalem Port, zum Beispiel 192.0.2.10:443.</translation>
    </message>
    <message>
        <source>AutoDiscover phase 2 of %1 at %2</source>
        <translation>AutoDiscover-Phase 2 von %1 unter %2</translation>
    </message>
    <message>
        <source>Without credentials (401 expected)</source>
        <translation>Ohne Anmeldeinformationen (401 erwartet)</translation>
    </message>
    <message>
        <source>MobileSync request</source>
        <translation>MobileSync-Anfrage</translation>
    </message>
    <message>
        <source>MobileSync URL: %1</source>
        <translation>MobileSync-URL: %1</translation>
    </message>
    <message>
        <source>The AutoDiscover endpoint is set up correctly.</source>
        <translation>Der AutoDiscover-Endpunkt ist richtig eingerichtet.</translation>
    </message>
    <message>
        <source>The AutoDiscover endpoint is not set up correctly.</source>
        <translation>Der AutoDiscover-Endpunkt ist nicht richtig eingerichtet.</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
    <message>
        <source>Name what to do with %1 %2: %3.</source>
        <translation>Geben Sie an, was mit %1 %2 geschehen soll: %3.</translation>
    </message>
    <message>
        <source>Show the availability settings of every domain, or of one; never the password.</source>
        <translation>Die Verfügbarkeitseinstellungen aller Domänen oder einer Domäne anzeigen; niemals das Passwort.</translation>
    </message>
    <message>
        <source>Save a domain&apos;s availability settings. The password is read from standard input with --password-stdin and kept only in the system keychain; it is needed the first time, and later only to change it. What is not given keeps its value.</source>
        <translation>Die Verfügbarkeitseinstellungen einer Domäne speichern. Das Passwort wird mit --password-stdin von der Standardeingabe gelesen und nur im Schlüsselbund des Systems aufbewahrt; es wird beim ersten Mal benötigt und später nur, um es zu ändern. Nicht Angegebenes behält seinen Wert.</translation>
    </message>
    <message>
        <source>The address of Exchange Web Services (https), such as https://mail.example.com/EWS/Exchange.asmx.</source>
        <translation>Die Adresse der Exchange-Webdienste (https), etwa https://mail.example.com/EWS/Exchange.asmx.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The service account that reads availability: user@example.com or EXAMPLE\user.</source>
        <translation>Das Dienstkonto, das die Verfügbarkeit liest: user@example.com oder EXAMPLE\user.</translation>
    </message>
    <message>
        <source>Read the service account&apos;s password from the first line of standard input.</source>
        <translation>Das Passwort des Dienstkontos aus der ersten Zeile der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Remove a domain&apos;s availability settings and its password from the system keychain.</source>
        <translation>Die Verfügbarkeitseinstellungen einer Domäne und ihr Passwort aus dem Schlüsselbund des Systems entfernen.</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>EWS URL</source>
        <translation>EWS-URL</translation>
    </message>
    <message>
        <source>Service account</source>
        <translation>Dienstkonto</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>in the system keychain</source>
        <translation>im Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>Last test</source>
        <translation>Letzter Test</translation>
    </message>
    <message>
        <source>Saved the availability settings of %1:</source>
        <translation>Verfügbarkeitseinstellungen von %1 gespeichert:</translation>
    </message>
    <message>
        <source>%1 has no availability settings.</source>
        <translation>%1 hat keine Verfügbarkeitseinstellungen.</translation>
    </message>
    <message>
        <source>Removed the availability settings of %1 and their password from the system keychain.</source>
        <translation>Die Verfügbarkeitseinstellungen von %1 und ihr Passwort wurden aus dem Schlüsselbund des Systems entfernt.</translation>
    </message>
    <message>
        <source>Test a domain&apos;s saved availability settings: a real HTTPS request with Basic authentication to its EWS URL, with the password from the system keychain. The outcome is kept with the settings.</source>
        <translation>Die gespeicherten Verfügbarkeitseinstellungen einer Domäne testen: eine echte HTTPS-Anfrage mit Standardauthentifizierung an ihre EWS-URL, mit dem Passwort aus dem Schlüsselbund des Systems. Das Ergebnis wird mit den Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>Testing the availability settings of %1 ...</source>
        <translation>Die Verfügbarkeitseinstellungen von %1 werden getestet ...</translation>
    </message>
    <message>
        <source>Disable interoperability with Microsoft Exchange for good: users and groups that are not enabled leave the address book. This cannot be undone; confirm with --confirm and the organization&apos;s alias.</source>
        <translation>Die Interoperabilität mit Microsoft Exchange endgültig deaktivieren: Nicht aktivierte Benutzer und Gruppen werden aus dem Adressbuch entfernt. Dies kann nicht rückgängig gemacht werden; bestätigen Sie mit --confirm und dem Alias der Organisation.</translation>
    </message>
    <message>
        <source>The organization&apos;s alias, typed exactly, to confirm.</source>
        <translation>Der Alias der Organisation, genau eingegeben, zur Bestätigung.</translation>
    </message>
    <message>
        <source>Show the steps of the interoperability wizard: which are done, when and by whom, and where the wizard resumes.</source>
        <translation>Die Schritte des Interoperabilitätsassistenten anzeigen: welche erledigt sind, wann und von wem, und wo der Assistent fortgesetzt wird.</translation>
    </message>
    <message>
        <source>Mark a step of the interoperability wizard done (or, with --undo, not done). Steps: %1.</source>
        <translation>Einen Schritt des Interoperabilitätsassistenten als erledigt markieren (oder, mit --undo, als nicht erledigt). Schritte: %1.</translation>
    </message>
    <message>
        <source>For the routing step: the user whose email routing is done.</source>
        <translation>Für den Routing-Schritt: der Benutzer, dessen E-Mail-Routing erledigt ist.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>Mark the step, or the user&apos;s routing, not done.</source>
        <translation>Den Schritt oder das Routing des Benutzers als nicht erledigt markieren.</translation>
    </message>
    <message>
        <source>Interoperability is disabled for %1; this cannot be undone.</source>
        <translation>Die Interoperabilität ist für %1 deaktiviert; dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Users not enabled that left the address book: %1. Groups: %2. Enable them to add them back.</source>
        <translation>Nicht aktivierte Benutzer, die aus dem Adressbuch entfernt wurden: %1. Gruppen: %2. Aktivieren Sie sie, um sie wieder hinzuzufügen.</translation>
    </message>
    <message>
        <source>Still to do (mark each with &quot;mailroomctl interop mark&quot;):</source>
        <translation>Noch zu tun (markieren Sie jeden Schritt mit „mailroomctl interop mark“):</translation>
    </message>
    <message>
        <source>  %1 (%2): %3</source>
        <translation>  %1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 (users: %2)</source>
        <translation>%1 (Benutzer: %2)</translation>
    </message>
    <message>
        <source>STEP</source>
        <translation>SCHRITT</translation>
    </message>
    <message>
        <source>DONE</source>
        <translation>ERLEDIGT</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>VON</translation>
    </message>
    <message>
        <source>The wizard resumes at: %1 (%2).</source>
        <translation>Der Assistent wird fortgesetzt bei: %1 (%2).</translation>
    </message>
    <message>
        <source>Every step is done.</source>
        <translation>Alle Schritte sind erledigt.</translation>
    </message>
    <message>
        <source>Unknown step &apos;%1&apos;; the steps are: %2.</source>
        <translation>Unbekannter Schritt „%1“; die Schritte sind: %2.</translation>
    </message>
    <message>
        <source>%1 is marked not done.</source>
        <translation>%1 ist als nicht erledigt markiert.</translation>
    </message>
    <message>
        <source>%1 for %2 is marked not done.</source>
        <translation>%1 für %2 ist als nicht erledigt markiert.</translation>
    </message>
    <message>
        <source>%1 is marked done.</source>
        <translation>%1 ist als erledigt markiert.</translation>
    </message>
    <message>
        <source>%1 for %2 is marked done.</source>
        <translation>%1 für %2 ist als erledigt markiert.</translation>
    </message>
    <message>
        <source>[%1/%2] MX of %3</source>
        <translation>[%1/%2] MX von %3</translation>
    </message>
    <message>
        <source>Show the interoperability mode, the prerequisites checklist (with where the MX records of the verified domains point) and the availability settings of each domain, never the password.</source>
        <translation>Den Interoperabilitätsmodus, die Checkliste der Voraussetzungen (mit den Zielen der MX-Einträge der verifizierten Domänen) und die Verfügbarkeitseinstellungen jeder Domäne anzeigen, niemals das Passwort.</translation>
    </message>
    <message>
        <source>Ask this name server (an IP address) about the domains instead of the system&apos;s resolver.</source>
        <translation>Diesen Nameserver (eine IP-Adresse) statt des Resolvers des Systems zu den Domänen befragen.</translation>
    </message>
    <message>
        <source>Do not look up the MX records; their item stays not checked.</source>
        <translation>Die MX-Einträge nicht nachschlagen; ihr Punkt bleibt ungeprüft.</translation>
    </message>
    <message>
        <source>Show the two addresses a user needs for email routing from Exchange, which of them the user has, and the Exchange Management Shell commands for the user, filled in, with the notes to read before and after.</source>
        <translation>Die beiden Adressen anzeigen, die ein Benutzer für das E-Mail-Routing von Exchange benötigt, welche davon der Benutzer hat, und die ausgefüllten Befehle der Exchange-Verwaltungsshell für den Benutzer, mit den Hinweisen, die vorher und nachher zu lesen sind.</translation>
    </message>
    <message>
        <source>Show the Exchange Management Shell command that adds the availability address space for this organization, filled in.</source>
        <translation>Den ausgefüllten Befehl der Exchange-Verwaltungsshell anzeigen, der den Verfügbarkeitsadressraum für diese Organisation hinzufügt.</translation>
    </message>
    <message>
        <source>%1: interoperability with Microsoft Exchange is on.</source>
        <translation>%1: Die Interoperabilität mit Microsoft Exchange ist eingeschaltet.</translation>
    </message>
    <message>
        <source>%1: interoperability with Microsoft Exchange is off.</source>
        <translation>%1: Die Interoperabilität mit Microsoft Exchange ist ausgeschaltet.</translation>
    </message>
    <message>
        <source>Prerequisites:</source>
        <translation>Voraussetzungen:</translation>
    </message>
    <message>
        <source>%1 (you confirm)</source>
        <translation>%1 (Sie bestätigen)</translation>
    </message>
    <message>
        <source>ITEM</source>
        <translation>PUNKT</translation>
    </message>
    <message>
        <source>DETAILS</source>
        <translation>DETAILS</translation>
    </message>
    <message>
        <source>Availability settings: none yet (mailroomctl interop availability set).</source>
        <translation>Verfügbarkeitseinstellungen: noch keine (mailroomctl interop availability set).</translation>
    </message>
    <message>
        <source>Availability settings:</source>
        <translation>Verfügbarkeitseinstellungen:</translation>
    </message>
    <message>
        <source>never tested</source>
        <translation>nie getestet</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMÄNE</translation>
    </message>
    <message>
        <source>SERVICE ACCOUNT</source>
        <translation>DIENSTKONTO</translation>
    </message>
    <message>
        <source>LAST TEST</source>
        <translation>LETZTER TEST</translation>
    </message>
    <message>
        <source>Addresses %1 needs:</source>
        <translation>Adressen, die %1 benötigt:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>has it</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>HINWEIS</translation>
    </message>
    <message>
        <source>Before you run the commands:</source>
        <translation>Bevor Sie die Befehle ausführen:</translation>
    </message>
    <message>
        <source>In the Exchange Management Shell:</source>
        <translation>In der Exchange-Verwaltungsshell:</translation>
    </message>
    <message>
        <source>Afterwards:</source>
        <translation>Danach:</translation>
    </message>
    <message>
        <source>Interoperability with Microsoft Exchange: prerequisites, availability settings, routing, the directory synchronisation, progress and disabling.</source>
        <translation>Interoperabilität mit Microsoft Exchange: Voraussetzungen, Verfügbarkeitseinstellungen, Routing, Verzeichnissynchronisierung, Fortschritt und Deaktivierung.</translation>
    </message>
    <message>
        <source>Synchronise the directory now: the addresses Exchange holds for each enabled user become the user&apos;s addresses here (this also happens every %1 hours).</source>
        <translation>Das Verzeichnis jetzt synchronisieren: Die Adressen, die Exchange für jeden aktivierten Benutzer enthält, werden hier zu den Adressen des Benutzers (dies geschieht auch alle %1 Stunden).</translation>
    </message>
    <message>
        <source>Show the last directory synchronisation, what it changed and skipped, and when the next one is due.</source>
        <translation>Die letzte Verzeichnissynchronisierung anzeigen: was sie geändert und übersprungen hat und wann die nächste fällig ist.</translation>
    </message>
    <message>
        <source>Show the addresses Exchange holds for a directory user, primary first; with --set, record them as Exchange now has them (the next synchronisation brings them here).</source>
        <translation>Die Adressen anzeigen, die Exchange für einen Verzeichnisbenutzer enthält, die primäre zuerst; mit --set werden sie so gespeichert, wie Exchange sie jetzt hat (die nächste Synchronisierung bringt sie hierher).</translation>
    </message>
    <message>
        <source>The user&apos;s addresses in Exchange, primary first, separated by commas.</source>
        <translation>Die Adressen des Benutzers in Exchange, die primäre zuerst, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>ADDRESSES</source>
        <translation>ADRESSEN</translation>
    </message>
    <message>
        <source>Synchronised %1 by %2: %3 enabled users checked, %4 updated (%5 addresses added, %6 removed).</source>
        <translation>Synchronisiert am %1 von %2: %3 aktivierte Benutzer geprüft, %4 aktualisiert (%5 Adressen hinzugefügt, %6 entfernt).</translation>
    </message>
    <message>
        <source>Users for whom Exchange holds no address (left as they are): %1.</source>
        <translation>Benutzer, für die Exchange keine Adresse enthält (unverändert gelassen): %1.</translation>
    </message>
    <message>
        <source>Not taken:</source>
        <translation>Nicht übernommen:</translation>
    </message>
    <message>
        <source>WHY</source>
        <translation>GRUND</translation>
    </message>
    <message>
        <source>The directory of %1 has not been synchronised yet.</source>
        <translation>Das Verzeichnis von %1 wurde noch nicht synchronisiert.</translation>
    </message>
    <message>
        <source>Next synchronisation: %1.</source>
        <translation>Nächste Synchronisierung: %1.</translation>
    </message>
    <message>
        <source>%1 is not in interoperability mode: its directory is not synchronised.</source>
        <translation>%1 befindet sich nicht im Interoperabilitätsmodus: Das Verzeichnis wird nicht synchronisiert.</translation>
    </message>
    <message>
        <source>Exchange holds no address for %1.</source>
        <translation>Exchange enthält keine Adresse für %1.</translation>
    </message>
    <message>
        <source>Exchange&apos;s addresses of %1 (primary first):</source>
        <translation>Adressen von %1 in Exchange (primäre zuerst):</translation>
    </message>
    <message>
        <source>Add a room or equipment of Microsoft Exchange to an AD Connector directory that runs Exchange; it shows in the users list while the organization is in interoperability mode and cannot be enabled here.</source>
        <translation>Einen Raum oder eine Ausstattung von Microsoft Exchange zu einem AD Connector-Verzeichnis mit Exchange hinzufügen; er erscheint in der Benutzerliste, solange die Organisation im Interoperabilitätsmodus ist, und kann hier nicht aktiviert werden.</translation>
    </message>
    <message>
        <source>The resource&apos;s name (letters, digits, . _ -; at most 20).</source>
        <translation>Der Name der Ressource (Buchstaben, Ziffern, . _ -; höchstens 20).</translation>
    </message>
    <message>
        <source>The resource type: room or equipment.</source>
        <translation>Der Ressourcentyp: room (Raum) oder equipment (Ausstattung).</translation>
    </message>
    <message>
        <source>--type must be room or equipment.</source>
        <translation>--type muss room oder equipment sein.</translation>
    </message>
    <message>
        <source>Added the Exchange resource %1 (%2) to the directory; it shows in the users list while the organization is in interoperability mode.</source>
        <translation>Die Exchange-Ressource %1 (%2) wurde zum Verzeichnis hinzugefügt; sie erscheint in der Benutzerliste, solange die Organisation im Interoperabilitätsmodus ist.</translation>
    </message>
    <message>
        <source>Only users with this role: user, system or exchange-resource.</source>
        <translation>Nur Benutzer mit dieser Rolle: user, system oder exchange-resource.</translation>
    </message>
    <message>
        <source>--role must be user, system or exchange-resource.</source>
        <translation>--role muss user, system oder exchange-resource sein.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Change only while the object is still at this version (see &quot;version&quot; in --json); otherwise exit 1 with the Conflict error.</source>
        <translation>Nur ändern, solange das Objekt noch diese Version hat (siehe &quot;version&quot; in --json); sonst mit Code 1 und dem Fehler Conflict beenden.</translation>
    </message>
    <message>
        <source>--if-version: &quot;%1&quot; is not a version; give a whole number of at least 1 (at most 18 digits).</source>
        <translation>--if-version: &quot;%1&quot; ist keine Version; geben Sie eine ganze Zahl ab 1 an (höchstens 18 Ziffern).</translation>
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
