<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sl">
<context>
    <name>Frontline::AboutDialog</name>
    <message>
        <source>About %1</source>
        <extracomment>Window title; %1 is the product name</extracomment>
        <translation>O programu %1</translation>
    </message>
    <message>
        <source>Frontline</source>
        <extracomment>The product&apos;s name; usually kept as is</extracomment>
        <translation>Frontline</translation>
    </message>
    <message>
        <source>Version unknown</source>
        <translation>Neznana različica</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Različica %1</translation>
    </message>
    <message>
        <source>A desktop client for help-desk agents working in LiveAgent: the tickets you are responsible for, their SLA deadlines in business time, and quick replies with canned responses, also offline.</source>
        <translation>Namizni odjemalec za agente službe za pomoč, ki delajo v LiveAgentu: zahtevki, za katere ste odgovorni, njihovi roki SLA v delovnem času in hitri odgovori s pripravljenimi sporočili, tudi brez povezave.</translation>
    </message>
    <message>
        <source>Frontline is free software under the %1, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.</source>
        <extracomment>%1 is a link to the licence text whose words are &quot;GNU General Public License&quot;</extracomment>
        <translation>Frontline je prosto programje pod licenco %1, različica 3 ali (po vaši izbiri) katera koli poznejša različica (GPL-3.0-or-later). Na voljo je brez kakršnega koli jamstva.</translation>
    </message>
    <message>
        <source>GNU General Public License</source>
        <translation>Splošno dovoljenje GNU</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <extracomment>%1 is the Qt version Frontline was built with, %2 the one it runs on</extracomment>
        <translation>Zgrajeno s Qt %1, teče na Qt %2.</translation>
    </message>
    <message>
        <source>Homepage: %1</source>
        <extracomment>%1 is the address of Frontline&apos;s web site, as a link</extracomment>
        <translation>Domača stran: %1</translation>
    </message>
    <message>
        <source>Homepage</source>
        <translation>Domača stran</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>O &amp;Qt</translation>
    </message>
</context>
<context>
    <name>Frontline::ApiError</name>
    <message>
        <source>the server</source>
        <translation>strežnik</translation>
    </message>
    <message>
        <source>There is no such host: %1. Check the server address.</source>
        <extracomment>%1 is a host name such as acme.ladesk.com</extracomment>
        <translation>Gostitelj %1 ne obstaja. Preverite naslov strežnika.</translation>
    </message>
    <message>
        <source>%1 refused the connection. Is the address right and the server running?</source>
        <translation>%1 je zavrnil povezavo. Ali je naslov pravilen in ali strežnik deluje?</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation>%1 je prekinil povezavo, preden je odgovoril.</translation>
    </message>
    <message>
        <source>The network is not available. Frontline keeps working offline and retries later.</source>
        <translation>Omrežje ni na voljo. Frontline deluje naprej brez povezave in bo poskusil znova pozneje.</translation>
    </message>
    <message>
        <source>Could not reach %1.</source>
        <translation>Povezava z %1 ni uspela.</translation>
    </message>
    <message>
        <source>%1 The server said: “%2”</source>
        <extracomment>%1 is a sentence of ours, %2 the server&apos;s own explanation (usually English)</extracomment>
        <translation>%1 Strežnik je sporočil: »%2«</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Frontline retries later.</source>
        <translation>%1 ni odgovoril pravočasno. Frontline bo poskusil znova pozneje.</translation>
    </message>
    <message>
        <source>The server</source>
        <translation>Strežnik</translation>
    </message>
    <message>
        <source>The secure connection to the server could not be established (TLS problem).</source>
        <translation>Varne povezave s strežnikom ni bilo mogoče vzpostaviti (težava s TLS).</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be established (TLS problem).</source>
        <translation>Varne povezave z %1 ni bilo mogoče vzpostaviti (težava s TLS).</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256): %1</source>
        <extracomment>the SHA-256 fingerprint of the server&apos;s certificate follows, e.g. AB:CD:...</extracomment>
        <translation>Prstni odtis potrdila (SHA-256): %1</translation>
    </message>
    <message>
        <source>No API key is set up for this account.</source>
        <translation>Za ta račun ni nastavljen noben ključ API.</translation>
    </message>
    <message>
        <source>The server refused the API key. It may be wrong, expired or regenerated.</source>
        <translation>Strežnik je zavrnil ključ API. Morda je napačen, potečen ali na novo ustvarjen.</translation>
    </message>
    <message>
        <source>The API key is not allowed to do this.</source>
        <translation>Ključ API za to nima dovoljenja.</translation>
    </message>
    <message>
        <source>The server does not know this item; it may have been deleted.</source>
        <translation>Strežnik tega elementa ne pozna; morda je bil izbrisan.</translation>
    </message>
    <message>
        <source>The server did not accept the request.</source>
        <translation>Strežnik zahteve ni sprejel.</translation>
    </message>
    <message numerus="yes">
        <source>The server has had too many requests from this key; retrying in %n second(s).</source>
        <translation>
            <numerusform>Strežnik je s tem ključem prejel preveč zahtev; ponovni poskus čez %n sekundo.</numerusform>
            <numerusform>Strežnik je s tem ključem prejel preveč zahtev; ponovni poskus čez %n sekundi.</numerusform>
            <numerusform>Strežnik je s tem ključem prejel preveč zahtev; ponovni poskus čez %n sekunde.</numerusform>
            <numerusform>Strežnik je s tem ključem prejel preveč zahtev; ponovni poskus čez %n sekund.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server has had too many requests from this key; retrying shortly.</source>
        <translation>Strežnik je s tem ključem prejel preveč zahtev; kmalu bo sledil ponovni poskus.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Frontline retries later.</source>
        <translation>Na strežniku je prišlo do težave (HTTP %1). Frontline bo poskusil znova pozneje.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood. Is this the address of a LiveAgent server?</source>
        <translation>Odgovora strežnika ni bilo mogoče razumeti. Ali je to naslov strežnika LiveAgent?</translation>
    </message>
    <message>
        <source>Enter the code from your two-factor authentication app.</source>
        <translation>Vnesite kodo iz aplikacije za dvostopenjsko preverjanje pristnosti.</translation>
    </message>
    <message>
        <source>The two-factor authentication code is wrong or has expired.</source>
        <translation>Koda za dvostopenjsko preverjanje pristnosti je napačna ali je potekla.</translation>
    </message>
    <message>
        <source>The login or password is wrong.</source>
        <translation>Uporabniško ime ali geslo je napačno.</translation>
    </message>
    <message>
        <source>Frontline connects only over HTTPS; http:// is allowed only for this computer (localhost).</source>
        <translation>Frontline se povezuje samo prek HTTPS; http:// je dovoljen le za ta računalnik (localhost).</translation>
    </message>
    <message>
        <source>This is not a server address. Enter an address such as acme.ladesk.com.</source>
        <translation>To ni naslov strežnika. Vnesite naslov, kot je acme.ladesk.com.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Zahteva je bila preklicana.</translation>
    </message>
</context>
<context>
    <name>Frontline::ApiJob</name>
    <message>
        <source>The server&apos;s certificate is not the pinned certificate.</source>
        <translation>Potrdilo strežnika ni pripeto potrdilo.</translation>
    </message>
</context>
<context>
    <name>Frontline::Application</name>
    <message>
        <source>No screenshot: the first sync did not finish in time.</source>
        <translation>Ni posnetka zaslona: prva sinhronizacija se ni pravočasno končala.</translation>
    </message>
    <message>
        <source>No screenshot: no account is set up (use --demo).</source>
        <translation>Ni posnetka zaslona: noben račun ni nastavljen (uporabite --demo).</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Prijava</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Znova se prijavite</translation>
    </message>
    <message>
        <source>The screenshot could not be saved to %1.</source>
        <translation>Posnetka zaslona ni bilo mogoče shraniti v %1.</translation>
    </message>
    <message>
        <source>Frontline</source>
        <translation>Frontline</translation>
    </message>
    <message>
        <source>No screenshot: %1</source>
        <translation>Ni posnetka zaslona: %1</translation>
    </message>
</context>
<context>
    <name>Frontline::AutoPause</name>
    <message>
        <source>Screen locked</source>
        <extracomment>Pause reason recorded when Frontline paused because the screen locked</extracomment>
        <translation>Zaslon zaklenjen</translation>
    </message>
    <message>
        <source>Away</source>
        <extracomment>Pause reason recorded when Frontline paused after minutes without keyboard or mouse</extracomment>
        <translation>Odsoten</translation>
    </message>
</context>
<context>
    <name>Frontline::Autostart</name>
    <message>
        <source>Could not remove %1.</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>Ni bilo mogoče odstraniti %1.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Ni bilo mogoče ustvariti mape %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>Ni bilo mogoče zapisati %1: %2</translation>
    </message>
</context>
<context>
    <name>Frontline::CannedPicker</name>
    <message>
        <source>Search canned responses…</source>
        <extracomment>Placeholder of the canned-response search field</extracomment>
        <translation>Iskanje pripravljenih sporočil …</translation>
    </message>
    <message>
        <source>Search canned responses</source>
        <translation>Iskanje pripravljenih sporočil</translation>
    </message>
    <message>
        <source>Canned responses</source>
        <translation>Pripravljena sporočila</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Predogled</translation>
    </message>
    <message>
        <source>↑↓ choose · Enter insert · Esc close</source>
        <translation>↑↓ izbira · Enter vstavi · Esc zapre</translation>
    </message>
    <message>
        <source>Nothing matches.</source>
        <translation>Ni zadetkov.</translation>
    </message>
