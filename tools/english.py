"""English for the program's Swedish source strings; `tools/fill_translations.py` writes them into the .ts.

The .ts file in resources/translations/ is the translation source that Qt Linguist
also edits; this table is how the first English version was made and how new
strings get their English quickly. A test fails when a string lacks a translation.
"""

ENGLISH = {
    "&Allvarlighet": "&Severity",
    "&Anteckning": "&Note",
    "&Bedömning": "&Grade",
    "&Beskrivning": "&Description",
    "&Datum": "&Date",
    "&Kategori": "&Category",
    "&Plats": "&Place",
    "(innevarande vecka)": "(current week)",
    "+ Ny händelse": "+ New incident",
    "Anteckning": "Note",
    "Anteckning {area}": "Note {area}",
    "Anteckning: {note}": "Note: {note}",
    "Anteckningen innehåller ett personnummer. Anteckningar ska handla om platser och händelser, inte om "
    "personer. Inget har sparats ännu.": "The note contains a personal identity number. Notes should be about "
    "places and events, not about people. Nothing has been saved yet.",
    "Avbryt": "Cancel",
    "Bedömning": "Grade",
    "Behåll värdet i databasen": "Keep the value in the database",
    "Databas: {path}": "Database: {path}",
    "Föregående vecka, vecka {week}": "Previous week, week {week}",
    "Föregående år": "Previous year",
    "Förra": "Last",
    "Förslag": "Suggested",
    "Händelser": "Incidents",
    "I databasen nu: {theirs}\nDitt värde: {mine}": "In the database now: {theirs}\nYour value: {mine}",
    "Inte sparat: anteckningen innehöll ett personnummer": "Not saved: the note contained a personal identity "
    "number",
    "Inte sparat: värdet i databasen behölls": "Not saved: the value in the database was kept",
    "Lägesbild": "Lägesbild",
    "Maskera numret och spara": "Mask the number and save",
    "Ny händelse": "New incident",
    "Ny händelse i {area}": "New incident in {area}",
    "Nästa vecka, vecka {week}": "Next week, week {week}",
    "Nästa år": "Next year",
    "Nästa år ›": "Next year ›",
    "Område": "Area",
    "Områden och veckor": "Areas and weeks",
    "Personnummer i anteckningen": "Personal identity number in the note",
    "Skala": "Scale",
    "Skriv 1–5 för att bedöma, Delete för att ta bort": "Type 1–5 to grade, Delete to remove",
    "Spara": "Save",
    "Spara inte": "Do not save",
    "Spara med personnumret": "Save with the identity number",
    "Spara mitt värde": "Save my value",
    "Sparat {time}": "Saved {time}",
    "Säkerhetskopian misslyckades: {problem}": "The backup failed: {problem}",
    "Ta bort bedömning": "Remove grade",
    "Ta bort bedömningen {what}? Ändringen loggas och kan ångras med Ctrl+Z.": "Remove the grade {what}? The "
    "change is logged and can be undone with Ctrl+Z.",
    "Vecka {week} {year} · {span}": "Week {week} {year} · {span}",
    "Veckomöte": "Weekly meeting",
    "Vyer": "Views",
    "bedömning {cell}": "grade {cell}",
    "ej bedömd": "not graded",
    "inga händelser": "no incidents",
    "ingen bedömning": "no grade",
    "kritisk händelse": "critical incident",
    "vecka {week}": "week {week}",
    "vecka {week} · {done} av {total} områden bedömda": "week {week} · {done} of {total} areas graded",
    "v{week} ›": "w{week} ›",
    "{area}, förra veckan: {grade}": "{area}, last week: {grade}",
    "{area}, förslag: {grade}, {reason}": "{area}, suggested: {grade}, {reason}",
    "{area}, vecka {week} {year}": "{area}, week {week} {year}",
    "{area}, vecka {week}: {grade}": "{area}, week {week}: {grade}",
    "Händelser: inga": "Incidents: none",
    "Välj en bedömning (1–5) för att spara anteckningen": "Choose a grade (1–5) to save the note",
    "Inte sparat: ta bort personnumret": "Not saved: remove the identity number",
    "Inga händelser i {area} v{week}": "No incidents in {area} w{week}",
    "Händelser i {area} v{week}:": "Incidents in {area} w{week}:",
    "Händelser: {count}, värst {severity}": "Incidents: {count}, worst {severity}",
    "{what} har ändrats i databasen sedan den visades här.": "{what} has been changed in the database since it "
    "was shown here.",
    "Ändrad av någon annan": "Changed by someone else",
    "År": "Year",
    "Årsöversikt": "Year grid",
    "Årsöversikt {year} · {weeks} veckor": "Year grid {year} · {weeks} weeks",
    "‹ Föregående år": "‹ Previous year",
    "‹ v{week}": "‹ w{week}",
    "Spara diagram": "Save chart",
    "Områden": "Areas",
    "Områden i diagrammet": "Areas in the chart",
    "Spara som bild…": "Save as image…",
    "Kopiera": "Copy",
    "Kopiera diagrammet": "Copy the chart",
    "Bedömning per vecka": "Grade per week",
    "Stadsdelen: högsta och medel per vecka": "The district: highest and mean per week",
    "Veckor per bedömning, i år och förra året": "Weeks per grade, this year and last year",
    "Händelser per månad, i år och samma period förra året":
        "Incidents per month, this year and the same period last year",
    "Stadsdelen": "District",
    "Fördelning": "Distribution",
    "{area} förra året": "{area} last year",
    "{area}, medel 4 veckor": "{area}, 4-week mean",
    "Medel förra året": "Mean last year",
    "Högsta": "Highest",
    "Medel över områdena": "Mean over the areas",
    "veckor (nedre stapeln: förra året, ljusare)": "weeks (lower bar: last year, paler)",
    "händelser (vänster stapel: förra året, ljusare)": "incidents (left bar: last year, paler)",
    "Vecka {week}": "Week {week}",
    "högsta: {grade}": "highest: {grade}",
    "medel: {mean}": "mean: {mean}",
    "{area}: {grade} (medel 4 v: {mean}; förra året: {last})":
        "{area}: {grade} (4-week mean: {mean}; last year: {last})",
    "Diagram": "Charts",
    "{count} områden": "{count} areas",
    "Händelser per månad och allvarlighet, i år och förra året":
        "Incidents per month and severity, this year and last year",
    "Allvarlighet": "Severity",
    "{count} bedömda områden, medel {mean}, högsta {grade}": "{count} areas graded, mean {mean}, highest {grade}",
    "medel 4 veckor (streckad)": "4-week mean (dashed)",
    "förra året (ljus)": "last year (pale)",
    '&Arkiv': '&File',
    '&Rapporter och utskrift…': '&Reports and printing…',
    'A&vsluta': 'E&xit',
    'Behov av särskilda åtgärder': 'Special measures needed',
    '{field}: behov av särskilda åtgärder': '{field}: special measures needed',
    '{field}: kommentar': '{field}: comment',
    'Kommentar': 'Comment',
    'Prioriterade samverkansområden {year}': 'Priority cooperation fields {year}',
    'Rapporter': 'Reports',
    'Årssammanställning': 'Yearly summary',
    'Veckorapport': 'Weekly report',
    'S&kapa rapport': '&Make report',
    '&Rapport:': '&Report:',
    '&År:': '&Year:',
    '&Vecka:': '&Week:',
    'Rapporten skapas': 'Making the report',
    'Förhandsvisning': 'Preview',
    'Skriv &ut…': '&Print…',
    '&Spara som…': '&Save as…',
    'Stäng': 'Close',
    'Rapporten skapas…': 'Making the report…',
    'Klar: {pages} sidor': 'Done: {pages} pages',
    'Rapporten kunde inte skapas: {problem}': 'The report could not be made: {problem}',
    'Spara rapporten': 'Save the report',
    'PDF-dokument (*.pdf)': 'PDF documents (*.pdf)',
    'Sparad: {path}': 'Saved: {path}',
    '{pages} sidor skickade till {printer}': '{pages} pages sent to {printer}',
    'Skrivaren kunde inte öppnas': 'The printer could not be opened',
    'Inte sparat: texten innehöll ett personnummer': 'Not saved: the text held a personal identity number',
    'Veckans anteckningar till veckorapporten': "This week's notes for the weekly report",
    'Deltagare': 'Participants',
    'Vilka organisationer deltog, t.ex. Polisen, stadsdelen':
        'Which organisations took part, e.g. the police, the district',
    'Sammanfattning av veckan': 'Summary of the week',
    '&Deltagare:': '&Participants:',
    'Sa&mmanfattning:': 'Su&mmary:',
    'Rapport': 'Report',
    'Vecka': 'Week',
    'Importera bedömningar': 'Import grades',
    'Fil att importera': 'File to import',
    '&Bläddra…': '&Browse…',
    'ur filen': 'from the file',
    'År (annars ur filen)': 'Year (otherwise from the file)',
    'alla årsblad': 'all year sheets',
    'Blad': 'Sheet',
    '&Förhandsgranska': '&Preview',
    '&Fil:': '&File:',
    'Å&r:': '&Year:',
    'B&lad:': 'S&heet:',
    'Okända områden': 'Unknown areas',
    'Namn i filen': 'Name in the file',
    'Blir': 'Becomes',
    'Bedömningar som skulle ändras': 'Grades that would change',
    'Nu': 'Now',
    'I filen': 'In the file',
    'Problem i filen': 'Problems in the file',
    '&Importera': '&Import',
    'Välj fil att importera': 'Choose a file to import',
    'Excel och CSV (*.xlsx *.xlsm *.csv);;Alla filer (*)':
        'Excel and CSV (*.xlsx *.xlsm *.csv);;All files (*)',
    'Välj en fil och tryck Förhandsgranska. Inget sparas förrän du trycker Importera.':
        'Choose a file and press Preview. Nothing is saved until you press Import.',
    'Ange vilken fil som ska importeras.': 'Say which file to import.',
    'Filen kan inte importeras. Inget har sparats.':
        'The file cannot be imported. Nothing has been saved.',
    '{name} blir': '{name} becomes',
    '– välj –': '– choose –',
    'Nytt område: {name}': 'New area: {name}',
    '{new} nya, {changed} ändrade, {same} oförändrade bedömningar.':
        '{new} new, {changed} changed, {same} unchanged grades.',
    'Välj vad {count} okända områden ska bli innan du importerar.':
        'Choose what {count} unknown areas become before importing.',
    'Skriv över {count} bedömningar som redan finns': 'Overwrite {count} grades already stored',
    'Importerat: {count} bedömningar sparade.': 'Imported: {count} grades saved.',
    '&Importera från Excel eller CSV…': '&Import from Excel or CSV…',
    '&Exportera året till Excel eller CSV…': '&Export the year to Excel or CSV…',
    'Exportera {year}': 'Export {year}',
    'Excel-arbetsbok (*.xlsx);;CSV för Excel (*.csv)': 'Excel workbook (*.xlsx);;CSV for Excel (*.csv)',
    '{year} exporterat till {path}': '{year} exported to {path}',
    'Konflikter mellan filen och databasen':
        'Conflicts between the file and the database',
    'Konflikt':
        'Conflict',
    'Val':
        'Choice',
    'Excel, CSV och utbytesfiler (*.xlsx *.xlsm *.csv *.json);;Alla filer (*)':
        'Excel, CSV and exchange files (*.xlsx *.xlsm *.csv *.json);;All files (*)',
    'Sammanslaget: {added} tillagda, {updated} uppdaterade, {deleted} borttagna, {resolved} konflikter avgjorda.':
        'Merged: {added} added, {updated} updated, {deleted} deleted, {resolved} conflicts decided.',
    '{count} konflikter väntar: värdet här står kvar tills du väljer. Läs in filen igen för att avgöra dem.':
        '{count} conflicts wait: the value here stays until you choose. Read the file again to decide them.',
    'Utbytesfilen kan inte läsas in. Inget har sparats.': 'The exchange file cannot be read in. Nothing was saved.',
    'Val för {conflict}': 'Choice for {conflict}',
    'Avgör senare': 'Decide later',
    'Behåll värdet här': 'Keep the value here',
    'Ta filens värde':
        "Take the file's value",
    'Byt namn först': 'Rename first',
    'Bilden': 'The picture',
    'Värdet i databasen behölls där någon annan hade ändrat': 'The value in the database was kept where someone else had changed it',  # noqa: E501 (one message)
    'ja': 'yes',
    'nej': 'no',
    '(tomt)': '(empty)',
    'Ett fel i programmet': 'An error in the program',
    'En rapport om felet har sparats i {path}. Skicka den gärna till IT.': 'A report on the error has been saved in {path}. Please send it to IT.',  # noqa: E501 (one message)
    'Rapporten kunde inte sparas; den skrevs till programmets utdata.': "The report could not be saved; it was written to the program's output.",  # noqa: E501 (one message)
    'Något gick fel i programmet ({kind}: {error}). Det var inte något du gjorde fel.\n\nDet som redan har sparats är sparat: varje ändring skrivs till databasen i samma stund som den görs.\n\n{where}': 'Something went wrong in the program ({kind}: {error}). It was nothing you did wrong.\n\nWhat has been saved is saved: every change is written to the database the moment it is made.\n\n{where}',  # noqa: E501 (one message)
    '&Kopiera rapporten': '&Copy the report',
    '&Stäng': '&Close',
    'Kopierad': 'Copied',
    'Rapporten kunde inte skapas: ett fel i programmet.': 'The report could not be made: an error in the program.',
    'Stadsdelens &namn…': 'District &name…',
    'Stadsdelens namn': 'District name',
    'Stadsdelens namn (i rapporter och bilder; följer med utbytesfiler):': 'The district’s name (in reports and pictures; travels with exchange files):',  # noqa: E501 (one message)
    'Stadsdelens namn sparat: {name}': 'District name saved: {name}',
    'Välj med F2 eller Enter, piltangenterna och Enter': 'Choose with F2 or Enter, the arrow keys and Enter',
    'Utbytesfil från en annan dator: {added} läggs till, {updated} uppdateras, {deleted} tas bort, {same} är lika eller äldre, {conflicts} konflikter. I en konflikt står värdet här kvar tills du väljer vilket som gäller; valet sparas och följer med till de andra datorerna.':  # noqa: E501 (one message)
        'Exchange file from another computer: {added} to add, {updated} to update, {deleted} to delete, {same} the same or older, {conflicts} conflicts. In a conflict the value here stays until you choose which one holds; the choice is saved and travels to the other computers.',  # noqa: E501 (one message)
    'Spara &utbytesfil till en annan dator…': 'Save an exchange &file for another computer…',
    'Spara utbytesfil': 'Save exchange file',
    'Utbytesfil (*.json)': 'Exchange file (*.json)',
    'Utbytesfil sparad: {path}': 'Exchange file saved: {path}',
    '&Hjälp': '&Help',
    '&Användarguide': '&User guide (Swedish)',
    'Användarguide': 'User guide (in Swedish)',
    'Säkerhetskopior': 'Backups',
    'Programmet gör en säkerhetskopia första gången det startas varje dag och sparar de tio senaste i {folder}.': 'The program makes a backup the first time it starts each day and keeps the ten newest in {folder}.',  # noqa: E501 (one message)
    'Automatiska säkerhetskopior, nyast först': 'Automatic backups, newest first',
    '&Gör en säkerhetskopia nu…': '&Make a backup now…',
    '&Återställ den valda…': '&Restore the chosen one…',
    'Återställ från en &fil…': 'Restore from a &file…',
    '{when} · {size} kB': '{when} · {size} kB',
    'Spara säkerhetskopia': 'Save backup',
    'Lägesbild-databas (*.db)': 'Lägesbild database (*.db)',
    'Välj säkerhetskopia att återställa': 'Choose the backup to restore',
    'Lägesbild-databas (*.db);;Alla filer (*)': 'Lägesbild database (*.db);;All files (*)',
    'Återställ säkerhetskopia': 'Restore backup',
    'Alla bedömningar, händelser och texter ersätts med dem i {name}. Det som sparats efter kopian finns kvar i en undansparad fil bredvid databasen, och återställningen skrivs in i ändringsloggen.\n\nStäng programmet på andra datorer som använder samma fil först.\n\nÅterställa nu?': 'Every grade, incident and text is replaced by those in {name}. What was saved after the copy is kept in a file set aside next to the database, and the restore is written into the change log.\n\nClose the program first on other computers that use the same file.\n\nRestore now?',  # noqa: E501 (one message)
    'Säkerhetskopia sparad: {path}': 'Backup saved: {path}',
    'Inget återställdes: {reason}': 'Nothing was restored: {reason}',
    'Återställd från {source}. Det som ersattes finns i {kept}.': 'Restored from {source}. What it replaced is kept in {kept}.',  # noqa: E501 (one message)
    '&Säkerhetskopior och återställning…': '&Backups and restore…',
    'Återställd från {name}': 'Restored from {name}',
    'Databasen har återställts från en säkerhetskopia': 'The database has been restored from a backup',
    "Följ upp: {title}":
        "Follow up: {title}",
    "Nästa uppföljning":
        "Next follow-up",
    "&Status":
        "&Status",
    "&Kommentar":
        "&Comment",
    "&Nästa":
        "&Next",
    "Åtgärder":
        "Measures",
    "Åtgärd: {title}":
        "Measure: {title}",
    "Ny åtgärd":
        "New measure",
    "Inget":
        "None",
    "Ansvariga":
        "Responsible",
    "Planerat slut":
        "Planned end",
    "Kortsiktig":
        "Short term",
    "Långsiktig":
        "Long term",
    "&Rubrik":
        "&Title",
    "Områ&den":
        "A&reas",
    "&Prioriterat område":
        "&Priority field",
    "P&lats":
        "P&lace",
    "&Ansvariga":
        "Responsi&ble",
    "&Start":
        "&Start",
    "Sl&ut":
        "&End",
    "&Tidshorisont":
        "Ter&m",
    "&Mål eller indikator":
        "&Goal or indicator",
    "Upp&följning":
        "&Follow-up",
    "Uppföljningar":
        "Follow-ups",
    "Effekt":
        "Effect",
    "Inga uppföljningar ännu. Status: {status}":
        "No follow-ups yet. Status: {status}",
    "Diagram: områdenas bedömning per vecka, åtgärdens period markerad":
        "Chart: the areas' weekly grades, the measure's period marked",
    "övriga områden":
        "other areas",
    "åtgärdens områden":
        "the measure's areas",
    "Ta bort åtgärd":
        "Delete measure",
    "&År":
        "&Year",
    "Alla år":
        "All years",
    "Alla":
        "All",
    "O&mråde":
        "A&rea",
    "Ansva&rig":
        "Res&ponsible",
    "&Ny åtgärd":
        "&New measure",
    "Nr":
        "No.",
    "Åtgärd":
        "Measure",
    "Status":
        "Status",
    "Prio":
        "Prio",
    "Start":
        "Start",
    "Slut":
        "End",
    "Åtgärdsplanen":
        "The action plan",
    "Enter öppnar åtgärden, U följer upp, Ctrl+N ny åtgärd, Delete tar bort":
        "Enter opens the measure, U follows it up, Ctrl+N new measure, Delete deletes",
    "{count} åtgärder":
        "{count} measures",
    "Inga åtgärder med dessa val. Ctrl+N lägger till en.":
        "No measures with these choices. Ctrl+N adds one.",
    "Ta bort åtgärden «{title}» och dess {count} uppföljningar? Borttagningen loggas.":
        "Delete the measure «{title}» and its {count} follow-ups? The deletion is logged.",
    "Åtgärder: {count}":
        "Measures: {count}",
    "{area}: {count} aktiva åtgärder: {titles}":
        "{area}: {count} active measures: {titles}",
    "{area}: inga aktiva åtgärder":
        "{area}: no active measures",
    "Skriv 1–5 för att bedöma, Delete för att ta bort, A för ny åtgärd, U för att följa upp en åtgärd":
        "Type 1–5 to grade, Delete to remove, A for a new measure, U to follow up a measure",
    "Åtgärder att följa upp denna vecka (Enter följer upp):":
        "Measures to follow up this week (Enter follows up):",
    "Åtgärder att följa upp denna vecka":
        "Measures to follow up this week",
    "{title} – uppföljning {date} ({areas})":
        "{title} – follow-up {date} ({areas})",
    "{area} har inga aktiva åtgärder att följa upp (A lägger till en)":
        "{area} has no active measures to follow up (A adds one)",
    "Följ upp":
        "Follow up",
    "Vilken åtgärd i {area}?":
        "Which measure in {area}?",
    "Åtgärdsplan": "Action plan",
    "Kvartalsanalys": "Quarterly analysis",
    "Kvartal": "Quarter",
    "Kv&artal:": "&Quarter:",
    "Ny organisation…": "New organisation…",
    "Ny ansvarig organisation": "New responsible organisation",
    "Namn:": "Name:",
    "Avsnitt": "Sections",
    "Av&snitt:": "S&ections:",
    "&Text:": "&Text:",
    "&Fet": "&Bold",
    "&Kursiv": "&Italic",
    "&Punktlista": "B&ullets",
    "&Numrerad lista": "&Numbered list",
    "Börja från f&örra årets text": "Start from &last year's text",
    "Infoga &utkast ur årets data": "Insert &draft from the year's data",
    "Finns &behov av särskilda åtgärder (inkluderas i åtgärdsplan)":
        "Special &measures needed (included in the action plan)",
    "Ko&mmentar:": "C&omment:",
    " (utkast)": " (draft)",
    " (standardtext)": " (standard text)",
    " (tom)": " (empty)",
    ('Vad som hänt i området under året. "Infoga utkast" hämtar veckorna med bedömning 3 eller högre, '
     'händelserna, jämförelsen med förra året och åtgärderna; skriv sedan om texten.'):
        ('What happened in the area during the year. "Insert draft" fetches the weeks graded 3 or higher, the '
         'incidents, the comparison with last year and the measures; then rewrite the text.'),
    ("Beskrivning av området (standardtexten tills den skrivs om för året), behovet av särskilda åtgärder och en "
     "kommentar."):
        ("The description of the field (the standard text until it is rewritten for the year), the need for "
         "special measures and a comment."),
    "Det finns ingen text för {year} att börja från": "There is no text for {year} to start from",
    "Kommentaren har flera stycken: skriv den i vyn Lägesbild (Alt+6)":
        "The comment has several paragraphs: write it in the Lägesbild view (Alt+6)",
    "Ersätta texten?": "Replace the text?",
    "Texten för {what} ersätts med texten från {year}. Den som står nu är sparad och finns kvar i ändringsloggen.":
        "The text of {what} is replaced with the text from {year}. The current text is saved and stays in the log.",
    "Texten är inte sparad": "The text is not saved",
    ("Texten för {what} kunde inte sparas. Stänga ändå? Det du skrivit sedan den senast sparades försvinner "
     "då."):
        "The text of {what} could not be saved. Close anyway? What you wrote since it was last saved is then lost.",
    "Välj minst ett avsnitt att ta med i rapporten": "Choose at least one section to include in the report",
    "PDF": "PDF",
    "Word (.docx)": "Word (.docx)",
    "Format": "Format",
    "&Format:": "&Format:",
    "Avsnitt i årssammanställningen": "Sections of the yearly report",
    "Avs&nitt (markera med mellanslag):": "Sectio&ns (tick with space):",
    "Word-dokument (*.docx)": "Word documents (*.docx)",
    'Nyckeltal i årssammanställningen': 'Key figures in the yearly report',
    'Importera nyckeltal': 'Import key figures',
    'ur filen (kolumnen Källa eller bladets namn)': "from the file (the Källa column or the sheet's name)",
    'Källa (annars ur filen)': 'Source (otherwise from the file)',
    'Fi&l:': 'Fi&le:',
    '&Källa:': '&Source:',
    'Långform: kolumnerna Källa;Mått;Grupp;Område;Från;Till;Värde;Enhet. Bred tabell: måtten i första '
    'kolumnen och en kolumn per period, med perioden i rubriken (t.ex. 2024-01-01–2024-10-31 eller '
    'jan–okt 2024).':
        'Long form: the columns Källa;Mått;Grupp;Område;Från;Till;Värde;Enhet. Wide table: the measures in '
        'the first column and one column per period, with the period in the heading (e.g. '
        '2024-01-01–2024-10-31 or jan–okt 2024).',
    'Förhandsgranskning': 'Preview',
    'Excel eller CSV (*.xlsx *.csv *.txt);;Alla filer (*)': 'Excel or CSV (*.xlsx *.csv *.txt);;All files (*)',
    'Välj en fil först.': 'Choose a file first.',
    'Inget kan importeras:': 'Nothing can be imported:',
    'Inget nytt att importera.': 'Nothing new to import.',
    'Importerat från {name}: {new} nya och {changed} ändrade nyckeltal':
        'Imported from {name}: {new} new and {changed} changed key figures',
    'Diagram: måttet per år': 'Chart: the measure by year',
    'helt år': 'whole year',
    'del av året (perioden under stapeln)': 'part of the year (the period under the bar)',
    'Diagram: måttet per område': 'Chart: the measure by area',
    'Grupp': 'Group',
    'Mått': 'Measure',
    'Värde': 'Value',
    'Enhet': 'Unit',
    'Året före': 'Year before',
    'Förändring': 'Change',
    'Förändring %': 'Change %',
    'Skriv ett tal och tryck Enter; töm cellen för att ta bort värdet':
        'Type a number and press Enter; empty the cell to delete the value',
    '(nytt mått: skriv här)': '(new measure: type here)',
    'hela stadsdelen': 'whole district',
    'Källa': 'Source',
    '&Period:': '&Period:',
    'Period (t.ex. jan–okt 2025)': 'Period (e.g. jan–okt 2025)',
    'Samma period ett år &senare': 'Same period a year &later',
    'Visar förra årets mått med tomma värden, att skriva årets siffror i':
        "Shows last year's measures with empty values, to type this year's figures in",
    '&Importera nyckeltal…': '&Import key figures…',
    'Nyckeltal: perioden mot samma period året före': 'Key figures: the period against the same period the year before',
    'Skriv ett tal och tryck Enter. Tom cell tar bort värdet. Sista raden: ett nytt mått.':
        'Type a number and press Enter. An empty cell deletes the value. Last row: a new measure.',
    'Skriv en period (t.ex. jan–okt 2025) och tryck Enter, eller importera nyckeltal.':
        'Type a period (e.g. jan–okt 2025) and press Enter, or import key figures.',
    'Inga nyckeltal för {period}. Skriv mått och värde i sista raden.':
        'No key figures for {period}. Type measure and value in the last row.',
    '{source}, {period} mot samma period året före: {count} värden':
        '{source}, {period} against the same period the year before: {count} values',
    'Välj källa och period först': 'Choose source and period first',
    'Skriv måttet i den sista raden först, sedan värdet': 'Type the measure in the last row first, then the value',
    'Enheten sparas med värdet: skriv värdet först': 'The unit is saved with the value: type the value first',
    'nyckeltalet {what}': 'the key figure {what}',
    'Borttaget: {what}': 'Deleted: {what}',
    'Sparat: {measure} {period}: {value} {unit}': 'Saved: {measure} {period}: {value} {unit}',
    '{source}: summan av de mått som finns alla år': '{source}: the sum of the measures every year has',
    '{measure}{place} per år': '{measure}{place} by year',
    'Välj ett mått för värdena per område': 'Choose a measure for its values by area',
    '{measure} per område': '{measure} by area',
    '{measure}: inga värden per område': '{measure}: no values by area',
    'Nyckeltal': 'Key figures',
    'N&yckeltal (markera med mellanslag):': 'Ke&y figures (tick with space):',
    'antal': 'count',
    'procent': 'per cent',
    '{measure} finns redan i tabellen: skriv värdet i dess rad':
        '{measure} is already in the table: type the value in its row',
    'Skriv enheten: antal eller procent': 'Type the unit: antal (count) or procent (per cent)',
    'Karta': 'Map',
    'Veckans bedömningar': "The week's grades",
    'Årets medelbedömning': "The year's mean grade",
    'Årets händelser': "The year's incidents",
    '&Visa:': '&Show:',
    'Visa': 'Show',
    'Vec&ka:': 'Wee&k:',
    '&Läs in gränser…': '&Load boundaries…',
    'Inga områdesgränser ännu. Tryck Läs in gränser… och välj stadsdelens GeoJSON-fil (stadens öppna '
    'data för stadsdelsområden, i WGS 84 eller SWEREF 99 TM). På kommandoraden: lagesbild areas '
    'boundaries FIL.geojson':
        "No area boundaries yet. Press Load boundaries… and choose the district's GeoJSON file (the city's "
        'open data for its districts, in WGS 84 or SWEREF 99 TM). On the command line: lagesbild areas '
        'boundaries FILE.geojson',
    'Läs in områdesgränser': 'Load area boundaries',
    'GeoJSON (*.geojson *.json);;Alla filer (*)': 'GeoJSON (*.geojson *.json);;All files (*)',
    'Spara gränserna?': 'Save the boundaries?',
    'Områdesgränser sparade ur {name}: {new} nya, {changed} ändrade':
        'Area boundaries saved from {name}: {new} new, {changed} changed',
    't.ex. {name} (registrerad) eller fri text': 'e.g. {name} (registered) or free text',
    'TT:MM, om det är känt': 'HH:MM, if known',
    'Klocksla&g': '&Time',
    '{place} återkommer ({count} händelser på {weeks} veckor)': '{place} recurs ({count} incidents in {weeks} weeks)',
    'Händelser per veckodag och tid': 'Incidents by weekday and time',
    '&Område:': '&Area:',
    'Händelser per veckodag och tid på dygnet': 'Incidents by weekday and time of day',
    'Hela stadsdelen': 'The whole district',
    'måndag': 'Monday',
    'tisdag': 'Tuesday',
    'onsdag': 'Wednesday',
    'torsdag': 'Thursday',
    'fredag': 'Friday',
    'lördag': 'Saturday',
    'söndag': 'Sunday',
    '{year}: {count} händelser med klockslag; {untimed} utan':
        '{year}: {count} incidents with a time; {untimed} without',
    '&Platser…': '&Places…',
    'Platser {year}': 'Places {year}',
    'Registrerade platser': 'Registered places',
    'Plats': 'Place',
    'Slag': 'Kind',
    'Återkommer': 'Recurs',
    'Prioriterad': 'Prioritised',
    '&Ny plats…': '&New place…',
    '&Byt namn…': '&Rename…',
    '&Koordinater…': '&Coordinates…',
    '&Prioritera…': '&Prioritise…',
    '&Avveckla…': 'Re&tire…',
    'Platser skrivna som fri text': 'Places written as free text',
    'Stavningar': 'Spellings',
    '&Gör till registrerad plats…': '&Make a registered place…',
    'Platser skrivna som fri text i händelserna (stavningar av samma plats ihop):':
        'Places written as free text in the incidents (spellings of one place together):',
    'Ny plats': 'New place',
    'Platsens namn:': "The place's name:",
    'Område:': 'Area:',
    'Slag (eller skriv ett nytt):': 'Kind (or type a new one):',
    'Plats registrerad: {name} ({area})': 'Place registered: {name} ({area})',
    'Byt namn': 'Rename',
    'Nytt namn för {name}:': 'New name for {name}:',
    'Plats omdöpt: {old} → {new}': 'Place renamed: {old} → {new}',
    'Koordinater': 'Coordinates',
    'Latitud, longitud i WGS 84 (t.ex. 59.3617, 17.8723) för {name}:':
        'Latitude, longitude in WGS 84 (e.g. 59.3617, 17.8723) for {name}:',
    'Skriv latitud och longitud åtskilda av komma': 'Type latitude and longitude separated by a comma',
    'Koordinater sparade för {new}': 'Coordinates saved for {new}',
    'Prioriterad plats {year}': 'Prioritised place {year}',
    'Skälet (tomt: inte längre prioriterad):': 'The reason (empty: no longer prioritised):',
    'Prioritering sparad för {new}': 'Priority saved for {new}',
    'Avveckla plats': 'Retire place',
    '{name} avvecklas från år:': '{name} is retired from the year:',
    '{new} avvecklad': '{new} retired',
    'Gör till registrerad plats': 'Make a registered place',
    'Platsens namn ({count} händelser i {area}):': "The place's name ({count} incidents in {area}):",
    '{count} händelser kopplade till {name}': '{count} incidents linked to {name}',
    'Ta bort': 'Remove',
    'Ta bort {what}? Ändringen loggas och kan ångras med Ctrl+Z.': 'Remove {what}? The change is logged and can be '
                                                                   'undone with Ctrl+Z.',
    'Ångra ändå?': 'Undo anyway?',
    '{why}. Ångra ändå? Deras ändring ersätts (den finns kvar i ändringsloggen).':
        '{why}. Undo anyway? Their change is replaced (it stays in the change log).',
    'bedömningen {cell}': 'the grade {cell}',
    'Sparat {time} – {what}': 'Saved {time} – {what}',
    'Inte ångrat: {why}': 'Not undone: {why}',
    'Ångrat': 'Undone',
    'Gjort om': 'Redone',
    '&Listor med namn…': '&Lists of names…',
    'Listor med namn': 'Lists of names',
    'Ansvariga organisationer': 'Responsible organisations',
    'Källor för nyckeltal': 'Sources of key figures',
    'Slag av platser': 'Kinds of places',
    '&Lista:': '&List:',
    'Namnen i listan': 'The names in the list',
    '&Avveckla eller återta': '&Retire or take back',
    '&Ta bort': '&Remove',
    '{name} (avvecklad)': '{name} (retired)',
    'Nytt namn för {name} (ändras överallt där det används):': 'New name for {name} (changed wherever it is '
                                                                'used):',
    'Bytt namn: {old} → {new} ({count} poster ändrade)': 'Renamed: {old} → {new} ({count} records changed)',
    '{name} avvecklad': '{name} retired',
    '{name} återtagen': '{name} taken back',
    'namnet {name}': 'the name {name}',
    'Borttaget: {name}': 'Removed: {name}',
}
