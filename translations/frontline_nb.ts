<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb">
<context>
    <name>Frontline::AboutDialog</name>
    <message>
        <source>About %1</source>
        <extracomment>Window title; %1 is the product name</extracomment>
        <translation>Om %1</translation>
    </message>
    <message>
        <source>Frontline</source>
        <extracomment>The product&apos;s name; usually kept as is</extracomment>
        <translation>Frontline</translation>
    </message>
    <message>
        <source>Version unknown</source>
        <translation>Ukjent versjon</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versjon %1</translation>
    </message>
    <message>
        <source>A desktop client for help-desk agents working in LiveAgent: the tickets you are responsible for, their SLA deadlines in business time, and quick replies with canned responses, also offline.</source>
        <translation>En skrivebordsklient for helpdesk-agenter som jobber i LiveAgent: billettene du har ansvaret for, SLA-fristene deres i åpningstiden og raske svar med ferdigsvar, også uten nett.</translation>
    </message>
    <message>
        <source>Frontline is free software under the %1, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.</source>
        <extracomment>%1 is a link to the licence text whose words are &quot;GNU General Public License&quot;</extracomment>
        <translation>Frontline er fri programvare under %1, versjon 3 eller (etter ditt valg) enhver senere versjon (GPL-3.0-or-later). Det gis ingen garanti.</translation>
    </message>
    <message>
        <source>GNU General Public License</source>
        <translation>GNU General Public License</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <extracomment>%1 is the Qt version Frontline was built with, %2 the one it runs on</extracomment>
        <translation>Bygget med Qt %1, kjører på Qt %2.</translation>
    </message>
    <message>
        <source>Homepage: %1</source>
        <extracomment>%1 is the address of Frontline&apos;s web site, as a link</extracomment>
        <translation>Nettsted: %1</translation>
    </message>
    <message>
        <source>Homepage</source>
        <translation>Nettsted</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Om &amp;Qt</translation>
    </message>
</context>
<context>
    <name>Frontline::ApiError</name>
    <message>
        <source>the server</source>
        <translation>serveren</translation>
    </message>
    <message>
        <source>There is no such host: %1. Check the server address.</source>
        <extracomment>%1 is a host name such as acme.ladesk.com</extracomment>
        <translation>Verten %1 finnes ikke. Kontroller serveradressen.</translation>
    </message>
    <message>
        <source>%1 refused the connection. Is the address right and the server running?</source>
        <translation>%1 avviste tilkoblingen. Er adressen riktig, og kjører serveren?</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation>%1 lukket tilkoblingen før den svarte.</translation>
    </message>
    <message>
        <source>The network is not available. Frontline keeps working offline and retries later.</source>
        <translation>Nettverket er ikke tilgjengelig. Frontline fortsetter å virke uten nett og prøver igjen senere.</translation>
    </message>
    <message>
        <source>Could not reach %1.</source>
        <translation>Fikk ikke kontakt med %1.</translation>
    </message>
    <message>
        <source>%1 The server said: “%2”</source>
        <extracomment>%1 is a sentence of ours, %2 the server&apos;s own explanation (usually English)</extracomment>
        <translation>%1 Serveren svarte: «%2»</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Frontline retries later.</source>
        <translation>%1 svarte ikke i tide. Frontline prøver igjen senere.</translation>
    </message>
    <message>
        <source>The server</source>
        <translation>Serveren</translation>
    </message>
    <message>
        <source>The secure connection to the server could not be established (TLS problem).</source>
        <translation>Den sikre tilkoblingen til serveren kunne ikke opprettes (TLS-problem).</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be established (TLS problem).</source>
        <translation>Den sikre tilkoblingen til %1 kunne ikke opprettes (TLS-problem).</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256): %1</source>
        <extracomment>the SHA-256 fingerprint of the server&apos;s certificate follows, e.g. AB:CD:...</extracomment>
        <translation>Sertifikatets fingeravtrykk (SHA-256): %1</translation>
    </message>
    <message>
        <source>No API key is set up for this account.</source>
        <translation>Det er ikke satt opp noen API-nøkkel for denne kontoen.</translation>
    </message>
    <message>
        <source>The server refused the API key. It may be wrong, expired or regenerated.</source>
        <translation>Serveren avviste API-nøkkelen. Den kan være feil, utløpt eller generert på nytt.</translation>
    </message>
    <message>
        <source>The API key is not allowed to do this.</source>
        <translation>API-nøkkelen har ikke tillatelse til dette.</translation>
    </message>
    <message>
        <source>The server does not know this item; it may have been deleted.</source>
        <translation>Serveren kjenner ikke dette elementet; det kan ha blitt slettet.</translation>
    </message>
    <message>
        <source>The server did not accept the request.</source>
        <translation>Serveren godtok ikke forespørselen.</translation>
    </message>
    <message numerus="yes">
        <source>The server has had too many requests from this key; retrying in %n second(s).</source>
        <translation>
            <numerusform>Serveren har fått for mange forespørsler fra denne nøkkelen; prøver igjen om %n sekund.</numerusform>
            <numerusform>Serveren har fått for mange forespørsler fra denne nøkkelen; prøver igjen om %n sekunder.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server has had too many requests from this key; retrying shortly.</source>
        <translation>Serveren har fått for mange forespørsler fra denne nøkkelen; prøver igjen om litt.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Frontline retries later.</source>
        <translation>Serveren hadde et problem (HTTP %1). Frontline prøver igjen senere.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood. Is this the address of a LiveAgent server?</source>
        <translation>Svaret fra serveren var uforståelig. Er dette adressen til en LiveAgent-server?</translation>
    </message>
    <message>
        <source>Enter the code from your two-factor authentication app.</source>
        <translation>Skriv inn koden fra appen for tofaktorautentisering.</translation>
    </message>
    <message>
        <source>The two-factor authentication code is wrong or has expired.</source>
        <translation>Koden for tofaktorautentisering er feil eller utløpt.</translation>
    </message>
    <message>
        <source>The login or password is wrong.</source>
        <translation>Brukernavnet eller passordet er feil.</translation>
    </message>
    <message>
        <source>Frontline connects only over HTTPS; http:// is allowed only for this computer (localhost).</source>
        <translation>Frontline kobler seg bare til over HTTPS; http:// er bare tillatt for denne datamaskinen (localhost).</translation>
    </message>
    <message>
        <source>This is not a server address. Enter an address such as acme.ladesk.com.</source>
        <translation>Dette er ikke en serveradresse. Skriv inn en adresse som acme.ladesk.com.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Forespørselen ble avbrutt.</translation>
    </message>
</context>
<context>
    <name>Frontline::ApiJob</name>
    <message>
        <source>The server&apos;s certificate is not the pinned certificate.</source>
        <translation>Serverens sertifikat er ikke det festede sertifikatet.</translation>
    </message>
</context>
<context>
    <name>Frontline::Application</name>
    <message>
        <source>No screenshot: the first sync did not finish in time.</source>
        <translation>Ingen skjermbilde: den første synkroniseringen ble ikke ferdig i tide.</translation>
    </message>
    <message>
        <source>No screenshot: no account is set up (use --demo).</source>
        <translation>Ingen skjermbilde: ingen konto er satt opp (bruk --demo).</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Logg inn</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Logg inn på nytt</translation>
    </message>
    <message>
        <source>The screenshot could not be saved to %1.</source>
        <translation>Skjermbildet kunne ikke lagres i %1.</translation>
    </message>
    <message>
        <source>Frontline</source>
        <translation>Frontline</translation>
    </message>
    <message>
        <source>No screenshot: %1</source>
        <translation>Ingen skjermbilde: %1</translation>
    </message>
</context>
<context>
    <name>Frontline::AutoPause</name>
    <message>
        <source>Screen locked</source>
        <extracomment>Pause reason recorded when Frontline paused because the screen locked</extracomment>
        <translation>Skjermen låst</translation>
    </message>
    <message>
        <source>Away</source>
        <extracomment>Pause reason recorded when Frontline paused after minutes without keyboard or mouse</extracomment>
        <translation>Borte</translation>
    </message>
</context>
<context>
    <name>Frontline::Autostart</name>
    <message>
        <source>Could not remove %1.</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>Kunne ikke fjerne %1.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Kunne ikke opprette mappen %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>Kunne ikke skrive %1: %2</translation>
    </message>
</context>
<context>
    <name>Frontline::CannedPicker</name>
    <message>
        <source>Search canned responses…</source>
        <extracomment>Placeholder of the canned-response search field</extracomment>
        <translation>Søk i ferdigsvar…</translation>
    </message>
    <message>
        <source>Search canned responses</source>
        <translation>Søk i ferdigsvar</translation>
    </message>
    <message>
        <source>Canned responses</source>
        <translation>Ferdigsvar</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Forhåndsvisning</translation>
    </message>
    <message>
        <source>↑↓ choose · Enter insert · Esc close</source>
        <translation>↑↓ velg · Enter sett inn · Esc lukk</translation>
    </message>
    <message>
        <source>Nothing matches.</source>
        <translation>Ingen treff.</translation>
    </message>
