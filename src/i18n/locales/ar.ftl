# Convene UI strings: Arabic (ar). English (en.ftl) is the fallback for any missing message.
# Placeables: $shown is a number already formatted for the locale; $count selects the plural.
# Arabic plural categories (CLDR): zero, one, two, few (3–10), many (11–99), other (100+).

language-name-self = العربية
skip-to-content = الانتقال إلى المحتوى
nav-main = القائمة الرئيسية
nav-languages = اللغات
nav-home = الرئيسية
footer-contact = تواصل معنا
# A label before its value (the colon as the language spaces it).
label-colon = { $label }:
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
segment-speakers-list = { $count ->
    [one] المتحدثة
    [two] المتحدثتان
   *[other] المتحدثات
}: { $names }
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

error-busy-text = عدد الاتصالات المفتوحة كبير جدًا الآن. يُرجى المحاولة مجددًا بعد بضع ثوانٍ.
error-not-found-title = الصفحة غير موجودة
error-not-found-text = لا توجد صفحة على هذا العنوان. ربما كُتب الرابط بشكل خاطئ، أو نُقلت الصفحة إلى مكان آخر.
error-bad-request-title = تعذّر فهم هذا العنوان
error-bad-request-text = جزء من العنوان غير صالح: { $detail }
error-internal-title = حدث خطأ من جهتنا
error-internal-text = سُجّلت المشكلة. يُرجى المحاولة مرة أخرى بعد قليل.
error-unavailable-title = لا يمكننا حفظ أي شيء الآن
error-unavailable-text = لم يُحفظ شيء مما أرسلته. يُرجى إرساله مرة أخرى بعد بضع ثوانٍ؛ وإن تكرّر ذلك فقد نُبّه المنظّمون.
error-back-home = الانتقال إلى الصفحة الرئيسية

lang-en = الإنجليزية
lang-ar = العربية
lang-ur = الأردية
lang-tr = التركية
lang-id = الإندونيسية
lang-fr = الفرنسية


## Registration pages
register-heading = التسجيل في «{ $event }»
register-open-until = باب التسجيل مفتوح حتى { $closes }.
register-name = اسمك
register-email = عنوان بريدك الإلكتروني
register-email-hint = سنرسل رابط تأكيد إلى هذا العنوان. لا يُحجز المقعد إلا بعد تأكيد التسجيل.
register-country = بلد الإقامة
register-language = لغة رسائلنا الإلكترونية
register-zone = منطقتك الزمنية (لعرض المواعيد في رسائلنا الإلكترونية)
register-consent = أوافق على أن تحتفظ الجهة المنظِّمة باسمي وعنوان بريدي الإلكتروني وبلد إقامتي لتنظيم هذا المؤتمر، وأن تحذفها بعد انتهائه.
register-submit = تسجيل
register-link = التسجيل لحجز مقعد
registration-opens-notice = يُفتح التسجيل يوم { $date } عند { $time }.
registration-open-notice = التسجيل مفتوح حتى { $date } عند { $time }.
registration-closed-notice = أُغلق التسجيل يوم { $date }.
event-live-notice = المؤتمر منعقد الآن. يدخل المسجَّلون القاعة بالرابط الشخصي الذي وصلهم بالبريد الإلكتروني.
register-waitlist-link = الانضمام إلى قائمة الانتظار
register-website = يُرجى ترك هذا الحقل فارغًا
register-sent-heading = يُرجى التحقق من بريدك الإلكتروني
register-sent-text = إذا كان التسجيل بهذا العنوان ممكنًا، فإن رسالة تتضمّن رابط التأكيد في طريقها إليه الآن. لا يُحجز مقعدك إلا بعد فتح هذا الرابط. لم تصلك الرسالة؟ يُرجى التحقق من مجلد الرسائل غير المرغوب فيها، أو إرسال النموذج مرة أخرى بعد عشر دقائق.
register-error-summary = يُرجى تصحيح ما يلي:
register-error-email = يُرجى إدخال عنوان بريد إلكتروني صحيح، مثل name@example.org
register-error-name = يُرجى إدخال اسمك (مئتا حرف كحدٍّ أقصى).
register-error-country = يُرجى اختيار بلد إقامتك.
register-error-attestation = يُرجى تأكيد ذلك لإتمام التسجيل.
register-error-consent = يُرجى الموافقة حتى نتمكّن من الاحتفاظ بتسجيلك.
register-error-session = انتهت صلاحية هذا النموذج. يُرجى إرساله مرة أخرى.
register-error-rate = وردت محاولات كثيرة جدًا من اتصالك. يُرجى الانتظار قليلًا ثم المحاولة مرة أخرى (مدة الانتظار بالدقائق: { $minutes }).
confirm-heading = تأكيد التسجيل
confirm-text = يُرجى الضغط على الزر لتأكيد مقعدك في «{ $event }».
confirm-button = تأكيد مقعدي
confirm-done-confirmed = تمّ تأكيد مقعدك. أرسلنا إليك رسالة بريد إلكتروني تتضمّن رابطك الشخصي وملف تقويم.
confirm-done-waitlisted = جميع المقاعد محجوزة. رقمك في قائمة الانتظار هو { $position }، وسنكتب إليك فور شغور أحد المقاعد.
confirm-expired = انتهت صلاحية رابط التأكيد هذا. يُرجى التسجيل من جديد.
confirm-unknown = هذا الرابط غير صالح. يُرجى استخدام الرابط الوارد في أحدث رسالة وصلتك منّا.
me-heading = تسجيلك
me-status-pending = بانتظار تأكيدك.
me-status-confirmed = تمّ تأكيد مقعدك.
me-status-waitlisted = رقمك في قائمة الانتظار هو { $position }.
me-status-offered = شغر مقعد، وهو محجوز لك حتى { $expires }. يُرجى قبوله للاحتفاظ به.
me-status-cancelled = ألغيتِ هذا التسجيل.
me-status-expired = انتهت صلاحية هذا التسجيل.
me-accept = قبول المقعد
me-cancel = إلغاء تسجيلي
me-cancel-confirm = نعم، أريد إلغاء تسجيلي
me-calendar = إضافة إلى تقويمي (.ics)
me-calendar-heading = ملف التقويم
me-calendar-not-yet = يصبح ملف التقويم متاحًا بعد تأكيد مقعدك.
me-calendar-gone = لم يعد هذا التسجيل قائمًا، فلم يعد له موعد في التقويم.
me-calendar-back = العودة إلى تسجيلك
me-data-heading = البيانات التي نحتفظ بها عنك
me-data-name = الاسم
me-data-email = عنوان البريد الإلكتروني
me-data-country = البلد
me-data-language = اللغة
me-data-zone = المنطقة الزمنية
places-full = جميع المقاعد محجوزة؛ تُضاف التسجيلات الجديدة إلى قائمة الانتظار.

## Registration e-mails
mail-greeting = عزيزتي { $name }،
mail-signature-greeting = مرحبًا { $name }،
mail-when = { $date }، الساعة { $time } ({ $zone })
mail-footer = وصلتك هذه الرسالة لأن هذا العنوان استُخدم للتسجيل في «{ $event }». إن لم تكوني أنتِ من قام بذلك، فتجاهلي هذه الرسالة؛ إذ لا يُحجز شيء من دون تأكيد.
register-not-open = يُفتح باب التسجيل في { $opens }.
register-closed = باب التسجيل مغلق.

register-back = العودة إلى صفحة المؤتمر
confirm-done-heading = شكرًا لكِ
confirm-see-registration = عرض تسجيلكِ
me-language-save = حفظ
me-delete = حذف بياناتي
me-delete-text = يؤدي هذا إلى إلغاء تسجيلكِ ومحو اسمكِ وعنوان بريدكِ الإلكتروني وبلدكِ، ويتوقف رابطكِ الشخصي عن العمل.
me-delete-confirm = نعم، احذفي بياناتي
me-deleted-heading = حُذفت بياناتكِ
me-deleted-text = ألغينا تسجيلكِ ومحونا اسمكِ وعنوان بريدكِ الإلكتروني وبلدكِ.

## Publications (issue 4)
nav-posts = المنشورات
nav-search = البحث
home-latest-posts = أحدث المنشورات
home-all-posts = جميع المنشورات
event-latest-posts = الدعوات والأخبار المتعلقة بهذه الفعالية
posts-heading = المنشورات
posts-in-language = باللغة { $language }
posts-page-of = الصفحة { $page } من { $pages }
posts-all-languages = جميع اللغات
posts-none = لم يُنشر هنا أي شيء بعد.
posts-kinds = أنواع المنشورات
posts-language-filter = عرض المنشورات حسب لغة كتابتها
posts-pagination = الصفحات
posts-newer = الأحدث
posts-older = الأقدم
posts-feed = الاشتراك في هذه القائمة (موجز Atom)
chapter-intro = فرعنا في { $city }، { $country }: دعواته ونداءاته وأخباره.
hashtag-intro = منشورات تحمل هذا الوسم. يمكنك نسخه أو مشاركته عبر الروابط أدناه.
hashtag-copy = نسخ
hashtag-copied = تمّ النسخ
post-read-in = القراءة بلغة أخرى
post-missing-heading = غير متوفّر بهذه اللغة
post-missing-text = لم يصدر هذا المنشور باللغة { $language }. وهو متوفّر باللغات التالية:
post-about-event = يتعلّق هذا المنشور بالفعالية:

## Open letters
letter-signature-count = { $count ->
    [zero] لا توجد توقيعات بعد
    [one] توقيع واحد
    [two] توقيعان
    [few] { $shown } توقيعات
    [many] { $shown } توقيعًا
   *[other] { $shown } توقيع
}
letter-goal = { $count ->
    [one] هدفنا: توقيع واحد
    [two] هدفنا: توقيعان
    [few] هدفنا: { $shown } توقيعات
    [many] هدفنا: { $shown } توقيعًا
   *[other] هدفنا: { $shown } توقيع
}
letter-goal-percent = { $percent }٪ من الهدف
letter-share-heading = شاركي الرسالة
letter-sign-heading = التوقيع على هذه الرسالة
letter-sign-button = التوقيع على الرسالة
letter-signatories-link = عرض قائمة التوقيعات
letter-back = العودة إلى الرسالة
letter-sign-title = التوقيع على «{ $letter }»
letter-email-hint = سنرسل إليك رابطًا لتأكيد توقيعك. لن يُعرض عنوان بريدك الإلكتروني أبدًا.
letter-organisation = المنظمة (اختياري)
letter-show-name = إظهار اسمي في قائمة التوقيعات المنشورة
letter-consent = أوافق على الاحتفاظ باسمي وبلدي وعنوان بريدي الإلكتروني لاحتساب توقيعي، ولإدراجه في القائمة إن اخترتُ ذلك. ويمكنني سحبه في أي وقت عبر الرابط الوارد في رسالة البريد الإلكتروني التي تصلني.
letter-sign-submit = توقيع
letter-error-organisation = يُرجى إدخال اسم منظمة لا يتجاوز مئتي حرف، أو ترك الحقل فارغًا.
letter-error-consent = يُرجى الموافقة على طريقة الاحتفاظ بتوقيعك؛ فمن دون ذلك لا يمكننا احتسابه.
letter-sent-heading = يُرجى التحقق من بريدك الإلكتروني
letter-sent-text = إذا كان العنوان المُدخَل صحيحًا، فإن رسالة تتضمّن رابط التأكيد في طريقها إليك الآن. ولا يُحتسب توقيعك إلا بعد فتح هذا الرابط.
letter-signatories-title = التوقيعات على «{ $letter }»
letter-signatories-note = لا تظهر في القائمة إلا أسماء من اختار إظهار اسمه، لكن جميع التوقيعات تُحتسب.
letter-signatories-none = لم يختر أحد إظهار اسمه في القائمة بعد.
letter-confirm-heading = تأكيد التوقيع
letter-confirm-text = يُرجى الضغط على الزر لتأكيد توقيعك، وسيُحتسب ابتداءً من تلك اللحظة.
letter-confirm-button = تأكيد توقيعي
letter-confirm-unknown = هذا الرابط غير صالح أو انتهت صلاحيته. يُرجى التوقيع على الرسالة من جديد للحصول على رابط جديد.
letter-confirmed-text = شكرًا لكِ، فقد احتُسب توقيعك. وتجدين في بريدك الإلكتروني رابطًا لسحبه إن رغبتِ في ذلك يومًا.
letter-withdraw-heading = سحب التوقيع
letter-withdraw-text = هذه هي البيانات التي نحتفظ بها عنك: { $held }. يؤدي سحب التوقيع إلى حذفها كلها، ولن يُحتسب توقيعك بعد ذلك.
letter-withdraw-button = سحب توقيعي
letter-withdraw-unknown = هذا الرابط غير صالح، أو سبق أن سُحب هذا التوقيع.
letter-withdrawn-text = تمّ سحب توقيعك وحذف بياناتك.
mail-signature-footer = وصلتك هذه الرسالة لأن هذا العنوان استُخدم للتوقيع على رسالة مفتوحة في موقع { $site }.

## Search
search-heading = البحث
search-label = البحث في المنشورات والفعاليات بأي لغة
search-submit = بحث
search-results = { $count ->
    [zero] لم يُعثر على أي نتيجة.
    [one] نتيجة واحدة
    [two] نتيجتان
    [few] { $shown } نتائج
    [many] { $shown } نتيجةً
   *[other] { $shown } نتيجة
}
search-no-words = يُرجى كتابة كلمة للبحث عنها.
search-busy = وردت عمليات بحث كثيرة جدًا من شبكتك. يُرجى المحاولة مرة أخرى بعد قليل (مدة الانتظار بالثواني: { $seconds }).
search-kind-event = فعالية
posts-count = { $count ->
    [zero] لا توجد منشورات
    [one] منشور واحد
    [two] منشوران
    [few] { $shown } منشورات
    [many] { $shown } منشورًا
   *[other] { $shown } منشور
}

