# cancelled: The registration is cancelled.
# Variables: see templates/mail/README.md.

subject = آپ کی رجسٹریشن منسوخ ہو گئی: { $event }
body = “{ $event }” کے لیے آپ کی رجسٹریشن منسوخ کر دی گئی ہے۔ اگر آپ کا ارادہ بدل جائے تو جب تک رجسٹریشن کھلی ہے، آپ دوبارہ رجسٹر کر سکتی ہیں۔
action = پروگرام کا صفحہ
