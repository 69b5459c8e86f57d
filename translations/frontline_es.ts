<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Frontline::AboutDialog</name>
    <message>
        <source>About %1</source>
        <extracomment>Window title; %1 is the product name</extracomment>
        <translation>Acerca de %1</translation>
    </message>
    <message>
        <source>Frontline</source>
        <extracomment>The product&apos;s name; usually kept as is</extracomment>
        <translation>Frontline</translation>
    </message>
    <message>
        <source>Version unknown</source>
        <translation>Versión desconocida</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>A desktop client for help-desk agents working in LiveAgent: the tickets you are responsible for, their SLA deadlines in business time, and quick replies with canned responses, also offline.</source>
        <translation>Un cliente de escritorio para agentes de soporte que trabajan en LiveAgent: los tickets de los que eres responsable, sus plazos de ANS en horario comercial y respuestas rápidas con mensajes predefinidos, también sin conexión.</translation>
    </message>
    <message>
        <source>Frontline is free software under the %1, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.</source>
        <extracomment>%1 is a link to the licence text whose words are &quot;GNU General Public License&quot;</extracomment>
        <translation>Frontline es software libre bajo la %1, versión 3 o (a tu elección) cualquier versión posterior (GPL-3.0-or-later). Se ofrece sin ninguna garantía.</translation>
    </message>
    <message>
        <source>GNU General Public License</source>
        <translation>Licencia Pública General de GNU</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <extracomment>%1 is the Qt version Frontline was built with, %2 the one it runs on</extracomment>
        <translation>Compilado con Qt %1, en ejecución sobre Qt %2.</translation>
    </message>
    <message>
        <source>Homepage: %1</source>
        <extracomment>%1 is the address of Frontline&apos;s web site, as a link</extracomment>
        <translation>Página web: %1</translation>
    </message>
    <message>
        <source>Homepage</source>
        <translation>Página web</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>Frontline::ApiError</name>
    <message>
        <source>the server</source>
        <translation>el servidor</translation>
    </message>
    <message>
        <source>There is no such host: %1. Check the server address.</source>
        <extracomment>%1 is a host name such as acme.ladesk.com</extracomment>
        <translation>No existe el host %1. Comprueba la dirección del servidor.</translation>
    </message>
    <message>
        <source>%1 refused the connection. Is the address right and the server running?</source>
        <translation>%1 rechazó la conexión. ¿Es correcta la dirección y está funcionando el servidor?</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation>%1 cerró la conexión antes de responder.</translation>
    </message>
    <message>
        <source>The network is not available. Frontline keeps working offline and retries later.</source>
        <translation>La red no está disponible. Frontline sigue funcionando sin conexión y volverá a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>Could not reach %1.</source>
        <translation>No se pudo contactar con %1.</translation>
    </message>
    <message>
        <source>%1 The server said: “%2”</source>
        <extracomment>%1 is a sentence of ours, %2 the server&apos;s own explanation (usually English)</extracomment>
        <translation>%1 El servidor respondió: “%2”</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Frontline retries later.</source>
        <translation>%1 no respondió a tiempo. Frontline volverá a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The server</source>
        <translation>El servidor</translation>
    </message>
    <message>
        <source>The secure connection to the server could not be established (TLS problem).</source>
        <translation>No se pudo establecer la conexión segura con el servidor (problema de TLS).</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be established (TLS problem).</source>
        <translation>No se pudo establecer la conexión segura con %1 (problema de TLS).</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256): %1</source>
        <extracomment>the SHA-256 fingerprint of the server&apos;s certificate follows, e.g. AB:CD:...</extracomment>
        <translation>Huella del certificado (SHA-256): %1</translation>
    </message>
    <message>
        <source>No API key is set up for this account.</source>
        <translation>No hay ninguna clave API configurada para esta cuenta.</translation>
    </message>
    <message>
        <source>The server refused the API key. It may be wrong, expired or regenerated.</source>
        <translation>El servidor rechazó la clave API. Puede que sea incorrecta, que haya caducado o que se haya regenerado.</translation>
    </message>
    <message>
        <source>The API key is not allowed to do this.</source>
        <translation>La clave API no tiene permiso para hacer esto.</translation>
    </message>
    <message>
        <source>The server does not know this item; it may have been deleted.</source>
        <translation>El servidor no conoce este elemento; puede que se haya eliminado.</translation>
    </message>
    <message>
        <source>The server did not accept the request.</source>
        <translation>El servidor no aceptó la solicitud.</translation>
    </message>
    <message numerus="yes">
        <source>The server has had too many requests from this key; retrying in %n second(s).</source>
        <translation>
            <numerusform>El servidor ha recibido demasiadas solicitudes con esta clave; se reintentará en %n segundo.</numerusform>
            <numerusform>El servidor ha recibido demasiadas solicitudes con esta clave; se reintentará en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server has had too many requests from this key; retrying shortly.</source>
        <translation>El servidor ha recibido demasiadas solicitudes con esta clave; se reintentará en breve.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Frontline retries later.</source>
        <translation>El servidor tuvo un problema (HTTP %1). Frontline volverá a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood. Is this the address of a LiveAgent server?</source>
        <translation>No se pudo entender la respuesta del servidor. ¿Es esta la dirección de un servidor de LiveAgent?</translation>
    </message>
    <message>
        <source>Enter the code from your two-factor authentication app.</source>
        <translation>Introduce el código de tu aplicación de autenticación en dos pasos.</translation>
    </message>
    <message>
        <source>The two-factor authentication code is wrong or has expired.</source>
        <translation>El código de autenticación en dos pasos es incorrecto o ha caducado.</translation>
    </message>
    <message>
        <source>The login or password is wrong.</source>
        <translation>El usuario o la contraseña no son correctos.</translation>
    </message>
    <message>
        <source>Frontline connects only over HTTPS; http:// is allowed only for this computer (localhost).</source>
        <translation>Frontline solo se conecta por HTTPS; http:// solo se permite para este equipo (localhost).</translation>
    </message>
    <message>
        <source>This is not a server address. Enter an address such as acme.ladesk.com.</source>
        <translation>Esto no es una dirección de servidor. Introduce una dirección como acme.ladesk.com.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Se canceló la solicitud.</translation>
    </message>
</context>
<context>
    <name>Frontline::ApiJob</name>
    <message>
        <source>The server&apos;s certificate is not the pinned certificate.</source>
        <translation>El certificado del servidor no es el certificado fijado.</translation>
    </message>
</context>
<context>
    <name>Frontline::Application</name>
    <message>
        <source>No screenshot: the first sync did not finish in time.</source>
        <translation>Sin captura: la primera sincronización no terminó a tiempo.</translation>
    </message>
    <message>
        <source>No screenshot: no account is set up (use --demo).</source>
        <translation>Sin captura: no hay ninguna cuenta configurada (usa --demo).</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Vuelve a iniciar sesión</translation>
    </message>
    <message>
        <source>The screenshot could not be saved to %1.</source>
        <translation>No se pudo guardar la captura en %1.</translation>
    </message>
    <message>
        <source>Frontline</source>
        <translation>Frontline</translation>
    </message>
    <message>
        <source>No screenshot: %1</source>
        <translation>Sin captura: %1</translation>
    </message>
</context>
<context>
    <name>Frontline::AutoPause</name>
    <message>
        <source>Screen locked</source>
        <extracomment>Pause reason recorded when Frontline paused because the screen locked</extracomment>
        <translation>Pantalla bloqueada</translation>
    </message>
    <message>
        <source>Away</source>
        <extracomment>Pause reason recorded when Frontline paused after minutes without keyboard or mouse</extracomment>
        <translation>Ausente</translation>
    </message>
</context>
<context>
    <name>Frontline::Autostart</name>
    <message>
        <source>Could not remove %1.</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>No se pudo eliminar %1.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>Frontline::CannedPicker</name>
    <message>
        <source>Search canned responses…</source>
        <extracomment>Placeholder of the canned-response search field</extracomment>
        <translation>Buscar mensajes predefinidos…</translation>
    </message>
    <message>
        <source>Search canned responses</source>
        <translation>Buscar mensajes predefinidos</translation>
    </message>
    <message>
        <source>Canned responses</source>
        <translation>Mensajes predefinidos</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>↑↓ choose · Enter insert · Esc close</source>
        <translation>↑↓ elegir · Intro insertar · Esc cerrar</translation>
    </message>
    <message>
        <source>Nothing matches.</source>
        <translation>No hay coincidencias.</translation>
    </message>
