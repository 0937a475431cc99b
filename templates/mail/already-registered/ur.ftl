# already-registered: Someone registered an address that is already registered.
# Variables: see templates/mail/README.md.

subject = آپ کی رجسٹریشن: { $event }
body = کسی نے، غالباً آپ ہی نے، “{ $event }” کے لیے اس پتے کو دوبارہ رجسٹر کرنے کی کوشش کی۔ یہ پتا پہلے سے رجسٹرڈ ہے؛ آپ کا ذاتی لنک نیچے موجود ہے۔
action = آپ کی رجسٹریشن
