<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Credfolio::App</name>
    <message>
        <source>Your library could not be opened</source>
        <translation>No se pudo abrir su biblioteca</translation>
    </message>
    <message>
        <source>Credfolio cannot open your credential library at %1. Nothing in it was changed.

%2</source>
        <translation>Credfolio no puede abrir su biblioteca de credenciales en %1. No se ha modificado nada en ella.

%2</translation>
    </message>
    <message>
        <source>Sample portfolio</source>
        <translation>Portafolio de ejemplo</translation>
    </message>
    <message>
        <source>Credfolio — Sample portfolio</source>
        <translation>Credfolio — Portafolio de ejemplo</translation>
    </message>
    <message>
        <source>Credfolio keeps your learning credentials, verifies them and shows your progress toward certificates and degrees.</source>
        <translation>Credfolio guarda sus credenciales de aprendizaje, las verifica y muestra su progreso hacia certificados y títulos.</translation>
    </message>
    <message>
        <source>Also open the sample portfolio (example credentials and pathways in a window of their own).</source>
        <translation>Abrir también el portafolio de ejemplo (credenciales e itinerarios de ejemplo en una ventana propia).</translation>
    </message>
    <message>
        <source>Credentials to import, or a portfolio package (.credfolio) to review.</source>
        <translation>Credenciales que importar, o un paquete de portafolio (.credfolio) que revisar.</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>No se restauró la copia de seguridad</translation>
    </message>
    <message>
        <source>Your library is as it was.

%1</source>
        <translation>Su biblioteca sigue como estaba.

%1</translation>
    </message>
