"""Questions with every form and every character the formats must escape."""

from studyapp.core.exchange.items import ExchangeItem, matching_answer, ordering_answer, truefalse_item

TRICKY = 'Braces {x}, tilde ~, equals =, hash #, colon : back\\slash & <b>tags</b> "quotes" ]]> end'

ITEMS = [
    ExchangeItem(prompt="When did Japanese colonial rule of Korea end?", answer="1945",
                 choices=("1910", "1948", "1965"), source="Japanese colonial rule of Korea lasted from 1910 to 1945."),
    ExchangeItem(prompt=TRICKY, answer="a = b ~ c", choices=("{d}", "e: f", "g # h"), source=TRICKY),
    ExchangeItem(prompt="Name the capital of Côte d'Ivoire, in French.", answer="Yamoussoukro",
                 accepted=("Yamusukro",)),
    ExchangeItem(prompt="In _____ Marie Curie won a second Nobel Prize.", answer="1911", choices=("1903", "1898"),
                 kind="cloze"),
    truefalse_item("True or false: the Panama Canal opened in 1914.", True),
    truefalse_item("True or false: Marie Curie was born in Paris.", False),
    ExchangeItem(prompt="Match each person to their role.", kind="matching",
                 pairs=(("Marie Curie", "physicist"), ("Pierre Curie", "chemist"), ("Henri Becquerel", "engineer")),
                 answer=matching_answer([("Marie Curie", "physicist"), ("Pierre Curie", "chemist"),
                                         ("Henri Becquerel", "engineer")])),
    ExchangeItem(prompt="Put these events in the order they happened, earliest first.", kind="ordering",
                 order=("Canal opened", "Treaty signed", "World Cup hosted"),
                 answer=ordering_answer(["Canal opened", "Treaty signed", "World Cup hosted"])),
]


def identities(items):
    return {item.identity() for item in items}


def of_kinds(items, kinds):
    return [item for item in items if item.kind in kinds]
