# signature-confirmed: The signature counts; carries the link to withdraw it.
# Variables: see templates/mail/README.md.

subject = تمّ احتساب توقيعك: { $letter }
body = تمّ تأكيد توقيعك على «{ $letter }». وإذا رغبتِ يومًا في سحبه وحذف بياناتك معه، فاستخدمي الرابط أدناه.
action = سحب توقيعي
