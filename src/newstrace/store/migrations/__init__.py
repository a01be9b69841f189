"""Alembic migrations of the corpus schema; run automatically when a store is opened."""