</context>
<context>
    <name>Credfolio::Cli</name>
    <message>
        <source>Usage: credfolio-cli [--help] [--version] COMMAND [ARGUMENTS...]</source>
        <translation>Uso: credfolio-cli [--help] [--version] ORDEN [ARGUMENTOS...]</translation>
    </message>
    <message>
        <source>Credfolio keeps a learner&apos;s badges and certificates on their own computer, verifies them independently and exports a portfolio. This is its command line.</source>
        <translation>Credfolio guarda las insignias y certificados de cada estudiante en su propio ordenador, los verifica de forma independiente y exporta un portafolio. Esta es su línea de órdenes.</translation>
    </message>
    <message>
        <source>This build provides no commands yet.</source>
        <translation>Esta versión aún no ofrece órdenes.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Órdenes:</translation>
    </message>
    <message>
        <source>Run &apos;credfolio-cli COMMAND --help&apos; for the options of a command.</source>
        <translation>Ejecute «credfolio-cli ORDEN --help» para ver las opciones de una orden.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;. Run &apos;credfolio-cli --help&apos; for the list of commands.</source>
        <translation>Orden desconocida «%1». Ejecute «credfolio-cli --help» para ver la lista de órdenes.</translation>
    </message>
    <message>
        <source>warning: &quot;%1&quot; is not defined by any context; it is not part of the canonical form</source>
        <translation>aviso: «%1» no está definido en ningún contexto; no forma parte de la forma canónica</translation>
    </message>
    <message>
        <source>Usage: credfolio-cli canon (--jcs|--rdfc) FILE</source>
        <translation>Uso: credfolio-cli canon (--jcs|--rdfc) ARCHIVO</translation>
    </message>
    <message>
        <source>  --jcs   print the JSON Canonicalization Scheme (RFC 8785) form of a JSON document</source>
        <translation>  --jcs   mostrar la forma JCS (JSON Canonicalization Scheme, RFC 8785) de un documento JSON</translation>
    </message>
    <message>
        <source>  --rdfc  print the RDFC-1.0 canonical N-Quads of a JSON-LD document (only bundled contexts are used; nothing is fetched)</source>
        <translation>  --rdfc  mostrar los N-Quads canónicos (RDFC-1.0) de un documento JSON-LD (solo contextos incluidos; no se descarga nada)</translation>
    </message>
    <message>
        <source>FILE may be &apos;-&apos; for standard input.</source>
        <translation>ARCHIVO puede ser «-» para la entrada estándar.</translation>
    </message>
    <message>
        <source>Print the canonical form of a JSON (JCS) or JSON-LD (RDFC-1.0) document</source>
        <translation>Mostrar la forma canónica de un documento JSON (JCS) o JSON-LD (RDFC-1.0)</translation>
    </message>
    <message>
        <source>No such file or folder: %1</source>
        <translation>No existe el archivo o la carpeta: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB</source>
        <translation>%1 ocupa más de %2 MiB</translation>
    </message>
    <message>
        <source>Usage: credfolio-cli show [--json] PATH...</source>
        <translation>Uso: credfolio-cli show [--json] RUTA...</translation>
    </message>
    <message>
        <source>Prints what Credfolio reads from each credential: JSON, JWT, PNG or SVG files, or folders (searched recursively). Nothing is fetched: documents a credential only links to are named as not fetched.</source>
        <translation>Muestra lo que Credfolio lee de cada credencial: archivos JSON, JWT, PNG o SVG, o carpetas (recorridas de forma recursiva). No se descarga nada: los documentos a los que una credencial solo enlaza se indican como no descargados.</translation>
    </message>
    <message>
        <source>  --json  print a JSON array with one object per file</source>
        <translation>  --json  mostrar un array JSON con un objeto por archivo</translation>
    </message>
    <message>
        <source>Show what is read from credential files (format, issuer, achievement, dates, credits)</source>
        <translation>Mostrar lo que se lee de los archivos de credenciales (formato, emisor, logro, fechas, créditos)</translation>
    </message>
    <message>
        <source>Usage: credfolio-cli export %1</source>
        <translation>Uso: credfolio-cli export %1</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>La opción %1 necesita un valor.</translation>
    </message>
    <message>
        <source>Unknown argument &apos;%1&apos;.</source>
        <translation>Argumento desconocido «%1».</translation>
    </message>
    <message>
        <source>No package was written: %1</source>
        <translation>No se escribió ningún paquete: %1</translation>
    </message>
    <message>
        <source>Export a PDF portfolio, HTML, JSON Resume, or a signed portfolio package</source>
        <translation>Exportar un portafolio en PDF, HTML, JSON Resume o un paquete de portafolio firmado</translation>
    </message>
    <message>
        <source>Usage: credfolio-cli import [--library DB] PATH...</source>
        <translation>Uso: credfolio-cli import [--library BD] RUTA...</translation>
    </message>
    <message>
        <source>Reads, verifies and stores credentials in the library: files, folders (searched recursively) and https URLs. A file already in the library is reported, not stored twice; a credential that does not verify is stored and flagged. Exit status: 0 all imported, 1 some inputs could not be imported, 2 usage error or the library cannot be used.</source>
        <translation>Lee, verifica y guarda credenciales en la biblioteca: archivos, carpetas (recorridas de forma recursiva) y URL https. Si un archivo ya está en la biblioteca, se indica y no se guarda dos veces; una credencial que no se verifica se guarda y se marca. Estado de salida: 0 todo importado, 1 algunas entradas no se pudieron importar, 2 error de uso o no se puede usar la biblioteca.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message>
        <source>Imported: %1 (not verifying: %2). Already in the library: %3. Not imported: %4.</source>
        <translation>Importadas: %1 (no se verifican: %2). Ya en la biblioteca: %3. No importadas: %4.</translation>
    </message>
    <message>
        <source>already in the library: %1</source>
        <translation>ya en la biblioteca: %1</translation>
    </message>
    <message>
        <source>Import credentials (files, folders, URLs) into the library, verifying each</source>
        <translation>Importar credenciales (archivos, carpetas, URL) a la biblioteca y verificar cada una</translation>
    </message>
    <message>
        <source>Cannot open the library %1: %2</source>
        <translation>No se puede abrir la biblioteca %1: %2</translation>
    </message>
    <message>
        <source>Usage: credfolio-cli list [--library DB] [--json] [--query TEXT]</source>
        <translation>Uso: credfolio-cli list [--library BD] [--json] [--query TEXTO]</translation>
    </message>
    <message>
        <source>Lists the credentials in the library (one per line: id, verdict, name, issuer, issue date), or those matching the search words of --query.</source>
        <translation>Enumera las credenciales de la biblioteca (una por línea: id, veredicto, nombre, emisor, fecha de emisión) o las que coinciden con las palabras de búsqueda de --query.</translation>
    </message>
    <message>
        <source>List or search the credentials in the library</source>
        <translation>Enumerar o buscar las credenciales de la biblioteca</translation>
    </message>
    <message>
        <source>Usage: credfolio-cli progress [--library DB] [--json] PATHWAY</source>
        <translation>Uso: credfolio-cli progress [--library BD] [--json] ITINERARIO</translation>
    </message>
    <message>
        <source>Shows how far the credentials in the library go toward a pathway (a pathway file, or the id of a pathway saved in the library): what is met, what is in progress, what is missing, and credits.</source>
        <translation>Muestra cuánto avanzan las credenciales de la biblioteca en un itinerario (un archivo de itinerario o el id de un itinerario guardado en la biblioteca): qué se cumple, qué está en curso, qué falta y los créditos.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a pathway file nor a pathway in the library.</source>
        <translation>«%1» no es ni un archivo de itinerario ni un itinerario de la biblioteca.</translation>
    </message>
    <message>
        <source>Show progress toward a pathway with the credentials in the library</source>
        <translation>Mostrar el progreso hacia un itinerario con las credenciales de la biblioteca</translation>
    </message>
    <message>
        <source>Package %1 from %2, made %3</source>
        <translation>Paquete %1 de %2, creado el %3</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>Firma: %1</translation>
    </message>
    <message>
        <source>as sent: %1</source>
        <translation>al enviarse: %1</translation>
    </message>
    <message>
        <source>today: %1</source>
        <translation>hoy: %1</translation>
    </message>
    <message>
        <source>Review a learner&apos;s portfolio package: its signature, every credential, pathway progress</source>
        <translation>Revisar el paquete de portafolio de un estudiante: su firma, cada credencial, el progreso en el itinerario</translation>
    </message>
    <message>
        <source>Usage: credfolio-cli verify %1</source>
        <translation>Uso: credfolio-cli verify %1</translation>
    </message>
    <message>
        <source>Verifies each credential (files, or folders searched recursively) and prints one line per credential: PATH, valid or invalid, and the first failing check (or -).</source>
        <translation>Verifica cada credencial (archivos o carpetas recorridas de forma recursiva) y muestra una línea por credencial: RUTA, «valid» o «invalid», y la primera comprobación fallida (o -).</translation>
    </message>
    <message>
        <source>  --json                print a JSON array of reports with every check</source>
        <translation>  --json                mostrar un array JSON de informes con todas las comprobaciones</translation>
    </message>
    <message>
        <source>  --offline             never use the network: only pre-fetched and cached documents</source>
        <translation>  --offline             no usar nunca la red: solo documentos descargados previamente y en caché</translation>
    </message>
    <message>
        <source>  --documents MANIFEST  load pre-fetched documents ({&quot;resources&quot;: [{url, file, contentType}]})</source>
        <translation>  --documents MANIFEST  cargar documentos descargados previamente ({&quot;resources&quot;: [{url, file, contentType}]})</translation>
    </message>
    <message>
        <source>  --at ISO-TIME         check validity periods as of this time (e.g. 2030-01-01T00:00:00Z)</source>
        <translation>  --at ISO-TIME         comprobar los periodos de validez en ese momento (p. ej., 2030-01-01T00:00:00Z)</translation>
    </message>
    <message>
        <source>  --jobs N              verify N credentials at a time (default 1)</source>
        <translation>  --jobs N              verificar N credenciales a la vez (predeterminado: 1)</translation>
    </message>
    <message>
        <source>  --registry FILE       an issuer registry to check issuers against (may be repeated)</source>
        <translation>  --registry FILE       un registro de emisores con el que comprobar los emisores (se puede repetir)</translation>
    </message>
    <message>
        <source>Exit status: 0 all valid, 1 some invalid, 2 usage or I/O error.</source>
        <translation>Estado de salida: 0 todas válidas, 1 alguna no válida, 2 error de uso o de E/S.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time; write it as 2030-01-01T00:00:00Z.</source>
        <translation>«%1» no es una fecha y hora; escríbala como 2030-01-01T00:00:00Z.</translation>
    </message>
    <message>
        <source>--jobs needs a number from 1 to 256.</source>
        <translation>--jobs necesita un número del 1 al 256.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Opción desconocida «%1».</translation>
    </message>
    <message>
        <source>Verify credentials: signature, issuer key, validity period, revocation status and issuer registries</source>
        <translation>Verificar credenciales: firma, clave del emisor, periodo de validez, estado de revocación y registros de emisores</translation>
    </message>
    <message>
        <source>Usage: credfolio-cli review [--json] [--pdf OUT] [--offline] PACKAGE</source>
        <translation>Uso: credfolio-cli review [--json] [--pdf SALIDA] [--offline] PAQUETE</translation>
    </message>
    <message>
        <source>Opens a portfolio package as an advisor: checks the learner&apos;s signature on it, verifies every credential as of the day it was sent (with the documents it carries) and today (online, unless --offline), and shows the learner&apos;s pathway progress; --pdf also writes the review as a PDF. Exit status: 0 authentic and everything valid, 1 tampered or something invalid, 2 usage or I/O error.</source>
        <translation>Abre un paquete de portafolio como asesor: comprueba la firma del estudiante, verifica cada credencial a la fecha de envío (con los documentos que incluye) y hoy (en línea, salvo con --offline) y muestra el progreso en los itinerarios; --pdf además escribe la revisión en PDF. Código de salida: 0 auténtico y todo válido, 1 modificado o algo no válido, 2 error de uso o de E/S.</translation>
    </message>
    <message>
        <source>Exports the library&apos;s credentials: a résumé-ready PDF portfolio, one printable HTML file, JSON Resume, or a portfolio package signed with your key (from the system keychain) that an advisor opens with &apos;credfolio-cli review&apos;. Credentials that do not verify, or have expired, are left out unless asked for. --pathway puts the credentials counting toward that pathway first. --language writes the labels in English, German or Spanish.</source>
        <translation>Exporta las credenciales de la biblioteca: un portafolio PDF listo para el currículum, un archivo HTML imprimible, JSON Resume o un paquete de portafolio firmado con su clave (del llavero del sistema) que un asesor abre con &apos;credfolio-cli review&apos;. Las credenciales que no se verifican o que han caducado se omiten salvo que se pidan. --pathway pone primero las credenciales que cuentan para ese itinerario. --language escribe las etiquetas en inglés, alemán o español.</translation>
    </message>
    <message>
        <source>The option --language takes en, de or es.</source>
        <translation>La opción --language admite en, de o es.</translation>
    </message>
    <message>
        <source>Wrote %1: %2, %3 for offline checking, signed.</source>
        <translation>Se escribió %1: %2, %3 para verificar sin conexión, firmado.</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s)</source>
        <translation>
            <numerusform>%n credencial</numerusform>
            <numerusform>%n credenciales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n documento</numerusform>
            <numerusform>%n documentos</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1: %2, %3, %4.</source>
        <translation>Se escribió %1: %2, %3, %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Credfolio::Codec</name>
    <message>
        <source>Base58 text is too long (%1 characters, at most %2)</source>
        <translation>El texto base58 es demasiado largo (%1 caracteres, como máximo %2)</translation>
    </message>
    <message>
        <source>Invalid base58btc character %1</source>
        <translation>Carácter base58btc no válido %1</translation>
    </message>
    <message>
        <source>Invalid base64 character %1</source>
        <translation>Carácter base64 no válido %1</translation>
    </message>
    <message>
        <source>Base64url text has non-zero unused trailing bits</source>
        <translation>El texto base64url tiene bits finales sin usar distintos de cero</translation>
    </message>
    <message>
        <source>Base64url text has an impossible length (%1 characters)</source>
        <translation>El texto base64url tiene una longitud imposible (%1 caracteres)</translation>
    </message>
    <message>
        <source>Base64 text has an impossible length (%1 characters)</source>
        <translation>El texto base64 tiene una longitud imposible (%1 caracteres)</translation>
    </message>
    <message>
        <source>The compressed data is corrupt or incomplete</source>
        <translation>Los datos comprimidos están dañados o incompletos</translation>
    </message>
    <message>
        <source>The compressed data expands to more than %1 bytes</source>
        <translation>Los datos comprimidos ocupan más de %1 bytes al descomprimirse</translation>
    </message>
    <message>
        <source>Empty multibase text</source>
        <translation>Texto multibase vacío</translation>
    </message>
    <message>
        <source>Unsupported multibase prefix %1 (expected &apos;z&apos; or &apos;u&apos;)</source>
        <translation>Prefijo multibase %1 no admitido (se esperaba «z» o «u»)</translation>
    </message>
    <message>
        <source>Invalid multibase text</source>
        <translation>Texto multibase no válido</translation>
    </message>
    <message>
        <source>Truncated multicodec prefix</source>
        <translation>Prefijo multicodec truncado</translation>
    </message>
    <message>
        <source>Multicodec prefix is too long</source>
        <translation>El prefijo multicodec es demasiado largo</translation>
    </message>
    <message>
        <source>Multicodec prefix is not minimally encoded</source>
        <translation>El prefijo multicodec no tiene una codificación mínima</translation>
    </message>
    <message>
        <source>The PNG image is truncated</source>
        <translation>La imagen PNG está truncada</translation>
    </message>
    <message>
        <source>Invalid PNG chunk type</source>
        <translation>Tipo de fragmento PNG no válido</translation>
    </message>
    <message>
        <source>Invalid PNG chunk length</source>
        <translation>Longitud de fragmento PNG no válida</translation>
    </message>
    <message>
        <source>The PNG chunk %1 is too large (%2 bytes, at most %3)</source>
        <translation>El fragmento PNG %1 es demasiado grande (%2 bytes, como máximo %3)</translation>
    </message>
    <message>
        <source>The PNG chunk %1 is damaged (CRC mismatch)</source>
        <translation>El fragmento PNG %1 está dañado (el CRC no coincide)</translation>
    </message>
    <message>
        <source>Invalid PNG text chunk keyword</source>
        <translation>Palabra clave de fragmento de texto PNG no válida</translation>
    </message>
    <message>
        <source>The compressed PNG text expands to more than %1 bytes</source>
        <translation>El texto PNG comprimido ocupa más de %1 bytes al descomprimirse</translation>
    </message>
    <message>
        <source>Invalid iTXt compression flag or method</source>
        <translation>Indicador o método de compresión iTXt no válido</translation>
    </message>
    <message>
        <source>Truncated iTXt chunk</source>
        <translation>Fragmento iTXt truncado</translation>
    </message>
    <message>
        <source>The iTXt translated keyword is not valid UTF-8</source>
        <translation>La palabra clave traducida de iTXt no es UTF-8 válido</translation>
    </message>
    <message>
        <source>The iTXt text is not valid UTF-8</source>
        <translation>El texto iTXt no es UTF-8 válido</translation>
    </message>
    <message>
        <source>The image is too large (%1 bytes, at most %2)</source>
        <translation>La imagen es demasiado grande (%1 bytes, como máximo %2)</translation>
    </message>
    <message>
        <source>The file is not a PNG image</source>
        <translation>El archivo no es una imagen PNG</translation>
    </message>
    <message>
        <source>The PNG image does not start with IHDR</source>
        <translation>La imagen PNG no empieza por IHDR</translation>
    </message>
    <message>
        <source>Duplicate PNG IHDR chunk</source>
        <translation>Fragmento PNG IHDR duplicado</translation>
    </message>
    <message>
        <source>The PNG IEND chunk is not empty</source>
        <translation>El fragmento PNG IEND no está vacío</translation>
    </message>
    <message>
        <source>The PNG chunk %1 is not a text chunk</source>
        <translation>El fragmento PNG %1 no es un fragmento de texto</translation>
    </message>
    <message>
        <source>Unknown zTXt compression method</source>
        <translation>Método de compresión zTXt desconocido</translation>
    </message>
    <message>
        <source>Invalid PNG text keyword</source>
        <translation>Palabra clave de texto PNG no válida</translation>
    </message>
    <message>
        <source>The text to bake is not valid UTF-8</source>
        <translation>El texto que se va a incrustar no es UTF-8 válido</translation>
    </message>
    <message>
        <source>Invalid iTXt language tag or translated keyword</source>
        <translation>Etiqueta de idioma o palabra clave traducida de iTXt no válida</translation>
    </message>
    <message>
        <source>The text to bake is too large</source>
        <translation>El texto que se va a incrustar es demasiado grande</translation>
    </message>
    <message>
        <source>The baked image would be too large</source>
        <translation>La imagen con la insignia incrustada sería demasiado grande</translation>
    </message>
    <message>
        <source>The SVG image contains a document type declaration (DTD), which is not accepted</source>
        <translation>La imagen SVG contiene una declaración de tipo de documento (DTD), que no se acepta</translation>
    </message>
    <message>
        <source>The SVG image refers to the entity &quot;%1&quot;, which is not accepted</source>
        <translation>La imagen SVG hace referencia a la entidad &quot;%1&quot;, que no se acepta</translation>
    </message>
    <message>
        <source>The file is not an SVG image</source>
        <translation>El archivo no es una imagen SVG</translation>
    </message>
    <message>
        <source>The SVG image is not well-formed XML: %1</source>
        <translation>La imagen SVG no es XML bien formado: %1</translation>
    </message>
    <message>
        <source>The SVG image is not well-formed XML: it contains a NUL character</source>
        <translation>La imagen SVG no es XML bien formado: contiene un carácter NUL</translation>
    </message>
    <message>
        <source>The text to bake contains characters that XML cannot carry</source>
        <translation>El texto que se va a incrustar contiene caracteres que XML no puede representar</translation>
    </message>
    <message>
        <source>Only SVG images in UTF-8 can be baked (this one is in %1)</source>
        <translation>Solo se pueden incrustar insignias en imágenes SVG en UTF-8 (esta está en %1)</translation>
    </message>
    <message>
        <source>The SVG image is nested too deeply</source>
        <translation>La imagen SVG tiene demasiados niveles de anidamiento</translation>
    </message>
    <message>
        <source>The document is not an SVG image (its root element is &quot;%1&quot;)</source>
        <translation>El documento no es una imagen SVG (su elemento raíz es &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>The badge element contains other elements</source>
        <translation>El elemento de la insignia contiene otros elementos</translation>
    </message>
</context>
<context>
    <name>Credfolio::Credentials</name>
    <message>
        <source>Embedded credential %1 cannot be read: %2</source>
        <translation>No se puede leer la credencial incrustada %1: %2</translation>
    </message>
    <message>
        <source>it is not a VerifiableCredential</source>
        <translation>no es una VerifiableCredential</translation>
    </message>
    <message>
        <source>a string entry must be a compact JWS</source>
        <translation>una entrada de tipo cadena debe ser un JWS compacto</translation>
    </message>
    <message>
        <source>A CLR inside a CLR: its own embedded credentials were not read</source>
        <translation>Un CLR dentro de un CLR: no se leyeron sus propias credenciales incrustadas</translation>
    </message>
    <message>
        <source>it is neither an object nor a signed token</source>
        <translation>no es ni un objeto ni un token firmado</translation>
    </message>
    <message>
        <source>Only the first %1 embedded credentials were read</source>
        <translation>Solo se leyeron las primeras %1 credenciales incrustadas</translation>
    </message>
    <message>
        <source>Only the first %1 achievements and associations of this CLR were read</source>
        <translation>Solo se leyeron los primeros %1 logros y asociaciones de este CLR</translation>
    </message>
    <message>
        <source>This signed token (JWS/JWT) is damaged and cannot be read</source>
        <translation>Este token firmado (JWS/JWT) está dañado y no se puede leer</translation>
    </message>
    <message>
        <source>Open Badges 2.0 (hosted)</source>
        <translation>Open Badges 2.0 (alojada)</translation>
    </message>
    <message>
        <source>Open Badges 2.0 (signed)</source>
        <translation>Open Badges 2.0 (firmada)</translation>
    </message>
    <message>
        <source>Verifiable Credential (JSON-LD)</source>
        <translation>Credencial verificable (JSON-LD)</translation>
    </message>
    <message>
        <source>Verifiable Credential (JWT)</source>
        <translation>Credencial verificable (JWT)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Emisor: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Format: %1 (%2)</source>
        <translation>Formato: %1 (%2)</translation>
    </message>
    <message>
        <source>Valid from: %1</source>
        <translation>Válida desde: %1</translation>
    </message>
    <message>
        <source>Valid until: %1</source>
        <translation>Válida hasta: %1</translation>
    </message>
    <message>
        <source>Credits: %1</source>
        <translation>Créditos: %1</translation>
    </message>
    <message>
        <source>Fetching is not allowed here</source>
        <translation>Aquí no se permite descargar</translation>
    </message>
    <message>
        <source>This credential links to too many documents</source>
        <translation>Esta credencial enlaza a demasiados documentos</translation>
    </message>
    <message>
        <source>This link is not an http(s) URL</source>
        <translation>Este enlace no es una URL http(s)</translation>
    </message>
    <message>
        <source>The image at %1 could not be fetched: %2</source>
        <translation>No se pudo descargar la imagen de %1: %2</translation>
    </message>
    <message>
        <source>This is a link to a credential; it can be read only by fetching it</source>
        <translation>Esto es un enlace a una credencial; solo se puede leer descargándola</translation>
    </message>
    <message>
        <source>The badge in this image is only a link (%1) and was not fetched</source>
        <translation>La insignia de esta imagen es solo un enlace (%1) y no se descargó</translation>
    </message>
    <message>
        <source>The link does not serve a credential</source>
        <translation>El enlace no ofrece una credencial</translation>
    </message>
    <message>
        <source>The link serves another link, not a credential</source>
        <translation>El enlace ofrece otro enlace, no una credencial</translation>
    </message>
    <message>
        <source>The badge baked into this image is not valid JSON</source>
        <translation>La insignia incrustada en esta imagen no es JSON válido</translation>
    </message>
    <message>
        <source>This file looks like JSON but cannot be read</source>
        <translation>Este archivo parece JSON, pero no se puede leer</translation>
    </message>
    <message>
        <source>This JSON is not a credential (a single JSON object is expected)</source>
        <translation>Este JSON no es una credencial (se espera un único objeto JSON)</translation>
    </message>
    <message>
        <source>This token is a Verifiable Presentation (a wrapper that a holder sends), not a credential; import the credentials it contains</source>
        <translation>Este token es una presentación verificable (un envoltorio que envía el titular), no una credencial; importe las credenciales que contiene</translation>
    </message>
    <message>
        <source>This signed token (JWT) does not hold a credential</source>
        <translation>Este token firmado (JWT) no contiene ninguna credencial</translation>
    </message>
    <message>
        <source>Only http and https links to a credential can be imported</source>
        <translation>Solo se pueden importar enlaces http y https a una credencial</translation>
    </message>
    <message>
        <source>The badge baked into this image is empty</source>
        <translation>La insignia incrustada en esta imagen está vacía</translation>
    </message>
    <message>
        <source>There is nothing to read: the input is empty</source>
        <translation>No hay nada que leer: la entrada está vacía</translation>
    </message>
    <message>
        <source>The badge baked into this image is another image</source>
        <translation>La insignia incrustada en esta imagen es otra imagen</translation>
    </message>
    <message>
        <source>This is not a credential Credfolio can read (expected JSON, a signed token, a link, or a PNG or SVG badge image)</source>
        <translation>Esto no es una credencial que Credfolio pueda leer (se esperaba JSON, un token firmado, un enlace o una imagen de insignia PNG o SVG)</translation>
    </message>
    <message>
        <source>This PNG image is damaged and its badge cannot be read</source>
        <translation>Esta imagen PNG está dañada y no se puede leer su insignia</translation>
    </message>
    <message>
        <source>The badge baked into this PNG image is damaged</source>
        <translation>La insignia incrustada en esta imagen PNG está dañada</translation>
    </message>
    <message>
        <source>This PNG image carries no badge</source>
        <translation>Esta imagen PNG no contiene ninguna insignia</translation>
    </message>
    <message>
        <source>This XML document is not an SVG image</source>
        <translation>Este documento XML no es una imagen SVG</translation>
    </message>
    <message>
        <source>This SVG image cannot be read, so its badge cannot be either</source>
        <translation>Esta imagen SVG no se puede leer, por lo que tampoco su insignia</translation>
    </message>
    <message>
        <source>The badge element in this SVG image is empty</source>
        <translation>El elemento de la insignia en esta imagen SVG está vacío</translation>
    </message>
    <message>
        <source>This SVG image carries no badge</source>
        <translation>Esta imagen SVG no contiene ninguna insignia</translation>
    </message>
    <message>
        <source>This image is too large to read (over %1 MiB)</source>
        <translation>Esta imagen es demasiado grande para leerla (más de %1 MiB)</translation>
    </message>
    <message>
        <source>This is too large to be a credential (over %1 MiB)</source>
        <translation>Esto es demasiado grande para ser una credencial (más de %1 MiB)</translation>
    </message>
    <message>
        <source>This is a Verifiable Presentation (a wrapper that a holder sends), not a credential; import the credentials it contains</source>
        <translation>Esto es una presentación verificable (un envoltorio que envía el titular), no una credencial; importe las credenciales que contiene</translation>
    </message>
    <message>
        <source>This JSON is an Open Badges BadgeClass (the description of a badge), not an awarded badge</source>
        <translation>Este JSON es una BadgeClass de Open Badges (la descripción de una insignia), no una insignia otorgada</translation>
    </message>
    <message>
        <source>This JSON is an Open Badges 3.0 Achievement (the description of what can be earned), not an awarded credential</source>
        <translation>Este JSON es un Achievement de Open Badges 3.0 (la descripción de lo que se puede obtener), no una credencial otorgada</translation>
    </message>
    <message>
        <source>This JSON is an issuer&apos;s profile, not an awarded badge</source>
        <translation>Este JSON es el perfil de un emisor, no una insignia otorgada</translation>
    </message>
    <message>
        <source>This Open Badges document is not an awarded badge</source>
        <translation>Este documento de Open Badges no es una insignia otorgada</translation>
    </message>
    <message>
        <source>This JSON is not a credential Credfolio can read</source>
        <translation>Este JSON no es una credencial que Credfolio pueda leer</translation>
    </message>
    <message>
        <source>The date &quot;%1&quot; cannot be read; it is ignored</source>
        <translation>No se puede leer la fecha &quot;%1&quot;; se ignora</translation>
    </message>
    <message>
        <source>The date &quot;%1&quot; has no time zone; it was read as UTC</source>
        <translation>La fecha &quot;%1&quot; no tiene zona horaria; se interpretó como UTC</translation>
    </message>
    <message>
        <source>An embedded image (data: URI) cannot be decoded</source>
        <translation>No se puede decodificar una imagen incrustada (URI data:)</translation>
    </message>
    <message>
        <source>An embedded image is larger than %1 MiB; it was not kept</source>
        <translation>Una imagen incrustada ocupa más de %1 MiB; no se conservó</translation>
    </message>
    <message>
        <source>Only the first %1 evidence entries were read</source>
        <translation>Solo se leyeron las primeras %1 entradas de evidencia</translation>
    </message>
    <message>
        <source>The %1 is only linked (%2) and was not fetched; its details are missing</source>
        <translation>El elemento %1 solo está enlazado (%2) y no se descargó; faltan sus detalles</translation>
    </message>
    <message>
        <source>The %1 at %2 could not be fetched: %3</source>
        <translation>No se pudo descargar el elemento %1 de %2: %3</translation>
    </message>
    <message>
        <source>issuer profile</source>
        <translation>perfil del emisor</translation>
    </message>
    <message>
        <source>badge description (BadgeClass)</source>
        <translation>descripción de la insignia (BadgeClass)</translation>
    </message>
    <message>
        <source>Only the first %1 entries of &quot;%2&quot; were read</source>
        <translation>Solo se leyeron las primeras %1 entradas de &quot;%2&quot;</translation>
    </message>
    <message>
        <source>This credential has %1 subjects; only the first is shown</source>
        <translation>Esta credencial tiene %1 sujetos; solo se muestra el primero</translation>
    </message>
    <message>
        <source>This credential names no subject (credentialSubject is missing or not an object)</source>
        <translation>Esta credencial no indica ningún sujeto (credentialSubject falta o no es un objeto)</translation>
    </message>
    <message>
        <source>This credential names no issuer</source>
        <translation>Esta credencial no indica ningún emisor</translation>
    </message>
    <message>
        <source>The issuer of this credential is neither a link nor a profile; it is ignored</source>
        <translation>El emisor de esta credencial no es ni un enlace ni un perfil; se ignora</translation>
    </message>
    <message>
        <source>The first @context is not the W3C credentials context (1.1 or 2.0)</source>
        <translation>El primer @context no es el contexto de credenciales del W3C (1.1 o 2.0)</translation>
    </message>
    <message>
        <source>This PNG image carries two badges of the same kind, so it is not clear which one it holds</source>
        <translation>Esta imagen PNG contiene dos insignias del mismo tipo, por lo que no está claro cuál lleva</translation>
    </message>
    <message numerus="yes">
        <source>Contains %n credential(s)</source>
        <translation>
            <numerusform>Contiene %n credencial</numerusform>
            <numerusform>Contiene %n credenciales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) while reading</source>
        <translation>
            <numerusform>%n advertencia al leer</numerusform>
            <numerusform>%n advertencias al leer</numerusform>
        </translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Logro</translation>
    </message>
    <message>
        <source>Apprenticeship certificate</source>
        <translation>Certificado de aprendizaje</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Associate degree</source>
        <translation>Título de grado asociado</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Premio</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Insignia</translation>
    </message>
    <message>
        <source>Bachelor&apos;s degree</source>
        <translation>Título de grado</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Certificación</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Competencia</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Diploma</source>
        <translation>Diploma</translation>
    </message>
    <message>
        <source>Doctoral degree</source>
        <translation>Doctorado</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Master&apos;s degree</source>
        <translation>Máster</translation>
    </message>
    <message>
        <source>Micro-credential</source>
        <translation>Microcredencial</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Membresía</translation>
    </message>
