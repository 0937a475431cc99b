# Convene UI strings: Urdu (ur). English (en.ftl) is the fallback for any missing message.
# Placeables: $shown is a number already formatted for the locale; $count selects the plural.
# Urdu plural categories (CLDR): one, other.

language-name-self = اردو
skip-to-content = مواد پر جائیں
nav-main = مرکزی مینو
nav-languages = زبانیں
nav-home = صفحۂ اول
footer-contact = رابطہ
# A label before its value (the colon as the language spaces it).
label-colon = { $label }:
footer-organiser = زیرِ اہتمام: { $organiser }
footer-powered = Convene پر مبنی

home-upcoming = آنے والے پروگرام
home-past = گزشتہ ایڈیشن
home-no-events = ابھی تک کسی پروگرام کا اعلان نہیں کیا گیا۔
home-read-more = تفصیلات اور اوقات

event-organiser = زیرِ اہتمام: { $organiser }
event-when-heading = تاریخ اور وقت
event-doors-open = ہال میں داخلہ { $time } سے
event-starts = آغاز: { $time }
event-ends = اختتام: { $time }
event-in-zone = { $time } ({ $zone })
event-calendar-gregorian = عیسوی تقویم
event-calendar-hijri = ہجری تقویم
event-your-time-heading = آپ کے ٹائم زون میں
event-zone-label = آپ کا ٹائم زون
event-zone-apply = میرے اوقات دکھائیں
event-zone-hint = نیچے دیے گئے اوقات اس ٹائم زون کے مطابق ہیں: { $zone }۔
event-cities-heading = ہماری شاخوں کے شہروں میں اوقات
table-city = شہر
table-date = تاریخ
table-doors = ہال کھلنے کا وقت
table-start = آغاز
table-end = اختتام
countdown-doors = ہال { $duration } بعد کھلے گا۔
countdown-open = ہال اب کھلا ہے۔
countdown-ended = یہ ایڈیشن ختم ہو چکا ہے۔
duration-days = { $count ->
    [one] { $shown } دن
   *[other] { $shown } دن
}
duration-hours = { $count ->
    [one] { $shown } گھنٹہ
   *[other] { $shown } گھنٹے
}
duration-minutes = { $count ->
    [one] { $shown } منٹ
   *[other] { $shown } منٹ
}
event-places-heading = نشستیں
places-limited = { $count ->
    [one] محدود: { $shown } نشست
   *[other] محدود: { $shown } نشستیں
}
places-left = { $count ->
    [one] { $shown } نشست باقی ہے
   *[other] { $shown } نشستیں باقی ہیں
}
event-languages-heading = زبانیں
event-proceedings = کارروائی { $language } میں
event-interpretation = { $languages } میں بیک وقت ترجمہ
event-captions = { $languages } میں سب ٹائٹلز
event-eligibility-heading = شرکت کی اہلیت
event-trailer-heading = ٹریلر
event-video-fallback = آپ کا براؤزر یہ ویڈیو یہاں نہیں چلا سکتا۔
event-video-download = ویڈیو ڈاؤن لوڈ کریں
event-programme-heading = پروگرام
segment-opening = افتتاح
segment-dialogue = مکالمہ { $number }
segment-video = ویڈیو { $number }
segment-interactive = تبادلۂ خیال کی نشست
segment-conclusion = اختتام
segment-length = { $count ->
    [one] { $shown } منٹ
   *[other] { $shown } منٹ
}
segment-recording = ریکارڈنگ
segment-speakers-list = { $count ->
    [one] مقرر
   *[other] مقررین
}: { $names }
event-speakers-heading = مقررین
event-chapters-heading = شریک شاخیں
event-hashtags-heading = فالو کریں اور شیئر کریں
share-x = X پر شیئر کریں
share-facebook = فیس بک پر شیئر کریں
share-telegram = ٹیلی گرام پر شیئر کریں
share-whatsapp = واٹس ایپ پر شیئر کریں
event-about-heading = کانفرنس کے بارے میں
event-other-languages = اس مہم کو دوسری زبانوں میں بھی فالو کریں
event-not-translated = اس پروگرام کا متن ابھی { $language } میں دستیاب نہیں، اس لیے اسے { $fallback } میں دکھایا جا رہا ہے۔
event-past-notice = یہ ایڈیشن { $date } کو منعقد ہوا۔ ہر حصے کی ریکارڈنگ نیچے دستیاب ہے۔
event-recordings-heading = ریکارڈنگز

error-busy-text = اس وقت بہت زیادہ کنکشن کھلے ہیں۔ براہِ کرم چند سیکنڈ بعد دوبارہ کوشش کریں۔
error-not-found-title = صفحہ نہیں ملا
error-not-found-text = اس پتے پر کوئی صفحہ موجود نہیں۔ ممکن ہے لنک غلط لکھا گیا ہو، یا صفحہ کہیں اور منتقل ہو گیا ہو۔
error-bad-request-title = یہ پتا سمجھا نہیں جا سکا
error-bad-request-text = پتے کا ایک حصہ درست نہیں: { $detail }
error-internal-title = ہماری طرف کوئی خرابی پیش آ گئی
error-internal-text = مسئلہ درج کر لیا گیا ہے۔ براہِ کرم تھوڑی دیر بعد دوبارہ کوشش کریں۔
error-unavailable-title = ہم اس وقت کچھ بھی محفوظ نہیں کر سکتے
error-unavailable-text = آپ کی بھیجی ہوئی کوئی چیز محفوظ نہیں ہوئی۔ براہِ کرم چند سیکنڈ بعد دوبارہ بھیجیں؛ اگر ایسا ہوتا رہے تو منتظمین کو خبر کر دی گئی ہے۔
error-back-home = صفحۂ اول پر جائیں

lang-en = انگریزی
lang-ar = عربی
lang-ur = اردو
lang-tr = ترکی
lang-id = انڈونیشیائی
lang-fr = فرانسیسی


## Registration pages
register-heading = رجسٹریشن: { $event }
register-open-until = رجسٹریشن { $closes } تک جاری ہے۔
register-name = آپ کا نام
register-email = آپ کا ای میل پتا
register-email-hint = ہم اس پتے پر ایک تصدیقی لنک بھیجیں گے۔ نشست صرف تصدیق شدہ رجسٹریشن کے لیے محفوظ کی جاتی ہے۔
register-country = ملکِ رہائش
register-language = ہماری ای میلز کی زبان
register-zone = آپ کا ٹائم زون (ہماری ای میلز میں دیے گئے اوقات کے لیے)
register-consent = میں اس بات سے متفق ہوں کہ منتظمین اس کانفرنس کے انتظام کے لیے میرا نام، ای میل پتا اور ملک محفوظ رکھیں، اور کانفرنس کے بعد انہیں حذف کر دیں۔
register-submit = رجسٹر کریں
register-link = نشست کے لیے رجسٹر کریں
registration-opens-notice = رجسٹریشن { $date } کو { $time } پر کھلے گی۔
registration-open-notice = رجسٹریشن { $date } کو { $time } تک کھلی ہے۔
registration-closed-notice = رجسٹریشن { $date } کو بند ہو گئی۔
event-live-notice = کانفرنس اس وقت جاری ہے۔ رجسٹرڈ شرکاء اپنی ای میل میں موجود ذاتی لنک سے ہال میں داخل ہوتے ہیں۔
register-waitlist-link = انتظار کی فہرست میں شامل ہوں
register-website = اس خانے کو خالی چھوڑ دیں
register-sent-heading = اپنی ای میل دیکھیں
register-sent-text = اگر اس پتے سے رجسٹریشن ممکن ہے تو تصدیقی لنک والا پیغام اس پر بھیج دیا گیا ہے۔ آپ کی نشست اسی وقت محفوظ ہو گی جب آپ یہ لنک کھولیں گی۔ کوئی پیغام نہیں ملا؟ اپنا اسپیم فولڈر دیکھ لیں، یا دس منٹ بعد فارم دوبارہ جمع کرائیں۔
register-error-summary = براہِ کرم درج ذیل کو درست کریں:
register-error-email = درست ای میل پتا درج کریں، مثلاً name@example.org
register-error-name = اپنا نام درج کریں (زیادہ سے زیادہ 200 حروف)۔
register-error-country = وہ ملک منتخب کریں جہاں آپ رہتی ہیں۔
register-error-attestation = رجسٹریشن کے لیے براہِ کرم اس کی تصدیق کریں۔
register-error-consent = براہِ کرم اپنی رضامندی دیں تاکہ ہم آپ کی رجسٹریشن محفوظ رکھ سکیں۔
register-error-session = اس فارم کی مدت ختم ہو چکی ہے۔ براہِ کرم اسے دوبارہ جمع کرائیں۔
register-error-rate = آپ کے کنکشن سے بہت زیادہ کوششیں کی گئی ہیں۔ براہِ کرم { $minutes } منٹ بعد دوبارہ کوشش کریں۔
confirm-heading = اپنی رجسٹریشن کی تصدیق کریں
confirm-text = “{ $event }” میں اپنی نشست کی تصدیق کے لیے بٹن دبائیں۔
confirm-button = میری نشست کی تصدیق کریں
confirm-done-confirmed = آپ کی نشست کی تصدیق ہو گئی ہے۔ ہم نے آپ کو ایک ای میل بھیجی ہے جس میں آپ کا ذاتی لنک اور ایک کیلنڈر فائل موجود ہے۔
confirm-done-waitlisted = تمام نشستیں بھر چکی ہیں۔ انتظار کی فہرست میں آپ کا نمبر { $position } ہے؛ جیسے ہی کوئی نشست خالی ہو گی، ہم آپ کو ای میل کریں گے۔
confirm-expired = اس تصدیقی لنک کی مدت ختم ہو چکی ہے۔ براہِ کرم دوبارہ رجسٹر کریں۔
confirm-unknown = یہ لنک درست نہیں۔ براہِ کرم اپنی سب سے تازہ ای میل میں دیا گیا لنک استعمال کریں۔
me-heading = آپ کی رجسٹریشن
me-status-pending = آپ کی تصدیق کا انتظار ہے۔
me-status-confirmed = آپ کی نشست کی تصدیق ہو گئی ہے۔
me-status-waitlisted = انتظار کی فہرست میں آپ کا نمبر { $position } ہے۔
me-status-offered = آپ کے لیے ایک نشست { $expires } تک خالی رکھی گئی ہے۔ اسے حاصل کرنے کے لیے قبول کریں۔
me-status-cancelled = آپ نے یہ رجسٹریشن منسوخ کر دی ہے۔
me-status-expired = اس رجسٹریشن کی مدت ختم ہو چکی ہے۔
me-accept = نشست قبول کریں
me-cancel = میری رجسٹریشن منسوخ کریں
me-cancel-confirm = جی ہاں، میری رجسٹریشن منسوخ کر دیں
me-calendar = میرے کیلنڈر میں شامل کریں (.ics)
me-calendar-heading = کیلنڈر فائل
me-calendar-not-yet = آپ کی نشست کی تصدیق ہونے کے بعد کیلنڈر فائل دستیاب ہو گی۔
me-calendar-gone = یہ رجسٹریشن اب فعال نہیں، اس لیے اس کا کوئی کیلنڈر اندراج باقی نہیں۔
me-calendar-back = اپنی رجسٹریشن پر واپس جائیں
me-data-heading = آپ کے بارے میں ہم کیا محفوظ رکھتے ہیں
me-data-name = نام
me-data-email = ای میل پتا
me-data-country = ملک
me-data-language = زبان
me-data-zone = ٹائم زون
places-full = تمام نشستیں بھر چکی ہیں؛ نئی رجسٹریشنز انتظار کی فہرست میں شامل کی جا رہی ہیں۔

