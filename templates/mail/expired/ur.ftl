# expired: The offered place was not accepted in time.
# Variables: see templates/mail/README.md.

subject = آپ کو پیش کی گئی نشست کی مدت ختم ہو گئی: { $event }
body = “{ $event }” میں آپ کے لیے محفوظ کی گئی نشست بروقت قبول نہیں کی گئی، اس لیے وہ اگلی شریک کو دے دی گئی ہے۔ جب تک رجسٹریشن کھلی ہے، آپ دوبارہ رجسٹر کر سکتی ہیں۔
action = پروگرام کا صفحہ
