### Suomi (fi). Rekisteri: sinuttelu ja yksikön 2. persoonan käskymuoto (”Kirjoita”, ”Valitse”), kuten Microsoft 365:n ja Windowsin suomenkielisessä käyttöliittymässä.
### Sanasto:
###   password = salasana
###   security info = suojaustiedot
###   verification code = vahvistuskoodi
###   security question = suojauskysymys
###   helpdesk = tukipalvelu
###   administrator = järjestelmänvalvoja
###   sign in / sign out = kirjautua sisään / kirjautua ulos
###   reset (password) = nollata (salasana)
###   unlock = avata lukitus
###   account = tili
###   user name = käyttäjänimi
###   directory = hakemisto
###   authentication phone / email = todentamispuhelin / todentamissähköposti
###   email / text message = sähköposti / tekstiviesti

## Kaikille sivuille yhteiset

product-name = Tilin itsepalvelu
skip-to-content = Siirry pääsisältöön
loading = Ladataan…
language-label = Kieli
# Näytetään kielivalitsimessa: tämän kielen nimi tällä kielellä.
language-name = Suomi
language-apply = Vaihda kieli
password-show = Näytä salasana
password-hide = Piilota salasana

## Virheet

error-user-name-missing = Kirjoita käyttäjänimesi.
error-user-name-invalid = Tämä ei näytä käyttäjänimeltä. Tarkista kirjoittamasi ja yritä uudelleen.
error-password-missing = Kirjoita salasanasi.
error-invalid-credentials = Käyttäjänimi tai salasana on virheellinen. Tarkista molemmat ja yritä uudelleen.
error-account-locked = Tilisi on lukittu. Voit avata lukituksen valitsemalla alta ”Etkö pääse käyttämään tiliäsi?” tai ottamalla yhteyttä tukipalveluun.
error-sign-in-paused = Tällä käyttäjänimellä on tehty liian monta epäonnistunutta kirjautumisyritystä. Tilin suojaamiseksi kirjautuminen on keskeytetty { $until } asti. Jos olet unohtanut salasanasi, voit nollata sen nyt.
error-sign-in-busy-address = Verkostasi on tehty liian monta epäonnistunutta kirjautumisyritystä. Odota tunti ja yritä sitten uudelleen.
error-unavailable = Jotain meni vikaan meidän päässämme. Yritä uudelleen muutaman minuutin kuluttua.
error-transport = Palvelimeen ei saatu yhteyttä. Tarkista yhteytesi ja yritä uudelleen.

## Kirjautumissivu

sign-in-title = Kirjaudu sisään
sign-in-heading = Kirjaudu sisään tiliisi
sign-in-user-name = Käyttäjänimi
sign-in-password = Salasana
sign-in-submit = Kirjaudu sisään
sign-in-cant-access = Etkö pääse käyttämään tiliäsi?

## Tilisivu

account-title = Tilisi
account-heading = Tilisi
account-signed-in-as = Olet kirjautunut sisään käyttäjänä
account-sign-out = Kirjaudu ulos
account-signed-out = Et ole kirjautunut sisään.
account-go-sign-in = Siirry kirjautumiseen

## Salasanan nollaus

