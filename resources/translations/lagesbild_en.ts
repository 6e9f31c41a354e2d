<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../lagesbild_desktop/ui/backup_dialog.py" line="39" />
        <source>Säkerhetskopior</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/backup_dialog.py" line="41" />
        <source>Programmet gör en säkerhetskopia första gången det startas varje dag och sparar de tio senaste i {folder}.</source>
        <translation>The program makes a backup the first time it starts each day and keeps the ten newest in {folder}.</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/backup_dialog.py" line="46" />
        <source>Automatiska säkerhetskopior, nyast först</source>
        <translation>Automatic backups, newest first</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/backup_dialog.py" line="51" />
        <source>&amp;Gör en säkerhetskopia nu…</source>
        <translation>&amp;Make a backup now…</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/backup_dialog.py" line="53" />
        <source>&amp;Återställ den valda…</source>
        <translation>&amp;Restore the chosen one…</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/backup_dialog.py" line="55" />
        <source>Återställ från en &amp;fil…</source>
        <translation>Restore from a &amp;file…</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/backup_dialog.py" line="57" />
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/backup_dialog.py" line="89" />
        <source>{when} · {size} kB</source>
        <translation>{when} · {size} kB</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/backup_dialog.py" line="95" />
        <source>Spara säkerhetskopia</source>
        <translation>Save backup</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/backup_dialog.py" line="96" />
        <source>Lägesbild-databas (*.db)</source>
        <translation>Lägesbild database (*.db)</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/backup_dialog.py" line="100" />
        <source>Välj säkerhetskopia att återställa</source>
        <translation>Choose the backup to restore</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/backup_dialog.py" line="102" />
        <source>Lägesbild-databas (*.db);;Alla filer (*)</source>
        <translation>Lägesbild database (*.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/backup_dialog.py" line="107" />
        <source>Återställ säkerhetskopia</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/backup_dialog.py" line="108" />
        <source>Alla bedömningar, händelser och texter ersätts med dem i {name}. Det som sparats efter kopian finns kvar i en undansparad fil bredvid databasen, och återställningen skrivs in i ändringsloggen.

Stäng programmet på andra datorer som använder samma fil först.

Återställa nu?</source>
        <translation>Every grade, incident and text is replaced by those in {name}. What was saved after the copy is kept in a file set aside next to the database, and the restore is written into the change log.

Close the program first on other computers that use the same file.

Restore now?</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/backup_dialog.py" line="127" />
        <source>Säkerhetskopia sparad: {path}</source>
        <translation>Backup saved: {path}</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/backup_dialog.py" line="146" />
        <location filename="../../lagesbild_desktop/ui/backup_dialog.py" line="149" />
        <source>Inget återställdes: {reason}</source>
        <translation>Nothing was restored: {reason}</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/backup_dialog.py" line="151" />
        <source>Återställd från {source}. Det som ersattes finns i {kept}.</source>
        <translation>Restored from {source}. What it replaced is kept in {kept}.</translation>
    </message>
</context>
<context>
    <name>CellDialog</name>
    <message>
        <location filename="../../lagesbild_desktop/ui/cell_dialog.py" line="29" />
        <source>{area}, vecka {week} {year}</source>
        <translation>{area}, week {week} {year}</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/cell_dialog.py" line="35" />
        <source>Bedömning</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/cell_dialog.py" line="38" />
        <source>&amp;Bedömning</source>
        <translation>&amp;Grade</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/cell_dialog.py" line="42" />
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/cell_dialog.py" line="43" />
        <source>&amp;Anteckning</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/cell_dialog.py" line="45" />
        <location filename="../../lagesbild_desktop/ui/cell_dialog.py" line="51" />
        <source>Händelser</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/cell_dialog.py" line="52" />
        <source>+ Ny händelse</source>
        <translation>+ New incident</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/cell_dialog.py" line="60" />
        <source>ej bedömd</source>
        <translation>not graded</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/cell_dialog.py" line="75" />
        <source>Välj en bedömning (1–5) för att spara anteckningen</source>
        <translation>Choose a grade (1–5) to save the note</translation>
    </message>
</context>
<context>
    <name>ChartsView</name>
    <message>
        <location filename="../../lagesbild_desktop/ui/charts_view.py" line="69" />
        <source>Spara diagram</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/charts_view.py" line="77" />
        <location filename="../../lagesbild_desktop/ui/charts_view.py" line="82" />
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/charts_view.py" line="84" />
        <location filename="../../lagesbild_desktop/ui/charts_view.py" line="104" />
        <source>Områden</source>
        <translation>Areas</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/charts_view.py" line="87" />
        <source>Områden i diagrammet</source>
        <translation>Areas in the chart</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/charts_view.py" line="90" />
        <source>Spara som bild…</source>
        <translation>Save as image…</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/charts_view.py" line="91" />
        <source>Kopiera</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/charts_view.py" line="92" />
        <source>Kopiera diagrammet</source>
        <translation>Copy the chart</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/charts_view.py" line="99" />
        <source>Bedömning per vecka</source>
        <translation>Grade per week</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/charts_view.py" line="100" />
        <source>Stadsdelen: högsta och medel per vecka</source>
        <translation>The district: highest and mean per week</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/charts_view.py" line="101" />
        <source>Veckor per bedömning, i år och förra året</source>
        <translation>Weeks per grade, this year and last year</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/charts_view.py" line="102" />
        <source>Händelser per månad, i år och samma period förra året</source>
        <translation>Incidents per month, this year and the same period last year</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/charts_view.py" line="103" />
        <source>Händelser per månad och allvarlighet, i år och förra året</source>
        <translation>Incidents per month and severity, this year and last year</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/charts_view.py" line="104" />
        <source>Stadsdelen</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/charts_view.py" line="105" />
        <source>Fördelning</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/charts_view.py" line="105" />
        <source>Händelser</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/charts_view.py" line="106" />
        <source>Allvarlighet</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/charts_view.py" line="270" />
        <source>{count} områden</source>
        <translation>{count} areas</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/charts_view.py" line="279" />
        <source>{area} förra året</source>
        <translation>{area} last year</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/charts_view.py" line="285" />
        <source>{area}, medel 4 veckor</source>
        <translation>{area}, 4-week mean</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/charts_view.py" line="296" />
        <source>medel 4 veckor (streckad)</source>
        <translation>4-week mean (dashed)</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/charts_view.py" line="297" />
        <source>förra året (ljus)</source>
        <translation>last year (pale)</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/charts_view.py" line="306" />
        <source>Medel förra året</source>
        <translation>Mean last year</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/charts_view.py" line="310" />
        <source>Högsta</source>
        <translation>Highest</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/charts_view.py" line="312" />
        <source>Medel över områdena</source>
        <translation>Mean over the areas</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/charts_view.py" line="335" />
        <source>veckor (nedre stapeln: förra året, ljusare)</source>
        <translation>weeks (lower bar: last year, paler)</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/charts_view.py" line="359" />
        <source>händelser (vänster stapel: förra året, ljusare)</source>
        <translation>incidents (left bar: last year, paler)</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/charts_view.py" line="373" />
        <source>ej bedömd</source>
        <translation>not graded</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/charts_view.py" line="377" />
        <source>Vecka {week}</source>
        <translation>Week {week}</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/charts_view.py" line="381" />
        <source>högsta: {grade}</source>
        <translation>highest: {grade}</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/charts_view.py" line="382" />
        <source>medel: {mean}</source>
        <translation>mean: {mean}</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/charts_view.py" line="386" />
        <source>{count} bedömda områden, medel {mean}, högsta {grade}</source>
        <translation>{count} areas graded, mean {mean}, highest {grade}</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/charts_view.py" line="390" />
        <source>{area}: {grade} (medel 4 v: {mean}; förra året: {last})</source>
        <translation>{area}: {grade} (4-week mean: {mean}; last year: {last})</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/charts_view.py" line="458" />
        <source>Bilden</source>
        <translation>The picture</translation>
    </message>
</context>
<context>
    <name>ConflictChoices</name>
    <message>
        <location filename="../../lagesbild_desktop/ui/conflict_choices.py" line="28" />
        <source>Avgör senare</source>
        <translation>Decide later</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/conflict_choices.py" line="29" />
        <source>Behåll värdet här</source>
        <translation>Keep the value here</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/conflict_choices.py" line="30" />
        <source>Ta filens värde</source>
        <translation>Take the file's value</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/conflict_choices.py" line="38" />
        <location filename="../../lagesbild_desktop/ui/conflict_choices.py" line="56" />
        <source>Val</source>
        <translation>Choice</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/conflict_choices.py" line="55" />
        <source>Konflikter mellan filen och databasen</source>
        <translation>Conflicts between the file and the database</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/conflict_choices.py" line="56" />
        <source>Konflikt</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/conflict_choices.py" line="86" />
        <location filename="../../lagesbild_desktop/ui/conflict_choices.py" line="94" />
        <source>Byt namn först</source>
        <translation>Rename first</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/conflict_choices.py" line="89" />
        <source>Välj med F2 eller Enter, piltangenterna och Enter</source>
        <translation>Choose with F2 or Enter, the arrow keys and Enter</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../lagesbild_desktop/ui/crash_dialog.py" line="23" />
        <source>Ett fel i programmet</source>
        <translation>An error in the program</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/crash_dialog.py" line="25" />
        <source>En rapport om felet har sparats i {path}. Skicka den gärna till IT.</source>
        <translation>A report on the error has been saved in {path}. Please send it to IT.</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/crash_dialog.py" line="27" />
        <source>Rapporten kunde inte sparas; den skrevs till programmets utdata.</source>
        <translation>The report could not be saved; it was written to the program's output.</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/crash_dialog.py" line="28" />
        <source>Något gick fel i programmet ({kind}: {error}). Det var inte något du gjorde fel.

Det som redan har sparats är sparat: varje ändring skrivs till databasen i samma stund som den görs.

{where}</source>
        <translation>Something went wrong in the program ({kind}: {error}). It was nothing you did wrong.

What has been saved is saved: every change is written to the database the moment it is made.

{where}</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/crash_dialog.py" line="34" />
        <source>&amp;Kopiera rapporten</source>
        <translation>&amp;Copy the report</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/crash_dialog.py" line="38" />
        <source>&amp;Stäng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/crash_dialog.py" line="52" />
        <source>Kopierad</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../lagesbild_desktop/ui/modal.py" line="46" />
        <source>Spara</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/modal.py" line="47" />
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FigureChoiceTree</name>
    <message>
        <location filename="../../lagesbild_desktop/ui/figure_choice.py" line="21" />
        <source>Nyckeltal i årssammanställningen</source>
        <translation>Key figures in the yearly report</translation>
    </message>
</context>
<context>
    <name>FigureImportDialog</name>
    <message>
        <location filename="../../lagesbild_desktop/ui/figure_import_dialog.py" line="33" />
        <location filename="../../lagesbild_desktop/ui/figure_import_dialog.py" line="90" />
        <source>Importera nyckeltal</source>
        <translation>Import key figures</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/figure_import_dialog.py" line="39" />
        <source>Fil att importera</source>
        <translation>File to import</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/figure_import_dialog.py" line="40" />
        <source>&amp;Bläddra…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/figure_import_dialog.py" line="47" />
        <source>ur filen (kolumnen Källa eller bladets namn)</source>
        <translation>from the file (the Källa column or the sheet's name)</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/figure_import_dialog.py" line="48" />
        <source>Källa (annars ur filen)</source>
        <translation>Source (otherwise from the file)</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/figure_import_dialog.py" line="50" />
        <source>Fi&amp;l:</source>
        <translation>Fi&amp;le:</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/figure_import_dialog.py" line="53" />
        <source>&amp;Källa:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/figure_import_dialog.py" line="55" />
        <source>Långform: kolumnerna Källa;Mått;Grupp;Område;Från;Till;Värde;Enhet. Bred tabell: måtten i första kolumnen och en kolumn per period, med perioden i rubriken (t.ex. 2024-01-01–2024-10-31 eller jan–okt 2024).</source>
        <translation>Long form: the columns Källa;Mått;Grupp;Område;Från;Till;Värde;Enhet. Wide table: the measures in the first column and one column per period, with the period in the heading (e.g. 2024-01-01–2024-10-31 or jan–okt 2024).</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/figure_import_dialog.py" line="61" />
        <source>Förhandsgranskning</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/figure_import_dialog.py" line="63" />
        <source>&amp;Förhandsgranska</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/figure_import_dialog.py" line="66" />
        <source>&amp;Importera</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/figure_import_dialog.py" line="69" />
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/figure_import_dialog.py" line="91" />
        <source>Excel eller CSV (*.xlsx *.csv *.txt);;Alla filer (*)</source>
        <translation>Excel or CSV (*.xlsx *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/figure_import_dialog.py" line="109" />
        <source>Välj en fil först.</source>
        <translation>Choose a file first.</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/figure_import_dialog.py" line="117" />
        <source>Inget kan importeras:</source>
        <translation>Nothing can be imported:</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/figure_import_dialog.py" line="123" />
        <source>Inget nytt att importera.</source>
        <translation>Nothing new to import.</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/figure_import_dialog.py" line="144" />
        <source>Importerat från {name}: {new} nya och {changed} ändrade nyckeltal</source>
        <translation>Imported from {name}: {new} new and {changed} changed key figures</translation>
    </message>
</context>
<context>
    <name>FiguresView</name>
    <message>
        <location filename="../../lagesbild_desktop/ui/figure_charts.py" line="77" />
        <source>Diagram: måttet per år</source>
        <translation>Chart: the measure by year</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/figure_charts.py" line="84" />
        <source>helt år</source>
        <translation>whole year</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/figure_charts.py" line="86" />
        <source>del av året (perioden under stapeln)</source>
        <translation>part of the year (the period under the bar)</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/figure_charts.py" line="96" />
        <source>Diagram: måttet per område</source>
        <translation>Chart: the measure by area</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/figures_model.py" line="86" />
        <source>Grupp</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/figures_model.py" line="86" />
        <source>Mått</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/figures_model.py" line="87" />
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/figures_model.py" line="88" />
        <source>Värde</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/figures_model.py" line="87" />
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/figures_model.py" line="22" />
        <source>antal</source>
        <translation>count</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/figures_model.py" line="22" />
        <source>procent</source>
        <translation>per cent</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/figures_model.py" line="89" />
        <source>Året före</source>
        <translation>Year before</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/figures_model.py" line="90" />
        <source>Förändring</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/figures_model.py" line="90" />
        <source>Förändring %</source>
        <translation>Change %</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/figures_model.py" line="115" />
        <source>Skriv ett tal och tryck Enter; töm cellen för att ta bort värdet</source>
        <translation>Type a number and press Enter; empty the cell to delete the value</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/figures_model.py" line="124" />
        <source>(nytt mått: skriv här)</source>
        <translation>(new measure: type here)</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/figures_model.py" line="139" />
        <source>hela stadsdelen</source>
        <translation>whole district</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/figures_view.py" line="130" />
        <source>&amp;Källa:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/figures_view.py" line="130" />
        <source>Källa</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/figures_view.py" line="131" />
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/figures_view.py" line="131" />
        <source>Period (t.ex. jan–okt 2025)</source>
        <translation>Period (e.g. jan–okt 2025)</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/figures_view.py" line="138" />
        <source>Samma period ett år &amp;senare</source>
        <translation>Same period a year &amp;later</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/figures_view.py" line="140" />
        <source>Visar förra årets mått med tomma värden, att skriva årets siffror i</source>
        <translation>Shows last year's measures with empty values, to type this year's figures in</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/figures_view.py" line="141" />
        <source>&amp;Importera nyckeltal…</source>
        <translation>&amp;Import key figures…</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/figures_view.py" line="150" />
        <source>Nyckeltal: perioden mot samma period året före</source>
        <translation>Key figures: the period against the same period the year before</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/figures_view.py" line="151" />
        <source>Skriv ett tal och tryck Enter. Tom cell tar bort värdet. Sista raden: ett nytt mått.</source>
        <translation>Type a number and press Enter. An empty cell deletes the value. Last row: a new measure.</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/figures_view.py" line="281" />
        <source>Skriv en period (t.ex. jan–okt 2025) och tryck Enter, eller importera nyckeltal.</source>
        <translation>Type a period (e.g. jan–okt 2025) and press Enter, or import key figures.</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/figures_view.py" line="284" />
        <source>Inga nyckeltal för {period}. Skriv mått och värde i sista raden.</source>
        <translation>No key figures for {period}. Type measure and value in the last row.</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/figures_view.py" line="288" />
        <source>{source}, {period} mot samma period året före: {count} värden</source>
        <translation>{source}, {period} against the same period the year before: {count} values</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/figures_view.py" line="329" />
        <source>Välj källa och period först</source>
        <translation>Choose source and period first</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/figures_view.py" line="337" />
        <source>Skriv måttet i den sista raden först, sedan värdet</source>
        <translation>Type the measure in the last row first, then the value</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/figures_view.py" line="340" />
        <source>{measure} finns redan i tabellen: skriv värdet i dess rad</source>
        <translation>{measure} is already in the table: type the value in its row</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/figures_view.py" line="356" />
        <source>Skriv enheten: antal eller procent</source>
        <translation>Type the unit: antal (count) or procent (per cent)</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/figures_view.py" line="359" />
        <source>Enheten sparas med värdet: skriv värdet först</source>
        <translation>The unit is saved with the value: type the value first</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/figures_view.py" line="389" />
        <source>nyckeltalet {what}</source>
        <translation>the key figure {what}</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/figures_view.py" line="396" />
        <source>Borttaget: {what}</source>
        <translation>Deleted: {what}</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/figures_view.py" line="406" />
        <source>Sparat: {measure} {period}: {value} {unit}</source>
        <translation>Saved: {measure} {period}: {value} {unit}</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/figures_view.py" line="435" />
        <source>{source}: summan av de mått som finns alla år</source>
        <translation>{source}: the sum of the measures every year has</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/figures_view.py" line="440" />
        <source>{measure}{place} per år</source>
        <translation>{measure}{place} by year</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/figures_view.py" line="442" />
        <source>Välj ett mått för värdena per område</source>
        <translation>Choose a measure for its values by area</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/figures_view.py" line="446" />
        <source>{measure} per område</source>
        <translation>{measure} by area</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/figures_view.py" line="447" />
        <source>{measure}: inga värden per område</source>
        <translation>{measure}: no values by area</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../lagesbild_desktop/ui/measure_dialog.py" line="243" />
        <source>Följ upp: {title}</source>
        <translation>Follow up: {title}</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/measure_dialog.py" line="255" />
        <source>Nästa uppföljning</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/measure_dialog.py" line="256" />
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/measure_dialog.py" line="256" />
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/measure_dialog.py" line="257" />
        <source>&amp;Kommentar</source>
        <translation>&amp;Comment</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/measure_dialog.py" line="257" />
        <source>&amp;Nästa</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/measure_dialog.py" line="272" />
        <source>Inte sparat: ta bort personnumret</source>
        <translation>Not saved: remove the identity number</translation>
    </message>
</context>
<context>
    <name>GuideView</name>
    <message>
        <location filename="../../lagesbild_desktop/ui/guide_view.py" line="22" />
        <location filename="../../lagesbild_desktop/ui/guide_view.py" line="24" />
        <source>Användarguide</source>
        <translation>User guide (in Swedish)</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/guide_view.py" line="30" />
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../lagesbild_desktop/ui/import_dialog.py" line="41" />
        <source>Importera bedömningar</source>
        <translation>Import grades</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/import_dialog.py" line="50" />
        <source>Fil att importera</source>
        <translation>File to import</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/import_dialog.py" line="51" />
        <source>&amp;Bläddra…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/import_dialog.py" line="59" />
        <source>ur filen</source>
        <translation>from the file</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/import_dialog.py" line="61" />
        <source>År (annars ur filen)</source>
        <translation>Year (otherwise from the file)</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/import_dialog.py" line="64" />
        <source>alla årsblad</source>
        <translation>all year sheets</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/import_dialog.py" line="65" />
        <source>Blad</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/import_dialog.py" line="66" />
        <source>&amp;Förhandsgranska</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/import_dialog.py" line="70" />
        <source>&amp;Fil:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/import_dialog.py" line="73" />
        <source>Å&amp;r:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/import_dialog.py" line="74" />
        <source>B&amp;lad:</source>
        <translation>S&amp;heet:</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/import_dialog.py" line="81" />
        <source>Okända områden</source>
        <translation>Unknown areas</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/import_dialog.py" line="82" />
        <source>Namn i filen</source>
        <translation>Name in the file</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/import_dialog.py" line="82" />
        <source>Blir</source>
        <translation>Becomes</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/import_dialog.py" line="86" />
        <source>Bedömningar som skulle ändras</source>
        <translation>Grades that would change</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/import_dialog.py" line="87" />
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/import_dialog.py" line="87" />
        <source>Vecka</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/import_dialog.py" line="87" />
        <source>Nu</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/import_dialog.py" line="88" />
        <source>I filen</source>
        <translation>In the file</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/import_dialog.py" line="95" />
        <source>Problem i filen</source>
        <translation>Problems in the file</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/import_dialog.py" line="99" />
        <source>&amp;Importera</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/import_dialog.py" line="101" />
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/import_dialog.py" line="134" />
        <source>Välj fil att importera</source>
        <translation>Choose a file to import</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/import_dialog.py" line="355" />
        <source>Sammanslaget: {added} tillagda, {updated} uppdaterade, {deleted} borttagna, {resolved} konflikter avgjorda.</source>
        <translation>Merged: {added} added, {updated} updated, {deleted} deleted, {resolved} conflicts decided.</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/import_dialog.py" line="359" />
        <source>{count} konflikter väntar: värdet här står kvar tills du väljer. Läs in filen igen för att avgöra dem.</source>
        <translation>{count} conflicts wait: the value here stays until you choose. Read the file again to decide them.</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/import_dialog.py" line="133" />
        <source>Excel, CSV och utbytesfiler (*.xlsx *.xlsm *.csv *.json);;Alla filer (*)</source>
        <translation>Excel, CSV and exchange files (*.xlsx *.xlsm *.csv *.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/import_dialog.py" line="156" />
        <source>Välj en fil och tryck Förhandsgranska. Inget sparas förrän du trycker Importera.</source>
        <translation>Choose a file and press Preview. Nothing is saved until you press Import.</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/import_dialog.py" line="166" />
        <source>Ange vilken fil som ska importeras.</source>
        <translation>Say which file to import.</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/import_dialog.py" line="176" />
        <source>Filen kan inte importeras. Inget har sparats.</source>
        <translation>The file cannot be imported. Nothing has been saved.</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/import_dialog.py" line="205" />
        <location filename="../../lagesbild_desktop/ui/import_dialog.py" line="349" />
        <source>Utbytesfilen kan inte läsas in. Inget har sparats.</source>
        <translation>The exchange file cannot be read in. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/import_dialog.py" line="220" />
        <source>Utbytesfil från en annan dator: {added} läggs till, {updated} uppdateras, {deleted} tas bort, {same} är lika eller äldre, {conflicts} konflikter. I en konflikt står värdet här kvar tills du väljer vilket som gäller; valet sparas och följer med till de andra datorerna.</source>
        <translation>Exchange file from another computer: {added} to add, {updated} to update, {deleted} to delete, {same} the same or older, {conflicts} conflicts. In a conflict the value here stays until you choose which one holds; the choice is saved and travels to the other computers.</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/import_dialog.py" line="242" />
        <source>{name} blir</source>
        <translation>{name} becomes</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/import_dialog.py" line="243" />
        <source>– välj –</source>
        <translation>– choose –</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/import_dialog.py" line="244" />
        <source>Nytt område: {name}</source>
        <translation>New area: {name}</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/import_dialog.py" line="283" />
        <source>{new} nya, {changed} ändrade, {same} oförändrade bedömningar.</source>
        <translation>{new} new, {changed} changed, {same} unchanged grades.</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/import_dialog.py" line="286" />
        <source>Välj vad {count} okända områden ska bli innan du importerar.</source>
        <translation>Choose what {count} unknown areas become before importing.</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/import_dialog.py" line="289" />
        <source>Skriv över {count} bedömningar som redan finns</source>
        <translation>Overwrite {count} grades already stored</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/import_dialog.py" line="329" />
        <source>Importerat: {count} bedömningar sparade.</source>
        <translation>Imported: {count} grades saved.</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <location filename="../../lagesbild_desktop/ui/incident_dialog.py" line="25" />
        <source>Ny händelse i {area}</source>
        <translation>New incident in {area}</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/incident_dialog.py" line="41" />
        <source>t.ex. {name} (registrerad) eller fri text</source>
        <translation>e.g. {name} (registered) or free text</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/incident_dialog.py" line="45" />
        <source>TT:MM, om det är känt</source>
        <translation>HH:MM, if known</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/incident_dialog.py" line="59" />
        <source>&amp;Kategori</source>
        <translation>&amp;Category</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/incident_dialog.py" line="59" />
        <source>&amp;Allvarlighet</source>
        <translation>&amp;Severity</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/incident_dialog.py" line="60" />
        <source>&amp;Plats</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/incident_dialog.py" line="60" />
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/incident_dialog.py" line="61" />
        <source>&amp;Beskrivning</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/incident_dialog.py" line="61" />
        <source>Klocksla&amp;g</source>
        <translation>&amp;Time</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/incident_dialog.py" line="72" />
        <source>Inte sparat: ta bort personnumret</source>
        <translation>Not saved: remove the identity number</translation>
    </message>
</context>
<context>
    <name>LagesbildView</name>
    <message>
        <location filename="../../lagesbild_desktop/ui/lagesbild_view.py" line="59" />
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/lagesbild_view.py" line="60" />
        <source>&amp;År:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/lagesbild_view.py" line="64" />
        <source>Avsnitt</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/lagesbild_view.py" line="67" />
        <source>Av&amp;snitt:</source>
        <translation>S&amp;ections:</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/lagesbild_view.py" line="81" />
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/lagesbild_view.py" line="86" />
        <source>&amp;Fet</source>
        <translation>&amp;Bold</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/lagesbild_view.py" line="86" />
        <source>&amp;Kursiv</source>
        <translation>&amp;Italic</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/lagesbild_view.py" line="87" />
        <source>&amp;Punktlista</source>
        <translation>B&amp;ullets</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/lagesbild_view.py" line="88" />
        <source>&amp;Numrerad lista</source>
        <translation>&amp;Numbered list</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/lagesbild_view.py" line="96" />
        <source>Börja från f&amp;örra årets text</source>
        <translation>Start from &amp;last year's text</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/lagesbild_view.py" line="98" />
        <source>Infoga &amp;utkast ur årets data</source>
        <translation>Insert &amp;draft from the year's data</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/lagesbild_view.py" line="103" />
        <source>Finns &amp;behov av särskilda åtgärder (inkluderas i åtgärdsplan)</source>
        <translation>Special &amp;measures needed (included in the action plan)</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/lagesbild_view.py" line="107" />
        <source>Ko&amp;mmentar:</source>
        <translation>C&amp;omment:</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/lagesbild_view.py" line="185" />
        <source> (utkast)</source>
        <translation> (draft)</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/lagesbild_view.py" line="187" />
        <source> (standardtext)</source>
        <translation> (standard text)</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/lagesbild_view.py" line="189" />
        <source> (tom)</source>
        <translation> (empty)</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/lagesbild_view.py" line="204" />
        <source>Vad som hänt i området under året. "Infoga utkast" hämtar veckorna med bedömning 3 eller högre, händelserna, jämförelsen med förra året och åtgärderna; skriv sedan om texten.</source>
        <translation>What happened in the area during the year. "Insert draft" fetches the weeks graded 3 or higher, the incidents, the comparison with last year and the measures; then rewrite the text.</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/lagesbild_view.py" line="208" />
        <source>Beskrivning av området (standardtexten tills den skrivs om för året), behovet av särskilda åtgärder och en kommentar.</source>
        <translation>The description of the field (the standard text until it is rewritten for the year), the need for special measures and a comment.</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/lagesbild_view.py" line="226" />
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/lagesbild_view.py" line="395" />
        <source>Det finns ingen text för {year} att börja från</source>
        <translation>There is no text for {year} to start from</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../lagesbild_desktop/ui/legend.py" line="13" />
        <source>Skala</source>
        <translation>Scale</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../lagesbild_desktop/ui/main_window.py" line="47" />
        <location filename="../../lagesbild_desktop/ui/main_window.py" line="174" />
        <source>Lägesbild</source>
        <translation>Lägesbild</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/main_window.py" line="45" />
        <source>Vyer</source>
        <translation>Views</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/main_window.py" line="46" />
        <source>Veckomöte</source>
        <translation>Weekly meeting</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/main_window.py" line="46" />
        <source>Årsöversikt</source>
        <translation>Year grid</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/main_window.py" line="46" />
        <source>Diagram</source>
        <translation>Charts</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/main_window.py" line="47" />
        <source>Åtgärder</source>
        <translation>Measures</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/main_window.py" line="47" />
        <source>Karta</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/main_window.py" line="48" />
        <source>Nyckeltal</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/main_window.py" line="78" />
        <source>Säkerhetskopian misslyckades: {problem}</source>
        <translation>The backup failed: {problem}</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/main_window.py" line="80" />
        <source>Databas: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/main_window.py" line="125" />
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/main_window.py" line="126" />
        <source>&amp;Rapporter och utskrift…</source>
        <translation>&amp;Reports and printing…</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/main_window.py" line="127" />
        <source>&amp;Importera från Excel eller CSV…</source>
        <translation>&amp;Import from Excel or CSV…</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/main_window.py" line="128" />
        <source>&amp;Exportera året till Excel eller CSV…</source>
        <translation>&amp;Export the year to Excel or CSV…</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/main_window.py" line="130" />
        <source>Spara &amp;utbytesfil till en annan dator…</source>
        <translation>Save an exchange &amp;file for another computer…</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/main_window.py" line="132" />
        <source>&amp;Säkerhetskopior och återställning…</source>
        <translation>&amp;Backups and restore…</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/main_window.py" line="133" />
        <source>Stadsdelens &amp;namn…</source>
        <translation>District &amp;name…</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/main_window.py" line="134" />
        <source>&amp;Listor med namn…</source>
        <translation>&amp;Lists of names…</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/main_window.py" line="136" />
        <source>A&amp;vsluta</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/main_window.py" line="137" />
        <source>&amp;Hjälp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/main_window.py" line="138" />
        <source>&amp;Användarguide</source>
        <translation>&amp;User guide (Swedish)</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/main_window.py" line="170" />
        <source>Återställd från {name}</source>
        <translation>Restored from {name}</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/main_window.py" line="185" />
        <source>Databasen har återställts från en säkerhetskopia</source>
        <translation>The database has been restored from a backup</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/main_window.py" line="227" />
        <source>Exportera {year}</source>
        <translation>Export {year}</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/main_window.py" line="228" />
        <source>Excel-arbetsbok (*.xlsx);;CSV för Excel (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/main_window.py" line="237" />
        <source>Spara utbytesfil</source>
        <translation>Save exchange file</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/main_window.py" line="239" />
        <source>Utbytesfil (*.json)</source>
        <translation>Exchange file (*.json)</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/main_window.py" line="246" />
        <source>Stadsdelens namn</source>
        <translation>District name</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/main_window.py" line="247" />
        <source>Stadsdelens namn (i rapporter och bilder; följer med utbytesfiler):</source>
        <translation>The district’s name (in reports and pictures; travels with exchange files):</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/main_window.py" line="264" />
        <source>Stadsdelens namn sparat: {name}</source>
        <translation>District name saved: {name}</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/main_window.py" line="281" />
        <source>Utbytesfil sparad: {path}</source>
        <translation>Exchange file saved: {path}</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/main_window.py" line="300" />
        <source>{year} exporterat till {path}</source>
        <translation>{year} exported to {path}</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../lagesbild_desktop/ui/map_view.py" line="150" />
        <source>Veckans bedömningar</source>
        <translation>The week's grades</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/map_view.py" line="150" />
        <source>Årets medelbedömning</source>
        <translation>The year's mean grade</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/map_view.py" line="151" />
        <source>Årets händelser</source>
        <translation>The year's incidents</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/map_view.py" line="151" />
        <source>Händelser per veckodag och tid</source>
        <translation>Incidents by weekday and time</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/map_view.py" line="160" />
        <source>&amp;Visa:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/map_view.py" line="160" />
        <source>Visa</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/map_view.py" line="160" />
        <source>Å&amp;r:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/map_view.py" line="161" />
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/map_view.py" line="161" />
        <source>Vec&amp;ka:</source>
        <translation>Wee&amp;k:</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/map_view.py" line="161" />
        <source>Vecka</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/map_view.py" line="169" />
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/map_view.py" line="170" />
        <source>&amp;Område:</source>
        <translation>&amp;Area:</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/map_view.py" line="175" />
        <source>&amp;Platser…</source>
        <translation>&amp;Places…</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/map_view.py" line="178" />
        <source>&amp;Läs in gränser…</source>
        <translation>&amp;Load boundaries…</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/map_view.py" line="183" />
        <source>Karta</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/map_view.py" line="190" />
        <source>Inga områdesgränser ännu. Tryck Läs in gränser… och välj stadsdelens GeoJSON-fil (stadens öppna data för stadsdelsområden, i WGS 84 eller SWEREF 99 TM). På kommandoraden: lagesbild areas boundaries FIL.geojson</source>
        <translation>No area boundaries yet. Press Load boundaries… and choose the district's GeoJSON file (the city's open data for its districts, in WGS 84 or SWEREF 99 TM). On the command line: lagesbild areas boundaries FILE.geojson</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/map_view.py" line="196" />
        <source>Händelser per veckodag och tid på dygnet</source>
        <translation>Incidents by weekday and time of day</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/map_view.py" line="258" />
        <source>Hela stadsdelen</source>
        <translation>The whole district</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/map_view.py" line="266" />
        <source>måndag</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/map_view.py" line="266" />
        <source>tisdag</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/map_view.py" line="266" />
        <source>onsdag</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/map_view.py" line="267" />
        <source>torsdag</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/map_view.py" line="267" />
        <source>fredag</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/map_view.py" line="267" />
        <source>lördag</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/map_view.py" line="268" />
        <source>söndag</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/map_view.py" line="278" />
        <source>{year}: {count} händelser med klockslag; {untimed} utan</source>
        <translation>{year}: {count} incidents with a time; {untimed} without</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/map_view.py" line="302" />
        <location filename="../../lagesbild_desktop/ui/map_view.py" line="308" />
        <source>Läs in områdesgränser</source>
        <translation>Load area boundaries</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/map_view.py" line="303" />
        <source>GeoJSON (*.geojson *.json);;Alla filer (*)</source>
        <translation>GeoJSON (*.geojson *.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/map_view.py" line="309" />
        <source>Spara gränserna?</source>
        <translation>Save the boundaries?</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/map_view.py" line="327" />
        <source>Områdesgränser sparade ur {name}: {new} nya, {changed} ändrade</source>
        <translation>Area boundaries saved from {name}: {new} new, {changed} changed</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <location filename="../../lagesbild_desktop/ui/measure_dialog.py" line="99" />
        <source>Åtgärd: {title}</source>
        <translation>Measure: {title}</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/measure_dialog.py" line="100" />
        <source>Ny åtgärd</source>
        <translation>New measure</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/measure_dialog.py" line="106" />
        <source>Områden</source>
        <translation>Areas</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/measure_dialog.py" line="108" />
        <source>Inget</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/measure_dialog.py" line="118" />
        <source>Ansvariga</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/measure_dialog.py" line="120" />
        <source>Ny organisation…</source>
        <translation>New organisation…</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/measure_dialog.py" line="127" />
        <source>Planerat slut</source>
        <translation>Planned end</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/measure_dialog.py" line="129" />
        <source>Kortsiktig</source>
        <translation>Short term</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/measure_dialog.py" line="130" />
        <source>Långsiktig</source>
        <translation>Long term</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/measure_dialog.py" line="136" />
        <source>Nästa uppföljning</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/measure_dialog.py" line="138" />
        <source>&amp;Rubrik</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/measure_dialog.py" line="138" />
        <source>Områ&amp;den</source>
        <translation>A&amp;reas</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/measure_dialog.py" line="139" />
        <source>&amp;Prioriterat område</source>
        <translation>&amp;Priority field</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/measure_dialog.py" line="139" />
        <source>P&amp;lats</source>
        <translation>P&amp;lace</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/measure_dialog.py" line="140" />
        <source>&amp;Ansvariga</source>
        <translation>Responsi&amp;ble</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/measure_dialog.py" line="140" />
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/measure_dialog.py" line="143" />
        <source>Upp&amp;följning</source>
        <translation>&amp;Follow-up</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/measure_dialog.py" line="141" />
        <source>&amp;Tidshorisont</source>
        <translation>Ter&amp;m</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/measure_dialog.py" line="141" />
        <source>Sl&amp;ut</source>
        <translation>&amp;End</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/measure_dialog.py" line="142" />
        <source>&amp;Mål eller indikator</source>
        <translation>&amp;Goal or indicator</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/measure_dialog.py" line="142" />
        <source>&amp;Beskrivning</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/measure_dialog.py" line="155" />
        <source>Uppföljningar</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/measure_dialog.py" line="158" />
        <source>Effekt</source>
        <translation>Effect</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/measure_dialog.py" line="171" />
        <source>Ny ansvarig organisation</source>
        <translation>New responsible organisation</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/measure_dialog.py" line="171" />
        <source>Namn:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/measure_dialog.py" line="194" />
        <source>Inte sparat: ta bort personnumret</source>
        <translation>Not saved: remove the identity number</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/measure_dialog.py" line="227" />
        <source>Inga uppföljningar ännu. Status: {status}</source>
        <translation>No follow-ups yet. Status: {status}</translation>
    </message>
</context>
<context>
    <name>MeasuresView</name>
    <message>
        <location filename="../../lagesbild_desktop/ui/measure_chart.py" line="24" />
        <source>Diagram: områdenas bedömning per vecka, åtgärdens period markerad</source>
        <translation>Chart: the areas' weekly grades, the measure's period marked</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/measure_chart.py" line="50" />
        <source>övriga områden</source>
        <translation>other areas</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/measure_chart.py" line="51" />
        <source>åtgärdens områden</source>
        <translation>the measure's areas</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/measures_view.py" line="47" />
        <source>Åtgärder</source>
        <translation>Measures</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/measures_view.py" line="50" />
        <source>Ta bort åtgärd</source>
        <translation>Delete measure</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/measures_view.py" line="57" />
        <source>&amp;År</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/measures_view.py" line="58" />
        <source>Alla år</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/measures_view.py" line="62" />
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/measures_view.py" line="63" />
        <location filename="../../lagesbild_desktop/ui/measures_view.py" line="68" />
        <location filename="../../lagesbild_desktop/ui/measures_view.py" line="160" />
        <source>Alla</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/measures_view.py" line="66" />
        <source>O&amp;mråde</source>
        <translation>A&amp;rea</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/measures_view.py" line="67" />
        <source>&amp;Prioriterat område</source>
        <translation>&amp;Priority field</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/measures_view.py" line="71" />
        <source>Ansva&amp;rig</source>
        <translation>Res&amp;ponsible</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/measures_view.py" line="72" />
        <source>&amp;Ny åtgärd</source>
        <translation>&amp;New measure</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/measures_view.py" line="83" />
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/measures_view.py" line="83" />
        <source>Åtgärd</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/measures_view.py" line="83" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/measures_view.py" line="83" />
        <source>Områden</source>
        <translation>Areas</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/measures_view.py" line="84" />
        <source>Prio</source>
        <translation>Prio</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/measures_view.py" line="84" />
        <source>Ansvariga</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/measures_view.py" line="84" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/measures_view.py" line="85" />
        <source>Slut</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/measures_view.py" line="85" />
        <source>Nästa uppföljning</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/measures_view.py" line="91" />
        <source>Åtgärdsplanen</source>
        <translation>The action plan</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/measures_view.py" line="92" />
        <source>Enter öppnar åtgärden, U följer upp, Ctrl+N ny åtgärd, Delete tar bort</source>
        <translation>Enter opens the measure, U follows it up, Ctrl+N new measure, Delete deletes</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/measures_view.py" line="198" />
        <source>{count} åtgärder</source>
        <translation>{count} measures</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/measures_view.py" line="199" />
        <source>Inga åtgärder med dessa val. Ctrl+N lägger till en.</source>
        <translation>No measures with these choices. Ctrl+N adds one.</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/measures_view.py" line="288" />
        <source>Ta bort åtgärden «{title}» och dess {count} uppföljningar? Borttagningen loggas.</source>
        <translation>Delete the measure «{title}» and its {count} follow-ups? The deletion is logged.</translation>
    </message>
</context>
<context>
    <name>MeetingView</name>
    <message>
        <location filename="../../lagesbild_desktop/ui/meeting_view.py" line="84" />
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/meeting_view.py" line="89" />
        <source>Ny händelse</source>
        <translation>New incident</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/meeting_view.py" line="158" />
        <source>ingen bedömning</source>
        <translation>no grade</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/meeting_view.py" line="161" />
        <source>{area}, förra veckan: {grade}</source>
        <translation>{area}, last week: {grade}</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/meeting_view.py" line="167" />
        <source>{area}, förslag: {grade}, {reason}</source>
        <translation>{area}, suggested: {grade}, {reason}</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/meeting_view.py" line="173" />
        <source>ej bedömd</source>
        <translation>not graded</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/meeting_view.py" line="175" />
        <source>{area}, vecka {week}: {grade}</source>
        <translation>{area}, week {week}: {grade}</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/meeting_view.py" line="184" />
        <source>Anteckning {area}</source>
        <translation>Note {area}</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/meeting_view.py" line="186" />
        <source>{place} återkommer ({count} händelser på {weeks} veckor)</source>
        <translation>{place} recurs ({count} incidents in {weeks} weeks)</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/meeting_view.py" line="191" />
        <source>Ny händelse i {area}</source>
        <translation>New incident in {area}</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/meeting_view.py" line="194" />
        <source>Åtgärder: {count}</source>
        <translation>Measures: {count}</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/meeting_view.py" line="197" />
        <source>{area}: {count} aktiva åtgärder: {titles}</source>
        <translation>{area}: {count} active measures: {titles}</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/meeting_view.py" line="199" />
        <source>{area}: inga aktiva åtgärder</source>
        <translation>{area}: no active measures</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/meeting_view.py" line="202" />
        <source>Skriv 1–5 för att bedöma, Delete för att ta bort, A för ny åtgärd, U för att följa upp en åtgärd</source>
        <translation>Type 1–5 to grade, Delete to remove, A for a new measure, U to follow up a measure</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/meeting_view.py" line="263" />
        <source>inga händelser</source>
        <translation>no incidents</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/meeting_view.py" line="270" />
        <source>Händelser: inga</source>
        <translation>Incidents: none</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/meeting_view.py" line="272" />
        <source>Händelser: {count}, värst {severity}</source>
        <translation>Incidents: {count}, worst {severity}</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/meeting_view.py" line="298" />
        <source>Veckomöte</source>
        <translation>Weekly meeting</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/meeting_view.py" line="326" />
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/meeting_view.py" line="327" />
        <source>Förra</source>
        <translation>Last</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/meeting_view.py" line="328" />
        <source>Förslag</source>
        <translation>Suggested</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/meeting_view.py" line="329" />
        <source>Bedömning</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/meeting_view.py" line="355" />
        <source>Åtgärder att följa upp denna vecka (Enter följer upp):</source>
        <translation>Measures to follow up this week (Enter follows up):</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/meeting_view.py" line="358" />
        <source>Åtgärder att följa upp denna vecka</source>
        <translation>Measures to follow up this week</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/meeting_view.py" line="417" />
        <source>‹ v{week}</source>
        <translation>‹ w{week}</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/meeting_view.py" line="418" />
        <source>Föregående vecka, vecka {week}</source>
        <translation>Previous week, week {week}</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/meeting_view.py" line="419" />
        <source>v{week} ›</source>
        <translation>w{week} ›</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/meeting_view.py" line="420" />
        <source>Nästa vecka, vecka {week}</source>
        <translation>Next week, week {week}</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/meeting_view.py" line="422" />
        <source>Vecka {week} {year} · {span}</source>
        <translation>Week {week} {year} · {span}</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/meeting_view.py" line="429" />
        <source>vecka {week} · {done} av {total} områden bedömda</source>
        <translation>week {week} · {done} of {total} areas graded</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/meeting_view.py" line="457" />
        <source>{title} – uppföljning {date} ({areas})</source>
        <translation>{title} – follow-up {date} ({areas})</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/meeting_view.py" line="494" />
        <source>{area} har inga aktiva åtgärder att följa upp (A lägger till en)</source>
        <translation>{area} has no active measures to follow up (A adds one)</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/meeting_view.py" line="501" />
        <source>Följ upp</source>
        <translation>Follow up</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/meeting_view.py" line="501" />
        <source>Vilken åtgärd i {area}?</source>
        <translation>Which measure in {area}?</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/meeting_view.py" line="551" />
        <source>Inga händelser i {area} v{week}</source>
        <translation>No incidents in {area} w{week}</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/meeting_view.py" line="554" />
        <source>Händelser i {area} v{week}:</source>
        <translation>Incidents in {area} w{week}:</translation>
    </message>
</context>
<context>
    <name>NamesDialog</name>
    <message>
        <location filename="../../lagesbild_desktop/ui/names_dialog.py" line="36" />
        <source>Listor med namn</source>
        <translation>Lists of names</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/names_dialog.py" line="39" />
        <source>Ansvariga organisationer</source>
        <translation>Responsible organisations</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/names_dialog.py" line="40" />
        <source>Källor för nyckeltal</source>
        <translation>Sources of key figures</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/names_dialog.py" line="41" />
        <source>Slag av platser</source>
        <translation>Kinds of places</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/names_dialog.py" line="43" />
        <source>&amp;Lista:</source>
        <translation>&amp;List:</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/names_dialog.py" line="47" />
        <source>Namnen i listan</source>
        <translation>The names in the list</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/names_dialog.py" line="49" />
        <source>&amp;Byt namn…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/names_dialog.py" line="50" />
        <source>&amp;Avveckla eller återta</source>
        <translation>&amp;Retire or take back</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/names_dialog.py" line="52" />
        <source>&amp;Ta bort</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/names_dialog.py" line="54" />
        <source>&amp;Stäng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/names_dialog.py" line="90" />
        <source>{name} (avvecklad)</source>
        <translation>{name} (retired)</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/names_dialog.py" line="125" />
        <source>Byt namn</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/names_dialog.py" line="125" />
        <source>Nytt namn för {name} (ändras överallt där det används):</source>
        <translation>New name for {name} (changed wherever it is used):</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/names_dialog.py" line="134" />
        <source>Bytt namn: {old} → {new} ({count} poster ändrade)</source>
        <translation>Renamed: {old} → {new} ({count} records changed)</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/names_dialog.py" line="147" />
        <source>{name} avvecklad</source>
        <translation>{name} retired</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/names_dialog.py" line="147" />
        <source>{name} återtagen</source>
        <translation>{name} taken back</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/names_dialog.py" line="152" />
        <source>namnet {name}</source>
        <translation>the name {name}</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/names_dialog.py" line="159" />
        <source>Borttaget: {name}</source>
        <translation>Removed: {name}</translation>
    </message>
</context>
<context>
    <name>PlacesDialog</name>
    <message>
        <location filename="../../lagesbild_desktop/ui/places_dialog.py" line="39" />
        <source>Platser {year}</source>
        <translation>Places {year}</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/places_dialog.py" line="42" />
        <source>Registrerade platser</source>
        <translation>Registered places</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/places_dialog.py" line="43" />
        <source>Plats</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/places_dialog.py" line="43" />
        <location filename="../../lagesbild_desktop/ui/places_dialog.py" line="62" />
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/places_dialog.py" line="43" />
        <source>Slag</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/places_dialog.py" line="44" />
        <source>Återkommer</source>
        <translation>Recurs</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/places_dialog.py" line="44" />
        <source>Prioriterad</source>
        <translation>Prioritised</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/places_dialog.py" line="52" />
        <source>&amp;Ny plats…</source>
        <translation>&amp;New place…</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/places_dialog.py" line="53" />
        <source>&amp;Byt namn…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/places_dialog.py" line="54" />
        <source>&amp;Koordinater…</source>
        <translation>&amp;Coordinates…</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/places_dialog.py" line="55" />
        <source>&amp;Prioritera…</source>
        <translation>&amp;Prioritise…</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/places_dialog.py" line="57" />
        <source>&amp;Avveckla…</source>
        <translation>Re&amp;tire…</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/places_dialog.py" line="61" />
        <source>Platser skrivna som fri text</source>
        <translation>Places written as free text</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/places_dialog.py" line="62" />
        <source>Stavningar</source>
        <translation>Spellings</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/places_dialog.py" line="62" />
        <source>Händelser</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/places_dialog.py" line="69" />
        <source>&amp;Gör till registrerad plats…</source>
        <translation>&amp;Make a registered place…</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/places_dialog.py" line="75" />
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/places_dialog.py" line="80" />
        <source>Platser skrivna som fri text i händelserna (stavningar av samma plats ihop):</source>
        <translation>Places written as free text in the incidents (spellings of one place together):</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/places_dialog.py" line="99" />
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/places_dialog.py" line="138" />
        <location filename="../../lagesbild_desktop/ui/places_dialog.py" line="141" />
        <location filename="../../lagesbild_desktop/ui/places_dialog.py" line="144" />
        <source>Ny plats</source>
        <translation>New place</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/places_dialog.py" line="138" />
        <source>Platsens namn:</source>
        <translation>The place's name:</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/places_dialog.py" line="141" />
        <source>Område:</source>
        <translation>Area:</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/places_dialog.py" line="144" />
        <location filename="../../lagesbild_desktop/ui/places_dialog.py" line="225" />
        <source>Slag (eller skriv ett nytt):</source>
        <translation>Kind (or type a new one):</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/places_dialog.py" line="153" />
        <source>Plats registrerad: {name} ({area})</source>
        <translation>Place registered: {name} ({area})</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/places_dialog.py" line="159" />
        <source>Byt namn</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/places_dialog.py" line="159" />
        <source>Nytt namn för {name}:</source>
        <translation>New name for {name}:</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/places_dialog.py" line="164" />
        <source>Plats omdöpt: {old} → {new}</source>
        <translation>Place renamed: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/places_dialog.py" line="171" />
        <source>Koordinater</source>
        <translation>Coordinates</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/places_dialog.py" line="171" />
        <source>Latitud, longitud i WGS 84 (t.ex. 59.3617, 17.8723) för {name}:</source>
        <translation>Latitude, longitude in WGS 84 (e.g. 59.3617, 17.8723) for {name}:</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/places_dialog.py" line="177" />
        <source>Skriv latitud och longitud åtskilda av komma</source>
        <translation>Type latitude and longitude separated by a comma</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/places_dialog.py" line="180" />
        <source>Koordinater sparade för {new}</source>
        <translation>Coordinates saved for {new}</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/places_dialog.py" line="186" />
        <source>Prioriterad plats {year}</source>
        <translation>Prioritised place {year}</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/places_dialog.py" line="187" />
        <source>Skälet (tomt: inte längre prioriterad):</source>
        <translation>The reason (empty: no longer prioritised):</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/places_dialog.py" line="193" />
        <source>Prioritering sparad för {new}</source>
        <translation>Priority saved for {new}</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/places_dialog.py" line="199" />
        <source>Avveckla plats</source>
        <translation>Retire place</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/places_dialog.py" line="199" />
        <source>{name} avvecklas från år:</source>
        <translation>{name} is retired from the year:</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/places_dialog.py" line="204" />
        <source>{new} avvecklad</source>
        <translation>{new} retired</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/places_dialog.py" line="219" />
        <location filename="../../lagesbild_desktop/ui/places_dialog.py" line="225" />
        <source>Gör till registrerad plats</source>
        <translation>Make a registered place</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/places_dialog.py" line="219" />
        <source>Platsens namn ({count} händelser i {area}):</source>
        <translation>The place's name ({count} incidents in {area}):</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/places_dialog.py" line="235" />
        <source>{count} händelser kopplade till {name}</source>
        <translation>{count} incidents linked to {name}</translation>
    </message>
</context>
<context>
    <name>PriorityFieldsBox</name>
    <message>
        <location filename="../../lagesbild_desktop/ui/report_dialog.py" line="90" />
        <source>Behov av särskilda åtgärder</source>
        <translation>Special measures needed</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/report_dialog.py" line="92" />
        <source>{field}: behov av särskilda åtgärder</source>
        <translation>{field}: special measures needed</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/report_dialog.py" line="95" />
        <source>{field}: kommentar</source>
        <translation>{field}: comment</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/report_dialog.py" line="96" />
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/report_dialog.py" line="108" />
        <source>Prioriterade samverkansområden {year}</source>
        <translation>Priority cooperation fields {year}</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/report_dialog.py" line="128" />
        <source>Kommentaren har flera stycken: skriv den i vyn Lägesbild (Alt+6)</source>
        <translation>The comment has several paragraphs: write it in the Lägesbild view (Alt+6)</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../lagesbild_desktop/ui/prompts.py" line="24" />
        <source>Personnummer i anteckningen</source>
        <translation>Personal identity number in the note</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/prompts.py" line="25" />
        <source>Anteckningen innehåller ett personnummer. Anteckningar ska handla om platser och händelser, inte om personer. Inget har sparats ännu.</source>
        <translation>The note contains a personal identity number. Notes should be about places and events, not about people. Nothing has been saved yet.</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/prompts.py" line="33" />
        <source>Maskera numret och spara</source>
        <translation>Mask the number and save</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/prompts.py" line="34" />
        <source>Spara med personnumret</source>
        <translation>Save with the identity number</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/prompts.py" line="35" />
        <source>Spara inte</source>
        <translation>Do not save</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/prompts.py" line="50" />
        <source>Ändrad av någon annan</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/prompts.py" line="51" />
        <source>{what} har ändrats i databasen sedan den visades här.</source>
        <translation>{what} has been changed in the database since it was shown here.</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/prompts.py" line="55" />
        <source>I databasen nu: {theirs}
Ditt värde: {mine}</source>
        <translation>In the database now: {theirs}
Your value: {mine}</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/prompts.py" line="58" />
        <source>Behåll värdet i databasen</source>
        <translation>Keep the value in the database</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/prompts.py" line="60" />
        <source>Spara mitt värde</source>
        <translation>Save my value</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/prompts.py" line="73" />
        <source>Ta bort</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/prompts.py" line="74" />
        <source>Ta bort {what}? Ändringen loggas och kan ångras med Ctrl+Z.</source>
        <translation>Remove {what}? The change is logged and can be undone with Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/prompts.py" line="83" />
        <source>Ångra ändå?</source>
        <translation>Undo anyway?</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/prompts.py" line="84" />
        <source>{why}. Ångra ändå? Deras ändring ersätts (den finns kvar i ändringsloggen).</source>
        <translation>{why}. Undo anyway? Their change is replaced (it stays in the change log).</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/prompts.py" line="89" />
        <source>Texten är inte sparad</source>
        <translation>The text is not saved</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/prompts.py" line="90" />
        <source>Texten för {what} kunde inte sparas. Stänga ändå? Det du skrivit sedan den senast sparades försvinner då.</source>
        <translation>The text of {what} could not be saved. Close anyway? What you wrote since it was last saved is then lost.</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/prompts.py" line="95" />
        <source>Ersätta texten?</source>
        <translation>Replace the text?</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/prompts.py" line="96" />
        <source>Texten för {what} ersätts med texten från {year}. Den som står nu är sparad och finns kvar i ändringsloggen.</source>
        <translation>The text of {what} is replaced with the text from {year}. The current text is saved and stays in the log.</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/prompts.py" line="104" />
        <source>Lägesbild</source>
        <translation>Lägesbild</translation>
    </message>
</context>
<context>
    <name>Recorder</name>
    <message>
        <location filename="../../lagesbild_desktop/ui/recorder.py" line="33" />
        <source>{area}, vecka {week} {year}</source>
        <translation>{area}, week {week} {year}</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/recorder.py" line="43" />
        <source>ingen bedömning</source>
        <translation>no grade</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/recorder.py" line="86" />
        <source>bedömningen {cell}</source>
        <translation>the grade {cell}</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/recorder.py" line="111" />
        <source>Inte sparat: anteckningen innehöll ett personnummer</source>
        <translation>Not saved: the note contained a personal identity number</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/recorder.py" line="133" />
        <source>Inte sparat: värdet i databasen behölls</source>
        <translation>Not saved: the value in the database was kept</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/recorder.py" line="144" />
        <source>Sparat {time}</source>
        <translation>Saved {time}</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/recorder.py" line="174" />
        <source>bedömning {cell}</source>
        <translation>grade {cell}</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../lagesbild_desktop/ui/report_dialog.py" line="183" />
        <source>Rapporter</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/report_dialog.py" line="193" />
        <source>Årssammanställning</source>
        <translation>Yearly summary</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/report_dialog.py" line="193" />
        <source>Veckorapport</source>
        <translation>Weekly report</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/report_dialog.py" line="193" />
        <source>Åtgärdsplan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/report_dialog.py" line="194" />
        <source>Kvartalsanalys</source>
        <translation>Quarterly analysis</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/report_dialog.py" line="207" />
        <source>S&amp;kapa rapport</source>
        <translation>&amp;Make report</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/report_dialog.py" line="210" />
        <source>Rapport</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/report_dialog.py" line="211" />
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/report_dialog.py" line="212" />
        <source>Vecka</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/report_dialog.py" line="213" />
        <source>Kvartal</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/report_dialog.py" line="215" />
        <source>&amp;Rapport:</source>
        <translation>&amp;Report:</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/report_dialog.py" line="215" />
        <source>&amp;År:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/report_dialog.py" line="216" />
        <source>&amp;Vecka:</source>
        <translation>&amp;Week:</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/report_dialog.py" line="216" />
        <source>Kv&amp;artal:</source>
        <translation>&amp;Quarter:</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/report_dialog.py" line="226" />
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/report_dialog.py" line="226" />
        <source>Word (.docx)</source>
        <translation>Word (.docx)</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/report_dialog.py" line="227" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/report_dialog.py" line="228" />
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/report_dialog.py" line="234" />
        <source>Avsnitt i årssammanställningen</source>
        <translation>Sections of the yearly report</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/report_dialog.py" line="249" />
        <source>N&amp;yckeltal (markera med mellanslag):</source>
        <translation>Ke&amp;y figures (tick with space):</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/report_dialog.py" line="265" />
        <source>Rapporten skapas</source>
        <translation>Making the report</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/report_dialog.py" line="272" />
        <source>Förhandsvisning</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/report_dialog.py" line="276" />
        <source>Skriv &amp;ut…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/report_dialog.py" line="278" />
        <source>&amp;Spara som…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/report_dialog.py" line="280" />
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/report_dialog.py" line="351" />
        <source>Välj minst ett avsnitt att ta med i rapporten</source>
        <translation>Choose at least one section to include in the report</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/report_dialog.py" line="383" />
        <source>Rapporten skapas…</source>
        <translation>Making the report…</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/report_dialog.py" line="414" />
        <source>Klar: {pages} sidor</source>
        <translation>Done: {pages} pages</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/report_dialog.py" line="419" />
        <source>Rapporten kunde inte skapas: {problem}</source>
        <translation>The report could not be made: {problem}</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/report_dialog.py" line="422" />
        <source>Rapporten kunde inte skapas: ett fel i programmet.</source>
        <translation>The report could not be made: an error in the program.</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/report_dialog.py" line="448" />
        <source>Word-dokument (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/report_dialog.py" line="449" />
        <source>Spara rapporten</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/report_dialog.py" line="448" />
        <source>PDF-dokument (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/report_dialog.py" line="242" />
        <source>Avs&amp;nitt (markera med mellanslag):</source>
        <translation>Sectio&amp;ns (tick with space):</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/report_dialog.py" line="479" />
        <source>Sparad: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/report_dialog.py" line="488" />
        <source>{pages} sidor skickade till {printer}</source>
        <translation>{pages} pages sent to {printer}</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/report_dialog.py" line="495" />
        <source>Skrivaren kunde inte öppnas</source>
        <translation>The printer could not be opened</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <location filename="../../lagesbild_desktop/ui/steps.py" line="56" />
        <source>Sparat {time} – {what}</source>
        <translation>Saved {time} – {what}</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/steps.py" line="70" />
        <source>Inte ångrat: {why}</source>
        <translation>Not undone: {why}</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/steps.py" line="76" />
        <source>Ångrat</source>
        <translation>Undone</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/steps.py" line="76" />
        <source>Gjort om</source>
        <translation>Redone</translation>
    </message>
</context>
<context>
    <name>TextSaving</name>
    <message>
        <location filename="../../lagesbild_desktop/ui/text_saving.py" line="62" />
        <source>Inte sparat: texten innehöll ett personnummer</source>
        <translation>Not saved: the text held a personal identity number</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/text_saving.py" line="81" />
        <source>Värdet i databasen behölls där någon annan hade ändrat</source>
        <translation>The value in the database was kept where someone else had changed it</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/text_saving.py" line="88" />
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/text_saving.py" line="88" />
        <source>nej</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/text_saving.py" line="89" />
        <source>(tomt)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/text_saving.py" line="43" />
        <source>Sparat {time}</source>
        <translation>Saved {time}</translation>
    </message>
</context>
<context>
    <name>WeekNoteBox</name>
    <message>
        <location filename="../../lagesbild_desktop/ui/week_note_box.py" line="18" />
        <source>Veckans anteckningar till veckorapporten</source>
        <translation>This week's notes for the weekly report</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/week_note_box.py" line="25" />
        <source>Deltagare</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/week_note_box.py" line="26" />
        <source>Vilka organisationer deltog, t.ex. Polisen, stadsdelen</source>
        <translation>Which organisations took part, e.g. the police, the district</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/week_note_box.py" line="29" />
        <source>Sammanfattning av veckan</source>
        <translation>Summary of the week</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/week_note_box.py" line="32" />
        <source>&amp;Deltagare:</source>
        <translation>&amp;Participants:</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/week_note_box.py" line="33" />
        <source>Sa&amp;mmanfattning:</source>
        <translation>Su&amp;mmary:</translation>
    </message>
</context>
<context>
    <name>YearGridModel</name>
    <message>
        <location filename="../../lagesbild_desktop/ui/year_model.py" line="111" />
        <source>vecka {week}</source>
        <translation>week {week}</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/year_model.py" line="112" />
        <source>(innevarande vecka)</source>
        <translation>(current week)</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/year_model.py" line="120" />
        <source>ej bedömd</source>
        <translation>not graded</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/year_model.py" line="122" />
        <source>{area}, vecka {week}: {grade}</source>
        <translation>{area}, week {week}: {grade}</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/year_model.py" line="126" />
        <source>kritisk händelse</source>
        <translation>critical incident</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/year_model.py" line="135" />
        <source>Anteckning: {note}</source>
        <translation>Note: {note}</translation>
    </message>
</context>
<context>
    <name>YearView</name>
    <message>
        <location filename="../../lagesbild_desktop/ui/year_view.py" line="103" />
        <source>‹ Föregående år</source>
        <translation>‹ Previous year</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/year_view.py" line="104" />
        <source>Föregående år</source>
        <translation>Previous year</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/year_view.py" line="108" />
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/year_view.py" line="110" />
        <source>Nästa år ›</source>
        <translation>Next year ›</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/year_view.py" line="111" />
        <source>Nästa år</source>
        <translation>Next year</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/year_view.py" line="121" />
        <source>Årsöversikt</source>
        <translation>Year grid</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/year_view.py" line="132" />
        <source>Områden och veckor</source>
        <translation>Areas and weeks</translation>
    </message>
    <message>
        <location filename="../../lagesbild_desktop/ui/year_view.py" line="168" />
        <source>Årsöversikt {year} · {weeks} veckor</source>
        <translation>Year grid {year} · {weeks} weeks</translation>
    </message>
</context>
</TS>