</context>
<context>
    <name>Frontline::Composer</name>
    <message>
        <source>&amp;Reply</source>
        <extracomment>Composer mode: a reply the customer receives</extracomment>
        <translation>&amp;Odgovori</translation>
    </message>
    <message>
        <source>Internal &amp;note</source>
        <extracomment>Composer mode: an internal note only agents see</extracomment>
        <translation>&amp;Interna opomba</translation>
    </message>
    <message>
        <source>Canned response…</source>
        <translation>Pripravljeno sporočilo …</translation>
    </message>
    <message>
        <source>Insert a canned response</source>
        <translation>Vstavi pripravljeno sporočilo</translation>
    </message>
    <message>
        <source>Insert a canned response (Ctrl+Space)</source>
        <translation>Vstavi pripravljeno sporočilo (Ctrl+preslednica)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>Poš&amp;lji</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Pošlji</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Pošlji (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>then leave answered</source>
        <extracomment>After sending a reply: the ticket stays answered (waiting for the customer)</extracomment>
        <translation>in pusti kot odgovorjeno</translation>
    </message>
    <message>
        <source>then resolve</source>
        <extracomment>After sending a reply: resolve the ticket</extracomment>
        <translation>in reši</translation>
    </message>
    <message>
        <source>then postpone…</source>
        <extracomment>After sending a reply: postpone the ticket until a chosen time</extracomment>
        <translation>in preloži …</translation>
    </message>
    <message>
        <source>After sending</source>
        <translation>Po pošiljanju</translation>
    </message>
    <message>
        <source>Open in LiveAgent</source>
        <translation>Odpri v LiveAgentu</translation>
    </message>
    <message>
        <source>Write a reply to the customer…</source>
        <translation>Napišite odgovor stranki …</translation>
    </message>
    <message>
        <source>Write an internal note (only agents see it)…</source>
        <translation>Napišite interno opombo (vidijo jo le agenti) …</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Odgovor</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Interna opomba</translation>
    </message>
    <message>
        <source>Replies and notes go through LiveAgent&apos;s API v1, and no v1 key was given. Add it in Settings, or answer in the LiveAgent panel.</source>
        <translation>Odgovori in opombe gredo prek LiveAgentovega API v1, ključ v1 pa ni bil podan. Dodajte ga v nastavitvah ali odgovorite v plošči LiveAgent.</translation>
    </message>
    <message>
        <source>Draft restored.</source>
        <translation>Osnutek je obnovljen.</translation>
    </message>
    <message>
        <source>New message on this ticket</source>
        <translation>Novo sporočilo na tem zahtevku</translation>
    </message>
    <message>
        <source>Someone wrote on this ticket since you started writing. Read it before you send?</source>
        <translation>Odkar ste začeli pisati, je nekdo pisal na ta zahtevek. Ga želite prebrati, preden pošljete?</translation>
    </message>
    <message>
        <source>Review first</source>
        <translation>Najprej preberi</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Vseeno pošlji</translation>
    </message>
    <message>
        <source>Not sent: read the new message first.</source>
        <translation>Ni poslano: najprej preberite novo sporočilo.</translation>
    </message>
    <message>
        <source>Note saved; it is sent as soon as the server can be reached.</source>
        <translation>Opomba je shranjena; poslana bo, takoj ko bo strežnik dosegljiv.</translation>
    </message>
    <message>
        <source>Reply saved; it is sent as soon as the server can be reached.</source>
        <translation>Odgovor je shranjen; poslan bo, takoj ko bo strežnik dosegljiv.</translation>
    </message>
</context>
<context>
    <name>Frontline::ConversationRenderer</name>
    <message>
        <source>%1 — sending…</source>
        <extracomment>A reply or note written in Frontline that the server has not confirmed yet</extracomment>
        <translation>%1 — pošiljanje …</translation>
    </message>
    <message>
        <source>Loading the conversation…</source>
        <translation>Nalaganje pogovora …</translation>
    </message>
</context>
<context>
    <name>Frontline::DemoLauncher</name>
    <message>
        <source>The demo help desk could not be started: %1</source>
        <translation>Predstavitvene službe za pomoč ni bilo mogoče zagnati: %1</translation>
    </message>
    <message>
        <source>The demo help desk stopped before it was ready (exit code %1). %2</source>
        <translation>Predstavitvena služba za pomoč se je ustavila, preden je bila pripravljena (izhodna koda %1). %2</translation>
    </message>
    <message>
        <source>The demo needs frontline-sandbox, which was not found next to Frontline.</source>
        <translation>Predstavitev potrebuje frontline-sandbox, ki ga ni bilo mogoče najti poleg programa Frontline.</translation>
    </message>
    <message>
        <source>The demo help desk did not start in time.</source>
        <translation>Predstavitvena služba za pomoč se ni pravočasno zagnala.</translation>
    </message>
    <message>
        <source>The demo help desk answered something unexpected.</source>
        <translation>Predstavitvena služba za pomoč je odgovorila nekaj nepričakovanega.</translation>
    </message>
</context>
<context>
    <name>Frontline::DesktopIntegration</name>
    <message>
        <source>Working time</source>
        <translation>Delovni čas</translation>
    </message>
    <message>
        <source>Frontline is still running</source>
        <translation>Frontline še vedno teče</translation>
    </message>
    <message>
        <source>It keeps counting down your deadlines and notifying you in the tray. Choose Quit in the tray menu to close it.</source>
        <translation>Še naprej odšteva čas do vaših rokov in vas obvešča v sistemski vrstici. Če ga želite zapreti, v meniju sistemske vrstice izberite Končaj.</translation>
    </message>
</context>
<context>
    <name>Frontline::DesktopNotifier</name>
    <message>
        <source>Open ticket</source>
        <extracomment>Notification button: open the ticket this notification is about</extracomment>
        <translation>Odpri zahtevek</translation>
    </message>
</context>
<context>
    <name>Frontline::KeychainError</name>
    <message>
        <source>No saved key was found for this account. Please sign in again.</source>
        <translation>Za ta račun ni shranjenega ključa. Znova se prijavite.</translation>
    </message>
    <message>
        <source>No system keychain is available (such as GNOME Keyring or KWallet). Frontline keeps API keys only in the keychain, so it cannot remember your key; nothing was written to disk.</source>
        <translation>Sistemska shramba ključev (kot sta GNOME Keyring ali KWallet) ni na voljo. Frontline hrani ključe API samo v shrambi ključev, zato vašega ključa ne more zapomniti; na disk ni bilo nič zapisano.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied, so Frontline cannot read or save your key.</source>
        <translation>Dostop do sistemske shrambe ključev je bil zavrnjen, zato Frontline ne more prebrati ali shraniti vašega ključa.</translation>
    </message>
    <message>
        <source>The system keychain reported a problem: %1</source>
        <translation>Sistemska shramba ključev je javila težavo: %1</translation>
    </message>
</context>
<context>
    <name>Frontline::LoginDialog</name>
    <message>
        <source>Extra Certificate Authority (PEM)</source>
        <translation>Dodatni overitelj potrdil (PEM)</translation>
    </message>
    <message>
        <source>Pinned Server Certificate (PEM)</source>
        <translation>Pripeto potrdilo strežnika (PEM)</translation>
    </message>
    <message>
        <source>Frontline on %1</source>
        <translation>Frontline na %1</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <extracomment>File filter of the certificate file chooser</extracomment>
        <translation>Potrdila (*.pem *.crt *.cer);;Vse datoteke (*)</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Preizkušanje povezave …</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Prijavljanje …</translation>
    </message>
    <message>
        <source>The connection works: this is a LiveAgent server and it accepts the API key.</source>
        <translation>Povezava deluje: to je strežnik LiveAgent in sprejme ključ API.</translation>
    </message>
    <message>
        <source>The connection works: this is a LiveAgent server.</source>
        <translation>Povezava deluje: to je strežnik LiveAgent.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <extracomment>%1 is the agent&apos;s name</extracomment>
        <translation>Prijavljeni ste kot %1.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>Ustavljeno. Nič ni bilo spremenjeno.</translation>
    </message>
    <message>
        <source>Sign In to LiveAgent</source>
        <translation>Prijava v LiveAgent</translation>
    </message>
    <message>
        <source>Sign in to your LiveAgent account to see your tickets and answer them.</source>
        <translation>Prijavite se v svoj račun LiveAgent, da vidite svoje zahtevke in nanje odgovarjate.</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>&amp;Naslov strežnika:</translation>
    </message>
    <message>
        <source>https://acme.ladesk.com</source>
        <extracomment>Example of a LiveAgent server address; keep as is unless a local example reads better</extracomment>
        <translation>https://acme.ladesk.com</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Naslov strežnika</translation>
    </message>
    <message>
        <source>The address you open LiveAgent at in your browser.</source>
        <translation>Naslov, na katerem LiveAgent odprete v brskalniku.</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Prijava z:</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <extracomment>Sign-in method</extracomment>
        <translation>&amp;Ključem API</translation>
    </message>
    <message>
        <source>E-mail and pass&amp;word</source>
        <extracomment>Sign-in method</extracomment>
        <translation>E-pošto in &amp;geslom</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-pošta:</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>vi@primer.si</translation>
    </message>
    <message>
        <source>Your e-mail address as an agent</source>
        <translation>Vaš e-poštni naslov agenta</translation>
    </message>
    <message>
        <source>API v3 keys belong to the whole account, not to one agent: your e-mail tells Frontline which agent you are.</source>
        <translation>Ključi API v3 pripadajo celotnemu računu, ne enemu agentu: po e-poštnem naslovu Frontline ve, kateri agent ste.</translation>
    </message>
    <message>
        <source>&amp;API key:</source>
        <translation>Ključ &amp;API:</translation>
    </message>
    <message>
        <source>API key (version 3)</source>
        <translation>Ključ API (različica 3)</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Ges&amp;lo:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Geslo</translation>
    </message>
    <message>
        <source>Two-factor c&amp;ode:</source>
        <translation>&amp;Dvostopenjska koda:</translation>
    </message>
    <message>
        <source>Two-factor authentication code</source>
        <translation>Koda za dvostopenjsko preverjanje pristnosti</translation>
    </message>
    <message>
        <source>From your authenticator app</source>
        <translation>Iz aplikacije za preverjanje pristnosti</translation>
    </message>
    <message>
        <source>API v&amp;1 key:</source>
        <translation>Ključ za API v&amp;1:</translation>
    </message>
    <message>
        <source>API version 1 key, optional</source>
        <translation>Ključ za API različice 1, neobvezno</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Neobvezno</translation>
    </message>
    <message>
        <source>Replies and internal notes go through LiveAgent&apos;s API v1, which has a key of its own. Without it Frontline can read tickets and act on them, but not reply.</source>
        <translation>Odgovori in interne opombe gredo prek LiveAgentovega API v1, ki ima svoj ključ. Brez njega Frontline lahko bere zahtevke in jih obdeluje, ne more pa odgovarjati.</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>Nap&amp;redno</translation>
    </message>
    <message>
        <source>Advanced: certificates</source>
        <translation>Napredno: potrdila</translation>
    </message>
    <message>
        <source>E&amp;xtra CA file:</source>
        <translation>Datoteka dodatnega &amp;CA:</translation>
    </message>
    <message>
        <source>Extra certificate authority file</source>
        <translation>Datoteka dodatnega overitelja potrdil</translation>
    </message>
    <message>
        <source>PEM file, optional</source>
        <translation>Datoteka PEM, neobvezno</translation>
    </message>
    <message>
        <source>Pi&amp;nned certificate:</source>
        <translation>Pripe&amp;to potrdilo:</translation>
    </message>
    <message>
        <source>Pinned server certificate file</source>
        <translation>Datoteka pripetega potrdila strežnika</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Prebrskaj …</translation>
    </message>
    <message>
        <source>Choose the extra certificate authority file</source>
        <translation>Izberite datoteko dodatnega overitelja potrdil</translation>
    </message>
    <message>
        <source>Choose the pinned certificate file</source>
        <translation>Izberite datoteko pripetega potrdila</translation>
    </message>
    <message>
        <source>For a server whose certificate comes from your own authority (extra CA) or is self-signed (pinned). Certificates are always verified.</source>
        <translation>Za strežnik, katerega potrdilo izda vaš lastni overitelj (dodatni CA) ali je samopodpisano (pripeto). Potrdila se vedno preverijo.</translation>
    </message>
    <message>
        <source>Server certificate &amp;fingerprint (SHA-256):</source>
        <translation>Prstni &amp;odtis potrdila strežnika (SHA-256):</translation>
    </message>
    <message>
        <source>Server certificate fingerprint (SHA-256)</source>
        <translation>Prstni odtis potrdila strežnika (SHA-256)</translation>
    </message>
    <message>
        <source>If this is your server&apos;s certificate, save it as a PEM file and choose it as the pinned certificate under Advanced.</source>
        <translation>Če je to potrdilo vašega strežnika, ga shranite kot datoteko PEM in ga pod Napredno izberite kot pripeto potrdilo.</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Pre&amp;izkusi povezavo</translation>
    </message>
    <message>
        <source>Sign &amp;In</source>
        <translation>Pri&amp;java</translation>
    </message>
</context>
<context>
    <name>Frontline::MainWindow</name>
    <message>
        <source>SLA due</source>
        <extracomment>Sort order: the nearest SLA deadline first</extracomment>
        <translation>Rok SLA</translation>
    </message>
    <message>
        <source>Oldest first (FIFO)</source>
        <extracomment>Sort order: first in, first out</extracomment>
        <translation>Najstarejši najprej (FIFO)</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Najnovejši najprej</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Zadnja dejavnost</translation>
    </message>
    <message>
        <source>Easiest first</source>
        <extracomment>Sort order: tickets with the fewest and shortest messages first</extracomment>
        <translation>Najlažji najprej</translation>
    </message>
    <message>
        <source>VIP first</source>
        <translation>VIP najprej</translation>
    </message>
    <message>
        <source>Frontline — %1</source>
        <translation>Frontline — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datoteka</translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <translation>&amp;Zahtevek</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Pogled</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Po&amp;moč</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Orodna vrstica</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sinhroniziraj zdaj</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Nastavitve …</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Odjava</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Končaj</translation>
    </message>
    <message>
        <source>&amp;Search tickets</source>
        <translation>&amp;Išči zahtevke</translation>
    </message>
    <message>
        <source>Ticket &amp;list</source>
        <translation>&amp;Seznam zahtevkov</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <extracomment>Menu: write a reply to the customer</extracomment>
        <translation>&amp;Odgovori</translation>
    </message>
    <message>
        <source>Internal &amp;note</source>
        <translation>&amp;Interna opomba</translation>
    </message>
    <message>
        <source>&amp;Take</source>
        <extracomment>Take responsibility for an unassigned ticket</extracomment>
        <translation>&amp;Prevzemi</translation>
    </message>
    <message>
        <source>Trans&amp;fer to department…</source>
        <translation>Pre&amp;nesi v oddelek …</translation>
    </message>
    <message>
        <source>&amp;Assign to agent…</source>
        <translation>&amp;Dodeli agentu …</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>&amp;Reši</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>&amp;Znova odpri</translation>
    </message>
    <message>
        <source>&amp;Postpone…</source>
        <translation>Pre&amp;loži …</translation>
    </message>
    <message>
        <source>&amp;Pending actions…</source>
        <translation>Dejanja v &amp;čakanju …</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Bližnjice na tipkovnici</translation>
    </message>
    <message>
        <source>&amp;About Frontline</source>
        <translation>&amp;O programu Frontline</translation>
    </message>
    <message>
        <source>Search tickets (Ctrl+K)</source>
        <translation>Iskanje zahtevkov (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search tickets</source>
        <translation>Iskanje zahtevkov</translation>
    </message>
    <message>
        <source>Sort tickets</source>
        <translation>Razvrsti zahtevke</translation>
    </message>
    <message>
        <source>Not saved</source>
        <extracomment>Title of the message shown when an action could not be stored</extracomment>
        <translation>Ni shranjeno</translation>
    </message>
    <message>
        <source>Frontline — %1 (demo)</source>
        <extracomment>Window title; %1 is the signed-in agent</extracomment>
        <translation>Frontline — %1 (predstavitev)</translation>
    </message>
    <message>
        <source>Mark ans&amp;wered</source>
        <translation>Označi kot odgo&amp;vorjeno</translation>
    </message>
    <message>
        <source>&amp;Working time…</source>
        <extracomment>Menu: the agent&apos;s working time today and this week, pauses excluded</extracomment>
        <translation>&amp;Delovni čas …</translation>
    </message>
</context>
<context>
    <name>Frontline::NotificationCenter</name>
    <message>
        <source>your department</source>
        <extracomment>Stands for a department whose name is not known yet: &quot;New ticket in your department&quot;</extracomment>
        <translation>Vaš oddelek</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <extracomment>A ticket without a subject</extracomment>
        <translation>(brez zadeve)</translation>
    </message>
    <message>
        <source>From %1</source>
        <extracomment>Who wrote the ticket: &quot;From Jane Doe&quot;</extracomment>
        <translation>Od: %1</translation>
    </message>
    <message>
        <source>Assigned to you: %1</source>
        <extracomment>Notification title: a ticket became mine</extracomment>
        <translation>Dodeljeno vam: %1</translation>
    </message>
    <message>
        <source>The customer replied</source>
        <extracomment>Notification title: a customer answered on a ticket of mine</extracomment>
        <translation>Stranka je odgovorila</translation>
    </message>
    <message>
        <source>%1 replied</source>
        <translation>%1: nov odgovor</translation>
    </message>
    <message>
        <source>New ticket in %1</source>
        <extracomment>Notification title: &quot;New ticket in Billing&quot;</extracomment>
        <translation>%1: nov zahtevek</translation>
    </message>
    <message>
        <source>Ticket reopened: %1</source>
        <extracomment>Notification title: a resolved ticket of mine came back</extracomment>
        <translation>Zahtevek znova odprt: %1</translation>
    </message>
    <message>
        <source>Deadline soon: %1</source>
        <extracomment>Notification title: an SLA deadline of my ticket is near</extracomment>
        <translation>Rok se izteka: %1</translation>
    </message>
    <message>
        <source>Deadline missed: %1</source>
        <extracomment>Notification title: an SLA deadline of my ticket passed</extracomment>
        <translation>Rok zamujen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n tickets assigned to you</source>
        <translation>
            <numerusform>%n zahtevek vam je dodeljen</numerusform>
            <numerusform>%n zahtevka sta vam dodeljena</numerusform>
            <numerusform>%n zahtevki so vam dodeljeni</numerusform>
            <numerusform>%n zahtevkov vam je dodeljenih</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customers replied</source>
        <translation>
            <numerusform>%n stranka je odgovorila</numerusform>
            <numerusform>%n stranki sta odgovorili</numerusform>
            <numerusform>%n stranke so odgovorile</numerusform>
            <numerusform>%n strank je odgovorilo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new tickets in %1</source>
        <extracomment>&quot;5 new tickets in Billing&quot;</extracomment>
        <translation>
            <numerusform>%1: %n nov zahtevek</numerusform>
            <numerusform>%1: %n nova zahtevka</numerusform>
            <numerusform>%1: %n novi zahtevki</numerusform>
            <numerusform>%1: %n novih zahtevkov</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tickets reopened</source>
        <translation>
            <numerusform>%n zahtevek znova odprt</numerusform>
            <numerusform>%n zahtevka znova odprta</numerusform>
            <numerusform>%n zahtevki znova odprti</numerusform>
            <numerusform>%n zahtevkov znova odprtih</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deadlines due soon</source>
        <extracomment>SLA deadlines of my tickets that are near</extracomment>
        <translation>
            <numerusform>%n rok se izteka</numerusform>
            <numerusform>%n roka se iztekata</numerusform>
            <numerusform>%n roki se iztekajo</numerusform>
            <numerusform>%n rokov se izteka</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deadlines missed</source>
        <extracomment>SLA deadlines of my tickets that passed</extracomment>
        <translation>
            <numerusform>%n zamujen rok</numerusform>
            <numerusform>%n zamujena roka</numerusform>
            <numerusform>%n zamujeni roki</numerusform>
            <numerusform>%n zamujenih rokov</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <extracomment>After the first three subjects of a burst: &quot;and 2 more&quot;</extracomment>
        <translation>
            <numerusform>in še %n</numerusform>
            <numerusform>in še %n</numerusform>
            <numerusform>in še %n</numerusform>
            <numerusform>in še %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Frontline::OutboxPusher</name>
    <message>
        <source>Replies and notes need the account&apos;s API v1 key. Add it in Settings, then retry.</source>
        <translation>Odgovori in opombe potrebujejo ključ za API v1 tega računa. Dodajte ga v nastavitvah in poskusite znova.</translation>
    </message>
    <message>
        <source>This action was saved by another version of Frontline and cannot be sent.</source>
        <translation>To dejanje je shranila druga različica programa Frontline, zato ga ni mogoče poslati.</translation>
    </message>
</context>
<context>
    <name>Frontline::PendingActionsDialog</name>
    <message>
        <source>The server did not accept this action. Edit it, try again or discard it.</source>
        <translation>Strežnik tega dejanja ni sprejel. Uredite ga, poskusite znova ali ga zavrzite.</translation>
    </message>
    <message>
        <source>It was sent but no answer came back; Frontline checks with the server before sending it again, so nothing is sent twice.</source>
        <translation>Dejanje je bilo poslano, a odgovora ni bilo; Frontline pred ponovnim pošiljanjem preveri pri strežniku, zato nič ni poslano dvakrat.</translation>
    </message>
    <message>
        <source>It is being sent now.</source>
        <translation>Pravkar se pošilja.</translation>
    </message>
    <message>
        <source>It could not be sent yet; Frontline keeps trying.</source>
        <translation>Še ga ni bilo mogoče poslati; Frontline poskuša naprej.</translation>
    </message>
    <message>
        <source>It is sent as soon as the server can be reached.</source>
        <translation>Poslano bo, takoj ko bo strežnik dosegljiv.</translation>
    </message>
    <message>
        <source>%1 Last problem: %2</source>
        <extracomment>%1 is our sentence about the action&apos;s state, %2 the server&apos;s (or network&apos;s) explanation</extracomment>
        <translation>%1 Zadnja težava: %2</translation>
    </message>
    <message>
        <source>Discard Action</source>
        <translation>Zavrzi dejanje</translation>
    </message>
    <message>
        <source>Discard “%1”?</source>
        <translation>Želite zavreči »%1«?</translation>
    </message>
    <message>
        <source>Discard “%1” on %2?</source>
        <translation>Želite zavreči »%1« na %2?</translation>
    </message>
    <message>
        <source>It will not be sent, and the ticket is read again from the server.</source>
        <translation>Ne bo poslano, zahtevek pa bo znova prebran s strežnika.</translation>
    </message>
    <message>
        <source>It may already have reached the server.</source>
        <translation>Morda je že prispelo na strežnik.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>Za&amp;vrzi</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Obdrži</translation>
    </message>
    <message>
        <source>Pending Actions</source>
        <translation>Dejanja v čakanju</translation>
    </message>
    <message>
        <source>Your actions stay here until the server has them. Actions the server refused wait for you: edit, retry or discard them.</source>
        <translation>Vaša dejanja ostanejo tu, dokler jih strežnik ne prejme. Dejanja, ki jih je strežnik zavrnil, čakajo na vas: uredite jih, poskusite znova ali jih zavrzite.</translation>
    </message>
    <message>
        <source>&amp;Actions not yet on the server:</source>
        <translation>&amp;Dejanja, ki še niso na strežniku:</translation>
    </message>
    <message>
        <source>Pending actions</source>
        <translation>Dejanja v čakanju</translation>
    </message>
    <message>
        <source>Nothing is waiting: the server has all your actions.</source>
        <translation>Nič ne čaka: strežnik ima vsa vaša dejanja.</translation>
    </message>
    <message>
        <source>Message &amp;text:</source>
        <translation>&amp;Besedilo sporočila:</translation>
    </message>
    <message>
        <source>Text of the reply or note</source>
        <translation>Besedilo odgovora ali opombe</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>P&amp;oskusi znova zdaj</translation>
    </message>
    <message>
        <source>Send the selected action again now</source>
        <translation>Zdaj znova pošlji izbrano dejanje</translation>
    </message>
    <message>
        <source>&amp;Edit text</source>
        <extracomment>Button: edit the text of a refused reply or note</extracomment>
        <translation>&amp;Uredi besedilo</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>Za&amp;vrzi …</translation>
    </message>
    <message>
        <source>Give up the selected action; the ticket is read again from the server</source>
        <translation>Opusti izbrano dejanje; zahtevek bo znova prebran s strežnika</translation>
    </message>
    <message>
        <source>&amp;Save and send</source>
        <translation>&amp;Shrani in pošlji</translation>
    </message>
    <message>
        <source>Ca&amp;ncel editing</source>
        <translation>&amp;Prekliči urejanje</translation>
    </message>
</context>
<context>
    <name>Frontline::PendingActionsModel</name>
    <message>
        <source>Waiting</source>
        <extracomment>State of an action not yet sent to the server</extracomment>
        <translation>Čaka</translation>
    </message>
    <message>
        <source>Sending</source>
        <extracomment>State of an action being sent to the server right now</extracomment>
        <translation>Pošiljanje</translation>
    </message>
    <message>
        <source>Checking</source>
        <extracomment>State of an action sent without an answer: Frontline checks whether the server got it</extracomment>
        <translation>Preverjanje</translation>
    </message>
    <message>
        <source>Refused</source>
        <extracomment>State of an action the server did not accept</extracomment>
        <translation>Zavrnjeno</translation>
    </message>
    <message>
        <source>Reply</source>
        <extracomment>Pending action: a reply to the customer</extracomment>
        <translation>Odgovor</translation>
    </message>
    <message>
        <source>Internal note</source>
        <extracomment>Pending action</extracomment>
        <translation>Interna opomba</translation>
    </message>
    <message>
        <source>Set status: %1</source>
        <extracomment>Pending action; %1 is a ticket status such as &quot;Resolved&quot;</extracomment>
        <translation>Nastavi stanje: %1</translation>
    </message>
    <message>
        <source>Postpone until %1</source>
        <extracomment>Pending action; %1 is a date and time</extracomment>
        <translation>Preloži do %1</translation>
    </message>
    <message>
        <source>Take</source>
        <extracomment>Pending action: the agent takes the ticket</extracomment>
        <translation>Prevzemi</translation>
    </message>
    <message>
        <source>Assign to %1</source>
        <extracomment>Pending action; %1 is an agent&apos;s name</extracomment>
        <translation>Dodeli: %1</translation>
    </message>
    <message>
        <source>Transfer to %1</source>
        <extracomment>Pending action; %1 is a department</extracomment>
        <translation>Prenesi v oddelek %1</translation>
    </message>
    <message>
        <source>Transfer to %1 (%2)</source>
        <extracomment>Pending action; %1 is a department, %2 an agent of it</extracomment>
        <translation>Prenesi v oddelek %1 (%2)</translation>
    </message>
    <message>
        <source>Pause</source>
        <extracomment>Pending action (noun): the agent pauses</extracomment>
        <translation>Premor</translation>
    </message>
    <message>
        <source>Pause (%1)</source>
        <translation>Premor (%1)</translation>
    </message>
    <message>
        <source>Resume</source>
        <extracomment>Pending action: the agent resumes work after a pause</extracomment>
        <translation>Nadaljevanje</translation>
    </message>
    <message>
        <source>Unknown action</source>
        <translation>Neznano dejanje</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A ticket: %1 its code (ABC-123), %2 its subject</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The server did not accept this action. Edit it, try again or discard it.</source>
        <translation>Strežnik tega dejanja ni sprejel. Uredite ga, poskusite znova ali ga zavrzite.</translation>
    </message>
    <message>
        <source>It was sent but no answer came back; Frontline checks with the server before sending it again, so nothing is sent twice.</source>
        <translation>Dejanje je bilo poslano, a odgovora ni bilo; Frontline pred ponovnim pošiljanjem preveri pri strežniku, zato nič ni poslano dvakrat.</translation>
    </message>
    <message>
        <source>Next attempt at %1</source>
        <extracomment>%1 is a time</extracomment>
        <translation>Naslednji poskus ob %1</translation>
    </message>
    <message>
        <source>Action</source>
        <extracomment>Column of the pending-actions list: what the action does</extracomment>
        <translation>Dejanje</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Zahtevek</translation>
    </message>
    <message>
        <source>Since</source>
        <extracomment>Column: when the action was taken</extracomment>
        <translation>Od</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>Column: waiting, sending, checking or refused</extracomment>
        <translation>Stanje</translation>
    </message>
    <message>
        <source>Server&apos;s message</source>
        <extracomment>Column: the server&apos;s explanation of an error</extracomment>
        <translation>Sporočilo strežnika</translation>
    </message>
</context>
<context>
    <name>Frontline::PostponeDialog</name>
    <message>
        <source>Postpone Ticket</source>
        <translation>Preloži zahtevek</translation>
    </message>
    <message>
        <source>The ticket waits until this moment (your local time), then comes back as open.</source>
        <translation>Zahtevek počaka do tega trenutka (po vašem krajevnem času), nato se vrne kot odprt.</translation>
    </message>
    <message>
        <source>In one &amp;hour (%1)</source>
        <extracomment>%1 is the clock time an hour from now, e.g. 15:30</extracomment>
        <translation>Čez eno &amp;uro (%1)</translation>
    </message>
    <message>
        <source>&amp;Tomorrow at %1 (%2)</source>
        <extracomment>%1 is the time (09:00 in the local format), %2 tomorrow&apos;s date</extracomment>
        <translation>&amp;Jutri ob %1 (%2)</translation>
    </message>
    <message>
        <source>Next &amp;Monday at %1 (%2)</source>
        <extracomment>%1 is the time (09:00 in the local format), %2 the date of next Monday</extracomment>
        <translation>&amp;Naslednji ponedeljek ob %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Other time:</source>
        <extracomment>A radio button followed by a date and time field</extracomment>
        <translation>&amp;Drug čas:</translation>
    </message>
    <message>
        <source>Postpone until (date and time)</source>
        <translation>Preloži do (datum in ura)</translation>
    </message>
    <message>
        <source>This moment has already passed. Choose one in the future.</source>
        <translation>Ta trenutek je že minil. Izberite trenutek v prihodnosti.</translation>
    </message>
    <message>
        <source>&amp;Postpone</source>
        <extracomment>The button that postpones the ticket</extracomment>
        <translation>Pre&amp;loži</translation>
    </message>
</context>
<context>
    <name>Frontline::PresenceButton</name>
    <message>
        <source>Pause: %1</source>
        <extracomment>Menu item: pause with this reason, e.g. &quot;Pause: Lunch&quot;</extracomment>
        <translation>Premor: %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <extracomment>Menu item: end the pause
----------
Toolbar button (verb): end the break</extracomment>
        <translation>Nadaljuj</translation>
    </message>
    <message>
        <source>Pause</source>
        <extracomment>Toolbar button (verb): take a break</extracomment>
        <translation>Premor</translation>
    </message>
    <message>
        <source>Presence: %1</source>
        <extracomment>Accessible name of the presence button; %1 is the presence in words</extracomment>
        <translation>Prisotnost: %1</translation>
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
        <translation>Na voljo</translation>
    </message>
    <message>
        <source>Paused</source>
        <extracomment>Presence (adjective/state, not the button): on a break</extracomment>
        <translation>Na premoru</translation>
    </message>
    <message>
        <source>Offline</source>
        <extracomment>Presence: no connection to the server</extracomment>
        <translation>Brez povezave</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Niste prijavljeni</translation>
    </message>
    <message>
        <source>Offline (paused)</source>
        <extracomment>Offline while a pause is in effect</extracomment>
        <translation>Brez povezave (na premoru)</translation>
    </message>
    <message>
        <source>Paused — %1, since %2 (%3)</source>
        <extracomment>&quot;Paused — Lunch, since 12:00 (15 min)&quot;</extracomment>
        <translation>Na premoru — %1, od %2 (%3)</translation>
    </message>
    <message>
        <source>Paused since %1 (%2)</source>
        <extracomment>&quot;Paused since 12:00 (15 min)&quot;</extracomment>
        <translation>Na premoru od %1 (%2)</translation>
    </message>
    <message>
        <source>%1 — pending</source>
        <extracomment>The pause or resume is waiting to reach the server</extracomment>
        <translation>%1 — v čakanju</translation>
    </message>
    <message>
        <source>Lunch</source>
        <extracomment>Pause reasons</extracomment>
        <translation>Kosilo</translation>
    </message>
    <message>
        <source>Coffee</source>
        <translation>Kava</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Odmor</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Sestanek</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Drugo</translation>
    </message>
</context>
<context>
    <name>Frontline::QueueListView</name>
    <message>
        <source>Queues</source>
        <translation>Čakalne vrste</translation>
    </message>
</context>
<context>
    <name>Frontline::QueueModel</name>
    <message>
        <source>Mine</source>
        <extracomment>Queue: tickets assigned to me</extracomment>
        <translation>Moji</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <extracomment>Queue: nobody&apos;s tickets in my departments</extracomment>
        <translation>Nedodeljeni</translation>
    </message>
    <message>
        <source>Overdue</source>
        <extracomment>Queue: tickets whose SLA deadline passed</extracomment>
        <translation>Zamujeni</translation>
    </message>
    <message>
        <source>All open</source>
        <extracomment>Queue: every open ticket of my departments</extracomment>
        <translation>Vsi odprti</translation>
    </message>
    <message>
        <source>Recently resolved</source>
        <extracomment>Queue: tickets resolved in the last days</extracomment>
        <translation>Nedavno rešeni</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n ticket(s)</source>
        <extracomment>A queue and how many tickets it holds, e.g. &quot;Mine: 12 tickets&quot;</extracomment>
        <translation>
            <numerusform>%1: %n zahtevek</numerusform>
            <numerusform>%1: %n zahtevka</numerusform>
            <numerusform>%1: %n zahtevki</numerusform>
            <numerusform>%1: %n zahtevkov</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Frontline::ResumeOperation</name>
    <message>
        <source>LiveAgent lists no device for you, so Frontline cannot make you available. Resume in the LiveAgent agent panel.</source>
        <translation>LiveAgent za vas nima zabeležene nobene naprave, zato vas Frontline ne more označiti kot razpoložljivega. Nadaljujte v agentski plošči LiveAgent.</translation>
    </message>
</context>
<context>
    <name>Frontline::ResumePrompt</name>
    <message>
        <source>Welcome back</source>
        <extracomment>Window title of the prompt shown when the agent comes back while paused</extracomment>
        <translation>Dobrodošli nazaj</translation>
    </message>
    <message>
        <source>Welcome back. %1

Resume now, so that new work reaches you again?</source>
        <extracomment>%1 is the presence, e.g. &quot;Paused — Lunch, since 12:00 (15 min)&quot;</extracomment>
        <translation>Dobrodošli nazaj. %1

Želite nadaljevati zdaj, da bo novo delo spet prihajalo k vam?</translation>
    </message>
    <message>
        <source>Resume</source>
        <extracomment>Button (verb): end the pause</extracomment>
        <translation>Nadaljuj</translation>
    </message>
    <message>
        <source>Stay paused</source>
        <translation>Ostani na premoru</translation>
    </message>
</context>
<context>
    <name>Frontline::SettingsDialog</name>
    <message>
        <source>New reason</source>
        <translation>Nov razlog</translation>
    </message>
    <message>
        <source>The key was saved.</source>
        <extracomment>After the API v1 key was handed to the keychain</extracomment>
        <translation>Ključ je shranjen.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Nastavitve</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Splošno</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Obvestila</translation>
    </message>
    <message>
        <source>Presence</source>
        <extracomment>Settings tab: pause, resume and the automatic pause</extracomment>
        <translation>Prisotnost</translation>
    </message>
    <message>
        <source>Account</source>
        <extracomment>Settings tab: the LiveAgent account&apos;s keys</extracomment>
        <translation>Račun</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Jezik:</translation>
    </message>
    <message>
        <source>System default</source>
        <extracomment>Language list entry: use the language of the operating system</extracomment>
        <translation>Sistemsko privzeto</translation>
    </message>
    <message>
        <source>Dates and numbers: %1 · %2</source>
        <extracomment>Preview of how the chosen language writes a date, a time and a number</extracomment>
        <translation>Datumi in števila: %1 · %2</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>&amp;Ostani v sistemski vrstici, ko se okno zapre</translation>
    </message>
    <message>
        <source>Start &amp;minimised to the tray</source>
        <translation>Zaženi po&amp;manjšano v sistemski vrstici</translation>
    </message>
    <message>
        <source>SLA &amp;warning when less than this share of the target is left:</source>
        <translation>Opo&amp;zorilo SLA, ko ostane manj kot ta delež cilja:</translation>
    </message>
    <message>
        <source>Show a desktop notification when:</source>
        <translation>Pokaži obvestilo na namizju, ko:</translation>
    </message>
    <message>
        <source>A ticket is &amp;assigned to me</source>
        <translation>mi je &amp;dodeljen zahtevek</translation>
    </message>
    <message>
        <source>A customer &amp;replies on my ticket</source>
        <translation>stranka &amp;odgovori na moj zahtevek</translation>
    </message>
    <message>
        <source>A &amp;new ticket arrives in my department</source>
        <translation>v moj oddelek prispe &amp;nov zahtevek</translation>
    </message>
    <message>
        <source>An SLA deadline of mine is &amp;missed</source>
        <translation>je rok SLA mojega zahtevka za&amp;mujen</translation>
    </message>
    <message>
        <source>While &amp;paused, only notify about missed deadlines</source>
        <translation>Med premo&amp;rom obveščaj samo o zamujenih rokih</translation>
    </message>
    <message>
        <source>Pause &amp;reasons:</source>
        <translation>&amp;Razlogi za premor:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <extracomment>Button: add a pause reason</extracomment>
        <translation>&amp;Dodaj</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <extracomment>Button: remove the selected pause reason</extracomment>
        <translation>&amp;Odstrani</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <extracomment>Button: put back the standard pause reasons</extracomment>
        <translation>Ponastavi na privze&amp;te</translation>
    </message>
    <message>
        <source>Pause automatically when the screen &amp;locks</source>
        <translation>Samodejni premor, ko se zaslon &amp;zaklene</translation>
    </message>
    <message>
        <source>Pause automatically after this many &amp;idle minutes:</source>
        <translation>Samodejni premor po toliko minutah &amp;nedejavnosti:</translation>
    </message>
    <message>
        <source>Off</source>
        <extracomment>Idle minutes of 0: no automatic pause</extracomment>
        <translation>Izklopljeno</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>Unit after the number of idle minutes</extracomment>
        <translation> min</translation>
    </message>
    <message>
        <source>Offer to resume when I come &amp;back while paused</source>
        <translation>Ko se med premorom vrnem, pon&amp;udi nadaljevanje</translation>
    </message>
    <message>
        <source>This desktop does not report screen locking: the automatic pause cannot work here.</source>
        <translation>To namizje ne sporoča zaklepanja zaslona: samodejni premor tu ne more delovati.</translation>
    </message>
    <message>
        <source>This desktop does not report idle time: only the pause on locking can work here.</source>
        <translation>To namizje ne sporoča časa nedejavnosti: tu lahko deluje le premor ob zaklepanju.</translation>
    </message>
    <message>
        <source>Replies and internal notes go through LiveAgent&apos;s older API v1, which needs its own key (Settings for API v1 in LiveAgent). Frontline keeps it in the system keychain, never in a file.</source>
        <translation>Odgovori in interne opombe gredo prek LiveAgentovega starejšega API v1, ki potrebuje svoj ključ (nastavitve za API v1 v LiveAgentu). Frontline ga hrani v sistemski shrambi ključev, nikoli v datoteki.</translation>
    </message>
    <message>
        <source>API v1 &amp;key:</source>
        <translation>Ključ za API v&amp;1:</translation>
    </message>
    <message>
        <source>&amp;Save key</source>
        <extracomment>Button: store the API v1 key entered</extracomment>
        <translation>&amp;Shrani ključ</translation>
    </message>
    <message>
        <source>Start Frontline when I log &amp;in</source>
        <translation>Zaž&amp;eni Frontline ob prijavi</translation>
    </message>
    <message>
        <source>A ticket of mine is reopene&amp;d</source>
        <translation>je moj zahtevek &amp;znova odprt</translation>
    </message>
    <message>
        <source>An SLA deadline of mine is n&amp;ear</source>
        <translation>se rok SLA mojega zahtevka &amp;bliža</translation>
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
        <translation>Ni dejanj.</translation>
    </message>
    <message>
        <source>No action or shortcut matches “%1”.</source>
        <translation>Nobeno dejanje ali bližnjica se ne ujema z »%1«.</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Bližnjice na tipkovnici</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Išči:</translation>
    </message>
    <message>
        <source>Action or key, e.g. reply or Ctrl+K</source>
        <translation>Dejanje ali tipka, npr. odgovori ali Ctrl+K</translation>
    </message>
    <message>
        <source>Search actions and shortcuts</source>
        <translation>Iskanje dejanj in bližnjic</translation>
    </message>
    <message>
        <source>Actions and their shortcuts</source>
        <translation>Dejanja in njihove bližnjice</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Dejanje</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Bližnjica</translation>
    </message>
</context>
<context>
    <name>Frontline::SignInError</name>
    <message>
        <source>The key works, but no agent of this account has that e-mail address.</source>
        <translation>Ključ deluje, vendar noben agent tega računa nima tega e-poštnega naslova.</translation>
    </message>
    <message>
        <source>Please fill in: %1.</source>
        <extracomment>%1 is the name of a field of the sign-in form, e.g. &quot;API key&quot;</extracomment>
        <translation>Izpolnite: %1.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Naslov strežnika</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Ključ API</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pošta</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Geslo</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins or requests to the server. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Preveč neuspešnih prijav ali zahtev strežniku. Poskusite znova čez %n minuto.</numerusform>
            <numerusform>Preveč neuspešnih prijav ali zahtev strežniku. Poskusite znova čez %n minuti.</numerusform>
            <numerusform>Preveč neuspešnih prijav ali zahtev strežniku. Poskusite znova čez %n minute.</numerusform>
            <numerusform>Preveč neuspešnih prijav ali zahtev strežniku. Poskusite znova čez %n minut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many failed sign-ins or requests to the server. Try again in a few minutes.</source>
        <translation>Preveč neuspešnih prijav ali zahtev strežniku. Poskusite znova čez nekaj minut.</translation>
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
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>Hours and minutes of SLA time, abbreviated (Danish: &quot;%1 t %2 min&quot;)</extracomment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d</source>
        <extracomment>Days of SLA time (24 hours each), abbreviated</extracomment>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <extracomment>Days and hours of SLA time, abbreviated</extracomment>
        <translation>%1 d %2 h</translation>
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
        <translation>izpolnjeno</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <extracomment>SLA deadline passed by this much business time</extracomment>
        <translation>zamuda %1</translation>
    </message>
    <message>
        <source>paused</source>
        <extracomment>SLA column: the clock stands still (outside business hours)</extracomment>
        <translation>zaustavljeno</translation>
    </message>
    <message>
        <source>paused until %1</source>
        <extracomment>The SLA clock stands still outside business hours until this time</extracomment>
        <translation>zaustavljeno do %1</translation>
    </message>
    <message>
        <source>postponed</source>
        <extracomment>SLA column: the ticket is postponed without an end</extracomment>
        <translation>preloženo</translation>
    </message>
    <message>
        <source>postponed until %1</source>
        <extracomment>The ticket is postponed; the SLA clock waits until this time</extracomment>
        <translation>preloženo do %1</translation>
    </message>
    <message>
        <source>no deadline</source>
        <extracomment>No SLA deadline can be reached (no business hours ever)</extracomment>
        <translation>brez roka</translation>
    </message>
    <message>
        <source>On time</source>
        <extracomment>SLA state</extracomment>
        <translation>Pravočasno</translation>
    </message>
    <message>
        <source>Due soon</source>
        <extracomment>SLA state: little time left</extracomment>
        <translation>Rok se izteka</translation>
    </message>
    <message>
        <source>Overdue</source>
        <extracomment>SLA state</extracomment>
        <translation>Zamujeno</translation>
    </message>
    <message>
        <source>Paused</source>
        <extracomment>SLA state: outside business hours</extracomment>
        <translation>Zaustavljeno</translation>
    </message>
    <message>
        <source>Met</source>
        <extracomment>SLA state</extracomment>
        <translation>Izpolnjeno</translation>
    </message>
    <message>
        <source>Postponed</source>
        <extracomment>SLA state: the ticket is postponed</extracomment>
        <translation>Preloženo</translation>
    </message>
    <message>
        <source>First answer</source>
        <translation>Prvi odgovor</translation>
    </message>
    <message>
        <source>Next answer</source>
        <translation>Naslednji odgovor</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Rešitev</translation>
    </message>
    <message>
        <source>First assignment</source>
        <translation>Prva dodelitev</translation>
    </message>
</context>
<context>
    <name>Frontline::StoreError</name>
    <message>
        <source>Frontline cannot open its local cache. Check that your home folder is writable.</source>
        <translation>Frontline ne more odpreti svojega krajevnega predpomnilnika. Preverite, ali je v domačo mapo mogoče pisati.</translation>
    </message>
    <message>
        <source>The local cache was written by a newer version of Frontline. Update Frontline to use this account.</source>
        <translation>Krajevni predpomnilnik je zapisala novejša različica programa Frontline. Za uporabo tega računa posodobite Frontline.</translation>
    </message>
    <message>
        <source>The local cache was damaged. It has been set aside and is being rebuilt from the server; your unsent actions were kept.</source>
        <translation>Krajevni predpomnilnik je bil poškodovan. Odstavljen je bil in se znova gradi s strežnika; vaša neposlana dejanja so ohranjena.</translation>
    </message>
    <message>
        <source>The disk is full, so Frontline could not save this. Nothing was sent; free some space and try again.</source>
        <translation>Disk je poln, zato Frontline tega ni mogel shraniti. Nič ni bilo poslano; sprostite nekaj prostora in poskusite znova.</translation>
    </message>
    <message>
        <source>The local cache is read-only, so Frontline could not save this.</source>
        <translation>Krajevni predpomnilnik je samo za branje, zato Frontline tega ni mogel shraniti.</translation>
    </message>
    <message>
        <source>The local cache is in use by another Frontline window. Close it and try again.</source>
        <translation>Krajevni predpomnilnik uporablja drugo okno programa Frontline. Zaprite ga in poskusite znova.</translation>
    </message>
    <message>
        <source>Frontline could not save this in its local cache.</source>
        <translation>Frontline tega ni mogel shraniti v svoj krajevni predpomnilnik.</translation>
    </message>
</context>
<context>
    <name>Frontline::SyncEngine</name>
    <message>
        <source>No network connection.</source>
        <translation>Ni omrežne povezave.</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>Strežnik ni dosegljiv.</translation>
    </message>
</context>
<context>
    <name>Frontline::SyncStatusWidget</name>
    <message>
        <source>Syncing…</source>
        <translation>Sinhronizacija …</translation>
    </message>
    <message>
        <source>Offline — your actions are kept and sent when the connection is back</source>
        <extracomment>Status bar while the server cannot be reached</extracomment>
        <translation>Brez povezave — vaša dejanja so shranjena in bodo poslana, ko bo povezava spet vzpostavljena</translation>
    </message>
    <message>
        <source>Sync problem: %1</source>
        <translation>Težava pri sinhronizaciji: %1</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <extracomment>Status bar: the time of the last successful sync</extracomment>
        <translation>Sinhronizirano ob %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Še ni sinhronizirano</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) waiting</source>
        <translation>
            <numerusform>%n dejanje čaka</numerusform>
            <numerusform>%n dejanji čakata</numerusform>
            <numerusform>%n dejanja čakajo</numerusform>
            <numerusform>%n dejanj čaka</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n refused</source>
        <translation>
            <numerusform>%1, %n zavrnjeno</numerusform>
            <numerusform>%1, %n zavrnjeni</numerusform>
            <numerusform>%1, %n zavrnjena</numerusform>
            <numerusform>%1, %n zavrnjenih</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) refused</source>
        <translation>
            <numerusform>%n zavrnjeno dejanje</numerusform>
            <numerusform>%n zavrnjeni dejanji</numerusform>
            <numerusform>%n zavrnjena dejanja</numerusform>
            <numerusform>%n zavrnjenih dejanj</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the actions that are not on the server yet</source>
        <translation>Pokaži dejanja, ki še niso na strežniku</translation>
    </message>
    <message numerus="yes">
        <source>Rate limit: waiting %n s</source>
        <extracomment>Requests are held back to stay under LiveAgent&apos;s request limit</extracomment>
        <translation>
            <numerusform>Omejitev zahtev: čakanje %n s</numerusform>
            <numerusform>Omejitev zahtev: čakanje %n s</numerusform>
            <numerusform>Omejitev zahtev: čakanje %n s</numerusform>
            <numerusform>Omejitev zahtev: čakanje %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Frontline::TicketListModel</name>
    <message>
        <source>(no subject)</source>
        <translation>(brez zadeve)</translation>
    </message>
    <message>
        <source>%1 due %2</source>
        <extracomment>Tooltip of the SLA column, e.g. &quot;First answer due Mon 10:00&quot;</extracomment>
        <translation>%1: rok %2</translation>
    </message>
    <message>
        <source>Estimated with the default SLA level until the ticket&apos;s level is known.</source>
        <translation>Ocenjeno s privzeto ravnjo SLA, dokler raven zahtevka ni znana.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Zadeva</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Stranka</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Oddelek</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stanje</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Zadnja dejavnost</translation>
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
        <translation>Zahtevki</translation>
    </message>
