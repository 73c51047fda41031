"""slurm-proxy: the Slurm CLI, spoken over slurmrestd."""

__version__ = "0.1.0"
