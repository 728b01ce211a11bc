## Shared by every page

product-name = Account self-service
skip-to-content = Skip to main content
loading = Loading…
language-label = Language
# Shown in the language picker: the name of this language, in this language.
language-name = English
language-apply = Change language
password-show = Show password
password-hide = Hide password

## Errors

error-user-name-missing = Enter your user name.
error-user-name-invalid = This doesn't look like a user name. Check what you typed and try again.
error-password-missing = Enter your password.
error-invalid-credentials = Your user name or password is incorrect. Check both and try again.
error-account-locked = Your account is locked. To unlock it, choose "Can't access your account?" below, or contact your helpdesk.
error-sign-in-paused = There have been too many failed sign-ins for this user name. To protect the account, sign-in is paused until { $until }. If you have forgotten your password, you can reset it now.
error-sign-in-busy-address = There have been too many failed sign-ins from your network. Please wait an hour and try again.
error-unavailable = Something went wrong on our side. Please try again in a few minutes.
error-transport = We couldn't reach the server. Check your connection and try again.

## Sign-in page

sign-in-title = Sign in
sign-in-heading = Sign in to your account
sign-in-user-name = User name
sign-in-password = Password
sign-in-submit = Sign in
sign-in-cant-access = Can't access your account?

## Account page

account-title = Your account
account-heading = Your account
account-signed-in-as = You are signed in as
account-sign-out = Sign out
account-signed-out = You are not signed in.
account-go-sign-in = Go to sign-in

## Password reset

reset-title = Reset your password
reset-heading = Get back into your account
reset-back-to-sign-in = Back to sign-in
reset-intro = Enter your user name and we will help you prove it is you, then choose a new password.
reset-user-id = User name
reset-user-id-hint = Usually your work email address, for example name@contoso.example.
reset-next = Next
captcha-question = To show you are a person: what is { $a } plus { $b }?
captcha-hint = Type the answer in digits.
captcha-checking = Checking that you are a person…
captcha-done = Done: your browser proved you are a person. Continue with Next.
reset-start-again = Start again
reset-verify-heading = Prove it is you
reset-gate-of = Verification { $number } of { $total }
reset-gate-legend = How do you want to get a verification code?
reset-gate-email = Email a code to { $destination }
reset-gate-mobile-sms = Text a code to my mobile phone { $destination }
reset-gate-mobile-voice = Call my mobile phone { $destination }
reset-gate-office-voice = Call my office phone { $destination }
reset-gate-questions = Answer my security questions
reset-code-sent-email = We sent an email with a verification code to { $destination }.
reset-code-sent-sms = We sent a text message with a verification code to { $destination }.
reset-code-sent-voice = We are calling { $destination } to read you a verification code.
reset-code-resend = Send a new code
reset-other-method = Use another method
reset-questions-heading = Answer your security questions
reset-password-heading = Choose a new password
reset-password-hint = { $min ->
    [one] Use at least one character.
   *[other] Use at least { $min } characters. A long phrase you can remember is best; avoid your name and common passwords.
}
reset-password-new = New password
reset-password-confirm = Confirm the new password
reset-password-strength-0 = Estimated strength: very weak
reset-password-strength-1 = Estimated strength: weak
reset-password-strength-2 = Estimated strength: fair
reset-password-strength-3 = Estimated strength: strong
reset-password-strength-4 = Estimated strength: very strong
reset-password-strength-note = An estimate made in your browser to help you choose. The rules above decide whether the password is accepted.
reset-password-submit = Reset password
reset-unlock-only-text = Your account is locked. If you still know your password, you can unlock the account and keep it.
reset-unlock-only = Unlock only
reset-contact-heading = Contact your administrator
reset-contact-text = You cannot reset your password here. Your administrator can help you get back into your account.
reset-contact-helpdesk = Contact the helpdesk
reset-done-heading = Your password was reset
reset-done-text = You have been signed out everywhere. Sign in with your new password.
reset-unlocked-heading = Your account is unlocked
reset-unlocked-text = Sign in with your current password.
reset-go-sign-in = Go to sign-in
reset-error-flow-missing = Your reset has expired or was never started. Please start again.
reset-error-step-out-of-order = That step is not available now. Please continue from this page.
reset-error-user-id-missing = Enter your user name.
reset-error-user-id-invalid = Enter your user name as an email-style address, for example name@contoso.example.
reset-error-captcha-failed = We could not check that you are a person. Please try again.
reset-error-gate-missing = Choose how you want to get a code.
reset-error-code-dead = Too many wrong codes. Send a new code or use another method.
reset-error-answers-wrong = One or more answers are not right. Check them and try again.
reset-error-blocked = You have tried too many times. For your safety, self-service reset is paused for this account until { $until }.
reset-error-busy-address = There have been too many attempts from your network. Please wait an hour and try again.
reset-error-passwords-differ = The two passwords do not match.
reset-error-password-too-short = { $min ->
    [one] Use at least one character.
   *[other] Use at least { $min } characters.
}
reset-error-password-missing = Enter a new password.
reset-error-password-common = This password is on the list of passwords attackers try first. Choose another one, for example a phrase of a few unrelated words.
reset-error-password-control = Passwords cannot contain line breaks, tabs or other control characters. Type it again without them.
reset-error-write-unconfirmed = We could not confirm that your new password was saved. Choose it again; the new choice replaces anything that was saved.
reset-writing = Your change is being saved. Reload this page in a moment.
reset-error-password-too-long = Use at most 256 characters.
reset-error-password-contains-name = Do not use your user name in your password.
reset-error-write-failed = We could not save the change in the directory, so nothing was changed. Please try again in a moment.