</context>
<context>
    <name>Frontline::TicketText</name>
    <message>
        <source>Initializing</source>
        <extracomment>Ticket status</extracomment>
        <translation>V pripravi</translation>
    </message>
    <message>
        <source>New</source>
        <extracomment>Ticket status</extracomment>
        <translation>Nov</translation>
    </message>
    <message>
        <source>Chatting</source>
        <extracomment>Ticket status: a live chat is going on</extracomment>
        <translation>Klepet poteka</translation>
    </message>
    <message>
        <source>Calling</source>
        <extracomment>Ticket status: a call is going on</extracomment>
        <translation>Klic poteka</translation>
    </message>
    <message>
        <source>Resolved</source>
        <extracomment>Ticket status</extracomment>
        <translation>Rešen</translation>
    </message>
    <message>
        <source>Deleted</source>
        <extracomment>Ticket status</extracomment>
        <translation>Izbrisan</translation>
    </message>
    <message>
        <source>Spam</source>
        <extracomment>Ticket status</extracomment>
        <translation>Neželeno</translation>
    </message>
    <message>
        <source>Answered</source>
        <extracomment>Ticket status: the agent answered, waiting for the customer</extracomment>
        <translation>Odgovorjen</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Ticket status: the customer wrote again</extracomment>
        <translation>Odprt</translation>
    </message>
    <message>
        <source>Postponed</source>
        <extracomment>Ticket status</extracomment>
        <translation>Preložen</translation>
    </message>
    <message>
        <source>Closed</source>
        <extracomment>Ticket status</extracomment>
        <translation>Zaprt</translation>
    </message>
    <message>
        <source>Other (%1)</source>
        <extracomment>A ticket status letter Frontline does not know, e.g. &quot;Other (Q)&quot;
