# offer: A place became free and is held for this person until it expires.
# Variables: see templates/mail/README.md.

subject = آپ کے لیے ایک نشست خالی ہے: { $event }
body = “{ $event }” ({ $when }) میں ایک نشست خالی ہو گئی ہے جو { $expires } تک آپ کے لیے محفوظ ہے۔ اس سے پہلے اپنے ذاتی صفحے پر اسے قبول کر لیں، ورنہ یہ انتظار کی فہرست میں اگلی شریک کو دے دی جائے گی۔
action = نشست قبول کریں
