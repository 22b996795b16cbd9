"""Word lists and word tests shared by the passive finders (:mod:`framing.features.agency`).

Which words are adverbs that may stand inside a verb group, which are past
participles, which participles are adjective-like, and which -- without an
auxiliary -- are far more often an active past tense than a passive.
"""

from __future__ import annotations

import re

_ADVERBS = (
    r"not|n't|never|also|already|still|just|now|then|since|even|all|both|each|"
    r"once|again|later|soon|often|ever|too|thus|first|last|yet|and|or|"
    r"reportedly|allegedly|apparently|being|been|[a-z]+ly"
)
_ADVERB_RE = re.compile(rf"(?:{_ADVERBS})")
# The adverbs listed by name, for the lookahead of _AUX_RE.
_ADVERB_WORDS = frozenset(_ADVERBS.split("|")) - {"[a-z]+ly"}
_IRREGULAR = frozenset(
    """
    arisen awoken beaten begun bent bitten bled blown bound bred brought broken built
    burnt burned burst bought cast caught chosen clung cut dealt done drawn dreamt
    driven drunk dug eaten fed felt fought found flung flown forbidden forecast
    foreseen forgiven forgotten forsaken frozen given ground grown hung heard hidden
    hit held hurt kept knelt known laid led left lent let lit lost made meant met
    misled mistaken misunderstood mown overcome overdone overheard overrun overseen
    overtaken overthrown paid proven put quit read rebuilt rid ridden rung run said
    sawn seen sought sold sent set sewn shaken shed shorn shot shown shrunk shut slain
    slung slit sown spat spent spilt split spoken spread sprung stolen stuck stung
    stricken struck strung sworn swept swollen swung taken taught thrown thought told
    torn trodden understood undertaken undone upheld upset withdrawn withheld woken
    won worn woven wound written wrung beset bid broadcast hewn outdone outrun
    overpaid rewritten retaken reset resold retold sped spun waylaid wed withstood
    mislaid inlaid outsold outgrown overdrawn underpaid undercut
    """.split()
)
# Words ending in -ed that are not participles.
_NOT_PARTICIPLE = frozenset(
    """
    red bed bred shed sled shred wed fled sped led fed hundred hatred sacred naked wicked
    kindred rugged ragged jagged crooked wretched beloved learned aged dogged
    embed infrared bobsled watershed homestead bloodshed seabed riverbed deathbed
    """.split()
) - _IRREGULAR
# -eed words that are participles ("were freed"); other -eed words are not
# ("need", "speed", "proceed").
_EED_PARTICIPLES = frozenset("freed agreed decreed guaranteed refereed emceed disagreed".split())

_NEXT_SPACE = r"(?=\s)[ \t]*(?:\n[ \t]*)?"
_NEXT_WORD = re.compile(_NEXT_SPACE + r"([a-z']+)(?![\w-])")
_MAX_ADVERBS = 3

# Adjective-like participles: counted only with a by-agent.
_STATIVE = frozenset(
    """
    concerned interested located based tired excited pleased worried married divorced
    scared surprised shocked disappointed satisfied determined prepared committed
    dedicated involved related engaged convinced entitled equipped qualified
    acquainted accustomed bored confused frustrated embarrassed annoyed amazed
    delighted thrilled devoted obsessed opposed tied linked connected associated
    aligned armed masked crowded limited complicated sophisticated talented skilled
    experienced advanced detailed balanced mixed renowned noted situated composed
    inclined poised alarmed troubled dismayed stunned outraged incensed angered
    horrified saddened heartened encouraged relieved divided upset finished known
    """.split()
)
# Never passive: "was born", "is supposed to", "is set to"...
_NEVER = frozenset("born".split())
_NEVER_BEFORE_TO = frozenset("supposed set meant bound due".split())


def _participle_after(lower: str, start: int, end: int) -> tuple[int, int] | None:
    """Offsets of the participle from the word ``lower[start:end]`` on, skipping adverbs.

    The word at `start` is the one right after the auxiliary.
    """
    for i in range(_MAX_ADVERBS + 1):
        if i:
            w = _NEXT_WORD.match(lower, end)
            if w is None:
                return None
            start, end = w.span(1)
        kind = _word_kind(lower[start:end])
        if kind == _PARTICIPLE:
            return start, end
        if kind != _ADVERB:
            return None
    return None


_OTHER, _PARTICIPLE, _ADVERB = 0, 1, 2
# Word -> kind, remembered: the same few thousand words follow auxiliaries.
_KINDS: dict[str, int] = {}
_KINDS_MAX = 100_000


def _word_kind(word: str) -> int:
    kind = _KINDS.get(word)
    if kind is None:
        if len(_KINDS) >= _KINDS_MAX:
            _KINDS.clear()
        if _is_participle(word):
            kind = _PARTICIPLE
        elif _ADVERB_RE.fullmatch(word):
            kind = _ADVERB
        else:
            kind = _OTHER
        _KINDS[word] = kind
    return kind


def _is_participle(word: str) -> bool:
    if word in _IRREGULAR:
        return True
    if len(word) < 4 or not word.endswith("ed") or word in _NOT_PARTICIPLE:
        return False
    if word.endswith("eed"):
        return word in _EED_PARTICIPLES
    return True


# "got used to", "get rid of", "got married": get + participle that is no passive.
_GET_NOT = frozenset("used rid started dressed lost tired bored married engaged involved drunk acquainted".split())

# Without an auxiliary, these -ed forms are nearly always an active past
# tense ("Protesters marched on Sunday", "Stocks plunged after ..."): verbs
# used without an object, speech verbs, and verbs whose object is a clause.
_BARE_NOT = frozenset(
    """
    died arrived happened occurred resigned returned collapsed crashed exploded erupted surged
    rallied marched protested voted testified responded reacted appeared emerged remained stayed
    succeeded failed agreed disagreed vowed warned argued talked worked lived served traveled travelled
    campaigned tweeted posted smiled laughed waited objected complained insisted continued
    jumped soared plunged dropped climbed declined increased decreased slipped tumbled rebounded
    recovered gained started ended opened closed moved said added noted stated explained claimed
    replied answered commented acknowledged admitted denied pleaded cooperated participated competed
    struggled suffered hoped wanted tried refused decided planned promised pledged threatened
    managed attempted intended offered seemed needed proposed pushed called rushed turned looked
    listened referred relied focused dealt met sided clashed fought battled stepped walked headed
    flocked poured demonstrated retreated landed departed existed lasted persisted prevailed
    thrived faltered stumbled lagged trailed weighed chimed joked quipped shouted screamed cried
    yelled sighed nodded shrugged boasted bragged lamented recalled remarked observed countered
    retorted conceded predicted estimated speculated suggested cautioned compared used opted
    switched shifted amounted contributed belonged pointed alluded lied apologized adapted
    announced reported confirmed revealed signaled signalled indicated ruled mentioned
    went came ran spoke rose fell grew fled stood sat slept woke wrote
    tended resulted centered centred teamed debated escalated differed foundered doubled tripled
    surfaced colluded contracted expanded meditated trumped
    presided proclaimed chafed endured folded intensified disappeared coincided withered kicked
    volunteered leaned roared settled survived invested presented expired darkened pounced renewed
    slammed pulled concluded
    """.split()
)