----------
A channel letter Frontline does not know, e.g. &quot;Other (V)&quot;
----------
A message group type Frontline does not know, e.g. &quot;Other (9)&quot;</extracomment>
        <translation>Drugo (%1)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pošta</translation>
    </message>
    <message>
        <source>Chat button</source>
        <translation>Gumb za klepet</translation>
    </message>
    <message>
        <source>Contact form</source>
        <translation>Kontaktni obrazec</translation>
    </message>
    <message>
        <source>Chat invitation</source>
        <translation>Povabilo na klepet</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Klic</translation>
    </message>
    <message>
        <source>Call button</source>
        <translation>Gumb za klic</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>Facebook message</source>
        <translation>Sporočilo na Facebooku</translation>
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
        <translation>Predlog</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Interna opomba</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Odgovor</translation>
    </message>
    <message>
        <source>Customer message</source>
        <translation>Sporočilo stranke</translation>
    </message>
    <message>
        <source>Chat</source>
        <extracomment>Conversation part: a live chat</extracomment>
        <translation>Klepet</translation>
    </message>
    <message>
        <source>Social message</source>
        <translation>Sporočilo z družbenih omrežij</translation>
    </message>
    <message>
        <source>Transfer</source>
        <extracomment>Conversation event: the ticket was transferred to another department or agent</extracomment>
        <translation>Prenos</translation>
    </message>
    <message>
        <source>System event</source>
        <translation>Sistemski dogodek</translation>
    </message>
