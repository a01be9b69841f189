"""Analysis stages over the article body: parse, entities, sources, quotes, places, dates, events.

Importing this subpackage binds ``newstrace.analyze`` to it (the import system sets the name on the
parent package), which would hide the ``newstrace.analyze()`` function. So the subpackage is callable
and calls that function: ``newstrace.analyze(page)`` works before and after any stage was loaded.
"""

from __future__ import annotations

import sys
import types


class _CallablePackage(types.ModuleType):
    def __call__(self, *args, **kwargs):
        from .. import analyze_page

        return analyze_page(*args, **kwargs)


sys.modules[__name__].__class__ = _CallablePackage
