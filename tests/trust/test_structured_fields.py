from decimal import Decimal

import pytest

from trustdesk.trust.structured_fields import (
    InnerList,
    Item,
    StructuredFieldError,
    Token,
    parse_dictionary,
    serialize_inner_list,
    serialize_item,
)

# RFC 9421 Appendix B.2.4, Signature-Input member value.
B24_INPUT = '("@status" "content-type" "content-digest" "content-length");created=1618884473;keyid="test-key-ecc-p256"'


def test_parses_and_reserialises_an_rfc_9421_signature_input() -> None:
    members = parse_dictionary(f"sig-b24={B24_INPUT}")
    inner = members["sig-b24"]
    assert isinstance(inner, InnerList)
    assert [item.value for item in inner.items] == [
        "@status",
        "content-type",
        "content-digest",
        "content-length",
    ]
    assert inner.params == {"created": 1618884473, "keyid": "test-key-ecc-p256"}
    assert serialize_inner_list(inner) == B24_INPUT


def test_parses_every_bare_item_type() -> None:
    members = parse_dictionary('a=1, b=-2.5, c="x\\"y\\\\z", d=tok/en:1, e=:aGk=:, f=?0, g, h=?1;p;q=2')
    assert members["a"] == Item(1)
    assert members["b"] == Item(Decimal("-2.5"))
    assert members["c"] == Item('x"y\\z')
    assert members["d"] == Item(Token("tok/en:1"))
    assert isinstance(members["d"].value, Token)
    assert members["e"] == Item(b"hi")
    assert members["f"] == Item(False)
    assert members["g"] == Item(True)
    assert members["h"] == Item(True, {"p": True, "q": 2})


def test_quoted_separators_stay_inside_strings() -> None:
    members = parse_dictionary('td=("@method");keyid="a, b=c;d"')
    inner = members["td"]
    assert isinstance(inner, InnerList)
    assert inner.params["keyid"] == "a, b=c;d"
    assert list(members) == ["td"]


@pytest.mark.parametrize(
    "text",
    [
        "a=1, a=2",  # duplicate key: refused rather than "last wins"
        "a=1,",
        "a=1 b=2",
        'a="unterminated',
        'a="bad \\n escape"',
        "a=(1 2",
        "a=(1,2)",
        "A=1",
        "a=1234567890123456",
        "a=1.2345",
        "a=:not base64!:",
        "a=:YQ",
        "a=?2",
        "a=1;p;p",
        "a=é",
        "a=@x",
        "a=1)",
    ],
)
def test_rejects_malformed_dictionaries(text: str) -> None:
    with pytest.raises(StructuredFieldError):
        parse_dictionary(text)


def test_serialises_items_canonically() -> None:
    assert serialize_item(Item(Decimal("2"))) == "2.0"
    assert serialize_item(Item(Decimal("1.50"))) == "1.5"
    assert serialize_item(Item(b"\x00\xff")) == ":AP8=:"
    assert serialize_item(Item('say "hi"', {"k": Token("v"), "b": True})) == '"say \\"hi\\"";k=v;b'


@pytest.mark.parametrize("value", [Token("1abc"), "tab\there", "é", 10**15])
def test_refuses_to_serialise_invalid_values(value: object) -> None:
    with pytest.raises(StructuredFieldError):
        serialize_item(Item(value))  # type: ignore[arg-type]
