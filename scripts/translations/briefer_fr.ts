<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>About</name>
        <message>
            <source>About Briefer</source>
            <translation>À propos de Briefer</translation>
        </message>
        <message>
            <source>Arabic, Persian and Urdu font embedded in PDF and Word exports</source>
            <translation>police arabe, persane et ourdoue incorporée aux exports PDF et Word</translation>
        </message>
        <message>
            <source>Briefer is released under the MIT licence. It is built on:</source>
            <translation>Briefer est publié sous licence MIT. Il s’appuie sur :</translation>
        </message>
        <message>
            <source>Hebrew font embedded in PDF and Word exports</source>
            <translation>police hébraïque incorporée aux exports PDF et Word</translation>
        </message>
        <message>
            <source>Hindi (Devanagari) font embedded in PDF exports; Word files name it</source>
            <translation>police hindi (devanagari) incorporée aux PDF ; les fichiers Word la nomment</translation>
        </message>
        <message>
            <source>PDF export</source>
            <translation>export PDF</translation>
        </message>
        <message>
            <source>Tamil font embedded in PDF exports; Word files name it</source>
            <translation>police tamoule incorporée aux PDF ; les fichiers Word la nomment</translation>
        </message>
        <message>
            <source>Thai font embedded in PDF exports; Word files name it</source>
            <translation>police thaïe incorporée aux PDF ; les fichiers Word la nomment</translation>
        </message>
        <message>
            <source>Word export</source>
            <translation>export Word</translation>
        </message>
        <message>
            <source>Word export; safe reading of Word templates</source>
            <translation>export Word ; lecture sûre des modèles Word</translation>
        </message>
        <message>
            <source>Write briefing documents for a principal and export them as PDF and Word, offline.</source>
            <translation>Rédigez des notes de briefing pour un responsable et exportez-les en PDF et Word, hors ligne.</translation>
        </message>
        <message>
            <source>accessible and archival PDF export (PDF/UA, PDF/A)</source>
            <translation>export PDF accessible et d’archivage (PDF/UA, PDF/A)</translation>
        </message>
        <message>
            <source>dates in pasted text</source>
            <translation>les dates du texte collé</translation>
        </message>
        <message>
            <source>fonts embedded in PDF and Word exports</source>
            <translation>polices incorporées aux exports PDF et Word</translation>
        </message>
        <message>
            <source>hyphenation in the brief's language in PDF export</source>
            <translation>la césure dans la langue de la note à l’export PDF</translation>
        </message>
        <message>
            <source>joined letters, conjuncts and marks in PDF export</source>
            <translation>lettres liées, ligatures et signes diacritiques dans l’export PDF</translation>
        </message>
        <message>
            <source>numbered copies for the distribution list</source>
            <translation>les exemplaires numérotés de la liste de diffusion</translation>
        </message>
        <message>
            <source>photos and logos</source>
            <translation>photos et logos</translation>
        </message>
        <message>
            <source>right-to-left text order in PDF export</source>
            <translation>ordre du texte de droite à gauche dans l’export PDF</translation>
        </message>
        <message>
            <source>serif font of the chancery style, embedded in PDF and Word exports</source>
            <translation>police à empattements du style chancellerie, incorporée aux exports PDF et Word</translation>
        </message>
        <message>
            <source>spell checking and its English, French and Arabic word lists</source>
            <translation>correction orthographique et ses listes de mots anglais, français et arabes</translation>
        </message>
        <message>
            <source>static instances of the variable fonts; the script of each character</source>
            <translation>instances statiques des polices variables ; l’écriture de chaque caractère</translation>
        </message>
        <message>
            <source>the brief model and its checks</source>
            <translation>le modèle de la note et ses vérifications</translation>
        </message>
        <message>
            <source>the user interface and the PDF preview</source>
            <translation>l’interface et l’aperçu PDF</translation>
        </message>
        <message>
            <source>where settings, templates and autosaves live</source>
            <translation>l’emplacement des réglages, modèles et sauvegardes automatiques</translation>
        </message>
    </context>
    <context>
        <name>BackgroundEditor</name>
        <message>
            <source>&amp;Background:</source>
            <translation>&amp;Contexte :</translation>
        </message>
        <message>
            <source>Background</source>
            <translation>Contexte</translation>
        </message>
        <message>
            <source>Background marking</source>
            <translation>Marquage du contexte</translation>
        </message>
    </context>
    <context>
        <name>BookWindow</name>
        <message>
            <source>Accessible PDF (PDF/UA)</source>
            <translation>PDF accessible (PDF/UA)</translation>
        </message>
        <message>
            <source>Add Briefs…</source>
            <translation>Ajouter des notes…</translation>
        </message>
        <message>
            <source>Add Row</source>
            <translation>Ajouter une ligne</translation>
        </message>
        <message>
            <source>Add briefs</source>
            <translation>Ajouter des notes</translation>
        </message>
        <message>
            <source>Archival PDF (PDF/A-2a)</source>
            <translation>PDF d’archivage (PDF/A-2a)</translation>
        </message>
        <message>
            <source>Archival PDF (PDF/A-2b)</source>
            <translation>PDF d’archivage (PDF/A-2b)</translation>
        </message>
        <message>
            <source>Brief</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Briefs (*.brief)</source>
            <translation>Notes (*.brief)</translation>
        </message>
        <message>
            <source>Briefs, in the order they print (drag to reorder; double-click to edit):</source>
            <translation>Notes, dans l’ordre d’impression (faites glisser pour réordonner ; double-cliquez pour modifier) :</translation>
        </message>
        <message>
            <source>Could not export the trip book</source>
            <translation>Impossible d’exporter le dossier de déplacement</translation>
        </message>
        <message>
            <source>Could not open the trip book</source>
            <translation>Impossible d’ouvrir le dossier de déplacement</translation>
        </message>
        <message>
            <source>Could not save the trip book</source>
            <translation>Impossible d’enregistrer le dossier de déplacement</translation>
        </message>
        <message>
            <source>Date (YYYY-MM-DD)</source>
            <translation>Date (AAAA-MM-JJ)</translation>
        </message>
        <message>
            <source>Everything (the full book)</source>
            <translation>Tout (le dossier complet)</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>Exporter en PDF…</translation>
        </message>
        <message>
            <source>Export Word…</source>
            <translation>Exporter en Word…</translation>
        </message>
        <message>
            <source>Export trip book</source>
            <translation>Exporter le dossier de déplacement</translation>
        </message>
        <message>
            <source>Export trip book, releasable at %1</source>
            <translation>Exporter le dossier de déplacement, diffusable au niveau %1</translation>
        </message>
        <message>
            <source>Exported %1</source>
            <translation>%1 exporté</translation>
        </message>
        <message>
            <source>Exported %1, releasable at %2</source>
            <translation>%1 exporté, diffusable au niveau %2</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Point</translation>
        </message>
        <message>
            <source>Marking (at least)</source>
            <translation>Mention (au minimum)</translation>
        </message>
        <message>
            <source>Nothing was printed.</source>
            <translation>Rien n’a été imprimé.</translation>
        </message>
        <message>
            <source>Open to Edit</source>
            <translation>Ouvrir pour modifier</translation>
        </message>
        <message>
            <source>Prepared for</source>
            <translation>Destinataire</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Aperçu</translation>
        </message>
        <message numerus="yes">
            <source>Preview: %n page(s), printed %1.</source>
            <translation>
                <numerusform>Aperçu : %n page, imprimée à %1.</numerusform>
                <numerusform>Aperçu : %n pages, imprimées à %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Preview: press Preview to print the whole book here.</source>
            <translation>Aperçu : appuyez sur Aperçu pour imprimer ici tout le dossier.</translation>
        </message>
        <message>
            <source>Programme:</source>
            <translation>Programme :</translation>
        </message>
        <message>
            <source>Releasable at %1 (what such a reader may see)</source>
            <translation>Diffusable au niveau %1 (ce que ce lecteur peut voir)</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Remove Row</source>
            <translation>Supprimer la ligne</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Save trip book as</source>
            <translation>Enregistrer le dossier de déplacement sous</translation>
        </message>
        <message>
            <source>Standard PDF</source>
            <translation>PDF standard</translation>
        </message>
        <message>
            <source>Subtitle</source>
            <translation>Sous-titre</translation>
        </message>
        <message>
            <source>The trip book cannot be printed</source>
            <translation>Le dossier de déplacement ne peut pas être imprimé</translation>
        </message>
        <message>
            <source>The whole book, or the releasable book for a reader at one level: each brief holds only the parts marked at or below it, nothing above it is anywhere in the file, and numbers close up. The preview and both exports print the version chosen here.</source>
            <translation>Le dossier complet, ou le dossier diffusable pour un lecteur d’un niveau donné : chaque note ne garde que les parties marquées à ce niveau ou en dessous, rien de ce qui est au-dessus ne figure nulle part dans le fichier, et la numérotation se resserre. L’aperçu et les deux exports impriment la version choisie ici.</translation>
        </message>
        <message>
            <source>This is the book a reader at %1 gets.</source>
            <translation>C’est le dossier que reçoit un lecteur au niveau %1.</translation>
        </message>
        <message>
            <source>Time (HH:MM)</source>
            <translation>Heure (HH:MM)</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Trip book</source>
            <translation>Dossier de déplacement</translation>
        </message>
        <message>
            <source>Trip books (*.briefbook)</source>
            <translation>Dossiers de déplacement (*.briefbook)</translation>
        </message>
        <message>
            <source>Untitled trip book</source>
            <translation>Dossier de déplacement sans titre</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Word (*.docx)</source>
            <translation>Word (*.docx)</translation>
        </message>
        <message>
            <source>“%1” is in the book already; a brief is listed once.</source>
            <translation>« %1 » figure déjà dans le dossier ; une note n’y figure qu’une fois.</translation>
        </message>
    </context>
    <context>
        <name>BriefLayoutDialog</name>
        <message>
            <source>%d section titles</source>
            <translation>%d titres de sections</translation>
        </message>
        <message>
            <source>&amp;Page size:</source>
            <translation>&amp;Format de page :</translation>
        </message>
        <message>
            <source>&amp;Reset to the Template</source>
            <translation>&amp;Revenir au modèle</translation>
        </message>
        <message>
            <source>1 section title</source>
            <translation>1 titre de section</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>As the template (%s)</source>
            <translation>Comme le modèle (%s)</translation>
        </message>
        <message>
            <source>Change layout</source>
            <translation>Modifier la mise en page</translation>
        </message>
        <message>
            <source>Different from the template: %s.</source>
            <translation>Différent du modèle : %s.</translation>
        </message>
        <message>
            <source>Filled in but not printed: %s.</source>
            <translation>Rempli mais non imprimé : %s.</translation>
        </message>
        <message>
            <source>Layout of This Brief</source>
            <translation>Mise en page de cette note</translation>
        </message>
        <message>
            <source>Print this brief exactly as its template says (forget this brief’s changes)</source>
            <translation>Imprimer cette note exactement selon son modèle (oublier les changements propres à cette note)</translation>
        </message>
        <message>
            <source>Same as the template.</source>
            <translation>Identique au modèle.</translation>
        </message>
        <message>
            <source>The template’s title: %s</source>
            <translation>Titre dans le modèle : %s</translation>
        </message>
        <message>
            <source>This brief has text here, but the section is not ticked, so it will not print.</source>
            <translation>Cette note a du texte ici, mais la section n’est pas cochée : elle ne sera pas imprimée.</translation>
        </message>
        <message>
            <source>This brief is printed with the template “%s”. What you change here applies to this brief only; everything else keeps following the template.</source>
            <translation>Cette note est imprimée avec le modèle « %s ». Ce que vous changez ici ne vaut que pour cette note ; tout le reste suit le modèle.</translation>
        </message>
        <message>
            <source>This brief names the template “%s”, which is not installed here, so it is printed with “%s”. What you change here applies to this brief only.</source>
            <translation>Cette note désigne le modèle « %s », qui n’est pas installé ici ; elle est donc imprimée avec « %s ». Ce que vous changez ici ne vaut que pour cette note.</translation>
        </message>
        <message>
            <source>US Letter</source>
            <translation>US Letter</translation>
        </message>
        <message>
            <source>the order of the sections</source>
            <translation>l’ordre des sections</translation>
        </message>
        <message>
            <source>the page size</source>
            <translation>le format de page</translation>
        </message>
        <message>
            <source>which sections are printed</source>
            <translation>les sections imprimées</translation>
        </message>
    </context>
    <context>
        <name>ClearanceEditor</name>
        <message>
            <source>&amp;Email:</source>
            <translation>&amp;Courriel :</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>&amp;Téléphone :</translation>
        </message>
        <message>
            <source>Clearance</source>
            <translation>Validation</translation>
        </message>
        <message>
            <source>Contact &amp;name:</source>
            <translation>&amp;Nom du contact :</translation>
        </message>
        <message>
            <source>Contact email</source>
            <translation>Courriel du contact</translation>
        </message>
        <message>
            <source>Contact name</source>
            <translation>Nom du contact</translation>
        </message>
        <message>
            <source>Contact officer</source>
            <translation>Agent de contact</translation>
        </message>
        <message>
            <source>Contact phone</source>
            <translation>Téléphone du contact</translation>
        </message>
        <message>
            <source>The officer to call about the brief</source>
            <translation>La personne à appeler au sujet de la note</translation>
        </message>
        <message>
            <source>e.g. +44 20 7946 0000</source>
            <translation>p. ex. +33 1 23 45 67 89</translation>
        </message>
    </context>
    <context>
        <name>CopiesExport</name>
        <message numerus="yes">
            <source>%n recipient(s) on the distribution list: one PDF each, and the register distribution.csv.</source>
            <translation>
                <numerusform>%n destinataire sur la liste de diffusion : un PDF chacun, et le registre distribution.csv.</numerusform>
                <numerusform>%n destinataires sur la liste de diffusion : un PDF chacun, et le registre distribution.csv.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Parcourir…</translation>
        </message>
        <message>
            <source>&amp;Folder:</source>
            <translation>&amp;Dossier :</translation>
        </message>
        <message>
            <source>&amp;Version:</source>
            <translation>&amp;Version :</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Cancelled. Copies written whole: %s; no register was written.</source>
            <translation>Annulé. Exemplaires écrits en entier : %s ; aucun registre n’a été écrit.</translation>
        </message>
        <message>
            <source>Copies exported</source>
            <translation>Exemplaires exportés</translation>
        </message>
        <message>
            <source>Export Copies</source>
            <translation>Exporter les exemplaires</translation>
        </message>
        <message>
            <source>Export Numbered Copies</source>
            <translation>Exporter des exemplaires numérotés</translation>
        </message>
        <message>
            <source>Folder for the copies</source>
            <translation>Dossier des exemplaires</translation>
        </message>
        <message>
            <source>Making numbered copies…</source>
            <translation>Création des exemplaires numérotés…</translation>
        </message>
        <message>
            <source>Numbered copies</source>
            <translation>Exemplaires numérotés</translation>
        </message>
        <message>
            <source>Replace files?</source>
            <translation>Remplacer les fichiers ?</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>Afficher dans le dossier</translation>
        </message>
        <message>
            <source>The distribution list is empty: add the recipients on the Distribution page first.</source>
            <translation>La liste de diffusion est vide : ajoutez d’abord les destinataires sur la page Diffusion.</translation>
        </message>
        <message>
            <source>The folder “%1” cannot be made: %2</source>
            <translation>Impossible de créer le dossier « %1 » : %2</translation>
        </message>
        <message>
            <source>Wrote %s numbered copies and the register distribution.csv.</source>
            <translation>%s exemplaires numérotés et le registre distribution.csv ont été écrits.</translation>
        </message>
        <message>
            <source>Wrote 1 numbered copy and the register distribution.csv.</source>
            <translation>1 exemplaire numéroté et le registre distribution.csv ont été écrits.</translation>
        </message>
        <message>
            <source>“%1” already holds %2. Replace them?</source>
            <translation>« %1 » contient déjà %2. Les remplacer ?</translation>
        </message>
        <message>
            <source>“%s” is a file, not a folder; choose a folder for the copies.</source>
            <translation>« %s » est un fichier, pas un dossier ; choisissez un dossier pour les exemplaires.</translation>
        </message>
    </context>
    <context>
        <name>DateDelegate</name>
        <message>
            <source>Not set</source>
            <translation>Non défini</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>Calendar</source>
            <translation>Calendrier</translation>
        </message>
        <message>
            <source>Clear the date</source>
            <translation>Effacer la date</translation>
        </message>
        <message>
            <source>Pick the date from a calendar (Alt+Down)</source>
            <translation>Choisir la date dans un calendrier (Alt+Bas)</translation>
        </message>
        <message>
            <source>Type a date such as 27 Nov 2026 or 2026-11-27; Alt+Down opens the calendar</source>
            <translation>Tapez une date comme 27 nov. 2026 ou 2026-11-27 ; Alt+Bas ouvre le calendrier</translation>
        </message>
        <message>
            <source>is not a date yet: </source>
            <translation>n’est pas encore une date : </translation>
        </message>
        <message>
            <source>the brief has no date here</source>
            <translation>la note n’a pas de date ici</translation>
        </message>
        <message>
            <source>type a date such as %1, %2 or %3</source>
            <translation>saisissez une date comme %1, %2 ou %3</translation>
        </message>
    </context>
    <context>
        <name>DelegationProxy</name>
        <message>
            <source>The people library has a newer version of this person</source>
            <translation>La bibliothèque de personnes a une version plus récente de cette personne</translation>
        </message>
    </context>
    <context>
        <name>DistributionSection</name>
        <message>
            <source>Each recipient gets a PDF of their own: “Copy N of M” and their name at the foot of every page, the name faint across each page, and a line in the register distribution.csv with the file's SHA-256. A copy number left empty is given on export. The list is never printed in the brief.</source>
            <translation>Chaque destinataire reçoit son propre PDF : « Copy N of M » et son nom au pied de chaque page, son nom en filigrane sur chaque page, et une ligne dans le registre distribution.csv avec l’empreinte SHA-256 du fichier. Un numéro d’exemplaire laissé vide est attribué à l’export. La liste n’est jamais imprimée dans la note.</translation>
        </message>
        <message>
            <source>Export &amp;Numbered Copies…</source>
            <translation>Exporter des exemplaires &amp;numérotés…</translation>
        </message>
    </context>
    <context>
        <name>EditSession</name>
        <message>
            <source>Add row</source>
            <translation>Ajouter une ligne</translation>
        </message>
        <message>
            <source>Delete row</source>
            <translation>Supprimer la ligne</translation>
        </message>
        <message>
            <source>Edit %s</source>
            <translation>Modifier : %s</translation>
        </message>
        <message>
            <source>Move row</source>
            <translation>Déplacer la ligne</translation>
        </message>
        <message>
            <source>Paste rows</source>
            <translation>Coller des lignes</translation>
        </message>
    </context>
    <context>
        <name>EnumLabels</name>
        <message>
            <source>Adviser</source>
            <translation>Conseiller</translation>
        </message>
        <message>
            <source>Cleared</source>
            <translation>Validé</translation>
        </message>
        <message>
            <source>Cleared with comments</source>
            <translation>Validé avec observations</translation>
        </message>
        <message>
            <source>Delegation member</source>
            <translation>Membre de la délégation</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Projet</translation>
        </message>
        <message>
            <source>Final</source>
            <translation>Définitif</translation>
        </message>
        <message>
            <source>High</source>
            <translation>Élevé</translation>
        </message>
        <message>
            <source>Hybrid</source>
            <translation>Hybride</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>En présentiel</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>En cours</translation>
        </message>
        <message>
            <source>Interpreter</source>
            <translation>Interprète</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Faible</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Moyen</translation>
        </message>
        <message>
            <source>Not cleared</source>
            <translation>Non validé</translation>
        </message>
        <message>
            <source>Note-taker</source>
            <translation>Preneur de notes</translation>
        </message>
        <message>
            <source>Observer</source>
            <translation>Observateur</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouverte</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>En attente</translation>
        </message>
        <message>
            <source>Phone call</source>
            <translation>Appel téléphonique</translation>
        </message>
        <message>
            <source>Principal</source>
            <translation>Autorité</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Résolue</translation>
        </message>
        <message>
            <source>Virtual</source>
            <translation>Visioconférence</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>No releasable version can be made: %s.</source>
            <translation>Aucune version diffusable ne peut être créée : %s.</translation>
        </message>
        <message>
            <source>The export failed because of an internal error (%s: %s). Your brief is safe; please report this.</source>
            <translation>L’export a échoué à cause d’une erreur interne (%s : %s). Votre note est intacte ; merci de signaler le problème.</translation>
        </message>
    </context>
    <context>
        <name>ExportController</name>
        <message>
            <source> and </source>
            <translation> et </translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
        <message>
            <source>%s (this brief's template)</source>
            <translation>%s (modèle de cette note)</translation>
        </message>
        <message>
            <source>&amp;PDF:</source>
            <translation>&amp;PDF :</translation>
        </message>
        <message>
            <source>&amp;Template:</source>
            <translation>&amp;Modèle :</translation>
        </message>
        <message>
            <source>&amp;Version:</source>
            <translation>&amp;Version :</translation>
        </message>
        <message>
            <source>A releasable version holds only the parts marked at or below the level: nothing above it is anywhere in the file, and numbers close up.</source>
            <translation>Une version diffusable ne contient que les parties marquées au niveau choisi ou en dessous : rien de ce qui est au-dessus ne figure dans le fichier, et la numérotation se resserre.</translation>
        </message>
        <message>
            <source>Accessible PDF (PDF/UA)</source>
            <translation>PDF accessible (PDF/UA)</translation>
        </message>
        <message>
            <source>Accessible and archival PDFs are tagged: a screen reader follows the headings, lists and tables, and skips the marking, page numbers and watermark.</source>
            <translation>Les PDF accessibles et d’archivage sont balisés : un lecteur d’écran suit les titres, listes et tableaux, et saute la mention, les numéros de page et le filigrane.</translation>
        </message>
        <message>
            <source>Archival PDF (PDF/A-2a)</source>
            <translation>PDF d’archivage (PDF/A-2a)</translation>
        </message>
        <message>
            <source>Archival PDF (PDF/A-2b)</source>
            <translation>PDF d’archivage (PDF/A-2b)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Everything (the full brief)</source>
            <translation>Tout (la note complète)</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <source>Export PDF</source>
            <translation>Exporter en PDF</translation>
        </message>
        <message>
            <source>Export PDF and Word</source>
            <translation>Exporter en PDF et en Word</translation>
        </message>
        <message>
            <source>Export Word document</source>
            <translation>Exporter un document Word</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Échec de l’export</translation>
        </message>
        <message>
            <source>Export finished</source>
            <translation>Export terminé</translation>
        </message>
        <message>
            <source>Exported %s.</source>
            <translation>%s exporté(s).</translation>
        </message>
        <message>
            <source>Exported “%1” (%2).</source>
            <translation>« %1 » exporté (%2).</translation>
        </message>
        <message>
            <source>Exported “%s”.</source>
            <translation>« %s » exporté.</translation>
        </message>
        <message>
            <source>Exporting “%s”…</source>
            <translation>Export de « %s »…</translation>
        </message>
        <message>
            <source>Open file</source>
            <translation>Ouvrir le fichier</translation>
        </message>
        <message>
            <source>PDF and Word documents (*.pdf *.docx)</source>
            <translation>Documents PDF et Word (*.pdf *.docx)</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documents PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Read-only file</source>
            <translation>Fichier en lecture seule</translation>
        </message>
        <message>
            <source>Releasable at %s: what such a reader may see</source>
            <translation>Diffusable au niveau %s : ce que ce lecteur peut voir</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>Afficher dans le dossier</translation>
        </message>
        <message>
            <source>Standard PDF</source>
            <translation>PDF standard</translation>
        </message>
        <message>
            <source>Word documents (*.docx)</source>
            <translation>Documents Word (*.docx)</translation>
        </message>
        <message>
            <source>“%s” is read-only. Replace it anyway?</source>
            <translation>« %s » est en lecture seule. Le remplacer quand même ?</translation>
        </message>
    </context>
    <context>
        <name>FileController</name>
        <message>
            <source>&amp;Discard</source>
            <translation>&amp;Ignorer</translation>
        </message>
        <message>
            <source>&amp;Export Anyway</source>
            <translation>&amp;Exporter quand même</translation>
        </message>
        <message>
            <source>An export is still running. Stop it and close the window?</source>
            <translation>Un export est en cours. L’arrêter et fermer la fenêtre ?</translation>
        </message>
        <message>
            <source>Ask the owner of the file for access, or copy it to a folder of yours.</source>
            <translation>Demandez l’accès au propriétaire du fichier, ou copiez-le dans l’un de vos dossiers.</translation>
        </message>
        <message>
            <source>Autosave failed: %s</source>
            <translation>Échec de la sauvegarde automatique : %s</translation>
        </message>
        <message>
            <source>Brief already open</source>
            <translation>Note déjà ouverte</translation>
        </message>
        <message>
            <source>Briefer found an untitled brief, “%s”, that was never saved (autosaved at %s on %s).</source>
            <translation>Briefer a trouvé une note sans titre, « %s », qui n’a jamais été enregistrée (sauvegarde automatique à %s le %s).</translation>
        </message>
        <message>
            <source>Briefer found changes to “%s” that were not saved (autosaved at %s on %s).</source>
            <translation>Briefer a trouvé des modifications de « %s » qui n’avaient pas été enregistrées (sauvegarde automatique à %s le %s).</translation>
        </message>
        <message>
            <source>Choose another name, or ask them to close it first.</source>
            <translation>Choisissez un autre nom, ou demandez-lui de la fermer d’abord.</translation>
        </message>
        <message>
            <source>Converted from an older file format (version %d); saving writes the current format.</source>
            <translation>Convertie depuis un ancien format (version %d) ; l’enregistrement écrit le format actuel.</translation>
        </message>
        <message>
            <source>Could not keep the unsaved changes aside: %s</source>
            <translation>Impossible de mettre de côté les modifications non enregistrées : %s</translation>
        </message>
        <message>
            <source>Could not open the brief</source>
            <translation>Impossible d’ouvrir la note</translation>
        </message>
        <message>
            <source>Could not revert</source>
            <translation>Impossible de revenir en arrière</translation>
        </message>
        <message>
            <source>Could not save</source>
            <translation>Impossible d’enregistrer</translation>
        </message>
        <message>
            <source>Could not save the brief</source>
            <translation>Impossible d’enregistrer la note</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Ignorer</translation>
        </message>
        <message>
            <source>Discard deletes the changes for good. Later keeps them: Briefer asks again at its next start.</source>
            <translation>Ignorer les supprime définitivement. Plus tard les conserve : Briefer vous reposera la question au prochain démarrage.</translation>
        </message>
        <message>
            <source>Export it anyway?</source>
            <translation>L’exporter quand même ?</translation>
        </message>
        <message>
            <source>Export running</source>
            <translation>Export en cours</translation>
        </message>
        <message>
            <source>Final brief with errors</source>
            <translation>Note définitive comportant des erreurs</translation>
        </message>
        <message>
            <source>Go back to the saved version of “%s”? Your changes since then are lost.</source>
            <translation>Revenir à la version enregistrée de « %s » ? Vos modifications depuis seront perdues.</translation>
        </message>
        <message>
            <source>If you both edit it, the one who saves last overwrites the other's changes. Open it anyway?</source>
            <translation>Si vous la modifiez tous les deux, le dernier à enregistrer écrasera les modifications de l’autre. L’ouvrir quand même ?</translation>
        </message>
        <message>
            <source>If you don't save, your changes since the last save are lost.</source>
            <translation>Si vous n’enregistrez pas, vos modifications depuis le dernier enregistrement seront perdues.</translation>
        </message>
        <message>
            <source>Install the latest version of Briefer to open it. The file was not changed.</source>
            <translation>Installez la dernière version de Briefer pour l’ouvrir. Le fichier n’a pas été modifié.</translation>
        </message>
        <message>
            <source>Kept the unsaved changes as “%s”.</source>
            <translation>Modifications non enregistrées conservées sous « %s ».</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Plus tard</translation>
        </message>
        <message>
            <source>New follow-up brief</source>
            <translation>Nouvelle note de suivi</translation>
        </message>
        <message>
            <source>New from template</source>
            <translation>Nouvelle note depuis un modèle</translation>
        </message>
        <message>
            <source>Open anyway</source>
            <translation>Ouvrir quand même</translation>
        </message>
        <message>
            <source>Open brief</source>
            <translation>Ouvrir une note</translation>
        </message>
        <message numerus="yes">
            <source>Opened with %n unknown field(s) kept as they are, e.g. %1.</source>
            <translation>
                <numerusform>Ouvert avec %n champ inconnu conservé tel quel, p. ex. %1.</numerusform>
                <numerusform>Ouvert avec %n champs inconnus conservés tels quels, p. ex. %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Read-only file</source>
            <translation>Fichier en lecture seule</translation>
        </message>
        <message>
            <source>Recover unsaved changes</source>
            <translation>Récupérer les modifications non enregistrées</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurer</translation>
        </message>
        <message>
            <source>Restore opens %s in a window of its own with these changes; the file itself changes only when you save.</source>
            <translation>Restaurer ouvre %s dans une fenêtre à part avec ces modifications ; le fichier lui-même ne change que lorsque vous enregistrez.</translation>
        </message>
        <message>
            <source>Restore opens %s in this window with these changes; the file itself changes only when you save.</source>
            <translation>Restaurer ouvre %s dans cette fenêtre avec ces modifications ; le fichier lui-même ne change que lorsque vous enregistrez.</translation>
        </message>
        <message>
            <source>Restore opens it in a window of its own as an untitled brief, to save where you like.</source>
            <translation>Restaurer l’ouvre dans une fenêtre à part comme note sans titre, à enregistrer où vous voulez.</translation>
        </message>
        <message>
            <source>Restore opens it in this window as an untitled brief, to save where you like.</source>
            <translation>Restaurer l’ouvre dans cette fenêtre comme note sans titre, à enregistrer où vous voulez.</translation>
        </message>
        <message>
            <source>Restore opens the changes in a window of its own as an untitled brief, to save where you like.</source>
            <translation>Restaurer ouvre les modifications dans une fenêtre à part comme note sans titre, à enregistrer où vous voulez.</translation>
        </message>
        <message>
            <source>Restore opens the changes in this window as an untitled brief, to save where you like.</source>
            <translation>Restaurer ouvre les modifications dans cette fenêtre comme note sans titre, à enregistrer où vous voulez.</translation>
        </message>
        <message>
            <source>Restore them? Discard deletes them for good; Later keeps them as a separate brief you can open when you want.</source>
            <translation>Les restaurer ? « Ignorer » les supprime définitivement ; « Plus tard » les garde dans une note à part que vous pourrez ouvrir quand vous voudrez.</translation>
        </message>
        <message>
            <source>Restore unsaved changes</source>
            <translation>Restaurer les modifications non enregistrées</translation>
        </message>
        <message>
            <source>Restored the changes autosaved at %s.</source>
            <translation>Modifications sauvegardées automatiquement à %s restaurées.</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>Revenir</translation>
        </message>
        <message>
            <source>Save brief as</source>
            <translation>Enregistrer la note sous</translation>
        </message>
        <message>
            <source>Save the changes to “%s” before closing it?</source>
            <translation>Enregistrer les modifications de « %s » avant de la fermer ?</translation>
        </message>
        <message>
            <source>Saved “%s”.</source>
            <translation>« %s » enregistrée.</translation>
        </message>
        <message>
            <source>The file %s is no longer there: it was moved or deleted.</source>
            <translation>Le fichier %s n’est plus là : il a été déplacé ou supprimé.</translation>
        </message>
        <message>
            <source>The file was not changed. If it came by e-mail, ask the sender for a fresh copy.</source>
            <translation>Le fichier n’a pas été modifié. S’il vous a été envoyé par courriel, demandez-en une nouvelle copie à l’expéditeur.</translation>
        </message>
        <message>
            <source>The template “%s” could not be used.</source>
            <translation>Le modèle « %s » n’a pas pu être utilisé.</translation>
        </message>
        <message>
            <source>This brief is marked Final, but it has errors:</source>
            <translation>Cette note est marquée Définitive, mais elle comporte des erreurs :</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Modifications non enregistrées</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Sans titre</translation>
        </message>
        <message>
            <source>Untitled %d</source>
            <translation>Sans titre %d</translation>
        </message>
        <message>
            <source>Untitled brief</source>
            <translation>Note sans titre</translation>
        </message>
        <message>
            <source>Your brief is still open and nothing is lost; a recovery copy was written just now.</source>
            <translation>Votre note est toujours ouverte et rien n’est perdu ; une copie de secours vient d’être écrite.</translation>
        </message>
        <message>
            <source>Your brief is still open as it was.</source>
            <translation>Votre note est toujours ouverte, telle quelle.</translation>
        </message>
        <message>
            <source>Your brief is still open. Save it to another folder or drive now: not even a recovery copy could be written.</source>
            <translation>Votre note est toujours ouverte. Enregistrez-la tout de suite dans un autre dossier ou sur un autre disque : même la copie de secours n’a pas pu être écrite.</translation>
        </message>
        <message>
            <source>“%s” is %s.</source>
            <translation>« %s » est %s.</translation>
        </message>
        <message>
            <source>“%s” is already %s.</source>
            <translation>« %s » est déjà %s.</translation>
        </message>
        <message>
            <source>“%s” is read-only. Replace it anyway?</source>
            <translation>« %s » est en lecture seule. Le remplacer quand même ?</translation>
        </message>
        <message numerus="yes">
            <source>…and %n more: see the Problems panel.</source>
            <translation>
                <numerusform>…et %n autre : voir le panneau Problèmes.</numerusform>
                <numerusform>…et %n autres : voir le panneau Problèmes.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FindReplaceDialog</name>
        <message>
            <source>%d field(s) left as they were: a required field cannot be emptied.</source>
            <translation>%d champ(s) laissé(s) tel(s) quel(s) : un champ obligatoire ne peut pas être vidé.</translation>
        </message>
        <message>
            <source>%s (no page edits it here; it prints)</source>
            <translation>%s (aucune page ne le modifie ici ; il est imprimé)</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Suivant</translation>
        </message>
        <message>
            <source>&amp;Previous</source>
            <translation>&amp;Précédent</translation>
        </message>
        <message>
            <source>&amp;Replace</source>
            <translation>&amp;Remplacer</translation>
        </message>
        <message>
            <source>(went round the end of the brief)</source>
            <translation>(reprise au début de la note)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Fi&amp;nd:</source>
            <translation>&amp;Rechercher :</translation>
        </message>
        <message>
            <source>Find and Replace</source>
            <translation>Rechercher et remplacer</translation>
        </message>
        <message>
            <source>Match %d of %d</source>
            <translation>Occurrence %d sur %d</translation>
        </message>
        <message>
            <source>Match &amp;case</source>
            <translation>Respecter la &amp;casse</translation>
        </message>
        <message>
            <source>No matches for “%s”.</source>
            <translation>Aucune occurrence de « %s ».</translation>
        </message>
        <message>
            <source>Not replaced: %s</source>
            <translation>Non remplacé : %s</translation>
        </message>
        <message>
            <source>Replace &amp;All</source>
            <translation>Remplacer &amp;tout</translation>
        </message>
        <message>
            <source>Replace &amp;with:</source>
            <translation>Remplacer &amp;par :</translation>
        </message>
        <message>
            <source>Replace All “%s”</source>
            <translation>Remplacer tout « %s »</translation>
        </message>
        <message>
            <source>Replace “%s”</source>
            <translation>Remplacer « %s »</translation>
        </message>
        <message>
            <source>Replaced %d.</source>
            <translation>%d remplacé(s).</translation>
        </message>
        <message>
            <source>W&amp;hole words only</source>
            <translation>&amp;Mots entiers uniquement</translation>
        </message>
    </context>
    <context>
        <name>FormSection</name>
        <message>
            <source>Marking:</source>
            <translation>Marquage :</translation>
        </message>
    </context>
    <context>
        <name>Formatting</name>
        <message>
            <source>Bold</source>
            <translation>Gras</translation>
        </message>
        <message>
            <source>Bulleted List</source>
            <translation>Liste à puces</translation>
        </message>
        <message>
            <source>Italic</source>
            <translation>Italique</translation>
        </message>
        <message>
            <source>Numbered List</source>
            <translation>Liste numérotée</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <source>Briefer User Guide</source>
            <translation>Guide de l’utilisateur de Briefer</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>Commande</translation>
        </message>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Touches</translation>
        </message>
        <message>
            <source>Lists (in the table): copy, cut, paste rows, also between briefs</source>
            <translation>Listes (dans le tableau) : copier, couper, coller des lignes, y compris d’une note à l’autre</translation>
        </message>
        <message>
            <source>Lists (in the table): delete the selected rows</source>
            <translation>Listes (dans le tableau) : supprimer les lignes sélectionnées</translation>
        </message>
        <message>
            <source>Lists (in the table): edit the cell</source>
            <translation>Listes (dans le tableau) : modifier la cellule</translation>
        </message>
        <message>
            <source>Lists: add a row after the selected one</source>
            <translation>Listes : ajouter une ligne après celle sélectionnée</translation>
        </message>
        <message>
            <source>Lists: duplicate the selected row</source>
            <translation>Listes : dupliquer la ligne sélectionnée</translation>
        </message>
        <message>
            <source>Lists: from a row to its form, and back</source>
            <translation>Listes : d’une ligne à son formulaire, et retour</translation>
        </message>
        <message>
            <source>Lists: move the selected row</source>
            <translation>Listes : déplacer la ligne sélectionnée</translation>
        </message>
        <message>
            <source>Long texts: bold, italic (the selected words, or the word at the cursor)</source>
            <translation>Textes longs : gras, italique (les mots sélectionnés, ou le mot sous le curseur)</translation>
        </message>
        <message>
            <source>Long texts: bulleted, numbered list (the selected lines)</source>
            <translation>Textes longs : liste à puces, liste numérotée (les lignes sélectionnées)</translation>
        </message>
        <message>
            <source>Next / previous field; leaves a table</source>
            <translation>Champ suivant / précédent ; sort d’un tableau</translation>
        </message>
        <message>
            <source>Preview: zoom</source>
            <translation>Aperçu : zoom</translation>
        </message>
        <message>
            <source>Section list: go to the first field of the section</source>
            <translation>Liste des sections : aller au premier champ de la section</translation>
        </message>
        <message>
            <source>Text fields: spelling suggestions for the underlined word, formatting</source>
            <translation>Champs de texte : suggestions d’orthographe pour le mot souligné, mise en forme</translation>
        </message>
        <message>
            <source>Type to filter, e.g. “export” or “Ctrl+E”</source>
            <translation>Tapez pour filtrer, p. ex. « exporter » ou « Ctrl+E »</translation>
        </message>
    </context>
    <context>
        <name>IntakeActions</name>
        <message>
            <source>&amp;Import Word Brief…</source>
            <translation>&amp;Importer une note Word…</translation>
        </message>
        <message>
            <source>Add from &amp;Text…</source>
            <translation>Ajouter depuis un &amp;texte…</translation>
        </message>
        <message>
            <source>Add from Text</source>
            <translation>Ajouter depuis un texte</translation>
        </message>
        <message>
            <source>Could not import the Word brief</source>
            <translation>Impossible d’importer la note Word</translation>
        </message>
        <message>
            <source>Draft from Text</source>
            <translation>Rédiger depuis un texte</translation>
        </message>
        <message>
            <source>Import Word Brief</source>
            <translation>Importer une note Word</translation>
        </message>
        <message>
            <source>Import a Word Brief</source>
            <translation>Importer une note Word</translation>
        </message>
        <message>
            <source>New Brief from &amp;Text…</source>
            <translation>Nouvelle note depuis un &amp;texte…</translation>
        </message>
        <message>
            <source>New Brief from Text</source>
            <translation>Nouvelle note depuis un texte</translation>
        </message>
        <message>
            <source>Nothing to draft from</source>
            <translation>Rien à partir de quoi rédiger</translation>
        </message>
        <message>
            <source>Word documents (*.docx)</source>
            <translation>Documents Word (*.docx)</translation>
        </message>
        <message>
            <source>“%s” was read. This is where its parts went:</source>
            <translation>« %s » a été lu. Voici où sont allées ses parties :</translation>
        </message>
        <message numerus="yes">
            <source>…and %n more under Show Details.</source>
            <translation>
                <numerusform>…et %n autre sous Afficher les détails.</numerusform>
                <numerusform>…et %n autres sous Afficher les détails.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>IntakeReviewDialog</name>
        <message>
            <source>Accept All</source>
            <translation>Tout accepter</translation>
        </message>
        <message>
            <source>Reject All</source>
            <translation>Tout refuser</translation>
        </message>
        <message>
            <source>Review the Draft</source>
            <translation>Relire le projet</translation>
        </message>
        <message>
            <source>Select an item to edit its text</source>
            <translation>Sélectionnez un élément pour en modifier le texte</translation>
        </message>
        <message>
            <source>Text of the selected item:</source>
            <translation>Texte de l’élément sélectionné :</translation>
        </message>
        <message>
            <source>Tick what should go into the brief. Select an item to see where it came from and to edit it.</source>
            <translation>Cochez ce qui doit entrer dans la note. Sélectionnez un élément pour voir d’où il vient et le modifier.</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <source>Briefer will use %1 the next time it starts. Close Briefer and open it again to switch now.</source>
            <translation>Langue choisie : %1. Elle s’appliquera au prochain démarrage de Briefer ; fermez Briefer et rouvrez-le pour changer maintenant.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>System Language</source>
            <translation>Langue du système</translation>
        </message>
        <message>
            <source>the system's language</source>
            <translation>la langue du système</translation>
        </message>
    </context>
    <context>
        <name>ListColumns</name>
        <message>
            <source>Answer</source>
            <translation>Réponse</translation>
        </message>
        <message>
            <source>Cleared by</source>
            <translation>Validé par</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Exemplaire</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Décision</translation>
        </message>
        <message>
            <source>Delegation</source>
            <translation>Délégation</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Événement</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>Impact</translation>
        </message>
        <message>
            <source>Issue</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Point</translation>
        </message>
        <message>
            <source>Lead</source>
            <translation>Intervenant</translation>
        </message>
        <message>
            <source>Likelihood</source>
            <translation>Probabilité</translation>
        </message>
        <message>
            <source>Marking</source>
            <translation>Mention</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>Service</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Point</source>
            <translation>Point</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priorité</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>Éditeur</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Recommandation</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risque</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Fonction</translation>
        </message>
        <message>
            <source>URL</source>
            <translation>URL</translation>
        </message>
    </context>
    <context>
        <name>ListEditor</name>
        <message>
            <source>&amp;Copy Rows</source>
            <translation>&amp;Copier les lignes</translation>
        </message>
        <message>
            <source>&amp;Paste Rows</source>
            <translation>C&amp;oller les lignes</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <source>Add %s</source>
            <translation>Ajouter : %s</translation>
        </message>
        <message>
            <source>Add a %s after the selected one</source>
            <translation>Ajouter un élément (%s) après celui sélectionné</translation>
        </message>
        <message>
            <source>Cu&amp;t Rows</source>
            <translation>Co&amp;uper les lignes</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n rows</source>
            <translation>
                <numerusform>Supprimer %n ligne</numerusform>
                <numerusform>Supprimer %n lignes</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete %s</source>
            <translation>Supprimer : %s</translation>
        </message>
        <message>
            <source>Delete the selected rows (Undo brings them back)</source>
            <translation>Supprimer les lignes sélectionnées (Annuler les rétablit)</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Dupliquer</translation>
        </message>
        <message>
            <source>Duplicate %s</source>
            <translation>Dupliquer : %s</translation>
        </message>
        <message>
            <source>Duplicate the selected %s</source>
            <translation>Dupliquer l’élément sélectionné (%s)</translation>
        </message>
        <message>
            <source>Go to the Form or the Table</source>
            <translation>Aller au formulaire ou au tableau</translation>
        </message>
        <message>
            <source>Move %s</source>
            <translation>Déplacer : %s</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Descendre</translation>
        </message>
        <message>
            <source>Move the selected %s down</source>
            <translation>Descendre l’élément sélectionné (%s)</translation>
        </message>
        <message>
            <source>Move the selected %s up</source>
            <translation>Monter l’élément sélectionné (%s)</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Monter</translation>
        </message>
        <message>
            <source>No %s selected. Press Add (Ctrl+Shift+A) to create one.</source>
            <translation>Aucun élément sélectionné (%s). Appuyez sur Ajouter (Ctrl+Maj+A) pour en créer un.</translation>
        </message>
        <message numerus="yes">
            <source>Paste %n rows</source>
            <translation>
                <numerusform>Coller %n ligne</numerusform>
                <numerusform>Coller %n lignes</numerusform>
            </translation>
        </message>
        <message>
            <source>Paste %s</source>
            <translation>Coller : %s</translation>
        </message>
        <message>
            <source>Selected %s</source>
            <translation>Élément sélectionné : %s</translation>
        </message>
        <message>
            <source>The clipboard holds rows Briefer cannot read.</source>
            <translation>Le presse-papiers contient des lignes que Briefer ne sait pas lire.</translation>
        </message>
        <message>
            <source>The clipboard holds rows of another list (%s): paste them there.</source>
            <translation>Le presse-papiers contient des lignes d’une autre liste (%s) : collez-les là.</translation>
        </message>
        <message>
            <source>The pasted rows were handled at %s: this list is now marked %s.</source>
            <translation>Les lignes collées étaient traitées au niveau %s : cette liste est désormais marquée %s.</translation>
        </message>
        <message>
            <source>The rows on the clipboard do not fit this list: %s</source>
            <translation>Les lignes du presse-papiers ne conviennent pas à cette liste : %s</translation>
        </message>
        <message>
            <source>The text on the clipboard does not fit this list: %s</source>
            <translation>Le texte du presse-papiers ne convient pas à cette liste : %s</translation>
        </message>
    </context>
    <context>
        <name>ListSpecs</name>
        <message>
            <source>&amp;Answer:</source>
            <translation>&amp;Réponse :</translation>
        </message>
        <message>
            <source>&amp;Biography:</source>
            <translation>&amp;Biographie :</translation>
        </message>
        <message>
            <source>&amp;Body:</source>
            <translation>&amp;Texte :</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date :</translation>
        </message>
        <message>
            <source>&amp;Decision:</source>
            <translation>&amp;Décision :</translation>
        </message>
        <message>
            <source>&amp;Delegation:</source>
            <translation>&amp;Délégation :</translation>
        </message>
        <message>
            <source>&amp;Detail:</source>
            <translation>&amp;Détail :</translation>
        </message>
        <message>
            <source>&amp;Event:</source>
            <translation>&amp;Événement :</translation>
        </message>
        <message>
            <source>&amp;Impact:</source>
            <translation>&amp;Impact :</translation>
        </message>
        <message>
            <source>&amp;Issue:</source>
            <translation>&amp;Question :</translation>
        </message>
        <message>
            <source>&amp;Item:</source>
            <translation>&amp;Point :</translation>
        </message>
        <message>
            <source>&amp;Lead:</source>
            <translation>&amp;Intervenant :</translation>
        </message>
        <message>
            <source>&amp;Likelihood:</source>
            <translation>&amp;Probabilité :</translation>
        </message>
        <message>
            <source>&amp;Mitigation:</source>
            <translation>&amp;Atténuation :</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation>&amp;Organisation :</translation>
        </message>
        <message>
            <source>&amp;Point:</source>
            <translation>&amp;Point :</translation>
        </message>
        <message>
            <source>&amp;Position:</source>
            <translation>&amp;Position :</translation>
        </message>
        <message>
            <source>&amp;Pronunciation:</source>
            <translation>&amp;Prononciation :</translation>
        </message>
        <message>
            <source>&amp;Publisher:</source>
            <translation>É&amp;diteur :</translation>
        </message>
        <message>
            <source>&amp;Question:</source>
            <translation>&amp;Question :</translation>
        </message>
        <message>
            <source>&amp;Recommendation:</source>
            <translation>&amp;Recommandation :</translation>
        </message>
        <message>
            <source>&amp;Risk:</source>
            <translation>&amp;Risque :</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Rôle :</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>É&amp;tat :</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Fonction :</translation>
        </message>
        <message>
            <source>&amp;URL:</source>
            <translation>&amp;URL :</translation>
        </message>
        <message>
            <source>A likely question, as it would be asked</source>
            <translation>Une question probable, telle qu’elle serait posée</translation>
        </message>
        <message>
            <source>As it should be printed, in any script</source>
            <translation>Tel qu’il doit être imprimé, dans n’importe quelle écriture</translation>
        </message>
        <message>
            <source>As printed on the copy, in any script</source>
            <translation>Tel qu’imprimé sur l’exemplaire, dans toute écriture</translation>
        </message>
        <message>
            <source>Cleared &amp;by:</source>
            <translation>Validé &amp;par :</translation>
        </message>
        <message>
            <source>D&amp;ate:</source>
            <translation>D&amp;ate :</translation>
        </message>
        <message>
            <source>D&amp;ue:</source>
            <translation>É&amp;chéance :</translation>
        </message>
        <message>
            <source>Mar&amp;king:</source>
            <translation>Mar&amp;quage :</translation>
        </message>
        <message>
            <source>N&amp;otes:</source>
            <translation>N&amp;otes :</translation>
        </message>
        <message>
            <source>Name or post</source>
            <translation>Nom ou fonction</translation>
        </message>
        <message>
            <source>New agenda item</source>
            <translation>Nouveau point de l’ordre du jour</translation>
        </message>
        <message>
            <source>New clearance</source>
            <translation>Nouvelle validation</translation>
        </message>
        <message>
            <source>New decision</source>
            <translation>Nouvelle décision</translation>
        </message>
        <message>
            <source>New event</source>
            <translation>Nouvel événement</translation>
        </message>
        <message>
            <source>New key point</source>
            <translation>Nouveau point clé</translation>
        </message>
        <message>
            <source>New objective</source>
            <translation>Nouvel objectif</translation>
        </message>
        <message>
            <source>New open issue</source>
            <translation>Nouvelle question en suspens</translation>
        </message>
        <message>
            <source>New participant</source>
            <translation>Nouveau participant</translation>
        </message>
        <message>
            <source>New question</source>
            <translation>Nouvelle question</translation>
        </message>
        <message>
            <source>New recipient</source>
            <translation>Nouveau destinataire</translation>
        </message>
        <message>
            <source>New risk</source>
            <translation>Nouveau risque</translation>
        </message>
        <message>
            <source>New section</source>
            <translation>Nouvelle section</translation>
        </message>
        <message>
            <source>New source</source>
            <translation>Nouvelle source</translation>
        </message>
        <message>
            <source>New stakeholder</source>
            <translation>Nouvelle partie prenante</translation>
        </message>
        <message>
            <source>O&amp;ffice:</source>
            <translation>&amp;Service :</translation>
        </message>
        <message>
            <source>O&amp;wner:</source>
            <translation>&amp;Responsable :</translation>
        </message>
        <message>
            <source>P&amp;hoto:</source>
            <translation>P&amp;hoto :</translation>
        </message>
        <message>
            <source>P&amp;riority:</source>
            <translation>P&amp;riorité :</translation>
        </message>
        <message>
            <source>Pl&amp;ace:</source>
            <translation>&amp;Lieu :</translation>
        </message>
        <message>
            <source>S&amp;tatus:</source>
            <translation>É&amp;tat :</translation>
        </message>
        <message>
            <source>T&amp;ime:</source>
            <translation>&amp;Heure :</translation>
        </message>
        <message>
            <source>The line to take</source>
            <translation>L’élément de langage à tenir</translation>
        </message>
        <message>
            <source>The side they sit with; participants are grouped by it</source>
            <translation>Le camp auquel ils appartiennent ; les participants sont groupés ainsi</translation>
        </message>
        <message>
            <source>What the principal or the board is asked to decide</source>
            <translation>Ce que l’autorité ou le conseil doit décider</translation>
        </message>
        <message>
            <source>What we recommend, and why</source>
            <translation>Ce que nous recommandons, et pourquoi</translation>
        </message>
        <message>
            <source>Where it happens: building, room</source>
            <translation>Où cela se passe : bâtiment, salle</translation>
        </message>
        <message>
            <source>Who speaks to this item</source>
            <translation>Qui présente ce point</translation>
        </message>
        <message>
            <source>agenda item</source>
            <translation>point de l’ordre du jour</translation>
        </message>
        <message>
            <source>clearance</source>
            <translation>validation</translation>
        </message>
        <message>
            <source>decision</source>
            <translation>décision</translation>
        </message>
        <message>
            <source>e.g. 10:00 or +15 min</source>
            <translation>p. ex. 10:00 ou +15 min</translation>
        </message>
        <message>
            <source>e.g. Prime Minister of Israel</source>
            <translation>p. ex. Premier ministre d’Israël</translation>
        </message>
        <message>
            <source>e.g. be-NYA-min</source>
            <translation>p. ex. bé-NIA-mine</translation>
        </message>
        <message>
            <source>key point</source>
            <translation>point clé</translation>
        </message>
        <message>
            <source>objective</source>
            <translation>objectif</translation>
        </message>
        <message>
            <source>open issue</source>
            <translation>question en suspens</translation>
        </message>
        <message>
            <source>participant</source>
            <translation>participant</translation>
        </message>
        <message>
            <source>question</source>
            <translation>question</translation>
        </message>
        <message>
            <source>recipient</source>
            <translation>destinataire</translation>
        </message>
        <message>
            <source>risk</source>
            <translation>risque</translation>
        </message>
        <message>
            <source>section</source>
            <translation>section</translation>
        </message>
        <message>
            <source>source</source>
            <translation>source</translation>
        </message>
        <message>
            <source>stakeholder</source>
            <translation>partie prenante</translation>
        </message>
        <message>
            <source>timeline entry</source>
            <translation>entrée de chronologie</translation>
        </message>
    </context>
    <context>
        <name>ListTableModel</name>
        <message>
            <source>An item cannot be empty; delete the row instead.</source>
            <translation>Un élément ne peut pas être vide ; supprimez plutôt la ligne.</translation>
        </message>
        <message>
            <source>Move row</source>
            <translation>Déplacer la ligne</translation>
        </message>
        <message>
            <source>Move rows</source>
            <translation>Déplacer les lignes</translation>
        </message>
        <message>
            <source>Not in what a reader at %s sees</source>
            <translation>Absent de ce que voit un lecteur au niveau %s</translation>
        </message>
        <message>
            <source>must be a whole number such as 3, or empty.</source>
            <translation>doit être un nombre entier, par exemple 3, ou rester vide.</translation>
        </message>
    </context>
    <context>
        <name>LogisticsEditor</name>
        <message>
            <source>&amp;Logistics:</source>
            <translation>&amp;Logistique :</translation>
        </message>
        <message>
            <source>Arrival, security, interpretation, gifts, dress, press arrangements</source>
            <translation>Arrivée, sécurité, interprétation, cadeaux, tenue, dispositions pour la presse</translation>
        </message>
        <message>
            <source>Logistics</source>
            <translation>Logistique</translation>
        </message>
    </context>
    <context>
        <name>LongTextField</name>
        <message numerus="yes">
            <source>%n words</source>
            <translation>
                <numerusform>%n mot</numerusform>
                <numerusform>%n mots</numerusform>
            </translation>
        </message>
        <message>
            <source>1 word</source>
            <translation>1 mot</translation>
        </message>
        <message>
            <source>Blank line = new paragraph · - bullet · 1. numbered · **bold** · *italic*</source>
            <translation>Ligne vide = nouveau paragraphe · - puce · 1. numéro · **gras** · *italique*</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>%1 Choose another file, or export the brief as PDF.</source>
            <translation>%1 Choisissez un autre fichier, ou exportez la note en PDF.</translation>
        </message>
        <message>
            <source>%s (print)</source>
            <translation>%s (impression)</translation>
        </message>
        <message>
            <source>&amp;About Briefer</source>
            <translation>À &amp;propos de Briefer</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Fermer</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>É&amp;dition</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Find and Replace…</source>
            <translation>&amp;Rechercher et remplacer…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>&amp;Raccourcis clavier</translation>
        </message>
        <message>
            <source>&amp;Layout of This Brief…</source>
            <translation>&amp;Mise en page de cette note…</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>&amp;Nouveau</translation>
        </message>
        <message>
            <source>&amp;Next Section</source>
            <translation>Section &amp;suivante</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Ouvrir…</translation>
        </message>
        <message>
            <source>&amp;PDF…</source>
            <translation>&amp;PDF…</translation>
        </message>
        <message>
            <source>&amp;Previous Section</source>
            <translation>Section &amp;précédente</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Imprimer…</translation>
        </message>
        <message>
            <source>&amp;Problems Panel</source>
            <translation>Panneau des &amp;problèmes</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <source>&amp;Refresh Preview</source>
            <translation>&amp;Actualiser l’aperçu</translation>
        </message>
        <message>
            <source>&amp;Revert to Saved</source>
            <translation>&amp;Revenir à la version enregistrée</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <source>&amp;Team Templates Folder…</source>
            <translation>Dossier des modèles d’é&amp;quipe…</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>&amp;Window</source>
            <translation>Fe&amp;nêtre</translation>
        </message>
        <message>
            <source>&amp;Word…</source>
            <translation>&amp;Word…</translation>
        </message>
        <message>
            <source>An export is still running; print once it has finished.</source>
            <translation>Un export est en cours ; imprimez une fois qu’il sera terminé.</translation>
        </message>
        <message>
            <source>An export is still running; try again once it has finished.</source>
            <translation>Un export est en cours ; réessayez une fois qu’il sera terminé.</translation>
        </message>
        <message>
            <source>Attach the file to a message yourself: it is in %s.</source>
            <translation>Joignez vous-même le fichier à un message : il se trouve dans %s.</translation>
        </message>
        <message>
            <source>Attach to e-mail</source>
            <translation>Joindre à un courriel</translation>
        </message>
        <message>
            <source>Briefer &amp;User Guide</source>
            <translation>&amp;Guide de l’utilisateur de Briefer</translation>
        </message>
        <message>
            <source>Briefer uses xdg-email (from xdg-utils) for this; install it, or </source>
            <translation>Briefer utilise pour cela xdg-email (de xdg-utils) ; installez-le, ou </translation>
        </message>
        <message>
            <source>Check the printer, or export the brief as PDF and print that file.</source>
            <translation>Vérifiez l’imprimante, ou exportez la note en PDF et imprimez ce fichier.</translation>
        </message>
        <message>
            <source>Clear List</source>
            <translation>Effacer la liste</translation>
        </message>
        <message>
            <source>Close this brief's window</source>
            <translation>Fermer la fenêtre de cette note</translation>
        </message>
        <message>
            <source>E&amp;xport PDF and Word…</source>
            <translation>E&amp;xporter en PDF et en Word…</translation>
        </message>
        <message>
            <source>Every reader: the whole brief</source>
            <translation>Tout lecteur : la note complète</translation>
        </message>
        <message>
            <source>Export &amp;Word…</source>
            <translation>Exporter en &amp;Word…</translation>
        </message>
        <message>
            <source>Export N&amp;umbered Copies…</source>
            <translation>Exporter des exemplaires n&amp;umérotés…</translation>
        </message>
        <message>
            <source>Export P&amp;DF…</source>
            <translation>Exporter en P&amp;DF…</translation>
        </message>
        <message>
            <source>Export and Attach to &amp;Email</source>
            <translation>Exporter et joindre à un &amp;courriel</translation>
        </message>
        <message>
            <source>Export it as PDF and print that file.</source>
            <translation>Exportez-la en PDF et imprimez ce fichier.</translation>
        </message>
        <message>
            <source>Exported %s, but Briefer could not open your mail program with it attached.</source>
            <translation>%s exporté, mais Briefer n’a pas pu ouvrir votre messagerie avec le fichier joint.</translation>
        </message>
        <message>
            <source>Find &amp;Next</source>
            <translation>Rechercher le &amp;suivant</translation>
        </message>
        <message>
            <source>Find Pre&amp;vious</source>
            <translation>Rechercher le &amp;précédent</translation>
        </message>
        <message>
            <source>Go to &amp;Section List</source>
            <translation>Aller à la liste des &amp;sections</translation>
        </message>
        <message>
            <source>Go to Pro&amp;blems</source>
            <translation>Aller aux pro&amp;blèmes</translation>
        </message>
        <message>
            <source>Mi&amp;nimize</source>
            <translation>Réd&amp;uire</translation>
        </message>
        <message>
            <source>New &amp;Follow-up Brief…</source>
            <translation>Nouvelle note de s&amp;uivi…</translation>
        </message>
        <message>
            <source>New Trip &amp;Book</source>
            <translation>Nouveau &amp;dossier de déplacement</translation>
        </message>
        <message>
            <source>New from &amp;Template…</source>
            <translation>Nouvelle depuis un &amp;modèle…</translation>
        </message>
        <message>
            <source>No brief</source>
            <translation>Aucune note</translation>
        </message>
        <message>
            <source>No recent briefs</source>
            <translation>Aucune note récente</translation>
        </message>
        <message>
            <source>Open &amp;Example Brief</source>
            <translation>Ouvrir la note d’&amp;exemple</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Ouvrir un fichier &amp;récent</translation>
        </message>
        <message>
            <source>Open Trip Boo&amp;k…</source>
            <translation>Ouvrir un dossier de dépla&amp;cement…</translation>
        </message>
        <message>
            <source>Open trip book</source>
            <translation>Ouvrir un dossier de déplacement</translation>
        </message>
        <message>
            <source>Opened a new e-mail with %s attached.</source>
            <translation>Nouveau courriel ouvert avec %s en pièce jointe.</translation>
        </message>
        <message>
            <source>Opening your mail program…</source>
            <translation>Ouverture de votre messagerie…</translation>
        </message>
        <message>
            <source>PDF &amp;and Word…</source>
            <translation>PDF &amp;et Word…</translation>
        </message>
        <message>
            <source>Preview failed: %s</source>
            <translation>Échec de l’aperçu : %s</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Imprimer</translation>
        </message>
        <message>
            <source>Printing what a reader at %s sees…</source>
            <translation>Impression de ce que voit un lecteur au niveau %s…</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Problèmes</translation>
        </message>
        <message>
            <source>Problems (%d)</source>
            <translation>Problèmes (%d)</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Rétablir</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>Enregistrer &amp;sous…</translation>
        </message>
        <message>
            <source>Save as Te&amp;mplate…</source>
            <translation>Enregistrer comme mo&amp;dèle…</translation>
        </message>
        <message numerus="yes">
            <source>Saved %n page(s) to %1.</source>
            <translation>
                <numerusform>%n page enregistrée dans %1.</numerusform>
                <numerusform>%n pages enregistrées dans %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved %n page(s) to %1: what a reader at %2 sees.</source>
            <translation>
                <numerusform>%n page enregistrée dans %1 : ce que voit un lecteur habilité %2.</numerusform>
                <numerusform>%n pages enregistrées dans %1 : ce que voit un lecteur habilité %2.</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved the template “%s”; it is in New from Template.</source>
            <translation>Modèle « %s » enregistré ; il figure dans Nouvelle depuis un modèle.</translation>
        </message>
        <message numerus="yes">
            <source>Sent %n page(s) to the printer.</source>
            <translation>
                <numerusform>%n page envoyée à l’imprimante.</numerusform>
                <numerusform>%n pages envoyées à l’imprimante.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sent %n page(s) to the printer: what a reader at %2 sees.</source>
            <translation>
                <numerusform>%n page envoyée à l’imprimante : ce que voit un lecteur habilité %2.</numerusform>
                <numerusform>%n pages envoyées à l’imprimante : ce que voit un lecteur habilité %2.</numerusform>
            </translation>
        </message>
        <message>
            <source>Show What a &amp;Reader Sees</source>
            <translation>Afficher ce que voit un &amp;lecteur</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>Afficher dans le dossier</translation>
        </message>
        <message>
            <source>Show the &amp;Whole Brief</source>
            <translation>Afficher la note &amp;complète</translation>
        </message>
        <message>
            <source>Show the whole brief, or only what a reader at one level of the marking scheme may see: the releasable version an export at that level makes.</source>
            <translation>Afficher la note complète, ou seulement ce qu’un lecteur d’un niveau du schéma de marquage peut voir : la version diffusable qu’un export à ce niveau produit.</translation>
        </message>
        <message>
            <source>Show what a reader sees</source>
            <translation>Afficher ce que voit un lecteur</translation>
        </message>
        <message>
            <source>The %s page could not be opened; see the log for details.</source>
            <translation>La page %s n’a pas pu être ouverte ; voir le journal pour les détails.</translation>
        </message>
        <message>
            <source>The brief could not be prepared for printing.</source>
            <translation>La note n’a pas pu être préparée pour l’impression.</translation>
        </message>
        <message>
            <source>The brief could not be printed to “%s”.</source>
            <translation>La note n’a pas pu être imprimée dans « %s ».</translation>
        </message>
        <message>
            <source>The brief itself is marked %1, above %2: a reader at %2 may not see its title and cover. To show this, lower the brief's marking on the Overview page and mark the portions above %2.</source>
            <translation>La note elle-même est marquée %1, au-dessus de %2 : un lecteur de niveau %2 ne peut voir ni son titre ni sa couverture. Pour afficher cette version, abaissez le marquage de la note sur la page Vue d’ensemble et marquez les parties au-dessus de %2.</translation>
        </message>
        <message>
            <source>The brief's marking “%1” is not a level of the %2 scheme, so what a reader at %3 may see cannot be told. Choose one of its levels on the Overview page.</source>
            <translation>Le marquage « %1 » de la note n’est pas un niveau du schéma %2 : impossible de dire ce qu’un lecteur de niveau %3 peut voir. Choisissez l’un de ses niveaux sur la page Vue d’ensemble.</translation>
        </message>
        <message>
            <source>The printer could not be started.</source>
            <translation>L’imprimante n’a pas pu être lancée.</translation>
        </message>
        <message>
            <source>This preview shows what a reader at %s may see. To see the whole brief again, choose “Every reader: the whole brief” in the menu above the preview.</source>
            <translation>Cet aperçu montre ce qu’un lecteur de niveau %s peut voir. Pour revoir la note complète, choisissez « Tout lecteur : la note complète » dans le menu au-dessus de l’aperçu.</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>What a reader at %s sees</source>
            <translation>Ce que voit un lecteur au niveau %s</translation>
        </message>
        <message>
            <source>What a reader at %s sees is not shown: the preview says why.</source>
            <translation>Ce que voit un lecteur au niveau %s n’est pas affiché : l’aperçu explique pourquoi.</translation>
        </message>
        <message>
            <source>attach the file to a message yourself: it is in %s.</source>
            <translation>joignez vous-même le fichier à un message : il se trouve dans %s.</translation>
        </message>
    </context>
    <context>
        <name>Markings</name>
        <message>
            <source>As the brief (%s)</source>
            <translation>Comme la note (%s)</translation>
        </message>
        <message>
            <source>As the brief (not marked)</source>
            <translation>Comme la note (non marquée)</translation>
        </message>
        <message>
            <source>Marked %s</source>
            <translation>Marqué %s</translation>
        </message>
        <message>
            <source>Not marked: handled at the brief's marking (%s)</source>
            <translation>Non marqué : traité au marquage de la note (%s)</translation>
        </message>
        <message>
            <source>Who may read this part: a level of the %s scheme (%s), optionally followed by caveats. Blank: as the brief.</source>
            <translation>Qui peut lire cette partie : un niveau du schéma %s (%s), suivi au besoin de mentions. Vide : comme la note.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>“%s” names no level of the %s scheme</source>
            <translation>« %s » ne nomme aucun niveau du schéma %s</translation>
        </message>
    </context>
    <context>
        <name>MeetingEditor</name>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date :</translation>
        </message>
        <message>
            <source>&amp;End:</source>
            <translation>&amp;Fin :</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>&amp;Format :</translation>
        </message>
        <message>
            <source>&amp;Home time zone:</source>
            <translation>Fuseau horaire de &amp;départ :</translation>
        </message>
        <message>
            <source>&amp;Location:</source>
            <translation>&amp;Lieu :</translation>
        </message>
        <message>
            <source>&amp;Start:</source>
            <translation>&amp;Début :</translation>
        </message>
        <message>
            <source>&amp;Time zone:</source>
            <translation>&amp;Fuseau horaire :</translation>
        </message>
        <message>
            <source>City, building, room</source>
            <translation>Ville, bâtiment, salle</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Home time zone</source>
            <translation>Fuseau horaire de départ</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>The principal's home zone: times print in both zones when it differs.</source>
            <translation>Le fuseau de l’autorité chez elle : les heures s’impriment dans les deux fuseaux s’il diffère.</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Fuseau horaire</translation>
        </message>
    </context>
    <context>
        <name>NotPrintedNotice</name>
        <message>
            <source>Choose the sections this brief prints</source>
            <translation>Choisir les sections que cette note imprime</translation>
        </message>
        <message>
            <source>Layout…</source>
            <translation>Mise en page…</translation>
        </message>
        <message>
            <source>Move %s to Other sections</source>
            <translation>Déplacer %s dans Autres sections</translation>
        </message>
        <message>
            <source>Move this text into a new Other section (Edit ▸ Undo brings it back)</source>
            <translation>Déplacer ce texte dans une nouvelle section des Autres sections (Édition ▸ Annuler le rétablit)</translation>
        </message>
        <message>
            <source>Move to Other sections</source>
            <translation>Déplacer dans Autres sections</translation>
        </message>
        <message>
            <source>Move to Other sections…</source>
            <translation>Déplacer dans Autres sections…</translation>
        </message>
        <message>
            <source>The %s template does not print %s.</source>
            <translation>Le modèle %s n'imprime pas %s.</translation>
        </message>
        <message>
            <source>The %s template does not print this section.</source>
            <translation>Le modèle %s n'imprime pas cette section.</translation>
        </message>
        <message>
            <source>The text moves into a new Other section called:</source>
            <translation>Le texte passe dans une nouvelle section des Autres sections, intitulée :</translation>
        </message>
        <message>
            <source>There is no text to move.</source>
            <translation>Il n'y a aucun texte à déplacer.</translation>
        </message>
    </context>
    <context>
        <name>OverviewEditor</name>
        <message>
            <source>&amp;Marking:</source>
            <translation>&amp;Mention :</translation>
        </message>
        <message>
            <source>&amp;Purpose:</source>
            <translation>&amp;Objet :</translation>
        </message>
        <message>
            <source>&amp;Reference:</source>
            <translation>&amp;Référence :</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>É&amp;tat :</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titre :</translation>
        </message>
        <message>
            <source>Author, office</source>
            <translation>Auteur, service</translation>
        </message>
        <message>
            <source>Draft watermark</source>
            <translation>Filigrane de projet</translation>
        </message>
        <message>
            <source>File or reference number</source>
            <translation>Numéro de dossier ou de référence</translation>
        </message>
        <message>
            <source>Marking</source>
            <translation>Mention</translation>
        </message>
        <message>
            <source>O&amp;ur objectives:</source>
            <translation>&amp;Nos objectifs :</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>Objectifs</translation>
        </message>
        <message>
            <source>Our objectives' marking</source>
            <translation>Marquage de nos objectifs</translation>
        </message>
        <message>
            <source>Prepared &amp;by:</source>
            <translation>Rédigée &amp;par :</translation>
        </message>
        <message>
            <source>Prepared &amp;for:</source>
            <translation>Desti&amp;nataire :</translation>
        </message>
        <message>
            <source>Prepared &amp;on:</source>
            <translation>Rédigée &amp;le :</translation>
        </message>
        <message>
            <source>Prepared by</source>
            <translation>Rédigée par</translation>
        </message>
        <message>
            <source>Prepared for</source>
            <translation>Destinataire</translation>
        </message>
        <message>
            <source>Prepared on</source>
            <translation>Rédigée le</translation>
        </message>
        <message>
            <source>Print a DRAFT &amp;watermark while the status is Draft</source>
            <translation>Imprimer un &amp;filigrane PROJET tant que l’état est Projet</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Objet</translation>
        </message>
        <message>
            <source>Purpose marking</source>
            <translation>Marquage de l’objet</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Référence</translation>
        </message>
        <message>
            <source>S&amp;ubtitle:</source>
            <translation>&amp;Sous-titre :</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Subtitle</source>
            <translation>Sous-titre</translation>
        </message>
        <message>
            <source>Summar&amp;y:</source>
            <translation>Rés&amp;umé :</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Résumé</translation>
        </message>
        <message>
            <source>Summary and purpose</source>
            <translation>Résumé et objet</translation>
        </message>
        <message>
            <source>Summary marking</source>
            <translation>Marquage du résumé</translation>
        </message>
        <message>
            <source>T&amp;heir objectives:</source>
            <translation>&amp;Leurs objectifs :</translation>
        </message>
        <message>
            <source>Temp&amp;late:</source>
            <translation>Mo&amp;dèle :</translation>
        </message>
        <message>
            <source>Template</source>
            <translation>Modèle</translation>
        </message>
        <message>
            <source>The bottom line, up front</source>
            <translation>L’essentiel, d’emblée</translation>
        </message>
        <message>
            <source>The principal who will read it</source>
            <translation>L’autorité qui la lira</translation>
        </message>
        <message>
            <source>Their objectives' marking</source>
            <translation>Marquage de leurs objectifs</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>What the meeting is (required)</source>
            <translation>L’objet de la réunion (obligatoire)</translation>
        </message>
        <message>
            <source>Why the meeting happens, who asked for it</source>
            <translation>Pourquoi la réunion a lieu, qui l’a demandée</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsEditor</name>
        <message>
            <source>&amp;Group by delegation</source>
            <translation>&amp;Grouper par délégation</translation>
        </message>
        <message>
            <source>Show participants grouped by delegation. The printed order is the list order; turn grouping off to reorder.</source>
            <translation>Afficher les participants groupés par délégation. L’ordre imprimé est celui de la liste ; désactivez le groupement pour réordonner.</translation>
        </message>
        <message>
            <source>Turn off “Group by delegation” to reorder participants.</source>
            <translation>Désactivez « Grouper par délégation » pour réordonner les participants.</translation>
        </message>
    </context>
    <context>
        <name>People</name>
        <message>
            <source>(a photo)</source>
            <translation>(une photo)</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(vide)</translation>
        </message>
        <message>
            <source>Add %s to the library</source>
            <translation>Ajouter %s à la bibliothèque</translation>
        </message>
        <message>
            <source>Add to library</source>
            <translation>Ajouter à la bibliothèque</translation>
        </message>
        <message>
            <source>Changed by someone else</source>
            <translation>Modifié par quelqu’un d’autre</translation>
        </message>
        <message>
            <source>Changed in this brief since it was taken from the library.</source>
            <translation>Modifié dans cette note depuis sa reprise de la bibliothèque.</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <source>From the people library.</source>
            <translation>Tiré de la bibliothèque de personnes.</translation>
        </message>
        <message>
            <source>In the library (will be used)</source>
            <translation>Dans la bibliothèque (sera utilisé)</translation>
        </message>
        <message>
            <source>In the library now</source>
            <translation>Dans la bibliothèque actuellement</translation>
        </message>
        <message>
            <source>In this brief (will be saved to the library)</source>
            <translation>Dans cette note (sera enregistré dans la bibliothèque)</translation>
        </message>
        <message>
            <source>In this brief now</source>
            <translation>Dans cette note actuellement</translation>
        </message>
        <message>
            <source>Keep this person in your people library, to take into other briefs</source>
            <translation>Garder cette personne dans votre bibliothèque, pour la reprendre dans d’autres notes</translation>
        </message>
        <message>
            <source>Not in the people library.</source>
            <translation>Absent de la bibliothèque de personnes.</translation>
        </message>
        <message>
            <source>Nothing in the brief was changed.</source>
            <translation>Rien n’a été modifié dans la note.</translation>
        </message>
        <message>
            <source>People library</source>
            <translation>Bibliothèque de personnes</translation>
        </message>
        <message>
            <source>Save what this brief says about %s to the people library?</source>
            <translation>Enregistrer dans la bibliothèque ce que cette note dit de %s ?</translation>
        </message>
        <message>
            <source>Save what this brief says about the person to the library entry</source>
            <translation>Enregistrer dans la fiche de la bibliothèque ce que cette note dit de la personne</translation>
        </message>
        <message>
            <source>Save your changes together with theirs?</source>
            <translation>Enregistrer vos modifications avec les siennes ?</translation>
        </message>
        <message>
            <source>Take %s from the library</source>
            <translation>Reprendre %s de la bibliothèque</translation>
        </message>
        <message>
            <source>Taken from a people library entry that is not in yours.</source>
            <translation>Repris d’une fiche qui n’est pas dans votre bibliothèque.</translation>
        </message>
        <message>
            <source>The library has a newer version of this person (updated %s).</source>
            <translation>La bibliothèque a une version plus récente de cette personne (mise à jour %s).</translation>
        </message>
        <message>
            <source>The library's entry for %s differs from this brief in these fields:</source>
            <translation>La fiche de %s dans la bibliothèque diffère de cette note pour ces champs :</translation>
        </message>
        <message>
            <source>Update %s from the library</source>
            <translation>Mettre à jour %s depuis la bibliothèque</translation>
        </message>
        <message>
            <source>Update from library</source>
            <translation>Mettre à jour depuis la bibliothèque</translation>
        </message>
        <message>
            <source>Update from library…</source>
            <translation>Mettre à jour depuis la bibliothèque…</translation>
        </message>
        <message>
            <source>Update the library</source>
            <translation>Mettre à jour la bibliothèque</translation>
        </message>
        <message>
            <source>Update the library entry of %s</source>
            <translation>Mettre à jour la fiche de %s</translation>
        </message>
        <message>
            <source>Update the library…</source>
            <translation>Mettre à jour la bibliothèque…</translation>
        </message>
        <message>
            <source>You both changed: %s. Keep your version of those and take the rest of theirs?</source>
            <translation>Vous avez tous deux modifié : %s. Garder votre version de ces champs et prendre le reste de la sienne ?</translation>
        </message>
    </context>
    <context>
        <name>PhotoField</name>
        <message>
            <source>Choose a photo</source>
            <translation>Choisir une photo</translation>
        </message>
        <message>
            <source>Choose photo…</source>
            <translation>Choisir une photo…</translation>
        </message>
        <message>
            <source>Images (%s)</source>
            <translation>Images (%s)</translation>
        </message>
        <message>
            <source>No photo</source>
            <translation>Pas de photo</translation>
        </message>
        <message>
            <source>PNG, JPEG, WebP, GIF or BMP. Resized to 600 px; location and camera data removed.</source>
            <translation>PNG, JPEG, WebP, GIF ou BMP. Redimensionnée à 600 px ; lieu et données de l’appareil retirés.</translation>
        </message>
        <message>
            <source>Photo not used</source>
            <translation>Photo non utilisée</translation>
        </message>
        <message>
            <source>Remove photo</source>
            <translation>Retirer la photo</translation>
        </message>
        <message>
            <source>Select a participant first.</source>
            <translation>Sélectionnez d’abord un participant.</translation>
        </message>
        <message>
            <source>Unreadable photo</source>
            <translation>Photo illisible</translation>
        </message>
        <message>
            <source>photo</source>
            <translation>photo</translation>
        </message>
    </context>
    <context>
        <name>Preview</name>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PreviewPane</name>
        <message>
            <source>%1 — over the %2-page budget</source>
            <translation>%1 — au-delà du plafond de %2 pages</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Fit Width</source>
            <translation>A&amp;juster à la largeur</translation>
        </message>
        <message>
            <source>PDF preview</source>
            <translation>Aperçu PDF</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Page %1 sur %2</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Aperçu</translation>
        </message>
        <message>
            <source>Preview unavailable</source>
            <translation>Aperçu indisponible</translation>
        </message>
        <message>
            <source>Qt could not display the PDF (%s).</source>
            <translation>Qt n’a pas pu afficher le PDF (%s).</translation>
        </message>
        <message>
            <source>The preview could not be made.</source>
            <translation>L’aperçu n’a pas pu être produit.</translation>
        </message>
        <message>
            <source>The preview could not be shown.</source>
            <translation>L’aperçu n’a pas pu être affiché.</translation>
        </message>
        <message>
            <source>Updating the preview</source>
            <translation>Mise à jour de l’aperçu</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>Zoom &amp;avant</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>Zoom a&amp;rrière</translation>
        </message>
    </context>
    <context>
        <name>Problems</name>
        <message>
            <source>%1 has no title or position.</source>
            <translation>%1 n’a ni titre ni fonction.</translation>
        </message>
        <message>
            <source>%1 has not cleared the brief; settle their comments before it goes.</source>
            <translation>%1 n’a pas validé la note ; réglez ses observations avant l’envoi.</translation>
        </message>
        <message>
            <source>%1 is marked %2, above the brief's %3, and so is their photo: a picture carries no portion mark of its own, so check that it may go at %4. The banner on every page reads %5.</source>
            <translation>%1 est marqué %2, au-dessus du marquage de la note (%3), tout comme sa photo : une image ne porte pas de marquage propre, vérifiez donc qu’elle peut être diffusée au niveau %4. Le bandeau de chaque page indique %5.</translation>
        </message>
        <message>
            <source>%1 is marked %2, above the brief's %3: a source's title alone can tell a reader what the brief draws on. The banner on every page reads %4; a releasable version below %5 leaves the source out.</source>
            <translation>%1 est marqué %2, au-dessus du marquage de la note (%3) : le seul titre d’une source peut révéler ce sur quoi la note s’appuie. Le bandeau de chaque page indique %4 ; une version diffusable en dessous de %5 omet la source.</translation>
        </message>
        <message>
            <source>%1 is marked %2, above the brief's %3: the banner on every page reads %4; a releasable version below %5 leaves it out.</source>
            <translation>%1 est marqué %2, au-dessus du marquage de la note (%3) : le bandeau de chaque page indique %4 ; une version diffusable en dessous de %5 l’omet.</translation>
        </message>
        <message>
            <source>Agenda item “%1”</source>
            <translation>Le point de l’ordre du jour « %1 »</translation>
        </message>
        <message>
            <source>Copy %1 is given to %2 and to %3; give each a number of its own.</source>
            <translation>L’exemplaire %1 est attribué à %2 et à %3 ; donnez à chacun son propre numéro.</translation>
        </message>
        <message>
            <source>Decision “%1”</source>
            <translation>La décision « %1 »</translation>
        </message>
        <message>
            <source>Decision “%1” has no recommendation; say what we recommend.</source>
            <translation>La décision « %1 » n’a pas de recommandation ; dites ce que nous recommandons.</translation>
        </message>
        <message>
            <source>Item “%1”</source>
            <translation>L’élément « %1 »</translation>
        </message>
        <message>
            <source>Key point “%1”</source>
            <translation>Le point clé « %1 »</translation>
        </message>
        <message>
            <source>No participant is printed: the template “%1” leaves out %2; add who you will face (an interviewer, with the outlet as organisation).</source>
            <translation>Aucun participant n’est imprimé : le modèle « %1 » omet %2 ; ajoutez votre interlocuteur (un journaliste, avec son média comme organisation).</translation>
        </message>
        <message>
            <source>No participants yet; add who will be in the room.</source>
            <translation>Aucun participant pour l’instant ; ajoutez les personnes présentes dans la salle.</translation>
        </message>
        <message>
            <source>No participants yet; add who will be on the call.</source>
            <translation>Aucun participant pour l’instant ; ajoutez les personnes qui seront en ligne.</translation>
        </message>
        <message>
            <source>Open issue “%1”</source>
            <translation>La question en suspens « %1 »</translation>
        </message>
        <message>
            <source>Open issue “%1” has been carried through %2 briefs; decide it, resolve it or drop it.</source>
            <translation>La question en suspens « %1 » a été reportée sur %2 notes ; tranchez-la, réglez-la ou abandonnez-la.</translation>
        </message>
        <message>
            <source>Open issue “%1” has no owner.</source>
            <translation>La question en suspens « %1 » n’a pas de responsable.</translation>
        </message>
        <message>
            <source>Open issue “%1” is due %2, before the meeting on %3; make sure it is settled in time.</source>
            <translation>La question en suspens « %1 » est à régler le %2, avant la réunion du %3 ; veillez à ce qu’elle le soit à temps.</translation>
        </message>
        <message>
            <source>Open issue “%1” is overdue: it was due %2; resolve it or move the date.</source>
            <translation>La question en suspens « %1 » est en retard : elle était à régler le %2 ; réglez-la ou changez la date.</translation>
        </message>
        <message>
            <source>Participant “%1”</source>
            <translation>Le participant « %1 »</translation>
        </message>
        <message>
            <source>Question “%1”</source>
            <translation>La question « %1 »</translation>
        </message>
        <message>
            <source>Question “%1” has no answer; write the line to take.</source>
            <translation>La question « %1 » n’a pas de réponse ; écrivez l’élément de langage.</translation>
        </message>
        <message>
            <source>Risk “%1”</source>
            <translation>Le risque « %1 »</translation>
        </message>
        <message>
            <source>Risk “%1” has no mitigation.</source>
            <translation>Le risque « %1 » n’a pas de mesure d’atténuation.</translation>
        </message>
        <message>
            <source>Risk “%1” has no owner.</source>
            <translation>Le risque « %1 » n’a pas de responsable.</translation>
        </message>
        <message>
            <source>Say who the brief is prepared for.</source>
            <translation>Indiquez le destinataire de la note.</translation>
        </message>
        <message>
            <source>Section “%1”</source>
            <translation>La section « %1 »</translation>
        </message>
        <message>
            <source>Source “%1”</source>
            <translation>La source « %1 »</translation>
        </message>
        <message>
            <source>Stakeholder “%1”</source>
            <translation>La partie prenante « %1 »</translation>
        </message>
        <message>
            <source>The brief has no handling marking; choose one (for example OFFICIAL) so readers know how to handle it.</source>
            <translation>La note n’a pas de mention de protection ; choisissez-en une (par exemple OFFICIAL) pour que les lecteurs sachent comment la traiter.</translation>
        </message>
        <message>
            <source>The brief is %1 pages; the template allows %2. Shorten it or move detail to annexes.</source>
            <translation>La note fait %1 pages ; le modèle en autorise %2. Raccourcissez-la ou renvoyez le détail en annexe.</translation>
        </message>
        <message>
            <source>The brief is marked final but clearance by %1 is still pending; get it cleared, or set the status back to draft.</source>
            <translation>La note est marquée définitive mais la validation par %1 est encore en attente ; faites-la valider, ou remettez l’état à Projet.</translation>
        </message>
        <message>
            <source>The brief is still called “Untitled brief”; give it the meeting's title.</source>
            <translation>La note s’appelle toujours « Untitled brief » ; donnez-lui le titre de la réunion.</translation>
        </message>
        <message>
            <source>The home time zone “%1” is not a time zone name; choose one such as Europe/London or America/New_York.</source>
            <translation>Le fuseau horaire de départ « %1 » n’est pas un nom de fuseau ; choisissez-en un comme Europe/Paris ou America/New_York.</translation>
        </message>
        <message>
            <source>The marking “%1” names no level of the %2 marking scheme (%3); start it with one of them, or nobody can tell who may read this.</source>
            <translation>La mention « %1 » ne nomme aucun niveau du système de mentions %2 (%3) ; commencez-la par l’un d’eux, sinon personne ne saura qui peut la lire.</translation>
        </message>
        <message>
            <source>The meeting date is missing.</source>
            <translation>La date de la réunion manque.</translation>
        </message>
        <message>
            <source>The meeting ends before it starts; check the start and end times.</source>
            <translation>La réunion se termine avant de commencer ; vérifiez les heures de début et de fin.</translation>
        </message>
        <message>
            <source>The meeting location is missing.</source>
            <translation>Le lieu de la réunion manque.</translation>
        </message>
        <message>
            <source>The section “%1” is filled in but the template “%2” does not print it; add it to the layout of this brief or move its content.</source>
            <translation>La section « %1 » est remplie, mais le modèle « %2 » ne l’imprime pas ; ajoutez-la à la mise en page de cette note ou déplacez son contenu.</translation>
        </message>
        <message>
            <source>The summary (the bottom line up front) is empty; write two or three sentences.</source>
            <translation>Le résumé (l’essentiel, d’emblée) est vide ; écrivez deux ou trois phrases.</translation>
        </message>
        <message>
            <source>Timeline entry “%1”</source>
            <translation>L’événement de la chronologie « %1 »</translation>
        </message>
        <message>
            <source>To keep the template's page budget the export is shortened: %1 Cut the brief, or choose a template with more pages, to print everything.</source>
            <translation>Pour tenir le plafond de pages du modèle, l’export est raccourci : %1 Réduisez la note, ou choisissez un modèle avec plus de pages, pour tout imprimer.</translation>
        </message>
        <message>
            <source>“%1” is not a time zone name; choose one such as Asia/Jerusalem or Europe/London.</source>
            <translation>« %1 » n’est pas un nom de fuseau horaire ; choisissez-en un comme Asia/Jerusalem ou Europe/London.</translation>
        </message>
    </context>
    <context>
        <name>ProblemsPanel</name>
        <message>
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Erreur</translation>
        </message>
        <message>
            <source>No problems found: the brief is ready to export.</source>
            <translation>Aucun problème : la note est prête à être exportée.</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Problèmes</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Avertissement</translation>
        </message>
        <message>
            <source>Whole brief</source>
            <translation>Toute la note</translation>
        </message>
    </context>
    <context>
        <name>QDialog</name>
        <message>
            <source>Print Brief</source>
            <translation>Imprimer la note</translation>
        </message>
        <message>
            <source>Print Brief: what a reader at %1 sees</source>
            <translation>Imprimer la note : ce que voit un lecteur au niveau %1</translation>
        </message>
    </context>
    <context>
        <name>QGuiApplication</name>
        <message>
            <source>QT_LAYOUT_DIRECTION</source>
            <comment>Translate this string to the string 'LTR' in left-to-right languages or to 'RTL' in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
            <translation>LTR</translation>
        </message>
    </context>
    <context>
        <name>Reveal</name>
        <message>
            <source>Briefer could not find a program to open the file. Open it yourself; it is:</source>
            <translation>Briefer n’a trouvé aucun programme pour ouvrir le fichier. Ouvrez-le vous-même ; le voici :</translation>
        </message>
        <message>
            <source>Briefer could not open a file manager to show the folder. The file is in:</source>
            <translation>Briefer n’a pas pu ouvrir de gestionnaire de fichiers pour afficher le dossier. Le fichier se trouve dans :</translation>
        </message>
        <message>
            <source>Open file</source>
            <translation>Ouvrir le fichier</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>Afficher dans le dossier</translation>
        </message>
    </context>
    <context>
        <name>SaveTemplateDialog</name>
        <message>
            <source>&amp;Description:</source>
            <translation>&amp;Description :</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>Keep:</source>
            <translation>Conserver :</translation>
        </message>
        <message>
            <source>Save as Template</source>
            <translation>Enregistrer comme modèle</translation>
        </message>
        <message>
            <source>Structure and standing text — also the text and rows of this brief,
except its title, reference and dates</source>
            <translation>Structure et texte permanent — ainsi que le texte et les lignes de cette note,
sauf son titre, sa référence et ses dates</translation>
        </message>
        <message>
            <source>Structure only — sections, titles, layout; no text</source>
            <translation>Structure seule — sections, titres, mise en page ; pas de texte</translation>
        </message>
        <message>
            <source>What the template is for (shown in the gallery)</source>
            <translation>À quoi sert le modèle (affiché dans la galerie)</translation>
        </message>
        <message>
            <source>e.g. Weekly call with the embassy</source>
            <translation>p. ex. Appel hebdomadaire avec l’ambassade</translation>
        </message>
    </context>
    <context>
        <name>SectionList</name>
        <message numerus="yes">
            <source>%n problem(s)</source>
            <translation>
                <numerusform>%n problème</numerusform>
                <numerusform>%n problèmes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n ligne</numerusform>
                <numerusform>%n lignes</numerusform>
            </translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Ordre du jour</translation>
        </message>
        <message>
            <source>Background</source>
            <translation>Contexte</translation>
        </message>
        <message>
            <source>Contact and clearance</source>
            <translation>Contact et validation</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Décisions</translation>
        </message>
        <message>
            <source>Distribution</source>
            <translation>Diffusion</translation>
        </message>
        <message>
            <source>Key points</source>
            <translation>Points clés</translation>
        </message>
        <message>
            <source>Logistics</source>
            <translation>Logistique</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Réunion</translation>
        </message>
        <message>
            <source>Not printed with this brief's template; File ▸ Layout of This Brief… adds it.</source>
            <translation>Non imprimé avec le modèle de cette note ; Fichier ▸ Mise en page de cette note… l’ajoute.</translation>
        </message>
        <message>
            <source>Open issues</source>
            <translation>Questions en suspens</translation>
        </message>
        <message>
            <source>Other sections</source>
            <translation>Autres sections</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Vue d’ensemble</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Questions and answers</source>
            <translation>Questions et réponses</translation>
        </message>
        <message>
            <source>Risks</source>
            <translation>Risques</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Sections</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Sources</translation>
        </message>
        <message>
            <source>Stakeholders</source>
            <translation>Parties prenantes</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Chronologie</translation>
        </message>
    </context>
    <context>
        <name>SectionOrderBox</name>
        <message>
            <source>Default &amp;Title</source>
            <translation>&amp;Titre par défaut</translation>
        </message>
        <message>
            <source>Default title: %s</source>
            <translation>Titre par défaut : %s</translation>
        </message>
        <message>
            <source>Give the selected section its default title back</source>
            <translation>Rendre son titre par défaut à la section sélectionnée</translation>
        </message>
        <message>
            <source>Move &amp;Down</source>
            <translation>&amp;Descendre</translation>
        </message>
        <message>
            <source>Move &amp;Up</source>
            <translation>&amp;Monter</translation>
        </message>
        <message>
            <source>Print the selected section earlier (Alt+U)</source>
            <translation>Imprimer la section sélectionnée plus tôt (Alt+U)</translation>
        </message>
        <message>
            <source>Print the selected section later (Alt+D)</source>
            <translation>Imprimer la section sélectionnée plus tard (Alt+D)</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Sections</translation>
        </message>
        <message>
            <source>Sections, in print order</source>
            <translation>Sections, dans l’ordre d’impression</translation>
        </message>
        <message>
            <source>Tick the sections to print. Double-click a title to rename it; drag to reorder.</source>
            <translation>Cochez les sections à imprimer. Double-cliquez sur un titre pour le renommer ; faites glisser pour réordonner.</translation>
        </message>
    </context>
    <context>
        <name>SourceTextDialog</name>
        <message>
            <source>Could not read the file</source>
            <translation>Impossible de lire le fichier</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Projet</translation>
        </message>
        <message>
            <source>Draft from Text</source>
            <translation>Rédiger depuis un texte</translation>
        </message>
        <message>
            <source>Open File…</source>
            <translation>Ouvrir un fichier…</translation>
        </message>
        <message>
            <source>Open a Text, E-mail or Word File</source>
            <translation>Ouvrir un fichier texte, courriel ou Word</translation>
        </message>
        <message>
            <source>Paste an article, a cable, an e-mail or a read-out, or open a .txt, .eml or .docx file.</source>
            <translation>Collez un article, un télégramme, un courriel ou un compte rendu, ou ouvrez un fichier .txt, .eml ou .docx.</translation>
        </message>
        <message>
            <source>Text, e-mail or Word (*.txt *.eml *.docx)</source>
            <translation>Texte, courriel ou Word (*.txt *.eml *.docx)</translation>
        </message>
    </context>
    <context>
        <name>Spelling</name>
        <message>
            <source>&amp;Automatic (the Language of Each Brief)</source>
            <translation>&amp;Automatique (la langue de chaque note)</translation>
        </message>
        <message>
            <source>Add to Dictionary</source>
            <translation>Ajouter au dictionnaire</translation>
        </message>
        <message>
            <source>Add “%1” to Dictionary</source>
            <translation>Ajouter « %1 » au dictionnaire</translation>
        </message>
        <message>
            <source>Arabic</source>
            <translation>Arabe</translation>
        </message>
        <message>
            <source>Check Spelling as You &amp;Type</source>
            <translation>Vérifier l’orthographe pendant la &amp;frappe</translation>
        </message>
        <message>
            <source>English (United Kingdom)</source>
            <translation>Anglais (Royaume-Uni)</translation>
        </message>
        <message>
            <source>English (United States)</source>
            <translation>Anglais (États-Unis)</translation>
        </message>
        <message>
            <source>French</source>
            <translation>Français</translation>
        </message>
        <message>
            <source>No Suggestions</source>
            <translation>Aucune suggestion</translation>
        </message>
        <message>
            <source>S&amp;pelling</source>
            <translation>&amp;Orthographe</translation>
        </message>
        <message>
            <source>Words in Arabic script are always checked in Arabic</source>
            <translation>Les mots en écriture arabe sont toujours vérifiés en arabe</translation>
        </message>
        <message>
            <source>“%1” is accepted until you quit, but it could not be saved: %2</source>
            <translation>« %1 » est accepté jusqu’à ce que vous quittiez, mais n’a pas pu être enregistré : %2</translation>
        </message>
    </context>
    <context>
        <name>TemplateEditor</name>
        <message>
            <source> pages</source>
            <translation> pages</translation>
        </message>
        <message>
            <source> participants</source>
            <translation> participants</translation>
        </message>
        <message>
            <source>&amp;Contents page:</source>
            <translation>Page de &amp;sommaire :</translation>
        </message>
        <message>
            <source>&amp;Page size:</source>
            <translation>&amp;Format de page :</translation>
        </message>
        <message>
            <source>&amp;Releasable versions say they omit material above their level</source>
            <translation>Les versions diffusables indiquent qu’elles &amp;omettent des éléments au-dessus de leur niveau</translation>
        </message>
        <message>
            <source>&amp;Style:</source>
            <translation>&amp;Style :</translation>
        </message>
        <message>
            <source>A portion mark is the short form of a part's marking, printed before it.</source>
            <translation>Une marque de partie est la forme abrégée du marquage d’une partie, imprimée devant elle.</translation>
        </message>
        <message>
            <source>Accessible PDF (PDF/UA)</source>
            <translation>PDF accessible (PDF/UA)</translation>
        </message>
        <message>
            <source>Archival PDF (PDF/A-2a)</source>
            <translation>PDF d’archivage (PDF/A-2a)</translation>
        </message>
        <message>
            <source>Archival PDF (PDF/A-2b)</source>
            <translation>PDF d’archivage (PDF/A-2b)</translation>
        </message>
        <message>
            <source>As the scheme expects (US: every portion; others: none)</source>
            <translation>Comme le veut le schéma (US : chaque partie ; autres : aucune)</translation>
        </message>
        <message>
            <source>Change template</source>
            <translation>Modifier le modèle</translation>
        </message>
        <message>
            <source>Choose a logo</source>
            <translation>Choisir un logo</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <source>Compact &amp;who's who:</source>
            <translation>&amp;Trombinoscope compact :</translation>
        </message>
        <message>
            <source>Cover logo:</source>
            <translation>Logo de couverture :</translation>
        </message>
        <message>
            <source>Decisions &amp;lead:</source>
            <translation>&amp;Chapeau des décisions :</translation>
        </message>
        <message>
            <source>Default &amp;marking:</source>
            <translation>&amp;Mention par défaut :</translation>
        </message>
        <message>
            <source>Descr&amp;iption:</source>
            <translation>Descr&amp;iption :</translation>
        </message>
        <message>
            <source>Do not print them</source>
            <translation>Ne pas les imprimer</translation>
        </message>
        <message>
            <source>Edit Template — %s</source>
            <translation>Modifier le modèle — %s</translation>
        </message>
        <message>
            <source>Logo not used</source>
            <translation>Logo non utilisé</translation>
        </message>
        <message>
            <source>Marking sc&amp;heme:</source>
            <translation>Sc&amp;héma de marquage :</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Jamais</translation>
        </message>
        <message>
            <source>No limit</source>
            <translation>Sans limite</translation>
        </message>
        <message>
            <source>No logo</source>
            <translation>Pas de logo</translation>
        </message>
        <message>
            <source>Off: nothing in a releasable version gives away that anything was left out. On: a line under its cover says it omits material marked above its level.</source>
            <translation>Désactivé : rien dans une version diffusable ne révèle que quelque chose a été omis. Activé : une ligne sous sa page de garde indique qu’elle omet des éléments marqués au-dessus de son niveau.</translation>
        </message>
        <message>
            <source>PDF e&amp;xport:</source>
            <translation>E&amp;xport PDF :</translation>
        </message>
        <message>
            <source>Page &amp;budget:</source>
            <translation>&amp;Plafond de pages :</translation>
        </message>
        <message>
            <source>Page and style</source>
            <translation>Page et style</translation>
        </message>
        <message>
            <source>Pictures (*.png *.jpg *.jpeg)</source>
            <translation>Images (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>Portion mar&amp;ks:</source>
            <translation>Mar&amp;ques de partie :</translation>
        </message>
        <message>
            <source>Print the who's who as a compact table (photo, name, role, one line) with the biographies in an annex at the end.</source>
            <translation>Imprimer le trombinoscope en tableau compact (photo, nom, rôle, une ligne) avec les biographies en annexe à la fin.</translation>
        </message>
        <message>
            <source>Print them, e.g. (S) before a SECRET paragraph</source>
            <translation>Les imprimer, p. ex. (S) devant un paragraphe SECRET</translation>
        </message>
        <message>
            <source>R&amp;edo</source>
            <translation>Refai&amp;re</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Standard PDF</source>
            <translation>PDF standard</translation>
        </message>
        <message>
            <source>The levels the markings of this template's briefs are read against: the marking choosers, the banner, the reader filter and the releasable versions all use them.</source>
            <translation>Les niveaux auxquels se rapportent les marquages des notes de ce modèle : les sélecteurs de marquage, le bandeau, le filtre de lecteur et les versions diffusables les utilisent tous.</translation>
        </message>
        <message>
            <source>U&amp;ndo</source>
            <translation>Déf&amp;aire</translation>
        </message>
        <message>
            <source>What Export PDF… writes by default for briefs of this template (the export dialog can still choose another)</source>
            <translation>Ce qu’écrit Exporter en PDF… par défaut pour les notes de ce modèle (la boîte d’export peut en choisir un autre)</translation>
        </message>
        <message>
            <source>e.g. OFFICIAL-SENSITIVE (none if empty)</source>
            <translation>p. ex. OFFICIAL-SENSITIVE (aucune si vide)</translation>
        </message>
        <message>
            <source>e.g. The Board is asked to:</source>
            <translation>p. ex. Le conseil est invité à :</translation>
        </message>
        <message>
            <source>when longer than </source>
            <translation>au-delà de </translation>
        </message>
        <message>
            <source>with more than </source>
            <translation>au-delà de </translation>
        </message>
    </context>
    <context>
        <name>TemplateField</name>
        <message>
            <source>%s (default)</source>
            <translation>%s (par défaut)</translation>
        </message>
        <message>
            <source>“%s” (not installed here)</source>
            <translation>« %s » (non installé ici)</translation>
        </message>
    </context>
    <context>
        <name>TemplateGallery</name>
        <message>
            <source>&amp;Create</source>
            <translation>&amp;Créer</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Supprimer</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Modifier…</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importer…</translation>
        </message>
        <message>
            <source>Add a .brieftemplate file to your templates</source>
            <translation>Ajouter un fichier .brieftemplate à vos modèles</translation>
        </message>
        <message>
            <source>Could not delete the template</source>
            <translation>Impossible de supprimer le modèle</translation>
        </message>
        <message>
            <source>Could not export the template</source>
            <translation>Impossible d’exporter le modèle</translation>
        </message>
        <message>
            <source>Could not import the template</source>
            <translation>Impossible d’importer le modèle</translation>
        </message>
        <message>
            <source>Could not rename the template</source>
            <translation>Impossible de renommer le modèle</translation>
        </message>
        <message>
            <source>Could not save the template</source>
            <translation>Impossible d’enregistrer le modèle</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xporter…</translation>
        </message>
        <message>
            <source>New from Template</source>
            <translation>Nouvelle depuis un modèle</translation>
        </message>
        <message>
            <source>No description.</source>
            <translation>Pas de description.</translation>
        </message>
        <message>
            <source>No preview</source>
            <translation>Pas d’aperçu</translation>
        </message>
        <message>
            <source>No template</source>
            <translation>Aucun modèle</translation>
        </message>
        <message>
            <source>Only your own templates can be changed</source>
            <translation>Seuls vos propres modèles peuvent être modifiés</translation>
        </message>
        <message>
            <source>Page: %s, style: %s</source>
            <translation>Page : %s, style : %s</translation>
        </message>
        <message>
            <source>Pictures show the example brief in each layout. A new brief starts with the template's standing text only.</source>
            <translation>Les images montrent la note d’exemple dans chaque mise en page. Une nouvelle note ne reprend que le texte permanent du modèle.</translation>
        </message>
        <message>
            <source>Re&amp;name…</source>
            <translation>Re&amp;nommer…</translation>
        </message>
        <message>
            <source>Save this template as a file to share it</source>
            <translation>Enregistrer ce modèle dans un fichier pour le partager</translation>
        </message>
        <message>
            <source>Sections: %s</source>
            <translation>Sections : %s</translation>
        </message>
        <message>
            <source>Templates</source>
            <translation>Modèles</translation>
        </message>
        <message>
            <source>The preview could not be made: %s</source>
            <translation>L’aperçu n’a pas pu être produit : %s</translation>
        </message>
        <message>
            <source>Word reference document</source>
            <translation>Document de référence Word</translation>
        </message>
        <message>
            <source>“%s” is not a template Briefer can use: %s.</source>
            <translation>« %s » n’est pas un modèle utilisable par Briefer : %s.</translation>
        </message>
    </context>
    <context>
        <name>Templates</name>
        <message>
            <source>Built-in</source>
            <translation>Intégré</translation>
        </message>
        <message>
            <source>Could not save the setting</source>
            <translation>Impossible d’enregistrer le réglage</translation>
        </message>
        <message>
            <source>Could not save the template</source>
            <translation>Impossible d’enregistrer le modèle</translation>
        </message>
        <message>
            <source>Delete template</source>
            <translation>Supprimer le modèle</translation>
        </message>
        <message>
            <source>Delete the template “%s”? Briefs made from it keep their text; they are exported with the default template.</source>
            <translation>Supprimer le modèle « %s » ? Les notes créées avec lui gardent leur texte ; elles sont exportées avec le modèle par défaut.</translation>
        </message>
        <message>
            <source>Export template</source>
            <translation>Exporter le modèle</translation>
        </message>
        <message>
            <source>Import template</source>
            <translation>Importer un modèle</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>Nouveau nom :</translation>
        </message>
        <message>
            <source>Rename template</source>
            <translation>Renommer le modèle</translation>
        </message>
        <message>
            <source>Replace template</source>
            <translation>Remplacer le modèle</translation>
        </message>
        <message>
            <source>Some templates were skipped</source>
            <translation>Certains modèles ont été ignorés</translation>
        </message>
        <message>
            <source>Team template</source>
            <translation>Modèle d’équipe</translation>
        </message>
        <message>
            <source>Team templates folder</source>
            <translation>Dossier des modèles d’équipe</translation>
        </message>
        <message>
            <source>Team templates folder: %s (%d templates).</source>
            <translation>Dossier des modèles d’équipe : %s (%d modèles).</translation>
        </message>
        <message>
            <source>The template cannot be made: %s</source>
            <translation>Le modèle ne peut pas être créé : %s</translation>
        </message>
        <message>
            <source>These files could not be read:</source>
            <translation>Ces fichiers n’ont pas pu être lus :</translation>
        </message>
        <message>
            <source>You already have a template called “%s”. Replace it?</source>
            <translation>Vous avez déjà un modèle nommé « %s ». Le remplacer ?</translation>
        </message>
        <message>
            <source>Your template</source>
            <translation>Votre modèle</translation>
        </message>
    </context>
    <context>
        <name>TextListEditor</name>
        <message>
            <source>Double-click or start typing to edit. **bold** and *italic* work here.</source>
            <translation>Double-cliquez ou commencez à taper pour modifier. **gras** et *italique* fonctionnent ici.</translation>
        </message>
    </context>
    <context>
        <name>TimeField</name>
        <message>
            <source>Clear the time</source>
            <translation>Effacer l’heure</translation>
        </message>
        <message>
            <source>Type a time such as 14:30, 1430 or 2:30 pm</source>
            <translation>Tapez une heure comme 14:30, 1430 ou 2:30 pm</translation>
        </message>
        <message>
            <source>is not a time yet: </source>
            <translation>n’est pas encore une heure : </translation>
        </message>
        <message>
            <source>the brief has no time here</source>
            <translation>la note n’a pas d’heure ici</translation>
        </message>
        <message>
            <source>type a time such as %1, %2 or %3</source>
            <translation>saisissez une heure comme %1, %2 ou %3</translation>
        </message>
    </context>
    <context>
        <name>TimezoneField</name>
        <message>
            <source>Type to search, e.g. Jerusalem</source>
            <translation>Tapez pour chercher, p. ex. Jerusalem</translation>
        </message>
        <message>
            <source>“%s” is not a time zone; pick one from the list (e.g. Asia/Jerusalem)</source>
            <translation>« %s » n’est pas un fuseau horaire ; choisissez-en un dans la liste (p. ex. Asia/Jerusalem)</translation>
        </message>
    </context>
    <context>
        <name>TypedField</name>
        <message>
            <source>Not set</source>
            <translation>Non défini</translation>
        </message>
        <message>
            <source>Not stored: %s</source>
            <translation>Non enregistré : %s</translation>
        </message>
        <message>
            <source>Understood: %s</source>
            <translation>Compris : %s</translation>
        </message>
        <message>
            <source>the brief keeps %s</source>
            <translation>la note garde %s</translation>
        </message>
    </context>
</TS>