## Organisation branding on every page

footer-label = The organisation's links
footer-privacy = Privacy
footer-terms = Terms of use
footer-helpdesk = Helpdesk

## Branding studio (/admin/branding, for branding administrators)

studio-title = Branding studio
studio-heading-layer = Settings: { $layer }
studio-back = Back to the branding studio
studio-preview-banner = You are previewing the unpublished branding. Nobody else sees it until it is published.
studio-preview-stop = Stop the preview
studio-layer-label = Settings for
studio-layer-open = Open
studio-layer-default = Default (every language)
studio-layer-overridden = { $language } (has its own settings)
studio-inherited = When empty: { $value }
studio-as-default = As in the default settings
studio-as-product = As the portal looks without branding
studio-show = Show
studio-hide = Hide
studio-save = Save the draft
studio-section-identity = Organisation
studio-section-colours = Colours
studio-colours-hint = Write colours as #rrggbb, for example #0b5cad. Text and buttons must stand out enough from their background to be read by everyone, so the studio checks contrast before publishing.
studio-section-layout = Layout
studio-section-sign-in = Sign-in page
studio-section-links = Footer links
studio-section-css = Custom CSS
studio-css-hint = Rules for the class names listed in the portal's CSS reference. Images may only come from the images uploaded here. Up to 25 KB.
studio-section-images = Images
studio-section-publish = Publishing
studio-section-publications = Publications
studio-field-organisation-name = Organisation name
studio-field-colour-primary = Buttons and links
studio-field-colour-primary-text = Text on buttons
studio-field-colour-header = Header band
studio-field-colour-header-text = Text in the header band
studio-field-colour-text = Text
studio-field-colour-page = Page background
studio-field-colour-card = Card background
studio-field-colour-focus = Keyboard focus ring
studio-field-layout = Page layout
studio-layout-full-bleed = Background image filling the page
studio-layout-plain = Plain page colour
studio-field-show-header = Show the header band
studio-field-show-footer = Show the footer
studio-field-sign-in-text = Sign-in page text
studio-field-user-name-hint = User name hint
studio-field-cant-access-label = Text of the link for people who cannot sign in
studio-field-show-reset-link = Link for people who cannot sign in
studio-field-privacy-url = Privacy statement address
studio-field-terms-url = Terms of use address
studio-field-helpdesk-url = Helpdesk address (web or email)
studio-field-custom-css = Custom CSS
studio-field-image-banner-logo = Banner logo
studio-field-image-square-logo = Square logo
studio-field-image-square-logo-dark = Square logo for dark backgrounds
studio-field-image-favicon = Favicon
studio-field-image-background = Background image
studio-image-limits = { $kinds }, at most { $kilobytes } KB and { $width } × { $height } pixels.
studio-image-upload = Upload the { $slot }
studio-image-remove = Remove the { $slot }
studio-image-current = Current { $slot }
studio-live-heading = Live preview
studio-live-caption = Follows the colours and texts above as you type, before you save.
studio-preview = Preview the draft on the real pages
studio-email-preview = Preview an email with the draft
studio-publish = Publish
studio-state-never-published = Nothing has been published yet: everyone sees the portal without branding.
studio-state-published = Version { $version } is live.
studio-state-unpublished-changes = The draft has changes that are not published.
studio-problems-heading = Fix these before publishing
studio-problem-in-layer = { $layer }, { $setting }: { $problem }
studio-problem-contrast = { $layer }: { $pair } have a contrast of { $ratio }; at least { $minimum } is needed.
studio-problem-too-long = use at most { $max } characters.
studio-problem-control-character = remove the control characters (such as tabs) from it.
studio-problem-not-a-colour = write the colour as # followed by six hexadecimal digits, for example #0b5cad.
studio-problem-link-not-https = web addresses must start with https://.
studio-problem-link-invalid = write a web address starting with https:// or an email address.
studio-problem-css = line { $line }: { $reason }
studio-css-too-long = the stylesheet is longer than 25 KB.
studio-css-import = @import is not allowed; put the rules here instead.
studio-css-external-url = url() may only point to an image uploaded in the studio.
studio-css-expression = expression(), behavior and -moz-binding are not allowed.
studio-css-at-rule = only @media, @supports, @layer, @container, @font-face and @keyframes are allowed.
studio-css-markup = the sequence </ is not allowed.
studio-css-unparsable = this is not valid CSS (check for a missing brace, colon or quote).
studio-pair-text-on-page = text and the page background
studio-pair-text-on-card = text and the card background
studio-pair-button-text-on-primary = button text and buttons
studio-pair-header-text-on-header = header text and the header band
studio-pair-focus-on-page = the focus ring and the page background
studio-column-version = Version
studio-column-when = Published
studio-column-who = By
studio-column-note = Note
studio-column-action = Action
studio-publication-live = Live now
studio-publication-restored = Restores version { $version }
studio-roll-back = Publish version { $version } again
studio-done-saved = The draft is saved. Preview it, then publish it when it is ready.
studio-done-uploaded = The image is in the draft.
studio-done-removed = The image is removed from the draft.
studio-done-published = Published. Every page shows the new branding within a few seconds.
studio-done-rolled-back = The earlier version is live again, and is now the draft too.
studio-done-preview-stopped = The preview has ended.
studio-refused-publish = Nothing was published: fix the problems listed below first.
studio-refused-no-such-version = That version does not exist. Nothing was changed.
studio-refused-unavailable = The change could not be saved. Nothing was changed; please try again.
studio-refused-empty = The { $slot } was not uploaded: no file was chosen, or it was empty. Nothing was changed.
studio-refused-too-many-bytes = The { $slot } was not uploaded: the file is larger than { $kilobytes } KB. Nothing was changed.
studio-refused-unknown-type = The { $slot } was not uploaded: the file is not a PNG, JPEG or WebP image (or an SVG drawing, for logos), whatever its name says. Nothing was changed.
studio-refused-svg-not-allowed = The { $slot } was not uploaded: SVG drawings are accepted for logos only. Use PNG, JPEG or WebP. Nothing was changed.
studio-refused-too-many-pixels = The { $slot } was not uploaded: it is larger than { $width } × { $height } pixels. Nothing was changed.
studio-refused-undecodable = The { $slot } was not uploaded: the image is damaged and could not be read. Nothing was changed.
studio-refused-svg-unparsable = The { $slot } was not uploaded: the SVG drawing could not be read. Nothing was changed.
studio-refused-svg-doctype = The { $slot } was not uploaded: SVG drawings with a DOCTYPE or entities are refused. Nothing was changed.
studio-refused-svg-script = The { $slot } was not uploaded: the SVG drawing contains a script. Nothing was changed.
studio-refused-svg-foreign-object = The { $slot } was not uploaded: the SVG drawing embeds other content (foreignObject). Nothing was changed.
studio-refused-svg-event-handler = The { $slot } was not uploaded: the SVG drawing contains event handlers (on… attributes). Nothing was changed.
studio-refused-svg-external-reference = The { $slot } was not uploaded: the SVG drawing refers to files or addresses outside itself. Nothing was changed.
studio-refused-svg-too-complex = The { $slot } was not uploaded: the SVG drawing is too complex. Simplify it and try again. Nothing was changed.
studio-refused-svg-marker = The { $slot } was not uploaded: SVG markers are not supported. Nothing was changed.

