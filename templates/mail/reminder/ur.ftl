# reminder: Sent at each of the event's reminder offsets before doors open.
# Variables: see templates/mail/README.md.

subject = جلد شروع ہو رہی ہے: { $event }
body = یاد دہانی: “{ $event }” کا ہال { $when } کھلے گا۔ ہال میں داخل ہونے کے لیے نیچے دیا گیا اپنا ذاتی لنک استعمال کریں۔
action = آپ کی رجسٹریشن اور ہال کا لنک
