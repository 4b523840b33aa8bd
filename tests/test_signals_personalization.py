import pytest

from signal_builders import context, conversation, inbound, outbound, owner_profile, run
from unpitch.signals.personalization import DETECTOR


def signals(*texts: str, **profile):
    ctx = context(owner=owner_profile(**profile)) if profile else context()
    return run(DETECTOR, conversation(*(inbound(text, day) for day, text in enumerate(texts))), ctx)


@pytest.mark.parametrize("text", [
    "Hi Anna, loved your talk about green computing and your work on Kubernetes operators.",
    "Hallo Anna, Ihr Beitrag über nachhaltige Rechenzentren hat mich zum Nachdenken gebracht.",
    "Hallo Anna, ich habe gesehen, dass Sie früher bei Zalando waren und Kubernetes Operators bauen.",
])
def test_personalized_fires_on_specific_facts(text):
    found = signals(text)
    assert found["PERSONALIZED"].points < 0
    assert "ONLY_NAME_PERSONALIZATION" not in found


def test_personalized_depth_grows_with_facts():
    shallow = signals("Kubernetes teams like yours move fast.")["PERSONALIZED"]
    deep = signals("Your Kubernetes operators work, green computing focus and time at Zalando stand out; "
                   "I also read your post about Rust in production.")["PERSONALIZED"]
    assert shallow.points == -1.0 and deep.points <= -3.0
    assert '"Kubernetes"' in shallow.detail


@pytest.mark.parametrize("text", [
    "Hi Anna, we help companies grow with our platform.",
    "Hallo Anna, wir helfen Unternehmen beim Wachstum.",
])
def test_personalized_does_not_fire_on_generic_text(text):
    assert "PERSONALIZED" not in signals(text)


def test_title_and_company_are_not_specific_facts():
    found = signals("Hi Anna, as Platform Engineering Lead at Acme you will love this.")
    assert "PERSONALIZED" not in found
    assert found["ONLY_NAME_PERSONALIZATION"].points == 1.0
    assert '"Anna"' in found["ONLY_NAME_PERSONALIZATION"].detail


@pytest.mark.parametrize("text", [
    "Hi Anna, I hope this message finds you well. I came across your profile.",
    "Hallo Anna, ich hoffe, es geht Ihnen gut. Ich bin auf Ihr Profil gestoßen.",
    "Hallo Anna, ich bin auf Ihr Profil gestossen und wollte mich kurz bei Ihnen melden.",
    "Hi Anna, came across your profile. Hope you're doing well!",
    "Hi Anna - your robotics background really stood out! I hope you're doing well.",
])
def test_generic_openers_en_de(text):
    found = signals(text)
    assert found["GENERIC_OPENER"].points == 2.0
    assert found["GENERIC_OPENER"].detail.startswith('generic opener: "')


def test_single_generic_opener_is_weak():
    assert signals("Your profile stood out, we should talk about invoices.")["GENERIC_OPENER"].points == 1.0


@pytest.mark.parametrize("text", [
    "We help companies like yours cut cloud costs.",
    "Gerade familiengeführte Häuser wie Ihres stehen vor großen Herausforderungen.",
    "In our experience, companies like Acme reach an inflection point.",  # her company, filed under a class
])
def test_filing_her_under_a_class_of_customers_is_a_template_frame(text):
    assert signals(text)["GENERIC_OPENER"].points == 1.0


def test_a_class_named_after_someone_else_is_no_frame():
    assert "GENERIC_OPENER" not in signals("We built it for teams like Zalando's payments group.")


def test_no_generic_opener_in_plain_message():
    assert "GENERIC_OPENER" not in signals("Hi Anna, the invoice for March is attached.")


@pytest.mark.parametrize("text", [
    "What an impressive background you have!",
    "Ihr Werdegang ist wirklich beeindruckend.",
    "Ein beeindruckender Werdegang!",
    "I've been following Acme's journey and I'm genuinely impressed by how you've built such a strong brand.",
    "Ich verfolge schon länger, was Acme macht. Acme hat sich einen starken Namen gemacht.",
])
def test_empty_flattery(text):
    assert signals(text)["EMPTY_FLATTERY"].points == 1.0


def test_flattery_with_specifics_is_not_empty():
    found = signals("Impressive background: your Kubernetes operators talk about green computing was great.")
    assert "EMPTY_FLATTERY" not in found and "PERSONALIZED" in found


