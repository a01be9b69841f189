"""The provenance tree: the page's outlet -> the sources it cites -> the sources those cite.

The root is the page's outlet, source ``s0`` (kind ``outlet``). A source with ``cited_by`` null is
cited by the article itself and hangs under the root; any other hangs under its ``cited_by``.
Without a known outlet the tree has no root (``None``) unless the body has sources; then the root
is an empty ``source_id`` ("outlet unknown") with the article's own sources below it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Optional

from ..record import ProvenanceNode, Source


def build_tree(sources: Sequence[Source], root_id: Optional[str]) -> Optional[ProvenanceNode]:
    """The tree of ``sources`` under ``root_id`` (the outlet's source id)."""
    if root_id is None and not sources:
        return None
    children: dict[Optional[str], list[str]] = {}
    for source in sources:
        if source.id != root_id:
            parent = None if source.cited_by in (None, root_id) else source.cited_by
            children.setdefault(parent, []).append(source.id)
    seen: set[str] = set()
    return ProvenanceNode(root_id or "", tuple(_node(c, children, seen) for c in children.get(None, [])))


def _node(source_id: str, children: dict[Optional[str], list[str]], seen: set[str]) -> ProvenanceNode:
    seen.add(source_id)
    below = [c for c in children.get(source_id, []) if c not in seen]
    return ProvenanceNode(source_id, tuple(_node(c, children, seen) for c in below))


def walk(node: Optional[ProvenanceNode], depth: int = 0):
    """(depth, source_id) for every node, depth first."""
    if node is None:
        return
    yield depth, node.source_id
    for child in node.children:
        yield from walk(child, depth + 1)