</context>
<context>
    <name>Frontline::Composer</name>
    <message>
        <source>&amp;Reply</source>
        <extracomment>Composer mode: a reply the customer receives</extracomment>
        <translation>&amp;Svar</translation>
    </message>
    <message>
        <source>Internal &amp;note</source>
        <extracomment>Composer mode: an internal note only agents see</extracomment>
        <translation>Internt &amp;notat</translation>
    </message>
    <message>
        <source>Canned response…</source>
        <translation>Ferdigsvar…</translation>
    </message>
    <message>
        <source>Insert a canned response</source>
        <translation>Sett inn et ferdigsvar</translation>
    </message>
    <message>
        <source>Insert a canned response (Ctrl+Space)</source>
        <translation>Sett inn et ferdigsvar (Ctrl+Mellomrom)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>Sen&amp;d</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Send (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>then leave answered</source>
        <extracomment>After sending a reply: the ticket stays answered (waiting for the customer)</extracomment>
        <translation>og la den stå som besvart</translation>
    </message>
    <message>
        <source>then resolve</source>
        <extracomment>After sending a reply: resolve the ticket</extracomment>
        <translation>og løs den</translation>
    </message>
    <message>
        <source>then postpone…</source>
        <extracomment>After sending a reply: postpone the ticket until a chosen time</extracomment>
        <translation>og utsett den…</translation>
    </message>
    <message>
        <source>After sending</source>
        <translation>Etter sending</translation>
    </message>
    <message>
        <source>Open in LiveAgent</source>
        <translation>Åpne i LiveAgent</translation>
    </message>
    <message>
        <source>Write a reply to the customer…</source>
        <translation>Skriv et svar til kunden…</translation>
    </message>
    <message>
        <source>Write an internal note (only agents see it)…</source>
        <translation>Skriv et internt notat (bare agenter ser det)…</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Internt notat</translation>
    </message>
    <message>
        <source>Replies and notes go through LiveAgent&apos;s API v1, and no v1 key was given. Add it in Settings, or answer in the LiveAgent panel.</source>
        <translation>Svar og notater går gjennom LiveAgents API v1, og ingen v1-nøkkel er oppgitt. Legg den til i Innstillinger, eller svar i LiveAgent-panelet.</translation>
    </message>
    <message>
        <source>Draft restored.</source>
        <translation>Utkastet er gjenopprettet.</translation>
    </message>
    <message>
        <source>New message on this ticket</source>
        <translation>Ny melding på denne billetten</translation>
    </message>
    <message>
        <source>Someone wrote on this ticket since you started writing. Read it before you send?</source>
        <translation>Noen har skrevet på denne billetten siden du begynte å skrive. Vil du lese det før du sender?</translation>
    </message>
    <message>
        <source>Review first</source>
        <translation>Les først</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Send likevel</translation>
    </message>
    <message>
        <source>Not sent: read the new message first.</source>
        <translation>Ikke sendt: les den nye meldingen først.</translation>
    </message>
    <message>
        <source>Note saved; it is sent as soon as the server can be reached.</source>
        <translation>Notatet er lagret; det sendes så snart serveren kan nås.</translation>
    </message>
    <message>
        <source>Reply saved; it is sent as soon as the server can be reached.</source>
        <translation>Svaret er lagret; det sendes så snart serveren kan nås.</translation>
    </message>
</context>
<context>
    <name>Frontline::ConversationRenderer</name>
    <message>
        <source>%1 — sending…</source>
        <extracomment>A reply or note written in Frontline that the server has not confirmed yet</extracomment>
        <translation>%1 — sendes…</translation>
    </message>
    <message>
        <source>Loading the conversation…</source>
        <translation>Henter samtalen…</translation>
    </message>
</context>
<context>
    <name>Frontline::DemoLauncher</name>
    <message>
        <source>The demo help desk could not be started: %1</source>
        <translation>Demo-helpdesken kunne ikke startes: %1</translation>
    </message>
    <message>
        <source>The demo help desk stopped before it was ready (exit code %1). %2</source>
        <translation>Demo-helpdesken stoppet før den var klar (avslutningskode %1). %2</translation>
    </message>
    <message>
        <source>The demo needs frontline-sandbox, which was not found next to Frontline.</source>
        <translation>Demoen trenger frontline-sandbox, som ikke ble funnet ved siden av Frontline.</translation>
    </message>
    <message>
        <source>The demo help desk did not start in time.</source>
        <translation>Demo-helpdesken startet ikke i tide.</translation>
    </message>
    <message>
        <source>The demo help desk answered something unexpected.</source>
        <translation>Demo-helpdesken svarte noe uventet.</translation>
    </message>
</context>
<context>
    <name>Frontline::DesktopIntegration</name>
    <message>
        <source>Working time</source>
        <translation>Arbeidstid</translation>
    </message>
    <message>
        <source>Frontline is still running</source>
        <translation>Frontline kjører fortsatt</translation>
    </message>
    <message>
        <source>It keeps counting down your deadlines and notifying you in the tray. Choose Quit in the tray menu to close it.</source>
        <translation>Den fortsetter å telle ned til fristene dine og varsle deg i systemkurven. Velg Avslutt i menyen i systemkurven for å lukke den.</translation>
    </message>
</context>
<context>
    <name>Frontline::DesktopNotifier</name>
    <message>
        <source>Open ticket</source>
        <extracomment>Notification button: open the ticket this notification is about</extracomment>
        <translation>Åpne billett</translation>
    </message>
</context>
<context>
    <name>Frontline::KeychainError</name>
    <message>
        <source>No saved key was found for this account. Please sign in again.</source>
        <translation>Fant ingen lagret nøkkel for denne kontoen. Logg inn på nytt.</translation>
    </message>
    <message>
        <source>No system keychain is available (such as GNOME Keyring or KWallet). Frontline keeps API keys only in the keychain, so it cannot remember your key; nothing was written to disk.</source>
        <translation>Ingen nøkkelring i systemet er tilgjengelig (som GNOME Keyring eller KWallet). Frontline lagrer API-nøkler bare i nøkkelringen, så den kan ikke huske nøkkelen din; ingenting ble skrevet til disk.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied, so Frontline cannot read or save your key.</source>
        <translation>Tilgang til systemets nøkkelring ble nektet, så Frontline kan ikke lese eller lagre nøkkelen din.</translation>
    </message>
    <message>
        <source>The system keychain reported a problem: %1</source>
        <translation>Systemets nøkkelring meldte om et problem: %1</translation>
    </message>
</context>
<context>
    <name>Frontline::LoginDialog</name>
    <message>
        <source>Extra Certificate Authority (PEM)</source>
        <translation>Ekstra sertifikatutsteder (PEM)</translation>
    </message>
    <message>
        <source>Pinned Server Certificate (PEM)</source>
        <translation>Festet serversertifikat (PEM)</translation>
    </message>
    <message>
        <source>Frontline on %1</source>
        <translation>Frontline på %1</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <extracomment>File filter of the certificate file chooser</extracomment>
        <translation>Sertifikater (*.pem *.crt *.cer);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Tester tilkoblingen…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Logger inn…</translation>
    </message>
    <message>
        <source>The connection works: this is a LiveAgent server and it accepts the API key.</source>
        <translation>Tilkoblingen virker: dette er en LiveAgent-server, og den godtar API-nøkkelen.</translation>
    </message>
    <message>
        <source>The connection works: this is a LiveAgent server.</source>
        <translation>Tilkoblingen virker: dette er en LiveAgent-server.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <extracomment>%1 is the agent&apos;s name</extracomment>
        <translation>Logget inn som %1.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>Stoppet. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>Sign In to LiveAgent</source>
        <translation>Logg inn på LiveAgent</translation>
    </message>
    <message>
        <source>Sign in to your LiveAgent account to see your tickets and answer them.</source>
        <translation>Logg inn på LiveAgent-kontoen din for å se billettene dine og svare på dem.</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>&amp;Serveradresse:</translation>
    </message>
    <message>
        <source>https://acme.ladesk.com</source>
        <extracomment>Example of a LiveAgent server address; keep as is unless a local example reads better</extracomment>
        <translation>https://acme.ladesk.com</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>The address you open LiveAgent at in your browser.</source>
        <translation>Adressen du åpner LiveAgent på i nettleseren.</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Logg inn med:</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <extracomment>Sign-in method</extracomment>
        <translation>AP&amp;I-nøkkel</translation>
    </message>
    <message>
        <source>E-mail and pass&amp;word</source>
        <extracomment>Sign-in method</extracomment>
        <translation>E-post og pass&amp;ord</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>deg@eksempel.no</translation>
    </message>
    <message>
        <source>Your e-mail address as an agent</source>
        <translation>E-postadressen din som agent</translation>
    </message>
    <message>
        <source>API v3 keys belong to the whole account, not to one agent: your e-mail tells Frontline which agent you are.</source>
        <translation>API v3-nøkler hører til hele kontoen, ikke til én agent: e-postadressen din forteller Frontline hvilken agent du er.</translation>
    </message>
    <message>
        <source>&amp;API key:</source>
        <translation>API-&amp;nøkkel:</translation>
    </message>
    <message>
        <source>API key (version 3)</source>
        <translation>API-nøkkel (versjon 3)</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passord:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <source>Two-factor c&amp;ode:</source>
        <translation>Tofaktor&amp;kode:</translation>
    </message>
    <message>
        <source>Two-factor authentication code</source>
        <translation>Kode for tofaktorautentisering</translation>
    </message>
    <message>
        <source>From your authenticator app</source>
        <translation>Fra autentiseringsappen din</translation>
    </message>
    <message>
        <source>API v&amp;1 key:</source>
        <translation>API v&amp;1-nøkkel:</translation>
    </message>
    <message>
        <source>API version 1 key, optional</source>
        <translation>API-nøkkel for versjon 1, valgfri</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Valgfri</translation>
    </message>
    <message>
        <source>Replies and internal notes go through LiveAgent&apos;s API v1, which has a key of its own. Without it Frontline can read tickets and act on them, but not reply.</source>
        <translation>Svar og interne notater går gjennom LiveAgents API v1, som har sin egen nøkkel. Uten den kan Frontline lese billetter og behandle dem, men ikke svare.</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>A&amp;vansert</translation>
    </message>
    <message>
        <source>Advanced: certificates</source>
        <translation>Avansert: sertifikater</translation>
    </message>
    <message>
        <source>E&amp;xtra CA file:</source>
        <translation>Ekstra &amp;CA-fil:</translation>
    </message>
    <message>
        <source>Extra certificate authority file</source>
        <translation>Fil med ekstra sertifikatutsteder</translation>
    </message>
    <message>
        <source>PEM file, optional</source>
        <translation>PEM-fil, valgfri</translation>
    </message>
    <message>
        <source>Pi&amp;nned certificate:</source>
        <translation>&amp;Festet sertifikat:</translation>
    </message>
    <message>
        <source>Pinned server certificate file</source>
        <translation>Fil med festet serversertifikat</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bla gjennom…</translation>
    </message>
    <message>
        <source>Choose the extra certificate authority file</source>
        <translation>Velg filen med den ekstra sertifikatutstederen</translation>
    </message>
    <message>
        <source>Choose the pinned certificate file</source>
        <translation>Velg filen med det festede sertifikatet</translation>
    </message>
    <message>
        <source>For a server whose certificate comes from your own authority (extra CA) or is self-signed (pinned). Certificates are always verified.</source>
        <translation>For en server der sertifikatet kommer fra deres egen utsteder (ekstra CA) eller er selvsignert (festet). Sertifikater blir alltid kontrollert.</translation>
    </message>
    <message>
        <source>Server certificate &amp;fingerprint (SHA-256):</source>
        <translation>Serversertifikatets fingeravt&amp;rykk (SHA-256):</translation>
    </message>
    <message>
        <source>Server certificate fingerprint (SHA-256)</source>
        <translation>Serversertifikatets fingeravtrykk (SHA-256)</translation>
    </message>
    <message>
        <source>If this is your server&apos;s certificate, save it as a PEM file and choose it as the pinned certificate under Advanced.</source>
        <translation>Hvis dette er sertifikatet til serveren din, lagrer du det som en PEM-fil og velger det som festet sertifikat under Avansert.</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Test tilkoblingen</translation>
    </message>
    <message>
        <source>Sign &amp;In</source>
        <translation>&amp;Logg inn</translation>
    </message>
</context>
<context>
    <name>Frontline::MainWindow</name>
    <message>
        <source>SLA due</source>
        <extracomment>Sort order: the nearest SLA deadline first</extracomment>
        <translation>SLA-frist</translation>
    </message>
    <message>
        <source>Oldest first (FIFO)</source>
        <extracomment>Sort order: first in, first out</extracomment>
        <translation>Eldste først (FIFO)</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Nyeste først</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Siste aktivitet</translation>
    </message>
    <message>
        <source>Easiest first</source>
        <extracomment>Sort order: tickets with the fewest and shortest messages first</extracomment>
        <translation>Enkleste først</translation>
    </message>
    <message>
        <source>VIP first</source>
        <translation>VIP først</translation>
    </message>
    <message>
        <source>Frontline — %1</source>
        <translation>Frontline — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <translation>&amp;Billett</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Verktøylinje</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synkroniser nå</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Innstillinger…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Logg ut</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;Search tickets</source>
        <translation>&amp;Søk i billetter</translation>
    </message>
    <message>
        <source>Ticket &amp;list</source>
        <translation>Billett&amp;liste</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <extracomment>Menu: write a reply to the customer</extracomment>
        <translation>&amp;Svar</translation>
    </message>
    <message>
        <source>Internal &amp;note</source>
        <translation>Internt &amp;notat</translation>
    </message>
    <message>
        <source>&amp;Take</source>
        <extracomment>Take responsibility for an unassigned ticket</extracomment>
        <translation>&amp;Ta</translation>
    </message>
    <message>
        <source>Trans&amp;fer to department…</source>
        <translation>&amp;Overfør til avdeling…</translation>
    </message>
    <message>
        <source>&amp;Assign to agent…</source>
        <translation>Tildel til &amp;agent…</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>&amp;Løs</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>&amp;Gjenåpne</translation>
    </message>
    <message>
        <source>&amp;Postpone…</source>
        <translation>&amp;Utsett…</translation>
    </message>
    <message>
        <source>&amp;Pending actions…</source>
        <translation>&amp;Ventende handlinger…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastatursnarveier</translation>
    </message>
    <message>
        <source>&amp;About Frontline</source>
        <translation>&amp;Om Frontline</translation>
    </message>
    <message>
        <source>Search tickets (Ctrl+K)</source>
        <translation>Søk i billetter (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search tickets</source>
        <translation>Søk i billetter</translation>
    </message>
    <message>
        <source>Sort tickets</source>
        <translation>Sorter billetter</translation>
    </message>
    <message>
        <source>Not saved</source>
        <extracomment>Title of the message shown when an action could not be stored</extracomment>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <source>Frontline — %1 (demo)</source>
        <extracomment>Window title; %1 is the signed-in agent</extracomment>
        <translation>Frontline — %1 (demo)</translation>
    </message>
    <message>
        <source>Mark ans&amp;wered</source>
        <translation>Merk som &amp;besvart</translation>
    </message>
    <message>
        <source>&amp;Working time…</source>
        <extracomment>Menu: the agent&apos;s working time today and this week, pauses excluded</extracomment>
        <translation>&amp;Arbeidstid…</translation>
    </message>
</context>
<context>
    <name>Frontline::NotificationCenter</name>
    <message>
        <source>your department</source>
        <extracomment>Stands for a department whose name is not known yet: &quot;New ticket in your department&quot;</extracomment>
        <translation>avdelingen din</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <extracomment>A ticket without a subject</extracomment>
        <translation>(uten emne)</translation>
    </message>
    <message>
        <source>From %1</source>
        <extracomment>Who wrote the ticket: &quot;From Jane Doe&quot;</extracomment>
        <translation>Fra %1</translation>
    </message>
    <message>
        <source>Assigned to you: %1</source>
        <extracomment>Notification title: a ticket became mine</extracomment>
        <translation>Tildelt deg: %1</translation>
    </message>
    <message>
        <source>The customer replied</source>
        <extracomment>Notification title: a customer answered on a ticket of mine</extracomment>
        <translation>Kunden har svart</translation>
    </message>
    <message>
        <source>%1 replied</source>
        <translation>%1 har svart</translation>
    </message>
    <message>
        <source>New ticket in %1</source>
        <extracomment>Notification title: &quot;New ticket in Billing&quot;</extracomment>
        <translation>Ny billett i %1</translation>
    </message>
    <message>
        <source>Ticket reopened: %1</source>
        <extracomment>Notification title: a resolved ticket of mine came back</extracomment>
        <translation>Billett gjenåpnet: %1</translation>
    </message>
    <message>
        <source>Deadline soon: %1</source>
        <extracomment>Notification title: an SLA deadline of my ticket is near</extracomment>
        <translation>Frist snart: %1</translation>
    </message>
    <message>
        <source>Deadline missed: %1</source>
        <extracomment>Notification title: an SLA deadline of my ticket passed</extracomment>
        <translation>Frist overskredet: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n tickets assigned to you</source>
        <translation>
            <numerusform>%n billett tildelt deg</numerusform>
            <numerusform>%n billetter tildelt deg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customers replied</source>
        <translation>
            <numerusform>%n kunde har svart</numerusform>
            <numerusform>%n kunder har svart</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new tickets in %1</source>
        <extracomment>&quot;5 new tickets in Billing&quot;</extracomment>
        <translation>
            <numerusform>%n ny billett i %1</numerusform>
            <numerusform>%n nye billetter i %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tickets reopened</source>
        <translation>
            <numerusform>%n billett gjenåpnet</numerusform>
            <numerusform>%n billetter gjenåpnet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deadlines due soon</source>
        <extracomment>SLA deadlines of my tickets that are near</extracomment>
        <translation>
            <numerusform>%n frist går snart ut</numerusform>
            <numerusform>%n frister går snart ut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deadlines missed</source>
        <extracomment>SLA deadlines of my tickets that passed</extracomment>
        <translation>
            <numerusform>%n frist overskredet</numerusform>
            <numerusform>%n frister overskredet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <extracomment>After the first three subjects of a burst: &quot;and 2 more&quot;</extracomment>
        <translation>
            <numerusform>og %n til</numerusform>
            <numerusform>og %n til</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Frontline::OutboxPusher</name>
    <message>
        <source>Replies and notes need the account&apos;s API v1 key. Add it in Settings, then retry.</source>
        <translation>Svar og notater krever kontoens API v1-nøkkel. Legg den til i Innstillinger, og prøv igjen.</translation>
    </message>
    <message>
        <source>This action was saved by another version of Frontline and cannot be sent.</source>
        <translation>Denne handlingen ble lagret av en annen versjon av Frontline og kan ikke sendes.</translation>
    </message>
</context>
<context>
    <name>Frontline::PendingActionsDialog</name>
    <message>
        <source>The server did not accept this action. Edit it, try again or discard it.</source>
        <translation>Serveren godtok ikke denne handlingen. Rediger den, prøv igjen eller forkast den.</translation>
    </message>
    <message>
        <source>It was sent but no answer came back; Frontline checks with the server before sending it again, so nothing is sent twice.</source>
        <translation>Den ble sendt, men det kom ikke noe svar; Frontline sjekker med serveren før den sendes igjen, så ingenting sendes to ganger.</translation>
    </message>
    <message>
        <source>It is being sent now.</source>
        <translation>Den sendes nå.</translation>
    </message>
    <message>
        <source>It could not be sent yet; Frontline keeps trying.</source>
        <translation>Den kunne ikke sendes ennå; Frontline fortsetter å prøve.</translation>
    </message>
    <message>
        <source>It is sent as soon as the server can be reached.</source>
        <translation>Den sendes så snart serveren kan nås.</translation>
    </message>
    <message>
        <source>%1 Last problem: %2</source>
        <extracomment>%1 is our sentence about the action&apos;s state, %2 the server&apos;s (or network&apos;s) explanation</extracomment>
        <translation>%1 Siste problem: %2</translation>
    </message>
    <message>
        <source>Discard Action</source>
        <translation>Forkast handling</translation>
    </message>
    <message>
        <source>Discard “%1”?</source>
        <translation>Forkaste «%1»?</translation>
    </message>
    <message>
        <source>Discard “%1” on %2?</source>
        <translation>Forkaste «%1» på %2?</translation>
    </message>
    <message>
        <source>It will not be sent, and the ticket is read again from the server.</source>
        <translation>Den blir ikke sendt, og billetten hentes på nytt fra serveren.</translation>
    </message>
    <message>
        <source>It may already have reached the server.</source>
        <translation>Den kan allerede ha nådd serveren.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Forkast</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Behold</translation>
    </message>
    <message>
        <source>Pending Actions</source>
        <translation>Ventende handlinger</translation>
    </message>
    <message>
        <source>Your actions stay here until the server has them. Actions the server refused wait for you: edit, retry or discard them.</source>
        <translation>Handlingene dine blir her til serveren har fått dem. Handlinger som serveren avviste, venter på deg: rediger dem, prøv igjen eller forkast dem.</translation>
    </message>
    <message>
        <source>&amp;Actions not yet on the server:</source>
        <translation>&amp;Handlinger som ikke er på serveren ennå:</translation>
    </message>
    <message>
        <source>Pending actions</source>
        <translation>Ventende handlinger</translation>
    </message>
    <message>
        <source>Nothing is waiting: the server has all your actions.</source>
        <translation>Ingenting venter: serveren har alle handlingene dine.</translation>
    </message>
    <message>
        <source>Message &amp;text:</source>
        <translation>Meldings&amp;tekst:</translation>
    </message>
    <message>
        <source>Text of the reply or note</source>
        <translation>Teksten i svaret eller notatet</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Prøv igjen nå</translation>
    </message>
    <message>
        <source>Send the selected action again now</source>
        <translation>Send den valgte handlingen på nytt nå</translation>
    </message>
    <message>
        <source>&amp;Edit text</source>
        <extracomment>Button: edit the text of a refused reply or note</extracomment>
        <translation>&amp;Rediger tekst</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Forkast…</translation>
    </message>
    <message>
        <source>Give up the selected action; the ticket is read again from the server</source>
        <translation>Gi opp den valgte handlingen; billetten hentes på nytt fra serveren</translation>
    </message>
    <message>
        <source>&amp;Save and send</source>
        <translation>Lagre og &amp;send</translation>
    </message>
    <message>
        <source>Ca&amp;ncel editing</source>
        <translation>A&amp;vbryt redigering</translation>
    </message>
</context>
<context>
    <name>Frontline::PendingActionsModel</name>
    <message>
        <source>Waiting</source>
        <extracomment>State of an action not yet sent to the server</extracomment>
        <translation>Venter</translation>
    </message>
    <message>
        <source>Sending</source>
        <extracomment>State of an action being sent to the server right now</extracomment>
        <translation>Sendes</translation>
    </message>
    <message>
        <source>Checking</source>
        <extracomment>State of an action sent without an answer: Frontline checks whether the server got it</extracomment>
        <translation>Kontrolleres</translation>
    </message>
    <message>
        <source>Refused</source>
        <extracomment>State of an action the server did not accept</extracomment>
        <translation>Avvist</translation>
    </message>
    <message>
        <source>Reply</source>
        <extracomment>Pending action: a reply to the customer</extracomment>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Internal note</source>
        <extracomment>Pending action</extracomment>
        <translation>Internt notat</translation>
    </message>
    <message>
        <source>Set status: %1</source>
        <extracomment>Pending action; %1 is a ticket status such as &quot;Resolved&quot;</extracomment>
        <translation>Sett status: %1</translation>
    </message>
    <message>
        <source>Postpone until %1</source>
        <extracomment>Pending action; %1 is a date and time</extracomment>
        <translation>Utsett til %1</translation>
    </message>
    <message>
        <source>Take</source>
        <extracomment>Pending action: the agent takes the ticket</extracomment>
        <translation>Ta</translation>
    </message>
    <message>
        <source>Assign to %1</source>
        <extracomment>Pending action; %1 is an agent&apos;s name</extracomment>
        <translation>Tildel til %1</translation>
    </message>
    <message>
        <source>Transfer to %1</source>
        <extracomment>Pending action; %1 is a department</extracomment>
        <translation>Overfør til %1</translation>
    </message>
    <message>
        <source>Transfer to %1 (%2)</source>
        <extracomment>Pending action; %1 is a department, %2 an agent of it</extracomment>
        <translation>Overfør til %1 (%2)</translation>
    </message>
    <message>
        <source>Pause</source>
        <extracomment>Pending action (noun): the agent pauses</extracomment>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause (%1)</source>
        <translation>Pause (%1)</translation>
    </message>
    <message>
        <source>Resume</source>
        <extracomment>Pending action: the agent resumes work after a pause</extracomment>
        <translation>Gjenoppta</translation>
    </message>
    <message>
        <source>Unknown action</source>
        <translation>Ukjent handling</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A ticket: %1 its code (ABC-123), %2 its subject</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The server did not accept this action. Edit it, try again or discard it.</source>
        <translation>Serveren godtok ikke denne handlingen. Rediger den, prøv igjen eller forkast den.</translation>
    </message>
    <message>
        <source>It was sent but no answer came back; Frontline checks with the server before sending it again, so nothing is sent twice.</source>
        <translation>Den ble sendt, men det kom ikke noe svar; Frontline sjekker med serveren før den sendes igjen, så ingenting sendes to ganger.</translation>
    </message>
    <message>
        <source>Next attempt at %1</source>
        <extracomment>%1 is a time</extracomment>
        <translation>Neste forsøk kl. %1</translation>
    </message>
    <message>
        <source>Action</source>
        <extracomment>Column of the pending-actions list: what the action does</extracomment>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Billett</translation>
    </message>
    <message>
        <source>Since</source>
        <extracomment>Column: when the action was taken</extracomment>
        <translation>Siden</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>Column: waiting, sending, checking or refused</extracomment>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>Server&apos;s message</source>
        <extracomment>Column: the server&apos;s explanation of an error</extracomment>
        <translation>Melding fra serveren</translation>
    </message>
</context>
<context>
    <name>Frontline::PostponeDialog</name>
    <message>
        <source>Postpone Ticket</source>
        <translation>Utsett billett</translation>
    </message>
    <message>
        <source>The ticket waits until this moment (your local time), then comes back as open.</source>
        <translation>Billetten venter til dette tidspunktet (din lokale tid) og kommer så tilbake som åpen.</translation>
    </message>
    <message>
        <source>In one &amp;hour (%1)</source>
        <extracomment>%1 is the clock time an hour from now, e.g. 15:30</extracomment>
        <translation>Om en &amp;time (%1)</translation>
    </message>
    <message>
        <source>&amp;Tomorrow at %1 (%2)</source>
        <extracomment>%1 is the time (09:00 in the local format), %2 tomorrow&apos;s date</extracomment>
        <translation>&amp;I morgen kl. %1 (%2)</translation>
    </message>
    <message>
        <source>Next &amp;Monday at %1 (%2)</source>
        <extracomment>%1 is the time (09:00 in the local format), %2 the date of next Monday</extracomment>
        <translation>Neste &amp;mandag kl. %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Other time:</source>
        <extracomment>A radio button followed by a date and time field</extracomment>
        <translation>A&amp;nnet tidspunkt:</translation>
    </message>
    <message>
        <source>Postpone until (date and time)</source>
        <translation>Utsett til (dato og klokkeslett)</translation>
    </message>
    <message>
        <source>This moment has already passed. Choose one in the future.</source>
        <translation>Dette tidspunktet er allerede passert. Velg et i fremtiden.</translation>
    </message>
    <message>
        <source>&amp;Postpone</source>
        <extracomment>The button that postpones the ticket</extracomment>
        <translation>&amp;Utsett</translation>
    </message>
</context>
<context>
    <name>Frontline::PresenceButton</name>
    <message>
        <source>Pause: %1</source>
        <extracomment>Menu item: pause with this reason, e.g. &quot;Pause: Lunch&quot;</extracomment>
        <translation>Pause: %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <extracomment>Menu item: end the pause
----------
Toolbar button (verb): end the break</extracomment>
        <translation>Gjenoppta</translation>
    </message>
    <message>
        <source>Pause</source>
        <extracomment>Toolbar button (verb): take a break</extracomment>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Presence: %1</source>
        <extracomment>Accessible name of the presence button; %1 is the presence in words</extracomment>
        <translation>Tilstedeværelse: %1</translation>
    </message>
    <message>
        <source>%1
%2 (%3)</source>
        <extracomment>Tooltip: the presence, then the toggle and its shortcut: &quot;Available
Pause (Ctrl+Shift+P)&quot;</extracomment>
        <translation>%1
%2 (%3)</translation>
    </message>
</context>
<context>
    <name>Frontline::PresenceText</name>
    <message>
        <source>Available</source>
        <extracomment>Presence: new work is routed to the agent</extracomment>
        <translation>Tilgjengelig</translation>
    </message>
    <message>
        <source>Paused</source>
        <extracomment>Presence (adjective/state, not the button): on a break</extracomment>
        <translation>På pause</translation>
    </message>
    <message>
        <source>Offline</source>
        <extracomment>Presence: no connection to the server</extracomment>
        <translation>Frakoblet</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Logget ut</translation>
    </message>
    <message>
        <source>Offline (paused)</source>
        <extracomment>Offline while a pause is in effect</extracomment>
        <translation>Frakoblet (på pause)</translation>
    </message>
    <message>
        <source>Paused — %1, since %2 (%3)</source>
        <extracomment>&quot;Paused — Lunch, since 12:00 (15 min)&quot;</extracomment>
        <translation>På pause — %1, siden %2 (%3)</translation>
    </message>
    <message>
        <source>Paused since %1 (%2)</source>
        <extracomment>&quot;Paused since 12:00 (15 min)&quot;</extracomment>
        <translation>På pause siden %1 (%2)</translation>
    </message>
    <message>
        <source>%1 — pending</source>
        <extracomment>The pause or resume is waiting to reach the server</extracomment>
        <translation>%1 — venter</translation>
    </message>
    <message>
        <source>Lunch</source>
        <extracomment>Pause reasons</extracomment>
        <translation>Lunsj</translation>
    </message>
    <message>
        <source>Coffee</source>
        <translation>Kaffe</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Møte</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
</context>
<context>
    <name>Frontline::QueueListView</name>
    <message>
        <source>Queues</source>
        <translation>Køer</translation>
    </message>
</context>
<context>
    <name>Frontline::QueueModel</name>
    <message>
        <source>Mine</source>
        <extracomment>Queue: tickets assigned to me</extracomment>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <extracomment>Queue: nobody&apos;s tickets in my departments</extracomment>
        <translation>Ikke tildelt</translation>
    </message>
    <message>
        <source>Overdue</source>
        <extracomment>Queue: tickets whose SLA deadline passed</extracomment>
        <translation>Over fristen</translation>
    </message>
    <message>
        <source>All open</source>
        <extracomment>Queue: every open ticket of my departments</extracomment>
        <translation>Alle åpne</translation>
    </message>
    <message>
        <source>Recently resolved</source>
        <extracomment>Queue: tickets resolved in the last days</extracomment>
        <translation>Nylig løst</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n ticket(s)</source>
        <extracomment>A queue and how many tickets it holds, e.g. &quot;Mine: 12 tickets&quot;</extracomment>
        <translation>
            <numerusform>%1: %n billett</numerusform>
            <numerusform>%1: %n billetter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Frontline::ResumeOperation</name>
    <message>
        <source>LiveAgent lists no device for you, so Frontline cannot make you available. Resume in the LiveAgent agent panel.</source>
        <translation>LiveAgent har ingen enhet registrert på deg, så Frontline kan ikke gjøre deg tilgjengelig. Gjenoppta i agentpanelet i LiveAgent.</translation>
    </message>
</context>
<context>
    <name>Frontline::ResumePrompt</name>
    <message>
        <source>Welcome back</source>
        <extracomment>Window title of the prompt shown when the agent comes back while paused</extracomment>
        <translation>Velkommen tilbake</translation>
    </message>
    <message>
        <source>Welcome back. %1

Resume now, so that new work reaches you again?</source>
        <extracomment>%1 is the presence, e.g. &quot;Paused — Lunch, since 12:00 (15 min)&quot;</extracomment>
        <translation>Velkommen tilbake. %1

Vil du gjenoppta nå, slik at nytt arbeid når deg igjen?</translation>
    </message>
    <message>
        <source>Resume</source>
        <extracomment>Button (verb): end the pause</extracomment>
        <translation>Gjenoppta</translation>
    </message>
    <message>
        <source>Stay paused</source>
        <translation>Fortsett pausen</translation>
    </message>
</context>
<context>
    <name>Frontline::SettingsDialog</name>
    <message>
        <source>New reason</source>
        <translation>Ny årsak</translation>
    </message>
    <message>
        <source>The key was saved.</source>
        <extracomment>After the API v1 key was handed to the keychain</extracomment>
        <translation>Nøkkelen er lagret.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Generelt</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Varsler</translation>
    </message>
    <message>
        <source>Presence</source>
        <extracomment>Settings tab: pause, resume and the automatic pause</extracomment>
        <translation>Tilstedeværelse</translation>
    </message>
    <message>
        <source>Account</source>
        <extracomment>Settings tab: the LiveAgent account&apos;s keys</extracomment>
        <translation>Konto</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>System default</source>
        <extracomment>Language list entry: use the language of the operating system</extracomment>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Dates and numbers: %1 · %2</source>
        <extracomment>Preview of how the chosen language writes a date, a time and a number</extracomment>
        <translation>Datoer og tall: %1 · %2</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>&amp;Fortsett å kjøre i systemkurven når vinduet lukkes</translation>
    </message>
    <message>
        <source>Start &amp;minimised to the tray</source>
        <translation>Start &amp;minimert i systemkurven</translation>
    </message>
    <message>
        <source>SLA &amp;warning when less than this share of the target is left:</source>
        <translation>SLA-&amp;varsel når mindre enn denne andelen av målet er igjen:</translation>
    </message>
    <message>
        <source>Show a desktop notification when:</source>
        <translation>Vis et skrivebordsvarsel når:</translation>
    </message>
    <message>
        <source>A ticket is &amp;assigned to me</source>
        <translation>En billett &amp;tildeles meg</translation>
    </message>
    <message>
        <source>A customer &amp;replies on my ticket</source>
        <translation>En kunde &amp;svarer på billetten min</translation>
    </message>
    <message>
        <source>A &amp;new ticket arrives in my department</source>
        <translation>En &amp;ny billett kommer inn i avdelingen min</translation>
    </message>
    <message>
        <source>An SLA deadline of mine is &amp;missed</source>
        <translation>En av mine SLA-frister o&amp;verskrides</translation>
    </message>
    <message>
        <source>While &amp;paused, only notify about missed deadlines</source>
        <translation>Varsle bare om overskredne frister mens jeg har &amp;pause</translation>
    </message>
    <message>
        <source>Pause &amp;reasons:</source>
        <translation>Pauseå&amp;rsaker:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <extracomment>Button: add a pause reason</extracomment>
        <translation>&amp;Legg til</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <extracomment>Button: remove the selected pause reason</extracomment>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <extracomment>Button: put back the standard pause reasons</extracomment>
        <translation>&amp;Gjenopprett standard</translation>
    </message>
    <message>
        <source>Pause automatically when the screen &amp;locks</source>
        <translation>Ta pause automatisk når skjermen lå&amp;ses</translation>
    </message>
    <message>
        <source>Pause automatically after this many &amp;idle minutes:</source>
        <translation>Ta pause automatisk etter så mange minutter &amp;uten aktivitet:</translation>
    </message>
    <message>
        <source>Off</source>
        <extracomment>Idle minutes of 0: no automatic pause</extracomment>
        <translation>Av</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>Unit after the number of idle minutes</extracomment>
        <translation> min</translation>
    </message>
    <message>
        <source>Offer to resume when I come &amp;back while paused</source>
        <translation>&amp;Tilby å gjenoppta når jeg kommer tilbake fra en pause</translation>
    </message>
    <message>
        <source>This desktop does not report screen locking: the automatic pause cannot work here.</source>
        <translation>Dette skrivebordet melder ikke fra når skjermen låses: den automatiske pausen kan ikke virke her.</translation>
    </message>
    <message>
        <source>This desktop does not report idle time: only the pause on locking can work here.</source>
        <translation>Dette skrivebordet melder ikke fra om inaktiv tid: bare pausen ved skjermlås kan virke her.</translation>
    </message>
    <message>
        <source>Replies and internal notes go through LiveAgent&apos;s older API v1, which needs its own key (Settings for API v1 in LiveAgent). Frontline keeps it in the system keychain, never in a file.</source>
        <translation>Svar og interne notater går gjennom LiveAgents eldre API v1, som trenger sin egen nøkkel (innstillingene for API v1 i LiveAgent). Frontline lagrer den i systemets nøkkelring, aldri i en fil.</translation>
    </message>
    <message>
        <source>API v1 &amp;key:</source>
        <translation>API v1-&amp;nøkkel:</translation>
    </message>
    <message>
        <source>&amp;Save key</source>
        <extracomment>Button: store the API v1 key entered</extracomment>
        <translation>&amp;Lagre nøkkel</translation>
    </message>
    <message>
        <source>Start Frontline when I log &amp;in</source>
        <translation>Start Frontline når jeg logger &amp;inn</translation>
    </message>
    <message>
        <source>A ticket of mine is reopene&amp;d</source>
        <translation>En av billettene mine &amp;gjenåpnes</translation>
    </message>
    <message>
        <source>An SLA deadline of mine is n&amp;ear</source>
        <translation>En av mine SLA-&amp;frister nærmer seg</translation>
    </message>
</context>
<context>
    <name>Frontline::ShortcutsDialog</name>
    <message>
        <source>, </source>
        <extracomment>Separates several shortcuts of one action, e.g. &quot;Ctrl+K, /&quot;</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>There are no actions.</source>
        <translation>Det finnes ingen handlinger.</translation>
    </message>
    <message>
        <source>No action or shortcut matches “%1”.</source>
        <translation>Ingen handling eller snarvei passer med «%1».</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastatursnarveier</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Søk:</translation>
    </message>
    <message>
        <source>Action or key, e.g. reply or Ctrl+K</source>
        <translation>Handling eller tast, f.eks. svar eller Ctrl+K</translation>
    </message>
    <message>
        <source>Search actions and shortcuts</source>
        <translation>Søk i handlinger og snarveier</translation>
    </message>
    <message>
        <source>Actions and their shortcuts</source>
        <translation>Handlinger og snarveiene deres</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Snarvei</translation>
    </message>
</context>
<context>
    <name>Frontline::SignInError</name>
    <message>
        <source>The key works, but no agent of this account has that e-mail address.</source>
        <translation>Nøkkelen virker, men ingen agent på denne kontoen har den e-postadressen.</translation>
    </message>
    <message>
        <source>Please fill in: %1.</source>
        <extracomment>%1 is the name of a field of the sign-in form, e.g. &quot;API key&quot;</extracomment>
        <translation>Fyll inn: %1.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-nøkkel</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins or requests to the server. Try again in %n minute(s).</source>
        <translation>
            <numerusform>For mange mislykkede innlogginger eller forespørsler til serveren. Prøv igjen om %n minutt.</numerusform>
            <numerusform>For mange mislykkede innlogginger eller forespørsler til serveren. Prøv igjen om %n minutter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many failed sign-ins or requests to the server. Try again in a few minutes.</source>
        <translation>For mange mislykkede innlogginger eller forespørsler til serveren. Prøv igjen om noen minutter.</translation>
    </message>
</context>
<context>
    <name>Frontline::SlaText</name>
    <message>
        <source>&lt; 1 min</source>
        <extracomment>Less than one minute of SLA time</extracomment>
        <translation>&lt; 1 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <extracomment>Minutes of SLA time, abbreviated</extracomment>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <extracomment>Hours of SLA time, abbreviated (Danish: &quot;%1 t&quot;)</extracomment>
        <translation>%1 t</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>Hours and minutes of SLA time, abbreviated (Danish: &quot;%1 t %2 min&quot;)</extracomment>
        <translation>%1 t %2 min</translation>
    </message>
    <message>
        <source>%1 d</source>
        <extracomment>Days of SLA time (24 hours each), abbreviated</extracomment>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <extracomment>Days and hours of SLA time, abbreviated</extracomment>
        <translation>%1 d %2 t</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A weekday and a time, e.g. &quot;Mon 09:00&quot;
----------
A date and a time, e.g. &quot;12 Dec 09:00&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>met</source>
        <extracomment>SLA target reached in time</extracomment>
        <translation>oppfylt</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <extracomment>SLA deadline passed by this much business time</extracomment>
        <translation>%1 for sent</translation>
    </message>
    <message>
        <source>paused</source>
        <extracomment>SLA column: the clock stands still (outside business hours)</extracomment>
        <translation>på pause</translation>
    </message>
    <message>
        <source>paused until %1</source>
        <extracomment>The SLA clock stands still outside business hours until this time</extracomment>
        <translation>på pause til %1</translation>
    </message>
    <message>
        <source>postponed</source>
        <extracomment>SLA column: the ticket is postponed without an end</extracomment>
        <translation>utsatt</translation>
    </message>
    <message>
        <source>postponed until %1</source>
        <extracomment>The ticket is postponed; the SLA clock waits until this time</extracomment>
        <translation>utsatt til %1</translation>
    </message>
    <message>
        <source>no deadline</source>
        <extracomment>No SLA deadline can be reached (no business hours ever)</extracomment>
        <translation>ingen frist</translation>
    </message>
    <message>
        <source>On time</source>
        <extracomment>SLA state</extracomment>
        <translation>I rute</translation>
    </message>
    <message>
        <source>Due soon</source>
        <extracomment>SLA state: little time left</extracomment>
        <translation>Frist snart</translation>
    </message>
    <message>
        <source>Overdue</source>
        <extracomment>SLA state</extracomment>
        <translation>Over fristen</translation>
    </message>
    <message>
        <source>Paused</source>
        <extracomment>SLA state: outside business hours</extracomment>
        <translation>På pause</translation>
    </message>
    <message>
        <source>Met</source>
        <extracomment>SLA state</extracomment>
        <translation>Oppfylt</translation>
    </message>
    <message>
        <source>Postponed</source>
        <extracomment>SLA state: the ticket is postponed</extracomment>
        <translation>Utsatt</translation>
    </message>
    <message>
        <source>First answer</source>
        <translation>Første svar</translation>
    </message>
    <message>
        <source>Next answer</source>
        <translation>Neste svar</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Løsning</translation>
    </message>
    <message>
        <source>First assignment</source>
        <translation>Første tildeling</translation>
    </message>
</context>
<context>
    <name>Frontline::StoreError</name>
    <message>
        <source>Frontline cannot open its local cache. Check that your home folder is writable.</source>
        <translation>Frontline kan ikke åpne den lokale hurtigbufferen. Kontroller at det går an å skrive til hjemmemappen din.</translation>
    </message>
    <message>
        <source>The local cache was written by a newer version of Frontline. Update Frontline to use this account.</source>
        <translation>Den lokale hurtigbufferen ble skrevet av en nyere versjon av Frontline. Oppdater Frontline for å bruke denne kontoen.</translation>
    </message>
    <message>
        <source>The local cache was damaged. It has been set aside and is being rebuilt from the server; your unsent actions were kept.</source>
        <translation>Den lokale hurtigbufferen var skadet. Den er lagt til side og bygges opp på nytt fra serveren; handlingene dine som ikke er sendt, er tatt vare på.</translation>
    </message>
    <message>
        <source>The disk is full, so Frontline could not save this. Nothing was sent; free some space and try again.</source>
        <translation>Disken er full, så Frontline kunne ikke lagre dette. Ingenting ble sendt; frigjør litt plass og prøv igjen.</translation>
    </message>
    <message>
        <source>The local cache is read-only, so Frontline could not save this.</source>
        <translation>Den lokale hurtigbufferen er skrivebeskyttet, så Frontline kunne ikke lagre dette.</translation>
    </message>
    <message>
        <source>The local cache is in use by another Frontline window. Close it and try again.</source>
        <translation>Den lokale hurtigbufferen brukes av et annet Frontline-vindu. Lukk det og prøv igjen.</translation>
    </message>
    <message>
        <source>Frontline could not save this in its local cache.</source>
        <translation>Frontline kunne ikke lagre dette i den lokale hurtigbufferen.</translation>
    </message>
</context>
<context>
    <name>Frontline::SyncEngine</name>
    <message>
        <source>No network connection.</source>
        <translation>Ingen nettverkstilkobling.</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>Serveren kan ikke nås.</translation>
    </message>
</context>
<context>
    <name>Frontline::SyncStatusWidget</name>
    <message>
        <source>Syncing…</source>
        <translation>Synkroniserer…</translation>
    </message>
    <message>
        <source>Offline — your actions are kept and sent when the connection is back</source>
        <extracomment>Status bar while the server cannot be reached</extracomment>
        <translation>Frakoblet — handlingene dine tas vare på og sendes når tilkoblingen er tilbake</translation>
    </message>
    <message>
        <source>Sync problem: %1</source>
        <translation>Synkroniseringsproblem: %1</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <extracomment>Status bar: the time of the last successful sync</extracomment>
        <translation>Synkronisert kl. %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Ikke synkronisert ennå</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) waiting</source>
        <translation>
            <numerusform>%n handling venter</numerusform>
            <numerusform>%n handlinger venter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n refused</source>
        <translation>
            <numerusform>%1, %n avvist</numerusform>
            <numerusform>%1, %n avvist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) refused</source>
        <translation>
            <numerusform>%n handling avvist</numerusform>
            <numerusform>%n handlinger avvist</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the actions that are not on the server yet</source>
        <translation>Vis handlingene som ikke er på serveren ennå</translation>
    </message>
    <message numerus="yes">
        <source>Rate limit: waiting %n s</source>
        <extracomment>Requests are held back to stay under LiveAgent&apos;s request limit</extracomment>
        <translation>
            <numerusform>Forespørselsgrense: venter %n s</numerusform>
            <numerusform>Forespørselsgrense: venter %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Frontline::TicketListModel</name>
    <message>
        <source>(no subject)</source>
        <translation>(uten emne)</translation>
    </message>
    <message>
        <source>%1 due %2</source>
        <extracomment>Tooltip of the SLA column, e.g. &quot;First answer due Mon 10:00&quot;</extracomment>
        <translation>%1 senest %2</translation>
    </message>
    <message>
        <source>Estimated with the default SLA level until the ticket&apos;s level is known.</source>
        <translation>Beregnet med standard SLA-nivå til billettens nivå er kjent.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Emne</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Siste aktivitet</translation>
    </message>
    <message>
        <source>SLA</source>
        <extracomment>Column header: time left until the SLA deadline</extracomment>
        <translation>SLA</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Tooltip of the SLA column: the state, then the time, e.g. &quot;Due soon: 12 min&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Frontline::TicketListView</name>
    <message>
        <source>Tickets</source>
        <translation>Billetter</translation>
    </message>