## Not found

not-found-title = Page not found
not-found-heading = We couldn't find that page.

## Demo outbox (demonstration mode only)

outbox-title = Demo outbox
outbox-heading = Demo outbox
outbox-banner-heading = Demonstration mode
outbox-banner-text = This page exists only in demonstration mode. Messages are not really sent: emails, text messages and voice calls are kept here instead, one-time codes included, so that you can try the portal out. Never run a real portal in demonstration mode.
outbox-caption = The latest { $limit } messages, newest first
outbox-empty = No messages yet. Codes and notifications the portal sends will appear here.
outbox-time = Time
outbox-channel = Channel
outbox-recipient = Recipient
outbox-subject = Subject
outbox-body = Message
outbox-channel-email = Email
outbox-channel-sms = Text message
outbox-channel-voice = Voice call

## Predefined security questions (their ids are stored; never rename a key)

question-city-met-partner = In what city did you meet your first spouse/partner?
question-city-parents-met = In what city did your parents meet?
question-city-nearest-sibling = In what city does your nearest sibling live?
question-city-father-born = In what city was your father born?
question-city-first-job = In what city was your first job?
question-city-mother-born = In what city was your mother born?
question-city-new-year-2000 = What city were you in on New Year's 2000?
question-high-school-teacher-last-name = What is the last name of your favorite teacher in high school?
question-college-applied-not-attended = What is the name of a college you applied to but didn't attend?
question-first-wedding-reception-place = What is the name of the place in which you held your first wedding reception?
question-father-middle-name = What is your father's middle name?
question-favorite-food = What is your favorite food?
question-maternal-grandmother-name = What is your maternal grandmother's first and last name?
question-mother-middle-name = What is your mother's middle name?
question-oldest-sibling-birthday = What is your oldest sibling's birthday month and year? (e.g. November 1985)
question-oldest-sibling-middle-name = What is your oldest sibling's middle name?
question-paternal-grandfather-name = What is your paternal grandfather's first and last name?
question-youngest-sibling-middle-name = What is your youngest sibling's middle name?
question-sixth-grade-school = What school did you attend for sixth grade?
question-childhood-best-friend-name = What was the first and last name of your childhood best friend?
question-first-significant-other-name = What was the first and last name of your first significant other?
question-grade-school-teacher-last-name = What was the last name of your favorite grade school teacher?
question-first-car-make-model = What was the make and model of your first car or motorcycle?
question-first-school = What was the name of the first school you attended?
question-birth-hospital = What was the name of the hospital in which you were born?
question-childhood-street = What was the name of the street of your first childhood home?
question-childhood-hero = What was the name of your childhood hero?
question-favorite-stuffed-animal = What was the name of your favorite stuffed animal?
question-first-pet = What was the name of your first pet?
question-childhood-nickname = What was your childhood nickname?
question-high-school-sport = What was your favorite sport in high school?
question-first-job = What was your first job?
question-childhood-phone-last-digits = What were the last four digits of your childhood telephone number?
question-childhood-ambition = When you were young, what did you want to be when you grew up?
question-most-famous-person-met = Who is the most famous person you have ever met?

