# Convene UI strings: Urdu (ur). English (en.ftl) is the fallback for any missing message.
# Placeables: $shown is a number already formatted for the locale; $count selects the plural.
# Urdu plural categories (CLDR): one, other.

language-name-self = اردو
skip-to-content = مواد پر جائیں
nav-main = مرکزی مینو
nav-languages = زبانیں
nav-home = صفحۂ اول
footer-contact = رابطہ
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
segment-speakers = مقررین
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

error-not-found-title = صفحہ نہیں ملا
error-not-found-text = اس پتے پر کوئی صفحہ موجود نہیں۔ ممکن ہے لنک غلط لکھا گیا ہو، یا صفحہ کہیں اور منتقل ہو گیا ہو۔
error-bad-request-title = یہ پتا سمجھا نہیں جا سکا
error-bad-request-text = پتے کا ایک حصہ درست نہیں: { $detail }
error-internal-title = ہماری طرف کوئی خرابی پیش آ گئی
error-internal-text = مسئلہ درج کر لیا گیا ہے۔ براہِ کرم تھوڑی دیر بعد دوبارہ کوشش کریں۔
error-back-home = صفحۂ اول پر جائیں

lang-en = انگریزی
lang-ar = عربی
lang-ur = اردو
lang-tr = ترکی
lang-id = انڈونیشیائی
lang-fr = فرانسیسی

country-LB = لبنان
country-TN = تیونس
country-PK = پاکستان
country-ID = انڈونیشیا
country-TR = ترکیہ
country-AU = آسٹریلیا
