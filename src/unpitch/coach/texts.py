"""Every sentence the coach says, in English and German (the draft's language picks one).

Templates use ``str.format`` fields. The figures and their sources are the ones the checklist
cites: LinkedIn's InMail studies (under 400 characters: 22% more replies than average; over 1,200
characters: 11% fewer) and Boomerang's study of 40 million emails (50-125 words, about a
3rd-grade reading level and 1-3 questions did best).
"""

from __future__ import annotations

_TEXTS: dict[str, tuple[str, str]] = {
    # generic_sentences
    "generic.evidence": (
        "could be sent to anyone: {quotes}",
        "könnte an jeden gehen: {quotes}",
    ),
    "generic.fix": (
        "Replace {first} with something only {name} would recognise, e.g. {facts}.",
        "Ersetzen Sie {first} durch etwas, das nur {name} wiedererkennt, z. B. {facts}.",
    ),
    "generic.fix_no_facts": (
        "Replace {first} with a fact about {name}'s work (a post, a project, a stated need); her profile "
        "as given shows none, so look one up before you send.",
        "Ersetzen Sie {first} durch einen Fakt aus der Arbeit von {name} (ein Beitrag, ein Projekt, ein "
        "genannter Bedarf); das Profil zeigt keinen, also recherchieren Sie vor dem Senden.",
    ),
    "generic.passed": (
        "specific to {name}: {detail}",
        "konkret auf {name} bezogen: {detail}",
    ),
    "generic.passed_fix": (
        "Nothing to fix; keep the specific facts in the first two sentences, where she reads first.",
        "Nichts zu tun; lassen Sie die konkreten Fakten in den ersten zwei Sätzen, dort liest sie zuerst.",
    ),
    "facts.join": (" or ", " oder "),
    "someone": ("the recipient", "die Empfängerin"),
    # merge_tags
    "merge.fix": (
        "Fill in or delete every placeholder and check the name and company against the profile "
        "({name}{company}) before sending.",
        "Füllen oder löschen Sie jeden Platzhalter und prüfen Sie Name und Firma am Profil "
        "({name}{company}), bevor Sie senden.",
    ),
    "merge.passed": (
        "no unfilled placeholder, wrong name or wrong company",
        "kein offener Platzhalter, kein falscher Name, keine falsche Firma",
    ),
    "merge.passed_fix": ("Nothing to fix.", "Nichts zu tun."),
    # offer_fit
    "offer.sells_fix": (
        "{name} offers this herself ({source}): pitch it to someone who buys it, or, if you want to "
        "partner with her, say so and why.",
        "{name} bietet das selbst an ({source}): schreiben Sie jemandem, der es kauft, oder sagen Sie "
        "offen, dass und warum Sie mit ihr kooperieren wollen.",
    ),
    "offer.off_topic_fix": (
        "Nothing in {name}'s profile relates to this offer: connect it to her work ({work}) in one "
        "sentence, or do not send it to her.",
        "Nichts im Profil von {name} hat mit diesem Angebot zu tun: verbinden Sie es in einem Satz mit "
        "ihrer Arbeit ({work}) oder schicken Sie es ihr nicht.",
    ),
    "offer.unwanted_fix": (
        "{name} has said she never wants this topic: do not send it.",
        "{name} hat gesagt, dass sie dieses Thema nie möchte: nicht senden.",
    ),
    "offer.passed_relevant": ("the offer fits: {detail}", "das Angebot passt: {detail}"),
    "offer.passed_related": (
        "offers {offers}, which relates to {name}'s work",
        "bietet {offers}; das hat mit der Arbeit von {name} zu tun",
    ),
    "offer.passed_none": (
        "no offer outside {name}'s work found",
        "kein Angebot außerhalb der Arbeit von {name} gefunden",
    ),
    "offer.passed_fix": (
        "Nothing to fix; name the link to her work explicitly if it is not obvious.",
        "Nichts zu tun; nennen Sie die Verbindung zu ihrer Arbeit ausdrücklich, falls sie nicht offensichtlich ist.",
    ),
    "work.unknown": ("what she does", "was sie tut"),
    # single_ask
    "ask.none": ("no ask found: the message does not say what she should do", "keine Bitte gefunden: die Nachricht sagt nicht, was sie tun soll"),
    "ask.none_fix": (
        "End with one concrete request she can answer in one line, e.g. \"Would it help if I sent you the "
        "two-page summary?\"",
        "Schließen Sie mit einer konkreten Bitte, die sie in einer Zeile beantworten kann, z. B. \"Soll ich "
        "Ihnen die zweiseitige Zusammenfassung schicken?\"",
    ),
    "ask.many": ("{count} asks compete: {quotes}", "{count} Bitten konkurrieren: {quotes}"),
    "ask.many_fix": (
        "Keep one ask ({last}) and cut the others: several requests make her choose, and the easy "
        "choice is none.",
        "Behalten Sie eine Bitte ({last}) und streichen Sie die anderen: mehrere Bitten lassen sie "
        "wählen, und die einfachste Wahl ist keine.",
    ),
    "ask.one": ("one clear ask: {quote}", "eine klare Bitte: {quote}"),
    "ask.one_fix": ("Nothing to fix.", "Nichts zu tun."),
    # time_ask_reason
    "time.bare": ("asks for her time without saying why: {quotes}", "bittet um ihre Zeit, ohne zu sagen wofür: {quotes}"),
    "time.bare_fix": (
        "Say what the time is for and what she gets from it, e.g. \"20 minutes to show how this would "
        "handle {fact}\"; or drop the call and ask something she can answer in writing.",
        "Sagen Sie, wofür die Zeit ist und was sie davon hat, z. B. \"20 Minuten, um zu zeigen, wie das "
        "{fact} lösen würde\"; oder verzichten Sie auf das Gespräch und fragen Sie etwas, das sie "
        "schriftlich beantworten kann.",
    ),
    "time.reasoned": ("the time ask gives a reason: {quotes}", "die Bitte um Zeit nennt einen Grund: {quotes}"),
    "time.none": ("no request for a call or meeting", "keine Bitte um ein Gespräch oder Treffen"),
    "time.passed_fix": ("Nothing to fix.", "Nichts zu tun."),
    "fact.default": ("her current project", "ihr aktuelles Projekt"),
    # empty_flattery
    "flattery.found": ("praise without specifics: {quotes}", "Lob ohne Inhalt: {quotes}"),
    "flattery.fix": (
        "Praise something concrete she did ({facts}) and say why it matters to you, or cut the sentence.",
        "Loben Sie etwas Konkretes, das sie getan hat ({facts}), und sagen Sie, warum es Ihnen wichtig "
        "ist, oder streichen Sie den Satz.",
    ),
    "flattery.fix_no_facts": (
        "Praise something concrete she did and say why it matters to you, or cut the sentence.",
        "Loben Sie etwas Konkretes, das sie getan hat, und sagen Sie, warum es Ihnen wichtig ist, oder "
        "streichen Sie den Satz.",
    ),
    "flattery.none": ("no empty praise", "kein leeres Lob"),
    "flattery.passed_fix": ("Nothing to fix.", "Nichts zu tun."),
    # length
    "length.evidence": (
        "{chars} characters, {words} words. Best: under 400 characters, 22% more replies than average, "
        "and over 1,200 characters 11% fewer (LinkedIn InMail studies); 50-125 words (Boomerang, 40 "
        "million emails). Passes at 50-125 words and at most 1,200 characters.",
        "{chars} Zeichen, {words} Wörter. Am besten: unter 400 Zeichen, 22 % mehr Antworten als im "
        "Schnitt, über 1.200 Zeichen 11 % weniger (LinkedIn-InMail-Studien); 50-125 Wörter (Boomerang, "
        "40 Millionen E-Mails). Bestanden bei 50-125 Wörtern und höchstens 1.200 Zeichen.",
    ),
    "length.short_fix": (
        "Add what you know about her and why she should care, up to 50-125 words; stay under 400 "
        "characters on LinkedIn if you can.",
        "Ergänzen Sie, was Sie über sie wissen und warum es sie angeht, auf 50-125 Wörter; auf LinkedIn "
        "möglichst unter 400 Zeichen.",
    ),
    "length.long_fix": (
        "Cut to at most 125 words and 1,200 characters, ideally under 400: keep the fact about her, what "
        "you offer and one ask; cut {longest}.",
        "Kürzen Sie auf höchstens 125 Wörter und 1.200 Zeichen, besser unter 400: behalten Sie den Fakt "
        "über sie, Ihr Angebot und eine Bitte; streichen Sie {longest}.",
    ),
    "length.passed_fix": (
        "Nothing to fix; under 400 characters does best on LinkedIn.",
        "Nichts zu tun; unter 400 Zeichen wirkt auf LinkedIn am besten.",
    ),
    # reading_level
    "reading.evidence": (
        "reading level: grade {grade} ({formula}, {sentences} sentences, {per_sentence} words each). "
        "Best: about grade 3 (Boomerang, 40 million emails). Passes at grade {limit} or below.",
        "Lesbarkeit: Klassenstufe {grade} ({formula}, {sentences} Sätze, je {per_sentence} Wörter). "
        "Am besten: etwa 3. Klasse (Boomerang, 40 Millionen E-Mails). Bestanden bis Stufe {limit}.",
    ),
    "reading.fix": (
        "Use shorter sentences and plainer words; split the longest sentence: {longest}.",
        "Schreiben Sie kürzere Sätze und einfachere Wörter; teilen Sie den längsten Satz: {longest}.",
    ),
    "reading.passed_fix": ("Nothing to fix.", "Nichts zu tun."),
    # questions
    "questions.evidence": (
        "{count} question(s). Best: 1-3 questions (Boomerang, 40 million emails).",
        "{count} Frage(n). Am besten: 1-3 Fragen (Boomerang, 40 Millionen E-Mails).",
    ),
    "questions.none_fix": (
        "Ask one real question she can answer, e.g. about {fact}.",
        "Stellen Sie eine echte Frage, die sie beantworten kann, z. B. zu {fact}.",
    ),
    "questions.many_fix": (
        "Cut to at most three questions; keep the one that matters most.",
        "Kürzen Sie auf höchstens drei Fragen; behalten Sie die wichtigste.",
    ),
    "questions.passed_fix": ("Nothing to fix.", "Nichts zu tun."),
    # text output headings
    "verdict.keep": ("keep: her unpitch would show it as a normal message", "keep: ihr unpitch zeigt sie als normale Nachricht"),
    "verdict.review": ("review: her unpitch would put it in the pile she checks later", "review: ihr unpitch legt sie auf den Stapel für später"),
    "verdict.junk": ("junk: her unpitch would file it with the unwanted pitches", "junk: ihr unpitch sortiert sie zu den unerwünschten Pitches"),
    "score": ("score", "Punkte"),
}


def say(language: str, key: str, **fields: object) -> str:
    """The text ``key`` in ``language`` ('de', else English), with ``fields`` filled in."""
    english, german = _TEXTS[key]
    template = german if language == "de" else english
    return template.format(**fields) if fields else template