</context>
<context>
    <name>Frontline::TicketText</name>
    <message>
        <source>Initializing</source>
        <extracomment>Ticket status</extracomment>
        <translation>Initialiseres</translation>
    </message>
    <message>
        <source>New</source>
        <extracomment>Ticket status</extracomment>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Chatting</source>
        <extracomment>Ticket status: a live chat is going on</extracomment>
        <translation>Chatter</translation>
    </message>
    <message>
        <source>Calling</source>
        <extracomment>Ticket status: a call is going on</extracomment>
        <translation>I samtale</translation>
    </message>
    <message>
        <source>Resolved</source>
        <extracomment>Ticket status</extracomment>
        <translation>Løst</translation>
    </message>
    <message>
        <source>Deleted</source>
        <extracomment>Ticket status</extracomment>
        <translation>Slettet</translation>
    </message>
    <message>
        <source>Spam</source>
        <extracomment>Ticket status</extracomment>
        <translation>Søppelpost</translation>
    </message>
    <message>
        <source>Answered</source>
        <extracomment>Ticket status: the agent answered, waiting for the customer</extracomment>
        <translation>Besvart</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Ticket status: the customer wrote again</extracomment>
        <translation>Åpen</translation>
    </message>
    <message>
        <source>Postponed</source>
        <extracomment>Ticket status</extracomment>
        <translation>Utsatt</translation>
    </message>
    <message>
        <source>Closed</source>
        <extracomment>Ticket status</extracomment>
        <translation>Lukket</translation>
    </message>
    <message>
        <source>Other (%1)</source>
        <extracomment>A ticket status letter Frontline does not know, e.g. &quot;Other (Q)&quot;
