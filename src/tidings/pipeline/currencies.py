"""Currency signs, codes and names to ISO 4217 codes, with the context rules for ambiguous ones.

``¥`` is CNY in a China context and JPY otherwise (JPY is the default: the sign is Japan's in
English usage, while Chinese money is mostly written "yuan" or "RMB"). ``manat`` is TMT unless
the text is about Azerbaijan (AZN); ``$`` and ``dollars`` are USD unless a country adjective
says otherwise ("Australian dollars", "A$").
"""

from __future__ import annotations

import re

ISO_CODES = [
    "USD",
    "EUR",
    "GBP",
    "JPY",
    "CNY",
    "RUB",
    "KZT",
    "UZS",
    "KGS",
    "TJS",
    "TMT",
    "AZN",
    "CHF",
    "INR",
    "KRW",
    "TRY",
    "UAH",
    "GEL",
    "AMD",
    "BYN",
    "AUD",
    "CAD",
    "HKD",
    "SGD",
    "NZD",
    "SAR",
    "AED",
    "ILS",
    "PLN",
    "SEK",
    "NOK",
    "DKK",
    "HUF",
    "CZK",
    "BRL",
    "MXN",
    "ZAR",
    "NGN",
    "PKR",
    "IRR",
    "AFN",
    "MNT",
    "EGP",
]

#: Signs written before the number.
PREFIX_SIGNS = {
    "US$": "USD", "U.S.$": "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD",
    "CDN$": "CAD", "Cdn$": "CAD",
    "HK$": "HKD", "S$": "SGD", "NZ$": "NZD", "R$": "BRL", "CN¥": "CNY", "RMB": "CNY",
    "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₸": "KZT", "₽": "RUB", "₹": "INR",
    "₩": "KRW", "₺": "TRY", "₴": "UAH", "₾": "GEL", "Rs": "INR", "Rs.": "INR",
}  # fmt: skip

#: Currency names written after the number (lower case, singular and plural forms).
SUFFIX_NAMES = {
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP",
    "pounds": "GBP", "pounds sterling": "GBP", "sterling": "GBP", "yuan": "CNY",
    "renminbi": "CNY", "rmb": "CNY", "yen": "JPY", "ruble": "RUB", "rubles": "RUB",
    "rouble": "RUB", "roubles": "RUB", "tenge": "KZT", "som": "KGS", "soms": "KGS",
    "sum": "UZS", "soum": "UZS", "soums": "UZS", "so'm": "UZS", "somoni": "TJS",
    "manat": "TMT", "manats": "TMT", "rupee": "INR", "rupees": "INR", "lira": "TRY",
    "liras": "TRY", "hryvnia": "UAH", "hryvnias": "UAH", "lari": "GEL",
    "dram": "AMD", "drams": "AMD", "won": "KRW", "franc": "CHF", "francs": "CHF",
    "riyal": "SAR", "riyals": "SAR", "dirham": "AED", "dirhams": "AED", "shekel": "ILS",
    "shekels": "ILS", "zloty": "PLN", "zlotys": "PLN", "forint": "HUF", "rand": "ZAR",
    "naira": "NGN", "tugrik": "MNT", "tugriks": "MNT", "afghani": "AFN", "afghanis": "AFN",
    "reais": "BRL", "pesos": "MXN", "peso": "MXN",
}  # fmt: skip

#: Adjectives that change the country of a dollar or pound ("Canadian dollars").
DOLLAR_ADJECTIVES = {
    "us": "USD", "u.s.": "USD", "american": "USD", "australian": "AUD", "canadian": "CAD",
    "hong kong": "HKD", "singapore": "SGD", "new zealand": "NZD", "taiwan": "TWD",
    "egyptian": "EGP",
}  # fmt: skip

#: Nationality adjectives written before a currency name ("100,000 Georgian lari"). A code here
#: settles a name several countries share ("Turkmen manat", "Belarusian rubles"); ``None`` keeps
#: the name's own code.
NAME_ADJECTIVES: dict[str, str | None] = {
    "azerbaijani": "AZN", "azeri": "AZN", "turkmen": "TMT", "turkmenistani": "TMT",
    "belarusian": "BYN", "belarussian": "BYN", "russian": "RUB", "pakistani": "PKR",
    "indian": "INR", "philippine": "PHP", "argentine": "ARS", "argentinian": "ARS",
    "chilean": "CLP", "colombian": "COP", "mexican": "MXN", "swiss": "CHF",
    "kazakh": None, "kazakhstani": None, "kyrgyz": None, "uzbek": None, "tajik": None,
    "georgian": None, "armenian": None, "ukrainian": None, "chinese": None, "japanese": None,
    "south korean": None, "korean": None, "turkish": None, "mongolian": None, "afghan": None,
    "israeli": None, "saudi": None, "emirati": None, "polish": None, "hungarian": None,
    "brazilian": None, "south african": None, "nigerian": None, "iranian": None,
}  # fmt: skip
#: Which codes an adjective may settle a name to, by the name's default code.
_SHARED = {
    "TMT": {"AZN", "TMT"}, "RUB": {"RUB", "BYN"}, "INR": {"INR", "PKR"},
    "MXN": {"MXN", "PHP", "ARS", "CLP", "COP"}, "CHF": {"CHF"},
}  # fmt: skip


def settle_by_adjective(code: str, adjective: str) -> tuple[str, bool]:
    """The code a nationality adjective gives a currency name, and whether it settled it."""
    adj = " ".join(adjective.lower().split())
    if code in ("USD", "GBP") and adj in DOLLAR_ADJECTIVES:
        return DOLLAR_ADJECTIVES[adj], True
    other = NAME_ADJECTIVES.get(adj)
    if other is not None and other in _SHARED.get(code, ()):
        return other, True
    return code, False


_CHINA = re.compile(r"\b(?:China|Chinese|Beijing|Shanghai|yuan|renminbi|RMB|PRC)\b", re.I)
_JAPAN = re.compile(r"\b(?:Japan|Japanese|Tokyo|yen)\b", re.I)
_AZERBAIJAN = re.compile(r"\b(?:Azerbaijan|Azerbaijani|Baku)\b", re.I)
_PAKISTAN = re.compile(r"\b(?:Pakistan|Pakistani|Islamabad|Karachi|Lahore)\b", re.I)
_PESO = [
    (re.compile(r"\b(?:Argentin\w*|Buenos Aires)\b", re.I), "ARS"),
    (re.compile(r"\b(?:Philippin\w*|Filipino|Manila)\b", re.I), "PHP"),
    (re.compile(r"\b(?:Chile|Chilean|Santiago)\b", re.I), "CLP"),
    (re.compile(r"\b(?:Colombia\w*|Bogot[aá])\b", re.I), "COP"),
]


def _count(pattern: re.Pattern[str], text: str) -> int:
    return len(pattern.findall(text))


def disambiguate(code: str, sign: str, sentence: str, document: str) -> str:
    """Settle a code whose sign or name is shared by several currencies, by context words."""
    if sign == "¥":
        for ctx in (sentence, document):
            china, japan = _count(_CHINA, ctx), _count(_JAPAN, ctx)
            if china != japan:
                return "CNY" if china > japan else "JPY"
        return "JPY"
    if code == "TMT" and (_AZERBAIJAN.search(sentence) or _AZERBAIJAN.search(document)):
        return "AZN"
    if code == "INR" and (_PAKISTAN.search(sentence) or _PAKISTAN.search(document)):
        return "PKR"
    if code == "MXN":
        for ctx in (sentence, document):
            for pattern, other in _PESO:
                if pattern.search(ctx):
                    return other
    return code