reset-title = Nollaa salasanasi
reset-heading = Palaa tilillesi
reset-back-to-sign-in = Takaisin kirjautumiseen
reset-intro = Kirjoita käyttäjänimesi, niin autamme sinua todistamaan henkilöllisyytesi. Sen jälkeen valitset uuden salasanan.
reset-user-id = Käyttäjänimi
reset-user-id-hint = Yleensä työsähköpostiosoitteesi, esimerkiksi name@contoso.example.
reset-next = Seuraava
captcha-question = Osoita, että olet ihminen: paljonko on { $a } plus { $b }?
captcha-hint = Kirjoita vastaus numeroina.
captcha-checking = Tarkistetaan, että olet ihminen…
captcha-done = Valmis: selaimesi osoitti, että olet ihminen. Jatka valitsemalla Seuraava.
reset-start-again = Aloita alusta
reset-verify-heading = Todista henkilöllisyytesi
reset-gate-of = Vahvistus { $number }/{ $total }
reset-gate-legend = Miten haluat saada vahvistuskoodin?
reset-gate-email = Lähetä koodi sähköpostitse osoitteeseen { $destination }
reset-gate-mobile-sms = Lähetä koodi tekstiviestinä matkapuhelimeeni { $destination }
reset-gate-mobile-voice = Soita matkapuhelimeeni { $destination }
reset-gate-office-voice = Soita työpuhelimeeni { $destination }
reset-gate-questions = Vastaa suojauskysymyksiini
reset-code-sent-email = Lähetimme vahvistuskoodin sähköpostitse osoitteeseen { $destination }.
reset-code-sent-sms = Lähetimme vahvistuskoodin tekstiviestinä numeroon { $destination }.
reset-code-sent-voice = Soitamme numeroon { $destination } ja luemme sinulle vahvistuskoodin.
reset-code-resend = Lähetä uusi koodi
reset-other-method = Käytä toista menetelmää
reset-questions-heading = Vastaa suojauskysymyksiisi
reset-password-heading = Valitse uusi salasana
reset-password-hint = { $min ->
    [one] Käytä vähintään yhtä merkkiä.
   *[other] Käytä vähintään { $min } merkkiä. Pitkä lause, jonka muistat, on paras; vältä nimeäsi ja yleisiä salasanoja.
}
reset-password-new = Uusi salasana
reset-password-confirm = Vahvista uusi salasana
reset-password-strength-0 = Arvioitu vahvuus: hyvin heikko
reset-password-strength-1 = Arvioitu vahvuus: heikko
reset-password-strength-2 = Arvioitu vahvuus: kohtalainen
reset-password-strength-3 = Arvioitu vahvuus: vahva
reset-password-strength-4 = Arvioitu vahvuus: hyvin vahva
reset-password-strength-note = Selaimesi laskema arvio, joka auttaa sinua valitsemaan. Yllä olevat säännöt ratkaisevat, hyväksytäänkö salasana.
reset-password-submit = Nollaa salasana
reset-unlock-only-text = Tilisi on lukittu. Jos muistat vielä salasanasi, voit avata tilin lukituksen ja säilyttää salasanan.
reset-unlock-only = Avaa vain lukitus
reset-contact-heading = Ota yhteyttä järjestelmänvalvojaan
reset-contact-text = Et voi nollata salasanaasi täällä. Järjestelmänvalvoja voi auttaa sinua pääsemään takaisin tilillesi.
reset-contact-helpdesk = Ota yhteyttä tukipalveluun
reset-done-heading = Salasanasi on nollattu
reset-done-text = Sinut on kirjattu ulos kaikkialta. Kirjaudu sisään uudella salasanallasi.
reset-unlocked-heading = Tilisi lukitus on avattu
reset-unlocked-text = Kirjaudu sisään nykyisellä salasanallasi.
reset-go-sign-in = Siirry kirjautumiseen
reset-error-flow-missing = Nollaus on vanhentunut, tai sitä ei koskaan aloitettu. Aloita alusta.
reset-error-step-out-of-order = Tämä vaihe ei ole nyt käytettävissä. Jatka tältä sivulta.
reset-error-user-id-missing = Kirjoita käyttäjänimesi.
reset-error-user-id-invalid = Kirjoita käyttäjänimesi sähköpostiosoitteen muodossa, esimerkiksi name@contoso.example.
reset-error-captcha-failed = Emme voineet varmistaa, että olet ihminen. Yritä uudelleen.
reset-error-gate-missing = Valitse, miten haluat saada koodin.
reset-error-code-dead = Liian monta väärää koodia. Lähetä uusi koodi tai käytä toista menetelmää.
reset-error-answers-wrong = Yksi tai useampi vastaus on väärin. Tarkista vastaukset ja yritä uudelleen.
reset-error-blocked = Olet yrittänyt liian monta kertaa. Turvallisuutesi vuoksi tämän tilin salasanan nollaus itsepalvelussa on keskeytetty { $until } asti.
reset-error-busy-address = Verkostasi on tehty liian monta yritystä. Odota tunti ja yritä sitten uudelleen.
reset-error-passwords-differ = Salasanat eivät täsmää.
reset-error-password-too-short = { $min ->
    [one] Käytä vähintään yhtä merkkiä.
   *[other] Käytä vähintään { $min } merkkiä.
}
reset-error-password-missing = Kirjoita uusi salasana.
reset-error-password-common = Tämä salasana on luettelossa salasanoista, joita hyökkääjät kokeilevat ensimmäisinä. Valitse toinen, esimerkiksi lause, joka koostuu muutamasta toisiinsa liittymättömästä sanasta.
reset-error-password-control = Salasana ei voi sisältää rivinvaihtoja, sarkaimia tai muita ohjausmerkkejä. Kirjoita salasana uudelleen ilman niitä.
reset-error-write-unconfirmed = Emme voineet varmistaa, että uusi salasanasi tallennettiin. Valitse se uudelleen; uusi valinta korvaa kaiken aiemmin tallennetun.
reset-writing = Muutostasi tallennetaan. Lataa tämä sivu uudelleen hetken kuluttua.
reset-error-password-too-long = Käytä enintään 256 merkkiä.
reset-error-password-contains-name = Älä käytä käyttäjänimeäsi salasanassa.
reset-error-write-failed = Muutosta ei voitu tallentaa hakemistoon, joten mitään ei muutettu. Yritä hetken kuluttua uudelleen.