def test_only_name_needs_a_mention():
    assert "ONLY_NAME_PERSONALIZATION" not in signals("Hello, we sell printers.")


def test_outbound_text_is_ignored():
    conv = conversation(outbound("I build Kubernetes operators, I came across your profile"), inbound("ok"))
    assert run(DETECTOR, conv, context()) == {}


def test_empty_profile_gives_no_personalization():
    found = signals("Your Kubernetes operators are great.", first_name="", headline="", summary="", positions=[], skills=[])
    assert "PERSONALIZED" not in found and "ONLY_NAME_PERSONALIZATION" not in found


def test_her_skill_words_in_the_sellers_own_offer_are_not_personalization():
    from signal_builders import context, conversation, inbound, owner_profile, run
    from unpitch.signals.personalization import DETECTOR

    owner = context(owner_profile(skills=["Brand Positioning", "Messaging"]))
    offer = run(DETECTOR, conversation(inbound("At Forge we help companies sharpen their brand positioning and messaging.")), owner)
    assert "PERSONALIZED" not in offer
    about_her = run(DETECTOR, conversation(inbound("Your brand positioning and messaging work for Lindner stood out to me.")), owner)
    assert "PERSONALIZED" in about_her


def test_a_question_that_guesses_at_her_business_is_not_homework():
    owner = context(owner_profile(skills=["Celebration Cakes", "Clear Aligners"]))
    guess = run(DETECTOR, conversation(inbound("Are you selling celebration cakes? Ours come frozen and ready to label.")), owner)
    assert "PERSONALIZED" not in guess
    stated = run(DETECTOR, conversation(inbound("Your celebration cakes at the Didsbury fair were the talk of the day.")), owner)
    assert "PERSONALIZED" in stated
    clipped = run(DETECTOR, conversation(inbound("Hi Anna, planning celebration cakes this year? We deliver nationwide.")), owner)
    assert "PERSONALIZED" not in clipped


@pytest.mark.parametrize("text", [
    "Hi Anna, KubeGuard runs continuous Kubernetes operators audits across your clusters.",
    "Hallo Anna, Graf & Partner begleitet Teams bei Kubernetes und Rust ganzheitlich.",
])
def test_a_named_company_selling_in_her_skill_words_is_not_homework(text):
    assert "PERSONALIZED" not in signals(text)


@pytest.mark.parametrize("text", [
    "Hi Anna, I noticed you lead Kubernetes operators and Rust work at Acme.",
    "Hallo Anna, ich habe gesehen, dass Sie die Kubernetes-Plattform bei Acme verantworten.",
    "Came across your profile and I'm impressed by what you do in Kubernetes and Rust.",
])
def test_her_profile_read_back_to_her_is_not_homework(text):
    found = signals(text).get("PERSONALIZED")
    assert found is None or found.points > -2


def test_a_named_person_reporting_about_her_is_still_homework():
    found = signals("Tyrone says your team moved all Kubernetes operators to Rust this spring.")
    assert found["PERSONALIZED"].points <= -2


def test_a_company_describing_its_own_offer_in_her_words_is_not_homework():
    owner = context(owner_profile(skills=["Event Planning", "Corporate Events"]))
    offer = run(DETECTOR, conversation(inbound("StageLine delivers lighting and sound for corporate events nationwide.")), owner)
    assert "PERSONALIZED" not in offer


@pytest.mark.parametrize("text", [
    "Dr. Berger, Priscilla Huang suggested I reach out about your partner buy-in next year.",
    "Hi Anna, Tyler Saucier told us you're hiring.",
    "Guten Tag Frau Berger, auf Empfehlung von Herrn Krüger melde ich mich bei Ihnen.",
])
def test_a_referral_by_someone_she_knows_is_homework(text):
    assert signals(text)["PERSONALIZED"].points <= -2.0


def test_what_she_said_or_did_counts_when_the_sentence_names_specifics():
    from signal_builders import conversation, inbound, run
    from unpitch.signals.personalization import DETECTOR

    specific = run(DETECTOR, conversation(inbound("Ich sehe, dass Sie eine Steuerfachangestellte suchen. Ich habe eine Kandidatin.")))
    assert specific["PERSONALIZED"].points <= -2
    abbreviated = run(DETECTOR, conversation(inbound("Sie suchen laut Ihrem Beitrag ca. 180 m² Büro in Ehrenfeld, barrierefrei.")))
    assert abbreviated["PERSONALIZED"].points <= -2
    vague = run(DETECTOR, conversation(inbound("I saw your post, great stuff! We sell software to teams.")))
    assert "PERSONALIZED" not in vague


