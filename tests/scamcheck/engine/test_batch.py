from __future__ import annotations

import io
import json

import pytest

from trustdesk.scamcheck.engine import Checker
from trustdesk.scamcheck.engine.batch import CHUNK, BatchInputError, parse_lines, run_file


def _lines(*objs: object) -> list[str]:
    return [json.dumps(o, ensure_ascii=False) for o in objs]


def test_batch_round_trip_keeps_order_and_format(checker: Checker) -> None:
    src = io.StringIO(
        "\n".join(
            _lines(
                {"id": "a", "kind": "message", "text": "Please read me the OTP you just received"},
                {"id": "b", "kind": "url", "text": "https://vietcombank.com.vn"},
                {"id": "c", "kind": "phone", "text": "+44 906 170 1461"},
                {"id": "d", "kind": "account", "text": "TrustDesk Supp0rt", "lang": "en"},
                {
                    "id": "e",
                    "kind": "message",
                    "text": "Mã OTP của bạn là 123456, không chia sẻ cho ai.",
                    "lang": "vi",
                    "region": "vn",
                },
            )
        )
        + "\n"
    )
    dst = io.StringIO()
    assert run_file(src, dst, checker) == 5
    out = [json.loads(line) for line in dst.getvalue().splitlines()]
    assert [o["id"] for o in out] == ["a", "b", "c", "d", "e"]
    assert set(out[0]) == {"id", "verdict", "score", "lang", "signals"}
    assert out[0]["verdict"] in ("suspicious", "scam") and out[0]["signals"][0]["type"] == "otp_request"
    assert out[1]["verdict"] == "official"
    assert out[2]["signals"][0]["type"] == "premium_rate_number"
    assert out[3]["verdict"] == "scam"
    assert out[4]["verdict"] == "safe" and out[4]["lang"] == "vi"
    assert all(0.0 <= o["score"] <= 1.0 for o in out)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("{not json", "not valid JSON"),
        ('["a"]', "expected a JSON object"),
        ('{"id": "x", "kind": "message"}', 'missing "text"'),
        ('{"id": "x", "kind": "sms", "text": "hi"}', '"kind" must be one of'),
        ('{"id": 3, "kind": "message", "text": "hi"}', '"id" must be a string'),
        ('{"id": "x", "kind": "message", "text": "hi", "lang": "fr"}', '"lang" must be one of'),
        ('{"id": "x", "kind": "message", "text": "hi", "colour": "red"}', "unknown field"),
    ],
)
def test_bad_line_is_named_and_nothing_is_written(checker: Checker, line: str, reason: str) -> None:
    good = '{"id": "ok", "kind": "message", "text": "hello"}'
    dst = io.StringIO()
    with pytest.raises(BatchInputError) as exc:
        run_file(io.StringIO(f"{good}\n{line}\n"), dst, checker)
    assert exc.value.line == 2
    assert reason in str(exc.value)
    assert str(exc.value).startswith("line 2:")
    assert dst.getvalue() == ""


def test_all_bad_lines_are_counted_and_duplicates_rejected() -> None:
    lines = ['{"id": "a", "kind": "url", "text": "x.com"}', "oops", "{}", '{"id": "a", "kind": "url", "text": "y.com"}']
    with pytest.raises(BatchInputError) as exc:
        parse_lines(lines)
    assert exc.value.line == 2 and exc.value.more == 2


def test_blank_lines_are_ignored() -> None:
    assert len(parse_lines(["", '{"id": "a", "kind": "url", "text": "x.com"}', "  "])) == 1


def test_progress_is_reported_per_chunk(checker: Checker) -> None:
    n = 2 * CHUNK + 76
    lines = _lines(*({"id": str(i), "kind": "url", "text": f"site{i}.com"} for i in range(n)))
    seen: list[int] = []
    run_file(io.StringIO("\n".join(lines)), io.StringIO(), checker, progress=seen.append)
    assert seen == [CHUNK, CHUNK, 76]