</context>
<context>
    <name>Frontline::Composer</name>
    <message>
        <source>&amp;Reply</source>
        <extracomment>Composer mode: a reply the customer receives</extracomment>
        <translation>&amp;Responder</translation>
    </message>
    <message>
        <source>Internal &amp;note</source>
        <extracomment>Composer mode: an internal note only agents see</extracomment>
        <translation>Nota &amp;interna</translation>
    </message>
    <message>
        <source>Canned response…</source>
        <translation>Mensaje predefinido…</translation>
    </message>
    <message>
        <source>Insert a canned response</source>
        <translation>Insertar un mensaje predefinido</translation>
    </message>
    <message>
        <source>Insert a canned response (Ctrl+Space)</source>
        <translation>Insertar un mensaje predefinido (Ctrl+Espacio)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Enviar (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>then leave answered</source>
        <extracomment>After sending a reply: the ticket stays answered (waiting for the customer)</extracomment>
        <translation>y dejar como respondido</translation>
    </message>
    <message>
        <source>then resolve</source>
        <extracomment>After sending a reply: resolve the ticket</extracomment>
        <translation>y resolver</translation>
    </message>
    <message>
        <source>then postpone…</source>
        <extracomment>After sending a reply: postpone the ticket until a chosen time</extracomment>
        <translation>y posponer…</translation>
    </message>
    <message>
        <source>After sending</source>
        <translation>Tras enviar</translation>
    </message>
    <message>
        <source>Open in LiveAgent</source>
        <translation>Abrir en LiveAgent</translation>
    </message>
    <message>
        <source>Write a reply to the customer…</source>
        <translation>Escribe una respuesta al cliente…</translation>
    </message>
    <message>
        <source>Write an internal note (only agents see it)…</source>
        <translation>Escribe una nota interna (solo la ven los agentes)…</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <source>Replies and notes go through LiveAgent&apos;s API v1, and no v1 key was given. Add it in Settings, or answer in the LiveAgent panel.</source>
        <translation>Las respuestas y las notas pasan por la API v1 de LiveAgent y no se ha indicado ninguna clave v1. Añádela en Configuración o responde en el panel de LiveAgent.</translation>
    </message>
    <message>
        <source>Draft restored.</source>
        <translation>Borrador recuperado.</translation>
    </message>
    <message>
        <source>New message on this ticket</source>
        <translation>Mensaje nuevo en este ticket</translation>
    </message>
    <message>
        <source>Someone wrote on this ticket since you started writing. Read it before you send?</source>
        <translation>Alguien ha escrito en este ticket desde que empezaste a escribir. ¿Quieres leerlo antes de enviar?</translation>
    </message>
    <message>
        <source>Review first</source>
        <translation>Leer primero</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Enviar de todos modos</translation>
    </message>
    <message>
        <source>Not sent: read the new message first.</source>
        <translation>No enviado: lee primero el mensaje nuevo.</translation>
    </message>
    <message>
        <source>Note saved; it is sent as soon as the server can be reached.</source>
        <translation>Nota guardada; se enviará en cuanto se pueda contactar con el servidor.</translation>
    </message>
    <message>
        <source>Reply saved; it is sent as soon as the server can be reached.</source>
        <translation>Respuesta guardada; se enviará en cuanto se pueda contactar con el servidor.</translation>
    </message>
</context>
<context>
    <name>Frontline::ConversationRenderer</name>
    <message>
        <source>%1 — sending…</source>
        <extracomment>A reply or note written in Frontline that the server has not confirmed yet</extracomment>
        <translation>%1 — enviando…</translation>
    </message>
    <message>
        <source>Loading the conversation…</source>
        <translation>Cargando la conversación…</translation>
    </message>
</context>
<context>
    <name>Frontline::DemoLauncher</name>
    <message>
        <source>The demo help desk could not be started: %1</source>
        <translation>No se pudo iniciar el servicio de soporte de demostración: %1</translation>
    </message>
    <message>
        <source>The demo help desk stopped before it was ready (exit code %1). %2</source>
        <translation>El servicio de soporte de demostración se detuvo antes de estar listo (código de salida %1). %2</translation>
    </message>
    <message>
        <source>The demo needs frontline-sandbox, which was not found next to Frontline.</source>
        <translation>La demostración necesita frontline-sandbox, que no se encontró junto a Frontline.</translation>
    </message>
    <message>
        <source>The demo help desk did not start in time.</source>
        <translation>El servicio de soporte de demostración no se inició a tiempo.</translation>
    </message>
    <message>
        <source>The demo help desk answered something unexpected.</source>
        <translation>El servicio de soporte de demostración respondió algo inesperado.</translation>
    </message>
</context>
<context>
    <name>Frontline::DesktopIntegration</name>
    <message>
        <source>Working time</source>
        <translation>Horas de trabajo</translation>
    </message>
    <message>
        <source>Frontline is still running</source>
        <translation>Frontline sigue en ejecución</translation>
    </message>
    <message>
        <source>It keeps counting down your deadlines and notifying you in the tray. Choose Quit in the tray menu to close it.</source>
        <translation>Sigue contando el tiempo que queda para tus plazos y avisándote desde la bandeja del sistema. Elige Salir en el menú de la bandeja para cerrarlo.</translation>
    </message>
</context>
<context>
    <name>Frontline::DesktopNotifier</name>
    <message>
        <source>Open ticket</source>
        <extracomment>Notification button: open the ticket this notification is about</extracomment>
        <translation>Abrir ticket</translation>
    </message>
</context>
<context>
    <name>Frontline::KeychainError</name>
    <message>
        <source>No saved key was found for this account. Please sign in again.</source>
        <translation>No se encontró ninguna clave guardada para esta cuenta. Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>No system keychain is available (such as GNOME Keyring or KWallet). Frontline keeps API keys only in the keychain, so it cannot remember your key; nothing was written to disk.</source>
        <translation>No hay ningún llavero del sistema disponible (como GNOME Keyring o KWallet). Frontline guarda las claves API solo en el llavero, así que no puede recordar tu clave; no se ha escrito nada en el disco.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied, so Frontline cannot read or save your key.</source>
        <translation>Se denegó el acceso al llavero del sistema, así que Frontline no puede leer ni guardar tu clave.</translation>
    </message>
    <message>
        <source>The system keychain reported a problem: %1</source>
        <translation>El llavero del sistema informó de un problema: %1</translation>
    </message>
</context>
<context>
    <name>Frontline::LoginDialog</name>
    <message>
        <source>Extra Certificate Authority (PEM)</source>
        <translation>Autoridad de certificación adicional (PEM)</translation>
    </message>
    <message>
        <source>Pinned Server Certificate (PEM)</source>
        <translation>Certificado fijado del servidor (PEM)</translation>
    </message>
    <message>
        <source>Frontline on %1</source>
        <translation>Frontline en %1</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <extracomment>File filter of the certificate file chooser</extracomment>
        <translation>Certificados (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Probando la conexión…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>The connection works: this is a LiveAgent server and it accepts the API key.</source>
        <translation>La conexión funciona: es un servidor de LiveAgent y acepta la clave API.</translation>
    </message>
    <message>
        <source>The connection works: this is a LiveAgent server.</source>
        <translation>La conexión funciona: es un servidor de LiveAgent.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <extracomment>%1 is the agent&apos;s name</extracomment>
        <translation>Sesión iniciada como %1.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>Detenido. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Sign In to LiveAgent</source>
        <translation>Iniciar sesión en LiveAgent</translation>
    </message>
    <message>
        <source>Sign in to your LiveAgent account to see your tickets and answer them.</source>
        <translation>Inicia sesión en tu cuenta de LiveAgent para ver tus tickets y responderlos.</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>&amp;Dirección del servidor:</translation>
    </message>
    <message>
        <source>https://acme.ladesk.com</source>
        <extracomment>Example of a LiveAgent server address; keep as is unless a local example reads better</extracomment>
        <translation>https://acme.ladesk.com</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>The address you open LiveAgent at in your browser.</source>
        <translation>La dirección con la que abres LiveAgent en tu navegador.</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Iniciar sesión con:</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <extracomment>Sign-in method</extracomment>
        <translation>Cla&amp;ve API</translation>
    </message>
    <message>
        <source>E-mail and pass&amp;word</source>
        <extracomment>Sign-in method</extracomment>
        <translation>Correo y contra&amp;seña</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Co&amp;rreo electrónico:</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>tu@ejemplo.com</translation>
    </message>
    <message>
        <source>Your e-mail address as an agent</source>
        <translation>Tu dirección de correo electrónico como agente</translation>
    </message>
    <message>
        <source>API v3 keys belong to the whole account, not to one agent: your e-mail tells Frontline which agent you are.</source>
        <translation>Las claves de la API v3 pertenecen a toda la cuenta, no a un agente: tu correo electrónico le indica a Frontline qué agente eres.</translation>
    </message>
    <message>
        <source>&amp;API key:</source>
        <translation>Clave &amp;API:</translation>
    </message>
    <message>
        <source>API key (version 3)</source>
        <translation>Clave API (versión 3)</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Co&amp;ntraseña:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Two-factor c&amp;ode:</source>
        <translation>Código de dos &amp;factores:</translation>
    </message>
    <message>
        <source>Two-factor authentication code</source>
        <translation>Código de autenticación en dos pasos</translation>
    </message>
    <message>
        <source>From your authenticator app</source>
        <translation>De tu aplicación de autenticación</translation>
    </message>
    <message>
        <source>API v&amp;1 key:</source>
        <translation>Clave de la API v&amp;1:</translation>
    </message>
    <message>
        <source>API version 1 key, optional</source>
        <translation>Clave de la API versión 1, opcional</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Replies and internal notes go through LiveAgent&apos;s API v1, which has a key of its own. Without it Frontline can read tickets and act on them, but not reply.</source>
        <translation>Las respuestas y las notas internas pasan por la API v1 de LiveAgent, que tiene su propia clave. Sin ella, Frontline puede leer los tickets y actuar sobre ellos, pero no responder.</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>Avan&amp;zado</translation>
    </message>
    <message>
        <source>Advanced: certificates</source>
        <translation>Avanzado: certificados</translation>
    </message>
    <message>
        <source>E&amp;xtra CA file:</source>
        <translation>Archivo de CA &amp;extra:</translation>
    </message>
    <message>
        <source>Extra certificate authority file</source>
        <translation>Archivo de autoridad de certificación adicional</translation>
    </message>
    <message>
        <source>PEM file, optional</source>
        <translation>Archivo PEM, opcional</translation>
    </message>
    <message>
        <source>Pi&amp;nned certificate:</source>
        <translation>Cer&amp;tificado fijado:</translation>
    </message>
    <message>
        <source>Pinned server certificate file</source>
        <translation>Archivo del certificado fijado del servidor</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Choose the extra certificate authority file</source>
        <translation>Elegir el archivo de la autoridad de certificación adicional</translation>
    </message>
    <message>
        <source>Choose the pinned certificate file</source>
        <translation>Elegir el archivo del certificado fijado</translation>
    </message>
    <message>
        <source>For a server whose certificate comes from your own authority (extra CA) or is self-signed (pinned). Certificates are always verified.</source>
        <translation>Para un servidor cuyo certificado procede de tu propia autoridad (CA extra) o está autofirmado (fijado). Los certificados siempre se verifican.</translation>
    </message>
    <message>
        <source>Server certificate &amp;fingerprint (SHA-256):</source>
        <translation>&amp;Huella del certificado del servidor (SHA-256):</translation>
    </message>
    <message>
        <source>Server certificate fingerprint (SHA-256)</source>
        <translation>Huella del certificado del servidor (SHA-256)</translation>
    </message>
    <message>
        <source>If this is your server&apos;s certificate, save it as a PEM file and choose it as the pinned certificate under Advanced.</source>
        <translation>Si este es el certificado de tu servidor, guárdalo como archivo PEM y elígelo como certificado fijado en Avanzado.</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>Sign &amp;In</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
</context>
<context>
    <name>Frontline::MainWindow</name>
    <message>
        <source>SLA due</source>
        <extracomment>Sort order: the nearest SLA deadline first</extracomment>
        <translation>Plazo de ANS</translation>
    </message>
    <message>
        <source>Oldest first (FIFO)</source>
        <extracomment>Sort order: first in, first out</extracomment>
        <translation>Más antiguos primero (FIFO)</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Más recientes primero</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <source>Easiest first</source>
        <extracomment>Sort order: tickets with the fewest and shortest messages first</extracomment>
        <translation>Más fáciles primero</translation>
    </message>
    <message>
        <source>VIP first</source>
        <translation>VIP primero</translation>
    </message>
    <message>
        <source>Frontline — %1</source>
        <translation>Frontline — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <translation>&amp;Ticket</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Barra de herramientas</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Cerrar s&amp;esión</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <source>&amp;Search tickets</source>
        <translation>&amp;Buscar tickets</translation>
    </message>
    <message>
        <source>Ticket &amp;list</source>
        <translation>&amp;Lista de tickets</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <extracomment>Menu: write a reply to the customer</extracomment>
        <translation>&amp;Responder</translation>
    </message>
    <message>
        <source>Internal &amp;note</source>
        <translation>Nota &amp;interna</translation>
    </message>
    <message>
        <source>&amp;Take</source>
        <extracomment>Take responsibility for an unassigned ticket</extracomment>
        <translation>&amp;Tomar</translation>
    </message>
    <message>
        <source>Trans&amp;fer to department…</source>
        <translation>Trans&amp;ferir a un departamento…</translation>
    </message>
    <message>
        <source>&amp;Assign to agent…</source>
        <translation>&amp;Asignar a un agente…</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>Re&amp;solver</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Rea&amp;brir</translation>
    </message>
    <message>
        <source>&amp;Postpone…</source>
        <translation>&amp;Posponer…</translation>
    </message>
    <message>
        <source>&amp;Pending actions…</source>
        <translation>Acciones &amp;pendientes…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Frontline</source>
        <translation>Acerca &amp;de Frontline</translation>
    </message>
    <message>
        <source>Search tickets (Ctrl+K)</source>
        <translation>Buscar tickets (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search tickets</source>
        <translation>Buscar tickets</translation>
    </message>
    <message>
        <source>Sort tickets</source>
        <translation>Ordenar tickets</translation>
    </message>
    <message>
        <source>Not saved</source>
        <extracomment>Title of the message shown when an action could not be stored</extracomment>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Frontline — %1 (demo)</source>
        <extracomment>Window title; %1 is the signed-in agent</extracomment>
        <translation>Frontline — %1 (demostración)</translation>
    </message>
    <message>
        <source>Mark ans&amp;wered</source>
        <translation>Marcar como respon&amp;dido</translation>
    </message>
    <message>
        <source>&amp;Working time…</source>
        <extracomment>Menu: the agent&apos;s working time today and this week, pauses excluded</extracomment>
        <translation>&amp;Horas de trabajo…</translation>
    </message>
</context>
<context>
    <name>Frontline::NotificationCenter</name>
    <message>
        <source>your department</source>
        <extracomment>Stands for a department whose name is not known yet: &quot;New ticket in your department&quot;</extracomment>
        <translation>tu departamento</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <extracomment>A ticket without a subject</extracomment>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <source>From %1</source>
        <extracomment>Who wrote the ticket: &quot;From Jane Doe&quot;</extracomment>
        <translation>De %1</translation>
    </message>
    <message>
        <source>Assigned to you: %1</source>
        <extracomment>Notification title: a ticket became mine</extracomment>
        <translation>Asignado a ti: %1</translation>
    </message>
    <message>
        <source>The customer replied</source>
        <extracomment>Notification title: a customer answered on a ticket of mine</extracomment>
        <translation>El cliente ha respondido</translation>
    </message>
    <message>
        <source>%1 replied</source>
        <translation>%1 ha respondido</translation>
    </message>
    <message>
        <source>New ticket in %1</source>
        <extracomment>Notification title: &quot;New ticket in Billing&quot;</extracomment>
        <translation>Nuevo ticket en %1</translation>
    </message>
    <message>
        <source>Ticket reopened: %1</source>
        <extracomment>Notification title: a resolved ticket of mine came back</extracomment>
        <translation>Ticket reabierto: %1</translation>
    </message>
    <message>
        <source>Deadline soon: %1</source>
        <extracomment>Notification title: an SLA deadline of my ticket is near</extracomment>
        <translation>Plazo a punto de vencer: %1</translation>
    </message>
    <message>
        <source>Deadline missed: %1</source>
        <extracomment>Notification title: an SLA deadline of my ticket passed</extracomment>
        <translation>Plazo incumplido: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n tickets assigned to you</source>
        <translation>
            <numerusform>%n ticket asignado a ti</numerusform>
            <numerusform>%n tickets asignados a ti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customers replied</source>
        <translation>
            <numerusform>%n cliente ha respondido</numerusform>
            <numerusform>%n clientes han respondido</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new tickets in %1</source>
        <extracomment>&quot;5 new tickets in Billing&quot;</extracomment>
        <translation>
            <numerusform>%n ticket nuevo en %1</numerusform>
            <numerusform>%n tickets nuevos en %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tickets reopened</source>
        <translation>
            <numerusform>%n ticket reabierto</numerusform>
            <numerusform>%n tickets reabiertos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deadlines due soon</source>
        <extracomment>SLA deadlines of my tickets that are near</extracomment>
        <translation>
            <numerusform>%n plazo a punto de vencer</numerusform>
            <numerusform>%n plazos a punto de vencer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deadlines missed</source>
        <extracomment>SLA deadlines of my tickets that passed</extracomment>
        <translation>
            <numerusform>%n plazo incumplido</numerusform>
            <numerusform>%n plazos incumplidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <extracomment>After the first three subjects of a burst: &quot;and 2 more&quot;</extracomment>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Frontline::OutboxPusher</name>
    <message>
        <source>Replies and notes need the account&apos;s API v1 key. Add it in Settings, then retry.</source>
        <translation>Las respuestas y las notas necesitan la clave de la API v1 de la cuenta. Añádela en Configuración y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>This action was saved by another version of Frontline and cannot be sent.</source>
        <translation>Esta acción la guardó otra versión de Frontline y no se puede enviar.</translation>
    </message>
</context>
<context>
    <name>Frontline::PendingActionsDialog</name>
    <message>
        <source>The server did not accept this action. Edit it, try again or discard it.</source>
        <translation>El servidor no aceptó esta acción. Edítala, vuelve a intentarlo o descártala.</translation>
    </message>
    <message>
        <source>It was sent but no answer came back; Frontline checks with the server before sending it again, so nothing is sent twice.</source>
        <translation>Se envió, pero no llegó respuesta; Frontline lo comprueba con el servidor antes de volver a enviarla, para que nada se envíe dos veces.</translation>
    </message>
    <message>
        <source>It is being sent now.</source>
        <translation>Se está enviando ahora.</translation>
    </message>
    <message>
        <source>It could not be sent yet; Frontline keeps trying.</source>
        <translation>Todavía no se ha podido enviar; Frontline sigue intentándolo.</translation>
    </message>
    <message>
        <source>It is sent as soon as the server can be reached.</source>
        <translation>Se enviará en cuanto se pueda contactar con el servidor.</translation>
    </message>
    <message>
        <source>%1 Last problem: %2</source>
        <extracomment>%1 is our sentence about the action&apos;s state, %2 the server&apos;s (or network&apos;s) explanation</extracomment>
        <translation>%1 Último problema: %2</translation>
    </message>
    <message>
        <source>Discard Action</source>
        <translation>Descartar acción</translation>
    </message>
    <message>
        <source>Discard “%1”?</source>
        <translation>¿Descartar “%1”?</translation>
    </message>
    <message>
        <source>Discard “%1” on %2?</source>
        <translation>¿Descartar “%1” en %2?</translation>
    </message>
    <message>
        <source>It will not be sent, and the ticket is read again from the server.</source>
        <translation>No se enviará y el ticket se volverá a leer del servidor.</translation>
    </message>
    <message>
        <source>It may already have reached the server.</source>
        <translation>Puede que ya haya llegado al servidor.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Conservar</translation>
    </message>
    <message>
        <source>Pending Actions</source>
        <translation>Acciones pendientes</translation>
    </message>
    <message>
        <source>Your actions stay here until the server has them. Actions the server refused wait for you: edit, retry or discard them.</source>
        <translation>Tus acciones se quedan aquí hasta que el servidor las tenga. Las que el servidor rechazó te esperan: edítalas, reinténtalas o descártalas.</translation>
    </message>
    <message>
        <source>&amp;Actions not yet on the server:</source>
        <translation>&amp;Acciones que aún no están en el servidor:</translation>
    </message>
    <message>
        <source>Pending actions</source>
        <translation>Acciones pendientes</translation>
    </message>
    <message>
        <source>Nothing is waiting: the server has all your actions.</source>
        <translation>No hay nada pendiente: el servidor tiene todas tus acciones.</translation>
    </message>
    <message>
        <source>Message &amp;text:</source>
        <translation>&amp;Texto del mensaje:</translation>
    </message>
    <message>
        <source>Text of the reply or note</source>
        <translation>Texto de la respuesta o de la nota</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Reintentar ahora</translation>
    </message>
    <message>
        <source>Send the selected action again now</source>
        <translation>Volver a enviar ahora la acción seleccionada</translation>
    </message>
    <message>
        <source>&amp;Edit text</source>
        <extracomment>Button: edit the text of a refused reply or note</extracomment>
        <translation>&amp;Editar texto</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Descartar…</translation>
    </message>
    <message>
        <source>Give up the selected action; the ticket is read again from the server</source>
        <translation>Renunciar a la acción seleccionada; el ticket se vuelve a leer del servidor</translation>
    </message>
    <message>
        <source>&amp;Save and send</source>
        <translation>&amp;Guardar y enviar</translation>
    </message>
    <message>
        <source>Ca&amp;ncel editing</source>
        <translation>Ca&amp;ncelar edición</translation>
    </message>
</context>
<context>
    <name>Frontline::PendingActionsModel</name>
    <message>
        <source>Waiting</source>
        <extracomment>State of an action not yet sent to the server</extracomment>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Sending</source>
        <extracomment>State of an action being sent to the server right now</extracomment>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Checking</source>
        <extracomment>State of an action sent without an answer: Frontline checks whether the server got it</extracomment>
        <translation>Comprobando</translation>
    </message>
    <message>
        <source>Refused</source>
        <extracomment>State of an action the server did not accept</extracomment>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Reply</source>
        <extracomment>Pending action: a reply to the customer</extracomment>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Internal note</source>
        <extracomment>Pending action</extracomment>
        <translation>Nota interna</translation>
    </message>
    <message>
        <source>Set status: %1</source>
        <extracomment>Pending action; %1 is a ticket status such as &quot;Resolved&quot;</extracomment>
        <translation>Cambiar estado: %1</translation>
    </message>
    <message>
        <source>Postpone until %1</source>
        <extracomment>Pending action; %1 is a date and time</extracomment>
        <translation>Posponer hasta %1</translation>
    </message>
    <message>
        <source>Take</source>
        <extracomment>Pending action: the agent takes the ticket</extracomment>
        <translation>Tomar</translation>
    </message>
    <message>
        <source>Assign to %1</source>
        <extracomment>Pending action; %1 is an agent&apos;s name</extracomment>
        <translation>Asignar a %1</translation>
    </message>
    <message>
        <source>Transfer to %1</source>
        <extracomment>Pending action; %1 is a department</extracomment>
        <translation>Transferir a %1</translation>
    </message>
    <message>
        <source>Transfer to %1 (%2)</source>
        <extracomment>Pending action; %1 is a department, %2 an agent of it</extracomment>
        <translation>Transferir a %1 (%2)</translation>
    </message>
    <message>
        <source>Pause</source>
        <extracomment>Pending action (noun): the agent pauses</extracomment>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Pause (%1)</source>
        <translation>Pausa (%1)</translation>
    </message>
    <message>
        <source>Resume</source>
        <extracomment>Pending action: the agent resumes work after a pause</extracomment>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Unknown action</source>
        <translation>Acción desconocida</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A ticket: %1 its code (ABC-123), %2 its subject</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The server did not accept this action. Edit it, try again or discard it.</source>
        <translation>El servidor no aceptó esta acción. Edítala, vuelve a intentarlo o descártala.</translation>
    </message>
    <message>
        <source>It was sent but no answer came back; Frontline checks with the server before sending it again, so nothing is sent twice.</source>
        <translation>Se envió, pero no llegó respuesta; Frontline lo comprueba con el servidor antes de volver a enviarla, para que nada se envíe dos veces.</translation>
    </message>
    <message>
        <source>Next attempt at %1</source>
        <extracomment>%1 is a time</extracomment>
        <translation>Próximo intento a las %1</translation>
    </message>
    <message>
        <source>Action</source>
        <extracomment>Column of the pending-actions list: what the action does</extracomment>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Since</source>
        <extracomment>Column: when the action was taken</extracomment>
        <translation>Desde</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>Column: waiting, sending, checking or refused</extracomment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Server&apos;s message</source>
        <extracomment>Column: the server&apos;s explanation of an error</extracomment>
        <translation>Mensaje del servidor</translation>
    </message>
</context>
<context>
    <name>Frontline::PostponeDialog</name>
    <message>
        <source>Postpone Ticket</source>
        <translation>Posponer ticket</translation>
    </message>
    <message>
        <source>The ticket waits until this moment (your local time), then comes back as open.</source>
        <translation>El ticket espera hasta ese momento (tu hora local) y luego vuelve a estar abierto.</translation>
    </message>
    <message>
        <source>In one &amp;hour (%1)</source>
        <extracomment>%1 is the clock time an hour from now, e.g. 15:30</extracomment>
        <translation>Dentro de una &amp;hora (%1)</translation>
    </message>
    <message>
        <source>&amp;Tomorrow at %1 (%2)</source>
        <extracomment>%1 is the time (09:00 in the local format), %2 tomorrow&apos;s date</extracomment>
        <translation>&amp;Mañana a las %1 (%2)</translation>
    </message>
    <message>
        <source>Next &amp;Monday at %1 (%2)</source>
        <extracomment>%1 is the time (09:00 in the local format), %2 the date of next Monday</extracomment>
        <translation>El pró&amp;ximo lunes a las %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Other time:</source>
        <extracomment>A radio button followed by a date and time field</extracomment>
        <translation>&amp;Otro momento:</translation>
    </message>
    <message>
        <source>Postpone until (date and time)</source>
        <translation>Posponer hasta (fecha y hora)</translation>
    </message>
    <message>
        <source>This moment has already passed. Choose one in the future.</source>
        <translation>Ese momento ya ha pasado. Elige uno en el futuro.</translation>
    </message>
    <message>
        <source>&amp;Postpone</source>
        <extracomment>The button that postpones the ticket</extracomment>
        <translation>&amp;Posponer</translation>
    </message>
</context>
<context>
    <name>Frontline::PresenceButton</name>
    <message>
        <source>Pause: %1</source>
        <extracomment>Menu item: pause with this reason, e.g. &quot;Pause: Lunch&quot;</extracomment>
        <translation>Pausa: %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <extracomment>Menu item: end the pause
----------
Toolbar button (verb): end the break</extracomment>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Pause</source>
        <extracomment>Toolbar button (verb): take a break</extracomment>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Presence: %1</source>
        <extracomment>Accessible name of the presence button; %1 is the presence in words</extracomment>
        <translation>Presencia: %1</translation>
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
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Paused</source>
        <extracomment>Presence (adjective/state, not the button): on a break</extracomment>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Offline</source>
        <extracomment>Presence: no connection to the server</extracomment>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Sesión cerrada</translation>
    </message>
    <message>
        <source>Offline (paused)</source>
        <extracomment>Offline while a pause is in effect</extracomment>
        <translation>Sin conexión (en pausa)</translation>
    </message>
    <message>
        <source>Paused — %1, since %2 (%3)</source>
        <extracomment>&quot;Paused — Lunch, since 12:00 (15 min)&quot;</extracomment>
        <translation>En pausa — %1, desde las %2 (%3)</translation>
    </message>
    <message>
        <source>Paused since %1 (%2)</source>
        <extracomment>&quot;Paused since 12:00 (15 min)&quot;</extracomment>
        <translation>En pausa desde las %1 (%2)</translation>
    </message>
    <message>
        <source>%1 — pending</source>
        <extracomment>The pause or resume is waiting to reach the server</extracomment>
        <translation>%1 — pendiente</translation>
    </message>
    <message>
        <source>Lunch</source>
        <extracomment>Pause reasons</extracomment>
        <translation>Comida</translation>
    </message>
    <message>
        <source>Coffee</source>
        <translation>Café</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>Frontline::QueueListView</name>
    <message>
        <source>Queues</source>
        <translation>Colas</translation>
    </message>
</context>
<context>
    <name>Frontline::QueueModel</name>
    <message>
        <source>Mine</source>
        <extracomment>Queue: tickets assigned to me</extracomment>
        <translation>Míos</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <extracomment>Queue: nobody&apos;s tickets in my departments</extracomment>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Overdue</source>
        <extracomment>Queue: tickets whose SLA deadline passed</extracomment>
        <translation>Vencidos</translation>
    </message>
    <message>
        <source>All open</source>
        <extracomment>Queue: every open ticket of my departments</extracomment>
        <translation>Todos los abiertos</translation>
    </message>
    <message>
        <source>Recently resolved</source>
        <extracomment>Queue: tickets resolved in the last days</extracomment>
        <translation>Recién resueltos</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n ticket(s)</source>
        <extracomment>A queue and how many tickets it holds, e.g. &quot;Mine: 12 tickets&quot;</extracomment>
        <translation>
            <numerusform>%1: %n ticket</numerusform>
            <numerusform>%1: %n tickets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Frontline::ResumeOperation</name>
    <message>
        <source>LiveAgent lists no device for you, so Frontline cannot make you available. Resume in the LiveAgent agent panel.</source>
        <translation>LiveAgent no tiene ningún dispositivo registrado para ti, así que Frontline no puede ponerte como disponible. Reanuda en el panel de agente de LiveAgent.</translation>
    </message>
</context>
<context>
    <name>Frontline::ResumePrompt</name>
    <message>
        <source>Welcome back</source>
        <extracomment>Window title of the prompt shown when the agent comes back while paused</extracomment>
        <translation>Bienvenido de nuevo</translation>
    </message>
    <message>
        <source>Welcome back. %1

Resume now, so that new work reaches you again?</source>
        <extracomment>%1 is the presence, e.g. &quot;Paused — Lunch, since 12:00 (15 min)&quot;</extracomment>
        <translation>Bienvenido de nuevo. %1

¿Reanudar ahora para volver a recibir trabajo nuevo?</translation>
    </message>
    <message>
        <source>Resume</source>
        <extracomment>Button (verb): end the pause</extracomment>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Stay paused</source>
        <translation>Seguir en pausa</translation>
    </message>
</context>
<context>
    <name>Frontline::SettingsDialog</name>
    <message>
        <source>New reason</source>
        <translation>Nuevo motivo</translation>
    </message>
    <message>
        <source>The key was saved.</source>
        <extracomment>After the API v1 key was handed to the keychain</extracomment>
        <translation>Se guardó la clave.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Presence</source>
        <extracomment>Settings tab: pause, resume and the automatic pause</extracomment>
        <translation>Presencia</translation>
    </message>
    <message>
        <source>Account</source>
        <extracomment>Settings tab: the LiveAgent account&apos;s keys</extracomment>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>System default</source>
        <extracomment>Language list entry: use the language of the operating system</extracomment>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Dates and numbers: %1 · %2</source>
        <extracomment>Preview of how the chosen language writes a date, a time and a number</extracomment>
        <translation>Fechas y números: %1 · %2</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>&amp;Seguir en la bandeja del sistema al cerrar la ventana</translation>
    </message>
    <message>
        <source>Start &amp;minimised to the tray</source>
        <translation>Iniciar &amp;minimizado en la bandeja del sistema</translation>
    </message>
    <message>
        <source>SLA &amp;warning when less than this share of the target is left:</source>
        <translation>A&amp;viso de ANS cuando quede menos de esta parte del objetivo:</translation>
    </message>
    <message>
        <source>Show a desktop notification when:</source>
        <translation>Mostrar una notificación en el escritorio cuando:</translation>
    </message>
    <message>
        <source>A ticket is &amp;assigned to me</source>
        <translation>Se me asig&amp;na un ticket</translation>
    </message>
    <message>
        <source>A customer &amp;replies on my ticket</source>
        <translation>Un cliente &amp;responde en un ticket mío</translation>
    </message>
    <message>
        <source>A &amp;new ticket arrives in my department</source>
        <translation>Llega un ticket nue&amp;vo a mi departamento</translation>
    </message>
    <message>
        <source>An SLA deadline of mine is &amp;missed</source>
        <translation>Se &amp;incumple un plazo de ANS mío</translation>
    </message>
    <message>
        <source>While &amp;paused, only notify about missed deadlines</source>
        <translation>Durante una pa&amp;usa, avisar solo de los plazos incumplidos</translation>
    </message>
    <message>
        <source>Pause &amp;reasons:</source>
        <translation>&amp;Motivos de pausa:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <extracomment>Button: add a pause reason</extracomment>
        <translation>Aña&amp;dir</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <extracomment>Button: remove the selected pause reason</extracomment>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <extracomment>Button: put back the standard pause reasons</extracomment>
        <translation>Restaurar &amp;predeterminados</translation>
    </message>
    <message>
        <source>Pause automatically when the screen &amp;locks</source>
        <translation>Pausar automáticamente al &amp;bloquearse la pantalla</translation>
    </message>
    <message>
        <source>Pause automatically after this many &amp;idle minutes:</source>
        <translation>Pausar automáticamente tras estos minutos de &amp;inactividad:</translation>
    </message>
    <message>
        <source>Off</source>
        <extracomment>Idle minutes of 0: no automatic pause</extracomment>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>Unit after the number of idle minutes</extracomment>
        <translation> min</translation>
    </message>
    <message>
        <source>Offer to resume when I come &amp;back while paused</source>
        <translation>Ofrecer reanudar al &amp;volver durante una pausa</translation>
    </message>
    <message>
        <source>This desktop does not report screen locking: the automatic pause cannot work here.</source>
        <translation>Este escritorio no informa del bloqueo de pantalla: la pausa automática no puede funcionar aquí.</translation>
    </message>
    <message>
        <source>This desktop does not report idle time: only the pause on locking can work here.</source>
        <translation>Este escritorio no informa del tiempo de inactividad: aquí solo puede funcionar la pausa al bloquear.</translation>
    </message>
    <message>
        <source>Replies and internal notes go through LiveAgent&apos;s older API v1, which needs its own key (Settings for API v1 in LiveAgent). Frontline keeps it in the system keychain, never in a file.</source>
        <translation>Las respuestas y las notas internas pasan por la antigua API v1 de LiveAgent, que necesita su propia clave (la configuración de la API v1 en LiveAgent). Frontline la guarda en el llavero del sistema, nunca en un archivo.</translation>
    </message>
    <message>
        <source>API v1 &amp;key:</source>
        <translation>C&amp;lave de la API v1:</translation>
    </message>
    <message>
        <source>&amp;Save key</source>
        <extracomment>Button: store the API v1 key entered</extracomment>
        <translation>&amp;Guardar clave</translation>
    </message>
    <message>
        <source>Start Frontline when I log &amp;in</source>
        <translation>Iniciar Frontline cuan&amp;do inicie sesión</translation>
    </message>
    <message>
        <source>A ticket of mine is reopene&amp;d</source>
        <translation>Se reabre un &amp;ticket mío</translation>
    </message>
    <message>
        <source>An SLA deadline of mine is n&amp;ear</source>
        <translation>Se acerca un &amp;plazo de ANS mío</translation>
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
        <translation>No hay acciones.</translation>
    </message>
    <message>
        <source>No action or shortcut matches “%1”.</source>
        <translation>Ninguna acción ni atajo coincide con “%1”.</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Action or key, e.g. reply or Ctrl+K</source>
        <translation>Acción o tecla, p. ej. responder o Ctrl+K</translation>
    </message>
    <message>
        <source>Search actions and shortcuts</source>
        <translation>Buscar acciones y atajos</translation>
    </message>
    <message>
        <source>Actions and their shortcuts</source>
        <translation>Acciones y sus atajos</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
</context>
<context>
    <name>Frontline::SignInError</name>
    <message>
        <source>The key works, but no agent of this account has that e-mail address.</source>
        <translation>La clave funciona, pero ningún agente de esta cuenta tiene esa dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>Please fill in: %1.</source>
        <extracomment>%1 is the name of a field of the sign-in form, e.g. &quot;API key&quot;</extracomment>
        <translation>Rellena: %1.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave API</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins or requests to the server. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Demasiados inicios de sesión fallidos o solicitudes al servidor. Vuelve a intentarlo dentro de %n minuto.</numerusform>
            <numerusform>Demasiados inicios de sesión fallidos o solicitudes al servidor. Vuelve a intentarlo dentro de %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many failed sign-ins or requests to the server. Try again in a few minutes.</source>
        <translation>Demasiados inicios de sesión fallidos o solicitudes al servidor. Vuelve a intentarlo dentro de unos minutos.</translation>
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
        <translation>cumplido</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <extracomment>SLA deadline passed by this much business time</extracomment>
        <translation>vencido hace %1</translation>
    </message>
    <message>
        <source>paused</source>
        <extracomment>SLA column: the clock stands still (outside business hours)</extracomment>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>paused until %1</source>
        <extracomment>The SLA clock stands still outside business hours until this time</extracomment>
        <translation>en pausa hasta %1</translation>
    </message>
    <message>
        <source>postponed</source>
        <extracomment>SLA column: the ticket is postponed without an end</extracomment>
        <translation>pospuesto</translation>
    </message>
    <message>
        <source>postponed until %1</source>
        <extracomment>The ticket is postponed; the SLA clock waits until this time</extracomment>
        <translation>pospuesto hasta %1</translation>
    </message>
    <message>
        <source>no deadline</source>
        <extracomment>No SLA deadline can be reached (no business hours ever)</extracomment>
        <translation>sin plazo</translation>
    </message>
    <message>
        <source>On time</source>
        <extracomment>SLA state</extracomment>
        <translation>A tiempo</translation>
    </message>
    <message>
        <source>Due soon</source>
        <extracomment>SLA state: little time left</extracomment>
        <translation>Vence pronto</translation>
    </message>
    <message>
        <source>Overdue</source>
        <extracomment>SLA state</extracomment>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Paused</source>
        <extracomment>SLA state: outside business hours</extracomment>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Met</source>
        <extracomment>SLA state</extracomment>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>Postponed</source>
        <extracomment>SLA state: the ticket is postponed</extracomment>
        <translation>Pospuesto</translation>
    </message>
    <message>
        <source>First answer</source>
        <translation>Primera respuesta</translation>
    </message>
    <message>
        <source>Next answer</source>
        <translation>Siguiente respuesta</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>First assignment</source>
        <translation>Primera asignación</translation>
    </message>
</context>
<context>
    <name>Frontline::StoreError</name>
    <message>
        <source>Frontline cannot open its local cache. Check that your home folder is writable.</source>
        <translation>Frontline no puede abrir su caché local. Comprueba que se puede escribir en tu carpeta personal.</translation>
    </message>
    <message>
        <source>The local cache was written by a newer version of Frontline. Update Frontline to use this account.</source>
        <translation>La caché local la escribió una versión más reciente de Frontline. Actualiza Frontline para usar esta cuenta.</translation>
    </message>
    <message>
        <source>The local cache was damaged. It has been set aside and is being rebuilt from the server; your unsent actions were kept.</source>
        <translation>La caché local estaba dañada. Se ha apartado y se está reconstruyendo desde el servidor; se han conservado tus acciones no enviadas.</translation>
    </message>
    <message>
        <source>The disk is full, so Frontline could not save this. Nothing was sent; free some space and try again.</source>
        <translation>El disco está lleno, así que Frontline no pudo guardar esto. No se envió nada; libera espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The local cache is read-only, so Frontline could not save this.</source>
        <translation>La caché local es de solo lectura, así que Frontline no pudo guardar esto.</translation>
    </message>
    <message>
        <source>The local cache is in use by another Frontline window. Close it and try again.</source>
        <translation>Otra ventana de Frontline está usando la caché local. Ciérrala y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Frontline could not save this in its local cache.</source>
        <translation>Frontline no pudo guardar esto en su caché local.</translation>
    </message>
</context>
<context>
    <name>Frontline::SyncEngine</name>
    <message>
        <source>No network connection.</source>
        <translation>No hay conexión de red.</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>No se puede contactar con el servidor.</translation>
    </message>
</context>
<context>
    <name>Frontline::SyncStatusWidget</name>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Offline — your actions are kept and sent when the connection is back</source>
        <extracomment>Status bar while the server cannot be reached</extracomment>
        <translation>Sin conexión — tus acciones se guardan y se envían cuando vuelva la conexión</translation>
    </message>
    <message>
        <source>Sync problem: %1</source>
        <translation>Problema de sincronización: %1</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <extracomment>Status bar: the time of the last successful sync</extracomment>
        <translation>Sincronizado a las %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Aún sin sincronizar</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) waiting</source>
        <translation>
            <numerusform>%n acción en espera</numerusform>
            <numerusform>%n acciones en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n refused</source>
        <translation>
            <numerusform>%1, %n rechazada</numerusform>
            <numerusform>%1, %n rechazadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) refused</source>
        <translation>
            <numerusform>%n acción rechazada</numerusform>
            <numerusform>%n acciones rechazadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the actions that are not on the server yet</source>
        <translation>Mostrar las acciones que aún no están en el servidor</translation>
    </message>
    <message numerus="yes">
        <source>Rate limit: waiting %n s</source>
        <extracomment>Requests are held back to stay under LiveAgent&apos;s request limit</extracomment>
        <translation>
            <numerusform>Límite de solicitudes: esperando %n s</numerusform>
            <numerusform>Límite de solicitudes: esperando %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Frontline::TicketListModel</name>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <source>%1 due %2</source>
        <extracomment>Tooltip of the SLA column, e.g. &quot;First answer due Mon 10:00&quot;</extracomment>
        <translation>%1: vence %2</translation>
    </message>
    <message>
        <source>Estimated with the default SLA level until the ticket&apos;s level is known.</source>
        <translation>Estimado con el nivel de ANS predeterminado hasta que se conozca el nivel del ticket.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <source>SLA</source>
        <extracomment>Column header: time left until the SLA deadline</extracomment>
        <translation>ANS</translation>
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
        <translation>Tickets</translation>
    </message>
</context>
<context>
    <name>Frontline::TicketText</name>
    <message>
        <source>Initializing</source>
        <extracomment>Ticket status</extracomment>
        <translation>Iniciando</translation>
    </message>
    <message>
        <source>New</source>
        <extracomment>Ticket status</extracomment>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Chatting</source>
        <extracomment>Ticket status: a live chat is going on</extracomment>
        <translation>En chat</translation>
    </message>
    <message>
        <source>Calling</source>
        <extracomment>Ticket status: a call is going on</extracomment>
        <translation>En llamada</translation>
    </message>
    <message>
        <source>Resolved</source>
        <extracomment>Ticket status</extracomment>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>Deleted</source>
        <extracomment>Ticket status</extracomment>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Spam</source>
        <extracomment>Ticket status</extracomment>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Answered</source>
        <extracomment>Ticket status: the agent answered, waiting for the customer</extracomment>
        <translation>Respondido</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Ticket status: the customer wrote again</extracomment>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Postponed</source>
        <extracomment>Ticket status</extracomment>
        <translation>Pospuesto</translation>
    </message>
    <message>
        <source>Closed</source>
        <extracomment>Ticket status</extracomment>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Other (%1)</source>
        <extracomment>A ticket status letter Frontline does not know, e.g. &quot;Other (Q)&quot;
----------
A channel letter Frontline does not know, e.g. &quot;Other (V)&quot;
----------
A message group type Frontline does not know, e.g. &quot;Other (9)&quot;</extracomment>
        <translation>Otro (%1)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Chat button</source>
        <translation>Botón de chat</translation>
    </message>
    <message>
        <source>Contact form</source>
        <translation>Formulario de contacto</translation>
    </message>
    <message>
        <source>Chat invitation</source>
        <translation>Invitación al chat</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Call button</source>
        <translation>Botón de llamada</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>Facebook message</source>
        <translation>Mensaje de Facebook</translation>
    </message>
    <message>
        <source>Twitter</source>
        <translation>Twitter</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Foro</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Sugerencia</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Customer message</source>
        <translation>Mensaje del cliente</translation>
    </message>
    <message>
        <source>Chat</source>
        <extracomment>Conversation part: a live chat</extracomment>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Social message</source>
        <translation>Mensaje de redes sociales</translation>
    </message>
    <message>
        <source>Transfer</source>
        <extracomment>Conversation event: the ticket was transferred to another department or agent</extracomment>
        <translation>Transferencia</translation>
    </message>
    <message>
        <source>System event</source>
        <translation>Evento del sistema</translation>
    </message>
</context>
<context>
    <name>Frontline::TicketView</name>
    <message numerus="yes">
        <source>%n remote image(s) or file(s) in this message were not loaded, so the sender cannot see that you read it.</source>
        <extracomment>Shown above an e-mail whose remote images were not loaded</extracomment>
        <translation>
            <numerusform>No se cargó %n imagen o archivo remoto de este mensaje, para que el remitente no sepa que lo has leído.</numerusform>
            <numerusform>No se cargaron %n imágenes o archivos remotos de este mensaje, para que el remitente no sepa que lo has leído.</numerusform>
        </translation>
    </message>
    <message>
        <source>This ticket is no longer in your queues.</source>
        <translation>Este ticket ya no está en tus colas.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <extracomment>Ticket header line: the customer</extracomment>
        <translation>Cliente: %1</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>Canal: %1</translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation>Departamento: %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <extracomment>Ticket header line: the agent responsible for the ticket, or &quot;Unassigned&quot;</extracomment>
        <translation>Responsable: %1</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) waiting to be sent</source>
        <translation>
            <numerusform>%n acción pendiente de envío</numerusform>
            <numerusform>%n acciones pendientes de envío</numerusform>
        </translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Etiquetas: %1</translation>
    </message>
    <message>
        <source>never</source>
        <extracomment>An SLA target without a reachable deadline: &quot;First answer — due never&quot;</extracomment>
        <translation>nunca</translation>
    </message>
    <message>
        <source>%1 — due %2 — %3 (%4)</source>
        <extracomment>One SLA target of the ticket: &quot;First answer — due Mon 10:00 — 1 h 20 min (On time)&quot;</extracomment>
        <translation>%1 — vence %2 — %3 (%4)</translation>
    </message>
    <message>
        <source>No messages.</source>
        <translation>No hay mensajes.</translation>
    </message>
    <message>
        <source>Loading the conversation…</source>
        <translation>Cargando la conversación…</translation>
    </message>
    <message>
        <source>Select a ticket to read it. Use j and k to move through the list, Enter to open, R to reply.</source>
        <translation>Selecciona un ticket para leerlo. Usa j y k para moverte por la lista, Intro para abrirlo y R para responder.</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>When</source>
        <extracomment>Column of the ticket&apos;s history: when it happened</extracomment>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Owner</source>
        <extracomment>Column of the ticket&apos;s history: the agent responsible from then on</extracomment>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Column of the ticket&apos;s history: the ticket&apos;s status from then on</extracomment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Ticket history</source>
        <translation>Historial del ticket</translation>
    </message>