def test_a_product_that_helps_companies_like_hers_is_the_sellers_voice():
    from signal_builders import context, conversation, inbound, owner_profile, run
    from unpitch.signals.personalization import DETECTOR

    owner = context(owner_profile(skills=["CSRD reporting", "Scope 3 accounting"]))
    offer = run(DETECTOR, conversation(inbound("CarbonPilot helps companies automate Scope 3 accounting and CSRD reporting.")), owner)
    assert "PERSONALIZED" not in offer


@pytest.mark.parametrize(
    "text",
    [
        "Ich habe Ihr Wettbewerbsmodell für Pirna in der Ausstellung im Rathaus gesehen.",
        "Sie schreiben, dass Ihre Rezeption mit Anrufen für die Laufband-Termine überlastet ist.",
        "Congrats on the three new stores opening in Ottawa this spring!",
        "Your recent LinkedIn post about hiring bilingual associates for Ottawa got me thinking.",
        "Ich habe in der Zeitung über Ihren Umbau in der Dresdner Neustadt gelesen.",
        "Glückwunsch zur Seed-Runde mit Isarwerk, mit denen wir schon zwei Portfoliounternehmen finanziert haben.",
        "I noticed you've started selling your 'Haar' landscape series as prints through your shop.",
        "Your registry paper mentions that data are still collected in spreadsheets at the participating sites.",
        "In Ihrem Jahresbericht 2017 nennen Sie 140 TAVI-Eingriffe und eine Leckrate, die Sie senken möchten.",
        "In der Ausschreibung der Marktgemeinde Gallneukirchen war Ihr Angebot für 12 Arbeitsplätze einsehbar.",
        "Tyrone mentioned you're supporting two of your team towards CIPS Level 4 this spring.",
        "Patricia Moreau mentioned your 'Lead the Floor' programme and its seventy percent internal promotions.",
        "Ich war letztes Jahr auf eurem Hoffest und fand die Kellerführung wunderschön.",
        "Your public postmortem from July mentioned the import backlog nobody noticed until customers called.",
        "Your talk at the Yorkshire Procurement Network on highways frameworks came up twice last week.",
        "I noticed your new tender documents already ask for carbon reduction plans.",
        "I read the preprint by your group on sex differences after valve replacement in older women.",
        "Mehrere Gäste schreiben in Bewertungen, dass das Taxi vom Flughafen zu Ihnen fast 40 Euro kostet.",
        "According to the EP register your firm represented applicants in fourteen Chinese filings last year.",
        "Your interview in The Cut Sheet mentioned that returns on tailored trousers were running high.",
        "Im Jahresbericht 2020 schreiben Sie, dass für den Erweiterungsbau noch vier Millionen fehlen.",
        "On your website FAQ you say you prefer InDesign packages for manuals but cannot return layout.",
        "Wir haben gesehen, dass Ihre neue Werkstatthalle an der Liebenauer Hauptstraße fast fertig ist.",
        "Your website says 'Hablamos español' but your new-patient and consent forms are only in English.",
        "I've followed Messwerk since the Trending Topics piece on your cooperative housing customers.",
        "I read your article on cooling-water reuse in data centres, and we have measured the same effect.",
        "Sie haben laut Ihren Stellenanzeigen sowohl angestellte als auch freie Fahrerinnen im Einsatz.",
        "Your article 'Why platform teams should own their on-call rota' made me laugh.",
        "Ich war bei der Innungsversammlung, und Sie haben erzählt, dass Ihre Leute bei Regen aufs Dach müssen.",
        "Sie suchen laut Ihrem Inserat einen gebrauchten Kran mit 26 m Ausladung auf Anhänger.",
        "Your backend job ad lists Postgres, Celery and on-prem deployments at customers.",
        "Ich habe den Artikel über Ihre Finanzierungsrunde gelesen: Ihre Kunden wurden nur anonym zitiert.",
        "I noticed Acme was registered with the Companies House register last month, congrats on incorporating.",
        "I saw Acme's open benchmark repo with 400 anonymised claim forms.",
        "Sie hatten unter einem Beitrag kommentiert, dass Ihnen für Plattformprojekte noch Praxis in Helm fehlt.",
        "In der Gruppe 'Platform Engineers DACH' haben Sie nach Zertifikatsrotation in Clustern gefragt.",
        "Ich habe im Handelsregister gesehen, dass Sie zum 1. Juni eine eigene Beratungsgesellschaft gegründet haben.",
        "I rang three times at lunch and got voicemail, which your greeting says is because the office closes 1-2.",
        "I read the datasheet on your website: the probe runs on a single lithium cell at a 15-minute interval.",
        "The programme of the Merano health conference lists Acme as the interpreting provider for three languages.",
        "From your public CORDIS entry, your previous EU project ended at TRL 6 with a wearable prototype.",
        "Im Stadtanzeiger stand, dass Sie 60 Kinder auf der Warteliste für Klavier haben.",
        "I noticed on CareLedger's customer page that Acme is on their eMAR medication module.",
        "Beat Koller mentioned that Hanbit Food Trading approached you at Confecta about Seoul department stores.",
        "Ich habe den Artikel in der Rundschau über Ihr Jubiläum gelesen: Ihre Retreats sind immer ausgebucht.",
        "Sie erzählen dort, dass das Seminarhaus nur 16 Plätze hat und die Warteliste wächst.",
        "Thomas Reiter hat erwähnt, dass Sie Ihre Angebote noch aus dem Solarplaner in Excel kopieren.",
        "According to your job postings you run both salaried and freelance couriers in three cities.",
    ],
)
def test_references_to_her_own_work_and_news_are_personal(text):
    from signal_builders import conversation, inbound, run

    assert run(DETECTOR, conversation(inbound(text)))["PERSONALIZED"].points <= -2


