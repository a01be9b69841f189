"""A self-contained API documentation page built from the OpenAPI document (no CDN, no JavaScript)."""

from __future__ import annotations


def operations(spec: dict) -> list[dict]:
    """Each operation of the OpenAPI document: method, path, summary, parameters and answers."""
    out = []
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            params = [{"name": p["name"], "in": p["in"], "required": p.get("required", False),
                       "type": _type(p.get("schema", {})), "description": p.get("description")
                       or p.get("schema", {}).get("description", "")} for p in op.get("parameters", [])]
            body = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
            out.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                        "description": op.get("description", ""), "parameters": params,
                        "body": _ref(body) if body else None,
                        "responses": [{"status": status, "description": r.get("description", "")}
                                      for status, r in op.get("responses", {}).items()]})
    return out


def _ref(schema: dict) -> str:
    return schema.get("$ref", "").rsplit("/", 1)[-1] or schema.get("type", "object")


def _type(schema: dict) -> str:
    if "anyOf" in schema:
        return " | ".join(_type(s) for s in schema["anyOf"])
    if "enum" in schema:
        return " | ".join(str(v) for v in schema["enum"])
    text = schema.get("type", _ref(schema))
    if schema.get("pattern"):
        text += f" ({schema['pattern']})"
    if "minimum" in schema or "maximum" in schema:
        text += f" ({schema.get('minimum', '…')}–{schema.get('maximum', '…')})"
    if "default" in schema:
        text += f", default {schema['default']}"
    return text