----------
A channel letter Frontline does not know, e.g. &quot;Other (V)&quot;
----------
A message group type Frontline does not know, e.g. &quot;Other (9)&quot;</extracomment>
        <translation>Annet (%1)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Chat button</source>
        <translation>Chatteknapp</translation>
    </message>
    <message>
        <source>Contact form</source>
        <translation>Kontaktskjema</translation>
    </message>
    <message>
        <source>Chat invitation</source>
        <translation>Chatteinvitasjon</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Samtale</translation>
    </message>
    <message>
        <source>Call button</source>
        <translation>Ringeknapp</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>Facebook message</source>
        <translation>Facebook-melding</translation>
    </message>
    <message>
        <source>Twitter</source>
        <translation>Twitter</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Forslag</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Internt notat</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Customer message</source>
        <translation>Melding fra kunden</translation>
    </message>
    <message>
        <source>Chat</source>
        <extracomment>Conversation part: a live chat</extracomment>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Social message</source>
        <translation>Melding fra sosiale medier</translation>
    </message>
    <message>
        <source>Transfer</source>
        <extracomment>Conversation event: the ticket was transferred to another department or agent</extracomment>
        <translation>Overføring</translation>
    </message>
    <message>
        <source>System event</source>
        <translation>Systemhendelse</translation>
    </message>
