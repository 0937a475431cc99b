# confirm: Please confirm your registration (double opt-in); the link expires.
# Variables: see templates/mail/README.md.

subject = براہِ کرم اپنی رجسٹریشن کی تصدیق کریں: { $event }
body = “{ $event }” ({ $when }) کے لیے رجسٹریشن کا شکریہ۔ براہِ کرم نیچے دیے گئے لنک کے ذریعے تصدیق کریں؛ جب تک آپ تصدیق نہیں کرتیں، آپ کے لیے کوئی نشست محفوظ نہیں کی جائے گی۔ یہ لنک { $expires } تک کارآمد ہے۔
action = میری رجسٹریشن کی تصدیق کریں