</context>
<context>
    <name>Frontline::TransferDialog</name>
    <message>
        <source>Anyone in the department</source>
        <extracomment>Transfer target: nobody in particular; the ticket is left unassigned in the department</extracomment>
        <translation>Cualquiera del departamento</translation>
    </message>
    <message>
        <source>No departments are known yet; they are loaded with the next sync.</source>
        <translation>Aún no se conoce ningún departamento; se cargarán en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Choose a department.</source>
        <translation>Elige un departamento.</translation>
    </message>
    <message>
        <source>This department has no agents.</source>
        <translation>Este departamento no tiene agentes.</translation>
    </message>
    <message>
        <source>Assign Ticket</source>
        <translation>Asignar ticket</translation>
    </message>
    <message>
        <source>Transfer Ticket</source>
        <translation>Transferir ticket</translation>
    </message>
    <message>
        <source>Choose the agent who takes over this ticket.</source>
        <translation>Elige el agente que se hará cargo de este ticket.</translation>
    </message>
    <message>
        <source>Choose the department that takes over this ticket and, if you like, one of its agents.</source>
        <translation>Elige el departamento que se hará cargo de este ticket y, si quieres, uno de sus agentes.</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Departamento:</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Choose a department</source>
        <translation>Elige un departamento</translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation>A&amp;gente:</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Choose an agent</source>
        <translation>Elige un agente</translation>
    </message>
    <message>
        <source>“Anyone in the department” leaves the ticket unassigned there, for the department&apos;s agents to take.</source>
        <translation>“Cualquiera del departamento” deja el ticket sin asignar en él, para que lo tome uno de sus agentes.</translation>
    </message>
    <message>
        <source>Internal &amp;note:</source>
        <translation>Nota &amp;interna:</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <source>Optional: what the next agent should know. Only agents see it.</source>
        <translation>Opcional: lo que debe saber el siguiente agente. Solo la ven los agentes.</translation>
    </message>
    <message>
        <source>A&amp;ssign</source>
        <extracomment>Buttons that hand the ticket over</extracomment>
        <translation>&amp;Asignar</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>&amp;Transferir</translation>
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
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Pause</source>
        <extracomment>Tray menu (verb): take a break</extracomment>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Pause with reason</source>
        <extracomment>Tray submenu: pause and say why (Lunch, Coffee…)</extracomment>
        <translation>Pausa con motivo</translation>
    </message>
    <message>
        <source>My tickets (%1)</source>
        <extracomment>Tray menu: my tickets, with how many need an answer</extracomment>
        <translation>Mis tickets (%1)</translation>
    </message>
    <message>
        <source>No running deadline</source>
        <extracomment>Tray menu: the most urgent running deadline of my tickets; click opens the ticket</extracomment>
        <translation>Ningún plazo en curso</translation>
    </message>
    <message>
        <source>Next deadline: %1</source>
        <translation>Próximo plazo: %1</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Open Frontline</source>
        <translation>Abrir Frontline</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Need an answer: %1</source>
        <extracomment>Tooltip: my tickets waiting for my answer</extracomment>
        <translation>Pendientes de respuesta: %1</translation>
    </message>
    <message>
        <source>overdue: %1</source>
        <extracomment>Tooltip: my tickets past a deadline</extracomment>
        <translation>vencidos: %1</translation>
    </message>
    <message>
        <source>due soon: %1</source>
        <extracomment>Tooltip: my tickets whose deadline is near</extracomment>
        <translation>vencen pronto: %1</translation>
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
        <translation>Desconocido</translation>
    </message>
