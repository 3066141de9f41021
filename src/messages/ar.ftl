# ما يقوله bayan بالعربية: المعرّفات والمتغيرات نفسها التي في en.ftl.

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
summary-not-built = لم يُبنَ الموقع: عليك إصلاح { $problems }. الموقع المبني سابقًا، إن وُجد، لم يتغير.
summary-to-fix = عليك إصلاح { $problems }.
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
summary-with-warnings = ، مع { $warnings }
summary-images = الصور: { $encoded } نُظّفت من بيانات الكاميرا والمكان، و{ $reused } لم تتغير منذ البناء السابق
summary-preview = هذه معاينة: قد تضم مسودات وأخبارًا محظورة النشر، وتطلب من محركات البحث ألا تفهرسها. لا تنشر { $output }؛ ابنِ الموقع دون --drafts و--preview للنشر العام.
summary-no-errors = لا أخطاء: ستُبنى { PLURAL($pages) ->
        [zero] لا صفحات
        [one] صفحة واحدة
        [two] صفحتان
        [few] { $pages } صفحات
        [many] { $pages } صفحةً
       *[other] { $pages } صفحة
    }
summary-withheld = لم يُنشر في هذا البناء:
withheld-draft = مسودة (ابنِ مع --drafts لمعاينتها)
withheld-embargo = محظور النشر حتى { $until }؛ ابنِ الموقع مجددًا بعد هذا الوقت
serve-listening = الموقع معروض على { $address } (اضغط Ctrl+C للإيقاف)
serve-built = بُني خلال { $millis } ميلي ثانية (تغيّر { PLURAL($files) ->
        [zero] لا ملفات
        [one] ملف واحد
        [two] ملفان
        [few] { $files } ملفات
        [many] { $files } ملفًا
       *[other] { $files } ملف
    })
serve-failed = تعذّر بناء الموقع: أصلح المشكلة واحفظ الملف؛ تُعاد المعاينة تلقائيًا، وتبقى آخر نسخة نجح بناؤها معروضة حتى ذلك الحين.
overlay-title = تعذّر بناء الموقع. أصلح المشكلة أدناه واحفظ الملف: ستُحدَّث هذه الصفحة تلقائيًا. وحتى ذلك الحين تعرض المعاينة آخر نسخة نجح بناؤها.
explain-unknown = ‏`{ $code }` ليس رمزًا من رموز رسائل bayan.
    .hint = الرمز حرف لاتيني وثلاثة أرقام، كما يظهر بين قوسين مربعين بعد «خطأ» أو «تنبيه»، مثل S101
explain-list = رسائل bayan حسب الرمز:
