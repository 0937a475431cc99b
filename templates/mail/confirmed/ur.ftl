# confirmed: The place is confirmed; carries the personal link and the calendar file.
# Variables: see templates/mail/README.md.

subject = آپ کی نشست کی تصدیق ہو گئی: { $event }
body = “{ $event }” میں آپ کی نشست کی تصدیق ہو گئی ہے۔ ہال کھلنے کا وقت: { $when }۔ نیچے دیا گیا آپ کا ذاتی لنک آپ کی رجسٹریشن دکھاتا ہے اور اسی سے آپ ہال میں داخل ہوں گی؛ یہ لنک کسی اور کو نہ دیں۔ کیلنڈر فائل اس ای میل کے ساتھ منسلک ہے۔
action = آپ کی رجسٹریشن اور ہال کا لنک
