# signature-confirmed: The signature counts; carries the link to withdraw it.
# Variables: see templates/mail/README.md.

subject = آپ کے دستخط شمار ہو گئے: { $letter }
body = “{ $letter }” پر آپ کے دستخط کی تصدیق ہو گئی ہے۔ اگر آپ کبھی انہیں واپس لینا اور ساتھ ہی اپنا ڈیٹا حذف کرانا چاہیں تو نیچے دیا گیا لنک استعمال کریں۔
action = میرے دستخط واپس لیں