</context>
<context>
    <name>Credfolio::Crypto</name>
    <message>
        <source>The signing key could not be created.</source>
        <translation>No se pudo crear la clave de firma.</translation>
    </message>
    <message>
        <source>An Ed25519 seed has 32 bytes.</source>
        <translation>Una semilla Ed25519 tiene 32 bytes.</translation>
    </message>
    <message>
        <source>The JWS is not valid base64url.</source>
        <translation>El JWS no es base64url válido.</translation>
    </message>
    <message>
        <source>The JWS header is not a valid JSON object.</source>
        <translation>El encabezado del JWS no es un objeto JSON válido.</translation>
    </message>
    <message>
        <source>Unencoded JWS payloads (&quot;b64&quot;: false) are not supported.</source>
        <translation>No se admiten cargas útiles de JWS sin codificar (&quot;b64&quot;: false).</translation>
    </message>
    <message>
        <source>The JWS requires extensions (&quot;crit&quot;) that are not supported.</source>
        <translation>El JWS requiere extensiones (&quot;crit&quot;) que no se admiten.</translation>
    </message>
    <message>
        <source>Compressed JWS payloads (&quot;zip&quot;) are refused.</source>
        <translation>Se rechazan las cargas útiles de JWS comprimidas (&quot;zip&quot;).</translation>
    </message>
    <message>
        <source>The JWS header has no algorithm (&quot;alg&quot;).</source>
        <translation>El encabezado del JWS no tiene algoritmo (&quot;alg&quot;).</translation>
    </message>
    <message>
        <source>Unsigned JWS (&quot;alg&quot;: &quot;none&quot;) are refused.</source>
        <translation>Se rechazan los JWS sin firmar (&quot;alg&quot;: &quot;none&quot;).</translation>
    </message>
    <message>
        <source>Shared-secret JWS algorithms (%1) are refused: they cannot prove who issued a credential.</source>
        <translation>Se rechazan los algoritmos de JWS de secreto compartido (%1): no pueden demostrar quién emitió una credencial.</translation>
    </message>
    <message>
        <source>The JWS algorithm &quot;%1&quot; is not supported.</source>
        <translation>No se admite el algoritmo de JWS &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The JWS is too large.</source>
        <translation>El JWS es demasiado grande.</translation>
    </message>
    <message>
        <source>A compact JWS has exactly three parts separated by dots.</source>
        <translation>Un JWS compacto tiene exactamente tres partes separadas por puntos.</translation>
    </message>
    <message>
        <source>The JWS has no signature.</source>
        <translation>El JWS no tiene firma.</translation>
    </message>
    <message>
        <source>The key could not be read.</source>
        <translation>No se pudo leer la clave.</translation>
    </message>
    <message>
        <source>Elliptic-curve keys with explicit parameters are not supported.</source>
        <translation>No se admiten claves de curva elíptica con parámetros explícitos.</translation>
    </message>
    <message>
        <source>The curve %1 is not supported.</source>
        <translation>No se admite la curva %1.</translation>
    </message>
    <message>
        <source>The key type %1 is not supported.</source>
        <translation>No se admite el tipo de clave %1.</translation>
    </message>
    <message>
        <source>The public key is not valid.</source>
        <translation>La clave pública no es válida.</translation>
    </message>
    <message>
        <source>The JWK member &quot;%1&quot; is missing or not a string.</source>
        <translation>El miembro de JWK &quot;%1&quot; falta o no es una cadena.</translation>
    </message>
    <message>
        <source>The JWK member &quot;%1&quot; is not valid base64url.</source>
        <translation>El miembro de JWK &quot;%1&quot; no es base64url válido.</translation>
    </message>
    <message>
        <source>The RSA key has an unusable modulus or exponent.</source>
        <translation>La clave RSA tiene un módulo o un exponente inutilizable.</translation>
    </message>
    <message>
        <source>The curve &quot;%1&quot; is not supported.</source>
        <translation>No se admite la curva &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The JWK coordinates do not have the length of the curve.</source>
        <translation>Las coordenadas del JWK no tienen la longitud de la curva.</translation>
    </message>
    <message>
        <source>An Ed25519 public key has 32 bytes.</source>
        <translation>Una clave pública Ed25519 tiene 32 bytes.</translation>
    </message>
    <message>
        <source>The key contains private key material (&quot;%1&quot;); only public keys are accepted.</source>
        <translation>La clave contiene material de clave privada (&quot;%1&quot;); solo se aceptan claves públicas.</translation>
    </message>
    <message>
        <source>The key is not meant for signatures (&quot;use&quot;: %1).</source>
        <translation>La clave no está destinada a firmas (&quot;use&quot;: %1).</translation>
    </message>
    <message>
        <source>The JWK has no key type (&quot;kty&quot;).</source>
        <translation>El JWK no tiene tipo de clave (&quot;kty&quot;).</translation>
    </message>
    <message>
        <source>The key type &quot;%1&quot; is not supported.</source>
        <translation>No se admite el tipo de clave &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A Multikey must be base58btc (start with &quot;z&quot;).</source>
        <translation>Una Multikey debe estar en base58btc (empezar por &quot;z&quot;).</translation>
    </message>
    <message>
        <source>The Multikey is not valid base58btc.</source>
        <translation>La Multikey no es base58btc válido.</translation>
    </message>
    <message>
        <source>The Multikey has no valid multicodec prefix.</source>
        <translation>La Multikey no tiene un prefijo multicodec válido.</translation>
    </message>
    <message>
        <source>The Multikey has the wrong length for its type.</source>
        <translation>La Multikey tiene una longitud incorrecta para su tipo.</translation>
    </message>
    <message>
        <source>The Multikey type 0x%1 is not supported.</source>
        <translation>No se admite el tipo de Multikey 0x%1.</translation>
    </message>
    <message>
        <source>The PEM public key is too large.</source>
        <translation>La clave pública PEM es demasiado grande.</translation>
    </message>
    <message>
        <source>The text is not a PEM public key (SubjectPublicKeyInfo).</source>
        <translation>El texto no es una clave pública PEM (SubjectPublicKeyInfo).</translation>
    </message>
    <message>
        <source>The key does not fit the signature algorithm %1.</source>
        <translation>La clave no corresponde al algoritmo de firma %1.</translation>
    </message>
    <message>
        <source>The RSA key has %1 bits; at least %2 are required.</source>
        <translation>La clave RSA tiene %1 bits; se requieren al menos %2.</translation>
    </message>
    <message>
        <source>The signature check could not be set up.</source>
        <translation>No se pudo preparar la comprobación de la firma.</translation>
    </message>
</context>
<context>
    <name>Credfolio::Did</name>
    <message>
        <source>&quot;%1&quot; is not a valid identifier of an issuer key</source>
        <translation>&quot;%1&quot; no es un identificador válido de una clave de emisor</translation>
    </message>
    <message>
        <source>Credfolio cannot look up %1: identifiers of the kind &quot;%2&quot; are not supported (supported: did:key, did:jwk, did:web and https)</source>
        <translation>Credfolio no puede resolver %1: no se admiten identificadores del tipo &quot;%2&quot; (se admiten: did:key, did:jwk, did:web y https)</translation>
    </message>
    <message>
        <source>The key %1 is of a kind Credfolio cannot check signatures with</source>
        <translation>La clave %1 es de un tipo con el que Credfolio no puede comprobar firmas</translation>
    </message>
    <message>
        <source>The key document at %1 is not valid, so its keys cannot be trusted</source>
        <translation>El documento de claves de %1 no es válido, por lo que no se puede confiar en sus claves</translation>
    </message>
    <message>
        <source>The key document of %1 was sent from another web site, so its keys cannot be trusted</source>
        <translation>El documento de claves de %1 se envió desde otro sitio web, por lo que no se puede confiar en sus claves</translation>
    </message>
    <message>
        <source>The key %1 is not published by %2</source>
        <translation>%2 no publica la clave %1</translation>
    </message>
    <message>
        <source>The key %1 exists but its owner has not authorized it for this use</source>
        <translation>La clave %1 existe, pero su propietario no la ha autorizado para este uso</translation>
    </message>
    <message>
        <source>The key %1 is published by %2 but says it belongs to %3</source>
        <translation>%2 publica la clave %1, pero esta indica que pertenece a %3</translation>
    </message>
    <message>
        <source>The key %1 is damaged and cannot be read</source>
        <translation>La clave %1 está dañada y no se puede leer</translation>
    </message>
    <message>
        <source>Looking up %1 needs the network, which is not available here</source>
        <translation>Para resolver %1 se necesita la red, que aquí no está disponible</translation>
    </message>
</context>
<context>
    <name>Credfolio::Json</name>
    <message>
        <source>An undefined value cannot be written as JSON</source>
        <translation>Un valor indefinido no se puede escribir como JSON</translation>
    </message>
    <message>
        <source>JSON cannot represent the number %1</source>
        <translation>JSON no puede representar el número %1</translation>
    </message>
    <message>
        <source>Unexpected end of document</source>
        <translation>Fin inesperado del documento</translation>
    </message>
    <message>
        <source>The document is not valid UTF-8</source>
        <translation>El documento no es UTF-8 válido</translation>
    </message>
    <message>
        <source>Unexpected character %1</source>
        <translation>Carácter inesperado %1</translation>
    </message>
    <message>
        <source>The document is larger than the limit of %1 bytes</source>
        <translation>El documento supera el límite de %1 bytes</translation>
    </message>
    <message>
        <source>The document is empty</source>
        <translation>El documento está vacío</translation>
    </message>
    <message>
        <source>Unexpected data after the JSON value</source>
        <translation>Datos inesperados después del valor JSON</translation>
    </message>
    <message>
        <source>The document is nested more than %1 levels deep</source>
        <translation>El documento tiene más de %1 niveles de anidamiento</translation>
    </message>
    <message>
        <source>Expected a member name in double quotes, found %1</source>
        <translation>Se esperaba un nombre de miembro entre comillas dobles, se encontró %1</translation>
    </message>
    <message>
        <source>Expected &apos;:&apos; after a member name, found %1</source>
        <translation>Se esperaba &apos;:&apos; después de un nombre de miembro, se encontró %1</translation>
    </message>
    <message>
        <source>Duplicate member name &quot;%1&quot;</source>
        <translation>Nombre de miembro duplicado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Invalid literal (expected true, false or null)</source>
        <translation>Literal no válido (se esperaba true, false o null)</translation>
    </message>
    <message>
        <source>Unterminated string</source>
        <translation>Cadena sin terminar</translation>
    </message>
    <message>
        <source>Control character %1 in a string</source>
        <translation>Carácter de control %1 en una cadena</translation>
    </message>
    <message>
        <source>Invalid escape sequence</source>
        <translation>Secuencia de escape no válida</translation>
    </message>
    <message>
        <source>Invalid \u escape (four hex digits needed)</source>
        <translation>Escape \u no válido (se necesitan cuatro dígitos hexadecimales)</translation>
    </message>
    <message>
        <source>Unpaired surrogate escape \u%1</source>
        <translation>Escape de suplente sin pareja \u%1</translation>
    </message>
    <message>
        <source>The number %1 is too large</source>
        <translation>El número %1 es demasiado grande</translation>
    </message>
    <message>
        <source>Invalid number (leading zeros are not allowed)</source>
        <translation>Número no válido (no se permiten ceros a la izquierda)</translation>
    </message>
    <message>
        <source>Invalid number</source>
        <translation>Número no válido</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booleano</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>una matriz</translation>
    </message>
    <message>
        <source>Expected a JSON object, found %1</source>
        <translation>Se esperaba un objeto JSON, se encontró %1</translation>
    </message>
</context>
<context>
    <name>Credfolio::JsonLd</name>
    <message>
        <source>The JSON-LD context %1 is not one of the known contexts.</source>
        <translation>El contexto JSON-LD %1 no es uno de los contextos conocidos.</translation>
    </message>
    <message>
        <source>The bundled copy of the JSON-LD context %1 is damaged.</source>
        <translation>La copia incluida del contexto JSON-LD %1 está dañada.</translation>
    </message>
    <message>
        <source>The JSON-LD document is nested too deeply.</source>
        <translation>El documento JSON-LD tiene demasiados niveles de anidamiento.</translation>
    </message>
    <message>
        <source>The JSON-LD document could not be processed (%1).</source>
        <translation>No se pudo procesar el documento JSON-LD (%1).</translation>
    </message>
</context>
<context>
    <name>Credfolio::Net</name>
    <message>
        <source>Could not fetch %1: Credfolio is offline and has no saved copy of it</source>
        <translation>No se pudo descargar %1: Credfolio está sin conexión y no tiene ninguna copia guardada</translation>
    </message>
    <message>
        <source>Could not fetch %1: the server took longer than %2 seconds</source>
        <translation>No se pudo descargar %1: el servidor tardó más de %2 segundos</translation>
    </message>
    <message>
        <source>Could not fetch %1: the document is larger than %2</source>
        <translation>No se pudo descargar %1: el documento ocupa más de %2</translation>
    </message>
    <message>
        <source>Could not fetch %1: the server answered HTTP %2 %3</source>
        <translation>No se pudo descargar %1: el servidor respondió HTTP %2 %3</translation>
    </message>
    <message>
        <source>no type</source>
        <translation>sin tipo</translation>
    </message>
    <message>
        <source>The document at %1 has the type %2, expected %3</source>
        <translation>El documento de %1 tiene el tipo %2; se esperaba %3</translation>
    </message>
    <message>
        <source>Could not fetch %1: more than %2 redirects</source>
        <translation>No se pudo descargar %1: más de %2 redirecciones</translation>
    </message>
    <message>
        <source>Could not fetch %1: the redirects go round in a loop</source>
        <translation>No se pudo descargar %1: las redirecciones forman un bucle</translation>
    </message>
    <message>
        <source>Refused to fetch %1: only https:// addresses are allowed</source>
        <translation>Se rechazó descargar %1: solo se permiten direcciones https://</translation>
    </message>
    <message>
        <source>Refused to fetch %1: it redirects to the insecure address %2</source>
        <translation>Se rechazó descargar %1: redirige a la dirección no segura %2</translation>
    </message>
    <message>
        <source>Could not fetch %1: the secure connection could not be verified</source>
        <translation>No se pudo descargar %1: no se pudo verificar la conexión segura</translation>
    </message>
    <message>
        <source>Could not fetch %1: the server cannot be reached</source>
        <translation>No se pudo descargar %1: no se puede acceder al servidor</translation>
    </message>
    <message>
        <source>Could not read the document bundle %1</source>
        <translation>No se pudo leer el paquete de documentos %1</translation>
    </message>
    <message>
        <source>The document bundle %1 is not valid</source>
        <translation>El paquete de documentos %1 no es válido</translation>
    </message>
    <message>
        <source>The document bundle %1 names the file %2 outside its folder</source>
        <translation>El paquete de documentos %1 menciona el archivo %2, que está fuera de su carpeta</translation>
    </message>
    <message>
        <source>The document cache %1 cannot be used</source>
        <translation>No se puede usar la caché de documentos %1</translation>
    </message>