## Security-info registration

method-email = Email
method-mobile-phone = Mobile phone
method-office-phone = Office phone
method-security-questions = Security questions
method-questions-count = { $count ->
    [one] { $count } question answered
   *[other] { $count } questions answered
}
source-authentication = registered by you for verification, not shown in the directory
source-directory = from your directory profile
source-administrator = set by your administrator

prompt-title = More information required
prompt-register-heading = More information required
prompt-register-why = Your organization needs a way to confirm it is you when you forget your password or your account is locked. Register your security info now so you can get back in on your own, without calling the helpdesk.
prompt-register-needed = { $count ->
    [one] You need at least one verification method.
   *[other] You need at least { $count } different verification methods.
}
prompt-next = Next
prompt-skip = Skip for now
prompt-reconfirm-heading = Are these still correct?
prompt-reconfirm-why = Please check the security info you registered. If something changed, update it so that you can still reset your password.
prompt-looks-good = Looks good
prompt-change = Change
prompt-nothing = Nothing more is needed
prompt-go-account = Go to your account

wizard-title = Register security info
wizard-start = Start again
wizard-step-of = Step { $number } of { $total }
wizard-code-label = Verification code
wizard-verify = Verify
wizard-send-code = Send code
wizard-skip-step = Skip this method
wizard-phone-country = Country or region
wizard-phone-number = Phone number
wizard-phone-hint = Without the country code, or with it starting with +.
wizard-phone-channel = How should we send the code?
wizard-phone-sms = Text message (SMS)
wizard-phone-voice = Voice call
wizard-phone-texted = We sent a text message with a code to { $number }.
wizard-phone-called = We are calling { $number } to read you a code.
wizard-phone-resend-heading = No code? Send it again or use another number
wizard-phone-reset-uses = Today a password reset would use { $number }, { $source }.
wizard-phone-reset-none = You have no phone that a password reset could use yet.
wizard-phone-precedence = A number you verify here becomes your authentication phone, and reset uses it instead of the mobile phone in the directory.
wizard-office-phone = Office phone: { $number }, set by your administrator. You cannot change it here.
wizard-email-address = Email address
wizard-email-sent = We sent an email with a code to { $address }.
wizard-email-resend-heading = No email? Send it again or use another address
wizard-email-reset-uses = Today a password reset would use { $address }, { $source }.
wizard-email-reset-none = You have no email address that a password reset could use yet.
wizard-email-precedence = An address you verify here becomes your authentication email, and reset uses it instead of the alternate email in the directory. Use an address other than your work one.
wizard-questions-intro = { $count ->
    [one] Pick a question and answer it.
   *[other] Pick { $count } different questions and answer each of them.
} Answers are 3 to 40 characters; capitals and extra spaces do not matter. Nobody, administrators included, can read them.
wizard-question-label = Question { $number }
wizard-answer-label = Answer to question { $number }
wizard-question-choose = Choose a question
wizard-answers-show = Show answers
wizard-answers-hide = Hide answers
wizard-questions-save = Continue
wizard-questions-retype = For your safety, answers are never sent back to the page: please type them again.
wizard-summary-heading = Check and save
wizard-summary-skipped = Skipped
wizard-save = Save
wizard-cancel = Cancel