</context>
<context>
    <name>Frontline::TicketView</name>
    <message numerus="yes">
        <source>%n remote image(s) or file(s) in this message were not loaded, so the sender cannot see that you read it.</source>
        <extracomment>Shown above an e-mail whose remote images were not loaded</extracomment>
        <translation>
            <numerusform>%n eksternt bilde eller fil i denne meldingen ble ikke hentet, så avsenderen kan ikke se at du har lest den.</numerusform>
            <numerusform>%n eksterne bilder eller filer i denne meldingen ble ikke hentet, så avsenderen kan ikke se at du har lest den.</numerusform>
        </translation>
    </message>
    <message>
        <source>This ticket is no longer in your queues.</source>
        <translation>Denne billetten er ikke lenger i køene dine.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(uten emne)</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <extracomment>Ticket header line: the customer</extracomment>
        <translation>Kunde: %1</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>Kanal: %1</translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation>Avdeling: %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <extracomment>Ticket header line: the agent responsible for the ticket, or &quot;Unassigned&quot;</extracomment>
        <translation>Ansvarlig: %1</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Ikke tildelt</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) waiting to be sent</source>
        <translation>
            <numerusform>%n handling venter på å bli sendt</numerusform>
            <numerusform>%n handlinger venter på å bli sendt</numerusform>
        </translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Etiketter: %1</translation>
    </message>
    <message>
        <source>never</source>
        <extracomment>An SLA target without a reachable deadline: &quot;First answer — due never&quot;</extracomment>
        <translation>aldri</translation>
    </message>
    <message>
        <source>%1 — due %2 — %3 (%4)</source>
        <extracomment>One SLA target of the ticket: &quot;First answer — due Mon 10:00 — 1 h 20 min (On time)&quot;</extracomment>
        <translation>%1 — senest %2 — %3 (%4)</translation>
    </message>
    <message>
        <source>No messages.</source>
        <translation>Ingen meldinger.</translation>
    </message>
    <message>
        <source>Loading the conversation…</source>
        <translation>Henter samtalen…</translation>
    </message>
    <message>
        <source>Select a ticket to read it. Use j and k to move through the list, Enter to open, R to reply.</source>
        <translation>Velg en billett for å lese den. Bruk j og k for å bla i listen, Enter for å åpne og R for å svare.</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Samtale</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historikk</translation>
    </message>
    <message>
        <source>When</source>
        <extracomment>Column of the ticket&apos;s history: when it happened</extracomment>
        <translation>Når</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <source>Owner</source>
        <extracomment>Column of the ticket&apos;s history: the agent responsible from then on</extracomment>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Column of the ticket&apos;s history: the ticket&apos;s status from then on</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ticket history</source>
        <translation>Billettens historikk</translation>
    </message>