## Registration e-mails
mail-greeting = محترمہ { $name }،
mail-signature-greeting = السلام علیکم { $name }،
mail-when = { $date }، { $time } ({ $zone })
mail-footer = آپ کو یہ ای میل اس لیے موصول ہوئی ہے کہ یہ پتا “{ $event }” میں رجسٹریشن کے لیے استعمال کیا گیا۔ اگر یہ آپ نے نہیں کیا تو اس ای میل کو نظرانداز کر دیں: تصدیق کے بغیر کوئی نشست محفوظ نہیں کی جاتی۔
register-not-open = رجسٹریشن { $opens } کو شروع ہو گی۔
register-closed = رجسٹریشن بند ہو چکی ہے۔

register-back = کانفرنس کے صفحے پر واپس جائیں
confirm-done-heading = شکریہ
confirm-see-registration = اپنی رجسٹریشن دیکھیں
me-language-save = محفوظ کریں
me-delete = میرا ڈیٹا حذف کریں
me-delete-text = اس سے آپ کی رجسٹریشن منسوخ ہو جائے گی اور آپ کا نام، ای میل پتہ اور ملک مٹا دیا جائے گا۔ آپ کا ذاتی لنک کام کرنا بند کر دے گا۔
me-delete-confirm = ہاں، میرا ڈیٹا حذف کریں
me-deleted-heading = آپ کا ڈیٹا حذف کر دیا گیا
me-deleted-text = ہم نے آپ کی رجسٹریشن منسوخ کر دی ہے اور آپ کا نام، ای میل پتہ اور ملک مٹا دیا ہے۔

## Publications (issue 4)
nav-posts = اشاعتیں
nav-search = تلاش
home-latest-posts = تازہ ترین اشاعتیں
home-all-posts = تمام اشاعتیں
event-latest-posts = اس پروگرام سے متعلق دعوت نامے اور خبریں
posts-heading = اشاعتیں
posts-in-language = { $language } میں
posts-page-of = صفحہ { $page } از { $pages }
posts-all-languages = تمام زبانیں
posts-none = یہاں ابھی تک کچھ شائع نہیں کیا گیا۔
posts-kinds = اشاعتوں کی اقسام
posts-language-filter = زبان کے لحاظ سے اشاعتیں دکھائیں
posts-pagination = صفحات
posts-newer = حالیہ
posts-older = گزشتہ
posts-feed = اس فہرست کو سبسکرائب کریں (Atom فیڈ)
chapter-intro = { $city }، { $country } میں ہماری شاخ: اس کے دعوت نامے، اپیلیں اور خبریں۔
hashtag-intro = وہ اشاعتیں جن میں یہ ہیش ٹیگ شامل ہے۔ اسے کاپی کریں یا نیچے دیے گئے لنکس کے ذریعے شیئر کریں۔
hashtag-copy = کاپی کریں
hashtag-copied = کاپی ہو گیا
post-read-in = دوسری زبانوں میں پڑھیں
post-missing-heading = اس زبان میں دستیاب نہیں
post-missing-text = یہ اشاعت { $language } میں شائع نہیں ہوئی۔ یہ ان زبانوں میں دستیاب ہے:
post-about-event = متعلقہ پروگرام:

## Open letters
letter-signature-count = { $count ->
    [zero] ابھی تک کوئی دستخط نہیں
    [one] { $shown } دستخط
   *[other] { $shown } دستخط
}
letter-goal = { $count ->
    [one] ہمارا ہدف: { $shown } دستخط
   *[other] ہمارا ہدف: { $shown } دستخط
}
letter-goal-percent = ہدف کا { $percent }٪
letter-share-heading = خط شیئر کریں
letter-sign-heading = اس خط پر دستخط کریں
letter-sign-button = خط پر دستخط کریں
letter-signatories-link = دیکھیں کس کس نے دستخط کیے ہیں
letter-back = خط پر واپس جائیں
letter-sign-title = دستخط کریں: { $letter }
letter-email-hint = ہم آپ کو دستخط کی تصدیق کے لیے ایک لنک بھیجیں گے۔ آپ کا ای میل پتا کبھی ظاہر نہیں کیا جاتا۔
letter-organisation = تنظیم (اختیاری)
letter-show-name = دستخط کنندگان کی عوامی فہرست میں میرا نام دکھائیں
letter-consent = میں اس بات سے متفق ہوں کہ میرے دستخط شمار کرنے کے لیے، اور اگر میں نے چاہا تو انہیں فہرست میں دکھانے کے لیے، میرا نام، ملک اور ای میل پتا محفوظ رکھا جائے۔ میں اپنی ای میل میں موجود لنک کے ذریعے کسی بھی وقت اپنے دستخط واپس لے سکتی ہوں۔
letter-sign-submit = دستخط کریں
letter-error-organisation = تنظیم کا نام درج کریں (زیادہ سے زیادہ 200 حروف)، یا یہ خانہ خالی چھوڑ دیں۔
letter-error-consent = براہِ کرم اپنے دستخط محفوظ رکھنے کے طریقے سے اتفاق کریں؛ اس کے بغیر ہم انہیں شمار نہیں کر سکتے۔
letter-sent-heading = اپنی ای میل دیکھیں
letter-sent-text = اگر آپ کا دیا ہوا پتا درست ہے تو تصدیقی لنک والا پیغام آپ کو بھیج دیا گیا ہے۔ یہ لنک کھولتے ہی آپ کے دستخط شمار ہو جائیں گے۔
letter-signatories-title = دستخط کنندگان: { $letter }
letter-signatories-note = فہرست میں صرف ان لوگوں کے نام ہیں جنہوں نے اپنا نام دکھانا چاہا؛ شمار سب کے دستخط ہوتے ہیں۔
letter-signatories-none = ابھی تک کسی نے فہرست میں اپنا نام دکھانے کا انتخاب نہیں کیا۔
letter-confirm-heading = اپنے دستخط کی تصدیق کریں
letter-confirm-text = اپنے دستخط کی تصدیق کے لیے بٹن دبائیں۔ اس کے بعد سے آپ کے دستخط شمار ہوں گے۔
letter-confirm-button = میرے دستخط کی تصدیق کریں
letter-confirm-unknown = یہ لنک درست نہیں یا اس کی مدت ختم ہو چکی ہے۔ نیا لنک حاصل کرنے کے لیے خط پر دوبارہ دستخط کریں۔
letter-confirmed-text = شکریہ: آپ کے دستخط شمار ہو گئے ہیں۔ اگر آپ کبھی انہیں واپس لینا چاہیں تو اس کا لنک آپ کی ای میل میں موجود ہے۔
letter-withdraw-heading = اپنے دستخط واپس لیں
letter-withdraw-text = ہمارے پاس آپ کے بارے میں یہ معلومات محفوظ ہیں: { $held }۔ دستخط واپس لینے سے یہ سب حذف ہو جائیں گی اور آپ کے دستخط شمار نہیں ہوں گے۔
letter-withdraw-button = میرے دستخط واپس لیں
letter-withdraw-unknown = یہ لنک درست نہیں، یا دستخط پہلے ہی واپس لیے جا چکے ہیں۔
letter-withdrawn-text = آپ کے دستخط واپس لے لیے گئے ہیں اور آپ کا ڈیٹا حذف کر دیا گیا ہے۔
mail-signature-footer = آپ کو یہ پیغام اس لیے موصول ہوا ہے کہ یہ پتا { $site } کی ویب سائٹ پر ایک کھلے خط پر دستخط کے لیے استعمال کیا گیا۔

## Search
search-heading = تلاش
search-label = اشاعتوں اور پروگراموں میں تلاش کریں، کسی بھی زبان میں
search-submit = تلاش کریں
search-results = { $count ->
    [zero] کچھ نہیں ملا۔
    [one] { $shown } نتیجہ
   *[other] { $shown } نتائج
}
search-no-words = تلاش کے لیے کوئی لفظ لکھیں۔
search-busy = آپ کے نیٹ ورک سے بہت زیادہ تلاشیں کی گئی ہیں۔ براہِ کرم { $seconds } سیکنڈ بعد دوبارہ کوشش کریں۔
search-kind-event = پروگرام
posts-count = { $count ->
    [zero] کوئی اشاعت نہیں
    [one] { $shown } اشاعت
   *[other] { $shown } اشاعتیں
}

