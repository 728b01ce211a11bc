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