</context>
<context>
    <name>Frontline::WorkTimePanel</name>
    <message>
        <source>Today: %1 worked</source>
        <extracomment>Tray tooltip: working time today, pauses excluded</extracomment>
        <translation>Hoy: %1 trabajado</translation>
    </message>
    <message>
        <source>Today: %1 worked · pauses: %2 (%3)</source>
        <extracomment>Tray tooltip: &quot;Today: 5 h 12 min worked · pauses: 2 (45 min)&quot;</extracomment>
        <translation>Hoy: %1 trabajado · pausas: %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Today&apos;s pauses: &quot;2 (0:40:00)&quot;: how many, and their total</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No reason</source>
        <extracomment>A pause without a reason, in the list of pauses by reason</extracomment>
        <translation>Sin motivo</translation>
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
        <translation>Total</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <extracomment>Title of the week table: &quot;Week of 23/11/2026&quot;</extracomment>
        <translation>Semana del %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>Exportado a %1.</translation>
    </message>
    <message>
        <source>frontline-working-time-%1-W%2.csv</source>
        <extracomment>Suggested file name of the export; keep it free of spaces and slashes</extracomment>
        <translation>frontline-horas-de-trabajo-%1-S%2.csv</translation>
    </message>
    <message>
        <source>Export working time</source>
        <translation>Exportar horas de trabajo</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Today</source>
        <extracomment>Work-time panel: today&apos;s totals</extracomment>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Working time:</source>
        <extracomment>Work-time panel: working time without pauses</extracomment>
        <translation>Horas de trabajo:</translation>
    </message>
    <message>
        <source>Pauses:</source>
        <translation>Pausas:</translation>
    </message>
    <message>
        <source>By reason:</source>
        <translation>Por motivo:</translation>
    </message>
    <message>
        <source>First activity:</source>
        <translation>Primera actividad:</translation>
    </message>
    <message>
        <source>Last activity:</source>
        <translation>Última actividad:</translation>
    </message>
    <message>
        <source>Week</source>
        <extracomment>Work-time panel: the week table, day by day</extracomment>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Day</source>
        <extracomment>Column of the week table: the day</extracomment>
        <translation>Día</translation>
    </message>
    <message>
        <source>Working</source>
        <extracomment>Column of the week table: time worked that day, pauses excluded</extracomment>
        <translation>Trabajado</translation>
    </message>
    <message>
        <source>Paused</source>
        <extracomment>Column of the week table: time paused that day</extracomment>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Pauses</source>
        <extracomment>Column of the week table: how many pauses that day</extracomment>
        <translation>Pausas</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Semana anterior</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Semana siguiente</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <source>Frontline — the desktop client for LiveAgent help-desk agents.</source>
        <translation>Frontline — el cliente de escritorio para los agentes de soporte de LiveAgent.</translation>
    </message>
    <message>
        <source>Start on the demo help desk (a local sandbox server with sample tickets); nothing leaves this computer.</source>
        <translation>Empezar en el servicio de soporte de demostración (un servidor de pruebas local con tickets de ejemplo); nada sale de este equipo.</translation>
    </message>
    <message>
        <source>Keep all settings and caches in &lt;dir&gt;.</source>
        <translation>Guardar toda la configuración y las cachés en &lt;carpeta&gt;.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>Use the language &lt;code&gt;: en, da, es, nb or sl.</source>
        <translation>Usar el idioma &lt;código&gt;: en, da, es, nb o sl.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>After the first sync, save the window as a PNG image to &lt;file&gt; and exit.</source>
        <translation>Tras la primera sincronización, guardar la ventana como imagen PNG en &lt;archivo&gt; y salir.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Start minimised to the system tray.</source>
        <translation>Iniciar minimizado en la bandeja del sistema.</translation>
    </message>
    <message>
        <source>Pass &lt;arg&gt; to the demo help desk (e.g. --now=2026-11-20T15:00:00Z).</source>
        <translation>Pasar &lt;arg&gt; al servicio de soporte de demostración (p. ej. --now=2026-11-20T15:00:00Z).</translation>
    </message>
    <message>
        <source>arg</source>
        <translation>arg</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use one of: %2</source>
        <translation>Idioma desconocido &quot;%1&quot;; usa uno de estos: %2</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
</TS>