## Organisaation brändäys jokaisella sivulla

footer-label = Organisaation linkit
footer-privacy = Tietosuoja
footer-terms = Käyttöehdot
footer-helpdesk = Tukipalvelu

## Brändäysstudio (/admin/branding, brändäyksen järjestelmänvalvojille)

studio-title = Brändäysstudio
studio-heading-layer = Asetukset: { $layer }
studio-back = Takaisin brändäysstudioon
studio-preview-banner = Esikatselet julkaisematonta brändäystä. Kukaan muu ei näe sitä ennen kuin se julkaistaan.
studio-preview-stop = Lopeta esikatselu
studio-layer-label = Asetusten kieli
studio-layer-open = Avaa
studio-layer-default = Oletus (kaikki kielet)
studio-layer-overridden = { $language } (omat asetukset)
studio-inherited = Jos jätetään tyhjäksi: { $value }
studio-as-default = Kuten oletusasetuksissa
studio-as-product = Kuten portaali näyttää ilman brändäystä
studio-show = Näytä
studio-hide = Piilota
studio-save = Tallenna luonnos
studio-section-identity = Organisaatio
studio-section-colours = Värit
studio-colours-hint = Kirjoita värit muodossa #rrggbb, esimerkiksi #0b5cad. Tekstin ja painikkeiden täytyy erottua taustastaan riittävästi, jotta kaikki voivat lukea ne, joten studio tarkistaa kontrastin ennen julkaisua.
studio-section-layout = Asettelu
studio-section-sign-in = Kirjautumissivu
studio-section-links = Alatunnisteen linkit
studio-section-css = Mukautettu CSS
studio-css-hint = Säännöt portaalin CSS-viiteohjeessa luetelluille luokkanimille. Kuvat voivat olla peräisin vain täältä ladatuista kuvista. Enintään 25 kt.
studio-section-images = Kuvat
studio-section-publish = Julkaiseminen
studio-section-publications = Julkaisut
studio-field-organisation-name = Organisaation nimi
studio-field-colour-primary = Painikkeet ja linkit
studio-field-colour-primary-text = Painikkeiden teksti
studio-field-colour-header = Ylätunnistepalkki
studio-field-colour-header-text = Ylätunnistepalkin teksti
studio-field-colour-text = Teksti
studio-field-colour-page = Sivun tausta
studio-field-colour-card = Kortin tausta
studio-field-colour-focus = Näppäimistön kohdistuksen kehys
studio-field-layout = Sivun asettelu
studio-layout-full-bleed = Koko sivun täyttävä taustakuva
studio-layout-plain = Yksivärinen sivu
studio-field-show-header = Näytä ylätunnistepalkki
studio-field-show-footer = Näytä alatunniste
studio-field-sign-in-text = Kirjautumissivun teksti
studio-field-user-name-hint = Käyttäjänimen vihje
studio-field-cant-access-label = Linkin teksti niille, jotka eivät pääse kirjautumaan
studio-field-show-reset-link = Linkki niille, jotka eivät pääse kirjautumaan
studio-field-privacy-url = Tietosuojaselosteen osoite
studio-field-terms-url = Käyttöehtojen osoite
studio-field-helpdesk-url = Tukipalvelun osoite (verkko tai sähköposti)
studio-field-custom-css = Mukautettu CSS
studio-field-image-banner-logo = Bannerin logo
studio-field-image-square-logo = Neliön muotoinen logo
studio-field-image-square-logo-dark = Neliön muotoinen logo tummille taustoille
studio-field-image-favicon = Sivustokuvake (favicon)
studio-field-image-background = Taustakuva
studio-image-limits = { $kinds }, enintään { $kilobytes } kt ja { $width } × { $height } pikseliä.
studio-image-upload = Lataa: { $slot }
studio-image-remove = Poista: { $slot }
studio-image-current = Nykyinen kuva: { $slot }
studio-live-heading = Reaaliaikainen esikatselu
studio-live-caption = Seuraa yllä olevia värejä ja tekstejä jo kirjoittaessasi, ennen tallentamista.
studio-preview = Esikatsele luonnosta oikeilla sivuilla
studio-email-preview = Esikatsele luonnoksen mukaista sähköpostia
studio-publish = Julkaise
studio-state-never-published = Mitään ei ole vielä julkaistu: kaikki näkevät portaalin ilman brändäystä.
studio-state-published = Käytössä on versio { $version }.
studio-state-unpublished-changes = Luonnoksessa on muutoksia, joita ei ole julkaistu.
studio-problems-heading = Korjaa nämä ennen julkaisemista
studio-problem-in-layer = { $layer }, { $setting }: { $problem }
studio-problem-contrast = { $layer }: { $pair } välinen kontrasti on { $ratio }; vaaditaan vähintään { $minimum }.
studio-problem-too-long = käytä enintään { $max } merkkiä.
studio-problem-control-character = poista siitä ohjausmerkit (kuten sarkaimet).
studio-problem-not-a-colour = kirjoita väri muodossa # ja kuusi heksadesimaalinumeroa, esimerkiksi #0b5cad.
studio-problem-link-not-https = verkko-osoitteiden on alettava merkeillä https://.
studio-problem-link-invalid = kirjoita verkko-osoite, joka alkaa merkeillä https://, tai sähköpostiosoite.
studio-problem-css = rivi { $line }: { $reason }
studio-css-too-long = tyylitiedosto on suurempi kuin 25 kt.
studio-css-import = @import ei ole sallittu; kirjoita säännöt suoraan tähän.
studio-css-external-url = url() voi viitata vain studioon ladattuun kuvaan.
studio-css-expression = expression(), behavior ja -moz-binding eivät ole sallittuja.
studio-css-at-rule = vain @media, @supports, @layer, @container, @font-face ja @keyframes ovat sallittuja.
studio-css-markup = merkkijono </ ei ole sallittu.
studio-css-unparsable = tämä ei ole kelvollista CSS:ää (tarkista, puuttuuko aaltosulje, kaksoispiste tai lainausmerkki).
studio-pair-text-on-page = tekstin ja sivun taustan
studio-pair-text-on-card = tekstin ja kortin taustan
studio-pair-button-text-on-primary = painiketekstin ja painikkeiden
studio-pair-header-text-on-header = ylätunnisteen tekstin ja ylätunnistepalkin
studio-pair-focus-on-page = kohdistuksen kehyksen ja sivun taustan
studio-column-version = Versio
studio-column-when = Julkaistu
studio-column-who = Julkaisija
studio-column-note = Huomautus
studio-column-action = Toiminto
studio-publication-live = Nyt käytössä
studio-publication-restored = Palauttaa version { $version }
studio-roll-back = Julkaise versio { $version } uudelleen
studio-done-saved = Luonnos on tallennettu. Esikatsele sitä ja julkaise se, kun se on valmis.
studio-done-uploaded = Kuva on nyt luonnoksessa.
studio-done-removed = Kuva on poistettu luonnoksesta.
studio-done-published = Julkaistu. Kaikki sivut näyttävät uuden brändäyksen muutaman sekunnin kuluessa.
studio-done-rolled-back = Aiempi versio on taas käytössä, ja se on nyt myös luonnos.
studio-done-preview-stopped = Esikatselu on päättynyt.
studio-refused-publish = Mitään ei julkaistu: korjaa ensin alla luetellut ongelmat.
studio-refused-no-such-version = Tätä versiota ei ole olemassa. Mitään ei muutettu.
studio-refused-unavailable = Muutosta ei voitu tallentaa. Mitään ei muutettu. Yritä uudelleen.
studio-refused-empty = Kuvaa ”{ $slot }” ei ladattu: tiedostoa ei valittu, tai se oli tyhjä. Mitään ei muutettu.
studio-refused-too-many-bytes = Kuvaa ”{ $slot }” ei ladattu: tiedosto on suurempi kuin { $kilobytes } kt. Mitään ei muutettu.
studio-refused-unknown-type = Kuvaa ”{ $slot }” ei ladattu: tiedosto ei nimestään riippumatta ole PNG-, JPEG- tai WebP-kuva (eikä logojen kohdalla SVG-piirros). Mitään ei muutettu.
studio-refused-svg-not-allowed = Kuvaa ”{ $slot }” ei ladattu: SVG-piirroksia hyväksytään vain logoiksi. Käytä PNG-, JPEG- tai WebP-muotoa. Mitään ei muutettu.
studio-refused-too-many-pixels = Kuvaa ”{ $slot }” ei ladattu: kuva on suurempi kuin { $width } × { $height } pikseliä. Mitään ei muutettu.
studio-refused-undecodable = Kuvaa ”{ $slot }” ei ladattu: kuva on vioittunut, eikä sitä voitu lukea. Mitään ei muutettu.
studio-refused-svg-unparsable = Kuvaa ”{ $slot }” ei ladattu: SVG-piirrosta ei voitu lukea. Mitään ei muutettu.
studio-refused-svg-doctype = Kuvaa ”{ $slot }” ei ladattu: SVG-piirroksia, joissa on DOCTYPE tai entiteettejä, ei hyväksytä. Mitään ei muutettu.
studio-refused-svg-script = Kuvaa ”{ $slot }” ei ladattu: SVG-piirros sisältää komentosarjan. Mitään ei muutettu.
studio-refused-svg-foreign-object = Kuvaa ”{ $slot }” ei ladattu: SVG-piirrokseen on upotettu muuta sisältöä (foreignObject). Mitään ei muutettu.
studio-refused-svg-event-handler = Kuvaa ”{ $slot }” ei ladattu: SVG-piirros sisältää tapahtumankäsittelijöitä (on…-määritteitä). Mitään ei muutettu.
studio-refused-svg-external-reference = Kuvaa ”{ $slot }” ei ladattu: SVG-piirros viittaa itsensä ulkopuolisiin tiedostoihin tai osoitteisiin. Mitään ei muutettu.
studio-refused-svg-too-complex = Kuvaa ”{ $slot }” ei ladattu: SVG-piirros on liian monimutkainen. Yksinkertaista sitä ja yritä uudelleen. Mitään ei muutettu.
studio-refused-svg-marker = Kuvaa ”{ $slot }” ei ladattu: SVG-merkkejä (marker) ei tueta. Mitään ei muutettu.

