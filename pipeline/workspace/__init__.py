"""Loading a workspace: every input file read, bounded and checked, with file:line problems."""