@pytest.mark.parametrize(
    "text",
    [
        "Congratulations on the recent growth and all your success! We help teams scale.",
        "Congrats on your work anniversary! We help teams scale their outbound.",
        "Saw you're in fintech, cool space! We help teams scale their outbound.",
        "Ich habe Ihr Profil gesehen und finde es spannend. Wir helfen Unternehmen beim Wachstum.",
        "Have you considered what your practice is worth? Clinics and studios like yours sell well now.",
        # "you are growing" fits every company that has ever hired anyone
        "Ich sehe, dass Ihr Betrieb gerade stark wächst. Wir finden Azubis über Social Ads.",
        "I see that your company is growing fast. We find engineers through social ads.",
        # her company's name is the merge field, praise is not a topic, and the clause after "and we" is theirs
        "Hallo Anna, ich habe gesehen, dass Acme stark wächst - Gratulation! Wir optimieren Routen mit KI.",
        "Dear Dr. Berger, we read your excellent article and are pleased to invite you to submit your next manuscript.",
        "Having read your outstanding publication, we cordially invite you to contribute to our forthcoming issue.",
        "Hallo Anna, Glückwunsch zur aktuellen Finanzierungsrunde! Wir helfen Startups beim Vertrieb.",
        "I was looking at your website and noticed it isn't ranking on page 1 of Google for several keywords.",
        "Hello Anna - noticed Acme is currently hiring in several areas. Worth sharing a few profiles?",
        "Hi Anna, I noticed your school website could use a refresh. We build modern websites.",
        "Ich stelle dich im Newsletter an 30.000 Leser aus der Branche vor, hättest du Lust?",
        # an unfilled tag, her job as her profile states it, and the SEO audit every agency sends
        "Ich habe gesehen, dass {{companyName}} im Bereich {{industry}} tätig ist. Wir helfen Firmen.",
        "Ich habe gesehen, dass Sie bei Acme für Plattformbetrieb und Kubernetes zuständig sind.",
        "Ich hab gesehen, dass ihr bei wichtigen Keywords nicht auf Seite 1 bei Google seid.",
    ],
)
def test_template_congratulations_and_profile_visits_are_not_personal(text):
    from signal_builders import conversation, inbound, run

    personalized = run(DETECTOR, conversation(inbound(text))).get("PERSONALIZED")
    assert personalized is None or personalized.points > -2