## Ei löytynyt

not-found-title = Sivua ei löytynyt
not-found-heading = Emme löytäneet sivua.

## Esittelytilan lähtevät viestit (vain esittelytilassa)

outbox-title = Lähtevät viestit (esittely)
outbox-heading = Lähtevät viestit (esittely)
outbox-banner-heading = Esittelytila
outbox-banner-text = Tämä sivu on olemassa vain esittelytilassa. Viestejä ei oikeasti lähetetä: sähköpostit, tekstiviestit ja puhelut tallennetaan sen sijaan tänne kertakäyttökoodeineen, jotta voit kokeilla portaalia. Älä koskaan käytä oikeaa portaalia esittelytilassa.
outbox-caption = Viimeisimmät viestit (enintään { $limit }), uusin ensin
outbox-empty = Ei vielä viestejä. Portaalin lähettämät koodit ja ilmoitukset näkyvät täällä.
outbox-time = Aika
outbox-channel = Kanava
outbox-recipient = Vastaanottaja
outbox-subject = Aihe
outbox-body = Viesti
outbox-channel-email = Sähköposti
outbox-channel-sms = Tekstiviesti
outbox-channel-voice = Puhelu

## Valmiit suojauskysymykset (niiden tunnukset tallennetaan; älä koskaan nimeä avainta uudelleen)

