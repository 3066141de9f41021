## الكلمات حول كل مشكلة

label-error = خطأ
label-warning = تنبيه
label-hint = الحل
pointer-column = ^ العمود { $column }: { $word }

## الخلاصات

summary-problems = { PLURAL($count) ->
    [zero] لا مشكلات
    [one] مشكلة واحدة
    [two] مشكلتان
    [few] { $count } مشكلات
    [many] { $count } مشكلةً
   *[other] { $count } مشكلة
}
summary-warnings = { PLURAL($count) ->
    [zero] لا تنبيهات
    [one] تنبيه واحد
    [two] تنبيهان
    [few] { $count } تنبيهات
    [many] { $count } تنبيهًا
   *[other] { $count } تنبيه
}
summary-not-built = لم يُبنَ الموقع: { $problems } بحاجة إلى إصلاح. وما بُني سابقًا، إن وُجد، لم يتغيّر.
summary-to-fix = { $problems } بحاجة إلى إصلاح.
summary-built = بُني الموقع: { PLURAL($pages) ->
        [zero] لا صفحات
        [one] صفحة واحدة
        [two] صفحتان
        [few] { $pages } صفحات
        [many] { $pages } صفحةً
       *[other] { $pages } صفحة
    } و{ PLURAL($feeds) ->
        [zero] لا موجزات
        [one] موجز واحد
        [two] موجزان
        [few] { $feeds } موجزات
        [many] { $feeds } موجزًا
       *[other] { $feeds } موجز
    } ({ PLURAL($stories) ->
        [zero] لا أخبار
        [one] خبر واحد
        [two] خبران
        [few] { $stories } أخبار
        [many] { $stories } خبرًا
       *[other] { $stories } خبر
    }، { PLURAL($files) ->
        [zero] لا ملفات
        [one] ملف واحد
        [two] ملفان
        [few] { $files } ملفات
        [many] { $files } ملفًا
       *[other] { $files } ملف
    }) في { $output } خلال { $millis } ميلي ثانية
summary-with-warnings = ، وهناك { $warnings }
summary-images = الصور: { $encoded } نُظّفت من بيانات الكاميرا والمكان، و{ $reused } لم تتغير منذ البناء السابق
summary-preview = هذه معاينة: قد تضم مسودات وأخبارًا محظورة النشر، وتطلب من محركات البحث ألا تفهرسها. لا تنشر { $output }؛ ابنِ الموقع دون --drafts و--preview للنشر العام.
summary-no-errors = لا أخطاء: { PLURAL($pages) ->
        [zero] لن تُبنى أي صفحة
        [one] ستُبنى صفحة واحدة
        [two] ستُبنى صفحتان
        [few] ستُبنى { $pages } صفحات
        [many] ستُبنى { $pages } صفحةً
       *[other] ستُبنى { $pages } صفحة
    }
summary-withheld = لم يُنشر في هذا البناء:
withheld-draft = مسودة (ابنِ مع --drafts لمعاينتها)
withheld-embargo = محظور النشر حتى { $until }؛ ابنِ الموقع مجددًا بعد هذا الوقت
serve-listening = الموقع معروض على { $address } (اضغط Ctrl+C للإيقاف)
serve-built = بُني خلال { $millis } ميلي ثانية ({ PLURAL($files) ->
        [zero] لم يتغيّر أي ملف
        [one] تغيّر ملف واحد
        [two] تغيّر ملفان
        [few] تغيّر { $files } ملفات
        [many] تغيّر { $files } ملفًا
       *[other] تغيّر { $files } ملف
    })
serve-failed = تعذّر بناء الموقع: أصلح المشكلة واحفظ الملف؛ يُعاد بناء المعاينة تلقائيًا، وتبقى آخر نسخة نجح بناؤها معروضة حتى ذلك الحين.
overlay-title = تعذّر بناء الموقع. أصلح المشكلة أدناه واحفظ الملف: ستُحدَّث هذه الصفحة تلقائيًا. وحتى ذلك الحين تعرض المعاينة آخر نسخة نجح بناؤها.
explain-unknown = ‏`{ $code }` ليس رمزًا من رموز رسائل bayan.
    .hint = الرمز حرف لاتيني وثلاثة أرقام، كما يظهر بين قوسين مربعين بعد «خطأ» أو «تنبيه»، مثل S101
explain-list = رسائل bayan حسب الرمز:

## bayan status

status-embargoed = أخبار محظورة النشر ({ $count })

status-embargo-line = { $slug } ({ $langs }): يُنشر في { $local }، { $utc } بتوقيت UTC

status-drafts = مسودات ({ $count })

status-dated-later = أخبار منشورة الآن رغم أن تاريخها لاحق، بلا حظر نشر ({ $count })

status-untranslated = أخبار تنقصها ترجمة ({ $count })

status-untranslated-line = { $slug }: مكتوب بـ { $written }، لا بـ { $missing }

status-stale = ترجمات قد تكون قديمة ({ $count })

status-stale-line = { $slug }: تغيّر { $translation } في { $changed }، وتغيّر أصله { $original } في { $original_changed }

status-all-published = كل ما كُتب منشور: لا مسودات ولا حظر ولا ترجمات ناقصة.

status-errors = في المحتوى { PLURAL($count) ->
    [one] خطأ واحد
    [two] خطآن
    [few] { $count } أخطاء
    [many] { $count } خطأً
   *[other] { $count } خطأ
}: شغّل `bayan check` لعرض التفاصيل.

## سطر الأوامر

init-created = أُنشئ موقع ثنائي اللغة في { $dir } ({ PLURAL($files) ->
        [one] ملف واحد
        [two] ملفان
        [few] { $files } ملفات
        [many] { $files } ملفًا
       *[other] { $files } ملف
    }).

init-next = التالي: شغّل `bayan serve --root { $dir }` لمعاينته، وعدّل { $dir }/site.yaml.

new-created = أُنشئ { $file }

new-draft = الخبر مسودة: عاينه بـ `bayan serve --drafts`، وافحصه بـ `bayan check --drafts`، واحذف سطور `draft: true` لنشره.

usage-now = يجب أن يكون ‎--now وقتًا مع فارق التوقيت، مثل 2024-05-13T09:00:00+03:00

usage-base-url = يجب أن يكون ‎--base-url عنوان http(s)‎ الذي يُنشر عليه الموقع، مثل https://example.org/

serve-cannot-start = تعذّر بدء المعاينة: { $detail }

serve-cannot-start-hint = قد يكون برنامج آخر يستعمل المنفذ؛ جرّب ‎--port 0

open-in-browser = افتح { $url } في متصفحك.

progress-reading = قراءة الموقع وبناء صفحاته

progress-waiting = انتظار بناء آخر يكتب في مجلد الإخراج نفسه

progress-images = تنظيف الصور

progress-writing = كتابة الملفات

## bayan new

new-page-draft = الصفحة مسودة: اكتب عنوانها ونصها في كل ملف، وعاينها بـ `bayan serve --drafts`، واحذف سطور `draft: true` لنشرها.

new-project = يُنشر المشروع مع البناء التالي: اكتب اسمه بكل لغة وتفاصيله (تعرض السطور التي تبدأ بـ `#` المفاتيح الممكنة).

new-indicator = يُنشر المؤشر مع البناء التالي، دون أرقام حتى تضيفها: اكتب اسمه بكل لغة، ثم قيمه وخط الأساس والهدف.

new-partner = يُنشر الشريك مع البناء التالي: اكتب اسمه بكل لغة ونوعه.