</context>
<context>
    <name>Frontline::TicketView</name>
    <message numerus="yes">
        <source>%n remote image(s) or file(s) in this message were not loaded, so the sender cannot see that you read it.</source>
        <extracomment>Shown above an e-mail whose remote images were not loaded</extracomment>
        <translation>
            <numerusform>%n oddaljena slika ali datoteka v tem sporočilu ni bila naložena, zato pošiljatelj ne more videti, da ste ga prebrali.</numerusform>
            <numerusform>%n oddaljeni sliki ali datoteki v tem sporočilu nista bili naloženi, zato pošiljatelj ne more videti, da ste ga prebrali.</numerusform>
            <numerusform>%n oddaljene slike ali datoteke v tem sporočilu niso bile naložene, zato pošiljatelj ne more videti, da ste ga prebrali.</numerusform>
            <numerusform>%n oddaljenih slik ali datotek v tem sporočilu ni bilo naloženih, zato pošiljatelj ne more videti, da ste ga prebrali.</numerusform>
        </translation>
    </message>
    <message>
        <source>This ticket is no longer in your queues.</source>
        <translation>Tega zahtevka ni več v vaših čakalnih vrstah.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(brez zadeve)</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <extracomment>Ticket header line: the customer</extracomment>
        <translation>Stranka: %1</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>Kanal: %1</translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation>Oddelek: %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <extracomment>Ticket header line: the agent responsible for the ticket, or &quot;Unassigned&quot;</extracomment>
        <translation>Odgovorni: %1</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nedodeljeno</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Stanje: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) waiting to be sent</source>
        <translation>
            <numerusform>%n dejanje čaka na pošiljanje</numerusform>
            <numerusform>%n dejanji čakata na pošiljanje</numerusform>
            <numerusform>%n dejanja čakajo na pošiljanje</numerusform>
            <numerusform>%n dejanj čaka na pošiljanje</numerusform>
        </translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Oznake: %1</translation>
    </message>
    <message>
        <source>never</source>
        <extracomment>An SLA target without a reachable deadline: &quot;First answer — due never&quot;</extracomment>
        <translation>nikoli</translation>
    </message>
    <message>
        <source>%1 — due %2 — %3 (%4)</source>
        <extracomment>One SLA target of the ticket: &quot;First answer — due Mon 10:00 — 1 h 20 min (On time)&quot;</extracomment>
        <translation>%1 — rok %2 — %3 (%4)</translation>
    </message>
    <message>
        <source>No messages.</source>
        <translation>Ni sporočil.</translation>
    </message>
    <message>
        <source>Loading the conversation…</source>
        <translation>Nalaganje pogovora …</translation>
    </message>
    <message>
        <source>Select a ticket to read it. Use j and k to move through the list, Enter to open, R to reply.</source>
        <translation>Izberite zahtevek, da ga preberete. S tipkama j in k se premikate po seznamu, z Enter ga odprete, z R odgovorite.</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Pogovor</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Zgodovina</translation>
    </message>
    <message>
        <source>When</source>
        <extracomment>Column of the ticket&apos;s history: when it happened</extracomment>
        <translation>Kdaj</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Oddelek</translation>
    </message>
    <message>
        <source>Owner</source>
        <extracomment>Column of the ticket&apos;s history: the agent responsible from then on</extracomment>
        <translation>Odgovorni</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Column of the ticket&apos;s history: the ticket&apos;s status from then on</extracomment>
        <translation>Stanje</translation>
    </message>
    <message>
        <source>Ticket history</source>
        <translation>Zgodovina zahtevka</translation>
    </message>