question-city-met-partner = Missä kaupungissa tapasit ensimmäisen puolisosi tai kumppanisi?
question-city-parents-met = Missä kaupungissa vanhempasi tapasivat?
question-city-nearest-sibling = Missä kaupungissa asuu se sisaruksesi, joka asuu lähimpänä sinua?
question-city-father-born = Missä kaupungissa isäsi syntyi?
question-city-first-job = Missä kaupungissa ensimmäinen työpaikkasi oli?
question-city-mother-born = Missä kaupungissa äitisi syntyi?
question-city-new-year-2000 = Missä kaupungissa vietit vuodenvaihteen 1999–2000?
question-high-school-teacher-last-name = Mikä on lukion lempiopettajasi sukunimi?
question-college-applied-not-attended = Mikä on sen korkeakoulun nimi, johon hait mutta jossa et opiskellut?
question-first-wedding-reception-place = Mikä on sen paikan nimi, jossa ensimmäiset hääjuhlasi pidettiin?
question-father-middle-name = Mikä on isäsi toinen etunimi?
question-favorite-food = Mikä on lempiruokasi?
question-maternal-grandmother-name = Mikä on äidinäitisi etu- ja sukunimi?
question-mother-middle-name = Mikä on äitisi toinen etunimi?
question-oldest-sibling-birthday = Minä kuukautena ja vuonna vanhin sisaruksesi on syntynyt? (esim. marraskuu 1985)
question-oldest-sibling-middle-name = Mikä on vanhimman sisaruksesi toinen etunimi?
question-paternal-grandfather-name = Mikä on isänisäsi etu- ja sukunimi?
question-youngest-sibling-middle-name = Mikä on nuorimman sisaruksesi toinen etunimi?
question-sixth-grade-school = Missä koulussa kävit kuudennen luokan?
question-childhood-best-friend-name = Mikä oli lapsuutesi parhaan ystävän etu- ja sukunimi?
question-first-significant-other-name = Mikä oli ensimmäisen seurustelukumppanisi etu- ja sukunimi?
question-grade-school-teacher-last-name = Mikä oli ala-asteen lempiopettajasi sukunimi?
question-first-car-make-model = Mikä oli ensimmäisen autosi tai moottoripyöräsi merkki ja malli?
question-first-school = Mikä oli ensimmäisen koulusi nimi?
question-birth-hospital = Minkä nimisessä sairaalassa synnyit?
question-childhood-street = Millä kadulla ensimmäinen lapsuudenkotisi sijaitsi?
question-childhood-hero = Kuka oli lapsuutesi sankari?
question-favorite-stuffed-animal = Mikä oli lempipehmolelusi nimi?
question-first-pet = Mikä oli ensimmäisen lemmikkisi nimi?
question-childhood-nickname = Mikä oli lempinimesi lapsena?
question-high-school-sport = Mikä oli lempiurheilulajisi lukioaikoina?
question-first-job = Mikä oli ensimmäinen työsi?
question-childhood-phone-last-digits = Mitkä olivat lapsuudenkotisi puhelinnumeron neljä viimeistä numeroa?
question-childhood-ambition = Mikä halusit lapsena olla isona?
question-most-famous-person-met = Kuka on kuuluisin henkilö, jonka olet koskaan tavannut?

