# confirm: Please confirm your registration (double opt-in); the link expires.
# Variables: see templates/mail/README.md.

subject = يُرجى تأكيد تسجيلك: { $event }
body = شكرًا لتسجيلك في «{ $event }» ({ $when }). يُرجى تأكيد التسجيل عبر الرابط أدناه؛ فلن يُحجز لك أي مقعد قبل ذلك. يبقى الرابط صالحًا حتى { $expires }.
action = تأكيد تسجيلي
