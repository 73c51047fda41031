"""Per-API-version translation: raw slurmrestd JSON <-> version-neutral records."""