## Suojaustietojen rekisteröinti

method-email = Sähköposti
method-mobile-phone = Matkapuhelin
method-office-phone = Työpuhelin
method-security-questions = Suojauskysymykset
method-questions-count = { $count ->
    [one] { $count } kysymykseen vastattu
   *[other] { $count } kysymykseen vastattu
}
source-authentication = itse vahvistusta varten rekisteröity, ei näy hakemistossa
source-directory = hakemistoprofiilistasi
source-administrator = järjestelmänvalvojan määrittämä

prompt-title = Lisätietoja tarvitaan
prompt-register-heading = Lisätietoja tarvitaan
prompt-register-why = Organisaatiosi tarvitsee keinon varmistaa henkilöllisyytesi, kun unohdat salasanasi tai tilisi on lukittu. Rekisteröi suojaustietosi nyt, niin pääset takaisin tilillesi itse soittamatta tukipalveluun.
prompt-register-needed = { $count ->
    [one] Tarvitset vähintään yhden vahvistusmenetelmän.
   *[other] Tarvitset vähintään { $count } eri vahvistusmenetelmää.
}
prompt-next = Seuraava
prompt-skip = Ohita toistaiseksi
prompt-reconfirm-heading = Ovatko nämä yhä oikein?
prompt-reconfirm-why = Tarkista rekisteröimäsi suojaustiedot. Jos jokin on muuttunut, päivitä tiedot, jotta voit edelleen nollata salasanasi.
prompt-looks-good = Näyttää hyvältä
prompt-change = Muuta
prompt-nothing = Lisätoimia ei tarvita
prompt-go-account = Siirry tiliisi

wizard-title = Rekisteröi suojaustiedot
wizard-start = Aloita alusta
wizard-step-of = Vaihe { $number }/{ $total }
wizard-code-label = Vahvistuskoodi
wizard-verify = Vahvista
wizard-send-code = Lähetä koodi
wizard-skip-step = Ohita tämä menetelmä
wizard-phone-country = Maa tai alue
wizard-phone-number = Puhelinnumero
wizard-phone-hint = Ilman maatunnusta tai maatunnuksen kanssa niin, että numero alkaa +-merkillä.
wizard-phone-channel = Miten lähetämme koodin?
wizard-phone-sms = Tekstiviesti (SMS)
wizard-phone-voice = Puhelu
wizard-phone-texted = Lähetimme koodin tekstiviestinä numeroon { $number }.
wizard-phone-called = Soitamme numeroon { $number } ja luemme sinulle koodin.
wizard-phone-resend-heading = Eikö koodia tullut? Lähetä se uudelleen tai käytä toista numeroa
wizard-phone-reset-uses = Salasanan nollaus käyttäisi nyt numeroa { $number } ({ $source }).
wizard-phone-reset-none = Sinulla ei ole vielä puhelinta, jota salasanan nollaus voisi käyttää.
wizard-phone-precedence = Täällä vahvistamastasi numerosta tulee todentamispuhelimesi, ja nollaus käyttää sitä hakemistossa olevan matkapuhelinnumeron sijaan.
wizard-office-phone = Työpuhelin: { $number }, järjestelmänvalvojan määrittämä. Et voi muuttaa sitä täällä.
wizard-email-address = Sähköpostiosoite
wizard-email-sent = Lähetimme koodin sähköpostitse osoitteeseen { $address }.
wizard-email-resend-heading = Eikö sähköpostia tullut? Lähetä se uudelleen tai käytä toista osoitetta
wizard-email-reset-uses = Salasanan nollaus käyttäisi nyt osoitetta { $address } ({ $source }).
wizard-email-reset-none = Sinulla ei ole vielä sähköpostiosoitetta, jota salasanan nollaus voisi käyttää.
wizard-email-precedence = Täällä vahvistamastasi osoitteesta tulee todentamissähköpostisi, ja nollaus käyttää sitä hakemistossa olevan vaihtoehtoisen sähköpostiosoitteen sijaan. Käytä jotakin muuta kuin työosoitettasi.
wizard-questions-intro = { $count ->
    [one] Valitse kysymys ja vastaa siihen.
   *[other] Valitse { $count } eri kysymystä ja vastaa jokaiseen.
} Vastausten pituus on 3–40 merkkiä; isoilla kirjaimilla ja ylimääräisillä välilyönneillä ei ole merkitystä. Kukaan, ei edes järjestelmänvalvoja, voi lukea niitä.
wizard-question-label = Kysymys { $number }
wizard-answer-label = Vastaus kysymykseen { $number }
wizard-question-choose = Valitse kysymys
wizard-answers-show = Näytä vastaukset
wizard-answers-hide = Piilota vastaukset
wizard-questions-save = Jatka
wizard-questions-retype = Turvallisuutesi vuoksi vastauksia ei koskaan lähetetä takaisin sivulle: kirjoita ne uudelleen.
wizard-summary-heading = Tarkista ja tallenna
wizard-summary-skipped = Ohitettu
wizard-save = Tallenna
wizard-cancel = Peruuta

