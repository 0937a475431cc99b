# waitlisted: All places are taken; the registration is on the waitlist.
# Variables: see templates/mail/README.md.

subject = آپ انتظار کی فہرست میں ہیں: { $event }
body = “{ $event }” کی تمام نشستیں بھر چکی ہیں، اور انتظار کی فہرست میں آپ کا نمبر { $position } ہے۔ اگر کوئی نشست خالی ہوئی تو ہم ای میل کے ذریعے وہ آپ کو پیش کریں گے۔
action = آپ کی رجسٹریشن