## The organisers' area (issue 5)
error-forbidden-title = غير مسموح
admin-area-name = مساحة فريق التنظيم
admin-nav-dashboard = نظرة عامة
admin-nav-registrations = التسجيلات
admin-nav-posts = المنشورات
admin-nav-signatures = التوقيعات
admin-nav-users = الأشخاص
admin-nav-audit = سجل التدقيق
admin-nav-account = حسابي
admin-logout = تسجيل الخروج
admin-back = العودة إلى النظرة العامة
admin-forbidden-heading = غير مسموح
admin-forbidden-text = لا يسمح دورك بهذا الإجراء. إن كنت بحاجة إليه، يُرجى طلبه من أحد المالكين.
admin-login-heading = تسجيل الدخول
admin-email = عنوان البريد الإلكتروني
admin-password = كلمة المرور
admin-login-submit = تسجيل الدخول
admin-login-wrong = عنوان البريد الإلكتروني أو كلمة المرور غير صحيحة.
admin-login-wait-seconds = محاولات تسجيل دخول كثيرة جدًا. يُرجى الانتظار (بالثواني: { $seconds }) ثم المحاولة مرة أخرى.
admin-login-wait-minutes = محاولات تسجيل دخول كثيرة جدًا. يُرجى الانتظار (بالدقائق: { $minutes }) ثم المحاولة مرة أخرى.
admin-login-rate = وردت محاولات تسجيل دخول كثيرة جدًا من شبكتك. يُرجى المحاولة مرة أخرى بعد قليل (مدة الانتظار بالدقائق: { $minutes }).
admin-code-heading = تسجيل الدخول بخطوتين
admin-code-intro = يُرجى إدخال الرمز المكوّن من 6 أرقام من تطبيق المصادقة، أو أحد رموز الاسترداد الخاصة بك.
admin-code = الرمز
admin-code-hint = مثلًا 123456، أو رمز استرداد مثل abcde-fghij.
admin-code-wrong = هذا الرمز غير صحيح أو سبق استخدامه.
admin-password-heading = تعيين كلمة المرور
admin-password-intro = يُرجى اختيار كلمة مرور غير مستخدمة في أي مكان آخر، على ألا يقل عدد أحرفها عن { $min }. الجملة سهلة التذكّر وصعبة التخمين.
admin-password-new = كلمة المرور الجديدة
admin-password-again = كلمة المرور نفسها مرة أخرى
admin-password-submit = تعيين كلمة المرور
admin-password-mismatch = كلمتا المرور مختلفتان. يُرجى كتابة كلمة المرور نفسها مرتين.
admin-password-short = يجب ألا يقل عدد الأحرف عن { $min }.
admin-password-long = يجب ألا يزيد عدد الأحرف على 256.
admin-password-common = كلمة المرور هذه واردة في قائمة كلمات المرور الشائعة. يُرجى اختيار كلمة مرور أخرى.
admin-password-done = تمّ تعيين كلمة المرور. يمكنك الآن تسجيل الدخول.
admin-password-link-invalid = هذا الرابط غير صالح، أو سبق استخدامه، أو انتهت صلاحيته. يُرجى طلب رابط جديد من أحد المالكين.
admin-dash-greeting = مرحبًا، { $name }
admin-dash-places = المقاعد المحجوزة: { $event }
admin-dash-signups-per-day = التسجيلات اليومية (بتوقيت UTC): { $event }
admin-dash-by-country = المقاعد حسب البلد: { $event }
admin-dash-by-language = المقاعد حسب اللغة: { $event }
admin-dash-signatures = عدد التوقيعات على كل رسالة مفتوحة
admin-dash-as-table = البيانات نفسها في جدول
admin-event = الفعالية
admin-status = الحالة
admin-status-any = جميع الحالات
admin-status-pending = بانتظار التأكيد
admin-status-confirmed = مؤكَّد
admin-status-waitlisted = في قائمة الانتظار
admin-status-offered = عُرض مقعد شاغر
admin-status-cancelled = ملغى
admin-status-expired = منتهي الصلاحية
admin-search-people = الاسم أو البريد الإلكتروني أو رمز البلد
admin-filter = عرض
admin-registrations-shown = المعروض: { $shown } من أصل { $total }.
admin-export-csv = تصدير بصيغة CSV
admin-name = الاسم
admin-waitlist = قائمة الانتظار
admin-central-office = المكتب المركزي
admin-posts-intro = يظهر كل منشور مع لغاته. يمكن فتح لغة لتحرير نصها، أو فتح لغة ناقصة لترجمة المنشور إليها.
admin-post = المنشور
admin-chapter = الفرع
admin-chapter-hint = لدور «محرر فرع» فقط.
admin-languages = اللغات
admin-missing = ناقصة
admin-back-posts = العودة إلى المنشورات
admin-post-public = عرضه على الموقع
admin-post-edit-heading = { $post } باللغة { $language }
admin-post-title = العنوان
admin-post-summary = الملخص
admin-post-body = النص (Markdown)
admin-post-body-hint = فقرات، **خط عريض**، *خط مائل*، قوائم، [روابط](https://example.org). لا يُقبل HTML.
admin-post-preview = معاينة
admin-post-save = حفظ ونشر
admin-post-saved = تمّ الحفظ. تعرضه الصفحة العامة الآن.
admin-post-saved-draft = حُفظت كمسودة: ليست على الموقع العام.
admin-post-saved-scheduled = تمّ الحفظ. تظهر على الموقع تلقائيًا في الوقت المحدد.
admin-post-preview-heading = المعاينة
admin-post-other-versions = لغات أخرى للترجمة عنها
admin-post-error-title = يُرجى إدخال عنوان لا يتجاوز 300 حرف.
admin-post-error-summary = يُرجى إدخال ملخص لا يتجاوز 1,000 حرف.
admin-post-error-long = يتجاوز النص 100 KB؛ يُرجى اختصاره.
admin-signature-unlisted = غير مُدرَج في القائمة
admin-role = الدور
admin-role-owner = مالك
admin-role-editor = محرر
admin-role-chapter-editor = محرر فرع
admin-role-moderator = مشرف
admin-actions = الإجراءات
admin-users-add = إضافة شخص
admin-users-change-role = تغيير الدور
admin-users-disable = تعطيل
admin-users-enable = تفعيل
admin-users-disabled = الحساب معطَّل
admin-users-link-intro = يُرجى إرسال هذا الرابط بشكل خاص إلى { $email }، إذ يتيح تعيين كلمة المرور. يعمل مرة واحدة فقط، خلال 72 ساعةً:
admin-users-error-role = يُرجى اختيار دور؛ ويتطلب دور «محرر فرع» تحديد فرع أيضًا.
admin-users-error-person = يُرجى إدخال اسم (200 حرف كحدٍّ أقصى) وعنوان بريد إلكتروني صالح.
admin-users-error-exists = يوجد حساب بهذا العنوان بالفعل.
admin-users-error-self = لا يمكنك سحب دور المالك من نفسك أو تعطيل حسابك.
admin-audit-intro = كل تغيير أُجري هنا أو عبر سطر الأوامر، والأحدث أولًا. لا يمكن لأحد تغيير هذه السطور أو حذفها.
admin-audit-when = الوقت
admin-audit-who = الشخص
admin-audit-what = الإجراء
admin-audit-subject = الموضوع
admin-audit-before = قبل
admin-audit-after = بعد
admin-totp-heading = تسجيل الدخول بخطوتين
admin-totp-required = يشترط هذا الموقع تسجيل الدخول بخطوتين لدورك. يُرجى إعداده للمتابعة.
admin-totp-off = تسجيل الدخول بخطوتين غير مفعَّل. عند تفعيله، يتطلب تسجيل الدخول رمزًا من تطبيق على هاتفك إلى جانب كلمة المرور.
admin-totp-start = إعداد تسجيل الدخول بخطوتين
admin-totp-scan = يُرجى مسح هذا الرمز بتطبيق مصادقة، ثم إدخال الرمز المكوّن من 6 أرقام الذي يعرضه التطبيق.
admin-totp-qr = رمز QR لتطبيق المصادقة
admin-totp-secret = أو يمكن إدخال هذا المفتاح في التطبيق يدويًا:
admin-totp-open-app = الفتح في تطبيق مصادقة على هذا الجهاز
admin-totp-confirm = تفعيل
admin-totp-on = تسجيل الدخول بخطوتين مفعَّل.
admin-totp-enabled-now = تمّ تفعيل تسجيل الدخول بخطوتين.
admin-recovery-intro = يُرجى حفظ رموز الاسترداد هذه في مكان آمن. يتيح كل رمز منها تسجيل الدخول مرة واحدة في حال فقدان الهاتف. ولن تُعرض إلا هذه المرة.
admin-sessions-heading = الجلسات
admin-logout-everywhere-text = تسجيل الخروج من جميع الأجهزة التي سُجِّل الدخول منها إلى حسابك، بما فيها هذا الجهاز.
admin-logout-everywhere = تسجيل الخروج من جميع الأجهزة
admin-reset-link = هل نسيت كلمة المرور؟
admin-reset-heading = كلمة مرور جديدة
admin-reset-intro = يُرجى إدخال العنوان المستخدم لتسجيل الدخول. إذا كان مرتبطًا بحساب، فسنرسل إليه رابطًا لتعيين كلمة مرور جديدة.
admin-reset-submit = إرسال الرابط
admin-reset-sent = إذا كان هذا العنوان مرتبطًا بحساب، فإن رابطًا لتعيين كلمة مرور جديدة في طريقه إليه. يعمل الرابط مرة واحدة فقط، خلال ساعتين.
admin-reset-mail-subject = تعيين كلمة مرور جديدة لمساحة فريق التنظيم
admin-reset-mail-body = طلب أحدهم، وربما أنت، كلمة مرور جديدة لمساحة فريق التنظيم. يعمل الرابط أدناه مرة واحدة فقط، خلال ساعتين. إن لم يصدر هذا الطلب عنك، فيُرجى تجاهل هذه الرسالة؛ وستبقى كلمة المرور كما هي.
admin-reset-mail-action = تعيين كلمة مرور جديدة
admin-reset-footer = وصلتك هذه الرسالة لأن عنوانك مرتبط بحساب في مساحة فريق التنظيم.
admin-post-publishing = النشر (بكل اللغات)
admin-post-date = تاريخ النشر
admin-post-date-hint = تاريخ في المستقبل يجدول النشر: يظهر المنشور في ذلك اليوم (بالتوقيت العالمي UTC).
admin-post-draft = مسودة: غير ظاهرة على الموقع العام
admin-post-state-draft = مسودة: غير ظاهرة على الموقع العام.
admin-post-state-public = منشور منذ { $date }.
admin-post-state-scheduled = مجدول للنشر في { $date }.
admin-post-error-date = يُرجى إدخال تاريخ النشر بصيغة تاريخ، مثل 2026-12-01.
admin-nav-media = الوسائط
admin-media-file = ملف
admin-media-hint = صور (PNG وJPEG وWebP؛ حتى 10 MB و8192 بكسل للضلع)، ومقاطع فيديو (MP4 وWebM؛ حتى 200 MB)، وترجمات مرئية (WebVTT؛ حتى 1 MB).
admin-media-upload = رفع
admin-media-library = الملفات المرفوعة
admin-media-none = لم يُرفع أي ملف بعد.
admin-media-uploaded = رُفع الملف باسم { $path }.
admin-media-error-kind = هذا الملف ليس صورة PNG أو JPEG أو WebP، ولا فيديو MP4 أو WebM، ولا ملف ترجمة WebVTT (يُحكم على ذلك من محتواه لا من اسمه).
admin-media-error-large = حجم الملف أكبر مما يُسمح به لنوعه؛ انظر الحدود أعلاه.
admin-media-error-dimensions = عرض الصورة أو ارتفاعها يتجاوز 8192 بكسل، أو تعذّرت قراءة أبعادها.
admin-media-error-missing = يُرجى اختيار ملف لرفعه.
admin-post-media = الصورة والفيديو (لكل اللغات)
admin-post-media-hint = اختر من الملفات المرفوعة؛ لرفع ملفات جديدة انتقل إلى
admin-post-image = الصورة (وهي أيضًا بطاقة المشاركة)
admin-post-video = الفيديو
admin-post-poster = صورة غلاف الفيديو
admin-post-captions = الترجمة المرئية باللغة { $language }
admin-post-error-media = اختر الوسائط من القوائم (صورة للصورة والغلاف، وفيديو للفيديو، وملف WebVTT للترجمة)؛ ولا غلاف من دون فيديو.
admin-queue-heading = بانتظار المشرف
admin-queue-intro = تُحفظ هنا التوقيعات الآتية من شبكة وقّعت أكثر من خمس مرات خلال ساعة: لا تُحتسب حتى تُعتمد.
admin-queue-empty = لا شيء بالانتظار.
admin-queue-approve = اعتماد
admin-queue-remove = حذف
admin-signature-held = محجوز للمراجعة
admin-registration-confirm = تأكيد يدوي
admin-registration-cancel = إلغاء التسجيل
admin-mail-heading = الرسائل المتعلقة بهذا التسجيل
admin-mail-kind = الرسالة
admin-mail-state = التسليم
admin-mail-sent = سُلّمت { $when }
admin-mail-failing = لم تُسلَّم بعد: عدد المحاولات { $attempts }، وآخر خطأ: { $error }
admin-mail-queued = بانتظار الإرسال
admin-mail-resend = إعادة الإرسال
admin-mail-parked = فشلت بعد { $attempts } محاولات، وآخر خطأ: { $error }. أعد المحاولة من صفحة «البريد والمهام».
admin-mail-skipped = لم تُرسَل لأنها لم تعد لازمة: { $reason }
admin-nav-jobs = البريد والمهام
admin-jobs-intro = كل ما يقوم به الخادم في الخلفية يمر عبر هذه القائمة: كل رسالة بريد، وانتهاء العروض، والتذكيرات. المهمة التي تفشل ثماني مرات تتوقف وتنتظرك هنا.
admin-jobs-waiting = بانتظار التنفيذ الآن
admin-jobs-oldest = أقدم مهمة منتظرة منذ
admin-jobs-oldest-none = لا شيء ينتظر
admin-jobs-age = قبل { $minutes } دقيقة
admin-jobs-later = مجدولة لوقت لاحق (بما فيها إعادة المحاولات)
admin-jobs-failed-heading = المهام الفاشلة
admin-jobs-failed-none = لم تفشل أي مهمة.
admin-jobs-kind = المهمة
admin-jobs-attempts = المحاولات
admin-jobs-failed-at = وقت الفشل
admin-jobs-error = آخر خطأ
admin-jobs-retry = أعد المحاولة
admin-nav-settings = إعدادات الموقع
admin-settings-saved = حُفظت الإعدادات، ويعرضها الموقع العام الآن.
admin-settings-contact = عنوان التواصل (يُعرض من غير أن يُكتب في الصفحات)
admin-settings-hashtags = وسوم الحملة
admin-settings-hashtags-hint = تفصل بينها مسافات، مثل #WaterForEveryHome #EveryDropCounts.
admin-settings-calendar = التقويم الهجري
admin-settings-hijri = النوع
admin-settings-umm-al-qura = أم القرى
admin-settings-tabular = الجدولي (المدني)
admin-settings-adjustment = التعديل بالأيام
admin-settings-adjustment-hint = من −2 إلى +2، للمجتمعات التي تتبع رؤية الهلال المحلية.
admin-settings-site-name = اسم الموقع
admin-settings-organiser = الجهة المنظِّمة
admin-settings-tagline = الشعار (جملة واحدة)
admin-settings-arabic-digits = كتابة الأعداد بالأرقام العربية المشرقية (٠١٢٣)
admin-settings-save = حفظ الإعدادات
admin-settings-error-contact = يُرجى إدخال عنوان بريد إلكتروني صحيح للتواصل.
admin-settings-error-hashtags = الوسوم حروف وأرقام و_ فقط، مثل #EveryDropCounts.
admin-settings-error-adjustment = التعديل عدد صحيح من −2 إلى 2.
admin-settings-error-texts = يُرجى إدخال اسم الموقع والجهة المنظِّمة والشعار باللغة { $language }.
admin-nav-events = الفعاليات
admin-event-saved = حُفظت. صفحة الفعالية ونموذج التسجيل يتبعان التغيير فورًا.
admin-event-zone = المنطقة الزمنية المرجعية
admin-event-zone-hint = كل الأوقات أدناه بتوقيت هذه المنطقة (مثل Asia/Riyadh، «توقيت المدينة المنورة»).
admin-event-doors = فتح القاعة
admin-event-starts = البداية
admin-event-starts-hint = تغيير البداية ينقل البرنامج كله معها.
admin-event-ends = النهاية
admin-event-places = المقاعد
admin-event-places-hint = اتركه فارغًا لعدد غير محدود. تقليل المقاعد لا يأخذ مقعدًا من أحد، وزيادتها تُعرض على قائمة الانتظار بالترتيب.
admin-event-opens = فتح التسجيل (فارغ: الآن)
admin-event-closes = إغلاق التسجيل (فارغ: عند انتهاء الفعالية)
admin-event-reminders = التذكيرات، بالساعات قبل فتح القاعة
admin-event-reminders-hint = تفصل بينها فواصل، كل منها من 1 إلى 720، مثل 24, 1.
admin-event-save = حفظ الفعالية
admin-event-error-zone = اختر منطقة زمنية من القائمة.
admin-event-error-time = { $field }: أدخل تاريخًا ووقتًا موجودين في هذه المنطقة (لا يتخطاهما تغيير الساعة ولا يكررهما).
admin-event-error-places = المقاعد عدد صحيح من 1 إلى 1,000,000، أو فارغ لعدد غير محدود.
admin-event-error-reminders = التذكيرات أعداد صحيحة من الساعات من 1 إلى 720 تفصل بينها فواصل.
admin-event-error-order = تُفتح القاعة قبل البداية أو عندها، وتنتهي الفعالية بعد بدايتها.
admin-event-error-window = يُغلق التسجيل بعد فتحه وقبل انتهاء الفعالية.
admin-event-error-segments = لا يتسع البرنامج قبل النهاية الجديدة؛ أطِل الفعالية أو انقل نهايتها.
admin-outdated = أقدم من لغة أخرى

## The online hall
hall-event-page = عن المؤتمر
hall-reload = إعادة تحميل الصفحة لعرض أحدث الأسئلة والإعلانات
hall-doors = موعد فتح القاعة:
hall-ended = انتهى المؤتمر. شكرًا لكِ على المشاركة.
hall-recordings = مشاهدة التسجيلات
hall-stream-title = البث المباشر
hall-stream-open = فتح البث المباشر
hall-no-stream = سيظهر البث المباشر هنا.
hall-channels = لغة الاستماع
hall-channel-main = اللغة الأصلية
hall-channel-rendition = ترجمة فورية
hall-channel-audio = ترجمة فورية، صوت فقط
hall-channel-video = ترجمة فورية، بث مستقل
hall-channel-playing = يُبث الآن: { $language } ({ $kind })
hall-channel-sound = صوت الترجمة الفورية
hall-channel-failed = تعذّر تشغيل هذه القناة، ويُبث الآن الصوت الأصلي.
hall-premiere = العرض الأول: الجميع يشاهدون هذا الفيديو معًا الآن.
hall-premiere-play = تشغيل العرض الأول
hall-live-now = مباشر الآن
hall-announcements = الإعلانات
hall-questions = الأسئلة
hall-ask-label = سؤالكِ
hall-ask-language = لغة سؤالكِ
hall-ask = إرسال السؤال
hall-ask-hint = يقرأ أحد المشرفين كل سؤال قبل عرضه على الجميع. لا يُعرض اسمكِ أبدًا.
hall-ask-empty = يُرجى كتابة سؤالكِ أولًا.
hall-ask-too-long = السؤال أطول من المسموح به (الحد الأقصى لعدد الأحرف: { $max }).
hall-ask-too-many = أرسلتِ عدة أسئلة خلال الدقائق القليلة الماضية. يُرجى الانتظار قليلًا قبل إرسال سؤال آخر.
hall-ask-closed = يمكن إرسال الأسئلة ما دامت القاعة مفتوحة.
hall-vote = وأنا أيضًا
hall-voted = سألتِ هذا السؤال أيضًا
hall-question-pending = بانتظار المشرف
hall-question-answered = تمّت الإجابة
hall-question-pinned = مثبَّت
hall-reconnecting = انقطع الاتصال؛ جارٍ إعادة الاتصال…
hall-revoked = لم يعد هذا الرابط يفتح القاعة. يُرجى طلب رابط جديد من فريق التنظيم.
hall-action-failed = لم تنجح العملية. يُرجى التحقق من اتصالك والمحاولة مرة أخرى.
hall-attendees = { $count ->
    [zero] لا أحد هنا غيركِ بعد
    [one] شخص واحد في القاعة
    [two] شخصان في القاعة
    [few] { $shown } أشخاص في القاعة
    [many] { $shown } شخصًا في القاعة
   *[other] { $shown } شخص في القاعة
}
hall-enter = الدخول إلى القاعة الافتراضية
recordings-heading = التسجيلات
recordings-none = لا توجد تسجيلات بعد.
admin-nav-hall = القاعة
admin-hall-attendees = الحاضرون في القاعة
admin-hall-pending = بانتظار القرار
admin-hall-pending-empty = لا توجد أسئلة بالانتظار.
admin-hall-asker = مَن طرح السؤال
admin-hall-approve = عرضه على الجميع
admin-hall-approve-pin = عرضه وتثبيته
admin-hall-hide = إخفاء
admin-hall-shown = معروضة على الجميع
admin-hall-answered = وضع علامة «تمّت الإجابة»
admin-hall-pin = تثبيت
admin-hall-unpin = إلغاء التثبيت
admin-hall-hidden = الأسئلة المخفية
admin-hall-announcement = إعلان لكل من في القاعة
admin-hall-announce = نشر الإعلان
admin-hall-announcement-empty = يُرجى كتابة الإعلان أولًا.
admin-hall-announcement-too-long = الإعلان أطول من المسموح به (الحد الأقصى لعدد الأحرف: { $max }).
admin-hall-programme = الفقرة المباشرة
admin-hall-following-schedule = تتبع الفقرة المباشرة الجدول الزمني.
admin-hall-chosen-by-hand = اختيرت الفقرة المباشرة يدويًا؛ وستعود إلى اتباع الجدول الزمني عند حلول موعد الفقرة التالية.
admin-hall-make-live = بثّ فقرة مباشرةً الآن
admin-hall-follow-schedule = اتباع الجدول الزمني
admin-hall-set-live = تطبيق
admin-registration-revoke = إلغاء الرابط الشخصي
admin-registration-revoke-hint = يوقف الإلغاء الرابط الشخصي ورابط القاعة فورًا ويغلق نوافذ القاعة المفتوحة. أعيدوا إرسال رسالة التأكيد لإعطاء الشخص رابطًا جديدًا.
admin-hall-next = الفقرة التالية
admin-source-heading = ملف المحتوى
admin-source-intro = الملف كما يقرؤه أمر convene import. يعرض الفحص كل مشكلة مع رقم سطرها، ولا يتغيّر شيء حتى يخلو الملف من المشكلات وتحفظوه.
admin-source-files = ملفات أخرى
admin-source-check = فحص
admin-source-save = فحص وحفظ
admin-source-saved = تم الحفظ. يعرض الموقع العام التغيير الآن.
admin-source-problems = لم يُحفظ شيء: أصلحوا هذه المشكلات أولًا.
admin-source-no-problems = لا توجد مشكلات. احفظوا لنشر التغيير.
admin-source-format = صيغة كل ملف موصوفة في docs/content-format.md المرفق مع Convene.
admin-source-link-site = اللغات والفروع وغيرها، كملفات محتوى
admin-source-link-event = الفقرات والمتحدثات والبث والنصوص، كملفات محتوى
admin-source-preview = معاينة الصفحة
admin-source-preview-banner = معاينة لتعديلكم: لم يُحفظ شيء بعد. أغلقوا هذا التبويب واحفظوا في مساحة المنظِّمين لنشره.
admin-source-conflict = حفظ شخص آخر هذا الملف بعد أن فتحتموه. لم يُحفظ شيء. نصّكم ما زال أدناه: انسخوا تعديلكم، وافتحوا الملف من جديد وأجروه هناك.
admin-content-conflict = حفظ شخص آخر تعديلًا على الموقع أثناء عملكم، فلم يُحفظ شيء: كان تعديلكم سيمحو تعديله. ما كتبتموه ما زال أدناه؛ قارنوه بالنسخة الحالية ثم احفظوا من جديد ليُضاف فوق تعديله.
admin-content-conflict-latest = آخر تعديل: { $actor }، «{ $action }»، { $subject }.
admin-programme-heading = البرنامج
admin-programme-link = تعديل البرنامج: الفقرات والأوقات والمتحدثات والعناوين
admin-programme-back = المواعيد والمقاعد
admin-programme-intro = الأوقات بتوقيت المنطقة الزمنية المرجعية للفعالية: { $zone }. تُحفظ الفقرات بترتيب أوقات بدايتها، ويجب ألا تتداخل وأن تقع كلها ضمن وقت الفعالية.
admin-programme-new = إضافة فقرة
admin-programme-id = المعرِّف
admin-programme-id-hint = حروف لاتينية صغيرة وأرقام وشرطات، مثل dialogue-6. يظهر في روابط الصفحات ولا يمكن تغييره لاحقًا.
admin-programme-kind = النوع
admin-programme-kind-opening = الافتتاح
admin-programme-kind-dialogue = الحوار
admin-programme-kind-video = الفيديو
admin-programme-kind-interactive = جلسة تفاعلية
admin-programme-kind-conclusion = الختام
admin-programme-start = وقت البداية
admin-programme-minutes = المدة بالدقائق
admin-programme-title = العنوان
admin-programme-speakers = المتحدثات
admin-programme-remove = حذف هذه الفقرة
admin-programme-remove-media = يُحذف معها تسجيلها وعرضها الأول
admin-programme-save = فحص البرنامج وحفظه
admin-programme-saved = حُفظ البرنامج، وتعرضه الصفحات العامة الآن.
admin-programme-error-id = الفقرة { $number }: يقتصر المعرِّف على حروف لاتينية صغيرة وأرقام وشرطات.
admin-programme-error-row = الفقرة { $id }: يُرجى تحديد النوع ووقت البداية ومدة لا تقل عن دقيقة واحدة.
admin-programme-more = أمّا الأوصاف والتسجيلات والعروض الأولى فتُعدَّل في ملف الفعالية:
admin-speakers-heading = المتحدثات
admin-speakers-link = تعديل بيانات المتحدثات
admin-speakers-intro = لكل متحدثة: اسمها كما يُكتب في البرنامج، وبلدها وفرعها، وصفتها بكل لغة من لغات الفعالية (واسمها أيضًا إن كانت تلك اللغة تكتبه بشكل مختلف). لا يمكن حذف متحدثة ما زال اسمها مذكورًا في إحدى الفقرات: أزِلها من البرنامج أولًا.
admin-speakers-new = إضافة متحدثة
admin-speakers-id-hint = حروف لاتينية صغيرة وأرقام وشرطات، مثل nadia-haddad. يشير به البرنامج إليها، ولا يمكن تغييره لاحقًا.
admin-speakers-name = الاسم
admin-speakers-chapter = الفرع
admin-speakers-role = الصفة
admin-speakers-name-in = الاسم بهذه اللغة، إن كان يُكتب بشكل مختلف
admin-speakers-remove = حذف هذه المتحدثة
admin-speakers-save = فحص بيانات المتحدثات وحفظها
admin-speakers-saved = حُفظت بيانات المتحدثات، وتعرضها الصفحات العامة الآن.
admin-speakers-error-row = المتحدثة { $number }: يُرجى إدخال معرِّف (حروف لاتينية صغيرة وأرقام وشرطات) واسم وبلد.

admin-confirm-heading = هل تريد الحذف نهائيًا؟
admin-confirm-programme = حفظ هذا البرنامج يحذف الفقرات التالية مع عناوينها بكل اللغات. ويُحذف التسجيل أو العرض الأول مع فقرته.
admin-confirm-speakers = الحفظ يحذف جميع المتحدثين في هذه الفعالية:
admin-confirm-audit = ما يُحذف يبقى محفوظًا في سجل التدقيق، فيمكن استعادته.
admin-confirm-submit = نعم، احذف واحفظ
admin-confirm-back = لا، عودة إلى النموذج
admin-audit-details = ما حُذف (بصيغة JSON، لاستعادته)

# Mail to people (broadcasts)
admin-nav-mail = مراسلة المشاركين
admin-mail-new = كتابة رسالة
admin-mail-none = لم تُرسل أي رسالة بعد.
admin-mail-intro = اكتب الرسالة بلغة الموقع الافتراضية؛ اللغات الأخرى اختيارية، ومن لا نص بلغته يتلقى النص الافتراضي. تحمل كل رسالة رابطًا لإلغاء الاشتراك بنقرة واحدة.
admin-mail-subject = الموضوع
admin-mail-body = الرسالة (Markdown)
admin-mail-audience = المستلمون
admin-mail-event = الفعالية
admin-mail-which = المسجلون
admin-mail-which-all = كل من لديه مقعد أو ينتظر مقعدًا
admin-mail-which-confirmed = من لديهم مقعد
admin-mail-which-waitlisted = من هم على قائمة الانتظار
admin-mail-lang = بهذه اللغة فقط
admin-mail-country = من هذا البلد فقط
admin-mail-any = الكل
admin-mail-audience-all = كل المسجلين في { $event }
admin-mail-audience-confirmed = المسجلون المؤكَّدون في { $event }
admin-mail-audience-waitlisted = قائمة انتظار { $event }
admin-mail-languages-hint = «معاينة» تعرض كل نص كما سيظهر؛ «عدّ» يبيّن عدد من تصلهم الرسالة؛ «تجربة» ترسلها إليك وحدك.
admin-mail-preview = معاينة
admin-mail-count-button = عدّ المستلمين
admin-mail-test = أرسل تجربة إليّ
admin-mail-send = أرسل إلى الجميع
admin-mail-count = المستلمون: { $count } (المستثنون لإلغائهم الاشتراك: { $unsubscribed }).
admin-mail-confirm-count = تحقق من عدد المستلمين أدناه، ثم اضغط «أرسل إلى الجميع» مرة أخرى للإرسال.
admin-mail-test-sent = أُرسلت تجربة إلى { $address }.
admin-mail-test-failed = تعذّر إرسال التجربة: { $error }
admin-mail-sent-by = أرسلها
admin-mail-progress = التقدّم
admin-mail-state-sent = أُرسلت
admin-mail-state-waiting = في الانتظار
admin-mail-state-skipped = مستثناة (ألغى الاشتراك أو لم يعد مسجلًا)
admin-mail-state-failed = فشلت
admin-mail-sending = جارٍ الإرسال… تتحدّث هذه الصفحة تلقائيًا.
admin-mail-done = عولجت كل الرسائل.
admin-mail-failed-hint = الرسائل التي فشلت موجودة في طابور المهام، ويمكن إعادة محاولتها هناك.
admin-mail-back = العودة إلى كل الرسائل
admin-mail-error-event = اختر الفعالية التي سيتلقى مسجلوها الرسالة.
admin-mail-error-lang = اختر إحدى لغات الموقع، أو الكل.
admin-mail-error-country = اختر بلدًا من القائمة، أو الكل.
admin-mail-error-default = تحتاج الرسالة إلى موضوع ونص بـ{ $lang }، لغة الموقع الافتراضية.
admin-mail-error-incomplete = يحتاج النص بـ{ $lang } إلى موضوع ورسالة معًا.
admin-mail-error-subject-long = الموضوع بـ{ $lang } أطول من 200 حرف.
admin-mail-error-subject-line = يجب أن يكون الموضوع بـ{ $lang } في سطر واحد.
admin-mail-error-body-long = الرسالة بـ{ $lang } أطول من 20000 حرف.
admin-mail-error-markdown = في الرسالة بـ{ $lang } مشكلة
admin-mail-error-nobody = لا أحد يطابق هؤلاء المستلمين، فلا شيء لإرساله.
mail-broadcast-footer = تصلك هذه الرسالة لأنك سجّلت في { $event }.
mail-broadcast-unsubscribe = إلغاء الاشتراك في هذه الرسائل
unsubscribe-heading = إلغاء الاشتراك
unsubscribe-text = اضغط الزر كي لا تصلك رسائل أخرى من المنظّمين عن هذه الحملة. أما رسائل تسجيلك (التأكيد والتذكير) فستصلك كما هي.
unsubscribe-button = ألغِ اشتراكي
unsubscribe-done-heading = أُلغي اشتراكك
unsubscribe-done-text = لن تصلك رسائل أخرى من المنظّمين عن هذه الحملة.
unsubscribe-invalid-heading = هذا الرابط لا يعمل
unsubscribe-invalid-text = رابط إلغاء الاشتراك ناقص أو مُعدَّل. استخدم الرابط في أسفل الرسالة كما وصلك.
admin-users-mail-grant = السماح بمراسلة المشاركين
admin-users-mail-revoke = منع مراسلة المشاركين

# Supporters
supporters-heading = أبقوني على اطلاع
supporters-intro = تابِع الخطوات القادمة للحملة: فعاليات جديدة ورسائل مفتوحة ونتائج. سنرسل إليك أولًا رسالة لتأكيد عنوانك.
supporters-country = البلد (اختياري)
supporters-consent = أبقوني على اطلاع بالبريد الإلكتروني على الخطوات القادمة لهذه الحملة. يمكنني إلغاء الاشتراك في أي وقت.
supporters-submit = أبقوني على اطلاع
supporters-error-consent = ضع علامة في المربع للموافقة على تلقي رسائل الحملة.
supporters-sent-heading = تفقّد بريدك الإلكتروني
supporters-sent-text = إن كان العنوان صحيحًا فرسالة فيها رابط التأكيد في طريقها إليك. لن يُرسل إليك شيء قبل أن تؤكد.
supporters-confirm-heading = أكّد عنوانك
supporters-confirm-text = اضغط الزر لتبدأ بتلقي أخبار الحملة على هذا العنوان.
supporters-confirm-button = تأكيد
supporters-done-heading = شكرًا لك
supporters-done-text = ستصلك أخبار الخطوات القادمة للحملة. في كل رسالة رابط لإلغاء الاشتراك.
supporters-invalid-heading = هذا الرابط لا يعمل
supporters-invalid-text = رابط التأكيد ناقص أو مُعدَّل أو حلّ محله رابط أحدث. اطلب من جديد عبر النموذج إن كنت ما زلت تريد البقاء على اطلاع.
supporters-mail-subject = أكّد أنك تريد تلقي أخبار الحملة
supporters-mail-body = طلب أحدهم، وربما أنت، تلقي أخبار هذه الحملة على هذا العنوان. اتبع الرابط للتأكيد؛ وإن لم تكن أنت فتجاهل هذه الرسالة ولن يُرسل شيء آخر.
supporters-mail-action = أكّد عنواني
supporters-mail-footer = تصلك هذه الرسالة لأن هذا العنوان أُدخل في { $site } للبقاء على اطلاع.
supporters-keep-informed = أبقوني أيضًا على اطلاع بالبريد الإلكتروني على الخطوات القادمة لهذه الحملة (سنطلب منك التأكيد).
admin-nav-supporters = المؤيدون
admin-supporters-intro = من طلبوا البقاء على اطلاع وأكّدوا عناوينهم. من لم يؤكدوا بعد مذكورون بعدهم ولا يتلقون شيئًا.
admin-supporters-confirmed = المؤيدون المؤكَّدون
admin-supporters-pending = بانتظار التأكيد
admin-supporters-by-lang = حسب اللغة
admin-supporters-by-country = حسب البلد
admin-supporters-source = المصدر
admin-supporters-agreed = وافق على
admin-supporters-erase = محو
admin-supporters-export = تصدير بصيغة CSV
admin-supporters-none = لا أحد بعد.
admin-mail-which-supporters = المؤيدون (كل من طلب البقاء على اطلاع)
admin-mail-audience-supporters = المؤيدون
mail-broadcast-footer-supporter = تصلك هذه الرسالة لأنك طلبت من { $site } إبقاءك على اطلاع.

# Badges for partner sites
badge-places-left = المقاعد المتبقية
badge-places-open = مفتوح
badge-signatures = التوقيعات
## Polls in the hall (issue 17)
hall-polls = استطلاعات الرأي
hall-poll-open = مفتوح: صوتكِ محسوب
hall-poll-closed = مغلق
hall-poll-vote = صوّتي
hall-poll-change = تغيير صوتي
hall-poll-your-vote = صوتكِ
hall-poll-votes = { $count ->
    [zero] لا أصوات بعد
    [one] صوت واحد
    [two] صوتان
    [few] { $shown } أصوات
    [many] { $shown } صوتًا
   *[other] { $shown } صوت
}
hall-poll-answer-votes = { $count ->
    [one] صوت واحد
    [two] صوتان
    [few] { $shown } أصوات
    [many] { $shown } صوتًا
   *[other] { $shown } صوت
}
hall-poll-percent = { $shown }%
hall-poll-choose = اختاري إجابة أولًا.
hall-poll-closed-refused = هذا الاستطلاع مغلق: لم تعد الأصوات تُحتسب. تبقى النتائج معروضة هنا.
admin-polls = استطلاعات الرأي
admin-polls-intro = حضّري استطلاعًا لفقرة من البرنامج، وافتحيه حين يحين وقته، وأغلقيه حين يصوّت عدد كافٍ. تصوّت كل مشاركة مرة واحدة ويمكنها تغيير صوتها حتى الإغلاق؛ وتبقى الاستطلاعات المغلقة في القاعة بنتائجها.
admin-polls-back = العودة إلى القاعة
admin-polls-none = لا توجد استطلاعات بعد.
admin-polls-new = استطلاع جديد
admin-polls-segment = الفقرة
admin-polls-language = بـ{ $lang }
admin-polls-question = السؤال
admin-polls-options = الإجابات، كل إجابة في سطر (من 2 إلى 8)
admin-polls-languages-hint = اكتبي الاستطلاع بـ{ $lang } على الأقل؛ ومن بقيت لغتها فارغة تقرؤه بـ{ $lang }. يلزم كل لغة الإجابات نفسها بالترتيب نفسه.
admin-polls-create = حفظ كمسودة
admin-polls-open = فتحه للجميع
admin-polls-close = إغلاق الاستطلاع
admin-polls-export = النتائج بصيغة CSV
admin-polls-status-draft = مسودة (يراها المشرفون فقط)
admin-polls-status-open = مفتوح
admin-polls-status-closed = مغلق
admin-polls-error-segment = اختاري فقرة من البرنامج.
admin-polls-error-missing-default = اكتبي السؤال وإجاباته بـ{ $lang }.
admin-polls-error-empty-question = السؤال بـ{ $lang } فارغ.
admin-polls-error-question-too-long = لا يجوز أن يتجاوز السؤال بـ{ $lang } { $max } حرفًا.
admin-polls-error-option-too-long = لا يجوز أن تتجاوز الإجابات بـ{ $lang } { $max } حرفًا.
admin-polls-error-option-count = للاستطلاع من 2 إلى 8 إجابات؛ وفي { $lang } { $count }.
admin-polls-error-options-differ = في { $lang } { $count } إجابات وفي { $default } { $expected }: يلزم كل لغة الإجابات نفسها.

## Reactions in the hall (issue 17)
hall-reactions = التفاعلات
hall-reaction-clap = تصفيق
hall-reaction-heart = أحببته
hall-reaction-agree = أوافق
hall-reaction-smile = أسعدني
hall-reaction-wow = مدهش
hall-react-too-fast = على مهلكِ: بضع تفاعلات كل بضع ثوانٍ.
# Creating, scheduling and withdrawing content (issue 16)
error-gone-title = سُحبت هذه الصفحة
error-gone-text = أزال المنظِّمون ما كان منشورًا على هذا العنوان. لم يعد على الموقع؛ وآخر المنشورات في الصفحة الرئيسية.
admin-version-legend = هذه النسخة اللغوية
admin-version-missing = لم تُكتب بعد.
admin-version-draft = مسودة: ليست على الموقع العام.
admin-version-post-hidden = محفوظة، لكن المنشور كله خارج الموقع (انظر صفحته).
admin-version-scheduled = مجدولة: تظهر على الموقع في { $when } ({ $zone }).
admin-version-public = منشورة.
admin-mark-draft = مسودة
admin-mark-scheduled = مجدولة
admin-post-publish-at = النشر في (لأجل «احفظ وجدوِل»)
admin-post-publish-at-hint = تاريخ ووقت بتوقيت { $zone }. تظهر النسخة على الموقع تلقائيًا في تلك اللحظة.
admin-post-save-draft = احفظ كمسودة
admin-post-save-schedule = احفظ وجدوِل
admin-post-error-schedule = أدخل تاريخ النشر ووقته، وقتًا موجودًا بتوقيت { $zone }.
admin-post-overview = المنشور كاملًا
admin-post-new = منشور جديد
admin-post-new-intro = اكتبه بلغة واحدة أولًا، ثم ترجمه بعد ذلك، ولكل لغة حالتها.
admin-post-kind = النوع
admin-post-first-language = اللغة
admin-post-first-language-hint = اللغة التي تكتب بها الآن. تُضاف اللغات الأخرى بعد ذلك.
admin-post-no-event = بلا فعالية
admin-post-create-draft = أنشئ كمسودة
admin-post-create-publish = أنشئ وانشر
admin-post-error-kind = اختر نوعًا من القائمة.
admin-post-error-language = اختر إحدى لغات الموقع.
admin-post-error-event = اختر فعالية من القائمة، أو لا شيء.
admin-slug = اسم العنوان (slug)
admin-slug-hint = حروف لاتينية صغيرة a–z وأرقام وشرطات؛ يظهر في العنوان. اتركه فارغًا ليُصنع من العنوان.
admin-error-slug = لا يحوي اسم العنوان إلا حروفًا لاتينية صغيرة a–z وأرقامًا وشرطات مفردة، 80 على الأكثر، ولا يبدأ بشرطة ولا ينتهي بها.
admin-error-slug-taken = اسم العنوان { $slug } مستعمل؛ اختر غيره.
admin-post-versions = النسخ اللغوية
admin-post-state = الحالة
admin-post-edit = تحرير
admin-post-translate = ترجمة
admin-post-on-site = على الموقع العام
admin-post-off-site = المنشور كله خارج الموقع العام: يقول عنوانه إنه سُحب.
admin-post-put-back = أعِده إلى الموقع
admin-post-unpublish-hint = سحبه من الموقع يُخفي كل نسخه اللغوية، ويقول عنوانه عندئذ إنه سُحب. يمكنك إعادته لاحقًا.
admin-post-unpublish = اسحبه من الموقع
admin-delete = حذف
admin-post-delete-hint = الحذف يزيل المنشور بكل نسخه اللغوية. ستُسأل أولًا.
admin-post-delete = احذف هذا المنشور…
admin-post-delete-signed = وقّع أشخاص على هذه الرسالة، فلا يمكن حذفها: اسحبها من الموقع بدلًا من ذلك، وتبقى توقيعاتهم معها.
admin-confirm-delete-post = الحذف يزيل هذا المنشور بكل لغاته من الموقع ومن هذه المساحة. وسيقول عنوانه إنه سُحب.
admin-confirm-delete-event = الحذف يزيل هذه الفعالية مع برنامجها ونصوصها بكل اللغات. وسيقول عنوانها إنها سُحبت.
admin-event-new = فعالية جديدة
admin-event-new-intro = تبدأ الفعالية الجديدة مسودةً خارج الموقع العام حتى تنشرها.
admin-event-copy-heading = الدورة التالية لفعالية سابقة
admin-event-copy-intro = يُنسخ كل شيء (البرنامج والمتحدثات والنصوص والفروع والمقاعد وفترة التسجيل) وتُنقل كل التواريخ بعدد الأيام نفسه وبالساعات نفسها. تبقى التسجيلات مع الدورة السابقة.
admin-event-source = انسخ من
admin-event-days = انقل التواريخ بمقدار (أيام)
admin-event-days-hint = 364 يومًا (52 أسبوعًا) تُبقي يوم الأسبوع نفسه؛ والعدد السالب يقدّمها.
admin-event-copy = أنشئ الدورة الجديدة
admin-event-scratch-heading = من البداية
admin-event-title-in = العنوان باللغة { $language }
admin-event-zone-label = اسم التوقيت للزوار
admin-event-zone-label-hint = كيف تسمّي الصفحة التوقيت المرجعي، مثل «توقيت المدينة المنورة».
admin-event-proceedings = لغة الفعالية
admin-event-create = أنشئ الفعالية
admin-event-error-source = اختر من القائمة الفعالية التي تُنسخ.
admin-event-error-days = أدخل عدد الأيام التي تُنقل بها التواريخ: عددًا صحيحًا غير الصفر، 3660 على الأكثر في الاتجاهين.
admin-event-error-zone-label = أدخل اسم التوقيت كما يقرؤه الزوار.
admin-event-draft-state = مسودة: ليست على الموقع العام. النشر يضع صفحتها واستمارة التسجيل والقوائم على الإنترنت.
admin-event-publish = انشر الفعالية
admin-event-unpublish-hint = سحب الفعالية من الموقع يُخفي صفحتها واستمارة التسجيل والقوائم، ويقول عنوانها عندئذ إنها سُحبت.
admin-event-unpublish = اسحبها من الموقع
admin-event-delete-hint = الحذف يزيل الفعالية مع برنامجها ونصوصها. ستُسأل أولًا. لا تُحذف فعالية سجّل فيها أشخاص أو تتناولها منشورات: اسحبها من الموقع بدلًا من ذلك.
admin-event-delete = احذف هذه الفعالية…
admin-event-delete-refused = لا يمكن حذف هذه الفعالية: التسجيلات: { $registrations }؛ المنشورات عنها: { $posts }. اسحبها من الموقع بدلًا من ذلك.
admin-event-not-changed = لم يتغيّر شيء
admin-nav-chapters = الفروع
admin-nav-kinds = أنواع المنشورات
admin-chapter-new = فرع جديد
admin-chapter-country = البلد
admin-chapter-zone = المنطقة الزمنية لمدينته
admin-chapter-name = اسم الفرع
admin-chapter-city = المدينة
admin-chapter-create = أنشئ الفرع
admin-chapter-saved = تمّ الحفظ. يمكن اختيار الفرع الجديد للمنشورات والفعاليات.
admin-chapter-error-country = اختر بلد الفرع من القائمة.
admin-chapter-error-names = أدخل اسم الفرع ومدينته باللغة { $language }.
admin-kind-new = نوع جديد من المنشورات
admin-kind-name = اسم المنشور الواحد
admin-kind-plural = اسم القائمة
admin-kind-signable = قابل للتوقيع
admin-kind-signable-hint = يمكن للزوار التوقيع على منشورات هذا النوع (رسائل مفتوحة)
admin-kind-create = أنشئ النوع
admin-kind-saved = تمّ الحفظ. يمكن أن تكون المنشورات الجديدة من هذا النوع.
admin-kind-error-names = أدخل الاسم واسم القائمة باللغة { $language }.

## Hall announcements afterwards (issue 16)
admin-hall-announcement-main = باللغة { $lang }، اللغة الرئيسية للفعالية
admin-hall-announcement-other-languages = الإعلان نفسه بلغات أخرى (اختياري)
admin-announcements-link = الإعلانات المنشورة: الوقت والكاتب والسحب
admin-announcements = الإعلانات
admin-announcements-intro = كل الإعلانات المنشورة في قاعة هذه الفعالية، الأحدث أولًا. يقرأ الحضور الإعلان بلغتهم إن كُتب بها، وإلا فباللغة الرئيسية للفعالية.
admin-announcements-none = لا توجد إعلانات بعد.
admin-announcements-when = الوقت
admin-announcements-author = الكاتب
admin-announcements-text = النص
admin-announcements-status = الحالة
admin-announcements-shown = معروض في القاعة.
admin-announcements-withdrawn = سُحب في { $when } بواسطة { $who }.
admin-announcements-withdraw = سحب
admin-announcements-unknown-author = غير مسجَّل
admin-announcements-withdraw-hint = سحب الإعلان يزيله فورًا من كل القاعات المفتوحة، ويبقى مدرجًا هنا.

## Attendance and certificates (issue 16)
admin-attendance = الحضور
admin-attendance-intro = مَن كان في القاعة، وكم من الوقت، وأي الفقرات شاهد (تُحتسب الفقرة مشاهَدة بعد حضور نصفها على الأقل). النوافذ المفتوحة في الوقت نفسه تُحتسب مرة واحدة، والنافذة التي توقف خادمها تُحتسب حتى آخر علامة على اتصالها.
admin-attendance-none = لم يدخل أحد القاعة بعد.
admin-attendance-csv = تنزيل الحضور بصيغة CSV
admin-attendance-arrivals = الوصول عبر الوقت (أول دخول، لكل 10 دقائق)
admin-attendance-per-segment = الحضور في كل فقرة
admin-attendance-attendees = الحاضرون
admin-attendance-name = الاسم
admin-attendance-email = البريد الإلكتروني
admin-attendance-minutes = الدقائق
admin-attendance-segments = الفقرات المشاهَدة
admin-attendance-arrived = أول دخول
admin-attendance-left = آخر خروج
admin-attendance-certificate = الشهادة
admin-attendance-certificate-open = فتح الشهادة
admin-attendance-certificates = شهادات الحضور
admin-attendance-issued = { $count ->
    [zero] لم تُصدر أي شهادة بعد.
    [one] صدرت شهادة واحدة.
    [two] صدرت شهادتان.
    [few] صدرت { $shown } شهادات.
   *[other] صدرت { $shown } شهادة.
}
admin-attendance-threshold = إصدار شهادة لكل من حضر هذا العدد من الدقائق على الأقل
admin-attendance-threshold-invalid = أدخل عدد دقائق من 0 إلى 100000.
admin-attendance-issue = إصدار الشهادات
certificate-title = شهادة حضور
certificate-certifies = نشهد بأن
certificate-attended = حضر المؤتمر عبر الإنترنت
certificate-minutes = { $count ->
    [one] لمدة دقيقة واحدة
    [two] لمدة دقيقتين
    [few] لمدة { $shown } دقائق
   *[other] لمدة { $shown } دقيقة
}
certificate-segments = الفقرات التي حضرها
certificate-issued = صدرت في { $date }.
certificate-verify = هذه الشهادة صحيحة إذا عرضها هذا العنوان على موقع المؤتمر نفسه:
me-attendance = حضورك
me-attendance-minutes = { $count ->
    [zero] كنت في القاعة أقل من دقيقة.
    [one] كنت في القاعة دقيقة واحدة.
    [two] كنت في القاعة دقيقتين.
    [few] كنت في القاعة { $shown } دقائق.
   *[other] كنت في القاعة { $shown } دقيقة.
}
me-attendance-segments = الفقرات التي شاهدتها:
me-attendance-certificate = شهادة حضورك

## A letter's signatories who asked to hear about it (issue 16)
letter-keep-informed = أبقوني على اطلاع بالبريد الإلكتروني بشأن هذه الرسالة (تسليمها والردود التي تتلقاها).
admin-mail-which-signatories = الموقّعون على رسالة ممن طلبوا البقاء على اطلاع بشأنها
admin-mail-letter = الرسالة
admin-mail-no-letter = (لا رسالة)
admin-mail-error-letter = اختر الرسالة التي ينبغي أن يتلقى الموقّعون عليها هذه الرسالة.
admin-mail-audience-signatories = الموقّعون على { $letter } ممن طلبوا البقاء على اطلاع
mail-broadcast-footer-letter = تصلك هذه الرسالة لأنك وقّعت على { $letter } وطلبت البقاء على اطلاع بشأنها.

## Embeddable forms for partner sites (issue 16)
admin-settings-embed-origins = المواقع الشريكة التي يحق لها تضمين نموذجَي التسجيل والتوقيع
admin-settings-embed-origins-hint = أصل واحد في كل سطر: المخطط والمضيف والمنفذ فقط، مثل https://partner.example. النموذجان على /LANG/embed/events/EVENT/register و/LANG/embed/letters/LETTER/sign.
admin-settings-error-embed-origin = «{ $origin }» ليس أصلًا صالحًا: اكتب المخطط والمضيف والمنفذ فقط، مثل https://partner.example.

## The media library (issue 16)
admin-media-uploaded-named = رُفع «{ $name }» باسم { $path }.
admin-media-search = البحث باسم الملف
admin-media-search-button = بحث
admin-media-no-match = لا يطابق أيُّ ملف هذا البحث.
admin-media-col-file = الملف
admin-media-col-kind = النوع
admin-media-col-size = الحجم
admin-media-col-measure = الأبعاد أو المدة
admin-media-col-used = مستخدم في
admin-media-unknown = غير معروف
admin-media-unknown-name = (لم يُحفظ الاسم)
admin-media-unused = غير مستخدم
admin-media-used-event = الفعالية: { $event }
admin-media-used-post = المنشور: { $post }
admin-media-used-share-image = صورة المشاركة للموقع (الإعدادات)
admin-media-delete = حذف
admin-media-in-use-hint = لا يمكن حذف ملف مستخدم: أزِله أولًا من حيث يُستخدم.
admin-media-error-in-use = ما زال { $path } مستخدمًا، فلم يُحذف. مستخدم في: { $uses }.
admin-media-deleted = حُذف { $path }.
admin-media-error-no-file = لا يوجد ملف مرفوع بهذا الاسم.

## Live captions (issue 17)
hall-captions = الترجمة النصية
hall-captions-off = إيقاف
hall-captions-apply = عرض
hall-captions-size = حجم النص
hall-captions-smaller = نص أصغر
hall-captions-larger = نص أكبر
admin-captions = الترجمة النصية المباشرة
admin-captions-language = الترجمة باللغة
admin-captions-last = آخر الأسطر
admin-captions-line = السطر
admin-captions-hint = يرسل مفتاح الإدخال السطر. لتصحيح السطر الأخير: «صحّح السطر الأخير»، أو Ctrl+Enter، أو السهم الأعلى في سطر فارغ لاستعادته.
admin-captions-send = أرسل
admin-captions-correct = صحّح السطر الأخير
admin-captions-ingest = محرك تحويل الكلام إلى نص
admin-captions-ingest-intro = يرسل المحرك الأسطر مع رمز الفعالية (Authorization: Bearer) إلى:
admin-captions-token-new = الرمز الجديد، يظهر الآن فقط: انسخه إلى إعدادات المحرك.
admin-captions-token-set = الرمز مضبوط (منذ { $at }).
admin-captions-token-none = لم يُضبط رمز: لا يستطيع أي محرك إرسال الأسطر بعد.
admin-captions-token-make = أنشئ رمزًا جديدًا
admin-captions-tracks = مسارات الترجمة للتسجيلات
admin-captions-tracks-intro = يحفظ أسطر كل فقرة انتهت ولها تسجيل مسارًا بصيغة WebVTT بكل لغة ليس لها مسار بعد.
admin-captions-tracks-save = احفظ المسارات
admin-captions-tracks-saved = { $count ->
    [zero] لا مسارات جديدة للحفظ.
    [one] حُفظ مسار واحد.
    [two] حُفظ مساران.
    [few] حُفظت { $shown } مسارات.
    [many] حُفظ { $shown } مسارًا.
   *[other] حُفظ { $shown } مسار.
}
admin-captions-too-fast = أسطر كثيرة في وقت قصير؛ انتظر بضع ثوانٍ.
admin-captions-no-language = لا تقدّم الفعالية ترجمة نصية بهذه اللغة.
admin-captions-text = اكتب سطرًا لا يتجاوز { $max } حرفًا.

## Event translations kept as drafts (the content file editor)
admin-source-draft-hint = لإبقاء هذه الترجمة خارج الموقع العام أثناء العمل عليها، أضف السطر draft = true إلى ترويستها: يرى الزوار بهذه اللغة نص اللغة الافتراضية في الأثناء، وتعرض المعاينة الترجمة كما ستبدو. احذف السطر لنشرها.

## ---------------------------------------------------------------------------
## The organisers' history in the reader's language (src/admin/web/audit_words.rs):
## each action's English text is the line the log stores; the rest names values.
audit-actor-command-line = سطر الأوامر
audit-action-person-added = إضافة شخص
audit-action-person-added-as = إضافة شخص بدور { $role }
audit-action-signature-approved = قبول توقيع
audit-action-registration-cancelled = إلغاء تسجيل
audit-action-role-changed = تغيير دور
audit-action-event-changed = تعديل فعالية
audit-action-segment-changed = تغيير الفقرة الجارية
audit-action-settings-changed = تعديل إعدادات الموقع
audit-action-mail-right-changed = تغيير صلاحية إرسال الرسائل
audit-action-poll-closed = إغلاق استطلاع
audit-action-registration-confirmed = تأكيد تسجيل
audit-action-chapter-created = إنشاء فرع
audit-action-kind-created = إنشاء نوع من المنشورات
audit-action-post-created = إنشاء منشور
audit-action-event-created = إنشاء فعالية
audit-action-event-copied = إنشاء فعالية منسوخة عن { $event }
audit-action-post-deleted = حذف منشور
audit-action-event-deleted = حذف فعالية
audit-action-media-deleted = حذف ملف وسائط
audit-action-person-disabled = إيقاف حساب شخص
audit-action-file-edited = تعديل ملف محتوى
audit-action-post-edited = تعديل منشور
audit-action-programme-edited = تعديل البرنامج
audit-action-speakers-edited = تعديل المتحدّثين
audit-action-person-enabled = إعادة تفعيل حساب شخص
audit-action-totp-enabled = تفعيل الدخول بخطوتين
audit-action-supporter-erased = محو بيانات مؤيّد
audit-action-poll-exported = تصدير نتائج استطلاع
audit-action-attendance-exported = تصدير سجلّ الحضور
audit-action-registrations-exported = تصدير التسجيلات
audit-action-supporters-exported = تصدير قائمة المؤيّدين
audit-action-certificates-issued = إصدار شهادات حضور
audit-action-password-link = إنشاء رابط لتعيين كلمة المرور
audit-action-question-moderated = الإشراف على سؤال في القاعة
audit-action-poll-opened = فتح استطلاع
audit-action-announced = نشر إعلان في القاعة
audit-action-poll-prepared = إعداد استطلاع
audit-action-post-published = إعادة نشر منشور
audit-action-event-published = نشر فعالية
audit-action-signature-removed = إزالة توقيع
audit-action-mail-resent = إعادة إرسال رسالة
audit-action-job-retried = إعادة تشغيل مهمة فاشلة
audit-action-link-revoked = إلغاء رابط شخصي
audit-action-tracks-saved = حفظ الترجمة النصية المباشرة مساراتٍ للتسجيلات
audit-action-message-sent = إرسال رسالة
audit-action-password-set = تعيين كلمة المرور
audit-action-caption-token = تعيين رمز إدخال الترجمة النصية
audit-action-signed-out = الخروج من كل الأجهزة
audit-action-post-translated = ترجمة منشور
audit-action-post-unpublished = سحب منشور من الموقع
audit-action-event-unpublished = سحب فعالية من الموقع
audit-action-media-uploaded = رفع ملف وسائط
audit-action-announcement-withdrawn = سحب إعلان من القاعة
audit-subject-site = إعدادات الموقع
audit-subject-supporters = المؤيّدون
audit-subject-registration = التسجيل رقم { $id }
audit-subject-signature = التوقيع رقم { $id }
audit-subject-supporter = المؤيّد رقم { $id }
audit-subject-job = المهمة رقم { $id }
audit-subject-poll = الاستطلاع رقم { $id } في { $event }
audit-subject-question = السؤال رقم { $id } في { $event }
audit-subject-announcement = الإعلان رقم { $id } في { $event }
audit-subject-post-version = { $post } ({ $language })
audit-separator = {"؛ "}
audit-value-on = مفعّل
audit-value-off = غير مفعّل
audit-value-on-site = منشور على الموقع
audit-value-off-site = غير منشور على الموقع
audit-value-failed = فشلت
audit-value-waiting = بانتظار التشغيل
audit-value-may-send = يحقّ إرسال الرسائل
audit-value-may-not-send = لا يحقّ إرسال الرسائل
audit-value-schedule = حسب سير البرنامج
audit-value-published = منشور
audit-value-draft = مسودّة
audit-value-unlimited = بلا حدّ
audit-value-approved = مقبول
audit-value-hidden = مخفي
audit-value-answered = تمّت الإجابة عنه
audit-value-pinned = مثبّت
audit-value-unpinned = أُلغي تثبيته
audit-value-rows = عدد الصفوف: { $count }
audit-value-votes = عدد الأصوات: { $count }
audit-value-segments = عدد الفقرات: { $count }
audit-value-speakers = عدد المتحدّثين: { $count }
audit-value-lines = عدد الأسطر: { $count }
audit-value-recipients = عدد المستلمين: { $count }
audit-value-characters = عدد الأحرف: { $count }
audit-value-certificates = عدد الشهادات: { $count } (لحضور { $minutes } دقيقة على الأقل)
audit-value-places = المقاعد: { $value }
audit-value-starts = البداية: { $value }
audit-value-registration = التسجيل: { $value }
audit-value-contact = عنوان التواصل: { $value }
audit-value-hashtags = الوسوم: { $value }
audit-value-hijri = التقويم الهجري: { $value }
audit-value-embeds = المواقع المضمِّنة: { $value }
audit-value-draft-starting = مسودّة تبدأ في { $value }
audit-value-scheduled = مجدول للنشر في { $value }
audit-value-mail-copy = نسخة من رسالة «{ $value }»
audit-value-role = الدور: { $role }
audit-value-role-of = { $role } في { $chapter }
audit-value-date-draft = { $date }، مسودّة
audit-value-this-version = هذه النسخة: { $state }
audit-value-upload = { $name } ({ $bytes } بايت)
audit-value-text = «{ $title }»، عدد الأحرف: { $count }
audit-value-signable = { $kind } (قابل للتوقيع)
audit-value-new-post = { $kind } «{ $title }» باللغة { $language }، { $state }
admin-mail-kind-confirm = رابط التأكيد
admin-mail-kind-confirmed = تأكيد المقعد
admin-mail-kind-waitlisted = على قائمة الانتظار
admin-mail-kind-offer = عرض مقعد
admin-mail-kind-cancelled = إلغاء
admin-mail-kind-expired = انتهاء الصلاحية
admin-mail-kind-already-registered = مسجّل من قبل
admin-mail-kind-reminder = تذكير
admin-supporters-from-form = نموذج المستجدّات
admin-supporters-from-registration = نموذج التسجيل
admin-supporters-from-signature = توقيع رسالة
admin-job-kind-mail = رسالة بريد
admin-job-kind-password-reset = رابط كلمة المرور
admin-job-kind-broadcast = رسالة جماعية
admin-job-kind-supporter-confirm = تأكيد مؤيّد
admin-job-kind-expire-offers = انتهاء عروض المقاعد
admin-job-kind-queue-reminders = التذكيرات
admin-job-kind-prune-counters = تنظيف العدّادات

## Event translations scheduled for an instant (the content file editor)
admin-mark-scheduled-for = مجدولة في { $when } ({ $zone })
admin-source-schedule-hint = لتظهر هذه الترجمة من تلقاء نفسها في وقت محدد، أضف بدلًا من ذلك إلى ترويستها سطرًا مثل publish_at = "2026-12-01T09:00:00+03:00" (اللحظة مع فارقها الزمني): حتى ذلك الحين يرى الزوار بهذه اللغة نص اللغة الافتراضية، وتتغير الصفحة والبحث وخريطة الموقع في ذلك الوقت دون أي خطوة أخرى. لا يُجمع مع draft، ولا يوضع في ملف اللغة الافتراضية.
