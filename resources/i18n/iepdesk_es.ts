<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>No se agregó</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>No se inició</translation>
    </message>
    <message>
        <source>A draft with a copy of every provision. Set its dates, then edit what changed.</source>
        <translation>Un borrador con una copia de cada disposición. Ponga sus fechas y luego edite lo que cambió.</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Se conservó</translation>
    </message>
    <message>
        <source>Delete this IEP version</source>
        <translation>Eliminar esta versión del IEP</translation>
    </message>
    <message numerus="yes">
        <source>Delete this version and the %n provisions typed into it? Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>¿Eliminar esta versión y %n disposición escrita en ella? Ctrl+Z la recupera.</numerusform>
            <numerusform>¿Eliminar esta versión y las %n disposiciones escritas en ella? Ctrl+Z las recupera.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>No se eliminó</translation>
    </message>
    <message>
        <source>Adding files to the case…</source>
        <extracomment>Files up to this size get their text pulled during the import; larger ones afterwards. Added without their text yet (large files): indexed in the background next. Close the connection this worker thread opened (each thread has its own).</extracomment>
        <translation>Agregando archivos al caso…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Adding files</source>
        <translation>Agregando archivos</translation>
    </message>
    <message>
        <source>Progress of adding files</source>
        <translation>Progreso al agregar archivos</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About IEPDesk</source>
        <translation>Acerca de IEPDesk</translation>
    </message>
    <message>
        <source>IEPDesk {version}</source>
        <translation>IEPDesk {version}</translation>
    </message>
    <message>
        <source>A private, offline record of your child&apos;s IEP. Your case never leaves this computer unless you export it. IEPDesk is free software ({licence}).</source>
        <translation>Un registro privado y sin conexión del IEP de su hijo. Su caso nunca sale de esta computadora, a menos que usted lo exporte. IEPDesk es software libre ({licence}).</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Hecho con:</translation>
    </message>
    <message>
        <source>Libraries IEPDesk ships, with their licences</source>
        <translation>Bibliotecas que incluye IEPDesk, con sus licencias</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Case not found</source>
        <extracomment>The window&apos;s one background helper and file chooser, handed to every page. Ends the event loop (tests replace it).</extracomment>
        <translation>No se encontró el caso</translation>
    </message>
    <message>
        <source>{name} is not there any more. It may have been moved, renamed or deleted.</source>
        <translation>{name} ya no está allí. Puede que se haya movido, cambiado de nombre o eliminado.</translation>
    </message>
    <message>
        <source>Opening the case…</source>
        <translation>Abriendo el caso…</translation>
    </message>
    <message>
        <source>The case was not opened</source>
        <translation>No se abrió el caso</translation>
    </message>
    <message>
        <source>The key remembered on this computer no longer worked. Enter your passphrase.</source>
        <translation>La clave guardada en esta computadora ya no funcionó. Escriba su frase de contraseña.</translation>
    </message>
    <message>
        <source>The case could not be shown</source>
        <translation>No se pudo mostrar el caso</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Espere, por favor</translation>
    </message>
    <message>
        <source>IEPDesk is still working on the case. It can close when that is finished.</source>
        <translation>IEPDesk todavía está trabajando en el caso. Podrá cerrarse cuando termine.</translation>
    </message>
</context>
<context>
    <name>AskPassphraseDialog</name>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Frase de contraseña de la copia de seguridad</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
</context>
<context>
    <name>Binder</name>
    <message>
        <source>Team contacts</source>
        <translation>Contactos del equipo</translation>
    </message>
    <message>
        <source>The IEP in effect</source>
        <translation>El IEP vigente</translation>
    </message>
    <message>
        <source>Services: minutes required and delivered</source>
        <translation>Servicios: minutos requeridos y dados</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Comunicaciones</translation>
    </message>
    <message>
        <source>Progress reports</source>
        <translation>Informes de progreso</translation>
    </message>
    <message>
        <source>Parent concerns</source>
        <translation>Preocupaciones del padre o madre</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
</context>
<context>
    <name>BinderView</name>
    <message>
        <source>Period from</source>
        <translation>Periodo desde</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Periodo hasta</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Documents to add at the back</source>
        <translation>Documentos para agregar al final</translation>
    </message>
    <message>
        <source>No documents in the case yet.</source>
        <translation>Todavía no hay documentos en el caso.</translation>
    </message>
    <message>
        <source>What goes in</source>
        <translation>Qué incluye</translation>
    </message>
    <message>
        <source>Pe&amp;riod:</source>
        <translation>Pe&amp;riodo:</translation>
    </message>
    <message>
        <source>Sections:</source>
        <translation>Secciones:</translation>
    </message>
    <message>
        <source>D&amp;ocuments:</source>
        <translation>D&amp;ocumentos:</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Fecha de la reunión</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Preparada por</translation>
    </message>
    <message>
        <source>Letter (US)</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>Language of the binder</source>
        <translation>Idioma de la carpeta</translation>
    </message>
    <message>
        <source>The language the binder&apos;s headings, tables and dates are written in.</source>
        <translation>El idioma en que se escriben los títulos, las tablas y las fechas de la carpeta.</translation>
    </message>
    <message>
        <source>&amp;Double-sided printing</source>
        <translation>Impresión a &amp;doble cara</translation>
    </message>
    <message>
        <source>Each section starts on a right-hand page.</source>
        <translation>Cada sección empieza en una página derecha.</translation>
    </message>
    <message>
        <source>Cover and printing</source>
        <translation>Portada e impresión</translation>
    </message>
    <message>
        <source>&amp;Meeting date:</source>
        <translation>Fecha de la reu&amp;nión:</translation>
    </message>
    <message>
        <source>Prepared b&amp;y:</source>
        <translation>Preparada p&amp;or:</translation>
    </message>
    <message>
        <source>Pap&amp;er:</source>
        <translation>Pap&amp;el:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Idio&amp;ma:</translation>
    </message>
    <message>
        <source>Double-sided: each section starts on a right-hand page. Letters you export use the same paper size.</source>
        <translation>A doble cara: cada sección empieza en una página derecha. Las cartas que exporte usan el mismo tamaño de papel.</translation>
    </message>
    <message>
        <source>Your concerns, for the binder</source>
        <translation>Sus preocupaciones, para la carpeta</translation>
    </message>
    <message>
        <source>Start from my &amp;concerns letter</source>
        <translation>Partir de mi carta de &amp;preocupaciones</translation>
    </message>
    <message>
        <source>Copy the text of your concerns letter here</source>
        <translation>Copiar aquí el texto de su carta de preocupaciones</translation>
    </message>
    <message>
        <source>Your concerns</source>
        <translation>Sus preocupaciones</translation>
    </message>
    <message>
        <source>In your own words: what is not happening, and what you would like the team to do.</source>
        <translation>Con sus propias palabras: qué no se está haciendo y qué le gustaría que hiciera el equipo.</translation>
    </message>
    <message>
        <source>B&amp;uild the binder</source>
        <translation>&amp;Crear la carpeta</translation>
    </message>
    <message>
        <source>Build the meeting binder as a PDF</source>
        <translation>Crear la carpeta para la reunión en PDF</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>Save the binder as a PDF file</source>
        <translation>Guardar la carpeta como archivo PDF</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print the binder</source>
        <translation>Imprimir la carpeta</translation>
    </message>
    <message>
        <source>Binder status</source>
        <translation>Estado de la carpeta</translation>
    </message>
    <message>
        <source>The saved or printed binder is not encrypted: keep it somewhere private.</source>
        <translation>La carpeta guardada o impresa no está cifrada: guárdela en un lugar privado.</translation>
    </message>
    <message>
        <source>A printed record for the IEP meeting that the team can read in a few minutes. IEPDesk remembers your choices for this case.</source>
        <translation>Un registro impreso para la reunión del IEP que el equipo puede leer en pocos minutos. IEPDesk recuerda sus opciones para este caso.</translation>
    </message>
    <message>
        <source>Not built</source>
        <translation>No se creó</translation>
    </message>
    <message>
        <source>Nothing to build</source>
        <translation>Nada que crear</translation>
    </message>
    <message>
        <source>Tick at least one section.</source>
        <translation>Marque al menos una sección.</translation>
    </message>
    <message>
        <source>Building the binder…</source>
        <translation>Creando la carpeta…</translation>
    </message>
    <message>
        <source>Gathering the case…</source>
        <translation>Reuniendo el caso…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Building the binder</source>
        <translation>Creando la carpeta</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Componiendo las páginas…</translation>
    </message>
    <message>
        <source>Adding the documents…</source>
        <translation>Agregando los documentos…</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>Terminando…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>The binder is ready: {pages} pages.</source>
        <translation>La carpeta está lista: {pages} páginas.</translation>
    </message>
    <message>
        <source>Not added (could not be read): {names}.</source>
        <translation>No se agregaron (no se pudieron leer): {names}.</translation>
    </message>
    <message>
        <source>Cancelled. No binder was made and nothing was saved.</source>
        <translation>Cancelado. No se creó ninguna carpeta y no se guardó nada.</translation>
    </message>
    <message>
        <source>The binder was not made.</source>
        <translation>No se creó la carpeta.</translation>
    </message>
    <message>
        <source>The binder was not made</source>
        <translation>No se creó la carpeta</translation>
    </message>
    <message>
        <source>IEP meeting binder {day}.pdf</source>
        <translation>Carpeta para la reunión del IEP {day}.pdf</translation>
    </message>
    <message>
        <source>The binder was not saved</source>
        <translation>No se guardó la carpeta</translation>
    </message>
    <message>
        <source>Saved as {path}.</source>
        <translation>Guardada como {path}.</translation>
    </message>
    <message>
        <source>Meeting binder</source>
        <translation>Carpeta para la reunión</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>No se imprimió</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>From a provider&apos;s log</source>
        <translation>Del registro de un proveedor</translation>
    </message>
    <message>
        <source>Service the log is for</source>
        <translation>Servicio al que corresponde el registro</translation>
    </message>
    <message>
        <source>Year of dates written without one</source>
        <translation>Año de las fechas escritas sin año</translation>
    </message>
    <message>
        <source>The provider&apos;s log, one session a line</source>
        <translation>El registro del proveedor, una sesión por línea</translation>
    </message>
    <message>
        <source>One session a line, for example:
3/3 seen 30
Mar 5 absent
2026-03-10 shortened 20 min
3/11 therapist out
2025-09-02,30,delivered
09/02/2025 - Delivered - 30 minutes</source>
        <translation>Una sesión por línea, por ejemplo:
3/3 seen 30
Mar 5 absent
2026-03-10 shortened 20 min
3/11 therapist out
2025-09-02,30,delivered
09/02/2025 - Delivered - 30 minutes</translation>
    </message>
    <message>
        <source>&amp;Check the lines</source>
        <translation>&amp;Comprobar las líneas</translation>
    </message>
    <message>
        <source>Check the lines before saving</source>
        <translation>Comprobar las líneas antes de guardar</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>As typed</source>
        <translation>Tal como se escribió</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>From this width (at the usual text size) the incident in full stands beside the list, not under it.</extracomment>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Why, or what is wrong</source>
        <translation>Por qué, o qué está mal</translation>
    </message>
    <message>
        <source>How each line was read</source>
        <translation>Cómo se leyó cada línea</translation>
    </message>
    <message>
        <source>What the check found</source>
        <translation>Lo que encontró la comprobación</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Servicio:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Año:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Sessions from a provider&apos;s log</source>
        <translation>Sesiones del registro de un proveedor</translation>
    </message>
    <message>
        <source>Type or paste the provider&apos;s log, one session a line: a date, then what happened (seen, absent, cut short, make-up) and the minutes if given. Lines copied from a spreadsheet work too (date, minutes, status, with a header line such as Date,Minutes,Status,Provider,Notes); the provider and notes are kept in the note. Check the lines: nothing is saved until you press Save, and lines that cannot be read are never guessed.</source>
        <translation>Escriba o pegue el registro del proveedor, una sesión por línea: una fecha, luego qué pasó, con las palabras en inglés del registro (seen, absent, cut short, make-up), y los minutos si los hay. Las líneas copiadas de una hoja de cálculo también sirven (fecha, minutos, estado, con una línea de encabezado como Date,Minutes,Status,Provider,Notes); el proveedor y las notas se guardan en la nota. Compruebe las líneas: no se guarda nada hasta que pulse Guardar, y las líneas que no se pueden leer nunca se adivinan.</translation>
    </message>
    <message>
        <source>The &amp;log:</source>
        <translation>El &amp;registro:</translation>
    </message>
    <message>
        <source>✗ Not read: {problem}</source>
        <translation>✗ No se leyó: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) read and ready to save.</source>
        <translation>
            <numerusform>%n línea leída y lista para guardar.</numerusform>
            <numerusform>%n líneas leídas y listas para guardar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be read and will not be saved; fix them above and check again.</source>
        <translation>
            <numerusform>%n línea no se pudo leer y no se guardará; corríjala arriba y compruebe otra vez.</numerusform>
            <numerusform>%n líneas no se pudieron leer y no se guardarán; corríjalas arriba y compruebe otra vez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Save %n entries</source>
        <translation>
            <numerusform>&amp;Guardar %n entrada</numerusform>
            <numerusform>&amp;Guardar %n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>The text changed: check the lines again before saving.</source>
        <translation>El texto cambió: compruebe las líneas otra vez antes de guardar.</translation>
    </message>
    <message>
        <source>Previous month (Page Up)</source>
        <translation>Mes anterior (Page Up)</translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation>Mes siguiente (Page Down)</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>Go to today (Home)</source>
        <translation>Ir a hoy (Home)</translation>
    </message>
    <message>
        <source>M&amp;onth</source>
        <translation>&amp;Mes</translation>
    </message>
    <message>
        <source>Show the whole month</source>
        <translation>Mostrar el mes completo</translation>
    </message>
    <message>
        <source>W&amp;eek</source>
        <translation>&amp;Semana</translation>
    </message>
    <message>
        <source>Show one week, with more detail</source>
        <translation>Mostrar una semana, con más detalle</translation>
    </message>
    <message>
        <source>&amp;Log this day…</source>
        <translation>&amp;Registrar este día…</translation>
    </message>
    <message>
        <source>Open the log of the selected day (Enter)</source>
        <translation>Abrir el registro del día seleccionado (Enter)</translation>
    </message>
    <message>
        <source>{sym} Delivered (D)</source>
        <translation>{sym} Dada (D)</translation>
    </message>
    <message>
        <source>Log the selected day&apos;s session as delivered as planned (D)</source>
        <translation>Registrar la sesión del día seleccionado como dada según lo previsto (D)</translation>
    </message>
    <message>
        <source>{sym} Missed… (M)</source>
        <translation>{sym} Perdida… (M)</translation>
    </message>
    <message>
        <source>Log the selected day&apos;s session as missed (M)</source>
        <translation>Registrar la sesión del día seleccionado como perdida (M)</translation>
    </message>
    <message>
        <source>Mark the &amp;week delivered except…</source>
        <translation>Semana dada e&amp;xcepto…</translation>
    </message>
    <message>
        <source>Log the whole week as delivered, except some sessions (W)</source>
        <translation>Registrar toda la semana como dada, excepto algunas sesiones (W)</translation>
    </message>
    <message>
        <source>From a &amp;provider&apos;s log…</source>
        <translation>Registro del &amp;proveedor…</translation>
    </message>
    <message>
        <source>Type or paste a provider&apos;s service log</source>
        <translation>Escribir o pegar el registro de servicios de un proveedor</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo the last change to the log (Ctrl+Z)</source>
        <translation>Deshacer el último cambio del registro (Ctrl+Z)</translation>
    </message>
    <message>
        <source>No school year is entered, so every Monday to Friday counts as a school day. Enter the school year (or import the district calendar) in the School calendar tab for numbers that hold up.</source>
        <translation>No hay un año escolar ingresado, así que cada lunes a viernes cuenta como día escolar. Ingrese el año escolar (o importe el calendario del distrito) en la pestaña Calendario escolar para obtener cifras sólidas.</translation>
    </message>
    <message>
        <source>The selected day</source>
        <translation>El día seleccionado</translation>
    </message>
    <message>
        <source>What was just logged</source>
        <translation>Lo que se acaba de registrar</translation>
    </message>
    <message>
        <source>Undo: {what}</source>
        <translation>Deshacer: {what}</translation>
    </message>
    <message>
        <source>Week of {day}</source>
        <translation>Semana del {day}</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semana</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mes</translation>
    </message>
    <message>
        <source>Previous {what} (Page Up)</source>
        <translation>Anterior: {what} (Page Up)</translation>
    </message>
    <message>
        <source>Next {what} (Page Down)</source>
        <translation>Siguiente: {what} (Page Down)</translation>
    </message>
    <message>
        <source>Nothing to log</source>
        <translation>Nada que registrar</translation>
    </message>
    <message>
        <source>No IEP with services is in effect on {day}.</source>
        <translation>No hay ningún IEP con servicios vigente el {day}.</translation>
    </message>
    <message>
        <source>Not logged</source>
        <translation>No se registró</translation>
    </message>
    <message>
        <source>Logged: {services} {status} on {day}. Ctrl+Z undoes it.</source>
        <translation>Registrado el {day}: {services}, {status}. Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <source>Incident recorded on {day}.</source>
        <translation>Incidente registrado el {day}.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) logged for the week. Ctrl+Z undoes it.</source>
        <translation>
            <numerusform>%n sesión registrada para la semana. Ctrl+Z lo deshace.</numerusform>
            <numerusform>%n sesiones registradas para la semana. Ctrl+Z lo deshace.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries saved from the provider&apos;s log. Ctrl+Z undoes it.</source>
        <translation>
            <numerusform>%n entrada guardada del registro del proveedor. Ctrl+Z lo deshace.</numerusform>
            <numerusform>%n entradas guardadas del registro del proveedor. Ctrl+Z lo deshace.</numerusform>
        </translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <extracomment>The window&apos;s runner: the lock waits for a count still reading the case.</extracomment>
        <translation>La fecha final es anterior a la fecha inicial.</translation>
    </message>
    <message>
        <source>Log for {day}</source>
        <extracomment>Kept in the case&apos;s draft store when the case locks with this dialog open (see ui.widgets.unsaved).</extracomment>
        <translation>Registro del {day}</translation>
    </message>
    <message>
        <source>No school this day: {why}.</source>
        <translation>No hay clases este día: {why}.</translation>
    </message>
    <message numerus="yes">
        <source>{flag} %n incident(s) recorded this day.</source>
        <translation>
            <numerusform>{flag} %n incidente registrado este día.</numerusform>
            <numerusform>{flag} %n incidentes registrados este día.</numerusform>
        </translation>
    </message>
    <message>
        <source>No IEP with services is in effect on this day.</source>
        <translation>No hay ningún IEP con servicios vigente este día.</translation>
    </message>
    <message>
        <source>Quick log</source>
        <translation>Registro rápido</translation>
    </message>
    <message>
        <source>{name} ({minutes} min)</source>
        <translation>{name} ({minutes} min)</translation>
    </message>
    <message>
        <source>{sym} Delivered</source>
        <translation>{sym} Dada</translation>
    </message>
    <message>
        <source>{name} was delivered as planned</source>
        <translation>{name} se dio según lo previsto</translation>
    </message>
    <message>
        <source>{sym} Missed…</source>
        <translation>{sym} Perdida…</translation>
    </message>
    <message>
        <source>{name} was missed: choose why</source>
        <translation>{name} se perdió: elija por qué</translation>
    </message>
    <message>
        <source>Entries of this day</source>
        <translation>Entradas de este día</translation>
    </message>
    <message>
        <source>Nothing logged on this day yet.</source>
        <translation>Todavía no hay nada registrado este día.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the selected entry</source>
        <translation>Editar la entrada seleccionada</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Delete the selected entry</source>
        <translation>Eliminar la entrada seleccionada</translation>
    </message>
    <message>
        <source>Undo the last change to the log</source>
        <translation>Deshacer el último cambio del registro</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>&amp;Add this entry</source>
        <translation>&amp;Agregar esta entrada</translation>
    </message>
    <message>
        <source>Add this entry to the log</source>
        <translation>Agregar esta entrada al registro</translation>
    </message>
    <message>
        <source>Cancel the change</source>
        <translation>Cancelar el cambio</translation>
    </message>
    <message>
        <source>Add an entry</source>
        <translation>Agregar una entrada</translation>
    </message>
    <message>
        <source>Record an &amp;incident on this day…</source>
        <translation>Registrar un &amp;incidente este día…</translation>
    </message>
    <message>
        <source>Change the selected entry</source>
        <translation>Cambiar la entrada seleccionada</translation>
    </message>
    <message>
        <source>&amp;Save the change</source>
        <translation>&amp;Guardar el cambio</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>No se eliminó</translation>
    </message>
    <message>
        <source>Meeting notice due</source>
        <extracomment>The deadline&apos;s title and sentence, from the core (&quot;Documents for the IEP meeting due&quot;).</extracomment>
        <translation>Aviso de la reunión</translation>
    </message>
    <message>
        <source>Documents due</source>
        <translation>Entrega de documentos</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>{title}: {detail}</source>
        <translation>{title}: {detail}</translation>
    </message>
    <message>
        <source>{status}, {minutes}</source>
        <translation>{status}, {minutes}</translation>
    </message>
    <message>
        <source>{status} ({reason})</source>
        <translation>{status} ({reason})</translation>
    </message>
    <message numerus="yes">
        <source>{service}: %n session(s) owed this week, {logged} logged</source>
        <translation>
            <numerusform>{service}: se adeuda %n sesión esta semana; registradas: {logged}</numerusform>
            <numerusform>{service}: se adeudan %n sesiones esta semana; registradas: {logged}</numerusform>
        </translation>
    </message>
    <message>
        <source>No school: {why}.</source>
        <translation>No hay clases: {why}.</translation>
    </message>
    <message>
        <source>Nothing expected or logged on this day.</source>
        <translation>Nada previsto ni registrado este día.</translation>
    </message>
    <message numerus="yes">
        <source>{flag} %n incident(s) recorded.</source>
        <translation>
            <numerusform>{flag} %n incidente registrado.</numerusform>
            <numerusform>{flag} %n incidentes registrados.</numerusform>
        </translation>
    </message>
    <message>
        <source>The week of {day}: no entry for its sessions</source>
        <translation>La semana del {day}: sin entrada para sus sesiones</translation>
    </message>
    <message>
        <source>{month}: no entry for its sessions</source>
        <translation>{month}: sin entrada para sus sesiones</translation>
    </message>
    <message>
        <source>{day}: no entry</source>
        <translation>{day}: sin entrada</translation>
    </message>
    <message>
        <source>The period starting {day}: no entry for its sessions</source>
        <translation>El periodo que empieza el {day}: sin entrada para sus sesiones</translation>
    </message>
    <message>
        <source>Entries behind the figure</source>
        <translation>Entradas detrás de la cifra</translation>
    </message>
    <message>
        <source>Periods with no entry</source>
        <translation>Periodos sin entrada</translation>
    </message>
    <message>
        <source>&amp;Entries ({n}):</source>
        <translation>&amp;Entradas ({n}):</translation>
    </message>
    <message>
        <source>&amp;Sessions with no entry ({n}):</source>
        <translation>&amp;Sesiones sin entrada ({n}):</translation>
    </message>
    <message>
        <source>No entries are behind this figure.</source>
        <translation>No hay entradas detrás de esta cifra.</translation>
    </message>
    <message>
        <source>Show that day on the &amp;calendar</source>
        <translation>Mostrar ese día en el &amp;calendario</translation>
    </message>
    <message>
        <source>Show the selected entry&apos;s day on the calendar</source>
        <translation>Mostrar en el calendario el día de la entrada seleccionada</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>How you know</source>
        <translation>Cómo lo sabe</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>As planned</source>
        <translation>Según lo previsto</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>Minutes given</source>
        <translation>Minutos dados</translation>
    </message>
    <message>
        <source>Why it was missed or cut short</source>
        <translation>Por qué se perdió o se acortó</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(sin motivo)</translation>
    </message>
    <message>
        <source>If someone else logged this session too</source>
        <translation>Si otra persona también registró esta sesión</translation>
    </message>
    <message>
        <source>For example: group session instead of individual</source>
        <translation>Por ejemplo: sesión grupal en vez de individual</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;Qué pasó:</translation>
    </message>
    <message>
        <source>M&amp;inutes given:</source>
        <translation>&amp;Minutos dados:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Por qué:</translation>
    </message>
    <message>
        <source>How you &amp;know:</source>
        <translation>Cómo lo &amp;sabe:</translation>
    </message>
    <message>
        <source>Logged &amp;twice:</source>
        <translation>Registrado &amp;dos veces:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>No school (day off)</source>
        <translation>No hay clases (día libre)</translation>
    </message>
    <message>
        <source>First day of school</source>
        <translation>Primer día de clases</translation>
    </message>
    <message>
        <source>Last day of school</source>
        <translation>Último día de clases</translation>
    </message>
    <message>
        <source>A school day (nothing to change)</source>
        <translation>Un día escolar (nada que cambiar)</translation>
    </message>
    <message>
        <source>Not about school days (skip)</source>
        <translation>No trata de días escolares (omitir)</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} a {last}</translation>
    </message>
    <message>
        <source>Import the district calendar</source>
        <translation>Importar el calendario del distrito</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>What it means for school</source>
        <translation>Qué significa para la escuela</translation>
    </message>
    <message>
        <source>Events of the calendar file</source>
        <translation>Eventos del archivo de calendario</translation>
    </message>
    <message>
        <source>What {event} on {dates} means for school</source>
        <translation>Qué significa {event} ({dates}) para la escuela</translation>
    </message>
    <message>
        <source>No school ({kind})</source>
        <translation>No hay clases ({kind})</translation>
    </message>
    <message>
        <source>? Choose…</source>
        <translation>? Elija…</translation>
    </message>
    <message>
        <source>Show only the events that need you (marked ?)</source>
        <translation>Mostrar solo los eventos que necesitan su atención (marcados con ?)</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Lo que hará la importación</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message numerus="yes">
        <source>%n events in the file</source>
        <translation>
            <numerusform>%n evento en el archivo</numerusform>
            <numerusform>%n eventos en el archivo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day-off event(s) will be added.</source>
        <translation>
            <numerusform>Se agregará %n evento de día libre.</numerusform>
            <numerusform>Se agregarán %n eventos de días libres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) still need you; unmarked ones are skipped.</source>
        <translation>
            <numerusform>%n evento todavía necesita su atención; los que no estén marcados se omiten.</numerusform>
            <numerusform>%n eventos todavía necesitan su atención; los que no estén marcados se omiten.</numerusform>
        </translation>
    </message>
    <message>
        <source>IEPDesk guessed what each event means from its title. Check the guesses, and mark the events with a ? (it could not tell). Days off stop sessions from being expected; the first and last day set the school year. Events left unmarked are skipped.</source>
        <translation>IEPDesk adivinó qué significa cada evento por su título. Revise lo que adivinó y marque los eventos con un ? (no pudo saberlo). Los días libres hacen que no se esperen sesiones; el primer y el último día fijan el año escolar. Los eventos sin marcar se omiten.</translation>
    </message>
    <message>
        <source>Export the schedule</source>
        <translation>Exportar el horario</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>The file lists the expected sessions of each service and the case&apos;s deadlines, for a phone or computer calendar. It is NOT encrypted: anyone who gets the file, or the calendar account you add it to, can read the service names and dates. Keep it somewhere private.</source>
        <translation>El archivo enumera las sesiones previstas de cada servicio y los plazos del caso, para el calendario de un teléfono o una computadora. NO está cifrado: cualquier persona que obtenga el archivo, o la cuenta de calendario donde lo agregue, puede leer los nombres de los servicios y las fechas. Guárdelo en un lugar privado.</translation>
    </message>
    <message>
        <source>Warning: the exported file is not encrypted</source>
        <translation>Aviso: el archivo exportado no está cifrado</translation>
    </message>
    <message>
        <source>&amp;Choose where to save…</source>
        <translation>&amp;Elegir dónde guardar…</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>No se exportó</translation>
    </message>
    <message>
        <source>Chart of minutes per service</source>
        <extracomment>(figure, colour in the theme&apos;s Status tokens, pattern): solid, dots, cross-hatch, the background with a dashed edge, diagonal lines. Drawn after the end of the required bar, light, with a dotted edge: not part of what is required.</extracomment>
        <translation>Gráfico de minutos por servicio</translation>
    </message>
    <message>
        <source>Nothing to count in this period.</source>
        <translation>Nada que contar en este periodo.</translation>
    </message>
    <message>
        <source>none required</source>
        <translation>ninguno requerido</translation>
    </message>
    <message>
        <source>{pct} %</source>
        <translation>{pct} %</translation>
    </message>
    <message>
        <source>{rate} · {owed} min owed</source>
        <translation>{rate} · {owed} min adeudados</translation>
    </message>
    <message>
        <source>{service}: {delivered} of {required} minutes delivered, {missed} missed, {owed} owed.</source>
        <translation>{service}: {delivered} de {required} minutos dados, {missed} perdidos, {owed} adeudados.</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes still to come.</source>
        <translation>
            <numerusform>%n minuto por venir.</numerusform>
            <numerusform>%n minutos por venir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Minutes per service; Enter on a figure shows the entries behind it</source>
        <translation>Minutos por servicio; Enter sobre una cifra muestra las entradas detrás de ella</translation>
    </message>
    <message>
        <source>{service}: {given} of {required} sessions given, {owed} minutes owed</source>
        <translation>{service}: {given} de {required} sesiones dadas, {owed} minutos adeudados</translation>
    </message>
    <message numerus="yes">
        <source>; %n minutes still to come</source>
        <translation>
            <numerusform>; %n minuto por venir</numerusform>
            <numerusform>; %n minutos por venir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n minutes not known (ask the school)</source>
        <translation>
            <numerusform>; %n minuto desconocido (pregunte a la escuela)</numerusform>
            <numerusform>; %n minutos desconocidos (pregunte a la escuela)</numerusform>
        </translation>
    </message>
    <message>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <source>Service and period</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Requeridos</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Dados</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Justificados</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Perdidos</translation>
    </message>
    <message>
        <source>Made up</source>
        <translation>Recuperados</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Adeudados</translation>
    </message>
    <message>
        <source>Delivery rate</source>
        <translation>% dado</translation>
    </message>
    <message>
        <source>Still to come</source>
        <translation>Por venir</translation>
    </message>
    <message>
        <source>Minutes not known</source>
        <translation>Minutos desconocidos</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>Minutes the IEP requires in the period, on school days.</source>
        <translation>Minutos que el IEP requiere en el periodo, en días escolares.</translation>
    </message>
    <message>
        <source>Minutes logged as given (cut-short sessions count what was given).</source>
        <translation>Minutos registrados como dados (las sesiones acortadas cuentan lo que se dio).</translation>
    </message>
    <message>
        <source>Minutes missed for a reason that excuses the school (Counting rules tab).</source>
        <translation>Minutos perdidos por un motivo que justifica a la escuela (pestaña Reglas de cálculo).</translation>
    </message>
    <message>
        <source>Minutes missed and not excused, including the rest of cut-short sessions.</source>
        <translation>Minutos perdidos y no justificados, incluido el resto de las sesiones acortadas.</translation>
    </message>
    <message>
        <source>Minutes of make-up sessions and extra sessions.</source>
        <translation>Minutos de sesiones de recuperación y sesiones adicionales.</translation>
    </message>
    <message>
        <source>Minutes of expected sessions with no entry: never counted as given or missed.</source>
        <translation>Minutos de sesiones previstas sin entrada: nunca se cuentan como dados ni perdidos.</translation>
    </message>
    <message>
        <source>Missed minus made up: the compensatory minutes owed.</source>
        <translation>Perdidos menos recuperados: los minutos compensatorios adeudados.</translation>
    </message>
    <message>
        <source>Delivered and made up, as a share of the recorded, non-excused minutes.</source>
        <translation>Dados y recuperados, como parte de los minutos registrados no justificados.</translation>
    </message>
    <message>
        <source>Sessions of this period after the as-of date. They can still happen, so they are not required yet and never counted as not recorded.</source>
        <translation>Sesiones de este periodo posteriores a la fecha de cálculo. Todavía pueden ocurrir, así que aún no son requeridas y nunca se cuentan como sin registrar.</translation>
    </message>
    <message>
        <source>Sessions cut short with no minutes given: neither given nor missed until the school says how long they were. The delivery rate leaves them out. Ask the school.</source>
        <translation>Sesiones acortadas sin minutos indicados: ni dadas ni perdidas hasta que la escuela diga cuánto duraron. El porcentaje dado no las incluye. Pregunte a la escuela.</translation>
    </message>
    <message>
        <source>still to come</source>
        <translation>por venir</translation>
    </message>
    <message>
        <source>minutes not known</source>
        <translation>minutos desconocidos</translation>
    </message>
    <message>
        <source>nothing recorded</source>
        <translation>nada registrado</translation>
    </message>
    <message>
        <source>all excused</source>
        <translation>todo justificado</translation>
    </message>
    <message>
        <source>Not linked: {service}</source>
        <extracomment>Services a later IEP typed in anew that look like a change of an earlier one (not linked yet).</extracomment>
        <translation>Sin vincular: {service}</translation>
    </message>
    <message>
        <source>▼ under {pct} %</source>
        <translation>▼ bajo el {pct} %</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) required, {m} not recorded.</source>
        <translation>
            <numerusform>%n sesión requerida; sin registrar: {m}.</numerusform>
            <numerusform>%n sesiones requeridas; sin registrar: {m}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter or double-click: the entries behind it.</source>
        <translation>Enter o doble clic: las entradas detrás de ella.</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 sesión</translation>
    </message>
    <message>
        <source>{n} sessions</source>
        <translation>{n} sesiones</translation>
    </message>
    <message>
        <source>See the sessions with minutes not &amp;known…</source>
        <translation>Ver las sesiones con minutos desco&amp;nocidos…</translation>
    </message>
    <message>
        <source>Show the sessions cut short with minutes not known</source>
        <translation>Mostrar las sesiones acortadas con minutos desconocidos</translation>
    </message>
    <message>
        <source>Sessions logged differently; Enter shows their entries</source>
        <translation>Sesiones registradas de forma distinta; Enter muestra sus entradas</translation>
    </message>
    <message>
        <source>Two records of one session that disagree (for example your note and the provider&apos;s log). The session is counted once. Enter or double-click shows both entries; to count the other record, open the day and choose it under “Logged twice”.</source>
        <translation>Dos registros de una misma sesión que no coinciden (por ejemplo, su nota y el registro del proveedor). La sesión se cuenta una vez. Enter o doble clic muestra las dos entradas; para contar el otro registro, abra el día y elíjalo en “Registrado dos veces”.</translation>
    </message>
    <message>
        <source>Services that may need linking</source>
        <translation>Servicios que quizá deban vincularse</translation>
    </message>
    <message>
        <source>&amp;Undo the link</source>
        <translation>&amp;Deshacer el vínculo</translation>
    </message>
    <message>
        <source>Undo the link just made</source>
        <translation>Deshacer el vínculo que se acaba de hacer</translation>
    </message>
    <message>
        <source>{service} {n} min ({sessions})</source>
        <translation>{service} {n} min ({sessions})</translation>
    </message>
    <message>
        <source>Still to come after {day} (can still happen, not owed yet): {list}.</source>
        <translation>Por venir después del {day} (todavía pueden ocurrir, aún no se adeudan): {list}.</translation>
    </message>
    <message>
        <source>Minutes not known (cut short, minutes not given: ask the school): {list}.</source>
        <translation>Minutos desconocidos (acortadas, sin minutos indicados: pregunte a la escuela): {list}.</translation>
    </message>
    <message>
        <source>another entry</source>
        <translation>otra entrada</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>otra cosa</translation>
    </message>
    <message>
        <source>{who} says {what}</source>
        <translation>{who} dice: {what}</translation>
    </message>
    <message>
        <source>{day}, {service}: {said} — counted as {who}.</source>
        <translation>{day}, {service}: {said} — se cuenta según {who}.</translation>
    </message>
    <message>
        <source>a service</source>
        <translation>un servicio</translation>
    </message>
    <message>
        <source>Logged &amp;differently by two sources ({n}): each session is counted once</source>
        <translation>Registradas de forma dis&amp;tinta por dos fuentes ({n}): cada sesión se cuenta una vez</translation>
    </message>
    <message>
        <source>Logged differently</source>
        <translation>Registradas de forma distinta</translation>
    </message>
    <message>
        <source>To count the other record, or to count both as separate sessions, show the day on the calendar, edit the entry and choose under “Logged twice”.</source>
        <translation>Para contar el otro registro, o para contar los dos como sesiones separadas, muestre el día en el calendario, edite la entrada y elija en “Registrado dos veces”.</translation>
    </message>
    <message>
        <source>“{service}” in a later IEP was typed in anew, so it is counted as a second service beside the earlier “{service}” (the week it changed owes both). If it is the same service with new minutes, link them.</source>
        <translation>“{service}” de un IEP posterior se escribió de nuevo, así que se cuenta como un segundo servicio junto al “{service}” anterior (la semana en que cambió adeuda los dos). Si es el mismo servicio con minutos nuevos, vincúlelos.</translation>
    </message>
    <message>
        <source>&amp;Link them…</source>
        <translation>&amp;Vincularlos…</translation>
    </message>
    <message>
        <source>Link {service} to the earlier one</source>
        <translation>Vincular {service} con el anterior</translation>
    </message>
    <message>
        <source>Link them?</source>
        <translation>¿Vincularlos?</translation>
    </message>
    <message>
        <source>Count “{service}” of the later IEP as the same service as the earlier “{service}”, whose minutes changed? The IEP&apos;s own words are not changed, and you can undo the link here.</source>
        <translation>¿Contar “{service}” del IEP posterior como el mismo servicio que el “{service}” anterior, cuyos minutos cambiaron? Las palabras del propio IEP no cambian, y puede deshacer el vínculo aquí.</translation>
    </message>
    <message>
        <source>Link them</source>
        <translation>Vincularlos</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>No se vincularon</translation>
    </message>
    <message>
        <source>Linked: “{service}” is now counted as one service.</source>
        <translation>Vinculados: “{service}” ahora se cuenta como un solo servicio.</translation>
    </message>
    <message>
        <source>Not undone</source>
        <translation>No se deshizo</translation>
    </message>
    <message>
        <source>This school year, so far</source>
        <translation>Este año escolar, hasta ahora</translation>
    </message>
    <message>
        <source>This IEP year, so far</source>
        <translation>Este año del IEP, hasta ahora</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Everything recorded</source>
        <translation>Todo lo registrado</translation>
    </message>
    <message>
        <source>Dates I choose</source>
        <translation>Fechas que yo elija</translation>
    </message>
    <message>
        <source>The whole period</source>
        <translation>Todo el periodo</translation>
    </message>
    <message>
        <source>Week by week</source>
        <translation>Semana a semana</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>Mes a mes</translation>
    </message>
    <message>
        <source>By grading period</source>
        <translation>Por periodo de calificaciones</translation>
    </message>
    <message>
        <source>By IEP year</source>
        <translation>Por año del IEP</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>A fecha de</translation>
    </message>
    <message>
        <source>&amp;Count</source>
        <translation>&amp;Calcular</translation>
    </message>
    <message>
        <source>Count the minutes for these dates</source>
        <translation>Calcular los minutos de estas fechas</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>A &amp;fecha de:</translation>
    </message>
    <message>
        <source>Count as of this day: sessions after it are still to come, not owed. Type the meeting date to count as of the meeting. Today&apos;s own sessions are still to come until the day is over.</source>
        <translation>Calcular a fecha de este día: las sesiones posteriores están por venir, no se adeudan. Escriba la fecha de la reunión para calcular a fecha de la reunión. Las sesiones de hoy están por venir hasta que termine el día.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <source>Notes on the count</source>
        <translation>Notas sobre el cálculo</translation>
    </message>
    <message>
        <source>The count in words</source>
        <translation>El cálculo en palabras</translation>
    </message>
    <message>
        <source>Show the entries that match no expected session</source>
        <translation>Mostrar las entradas que no coinciden con ninguna sesión prevista</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>No se calculó</translation>
    </message>
    <message>
        <source>{sessions} missed for a reason not known or cut short with minutes not known: ask the school.</source>
        <translation>Sesiones perdidas por un motivo desconocido o acortadas con minutos desconocidos: {sessions}. Pregunte a la escuela.</translation>
    </message>
    <message>
        <source>Services are flagged ▼ when less than {pct} % of the recorded minutes were given (change it in Counting rules). Enter or double-click a figure to see the entries behind it.</source>
        <translation>Los servicios se marcan con ▼ cuando se dio menos del {pct} % de los minutos registrados (cámbielo en Reglas de cálculo). Pulse Enter o haga doble clic en una cifra para ver las entradas detrás de ella.</translation>
    </message>
    <message>
        <source>Counted as of {day}.</source>
        <translation>Calculado a fecha del {day}.</translation>
    </message>
    <message>
        <source>1 entry falls on a day with no expected session and is not counted: see it…</source>
        <translation>1 entrada cae en un día sin sesión prevista y no se cuenta: verla…</translation>
    </message>
    <message>
        <source>{n} entries fall on days with no expected session and are not counted: see them…</source>
        <translation>{n} entradas caen en días sin sesión prevista y no se cuentan: verlas…</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Todas las entradas</translation>
    </message>
    <message>
        <source>{service} · {figure} · {period}</source>
        <translation>{service} · {figure} · {period}</translation>
    </message>
    <message numerus="yes">
        <source>{figure}: %n minutes. {help}</source>
        <translation>
            <numerusform>{figure}: %n minuto. {help}</numerusform>
            <numerusform>{figure}: %n minutos. {help}</numerusform>
        </translation>
    </message>
    <message>
        <source>Entries not counted</source>
        <translation>Entradas que no se cuentan</translation>
    </message>
    <message>
        <source>These entries fall on a day when the service is not expected (a weekend, a holiday, outside its dates), or are missed sessions in a week that was already complete. Check their dates and services.</source>
        <translation>Estas entradas caen en un día en que el servicio no está previsto (un fin de semana, un feriado, fuera de sus fechas), o son sesiones perdidas de una semana que ya estaba completa. Revise sus fechas y servicios.</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>incidente</translation>
    </message>
    <message>
        <source>no school</source>
        <translation>no hay clases</translation>
    </message>
    <message>
        <source>●○ weekly sessions: logged, not yet</source>
        <translation>●○ sesiones semanales: registrada, todavía no</translation>
    </message>
    <message>
        <source>due before an IEP meeting</source>
        <translation>plazo antes de una reunión del IEP</translation>
    </message>
    <message>
        <source>Key to the calendar</source>
        <translation>Leyenda del calendario</translation>
    </message>
    <message>
        <source>Calendar of sessions</source>
        <translation>Calendario de sesiones</translation>
    </message>
    <message>
        <source>ddd MMM d</source>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <source>Weekly sessions</source>
        <translation>Sesiones semanales</translation>
    </message>
    <message>
        <source>+{n} more</source>
        <translation>+{n} más</translation>
    </message>
    <message>
        <source>{logged} of {owed} logged</source>
        <translation>{logged} de {owed} registradas</translation>
    </message>
    <message>
        <source>Minutes owed compares what the IEP promises with what was delivered. There is no IEP yet: add it first.</source>
        <translation>Minutos adeudados compara lo que promete el IEP con lo que se dio. Todavía no hay ningún IEP: agréguelo primero.</translation>
    </message>
    <message>
        <source>&amp;Add the IEP…</source>
        <translation>&amp;Agregar el IEP…</translation>
    </message>
    <message>
        <source>Here the school&apos;s service log sits beside what you logged, session by session. Import the school&apos;s log (CSV, Excel or PDF) to compare.</source>
        <translation>Aquí el registro de servicios de la escuela aparece junto a lo que usted registró, sesión por sesión. Importe el registro de la escuela (CSV, Excel o PDF) para comparar.</translation>
    </message>
    <message>
        <source>&amp;Import the school&apos;s log…</source>
        <translation>&amp;Importar el registro de la escuela…</translation>
    </message>
    <message>
        <source>No school year yet. Minutes owed counts school days from it: enter its first and last day, then the days off.</source>
        <translation>Todavía no hay año escolar. Minutos adeudados cuenta los días escolares a partir de él: ingrese su primer y último día, y luego los días libres.</translation>
    </message>
    <message>
        <source>&amp;Enter the school year…</source>
        <translation>&amp;Ingresar el año escolar…</translation>
    </message>
    <message>
        <source>Missed session</source>
        <translation>Sesión perdida</translation>
    </message>
    <message>
        <source>Delivered as planned</source>
        <translation>Dada según lo previsto</translation>
    </message>
    <message>
        <source>{sym} Which session was missed on {day}?</source>
        <translation>{sym} ¿Qué sesión se perdió el {day}?</translation>
    </message>
    <message>
        <source>{sym} Which sessions were given on {day}?</source>
        <translation>{sym} ¿Qué sesiones se dieron el {day}?</translation>
    </message>
    <message>
        <source>{service}: expected this day</source>
        <translation>{service}: prevista este día</translation>
    </message>
    <message>
        <source>{service}: still owed this week</source>
        <translation>{service}: todavía se adeuda esta semana</translation>
    </message>
    <message>
        <source>Why? (press its number)</source>
        <translation>¿Por qué? (pulse su número)</translation>
    </message>
    <message>
        <source>Missed because: {reason}</source>
        <translation>Perdida porque: {reason}</translation>
    </message>
    <message>
        <source>&amp;Log as delivered</source>
        <translation>&amp;Registrar como dada</translation>
    </message>
    <message>
        <source>Flag a service when less than this share was delivered</source>
        <translation>Marcar un servicio cuando se dio menos de esta parte</translation>
    </message>
    <message>
        <source>&amp;Flag a service under:</source>
        <translation>&amp;Marcar un servicio por debajo de:</translation>
    </message>
    <message>
        <source>When to flag a service</source>
        <translation>Cuándo marcar un servicio</translation>
    </message>
    <message>
        <source>The ledger flags ▼ a service when the minutes given (with make-ups) are under this share of the recorded minutes that were owed. Default 85 %. It is your yardstick, not a legal line: what matters legally is whether the shortfall was material.</source>
        <translation>La cuenta de minutos marca con ▼ un servicio cuando los minutos dados (con recuperaciones) están por debajo de esta parte de los minutos registrados que se debían. Por defecto, 85 %. Es su propia medida, no un límite legal: lo que importa legalmente es si la falta fue significativa.</translation>
    </message>
    <message>
        <source>The full amount, unless there are fewer school days than sessions (default)</source>
        <translation>La cantidad completa, a menos que haya menos días escolares que sesiones (por defecto)</translation>
    </message>
    <message>
        <source>A three-day week still owes a twice-weekly service in full; a one-day week owes one session.</source>
        <translation>Una semana de tres días adeuda completo un servicio de dos veces por semana; una semana de un día adeuda una sesión.</translation>
    </message>
    <message>
        <source>In proportion to the school days</source>
        <translation>En proporción a los días escolares</translation>
    </message>
    <message>
        <source>Sessions × school days ÷ usual school days, rounded: twice a week over 3 of 5 days owes 1.</source>
        <translation>Sesiones × días escolares ÷ días escolares habituales, redondeado: dos veces por semana en 3 de 5 días adeuda 1.</translation>
    </message>
    <message>
        <source>Short weeks and months (holidays, first week of school)</source>
        <translation>Semanas y meses cortos (feriados, primera semana de clases)</translation>
    </message>
    <message>
        <source>The IEP in effect on the first school day of the week or month (default)</source>
        <translation>El IEP vigente el primer día escolar de la semana o del mes (por defecto)</translation>
    </message>
    <message>
        <source>An amendment that starts on a Wednesday counts from the next week.</source>
        <translation>Una enmienda que empieza un miércoles cuenta desde la semana siguiente.</translation>
    </message>
    <message>
        <source>The newer IEP for the whole week or month</source>
        <translation>El IEP más nuevo para toda la semana o todo el mes</translation>
    </message>
    <message>
        <source>An amendment that starts on a Wednesday sets the amount for that whole week.</source>
        <translation>Una enmienda que empieza un miércoles fija la cantidad de toda esa semana.</translation>
    </message>
    <message>
        <source>When the IEP changes in the middle of a week</source>
        <translation>Cuando el IEP cambia a mitad de semana</translation>
    </message>
    <message>
        <source>Missed minutes for these reasons are not owed by the school and are left out of the delivery rate. Default: student absent and school closed. &apos;Student refused&apos; is not excused by default, because schools are expected to try again.</source>
        <translation>La escuela no adeuda los minutos perdidos por estos motivos, y no se incluyen en el porcentaje dado. Por defecto: estudiante ausente y escuela cerrada. &apos;El estudiante se negó&apos; no se justifica por defecto, porque se espera que la escuela lo intente de nuevo.</translation>
    </message>
    <message>
        <source>Reasons that excuse a missed session</source>
        <translation>Motivos que justifican una sesión perdida</translation>
    </message>
    <message>
        <source>Whether the rules were saved</source>
        <translation>Si se guardaron las reglas</translation>
    </message>
    <message>
        <source>Counting rules</source>
        <translation>Reglas de cálculo</translation>
    </message>
    <message>
        <source>How the ledger counts. Changes are saved at once and apply to every figure, past and future.</source>
        <translation>Cómo calcula la cuenta de minutos. Los cambios se guardan al instante y se aplican a todas las cifras, pasadas y futuras.</translation>
    </message>
    <message>
        <source>Saved. The ledger counts with these rules from now on.</source>
        <translation>Guardado. La cuenta de minutos calcula con estas reglas de ahora en adelante.</translation>
    </message>
    <message>
        <source>Monday to Friday</source>
        <translation>Lunes a viernes</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Agregar…</translation>
    </message>
    <message>
        <source>Add to {what}</source>
        <translation>Agregar a: {what}</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <source>Change the selected line of {what}</source>
        <translation>Cambiar la línea seleccionada de: {what}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected line of {what}</source>
        <translation>Quitar la línea seleccionada de: {what}</translation>
    </message>
    <message>
        <source>School years</source>
        <translation>Años escolares</translation>
    </message>
    <message>
        <source>Sessions are expected only on school days: the weekdays of a school year, between its first and last day, that are not days off.</source>
        <translation>Las sesiones solo se esperan en días escolares: los días de semana de un año escolar, entre su primer y su último día, que no son días libres.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>School weekdays</source>
        <translation>Días escolares de la semana</translation>
    </message>
    <message>
        <source>Days off</source>
        <translation>Días libres</translation>
    </message>
    <message>
        <source>Holidays, breaks, closures and staff days: no session is owed on them.</source>
        <translation>Feriados, vacaciones, cierres y días del personal: no se adeuda ninguna sesión en ellos.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Qué es</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Ingresado</translation>
    </message>
    <message>
        <source>Grading periods</source>
        <translation>Periodos de calificaciones</translation>
    </message>
    <message>
        <source>Optional. Used for services counted per grading period, and to show the ledger by grading period.</source>
        <translation>Opcional. Se usa para los servicios que se cuentan por periodo de calificaciones, y para mostrar la cuenta de minutos por periodo de calificaciones.</translation>
    </message>
    <message>
        <source>&amp;Import the district calendar (.ics)…</source>
        <translation>&amp;Importar el calendario del distrito (.ics)…</translation>
    </message>
    <message>
        <source>Import the district&apos;s calendar file</source>
        <translation>Importar el archivo de calendario del distrito</translation>
    </message>
    <message>
        <source>E&amp;xport the schedule and deadlines (.ics)…</source>
        <translation>E&amp;xportar el horario y los plazos (.ics)…</translation>
    </message>
    <message>
        <source>Export the expected sessions and deadlines as a calendar file</source>
        <translation>Exportar las sesiones previstas y los plazos como archivo de calendario</translation>
    </message>
    <message>
        <source>What the last import or export did</source>
        <translation>Lo que hizo la última importación o exportación</translation>
    </message>
    <message>
        <source>Calendar files</source>
        <translation>Archivos de calendario</translation>
    </message>
    <message>
        <source>Most districts publish their calendar as an .ics file (look for &apos;subscribe&apos; or &apos;download&apos; on the district calendar page). Importing it fills in the days off and the school year.</source>
        <translation>La mayoría de los distritos publican su calendario como archivo .ics (busque &apos;subscribe&apos; o &apos;download&apos;, o &apos;suscribirse&apos; o &apos;descargar&apos;, en la página del calendario del distrito). Al importarlo se llenan los días libres y el año escolar.</translation>
    </message>
    <message>
        <source>School calendar</source>
        <translation>Calendario escolar</translation>
    </message>
    <message>
        <source>from a calendar file</source>
        <translation>de un archivo de calendario</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>a mano</translation>
    </message>
    <message>
        <source>Remove {what} ({first} to {last})?</source>
        <translation>¿Quitar {what} ({first} a {last})?</translation>
    </message>
    <message>
        <source>Reading the calendar file…</source>
        <translation>Leyendo el archivo de calendario…</translation>
    </message>
    <message>
        <source>The calendar was not read</source>
        <translation>No se leyó el calendario</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Nada que importar</translation>
    </message>
    <message>
        <source>The file has no events.</source>
        <translation>El archivo no tiene eventos.</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>No se importó</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) off added, {skipped} already there.</source>
        <translation>
            <numerusform>Se agregó %n día libre; ya estaban: {skipped}.</numerusform>
            <numerusform>Se agregaron %n días libres; ya estaban: {skipped}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events saved to {name}. The file is not encrypted.</source>
        <translation>
            <numerusform>Se guardó %n evento en {name}. El archivo no está cifrado.</numerusform>
            <numerusform>Se guardaron %n eventos en {name}. El archivo no está cifrado.</numerusform>
        </translation>
    </message>
    <message>
        <source>School year {name} set from the first and last day.</source>
        <translation>Año escolar {name} fijado a partir del primer y el último día.</translation>
    </message>
    <message>
        <source>IEPDesk schedule.ics</source>
        <translation>Horario de IEPDesk.ics</translation>
    </message>
    <message>
        <source>Add a school year</source>
        <translation>Agregar un año escolar</translation>
    </message>
    <message>
        <source>Change the school year</source>
        <translation>Cambiar el año escolar</translation>
    </message>
    <message>
        <source>Add days off</source>
        <translation>Agregar días libres</translation>
    </message>
    <message>
        <source>Change the days off</source>
        <translation>Cambiar los días libres</translation>
    </message>
    <message>
        <source>Add a grading period</source>
        <translation>Agregar un periodo de calificaciones</translation>
    </message>
    <message>
        <source>Change the grading period</source>
        <translation>Cambiar el periodo de calificaciones</translation>
    </message>
    <message>
        <source>For example, 2026-27 (left empty, it is made from the dates)</source>
        <translation>Por ejemplo, 2026-27 (si lo deja vacío, se forma con las fechas)</translation>
    </message>
    <message>
        <source>For example, Winter break</source>
        <translation>Por ejemplo, Vacaciones de invierno</translation>
    </message>
    <message>
        <source>For example, Quarter 1</source>
        <translation>Por ejemplo, Trimestre 1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;What it is:</source>
        <translation>&amp;Qué es:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Primer día:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>Ú&amp;ltimo día:</translation>
    </message>
    <message>
        <source>Kind of day off</source>
        <translation>Tipo de día libre</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>School &amp;weekdays:</source>
        <translation>&amp;Días escolares:</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Qué está mal</translation>
    </message>
    <message>
        <source>The last day is before the first day.</source>
        <translation>El último día es anterior al primer día.</translation>
    </message>
    <message>
        <source>Choose at least one school weekday.</source>
        <translation>Elija al menos un día escolar de la semana.</translation>
    </message>
    <message>
        <source>Give the grading period a name, such as Quarter 1.</source>
        <translation>Dele un nombre al periodo de calificaciones, como Trimestre 1.</translation>
    </message>
    <message>
        <source>delivered</source>
        <extracomment>The state of a session that is expected and has no entry yet. (fill, ink): fills of different lightness, inks at 4.5:1 on them; never the only cue.</extracomment>
        <translation>dada</translation>
    </message>
    <message>
        <source>cut short</source>
        <translation>acortada</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>perdida</translation>
    </message>
    <message>
        <source>make-up</source>
        <translation>recuperación</translation>
    </message>
    <message>
        <source>expected, not recorded yet</source>
        <translation>prevista, aún sin registrar</translation>
    </message>
    <message>
        <source>Provider absent</source>
        <translation>Proveedor ausente</translation>
    </message>
    <message>
        <source>School event</source>
        <translation>Evento escolar</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>Exámenes</translation>
    </message>
    <message>
        <source>Student absent</source>
        <translation>Estudiante ausente</translation>
    </message>
    <message>
        <source>Student refused</source>
        <translation>El estudiante se negó</translation>
    </message>
    <message>
        <source>School closed</source>
        <translation>Escuela cerrada</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>No sé</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>No programada</translation>
    </message>
    <message>
        <source>Provider reassigned to other duties</source>
        <translation>Proveedor asignado a otras tareas</translation>
    </message>
    <message>
        <source>Delayed start or early release</source>
        <translation>Entrada tarde o salida temprana</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>No se indicó</translation>
    </message>
    <message>
        <source>I saw it</source>
        <translation>Yo lo vi</translation>
    </message>
    <message>
        <source>My child told me</source>
        <translation>Mi hijo me lo dijo</translation>
    </message>
    <message>
        <source>Provider&apos;s log</source>
        <translation>Registro del proveedor</translation>
    </message>
    <message>
        <source>School record</source>
        <translation>Registro de la escuela</translation>
    </message>
    <message>
        <source>One session: count the surer record</source>
        <translation>Una sesión: contar el registro más seguro</translation>
    </message>
    <message>
        <source>One session: count this record</source>
        <translation>Una sesión: contar este registro</translation>
    </message>
    <message>
        <source>A separate session of its own</source>
        <translation>Una sesión aparte</translation>
    </message>
    <message>
        <source>When two people log the same service on the same day (for example you and the provider), IEPDesk counts one session. If the records disagree it counts the surer one: the provider&apos;s log, then the school record, then what you saw, then what your child said. Choose &quot;count this record&quot; to count this one instead, or &quot;a separate session&quot; if there really were two sessions.</source>
        <translation>Cuando dos personas registran el mismo servicio el mismo día (por ejemplo, usted y el proveedor), IEPDesk cuenta una sesión. Si los registros no coinciden, cuenta el más seguro: el registro del proveedor, luego el registro de la escuela, luego lo que usted vio y luego lo que dijo su hijo. Elija &quot;contar este registro&quot; para contar este en su lugar, o &quot;una sesión aparte&quot; si de verdad hubo dos sesiones.</translation>
    </message>
    <message>
        <source>an entry with no source</source>
        <translation>una entrada sin fuente</translation>
    </message>
    <message>
        <source>your note</source>
        <translation>su nota</translation>
    </message>
    <message>
        <source>what your child said</source>
        <translation>lo que dijo su hijo</translation>
    </message>
    <message>
        <source>the provider&apos;s log</source>
        <translation>el registro del proveedor</translation>
    </message>
    <message>
        <source>the school record</source>
        <translation>el registro de la escuela</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Feriado</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Vacaciones</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <source>Staff day</source>
        <translation>Día del personal</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation>Fin de semana</translation>
    </message>
    <message>
        <source>Outside the school year</source>
        <translation>Fuera del año escolar</translation>
    </message>
    <message>
        <source>No date found</source>
        <translation>No se encontró la fecha</translation>
    </message>
    <message>
        <source>No status found (delivered, missed, cut short, make-up)</source>
        <translation>No se encontró el estado (delivered, missed, cut short, make-up)</translation>
    </message>
    <message>
        <source>No school year is entered, so every Monday to Friday is counted as a school day.</source>
        <translation>No hay un año escolar ingresado, así que cada lunes a viernes se cuenta como día escolar.</translation>
    </message>
    <message>
        <source>dddd, MMMM d, yyyy</source>
        <translation>dddd, d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>ddd, MMM d, yyyy</source>
        <translation>ddd, d MMM yyyy</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>as planned</source>
        <translation>según lo previsto</translation>
    </message>
    <message>
        <source>log {services} {status} on {day}</source>
        <translation>registrar {services} ({status}) el {day}</translation>
    </message>
    <message>
        <source>mark the week of {day}</source>
        <translation>marcar la semana del {day}</translation>
    </message>
    <message>
        <source>delete {service} {status} on {day}</source>
        <translation>eliminar {service} ({status}) del {day}</translation>
    </message>
    <message>
        <source>change {service} on {day}</source>
        <translation>cambiar {service} del {day}</translation>
    </message>
    <message numerus="yes">
        <source>%n entries for {service} from a provider&apos;s log</source>
        <translation>
            <numerusform>%n entrada de {service} del registro de un proveedor</numerusform>
            <numerusform>%n entradas de {service} del registro de un proveedor</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark the week delivered</source>
        <translation>Marcar la semana como dada</translation>
    </message>
    <message>
        <source>The week of {day}</source>
        <translation>La semana del {day}</translation>
    </message>
    <message>
        <source>Every weekly session below will be logged as delivered. Tick the ones that did NOT happen: they are logged as missed (reason: don&apos;t know; you can change it from the day). Sessions already logged are left as they are.</source>
        <translation>Cada sesión semanal de abajo se registrará como dada. Marque las que NO ocurrieron: se registran como perdidas (motivo: no sé; puede cambiarlo desde el día). Las sesiones ya registradas se quedan como están.</translation>
    </message>
    <message>
        <source>{name}: {n} × {minutes} min</source>
        <translation>{name}: {n} × {minutes} min</translation>
    </message>
    <message>
        <source>{sym} missed on {day}</source>
        <translation>{sym} perdida el {day}</translation>
    </message>
    <message>
        <source>Already logged ({day})</source>
        <translation>Ya registrada ({day})</translation>
    </message>
    <message>
        <source>No fixed days: the first school days of the week are used as the dates.</source>
        <translation>Sin días fijos: se usan como fechas los primeros días escolares de la semana.</translation>
    </message>
    <message>
        <source>No weekly sessions are expected this week.</source>
        <translation>No se esperan sesiones semanales esta semana.</translation>
    </message>
    <message>
        <source>&amp;Log the week</source>
        <translation>&amp;Registrar la semana</translation>
    </message>
    <message>
        <source>Accommodation</source>
        <translation>Adaptación</translation>
    </message>
    <message>
        <source>Modification</source>
        <translation>Modificación</translation>
    </message>
    <message>
        <source>Supplementary aid</source>
        <translation>Ayuda suplementaria</translation>
    </message>
    <message>
        <source>Change the incident</source>
        <extracomment>Kept in the case&apos;s draft store when the case locks with this dialog open (see ui.widgets.unsaved).</extracomment>
        <translation>Cambiar el incidente</translation>
    </message>
    <message>
        <source>Record an incident</source>
        <translation>Registrar un incidente</translation>
    </message>
    <message>
        <source>Date of the incident</source>
        <translation>Fecha del incidente</translation>
    </message>
    <message>
        <source>What the IEP says that was not followed</source>
        <translation>Lo que dice el IEP y no se cumplió</translation>
    </message>
    <message>
        <source>No IEP is in effect on this date, so there is nothing to tick.</source>
        <translation>No hay ningún IEP vigente en esta fecha, así que no hay nada que marcar.</translation>
    </message>
    <message>
        <source>Facts only: what the IEP says, and what happened instead. For example: no extended time on the math test.</source>
        <translation>Solo los hechos: lo que dice el IEP y lo que pasó en su lugar. Por ejemplo: no hubo tiempo adicional en el examen de matemáticas.</translation>
    </message>
    <message>
        <source>Who reported it</source>
        <translation>Quién lo informó</translation>
    </message>
    <message>
        <source>My child</source>
        <translation>Mi hijo</translation>
    </message>
    <message>
        <source>Me (parent)</source>
        <translation>Yo (padre o madre)</translation>
    </message>
    <message>
        <source>Choose or type a name</source>
        <translation>Elija o escriba un nombre</translation>
    </message>
    <message>
        <source>The child&apos;s own words</source>
        <translation>Las propias palabras del niño</translation>
    </message>
    <message>
        <source>Exactly as your child said it, if they did (optional)</source>
        <translation>Exactamente como lo dijo su hijo, si lo dijo (opcional)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>For example: photo of the test, email from the teacher on 3/4 (optional)</source>
        <translation>Por ejemplo: foto del examen, correo del maestro del 3/4 (opcional)</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Lo que falta</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Reported by:</source>
        <translation>&amp;Informado por:</translation>
    </message>
    <message>
        <source>The child&apos;s &amp;own words:</source>
        <translation>Las palabras del &amp;niño:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Pruebas:</translation>
    </message>
    <message>
        <source>Save the incident</source>
        <translation>Guardar el incidente</translation>
    </message>
    <message>
        <source>{kind}: {title}</source>
        <extracomment>The incident being changed (None: a new one), so a draft goes back to the same incident.</extracomment>
        <translation>{kind}: {title}</translation>
    </message>
    <message>
        <source>Say in a few words what happened.</source>
        <translation>Diga en pocas palabras qué pasó.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Informado por</translation>
    </message>
    <message>
        <source>(nothing ticked)</source>
        <translation>(nada marcado)</translation>
    </message>
    <message>
        <source>Only incidents about</source>
        <translation>Solo los incidentes sobre</translation>
    </message>
    <message>
        <source>Only incidents with these words</source>
        <translation>Solo los incidentes con estas palabras</translation>
    </message>
    <message>
        <source>Words to look for</source>
        <translation>Palabras que buscar</translation>
    </message>
    <message>
        <source>&amp;Words:</source>
        <translation>&amp;Palabras:</translation>
    </message>
    <message>
        <source>Show only</source>
        <translation>Mostrar solo</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>The selected incident in full</source>
        <translation>El incidente seleccionado completo</translation>
    </message>
    <message>
        <source>How many incidents are shown</source>
        <translation>Cuántos incidentes se muestran</translation>
    </message>
    <message>
        <source>No incidents yet. Record one each time an accommodation or service is not given: the date, what happened and who told you. Dated notes made at the time carry weight.</source>
        <translation>Todavía no hay incidentes. Registre uno cada vez que no se dé una adaptación o un servicio: la fecha, qué pasó y quién se lo dijo. Las notas con fecha hechas en el momento tienen peso.</translation>
    </message>
    <message>
        <source>Record the &amp;first incident…</source>
        <translation>Registrar el primer &amp;incidente…</translation>
    </message>
    <message>
        <source>&amp;Record an incident…</source>
        <translation>&amp;Registrar un incidente…</translation>
    </message>
    <message>
        <source>Record a new incident</source>
        <translation>Registrar un incidente nuevo</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Cambiar…</translation>
    </message>
    <message>
        <source>Change the selected incident</source>
        <translation>Cambiar el incidente seleccionado</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Delete the selected incident</source>
        <translation>Eliminar el incidente seleccionado</translation>
    </message>
    <message>
        <source>Each time the IEP was not followed: when, what happened, and who told you.</source>
        <translation>Cada vez que no se cumplió el IEP: cuándo, qué pasó y quién se lo dijo.</translation>
    </message>
    <message>
        <source>Anything</source>
        <extracomment>The list above the incident in full; in a wide window, beside it (see resizeEvent).</extracomment>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>{n} shown (filtered)</source>
        <translation>Mostrando {n} (con filtro)</translation>
    </message>
    <message>
        <source>{n} in all</source>
        <translation>{n} en total</translation>
    </message>
    <message>
        <source>In the child&apos;s own words</source>
        <translation>Con las propias palabras del niño</translation>
    </message>
    <message>
        <source>Delete the incident</source>
        <translation>Eliminar el incidente</translation>
    </message>
    <message>
        <source>Delete the incident of {day}? This cannot be undone.</source>
        <translation>¿Eliminar el incidente del {day}? Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Calendar</source>
        <extracomment>A day dialog open when the case locked is kept under this key (DayDialog.draft_form).</extracomment>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Minutes owed</source>
        <translation>Minutos adeudados</translation>
    </message>
    <message>
        <source>School&apos;s record vs yours</source>
        <translation>Su registro y el de la escuela</translation>
    </message>
    <message>
        <source>School calendar</source>
        <translation>Calendario escolar</translation>
    </message>
    <message>
        <source>Counting rules</source>
        <translation>Reglas de cálculo</translation>
    </message>
    <message>
        <source>&amp;Log today…</source>
        <translation>Registrar h&amp;oy…</translation>
    </message>
    <message>
        <source>Open today&apos;s log: what was delivered or missed</source>
        <translation>Abrir el registro de hoy: qué se dio o se perdió</translation>
    </message>
    <message>
        <source>Each day&apos;s sessions as they happen, and what the school owes for the ones missed.</source>
        <translation>Las sesiones de cada día a medida que ocurren, y lo que la escuela debe por las perdidas.</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>&amp;Import the school&apos;s log…</source>
        <translation>&amp;Importar registro escolar…</translation>
    </message>
    <message>
        <source>Import the school&apos;s service log from a file (CSV, Excel or PDF)</source>
        <translation>Importar el registro de servicios de la escuela desde un archivo (CSV, Excel o PDF)</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <source>Remember on this computer</source>
        <translation>Recordar en esta computadora</translation>
    </message>
    <message>
        <source>Anyone who can log in to this computer account will be able to open the case without the passphrase. Remember it here?</source>
        <translation>Cualquier persona que pueda entrar en esta cuenta de la computadora podrá abrir el caso sin la frase de contraseña. ¿Recordarla aquí?</translation>
    </message>
    <message>
        <source>Remember</source>
        <translation>Recordar</translation>
    </message>
    <message>
        <source>Not remembered</source>
        <translation>No se recordó</translation>
    </message>
    <message>
        <source>The computer&apos;s password store did not accept the key. The passphrase still works.</source>
        <translation>El almacén de contraseñas de la computadora no aceptó la clave. La frase de contraseña sigue funcionando.</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Frase de contraseña cambiada</translation>
    </message>
    <message>
        <source>From now on, the case opens with the new passphrase. Your recovery kit still works.</source>
        <translation>De ahora en adelante, el caso se abre con la nueva frase de contraseña. Su kit de recuperación sigue funcionando.</translation>
    </message>
    <message>
        <source>Choose another name</source>
        <translation>Elija otro nombre</translation>
    </message>
    <message>
        <source>A file named {name} is already there. A backup never replaces a file; choose another name.</source>
        <translation>Ya hay un archivo llamado {name}. Una copia de seguridad nunca reemplaza un archivo; elija otro nombre.</translation>
    </message>
    <message>
        <source>Backing up the case…</source>
        <translation>Haciendo una copia de seguridad del caso…</translation>
    </message>
    <message>
        <source>The backup was not made</source>
        <translation>No se hizo la copia de seguridad</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Copia de seguridad hecha</translation>
    </message>
    <message>
        <source>The backup is saved as {path}. It opens with the same passphrase or recovery kit. Keep a copy away from this computer.</source>
        <translation>La copia de seguridad se guardó como {path}. Se abre con la misma frase de contraseña o el mismo kit de recuperación. Guarde una copia fuera de esta computadora.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>Frase de contraseña a&amp;ctual:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Changing the passphrase</source>
        <translation>Cambiando la frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>&amp;Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>A weak passphrase</source>
        <translation>Una frase de contraseña débil</translation>
    </message>
    <message>
        <source>This passphrase would be easy to guess ({advice}). Use it anyway?</source>
        <translation>Esta frase de contraseña sería fácil de adivinar ({advice}). ¿Usarla de todos modos?</translation>
    </message>
    <message>
        <source>Use it anyway</source>
        <translation>Usarla de todos modos</translation>
    </message>
    <message>
        <source>Choose another</source>
        <translation>Elegir otra</translation>
    </message>
    <message>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation>La frase de contraseña actual no es correcta. No se cambió nada.</translation>
    </message>
    <message>
        <source>The passphrase was not changed</source>
        <translation>No se cambió la frase de contraseña</translation>
    </message>