</context>
<context>
    <name>Frontline::TransferDialog</name>
    <message>
        <source>Anyone in the department</source>
        <extracomment>Transfer target: nobody in particular; the ticket is left unassigned in the department</extracomment>
        <translation>Hvem som helst i avdelingen</translation>
    </message>
    <message>
        <source>No departments are known yet; they are loaded with the next sync.</source>
        <translation>Ingen avdelinger er kjent ennå; de hentes ved neste synkronisering.</translation>
    </message>
    <message>
        <source>Choose a department.</source>
        <translation>Velg en avdeling.</translation>
    </message>
    <message>
        <source>This department has no agents.</source>
        <translation>Denne avdelingen har ingen agenter.</translation>
    </message>
    <message>
        <source>Assign Ticket</source>
        <translation>Tildel billett</translation>
    </message>
    <message>
        <source>Transfer Ticket</source>
        <translation>Overfør billett</translation>
    </message>
    <message>
        <source>Choose the agent who takes over this ticket.</source>
        <translation>Velg agenten som overtar denne billetten.</translation>
    </message>
    <message>
        <source>Choose the department that takes over this ticket and, if you like, one of its agents.</source>
        <translation>Velg avdelingen som overtar denne billetten og, om du vil, en av agentene der.</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>A&amp;vdeling:</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Avdeling</translation>
    </message>
    <message>
        <source>Choose a department</source>
        <translation>Velg en avdeling</translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation>A&amp;gent:</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Choose an agent</source>
        <translation>Velg en agent</translation>
    </message>
    <message>
        <source>“Anyone in the department” leaves the ticket unassigned there, for the department&apos;s agents to take.</source>
        <translation>«Hvem som helst i avdelingen» lar billetten stå utildelt i avdelingen, slik at agentene der kan ta den.</translation>
    </message>
    <message>
        <source>Internal &amp;note:</source>
        <translation>Internt &amp;notat:</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Internt notat</translation>
    </message>
    <message>
        <source>Optional: what the next agent should know. Only agents see it.</source>
        <translation>Valgfritt: det neste agent bør vite. Bare agenter ser det.</translation>
    </message>
    <message>
        <source>A&amp;ssign</source>
        <extracomment>Buttons that hand the ticket over</extracomment>
        <translation>&amp;Tildel</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>&amp;Overfør</translation>
    </message>