## The organisers' area (issue 5)
error-forbidden-title = اجازت نہیں
admin-area-name = منتظمین کا حصہ
admin-nav-dashboard = جائزہ
admin-nav-registrations = رجسٹریشنز
admin-nav-posts = اشاعتیں
admin-nav-signatures = دستخط
admin-nav-users = افراد
admin-nav-audit = آڈٹ لاگ
admin-nav-account = میرا اکاؤنٹ
admin-logout = سائن آؤٹ کریں
admin-back = جائزے پر واپس جائیں
admin-forbidden-heading = اجازت نہیں
admin-forbidden-text = آپ کے کردار میں اس کی اجازت نہیں۔ ضرورت ہو تو کسی مالک سے درخواست کریں۔
admin-login-heading = سائن ان
admin-email = ای میل پتا
admin-password = پاس ورڈ
admin-login-submit = سائن ان کریں
admin-login-wrong = ای میل پتا یا پاس ورڈ درست نہیں۔
admin-login-wait-seconds = سائن ان کی بہت زیادہ کوششیں۔ براہِ کرم { $seconds } سیکنڈ انتظار کریں، پھر دوبارہ کوشش کریں۔
admin-login-wait-minutes = سائن ان کی بہت زیادہ کوششیں۔ براہِ کرم { $minutes } منٹ انتظار کریں، پھر دوبارہ کوشش کریں۔
admin-login-rate = آپ کے نیٹ ورک سے سائن ان کی بہت زیادہ کوششیں کی گئی ہیں۔ براہِ کرم { $minutes } منٹ بعد دوبارہ کوشش کریں۔
admin-code-heading = دو مرحلوں والا سائن ان
admin-code-intro = اپنی آتھنٹیکیٹر ایپ سے 6 ہندسوں والا کوڈ درج کریں، یا اپنے ریکوری کوڈز میں سے کوئی ایک۔
admin-code = کوڈ
admin-code-hint = مثلاً 123456، یا ریکوری کوڈ جیسے abcde-fghij۔
admin-code-wrong = یہ کوڈ درست نہیں یا پہلے ہی استعمال ہو چکا ہے۔
admin-password-heading = اپنا پاس ورڈ مقرر کریں
admin-password-intro = کم از کم { $min } حروف کا ایسا پاس ورڈ منتخب کریں جو کہیں اور استعمال نہ ہوا ہو۔ کوئی جملہ یاد رکھنا آسان اور اندازہ لگانا مشکل ہوتا ہے۔
admin-password-new = نیا پاس ورڈ
admin-password-again = وہی پاس ورڈ دوبارہ
admin-password-submit = پاس ورڈ مقرر کریں
admin-password-mismatch = دونوں پاس ورڈ مختلف ہیں۔ دونوں خانوں میں ایک ہی پاس ورڈ لکھیں۔
admin-password-short = کم از کم { $min } حروف استعمال کریں۔
admin-password-long = زیادہ سے زیادہ 256 حروف استعمال کریں۔
admin-password-common = یہ پاس ورڈ عام پاس ورڈز کی فہرست میں شامل ہے۔ کوئی اور پاس ورڈ منتخب کریں۔
admin-password-done = آپ کا پاس ورڈ مقرر ہو گیا ہے۔ اب سائن ان کریں۔
admin-password-link-invalid = یہ لنک درست نہیں، استعمال ہو چکا ہے یا اس کی مدت ختم ہو چکی ہے۔ نئے لنک کے لیے کسی مالک سے درخواست کریں۔
admin-dash-greeting = خوش آمدید، { $name }
admin-dash-places = بھری ہوئی نشستیں: { $event }
admin-dash-signups-per-day = روزانہ رجسٹریشنز (UTC): { $event }
admin-dash-by-country = ملک کے لحاظ سے نشستیں: { $event }
admin-dash-by-language = زبان کے لحاظ سے نشستیں: { $event }
admin-dash-signatures = ہر کھلے خط پر دستخط
admin-dash-as-table = یہی معلومات جدول کی صورت میں
admin-event = پروگرام
admin-status = کیفیت
admin-status-any = کوئی بھی کیفیت
admin-status-pending = تصدیق کا انتظار
admin-status-confirmed = تصدیق شدہ
admin-status-waitlisted = انتظار کی فہرست میں
admin-status-offered = نشست کی پیشکش کی گئی
admin-status-cancelled = منسوخ
admin-status-expired = مدت ختم
admin-search-people = نام، ای میل یا ملک کا کوڈ
admin-filter = دکھائیں
admin-registrations-shown = کل { $total } میں سے { $shown } دکھائے جا رہے ہیں۔
admin-export-csv = CSV کے طور پر ایکسپورٹ کریں
admin-name = نام
admin-waitlist = انتظار کی فہرست
admin-central-office = مرکزی دفتر
admin-posts-intro = ہر اشاعت اپنی زبانوں کے ساتھ۔ ترمیم کے لیے کوئی زبان کھولیں، یا ترجمے کے لیے کوئی غیر موجود زبان۔
admin-post = اشاعت
admin-chapter = شاخ
admin-chapter-hint = صرف شاخ کے مدیران کے لیے۔
admin-languages = زبانیں
admin-missing = موجود نہیں
admin-back-posts = اشاعتوں پر واپس جائیں
admin-post-public = ویب سائٹ پر دیکھیں
admin-post-edit-heading = { $post }، { $language } میں
admin-post-title = عنوان
admin-post-summary = خلاصہ
admin-post-body = متن (Markdown)
admin-post-body-hint = پیراگراف، **جلی**، *ترچھا*، فہرستیں اور [لنکس](https://example.org)۔ HTML کی اجازت نہیں۔
admin-post-preview = پیش نظارہ
admin-post-save = محفوظ اور شائع کریں
admin-post-saved = محفوظ ہو گیا۔ عوامی صفحے پر اب یہی دکھائی دے رہا ہے۔
admin-post-saved-draft = مسودے کے طور پر محفوظ ہو گیا: عوامی سائٹ پر نہیں۔
admin-post-saved-scheduled = محفوظ ہو گیا۔ یہ مقررہ وقت پر خود بخود سائٹ پر آ جائے گا۔
admin-post-preview-heading = پیش نظارہ
admin-post-other-versions = دوسری زبانیں، جن سے ترجمہ کیا جا سکتا ہے
admin-post-error-title = زیادہ سے زیادہ 300 حروف کا عنوان درج کریں۔
admin-post-error-summary = زیادہ سے زیادہ 1,000 حروف کا خلاصہ درج کریں۔
admin-post-error-long = متن 100 KB سے زیادہ ہے؛ اسے مختصر کریں۔
admin-signature-unlisted = فہرست میں ظاہر نہیں
admin-role = کردار
admin-role-owner = مالک
admin-role-editor = مدیر
admin-role-chapter-editor = شاخ کا مدیر
admin-role-moderator = ماڈریٹر
admin-actions = اقدامات
admin-users-add = نیا فرد شامل کریں
admin-users-change-role = کردار تبدیل کریں
admin-users-disable = غیر فعال کریں
admin-users-enable = فعال کریں
admin-users-disabled = غیر فعال
admin-users-link-intro = یہ لنک نجی طور پر { $email } کو بھیجیں؛ اس کے ذریعے پاس ورڈ مقرر کیا جا سکے گا۔ یہ صرف ایک بار، 72 گھنٹوں کے اندر کام کرے گا:
admin-users-error-role = کوئی کردار منتخب کریں؛ شاخ کے مدیر کے لیے شاخ کا انتخاب بھی ضروری ہے۔
admin-users-error-person = نام (زیادہ سے زیادہ 200 حروف) اور درست ای میل پتا درج کریں۔
admin-users-error-exists = اس پتے کا اکاؤنٹ پہلے سے موجود ہے۔
admin-users-error-self = اپنا مالک کا کردار ختم کرنا یا اپنا اکاؤنٹ غیر فعال کرنا ممکن نہیں۔
admin-audit-intro = یہاں یا کمانڈ لائن سے کی گئی ہر تبدیلی، تازہ ترین پہلے۔ یہ سطریں کوئی بھی تبدیل یا حذف نہیں کر سکتا۔
admin-audit-when = کب
admin-audit-who = کس نے
admin-audit-what = کیا
admin-audit-subject = کس بارے میں
admin-audit-before = پہلے
admin-audit-after = بعد میں
admin-totp-heading = دو مرحلوں والا سائن ان
admin-totp-required = یہ سائٹ آپ کے کردار کے لیے دو مرحلوں والا سائن ان لازمی قرار دیتی ہے۔ جاری رکھنے کے لیے اسے سیٹ اپ کریں۔
admin-totp-off = دو مرحلوں والا سائن ان بند ہے۔ اسے فعال کرنے پر سائن ان کے لیے پاس ورڈ کے ساتھ آپ کے فون کی کسی ایپ سے کوڈ بھی درکار ہو گا۔
admin-totp-start = دو مرحلوں والا سائن ان سیٹ اپ کریں
admin-totp-scan = یہ کوڈ کسی آتھنٹیکیٹر ایپ سے اسکین کریں، پھر ایپ میں دکھایا گیا 6 ہندسوں والا کوڈ درج کریں۔
admin-totp-qr = آپ کی آتھنٹیکیٹر ایپ کے لیے QR کوڈ
admin-totp-secret = یا یہ کلید ایپ میں ٹائپ کریں:
admin-totp-open-app = اس ڈیوائس پر کسی آتھنٹیکیٹر ایپ میں کھولیں
admin-totp-confirm = فعال کریں
admin-totp-on = دو مرحلوں والا سائن ان فعال ہے۔
admin-totp-enabled-now = دو مرحلوں والا سائن ان اب فعال ہو گیا ہے۔
admin-recovery-intro = یہ ریکوری کوڈز کسی محفوظ جگہ رکھیں۔ فون گم ہو جانے کی صورت میں ہر کوڈ سے ایک بار سائن ان کیا جا سکتا ہے۔ یہ صرف ابھی دکھائے جا رہے ہیں۔
admin-sessions-heading = سیشنز
admin-logout-everywhere-text = ان تمام ڈیوائسز سے سائن آؤٹ کریں جن پر آپ کا اکاؤنٹ سائن ان ہے، بشمول اس ڈیوائس کے۔
admin-logout-everywhere = ہر جگہ سے سائن آؤٹ کریں
admin-reset-link = پاس ورڈ یاد نہیں؟
admin-reset-heading = نیا پاس ورڈ
admin-reset-intro = سائن ان کے لیے استعمال ہونے والا ای میل پتا درج کریں۔ اگر اس پتے کا اکاؤنٹ موجود ہے تو ہم اس پر نیا پاس ورڈ مقرر کرنے کا لنک بھیجیں گے۔
admin-reset-submit = لنک بھیجیں
admin-reset-sent = اگر اس پتے کا اکاؤنٹ موجود ہے تو نیا پاس ورڈ مقرر کرنے کا لنک اس پر بھیج دیا گیا ہے۔ یہ صرف ایک بار، دو گھنٹوں کے اندر کام کرے گا۔
admin-reset-mail-subject = منتظمین کے حصے کے لیے نیا پاس ورڈ مقرر کریں
admin-reset-mail-body = کسی نے، غالباً آپ نے، منتظمین کے حصے کے لیے نیا پاس ورڈ مانگا ہے۔ نیچے دیا گیا لنک صرف ایک بار، دو گھنٹوں کے اندر کام کرے گا۔ اگر یہ درخواست آپ نے نہیں کی تو اس ای میل کو نظرانداز کر دیں؛ آپ کا پاس ورڈ جوں کا توں رہے گا۔
admin-reset-mail-action = نیا پاس ورڈ مقرر کریں
admin-reset-footer = آپ کو یہ ای میل اس لیے موصول ہوئی ہے کہ آپ کے پتے کا منتظمین کے حصے میں اکاؤنٹ موجود ہے۔
admin-post-publishing = اشاعت (تمام زبانوں میں)
admin-post-date = تاریخِ اشاعت
admin-post-date-hint = آئندہ کی تاریخ اشاعت کو طے کر دیتی ہے: اشاعت اسی دن (UTC کے مطابق) سامنے آئے گی۔
admin-post-draft = مسودہ: عوامی سائٹ پر نہیں
admin-post-state-draft = مسودہ: عوامی سائٹ پر نہیں۔
admin-post-state-public = { $date } سے شائع شدہ۔
admin-post-state-scheduled = { $date } کے لیے طے شدہ۔
admin-post-error-date = تاریخِ اشاعت تاریخ کی صورت میں لکھیں، مثلاً 2026-12-01۔
admin-nav-media = میڈیا
admin-media-file = فائل
admin-media-hint = تصاویر (PNG، JPEG، WebP؛ زیادہ سے زیادہ 10 MB اور ہر طرف 8192 پکسل)، ویڈیوز (MP4، WebM؛ زیادہ سے زیادہ 200 MB) اور کیپشن (WebVTT؛ زیادہ سے زیادہ 1 MB)۔
admin-media-upload = اپ لوڈ کریں
admin-media-library = اپ لوڈ شدہ فائلیں
admin-media-none = ابھی کچھ اپ لوڈ نہیں ہوا۔
admin-media-uploaded = { $path } کے نام سے اپ لوڈ ہو گئی۔
admin-media-error-kind = یہ نہ PNG، JPEG یا WebP تصویر ہے، نہ MP4 یا WebM ویڈیو، نہ WebVTT کیپشن فائل (فیصلہ فائل کے مواد سے ہوتا ہے، نام سے نہیں)۔
admin-media-error-large = فائل اپنی قسم کی حد سے بڑی ہے؛ اوپر دی گئی حدیں دیکھیں۔
admin-media-error-dimensions = تصویر کی چوڑائی یا اونچائی 8192 پکسل سے زیادہ ہے، یا اس کا سائز پڑھا نہیں جا سکا۔
admin-media-error-missing = اپ لوڈ کے لیے کوئی فائل چنیں۔
admin-post-media = تصویر اور ویڈیو (تمام زبانوں کے لیے)
admin-post-media-hint = اپ لوڈ شدہ فائلوں میں سے چنیں؛ نئی فائلیں یہاں اپ لوڈ کریں:
admin-post-image = تصویر (سوشل کارڈ بھی یہی)
admin-post-video = ویڈیو
admin-post-poster = ویڈیو کا پوسٹر
admin-post-captions = { $language } میں کیپشن
admin-post-error-media = میڈیا فہرستوں میں سے چنیں (تصویر اور پوسٹر کے لیے تصویر، ویڈیو کے لیے ویڈیو، کیپشن کے لیے WebVTT فائل)؛ پوسٹر کے لیے ویڈیو ضروری ہے۔
admin-queue-heading = ماڈریٹر کے منتظر
admin-queue-intro = جس نیٹ ورک سے ایک گھنٹے میں پانچ سے زیادہ دستخط ہوں، اس کے دستخط یہاں رکھے جاتے ہیں: منظوری تک وہ شمار نہیں ہوتے۔
admin-queue-empty = کچھ بھی منتظر نہیں۔
admin-queue-approve = منظور کریں
admin-queue-remove = ہٹائیں
admin-signature-held = زیرِ جائزہ
admin-registration-confirm = دستی طور پر تصدیق کریں
admin-registration-cancel = رجسٹریشن منسوخ کریں
admin-mail-heading = اس رجسٹریشن سے متعلق ای میل
admin-mail-kind = ای میل
admin-mail-state = ترسیل
admin-mail-sent = { $when } کو پہنچ گئی
admin-mail-failing = ابھی نہیں پہنچی: { $attempts } کوششیں، آخری خرابی: { $error }
admin-mail-queued = بھیجے جانے کی منتظر
admin-mail-resend = دوبارہ بھیجیں
admin-mail-parked = { $attempts } کوششوں کے بعد ناکام، آخری خرابی: { $error }۔ ”ای میل اور کام“ میں دوبارہ کوشش کریں۔
admin-mail-skipped = نہیں بھیجی گئی، اب اس کی ضرورت نہیں رہی: { $reason }
admin-nav-jobs = ای میل اور کام
admin-jobs-intro = سرور پس منظر میں جو کچھ کرتا ہے وہ اسی قطار سے گزرتا ہے: ہر ای میل، پیشکشوں کی میعاد ختم ہونا، یاد دہانیاں۔ جو کام آٹھ بار ناکام ہو جائے وہ رک کر یہاں آپ کا انتظار کرتا ہے۔
admin-jobs-waiting = ابھی چلنے کے منتظر
admin-jobs-oldest = سب سے پرانا کب سے منتظر ہے
admin-jobs-oldest-none = کچھ بھی منتظر نہیں
admin-jobs-age = { $minutes } منٹ پہلے
admin-jobs-later = بعد کے لیے طے شدہ (دوبارہ کوششوں سمیت)
admin-jobs-failed-heading = ناکام کام
admin-jobs-failed-none = کوئی کام ناکام نہیں ہوا۔
admin-jobs-kind = کام
admin-jobs-attempts = کوششیں
admin-jobs-failed-at = ناکامی کا وقت
admin-jobs-error = آخری خرابی
admin-jobs-retry = دوبارہ کوشش کریں
admin-nav-settings = سائٹ کی ترتیبات
admin-settings-saved = محفوظ ہو گیا۔ عوامی سائٹ اب نئی ترتیبات دکھا رہی ہے۔
admin-settings-contact = رابطے کا پتا (صفحات میں لکھے بغیر دکھایا جاتا ہے)
admin-settings-hashtags = مہم کے ہیش ٹیگ
admin-settings-hashtags-hint = خالی جگہ سے الگ کریں، مثلاً #WaterForEveryHome #EveryDropCounts۔
admin-settings-calendar = ہجری کیلنڈر
admin-settings-hijri = قسم
admin-settings-umm-al-qura = ام القریٰ
admin-settings-tabular = جدولی (شہری)
admin-settings-adjustment = دنوں میں ترمیم
admin-settings-adjustment-hint = −2 سے +2 تک، ان برادریوں کے لیے جو مقامی رؤیتِ ہلال پر چلتی ہیں۔
admin-settings-site-name = سائٹ کا نام
admin-settings-organiser = منتظم
admin-settings-tagline = نعرہ (ایک جملہ)
admin-settings-arabic-digits = اعداد عربی-ہندی ہندسوں میں لکھیں (٠١٢٣)
admin-settings-save = ترتیبات محفوظ کریں
admin-settings-error-contact = رابطے کا درست ای میل پتا لکھیں۔
admin-settings-error-hashtags = ہیش ٹیگ میں صرف حروف، ہندسے اور _ ہوں، مثلاً #EveryDropCounts۔
admin-settings-error-adjustment = ترمیم −2 سے 2 تک کا پورا عدد ہو۔
admin-settings-error-texts = { $language } میں سائٹ کا نام، منتظم اور نعرہ لکھیں۔
admin-nav-events = تقریبات
admin-event-saved = محفوظ ہو گیا۔ تقریب کا صفحہ اور رجسٹریشن فارم فوراً بدل گئے۔
admin-event-zone = حوالہ ٹائم زون
admin-event-zone-hint = نیچے کے تمام اوقات اسی زون کی گھڑی کے مطابق ہیں (مثلاً Asia/Riyadh، «مدینہ منورہ کا وقت»)۔
admin-event-doors = ہال کھلنے کا وقت
admin-event-starts = آغاز
admin-event-starts-hint = آغاز بدلنے سے پورا پروگرام بھی ساتھ بدل جاتا ہے۔
admin-event-ends = اختتام
admin-event-places = نشستیں
admin-event-places-hint = لامحدود کے لیے خالی چھوڑیں۔ کم کرنے سے کسی کی نشست نہیں جاتی؛ زیادہ نشستیں ترتیب سے انتظار کی فہرست کو پیش کی جاتی ہیں۔
admin-event-opens = رجسٹریشن کا آغاز (خالی: ابھی)
admin-event-closes = رجسٹریشن کا اختتام (خالی: تقریب کے اختتام پر)
admin-event-reminders = یاد دہانیاں، ہال کھلنے سے اتنے گھنٹے پہلے
admin-event-reminders-hint = کوما سے الگ کریں، ہر ایک 1 سے 720 تک، مثلاً 24, 1۔
admin-event-save = تقریب محفوظ کریں
admin-event-error-zone = فہرست میں سے ٹائم زون چنیں۔
admin-event-error-time = { $field }: ایسی تاریخ اور وقت دیں جو اس زون میں موجود ہو (گھڑی کی تبدیلی سے چھوٹا یا دہرایا نہ گیا ہو)۔
admin-event-error-places = نشستیں 1 سے 1,000,000 تک کا پورا عدد ہوں، یا لامحدود کے لیے خالی۔
admin-event-error-reminders = یاد دہانیاں 1 سے 720 تک گھنٹوں کے پورے اعداد ہوں، کوما سے الگ۔
admin-event-error-order = ہال آغاز سے پہلے یا اسی وقت کھلے، اور تقریب آغاز کے بعد ختم ہو۔
admin-event-error-window = رجسٹریشن کھلنے کے بعد اور تقریب ختم ہونے سے پہلے بند ہو۔
admin-event-error-segments = پروگرام نئے اختتام سے پہلے پورا نہیں آتا؛ تقریب لمبی کریں یا اختتام آگے کریں۔
admin-outdated = کسی اور زبان سے پرانا

## The online hall
hall-event-page = کانفرنس کے بارے میں
hall-reload = تازہ ترین سوالات اور اعلانات کے لیے صفحہ دوبارہ لوڈ کریں
hall-doors = ہال کھلنے کا وقت:
hall-ended = کانفرنس ختم ہو گئی ہے۔ شرکت کا شکریہ۔
hall-recordings = ریکارڈنگز دیکھیں
hall-stream-title = براہِ راست نشریات
hall-stream-open = براہِ راست نشریات کھولیں
hall-no-stream = براہِ راست نشریات یہاں دکھائی دیں گی۔
hall-channels = سننے کی زبان
hall-channel-main = اصل زبان
hall-channel-rendition = ترجمانی
hall-channel-audio = ترجمانی، صرف آواز
hall-channel-video = ترجمانی، الگ نشریات
hall-channel-playing = اب چل رہا ہے: { $language } ({ $kind })
hall-channel-sound = ترجمانی کی آواز
hall-channel-failed = یہ چینل نہیں چل سکا؛ اب اصل زبان چل رہی ہے۔
hall-premiere = پریمیئر: سب لوگ اس وقت یہ ویڈیو ایک ساتھ دیکھ رہے ہیں۔
hall-premiere-play = پریمیئر چلائیں
hall-live-now = ابھی براہِ راست
hall-announcements = اعلانات
hall-questions = سوالات
hall-ask-label = آپ کا سوال
hall-ask-language = آپ کے سوال کی زبان
hall-ask = سوال بھیجیں
hall-ask-hint = ہر سوال سب کو دکھانے سے پہلے ماڈریٹر اسے پڑھتے ہیں۔ آپ کا نام کبھی ظاہر نہیں کیا جاتا۔
hall-ask-empty = پہلے اپنا سوال لکھیں۔
hall-ask-too-long = سوال زیادہ سے زیادہ { $max } حروف کا ہو سکتا ہے۔
hall-ask-too-many = آپ نے پچھلے چند منٹوں میں کئی سوال بھیجے ہیں۔ براہِ کرم اگلا سوال بھیجنے سے پہلے تھوڑا انتظار کریں۔
hall-ask-closed = سوالات صرف اس وقت بھیجے جا سکتے ہیں جب ہال کھلا ہو۔
hall-vote = میرا بھی یہی سوال ہے
hall-voted = یہ سوال آپ کا بھی ہے
hall-question-pending = ماڈریٹر کی منظوری کا انتظار
hall-question-answered = جواب دیا جا چکا
hall-question-pinned = پن کیا گیا
hall-reconnecting = کنکشن منقطع ہو گیا؛ دوبارہ جوڑا جا رہا ہے…
hall-revoked = یہ لنک اب ہال نہیں کھولتا۔ نئے لنک کے لیے منتظمین سے درخواست کریں۔
hall-action-failed = یہ کام نہیں ہو سکا۔ اپنا کنکشن چیک کریں اور دوبارہ کوشش کریں۔
hall-attendees = { $count ->
    [zero] ابھی یہاں کوئی اور نہیں
    [one] ہال میں { $shown } فرد
   *[other] ہال میں { $shown } افراد
}
hall-enter = آن لائن ہال میں داخل ہوں
recordings-heading = ریکارڈنگز
recordings-none = ابھی تک کوئی ریکارڈنگ نہیں۔
admin-nav-hall = ہال
admin-hall-attendees = ہال میں موجود افراد
admin-hall-pending = فیصلے کے منتظر
admin-hall-pending-empty = کوئی سوال منتظر نہیں۔
admin-hall-asker = کس نے پوچھا
admin-hall-approve = سب کو دکھائیں
admin-hall-approve-pin = دکھائیں اور پن کریں
admin-hall-hide = چھپائیں
admin-hall-shown = سب کو دکھائے گئے
admin-hall-answered = جواب شدہ نشان زد کریں
admin-hall-pin = پن کریں
admin-hall-unpin = پن ہٹائیں
admin-hall-hidden = چھپائے گئے سوالات
admin-hall-announcement = ہال میں موجود سب کے لیے اعلان
admin-hall-announce = اعلان شائع کریں
admin-hall-announcement-empty = پہلے اعلان لکھیں۔
admin-hall-announcement-too-long = اعلان زیادہ سے زیادہ { $max } حروف کا ہو سکتا ہے۔
admin-hall-programme = براہِ راست حصہ
admin-hall-following-schedule = براہِ راست حصہ شیڈول کے مطابق چل رہا ہے۔
admin-hall-chosen-by-hand = براہِ راست حصہ دستی طور پر چنا گیا ہے؛ اگلے حصے کا وقت آنے پر یہ دوبارہ شیڈول کے مطابق چلے گا۔
admin-hall-make-live = ابھی براہِ راست کریں
admin-hall-follow-schedule = شیڈول کے مطابق چلیں
admin-hall-set-live = لاگو کریں
admin-registration-revoke = ذاتی لنک منسوخ کریں
admin-registration-revoke-hint = منسوخ کرنے سے ذاتی لنک اور ہال کا لنک فوراً کام کرنا بند کر دیتے ہیں اور کھلی ہال ونڈوز بند ہو جاتی ہیں۔ نیا لنک دینے کے لیے تصدیقی ای میل دوبارہ بھیجیں۔
admin-hall-next = اگلا حصہ
admin-source-heading = مواد کی فائل
admin-source-intro = فائل اسی طرح جیسے convene import اسے پڑھتا ہے۔ جانچ ہر مسئلہ اس کی سطر کے ساتھ دکھاتی ہے؛ جب تک فائل میں کوئی مسئلہ باقی ہو اور آپ محفوظ نہ کریں، کچھ نہیں بدلتا۔
admin-source-files = دوسری فائلیں
admin-source-check = جانچیں
admin-source-save = جانچیں اور محفوظ کریں
admin-source-saved = محفوظ ہو گیا۔ عوامی سائٹ اب تبدیلی دکھاتی ہے۔
admin-source-problems = کچھ محفوظ نہیں ہوا: پہلے یہ مسائل درست کریں۔
admin-source-no-problems = کوئی مسئلہ نہیں ملا۔ تبدیلی شائع کرنے کے لیے محفوظ کریں۔
admin-source-format = ہر فائل کی ساخت docs/content-format.md میں بیان کی گئی ہے، جو Convene کے ساتھ آتی ہے۔
admin-source-link-site = زبانیں، شاخیں اور مزید، مواد کی فائلوں کے طور پر
admin-source-link-event = حصے، مقررین، اسٹریم اور متن، مواد کی فائلوں کے طور پر
admin-source-preview = صفحے کا پیش منظر
admin-source-preview-banner = آپ کی ترمیم کا پیش منظر: ابھی کچھ محفوظ نہیں ہوا۔ اسے شائع کرنے کے لیے یہ ٹیب بند کریں اور منتظمین کے حصے میں محفوظ کریں۔
admin-source-conflict = آپ کے کھولنے کے بعد کسی اور نے یہ فائل محفوظ کی۔ کچھ محفوظ نہیں ہوا۔ آپ کا متن نیچے موجود ہے: اپنی تبدیلی نقل کریں، فائل دوبارہ کھولیں اور وہاں تبدیلی کریں۔
admin-content-conflict = آپ کے ترمیم کرتے دوران کسی اور نے سائٹ میں ایک تبدیلی محفوظ کی، اس لیے کچھ محفوظ نہیں ہوا: آپ کی تبدیلی اُن کی تبدیلی کو مٹا دیتی۔ آپ کا لکھا ہوا نیچے موجود ہے؛ اسے موجودہ نسخے سے ملا لیں اور اُن کی تبدیلی کے اوپر لگانے کے لیے دوبارہ محفوظ کریں۔
admin-content-conflict-latest = آخری تبدیلی: { $actor }، “{ $action }”، { $subject }۔
admin-programme-heading = پروگرام
admin-programme-link = پروگرام میں ترمیم کریں: حصے، اوقات، مقررین اور عنوانات
admin-programme-back = اوقات اور نشستیں
admin-programme-intro = اوقات تقریب کے حوالہ ٹائم زون کے مطابق ہیں: { $zone }۔ حصے اپنے آغاز کے وقت کی ترتیب سے محفوظ کیے جاتے ہیں؛ ان کے اوقات آپس میں نہ ٹکرائیں اور تقریب کے دورانیے کے اندر ہوں۔
admin-programme-new = نیا حصہ شامل کریں
admin-programme-id = شناخت کنندہ
admin-programme-id-hint = انگریزی کے چھوٹے حروف، ہندسے اور ہائفن، مثلاً dialogue-6۔ یہ ویب پتوں میں آتا ہے اور بعد میں بدلا نہیں جا سکتا۔
admin-programme-kind = قسم
admin-programme-kind-opening = افتتاح
admin-programme-kind-dialogue = مکالمہ
admin-programme-kind-video = ویڈیو
admin-programme-kind-interactive = تبادلۂ خیال کی نشست
admin-programme-kind-conclusion = اختتام
admin-programme-start = آغاز کا وقت
admin-programme-minutes = دورانیہ (منٹ میں)
admin-programme-title = عنوان
admin-programme-speakers = مقررین
admin-programme-remove = یہ حصہ ہٹائیں
admin-programme-remove-media = اس کی ریکارڈنگ اور پریمیئر بھی ساتھ ہٹ جائیں گے
admin-programme-save = پروگرام جانچیں اور محفوظ کریں
admin-programme-saved = پروگرام محفوظ ہو گیا؛ عوامی صفحات اب اسے دکھا رہے ہیں۔
admin-programme-error-id = حصہ { $number }: شناخت کنندہ میں صرف انگریزی کے چھوٹے حروف، ہندسے اور ہائفن ہو سکتے ہیں۔
admin-programme-error-row = حصہ { $id }: قسم، آغاز کا وقت اور کم از کم ایک منٹ کا دورانیہ درج کریں۔
admin-programme-more = تفصیلات، ریکارڈنگز اور پریمیئر میں ترمیم تقریب کی فائل میں ہوتی ہے:
admin-speakers-heading = مقررین
admin-speakers-link = مقررین میں ترمیم کریں
admin-speakers-intro = ہر مقررہ کا نام جیسا پروگرام میں لکھا جاتا ہے، اس کا ملک اور شاخ، اور تقریب کی ہر زبان میں اس کا عہدہ (اور اس کا نام بھی، اگر وہ زبان اسے مختلف طرح لکھتی ہو)۔ جو مقررہ ابھی کسی حصے میں شامل ہے اسے ہٹایا نہیں جا سکتا: پہلے اسے پروگرام سے نکالیں۔
admin-speakers-new = نئی مقررہ شامل کریں
admin-speakers-id-hint = انگریزی کے چھوٹے حروف، ہندسے اور ہائفن، مثلاً nadia-haddad۔ پروگرام اسی کے ذریعے اس مقررہ کا حوالہ دیتا ہے؛ یہ بعد میں بدلا نہیں جا سکتا۔
admin-speakers-name = نام
admin-speakers-chapter = شاخ
admin-speakers-role = عہدہ
admin-speakers-name-in = اس زبان میں نام، اگر مختلف طرح لکھا جاتا ہو
admin-speakers-remove = یہ مقررہ ہٹائیں
admin-speakers-save = مقررین کے کوائف جانچیں اور محفوظ کریں
admin-speakers-saved = مقررین کے کوائف محفوظ ہو گئے؛ عوامی صفحات اب انہیں دکھا رہے ہیں۔
admin-speakers-error-row = مقررہ { $number }: شناخت کنندہ (انگریزی کے چھوٹے حروف، ہندسے اور ہائفن)، نام اور ملک درج کریں۔

admin-confirm-heading = مستقل طور پر ہٹا دیں؟
admin-confirm-programme = یہ پروگرام محفوظ کرنے سے نیچے دیے گئے حصے، ہر زبان میں اپنے عنوانات سمیت، ہٹ جائیں گے۔ کسی حصے کی ریکارڈنگ یا پریمیئر بھی اس کے ساتھ ہٹ جائے گا۔
admin-confirm-speakers = محفوظ کرنے سے اس تقریب کے تمام مقررین ہٹ جائیں گے:
admin-confirm-audit = جو کچھ ہٹایا جائے وہ آڈٹ لاگ میں محفوظ رہتا ہے، تاکہ اسے واپس لایا جا سکے۔
admin-confirm-submit = ہاں، ہٹا کر محفوظ کریں
admin-confirm-back = نہیں، فارم پر واپس جائیں
admin-audit-details = جو ہٹایا گیا (JSON، واپس لانے کے لیے)

# Mail to people (broadcasts)
admin-nav-mail = شرکاء کو پیغام
admin-mail-new = پیغام لکھیں
admin-mail-none = ابھی تک کوئی پیغام نہیں بھیجا گیا۔
admin-mail-intro = پیغام سائٹ کی بنیادی زبان میں لکھیں؛ دوسری زبانیں اختیاری ہیں، اور جن کی زبان میں متن نہ ہو انہیں بنیادی متن ملتا ہے۔ ہر پیغام میں ایک کلک سے رکنیت ختم کرنے کا لنک ہوتا ہے۔
admin-mail-subject = موضوع
admin-mail-body = پیغام (Markdown)
admin-mail-audience = وصول کنندگان
admin-mail-event = تقریب
admin-mail-which = رجسٹر شدہ افراد
admin-mail-which-all = ہر وہ شخص جس کے پاس نشست ہے یا جو انتظار میں ہے
admin-mail-which-confirmed = جن کے پاس نشست ہے
admin-mail-which-waitlisted = جو انتظار کی فہرست میں ہیں
admin-mail-lang = صرف اس زبان میں
admin-mail-country = صرف اس ملک سے
admin-mail-any = سب
admin-mail-audience-all = { $event } کے تمام رجسٹر شدہ افراد
admin-mail-audience-confirmed = { $event } کے تصدیق شدہ رجسٹر شدہ افراد
admin-mail-audience-waitlisted = { $event } کی انتظار کی فہرست
admin-mail-languages-hint = «پیش منظر» ہر متن ویسا دکھاتا ہے جیسا وہ نظر آئے گا؛ «گنیں» بتاتا ہے کہ یہ کتنے لوگوں تک پہنچے گا؛ «آزمائش» صرف آپ کو بھیجتی ہے۔
admin-mail-preview = پیش منظر
admin-mail-count-button = وصول کنندگان گنیں
admin-mail-test = مجھے آزمائشی پیغام بھیجیں
admin-mail-send = سب کو بھیجیں
admin-mail-count = وصول کنندگان: { $count } (رکنیت ختم کرنے کی وجہ سے شامل نہیں: { $unsubscribed })۔
admin-mail-confirm-count = نیچے وصول کنندگان کی تعداد دیکھ لیں، پھر بھیجنے کے لیے دوبارہ «سب کو بھیجیں» دبائیں۔
admin-mail-test-sent = آزمائشی پیغام { $address } کو بھیج دیا گیا۔
admin-mail-test-failed = آزمائشی پیغام نہیں بھیجا جا سکا: { $error }
admin-mail-sent-by = بھیجنے والا
admin-mail-progress = پیش رفت
admin-mail-state-sent = بھیجے گئے
admin-mail-state-waiting = منتظر
admin-mail-state-skipped = چھوڑ دیے گئے (رکنیت ختم یا اب رجسٹر نہیں)
admin-mail-state-failed = ناکام
admin-mail-sending = بھیجا جا رہا ہے… یہ صفحہ خود تازہ ہوتا ہے۔
admin-mail-done = تمام پیغامات نمٹا دیے گئے۔
admin-mail-failed-hint = ناکام پیغامات کاموں کی قطار میں ہیں، جہاں انہیں دوبارہ آزمایا جا سکتا ہے۔
admin-mail-back = تمام پیغامات پر واپس
admin-mail-error-event = وہ تقریب منتخب کریں جس کے رجسٹر شدہ افراد کو پیغام ملے۔
admin-mail-error-lang = سائٹ کی زبانوں میں سے ایک منتخب کریں، یا سب۔
admin-mail-error-country = فہرست سے ملک منتخب کریں، یا سب۔
admin-mail-error-default = پیغام کو سائٹ کی بنیادی زبان { $lang } میں موضوع اور متن درکار ہے۔
admin-mail-error-incomplete = { $lang } متن کو موضوع اور پیغام دونوں درکار ہیں۔
admin-mail-error-subject-long = { $lang } موضوع 200 حروف سے لمبا ہے۔
admin-mail-error-subject-line = { $lang } موضوع ایک سطر میں ہونا چاہیے۔
admin-mail-error-body-long = { $lang } پیغام 20,000 حروف سے لمبا ہے۔
admin-mail-error-markdown = { $lang } پیغام میں ایک مسئلہ ہے
admin-mail-error-nobody = کوئی بھی ان وصول کنندگان سے میل نہیں کھاتا، اس لیے بھیجنے کو کچھ نہیں۔
mail-broadcast-footer = آپ کو یہ پیغام اس لیے ملا کہ آپ نے { $event } کے لیے رجسٹر کیا تھا۔
mail-broadcast-unsubscribe = ان پیغامات کی رکنیت ختم کریں
unsubscribe-heading = رکنیت ختم کریں
unsubscribe-text = اس مہم کے بارے میں منتظمین کے مزید پیغامات نہ پانے کے لیے بٹن دبائیں۔ آپ کی اپنی رجسٹریشن کی ای میلز (تصدیق، یاد دہانی) پھر بھی آپ تک پہنچیں گی۔
unsubscribe-button = میری رکنیت ختم کریں
unsubscribe-done-heading = آپ کی رکنیت ختم ہو گئی
unsubscribe-done-text = آپ کو اس مہم کے بارے میں منتظمین کے مزید پیغامات نہیں ملیں گے۔
unsubscribe-invalid-heading = یہ لنک کام نہیں کرتا
unsubscribe-invalid-text = رکنیت ختم کرنے کا لنک نامکمل ہے یا بدلا گیا ہے۔ پیغام کے آخر میں دیا گیا لنک جوں کا توں استعمال کریں۔
admin-users-mail-grant = شرکاء کو پیغام بھیجنے کی اجازت دیں
admin-users-mail-revoke = شرکاء کو پیغام بھیجنے سے روکیں

# Supporters
supporters-heading = مجھے باخبر رکھیں
supporters-intro = مہم کے اگلے مراحل کی خبر پائیں: نئی تقریبات، کھلے خطوط، نتائج۔ پہلے ہم آپ کا پتہ تصدیق کرنے کے لیے ایک ای میل بھیجیں گے۔
supporters-country = ملک (اختیاری)
supporters-consent = مجھے اس مہم کے اگلے مراحل کے بارے میں ای میل سے باخبر رکھیں۔ میں کسی بھی وقت رکنیت ختم کر سکتا/سکتی ہوں۔
supporters-submit = مجھے باخبر رکھیں
supporters-error-consent = مہم کی ای میلز وصول کرنے پر رضامندی کے لیے خانے پر نشان لگائیں۔
supporters-sent-heading = اپنی ای میل دیکھیں
supporters-sent-text = اگر پتہ درست ہے تو تصدیقی لنک والا پیغام راستے میں ہے۔ تصدیق سے پہلے آپ کو کچھ نہیں بھیجا جائے گا۔
supporters-confirm-heading = اپنے پتے کی تصدیق کریں
supporters-confirm-text = اس پتے پر مہم کی خبریں پانے کے لیے بٹن دبائیں۔
supporters-confirm-button = تصدیق کریں
supporters-done-heading = شکریہ
supporters-done-text = آپ کو مہم کے اگلے مراحل کی خبر ملتی رہے گی۔ ہر پیغام میں رکنیت ختم کرنے کا لنک ہوتا ہے۔
supporters-invalid-heading = یہ لنک کام نہیں کرتا
supporters-invalid-text = تصدیقی لنک نامکمل ہے، بدلا گیا ہے یا اس کی جگہ نیا لنک بھیجا گیا ہے۔ اگر آپ اب بھی باخبر رہنا چاہتے ہیں تو فارم سے دوبارہ درخواست کریں۔
supporters-mail-subject = تصدیق کریں کہ آپ مہم کی خبریں چاہتے ہیں
supporters-mail-body = کسی نے، غالباً آپ نے، اس پتے پر اس مہم کی خبریں مانگی ہیں۔ تصدیق کے لیے لنک کھولیں؛ اگر یہ آپ نہیں تھے تو اس ای میل کو نظر انداز کریں، مزید کچھ نہیں بھیجا جائے گا۔
supporters-mail-action = میرے پتے کی تصدیق کریں
supporters-mail-footer = آپ کو یہ ای میل اس لیے ملی کہ یہ پتہ { $site } پر باخبر رہنے کے لیے دیا گیا تھا۔
supporters-keep-informed = مجھے اس مہم کے اگلے مراحل کے بارے میں ای میل سے بھی باخبر رکھیں (ہم آپ سے تصدیق مانگیں گے)۔
admin-nav-supporters = حامی
admin-supporters-intro = وہ لوگ جنہوں نے باخبر رہنے کی درخواست کی اور اپنے پتے کی تصدیق کی۔ جن کی تصدیق ابھی باقی ہے وہ ان کے بعد درج ہیں اور انہیں کچھ نہیں بھیجا جاتا۔
admin-supporters-confirmed = تصدیق شدہ حامی
admin-supporters-pending = تصدیق کے منتظر
admin-supporters-by-lang = زبان کے لحاظ سے
admin-supporters-by-country = ملک کے لحاظ سے
admin-supporters-source = کہاں سے
admin-supporters-agreed = رضامندی
admin-supporters-erase = مٹائیں
admin-supporters-export = CSV میں برآمد کریں
admin-supporters-none = ابھی کوئی نہیں۔
admin-mail-which-supporters = حامی (ہر وہ شخص جس نے باخبر رہنے کی درخواست کی)
admin-mail-audience-supporters = حامی
mail-broadcast-footer-supporter = آپ کو یہ پیغام اس لیے ملا کہ آپ نے { $site } سے باخبر رکھنے کی درخواست کی تھی۔

# Badges for partner sites
badge-places-left = باقی نشستیں
badge-places-open = کھلا
badge-signatures = دستخط
## Polls in the hall (issue 17)
hall-polls = رائے شماری
hall-poll-open = کھلا ہے: آپ کا ووٹ شمار ہوگا
hall-poll-closed = بند
hall-poll-vote = ووٹ دیں
hall-poll-change = اپنا ووٹ بدلیں
hall-poll-your-vote = آپ کا ووٹ
hall-poll-votes = { $count ->
    [zero] ابھی کوئی ووٹ نہیں
    [one] { $shown } ووٹ
   *[other] { $shown } ووٹ
}
hall-poll-answer-votes = { $count ->
   *[other] { $shown } ووٹ
}
hall-poll-percent = { $shown }%
hall-poll-choose = پہلے کوئی جواب چنیں۔
hall-poll-closed-refused = یہ رائے شماری بند ہو چکی ہے: اب ووٹ شمار نہیں ہوتے۔ نتائج یہیں موجود رہیں گے۔
admin-polls = رائے شماری
admin-polls-intro = پروگرام کے کسی حصے کے لیے رائے شماری تیار کریں، وقت آنے پر کھولیں، اور کافی ووٹ آ جانے پر بند کریں۔ ہر شریک ایک بار ووٹ دیتی ہے اور بند ہونے تک اپنا ووٹ بدل سکتی ہے؛ بند رائے شماری اپنے نتائج کے ساتھ ہال میں رہتی ہے۔
admin-polls-back = ہال پر واپس
admin-polls-none = ابھی کوئی رائے شماری نہیں۔
admin-polls-new = نئی رائے شماری
admin-polls-segment = حصہ
admin-polls-language = { $lang } میں
admin-polls-question = سوال
admin-polls-options = جوابات، ہر سطر میں ایک (2 سے 8)
admin-polls-languages-hint = رائے شماری کم از کم { $lang } میں لکھیں؛ جن کی زبان خالی رہے وہ اسے { $lang } میں پڑھیں گی۔ ہر زبان میں وہی جوابات اسی ترتیب سے ہونے چاہییں۔
admin-polls-create = مسودے کے طور پر محفوظ کریں
admin-polls-open = سب کے لیے کھولیں
admin-polls-close = رائے شماری بند کریں
admin-polls-export = نتائج CSV میں
admin-polls-status-draft = مسودہ (صرف ناظمین دیکھتے ہیں)
admin-polls-status-open = کھلی
admin-polls-status-closed = بند
admin-polls-error-segment = پروگرام کا کوئی حصہ چنیں۔
admin-polls-error-missing-default = سوال اور اس کے جوابات { $lang } میں لکھیں۔
admin-polls-error-empty-question = { $lang } میں سوال خالی ہے۔
admin-polls-error-question-too-long = { $lang } میں سوال زیادہ سے زیادہ { $max } حروف کا ہو سکتا ہے۔
admin-polls-error-option-too-long = { $lang } میں جوابات زیادہ سے زیادہ { $max } حروف کے ہو سکتے ہیں۔
admin-polls-error-option-count = رائے شماری میں 2 سے 8 جوابات ہوتے ہیں؛ { $lang } میں { $count } ہیں۔
admin-polls-error-options-differ = { $lang } میں { $count } جوابات ہیں اور { $default } میں { $expected }: ہر زبان میں وہی جوابات ہونے چاہییں۔

## Reactions in the hall (issue 17)
hall-reactions = ردِعمل
hall-reaction-clap = تالیاں
hall-reaction-heart = بہت پسند آیا
hall-reaction-agree = متفق
hall-reaction-smile = مسکراہٹ آ گئی
hall-reaction-wow = حیران کن
hall-react-too-fast = ذرا آہستہ: ہر چند سیکنڈ میں چند ردِعمل۔
# Creating, scheduling and withdrawing content (issue 16)
error-gone-title = یہ صفحہ واپس لے لیا گیا
error-gone-text = منتظمین نے اس پتے پر شائع شدہ مواد ہٹا دیا ہے۔ یہ اب سائٹ پر موجود نہیں؛ تازہ ترین اشاعتیں سرورق پر ہیں۔
admin-version-legend = زبان کا یہ نسخہ
admin-version-missing = ابھی لکھا نہیں گیا۔
admin-version-draft = مسودہ: عوامی سائٹ پر نہیں۔
admin-version-post-hidden = محفوظ ہے، مگر پوری اشاعت سائٹ سے ہٹی ہوئی ہے (اس کا صفحہ دیکھیں)۔
admin-version-scheduled = شیڈول شدہ: سائٹ پر { $when } ({ $zone }) کو ظاہر ہو گا۔
admin-version-public = شائع شدہ۔
admin-mark-draft = مسودہ
admin-mark-scheduled = شیڈول شدہ
admin-post-publish-at = اشاعت کا وقت («محفوظ کریں اور شیڈول کریں» کے لیے)
admin-post-publish-at-hint = { $zone } کے مطابق تاریخ اور وقت۔ یہ نسخہ اسی لمحے خود بخود سائٹ پر آ جائے گا۔
admin-post-save-draft = مسودے کے طور پر محفوظ کریں
admin-post-save-schedule = محفوظ کریں اور شیڈول کریں
admin-post-error-schedule = اشاعت کی تاریخ اور وقت لکھیں، { $zone } کا ایسا وقت جو وہاں موجود ہو۔
admin-post-overview = پوری اشاعت
admin-post-new = نئی اشاعت
admin-post-new-intro = پہلے ایک زبان میں لکھیں؛ ترجمہ بعد میں کریں، ہر زبان کی اپنی حالت کے ساتھ۔
admin-post-kind = قسم
admin-post-first-language = زبان
admin-post-first-language-hint = وہ زبان جس میں آپ ابھی لکھ رہے ہیں۔ باقی زبانیں بعد میں شامل ہوں گی۔
admin-post-no-event = کوئی تقریب نہیں
admin-post-create-draft = مسودے کے طور پر بنائیں
admin-post-create-publish = بنائیں اور شائع کریں
admin-post-error-kind = فہرست سے قسم منتخب کریں۔
admin-post-error-language = سائٹ کی زبانوں میں سے ایک منتخب کریں۔
admin-post-error-event = فہرست سے تقریب منتخب کریں، یا کوئی نہیں۔
admin-slug = پتے کا نام (slug)
admin-slug-hint = چھوٹے لاطینی حروف a–z، ہندسے اور خط فاصل؛ یہ پتے میں آتا ہے۔ عنوان سے خود بنوانے کے لیے خالی چھوڑ دیں۔
admin-error-slug = پتے کے نام میں صرف چھوٹے لاطینی حروف a–z، ہندسے اور اکیلے خط فاصل ہو سکتے ہیں، زیادہ سے زیادہ 80، نہ شروع میں خط فاصل ہو نہ آخر میں۔
admin-error-slug-taken = پتے کا نام { $slug } پہلے سے استعمال میں ہے؛ کوئی اور چنیں۔
admin-post-versions = زبانوں کے نسخے
admin-post-state = حالت
admin-post-edit = ترمیم
admin-post-translate = ترجمہ کریں
admin-post-on-site = عوامی سائٹ پر
admin-post-off-site = پوری اشاعت عوامی سائٹ سے ہٹی ہوئی ہے: اس کا پتہ بتاتا ہے کہ اسے واپس لے لیا گیا۔
admin-post-put-back = اسے دوبارہ سائٹ پر لائیں
admin-post-unpublish-hint = سائٹ سے ہٹانے پر زبان کے سب نسخے چھپ جاتے ہیں؛ پھر اس کا پتہ بتاتا ہے کہ اسے واپس لے لیا گیا۔ آپ اسے بعد میں واپس لا سکتے ہیں۔
admin-post-unpublish = سائٹ سے ہٹائیں
admin-delete = حذف کریں
admin-post-delete-hint = حذف کرنے سے اشاعت زبان کے تمام نسخوں سمیت ہٹ جاتی ہے۔ پہلے آپ سے پوچھا جائے گا۔
admin-post-delete = یہ اشاعت حذف کریں…
admin-post-delete-signed = اس خط پر لوگ دستخط کر چکے ہیں، اس لیے اسے حذف نہیں کیا جا سکتا: اس کے بجائے اسے سائٹ سے ہٹائیں، ان کے دستخط اسی کے ساتھ رہیں گے۔
admin-confirm-delete-post = حذف کرنے سے یہ اشاعت ہر زبان میں سائٹ اور اس حصے سے ہٹ جائے گی۔ اس کا پتہ بتائے گا کہ اسے واپس لے لیا گیا۔
admin-confirm-delete-event = حذف کرنے سے یہ تقریب اپنے پروگرام اور ہر زبان کے متن سمیت ہٹ جائے گی۔ اس کا پتہ بتائے گا کہ اسے واپس لے لیا گیا۔
admin-event-new = نئی تقریب
admin-event-new-intro = نئی تقریب مسودے کے طور پر شروع ہوتی ہے اور شائع کرنے تک عوامی سائٹ پر نہیں ہوتی۔
admin-event-copy-heading = کسی پچھلی تقریب کا اگلا ایڈیشن
admin-event-copy-intro = سب کچھ نقل ہوتا ہے (پروگرام، مقررین، متن، شاخیں، نشستیں، رجسٹریشن کی مدت) اور ہر تاریخ اتنے ہی دن آگے، انہی اوقات پر منتقل ہوتی ہے۔ ریکارڈنگز پچھلے ایڈیشن کے ساتھ رہتی ہیں۔
admin-event-source = اس سے نقل کریں
admin-event-days = تاریخیں اتنے دن منتقل کریں
admin-event-days-hint = 364 دن (52 ہفتے) سے ہفتے کا دن وہی رہتا ہے؛ منفی عدد تاریخیں پہلے لے آتا ہے۔
admin-event-copy = نیا ایڈیشن بنائیں
admin-event-scratch-heading = بالکل نئی
admin-event-title-in = { $language } میں عنوان
admin-event-zone-label = زائرین کے لیے وقت کے علاقے کا نام
admin-event-zone-label-hint = صفحہ حوالہ جاتی وقت کو کیا کہتا ہے، مثلاً «مدینہ منورہ کا وقت»۔
admin-event-proceedings = کارروائی کی زبان
admin-event-create = تقریب بنائیں
admin-event-error-source = فہرست سے وہ تقریب منتخب کریں جسے نقل کرنا ہے۔
admin-event-error-days = تاریخیں منتقل کرنے کے دن لکھیں: ایک پورا عدد، صفر نہیں، دونوں طرف زیادہ سے زیادہ 3,660۔
admin-event-error-zone-label = وقت کے علاقے کا نام لکھیں جیسے زائرین پڑھیں گے۔
admin-event-draft-state = مسودہ: عوامی سائٹ پر نہیں۔ شائع کرنے سے اس کا صفحہ، رجسٹریشن فارم اور فہرستیں آن لائن آ جاتی ہیں۔
admin-event-publish = تقریب شائع کریں
admin-event-unpublish-hint = تقریب کو سائٹ سے ہٹانے پر اس کا صفحہ، رجسٹریشن فارم اور فہرستیں چھپ جاتی ہیں؛ پھر اس کا پتہ بتاتا ہے کہ اسے واپس لے لیا گیا۔
admin-event-unpublish = سائٹ سے ہٹائیں
admin-event-delete-hint = حذف کرنے سے تقریب اپنے پروگرام اور متن سمیت ہٹ جاتی ہے۔ پہلے آپ سے پوچھا جائے گا۔ جس تقریب کے لیے لوگوں نے رجسٹریشن کی ہو، یا جس کے بارے میں اشاعتیں ہوں، وہ حذف نہیں ہو سکتی: اس کے بجائے اسے سائٹ سے ہٹائیں۔
admin-event-delete = یہ تقریب حذف کریں…
admin-event-delete-refused = یہ تقریب حذف نہیں ہو سکتی: رجسٹریشنز: { $registrations }؛ اس کے بارے میں اشاعتیں: { $posts }۔ اس کے بجائے اسے سائٹ سے ہٹائیں۔
admin-event-not-changed = کوئی تبدیلی نہیں ہوئی
admin-nav-chapters = شاخیں
admin-nav-kinds = اشاعتوں کی اقسام
admin-chapter-new = نئی شاخ
admin-chapter-country = ملک
admin-chapter-zone = اس کے شہر کا وقت کا علاقہ
admin-chapter-name = شاخ کا نام
admin-chapter-city = شہر
admin-chapter-create = شاخ بنائیں
admin-chapter-saved = محفوظ ہو گیا۔ نئی شاخ اب اشاعتوں اور تقریبات کے لیے چنی جا سکتی ہے۔
admin-chapter-error-country = فہرست سے شاخ کا ملک منتخب کریں۔
admin-chapter-error-names = { $language } میں شاخ کا نام اور شہر لکھیں۔
admin-kind-new = اشاعت کی نئی قسم
admin-kind-name = ایک اشاعت کا نام
admin-kind-plural = فہرست کا نام
admin-kind-signable = دستخط ہو سکتے ہیں
admin-kind-signable-hint = زائرین اس قسم کی اشاعتوں پر دستخط کر سکتے ہیں (کھلے خطوط)
admin-kind-create = قسم بنائیں
admin-kind-saved = محفوظ ہو گیا۔ نئی اشاعتیں اس قسم کی ہو سکتی ہیں۔
admin-kind-error-names = { $language } میں نام اور فہرست کا نام لکھیں۔

## Hall announcements afterwards (issue 16)
admin-hall-announcement-main = { $lang } میں، تقریب کی بنیادی زبان
admin-hall-announcement-other-languages = یہی اعلان دوسری زبانوں میں (اختیاری)
admin-announcements-link = کیے گئے اعلانات: وقت، لکھنے والا، واپس لینا
admin-announcements = اعلانات
admin-announcements-intro = اس تقریب کے ہال میں کیے گئے تمام اعلانات، نئے پہلے۔ شرکاء اعلان اپنی زبان میں پڑھتے ہیں اگر وہ اس میں لکھا گیا ہو، ورنہ تقریب کی بنیادی زبان میں۔
admin-announcements-none = ابھی کوئی اعلان نہیں۔
admin-announcements-when = وقت
admin-announcements-author = لکھنے والا
admin-announcements-text = متن
admin-announcements-status = حالت
admin-announcements-shown = ہال میں دکھایا جا رہا ہے۔
admin-announcements-withdrawn = { $when } کو { $who } نے واپس لیا۔
admin-announcements-withdraw = واپس لیں
admin-announcements-unknown-author = درج نہیں
admin-announcements-withdraw-hint = واپس لینے سے اعلان ہر کھلے ہال سے فوراً ہٹ جاتا ہے؛ یہاں فہرست میں رہتا ہے۔

## Attendance and certificates (issue 16)
admin-attendance = حاضری
admin-attendance-intro = ہال میں کون تھا، کتنی دیر، اور کون سے حصے دیکھے (کوئی حصہ کم از کم آدھا دیکھنے پر دیکھا ہوا شمار ہوتا ہے)۔ ایک ساتھ کھلی کھڑکیاں ایک بار شمار ہوتی ہیں؛ جس کھڑکی کا سرور بند ہو جائے وہ اپنی آخری علامتِ زندگی تک شمار ہوتی ہے۔
admin-attendance-none = ابھی تک کوئی ہال میں نہیں آیا۔
admin-attendance-csv = حاضری CSV میں ڈاؤن لوڈ کریں
admin-attendance-arrivals = وقت کے ساتھ آمد (پہلا داخلہ، ہر 10 منٹ)
admin-attendance-per-segment = ہر حصے میں شرکاء
admin-attendance-attendees = شرکاء
admin-attendance-name = نام
admin-attendance-email = ای میل پتا
admin-attendance-minutes = منٹ
admin-attendance-segments = دیکھے گئے حصے
admin-attendance-arrived = پہلا داخلہ
admin-attendance-left = آخری بار نکلے
admin-attendance-certificate = سند
admin-attendance-certificate-open = سند کھولیں
admin-attendance-certificates = حاضری کی اسناد
admin-attendance-issued = { $count ->
    [zero] ابھی کوئی سند جاری نہیں ہوئی۔
    [one] ایک سند جاری ہوئی۔
   *[other] { $shown } اسناد جاری ہوئیں۔
}
admin-attendance-threshold = ہر اس شخص کو سند جاری کریں جو کم از کم اتنے منٹ حاضر رہا
admin-attendance-threshold-invalid = 0 سے 100000 تک منٹ کی تعداد لکھیں۔
admin-attendance-issue = اسناد جاری کریں
certificate-title = حاضری کی سند
certificate-certifies = تصدیق کی جاتی ہے کہ
certificate-attended = نے آن لائن کانفرنس میں شرکت کی
certificate-minutes = { $count ->
    [one] ایک منٹ کے لیے
   *[other] { $shown } منٹ کے لیے
}
certificate-segments = جن حصوں میں شرکت کی
certificate-issued = { $date } کو جاری کی گئی۔
certificate-verify = یہ سند اصلی ہے اگر کانفرنس کی اپنی ویب سائٹ پر یہ پتا اسے دکھائے:
me-attendance = آپ کی حاضری
me-attendance-minutes = { $count ->
    [zero] آپ ایک منٹ سے کم ہال میں رہے۔
    [one] آپ ایک منٹ ہال میں رہے۔
   *[other] آپ { $shown } منٹ ہال میں رہے۔
}
me-attendance-segments = آپ نے یہ حصے دیکھے:
me-attendance-certificate = آپ کی حاضری کی سند

## A letter's signatories who asked to hear about it (issue 16)
letter-keep-informed = مجھے اس خط کے بارے میں (اس کی حوالگی اور اسے ملنے والے جوابات) ای میل سے باخبر رکھیں۔
admin-mail-which-signatories = کسی خط کے وہ دستخط کنندگان جنہوں نے باخبر رہنا چاہا
admin-mail-letter = خط
admin-mail-no-letter = (کوئی خط نہیں)
admin-mail-error-letter = وہ خط چنیں جس کے دستخط کنندگان کو یہ پیغام ملنا چاہیے۔
admin-mail-audience-signatories = { $letter } کے وہ دستخط کنندگان جنہوں نے باخبر رہنا چاہا
mail-broadcast-footer-letter = آپ کو یہ پیغام اس لیے ملا ہے کہ آپ نے { $letter } پر دستخط کیے اور اس کے بارے میں باخبر رہنا چاہا۔

## Embeddable forms for partner sites (issue 16)
admin-settings-embed-origins = وہ شراکت دار سائٹیں جو رجسٹریشن اور دستخط کے فارم اپنے صفحات میں لگا سکتی ہیں
admin-settings-embed-origins-hint = ہر سطر میں ایک اوریجن: صرف اسکیم، ہوسٹ اور پورٹ، جیسے https://partner.example۔ فارم /LANG/embed/events/EVENT/register اور /LANG/embed/letters/LETTER/sign پر ہیں۔
admin-settings-error-embed-origin = “{ $origin }” اوریجن نہیں ہے: صرف اسکیم، ہوسٹ اور پورٹ لکھیں، جیسے https://partner.example۔

## The media library (issue 16)
admin-media-uploaded-named = “{ $name }” کو { $path } کے طور پر اپ لوڈ کیا گیا۔
admin-media-search = فائل کے نام سے تلاش کریں
admin-media-search-button = تلاش
admin-media-no-match = اس تلاش سے کوئی فائل نہیں ملتی۔
admin-media-col-file = فائل
admin-media-col-kind = قسم
admin-media-col-size = سائز
admin-media-col-measure = پیمائش یا دورانیہ
admin-media-col-used = کہاں استعمال ہوئی
admin-media-unknown = نامعلوم
admin-media-unknown-name = (نام محفوظ نہیں)
admin-media-unused = استعمال میں نہیں
admin-media-used-event = تقریب: { $event }
admin-media-used-post = تحریر: { $post }
admin-media-used-share-image = سائٹ کی شیئر تصویر (ترتیبات)
admin-media-delete = حذف کریں
admin-media-in-use-hint = استعمال میں موجود فائل حذف نہیں ہو سکتی: پہلے اسے وہاں سے ہٹائیں جہاں یہ استعمال ہو رہی ہے۔
admin-media-error-in-use = { $path } ابھی استعمال میں ہے، اس لیے حذف نہیں کی گئی۔ استعمال: { $uses }۔
admin-media-deleted = { $path } حذف کر دی گئی۔
admin-media-error-no-file = ایسی کوئی اپ لوڈ شدہ فائل نہیں ہے۔

## Live captions (issue 17)
hall-captions = کیپشن
hall-captions-off = بند
hall-captions-apply = دکھائیں
hall-captions-size = کیپشن کا سائز
hall-captions-smaller = چھوٹا متن
hall-captions-larger = بڑا متن
admin-captions = براہ راست کیپشن
admin-captions-language = کیپشن کی زبان
admin-captions-last = آخری سطریں
admin-captions-line = سطر
admin-captions-hint = اینٹر سطر بھیجتا ہے۔ آخری سطر درست کرنے کے لیے: ”آخری سطر درست کریں“، Ctrl+Enter، یا خالی سطر پر اوپر والا تیر اسے واپس لاتا ہے۔
admin-captions-send = بھیجیں
admin-captions-correct = آخری سطر درست کریں
admin-captions-ingest = تقریر سے متن کا انجن
admin-captions-ingest-intro = انجن تقریب کے ٹوکن (Authorization: Bearer) کے ساتھ سطریں یہاں بھیجتا ہے:
admin-captions-token-new = نیا ٹوکن، صرف ابھی دکھایا جا رہا ہے: اسے انجن کی ترتیبات میں نقل کریں۔
admin-captions-token-set = ٹوکن مقرر ہے (از { $at })۔
admin-captions-token-none = کوئی ٹوکن مقرر نہیں: ابھی کوئی انجن سطریں نہیں بھیج سکتا۔
admin-captions-token-make = نیا ٹوکن بنائیں
admin-captions-tracks = ریکارڈنگ کے کیپشن ٹریک
admin-captions-tracks-intro = ہر ختم شدہ حصے کی سطریں، جس کی ریکارڈنگ ہو، ہر اس زبان میں WebVTT ٹریک کے طور پر محفوظ کرتا ہے جس کا ابھی ٹریک نہ ہو۔
admin-captions-tracks-save = ٹریک محفوظ کریں
admin-captions-tracks-saved = { $count ->
    [zero] محفوظ کرنے کو کوئی نیا ٹریک نہیں۔
    [one] { $shown } ٹریک محفوظ ہوا۔
   *[other] { $shown } ٹریک محفوظ ہوئے۔
}
admin-captions-too-fast = ابھی بہت زیادہ سطریں؛ چند سیکنڈ انتظار کریں۔
admin-captions-no-language = تقریب اس زبان میں کیپشن پیش نہیں کرتی۔
admin-captions-text = زیادہ سے زیادہ { $max } حروف کی سطر لکھیں۔

## Event translations kept as drafts (the content file editor)
admin-source-draft-hint = اس ترجمے پر کام کے دوران اسے عوامی سائٹ سے دور رکھنے کے لیے اس کے ابتدائی حصے میں draft = true کی سطر شامل کریں: اس دوران اس زبان کے زائرین طے شدہ زبان کا متن دیکھیں گے، اور پیش نظارہ ترجمے کو ویسا ہی دکھاتا ہے جیسا وہ نظر آئے گا۔ شائع کرنے کے لیے یہ سطر ہٹا دیں۔

## ---------------------------------------------------------------------------
## The organisers' history in the reader's language (src/admin/web/audit_words.rs):
## each action's English text is the line the log stores; the rest names values.
audit-actor-command-line = کمانڈ لائن
audit-action-person-added = نئے فرد کا اضافہ
audit-action-person-added-as = نئے فرد کا اضافہ، بطور { $role }
audit-action-signature-approved = دستخط کی منظوری
audit-action-registration-cancelled = رجسٹریشن کی منسوخی
audit-action-role-changed = کردار کی تبدیلی
audit-action-event-changed = تقریب میں تبدیلی
audit-action-segment-changed = جاری حصے کی تبدیلی
audit-action-settings-changed = سائٹ کی ترتیبات میں تبدیلی
audit-action-mail-right-changed = ای میل بھیجنے کے اختیار میں تبدیلی
audit-action-poll-closed = رائے شماری کا اختتام
audit-action-registration-confirmed = رجسٹریشن کی تصدیق
audit-action-chapter-created = نئی شاخ کا قیام
audit-action-kind-created = تحریر کی نئی قسم کا قیام
audit-action-post-created = نئی تحریر
audit-action-event-created = نئی تقریب
audit-action-event-copied = نئی تقریب، { $event } کی نقل سے
audit-action-post-deleted = تحریر حذف کی گئی
audit-action-event-deleted = تقریب حذف کی گئی
audit-action-media-deleted = میڈیا فائل حذف کی گئی
audit-action-person-disabled = فرد کا اکاؤنٹ معطل کیا گیا
audit-action-file-edited = مواد کی فائل میں ترمیم
audit-action-post-edited = تحریر میں ترمیم
audit-action-programme-edited = پروگرام میں ترمیم
audit-action-speakers-edited = مقررین میں ترمیم
audit-action-person-enabled = فرد کا اکاؤنٹ بحال کیا گیا
audit-action-totp-enabled = دو مرحلہ سائن اِن فعال کیا گیا
audit-action-supporter-erased = حامی کا ڈیٹا مٹایا گیا
audit-action-poll-exported = رائے شماری کے نتائج برآمد کیے گئے
audit-action-attendance-exported = حاضری برآمد کی گئی
audit-action-registrations-exported = رجسٹریشنز برآمد کی گئیں
audit-action-supporters-exported = حامیوں کی فہرست برآمد کی گئی
audit-action-certificates-issued = حاضری کے سرٹیفکیٹ جاری کیے گئے
audit-action-password-link = پاس ورڈ کا لنک بنایا گیا
audit-action-question-moderated = ہال کے سوال کی نگرانی
audit-action-poll-opened = رائے شماری کا آغاز
audit-action-announced = ہال میں اعلان
audit-action-poll-prepared = رائے شماری کی تیاری
audit-action-post-published = تحریر دوبارہ شائع کی گئی
audit-action-event-published = تقریب شائع کی گئی
audit-action-signature-removed = دستخط ہٹایا گیا
audit-action-mail-resent = ای میل دوبارہ بھیجی گئی
audit-action-job-retried = ناکام کام دوبارہ چلایا گیا
audit-action-link-revoked = ذاتی لنک منسوخ کیا گیا
audit-action-tracks-saved = براہِ راست سب ٹائٹل ریکارڈنگ کے ٹریک کے طور پر محفوظ کیے گئے
audit-action-message-sent = پیغام بھیجا گیا
audit-action-password-set = پاس ورڈ مقرر کیا گیا
audit-action-caption-token = سب ٹائٹل بھیجنے کا ٹوکن مقرر کیا گیا
audit-action-signed-out = ہر جگہ سے سائن آؤٹ
audit-action-post-translated = تحریر کا ترجمہ
audit-action-post-unpublished = تحریر سائٹ سے ہٹائی گئی
audit-action-event-unpublished = تقریب سائٹ سے ہٹائی گئی
audit-action-media-uploaded = میڈیا فائل اپ لوڈ کی گئی
audit-action-announcement-withdrawn = ہال کا اعلان واپس لیا گیا
audit-subject-site = سائٹ کی ترتیبات
audit-subject-supporters = حامی
audit-subject-registration = رجسٹریشن نمبر { $id }
audit-subject-signature = دستخط نمبر { $id }
audit-subject-supporter = حامی نمبر { $id }
audit-subject-job = کام نمبر { $id }
audit-subject-poll = { $event } کی رائے شماری نمبر { $id }
audit-subject-question = { $event } کا سوال نمبر { $id }
audit-subject-announcement = { $event } کا اعلان نمبر { $id }
audit-subject-post-version = { $post } ({ $language })
audit-separator = {"؛ "}
audit-value-on = فعال
audit-value-off = غیر فعال
audit-value-on-site = سائٹ پر شائع
audit-value-off-site = سائٹ سے ہٹا ہوا
audit-value-failed = ناکام
audit-value-waiting = چلنے کے انتظار میں
audit-value-may-send = ای میل بھیج سکتے ہیں
audit-value-may-not-send = ای میل نہیں بھیج سکتے
audit-value-schedule = پروگرام کے مطابق
audit-value-published = شائع شدہ
audit-value-draft = مسودہ
audit-value-unlimited = کوئی حد نہیں
audit-value-approved = منظور شدہ
audit-value-hidden = پوشیدہ
audit-value-answered = جواب دیا جا چکا
audit-value-pinned = نمایاں
audit-value-unpinned = نمایاں نہیں
audit-value-rows = قطاریں: { $count }
audit-value-votes = ووٹ: { $count }
audit-value-segments = حصے: { $count }
audit-value-speakers = مقررین: { $count }
audit-value-lines = سطریں: { $count }
audit-value-recipients = وصول کنندگان: { $count }
audit-value-characters = حروف: { $count }
audit-value-certificates = سرٹیفکیٹ: { $count } (کم از کم { $minutes } منٹ)
audit-value-places = نشستیں: { $value }
audit-value-starts = آغاز: { $value }
audit-value-registration = رجسٹریشن: { $value }
audit-value-contact = رابطہ: { $value }
audit-value-hashtags = ہیش ٹیگ: { $value }
audit-value-hijri = ہجری کیلنڈر: { $value }
audit-value-embeds = شامل کرنے والی سائٹیں: { $value }
audit-value-draft-starting = مسودہ، آغاز { $value }
audit-value-scheduled = { $value } کو شائع ہونا طے
audit-value-mail-copy = ای میل «{ $value }» کی نقل
audit-value-role = کردار: { $role }
audit-value-role-of = { $chapter } کے { $role }
audit-value-date-draft = { $date }، مسودہ
audit-value-this-version = یہ نسخہ: { $state }
audit-value-upload = { $name } ({ $bytes } بائٹ)
audit-value-text = «{ $title }»، حروف: { $count }
audit-value-signable = { $kind } (دستخط کے قابل)
audit-value-new-post = { $kind } «{ $title }»، { $language } میں، { $state }
admin-mail-kind-confirm = تصدیق کا لنک
admin-mail-kind-confirmed = نشست کی تصدیق
admin-mail-kind-waitlisted = انتظار کی فہرست میں
admin-mail-kind-offer = نشست کی پیشکش
admin-mail-kind-cancelled = منسوخی
admin-mail-kind-expired = میعاد ختم
admin-mail-kind-already-registered = پہلے سے رجسٹرڈ
admin-mail-kind-reminder = یاد دہانی
admin-supporters-from-form = تازہ خبروں کا فارم
admin-supporters-from-registration = رجسٹریشن فارم
admin-supporters-from-signature = خط پر دستخط
admin-job-kind-mail = ای میل
admin-job-kind-password-reset = پاس ورڈ کا لنک
admin-job-kind-broadcast = اجتماعی پیغام
admin-job-kind-supporter-confirm = حامی کی تصدیق
admin-job-kind-expire-offers = پیشکشوں کی میعاد
admin-job-kind-queue-reminders = یاد دہانیاں
admin-job-kind-prune-counters = شماروں کی صفائی

## Event translations scheduled for an instant (the content file editor)
admin-mark-scheduled-for = { $when } ({ $zone }) کے لیے شیڈول شدہ
admin-source-schedule-hint = اس ترجمے کو کسی مقررہ وقت پر خود بخود ظاہر کرنے کے لیے اس کے بجائے اس کے ابتدائی حصے میں publish_at = "2026-12-01T09:00:00+03:00" جیسی سطر (لمحہ اپنے فرق کے ساتھ) شامل کریں: تب تک اس زبان کے زائرین طے شدہ زبان کا متن دیکھیں گے، اور صفحہ، تلاش اور سائٹ کا نقشہ اسی وقت کسی مزید قدم کے بغیر بدل جاتے ہیں۔ draft کے ساتھ نہیں، اور نہ ہی طے شدہ زبان کی فائل میں۔
