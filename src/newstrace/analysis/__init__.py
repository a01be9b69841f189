"""Analysis stages over the article body: parse, entities, sources, quotes, places, dates, events.

Each stage is a module with one ``*_stage(record) -> record`` function registered in
``newstrace.pipeline.STAGES``. The subpackage is called ``analysis`` so that importing it never
shadows the ``newstrace.analyze()`` function.
"""