</context>
<context>
    <name>Frontline::TransferDialog</name>
    <message>
        <source>Anyone in the department</source>
        <extracomment>Transfer target: nobody in particular; the ticket is left unassigned in the department</extracomment>
        <translation>Kdor koli v oddelku</translation>
    </message>
    <message>
        <source>No departments are known yet; they are loaded with the next sync.</source>
        <translation>Oddelki še niso znani; naloženi bodo ob naslednji sinhronizaciji.</translation>
    </message>
    <message>
        <source>Choose a department.</source>
        <translation>Izberite oddelek.</translation>
    </message>
    <message>
        <source>This department has no agents.</source>
        <translation>Ta oddelek nima agentov.</translation>
    </message>
    <message>
        <source>Assign Ticket</source>
        <translation>Dodeli zahtevek</translation>
    </message>
    <message>
        <source>Transfer Ticket</source>
        <translation>Prenesi zahtevek</translation>
    </message>
    <message>
        <source>Choose the agent who takes over this ticket.</source>
        <translation>Izberite agenta, ki bo prevzel ta zahtevek.</translation>
    </message>
    <message>
        <source>Choose the department that takes over this ticket and, if you like, one of its agents.</source>
        <translation>Izberite oddelek, ki bo prevzel ta zahtevek, in po želji enega od njegovih agentov.</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Oddelek:</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Oddelek</translation>
    </message>
    <message>
        <source>Choose a department</source>
        <translation>Izberite oddelek</translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation>&amp;Agent:</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Choose an agent</source>
        <translation>Izberite agenta</translation>
    </message>
    <message>
        <source>“Anyone in the department” leaves the ticket unassigned there, for the department&apos;s agents to take.</source>
        <translation>»Kdor koli v oddelku« pusti zahtevek v oddelku nedodeljen, da ga prevzame eden od agentov oddelka.</translation>
    </message>
    <message>
        <source>Internal &amp;note:</source>
        <translation>&amp;Interna opomba:</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Interna opomba</translation>
    </message>
    <message>
        <source>Optional: what the next agent should know. Only agents see it.</source>
        <translation>Neobvezno: kaj naj ve naslednji agent. Vidijo jo le agenti.</translation>
    </message>
    <message>
        <source>A&amp;ssign</source>
        <extracomment>Buttons that hand the ticket over</extracomment>
        <translation>&amp;Dodeli</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>P&amp;renesi</translation>
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
        <translation>Nadaljuj</translation>
    </message>
    <message>
        <source>Pause</source>
        <extracomment>Tray menu (verb): take a break</extracomment>
        <translation>Premor</translation>
    </message>
    <message>
        <source>Pause with reason</source>
        <extracomment>Tray submenu: pause and say why (Lunch, Coffee…)</extracomment>
        <translation>Premor z razlogom</translation>
    </message>
    <message>
        <source>My tickets (%1)</source>
        <extracomment>Tray menu: my tickets, with how many need an answer</extracomment>
        <translation>Moji zahtevki (%1)</translation>
    </message>
    <message>
        <source>No running deadline</source>
        <extracomment>Tray menu: the most urgent running deadline of my tickets; click opens the ticket</extracomment>
        <translation>Ni tekočega roka</translation>
    </message>
    <message>
        <source>Next deadline: %1</source>
        <translation>Naslednji rok: %1</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sinhroniziraj zdaj</translation>
    </message>
    <message>
        <source>Open Frontline</source>
        <translation>Odpri Frontline</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Končaj</translation>
    </message>
    <message>
        <source>Need an answer: %1</source>
        <extracomment>Tooltip: my tickets waiting for my answer</extracomment>
        <translation>Čakajo na odgovor: %1</translation>
    </message>
    <message>
        <source>overdue: %1</source>
        <extracomment>Tooltip: my tickets past a deadline</extracomment>
        <translation>zamujeni: %1</translation>
    </message>
    <message>
        <source>due soon: %1</source>
        <extracomment>Tooltip: my tickets whose deadline is near</extracomment>
        <translation>rok se izteka: %1</translation>
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
        <translation>Neznano</translation>
    </message>
