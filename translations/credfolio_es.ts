<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Credfolio::Cli</name>
    <message>
        <source>Usage: credfolio-cli [--help] [--version] COMMAND [ARGUMENTS...]</source>
        <translation>Uso: credfolio-cli [--help] [--version] ORDEN [ARGUMENTOS...]</translation>
    </message>
    <message>
        <source>Credfolio keeps a learner's badges and certificates on their own computer, verifies them independently and exports a portfolio. This is its command line.</source>
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
        <source>Run 'credfolio-cli COMMAND --help' for the options of a command.</source>
        <translation>Ejecute «credfolio-cli ORDEN --help» para ver las opciones de una orden.</translation>
    </message>
    <message>
        <source>Unknown command '%1'. Run 'credfolio-cli --help' for the list of commands.</source>
        <translation>Orden desconocida «%1». Ejecute «credfolio-cli --help» para ver la lista de órdenes.</translation>
    </message>
    <message>
        <source>warning: "%1" is not defined by any context; it is not part of the canonical form</source>
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
        <source>FILE may be '-' for standard input.</source>
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
        <source>Unsupported multibase prefix %1 (expected 'z' or 'u')</source>
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
        <source>The SVG image refers to the entity "%1", which is not accepted</source>
        <translation>La imagen SVG hace referencia a la entidad "%1", que no se acepta</translation>
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
        <source>The document is not an SVG image (its root element is "%1")</source>
        <translation>El documento no es una imagen SVG (su elemento raíz es "%1")</translation>
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
        <source>This JSON is an issuer's profile, not an awarded badge</source>
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
        <source>The date "%1" cannot be read; it is ignored</source>
        <translation>No se puede leer la fecha "%1"; se ignora</translation>
    </message>
    <message>
        <source>The date "%1" has no time zone; it was read as UTC</source>
        <translation>La fecha "%1" no tiene zona horaria; se interpretó como UTC</translation>
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
        <source>Only the first %1 entries of "%2" were read</source>
        <translation>Solo se leyeron las primeras %1 entradas de "%2"</translation>
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
        <source>Unencoded JWS payloads ("b64": false) are not supported.</source>
        <translation>No se admiten cargas útiles de JWS sin codificar ("b64": false).</translation>
    </message>
    <message>
        <source>The JWS requires extensions ("crit") that are not supported.</source>
        <translation>El JWS requiere extensiones ("crit") que no se admiten.</translation>
    </message>
    <message>
        <source>Compressed JWS payloads ("zip") are refused.</source>
        <translation>Se rechazan las cargas útiles de JWS comprimidas ("zip").</translation>
    </message>
    <message>
        <source>The JWS header has no algorithm ("alg").</source>
        <translation>El encabezado del JWS no tiene algoritmo ("alg").</translation>
    </message>
    <message>
        <source>Unsigned JWS ("alg": "none") are refused.</source>
        <translation>Se rechazan los JWS sin firmar ("alg": "none").</translation>
    </message>
    <message>
        <source>Shared-secret JWS algorithms (%1) are refused: they cannot prove who issued a credential.</source>
        <translation>Se rechazan los algoritmos de JWS de secreto compartido (%1): no pueden demostrar quién emitió una credencial.</translation>
    </message>
    <message>
        <source>The JWS algorithm "%1" is not supported.</source>
        <translation>No se admite el algoritmo de JWS "%1".</translation>
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
        <source>The JWK member "%1" is missing or not a string.</source>
        <translation>El miembro de JWK "%1" falta o no es una cadena.</translation>
    </message>
    <message>
        <source>The JWK member "%1" is not valid base64url.</source>
        <translation>El miembro de JWK "%1" no es base64url válido.</translation>
    </message>
    <message>
        <source>The RSA key has an unusable modulus or exponent.</source>
        <translation>La clave RSA tiene un módulo o un exponente inutilizable.</translation>
    </message>
    <message>
        <source>The curve "%1" is not supported.</source>
        <translation>No se admite la curva "%1".</translation>
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
        <source>The key contains private key material ("%1"); only public keys are accepted.</source>
        <translation>La clave contiene material de clave privada ("%1"); solo se aceptan claves públicas.</translation>
    </message>
    <message>
        <source>The key is not meant for signatures ("use": %1).</source>
        <translation>La clave no está destinada a firmas ("use": %1).</translation>
    </message>
    <message>
        <source>The JWK has no key type ("kty").</source>
        <translation>El JWK no tiene tipo de clave ("kty").</translation>
    </message>
    <message>
        <source>The key type "%1" is not supported.</source>
        <translation>No se admite el tipo de clave "%1".</translation>
    </message>
    <message>
        <source>A Multikey must be base58btc (start with "z").</source>
        <translation>Una Multikey debe estar en base58btc (empezar por "z").</translation>
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
        <source>Expected ':' after a member name, found %1</source>
        <translation>Se esperaba ':' después de un nombre de miembro, se encontró %1</translation>
    </message>
    <message>
        <source>Duplicate member name "%1"</source>
        <translation>Nombre de miembro duplicado "%1"</translation>
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
        <source>The associations make "%1" part of itself; the loop was cut</source>
        <translation>Las asociaciones hacen que "%1" forme parte de sí mismo; se cortó el bucle</translation>
    </message>
    <message>
        <source>The CLR does not describe achievement "%1"; it is matched by id only</source>
        <translation>El CLR no describe el logro "%1"; solo se empareja por su id</translation>
    </message>
    <message>
        <source>The parts of "%1" carry %2 credits, fewer than its %3</source>
        <translation>Las partes de "%1" suman %2 créditos, menos que sus %3</translation>
    </message>
    <message>
        <source>Association "%1" from %2 to %3 has no counterpart in a pathway and was not imported</source>
        <translation>La asociación "%1" de %2 a %3 no tiene equivalente en un itinerario y no se importó</translation>
    </message>
    <message>
        <source>%1 names "%2", which is not in the document; it was left out</source>
        <translation>%1 menciona "%2", que no está en el documento; se omitió</translation>
    </message>
    <message>
        <source>%1 is not represented in a Credfolio pathway (in %2)</source>
        <translation>%1 no tiene representación en un itinerario de Credfolio (en %2)</translation>
    </message>
    <message>
        <source>A constraint (%1 %2) other than "credit value at least N" was not imported</source>
        <translation>No se importó una restricción (%1 %2) distinta de "valor en créditos de al menos N"</translation>
    </message>
    <message>
        <source>Condition "%1" has no target; it was left out</source>
        <translation>La condición "%1" no tiene destino; se omitió</translation>
    </message>
    <message>
        <source>Condition "%1" requires %2 of only %3 targets; all are required</source>
        <translation>La condición "%1" requiere %2 de solo %3 destinos; se requieren todos</translation>
    </message>
    <message>
        <source>"%1" lists children without a condition; all of them are required</source>
        <translation>"%1" enumera elementos hijos sin condición; se requieren todos</translation>
    </message>
    <message>
        <source>Component "%1" contains itself; the loop was cut</source>
        <translation>El componente "%1" se contiene a sí mismo; se cortó el bucle</translation>
    </message>
    <message>
        <source>Component "%1" has neither proxyFor nor codedNotation; only a credential with its id matches</source>
        <translation>El componente "%1" no tiene ni proxyFor ni codedNotation; solo coincide una credencial con su id</translation>
    </message>
    <message>
        <source>Pathway "%1" has %2 destinations; only the first was imported</source>
        <translation>El itinerario "%1" tiene %2 destinos; solo se importó el primero</translation>
    </message>
    <message>
        <source>Pathway "%1" states no requirement that could be imported</source>
        <translation>El itinerario "%1" no indica ningún requisito que se pueda importar</translation>
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
        <source>%1: refers to pathway "%2", which is not loaded</source>
        <translation>%1: hace referencia al itinerario "%2", que no está cargado</translation>
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
        <source>Pathway "%1" refers to "%2", which is not loaded</source>
        <translation>El itinerario "%1" hace referencia a "%2", que no está cargado</translation>
    </message>
    <message>
        <source>A pathway with id "%1" is already loaded</source>
        <translation>Ya hay un itinerario cargado con el id "%1"</translation>
    </message>
    <message>
        <source>No pathway with id "%1" is loaded</source>
        <translation>No hay ningún itinerario cargado con el id "%1"</translation>
    </message>
    <message>
        <source>Unknown member "%1" ignored</source>
        <translation>Se ignoró el miembro desconocido "%1"</translation>
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
        <source>must be "countOnce" or "shared"</source>
        <translation>debe ser "countOnce" o "shared"</translation>
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
        <source>must be "value" or "achievedLevel"</source>
        <translation>debe ser "value" o "achievedLevel"</translation>
    </message>
    <message>
        <source>must be a number, or a value listed in "scale"</source>
        <translation>debe ser un número o un valor incluido en "scale"</translation>
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
        <source>a pathway node needs exactly one of "ref" and "pathway"</source>
        <translation>un nodo pathway necesita exactamente uno de "ref" y "pathway"</translation>
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
        <source>"%1" is already used by another node</source>
        <translation>"%1" ya lo usa otro nodo</translation>
    </message>
    <message>
        <source>"%1" is not a supported format (expected "%2")</source>
        <translation>"%1" no es un formato admitido (se esperaba "%2")</translation>
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
        <source>expected a blank node "_:label"</source>
        <translation>se esperaba un nodo en blanco "_:label"</translation>
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
        <source>expected "." at the end of the statement</source>
        <translation>se esperaba "." al final de la sentencia</translation>
    </message>
    <message>
        <source>unexpected text after the statement</source>
        <translation>texto inesperado después de la sentencia</translation>
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
    <name>Credfolio::Ui::LibraryPage</name>
    <message>
        <source>No credentials yet</source>
        <translation>Aún no hay credenciales</translation>
    </message>
    <message>
        <source>Credfolio keeps your badges and certificates on this computer and checks each one independently. Import Open Badges, Verifiable Credentials and learner records from files, folders, images or links.</source>
        <translation>Credfolio guarda sus insignias y certificados en este ordenador y verifica cada uno de forma independiente. Importe Open Badges, credenciales verificables y expedientes académicos desde archivos, carpetas, imágenes o enlaces.</translation>
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
</TS>
