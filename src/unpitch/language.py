"""Offline language identification for short messages, by function words.

Function words (articles, pronouns, prepositions, auxiliaries) are the most frequent
and most language-specific tokens of any sentence, so counting them identifies a
language in a handful of words without any model file. A few accented letters break
ties between close languages. Lists were written for this module; they are small on
purpose: each word must be common and rare in the other languages.
"""

from __future__ import annotations

import re

UNDETERMINED = "und"
_MIN_WORDS = 2
_MIN_HITS = 2

_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        "the and you your to of is are for with this that it we our be have has was were will would "
        "can could not do does did but if at on from they them there their what which who how just "
        "me my so about an all been by or as more some any like get let thanks hi hey please also "
        "i'm it's i'll you're don't we're here when than into out up i sorry happy".split()
    ),
    "de": frozenset(
        "der die das und ist nicht ich du sie wir ihr es ein eine einen einem einer den dem des mit "
        "für auf zu von bei aus nach wie was wer auch noch schon aber oder wenn dass sind haben hat "
        "habe hatte wird werden kann können könnten möchte möchten würde würden gern gerne uns euch "
        "mir dir mich dich ihnen ihre ihren unser unsere unseren dein deine kurz mal bitte danke hallo "
        "vielen nur sehr heute morgen über vor im am zum zur vom beim diese dieser diesen hier wäre "
        "hätten sich ob weil denn doch bis in mein meine meiner meinen neue neuen neu ihr ihre euer eure".split()
    ),
    "fr": frozenset(
        "le la les un une des et est sont je tu il elle nous vous ils elles ce cette ces que qui "
        "quoi dans pour avec sur pas ne plus mais ou où du au aux mon ma mes votre vos notre nos "
        "leur être avoir avez êtes fait merci bonjour très aussi bien comme si tout c'est je suis "
        "j'ai n'est d'un d'une l'équipe qu'il".split()
    ),
    "es": frozenset(
        "el la los las un una unos unas y es son yo tú él ella nosotros usted ustedes que qué de "
        "del en para por con sin no sí pero como más muy mi mis tu tus su sus nuestro nuestra este "
        "esta estos está están ser estar hay tiene tengo gracias hola también porque cuando donde "
        "lo le les se al".split()
    ),
    "it": frozenset(
        "il lo la gli le un uno una e è sono io tu lui lei noi voi loro che chi di del della dei "
        "delle in per con su non ma come più molto mio mia tuo tua suo sua nostro nostra questo "
        "questa sei siamo avete ho ha hanno grazie ciao anche perché quando dove se al alla nel "
        "nella ci mi ti".split()
    ),
    "nl": frozenset(
        "de het een en is zijn ik jij je hij zij wij we jullie u ze dat die wat wie van in voor met "
        "op aan niet maar of als ook nog wel geen heb hebt heeft hebben kan kunnen wil zou mijn jouw "
        "uw ons onze bij naar uit dan dit deze er hier graag bedankt hallo dank alvast even".split()
    ),
    "pt": frozenset(
        "o a os as um uma e é são eu tu ele ela nós você vocês que de do da dos das em no na nos nas "
        "para por com sem não sim mas como mais muito meu minha seu sua nosso nossa este esta isso "
        "está estão ser tem tenho obrigado obrigada olá também porque quando onde ao à".split()
    ),
    "sv": frozenset(
        "och att det som en ett är jag du han hon vi ni de den har inte på med för till av om men "
        "eller så kan ska vill min din vår er hej tack också när var här nu bara".split()
    ),
    "da": frozenset(
        "og at det som en et er jeg du han hun vi de har ikke på med for til af om men eller så kan "
        "skal vil min din vores jer hej tak også når hvor her nu bare mig dig".split()
    ),
    "pl": frozenset(
        "i w z na do nie jest to że się czy jak co dla od po ale lub jestem mamy ma są pan pani "
        "dzień dobry dziękuję proszę tak też już tylko bardzo mój moja nasz".split()
    ),
}

# Letters that occur in one candidate language and not its neighbours.
_LETTER_HINTS: dict[str, str] = {
    "ß": "de", "ä": "de", "ö": "de", "ü": "de",
    "ñ": "es", "¿": "es", "¡": "es",
    "ç": "fr", "è": "fr", "ê": "fr", "œ": "fr", "à": "fr",
    "ã": "pt", "õ": "pt",
    "å": "sv", "ø": "da", "æ": "da",
    "ł": "pl", "ś": "pl", "ż": "pl", "ź": "pl", "ę": "pl", "ą": "pl", "ć": "pl", "ń": "pl",
    "ì": "it", "ò": "it",
}
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


def detect_language(text: str) -> str:
    """ISO 639-1 code of ``text`` ('en', 'de', 'fr', ...) or ``'und'`` when too short or unclear."""
    words = _WORD.findall(text.lower())
    if len(words) < _MIN_WORDS:
        return UNDETERMINED
    scores = {lang: 0.0 for lang in _FUNCTION_WORDS}
    for word in words:
        for lang, vocabulary in _FUNCTION_WORDS.items():
            if word in vocabulary:
                scores[lang] += 1.0
    for char in set(text.lower()):
        hinted = _LETTER_HINTS.get(char)
        if hinted:
            scores[hinted] += 0.75
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    (best, best_score), (_, runner_up) = ranked[0], ranked[1]
    if best_score < _MIN_HITS or best_score == runner_up:
        return UNDETERMINED
    return best