</context>
<context>
    <name>Frontline::WorkTimePanel</name>
    <message>
        <source>Today: %1 worked</source>
        <extracomment>Tray tooltip: working time today, pauses excluded</extracomment>
        <translation>Danes: %1 dela</translation>
    </message>
    <message>
        <source>Today: %1 worked · pauses: %2 (%3)</source>
        <extracomment>Tray tooltip: &quot;Today: 5 h 12 min worked · pauses: 2 (45 min)&quot;</extracomment>
        <translation>Danes: %1 dela · premori: %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Today&apos;s pauses: &quot;2 (0:40:00)&quot;: how many, and their total</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No reason</source>
        <extracomment>A pause without a reason, in the list of pauses by reason</extracomment>
        <translation>Brez razloga</translation>
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
        <translation>Skupaj</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <extracomment>Title of the week table: &quot;Week of 23/11/2026&quot;</extracomment>
        <translation>Teden od %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>Ni bilo mogoče zapisati %1: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>Izvoženo v %1.</translation>
    </message>
    <message>
        <source>frontline-working-time-%1-W%2.csv</source>
        <extracomment>Suggested file name of the export; keep it free of spaces and slashes</extracomment>
        <translation>frontline-delovni-cas-%1-T%2.csv</translation>
    </message>
    <message>
        <source>Export working time</source>
        <translation>Izvozi delovni čas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Datoteke CSV (*.csv)</translation>
    </message>
    <message>
        <source>Today</source>
        <extracomment>Work-time panel: today&apos;s totals</extracomment>
        <translation>Danes</translation>
    </message>
    <message>
        <source>Working time:</source>
        <extracomment>Work-time panel: working time without pauses</extracomment>
        <translation>Delovni čas:</translation>
    </message>
    <message>
        <source>Pauses:</source>
        <translation>Premori:</translation>
    </message>
    <message>
        <source>By reason:</source>
        <translation>Po razlogih:</translation>
    </message>
    <message>
        <source>First activity:</source>
        <translation>Prva dejavnost:</translation>
    </message>
    <message>
        <source>Last activity:</source>
        <translation>Zadnja dejavnost:</translation>
    </message>
    <message>
        <source>Week</source>
        <extracomment>Work-time panel: the week table, day by day</extracomment>
        <translation>Teden</translation>
    </message>
    <message>
        <source>Day</source>
        <extracomment>Column of the week table: the day</extracomment>
        <translation>Dan</translation>
    </message>
    <message>
        <source>Working</source>
        <extracomment>Column of the week table: time worked that day, pauses excluded</extracomment>
        <translation>Delo</translation>
    </message>
    <message>
        <source>Paused</source>
        <extracomment>Column of the week table: time paused that day</extracomment>
        <translation>Premor</translation>
    </message>
    <message>
        <source>Pauses</source>
        <extracomment>Column of the week table: how many pauses that day</extracomment>
        <translation>Premori</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Prejšnji teden</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Naslednji teden</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Izvozi CSV …</translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <source>Frontline — the desktop client for LiveAgent help-desk agents.</source>
        <translation>Frontline — namizni odjemalec za agente službe za pomoč v LiveAgentu.</translation>
    </message>
    <message>
        <source>Start on the demo help desk (a local sandbox server with sample tickets); nothing leaves this computer.</source>
        <translation>Zaženi s predstavitveno službo za pomoč (krajevni preizkusni strežnik z vzorčnimi zahtevki); nič ne zapusti tega računalnika.</translation>
    </message>
    <message>
        <source>Keep all settings and caches in &lt;dir&gt;.</source>
        <translation>Vse nastavitve in predpomnilnike hrani v &lt;mapa&gt;.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>mapa</translation>
    </message>
    <message>
        <source>Use the language &lt;code&gt;: en, da, es, nb or sl.</source>
        <translation>Uporabi jezik &lt;koda&gt;: en, da, es, nb ali sl.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>koda</translation>
    </message>
    <message>
        <source>After the first sync, save the window as a PNG image to &lt;file&gt; and exit.</source>
        <translation>Po prvi sinhronizaciji shrani okno kot sliko PNG v &lt;datoteka&gt; in končaj.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datoteka</translation>
    </message>
    <message>
        <source>Start minimised to the system tray.</source>
        <translation>Zaženi pomanjšano v sistemski vrstici.</translation>
    </message>
    <message>
        <source>Pass &lt;arg&gt; to the demo help desk (e.g. --now=2026-11-20T15:00:00Z).</source>
        <translation>Predaj &lt;arg&gt; predstavitveni službi za pomoč (npr. --now=2026-11-20T15:00:00Z).</translation>
    </message>
    <message>
        <source>arg</source>
        <translation>arg</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Nepričakovan argument: %1</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use one of: %2</source>
        <translation>Neznan jezik »%1«; uporabite enega od: %2</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;V redu</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Prekliči</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Zapri</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>V redu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Prekliči</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zapri</translation>
    </message>
</context>
</TS>