registration-error-not-signed-in = Istuntosi on päättynyt. Kirjaudu sisään uudelleen.
registration-error-flow-missing = Tämä rekisteröinti on vanhentunut tai jo valmis. Jatka aloittamalla alusta.
registration-error-step-out-of-order = Tämä vaihe ei ole nyt käytettävissä. Jatka näytetystä vaiheesta.
registration-error-phone-missing = Kirjoita puhelinnumerosi.
registration-error-country-needed = Valitse maa tai kirjoita numero kansainvälisen maatunnuksen kanssa niin, että se alkaa +-merkillä.
registration-error-phone-invalid = Tämä ei ole kelvollinen puhelinnumero valitussa maassa.
registration-error-email-missing = Kirjoita sähköpostiosoitteesi.
registration-error-email-invalid = Kirjoita sähköpostiosoite muodossa nimi@example.com.
code-error-missing = Kirjoita koodi, jonka lähetimme sinulle.
code-error-malformed = Koodissa on 6–8 numeroa.
code-error-wrong = { $tries ->
    [one] Koodi on väärä. Sinulla on vielä yksi yritys.
   *[other] Koodi on väärä. Sinulla on vielä { $tries } yritystä.
}
code-error-dead = Liian monta väärää koodia. Lähetä uusi koodi.
code-error-expired = Koodi on vanhentunut. Lähetä uusi koodi.
code-error-used = Tämä koodi on jo käytetty. Lähetä uusi koodi.
code-error-none-sent = Odottavaa koodia ei ole. Lähetä uusi koodi.
code-error-too-many = Koodeja on lähetetty liian monta. Odota tunti tai valitse toinen menetelmä.
code-error-delivery-failed = Emme voineet lähettää koodia. Yritä uudelleen tai valitse toinen menetelmä.
registration-error-question-missing = Valitse kysymys tähän.
registration-error-question-not-offered = Valitse kysymys luettelosta.
registration-error-question-twice = Olet jo valinnut tämän kysymyksen. Valitse toinen.
error-answer-missing = Kirjoita vastaus.
registration-error-answer-too-short = Vastauksen on oltava vähintään 3 merkkiä pitkä.
registration-error-answer-too-long = Vastaus saa olla enintään 40 merkkiä pitkä.
registration-error-answer-twice = Olet jo antanut tämän vastauksen toiseen kysymykseen. Anna eri vastaus.
registration-error-steps-pending = Suorita tai ohita jokainen vaihe ennen tallentamista.
registration-error-nothing-to-save = Mitään ei lisätty. Rekisteröi vähintään yksi menetelmä tai peruuta.
registration-error-not-enough-methods = { $needed ->
    [one] Rekisteröi vähintään yksi menetelmä, jotta voit nollata salasanasi.
   *[other] Rekisteröi vähintään { $needed } eri menetelmää, jotta voit nollata salasanasi.
}

account-security-info = Suojaustiedot: rekisteröi, muuta tai poista
account-security-info-saved = Suojaustietosi tallennettiin.

message-code-email-subject = Vahvistuskoodisi
message-code-email-body = Vahvistuskoodisi on { $code }.

    Se on voimassa { $minutes } minuuttia. Jos et pyytänyt koodia, voit ohittaa tämän viestin: mikään ei muutu ilman koodia.
