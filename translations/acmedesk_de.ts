<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Base64</name>
    <message>
        <location filename="../app/core/crypto/Base64Url.cpp" line="+23"/>
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
        <location line="+4"/>
        <source>Character &apos;%1&apos; at position %2 is not valid here: %3.</source>
        <translation>Das Zeichen &apos;%1&apos; an Position %2 ist hier ungültig: %3.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The key mixes the url-safe (&apos;-&apos;, &apos;_&apos;) and standard (&apos;+&apos;, &apos;/&apos;) alphabets; copy it again.</source>
        <translation>Der Schlüssel mischt das URL-sichere (&apos;-&apos;, &apos;_&apos;) und das Standard-Alphabet (&apos;+&apos;, &apos;/&apos;); kopieren Sie ihn erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key ends in too many &apos;=&apos; characters.</source>
        <translation>Der Schlüssel endet mit zu vielen &apos;=&apos;-Zeichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key is one character too long or too short (%1 characters); copy it again in full.</source>
        <translation>Der Schlüssel ist ein Zeichen zu lang oder zu kurz (%1 Zeichen); kopieren Sie ihn erneut vollständig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The &apos;=&apos; padding at the end does not fit the key&apos;s length.</source>
        <translation>Die &apos;=&apos;-Füllzeichen am Ende passen nicht zur Länge des Schlüssels.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The key is not valid base64.</source>
        <translation>Der Schlüssel ist kein gültiges Base64.</translation>
    </message>
</context>
<context>
    <name>Directory</name>
    <message>
        <location filename="../app/core/acme/Directory.cpp" line="+15"/>
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
        <location line="+27"/>
        <source>This address answered with JSON that is not an ACME directory (no &quot;%1&quot;). Check the ACME URL.</source>
        <translation>Diese Adresse hat mit JSON geantwortet, das kein ACME-Verzeichnis ist (kein „%1“). Prüfen Sie die ACME-URL.</translation>
    </message>
