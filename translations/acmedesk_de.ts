<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountExport</name>
    <message>
        <location filename="../app/core/handoff/AccountExport.cpp" line="+123"/>
        <source>AcmeDesk account &quot;%1&quot; for %2 (%3), EAB Key ID %4.</source>
        <translation>AcmeDesk-Konto &quot;%1&quot; für %2 (%3), EAB-Key-ID %4.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server registers an ACME account of its own with this Key ID and HMAC key; the desktop&apos;s account key stays in AcmeDesk.</source>
        <translation>Der Server registriert mit dieser Key ID und diesem HMAC-Schlüssel ein eigenes ACME-Konto; der Kontoschlüssel des Desktops bleibt in AcmeDesk.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The HMAC key is not included: replace %1 with the HMAC key SCM shows for Key ID %2 (Manage &gt; ACME Accounts, or Enrollment &gt; ACME &gt; Accounts).</source>
        <translation>Der HMAC-Schlüssel ist nicht enthalten: Ersetzen Sie %1 durch den HMAC-Schlüssel, den SCM für die Key ID %2 anzeigt (Manage &gt; ACME Accounts oder Enrollment &gt; ACME &gt; Accounts).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This text contains the HMAC key: keep it as private as a password and delete it once the server is registered.</source>
        <translation>Dieser Text enthält den HMAC-Schlüssel: Behandeln Sie ihn wie ein Passwort und löschen Sie ihn, sobald der Server registriert ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every name this account ordered (%1) is validated in SCM: the CA answers those authorizations as valid, no challenge is asked.</source>
        <translation>Jeder Name, den dieses Konto bestellt hat (%1), ist in SCM validiert: Die CA beantwortet diese Autorisierungen als gültig, es wird keine Challenge verlangt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is a local test CA: its TLS certificate is trusted only by AcmeDesk; the server has to trust it too.</source>
        <translation>Dies ist eine lokale Test-CA: Ihrem TLS-Zertifikat vertraut nur AcmeDesk; der Server muss ihm ebenfalls vertrauen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Replace %1 with the server&apos;s own names.</source>
        <translation>Ersetzen Sie %1 durch die Namen des Servers.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>http-01 through the cluster&apos;s ingress</source>
        <translation>http-01 über den Ingress des Clusters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>http-01 through the cluster&apos;s ingress (used for %1)</source>
        <translation>http-01 über den Ingress des Clusters (verwendet für %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>set ingressClassName to your ingress controller&apos;s class</source>
        <translation>setzen Sie ingressClassName auf die Klasse Ihres Ingress-Controllers</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>dns-01 (used for %1): replace rfc2136 with your DNS provider&apos;s solver, see https://cert-manager.io/docs/configuration/acme/dns01/</source>
        <translation>dns-01 (verwendet für %1): Ersetzen Sie rfc2136 durch den Solver Ihres DNS-Anbieters, siehe https://cert-manager.io/docs/configuration/acme/dns01/</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+50"/>
        <source>Then certificates from the same server, for example:</source>
        <translation>Danach Zertifikate vom selben Server, zum Beispiel:</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>lego needs an email address: replace %1.</source>
        <translation>lego braucht eine E-Mail-Adresse: Ersetzen Sie %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace REPLACE_WITH_DNS_PROVIDER with your DNS provider (see &quot;lego dnshelp&quot;).</source>
        <translation>Ersetzen Sie REPLACE_WITH_DNS_PROVIDER durch Ihren DNS-Anbieter (siehe &quot;lego dnshelp&quot;).</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The global options block: the first block of the Caddyfile.</source>
        <translation>Der Block der globalen Optionen: der erste Block des Caddyfile.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>dns-01 (used for %1) needs a Caddy build with your DNS provider&apos;s module and its &quot;acme_dns&quot; option.</source>
        <translation>dns-01 (verwendet für %1) braucht einen Caddy-Build mit dem Modul Ihres DNS-Anbieters und dessen Option &quot;acme_dns&quot;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PowerShell, in the folder of wacs.exe (win-acme or simple-acme).</source>
        <translation>PowerShell, im Ordner von wacs.exe (win-acme oder simple-acme).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace &quot;manual&quot; with the dns-01 plugin for your DNS provider.</source>
        <translation>Ersetzen Sie &quot;manual&quot; durch das dns-01-Plugin für Ihren DNS-Anbieter.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>cert-manager Issuer (one namespace)</source>
        <translation>cert-manager-Issuer (ein Namespace)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cert-manager ClusterIssuer (whole cluster)</source>
        <translation>cert-manager-ClusterIssuer (ganzer Cluster)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>certbot command line</source>
        <translation>certbot-Befehlszeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lego command line</source>
        <translation>lego-Befehlszeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>acme.sh command line</source>
        <translation>acme.sh-Befehlszeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caddyfile global options</source>
        <translation>Globale Optionen im Caddyfile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>win-acme / simple-acme command line</source>
        <translation>win-acme-/simple-acme-Befehlszeile</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Account &quot;%1&quot; did not keep its HMAC key in the keychain, so the key cannot be included.</source>
        <translation>Das Konto &quot;%1&quot; hat seinen HMAC-Schlüssel nicht im Schlüsselbund behalten, daher kann der Schlüssel nicht aufgenommen werden.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>SCM may allow only one registration per EAB (Key ID and HMAC key): if the server&apos;s registration fails with &quot;not awaiting external account binding&quot; (or the key is refused), add a new ACME account in SCM for this server and use its Key ID and HMAC key instead.</source>
        <translation>SCM erlaubt womöglich nur eine Registrierung pro EAB (Key ID und HMAC-Schlüssel): Scheitert die Registrierung des Servers mit &quot;not awaiting external account binding&quot; (oder wird der Schlüssel abgelehnt), legen Sie in SCM ein neues ACME-Konto für diesen Server an und verwenden Sie dessen Key ID und HMAC-Schlüssel.</translation>
    </message>
</context>
<context>
    <name>AccountRepository</name>
    <message>
        <location filename="../app/core/store/AccountRepository.cpp" line="+60"/>
        <source>An account named %1 already exists; choose another name.</source>
        <translation>Es gibt bereits ein Konto namens %1; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The account needs a name.</source>
        <translation>Das Konto braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The account %1 uses the key type &quot;%2&quot; that this version of AcmeDesk does not know. Update AcmeDesk.</source>
        <translation>Das Konto %1 verwendet den Schlüsseltyp „%2“, den diese Version von AcmeDesk nicht kennt. Aktualisieren Sie AcmeDesk.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The account %1 uses the EAB algorithm &quot;%2&quot; that this version of AcmeDesk does not know. Update AcmeDesk.</source>
        <translation>Das Konto %1 verwendet den EAB-Algorithmus „%2“, den diese Version von AcmeDesk nicht kennt. Aktualisieren Sie AcmeDesk.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Could not read the account from the database.</source>
        <translation>Das Konto konnte nicht aus der Datenbank gelesen werden.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Could not save the account %1.</source>
        <translation>Das Konto %1 konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Could not save the changes to the account %1.</source>
        <translation>Die Änderungen am Konto %1 konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The account %1 no longer exists; it may have been removed in another window.</source>
        <translation>Das Konto %1 existiert nicht mehr; vielleicht wurde es in einem anderen Fenster entfernt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not remove the account from the database.</source>
        <translation>Das Konto konnte nicht aus der Datenbank entfernt werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not read the accounts from the database.</source>
        <translation>Die Konten konnten nicht aus der Datenbank gelesen werden.</translation>
    </message>
</context>
<context>
    <name>AuthorizationRepository</name>
    <message>
        <location filename="../app/core/store/AuthorizationRepository.cpp" line="+25"/>
        <source>Could not read the ACME authorizations.</source>
        <translation>Die ACME-Autorisierungen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Could not save the ACME authorization of %1.</source>
        <translation>Die ACME-Autorisierung von %1 konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>AutoRenewal</name>
    <message>
        <location filename="../app/core/renewal/AutoRenewal.cpp" line="+28"/>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>systemctl is not installed</source>
        <translation>systemctl ist nicht installiert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>systemctl did not answer</source>
        <translation>systemctl hat nicht geantwortet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>systemctl exited with code %1</source>
        <translation>systemctl wurde mit Code %1 beendet</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Windows has no systemd. In a Command Prompt, create an hourly task that runs as you:

schtasks /Create /SC HOURLY /TN &quot;AcmeDesk renew&quot; /TR &quot;\&quot;%1\&quot; --data-dir \&quot;%2\&quot; renew&quot;

Remove it with: schtasks /Delete /TN &quot;AcmeDesk renew&quot;</source>
        <translation>Windows hat kein systemd. Legen Sie in einer Eingabeaufforderung eine stündliche Aufgabe an, die unter Ihrem Benutzerkonto läuft:

schtasks /Create /SC HOURLY /TN &quot;AcmeDesk renew&quot; /TR &quot;\&quot;%1\&quot; --data-dir \&quot;%2\&quot; renew&quot;

Entfernen Sie sie mit: schtasks /Delete /TN &quot;AcmeDesk renew&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>macOS has no systemd. Save this as ~/Library/LaunchAgents/com.acmedesk.renew.plist, then run: launchctl load ~/Library/LaunchAgents/com.acmedesk.renew.plist

&lt;?xml version=&quot;1.0&quot; encoding=&quot;UTF-8&quot;?&gt;
&lt;plist version=&quot;1.0&quot;&gt;&lt;dict&gt;
  &lt;key&gt;Label&lt;/key&gt;&lt;string&gt;com.acmedesk.renew&lt;/string&gt;
  &lt;key&gt;ProgramArguments&lt;/key&gt;&lt;array&gt;&lt;string&gt;%1&lt;/string&gt;&lt;string&gt;--data-dir&lt;/string&gt;&lt;string&gt;%2&lt;/string&gt;&lt;string&gt;renew&lt;/string&gt;&lt;/array&gt;
  &lt;key&gt;StartInterval&lt;/key&gt;&lt;integer&gt;3600&lt;/integer&gt;
&lt;/dict&gt;&lt;/plist&gt;</source>
        <translation>macOS hat kein systemd. Speichern Sie dies als ~/Library/LaunchAgents/com.acmedesk.renew.plist und führen Sie dann aus: launchctl load ~/Library/LaunchAgents/com.acmedesk.renew.plist

&lt;?xml version=&quot;1.0&quot; encoding=&quot;UTF-8&quot;?&gt;
&lt;plist version=&quot;1.0&quot;&gt;&lt;dict&gt;
  &lt;key&gt;Label&lt;/key&gt;&lt;string&gt;com.acmedesk.renew&lt;/string&gt;
  &lt;key&gt;ProgramArguments&lt;/key&gt;&lt;array&gt;&lt;string&gt;%1&lt;/string&gt;&lt;string&gt;--data-dir&lt;/string&gt;&lt;string&gt;%2&lt;/string&gt;&lt;string&gt;renew&lt;/string&gt;&lt;/array&gt;
  &lt;key&gt;StartInterval&lt;/key&gt;&lt;integer&gt;3600&lt;/integer&gt;
&lt;/dict&gt;&lt;/plist&gt;</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>If systemctl could not be reached, run this once you are logged in:

systemctl --user daemon-reload
systemctl --user enable --now %1

See when it runs next: systemctl --user list-timers %1</source>
        <translation>Falls systemctl nicht erreichbar war, führen Sie Folgendes aus, sobald Sie angemeldet sind:

systemctl --user daemon-reload
systemctl --user enable --now %1

Nächste Ausführung anzeigen: systemctl --user list-timers %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Wrote %1 and %2.</source>
        <translation>%1 und %2 geschrieben.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The timer is enabled: renewal runs every hour.</source>
        <translation>Der Timer ist aktiviert: Die Erneuerung läuft stündlich.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The timer is not enabled yet (%1).</source>
        <translation>Der Timer ist noch nicht aktiviert (%1).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not remove %1.</source>
        <translation>%1 konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed %1 and %2.</source>
        <translation>%1 und %2 entfernt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>systemctl could not disable the timer (%1); run: systemctl --user disable --now %2</source>
        <translation>systemctl konnte den Timer nicht deaktivieren (%1); führen Sie aus: systemctl --user disable --now %2</translation>
    </message>
</context>
<context>
    <name>Base64</name>
    <message>
        <location filename="../app/core/crypto/Base64Url.cpp" line="+31"/>
        <source>The server sent invalid base64url data.</source>
        <translation>Der Server hat ungültige base64url-Daten gesendet.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>padding &apos;=&apos; may only stand at the end</source>
        <translation>Füllzeichen &apos;=&apos; dürfen nur am Ende stehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;+&apos;, &apos;/&apos; and trailing &apos;=&apos; are allowed</source>
        <translation>erlaubt sind nur Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos;, &apos;+&apos;, &apos;/&apos; und &apos;=&apos; am Ende</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Character &apos;%1&apos; at position %2 is not valid here: %3.</source>
        <translation>Das Zeichen &apos;%1&apos; an Position %2 ist hier ungültig: %3.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The key mixes the url-safe (&apos;-&apos;, &apos;_&apos;) and standard (&apos;+&apos;, &apos;/&apos;) alphabets; copy it again.</source>
        <translation>Der Schlüssel mischt das URL-sichere (&apos;-&apos;, &apos;_&apos;) und das Standard-Alphabet (&apos;+&apos;, &apos;/&apos;); kopieren Sie ihn erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key ends in too many &apos;=&apos; characters.</source>
        <translation>Der Schlüssel endet mit zu vielen &apos;=&apos;-Zeichen.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The key is one character too long or too short (%n character(s)); copy it again in full.</source>
        <translation>
            <numerusform>Der Schlüssel ist ein Zeichen zu lang oder zu kurz (%n Zeichen); kopieren Sie ihn noch einmal vollständig.</numerusform>
            <numerusform>Der Schlüssel ist ein Zeichen zu lang oder zu kurz (%n Zeichen); kopieren Sie ihn noch einmal vollständig.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The &apos;=&apos; padding at the end does not fit the key&apos;s length.</source>
        <translation>Die &apos;=&apos;-Füllzeichen am Ende passen nicht zur Länge des Schlüssels.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The key is not valid base64.</source>
        <translation>Der Schlüssel ist kein gültiges Base64.</translation>
    </message>
</context>
<context>
    <name>Certificate</name>
    <message>
        <location filename="../app/core/crypto/Certificate.cpp" line="+218"/>
        <source>The certificate chain is empty.</source>
        <translation>Die Zertifikatskette ist leer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Certificate %1 of the chain could not be read.</source>
        <translation>Zertifikat %1 der Kette konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>certificate %1</source>
        <translation>Zertifikat %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>certificate %1 (%2)</source>
        <translation>Zertifikat %1 (%2)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The certificate chain contains a broken PEM header.</source>
        <translation>Die Zertifikatskette enthält einen beschädigten PEM-Kopf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The certificate chain ends in the middle of a PEM block (no END line).</source>
        <translation>Die Zertifikatskette endet mitten in einem PEM-Block (keine END-Zeile).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The certificate chain contains a &apos;%1&apos; block where only certificates were expected (block %2).</source>
        <translation>Die Zertifikatskette enthält einen &apos;%1&apos;-Block, wo nur Zertifikate erwartet wurden (Block %2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Certificate %1 of the chain is damaged and cannot be read.</source>
        <translation>Zertifikat %1 der Kette ist beschädigt und kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Certificate %1 of the chain cannot be encoded.</source>
        <translation>Zertifikat %1 der Kette kann nicht kodiert werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No certificate was found in the downloaded data.</source>
        <translation>In den heruntergeladenen Daten wurde kein Zertifikat gefunden.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Certificate %1 is damaged and cannot be read.</source>
        <translation>Zertifikat %1 ist beschädigt und kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>There is no key to check the certificate against.</source>
        <translation>Es gibt keinen Schlüssel, gegen den das Zertifikat geprüft werden kann.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The certificate (%1) does not belong to this private key.</source>
        <translation>Das Zertifikat (%1) gehört nicht zu diesem privaten Schlüssel.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The chain is out of order or incomplete: %1 was issued by &apos;%2&apos;, but the next one is %3.</source>
        <translation>Die Kette ist falsch sortiert oder unvollständig: %1 wurde von &apos;%2&apos; ausgestellt, das nächste ist aber %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The signature of %1 does not verify with the key of %2.</source>
        <translation>Die Signatur von %1 lässt sich mit dem Schlüssel von %2 nicht bestätigen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The root certificate cannot be read: %1</source>
        <translation>Das Stammzertifikat kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+9"/>
        <location line="+4"/>
        <source>Could not set up certificate verification.</source>
        <translation>Die Zertifikatsprüfung konnte nicht vorbereitet werden.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Could not add the root certificate to the trust store.</source>
        <translation>Das Stammzertifikat konnte nicht zum Vertrauensspeicher hinzugefügt werden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The certificate chain does not verify against the root: %1 (at %2).</source>
        <translation>Die Zertifikatskette lässt sich nicht gegen das Stammzertifikat bestätigen: %1 (bei %2).</translation>
    </message>
</context>
<context>
    <name>CertificateDetails</name>
    <message>
        <location filename="../ui/CertificateDetails.cpp" line="+32"/>
        <source>TLS server (serverAuth)</source>
        <translation>TLS-Server (serverAuth)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS client (clientAuth)</source>
        <translation>TLS-Client (clientAuth)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code signing</source>
        <translation>Codesignatur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail protection</source>
        <translation>E-Mail-Schutz</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account or source</source>
        <translation>Konto oder Quelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ACME profile</source>
        <translation>ACME-Profil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Server %1 (no server name sent), seen %2</source>
        <translation>Server %1 (ohne gesendeten Servernamen), gesehen am %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server %1, seen %2</source>
        <translation>Server %1, gesehen am %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server %1 (server name %2), seen %3</source>
        <translation>Server %1 (Servername %2), gesehen am %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File %1, seen %2</source>
        <translation>Datei %1, gesehen am %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a newer certificate exists: #%1, expires %2</source>
        <translation>es gibt ein neueres Zertifikat: #%1, läuft am %2 ab</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a newer certificate exists: #%1</source>
        <translation>es gibt ein neueres Zertifikat: #%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> — deploy it there</source>
        <translation> — setzen Sie es dort ein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Serial</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Public TLS CAs no longer include clientAuth: the renewed certificate will not have it. Anything that uses this certificate to log in as a client needs a certificate from a private CA.</source>
        <translation>Öffentliche TLS-CAs enthalten clientAuth nicht mehr: Das erneuerte Zertifikat wird es nicht haben. Alles, was sich mit diesem Zertifikat als Client anmeldet, benötigt ein Zertifikat von einer privaten CA.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key usage</source>
        <translation>Schlüsselverwendung</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>leads to the root “%1”</source>
        <translation>führt zur Stammzertifizierungsstelle „%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chain</source>
        <translation>Kette</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The CA suggests renewing between %1 and %2.</source>
        <translation>Die CA empfiehlt eine Erneuerung zwischen %1 und %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renewal</source>
        <translation>Erneuerung</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>a newer certificate for these names exists</source>
        <translation>für diese Namen gibt es ein neueres Zertifikat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Seen deployed</source>
        <translation>Bereitgestellt gesehen</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
</context>
<context>
    <name>CertificateFiles</name>
    <message>
        <location filename="../app/core/store/CertificateFiles.cpp" line="+234"/>
        <source>&apos;%1&apos; exists but is not a folder.</source>
        <translation>&apos;%1&apos; existiert, ist aber kein Ordner.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not create the folder &apos;%1&apos;.</source>
        <translation>Der Ordner &apos;%1&apos; konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Could not write &apos;%1&apos; in &apos;%2&apos;.</source>
        <translation>&apos;%1&apos; konnte nicht in &apos;%2&apos; geschrieben werden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not create a folder in &apos;%1&apos;.</source>
        <translation>In &apos;%1&apos; konnte kein Ordner angelegt werden.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Could not keep a copy of the existing &apos;%1&apos; before replacing it.</source>
        <translation>Vor dem Ersetzen konnte keine Kopie der vorhandenen Datei &apos;%1&apos; aufbewahrt werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not replace the certificate files in &apos;%1&apos;.</source>
        <translation>Die Zertifikatsdateien in &apos;%1&apos; konnten nicht ersetzt werden.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Could not replace &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; konnte nicht ersetzt werden.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Choose a folder for the certificate files.</source>
        <translation>Wählen Sie einen Ordner für die Zertifikatsdateien.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no certificate to write.</source>
        <translation>Es gibt kein Zertifikat zum Schreiben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The private key to write is not a PEM private key.</source>
        <translation>Der zu schreibende private Schlüssel ist kein privater PEM-Schlüssel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The PKCS#12 file to write is empty.</source>
        <translation>Die zu schreibende PKCS#12-Datei ist leer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; cannot be used as the name of the PKCS#12 file.</source>
        <translation>&apos;%1&apos; kann nicht als Name der PKCS#12-Datei verwendet werden.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&apos;%1&apos; exists and is not a file, so it cannot be replaced.</source>
        <translation>&apos;%1&apos; existiert und ist keine Datei, kann also nicht ersetzt werden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; is in the way: AcmeDesk keeps the versions of the certificate files in a folder of that name. Move it away.</source>
        <translation>&apos;%1&apos; steht im Weg: AcmeDesk bewahrt die Versionen der Zertifikatsdateien in einem Ordner dieses Namens auf. Verschieben Sie es.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; is in the way: AcmeDesk keeps a link of that name there. Move it away.</source>
        <translation>&apos;%1&apos; steht im Weg: AcmeDesk legt dort eine Verknüpfung dieses Namens ab. Verschieben Sie es.</translation>
    </message>
    <message>
        <location line="-176"/>
        <location line="+20"/>
        <location line="+45"/>
        <source>Could not replace &apos;%1&apos;; the previous files were left as they were.</source>
        <translation>&apos;%1&apos; konnte nicht ersetzt werden; die vorherigen Dateien sind unverändert.</translation>
    </message>
</context>
<context>
    <name>CertificateImport</name>
    <message>
        <location filename="../app/core/inventory/CertificateImport.cpp" line="+183"/>
        <source>It is a PKCS#12 file protected by a password; give its password to import it.</source>
        <translation>Es ist eine passwortgeschützte PKCS#12-Datei; geben Sie ihr Passwort an, um sie zu importieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is a PKCS#12 file that the given password does not open; check the password (letter case counts).</source>
        <translation>Es ist eine PKCS#12-Datei, die sich mit dem angegebenen Passwort nicht öffnen lässt; prüfen Sie das Passwort (Groß- und Kleinschreibung zählt).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>It is a PKCS#12 file without certificates; export the certificate with it.</source>
        <translation>Es ist eine PKCS#12-Datei ohne Zertifikate; exportieren Sie das Zertifikat mit hinein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Its PKCS#12 encryption cannot be read by this system&apos;s OpenSSL; export it again with AES-256 encryption.</source>
        <translation>Die Verschlüsselung dieser PKCS#12-Datei kann das OpenSSL dieses Systems nicht lesen; exportieren Sie sie erneut mit AES-256-Verschlüsselung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It is a damaged PKCS#12 file; copy it again from its source.</source>
        <translation>Es ist eine beschädigte PKCS#12-Datei; kopieren Sie sie erneut von ihrer Quelle.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>It is damaged or cut short: PEM block %1 cannot be read. Copy the file again from its source.</source>
        <translation>Sie ist beschädigt oder abgeschnitten: PEM-Block %1 kann nicht gelesen werden. Kopieren Sie die Datei erneut von ihrer Quelle.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>It holds a private key but no certificate; AcmeDesk imports certificates, never keys: import the certificate&apos;s own file.</source>
        <translation>Sie enthält einen privaten Schlüssel, aber kein Zertifikat; AcmeDesk importiert Zertifikate, nie Schlüssel: importieren Sie die Datei des Zertifikats selbst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It holds no certificate, only %1; import the certificate&apos;s own file.</source>
        <translation>Sie enthält kein Zertifikat, nur %1; importieren Sie die Datei des Zertifikats selbst.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>It is a PKCS#7 file without certificates; export the certificate chain as PKCS#7 again.</source>
        <translation>Es ist eine PKCS#7-Datei ohne Zertifikate; exportieren Sie die Zertifikatskette erneut als PKCS#7.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>It is damaged or cut short: its DER encoding ends early or is broken. Copy the file again from its source.</source>
        <translation>Sie ist beschädigt oder abgeschnitten: ihre DER-Kodierung endet zu früh oder ist fehlerhaft. Kopieren Sie die Datei erneut von ihrer Quelle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is not a certificate file (PEM, DER, PKCS#7 or PKCS#12); import the certificate in one of those formats.</source>
        <translation>Sie ist keine Zertifikatsdatei (PEM, DER, PKCS#7 oder PKCS#12); importieren Sie das Zertifikat in einem dieser Formate.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file is empty; import the certificate&apos;s own file.</source>
        <translation>Die Datei ist leer; importieren Sie die Datei des Zertifikats selbst.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>It holds no certificate; import the certificate&apos;s own file.</source>
        <translation>Sie enthält kein Zertifikat; importieren Sie die Datei des Zertifikats selbst.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It is damaged or cut short: %1 Copy the file again from its source.</source>
        <translation>Sie ist beschädigt oder abgeschnitten: %1 Kopieren Sie die Datei erneut von ihrer Quelle.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The folder %1 cannot be read; check that you may open it.</source>
        <translation>Der Ordner %1 kann nicht gelesen werden; prüfen Sie, ob Sie ihn öffnen dürfen.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 is neither a file nor a folder (or a link to nothing); give a certificate file or a folder.</source>
        <translation>%1 ist weder eine Datei noch ein Ordner (oder ein Link ins Leere); geben Sie eine Zertifikatsdatei oder einen Ordner an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 does not exist; check the path.</source>
        <translation>%1 gibt es nicht; prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 cannot be read (%2); check that you may read it.</source>
        <translation>%1 kann nicht gelesen werden (%2); prüfen Sie, ob Sie die Datei lesen dürfen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 cannot be read (%2); check the disk and try again.</source>
        <translation>%1 kann nicht gelesen werden (%2); prüfen Sie den Datenträger und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is larger than %2 MiB, far more than any certificate file; it was not read.</source>
        <translation>%1 ist größer als %2 MiB, weit mehr als jede Zertifikatsdatei; sie wurde nicht gelesen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Could not record the imported certificates.</source>
        <translation>Die importierten Zertifikate konnten nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>CertificateOutput</name>
    <message>
        <location filename="../app/core/jobs/CertificateOutput.cpp" line="+42"/>
        <source>Output folder: %1 is a file, not a folder; choose a folder for the certificate files.</source>
        <translation>Ausgabeordner: %1 ist eine Datei, kein Ordner; wählen Sie einen Ordner für die Zertifikatsdateien.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Output folder: %1 cannot be written (no permission for %2); choose a folder you can write to.</source>
        <translation>Ausgabeordner: In %1 kann nicht geschrieben werden (keine Berechtigung für %2); wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PFX: &quot;%1&quot; must be a plain file name; it is written into the output folder.</source>
        <translation>PFX: &quot;%1&quot; muss ein einfacher Dateiname sein; die Datei wird in den Ausgabeordner geschrieben.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Output folder: choose a folder for the files.</source>
        <translation>Ausgabeordner: Wählen Sie einen Ordner für die Dateien.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no order %1.</source>
        <translation>Es gibt keinen Auftrag %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order %1 has ended (%2); its folder can no longer be changed.</source>
        <translation>Auftrag %1 ist beendet (%2); sein Ordner kann nicht mehr geändert werden.</translation>
    </message>
</context>
<context>
    <name>CertificateRepository</name>
    <message>
        <location filename="../app/core/store/CertificateRepository.cpp" line="+23"/>
        <source>Could not read the certificates.</source>
        <translation>Die Zertifikate konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+307"/>
        <source>Could not record the certificate.</source>
        <translation>Das Zertifikat konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Could not record the revocation.</source>
        <translation>Der Widerruf konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Could not record the certificate&apos;s renewal.</source>
        <translation>Die Erneuerung des Zertifikats konnte nicht vermerkt werden.</translation>
    </message>
    <message>
        <location line="+195"/>
        <source>Could not update the certificates.</source>
        <translation>Die Zertifikate konnten nicht aktualisiert werden.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Could not record where the certificate was seen.</source>
        <translation>Es konnte nicht gespeichert werden, wo das Zertifikat gesehen wurde.</translation>
    </message>
</context>
<context>
    <name>Challenges</name>
    <message>
        <location filename="../app/core/acme/Challenges.cpp" line="+60"/>
        <source>The challenge token is not valid: only letters, digits, &quot;-&quot; and &quot;_&quot; are allowed. Nothing was written.</source>
        <translation>Das Challenge-Token ist ungültig: Erlaubt sind nur Buchstaben, Ziffern, „-“ und „_“. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The key authorization is empty. Nothing was written.</source>
        <translation>Die Key Authorization ist leer. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The webroot folder %1 does not exist. Give the folder your web server serves for this domain.</source>
        <translation>Der Web-Root-Ordner %1 existiert nicht. Geben Sie den Ordner an, den Ihr Webserver für diese Domain ausliefert.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 exists but is not a folder, so the challenge file cannot be written.</source>
        <translation>%1 existiert, ist aber kein Ordner; die Challenge-Datei kann daher nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not create the folder %1. Check that AcmeDesk may write to the webroot.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden. Prüfen Sie, ob AcmeDesk in den Web-Root schreiben darf.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+5"/>
        <source>Could not write the challenge file %1: %2</source>
        <translation>Die Challenge-Datei %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not make the challenge file %1 readable for the web server.</source>
        <translation>Die Challenge-Datei %1 konnte für den Webserver nicht lesbar gemacht werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The challenge token is not valid: only letters, digits, &quot;-&quot; and &quot;_&quot; are allowed. Nothing was removed.</source>
        <translation>Das Challenge-Token ist ungültig: Erlaubt sind nur Buchstaben, Ziffern, „-“ und „_“. Es wurde nichts entfernt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not remove the challenge file %1: %2</source>
        <translation>Die Challenge-Datei %1 konnte nicht entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>Csr</name>
    <message>
        <location filename="../app/core/crypto/Csr.cpp" line="+75"/>
        <source>An empty name was given.</source>
        <translation>Es wurde ein leerer Name angegeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+83"/>
        <source>&apos;%1&apos; is an IP address. IP address identifiers are not supported yet; use a DNS name.</source>
        <translation>&apos;%1&apos; ist eine IP-Adresse. IP-Adressen werden noch nicht unterstützt; verwenden Sie einen DNS-Namen.</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>&apos;%1&apos;: a wildcard is only allowed as the whole leftmost label, as in *.example.com.</source>
        <translation>&apos;%1&apos;: Ein Platzhalter ist nur als vollständiges erstes Label erlaubt, wie in *.example.com.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;%1&apos; contains an empty label (a dot at the start or two dots in a row).</source>
        <translation>&apos;%1&apos; enthält ein leeres Label (ein Punkt am Anfang oder zwei Punkte hintereinander).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; contains white space.</source>
        <translation>&apos;%1&apos; enthält Leerraum.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; contains the character &apos;%2&apos;, which is not allowed in a DNS name (only letters, digits and hyphens are).</source>
        <translation>&apos;%1&apos; enthält das Zeichen &apos;%2&apos;, das in einem DNS-Namen nicht erlaubt ist (nur Buchstaben, Ziffern und Bindestriche sind es).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&apos;%1&apos;: the label &apos;%2&apos; is too long in ACE (xn--) form; a label may have at most %3 characters.</source>
        <translation>&apos;%1&apos;: Das Label &apos;%2&apos; ist in ACE-Form (xn--) zu lang; ein Label darf höchstens %3 Zeichen haben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos;: the label &apos;%2&apos; is not a valid internationalized domain name label.</source>
        <translation>&apos;%1&apos;: Das Label &apos;%2&apos; ist kein gültiges Label eines internationalisierten Domainnamens.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos;: the label &apos;%2&apos; has %3 characters; a label may have at most %4.</source>
        <translation>&apos;%1&apos;: Das Label &apos;%2&apos; hat %3 Zeichen; ein Label darf höchstens %4 haben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos;: the label &apos;%2&apos; starts or ends with a hyphen.</source>
        <translation>&apos;%1&apos;: Das Label &apos;%2&apos; beginnt oder endet mit einem Bindestrich.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&apos;%1&apos; has %2 characters in ACE form; a DNS name may have at most %3.</source>
        <translation>&apos;%1&apos; hat in ACE-Form %2 Zeichen; ein DNS-Name darf höchstens %3 haben.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Name %1 in the list is empty.</source>
        <translation>Name %1 der Liste ist leer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give at least one DNS name for the certificate.</source>
        <translation>Geben Sie mindestens einen DNS-Namen für das Zertifikat an.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A private key is needed to sign the certificate request.</source>
        <translation>Zum Signieren der Zertifikatsanforderung wird ein privater Schlüssel benötigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A certificate request needs at least one DNS name.</source>
        <translation>Eine Zertifikatsanforderung braucht mindestens einen DNS-Namen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not a normalized DNS name (expected lower-case ACE form).</source>
        <translation>&apos;%1&apos; ist kein normalisierter DNS-Name (erwartet wird die ACE-Form in Kleinbuchstaben).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not create the certificate request.</source>
        <translation>Die Zertifikatsanforderung konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not set the subject of the certificate request.</source>
        <translation>Der Subject der Zertifikatsanforderung konnte nicht gesetzt werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <location line="+5"/>
        <location line="+7"/>
        <source>Could not build the subject alternative names.</source>
        <translation>Die alternativen Namen (SAN) konnten nicht erstellt werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not add the subject alternative names to the request.</source>
        <translation>Die alternativen Namen (SAN) konnten der Anforderung nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not put the public key into the certificate request.</source>
        <translation>Der öffentliche Schlüssel konnte nicht in die Zertifikatsanforderung übernommen werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not sign the certificate request.</source>
        <translation>Die Zertifikatsanforderung konnte nicht signiert werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not encode the certificate request.</source>
        <translation>Die Zertifikatsanforderung konnte nicht kodiert werden.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../app/core/store/Database.cpp" line="+327"/>
        <source>The database refused an operation.</source>
        <translation>Die Datenbank hat einen Vorgang abgelehnt.</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>This data was written by a newer version of AcmeDesk (database schema %1; this version understands up to %2). Update AcmeDesk to open it.</source>
        <translation>Diese Daten wurden von einer neueren Version von AcmeDesk geschrieben (Datenbankschema %1; diese Version versteht bis %2). Aktualisieren Sie AcmeDesk, um sie zu öffnen.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No folder for the AcmeDesk data is known: set ACMEDESK_DATA_DIR to one.</source>
        <translation>Es ist kein Ordner für die AcmeDesk-Daten bekannt: Setzen Sie ACMEDESK_DATA_DIR auf einen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not create the data folder %1. Check that its parent exists and is writable.</source>
        <translation>Der Datenordner %1 konnte nicht angelegt werden. Prüfen Sie, ob der übergeordnete Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not create the database file %1.</source>
        <translation>Die Datenbankdatei %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The database file %1 does not exist.</source>
        <translation>Die Datenbankdatei %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not open the database %1. Check that the file is readable and writable by you.</source>
        <translation>Die Datenbank %1 konnte nicht geöffnet werden. Prüfen Sie, ob Sie die Datei lesen und schreiben dürfen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+73"/>
        <source>The file %1 is not an AcmeDesk database or it is damaged.</source>
        <translation>Die Datei %1 ist keine AcmeDesk-Datenbank oder sie ist beschädigt.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Could not open the database %1.</source>
        <translation>Die Datenbank %1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Could not update the database to version %1: it is busy or read-only. Close other AcmeDesk windows and try again.</source>
        <translation>Die Datenbank konnte nicht auf Version %1 aktualisiert werden: Sie ist belegt oder schreibgeschützt. Schließen Sie andere AcmeDesk-Fenster und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Could not update the database to version %1. Nothing was changed; check free disk space and try again.</source>
        <translation>Die Datenbank konnte nicht auf Version %1 aktualisiert werden. Es wurde nichts geändert; prüfen Sie den freien Speicherplatz und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>DcvGuidance</name>
    <message>
        <location filename="../app/core/scm/DcvGuidance.cpp" line="+28"/>
        <source>The CA/Browser Forum phases out domain validation by e-mail (ballot SC-090): CAs should not use it from 2026-03-15 and must not from 2028-03-15. Validate by CNAME or TXT instead.</source>
        <translation>Das CA/Browser Forum schafft die Domain-Validierung per E-Mail ab (Ballot SC-090): CAs sollen sie ab 2026-03-15 nicht mehr verwenden und dürfen es ab 2028-03-15 nicht mehr. Validieren Sie stattdessen per CNAME oder TXT.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>In SCM, open Domains, select %1 and click Validate.</source>
        <translation>Öffnen Sie in SCM „Domains“, wählen Sie %1 und klicken Sie auf „Validate“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A CNAME record in the domain&apos;s DNS zone proves control of %1 and covers its subdomains.</source>
        <translation>Ein CNAME-Eintrag in der DNS-Zone der Domain belegt die Kontrolle über %1 und gilt auch für ihre Subdomains.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose CNAME as the validation method.</source>
        <translation>Wählen Sie CNAME als Validierungsmethode.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the CNAME record SCM shows in the DNS zone of %1 and wait until it is published.</source>
        <translation>Legen Sie den CNAME-Eintrag, den SCM anzeigt, in der DNS-Zone von %1 an und warten Sie, bis er veröffentlicht ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click Submit in SCM; SCM looks the record up and marks the domain Validated when it finds it.</source>
        <translation>Klicken Sie in SCM auf „Submit“; SCM fragt den Eintrag ab und markiert die Domain als „Validated“, sobald es ihn findet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A CNAME record named _&lt;hash&gt;.%1. (an underscore label directly below the domain) pointing at &lt;hash&gt;.&lt;hash&gt;.sectigo.com.; SCM shows both values.</source>
        <translation>Ein CNAME-Eintrag namens _&lt;hash&gt;.%1. (ein Label mit Unterstrich direkt unter der Domain), der auf &lt;hash&gt;.&lt;hash&gt;.sectigo.com. zeigt; SCM zeigt beide Werte an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A TXT record in the domain&apos;s DNS zone proves control of %1 and covers its subdomains.</source>
        <translation>Ein TXT-Eintrag in der DNS-Zone der Domain belegt die Kontrolle über %1 und gilt auch für ihre Subdomains.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose TXT as the validation method and submit: SCM then shows the value of the record.</source>
        <translation>Wählen Sie TXT als Validierungsmethode und reichen Sie ein: SCM zeigt dann den Wert des Eintrags.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create the TXT record in the DNS zone of %1. SCM checks for it on its own and marks the domain Validated when it finds it.</source>
        <translation>Legen Sie den TXT-Eintrag in der DNS-Zone von %1 an. SCM sucht ihn selbst und markiert die Domain als „Validated“, sobald es ihn findet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A TXT record named _pki-validation.%1. with the random value SCM shows (copy it exactly, with every punctuation character).</source>
        <translation>Ein TXT-Eintrag namens _pki-validation.%1. mit dem Zufallswert, den SCM anzeigt (genau kopieren, mit jedem Satzzeichen).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A file on the web server of %1, served over HTTPS on port 443, proves control of the domain.</source>
        <translation>Eine Datei auf dem Webserver von %1, per HTTPS auf Port 443 ausgeliefert, belegt die Kontrolle über die Domain.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A file on the web server of %1, served over HTTP on port 80, proves control of the domain.</source>
        <translation>Eine Datei auf dem Webserver von %1, per HTTP auf Port 80 ausgeliefert, belegt die Kontrolle über die Domain.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose HTTPS as the validation method.</source>
        <translation>Wählen Sie HTTPS als Validierungsmethode.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose HTTP as the validation method.</source>
        <translation>Wählen Sie HTTP als Validierungsmethode.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the file SCM offers on the web server of %1, with exactly the lines SCM shows, and check it opens in a browser.</source>
        <translation>Legen Sie die Datei, die SCM anbietet, mit genau den Zeilen, die SCM anzeigt, auf den Webserver von %1 und prüfen Sie, ob sie sich im Browser öffnen lässt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Click Submit in SCM; SCM fetches the file and marks the domain Validated when its content matches.</source>
        <translation>Klicken Sie in SCM auf „Submit“; SCM ruft die Datei ab und markiert die Domain als „Validated“, wenn ihr Inhalt stimmt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A text file %1://%2/.well-known/pki-validation/&lt;NAME&gt;.txt whose first line is the hash SCM shows and whose second line is sectigo.com.</source>
        <translation>Eine Textdatei %1://%2/.well-known/pki-validation/&lt;NAME&gt;.txt, deren erste Zeile der Hash ist, den SCM anzeigt, und deren zweite Zeile sectigo.com lautet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A file on a web server does not validate a wildcard domain: use CNAME or TXT for %1.</source>
        <translation>Eine Datei auf einem Webserver validiert keine Wildcard-Domain: Verwenden Sie CNAME oder TXT für %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SCM sends a validation e-mail with a link to one address of %1; following the link proves control of the domain.</source>
        <translation>SCM sendet eine Validierungs-E-Mail mit einem Link an eine Adresse von %1; wer dem Link folgt, belegt die Kontrolle über die Domain.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose Email as the validation method and pick one of the addresses SCM offers.</source>
        <translation>Wählen Sie Email als Validierungsmethode und eine der Adressen, die SCM anbietet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click Submit; SCM sends the e-mail. Open the link in it and confirm; SCM then marks the domain Validated.</source>
        <translation>Klicken Sie auf „Submit“; SCM sendet die E-Mail. Öffnen Sie den Link darin und bestätigen Sie; SCM markiert die Domain dann als „Validated“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to publish: a mailbox must receive mail at one of the addresses below, or at the domain&apos;s WHOIS contact or the contact published in its DNS.</source>
        <translation>Nichts zu veröffentlichen: Ein Postfach muss E-Mails an eine der Adressen unten empfangen, oder an den WHOIS-Kontakt der Domain oder den in ihrem DNS veröffentlichten Kontakt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a validation method for %1: CNAME or TXT for DNS, HTTP or HTTPS for a web server, or Email.</source>
        <translation>Wählen Sie eine Validierungsmethode für %1: CNAME oder TXT für DNS, HTTP oder HTTPS für einen Webserver, oder Email.</translation>
    </message>
</context>
<context>
    <name>Directory</name>
    <message>
        <location filename="../app/core/acme/Directory.cpp" line="+25"/>
        <source>The server gave an unusable address for %1.</source>
        <translation>Der Server hat für %1 eine unbrauchbare Adresse angegeben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The address for %1 does not use https (%2). AcmeDesk only talks https to CAs; mark the server as a local test CA if it is one.</source>
        <translation>Die Adresse für %1 verwendet kein https (%2). AcmeDesk spricht mit CAs nur über https; kennzeichnen Sie den Server als lokale Test-CA, falls er eine ist.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This address answered, but not with an ACME directory. Check the ACME URL: it is the directory itself, as SCM shows it.</source>
        <translation>Diese Adresse hat geantwortet, aber nicht mit einem ACME-Verzeichnis. Prüfen Sie die ACME-URL: Sie ist das Verzeichnis selbst, so wie SCM sie anzeigt.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This address answered with JSON that is not an ACME directory (no &quot;%1&quot;). Check the ACME URL.</source>
        <translation>Diese Adresse hat mit JSON geantwortet, das kein ACME-Verzeichnis ist (kein „%1“). Prüfen Sie die ACME-URL.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Profile: the CA at %1 offers no certificate profiles, so &quot;%2&quot; cannot be asked for; order without a profile.</source>
        <translation>Profil: Die CA unter %1 bietet keine Zertifikatsprofile an, „%2“ kann also nicht angefordert werden; bestellen Sie ohne Profil.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile: the CA at %1 does not offer &quot;%2&quot;. It offers: %3.</source>
        <translation>Profil: Die CA unter %1 bietet „%2“ nicht an. Sie bietet an: %3.</translation>
    </message>
</context>
<context>
    <name>DnsPropagationCheck</name>
    <message>
        <location filename="../app/core/acme/DnsHook.cpp" line="+188"/>
        <source>The DNS server %1 did not answer the TXT query for %2 in time.</source>
        <translation>Der DNS-Server %1 hat die TXT-Abfrage für %2 nicht rechtzeitig beantwortet.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not open a UDP socket for the DNS query: %1</source>
        <translation>Für die DNS-Abfrage konnte kein UDP-Socket geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The DNS server %1 sent an unexpected answer over TCP.</source>
        <translation>Der DNS-Server %1 hat über TCP eine unerwartete Antwort geschickt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The TXT query for %1 over TCP to %2 failed: %3</source>
        <translation>Die TXT-Abfrage für %1 über TCP an %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The DNS server %1 sent a malformed answer for %2.</source>
        <translation>Der DNS-Server %1 hat für %2 eine fehlerhafte Antwort geschickt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The DNS server %1 refused the TXT query for %2 (%3).</source>
        <translation>Der DNS-Server %1 hat die TXT-Abfrage für %2 abgelehnt (%3).</translation>
    </message>
</context>
<context>
    <name>DomainCsv</name>
    <message>
        <location filename="../app/core/scm/DomainCsv.cpp" line="+146"/>
        <source>A double quote inside a field that does not start with one; put the whole field in double quotes and write the quote twice, as in &quot;Smith &quot;&quot;Jr&quot;&quot; Ltd&quot;.</source>
        <translation>Ein doppeltes Anführungszeichen in einem Feld, das nicht mit einem beginnt; setzen Sie das ganze Feld in doppelte Anführungszeichen und schreiben Sie das Zeichen darin doppelt, wie in &quot;Smith &quot;&quot;Jr&quot;&quot; Ltd&quot;.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Text after the closing double quote of a field; put the whole field in double quotes and write each quote inside it twice.</source>
        <translation>Text nach dem schließenden doppelten Anführungszeichen eines Felds; setzen Sie das ganze Feld in doppelte Anführungszeichen und schreiben Sie jedes Anführungszeichen darin doppelt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A field that starts with a double quote is never closed; add the closing double quote (and write each quote inside the field twice).</source>
        <translation>Ein Feld, das mit einem doppelten Anführungszeichen beginnt, wird nie geschlossen; ergänzen Sie das schließende Anführungszeichen (und schreiben Sie jedes Anführungszeichen im Feld doppelt).</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>This line is not UTF-8 text. Save the file as CSV in UTF-8 (&quot;CSV UTF-8&quot; in spreadsheet programs) and import it again.</source>
        <translation>Diese Zeile ist kein UTF-8-Text. Speichern Sie die Datei als CSV in UTF-8 („CSV UTF-8“ in Tabellenkalkulationen) und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file has %1 MiB; AcmeDesk imports at most %2 MiB at once. Split it into several files.</source>
        <translation>Die Datei hat %1 MiB; AcmeDesk importiert höchstens %2 MiB auf einmal. Teilen Sie sie in mehrere Dateien auf.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file is empty. Its first line names the columns (%1); each further line is one domain.</source>
        <translation>Die Datei ist leer. Ihre erste Zeile nennt die Spalten (%1); jede weitere Zeile ist eine Domain.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;%1&quot; is not a column AcmeDesk knows; the first line names the columns, out of %2.</source>
        <translation>„%1“ ist keine Spalte, die AcmeDesk kennt; die erste Zeile nennt die Spalten, aus %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The column &quot;%1&quot; is named twice (columns %2 and %3); keep one.</source>
        <translation>Die Spalte „%1“ ist zweimal genannt (Spalten %2 und %3); behalten Sie eine.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The first line names no &quot;name&quot; column. It must name the columns (%1), at least name; each further line is one domain.</source>
        <translation>Die erste Zeile nennt keine Spalte „name“. Sie muss die Spalten nennen (%1), mindestens name; jede weitere Zeile ist eine Domain.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The file has more than %1 domain lines; split it into several files.</source>
        <translation>Die Datei hat mehr als %1 Domain-Zeilen; teilen Sie sie in mehrere Dateien auf.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This line has %1 fields, the first line names %2 columns. Put a field that contains a comma in double quotes.</source>
        <translation>Diese Zeile hat %1 Felder, die erste Zeile nennt %2 Spalten. Setzen Sie ein Feld, das ein Komma enthält, in doppelte Anführungszeichen.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The department &quot;%1&quot; is given without its organization; name the organization in the organization column.</source>
        <translation>Die Abteilung „%1“ ist ohne ihre Organisation angegeben; nennen Sie die Organisation in der Spalte organization.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A delegation status without an organization; name the organization the domain is delegated to, or leave the status empty.</source>
        <translation>Ein Delegierungsstatus ohne Organisation; nennen Sie die Organisation, an die die Domain delegiert ist, oder lassen Sie den Status leer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Certificate types without an organization; they belong to a delegation: name the organization, or leave them empty.</source>
        <translation>Zertifikatstypen ohne Organisation; sie gehören zu einer Delegierung: nennen Sie die Organisation oder lassen Sie sie leer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The DCV expiry %1 is before the validation date %2; correct one of them, or leave the expiry empty to have it computed.</source>
        <translation>Der DCV-Ablauf %1 liegt vor dem Validierungsdatum %2; korrigieren Sie eines davon oder lassen Sie den Ablauf leer, damit er berechnet wird.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Line %1 gives %2 another DCV state; a domain has one. Make the DCV columns of its lines agree.</source>
        <translation>Zeile %1 gibt %2 einen anderen DCV-Status; eine Domain hat nur einen. Gleichen Sie die DCV-Spalten ihrer Zeilen an.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Line %1 already lists %2 without delegation; give each domain and delegation once.</source>
        <translation>Zeile %1 führt %2 bereits ohne Delegierung auf; geben Sie jede Domain und Delegierung nur einmal an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line %1 already delegates %2 to %3; give each domain and delegation once.</source>
        <translation>Zeile %1 delegiert %2 bereits an %3; geben Sie jede Domain und Delegierung nur einmal an.</translation>
    </message>
</context>
<context>
    <name>DomainRepository</name>
    <message>
        <location filename="../app/core/store/DomainRepository.cpp" line="+39"/>
        <source>Could not read the domains from the database.</source>
        <translation>Die Domains konnten nicht aus der Datenbank gelesen werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not save the domains; nothing was changed. Check free disk space and try again.</source>
        <translation>Die Domains konnten nicht gespeichert werden; es wurde nichts geändert. Prüfen Sie den freien Speicherplatz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The %1 to change no longer exists; reload the list.</source>
        <translation>Die zu ändernde %1 gibt es nicht mehr; laden Sie die Liste neu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; comes from the SCM connection &quot;%2&quot;: a change made here would be undone by its next sync. Change it in SCM, then sync.</source>
        <translation>„%1“ stammt aus der SCM-Verbindung „%2“: eine Änderung hier würde ihre nächste Synchronisierung rückgängig machen. Ändern Sie es in SCM und synchronisieren Sie dann.</translation>
    </message>
    <message>
        <location line="+211"/>
        <source>The domain %1 was already entered by hand or imported; edit that one instead.</source>
        <translation>Die Domain %1 wurde bereits von Hand eingetragen oder importiert; bearbeiten Sie stattdessen diese.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The department name is empty; give the department a name.</source>
        <translation>Der Name der Abteilung ist leer; geben Sie der Abteilung einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The organization name is empty; give the organization a name.</source>
        <translation>Der Name der Organisation ist leer; geben Sie der Organisation einen Namen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The organization already has a department named &quot;%1&quot;; choose another name.</source>
        <translation>Die Organisation hat bereits eine Abteilung namens „%1“; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An organization named &quot;%1&quot; was already entered by hand or imported; choose another name.</source>
        <translation>Eine Organisation namens „%1“ wurde bereits von Hand eingetragen oder importiert; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organization</source>
        <translation>Organisation</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%n domain(s) are delegated to the department &quot;%1&quot;; remove them or delegate them elsewhere first.</source>
        <translation>
            <numerusform>%n Domain ist an die Abteilung „%1“ delegiert; entfernen Sie sie oder delegieren Sie sie zuerst anderswohin.</numerusform>
            <numerusform>%n Domains sind an die Abteilung „%1“ delegiert; entfernen Sie sie oder delegieren Sie sie zuerst anderswohin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n domain(s) are delegated to the organization &quot;%1&quot; or its departments; remove them or delegate them elsewhere first.</source>
        <translation>
            <numerusform>%n Domain ist an die Organisation „%1“ oder ihre Abteilungen delegiert; entfernen Sie sie oder delegieren Sie sie zuerst anderswohin.</numerusform>
            <numerusform>%n Domains sind an die Organisation „%1“ oder ihre Abteilungen delegiert; entfernen Sie sie oder delegieren Sie sie zuerst anderswohin.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+122"/>
        <location line="+22"/>
        <location line="+12"/>
        <source>domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The source &quot;%1&quot; is no SCM connection of AcmeDesk here; write manual (or leave it empty) to import the line as a domain entered by hand.</source>
        <translation>Die Quelle „%1“ ist keine SCM-Verbindung dieses AcmeDesk; schreiben Sie manual (oder lassen Sie sie leer), um die Zeile als von Hand eingetragene Domain zu importieren.</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+26"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot read the domain list %1: %2. Check the file name and that you may read it.</source>
        <translation>Die Domainliste %1 kann nicht gelesen werden: %2. Prüfen Sie den Dateinamen und ob Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read the domain list %1: %2.</source>
        <translation>Die Domainliste %1 kann nicht gelesen werden: %2.</translation>
    </message>
</context>
<context>
    <name>EabInput</name>
    <message>
        <location filename="../app/core/scm/EabInput.cpp" line="+27"/>
        <source>The Key ID is empty. Copy the Key ID of the ACME account from Sectigo Certificate Manager and paste it here.</source>
        <translation>Die Key ID ist leer. Kopieren Sie die Key ID des ACME-Kontos aus dem Sectigo Certificate Manager und fügen Sie sie hier ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Key ID is %1 characters long; a Key ID has at most %2. Copy only the Key ID of the ACME account from Sectigo Certificate Manager.</source>
        <translation>Die Key ID ist %1 Zeichen lang; eine Key ID hat höchstens %2. Kopieren Sie nur die Key ID des ACME-Kontos aus dem Sectigo Certificate Manager.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Key ID must not contain spaces or line breaks (found one at position %1). Copy the Key ID again as one piece.</source>
        <translation>Die Key ID darf keine Leerzeichen oder Zeilenumbrüche enthalten (gefunden an Position %1). Kopieren Sie die Key ID erneut in einem Stück.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The HMAC key is empty. Copy the HMAC key of the ACME account from Sectigo Certificate Manager and paste it here.</source>
        <translation>Der HMAC-Schlüssel ist leer. Kopieren Sie den HMAC-Schlüssel des ACME-Kontos aus dem Sectigo Certificate Manager und fügen Sie ihn hier ein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The HMAC key is %1 characters long; an HMAC key has at most %2. Copy only the HMAC key of the ACME account from Sectigo Certificate Manager.</source>
        <translation>Der HMAC-Schlüssel ist %1 Zeichen lang; ein HMAC-Schlüssel hat höchstens %2. Kopieren Sie nur den HMAC-Schlüssel des ACME-Kontos aus dem Sectigo Certificate Manager.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The HMAC key is not valid: %1</source>
        <translation>Der HMAC-Schlüssel ist ungültig: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The HMAC key decodes to nothing. Copy the HMAC key from Sectigo Certificate Manager again.</source>
        <translation>Der HMAC-Schlüssel ergibt dekodiert nichts. Kopieren Sie den HMAC-Schlüssel erneut aus dem Sectigo Certificate Manager.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The HMAC key is only %n byte(s) long, but SCM hands out %1-byte keys. Check that it was copied in full.</source>
        <translation>
            <numerusform>Der HMAC-Schlüssel ist nur %n Byte lang, SCM vergibt aber Schlüssel mit %1 Byte. Prüfen Sie, ob er vollständig kopiert wurde.</numerusform>
            <numerusform>Der HMAC-Schlüssel ist nur %n Byte lang, SCM vergibt aber Schlüssel mit %1 Byte. Prüfen Sie, ob er vollständig kopiert wurde.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventLog</name>
    <message>
        <location filename="../app/core/store/EventLog.cpp" line="+138"/>
        <source>The event &quot;%1&quot; was not logged because its text looks like it contains a key or a certificate.</source>
        <translation>Das Ereignis „%1“ wurde nicht protokolliert, weil sein Text aussieht, als enthielte er einen Schlüssel oder ein Zertifikat.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not write to the event log.</source>
        <translation>In das Ereignisprotokoll konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Could not read the event log.</source>
        <translation>Das Ereignisprotokoll konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>ExpiryNotices</name>
    <message>
        <location filename="../app/core/inventory/ExpiryNotices.cpp" line="+71"/>
        <source>Could not read which notifications were shown.</source>
        <translation>Es konnte nicht gelesen werden, welche Benachrichtigungen schon angezeigt wurden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+13"/>
        <location line="+4"/>
        <source>Could not record a shown notification.</source>
        <translation>Eine angezeigte Benachrichtigung konnte nicht vermerkt werden.</translation>
    </message>
</context>
<context>
    <name>IcsExport</name>
    <message>
        <location filename="../app/core/inventory/IcsExport.cpp" line="+101"/>
        <source>Certificate expiry (AcmeDesk)</source>
        <translation>Ablauf der Zertifikate (AcmeDesk)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Certificate expires: %1</source>
        <translation>Zertifikat läuft ab: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 (+%n more name(s))</source>
        <translation>
            <numerusform>%1 (+%n weiterer Name)</numerusform>
            <numerusform>%1 (+%n weitere Namen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Names: %1</source>
        <translation>Namen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject: %1</source>
        <translation>Inhaber: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer: %1</source>
        <translation>Aussteller: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial number: %1</source>
        <translation>Seriennummer: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires: %1 UTC</source>
        <translation>Läuft ab: %1 UTC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account: %1</source>
        <translation>Konto: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder: %1</source>
        <translation>Ordner: %1</translation>
    </message>
</context>
<context>
    <name>KeyPair</name>
    <message>
        <location filename="../app/core/crypto/KeyPair.cpp" line="+116"/>
        <source>ECDSA P-256 (ES256, recommended)</source>
        <translation>ECDSA P-256 (ES256, empfohlen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ECDSA P-384 (ES384)</source>
        <translation>ECDSA P-384 (ES384)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RSA 2048 (RS256)</source>
        <translation>RSA 2048 (RS256)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RSA 3072 (RS256)</source>
        <translation>RSA 3072 (RS256)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RSA 4096 (RS256)</source>
        <translation>RSA 4096 (RS256)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Could not compute the HMAC.</source>
        <translation>Der HMAC konnte nicht berechnet werden.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Only the EC curves P-256 and P-384 are supported (this key uses %1).</source>
        <translation>Nur die EC-Kurven P-256 und P-384 werden unterstützt (dieser Schlüssel verwendet %1).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only RSA keys of 2048, 3072 or 4096 bits are supported (this key has %1).</source>
        <translation>Nur RSA-Schlüssel mit 2048, 3072 oder 4096 Bit werden unterstützt (dieser Schlüssel hat %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only RSA and EC keys are supported.</source>
        <translation>Nur RSA- und EC-Schlüssel werden unterstützt.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Could not generate a %1 key.</source>
        <translation>Ein %1-Schlüssel konnte nicht erzeugt werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The private key is not a readable PEM key.</source>
        <translation>Der private Schlüssel ist kein lesbarer PEM-Schlüssel.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The JWK is not a P-256 or P-384 public key.</source>
        <translation>Der JWK ist kein öffentlicher P-256- oder P-384-Schlüssel.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The JWK is not an RSA public key.</source>
        <translation>Der JWK ist kein öffentlicher RSA-Schlüssel.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unsupported JWK key type &apos;%1&apos;.</source>
        <translation>Nicht unterstützter JWK-Schlüsseltyp &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The JWK could not be turned into a public key.</source>
        <translation>Aus dem JWK konnte kein öffentlicher Schlüssel gebildet werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no private key to export.</source>
        <translation>Es gibt keinen privaten Schlüssel zum Exportieren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not export the private key.</source>
        <translation>Der private Schlüssel konnte nicht exportiert werden.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>There is no private key to sign with.</source>
        <translation>Es gibt keinen privaten Schlüssel zum Signieren.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>Could not sign the request.</source>
        <translation>Die Anfrage konnte nicht signiert werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not decode the ECDSA signature.</source>
        <translation>Die ECDSA-Signatur konnte nicht dekodiert werden.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Could not build the test certificate&apos;s extensions.</source>
        <translation>Die Erweiterungen des Testzertifikats konnten nicht erstellt werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not sign the test certificate.</source>
        <translation>Das Testzertifikat konnte nicht signiert werden.</translation>
    </message>
</context>
<context>
    <name>KeychainAudit</name>
    <message>
        <location filename="../app/core/jobs/KeychainAudit.cpp" line="+75"/>
        <source>AcmeDesk does not use this name; nothing in the database refers to it.</source>
        <translation>AcmeDesk verwendet diesen Namen nicht; nichts in der Datenbank verweist darauf.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Left by a keychain check that did not finish (AcmeDesk was stopped or crashed during it).</source>
        <translation>Übrig von einer Prüfung des Schlüsselbunds, die nicht zu Ende kam (AcmeDesk wurde dabei beendet oder ist abgestürzt).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key of account %1, which no longer exists.</source>
        <translation>Der Schlüssel des Kontos %1, das es nicht mehr gibt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new key from a key change of account %1, which no longer exists.</source>
        <translation>Ein neuer Schlüssel aus einem Schlüsselwechsel des Kontos %1, das es nicht mehr gibt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new key of account &quot;%1&quot; from a key change that has been settled; the account does not use it.</source>
        <translation>Ein neuer Schlüssel des Kontos „%1“ aus einem abgeschlossenen Schlüsselwechsel; das Konto verwendet ihn nicht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The EAB HMAC key of account %1, which no longer exists.</source>
        <translation>Der EAB-HMAC-Schlüssel des Kontos %1, das es nicht mehr gibt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The EAB HMAC key of account &quot;%1&quot;, which AcmeDesk does not keep.</source>
        <translation>Der EAB-HMAC-Schlüssel des Kontos „%1“, den AcmeDesk nicht aufbewahrt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The certificate key of order %1, which no longer exists.</source>
        <translation>Der Zertifikatsschlüssel des Auftrags %1, den es nicht mehr gibt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate key of order %1 (%2), which has ended (%3); no certificate uses it.</source>
        <translation>Der Zertifikatsschlüssel des Auftrags %1 (%2), der beendet ist (%3); kein Zertifikat verwendet ihn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PFX password of order %1, which no longer exists.</source>
        <translation>Das PFX-Passwort des Auftrags %1, den es nicht mehr gibt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PFX password of order %1 (%2), which has ended (%3).</source>
        <translation>Das PFX-Passwort des Auftrags %1 (%2), der beendet ist (%3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password of SCM connection %1, which no longer exists.</source>
        <translation>Das Passwort der SCM-Verbindung %1, die es nicht mehr gibt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing in the database refers to it.</source>
        <translation>Nichts in der Datenbank verweist darauf.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Account &quot;%1&quot; has an interrupted key change whose new key is not in the keychain; the account still uses its old key.</source>
        <translation>Das Konto „%1“ hat einen unterbrochenen Schlüsselwechsel, dessen neuer Schlüssel nicht im Schlüsselbund ist; das Konto verwendet weiter seinen alten Schlüssel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The EAB HMAC key that account &quot;%1&quot; keeps for registering again is not in the keychain.</source>
        <translation>Der EAB-HMAC-Schlüssel, den das Konto „%1“ für eine erneute Registrierung aufbewahrt, ist nicht im Schlüsselbund.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account &quot;%1&quot; has no key in the keychain, so it cannot sign requests to its CA.</source>
        <translation>Das Konto „%1“ hat keinen Schlüssel im Schlüsselbund und kann daher keine Anfragen an seine CA signieren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Order %1 (%2) has no PFX password in the keychain, so it would fail when it writes the PFX file.</source>
        <translation>Der Auftrag %1 (%2) hat kein PFX-Passwort im Schlüsselbund und würde daher beim Schreiben der PFX-Datei scheitern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order %1 (%2) has no certificate key in the keychain, so it cannot be finished.</source>
        <translation>Der Auftrag %1 (%2) hat keinen Zertifikatsschlüssel im Schlüsselbund und kann daher nicht abgeschlossen werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SCM connection &quot;%1&quot; has no password in the keychain, so it cannot sign in to SCM.</source>
        <translation>Die SCM-Verbindung „%1“ hat kein Passwort im Schlüsselbund und kann sich daher nicht bei SCM anmelden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The PFX password of certificate %1 (%2) is not in the keychain, so renewing it cannot write its PFX file; issue it again with a new password.</source>
        <translation>Das PFX-Passwort des Zertifikats %1 (%2) ist nicht im Schlüsselbund, daher kann eine Erneuerung seine PFX-Datei nicht schreiben; stellen Sie es mit einem neuen Passwort erneut aus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key of certificate %1 (%2) is not in the keychain, so it cannot be reused for a new certificate; the key file written with the certificate is not affected.</source>
        <translation>Der Schlüssel des Zertifikats %1 (%2) ist nicht im Schlüsselbund und kann daher nicht für ein neues Zertifikat wiederverwendet werden; die mit dem Zertifikat geschriebene Schlüsseldatei ist davon nicht betroffen.</translation>
    </message>
    <message numerus="yes">
        <location line="+205"/>
        <source>It was written less than %n minute(s) ago and may belong to an AcmeDesk that is running right now.</source>
        <translation>
            <numerusform>Er wurde vor weniger als %n Minute geschrieben und gehört vielleicht zu einem AcmeDesk, das gerade läuft.</numerusform>
            <numerusform>Er wurde vor weniger als %n Minuten geschrieben und gehört vielleicht zu einem AcmeDesk, das gerade läuft.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>It could not be read: %1</source>
        <translation>Er konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>KeychainLedger</name>
    <message>
        <location filename="../app/core/store/KeychainLedger.cpp" line="+27"/>
        <source>Could not note the keychain entry %1 in the database, so it was not written. Check that the data folder is writable and has free space.</source>
        <translation>Der Schlüsselbund-Eintrag %1 konnte nicht in der Datenbank vermerkt werden und wurde daher nicht geschrieben. Prüfen Sie, ob der Datenordner beschreibbar ist und freier Speicherplatz vorhanden ist.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not update the database&apos;s list of keychain entries.</source>
        <translation>Die Liste der Schlüsselbund-Einträge in der Datenbank konnte nicht aktualisiert werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not read the database&apos;s list of keychain entries.</source>
        <translation>Die Liste der Schlüsselbund-Einträge in der Datenbank konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>ManualDomain</name>
    <message>
        <location filename="../app/core/scm/ManualDomain.cpp" line="+34"/>
        <source>The domain name is empty; write a DNS name such as www.example.com, or *.example.com for a wildcard.</source>
        <translation>Der Domainname ist leer; schreiben Sie einen DNS-Namen wie www.example.com oder *.example.com für einen Platzhalter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The domain name is not valid: %1 Write a DNS name such as www.example.com, or *.example.com for a wildcard.</source>
        <translation>Der Domainname ist ungültig: %1 Schreiben Sie einen DNS-Namen wie www.example.com oder *.example.com für einen Platzhalter.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The department name &quot;%1&quot; contains a line break or a control character; write it on one line.</source>
        <translation>Der Abteilungsname „%1“ enthält einen Zeilenumbruch oder ein Steuerzeichen; schreiben Sie ihn in eine Zeile.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The organization name &quot;%1&quot; contains a line break or a control character; write it on one line.</source>
        <translation>Der Organisationsname „%1“ enthält einen Zeilenumbruch oder ein Steuerzeichen; schreiben Sie ihn in eine Zeile.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The department name has %1 characters; shorten it to at most %2.</source>
        <translation>Der Abteilungsname hat %1 Zeichen; kürzen Sie ihn auf höchstens %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The organization name has %1 characters; shorten it to at most %2.</source>
        <translation>Der Organisationsname hat %1 Zeichen; kürzen Sie ihn auf höchstens %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The delegation status &quot;%1&quot; is not known; write approved (or active) or requested.</source>
        <translation>Der Delegierungsstatus „%1“ ist unbekannt; schreiben Sie approved (oder active) oder requested.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The DCV method &quot;%1&quot; is not known; write email, cname, http, https, txt or auto, or leave it empty.</source>
        <translation>Die DCV-Methode „%1“ ist unbekannt; schreiben Sie email, cname, http, https, txt oder auto, oder lassen Sie sie leer.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The DCV status &quot;%1&quot; is not known; write validated, not validated, awaiting submission, submitted, expired or failed, or leave it empty.</source>
        <translation>Der DCV-Status „%1“ ist unbekannt; schreiben Sie validated, not validated, awaiting submission, submitted, expired oder failed, oder lassen Sie ihn leer.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The certificate type &quot;%1&quot; is not known; write SSL, SMIME or CodeSign, several separated by &apos;;&apos;.</source>
        <translation>Der Zertifikatstyp „%1“ ist unbekannt; schreiben Sie SSL, SMIME oder CodeSign, mehrere durch &apos;;&apos; getrennt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 &quot;%2&quot; is not a date; write it as YYYY-MM-DD, e.g. 2026-04-30.</source>
        <translation>%1 „%2“ ist kein Datum; schreiben Sie es als JJJJ-MM-TT, z. B. 2026-04-30.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Validation date</source>
        <translation>Validierungsdatum</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>DCV expiry</source>
        <translation>DCV-Ablauf</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A delegation of %1 names no organization; name the organization the domain is delegated to.</source>
        <translation>Eine Delegierung von %1 nennt keine Organisation; nennen Sie die Organisation, an die die Domain delegiert ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The department &quot;%1&quot; is given without its organization; name the organization it belongs to.</source>
        <translation>Die Abteilung „%1“ ist ohne ihre Organisation angegeben; nennen Sie die Organisation, zu der sie gehört.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is delegated to %2 twice; give each organization or department once.</source>
        <translation>%1 ist zweimal an %2 delegiert; geben Sie jede Organisation oder Abteilung nur einmal an.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The DCV expiry %1 is before the validation date %2; correct one of them, or leave the expiry empty to have it computed.</source>
        <translation>Der DCV-Ablauf %1 liegt vor dem Validierungsdatum %2; korrigieren Sie eines davon oder lassen Sie den Ablauf leer, damit er berechnet wird.</translation>
    </message>
</context>
<context>
    <name>OrderCleanup</name>
    <message>
        <location filename="../app/core/jobs/OrderCleanup.cpp" line="+50"/>
        <source>There is no order %1.</source>
        <translation>Es gibt keinen Auftrag %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Order %1 has already ended (%2); only unfinished orders can be forgotten.</source>
        <translation>Auftrag %1 ist bereits beendet (%2); nur unerledigte Aufträge können verworfen werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Forgotten; its certificate key was removed.</source>
        <translation>Verworfen; sein Zertifikatsschlüssel wurde entfernt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forgotten; its certificate key is kept because a certificate uses it.</source>
        <translation>Verworfen; sein Zertifikatsschlüssel bleibt erhalten, weil ein Zertifikat ihn verwendet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order %1 forgotten; it expires at the CA by itself. %2</source>
        <translation>Auftrag %1 verworfen; er läuft bei der CA von selbst ab. %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its certificate key was removed from the keychain.</source>
        <translation>Sein Zertifikatsschlüssel wurde aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its certificate key stays: a certificate uses it.</source>
        <translation>Sein Zertifikatsschlüssel bleibt: Ein Zertifikat verwendet ihn.</translation>
    </message>
</context>
<context>
    <name>OrderRepository</name>
    <message>
        <location filename="../app/core/store/OrderRepository.cpp" line="+76"/>
        <source>Could not read the orders.</source>
        <translation>Die Aufträge konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Could not save the order.</source>
        <translation>Der Auftrag konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not save the order&apos;s progress.</source>
        <translation>Der Fortschritt des Auftrags konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order %1 no longer exists.</source>
        <translation>Auftrag %1 existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>Pkcs12</name>
    <message>
        <location filename="../app/core/crypto/Pkcs12.cpp" line="+44"/>
        <source>A private key is needed for the PKCS#12 file.</source>
        <translation>Für die PKCS#12-Datei wird ein privater Schlüssel benötigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a password for the PKCS#12 file.</source>
        <translation>Wählen Sie ein Passwort für die PKCS#12-Datei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PKCS#12 password cannot contain NUL characters.</source>
        <translation>Das PKCS#12-Passwort darf keine NUL-Zeichen enthalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no certificate to put into the PKCS#12 file.</source>
        <translation>Es gibt kein Zertifikat für die PKCS#12-Datei.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Certificate %1 of the chain could not be read.</source>
        <translation>Zertifikat %1 der Kette konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The certificate does not belong to this private key.</source>
        <translation>Das Zertifikat gehört nicht zu diesem privaten Schlüssel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not collect the chain for the PKCS#12 file.</source>
        <translation>Die Kette für die PKCS#12-Datei konnte nicht zusammengestellt werden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not build the PKCS#12 file.</source>
        <translation>Die PKCS#12-Datei konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not protect the PKCS#12 file with a MAC.</source>
        <translation>Die PKCS#12-Datei konnte nicht mit einem MAC geschützt werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Could not encode the PKCS#12 file.</source>
        <translation>Die PKCS#12-Datei konnte nicht kodiert werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The data is not a PKCS#12 file.</source>
        <translation>Die Daten sind keine PKCS#12-Datei.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The password does not open this PKCS#12 file.</source>
        <translation>Das Passwort öffnet diese PKCS#12-Datei nicht.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The PKCS#12 file could not be opened with this password.</source>
        <translation>Die PKCS#12-Datei konnte mit diesem Passwort nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The PKCS#12 file contains no private key.</source>
        <translation>Die PKCS#12-Datei enthält keinen privaten Schlüssel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PKCS#12 file contains no certificate for its key.</source>
        <translation>Die PKCS#12-Datei enthält kein Zertifikat zu ihrem Schlüssel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The certificate in the PKCS#12 file does not match its key.</source>
        <translation>Das Zertifikat in der PKCS#12-Datei passt nicht zu ihrem Schlüssel.</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <location filename="../app/core/scm/Presets.cpp" line="+26"/>
        <source>Sectigo DV</source>
        <translation>Sectigo DV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain-validated certificates from Sectigo&apos;s public ACME endpoint.</source>
        <translation>Domain-validierte Zertifikate vom öffentlichen ACME-Endpunkt von Sectigo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sectigo OV</source>
        <translation>Sectigo OV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organization-validated certificates; pick it when SCM shows this URL for an OV account.</source>
        <translation>Organisations-validierte Zertifikate; wählen Sie dies, wenn SCM diese URL für ein OV-Konto anzeigt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sectigo EV</source>
        <translation>Sectigo EV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extended-validation certificates; your organization must already be EV-validated in SCM.</source>
        <translation>Zertifikate mit erweiterter Validierung (EV); Ihre Organisation muss in SCM bereits EV-validiert sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>InCommon OV (Sectigo)</source>
        <translation>InCommon OV (Sectigo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For InCommon member institutions (universities and research) that get OV certificates through InCommon.</source>
        <translation>Für InCommon-Mitgliedseinrichtungen (Hochschulen und Forschung), die OV-Zertifikate über InCommon beziehen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sectigo Certificate Manager (Universal ACME)</source>
        <translation>Sectigo Certificate Manager (Universal ACME)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SCM&apos;s enterprise ACME endpoint; pick it when the ACME account in SCM shows this URL.</source>
        <translation>Der Enterprise-ACME-Endpunkt von SCM; wählen Sie ihn, wenn das ACME-Konto in SCM diese URL anzeigt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ZeroSSL</source>
        <translation>ZeroSSL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain-validated certificates from ZeroSSL; EAB values come from the ZeroSSL developer dashboard.</source>
        <translation>Domain-validierte Zertifikate von ZeroSSL; die EAB-Werte stehen im ZeroSSL-Entwickler-Dashboard.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google Trust Services</source>
        <translation>Google Trust Services</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain-validated certificates from Google Trust Services; EAB values come from a Google Cloud project.</source>
        <translation>Domain-validierte Zertifikate von Google Trust Services; die EAB-Werte kommen aus einem Google-Cloud-Projekt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SSL.com</source>
        <translation>SSL.com</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain-validated RSA certificates from SSL.com; EAB values come from the SSL.com account.</source>
        <translation>Domain-validierte RSA-Zertifikate von SSL.com; die EAB-Werte stehen im SSL.com-Konto.</translation>
    </message>
</context>
<context>
    <name>PrivateFile</name>
    <message>
        <location filename="../app/core/util/PrivateFile.cpp" line="+44"/>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 ist ein Ordner; geben Sie einen Dateinamen an.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot create a file in %1: %2</source>
        <translation>In %1 kann keine Datei angelegt werden: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+12"/>
        <location line="+8"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Cannot make %1 private to you.</source>
        <translation>%1 kann nicht auf Sie allein beschränkt werden.</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <location filename="../app/core/acme/Problem.cpp" line="+62"/>
        <source>The CA says a name is not delegated to this ACME account&apos;s organization in SCM. Delegate the domain to that organization (or one of its departments) in SCM and approve the delegation, then order again.</source>
        <translation>Laut CA ist ein Name in SCM nicht an die Organisation dieses ACME-Kontos delegiert. Delegieren Sie die Domain in SCM an diese Organisation (oder eine ihrer Abteilungen), genehmigen Sie die Delegierung und beantragen Sie dann erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The CA says this ACME account is suspended. That is decided in SCM, not by a retry: an SCM administrator must re-enable it among SCM&apos;s ACME accounts, or give you EAB values for another one.</source>
        <translation>Laut CA ist dieses ACME-Konto gesperrt. Das wird in SCM entschieden, nicht durch einen neuen Versuch: Ein SCM-Administrator muss es unter den ACME-Konten von SCM wieder aktivieren oder Ihnen EAB-Werte für ein anderes Konto geben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This CA requires External Account Binding: enter the Key ID and HMAC key that SCM shows for the ACME account (Enrollment &gt; ACME &gt; Accounts &gt; Details).</source>
        <translation>Diese CA verlangt External Account Binding: Geben Sie die Key ID und den HMAC-Schlüssel ein, die SCM für das ACME-Konto anzeigt (Enrollment &gt; ACME &gt; Accounts &gt; Details).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The CA does not know this Key ID. Check that the Key ID was copied in full from the same ACME account in SCM, and that the ACME URL belongs to that account&apos;s endpoint.</source>
        <translation>Die CA kennt diese Key ID nicht. Prüfen Sie, ob die Key ID vollständig aus demselben ACME-Konto in SCM kopiert wurde und ob die ACME-URL zum Endpunkt dieses Kontos gehört.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The CA rejected the HMAC key for this Key ID. Copy the HMAC key again from SCM in full; if SCM has already erased it, create new EAB values for the account in SCM.</source>
        <translation>Die CA hat den HMAC-Schlüssel für diese Key ID abgelehnt. Kopieren Sie den HMAC-Schlüssel noch einmal vollständig aus SCM; hat SCM ihn bereits gelöscht, erzeugen Sie in SCM neue EAB-Werte für das Konto.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The CA refused to revoke the certificate for this account: only the account that ordered it (or one validated for all of its names) may revoke it. Check that the account is still valid at the CA.</source>
        <translation>Die CA hat den Widerruf des Zertifikats für dieses Konto abgelehnt: Nur das Konto, das es bestellt hat (oder eines, das für alle seine Namen validiert ist), darf es widerrufen. Prüfen Sie, ob das Konto bei der CA noch gültig ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CA refused the request for this account. Check that the account is still valid and that it may act for the names involved.</source>
        <translation>Die CA hat die Anfrage für dieses Konto abgelehnt. Prüfen Sie, ob das Konto noch gültig ist und für die betroffenen Namen handeln darf.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The CA refused the request&apos;s content type; this is a bug in AcmeDesk, please report it.</source>
        <translation>Die CA hat den Inhaltstyp der Anfrage abgelehnt; das ist ein Fehler in AcmeDesk, bitte melden Sie ihn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CA refused the External Account Binding because its header carries a nonce; this is a bug in AcmeDesk, please report it.</source>
        <translation>Die CA hat das External Account Binding abgelehnt, weil sein Header eine Nonce enthält; das ist ein Fehler in AcmeDesk, bitte melden Sie ihn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The External Account Binding names a different URL than the request; check that the ACME URL is exactly the one SCM shows.</source>
        <translation>Das External Account Binding nennt eine andere URL als die Anfrage; prüfen Sie, ob die ACME-URL genau die ist, die SCM anzeigt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The CA did not take the revocation request; it may not know this certificate (for example a local test CA that was restarted). The CA&apos;s own words are in the details.</source>
        <translation>Die CA hat die Widerrufsanfrage nicht angenommen; vielleicht kennt sie dieses Zertifikat nicht (etwa eine lokale Test-CA, die neu gestartet wurde). Die Worte der CA stehen in den Details.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CA could not read the request. If this repeats, copy the details and report them.</source>
        <translation>Die CA konnte die Anfrage nicht lesen. Wenn das wieder passiert, kopieren Sie die Details und melden Sie sie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The CA rejected a one-time number (nonce) several times in a row; try again in a moment.</source>
        <translation>Die CA hat mehrmals hintereinander eine Einmalnummer (Nonce) abgelehnt; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CA no longer knows this account (for example after a server reset). Register it again; that needs the EAB Key ID and HMAC key from SCM once more.</source>
        <translation>Die CA kennt dieses Konto nicht mehr (zum Beispiel nach einem Zurücksetzen des Servers). Registrieren Sie es erneut; dafür werden Key ID und HMAC-Schlüssel aus SCM noch einmal gebraucht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The order is not ready to be finalized yet: its authorizations are still pending, or it was finalized already.</source>
        <translation>Der Auftrag kann noch nicht abgeschlossen werden: Seine Autorisierungen stehen noch aus, oder er wurde bereits abgeschlossen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This certificate has already been revoked.</source>
        <translation>Dieses Zertifikat wurde bereits widerrufen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CA needs you to act first, usually to accept new terms of service on its website.</source>
        <translation>Die CA verlangt zuerst eine Handlung von Ihnen, meist das Akzeptieren neuer Nutzungsbedingungen auf ihrer Website.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CA&apos;s rate limit was reached; AcmeDesk will try again later.</source>
        <translation>Das Ratenlimit der CA ist erreicht; AcmeDesk versucht es später erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CA will not issue for one of the names; check the names and that they are allowed for this account&apos;s organization in SCM.</source>
        <translation>Die CA stellt für einen der Namen nicht aus; prüfen Sie die Namen und ob sie für die Organisation dieses Kontos in SCM erlaubt sind.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The CA does not support one of the name types requested.</source>
        <translation>Die CA unterstützt eine der angeforderten Namensarten nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CA refused a contact address; check the e-mail addresses.</source>
        <translation>Die CA hat eine Kontaktadresse abgelehnt; prüfen Sie die E-Mail-Adressen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CA does not accept this account key type; choose ECDSA P-256 or RSA 2048.</source>
        <translation>Die CA akzeptiert diesen Kontoschlüsseltyp nicht; wählen Sie ECDSA P-256 oder RSA 2048.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CA refused the account&apos;s public key; choose another key type.</source>
        <translation>Die CA hat den öffentlichen Schlüssel des Kontos abgelehnt; wählen Sie einen anderen Schlüsseltyp.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CA refused the certificate signing request; check the names and key type.</source>
        <translation>Die CA hat die Zertifikatsanforderung abgelehnt; prüfen Sie die Namen und den Schlüsseltyp.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A CAA record in DNS forbids this CA for one of the names; add the CA to the domain&apos;s CAA records.</source>
        <translation>Ein CAA-Eintrag im DNS verbietet diese CA für einen der Namen; nehmen Sie die CA in die CAA-Einträge der Domain auf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CA could not look up a name in DNS; check the domain&apos;s DNS records.</source>
        <translation>Die CA konnte einen Namen nicht im DNS nachschlagen; prüfen Sie die DNS-Einträge der Domain.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CA could not confirm control of a name; check that the challenge is reachable from the internet.</source>
        <translation>Die CA konnte die Kontrolle über einen Namen nicht bestätigen; prüfen Sie, ob die Challenge aus dem Internet erreichbar ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CA had an internal error; try again later.</source>
        <translation>Die CA hatte einen internen Fehler; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CA does not accept this revocation reason; choose another (unspecified is always accepted).</source>
        <translation>Die CA nimmt diesen Widerrufsgrund nicht an; wählen Sie einen anderen („nicht angegeben“ wird immer angenommen).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CA refused the certificate profile the order asks for (no longer offered, or not allowed for this account); order with another profile or without one.</source>
        <translation>Die CA hat das Zertifikatsprofil abgelehnt, das der Auftrag anfordert (nicht mehr angeboten oder für dieses Konto nicht erlaubt); bestellen Sie mit einem anderen Profil oder ohne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CA says this object does not exist.</source>
        <translation>Laut CA existiert dieses Objekt nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CA refused the request.</source>
        <translation>Die CA hat die Anfrage abgelehnt.</translation>
    </message>
</context>
<context>
    <name>RenewalInfo</name>
    <message>
        <location filename="../app/core/acme/RenewalInfo.cpp" line="+66"/>
        <source>The CA&apos;s renewal information has no readable suggestedWindow (start and end as RFC 3339 times).</source>
        <translation>Die Erneuerungsinformationen der CA enthalten kein lesbares suggestedWindow (Beginn und Ende als RFC-3339-Zeitangaben).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The CA&apos;s suggested renewal window ends before it starts (%1 to %2); it is ignored.</source>
        <translation>Das von der CA empfohlene Zeitfenster für die Erneuerung endet, bevor es beginnt (%1 bis %2); es wird ignoriert.</translation>
    </message>
</context>
<context>
    <name>RenewalPolicy</name>
    <message>
        <location filename="../app/core/renewal/RenewalPolicy.cpp" line="+27"/>
        <source>Renewal policy: &quot;%1&quot; is not a policy AcmeDesk knows. Write &quot;off&quot;, days before expiry such as &quot;30d&quot;, or the share of the lifetime left such as &quot;1/3&quot; or &quot;33%&quot;.</source>
        <translation>Erneuerungsrichtlinie: &quot;%1&quot; ist keine Richtlinie, die AcmeDesk kennt. Schreiben Sie &quot;off&quot;, Tage vor Ablauf wie &quot;30d&quot; oder den verbleibenden Anteil der Laufzeit wie &quot;1/3&quot; oder &quot;33%&quot;.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Renewal policy: %1 days before expiry is out of range; use 1 to %2 days.</source>
        <translation>Erneuerungsrichtlinie: %1 Tage vor Ablauf liegen außerhalb des zulässigen Bereichs; verwenden Sie 1 bis %2 Tage.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Renewal policy: %1/%2 of the lifetime is not a share between none and all; use e.g. 1/3.</source>
        <translation>Erneuerungsrichtlinie: %1/%2 der Laufzeit ist kein Anteil zwischen nichts und der ganzen Laufzeit; verwenden Sie z. B. 1/3.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>as the default says</source>
        <translation>gemäß Standard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>never automatically</source>
        <translation>nie automatisch</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s) before it expires</source>
        <translation>
            <numerusform>%n Tag vor Ablauf</numerusform>
            <numerusform>%n Tage vor Ablauf</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>when a third of its lifetime is left</source>
        <translation>bei einem Drittel Restlaufzeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>when half of its lifetime is left</source>
        <translation>bei halber Restlaufzeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>when a quarter of its lifetime is left</source>
        <translation>bei einem Viertel Restlaufzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>when %1 % of its lifetime is left</source>
        <translation>bei %1 % Restlaufzeit</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Could not save the default renewal policy.</source>
        <translation>Die Standard-Erneuerungsrichtlinie konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not issued by AcmeDesk: renew it where it was issued.</source>
        <translation>Nicht von AcmeDesk ausgestellt: Erneuern Sie es dort, wo es ausgestellt wurde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Renewed: certificate %1 replaces it.</source>
        <translation>Erneuert: Zertifikat %1 ersetzt es.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revoked: not renewed automatically; &quot;Renew now&quot; requests a new one.</source>
        <translation>Widerrufen: wird nicht automatisch erneuert; &quot;Jetzt erneuern&quot; fordert ein neues an.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Automatic renewal is off for this certificate.</source>
        <translation>Die automatische Erneuerung ist für dieses Zertifikat ausgeschaltet.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>inside the CA&apos;s suggested window (%1 to %2)</source>
        <translation>im von der CA empfohlenen Zeitfenster (%1 bis %2)</translation>
    </message>
</context>
<context>
    <name>Revocation</name>
    <message>
        <location filename="../app/core/acme/Revocation.cpp" line="+76"/>
        <source>Unspecified</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key compromise</source>
        <translation>Schlüssel kompromittiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Affiliation changed</source>
        <translation>Zugehörigkeit geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Superseded</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cessation of operation</source>
        <translation>Betrieb eingestellt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>None of the other reasons applies.</source>
        <translation>Keiner der anderen Gründe trifft zu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate&apos;s private key may be known to someone else (copied, published, or on a server that was broken into).</source>
        <translation>Der private Schlüssel des Zertifikats ist womöglich anderen bekannt (kopiert, veröffentlicht oder auf einem Server, in den eingebrochen wurde).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The organization or another detail in the certificate is no longer right; the key is safe.</source>
        <translation>Die Organisation oder eine andere Angabe im Zertifikat stimmt nicht mehr; der Schlüssel ist sicher.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new certificate replaces this one; the key is safe.</source>
        <translation>Ein neues Zertifikat ersetzt dieses; der Schlüssel ist sicher.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate is no longer used, or its names are no longer yours.</source>
        <translation>Das Zertifikat wird nicht mehr verwendet, oder seine Namen gehören Ihnen nicht mehr.</translation>
    </message>
</context>
<context>
    <name>ScmDcv</name>
    <message>
        <location filename="../app/core/scm/ScmDcv.cpp" line="+119"/>
        <source>Not validated</source>
        <translation>Nicht validiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Awaiting submission</source>
        <translation>Wartet auf Einreichung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Validated</source>
        <translation>Validiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>SCM offered no e-mail address for validating %1 by Email. Choose another method, e.g. CNAME or TXT.</source>
        <translation>SCM bietet keine E-Mail-Adresse an, um %1 per Email zu validieren. Wählen Sie eine andere Methode, z. B. CNAME oder TXT.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SCM&apos;s answer to the validation of %1 by %2 does not say what to publish. Try again; if it persists, start the validation in SCM&apos;s web interface.</source>
        <translation>Die Antwort von SCM zur Validierung von %1 per %2 sagt nicht, was zu veröffentlichen ist. Versuchen Sie es erneut; bleibt es so, starten Sie die Validierung in der Weboberfläche von SCM.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>start the validation of %1 by %2</source>
        <translation>die Validierung von %1 per %2 starten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>submit the validation of %1 by %2</source>
        <translation>die Validierung von %1 per %2 einreichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>read the validation status of %1</source>
        <translation>den Validierungsstatus von %1 lesen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The SCM administrator &quot;%1&quot; may not %2 (SCM says: %3). Ask an MRAO administrator for the &quot;Allow DCV&quot; privilege on the domain&apos;s organization, or use another login.</source>
        <translation>Der SCM-Administrator „%1“ darf %2 nicht (SCM sagt: %3). Bitten Sie einen MRAO-Administrator um das Recht „Allow DCV“ für die Organisation der Domain, oder verwenden Sie eine andere Anmeldung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SCM does not know %1 as an active domain (SCM says: %2). Sync the domains: it may have been removed or renamed in SCM.</source>
        <translation>SCM kennt %1 nicht als aktive Domain (SCM sagt: %2). Synchronisieren Sie die Domains: Sie wurde in SCM vielleicht entfernt oder umbenannt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SCM validates only registered domains, not %1 (SCM says: %2). Validate the domain it belongs to (e.g. example.com for www.example.com or *.example.com); that covers it.</source>
        <translation>SCM validiert nur registrierte Domains, nicht %1 (SCM sagt: %2). Validieren Sie die Domain, zu der sie gehört (z. B. example.com für www.example.com oder *.example.com); das schließt sie ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Domain validation is not enabled for this SCM customer, so AcmeDesk cannot %1 (SCM says: %2). Ask Sectigo support to enable DCV.</source>
        <translation>Die Domain-Validierung ist für diesen SCM-Kunden nicht eingeschaltet, daher kann AcmeDesk %1 nicht (SCM sagt: %2). Bitten Sie den Sectigo-Support, DCV einzuschalten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SCM refused to %1: %2. Check what SCM asked to publish, then try again.</source>
        <translation>SCM hat abgelehnt, %1: %2. Prüfen Sie, was SCM zu veröffentlichen verlangt hat, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not %1: %2</source>
        <translation>Konnte %1 nicht: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+43"/>
        <source>the validation of %1</source>
        <translation>die Validierung von %1</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>AcmeDesk cannot start the validation of %1 by &quot;%2&quot; in SCM: choose CNAME, HTTP, HTTPS, TXT or Email.</source>
        <translation>AcmeDesk kann die Validierung von %1 per „%2“ in SCM nicht starten: Wählen Sie CNAME, HTTP, HTTPS, TXT oder Email.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AcmeDesk cannot submit the validation of %1 by &quot;%2&quot; in SCM: choose CNAME, HTTP, HTTPS, TXT or Email.</source>
        <translation>AcmeDesk kann die Validierung von %1 per „%2“ in SCM nicht einreichen: Wählen Sie CNAME, HTTP, HTTPS, TXT oder Email.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no method</source>
        <translation>keine Methode</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Choose the e-mail address SCM sends the validation of %1 to (one of the addresses SCM offered).</source>
        <translation>Wählen Sie die E-Mail-Adresse, an die SCM die Validierung von %1 sendet (eine der Adressen, die SCM angeboten hat).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the validation status of %1</source>
        <translation>den Validierungsstatus von %1</translation>
    </message>
</context>
<context>
    <name>ScmNameCheck</name>
    <message>
        <location filename="../app/core/scm/ScmNameCheck.cpp" line="+63"/>
        <source>%1 is not among SCM&apos;s domains: the CA refuses it unless the domain is added in SCM and delegated to the account&apos;s organization.</source>
        <translation>%1 gehört nicht zu den Domains in SCM: Die CA lehnt den Namen ab, solange die Domain nicht in SCM hinzugefügt und an die Organisation des Kontos delegiert ist.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: its delegation in SCM waits for approval; until it is approved the CA refuses the name.</source>
        <translation>%1: Die Delegierung in SCM wartet auf Genehmigung; bis sie genehmigt ist, lehnt die CA den Namen ab.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is delegated to %2 in SCM, not to %3 (this account&apos;s organization): the CA refuses it until it is delegated there.</source>
        <translation>%1 ist in SCM an %2 delegiert, nicht an %3 (die Organisation dieses Kontos): Die CA lehnt den Namen ab, bis er dorthin delegiert ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not delegated to any organization in SCM: the CA refuses it until it is delegated to the account&apos;s organization.</source>
        <translation>%1 ist in SCM an keine Organisation delegiert: Die CA lehnt den Namen ab, bis er an die Organisation des Kontos delegiert ist.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not validated in SCM (%2): OV and EV certificates need domain validation done in SCM first.</source>
        <translation>%1 ist in SCM nicht validiert (%2): OV- und EV-Zertifikate brauchen zuerst eine Domain-Validierung (DCV) in SCM.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The domain validation of %1 in SCM expired on %2: validate it again in SCM.</source>
        <translation>Die Domain-Validierung (DCV) von %1 in SCM ist am %2 abgelaufen: Validieren Sie die Domain in SCM erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The domain validation of %1 in SCM expires on %2, before the order can finish: validate it again in SCM first.</source>
        <translation>Die Domain-Validierung (DCV) von %1 in SCM läuft am %2 ab, bevor der Auftrag abgeschlossen werden kann: Validieren Sie die Domain zuerst in SCM erneut.</translation>
    </message>
</context>
<context>
    <name>ScmOperations</name>
    <message>
        <location filename="../app/core/jobs/ScmOperations.cpp" line="+34"/>
        <source>SCM no longer shows the EAB of ACME account %1 (it is shown until a client registers with it): ask SCM for a new EAB for that account.</source>
        <translation>SCM zeigt das EAB des ACME-Kontos %1 nicht mehr an (es wird nur angezeigt, bis sich ein Client damit registriert): Fordern Sie in SCM ein neues EAB für dieses Konto an.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+87"/>
        <source>SCM&apos;s ACME account %1: %2</source>
        <translation>ACME-Konto %1 in SCM: %2</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>the ACME servers</source>
        <translation>die ACME-Server</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SCM names the ACME server &quot;%1&quot; for this account but does not list it.</source>
        <translation>SCM nennt für dieses Konto den ACME-Server „%1“, führt ihn aber nicht auf.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the organizations</source>
        <translation>die Organisationen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the ACME accounts</source>
        <translation>die ACME-Konten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>SCM has no ACME account with id %1.</source>
        <translation>SCM hat kein ACME-Konto mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>ScmRepository</name>
    <message>
        <location filename="../app/core/store/ScmRepository.cpp" line="+42"/>
        <source>Could not read the SCM data from the database.</source>
        <translation>Die SCM-Daten konnten nicht aus der Datenbank gelesen werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not save the SCM data; the data of the previous sync is kept. Check free disk space and try again.</source>
        <translation>Die SCM-Daten konnten nicht gespeichert werden; die Daten der vorigen Synchronisierung bleiben erhalten. Prüfen Sie den freien Speicherplatz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+90"/>
        <location line="+10"/>
        <source>Could not save the SCM connection &quot;%1&quot;.</source>
        <translation>Die SCM-Verbindung „%1“ konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="+376"/>
        <source>Could not save the validation state of %1.</source>
        <translation>Der Validierungsstand von %1 konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The domain %1 is no longer stored; sync the domains again.</source>
        <translation>Die Domain %1 ist nicht mehr gespeichert; synchronisieren Sie die Domains erneut.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This domain is no longer stored.</source>
        <translation>Diese Domain ist nicht mehr gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The validation date of %1 must be a date no later than today (%2).</source>
        <translation>Das Validierungsdatum von %1 darf nicht nach heute (%2) liegen.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../app/core/secrets/MemorySecretStore.cpp" line="+32"/>
        <source>No secret is stored under %1.</source>
        <translation>Unter %1 ist kein Geheimnis gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/SecretStore.cpp" line="+94"/>
        <source>The system keychain works: AcmeDesk keeps account keys and EAB HMAC keys there and never in its own files.</source>
        <translation>Der Systemschlüsselbund funktioniert: AcmeDesk bewahrt Kontoschlüssel und EAB-HMAC-Schlüssel dort auf und nie in eigenen Dateien.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No system keychain is reachable, so AcmeDesk cannot store account keys or EAB HMAC keys. On Linux AcmeDesk needs a Secret Service provider on the D-Bus session bus: log in to a desktop session that starts GNOME Keyring (or run &quot;gnome-keyring-daemon --start --components=secrets&quot;), or enable &quot;Secret Service integration&quot; in KeePassXC or KWallet. Over SSH or in a container, start a D-Bus session (for example with dbus-run-session) and a keyring daemon first. On macOS and Windows the system keychain is always present; restart the computer if it is not answering.</source>
        <translation>Kein Systemschlüsselbund erreichbar, daher kann AcmeDesk weder Kontoschlüssel noch EAB-HMAC-Schlüssel speichern. Unter Linux braucht AcmeDesk einen Secret-Service-Anbieter auf dem D-Bus-Sitzungsbus: Melden Sie sich in einer Desktop-Sitzung an, die GNOME Keyring startet (oder führen Sie „gnome-keyring-daemon --start --components=secrets“ aus), oder aktivieren Sie die „Secret-Service-Integration“ in KeePassXC oder KWallet. Über SSH oder in einem Container starten Sie zuerst eine D-Bus-Sitzung (zum Beispiel mit dbus-run-session) und einen Schlüsselbund-Dienst. Unter macOS und Windows ist der Systemschlüsselbund immer vorhanden; starten Sie den Computer neu, wenn er nicht antwortet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The system keychain answered but refused access, usually because it is locked, has no default keyring yet, or an unlock prompt was dismissed. Unlock it and try again: on Linux unlock (or create) the &quot;Login&quot; keyring in Passwords and Keys (Seahorse) or unlock the database in KeePassXC; on macOS unlock the login keychain in Keychain Access; everywhere, allow AcmeDesk when the system asks.</source>
        <translation>Der Systemschlüsselbund hat geantwortet, aber den Zugriff verweigert – meist, weil er gesperrt ist, noch keinen Standard-Schlüsselbund hat oder eine Entsperrabfrage abgelehnt wurde. Entsperren Sie ihn und versuchen Sie es erneut: Unter Linux entsperren (oder erstellen) Sie den Schlüsselbund „Anmeldung“ in „Passwörter und Verschlüsselung“ (Seahorse) oder entsperren die Datenbank in KeePassXC; unter macOS entsperren Sie den Anmelde-Schlüsselbund in der Schlüsselbundverwaltung; überall gilt: Erlauben Sie AcmeDesk den Zugriff, wenn das System fragt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The system keychain did not answer in time. It is probably waiting for an unlock prompt that is hidden or shown on another screen: look for a password dialog, unlock the keyring (on Linux the &quot;Login&quot; keyring in GNOME Keyring, or the KeePassXC database), then try again. If no prompt appears, restart the keyring daemon or log out and back in.</source>
        <translation>Der Systemschlüsselbund hat nicht rechtzeitig geantwortet. Vermutlich wartet er auf eine Entsperrabfrage, die verdeckt oder auf einem anderen Bildschirm angezeigt wird: Suchen Sie nach einem Passwortdialog, entsperren Sie den Schlüsselbund (unter Linux den Schlüsselbund „Anmeldung“ in GNOME Keyring oder die KeePassXC-Datenbank) und versuchen Sie es erneut. Erscheint keine Abfrage, starten Sie den Schlüsselbund-Dienst neu oder melden Sie sich ab und wieder an.</translation>
    </message>
</context>
<context>
    <name>TlsProbe</name>
    <message>
        <location filename="../app/core/inventory/TlsProbe.cpp" line="+55"/>
        <source>The endpoint &quot;%1&quot; %2</source>
        <translation>Der Endpunkt „%1“ %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is not an https URL; give HOST or HOST:PORT.</source>
        <translation>ist keine https-URL; geben Sie HOST oder HOST:PORT an.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>opens &apos;[&apos; without closing it; write an IPv6 address as [2001:db8::1]:443.</source>
        <translation>öffnet „[“, ohne es zu schließen; schreiben Sie eine IPv6-Adresse als [2001:db8::1]:443.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>has text after the address; write HOST:PORT.</source>
        <translation>hat Text nach der Adresse; schreiben Sie HOST:PORT.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>ends in &apos;:&apos; without a port.</source>
        <translation>endet auf „:“ ohne Port.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>has the port &quot;%1&quot;; give a number from 1 to 65535.</source>
        <translation>hat den Port „%1“; geben Sie eine Zahl von 1 bis 65535 an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>has no host name; give HOST or HOST:PORT.</source>
        <translation>hat keinen Hostnamen; geben Sie HOST oder HOST:PORT an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not a host name; give HOST or HOST:PORT.</source>
        <translation>ist kein Hostname; geben Sie HOST oder HOST:PORT an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is neither a host name nor an IPv6 address.</source>
        <translation>ist weder ein Hostname noch eine IPv6-Adresse.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server name &quot;%1&quot; is not a DNS name; TLS sends only names (SNI), never addresses.</source>
        <translation>Der Servername „%1“ ist kein DNS-Name; TLS sendet nur Namen (SNI), nie Adressen.</translation>
    </message>
</context>
<context>
    <name>acmedesk::AccountActions</name>
    <message>
        <location filename="../ui/AccountActions.cpp" line="+72"/>
        <source>Contacts of %1</source>
        <translation>Kontakte von %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none; separate several addresses with commas</source>
        <translation>keine; trennen Sie mehrere Adressen durch Kommas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Send to the CA</source>
        <translation>An die CA &amp;senden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The CA sends expiry and account notices to these addresses. Leave the field empty to remove every contact.</source>
        <translation>Die CA sendet Ablauf- und Kontohinweise an diese Adressen. Lassen Sie das Feld leer, um alle Kontakte zu entfernen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not an e-mail address: %1. Correct it to continue.</source>
        <translation>Keine E-Mail-Adresse: %1. Korrigieren Sie sie, um fortzufahren.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;E-mail addresses:</source>
        <translation>&amp;E-Mail-Adressen:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sending the contacts of %1 to the CA…</source>
        <translation>Die Kontakte von %1 werden an die CA gesendet…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has no contacts now.</source>
        <translation>%1 hat jetzt keine Kontakte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CA has the new contacts of %1.</source>
        <translation>Die CA hat die neuen Kontakte von %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change the key of %1</source>
        <translation>Schlüssel von %1 ändern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Change key</source>
        <translation>Schlüssel ä&amp;ndern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New &amp;key type:</source>
        <translation>Neuer &amp;Schlüsseltyp:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>AcmeDesk makes a new account key, saves it in the keychain, and asks %1 to use it instead of the current one (key rollover). The account, its certificates and its orders stay as they are. Do this when the key may have been exposed, or to move to another key type.</source>
        <translation>AcmeDesk erstellt einen neuen Kontoschlüssel, speichert ihn im Schlüsselbund und bittet %1, ihn anstelle des aktuellen zu verwenden (Key Rollover). Das Konto, seine Zertifikate und seine Aufträge bleiben unverändert. Tun Sie dies, wenn der Schlüssel offengelegt worden sein könnte oder um zu einem anderen Schlüsseltyp zu wechseln.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Changing the key of %1…</source>
        <translation>Der Schlüssel von %1 wird geändert…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 signs with a new %2 key now.</source>
        <translation>%1 signiert jetzt mit einem neuen %2-Schlüssel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deactivate %1</source>
        <translation>%1 deaktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivate the account %1 at %2?</source>
        <translation>Das Konto %1 bei %2 deaktivieren?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CA will refuse every further request from this account: no new certificates, no renewals. Certificates it issued stay valid until they expire. This cannot be undone; to issue again you need a new account, and SCM may have to give you a new Key ID and HMAC key for it.</source>
        <translation>Die CA wird jede weitere Anfrage von diesem Konto ablehnen: keine neuen Zertifikate, keine Erneuerungen. Von ihm ausgestellte Zertifikate bleiben gültig, bis sie ablaufen. Dies kann nicht rückgängig gemacht werden; um erneut auszustellen, benötigen Sie ein neues Konto, und SCM muss Ihnen dafür möglicherweise eine neue Key ID und einen neuen HMAC-Schlüssel geben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deactivating %1 at the CA…</source>
        <translation>%1 wird bei der CA deaktiviert…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is deactivated at the CA. Remove it from AcmeDesk when you no longer need its history.</source>
        <translation>%1 ist bei der CA deaktiviert. Entfernen Sie es aus AcmeDesk, wenn Sie seinen Verlauf nicht mehr benötigen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has unfinished orders. Remove it anyway?</source>
        <translation>%1 hat unfertige Aufträge. Trotzdem entfernen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the account %1 from AcmeDesk?</source>
        <translation>Das Konto %1 aus AcmeDesk entfernen?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>AcmeDesk forgets the account and its orders, and deletes its key (and its HMAC key if kept) from the keychain. The account is not deactivated at the CA: deactivate it first if nobody should use it any more. The activity log keeps its history.</source>
        <translation>AcmeDesk verwirft das Konto und seine Aufträge und löscht seinen Schlüssel (und seinen HMAC-Schlüssel, falls aufbewahrt) aus dem Schlüsselbund. Das Konto wird bei der CA nicht deaktiviert: Deaktivieren Sie es zuerst, wenn es niemand mehr verwenden soll. Das Aktivitätsprotokoll behält seinen Verlauf.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n certificate(s) it issued stay on the Dashboard and on disk, but cannot be renewed or revoked through it.</source>
        <translation>
            <numerusform>%n von ihm ausgestelltes Zertifikat bleibt im Dashboard und auf der Festplatte, kann aber nicht mehr über das Konto erneuert oder widerrufen werden.</numerusform>
            <numerusform>%n von ihm ausgestellte Zertifikate bleiben im Dashboard und auf der Festplatte, können aber nicht mehr über das Konto erneuert oder widerrufen werden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The unfinished orders are given up; they expire at the CA by themselves.</source>
        <translation>Die unfertigen Aufträge werden aufgegeben; sie laufen bei der CA von selbst ab.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removing %1…</source>
        <translation>%1 wird entfernt…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is removed from AcmeDesk.</source>
        <translation>%1 wurde aus AcmeDesk entfernt.</translation>
    </message>
</context>
<context>
    <name>acmedesk::AccountDetailsDialog</name>
    <message>
        <location filename="../ui/AccountDetailsDialog.cpp" line="+16"/>
        <source>Account details: %1</source>
        <translation>Kontodetails: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory URL:</source>
        <translation>Verzeichnis-URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account URL:</source>
        <translation>Konto-URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key type:</source>
        <translation>Schlüsseltyp:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts:</source>
        <translation>Kontakte:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EAB Key ID:</source>
        <translation>EAB-Key-ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HMAC algorithm:</source>
        <translation>HMAC-Algorithmus:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HMAC key:</source>
        <translation>HMAC-Schlüssel:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kept in the keychain</source>
        <translation>im Schlüsselbund aufbewahrt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>forgotten</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terms of service:</source>
        <translation>Nutzungsbedingungen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local test CA:</source>
        <translation>Lokale Test-CA:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes; for trying only</source>
        <translation>ja; nur zum Ausprobieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SCM instance:</source>
        <translation>SCM-Instanz:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer URI:</source>
        <translation>Customer URI:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organization:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Department:</source>
        <translation>Abteilung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated:</source>
        <translation>Geändert:</translation>
    </message>
</context>
<context>
    <name>acmedesk::AccountListModel</name>
    <message>
        <location filename="../models/AccountListModel.cpp" line="+72"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key type</source>
        <translation>Schlüsseltyp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account URL</source>
        <translation>Konto-URL</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown to the server</source>
        <translation>Dem Server unbekannt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Local test CA</source>
        <translation>Lokale Test-CA</translation>
    </message>
</context>
<context>
    <name>acmedesk::AccountOperations</name>
    <message>
        <location filename="../app/core/jobs/AccountOperations.cpp" line="+37"/>
        <source>There is no account with id %1.</source>
        <translation>Es gibt kein Konto mit der ID %1.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The key of account &quot;%1&quot; is not in the keychain (%2); the account cannot be used.</source>
        <translation>Der Schlüssel des Kontos „%1“ ist nicht im Schlüsselbund (%2); das Konto kann nicht verwendet werden.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The registration of account &quot;%1&quot; did not finish and its key is not in the keychain; remove the account and add it again.</source>
        <translation>Die Registrierung des Kontos „%1“ wurde nicht abgeschlossen, und sein Schlüssel ist nicht im Schlüsselbund; entfernen Sie das Konto und fügen Sie es erneut hinzu.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The registration of account &quot;%1&quot; did not finish: the CA has no account for its key. Add it again under the same name with the EAB values from SCM, or remove it.</source>
        <translation>Die Registrierung des Kontos „%1“ wurde nicht abgeschlossen: Die CA hat kein Konto für seinen Schlüssel. Fügen Sie es unter demselben Namen mit den EAB-Werten aus SCM erneut hinzu, oder entfernen Sie es.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Registration finished after an interruption: the CA had the account at %1.</source>
        <translation>Registrierung nach einer Unterbrechung abgeschlossen: Die CA hatte das Konto unter %1.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Deactivated at the CA.</source>
        <translation>Bei der CA deaktiviert.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Contacts removed at the CA.</source>
        <translation>Kontakte bei der CA entfernt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts at the CA: %1.</source>
        <translation>Kontakte bei der CA: %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>An earlier key change of account &quot;%1&quot; is not settled yet: the CA could not be asked which key it uses. Try again when the CA answers.</source>
        <translation>Ein früherer Schlüsselwechsel des Kontos „%1“ ist noch nicht geklärt: Die CA konnte nicht gefragt werden, welchen Schlüssel sie verwendet. Versuchen Sie es erneut, wenn die CA antwortet.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The key change of account &quot;%1&quot; may or may not have reached the CA; AcmeDesk asks the CA the next time the account is used.</source>
        <translation>Ob der Schlüsselwechsel des Kontos „%1“ die CA erreicht hat, ist unklar; AcmeDesk fragt die CA, wenn das Konto das nächste Mal verwendet wird.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The CA switched to the new key, but the keychain refused to replace the old one; the new key is kept as %1 and takes over on the next start.</source>
        <translation>Die CA verwendet jetzt den neuen Schlüssel, aber der Schlüsselbund hat den alten nicht ersetzt; der neue Schlüssel bleibt als %1 erhalten und wird beim nächsten Start übernommen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Account key replaced (%1).</source>
        <translation>Kontoschlüssel ersetzt (%1).</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>An interrupted key change had not saved a new key; the account key is unchanged.</source>
        <translation>Ein unterbrochener Schlüsselwechsel hatte keinen neuen Schlüssel gespeichert; der Kontoschlüssel ist unverändert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An interrupted key change left an unreadable new key; it was removed and the old key stays.</source>
        <translation>Ein unterbrochener Schlüsselwechsel hat einen unlesbaren neuen Schlüssel hinterlassen; er wurde entfernt, der alte Schlüssel bleibt.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>An interrupted key change had reached the CA; the new key (%1) is the account key now.</source>
        <translation>Ein unterbrochener Schlüsselwechsel hatte die CA erreicht; der neue Schlüssel (%1) ist jetzt der Kontoschlüssel.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>An interrupted key change had not reached the CA; the old key stays and the new one was removed.</source>
        <translation>Ein unterbrochener Schlüsselwechsel hatte die CA nicht erreicht; der alte Schlüssel bleibt, der neue wurde entfernt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The staged new key belongs to another account at the CA (%1); it is left as %2 for a closer look.</source>
        <translation>Der vorbereitete neue Schlüssel gehört bei der CA zu einem anderen Konto (%1); er bleibt zur genaueren Prüfung als %2 liegen.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Account &quot;%1&quot; has unfinished orders (%2); they would be lost.</source>
        <translation>Das Konto „%1“ hat unerledigte Aufträge (%2); sie gingen verloren.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Could not remove the account &quot;%1&quot; from the database.</source>
        <translation>Das Konto „%1“ konnte nicht aus der Datenbank entfernt werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Removed from AcmeDesk with its keys; the account still exists at the CA unless it was deactivated.</source>
        <translation>Samt seinen Schlüsseln aus AcmeDesk entfernt; bei der CA besteht das Konto weiter, sofern es nicht deaktiviert wurde.</translation>
    </message>
</context>
<context>
    <name>acmedesk::AccountPage</name>
    <message>
        <location filename="../ui/wizard/AccountPage.cpp" line="+24"/>
        <source>&amp;Forget the HMAC key after registration</source>
        <translation>HMAC-Schlüssel nach der Registrierung &amp;verwerfen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How AcmeDesk names this account, and the key it signs with.</source>
        <translation>Wie AcmeDesk dieses Konto nennt und mit welchem Schlüssel es signiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Register</source>
        <translation>&amp;Registrieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>optional; separate several addresses with commas or new lines</source>
        <translation>optional; mehrere Adressen durch Kommas oder Zeilenumbrüche trennen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>I &amp;accept the CA&apos;s terms of service</source>
        <translation>Ich &amp;akzeptiere die Nutzungsbedingungen der CA</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Once registered, the account key alone signs in. Keep the HMAC key only if you want to register this Key ID again.</source>
        <translation>Nach der Registrierung meldet sich AcmeDesk allein mit dem Kontoschlüssel an. Behalten Sie den HMAC-Schlüssel nur, wenn Sie diese Key ID erneut registrieren möchten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;More: where this account lives in SCM</source>
        <translation>&amp;Mehr: wo dieses Konto in SCM liegt</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Account &amp;name:</source>
        <translation>Konto&amp;name:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact &amp;e-mails:</source>
        <translation>Kontakt-&amp;E-Mails:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account &amp;key type:</source>
        <translation>&amp;Schlüsseltyp des Kontos:</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>ACME account</source>
        <translation>ACME-Konto</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Read them first: %1</source>
        <translation>Bitte zuerst lesen: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This CA publishes no terms of service.</source>
        <translation>Diese CA veröffentlicht keine Nutzungsbedingungen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CA&apos;s terms of service appear here once the ACME server has answered.</source>
        <translation>Die Nutzungsbedingungen der CA erscheinen hier, sobald der ACME-Server geantwortet hat.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Enter a name, e.g. &quot;Sectigo DV - Web team&quot;.</source>
        <translation>Geben Sie einen Namen ein, z. B. „Sectigo DV - Web-Team“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An account with this name exists already.</source>
        <translation>Ein Konto mit diesem Namen gibt es bereits.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not an e-mail address: %1</source>
        <translation>Keine E-Mail-Adresse: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Register is available once the fields marked above are right.</source>
        <translation>Registrieren ist möglich, sobald die oben markierten Felder stimmen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register waits until the ACME server has answered.</source>
        <translation>Registrieren wartet, bis der ACME-Server geantwortet hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register is available once you accept the CA&apos;s terms of service.</source>
        <translation>Registrieren ist möglich, sobald Sie die Nutzungsbedingungen der CA akzeptieren.</translation>
    </message>
</context>
<context>
    <name>acmedesk::AccountWizard</name>
    <message>
        <location filename="../ui/wizard/AccountWizard.cpp" line="+27"/>
        <source>a certbot command</source>
        <translation>einem certbot-Befehl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a lego command</source>
        <translation>einem lego-Befehl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an acme.sh command</source>
        <translation>einem acme.sh-Befehl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SCM&apos;s JSON</source>
        <translation>dem JSON von SCM</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SCM&apos;s account details</source>
        <translation>den Kontodetails aus SCM</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add ACME account</source>
        <translation>ACME-Konto hinzufügen</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+38"/>
        <source>your local test CA</source>
        <translation>Ihrer lokalen Test-CA</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ACME server changed from %1 to the local test CA.</source>
        <translation>Der ACME-Server wurde von %1 auf die lokale Test-CA umgestellt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The ACME URL changed from %1 to %2.</source>
        <translation>Die ACME-URL wurde von %1 auf %2 geändert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Key ID changed from %1 to %2.</source>
        <translation>Die Key ID wurde von %1 auf %2 geändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The HMAC key was replaced by the pasted one.</source>
        <translation>Der HMAC-Schlüssel wurde durch den eingefügten ersetzt.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>SCM&apos;s ACME account %1</source>
        <translation>dem ACME-Konto %1 in SCM</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The local test CA</source>
        <translation>Die lokale Test-CA</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 answered at %2.</source>
        <translation>%1 hat unter %2 geantwortet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting for the ACME server to answer…</source>
        <translation>Warten auf die Antwort des ACME-Servers…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back to correct the ACME URL.</source>
        <translation>Gehen Sie zurück und korrigieren Sie die ACME-URL.</translation>
    </message>
</context>
<context>
    <name>acmedesk::AccountsPage</name>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="+23"/>
        <source>&amp;Add account…</source>
        <translation>Konto hin&amp;zufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Details</source>
        <translation>De&amp;tails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use on &amp;servers…</source>
        <translation>Auf &amp;Servern verwenden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Manage</source>
        <translation>&amp;Verwalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste from SCM</source>
        <translation>Aus SCM &amp;einfügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try with the &amp;local test CA</source>
        <translation>Mit der &amp;lokalen Test-CA ausprobieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Configuration for cert-manager, certbot, lego, acme.sh, Caddy or win-acme with this account&apos;s EAB values</source>
        <translation>Konfiguration für cert-manager, certbot, lego, acme.sh, Caddy oder win-acme mit den EAB-Werten dieses Kontos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change &amp;contacts…</source>
        <translation>&amp;Kontakte ändern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;key…</source>
        <translation>&amp;Schlüssel ändern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deactivate at the CA…</source>
        <translation>Bei der CA &amp;deaktivieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove from AcmeDesk…</source>
        <translation>Aus AcmeDesk &amp;entfernen…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No ACME accounts yet. In SCM, open the ACME account&apos;s Details, copy the ACME URL, Key ID and HMAC key, then paste them here. Or try AcmeDesk with a local test CA first.</source>
        <translation>Noch keine ACME-Konten. Öffnen Sie in SCM die Details des ACME-Kontos, kopieren Sie ACME-URL, Key ID und HMAC-Schlüssel und fügen Sie sie hier ein. Oder probieren Sie AcmeDesk zuerst mit einer lokalen Test-CA aus.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use on servers…</source>
        <translation>Auf Servern verwenden…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>A private test server on this computer that hands out EAB values like SCM does</source>
        <translation>Ein privater Testserver auf diesem Computer, der EAB-Werte ausgibt wie SCM</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Wait until the current action has finished.</source>
        <translation>Warten Sie, bis die aktuelle Aktion abgeschlossen ist.</translation>
    </message>
</context>
<context>
    <name>acmedesk::AcmeClient</name>
    <message>
        <location filename="../app/core/acme/AcmeClient.cpp" line="+28"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The ACME server %1 sent a directory larger than %2; AcmeDesk stopped reading it (a directory is a few hundred bytes). Check the ACME URL.</source>
        <translation>Der ACME-Server %1 hat ein Verzeichnis mit mehr als %2 geschickt; AcmeDesk hat aufgehört, es zu lesen (ein Verzeichnis hat wenige hundert Byte). Prüfen Sie die ACME-URL.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ACME server %1 sent a certificate chain larger than %2; AcmeDesk stopped reading it (a chain is a few KiB). Check the ACME URL; if it is right, tell the CA.</source>
        <translation>Der ACME-Server %1 hat eine Zertifikatskette mit mehr als %2 geschickt; AcmeDesk hat aufgehört, sie zu lesen (eine Kette hat wenige KiB). Prüfen Sie die ACME-URL; stimmt sie, melden Sie es der CA.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The ACME server %1 sent an answer larger than %2; AcmeDesk stopped reading it (ACME answers are a few KiB). Check the ACME URL.</source>
        <translation>Der ACME-Server %1 hat eine Antwort mit mehr als %2 geschickt; AcmeDesk hat aufgehört, sie zu lesen (ACME-Antworten haben wenige KiB). Prüfen Sie die ACME-URL.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The ACME server %1 could not be reached within %2 s. Check the ACME URL, your network and proxy settings, then try again.</source>
        <translation>Der ACME-Server %1 war innerhalb von %2 s nicht erreichbar. Prüfen Sie die ACME-URL, Ihr Netzwerk und die Proxy-Einstellungen und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ACME server %1 accepted the connection but never answered (nothing within %2 s). Try again later; if it keeps happening, check the ACME URL.</source>
        <translation>Der ACME-Server %1 hat die Verbindung angenommen, aber nie geantwortet (nichts innerhalb von %2 s). Versuchen Sie es später erneut; geschieht das immer wieder, prüfen Sie die ACME-URL.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The ACME server %1 stopped sending its answer midway (nothing for %2 s). Try again later.</source>
        <translation>Der ACME-Server %1 hat mitten in seiner Antwort aufgehört zu senden (%2 s lang nichts). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ACME server %1 sent its answer too slowly (not complete %2 s after it began). Try again later; if it keeps happening, check your network or proxy.</source>
        <translation>Der ACME-Server %1 hat seine Antwort zu langsam geschickt (%2 s nach ihrem Beginn noch nicht vollständig). Versuchen Sie es später erneut; geschieht das immer wieder, prüfen Sie Netzwerk oder Proxy.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The ACME server %1 did not finish its answer within %2 s. Check your network or proxy, then try again.</source>
        <translation>Der ACME-Server %1 hat seine Antwort nicht innerhalb von %2 s beendet. Prüfen Sie Netzwerk oder Proxy und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The server name %1 could not be found. Check the ACME URL and your DNS or proxy settings.</source>
        <translation>Der Servername %1 wurde nicht gefunden. Prüfen Sie die ACME-URL und Ihre DNS- oder Proxy-Einstellungen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The local test CA of this account is not running (nothing answers on port %1 of this computer). AcmeDesk starts it again when one of its accounts is used; if this keeps happening, add the account again with the local test CA.</source>
        <translation>Die lokale Test-CA dieses Kontos läuft nicht (an Port %1 dieses Computers antwortet nichts). AcmeDesk startet sie wieder, wenn eines ihrer Konten benutzt wird; wenn das weiter vorkommt, fügen Sie das Konto mit der lokalen Test-CA neu hinzu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 refused the connection. Check the ACME URL and port, and that the server is running.</source>
        <translation>%1 hat die Verbindung abgelehnt. Prüfen Sie ACME-URL und Port und ob der Server läuft.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 did not answer in time. Check your network or proxy, then try again.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet. Prüfen Sie Ihr Netzwerk oder Ihren Proxy und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The TLS certificate of %1 is not trusted. If this server uses a private CA, give its CA bundle for this account.</source>
        <translation>Dem TLS-Zertifikat von %1 wird nicht vertraut. Verwendet dieser Server eine private CA, geben Sie deren CA-Bundle für dieses Konto an.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 closed the connection before answering; try again.</source>
        <translation>%1 hat die Verbindung vor der Antwort geschlossen; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The proxy refused the connection to %1. Check the proxy settings.</source>
        <translation>Der Proxy hat die Verbindung zu %1 abgelehnt. Prüfen Sie die Proxy-Einstellungen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The request to %1 failed: %2</source>
        <translation>Die Anfrage an %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The CA bundle holds no PEM certificate. Give a file with one or more &quot;-----BEGIN CERTIFICATE-----&quot; blocks.</source>
        <translation>Das CA-Bundle enthält kein PEM-Zertifikat. Geben Sie eine Datei mit einem oder mehreren „-----BEGIN CERTIFICATE-----“-Blöcken an.</translation>
    </message>
    <message>
        <location line="+191"/>
        <location line="+178"/>
        <source>this request</source>
        <translation>diese Anfrage</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>%1 answered with HTTP %2. Check the ACME URL.</source>
        <translation>%1 hat mit HTTP %2 geantwortet. Prüfen Sie die ACME-URL.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The ACME URL is not a valid address. Enter it as SCM shows it, e.g. https://acme.sectigo.com/v2/DV</source>
        <translation>Die ACME-URL ist keine gültige Adresse. Geben Sie sie so ein, wie SCM sie anzeigt, z. B. https://acme.sectigo.com/v2/DV</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The ACME URL redirects elsewhere (HTTP %1). Enter the directory URL exactly as SCM shows it.</source>
        <translation>Die ACME-URL leitet woandershin weiter (HTTP %1). Geben Sie die Verzeichnis-URL genau so ein, wie SCM sie anzeigt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 offers no renewal information (ARI).</source>
        <translation>%1 bietet keine Erneuerungsinformationen (ARI) an.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The CA did not hand out a nonce.</source>
        <translation>Die CA hat keine Nonce ausgegeben.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The CA pointed to %1, which is not the server of the ACME URL (%2); AcmeDesk sends signed requests only there. Check the ACME URL.</source>
        <translation>Die CA hat auf %1 verwiesen, das nicht der Server der ACME-URL (%2) ist; AcmeDesk schickt signierte Anfragen nur dorthin. Prüfen Sie die ACME-URL.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No account key is loaded.</source>
        <translation>Es ist kein Kontoschlüssel geladen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This account has not been registered yet.</source>
        <translation>Dieses Konto ist noch nicht registriert.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The CA answered a signed request with a redirect (HTTP %1), which ACME does not allow. Check the ACME URL.</source>
        <translation>Die CA hat eine signierte Anfrage mit einer Weiterleitung (HTTP %1) beantwortet, was ACME nicht erlaubt. Prüfen Sie die ACME-URL.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The CA answered with HTTP %1 and no explanation.</source>
        <translation>Die CA hat mit HTTP %1 ohne Erklärung geantwortet.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The CA did not say where the account lives (no Location).</source>
        <translation>Die CA hat nicht angegeben, wo das Konto liegt (kein Location-Header).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the account</source>
        <translation>das Konto</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>This CA does not offer key rollover (no keyChange in its directory).</source>
        <translation>Diese CA bietet keinen Schlüsselwechsel an (kein keyChange in ihrem Verzeichnis).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This CA does not offer revocation over ACME (no revokeCert in its directory); revoke the certificate on the CA&apos;s website or ask the CA.</source>
        <translation>Diese CA bietet keinen Widerruf über ACME an (kein revokeCert in ihrem Verzeichnis); widerrufen Sie das Zertifikat auf der Website der CA oder fragen Sie die CA.</translation>
    </message>
</context>
<context>
    <name>acmedesk::ActivityPage</name>
    <message>
        <location filename="../ui/ActivityPage.cpp" line="+19"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+16"/>
        <source>Nothing happened yet. Registrations and failures will be listed here.</source>
        <translation>Bisher ist nichts passiert. Registrierungen und Fehler erscheinen hier.</translation>
    </message>
</context>
<context>
    <name>acmedesk::AutoRenewalDialog</name>
    <message>
        <location filename="../ui/AutoRenewalDialog.cpp" line="+36"/>
        <source>Automatic renewal</source>
        <translation>Automatische Erneuerung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every hour, &lt;b&gt;acmedesk-cli renew&lt;/b&gt; renews the certificates that are due, also while AcmeDesk is closed. A run when nothing is due does nothing, and only one runs at a time.</source>
        <translation>Stündlich erneuert &lt;b&gt;acmedesk-cli renew&lt;/b&gt; die fälligen Zertifikate, auch wenn AcmeDesk geschlossen ist. Ein Lauf, bei dem nichts fällig ist, tut nichts, und es läuft immer nur einer gleichzeitig.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change &amp;default…</source>
        <translation>&amp;Standard ändern…</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+42"/>
        <source>&amp;Enable automatic renewal</source>
        <translation>Automatische Erneuerung &amp;aktivieren</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Certificates without a policy of their own renew %1.</source>
        <translation>Zertifikate ohne eigene Richtlinie werden %1 erneuert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This system has no systemd: set up the hourly run as shown below.</source>
        <translation>Dieses System hat kein systemd: Richten Sie die stündliche Ausführung wie unten gezeigt ein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>acmedesk-cli was not found next to AcmeDesk nor on the PATH; install it (it comes with the AcmeDesk package) to enable automatic renewal.</source>
        <translation>acmedesk-cli wurde weder neben AcmeDesk noch im PATH gefunden; installieren Sie es (es ist im AcmeDesk-Paket enthalten), um die automatische Erneuerung zu aktivieren.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enabled: the timer and service below are installed.</source>
        <translation>Aktiviert: Der Timer und der Dienst unten sind installiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not enabled. &quot;Enable&quot; writes these two files and starts the timer with systemctl --user:</source>
        <translation>Nicht aktiviert. &quot;Aktivieren&quot; schreibt diese beiden Dateien und startet den Timer mit systemctl --user:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Write again</source>
        <translation>&amp;Neu schreiben</translation>
    </message>
</context>
<context>
    <name>acmedesk::CertificateInventoryModel</name>
    <message>
        <location filename="../models/CertificateInventoryModel.cpp" line="+123"/>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seen on a server</source>
        <translation>Auf einem Server gesehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued (account removed)</source>
        <translation>Ausgestellt (Konto entfernt)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+48"/>
        <source>Renewed</source>
        <translation>Erneuert</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Not yet valid</source>
        <translation>Noch nicht gültig</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Läuft in %n Tag ab</numerusform>
            <numerusform>Läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+20"/>
        <source>Not managed</source>
        <translation>Nicht verwaltet</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>None (revoked)</source>
        <translation>Keine (widerrufen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Renewing…</source>
        <translation>Wird erneuert…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due now</source>
        <translation>Jetzt fällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From %1</source>
        <translation>Von %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The last renewal failed: %1</source>
        <translation>Die letzte Erneuerung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A renewal order is under way.</source>
        <translation>Ein Erneuerungsauftrag läuft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A renewal order waits: %1</source>
        <translation>Ein Erneuerungsauftrag wartet: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Renews automatically from %1, %2.</source>
        <translation>Wird ab %1 automatisch erneuert, %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due for renewal since %1 (%2); the next renewal run renews it.</source>
        <translation>Seit %1 zur Erneuerung fällig (%2); der nächste Erneuerungslauf erneuert es.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1 · outdated at %n place(s)</source>
        <translation>
            <numerusform>%1 · an %n Ort veraltet</numerusform>
            <numerusform>%1 · an %n Orten veraltet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Still deployed at %n place(s) although a newer certificate for the same names exists (#%1): deploy that one there. The details list the places.</source>
        <translation>
            <numerusform>Noch an %n Ort eingesetzt, obwohl es für dieselben Namen ein neueres Zertifikat gibt (#%1): Setzen Sie dort jenes ein. Die Details führen den Ort auf.</numerusform>
            <numerusform>Noch an %n Orten eingesetzt, obwohl es für dieselben Namen ein neueres Zertifikat gibt (#%1): Setzen Sie dort jenes ein. Die Details führen die Orte auf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Seen deployed at %n place(s); the details list them.</source>
        <translation>
            <numerusform>An %n Ort eingesetzt gesehen; die Details führen ihn auf.</numerusform>
            <numerusform>An %n Orten eingesetzt gesehen; die Details führen sie auf.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Subject</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account or source</source>
        <translation>Konto oder Quelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not after</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days left</source>
        <translation>Verbleibende Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lifetime left</source>
        <translation>Verbleibende Laufzeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renewal</source>
        <translation>Erneuerung</translation>
    </message>
</context>
<context>
    <name>acmedesk::CertificateOperations</name>
    <message>
        <location filename="../app/core/jobs/CertificateOperations.cpp" line="+50"/>
        <source>There is no certificate %1 in AcmeDesk.</source>
        <translation>In AcmeDesk gibt es kein Zertifikat %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Certificate %1 (%2) was not ordered through AcmeDesk (it was imported or seen on a server), so AcmeDesk has no account key the CA would accept for revoking it. Revoke it with the client or account that ordered it, or ask its CA.</source>
        <translation>Zertifikat %1 (%2) wurde nicht über AcmeDesk bestellt (es wurde importiert oder auf einem Server gesehen), daher hat AcmeDesk keinen Kontoschlüssel, den die CA für seinen Widerruf annehmen würde. Widerrufen Sie es mit dem Client oder Konto, das es bestellt hat, oder fragen Sie seine CA.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Certificate %1 (%2) was ordered through an account that has since been removed from AcmeDesk, so AcmeDesk no longer has the key the CA would accept for revoking it. Revoke it where that account&apos;s key is kept, or ask the CA.</source>
        <translation>Zertifikat %1 (%2) wurde über ein Konto bestellt, das inzwischen aus AcmeDesk entfernt wurde, daher hat AcmeDesk den Schlüssel nicht mehr, den die CA für seinen Widerruf annehmen würde. Widerrufen Sie es dort, wo der Schlüssel dieses Kontos liegt, oder fragen Sie die CA.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Certificate %1 (%2) expired on %3; an expired certificate is no longer trusted, and CAs do not revoke it.</source>
        <translation>Zertifikat %1 (%2) ist am %3 abgelaufen; einem abgelaufenen Zertifikat wird nicht mehr vertraut, und CAs widerrufen es nicht.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the chain stored with it</source>
        <translation>die mit ihm gespeicherte Kette</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>AcmeDesk keeps no copy of certificate %1 (%2): it was recorded without its chain or files.</source>
        <translation>AcmeDesk hat keine Kopie von Zertifikat %1 (%2): Es wurde ohne seine Kette oder Dateien gespeichert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Certificate %1 (%2): its file %3 cannot be read (%4). Put the certificate back there, or revoke it with another client.</source>
        <translation>Zertifikat %1 (%2): Seine Datei %3 kann nicht gelesen werden (%4). Legen Sie das Zertifikat dorthin zurück oder widerrufen Sie es mit einem anderen Client.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Certificate %1 (%2): %3 holds no certificate AcmeDesk can read.</source>
        <translation>Zertifikat %1 (%2): %3 enthält kein Zertifikat, das AcmeDesk lesen kann.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Certificate %1 (%2): %3 now holds another certificate (serial %4, probably its renewal), not this one (serial %5).</source>
        <translation>Zertifikat %1 (%2): %3 enthält jetzt ein anderes Zertifikat (Seriennummer %4, wahrscheinlich seine Erneuerung), nicht dieses (Seriennummer %5).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Certificate %1 (%2) could not be encoded for the CA.</source>
        <translation>Zertifikat %1 (%2) konnte nicht für die CA kodiert werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Certificate %1 (serial %2) was not revoked: %3</source>
        <translation>Zertifikat %1 (Seriennummer %2) wurde nicht widerrufen: %3</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Account &quot;%1&quot; is %2, and the CA takes revocations only from a valid account.</source>
        <translation>Konto „%1“ ist %2, und die CA nimmt Widerrufe nur von einem gültigen Konto an.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The CA revoked certificate %1, but AcmeDesk could not record it: %2</source>
        <translation>Die CA hat Zertifikat %1 widerrufen, aber AcmeDesk konnte das nicht speichern: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Certificate %1 (serial %2) had already been revoked at the CA.</source>
        <translation>Zertifikat %1 (Seriennummer %2) war bei der CA bereits widerrufen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Certificate %1 (serial %2) revoked at the CA (reason: %3) with account &quot;%4&quot;.</source>
        <translation>Zertifikat %1 (Seriennummer %2) bei der CA widerrufen (Grund: %3) mit Konto „%4“.</translation>
    </message>
</context>
<context>
    <name>acmedesk::ChallengeSolver</name>
    <message>
        <location filename="../app/core/jobs/ChallengeSolver.cpp" line="+61"/>
        <source>Validation: the CA offers no %1 challenge for %2 (offered: %3).</source>
        <translation>Validierung: Die CA bietet für %2 keine %1-Challenge an (angeboten: %3).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Validation: %1 is a wildcard, which only dns-01 can validate; choose dns-01 (or auto) and give a DNS hook.</source>
        <translation>Validierung: %1 ist ein Wildcard-Name, den nur dns-01 validieren kann; wählen Sie dns-01 (oder auto) und geben Sie einen DNS-Hook an.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Validation: %1 needs dns-01; give a DNS hook command that publishes the TXT record.</source>
        <translation>Validierung: %1 braucht dns-01; geben Sie einen DNS-Hook-Befehl an, der den TXT-Eintrag veröffentlicht.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>The ACME server %1 sent an unsafe challenge token for %2 (it could name a file outside the webroot); AcmeDesk refused it and wrote nothing.</source>
        <translation>Der ACME-Server %1 hat für %2 ein unsicheres Challenge-Token geschickt (es könnte eine Datei außerhalb des Webroots bezeichnen); AcmeDesk hat es abgelehnt und nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Webroot: %1</source>
        <translation>Web-Root: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Placed the http-01 file for %1 in the webroot.</source>
        <translation>Die http-01-Datei für %1 wurde im Web-Root abgelegt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Serving the http-01 answer for %1 on port %2.</source>
        <translation>Die http-01-Antwort für %1 wird auf Port %2 ausgeliefert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Publish TXT %1 with the value %2, then continue.</source>
        <translation>Veröffentlichen Sie den TXT-Eintrag %1 mit dem Wert %2 und fahren Sie dann fort.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Publishing the dns-01 record for %1 through the hook…</source>
        <translation>Der dns-01-Eintrag für %1 wird über den Hook veröffentlicht…</translation>
    </message>
</context>
<context>
    <name>acmedesk::DashboardView</name>
    <message>
        <location filename="../ui/DashboardView.cpp" line="+184"/>
        <source>&amp;Issue certificate…</source>
        <translation>Zertifikat &amp;ausstellen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;DNS record…</source>
        <translation>&amp;DNS-Eintrag zeigen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ismiss</source>
        <translation>&amp;Ausblenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show re&amp;newed and revoked</source>
        <translation>&amp;Erneuerte und widerrufene anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;all</source>
        <translation>&amp;Alle anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open folder</source>
        <translation>Ordner ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy folder path</source>
        <translation>Ordnerpfad &amp;kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;voke…</source>
        <translation>Widerr&amp;ufen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export calendar…</source>
        <translation>Kalender e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add cer&amp;tificates</source>
        <translation>Zer&amp;tifikate hinzufügen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Certificates that have expired</source>
        <translation>Abgelaufene Zertifikate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates that expire within 7 days</source>
        <translation>Zertifikate, die innerhalb von 7 Tagen ablaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates that expire within 30 days</source>
        <translation>Zertifikate, die innerhalb von 30 Tagen ablaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates whose last renewal failed</source>
        <translation>Zertifikate, deren letzte Erneuerung fehlgeschlagen ist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> — click to list them</source>
        <translation> — klicken Sie, um sie aufzulisten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Domains whose validation in SCM expires within 30 days — click to see them on the Domains page</source>
        <translation>Domains, deren Validierung in SCM innerhalb von 30 Tagen abläuft — klicken Sie, um sie auf der Seite „Domains“ anzuzeigen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Search names, subject, issuer or account</source>
        <translation>Namen, Antragsteller, Aussteller oder Konto durchsuchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also list certificates that were renewed (replaced by a newer one) or revoked</source>
        <translation>Auch Zertifikate auflisten, die erneuert (durch ein neueres ersetzt) oder widerrufen wurden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Renewal</source>
        <translation>E&amp;rneuerung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Renew &amp;now</source>
        <translation>&amp;Jetzt erneuern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Renew everything &amp;due</source>
        <translation>A&amp;lle fälligen erneuern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Renewal &amp;policy of this certificate…</source>
        <translation>Erneuerungsrichtlinie dieses &amp;Zertifikats…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Automatic renewal and default policy…</source>
        <translation>&amp;Automatische Erneuerung und Standardrichtlinie…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+516"/>
        <source>Save every certificate&apos;s expiry date with a reminder as an iCalendar (.ics) file for any calendar application</source>
        <translation>Das Ablaufdatum jedes Zertifikats mit einer Erinnerung als iCalendar-Datei (.ics) für jede Kalenderanwendung speichern</translation>
    </message>
    <message>
        <location line="-507"/>
        <source>Add certificates you did not issue here: from files and folders, or as a server serves them</source>
        <translation>Zertifikate hinzufügen, die Sie nicht hier ausgestellt haben: aus Dateien und Ordnern oder so, wie ein Server sie ausliefert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import files or folders…</source>
        <translation>Dateien oder Ordner &amp;importieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PEM, DER, PKCS#7 and PKCS#12 files, and whole folders of them</source>
        <translation>PEM-, DER-, PKCS#7- und PKCS#12-Dateien sowie ganze Ordner davon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check a &amp;server…</source>
        <translation>&amp;Server prüfen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record the certificate a TLS server serves, and that it is deployed there</source>
        <translation>Das Zertifikat speichern, das ein TLS-Server ausliefert, und vermerken, dass es dort eingesetzt ist</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No certificates yet. Certificates you issue, import or check on a server are listed here with their expiry date.</source>
        <translation>Noch keine Zertifikate. Zertifikate, die Sie ausstellen, importieren oder auf einem Server prüfen, werden hier mit ihrem Ablaufdatum aufgeführt.</translation>
    </message>
    <message>
        <location line="+257"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under 7 days</source>
        <translation>Unter 7 Tagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under 30 days</source>
        <translation>Unter 30 Tagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renewal failed</source>
        <translation>Erneuerung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>DCV expiring</source>
        <translation>Domain-Validierung läuft ab</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expiring within 7 days</source>
        <translation>mit Ablauf innerhalb von 7 Tagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expiring within 30 days</source>
        <translation>mit Ablauf innerhalb von 30 Tagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>whose renewal failed</source>
        <translation>mit fehlgeschlagener Erneuerung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expiring %1 – %2</source>
        <translation>mit Ablauf %1 – %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>matching “%1”</source>
        <translation>passend zu „%1“</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n Zertifikat</numerusform>
            <numerusform>%n Zertifikate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n certificate(s) %1</source>
        <translation>
            <numerusform>%n Zertifikat %1</numerusform>
            <numerusform>%n Zertifikate %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select a certificate to see its chain, fingerprints, files and renewal history.</source>
        <translation>Wählen Sie ein Zertifikat aus, um seine Kette, Fingerabdrücke, Dateien und den Erneuerungsverlauf anzuzeigen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This certificate is no longer in the inventory.</source>
        <translation>Dieses Zertifikat ist nicht mehr im Bestand.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Select an order in the list first</source>
        <translation>Wählen Sie zuerst einen Auftrag in der Liste aus</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The order is running already</source>
        <translation>Der Auftrag läuft bereits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A failed order cannot be resumed: Discard it and issue the certificate again</source>
        <translation>Ein fehlgeschlagener Auftrag kann nicht fortgesetzt werden: Verwerfen Sie ihn und stellen Sie das Zertifikat neu aus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The order is not running: Resume continues it, Discard gives it up</source>
        <translation>Der Auftrag läuft nicht: Fortsetzen setzt ihn fort, Verwerfen gibt ihn auf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The order has ended: Discard removes it from the list</source>
        <translation>Der Auftrag ist beendet: Verwerfen entfernt ihn aus der Liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the TXT record to publish for this order</source>
        <translation>Den TXT-Eintrag zeigen, der für diesen Auftrag zu veröffentlichen ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only an order waiting for your DNS record has one to show</source>
        <translation>Nur ein Auftrag, der auf Ihren DNS-Eintrag wartet, hat einen zu zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The order is running: Stop it first</source>
        <translation>Der Auftrag läuft: Halten Sie ihn zuerst an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a failed order is dismissed; Discard gives up a paused one</source>
        <translation>Nur ein fehlgeschlagener Auftrag wird ausgeblendet; Verwerfen gibt einen angehaltenen auf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove this failed order from the list (its key is removed already)</source>
        <translation>Diesen fehlgeschlagenen Auftrag aus der Liste entfernen (sein Schlüssel ist bereits entfernt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give up this order and remove its certificate key (asks first); the order expires at the CA by itself</source>
        <translation>Diesen Auftrag aufgeben und seinen Zertifikatsschlüssel entfernen (mit Rückfrage); der Auftrag verfällt bei der CA von selbst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The order is running: Stop it first, then discard it</source>
        <translation>Der Auftrag läuft: Halten Sie ihn zuerst an, dann verwerfen Sie ihn</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The last attempt failed: %1 Resume to try again, or Discard the order.</source>
        <translation>Der letzte Versuch ist fehlgeschlagen: %1 Fortsetzen versucht es erneut, oder verwerfen Sie den Auftrag.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This order failed and cannot go on: %1 Discard removes it from the list.</source>
        <translation>Dieser Auftrag ist fehlgeschlagen und kann nicht weitergehen: %1 Verwerfen entfernt ihn aus der Liste.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>AcmeDesk wrote no files for this certificate (it was imported or seen on a server)</source>
        <translation>AcmeDesk hat für dieses Zertifikat keine Dateien geschrieben (es wurde importiert oder auf einem Server gesehen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a certificate first</source>
        <translation>Wählen Sie zuerst ein Zertifikat aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the folder with its files</source>
        <translation>Den Ordner mit seinen Dateien öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the path of the folder with its files</source>
        <translation>Den Pfad des Ordners mit seinen Dateien kopieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There are no certificates to put in a calendar yet</source>
        <translation>Es gibt noch keine Zertifikate, die in einen Kalender eingetragen werden können</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select a certificate to revoke it</source>
        <translation>Wählen Sie ein Zertifikat aus, um es zu widerrufen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Certificate %1 was revoked on %2.</source>
        <translation>Zertifikat %1 wurde am %2 widerrufen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Revoke this certificate at its CA (asks first)</source>
        <translation>Dieses Zertifikat bei seiner CA widerrufen (mit Rückfrage)</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Certificate %1 (serial %2) had already been revoked at the CA; AcmeDesk now records it as revoked.</source>
        <translation>Zertifikat %1 (Seriennummer %2) war bei der CA bereits widerrufen; AcmeDesk führt es jetzt als widerrufen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Certificate %1 (serial %2) is revoked. Replace it wherever it is deployed.</source>
        <translation>Zertifikat %1 (Seriennummer %2) ist widerrufen. Ersetzen Sie es überall, wo es eingesetzt ist.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The calendar was not saved: %1</source>
        <translation>Der Kalender wurde nicht gespeichert: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Saved %n expiry date(s) to %1. Import the file into your calendar; importing a newer export updates the events.</source>
        <translation>
            <numerusform>%n Ablaufdatum in %1 gespeichert. Importieren Sie die Datei in Ihren Kalender; der Import eines neueren Exports aktualisiert die Termine.</numerusform>
            <numerusform>%n Ablaufdaten in %1 gespeichert. Importieren Sie die Datei in Ihren Kalender; der Import eines neueren Exports aktualisiert die Termine.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Select a certificate first.</source>
        <translation>Wählen Sie zuerst ein Zertifikat aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only certificates AcmeDesk issued can be renewed here; renew this one where it was issued.</source>
        <translation>Nur von AcmeDesk ausgestellte Zertifikate können hier erneuert werden; erneuern Sie dieses dort, wo es ausgestellt wurde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This certificate was renewed already.</source>
        <translation>Dieses Zertifikat wurde bereits erneuert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order a new certificate for the same names now and replace the files in place.</source>
        <translation>Jetzt ein neues Zertifikat für dieselben Namen bestellen und die Dateien an Ort und Stelle ersetzen.</translation>
    </message>
    <message>
        <location line="-750"/>
        <location line="+501"/>
        <source>Continue the order from where it stopped</source>
        <translation>Den Auftrag dort fortsetzen, wo er angehalten hat</translation>
    </message>
    <message>
        <location line="-556"/>
        <source>Dis&amp;card order…</source>
        <translation>Auftrag ver&amp;werfen…</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+504"/>
        <source>Stop after the current step; the order stays and can be resumed</source>
        <translation>Nach dem aktuellen Schritt anhalten; der Auftrag bleibt erhalten und kann fortgesetzt werden</translation>
    </message>
    <message>
        <location line="-501"/>
        <location line="+507"/>
        <source>Remove this failure from the list (the Activity page keeps it)</source>
        <translation>Diesen Fehlschlag aus der Liste entfernen (die Seite Aktivität behält ihn)</translation>
    </message>
    <message>
        <location line="-413"/>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Pending orders</source>
        <translation>Offene Aufträge</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Expiries per week, next 200 days</source>
        <translation>Abläufe pro Woche, nächste 200 Tage</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Checking the keychain…</source>
        <translation>Schlüsselbund wird geprüft…</translation>
    </message>
</context>
<context>
    <name>acmedesk::DcvActions</name>
    <message>
        <location filename="../app/core/jobs/DcvActions.cpp" line="+27"/>
        <source>This domain is no longer stored; sync the domains again.</source>
        <translation>Diese Domain ist nicht mehr gespeichert; synchronisieren Sie die Domains erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was entered by hand, so AcmeDesk cannot validate it through SCM&apos;s API. Validate it in SCM&apos;s web interface as the guidance says, then mark the result by hand.</source>
        <translation>%1 wurde von Hand eingetragen, daher kann AcmeDesk die Domain nicht über die API von SCM validieren. Validieren Sie sie in der Weboberfläche von SCM wie in der Anleitung beschrieben und tragen Sie das Ergebnis dann von Hand ein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The SCM connection of %1 is no longer stored.</source>
        <translation>Die SCM-Verbindung von %1 ist nicht mehr gespeichert.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The password of the SCM connection &quot;%1&quot; is not in the keychain (%2). Connect to SCM again to store it.</source>
        <translation>Das Passwort der SCM-Verbindung „%1“ ist nicht im Schlüsselbund (%2). Verbinden Sie sich erneut mit SCM, um es zu speichern.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No validation of %1 waits for submission: start one by a method first, or say which method to submit.</source>
        <translation>Keine Validierung von %1 wartet auf Einreichung: Starten Sie zuerst eine mit einer Methode, oder geben Sie an, welche Methode eingereicht werden soll.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The validation request for %1 was cancelled; nothing was changed.</source>
        <translation>Die Validierungsanfrage für %1 wurde abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Validation by %1 started in SCM; SCM checks the record on its own.</source>
        <translation>Validierung per %1 in SCM gestartet; SCM prüft den Eintrag selbst.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>SCM offered %n address(es) for validation by Email.</source>
        <translation>
            <numerusform>SCM hat %n Adresse für die Validierung per Email angeboten.</numerusform>
            <numerusform>SCM hat %n Adressen für die Validierung per Email angeboten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Validation by %1 started in SCM; publish what it asks for, then submit.</source>
        <translation>Validierung per %1 in SCM gestartet; veröffentlichen Sie, was verlangt wird, und reichen Sie dann ein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+25"/>
        <source>SCM now reports %1 (was %2).</source>
        <translation>SCM meldet jetzt %1 (vorher %2).</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Validation by %1 submitted to SCM.</source>
        <translation>Validierung per %1 bei SCM eingereicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validation by %1 submitted to SCM: %2.</source>
        <translation>Validierung per %1 bei SCM eingereicht: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+73"/>
        <source>The validation can be reused until %1 (computed from the validation date).</source>
        <translation>Die Validierung kann bis %1 wiederverwendet werden (aus dem Validierungsdatum berechnet).</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>The validation can be reused until %1.</source>
        <translation>Die Validierung kann bis %1 wiederverwendet werden.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Marked by hand: %1 on %2.</source>
        <translation>Von Hand eingetragen: %1 am %2.</translation>
    </message>
</context>
<context>
    <name>acmedesk::DcvDialog</name>
    <message>
        <location filename="../ui/DcvDialog.cpp" line="+43"/>
        <source>&amp;Start in SCM</source>
        <translation>In SCM &amp;starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ubmit</source>
        <translation>&amp;Einreichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check status</source>
        <translation>Status &amp;prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Record result</source>
        <translation>Ergebnis ein&amp;tragen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Validate %1</source>
        <translation>%1 validieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>DNS CNAME record</source>
        <translation>DNS-CNAME-Eintrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DNS TXT record</source>
        <translation>DNS-TXT-Eintrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP file</source>
        <translation>HTTP-Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTPS file</source>
        <translation>HTTPS-Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email (being phased out)</source>
        <translation>E-Mail (wird abgeschafft)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Validated</source>
        <translation>Validiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not validated</source>
        <translation>Nicht validiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>R&amp;esult:</source>
        <translation>Ergebn&amp;is:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;On:</source>
        <translation>&amp;Am:</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;Start in SCM&quot; asks SCM what to publish for this method.</source>
        <translation>„In SCM starten“ fragt SCM, was für diese Methode zu veröffentlichen ist.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Start first: SCM says what to publish.</source>
        <translation>Starten Sie zuerst: SCM nennt dann, was zu veröffentlichen ist.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>CNAME name:</source>
        <translation>CNAME-Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points to:</source>
        <translation>Zeigt auf:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File URL:</source>
        <translation>Datei-URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File content:</source>
        <translation>Dateiinhalt:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TXT name:</source>
        <translation>TXT-Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TXT value:</source>
        <translation>TXT-Wert:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>SCM sends the validation e-mail to the address chosen.</source>
        <translation>SCM sendet die Validierungs-E-Mail an die gewählte Adresse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish the values above first, then submit: SCM checks them.</source>
        <translation>Veröffentlichen Sie zuerst die Werte oben und reichen Sie dann ein: SCM prüft sie.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Asking SCM what to publish…</source>
        <translation>SCM wird gefragt, was zu veröffentlichen ist…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Submitting to SCM…</source>
        <translation>Wird bei SCM eingereicht…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the status from SCM…</source>
        <translation>Status wird aus SCM gelesen…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>SCM: %1</source>
        <translation>SCM: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>valid until %1</source>
        <translation>gültig bis %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Recorded: %1, valid until %2 (computed from the date).</source>
        <translation>Eingetragen: %1, gültig bis %2 (aus dem Datum berechnet).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recorded: %1.</source>
        <translation>Eingetragen: %1.</translation>
    </message>
</context>
<context>
    <name>acmedesk::DeployHookRunner</name>
    <message>
        <location filename="../app/core/jobs/DeployHook.cpp" line="+25"/>
        <source>The deploy command</source>
        <translation>Der Deploy-Befehl</translation>
    </message>
</context>
<context>
    <name>acmedesk::DnsHookRunner</name>
    <message>
        <location filename="../app/core/acme/DnsHook.cpp" line="+45"/>
        <source>No DNS hook command is set. Give the command that adds and removes the TXT record.</source>
        <translation>Es ist kein DNS-Hook-Befehl gesetzt. Geben Sie den Befehl an, der den TXT-Eintrag anlegt und entfernt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown DNS hook phase &quot;%1&quot; (expected &quot;add&quot; or &quot;remove&quot;).</source>
        <translation>Unbekannte DNS-Hook-Phase „%1“ (erwartet: „add“ oder „remove“).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The DNS hook for the &quot;%1&quot; phase</source>
        <translation>Der DNS-Hook für die Phase „%1“</translation>
    </message>
</context>
<context>
    <name>acmedesk::DnsPropagationCheck</name>
    <message>
        <location line="+46"/>
        <source>&quot;%1&quot; is not a DNS name that can be looked up (use the ACE form, e.g. xn--...).</source>
        <translation>„%1“ ist kein DNS-Name, der sich nachschlagen lässt (verwenden Sie die ACE-Form, z. B. xn--…).</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The system&apos;s DNS resolver</source>
        <translation>Der DNS-Resolver des Systems</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The DNS server %1</source>
        <translation>Der DNS-Server %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 did not answer the TXT query for %2 in time.</source>
        <translation>%1 hat die TXT-Abfrage für %2 nicht rechtzeitig beantwortet.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 could not look up the TXT record %2: %3</source>
        <translation>%1 konnte den TXT-Eintrag %2 nicht nachschlagen: %3</translation>
    </message>
</context>
<context>
    <name>acmedesk::DomainEditDialog</name>
    <message>
        <location filename="../ui/DomainEditDialog.cpp" line="+24"/>
        <source>&amp;Validated on:</source>
        <translation>&amp;Validiert am:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit domain</source>
        <translation>Domain bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add domain</source>
        <translation>Domain hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>example.com or *.example.com</source>
        <translation>example.com oder *.example.com</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>empty: not delegated</source>
        <translation>leer: nicht delegiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested</source>
        <translation>Beantragt</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>Not known</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>DNS CNAME</source>
        <translation>DNS-CNAME</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DNS TXT</source>
        <translation>DNS-TXT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTPS</source>
        <translation>HTTPS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automated DNS</source>
        <translation>Automatisches DNS</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not validated</source>
        <translation>Nicht validiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting submission</source>
        <translation>Wartet auf Einreichung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validated</source>
        <translation>Validiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;partment:</source>
        <translation>&amp;Abteilung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;legation:</source>
        <translation>&amp;Delegierung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DCV &amp;method:</source>
        <translation>DCV-&amp;Methode:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DCV &amp;status:</source>
        <translation>DCV-&amp;Status:</translation>
    </message>
</context>
<context>
    <name>acmedesk::DomainTreeModel</name>
    <message>
        <location filename="../models/DomainTreeModel.cpp" line="+92"/>
        <location line="+88"/>
        <source>Not delegated</source>
        <translation>Nicht delegiert</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entered by hand</source>
        <translation>von Hand eingetragen</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Requested</source>
        <translation>Beantragt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DNS CNAME</source>
        <translation>DNS-CNAME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTPS</source>
        <translation>HTTPS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DNS TXT</source>
        <translation>DNS-TXT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automated DNS</source>
        <translation>Automatisches DNS</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not validated</source>
        <translation>Nicht validiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Awaiting submission</source>
        <translation>Wartet auf Einreichung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Validated</source>
        <translation>Validiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deactivated</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%1 (expired %n day(s) ago)</source>
        <translation>
            <numerusform>%1 (vor %n Tag abgelaufen)</numerusform>
            <numerusform>%1 (vor %n Tagen abgelaufen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (today)</source>
        <translation>%1 (heute)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 (in %n day(s))</source>
        <translation>
            <numerusform>%1 (in %n Tag)</numerusform>
            <numerusform>%1 (in %n Tagen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n need(s) action</source>
        <translation>
            <numerusform>%n Domain: Handlung nötig</numerusform>
            <numerusform>%n Domains: Handlung nötig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n domain(s), %1 needing action</source>
        <translation>
            <numerusform>%n Domain, bei %1 Handlung nötig</numerusform>
            <numerusform>%n Domains, bei %1 Handlung nötig</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>SCM gives no expiry: computed from the validation date (%1) and the reuse period in force on that day.</source>
        <translation>SCM nennt keinen Ablauf: berechnet aus dem Validierungsdatum (%1) und der an diesem Tag geltenden Wiederverwendungsfrist.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delegation</source>
        <translation>Delegierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DCV method</source>
        <translation>DCV-Methode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DCV status</source>
        <translation>DCV-Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DCV expires</source>
        <translation>DCV-Ablauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ACME authorization</source>
        <translation>ACME-Autorisierung</translation>
    </message>
</context>
<context>
    <name>acmedesk::DomainsPage</name>
    <message>
        <location filename="../ui/DomainsPage.cpp" line="+125"/>
        <source>S&amp;ync with SCM</source>
        <translation>Mit SCM &amp;synchronisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connect to SCM…</source>
        <translation>Mit SCM ver&amp;binden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to SCM…</source>
        <translation>Mit SCM verbinden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SCM &amp;ACME accounts…</source>
        <translation>SCM-ACME-&amp;Konten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open in SCM</source>
        <translation>In SCM ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Validate…</source>
        <translation>&amp;Validieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Domains</source>
        <translation>Do&amp;mains</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel sync</source>
        <translation>Synchronisierung abbrechen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Domains</source>
        <translation>Domains</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Search domains, organizations, departments</source>
        <translation>Domains, Organisationen, Abteilungen durchsuchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Domains whose DCV is not validated (or failed, or expired) or whose delegation waits for approval</source>
        <translation>Domains, deren DCV nicht validiert (oder fehlgeschlagen oder abgelaufen) ist oder deren Delegierung auf Genehmigung wartet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DCV expiring within days</source>
        <translation>DCV-Ablauf innerhalb von Tagen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SCM&apos;s ACME accounts, to register one in AcmeDesk without copying its HMAC key</source>
        <translation>ACME-Konten von SCM, um eines in AcmeDesk zu registrieren, ohne seinen HMAC-Schlüssel zu kopieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+234"/>
        <source>Domain control validation (DCV) of the selected domain</source>
        <translation>Domain-Validierung (DCV) der ausgewählten Domain</translation>
    </message>
    <message>
        <location line="-230"/>
        <source>&amp;Add domain…</source>
        <translation>Domain &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit domain…</source>
        <translation>Domain &amp;bearbeiten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove domain</source>
        <translation>Domain &amp;entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opens SCM&apos;s web interface in the browser</source>
        <translation>Öffnet die Weboberfläche von SCM im Browser</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Connect AcmeDesk to Sectigo Certificate Manager to see your organizations, departments and domains with their delegation and domain validation (DCV) state, and to register SCM&apos;s ACME accounts without copying their keys.</source>
        <translation>Verbinden Sie AcmeDesk mit dem Sectigo Certificate Manager, um Ihre Organisationen, Abteilungen und Domains mit ihrem Stand der Delegierung und Domain-Validierung (DCV) zu sehen und ACME-Konten von SCM zu registrieren, ohne ihre Schlüssel zu kopieren.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import a CSV list…</source>
        <translation>CSV-Liste importieren…</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>Connect to SCM first.</source>
        <translation>Verbinden Sie sich zuerst mit SCM.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select a domain first.</source>
        <translation>Wählen Sie zuerst eine Domain aus.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SCM %1 (%2): last synced %3</source>
        <translation>SCM %1 (%2): zuletzt abgeglichen %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SCM %1 (%2): not synced yet</source>
        <translation>SCM %1 (%2): noch nicht abgeglichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the last sync failed: %1</source>
        <translation>die letzte Synchronisierung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Needs action (%1)</source>
        <translation>Handlung &amp;nötig (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DCV &amp;expiring within (%1)</source>
        <translation>DCV-Ablauf &amp;innerhalb von (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select a domain to see its delegations, domain validation and ACME authorizations.</source>
        <translation>Wählen Sie eine Domain aus, um ihre Delegierungen, ihre Domain-Validierung (DCV) und ihre ACME-Autorisierungen zu sehen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delegation</source>
        <translation>Delegierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+102"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Certificate types</source>
        <translation>Zertifikatstypen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DCV method</source>
        <translation>DCV-Methode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DCV status</source>
        <translation>DCV-Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Validated on</source>
        <translation>Validiert am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DCV expires</source>
        <translation>DCV-Ablauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(computed)</source>
        <translation>(berechnet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last seen in SCM</source>
        <translation>Zuletzt in SCM gesehen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ACME authorizations</source>
        <translation>ACME-Autorisierungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No order of AcmeDesk has asked a CA for this name yet.</source>
        <translation>Für diesen Namen hat noch kein Auftrag von AcmeDesk eine CA angefragt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 until %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>DCV history</source>
        <translation>DCV-Verlauf</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The delegation to %1 waits for approval in SCM (Domains, select the domain, Approve). Until then the CA refuses orders for it with &quot;identifier has not been delegated&quot;.</source>
        <translation>Die Delegierung an %1 wartet in SCM auf Genehmigung (Domains, Domain auswählen, Approve). Bis dahin lehnt die CA Aufträge dafür mit „identifier has not been delegated“ ab.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Validate the domain in SCM (Domains, select the domain, Validate). OV and EV certificates need it; DV certificates can also be validated by ACME challenges.</source>
        <translation>Validieren Sie die Domain in SCM (Domains, Domain auswählen, Validate). OV- und EV-Zertifikate brauchen das; DV-Zertifikate lassen sich auch über ACME-Challenges validieren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 (%3 of %4)</source>
        <translation>%1: %2 (%3 von %4)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sync cancelled: the domains shown are those of the previous sync.</source>
        <translation>Synchronisierung abgebrochen: Angezeigt werden die Domains der vorigen Synchronisierung.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use &quot;Connect to SCM…&quot; to enter the login again. The domains shown are those of the previous sync.</source>
        <translation>Geben Sie die Anmeldung über „Mit SCM verbinden…“ erneut ein. Angezeigt werden die Domains der vorigen Synchronisierung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The domains shown are those of the previous sync.</source>
        <translation>Angezeigt werden die Domains der vorigen Synchronisierung.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Validate…</source>
        <translation>Validieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rename organization</source>
        <translation>Organisation umbenennen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rename department</source>
        <translation>Abteilung umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is not an organization or department entered by hand.</source>
        <translation>%1 ist keine von Hand eingegebene Organisation oder Abteilung.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Edit domain</source>
        <translation>Domain bearbeiten</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+4"/>
        <source>Remove domain</source>
        <translation>Domain entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 from AcmeDesk&apos;s domain list?</source>
        <translation>%1 aus der Domainliste von AcmeDesk entfernen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It was entered by hand or imported; nothing changes in SCM.</source>
        <translation>Sie wurde von Hand eingetragen oder importiert; in SCM ändert sich nichts.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+15"/>
        <source>Import domains</source>
        <translation>Domains importieren</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was imported: %1 has lines to fix first.</source>
        <translation>Es wurde nichts importiert: In %1 sind zuerst Zeilen zu korrigieren.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Imported %1: %2 added, %3 updated, %4 unchanged.</source>
        <translation>%1 importiert: %2 hinzugefügt, %3 aktualisiert, %4 unverändert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export domains</source>
        <translation>Domains exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrote %1 lines to %2.</source>
        <translation>%1 Zeilen nach %2 geschrieben.</translation>
    </message>
</context>
<context>
    <name>acmedesk::EabPage</name>
    <message>
        <location filename="../ui/wizard/EabPage.cpp" line="+24"/>
        <source>External Account Binding</source>
        <translation>External Account Binding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the Key ID and HMAC key from the ACME account&apos;s Details in SCM. To paste the whole block at once, go back to the first page.</source>
        <translation>Kopieren Sie Key ID und HMAC-Schlüssel aus den Details des ACME-Kontos in SCM. Um den ganzen Block auf einmal einzufügen, gehen Sie zur ersten Seite zurück.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Key ID from SCM</source>
        <translation>Key ID aus SCM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HMAC key from SCM</source>
        <translation>HMAC-Schlüssel aus SCM</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>HMAC &amp;algorithm:</source>
        <translation>HMAC-&amp;Algorithmus:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SCM uses HS256. Change it only if your CA asks for another.</source>
        <translation>SCM verwendet HS256. Ändern Sie das nur, wenn Ihre CA etwas anderes verlangt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Key ID:</source>
        <translation>&amp;Key ID:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;HMAC key:</source>
        <translation>&amp;HMAC-Schlüssel:</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Filled in from %1.</source>
        <translation>Ausgefüllt aus %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hide HMAC key</source>
        <translation>HMAC-Schlüssel verbergen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show HMAC key</source>
        <translation>HMAC-Schlüssel anzeigen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Next is available once the Key ID from SCM is filled in.</source>
        <translation>Weiter ist möglich, sobald die Key ID aus SCM eingetragen ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next is available once the Key ID is right (see above).</source>
        <translation>Weiter ist möglich, sobald die Key ID stimmt (siehe oben).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next is available once the HMAC key from SCM is filled in.</source>
        <translation>Weiter ist möglich, sobald der HMAC-Schlüssel aus SCM eingetragen ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next is available once the HMAC key is right (see above).</source>
        <translation>Weiter ist möglich, sobald der HMAC-Schlüssel stimmt (siehe oben).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>taken from SCM, not shown</source>
        <translation>aus SCM übernommen, nicht angezeigt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(not found)</source>
        <translation>(nicht gefunden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found in %1:</source>
        <translation>Gefunden in %1:</translation>
    </message>
</context>
<context>
    <name>acmedesk::EndpointPage</name>
    <message>
        <location filename="../ui/wizard/EndpointPage.cpp" line="+44"/>
        <source>ACME server</source>
        <translation>ACME-Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the ACME endpoint that SCM shows for your ACME account.</source>
        <translation>Wählen Sie den ACME-Endpunkt, den SCM für Ihr ACME-Konto anzeigt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Custom URL</source>
        <translation>Eigene URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any other ACME server: enter its directory URL below.</source>
        <translation>Jeder andere ACME-Server: Geben Sie unten seine Verzeichnis-URL ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local test CA (try without SCM)</source>
        <translation>Lokale Test-CA (ohne SCM ausprobieren)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A private test server on this computer that hands out EAB values like SCM does. Its accounts and certificates are for trying only.</source>
        <translation>Ein privater Testserver auf diesem Computer, der EAB-Werte wie SCM ausgibt. Seine Konten und Zertifikate sind nur zum Ausprobieren.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Pick the entry whose URL matches the ACME URL in SCM.</source>
        <translation>Wählen Sie den Eintrag, dessen URL der ACME-URL in SCM entspricht.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Terms of service:</source>
        <translation>Nutzungsbedingungen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External Account Binding:</source>
        <translation>External Account Binding:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website:</source>
        <translation>Website:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Directory URL:</source>
        <translation>&amp;Verzeichnis-URL:</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Checking the ACME server…</source>
        <translation>ACME-Server wird geprüft…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Local test CA</source>
        <translation>Lokale Test-CA</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Enter the full https address of the directory, e.g. https://acme.example.com/directory.</source>
        <translation>Geben Sie die vollständige https-Adresse des Verzeichnisses ein, z. B. https://acme.example.com/directory.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Starting the local test CA…</source>
        <translation>Lokale Test-CA wird gestartet…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+5"/>
        <source>none published</source>
        <translation>keine veröffentlicht</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>required: you need the Key ID and HMAC key from SCM</source>
        <translation>erforderlich: Sie brauchen Key ID und HMAC-Schlüssel aus SCM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not required by this server</source>
        <translation>von diesem Server nicht verlangt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your local test CA created these values, as SCM shows them in an ACME account&apos;s Details. The next page is already filled in.</source>
        <translation>Ihre lokale Test-CA hat diese Werte erzeugt, so wie SCM sie in den Details eines ACME-Kontos anzeigt. Die nächste Seite ist bereits ausgefüllt.</translation>
    </message>
</context>
<context>
    <name>acmedesk::ErrorPanel</name>
    <message>
        <location filename="../ui/widgets/ErrorPanel.cpp" line="+14"/>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Copy the technical details, e.g. for a support ticket</source>
        <translation>Technische Details kopieren, z. B. für ein Support-Ticket</translation>
    </message>
</context>
<context>
    <name>acmedesk::EventTableModel</name>
    <message>
        <location filename="../models/EventTableModel.cpp" line="+83"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Account registered</source>
        <translation>Konto registriert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registration failed</source>
        <translation>Registrierung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account deactivated</source>
        <translation>Konto deaktiviert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account contacts changed</source>
        <translation>Kontakte des Kontos geändert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Account key repaired</source>
        <translation>Kontoschlüssel repariert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order created</source>
        <translation>Auftrag angelegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order paused</source>
        <translation>Auftrag angehalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order resumed</source>
        <translation>Auftrag fortgesetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order failed</source>
        <translation>Auftrag fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order forgotten</source>
        <translation>Auftrag verworfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate issued</source>
        <translation>Zertifikat ausgestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deploy hook failed</source>
        <translation>Deploy-Befehl fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hook failed</source>
        <translation>Hook fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keychain cleaned up</source>
        <translation>Schlüsselbund bereinigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain validation started</source>
        <translation>Domain-Validierung gestartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain validation submitted</source>
        <translation>Domain-Validierung eingereicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain validation status changed</source>
        <translation>Status der Domain-Validierung geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain validation refused</source>
        <translation>Domain-Validierung abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain validation marked by hand</source>
        <translation>Domain-Validierung von Hand eingetragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate revoked</source>
        <translation>Zertifikat widerrufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revocation failed</source>
        <translation>Widerruf fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renewal started</source>
        <translation>Erneuerung gestartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate renewed</source>
        <translation>Zertifikat erneuert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renewal failed</source>
        <translation>Erneuerung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Account key changed</source>
        <translation>Kontoschlüssel gewechselt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account unknown to the CA</source>
        <translation>Konto der CA unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account removed</source>
        <translation>Konto entfernt</translation>
    </message>
</context>
<context>
    <name>acmedesk::ExpiryTimeline</name>
    <message>
        <location filename="../ui/widgets/ExpiryTimeline.cpp" line="+27"/>
        <source>Expiries per week</source>
        <translation>Abläufe pro Woche</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%1 – %2: %n certificate(s) expire</source>
        <translation>
            <numerusform>%1 – %2: %n Zertifikat läuft ab</numerusform>
            <numerusform>%1 – %2: %n Zertifikate laufen ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+182"/>
        <source>%n certificate(s) expire in the next %1 weeks.</source>
        <translation>
            <numerusform>%n Zertifikat läuft in den nächsten %1 Wochen ab.</numerusform>
            <numerusform>%n Zertifikate laufen in den nächsten %1 Wochen ab.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>acmedesk::ExportPfxDialog</name>
    <message>
        <location filename="../ui/issue/ExportPfxDialog.cpp" line="+31"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Legacy compatible (old Windows servers)</source>
        <translation>&amp;Kompatibel zu Altsystemen (alte Windows-Server)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+75"/>
        <source>Export PFX</source>
        <translation>PFX exportieren</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>A PFX (PKCS#12) file holds the certificate, its chain and the private key, protected by a password. Windows/IIS, Java and many appliances import it.</source>
        <translation>Eine PFX-Datei (PKCS#12) enthält das Zertifikat, seine Kette und den privaten Schlüssel, geschützt durch ein Passwort. Windows/IIS, Java und viele Appliances importieren sie.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>3DES and SHA-1 instead of AES-256: only for Windows Server 2016 and older, which cannot open the modern format</source>
        <translation>3DES und SHA-1 statt AES-256: nur für Windows Server 2016 und älter, die das moderne Format nicht öffnen können</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose the file to write.</source>
        <translation>Wählen Sie die Datei, die geschrieben werden soll.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file exists and will be replaced.</source>
        <translation>Die Datei existiert und wird ersetzt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PFX files (*.pfx *.p12);;All files (*)</source>
        <translation>PFX-Dateien (*.pfx *.p12);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot make %1 private to you.</source>
        <translation>%1 kann nicht nur für Sie lesbar gemacht werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>acmedesk::Http01Responder</name>
    <message>
        <location filename="../app/core/acme/Http01Responder.cpp" line="+278"/>
        <source>Could not listen on %1 for the http-01 challenge: the port is already in use (is a web server running there?). Choose another port, or use the webroot of that web server.</source>
        <translation>Auf %1 kann für die http-01-Challenge nicht gelauscht werden: Der Port ist bereits belegt (läuft dort ein Webserver?). Wählen Sie einen anderen Port oder verwenden Sie das Webroot dieses Webservers.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not listen on %1 for the http-01 challenge: %2. Choose another port, or run AcmeDesk as a user allowed to bind port 80 (CAP_NET_BIND_SERVICE).</source>
        <translation>Auf %1 kann für die http-01-Challenge nicht gelauscht werden: %2. Wählen Sie einen anderen Port oder führen Sie AcmeDesk als Benutzer aus, der Port 80 belegen darf (CAP_NET_BIND_SERVICE).</translation>
    </message>
</context>
<context>
    <name>acmedesk::ImportDialog</name>
    <message>
        <location filename="../ui/ImportDialog.cpp" line="+34"/>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate</source>
        <translation>Doppelt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a certificate</source>
        <translation>Kein Zertifikat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong password</source>
        <translation>Falsches Passwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unreadable</source>
        <translation>Nicht lesbar</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%1: %n certificate(s) added</source>
        <translation>
            <numerusform>%1: %n Zertifikat hinzugefügt</numerusform>
            <numerusform>%1: %n Zertifikate hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n already in the inventory</source>
        <translation>
            <numerusform>, %n bereits im Bestand</numerusform>
            <numerusform>, %n bereits im Bestand</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: every certificate in it is in the inventory already</source>
        <translation>%1: Alle Zertifikate darin sind bereits im Bestand</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> (it also holds a private key, which AcmeDesk did not read)</source>
        <translation> (sie enthält auch einen privaten Schlüssel, den AcmeDesk nicht gelesen hat)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add &amp;files…</source>
        <translation>&amp;Dateien hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add f&amp;older…</source>
        <translation>&amp;Ordner hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;how:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Try again with the password</source>
        <translation>Mit dem Passwort erneut &amp;versuchen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import certificates</source>
        <translation>Zertifikate importieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add certificate files or whole folders (every folder below is read too, hidden ones excepted): PEM, DER, PKCS#7 (.p7b, .p7c) and PKCS#12 (.pfx, .p12). The contents decide, not the file name. Private keys in them are never read or stored.</source>
        <translation>Fügen Sie Zertifikatsdateien oder ganze Ordner hinzu (alle Unterordner werden ebenfalls gelesen, versteckte ausgenommen): PEM, DER, PKCS#7 (.p7b, .p7c) und PKCS#12 (.pfx, .p12). Maßgeblich ist der Inhalt, nicht der Dateiname. Private Schlüssel darin werden nie gelesen oder gespeichert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Every certificate file in the folder and the folders below it</source>
        <translation>Alle Zertifikatsdateien im Ordner und in seinen Unterordnern</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+361"/>
        <source>Take the selected entries off the list</source>
        <translation>Die ausgewählten Einträge aus der Liste entfernen</translation>
    </message>
    <message>
        <location line="-349"/>
        <source>only for password-protected PKCS#12 files</source>
        <translation>nur für passwortgeschützte PKCS#12-Dateien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PKCS#12 &amp;password:</source>
        <translation>PKCS#12-&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files that open without a password (or with the empty one) need none. The password is used for this import only.</source>
        <translation>Dateien, die sich ohne Passwort (oder mit dem leeren) öffnen lassen, brauchen keines. Das Passwort wird nur für diesen Import verwendet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stop after the files being written now; what was imported stays</source>
        <translation>Nach den gerade geschriebenen Dateien anhalten; bereits Importiertes bleibt erhalten</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Add certificate files</source>
        <translation>Zertifikatsdateien hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate files (*.pem *.crt *.cer *.der *.p7b *.p7c *.pfx *.p12 *.key);;All files (*)</source>
        <translation>Zertifikatsdateien (*.pem *.crt *.cer *.der *.p7b *.p7c *.pfx *.p12 *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add a folder of certificates</source>
        <translation>Ordner mit Zertifikaten hinzufügen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 and every folder below it</source>
        <translation>%1 und alle Unterordner</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Listing the files…</source>
        <translation>Dateien werden aufgelistet…</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%1 of %n file(s)</source>
        <translation>
            <numerusform>%1 von %n Datei</numerusform>
            <numerusform>%1 von %n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>The import was cancelled after %n file(s); the certificates of those files are in the inventory. Add the rest again to import them.</source>
        <translation>
            <numerusform>Der Import wurde nach %n Datei abgebrochen; die Zertifikate dieser Datei sind im Bestand. Fügen Sie die übrigen erneut hinzu, um sie zu importieren.</numerusform>
            <numerusform>Der Import wurde nach %n Dateien abgebrochen; die Zertifikate dieser Dateien sind im Bestand. Fügen Sie die übrigen erneut hinzu, um sie zu importieren.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No file was found to import: the folders hold none (hidden files and folders are skipped). Add certificate files or folders that hold some.</source>
        <translation>Es wurde keine Datei zum Importieren gefunden: Die Ordner enthalten keine (versteckte Dateien und Ordner werden übersprungen). Fügen Sie Zertifikatsdateien oder Ordner hinzu, die welche enthalten.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n file(s) read. </source>
        <translation>
            <numerusform>%n Datei gelesen. </numerusform>
            <numerusform>%n Dateien gelesen. </numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>. Certificates added to the inventory: %1.</source>
        <translation>. In den Bestand aufgenommene Zertifikate: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All files (%1)</source>
        <translation>Alle Dateien (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n PKCS#12 file(s) did not open with the empty password or the one given. Enter the password above and try again: only those files are read again.</source>
        <translation>
            <numerusform>%n PKCS#12-Datei ließ sich weder mit dem leeren noch mit dem angegebenen Passwort öffnen. Geben Sie oben das Passwort ein und versuchen Sie es erneut: Nur diese Datei wird erneut gelesen.</numerusform>
            <numerusform>%n PKCS#12-Dateien ließen sich weder mit dem leeren noch mit dem angegebenen Passwort öffnen. Geben Sie oben das Passwort ein und versuchen Sie es erneut: Nur diese Dateien werden erneut gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Select entries in the list to take them off</source>
        <translation>Wählen Sie Einträge in der Liste aus, um sie zu entfernen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the PKCS#12 password first</source>
        <translation>Geben Sie zuerst das PKCS#12-Passwort ein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Importing… Close stops after the files being written now.</source>
        <translation>Import läuft… Schließen hält nach den gerade geschriebenen Dateien an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add files or folders to import.</source>
        <translation>Fügen Sie Dateien oder Ordner zum Importieren hinzu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done. Add more files or folders to import them too.</source>
        <translation>Fertig. Fügen Sie weitere Dateien oder Ordner hinzu, um auch diese zu importieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add files or folders to import first</source>
        <translation>Fügen Sie zuerst Dateien oder Ordner zum Importieren hinzu</translation>
    </message>
</context>
<context>
    <name>acmedesk::IssuanceJob</name>
    <message>
        <location filename="../app/core/jobs/IssuanceJob.cpp" line="+1118"/>
        <source>The CA asked to wait (%1); trying again in %2 s…</source>
        <translation>Die CA bittet zu warten (%1); neuer Versuch in %2 s…</translation>
    </message>
    <message>
        <location line="-572"/>
        <source>Account: &quot;%1&quot; is %2, not valid; register it again first.</source>
        <translation>Konto: „%1“ ist %2, nicht gültig; registrieren Sie es zuerst erneut.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The certificate key of order %1 is not in the keychain (%2).</source>
        <translation>Der Zertifikatsschlüssel von Auftrag %1 ist nicht im Schlüsselbund (%2).</translation>
    </message>
    <message>
        <location line="-360"/>
        <source>Names: %1</source>
        <translation>Namen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Names: enter at least one domain name.</source>
        <translation>Namen: Geben Sie mindestens einen Domainnamen ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PFX: give both a file name and a password, or neither.</source>
        <translation>PFX: Geben Sie sowohl einen Dateinamen als auch ein Passwort an oder keines von beiden.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Order %1 recorded.</source>
        <translation>Auftrag %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>The earlier certificate&apos;s key is no longer in the keychain.</source>
        <translation>Der Schlüssel des früheren Zertifikats ist nicht mehr im Schlüsselbund.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reusing the previous certificate key (%1).</source>
        <translation>Der bisherige Zertifikatsschlüssel wird wiederverwendet (%1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Generating the certificate key (%1)…</source>
        <translation>Der Zertifikatsschlüssel wird erzeugt (%1)…</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Order %1 has ended (%2): %3</source>
        <translation>Auftrag %1 ist beendet (%2): %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resuming order %1 (%2)…</source>
        <translation>Auftrag %1 wird fortgesetzt (%2)…</translation>
    </message>
    <message>
        <location line="+276"/>
        <source>Creating the order for %1…</source>
        <translation>Der Auftrag für %1 wird angelegt…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The CA did not say where the new order lives.</source>
        <translation>Die CA hat nicht mitgeteilt, wo der neue Auftrag liegt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order %1 created at the CA.</source>
        <translation>Auftrag %1 bei der CA angelegt.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>All names are already validated.</source>
        <translation>Alle Namen sind bereits validiert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The CA marked the order %1.</source>
        <translation>Die CA hat den Auftrag als %1 markiert.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is already validated.</source>
        <translation>%1 ist bereits validiert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The CA will not validate %1 (authorization %2).</source>
        <translation>Die CA wird %1 nicht validieren (Autorisierung %2).</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Asking the CA to validate %1…</source>
        <translation>Die CA wird gebeten, %1 zu validieren…</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+20"/>
        <source>%1 validated.</source>
        <translation>%1 validiert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Validation of %1 failed: %2</source>
        <translation>Die Validierung von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Validation of %1 failed (%2).</source>
        <translation>Die Validierung von %1 ist fehlgeschlagen (%2).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Finalizing the order…</source>
        <translation>Der Auftrag wird abgeschlossen…</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The CA is processing the order; checking again in %1 s.</source>
        <translation>Die CA bearbeitet den Auftrag; erneute Prüfung in %1 s.</translation>
    </message>
    <message>
        <location line="-523"/>
        <source>The order is valid but names no certificate.</source>
        <translation>Der Auftrag ist gültig, nennt aber kein Zertifikat.</translation>
    </message>
    <message>
        <location line="-328"/>
        <source>Stopped. The order is kept and can be resumed.</source>
        <translation>Angehalten. Der Auftrag bleibt erhalten und kann fortgesetzt werden.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Renewal of %1 failed (order %2): %3</source>
        <translation>Erneuerung von %1 fehlgeschlagen (Auftrag %2): %3</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>There is no order %1.</source>
        <translation>Es gibt keinen Auftrag %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Order %1 was forgotten; request the certificate again.</source>
        <translation>Auftrag %1 wurde verworfen; beantragen Sie das Zertifikat erneut.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Reuse key: there is no earlier certificate for exactly these names with this account; request it once without reusing the key.</source>
        <translation>Schlüssel wiederverwenden: Es gibt kein früheres Zertifikat für genau diese Namen mit diesem Konto; beantragen Sie es einmal, ohne den Schlüssel wiederzuverwenden.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the previous key (%1)</source>
        <translation>der vorige Schlüssel (%1)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Looking for an order the CA may have created already…</source>
        <translation>Es wird nach einem Auftrag gesucht, den die CA womöglich schon angelegt hat…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Found the order at the CA; continuing it.</source>
        <translation>Der Auftrag wurde bei der CA gefunden; er wird fortgesetzt.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Downloading the certificate…</source>
        <translation>Das Zertifikat wird heruntergeladen…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The certificate was written, but the deploy command did not succeed. %1</source>
        <translation>Das Zertifikat wurde geschrieben, aber der Deploy-Befehl war nicht erfolgreich. %1</translation>
    </message>
    <message numerus="yes">
        <location line="+78"/>
        <source>Removed %n answer file(s) an earlier run left in the webroot.</source>
        <translation>
            <numerusform>%n Antwortdatei entfernt, die ein früherer Lauf im Web-Root hinterlassen hatte.</numerusform>
            <numerusform>%n Antwortdateien entfernt, die ein früherer Lauf im Web-Root hinterlassen hatte.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The connection broke while ordering (%1).</source>
        <translation>Die Verbindung ist beim Beantragen abgebrochen (%1).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The CA did not accept this order as the replacement of the old certificate (%1); ordering again without naming it.</source>
        <translation>Die CA hat diesen Auftrag nicht als Ersatz für das alte Zertifikat angenommen (%1); es wird erneut bestellt, ohne das alte Zertifikat anzugeben.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>The CA keeps losing the finalize request of this order. The order is kept and can be resumed.</source>
        <translation>Die CA verliert immer wieder die Abschlussanfrage dieses Auftrags. Der Auftrag bleibt erhalten und kann fortgesetzt werden.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>already validated</source>
        <translation>bereits validiert</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>The CA has still not validated %1 after the deadline. The order is kept and can be resumed.</source>
        <translation>Die CA hat %1 auch nach Ablauf der Frist nicht validiert. Der Auftrag bleibt erhalten und kann fortgesetzt werden.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The CA keeps saying the order is not ready although every name is validated. The order is kept and can be resumed.</source>
        <translation>Die CA meldet immer wieder, der Auftrag sei nicht bereit, obwohl jeder Name validiert ist. Der Auftrag bleibt erhalten und kann fortgesetzt werden.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The CA is still processing the order after the deadline. The order is kept and can be resumed.</source>
        <translation>Die CA bearbeitet den Auftrag auch nach Ablauf der Frist noch. Der Auftrag bleibt erhalten und kann fortgesetzt werden.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No chain ends in &quot;%1&quot;; the CA&apos;s default chain was used.</source>
        <translation>Keine Kette endet bei „%1“; die Standardkette der CA wurde verwendet.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Certificate %1 issued, valid until %2; files in %3.</source>
        <translation>Zertifikat %1 ausgestellt, gültig bis %2; Dateien in %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Certificate written to %1.</source>
        <translation>Zertifikat nach %1 geschrieben.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Renewed by certificate %1 (serial %2), valid until %3; files in %4.</source>
        <translation>Erneuert durch Zertifikat %1 (Seriennummer %2), gültig bis %3; Dateien in %4.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The PFX password of this order is no longer in the keychain.</source>
        <translation>Das PFX-Passwort dieses Auftrags ist nicht mehr im Schlüsselbund.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The CA is still not answering as it should (%1). The order is kept and can be resumed.</source>
        <translation>Die CA antwortet immer noch nicht wie erwartet (%1). Der Auftrag bleibt erhalten und kann fortgesetzt werden.</translation>
    </message>
    <message>
        <location line="-604"/>
        <source>Running the deploy command…</source>
        <translation>Der Deploy-Befehl wird ausgeführt…</translation>
    </message>
</context>
<context>
    <name>acmedesk::IssueAccountPage</name>
    <message>
        <location filename="../ui/issue/IssueAccountPage.cpp" line="+22"/>
        <source>&amp;Add account…</source>
        <translation>Konto &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ACME account that orders the certificate. Its CA issues it.</source>
        <translation>Das ACME-Konto, das das Zertifikat beantragt. Seine CA stellt es aus.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no registered account to order with yet, so Next is unavailable. Add one with the Key ID and HMAC key from SCM (or try the local test CA): this window closes for the account wizard and opens again with the new account once it is registered.</source>
        <translation>Es gibt noch kein registriertes Konto für einen Auftrag, daher ist Weiter nicht verfügbar. Fügen Sie eines mit Key ID und HMAC-Schlüssel aus SCM hinzu (oder probieren Sie die lokale Test-CA aus): Dieses Fenster schließt sich für den Kontoassistenten und öffnet sich mit dem neuen Konto wieder, sobald es registriert ist.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CA:</source>
        <translation>CA:</translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>%n account(s) not listed: not valid at the CA (deactivated, revoked or unknown to it). See the Accounts page.</source>
        <translation>
            <numerusform>%n Konto nicht aufgeführt: bei der CA nicht gültig (deaktiviert, widerrufen oder ihr unbekannt). Siehe die Seite Konten.</numerusform>
            <numerusform>%n Konten nicht aufgeführt: bei der CA nicht gültig (deaktiviert, widerrufen oder ihr unbekannt). Siehe die Seite Konten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>acmedesk::IssueKeyPage</name>
    <message>
        <location filename="../ui/issue/IssueKeyPage.cpp" line="+26"/>
        <source>Certificate key</source>
        <translation>Zertifikatsschlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AcmeDesk creates the private key on this computer and keeps it in your keychain; it never goes to the CA.</source>
        <translation>AcmeDesk erzeugt den privaten Schlüssel auf diesem Computer und bewahrt ihn in Ihrem Schlüsselbund auf; er geht nie an die CA.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>ECDSA P-256 suits current web servers and is fast. Choose RSA when old clients or appliances must connect.</source>
        <translation>ECDSA P-256 passt zu aktuellen Webservern und ist schnell. Wählen Sie RSA, wenn sich alte Clients oder Appliances verbinden müssen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key &amp;type:</source>
        <translation>Schlüssel&amp;typ:</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Reu&amp;se the key of the previous certificate for these names</source>
        <translation>Den Schlüssel des vorigen Zertifikats für diese Namen wieder&amp;verwenden</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Certificate profi&amp;le:</source>
        <translation>Zertifikats&amp;profil:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>There is no earlier certificate for exactly these names with this account, so a new key is made.</source>
        <translation>Es gibt kein früheres Zertifikat für genau diese Namen mit diesem Konto, daher wird ein neuer Schlüssel erzeugt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Useful when the key is pinned somewhere (e.g. DANE/TLSA records). The previous certificate was issued %1 with a %2 key.</source>
        <translation>Nützlich, wenn der Schlüssel irgendwo festgeschrieben ist (z. B. in DANE/TLSA-Einträgen). Das vorige Zertifikat wurde am %1 mit einem %2-Schlüssel ausgestellt.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The CA&apos;s default</source>
        <translation>Standard der CA</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The CA offers certificate profiles (for example shorter lifetimes); without one it issues its default certificate. Renewals keep the profile.</source>
        <translation>Die CA bietet Zertifikatsprofile an (zum Beispiel kürzere Laufzeiten); ohne Profil stellt sie ihr Standardzertifikat aus. Erneuerungen behalten das Profil bei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CA gives no description.</source>
        <translation>Die CA gibt keine Beschreibung an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CA says: %1</source>
        <translation>Die CA schreibt: %1</translation>
    </message>
</context>
<context>
    <name>acmedesk::IssueNamesPage</name>
    <message>
        <location filename="../ui/issue/IssueNamesPage.cpp" line="+17"/>
        <source>Domain names</source>
        <translation>Domainnamen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The names the certificate is for: one per line, or separated by commas. The first one also becomes the certificate&apos;s common name.</source>
        <translation>Die Namen, für die das Zertifikat gilt: einer pro Zeile oder durch Kommas getrennt. Der erste wird auch der Common Name des Zertifikats.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>www.example.com
example.com
*.example.com (wildcards need dns-01)</source>
        <translation>www.example.com
example.com
*.example.com (Wildcards brauchen dns-01)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wildcard names (*.example.com) can only be validated through DNS (dns-01): the CA has to see a TXT record in the domain&apos;s zone. AcmeDesk uses dns-01 for them whichever route you choose next.</source>
        <translation>Wildcard-Namen (*.example.com) lassen sich nur über DNS (dns-01) validieren: Die CA muss einen TXT-Eintrag in der Zone der Domain sehen. AcmeDesk verwendet dafür dns-01, welchen Weg Sie auch als Nächstes wählen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Domain names:</source>
        <translation>&amp;Domainnamen:</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Enter at least one domain name; then Next is available.</source>
        <translation>Geben Sie mindestens einen Domainnamen ein; dann ist Weiter verfügbar.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is ordered as %2</source>
        <translation>%1 wird als %2 beantragt</translation>
    </message>
</context>
<context>
    <name>acmedesk::IssueOutputPage</name>
    <message>
        <location filename="../ui/issue/IssueOutputPage.cpp" line="+50"/>
        <source>Also write a &amp;PFX file</source>
        <translation>Auch eine &amp;PFX-Datei schreiben</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Brows&amp;e…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le&amp;gacy compatible (old Windows servers)</source>
        <translation>Kompatibel zu A&amp;ltsystemen (alte Windows-Server)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AcmeDesk writes cert.pem, chain.pem, fullchain.pem and privkey.pem (readable only by you) into one folder.</source>
        <translation>AcmeDesk schreibt cert.pem, chain.pem, fullchain.pem und privkey.pem (nur für Sie lesbar) in einen Ordner.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>One password-protected file with key and certificates, for Windows/IIS, Java and appliances</source>
        <translation>Eine passwortgeschützte Datei mit Schlüssel und Zertifikaten, für Windows/IIS, Java und Appliances</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>3DES and SHA-1 instead of AES-256: only for Windows Server 2016 and older, which cannot open the modern format</source>
        <translation>3DES und SHA-1 statt AES-256: nur für Windows Server 2016 und älter, die das moderne Format nicht öffnen können</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File &amp;name:</source>
        <translation>Datei&amp;name:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>optional, e.g. systemctl reload nginx</source>
        <translation>optional, z. B. systemctl reload nginx</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runs through the shell after the files are written, with ACMEDESK_CERT, ACMEDESK_CHAIN, ACMEDESK_FULLCHAIN, ACMEDESK_KEY, ACMEDESK_PFX, ACMEDESK_FOLDER and ACMEDESK_DOMAINS in its environment</source>
        <translation>Läuft über die Shell, nachdem die Dateien geschrieben sind, mit ACMEDESK_CERT, ACMEDESK_CHAIN, ACMEDESK_FULLCHAIN, ACMEDESK_KEY, ACMEDESK_PFX, ACMEDESK_FOLDER und ACMEDESK_DOMAINS in seiner Umgebung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>optional: the CA&apos;s default chain</source>
        <translation>optional: die Standardkette der CA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the CA offers several chains, take the one whose top certificate is issued by this name (issuer CN)</source>
        <translation>Bietet die CA mehrere Ketten an, die nehmen, deren oberstes Zertifikat von diesem Namen ausgestellt ist (Aussteller-CN)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> hours</source>
        <translation> Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long AcmeDesk keeps waiting for a slow CA before it pauses the order (it can be resumed later)</source>
        <translation>Wie lange AcmeDesk auf eine langsame CA wartet, bevor es den Auftrag anhält (er kann später fortgesetzt werden)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More options</source>
        <translation>Weitere Optionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Deploy command:</source>
        <translation>&amp;Deploy-Befehl:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred c&amp;hain:</source>
        <translation>Bevorzugte &amp;Kette:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait for the CA &amp;up to:</source>
        <translation>Auf die CA warten &amp;bis zu:</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Choose a folder for the files.</source>
        <translation>Wählen Sie einen Ordner für die Dateien.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is a file, not a folder. Choose a folder.</source>
        <translation>Das ist eine Datei, kein Ordner. Wählen Sie einen Ordner.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This folder already holds a certificate; its files will be replaced by the new ones.</source>
        <translation>Dieser Ordner enthält bereits ein Zertifikat; seine Dateien werden durch die neuen ersetzt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder is created, readable only by you.</source>
        <translation>Der Ordner wird angelegt, nur für Sie lesbar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give a plain file name such as server.pfx (no folder; it goes into the folder above).</source>
        <translation>Geben Sie einen einfachen Dateinamen wie server.pfx an (ohne Ordner; die Datei kommt in den Ordner oben).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>PFX file: %1</source>
        <translation>PFX-Datei: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the file options.</source>
        <translation>Prüfen Sie die Dateioptionen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder for the certificate files</source>
        <translation>Ordner für die Zertifikatsdateien</translation>
    </message>
</context>
<context>
    <name>acmedesk::IssueProgressPage</name>
    <message>
        <location filename="../ui/issue/IssueProgressPage.cpp" line="+28"/>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue in bac&amp;kground</source>
        <translation>Im &amp;Hintergrund fortsetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requesting the certificate</source>
        <translation>Zertifikat wird beantragt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each step is saved as it happens.</source>
        <translation>Jeder Schritt wird gespeichert, sobald er geschieht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This usually takes under a minute, longer when the CA is busy. &quot;Continue in background&quot; closes this window; the order goes on and shows on the Dashboard.</source>
        <translation>Das dauert meist weniger als eine Minute, länger, wenn die CA ausgelastet ist. „Im Hintergrund weiterlaufen lassen“ schließt dieses Fenster; der Auftrag läuft weiter und erscheint in der Übersicht.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every step the order took, as the log records it</source>
        <translation>Jeder Schritt des Auftrags, wie das Protokoll ihn festhält</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Stops after the current step. The order is kept and can be resumed later from the Dashboard.</source>
        <translation>Hält nach dem aktuellen Schritt an. Der Auftrag bleibt erhalten und kann später in der Übersicht fortgesetzt werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close this window; the order goes on and shows on the Dashboard</source>
        <translation>Dieses Fenster schließen; der Auftrag läuft weiter und erscheint in der Übersicht</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Waiting for you to publish the DNS record for %1</source>
        <translation>Wartet darauf, dass Sie den DNS-Eintrag für %1 veröffentlichen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>waiting for you to publish the TXT record</source>
        <translation>wartet darauf, dass Sie den TXT-Eintrag veröffentlichen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Stopping after the current step; the order is kept and can be resumed later.</source>
        <translation>Hält nach dem aktuellen Schritt an; der Auftrag bleibt erhalten und kann später fortgesetzt werden.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The Domains page shows each domain&apos;s delegations.</source>
        <translation>Die Seite Domains zeigt die Delegierungen jeder Domain.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused: the order is kept and can be resumed.</source>
        <translation>Angehalten: Der Auftrag bleibt erhalten und kann fortgesetzt werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The order did not succeed.</source>
        <translation>Der Auftrag ist nicht gelungen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Create the certificate key</source>
        <translation>Den Zertifikatsschlüssel erzeugen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Place the order with the CA</source>
        <translation>Den Auftrag bei der CA aufgeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Validate %1</source>
        <translation>%1 validieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send the certificate request (finalize)</source>
        <translation>Den Zertifikatsantrag senden (finalize)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wait for the CA to sign</source>
        <translation>Warten, bis die CA signiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download the certificate</source>
        <translation>Das Zertifikat herunterladen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the files</source>
        <translation>Die Dateien schreiben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run the deploy command</source>
        <translation>Den Deploy-Befehl ausführen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>next check at %1</source>
        <translation>nächste Prüfung um %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none set</source>
        <translation>keiner angegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not needed: the CA signed at once</source>
        <translation>nicht nötig: Die CA hat sofort signiert</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>to do</source>
        <translation>offen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>did not succeed</source>
        <translation>nicht gelungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
</context>
<context>
    <name>acmedesk::IssueResultPage</name>
    <message>
        <location filename="../ui/issue/IssueResultPage.cpp" line="+29"/>
        <source>&amp;Copy paths</source>
        <translation>Pfade &amp;kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open folder</source>
        <translation>Ordner ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export PFX…</source>
        <translation>PFX &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Copy the full paths of the selected files (all files when none is selected), one per line</source>
        <translation>Die vollständigen Pfade der ausgewählten Dateien kopieren (aller Dateien, wenn keine ausgewählt ist), einer pro Zeile</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Certificate ready</source>
        <translation>Zertifikat bereit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The certificate for %1 is issued and written.</source>
        <translation>Das Zertifikat für %1 ist ausgestellt und geschrieben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Valid until %1 (%n day(s)), issued by %2.</source>
        <translation>
            <numerusform>Gültig bis %1 (%n Tag), ausgestellt von %2.</numerusform>
            <numerusform>Gültig bis %1 (%n Tage), ausgestellt von %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(unknown issuer)</source>
        <translation>(unbekannter Aussteller)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the certificate alone</source>
        <translation>nur das Zertifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the intermediate certificates</source>
        <translation>die Zwischenzertifikate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>certificate and chain: what most servers want</source>
        <translation>Zertifikat und Kette: was die meisten Server wollen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the private key, readable only by you</source>
        <translation>der private Schlüssel, nur für Sie lesbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+60"/>
        <source>PFX with key and chain, password-protected</source>
        <translation>PFX mit Schlüssel und Kette, passwortgeschützt</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Click Finish: the Dashboard opens with this certificate selected.</source>
        <translation>Klicken Sie auf Fertigstellen: Das Dashboard öffnet sich mit diesem Zertifikat ausgewählt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order paused</source>
        <translation>Auftrag angehalten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order failed</source>
        <translation>Auftrag fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificate for %1 is not issued yet.</source>
        <translation>Das Zertifikat für %1 ist noch nicht ausgestellt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The certificate for %1 could not be issued.</source>
        <translation>Das Zertifikat für %1 konnte nicht ausgestellt werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Resume later: the order is kept with every step done so far. It is listed under Pending orders on the Dashboard (Resume), and AcmeDesk resumes it when it starts.</source>
        <translation>Später fortsetzen: Der Auftrag bleibt mit allen bisherigen Schritten erhalten. Er steht in der Übersicht unter Offene Aufträge (Fortsetzen), und AcmeDesk setzt ihn beim Start fort.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This order cannot be continued. Fix what the message says, then request the certificate again.</source>
        <translation>Dieser Auftrag kann nicht fortgesetzt werden. Beheben Sie, was die Meldung sagt, und beantragen Sie das Zertifikat dann erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click Finish to close this window.</source>
        <translation>Klicken Sie auf Fertigstellen, um dieses Fenster zu schließen.</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Copied %n path(s).</source>
        <translation>
            <numerusform>%n Pfad kopiert.</numerusform>
            <numerusform>%n Pfade kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No file manager opened the folder; its path is above.</source>
        <translation>Kein Dateimanager hat den Ordner geöffnet; sein Pfad steht oben.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>PFX written to %1.</source>
        <translation>PFX nach %1 geschrieben.</translation>
    </message>
</context>
<context>
    <name>acmedesk::IssueReviewPage</name>
    <message>
        <location filename="../ui/issue/IssueReviewPage.cpp" line="+23"/>
        <source>Change &amp;validation…</source>
        <translation>&amp;Validierung ändern…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Review</source>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is what happens when you click Request. The order is saved at every step: if anything stops it, it can be resumed.</source>
        <translation>Das geschieht, wenn Sie auf Anfordern klicken. Der Auftrag wird bei jedem Schritt gespeichert: Wenn etwas ihn anhält, kann er fortgesetzt werden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose another way for the CA to check the names (web root folder, DNS command, manual DNS record, listener port)</source>
        <translation>Einen anderen Weg wählen, auf dem die CA die Namen prüft (Web-Root-Ordner, DNS-Befehl, manueller DNS-Eintrag, Listener-Port)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Options</source>
        <translation>&amp;Optionen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key type, folder, PFX file, deploy command and more</source>
        <translation>Schlüsseltyp, Ordner, PFX-Datei, Deploy-Befehl und mehr</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Key</source>
        <translation>&amp;Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;iles and deploy</source>
        <translation>Dateien und Deplo&amp;y</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Request is unavailable until the options are fixed: %1</source>
        <translation>Anfordern ist nicht verfügbar, bis die Optionen stimmen: %1</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>&amp;Request</source>
        <translation>&amp;Beantragen</translation>
    </message>
</context>
<context>
    <name>acmedesk::IssueRoutePage</name>
    <message>
        <location filename="../ui/issue/IssueRoutePage.cpp" line="+33"/>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the CA checks that you control the names. One route serves the whole order; AcmeDesk applies it to each name and uses dns-01 for wildcards.</source>
        <translation>Wie die CA prüft, dass Sie die Namen kontrollieren. Ein Weg gilt für den ganzen Auftrag; AcmeDesk wendet ihn auf jeden Namen an und nimmt dns-01 für Wildcards.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>all addresses</source>
        <translation>alle Adressen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Listen on &amp;address:</source>
        <translation>Auf &amp;Adresse lauschen:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. /var/www/html</source>
        <translation>z. B. /var/www/html</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>e.g. /usr/local/bin/dns-update.sh</source>
        <translation>z. B. /usr/local/bin/dns-update.sh</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Brows&amp;e…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Web root &amp;folder:</source>
        <translation>Web-Root-&amp;Ordner:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Co&amp;mmand:</source>
        <translation>Be&amp;fehl:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Route:</source>
        <translation>W&amp;eg:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For your names:</source>
        <translation>Für Ihre Namen:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Automatic (recommended)</source>
        <translation>Automatisch (empfohlen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>http-01 with the built-in listener</source>
        <translation>http-01 mit dem eingebauten Listener</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>http-01 through a web root folder</source>
        <translation>http-01 über einen Web-Root-Ordner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dns-01 with a hook command</source>
        <translation>dns-01 mit einem Hook-Befehl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dns-01, manual (you publish the record)</source>
        <translation>dns-01, manuell (Sie veröffentlichen den Eintrag)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>AcmeDesk answers the CA&apos;s http-01 check itself, with a small built-in web server on the address and port below, only while the order runs. Wildcard names, and names for which the CA offers no http-01, are validated with dns-01: AcmeDesk then shows you the TXT record to publish. Choose this when this computer is the web server for the names.</source>
        <translation>AcmeDesk beantwortet die http-01-Prüfung der CA selbst, mit einem kleinen eingebauten Webserver auf der Adresse und dem Port unten, nur solange der Auftrag läuft. Wildcard-Namen und Namen, für die die CA kein http-01 anbietet, werden mit dns-01 validiert: AcmeDesk zeigt Ihnen dann den TXT-Eintrag zum Veröffentlichen. Wählen Sie dies, wenn dieser Computer der Webserver für die Namen ist.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The CA fetches http://&lt;name&gt;/.well-known/acme-challenge/… on port 80, and AcmeDesk answers itself while the order runs. Port 80 of this computer must be reachable from the CA (from the internet, for public CAs) and free, and AcmeDesk needs the right to bind it: administrator rights on Windows, root or CAP_NET_BIND_SERVICE on Linux, or a forward from port 80 to the port below.</source>
        <translation>Die CA ruft http://&lt;Name&gt;/.well-known/acme-challenge/… auf Port 80 ab, und AcmeDesk antwortet selbst, solange der Auftrag läuft. Port 80 dieses Computers muss für die CA erreichbar sein (bei öffentlichen CAs aus dem Internet) und frei, und AcmeDesk braucht das Recht, ihn zu belegen: Administratorrechte unter Windows, root oder CAP_NET_BIND_SERVICE unter Linux, oder eine Weiterleitung von Port 80 auf den Port unten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your running web server answers: AcmeDesk writes the challenge file into &lt;folder&gt;/.well-known/acme-challenge/ and removes it afterwards. Choose the folder your web server serves for these names on port 80 (its document root).</source>
        <translation>Ihr laufender Webserver antwortet: AcmeDesk schreibt die Challenge-Datei nach &lt;Ordner&gt;/.well-known/acme-challenge/ und entfernt sie danach. Wählen Sie den Ordner, den Ihr Webserver für diese Namen auf Port 80 ausliefert (sein Document Root).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your command publishes the TXT record, e.g. through your DNS provider&apos;s API. AcmeDesk runs it through the shell with ACMEDESK_PHASE (&quot;add&quot; or &quot;remove&quot;), ACMEDESK_DOMAIN, ACMEDESK_TXT_NAME and ACMEDESK_TXT_VALUE in its environment: with &quot;add&quot; before the CA checks, with &quot;remove&quot; afterwards. Exit code 0 means success. Works for wildcards and for servers the CA cannot reach.</source>
        <translation>Ihr Befehl veröffentlicht den TXT-Eintrag, z. B. über die API Ihres DNS-Anbieters. AcmeDesk führt ihn über die Shell aus, mit ACMEDESK_PHASE („add“ oder „remove“), ACMEDESK_DOMAIN, ACMEDESK_TXT_NAME und ACMEDESK_TXT_VALUE in seiner Umgebung: mit „add“, bevor die CA prüft, mit „remove“ danach. Exit-Code 0 bedeutet Erfolg. Geht für Wildcards und für Server, die die CA nicht erreicht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>For each name AcmeDesk shows you a TXT record (name and value) to add at your DNS provider. You can check that it is visible, then click &quot;I published it&quot;. Works for wildcards and for servers the CA cannot reach, but someone has to be there.</source>
        <translation>Für jeden Namen zeigt Ihnen AcmeDesk einen TXT-Eintrag (Name und Wert), den Sie bei Ihrem DNS-Anbieter anlegen. Sie können prüfen, ob er sichtbar ist, und klicken dann auf „Veröffentlicht“. Geht für Wildcards und für Server, die die CA nicht erreicht, aber jemand muss dabei sein.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Enter an IP address of this computer, e.g. 0.0.0.0 or 192.0.2.10, or leave it empty for all addresses.</source>
        <translation>Geben Sie eine IP-Adresse dieses Computers ein, z. B. 0.0.0.0 oder 192.0.2.10, oder lassen Sie das Feld für alle Adressen leer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the folder your web server serves; then Next is available.</source>
        <translation>Wählen Sie den Ordner, den Ihr Webserver ausliefert; dann ist Weiter verfügbar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This folder does not exist. Choose the folder your web server serves.</source>
        <translation>Diesen Ordner gibt es nicht. Wählen Sie den Ordner, den Ihr Webserver ausliefert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You may not be allowed to write into this folder.</source>
        <translation>Sie dürfen in diesen Ordner möglicherweise nicht schreiben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the command that publishes the TXT record; then Next is available.</source>
        <translation>Geben Sie den Befehl ein, der den TXT-Eintrag veröffentlicht; dann ist Weiter verfügbar.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>port %1</source>
        <translation>Port %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, port %2</source>
        <translation>%1, Port %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>dns-01 through your command (wildcard)</source>
        <translation>dns-01 über Ihren Befehl (Wildcard)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dns-01, you publish the TXT record (wildcards need dns-01)</source>
        <translation>dns-01, Sie veröffentlichen den TXT-Eintrag (Wildcards brauchen dns-01)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>http-01 on the built-in listener (%1); dns-01 if the CA offers no http-01</source>
        <translation>http-01 über den eingebauten Listener (%1); dns-01, wenn die CA kein http-01 anbietet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>http-01 on the built-in listener (%1)</source>
        <translation>http-01 über den eingebauten Listener (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>http-01 through the web root folder</source>
        <translation>http-01 über den Web-Root-Ordner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dns-01 through your command</source>
        <translation>dns-01 über Ihren Befehl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dns-01, you publish the TXT record</source>
        <translation>dns-01, Sie veröffentlichen den TXT-Eintrag</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Web root folder</source>
        <translation>Web-Root-Ordner</translation>
    </message>
</context>
<context>
    <name>acmedesk::IssueWizard</name>
    <message>
        <location filename="../ui/issue/IssueWizard.cpp" line="+42"/>
        <source>Issue certificate</source>
        <translation>Zertifikat ausstellen</translation>
    </message>
    <message>
        <location line="+213"/>
        <source>the previous key</source>
        <translation>der vorige Schlüssel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 key</source>
        <translation>%1-Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>files in %1</source>
        <translation>Dateien in %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no PFX</source>
        <translation>keine PFX</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PFX %1</source>
        <translation>PFX %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>then runs %1</source>
        <translation>danach läuft %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Account: %1</source>
        <translation>Konto: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names, and how the CA checks each (%1):</source>
        <translation>Namen, und wie die CA jeden prüft (%1):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Key: a new %1 key, made on this computer and kept in your keychain</source>
        <translation>Schlüssel: ein neuer %1-Schlüssel, auf diesem Computer erzeugt und in Ihrem Schlüsselbund aufbewahrt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Files go to: %1</source>
        <translation>Dateien kommen nach: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cert.pem, chain.pem, fullchain.pem, privkey.pem (readable only by you)</source>
        <translation>cert.pem, chain.pem, fullchain.pem, privkey.pem (nur für Sie lesbar)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Afterwards: nothing runs (no deploy command)</source>
        <translation>Danach: nichts läuft (kein Deploy-Befehl)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afterwards: runs the deploy command %1</source>
        <translation>Danach: läuft der Deploy-Befehl %1</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Key: the key of the previous certificate for these names</source>
        <translation>Schlüssel: der Schlüssel des vorigen Zertifikats für diese Namen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Certificate profile: %1</source>
        <translation>Zertifikatsprofil: %1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Web root folder: %1</source>
        <translation>Web-Root-Ordner: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DNS command: %1</source>
        <translation>DNS-Befehl: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>PFX: %1 (legacy compatible), with the password you entered</source>
        <translation>PFX: %1 (kompatibel zu Altsystemen), mit dem eingegebenen Passwort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PFX: %1, with the password you entered</source>
        <translation>PFX: %1, mit dem eingegebenen Passwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PFX: none</source>
        <translation>PFX: keine</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preferred chain: %1</source>
        <translation>Bevorzugte Kette: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the CA&apos;s default</source>
        <translation>Standard der CA</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Wait for the CA: up to %n hour(s)</source>
        <translation>
            <numerusform>Auf die CA warten: bis zu %n Stunde</numerusform>
            <numerusform>Auf die CA warten: bis zu %n Stunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>acmedesk::KeychainBanner</name>
    <message>
        <location filename="../ui/KeychainBanner.cpp" line="+12"/>
        <location line="+34"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Adding accounts needs the keychain; everything else works.</source>
        <translation>Zum Hinzufügen von Konten wird der Schlüsselbund gebraucht; alles andere funktioniert.</translation>
    </message>
</context>
<context>
    <name>acmedesk::KeychainSecretStore</name>
    <message>
        <location filename="../app/core/secrets/KeychainSecretStore.cpp" line="+172"/>
        <source>The keychain refused access: unlock it (on Linux the &quot;Login&quot; keyring or the KeePassXC database), allow AcmeDesk when asked and try again.</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert: Entsperren Sie ihn (unter Linux den Schlüsselbund „Login“ oder die KeePassXC-Datenbank), erlauben Sie AcmeDesk den Zugriff, wenn Sie gefragt werden, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No keychain service is running: on Linux start GNOME Keyring or enable the Secret Service integration of KeePassXC or KWallet, then try again.</source>
        <translation>Es läuft kein Schlüsselbunddienst: Starten Sie unter Linux GNOME Keyring oder aktivieren Sie die Secret-Service-Integration von KeePassXC oder KWallet und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The keychain has no default keyring yet: create and unlock a &quot;Login&quot; keyring (for example in Passwords and Keys / Seahorse, or by logging in to a desktop session once) and try again.</source>
        <translation>Der Schlüsselbund hat noch keinen Standard-Schlüsselbund: Legen Sie einen Schlüsselbund „Login“ an und entsperren Sie ihn (zum Beispiel in „Passwörter und Verschlüsselung“ / Seahorse oder durch einmaliges Anmelden an einer Desktop-Sitzung) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The keychain is locked: unlock it (on Linux the &quot;Login&quot; keyring) and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt: Entsperren Sie ihn (unter Linux den Schlüsselbund „Login“) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make sure the system keychain is running and unlocked (on Linux the &quot;Login&quot; keyring in GNOME Keyring or KeePassXC) and try again.</source>
        <translation>Stellen Sie sicher, dass der System-Schlüsselbund läuft und entsperrt ist (unter Linux der Schlüsselbund „Login“ in GNOME Keyring oder KeePassXC), und versuchen Sie es erneut.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>The keychain did not answer within %n second(s); it may be waiting for an unlock prompt. Unlock the keyring (on Linux the &quot;Login&quot; keyring) and try again.</source>
        <translation>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunde geantwortet; vielleicht wartet er auf eine Entsperr-Abfrage. Entsperren Sie den Schlüsselbund (unter Linux „Login“) und versuchen Sie es erneut.</numerusform>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunden geantwortet; vielleicht wartet er auf eine Entsperr-Abfrage. Entsperren Sie den Schlüsselbund (unter Linux „Login“) und versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not store the secret %1 in the system keychain.</source>
        <translation>Das Geheimnis %1 konnte nicht im System-Schlüsselbund gespeichert werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A secret needs a name to be stored.</source>
        <translation>Ein Geheimnis braucht einen Namen, um gespeichert zu werden.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Could not read the secret %1 from the system keychain.</source>
        <translation>Das Geheimnis %1 konnte nicht aus dem System-Schlüsselbund gelesen werden.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No secret is stored under %1 in the system keychain. If the keychain was reset or is locked, unlock it; otherwise the secret is lost and must be entered or created again.</source>
        <translation>Im System-Schlüsselbund ist unter %1 kein Geheimnis gespeichert. Wurde der Schlüsselbund zurückgesetzt oder ist er gesperrt, entsperren Sie ihn; andernfalls ist das Geheimnis verloren und muss neu eingegeben oder erzeugt werden.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not delete the secret %1 from the system keychain.</source>
        <translation>Das Geheimnis %1 konnte nicht aus dem System-Schlüsselbund gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>acmedesk::LocalCaAccounts</name>
    <message>
        <location filename="../app/core/localca/LocalCaAccounts.cpp" line="+59"/>
        <source>The local test CA was restarted and, being a test CA, keeps no orders: this one is gone there. AcmeDesk closed it; issue the certificate again.</source>
        <translation>Die lokale Test-CA wurde neu gestartet und behält als Test-CA keine Aufträge: Dieser ist dort verloren. AcmeDesk hat ihn geschlossen; stellen Sie das Zertifikat neu aus.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The local test CA could not be started: %1</source>
        <translation>Die lokale Test-CA konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The local test CA has no EAB values for account &quot;%1&quot;; remove the account and add it again.</source>
        <translation>Die lokale Test-CA hat keine EAB-Werte für das Konto „%1“; entfernen Sie das Konto und fügen Sie es neu hinzu.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The local test CA was restarted and has forgotten account &quot;%1&quot;; registering it there again failed: %2</source>
        <translation>Die lokale Test-CA wurde neu gestartet und hat das Konto „%1“ vergessen; es dort erneut zu registrieren, ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The local test CA was restarted and, being a test CA, had forgotten this account: registered it again with a new key and the same Key ID %1, now at %2.</source>
        <translation>Die lokale Test-CA wurde neu gestartet und hatte als Test-CA dieses Konto vergessen: Es wurde mit einem neuen Schlüssel und derselben Key ID %1 erneut registriert, jetzt unter %2.</translation>
    </message>
</context>
<context>
    <name>acmedesk::LocalTestCa</name>
    <message>
        <location filename="../app/core/localca/LocalTestCa.cpp" line="+43"/>
        <location line="+4"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Could not create the folder %1 for the local test CA.</source>
        <translation>Der Ordner %1 für die lokale Test-CA konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+90"/>
        <source>No free port on 127.0.0.1 for the local test CA.</source>
        <translation>Kein freier Port auf 127.0.0.1 für die lokale Test-CA.</translation>
    </message>
    <message>
        <location line="-194"/>
        <source>The local test CA needs Pebble: install the package &quot;pebble&quot; (sudo apt install pebble) and try again.</source>
        <translation>Die lokale Test-CA braucht Pebble: Installieren Sie das Paket „pebble“ (sudo apt install pebble) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The local test CA needs Pebble: install the pebble package, then start AcmeDesk again.</source>
        <translation>Die lokale Test-CA braucht Pebble: Installieren Sie das Paket pebble und starten Sie AcmeDesk neu.</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>Could not create a temporary folder for Pebble&apos;s configuration.</source>
        <translation>Für die Konfiguration von Pebble konnte kein temporärer Ordner angelegt werden.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Pebble could not be started: %1</source>
        <translation>Pebble konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Pebble stopped right after starting; see %1.</source>
        <translation>Pebble hat sich direkt nach dem Start beendet; siehe %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Pebble did not answer within %n second(s).</source>
        <translation>
            <numerusform>Pebble hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Pebble hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>acmedesk::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+76"/>
        <source>AcmeDesk</source>
        <translation>AcmeDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Issue certificate…</source>
        <translation>Zertifikat &amp;ausstellen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>I&amp;mport certificates…</source>
        <translation>Zertifikate i&amp;mportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check a &amp;server…</source>
        <translation>&amp;Server prüfen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export calendar…</source>
        <translation>Kalender &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About AcmeDesk</source>
        <translation>&amp;Über AcmeDesk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Domains</source>
        <translation>Domains</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Checking the keychain…</source>
        <translation>Schlüsselbund wird geprüft…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>A renewal run is going on; its orders are listed under Pending orders.</source>
        <translation>Ein Erneuerungslauf ist im Gange; seine Aufträge sind unter Offene Aufträge aufgeführt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+19"/>
        <source>Renewal</source>
        <translation>Erneuerung</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n certificate(s) renewed; some need attention.</source>
        <translation>
            <numerusform>%n Zertifikat erneuert; einige erfordern Aufmerksamkeit.</numerusform>
            <numerusform>%n Zertifikate erneuert; einige erfordern Aufmerksamkeit.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The renewal did not complete.</source>
        <translation>Die Erneuerung wurde nicht abgeschlossen.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n certificate(s) renewed; their files were replaced in place.</source>
        <translation>
            <numerusform>%n Zertifikat erneuert; seine Dateien wurden an Ort und Stelle ersetzt.</numerusform>
            <numerusform>%n Zertifikate erneuert; ihre Dateien wurden an Ort und Stelle ersetzt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was renewed.</source>
        <translation>Es wurde nichts erneuert.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing is due for renewal.</source>
        <translation>Nichts ist zur Erneuerung fällig.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Looking for certificates to renew…</source>
        <translation>Zu erneuernde Zertifikate werden gesucht…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Renewal policy</source>
        <translation>Erneuerungsrichtlinie</translation>
    </message>
    <message>
        <location line="+99"/>
        <location line="+9"/>
        <location line="+19"/>
        <source>Discard order</source>
        <translation>Auftrag verwerfen</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Order %1 is running. Stop it first, then discard it.</source>
        <translation>Auftrag %1 läuft. Halten Sie ihn zuerst an, dann verwerfen Sie ihn.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Discard the order for %1?</source>
        <translation>Den Auftrag für %1 verwerfen?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Discard order</source>
        <translation>Auftrag &amp;verwerfen</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>An order needs you</source>
        <translation>Ein Auftrag braucht Sie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publish the DNS TXT record for %1: the order for %2 waits for it. Show it from Pending orders on the Dashboard.</source>
        <translation>Veröffentlichen Sie den DNS-TXT-Eintrag für %1: Der Auftrag für %2 wartet darauf. Sie finden ihn unter Offene Aufträge im Dashboard.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Certificate issued</source>
        <translation>Zertifikat ausgestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The certificate for %1 is ready. Click to open it on the Dashboard.</source>
        <translation>Das Zertifikat für %1 ist fertig. Klicken Sie, um es im Dashboard zu öffnen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Order not finished</source>
        <translation>Auftrag nicht abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The order for %1 stopped: %2 See Pending orders on the Dashboard.</source>
        <translation>Der Auftrag für %1 wurde angehalten: %2 Siehe Offene Aufträge im Dashboard.</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>AcmeDesk stops tracking it and removes its certificate key from the keychain, unless a certificate you already have uses the same key (then the key stays). The order cannot be resumed afterwards; the CA lets it expire by itself.</source>
        <translation>AcmeDesk verfolgt ihn nicht mehr und entfernt seinen Zertifikatsschlüssel aus dem Schlüsselbund, außer ein bereits vorhandenes Zertifikat verwendet denselben Schlüssel (dann bleibt der Schlüssel). Der Auftrag kann danach nicht mehr fortgesetzt werden; die CA lässt ihn von selbst ablaufen.</translation>
    </message>
    <message>
        <location line="+186"/>
        <source>Register SCM ACME account</source>
        <translation>ACME-Konto aus SCM registrieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use &quot;Connect to SCM…&quot; on the Domains page to enter the login again.</source>
        <translation>Geben Sie die Anmeldung auf der Seite Domains über „Mit SCM verbinden…“ erneut ein.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>About AcmeDesk</source>
        <translation>Über AcmeDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AcmeDesk %1</source>
        <translation>AcmeDesk %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registers ACME accounts with External Account Binding values from Sectigo Certificate Manager, and keeps their keys in your system keychain.</source>
        <translation>Registriert ACME-Konten mit External-Account-Binding-Werten aus dem Sectigo Certificate Manager und bewahrt ihre Schlüssel im Systemschlüsselbund auf.</translation>
    </message>
</context>
<context>
    <name>acmedesk::ManualDnsDialog</name>
    <message>
        <location filename="../ui/issue/ManualDnsPanel.cpp" line="+161"/>
        <source>Publish the DNS record</source>
        <translation>DNS-Eintrag veröffentlichen</translation>
    </message>
</context>
<context>
    <name>acmedesk::ManualDnsPanel</name>
    <message>
        <location line="-126"/>
        <source>&amp;Check DNS</source>
        <translation>DNS &amp;prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I &amp;published it</source>
        <translation>&amp;Veröffentlicht</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ask the DNS whether the record is visible yet</source>
        <translation>Im DNS nachfragen, ob der Eintrag schon sichtbar ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CA checks the record as soon as you click</source>
        <translation>Die CA prüft den Eintrag, sobald Sie klicken</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TXT record name:</source>
        <translation>Name des TXT-Eintrags:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value:</source>
        <translation>Wert:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The CA checks %1 through DNS. Add this TXT record to the zone of %1 at your DNS provider, wait until it is visible (Check DNS tells you), then click &quot;I published it&quot;. The order waits for you; if you close AcmeDesk meanwhile, it is resumed on the next start.</source>
        <translation>Die CA prüft %1 über DNS. Legen Sie diesen TXT-Eintrag in der Zone von %1 bei Ihrem DNS-Anbieter an, warten Sie, bis er sichtbar ist („DNS prüfen“ sagt es Ihnen), und klicken Sie dann auf „Veröffentlicht“. Der Auftrag wartet auf Sie; schließen Sie AcmeDesk zwischendurch, wird er beim nächsten Start fortgesetzt.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Asking the DNS…</source>
        <translation>DNS wird gefragt…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The DNS did not answer: %1</source>
        <translation>Das DNS hat nicht geantwortet: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The record is visible. Click &quot;I published it&quot;.</source>
        <translation>Der Eintrag ist sichtbar. Klicken Sie auf „Veröffentlicht“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not visible yet. DNS changes can take a few minutes; check again shortly.</source>
        <translation>Noch nicht sichtbar. DNS-Änderungen können einige Minuten dauern; prüfen Sie gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>acmedesk::OrderListModel</name>
    <message>
        <location filename="../models/OrderListModel.cpp" line="+39"/>
        <source>Waiting for your DNS record</source>
        <translation>Wartet auf Ihren DNS-Eintrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+70"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Paused (%1)</source>
        <translation>Angehalten (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused: the last attempt failed (%1)</source>
        <translation>Angehalten: Der letzte Versuch ist fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last step</source>
        <translation>Letzter Schritt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Preparing the key</source>
        <translation>Schlüssel wird vorbereitet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ordering</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Validating names</source>
        <translation>Namen werden validiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the CA</source>
        <translation>Wartet auf die CA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloading</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running the deploy command</source>
        <translation>Deploy-Befehl läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Starting</source>
        <translation>Startet</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Forgotten</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Interrupted; resume it to continue.</source>
        <translation>Unterbrochen; setzen Sie ihn fort, um weiterzumachen.</translation>
    </message>
</context>
<context>
    <name>acmedesk::PasteArea</name>
    <message>
        <location filename="../ui/wizard/PastePage.cpp" line="+29"/>
        <source>Paste what SCM shows</source>
        <translation>Einfügen, was SCM anzeigt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paste here (%1) what SCM shows in the ACME account&apos;s Details</source>
        <translation>Fügen Sie hier (%1) ein, was SCM in den Details des ACME-Kontos anzeigt</translation>
    </message>
</context>
<context>
    <name>acmedesk::PastePage</name>
    <message>
        <location line="+103"/>
        <source>&amp;Paste from SCM</source>
        <translation>Aus SCM &amp;einfügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the values by &amp;hand</source>
        <translation>Werte von &amp;Hand eingeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try with the &amp;local test CA</source>
        <translation>Mit der &amp;lokalen Test-CA ausprobieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste what SCM shows</source>
        <translation>Einfügen, was SCM anzeigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In SCM, open the ACME account&apos;s Details and copy the ACME URL, Key ID and HMAC key together. A certbot, lego or acme.sh command line, or SCM&apos;s JSON, works too.</source>
        <translation>Öffnen Sie in SCM die Details des ACME-Kontos und kopieren Sie ACME-URL, Key ID und HMAC-Schlüssel zusammen. Eine certbot-, lego- oder acme.sh-Befehlszeile oder das JSON von SCM geht auch.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reads SCM&apos;s account details, a certbot, lego or acme.sh command line, or SCM&apos;s JSON from the clipboard</source>
        <translation>Liest Kontodetails aus SCM, eine certbot-, lego- oder acme.sh-Befehlszeile oder das JSON von SCM aus der Zwischenablage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A private test server on this computer that hands out EAB values like SCM does. Its accounts and certificates are for trying only.</source>
        <translation>Ein privater Testserver auf diesem Computer, der EAB-Werte ausgibt wie SCM. Seine Konten und Zertifikate sind nur zum Ausprobieren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ACME URL:</source>
        <translation>ACME-URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key ID:</source>
        <translation>Key ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HMAC key:</source>
        <translation>HMAC-Schlüssel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Nothing recognised: the pasted text holds no ACME URL, Key ID or HMAC key. In SCM, open the ACME account&apos;s Details and copy them.</source>
        <translation>Nichts erkannt: Der eingefügte Text enthält keine ACME-URL, Key ID oder HMAC-Schlüssel. Öffnen Sie in SCM die Details des ACME-Kontos und kopieren Sie sie.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>not found: enter it on the next page</source>
        <translation>nicht gefunden: auf der nächsten Seite eintragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found in %1:</source>
        <translation>Gefunden in %1:</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>(%n character(s), kept hidden)</source>
        <translation>
            <numerusform>(%n Zeichen, verborgen)</numerusform>
            <numerusform>(%n Zeichen, verborgen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Next is available once the values are pasted. Or enter them by hand, or try AcmeDesk with the local test CA.</source>
        <translation>Weiter ist möglich, sobald die Werte eingefügt sind. Oder geben Sie sie von Hand ein oder probieren Sie AcmeDesk mit der lokalen Test-CA aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next: fill in what is missing or wrong by hand.</source>
        <translation>Weiter: Ergänzen oder korrigieren Sie von Hand, was fehlt oder falsch ist.</translation>
    </message>
</context>
<context>
    <name>acmedesk::PfxPasswordFields</name>
    <message>
        <location filename="../ui/widgets/PfxPasswordFields.cpp" line="+33"/>
        <source>Repe&amp;at password:</source>
        <translation>Passwort wieder&amp;holen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a password: whoever imports the file needs it.</source>
        <translation>Wählen Sie ein Passwort: Wer die Datei importiert, braucht es.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter unterscheiden sich.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Hide password</source>
        <translation>Passwort verbergen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show password</source>
        <translation>Passwort anzeigen</translation>
    </message>
</context>
<context>
    <name>acmedesk::ProbeDialog</name>
    <message>
        <location filename="../ui/ProbeDialog.cpp" line="+39"/>
        <source>C&amp;ancel</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check a server</source>
        <translation>Server prüfen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>AcmeDesk connects to the server, records the certificate chain it serves (whether or not a client would accept it) and notes the server as a place where that certificate is deployed.</source>
        <translation>AcmeDesk verbindet sich mit dem Server, speichert die Zertifikatskette, die er ausliefert (ob ein Client sie akzeptieren würde oder nicht), und vermerkt den Server als Ort, an dem dieses Zertifikat eingesetzt ist.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>www.example.com, host:8443 or [2001:db8::1]:443</source>
        <translation>www.example.com, host:8443 oder [2001:db8::1]:443</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host name or address, and the port when it is not 443. The port must serve TLS directly (not STARTTLS).</source>
        <translation>Hostname oder Adresse und der Port, wenn er nicht 443 ist. Der Port muss TLS direkt sprechen (nicht STARTTLS).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the host&apos;s name; give one for an address</source>
        <translation>der Name des Hosts; bei einer Adresse angeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name sent in the TLS handshake (SNI) and checked against the certificate, when the server hosts several names</source>
        <translation>Der Name, der im TLS-Handshake (SNI) gesendet und mit dem Zertifikat abgeglichen wird, wenn der Server mehrere Namen bedient</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server &amp;name (SNI):</source>
        <translation>Server&amp;name (SNI):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stop the check; nothing is recorded</source>
        <translation>Die Prüfung abbrechen; nichts wird gespeichert</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Chec&amp;k</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>An address sends no server name: a server with several certificates shows its default one. Give the name to see the one for it.</source>
        <translation>Bei einer Adresse wird kein Servername gesendet: Ein Server mit mehreren Zertifikaten zeigt dann sein Standardzertifikat. Geben Sie den Namen an, um das Zertifikat für diesen Namen zu sehen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enter the server to check.</source>
        <translation>Geben Sie den zu prüfenden Server ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the field marked above to check the server.</source>
        <translation>Korrigieren Sie das oben markierte Feld, um den Server zu prüfen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting to %1 with the server name %2…</source>
        <translation>Verbindung mit %1 wird hergestellt (Servername %2)…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The check was cancelled; nothing was recorded.</source>
        <translation>Die Prüfung wurde abgebrochen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>server name %1, %2</source>
        <translation>Servername %1, %2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 (%2) serves %n certificate(s):</source>
        <translation>
            <numerusform>%1 (%2) liefert %n Zertifikat aus:</numerusform>
            <numerusform>%1 (%2) liefert %n Zertifikate aus:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Names: %1</source>
        <translation>Namen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer: %1</source>
        <translation>Aussteller: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired %1</source>
        <translation>Abgelaufen am %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Expires %1 (%n day(s) left)</source>
        <translation>
            <numerusform>Läuft am %1 ab (noch %n Tag)</numerusform>
            <numerusform>Läuft am %1 ab (noch %n Tage)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>✔ The chain verifies against this system&apos;s CAs for the server name.</source>
        <translation>✔ Die Kette lässt sich für den Servernamen gegen die CAs dieses Systems prüfen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⚠ A client that checks the chain would object (it is recorded anyway):</source>
        <translation>⚠ Ein Client, der die Kette prüft, würde Folgendes beanstanden (sie wird trotzdem gespeichert):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recorded as certificate #%1, new in the inventory; the Dashboard shows it selected.</source>
        <translation>Als Zertifikat #%1 gespeichert, neu im Bestand; die Übersicht zeigt es ausgewählt an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recorded as seen here for certificate #%1, which the inventory had already; the Dashboard shows it selected.</source>
        <translation>Für Zertifikat #%1, das bereits im Bestand war, als hier gesehen gespeichert; die Übersicht zeigt es ausgewählt an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>certificate #%1</source>
        <translation>Zertifikat #%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>certificate #%1, expires %2</source>
        <translation>Zertifikat #%1, läuft am %2 ab</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⚠ This server serves an older certificate than the newest one AcmeDesk knows for the same names (%1): deploy that one here.</source>
        <translation>⚠ Dieser Server liefert ein älteres Zertifikat aus als das neueste, das AcmeDesk für dieselben Namen kennt (%1): Setzen Sie hier jenes ein.</translation>
    </message>
</context>
<context>
    <name>acmedesk::RegisterPage</name>
    <message>
        <location filename="../ui/wizard/RegisterPage.cpp" line="+20"/>
        <source>Cancel registration</source>
        <translation>Registrierung abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registering</source>
        <translation>Registrierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AcmeDesk creates the account key, stores it in the keychain and registers it with the CA.</source>
        <translation>AcmeDesk erzeugt den Kontoschlüssel, legt ihn im Schlüsselbund ab und registriert ihn bei der CA.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Waiting for the previous attempt to stop…</source>
        <translation>Warten, bis der vorige Versuch beendet ist…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Something needs fixing first. Go Back, correct it and come here again.</source>
        <translation>Zuerst muss etwas korrigiert werden. Gehen Sie zurück, korrigieren Sie es und kommen Sie wieder hierher.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This takes a few seconds. You can cancel until the CA is asked.</source>
        <translation>Das dauert einige Sekunden. Bis die CA gefragt wird, können Sie abbrechen.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Tick the box to accept them.</source>
        <translation>Setzen Sie das Häkchen, um sie zu akzeptieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled. Nothing was registered.</source>
        <translation>Abgebrochen. Es wurde nichts registriert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registration did not succeed. Go Back to correct the values, or try again.</source>
        <translation>Die Registrierung ist nicht gelungen. Gehen Sie zurück, um die Werte zu korrigieren, oder versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account is registered.</source>
        <translation>Das Konto ist registriert.</translation>
    </message>
</context>
<context>
    <name>acmedesk::RegistrationJob</name>
    <message>
        <location filename="../app/core/jobs/RegistrationJob.cpp" line="+19"/>
        <source>Account name: enter a name that tells this account apart, e.g. &quot;Sectigo DV - Web team&quot;.</source>
        <translation>Kontoname: Geben Sie einen Namen ein, der dieses Konto unterscheidet, z. B. „Sectigo DV – Web-Team“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ACME URL: enter the directory URL exactly as SCM shows it.</source>
        <translation>ACME-URL: Geben Sie die Verzeichnis-URL genau so ein, wie SCM sie anzeigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the ACME URL</source>
        <translation>die ACME-URL</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key ID: paste the Key ID that SCM shows for the ACME account.</source>
        <translation>Key ID: Fügen Sie die Key ID ein, die SCM für das ACME-Konto anzeigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HMAC key: paste the HMAC key that SCM shows for the ACME account.</source>
        <translation>HMAC-Schlüssel: Fügen Sie den HMAC-Schlüssel ein, den SCM für das ACME-Konto anzeigt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contact e-mail: &quot;%1&quot; is not an e-mail address; correct or remove it.</source>
        <translation>Kontakt-E-Mail: „%1“ ist keine E-Mail-Adresse; korrigieren oder entfernen Sie sie.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Account name: an account named &quot;%1&quot; already exists; choose another name.</source>
        <translation>Kontoname: Ein Konto namens „%1“ gibt es bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Generating the account key (%1)…</source>
        <translation>Kontoschlüssel wird erzeugt (%1)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+26"/>
        <location line="+45"/>
        <source>Registration cancelled; nothing was saved.</source>
        <translation>Registrierung abgebrochen; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Reading the CA&apos;s directory…</source>
        <translation>Verzeichnis der CA wird gelesen…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Terms of service: this CA requires you to accept its terms (%1) before registering.</source>
        <translation>Nutzungsbedingungen: Diese CA verlangt, dass Sie vor der Registrierung ihre Nutzungsbedingungen (%1) akzeptieren.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saving the account key in the keychain…</source>
        <translation>Kontoschlüssel wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Asking the CA whether the interrupted registration went through…</source>
        <translation>Die CA wird gefragt, ob die unterbrochene Registrierung durchgegangen ist …</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Registering the account with External Account Binding…</source>
        <translation>Konto wird mit External Account Binding registriert…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Account already existed for this key at %1; recorded it.</source>
        <translation>Für diesen Schlüssel gab es bereits ein Konto unter %1; es wurde übernommen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registered at %1 with Key ID %2.</source>
        <translation>Registriert unter %1 mit Key ID %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keeping the HMAC key in the keychain…</source>
        <translation>HMAC-Schlüssel wird im Schlüsselbund aufbewahrt…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The HMAC key could not be kept in the keychain: %1</source>
        <translation>Der HMAC-Schlüssel konnte nicht im Schlüsselbund aufbewahrt werden: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The CA may have created the account: register &quot;%1&quot; again to finish (AcmeDesk asks the CA first and makes no second account), or remove it.</source>
        <translation>Die CA hat das Konto vielleicht angelegt: Registrieren Sie „%1“ erneut, um abzuschließen (AcmeDesk fragt zuerst die CA und legt kein zweites Konto an), oder entfernen Sie es.</translation>
    </message>
</context>
<context>
    <name>acmedesk::RenewalJob</name>
    <message>
        <location filename="../app/core/renewal/RenewalJob.cpp" line="+146"/>
        <source>Another renewal run is going on (process %1); this one does nothing. Try again when it has finished.</source>
        <translation>Ein anderer Erneuerungslauf ist im Gange (Prozess %1); dieser tut nichts. Versuchen Sie es erneut, wenn er beendet ist.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Its renewal order %1 is running already.</source>
        <translation>Sein Erneuerungsauftrag %1 läuft bereits.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>There is no certificate %1.</source>
        <translation>Es gibt kein Zertifikat %1.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Could not read the directory of %1 (%2); renewal follows the policy alone.</source>
        <translation>Das Verzeichnis von %1 konnte nicht gelesen werden (%2); die Erneuerung folgt allein der Richtlinie.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1: the CA&apos;s renewal information could not be read (%2); the renewal policy decides.</source>
        <translation>%1: Die Erneuerungsinformationen der CA konnten nicht gelesen werden (%2); die Erneuerungsrichtlinie entscheidet.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: the CA suggests renewing between %2 and %3.</source>
        <translation>%1: Die CA empfiehlt eine Erneuerung zwischen %2 und %3.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Not looked at: the run was stopped.</source>
        <translation>Nicht geprüft: Der Lauf wurde angehalten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Its renewal order %1 is under way; a run without --dry-run resumes it.</source>
        <translation>Sein Erneuerungsauftrag %1 läuft; ein Lauf ohne --dry-run setzt ihn fort.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resuming its renewal order %1.</source>
        <translation>Sein Erneuerungsauftrag %1 wird fortgesetzt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The account it was issued with is no longer in AcmeDesk; request a new certificate with another account.</source>
        <translation>Das Konto, mit dem es ausgestellt wurde, ist nicht mehr in AcmeDesk vorhanden; fordern Sie mit einem anderen Konto ein neues Zertifikat an.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Due %1 (%2).</source>
        <translation>Fällig %1 (%2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Its last renewal failed (%1); the next attempt is after %2.</source>
        <translation>Seine letzte Erneuerung ist fehlgeschlagen (%1); der nächste Versuch erfolgt nach %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Would renew now (asked for).</source>
        <translation>Würde jetzt erneuert werden (angefordert).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due since %1 (%2): would renew now.</source>
        <translation>Fällig seit %1 (%2): würde jetzt erneuert werden.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The order it came from is no longer recorded, so AcmeDesk does not know how it was requested; request it again in the wizard.</source>
        <translation>Der Auftrag, aus dem es stammt, ist nicht mehr vermerkt, daher weiß AcmeDesk nicht, wie es angefordert wurde; fordern Sie es im Assistenten erneut an.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>asked for by hand</source>
        <translation>von Hand angefordert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due since %1, %2</source>
        <translation>fällig seit %1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Renewal of %1 started (%2).</source>
        <translation>Erneuerung von %1 gestartet (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: renewing (%2).</source>
        <translation>%1: wird erneuert (%2).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The PFX password of this certificate is no longer in the keychain (%1); request it again in the wizard with a new password.</source>
        <translation>Das PFX-Passwort dieses Zertifikats ist nicht mehr im Schlüsselbund (%1); fordern Sie es im Assistenten mit einem neuen Passwort erneut an.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Resuming renewal order %1.</source>
        <translation>Erneuerungsauftrag %1 wird fortgesetzt.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Renewed: certificate %1, valid until %2; files replaced in %3.</source>
        <translation>Erneuert: Zertifikat %1, gültig bis %2; Dateien in %3 ersetzt.</translation>
    </message>
</context>
<context>
    <name>acmedesk::RenewalPolicyDialog</name>
    <message>
        <location filename="../ui/RenewalPolicyDialog.cpp" line="+21"/>
        <source>Renewal policy</source>
        <translation>Erneuerungsrichtlinie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Default renewal policy</source>
        <translation>Standard-Erneuerungsrichtlinie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When should AcmeDesk renew %1?</source>
        <translation>Wann soll AcmeDesk %1 erneuern?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When should AcmeDesk renew the certificates that follow the default? When the CA offers renewal information (ARI), its suggested window decides for them instead.</source>
        <translation>Wann soll AcmeDesk die Zertifikate erneuern, die dem Standard folgen? Bietet die CA Erneuerungsinformationen (ARI) an, entscheidet stattdessen ihr empfohlenes Zeitfenster.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Follow the default (renew %1)</source>
        <translation>Dem Standard &amp;folgen (%1 erneuern)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When this share of its &amp;lifetime is left:</source>
        <translation>Wenn dieser Anteil der &amp;Laufzeit übrig ist:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Share of the lifetime left</source>
        <translation>Verbleibender Anteil der Laufzeit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A number of &amp;days before it expires:</source>
        <translation>Eine Anzahl &amp;Tage vor dem Ablauf:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Days before expiry</source>
        <translation>Tage vor Ablauf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Never automatically (&quot;Renew now&quot; still works)</source>
        <translation>&amp;Nie automatisch (&quot;Jetzt erneuern&quot; funktioniert weiterhin)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A number of days never renews before half the lifetime has passed, so short-lived certificates are not renewed on every run.</source>
        <translation>Mit einer Anzahl Tage wird nie erneuert, bevor die Hälfte der Laufzeit verstrichen ist, damit kurzlebige Zertifikate nicht bei jedem Lauf erneuert werden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Certificates that follow the default renew %1.</source>
        <translation>Zertifikate, die dem Standard folgen, werden %1 erneuert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>It would renew from %1 (%2).</source>
        <translation>Es würde ab %1 erneuert werden (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It would be due at once: the next renewal run renews it.</source>
        <translation>Es wäre sofort fällig: Der nächste Erneuerungslauf erneuert es.</translation>
    </message>
</context>
<context>
    <name>acmedesk::ResultPage</name>
    <message>
        <location filename="../ui/wizard/ResultPage.cpp" line="+13"/>
        <source>&amp;Issue a certificate now…</source>
        <translation>Jetzt ein &amp;Zertifikat ausstellen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account ready</source>
        <translation>Konto bereit</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Account URL:</source>
        <translation>Konto-URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration:</source>
        <translation>Registrierung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HMAC key:</source>
        <translation>HMAC-Schlüssel:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is registered and ready to use.</source>
        <translation>„%1“ ist registriert und einsatzbereit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CA already knew this account key; AcmeDesk recorded the existing account.</source>
        <translation>Die CA kannte diesen Kontoschlüssel bereits; AcmeDesk hat das bestehende Konto übernommen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new account was created.</source>
        <translation>Ein neues Konto wurde angelegt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in the keychain, so this Key ID can be registered again.</source>
        <translation>Im Schlüsselbund aufbewahrt, damit diese Key ID erneut registriert werden kann.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forgotten: it is no longer needed. The account key in your keychain is what signs in from now on.</source>
        <translation>Verworfen: Er wird nicht mehr gebraucht. Ab jetzt meldet sich AcmeDesk mit dem Kontoschlüssel aus Ihrem Schlüsselbund an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Or click Finish to see the account in the Accounts list.</source>
        <translation>Oder klicken Sie auf Fertigstellen, um das Konto in der Kontenliste zu sehen.</translation>
    </message>
</context>
<context>
    <name>acmedesk::RevokeDialog</name>
    <message>
        <location filename="../ui/RevokeDialog.cpp" line="+20"/>
        <source>Revoke certificate</source>
        <translation>Zertifikat widerrufen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Revoke the certificate for %1? The CA publishes that it is no longer valid; browsers and clients that check will refuse it. This cannot be undone.</source>
        <translation>Das Zertifikat für %1 widerrufen? Die CA veröffentlicht, dass es nicht mehr gültig ist; Browser und Clients, die dies prüfen, werden es ablehnen. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Subject:</source>
        <translation>Antragsteller:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names:</source>
        <translation>Namen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial:</source>
        <translation>Seriennummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a reason…</source>
        <translation>Grund auswählen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Re&amp;voke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Asking the CA…</source>
        <translation>CA wird angefragt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose why you revoke it to continue.</source>
        <translation>Wählen Sie einen Grund für den Widerruf aus, um fortzufahren.</translation>
    </message>
</context>
<context>
    <name>acmedesk::RunningJobs</name>
    <message>
        <location filename="../ui/issue/RunningJobs.cpp" line="+104"/>
        <source>Starting…</source>
        <translation>Startet…</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>DNS record published; asking the CA to check it…</source>
        <translation>DNS-Eintrag veröffentlicht; die CA wird gebeten, ihn zu prüfen…</translation>
    </message>
</context>
<context>
    <name>acmedesk::ScmAccountsDialog</name>
    <message>
        <location filename="../ui/ScmAccountsDialog.cpp" line="+24"/>
        <source>&amp;Register in AcmeDesk…</source>
        <translation>In AcmeDesk &amp;registrieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SCM ACME accounts</source>
        <translation>SCM-ACME-Konten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ACME accounts SCM listed at the last sync. Registering one takes its Key ID and HMAC key straight from SCM: nothing to copy, and the key is never shown. SCM hands the key out until a client registers with it.</source>
        <translation>Die ACME-Konten, die SCM bei der letzten Synchronisierung aufgeführt hat. Beim Registrieren kommen Key ID und HMAC-Schlüssel direkt aus SCM: Es gibt nichts zu kopieren, und der Schlüssel wird nie angezeigt. SCM gibt den Schlüssel heraus, bis sich ein Client damit registriert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ACME server</source>
        <translation>ACME-Server</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>EAB</source>
        <translation>EAB</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>available</source>
        <translation>verfügbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>used (ask SCM for a new one)</source>
        <translation>verbraucht (neues in SCM anfordern)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Select an account.</source>
        <translation>Wählen Sie ein Konto aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SCM no longer hands out this account&apos;s EAB: a client registered with it. Ask SCM for a new EAB.</source>
        <translation>SCM gibt das EAB dieses Kontos nicht mehr heraus: Ein Client hat sich damit registriert. Fordern Sie in SCM ein neues EAB an.</translation>
    </message>
</context>
<context>
    <name>acmedesk::ScmClient</name>
    <message>
        <location filename="../app/core/scm/ScmClient.cpp" line="+54"/>
        <source>SCM at %1 did not accept the API client &quot;%2&quot; (%3). Check the client ID and the client secret.</source>
        <translation>SCM unter %1 hat den API-Client „%2“ nicht angenommen (%3). Prüfen Sie die Client-ID und das Client-Secret.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SCM at %1 did not accept the login &quot;%2&quot; for the customer URI &quot;%3&quot; (%4). Check the login, the password and the customer URI (the part after /customer/ in SCM&apos;s address).</source>
        <translation>SCM unter %1 hat die Anmeldung „%2“ für die Kunden-URI „%3“ nicht angenommen (%4). Prüfen Sie Anmeldenamen, Passwort und Kunden-URI (den Teil nach /customer/ in der Adresse von SCM).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The SCM administrator &quot;%1&quot; may not read %2 (%3). Ask an MRAO administrator to give this login the role or the organizations it needs, or use another login.</source>
        <translation>Der SCM-Administrator „%1“ darf %2 nicht lesen (%3). Bitten Sie einen MRAO-Administrator, dieser Anmeldung die nötige Rolle oder die nötigen Organisationen zu geben, oder verwenden Sie eine andere Anmeldung.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SCM at %1 failed while AcmeDesk read %2 (%3). This is a problem on SCM&apos;s side: try again later, and contact Sectigo support if it persists.</source>
        <translation>SCM unter %1 ist beim Lesen von %2 gescheitert (%3). Das ist ein Problem auf Seiten von SCM: Versuchen Sie es später erneut und wenden Sie sich an den Sectigo-Support, wenn es bleibt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SCM at %1 refused to give %2 (%3). Check the SCM URL.</source>
        <translation>SCM unter %1 hat %2 verweigert (%3). Prüfen Sie die SCM-URL.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The SCM sync was cancelled; nothing was changed.</source>
        <translation>Die SCM-Synchronisierung wurde abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The SCM URL &quot;%1&quot; is not an https address. Enter it as in the browser, e.g. https://cert-manager.com</source>
        <translation>Die SCM-URL „%1“ ist keine https-Adresse. Geben Sie sie wie im Browser ein, z. B. https://cert-manager.com</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>SCM at %1 sent more than %2 MiB for %3; AcmeDesk stopped reading. Check the SCM URL.</source>
        <translation>SCM unter %1 hat mehr als %2 MiB für %3 gesendet; AcmeDesk hat das Lesen abgebrochen. Prüfen Sie die SCM-URL.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>SCM at %1 did not answer in time while AcmeDesk read %2. Check the network and try again.</source>
        <translation>SCM unter %1 hat beim Lesen von %2 nicht rechtzeitig geantwortet. Prüfen Sie das Netzwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not reach SCM at %1 (%2). Check the SCM URL, the network and any proxy or firewall in between.</source>
        <translation>SCM unter %1 war nicht erreichbar (%2). Prüfen Sie die SCM-URL, das Netzwerk und etwaige Proxys oder Firewalls dazwischen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SCM at %1 redirected the request for %2 elsewhere (HTTP %3). Enter the SCM URL without a path, e.g. https://cert-manager.com</source>
        <translation>SCM unter %1 hat die Anfrage nach %2 umgeleitet (HTTP %3). Geben Sie die SCM-URL ohne Pfad ein, z. B. https://cert-manager.com</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>SCM at %1 answered the request for %2 with something that is not JSON. Check the SCM URL.</source>
        <translation>SCM unter %1 hat die Anfrage nach %2 mit etwas beantwortet, das kein JSON ist. Prüfen Sie die SCM-URL.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>an access token</source>
        <translation>ein Zugriffstoken</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SCM&apos;s sign-in service gave no access token for the API client &quot;%1&quot;. Check the client ID and the client secret.</source>
        <translation>Der Anmeldedienst von SCM hat kein Zugriffstoken für den API-Client „%1“ ausgegeben. Prüfen Sie die Client-ID und das Client-Secret.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>SCM answered the request for %1 with something that is not a list. Check the SCM URL.</source>
        <translation>SCM hat die Anfrage nach %1 mit etwas beantwortet, das keine Liste ist. Prüfen Sie die SCM-URL.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>SCM says it has %1 entries of %2, more than AcmeDesk reads (%3).</source>
        <translation>SCM meldet %1 Einträge für %2, mehr als AcmeDesk liest (%3).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The list of %1 changed while AcmeDesk read it (a page came back empty). Try again.</source>
        <translation>Die Liste für %1 hat sich während des Lesens geändert (eine Seite kam leer zurück). Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>SCM did not send all %1 entries of %2. Try again.</source>
        <translation>SCM hat nicht alle %1 Einträge für %2 gesendet. Versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>acmedesk::ScmConnectDialog</name>
    <message>
        <location filename="../ui/ScmConnectDialog.cpp" line="+33"/>
        <source>Connect to SCM</source>
        <translation>Mit SCM verbinden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AcmeDesk reads organizations, departments, domains and ACME accounts with SCM&apos;s REST API. Use an SCM administrator login that may use the API. The password goes to the keychain only.</source>
        <translation>AcmeDesk liest Organisationen, Abteilungen, Domains und ACME-Konten über die REST-API von SCM. Verwenden Sie die Anmeldung eines SCM-Administrators, der die API nutzen darf. Das Passwort wird nur im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the part after /customer/ in SCM&apos;s address</source>
        <translation>der Teil nach /customer/ in der Adresse von SCM</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;More…</source>
        <translation>&amp;Mehr…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>only for an SCM with a private TLS certificate</source>
        <translation>nur für ein SCM mit privatem TLS-Zertifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Extra CA certificates (PEM):</source>
        <translation>Zusätzliche CA-Zertifikate (PEM):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SCM &amp;address:</source>
        <translation>SCM-&amp;Adresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ustomer URI:</source>
        <translation>&amp;Kunden-URI:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Login:</source>
        <translation>Anmelde&amp;name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Co&amp;nnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Extra CA certificates</source>
        <translation>Zusätzliche CA-Zertifikate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM files (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Enter SCM&apos;s address, e.g. https://cert-manager.com.</source>
        <translation>Geben Sie die Adresse von SCM ein, z. B. https://cert-manager.com.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SCM address: give an https address, e.g. https://cert-manager.com.</source>
        <translation>SCM-Adresse: Geben Sie eine https-Adresse an, z. B. https://cert-manager.com.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the customer URI: the part after /customer/ in SCM&apos;s address.</source>
        <translation>Geben Sie die Kunden-URI ein: den Teil nach /customer/ in der Adresse von SCM.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer URI: use the single word after /customer/, without slashes or spaces.</source>
        <translation>Kunden-URI: Verwenden Sie das einzelne Wort nach /customer/, ohne Schrägstriche oder Leerzeichen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the login of an SCM administrator.</source>
        <translation>Geben Sie den Anmeldenamen eines SCM-Administrators ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the password.</source>
        <translation>Geben Sie das Passwort ein.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Extra CA certificates: cannot read %1: %2</source>
        <translation>Zusätzliche CA-Zertifikate: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extra CA certificates: %1</source>
        <translation>Zusätzliche CA-Zertifikate: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking the login with SCM…</source>
        <translation>Anmeldung wird bei SCM geprüft…</translation>
    </message>
</context>
<context>
    <name>acmedesk::ScmDetailsBox</name>
    <message>
        <location filename="../ui/wizard/ScmDetailsBox.cpp" line="+18"/>
        <source>Open SCM lo&amp;gin page</source>
        <translation>SCM-Anmeldeseite ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. example-corp</source>
        <translation>z. B. example-corp</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SCM &amp;instance:</source>
        <translation>SCM-&amp;Instanz:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ustomer URI:</source>
        <translation>&amp;Customer URI:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Department:</source>
        <translation>A&amp;bteilung:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional: where you sign in to SCM, and the organization and department this ACME account belongs to. AcmeDesk keeps them with the account.</source>
        <translation>Optional: wo Sie sich bei SCM anmelden, und die Organisation und Abteilung, zu der dieses ACME-Konto gehört. AcmeDesk speichert sie mit dem Konto.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Enter the SCM instance and your customer URI first.</source>
        <translation>Geben Sie zuerst die SCM-Instanz und Ihre Customer URI ein.</translation>
    </message>
</context>
<context>
    <name>acmedesk::ScmSync</name>
    <message>
        <location filename="../app/core/jobs/ScmSync.cpp" line="+51"/>
        <source>The password of the SCM connection &quot;%1&quot; is not in the keychain (%2). Connect to SCM again to store it.</source>
        <translation>Das Passwort der SCM-Verbindung „%1“ ist nicht im Schlüsselbund (%2). Verbinden Sie sich erneut mit SCM, um es zu speichern.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The SCM sync was cancelled; nothing was changed.</source>
        <translation>Die SCM-Synchronisierung wurde abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the organizations</source>
        <translation>die Organisationen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>organizations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the domains delegated to %1</source>
        <translation>die an %1 delegierten Domains</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>delegations</source>
        <translation>Delegierungen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the domains</source>
        <translation>die Domains</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>domains</source>
        <translation>Domains</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the domain validations</source>
        <translation>die Domainvalidierungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>domain validations</source>
        <translation>Domainvalidierungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the ACME accounts</source>
        <translation>die ACME-Konten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ACME accounts</source>
        <translation>ACME-Konten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the ACME servers</source>
        <translation>die ACME-Server</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ACME servers</source>
        <translation>ACME-Server</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>the details of a domain</source>
        <translation>die Details einer Domain</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>domain details</source>
        <translation>Domaindetails</translation>
    </message>
</context>
<context>
    <name>acmedesk::ShellCommand</name>
    <message>
        <location filename="../app/core/util/ShellCommand.cpp" line="+98"/>
        <source>The command</source>
        <translation>Der Befehl</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is empty. Give the command to run.</source>
        <translation>%1 ist leer. Geben Sie den auszuführenden Befehl an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no time-out; it needs one.</source>
        <translation>%1 hat kein Zeitlimit, braucht aber eines.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1 timed out after %2 s and was stopped (with everything it started).</source>
        <translation>%1 hat nach %2 s das Zeitlimit überschritten und wurde beendet (samt allem, was von ihm gestartet wurde).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 crashed (no exit code).</source>
        <translation>%1 ist abgestürzt (kein Exit-Code).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 crashed (no exit code): %2</source>
        <translation>%1 ist abgestürzt (kein Exit-Code): %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was not found (exit code 127): &quot;%2&quot;. Check the command and its PATH.</source>
        <translation>%1 wurde nicht gefunden (Exit-Code 127): „%2“. Prüfen Sie den Befehl und den PATH.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 failed with exit code %2.</source>
        <translation>%1 ist mit Exit-Code %2 fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 failed with exit code %2: %3</source>
        <translation>%1 ist mit Exit-Code %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 could not be started: %2. Check that %3 exists and can be run.</source>
        <translation>%1 konnte nicht gestartet werden: %2. Prüfen Sie, ob %3 existiert und ausgeführt werden kann.</translation>
    </message>
</context>
<context>
    <name>acmedesk::TlsProbe</name>
    <message>
        <location filename="../app/core/inventory/TlsProbe.cpp" line="+43"/>
        <source>%1 accepted the connection but the TLS handshake failed (%2); check that the port serves TLS directly (not STARTTLS) and the server name.</source>
        <translation>%1 hat die Verbindung angenommen, aber der TLS-Handshake ist fehlgeschlagen (%2); prüfen Sie, ob der Port TLS direkt spricht (nicht STARTTLS), und den Servernamen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not connect to %1 (%2); check the host name, the port and that the server is reachable from here.</source>
        <translation>Keine Verbindung zu %1 (%2); prüfen Sie Hostnamen und Port und ob der Server von hier erreichbar ist.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1 did not complete a TLS handshake within %n second(s); check the host name, the port and the firewall.</source>
        <translation>
            <numerusform>%1 hat den TLS-Handshake nicht innerhalb von %n Sekunde abgeschlossen; prüfen Sie Hostnamen, Port und Firewall.</numerusform>
            <numerusform>%1 hat den TLS-Handshake nicht innerhalb von %n Sekunden abgeschlossen; prüfen Sie Hostnamen, Port und Firewall.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The check of %1 was cancelled.</source>
        <translation>Die Prüfung von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 served a certificate AcmeDesk cannot read: %2</source>
        <translation>%1 hat ein Zertifikat ausgeliefert, das AcmeDesk nicht lesen kann: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not record what %1 serves.</source>
        <translation>Es konnte nicht gespeichert werden, was %1 ausliefert.</translation>
    </message>
</context>
<context>
    <name>acmedesk::TrayNotifier</name>
    <message>
        <location filename="../ui/TrayNotifier.cpp" line="+28"/>
        <source>Show AcmeDesk</source>
        <translation>AcmeDesk anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message numerus="yes">
        <location line="+108"/>
        <source>Certificate expires in %n day(s)</source>
        <translation>
            <numerusform>Zertifikat läuft in %n Tag ab</numerusform>
            <numerusform>Zertifikat läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 expires on %2. Click to open it on the Dashboard.</source>
        <translation>%1 läuft am %2 ab. Klicken Sie, um es im Dashboard zu öffnen.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Domain validation expires in %n day(s)</source>
        <translation>
            <numerusform>Domain-Validierung läuft in %n Tag ab</numerusform>
            <numerusform>Domain-Validierung läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The DCV of %1 in SCM ends on %2. Click to open the domain.</source>
        <translation>Die Domain-Validierung von %1 in SCM endet am %2. Klicken Sie, um die Domain zu öffnen.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n item(s) expire soon</source>
        <translation>
            <numerusform>%n Element läuft bald ab</numerusform>
            <numerusform>%n Elemente laufen bald ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weiteres</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n certificate(s) expired</source>
        <translation>
            <numerusform>%n Zertifikat abgelaufen</numerusform>
            <numerusform>%n Zertifikate abgelaufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n certificate(s) expire within 30 days</source>
        <translation>
            <numerusform>%n Zertifikat läuft innerhalb von 30 Tagen ab</numerusform>
            <numerusform>%n Zertifikate laufen innerhalb von 30 Tagen ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n renewal(s) failed</source>
        <translation>
            <numerusform>%n Erneuerung fehlgeschlagen</numerusform>
            <numerusform>%n Erneuerungen fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n domain validation(s) expire within 30 days</source>
        <translation>
            <numerusform>%n Domain-Validierung läuft innerhalb von 30 Tagen ab</numerusform>
            <numerusform>%n Domain-Validierungen laufen innerhalb von 30 Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing needs attention.</source>
        <translation>Nichts erfordert Ihre Aufmerksamkeit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AcmeDesk</source>
        <translation>AcmeDesk</translation>
    </message>
</context>
<context>
    <name>acmedesk::UseOnServersDialog</name>
    <message>
        <location filename="../ui/UseOnServersDialog.cpp" line="+28"/>
        <source>&amp;Include the HMAC key</source>
        <translation>HMAC-Schlüssel &amp;aufnehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use &quot;%1&quot; on servers</source>
        <translation>&quot;%1&quot; auf Servern verwenden</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Include the HMAC key (not kept in the keychain for this account)</source>
        <translation>HMAC-Schlüssel aufnehmen (für dieses Konto nicht im Schlüsselbund behalten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The HMAC key was not kept in the keychain when this account was added; the text says where to paste it from SCM.</source>
        <translation>Der HMAC-Schlüssel wurde beim Hinzufügen dieses Kontos nicht im Schlüsselbund behalten; der Text sagt, wo Sie ihn aus SCM einfügen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Include the HMAC key?</source>
        <translation>HMAC-Schlüssel aufnehmen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anyone who gets this text can register ACME accounts with your EAB until SCM revokes it. Save it only where the server&apos;s administrators alone can read it, and delete it after use.

%1</source>
        <translation>Wer diesen Text erhält, kann mit Ihrem EAB ACME-Konten registrieren, bis SCM ihn widerruft. Speichern Sie ihn nur dort, wo allein die Administratoren des Servers ihn lesen können, und löschen Sie ihn nach Gebrauch.

%1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Reading the HMAC key from the keychain…</source>
        <translation>HMAC-Schlüssel wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The text below contains the HMAC key.</source>
        <translation>Der Text unten enthält den HMAC-Schlüssel.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save configuration</source>
        <translation>Konfiguration speichern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved to %1 (readable by you only).</source>
        <translation>In %1 gespeichert (nur für Sie lesbar).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Copied with the HMAC key; the clipboard is cleared in a minute.</source>
        <translation>Mit dem HMAC-Schlüssel kopiert; die Zwischenablage wird in einer Minute geleert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied; the clipboard is cleared in a minute.</source>
        <translation>Kopiert; die Zwischenablage wird in einer Minute geleert.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../app/cli/AccountAdd.cpp" line="+30"/>
        <source>Register an ACME account with External Account Binding and record it.</source>
        <translation>Ein ACME-Konto mit External Account Binding registrieren und speichern.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name that tells the account apart (unique).</source>
        <translation>Name, der das Konto unterscheidet (eindeutig).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CA&apos;s ACME directory URL.</source>
        <translation>Die ACME-Verzeichnis-URL der CA.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The EAB Key ID the CA shows.</source>
        <translation>Die EAB-Key-ID, die die CA anzeigt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The EAB HMAC key (visible in the process list until hidden).</source>
        <translation>Der EAB-HMAC-Schlüssel (in der Prozessliste sichtbar, bis er verborgen wird).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the HMAC key from FILE, or &apos;-&apos; for standard input (preferred).</source>
        <translation>Den HMAC-Schlüssel aus FILE lesen, oder &apos;-&apos; für die Standardeingabe (empfohlen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HMAC algorithm: HS256, HS384 or HS512.</source>
        <translation>HMAC-Algorithmus: HS256, HS384 oder HS512.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact e-mail address; repeat for more.</source>
        <translation>Kontakt-E-Mail-Adresse; für weitere Adressen wiederholen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account key type.</source>
        <translation>Typ des Kontoschlüssels.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extra CA certificates (PEM) trusted for this server only.</source>
        <translation>Zusätzliche CA-Zertifikate (PEM), denen nur für diesen Server vertraut wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept the CA&apos;s terms of service.</source>
        <translation>Die Nutzungsbedingungen der CA akzeptieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the HMAC key in the keychain after registering.</source>
        <translation>Den HMAC-Schlüssel nach der Registrierung im Schlüsselbund aufbewahren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow an http:// server URL (a local test CA).</source>
        <translation>Eine http://-Server-URL erlauben (eine lokale Test-CA).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take the server, Key ID and HMAC key of SCM&apos;s ACME account ID (see &apos;acmedesk-cli scm accounts&apos;); the key goes from SCM to the keychain.</source>
        <translation>Server, Key ID und HMAC-Schlüssel vom ACME-Konto ID in SCM übernehmen (siehe &apos;acmedesk-cli scm accounts&apos;); der Schlüssel geht direkt von SCM in den Schlüsselbund.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>account add: --from-scm takes the server, Key ID and HMAC key from SCM; leave out --%1.</source>
        <translation>account add: --from-scm übernimmt Server, Key ID und HMAC-Schlüssel aus SCM; lassen Sie --%1 weg.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>account add: --%1 is required.</source>
        <translation>account add: --%1 ist erforderlich.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>account add: give exactly one of --eab-hmac-key or --eab-hmac-key-file.</source>
        <translation>account add: Geben Sie genau eine der Optionen --eab-hmac-key und --eab-hmac-key-file an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../app/cli/AccountRollover.cpp" line="+40"/>
        <location filename="../app/cli/Issue.cpp" line="+140"/>
        <source>--key-type: &quot;%1&quot; is not one of %2.</source>
        <translation>--key-type: „%1“ ist keiner von %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--eab-alg: &quot;%1&quot; is not one of HS256, HS384, HS512.</source>
        <translation>--eab-alg: „%1“ ist keiner von HS256, HS384, HS512.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../app/cli/ScmConnect.cpp" line="+64"/>
        <source>--ca-bundle: cannot read %1: %2</source>
        <translation>--ca-bundle: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--from-scm: &quot;%1&quot; is not the id of an SCM ACME account; &apos;acmedesk-cli scm accounts&apos; lists them.</source>
        <translation>--from-scm: „%1“ ist keine ID eines ACME-Kontos in SCM; &apos;acmedesk-cli scm accounts&apos; listet sie auf.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>&apos;acmedesk-cli scm accounts&apos; lists them.</source>
        <translation>&apos;acmedesk-cli scm accounts&apos; listet sie auf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run &apos;acmedesk-cli domains sync&apos;, or give --server.</source>
        <translation>Führen Sie &apos;acmedesk-cli domains sync&apos; aus oder geben Sie --server an.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add --agree-tos to accept them.</source>
        <translation>Geben Sie --agree-tos an, um sie zu akzeptieren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Account &quot;%1&quot; already existed at the CA for this key: %2</source>
        <translation>Das Konto „%1“ existierte für diesen Schlüssel bereits bei der CA: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registered account &quot;%1&quot;: %2</source>
        <translation>Konto „%1“ registriert: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountDeactivate.cpp" line="+16"/>
        <source>Deactivate the account at the CA (it cannot be used again there).</source>
        <translation>Das Konto bei der CA deaktivieren (dort kann es danach nicht mehr verwendet werden).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli/AccountExport.cpp" line="+52"/>
        <location filename="../app/cli/AccountProfiles.cpp" line="+35"/>
        <location filename="../app/cli/AccountRemove.cpp" line="+35"/>
        <location filename="../app/cli/AccountRollover.cpp" line="-7"/>
        <location filename="../app/cli/AccountShow.cpp" line="+24"/>
        <source>give one account name.</source>
        <translation>Geben Sie einen Kontonamen an.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Account &quot;%1&quot; is now %2.</source>
        <translation>Das Konto „%1“ ist jetzt %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountList.cpp" line="+19"/>
        <source>List the accounts: name, status, key type, server, account URL.</source>
        <translation>Die Konten auflisten: Name, Status, Schlüsseltyp, Server, Konto-URL.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli/CertsList.cpp" line="+74"/>
        <location filename="../app/cli/DomainsList.cpp" line="+25"/>
        <location filename="../app/cli/OrdersList.cpp" line="+24"/>
        <location filename="../app/cli/ScmAccounts.cpp" line="+24"/>
        <source>Print a JSON array with every field.</source>
        <translation>Ein JSON-Array mit allen Feldern ausgeben.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No accounts yet. Add one with &apos;acmedesk-cli account add&apos; or the AcmeDesk window.</source>
        <translation>Noch keine Konten. Fügen Sie eines mit &apos;acmedesk-cli account add&apos; oder im AcmeDesk-Fenster hinzu.</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountRemove.cpp" line="-19"/>
        <source>Remove an account from AcmeDesk with its keys (not at the CA).</source>
        <translation>Ein Konto samt seinen Schlüsseln aus AcmeDesk entfernen (nicht bei der CA).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove it even while orders of it are unfinished (they are forgotten).</source>
        <translation>Auch entfernen, wenn Aufträge des Kontos noch unerledigt sind (sie werden verworfen).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Removes the account row, its orders and their certificate keys (unless a certificate uses the key), the account key and the kept HMAC key from the keychain; the activity log stays. The account is NOT deactivated at the CA: run &apos;acmedesk-cli account deactivate NAME&apos; first if it should end there too. Also clears an account whose registration was interrupted.</source>
        <translation>Entfernt den Kontoeintrag und seine Aufträge sowie aus dem Schlüsselbund deren Zertifikatsschlüssel (sofern kein Zertifikat den Schlüssel verwendet), den Kontoschlüssel und den aufbewahrten HMAC-Schlüssel; das Aktivitätsprotokoll bleibt erhalten. Das Konto wird bei der CA NICHT deaktiviert: Führen Sie zuerst &apos;acmedesk-cli account deactivate NAME&apos; aus, wenn es auch dort enden soll. Entfernt auch ein Konto, dessen Registrierung unterbrochen wurde.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Forget them first (&apos;acmedesk-cli orders forget ID&apos;) or add --force.</source>
        <translation>Verwerfen Sie sie zuerst (&apos;acmedesk-cli orders forget ID&apos;) oder geben Sie --force an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removed account &quot;%1&quot; (its registration had not completed).</source>
        <translation>Konto „%1“ entfernt (seine Registrierung war nicht abgeschlossen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed account &quot;%1&quot; from AcmeDesk. It still exists at the CA (%2) unless you deactivated it.</source>
        <translation>Konto „%1“ aus AcmeDesk entfernt. Bei der CA besteht es weiter (%2), sofern Sie es nicht deaktiviert haben.</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountRollover.cpp" line="-17"/>
        <source>Replace the account key at the CA with a new one (RFC 8555 keyChange).</source>
        <translation>Den Kontoschlüssel bei der CA durch einen neuen ersetzen (RFC 8555 keyChange).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type of the new key (default: the account&apos;s current type).</source>
        <translation>Typ des neuen Schlüssels (Standard: der bisherige Typ des Kontos).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The new key is saved in the keychain before the CA hears of it; if the change is interrupted, the next command that uses the account asks the CA which key it knows and keeps that one.</source>
        <translation>Der neue Schlüssel wird im Schlüsselbund gespeichert, bevor die CA davon erfährt; wird der Wechsel unterbrochen, fragt der nächste Befehl, der das Konto verwendet, die CA, welchen Schlüssel sie kennt, und behält diesen.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Account &quot;%1&quot; now uses a new %2 key.</source>
        <translation>Das Konto „%1“ verwendet jetzt einen neuen %2-Schlüssel.</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountShow.cpp" line="-7"/>
        <source>Show every field of one account.</source>
        <translation>Alle Felder eines Kontos anzeigen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print a JSON object.</source>
        <translation>Ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="+79"/>
        <source>Key types: %1 (default ec-p256).</source>
        <translation>Schlüsseltypen: %1 (Standard: ec-p256).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The data folder is --data-dir, else $ACMEDESK_DATA_DIR, else the user&apos;s application data folder.
Exit codes: 0 success, 1 failure (one line on stderr), 2 usage error.</source>
        <translation>Der Datenordner ist --data-dir, sonst $ACMEDESK_DATA_DIR, sonst der Anwendungsdatenordner des Benutzers.
Exit-Codes: 0 Erfolg, 1 Fehler (eine Zeile auf stderr), 2 Aufruffehler.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Usage: acmedesk-cli [--data-dir DIR] &lt;command&gt; [options]
       acmedesk-cli --help | --version

Commands:
</source>
        <translation>Aufruf: acmedesk-cli [--data-dir DIR] &lt;Befehl&gt; [Optionen]
        acmedesk-cli --help | --version

Befehle:
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Run &apos;acmedesk-cli &lt;command&gt; --help&apos; for the options of a command, e.g. &apos;acmedesk-cli issue --help&apos;.
Prefer --eab-hmac-key-file (or &apos;-&apos; for standard input): a key given on the command line can be seen by other users in the process list until AcmeDesk hides it.
</source>
        <translation>Die Optionen eines Befehls zeigt &apos;acmedesk-cli &lt;Befehl&gt; --help&apos;, z. B. &apos;acmedesk-cli issue --help&apos;.
Verwenden Sie besser --eab-hmac-key-file (oder &apos;-&apos; für die Standardeingabe): Einen auf der Befehlszeile angegebenen Schlüssel können andere Benutzer in der Prozessliste sehen, bis AcmeDesk ihn verbirgt.
</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Usage: acmedesk-cli [--data-dir DIR] %1</source>
        <translation>Aufruf: acmedesk-cli [--data-dir DIR] %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(default: %1)</source>
        <translation>(Standard: %1)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>--data-dir needs a folder.</source>
        <translation>--data-dir braucht einen Ordner.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown option &quot;%1&quot;.</source>
        <translation>Unbekannte Option „%1“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: give one of %2.</source>
        <translation>%1: geben Sie eines von %2 an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: unknown command &quot;%2&quot;.</source>
        <translation>%1: Unbekannter Befehl „%2“.</translation>
    </message>
    <message>
        <location filename="../app/cli/CliSupport.cpp" line="+42"/>
        <source>Run &apos;acmedesk-cli account add&apos; again with the same --name, or &apos;acmedesk-cli account remove NAME&apos;.</source>
        <translation>Führen Sie &apos;acmedesk-cli account add&apos; erneut mit demselben --name aus, oder &apos;acmedesk-cli account remove NAME&apos;.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>
Try &apos;%1&apos;.</source>
        <translation>
Siehe &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Or pass --data-dir.</source>
        <translation>Oder geben Sie --data-dir an.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Account &quot;%1&quot;: an interrupted key change had reached the CA; the new key is in use now.</source>
        <translation>Konto „%1“: Ein unterbrochener Schlüsselwechsel hatte die CA erreicht; jetzt wird der neue Schlüssel verwendet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Account &quot;%1&quot;: an interrupted key change had not reached the CA; the old key stays.</source>
        <translation>Konto „%1“: Ein unterbrochener Schlüsselwechsel hatte die CA nicht erreicht; der alte Schlüssel bleibt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Account &quot;%1&quot;: the CA could not be asked whether an interrupted key change reached it; AcmeDesk asks again next time.</source>
        <translation>Konto &quot;%1&quot;: Die CA konnte nicht gefragt werden, ob ein unterbrochener Schlüsselwechsel sie erreicht hat; AcmeDesk fragt beim nächsten Mal erneut.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No account named &quot;%1&quot;; &apos;acmedesk-cli account list&apos; shows the names.</source>
        <translation>Kein Konto namens „%1“; &apos;acmedesk-cli account list&apos; zeigt die Namen.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 holds more than %2 KiB; give a file with only the secret in it.</source>
        <translation>%1 enthält mehr als %2 KiB; geben Sie eine Datei an, die nur das Geheimnis enthält.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1: unexpected argument &quot;%2&quot;.</source>
        <translation>%1: Unerwartetes Argument „%2“.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Run &apos;acmedesk-cli scm connect&apos; again with the right login, password and customer URI.</source>
        <translation>Führen Sie &apos;acmedesk-cli scm connect&apos; erneut mit dem richtigen Anmeldenamen, Passwort und der richtigen Kunden-URI aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Or connect with another login: &apos;acmedesk-cli scm connect&apos;.</source>
        <translation>Oder verbinden Sie sich mit einer anderen Anmeldung: &apos;acmedesk-cli scm connect&apos;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No SCM connection is stored yet. Add one with &apos;acmedesk-cli scm connect --url URL --customer-uri U --login L --password-file -&apos;.</source>
        <translation>Es ist noch keine SCM-Verbindung gespeichert. Legen Sie eine an mit &apos;acmedesk-cli scm connect --url URL --customer-uri U --login L --password-file -&apos;.</translation>
    </message>
    <message>
        <location filename="../app/cli/Issue.cpp" line="-125"/>
        <source>The certificate is issued and waits in order %1: fix the folder and run &apos;acmedesk-cli orders resume %1&apos;, or write the files elsewhere with &apos;acmedesk-cli orders resume %1 --out DIR&apos;.</source>
        <translation>Das Zertifikat ist ausgestellt und wartet in Auftrag %1: Beheben Sie das Problem mit dem Ordner und führen Sie &apos;acmedesk-cli orders resume %1&apos; aus, oder schreiben Sie die Dateien mit &apos;acmedesk-cli orders resume %1 --out DIR&apos; an einen anderen Ort.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run &apos;acmedesk-cli orders resume %1&apos; later.</source>
        <translation>Führen Sie später &apos;acmedesk-cli orders resume %1&apos; aus.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--reuse-key: there is no earlier certificate for exactly these names with this account; request it once without --reuse-key.</source>
        <translation>--reuse-key: Es gibt kein früheres Zertifikat für genau diese Namen mit diesem Konto; beantragen Sie es einmal ohne --reuse-key.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give it with --dns-hook.</source>
        <translation>Geben Sie ihn mit --dns-hook an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use --http-port, --http-address or --webroot.</source>
        <translation>Verwenden Sie --http-port, --http-address oder --webroot.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;acmedesk-cli account profiles NAME&apos; lists the profiles; give one with --profile.</source>
        <translation>&apos;acmedesk-cli account profiles NAME&apos; listet die Profile auf; geben Sie eines mit --profile an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave out --profile.</source>
        <translation>Lassen Sie --profile weg.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;acmedesk-cli domains list&apos; shows each domain&apos;s delegations (after &apos;acmedesk-cli domains sync&apos;).</source>
        <translation>&apos;acmedesk-cli domains list&apos; zeigt die Delegierungen jeder Domain (nach &apos;acmedesk-cli domains sync&apos;).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Request a certificate and write its PEM files (and a PFX).</source>
        <translation>Ein Zertifikat beantragen und seine PEM-Dateien (und eine PFX-Datei) schreiben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name of the account to order with.</source>
        <translation>Name des Kontos, mit dem beantragt wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A name for the certificate; repeat for more (wildcards need dns-01).</source>
        <translation>Ein Name für das Zertifikat; für weitere Namen wiederholen (Wildcards brauchen dns-01).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate key type.</source>
        <translation>Typ des Zertifikatsschlüssels.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reuse the key of the latest certificate for the same names.</source>
        <translation>Den Schlüssel des neuesten Zertifikats für dieselben Namen wiederverwenden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>auto, http-01 or dns-01.</source>
        <translation>auto, http-01 oder dns-01.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address the built-in http-01 listener binds (default: all).</source>
        <translation>Adresse, an die sich der eingebaute http-01-Listener bindet (Standard: alle).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port of the built-in http-01 listener.</source>
        <translation>Port des eingebauten http-01-Listeners.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer http-01 through files in the folder your web server serves.</source>
        <translation>http-01 über Dateien in dem Ordner beantworten, den Ihr Webserver ausliefert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Command that adds and removes the dns-01 TXT record.</source>
        <translation>Befehl, der den dns-01-TXT-Eintrag anlegt und entfernt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prefer the chain whose top certificate has this issuer CN.</source>
        <translation>Die Kette bevorzugen, deren oberstes Zertifikat diesen Aussteller-CN hat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder for the files (default: &lt;data dir&gt;/certificates/&lt;first name&gt;).</source>
        <translation>Ordner für die Dateien (Standard: &lt;Datenordner&gt;/certificates/&lt;erster Name&gt;).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also write a PKCS#12 file of this name.</source>
        <translation>Zusätzlich eine PKCS#12-Datei mit diesem Namen schreiben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File (or &apos;-&apos; for standard input) with the PFX password.</source>
        <translation>Datei (oder &apos;-&apos; für die Standardeingabe) mit dem PFX-Passwort.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encrypt the PFX with 3DES for old Windows servers.</source>
        <translation>Die PFX-Datei für alte Windows-Server mit 3DES verschlüsseln.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command run after the files are written.</source>
        <translation>Befehl, der ausgeführt wird, nachdem die Dateien geschrieben sind.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop the deploy command after this many seconds.</source>
        <translation>Den Deploy-Befehl nach so vielen Sekunden beenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How long to wait for a slow CA before the order pauses.</source>
        <translation>Wie lange auf eine langsame CA gewartet wird, bevor der Auftrag angehalten wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CA&apos;s certificate profile to order (see &apos;account profiles&apos;; default: the CA&apos;s own).</source>
        <translation>Das Zertifikatsprofil der CA, das bestellt wird (siehe &apos;account profiles&apos;; Standard: das der CA).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The dns-01 hook runs with ACMEDESK_PHASE=add|remove, ACMEDESK_DOMAIN, ACMEDESK_TXT_NAME and ACMEDESK_TXT_VALUE; the deploy hook with ACMEDESK_CERT, ACMEDESK_CHAIN, ACMEDESK_FULLCHAIN, ACMEDESK_KEY, ACMEDESK_PFX, ACMEDESK_FOLDER and ACMEDESK_DOMAINS. A paused order continues with &apos;acmedesk-cli orders resume&apos;.</source>
        <translation>Der dns-01-Hook läuft mit ACMEDESK_PHASE=add|remove, ACMEDESK_DOMAIN, ACMEDESK_TXT_NAME und ACMEDESK_TXT_VALUE, der Deploy-Befehl mit ACMEDESK_CERT, ACMEDESK_CHAIN, ACMEDESK_FULLCHAIN, ACMEDESK_KEY, ACMEDESK_PFX, ACMEDESK_FOLDER und ACMEDESK_DOMAINS. Ein angehaltener Auftrag wird mit &apos;acmedesk-cli orders resume&apos; fortgesetzt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>issue: --account is required.</source>
        <translation>issue: --account ist erforderlich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>issue: give at least one -d NAME.</source>
        <translation>issue: Geben Sie mindestens ein -d NAME an.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--challenge: &quot;%1&quot; is not auto, http-01 or dns-01.</source>
        <translation>--challenge: „%1“ ist weder auto noch http-01 noch dns-01.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--http-port: &quot;%1&quot; is not a port number (1-65535).</source>
        <translation>--http-port: „%1“ ist keine Portnummer (1–65535).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--deadline-hours: give a whole number of hours, at least 1.</source>
        <translation>--deadline-hours: Geben Sie eine ganze Zahl von Stunden an, mindestens 1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--hook-timeout: give a whole number of seconds, at least 1.</source>
        <translation>--hook-timeout: Geben Sie eine ganze Zahl von Sekunden an, mindestens 1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>issue: --pfx and --pfx-password-file go together.</source>
        <translation>issue: --pfx und --pfx-password-file gehören zusammen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--webroot: %1 is not a folder; give the folder your web server serves.</source>
        <translation>--webroot: %1 ist kein Ordner; geben Sie den Ordner an, den Ihr Webserver ausliefert.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>--pfx-password-file: the file is empty; put the PFX password in it.</source>
        <translation>--pfx-password-file: Die Datei ist leer; schreiben Sie das PFX-Passwort hinein.</translation>
    </message>
    <message>
        <location filename="../app/cli/OrdersForget.cpp" line="+16"/>
        <source>Abandon an unfinished order and remove its certificate key.</source>
        <translation>Einen unerledigten Auftrag aufgeben und seinen Zertifikatsschlüssel entfernen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ACME has no way to cancel an order: it expires at the CA by itself. AcmeDesk removes the order&apos;s certificate key from the keychain (unless a certificate uses the same key, e.g. with --reuse-key) and its PFX password, and marks it forgotten; &apos;orders list&apos; no longer shows it (see --all there). Stop a running order first.</source>
        <translation>ACME bietet keine Möglichkeit, einen Auftrag zu stornieren: Er läuft bei der CA von selbst ab. AcmeDesk entfernt den Zertifikatsschlüssel des Auftrags (sofern kein Zertifikat denselben Schlüssel verwendet, z. B. mit --reuse-key) und sein PFX-Passwort aus dem Schlüsselbund und markiert ihn als verworfen; &apos;orders list&apos; zeigt ihn nicht mehr an (siehe dort --all). Halten Sie einen laufenden Auftrag zuerst an.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give one order id.</source>
        <translation>Geben Sie eine Auftragsnummer an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>orders forget: &quot;%1&quot; is not an order id.</source>
        <translation>orders forget: „%1“ ist keine Auftragsnummer.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;acmedesk-cli orders list&apos; lists the orders.</source>
        <translation>&apos;acmedesk-cli orders list&apos; listet die Aufträge auf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Order %1 is forgotten; its certificate key was removed from the keychain. It expires at the CA by itself.</source>
        <translation>Auftrag %1 ist verworfen; sein Zertifikatsschlüssel wurde aus dem Schlüsselbund entfernt. Er läuft bei der CA von selbst ab.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order %1 is forgotten; its certificate key stays because a certificate uses it. It expires at the CA by itself.</source>
        <translation>Auftrag %1 ist verworfen; sein Zertifikatsschlüssel bleibt, weil ein Zertifikat ihn verwendet. Er läuft bei der CA von selbst ab.</translation>
    </message>
    <message>
        <location filename="../app/cli/OrdersList.cpp" line="-4"/>
        <source>List the orders, newest first: id, stage, names, URL, account.</source>
        <translation>Die Aufträge auflisten, neueste zuerst: ID, Phase, Namen, URL, Konto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Include forgotten orders.</source>
        <translation>Auch verworfene Aufträge anzeigen.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No orders yet. Request a certificate with &apos;acmedesk-cli issue&apos;.</source>
        <translation>Noch keine Aufträge. Beantragen Sie ein Zertifikat mit &apos;acmedesk-cli issue&apos;.</translation>
    </message>
    <message>
        <location filename="../app/cli/OrdersResume.cpp" line="+21"/>
        <source>Continue one unfinished order, or all of them one after the other.</source>
        <translation>Einen unerledigten Auftrag fortsetzen oder alle nacheinander.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write this order&apos;s files to DIR instead (its folder is unusable).</source>
        <translation>Die Dateien dieses Auftrags stattdessen nach DIR schreiben (sein Ordner ist unbrauchbar).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each order continues from its status on the server: it is never finalized twice and no second order is made while the first can still succeed. Prints the folder of each certificate written.</source>
        <translation>Jeder Auftrag wird ab seinem Status auf dem Server fortgesetzt: Er wird nie zweimal abgeschlossen, und es wird kein zweiter Auftrag angelegt, solange der erste noch gelingen kann. Gibt den Ordner jedes geschriebenen Zertifikats aus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>give at most one order id.</source>
        <translation>Geben Sie höchstens eine Auftragsnummer an.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>orders resume: --out needs the id of one order.</source>
        <translation>orders resume: --out braucht die Nummer eines Auftrags.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>orders resume: &quot;%1&quot; is not an order id.</source>
        <translation>orders resume: „%1“ ist keine Auftragsnummer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no order %1; &apos;acmedesk-cli orders list&apos; lists the orders.</source>
        <translation>Es gibt keinen Auftrag %1; &apos;acmedesk-cli orders list&apos; listet die Aufträge auf.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Order %1 was forgotten and cannot be resumed; request the certificate again with &apos;acmedesk-cli issue&apos;.</source>
        <translation>Auftrag %1 wurde verworfen und kann nicht fortgesetzt werden; beantragen Sie das Zertifikat erneut mit &apos;acmedesk-cli issue&apos;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order %1 is done already; its certificate was written.</source>
        <translation>Auftrag %1 ist bereits erledigt; sein Zertifikat wurde geschrieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order %1 has ended (failed): %2</source>
        <translation>Auftrag %1 ist beendet (fehlgeschlagen): %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No unfinished orders.</source>
        <translation>Keine unerledigten Aufträge.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>order %1: %2</source>
        <translation>Auftrag %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/DomainsSync.cpp" line="+19"/>
        <source>Read organizations, departments, domains, DCV state and ACME accounts from every stored SCM connection.</source>
        <translation>Organisationen, Abteilungen, Domains, DCV-Status und ACME-Konten aus jeder gespeicherten SCM-Verbindung lesen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A sync that fails or is interrupted keeps the data of the previous one.</source>
        <translation>Eine fehlgeschlagene oder unterbrochene Synchronisierung behält die Daten der vorigen.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: %2 of %3 read (%4)</source>
        <translation>%1: %2 von %3 gelesen (%4)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: %2 organizations, %3 departments, %4 domains, %5 ACME accounts (%6 requests).</source>
        <translation>%1: %2 Organisationen, %3 Abteilungen, %4 Domains, %5 ACME-Konten (%6 Anfragen).</translation>
    </message>
    <message>
        <location filename="../app/cli/ScmAccounts.cpp" line="-5"/>
        <source>List SCM&apos;s ACME accounts (asked from SCM now): id, name, ACME server, Key ID, whether the EAB is still available.</source>
        <translation>Die ACME-Konten von SCM auflisten (jetzt bei SCM abgefragt): ID, Name, ACME-Server, Key ID, ob die EAB noch verfügbar ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The HMAC key is never shown.</source>
        <translation>Der HMAC-Schlüssel wird nie angezeigt.</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountAdd.cpp" line="-21"/>
        <location filename="../app/cli/ScmAccounts.cpp" line="+17"/>
        <source>Run &apos;acmedesk-cli scm connect&apos; again.</source>
        <translation>Führen Sie &apos;acmedesk-cli scm connect&apos; erneut aus.</translation>
    </message>
    <message>
        <location filename="../app/cli/ScmAccounts.cpp" line="+3"/>
        <source>the ACME accounts</source>
        <translation>die ACME-Konten</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>EAB available</source>
        <translation>EAB verfügbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EAB used</source>
        <translation>EAB verbraucht</translation>
    </message>
    <message>
        <location filename="../app/cli/ScmConnect.cpp" line="-41"/>
        <source>Store an SCM connection after checking its login; the password goes to the keychain.</source>
        <translation>Eine SCM-Verbindung nach Prüfung der Anmeldung speichern; das Passwort kommt in den Schlüsselbund.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SCM&apos;s address, e.g. https://cert-manager.com.</source>
        <translation>Die Adresse von SCM, z. B. https://cert-manager.com.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customer URI (the part after /customer/ in SCM&apos;s address).</source>
        <translation>Die Kunden-URI (der Teil nach /customer/ in der Adresse von SCM).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SCM administrator&apos;s login.</source>
        <translation>Der Anmeldename des SCM-Administrators.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A file with the password, or - for standard input.</source>
        <translation>Eine Datei mit dem Passwort, oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extra CA certificates (PEM) trusted for this SCM only.</source>
        <translation>Zusätzliche CA-Zertifikate (PEM), denen nur für dieses SCM vertraut wird.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--%1 is required.</source>
        <translation>--%1 ist erforderlich.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--url: give SCM&apos;s https address, e.g. https://cert-manager.com.</source>
        <translation>--url: Geben Sie die https-Adresse von SCM an, z. B. https://cert-manager.com.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--password-file: the password is empty.</source>
        <translation>--password-file: Das Passwort ist leer.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Connected to SCM %1 as %2 (connection %3). Run &apos;acmedesk-cli domains sync&apos; to read its domains.</source>
        <translation>Mit SCM %1 als %2 verbunden (Verbindung %3). Führen Sie &apos;acmedesk-cli domains sync&apos; aus, um die Domains zu lesen.</translation>
    </message>
    <message>
        <location filename="../app/cli/Doctor.cpp" line="+21"/>
        <source>--fix removes it from the keychain.</source>
        <translation>--fix entfernt ihn aus dem Schlüsselbund.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed.</source>
        <translation>Entfernt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not removed: the keychain refused; run doctor again.</source>
        <translation>Nicht entfernt: Der Schlüsselbund hat abgelehnt; führen Sie doctor erneut aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left alone; run doctor again later.</source>
        <translation>Unverändert gelassen; führen Sie doctor später erneut aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--fix leaves it alone; run doctor again later.</source>
        <translation>--fix lässt ihn unverändert; führen Sie doctor später erneut aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that the keychain is unlocked and run doctor again.</source>
        <translation>Prüfen Sie, ob der Schlüsselbund entsperrt ist, und führen Sie doctor erneut aus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--fix settles the key change; the old key stays.</source>
        <translation>--fix schließt den Schlüsselwechsel ab; der alte Schlüssel bleibt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settled; the old key stays.</source>
        <translation>Abgeschlossen; der alte Schlüssel bleibt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not settled; run doctor again.</source>
        <translation>Nicht abgeschlossen; führen Sie doctor erneut aus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--fix records that it is no longer kept; registering the account again then needs the HMAC key again.</source>
        <translation>--fix vermerkt, dass er nicht mehr aufbewahrt wird; eine erneute Registrierung des Kontos braucht dann den HMAC-Schlüssel wieder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded as no longer kept.</source>
        <translation>Als nicht mehr aufbewahrt vermerkt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not be recorded; run doctor again.</source>
        <translation>Konnte nicht vermerkt werden; führen Sie doctor erneut aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A key cannot be brought back: remove the account (&apos;acmedesk-cli account remove &quot;%1&quot;&apos;) and add it again with its EAB values.</source>
        <translation>Ein Schlüssel lässt sich nicht zurückholen: Entfernen Sie das Konto (&apos;acmedesk-cli account remove &quot;%1&quot;&apos;) und fügen Sie es mit seinen EAB-Werten erneut hinzu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A password cannot be brought back: connect again with &apos;acmedesk-cli scm connect&apos; and the connection&apos;s login.</source>
        <translation>Ein Passwort lässt sich nicht zurückholen: Verbinden Sie sich mit &apos;acmedesk-cli scm connect&apos; und der Anmeldung der Verbindung erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A password cannot be brought back: forget the order (&apos;acmedesk-cli orders forget %1&apos;) and request the certificate again with --pfx.</source>
        <translation>Ein Passwort lässt sich nicht zurückholen: Verwerfen Sie den Auftrag (&apos;acmedesk-cli orders forget %1&apos;) und fordern Sie das Zertifikat mit --pfx erneut an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--fix forgets the order; request the certificate again with &apos;acmedesk-cli issue&apos;.</source>
        <translation>--fix verwirft den Auftrag; fordern Sie das Zertifikat mit &apos;acmedesk-cli issue&apos; erneut an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forgotten; request the certificate again with &apos;acmedesk-cli issue&apos;.</source>
        <translation>Verworfen; fordern Sie das Zertifikat mit &apos;acmedesk-cli issue&apos; erneut an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not forgotten; run doctor again.</source>
        <translation>Nicht verworfen; führen Sie doctor erneut aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--fix stops the certificate naming the key; --reuse-key then needs a new certificate for these names first.</source>
        <translation>--fix entfernt den Verweis des Zertifikats auf den Schlüssel; --reuse-key braucht dann zuerst ein neues Zertifikat für diese Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate no longer names it.</source>
        <translation>Das Zertifikat verweist nicht mehr darauf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not changed; run doctor again.</source>
        <translation>Nicht geändert; führen Sie doctor erneut aus.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Check that the keychain holds exactly what the database references.</source>
        <translation>Prüfen, dass der Schlüsselbund genau das enthält, worauf die Datenbank verweist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove leftovers and clean up what can safely be cleaned up.</source>
        <translation>Überbleibsel entfernen und bereinigen, was sich gefahrlos bereinigen lässt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checks that the keychain works, then prints one line per mismatch: entries AcmeDesk wrote that nothing in the database refers to any more (left by a crash, a kill or an interrupted keychain check), and entries the database refers to that are not in the keychain, each with what it means and what --fix does. Leftovers written in the last minutes are left alone: another AcmeDesk may be using them. AcmeDesk also removes older leftovers by itself whenever it starts with a working keychain.
Exit codes here: 0 nothing (or, with --fix, nothing any more) to report, 1 mismatches remain or the keychain does not work.</source>
        <translation>Prüft, ob der Schlüsselbund funktioniert, und gibt dann je Abweichung eine Zeile aus: Einträge, die AcmeDesk geschrieben hat und auf die nichts in der Datenbank mehr verweist (übrig nach einem Absturz, einem Abbruch oder einer unterbrochenen Prüfung des Schlüsselbunds), und Einträge, auf die die Datenbank verweist, die aber nicht im Schlüsselbund sind – jeweils mit ihrer Bedeutung und dem, was --fix tut. Überbleibsel aus den letzten Minuten bleiben unverändert: Ein anderes AcmeDesk könnte sie gerade verwenden. Ältere Überbleibsel entfernt AcmeDesk auch selbst, sobald es mit einem funktionierenden Schlüsselbund startet.
Exit-Codes hier: 0 nichts (oder, mit --fix, nichts mehr) zu melden, 1 es bleiben Abweichungen oder der Schlüsselbund funktioniert nicht.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Run &apos;acmedesk-cli doctor&apos; again once it works.</source>
        <translation>Führen Sie &apos;acmedesk-cli doctor&apos; erneut aus, sobald er funktioniert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keychain: %1</source>
        <translation>Schlüsselbund: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The keychain holds exactly what the database references.</source>
        <translation>Der Schlüsselbund enthält genau das, worauf die Datenbank verweist.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n mismatch(es); &apos;acmedesk-cli doctor --fix&apos; does what the lines above say.</source>
        <translation>
            <numerusform>%n Abweichung; &apos;acmedesk-cli doctor --fix&apos; tut, was in den Zeilen oben steht.</numerusform>
            <numerusform>%n Abweichungen; &apos;acmedesk-cli doctor --fix&apos; tut, was in den Zeilen oben steht.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>All fixed: the keychain holds exactly what the database references.</source>
        <translation>Alles behoben: Der Schlüsselbund enthält genau das, worauf die Datenbank verweist.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n mismatch(es) left.</source>
        <translation>
            <numerusform>%n Abweichung bleibt.</numerusform>
            <numerusform>%n Abweichungen bleiben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/AccountExport.cpp" line="-27"/>
        <source>Print the account&apos;s EAB values as configuration for another ACME client (cert-manager, certbot, lego, acme.sh, Caddy, win-acme).</source>
        <translation>Die EAB-Werte des Kontos als Konfiguration für einen anderen ACME-Client ausgeben (cert-manager, certbot, lego, acme.sh, Caddy, win-acme).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One of %1.</source>
        <translation>Eines von %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include the HMAC key kept in the keychain (needs --out).</source>
        <translation>Den im Schlüsselbund behaltenen HMAC-Schlüssel aufnehmen (braucht --out).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write to FILE (created readable by you only) instead of standard output.</source>
        <translation>In FILE schreiben (nur für Sie lesbar angelegt) statt auf die Standardausgabe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Without --include-hmac the text has %1 where the HMAC key goes. The key can be included only if the account kept it (&apos;account add --keep-hmac&apos;); it is then written only to --out, never to the terminal.</source>
        <translation>Ohne --include-hmac steht im Text %1, wo der HMAC-Schlüssel hingehört. Der Schlüssel kann nur aufgenommen werden, wenn das Konto ihn behalten hat (&apos;account add --keep-hmac&apos;); er wird dann nur in --out geschrieben, nie ins Terminal.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--format is required: one of %1.</source>
        <translation>--format ist erforderlich: eines von %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--format: &quot;%1&quot; is not one of %2.</source>
        <translation>--format: &quot;%1&quot; ist keines von %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--include-hmac writes the HMAC key, which must not land in a terminal&apos;s scrollback or a log: add --out FILE (created readable by you only).</source>
        <translation>--include-hmac schreibt den HMAC-Schlüssel, der nicht im Verlauf eines Terminals oder in einem Protokoll landen darf: Geben Sie --out FILE an (nur für Sie lesbar angelegt).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Export without --include-hmac and paste the key from SCM where the text says, or add the account again with --keep-hmac.</source>
        <translation>Exportieren Sie ohne --include-hmac und fügen Sie den Schlüssel aus SCM dort ein, wo der Text es sagt, oder fügen Sie das Konto mit --keep-hmac erneut hinzu.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wrote the %1 configuration with the HMAC key to %2 (readable by you only).</source>
        <translation>Die %1-Konfiguration mit dem HMAC-Schlüssel wurde in %2 geschrieben (nur für Sie lesbar).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrote the %1 configuration to %2; the HMAC key is not in it.</source>
        <translation>Die %1-Konfiguration wurde in %2 geschrieben; der HMAC-Schlüssel ist nicht enthalten.</translation>
    </message>
    <message>
        <location filename="../app/cli/DcvSupport.cpp" line="+12"/>
        <source>The SCM connection the domain belongs to (needed when two connections have a domain of this name).</source>
        <translation>Die SCM-Verbindung, zu der die Domain gehört (nötig, wenn zwei Verbindungen eine Domain dieses Namens haben).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--method &quot;%1&quot; is not one of cname, http, https, txt, email.</source>
        <translation>--method „%1“ ist keins von cname, http, https, txt, email.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No domain %1 is stored. Check the name with &apos;acmedesk-cli domains list&apos;, or run &apos;acmedesk-cli domains sync&apos; first.</source>
        <translation>Keine Domain %1 gespeichert. Prüfen Sie den Namen mit &apos;acmedesk-cli domains list&apos; oder führen Sie zuerst &apos;acmedesk-cli domains sync&apos; aus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The SCM connection &quot;%1&quot; has no domain %2; it is in %3.</source>
        <translation>Die SCM-Verbindung „%1“ hat keine Domain %2; sie ist in %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The domain %1 is in several SCM connections (%2): name one with --connection.</source>
        <translation>Die Domain %1 ist in mehreren SCM-Verbindungen (%2): Nennen Sie eine mit --connection.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Publish this DNS record:</source>
        <translation>Veröffentlichen Sie diesen DNS-Eintrag:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  Name:   %1</source>
        <translation>  Name:   %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  Type:   %1</source>
        <translation>  Typ:    %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  Target: %1</source>
        <translation>  Ziel:   %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  Value:  %1</source>
        <translation>  Wert:   %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Publish this file, with exactly these lines:</source>
        <translation>Veröffentlichen Sie diese Datei, mit genau diesen Zeilen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  URL:    %1</source>
        <translation>  URL:    %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SCM can send the validation e-mail for %1 to:</source>
        <translation>SCM kann die Validierungs-E-Mail für %1 senden an:</translation>
    </message>
    <message>
        <location filename="../app/cli/DomainsDcvStart.cpp" line="+19"/>
        <source>Start the validation (DCV) of a domain in SCM and print exactly what to publish.</source>
        <translation>Die Validierung (DCV) einer Domain in SCM starten und genau ausgeben, was zu veröffentlichen ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How to prove control of the domain: cname, http, https, txt or email.</source>
        <translation>Wie die Kontrolle über die Domain belegt wird: cname, http, https, txt oder email.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CNAME, HTTP and HTTPS: publish the record or file, then run &apos;acmedesk-cli domains dcv submit NAME&apos;. TXT: SCM&apos;s API starts it by submitting, SCM then checks for the record on its own. Email: SCM lists the addresses it can write to; choose one with &apos;acmedesk-cli domains dcv submit NAME --email ADDRESS&apos;.
</source>
        <translation>CNAME, HTTP und HTTPS: Veröffentlichen Sie den Eintrag oder die Datei, dann führen Sie &apos;acmedesk-cli domains dcv submit NAME&apos; aus. TXT: Die API von SCM startet sie durch Einreichen, SCM sucht den Eintrag dann selbst. Email: SCM nennt die Adressen, an die es schreiben kann; wählen Sie eine mit &apos;acmedesk-cli domains dcv submit NAME --email ADDRESS&apos;.
</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--method is needed: cname, http, https, txt or email.</source>
        <translation>--method ist nötig: cname, http, https, txt oder email.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose one address: &apos;%1 --email ADDRESS&apos;.</source>
        <translation>Wählen Sie eine Adresse: &apos;%1 --email ADDRESS&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Validation of %1 by TXT submitted to SCM.</source>
        <translation>Validierung von %1 per TXT bei SCM eingereicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SCM checks for the record on its own; follow it with &apos;%1&apos;.</source>
        <translation>SCM sucht den Eintrag selbst; verfolgen Sie es mit &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Validation of %1 by %2 started in SCM.</source>
        <translation>Validierung von %1 per %2 in SCM gestartet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Once it is published, run &apos;%1&apos;.</source>
        <translation>Sobald es veröffentlicht ist, führen Sie &apos;%1&apos; aus.</translation>
    </message>
    <message>
        <location filename="../app/cli/DomainsDcvStatus.cpp" line="+31"/>
        <source>Ask SCM for the validation status of a domain and store it.</source>
        <translation>Den Validierungsstatus einer Domain bei SCM abfragen und speichern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print a JSON object with every field.</source>
        <translation>Ein JSON-Objekt mit allen Feldern ausgeben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The fields are those of &apos;domains list --json&apos; (dcvMethod, dcvStatus, dcvStatusText, validatedOn, dcvExpires, dcvExpiresComputed) and SCM&apos;s order: orderStatus, submittedOn, lastCheck, nextCheck, publish. Dates are ISO 8601.</source>
        <translation>Die Felder sind die von &apos;domains list --json&apos; (dcvMethod, dcvStatus, dcvStatusText, validatedOn, dcvExpires, dcvExpiresComputed) und die des Auftrags in SCM: orderStatus, submittedOn, lastCheck, nextCheck, publish. Datumsangaben in ISO 8601.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1: %2 (SCM: %3, order %4), method %5</source>
        <translation>%1: %2 (SCM: %3, Auftrag %4), Methode %5</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Validated on %1.</source>
        <translation>Validiert am %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DCV expires %1 (computed from the validation date).</source>
        <translation>DCV läuft ab am %1 (aus dem Validierungsdatum berechnet).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DCV expires %1.</source>
        <translation>DCV läuft ab am %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SCM checked last at %1; next check at %2.</source>
        <translation>SCM hat zuletzt um %1 geprüft; nächste Prüfung um %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/DomainsDcvSubmit.cpp" line="+18"/>
        <source>Tell SCM that what it asked for is published: SCM checks it and validates the domain.</source>
        <translation>SCM mitteilen, dass das Verlangte veröffentlicht ist: SCM prüft es und validiert die Domain.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The method to submit (default: the one of the validation waiting in SCM, as &apos;domains dcv start&apos; began it; email with --email).</source>
        <translation>Die einzureichende Methode (Standard: die der in SCM wartenden Validierung, wie &apos;domains dcv start&apos; sie begonnen hat; email mit --email).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Email: the address SCM sends the validation e-mail to (one of those &apos;domains dcv start --method email&apos; listed).</source>
        <translation>Email: die Adresse, an die SCM die Validierungs-E-Mail sendet (eine der von &apos;domains dcv start --method email&apos; genannten).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A refused submit leaves the domain&apos;s stored state as it was. Follow the validation with &apos;acmedesk-cli domains dcv status NAME&apos;.</source>
        <translation>Eine abgelehnte Einreichung lässt den gespeicherten Stand der Domain, wie er war. Verfolgen Sie die Validierung mit &apos;acmedesk-cli domains dcv status NAME&apos;.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--email goes with the email method only.</source>
        <translation>--email gehört nur zur Methode email.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--method email needs --email ADDRESS (one of the addresses &apos;domains dcv start --method email&apos; listed).</source>
        <translation>--method email braucht --email ADDRESS (eine der Adressen, die &apos;domains dcv start --method email&apos; genannt hat).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Validation of %1 by %2 submitted to SCM: %3 (%4).</source>
        <translation>Validierung von %1 per %2 bei SCM eingereicht: %3 (%4).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The e-mail&apos;s reference number is %1.</source>
        <translation>Die Referenznummer der E-Mail ist %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow it with &apos;%1&apos;.</source>
        <translation>Verfolgen Sie es mit &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../app/cli/DomainsAdd.cpp" line="+16"/>
        <source>The organization the domain is delegated to (created when missing).</source>
        <translation>Die Organisation, an die die Domain delegiert ist (wird angelegt, wenn sie fehlt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The department within that organization (created when missing).</source>
        <translation>Die Abteilung in dieser Organisation (wird angelegt, wenn sie fehlt).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approved (default) or requested.</source>
        <translation>approved (Standard) oder requested.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificate types the delegation allows: SSL, SMIME, CodeSign, separated by &apos;;&apos;.</source>
        <translation>Die Zertifikatstypen, die die Delegierung erlaubt: SSL, SMIME, CodeSign, durch &apos;;&apos; getrennt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>email, cname, http, https, txt or auto.</source>
        <translation>email, cname, http, https, txt oder auto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>validated, not-validated, awaiting-submission, submitted, expired or failed.</source>
        <translation>validated, not-validated, awaiting-submission, submitted, expired oder failed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date DCV succeeded (YYYY-MM-DD).</source>
        <translation>Das Datum, an dem die DCV gelang (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When the validation expires (YYYY-MM-DD); computed from --validated-on when not given.</source>
        <translation>Wann die Validierung abläuft (JJJJ-MM-TT); ohne Angabe aus --validated-on berechnet.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Domains entered by hand have the source manual in &apos;domains list&apos; and are never changed by a sync; a domain synced from SCM may have the same name (both are listed). Synced domains cannot be changed here: change them in SCM, then run &apos;acmedesk-cli domains sync&apos;.</source>
        <translation>Von Hand eingetragene Domains haben in &apos;domains list&apos; die Quelle manual und werden von keiner Synchronisierung geändert; eine aus SCM synchronisierte Domain darf denselben Namen haben (beide werden aufgeführt). Synchronisierte Domains lassen sich hier nicht ändern: ändern Sie sie in SCM und führen Sie dann &apos;acmedesk-cli domains sync&apos; aus.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: --department, --delegation-status and --cert-types belong to a delegation; give --organization too.</source>
        <translation>%1: --department, --delegation-status und --cert-types gehören zu einer Delegierung; geben Sie auch --organization an.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Enter a domain by hand, with its delegation and DCV state.</source>
        <translation>Eine Domain von Hand eintragen, mit ihrer Delegierung und ihrem DCV-Status.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+63"/>
        <location line="+28"/>
        <source>give one domain name.</source>
        <translation>geben Sie einen Domainnamen an.</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Use &apos;acmedesk-cli domains edit&apos;.</source>
        <translation>Verwenden Sie &apos;acmedesk-cli domains edit&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added %1.</source>
        <translation>%1 hinzugefügt.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No domain named %1 was entered by hand or imported; &apos;acmedesk-cli domains list&apos; lists the domains.</source>
        <translation>Keine Domain namens %1 wurde von Hand eingetragen oder importiert; &apos;acmedesk-cli domains list&apos; führt die Domains auf.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change a domain entered by hand: only the options given change.</source>
        <translation>Eine von Hand eingetragene Domain ändern: nur die angegebenen Optionen ändern sich.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--organization replaces the domain&apos;s delegations with that one; --department, --delegation-status and --cert-types without it change the domain&apos;s only delegation. </source>
        <translation>--organization ersetzt die Delegierungen der Domain durch diese eine; --department, --delegation-status und --cert-types ohne sie ändern die einzige Delegierung der Domain. </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Updated %1.</source>
        <translation>%1 aktualisiert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove a domain entered by hand or imported.</source>
        <translation>Eine von Hand eingetragene oder importierte Domain entfernen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <location filename="../app/cli/DomainsExport.cpp" line="+16"/>
        <source>Write every domain, synced and entered by hand, to a CSV file.</source>
        <translation>Jede Domain, synchronisiert und von Hand eingetragen, in eine CSV-Datei schreiben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One line per domain and delegation, in the columns &apos;domains import&apos; reads; the source column names the SCM connection or says manual. The file is written beside its final name and then renamed, so it is never seen half written.</source>
        <translation>Eine Zeile je Domain und Delegierung, in den Spalten, die &apos;domains import&apos; liest; die Spalte source nennt die SCM-Verbindung oder sagt manual. Die Datei wird neben ihrem endgültigen Namen geschrieben und dann umbenannt, sodass sie nie halb geschrieben zu sehen ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../app/cli/DomainsImport.cpp" line="+49"/>
        <source>give one CSV file.</source>
        <translation>geben Sie eine CSV-Datei an.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Wrote %n domain line(s) to %1.</source>
        <translation>
            <numerusform>%n Domain-Zeile nach %1 geschrieben.</numerusform>
            <numerusform>%n Domain-Zeilen nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/DomainsImport.cpp" line="-32"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add or update domains entered by hand from a CSV file; a file with any bad line imports nothing.</source>
        <translation>Von Hand eingetragene Domains aus einer CSV-Datei hinzufügen oder aktualisieren; eine Datei mit einer fehlerhaften Zeile importiert nichts.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The first line names the columns: %1 (only name is required; a missing column is empty in every line). One line per domain and delegation; dates are YYYY-MM-DD; an empty DCV expiry is computed from the validation date. UTF-8 with or without byte order mark, CRLF or LF, fields with commas, quotes or line breaks in double quotes (RFC 4180); at most %2 MiB and %3 lines. Organizations and departments the file names are created when missing; the same file imported again changes nothing; domains the file does not name stay. Lines whose source names an SCM connection (as &apos;domains export&apos; writes them) are left to that connection&apos;s sync.</source>
        <translation>Die erste Zeile nennt die Spalten: %1 (nur name ist Pflicht; eine fehlende Spalte ist in jeder Zeile leer). Eine Zeile je Domain und Delegierung; Daten als JJJJ-MM-TT; ein leerer DCV-Ablauf wird aus dem Validierungsdatum berechnet. UTF-8 mit oder ohne Byte-Order-Mark, CRLF oder LF, Felder mit Kommas, Anführungszeichen oder Zeilenumbrüchen in doppelten Anführungszeichen (RFC 4180); höchstens %2 MiB und %3 Zeilen. Organisationen und Abteilungen, die die Datei nennt, werden angelegt, wenn sie fehlen; dieselbe Datei erneut importiert ändert nichts; Domains, die die Datei nicht nennt, bleiben. Zeilen, deren Quelle eine SCM-Verbindung nennt (wie &apos;domains export&apos; sie schreibt), bleiben der Synchronisierung dieser Verbindung überlassen.</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>and %n more problem(s).</source>
        <translation>
            <numerusform>und %n weiteres Problem.</numerusform>
            <numerusform>und %n weitere Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>acmedesk-cli: nothing was imported; correct the lines above and import the file again.</source>
        <translation>acmedesk-cli: es wurde nichts importiert; korrigieren Sie die Zeilen oben und importieren Sie die Datei erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Domains: %1 added, %2 updated, %3 unchanged. Organizations created: %4, departments created: %5. Synced domains left to their sync: %6.</source>
        <translation>Domains: %1 hinzugefügt, %2 aktualisiert, %3 unverändert. Angelegte Organisationen: %4, angelegte Abteilungen: %5. Der Synchronisierung überlassene Domains: %6.</translation>
    </message>
    <message>
        <location filename="../app/cli/DomainsList.cpp" line="-6"/>
        <source>List the domains of the last sync and those entered by hand: name, organization, department, delegation, DCV method, status, expiry and source.</source>
        <translation>Die Domains der letzten Synchronisierung und die von Hand eingetragenen auflisten: Name, Organisation, Abteilung, Delegierung, DCV-Methode, Status, Ablauf und Quelle.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A domain delegated to several organizations or departments has one line per delegation. DCV expiry dates are ISO 8601 (YYYY-MM-DD). The source is the SCM connection a domain was synced from, or manual for one entered by hand or imported; a name may be listed with both.</source>
        <translation>Eine an mehrere Organisationen oder Abteilungen delegierte Domain hat eine Zeile je Delegierung. DCV-Ablaufdaten sind ISO 8601 (JJJJ-MM-TT). Die Quelle ist die SCM-Verbindung, aus der eine Domain synchronisiert wurde, oder manual für eine von Hand eingetragene oder importierte; ein Name kann mit beiden aufgeführt sein.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No domains yet. Connect to SCM with &apos;acmedesk-cli scm connect&apos;, then run &apos;acmedesk-cli domains sync&apos;; or enter them with &apos;acmedesk-cli domains add&apos; or &apos;domains import&apos;.</source>
        <translation>Noch keine Domains. Verbinden Sie sich mit &apos;acmedesk-cli scm connect&apos; mit SCM und führen Sie dann &apos;acmedesk-cli domains sync&apos; aus; oder tragen Sie sie mit &apos;acmedesk-cli domains add&apos; oder &apos;domains import&apos; ein.</translation>
    </message>
    <message>
        <location filename="../app/cli/AccountProfiles.cpp" line="-16"/>
        <source>List the certificate profiles the account&apos;s CA offers.</source>
        <translation>Die Zertifikatsprofile auflisten, die die CA des Kontos anbietet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print a JSON object: profile name -&gt; the CA&apos;s description.</source>
        <translation>Ein JSON-Objekt ausgeben: Profilname -&gt; Beschreibung der CA.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Asks the CA&apos;s directory now (ACME profiles, meta.profiles). A profile chooses what kind of certificate the CA issues (e.g. its lifetime); &apos;acmedesk-cli issue --profile NAME&apos; asks for one, and its renewals keep it. Without one the CA issues its default.</source>
        <translation>Fragt jetzt das Verzeichnis der CA ab (ACME-Profile, meta.profiles). Ein Profil bestimmt, welche Art Zertifikat die CA ausstellt (z. B. seine Laufzeit); &apos;acmedesk-cli issue --profile NAME&apos; fordert eines an, und seine Erneuerungen behalten es bei. Ohne Profil stellt die CA ihr Standardzertifikat aus.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The CA of account &quot;%1&quot; (%2) offers no certificate profiles; it issues its default certificate.</source>
        <translation>Die CA von Konto „%1“ (%2) bietet keine Zertifikatsprofile an; sie stellt ihr Standardzertifikat aus.</translation>
    </message>
    <message>
        <location filename="../app/cli/CertsRevoke.cpp" line="+18"/>
        <source>&apos;acmedesk-cli certs list&apos; lists the certificates with their ids.</source>
        <translation>&apos;acmedesk-cli certs list&apos; listet die Zertifikate mit ihren IDs auf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give another --reason; &apos;acmedesk-cli certs revoke --help&apos; lists them.</source>
        <translation>Geben Sie einen anderen --reason an; &apos;acmedesk-cli certs revoke --help&apos; listet sie auf.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Certificate %1</source>
        <translation>Zertifikat %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  Subject: %1</source>
        <translation>  Inhaber:       %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  Names:   %1</source>
        <translation>  Namen:         %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  Serial:  %1</source>
        <translation>  Seriennummer:  %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>  Expires: %1 (in %n day(s))</source>
        <translation>
            <numerusform>  Läuft ab:      %1 (in %n Tag)</numerusform>
            <numerusform>  Läuft ab:      %1 (in %n Tagen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  Issuer:  %1</source>
        <translation>  Aussteller:    %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  Account: %1</source>
        <translation>  Konto:         %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  AcmeDesk recorded it as revoked on %1.</source>
        <translation>  AcmeDesk hat es am %1 als widerrufen gespeichert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>[y/N]</source>
        <translation>[j/N]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>y</source>
        <translation>j</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Revoke a certificate at its CA (asks first, naming it).</source>
        <translation>Ein Zertifikat bei seiner CA widerrufen (fragt vorher und nennt es).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why: %1.</source>
        <translation>Warum: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revoke without asking (required when standard input is not a terminal).</source>
        <translation>Ohne Nachfrage widerrufen (nötig, wenn die Standardeingabe kein Terminal ist).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reasons (RFC 5280; ACME CAs accept these from the account that ordered the certificate):</source>
        <translation>Gründe (RFC 5280; ACME-CAs nehmen diese vom Konto an, das das Zertifikat bestellt hat):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only certificates ordered through an AcmeDesk account that is still here can be revoked; the request is signed with that account&apos;s key. Revocation cannot be undone. A certificate the CA had revoked already counts as revoked (exit 0). The ids are those of &apos;acmedesk-cli certs list&apos;.</source>
        <translation>Nur Zertifikate, die über ein noch vorhandenes AcmeDesk-Konto bestellt wurden, können widerrufen werden; die Anfrage wird mit dem Schlüssel dieses Kontos signiert. Ein Widerruf kann nicht rückgängig gemacht werden. Ein Zertifikat, das die CA bereits widerrufen hatte, gilt als widerrufen (Exit-Code 0). Die IDs sind die von &apos;acmedesk-cli certs list&apos;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>give one certificate id.</source>
        <translation>geben Sie eine Zertifikats-ID an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>certs revoke: &quot;%1&quot; is not a certificate id.</source>
        <translation>certs revoke: „%1“ ist keine Zertifikats-ID.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--reason: &quot;%1&quot; is not one of %2.</source>
        <translation>--reason: „%1“ ist keiner von %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>certs revoke: standard input is not a terminal, so AcmeDesk cannot ask for confirmation; add --yes to revoke certificate %1 without asking.</source>
        <translation>certs revoke: Die Standardeingabe ist kein Terminal, daher kann AcmeDesk nicht um Bestätigung bitten; fügen Sie --yes hinzu, um Zertifikat %1 ohne Nachfrage zu widerrufen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Revoke it at the CA for the reason &quot;%1&quot;? This cannot be undone.</source>
        <translation>Bei der CA mit dem Grund „%1“ widerrufen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>acmedesk-cli: certificate %1 was not revoked.</source>
        <translation>acmedesk-cli: Zertifikat %1 wurde nicht widerrufen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Certificate %1 (serial %2) had already been revoked at the CA; AcmeDesk records it as revoked.</source>
        <translation>Zertifikat %1 (Seriennummer %2) war bei der CA bereits widerrufen; AcmeDesk speichert es als widerrufen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Certificate %1 (serial %2) is revoked (reason: %3).</source>
        <translation>Zertifikat %1 (Seriennummer %2) ist widerrufen (Grund: %3).</translation>
    </message>
    <message>
        <location filename="../app/cli/CertsExportIcs.cpp" line="+16"/>
        <source>Write the certificates&apos; expiry dates to an iCalendar (.ics) file.</source>
        <translation>Die Ablaufdaten der Zertifikate in eine iCalendar-Datei (.ics) schreiben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One all-day event per certificate on the day it expires, with a reminder a week before (10 % of the lifetime before for certificates shorter than 90 days). Renewed and revoked certificates are left out. An event keeps its UID from one export to the next, so importing the file again updates the calendar. The file is written beside its final name and then renamed, so it is never seen half written.</source>
        <translation>Ein ganztägiger Termin je Zertifikat am Tag seines Ablaufs, mit einer Erinnerung eine Woche vorher (bei Zertifikaten unter 90 Tagen 10 % der Laufzeit vorher). Erneuerte und widerrufene Zertifikate fehlen. Ein Termin behält seine UID von einem Export zum nächsten, sodass ein erneuter Import der Datei den Kalender aktualisiert. Die Datei wird neben ihrem endgültigen Namen geschrieben und dann umbenannt, sodass sie nie halb geschrieben zu sehen ist.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>give one .ics file.</source>
        <translation>geben Sie eine .ics-Datei an.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Wrote %n certificate expiry event(s) to %1.</source>
        <translation>
            <numerusform>%n Ablauftermin nach %1 geschrieben.</numerusform>
            <numerusform>%n Ablauftermine nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CertsImport.cpp" line="+25"/>
        <source>%n file(s) also held a private key; AcmeDesk read only the certificates and stored no key.</source>
        <translation>
            <numerusform>%n Datei enthielt auch einen privaten Schlüssel; AcmeDesk hat nur die Zertifikate gelesen und keinen Schlüssel gespeichert.</numerusform>
            <numerusform>%n Dateien enthielten auch einen privaten Schlüssel; AcmeDesk hat nur die Zertifikate gelesen und keinen Schlüssel gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Files: %1 imported, %2 duplicate, %3 not a certificate, %4 wrong password, %5 unreadable. Certificates added: %6.</source>
        <translation>Dateien: %1 importiert, %2 doppelt, %3 kein Zertifikat, %4 falsches Passwort, %5 nicht lesbar. Hinzugefügte Zertifikate: %6.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>acmedesk-cli: no certificate could be imported. Give the PKCS#12 password with --password-file.</source>
        <translation>acmedesk-cli: Es konnte kein Zertifikat importiert werden. Geben Sie das PKCS#12-Passwort mit --password-file an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>acmedesk-cli: no file found to import; give certificate files or folders that hold some.</source>
        <translation>acmedesk-cli: Keine Datei zum Importieren gefunden; geben Sie Zertifikatsdateien oder Ordner an, die welche enthalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>acmedesk-cli: no certificate could be imported; see the lines above.</source>
        <translation>acmedesk-cli: Es konnte kein Zertifikat importiert werden; siehe die Zeilen oben.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add certificates from files and folders to the inventory: PEM, DER, PKCS#7 (.p7b, .p7c) and PKCS#12 (.pfx, .p12).</source>
        <translation>Zertifikate aus Dateien und Ordnern in den Bestand aufnehmen: PEM, DER, PKCS#7 (.p7b, .p7c) und PKCS#12 (.pfx, .p12).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Password of the PKCS#12 files, read from F (&apos;-&apos;: standard input); without it only unprotected ones open.</source>
        <translation>Passwort der PKCS#12-Dateien, gelesen aus F (&apos;-&apos;: Standardeingabe); ohne es öffnen sich nur ungeschützte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Folders are read recursively; hidden files and folders and links to folders are skipped. Each file gets one outcome: imported, duplicate (every certificate in it is in the inventory already, by SHA-256 fingerprint), not a certificate (also for damaged or truncated files), wrong password, or unreadable; one line on stderr names each problem file, and the counts follow on stdout. A file&apos;s certificates that issued none of the others are imported, each with the rest as its chain; the file is recorded as a place where they are deployed. Private keys in a file are never read or stored. PKCS#12 files are tried with the empty password first. Exit code 0 when at least one file held a certificate (imported or duplicate), else 1.</source>
        <translation>Ordner werden rekursiv gelesen; versteckte Dateien und Ordner sowie Links auf Ordner werden übersprungen. Jede Datei erhält ein Ergebnis: importiert, doppelt (jedes Zertifikat darin ist schon im Bestand, nach SHA-256-Fingerabdruck), kein Zertifikat (auch bei beschädigten oder abgeschnittenen Dateien), falsches Passwort oder nicht lesbar; eine Zeile auf stderr nennt jede Problemdatei, die Zahlen folgen auf stdout. Von den Zertifikaten einer Datei werden die importiert, die keines der anderen ausgestellt haben, jedes mit den übrigen als Kette; die Datei wird als Ort gespeichert, an dem sie eingesetzt sind. Private Schlüssel in einer Datei werden nie gelesen oder gespeichert. PKCS#12-Dateien werden zuerst mit dem leeren Passwort versucht. Exit-Code 0, wenn mindestens eine Datei ein Zertifikat enthielt (importiert oder doppelt), sonst 1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>give one or more files or folders.</source>
        <translation>geben Sie eine oder mehrere Dateien oder Ordner an.</translation>
    </message>
    <message>
        <location filename="../app/cli/CertsList.cpp" line="-6"/>
        <source>List the certificates in the inventory (issued, imported, probed), soonest expiry first.</source>
        <translation>Die Zertifikate im Bestand auflisten (ausgestellt, importiert, an Endpunkten geprüft), die zuerst ablaufenden zuerst.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only certificates that expire within DAYS days (or have expired) and were neither renewed nor revoked.</source>
        <translation>Nur Zertifikate, die innerhalb von DAYS Tagen ablaufen (oder abgelaufen sind) und weder erneuert noch widerrufen wurden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One line per certificate: id, expiry (ISO 8601, UTC), days left, status, source, names. --json adds subject, issuer, serial, notBefore, SHA-256 fingerprint, key type, account, renewal state and profile; status is valid, not-yet-valid, expired or revoked; daysLeft counts whole days and is negative once expired. outdatedDeployments counts the files and endpoints where this certificate was seen last although a newer one for the same names was issued or imported (newerCertificateId).</source>
        <translation>Eine Zeile je Zertifikat: ID, Ablauf (ISO 8601, UTC), verbleibende Tage, Status, Quelle, Namen. --json ergänzt Inhaber, Aussteller, Seriennummer, notBefore, SHA-256-Fingerabdruck, Schlüsseltyp, Konto, Erneuerungsstand und Profil; status ist valid, not-yet-valid, expired oder revoked; daysLeft zählt ganze Tage und ist nach dem Ablauf negativ. outdatedDeployments zählt die Dateien und Endpunkte, an denen dieses Zertifikat zuletzt gesehen wurde, obwohl für dieselben Namen ein neueres ausgestellt oder importiert wurde (newerCertificateId).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--expiring-within: &quot;%1&quot; is not a number of days (0 to 36500).</source>
        <translation>--expiring-within: „%1“ ist keine Anzahl Tage (0 bis 36500).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot write to standard output.</source>
        <translation>Die Standardausgabe kann nicht beschrieben werden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No certificates yet. Issue one with &apos;acmedesk-cli issue&apos;, or add existing ones with &apos;acmedesk-cli certs import&apos; or &apos;certs probe&apos;.</source>
        <translation>Noch keine Zertifikate. Stellen Sie eines mit &apos;acmedesk-cli issue&apos; aus, oder nehmen Sie vorhandene mit &apos;acmedesk-cli certs import&apos; oder &apos;certs probe&apos; auf.</translation>
    </message>
    <message>
        <location filename="../app/cli/CertsProbe.cpp" line="+18"/>
        <source>server name %1, %2</source>
        <translation>Servername %1, %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 (%2) served %n certificate(s):</source>
        <translation>
            <numerusform>%1 (%2) hat %n Zertifikat ausgeliefert:</numerusform>
            <numerusform>%1 (%2) hat %n Zertifikate ausgeliefert:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>names: %1</source>
        <translation>Namen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>issuer: %1</source>
        <translation>Aussteller: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expired: %1</source>
        <translation>abgelaufen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>expires: %1 (%n day(s) left)</source>
        <translation>
            <numerusform>läuft ab: %1 (noch %n Tag)</numerusform>
            <numerusform>läuft ab: %1 (noch %n Tage)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chain verifies against this system&apos;s CAs for the server name.</source>
        <translation>Die Kette lässt sich gegen die Zertifizierungsstellen dieses Systems für den Servernamen prüfen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A client that checks the chain would object (recorded anyway):</source>
        <translation>Ein Client, der die Kette prüft, würde beanstanden (trotzdem gespeichert):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recorded as certificate %1 (new in the inventory), seen at %2.</source>
        <translation>Als Zertifikat %1 gespeichert (neu im Bestand), gesehen um %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded as seen at %2 for certificate %1 (already in the inventory).</source>
        <translation>Für Zertifikat %1 (schon im Bestand) als gesehen um %2 gespeichert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 serves an older certificate than the newest one for the same names (certificate %2); deploy that one there.</source>
        <translation>%1 liefert ein älteres Zertifikat aus als das neueste für dieselben Namen (Zertifikat %2); setzen Sie dort jenes ein.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Record the certificate chain a TLS server serves, and when it was seen.</source>
        <translation>Die Zertifikatskette speichern, die ein TLS-Server ausliefert, und wann sie gesehen wurde.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Server name to send (SNI) and to check the certificate against (default: HOST; none for an address).</source>
        <translation>Zu sendender Servername (SNI), gegen den auch das Zertifikat geprüft wird (Standard: HOST; keiner bei einer Adresse).</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>PORT defaults to 443; write an IPv6 address as [2001:db8::1]:443. The server&apos;s leaf certificate is added to the inventory (source probe) unless it is there already; the endpoint is recorded as a place where it is deployed, with the chain and the time. The chain is recorded even when it does not verify; what a client would object to is printed. Gives up after %n second(s).</source>
        <translation>
            <numerusform>PORT ist standardmäßig 443; schreiben Sie eine IPv6-Adresse als [2001:db8::1]:443. Das End-Zertifikat des Servers wird in den Bestand aufgenommen (Quelle probe), sofern es nicht schon dort ist; der Endpunkt wird mit Kette und Uhrzeit als Ort gespeichert, an dem es eingesetzt ist. Die Kette wird auch gespeichert, wenn sie sich nicht prüfen lässt; was ein Client beanstanden würde, wird ausgegeben. Gibt nach %n Sekunde auf.</numerusform>
            <numerusform>PORT ist standardmäßig 443; schreiben Sie eine IPv6-Adresse als [2001:db8::1]:443. Das End-Zertifikat des Servers wird in den Bestand aufgenommen (Quelle probe), sofern es nicht schon dort ist; der Endpunkt wird mit Kette und Uhrzeit als Ort gespeichert, an dem es eingesetzt ist. Die Kette wird auch gespeichert, wenn sie sich nicht prüfen lässt; was ein Client beanstanden würde, wird ausgegeben. Gibt nach %n Sekunden auf.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>give one HOST or HOST:PORT.</source>
        <translation>geben Sie einen HOST oder HOST:PORT an.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>If the server expects another name, give it with --sni NAME.</source>
        <translation>Erwartet der Server einen anderen Namen, geben Sie ihn mit --sni NAME an.</translation>
    </message>
    <message>
        <location filename="../app/cli/Renew.cpp" line="+48"/>
        <source>Renew the certificates that are due (safe to run every hour).</source>
        <translation>Die fälligen Zertifikate erneuern (kann gefahrlos stündlich ausgeführt werden).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Look at every certificate (the default).</source>
        <translation>Alle Zertifikate prüfen (Standard).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this certificate (repeatable).</source>
        <translation>Nur dieses Zertifikat (wiederholbar).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say what is due and why; order nothing, change no file.</source>
        <translation>Anzeigen, was fällig ist und warum; nichts bestellen, keine Datei ändern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --cert: renew now, due or not (also a revoked one).</source>
        <translation>Mit --cert: jetzt erneuern, ob fällig oder nicht (auch ein widerrufenes).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One JSON object per certificate, in an array.</source>
        <translation>Ein JSON-Objekt je Zertifikat, in einem Array.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the renewal policy of the --cert certificates, or without --cert the default: &quot;default&quot;, &quot;off&quot;, days before expiry (&quot;30d&quot;) or the share of the lifetime left (&quot;1/3&quot;).</source>
        <translation>Die Erneuerungsrichtlinie der mit --cert angegebenen Zertifikate festlegen, ohne --cert die Standardrichtlinie: &quot;default&quot;, &quot;off&quot;, Tage vor Ablauf (&quot;30d&quot;) oder der verbleibende Anteil der Laufzeit (&quot;1/3&quot;).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run this command every hour: write and enable a systemd user timer (elsewhere: print what to set up).</source>
        <translation>Diesen Befehl stündlich ausführen: einen systemd-Benutzertimer schreiben und aktivieren (anderswo: ausgeben, was einzurichten ist).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disable and remove that timer.</source>
        <translation>Diesen Timer deaktivieren und entfernen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A certificate is due when its policy says so (by default when a third of its lifetime is left) or, when its CA offers ACME Renewal Information, inside the window the CA suggests. A renewal writes the new files in place (same folder, same names) and runs the deploy command given at issuance. A second run right after does nothing; an unfinished renewal order is resumed. Exit codes: 0 done (nothing failed), 1 a renewal failed, 2 usage error, 3 another renewal run holds the lock.</source>
        <translation>Ein Zertifikat ist fällig, wenn seine Richtlinie es vorgibt (standardmäßig, wenn noch ein Drittel seiner Laufzeit übrig ist) oder, wenn seine CA ACME Renewal Information anbietet, innerhalb des von der CA empfohlenen Zeitfensters. Eine Erneuerung schreibt die neuen Dateien an Ort und Stelle (gleicher Ordner, gleiche Namen) und führt den bei der Ausstellung angegebenen Deploy-Befehl aus. Ein zweiter Lauf direkt danach tut nichts; ein unvollendeter Erneuerungsauftrag wird fortgesetzt. Exit-Codes: 0 fertig (nichts fehlgeschlagen), 1 eine Erneuerung ist fehlgeschlagen, 2 Aufruffehler, 3 ein anderer Erneuerungslauf hält die Sperre.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>certificates are given with --cert.</source>
        <translation>Zertifikate werden mit --cert angegeben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>renew: --cert &quot;%1&quot; is not a certificate id; &apos;acmedesk-cli certs list&apos; shows them.</source>
        <translation>renew: --cert &quot;%1&quot; ist keine Zertifikats-ID; &apos;acmedesk-cli certs list&apos; zeigt sie an.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>renew: --install-timer, --remove-timer and --set-policy each stand alone.</source>
        <translation>renew: --install-timer, --remove-timer und --set-policy können nur einzeln verwendet werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>renew: give --all or --cert, not both.</source>
        <translation>renew: Geben Sie --all oder --cert an, nicht beides.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>renew: --force needs --cert ID (it renews the certificates named, due or not).</source>
        <translation>renew: --force braucht --cert ID (es erneuert die angegebenen Zertifikate, ob fällig oder nicht).</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>With the default off, only certificates with a policy of their own are renewed automatically.</source>
        <translation>Bei ausgeschaltetem Standard werden nur Zertifikate mit eigener Richtlinie automatisch erneuert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Default renewal policy: renew %1.</source>
        <translation>Standard-Erneuerungsrichtlinie: %1 erneuern.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no certificate %1; &apos;acmedesk-cli certs list&apos; shows them.</source>
        <translation>Es gibt kein Zertifikat %1; &apos;acmedesk-cli certs list&apos; zeigt sie an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Certificate %1: renew %2.</source>
        <translation>Zertifikat %1: %2 erneuern.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Renewed %1, not due %2, failed %3, paused %4, off or not renewable %5%6.</source>
        <translation>Erneuert %1, nicht fällig %2, fehlgeschlagen %3, angehalten %4, ausgeschaltet oder nicht erneuerbar %5%6.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>, due (dry run) %1</source>
        <translation>, fällig (Probelauf) %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>acmedesk-cli: %n renewal(s) failed; see the lines above or &apos;acmedesk-cli renew --dry-run&apos;.</source>
        <translation>
            <numerusform>acmedesk-cli: %n Erneuerung fehlgeschlagen; siehe die Zeilen oben oder &apos;acmedesk-cli renew --dry-run&apos;.</numerusform>
            <numerusform>acmedesk-cli: %n Erneuerungen fehlgeschlagen; siehe die Zeilen oben oder &apos;acmedesk-cli renew --dry-run&apos;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+97"/>
        <source>Registers ACME accounts with External Account Binding values from Sectigo Certificate Manager.</source>
        <translation>Registriert ACME-Konten mit External-Account-Binding-Werten aus dem Sectigo Certificate Manager.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep the database in DIR (also: ACMEDESK_DATA_DIR).</source>
        <translation>Die Datenbank in VERZEICHNIS ablegen (auch: ACMEDESK_DATA_DIR).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DIR</source>
        <translation>VERZEICHNIS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the account wizard on the local test CA, to try AcmeDesk without SCM.</source>
        <translation>Den Konto-Assistenten mit der lokalen Test-CA öffnen, um AcmeDesk ohne SCM auszuprobieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the certificate wizard.</source>
        <translation>Den Zertifikatsassistenten öffnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the account wizard.</source>
        <translation>Den Kontoassistenten öffnen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>AcmeDesk</source>
        <translation>AcmeDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AcmeDesk cannot open its database in %1.</source>
        <translation>AcmeDesk kann seine Datenbank in %1 nicht öffnen.</translation>
    </message>
</context>
</TS>
