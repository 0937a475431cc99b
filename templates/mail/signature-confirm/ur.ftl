# signature-confirm: Please confirm your signature of an open letter.
# Variables: see templates/mail/README.md.

subject = براہِ کرم اپنے دستخط کی تصدیق کریں: { $letter }
body = “{ $letter }” پر دستخط کرنے کا شکریہ۔ براہِ کرم نیچے دیے گئے لنک کے ذریعے تصدیق کریں؛ جب تک آپ تصدیق نہیں کرتیں، آپ کے دستخط شمار نہیں ہوں گے۔
action = میرے دستخط کی تصدیق کریں