</context>
<context>
    <name>EabInput</name>
    <message>
        <location filename="../app/core/scm/EabInput.cpp" line="+21"/>
        <source>The Key ID is empty. Copy the Key ID of the ACME account from Sectigo Certificate Manager and paste it here.</source>
        <translation>Die Key ID ist leer. Kopieren Sie die Key ID des ACME-Kontos aus dem Sectigo Certificate Manager und fügen Sie sie hier ein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Key ID must not contain spaces or line breaks (found one at position %1). Copy the Key ID again as one piece.</source>
        <translation>Die Key ID darf keine Leerzeichen oder Zeilenumbrüche enthalten (gefunden an Position %1). Kopieren Sie die Key ID erneut in einem Stück.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The HMAC key is empty. Copy the HMAC key of the ACME account from Sectigo Certificate Manager and paste it here.</source>
        <translation>Der HMAC-Schlüssel ist leer. Kopieren Sie den HMAC-Schlüssel des ACME-Kontos aus dem Sectigo Certificate Manager und fügen Sie ihn hier ein.</translation>
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
        <location line="+5"/>
        <source>The HMAC key is only %n byte(s) long, but SCM hands out %1-byte keys. Check that it was copied in full.</source>
        <translation>
            <numerusform>Der HMAC-Schlüssel ist nur %n Byte lang, SCM vergibt aber Schlüssel mit %1 Byte. Prüfen Sie, ob er vollständig kopiert wurde.</numerusform>
            <numerusform>Der HMAC-Schlüssel ist nur %n Byte lang, SCM vergibt aber Schlüssel mit %1 Byte. Prüfen Sie, ob er vollständig kopiert wurde.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <location filename="../app/core/scm/Presets.cpp" line="+21"/>
        <source>Sectigo DV</source>
        <translation>Sectigo DV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain-validated certificates from Sectigo&apos;s public ACME endpoint.</source>
        <translation>Domain-validierte Zertifikate vom öffentlichen ACME-Endpunkt von Sectigo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sectigo OV</source>
        <translation>Sectigo OV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization-validated certificates; pick it when SCM shows this URL for an OV account.</source>
        <translation>Organisations-validierte Zertifikate; wählen Sie dies, wenn SCM diese URL für ein OV-Konto anzeigt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sectigo EV</source>
        <translation>Sectigo EV</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+1"/>
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
        <location line="+1"/>
        <source>Domain-validated RSA certificates from SSL.com; EAB values come from the SSL.com account.</source>
        <translation>Domain-validierte RSA-Zertifikate von SSL.com; die EAB-Werte stehen im SSL.com-Konto.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <location filename="../app/core/secrets/MemorySecretStore.cpp" line="+22"/>
        <source>No secret is stored under %1.</source>
        <translation>Unter %1 ist kein Geheimnis gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/core/secrets/SecretStore.cpp" line="+11"/>
        <source>The system keychain works: AcmeDesk keeps account keys and EAB HMAC keys there and never in its own files.</source>
        <translation>Der Systemschlüsselbund funktioniert: AcmeDesk bewahrt Kontoschlüssel und EAB-HMAC-Schlüssel dort auf und nie in eigenen Dateien.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No system keychain is reachable, so AcmeDesk cannot store account keys or EAB HMAC keys. On Linux AcmeDesk needs a Secret Service provider on the D-Bus session bus: log in to a desktop session that starts GNOME Keyring (or run &quot;gnome-keyring-daemon --start --components=secrets&quot;), or enable &quot;Secret Service integration&quot; in KeePassXC or KWallet. Over SSH or in a container, start a D-Bus session (for example with dbus-run-session) and a keyring daemon first. On macOS and Windows the system keychain is always present; restart the computer if it is not answering.</source>
        <translation>Kein Systemschlüsselbund erreichbar, daher kann AcmeDesk weder Kontoschlüssel noch EAB-HMAC-Schlüssel speichern. Unter Linux braucht AcmeDesk einen Secret-Service-Anbieter auf dem D-Bus-Sitzungsbus: Melden Sie sich in einer Desktop-Sitzung an, die GNOME Keyring startet (oder führen Sie „gnome-keyring-daemon --start --components=secrets“ aus), oder aktivieren Sie die „Secret-Service-Integration“ in KeePassXC oder KWallet. Über SSH oder in einem Container starten Sie zuerst eine D-Bus-Sitzung (zum Beispiel mit dbus-run-session) und einen Schlüsselbund-Dienst. Unter macOS und Windows ist der Systemschlüsselbund immer vorhanden; starten Sie den Computer neu, wenn er nicht antwortet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The system keychain answered but refused access, usually because it is locked, has no default keyring yet, or an unlock prompt was dismissed. Unlock it and try again: on Linux unlock (or create) the &quot;Login&quot; keyring in Passwords and Keys (Seahorse) or unlock the database in KeePassXC; on macOS unlock the login keychain in Keychain Access; everywhere, allow AcmeDesk when the system asks.</source>
        <translation>Der Systemschlüsselbund hat geantwortet, aber den Zugriff verweigert – meist, weil er gesperrt ist, noch keinen Standard-Schlüsselbund hat oder eine Entsperrabfrage abgelehnt wurde. Entsperren Sie ihn und versuchen Sie es erneut: Unter Linux entsperren (oder erstellen) Sie den Schlüsselbund „Anmeldung“ in „Passwörter und Verschlüsselung“ (Seahorse) oder entsperren die Datenbank in KeePassXC; unter macOS entsperren Sie den Anmelde-Schlüsselbund in der Schlüsselbundverwaltung; überall gilt: Erlauben Sie AcmeDesk den Zugriff, wenn das System fragt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The system keychain did not answer in time. It is probably waiting for an unlock prompt that is hidden or shown on another screen: look for a password dialog, unlock the keyring (on Linux the &quot;Login&quot; keyring in GNOME Keyring, or the KeePassXC database), then try again. If no prompt appears, restart the keyring daemon or log out and back in.</source>
        <translation>Der Systemschlüsselbund hat nicht rechtzeitig geantwortet. Vermutlich wartet er auf eine Entsperrabfrage, die verdeckt oder auf einem anderen Bildschirm angezeigt wird: Suchen Sie nach einem Passwortdialog, entsperren Sie den Schlüsselbund (unter Linux den Schlüsselbund „Anmeldung“ in GNOME Keyring oder die KeePassXC-Datenbank) und versuchen Sie es erneut. Erscheint keine Abfrage, starten Sie den Schlüsselbund-Dienst neu oder melden Sie sich ab und wieder an.</translation>
    </message>
