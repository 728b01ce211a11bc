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
reset-coming-next = Resetting a forgotten password from this page is on its way. Until then, please contact your helpdesk.
reset-back-to-sign-in = Back to sign-in

## Not found

not-found-title = Page not found
not-found-heading = We couldn't find that page.

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