</context>
<context>
    <name>Credfolio::Pathways</name>
    <message>
        <source>The associations make &quot;%1&quot; part of itself; the loop was cut</source>
        <translation>Las asociaciones hacen que &quot;%1&quot; forme parte de sí mismo; se cortó el bucle</translation>
    </message>
    <message>
        <source>The CLR does not describe achievement &quot;%1&quot;; it is matched by id only</source>
        <translation>El CLR no describe el logro &quot;%1&quot;; solo se empareja por su id</translation>
    </message>
    <message>
        <source>The parts of &quot;%1&quot; carry %2 credits, fewer than its %3</source>
        <translation>Las partes de &quot;%1&quot; suman %2 créditos, menos que sus %3</translation>
    </message>
    <message>
        <source>Association &quot;%1&quot; from %2 to %3 has no counterpart in a pathway and was not imported</source>
        <translation>La asociación &quot;%1&quot; de %2 a %3 no tiene equivalente en un itinerario y no se importó</translation>
    </message>
    <message>
        <source>%1 names &quot;%2&quot;, which is not in the document; it was left out</source>
        <translation>%1 menciona &quot;%2&quot;, que no está en el documento; se omitió</translation>
    </message>
    <message>
        <source>%1 is not represented in a Credfolio pathway (in %2)</source>
        <translation>%1 no tiene representación en un itinerario de Credfolio (en %2)</translation>
    </message>
    <message>
        <source>A constraint (%1 %2) other than &quot;credit value at least N&quot; was not imported</source>
        <translation>No se importó una restricción (%1 %2) distinta de &quot;valor en créditos de al menos N&quot;</translation>
    </message>
    <message>
        <source>Condition &quot;%1&quot; has no target; it was left out</source>
        <translation>La condición &quot;%1&quot; no tiene destino; se omitió</translation>
    </message>
    <message>
        <source>Condition &quot;%1&quot; requires %2 of only %3 targets; all are required</source>
        <translation>La condición &quot;%1&quot; requiere %2 de solo %3 destinos; se requieren todos</translation>
    </message>
    <message>
        <source>&quot;%1&quot; lists children without a condition; all of them are required</source>
        <translation>&quot;%1&quot; enumera elementos hijos sin condición; se requieren todos</translation>
    </message>
    <message>
        <source>Component &quot;%1&quot; contains itself; the loop was cut</source>
        <translation>El componente &quot;%1&quot; se contiene a sí mismo; se cortó el bucle</translation>
    </message>
    <message>
        <source>Component &quot;%1&quot; has neither proxyFor nor codedNotation; only a credential with its id matches</source>
        <translation>El componente &quot;%1&quot; no tiene ni proxyFor ni codedNotation; solo coincide una credencial con su id</translation>
    </message>
    <message>
        <source>Pathway &quot;%1&quot; has %2 destinations; only the first was imported</source>
        <translation>El itinerario &quot;%1&quot; tiene %2 destinos; solo se importó el primero</translation>
    </message>
    <message>
        <source>Pathway &quot;%1&quot; states no requirement that could be imported</source>
        <translation>El itinerario &quot;%1&quot; no indica ningún requisito que se pueda importar</translation>
    </message>
    <message>
        <source>The document holds no ceterms:Pathway that could be imported</source>
        <translation>El documento no contiene ningún ceterms:Pathway que se pueda importar</translation>
    </message>
    <message>
        <source>The CTDL document is not valid JSON: %1</source>
        <translation>El documento CTDL no es JSON válido: %1</translation>
    </message>
    <message>
        <source>%1: refers to pathway &quot;%2&quot;, which is not loaded</source>
        <translation>%1: hace referencia al itinerario &quot;%2&quot;, que no está cargado</translation>
    </message>
    <message>
        <source>Pathway contains itself: %1</source>
        <translation>El itinerario se contiene a sí mismo: %1</translation>
    </message>
    <message>
        <source>A credential to evaluate is missing</source>
        <translation>Falta una credencial que evaluar</translation>
    </message>
    <message>
        <source>type: %1</source>
        <translation>tipo: %1</translation>
    </message>
    <message>
        <source>field of study: %1</source>
        <translation>campo de estudio: %1</translation>
    </message>
    <message>
        <source>tag: %1</source>
        <translation>etiqueta: %1</translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>etiquetas: %1</translation>
    </message>
    <message>
        <source>aligned to %1</source>
        <translation>alineado con %1</translation>
    </message>
    <message>
        <source>issued by %1</source>
        <translation>emitido por %1</translation>
    </message>
    <message>
        <source>result at least %1</source>
        <translation>resultado de al menos %1</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>estado %1</translation>
    </message>
    <message>
        <source>Pathway &quot;%1&quot; refers to &quot;%2&quot;, which is not loaded</source>
        <translation>El itinerario &quot;%1&quot; hace referencia a &quot;%2&quot;, que no está cargado</translation>
    </message>
    <message>
        <source>A pathway with id &quot;%1&quot; is already loaded</source>
        <translation>Ya hay un itinerario cargado con el id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>No pathway with id &quot;%1&quot; is loaded</source>
        <translation>No hay ningún itinerario cargado con el id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Unknown member &quot;%1&quot; ignored</source>
        <translation>Se ignoró el miembro desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>debe ser una cadena no vacía</translation>
    </message>
    <message>
        <source>must be a number of at least 0</source>
        <translation>debe ser un número mayor o igual que 0</translation>
    </message>
    <message>
        <source>must be a string or a non-empty array of strings</source>
        <translation>debe ser una cadena o una matriz no vacía de cadenas</translation>
    </message>
    <message>
        <source>must be an ISO 8601 date or date-time</source>
        <translation>debe ser una fecha o fecha y hora ISO 8601</translation>
    </message>
    <message>
        <source>must be &quot;countOnce&quot; or &quot;shared&quot;</source>
        <translation>debe ser &quot;countOnce&quot; o &quot;shared&quot;</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>needs targetUrl, or targetFramework and targetCode</source>
        <translation>necesita targetUrl, o bien targetFramework y targetCode</translation>
    </message>
    <message>
        <source>must be &quot;value&quot; or &quot;achievedLevel&quot;</source>
        <translation>debe ser &quot;value&quot; o &quot;achievedLevel&quot;</translation>
    </message>
    <message>
        <source>must be a number, or a value listed in &quot;scale&quot;</source>
        <translation>debe ser un número o un valor incluido en &quot;scale&quot;</translation>
    </message>
    <message>
        <source>must be an object or a non-empty array of objects</source>
        <translation>debe ser un objeto o una matriz no vacía de objetos</translation>
    </message>
    <message>
        <source>must constrain at least one member</source>
        <translation>debe restringir al menos un miembro</translation>
    </message>
    <message>
        <source>must be a non-empty array of requirements</source>
        <translation>debe ser una matriz no vacía de requisitos</translation>
    </message>
    <message>
        <source>must be a positive integer</source>
        <translation>debe ser un entero positivo</translation>
    </message>
    <message>
        <source>must not exceed the number of children (%1)</source>
        <translation>no debe superar el número de elementos hijos (%1)</translation>
    </message>
    <message>
        <source>must be a positive number</source>
        <translation>debe ser un número positivo</translation>
    </message>
    <message>
        <source>a minCredits node needs children or a pool</source>
        <translation>un nodo minCredits necesita elementos hijos o un conjunto</translation>
    </message>
    <message>
        <source>a pathway node needs exactly one of &quot;ref&quot; and &quot;pathway&quot;</source>
        <translation>un nodo pathway necesita exactamente uno de &quot;ref&quot; y &quot;pathway&quot;</translation>
    </message>
    <message>
        <source>must be one of allOf, nOf, minCredits, credential, pathway</source>
        <translation>debe ser uno de allOf, nOf, minCredits, credential, pathway</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already used by another node</source>
        <translation>&quot;%1&quot; ya lo usa otro nodo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a supported format (expected &quot;%2&quot;)</source>
        <translation>&quot;%1&quot; no es un formato admitido (se esperaba &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>The pathway file is not valid JSON: %1</source>
        <translation>El archivo de itinerario no es JSON válido: %1</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>válida</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>no válida</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revocada</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>caducada</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>no verificada</translation>
    </message>
    <message>
        <source>(%1 cr)</source>
        <translation>(%1 cr)</translation>
    </message>
    <message>
        <source>✗ missing: %1 %2</source>
        <translation>✗ falta: %1 %2</translation>
    </message>
    <message>
        <source>✗ missing: %1</source>
        <translation>✗ falta: %1</translation>
    </message>
    <message>
        <source>%1 %2 — %3 of %4 complete</source>
        <translation>%1 %2 — %3 de %4 completados</translation>
    </message>
    <message>
        <source>%1 %2 — %3 of %4 needed</source>
        <translation>%1 %2 — %3 de %4 necesarios</translation>
    </message>
    <message>
        <source>%1 %2 — %3 of %4 credits</source>
        <translation>%1 %2 — %3 de %4 créditos</translation>
    </message>
    <message>
        <source>%1 %2 — awarded: %3</source>
        <translation>%1 %2 — otorgada: %3</translation>
    </message>
    <message>
        <source>%1 %2 — %3% (%4 cr earned)</source>
        <translation>%1 %2 — %3% (%4 cr obtenidos)</translation>
    </message>
    <message>
        <source>✗ missing: %1 more of these %2</source>
        <translation>✗ falta: %1 más de estos %2</translation>
    </message>
    <message>
        <source>✗ missing: %1 credits still needed</source>
        <translation>✗ falta: aún se necesitan %1 créditos</translation>
    </message>
    <message>
        <source>⚠ would count if valid: %1 (%2)</source>
        <translation>⚠ contaría si fuera válida: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Credfolio::Portfolio</name>
    <message>
        <source>Verified %1</source>
        <translation>Verificada el %1</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>Caducó el %1</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocada</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendida</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>Aún no válida</translation>
    </message>
    <message>
        <source>Did not verify</source>
        <translation>No se verificó</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>No verificada</translation>
    </message>
    <message>
        <source>%1 of %2 requirements met</source>
        <translation>%1 de %2 requisitos cumplidos</translation>
    </message>
    <message>
        <source>%1 of %2 credits</source>
        <translation>%1 de %2 créditos</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exportado el %1</translation>
    </message>
    <message>
        <source>Untitled credential</source>
        <translation>Credencial sin título</translation>
    </message>
    <message>
        <source>1 credit</source>
        <translation>1 crédito</translation>
    </message>
    <message>
        <source>%1 credits</source>
        <translation>%1 créditos</translation>
    </message>
    <message>
        <source>The portfolio could not be saved to %1.</source>
        <translation>No se pudo guardar el portafolio en %1.</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
    <message>
        <source>Pathway progress</source>
        <translation>Progreso en los itinerarios</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>Credential portfolio</source>
        <translation>Portafolio de credenciales</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>This file is not a Credfolio portfolio package, or it is damaged.</source>
        <translation>Este archivo no es un paquete de portafolio de Credfolio o está dañado.</translation>
    </message>
    <message>
        <source>This package is larger than Credfolio opens (%1 MiB).</source>
        <translation>Este paquete supera el tamaño que abre Credfolio (%1 MiB).</translation>
    </message>
    <message>
        <source>The package is exactly as the learner signed it.</source>
        <translation>El paquete está exactamente como lo firmó el estudiante.</translation>
    </message>
    <message>
        <source>The package was changed after the learner signed it, or it is not signed by its holder.</source>
        <translation>El paquete se modificó después de que el estudiante lo firmara, o no lo ha firmado su titular.</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (continuación)</translation>
    </message>
    <message>
        <source>A PDF portfolio can only be made by the graphical application.</source>
        <translation>Solo la aplicación gráfica puede crear un portafolio en PDF.</translation>
    </message>
    <message>
        <source>A QR code could not be made for one of the credentials.</source>
        <translation>No se pudo crear un código QR para una de las credenciales.</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válida</translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation>No válida</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <source>Advisor&apos;s notes and recommendations</source>
        <translation>Notas y recomendaciones del asesor</translation>
    </message>
    <message>
        <source>The learner&apos;s message</source>
        <translation>Mensaje del estudiante</translation>
    </message>
    <message>
        <source>Unnamed learner</source>
        <translation>Estudiante sin nombre</translation>
    </message>
    <message>
        <source>Reviewed %1</source>
        <translation>Revisado el %1</translation>
    </message>
    <message>
        <source>Package sent %1  ·  %2</source>
        <translation>Paquete enviado el %1  ·  %2</translation>
    </message>
    <message>
        <source>Signature intact: the package is as the learner signed it.</source>
        <translation>Firma intacta: el paquete está como lo firmó el estudiante.</translation>
    </message>
    <message>
        <source>This package was changed after it was signed.</source>
        <translation>Este paquete se modificó después de firmarse.</translation>
    </message>
    <message>
        <source>Signed by %1</source>
        <translation>Firmado por %1</translation>
    </message>
    <message>
        <source>Its content is shown below, but it may not be what the learner sent. %1</source>
        <translation>Su contenido se muestra a continuación, pero puede que no sea lo que envió el estudiante. %1</translation>
    </message>
    <message>
        <source>Advisor review</source>
        <translation>Revisión del asesor</translation>
    </message>
    <message>
        <source>As sent: %1</source>
        <translation>Al enviarse: %1</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Hoy: %1</translation>
    </message>
    <message>
        <source>Today: offline</source>
        <translation>Hoy: sin conexión</translation>
    </message>
    <message>
        <source>Learner&apos;s note</source>
        <translation>Nota del estudiante</translation>
    </message>
    <message>
        <source>Advisor&apos;s note</source>
        <translation>Nota del asesor</translation>
    </message>
    <message>
        <source>%1 as of %2</source>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <source>%1 now</source>
        <translation>%1 ahora</translation>
    </message>
    <message>
        <source>not checked today (offline)</source>
        <translation>no verificada hoy (sin conexión)</translation>
    </message>
    <message>
        <source>A review PDF can only be made by the graphical application.</source>
        <translation>Solo la aplicación gráfica puede crear un PDF de revisión.</translation>
    </message>
    <message>
        <source>%1 — Advisor review</source>
        <translation>%1 — Revisión del asesor</translation>
    </message>
    <message>
        <source>The package does not carry this document.</source>
        <translation>El paquete no incluye este documento.</translation>
    </message>
</context>
<context>
    <name>Credfolio::Rdf</name>
    <message>
        <source>dataset too complex to canonicalize</source>
        <translation>conjunto de datos demasiado complejo para canonicalizar</translation>
    </message>
    <message>
        <source>Invalid N-Quads on line %1: %2</source>
        <translation>N-Quads no válidos en la línea %1: %2</translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation>UTF-8 no válido</translation>
    </message>
    <message>
        <source>truncated \u escape</source>
        <translation>escape \u truncado</translation>
    </message>
    <message>
        <source>bad hexadecimal digit in \u escape</source>
        <translation>dígito hexadecimal incorrecto en un escape \u</translation>
    </message>
    <message>
        <source>escape is not a Unicode scalar value</source>
        <translation>el escape no es un valor escalar Unicode</translation>
    </message>
    <message>
        <source>unterminated IRI</source>
        <translation>IRI sin terminar</translation>
    </message>
    <message>
        <source>only \u and \U escapes are allowed in IRIs</source>
        <translation>en los IRI solo se permiten los escapes \u y \U</translation>
    </message>
    <message>
        <source>escaped character not allowed in an IRI</source>
        <translation>carácter escapado no permitido en un IRI</translation>
    </message>
    <message>
        <source>character not allowed in an IRI</source>
        <translation>carácter no permitido en un IRI</translation>
    </message>
    <message>
        <source>relative IRI &lt;%1&gt;</source>
        <translation>IRI relativo &lt;%1&gt;</translation>
    </message>
    <message>
        <source>expected a blank node &quot;_:label&quot;</source>
        <translation>se esperaba un nodo en blanco &quot;_:label&quot;</translation>
    </message>
    <message>
        <source>invalid blank node label</source>
        <translation>etiqueta de nodo en blanco no válida</translation>
    </message>
    <message>
        <source>unterminated string literal</source>
        <translation>literal de cadena sin terminar</translation>
    </message>
    <message>
        <source>invalid escape in string literal</source>
        <translation>escape no válido en un literal de cadena</translation>
    </message>
    <message>
        <source>empty language tag</source>
        <translation>etiqueta de idioma vacía</translation>
    </message>
    <message>
        <source>invalid language tag</source>
        <translation>etiqueta de idioma no válida</translation>
    </message>
    <message>
        <source>expected ^^&lt;datatype&gt;</source>
        <translation>se esperaba ^^&lt;tipo de datos&gt;</translation>
    </message>
    <message>
        <source>expected a subject</source>
        <translation>se esperaba un sujeto</translation>
    </message>
    <message>
        <source>expected a predicate IRI</source>
        <translation>se esperaba un IRI de predicado</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>se esperaba un objeto</translation>
    </message>
    <message>
        <source>expected &quot;.&quot; at the end of the statement</source>
        <translation>se esperaba &quot;.&quot; al final de la sentencia</translation>
    </message>
    <message>
        <source>unexpected text after the statement</source>
        <translation>texto inesperado después de la sentencia</translation>
    </message>
</context>
<context>
    <name>Credfolio::Services</name>
    <message>
        <source>Untitled credential</source>
        <translation>Credencial sin título</translation>
    </message>
    <message>
        <source>%1, from %2, %3</source>
        <translation>%1, de %2, %3</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Créditos</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Learner records</source>
        <translation>Expedientes académicos</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>No se pudo abrir el archivo: %1</translation>
    </message>
    <message>
        <source>The file is too large to be a credential (over %1 MiB).</source>
        <translation>El archivo es demasiado grande para ser una credencial (más de %1 MiB).</translation>
    </message>
    <message>
        <source>There is no file or folder here any more.</source>
        <translation>Aquí ya no hay ningún archivo ni carpeta.</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>texto pegado</translation>
    </message>
    <message>
        <source>“%1” is already in your pathways.</source>
        <translation>«%1» ya está en sus itinerarios.</translation>
    </message>
    <message>
        <source>This pathway is not in your list.</source>
        <translation>Este itinerario no está en su lista.</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válida</translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation>No válida</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocada</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>No verificada</translation>
    </message>
    <message>
        <source>This pathway is already in your list.</source>
        <translation>Este itinerario ya está en su lista.</translation>
    </message>
    <message>
        <source>The package file could not be read.</source>
        <translation>No se pudo leer el archivo del paquete.</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 (not verified)</source>
        <translation>%1 (no verificada)</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Requisito</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Would count if it were valid: %1 (%2)</source>
        <translation>Contaría si fuera válida: %1 (%2)</translation>
    </message>
    <message>
        <source>Counts toward this</source>
        <translation>Cuenta para esto</translation>
    </message>
    <message>
        <source>Would count if valid (%1)</source>
        <translation>Contaría si fuera válida (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not yet earned</source>
        <translation>Aún no obtenida</translation>
    </message>
    <message>
        <source>Awarded: %1</source>
        <translation>Otorgada: %1</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <source>%1 of %2 cr</source>
        <translation>%1 de %2 cr</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 — %2 more credits</source>
        <translation>%1 — %2 créditos más</translation>
    </message>
    <message>
        <source>%1 — %2 more</source>
        <translation>%1 — %2 más</translation>
    </message>
    <message>
        <source>Still to earn (%1)</source>
        <translation>Por obtener (%1)</translation>
    </message>
    <message>
        <source>Still to earn</source>
        <translation>Por obtener</translation>
    </message>
    <message>
        <source>%1 credits still needed</source>
        <translation>Aún se necesitan %1 créditos</translation>
    </message>
    <message>
        <source>%1 more of these %2</source>
        <translation>%1 más de estos %2</translation>
    </message>
    <message>
        <source>%1 more to complete</source>
        <translation>%1 más para completar</translation>
    </message>
    <message>
        <source>%1 cr</source>
        <translation>%1 cr</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>válida</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>no válida</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revocada</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>caducada</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>no verificada</translation>
    </message>
    <message>
        <source>Your notes on this package could not be read from the library.</source>
        <translation>No se pudieron leer de la biblioteca sus notas sobre este paquete.</translation>
    </message>
    <message>
        <source>“%1” could not be opened.</source>
        <translation>No se pudo abrir «%1».</translation>
    </message>
    <message>
        <source>“%1” is too large to be a pathway file.</source>
        <translation>«%1» es demasiado grande para ser un archivo de itinerario.</translation>
    </message>
    <message>
        <source>This library is not the sample portfolio and was left unchanged.</source>
        <translation>Esta biblioteca no es el portafolio de ejemplo y no se ha modificado.</translation>
    </message>
    <message>
        <source>The issuer registry %1 could not be opened.</source>
        <translation>No se pudo abrir el registro de emisores %1.</translation>
    </message>
    <message>
        <source>The issuer registry %1 is too large.</source>
        <translation>El registro de emisores %1 es demasiado grande.</translation>
    </message>
    <message>
        <source>There is no pathway %1 in the library.</source>
        <translation>No hay ningún itinerario %1 en la biblioteca.</translation>
    </message>
    <message>
        <source>The package could not be saved to %1.</source>
        <translation>No se pudo guardar el paquete en %1.</translation>
    </message>
    <message>
        <source>Labels can be written in English, German or Spanish only.</source>
        <translation>Las etiquetas solo pueden escribirse en inglés, alemán o español.</translation>
    </message>
</context>
<context>
    <name>Credfolio::Store</name>
    <message>
        <source>Your system keychain is not available, so Credfolio cannot keep a signing key. You can continue without signing.</source>
        <translation>El llavero de su sistema no está disponible, por lo que Credfolio no puede guardar una clave de firma. Puede continuar sin firmar.</translation>
    </message>
    <message>
        <source>Your system keychain is locked or refused access, so Credfolio cannot keep a signing key. Unlock it and try again, or continue without signing.</source>
        <translation>El llavero de su sistema está bloqueado o denegó el acceso, por lo que Credfolio no puede guardar una clave de firma. Desbloquéelo y vuelva a intentarlo, o continúe sin firmar.</translation>
    </message>
    <message>
        <source>Your system keychain did not answer in time. Try again, or continue without signing.</source>
        <translation>El llavero de su sistema no respondió a tiempo. Vuelva a intentarlo o continúe sin firmar.</translation>
    </message>
    <message>
        <source>Your system keychain could not complete the request. Try again, or continue without signing.</source>
        <translation>El llavero de su sistema no pudo completar la solicitud. Vuelva a intentarlo o continúe sin firmar.</translation>
    </message>
    <message>
        <source>Your system keychain holds no such entry for Credfolio.</source>
        <translation>El llavero de su sistema no contiene esa entrada para Credfolio.</translation>
    </message>
    <message>
        <source>The signing key in your system keychain is damaged, so Credfolio cannot sign with it.</source>
        <translation>La clave de firma del llavero de su sistema está dañada, por lo que Credfolio no puede firmar con ella.</translation>
    </message>
    <message>
        <source>Credfolio cannot find a signing key without knowing its library.</source>
        <translation>Credfolio no puede encontrar una clave de firma sin saber a qué biblioteca pertenece.</translation>
    </message>
    <message>
        <source>Your library %1 cannot be opened</source>
        <translation>No se puede abrir su biblioteca %1</translation>
    </message>
    <message>
        <source>Your library %1 was saved by a newer version of Credfolio. Update Credfolio to open it; it was left unchanged</source>
        <translation>Su biblioteca %1 se guardó con una versión más reciente de Credfolio. Actualice Credfolio para abrirla; no se ha modificado</translation>
    </message>
    <message>
        <source>Your library %1 could not be upgraded; it was left unchanged</source>
        <translation>No se pudo actualizar su biblioteca %1; no se ha modificado</translation>
    </message>
    <message>
        <source>Your library could not be read or saved</source>
        <translation>No se pudo leer ni guardar su biblioteca</translation>
    </message>
    <message>
        <source>This item is no longer in your library</source>
        <translation>Este elemento ya no está en su biblioteca</translation>
    </message>
    <message>
        <source>A name cannot be empty</source>
        <translation>Un nombre no puede estar vacío</translation>
    </message>
    <message>
        <source>%1 is not a Credfolio library backup</source>
        <translation>%1 no es una copia de seguridad de una biblioteca de Credfolio</translation>
    </message>
    <message>
        <source>The backup %1 could not be written</source>
        <translation>No se pudo escribir la copia de seguridad %1</translation>
    </message>
</context>
<context>
    <name>Credfolio::Ui::AboutDialog</name>
    <message>
        <source>About Credfolio</source>
        <translation>Acerca de Credfolio</translation>
    </message>
    <message>
        <source>Your badges, certificates and learner records, kept on your own computer, checked independently and ready for your next application.</source>
        <translation>Sus insignias, certificados y expedientes académicos, guardados en su propio ordenador, verificados de forma independiente y listos para su próxima candidatura.</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Creado con:</translation>
    </message>
    <message>
        <source>Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>Con licencia GNU General Public License, versión 3 o posterior.</translation>
    </message>
</context>
<context>
    <name>Credfolio::Ui::CheckListView</name>
    <message>
        <source>Checked %1</source>
        <translation>Verificado el %1</translation>
    </message>
    <message>
        <source>%1 · using documents as of %2</source>
        <comment>checked …, documents as of &lt;date&gt;</comment>
        <translation>%1 · con documentos a fecha de %2</translation>
    </message>
    <message>
        <source>Verification checks</source>
        <translation>Comprobaciones de verificación</translation>
    </message>
    <message>
        <source>Contained credentials</source>
        <translation>Credenciales contenidas</translation>
    </message>
    <message>
        <source>Credential %1</source>
        <translation>Credencial %1</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Details of %1</source>
        <translation>Detalles de %1</translation>
    </message>
    <message>
        <source>Reason code: %1</source>
        <translation>Código de motivo: %1</translation>
    </message>
    <message>
        <source>Checked at: %1</source>
        <translation>Fecha de comprobación: %1</translation>
    </message>
    <message>
        <source>Technical details of %1</source>
        <translation>Detalles técnicos de %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>check title: status</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>credential name: verdict</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Credfolio::Ui::CheckStatus</name>
    <message>
        <source>Passed</source>
        <translation>Superada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>No comprobada</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Issuer&apos;s key</source>
        <translation>Clave del emisor</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Validity period</source>
        <translation>Periodo de validez</translation>
    </message>
    <message>
        <source>Revocation status</source>
        <translation>Estado de revocación</translation>
    </message>
    <message>
        <source>Issuer registry</source>
        <translation>Registro de emisores</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificada</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocada</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>No válida: %1</translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation>No válida</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Aún no verificada</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Could not be checked: %1</source>
        <translation>No se pudo verificar: %1</translation>
    </message>
</context>
<context>
    <name>Credfolio::Ui::CredentialDetailView</name>
    <message>
        <source>1 credit</source>
        <translation>1 crédito</translation>
    </message>
    <message>
        <source>%1 credits</source>
        <translation>%1 créditos</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Criteria page</source>
        <translation>Página de criterios</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criterios</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
    <message>
        <source>Alignments</source>
        <translation>Alineaciones</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencias</translation>
    </message>
    <message>
        <source>Counts toward</source>
        <translation>Cuenta para</translation>
    </message>
    <message>
        <source>Your tags</source>
        <translation>Sus etiquetas</translation>
    </message>
    <message>
        <source>Add a note for yourself: what you did, what it was for, whom to ask…</source>
        <translation>Añada una nota para usted: qué hizo, para qué era, a quién preguntar…</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Su nota</translation>
    </message>
    <message>
        <source>Untitled credential</source>
        <translation>Credencial sin título</translation>
    </message>
    <message>
        <source>Learner record</source>
        <translation>Expediente académico</translation>
    </message>
    <message>
        <source>Issued by %1</source>
        <translation>Emitida por %1</translation>
    </message>
    <message>
        <source>Badge image</source>
        <translation>Imagen de la insignia</translation>
    </message>
    <message>
        <source>No badge image</source>
        <translation>Sin imagen de insignia</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation>Otorgada</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Créditos</translation>
    </message>
    <message>
        <source>Term</source>
        <extracomment>The academic term in which the credential was earned (e.g. &quot;Fall 2026&quot;).</extracomment>
        <translation>Periodo académico</translation>
    </message>
    <message>
        <source>Field of study</source>
        <translation>Campo de estudio</translation>
    </message>
    <message>
        <source>Specialization</source>
        <translation>Especialización</translation>
    </message>
    <message>
        <source>Hashed e-mail address</source>
        <translation>Dirección de correo electrónico con hash</translation>
    </message>
    <message>
        <source>Hashed identifier</source>
        <translation>Identificador con hash</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Open pathway %1</source>
        <translation>Abrir el itinerario %1</translation>
    </message>
    <message>
        <source>Show your progress toward %1</source>
        <translation>Mostrar su progreso hacia %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>&amp;Verify Again</source>
        <translation>&amp;Volver a verificar</translation>
    </message>
    <message>
        <source>Verify again</source>
        <translation>Volver a verificar</translation>
    </message>
    <message>
        <source>Checks the signature, the issuer&apos;s key, the dates and the revocation status again</source>
        <translation>Vuelve a comprobar la firma, la clave del emisor, las fechas y el estado de revocación</translation>
    </message>
    <message>
        <source>Show &amp;Original…</source>
        <translation>Mostrar &amp;original…</translation>
    </message>
    <message>
        <source>Show original</source>
        <translation>Mostrar original</translation>
    </message>
    <message>
        <source>The credential exactly as the issuer signed it</source>
        <translation>La credencial exactamente como la firmó el emisor</translation>
    </message>
</context>
<context>
    <name>Credfolio::Ui::ExportActions</name>
    <message>
        <source>&amp;Export Portfolio…</source>
        <translation>&amp;Exportar portafolio…</translation>
    </message>
    <message>
        <source>Export your credentials as a PDF portfolio, a web page, JSON Resume or a signed package</source>
        <translation>Exportar sus credenciales como portafolio PDF, página web, JSON Resume o paquete firmado</translation>
    </message>
    <message>
        <source>Export Se&amp;lected…</source>
        <translation>Exportar se&amp;lección…</translation>
    </message>
    <message>
        <source>Export This &amp;Pathway…</source>
        <translation>Exportar este &amp;itinerario…</translation>
    </message>
</context>
<context>
    <name>Credfolio::Ui::ExportDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No credential is exported with these choices. Choose other credentials, or include those that are not valid or have expired.</source>
        <translation>Con estas opciones no se exporta ninguna credencial. Elija otras credenciales o incluya las que no son válidas o han caducado.</translation>
    </message>
    <message>
        <source>The web page has the same content; it adapts to the reader&apos;s screen and prints like these pages.</source>
        <translation>La página web tiene el mismo contenido; se adapta a la pantalla del lector y se imprime como estas páginas.</translation>
    </message>
    <message>
        <source>A portfolio package signed with your key, for a career advisor to open in Credfolio and verify offline.

Credentials: %1
Documents for offline checking: %2
Size: %3

It carries every selected credential exactly as you received it, your notes, your pathways and your message. It never carries a key or password.</source>
        <translation>Un paquete de portafolio firmado con su clave, para que un asesor lo abra en Credfolio y lo verifique sin conexión.

Credenciales: %1
Documentos para verificar sin conexión: %2
Tamaño: %3

Contiene cada credencial seleccionada exactamente como la recibió, sus notas, sus itinerarios y su mensaje. Nunca contiene una clave ni una contraseña.</translation>
    </message>
    <message>
        <source>1 credential</source>
        <translation>1 credencial</translation>
    </message>
    <message>
        <source>%1 credentials</source>
        <translation>%1 credenciales</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 página</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 páginas</translation>
    </message>
    <message>
        <source>one web page</source>
        <translation>una página web</translation>
    </message>
    <message>
        <source>JSON Resume</source>
        <translation>JSON Resume</translation>
    </message>
    <message>
        <source>1 document for offline checking</source>
        <translation>1 documento para verificar sin conexión</translation>
    </message>
    <message>
        <source>%1 documents for offline checking</source>
        <translation>%1 documentos para verificar sin conexión</translation>
    </message>
    <message>
        <source>%1 not valid</source>
        <translation>%1 no válidas</translation>
    </message>
    <message>
        <source>%1 expired</source>
        <translation>%1 caducadas</translation>
    </message>
    <message>
        <source>%1 left out:</source>
        <translation>%1 omitidas:</translation>
    </message>
    <message>
        <source>to show them, marked as such, tick “Also …” under Credentials.</source>
        <translation>para mostrarlas, marcadas como tales, active «También…» en Credenciales.</translation>
    </message>
    <message>
        <source>Credential portfolio</source>
        <translation>Portafolio de credenciales</translation>
    </message>
    <message>
        <source>%1 – Credential portfolio</source>
        <translation>%1 – Portafolio de credenciales</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Páginas web (*.html)</translation>
    </message>
    <message>
        <source>JSON Resume (*.json)</source>
        <translation>JSON Resume (*.json)</translation>
    </message>
    <message>
        <source>Credfolio packages (*.credfolio)</source>
        <translation>Paquetes de Credfolio (*.credfolio)</translation>
    </message>
    <message>
        <source>Export Portfolio</source>
        <translation>Exportar portafolio</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Guardando %1…</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>No se guardó nada: %1</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>Se guardó «%1».</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Sobre usted</translation>
    </message>
    <message>
        <source>Printed at the top of your portfolio. Kept in your library when you export, so you fill it in once.</source>
        <translation>Aparece al principio de su portafolio. Se guarda en su biblioteca al exportar, así que solo lo rellena una vez.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Mess&amp;age:</source>
        <translation>Mens&amp;aje:</translation>
    </message>
    <message>
        <source>A note for your advisor</source>
        <translation>Una nota para su asesor</translation>
    </message>
    <message>
        <source>&amp;Labels in:</source>
        <translation>&amp;Etiquetas en:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>&amp;Include:</source>
        <translation>&amp;Incluir:</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Agrupar por:</translation>
    </message>
    <message>
        <source>O&amp;rder:</source>
        <translation>O&amp;rden:</translation>
    </message>
    <message>
        <source>Also credentials that are not &amp;valid</source>
        <translation>También credenciales no &amp;válidas</translation>
    </message>
    <message>
        <source>Also e&amp;xpired credentials</source>
        <translation>También credenciales ca&amp;ducadas</translation>
    </message>
    <message>
        <source>PDF portfolio</source>
        <translation>Portafolio PDF</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>Página web (HTML)</translation>
    </message>
    <message>
        <source>Signed package for an advisor</source>
        <translation>Paquete firmado para un asesor</translation>
    </message>
    <message>
        <source>All credentials</source>
        <translation>Todas las credenciales</translation>
    </message>
    <message>
        <source>The selected credential</source>
        <translation>La credencial seleccionada</translation>
    </message>
    <message>
        <source>The %1 selected credentials</source>
        <translation>Las %1 credenciales seleccionadas</translation>
    </message>
    <message>
        <source>A collection</source>
        <translation>Una colección</translation>
    </message>
    <message>
        <source>A pathway</source>
        <translation>Un itinerario</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation>Itinerario</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Más recientes primero</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Más antiguas primero</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Message to the advisor</source>
        <translation>Mensaje para el asesor</translation>
    </message>
    <message>
        <source>Language of the labels</source>
        <translation>Idioma de las etiquetas</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>Credentials to include</source>
        <translation>Credenciales que se incluyen</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Colección</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Agrupar por</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Include credentials that are not valid</source>
        <translation>Incluir credenciales no válidas</translation>
    </message>
    <message>
        <source>Include expired credentials</source>
        <translation>Incluir credenciales caducadas</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Guardando</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Open the saved file</source>
        <translation>Abrir el archivo guardado</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <source>Save the export</source>
        <translation>Guardar la exportación</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>Credfolio::Ui::ExportPreview</name>
    <message>
        <source>The preview could not be shown.</source>
        <translation>No se pudo mostrar la vista previa.</translation>
    </message>
    <message>
        <source>Updating preview…</source>
        <translation>Actualizando la vista previa…</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>&amp;Zoom:</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Página completa</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Tamaño real</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Preview of the portfolio</source>
        <translation>Vista previa del portafolio</translation>
    </message>
    <message>
        <source>Preview of the JSON Resume</source>
        <translation>Vista previa del JSON Resume</translation>
    </message>
    <message>
        <source>What will be written</source>
        <translation>Lo que se escribirá</translation>
    </message>
</context>
<context>
    <name>Credfolio::Ui::ImportFlow</name>
    <message>
        <source>Nothing was imported</source>
        <translation>No se importó nada</translation>
    </message>
    <message>
        <source>Import Credentials</source>
        <translation>Importar credenciales</translation>
    </message>
    <message>
        <source>Credentials (*.json *.jwt *.jws *.txt *.png *.svg);;All files (*)</source>
        <translation>Credenciales (*.json *.jwt *.jws *.txt *.png *.svg);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import a Folder of Credentials</source>
        <translation>Importar una carpeta de credenciales</translation>
    </message>
    <message>
        <source>An import is running</source>
        <translation>Hay una importación en curso</translation>
    </message>
    <message>
        <source>Wait for the current import to finish, or cancel it, then try again.</source>
        <translation>Espere a que termine la importación actual o cancélela, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>You are working offline</source>
        <translation>Está trabajando sin conexión</translation>
    </message>
    <message>
        <source>Importing from a web address needs the network, and Credfolio is set to work offline. Turn off “Work offline” in Settings → Network, or download the credential and import the file.</source>
        <translation>Importar desde una dirección web necesita la red, y Credfolio está configurado para trabajar sin conexión. Desactive «Trabajar sin conexión» en Configuración → Red, o descargue la credencial e importe el archivo.</translation>
    </message>
</context>
<context>
    <name>Credfolio::Ui::ImportFromUrlDialog</name>
    <message>
        <source>Import from Web Address</source>
        <translation>Importar desde una dirección web</translation>
    </message>
    <message>
        <source>Enter the web address of a hosted badge or credential, as the issuer gave it to you.</source>
        <translation>Introduzca la dirección web de una insignia o credencial alojada, tal como se la dio el emisor.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Dirección web</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>This is not a web address. It should start with https://</source>
        <translation>Esto no es una dirección web. Debería empezar por https://</translation>
    </message>
    <message>
        <source>Only secure addresses (https://) can be imported: over plain http, anyone on the way could change the credential before it reaches you.</source>
        <translation>Solo se pueden importar direcciones seguras (https://): con http sin cifrar, cualquiera en el camino podría modificar la credencial antes de que le llegue.</translation>
    </message>
    <message>
        <source>Only web addresses starting with https:// can be imported.</source>
        <translation>Solo se pueden importar direcciones web que empiecen por https://.</translation>
    </message>
    <message>
        <source>The address has no host name.</source>
        <translation>La dirección no tiene nombre de host.</translation>
    </message>
</context>
<context>
    <name>Credfolio::Ui::ImportProgressDialog</name>
    <message>
        <source>Importing Credentials</source>
        <translation>Importando credenciales</translation>
    </message>
    <message>
        <source>Reading and verifying credentials…</source>
        <translation>Leyendo y verificando credenciales…</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Cancelar importación</translation>
    </message>
    <message>
        <source>Stops the import. Nothing of this batch is added to your library.</source>
        <translation>Detiene la importación. No se añade a su biblioteca nada de este lote.</translation>
    </message>
    <message>
        <source>%1 of %2 handled</source>
        <translation>%1 de %2 procesadas</translation>
    </message>
    <message>
        <source>Looking for credentials…</source>
        <translation>Buscando credenciales…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Cancelling — nothing of this batch will be kept…</source>
        <translation>Cancelando — no se conservará nada de este lote…</translation>
    </message>
</context>
<context>
    <name>Credfolio::Ui::ImportSummaryDialog</name>
    <message>
        <source>Import Finished</source>
        <translation>Importación finalizada</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Importación cancelada</translation>
    </message>
    <message>
        <source>Imported 1 credential</source>
        <translation>Se importó 1 credencial</translation>
    </message>
    <message>
        <source>Imported %1 credentials</source>
        <translation>Se importaron %1 credenciales</translation>
    </message>
    <message>
        <source>No new credentials imported</source>
        <translation>No se importaron credenciales nuevas</translation>
    </message>
    <message>
        <source>Nothing of this batch was added to your library.</source>
        <translation>No se añadió a su biblioteca nada de este lote.</translation>
    </message>
    <message>
        <source>1 credential was already in your library and was not added again.</source>
        <translation>1 credencial ya estaba en su biblioteca y no se volvió a añadir.</translation>
    </message>
    <message>
        <source>%1 credentials were already in your library and were not added again.</source>
        <translation>%1 credenciales ya estaban en su biblioteca y no se volvieron a añadir.</translation>
    </message>
    <message>
        <source>1 input could not be read as a credential.</source>
        <translation>1 entrada no se pudo leer como credencial.</translation>
    </message>
    <message>
        <source>%1 inputs could not be read as credentials.</source>
        <translation>%1 entradas no se pudieron leer como credenciales.</translation>
    </message>
    <message>
        <source>No credentials were found.</source>
        <translation>No se encontraron credenciales.</translation>
    </message>
    <message>
        <source>Duplicates and files that could not be read</source>
        <translation>Duplicados y archivos que no se pudieron leer</translation>
    </message>
    <message>
        <source>Already in your library (%1)</source>
        <translation>Ya en su biblioteca (%1)</translation>
    </message>
    <message>
        <source>%1 (the copy in your library is in the trash)</source>
        <translation>%1 (la copia de su biblioteca está en la papelera)</translation>
    </message>
    <message>
        <source>Could not be read (%1)</source>
        <translation>No se pudo leer (%1)</translation>
    </message>
    <message>
        <source>&amp;Show in Library</source>
        <translation>&amp;Mostrar en la biblioteca</translation>
    </message>
    <message>
        <source>Show in Library</source>
        <translation>Mostrar en la biblioteca</translation>
    </message>
    <message>
        <source>Selects the new credentials in your library</source>
        <translation>Selecciona las credenciales nuevas en su biblioteca</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>It did not pass verification. It is in your library, marked so you can see why.</source>
        <translation>No superó la verificación. Está en su biblioteca, marcada para que pueda ver por qué.</translation>
    </message>
    <message>
        <source>1 of them did not pass verification. It is in your library, marked so you can see why.</source>
        <translation>1 de ellas no superó la verificación. Está en su biblioteca, marcada para que pueda ver por qué.</translation>
    </message>
    <message>
        <source>%1 of them did not pass verification. They are in your library, marked so you can see why.</source>
        <translation>%1 de ellas no superaron la verificación. Están en su biblioteca, marcadas para que pueda ver por qué.</translation>
    </message>
    <message>
        <source>It passed every verification check.</source>
        <translation>Superó todas las comprobaciones.</translation>
    </message>
    <message>
        <source>All of them passed every verification check.</source>
        <translation>Todas superaron todas las comprobaciones.</translation>
    </message>
</context>
<context>
    <name>Credfolio::Ui::LearnerProfileForm</name>
    <message>
        <source>Your full name</source>
        <translation>Su nombre completo</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>e.g. Junior data analyst</source>
        <translation>p. ej., analista de datos júnior</translation>
    </message>
    <message>
        <source>&amp;Headline:</source>
        <translation>Titu&amp;lar:</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>Phon&amp;e:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Sitio &amp;web:</translation>
    </message>
    <message>
        <source>City, country</source>
        <translation>Ciudad, país</translation>
    </message>
    <message>
        <source>Loca&amp;tion:</source>
        <translation>&amp;Ubicación:</translation>
    </message>
    <message>
        <source>A few sentences about what you do and what you are looking for</source>
        <translation>Unas frases sobre lo que hace y lo que busca</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>Re&amp;sumen:</translation>
    </message>
</context>
<context>
    <name>Credfolio::Ui::LibraryArea</name>
    <message>
        <source>Note not saved</source>
        <translation>Nota no guardada</translation>
    </message>
    <message>
        <source>Tags not saved</source>
        <translation>Etiquetas no guardadas</translation>
    </message>
</context>
<context>
    <name>Credfolio::Ui::LibraryPage</name>
    <message>
        <source>No credentials yet</source>
        <translation>Aún no hay credenciales</translation>
    </message>
    <message>
        <source>Credfolio keeps your badges and certificates on this computer and checks each one independently. Import Open Badges, Verifiable Credentials and learner records from files, folders, images or links.</source>
        <translation>Credfolio guarda sus insignias y certificados en este ordenador y verifica cada uno de forma independiente. Importe Open Badges, credenciales verificables y expedientes académicos desde archivos, carpetas, imágenes o enlaces.</translation>
    </message>
    <message>
        <source>All issuers</source>
        <translation>Todos los emisores</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <source>All collections</source>
        <translation>Todas las colecciones</translation>
    </message>
    <message>
        <source>No credentials match these filters</source>
        <translation>Ninguna credencial coincide con estos filtros</translation>
    </message>
    <message>
        <source>No credentials match “%1”</source>
        <translation>Ninguna credencial coincide con «%1»</translation>
    </message>
    <message>
        <source>Clear the filters to see all your credentials.</source>
        <translation>Borre los filtros para ver todas sus credenciales.</translation>
    </message>
    <message>
        <source>Check the spelling or try fewer words. Search looks in names, issuers, descriptions, skills and tags.</source>
        <translation>Revise la ortografía o pruebe con menos palabras. La búsqueda abarca nombres, emisores, descripciones, habilidades y etiquetas.</translation>
    </message>
    <message>
        <source>1 credential</source>
        <translation>1 credencial</translation>
    </message>
    <message>
        <source>%1 credentials</source>
        <translation>%1 credenciales</translation>
    </message>
    <message>
        <source>%1 of 1 credential</source>
        <translation>%1 de 1 credencial</translation>
    </message>
    <message>
        <source>%1 of %2 credentials</source>
        <translation>%1 de %2 credenciales</translation>
    </message>
    <message>
        <source>Move %1 Credentials to Trash</source>
        <translation>Mover %1 credenciales a la papelera</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>Mover a la papelera</translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>Añadir etiqueta</translation>
    </message>
    <message>
        <source>Tag for this credential:</source>
        <translation>Etiqueta para esta credencial:</translation>
    </message>
    <message>
        <source>Tag for %1 credentials:</source>
        <translation>Etiqueta para %1 credenciales:</translation>
    </message>
    <message>
        <source>Add Tag “%1”</source>
        <translation>Añadir etiqueta «%1»</translation>
    </message>
    <message>
        <source>Remove Tag “%1”</source>
        <translation>Quitar etiqueta «%1»</translation>
    </message>
    <message>
        <source>Add to Collection</source>
        <translation>Añadir a una colección</translation>
    </message>
    <message>
        <source>Collection for this credential:</source>
        <translation>Colección para esta credencial:</translation>
    </message>
    <message>
        <source>Collection for %1 credentials:</source>
        <translation>Colección para %1 credenciales:</translation>
    </message>
    <message>
        <source>Add Credential to “%1”</source>
        <translation>Añadir credencial a «%1»</translation>
    </message>
    <message>
        <source>Add %1 Credentials to “%2”</source>
        <translation>Añadir %1 credenciales a «%2»</translation>
    </message>
    <message>
        <source>Move Credential to Trash</source>
        <translation>Mover credencial a la papelera</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Clear Search</source>
        <translation>Borrar búsqueda</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Add Tag…</source>
        <translation>Añadir etiqueta…</translation>
    </message>
    <message>
        <source>Add to Collection…</source>
        <translation>Añadir a una colección…</translation>
    </message>
    <message>
        <source>Verify Again</source>
        <translation>Volver a verificar</translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>Quitar etiqueta</translation>
    </message>
    <message>
        <source>Search names, issuers, skills, tags…</source>
        <translation>Buscar nombres, emisores, habilidades, etiquetas…</translation>
    </message>
    <message>
        <source>Search credentials</source>
        <translation>Buscar credenciales</translation>
    </message>
    <message>
        <source>Search as you type (%1). Esc clears.</source>
        <translation>Busca mientras escribe (%1). Esc borra.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <source>Filter by issuer</source>
        <translation>Filtrar por emisor</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Filtrar por etiqueta</translation>
    </message>
    <message>
        <source>Filter by collection</source>
        <translation>Filtrar por colección</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Caducan pronto</translation>
    </message>
    <message>
        <source>Show only credentials expiring within %1 days</source>
        <translation>Mostrar solo las credenciales que caducan en los próximos %1 días</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Más recientes primero</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Más antiguas primero</translation>
    </message>
    <message>
        <source>Recently added</source>
        <translation>Añadidas recientemente</translation>
    </message>
    <message>
        <source>Expiring first</source>
        <translation>Próximas a caducar primero</translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation>Ordenar por</translation>
    </message>
    <message>
        <source>Show as grid</source>
        <translation>Mostrar como cuadrícula</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Cuadrícula</translation>
    </message>
    <message>
        <source>Show as list</source>
        <translation>Mostrar como lista</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>Number of credentials shown</source>
        <translation>Número de credenciales mostradas</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>Sin resultados</translation>
    </message>
</context>
<context>
    <name>Credfolio::Ui::MainWindow</name>
    <message>
        <source>Credfolio</source>
        <translation>Credfolio</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apariencia</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Import Credentials…</source>
        <translation>&amp;Importar credenciales…</translation>
    </message>
    <message>
        <source>Import credentials from files, folders or badge images</source>
        <translation>Importar credenciales desde archivos, carpetas o imágenes de insignias</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Biblioteca</translation>
    </message>
    <message>
        <source>&amp;Pathways</source>
        <translation>&amp;Itinerarios</translation>
    </message>
    <message>
        <source>Advisor &amp;Review</source>
        <translation>&amp;Revisión del asesor</translation>
    </message>
    <message>
        <source>Show &amp;Sidebar</source>
        <translation>Mostrar barra &amp;lateral</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation>Seguir al &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;About Credfolio</source>
        <translation>&amp;Acerca de Credfolio</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>No pathways yet</source>
        <translation>Aún no hay itinerarios</translation>
    </message>
    <message>
        <source>Pathways show how your credentials stack toward certificates and degrees: what you have completed and what is still missing.</source>
        <translation>Los itinerarios muestran cómo sus credenciales se acumulan hacia certificados y títulos: lo que ha completado y lo que aún falta.</translation>
    </message>
    <message>
        <source>No portfolio open</source>
        <translation>Ningún portafolio abierto</translation>
    </message>
    <message>
        <source>When a learner sends you a Credfolio portfolio package, open it here to re-verify every credential and review their pathway.</source>
        <translation>Cuando un estudiante le envíe un paquete de portafolio de Credfolio, ábralo aquí para volver a verificar cada credencial y revisar su itinerario.</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>Importar &amp;carpeta…</translation>
    </message>
    <message>
        <source>Import from &amp;URL…</source>
        <translation>Importar desde &amp;URL…</translation>
    </message>
    <message>
        <source>Open &amp;Sample Portfolio</source>
        <translation>Abrir &amp;portafolio de ejemplo</translation>
    </message>
    <message>
        <source>See Credfolio with demo credentials and pathways, kept apart from your own library</source>
        <translation>Ver Credfolio con credenciales e itinerarios de demostración, separados de su propia biblioteca</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Con&amp;figuración…</translation>
    </message>
    <message>
        <source>Credfolio — Sample portfolio</source>
        <translation>Credfolio — Portafolio de ejemplo</translation>
    </message>
</context>
<context>
    <name>Credfolio::Ui::OriginalDialog</name>
    <message>
        <source>Original Credential</source>
        <translation>Credencial original</translation>
    </message>
    <message>
        <source>This credential was extracted from a PNG badge image. This is the text baked into the image, exactly as the issuer signed it.</source>
        <translation>Esta credencial se extrajo de una imagen de insignia PNG. Este es el texto incrustado en la imagen, exactamente como lo firmó el emisor.</translation>
    </message>
    <message>
        <source>This credential was extracted from an SVG badge image. This is the text baked into the image, exactly as the issuer signed it.</source>
        <translation>Esta credencial se extrajo de una imagen de insignia SVG. Este es el texto incrustado en la imagen, exactamente como lo firmó el emisor.</translation>
    </message>
    <message>
        <source>This credential is a signed token (JWT), shown exactly as the issuer signed it.</source>
        <translation>Esta credencial es un token firmado (JWT), que se muestra exactamente como lo firmó el emisor.</translation>
    </message>
    <message>
        <source>This credential was fetched from %1 and is shown exactly as it was served.</source>
        <translation>Esta credencial se descargó de %1 y se muestra exactamente como se recibió.</translation>
    </message>
    <message>
        <source>This is the credential exactly as the issuer signed it.</source>
        <translation>Esta es la credencial exactamente como la firmó el emisor.</translation>
    </message>
    <message>
        <source>Original credential text</source>
        <translation>Texto original de la credencial</translation>
    </message>
    <message>
        <source>&amp;Indent for reading</source>
        <translation>&amp;Sangrar para facilitar la lectura</translation>
    </message>
    <message>
        <source>Indent for reading</source>
        <translation>Sangrar para facilitar la lectura</translation>
    </message>
    <message>
        <source>Shows the JSON indented. Copy always copies the credential exactly as issued.</source>
        <translation>Muestra el JSON con sangría. Copiar siempre copia la credencial exactamente como se emitió.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copies the credential exactly as issued</source>
        <translation>Copia la credencial exactamente como se emitió</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>Credfolio::Ui::PathwaysPage</name>
    <message>
        <source>Add Pathway “%1”</source>
        <translation>Añadir itinerario «%1»</translation>
    </message>
    <message>
        <source>Remove Pathway “%1”</source>
        <translation>Quitar itinerario «%1»</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Ejemplos</translation>
    </message>
    <message>
        <source>Your Pathways</source>
        <translation>Sus itinerarios</translation>
    </message>
    <message>
        <source>Add Pathway…</source>
        <translation>Añadir itinerario…</translation>
    </message>
    <message>
        <source>Add a pathway from a file or from the samples (%1)</source>
        <translation>Añadir un itinerario desde un archivo o desde los ejemplos (%1)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add pathway</source>
        <translation>Añadir itinerario</translation>
    </message>
    <message>
        <source>From File…</source>
        <translation>Desde un archivo…</translation>
    </message>
    <message>
        <source>Remove Pathway</source>
        <translation>Quitar itinerario</translation>
    </message>
    <message>
        <source>Remove the selected pathway (Delete); Undo brings it back</source>
        <translation>Quitar el itinerario seleccionado (Supr); Deshacer lo recupera</translation>
    </message>
    <message>
        <source>Remove pathway</source>
        <translation>Quitar itinerario</translation>
    </message>
    <message>
        <source>Pathways</source>
        <translation>Itinerarios</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Requisitos</translation>
    </message>
    <message>
        <source>What’s missing</source>
        <translation>Lo que falta</translation>
    </message>
    <message>
        <source>No pathways yet</source>
        <translation>Aún no hay itinerarios</translation>
    </message>
    <message>
        <source>Pathways show how your credentials stack toward certificates and degrees: what you have completed and what is still missing. Add one from your institution’s file, or try a sample.</source>
        <translation>Los itinerarios muestran cómo sus credenciales se acumulan hacia certificados y títulos: lo que ha completado y lo que aún falta. Añada uno desde el archivo de su institución o pruebe un ejemplo.</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1, %2 complete</source>
        <translation>%1, %2 completado</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>credits earned</source>
        <translation>créditos obtenidos</translation>
    </message>
    <message numerus="yes">
        <source>credentials count</source>
        <extracomment>Caption under the number of credentials that count toward the pathway (&quot;3 / credentials count&quot;).</extracomment>
        <translation>
            <numerusform>credencial cuenta</numerusform>
            <numerusform>credenciales cuentan</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>pathway complete</source>
        <translation>itinerario completado</translation>
    </message>
    <message numerus="yes">
        <source>%n of your credentials would count here if it were valid. Open it to see why it did not verify.</source>
        <translation>
            <numerusform>%n de sus credenciales contaría aquí si fuera válida. Ábrala para ver por qué no se verificó.</numerusform>
            <numerusform>%n de sus credenciales contarían aquí si fueran válidas. Ábralas para ver por qué no se verificaron.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 complete</source>
        <translation>%1 completado</translation>
    </message>
    <message>
        <source>Nothing — every requirement is met.</source>
        <translation>Nada: se cumplen todos los requisitos.</translation>
    </message>
    <message>
        <source>choose from %1</source>
        <translation>a elegir entre %1</translation>
    </message>
    <message>
        <source>%1 would count if it were valid</source>
        <translation>%1 contaría si fuera válida</translation>
    </message>
    <message>
        <source>“%1” is already in your pathways.</source>
        <translation>«%1» ya está en sus itinerarios.</translation>
    </message>
    <message>
        <source>This file could not be added as a pathway: %1</source>
        <translation>No se pudo añadir este archivo como itinerario: %1</translation>
    </message>
    <message>
        <source>Add Pathway from File</source>
        <translation>Añadir itinerario desde un archivo</translation>
    </message>
    <message>
        <source>Pathway files (*.json);;All files (*)</source>
        <translation>Archivos de itinerario (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading your credentials…</source>
        <translation>Leyendo sus credenciales…</translation>
    </message>
    <message>
        <source>Your progress appears as soon as Credfolio has read the credentials in your library.</source>
        <translation>Su progreso aparece en cuanto Credfolio haya leído las credenciales de su biblioteca.</translation>
    </message>
    <message>
        <source>still to earn (at least)</source>
        <extracomment>Caption under the smallest number of credentials still needed to complete the pathway.</extracomment>
        <translation>por obtener (como mínimo)</translation>
    </message>
</context>
<context>
    <name>Credfolio::Ui::ProgressRing</name>
    <message>
        <source>Overall progress</source>
        <translation>Progreso general</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>Credfolio::Ui::ReviewPage</name>
    <message>
        <source>Valid</source>
        <translation>Válida</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocada</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>No verificada</translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation>No válida</translation>
    </message>
    <message>
        <source>Checking the package</source>
        <translation>Comprobando el paquete</translation>
    </message>
    <message>
        <source>This file could not be opened as a package: %1</source>
        <translation>No se pudo abrir este archivo como paquete: %1</translation>
    </message>
    <message numerus="yes">
        <source>Package sent %1 · %n credential(s)</source>
        <translation>
            <numerusform>Paquete enviado el %1 · %n credencial</numerusform>
            <numerusform>Paquete enviado el %1 · %n credenciales</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed by the learner&apos;s key %1.</source>
        <translation>Firmado con la clave %1 del estudiante.</translation>
    </message>
    <message>
        <source>What it contains is shown below, flagged: it may not be what the learner sent. (%1)</source>
        <translation>Su contenido se muestra a continuación, marcado: puede que no sea lo que envió el estudiante. (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;The learner&apos;s message:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Mensaje del estudiante:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>As sent: %1</source>
        <translation>Al enviarse: %1</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Hoy: %1</translation>
    </message>
    <message>
        <source>Today: offline</source>
        <translation>Hoy: sin conexión</translation>
    </message>
    <message>
        <source>Not checked today: Credfolio is offline.</source>
        <translation>No verificado hoy: Credfolio está sin conexión.</translation>
    </message>
    <message>
        <source>Select a requirement to add a note to it.</source>
        <translation>Seleccione un requisito para añadirle una nota.</translation>
    </message>
    <message>
        <source>Your note on this requirement</source>
        <translation>Su nota sobre este requisito</translation>
    </message>
    <message>
        <source>Open Package</source>
        <translation>Abrir paquete</translation>
    </message>
    <message>
        <source>Credfolio packages (*.credfolio)</source>
        <translation>Paquetes de Credfolio (*.credfolio)</translation>
    </message>
    <message>
        <source>Review of %1.pdf</source>
        <translation>Revisión de %1.pdf</translation>
    </message>
    <message>
        <source>Export Review PDF</source>
        <translation>Exportar PDF de revisión</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Unnamed learner</source>
        <translation>Estudiante sin nombre</translation>
    </message>
    <message>
        <source>Signature intact: the package is exactly as the learner signed it.</source>
        <translation>Firma intacta: el paquete está exactamente como lo firmó el estudiante.</translation>
    </message>
    <message>
        <source>This package was changed after it was signed.</source>
        <translation>Este paquete se modificó después de firmarse.</translation>
    </message>
    <message>
        <source>Open Package…</source>
        <translation>Abrir paquete…</translation>
    </message>
    <message>
        <source>Open a learner&apos;s portfolio package (.credfolio) to review it</source>
        <translation>Abrir el paquete de portafolio (.credfolio) de un estudiante para revisarlo</translation>
    </message>
    <message>
        <source>Export Review PDF…</source>
        <translation>Exportar PDF de revisión…</translation>
    </message>
    <message>
        <source>Close Package</source>
        <translation>Cerrar paquete</translation>
    </message>
    <message>
        <source>Review a learner&apos;s package</source>
        <translation>Revisar el paquete de un estudiante</translation>
    </message>
    <message>
        <source>Open or drop the .credfolio file a learner sent you. Credfolio checks its signature, verifies every credential as of the day it was sent and today, and shows the pathway progress. Your notes stay in your own library.</source>
        <translation>Abra o arrastre aquí el archivo .credfolio que le envió un estudiante. Credfolio comprueba su firma, verifica cada credencial a fecha del día en que se envió y a fecha de hoy, y muestra el progreso en el itinerario. Sus notas se quedan en su propia biblioteca.</translation>
    </message>
    <message>
        <source>This file could not be opened</source>
        <translation>No se pudo abrir este archivo</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>Pathway progress</source>
        <translation>Progreso en el itinerario</translation>
    </message>
    <message>
        <source>As sent</source>
        <translation>Al enviarse</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>The learner&apos;s note</source>
        <translation>Nota del estudiante</translation>
    </message>
    <message>
        <source>Your &amp;note on this credential</source>
        <translation>Su &amp;nota sobre esta credencial</translation>
    </message>
    <message>
        <source>Only you see this; it is kept in your library.</source>
        <translation>Solo usted lo ve; se guarda en su biblioteca.</translation>
    </message>
    <message>
        <source>Your note on the &amp;selected requirement</source>
        <translation>Su nota sobre el requisito &amp;seleccionado</translation>
    </message>
    <message>
        <source>&amp;Overall notes and recommendations</source>
        <translation>Notas &amp;generales y recomendaciones</translation>
    </message>
    <message>
        <source>What should the learner do next?</source>
        <translation>¿Qué debería hacer el estudiante a continuación?</translation>
    </message>
    <message>
        <source>Credentials in the package</source>
        <translation>Credenciales del paquete</translation>
    </message>
    <message>
        <source>Verification as sent and today</source>
        <translation>Verificación al enviarse y hoy</translation>
    </message>
    <message>
        <source>Checks as of the day it was sent</source>
        <translation>Comprobaciones a fecha del día de envío</translation>
    </message>
    <message>
        <source>Checks today</source>
        <translation>Comprobaciones de hoy</translation>
    </message>
    <message>
        <source>Your note on this credential</source>
        <translation>Su nota sobre esta credencial</translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation>Itinerario</translation>
    </message>
    <message>
        <source>Pathway requirements</source>
        <translation>Requisitos del itinerario</translation>
    </message>
    <message>
        <source>Your note on the selected requirement</source>
        <translation>Su nota sobre el requisito seleccionado</translation>
    </message>
    <message>
        <source>Overall notes and recommendations</source>
        <translation>Notas generales y recomendaciones</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Package date</source>
        <translation>Fecha del paquete</translation>
    </message>
    <message>
        <source>Signature verdict</source>
        <translation>Veredicto de la firma</translation>
    </message>
    <message>
        <source>Signature details</source>
        <translation>Detalles de la firma</translation>
    </message>
    <message>
        <source>The learner&apos;s message</source>
        <translation>Mensaje del estudiante</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Verificando %1…</translation>
    </message>
</context>
<context>
    <name>Credfolio::Ui::SampleBanner</name>
    <message>
        <source>Sample portfolio — these credentials are examples, not yours.</source>
        <translation>Portafolio de ejemplo — estas credenciales son ejemplos, no las suyas.</translation>
    </message>
    <message>
        <source>Import &amp;Your Own…</source>
        <translation>Importar las &amp;suyas…</translation>
    </message>
    <message>
        <source>Import your own credentials</source>
        <translation>Importar sus propias credenciales</translation>
    </message>
    <message>
        <source>Close the samples and import your credentials into your own library</source>
        <translation>Cerrar los ejemplos e importar sus credenciales en su propia biblioteca</translation>
    </message>
    <message>
        <source>Close Samples</source>
        <translation>Cerrar ejemplos</translation>
    </message>
    <message>
        <source>Close the sample portfolio</source>
        <translation>Cerrar el portafolio de ejemplo</translation>
    </message>
    <message>
        <source>Sample portfolio notice</source>
        <translation>Aviso del portafolio de ejemplo</translation>
    </message>
</context>
<context>
    <name>Credfolio::Ui::SettingsDialog</name>
    <message>
        <source>Credfolio libraries (*.sqlite);;All files (*)</source>
        <translation>Bibliotecas de Credfolio (*.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Add Issuer Registry</source>
        <translation>Añadir registro de emisores</translation>
    </message>
    <message>
        <source>Issuer registries (*.json);;All files (*)</source>
        <translation>Registros de emisores (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Back Up Library</source>
        <translation>Hacer copia de seguridad de la biblioteca</translation>
    </message>
    <message>
        <source>Restore Library</source>
        <translation>Restaurar biblioteca</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Startup</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Páginas de configuración</translation>
    </message>
    <message>
        <source>&amp;Work offline</source>
        <translation>Trabajar &amp;sin conexión</translation>
    </message>
    <message>
        <source>Work offline</source>
        <translation>Trabajar sin conexión</translation>
    </message>
    <message>
        <source>&amp;Issuers you trust</source>
        <translation>&amp;Emisores de confianza</translation>
    </message>
    <message>
        <source>Issuers you trust</source>
        <translation>Emisores de confianza</translation>
    </message>
    <message>
        <source>You have not marked any issuer as trusted. Open a credential and choose “Trust this issuer” to add its issuer here.</source>
        <translation>No ha marcado ningún emisor como de confianza. Abra una credencial y elija «Confiar en este emisor» para añadir aquí su emisor.</translation>
    </message>
    <message>
        <source>Stop &amp;Trusting</source>
        <translation>&amp;Dejar de confiar</translation>
    </message>
    <message>
        <source>Stop trusting the selected issuer</source>
        <translation>Dejar de confiar en el emisor seleccionado</translation>
    </message>
    <message>
        <source>Issuer &amp;registries</source>
        <translation>&amp;Registros de emisores</translation>
    </message>
    <message>
        <source>A registry lists issuers that an organisation vouches for. A credential whose issuer is listed shows where it is listed.</source>
        <translation>Un registro enumera los emisores que una organización avala. Una credencial cuyo emisor figura en uno muestra dónde figura.</translation>
    </message>
    <message>
        <source>Issuer registries</source>
        <translation>Registros de emisores</translation>
    </message>
    <message>
        <source>&amp;Add Registry File…</source>
        <translation>&amp;Añadir archivo de registro…</translation>
    </message>
    <message>
        <source>Add registry file</source>
        <translation>Añadir archivo de registro</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the selected registry</source>
        <translation>Quitar el registro seleccionado</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>Sistema (%1)</translation>
    </message>
    <message>
        <source>The language of menus, messages and verification results. Credentials are shown in the language their issuer wrote them in.</source>
        <translation>El idioma de los menús, los mensajes y los resultados de verificación. Las credenciales se muestran en el idioma en que las escribió su emisor.</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>This is the sample portfolio: demonstration credentials, not real achievements.</source>
        <translation>Este es el portafolio de ejemplo: credenciales de demostración, no logros reales.</translation>
    </message>
    <message>
        <source>Show in &amp;File Manager</source>
        <translation>Mostrar en el &amp;gestor de archivos</translation>
    </message>
    <message>
        <source>Show library in file manager</source>
        <translation>Mostrar la biblioteca en el gestor de archivos</translation>
    </message>
    <message>
        <source>A backup is one file holding everything: credentials exactly as issued, their verification history, tags, collections, notes, pathways and these settings.</source>
        <translation>Una copia de seguridad es un único archivo que lo contiene todo: las credenciales exactamente como se emitieron, su historial de verificación, etiquetas, colecciones, notas, itinerarios y esta configuración.</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>&amp;Copia de seguridad…</translation>
    </message>
    <message>
        <source>Back up library</source>
        <translation>Hacer copia de seguridad de la biblioteca</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>Restore library from a backup</source>
        <translation>Restaurar la biblioteca desde una copia de seguridad</translation>
    </message>
    <message>
        <source>&amp;Verify all credentials again when Credfolio starts</source>
        <translation>&amp;Volver a verificar todas las credenciales al iniciar Credfolio</translation>
    </message>
    <message>
        <source>Verify all credentials again on start</source>
        <translation>Volver a verificar todas las credenciales al iniciar</translation>
    </message>
    <message>
        <source>Finds credentials that were revoked or expired since you last looked. Runs in the background; you can keep working.</source>
        <translation>Encuentra las credenciales que se revocaron o caducaron desde la última vez que las miró. Se ejecuta en segundo plano; puede seguir trabajando.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>1 issuer</source>
        <translation>1 emisor</translation>
    </message>
    <message>
        <source>%1 issuers</source>
        <translation>%1 emisores</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Added “%1” (1 issuer).</source>
        <translation>Se añadió «%1» (1 emisor).</translation>
    </message>
    <message>
        <source>Added “%1” (%2 issuers).</source>
        <translation>Se añadió «%1» (%2 emisores).</translation>
    </message>
    <message>
        <source>Registry removed.</source>
        <translation>Registro quitado.</translation>
    </message>
    <message>
        <source>You no longer trust %1.</source>
        <translation>Ya no confía en %1.</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Copia de seguridad guardada en %1.</translation>
    </message>
    <message>
        <source>Restore Library?</source>
        <translation>¿Restaurar la biblioteca?</translation>
    </message>
    <message>
        <source>Your library will be replaced by the backup “%1”. Everything added or changed since that backup was made will be lost.</source>
        <translation>Su biblioteca se sustituirá por la copia de seguridad «%1». Se perderá todo lo que se haya añadido o cambiado desde que se hizo esa copia.</translation>
    </message>
    <message>
        <source>Credentials name documents on the web: issuer keys, DID documents, status lists that say whether a credential was revoked, and hosted badges. Online, Credfolio fetches them when it verifies and keeps a copy. Offline, it uses only the copies it already has and never connects; a check that needs a document it does not have is reported as not checked. Importing from a web address needs the network too.</source>
        <translation>Las credenciales remiten a documentos en la web: claves de los emisores, documentos DID, listas de estado que indican si una credencial fue revocada e insignias alojadas. Con conexión, Credfolio los obtiene al verificar y guarda una copia. Sin conexión, usa solo las copias que ya tiene y nunca se conecta; una comprobación que necesita un documento que no tiene se indica como no verificada. Importar desde una dirección web también necesita la red.</translation>
    </message>
    <message>
        <source>&amp;Fetch documents from the internet while verifying</source>
        <translation>&amp;Obtener documentos de internet al verificar</translation>
    </message>
    <message>
        <source>Fetch documents from the internet while verifying</source>
        <translation>Obtener documentos de internet al verificar</translation>
    </message>
    <message>
        <source>Turn this off to verify with the documents Credfolio already has (bundled or kept from earlier), without telling issuers&apos; web sites which credentials you check. You can still import from a web address. Has no effect while you work offline.</source>
        <translation>Desactívelo para verificar con los documentos que Credfolio ya tiene (incluidos o guardados antes), sin decir a los sitios web de los emisores qué credenciales comprueba. Podrá seguir importando desde una dirección web. No tiene efecto mientras trabaja sin conexión.</translation>
    </message>
    <message>
        <source>Move Library</source>
        <translation>Mover la biblioteca</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Mover…</translation>
    </message>
    <message>
        <source>Move the library to another folder</source>
        <translation>Mover la biblioteca a otra carpeta</translation>
    </message>
    <message>
        <source>Copies the library to the place you choose and uses it from there, for example a folder you back up or synchronise. The old file stays where it was.</source>
        <translation>Copia la biblioteca al lugar que elija y la usa desde allí, por ejemplo una carpeta de la que hace copias de seguridad o que sincroniza. El archivo anterior se queda donde estaba.</translation>
    </message>
</context>
<context>
    <name>Credfolio::Ui::Sidebar</name>
    <message>
        <source>Areas</source>
        <translation>Áreas</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Pathways</source>
        <translation>Itinerarios</translation>
    </message>
    <message>
        <source>Advisor review</source>
        <translation>Revisión del asesor</translation>
    </message>
    <message>
        <source>Your credentials</source>
        <translation>Sus credenciales</translation>
    </message>
    <message>
        <source>Progress toward certificates and degrees</source>
        <translation>Progreso hacia certificados y títulos</translation>
    </message>
    <message>
        <source>Review a portfolio package a learner sent you</source>
        <translation>Revisar un paquete de portafolio que le ha enviado un estudiante</translation>
    </message>
</context>
<context>
    <name>Credfolio::Ui::TagEditor</name>
    <message>
        <source>%1  ✕</source>
        <comment>tag chip with its remove mark</comment>
        <translation>%1  ✕</translation>
    </message>
    <message>
        <source>Remove the tag “%1”</source>
        <translation>Quitar la etiqueta «%1»</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>Quitar la etiqueta %1</translation>
    </message>
    <message>
        <source>Add a tag…</source>
        <translation>Añadir una etiqueta…</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>Añadir una etiqueta</translation>
    </message>
    <message>
        <source>Type a tag and press Enter. Backspace in the empty field removes the last tag.</source>
        <translation>Escriba una etiqueta y pulse Intro. Retroceso en el campo vacío quita la última etiqueta.</translation>
    </message>
</context>
<context>
    <name>Credfolio::Verify</name>
    <message>
        <source>Not checked, because the signature could not be verified.</source>
        <translation>No comprobado, porque no se pudo verificar la firma.</translation>
    </message>
    <message>
        <source>The credential uses a vocabulary (JSON-LD context) that Credfolio does not know, so its signature cannot be checked.</source>
        <translation>La credencial usa un vocabulario (contexto JSON-LD) que Credfolio no conoce, por lo que no se puede comprobar su firma.</translation>
    </message>
    <message>
        <source>The credential&apos;s data could not be put into the form its signature covers.</source>
        <translation>No se pudieron poner los datos de la credencial en la forma que cubre su firma.</translation>
    </message>
    <message>
        <source>The credential is signed in a way Credfolio does not support yet.</source>
        <translation>La credencial está firmada de una forma que Credfolio aún no admite.</translation>
    </message>
    <message>
        <source>The credential&apos;s signature is incomplete.</source>
        <translation>La firma de la credencial está incompleta.</translation>
    </message>
    <message>
        <source>The signature was made for another purpose, not for issuing credentials.</source>
        <translation>La firma se hizo con otro fin, no para emitir credenciales.</translation>
    </message>
    <message>
        <source>The credential&apos;s signature is damaged.</source>
        <translation>La firma de la credencial está dañada.</translation>
    </message>
    <message>
        <source>The signature could not be checked without the issuer&apos;s key.</source>
        <translation>No se pudo comprobar la firma sin la clave del emisor.</translation>
    </message>
    <message>
        <source>The signature names a key of the wrong type for its algorithm.</source>
        <translation>La firma indica una clave de un tipo incorrecto para su algoritmo.</translation>
    </message>
    <message>
        <source>The signature builds on another signature that is missing.</source>
        <translation>La firma se basa en otra firma que falta.</translation>
    </message>
    <message>
        <source>The signature does not match the credential&apos;s vocabulary.</source>
        <translation>La firma no corresponde al vocabulario de la credencial.</translation>
    </message>
    <message>
        <source>The signature does not match: the credential was changed after it was signed, or it was signed with a different key.</source>
        <translation>La firma no coincide: la credencial se modificó después de firmarse o se firmó con otra clave.</translation>
    </message>
    <message>
        <source>The signature is valid, but some fields of the credential are not covered by it: %1.</source>
        <translation>La firma es válida, pero no cubre algunos campos de la credencial: %1.</translation>
    </message>
    <message>
        <source>The signature is valid; it uses the pre-standard name of its algorithm.</source>
        <translation>La firma es válida; usa el nombre de su algoritmo anterior al estándar.</translation>
    </message>
    <message>
        <source>The signature is valid: nothing changed since the issuer signed it.</source>
        <translation>La firma es válida: no ha cambiado nada desde que la firmó el emisor.</translation>
    </message>
    <message>
        <source>The credential carries more signatures than Credfolio checks.</source>
        <translation>La credencial lleva más firmas de las que Credfolio comprueba.</translation>
    </message>
    <message>
        <source>The credential carries no signature, so nothing proves who issued it.</source>
        <translation>La credencial no lleva firma, así que nada demuestra quién la emitió.</translation>
    </message>
    <message>
        <source>The issuer registry %1 is not in a format Credfolio reads.</source>
        <translation>El registro de emisores %1 no está en un formato que Credfolio pueda leer.</translation>
    </message>
    <message>
        <source>The issuer registry %1 could not be opened.</source>
        <translation>No se pudo abrir el registro de emisores %1.</translation>
    </message>
    <message>
        <source>Trusted by you</source>
        <translation>De su confianza</translation>
    </message>
    <message>
        <source>The issuer is not in a registry you use.</source>
        <translation>El emisor no figura en ningún registro que usted use.</translation>
    </message>
    <message>
        <source>Issued by %1, listed in %2.</source>
        <translation>Emitida por %1, que figura en %2.</translation>
    </message>
    <message>
        <source>The credential is not signed (its token says &quot;none&quot;).</source>
        <translation>La credencial no está firmada (su token indica &quot;none&quot;).</translation>
    </message>
    <message>
        <source>The credential&apos;s token uses a shared-secret algorithm that cannot prove who issued it.</source>
        <translation>El token de la credencial usa un algoritmo de secreto compartido que no puede demostrar quién la emitió.</translation>
    </message>
    <message>
        <source>The credential&apos;s signed token is damaged.</source>
        <translation>El token firmado de la credencial está dañado.</translation>
    </message>
    <message>
        <source>The signing key belongs to the issuer.</source>
        <translation>La clave de firma pertenece al emisor.</translation>
    </message>
    <message>
        <source>The token carries its own key, and nothing confirms that the issuer owns it.</source>
        <translation>El token lleva su propia clave y nada confirma que pertenezca al emisor.</translation>
    </message>
    <message>
        <source>The signed token contradicts the credential it carries.</source>
        <translation>El token firmado contradice la credencial que contiene.</translation>
    </message>
    <message>
        <source>The issuer does not list the key that signed this credential.</source>
        <translation>El emisor no incluye en su lista la clave que firmó esta credencial.</translation>
    </message>
    <message>
        <source>The issuer&apos;s key list was sent from another web site than the issuer&apos;s, so it cannot be trusted.</source>
        <translation>La lista de claves del emisor se envió desde un sitio web distinto del suyo, por lo que no se puede confiar en ella.</translation>
    </message>
    <message>
        <source>The issuer&apos;s key could not be obtained, so the signature cannot be checked.</source>
        <translation>No se pudo obtener la clave del emisor, por lo que no se puede comprobar la firma.</translation>
    </message>
    <message>
        <source>The key that signed this credential could not be read.</source>
        <translation>No se pudo leer la clave que firmó esta credencial.</translation>
    </message>
    <message>
        <source>The key is named by the issuer&apos;s address, but the issuer&apos;s own key list could not be checked, so it is unconfirmed.</source>
        <translation>La clave se identifica por la dirección del emisor, pero no se pudo comprobar la propia lista de claves del emisor, así que no está confirmada.</translation>
    </message>
    <message>
        <source>The credential was signed with a key that does not belong to its issuer.</source>
        <translation>La credencial se firmó con una clave que no pertenece a su emisor.</translation>
    </message>
    <message>
        <source>Nothing can be fetched here.</source>
        <translation>Aquí no se puede descargar nada.</translation>
    </message>
    <message>
        <source>The issuer&apos;s profile could not be obtained, so its keys are unknown.</source>
        <translation>No se pudo obtener el perfil del emisor, por lo que sus claves son desconocidas.</translation>
    </message>
    <message>
        <source>The issuer has revoked this badge.</source>
        <translation>El emisor ha revocado esta insignia.</translation>
    </message>
    <message>
        <source>The issuer has revoked this badge: %1</source>
        <translation>El emisor ha revocado esta insignia: %1</translation>
    </message>
    <message>
        <source>The badge is not signed (its token says &quot;none&quot;).</source>
        <translation>La insignia no está firmada (su token indica &quot;none&quot;).</translation>
    </message>
    <message>
        <source>The badge&apos;s signed token is damaged.</source>
        <translation>El token firmado de la insignia está dañado.</translation>
    </message>
    <message>
        <source>The issuer publishes no signing key.</source>
        <translation>El emisor no publica ninguna clave de firma.</translation>
    </message>
    <message>
        <source>The issuer&apos;s signing key could not be obtained.</source>
        <translation>No se pudo obtener la clave de firma del emisor.</translation>
    </message>
    <message>
        <source>The signature does not match: the badge was changed after it was signed, or it was signed with a different key.</source>
        <translation>La firma no coincide: la insignia se modificó después de firmarse o se firmó con otra clave.</translation>
    </message>
    <message>
        <source>The badge was signed with a key that does not belong to its issuer.</source>
        <translation>La insignia se firmó con una clave que no pertenece a su emisor.</translation>
    </message>
    <message>
        <source>The badge does not say where its issuer keeps the original.</source>
        <translation>La insignia no indica dónde guarda su emisor el original.</translation>
    </message>
    <message>
        <source>The issuer&apos;s copy of the badge could not be fetched, so it cannot be confirmed.</source>
        <translation>No se pudo descargar la copia de la insignia que tiene el emisor, por lo que no se puede confirmar.</translation>
    </message>
    <message>
        <source>The issuer has withdrawn its copy of the badge.</source>
        <translation>El emisor ha retirado su copia de la insignia.</translation>
    </message>
    <message>
        <source>The issuer does not have this badge: its address leads nowhere.</source>
        <translation>El emisor no tiene esta insignia: su dirección no lleva a ninguna parte.</translation>
    </message>
    <message>
        <source>The issuer&apos;s copy of the badge is damaged.</source>
        <translation>La copia de la insignia que tiene el emisor está dañada.</translation>
    </message>
    <message>
        <source>This badge differs from the issuer&apos;s copy of it.</source>
        <translation>Esta insignia difiere de la copia del emisor.</translation>
    </message>
    <message>
        <source>The issuer&apos;s copy of the badge matches this one.</source>
        <translation>La copia del emisor coincide con esta insignia.</translation>
    </message>
    <message>
        <source>The issuer&apos;s profile could not be obtained, so the badge&apos;s address cannot be confirmed as the issuer&apos;s.</source>
        <translation>No se pudo obtener el perfil del emisor, por lo que no se puede confirmar que la dirección de la insignia sea del emisor.</translation>
    </message>
    <message>
        <source>The badge is hosted on a site that does not belong to its issuer.</source>
        <translation>La insignia está alojada en un sitio que no pertenece a su emisor.</translation>
    </message>
    <message>
        <source>The badge is hosted by its issuer.</source>
        <translation>La insignia está alojada por su emisor.</translation>
    </message>
    <message>
        <source>Revocation status could not be checked.</source>
        <translation>No se pudo comprobar el estado de revocación.</translation>
    </message>
    <message>
        <source>Has been revoked by its issuer.</source>
        <translation>Su emisor la ha revocado.</translation>
    </message>
    <message>
        <source>Has been revoked by its issuer: %1</source>
        <translation>Su emisor la ha revocado: %1</translation>
    </message>
    <message>
        <source>Has been suspended by its issuer.</source>
        <translation>Su emisor la ha suspendido.</translation>
    </message>
    <message>
        <source>Has not been revoked or suspended.</source>
        <translation>No se ha revocado ni suspendido.</translation>
    </message>
    <message>
        <source>Has not been suspended.</source>
        <translation>No se ha suspendido.</translation>
    </message>
    <message>
        <source>Has not been revoked.</source>
        <translation>No se ha revocado.</translation>
    </message>
    <message>
        <source>This credential has no revocation list to check.</source>
        <translation>Esta credencial no tiene ninguna lista de revocación que comprobar.</translation>
    </message>
    <message>
        <source>The credential&apos;s status entry is malformed.</source>
        <translation>La entrada de estado de la credencial tiene un formato incorrecto.</translation>
    </message>
    <message>
        <source>The issuer&apos;s status list could not be read.</source>
        <translation>No se pudo leer la lista de estado del emisor.</translation>
    </message>
    <message>
        <source>The credential&apos;s entry is not in the issuer&apos;s status list.</source>
        <translation>La entrada de la credencial no está en la lista de estado del emisor.</translation>
    </message>
    <message>
        <source>This credential is not valid yet: it becomes valid on %1.</source>
        <translation>Esta credencial aún no es válida: será válida a partir del %1.</translation>
    </message>
    <message>
        <source>This credential expired on %1.</source>
        <translation>Esta credencial caducó el %1.</translation>
    </message>
    <message>
        <source>Has not expired; valid until %1.</source>
        <translation>No ha caducado; válida hasta el %1.</translation>
    </message>
    <message>
        <source>Has no expiration date.</source>
        <translation>No tiene fecha de caducidad.</translation>
    </message>
    <message>
        <source>The stored verification report is damaged.</source>
        <translation>El informe de verificación guardado está dañado.</translation>
    </message>
    <message>
        <source>Not checked, because an earlier check failed.</source>
        <translation>No comprobado, porque falló una comprobación anterior.</translation>
    </message>
    <message>
        <source>Recognised as %1.</source>
        <translation>Reconocida como %1.</translation>
    </message>
    <message numerus="yes">
        <source>All %n credential(s) inside it verify.</source>
        <translation>
            <numerusform>La credencial que contiene (%n) se verifica.</numerusform>
            <numerusform>Las %n credenciales que contiene se verifican.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) inside it do not verify: %1</source>
        <translation>
            <numerusform>%n credencial que contiene no se verifica: %1</numerusform>
            <numerusform>%n credenciales que contiene no se verifican: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked: this is a status list, and the status of a status list itself is not looked up.</source>
        <translation>No verificado: es una lista de estado, y el estado de la propia lista no se consulta.</translation>
    </message>
</context>
</TS>
