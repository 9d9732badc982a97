<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
    <context>
        <name>About</name>
        <message>
            <source>About Briefer</source>
            <translation>حول Briefer</translation>
        </message>
        <message>
            <source>Arabic, Persian and Urdu font embedded in PDF and Word exports</source>
            <translation>خط العربية والفارسية والأردية، مضمّن في ملفات PDF وWord المصدّرة</translation>
        </message>
        <message>
            <source>Briefer is released under the MIT licence. It is built on:</source>
            <translation>يُنشر Briefer بموجب رخصة MIT. وهو مبني على:</translation>
        </message>
        <message>
            <source>Hebrew font embedded in PDF and Word exports</source>
            <translation>خط العبرية، مضمّن في ملفات PDF وWord المصدّرة</translation>
        </message>
        <message>
            <source>Hindi (Devanagari) font embedded in PDF exports; Word files name it</source>
            <translation>خط الهندية (الديفاناغارية) مضمَّن في ملفات PDF المصدَّرة؛ وتذكره ملفات Word بالاسم</translation>
        </message>
        <message>
            <source>PDF export</source>
            <translation>التصدير بصيغة PDF</translation>
        </message>
        <message>
            <source>Tamil font embedded in PDF exports; Word files name it</source>
            <translation>خط التاميلية مضمَّن في ملفات PDF المصدَّرة؛ وتذكره ملفات Word بالاسم</translation>
        </message>
        <message>
            <source>Thai font embedded in PDF exports; Word files name it</source>
            <translation>خط التايلاندية مضمَّن في ملفات PDF المصدَّرة؛ وتذكره ملفات Word بالاسم</translation>
        </message>
        <message>
            <source>Word export</source>
            <translation>التصدير بصيغة Word</translation>
        </message>
        <message>
            <source>Word export; safe reading of Word templates</source>
            <translation>التصدير بصيغة Word؛ وقراءة قوالب Word بأمان</translation>
        </message>
        <message>
            <source>Write briefing documents for a principal and export them as PDF and Word, offline.</source>
            <translation>اكتب مذكرات الإحاطة لمسؤول وصدّرها بصيغتي PDF وWord، دون اتصال بالإنترنت.</translation>
        </message>
        <message>
            <source>accessible and archival PDF export (PDF/UA, PDF/A)</source>
            <translation>تصدير PDF ميسَّر الوصول وللأرشفة (PDF/UA وPDF/A)</translation>
        </message>
        <message>
            <source>dates in pasted text</source>
            <translation>التواريخ في النص الملصق</translation>
        </message>
        <message>
            <source>fonts embedded in PDF and Word exports</source>
            <translation>خطوط مضمّنة في ملفات PDF وWord المصدّرة</translation>
        </message>
        <message>
            <source>hyphenation in the brief's language in PDF export</source>
            <translation>تقطيع الكلمات بلغة المذكرة في تصدير PDF</translation>
        </message>
        <message>
            <source>joined letters, conjuncts and marks in PDF export</source>
            <translation>وصل الحروف والحروف المركّبة والتشكيل في ملفات PDF</translation>
        </message>
        <message>
            <source>numbered copies for the distribution list</source>
            <translation>النسخ المرقّمة لقائمة التوزيع</translation>
        </message>
        <message>
            <source>photos and logos</source>
            <translation>الصور والشعارات</translation>
        </message>
        <message>
            <source>right-to-left text order in PDF export</source>
            <translation>ترتيب النص من اليمين إلى اليسار في ملفات PDF</translation>
        </message>
        <message>
            <source>serif font of the chancery style, embedded in PDF and Word exports</source>
            <translation>خط مذيّل لنمط الديوان، مضمّن في ملفات PDF وWord المصدّرة</translation>
        </message>
        <message>
            <source>spell checking and its English, French and Arabic word lists</source>
            <translation>التدقيق الإملائي وقوائم كلماته الإنجليزية والفرنسية والعربية</translation>
        </message>
        <message>
            <source>static instances of the variable fonts; the script of each character</source>
            <translation>نُسخ ثابتة من الخطوط المتغيّرة؛ ونظام الكتابة لكل حرف</translation>
        </message>
        <message>
            <source>the brief model and its checks</source>
            <translation>نموذج المذكرة وفحوصها</translation>
        </message>
        <message>
            <source>the user interface and the PDF preview</source>
            <translation>واجهة المستخدم ومعاينة PDF</translation>
        </message>
        <message>
            <source>where settings, templates and autosaves live</source>
            <translation>مواضع الإعدادات والقوالب والحفظ التلقائي</translation>
        </message>
    </context>
    <context>
        <name>BackgroundEditor</name>
        <message>
            <source>&amp;Background:</source>
            <translation>ال&amp;خلفية:</translation>
        </message>
        <message>
            <source>Background</source>
            <translation>الخلفية</translation>
        </message>
        <message>
            <source>Background marking</source>
            <translation>تصنيف الخلفية</translation>
        </message>
    </context>
    <context>
        <name>BookWindow</name>
        <message>
            <source>Accessible PDF (PDF/UA)</source>
            <translation>PDF ميسَّر الوصول (PDF/UA)</translation>
        </message>
        <message>
            <source>Add Briefs…</source>
            <translation>إضافة مذكرات…</translation>
        </message>
        <message>
            <source>Add Row</source>
            <translation>إضافة صف</translation>
        </message>
        <message>
            <source>Add briefs</source>
            <translation>إضافة مذكرات</translation>
        </message>
        <message>
            <source>Archival PDF (PDF/A-2a)</source>
            <translation>PDF للأرشفة (PDF/A-2a)</translation>
        </message>
        <message>
            <source>Archival PDF (PDF/A-2b)</source>
            <translation>PDF للأرشفة (PDF/A-2b)</translation>
        </message>
        <message>
            <source>Brief</source>
            <translation>المذكرة</translation>
        </message>
        <message>
            <source>Briefs (*.brief)</source>
            <translation>المذكرات (*.brief)</translation>
        </message>
        <message>
            <source>Briefs, in the order they print (drag to reorder; double-click to edit):</source>
            <translation>المذكرات بترتيب طباعتها (اسحب لإعادة الترتيب، وانقر مرتين للتحرير):</translation>
        </message>
        <message>
            <source>Could not export the trip book</source>
            <translation>تعذّر تصدير كتيّب الرحلة</translation>
        </message>
        <message>
            <source>Could not open the trip book</source>
            <translation>تعذّر فتح كتيّب الرحلة</translation>
        </message>
        <message>
            <source>Could not save the trip book</source>
            <translation>تعذّر حفظ كتيّب الرحلة</translation>
        </message>
        <message>
            <source>Date (YYYY-MM-DD)</source>
            <translation>التاريخ (YYYY-MM-DD)</translation>
        </message>
        <message>
            <source>Everything (the full book)</source>
            <translation>الكل (الكتيّب كاملاً)</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>تصدير PDF…</translation>
        </message>
        <message>
            <source>Export Word…</source>
            <translation>تصدير Word…</translation>
        </message>
        <message>
            <source>Export trip book</source>
            <translation>تصدير كتيّب الرحلة</translation>
        </message>
        <message>
            <source>Export trip book, releasable at %1</source>
            <translation>تصدير كتيّب الرحلة، قابلاً للإفراج عند %1</translation>
        </message>
        <message>
            <source>Exported %1</source>
            <translation>تم تصدير %1</translation>
        </message>
        <message>
            <source>Exported %1, releasable at %2</source>
            <translation>تم تصدير %1، قابلاً للإفراج عند %2</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>البند</translation>
        </message>
        <message>
            <source>Marking (at least)</source>
            <translation>علامة التداول (على الأقل)</translation>
        </message>
        <message>
            <source>Nothing was printed.</source>
            <translation>لم يُطبع شيء.</translation>
        </message>
        <message>
            <source>Open to Edit</source>
            <translation>فتح للتحرير</translation>
        </message>
        <message>
            <source>Prepared for</source>
            <translation>مُعدّة لـ</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>معاينة</translation>
        </message>
        <message numerus="yes">
            <source>Preview: %n page(s), printed %1.</source>
            <translation>
                <numerusform>معاينة: لا صفحات، طُبعت في %1.</numerusform>
                <numerusform>معاينة: صفحة واحدة، طُبعت في %1.</numerusform>
                <numerusform>معاينة: صفحتان، طُبعتا في %1.</numerusform>
                <numerusform>معاينة: %n صفحات، طُبعت في %1.</numerusform>
                <numerusform>معاينة: %n صفحة، طُبعت في %1.</numerusform>
                <numerusform>معاينة: %n صفحة، طُبعت في %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Preview: press Preview to print the whole book here.</source>
            <translation>المعاينة: اضغط «معاينة» لطباعة الكتيّب كاملًا هنا.</translation>
        </message>
        <message>
            <source>Programme:</source>
            <translation>البرنامج:</translation>
        </message>
        <message>
            <source>Releasable at %1 (what such a reader may see)</source>
            <translation>قابل للإفراج عند %1 (ما يجوز لهذا القارئ رؤيته)</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>إزالة</translation>
        </message>
        <message>
            <source>Remove Row</source>
            <translation>حذف الصف</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>حفظ</translation>
        </message>
        <message>
            <source>Save trip book as</source>
            <translation>حفظ كتيّب الرحلة باسم</translation>
        </message>
        <message>
            <source>Standard PDF</source>
            <translation>PDF عادي</translation>
        </message>
        <message>
            <source>Subtitle</source>
            <translation>العنوان الفرعي</translation>
        </message>
        <message>
            <source>The trip book cannot be printed</source>
            <translation>لا يمكن طباعة كتيّب الرحلة</translation>
        </message>
        <message>
            <source>The whole book, or the releasable book for a reader at one level: each brief holds only the parts marked at or below it, nothing above it is anywhere in the file, and numbers close up. The preview and both exports print the version chosen here.</source>
            <translation>الكتيّب كاملاً، أو الكتيّب القابل للإفراج لقارئ عند مستوى معيّن: لا تحتفظ كل مذكرة إلا بالأجزاء المصنّفة عند ذلك المستوى أو دونه، ولا يبقى شيء مما فوقه في أي مكان من الملف، وتُعاد الأرقام متتالية. المعاينة والتصديران كلاهما يطبعان النسخة المختارة هنا.</translation>
        </message>
        <message>
            <source>This is the book a reader at %1 gets.</source>
            <translation>هذا هو الكتيّب الذي يتسلّمه قارئ عند %1.</translation>
        </message>
        <message>
            <source>Time (HH:MM)</source>
            <translation>الوقت (HH:MM)</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <source>Trip book</source>
            <translation>كتيّب الرحلة</translation>
        </message>
        <message>
            <source>Trip books (*.briefbook)</source>
            <translation>كتيّبات الرحلات (*.briefbook)</translation>
        </message>
        <message>
            <source>Untitled trip book</source>
            <translation>كتيّب رحلة بلا عنوان</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>النسخة</translation>
        </message>
        <message>
            <source>Word (*.docx)</source>
            <translation>Word (*.docx)</translation>
        </message>
        <message>
            <source>“%1” is in the book already; a brief is listed once.</source>
            <translation>«%1» موجودة في الكتيّب بالفعل؛ تُدرج كل مذكرة مرة واحدة.</translation>
        </message>
    </context>
    <context>
        <name>BriefLayoutDialog</name>
        <message>
            <source>%d section titles</source>
            <translation>عناوين %d من الأقسام</translation>
        </message>
        <message>
            <source>&amp;Page size:</source>
            <translation>&amp;حجم الصفحة:</translation>
        </message>
        <message>
            <source>&amp;Reset to the Template</source>
            <translation>إ&amp;عادة إلى القالب</translation>
        </message>
        <message>
            <source>1 section title</source>
            <translation>عنوان قسم واحد</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>As the template (%s)</source>
            <translation>كما في القالب (%s)</translation>
        </message>
        <message>
            <source>Change layout</source>
            <translation>تغيير التخطيط</translation>
        </message>
        <message>
            <source>Different from the template: %s.</source>
            <translation>يختلف عن القالب في: %s.</translation>
        </message>
        <message>
            <source>Filled in but not printed: %s.</source>
            <translation>مملوء ولكن لا يُطبع: %s.</translation>
        </message>
        <message>
            <source>Layout of This Brief</source>
            <translation>تخطيط هذه المذكرة</translation>
        </message>
        <message>
            <source>Print this brief exactly as its template says (forget this brief’s changes)</source>
            <translation>طباعة هذه المذكرة كما ينص قالبها تمامًا (مع تجاهل تغييرات هذه المذكرة)</translation>
        </message>
        <message>
            <source>Same as the template.</source>
            <translation>مطابق للقالب.</translation>
        </message>
        <message>
            <source>The template’s title: %s</source>
            <translation>العنوان في القالب: %s</translation>
        </message>
        <message>
            <source>This brief has text here, but the section is not ticked, so it will not print.</source>
            <translation>في هذه المذكرة نص هنا، لكن القسم غير محدَّد، لذلك لن يُطبع.</translation>
        </message>
        <message>
            <source>This brief is printed with the template “%s”. What you change here applies to this brief only; everything else keeps following the template.</source>
            <translation>تُطبع هذه المذكرة بالقالب «%s». ما تغيّره هنا يسري على هذه المذكرة وحدها؛ ويبقى كل ما عداه تابعًا للقالب.</translation>
        </message>
        <message>
            <source>This brief names the template “%s”, which is not installed here, so it is printed with “%s”. What you change here applies to this brief only.</source>
            <translation>تشير هذه المذكرة إلى القالب «%s» غير المثبَّت هنا، لذلك تُطبع بالقالب «%s». ما تغيّره هنا يسري على هذه المذكرة وحدها.</translation>
        </message>
        <message>
            <source>US Letter</source>
            <translation>US Letter</translation>
        </message>
        <message>
            <source>the order of the sections</source>
            <translation>ترتيب الأقسام</translation>
        </message>
        <message>
            <source>the page size</source>
            <translation>حجم الصفحة</translation>
        </message>
        <message>
            <source>which sections are printed</source>
            <translation>الأقسام التي تُطبع</translation>
        </message>
    </context>
    <context>
        <name>ClearanceEditor</name>
        <message>
            <source>&amp;Email:</source>
            <translation>ال&amp;بريد الإلكتروني:</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>ال&amp;هاتف:</translation>
        </message>
        <message>
            <source>Clearance</source>
            <translation>الاعتماد</translation>
        </message>
        <message>
            <source>Contact &amp;name:</source>
            <translation>ا&amp;سم جهة الاتصال:</translation>
        </message>
        <message>
            <source>Contact email</source>
            <translation>البريد الإلكتروني لجهة الاتصال</translation>
        </message>
        <message>
            <source>Contact name</source>
            <translation>اسم جهة الاتصال</translation>
        </message>
        <message>
            <source>Contact officer</source>
            <translation>مسؤول الاتصال</translation>
        </message>
        <message>
            <source>Contact phone</source>
            <translation>هاتف جهة الاتصال</translation>
        </message>
        <message>
            <source>The officer to call about the brief</source>
            <translation>الموظف الذي يُتصل به بشأن المذكرة</translation>
        </message>
        <message>
            <source>e.g. +44 20 7946 0000</source>
            <translation>مثل ‎+44 20 7946 0000</translation>
        </message>
    </context>
    <context>
        <name>CopiesExport</name>
        <message numerus="yes">
            <source>%n recipient(s) on the distribution list: one PDF each, and the register distribution.csv.</source>
            <translation>
                <numerusform>لا مستلمين في قائمة التوزيع.</numerusform>
                <numerusform>مستلم واحد في قائمة التوزيع: ملف PDF واحد، وسجل distribution.csv.</numerusform>
                <numerusform>مستلمان في قائمة التوزيع: ملف PDF لكل منهما، وسجل distribution.csv.</numerusform>
                <numerusform>%n مستلمين في قائمة التوزيع: ملف PDF لكل منهم، وسجل distribution.csv.</numerusform>
                <numerusform>%n مستلماً في قائمة التوزيع: ملف PDF لكل منهم، وسجل distribution.csv.</numerusform>
                <numerusform>%n مستلم في قائمة التوزيع: ملف PDF لكل منهم، وسجل distribution.csv.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;استعراض…</translation>
        </message>
        <message>
            <source>&amp;Folder:</source>
            <translation>ال&amp;مجلد:</translation>
        </message>
        <message>
            <source>&amp;Version:</source>
            <translation>ال&amp;نسخة:</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Cancelled. Copies written whole: %s; no register was written.</source>
            <translation>أُلغي. النسخ المكتوبة كاملة: %s؛ لم يُكتب أي سجل.</translation>
        </message>
        <message>
            <source>Copies exported</source>
            <translation>صُدّرت النسخ</translation>
        </message>
        <message>
            <source>Export Copies</source>
            <translation>تصدير النسخ</translation>
        </message>
        <message>
            <source>Export Numbered Copies</source>
            <translation>تصدير نسخ مرقّمة</translation>
        </message>
        <message>
            <source>Folder for the copies</source>
            <translation>مجلد النسخ</translation>
        </message>
        <message>
            <source>Making numbered copies…</source>
            <translation>جارٍ إنشاء النسخ المرقّمة…</translation>
        </message>
        <message>
            <source>Numbered copies</source>
            <translation>نسخ مرقّمة</translation>
        </message>
        <message>
            <source>Replace files?</source>
            <translation>استبدال الملفات؟</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>إظهار في المجلد</translation>
        </message>
        <message>
            <source>The distribution list is empty: add the recipients on the Distribution page first.</source>
            <translation>قائمة التوزيع فارغة: أضف المستلمين في صفحة التوزيع أولاً.</translation>
        </message>
        <message>
            <source>The folder “%1” cannot be made: %2</source>
            <translation>تعذّر إنشاء المجلد «%1»: %2</translation>
        </message>
        <message>
            <source>Wrote %s numbered copies and the register distribution.csv.</source>
            <translation>كُتبت %s نسخ مرقّمة وسجل distribution.csv.</translation>
        </message>
        <message>
            <source>Wrote 1 numbered copy and the register distribution.csv.</source>
            <translation>كُتبت نسخة مرقّمة واحدة وسجل distribution.csv.</translation>
        </message>
        <message>
            <source>“%1” already holds %2. Replace them?</source>
            <translation>يحتوي «%1» بالفعل على %2. هل تريد استبدالها؟</translation>
        </message>
        <message>
            <source>“%s” is a file, not a folder; choose a folder for the copies.</source>
            <translation>«%s» ملف وليس مجلداً؛ اختر مجلداً للنسخ.</translation>
        </message>
    </context>
    <context>
        <name>DateDelegate</name>
        <message>
            <source>Not set</source>
            <translation>غير محدَّد</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>Calendar</source>
            <translation>التقويم</translation>
        </message>
        <message>
            <source>Clear the date</source>
            <translation>مسح التاريخ</translation>
        </message>
        <message>
            <source>Pick the date from a calendar (Alt+Down)</source>
            <translation>اختيار التاريخ من التقويم (Alt+سهم لأسفل)</translation>
        </message>
        <message>
            <source>Type a date such as 27 Nov 2026 or 2026-11-27; Alt+Down opens the calendar</source>
            <translation>اكتب تاريخًا مثل 27 Nov 2026 أو 2026-11-27؛ ويفتح Alt+سهم لأسفل التقويم</translation>
        </message>
        <message>
            <source>is not a date yet: </source>
            <translation>ليس تاريخًا بعد: </translation>
        </message>
        <message>
            <source>the brief has no date here</source>
            <translation>لا تاريخ في المذكرة هنا</translation>
        </message>
        <message>
            <source>type a date such as %1, %2 or %3</source>
            <translation>اكتب تاريخًا مثل %1 أو %2 أو %3</translation>
        </message>
    </context>
    <context>
        <name>DelegationProxy</name>
        <message>
            <source>The people library has a newer version of this person</source>
            <translation>في مكتبة الأشخاص نسخة أحدث لهذا الشخص</translation>
        </message>
    </context>
    <context>
        <name>DistributionSection</name>
        <message>
            <source>Each recipient gets a PDF of their own: “Copy N of M” and their name at the foot of every page, the name faint across each page, and a line in the register distribution.csv with the file's SHA-256. A copy number left empty is given on export. The list is never printed in the brief.</source>
            <translation>يحصل كل مستلم على ملف PDF خاص به: «Copy N of M» واسمه أسفل كل صفحة، واسمه باهتاً عبر كل صفحة، وسطر في سجل distribution.csv مع بصمة SHA-256 للملف. يُعطى رقم النسخة المتروك فارغاً عند التصدير. لا تُطبع القائمة أبداً في المذكرة.</translation>
        </message>
        <message>
            <source>Export &amp;Numbered Copies…</source>
            <translation>تصدير نسخ &amp;مرقّمة…</translation>
        </message>
    </context>
    <context>
        <name>EditSession</name>
        <message>
            <source>Add row</source>
            <translation>إضافة صف</translation>
        </message>
        <message>
            <source>Delete row</source>
            <translation>حذف صف</translation>
        </message>
        <message>
            <source>Edit %s</source>
            <translation>تحرير: %s</translation>
        </message>
        <message>
            <source>Move row</source>
            <translation>نقل صف</translation>
        </message>
        <message>
            <source>Paste rows</source>
            <translation>لصق صفوف</translation>
        </message>
    </context>
    <context>
        <name>EnumLabels</name>
        <message>
            <source>Adviser</source>
            <translation>مستشار</translation>
        </message>
        <message>
            <source>Cleared</source>
            <translation>معتمد</translation>
        </message>
        <message>
            <source>Cleared with comments</source>
            <translation>معتمد مع ملاحظات</translation>
        </message>
        <message>
            <source>Delegation member</source>
            <translation>عضو في الوفد</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>مسودة</translation>
        </message>
        <message>
            <source>Final</source>
            <translation>نهائية</translation>
        </message>
        <message>
            <source>High</source>
            <translation>مرتفع</translation>
        </message>
        <message>
            <source>Hybrid</source>
            <translation>مختلط</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>حضوري</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>قيد التنفيذ</translation>
        </message>
        <message>
            <source>Interpreter</source>
            <translation>مترجم فوري</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>منخفض</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>متوسط</translation>
        </message>
        <message>
            <source>Not cleared</source>
            <translation>غير معتمد</translation>
        </message>
        <message>
            <source>Note-taker</source>
            <translation>مدوّن المحضر</translation>
        </message>
        <message>
            <source>Observer</source>
            <translation>مراقب</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>مفتوحة</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>أخرى</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>قيد الانتظار</translation>
        </message>
        <message>
            <source>Phone call</source>
            <translation>مكالمة هاتفية</translation>
        </message>
        <message>
            <source>Principal</source>
            <translation>المسؤول الرئيسي</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>محسومة</translation>
        </message>
        <message>
            <source>Virtual</source>
            <translation>عن بُعد</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>No releasable version can be made: %s.</source>
            <translation>لا يمكن إنشاء نسخة قابلة للإفراج: %s.</translation>
        </message>
        <message>
            <source>The export failed because of an internal error (%s: %s). Your brief is safe; please report this.</source>
            <translation>فشل التصدير بسبب خطأ داخلي (%s: %s). مذكرتك سليمة؛ يُرجى الإبلاغ عن ذلك.</translation>
        </message>
    </context>
    <context>
        <name>ExportController</name>
        <message>
            <source> and </source>
            <translation> و</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>لا صفحات</numerusform>
                <numerusform>صفحة واحدة</numerusform>
                <numerusform>صفحتان</numerusform>
                <numerusform>%n صفحات</numerusform>
                <numerusform>%n صفحة</numerusform>
                <numerusform>%n صفحة</numerusform>
            </translation>
        </message>
        <message>
            <source>%s (this brief's template)</source>
            <translation>%s (قالب هذه المذكرة)</translation>
        </message>
        <message>
            <source>&amp;PDF:</source>
            <translation>&amp;PDF:</translation>
        </message>
        <message>
            <source>&amp;Template:</source>
            <translation>ال&amp;قالب:</translation>
        </message>
        <message>
            <source>&amp;Version:</source>
            <translation>ال&amp;نسخة:</translation>
        </message>
        <message>
            <source>A releasable version holds only the parts marked at or below the level: nothing above it is anywhere in the file, and numbers close up.</source>
            <translation>لا تحتوي النسخة القابلة للإفراج إلا على الأجزاء المصنّفة عند المستوى أو دونه: لا يوجد شيء أعلى منه في أي مكان من الملف، ويُعاد الترقيم بلا فجوات.</translation>
        </message>
        <message>
            <source>Accessible PDF (PDF/UA)</source>
            <translation>PDF ميسَّر الوصول (PDF/UA)</translation>
        </message>
        <message>
            <source>Accessible and archival PDFs are tagged: a screen reader follows the headings, lists and tables, and skips the marking, page numbers and watermark.</source>
            <translation>ملفات PDF الميسَّرة الوصول وملفات الأرشفة موسومة: يتتبّع قارئ الشاشة العناوين والقوائم والجداول، ويتخطّى علامة التداول وأرقام الصفحات والعلامة المائية.</translation>
        </message>
        <message>
            <source>Archival PDF (PDF/A-2a)</source>
            <translation>PDF للأرشفة (PDF/A-2a)</translation>
        </message>
        <message>
            <source>Archival PDF (PDF/A-2b)</source>
            <translation>PDF للأرشفة (PDF/A-2b)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Everything (the full brief)</source>
            <translation>الكل (المذكرة كاملة)</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>تصدير</translation>
        </message>
        <message>
            <source>Export PDF</source>
            <translation>تصدير PDF</translation>
        </message>
        <message>
            <source>Export PDF and Word</source>
            <translation>تصدير PDF وWord</translation>
        </message>
        <message>
            <source>Export Word document</source>
            <translation>تصدير مستند Word</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>فشل التصدير</translation>
        </message>
        <message>
            <source>Export finished</source>
            <translation>اكتمل التصدير</translation>
        </message>
        <message>
            <source>Exported %s.</source>
            <translation>تم تصدير %s.</translation>
        </message>
        <message>
            <source>Exported “%1” (%2).</source>
            <translation>تم تصدير «%1» (%2).</translation>
        </message>
        <message>
            <source>Exported “%s”.</source>
            <translation>تم تصدير «%s».</translation>
        </message>
        <message>
            <source>Exporting “%s”…</source>
            <translation>جارٍ تصدير «%s»…</translation>
        </message>
        <message>
            <source>Open file</source>
            <translation>فتح الملف</translation>
        </message>
        <message>
            <source>PDF and Word documents (*.pdf *.docx)</source>
            <translation>مستندات PDF وWord (*.pdf *.docx)</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>مستندات PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Read-only file</source>
            <translation>ملف للقراءة فقط</translation>
        </message>
        <message>
            <source>Releasable at %s: what such a reader may see</source>
            <translation>قابلة للإفراج عند %s: ما يجوز لهذا القارئ رؤيته</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>إظهار في المجلد</translation>
        </message>
        <message>
            <source>Standard PDF</source>
            <translation>PDF عادي</translation>
        </message>
        <message>
            <source>Word documents (*.docx)</source>
            <translation>مستندات Word (*.docx)</translation>
        </message>
        <message>
            <source>“%s” is read-only. Replace it anyway?</source>
            <translation>«%s» للقراءة فقط. هل تستبدله على أي حال؟</translation>
        </message>
    </context>
    <context>
        <name>FileController</name>
        <message>
            <source>&amp;Discard</source>
            <translation>ت&amp;جاهل</translation>
        </message>
        <message>
            <source>&amp;Export Anyway</source>
            <translation>ت&amp;صدير على أي حال</translation>
        </message>
        <message>
            <source>An export is still running. Stop it and close the window?</source>
            <translation>لا يزال التصدير جاريًا. هل توقفه وتغلق النافذة؟</translation>
        </message>
        <message>
            <source>Ask the owner of the file for access, or copy it to a folder of yours.</source>
            <translation>اطلب الإذن من مالك الملف، أو انسخه إلى مجلد من مجلداتك.</translation>
        </message>
        <message>
            <source>Autosave failed: %s</source>
            <translation>فشل الحفظ التلقائي: %s</translation>
        </message>
        <message>
            <source>Brief already open</source>
            <translation>المذكرة مفتوحة بالفعل</translation>
        </message>
        <message>
            <source>Briefer found an untitled brief, “%s”, that was never saved (autosaved at %s on %s).</source>
            <translation>وجد Briefer مذكرة بلا عنوان، «%s»، لم تُحفظ قط (حُفظت تلقائيًا في الساعة %s يوم %s).</translation>
        </message>
        <message>
            <source>Briefer found changes to “%s” that were not saved (autosaved at %s on %s).</source>
            <translation>وجد Briefer تغييرات على «%s» لم تُحفظ (حُفظت تلقائيًا في الساعة %s يوم %s).</translation>
        </message>
        <message>
            <source>Choose another name, or ask them to close it first.</source>
            <translation>اختر اسمًا آخر، أو اطلب منه إغلاقها أولًا.</translation>
        </message>
        <message>
            <source>Converted from an older file format (version %d); saving writes the current format.</source>
            <translation>حُوّلت من صيغة ملف أقدم (الإصدار %d)؛ والحفظ يكتب الصيغة الحالية.</translation>
        </message>
        <message>
            <source>Could not keep the unsaved changes aside: %s</source>
            <translation>تعذّر الاحتفاظ بالتغييرات غير المحفوظة جانبًا: %s</translation>
        </message>
        <message>
            <source>Could not open the brief</source>
            <translation>تعذّر فتح المذكرة</translation>
        </message>
        <message>
            <source>Could not revert</source>
            <translation>تعذّرت العودة إلى النسخة المحفوظة</translation>
        </message>
        <message>
            <source>Could not save</source>
            <translation>تعذّر الحفظ</translation>
        </message>
        <message>
            <source>Could not save the brief</source>
            <translation>تعذّر حفظ المذكرة</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>تجاهل</translation>
        </message>
        <message>
            <source>Discard deletes the changes for good. Later keeps them: Briefer asks again at its next start.</source>
            <translation>تجاهُل يحذف التغييرات نهائيًا. لاحقًا يحتفظ بها: يسألك Briefer مجددًا عند تشغيله التالي.</translation>
        </message>
        <message>
            <source>Export it anyway?</source>
            <translation>هل تصدّرها على أي حال؟</translation>
        </message>
        <message>
            <source>Export running</source>
            <translation>التصدير جارٍ</translation>
        </message>
        <message>
            <source>Final brief with errors</source>
            <translation>مذكرة نهائية فيها أخطاء</translation>
        </message>
        <message>
            <source>Go back to the saved version of “%s”? Your changes since then are lost.</source>
            <translation>هل تعود إلى النسخة المحفوظة من «%s»؟ ستضيع تغييراتك منذ ذلك الحين.</translation>
        </message>
        <message>
            <source>If you both edit it, the one who saves last overwrites the other's changes. Open it anyway?</source>
            <translation>إذا حرّرتماها معًا، فإن آخر من يحفظ يمحو تغييرات الآخر. هل تفتحها على أي حال؟</translation>
        </message>
        <message>
            <source>If you don't save, your changes since the last save are lost.</source>
            <translation>إن لم تحفظ، ستضيع تغييراتك منذ آخر حفظ.</translation>
        </message>
        <message>
            <source>Install the latest version of Briefer to open it. The file was not changed.</source>
            <translation>ثبّت أحدث إصدار من Briefer لفتحه. لم يتغيّر الملف.</translation>
        </message>
        <message>
            <source>Kept the unsaved changes as “%s”.</source>
            <translation>احتُفظ بالتغييرات غير المحفوظة باسم «%s».</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>لاحقًا</translation>
        </message>
        <message>
            <source>New follow-up brief</source>
            <translation>مذكرة متابعة جديدة</translation>
        </message>
        <message>
            <source>New from template</source>
            <translation>جديد من قالب</translation>
        </message>
        <message>
            <source>Open anyway</source>
            <translation>فتح على أي حال</translation>
        </message>
        <message>
            <source>Open brief</source>
            <translation>فتح مذكرة</translation>
        </message>
        <message numerus="yes">
            <source>Opened with %n unknown field(s) kept as they are, e.g. %1.</source>
            <translation>
                <numerusform>فُتح دون حقول غير معروفة، مثل %1.</numerusform>
                <numerusform>فُتح مع حقل واحد غير معروف أُبقي كما هو، مثل %1.</numerusform>
                <numerusform>فُتح مع حقلين غير معروفين أُبقيا كما هما، مثل %1.</numerusform>
                <numerusform>فُتح مع %n حقول غير معروفة أُبقيت كما هي، مثل %1.</numerusform>
                <numerusform>فُتح مع %n حقلًا غير معروف أُبقيت كما هي، مثل %1.</numerusform>
                <numerusform>فُتح مع %n حقل غير معروف أُبقيت كما هي، مثل %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Read-only file</source>
            <translation>ملف للقراءة فقط</translation>
        </message>
        <message>
            <source>Recover unsaved changes</source>
            <translation>استعادة التغييرات غير المحفوظة</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>استعادة</translation>
        </message>
        <message>
            <source>Restore opens %s in a window of its own with these changes; the file itself changes only when you save.</source>
            <translation>استعادة تفتح %s في نافذة مستقلة مع هذه التغييرات؛ لا يتغير الملف نفسه إلا عند الحفظ.</translation>
        </message>
        <message>
            <source>Restore opens %s in this window with these changes; the file itself changes only when you save.</source>
            <translation>استعادة تفتح %s في هذه النافذة مع هذه التغييرات؛ لا يتغير الملف نفسه إلا عند الحفظ.</translation>
        </message>
        <message>
            <source>Restore opens it in a window of its own as an untitled brief, to save where you like.</source>
            <translation>استعادة تفتحها في نافذة مستقلة كمذكرة بلا عنوان، لتحفظها حيث تشاء.</translation>
        </message>
        <message>
            <source>Restore opens it in this window as an untitled brief, to save where you like.</source>
            <translation>استعادة تفتحها في هذه النافذة كمذكرة بلا عنوان، لتحفظها حيث تشاء.</translation>
        </message>
        <message>
            <source>Restore opens the changes in a window of its own as an untitled brief, to save where you like.</source>
            <translation>استعادة تفتح التغييرات في نافذة مستقلة كمذكرة بلا عنوان، لتحفظها حيث تشاء.</translation>
        </message>
        <message>
            <source>Restore opens the changes in this window as an untitled brief, to save where you like.</source>
            <translation>استعادة تفتح التغييرات في هذه النافذة كمذكرة بلا عنوان، لتحفظها حيث تشاء.</translation>
        </message>
        <message>
            <source>Restore them? Discard deletes them for good; Later keeps them as a separate brief you can open when you want.</source>
            <translation>هل تستعيدها؟ «تجاهل» يحذفها نهائيًا؛ و«لاحقًا» يحتفظ بها في مذكرة منفصلة تفتحها متى شئت.</translation>
        </message>
        <message>
            <source>Restore unsaved changes</source>
            <translation>استعادة التغييرات غير المحفوظة</translation>
        </message>
        <message>
            <source>Restored the changes autosaved at %s.</source>
            <translation>استُعيدت التغييرات المحفوظة تلقائيًا في %s.</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>عودة</translation>
        </message>
        <message>
            <source>Save brief as</source>
            <translation>حفظ المذكرة باسم</translation>
        </message>
        <message>
            <source>Save the changes to “%s” before closing it?</source>
            <translation>هل تحفظ التغييرات على «%s» قبل إغلاقها؟</translation>
        </message>
        <message>
            <source>Saved “%s”.</source>
            <translation>حُفظت «%s».</translation>
        </message>
        <message>
            <source>The file %s is no longer there: it was moved or deleted.</source>
            <translation>الملف %s لم يعد موجودًا: نُقل أو حُذف.</translation>
        </message>
        <message>
            <source>The file was not changed. If it came by e-mail, ask the sender for a fresh copy.</source>
            <translation>لم يتغيّر الملف. إن وصلك بالبريد الإلكتروني، فاطلب من المرسل نسخة جديدة.</translation>
        </message>
        <message>
            <source>The template “%s” could not be used.</source>
            <translation>تعذّر استخدام القالب «%s».</translation>
        </message>
        <message>
            <source>This brief is marked Final, but it has errors:</source>
            <translation>هذه المذكرة موسومة بأنها نهائية، لكن فيها أخطاء:</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>تغييرات غير محفوظة</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>بلا عنوان</translation>
        </message>
        <message>
            <source>Untitled %d</source>
            <translation>بلا عنوان %d</translation>
        </message>
        <message>
            <source>Untitled brief</source>
            <translation>مذكرة بلا عنوان</translation>
        </message>
        <message>
            <source>Your brief is still open and nothing is lost; a recovery copy was written just now.</source>
            <translation>مذكرتك لا تزال مفتوحة ولم يضع شيء؛ كُتبت نسخة استرداد للتو.</translation>
        </message>
        <message>
            <source>Your brief is still open as it was.</source>
            <translation>مذكرتك لا تزال مفتوحة كما كانت.</translation>
        </message>
        <message>
            <source>Your brief is still open. Save it to another folder or drive now: not even a recovery copy could be written.</source>
            <translation>مذكرتك لا تزال مفتوحة. احفظها الآن في مجلد أو قرص آخر: فلم تُكتب حتى نسخة الاسترداد.</translation>
        </message>
        <message>
            <source>“%s” is %s.</source>
            <translation>«%s» %s.</translation>
        </message>
        <message>
            <source>“%s” is already %s.</source>
            <translation>«%s» %s بالفعل.</translation>
        </message>
        <message>
            <source>“%s” is read-only. Replace it anyway?</source>
            <translation>«%s» للقراءة فقط. هل تستبدله على أي حال؟</translation>
        </message>
        <message numerus="yes">
            <source>…and %n more: see the Problems panel.</source>
            <translation>
                <numerusform>…ولا شيء غيرها.</numerusform>
                <numerusform>…وواحدة أخرى: انظر لوحة المشكلات.</numerusform>
                <numerusform>…واثنتان أخريان: انظر لوحة المشكلات.</numerusform>
                <numerusform>…و%n أخرى: انظر لوحة المشكلات.</numerusform>
                <numerusform>…و%n أخرى: انظر لوحة المشكلات.</numerusform>
                <numerusform>…و%n أخرى: انظر لوحة المشكلات.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FindReplaceDialog</name>
        <message>
            <source>%d field(s) left as they were: a required field cannot be emptied.</source>
            <translation>تُرك %d من الحقول كما هي: لا يمكن إفراغ حقل مطلوب.</translation>
        </message>
        <message>
            <source>%s (no page edits it here; it prints)</source>
            <translation>%s (لا تحرّره أي صفحة هنا؛ لكنه يُطبع)</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>ال&amp;تالي</translation>
        </message>
        <message>
            <source>&amp;Previous</source>
            <translation>ال&amp;سابق</translation>
        </message>
        <message>
            <source>&amp;Replace</source>
            <translation>ا&amp;ستبدال</translation>
        </message>
        <message>
            <source>(went round the end of the brief)</source>
            <translation>(عاد البحث إلى بداية المذكرة)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <source>Fi&amp;nd:</source>
            <translation>ا&amp;بحث عن:</translation>
        </message>
        <message>
            <source>Find and Replace</source>
            <translation>بحث واستبدال</translation>
        </message>
        <message>
            <source>Match %d of %d</source>
            <translation>التطابق %d من %d</translation>
        </message>
        <message>
            <source>Match &amp;case</source>
            <translation>مطابقة حالة الأ&amp;حرف</translation>
        </message>
        <message>
            <source>No matches for “%s”.</source>
            <translation>لا تطابق لـ«%s».</translation>
        </message>
        <message>
            <source>Not replaced: %s</source>
            <translation>لم يُستبدل: %s</translation>
        </message>
        <message>
            <source>Replace &amp;All</source>
            <translation>استبدال ال&amp;كل</translation>
        </message>
        <message>
            <source>Replace &amp;with:</source>
            <translation>استبدال &amp;بـ:</translation>
        </message>
        <message>
            <source>Replace All “%s”</source>
            <translation>استبدال كل «%s»</translation>
        </message>
        <message>
            <source>Replace “%s”</source>
            <translation>استبدال «%s»</translation>
        </message>
        <message>
            <source>Replaced %d.</source>
            <translation>استُبدل %d.</translation>
        </message>
        <message>
            <source>W&amp;hole words only</source>
            <translation>الكلمات ال&amp;كاملة فقط</translation>
        </message>
    </context>
    <context>
        <name>FormSection</name>
        <message>
            <source>Marking:</source>
            <translation>التصنيف:</translation>
        </message>
    </context>
    <context>
        <name>Formatting</name>
        <message>
            <source>Bold</source>
            <translation>غامق</translation>
        </message>
        <message>
            <source>Bulleted List</source>
            <translation>قائمة نقطية</translation>
        </message>
        <message>
            <source>Italic</source>
            <translation>مائل</translation>
        </message>
        <message>
            <source>Numbered List</source>
            <translation>قائمة مرقّمة</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <source>Briefer User Guide</source>
            <translation>دليل مستخدم Briefer</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>الأمر</translation>
        </message>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation>اختصارات لوحة المفاتيح</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>المفاتيح</translation>
        </message>
        <message>
            <source>Lists (in the table): copy, cut, paste rows, also between briefs</source>
            <translation>القوائم (في الجدول): نسخ الصفوف وقصها ولصقها، حتى بين المذكرات</translation>
        </message>
        <message>
            <source>Lists (in the table): delete the selected rows</source>
            <translation>القوائم (في الجدول): حذف الصفوف المحدَّدة</translation>
        </message>
        <message>
            <source>Lists (in the table): edit the cell</source>
            <translation>القوائم (في الجدول): تحرير الخلية</translation>
        </message>
        <message>
            <source>Lists: add a row after the selected one</source>
            <translation>القوائم: إضافة صف بعد الصف المحدَّد</translation>
        </message>
        <message>
            <source>Lists: duplicate the selected row</source>
            <translation>القوائم: تكرار الصف المحدَّد</translation>
        </message>
        <message>
            <source>Lists: from a row to its form, and back</source>
            <translation>القوائم: من الصف إلى نموذجه، والعودة</translation>
        </message>
        <message>
            <source>Lists: move the selected row</source>
            <translation>القوائم: نقل الصف المحدَّد</translation>
        </message>
        <message>
            <source>Long texts: bold, italic (the selected words, or the word at the cursor)</source>
            <translation>النصوص الطويلة: غامق، مائل (الكلمات المحدَّدة أو الكلمة عند المؤشر)</translation>
        </message>
        <message>
            <source>Long texts: bulleted, numbered list (the selected lines)</source>
            <translation>النصوص الطويلة: قائمة نقطية، قائمة مرقّمة (الأسطر المحدَّدة)</translation>
        </message>
        <message>
            <source>Next / previous field; leaves a table</source>
            <translation>الحقل التالي / السابق؛ ويخرج من الجدول</translation>
        </message>
        <message>
            <source>Preview: zoom</source>
            <translation>المعاينة: التكبير والتصغير</translation>
        </message>
        <message>
            <source>Section list: go to the first field of the section</source>
            <translation>قائمة الأقسام: الانتقال إلى أول حقل في القسم</translation>
        </message>
        <message>
            <source>Text fields: spelling suggestions for the underlined word, formatting</source>
            <translation>حقول النص: اقتراحات إملائية للكلمة المسطَّرة، والتنسيق</translation>
        </message>
        <message>
            <source>Type to filter, e.g. “export” or “Ctrl+E”</source>
            <translation>اكتب للتصفية، مثل «تصدير» أو «Ctrl+E»</translation>
        </message>
    </context>
    <context>
        <name>IntakeActions</name>
        <message>
            <source>&amp;Import Word Brief…</source>
            <translation>ا&amp;ستيراد مذكرة Word…</translation>
        </message>
        <message>
            <source>Add from &amp;Text…</source>
            <translation>إضافة من &amp;نص…</translation>
        </message>
        <message>
            <source>Add from Text</source>
            <translation>إضافة من نص</translation>
        </message>
        <message>
            <source>Could not import the Word brief</source>
            <translation>تعذّر استيراد مذكرة Word</translation>
        </message>
        <message>
            <source>Draft from Text</source>
            <translation>صياغة من نص</translation>
        </message>
        <message>
            <source>Import Word Brief</source>
            <translation>استيراد مذكرة Word</translation>
        </message>
        <message>
            <source>Import a Word Brief</source>
            <translation>استيراد مذكرة Word</translation>
        </message>
        <message>
            <source>New Brief from &amp;Text…</source>
            <translation>مذكرة جديدة من &amp;نص…</translation>
        </message>
        <message>
            <source>New Brief from Text</source>
            <translation>مذكرة جديدة من نص</translation>
        </message>
        <message>
            <source>Nothing to draft from</source>
            <translation>لا شيء تُصاغ منه مسودة</translation>
        </message>
        <message>
            <source>Word documents (*.docx)</source>
            <translation>مستندات Word (*.docx)</translation>
        </message>
        <message>
            <source>“%s” was read. This is where its parts went:</source>
            <translation>قُرئ «%s». وهذا موضع كل جزء منه:</translation>
        </message>
        <message numerus="yes">
            <source>…and %n more under Show Details.</source>
            <translation>
                <numerusform>…ولا شيء غيرها.</numerusform>
                <numerusform>…وسطر آخر تحت «إظهار التفاصيل».</numerusform>
                <numerusform>…وسطران آخران تحت «إظهار التفاصيل».</numerusform>
                <numerusform>…و%n أسطر أخرى تحت «إظهار التفاصيل».</numerusform>
                <numerusform>…و%n سطرًا آخر تحت «إظهار التفاصيل».</numerusform>
                <numerusform>…و%n سطر آخر تحت «إظهار التفاصيل».</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>IntakeReviewDialog</name>
        <message>
            <source>Accept All</source>
            <translation>قبول الكل</translation>
        </message>
        <message>
            <source>Reject All</source>
            <translation>رفض الكل</translation>
        </message>
        <message>
            <source>Review the Draft</source>
            <translation>مراجعة المسودة</translation>
        </message>
        <message>
            <source>Select an item to edit its text</source>
            <translation>حدّد عنصرًا لتحرير نصه</translation>
        </message>
        <message>
            <source>Text of the selected item:</source>
            <translation>نص العنصر المحدَّد:</translation>
        </message>
        <message>
            <source>Tick what should go into the brief. Select an item to see where it came from and to edit it.</source>
            <translation>حدّد ما يجب أن يدخل في المذكرة. واختر عنصرًا لترى مصدره وتحرّره.</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <source>&amp;Language</source>
            <translation>ال&amp;لغة</translation>
        </message>
        <message>
            <source>Briefer will use %1 the next time it starts. Close Briefer and open it again to switch now.</source>
            <translation>سيستخدم Briefer اللغة %1 في المرة القادمة التي يبدأ فيها. أغلق Briefer وافتحه من جديد للتبديل الآن.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <source>System Language</source>
            <translation>لغة النظام</translation>
        </message>
        <message>
            <source>the system's language</source>
            <translation>لغة النظام</translation>
        </message>
    </context>
    <context>
        <name>ListColumns</name>
        <message>
            <source>Answer</source>
            <translation>الجواب</translation>
        </message>
        <message>
            <source>Cleared by</source>
            <translation>اعتمده</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>النسخة</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>القرار</translation>
        </message>
        <message>
            <source>Delegation</source>
            <translation>الوفد</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>الموعد</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>الحدث</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>الأثر</translation>
        </message>
        <message>
            <source>Issue</source>
            <translation>المسألة</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>البند</translation>
        </message>
        <message>
            <source>Lead</source>
            <translation>المتحدث</translation>
        </message>
        <message>
            <source>Likelihood</source>
            <translation>الاحتمال</translation>
        </message>
        <message>
            <source>Marking</source>
            <translation>علامة التداول</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>الهدف</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>المكتب</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>الجهة</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>المسؤول</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>المكان</translation>
        </message>
        <message>
            <source>Point</source>
            <translation>النقطة</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>الموقف</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>الأولوية</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>الناشر</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>السؤال</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>التوصية</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>الخطر</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>الدور</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>الوقت</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>المنصب</translation>
        </message>
        <message>
            <source>URL</source>
            <translation>الرابط</translation>
        </message>
    </context>
    <context>
        <name>ListEditor</name>
        <message>
            <source>&amp;Copy Rows</source>
            <translation>&amp;نسخ الصفوف</translation>
        </message>
        <message>
            <source>&amp;Paste Rows</source>
            <translation>&amp;لصق الصفوف</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>إضافة</translation>
        </message>
        <message>
            <source>Add %s</source>
            <translation>إضافة: %s</translation>
        </message>
        <message>
            <source>Add a %s after the selected one</source>
            <translation>إضافة عنصر (%s) بعد العنصر المحدَّد</translation>
        </message>
        <message>
            <source>Cu&amp;t Rows</source>
            <translation>&amp;قص الصفوف</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>حذف</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n rows</source>
            <translation>
                <numerusform>حذف لا صفوف</numerusform>
                <numerusform>حذف صف واحد</numerusform>
                <numerusform>حذف صفين</numerusform>
                <numerusform>حذف %n صفوف</numerusform>
                <numerusform>حذف %n صفًا</numerusform>
                <numerusform>حذف %n صف</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete %s</source>
            <translation>حذف: %s</translation>
        </message>
        <message>
            <source>Delete the selected rows (Undo brings them back)</source>
            <translation>حذف الصفوف المحدَّدة (التراجع يعيدها)</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>تكرار</translation>
        </message>
        <message>
            <source>Duplicate %s</source>
            <translation>تكرار: %s</translation>
        </message>
        <message>
            <source>Duplicate the selected %s</source>
            <translation>تكرار العنصر المحدَّد (%s)</translation>
        </message>
        <message>
            <source>Go to the Form or the Table</source>
            <translation>الانتقال إلى النموذج أو الجدول</translation>
        </message>
        <message>
            <source>Move %s</source>
            <translation>نقل: %s</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>نقل لأسفل</translation>
        </message>
        <message>
            <source>Move the selected %s down</source>
            <translation>نقل العنصر المحدَّد (%s) لأسفل</translation>
        </message>
        <message>
            <source>Move the selected %s up</source>
            <translation>نقل العنصر المحدَّد (%s) لأعلى</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>نقل لأعلى</translation>
        </message>
        <message>
            <source>No %s selected. Press Add (Ctrl+Shift+A) to create one.</source>
            <translation>لا عنصر محدَّدًا (%s). اضغط «إضافة» (Ctrl+Shift+A) لإنشاء واحد.</translation>
        </message>
        <message numerus="yes">
            <source>Paste %n rows</source>
            <translation>
                <numerusform>لصق لا صفوف</numerusform>
                <numerusform>لصق صف واحد</numerusform>
                <numerusform>لصق صفين</numerusform>
                <numerusform>لصق %n صفوف</numerusform>
                <numerusform>لصق %n صفًا</numerusform>
                <numerusform>لصق %n صف</numerusform>
            </translation>
        </message>
        <message>
            <source>Paste %s</source>
            <translation>لصق: %s</translation>
        </message>
        <message>
            <source>Selected %s</source>
            <translation>العنصر المحدَّد: %s</translation>
        </message>
        <message>
            <source>The clipboard holds rows Briefer cannot read.</source>
            <translation>تحتوي الحافظة على صفوف لا يستطيع Briefer قراءتها.</translation>
        </message>
        <message>
            <source>The clipboard holds rows of another list (%s): paste them there.</source>
            <translation>تحتوي الحافظة على صفوف من قائمة أخرى (%s): الصقها هناك.</translation>
        </message>
        <message>
            <source>The pasted rows were handled at %s: this list is now marked %s.</source>
            <translation>كانت الصفوف الملصقة مصنّفة بمستوى %s: أصبحت هذه القائمة مصنّفة %s.</translation>
        </message>
        <message>
            <source>The rows on the clipboard do not fit this list: %s</source>
            <translation>الصفوف في الحافظة لا تناسب هذه القائمة: %s</translation>
        </message>
        <message>
            <source>The text on the clipboard does not fit this list: %s</source>
            <translation>النص في الحافظة لا يناسب هذه القائمة: %s</translation>
        </message>
    </context>
    <context>
        <name>ListSpecs</name>
        <message>
            <source>&amp;Answer:</source>
            <translation>ال&amp;جواب:</translation>
        </message>
        <message>
            <source>&amp;Biography:</source>
            <translation>ال&amp;سيرة:</translation>
        </message>
        <message>
            <source>&amp;Body:</source>
            <translation>ال&amp;نص:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>ال&amp;تاريخ:</translation>
        </message>
        <message>
            <source>&amp;Decision:</source>
            <translation>ال&amp;قرار:</translation>
        </message>
        <message>
            <source>&amp;Delegation:</source>
            <translation>ال&amp;وفد:</translation>
        </message>
        <message>
            <source>&amp;Detail:</source>
            <translation>ال&amp;تفاصيل:</translation>
        </message>
        <message>
            <source>&amp;Event:</source>
            <translation>ال&amp;حدث:</translation>
        </message>
        <message>
            <source>&amp;Impact:</source>
            <translation>الأ&amp;ثر:</translation>
        </message>
        <message>
            <source>&amp;Issue:</source>
            <translation>ال&amp;مسألة:</translation>
        </message>
        <message>
            <source>&amp;Item:</source>
            <translation>ال&amp;بند:</translation>
        </message>
        <message>
            <source>&amp;Lead:</source>
            <translation>ال&amp;متحدث:</translation>
        </message>
        <message>
            <source>&amp;Likelihood:</source>
            <translation>الا&amp;حتمال:</translation>
        </message>
        <message>
            <source>&amp;Mitigation:</source>
            <translation>ال&amp;تخفيف:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>الا&amp;سم:</translation>
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation>ال&amp;جهة:</translation>
        </message>
        <message>
            <source>&amp;Point:</source>
            <translation>ال&amp;نقطة:</translation>
        </message>
        <message>
            <source>&amp;Position:</source>
            <translation>ال&amp;موقف:</translation>
        </message>
        <message>
            <source>&amp;Pronunciation:</source>
            <translation>ال&amp;نطق:</translation>
        </message>
        <message>
            <source>&amp;Publisher:</source>
            <translation>ال&amp;ناشر:</translation>
        </message>
        <message>
            <source>&amp;Question:</source>
            <translation>ال&amp;سؤال:</translation>
        </message>
        <message>
            <source>&amp;Recommendation:</source>
            <translation>ال&amp;توصية:</translation>
        </message>
        <message>
            <source>&amp;Risk:</source>
            <translation>ال&amp;خطر:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>ال&amp;دور:</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>ال&amp;حالة:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>ال&amp;منصب:</translation>
        </message>
        <message>
            <source>&amp;URL:</source>
            <translation>ال&amp;رابط:</translation>
        </message>
        <message>
            <source>A likely question, as it would be asked</source>
            <translation>سؤال محتمل، كما قد يُطرح</translation>
        </message>
        <message>
            <source>As it should be printed, in any script</source>
            <translation>كما يجب أن يُطبع، بأي نظام كتابة</translation>
        </message>
        <message>
            <source>As printed on the copy, in any script</source>
            <translation>كما يُطبع على النسخة، بأي كتابة</translation>
        </message>
        <message>
            <source>Cleared &amp;by:</source>
            <translation>ا&amp;عتمده:</translation>
        </message>
        <message>
            <source>D&amp;ate:</source>
            <translation>ال&amp;تاريخ:</translation>
        </message>
        <message>
            <source>D&amp;ue:</source>
            <translation>الم&amp;وعد:</translation>
        </message>
        <message>
            <source>Mar&amp;king:</source>
            <translation>ال&amp;تصنيف:</translation>
        </message>
        <message>
            <source>N&amp;otes:</source>
            <translation>الم&amp;لاحظات:</translation>
        </message>
        <message>
            <source>Name or post</source>
            <translation>الاسم أو المنصب</translation>
        </message>
        <message>
            <source>New agenda item</source>
            <translation>بند جديد في جدول الأعمال</translation>
        </message>
        <message>
            <source>New clearance</source>
            <translation>اعتماد جديد</translation>
        </message>
        <message>
            <source>New decision</source>
            <translation>قرار جديد</translation>
        </message>
        <message>
            <source>New event</source>
            <translation>حدث جديد</translation>
        </message>
        <message>
            <source>New key point</source>
            <translation>نقطة رئيسية جديدة</translation>
        </message>
        <message>
            <source>New objective</source>
            <translation>هدف جديد</translation>
        </message>
        <message>
            <source>New open issue</source>
            <translation>مسألة معلّقة جديدة</translation>
        </message>
        <message>
            <source>New participant</source>
            <translation>مشارك جديد</translation>
        </message>
        <message>
            <source>New question</source>
            <translation>سؤال جديد</translation>
        </message>
        <message>
            <source>New recipient</source>
            <translation>مستلم جديد</translation>
        </message>
        <message>
            <source>New risk</source>
            <translation>خطر جديد</translation>
        </message>
        <message>
            <source>New section</source>
            <translation>قسم جديد</translation>
        </message>
        <message>
            <source>New source</source>
            <translation>مصدر جديد</translation>
        </message>
        <message>
            <source>New stakeholder</source>
            <translation>طرف معني جديد</translation>
        </message>
        <message>
            <source>O&amp;ffice:</source>
            <translation>ال&amp;مكتب:</translation>
        </message>
        <message>
            <source>O&amp;wner:</source>
            <translation>ال&amp;مسؤول:</translation>
        </message>
        <message>
            <source>P&amp;hoto:</source>
            <translation>ال&amp;صورة:</translation>
        </message>
        <message>
            <source>P&amp;riority:</source>
            <translation>الأ&amp;ولوية:</translation>
        </message>
        <message>
            <source>Pl&amp;ace:</source>
            <translation>ال&amp;مكان:</translation>
        </message>
        <message>
            <source>S&amp;tatus:</source>
            <translation>ال&amp;حالة:</translation>
        </message>
        <message>
            <source>T&amp;ime:</source>
            <translation>ال&amp;وقت:</translation>
        </message>
        <message>
            <source>The line to take</source>
            <translation>الموقف الذي يُتّخذ</translation>
        </message>
        <message>
            <source>The side they sit with; participants are grouped by it</source>
            <translation>الجانب الذي ينتمون إليه؛ ويُجمَّع المشاركون بحسبه</translation>
        </message>
        <message>
            <source>What the principal or the board is asked to decide</source>
            <translation>ما يُطلب من المسؤول أو المجلس أن يقرّره</translation>
        </message>
        <message>
            <source>What we recommend, and why</source>
            <translation>ما نوصي به، ولماذا</translation>
        </message>
        <message>
            <source>Where it happens: building, room</source>
            <translation>مكان الحدث: المبنى، القاعة</translation>
        </message>
        <message>
            <source>Who speaks to this item</source>
            <translation>من يتحدث في هذا البند</translation>
        </message>
        <message>
            <source>agenda item</source>
            <translation>بند جدول الأعمال</translation>
        </message>
        <message>
            <source>clearance</source>
            <translation>اعتماد</translation>
        </message>
        <message>
            <source>decision</source>
            <translation>قرار</translation>
        </message>
        <message>
            <source>e.g. 10:00 or +15 min</source>
            <translation>مثل 10:00 أو ‎+15 min</translation>
        </message>
        <message>
            <source>e.g. Prime Minister of Israel</source>
            <translation>مثل: رئيس وزراء إسرائيل</translation>
        </message>
        <message>
            <source>e.g. be-NYA-min</source>
            <translation>مثل: بِن-يا-مين</translation>
        </message>
        <message>
            <source>key point</source>
            <translation>نقطة رئيسية</translation>
        </message>
        <message>
            <source>objective</source>
            <translation>هدف</translation>
        </message>
        <message>
            <source>open issue</source>
            <translation>مسألة معلّقة</translation>
        </message>
        <message>
            <source>participant</source>
            <translation>مشارك</translation>
        </message>
        <message>
            <source>question</source>
            <translation>سؤال</translation>
        </message>
        <message>
            <source>recipient</source>
            <translation>مستلم</translation>
        </message>
        <message>
            <source>risk</source>
            <translation>خطر</translation>
        </message>
        <message>
            <source>section</source>
            <translation>قسم</translation>
        </message>
        <message>
            <source>source</source>
            <translation>مصدر</translation>
        </message>
        <message>
            <source>stakeholder</source>
            <translation>طرف معني</translation>
        </message>
        <message>
            <source>timeline entry</source>
            <translation>حدث في التسلسل الزمني</translation>
        </message>
    </context>
    <context>
        <name>ListTableModel</name>
        <message>
            <source>An item cannot be empty; delete the row instead.</source>
            <translation>لا يمكن أن يكون العنصر فارغًا؛ احذف الصف بدلًا من ذلك.</translation>
        </message>
        <message>
            <source>Move row</source>
            <translation>نقل صف</translation>
        </message>
        <message>
            <source>Move rows</source>
            <translation>نقل الصفوف</translation>
        </message>
        <message>
            <source>Not in what a reader at %s sees</source>
            <translation>ليس ضمن ما يراه قارئ عند %s</translation>
        </message>
        <message>
            <source>must be a whole number such as 3, or empty.</source>
            <translation>يجب أن يكون عدداً صحيحاً مثل 3، أو فارغاً.</translation>
        </message>
    </context>
    <context>
        <name>LogisticsEditor</name>
        <message>
            <source>&amp;Logistics:</source>
            <translation>ال&amp;ترتيبات اللوجستية:</translation>
        </message>
        <message>
            <source>Arrival, security, interpretation, gifts, dress, press arrangements</source>
            <translation>الوصول، الأمن، الترجمة الفورية، الهدايا، اللباس، ترتيبات الصحافة</translation>
        </message>
        <message>
            <source>Logistics</source>
            <translation>الترتيبات اللوجستية</translation>
        </message>
    </context>
    <context>
        <name>LongTextField</name>
        <message numerus="yes">
            <source>%n words</source>
            <translation>
                <numerusform>لا كلمات</numerusform>
                <numerusform>كلمة واحدة</numerusform>
                <numerusform>كلمتان</numerusform>
                <numerusform>%n كلمات</numerusform>
                <numerusform>%n كلمة</numerusform>
                <numerusform>%n كلمة</numerusform>
            </translation>
        </message>
        <message>
            <source>1 word</source>
            <translation>كلمة واحدة</translation>
        </message>
        <message>
            <source>Blank line = new paragraph · - bullet · 1. numbered · **bold** · *italic*</source>
            <translation>سطر فارغ = فقرة جديدة · - نقطة · 1. ترقيم · **غامق** · *مائل*</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>%1 Choose another file, or export the brief as PDF.</source>
            <translation>%1 اختر ملفًا آخر، أو صدّر المذكرة بصيغة PDF.</translation>
        </message>
        <message>
            <source>%s (print)</source>
            <translation>%s (طباعة)</translation>
        </message>
        <message>
            <source>&amp;About Briefer</source>
            <translation>&amp;حول Briefer</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>إ&amp;غلاق</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;تحرير</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;ملف</translation>
        </message>
        <message>
            <source>&amp;Find and Replace…</source>
            <translation>&amp;بحث واستبدال…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>م&amp;ساعدة</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>ا&amp;ختصارات لوحة المفاتيح</translation>
        </message>
        <message>
            <source>&amp;Layout of This Brief…</source>
            <translation>ت&amp;خطيط هذه المذكرة…</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>&amp;جديد</translation>
        </message>
        <message>
            <source>&amp;Next Section</source>
            <translation>القسم ال&amp;تالي</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;فتح…</translation>
        </message>
        <message>
            <source>&amp;PDF…</source>
            <translation>&amp;PDF…</translation>
        </message>
        <message>
            <source>&amp;Previous Section</source>
            <translation>القسم ال&amp;سابق</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;طباعة…</translation>
        </message>
        <message>
            <source>&amp;Problems Panel</source>
            <translation>لوحة ال&amp;مشكلات</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>إ&amp;نهاء</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>إ&amp;عادة</translation>
        </message>
        <message>
            <source>&amp;Refresh Preview</source>
            <translation>&amp;تحديث المعاينة</translation>
        </message>
        <message>
            <source>&amp;Revert to Saved</source>
            <translation>ال&amp;عودة إلى المحفوظ</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;حفظ</translation>
        </message>
        <message>
            <source>&amp;Team Templates Folder…</source>
            <translation>مجلد قوالب ال&amp;فريق…</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>ترا&amp;جع</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;عرض</translation>
        </message>
        <message>
            <source>&amp;Window</source>
            <translation>ال&amp;نافذة</translation>
        </message>
        <message>
            <source>&amp;Word…</source>
            <translation>&amp;Word…</translation>
        </message>
        <message>
            <source>An export is still running; print once it has finished.</source>
            <translation>لا يزال التصدير جاريًا؛ اطبع بعد انتهائه.</translation>
        </message>
        <message>
            <source>An export is still running; try again once it has finished.</source>
            <translation>لا يزال التصدير جاريًا؛ أعد المحاولة بعد انتهائه.</translation>
        </message>
        <message>
            <source>Attach the file to a message yourself: it is in %s.</source>
            <translation>أرفق الملف برسالة بنفسك: إنه في %s.</translation>
        </message>
        <message>
            <source>Attach to e-mail</source>
            <translation>إرفاق برسالة بريد إلكتروني</translation>
        </message>
        <message>
            <source>Briefer &amp;User Guide</source>
            <translation>&amp;دليل مستخدم Briefer</translation>
        </message>
        <message>
            <source>Briefer uses xdg-email (from xdg-utils) for this; install it, or </source>
            <translation>يستخدم Briefer لهذا الأمر xdg-email (من xdg-utils)؛ ثبّته، أو </translation>
        </message>
        <message>
            <source>Check the printer, or export the brief as PDF and print that file.</source>
            <translation>تحقّق من الطابعة، أو صدّر المذكرة بصيغة PDF واطبع ذلك الملف.</translation>
        </message>
        <message>
            <source>Clear List</source>
            <translation>مسح القائمة</translation>
        </message>
        <message>
            <source>Close this brief's window</source>
            <translation>إغلاق نافذة هذه المذكرة</translation>
        </message>
        <message>
            <source>E&amp;xport PDF and Word…</source>
            <translation>ت&amp;صدير PDF وWord…</translation>
        </message>
        <message>
            <source>Every reader: the whole brief</source>
            <translation>كل قارئ: المذكرة كاملة</translation>
        </message>
        <message>
            <source>Export &amp;Word…</source>
            <translation>تصدير &amp;Word…</translation>
        </message>
        <message>
            <source>Export N&amp;umbered Copies…</source>
            <translation>تصدير نسخ م&amp;رقّمة…</translation>
        </message>
        <message>
            <source>Export P&amp;DF…</source>
            <translation>تصدير P&amp;DF…</translation>
        </message>
        <message>
            <source>Export and Attach to &amp;Email</source>
            <translation>تصدير وإرفاق ب&amp;بريد إلكتروني</translation>
        </message>
        <message>
            <source>Export it as PDF and print that file.</source>
            <translation>صدّرها بصيغة PDF واطبع ذلك الملف.</translation>
        </message>
        <message>
            <source>Exported %s, but Briefer could not open your mail program with it attached.</source>
            <translation>تم تصدير %s، لكن تعذّر على Briefer فتح برنامج البريد مع إرفاقه.</translation>
        </message>
        <message>
            <source>Find &amp;Next</source>
            <translation>بحث عن ال&amp;تالي</translation>
        </message>
        <message>
            <source>Find Pre&amp;vious</source>
            <translation>بحث عن ال&amp;سابق</translation>
        </message>
        <message>
            <source>Go to &amp;Section List</source>
            <translation>الانتقال إلى قائمة الأ&amp;قسام</translation>
        </message>
        <message>
            <source>Go to Pro&amp;blems</source>
            <translation>الانتقال إلى الم&amp;شكلات</translation>
        </message>
        <message>
            <source>Mi&amp;nimize</source>
            <translation>ت&amp;صغير النافذة</translation>
        </message>
        <message>
            <source>New &amp;Follow-up Brief…</source>
            <translation>مذكرة م&amp;تابعة جديدة…</translation>
        </message>
        <message>
            <source>New Trip &amp;Book</source>
            <translation>كتيّب ر&amp;حلة جديد</translation>
        </message>
        <message>
            <source>New from &amp;Template…</source>
            <translation>جديد من &amp;قالب…</translation>
        </message>
        <message>
            <source>No brief</source>
            <translation>لا مذكرة</translation>
        </message>
        <message>
            <source>No recent briefs</source>
            <translation>لا مذكرات حديثة</translation>
        </message>
        <message>
            <source>Open &amp;Example Brief</source>
            <translation>فتح مذكرة ال&amp;مثال</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>فتح ال&amp;حديث</translation>
        </message>
        <message>
            <source>Open Trip Boo&amp;k…</source>
            <translation>فتح كتيّب ر&amp;حلة…</translation>
        </message>
        <message>
            <source>Open trip book</source>
            <translation>فتح كتيّب رحلة</translation>
        </message>
        <message>
            <source>Opened a new e-mail with %s attached.</source>
            <translation>فُتحت رسالة بريد إلكتروني جديدة مرفقًا بها %s.</translation>
        </message>
        <message>
            <source>Opening your mail program…</source>
            <translation>جارٍ فتح برنامج البريد…</translation>
        </message>
        <message>
            <source>PDF &amp;and Word…</source>
            <translation>PDF &amp;وWord…</translation>
        </message>
        <message>
            <source>Preview failed: %s</source>
            <translation>فشلت المعاينة: %s</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>طباعة</translation>
        </message>
        <message>
            <source>Printing what a reader at %s sees…</source>
            <translation>جارٍ طبع ما يراه قارئ عند %s…</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>المشكلات</translation>
        </message>
        <message>
            <source>Problems (%d)</source>
            <translation>المشكلات (%d)</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>إعادة</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>حفظ &amp;باسم…</translation>
        </message>
        <message>
            <source>Save as Te&amp;mplate…</source>
            <translation>حفظ كـ&amp;قالب…</translation>
        </message>
        <message numerus="yes">
            <source>Saved %n page(s) to %1.</source>
            <translation>
                <numerusform>لم تُحفظ أي صفحة في %1.</numerusform>
                <numerusform>حُفظت صفحة واحدة في %1.</numerusform>
                <numerusform>حُفظت صفحتان في %1.</numerusform>
                <numerusform>حُفظت %n صفحات في %1.</numerusform>
                <numerusform>حُفظت %n صفحة في %1.</numerusform>
                <numerusform>حُفظت %n صفحة في %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved %n page(s) to %1: what a reader at %2 sees.</source>
            <translation>
                <numerusform>لم تُحفظ أي صفحة في %1: ما يراه قارئ بمستوى %2.</numerusform>
                <numerusform>حُفظت صفحة واحدة في %1: ما يراه قارئ بمستوى %2.</numerusform>
                <numerusform>حُفظت صفحتان في %1: ما يراه قارئ بمستوى %2.</numerusform>
                <numerusform>حُفظت %n صفحات في %1: ما يراه قارئ بمستوى %2.</numerusform>
                <numerusform>حُفظت %n صفحة في %1: ما يراه قارئ بمستوى %2.</numerusform>
                <numerusform>حُفظت %n صفحة في %1: ما يراه قارئ بمستوى %2.</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved the template “%s”; it is in New from Template.</source>
            <translation>حُفظ القالب «%s»؛ وتجده في «جديد من قالب».</translation>
        </message>
        <message numerus="yes">
            <source>Sent %n page(s) to the printer.</source>
            <translation>
                <numerusform>لم تُرسل أي صفحة إلى الطابعة.</numerusform>
                <numerusform>أُرسلت صفحة واحدة إلى الطابعة.</numerusform>
                <numerusform>أُرسلت صفحتان إلى الطابعة.</numerusform>
                <numerusform>أُرسلت %n صفحات إلى الطابعة.</numerusform>
                <numerusform>أُرسلت %n صفحة إلى الطابعة.</numerusform>
                <numerusform>أُرسلت %n صفحة إلى الطابعة.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sent %n page(s) to the printer: what a reader at %2 sees.</source>
            <translation>
                <numerusform>لم تُرسل أي صفحة إلى الطابعة: ما يراه قارئ بمستوى %2.</numerusform>
                <numerusform>أُرسلت صفحة واحدة إلى الطابعة: ما يراه قارئ بمستوى %2.</numerusform>
                <numerusform>أُرسلت صفحتان إلى الطابعة: ما يراه قارئ بمستوى %2.</numerusform>
                <numerusform>أُرسلت %n صفحات إلى الطابعة: ما يراه قارئ بمستوى %2.</numerusform>
                <numerusform>أُرسلت %n صفحة إلى الطابعة: ما يراه قارئ بمستوى %2.</numerusform>
                <numerusform>أُرسلت %n صفحة إلى الطابعة: ما يراه قارئ بمستوى %2.</numerusform>
            </translation>
        </message>
        <message>
            <source>Show What a &amp;Reader Sees</source>
            <translation>عرض ما يراه ال&amp;قارئ</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>إظهار في المجلد</translation>
        </message>
        <message>
            <source>Show the &amp;Whole Brief</source>
            <translation>عرض المذكرة &amp;كاملة</translation>
        </message>
        <message>
            <source>Show the whole brief, or only what a reader at one level of the marking scheme may see: the releasable version an export at that level makes.</source>
            <translation>اعرض المذكرة كاملة، أو فقط ما يجوز لقارئ عند أحد مستويات مخطط التصنيف رؤيته: النسخة القابلة للإفراج التي ينتجها التصدير عند ذلك المستوى.</translation>
        </message>
        <message>
            <source>Show what a reader sees</source>
            <translation>عرض ما يراه القارئ</translation>
        </message>
        <message>
            <source>The %s page could not be opened; see the log for details.</source>
            <translation>تعذّر فتح صفحة %s؛ راجع السجل للتفاصيل.</translation>
        </message>
        <message>
            <source>The brief could not be prepared for printing.</source>
            <translation>تعذّر تجهيز المذكرة للطباعة.</translation>
        </message>
        <message>
            <source>The brief could not be printed to “%s”.</source>
            <translation>تعذّرت طباعة المذكرة إلى «%s».</translation>
        </message>
        <message>
            <source>The brief itself is marked %1, above %2: a reader at %2 may not see its title and cover. To show this, lower the brief's marking on the Overview page and mark the portions above %2.</source>
            <translation>المذكرة نفسها مصنَّفة %1، أعلى من %2: لا يجوز لقارئ عند %2 أن يرى عنوانها وغلافها. لعرض هذه النسخة، اخفض تصنيف المذكرة في صفحة نظرة عامة وصنِّف الأجزاء التي تعلو %2.</translation>
        </message>
        <message>
            <source>The brief's marking “%1” is not a level of the %2 scheme, so what a reader at %3 may see cannot be told. Choose one of its levels on the Overview page.</source>
            <translation>تصنيف المذكرة «%1» ليس مستوى في مخطط %2، فلا يمكن معرفة ما يجوز لقارئ عند %3 رؤيته. اختر أحد مستوياته في صفحة نظرة عامة.</translation>
        </message>
        <message>
            <source>The printer could not be started.</source>
            <translation>تعذّر تشغيل الطابعة.</translation>
        </message>
        <message>
            <source>This preview shows what a reader at %s may see. To see the whole brief again, choose “Every reader: the whole brief” in the menu above the preview.</source>
            <translation>تعرض هذه المعاينة ما يجوز لقارئ عند %s رؤيته. لرؤية المذكرة كاملة مرة أخرى، اختر «كل قارئ: المذكرة كاملة» من القائمة فوق المعاينة.</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>تراجع</translation>
        </message>
        <message>
            <source>What a reader at %s sees</source>
            <translation>ما يراه قارئ عند %s</translation>
        </message>
        <message>
            <source>What a reader at %s sees is not shown: the preview says why.</source>
            <translation>لا يُعرض ما يراه قارئ عند %s: توضّح المعاينة السبب.</translation>
        </message>
        <message>
            <source>attach the file to a message yourself: it is in %s.</source>
            <translation>أرفق الملف برسالة بنفسك: إنه في %s.</translation>
        </message>
    </context>
    <context>
        <name>Markings</name>
        <message>
            <source>As the brief (%s)</source>
            <translation>مثل المذكرة (%s)</translation>
        </message>
        <message>
            <source>As the brief (not marked)</source>
            <translation>مثل المذكرة (غير مصنّفة)</translation>
        </message>
        <message>
            <source>Marked %s</source>
            <translation>مصنّف %s</translation>
        </message>
        <message>
            <source>Not marked: handled at the brief's marking (%s)</source>
            <translation>غير مصنّف: يُعامل بتصنيف المذكرة (%s)</translation>
        </message>
        <message>
            <source>Who may read this part: a level of the %s scheme (%s), optionally followed by caveats. Blank: as the brief.</source>
            <translation>من يجوز له قراءة هذا الجزء: مستوى من مخطط %s (%s)، تليه قيود عند الحاجة. فارغ: مثل المذكرة.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>لا شيء</translation>
        </message>
        <message>
            <source>“%s” names no level of the %s scheme</source>
            <translation>«%s» لا يسمّي أي مستوى من مخطط %s</translation>
        </message>
    </context>
    <context>
        <name>MeetingEditor</name>
        <message>
            <source>&amp;Date:</source>
            <translation>ال&amp;تاريخ:</translation>
        </message>
        <message>
            <source>&amp;End:</source>
            <translation>ال&amp;نهاية:</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>ال&amp;صيغة:</translation>
        </message>
        <message>
            <source>&amp;Home time zone:</source>
            <translation>المنطقة الزمنية لل&amp;بلد:</translation>
        </message>
        <message>
            <source>&amp;Location:</source>
            <translation>ال&amp;مكان:</translation>
        </message>
        <message>
            <source>&amp;Start:</source>
            <translation>ال&amp;بداية:</translation>
        </message>
        <message>
            <source>&amp;Time zone:</source>
            <translation>المنطقة ال&amp;زمنية:</translation>
        </message>
        <message>
            <source>City, building, room</source>
            <translation>المدينة، المبنى، القاعة</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>End</source>
            <translation>النهاية</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>الصيغة</translation>
        </message>
        <message>
            <source>Home time zone</source>
            <translation>المنطقة الزمنية للبلد</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>المكان</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>البداية</translation>
        </message>
        <message>
            <source>The principal's home zone: times print in both zones when it differs.</source>
            <translation>المنطقة الزمنية لبلد المسؤول: تُطبع الأوقات بالمنطقتين إن اختلفتا.</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>المنطقة الزمنية</translation>
        </message>
    </context>
    <context>
        <name>NotPrintedNotice</name>
        <message>
            <source>Choose the sections this brief prints</source>
            <translation>اختر الأقسام التي تطبعها هذه المذكرة</translation>
        </message>
        <message>
            <source>Layout…</source>
            <translation>التخطيط…</translation>
        </message>
        <message>
            <source>Move %s to Other sections</source>
            <translation>نقل %s إلى أقسام أخرى</translation>
        </message>
        <message>
            <source>Move this text into a new Other section (Edit ▸ Undo brings it back)</source>
            <translation>نقل هذا النص إلى قسم جديد ضمن أقسام أخرى (تحرير ▸ تراجع يعيده)</translation>
        </message>
        <message>
            <source>Move to Other sections</source>
            <translation>نقل إلى أقسام أخرى</translation>
        </message>
        <message>
            <source>Move to Other sections…</source>
            <translation>نقل إلى أقسام أخرى…</translation>
        </message>
        <message>
            <source>The %s template does not print %s.</source>
            <translation>القالب %s لا يطبع %s.</translation>
        </message>
        <message>
            <source>The %s template does not print this section.</source>
            <translation>القالب %s لا يطبع هذا القسم.</translation>
        </message>
        <message>
            <source>The text moves into a new Other section called:</source>
            <translation>ينتقل النص إلى قسم جديد ضمن أقسام أخرى بعنوان:</translation>
        </message>
        <message>
            <source>There is no text to move.</source>
            <translation>لا يوجد نص لنقله.</translation>
        </message>
    </context>
    <context>
        <name>OverviewEditor</name>
        <message>
            <source>&amp;Marking:</source>
            <translation>علامة ال&amp;تداول:</translation>
        </message>
        <message>
            <source>&amp;Purpose:</source>
            <translation>ال&amp;غرض:</translation>
        </message>
        <message>
            <source>&amp;Reference:</source>
            <translation>ال&amp;مرجع:</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>ال&amp;حالة:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>ال&amp;عنوان:</translation>
        </message>
        <message>
            <source>Author, office</source>
            <translation>الكاتب، المكتب</translation>
        </message>
        <message>
            <source>Draft watermark</source>
            <translation>العلامة المائية للمسودة</translation>
        </message>
        <message>
            <source>File or reference number</source>
            <translation>رقم الملف أو المرجع</translation>
        </message>
        <message>
            <source>Marking</source>
            <translation>علامة التداول</translation>
        </message>
        <message>
            <source>O&amp;ur objectives:</source>
            <translation>أ&amp;هدافنا:</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>الأهداف</translation>
        </message>
        <message>
            <source>Our objectives' marking</source>
            <translation>تصنيف أهدافنا</translation>
        </message>
        <message>
            <source>Prepared &amp;by:</source>
            <translation>أعدّها&amp;:</translation>
        </message>
        <message>
            <source>Prepared &amp;for:</source>
            <translation>مُعدّة &amp;لـ:</translation>
        </message>
        <message>
            <source>Prepared &amp;on:</source>
            <translation>تاريخ الإ&amp;عداد:</translation>
        </message>
        <message>
            <source>Prepared by</source>
            <translation>أعدّها</translation>
        </message>
        <message>
            <source>Prepared for</source>
            <translation>مُعدّة لـ</translation>
        </message>
        <message>
            <source>Prepared on</source>
            <translation>تاريخ الإعداد</translation>
        </message>
        <message>
            <source>Print a DRAFT &amp;watermark while the status is Draft</source>
            <translation>طباعة علامة &amp;مائية «مسودة» ما دامت الحالة مسودة</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>الغرض</translation>
        </message>
        <message>
            <source>Purpose marking</source>
            <translation>تصنيف الغرض</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>المرجع</translation>
        </message>
        <message>
            <source>S&amp;ubtitle:</source>
            <translation>العنوان ال&amp;فرعي:</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Subtitle</source>
            <translation>العنوان الفرعي</translation>
        </message>
        <message>
            <source>Summar&amp;y:</source>
            <translation>ال&amp;ملخص:</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>الملخص</translation>
        </message>
        <message>
            <source>Summary and purpose</source>
            <translation>الملخص والغرض</translation>
        </message>
        <message>
            <source>Summary marking</source>
            <translation>تصنيف الملخص</translation>
        </message>
        <message>
            <source>T&amp;heir objectives:</source>
            <translation>أ&amp;هدافهم:</translation>
        </message>
        <message>
            <source>Temp&amp;late:</source>
            <translation>ال&amp;قالب:</translation>
        </message>
        <message>
            <source>Template</source>
            <translation>القالب</translation>
        </message>
        <message>
            <source>The bottom line, up front</source>
            <translation>الخلاصة أولًا</translation>
        </message>
        <message>
            <source>The principal who will read it</source>
            <translation>المسؤول الذي سيقرؤها</translation>
        </message>
        <message>
            <source>Their objectives' marking</source>
            <translation>تصنيف أهدافهم</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <source>What the meeting is (required)</source>
            <translation>ما هو الاجتماع (مطلوب)</translation>
        </message>
        <message>
            <source>Why the meeting happens, who asked for it</source>
            <translation>سبب انعقاد الاجتماع ومن طلبه</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsEditor</name>
        <message>
            <source>&amp;Group by delegation</source>
            <translation>ال&amp;تجميع حسب الوفد</translation>
        </message>
        <message>
            <source>Show participants grouped by delegation. The printed order is the list order; turn grouping off to reorder.</source>
            <translation>عرض المشاركين مجمَّعين حسب الوفد. ترتيب الطباعة هو ترتيب القائمة؛ أوقف التجميع لإعادة الترتيب.</translation>
        </message>
        <message>
            <source>Turn off “Group by delegation” to reorder participants.</source>
            <translation>أوقف «التجميع حسب الوفد» لإعادة ترتيب المشاركين.</translation>
        </message>
    </context>
    <context>
        <name>People</name>
        <message>
            <source>(a photo)</source>
            <translation>(صورة)</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(فارغ)</translation>
        </message>
        <message>
            <source>Add %s to the library</source>
            <translation>إضافة %s إلى المكتبة</translation>
        </message>
        <message>
            <source>Add to library</source>
            <translation>إضافة إلى المكتبة</translation>
        </message>
        <message>
            <source>Changed by someone else</source>
            <translation>غيّره شخص آخر</translation>
        </message>
        <message>
            <source>Changed in this brief since it was taken from the library.</source>
            <translation>تغيّر في هذه المذكرة منذ أُخذ من المكتبة.</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>الحقل</translation>
        </message>
        <message>
            <source>From the people library.</source>
            <translation>من مكتبة الأشخاص.</translation>
        </message>
        <message>
            <source>In the library (will be used)</source>
            <translation>في المكتبة (سيُستخدم)</translation>
        </message>
        <message>
            <source>In the library now</source>
            <translation>في المكتبة الآن</translation>
        </message>
        <message>
            <source>In this brief (will be saved to the library)</source>
            <translation>في هذه المذكرة (سيُحفظ في المكتبة)</translation>
        </message>
        <message>
            <source>In this brief now</source>
            <translation>في هذه المذكرة الآن</translation>
        </message>
        <message>
            <source>Keep this person in your people library, to take into other briefs</source>
            <translation>احتفظ بهذا الشخص في مكتبة أشخاصك لتضيفه إلى مذكرات أخرى</translation>
        </message>
        <message>
            <source>Not in the people library.</source>
            <translation>ليس في مكتبة الأشخاص.</translation>
        </message>
        <message>
            <source>Nothing in the brief was changed.</source>
            <translation>لم يتغيّر شيء في المذكرة.</translation>
        </message>
        <message>
            <source>People library</source>
            <translation>مكتبة الأشخاص</translation>
        </message>
        <message>
            <source>Save what this brief says about %s to the people library?</source>
            <translation>هل تحفظ ما تقوله هذه المذكرة عن %s في مكتبة الأشخاص؟</translation>
        </message>
        <message>
            <source>Save what this brief says about the person to the library entry</source>
            <translation>حفظ ما تقوله هذه المذكرة عن الشخص في بطاقته في المكتبة</translation>
        </message>
        <message>
            <source>Save your changes together with theirs?</source>
            <translation>هل تحفظ تغييراتك مع تغييراته؟</translation>
        </message>
        <message>
            <source>Take %s from the library</source>
            <translation>أخذ %s من المكتبة</translation>
        </message>
        <message>
            <source>Taken from a people library entry that is not in yours.</source>
            <translation>مأخوذ من بطاقة ليست في مكتبتك.</translation>
        </message>
        <message>
            <source>The library has a newer version of this person (updated %s).</source>
            <translation>في المكتبة نسخة أحدث لهذا الشخص (حُدّثت %s).</translation>
        </message>
        <message>
            <source>The library's entry for %s differs from this brief in these fields:</source>
            <translation>تختلف بطاقة %s في المكتبة عن هذه المذكرة في هذه الحقول:</translation>
        </message>
        <message>
            <source>Update %s from the library</source>
            <translation>تحديث %s من المكتبة</translation>
        </message>
        <message>
            <source>Update from library</source>
            <translation>تحديث من المكتبة</translation>
        </message>
        <message>
            <source>Update from library…</source>
            <translation>تحديث من المكتبة…</translation>
        </message>
        <message>
            <source>Update the library</source>
            <translation>تحديث المكتبة</translation>
        </message>
        <message>
            <source>Update the library entry of %s</source>
            <translation>تحديث بطاقة %s في المكتبة</translation>
        </message>
        <message>
            <source>Update the library…</source>
            <translation>تحديث المكتبة…</translation>
        </message>
        <message>
            <source>You both changed: %s. Keep your version of those and take the rest of theirs?</source>
            <translation>غيّر كلاكما: %s. هل تبقي نسختك منها وتأخذ الباقي من نسخته؟</translation>
        </message>
    </context>
    <context>
        <name>PhotoField</name>
        <message>
            <source>Choose a photo</source>
            <translation>اختيار صورة</translation>
        </message>
        <message>
            <source>Choose photo…</source>
            <translation>اختيار صورة…</translation>
        </message>
        <message>
            <source>Images (%s)</source>
            <translation>الصور (%s)</translation>
        </message>
        <message>
            <source>No photo</source>
            <translation>لا صورة</translation>
        </message>
        <message>
            <source>PNG, JPEG, WebP, GIF or BMP. Resized to 600 px; location and camera data removed.</source>
            <translation>PNG أو JPEG أو WebP أو GIF أو BMP. يُعاد تحجيمها إلى 600 بكسل، وتُزال بيانات الموقع والكاميرا.</translation>
        </message>
        <message>
            <source>Photo not used</source>
            <translation>لم تُستخدم الصورة</translation>
        </message>
        <message>
            <source>Remove photo</source>
            <translation>إزالة الصورة</translation>
        </message>
        <message>
            <source>Select a participant first.</source>
            <translation>حدّد مشاركًا أولًا.</translation>
        </message>
        <message>
            <source>Unreadable photo</source>
            <translation>صورة غير مقروءة</translation>
        </message>
        <message>
            <source>photo</source>
            <translation>صورة</translation>
        </message>
    </context>
    <context>
        <name>Preview</name>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>لا صفحات</numerusform>
                <numerusform>صفحة واحدة</numerusform>
                <numerusform>صفحتان</numerusform>
                <numerusform>%n صفحات</numerusform>
                <numerusform>%n صفحة</numerusform>
                <numerusform>%n صفحة</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PreviewPane</name>
        <message>
            <source>%1 — over the %2-page budget</source>
            <translation>%1 — يتجاوز حد %2 من الصفحات</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>لا صفحات</numerusform>
                <numerusform>صفحة واحدة</numerusform>
                <numerusform>صفحتان</numerusform>
                <numerusform>%n صفحات</numerusform>
                <numerusform>%n صفحة</numerusform>
                <numerusform>%n صفحة</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Fit Width</source>
            <translation>&amp;ملاءمة العرض</translation>
        </message>
        <message>
            <source>PDF preview</source>
            <translation>معاينة PDF</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>الصفحة %1 من %2</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>معاينة</translation>
        </message>
        <message>
            <source>Preview unavailable</source>
            <translation>المعاينة غير متاحة</translation>
        </message>
        <message>
            <source>Qt could not display the PDF (%s).</source>
            <translation>تعذّر على Qt عرض ملف PDF (%s).</translation>
        </message>
        <message>
            <source>The preview could not be made.</source>
            <translation>تعذّر إنشاء المعاينة.</translation>
        </message>
        <message>
            <source>The preview could not be shown.</source>
            <translation>تعذّر عرض المعاينة.</translation>
        </message>
        <message>
            <source>Updating the preview</source>
            <translation>جارٍ تحديث المعاينة</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>ت&amp;كبير</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>ت&amp;صغير</translation>
        </message>
    </context>
    <context>
        <name>Problems</name>
        <message>
            <source>%1 has no title or position.</source>
            <translation>%1 بلا لقب أو منصب.</translation>
        </message>
        <message>
            <source>%1 has not cleared the brief; settle their comments before it goes.</source>
            <translation>%1 لم يعتمد المذكرة؛ عالج ملاحظاته قبل إرسالها.</translation>
        </message>
        <message>
            <source>%1 is marked %2, above the brief's %3, and so is their photo: a picture carries no portion mark of its own, so check that it may go at %4. The banner on every page reads %5.</source>
            <translation>%1 مصنّف %2، أعلى من تصنيف المذكرة (%3)، وكذلك صورته: الصورة لا تحمل تصنيفاً خاصاً بها، فتحقّق من جواز إرسالها عند %4. الشريط في كل صفحة يقول %5.</translation>
        </message>
        <message>
            <source>%1 is marked %2, above the brief's %3: a source's title alone can tell a reader what the brief draws on. The banner on every page reads %4; a releasable version below %5 leaves the source out.</source>
            <translation>%1 مصنّف %2، أعلى من تصنيف المذكرة (%3): عنوان المصدر وحده قد يكشف للقارئ ما تستند إليه المذكرة. الشريط في كل صفحة يقول %4؛ النسخة القابلة للإفراج دون %5 تحذف المصدر.</translation>
        </message>
        <message>
            <source>%1 is marked %2, above the brief's %3: the banner on every page reads %4; a releasable version below %5 leaves it out.</source>
            <translation>%1 مصنّف %2، أعلى من تصنيف المذكرة (%3): الشريط في كل صفحة يقول %4؛ النسخة القابلة للإفراج دون %5 تحذفه.</translation>
        </message>
        <message>
            <source>Agenda item “%1”</source>
            <translation>بند جدول الأعمال «%1»</translation>
        </message>
        <message>
            <source>Copy %1 is given to %2 and to %3; give each a number of its own.</source>
            <translation>النسخة رقم %1 مُسندة إلى %2 وإلى %3؛ أعطِ كلًّا منهما رقمًا خاصًا.</translation>
        </message>
        <message>
            <source>Decision “%1”</source>
            <translation>القرار «%1»</translation>
        </message>
        <message>
            <source>Decision “%1” has no recommendation; say what we recommend.</source>
            <translation>القرار «%1» بلا توصية؛ اذكر ما نوصي به.</translation>
        </message>
        <message>
            <source>Item “%1”</source>
            <translation>العنصر «%1»</translation>
        </message>
        <message>
            <source>Key point “%1”</source>
            <translation>النقطة الرئيسية «%1»</translation>
        </message>
        <message>
            <source>No participant is printed: the template “%1” leaves out %2; add who you will face (an interviewer, with the outlet as organisation).</source>
            <translation>لا يُطبع أي مشارك: القالب «%1» يستبعد %2؛ أضف من ستواجهه (محاورًا، مع وسيلته الإعلامية بوصفها الجهة).</translation>
        </message>
        <message>
            <source>No participants yet; add who will be in the room.</source>
            <translation>لا مشاركين بعد؛ أضف من سيحضرون في القاعة.</translation>
        </message>
        <message>
            <source>No participants yet; add who will be on the call.</source>
            <translation>لا مشاركين بعد؛ أضف من سيشاركون في المكالمة.</translation>
        </message>
        <message>
            <source>Open issue “%1”</source>
            <translation>المسألة المعلّقة «%1»</translation>
        </message>
        <message>
            <source>Open issue “%1” has been carried through %2 briefs; decide it, resolve it or drop it.</source>
            <translation>المسألة المعلّقة «%1» رُحّلت عبر %2 من المذكرات؛ احسمها أو عالجها أو أسقطها.</translation>
        </message>
        <message>
            <source>Open issue “%1” has no owner.</source>
            <translation>المسألة المعلّقة «%1» بلا مسؤول.</translation>
        </message>
        <message>
            <source>Open issue “%1” is due %2, before the meeting on %3; make sure it is settled in time.</source>
            <translation>موعد المسألة المعلّقة «%1» هو %2، قبل الاجتماع في %3؛ تأكّد من حسمها في الوقت المناسب.</translation>
        </message>
        <message>
            <source>Open issue “%1” is overdue: it was due %2; resolve it or move the date.</source>
            <translation>المسألة المعلّقة «%1» متأخرة: كان موعدها %2؛ احسمها أو غيّر الموعد.</translation>
        </message>
        <message>
            <source>Participant “%1”</source>
            <translation>المشارك «%1»</translation>
        </message>
        <message>
            <source>Question “%1”</source>
            <translation>السؤال «%1»</translation>
        </message>
        <message>
            <source>Question “%1” has no answer; write the line to take.</source>
            <translation>السؤال «%1» بلا جواب؛ اكتب الموقف الذي يُتّخذ.</translation>
        </message>
        <message>
            <source>Risk “%1”</source>
            <translation>الخطر «%1»</translation>
        </message>
        <message>
            <source>Risk “%1” has no mitigation.</source>
            <translation>الخطر «%1» بلا إجراء للتخفيف.</translation>
        </message>
        <message>
            <source>Risk “%1” has no owner.</source>
            <translation>الخطر «%1» بلا مسؤول.</translation>
        </message>
        <message>
            <source>Say who the brief is prepared for.</source>
            <translation>حدّد لمن أُعدّت المذكرة.</translation>
        </message>
        <message>
            <source>Section “%1”</source>
            <translation>القسم «%1»</translation>
        </message>
        <message>
            <source>Source “%1”</source>
            <translation>المصدر «%1»</translation>
        </message>
        <message>
            <source>Stakeholder “%1”</source>
            <translation>الطرف المعني «%1»</translation>
        </message>
        <message>
            <source>The brief has no handling marking; choose one (for example OFFICIAL) so readers know how to handle it.</source>
            <translation>المذكرة بلا علامة تداول؛ اختر واحدة (مثل OFFICIAL) ليعرف القرّاء كيف يتعاملون معها.</translation>
        </message>
        <message>
            <source>The brief is %1 pages; the template allows %2. Shorten it or move detail to annexes.</source>
            <translation>المذكرة في %1 صفحات، والقالب يسمح بـ%2. اختصرها أو انقل التفاصيل إلى الملاحق.</translation>
        </message>
        <message>
            <source>The brief is marked final but clearance by %1 is still pending; get it cleared, or set the status back to draft.</source>
            <translation>المذكرة موسومة بأنها نهائية لكن اعتمادها من %1 لا يزال معلّقًا؛ احصل على الاعتماد أو أعد الحالة إلى مسودة.</translation>
        </message>
        <message>
            <source>The brief is still called “Untitled brief”; give it the meeting's title.</source>
            <translation>لا تزال المذكرة تحمل اسم «Untitled brief»؛ أعطها عنوان الاجتماع.</translation>
        </message>
        <message>
            <source>The home time zone “%1” is not a time zone name; choose one such as Europe/London or America/New_York.</source>
            <translation>المنطقة الزمنية للبلد «%1» ليست اسم منطقة زمنية؛ اختر اسمًا مثل Asia/Riyadh أو Europe/London.</translation>
        </message>
        <message>
            <source>The marking “%1” names no level of the %2 marking scheme (%3); start it with one of them, or nobody can tell who may read this.</source>
            <translation>علامة التداول «%1» لا تذكر أيّ مستوى من مستويات نظام %2 (%3)؛ ابدأها بأحدها، وإلا فلن يعرف أحد من يحق له قراءتها.</translation>
        </message>
        <message>
            <source>The meeting date is missing.</source>
            <translation>تاريخ الاجتماع غير موجود.</translation>
        </message>
        <message>
            <source>The meeting ends before it starts; check the start and end times.</source>
            <translation>ينتهي الاجتماع قبل أن يبدأ؛ تحقّق من وقتي البداية والنهاية.</translation>
        </message>
        <message>
            <source>The meeting location is missing.</source>
            <translation>مكان الاجتماع غير موجود.</translation>
        </message>
        <message>
            <source>The section “%1” is filled in but the template “%2” does not print it; add it to the layout of this brief or move its content.</source>
            <translation>قسم «%1» مملوء لكن القالب «%2» لا يطبعه؛ أضفه إلى تخطيط هذه المذكرة أو انقل محتواه.</translation>
        </message>
        <message>
            <source>The summary (the bottom line up front) is empty; write two or three sentences.</source>
            <translation>الملخص (الخلاصة أولًا) فارغ؛ اكتب جملتين أو ثلاثًا.</translation>
        </message>
        <message>
            <source>Timeline entry “%1”</source>
            <translation>حدث التسلسل الزمني «%1»</translation>
        </message>
        <message>
            <source>To keep the template's page budget the export is shortened: %1 Cut the brief, or choose a template with more pages, to print everything.</source>
            <translation>للالتزام بحد الصفحات في القالب اختُصر التصدير: %1 اختصر المذكرة أو اختر قالبًا بصفحات أكثر لطباعة كل شيء.</translation>
        </message>
        <message>
            <source>“%1” is not a time zone name; choose one such as Asia/Jerusalem or Europe/London.</source>
            <translation>«%1» ليس اسم منطقة زمنية؛ اختر اسمًا مثل Asia/Jerusalem أو Europe/London.</translation>
        </message>
    </context>
    <context>
        <name>ProblemsPanel</name>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>خطأ</translation>
        </message>
        <message>
            <source>No problems found: the brief is ready to export.</source>
            <translation>لا مشكلات: المذكرة جاهزة للتصدير.</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>المشكلات</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>تنبيه</translation>
        </message>
        <message>
            <source>Whole brief</source>
            <translation>المذكرة كلها</translation>
        </message>
    </context>
    <context>
        <name>QDialog</name>
        <message>
            <source>Print Brief</source>
            <translation>طباعة المذكرة</translation>
        </message>
        <message>
            <source>Print Brief: what a reader at %1 sees</source>
            <translation>طباعة المذكرة: ما يراه قارئ عند %1</translation>
        </message>
    </context>
    <context>
        <name>QGuiApplication</name>
        <message>
            <source>QT_LAYOUT_DIRECTION</source>
            <comment>Translate this string to the string 'LTR' in left-to-right languages or to 'RTL' in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
            <translation>RTL</translation>
        </message>
    </context>
    <context>
        <name>Reveal</name>
        <message>
            <source>Briefer could not find a program to open the file. Open it yourself; it is:</source>
            <translation>لم يجد Briefer برنامجًا لفتح الملف. افتحه بنفسك؛ وهو:</translation>
        </message>
        <message>
            <source>Briefer could not open a file manager to show the folder. The file is in:</source>
            <translation>تعذّر على Briefer فتح مدير ملفات لعرض المجلد. الملف موجود في:</translation>
        </message>
        <message>
            <source>Open file</source>
            <translation>فتح الملف</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>إظهار في المجلد</translation>
        </message>
    </context>
    <context>
        <name>SaveTemplateDialog</name>
        <message>
            <source>&amp;Description:</source>
            <translation>ال&amp;وصف:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>الا&amp;سم:</translation>
        </message>
        <message>
            <source>Keep:</source>
            <translation>الاحتفاظ بـ:</translation>
        </message>
        <message>
            <source>Save as Template</source>
            <translation>حفظ كقالب</translation>
        </message>
        <message>
            <source>Structure and standing text — also the text and rows of this brief,
except its title, reference and dates</source>
            <translation>البنية والنص الثابت — وكذلك نص هذه المذكرة وصفوفها،
باستثناء عنوانها ومرجعها وتواريخها</translation>
        </message>
        <message>
            <source>Structure only — sections, titles, layout; no text</source>
            <translation>البنية فقط — الأقسام والعناوين والتخطيط؛ دون نص</translation>
        </message>
        <message>
            <source>What the template is for (shown in the gallery)</source>
            <translation>الغرض من القالب (يظهر في المعرض)</translation>
        </message>
        <message>
            <source>e.g. Weekly call with the embassy</source>
            <translation>مثل: الاتصال الأسبوعي مع السفارة</translation>
        </message>
    </context>
    <context>
        <name>SectionList</name>
        <message numerus="yes">
            <source>%n problem(s)</source>
            <translation>
                <numerusform>لا مشكلات</numerusform>
                <numerusform>مشكلة واحدة</numerusform>
                <numerusform>مشكلتان</numerusform>
                <numerusform>%n مشكلات</numerusform>
                <numerusform>%n مشكلة</numerusform>
                <numerusform>%n مشكلة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>لا صفوف</numerusform>
                <numerusform>صف واحد</numerusform>
                <numerusform>صفان</numerusform>
                <numerusform>%n صفوف</numerusform>
                <numerusform>%n صفًا</numerusform>
                <numerusform>%n صف</numerusform>
            </translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>جدول الأعمال</translation>
        </message>
        <message>
            <source>Background</source>
            <translation>الخلفية</translation>
        </message>
        <message>
            <source>Contact and clearance</source>
            <translation>الاتصال والاعتماد</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>القرارات</translation>
        </message>
        <message>
            <source>Distribution</source>
            <translation>التوزيع</translation>
        </message>
        <message>
            <source>Key points</source>
            <translation>النقاط الرئيسية</translation>
        </message>
        <message>
            <source>Logistics</source>
            <translation>الترتيبات اللوجستية</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>الاجتماع</translation>
        </message>
        <message>
            <source>Not printed with this brief's template; File ▸ Layout of This Brief… adds it.</source>
            <translation>لا يُطبع بقالب هذه المذكرة؛ ويضيفه «ملف ◂ تخطيط هذه المذكرة…».</translation>
        </message>
        <message>
            <source>Open issues</source>
            <translation>المسائل المعلّقة</translation>
        </message>
        <message>
            <source>Other sections</source>
            <translation>أقسام أخرى</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>نظرة عامة</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>المشاركون</translation>
        </message>
        <message>
            <source>Questions and answers</source>
            <translation>الأسئلة والأجوبة</translation>
        </message>
        <message>
            <source>Risks</source>
            <translation>المخاطر</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>الأقسام</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>المصادر</translation>
        </message>
        <message>
            <source>Stakeholders</source>
            <translation>الأطراف المعنية</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>التسلسل الزمني</translation>
        </message>
    </context>
    <context>
        <name>SectionOrderBox</name>
        <message>
            <source>Default &amp;Title</source>
            <translation>ال&amp;عنوان الافتراضي</translation>
        </message>
        <message>
            <source>Default title: %s</source>
            <translation>العنوان الافتراضي: %s</translation>
        </message>
        <message>
            <source>Give the selected section its default title back</source>
            <translation>إعادة العنوان الافتراضي إلى القسم المحدَّد</translation>
        </message>
        <message>
            <source>Move &amp;Down</source>
            <translation>نقل لأ&amp;سفل</translation>
        </message>
        <message>
            <source>Move &amp;Up</source>
            <translation>نقل لأ&amp;على</translation>
        </message>
        <message>
            <source>Print the selected section earlier (Alt+U)</source>
            <translation>طباعة القسم المحدَّد في موضع أسبق (Alt+U)</translation>
        </message>
        <message>
            <source>Print the selected section later (Alt+D)</source>
            <translation>طباعة القسم المحدَّد في موضع لاحق (Alt+D)</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>الأقسام</translation>
        </message>
        <message>
            <source>Sections, in print order</source>
            <translation>الأقسام بترتيب الطباعة</translation>
        </message>
        <message>
            <source>Tick the sections to print. Double-click a title to rename it; drag to reorder.</source>
            <translation>حدّد الأقسام التي تُطبع. انقر مرتين على عنوان لإعادة تسميته، واسحب لإعادة الترتيب.</translation>
        </message>
    </context>
    <context>
        <name>SourceTextDialog</name>
        <message>
            <source>Could not read the file</source>
            <translation>تعذّرت قراءة الملف</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>مسودة</translation>
        </message>
        <message>
            <source>Draft from Text</source>
            <translation>صياغة من نص</translation>
        </message>
        <message>
            <source>Open File…</source>
            <translation>فتح ملف…</translation>
        </message>
        <message>
            <source>Open a Text, E-mail or Word File</source>
            <translation>فتح ملف نصي أو بريد إلكتروني أو Word</translation>
        </message>
        <message>
            <source>Paste an article, a cable, an e-mail or a read-out, or open a .txt, .eml or .docx file.</source>
            <translation>الصق مقالًا أو برقية أو رسالة بريد إلكتروني أو محضرًا، أو افتح ملف ‎.txt أو ‎.eml أو ‎.docx.</translation>
        </message>
        <message>
            <source>Text, e-mail or Word (*.txt *.eml *.docx)</source>
            <translation>نص أو بريد إلكتروني أو Word (*.txt *.eml *.docx)</translation>
        </message>
    </context>
    <context>
        <name>Spelling</name>
        <message>
            <source>&amp;Automatic (the Language of Each Brief)</source>
            <translation>&amp;تلقائي (لغة كل مذكرة)</translation>
        </message>
        <message>
            <source>Add to Dictionary</source>
            <translation>إضافة إلى القاموس</translation>
        </message>
        <message>
            <source>Add “%1” to Dictionary</source>
            <translation>إضافة «%1» إلى القاموس</translation>
        </message>
        <message>
            <source>Arabic</source>
            <translation>العربية</translation>
        </message>
        <message>
            <source>Check Spelling as You &amp;Type</source>
            <translation>التدقيق الإملائي أثناء ال&amp;كتابة</translation>
        </message>
        <message>
            <source>English (United Kingdom)</source>
            <translation>الإنجليزية (المملكة المتحدة)</translation>
        </message>
        <message>
            <source>English (United States)</source>
            <translation>الإنجليزية (الولايات المتحدة)</translation>
        </message>
        <message>
            <source>French</source>
            <translation>الفرنسية</translation>
        </message>
        <message>
            <source>No Suggestions</source>
            <translation>لا اقتراحات</translation>
        </message>
        <message>
            <source>S&amp;pelling</source>
            <translation>الإ&amp;ملاء</translation>
        </message>
        <message>
            <source>Words in Arabic script are always checked in Arabic</source>
            <translation>تُدقَّق الكلمات المكتوبة بالحروف العربية بالعربية دائمًا</translation>
        </message>
        <message>
            <source>“%1” is accepted until you quit, but it could not be saved: %2</source>
            <translation>سيُقبل «%1» حتى تُنهي البرنامج، لكن تعذّر حفظه: %2</translation>
        </message>
    </context>
    <context>
        <name>TemplateEditor</name>
        <message>
            <source> pages</source>
            <translation> صفحات</translation>
        </message>
        <message>
            <source> participants</source>
            <translation> من المشاركين</translation>
        </message>
        <message>
            <source>&amp;Contents page:</source>
            <translation>صفحة ال&amp;محتويات:</translation>
        </message>
        <message>
            <source>&amp;Page size:</source>
            <translation>&amp;حجم الصفحة:</translation>
        </message>
        <message>
            <source>&amp;Releasable versions say they omit material above their level</source>
            <translation>النسخ القابلة للإفراج ت&amp;ذكر أنها تحذف موادّ فوق مستواها</translation>
        </message>
        <message>
            <source>&amp;Style:</source>
            <translation>ال&amp;نمط:</translation>
        </message>
        <message>
            <source>A portion mark is the short form of a part's marking, printed before it.</source>
            <translation>علامة الجزء هي الصيغة المختصرة لتصنيف الجزء، تُطبع قبله.</translation>
        </message>
        <message>
            <source>Accessible PDF (PDF/UA)</source>
            <translation>PDF ميسَّر الوصول (PDF/UA)</translation>
        </message>
        <message>
            <source>Archival PDF (PDF/A-2a)</source>
            <translation>PDF للأرشفة (PDF/A-2a)</translation>
        </message>
        <message>
            <source>Archival PDF (PDF/A-2b)</source>
            <translation>PDF للأرشفة (PDF/A-2b)</translation>
        </message>
        <message>
            <source>As the scheme expects (US: every portion; others: none)</source>
            <translation>كما يقتضي المخطط (الأمريكي: كل جزء؛ غيره: لا شيء)</translation>
        </message>
        <message>
            <source>Change template</source>
            <translation>تغيير القالب</translation>
        </message>
        <message>
            <source>Choose a logo</source>
            <translation>اختيار شعار</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>اختيار…</translation>
        </message>
        <message>
            <source>Compact &amp;who's who:</source>
            <translation>دليل الأشخاص ال&amp;مختصر:</translation>
        </message>
        <message>
            <source>Cover logo:</source>
            <translation>شعار الغلاف:</translation>
        </message>
        <message>
            <source>Decisions &amp;lead:</source>
            <translation>&amp;مقدمة القرارات:</translation>
        </message>
        <message>
            <source>Default &amp;marking:</source>
            <translation>علامة التداول الا&amp;فتراضية:</translation>
        </message>
        <message>
            <source>Descr&amp;iption:</source>
            <translation>ال&amp;وصف:</translation>
        </message>
        <message>
            <source>Do not print them</source>
            <translation>لا تطبعها</translation>
        </message>
        <message>
            <source>Edit Template — %s</source>
            <translation>تحرير القالب — %s</translation>
        </message>
        <message>
            <source>Logo not used</source>
            <translation>لم يُستخدم الشعار</translation>
        </message>
        <message>
            <source>Marking sc&amp;heme:</source>
            <translation>مخطط ال&amp;تصنيف:</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>أبدًا</translation>
        </message>
        <message>
            <source>No limit</source>
            <translation>بلا حد</translation>
        </message>
        <message>
            <source>No logo</source>
            <translation>لا شعار</translation>
        </message>
        <message>
            <source>Off: nothing in a releasable version gives away that anything was left out. On: a line under its cover says it omits material marked above its level.</source>
            <translation>معطّل: لا شيء في النسخة القابلة للإفراج يكشف أن شيئاً قد حُذف. مفعّل: سطر تحت غلافها يذكر أنها تحذف موادّ مصنّفة فوق مستواها.</translation>
        </message>
        <message>
            <source>PDF e&amp;xport:</source>
            <translation>ت&amp;صدير PDF:</translation>
        </message>
        <message>
            <source>Page &amp;budget:</source>
            <translation>حد ال&amp;صفحات:</translation>
        </message>
        <message>
            <source>Page and style</source>
            <translation>الصفحة والنمط</translation>
        </message>
        <message>
            <source>Pictures (*.png *.jpg *.jpeg)</source>
            <translation>الصور (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>Portion mar&amp;ks:</source>
            <translation>علامات الأ&amp;جزاء:</translation>
        </message>
        <message>
            <source>Print the who's who as a compact table (photo, name, role, one line) with the biographies in an annex at the end.</source>
            <translation>طباعة دليل الأشخاص في جدول مختصر (الصورة، الاسم، الدور، سطر واحد) مع السير الذاتية في ملحق في النهاية.</translation>
        </message>
        <message>
            <source>Print them, e.g. (S) before a SECRET paragraph</source>
            <translation>اطبعها، مثلاً (S) قبل فقرة SECRET</translation>
        </message>
        <message>
            <source>R&amp;edo</source>
            <translation>إعا&amp;دة</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>إزالة</translation>
        </message>
        <message>
            <source>Standard PDF</source>
            <translation>PDF عادي</translation>
        </message>
        <message>
            <source>The levels the markings of this template's briefs are read against: the marking choosers, the banner, the reader filter and the releasable versions all use them.</source>
            <translation>المستويات التي تُقرأ وفقها تصنيفات مذكرات هذا القالب: تستخدمها أدوات اختيار التصنيف والشريط ومرشّح القارئ والنسخ القابلة للإفراج جميعاً.</translation>
        </message>
        <message>
            <source>U&amp;ndo</source>
            <translation>ت&amp;راجع</translation>
        </message>
        <message>
            <source>What Export PDF… writes by default for briefs of this template (the export dialog can still choose another)</source>
            <translation>ما يكتبه «تصدير PDF…» افتراضيًا لمذكرات هذا القالب (ويمكن اختيار غيره في نافذة التصدير)</translation>
        </message>
        <message>
            <source>e.g. OFFICIAL-SENSITIVE (none if empty)</source>
            <translation>مثل OFFICIAL-SENSITIVE (لا شيء إن تُرك فارغًا)</translation>
        </message>
        <message>
            <source>e.g. The Board is asked to:</source>
            <translation>مثل: يُطلب من المجلس:</translation>
        </message>
        <message>
            <source>when longer than </source>
            <translation>عند تجاوز </translation>
        </message>
        <message>
            <source>with more than </source>
            <translation>عند تجاوز </translation>
        </message>
    </context>
    <context>
        <name>TemplateField</name>
        <message>
            <source>%s (default)</source>
            <translation>%s (افتراضي)</translation>
        </message>
        <message>
            <source>“%s” (not installed here)</source>
            <translation>«%s» (غير مثبَّت هنا)</translation>
        </message>
    </context>
    <context>
        <name>TemplateGallery</name>
        <message>
            <source>&amp;Create</source>
            <translation>إ&amp;نشاء</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;حذف</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;تحرير…</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>ا&amp;ستيراد…</translation>
        </message>
        <message>
            <source>Add a .brieftemplate file to your templates</source>
            <translation>إضافة ملف ‎.brieftemplate إلى قوالبك</translation>
        </message>
        <message>
            <source>Could not delete the template</source>
            <translation>تعذّر حذف القالب</translation>
        </message>
        <message>
            <source>Could not export the template</source>
            <translation>تعذّر تصدير القالب</translation>
        </message>
        <message>
            <source>Could not import the template</source>
            <translation>تعذّر استيراد القالب</translation>
        </message>
        <message>
            <source>Could not rename the template</source>
            <translation>تعذّرت إعادة تسمية القالب</translation>
        </message>
        <message>
            <source>Could not save the template</source>
            <translation>تعذّر حفظ القالب</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>ت&amp;صدير…</translation>
        </message>
        <message>
            <source>New from Template</source>
            <translation>جديد من قالب</translation>
        </message>
        <message>
            <source>No description.</source>
            <translation>لا وصف.</translation>
        </message>
        <message>
            <source>No preview</source>
            <translation>لا معاينة</translation>
        </message>
        <message>
            <source>No template</source>
            <translation>لا قالب</translation>
        </message>
        <message>
            <source>Only your own templates can be changed</source>
            <translation>لا يمكن تغيير سوى قوالبك الخاصة</translation>
        </message>
        <message>
            <source>Page: %s, style: %s</source>
            <translation>الصفحة: %s، النمط: %s</translation>
        </message>
        <message>
            <source>Pictures show the example brief in each layout. A new brief starts with the template's standing text only.</source>
            <translation>تعرض الصور مذكرة المثال بكل تخطيط. وتبدأ المذكرة الجديدة بالنص الثابت للقالب فقط.</translation>
        </message>
        <message>
            <source>Re&amp;name…</source>
            <translation>إعادة ت&amp;سمية…</translation>
        </message>
        <message>
            <source>Save this template as a file to share it</source>
            <translation>حفظ هذا القالب في ملف لمشاركته</translation>
        </message>
        <message>
            <source>Sections: %s</source>
            <translation>الأقسام: %s</translation>
        </message>
        <message>
            <source>Templates</source>
            <translation>القوالب</translation>
        </message>
        <message>
            <source>The preview could not be made: %s</source>
            <translation>تعذّر إنشاء المعاينة: %s</translation>
        </message>
        <message>
            <source>Word reference document</source>
            <translation>مستند Word المرجعي</translation>
        </message>
        <message>
            <source>“%s” is not a template Briefer can use: %s.</source>
            <translation>«%s» ليس قالبًا يستطيع Briefer استخدامه: %s.</translation>
        </message>
    </context>
    <context>
        <name>Templates</name>
        <message>
            <source>Built-in</source>
            <translation>مدمج</translation>
        </message>
        <message>
            <source>Could not save the setting</source>
            <translation>تعذّر حفظ الإعداد</translation>
        </message>
        <message>
            <source>Could not save the template</source>
            <translation>تعذّر حفظ القالب</translation>
        </message>
        <message>
            <source>Delete template</source>
            <translation>حذف القالب</translation>
        </message>
        <message>
            <source>Delete the template “%s”? Briefs made from it keep their text; they are exported with the default template.</source>
            <translation>هل تحذف القالب «%s»؟ تحتفظ المذكرات المنشأة منه بنصوصها، وتُصدَّر بالقالب الافتراضي.</translation>
        </message>
        <message>
            <source>Export template</source>
            <translation>تصدير القالب</translation>
        </message>
        <message>
            <source>Import template</source>
            <translation>استيراد قالب</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>الاسم الجديد:</translation>
        </message>
        <message>
            <source>Rename template</source>
            <translation>إعادة تسمية القالب</translation>
        </message>
        <message>
            <source>Replace template</source>
            <translation>استبدال القالب</translation>
        </message>
        <message>
            <source>Some templates were skipped</source>
            <translation>تُخطّيت بعض القوالب</translation>
        </message>
        <message>
            <source>Team template</source>
            <translation>قالب الفريق</translation>
        </message>
        <message>
            <source>Team templates folder</source>
            <translation>مجلد قوالب الفريق</translation>
        </message>
        <message>
            <source>Team templates folder: %s (%d templates).</source>
            <translation>مجلد قوالب الفريق: %s (%d من القوالب).</translation>
        </message>
        <message>
            <source>The template cannot be made: %s</source>
            <translation>لا يمكن إنشاء القالب: %s</translation>
        </message>
        <message>
            <source>These files could not be read:</source>
            <translation>تعذّرت قراءة هذه الملفات:</translation>
        </message>
        <message>
            <source>You already have a template called “%s”. Replace it?</source>
            <translation>لديك بالفعل قالب باسم «%s». هل تستبدله؟</translation>
        </message>
        <message>
            <source>Your template</source>
            <translation>قالبك</translation>
        </message>
    </context>
    <context>
        <name>TextListEditor</name>
        <message>
            <source>Double-click or start typing to edit. **bold** and *italic* work here.</source>
            <translation>انقر مرتين أو ابدأ الكتابة للتحرير. يعمل هنا **الغامق** و*المائل*.</translation>
        </message>
    </context>
    <context>
        <name>TimeField</name>
        <message>
            <source>Clear the time</source>
            <translation>مسح الوقت</translation>
        </message>
        <message>
            <source>Type a time such as 14:30, 1430 or 2:30 pm</source>
            <translation>اكتب وقتًا مثل 14:30 أو 1430 أو 2:30 pm</translation>
        </message>
        <message>
            <source>is not a time yet: </source>
            <translation>ليس وقتًا بعد: </translation>
        </message>
        <message>
            <source>the brief has no time here</source>
            <translation>لا وقت في المذكرة هنا</translation>
        </message>
        <message>
            <source>type a time such as %1, %2 or %3</source>
            <translation>اكتب وقتًا مثل %1 أو %2 أو %3</translation>
        </message>
    </context>
    <context>
        <name>TimezoneField</name>
        <message>
            <source>Type to search, e.g. Jerusalem</source>
            <translation>اكتب للبحث، مثل Jerusalem</translation>
        </message>
        <message>
            <source>“%s” is not a time zone; pick one from the list (e.g. Asia/Jerusalem)</source>
            <translation>«%s» ليست منطقة زمنية؛ اختر واحدة من القائمة (مثل Asia/Jerusalem)</translation>
        </message>
    </context>
    <context>
        <name>TypedField</name>
        <message>
            <source>Not set</source>
            <translation>غير محدَّد</translation>
        </message>
        <message>
            <source>Not stored: %s</source>
            <translation>لم يُحفظ: %s</translation>
        </message>
        <message>
            <source>Understood: %s</source>
            <translation>المفهوم: %s</translation>
        </message>
        <message>
            <source>the brief keeps %s</source>
            <translation>تحتفظ المذكرة بـ%s</translation>
        </message>
    </context>
</TS>