registration-error-not-signed-in = Your session has ended. Please sign in again.
registration-error-flow-missing = This registration has expired or was already finished. Start again to continue.
registration-error-step-out-of-order = That step is not available now. Continue from the step shown.
registration-error-phone-missing = Enter your phone number.
registration-error-country-needed = Choose a country, or write the number with its international code starting with +.
registration-error-phone-invalid = This is not a valid phone number for the chosen country.
registration-error-email-missing = Enter your email address.
registration-error-email-invalid = Enter an email address like name@example.com.
code-error-missing = Enter the code we sent you.
code-error-malformed = The code is 6 to 8 digits.
code-error-wrong = { $tries ->
    [one] That code is not right. You have one more try.
   *[other] That code is not right. You have { $tries } more tries.
}
code-error-dead = Too many wrong codes. Send a new code.
code-error-expired = That code has expired. Send a new code.
code-error-used = This code was already used. Send a new code.
code-error-none-sent = No code is waiting. Send a new code.
code-error-too-many = Too many codes were sent. Wait an hour, or choose another method.
code-error-delivery-failed = We could not send the code. Try again, or choose another method.
registration-error-question-missing = Choose a question here.
registration-error-question-not-offered = Choose a question from the list.
registration-error-question-twice = You already chose this question. Choose a different one.
error-answer-missing = Enter an answer.
registration-error-answer-too-short = Answers are at least 3 characters long.
registration-error-answer-too-long = Answers are at most 40 characters long.
registration-error-answer-twice = You already gave this answer to another question. Give a different one.
registration-error-steps-pending = Complete or skip each step before saving.
registration-error-nothing-to-save = Nothing was added. Register at least one method, or cancel.
registration-error-not-enough-methods = { $needed ->
    [one] Register at least one method, so that you can reset your password.
   *[other] Register at least { $needed } different methods, so that you can reset your password.
}