message-code-sms = Vahvistuskoodisi on { $code }. Se on voimassa { $minutes } minuuttia.
message-code-voice = Vahvistuskoodisi on: { $code }. Toistan: { $code }.
message-changed-subject = Suojaustietojasi on muutettu
message-changed-body = Tilisi suojaustietoja muutettiin juuri:
    { $changes }

    Jos teit muutoksen itse, sinun ei tarvitse tehdä mitään. Jos et, ota heti yhteyttä tukipalveluun.
message-changed-phone = todentamispuhelin
message-changed-email = todentamissähköposti
message-changed-questions = suojauskysymykset

country-AR = Argentiina
country-AT = Itävalta
country-AU = Australia
country-BE = Belgia
country-BR = Brasilia
country-CA = Kanada
country-CH = Sveitsi
country-CN = Kiina
country-CZ = Tšekki
country-DE = Saksa
country-DK = Tanska
country-ES = Espanja
country-FI = Suomi
country-FR = Ranska
country-GB = Yhdistynyt kuningaskunta
country-GR = Kreikka
country-HR = Kroatia
country-HU = Unkari
country-IE = Irlanti
country-IN = Intia
country-IT = Italia
country-JP = Japani
country-LU = Luxemburg
country-MT = Malta
country-MX = Meksiko
country-NL = Alankomaat
country-NO = Norja
country-NZ = Uusi-Seelanti
country-PL = Puola
country-PT = Portugali
country-RO = Romania
country-SE = Ruotsi
country-SI = Slovenia
country-SK = Slovakia
country-SM = San Marino
country-TR = Turkki
country-UA = Ukraina
country-US = Yhdysvallat
country-VA = Vatikaani
country-ZA = Etelä-Afrikka
registration-error-reauth-required = Kirjoita turvallisuutesi vuoksi salasanasi uudelleen ennen kuin muutat suojaustietojasi.
registration-error-method-not-changeable = Tätä menetelmää ei voi muuttaa täällä.
registration-error-wrong-password = Salasana on väärä.
registration-error-too-many-password-tries = Vääriä salasanoja on annettu liian monta. Odota muutama minuutti ja yritä sitten uudelleen.

security-info-title = Suojaustiedot
security-info-back = Takaisin tiliin
security-info-usable = { $usable ->
    [one] Salasanan nollaus voi käyttää yhtä menetelmistäsi
   *[other] Salasanan nollaus voi käyttää { $usable } menetelmistäsi
}; se vaatii { $required ->
    [one] yhden.
   *[other] { $required } eri menetelmää.
}
security-info-not-set = Ei määritetty
security-info-add = Lisää
security-info-change = Muuta
security-info-delete = Poista
security-info-deleted = Menetelmä poistettiin.
security-info-delete-title = Poista menetelmä
security-info-delete-confirm = Poistetaanko ”{ $method }” suojaustiedoistasi?
security-info-delete-warning = { $required ->
    [one] Tämän jälkeen sinulla ei olisi yhtään menetelmää jäljellä, etkä voisi enää nollata salasanaasi itse.
   *[other] Tämän jälkeen sinulla olisi alle { $required } menetelmää, etkä voisi enää nollata salasanaasi itse.
}
reauth-title = Vahvista henkilöllisyytesi
reauth-submit = Jatka

## Salasanan nollausta koskevat viestit

message-reset-subject = Salasanasi on nollattu
message-reset-body = Hei,

    Tilisi salasana nollattiin juuri salasanojen itsepalveluportaalin kautta, ja kaikki istunnot kirjattiin ulos.

    Jos teit tämän itse, sinun ei tarvitse tehdä muuta. Jos et, ota heti yhteyttä järjestelmänvalvojaan.

    Kirjaudu sisään: { $url }
message-unlocked-subject = Tilisi lukitus on avattu
message-unlocked-body = Hei,

    Tilisi lukitus avattiin juuri salasanojen itsepalveluportaalin kautta. Salasanasi ei muuttunut.

    Jos et tehnyt tätä itse, ota heti yhteyttä järjestelmänvalvojaan.

    Kirjaudu sisään: { $url }
message-admin-reset-subject = Järjestelmänvalvoja { $admin } nollasi oman salasanansa
message-admin-reset-body = Hei,

    Järjestelmänvalvoja { $admin } nollasi juuri oman salasanansa salasanojen itsepalveluportaalin kautta.

    Jos et odottanut tätä, tarkista asia häneltä ja käy läpi valvontaloki.

    Portaali: { $url }

## Sähköpostien alatunniste ja tekstiviestien lähettäjä

email-footer-sent-by = Tämä on automaattinen viesti. Lähettäjä: { $organisation }.
email-footer-privacy = Tietosuoja
email-footer-terms = Käyttöehdot
email-footer-helpdesk = Tukipalvelu
message-from-organisation = { $organisation }: { $text }
