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