def test_words_that_name_her_trade_count_for_less_than_facts_about_her():
    from signal_builders import context, conversation, inbound, owner_profile, run
    from unpitch.model import Position

    vet = owner_profile(
        industry="Veterinary",
        positions=[Position(company="Kleintierklinik Pichler", title="Tierärztin, Inhaberin", started_on="2015-01")],
        summary="Unsere Tierärzte und Assistentinnen versorgen Hunde und Katzen, Schwerpunkt Orthopädie.",
        skills=["Veterinary Surgery"],
    )
    trade = run(DETECTOR, conversation(inbound("Fachkräftemangel bei Tierärzten? Wir finden neue Leute in 4 Wochen.")), context(vet))
    assert "PERSONALIZED" not in trade
    specific = run(DETECTOR, conversation(inbound("Ihr Schwerpunkt Orthopädie bei Hunden passt genau zu unserem Kurs.")), context(vet))
    assert "PERSONALIZED" in specific


def test_her_town_and_words_every_trade_uses_are_not_facts_about_her():
    from signal_builders import context, conversation, inbound, owner_profile, run

    baker = owner_profile(
        location="Manchester, England, United Kingdom",
        headline="Owner, Crumb & Kettle Bakehouse | sourdough in Manchester",
        summary="Two bakeries for our customers and patients of the clinic next door.",
        skills=["Start-ups"],
    )
    local = "QuickBite is now live in Manchester! Join 2,000 restaurants and reach new customers and patients. Start-ups pay 0% commission."
    assert "PERSONALIZED" not in run(DETECTOR, conversation(inbound(local)), context(baker))
    specific = "Your sourdough in Manchester is the best I have had, and the bakehouse name is lovely."
    assert "PERSONALIZED" in run(DETECTOR, conversation(inbound(specific)), context(baker))


def test_her_hyphenated_company_is_a_merge_field_not_a_fact():
    from signal_builders import context, conversation, inbound, owner_profile, run
    from unpitch.model import Position

    owner = owner_profile(
        headline="Geschäftsführende Gesellschafterin bei Wümme-Bau Ahlers GmbH | Rohbau",
        positions=[Position(company="Wümme-Bau Ahlers GmbH", title="Geschäftsführerin", started_on="2010-01")],
    )
    found = run(DETECTOR, conversation(inbound("Unternehmen wie Wümme-Bau Ahlers sind das Hauptziel von Ransomware.")), context(owner))
    assert "PERSONALIZED" not in found and "ONLY_NAME_PERSONALIZATION" in found


@pytest.mark.parametrize("text", [
    # her company praised in words that fit any company, or in her own profile's words
    "Hi Anna, I noticed Acme is doing really well in Hamburg, congrats! We help platform teams ship faster.",
    "Hey Anna - noticed Acme is doing great things in green computing! We help teams like that grow.",
    "Hallo Anna, mir ist aufgefallen, dass Acme einen richtig guten Ruf hat! Wir helfen Teams beim Wachstum.",
    "Hallo Anna, ich sehe, dass du großartige Arbeit im Bereich Kubernetes machst.",
])
def test_vague_praise_of_her_company_is_no_homework(text):
    found = signals(text, location="Hamburg, Germany")
    assert "PERSONALIZED" not in found or found["PERSONALIZED"].points > -2


@pytest.mark.parametrize("text", [
    "Hi Anna, your team's job ad for an SRE mentions 'manual failover drills every Friday night'.",
    "Hallo Anna, Frau Tönjes erwähnte, dass Sie das Rechenzentrum in Vegesack auf Flüssigkühlung umbauen.",
    "Hi Anna, I was reading your runbook for the ingress controller and noticed two deprecated flags.",
    "Liebe Anna, bei Ihrem letzten Vortrag saßen viele Studierende neben mir, die nach den Folien fragten.",
    "Hallo Anna, im Handelsregister habe ich gesehen, dass Acme eine Niederlassung in Leipzig eröffnet.",
    "Hi Anna, I found you through the CNCF speaker directory and watched your panel on cluster upgrades.",
])
def test_homework_in_many_forms_is_found(text):
    assert signals(text)["PERSONALIZED"].points <= -2


def test_one_skill_alone_is_a_list_filter_not_homework():
    skills = ["Kubernetes", "Rust", "Incident Response"]
    alone = signals("Hi Anna, incident response is chaos for most teams. Want to see PagerFox?", skills=skills)
    assert alone["PERSONALIZED"].points == -1.0
    with_more = signals("Hi Anna, incident response for Kubernetes operators is chaos. Want to see PagerFox?", skills=skills)
    assert with_more["PERSONALIZED"].points <= -2.0


