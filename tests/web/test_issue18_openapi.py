"""issue 18: what schemathesis (all checks) found against ``serve``'s OpenAPI description — every documented
error is the one envelope with its NT6xx code, every error an operation can answer is documented, and a 405
names every method the path takes (``Allow``)."""

from __future__ import annotations

import httpx
import pytest

from newstrace.errors import HTTP_STATUS
from tests.web.conftest import TOKEN, Server

CODE_OF = {status: code for code, status in HTTP_STATUS.items()}


@pytest.fixture(scope="module")
def schema(sqlite_server) -> dict:
    return httpx.get(sqlite_server.base + "/openapi.json", timeout=30).json()


def _operations(schema: dict):
    for path, item in schema["paths"].items():
        for method, operation in item.items():
            yield path, method, operation


def test_issue18_every_documented_error_is_the_envelope_with_its_code(schema):
    assert "HTTPValidationError" not in schema.get("components", {}).get("schemas", {})
    for path, method, operation in _operations(schema):
        errors = {s: r for s, r in operation["responses"].items() if s[0] in "45"}
        assert "422" in errors and "500" in errors, (method, path)
        for status, answer in errors.items():
            ref = answer["content"]["application/json"]["schema"]["$ref"]
            assert ref.endswith("/ErrorEnvelope"), (method, path, status)
            assert answer["description"].startswith(CODE_OF[int(status)] + ":"), (method, path, status)


@pytest.mark.parametrize("kind, query", [("article", "id"), ("story", "id"), ("outlet", "name"),
                                         ("source", "id")])
def test_issue18_a_missing_export_is_a_documented_404(sqlite_server, schema, kind, query):
    answer = httpx.get(f"{sqlite_server.base}/api/export/{kind}.csv", params={query: "no-such-thing-0000"})
    assert answer.status_code == 404 and answer.json()["error"]["code"] == "NT601"
    assert "404" in schema["paths"][f"/api/export/{kind}.{{fmt}}"]["get"]["responses"]


@pytest.mark.parametrize("method", ["OPTIONS", "PUT", "DELETE"])
def test_issue18_405_allow_names_every_route_of_the_path(sqlite_server, method):
    # GET and POST /api/corrections are two routes; Starlette's 405 named only the first one's methods
    answer = httpx.request(method, sqlite_server.base + "/api/corrections")
    assert answer.status_code == 405 and answer.json()["error"]["code"] == "NT605"
    assert {m.strip() for m in answer.headers["allow"].split(",")} == {"GET", "POST"}


@pytest.fixture(scope="module")
def writable(tmp_path_factory):
    folder = tmp_path_factory.mktemp("issue18-openapi")
    running = Server(str(folder / "w.db"), "--token", TOKEN, log=folder / "log")
    yield running
    running.stop()


@pytest.mark.parametrize("path, body", [
    ("/api/ingest", {"documents": [{"id": "strict", "body": "A ferry left Tromsø on Friday."}], "link": 0}),
    ("/api/ingest", {"documents": [{"id": 7, "body": "A ferry left Tromsø on Friday."}]}),
    ("/api/corrections", {"article": "strict", "target": "place", "key": "place:0:6", "action": "location",
                          "lat": "69.6", "lon": 18.9, "who": "ed"})])
def test_issue18_a_body_the_schema_rejects_is_422_not_coerced(writable, path, body):
    # schemathesis: {"documents": [{}], "link": 0} was accepted (0 coerced to false), against the schema
    answer = httpx.post(writable.base + path, json=body, headers={"Authorization": f"Bearer {TOKEN}"}, timeout=60)
    assert answer.status_code == 422 and answer.json()["error"]["code"] == "NT602", answer.text


@pytest.mark.parametrize("blank", ["", "   "])
def test_issue18_a_blank_id_is_no_id(writable, blank):
    # schemathesis stored {"id": ""} as an article with the empty id (no page or link can name it)
    body = f"The ferry to Bodø ({blank!r}) was cancelled on Friday because of ice, the operator said."
    answer = httpx.post(writable.base + "/api/ingest", json={"documents": [{"id": blank, "body": body}]},
                        headers={"Authorization": f"Bearer {TOKEN}"}, timeout=120)
    assert answer.status_code == 200 and answer.json()["stored"] == 1, answer.text
    ids = [hit["id"] for hit in httpx.get(writable.base + "/api/articles", params={"q": "Bodø"}).json()["items"]]
    assert ids and all(i.strip() for i in ids), ids
    assert httpx.get(writable.base + "/api/articles/" + blank).status_code in (404, 405)


@pytest.mark.parametrize("path", ["/login", "/logout", "/corrections"])
def test_issue18_a_malformed_origin_is_refused_not_a_500(writable, path):
    # fuzzing the forms: "Origin: http://[x" made urlsplit raise inside the same-origin check (500 NT699)
    answer = httpx.post(writable.base + path, data={"token": TOKEN, "who": "ed"},
                        headers={"Origin": "http://[x", "Accept": "text/html"})
    assert 400 <= answer.status_code < 500, answer.status_code