</context>
<context>
    <name>CheckPanel</name>
    <message>
        <source>Where the required elements come from</source>
        <translation>De dónde vienen los elementos requeridos</translation>
    </message>
    <message>
        <source>Required elements</source>
        <translation>Elementos requeridos</translation>
    </message>
    <message>
        <source>Before you send</source>
        <translation>Antes de enviar</translation>
    </message>
    <message>
        <source>&amp;Export as PDF…</source>
        <translation>&amp;Exportar como PDF…</translation>
    </message>
    <message>
        <source>Export the letter as a PDF file</source>
        <translation>Exportar la carta como archivo PDF</translation>
    </message>
    <message>
        <source>&amp;Copy as text</source>
        <translation>&amp;Copiar como texto</translation>
    </message>
    <message>
        <source>Copy the letter as plain text, for an email</source>
        <translation>Copiar la carta como texto simple, para un correo electrónico</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print the letter</source>
        <translation>Imprimir la carta</translation>
    </message>
    <message>
        <source>&amp;Mark as sent…</source>
        <translation>&amp;Marcar como enviada…</translation>
    </message>
    <message>
        <source>Record the day the letter was sent</source>
        <translation>Registrar el día en que se envió la carta</translation>
    </message>
    <message>
        <source>&amp;Leave out what is outside the window</source>
        <translation>&amp;Quitar lo que está fuera del plazo</translation>
    </message>
    <message>
        <source>Remove from the text the lines marked as older than the filing window</source>
        <translation>Quitar del texto las líneas marcadas como anteriores al plazo para presentar</translation>
    </message>
    <message>
        <source>A PDF, a printed copy or copied text is not encrypted: keep it somewhere private.</source>
        <translation>Un PDF, una copia impresa o un texto copiado no están cifrados: guárdelos en un lugar privado.</translation>
    </message>
    <message numerus="yes">
        <source>What {source} asks for. %n missing.</source>
        <translation>
            <numerusform>Lo que pide {source}. Falta %n.</numerusform>
            <numerusform>Lo que pide {source}. Faltan %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>What {source} asks for. All present.</source>
        <translation>Lo que pide {source}. Todo está presente.</translation>
    </message>
    <message>
        <source>No rule lists required parts for this kind of letter. Read it through before sending.</source>
        <translation>Ninguna regla indica partes requeridas para este tipo de carta. Léala completa antes de enviarla.</translation>
    </message>
    <message>
        <source>present</source>
        <translation>presente</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>Lines marked as outside the filing window: {n}. Keep them as background, or leave them out with the button below.</source>
        <translation>Líneas marcadas como fuera del plazo para presentar: {n}. Consérvelas como antecedentes o quítelas con el botón de abajo.</translation>
    </message>
    <message>
        <source>Placeholders [like this] still in the text: {n}. Replace each one, or fill it in by hand on paper.</source>
        <translation>Marcadores [como este] que quedan en el texto: {n}. Reemplace cada uno o complételo a mano en el papel.</translation>
    </message>
</context>
<context>
    <name>CheckStep</name>
    <message>
        <source>What the import will add</source>
        <translation>Lo que agregará la importación</translation>
    </message>
    <message>
        <source>The dates of the sessions</source>
        <translation>Las fechas de las sesiones</translation>
    </message>
    <message>
        <source>Sessions per service</source>
        <translation>Sesiones por servicio</translation>
    </message>
    <message>
        <source>Rows that will not be imported</source>
        <translation>Filas que no se importarán</translation>
    </message>
    <message>
        <source>Leave out the rows that cannot be imported</source>
        <translation>Omitir las filas que no se pueden importar</translation>
    </message>
    <message>
        <source>What is still to do before importing</source>
        <translation>Lo que falta hacer antes de importar</translation>
    </message>
    <message>
        <source>Nothing is written until you press Import; then all of it is written, or nothing. The file is kept with the case, encrypted, linked to each session it adds.</source>
        <translation>No se escribe nada hasta que pulse Importar; entonces se escribe todo, o nada. El archivo se guarda con el caso, cifrado, vinculado a cada sesión que agrega.</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions will be added; {m} are already in the case and will be skipped.</source>
        <translation>
            <numerusform>Se agregará %n sesión; se omitirán las que ya están en el caso: {m}.</numerusform>
            <numerusform>Se agregarán %n sesiones; se omitirán las que ya están en el caso: {m}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Once that is done, %n sessions will be added; {m} are already in the case and will be skipped.</source>
        <translation>
            <numerusform>Cuando esté hecho, se agregará %n sesión; se omitirán las que ya están en el caso: {m}.</numerusform>
            <numerusform>Cuando esté hecho, se agregarán %n sesiones; se omitirán las que ya están en el caso: {m}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{service}: %n sessions</source>
        <translation>
            <numerusform>{service}: %n sesión</numerusform>
            <numerusform>{service}: %n sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows cannot be imported as they are (marked ✗ in step 1):</source>
        <translation>
            <numerusform>%n fila no se puede importar tal como está (marcada con ✗ en el paso 1):</numerusform>
            <numerusform>%n filas no se pueden importar tal como están (marcadas con ✗ en el paso 1):</numerusform>
        </translation>
    </message>
    <message>
        <source>From {first} to {last}.</source>
        <translation>Del {first} al {last}.</translation>
    </message>
    <message>
        <source>(no service)</source>
        <translation>(sin servicio)</translation>
    </message>
    <message>
        <source>and {n} more.</source>
        <translation>y {n} más.</translation>
    </message>
    <message>
        <source>Left out, as they could not be imported: {n} (rows {rows}).</source>
        <translation>Omitidas, porque no se pudieron importar: {n} (filas {rows}).</translation>
    </message>
    <message>
        <source>&amp;Leave out the rows that cannot be imported, and import the others</source>
        <translation>&amp;Omitir las filas que no se pueden importar e importar las demás</translation>
    </message>
</context>
<context>
    <name>ChildForm</name>
    <message>
        <source>Child&apos;s name</source>
        <extracomment>&quot;Add your state&apos;s own figures…&quot; was pressed (the page opens the dialog). Enter in one of the one-line fields (the page saves).</extracomment>
        <translation>Nombre del niño</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grado</translation>
    </message>
    <message>
        <source>For example, 3rd grade</source>
        <translation>Por ejemplo, 3.er grado</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <source>School district</source>
        <translation>Distrito escolar</translation>
    </message>
    <message>
        <source>Add &amp;your state&apos;s own figures…</source>
        <translation>Agregar las ci&amp;fras de su estado…</translation>
    </message>
    <message>
        <source>Record your state&apos;s own figures</source>
        <translation>Registrar las cifras propias de su estado</translation>
    </message>
    <message>
        <source>Where IEPDesk has no rule for the state, record the state&apos;s own deadline.</source>
        <translation>Donde IEPDesk no tiene una regla para el estado, registre el plazo propio del estado.</translation>
    </message>
    <message>
        <source>Date of the last full evaluation</source>
        <translation>Fecha de la última evaluación completa</translation>
    </message>
    <message>
        <source>The three-year reevaluation is counted from this date.</source>
        <translation>La reevaluación de cada tres años se cuenta desde esta fecha.</translation>
    </message>
    <message>
        <source>Child&apos;s home address</source>
        <translation>Dirección del hogar del niño</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>As you sign letters</source>
        <translation>Como firma sus cartas</translation>
    </message>
    <message>
        <source>Your email</source>
        <translation>Su correo electrónico</translation>
    </message>
    <message>
        <source>Your phone</source>
        <translation>Su teléfono</translation>
    </message>
    <message>
        <source>Your mailing address</source>
        <translation>Su dirección postal</translation>
    </message>
    <message>
        <source>If not the same as the child&apos;s</source>
        <translation>Si no es la misma que la del niño</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>Fecha de naci&amp;miento:</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>&amp;Grado:</translation>
    </message>
    <message>
        <source>&amp;School:</source>
        <translation>&amp;Escuela:</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;Distrito:</translation>
    </message>
    <message>
        <source>Stat&amp;e:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <source>Las&amp;t full evaluation:</source>
        <translation>Úl&amp;tima evaluación completa:</translation>
    </message>
    <message>
        <source>H&amp;ome address:</source>
        <translation>Dirección del &amp;hogar:</translation>
    </message>
    <message>
        <source>You&amp;r name:</source>
        <translation>Su nom&amp;bre:</translation>
    </message>
    <message>
        <source>Your emai&amp;l:</source>
        <translation>Su &amp;correo electrónico:</translation>
    </message>
    <message>
        <source>Your &amp;phone:</source>
        <translation>Su te&amp;léfono:</translation>
    </message>
    <message>
        <source>Your ma&amp;iling address:</source>
        <translation>Su dirección &amp;postal:</translation>
    </message>
    <message>
        <source>You, for letters and complaints</source>
        <translation>Usted, para cartas y quejas</translation>
    </message>
</context>
<context>
    <name>ChildTeamPage</name>
    <message>
        <source>Sa&amp;ve changes</source>
        <translation>G&amp;uardar cambios</translation>
    </message>
    <message>
        <source>Save the child&apos;s details</source>
        <translation>Guardar los datos del niño</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>The child</source>
        <translation>El niño</translation>
    </message>
    <message>
        <source>The team</source>
        <translation>El equipo</translation>
    </message>
    <message>
        <source>The people at school who work with your child. Letters and the binder name them; double-click one to change it.</source>
        <translation>Las personas de la escuela que trabajan con su hijo. Las cartas y la carpeta las nombran; haga doble clic en una para cambiarla.</translation>
    </message>
    <message>
        <source>Child &amp; team</source>
        <translation>Niño y equipo</translation>
    </message>
    <message>
        <source>Your child&apos;s details and the people at school. Letters, the binder and the dates use them.</source>
        <translation>Los datos de su hijo y las personas de la escuela. Las cartas, la carpeta y las fechas los usan.</translation>
    </message>
    <message>
        <source>Changes discarded.</source>
        <translation>Cambios descartados.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Your state&apos;s figures are saved.</source>
        <translation>Las cifras de su estado están guardadas.</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>No se agregó</translation>
    </message>
    <message>
        <source>Remove team member</source>
        <translation>Quitar a un miembro del equipo</translation>
    </message>
    <message>
        <source>Remove {name} from the team? This cannot be undone.</source>
        <translation>¿Quitar a {name} del equipo? Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>CitesPage</name>
    <message>
        <source>What should the letter cite?</source>
        <translation>¿Qué debe citar la carta?</translation>
    </message>
    <message>
        <source>Tick the records the letter should mention. Leave it all empty if you prefer.</source>
        <translation>Marque los registros que la carta debe mencionar. Si lo prefiere, deje todo sin marcar.</translation>
    </message>
    <message>
        <source>Incidents to cite</source>
        <translation>Incidentes para citar</translation>
    </message>
    <message>
        <source>No incidents recorded yet.</source>
        <translation>Todavía no hay incidentes registrados.</translation>
    </message>
    <message>
        <source>Parts of the IEP to cite</source>
        <translation>Partes del IEP para citar</translation>
    </message>
    <message>
        <source>No IEP in effect today has been entered.</source>
        <translation>No se ha ingresado ningún IEP vigente hoy.</translation>
    </message>
    <message>
        <source>Communications to cite</source>
        <translation>Comunicaciones para citar</translation>
    </message>
    <message>
        <source>No communications logged in the past two years.</source>
        <translation>No hay comunicaciones registradas en los últimos dos años.</translation>
    </message>
    <message>
        <source>Documents to enclose</source>
        <translation>Documentos que se adjuntan</translation>
    </message>
    <message>
        <source>No documents in the case yet.</source>
        <translation>Todavía no hay documentos en el caso.</translation>
    </message>
    <message>
        <source>This letter goes with the meeting &amp;binder</source>
        <translation>Esta carta va con la &amp;carpeta para la reunión</translation>
    </message>
    <message>
        <source>Documents in the binder are then named by their exhibit number.</source>
        <translation>Entonces los documentos de la carpeta se nombran por su número de anexo.</translation>
    </message>
    <message>
        <source>Listed at the end of the letter: with the binder by exhibit number, otherwise by title and date.</source>
        <translation>Se enumeran al final de la carta: con la carpeta, por número de anexo; si no, por título y fecha.</translation>
    </message>
    <message>
        <source>Cite the service &amp;minutes for a period</source>
        <translation>Citar los &amp;minutos de servicio de un periodo</translation>
    </message>
    <message>
        <source>Service minutes from</source>
        <translation>Minutos de servicio desde</translation>
    </message>
    <message>
        <source>Service minutes to</source>
        <translation>Minutos de servicio hasta</translation>
    </message>
    <message>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>What the IEP promises</source>
        <translation>Lo que promete el IEP</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Comunicaciones</translation>
    </message>
    <message>
        <source>Service minutes (from the ledger)</source>
        <translation>Minutos de servicio (de la cuenta de minutos)</translation>
    </message>
    <message>
        <source>Documents sent with the letter</source>
        <translation>Documentos que se envían con la carta</translation>
    </message>