</context>
<context>
    <name>acmedesk</name>
    <message>
        <location filename="../app/core/acme/AcmeClient.cpp" line="+30"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The server name %1 could not be found. Check the ACME URL and your DNS or proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 refused the connection. Check the ACME URL and port, and that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 did not answer in time. Check your network or proxy, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The TLS certificate of %1 is not trusted. If this server uses a private CA, give its CA bundle for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 closed the connection before answering; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The proxy refused the connection to %1. Check the proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/acme/Problem.cpp" line="+40"/>
        <source>This CA requires External Account Binding: enter the Key ID and HMAC key that SCM shows for the ACME account (Enrollment &gt; ACME &gt; Accounts &gt; Details).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The CA does not know this Key ID. Check that the Key ID was copied in full from the same ACME account in SCM, and that the ACME URL belongs to that account&apos;s endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CA rejected the HMAC key for this Key ID. Copy the HMAC key again from SCM in full; if SCM has already erased it, create new EAB values for the account in SCM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The CA refused the request for this account. Check that the account is still valid and that it may act for the names involved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The CA refused the request&apos;s content type; this is a bug in AcmeDesk, please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CA refused the External Account Binding because its header carries a nonce; this is a bug in AcmeDesk, please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The External Account Binding names a different URL than the request; check that the ACME URL is exactly the one SCM shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CA could not read the request. If this repeats, copy the details and report them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CA rejected a one-time number (nonce) several times in a row; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CA no longer knows this account (for example after a server reset). Register it again; that needs the EAB Key ID and HMAC key from SCM once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The order is not ready to be finalized yet: its authorizations are still pending, or it was finalized already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This certificate has already been revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CA needs you to act first, usually to accept new terms of service on its website.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CA&apos;s rate limit was reached; AcmeDesk will try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CA will not issue for one of the names; check the names and that they are allowed for this account&apos;s organization in SCM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CA does not support one of the name types requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CA refused a contact address; check the e-mail addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CA does not accept this account key type; choose ECDSA P-256 or RSA 2048.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CA refused the account&apos;s public key; choose another key type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CA refused the certificate signing request; check the names and key type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A CAA record in DNS forbids this CA for one of the names; add the CA to the domain&apos;s CAA records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CA could not look up a name in DNS; check the domain&apos;s DNS records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CA could not confirm control of a name; check that the challenge is reachable from the internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CA had an internal error; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CA does not accept this revocation reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CA says this object does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CA refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/crypto/KeyPair.cpp" line="+118"/>
        <source>ECDSA P-256 (ES256, recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ECDSA P-384 (ES384)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RSA 2048 (RS256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RSA 3072 (RS256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RSA 4096 (RS256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Could not compute the HMAC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+308"/>
        <source>Could not build the test certificate&apos;s extensions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not sign the test certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/jobs/RegistrationJob.cpp" line="+23"/>
        <source>Account name: enter a name that tells this account apart, e.g. &quot;Sectigo DV - Web team&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ACME URL: enter the directory URL exactly as SCM shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the ACME URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key ID: paste the Key ID that SCM shows for the ACME account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HMAC key: paste the HMAC key that SCM shows for the ACME account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contact e-mail: &quot;%1&quot; is not an e-mail address; correct or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/localca/LocalTestCa.cpp" line="+43"/>
        <location line="+4"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/AccountRepository.cpp" line="+59"/>
        <source>An account named %1 already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The account needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The account %1 uses the key type &quot;%2&quot; that this version of AcmeDesk does not know. Update AcmeDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The account %1 uses the EAB algorithm &quot;%2&quot; that this version of AcmeDesk does not know. Update AcmeDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Could not read the account from the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="+105"/>
        <source>The database refused an operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This data was written by a newer version of AcmeDesk (database schema %1; this version understands up to %2). Update AcmeDesk to open it.</source>
        <translation type="unfinished"></translation>
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
    <name>acmedesk::AccountPage</name>
    <message>
        <location filename="../ui/wizard/AccountPage.cpp" line="+21"/>
        <source>&amp;Forget the HMAC key after registration</source>
        <translation>HMAC-Schlüssel nach der Registrierung &amp;verwerfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How AcmeDesk names this account, and the key it signs with.</source>
        <translation>Wie AcmeDesk dieses Konto nennt und mit welchem Schlüssel es signiert.</translation>
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
        <location line="+13"/>
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
        <location line="+31"/>
        <source>Read them first: %1</source>
        <translation>Bitte zuerst lesen: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Enter a name, e.g. &quot;Sectigo DV - Web team&quot;.</source>
        <translation>Geben Sie einen Namen ein, z. B. „Sectigo DV - Web-Team“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An account with this name exists already.</source>
        <translation>Ein Konto mit diesem Namen gibt es bereits.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not an e-mail address: %1</source>
        <translation>Keine E-Mail-Adresse: %1</translation>
    </message>
</context>
<context>
    <name>acmedesk::AccountRepository</name>
    <message>
        <location filename="../app/core/store/AccountRepository.cpp" line="+29"/>
        <source>Could not save the account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Could not save the changes to the account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The account %1 no longer exists; it may have been removed in another window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not remove the account from the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not read the accounts from the database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>acmedesk::AccountWizard</name>
    <message>
        <location filename="../ui/wizard/AccountWizard.cpp" line="+30"/>
        <source>Add ACME account</source>
        <translation>ACME-Konto hinzufügen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>your local test CA</source>
        <translation>Ihrer lokalen Test-CA</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>ACME account</source>
        <translation>ACME-Konto</translation>
    </message>
</context>
<context>
    <name>acmedesk::AccountsPage</name>
    <message>
        <location filename="../ui/AccountsPage.cpp" line="+19"/>
        <source>&amp;Add account…</source>
        <translation>Konto &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No ACME accounts yet. Add one with the Key ID and HMAC key from SCM, or try AcmeDesk with the local test CA.</source>
        <translation>Noch keine ACME-Konten. Fügen Sie eines mit der Key ID und dem HMAC-Schlüssel aus SCM hinzu, oder probieren Sie AcmeDesk mit der lokalen Test-CA aus.</translation>
    </message>
</context>
<context>
    <name>acmedesk::AcmeClient</name>
    <message>
        <location filename="../app/core/acme/AcmeClient.cpp" line="+142"/>
        <location line="+103"/>
        <source>this request</source>
        <translation>diese Anfrage</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>%1 answered with HTTP %2. Check the ACME URL.</source>
        <translation>%1 hat mit HTTP %2 geantwortet. Prüfen Sie die ACME-URL.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The ACME URL is not a valid address. Enter it as SCM shows it, e.g. https://acme.sectigo.com/v2/DV</source>
        <translation>Die ACME-URL ist keine gültige Adresse. Geben Sie sie so ein, wie SCM sie anzeigt, z. B. https://acme.sectigo.com/v2/DV</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The ACME URL redirects elsewhere (HTTP %1). Enter the directory URL exactly as SCM shows it.</source>
        <translation>Die ACME-URL leitet woandershin weiter (HTTP %1). Geben Sie die Verzeichnis-URL genau so ein, wie SCM sie anzeigt.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The CA did not hand out a nonce.</source>
        <translation>Die CA hat keine Nonce ausgegeben.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No account key is loaded.</source>
        <translation>Es ist kein Kontoschlüssel geladen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This account has not been registered yet.</source>
        <translation>Dieses Konto ist noch nicht registriert.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The CA answered a signed request with a redirect (HTTP %1), which ACME does not allow. Check the ACME URL.</source>
        <translation>Die CA hat eine signierte Anfrage mit einer Weiterleitung (HTTP %1) beantwortet, was ACME nicht erlaubt. Prüfen Sie die ACME-URL.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The CA answered with HTTP %1 and no explanation.</source>
        <translation>Die CA hat mit HTTP %1 ohne Erklärung geantwortet.</translation>
    </message>
    <message>
        <location line="+19"/>
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
</context>
<context>
    <name>acmedesk::ActivityPage</name>
    <message>
        <location filename="../ui/ActivityPage.cpp" line="+44"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+16"/>
        <source>Nothing happened yet. Registrations and failures will be listed here.</source>
        <translation>Bisher ist nichts passiert. Registrierungen und Fehler erscheinen hier.</translation>
    </message>
</context>
<context>
    <name>acmedesk::Database</name>
    <message>
        <location filename="../app/core/store/Database.cpp" line="+24"/>
        <source>No folder for the AcmeDesk data is known. Pass --data-dir or set ACMEDESK_DATA_DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not create the data folder %1. Check that its parent exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not create the database file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The database file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not open the database %1. Check that the file is readable and writable by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+64"/>
        <source>The file %1 is not an AcmeDesk database or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Could not open the database %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not update the database to version %1: it is busy or read-only. Close other AcmeDesk windows and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Could not update the database to version %1. Nothing was changed; check free disk space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>acmedesk::EabPage</name>
    <message>
        <location filename="../ui/wizard/EabPage.cpp" line="+26"/>
        <source>&amp;Paste from SCM</source>
        <translation>Aus SCM &amp;einfügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>External Account Binding</source>
        <translation>External Account Binding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the Key ID and HMAC key from the ACME account&apos;s Details in SCM. &quot;Paste from SCM&quot; fills in whatever it finds in the clipboard.</source>
        <translation>Kopieren Sie Key ID und HMAC-Schlüssel aus den Details des ACME-Kontos in SCM. „Aus SCM einfügen“ übernimmt alles, was es in der Zwischenablage findet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reads SCM&apos;s account details, a certbot, lego or acme.sh command line, or SCM&apos;s JSON from the clipboard</source>
        <translation>Liest die Kontodetails aus SCM, eine certbot-, lego- oder acme.sh-Befehlszeile oder das JSON von SCM aus der Zwischenablage</translation>
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
        <location line="+45"/>
        <source>Hide HMAC key</source>
        <translation>HMAC-Schlüssel verbergen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show HMAC key</source>
        <translation>HMAC-Schlüssel anzeigen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The clipboard holds no ACME URL, Key ID or HMAC key. In SCM, open the ACME account&apos;s Details and copy them.</source>
        <translation>Die Zwischenablage enthält keine ACME-URL, Key ID oder HMAC-Schlüssel. Öffnen Sie in SCM die Details des ACME-Kontos und kopieren Sie sie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a certbot command</source>
        <translation>einem certbot-Befehl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a lego command</source>
        <translation>einem lego-Befehl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an acme.sh command</source>
        <translation>einem acme.sh-Befehl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SCM&apos;s JSON</source>
        <translation>dem JSON von SCM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SCM&apos;s account details</source>
        <translation>den Kontodetails aus SCM</translation>
    </message>
    <message>
        <location line="+22"/>
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
        <location filename="../ui/wizard/EndpointPage.cpp" line="+42"/>
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
        <location line="+5"/>
        <source>The local test CA needs Pebble: install the pebble package, then start AcmeDesk again.</source>
        <translation>Die lokale Test-CA braucht Pebble: Installieren Sie das Paket pebble und starten Sie AcmeDesk dann neu.</translation>
    </message>
    <message>
        <location line="+22"/>
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
        <location line="+51"/>
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
    <name>acmedesk::EventLog</name>
    <message>
        <location filename="../app/core/store/EventLog.cpp" line="+71"/>
        <source>The event &quot;%1&quot; was not logged because its text looks like it contains a key or a certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An event needs a kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not write to the event log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not read the event log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>acmedesk::EventTableModel</name>
    <message>
        <location filename="../models/EventTableModel.cpp" line="+79"/>
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
        <location line="+24"/>
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
        <location line="+2"/>
        <source>Account updated</source>
        <translation>Konto geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account key changed</source>
        <translation>Kontoschlüssel gewechselt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account removed</source>
        <translation>Konto entfernt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keychain check</source>
        <translation>Schlüsselbund-Prüfung</translation>
    </message>
</context>
<context>
    <name>acmedesk::KeyPair</name>
    <message>
        <location filename="../app/core/crypto/KeyPair.cpp" line="-282"/>
        <source>Only the EC curves P-256 and P-384 are supported (this key uses %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only RSA keys of 2048, 3072 or 4096 bits are supported (this key has %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only RSA and EC keys are supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Could not generate a %1 key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The private key is not a readable PEM key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The JWK is not a P-256 or P-384 public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The JWK is not an RSA public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unsupported JWK key type &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The JWK could not be turned into a public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no private key to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not export the private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+70"/>
        <source>There is no private key to sign with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>Could not sign the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not decode the ECDSA signature.</source>
        <translation type="unfinished"></translation>
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
        <location filename="../app/core/secrets/KeychainSecretStore.cpp" line="+177"/>
        <source>The keychain refused access: unlock it (on Linux the &quot;Login&quot; keyring or the KeePassXC database), allow AcmeDesk when asked and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No keychain service is running: on Linux start GNOME Keyring or enable the Secret Service integration of KeePassXC or KWallet, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The keychain has no default keyring yet: create and unlock a &quot;Login&quot; keyring (for example in Passwords and Keys / Seahorse, or by logging in to a desktop session once) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The keychain is locked: unlock it (on Linux the &quot;Login&quot; keyring) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make sure the system keychain is running and unlocked (on Linux the &quot;Login&quot; keyring in GNOME Keyring or KeePassXC) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>The keychain did not answer within %n second(s); it may be waiting for an unlock prompt. Unlock the keyring (on Linux the &quot;Login&quot; keyring) and try again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not store the secret %1 in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A secret needs a name to be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Could not read the secret %1 from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No secret is stored under %1 in the system keychain. If the keychain was reset or is locked, unlock it; otherwise the secret is lost and must be entered or created again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not delete the secret %1 from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>acmedesk::LocalTestCa</name>
    <message>
        <location filename="../app/core/localca/LocalTestCa.cpp" line="+60"/>
        <source>Could not create the folder %1 for the local test CA.</source>
        <translation>Der Ordner %1 für die lokale Test-CA konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No free port on 127.0.0.1 for the local test CA.</source>
        <translation>Kein freier Port auf 127.0.0.1 für die lokale Test-CA.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The local test CA needs Pebble: install the package &quot;pebble&quot; (sudo apt install pebble) and try again.</source>
        <translation>Die lokale Test-CA braucht Pebble: Installieren Sie das Paket „pebble“ (sudo apt install pebble) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Could not create a temporary folder for Pebble&apos;s configuration.</source>
        <translation>Für die Konfiguration von Pebble konnte kein temporärer Ordner angelegt werden.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Pebble could not be started: %1</source>
        <translation>Pebble konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Pebble stopped right after starting; see %1.</source>
        <translation>Pebble hat sich direkt nach dem Start beendet; siehe %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pebble did not answer within %1 seconds.</source>
        <translation>Pebble hat nicht innerhalb von %1 Sekunden geantwortet.</translation>
    </message>
</context>
<context>
    <name>acmedesk::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+31"/>
        <source>AcmeDesk</source>
        <translation>AcmeDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+10"/>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+15"/>
        <source>Domains</source>
        <translation>Domains</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Here you will see your ACME accounts at a glance, certificates that expire soon and recent failures.</source>
        <translation>Hier sehen Sie künftig Ihre ACME-Konten auf einen Blick, bald ablaufende Zertifikate und die letzten Fehler.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Here you will manage the domains you get certificates for, with their validation method and certificate status.</source>
        <translation>Hier verwalten Sie künftig die Domains, für die Sie Zertifikate beziehen, mit Validierungsmethode und Zertifikatsstatus.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Checking the keychain…</source>
        <translation>Schlüsselbund wird geprüft…</translation>
    </message>
    <message>
        <location line="+79"/>
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
    <name>acmedesk::PlaceholderPage</name>
    <message>
        <location filename="../ui/PlaceholderPage.cpp" line="+17"/>
        <source>Coming in a later version.</source>
        <translation>Kommt in einer späteren Version.</translation>
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
        <location line="+34"/>
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
        <location filename="../app/core/jobs/RegistrationJob.cpp" line="+44"/>
        <source>Account name: an account named &quot;%1&quot; already exists; choose another name.</source>
        <translation>Kontoname: Ein Konto namens „%1“ gibt es bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Generating the account key (%1)…</source>
        <translation>Kontoschlüssel wird erzeugt (%1)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+25"/>
        <location line="+37"/>
        <source>Registration cancelled; nothing was saved.</source>
        <translation>Registrierung abgebrochen; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Reading the CA&apos;s directory…</source>
        <translation>Verzeichnis der CA wird gelesen…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Terms of service: this CA requires you to accept its terms (%1) before registering. Tick the box to accept them.</source>
        <translation>Nutzungsbedingungen: Diese CA verlangt, dass Sie ihre Bedingungen (%1) vor der Registrierung akzeptieren. Setzen Sie das Häkchen, um sie zu akzeptieren.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saving the account key in the keychain…</source>
        <translation>Kontoschlüssel wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Registering the account with External Account Binding…</source>
        <translation>Konto wird mit External Account Binding registriert…</translation>
    </message>
    <message>
        <location line="+28"/>
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
</context>
<context>
    <name>acmedesk::ResultPage</name>
    <message>
        <location filename="../ui/wizard/ResultPage.cpp" line="+14"/>
        <source>Account ready</source>
        <translation>Konto bereit</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location line="+14"/>
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
        <source>Click Finish to see the account in the Accounts list.</source>
        <translation>Klicken Sie auf „Abschließen“, um das Konto in der Kontenliste zu sehen.</translation>
    </message>
</context>
<context>
    <name>acmedesk::ScmPage</name>
    <message>
        <location filename="../ui/wizard/ScmPage.cpp" line="+18"/>
        <source>Open SCM login page</source>
        <translation>SCM-Anmeldeseite öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your Sectigo Certificate Manager</source>
        <translation>Ihr Sectigo Certificate Manager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: tell AcmeDesk where you sign in to SCM. You can skip this step.</source>
        <translation>Optional: Sagen Sie AcmeDesk, wo Sie sich bei SCM anmelden. Sie können diesen Schritt überspringen.</translation>
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
        <source>&amp;Customer URI:</source>
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
        <translation>&amp;Abteilung:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In SCM, open Enrollment &gt; ACME, select the endpoint, then Accounts &gt; Add; the new account&apos;s &quot;Details&quot; show the ACME URL, Key ID and HMAC key.</source>
        <translation>Öffnen Sie in SCM „Enrollment &gt; ACME“, wählen Sie den Endpunkt, dann „Accounts &gt; Add“; die „Details“ des neuen Kontos zeigen ACME-URL, Key ID und HMAC-Schlüssel.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Enter the SCM instance and your customer URI first.</source>
        <translation>Geben Sie zuerst die SCM-Instanz und Ihre Customer URI ein.</translation>
    </message>
</context>
<context>
    <name>acmedesk::ServerOptions</name>
    <message>
        <location filename="../app/core/acme/AcmeClient.cpp" line="-355"/>
        <source>The CA bundle holds no PEM certificate. Give a file with one or more &quot;-----BEGIN CERTIFICATE-----&quot; blocks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>acmedesk::cli</name>
    <message>
        <location filename="../app/cli/Cli.cpp" line="+130"/>
        <source>No account named &quot;%1&quot;; &apos;acmedesk-cli account list&apos; shows the names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--eab-hmac-key-file: cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>account add: unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>account add: --%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>account add: give exactly one of --eab-hmac-key or --eab-hmac-key-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+222"/>
        <source>--key-type: &quot;%1&quot; is not one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-218"/>
        <source>--eab-alg: &quot;%1&quot; is not one of HS256, HS384, HS512.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--ca-bundle: cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Account &quot;%1&quot; already existed at the CA for this key: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registered account &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>account list: unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No accounts yet. Add one with &apos;acmedesk-cli account add&apos; or the AcmeDesk window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>account show: give one account name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Account &quot;%1&quot; was never registered; add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The key of account &quot;%1&quot; is not in the keychain (%2); the account cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>account deactivate: give one account name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deactivated at the CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account &quot;%1&quot; is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>account rollover: give one account name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The CA switched to the new key, but it could not replace the old one in the keychain; it is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Account key replaced (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account &quot;%1&quot; now uses a new %2 key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>--data-dir needs a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown option &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>account: give add, list, show, deactivate or rollover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>account: unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+39"/>
        <source>Registers ACME accounts with External Account Binding values from Sectigo Certificate Manager.</source>
        <translation>Registriert ACME-Konten mit External-Account-Binding-Werten aus dem Sectigo Certificate Manager.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep the database in DIR (also: ACMEDESK_DATA_DIR).</source>
        <translation>Die Datenbank in VERZEICHNIS ablegen (auch: ACMEDESK_DATA_DIR).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIR</source>
        <translation>VERZEICHNIS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the account wizard on the local test CA, to try AcmeDesk without SCM.</source>
        <translation>Den Konto-Assistenten mit der lokalen Test-CA öffnen, um AcmeDesk ohne SCM auszuprobieren.</translation>
    </message>
    <message>
        <location line="+11"/>
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
