from tests.postgres_server import db_url, postgres_cluster  # noqa: F401  (fixtures)
