"""Making audio: the renderer, mastering and the content-addressed store."""