@pytest.mark.parametrize("text", [
    "Hi Anna, most platform leads we speak to lose 10 hours a week to toil. We take that off your plate.",
    "Hi Anna, engineering leaders like you are facing more pressure than ever.",
    "Sehr geehrte Frau Berger, die Acme GmbH steht wie viele Industrieunternehmen vor der Herausforderung, mehr mit weniger zu schaffen.",
])
def test_template_frames_are_generic_openers(text):
    assert "GENERIC_OPENER" in signals(text)


def test_a_company_that_is_a_provider_describes_itself():
    text = "Dear Anna, BalkanOps is a full-service provider offering Kubernetes operators and green computing audits."
    assert "PERSONALIZED" not in signals(text)


def test_a_dot_inside_a_name_does_not_end_the_sentence():
    assert "PERSONALIZED" not in signals("Hi Anna! OpsPilot.ai writes Kubernetes operators for you in minutes.")


def test_praise_of_what_she_does_is_her_profile_read_back():
    text = "Hi Anna, what you're doing for green computing is so needed right now. We scale outbound for SaaS."
    assert "PERSONALIZED" not in signals(text)


@pytest.mark.parametrize("text", [
    "Hallo Anna, auf Instagram haben Sie eine Skizze für einen Operator-Controller gezeigt, mit der Frage nach Leader-Election.",
    "Hallo Anna, auf der Karte der Green-Software-Foundation sind Sie als Mitglied in Hamburg gelistet, mit Flüssigkühlung für Rechenzentren.",
    "Sehr geehrte Frau Berger, Sie haben in meinem Webinar zur Cluster-Migration die Frage nach etcd-Backups gestellt.",
    "Hi Anna, I noticed on Companies House that Acme GmbH opened a London branch with three directors last month.",
])
def test_homework_she_showed_in_public_is_found(text):
    assert signals(text)["PERSONALIZED"].points <= -2


@pytest.mark.parametrize("text", [
    "Hallo Anna, ich bin auf Ihr Profil gestoßen und sehe, dass Sie eine eigene Beratung führen. Wir helfen Beratern zu 10 neuen Kunden.",
    "Hey Anna - noticed you're a Platform Engineering Lead in the Hamburg area. We've helped 40+ leads hire faster.",
])
def test_her_own_business_read_back_is_no_homework(text):
    found = signals(text, location="Hamburg, Germany")
    assert "PERSONALIZED" not in found or found["PERSONALIZED"].points > -2


@pytest.mark.parametrize("text", [
    "Hi Anna, Acme is clearly doing great things, and the platform space is booming right now.",
    "Sehr geehrte Frau Berger, ich verfolge die Entwicklung der Acme GmbH mit großem Interesse.",
    "Hallo Frau Berger, die Acme GmbH steht für Qualität und Vertrauen, das merkt man sofort.",
])
def test_praise_any_company_fits_is_empty_flattery(text):
    assert "EMPTY_FLATTERY" in signals(text)


@pytest.mark.parametrize("text", [
    "Hallo Anna, in der Pressemitteilung zum Start des neuen Acme-Rechenzentrums stand, dass ihr 200 Cluster migriert.",
    "Hallo Anna, auf der Meetup-Seite von Cloud Native Hamburg steht, dass ihr ab Januar eine neue Location für 80 Leute sucht.",
    "Hi Anna, I saw the council notice that the Hafencity data hall closes for refurbishment from February to June.",
    "Hi Anna, I tried booking a demo on your site from my phone and the submit button hides under the cookie banner.",
])
def test_homework_in_public_notices_and_her_site_is_found(text):
    assert signals(text)["PERSONALIZED"].points <= -2


@pytest.mark.parametrize("text", [
    "Hi Anna, in your meetup talk you briefly showed your operator test matrix, a sheet with 60 columns for upgrades.",
    "Hoi Anna, ich war an eurem Stand am Container-Forum, die Demo-Station war voll, aber niemand blieb danach stehen.",
    "Hallo Anna, ich sehe in der Speakerliste der KubeCon, dass Sie über Leader-Election in Operatoren sprechen.",
])
def test_homework_she_showed_at_events_is_found(text):
    assert signals(text)["PERSONALIZED"].points <= -2


def test_a_sellers_possessive_product_name_is_the_sellers_voice():
    assert "PERSONALIZED" not in signals("Hi Anna, OpsGuard's AI-powered Kubernetes Operators detect drift in real time.")
