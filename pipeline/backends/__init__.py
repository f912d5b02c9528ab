"""Where rendering runs: in this process or in a pool of worker processes."""
