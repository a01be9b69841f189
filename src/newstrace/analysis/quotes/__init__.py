"""Quotes and attributions: the rules that find them in a spaCy Doc and the ``quotes`` stage.

Imports run one way: ``syntax`` <- ``cues`` <- ``marks``/``speakers`` <- ``verbs`` <- ``others``
<- ``merge`` <- ``driver`` (``find_attributions``, called by the ``sources`` stage, which keeps the
result in ``Record.attributions``) and ``stage`` (``quotes_stage``, which reads it). ``coref`` and
``sources`` import from here, never the other way.
"""

from .stage import quotes_stage

__all__ = ["quotes_stage"]
