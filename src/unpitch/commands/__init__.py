"""Extra CLI commands; each module exposes ``register(app)``."""