</context>
<context>
    <name>ColumnsStep</name>
    <message>
        <source>These are the first rows of the file. Above each column, say what it holds; IEPDesk guessed from the column names. Rows marked ✗ cannot be imported as they are now (some are put right in the next steps).</source>
        <extracomment>The first rows of the file shown in the preview (rows with a problem are shown as well, up to PROBLEM_ROWS of them). The preview&apos;s own columns before the file&apos;s: the row&apos;s number, and what is wrong with the row.</extracomment>
        <translation>Estas son las primeras filas del archivo. Encima de cada columna, indique qué contiene; IEPDesk lo adivinó por los nombres de las columnas. Las filas marcadas con ✗ no se pueden importar tal como están ahora (algunas se corrigen en los pasos siguientes).</translation>
    </message>
    <message>
        <source>What each column holds</source>
        <translation>Qué contiene cada columna</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>Las primeras filas del archivo</translation>
    </message>
    <message>
        <source>What was found in the file</source>
        <translation>Lo que se encontró en el archivo</translation>
    </message>
    <message>
        <source>How the file writes dates such as 03/04/2026</source>
        <translation>Cómo escribe el archivo fechas como 03/04/2026</translation>
    </message>
    <message>
        <source>month first (03/04 is March 4)</source>
        <translation>primero el mes (03/04 es el 4 de marzo)</translation>
    </message>
    <message>
        <source>day first (03/04 is 3 April)</source>
        <translation>primero el día (03/04 es el 3 de abril)</translation>
    </message>
    <message>
        <source>&amp;Dates such as 03/04/2026 are written:</source>
        <translation>Las &amp;fechas como 03/04/2026 se escriben:</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>No se usa</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Status (what happened)</source>
        <translation>Estado (qué pasó)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Group or individual</source>
        <translation>Grupal o individual</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Qué está mal</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>The column is:</source>
        <translation>La columna es:</translation>
    </message>
    <message>
        <source>What column {n}, “{name}”, holds</source>
        <translation>Qué contiene la columna {n}, “{name}”</translation>
    </message>
    <message>
        <source>month first</source>
        <translation>primero el mes</translation>
    </message>
    <message>
        <source>day first</source>
        <translation>primero el día</translation>
    </message>
    <message>
        <source>as IEPDesk works it out ({how})</source>
        <translation>como lo deduce IEPDesk ({how})</translation>
    </message>
    <message>
        <source>as IEPDesk works it out</source>
        <translation>como lo deduce IEPDesk</translation>
    </message>
    <message>
        <source>Row {n}: {problem}</source>
        <translation>Fila {n}: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>%n rows in the file ({kind}).</source>
        <translation>
            <numerusform>%n fila en el archivo ({kind}).</numerusform>
            <numerusform>%n filas en el archivo ({kind}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them cannot be imported as they are now (marked ✗), such as {first}.</source>
        <translation>
            <numerusform>%n de ellas no se puede importar tal como está ahora (marcada con ✗): {first}.</numerusform>
            <numerusform>%n de ellas no se pueden importar tal como están ahora (marcadas con ✗), por ejemplo: {first}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows were left out when reading, such as row {row}: {why}.</source>
        <translation>
            <numerusform>Se omitió %n fila al leer, la fila {row}: {why}.</numerusform>
            <numerusform>Se omitieron %n filas al leer, por ejemplo la fila {row}: {why}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first {n} rows are shown, then the other rows marked ✗.</source>
        <translation>Se muestran las primeras {n} filas y luego las demás filas marcadas con ✗.</translation>
    </message>
    <message>
        <source>The first {n} rows are shown.</source>
        <translation>Se muestran las primeras {n} filas.</translation>
    </message>
    <message>
        <source>which column holds the date</source>
        <translation>qué columna contiene la fecha</translation>
    </message>
    <message>
        <source>which column holds what happened, or the minutes</source>
        <translation>qué columna contiene lo que pasó, o los minutos</translation>
    </message>
    <message>
        <source>Still to say: {what}.</source>
        <translation>Falta indicar: {what}.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
</context>
<context>
    <name>CommsModel</name>
    <message>
        <source>To school</source>
        <translation>A la escuela</translation>
    </message>
    <message>
        <source>From school</source>
        <translation>De la escuela</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>To / from</source>
        <translation>A / de</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>{date} (done)</source>
        <translation>{date} (hecho)</translation>
    </message>
    <message>
        <source>{date} (overdue)</source>
        <translation>{date} (vencido)</translation>
    </message>
</context>
<context>
    <name>CommsView</name>
    <message>
        <source>&amp;New entry</source>
        <extracomment>From this width (at the usual text size) the entry form stands beside the list, not under it.</extracomment>
        <translation>&amp;Nueva entrada</translation>
    </message>
    <message>
        <source>Start a new communication entry</source>
        <translation>Empezar una nueva entrada de comunicación</translation>
    </message>
    <message>
        <source>Paste an &amp;email…</source>
        <translation>&amp;Pegar un correo…</translation>
    </message>
    <message>
        <source>Fill a new entry from an email you copied</source>
        <translation>Llenar una nueva entrada con un correo que copió</translation>
    </message>
    <message>
        <source>&amp;Import .eml…</source>
        <translation>&amp;Importar .eml…</translation>
    </message>
    <message>
        <source>Fill a new entry from a saved email file</source>
        <translation>Llenar una nueva entrada con un archivo de correo guardado</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Delete the selected communication</source>
        <translation>Eliminar la comunicación seleccionada</translation>
    </message>
    <message>
        <source>Communications with the school</source>
        <translation>Comunicaciones con la escuela</translation>
    </message>
    <message>
        <source>Nothing logged yet. Every email, call and meeting with the school belongs here. Most parents start with the last email they had from the school.</source>
        <translation>Todavía no hay nada registrado. Aquí va cada correo, llamada y reunión con la escuela. La mayoría de los padres empiezan con el último correo que recibieron de la escuela.</translation>
    </message>
    <message>
        <source>&amp;Paste that email…</source>
        <translation>&amp;Pegar ese correo…</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Seguimientos pendientes</translation>
    </message>
    <message>
        <source>Nothing overdue or due in the next 7 days.</source>
        <translation>Nada vencido ni pendiente en los próximos 7 días.</translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation>&amp;Marcar como hecho</translation>
    </message>
    <message>
        <source>Mark the selected follow-up done</source>
        <translation>Marcar como hecho el seguimiento seleccionado</translation>
    </message>
    <message>
        <source>Overdue, and due in the next 7 days</source>
        <translation>Vencidos, y pendientes en los próximos 7 días</translation>
    </message>
    <message>
        <source>Communications</source>
        <extracomment>The list above the entry; in a wide window, beside it (see resizeEvent).</extracomment>
        <translation>Comunicaciones</translation>
    </message>
    <message>
        <source>Emails, calls, meetings and letters with the school: who, when, what was said.</source>
        <translation>Correos, llamadas, reuniones y cartas con la escuela: quién, cuándo, qué se dijo.</translation>
    </message>
    <message>
        <source>{date} · {subject}</source>
        <translation>{date} · {subject}</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <source>{text} (overdue)</source>
        <translation>{text} (vencido)</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Nueva entrada</translation>
    </message>
</context>
<context>
    <name>Communications</name>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Llamada telefónica</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Portal message</source>
        <translation>Mensaje del portal</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>To the school</source>
        <translation>A la escuela</translation>
    </message>
    <message>
        <source>From the school</source>
        <translation>De la escuela</translation>
    </message>
    <message>
        <source>Say in a few words what it was about (a subject or a summary).</source>
        <extracomment>Documents in the vault. Files to store in the vault when the entry is saved (an imported .eml). Provisions, incidents and other records (not documents).</extracomment>
        <translation>Diga en pocas palabras de qué se trató (un asunto o un resumen).</translation>
    </message>
    <message>
        <source>{child} will receive {what}</source>
        <translation>{child} recibirá {what}</translation>
    </message>
    <message>
        <source>from the {role}</source>
        <translation>de parte de: {role}</translation>
    </message>
    <message>
        <source>in the {place}</source>
        <translation>en: {place}</translation>
    </message>
</context>
<context>
    <name>CommunicationsPage</name>
    <message>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <source>Changes discarded.</source>
        <translation>Cambios descartados.</translation>
    </message>
    <message>
        <source>The entry you are writing</source>
        <translation>La entrada que está escribiendo</translation>
    </message>
    <message>
        <source>{name} (kept when you save)</source>
        <translation>{name} (se conserva al guardar)</translation>
    </message>
    <message>
        <source>Entry of {when}</source>
        <translation>Entrada del {when}</translation>
    </message>
    <message>
        <source>Filled from the email. Check it, then save.</source>
        <translation>Llenado con el correo. Revíselo y luego guárdelo.</translation>
    </message>
    <message>
        <source>{name} is too large to be an email.</source>
        <translation>{name} es demasiado grande para ser un correo.</translation>
    </message>
    <message>
        <source>Email not read</source>
        <translation>No se leyó el correo</translation>
    </message>
    <message>
        <source>Attach documents</source>
        <translation>Adjuntar documentos</translation>
    </message>
    <message>
        <source>What is it about?</source>
        <translation>¿De qué se trata?</translation>
    </message>
    <message>
        <source>No outline</source>
        <translation>Sin esquema</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Delete the entry</source>
        <translation>Eliminar la entrada</translation>
    </message>
    <message>
        <source>Delete this communication from the log? Attached documents stay in the case.</source>
        <translation>¿Eliminar esta comunicación del registro? Los documentos adjuntos se quedan en el caso.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>what</source>
        <translation>qué</translation>
    </message>
    <message>
        <source>group or individual</source>
        <translation>grupal o individual</translation>
    </message>
    <message>
        <source>location</source>
        <translation>lugar</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>proveedor</translation>
    </message>
    <message>
        <source>start</source>
        <translation>inicio</translation>
    </message>
    <message>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>when</source>
        <translation>cuándo</translation>
    </message>
    <message>
        <source>how given</source>
        <translation>cómo se da</translation>
    </message>
    <message>
        <source>area</source>
        <translation>área</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>punto de partida</translation>
    </message>
    <message>
        <source>target</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <source>measured by</source>
        <translation>se mide con</translation>
    </message>
    <message>
        <source>progress reports</source>
        <translation>informes de progreso</translation>
    </message>
    <message>
        <source>baseline as a number</source>
        <translation>punto de partida como número</translation>
    </message>
    <message>
        <source>target as a number</source>
        <translation>meta como número</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unidad</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>wording edited</source>
        <translation>redacción editada</translation>
    </message>
    <message>
        <source>1 provision is the same in both.</source>
        <translation>1 disposición es igual en las dos.</translation>
    </message>
    <message>
        <source>{n} provisions are the same in both.</source>
        <translation>{n} disposiciones son iguales en las dos.</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Cambiado</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nada cambió.</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Quitado</translation>
    </message>
    <message>
        <source>Nothing removed.</source>
        <translation>No se quitó nada.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Agregado</translation>
    </message>
    <message>
        <source>Nothing added.</source>
        <translation>No se agregó nada.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare two IEP versions</source>
        <extracomment>The comparison&apos;s text (the tests read it by this name; QDialog.result() stays reachable as QDialog.result(dialog)).</extracomment>
        <translation>Comparar dos versiones del IEP</translation>
    </message>
    <message>
        <source>Earlier version</source>
        <translation>Versión anterior</translation>
    </message>
    <message>
        <source>Later version</source>
        <translation>Versión posterior</translation>
    </message>
    <message>
        <source>What changed between the two versions</source>
        <translation>Qué cambió entre las dos versiones</translation>
    </message>
    <message>
        <source>&amp;Earlier:</source>
        <translation>&amp;Anterior:</translation>
    </message>
    <message>
        <source>&amp;Later:</source>
        <translation>&amp;Posterior:</translation>
    </message>
    <message>
        <source>Choose two different versions.</source>
        <translation>Elija dos versiones distintas.</translation>
    </message>
    <message>
        <source>One of these versions is no longer in the case.</source>
        <translation>Una de estas versiones ya no está en el caso.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Edit team member</source>
        <extracomment>Kept in the case&apos;s draft store when the case locks with this dialog open (see ui.widgets.unsaved).</extracomment>
        <translation>Editar miembro del equipo</translation>
    </message>
    <message>
        <source>Add a team member</source>
        <translation>Agregar un miembro del equipo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>For example, Ms. Rivera</source>
        <translation>Por ejemplo, Sra. Rivera</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Choose or type a role</source>
        <translation>Elija o escriba una función</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Función:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>Save the team member</source>
        <translation>Guardar el miembro del equipo</translation>
    </message>
</context>
<context>
    <name>CopyPane</name>
    <message>
        <source>Check of your copy</source>
        <extracomment>The copy&apos;s text changed (saved or not): the view asks before leaving unsaved work.</extracomment>
        <translation>Revisión de su copia</translation>
    </message>
    <message>
        <source>Save your copy&apos;s text</source>
        <translation>Guardar el texto de su copia</translation>
    </message>
    <message>
        <source>Export your copy as a PDF file</source>
        <translation>Exportar su copia como archivo PDF</translation>
    </message>
    <message>
        <source>Copy your copy as plain text</source>
        <translation>Copiar su copia como texto sin formato</translation>
    </message>
    <message>
        <source>S&amp;ave</source>
        <translation>Gu&amp;ardar</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>C&amp;opy as text</source>
        <translation>C&amp;opiar como texto</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Imp&amp;rimir…</translation>
    </message>
    <message>
        <source>Print your copy</source>
        <translation>Imprimir su copia</translation>
    </message>
    <message>
        <source>Your copy&apos;s status</source>
        <translation>Estado de su copia</translation>
    </message>
    <message>
        <source>For you to read; the school gets the other one.</source>
        <extracomment>Two by two, or one under the other when the pane is narrow (resizeEvent).</extracomment>
        <translation>Para que usted la lea; la escuela recibe la otra.</translation>
    </message>
    <message>
        <source>Your copy ({language})</source>
        <translation>Su copia ({language})</translation>
    </message>
    <message>
        <source>Your copy of the letter, in {language}</source>
        <translation>Su copia de la carta, en {language}</translation>
    </message>
    <message>
        <source>Your copy is not saved yet.</source>
        <translation>Su copia aún no está guardada.</translation>
    </message>
    <message>
        <source>Missing: {what}.</source>
        <translation>Falta: {what}.</translation>
    </message>
    <message>
        <source>Every required part is there.</source>
        <translation>Están todas las partes necesarias.</translation>
    </message>
    <message>
        <source>Placeholders [like this] still in the text: {n}.</source>
        <translation>Marcadores [como este] que quedan en el texto: {n}.</translation>
    </message>
    <message>
        <source>Your copy was not saved</source>
        <translation>Su copia no se guardó</translation>
    </message>
    <message>
        <source>Your copy is saved. Earlier versions are kept.</source>
        <translation>Su copia está guardada. Se conservan las versiones anteriores.</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>El PDF no se guardó</translation>
    </message>
    <message>
        <source>Saved as {name}. This copy is not encrypted.</source>
        <translation>Guardado como {name}. Esta copia no está cifrada.</translation>
    </message>
    <message>
        <source>Your copy is copied as plain text.</source>
        <translation>Su copia se copió como texto sin formato.</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>No se imprimió</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
</context>
<context>
    <name>CreateCaseWizard</name>
    <message>
        <source>Create a new case</source>
        <extracomment>The case was created; emitted once, when the wizard closes. The parent chose another language on the first page: (language, the child&apos;s name as typed).
----------
Messages Qt&apos;s offscreen platform prints that say nothing about this installation.</extracomment>
        <translation>Crear un caso nuevo</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminar</translation>
    </message>
    <message>
        <source>Close without the recovery kit?</source>
        <translation>¿Cerrar sin el kit de recuperación?</translation>
    </message>
    <message>
        <source>The case has been created, but the recovery kit has not been saved or printed. It cannot be shown again. Without it, a forgotten passphrase means the case cannot be opened.</source>
        <translation>El caso se creó, pero el kit de recuperación no se guardó ni se imprimió. No se puede volver a mostrar. Sin él, si olvida la frase de contraseña, no podrá abrir el caso.</translation>
    </message>
    <message>
        <source>Close without the kit</source>
        <translation>Cerrar sin el kit</translation>
    </message>
    <message>
        <source>Go back to the kit</source>
        <translation>Volver al kit</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Not set</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <source>{what}: type a date.</source>
        <translation>{what}: escriba una fecha.</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>{date} at {time}</source>
        <translation>{date} a las {time}</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>A few details</source>
        <translation>Algunos datos</translation>
    </message>
    <message>
        <source>The case does not hold these. Anything left empty shows in the letter as [a placeholder].</source>
        <translation>El caso no tiene estos datos. Lo que deje vacío aparece en la carta como [un marcador].</translation>
    </message>
    <message>
        <source>A name, or choose someone from your team</source>
        <translation>Un nombre, o elija a alguien de su equipo</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>“{action}”</source>
        <translation>“{action}”</translation>
    </message>
    <message>
        <source>{actions} or “{action}”</source>
        <translation>{actions} o “{action}”</translation>
    </message>
    <message>
        <source>Enter starts a new line; Ctrl+Enter: {action}</source>
        <translation>Enter empieza una línea nueva; Ctrl+Enter: {action}</translation>
    </message>
</context>
<context>
    <name>DocumentDetails</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Date of the document</source>
        <translation>Fecha del documento</translation>
    </message>
    <message>
        <source>Kind of document</source>
        <translation>Tipo de documento</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Etiquetas, separadas por comas</translation>
    </message>
    <message>
        <source>for example: speech, 2025-26</source>
        <translation>por ejemplo: habla, 2025-26</translation>
    </message>
    <message>
        <source>Notes about the document</source>
        <translation>Notas sobre el documento</translation>
    </message>
    <message>
        <source>File name and size</source>
        <translation>Nombre y tamaño del archivo</translation>
    </message>
    <message>
        <source>Records this document is linked to</source>
        <translation>Registros vinculados a este documento</translation>
    </message>
    <message>
        <source>&amp;Link to…</source>
        <translation>&amp;Vincular a…</translation>
    </message>
    <message>
        <source>Link this document to an IEP version, incident, communication or log entry</source>
        <translation>Vincular este documento a una versión del IEP, un incidente, una comunicación o una entrada del registro</translation>
    </message>
    <message>
        <source>&amp;Remove link</source>
        <translation>&amp;Quitar vínculo</translation>
    </message>
    <message>
        <source>Remove the selected link</source>
        <translation>Quitar el vínculo seleccionado</translation>
    </message>
    <message>
        <source>&amp;Save details</source>
        <translation>&amp;Guardar datos</translation>
    </message>
    <message>
        <source>Save the document&apos;s details</source>
        <translation>Guardar los datos del documento</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>&amp;Etiquetas:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Linked to:</source>
        <translation>Vinculado a:</translation>
    </message>
    <message>
        <source>File: {name} · {size}</source>
        <translation>Archivo: {name} · {size}</translation>
    </message>
    <message>
        <source>Nothing yet.</source>
        <translation>Nada todavía.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>IEP</source>
        <translation>IEP</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Informe de progreso</translation>
    </message>
    <message>
        <source>Report card</source>
        <translation>Boleta de calificaciones</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>School&apos;s service log</source>
        <translation>Registro de servicios de la escuela</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>bytes</translation>
    </message>
    <message>
        <source>A document needs a title.</source>
        <translation>Un documento necesita un título.</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <source>File name: {name}</source>
        <translation>Nombre del archivo: {name}</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>Adding was cancelled; nothing was added.</source>
        <translation>Se canceló; no se agregó nada.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <source>Changes discarded.</source>
        <translation>Cambios descartados.</translation>
    </message>
    <message>
        <source>The document&apos;s details</source>
        <translation>Los datos del documento</translation>
    </message>
    <message>
        <source>Files are already being added. Wait for that to finish, then try again.</source>
        <translation>Ya se están agregando archivos. Espere a que termine y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Added 1 file.</source>
        <translation>Se agregó 1 archivo.</translation>
    </message>
    <message>
        <source>Added {n} files.</source>
        <translation>Se agregaron {n} archivos.</translation>
    </message>
    <message>
        <source>{name} is already in the case as {link}; it was not stored twice.</source>
        <translation>{name} ya está en el caso como {link}; no se guardó dos veces.</translation>
    </message>
    <message>
        <source>Could not be read: {names}.</source>
        <translation>No se pudieron leer: {names}.</translation>
    </message>
    <message>
        <source>There were no files to add.</source>
        <translation>No había archivos para agregar.</translation>
    </message>
    <message>
        <source>Attachment not added</source>
        <translation>No se agregó el adjunto</translation>
    </message>
    <message>
        <source>{name} was added as its own document: {link}.</source>
        <translation>{name} se agregó como documento aparte: {link}.</translation>
    </message>
    <message>
        <source>Making 1 large document searchable…</source>
        <translation>Preparando 1 documento grande para búsquedas…</translation>
    </message>
    <message>
        <source>Making {n} large documents searchable…</source>
        <translation>Preparando {n} documentos grandes para búsquedas…</translation>
    </message>
    <message>
        <source>A document needs a title.</source>
        <translation>Un documento necesita un título.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Link the document to…</source>
        <translation>Vincular el documento a…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>The exported copies are not encrypted: anyone who can open that folder can read them.</source>
        <translation>Las copias exportadas no están cifradas: cualquier persona que pueda abrir esa carpeta puede leerlas.</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Elegir una carpeta…</translation>
    </message>
    <message>
        <source>Saving copies…</source>
        <translation>Guardando copias…</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>No se exportó</translation>
    </message>
    <message>
        <source>Saved 1 copy in {folder}. It is not encrypted.</source>
        <translation>Se guardó 1 copia en {folder}. No está cifrada.</translation>
    </message>
    <message>
        <source>Saved {n} copies in {folder}. They are not encrypted.</source>
        <translation>Se guardaron {n} copias en {folder}. No están cifradas.</translation>
    </message>
    <message>
        <source>Not saved (damaged inside the case): {names}.</source>
        <translation>No se guardaron (dañados dentro del caso): {names}.</translation>
    </message>
    <message>
        <source>Delete “{title}” from the case? Its links go too. This cannot be undone.</source>
        <translation>¿Eliminar “{title}” del caso? También se eliminan sus vínculos. Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete {n} documents from the case? Their links go too. This cannot be undone.</source>
        <translation>¿Eliminar {n} documentos del caso? También se eliminan sus vínculos. Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete documents</source>
        <translation>Eliminar documentos</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Eliminado.</translation>
    </message>
    <message>
        <source>Files not added</source>
        <translation>No se agregaron los archivos</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Agregar archivos…</translation>
    </message>
    <message>
        <source>Add files to the case</source>
        <translation>Agregar archivos al caso</translation>
    </message>
    <message>
        <source>Add a &amp;folder…</source>
        <translation>Agregar una &amp;carpeta…</translation>
    </message>
    <message>
        <source>Add every file in a folder</source>
        <translation>Agregar todos los archivos de una carpeta</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Save unencrypted copies of the selected documents</source>
        <translation>Guardar copias sin cifrar de los documentos seleccionados</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Delete the selected documents from the case</source>
        <translation>Eliminar del caso los documentos seleccionados</translation>
    </message>
    <message>
        <source>Show only this kind of document</source>
        <translation>Mostrar solo este tipo de documento</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Show only documents with this tag</source>
        <translation>Mostrar solo los documentos con esta etiqueta</translation>
    </message>
    <message>
        <source>Show only documents with these words</source>
        <translation>Mostrar solo los documentos con estas palabras</translation>
    </message>
    <message>
        <source>Words in the title, tags, notes or the text inside</source>
        <translation>Palabras del título, las etiquetas, las notas o el texto interior</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation>Trabajo en curso</translation>
    </message>
    <message>
        <source>Documents in the case</source>
        <translation>Documentos del caso</translation>
    </message>
    <message>
        <source>No documents yet. Keep the IEP, evaluations, report cards and the school&apos;s letters here, locked with the case. Most parents start with the IEP itself.</source>
        <extracomment>No documents at all: what they are for and the first step, in place of the list and preview.</extracomment>
        <translation>Todavía no hay documentos. Guarde aquí el IEP, las evaluaciones, las boletas de calificaciones y las cartas de la escuela, bloqueados con el caso. La mayoría de los padres empiezan con el propio IEP.</translation>
    </message>
    <message>
        <source>Add the IEP &amp;file…</source>
        <translation>Agregar el &amp;archivo del IEP…</translation>
    </message>
    <message>
        <source>No document matches what is chosen above.</source>
        <extracomment>Documents, but none matches the filters: only that, where the list was.</extracomment>
        <translation>Ningún documento coincide con lo elegido arriba.</translation>
    </message>
    <message>
        <source>The chosen document</source>
        <translation>El documento elegido</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>De&amp;tails and links</source>
        <translation>Da&amp;tos y vínculos</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Papers and files kept inside the locked case. Drop files on this window, or add them with the buttons.</source>
        <translation>Papeles y archivos guardados dentro del caso bloqueado. Suelte archivos en esta ventana o agréguelos con los botones.</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
</context>
<context>
    <name>EmailPreview</name>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Copy to</source>
        <translation>Copia a</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>Cc:</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>Enviado:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Asunto:</translation>
    </message>
    <message>
        <source>Email text</source>
        <translation>Texto del correo</translation>
    </message>
    <message>
        <source>Attachments of the email</source>
        <translation>Adjuntos del correo</translation>
    </message>
    <message>
        <source>Add the attachment to &amp;documents</source>
        <translation>Agregar el adjunto a &amp;documentos</translation>
    </message>
    <message>
        <source>Add the selected attachment as its own document</source>
        <translation>Agregar el adjunto seleccionado como documento aparte</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Adjuntos:</translation>
    </message>
    <message>
        <source>(This email has no readable text.)</source>
        <translation>(Este correo no tiene texto legible.)</translation>
    </message>
    <message>
        <source>This email has no attachments.</source>
        <translation>Este correo no tiene adjuntos.</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>How: email, call, meeting…</source>
        <translation>Cómo: correo, llamada, reunión…</translation>
    </message>
    <message>
        <source>To or from the school</source>
        <translation>A la escuela o de la escuela</translation>
    </message>
    <message>
        <source>Team members involved</source>
        <translation>Miembros del equipo que participaron</translation>
    </message>
    <message>
        <source>Add the team on the Overview page to choose people here.</source>
        <translation>Agregue el equipo en la página Resumen para elegir personas aquí.</translation>
    </message>
    <message>
        <source>Other people, not in the team</source>
        <translation>Otras personas, fuera del equipo</translation>
    </message>
    <message>
        <source>Other people (names or email addresses)</source>
        <translation>Otras personas (nombres o correos electrónicos)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>What was said: the message, or a summary</source>
        <translation>Lo que se dijo: el mensaje, o un resumen</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Fecha de seguimiento</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>The follow-up is done</source>
        <translation>El seguimiento está hecho</translation>
    </message>
    <message>
        <source>Attached documents</source>
        <translation>Documentos adjuntos</translation>
    </message>
    <message>
        <source>&amp;Attach a document…</source>
        <translation>&amp;Adjuntar un documento…</translation>
    </message>
    <message>
        <source>Attach a document from the case</source>
        <translation>Adjuntar un documento del caso</translation>
    </message>
    <message>
        <source>What it is about</source>
        <translation>De qué se trata</translation>
    </message>
    <message>
        <source>Lin&amp;k to an IEP item or incident…</source>
        <translation>&amp;Vincular a un punto del IEP o un incidente…</translation>
    </message>
    <message>
        <source>Link to an IEP item or an incident</source>
        <translation>Vincular a un punto del IEP o a un incidente</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the communication</source>
        <translation>Guardar la comunicación</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Cómo:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>C&amp;uándo:</translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation>&amp;Personas:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>A&amp;sunto:</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>Seguimiento:</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>&amp;Message or summary:</source>
        <translation>&amp;Mensaje o resumen:</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
</context>
<context>
    <name>FileChooser</name>
    <message>
        <source>IEPDesk cases (*{suffix});;All files (*)</source>
        <extracomment>Cases are never replaced (the core refuses), so the dialog should not offer to replace one.</extracomment>
        <translation>Casos de IEPDesk (*{suffix});;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Where to save the case</source>
        <translation>Dónde guardar el caso</translation>
    </message>
    <message>
        <source>Open a case</source>
        <translation>Abrir un caso</translation>
    </message>
    <message>
        <source>Save the backup as</source>
        <translation>Guardar la copia de seguridad como</translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>Elija la copia de seguridad para restaurar</translation>
    </message>
    <message>
        <source>Where to put the restored case (a new name)</source>
        <translation>Dónde poner el caso restaurado (un nombre nuevo)</translation>
    </message>
    <message>
        <source>Save the shared copy as</source>
        <translation>Guardar la copia compartida como</translation>
    </message>
    <message>
        <source>Save the recovery kit</source>
        <translation>Guardar el kit de recuperación</translation>
    </message>
    <message>
        <source>Save the letter as PDF</source>
        <translation>Guardar la carta como PDF</translation>
    </message>
    <message>
        <source>Save the meeting binder</source>
        <translation>Guardar la carpeta para la reunión</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Add files to the case</source>
        <translation>Agregar archivos al caso</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Add every file in a folder</source>
        <translation>Agregar todos los archivos de una carpeta</translation>
    </message>
    <message>
        <source>Save unencrypted copies in which folder?</source>
        <translation>¿En qué carpeta guardar las copias sin cifrar?</translation>
    </message>
    <message>
        <source>Import a saved email</source>
        <translation>Importar un correo guardado</translation>
    </message>
    <message>
        <source>Saved emails (*.eml);;All files (*)</source>
        <translation>Correos guardados (*.eml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose the file with the goal&apos;s data</source>
        <translation>Elija el archivo con los datos de la meta</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Hojas de cálculo (*.csv *.tsv *.txt *.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose the school&apos;s service log</source>
        <translation>Elija el registro de servicios de la escuela</translation>
    </message>
    <message>
        <source>Service logs (*.csv *.tsv *.txt *.xlsx *.pdf);;Spreadsheets (*.csv *.tsv *.xlsx);;PDF printouts (*.pdf);;All files (*)</source>
        <translation>Registros de servicios (*.csv *.tsv *.txt *.xlsx *.pdf);;Hojas de cálculo (*.csv *.tsv *.xlsx);;Impresiones en PDF (*.pdf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Calendar files (*.ics);;All files (*)</source>
        <translation>Archivos de calendario (*.ics);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose the district&apos;s calendar file</source>
        <translation>Elija el archivo de calendario del distrito</translation>
    </message>
    <message>
        <source>Save the schedule as</source>
        <translation>Guardar el horario como</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>who</source>
        <translation>quién</translation>
    </message>
    <message>
        <source>what</source>
        <translation>qué</translation>
    </message>
    <message>
        <source>where</source>
        <translation>dónde</translation>
    </message>
    <message>
        <source>when</source>
        <translation>cuándo</translation>
    </message>
    <message>
        <source>how much</source>
        <translation>cuánto</translation>
    </message>
    <message>
        <source>how often</source>
        <translation>con qué frecuencia</translation>
    </message>
    <message>
        <source>how</source>
        <translation>cómo</translation>
    </message>
    <message>
        <source>how it is measured</source>
        <translation>cómo se mide</translation>
    </message>
    <message>
        <source>the baseline</source>
        <translation>el punto de partida</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} y {last}</translation>
    </message>
    <message>
        <source>IEP wording</source>
        <translation>Redacción del IEP</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>When it applies</source>
        <translation>Cuándo se aplica</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation>Se mide con</translation>
    </message>
    <message>
        <source>Progress reported</source>
        <translation>Informe del progreso</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>How much</source>
        <translation>Cuánto</translation>
    </message>
    <message>
        <source>Individual or group</source>
        <translation>Individual o en grupo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>How your child gets it</source>
        <translation>Cómo lo recibe su hijo</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Punto de partida</translation>
    </message>
    <message>
        <source>Not written down: {aspect}</source>
        <translation>No está por escrito: {aspect}</translation>
    </message>
    <message>
        <source>Vague: “{words}” ({field})</source>
        <translation>Impreciso: “{words}” ({field})</translation>
    </message>
    <message>
        <source>Not written down: {aspects}</source>
        <translation>No está por escrito: {aspects}</translation>
    </message>
    <message>
        <source>Go to “{field}”</source>
        <translation>Ir a “{field}”</translation>
    </message>
    <message>
        <source>Go to the field “{field}”</source>
        <translation>Ir al campo “{field}”</translation>
    </message>
    <message>
        <source>Suggested wording</source>
        <translation>Redacción sugerida</translation>
    </message>
    <message>
        <source>A clearer way to write it:</source>
        <translation>Una forma más clara de escribirlo:</translation>
    </message>
    <message>
        <source>Propose at the next meeting</source>
        <translation>Proponer en la próxima reunión</translation>
    </message>
    <message>
        <source>Use this wording</source>
        <translation>Usar esta redacción</translation>
    </message>
    <message>
        <source>Keep the suggested wording as a note to propose at the next meeting</source>
        <translation>Guardar la redacción sugerida como nota para proponerla en la próxima reunión</translation>
    </message>
    <message>
        <source>Put the suggested wording into the IEP wording field</source>
        <translation>Poner la redacción sugerida en el campo de redacción del IEP</translation>
    </message>
    <message>
        <source>Clarity check summary</source>
        <translation>Resumen de la revisión de claridad</translation>
    </message>
    <message>
        <source>This IEP is signed: keep its wording exactly as written, and bring these suggestions to the next meeting.</source>
        <translation>Este IEP está firmado: conserve su redacción tal como está escrita y lleve estas sugerencias a la próxima reunión.</translation>
    </message>
    <message>
        <source>To propose at the next meeting (saved with this provision):</source>
        <translation>Para proponer en la próxima reunión (guardado con esta disposición):</translation>
    </message>
    <message>
        <source>Notes to propose at the next meeting</source>
        <translation>Notas para proponer en la próxima reunión</translation>
    </message>
    <message>
        <source>These are advice only. You can save at any time.</source>
        <translation>Son solo consejos. Puede guardar en cualquier momento.</translation>
    </message>
    <message>
        <source>Clarity check</source>
        <translation>Revisión de claridad</translation>
    </message>
    <message>
        <source>As you type, this checks that the provision says who, what, where, when and how much, and points out vague words.</source>
        <translation>Mientras escribe, esto revisa que la disposición diga quién, qué, dónde, cuándo y cuánto, y señala las palabras imprecisas.</translation>
    </message>
    <message>
        <source>✓ Nothing to point out: it says {aspects}.</source>
        <translation>✓ Nada que señalar: dice {aspects}.</translation>
    </message>
    <message>
        <source>✓ Nothing to point out.</source>
        <translation>✓ Nada que señalar.</translation>
    </message>
    <message>
        <source>1 thing to check.</source>
        <translation>1 cosa que revisar.</translation>
    </message>
    <message>
        <source>{n} things to check.</source>
        <translation>{n} cosas que revisar.</translation>
    </message>
</context>
<context>
    <name>GoalImportDialog</name>
    <message>
        <source>Import the goal&apos;s data</source>
        <extracomment>The source of imported points unless the parent says otherwise (DataSource.PROVIDER_DATA).</extracomment>
        <translation>Importar los datos de la meta</translation>
    </message>
    <message>
        <source>Data for the goal from {name}</source>
        <translation>Datos de la meta desde {name}</translation>
    </message>
    <message>
        <source>The file being imported</source>
        <translation>El archivo que se importa</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
    <message>
        <source>What IEPDesk is doing</source>
        <translation>Lo que IEPDesk está haciendo</translation>
    </message>
    <message>
        <source>Working, please wait</source>
        <translation>Trabajando, espere por favor</translation>
    </message>
    <message>
        <source>What the file would add</source>
        <translation>Lo que el archivo agregaría</translation>
    </message>
    <message>
        <source>How you know these values</source>
        <translation>Cómo sabe estos valores</translation>
    </message>
    <message>
        <source>How the file writes dates</source>
        <translation>Cómo escribe las fechas el archivo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elija…</translation>
    </message>
    <message>
        <source>Month first (3/4 is March 4)</source>
        <translation>Primero el mes (3/4 es el 4 de marzo)</translation>
    </message>
    <message>
        <source>Day first (3/4 is April 3)</source>
        <translation>Primero el día (3/4 es el 3 de abril)</translation>
    </message>
    <message>
        <source>How you know them:</source>
        <translation>Cómo los sabe:</translation>
    </message>
    <message>
        <source>Dates in the file:</source>
        <translation>Fechas del archivo:</translation>
    </message>
    <message>
        <source>The rows of the file</source>
        <translation>Las filas del archivo</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Qué pasa</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Agregar</translation>
    </message>
    <message>
        <source>Add the data points to the goal (Enter)</source>
        <translation>Agregar los datos a la meta (Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close without adding anything (Esc)</source>
        <translation>Cerrar sin agregar nada (Esc)</translation>
    </message>
    <message>
        <source>Working out the rows…</source>
        <translation>Revisando las filas…</translation>
    </message>
    <message>
        <source>Data for “{title}” from {name}</source>
        <translation>Datos de “{title}” desde {name}</translation>
    </message>
    <message>
        <source>Adding… all of it is written, or nothing.</source>
        <translation>Agregando… se guarda todo o nada.</translation>
    </message>
    <message>
        <source>The file could not be imported</source>
        <translation>No se pudo importar el archivo</translation>
    </message>
    <message>
        <source>{why}

Nothing was added to the goal.</source>
        <translation>{why}

No se agregó nada a la meta.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>{ready} ready to add, {refused} cannot be read, {duplicates} already recorded.</source>
        <translation>{ready} listos para agregar, {refused} no se pueden leer, {duplicates} ya registrados.</translation>
    </message>
    <message>
        <source>Rows that cannot be read are left out.</source>
        <translation>Las filas que no se pueden leer se dejan fuera.</translation>
    </message>
    <message>
        <source>Already recorded</source>
        <translation>Ya registrado</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Left out: {why}</source>
        <translation>Se deja fuera: {why}</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n data point(s)</source>
        <translation>
            <numerusform>&amp;Agregar %n dato</numerusform>
            <numerusform>&amp;Agregar %n datos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Version {number} (now)</source>
        <translation>Versión {number} (actual)</translation>
    </message>
    <message>
        <source>Version {number} (removed)</source>
        <translation>Versión {number} (eliminada)</translation>
    </message>
    <message>
        <source>Version 1, first written</source>
        <translation>Versión 1, la primera escrita</translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation>Versión {number}</translation>
    </message>
    <message>
        <source>History of this log entry</source>
        <translation>Historial de esta entrada del registro</translation>
    </message>
    <message>
        <source>History of this incident</source>
        <translation>Historial de este incidente</translation>
    </message>
    <message>
        <source>History of this communication</source>
        <translation>Historial de esta comunicación</translation>
    </message>
    <message>
        <source>History of this data point</source>
        <translation>Historial de este dato registrado</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no consta</translation>
    </message>
    <message>
        <source>Written on: {moment}</source>
        <translation>Escrita el: {moment}</translation>
    </message>
    <message>
        <source>Removed on: {moment}</source>
        <translation>Eliminada el: {moment}</translation>
    </message>
    <message>
        <source>Replaced on: {moment}</source>
        <translation>Reemplazada el: {moment}</translation>
    </message>
    <message>
        <source>What changed:</source>
        <translation>Qué cambió:</translation>
    </message>
    <message>
        <source>What it said:</source>
        <translation>Qué decía:</translation>
    </message>
    <message>
        <source>This entry was changed after it was first written. Every version is kept; select one to see what it said.</source>
        <translation>Esta entrada se cambió después de escribirse por primera vez. Se guardan todas las versiones; elija una para ver qué decía.</translation>
    </message>
    <message>
        <source>This entry has not been changed since it was written.</source>
        <translation>Esta entrada no se ha cambiado desde que se escribió.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>What the selected version said</source>
        <translation>Qué decía la versión elegida</translation>
    </message>
    <message>
        <source>&amp;Versions:</source>
        <translation>&amp;Versiones:</translation>
    </message>
    <message>
        <source>When this entry was written</source>
        <translation>Cuándo se escribió esta entrada</translation>
    </message>
    <message>
        <source>Histor&amp;y…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>See this entry&apos;s earlier versions</source>
        <translation>Ver las versiones anteriores de esta entrada</translation>
    </message>
    <message>
        <source>Written on {moment}</source>
        <translation>Escrito el {moment}</translation>
    </message>
    <message>
        <source>Written on: not recorded</source>
        <translation>Escrito el: no consta</translation>
    </message>
    <message>
        <source>Edited on {moment}</source>
        <translation>Modificado el {moment}</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Earlier versions</source>
        <translation>Versiones anteriores</translation>
    </message>
    <message>
        <source>Saved versions, newest first</source>
        <translation>Versiones guardadas, la más reciente primero</translation>
    </message>
    <message>
        <source>The text of the chosen version</source>
        <translation>El texto de la versión elegida</translation>
    </message>
    <message>
        <source>&amp;Saved versions:</source>
        <translation>&amp;Versiones guardadas:</translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation>&amp;Restaurar esta versión</translation>
    </message>
    <message>
        <source>Restore the chosen version into the editor</source>
        <translation>Restaurar la versión elegida en el editor</translation>
    </message>
    <message>
        <source>Every save is kept. Restoring puts the chosen text back in the editor and saves it as a new version; nothing is lost.</source>
        <translation>Cada vez que guarda, se conserva una versión. Al restaurar, el texto elegido vuelve al editor y se guarda como una versión nueva; no se pierde nada.</translation>
    </message>
    <message>
        <source>Version {n}: {when}</source>
        <translation>Versión {n}: {when}</translation>
    </message>
    <message>
        <source>{label} (current)</source>
        <translation>{label} (actual)</translation>
    </message>
</context>
<context>
    <name>Iep</name>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Accommodation</source>
        <translation>Adaptación</translation>
    </message>
    <message>
        <source>Modification</source>
        <translation>Modificación</translation>
    </message>
    <message>
        <source>Supplementary aid</source>
        <translation>Ayuda suplementaria</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Accommodations</source>
        <translation>Adaptaciones</translation>
    </message>
    <message>
        <source>Modifications</source>
        <translation>Modificaciones</translation>
    </message>
    <message>
        <source>Supplementary aids</source>
        <translation>Ayudas suplementarias</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>Time with a provider: speech, OT, reading, counseling…</source>
        <translation>Tiempo con un proveedor: habla, terapia ocupacional, lectura, consejería…</translation>
    </message>
    <message>
        <source>A change in how your child learns or is tested, same work.</source>
        <translation>Un cambio en cómo su hijo aprende o es evaluado, con el mismo trabajo.</translation>
    </message>
    <message>
        <source>A change in what your child is expected to learn or do.</source>
        <translation>Un cambio en lo que se espera que su hijo aprenda o haga.</translation>
    </message>
    <message>
        <source>An aid or support in the regular class: an aide, a device.</source>
        <translation>Una ayuda o apoyo en la clase regular: un asistente, un dispositivo.</translation>
    </message>
    <message>
        <source>What your child should reach within the year, and how it is measured.</source>
        <translation>Lo que su hijo debe lograr durante el año, y cómo se mide.</translation>
    </message>
    <message>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semana</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mes</translation>
    </message>
    <message>
        <source>grading period</source>
        <translation>periodo de calificaciones</translation>
    </message>
    <message>
        <source>year</source>
        <translation>año</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>En grupo</translation>
    </message>
    <message>
        <source>Every time, without asking</source>
        <translation>Siempre, sin que lo pida</translation>
    </message>
    <message>
        <source>Only when my child asks</source>
        <translation>Solo cuando mi hijo lo pida</translation>
    </message>
    <message>
        <source>Initial IEP</source>
        <translation>IEP inicial</translation>
    </message>
    <message>
        <source>Annual IEP</source>
        <translation>IEP anual</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>Enmienda</translation>
    </message>
    <message>
        <source>Draft (not signed)</source>
        <translation>Borrador (sin firmar)</translation>
    </message>
    <message>
        <source>Final (signed)</source>
        <translation>Final (firmado)</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>In effect today</source>
        <translation>Vigente hoy</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Reemplazado</translation>
    </message>
    <message>
        <source>Not in effect yet</source>
        <translation>Aún no vigente</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>No start date</source>
        <translation>Sin fecha de inicio</translation>
    </message>
    <message>
        <source>MMMM d, yyyy</source>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>MMM d, yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>{kind} (no date yet)</source>
        <translation>{kind} (aún sin fecha)</translation>
    </message>
    <message>
        <source>{kind} of {date}</source>
        <translation>{kind} del {date}</translation>
    </message>
    <message>
        <source>no start date</source>
        <translation>sin fecha de inicio</translation>
    </message>
    <message>
        <source>from {start}, until replaced</source>
        <translation>desde el {start}, hasta que se reemplace</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>del {start} al {end}</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>once per {period}</source>
        <translation>una vez por {period}</translation>
    </message>
    <message>
        <source>{n} times per {period}</source>
        <translation>{n} veces por {period}</translation>
    </message>
    <message>
        <source>once</source>
        <translation>una vez</translation>
    </message>
    <message>
        <source>{n} times</source>
        <translation>{n} veces</translation>
    </message>
    <message>
        <source>per {period}</source>
        <translation>por {period}</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(aún sin nombre)</translation>
    </message>
    <message>
        <source>✓ Clear</source>
        <translation>✓ Clara</translation>
    </message>
    <message>
        <source>⚠ 1 note</source>
        <translation>⚠ 1 nota</translation>
    </message>
    <message>
        <source>⚠ {n} notes</source>
        <translation>⚠ {n} notas</translation>
    </message>
    <message>
        <source>Clarity: no findings</source>
        <translation>Claridad: sin observaciones</translation>
    </message>
    <message>
        <source>Clarity: 1 finding</source>
        <translation>Claridad: 1 observación</translation>
    </message>
    <message>
        <source>Clarity: {n} findings</source>
        <translation>Claridad: {n} observaciones</translation>
    </message>
</context>
<context>
    <name>IepCommands</name>
    <message>
        <source>add {kind}</source>
        <extracomment>For a provision that is gone: the kind whose &quot;new&quot; form to show instead.</extracomment>
        <translation>agregar {kind}</translation>
    </message>
    <message>
        <source>edit {kind}</source>
        <translation>editar {kind}</translation>
    </message>
    <message>
        <source>delete {kind}</source>
        <translation>eliminar {kind}</translation>
    </message>
    <message>
        <source>move</source>
        <translation>mover</translation>
    </message>
    <message>
        <source>edit IEP details</source>
        <translation>editar los detalles del IEP</translation>
    </message>
    <message>
        <source>delete IEP version</source>
        <translation>eliminar la versión del IEP</translation>
    </message>
    <message>
        <source>duplicate {kind}</source>
        <translation>duplicar {kind}</translation>
    </message>
    <message>
        <source>start the next IEP</source>
        <translation>empezar el próximo IEP</translation>
    </message>
    <message>
        <source>add an IEP</source>
        <translation>agregar un IEP</translation>
    </message>
</context>
<context>
    <name>IepPage</name>
    <message>
        <source>What it &amp;promises</source>
        <translation>Lo que &amp;promete</translation>
    </message>
    <message>
        <source>IEP &amp;versions</source>
        <translation>&amp;Versiones del IEP</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>New &amp;item</source>
        <extracomment>The page&apos;s main action: a new item of the IEP shown (Ctrl+N), or, with no IEP yet, adding one.</extracomment>
        <translation>&amp;Nuevo elemento</translation>
    </message>
    <message>
        <source>What the school promised, in the IEP&apos;s words: each service, accommodation and goal.</source>
        <translation>Lo que la escuela prometió, con las palabras del IEP: cada servicio, adaptación y meta.</translation>
    </message>
    <message>
        <source>New provision</source>
        <translation>Nueva disposición</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel changes</source>
        <translation>Cancelar cambios</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Aún no guardado</translation>
    </message>
    <message>
        <source>Changes cancelled.</source>
        <translation>Cambios cancelados.</translation>
    </message>
    <message>
        <source>&amp;Add an IEP</source>
        <translation>&amp;Agregar un IEP</translation>
    </message>
    <message>
        <source>New item of this IEP: a service, accommodation or goal (Ctrl+N)</source>
        <translation>Nuevo elemento de este IEP: un servicio, una adaptación o una meta (Ctrl+N)</translation>
    </message>
    <message>
        <source>Add an IEP version</source>
        <translation>Agregar una versión del IEP</translation>
    </message>
    <message>
        <source>Cancel the changes not saved yet</source>
        <translation>Cancelar los cambios que aún no se guardaron</translation>
    </message>
    <message>
        <source>Undo: {what} (Ctrl+Z)</source>
        <translation>Deshacer: {what} (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo: {what} (Ctrl+Shift+Z)</source>
        <translation>Rehacer: {what} (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Could not undo or redo</source>
        <translation>No se pudo deshacer ni rehacer</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>The IEP item you are editing</source>
        <translation>El elemento del IEP que está editando</translation>
    </message>
    <message>
        <source>The IEP version&apos;s details</source>
        <translation>Los detalles de la versión del IEP</translation>
    </message>
    <message>
        <source>Not duplicated</source>
        <translation>No se duplicó</translation>
    </message>
    <message>
        <source>Duplicated. Change what differs in the copy.</source>
        <translation>Duplicada. Cambie en la copia lo que sea distinto.</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Se conservó</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>No se eliminó</translation>
    </message>
    <message>
        <source>Deleted. Ctrl+Z brings it back.</source>
        <translation>Eliminada. Ctrl+Z la recupera.</translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation>No se movió</translation>
    </message>
</context>
<context>
    <name>IepSummary</name>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message>
        <source>in {n} days</source>
        <translation>en {n} días</translation>
    </message>
    <message>
        <source>passed yesterday</source>
        <translation>venció ayer</translation>
    </message>
    <message>
        <source>passed {n} days ago</source>
        <translation>venció hace {n} días</translation>
    </message>
    <message>
        <source>Not known yet: it counts from the meeting of a signed initial or annual IEP.</source>
        <translation>Aún no se sabe: se cuenta desde la reunión de un IEP inicial o anual firmado.</translation>
    </message>
    <message>
        <source>By {due} ({relative}).
Counted from the IEP meeting of {start}: the IEP must be reviewed at least once a year ({source}).</source>
        <translation>Antes del {due} ({relative}).
Contado desde la reunión del IEP del {start}: el IEP debe revisarse al menos una vez al año ({source}).</translation>
    </message>
    <message>
        <source>Not known yet: enter the date of the last full evaluation on the Child &amp; team page.</source>
        <translation>Aún no se sabe: escriba la fecha de la última evaluación completa en la página Niño y equipo.</translation>
    </message>
    <message>
        <source>By {due} ({relative}).
Counted from the last evaluation on {start}: at least once every three years, unless you and the district agree it is not needed ({source}).</source>
        <translation>Antes del {due} ({relative}).
Contado desde la última evaluación, el {start}: al menos una vez cada tres años, a menos que usted y el distrito acuerden que no hace falta ({source}).</translation>
    </message>
    <message>
        <source>Your state&apos;s rules may differ; check with your state&apos;s education department.</source>
        <translation>Las reglas de su estado pueden ser distintas; consulte al departamento de educación de su estado.</translation>
    </message>
    <message>
        <source>This is a federal rule: the same in every state.</source>
        <translation>Esta es una regla federal: es la misma en todos los estados.</translation>
    </message>
    <message>
        <source>The other dates follow federal law; your state&apos;s rules may differ.</source>
        <translation>Las demás fechas siguen la ley federal; las reglas de su estado pueden ser distintas.</translation>
    </message>
    <message>
        <source>The OCR complaint&apos;s 180 days are federal: the same in every state.</source>
        <translation>Los 180 días de la queja ante la OCR son federales: los mismos en todos los estados.</translation>
    </message>
    <message>
        <source>The IEP in effect</source>
        <translation>El IEP vigente</translation>
    </message>
    <message>
        <source>Clarity of the IEP in effect</source>
        <translation>Claridad del IEP vigente</translation>
    </message>
    <message>
        <source>Next annual review</source>
        <translation>Próxima revisión anual</translation>
    </message>
    <message>
        <source>Next reevaluation</source>
        <translation>Próxima reevaluación</translation>
    </message>
    <message>
        <source>Warnings about the IEP dates</source>
        <translation>Avisos sobre las fechas del IEP</translation>
    </message>
    <message>
        <source>Next annual review:</source>
        <translation>Próxima revisión anual:</translation>
    </message>
    <message>
        <source>Next reevaluation:</source>
        <translation>Próxima reevaluación:</translation>
    </message>
    <message>
        <source>No signed IEP is recorded as in effect today.</source>
        <translation>No hay ningún IEP firmado registrado como vigente hoy.</translation>
    </message>
    <message>
        <source>Type it in on the IEP page (Ctrl+3): its dates, services, supports and goals.</source>
        <translation>Escríbalo en la página IEP (Ctrl+3): sus fechas, servicios, apoyos y metas.</translation>
    </message>
    <message>
        <source>In effect today: {label}</source>
        <translation>Vigente hoy: {label}</translation>
    </message>
    <message>
        <source> Meeting: {date}.</source>
        <translation> Reunión: {date}.</translation>
    </message>
    <message>
        <source>In effect {span}.</source>
        <translation>Vigente {span}.</translation>
    </message>
    <message>
        <source>1 provision, {k} with clarity notes to check on the IEP page.</source>
        <translation>1 disposición; con notas de claridad para revisar en la página IEP: {k}.</translation>
    </message>
    <message>
        <source>{n} provisions, {k} with clarity notes to check on the IEP page.</source>
        <translation>{n} disposiciones; con notas de claridad para revisar en la página IEP: {k}.</translation>
    </message>
    <message>
        <source>1 provision, none with clarity notes.</source>
        <translation>1 disposición, sin notas de claridad.</translation>
    </message>
    <message>
        <source>{n} provisions, none with clarity notes.</source>
        <translation>{n} disposiciones, ninguna con notas de claridad.</translation>
    </message>
    <message>
        <source>Nothing coming up yet. Dates appear here as you add the IEP, incidents and follow-ups.</source>
        <translation>Aún no hay nada próximo. Las fechas aparecen aquí a medida que agrega el IEP, los incidentes y los seguimientos.</translation>
    </message>
    <message>
        <source>About these dates</source>
        <translation>Sobre estas fechas</translation>
    </message>
    <message>
        <source>{date} · {title} ({relative})</source>
        <translation>{date} · {title} ({relative})</translation>
    </message>
    <message>
        <source>Counted from {what}.</source>
        <translation>Contado desde {what}.</translation>
    </message>
    <message>
        <source>Counted from {what} ({date}).</source>
        <translation>Contado desde {what} ({date}).</translation>
    </message>
</context>
<context>
    <name>ImagePreview</name>
    <message>
        <source>Picture</source>
        <extracomment>The most bytes read into memory for each kind of preview. Images larger than this many pixels are not decoded (a few bytes can declare gigapixels). Qt refuses to allocate more than this for one image (set before every decode).</extracomment>
        <translation>Imagen</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>The school&apos;s log was imported</source>
        <extracomment>The window&apos;s runner: planning and importing are case work, which the lock waits for. Reading the file runs beside it (a child process that never touches the case): a lock does not wait for that (up to the reader&apos;s 30 s bound); its late result is dropped.</extracomment>
        <translation>Se importó el registro de la escuela</translation>
    </message>
    <message>
        <source>{added} added, {skipped} already in the case (skipped).</source>
        <translation>Sesiones agregadas: {added}. Ya estaban en el caso (omitidas): {skipped}.</translation>
    </message>
    <message>
        <source>These words of the school were counted as missed, reason not known: {words}.</source>
        <translation>Estas palabras de la escuela se contaron como sesión perdida, motivo desconocido: {words}.</translation>
    </message>
    <message>
        <source>The file is kept with the case, linked to each session it added.</source>
        <translation>El archivo se guarda con el caso, vinculado a cada sesión que agregó.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import the school&apos;s log</source>
        <translation>Importar el registro de la escuela</translation>
    </message>
    <message>
        <source>The school&apos;s log: {name}</source>
        <translation>El registro de la escuela: {name}</translation>
    </message>
    <message>
        <source>The file being imported</source>
        <translation>El archivo que se está importando</translation>
    </message>
    <message>
        <source>The step you are on</source>
        <translation>El paso en el que está</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
    <message>
        <source>What IEPDesk is doing</source>
        <translation>Lo que IEPDesk está haciendo</translation>
    </message>
    <message>
        <source>Working, please wait</source>
        <translation>Trabajando, espere por favor</translation>
    </message>
    <message>
        <source>A long file can take a moment. Cancel stops it; nothing is added to the case until Import.</source>
        <translation>Un archivo largo puede tardar un momento. Cancelar lo detiene; no se agrega nada al caso hasta que elija Importar.</translation>
    </message>
    <message>
        <source>Working out the rows again…</source>
        <translation>Interpretando las filas de nuevo…</translation>
    </message>
    <message>
        <source>Working out the rows again</source>
        <translation>Interpretando las filas de nuevo</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Back to the step before</source>
        <translation>Volver al paso anterior</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>Go on to the next step (Enter)</source>
        <translation>Seguir al próximo paso (Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close without importing (Esc)</source>
        <translation>Cerrar sin importar (Esc)</translation>
    </message>
    <message>
        <source>The file has no rows under its column names.</source>
        <translation>El archivo no tiene filas debajo de los nombres de sus columnas.</translation>
    </message>
    <message>
        <source>The rows could not be worked out: {why}</source>
        <translation>No se pudieron interpretar las filas: {why}</translation>
    </message>
    <message>
        <source>Nothing was imported: {why}</source>
        <translation>No se importó nada: {why}</translation>
    </message>
    <message>
        <source>Working out the rows…</source>
        <translation>Interpretando las filas…</translation>
    </message>
    <message>
        <source>Go back to step 1 and say which column holds the date.</source>
        <translation>Vuelva al paso 1 e indique qué columna tiene la fecha.</translation>
    </message>
    <message>
        <source>Go back to step 1 and say which column holds what happened, or the minutes.</source>
        <translation>Vuelva al paso 1 e indique qué columna tiene lo que pasó, o los minutos.</translation>
    </message>
    <message>
        <source>Go back to step 2 and choose the IEP service for: {names}.</source>
        <translation>Vuelva al paso 2 y elija el servicio del IEP para: {names}.</translation>
    </message>
    <message>
        <source>(no service written)</source>
        <translation>(sin servicio escrito)</translation>
    </message>
    <message>
        <source>Go back to step 2 and choose the service the file is for.</source>
        <translation>Vuelva al paso 2 y elija el servicio al que corresponde el archivo.</translation>
    </message>
    <message>
        <source>Go back to step 3 and choose what these words mean: {words}.</source>
        <translation>Vuelva al paso 3 y elija qué significan estas palabras: {words}.</translation>
    </message>
    <message>
        <source>(nothing written)</source>
        <translation>(nada escrito)</translation>
    </message>
    <message>
        <source>Some rows cannot be imported as they are. Go back to step 1 to put the columns right, or leave those rows out.</source>
        <translation>Algunas filas no se pueden importar tal como están. Vuelva al paso 1 para corregir las columnas, o deje fuera esas filas.</translation>
    </message>
    <message>
        <source>Importing… all of it is written, or nothing.</source>
        <translation>Importando… se guarda todo, o nada.</translation>
    </message>
    <message>
        <source>Step 1 of 4: Columns</source>
        <translation>Paso 1 de 4: Columnas</translation>
    </message>
    <message>
        <source>Step 2 of 4: Services</source>
        <translation>Paso 2 de 4: Servicios</translation>
    </message>
    <message>
        <source>Step 3 of 4: The school&apos;s words</source>
        <translation>Paso 3 de 4: Las palabras de la escuela</translation>
    </message>
    <message>
        <source>Step 4 of 4: Check and import</source>
        <translation>Paso 4 de 4: Revisar e importar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n session(s)</source>
        <translation>
            <numerusform>&amp;Importar %n sesión</numerusform>
            <numerusform>&amp;Importar %n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the sessions into the case (Enter)</source>
        <translation>Importar las sesiones al caso (Enter)</translation>
    </message>
    <message>
        <source>The file could not be read</source>
        <translation>No se pudo leer el archivo</translation>
    </message>
    <message>
        <source>{why}

Nothing was added to the case.</source>
        <translation>{why}

No se agregó nada al caso.</translation>
    </message>
</context>
<context>
    <name>IncidentsView</name>
    <message>
        <source>See all incidents</source>
        <translation>Ver todos los incidentes</translation>
    </message>
    <message>
        <source>Go to the incidents</source>
        <translation>Ir a los incidentes</translation>
    </message>
    <message>
        <source>No incidents yet. When the IEP is not followed, write down what happened the same day.</source>
        <translation>Aún no hay incidentes. Cuando no se cumpla el IEP, anote lo que pasó el mismo día.</translation>
    </message>
    <message>
        <source>Record an incident</source>
        <translation>Registrar un incidente</translation>
    </message>
    <message>
        <source>{date}: {what}</source>
        <translation>{date}: {what}</translation>
    </message>
</context>
<context>
    <name>KindPage</name>
    <message>
        <source>What do you want to write?</source>
        <extracomment>The letter&apos;s language, and the language of the parent&apos;s copy (None: no copy).</extracomment>
        <translation>¿Qué desea escribir?</translation>
    </message>
    <message>
        <source>IEPDesk fills in what the case already holds. You can edit every word.</source>
        <translation>IEPDesk completa lo que el caso ya contiene. Usted puede cambiar cada palabra.</translation>
    </message>
    <message>
        <source>Language of the letter</source>
        <translation>Idioma de la carta</translation>
    </message>
    <message>
        <source>Lan&amp;guage of the letter:</source>
        <translation>&amp;Idioma de la carta:</translation>
    </message>
    <message>
        <source>For you to read; the school gets the other one.</source>
        <translation>Para que usted la lea; la escuela recibe la otra.</translation>
    </message>
    <message>
        <source>Also make a &amp;copy in {language} for me to read</source>
        <translation>Hacer también una &amp;copia en {language} para que yo la lea</translation>
    </message>
    <message>
        <source>Also make a copy in {language} for me to read</source>
        <translation>Hacer también una copia en {language} para que yo la lea</translation>
    </message>
</context>
<context>
    <name>KitPage</name>
    <message>
        <source>Your recovery kit</source>
        <translation>Su kit de recuperación</translation>
    </message>
    <message>
        <source>If the passphrase is ever forgotten, this kit is the only way back into the case. It is shown only now.</source>
        <translation>Si alguna vez olvida la frase de contraseña, este kit es la única forma de volver a abrir el caso. Solo se muestra ahora.</translation>
    </message>
    <message>
        <source>Recovery secret</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>&amp;Save kit as PDF…</source>
        <translation>&amp;Guardar el kit como PDF…</translation>
    </message>
    <message>
        <source>Save the recovery kit as a PDF file</source>
        <translation>Guardar el kit de recuperación como archivo PDF</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print the recovery kit</source>
        <translation>Imprimir el kit de recuperación</translation>
    </message>
    <message>
        <source>I have saved or printed my recovery &amp;kit</source>
        <translation>Ya guardé o imprimí mi &amp;kit de recuperación</translation>
    </message>
    <message>
        <source>I have saved or printed my recovery kit</source>
        <translation>Ya guardé o imprimí mi kit de recuperación</translation>
    </message>
    <message>
        <source>Print it, or save the PDF and keep a copy away from this computer (a USB stick in a drawer, a folder with your important papers). Whoever has the kit and the case file can open the case, so keep it private.</source>
        <translation>Imprímalo, o guarde el PDF y tenga una copia lejos de esta computadora (una memoria USB en un cajón, una carpeta con sus papeles importantes). Quien tenga el kit y el archivo del caso puede abrir el caso; guárdelo en privado.</translation>
    </message>
    <message>
        <source>Preparing the recovery kit…</source>
        <translation>Preparando el kit de recuperación…</translation>
    </message>
    <message>
        <source>The kit was not made</source>
        <translation>No se pudo crear el kit</translation>
    </message>
    <message>
        <source>Save the kit beside the case?</source>
        <translation>¿Guardar el kit junto al caso?</translation>
    </message>
    <message>
        <source>This is the folder the case is in. Whoever gets a copy of this folder would then have both the case and the key to it. Keep the kit somewhere else: a USB stick, another folder, or on paper.</source>
        <translation>Esta es la carpeta donde está el caso. Quien obtenga una copia de esta carpeta tendría el caso y también la llave para abrirlo. Guarde el kit en otro lugar: una memoria USB, otra carpeta o en papel.</translation>
    </message>
    <message>
        <source>Save it here anyway</source>
        <translation>Guardarlo aquí de todos modos</translation>
    </message>
    <message>
        <source>Choose another place</source>
        <translation>Elegir otro lugar</translation>
    </message>
    <message>
        <source>The kit was not saved</source>
        <translation>No se guardó el kit</translation>
    </message>
    <message>
        <source>Saved to {path}. Print it too, or copy it somewhere safe.</source>
        <translation>Guardado en {path}. Imprímalo también, o cópielo a un lugar seguro.</translation>
    </message>
    <message>
        <source>IEPDesk recovery kit</source>
        <translation>Kit de recuperación de IEPDesk</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
</context>
<context>
    <name>LetterOutputs</name>
    <message>
        <source>Left out what is outside the filing window. Undo brings it back.</source>
        <translation>Se dejó fuera lo que queda fuera del plazo para presentar. Deshacer lo recupera.</translation>
    </message>
    <message>
        <source>Required elements missing: {n}; they show as marked placeholders.</source>
        <translation>Elementos obligatorios que faltan: {n}; aparecen como marcadores señalados.</translation>
    </message>
    <message>
        <source>Placeholders [like this] still in the text: {n}.</source>
        <translation>Marcadores [como este] que quedan en el texto: {n}.</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>No se guardó el PDF</translation>
    </message>
    <message>
        <source>Saved as {name}. This copy is not encrypted.</source>
        <translation>Guardado como {name}. Esta copia no está cifrada.</translation>
    </message>
    <message>
        <source>Copied as plain text, ready to paste into an email.</source>
        <translation>Copiado como texto simple, listo para pegar en un correo.</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>No se imprimió</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <source>Marked as sent on {day}.</source>
        <translation>Marcada como enviada el {day}.</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <source>Tells the school in writing what the IEP promises and what has happened instead, and asks for an IEP meeting. Use it when talking has not fixed a problem.</source>
        <translation>Le dice a la escuela por escrito lo que promete el IEP y lo que ha pasado en su lugar, y pide una reunión del IEP. Úsela cuando hablar no ha resuelto un problema.</translation>
    </message>
    <message>
        <source>Asks to see and get copies of your child&apos;s education records. Use it before a meeting, or when you need the school&apos;s logs and reports; the district must answer before any IEP meeting and in no case more than 45 days after your request (34 CFR 300.613(a)).</source>
        <translation>Pide ver y obtener copias de los expedientes educativos de su hijo. Úsela antes de una reunión, o cuando necesite los registros e informes de la escuela; el distrito debe responder antes de cualquier reunión del IEP y nunca más de 45 días después de su solicitud (34 CFR 300.613(a)).</translation>
    </message>
    <message>
        <source>Asks the district to put a decision in writing. Use it when the school proposes or refuses a change to your child&apos;s evaluation, placement or services and you have nothing in writing (34 CFR 300.503).</source>
        <translation>Pide al distrito que ponga una decisión por escrito. Úsela cuando la escuela propone o rechaza un cambio en la evaluación, la ubicación o los servicios de su hijo y usted no tiene nada por escrito (34 CFR 300.503).</translation>
    </message>
    <message>
        <source>A signed, written complaint to your state&apos;s education department that the district is not following the law, for example not providing the IEP. Use it when letters and meetings have not fixed the problem; it covers the past year (34 CFR 300.153).</source>
        <translation>Una queja firmada y por escrito al departamento de educación de su estado, porque el distrito no cumple la ley, por ejemplo no da lo que dice el IEP. Úsela cuando las cartas y las reuniones no han resuelto el problema; cubre el último año (34 CFR 300.153).</translation>
    </message>
    <message>
        <source>A complaint to the Office for Civil Rights when you believe your child was treated unfairly because of disability. OCR asks for it within 180 days of the last act.</source>
        <translation>Una queja ante la Oficina de Derechos Civiles (OCR) cuando usted cree que su hijo fue tratado injustamente por su discapacidad. La OCR la pide dentro de los 180 días siguientes al último hecho.</translation>
    </message>
    <message>
        <source>A short, factual email about one thing that happened, to the teacher or case manager. Use it soon after, while the details are fresh.</source>
        <translation>Un correo breve y objetivo sobre algo que pasó, para el maestro o el coordinador del caso. Úselo poco después, mientras recuerda bien los detalles.</translation>
    </message>
    <message>
        <source>Concerns letter and request for an IEP meeting</source>
        <translation>Carta de inquietudes y solicitud de reunión del IEP</translation>
    </message>
    <message>
        <source>Request for records</source>
        <translation>Solicitud de expedientes</translation>
    </message>
    <message>
        <source>Request for prior written notice</source>
        <translation>Solicitud de aviso previo por escrito</translation>
    </message>
    <message>
        <source>State complaint (draft)</source>
        <translation>Queja estatal (borrador)</translation>
    </message>
    <message>
        <source>OCR complaint (draft)</source>
        <translation>Queja ante la OCR (borrador)</translation>
    </message>
    <message>
        <source>Short factual email about one incident</source>
        <translation>Correo breve y objetivo sobre un incidente</translation>
    </message>
    <message>
        <source>Writing to</source>
        <extracomment>What each kind can cite: &quot;incidents&quot;, &quot;provisions&quot;, &quot;communications&quot;, &quot;ledger&quot; (the CLI&apos;s too). Kinds that cite the service minutes of the past 90 days unless the parent unticks it (as the CLI). &quot;line&quot;, &quot;text&quot; (several lines), &quot;date&quot;, &quot;recipient&quot; (a team member or any name) or &quot;check&quot; (a yes / no the parent ticks; &quot;yes&quot; when ticked).</extracomment>
        <translation>Para</translation>
    </message>
    <message>
        <source>Leave empty to use the case manager from your team.</source>
        <translation>Déjelo vacío para usar al coordinador del caso de su equipo.</translation>
    </message>
    <message>
        <source>The refusal or change it is about</source>
        <translation>El rechazo o el cambio de que se trata</translation>
    </message>
    <message>
        <source>The decision, and who told you. For example: the school refused to make up the missed speech sessions.</source>
        <translation>La decisión, y quién se la comunicó. Por ejemplo: la escuela se negó a recuperar las sesiones de habla perdidas.</translation>
    </message>
    <message>
        <source>When you were told</source>
        <translation>Cuándo se lo dijeron</translation>
    </message>
    <message>
        <source>Staff did not seem to know what the IEP says</source>
        <translation>El personal no parecía saber lo que dice el IEP</translation>
    </message>
    <message>
        <source>Adds that each teacher and provider must be told their part (34 CFR 300.323(d)).</source>
        <translation>Agrega que a cada maestro y proveedor se le debe informar su parte (34 CFR 300.323(d)).</translation>
    </message>
    <message>
        <source>My child is homeless</source>
        <translation>Mi hijo no tiene hogar</translation>
    </message>
    <message>
        <source>Then the complaint gives the contact information you have instead of a home address.</source>
        <translation>Entonces la queja da los datos de contacto que usted tenga en lugar de una dirección de residencia.</translation>
    </message>
    <message>
        <source>Contact information for your child (if homeless)</source>
        <translation>Datos de contacto de su hijo (si no tiene hogar)</translation>
    </message>
    <message>
        <source>For example a shelter&apos;s address, or a phone number where your child can be reached.</source>
        <translation>Por ejemplo, la dirección de un refugio, o un teléfono donde se pueda localizar a su hijo.</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Enviada a</translation>
    </message>
    <message>
        <source>Your state&apos;s education department, as it names its complaints office.</source>
        <translation>El departamento de educación de su estado, con el nombre que da a su oficina de quejas.</translation>
    </message>
    <message>
        <source>What you ask for</source>
        <translation>Lo que usted pide</translation>
    </message>
    <message>
        <source>To the extent you know it. For example: make-up sessions for the missed minutes.</source>
        <translation>En la medida en que lo sepa. Por ejemplo: sesiones de recuperación por los minutos perdidos.</translation>
    </message>
    <message>
        <source>Your relationship to the child</source>
        <translation>Su relación con el niño o la niña</translation>
    </message>
    <message>
        <source>For example: parent.</source>
        <translation>Por ejemplo: padre o madre.</translation>
    </message>
    <message>
        <source>The school&apos;s or district&apos;s address</source>
        <translation>La dirección de la escuela o del distrito</translation>
    </message>
    <message>
        <source>The institution the complaint is about.</source>
        <translation>La institución a la que se refiere la queja.</translation>
    </message>
    <message>
        <source>For example: that the school provides the accommodation and makes up what was missed.</source>
        <translation>Por ejemplo: que la escuela dé la adaptación y recupere lo que no se dio.</translation>
    </message>
    <message>
        <source>Why you believe it was because of disability</source>
        <translation>Por qué cree que fue por la discapacidad</translation>
    </message>
    <message>
        <source>In your own words.</source>
        <translation>Con sus propias palabras.</translation>
    </message>
    <message>
        <source>Other complaints about this</source>
        <translation>Otras quejas sobre esto</translation>
    </message>
    <message>
        <source>Any other complaint you have filed about the same thing, or “none”.</source>
        <translation>Cualquier otra queja que haya presentado sobre lo mismo, o “ninguna”.</translation>
    </message>
    <message>
        <source>What you are asking for</source>
        <translation>Lo que usted pide</translation>
    </message>
    <message>
        <source>For example: that the accommodation is given on every test from now on.</source>
        <translation>Por ejemplo: que la adaptación se dé en cada prueba de ahora en adelante.</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Para cuándo</translation>
    </message>
    <message>
        <source>Leave unset for one week from today.</source>
        <translation>Déjelo sin fecha para una semana a partir de hoy.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <source>Letters, binder and next steps</source>
        <extracomment>The window&apos;s file chooser and background helper, copying, and today&apos;s date.</extracomment>
        <translation>Cartas, carpeta y próximos pasos</translation>
    </message>
    <message>
        <source>&amp;Letters</source>
        <translation>&amp;Cartas</translation>
    </message>
    <message>
        <source>Meeting &amp;binder</source>
        <translation>Carpeta para la &amp;reunión</translation>
    </message>
    <message>
        <source>Next s&amp;teps</source>
        <translation>Pró&amp;ximos pasos</translation>
    </message>
    <message>
        <source>Letters to the school drafted from the case, and the binder for the IEP meeting.</source>
        <extracomment>The letters&apos; own &quot;New letter…&quot; button is the page&apos;s main action: it works from every tab.</extracomment>
        <translation>Cartas a la escuela redactadas a partir del caso, y la carpeta para la reunión del IEP.</translation>
    </message>
</context>
<context>
    <name>LettersView</name>
    <message>
        <source>&amp;New letter…</source>
        <translation>&amp;Nueva carta…</translation>
    </message>
    <message>
        <source>Write a new letter or complaint draft</source>
        <translation>Escribir una carta nueva o el borrador de una queja</translation>
    </message>
    <message>
        <source>Saved drafts</source>
        <translation>Borradores guardados</translation>
    </message>
    <message>
        <source>Saved &amp;drafts:</source>
        <translation>&amp;Borradores guardados:</translation>
    </message>
    <message>
        <source>Kind of letter and whether it was sent</source>
        <translation>Tipo de carta y si se envió</translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation>Texto de la carta</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the letter text</source>
        <translation>Guardar el texto de la carta</translation>
    </message>
    <message>
        <source>Save the letter text (Ctrl+S). Every save is kept.</source>
        <translation>Guardar el texto de la carta (Ctrl+S). Cada versión guardada se conserva.</translation>
    </message>
    <message>
        <source>Earlier &amp;versions…</source>
        <translation>&amp;Versiones anteriores…</translation>
    </message>
    <message>
        <source>See and restore earlier versions of this letter</source>
        <translation>Ver y restaurar versiones anteriores de esta carta</translation>
    </message>
    <message>
        <source>Letter status</source>
        <translation>Estado de la carta</translation>
    </message>
    <message>
        <source>Choose a saved draft, or write a new letter. IEPDesk fills it in from the case in plain, calm words; you can change every word before you send it.</source>
        <extracomment>Save and Earlier versions: in a row, one above the other when the copy shares the width.</extracomment>
        <translation>Elija un borrador guardado, o escriba una carta nueva. IEPDesk la completa a partir del caso con palabras sencillas y tranquilas; usted puede cambiar cada palabra antes de enviarla.</translation>
    </message>
    <message>
        <source>Words in [brackets] are placeholders, marked in colour: replace them.</source>
        <translation>Las palabras [entre corchetes] son marcadores, resaltados en color: reemplácelas.</translation>
    </message>
    <message>
        <source>No letters yet. IEPDesk drafts them from the case in plain, calm words, and you change any word before you send. Most parents start by asking for a meeting.</source>
        <extracomment>Over the letter when the parent&apos;s copy is beside it: &quot;To send (English)&quot;. The letter, and beside it the parent&apos;s copy in the other language when there is one. No letter yet: what letters are for, and the one most parents start with.</extracomment>
        <translation>Aún no hay cartas. IEPDesk las redacta a partir del caso con palabras sencillas y tranquilas, y usted cambia lo que quiera antes de enviarlas. La mayoría de los padres empieza por pedir una reunión.</translation>
    </message>
    <message>
        <source>Write a &amp;concerns letter</source>
        <translation>Escribir una carta de &amp;inquietudes</translation>
    </message>
    <message>
        <source>sent {day}</source>
        <translation>enviada el {day}</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>aún no enviada</translation>
    </message>
    <message>
        <source>Changes discarded.</source>
        <translation>Cambios descartados.</translation>
    </message>
    <message>
        <source>The letter you are editing</source>
        <translation>La carta que está editando</translation>
    </message>
    <message>
        <source>To send ({language})</source>
        <translation>Para enviar ({language})</translation>
    </message>
    <message>
        <source>Letter text, to send, in {language}</source>
        <translation>Texto de la carta, para enviar, en {language}</translation>
    </message>
    <message>
        <source>Sent on {day}.</source>
        <translation>Enviada el {day}.</translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation>Aún no enviada.</translation>
    </message>
    <message>
        <source>Your copy in {language} is beside it.</source>
        <translation>Su copia en {language} está al lado.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Aún no guardada.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <source>Saved. Earlier versions are kept.</source>
        <translation>Guardada. Las versiones anteriores se conservan.</translation>
    </message>
    <message>
        <source>The draft was not written</source>
        <translation>No se pudo redactar el borrador</translation>
    </message>
    <message>
        <source>The letter was not made</source>
        <translation>La carta no se hizo</translation>
    </message>
    <message>
        <source>This is a shared copy: the letter is made, not saved in it.</source>
        <translation>Esta es una copia compartida: la carta se hace, pero no se guarda en ella.</translation>
    </message>
    <message>
        <source>The earlier version is back, saved as the newest one.</source>
        <translation>La versión anterior volvió, guardada como la más reciente.</translation>
    </message>
</context>
<context>
    <name>LinkPicker</name>
    <message>
        <source>Kind of record</source>
        <translation>Tipo de registro</translation>
    </message>
    <message>
        <source>Show only records with these words</source>
        <translation>Mostrar solo los registros con estas palabras</translation>
    </message>
    <message>
        <source>Type to narrow the list</source>
        <translation>Escriba para acotar la lista</translation>
    </message>
    <message>
        <source>Records to choose from</source>
        <translation>Registros para elegir</translation>
    </message>
    <message>
        <source>There is nothing of this kind in the case yet.</source>
        <translation>Aún no hay nada de este tipo en el caso.</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Vincular</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <source>Where to keep the case</source>
        <translation>Dónde guardar el caso</translation>
    </message>
    <message>
        <source>The case is one file on this computer, with a small key file beside it.</source>
        <translation>El caso es un archivo en esta computadora, con un pequeño archivo de llave a su lado.</translation>
    </message>
    <message>
        <source>Where the case will be saved</source>
        <translation>Dónde se guardará el caso</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>&amp;Cambiar…</translation>
    </message>
    <message>
        <source>Choose another place to save the case</source>
        <translation>Elegir otro lugar para guardar el caso</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Guardar como:</translation>
    </message>
    <message>
        <source>Keep both files together when you move or copy the case. Backing up regularly (Settings → Back up now) protects the record if this computer is lost.</source>
        <translation>Mantenga juntos los dos archivos cuando mueva o copie el caso. Hacer copias de seguridad con frecuencia (Configuración → Hacer copia de seguridad ahora) protege el registro si se pierde esta computadora.</translation>
    </message>
    <message>
        <source>Choose another name</source>
        <translation>Elegir otro nombre</translation>
    </message>
    <message>
        <source>A file named {name} is already there. IEPDesk never replaces a file; choose another name.</source>
        <translation>Ya hay un archivo llamado {name}. IEPDesk nunca reemplaza un archivo; elija otro nombre.</translation>
    </message>
    <message>
        <source>Choose another place</source>
        <translation>Elegir otro lugar</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>La carpeta {folder} no existe.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Calendar &amp; log</source>
        <translation>Calendario y registro</translation>
    </message>
    <message>
        <source>Communications</source>
        <extracomment>Saved emails larger than this are not opened (a normal email with attachments is far smaller).</extracomment>
        <translation>Comunicaciones</translation>
    </message>
    <message>
        <source>IEP</source>
        <translation>IEP</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Letters &amp; binder</source>
        <translation>Cartas y carpeta</translation>
    </message>
    <message>
        <source>Child &amp; team</source>
        <extracomment>The draft key of the child&apos;s details; &quot;overview&quot; is the key they had while the Overview held them.</extracomment>
        <translation>Niño y equipo</translation>
    </message>
    <message>
        <source>Areas of the case</source>
        <extracomment>The controller&apos;s background helper and file chooser, handed to every page.</extracomment>
        <translation>Secciones del caso</translation>
    </message>
    <message>
        <source>{title} ({keys})</source>
        <translation>{title} ({keys})</translation>
    </message>
    <message>
        <source>Go to {title}</source>
        <translation>Ir a {title}</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>Lock the case now (Ctrl+L)</source>
        <translation>Bloquear el caso ahora (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Close case</source>
        <translation>&amp;Cerrar el caso</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;About IEPDesk</source>
        <translation>Acerca &amp;de IEPDesk</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>B&amp;uscar…</translation>
    </message>
    <message>
        <source>Search everything in the case (Ctrl+F)</source>
        <translation>Buscar en todo el caso (Ctrl+F)</translation>
    </message>
    <message>
        <source>S&amp;hare a copy…</source>
        <translation>Compart&amp;ir una copia…</translation>
    </message>
    <message>
        <source>A sealed, read-only copy to hand to an advocate or attorney</source>
        <translation>Una copia sellada, solo para leer, para entregar a un defensor o un abogado</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>{name} — IEPDesk</source>
        <translation>{name} — IEPDesk</translation>
    </message>
    <message>
        <source>IEPDesk</source>
        <translation>IEPDesk</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>IEPDesk is not allowed to use that file or folder. Choose a place in your own folders, such as Documents.</source>
        <translation>IEPDesk no tiene permiso para usar ese archivo o carpeta. Elija un lugar en sus propias carpetas, como Documentos.</translation>
    </message>
    <message>
        <source>That file or folder could not be found. It may have been moved or renamed.</source>
        <translation>No se encontró ese archivo o carpeta. Puede que se haya movido o cambiado de nombre.</translation>
    </message>
    <message>
        <source>The computer could not read or write the file ({reason}).</source>
        <translation>La computadora no pudo leer ni escribir el archivo ({reason}).</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({kind}). Nothing in your case was changed.</source>
        <translation>Algo inesperado salió mal ({kind}). No se cambió nada de su caso.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>MissingView</name>
    <message>
        <source>No IEP entered yet. The sessions and minutes owed are counted from it.</source>
        <extracomment>The &quot;Record the report&quot; button of each missing progress report (to the Progress page).</extracomment>
        <translation>Aún no se ha ingresado ningún IEP. Las sesiones y los minutos adeudados se cuentan a partir de él.</translation>
    </message>
    <message>
        <source>Enter the IEP</source>
        <translation>Ingresar el IEP</translation>
    </message>
    <message>
        <source>No IEP is in effect today. Enter the current one, or check its dates.</source>
        <translation>Ningún IEP está vigente hoy. Ingrese el actual, o revise sus fechas.</translation>
    </message>
    <message>
        <source>Go to the IEP</source>
        <translation>Ir al IEP</translation>
    </message>
    <message>
        <source>No school year includes today. Enter the school calendar so holidays are not counted.</source>
        <translation>Ningún año escolar incluye el día de hoy. Ingrese el calendario escolar para que no se cuenten los días feriados.</translation>
    </message>
    <message>
        <source>Enter the school calendar</source>
        <translation>Ingresar el calendario escolar</translation>
    </message>
    <message>
        <source>The progress report expected on {date} has not come, and the days you chose to wait for it have passed. Ask the school for it, or record it if it came.</source>
        <translation>El informe de progreso esperado el {date} no ha llegado, y ya pasaron los días que usted eligió esperar. Pídalo a la escuela, o regístrelo si llegó.</translation>
    </message>
    <message>
        <source>Record the report</source>
        <translation>Registrar el informe</translation>
    </message>
    <message>
        <source>Write to the school</source>
        <translation>Escribir a la escuela</translation>
    </message>
    <message>
        <source>No one on the team yet. Add the case manager and providers so letters can name them.</source>
        <translation>Aún no hay nadie en el equipo. Agregue al coordinador del caso y a los proveedores para que las cartas puedan nombrarlos.</translation>
    </message>
    <message>
        <source>Add the team</source>
        <translation>Agregar el equipo</translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message>
        <source>Log the selected day&apos;s session as delivered</source>
        <translation>Registrar la sesión del día seleccionado como dada</translation>
    </message>
    <message>
        <source>Log the selected day&apos;s session as missed</source>
        <translation>Registrar la sesión del día seleccionado como perdida</translation>
    </message>
    <message>
        <source>Log the selected week as delivered, except some sessions</source>
        <translation>Registrar la semana seleccionada como dada, salvo algunas sesiones</translation>
    </message>
</context>
<context>
    <name>NamePage</name>
    <message>
        <source>Your child</source>
        <extracomment>Another language was chosen (the wizard is made again in it).</extracomment>
        <translation>Su hijo</translation>
    </message>
    <message>
        <source>Each case is about one child. You can add more details later.</source>
        <translation>Cada caso es sobre un solo niño o niña. Puede agregar más detalles después.</translation>
    </message>
    <message>
        <source>Child&apos;s name</source>
        <translation>Nombre del niño</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Nombre y apellido</translation>
    </message>
    <message>
        <source>Child&apos;s &amp;name:</source>
        <translation>&amp;Nombre del niño:</translation>
    </message>
    <message>
        <source>Stat&amp;e:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <source>Language of IEPDesk on this computer</source>
        <translation>Idioma de IEPDesk en esta computadora</translation>
    </message>
    <message>
        <source>&amp;Language / Idioma:</source>
        <translation>&amp;Idioma / Language:</translation>
    </message>
    <message>
        <source>The name is kept inside the locked case file, not anywhere else.</source>
        <translation>El nombre se guarda dentro del archivo bloqueado del caso, en ningún otro lugar.</translation>
    </message>
</context>
<context>
    <name>NewLetterWizard</name>
    <message>
        <source>New letter</source>
        <translation>Carta nueva</translation>
    </message>
    <message>
        <source>&amp;Write the draft</source>
        <translation>&amp;Redactar el borrador</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>New passphrase</source>
        <translation>Frase de contraseña nueva</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Frase de contraseña nueva, otra vez</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Solidez de la frase de contraseña</translation>
    </message>
    <message>
        <source>How strong the passphrase is</source>
        <translation>Qué tan sólida es la frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>Type it &amp;again:</source>
        <translation>Escríbala &amp;otra vez:</translation>
    </message>
    <message>
        <source>A passphrase needs at least {n} characters.</source>
        <extracomment>What ``_strength`` was judged for (the text and the hints); None: nothing judged yet.</extracomment>
        <translation>Una frase de contraseña necesita al menos {n} caracteres.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>Las dos frases de contraseña aún no son iguales.</translation>
    </message>
    <message>
        <source>Strength: {label}. {advice}</source>
        <translation>Solidez: {label}. {advice}</translation>
    </message>
    <message>
        <source>Tip: a few unrelated words, like “maple river lantern cocoa”, are strong and easy to remember.</source>
        <translation>Consejo: unas cuantas palabras sin relación, como “arce río linterna cacao”, son sólidas y fáciles de recordar.</translation>
    </message>
    <message>
        <source>The two passphrases match.</source>
        <translation>Las dos frases de contraseña coinciden.</translation>
    </message>
</context>
<context>
    <name>NextSteps</name>
    <message>
        <source>The steps parents usually take, roughly in this order. Go at your own pace. A ✓ marks what your case already shows.</source>
        <translation>Los pasos que suelen seguir los padres, más o menos en este orden. Vaya a su propio ritmo. Una ✓ marca lo que su caso ya muestra.</translation>
    </message>
    <message>
        <source>What to expect</source>
        <translation>Qué esperar</translation>
    </message>
    <message>
        <source>Remedies are usually modest. They aim to get the services delivered: the school fixes what it does, sometimes gives make-up services, sometimes trains its staff. They are not meant to punish anyone.</source>
        <translation>Las soluciones suelen ser modestas. Buscan que se den los servicios: la escuela corrige lo que hace, a veces da servicios de recuperación, a veces capacita a su personal. No buscan castigar a nadie.</translation>
    </message>
    <message>
        <source>Due process is costly and takes a lot of effort. It comes before any court case about the IEP.</source>
        <translation>El debido proceso es costoso y exige mucho esfuerzo. Va antes de cualquier juicio sobre el IEP.</translation>
    </message>
    <message>
        <source>Suing a teacher rarely works. The routes above are about what the school district must do.</source>
        <translation>Demandar a un maestro rara vez funciona. Los caminos de arriba tratan de lo que debe hacer el distrito escolar.</translation>
    </message>
    <message>
        <source>Be careful about going to the media. Your child&apos;s story becomes public, and it can make talks with the school harder. Talk it over with an advocate or an attorney first.</source>
        <translation>Tenga cuidado antes de acudir a los medios. La historia de su hijo se vuelve pública, y eso puede dificultar las conversaciones con la escuela. Háblelo antes con un defensor o un abogado.</translation>
    </message>
    <message>
        <source>This is information, not legal advice.</source>
        <translation>Esto es información, no asesoramiento legal.</translation>
    </message>
    <message>
        <source>Keep a dated record</source>
        <translation>Lleve un registro con fechas</translation>
    </message>
    <message>
        <source>Write down what happens, on the day it happens. A short dated note is enough: what was to happen, and what did.</source>
        <translation>Anote lo que pasa, el mismo día en que pasa. Basta una nota breve con fecha: lo que debía pasar, y lo que pasó.</translation>
    </message>
    <message>
        <source>Log each service session on the Calendar &amp; log page. Record an incident on the Incidents page whenever a service or support is not given.</source>
        <translation>Registre cada sesión de servicio en la página Calendario y registro. Registre un incidente en la página Incidentes cada vez que no se dé un servicio o un apoyo.</translation>
    </message>
    <message>
        <source>Documented: {entries}, {incidents}.</source>
        <translation>Documentado: {entries}, {incidents}.</translation>
    </message>
    <message>
        <source>The latest incident is from {day}.</source>
        <translation>El incidente más reciente es del {day}.</translation>
    </message>
    <message>
        <source>Nothing is recorded yet.</source>
        <translation>Aún no hay nada registrado.</translation>
    </message>
    <message>
        <source>1 service log entry</source>
        <translation>1 entrada del registro de servicios</translation>
    </message>
    <message>
        <source>{n} service log entries</source>
        <translation>{n} entradas del registro de servicios</translation>
    </message>
    <message>
        <source>1 incident</source>
        <translation>1 incidente</translation>
    </message>
    <message>
        <source>{n} incidents</source>
        <translation>{n} incidentes</translation>
    </message>
    <message>
        <source>Make the IEP&apos;s wording precise</source>
        <translation>Pida que la redacción del IEP sea precisa</translation>
    </message>
    <message>
        <source>Vague words make a promise hard to check. For each service, the IEP should say how many minutes, how often, where, and who gives it. For each support, it should say when it applies, and whether staff must offer it or your child has to ask for it.</source>
        <translation>Las palabras imprecisas hacen difícil comprobar una promesa. Para cada servicio, el IEP debe decir cuántos minutos, con qué frecuencia, dónde y quién lo da. Para cada apoyo, debe decir cuándo se aplica, y si el personal debe ofrecerlo o su hijo tiene que pedirlo.</translation>
    </message>
    <message>
        <source>The clarity check on the IEP page points out vague words and missing details. Ask the team to fix them in writing.</source>
        <translation>La revisión de claridad de la página IEP señala las palabras imprecisas y los detalles que faltan. Pida al equipo que los corrija por escrito.</translation>
    </message>
    <message>
        <source>No IEP in effect today is entered yet. Type it in on the IEP page.</source>
        <translation>Aún no se ha ingresado un IEP vigente hoy. Escríbalo en la página IEP.</translation>
    </message>
    <message>
        <source>The IEP in effect: {provisions}. With wording to check: {unclear}.</source>
        <translation>El IEP vigente: {provisions}. Con redacción para revisar: {unclear}.</translation>
    </message>
    <message>
        <source>The IEP in effect: {provisions}. The clarity check found nothing to ask about.</source>
        <translation>El IEP vigente: {provisions}. La revisión de claridad no encontró nada que preguntar.</translation>
    </message>
    <message>
        <source>1 provision</source>
        <translation>1 disposición</translation>
    </message>
    <message>
        <source>{n} provisions</source>
        <translation>{n} disposiciones</translation>
    </message>
    <message>
        <source>Write to the school, calmly and with facts</source>
        <translation>Escriba a la escuela, con calma y con hechos</translation>
    </message>
    <message>
        <source>Say what your child was to get, what happened instead, and what you ask for. Keep it short. Leave out blame and guesses.</source>
        <translation>Diga lo que su hijo debía recibir, lo que pasó en su lugar y lo que usted pide. Sea breve. Deje fuera las culpas y las suposiciones.</translation>
    </message>
    <message>
        <source>Emails become part of the record. Write each one as if a hearing officer will read it one day. After a talk in person or by phone, send a short email that sums up what was said.</source>
        <translation>Los correos pasan a formar parte del expediente. Escriba cada uno como si un juez de audiencias fuera a leerlo algún día. Después de una conversación en persona o por teléfono, envíe un correo breve que resuma lo que se dijo.</translation>
    </message>
    <message>
        <source>Messages you sent to the school: {n}. The last one: {day}.</source>
        <translation>Mensajes que envió a la escuela: {n}. El último: {day}.</translation>
    </message>
    <message>
        <source>Communications logged in all: {n}.</source>
        <translation>Comunicaciones registradas en total: {n}.</translation>
    </message>
    <message>
        <source>A short factual email was marked as sent on {day}.</source>
        <translation>Un correo breve y objetivo se marcó como enviado el {day}.</translation>
    </message>
    <message>
        <source>Ask for an IEP meeting, with a concerns letter</source>
        <translation>Pida una reunión del IEP, con una carta de inquietudes</translation>
    </message>
    <message>
        <source>Ask in writing. List your concerns, with dates, and say what you would like the team to do. Bring your records to the meeting.</source>
        <translation>Pídala por escrito. Enumere sus inquietudes, con fechas, y diga lo que le gustaría que hiciera el equipo. Lleve sus registros a la reunión.</translation>
    </message>
    <message>
        <source>It can help to ask for your child&apos;s records first, such as the school&apos;s own service logs.</source>
        <translation>Puede ayudar pedir primero los expedientes de su hijo, como los propios registros de servicios de la escuela.</translation>
    </message>
    <message>
        <source>Meeting requested on {day}.</source>
        <translation>Reunión solicitada el {day}.</translation>
    </message>
    <message>
        <source>A concerns letter is drafted. It is not marked as sent yet.</source>
        <translation>Hay una carta de inquietudes redactada. Aún no está marcada como enviada.</translation>
    </message>
    <message>
        <source>Records requested on {day}.</source>
        <translation>Expedientes solicitados el {day}.</translation>
    </message>
    <message>
        <source>Under federal law the district must let you see them within 45 days, by {day}, and before any IEP meeting or hearing that comes sooner (34 CFR 300.613(a)). Some states set a shorter time: ask your Parent Center or your state&apos;s department of education.</source>
        <translation>Según la ley federal, el distrito debe dejarle verlos dentro de 45 días, a más tardar el {day}, y antes de cualquier reunión del IEP o audiencia que ocurra antes (34 CFR 300.613(a)). Algunos estados fijan un plazo más corto: pregunte a su Centro de Padres o al departamento de educación de su estado.</translation>
    </message>
    <message>
        <source>Bring an advocate</source>
        <translation>Vaya con un defensor</translation>
    </message>
    <message>
        <source>An advocate knows how IEP meetings work and can speak up with you. It helps to have someone beside you who is calm when you are tired.</source>
        <translation>Un defensor sabe cómo funcionan las reuniones del IEP y puede hablar junto con usted. Ayuda tener a su lado a alguien que esté tranquilo cuando usted está cansado.</translation>
    </message>
    <message>
        <source>The Protection &amp; Advocacy agency and the Parent Center (the next steps) are good places to ask about one. Add the advocate to the team on the Overview page, so your case shows it.</source>
        <translation>La agencia de Protección y Defensa y el Centro de Padres (los pasos siguientes) son buenos lugares para preguntar por uno. Agregue al defensor al equipo en la página Resumen, para que su caso lo muestre.</translation>
    </message>
    <message>
        <source>An advocate is on your team.</source>
        <translation>Hay un defensor en su equipo.</translation>
    </message>
    <message>
        <source>Ask your state&apos;s Protection &amp; Advocacy agency</source>
        <translation>Consulte a la agencia de Protección y Defensa de su estado</translation>
    </message>
    <message>
        <source>Every state has a Protection &amp; Advocacy agency. The National Disability Rights Network&apos;s “Find your P&amp;A” lists them.</source>
        <translation>Cada estado tiene una agencia de Protección y Defensa (P&amp;A). La lista está en “Find your P&amp;A”, de la National Disability Rights Network.</translation>
    </message>
    <message>
        <source>Ask two things: does it have special education advocates who could help you, and how does the state complaint process work in your state?</source>
        <translation>Pregunte dos cosas: ¿tiene defensores de educación especial que puedan ayudarle?, y ¿cómo funciona la queja estatal en su estado?</translation>
    </message>
    <message>
        <source>Connect with other parents</source>
        <translation>Póngase en contacto con otros padres</translation>
    </message>
    <message>
        <source>Other parents have been where you are. They know how things work locally and can tell you what helped them.</source>
        <translation>Otros padres han pasado por lo mismo que usted. Saben cómo funcionan las cosas en su zona y pueden contarle qué les ayudó.</translation>
    </message>
    <message>
        <source>Every state has at least one Parent Training and Information Center. The Center for Parent Information and Resources&apos; “Find your Parent Center” lists them.</source>
        <translation>Cada estado tiene al menos un Centro de Capacitación e Información para Padres. La lista está en “Find your Parent Center”, del Center for Parent Information and Resources.</translation>
    </message>
    <message>
        <source>Disability groups often have parent groups too, such as a local chapter of The Arc, or Decoding Dyslexia for families of children with dyslexia.</source>
        <translation>Los grupos sobre discapacidad a menudo tienen también grupos de padres, como una sección local de The Arc, o Decoding Dyslexia para familias de niños con dislexia.</translation>
    </message>
    <message>
        <source>Ask your state&apos;s department of education about your options</source>
        <translation>Pregunte al departamento de educación de su estado qué opciones tiene</translation>
    </message>
    <message>
        <source>Your state&apos;s department of education oversees special education. Ask it what options there are when an IEP is not followed, and how each one works in your state.</source>
        <translation>El departamento de educación de su estado supervisa la educación especial. Pregúntele qué opciones hay cuando no se cumple un IEP, y cómo funciona cada una en su estado.</translation>
    </message>
    <message>
        <source>Rules and forms differ from state to state, so it is the place to ask. It must publish a model form for a state complaint, but it may not require you to use it (34 CFR 300.509).</source>
        <translation>Las reglas y los formularios cambian de un estado a otro, así que es el lugar donde preguntar. Debe publicar un formulario modelo para la queja estatal, pero no puede obligarle a usarlo (34 CFR 300.509).</translation>
    </message>
    <message>
        <source>File a state complaint</source>
        <translation>Presente una queja estatal</translation>
    </message>
    <message>
        <source>A state complaint is a signed, written letter to your state&apos;s department of education. It says, with the facts, that the district did not follow the law, for example by not giving the services in the IEP.</source>
        <translation>Una queja estatal es una carta firmada y por escrito al departamento de educación de su estado. Dice, con los hechos, que el distrito no cumplió la ley, por ejemplo al no dar los servicios del IEP.</translation>
    </message>
    <message>
        <source>It must be about something that happened not more than one year before the state receives it (34 CFR 300.153(c)). Send a copy to the school district at the same time. The state then has 60 days to decide (34 CFR 300.152(a)).</source>
        <translation>Debe tratar de algo que pasó no más de un año antes de que el estado la reciba (34 CFR 300.153(c)). Envíe una copia al distrito escolar al mismo tiempo. Después, el estado tiene 60 días para decidir (34 CFR 300.152(a)).</translation>
    </message>
    <message>
        <source>The state can order make-up services for what was missed, and that the services are given properly from now on (34 CFR 300.151(b)).</source>
        <translation>El estado puede ordenar servicios de recuperación por lo que no se dio, y que los servicios se den bien de ahora en adelante (34 CFR 300.151(b)).</translation>
    </message>
    <message>
        <source>Some states also have a separate complaint about an educator&apos;s conduct. It is only for serious misconduct, not for missed services. Ask your state&apos;s department of education whether yours has one.</source>
        <translation>Algunos estados tienen además una queja aparte sobre la conducta de un educador. Es solo para faltas graves, no para servicios que no se dieron. Pregunte al departamento de educación de su estado si existe en el suyo.</translation>
    </message>
    <message>
        <source>For the incident of {start}, the one-year window closes on {due}.</source>
        <translation>Para el incidente del {start}, el plazo de un año vence el {due}.</translation>
    </message>
    <message>
        <source>State complaint marked as sent on {day}.</source>
        <translation>Queja estatal marcada como enviada el {day}.</translation>
    </message>
    <message>
        <source>If it is discrimination: an OCR complaint</source>
        <translation>Si es discriminación: una queja ante la OCR</translation>
    </message>
    <message>
        <source>The federal Office for Civil Rights (OCR) handles complaints that a school treated your child unfairly because of disability.</source>
        <translation>La Oficina de Derechos Civiles (OCR) federal atiende quejas de que una escuela trató injustamente a su hijo por su discapacidad.</translation>
    </message>
    <message>
        <source>File within 180 days of the last act of discrimination. This is federal: it is the same in every state. OCR also asks for a signed consent form.</source>
        <translation>Preséntela dentro de los 180 días siguientes al último acto de discriminación. Es federal: es igual en todos los estados. La OCR también pide un formulario de consentimiento firmado.</translation>
    </message>
    <message>
        <source>For the incident of {start}, the 180-day window closes on {due}.</source>
        <translation>Para el incidente del {start}, el plazo de 180 días vence el {due}.</translation>
    </message>
    <message>
        <source>OCR complaint marked as sent on {day}.</source>
        <translation>Queja ante la OCR marcada como enviada el {day}.</translation>
    </message>
    <message>
        <source>Talk to a special education attorney</source>
        <translation>Hable con un abogado de educación especial</translation>
    </message>
    <message>
        <source>An attorney can tell you whether your child may be owed compensatory education: services that make up for what was missed. It is not counted hour for hour. It depends on how much the missed services mattered.</source>
        <translation>Un abogado puede decirle si a su hijo se le podrían deber servicios compensatorios: servicios que reponen lo que no se dio. No se cuentan hora por hora. Dependen de cuánto importaban los servicios que no se dieron.</translation>
    </message>
    <message>
        <source>An attorney can also explain due process: a formal hearing about your child&apos;s education. It is costly. You usually have to go through it before you can go to court (20 U.S.C. 1415(l)).</source>
        <translation>Un abogado también puede explicarle el debido proceso: una audiencia formal sobre la educación de su hijo. Es costoso. Por lo general hay que pasar por él antes de poder ir a los tribunales (20 U.S.C. 1415(l)).</translation>
    </message>
    <message>
        <source>For the incident of {start}, the two-year window closes on {due}.</source>
        <translation>Para el incidente del {start}, el plazo de dos años vence el {due}.</translation>
    </message>
    <message>
        <source>Due process has its own time limit: two years from when you knew or should have known about the problem, counted here from the incident (34 CFR 300.507(a)(2)). Some states set their own limit. Ask your state&apos;s department of education or an attorney.</source>
        <translation>El debido proceso tiene su propio plazo: dos años desde que usted supo o debió saber del problema, contados aquí desde el incidente (34 CFR 300.507(a)(2)). Algunos estados fijan su propio plazo. Pregunte al departamento de educación de su estado o a un abogado.</translation>
    </message>
    <message>
        <source>An attorney is on your team.</source>
        <translation>Hay un abogado en su equipo.</translation>
    </message>
    <message>
        <source>Incidents inside this window: {n}. The last one closes on {due}.</source>
        <translation>Incidentes dentro de este plazo: {n}. El último vence el {due}.</translation>
    </message>
    <message>
        <source>None of the incidents recorded is inside this window now.</source>
        <translation>Ninguno de los incidentes registrados está dentro de este plazo ahora.</translation>
    </message>
    <message>
        <source>The window counts from an incident. None is recorded yet.</source>
        <translation>El plazo se cuenta desde un incidente. Aún no hay ninguno registrado.</translation>
    </message>
    <message>
        <source>Or take the path of least resistance</source>
        <translation>O tome el camino más sencillo</translation>
    </message>
    <message>
        <source>Some families move to another school, homeschool, choose a private school, or pay privately for services such as speech therapy or tutoring. That is a real choice. No one should judge it.</source>
        <translation>Algunas familias se cambian a otra escuela, educan en casa, eligen una escuela privada o pagan por su cuenta servicios como terapia del habla o clases particulares. Es una opción real. Nadie debería juzgarla.</translation>
    </message>
    <message>
        <source>You can stop at any step. Whatever you choose, your record stays yours.</source>
        <translation>Puede detenerse en cualquier paso. Elija lo que elija, su registro sigue siendo suyo.</translation>
    </message>
</context>
<context>
    <name>NextStepsView</name>
    <message>
        <source>Open the clarity check…</source>
        <extracomment>The parent asked to write a letter of this kind. The parent asked to see the IEP page&apos;s clarity check.</extracomment>
        <translation>Abrir la revisión de claridad…</translation>
    </message>
    <message>
        <source>Open the clarity check on the IEP page</source>
        <translation>Abrir la revisión de claridad en la página IEP</translation>
    </message>
    <message>
        <source>Write a short factual email…</source>
        <translation>Escribir un correo breve y objetivo…</translation>
    </message>
    <message>
        <source>Write a short factual email about one incident</source>
        <translation>Escribir un correo breve y objetivo sobre un incidente</translation>
    </message>
    <message>
        <source>Write the concerns letter…</source>
        <translation>Escribir la carta de inquietudes…</translation>
    </message>
    <message>
        <source>Write a concerns letter that asks for an IEP meeting</source>
        <translation>Escribir una carta de inquietudes que pida una reunión del IEP</translation>
    </message>
    <message>
        <source>Ask for the records…</source>
        <translation>Pedir los expedientes…</translation>
    </message>
    <message>
        <source>Write a request for your child&apos;s education records</source>
        <translation>Escribir una solicitud de los expedientes educativos de su hijo</translation>
    </message>
    <message>
        <source>Draft a state complaint…</source>
        <translation>Redactar una queja estatal…</translation>
    </message>
    <message>
        <source>Draft a state complaint</source>
        <translation>Redactar una queja estatal</translation>
    </message>
    <message>
        <source>Draft an OCR complaint…</source>
        <translation>Redactar una queja ante la OCR…</translation>
    </message>
    <message>
        <source>Draft an OCR complaint</source>
        <translation>Redactar una queja ante la OCR</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <extracomment>Kept for the main window, which connects it; the child is renamed on the Child &amp; team page.</extracomment>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Where things stand today: the sessions to log, the minutes owed and the dates coming up.</source>
        <translation>Cómo están las cosas hoy: las sesiones por registrar, los minutos adeudados y las próximas fechas.</translation>
    </message>
    <message>
        <source>To complete the record</source>
        <translation>Para completar el registro</translation>
    </message>
    <message>
        <source>What was logged</source>
        <translation>Lo que se registró</translation>
    </message>
    <message>
        <source>Today&apos;s sessions</source>
        <translation>Sesiones de hoy</translation>
    </message>
    <message>
        <source>Minutes owed</source>
        <translation>Minutos adeudados</translation>
    </message>
    <message>
        <source>The IEP</source>
        <translation>El IEP</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Próximamente</translation>
    </message>
    <message>
        <source>Recent incidents</source>
        <translation>Incidentes recientes</translation>
    </message>
    <message>
        <source>{service} is already logged {status} today. To change it, open the day in the calendar.</source>
        <translation>La sesión de {service} ya está registrada hoy como {status}. Para cambiarla, abra el día en el calendario.</translation>
    </message>
    <message>
        <source>Not logged</source>
        <translation>No se registró</translation>
    </message>
    <message>
        <source>Logged: {service} {status} on {day}. Ctrl+Z undoes it.</source>
        <translation>Registrada: sesión de {service}, {status}, el {day}. Ctrl+Z lo deshace.</translation>
    </message>
</context>
<context>
    <name>OwedView</name>
    <message>
        <source>Minutes owed</source>
        <translation>Minutos adeudados</translation>
    </message>
    <message>
        <source>Minutes owed per service</source>
        <extracomment>The shown rows: (service, this month, this school year) labels.</extracomment>
        <translation>Minutos adeudados por servicio</translation>
    </message>
    <message>
        <source>Sessions with minutes not known</source>
        <translation>Sesiones con minutos desconocidos</translation>
    </message>
    <message>
        <source>Where the minutes owed come from</source>
        <translation>De dónde vienen los minutos adeudados</translation>
    </message>
    <message>
        <source>Minutes owed to your child (as of {date})</source>
        <translation>Minutos adeudados a su hijo (al {date})</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>This school year</source>
        <translation>Este año escolar</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>{service}, owed this month</source>
        <translation>{service}, adeudado este mes</translation>
    </message>
    <message>
        <source>{service}, owed this school year</source>
        <translation>{service}, adeudado este año escolar</translation>
    </message>
    <message>
        <source>No minutes owed this month or this school year so far.</source>
        <translation>Hasta ahora no hay minutos adeudados este mes ni este año escolar.</translation>
    </message>
    <message>
        <source>1 session cut short with minutes not known: ask the school.</source>
        <translation>1 sesión acortada con minutos desconocidos: pregunte a la escuela.</translation>
    </message>
    <message>
        <source>{n} sessions cut short with minutes not known: ask the school.</source>
        <translation>{n} sesiones acortadas con minutos desconocidos: pregunte a la escuela.</translation>
    </message>
    <message>
        <source>No school year includes today, so only this month is counted.</source>
        <translation>Ningún año escolar incluye el día de hoy, así que solo se cuenta este mes.</translation>
    </message>
    <message>
        <source>School year {name}: {start} to {end}.</source>
        <translation>Año escolar {name}: del {start} al {end}.</translation>
    </message>
    <message>
        <source>The school year of {start} to {end}.</source>
        <translation>El año escolar del {start} al {end}.</translation>
    </message>
    <message>
        <source>Minutes are owed for sessions missed and not made up; the details are under Calendar &amp; log, Minutes owed.</source>
        <translation>Se adeudan minutos por las sesiones perdidas y no recuperadas; los detalles están en Calendario y registro, Minutos adeudados.</translation>
    </message>
</context>
<context>
    <name>OwnFigures</name>
    <message>
        <source>Records after your request</source>
        <translation>Expedientes tras su solicitud</translation>
    </message>
    <message>
        <source>Documents before an IEP meeting</source>
        <translation>Documentos antes de una reunión del IEP</translation>
    </message>
    <message>
        <source>Notice of an IEP meeting</source>
        <translation>Aviso de una reunión del IEP</translation>
    </message>
    <message>
        <source>Asking for a due process hearing</source>
        <translation>Pedir una audiencia de debido proceso</translation>
    </message>
    <message>
        <source>Reimbursement of a private placement</source>
        <translation>Reembolso de una ubicación privada</translation>
    </message>
    <message>
        <source>calendar days</source>
        <translation>días naturales</translation>
    </message>
    <message>
        <source>business days</source>
        <translation>días hábiles</translation>
    </message>
    <message>
        <source>school days</source>
        <translation>días escolares</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>months</source>
        <translation>meses</translation>
    </message>
    <message>
        <source>years</source>
        <translation>años</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>{what}: the number</source>
        <translation>{what}: el número</translation>
    </message>
    <message>
        <source>{what}: the unit</source>
        <translation>{what}: la unidad</translation>
    </message>
    <message>
        <source>{what}: where you read it</source>
        <translation>{what}: dónde lo leyó</translation>
    </message>
    <message>
        <source>The citation or where you read it</source>
        <translation>La cita o dónde lo leyó</translation>
    </message>
    <message>
        <source>Your state&apos;s own figures</source>
        <translation>Las cifras propias de su estado</translation>
    </message>
    <message>
        <source>Where IEPDesk has no rule of its own for {state}, you can record your state&apos;s figure. It is used when it is earlier than the federal rule, and always shown as your own figure. Choose None to use the federal rule.</source>
        <translation>Donde IEPDesk no tiene una regla propia para {state}, usted puede registrar la cifra de su estado. Se usa cuando da una fecha anterior a la de la regla federal, y siempre se muestra como su propia cifra. Elija Ninguna para usar la regla federal.</translation>
    </message>
    <message>
        <source>IEPDesk has {state}&apos;s rule: {rule} ({citation})</source>
        <translation>IEPDesk tiene la regla de {state}: {rule} ({citation})</translation>
    </message>
    <message>
        <source>Save your state&apos;s figures</source>
        <translation>Guardar las cifras de su estado</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
</context>
<context>
    <name>PartsBox</name>
    <message>
        <source>What goes in</source>
        <translation>Qué se incluye</translation>
    </message>
    <message>
        <source>The &amp;whole case</source>
        <translation>El caso &amp;entero</translation>
    </message>
    <message>
        <source>Share the whole case</source>
        <translation>Compartir el caso entero</translation>
    </message>
    <message>
        <source>&amp;Only some parts</source>
        <translation>&amp;Solo algunas partes</translation>
    </message>
    <message>
        <source>Share only some parts of the case</source>
        <translation>Compartir solo algunas partes del caso</translation>
    </message>
    <message>
        <source>Only records &amp;dated from</source>
        <translation>Solo re&amp;gistros con fecha desde</translation>
    </message>
    <message>
        <source>Only records dated in a period</source>
        <translation>Solo registros con fecha dentro de un período</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Primer día del período</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Último día del período</translation>
    </message>
    <message>
        <source>Services to include</source>
        <translation>Servicios que se incluyen</translation>
    </message>
    <message>
        <source>Documents to include</source>
        <translation>Documentos que se incluyen</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Se&amp;rvices</source>
        <translation>Se&amp;rvicios</translation>
    </message>
    <message>
        <source>Do&amp;cuments</source>
        <translation>Documen&amp;tos</translation>
    </message>
    <message>
        <source>The period applies to log entries, incidents, communications, progress data and sent letters. The IEP, the calendar and the team always go in whole.</source>
        <translation>El período se aplica a las anotaciones del registro, los incidentes, las comunicaciones, los datos de progreso y las cartas enviadas. El IEP, el calendario y el equipo siempre se incluyen enteros.</translation>
    </message>
    <message>
        <source>Type both days of the period (for example 2026-01-31).</source>
        <translation>Escriba los dos días del período (por ejemplo, 2026-01-31).</translation>
    </message>
    <message>
        <source>The first day of the period is after the last day.</source>
        <translation>El primer día del período es posterior al último.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>Elija una frase de contraseña</translation>
    </message>
    <message>
        <source>The passphrase locks the case. Nobody can open it without the passphrase or the recovery kit, not even IEPDesk&apos;s makers.</source>
        <translation>La frase de contraseña bloquea el caso. Nadie puede abrirlo sin la frase de contraseña o el kit de recuperación, ni siquiera quienes hacen IEPDesk.</translation>
    </message>
    <message>
        <source>&amp;Create case</source>
        <translation>&amp;Crear el caso</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation>&amp;Recordar en esta computadora</translation>
    </message>
    <message>
        <source>Remember the case on this computer</source>
        <translation>Recordar el caso en esta computadora</translation>
    </message>
    <message>
        <source>Then anyone who can log in to this computer account can open the case without the passphrase. Leave this off on a shared computer.</source>
        <translation>Así, cualquiera que pueda entrar en esta cuenta de la computadora puede abrir el caso sin la frase de contraseña. No lo active en una computadora compartida.</translation>
    </message>
    <message>
        <source>Creating the case… this takes a moment.</source>
        <translation>Creando el caso… esto tarda un momento.</translation>
    </message>
    <message>
        <source>Creating the case</source>
        <translation>Creando el caso</translation>
    </message>
    <message>
        <source>A weak passphrase</source>
        <translation>Una frase de contraseña débil</translation>
    </message>
    <message>
        <source>This passphrase would be easy to guess ({advice}). Anyone who gets the file could try guesses. Use it anyway?</source>
        <translation>Esta frase de contraseña sería fácil de adivinar ({advice}). Cualquiera que obtenga el archivo podría intentar adivinarla. ¿Usarla de todos modos?</translation>
    </message>
    <message>
        <source>Use it anyway</source>
        <translation>Usarla de todos modos</translation>
    </message>
    <message>
        <source>Choose another</source>
        <translation>Elegir otra</translation>
    </message>
    <message>
        <source>The state was not saved</source>
        <translation>El estado no se guardó</translation>
    </message>
    <message>
        <source>The case was not created</source>
        <translation>No se creó el caso</translation>
    </message>
</context>
<context>
    <name>PasteEmailDialog</name>
    <message>
        <source>Paste an email</source>
        <translation>Pegar un correo</translation>
    </message>
    <message>
        <source>In your mail program, open the email, select all of it (with the From, Sent, To and Subject lines) and copy it. Then paste it here.</source>
        <translation>En su programa de correo, abra el correo, selecciónelo completo (con las líneas De, Enviado, Para y Asunto) y cópielo. Luego péguelo aquí.</translation>
    </message>
    <message>
        <source>The email, pasted</source>
        <translation>El correo, pegado</translation>
    </message>
    <message>
        <source>From: Ms. Rivera &lt;rivera@school.example&gt;
Sent: Tuesday, March 10, 2026 4:42 PM
</source>
        <translation>De: Sra. Rivera &lt;rivera@school.example&gt;
Enviado: martes, 10 de marzo de 2026 4:42 p. m.
</translation>
    </message>
    <message>
        <source>To: …
Subject: …

…</source>
        <translation>Para: …
Asunto: …

…</translation>
    </message>
    <message>
        <source>&amp;Fill the form</source>
        <translation>&amp;Llenar el formulario</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>PDF page</source>
        <translation>Página del PDF</translation>
    </message>
    <message>
        <source>PDF pages</source>
        <translation>Páginas del PDF</translation>
    </message>
    <message>
        <source>Opening the PDF safely…</source>
        <translation>Abriendo el PDF de forma segura…</translation>
    </message>
    <message>
        <source>Opening the PDF</source>
        <translation>Abriendo el PDF</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Anterior</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Siguiente ▶</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Número de página</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>A&amp;cercar</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>&amp;Fit width</source>
        <translation>Ajustar al &amp;ancho</translation>
    </message>
    <message>
        <source>Fit the page to the width</source>
        <translation>Ajustar la página al ancho</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>of {count}</source>
        <translation>de {count}</translation>
    </message>
</context>
<context>
    <name>PhotoDialog</name>
    <message>
        <source>Add a photo</source>
        <extracomment>(id, label) of the log entries of a day.</extracomment>
        <translation>Agregar una foto</translation>
    </message>
    <message>
        <source>The photo</source>
        <translation>La foto</translation>
    </message>
    <message>
        <source>Title of the photo</source>
        <translation>Título de la foto</translation>
    </message>
    <message>
        <source>Date of the paper</source>
        <translation>Fecha del papel</translation>
    </message>
    <message>
        <source>Where the date came from</source>
        <translation>De dónde viene la fecha</translation>
    </message>
    <message>
        <source>The photo held the place where it was taken (GPS). The copy kept in the case leaves it out.</source>
        <translation>La foto guardaba el lugar donde se tomó (GPS). La copia que se guarda en el caso no lo incluye.</translation>
    </message>
    <message>
        <source>The photo holds no place where it was taken.</source>
        <translation>La foto no guarda el lugar donde se tomó.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Date of the paper:</source>
        <translation>&amp;Fecha del papel:</translation>
    </message>
    <message>
        <source>Log entries of that day to link the photo to</source>
        <translation>Registros de sesiones de ese día para vincular con la foto</translation>
    </message>
    <message>
        <source>Tick the sessions this paper is about. You can link it later too.</source>
        <translation>Marque las sesiones de las que trata este papel. También puede vincularla más tarde.</translation>
    </message>
    <message>
        <source>&amp;Add photo</source>
        <translation>&amp;Agregar foto</translation>
    </message>
    <message>
        <source>&amp;Skip this photo</source>
        <translation>&amp;Omitir esta foto</translation>
    </message>
    <message>
        <source>Adding {name}</source>
        <translation>Agregando {name}</translation>
    </message>
    <message>
        <source>Suggested from the photo&apos;s own information: the day it was taken ({date}). Change it if the paper is from another day.</source>
        <translation>Sugerida por la información de la propia foto: el día en que se tomó ({date}). Cámbiela si el papel es de otro día.</translation>
    </message>
    <message>
        <source>Suggested from the photo&apos;s own information: the day the phone or camera last saved it ({date}). Check it against the paper.</source>
        <translation>Sugerida por la información de la propia foto: el día en que el teléfono o la cámara la guardó por última vez ({date}). Compárela con el papel.</translation>
    </message>
    <message>
        <source>The photo holds no date of its own, so none is suggested. Type the day the paper is from, or leave it empty.</source>
        <translation>La foto no guarda una fecha propia, así que no se sugiere ninguna. Escriba el día del papel o déjela vacía.</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Sin vista previa</translation>
    </message>
    <message>
        <source>Link to that day&apos;s log entries</source>
        <translation>Vincular con los registros de sesiones de ese día</translation>
    </message>
    <message>
        <source>Give the paper&apos;s date to see that day&apos;s log entries.</source>
        <translation>Escriba la fecha del papel para ver los registros de sesiones de ese día.</translation>
    </message>
    <message>
        <source>Link to the log entries of {date}</source>
        <translation>Vincular con los registros de sesiones del {date}</translation>
    </message>
    <message>
        <source>No sessions are logged on {date}.</source>
        <translation>No hay sesiones registradas el {date}.</translation>
    </message>
    <message>
        <source>Skip this photo?</source>
        <translation>¿Omitir esta foto?</translation>
    </message>
    <message>
        <source>The photo is not added, and what you typed for it is not kept.</source>
        <translation>La foto no se agrega, y lo que escribió para ella no se guarda.</translation>
    </message>
    <message>
        <source>A document needs a title.</source>
        <translation>Un documento necesita un título.</translation>
    </message>
</context>
<context>
    <name>Photos</name>
    <message numerus="yes">
        <source>%n photo(s) added.</source>
        <translation>
            <numerusform>Se agregó %n foto.</numerusform>
            <numerusform>Se agregaron %n fotos.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is already in the case as {link}; it was not stored twice.</source>
        <translation>{name} ya está en el caso como {link}; no se guardó dos veces.</translation>
    </message>
    <message>
        <source>Not added: {names}.</source>
        <translation>No se agregó: {names}.</translation>
    </message>
    <message>
        <source>{name} could not be read.</source>
        <translation>No se pudo leer {name}.</translation>
    </message>
    <message>
        <source>{name} was not stored.</source>
        <translation>{name} no se guardó.</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Why there is no preview</source>
        <translation>Por qué no hay vista previa</translation>
    </message>
    <message>
        <source>Text of the document</source>
        <translation>Texto del documento</translation>
    </message>
    <message>
        <source>This file is too large to preview here. Export a copy to open it elsewhere.</source>
        <translation>Este archivo es demasiado grande para verlo aquí. Exporte una copia para abrirla en otro lugar.</translation>
    </message>
    <message>
        <source>No preview available.</source>
        <translation>No hay vista previa.</translation>
    </message>
    <message>
        <source>Export a copy to open it in another program.</source>
        <translation>Exporte una copia para abrirla en otro programa.</translation>
    </message>
    <message>
        <source>This PDF could not be shown safely: it took too long to open. The file is kept in your case; you can export it.</source>
        <translation>Este PDF no se pudo mostrar de forma segura: tardó demasiado en abrirse. El archivo se conserva en su caso; puede exportarlo.</translation>
    </message>
    <message>
        <source>This PDF could not be shown safely: it needed too much memory. The file is kept in your case; you can export it.</source>
        <translation>Este PDF no se pudo mostrar de forma segura: necesitaba demasiada memoria. El archivo se conserva en su caso; puede exportarlo.</translation>
    </message>
    <message>
        <source>The PDF preview could not be started. The file is kept in your case; you can export it.</source>
        <translation>No se pudo iniciar la vista previa del PDF. El archivo se conserva en su caso; puede exportarlo.</translation>
    </message>
    <message>
        <source>Choose a document to see it here.</source>
        <translation>Elija un documento para verlo aquí.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>MMM d, yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>MMM d</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>No goal is chosen.</source>
        <translation>No hay ninguna meta elegida.</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) from {first} to {last}</source>
        <translation>
            <numerusform>%n dato del {first} al {last}</numerusform>
            <numerusform>%n datos del {first} al {last}</numerusform>
        </translation>
    </message>
    <message>
        <source>trend {trend}</source>
        <translation>tendencia: {trend}</translation>
    </message>
    <message>
        <source>no data points yet</source>
        <translation>todavía no hay datos</translation>
    </message>
    <message>
        <source>aim line from {baseline} to {target} {unit}</source>
        <translation>línea de meta de {baseline} a {target} {unit}</translation>
    </message>
    <message>
        <source>the report of {day} says {status}</source>
        <translation>el informe del {day} dice {status}</translation>
    </message>
    <message>
        <source>flag: the report and the data disagree</source>
        <translation>aviso: el informe y los datos no coinciden</translation>
    </message>
    <message>
        <source>Chart of the goal&apos;s progress</source>
        <translation>Gráfica del progreso de la meta</translation>
    </message>
    <message>
        <source>Nothing to draw yet: add a data point, or a baseline and a target.</source>
        <translation>Todavía no hay nada que dibujar: agregue un dato, o un punto de partida y un objetivo.</translation>
    </message>
    <message>
        <source>Aim</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Data points</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
    <message>
        <source>Aim line</source>
        <translation>Línea de meta</translation>
    </message>
    <message>
        <source>School&apos;s report</source>
        <translation>Informe de la escuela</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>The plain mark beside a goal whose school report and data disagree (text, readable in greyscale).</extracomment>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>How we know</source>
        <translation>Cómo lo sabemos</translation>
    </message>
    <message>
        <source>Who measured</source>
        <translation>Quién midió</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Esperado</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>What the school said of this goal</source>
        <translation>Lo que dijo la escuela de esta meta</translation>
    </message>
    <message>
        <source>received {day}</source>
        <translation>recibido el {day}</translation>
    </message>
    <message>
        <source>{status}: “{words}”</source>
        <translation>{status}: “{words}”</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Each goal measured: the data points, the aim line from the IEP, and what the school&apos;s progress reports say.</source>
        <translation>Cada meta medida: los datos, la línea de meta del IEP y lo que dicen los informes de progreso de la escuela.</translation>
    </message>
    <message>
        <source>Goals of the IEP</source>
        <translation>Metas del IEP</translation>
    </message>
    <message>
        <source>The chosen goal</source>
        <translation>La meta elegida</translation>
    </message>
    <message>
        <source>What the data says against the report</source>
        <translation>Lo que los datos dicen frente al informe</translation>
    </message>
    <message>
        <source>&amp;Add a data point…</source>
        <translation>&amp;Agregar un dato…</translation>
    </message>
    <message>
        <source>Add a data point to the goal</source>
        <translation>Agregar un dato a la meta</translation>
    </message>
    <message>
        <source>Add a data point (Ctrl+N)</source>
        <translation>Agregar un dato (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Cambiar…</translation>
    </message>
    <message>
        <source>Change the selected data point</source>
        <translation>Cambiar el dato seleccionado</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected data point</source>
        <translation>Eliminar el dato seleccionado</translation>
    </message>
    <message>
        <source>&amp;Import from a file…</source>
        <translation>&amp;Importar de un archivo…</translation>
    </message>
    <message>
        <source>Import data points from a file</source>
        <translation>Importar datos de un archivo</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo the delete</source>
        <translation>Deshacer la eliminación</translation>
    </message>
    <message>
        <source>No data points yet. Add one each time you learn a measured value.</source>
        <translation>Todavía no hay datos. Agregue uno cada vez que sepa de un valor medido.</translation>
    </message>
    <message>
        <source>Expected progress reports</source>
        <translation>Informes de progreso esperados</translation>
    </message>
    <message>
        <source>&amp;Record a report received…</source>
        <translation>&amp;Registrar un informe recibido…</translation>
    </message>
    <message>
        <source>Record a progress report received</source>
        <translation>Registrar un informe de progreso recibido</translation>
    </message>
    <message>
        <source>C&amp;hange the report…</source>
        <translation>Cam&amp;biar el informe…</translation>
    </message>
    <message>
        <source>Change the selected progress report</source>
        <translation>Cambiar el informe de progreso seleccionado</translation>
    </message>
    <message>
        <source>Delete the re&amp;port…</source>
        <translation>Eliminar el in&amp;forme…</translation>
    </message>
    <message>
        <source>Delete the selected progress report</source>
        <translation>Eliminar el informe de progreso seleccionado</translation>
    </message>
    <message>
        <source>The IEP says when the school reports progress; a report is “not received” once its date and the days you wait (Settings) have passed.</source>
        <translation>El IEP dice cuándo la escuela informa del progreso; un informe está “no recibido” cuando ya pasaron su fecha y los días que usted espera (Configuración).</translation>
    </message>
    <message>
        <source>Data and reports of the goal</source>
        <translation>Datos e informes de la meta</translation>
    </message>
    <message>
        <source>Progress reports</source>
        <translation>Informes de progreso</translation>
    </message>
    <message>
        <source>Add goals to the IEP first. Once a final IEP has goals, each one shows here with its data points and the school&apos;s progress reports.</source>
        <translation>Primero agregue metas al IEP. Cuando un IEP final tenga metas, cada una aparecerá aquí con sus datos y los informes de progreso de la escuela.</translation>
    </message>
    <message>
        <source>Go to the &amp;IEP</source>
        <translation>Ir al &amp;IEP</translation>
    </message>
    <message>
        <source>{title}
Trend: {trend}</source>
        <translation>{title}
Tendencia: {trend}</translation>
    </message>
    <message>
        <source>Flagged:</source>
        <translation>Con aviso:</translation>
    </message>
    <message>
        <source>{title} — aim: {target} {unit}</source>
        <translation>{title} — meta: {target} {unit}</translation>
    </message>
    <message>
        <source>The progress report expected on {day} was not received.</source>
        <translation>No se recibió el informe de progreso esperado para el {day}.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <source>Data point of {day} deleted.</source>
        <translation>Se eliminó el dato del {day}.</translation>
    </message>
    <message>
        <source>Delete the progress report</source>
        <translation>Eliminar el informe de progreso</translation>
    </message>
    <message>
        <source>Delete the progress report received {day}, with what it says of every goal and the values it gave?</source>
        <translation>¿Eliminar el informe de progreso recibido el {day}, con lo que dice de cada meta y los valores que dio?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Change the data point</source>
        <translation>Cambiar el dato</translation>
    </message>
    <message>
        <source>Add a data point</source>
        <translation>Agregar un dato</translation>
    </message>
    <message>
        <source>Goal: {title}</source>
        <translation>Meta: {title}</translation>
    </message>
    <message>
        <source>Date measured</source>
        <translation>Fecha de la medición</translation>
    </message>
    <message>
        <source>A number, for example 62.5</source>
        <translation>Un número, por ejemplo 62.5</translation>
    </message>
    <message>
        <source>For example: percent correct</source>
        <translation>Por ejemplo: porcentaje correcto</translation>
    </message>
    <message>
        <source>Who measured it</source>
        <translation>Quién lo midió</translation>
    </message>
    <message>
        <source>Me (parent)</source>
        <translation>Yo (padre o madre)</translation>
    </message>
    <message>
        <source>Choose or type a name (optional)</source>
        <translation>Elija o escriba un nombre (opcional)</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Documents that show it</source>
        <translation>Documentos que lo muestran</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Qué está mal</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valor:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unidad:</translation>
    </message>
    <message>
        <source>&amp;How we know:</source>
        <translation>&amp;Cómo lo sabemos:</translation>
    </message>
    <message>
        <source>&amp;Who measured:</source>
        <translation>&amp;Quién midió:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>D&amp;ocuments:</source>
        <translation>D&amp;ocumentos:</translation>
    </message>
    <message>
        <source>Save the data point</source>
        <translation>Guardar el dato</translation>
    </message>
    <message>
        <source>What the report says of: {title}</source>
        <translation>Lo que dice el informe de: {title}</translation>
    </message>
    <message>
        <source>(not in this report)</source>
        <translation>(no está en este informe)</translation>
    </message>
    <message>
        <source>The school&apos;s words about: {title}</source>
        <translation>Las palabras de la escuela sobre: {title}</translation>
    </message>
    <message>
        <source>The school&apos;s words, as written</source>
        <translation>Las palabras de la escuela, tal como están escritas</translation>
    </message>
    <message>
        <source>Value the report gives for: {title}</source>
        <translation>Valor que da el informe para: {title}</translation>
    </message>
    <message>
        <source>Unit of that value</source>
        <translation>Unidad de ese valor</translation>
    </message>
    <message>
        <source>Change the progress report</source>
        <translation>Cambiar el informe de progreso</translation>
    </message>
    <message>
        <source>Which expected report this is</source>
        <translation>Qué informe esperado es este</translation>
    </message>
    <message>
        <source>Expected {day}</source>
        <translation>Esperado el {day}</translation>
    </message>
    <message>
        <source>A report not on the schedule</source>
        <translation>Un informe fuera del calendario</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>Fecha en que se recibió</translation>
    </message>
    <message>
        <source>The report in the vault</source>
        <translation>El informe en sus documentos</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>The school&apos;s words</source>
        <translation>Las palabras de la escuela</translation>
    </message>
    <message>
        <source>What the report says of each goal</source>
        <translation>Lo que dice el informe de cada meta</translation>
    </message>
    <message>
        <source>Why it cannot be saved</source>
        <translation>Por qué no se puede guardar</translation>
    </message>
    <message>
        <source>&amp;Which report:</source>
        <translation>&amp;Qué informe:</translation>
    </message>
    <message>
        <source>Date &amp;received:</source>
        <translation>Fecha de &amp;recibido:</translation>
    </message>
    <message>
        <source>D&amp;ocument:</source>
        <translation>D&amp;ocumento:</translation>
    </message>
    <message>
        <source>Save the progress report</source>
        <translation>Guardar el informe de progreso</translation>
    </message>
</context>
<context>
    <name>ProvisionEditor</name>
    <message>
        <source>&amp;Save</source>
        <extracomment>Values changed here that have no field in the form (the notes to propose at the next meeting).</extracomment>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save this provision (Ctrl+S)</source>
        <translation>Guardar esta disposición (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save and ne&amp;xt</source>
        <translation>Guardar y &amp;nuevo</translation>
    </message>
    <message>
        <source>Save and start the next one of the same kind (Enter)</source>
        <translation>Guardar y empezar la siguiente del mismo tipo (Enter)</translation>
    </message>
    <message>
        <source>Cancel changes</source>
        <translation>Cancelar cambios</translation>
    </message>
    <message>
        <source>Cancel the changes not saved yet (Esc)</source>
        <translation>Cancelar los cambios que aún no se guardaron (Esc)</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>Enter saves and starts the next one. Shift+Enter starts a new line. Ctrl+N: new.</source>
        <translation>Enter guarda y empieza la siguiente. Shift+Enter empieza una línea nueva. Ctrl+N: nueva.</translation>
    </message>
    <message>
        <source>No IEP version chosen</source>
        <translation>No se eligió ninguna versión del IEP</translation>
    </message>
    <message>
        <source>New {kind}</source>
        <translation>Nuevo: {kind}</translation>
    </message>
    <message>
        <source>Changes cancelled.</source>
        <translation>Cambios cancelados.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Aún no guardado</translation>
    </message>
    <message>
        <source>Kept to propose at the next meeting (the IEP&apos;s words stay). Not saved yet.</source>
        <translation>Se guarda para proponerlo en la próxima reunión (las palabras del IEP se mantienen). Aún no guardado.</translation>
    </message>
    <message>
        <source>Already kept to propose at the next meeting.</source>
        <translation>Ya está guardado para proponerlo en la próxima reunión.</translation>
    </message>
</context>
<context>
    <name>ProvisionForm</name>
    <message>
        <source>Kind of provision</source>
        <extracomment>The fields each kind&apos;s form shows (and returns), after the common ones.</extracomment>
        <translation>Tipo de disposición</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>The IEP&apos;s wording</source>
        <translation>La redacción del IEP</translation>
    </message>
    <message>
        <source>Type or paste the IEP&apos;s own words, exactly as written.</source>
        <translation>Escriba o pegue las palabras del IEP, tal como están escritas.</translation>
    </message>
    <message>
        <source>Page or section</source>
        <translation>Página o sección</translation>
    </message>
    <message>
        <source>For example, p. 12, Services</source>
        <translation>Por ejemplo, pág. 12, Servicios</translation>
    </message>
    <message>
        <source>Minutes per session</source>
        <translation>Minutos por sesión</translation>
    </message>
    <message>
        <source>Sessions per period</source>
        <translation>Sesiones por periodo</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>(not written)</source>
        <translation>(no está escrito)</translation>
    </message>
    <message>
        <source>Individual or group</source>
        <translation>Individual o en grupo</translation>
    </message>
    <message>
        <source>When it applies</source>
        <translation>Cuándo se aplica</translation>
    </message>
    <message>
        <source>For example, tests and quizzes, classwork, all day</source>
        <translation>Por ejemplo, exámenes y pruebas cortas, trabajo en clase, todo el día</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>For example, the resource room</source>
        <translation>Por ejemplo, el salón de recursos</translation>
    </message>
    <message>
        <source>Who provides it</source>
        <translation>Quién lo da</translation>
    </message>
    <message>
        <source>For example, the speech therapist</source>
        <translation>Por ejemplo, el terapeuta del habla</translation>
    </message>
    <message>
        <source>How your child gets it</source>
        <translation>Cómo lo recibe su hijo</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Lun</translation>
    </message>
    <message>
        <source>Sessions on Monday</source>
        <translation>Sesiones los lunes</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>Sessions on Tuesday</source>
        <translation>Sesiones los martes</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mié</translation>
    </message>
    <message>
        <source>Sessions on Wednesday</source>
        <translation>Sesiones los miércoles</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Jue</translation>
    </message>
    <message>
        <source>Sessions on Thursday</source>
        <translation>Sesiones los jueves</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Vie</translation>
    </message>
    <message>
        <source>Sessions on Friday</source>
        <translation>Sesiones los viernes</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>For example, reading, math, communication</source>
        <translation>Por ejemplo, lectura, matemáticas, comunicación</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Punto de partida</translation>
    </message>
    <message>
        <source>Where your child is now</source>
        <translation>Dónde está su hijo ahora</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>What your child should reach, as a number</source>
        <translation>Lo que su hijo debe lograr, como número</translation>
    </message>
    <message>
        <source>How it is measured</source>
        <translation>Cómo se mide</translation>
    </message>
    <message>
        <source>For example, weekly reading probes</source>
        <translation>Por ejemplo, pruebas semanales de lectura</translation>
    </message>
    <message>
        <source>When progress is reported</source>
        <translation>Cuándo se informa el progreso</translation>
    </message>
    <message>
        <source>For example, quarterly, with report cards</source>
        <translation>Por ejemplo, cada trimestre, con las libretas de calificaciones</translation>
    </message>
    <message>
        <source>Baseline as a number</source>
        <translation>Punto de partida como número</translation>
    </message>
    <message>
        <source>For example, 40</source>
        <translation>Por ejemplo, 40</translation>
    </message>
    <message>
        <source>Target as a number</source>
        <translation>Objetivo como número</translation>
    </message>
    <message>
        <source>For example, 80</source>
        <translation>Por ejemplo, 80</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>For example, percent correct</source>
        <translation>Por ejemplo, porcentaje correcto</translation>
    </message>
    <message>
        <source>These three draw the aim line on the Progress page; leave them empty if the goal has no number.</source>
        <translation>Estos tres dibujan la línea de meta en la página de Progreso; déjelos vacíos si la meta no tiene un número.</translation>
    </message>
    <message>
        <source>times per</source>
        <translation>veces por</translation>
    </message>
    <message>
        <source>minutes,</source>
        <translation>min,</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>W&amp;hat:</source>
        <translation>&amp;Qué:</translation>
    </message>
    <message>
        <source>IEP &amp;wording:</source>
        <translation>&amp;Redacción del IEP:</translation>
    </message>
    <message>
        <source>Pa&amp;ge or section:</source>
        <translation>Página o &amp;sección:</translation>
    </message>
    <message>
        <source>How &amp;much:</source>
        <translation>&amp;Cuánto:</translation>
    </message>
    <message>
        <source>Individua&amp;l or group:</source>
        <translation>&amp;Individual o en grupo:</translation>
    </message>
    <message>
        <source>When it appl&amp;ies:</source>
        <translation>Cuándo se &amp;aplica:</translation>
    </message>
    <message>
        <source>Whe&amp;re:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>Wh&amp;o provides it:</source>
        <translation>Quién lo &amp;da:</translation>
    </message>
    <message>
        <source>How your child gets i&amp;t:</source>
        <translation>Cómo lo recibe su &amp;hijo:</translation>
    </message>
    <message>
        <source>Fixed da&amp;ys:</source>
        <translation>Días &amp;fijos:</translation>
    </message>
    <message>
        <source>Starts:</source>
        <translation>Empieza:</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Termina:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>Ár&amp;ea:</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>Punto de &amp;partida:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Objetivo:</translation>
    </message>
    <message>
        <source>&amp;Measured by:</source>
        <translation>Se mide &amp;con:</translation>
    </message>
    <message>
        <source>Baseline as a n&amp;umber:</source>
        <translation>Punto de partida como nú&amp;mero:</translation>
    </message>
    <message>
        <source>Tar&amp;get as a number:</source>
        <translation>Ob&amp;jetivo como número:</translation>
    </message>
    <message>
        <source>U&amp;nit:</source>
        <translation>U&amp;nidad:</translation>
    </message>
    <message>
        <source>Progress &amp;reported:</source>
        <translation>Cuándo se &amp;informa:</translation>
    </message>
    <message>
        <source>Wh&amp;o gives it:</source>
        <translation>Quién lo &amp;da:</translation>
    </message>
    <message>
        <source>Goa&amp;l:</source>
        <translation>&amp;Meta:</translation>
    </message>
    <message>
        <source>For example, the therapy room</source>
        <translation>Por ejemplo, el salón de terapia</translation>
    </message>
    <message>
        <source>For example, the classroom, the test room</source>
        <translation>Por ejemplo, el salón de clases, el salón de exámenes</translation>
    </message>
    <message>
        <source>For example, the speech-language pathologist</source>
        <translation>Por ejemplo, el patólogo del habla y lenguaje</translation>
    </message>
    <message>
        <source>For example, each teacher, the case manager</source>
        <translation>Por ejemplo, cada maestro, el coordinador del caso</translation>
    </message>
    <message>
        <source>For example, Speech-language therapy</source>
        <translation>Por ejemplo, Terapia del habla y lenguaje</translation>
    </message>
    <message>
        <source>A few words, for example, Reading fluency</source>
        <translation>Unas palabras, por ejemplo, Fluidez en la lectura</translation>
    </message>
    <message>
        <source>For example, Extended time on tests</source>
        <translation>Por ejemplo, Tiempo adicional en los exámenes</translation>
    </message>
</context>
<context>
    <name>ProvisionTree</name>
    <message>
        <source>Provision</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Clarity</source>
        <translation>Claridad</translation>
    </message>
    <message>
        <source>Provisions of this IEP, grouped by kind</source>
        <translation>Disposiciones de este IEP, agrupadas por tipo</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>Nue&amp;va</translation>
    </message>
    <message>
        <source>New provision (choose its kind)</source>
        <translation>Nueva disposición (elija su tipo)</translation>
    </message>
    <message>
        <source>Ctrl+N adds one of the kind you are on</source>
        <translation>Ctrl+N agrega una del tipo en el que está</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>Duplicate the selected provision</source>
        <translation>Duplicar la disposición seleccionada</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected provision (Ctrl+Z brings it back)</source>
        <translation>Eliminar la disposición seleccionada (Ctrl+Z la recupera)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the selected provision up (Alt+Up)</source>
        <translation>Subir la disposición seleccionada (Alt+Up)</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the selected provision down (Alt+Down)</source>
        <translation>Bajar la disposición seleccionada (Alt+Down)</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>Move the provision up</source>
        <translation>Subir la disposición</translation>
    </message>
    <message>
        <source>Move the provision down</source>
        <translation>Bajar la disposición</translation>
    </message>
</context>
<context>
    <name>ProvisionsView</name>
    <message>
        <source>Which IEP version</source>
        <extracomment>Below this width the clarity findings go under the form instead of beside it (a 1024-pixel window leaves the tab about 780 pixels: room for the list, the form and the findings side by side).</extracomment>
        <translation>Qué versión del IEP</translation>
    </message>
    <message>
        <source>V&amp;ersion:</source>
        <translation>&amp;Versión:</translation>
    </message>
    <message>
        <source>Status of this IEP version</source>
        <translation>Estado de esta versión del IEP</translation>
    </message>
    <message>
        <source>{status} · {span}</source>
        <translation>{status} · {span}</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>Shared copy: read-only</source>
        <translation>Copia compartida: solo lectura</translation>
    </message>
</context>
<context>
    <name>ReconcileModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>The school says</source>
        <translation>Según la escuela</translation>
    </message>
    <message>
        <source>You logged</source>
        <translation>Usted registró</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Coinciden</translation>
    </message>
    <message>
        <source>Also check</source>
        <translation>Revisar también</translation>
    </message>
    <message>
        <source>— no entry</source>
        <translation>— sin entrada</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>{what} ({details})</source>
        <translation>{what} ({details})</translation>
    </message>
    <message>
        <source>The school&apos;s record has no entry</source>
        <translation>El registro de la escuela no tiene entrada</translation>
    </message>
    <message>
        <source>The provider&apos;s log says {what}</source>
        <translation>El registro del proveedor dice: {what}</translation>
    </message>
    <message>
        <source>The school&apos;s record says {what}</source>
        <translation>El registro de la escuela dice: {what}</translation>
    </message>
    <message>
        <source>you logged nothing</source>
        <translation>usted no registró nada</translation>
    </message>
    <message>
        <source>you logged {what}</source>
        <translation>usted registró: {what}</translation>
    </message>
    <message>
        <source>{school}; {parent}.</source>
        <translation>{school}; {parent}.</translation>
    </message>
    <message>
        <source>✓ They agree</source>
        <translation>✓ Coinciden</translation>
    </message>
    <message>
        <source>◧ Only the school&apos;s record</source>
        <translation>◧ Solo el registro de la escuela</translation>
    </message>
    <message>
        <source>◨ Only yours</source>
        <translation>◨ Solo el suyo</translation>
    </message>
    <message>
        <source>what happened</source>
        <translation>lo que pasó</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>why</source>
        <translation>el motivo</translation>
    </message>
    <message>
        <source>≠ Disagree: {what}</source>
        <translation>≠ No coinciden: {what}</translation>
    </message>
    <message>
        <source>Group (the IEP: individual)</source>
        <translation>En grupo (el IEP: individual)</translation>
    </message>
    <message>
        <source>Minutes changed</source>
        <translation>Minutos cambiados</translation>
    </message>
    <message>
        <source>New provider: {name}</source>
        <translation>Proveedor nuevo: {name}</translation>
    </message>
</context>
<context>
    <name>ReconcileView</name>
    <message>
        <source>Comparing…</source>
        <translation>Comparando…</translation>
    </message>
    <message>
        <source>How many sessions agree and disagree</source>
        <translation>Cuántas sesiones coinciden y cuántas no</translation>
    </message>
    <message>
        <source>What to check</source>
        <translation>Qué revisar</translation>
    </message>
    <message>
        <source>Which sessions to show</source>
        <translation>Qué sesiones mostrar</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Todas las sesiones</translation>
    </message>
    <message>
        <source>Where they disagree</source>
        <translation>Donde no coinciden</translation>
    </message>
    <message>
        <source>Where only one side has it</source>
        <translation>Donde solo una parte la tiene</translation>
    </message>
    <message>
        <source>Flagged: group, minutes, provider</source>
        <translation>Señaladas: grupo, minutos, proveedor</translation>
    </message>
    <message>
        <source>Sessions: the school&apos;s record beside yours</source>
        <translation>Sesiones: el registro de la escuela junto al suyo</translation>
    </message>
    <message>
        <source>The school&apos;s side is the school&apos;s record and the provider&apos;s log; yours is what you saw, what your child said and entries with no source. Minutes owed still counts each session once. Enter or double-click a session to see the entries behind it.</source>
        <translation>La parte de la escuela es el registro de la escuela y el registro del proveedor; la suya es lo que usted vio, lo que dijo su hijo y las entradas sin fuente. Los minutos adeudados siguen contando cada sesión una sola vez. Pulse Enter o haga doble clic en una sesión para ver las entradas que la forman.</translation>
    </message>
    <message>
        <source>The selected session in words</source>
        <translation>La sesión seleccionada, en palabras</translation>
    </message>
    <message>
        <source>&amp;Which sessions:</source>
        <translation>&amp;Qué sesiones:</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>A la fecha</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparar</translation>
    </message>
    <message>
        <source>Compare the school&apos;s record with yours for these dates</source>
        <translation>Comparar el registro de la escuela con el suyo en estas fechas</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;A la fecha:</translation>
    </message>
    <message>
        <source>Not compared</source>
        <translation>No se comparó</translation>
    </message>
    <message>
        <source>No entries from the school&apos;s record or the provider&apos;s log in these dates. Import the school&apos;s log, or paste it (Calendar: From a provider&apos;s log), to set it beside yours.</source>
        <translation>No hay entradas del registro de la escuela ni del registro del proveedor en estas fechas. Importe el registro de la escuela, o péguelo (Calendario: Desde el registro de un proveedor), para ponerlo junto al suyo.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s): {agree} agree, {disagree} disagree, {school} only in the school&apos;s record, {parent} only in yours.</source>
        <translation>
            <numerusform>%n sesión. Coinciden: {agree}; no coinciden: {disagree}; solo en el registro de la escuela: {school}; solo en el suyo: {parent}.</numerusform>
            <numerusform>%n sesiones. Coinciden: {agree}; no coinciden: {disagree}; solo en el registro de la escuela: {school}; solo en el suyo: {parent}.</numerusform>
        </translation>
    </message>
    <message>
        <source>To check: {group} in a group where the IEP says individual, {minutes} with minutes changed in the school&apos;s record, {provider} with a new provider.</source>
        <translation>Para revisar: en grupo donde el IEP dice individual: {group}; con minutos cambiados en el registro de la escuela: {minutes}; con un proveedor nuevo: {provider}.</translation>
    </message>
    <message>
        <source>{service}: from {day}, the school&apos;s record gives {minutes} min a session where the IEP says {iep} ({n} sessions), and no IEP change is entered: a possible change without prior written notice. Prior written notice is required a reasonable time before the district proposes or refuses to change the provision of FAPE (34 CFR 300.503(a)); ask whether a change was proposed.</source>
        <translation>{service}: desde el {day}, el registro de la escuela da {minutes} min por sesión donde el IEP dice {iep} ({n} sesiones), y no se ha ingresado ningún cambio del IEP: un posible cambio sin aviso previo por escrito. El aviso previo por escrito es obligatorio un tiempo razonable antes de que el distrito proponga o rechace cambiar la educación pública gratuita y apropiada (FAPE) que da (34 CFR 300.503(a)); pregunte si se propuso un cambio.</translation>
    </message>
    <message>
        <source>{service}: from {day}, the records name {after} where they named {before}.</source>
        <translation>{service}: desde el {day}, los registros nombran a {after} donde antes nombraban a {before}.</translation>
    </message>
    <message>
        <source>{service} · {day}</source>
        <translation>{service} · {day}</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <source>Remove</source>
        <extracomment>A record in the list: (&quot;document&quot;, 12), (&quot;incident&quot;, 3), or (&quot;file&quot;, &quot;/path/mail.eml&quot;) not yet stored.</extracomment>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected item from: {name}</source>
        <translation>Quitar el elemento seleccionado de: {name}</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>IEP version</source>
        <translation>Versión del IEP</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Comunicación</translation>
    </message>
    <message>
        <source>Service log entry</source>
        <translation>Entrada del registro de servicios</translation>
    </message>
    <message>
        <source>IEP item</source>
        <translation>Elemento del IEP</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>dada</translation>
    </message>
    <message>
        <source>shortened</source>
        <translation>acortada</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>perdida</translation>
    </message>
    <message>
        <source>make-up</source>
        <translation>de recuperación</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <source>service</source>
        <translation>servicio</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>{kind} (no longer in the case)</source>
        <translation>{kind} (ya no está en el caso)</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <source>Open with the recovery kit</source>
        <translation>Abrir con el kit de recuperación</translation>
    </message>
    <message>
        <source>Open {name} with the recovery kit</source>
        <translation>Abrir {name} con el kit de recuperación</translation>
    </message>
    <message>
        <source>Type the groups of letters and digits from your recovery kit. Spaces and dashes do not matter. Then choose a new passphrase; the old one will stop working.</source>
        <translation>Escriba los grupos de letras y números de su kit de recuperación. Los espacios y los guiones no importan. Luego elija una frase de contraseña nueva; la anterior dejará de funcionar.</translation>
    </message>
    <message>
        <source>Recovery secret</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>Recovery &amp;secret:</source>
        <translation>&amp;Clave de recuperación:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Opening the case</source>
        <translation>Abriendo el caso</translation>
    </message>
    <message>
        <source>&amp;Open and set passphrase</source>
        <translation>&amp;Abrir y fijar la frase de contraseña</translation>
    </message>
    <message>
        <source>Open the case and set the new passphrase</source>
        <translation>Abrir el caso y fijar la frase de contraseña nueva</translation>
    </message>
    <message>
        <source>The case was not opened</source>
        <translation>No se abrió el caso</translation>
    </message>
</context>
<context>
    <name>RecoveryKit</name>
    <message>
        <source>Print the recovery kit</source>
        <translation>Imprimir el kit de recuperación</translation>
    </message>
    <message>
        <source>Preparing the pages to print…</source>
        <translation>Preparando las páginas para imprimir…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Imprimiendo</translation>
    </message>
</context>
<context>
    <name>RestoreFlow</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Restoring makes a new case from a backup and opens it. The case that is open now will be locked first; nothing in it changes.</source>
        <translation>Restaurar crea un caso nuevo a partir de una copia de seguridad y lo abre. Primero se bloqueará el caso abierto ahora; no cambia nada en él.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Choose another name</source>
        <translation>Elegir otro nombre</translation>
    </message>
    <message>
        <source>A file named {name} is already there. Restoring never replaces a file; choose a new name.</source>
        <translation>Ya hay un archivo llamado {name}. Restaurar nunca reemplaza un archivo; elija un nombre nuevo.</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Frase de contraseña de la copia de seguridad</translation>
    </message>
    <message>
        <source>Type the passphrase that opened the case when {name} was made.</source>
        <translation>Escriba la frase de contraseña que abría el caso cuando se hizo {name}.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restaurando la copia de seguridad…</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Copia de seguridad restaurada</translation>
    </message>
    <message>
        <source>The backup was restored as {path} and is now open.</source>
        <translation>La copia de seguridad se restauró como {path} y ya está abierta.</translation>
    </message>
    <message>
        <source>That passphrase does not open this backup.</source>
        <translation>Esa frase de contraseña no abre esta copia de seguridad.</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>No se restauró la copia de seguridad</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>IEP</source>
        <extracomment>Which area of the main window shows each kind of result.</extracomment>
        <translation>IEP</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Service log</source>
        <translation>Registro de servicios</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Comunicaciones</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search the case</source>
        <translation>Buscar en el caso</translation>
    </message>
    <message>
        <source>Words to search for</source>
        <translation>Palabras que buscar</translation>
    </message>
    <message>
        <source>Words in the IEP, logs, incidents, communications and documents</source>
        <translation>Palabras en el IEP, los registros, los incidentes, las comunicaciones y los documentos</translation>
    </message>
    <message>
        <source>How many results</source>
        <translation>Cuántos resultados</translation>
    </message>
    <message>
        <source>Search results, grouped by kind</source>
        <translation>Resultados de la búsqueda, agrupados por tipo</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Encontrado en</translation>
    </message>
    <message>
        <source>Where the words appear</source>
        <translation>Dónde aparecen las palabras</translation>
    </message>
    <message>
        <source>The chosen result</source>
        <translation>El resultado elegido</translation>
    </message>
    <message>
        <source>Nothing found. Search looks in the IEP, the logs, incidents, communications and documents: check the spelling, or try other words.</source>
        <translation>No se encontró nada. La búsqueda mira en el IEP, los registros, los incidentes, las comunicaciones y los documentos: revise la ortografía, o pruebe otras palabras.</translation>
    </message>
    <message>
        <source>&amp;Try other words</source>
        <translation>&amp;Probar otras palabras</translation>
    </message>
    <message>
        <source>Press Enter or double-click a result to open it.</source>
        <translation>Pulse Enter o haga doble clic en un resultado para abrirlo.</translation>
    </message>
    <message>
        <source>{kind} ({n})</source>
        <translation>{kind} ({n})</translation>
    </message>
    <message>
        <source>1 result</source>
        <translation>1 resultado</translation>
    </message>
    <message>
        <source>{n} results</source>
        <translation>{n} resultados</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>Sin resultados</translation>
    </message>
    <message>
        <source>On the {area} page.</source>
        <translation>En la página {area}.</translation>
    </message>
</context>
<context>
    <name>SentDialog</name>
    <message>
        <source>Mark as sent</source>
        <translation>Marcar como enviada</translation>
    </message>
    <message>
        <source>The day you sent it</source>
        <translation>El día en que la envió</translation>
    </message>
    <message>
        <source>&amp;Sent on:</source>
        <translation>&amp;Enviada el:</translation>
    </message>
    <message>
        <source>The district must let you see the records without unnecessary delay, before any IEP meeting or hearing, and in no case more than 45 days after your request (34 CFR 300.613(a)). IEPDesk counts the 45 days from this day.</source>
        <translation>El distrito debe dejarle ver los expedientes sin demoras innecesarias, antes de cualquier reunión del IEP o audiencia, y nunca más de 45 días después de su solicitud (34 CFR 300.613(a)). IEPDesk cuenta los 45 días a partir de este día.</translation>
    </message>
    <message>
        <source>Keep a copy of what you sent, with the date.</source>
        <translation>Guarde una copia de lo que envió, con la fecha.</translation>
    </message>
    <message>
        <source>&amp;Mark as sent</source>
        <translation>&amp;Marcar como enviada</translation>
    </message>
    <message>
        <source>Not marked as sent</source>
        <translation>No se marcó como enviada</translation>
    </message>
</context>
<context>
    <name>ServicesStep</name>
    <message>
        <source>The service the whole file is for</source>
        <translation>El servicio al que corresponde todo el archivo</translation>
    </message>
    <message>
        <source>The whole file is for:</source>
        <translation>Todo el archivo es para:</translation>
    </message>
    <message>
        <source>Services still to choose</source>
        <translation>Servicios que falta elegir</translation>
    </message>
    <message>
        <source>Choose the service…</source>
        <translation>Elija el servicio…</translation>
    </message>
    <message>
        <source>The file names its services in its own words. For each, choose the service of the IEP it is.</source>
        <translation>El archivo nombra sus servicios con sus propias palabras. Para cada uno, elija a qué servicio del IEP corresponde.</translation>
    </message>
    <message>
        <source>Still to choose: {n}.</source>
        <translation>Falta elegir: {n}.</translation>
    </message>
    <message>
        <source>All chosen.</source>
        <translation>Todo elegido.</translation>
    </message>
    <message>
        <source>The file does not say which service each row is for. Choose the service of the IEP.</source>
        <translation>El archivo no dice a qué servicio corresponde cada fila. Elija el servicio del IEP.</translation>
    </message>
    <message>
        <source>Choose the service before going on.</source>
        <translation>Elija el servicio antes de seguir.</translation>
    </message>
    <message>
        <source>(no service written)</source>
        <translation>(sin servicio escrito)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message>
        <source>The IEP service “{text}” in the file is</source>
        <translation>El servicio del IEP para “{text}” del archivo</translation>
    </message>
</context>
<context>
    <name>SessionStatus</name>
    <message>
        <source>Delivered as planned</source>
        <translation>Dada según lo previsto</translation>
    </message>
    <message>
        <source>Cut short</source>
        <translation>Acortada</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Perdida</translation>
    </message>
    <message>
        <source>Make-up session</source>
        <translation>Sesión de recuperación</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Never</source>
        <extracomment>The days to wait for a progress report before the case sets its own (the core&apos;s default). &quot;system&quot;, &quot;light&quot; or &quot;dark&quot;, already in effect; the receiver keeps it for the next start. &quot;&quot; (as the system), &quot;en&quot; or &quot;es&quot;: kept for the next start of the window.</extracomment>
        <translation>Nunca</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>Lock the case after this many minutes without use</source>
        <translation>Bloquear el caso tras estos minutos sin uso</translation>
    </message>
    <message>
        <source>Loc&amp;k after:</source>
        <translation>&amp;Bloquear tras:</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Bloqueo</translation>
    </message>
    <message>
        <source>When no one has used IEPDesk for this long, the case locks itself and the passphrase is needed again. Ctrl+L locks it at once.</source>
        <translation>Cuando nadie ha usado IEPDesk durante este tiempo, el caso se bloquea solo y hace falta la frase de contraseña otra vez. Ctrl+L lo bloquea enseguida.</translation>
    </message>
    <message>
        <source>As the system (light or dark)</source>
        <translation>Como el sistema (claro u oscuro)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Theme of the window</source>
        <translation>Tema de la ventana</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>As the system ({name})</source>
        <translation>Como el sistema ({name})</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Idioma de la ventana</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>The window changes language the next time IEPDesk opens. Letters and the binder can be made in English or Spanish at any time.</source>
        <translation>La ventana cambia de idioma la próxima vez que abra IEPDesk. Las cartas y la carpeta se pueden hacer en inglés o en español en cualquier momento.</translation>
    </message>
    <message>
        <source>Look and language</source>
        <translation>Apariencia e idioma</translation>
    </message>
    <message>
        <source>Letters and the binder always print black on white, whatever the theme.</source>
        <translation>Las cartas y la carpeta siempre se imprimen en negro sobre blanco, sea cual sea el tema.</translation>
    </message>
    <message>
        <source>Whether this case is remembered here</source>
        <translation>Si este caso se recuerda aquí</translation>
    </message>
    <message>
        <source>When the case is remembered, anyone who can log in to this computer account can open it without the passphrase. The passphrase and the recovery kit keep working.</source>
        <translation>Cuando el caso se recuerda, cualquiera que pueda entrar en esta cuenta de la computadora puede abrirlo sin la frase de contraseña. La frase de contraseña y el kit de recuperación siguen funcionando.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Esta computadora</translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation>&amp;Cambiar la frase de contraseña…</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Your recovery kit keeps working after a change.</source>
        <translation>Su kit de recuperación sigue funcionando después de un cambio.</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Hacer copia de seguridad ahora…</translation>
    </message>
    <message>
        <source>Back up the case now</source>
        <translation>Hacer ahora una copia de seguridad del caso</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <source>Restore a case from a backup</source>
        <translation>Restaurar un caso desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>A backup is a locked copy of the whole case. Save it on a USB stick or another drive; it opens with the same passphrase or recovery kit. Restoring never replaces a file: it makes a new case from the backup and opens it.</source>
        <translation>Una copia de seguridad es una copia bloqueada de todo el caso. Guárdela en una memoria USB o en otra unidad; se abre con la misma frase de contraseña o el mismo kit de recuperación. Restaurar nunca reemplaza un archivo: crea un caso nuevo a partir de la copia y lo abre.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Days to wait for a progress report after its expected date</source>
        <translation>Días de espera de un informe de progreso después de su fecha esperada</translation>
    </message>
    <message>
        <source>&amp;Wait:</source>
        <translation>&amp;Esperar:</translation>
    </message>
    <message>
        <source>Progress reports</source>
        <translation>Informes de progreso</translation>
    </message>
    <message>
        <source>Days to wait for a progress report after its expected date before the Progress page and the Overview call it not received. Schools often send reports a little late; 14 days is our default, not a rule.</source>
        <translation>Días de espera de un informe de progreso después de su fecha esperada antes de que la página de Progreso y el Resumen lo den por no recibido. Las escuelas suelen enviar los informes con un poco de retraso; 14 días es lo que usamos si usted no lo cambia, no una regla.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>How this case locks, whether this computer remembers it, its passphrase and backups.</source>
        <translation>Cómo se bloquea este caso, si esta computadora lo recuerda, su frase de contraseña y sus copias de seguridad.</translation>
    </message>
    <message>
        <source>This case is remembered on this computer: it opens without the passphrase.</source>
        <translation>Este caso se recuerda en esta computadora: se abre sin la frase de contraseña.</translation>
    </message>
    <message>
        <source>F&amp;orget on this computer</source>
        <translation>&amp;Olvidar en esta computadora</translation>
    </message>
    <message>
        <source>This case asks for the passphrase every time it opens.</source>
        <translation>Este caso pide la frase de contraseña cada vez que se abre.</translation>
    </message>
    <message>
        <source>R&amp;emember on this computer</source>
        <translation>R&amp;ecordar en esta computadora</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share a copy</source>
        <translation>Compartir una copia</translation>
    </message>
    <message>
        <source>Share a copy of the case</source>
        <translation>Compartir una copia del caso</translation>
    </message>
    <message>
        <source>A sealed copy to hand to an advocate, an attorney or the other parent. It opens only read-only, with its own passphrase and recovery kit. Nothing is sent anywhere: you hand the file over yourself.</source>
        <translation>Una copia sellada para entregar a un defensor, un abogado o el otro padre o madre. Se abre solo para leer, con su propia frase de contraseña y su propio kit de recuperación. No se envía nada a ningún sitio: usted entrega el archivo.</translation>
    </message>
    <message>
        <source>&amp;Leave out my private notes</source>
        <translation>&amp;Dejar fuera mis notas privadas</translation>
    </message>
    <message>
        <source>Leave out my private notes</source>
        <translation>Dejar fuera mis notas privadas</translation>
    </message>
    <message>
        <source>Private notes: your notes on team members, IEP versions and documents, what you plan to propose, and letters you have not sent. The log, incidents and communications go in.</source>
        <translation>Notas privadas: sus notas sobre los miembros del equipo, las versiones del IEP y los documentos, lo que piensa proponer y las cartas que no ha enviado. El registro, los incidentes y las comunicaciones sí se incluyen.</translation>
    </message>
    <message>
        <source>&amp;Passphrase for the copy:</source>
        <translation>&amp;Frase de contraseña de la copia:</translation>
    </message>
    <message>
        <source>Where the copy will be saved</source>
        <translation>Dónde se guardará la copia</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Todavía no se ha elegido</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <source>Choose where to save the copy</source>
        <translation>Elegir dónde guardar la copia</translation>
    </message>
    <message>
        <source>Sa&amp;ve as:</source>
        <translation>Guardar &amp;como:</translation>
    </message>
    <message>
        <source>Why the copy cannot be made yet</source>
        <translation>Por qué todavía no se puede hacer la copia</translation>
    </message>
    <message>
        <source>&amp;Make the copy</source>
        <translation>&amp;Hacer la copia</translation>
    </message>
    <message>
        <source>Make the shared copy</source>
        <translation>Hacer la copia compartida</translation>
    </message>
    <message>
        <source>Choose where to save the copy.</source>
        <translation>Elija dónde guardar la copia.</translation>
    </message>
    <message>
        <source>A file named {name} is already there. Choose another name.</source>
        <translation>Ya hay un archivo llamado {name}. Elija otro nombre.</translation>
    </message>
    <message>
        <source>Use a weak passphrase?</source>
        <translation>¿Usar una frase de contraseña débil?</translation>
    </message>
    <message>
        <source>This passphrase is easy to guess. Whoever gets the file could open it. Use it anyway?</source>
        <translation>Esta frase de contraseña es fácil de adivinar. Quien reciba el archivo podría abrirlo. ¿Usarla de todos modos?</translation>
    </message>
    <message>
        <source>Use it anyway</source>
        <translation>Usarla de todos modos</translation>
    </message>
    <message>
        <source>Choose a stronger one</source>
        <translation>Elegir una más segura</translation>
    </message>
    <message>
        <source>Making the shared copy…</source>
        <translation>Haciendo la copia compartida…</translation>
    </message>
    <message>
        <source>The copy was not made</source>
        <translation>No se hizo la copia</translation>
    </message>
</context>
<context>
    <name>ShareKitDialog</name>
    <message>
        <source>The shared copy is made</source>
        <translation>La copia compartida está hecha</translation>
    </message>
    <message>
        <source>The shared copy and its recovery kit</source>
        <translation>La copia compartida y su kit de recuperación</translation>
    </message>
    <message>
        <source>The copy is saved as {name}, with its key file {keys} beside it. Hand over both files. It opens read-only, with the passphrase you chose for it.</source>
        <translation>La copia se guardó como {name}, con su archivo de claves {keys} al lado. Entregue los dos archivos. Se abre solo para leer, con la frase de contraseña que usted eligió para ella.</translation>
    </message>
    <message>
        <source>The folder the copy is in</source>
        <translation>La carpeta donde está la copia</translation>
    </message>
    <message>
        <source>In the folder:</source>
        <translation>En la carpeta:</translation>
    </message>
    <message>
        <source>Recovery secret of the copy</source>
        <translation>Secreto de recuperación de la copia</translation>
    </message>
    <message>
        <source>&amp;Save kit as PDF…</source>
        <translation>&amp;Guardar el kit en PDF…</translation>
    </message>
    <message>
        <source>Save the copy&apos;s recovery kit as a PDF file</source>
        <translation>Guardar el kit de recuperación de la copia como archivo PDF</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print the copy&apos;s recovery kit</source>
        <translation>Imprimir el kit de recuperación de la copia</translation>
    </message>
    <message>
        <source>I have saved or printed the &amp;kit</source>
        <translation>Ya guardé o imprimí el &amp;kit</translation>
    </message>
    <message>
        <source>I have saved or printed the kit of the copy</source>
        <translation>Ya guardé o imprimí el kit de la copia</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Listo</translation>
    </message>
    <message>
        <source>The copy&apos;s recovery kit</source>
        <translation>El kit de recuperación de la copia</translation>
    </message>
    <message>
        <source>If the passphrase of the copy is forgotten, this kit opens it. It is shown only now. Give it with the copy, or keep it yourself.</source>
        <translation>Si se olvida la frase de contraseña de la copia, este kit la abre. Se muestra solo ahora. Entréguelo con la copia o guárdelo usted.</translation>
    </message>
    <message>
        <source>Close without the kit?</source>
        <translation>¿Cerrar sin el kit?</translation>
    </message>
    <message>
        <source>The kit is shown only now. The copy still opens with its passphrase. Close anyway?</source>
        <translation>El kit se muestra solo ahora. La copia sigue abriéndose con su frase de contraseña. ¿Cerrar de todos modos?</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Preparing the recovery kit…</source>
        <translation>Preparando el kit de recuperación…</translation>
    </message>
    <message>
        <source>The kit was not made</source>
        <translation>No se hizo el kit</translation>
    </message>
    <message>
        <source>The kit was not saved</source>
        <translation>No se guardó el kit</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Guardado en {path}.</translation>
    </message>
    <message>
        <source>IEPDesk recovery kit</source>
        <translation>Kit de recuperación de IEPDesk</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
</context>
<context>
    <name>SharedCopyBanner</name>
    <message>
        <source>the parent</source>
        <translation>el padre o la madre</translation>
    </message>
    <message>
        <source>Shared copy of {child}&apos;s case, shared by {who} on {when}. It is read-only: it can be read, searched and printed, not changed.</source>
        <translation>Copia compartida del caso de {child}, compartida por {who} el {when}. Es solo para leer: se puede leer, buscar e imprimir, pero no cambiar.</translation>
    </message>
    <message>
        <source>Records from {start} to {end}.</source>
        <translation>Registros del {start} al {end}.</translation>
    </message>
    <message>
        <source>the first</source>
        <translation>el primero</translation>
    </message>
    <message>
        <source>the last</source>
        <translation>el último</translation>
    </message>
    <message>
        <source>Only some parts of the case.</source>
        <translation>Solo algunas partes del caso.</translation>
    </message>
    <message>
        <source>The parent&apos;s private notes are not in it.</source>
        <translation>No incluye las notas privadas del padre o la madre.</translation>
    </message>
    <message>
        <source>Shared copy, read-only</source>
        <translation>Copia compartida, solo para leer</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Qué hace</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Keys that work in the window. “Where” is the page they work on; some work only when a list or the calendar has the focus.</source>
        <translation>Teclas que funcionan en la ventana. “Dónde” es la página en la que funcionan; algunas solo funcionan cuando una lista o el calendario tiene el foco.</translation>
    </message>
    <message>
        <source>Close the list of shortcuts</source>
        <translation>Cerrar la lista de atajos</translation>
    </message>
</context>
<context>
    <name>ShowPassphrase</name>
    <message>
        <source>&amp;Show what I type</source>
        <extracomment>The strength check waits this long after the last key (one check for a burst of typing, not one per character: zxcvbn takes up to ~0.1 s of the GUI thread on a long passphrase).</extracomment>
        <translation>&amp;Mostrar lo que escribo</translation>
    </message>
    <message>
        <source>Show the passphrase as I type</source>
        <translation>Mostrar la frase de contraseña mientras escribo</translation>
    </message>
</context>
<context>
    <name>StateCombo</name>
    <message>
        <source>The child&apos;s state</source>
        <translation>El estado del niño</translation>
    </message>
    <message>
        <source>Not set: federal rules only</source>
        <translation>Sin elegir: solo las reglas federales</translation>
    </message>
    <message>
        <source>Some states set shorter deadlines. IEPDesk uses the earlier date and shows both rules.</source>
        <translation>Algunos estados fijan plazos más cortos. IEPDesk usa la fecha más temprana y muestra las dos reglas.</translation>
    </message>
</context>
<context>
    <name>StateDates</name>
    <message>
        <source>Date of the district&apos;s written notice</source>
        <translation>Fecha del aviso por escrito del distrito</translation>
    </message>
    <message>
        <source>Re&amp;fusal or proposal:</source>
        <translation>Negat&amp;iva o propuesta:</translation>
    </message>
    <message>
        <source>Date of the school&apos;s refusal or proposal</source>
        <translation>Fecha de la negativa o propuesta de la escuela</translation>
    </message>
    <message>
        <source>District&apos;s written noti&amp;ce:</source>
        <translation>A&amp;viso por escrito del distrito:</translation>
    </message>
    <message>
        <source>First day at private sc&amp;hool:</source>
        <translation>P&amp;rimer día en la escuela privada:</translation>
    </message>
    <message>
        <source>First day at the private school</source>
        <translation>Primer día en la escuela privada</translation>
    </message>
    <message>
        <source>Private pla&amp;cement:</source>
        <translation>Ubicación pri&amp;vada:</translation>
    </message>
    <message>
        <source>Date of the private placement</source>
        <translation>Fecha de la ubicación privada</translation>
    </message>
    <message>
        <source>{state} counts a limit from {what} ({citation}). Leave it empty if it has not happened.</source>
        <translation>{state} cuenta un límite desde {what} ({citation}). Déjelo vacío si todavía no ha ocurrido.</translation>
    </message>
</context>
<context>
    <name>StepBox</name>
    <message>
        <source>{n}. {title}</source>
        <translation>{n}. {title}</translation>
    </message>
    <message>
        <source>What your case shows</source>
        <translation>Lo que muestra su caso</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>{title}: {state}</source>
        <translation>{title}: {state}</translation>
    </message>
</context>
<context>
    <name>Strength</name>
    <message>
        <source>Very weak</source>
        <extracomment>zxcvbn slows down on very long input; the first characters are enough to judge. Scores below this ask the parent to confirm before going on.</extracomment>
        <translation>Muy débil</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Regular</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Buena</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Sólida</translation>
    </message>
    <message>
        <source>Use at least {n} characters.</source>
        <translation>Use al menos {n} caracteres.</translation>
    </message>
    <message>
        <source>A few unrelated words make a passphrase that is strong and easy to remember.</source>
        <translation>Unas cuantas palabras sin relación forman una frase de contraseña sólida y fácil de recordar.</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Please wait</source>
        <extracomment>Asks the work to stop early (thread-safe, such as ``threading.Event.set``); None: it cannot. True: a lock waits for it (blocking); False: the lock happens once it has finished.</extracomment>
        <translation>Espere, por favor</translation>
    </message>
</context>
<context>
    <name>TeamModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
</context>
<context>
    <name>TeamView</name>
    <message>
        <source>Team members</source>
        <translation>Miembros del equipo</translation>
    </message>
    <message>
        <source>No one on the team yet. Add the case manager, teachers and providers, so letters and the binder can name them.</source>
        <translation>Aún no hay nadie en el equipo. Agregue al coordinador del caso, a los maestros y a los proveedores, para que las cartas y la carpeta puedan nombrarlos.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Agregar…</translation>
    </message>
    <message>
        <source>Add a team member</source>
        <translation>Agregar un miembro del equipo</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the selected team member</source>
        <translation>Editar el miembro del equipo seleccionado</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>Remove the selected team member</source>
        <translation>Quitar el miembro del equipo seleccionado</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Move the selected team member up</source>
        <translation>Subir el miembro del equipo seleccionado</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <source>Move the selected team member down</source>
        <translation>Bajar el miembro del equipo seleccionado</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Today</source>
        <extracomment>Where each missing item is fixed: the page&apos;s area (its folder in ui/), as MissingView emits it.</extracomment>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Today&apos;s sessions</source>
        <translation>Sesiones de hoy</translation>
    </message>
    <message>
        <source>D logs the chosen session delivered, M missed.</source>
        <translation>D registra la sesión elegida como dada; M, como perdida.</translation>
    </message>
    <message>
        <source>Delivered (D)</source>
        <translation>Dada (D)</translation>
    </message>
    <message>
        <source>Log the chosen session delivered</source>
        <translation>Registrar la sesión elegida como dada</translation>
    </message>
    <message>
        <source>Missed… (M)</source>
        <translation>Perdida… (M)</translation>
    </message>
    <message>
        <source>Log the chosen session missed, and why</source>
        <translation>Registrar la sesión elegida como perdida, y el motivo</translation>
    </message>
    <message>
        <source>Choose a session, then press D if it happened or M if it did not.</source>
        <translation>Elija una sesión y pulse D si se dio o M si no se dio.</translation>
    </message>
    <message>
        <source>No sessions are expected today.</source>
        <translation>Hoy no hay sesiones previstas.</translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation>Abrir el calendario</translation>
    </message>
    <message>
        <source>{service}, {minutes} min</source>
        <translation>{service}, {minutes} min</translation>
    </message>
    <message>
        <source>{symbol} {what}: logged {status}</source>
        <translation>{symbol} {what}: registrada como {status}</translation>
    </message>
    <message>
        <source>○ {what}: not logged yet</source>
        <translation>○ {what}: aún sin registrar</translation>
    </message>
    <message>
        <source>○ {what}: still owed this week</source>
        <translation>○ {what}: aún adeudada esta semana</translation>
    </message>
    <message>
        <source>Today is {day}.</source>
        <translation>Hoy es {day}.</translation>
    </message>
    <message>
        <source>no school</source>
        <translation>sin clases</translation>
    </message>
    <message>
        <source>No school today ({reason}), so no sessions to log.</source>
        <translation>Hoy no hay clases ({reason}), así que no hay sesiones que registrar.</translation>
    </message>
    <message>
        <source>No sessions are expected today. Any other day can be logged in the calendar.</source>
        <translation>Hoy no hay sesiones previstas. Cualquier otro día se puede registrar en el calendario.</translation>
    </message>
</context>
<context>
    <name>ToneBox</name>
    <message>
        <source>Tone check</source>
        <translation>Revisión del tono</translation>
    </message>
    <message>
        <source>Emails are evidence. Calm, factual words get things fixed.</source>
        <extracomment>What the case knows for the rewrites&apos; [prompts] (set by the page: the linked records).</extracomment>
        <translation>Los correos son pruebas. Las palabras tranquilas y objetivas consiguen que las cosas se arreglen.</translation>
    </message>
    <message>
        <source>Wording that may read as heated, and calmer ways to say it</source>
        <translation>Frases que pueden sonar acaloradas, y formas más tranquilas de decirlo</translation>
    </message>
    <message>
        <source>Insert a factual &amp;outline</source>
        <translation>Insertar un &amp;esquema objetivo</translation>
    </message>
    <message>
        <source>Insert an outline: what the IEP promises, what happened, what you ask, by when</source>
        <translation>Insertar un esquema: lo que promete el IEP, lo que pasó, lo que usted pide, para cuándo</translation>
    </message>
    <message>
        <source>Instead:</source>
        <translation>En su lugar:</translation>
    </message>
    <message>
        <source>Nothing heated found.</source>
        <translation>No se encontró nada acalorado.</translation>
    </message>
    <message>
        <source>The check runs as you type.</source>
        <translation>La revisión se hace mientras escribe.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock case</source>
        <translation>Desbloquear el caso</translation>
    </message>
    <message>
        <source>Unlock {name}</source>
        <translation>Desbloquear {name}</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer</source>
        <translation>&amp;Recordar en esta computadora</translation>
    </message>
    <message>
        <source>Remember the case on this computer</source>
        <translation>Recordar el caso en esta computadora</translation>
    </message>
    <message>
        <source>Anyone who can log in to this computer account could then open the case without the passphrase.</source>
        <translation>Así, cualquiera que pueda entrar en esta cuenta de la computadora podría abrir el caso sin la frase de contraseña.</translation>
    </message>
    <message>
        <source>&amp;Forgot your passphrase?</source>
        <translation>¿&amp;Olvidó su frase de contraseña?</translation>
    </message>
    <message>
        <source>Forgot your passphrase? Open with the recovery kit</source>
        <translation>¿Olvidó su frase de contraseña? Abra con el kit de recuperación</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Desbloqueando</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Unlock the case</source>
        <translation>Desbloquear el caso</translation>
    </message>
    <message>
        <source>Cancel and go back</source>
        <translation>Cancelar y volver</translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation>Primero escriba la frase de contraseña.</translation>
    </message>
    <message>
        <source>That passphrase does not open this case. Check Caps Lock and try again.</source>
        <translation>Esa frase de contraseña no abre este caso. Revise Caps Lock e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This case cannot be opened</source>
        <translation>No se puede abrir este caso</translation>
    </message>
    <message>
        <source>Use my recovery kit…</source>
        <translation>Usar mi kit de recuperación…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <source>{what} has changes that are not saved. Save them?</source>
        <extracomment>Replaced by tests that answer the question without a dialog (None: ask for real).</extracomment>
        <translation>{what} tiene cambios sin guardar. ¿Desea guardarlos?</translation>
    </message>
    <message>
        <source>There are changes that are not saved. Save them?</source>
        <translation>Hay cambios sin guardar. ¿Desea guardarlos?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Discard throws the changes away. Cancel goes back to them.</source>
        <translation>Descartar elimina los cambios. Cancelar vuelve a ellos.</translation>
    </message>
    <message>
        <source>Restored unsaved draft — Save or Discard</source>
        <translation>Se recuperó un borrador sin guardar — Guardar o Descartar</translation>
    </message>
    <message>
        <source>Restored unsaved draft from {time} — Save or Discard</source>
        <translation>Se recuperó un borrador sin guardar ({time}) — Guardar o Descartar</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>IEPDesk user guide</source>
        <translation>Guía del usuario de IEPDesk</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation.</source>
        <translation>Falta la guía del usuario en esta instalación.</translation>
    </message>
    <message>
        <source>Close the user guide</source>
        <translation>Cerrar la guía del usuario</translation>
    </message>
</context>
<context>
    <name>VersionForm</name>
    <message>
        <source>Kind of IEP</source>
        <translation>Tipo de IEP</translation>
    </message>
    <message>
        <source>Signed or draft</source>
        <translation>Firmado o borrador</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Fecha de la reunión</translation>
    </message>
    <message>
        <source>In effect from</source>
        <translation>Vigente desde</translation>
    </message>
    <message>
        <source>In effect until</source>
        <translation>Vigente hasta</translation>
    </message>
    <message>
        <source>Notes about this IEP</source>
        <translation>Notas sobre este IEP</translation>
    </message>
    <message>
        <source>Anything to remember: who attended, what was refused, what is pending</source>
        <translation>Lo que quiera recordar: quién asistió, qué se rechazó, qué está pendiente</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Si&amp;gned:</source>
        <translation>&amp;Firmado:</translation>
    </message>
    <message>
        <source>&amp;Meeting date:</source>
        <translation>Fecha de la &amp;reunión:</translation>
    </message>
    <message>
        <source>In effect &amp;from:</source>
        <translation>Vigente &amp;desde:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Notas:</translation>
    </message>
</context>
<context>
    <name>Versions</name>
    <message>
        <source>No signed IEP is recorded as in effect since {start}.</source>
        <translation>No hay ningún IEP firmado registrado como vigente desde el {start}.</translation>
    </message>
    <message>
        <source>No signed IEP is recorded as in effect from {start} to {end}.</source>
        <translation>No hay ningún IEP firmado registrado como vigente del {start} al {end}.</translation>
    </message>
    <message>
        <source>{a} and {b} both cover {start} to {end}; the one that started later is taken as in effect.</source>
        <translation>{a} y {b} cubren los dos del {start} al {end}; se toma como vigente el que empezó después.</translation>
    </message>
    <message>
        <source>{label} ends before it starts.</source>
        <translation>{label} termina antes de empezar.</translation>
    </message>
    <message>
        <source>{label} is marked signed but has no “in effect from” date.</source>
        <translation>{label} está marcado como firmado pero no tiene fecha de “vigente desde”.</translation>
    </message>
    <message>
        <source>Check the dates:</source>
        <translation>Revise las fechas:</translation>
    </message>
</context>
<context>
    <name>VersionsView</name>
    <message>
        <source>Warnings about the IEP dates</source>
        <translation>Avisos sobre las fechas del IEP</translation>
    </message>
    <message>
        <source>IEP</source>
        <translation>IEP</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>In effect</source>
        <translation>Vigencia</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Provisions</source>
        <translation>Disposiciones</translation>
    </message>
    <message>
        <source>IEP versions</source>
        <translation>Versiones del IEP</translation>
    </message>
    <message>
        <source>No IEP yet. Everything else counts from it: add the IEP your child has now, set its dates, then type in each service, accommodation and goal it promises.</source>
        <translation>Aún no hay ningún IEP. Todo lo demás se cuenta a partir de él: agregue el IEP que su hijo tiene ahora, ponga sus fechas y luego escriba cada servicio, adaptación y meta que promete.</translation>
    </message>
    <message>
        <source>Add the &amp;IEP you have now</source>
        <translation>Agregar el &amp;IEP que tiene ahora</translation>
    </message>
    <message>
        <source>&amp;Add an IEP</source>
        <translation>&amp;Agregar un IEP</translation>
    </message>
    <message>
        <source>Add an IEP version</source>
        <translation>Agregar una versión del IEP</translation>
    </message>
    <message>
        <source>Start the &amp;next IEP from this one</source>
        <translation>Empezar el &amp;próximo IEP a partir de este</translation>
    </message>
    <message>
        <source>Start the next IEP from the selected one, copying what it promises</source>
        <translation>Empezar el próximo IEP a partir del seleccionado, copiando lo que promete</translation>
    </message>
    <message>
        <source>The next annual IEP</source>
        <translation>El próximo IEP anual</translation>
    </message>
    <message>
        <source>An amendment</source>
        <translation>Una enmienda</translation>
    </message>
    <message>
        <source>&amp;Compare two versions…</source>
        <translation>&amp;Comparar dos versiones…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Delete the selected IEP version</source>
        <translation>Eliminar la versión del IEP seleccionada</translation>
    </message>
    <message>
        <source>Save &amp;details</source>
        <translation>Guardar los &amp;detalles</translation>
    </message>
    <message>
        <source>Save the details of this IEP</source>
        <translation>Guardar los detalles de este IEP</translation>
    </message>
    <message>
        <source>&amp;Edit what it promises</source>
        <translation>&amp;Editar lo que promete</translation>
    </message>
    <message>
        <source>Go to the provisions of this IEP</source>
        <translation>Ir a las disposiciones de este IEP</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>Details of the selected IEP</source>
        <translation>Detalles del IEP seleccionado</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <source>IEPDesk</source>
        <extracomment>The lines under the title: when the file last changed (or that it is not found), then its folder. Undo of a removal: the path, and where in the list it was.</extracomment>
        <translation>IEPDesk</translation>
    </message>
    <message>
        <source>IEPDesk icon</source>
        <translation>Icono de IEPDesk</translation>
    </message>
    <message>
        <source>A private record of your child&apos;s IEP, of what was promised, what really happened and the letters that follow, kept on this computer and locked with your passphrase.</source>
        <translation>Un registro privado del IEP de su hijo: lo que se prometió, lo que pasó de verdad y las cartas que siguen, guardado en esta computadora y bloqueado con su frase de contraseña.</translation>
    </message>
    <message>
        <source>&amp;Create a new case…</source>
        <translation>&amp;Crear un caso nuevo…</translation>
    </message>
    <message>
        <source>Create a new case</source>
        <translation>Crear un caso nuevo</translation>
    </message>
    <message>
        <source>&amp;Open a case…</source>
        <translation>&amp;Abrir un caso…</translation>
    </message>
    <message>
        <source>Open a case file</source>
        <translation>Abrir un archivo de caso</translation>
    </message>
    <message>
        <source>Restore from a &amp;backup…</source>
        <translation>Restaurar desde una copia de &amp;seguridad…</translation>
    </message>
    <message>
        <source>Restore a case from a backup</source>
        <translation>Restaurar un caso desde una copia de seguridad</translation>
    </message>
    <message>
        <source>&amp;Recent cases</source>
        <translation>Casos &amp;recientes</translation>
    </message>
    <message>
        <source>Recent cases</source>
        <translation>Casos recientes</translation>
    </message>
    <message>
        <source>Enter opens the selected case; Delete removes it from this list.</source>
        <translation>Enter abre el caso seleccionado; Delete lo quita de esta lista.</translation>
    </message>
    <message>
        <source>No cases yet. Create one for your child, or open a case file you already have.</source>
        <translation>Aún no hay casos. Cree uno para su hijo, o abra un archivo de caso que ya tenga.</translation>
    </message>
    <message>
        <source>This list shows each case&apos;s file name, folder and the day the file last changed. What is inside a case, your child&apos;s name too, stays locked in it until you open it.</source>
        <translation>Esta lista muestra el nombre del archivo de cada caso, su carpeta y el día en que el archivo cambió por última vez. Lo que hay dentro de un caso, también el nombre de su hijo, queda bloqueado hasta que usted lo abre.</translation>
    </message>
    <message>
        <source>O&amp;pen selected</source>
        <translation>Abrir el s&amp;eleccionado</translation>
    </message>
    <message>
        <source>Open the selected recent case</source>
        <translation>Abrir el caso reciente seleccionado</translation>
    </message>
    <message>
        <source>Re&amp;move from list</source>
        <translation>&amp;Quitar de la lista</translation>
    </message>
    <message>
        <source>Remove the selected case from this list (the file is not deleted)</source>
        <translation>Quitar el caso seleccionado de esta lista (el archivo no se borra)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Put the removed case back on the list</source>
        <translation>Volver a poner en la lista el caso quitado</translation>
    </message>
    <message>
        <source>Not found — moved or on a drive that is not connected</source>
        <translation>No se encuentra — se movió o está en una unidad que no está conectada</translation>
    </message>
    <message>
        <source>{path}
This file is not there: it may have been moved, renamed or deleted, or it is on a drive that is not connected. Remove it from the list, or open it again where it is now with Open a case…</source>
        <translation>{path}
Este archivo no está ahí: puede que se haya movido, cambiado de nombre o borrado, o está en una unidad que no está conectada. Quítelo de la lista, o ábralo de nuevo donde está ahora con Abrir un caso…</translation>
    </message>
    <message>
        <source>Last changed {day}</source>
        <translation>Último cambio: {day}</translation>
    </message>
    <message>
        <source>{path}
The name is the case file&apos;s; what is inside the case stays locked until you open it.</source>
        <translation>{path}
El nombre es el del archivo del caso; lo que hay dentro del caso queda bloqueado hasta que usted lo abre.</translation>
    </message>
    <message>
        <source>{name}, {status}, in {folder}</source>
        <translation>{name}, {status}, en {folder}</translation>
    </message>
    <message>
        <source>“{name}” was taken off the list; the file is untouched.</source>
        <translation>Se quitó “{name}” de la lista; el archivo sigue intacto.</translation>
    </message>
</context>
<context>
    <name>WordsStep</name>
    <message>
        <source>The school writes what happened in its own words. For each word IEPDesk does not know, choose what it means. IEPDesk remembers your choice for the next file of this kind.</source>
        <translation>La escuela escribe lo que pasó con sus propias palabras. Para cada palabra que IEPDesk no conoce, elija qué significa. IEPDesk recuerda su elección para el próximo archivo de este tipo.</translation>
    </message>
    <message>
        <source>Every word in the file is understood: there is nothing to choose.</source>
        <translation>Se entienden todas las palabras del archivo: no hay nada que elegir.</translation>
    </message>
    <message>
        <source>The school&apos;s words IEPDesk read by itself</source>
        <translation>Las palabras de la escuela que IEPDesk entendió por sí mismo</translation>
    </message>
    <message>
        <source>Count the rows whose word I leave unchosen as missed, reason not known</source>
        <translation>Contar como perdidas, motivo desconocido, las filas cuya palabra deje sin elegir</translation>
    </message>
    <message>
        <source>Count the rows with a word left unchosen as missed, reason not known</source>
        <translation>Contar como perdidas, motivo desconocido, las filas con una palabra sin elegir</translation>
    </message>
    <message>
        <source>Words still to choose</source>
        <translation>Palabras que falta elegir</translation>
    </message>
    <message>
        <source>Still to choose: {n}.</source>
        <translation>Falta elegir: {n}.</translation>
    </message>
    <message>
        <source>IEPDesk read these by itself: {words}.</source>
        <translation>IEPDesk entendió estas por sí mismo: {words}.</translation>
    </message>
    <message>
        <source>The school wrote</source>
        <translation>La escuela escribió</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>(nothing written)</source>
        <translation>(nada escrito)</translation>
    </message>
    <message>
        <source>What “{word}” means happened</source>
        <translation>Lo que significa “{word}”</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Why, for “{word}”</source>
        <translation>El motivo, para “{word}”</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>Sin motivo indicado</translation>
    </message>
</context>
<context>
    <name>_TypedField</name>
    <message>
        <source>Choose {what} on a calendar (F4)</source>
        <translation>Elegir {what} en un calendario (F4)</translation>
    </message>
    <message>
        <source>Choose on a calendar (F4 or Alt+Down)</source>
        <translation>Elegir en un calendario (F4 o Alt+Down)</translation>
    </message>
    <message>
        <source>{what}, as understood</source>
        <translation>{what}, tal como se entendió</translation>
    </message>
    <message>
        <source>Type a date, like {example}.</source>
        <translation>Escriba una fecha, como {example}.</translation>
    </message>
    <message>
        <source>Choose a date on or before {date}.</source>
        <translation>Elija una fecha igual o anterior al {date}.</translation>
    </message>
    <message>
        <source>Choose a date on or after {date}.</source>
        <translation>Elija una fecha igual o posterior al {date}.</translation>
    </message>
    <message>
        <source>Type a date like {example}, or leave it empty</source>
        <translation>Escriba una fecha como {example}, o déjelo vacío</translation>
    </message>
</context>
<context>
    <name>_Words</name>
    <message>
        <source>Everywhere</source>
        <translation>En todas partes</translation>
    </message>
    <message>
        <source>Delete the selected item</source>
        <translation>Eliminar el elemento seleccionado</translation>
    </message>
    <message>
        <source>Copy the selected item</source>
        <translation>Copiar el elemento seleccionado</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Open the selected item</source>
        <translation>Abrir el elemento seleccionado</translation>
    </message>
</context>
<context>
    <name>field</name>
    <message>
        <source>{what} cannot be read: {why}</source>
        <translation>No se puede leer {what}: {why}</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <source>Check the date</source>
        <translation>Revise la fecha</translation>
    </message>
</context>
</TS>
