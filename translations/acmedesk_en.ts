<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Base64</name>
    <message numerus="yes">
        <location filename="../app/core/crypto/Base64Url.cpp" line="+80"/>
        <source>The key is one character too long or too short (%n character(s)); copy it again in full.</source>
        <translation>
            <numerusform>The key is one character too long or too short (%n character); copy it again in full.</numerusform>
            <numerusform>The key is one character too long or too short (%n characters); copy it again in full.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificateDetails</name>
    <message numerus="yes">
        <location filename="../ui/CertificateDetails.cpp" line="+62"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DomainRepository</name>
    <message numerus="yes">
        <location filename="../app/core/store/DomainRepository.cpp" line="+429"/>
        <source>%n domain(s) are delegated to the department &quot;%1&quot;; remove them or delegate them elsewhere first.</source>
        <translation>
            <numerusform>%n domain is delegated to the department &quot;%1&quot;; remove it or delegate it elsewhere first.</numerusform>
            <numerusform>%n domains are delegated to the department &quot;%1&quot;; remove them or delegate them elsewhere first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n domain(s) are delegated to the organization &quot;%1&quot; or its departments; remove them or delegate them elsewhere first.</source>
        <translation>
            <numerusform>%n domain is delegated to the organization &quot;%1&quot; or its departments; remove it or delegate it elsewhere first.</numerusform>
            <numerusform>%n domains are delegated to the organization &quot;%1&quot; or its departments; remove them or delegate them elsewhere first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EabInput</name>
    <message numerus="yes">
        <location filename="../app/core/scm/EabInput.cpp" line="+76"/>
        <source>The HMAC key is only %n byte(s) long, but SCM hands out %1-byte keys. Check that it was copied in full.</source>
        <translation>
            <numerusform>The HMAC key is only %n byte long, but SCM hands out %1-byte keys. Check that it was copied in full.</numerusform>
            <numerusform>The HMAC key is only %n bytes long, but SCM hands out %1-byte keys. Check that it was copied in full.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IcsExport</name>
    <message numerus="yes">
        <location filename="../app/core/inventory/IcsExport.cpp" line="+109"/>
        <source>%1 (+%n more name(s))</source>
        <translation>
            <numerusform>%1 (+%n more name)</numerusform>
            <numerusform>%1 (+%n more names)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeychainAudit</name>
    <message numerus="yes">
        <location filename="../app/core/jobs/KeychainAudit.cpp" line="+375"/>
        <source>It was written less than %n minute(s) ago and may belong to an AcmeDesk that is running right now.</source>
        <translation>
            <numerusform>It was written less than %n minute ago and may belong to an AcmeDesk that is running right now.</numerusform>
            <numerusform>It was written less than %n minutes ago and may belong to an AcmeDesk that is running right now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RenewalPolicy</name>
    <message numerus="yes">
        <location filename="../app/core/renewal/RenewalPolicy.cpp" line="+126"/>
        <source>%n day(s) before it expires</source>
        <translation>
            <numerusform>%n day before it expires</numerusform>
            <numerusform>%n days before it expires</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>acmedesk::AccountActions</name>
    <message numerus="yes">
        <location filename="../ui/AccountActions.cpp" line="+224"/>
        <source>%n certificate(s) it issued stay on the Dashboard and on disk, but cannot be renewed or revoked through it.</source>
        <translation>
            <numerusform>%n certificate it issued stays on the Dashboard and on disk, but cannot be renewed or revoked through it.</numerusform>
            <numerusform>%n certificates it issued stay on the Dashboard and on disk, but cannot be renewed or revoked through it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>acmedesk::CertificateInventoryModel</name>
    <message numerus="yes">
        <location filename="../models/CertificateInventoryModel.cpp" line="+148"/>
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Expires in %n day</numerusform>
            <numerusform>Expires in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+107"/>
        <source>%1 · outdated at %n place(s)</source>
        <translation>
            <numerusform>%1 · outdated at %n place</numerusform>
            <numerusform>%1 · outdated at %n places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Still deployed at %n place(s) although a newer certificate for the same names exists (#%1): deploy that one there. The details list the places.</source>
        <translation>
            <numerusform>Still deployed at %n place although a newer certificate for the same names exists (#%1): deploy that one there. The details list the places.</numerusform>
            <numerusform>Still deployed at %n places although a newer certificate for the same names exists (#%1): deploy that one there. The details list the places.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Seen deployed at %n place(s); the details list them.</source>
        <translation>
            <numerusform>Seen deployed at %n place; the details list them.</numerusform>
            <numerusform>Seen deployed at %n places; the details list them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>acmedesk::DashboardView</name>
    <message numerus="yes">
        <location filename="../ui/DashboardView.cpp" line="+637"/>
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n certificate</numerusform>
            <numerusform>%n certificates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n certificate(s) %1</source>
        <translation>
            <numerusform>%n certificate %1</numerusform>
            <numerusform>%n certificates %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+336"/>
        <source>Saved %n expiry date(s) to %1. Import the file into your calendar; importing a newer export updates the events.</source>
        <translation>
            <numerusform>Saved %n expiry date to %1. Import the file into your calendar; importing a newer export updates the events.</numerusform>
            <numerusform>Saved %n expiry dates to %1. Import the file into your calendar; importing a newer export updates the events.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>acmedesk::DcvActions</name>
    <message numerus="yes">
        <location filename="../app/core/jobs/DcvActions.cpp" line="+168"/>
        <source>SCM offered %n address(es) for validation by Email.</source>
        <translation>
            <numerusform>SCM offered %n address for validation by Email.</numerusform>
            <numerusform>SCM offered %n addresses for validation by Email.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>acmedesk::DomainTreeModel</name>
    <message numerus="yes">
        <location filename="../models/DomainTreeModel.cpp" line="+252"/>
        <source>%1 (expired %n day(s) ago)</source>
        <translation>
            <numerusform>%1 (expired %n day ago)</numerusform>
            <numerusform>%1 (expired %n days ago)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 (in %n day(s))</source>
        <translation>
            <numerusform>%1 (in %n day)</numerusform>
            <numerusform>%1 (in %n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%n need(s) action</source>
        <translation>
            <numerusform>%n need action</numerusform>
            <numerusform>%n needs action</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n domain(s), %1 needing action</source>
        <translation>
            <numerusform>%n domain, %1 needing action</numerusform>
            <numerusform>%n domains, %1 needing action</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>acmedesk::ExpiryTimeline</name>
    <message numerus="yes">
        <location filename="../ui/widgets/ExpiryTimeline.cpp" line="+63"/>
        <source>%1 – %2: %n certificate(s) expire</source>
        <translation>
            <numerusform>%1 – %2: %n certificate expires</numerusform>
            <numerusform>%1 – %2: %n certificates expire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+182"/>
        <source>%n certificate(s) expire in the next %1 weeks.</source>
        <translation>
            <numerusform>%n certificate expires in the next %1 weeks.</numerusform>
            <numerusform>%n certificates expire in the next %1 weeks.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>acmedesk::ImportDialog</name>
    <message numerus="yes">
        <location filename="../ui/ImportDialog.cpp" line="+78"/>
        <source>%1: %n certificate(s) added</source>
        <translation>
            <numerusform>%1: %n certificate added</numerusform>
            <numerusform>%1: %n certificates added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n already in the inventory</source>
        <translation>
            <numerusform>, %n already in the inventory</numerusform>
            <numerusform>, %n already in the inventory</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+267"/>
        <source>%1 of %n file(s)</source>
        <translation>
            <numerusform>%1 of %n file</numerusform>
            <numerusform>%1 of %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>The import was cancelled after %n file(s); the certificates of those files are in the inventory. Add the rest again to import them.</source>
        <translation>
            <numerusform>The import was cancelled after %n file; the certificates of those files are in the inventory. Add the rest again to import them.</numerusform>
            <numerusform>The import was cancelled after %n files; the certificates of those files are in the inventory. Add the rest again to import them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <source>%n file(s) read. </source>
        <translation>
            <numerusform>%n file read. </numerusform>
            <numerusform>%n files read. </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n PKCS#12 file(s) did not open with the empty password or the one given. Enter the password above and try again: only those files are read again.</source>
        <translation>
            <numerusform>%n PKCS#12 file did not open with the empty password or the one given. Enter the password above and try again: only those files are read again.</numerusform>
            <numerusform>%n PKCS#12 files did not open with the empty password or the one given. Enter the password above and try again: only those files are read again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>acmedesk::IssuanceJob</name>
    <message numerus="yes">
        <location filename="../app/core/jobs/IssuanceJob.cpp" line="+598"/>
        <source>Removed %n answer file(s) an earlier run left in the webroot.</source>
        <translation>
            <numerusform>Removed %n answer file an earlier run left in the webroot.</numerusform>
            <numerusform>Removed %n answer files an earlier run left in the webroot.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>acmedesk::IssueAccountPage</name>
    <message numerus="yes">
        <location filename="../ui/issue/IssueAccountPage.cpp" line="+106"/>
        <source>%n account(s) not listed: not valid at the CA (deactivated, revoked or unknown to it). See the Accounts page.</source>
        <translation>
            <numerusform>%n account not listed: not valid at the CA (deactivated, revoked or unknown to it). See the Accounts page.</numerusform>
            <numerusform>%n accounts not listed: not valid at the CA (deactivated, revoked or unknown to it). See the Accounts page.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>acmedesk::IssueResultPage</name>
    <message numerus="yes">
        <location filename="../ui/issue/IssueResultPage.cpp" line="+120"/>
        <source>Valid until %1 (%n day(s)), issued by %2.</source>
        <translation>
            <numerusform>Valid until %1 (%n day), issued by %2.</numerusform>
            <numerusform>Valid until %1 (%n days), issued by %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>Copied %n path(s).</source>
        <translation>
            <numerusform>Copied %n path.</numerusform>
            <numerusform>Copied %n paths.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>acmedesk::IssueWizard</name>
    <message numerus="yes">
        <location filename="../ui/issue/IssueWizard.cpp" line="+306"/>
        <source>Wait for the CA: up to %n hour(s)</source>
        <translation>
            <numerusform>Wait for the CA: up to %n hour</numerusform>
            <numerusform>Wait for the CA: up to %n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>acmedesk::KeychainSecretStore</name>
    <message numerus="yes">
        <location filename="../app/core/secrets/KeychainSecretStore.cpp" line="+206"/>
        <source>The keychain did not answer within %n second(s); it may be waiting for an unlock prompt. Unlock the keyring (on Linux the &quot;Login&quot; keyring) and try again.</source>
        <translation>
            <numerusform>The keychain did not answer within %n second; it may be waiting for an unlock prompt. Unlock the keyring (on Linux the &quot;Login&quot; keyring) and try again.</numerusform>
            <numerusform>The keychain did not answer within %n seconds; it may be waiting for an unlock prompt. Unlock the keyring (on Linux the &quot;Login&quot; keyring) and try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>acmedesk::LocalTestCa</name>
    <message numerus="yes">
        <location filename="../app/core/localca/LocalTestCa.cpp" line="+353"/>
        <source>Pebble did not answer within %n second(s).</source>
        <translation>
            <numerusform>Pebble did not answer within %n second.</numerusform>
            <numerusform>Pebble did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>acmedesk::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="+297"/>
        <source>%n certificate(s) renewed; some need attention.</source>
        <translation>
            <numerusform>%n certificate renewed; some need attention.</numerusform>
            <numerusform>%n certificates renewed; some need attention.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n certificate(s) renewed; their files were replaced in place.</source>
        <translation>
            <numerusform>%n certificate renewed; their files were replaced in place.</numerusform>
            <numerusform>%n certificates renewed; their files were replaced in place.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>acmedesk::PastePage</name>
    <message numerus="yes">
        <location filename="../ui/wizard/PastePage.cpp" line="+245"/>
        <source>(%n character(s), kept hidden)</source>
        <translation>
            <numerusform>(%n character, kept hidden)</numerusform>
            <numerusform>(%n characters, kept hidden)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>acmedesk::ProbeDialog</name>
    <message numerus="yes">
        <location filename="../ui/ProbeDialog.cpp" line="+238"/>
        <source>%1 (%2) serves %n certificate(s):</source>
        <translation>
            <numerusform>%1 (%2) serves %n certificate:</numerusform>
            <numerusform>%1 (%2) serves %n certificates:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Expires %1 (%n day(s) left)</source>
        <translation>
            <numerusform>Expires %1 (%n day left)</numerusform>
            <numerusform>Expires %1 (%n days left)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>acmedesk::TlsProbe</name>
    <message numerus="yes">
        <location filename="../app/core/inventory/TlsProbe.cpp" line="+163"/>
        <source>%1 did not complete a TLS handshake within %n second(s); check the host name, the port and the firewall.</source>
        <translation>
            <numerusform>%1 did not complete a TLS handshake within %n second; check the host name, the port and the firewall.</numerusform>
            <numerusform>%1 did not complete a TLS handshake within %n seconds; check the host name, the port and the firewall.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>acmedesk::TrayNotifier</name>
    <message numerus="yes">
        <location filename="../ui/TrayNotifier.cpp" line="+137"/>
        <source>Certificate expires in %n day(s)</source>
        <translation>
            <numerusform>Certificate expires in %n day</numerusform>
            <numerusform>Certificate expires in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Domain validation expires in %n day(s)</source>
        <translation>
            <numerusform>Domain validation expires in %n day</numerusform>
            <numerusform>Domain validation expires in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n item(s) expire soon</source>
        <translation>
            <numerusform>%n item expires soon</numerusform>
            <numerusform>%n items expire soon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n certificate(s) expired</source>
        <translation>
            <numerusform>%n certificate expired</numerusform>
            <numerusform>%n certificates expired</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n certificate(s) expire within 30 days</source>
        <translation>
            <numerusform>%n certificate expires within 30 days</numerusform>
            <numerusform>%n certificates expire within 30 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n renewal(s) failed</source>
        <translation>
            <numerusform>%n renewal failed</numerusform>
            <numerusform>%n renewals failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n domain validation(s) expire within 30 days</source>
        <translation>
            <numerusform>%n domain validation expires within 30 days</numerusform>
            <numerusform>%n domain validations expire within 30 days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message numerus="yes">
        <location filename="../app/cli/Doctor.cpp" line="+135"/>
        <source>%n mismatch(es); &apos;acmedesk-cli doctor --fix&apos; does what the lines above say.</source>
        <translation>
            <numerusform>%n mismatch; &apos;acmedesk-cli doctor --fix&apos; does what the lines above say.</numerusform>
            <numerusform>%n mismatches; &apos;acmedesk-cli doctor --fix&apos; does what the lines above say.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n mismatch(es) left.</source>
        <translation>
            <numerusform>%n mismatch left.</numerusform>
            <numerusform>%n mismatches left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/DomainsExport.cpp" line="+36"/>
        <source>Wrote %n domain line(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n domain line to %1.</numerusform>
            <numerusform>Wrote %n domain lines to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/DomainsImport.cpp" line="+63"/>
        <source>and %n more problem(s).</source>
        <translation>
            <numerusform>and %n more problem.</numerusform>
            <numerusform>and %n more problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CertsRevoke.cpp" line="+36"/>
        <source>  Expires: %1 (in %n day(s))</source>
        <translation>
            <numerusform>  Expires: %1 (in %n day)</numerusform>
            <numerusform>  Expires: %1 (in %n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CertsExportIcs.cpp" line="+39"/>
        <source>Wrote %n certificate expiry event(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n certificate expiry event to %1.</numerusform>
            <numerusform>Wrote %n certificate expiry events to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CertsImport.cpp" line="+25"/>
        <source>%n file(s) also held a private key; AcmeDesk read only the certificates and stored no key.</source>
        <translation>
            <numerusform>%n file also held a private key; AcmeDesk read only the certificates and stored no key.</numerusform>
            <numerusform>%n files also held a private key; AcmeDesk read only the certificates and stored no key.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CertsProbe.cpp" line="+21"/>
        <source>%1 (%2) served %n certificate(s):</source>
        <translation>
            <numerusform>%1 (%2) served %n certificate:</numerusform>
            <numerusform>%1 (%2) served %n certificates:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>expires: %1 (%n day(s) left)</source>
        <translation>
            <numerusform>expires: %1 (%n day left)</numerusform>
            <numerusform>expires: %1 (%n days left)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>PORT defaults to 443; write an IPv6 address as [2001:db8::1]:443. The server&apos;s leaf certificate is added to the inventory (source probe) unless it is there already; the endpoint is recorded as a place where it is deployed, with the chain and the time. The chain is recorded even when it does not verify; what a client would object to is printed. Gives up after %n second(s).</source>
        <translation>
            <numerusform>PORT defaults to 443; write an IPv6 address as [2001:db8::1]:443. The server&apos;s leaf certificate is added to the inventory (source probe) unless it is there already; the endpoint is recorded as a place where it is deployed, with the chain and the time. The chain is recorded even when it does not verify; what a client would object to is printed. Gives up after %n second.</numerusform>
            <numerusform>PORT defaults to 443; write an IPv6 address as [2001:db8::1]:443. The server&apos;s leaf certificate is added to the inventory (source probe) unless it is there already; the endpoint is recorded as a place where it is deployed, with the chain and the time. The chain is recorded even when it does not verify; what a client would object to is printed. Gives up after %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/Renew.cpp" line="+226"/>
        <source>acmedesk-cli: %n renewal(s) failed; see the lines above or &apos;acmedesk-cli renew --dry-run&apos;.</source>
        <translation>
            <numerusform>acmedesk-cli: %n renewal failed; see the lines above or &apos;acmedesk-cli renew --dry-run&apos;.</numerusform>
            <numerusform>acmedesk-cli: %n renewals failed; see the lines above or &apos;acmedesk-cli renew --dry-run&apos;.</numerusform>
        </translation>
    </message>
</context>
</TS>