</context>
<context>
    <name>Frontline::TrayIcon</name>
    <message>
        <source>%1 — %2</source>
        <extracomment>The most urgent deadline of mine: &quot;Refund request — 12 min&quot;</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Resume</source>
        <extracomment>Tray menu (verb): end the break</extracomment>
        <translation>Gjenoppta</translation>
    </message>
    <message>
        <source>Pause</source>
        <extracomment>Tray menu (verb): take a break</extracomment>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause with reason</source>
        <extracomment>Tray submenu: pause and say why (Lunch, Coffee…)</extracomment>
        <translation>Pause med årsak</translation>
    </message>
    <message>
        <source>My tickets (%1)</source>
        <extracomment>Tray menu: my tickets, with how many need an answer</extracomment>
        <translation>Mine billetter (%1)</translation>
    </message>
    <message>
        <source>No running deadline</source>
        <extracomment>Tray menu: the most urgent running deadline of my tickets; click opens the ticket</extracomment>
        <translation>Ingen løpende frist</translation>
    </message>
    <message>
        <source>Next deadline: %1</source>
        <translation>Neste frist: %1</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synkroniser nå</translation>
    </message>
    <message>
        <source>Open Frontline</source>
        <translation>Åpne Frontline</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avslutt</translation>
    </message>
    <message>
        <source>Need an answer: %1</source>
        <extracomment>Tooltip: my tickets waiting for my answer</extracomment>
        <translation>Venter på svar: %1</translation>
    </message>
    <message>
        <source>overdue: %1</source>
        <extracomment>Tooltip: my tickets past a deadline</extracomment>
        <translation>over fristen: %1</translation>
    </message>
    <message>
        <source>due soon: %1</source>
        <extracomment>Tooltip: my tickets whose deadline is near</extracomment>
        <translation>frist snart: %1</translation>
    </message>
    <message>
        <source>Frontline — %1</source>
        <extracomment>Tray tooltip&apos;s first line: the product and the presence, &quot;Frontline — Available&quot;</extracomment>
        <translation>Frontline — %1</translation>
    </message>
