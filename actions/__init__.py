"""Custom actions: one module per feature, thin wrappers over the signposting library."""
