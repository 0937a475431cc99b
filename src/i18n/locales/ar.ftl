# Convene UI strings: Arabic (ar). English (en.ftl) is the fallback for any missing message.
# Placeables: $shown is a number already formatted for the locale; $count selects the plural.
# Arabic plural categories (CLDR): zero, one, two, few (3–10), many (11–99), other (100+).

language-name-self = العربية
skip-to-content = الانتقال إلى المحتوى
nav-main = القائمة الرئيسية
nav-languages = اللغات
nav-home = الرئيسية
footer-contact = تواصل معنا
footer-organiser = بتنظيم من { $organiser }
footer-powered = يعمل بتقنية Convene

home-upcoming = الدورات القادمة
home-past = الدورات السابقة
home-no-events = لم يُعلَن عن أي فعالية بعد.
home-read-more = التفاصيل والمواعيد

event-organiser = بتنظيم من { $organiser }
event-when-heading = التاريخ والوقت
event-doors-open = الدخول إلى القاعة ابتداءً من { $time }
event-starts = البداية: { $time }
event-ends = النهاية: { $time }
event-in-zone = { $time } { $zone }
event-calendar-gregorian = التقويم الميلادي
event-calendar-hijri = التقويم الهجري
event-your-time-heading = بتوقيتك المحلي
event-zone-label = منطقتك الزمنية
event-zone-apply = عرض الأوقات بتوقيتي
event-zone-hint = الأوقات أدناه معروضة وفق المنطقة الزمنية: { $zone }.
event-cities-heading = المواعيد في مدن فروعنا
table-city = المدينة
table-date = التاريخ
table-doors = فتح القاعة
table-start = البداية
table-end = الانتهاء
countdown-doors = الوقت المتبقي على فتح القاعة: { $duration }.
countdown-open = القاعة مفتوحة الآن.
countdown-ended = انتهت هذه الدورة.
duration-days = { $count ->
    [zero] صفر يوم
    [one] يوم واحد
    [two] يومان
    [few] { $shown } أيام
    [many] { $shown } يومًا
   *[other] { $shown } يوم
}
duration-hours = { $count ->
    [zero] صفر ساعة
    [one] ساعة واحدة
    [two] ساعتان
    [few] { $shown } ساعات
    [many] { $shown } ساعةً
   *[other] { $shown } ساعة
}
duration-minutes = { $count ->
    [zero] صفر دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $shown } دقائق
    [many] { $shown } دقيقةً
   *[other] { $shown } دقيقة
}
event-places-heading = المقاعد
places-limited = { $count ->
    [zero] العدد محدود: لا توجد مقاعد
    [one] العدد محدود: مقعد واحد
    [two] العدد محدود: مقعدان
    [few] العدد محدود: { $shown } مقاعد
    [many] العدد محدود: { $shown } مقعدًا
   *[other] العدد محدود: { $shown } مقعد
}
places-left = { $count ->
    [zero] لم يتبقَّ أي مقعد
    [one] تبقّى مقعد واحد
    [two] تبقّى مقعدان
    [few] تبقّى { $shown } مقاعد
    [many] تبقّى { $shown } مقعدًا
   *[other] تبقّى { $shown } مقعد
}
event-languages-heading = اللغات
event-proceedings = تُدار الجلسات باللغة { $language }
event-interpretation = ترجمة فورية إلى { $languages }
event-captions = الترجمة النصية على الشاشة: { $languages }
event-eligibility-heading = شروط المشاركة
event-trailer-heading = المقطع الترويجي
event-video-fallback = لا يستطيع متصفحك تشغيل هذا الفيديو هنا.
event-video-download = تنزيل الفيديو
event-programme-heading = البرنامج
segment-opening = الافتتاح
segment-dialogue = الحوار { $number }
segment-video = الفيديو { $number }
segment-interactive = جلسة تفاعلية
segment-conclusion = الختام
segment-length = { $count ->
    [zero] صفر دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $shown } دقائق
    [many] { $shown } دقيقةً
   *[other] { $shown } دقيقة
}
segment-recording = التسجيل
segment-speakers = المتحدثات
event-speakers-heading = المتحدثات
event-chapters-heading = الفروع المشاركة
event-hashtags-heading = تابعوا وشاركوا
share-x = المشاركة على X
share-facebook = المشاركة على فيسبوك
share-telegram = المشاركة على تيليغرام
share-whatsapp = المشاركة على واتساب
event-about-heading = عن المؤتمر
event-other-languages = تابعوا الحملة بلغات أخرى
event-not-translated = لا يتوفّر نص هذه الفعالية باللغة { $language } بعد، لذا يُعرض باللغة { $fallback }.
event-past-notice = أُقيمت هذه الدورة في { $date }. تجدون أدناه تسجيلات جميع فقرات البرنامج.
event-recordings-heading = التسجيلات

error-not-found-title = الصفحة غير موجودة
error-not-found-text = لا توجد صفحة على هذا العنوان. ربما كُتب الرابط بشكل خاطئ، أو نُقلت الصفحة إلى مكان آخر.
error-bad-request-title = تعذّر فهم هذا العنوان
error-bad-request-text = جزء من العنوان غير صالح: { $detail }
error-internal-title = حدث خطأ من جهتنا
error-internal-text = سُجّلت المشكلة. يُرجى المحاولة مرة أخرى بعد قليل.
error-back-home = الانتقال إلى الصفحة الرئيسية

lang-en = الإنجليزية
lang-ar = العربية
lang-ur = الأردية
lang-tr = التركية
lang-id = الإندونيسية
lang-fr = الفرنسية

country-LB = لبنان
country-TN = تونس
country-PK = باكستان
country-ID = إندونيسيا
country-TR = تركيا
country-AU = أستراليا
