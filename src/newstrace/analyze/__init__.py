"""Analysis stages over the article body: parse, entities, sources, quotes, places, dates, events."""