</context>
<context>
    <name>Frontline::UiText</name>
    <message>
        <source>Unknown</source>
        <extracomment>A person whose name and e-mail are unknown</extracomment>
        <translation>Ukjent</translation>
    </message>
</context>
<context>
    <name>Frontline::WorkTimePanel</name>
    <message>
        <source>Today: %1 worked</source>
        <extracomment>Tray tooltip: working time today, pauses excluded</extracomment>
        <translation>I dag: %1 arbeidet</translation>
    </message>
    <message>
        <source>Today: %1 worked · pauses: %2 (%3)</source>
        <extracomment>Tray tooltip: &quot;Today: 5 h 12 min worked · pauses: 2 (45 min)&quot;</extracomment>
        <translation>I dag: %1 arbeidet · pauser: %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Today&apos;s pauses: &quot;2 (0:40:00)&quot;: how many, and their total</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No reason</source>
        <extracomment>A pause without a reason, in the list of pauses by reason</extracomment>
        <translation>Ingen årsak</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A pause reason and its total time today: &quot;Lunch: 0:30:00&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>—</source>
        <extracomment>Nothing to show in a field of the work-time panel</extracomment>
        <translation>—</translation>
    </message>
    <message>
        <source>Total</source>
        <extracomment>The week table&apos;s last row</extracomment>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <extracomment>Title of the week table: &quot;Week of 23/11/2026&quot;</extracomment>
        <translation>Uken fra %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>Kunne ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>Eksportert til %1.</translation>
    </message>
    <message>
        <source>frontline-working-time-%1-W%2.csv</source>
        <extracomment>Suggested file name of the export; keep it free of spaces and slashes</extracomment>
        <translation>frontline-arbeidstid-%1-U%2.csv</translation>
    </message>
    <message>
        <source>Export working time</source>
        <translation>Eksporter arbeidstid</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Today</source>
        <extracomment>Work-time panel: today&apos;s totals</extracomment>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Working time:</source>
        <extracomment>Work-time panel: working time without pauses</extracomment>
        <translation>Arbeidstid:</translation>
    </message>
    <message>
        <source>Pauses:</source>
        <translation>Pauser:</translation>
    </message>
    <message>
        <source>By reason:</source>
        <translation>Etter årsak:</translation>
    </message>
    <message>
        <source>First activity:</source>
        <translation>Første aktivitet:</translation>
    </message>
    <message>
        <source>Last activity:</source>
        <translation>Siste aktivitet:</translation>
    </message>
    <message>
        <source>Week</source>
        <extracomment>Work-time panel: the week table, day by day</extracomment>
        <translation>Uke</translation>
    </message>
    <message>
        <source>Day</source>
        <extracomment>Column of the week table: the day</extracomment>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Working</source>
        <extracomment>Column of the week table: time worked that day, pauses excluded</extracomment>
        <translation>Arbeidet</translation>
    </message>
    <message>
        <source>Paused</source>
        <extracomment>Column of the week table: time paused that day</extracomment>
        <translation>På pause</translation>
    </message>
    <message>
        <source>Pauses</source>
        <extracomment>Column of the week table: how many pauses that day</extracomment>
        <translation>Pauser</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Forrige uke</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Neste uke</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Eksporter CSV…</translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <source>Frontline — the desktop client for LiveAgent help-desk agents.</source>
        <translation>Frontline — skrivebordsklienten for helpdesk-agenter i LiveAgent.</translation>
    </message>
    <message>
        <source>Start on the demo help desk (a local sandbox server with sample tickets); nothing leaves this computer.</source>
        <translation>Start på demo-helpdesken (en lokal sandkasseserver med eksempelbilletter); ingenting forlater denne datamaskinen.</translation>
    </message>
    <message>
        <source>Keep all settings and caches in &lt;dir&gt;.</source>
        <translation>Lagre alle innstillinger og hurtigbuffere i &lt;mappe&gt;.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>mappe</translation>
    </message>
    <message>
        <source>Use the language &lt;code&gt;: en, da, es, nb or sl.</source>
        <translation>Bruk språket &lt;kode&gt;: en, da, es, nb eller sl.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kode</translation>
    </message>
    <message>
        <source>After the first sync, save the window as a PNG image to &lt;file&gt; and exit.</source>
        <translation>Lagre vinduet som et PNG-bilde i &lt;fil&gt; etter den første synkroniseringen, og avslutt.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fil</translation>
    </message>
    <message>
        <source>Start minimised to the system tray.</source>
        <translation>Start minimert i systemkurven.</translation>
    </message>
    <message>
        <source>Pass &lt;arg&gt; to the demo help desk (e.g. --now=2026-11-20T15:00:00Z).</source>
        <translation>Send &lt;arg&gt; videre til demo-helpdesken (f.eks. --now=2026-11-20T15:00:00Z).</translation>
    </message>
    <message>
        <source>arg</source>
        <translation>arg</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Uventet argument: %1</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use one of: %2</source>
        <translation>Ukjent språk «%1»; bruk et av: %2</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Lukk</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
</context>
</TS>
