# signature-confirm: Please confirm your signature of an open letter.
# Variables: see templates/mail/README.md.

subject = يُرجى تأكيد توقيعك: { $letter }
body = شكرًا لتوقيعك على «{ $letter }». يُرجى تأكيد التوقيع عبر الرابط أدناه؛ فلن يُحتسب توقيعك قبل ذلك.
action = تأكيد توقيعي