account-security-info = Security info: register, change or delete
account-security-info-saved = Your security info was saved.

message-code-email-subject = Your verification code
message-code-email-body = Your verification code is { $code }.

    It is valid for { $minutes } minutes. If you did not ask for it, you can ignore this email: nothing changes without the code.
message-code-sms = Your verification code is { $code }. It is valid for { $minutes } minutes.
message-code-voice = Your verification code is: { $code }. Again: { $code }.
message-changed-subject = Your security info was changed
message-changed-body = The security info of your account was just changed:
    { $changes }

    If you made this change, there is nothing to do. If you did not, contact your helpdesk now.
message-changed-phone = the authentication phone
message-changed-email = the authentication email
message-changed-questions = the security questions

country-AR = Argentina
country-AT = Austria
country-AU = Australia
country-BE = Belgium
country-BR = Brazil
country-CA = Canada
country-CH = Switzerland
country-CN = China
country-CZ = Czechia
country-DE = Germany
country-DK = Denmark
country-ES = Spain
country-FI = Finland
country-FR = France
country-GB = United Kingdom
country-GR = Greece
country-HR = Croatia
country-HU = Hungary
country-IE = Ireland
country-IN = India
country-IT = Italy
country-JP = Japan
country-LU = Luxembourg
country-MT = Malta
country-MX = Mexico
country-NL = Netherlands
country-NO = Norway
country-NZ = New Zealand
country-PL = Poland
country-PT = Portugal
country-RO = Romania
country-SE = Sweden
country-SI = Slovenia
country-SK = Slovakia
country-SM = San Marino
country-TR = Türkiye
country-UA = Ukraine
country-US = United States
country-VA = Vatican City
country-ZA = South Africa
registration-error-reauth-required = For your safety, enter your password again before changing your security info.
registration-error-method-not-changeable = This method cannot be changed here.
registration-error-wrong-password = That password is not right.
registration-error-too-many-password-tries = There have been too many wrong passwords. Please wait a few minutes and try again.

security-info-title = Security info
security-info-back = Back to your account
security-info-usable = { $usable ->
    [one] A password reset can use one of your methods
   *[other] A password reset can use { $usable } of your methods
}; it needs { $required ->
    [one] one.
   *[other] { $required } different ones.
}
security-info-not-set = Not set
security-info-add = Add
security-info-change = Change
security-info-delete = Delete
security-info-deleted = The method was deleted.
security-info-delete-title = Delete a method
security-info-delete-confirm = Delete “{ $method }” from your security info?
security-info-delete-warning = { $required ->
    [one] After this you would have no method left, and you could no longer reset your password on your own.
   *[other] After this you would have fewer than { $required } methods, and you could no longer reset your password on your own.
}
reauth-title = Confirm it is you
reauth-submit = Continue

## Password reset messages

message-reset-subject = Your password was reset
message-reset-body = Hello,

    the password of your account was just reset through the self-service password portal, and every session was signed out.

    If this was you, there is nothing more to do. If it was not, contact your administrator at once.

    Sign in: { $url }
message-unlocked-subject = Your account was unlocked
message-unlocked-body = Hello,

    your account was just unlocked through the self-service password portal. Your password did not change.

    If this was not you, contact your administrator at once.

    Sign in: { $url }
message-admin-reset-subject = Administrator { $admin } reset their password
message-admin-reset-body = Hello,

    the administrator { $admin } just reset their own password through the self-service password portal.

    If you did not expect this, check with them and review the audit log.

    Portal: { $url }

## Email footer and text-message sender

# The footer of every email: $organisation is the organisation's name, or product-name when none is set.
email-footer-sent-by = This is an automatic message from { $organisation }.
email-footer-privacy = Privacy
email-footer-terms = Terms of use
email-footer-helpdesk = Helpdesk
# Starts every text message and call when the organisation's name is set: $text is the message.
message-from-organisation = { $organisation }: { $text }
